-- Monitoring in one call: the figures of a period together with the trend's half-years, the programme's funnel
-- (with consent → with a questionnaire → matched → active → completed → effective) and the mentees' impact. A
-- dashboard asks once and the tables are read once for every period, instead of once per half-year.

-- The mentees' entry self-assessments are looked up by participant and questionnaire, in time order; a
-- municipality's or a school's funnel reads the consents of its schools.
CREATE INDEX questionnaire_response_participant_family_idx
    ON questionnaire_response (participant_id, family_id, submitted_at, id) WHERE erased_at IS NULL;
CREATE INDEX consent_school_idx ON consent (school_id, given_on);

-- The figures of a region (per municipality), a municipality (per school) or a school for several periods at once:
-- period k is [p_from[k], p_to[k]] against the contingent of the academic year p_year[k]. The rules of each
-- indicator are those of V17's monitoring_figures, written down in ru.nastavnik.monitoring.Indicator; the funnel's
-- are in ru.nastavnik.monitoring.FunnelStage. Rows: an indicator's (stage null) per period, unit and form — the
-- forms (form not null) for the first period only, which is the one shown in full; the others feed the trend — and
-- the funnel's (indicator null) for the first period, per unit and stage, the count in numerator. Counts only: no
-- row names a person or a pair. Refuses (insufficient_privilege) a place the caller's scope does not cover.
CREATE FUNCTION monitoring_figures_periods(p_level text, p_id uuid, p_from date[], p_to date[], p_year integer[])
    RETURNS TABLE (period_no integer, unit_id uuid, indicator text, stage text, form text, numerator numeric,
                   denominator numeric, missing integer)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
AS $$
#variable_conflict use_column
DECLARE
    v_schools uuid[];
    -- The questionnaires that feed matching: the mentor's application and the mentee's request, of every form.
    v_matching uuid[];
BEGIN
    IF p_level NOT IN ('region', 'municipality', 'school') OR p_id IS NULL OR p_from IS NULL OR p_to IS NULL
       OR p_year IS NULL OR cardinality(p_from) = 0 OR cardinality(p_from) <> cardinality(p_to)
       OR cardinality(p_from) <> cardinality(p_year) OR array_position(p_from, NULL) IS NOT NULL
       OR array_position(p_to, NULL) IS NOT NULL OR array_position(p_year, NULL) IS NOT NULL THEN
        RAISE EXCEPTION 'monitoring_figures_periods: bad arguments' USING ERRCODE = '22023';
    END IF;
    IF NOT monitoring_scope_covers(p_level, p_id) THEN
        RAISE EXCEPTION 'monitoring_figures_periods: % % is outside the caller''s scope', p_level, p_id
            USING ERRCODE = '42501';
    END IF;
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
    SELECT array_agg(DISTINCT t.family_id) INTO v_matching FROM questionnaire_template t
    WHERE t.purpose IN ('APPLICATION', 'REQUEST');

    RETURN QUERY
    -- Every school of the place is mapped to its unit once, per period with its contingent; the other steps
    -- aggregate by school or carry the unit along, so that no large set is ever joined to a small one by a loop.
    WITH periods AS (
        SELECT x.k::integer AS k, x.f AS p_from, x.t AS p_to, x.y AS p_year,
               (x.f::timestamp AT TIME ZONE 'Europe/Moscow') AS from_at,
               ((x.t + 1)::timestamp AT TIME ZONE 'Europe/Moscow') AS to_at
        FROM unnest(p_from, p_to, p_year) WITH ORDINALITY AS x (f, t, y, k)
    ),
    schools AS (
        SELECT s.id AS school_id, s.kind AS school_kind,
               CASE WHEN p_level = 'region' THEN s.municipality_id ELSE s.id END AS unit_id
        FROM school s WHERE s.id = ANY (v_schools)
    ),
    units AS (
        SELECT pr.k, s.school_id, s.school_kind, s.unit_id, c.id IS NOT NULL AS has_contingent, c.pupils,
               c.teachers, c.young_teachers
        FROM periods pr CROSS JOIN schools s
        LEFT JOIN school_contingent c ON c.school_id = s.school_id AND c.start_year = pr.p_year
    ),
    -- Every pair or group of the place with its unit, read once for all periods; at a school's level also those
    -- its teachers mentor in another school of the municipality (a municipal match), which have no unit here.
    pairs AS (
        SELECT m.id, m.school_id, CASE WHEN p_level = 'region' THEN s.municipality_id ELSE s.id END AS unit_id,
               m.form, m.mentor_id, m.status, m.started_on, m.planned_start, m.ended_on, m.outcome, m.order_id,
               m.created_at, o.order_date
        FROM mentorship m
        JOIN school s ON s.id = m.school_id
        LEFT JOIN school_order o ON o.id = m.order_id
        WHERE m.school_id = ANY (v_schools)
        UNION ALL
        SELECT m.id, m.school_id, NULL::uuid, m.form, m.mentor_id, m.status, m.started_on, m.planned_start,
               m.ended_on, m.outcome, m.order_id, m.created_at, o.order_date
        FROM participant p
        JOIN mentorship m ON m.mentor_id = p.id
        LEFT JOIN school_order o ON o.id = m.order_id
        WHERE p_level = 'school' AND p.school_id = ANY (v_schools) AND m.school_id <> ALL (v_schools)
    ),
    -- Each pair's people, with what the indicators ask of them: its mentor and its mentees, with the day a mentee
    -- left a group.
    members AS (
        SELECT m.id AS mentorship_id, p.id AS participant_id, p.school_id, p.kind, p.training_status,
               true AS mentor, NULL::date AS removed_on
        FROM pairs m JOIN participant p ON p.id = m.mentor_id
        UNION ALL
        SELECT mm.mentorship_id, p.id, p.school_id, p.kind, p.training_status, false, mm.removed_on
        FROM pairs m
        JOIN mentorship_mentee mm ON mm.mentorship_id = m.id
        JOIN participant p ON p.id = mm.participant_id
    ),
    -- Involved in period k (V17's rule): in a pair approved by an order dated by the period's end, neither proposed
    -- nor terminated, started (or planned to start) by its end and, if completed, completed after its start.
    involved_form AS (
        SELECT pr.k, b.participant_id, b.school_id, b.kind, b.training_status, m.form, bool_or(b.mentor) AS mentor
        FROM pairs m
        JOIN members b ON b.mentorship_id = m.id
        JOIN periods pr ON m.order_date <= pr.p_to AND coalesce(m.started_on, m.planned_start) <= pr.p_to
                       AND (m.status <> 'COMPLETED' OR m.ended_on >= pr.p_from)
                       AND (b.removed_on IS NULL OR b.removed_on >= pr.p_from)
        WHERE m.status IN ('APPROVED', 'ACTIVE', 'COMPLETED')
        GROUP BY pr.k, b.participant_id, b.school_id, b.kind, b.training_status, m.form
    ),
    -- Once per person (form null) in every period, and once per person and form in the first.
    involved AS (
        SELECT i.k, i.school_id, i.kind, i.training_status, NULL::text AS form, bool_or(i.mentor) AS mentor
        FROM involved_form i GROUP BY i.k, i.participant_id, i.school_id, i.kind, i.training_status
        UNION ALL
        SELECT i.k, i.school_id, i.kind, i.training_status, i.form::text, i.mentor
        FROM involved_form i WHERE i.k = 1
    ),
    -- Counted in their own school, which the contingent counts them in: one pass counting every indicator's
    -- people at once, then a row per indicator that anyone falls under.
    people_counts AS (
        SELECT u.k, u.unit_id, i.form,
               count(*) FILTER (WHERE i.kind = 'PUPIL' AND u.school_kind = 'GENERAL') AS pupils_general,
               count(*) FILTER (WHERE i.kind = 'YOUNG_SPECIALIST') AS young_teachers,
               count(*) FILTER (WHERE i.kind = 'PUPIL' AND u.school_kind = 'ADDITIONAL') AS pupils_additional,
               count(*) FILTER (WHERE i.kind IN ('TEACHER', 'YOUNG_SPECIALIST')) AS teachers,
               count(*) FILTER (WHERE i.kind = 'STUDENT' AND u.school_kind = 'COLLEGE') AS college_students,
               count(*) FILTER (WHERE i.mentor) AS mentors,
               count(*) FILTER (WHERE i.mentor AND i.training_status IN ('TRAINED', 'CERTIFIED')) AS trained,
               count(*) FILTER (WHERE i.mentor AND i.training_status = 'CERTIFIED') AS certified,
               u.has_contingent
        FROM involved i
        JOIN units u ON u.k = i.k AND u.school_id = i.school_id
        GROUP BY u.k, u.unit_id, i.form, u.has_contingent
    ),
    people AS (
        SELECT c.k, c.unit_id, t.code, c.form, sum(t.hits) AS hits, sum(t.everyone) AS everyone
        FROM people_counts c
        CROSS JOIN LATERAL (VALUES
            ('PUPILS_GENERAL', CASE WHEN c.has_contingent THEN c.pupils_general ELSE 0 END, c.pupils_general),
            ('YOUNG_TEACHERS', CASE WHEN c.has_contingent THEN c.young_teachers ELSE 0 END, c.young_teachers),
            ('PUPILS_ADDITIONAL', CASE WHEN c.has_contingent THEN c.pupils_additional ELSE 0 END,
             c.pupils_additional),
            ('TEACHERS', CASE WHEN c.has_contingent THEN c.teachers ELSE 0 END, c.teachers),
            ('COLLEGE_STUDENTS', c.college_students, c.college_students),
            ('MENTORS_TRAINED', c.trained, c.mentors),
            ('MENTORS_CERTIFIED', c.certified, c.mentors)
        ) AS t (code, hits, everyone)
        WHERE t.everyone > 0
        GROUP BY c.k, c.unit_id, t.code, c.form
    ),
    contingent AS (
        SELECT u.k, u.unit_id, d.code,
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
        GROUP BY u.k, u.unit_id, d.code
    ),
    completed AS (
        SELECT pr.k, m.unit_id, m.form::text AS form,
               count(*) FILTER (WHERE m.outcome = 'EFFECTIVE') AS effective, count(*) AS pairs
        FROM pairs m
        JOIN periods pr ON m.ended_on BETWEEN pr.p_from AND pr.p_to
        WHERE m.status = 'COMPLETED' AND m.unit_id IS NOT NULL
        GROUP BY GROUPING SETS ((pr.k, m.unit_id), (pr.k, m.unit_id, m.form))
        HAVING grouping(m.form) = 1 OR pr.k = 1
    ),
    -- Each respondent's latest satisfaction questionnaire of the period, erased answers never used; a respondent's
    -- score is the mean of the scale questions they answered.
    latest AS (
        SELECT DISTINCT ON (pr.k, r.participant_id, r.family_id) pr.k, r.participant_id,
               CASE WHEN p_level = 'region' THEN sc.municipality_id ELSE sc.id END AS unit_id, r.family_id,
               r.template_id, r.answers
        FROM questionnaire_response r
        JOIN school sc ON sc.id = r.school_id
        JOIN periods pr ON r.submitted_at >= pr.from_at AND r.submitted_at < pr.to_at
        WHERE r.school_id = ANY (v_schools)
          AND r.family_id IN ('60000000-0000-0000-0000-000000000005', '60000000-0000-0000-0000-000000000006')
          AND r.erased_at IS NULL
        ORDER BY pr.k, r.participant_id, r.family_id, r.submitted_at DESC, r.id DESC
    ),
    scores AS (
        SELECT l.k, l.unit_id, l.family_id, avg((l.answers ->> q.id)::numeric) AS score
        FROM latest l
        JOIN questionnaire_template t ON t.id = l.template_id
        CROSS JOIN LATERAL jsonb_to_recordset(t.questions) AS q (id text, type text)
        WHERE q.type = 'SCALE' AND jsonb_typeof(l.answers -> q.id) = 'number'
        GROUP BY l.k, l.participant_id, l.unit_id, l.family_id
    ),
    satisfaction AS (
        SELECT s.k, s.unit_id,
               CASE WHEN s.family_id = '60000000-0000-0000-0000-000000000006' THEN 'MENTOR_SATISFACTION'
                    ELSE 'MENTEE_SATISFACTION' END AS code,
               sum(s.score) AS score_sum, count(*) AS respondents
        FROM scores s
        GROUP BY s.k, s.unit_id, s.family_id
    ),
    -- The mentees' impact (ru.nastavnik.completion.Impact): each mentee still in a pair completed in the period,
    -- once, with the pair that completed last, in that pair's school (the mentee's); entry = the first
    -- self-assessment from the pair's start up to the day before its completion, or else the latest before the
    -- start; final = the latest of all, if later than the entry; the change = the mean over the scale questions
    -- both asked and both answered of final minus entry.
    impact_mentees AS (
        SELECT DISTINCT ON (pr.k, mm.participant_id) pr.k, mm.participant_id, m.unit_id, m.form::text AS form,
               coalesce(m.started_on, m.planned_start) AS start_on, m.ended_on
        FROM pairs m
        JOIN mentorship_mentee mm ON mm.mentorship_id = m.id AND mm.removed_on IS NULL
        JOIN periods pr ON m.ended_on BETWEEN pr.p_from AND pr.p_to
        WHERE m.status = 'COMPLETED' AND m.unit_id IS NOT NULL
        ORDER BY pr.k, mm.participant_id, m.ended_on DESC, m.id DESC
    ),
    impact_pairs AS (
        SELECT x.k, x.participant_id, x.unit_id, x.form, e.template_id AS entry_template,
               e.answers AS entry_answers, f.template_id AS final_template, f.answers AS final_answers
        FROM impact_mentees x
        JOIN LATERAL (
            SELECT r.submitted_at, r.id, r.template_id, r.answers,
                   (r.submitted_at AT TIME ZONE 'Europe/Moscow')::date >= x.start_on AS since_start
            FROM questionnaire_response r
            WHERE r.participant_id = x.participant_id AND r.family_id = '60000000-0000-0000-0000-000000000008'
              AND r.erased_at IS NULL AND (r.submitted_at AT TIME ZONE 'Europe/Moscow')::date < x.ended_on
            ORDER BY since_start DESC,
                     CASE WHEN (r.submitted_at AT TIME ZONE 'Europe/Moscow')::date >= x.start_on
                          THEN r.submitted_at END,
                     CASE WHEN (r.submitted_at AT TIME ZONE 'Europe/Moscow')::date >= x.start_on THEN r.id END,
                     r.submitted_at DESC, r.id DESC
            LIMIT 1
        ) e ON true
        JOIN LATERAL (
            SELECT r.submitted_at, r.id, r.template_id, r.answers
            FROM questionnaire_response r
            WHERE r.participant_id = x.participant_id AND r.family_id = '60000000-0000-0000-0000-000000000008'
              AND r.erased_at IS NULL
            ORDER BY r.submitted_at DESC, r.id DESC
            LIMIT 1
        ) f ON f.submitted_at > e.submitted_at
    ),
    impact_changes AS (
        SELECT ip.k, ip.unit_id, ip.form,
               avg(trunc((ip.final_answers ->> fq.id)::numeric) - trunc((ip.entry_answers ->> eq.id)::numeric))
                   AS change
        FROM impact_pairs ip
        JOIN questionnaire_template ft ON ft.id = ip.final_template
        JOIN questionnaire_template et ON et.id = ip.entry_template
        CROSS JOIN LATERAL jsonb_to_recordset(ft.questions) AS fq (id text, type text)
        JOIN LATERAL jsonb_to_recordset(et.questions) AS eq (id text, type text) ON eq.id = fq.id
        WHERE fq.type = 'SCALE' AND eq.type = 'SCALE'
          AND jsonb_typeof(ip.final_answers -> fq.id) = 'number'
          AND jsonb_typeof(ip.entry_answers -> eq.id) = 'number'
        GROUP BY ip.k, ip.participant_id, ip.unit_id, ip.form
    ),
    impact AS (
        SELECT c.k, c.unit_id, c.form, sum(c.change) AS change_sum, count(*) AS mentees
        FROM impact_changes c
        GROUP BY GROUPING SETS ((c.k, c.unit_id), (c.k, c.unit_id, c.form))
        HAVING grouping(c.form) = 1 OR c.k = 1
    ),
    practices AS (
        SELECT pr.k, m.unit_id, m.form::text AS form, count(*) AS accepted
        FROM best_practice bp
        JOIN pairs m ON m.id = bp.mentorship_id AND m.unit_id IS NOT NULL
        JOIN periods pr ON bp.accepted_at >= pr.from_at AND bp.accepted_at < pr.to_at
        WHERE bp.school_id = ANY (v_schools) AND bp.status IN ('ACCEPTED', 'RECOMMENDED')
        GROUP BY GROUPING SETS ((pr.k, m.unit_id), (pr.k, m.unit_id, m.form))
        HAVING grouping(m.form) = 1 OR pr.k = 1
    ),
    rewards AS (
        SELECT pr.k, u.unit_id, m.form::text AS form, grouping(m.form) = 1 AS all_forms, count(*) AS given
        FROM reward r
        JOIN periods pr ON r.awarded_on BETWEEN pr.p_from AND pr.p_to
        JOIN units u ON u.k = pr.k AND u.school_id = r.school_id
        LEFT JOIN mentorship m ON m.id = r.mentorship_id
        WHERE r.school_id = ANY (v_schools)
        GROUP BY GROUPING SETS ((pr.k, u.unit_id), (pr.k, u.unit_id, m.form))
        HAVING grouping(m.form) = 1 OR pr.k = 1
    ),
    -- The funnel of the first period, per person of the place's schools (counted in their own school): a consent
    -- in force on the period's last day; a matching questionnaire submitted by then; and the furthest stage any of
    -- their pairs reached in the period. Each stage counts only those who passed every stage before it.
    consented AS (
        SELECT c.participant_id, CASE WHEN p_level = 'region' THEN sc.municipality_id ELSE sc.id END AS unit_id
        FROM consent c
        JOIN school sc ON sc.id = c.school_id
        JOIN periods pr ON pr.k = 1
        WHERE c.school_id = ANY (v_schools) AND c.given_on <= pr.p_to
          AND (c.withdrawn_on IS NULL OR c.withdrawn_on > pr.p_to)
        GROUP BY c.participant_id, sc.id, sc.municipality_id
    ),
    questioned AS (
        SELECT DISTINCT r.participant_id
        FROM questionnaire_response r JOIN periods pr ON pr.k = 1
        WHERE r.school_id = ANY (v_schools) AND r.family_id = ANY (v_matching) AND r.erased_at IS NULL
          AND r.submitted_at < pr.to_at
    ),
    paired AS (
        SELECT b.participant_id,
               bool_or(m.status IN ('PROPOSED', 'APPROVED', 'ACTIVE', 'COMPLETED') OR m.order_id IS NOT NULL)
                   AS matched,
               bool_or(m.started_on <= pr.p_to AND m.status IN ('ACTIVE', 'COMPLETED', 'TERMINATED')) AS active,
               bool_or(m.status = 'COMPLETED' AND m.ended_on <= pr.p_to AND b.removed_on IS NULL) AS completed,
               bool_or(m.status = 'COMPLETED' AND m.ended_on <= pr.p_to AND b.removed_on IS NULL
                       AND m.outcome = 'EFFECTIVE') AS effective
        FROM pairs m
        JOIN members b ON b.mentorship_id = m.id
        JOIN periods pr ON pr.k = 1
        WHERE (m.created_at < pr.to_at OR m.order_date <= pr.p_to OR m.started_on <= pr.p_to)
          AND (m.ended_on IS NULL OR m.ended_on >= pr.p_from)
          AND (b.removed_on IS NULL OR b.removed_on >= pr.p_from)
        GROUP BY b.participant_id
    ),
    funnel AS (
        SELECT c.unit_id, count(*) AS consented,
               count(*) FILTER (WHERE q.participant_id IS NOT NULL) AS questioned,
               count(*) FILTER (WHERE q.participant_id IS NOT NULL AND p.matched) AS matched,
               count(*) FILTER (WHERE q.participant_id IS NOT NULL AND p.matched AND p.active) AS active,
               count(*) FILTER (WHERE q.participant_id IS NOT NULL AND p.matched AND p.active AND p.completed)
                   AS completed,
               count(*) FILTER (WHERE q.participant_id IS NOT NULL AND p.matched AND p.active AND p.completed
                                AND p.effective) AS effective
        FROM consented c
        LEFT JOIN questioned q ON q.participant_id = c.participant_id
        LEFT JOIN paired p ON p.participant_id = c.participant_id
        GROUP BY c.unit_id
    )
    -- Coverage against the contingent: every unit with schools of the kind has its row, even with nobody involved.
    SELECT c.k, c.unit_id, c.code::text, NULL::text, NULL::text, coalesce(p.hits, 0)::numeric, c.total::numeric,
           c.missing
    FROM contingent c
    LEFT JOIN people p ON p.k = c.k AND p.unit_id = c.unit_id AND p.code = c.code AND p.form IS NULL
    UNION ALL
    SELECT c.k, c.unit_id, c.code::text, NULL::text, p.form, p.hits::numeric, c.total::numeric, c.missing
    FROM contingent c JOIN people p ON p.k = c.k AND p.unit_id = c.unit_id AND p.code = c.code AND p.form IS NOT NULL
    UNION ALL
    SELECT p.k, p.unit_id, p.code::text, NULL::text, p.form, p.hits::numeric,
           CASE WHEN p.code = 'COLLEGE_STUDENTS' THEN NULL ELSE p.everyone::numeric END, 0
    FROM people p WHERE p.code IN ('COLLEGE_STUDENTS', 'MENTORS_TRAINED', 'MENTORS_CERTIFIED')
    UNION ALL
    SELECT x.k, x.unit_id, 'EFFECTIVE_PAIRS', NULL::text, x.form, x.effective::numeric, x.pairs::numeric, 0
    FROM completed x
    UNION ALL
    SELECT s.k, s.unit_id, s.code, NULL::text, NULL::text, s.score_sum, s.respondents::numeric, 0 FROM satisfaction s
    UNION ALL
    SELECT x.k, x.unit_id, 'MENTEE_IMPACT', NULL::text, x.form, x.change_sum, x.mentees::numeric, 0 FROM impact x
    UNION ALL
    SELECT x.k, x.unit_id, 'BEST_PRACTICES', NULL::text, x.form, x.accepted::numeric, NULL::numeric, 0
    FROM practices x
    UNION ALL
    SELECT x.k, x.unit_id, 'REWARDS', NULL::text, x.form, x.given::numeric, NULL::numeric, 0
    FROM rewards x WHERE x.all_forms OR x.form IS NOT NULL
    UNION ALL
    SELECT 1, f.unit_id, NULL::text, s.stage, NULL::text, s.n::numeric, NULL::numeric, 0
    FROM funnel f
    CROSS JOIN LATERAL (VALUES ('CONSENTED', f.consented), ('QUESTIONNAIRE', f.questioned),
                               ('MATCHED', f.matched), ('ACTIVE', f.active), ('COMPLETED', f.completed),
                               ('EFFECTIVE', f.effective)) AS s (stage, n);
END
$$;

REVOKE ALL ON FUNCTION monitoring_figures_periods(text, uuid, date[], date[], integer[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION monitoring_figures_periods(text, uuid, date[], date[], integer[]) TO ${appRole};

-- The one-period function keeps its signature and answers the same as the first period above (the mentees'
-- impact included), so that the two can never disagree.
CREATE OR REPLACE FUNCTION monitoring_figures(p_level text, p_id uuid, p_from date, p_to date, p_year integer)
    RETURNS TABLE (unit_id uuid, indicator text, form text, numerator numeric, denominator numeric, missing integer)
    LANGUAGE sql STABLE SET search_path = public
AS $$
    SELECT f.unit_id, f.indicator, f.form, f.numerator, f.denominator, f.missing
    FROM monitoring_figures_periods(p_level, p_id, ARRAY[p_from], ARRAY[p_to], ARRAY[p_year]) f
    WHERE f.indicator IS NOT NULL
$$;
