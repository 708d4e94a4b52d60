-- Monitoring (мониторинг целевых показателей): the region's targets for the built-in indicators, and the live figures
-- behind them. Regional and municipal users keep no row access to participants, pairs or answers: they get counts
-- only, from the aggregate functions below, which check the caller's scope before they count anything.

-- A target the region sets for an indicator and an academic year (the year it starts), for the whole region or for
-- one of its municipalities, with the document that set it (order number and date). The indicator codes are the
-- application's (ru.nastavnik.monitoring.Indicator); per-cent values are checked there, the table keeps them sane.
CREATE TABLE indicator_target (
    id              uuid PRIMARY KEY,
    region_id       uuid          NOT NULL REFERENCES region (id),
    municipality_id uuid          REFERENCES municipality (id),
    indicator       varchar(40)   NOT NULL CHECK (indicator ~ '^[A-Z_]+$'),
    start_year      integer       NOT NULL CHECK (start_year BETWEEN 2000 AND 2100),
    value           numeric(12, 2) NOT NULL CHECK (value >= 0),
    document_number varchar(50)   NOT NULL CHECK (btrim(document_number) <> ''),
    document_date   date          NOT NULL,
    document_title  varchar(300),
    updated_by      varchar(300)  NOT NULL,
    updated_at      timestamptz   NOT NULL DEFAULT now(),
    version         integer       NOT NULL DEFAULT 0,
    CONSTRAINT indicator_target_once UNIQUE NULLS NOT DISTINCT (region_id, municipality_id, indicator, start_year)
);
CREATE INDEX indicator_target_year_idx ON indicator_target (region_id, start_year);

-- The region's coordinator writes the region's targets; everyone in the region reads the region-wide ones and those
-- of their own municipality (a school: of its municipality), the portal all of its region's.
ALTER TABLE indicator_target ENABLE ROW LEVEL SECURITY;
CREATE POLICY indicator_target_read ON indicator_target FOR SELECT
    USING ((SELECT scope_role()) = 'system'
           OR ((SELECT scope_role()) IN ('regional', 'portal') AND region_id = (SELECT scope_id('region_id')))
           OR ((SELECT scope_role()) = 'municipal' AND region_id = (SELECT scope_region())
               AND (municipality_id IS NULL OR municipality_id = (SELECT scope_id('municipality_id'))))
           OR ((SELECT scope_role()) = 'school' AND region_id = (SELECT scope_region())
               AND (municipality_id IS NULL
                    OR municipality_id = (SELECT school_municipality(scope_id('school_id'))))));
CREATE POLICY indicator_target_write ON indicator_target FOR ALL
    USING ((SELECT scope_role()) = 'system'
           OR ((SELECT scope_role()) = 'regional' AND region_id = (SELECT scope_id('region_id'))))
    WITH CHECK ((SELECT scope_role()) = 'system'
                OR ((SELECT scope_role()) = 'regional' AND region_id = (SELECT scope_id('region_id'))
                    AND (municipality_id IS NULL OR municipality_region(municipality_id) = region_id)));

-- Whether the caller may see the figures of a region, a municipality or a school: the region's coordinator and
-- portal the region and its municipalities, the coordinator also its schools; a municipal coordinator the
-- municipality and its schools; a school itself.
CREATE FUNCTION monitoring_scope_covers(p_level text, p_id uuid) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = public
AS $$
    SELECT coalesce(CASE p_level
        WHEN 'region' THEN scope_role() IN ('system', 'regional', 'portal') AND p_id = scope_id('region_id')
        WHEN 'municipality' THEN CASE scope_role()
            WHEN 'system' THEN true
            WHEN 'regional' THEN municipality_region(p_id) = scope_id('region_id')
            WHEN 'portal' THEN municipality_region(p_id) = scope_id('region_id')
            WHEN 'municipal' THEN p_id = scope_id('municipality_id')
        END
        WHEN 'school' THEN CASE scope_role()
            WHEN 'system' THEN true
            WHEN 'regional' THEN municipality_region(school_municipality(p_id)) = scope_id('region_id')
            WHEN 'municipal' THEN school_municipality(p_id) = scope_id('municipality_id')
            WHEN 'school' THEN p_id = scope_id('school_id')
        END
    END, false)
$$;

-- Answers of the satisfaction questionnaires are looked up by school, questionnaire and date.
CREATE INDEX questionnaire_response_submitted_idx ON questionnaire_response (school_id, family_id, submitted_at);
CREATE INDEX reward_awarded_idx ON reward (school_id, awarded_on);
CREATE INDEX best_practice_accepted_idx ON best_practice (school_id, accepted_at) WHERE accepted_at IS NOT NULL;

-- The figures of a region (one row set per municipality), a municipality (per school) or a school, for the period
-- [p_from, p_to] and the contingent of the academic year p_year: per unit, indicator and form (null: all forms) a
-- numerator, a denominator (null where the indicator has none or no contingent was recorded) and how many of the
-- unit's schools that the indicator covers have no contingent for the year. Counts only: no row names a person or a
-- pair. A person counts once per unit and indicator however many pairs they are in (once per form in the rows of a
-- form), and always in their own school, where the contingent counts them. Units add up: a region's figure is the
-- sum of its municipalities', because everyone belongs to exactly one school. The rules in words are those of
-- ru.nastavnik.monitoring.Indicator. Refuses (insufficient_privilege) a scope the caller does not cover.
CREATE FUNCTION monitoring_figures(p_level text, p_id uuid, p_from date, p_to date, p_year integer)
    RETURNS TABLE (unit_id uuid, indicator text, form text, numerator numeric, denominator numeric, missing integer)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
AS $$
#variable_conflict use_column
DECLARE
    v_schools uuid[];
BEGIN
    IF p_level NOT IN ('region', 'municipality', 'school') OR p_id IS NULL OR p_from IS NULL OR p_to IS NULL
       OR p_year IS NULL THEN
        RAISE EXCEPTION 'monitoring_figures: bad arguments' USING ERRCODE = '22023';
    END IF;
    IF NOT monitoring_scope_covers(p_level, p_id) THEN
        RAISE EXCEPTION 'monitoring_figures: % % is outside the caller''s scope', p_level, p_id
            USING ERRCODE = '42501';
    END IF;
    -- Schools that do not work any more (archived) are left out of every figure.
    IF p_level = 'region' THEN
        SELECT array_agg(s.id) INTO v_schools FROM school s JOIN municipality mu ON mu.id = s.municipality_id
        WHERE mu.region_id = p_id AND NOT s.archived;
    ELSIF p_level = 'municipality' THEN
        SELECT array_agg(s.id) INTO v_schools FROM school s WHERE s.municipality_id = p_id AND NOT s.archived;
    ELSE
        SELECT array_agg(s.id) INTO v_schools FROM school s WHERE s.id = p_id AND NOT s.archived;
    END IF;
    IF v_schools IS NULL THEN
        RETURN;
    END IF;

    RETURN QUERY
    WITH units AS (
        SELECT s.id AS school_id, s.kind AS school_kind,
               CASE WHEN p_level = 'region' THEN s.municipality_id ELSE s.id END AS unit_id,
               c.id IS NOT NULL AS has_contingent, c.pupils, c.teachers, c.young_teachers
        FROM school s
        LEFT JOIN school_contingent c ON c.school_id = s.id AND c.start_year = p_year
        WHERE s.id = ANY (v_schools)
    ),
    -- Pairs and groups that count in the period: approved by an order dated by its end, neither proposed nor
    -- terminated, started (or planned to start) by its end and, if completed, completed after its start.
    counted AS (
        SELECT m.id, m.form, m.mentor_id
        FROM mentorship m JOIN school_order o ON o.id = m.order_id
        WHERE m.school_id = ANY (v_schools)
          AND m.status IN ('APPROVED', 'ACTIVE', 'COMPLETED') AND o.order_date <= p_to
          AND coalesce(m.started_on, m.planned_start) <= p_to
          AND (m.status <> 'COMPLETED' OR m.ended_on >= p_from)
        UNION
        -- A school's teacher may mentor in another school of the municipality (a municipal match): at the
        -- school's level that pair is found through its mentor.
        SELECT m.id, m.form, m.mentor_id
        FROM participant p
        JOIN mentorship m ON m.mentor_id = p.id
        JOIN school_order o ON o.id = m.order_id
        WHERE p_level = 'school' AND p.school_id = ANY (v_schools)
          AND m.status IN ('APPROVED', 'ACTIVE', 'COMPLETED') AND o.order_date <= p_to
          AND coalesce(m.started_on, m.planned_start) <= p_to
          AND (m.status <> 'COMPLETED' OR m.ended_on >= p_from)
    ),
    involved AS (
        SELECT c.mentor_id AS participant_id, c.form, true AS mentor FROM counted c
        UNION
        SELECT mm.participant_id, c.form, false
        FROM counted c JOIN mentorship_mentee mm ON mm.mentorship_id = c.id
        WHERE mm.removed_on IS NULL OR mm.removed_on >= p_from
    ),
    tagged AS (
        SELECT u.unit_id, i.participant_id, i.form, t.code, t.hit
        FROM involved i
        JOIN participant p ON p.id = i.participant_id
        JOIN units u ON u.school_id = p.school_id
        CROSS JOIN LATERAL (VALUES
            ('PUPILS_GENERAL', p.kind = 'PUPIL' AND u.school_kind = 'GENERAL', u.has_contingent),
            ('YOUNG_TEACHERS', p.kind = 'YOUNG_SPECIALIST', u.has_contingent),
            ('PUPILS_ADDITIONAL', p.kind = 'PUPIL' AND u.school_kind = 'ADDITIONAL', u.has_contingent),
            ('TEACHERS', p.kind IN ('TEACHER', 'YOUNG_SPECIALIST'), u.has_contingent),
            ('COLLEGE_STUDENTS', p.kind = 'STUDENT' AND u.school_kind = 'COLLEGE', true),
            ('MENTORS_TRAINED', i.mentor, p.training_status IN ('TRAINED', 'CERTIFIED')),
            ('MENTORS_CERTIFIED', i.mentor, p.training_status = 'CERTIFIED')
        ) AS t (code, applies, hit)
        WHERE t.applies
    ),
    people AS (
        SELECT t.unit_id, t.code, t.form, grouping(t.form) = 1 AS all_forms,
               count(DISTINCT t.participant_id) FILTER (WHERE t.hit) AS hits,
               count(DISTINCT t.participant_id) AS everyone
        FROM tagged t
        GROUP BY GROUPING SETS ((t.unit_id, t.code), (t.unit_id, t.code, t.form))
    ),
    contingent AS (
        SELECT u.unit_id, d.code,
               sum(d.value) FILTER (WHERE u.has_contingent) AS total,
               (count(*) FILTER (WHERE NOT u.has_contingent))::integer AS missing
        FROM units u
        CROSS JOIN LATERAL (VALUES
            ('PUPILS_GENERAL', u.school_kind = 'GENERAL', u.pupils),
            ('YOUNG_TEACHERS', true, u.young_teachers),
            ('PUPILS_ADDITIONAL', u.school_kind = 'ADDITIONAL', u.pupils),
            ('TEACHERS', true, u.teachers)
        ) AS d (code, applies, value)
        WHERE d.applies
        GROUP BY u.unit_id, d.code
    ),
    completed AS (
        SELECT u.unit_id, m.form, grouping(m.form) = 1 AS all_forms,
               count(*) FILTER (WHERE m.outcome = 'EFFECTIVE') AS effective, count(*) AS pairs
        FROM mentorship m JOIN units u ON u.school_id = m.school_id
        WHERE m.school_id = ANY (v_schools) AND m.status = 'COMPLETED' AND m.ended_on BETWEEN p_from AND p_to
        GROUP BY GROUPING SETS ((u.unit_id), (u.unit_id, m.form))
    ),
    -- Each respondent's latest satisfaction questionnaire of the period; erased answers (consent withdrawn) are
    -- never used. A respondent's score is the mean of the scale questions they answered.
    latest AS (
        SELECT DISTINCT ON (r.participant_id, r.family_id) r.participant_id, r.school_id, r.family_id,
               r.template_id, r.answers
        FROM questionnaire_response r
        WHERE r.school_id = ANY (v_schools)
          AND r.family_id IN ('60000000-0000-0000-0000-000000000005', '60000000-0000-0000-0000-000000000006')
          AND r.erased_at IS NULL
          AND r.submitted_at >= (p_from::timestamp AT TIME ZONE 'Europe/Moscow')
          AND r.submitted_at < ((p_to + 1)::timestamp AT TIME ZONE 'Europe/Moscow')
        ORDER BY r.participant_id, r.family_id, r.submitted_at DESC, r.id DESC
    ),
    scores AS (
        SELECT l.school_id, l.family_id, avg((l.answers ->> q.id)::numeric) AS score
        FROM latest l
        JOIN questionnaire_template t ON t.id = l.template_id
        CROSS JOIN LATERAL jsonb_to_recordset(t.questions) AS q (id text, type text)
        WHERE q.type = 'SCALE' AND jsonb_typeof(l.answers -> q.id) = 'number'
        GROUP BY l.participant_id, l.school_id, l.family_id
    ),
    satisfaction AS (
        SELECT u.unit_id,
               CASE WHEN s.family_id = '60000000-0000-0000-0000-000000000006' THEN 'MENTOR_SATISFACTION'
                    ELSE 'MENTEE_SATISFACTION' END AS code,
               sum(s.score) AS score_sum, count(*) AS respondents
        FROM scores s JOIN units u ON u.school_id = s.school_id
        GROUP BY u.unit_id, s.family_id
    ),
    practices AS (
        SELECT u.unit_id, m.form, grouping(m.form) = 1 AS all_forms, count(*) AS accepted
        FROM best_practice bp
        JOIN mentorship m ON m.id = bp.mentorship_id
        JOIN units u ON u.school_id = bp.school_id
        WHERE bp.school_id = ANY (v_schools) AND bp.status IN ('ACCEPTED', 'RECOMMENDED')
          AND bp.accepted_at >= (p_from::timestamp AT TIME ZONE 'Europe/Moscow')
          AND bp.accepted_at < ((p_to + 1)::timestamp AT TIME ZONE 'Europe/Moscow')
        GROUP BY GROUPING SETS ((u.unit_id), (u.unit_id, m.form))
    ),
    rewards AS (
        SELECT u.unit_id, m.form, grouping(m.form) = 1 AS all_forms, count(*) AS given
        FROM reward r
        JOIN units u ON u.school_id = r.school_id
        LEFT JOIN mentorship m ON m.id = r.mentorship_id
        WHERE r.school_id = ANY (v_schools) AND r.awarded_on BETWEEN p_from AND p_to
        GROUP BY GROUPING SETS ((u.unit_id), (u.unit_id, m.form))
    )
    -- Coverage against the contingent: every unit with schools of the kind has its row, even with nobody involved.
    SELECT c.unit_id, c.code::text, NULL::text, coalesce(p.hits, 0)::numeric, c.total::numeric, c.missing
    FROM contingent c
    LEFT JOIN people p ON p.unit_id = c.unit_id AND p.code = c.code AND p.all_forms
    UNION ALL
    SELECT c.unit_id, c.code::text, p.form::text, p.hits::numeric, c.total::numeric, c.missing
    FROM contingent c JOIN people p ON p.unit_id = c.unit_id AND p.code = c.code AND NOT p.all_forms
    UNION ALL
    SELECT p.unit_id, p.code::text, CASE WHEN p.all_forms THEN NULL ELSE p.form::text END, p.hits::numeric,
           CASE WHEN p.code = 'COLLEGE_STUDENTS' THEN NULL ELSE p.everyone::numeric END, 0
    FROM people p WHERE p.code IN ('COLLEGE_STUDENTS', 'MENTORS_TRAINED', 'MENTORS_CERTIFIED')
    UNION ALL
    SELECT x.unit_id, 'EFFECTIVE_PAIRS', CASE WHEN x.all_forms THEN NULL ELSE x.form::text END,
           x.effective::numeric, x.pairs::numeric, 0
    FROM completed x
    UNION ALL
    SELECT s.unit_id, s.code, NULL::text, s.score_sum, s.respondents::numeric, 0 FROM satisfaction s
    UNION ALL
    SELECT x.unit_id, 'BEST_PRACTICES', CASE WHEN x.all_forms THEN NULL ELSE x.form::text END, x.accepted::numeric,
           NULL::numeric, 0
    FROM practices x
    UNION ALL
    SELECT x.unit_id, 'REWARDS', CASE WHEN x.all_forms THEN NULL ELSE x.form::text END, x.given::numeric,
           NULL::numeric, 0
    FROM rewards x WHERE x.all_forms OR x.form IS NOT NULL;
END
$$;

REVOKE ALL ON FUNCTION monitoring_figures(text, uuid, date, date, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION monitoring_figures(text, uuid, date, date, integer) TO ${appRole};
REVOKE ALL ON FUNCTION monitoring_scope_covers(text, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION monitoring_scope_covers(text, uuid) TO ${appRole};
