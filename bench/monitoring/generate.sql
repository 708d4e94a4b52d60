-- A large region for bench/monitoring, generated into the demo region (Тверская область, whose coordinator is the
-- demo user "region") so that the realm's demo users can be measured with real tokens. Run as the tables' owner
-- after the API has migrated the schema and written the demo data. Deterministic: the same rows every run (the
-- ids and the "random" choices are hashes of row numbers); dates are relative to the academic years 2024/25,
-- 2025/26 and 2026/27 and never later than today.
--
--   60 municipalities (the 3 of the demo and 57 more), 1 200 schools (the 6 of the demo and 1 194 more): general
--   schools, additional-education organisations and colleges about 78 : 15 : 7, as in a real region; the demo
--   municipality (город Тверь, user "muni") has 40 of them, its demo school (МОУ СОШ № 17, user "school") 1 500
--   participants; contingents for the three years (2 % of the schools have none for 2026/27: "no data");
--   about 400 000 participants (85 % with a consent), 150 000 pairs and groups over the three years with their
--   orders, statuses, outcomes and mentees; satisfaction questionnaires of mentees and mentors, entry and final
--   self-assessments, and rewards.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
\timing on

BEGIN;

-- A number in [0, 100) from any integers: the generator's dice.
CREATE FUNCTION pg_temp.dice(VARIADIC n integer[]) RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT (hashtext(array_to_string(n, ',')) & 2147483647) % 100 $$;

-- A uuid of a generated row: its table's tag and up to two numbers.
CREATE FUNCTION pg_temp.bench_id(tag text, a bigint, b bigint DEFAULT 0) RETURNS uuid
    LANGUAGE sql IMMUTABLE AS $$
    SELECT (tag || lpad(to_hex(a), 6, '0') || '-0000-4000-8000-' || lpad(to_hex(b), 12, '0'))::uuid $$;

CREATE TEMP TABLE bench_municipality (no integer PRIMARY KEY, id uuid NOT NULL) ON COMMIT DROP;
INSERT INTO bench_municipality VALUES
    (1, '20000000-0000-0000-0000-00000000000a'), (2, '20000000-0000-0000-0000-00000000000b'),
    (3, '20000000-0000-0000-0000-00000000000c');
INSERT INTO bench_municipality SELECT n, pg_temp.bench_id('2b', n) FROM generate_series(4, 60) n;

INSERT INTO municipality (id, region_id, name, oktmo)
SELECT id, '10000000-0000-0000-0000-000000000001', 'Муниципальный округ № ' || no, '289' || lpad(no::text, 5, '0')
FROM bench_municipality WHERE no > 3;

-- Schools: the demo's six first, then 37 more in the demo municipality and 1 157 spread over the other 59.
CREATE TEMP TABLE bench_school (no integer PRIMARY KEY, id uuid NOT NULL, municipality_no integer NOT NULL,
    kind text NOT NULL, participants integer) ON COMMIT DROP;
INSERT INTO bench_school (no, id, municipality_no, kind) VALUES
    (1, '30000000-0000-0000-0000-0000000000a1', 1, 'GENERAL'), (2, '30000000-0000-0000-0000-0000000000a2', 1, 'ADDITIONAL'),
    (3, '30000000-0000-0000-0000-0000000000a3', 1, 'COLLEGE'), (4, '30000000-0000-0000-0000-0000000000b1', 2, 'GENERAL'),
    (5, '30000000-0000-0000-0000-0000000000b2', 2, 'GENERAL'), (6, '30000000-0000-0000-0000-0000000000c1', 3, 'GENERAL');
INSERT INTO bench_school (no, id, municipality_no, kind)
SELECT n, pg_temp.bench_id('3b', n),
       CASE WHEN n <= 43 THEN 1 ELSE 2 + (n - 44) * 59 / 1157 END,
       CASE WHEN pg_temp.dice(n, 1) < 78 THEN 'GENERAL' WHEN pg_temp.dice(n, 1) < 93 THEN 'ADDITIONAL' ELSE 'COLLEGE' END
FROM generate_series(7, 1200) n;
UPDATE bench_school s SET kind = d.kind FROM school d WHERE d.id = s.id;

-- About 400 000 participants: the demo school 1 500, the others by size (city schools larger, colleges larger).
WITH w AS (
    SELECT no, (50 + pg_temp.dice(no, 2)) * CASE kind WHEN 'COLLEGE' THEN 1.4 WHEN 'ADDITIONAL' THEN 0.9 ELSE 1 END
               * CASE WHEN municipality_no = 1 THEN 1.5 ELSE 1 END AS weight
    FROM bench_school WHERE no > 1
)
UPDATE bench_school s SET participants = CASE WHEN s.no = 1 THEN 1500
    ELSE greatest(120, round(398500 * w.weight / (SELECT sum(weight) FROM w))::integer) END
FROM w WHERE w.no = s.no OR (s.no = 1 AND w.no = 2);

INSERT INTO school (id, municipality_id, full_name, short_name, kind, inn, address)
SELECT s.id, m.id,
       CASE s.kind WHEN 'GENERAL' THEN 'Муниципальное общеобразовательное учреждение «Средняя школа № ' || s.no || '»'
                   WHEN 'ADDITIONAL' THEN 'Муниципальное учреждение дополнительного образования «Центр творчества № ' || s.no || '»'
                   ELSE 'Государственное профессиональное образовательное учреждение «Колледж № ' || s.no || '»' END,
       CASE s.kind WHEN 'GENERAL' THEN 'СОШ № ' || s.no WHEN 'ADDITIONAL' THEN 'ЦТ № ' || s.no ELSE 'Колледж № ' || s.no END,
       s.kind, '79' || lpad(s.no::text, 8, '0'), 'Тверская область, ул. Школьная, д. ' || s.no
FROM bench_school s JOIN bench_municipality m ON m.no = s.municipality_no
WHERE s.no > 6;

-- Participants: the kind follows the participant's number within the school, in each school's proportions.
CREATE TEMP TABLE bench_participant ON COMMIT DROP AS
SELECT s.no AS school_no, s.id AS school_id, i, pg_temp.bench_id('5b', s.no, i) AS id,
       CASE s.kind
           WHEN 'GENERAL' THEN CASE WHEN i % 100 < 84 THEN 'PUPIL' WHEN i % 100 < 94 THEN 'TEACHER'
                                    WHEN i % 100 < 98 THEN 'YOUNG_SPECIALIST' WHEN i % 100 < 99 THEN 'PARENT' ELSE 'GRADUATE' END
           WHEN 'ADDITIONAL' THEN CASE WHEN i % 100 < 86 THEN 'PUPIL' WHEN i % 100 < 96 THEN 'TEACHER'
                                       WHEN i % 100 < 99 THEN 'YOUNG_SPECIALIST' ELSE 'PARENT' END
           ELSE CASE WHEN i % 100 < 80 THEN 'STUDENT' WHEN i % 100 < 91 THEN 'TEACHER'
                     WHEN i % 100 < 95 THEN 'YOUNG_SPECIALIST' WHEN i % 100 < 99 THEN 'EMPLOYER' ELSE 'GRADUATE' END
       END AS kind
FROM bench_school s CROSS JOIN LATERAL generate_series(1, s.participants) i;
ALTER TABLE bench_participant ADD COLUMN kind_rank integer;
UPDATE bench_participant p SET kind_rank = r.rank
FROM (SELECT id, row_number() OVER (PARTITION BY school_no, kind ORDER BY i)::integer AS rank FROM bench_participant) r
WHERE r.id = p.id;
CREATE INDEX ON bench_participant (school_no, kind, kind_rank);
CREATE TEMP TABLE bench_kind ON COMMIT DROP AS
SELECT school_no, kind, count(*)::integer AS n FROM bench_participant GROUP BY school_no, kind;
ANALYZE bench_participant;
ANALYZE bench_kind;

INSERT INTO participant (id, school_id, kind, full_name, mentor_candidate, mentee_candidate, external_id,
                         training_status, experience_years, subject)
SELECT id, school_id, kind,
       CASE kind WHEN 'PUPIL' THEN 'Ученик ' WHEN 'STUDENT' THEN 'Студент ' WHEN 'TEACHER' THEN 'Педагог '
                 WHEN 'YOUNG_SPECIALIST' THEN 'Молодой педагог ' WHEN 'EMPLOYER' THEN 'Представитель работодателя '
                 WHEN 'PARENT' THEN 'Родитель ' ELSE 'Выпускник ' END || school_no || '-' || i,
       kind IN ('TEACHER', 'EMPLOYER', 'GRADUATE') OR (kind IN ('PUPIL', 'STUDENT') AND i % 7 = 0),
       kind IN ('PUPIL', 'STUDENT', 'YOUNG_SPECIALIST'),
       'bench-' || i,
       CASE WHEN kind IN ('TEACHER', 'EMPLOYER') THEN
           CASE WHEN pg_temp.dice(school_no, i, 3) < 35 THEN 'NONE' WHEN pg_temp.dice(school_no, i, 3) < 55 THEN 'IN_PROGRESS'
                WHEN pg_temp.dice(school_no, i, 3) < 82 THEN 'TRAINED' ELSE 'CERTIFIED' END
            WHEN kind IN ('PUPIL', 'STUDENT') AND i % 7 = 0 AND pg_temp.dice(school_no, i, 3) < 40 THEN 'TRAINED'
            ELSE 'NONE' END,
       CASE WHEN kind = 'TEACHER' THEN 4 + pg_temp.dice(school_no, i, 4) % 30 WHEN kind = 'YOUNG_SPECIALIST' THEN i % 3 END,
       CASE WHEN kind IN ('TEACHER', 'YOUNG_SPECIALIST') THEN 'Математика' END
FROM bench_participant;

INSERT INTO consent (id, participant_id, school_id, given_by, giver_name, given_on, scope, document_ref)
SELECT pg_temp.bench_id('5c', school_no, i), id, school_id, CASE WHEN kind = 'PUPIL' THEN 'PARENT' ELSE 'SELF' END,
       'Подписант ' || school_no || '-' || i, DATE '2024-09-02', 'Участие в программе наставничества',
       'Заявление № ' || i
FROM bench_participant WHERE i % 20 < 17;

-- Contingents of the three years: more people than are registered, so coverage is a share, not all of them.
INSERT INTO school_contingent (id, school_id, start_year, pupils, teachers, young_teachers, additional_pupils)
SELECT pg_temp.bench_id('3c', s.no, y), s.id, y,
       round(coalesce(k.learners, 0) * (2.2 - 0.1 * (y - 2024)))::integer,
       round(coalesce(k.teachers, 0) * 1.4)::integer,
       least(round(coalesce(k.teachers, 0) * 1.4)::integer, round(coalesce(k.young, 0) * 1.6)::integer),
       CASE WHEN s.kind = 'GENERAL' THEN 40 + pg_temp.dice(s.no, 5) * 3 ELSE 0 END
FROM bench_school s
CROSS JOIN generate_series(2024, 2026) y
LEFT JOIN (SELECT school_no, sum(n) FILTER (WHERE kind IN ('PUPIL', 'STUDENT')) AS learners,
                  sum(n) FILTER (WHERE kind IN ('TEACHER', 'YOUNG_SPECIALIST')) AS teachers,
                  sum(n) FILTER (WHERE kind = 'YOUNG_SPECIALIST') AS young
           FROM bench_kind GROUP BY school_no) k ON k.school_no = s.no
WHERE NOT (y = 2026 AND s.no > 6 AND pg_temp.dice(s.no, 6) < 2)
ON CONFLICT (school_id, start_year) DO UPDATE
    SET pupils = excluded.pupils, teachers = excluded.teachers, young_teachers = excluded.young_teachers,
        additional_pupils = excluded.additional_pupils;

-- Pairs and groups: an eighth of the school's participants a year (a little more each year), in the forms of the
-- school's kind; one in ten a group of three.
CREATE TEMP TABLE bench_pair ON COMMIT DROP AS
SELECT s.no AS school_no, s.id AS school_id, y, k, pg_temp.bench_id('6b', s.no * 4 + (y - 2024), k) AS id,
       f.form, f.mentor_kind, f.mentee_kind,
       CASE WHEN pg_temp.dice(s.no, y, k, 7) < 10 THEN 3 ELSE 1 END AS mentees,
       pg_temp.dice(s.no, y, k, 8) AS h
FROM bench_school s
CROSS JOIN generate_series(2024, 2026) y
CROSS JOIN LATERAL generate_series(1, round(s.participants * 0.125 * (0.9 + 0.1 * (y - 2024)))::integer) k
CROSS JOIN LATERAL (SELECT * FROM (VALUES
        ('GENERAL', 0, 50, 'TEACHER_PUPIL', 'TEACHER', 'PUPIL'),
        ('GENERAL', 50, 80, 'PUPIL_PUPIL', 'PUPIL', 'PUPIL'),
        ('GENERAL', 80, 100, 'TEACHER_TEACHER', 'TEACHER', 'YOUNG_SPECIALIST'),
        ('ADDITIONAL', 0, 70, 'TEACHER_PUPIL', 'TEACHER', 'PUPIL'),
        ('ADDITIONAL', 70, 100, 'PUPIL_PUPIL', 'PUPIL', 'PUPIL'),
        ('COLLEGE', 0, 40, 'STUDENT_STUDENT', 'STUDENT', 'STUDENT'),
        ('COLLEGE', 40, 75, 'EMPLOYER_STUDENT', 'EMPLOYER', 'STUDENT'),
        ('COLLEGE', 75, 100, 'COLLEGE_TEACHER_YOUNG_TEACHER', 'TEACHER', 'YOUNG_SPECIALIST')
    ) v (school_kind, low, high, form, mentor_kind, mentee_kind)
    WHERE v.school_kind = s.kind AND pg_temp.dice(s.no, y, k, 9) >= v.low AND pg_temp.dice(s.no, y, k, 9) < v.high) f;

-- Status by year: last year's are over, the year before's mostly too (some still active: pairs spanning two
-- years), this year's mostly approved or active.
ALTER TABLE bench_pair ADD COLUMN status text, ADD COLUMN batch integer, ADD COLUMN order_date date,
    ADD COLUMN planned_start date, ADD COLUMN planned_end date, ADD COLUMN started_on date, ADD COLUMN ended_on date,
    ADD COLUMN outcome text, ADD COLUMN mentee_offset integer;
UPDATE bench_pair SET status = CASE y
        WHEN 2024 THEN CASE WHEN h < 80 THEN 'COMPLETED' ELSE 'TERMINATED' END
        WHEN 2025 THEN CASE WHEN h < 72 THEN 'COMPLETED' WHEN h < 87 THEN 'TERMINATED' ELSE 'ACTIVE' END
        ELSE CASE WHEN h < 62 THEN 'ACTIVE' WHEN h < 80 THEN 'APPROVED' WHEN h < 86 THEN 'COMPLETED'
                  WHEN h < 92 THEN 'TERMINATED' ELSE 'PROPOSED' END END,
    batch = k % 4,
    order_date = make_date(y, 9, 10) + (k % 4) * 20;
UPDATE bench_pair SET planned_start = order_date + 3 + k % 7;
UPDATE bench_pair SET
    planned_end = planned_start + CASE WHEN y = 2025 AND status = 'ACTIVE' THEN 450
                                       WHEN y = 2026 AND status = 'COMPLETED' THEN 50 ELSE 250 END,
    started_on = CASE WHEN status IN ('ACTIVE', 'COMPLETED', 'TERMINATED') THEN planned_start END;
UPDATE bench_pair SET
    ended_on = CASE WHEN status = 'COMPLETED' THEN least(planned_end, current_date - 1)
                    WHEN status = 'TERMINATED' THEN least(started_on + 30 + k % 60, current_date - 1) END,
    outcome = CASE WHEN status = 'COMPLETED' THEN
        CASE WHEN pg_temp.dice(school_no, y, k, 10) < 60 THEN 'EFFECTIVE'
             WHEN pg_temp.dice(school_no, y, k, 10) < 85 THEN 'PARTLY_EFFECTIVE'
             WHEN pg_temp.dice(school_no, y, k, 10) < 95 THEN 'NOT_EFFECTIVE' END END;
UPDATE bench_pair p SET mentee_offset = o.offset_
FROM (SELECT id, (sum(mentees) OVER (PARTITION BY school_no, y, form ORDER BY k) - mentees)::integer AS offset_
      FROM bench_pair) o
WHERE o.id = p.id;

-- Orders: four a year per school (the pairs approved in a batch share one).
INSERT INTO school_order (id, school_id, kind, number, order_date, title, content, created_by)
SELECT DISTINCT ON (school_no, y, batch) pg_temp.bench_id('6c', school_no * 4 + (y - 2024), batch), school_id,
       'MENTORSHIP_APPROVAL', 'НП-' || (batch + 1), order_date,
       'Об утверждении наставнических пар', '{}'::jsonb, 'bench'
FROM bench_pair WHERE status <> 'PROPOSED'
ORDER BY school_no, y, batch;

-- Pairs whose mentor kind the school lacks are left out.
INSERT INTO mentorship (id, school_id, form, kind, mentor_id, planned_start, planned_end, status, started_on, ended_on,
                        termination_reason, order_id, origin, created_by, outcome, outcome_reason)
SELECT p.id, p.school_id, p.form, CASE WHEN p.mentees > 1 THEN 'GROUP' ELSE 'TRADITIONAL' END, mentor.id,
       p.planned_start, p.planned_end, p.status, p.started_on, p.ended_on,
       CASE WHEN p.status = 'TERMINATED' THEN (ARRAY['MENTEE_INITIATIVE', 'MENTOR_INITIATIVE', 'MUTUAL_DECISION',
           'CURATOR_DECISION'])[1 + p.k % 4] END,
       CASE WHEN p.status <> 'PROPOSED' THEN pg_temp.bench_id('6c', p.school_no * 4 + (p.y - 2024), p.batch) END,
       CASE WHEN p.k % 2 = 0 THEN 'MATCHING' ELSE 'MANUAL' END, 'bench', p.outcome,
       CASE WHEN p.outcome IN ('PARTLY_EFFECTIVE', 'NOT_EFFECTIVE') THEN 'Цели программы достигнуты не полностью' END
FROM bench_pair p
JOIN bench_kind mk ON mk.school_no = p.school_no AND mk.kind = p.mentor_kind
JOIN bench_participant mentor ON mentor.school_no = p.school_no AND mentor.kind = p.mentor_kind
    AND mentor.kind_rank = 1 + (p.k * 7 + p.y) % mk.n;

-- Mentees: consecutive people of the mentee kind, so that a person is in at most one open pair of a form; where
-- the school has too few, the database's own rule (mentorship_mentee_open_key) leaves the extra one out.
INSERT INTO mentorship_mentee (id, mentorship_id, participant_id, school_id, form, open)
SELECT pg_temp.bench_id('6d', p.school_no * 4 + (p.y - 2024), p.k * 4 + j), p.id, mentee.id, p.school_id, p.form,
       p.status IN ('PROPOSED', 'APPROVED', 'ACTIVE')
FROM bench_pair p
JOIN mentorship m ON m.id = p.id
CROSS JOIN LATERAL generate_series(0, p.mentees - 1) j
JOIN bench_kind ek ON ek.school_no = p.school_no AND ek.kind = p.mentee_kind
JOIN bench_participant mentee ON mentee.school_no = p.school_no AND mentee.kind = p.mentee_kind
    AND mentee.kind_rank = 1 + (p.mentee_offset + j + (p.y - 2024) * 17) % ek.n
ON CONFLICT DO NOTHING;

-- Questionnaires: the entry self-assessment when a pair starts, the final one and the satisfaction questionnaires
-- of mentees and mentors when it is completed (not everyone answers).
CREATE TEMP TABLE bench_answer ON COMMIT DROP AS
SELECT mm.id AS link_id, mm.participant_id, p.school_id, p.school_no, p.y, p.started_on, p.ended_on, p.status,
       false AS mentor
FROM bench_pair p JOIN mentorship_mentee mm ON mm.mentorship_id = p.id
UNION ALL
SELECT m.id, m.mentor_id, p.school_id, p.school_no, p.y, p.started_on, p.ended_on, p.status, true
FROM bench_pair p JOIN mentorship m ON m.id = p.id;
-- One hash per answer gives all its choices (the dice per value would take minutes here).
ALTER TABLE bench_answer ADD COLUMN r bigint;
UPDATE bench_answer SET r = ('x' || substr(md5(link_id::text), 1, 15))::bit(60)::bigint;

INSERT INTO questionnaire_response (id, template_id, family_id, participant_id, school_id, channel, entered_by,
                                    submitted_at, answers)
SELECT pg_temp.bench_id('7' || q.n, a.school_no * 4 + (a.y - 2024), a.r & 281474976710655),
       q.template_id, q.family_id, a.participant_id, a.school_id, 'PAPER', 'bench',
       (q.on_date::timestamp + time '12:00') AT TIME ZONE 'Europe/Moscow', q.answers
FROM bench_answer a
CROSS JOIN LATERAL (VALUES
    (1, '61000000-0000-0000-0000-000000000008'::uuid, '60000000-0000-0000-0000-000000000008'::uuid,
     a.started_on + 3, NOT a.mentor AND a.started_on IS NOT NULL AND a.started_on + 3 < current_date,
     jsonb_build_object('confidence', 3 + a.r % 5, 'subject', 3 + a.r / 5 % 5, 'motivation', 4 + a.r / 25 % 5,
                        'communication', 3 + a.r / 125 % 5)),
    (2, '61000000-0000-0000-0000-000000000008', '60000000-0000-0000-0000-000000000008',
     a.ended_on + 1, NOT a.mentor AND a.status = 'COMPLETED' AND a.ended_on + 1 < current_date,
     jsonb_build_object('confidence', 5 + a.r / 7 % 5, 'subject', 5 + a.r / 35 % 5, 'motivation', 6 + a.r / 175 % 5,
                        'communication', 5 + a.r / 875 % 5)),
    (3, '61000000-0000-0000-0000-000000000005', '60000000-0000-0000-0000-000000000005',
     a.ended_on + 2, NOT a.mentor AND a.status = 'COMPLETED' AND a.ended_on + 2 < current_date
         AND a.r / 100000 % 100 < 75,
     jsonb_build_object('useful', 6 + a.r / 11 % 5, 'comfort', 6 + a.r / 55 % 5, 'frequency', 5 + a.r / 275 % 6,
                        'expectations', 5 + a.r / 1650 % 6, 'curator', 6 + a.r / 9900 % 5, 'again', 'yes')),
    (4, '61000000-0000-0000-0000-000000000006', '60000000-0000-0000-0000-000000000006',
     a.ended_on + 2, a.mentor AND a.status = 'COMPLETED' AND a.ended_on + 2 < current_date
         AND a.r / 100000 % 100 < 70,
     jsonb_build_object('useful', 6 + a.r / 13 % 5, 'comfort', 7 + a.r / 65 % 4, 'frequency', 5 + a.r / 260 % 6,
                        'expectations', 6 + a.r / 1560 % 5, 'curator', 6 + a.r / 7800 % 5, 'again', 'yes'))
) q (n, template_id, family_id, on_date, applies, answers)
WHERE q.applies;

-- Rewards: a letter of thanks for a quarter of the mentors of effective pairs.
INSERT INTO reward (id, school_id, participant_id, mentorship_id, kind, title, awarded_on, awarded_by, created_by)
SELECT pg_temp.bench_id('8b', p.school_no * 4 + (p.y - 2024), p.k), p.school_id, m.mentor_id, p.id, 'GRATITUDE',
       'Благодарственное письмо', least(p.ended_on + 14, current_date), 'Директор', 'bench'
FROM bench_pair p JOIN mentorship m ON m.id = p.id
WHERE p.outcome = 'EFFECTIVE' AND pg_temp.dice(p.school_no, p.k, 31) < 25;

COMMIT;

ANALYZE municipality, school, school_contingent, participant, consent, school_order, mentorship, mentorship_mentee,
    questionnaire_response, reward;

SELECT (SELECT count(*) FROM municipality WHERE region_id = '10000000-0000-0000-0000-000000000001') AS municipalities,
       (SELECT count(*) FROM school) AS schools,
       (SELECT count(*) FROM school WHERE municipality_id = '20000000-0000-0000-0000-00000000000a') AS schools_of_muni,
       (SELECT count(*) FROM participant) AS participants,
       (SELECT count(*) FROM mentorship) AS pairs,
       (SELECT count(*) FROM mentorship_mentee) AS mentees,
       (SELECT count(*) FROM questionnaire_response) AS responses,
       (SELECT count(*) FROM school_contingent) AS contingents;
