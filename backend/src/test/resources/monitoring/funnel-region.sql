-- A region whose funnel and mentees' impact are known by hand (MonitoringFunnelTest states them). Municipality F1
-- has schools 1 and 2, municipality F2 school 3. Letters name people of school 1 unless said otherwise; every pair's
-- story is in the comment beside it. Applied once, by the owner role.
INSERT INTO region (id, name, code) VALUES ('a8000000-0000-0000-0000-000000000001', 'Воронежская контрольная', '96');
INSERT INTO municipality (id, region_id, name, oktmo) VALUES
    ('a8000000-0000-0000-0001-000000000001', 'a8000000-0000-0000-0000-000000000001', 'Округ Ф1', '80000961'),
    ('a8000000-0000-0000-0001-000000000002', 'a8000000-0000-0000-0000-000000000001', 'Округ Ф2', '80000962');
INSERT INTO school (id, municipality_id, full_name, short_name, kind, inn, address) VALUES
    ('a8000000-0000-0000-0002-000000000001', 'a8000000-0000-0000-0001-000000000001', 'Школа Ф № 1', 'Школа Ф1', 'GENERAL', '9600000001', 'Адрес'),
    ('a8000000-0000-0000-0002-000000000002', 'a8000000-0000-0000-0001-000000000001', 'Школа Ф № 2', 'Школа Ф2', 'GENERAL', '9600000002', 'Адрес'),
    ('a8000000-0000-0000-0002-000000000003', 'a8000000-0000-0000-0001-000000000002', 'Школа Ф № 3', 'Школа Ф3', 'GENERAL', '9600000003', 'Адрес');

INSERT INTO participant (id, school_id, kind, full_name)
SELECT ('a8000000-0000-0000-0003-0000000000' || n)::uuid, ('a8000000-0000-0000-0002-00000000000' || s)::uuid, kind, name
FROM (VALUES ('01', '1', 'TEACHER', 'А'), ('02', '1', 'PUPIL', 'Б'), ('03', '1', 'PUPIL', 'В'), ('04', '1', 'PUPIL', 'Г'),
             ('05', '1', 'TEACHER', 'Д'), ('06', '1', 'PUPIL', 'Е'), ('07', '1', 'TEACHER', 'Ж'), ('08', '1', 'PUPIL', 'З'),
             ('09', '1', 'PUPIL', 'И'), ('10', '1', 'PUPIL', 'К'), ('11', '1', 'PUPIL', 'Л'),
             ('21', '2', 'PUPIL', 'М'), ('22', '2', 'PUPIL', 'Н'), ('31', '3', 'PUPIL', 'О')) AS p (n, s, kind, name);

-- Consents: everyone's given 2026-08-20 and in force, except Ж's (withdrawn 2027-03-01, before the year's end) and
-- Н's (given only after the year, 2027-09-05).
INSERT INTO consent (id, participant_id, school_id, given_by, giver_name, given_on, scope, document_ref, withdrawn_on)
SELECT gen_random_uuid(), p.id, p.school_id, 'SELF', p.full_name, x.given::date, 'Участие в программе', 'б/н',
       x.withdrawn::date
FROM (VALUES ('01', '2026-08-20', NULL), ('02', '2026-08-20', NULL), ('03', '2026-08-20', NULL),
             ('04', '2026-08-20', NULL), ('05', '2026-08-20', NULL), ('06', '2026-08-20', NULL),
             ('07', '2026-08-20', '2027-03-01'), ('08', '2026-08-20', NULL), ('09', '2026-08-20', NULL),
             ('10', '2026-08-20', NULL), ('11', '2026-08-20', NULL), ('21', '2026-08-20', NULL),
             ('22', '2027-09-05', NULL), ('31', '2026-08-20', NULL)) AS x (n, given, withdrawn)
JOIN participant p ON p.id = ('a8000000-0000-0000-0003-0000000000' || x.n)::uuid;

-- The matching questionnaires (mentor's application, mentee's request): everyone but Е; Ж's answers were erased.
INSERT INTO questionnaire_response (id, template_id, family_id, participant_id, school_id, channel, entered_by,
                                    submitted_at, answers, erased_at)
SELECT gen_random_uuid(), ('61000000-0000-0000-0000-00000000000' || x.f)::uuid,
       ('60000000-0000-0000-0000-00000000000' || x.f)::uuid, p.id, p.school_id, 'PAPER', 'Куратор',
       '2026-08-25 10:00+03', '{}', CASE WHEN x.n = '07' THEN now() END
FROM (VALUES ('01', '1'), ('02', '2'), ('03', '2'), ('04', '2'), ('05', '1'), ('07', '1'), ('08', '2'), ('09', '2'),
             ('10', '2'), ('11', '2'), ('21', '2'), ('31', '2')) AS x (n, f)
JOIN participant p ON p.id = ('a8000000-0000-0000-0003-0000000000' || x.n)::uuid;

INSERT INTO school_order (id, school_id, kind, number, order_date, title, content, created_by)
SELECT ('a8000000-0000-0000-0004-0000000000' || n)::uuid, 'a8000000-0000-0000-0002-000000000001', 'MENTORSHIP_APPROVAL',
       'ф' || n, '2026-09-05', 'Приказ', '{}', 'Куратор'
FROM unnest(ARRAY['01', '02', '03', '05', '06', '07']) AS n;

INSERT INTO mentorship (id, school_id, form, kind, mentor_id, planned_start, planned_end, status, started_on, ended_on,
                        termination_reason, order_id, origin, created_by, created_at, outcome, outcome_reason)
SELECT ('a8000000-0000-0000-0005-0000000000' || n)::uuid, 'a8000000-0000-0000-0002-000000000001', 'TEACHER_PUPIL',
       'TRADITIONAL', ('a8000000-0000-0000-0003-0000000000' || mentor)::uuid, started::date, started::date + 180,
       status, CASE WHEN status <> 'PROPOSED' AND n <> '04' THEN started::date END, ended::date, reason,
       CASE WHEN ordered THEN ('a8000000-0000-0000-0004-0000000000' || n)::uuid END, 'MANUAL', 'Куратор',
       '2026-09-01 10:00+03', outcome, CASE WHEN outcome = 'NOT_EFFECTIVE' THEN 'План не выполнен' END
FROM (VALUES
    -- А mentors five pairs. p01: with Б, completed effectively on 2027-01-20. p02: with В, at work.
    ('01', '01', '2026-09-10', 'COMPLETED', '2027-01-20', NULL, true, 'EFFECTIVE'),
    ('02', '01', '2026-10-01', 'ACTIVE', NULL, NULL, true, NULL),
    -- p03: Д with Г, only proposed. p04: Д with Л, proposed and rejected before any order.
    ('03', '05', '2026-10-01', 'PROPOSED', NULL, NULL, false, NULL),
    ('04', '05', '2026-10-01', 'TERMINATED', '2026-10-05', 'CURATOR_DECISION', false, NULL),
    -- p05: Д with З, at work from 2026-09-15 and terminated on 2026-11-01.
    ('05', '05', '2026-09-15', 'TERMINATED', '2026-11-01', 'MUTUAL_DECISION', true, NULL),
    -- p06: А with И, completed without effect on 2027-02-10. p07: А with К, completed effectively the same day.
    ('06', '01', '2026-09-15', 'COMPLETED', '2027-02-10', NULL, true, 'NOT_EFFECTIVE'),
    ('07', '01', '2026-09-15', 'COMPLETED', '2027-02-10', NULL, true, 'EFFECTIVE')
) AS m (n, mentor, started, status, ended, reason, ordered, outcome);
-- Е (no questionnaire) is in a pair at work with А, approved with p02's order.
INSERT INTO mentorship (id, school_id, form, kind, mentor_id, planned_start, planned_end, status, started_on, order_id,
                        origin, created_by, created_at)
VALUES ('a8000000-0000-0000-0005-000000000008', 'a8000000-0000-0000-0002-000000000001', 'TEACHER_PUPIL', 'TRADITIONAL',
        'a8000000-0000-0000-0003-000000000001', '2026-10-01', '2027-03-30', 'ACTIVE', '2026-10-01',
        'a8000000-0000-0000-0004-000000000002', 'MANUAL', 'Куратор', '2026-09-01 10:00+03');

INSERT INTO mentorship_mentee (id, mentorship_id, participant_id, school_id, form, open)
SELECT gen_random_uuid(), m.id, p.id, p.school_id, m.form, m.status IN ('PROPOSED', 'APPROVED', 'ACTIVE')
FROM (VALUES ('01', '02'), ('02', '03'), ('03', '04'), ('04', '11'), ('05', '08'), ('06', '09'), ('07', '10'),
             ('08', '06')) AS x (pair, mentee)
JOIN mentorship m ON m.id = ('a8000000-0000-0000-0005-0000000000' || x.pair)::uuid
JOIN participant p ON p.id = ('a8000000-0000-0000-0003-0000000000' || x.mentee)::uuid;

-- Entry self-assessments (two scale questions answered; the others left out). Б: entry 2026-09-12 (4, 5), a second
-- one 2026-10-01 that is no entry (the first since the start is), final 2027-01-25 (7, 6): change (3 + 1) / 2 = 2.
-- И: an erased answer on 2026-09-16 (never used), entry 2026-09-20 (8, 8), final 2027-02-12 (6, 7): change -1.5.
-- К: the entry only, so not measured. З's pair was terminated: not counted whatever he answered.
INSERT INTO questionnaire_response (id, template_id, family_id, participant_id, school_id, channel, entered_by,
                                    submitted_at, answers, erased_at)
SELECT gen_random_uuid(), '61000000-0000-0000-0000-000000000008', '60000000-0000-0000-0000-000000000008',
       ('a8000000-0000-0000-0003-0000000000' || who)::uuid, 'a8000000-0000-0000-0002-000000000001', 'PAPER',
       'Куратор', at::timestamptz, jsonb_build_object('confidence', a, 'subject', b), CASE WHEN erased THEN now() END
FROM (VALUES
    ('02', '2026-09-12 10:00+03', 4, 5, false),
    ('02', '2026-10-01 10:00+03', 9, 9, false),
    ('02', '2027-01-25 10:00+03', 7, 6, false),
    ('09', '2026-09-16 10:00+03', 1, 1, true),
    ('09', '2026-09-20 10:00+03', 8, 8, false),
    ('09', '2027-02-12 10:00+03', 6, 7, false),
    ('10', '2026-09-20 10:00+03', 5, 5, false),
    ('08', '2026-09-16 10:00+03', 1, 1, false),
    ('08', '2026-12-01 10:00+03', 9, 9, false)
) AS r (who, at, a, b, erased);
