-- A region whose figures are known by hand (MonitoringFiguresTest states them). Two municipalities: M1 with a school
-- of every kind, M2 with one general school that has no contingent for 2026/27. Applied once, by the owner role.
INSERT INTO region (id, name, code) VALUES ('a7000000-0000-0000-0000-000000000001', 'Контрольная область', '97');
INSERT INTO municipality (id, region_id, name, oktmo) VALUES
    ('a7000000-0000-0000-0001-000000000001', 'a7000000-0000-0000-0000-000000000001', 'Первый округ', '80000971'),
    ('a7000000-0000-0000-0001-000000000002', 'a7000000-0000-0000-0000-000000000001', 'Второй округ', '80000972');
INSERT INTO school (id, municipality_id, full_name, short_name, kind, inn, address) VALUES
    ('a7000000-0000-0000-0002-000000000001', 'a7000000-0000-0000-0001-000000000001', 'Школа № 1', 'Школа 1', 'GENERAL', '9700000001', 'Адрес'),
    ('a7000000-0000-0000-0002-000000000002', 'a7000000-0000-0000-0001-000000000001', 'Школа № 2', 'Школа 2', 'GENERAL', '9700000002', 'Адрес'),
    ('a7000000-0000-0000-0002-000000000003', 'a7000000-0000-0000-0001-000000000001', 'Колледж', 'Колледж', 'COLLEGE', '9700000003', 'Адрес'),
    ('a7000000-0000-0000-0002-000000000004', 'a7000000-0000-0000-0001-000000000001', 'Дом творчества', 'ДДТ', 'ADDITIONAL', '9700000004', 'Адрес'),
    ('a7000000-0000-0000-0002-000000000005', 'a7000000-0000-0000-0001-000000000001', 'Детский сад', 'Детсад', 'PRESCHOOL', '9700000005', 'Адрес'),
    ('a7000000-0000-0000-0002-000000000006', 'a7000000-0000-0000-0001-000000000002', 'Школа № 3', 'Школа 3', 'GENERAL', '9700000006', 'Адрес');
INSERT INTO school_contingent (id, school_id, start_year, pupils, teachers, young_teachers, additional_pupils) VALUES
    (gen_random_uuid(), 'a7000000-0000-0000-0002-000000000001', 2026, 100, 20, 4, 0),
    (gen_random_uuid(), 'a7000000-0000-0000-0002-000000000002', 2026, 50, 10, 2, 0),
    (gen_random_uuid(), 'a7000000-0000-0000-0002-000000000003', 2026, 300, 30, 3, 0),
    (gen_random_uuid(), 'a7000000-0000-0000-0002-000000000004', 2026, 200, 10, 1, 200),
    (gen_random_uuid(), 'a7000000-0000-0000-0002-000000000005', 2026, 80, 8, 1, 0),
    -- The year before: only school 1 recorded one, and a very different one.
    (gen_random_uuid(), 'a7000000-0000-0000-0002-000000000001', 2025, 1000, 20, 4, 0);

-- People, by school. Training: T1 certified, T2 and T5 trained, everyone else none.
INSERT INTO participant (id, school_id, kind, full_name, training_status) VALUES
    ('a7000000-0000-0000-0003-000000000001', 'a7000000-0000-0000-0002-000000000001', 'TEACHER', 'Т1', 'CERTIFIED'),
    ('a7000000-0000-0000-0003-000000000002', 'a7000000-0000-0000-0002-000000000001', 'TEACHER', 'Т2', 'TRAINED'),
    ('a7000000-0000-0000-0003-000000000003', 'a7000000-0000-0000-0002-000000000001', 'YOUNG_SPECIALIST', 'Y1', 'NONE'),
    ('a7000000-0000-0000-0003-000000000011', 'a7000000-0000-0000-0002-000000000001', 'PUPIL', 'P1', 'NONE'),
    ('a7000000-0000-0000-0003-000000000012', 'a7000000-0000-0000-0002-000000000001', 'PUPIL', 'P2', 'NONE'),
    ('a7000000-0000-0000-0003-000000000013', 'a7000000-0000-0000-0002-000000000001', 'PUPIL', 'P3', 'NONE'),
    ('a7000000-0000-0000-0003-000000000014', 'a7000000-0000-0000-0002-000000000001', 'PUPIL', 'P4', 'NONE'),
    ('a7000000-0000-0000-0003-000000000021', 'a7000000-0000-0000-0002-000000000002', 'TEACHER', 'Т3', 'NONE'),
    ('a7000000-0000-0000-0003-000000000022', 'a7000000-0000-0000-0002-000000000002', 'YOUNG_SPECIALIST', 'Y2', 'NONE'),
    ('a7000000-0000-0000-0003-000000000023', 'a7000000-0000-0000-0002-000000000002', 'YOUNG_SPECIALIST', 'Y4', 'NONE'),
    ('a7000000-0000-0000-0003-000000000024', 'a7000000-0000-0000-0002-000000000002', 'PUPIL', 'P5', 'NONE'),
    ('a7000000-0000-0000-0003-000000000025', 'a7000000-0000-0000-0002-000000000002', 'PUPIL', 'P9', 'NONE'),
    ('a7000000-0000-0000-0003-000000000031', 'a7000000-0000-0000-0002-000000000003', 'STUDENT', 'S1', 'NONE'),
    ('a7000000-0000-0000-0003-000000000032', 'a7000000-0000-0000-0002-000000000003', 'STUDENT', 'S2', 'NONE'),
    ('a7000000-0000-0000-0003-000000000041', 'a7000000-0000-0000-0002-000000000004', 'PUPIL', 'P6', 'NONE'),
    ('a7000000-0000-0000-0003-000000000042', 'a7000000-0000-0000-0002-000000000004', 'PUPIL', 'P7', 'NONE'),
    ('a7000000-0000-0000-0003-000000000051', 'a7000000-0000-0000-0002-000000000005', 'TEACHER', 'Т5', 'TRAINED'),
    ('a7000000-0000-0000-0003-000000000052', 'a7000000-0000-0000-0002-000000000005', 'YOUNG_SPECIALIST', 'Y3', 'NONE'),
    ('a7000000-0000-0000-0003-000000000061', 'a7000000-0000-0000-0002-000000000006', 'TEACHER', 'Т4', 'NONE'),
    ('a7000000-0000-0000-0003-000000000062', 'a7000000-0000-0000-0002-000000000006', 'PUPIL', 'P8', 'NONE');

-- One order per pair, named after it, dated as the comment of the pair says.
INSERT INTO school_order (id, school_id, kind, number, order_date, title, content, created_by)
SELECT ('a7000000-0000-0000-0004-0000000000' || n)::uuid, school::uuid, 'MENTORSHIP_APPROVAL', 'm' || n, day::date,
       'Приказ', '{}', 'Куратор'
FROM (VALUES
    ('01', 'a7000000-0000-0000-0002-000000000001', '2026-09-05'),
    ('02', 'a7000000-0000-0000-0002-000000000001', '2026-09-05'),
    ('03', 'a7000000-0000-0000-0002-000000000001', '2026-09-25'),
    ('04', 'a7000000-0000-0000-0002-000000000001', '2026-09-15'),
    ('06', 'a7000000-0000-0000-0002-000000000001', '2025-09-01'),
    ('07', 'a7000000-0000-0000-0002-000000000002', '2026-10-25'),
    ('08', 'a7000000-0000-0000-0002-000000000002', '2027-02-10'),
    ('09', 'a7000000-0000-0000-0002-000000000002', '2026-10-25'),
    ('10', 'a7000000-0000-0000-0002-000000000002', '2026-10-01'),
    ('11', 'a7000000-0000-0000-0002-000000000003', '2026-09-25'),
    ('12', 'a7000000-0000-0000-0002-000000000004', '2026-09-10'),
    ('13', 'a7000000-0000-0000-0002-000000000005', '2026-09-10'),
    ('14', 'a7000000-0000-0000-0002-000000000006', '2026-09-05')
) AS o (n, school, day);

INSERT INTO mentorship (id, school_id, form, kind, mentor_id, planned_start, planned_end, status, started_on, ended_on,
                        termination_reason, order_id, origin, created_by, outcome, outcome_reason)
SELECT ('a7000000-0000-0000-0005-0000000000' || n)::uuid, school::uuid, form, 'TRADITIONAL',
       ('a7000000-0000-0000-0003-0000000000' || mentor)::uuid, planned::date, planned::date + 180, status,
       started::date, ended::date, reason, CASE WHEN status = 'PROPOSED' THEN NULL
       ELSE ('a7000000-0000-0000-0004-0000000000' || n)::uuid END, 'MANUAL', 'Куратор', outcome,
       CASE WHEN outcome = 'NOT_EFFECTIVE' THEN 'План не выполнен' END
FROM (VALUES
    -- School 1. m01: T1 with P1, at work. m02: T1 with P2, completed effectively in the first half-year.
    ('01', 'a7000000-0000-0000-0002-000000000001', 'TEACHER_PUPIL', '01', '2026-09-10', 'ACTIVE', '2026-09-10', NULL, NULL, NULL),
    ('02', 'a7000000-0000-0000-0002-000000000001', 'TEACHER_PUPIL', '01', '2026-09-15', 'COMPLETED', '2026-09-15', '2026-12-20', NULL, 'EFFECTIVE'),
    -- m03: P1 mentors P3 across both halves, completed without effect in the second.
    ('03', 'a7000000-0000-0000-0002-000000000001', 'PUPIL_PUPIL', '11', '2026-10-01', 'COMPLETED', '2026-10-01', '2027-03-01', NULL, 'NOT_EFFECTIVE'),
    -- m04: T2 with Y1, terminated. m05: T2 with P4, only proposed. m06: T2 with P4 the year before.
    ('04', 'a7000000-0000-0000-0002-000000000001', 'TEACHER_TEACHER', '02', '2026-09-20', 'TERMINATED', '2026-09-20', '2026-11-01', 'MUTUAL_DECISION', NULL),
    ('05', 'a7000000-0000-0000-0002-000000000001', 'TEACHER_PUPIL', '02', '2026-10-01', 'PROPOSED', NULL, NULL, NULL, NULL),
    ('06', 'a7000000-0000-0000-0002-000000000001', 'TEACHER_PUPIL', '02', '2025-09-10', 'COMPLETED', '2025-09-10', '2026-05-30', NULL, 'EFFECTIVE'),
    -- School 2. m07: T3 with P5 from November. m08: T3 with P9, approved in February. m09: T3 with Y2.
    ('07', 'a7000000-0000-0000-0002-000000000002', 'TEACHER_PUPIL', '21', '2026-11-01', 'ACTIVE', '2026-11-01', NULL, NULL, NULL),
    ('08', 'a7000000-0000-0000-0002-000000000002', 'TEACHER_PUPIL', '21', '2027-02-15', 'ACTIVE', '2027-02-15', NULL, NULL, NULL),
    ('09', 'a7000000-0000-0000-0002-000000000002', 'TEACHER_TEACHER', '21', '2026-11-01', 'ACTIVE', '2026-11-01', NULL, NULL, NULL),
    -- m10: T2 of school 1 mentors Y4 of school 2 (a municipal match).
    ('10', 'a7000000-0000-0000-0002-000000000002', 'TEACHER_TEACHER', '02', '2026-10-05', 'ACTIVE', '2026-10-05', NULL, NULL, NULL),
    -- The college, the house of creativity, the kindergarten, school 3.
    ('11', 'a7000000-0000-0000-0002-000000000003', 'STUDENT_STUDENT', '31', '2026-10-01', 'ACTIVE', '2026-10-01', NULL, NULL, NULL),
    ('12', 'a7000000-0000-0000-0002-000000000004', 'PUPIL_PUPIL', '42', '2026-09-15', 'ACTIVE', '2026-09-15', NULL, NULL, NULL),
    ('13', 'a7000000-0000-0000-0002-000000000005', 'TEACHER_TEACHER', '51', '2026-09-15', 'ACTIVE', '2026-09-15', NULL, NULL, NULL),
    ('14', 'a7000000-0000-0000-0002-000000000006', 'TEACHER_PUPIL', '61', '2026-09-10', 'ACTIVE', '2026-09-10', NULL, NULL, NULL)
) AS m (n, school, form, mentor, planned, status, started, ended, reason, outcome);

INSERT INTO mentorship_mentee (id, mentorship_id, participant_id, school_id, form, open)
SELECT gen_random_uuid(), m.id, p.id, p.school_id, m.form, m.status IN ('PROPOSED', 'APPROVED', 'ACTIVE')
FROM (VALUES ('01', '11'), ('02', '12'), ('03', '13'), ('04', '03'), ('05', '14'), ('06', '14'), ('07', '24'),
             ('08', '25'), ('09', '22'), ('10', '23'), ('11', '32'), ('12', '41'), ('13', '52'), ('14', '62'))
     AS x (pair, mentee)
JOIN mentorship m ON m.id = ('a7000000-0000-0000-0005-0000000000' || x.pair)::uuid
JOIN participant p ON p.id = ('a7000000-0000-0000-0003-0000000000' || x.mentee)::uuid;

-- Satisfaction: P2 answered twice (the later answer counts: mean 8), P3 once (6), P1's answer was erased; T1 as a
-- mentor gave 9 everywhere.
INSERT INTO questionnaire_response (id, template_id, family_id, participant_id, school_id, channel, entered_by,
                                    submitted_at, answers, erased_at)
SELECT gen_random_uuid(), ('61000000-0000-0000-0000-0000000000' || family)::uuid,
       ('60000000-0000-0000-0000-0000000000' || family)::uuid, ('a7000000-0000-0000-0003-0000000000' || who)::uuid,
       'a7000000-0000-0000-0002-000000000001', 'PAPER', 'Куратор', at::timestamptz,
       jsonb_build_object('useful', a, 'comfort', b, 'frequency', c, 'expectations', d, 'curator', e,
                          'again', 'yes'),
       CASE WHEN erased THEN now() END
FROM (VALUES
    ('05', '12', '2026-12-21 10:00+03', 2, 2, 2, 2, 2, false),
    ('05', '12', '2026-12-22 10:00+03', 8, 10, 6, 8, 8, false),
    ('05', '13', '2027-03-02 10:00+03', 6, 6, 6, 6, 6, false),
    ('05', '11', '2026-12-21 10:00+03', 1, 1, 1, 1, 1, true),
    ('06', '01', '2026-12-22 10:00+03', 9, 9, 9, 9, 9, false)
) AS r (family, who, at, a, b, c, d, e, erased);

INSERT INTO reward (id, school_id, participant_id, mentorship_id, kind, title, awarded_on, awarded_by, created_by)
VALUES
    (gen_random_uuid(), 'a7000000-0000-0000-0002-000000000001', 'a7000000-0000-0000-0003-000000000001',
     'a7000000-0000-0000-0005-000000000002', 'CERTIFICATE', 'Грамота', '2026-12-01', 'Директор', 'Куратор'),
    (gen_random_uuid(), 'a7000000-0000-0000-0002-000000000001', 'a7000000-0000-0000-0003-000000000001', NULL,
     'GRATITUDE', 'Благодарность', '2025-12-01', 'Директор', 'Куратор');

INSERT INTO best_practice (id, school_id, mentorship_id, title, status, submitted_at, accepted_at, created_by) VALUES
    (gen_random_uuid(), 'a7000000-0000-0000-0002-000000000001', 'a7000000-0000-0000-0005-000000000002', 'Принятая',
     'ACCEPTED', '2027-01-10 12:00+03', '2027-01-15 12:00+03', 'Куратор'),
    (gen_random_uuid(), 'a7000000-0000-0000-0002-000000000001', 'a7000000-0000-0000-0005-000000000003', 'Черновик',
     'DRAFT', NULL, NULL, 'Куратор');
