-- Monitoring figures from per-school summary counts. Counting a region live means counting again, distinct, every
-- person of its 1 200 schools (bench/monitoring: about 30 s for 400 000 participants). Yet a person belongs to one
-- school and is counted in it, so a municipality's or the region's count is the sum of its schools' counts: the
-- schools' figures are computed ahead for the periods the dashboards ask for (the current and the recent half-years
-- and academic years, see ru.nastavnik.monitoring.MonitoringSummary) and a figure adds them up.
--
-- Nothing goes stale unseen: every write to the data the figures read records the schools it touched
-- (monitoring_summary_change); until the background refresh has recounted them, those schools are counted live, one
-- by one, and only the others come from the summary. A period the summary does not hold (a date in the past) is
-- counted live as before. Counts only, as everywhere in monitoring: no row names a person or a pair.

-- The counts of one school (school_id set) or one municipality's schools added up (school_id null) for one period,
-- exactly as monitoring_figures_periods answers a single period of that school: indicators per form and overall, and
-- the funnel.
CREATE TABLE monitoring_summary (
    municipality_id uuid    NOT NULL,
    school_id       uuid,
    p_from          date    NOT NULL,
    p_to            date    NOT NULL,
    p_year          integer NOT NULL,
    indicator       text,
    stage           text,
    form            text,
    numerator       numeric,
    denominator     numeric,
    missing         integer NOT NULL
);
CREATE INDEX monitoring_summary_school_idx ON monitoring_summary (school_id, p_from, p_to, p_year)
    WHERE school_id IS NOT NULL;
CREATE INDEX monitoring_summary_municipality_idx ON monitoring_summary (municipality_id, p_from, p_to, p_year)
    WHERE school_id IS NULL;

-- Which periods a municipality's schools are counted for, and as of when.
CREATE TABLE monitoring_summary_period (
    municipality_id uuid        NOT NULL,
    p_from          date        NOT NULL,
    p_to            date        NOT NULL,
    p_year          integer     NOT NULL,
    computed_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (municipality_id, p_from, p_to, p_year)
);

-- Schools whose data changed since their summary was counted. Appended by every writer, without a unique key, so that
-- no two transactions ever wait for each other here; the refresh removes the rows it has seen.
CREATE TABLE monitoring_summary_change (
    id              bigserial PRIMARY KEY,
    school_id       uuid        NOT NULL,
    -- The school's municipality when it changed: a school moved to another one changes both.
    municipality_id uuid        NOT NULL,
    at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX monitoring_summary_change_school_idx ON monitoring_summary_change (school_id);
CREATE INDEX monitoring_summary_change_municipality_idx ON monitoring_summary_change (municipality_id);

-- Only the owner's functions below read and write these tables; the application role has no access to them at all.
REVOKE ALL ON monitoring_summary, monitoring_summary_period, monitoring_summary_change FROM ${appRole};

-- Records the schools a statement touched: the row's school and, where a row names people of another school (the
-- mentor of a municipal match, a mentee), theirs. One statement-level trigger per table and operation, reading the
-- statement's rows once (an import of a thousand participants writes one row per school). The transition tables are
-- read through EXECUTE so that each operation names only the ones it has.
CREATE FUNCTION monitoring_summary_touched() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
AS $$
DECLARE
    v_rows text;
    v_found uuid[];
    v_schools uuid[] := '{}';
BEGIN
    FOREACH v_rows IN ARRAY CASE TG_OP WHEN 'INSERT' THEN ARRAY['changed_new'] WHEN 'DELETE' THEN ARRAY['changed_old']
                                       ELSE ARRAY['changed_new', 'changed_old'] END LOOP
        IF TG_TABLE_NAME = 'school' THEN
            EXECUTE format('INSERT INTO monitoring_summary_change (school_id, municipality_id)'
                           ' SELECT DISTINCT x.id, x.municipality_id FROM %I x', v_rows);
            CONTINUE;
        END IF;
        EXECUTE format(CASE TG_TABLE_NAME
            WHEN 'mentorship' THEN
                'SELECT array_agg(DISTINCT v.s) FROM %I x LEFT JOIN participant p ON p.id = x.mentor_id'
                ' CROSS JOIN LATERAL (VALUES (x.school_id), (p.school_id)) AS v (s) WHERE v.s IS NOT NULL'
            WHEN 'mentorship_mentee' THEN
                'SELECT array_agg(DISTINCT v.s) FROM %I x LEFT JOIN participant p ON p.id = x.participant_id'
                ' LEFT JOIN mentorship m ON m.id = x.mentorship_id LEFT JOIN participant mp ON mp.id = m.mentor_id'
                ' CROSS JOIN LATERAL (VALUES (x.school_id), (p.school_id), (mp.school_id)) AS v (s)'
                ' WHERE v.s IS NOT NULL'
            ELSE 'SELECT array_agg(DISTINCT x.school_id) FROM %I x' END, v_rows) INTO v_found;
        v_schools := v_schools || coalesce(v_found, '{}');
    END LOOP;
    INSERT INTO monitoring_summary_change (school_id, municipality_id)
    SELECT DISTINCT sc.id, sc.municipality_id FROM school sc WHERE sc.id = ANY (v_schools);
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['school', 'school_contingent', 'participant', 'consent', 'questionnaire_response',
                             'school_order', 'mentorship', 'mentorship_mentee', 'best_practice', 'reward'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_new'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION monitoring_summary_touched()', t || '_summary_insert', t);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS changed_old NEW TABLE AS'
                       ' changed_new FOR EACH STATEMENT EXECUTE FUNCTION monitoring_summary_touched()',
                       t || '_summary_update', t);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS changed_old'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION monitoring_summary_touched()', t || '_summary_delete', t);
    END LOOP;
END
$$;

-- Counts a municipality's schools again for the given periods (the set the dashboards ask for today), replacing what
-- the summary held for it, and forgets the changes it has now counted. Called by the background refresh, one
-- municipality per transaction; counting needs no caller's scope, so it runs as the system for its own duration.
CREATE FUNCTION monitoring_summary_refresh(p_municipality uuid, p_from date[], p_to date[], p_year integer[])
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
AS $$
#variable_conflict use_variable
DECLARE
    v_role text := coalesce(current_setting('nastavnik.role', true), '');
    v_seen bigint[];
    v_rows integer := 0;
    v_added integer;
BEGIN
    IF p_municipality IS NULL OR p_from IS NULL OR p_to IS NULL OR p_year IS NULL
       OR cardinality(p_from) <> cardinality(p_to) OR cardinality(p_from) <> cardinality(p_year) THEN
        RAISE EXCEPTION 'monitoring_summary_refresh: bad arguments' USING ERRCODE = '22023';
    END IF;
    -- One refresh of a municipality at a time, whichever instance runs it.
    PERFORM pg_advisory_xact_lock(hashtext('monitoring_summary'), hashtext(p_municipality::text));
    -- The changes this count will include: those committed before it starts reading. Any later one stays recorded.
    SELECT array_agg(c.id) INTO v_seen FROM monitoring_summary_change c WHERE c.municipality_id = p_municipality;
    PERFORM set_config('nastavnik.role', 'system', true);
    DELETE FROM monitoring_summary WHERE municipality_id = p_municipality;
    DELETE FROM monitoring_summary_period WHERE municipality_id = p_municipality;
    FOR k IN 1 .. cardinality(p_from) LOOP
        INSERT INTO monitoring_summary (municipality_id, school_id, p_from, p_to, p_year, indicator, stage, form,
                                        numerator, denominator, missing)
        SELECT p_municipality, f.unit_id, p_from[k], p_to[k], p_year[k], f.indicator, f.stage, f.form, f.numerator,
               f.denominator, f.missing
        FROM monitoring_figures_periods('municipality', p_municipality, ARRAY[p_from[k]], ARRAY[p_to[k]],
                                        ARRAY[p_year[k]]) f;
        GET DIAGNOSTICS v_added = ROW_COUNT;
        v_rows := v_rows + v_added;
        -- The municipality's own line: its schools added up, which is what the region reads when none changed since.
        INSERT INTO monitoring_summary (municipality_id, school_id, p_from, p_to, p_year, indicator, stage, form,
                                        numerator, denominator, missing)
        SELECT p_municipality, NULL, p_from[k], p_to[k], p_year[k], s.indicator, s.stage, s.form, sum(s.numerator),
               sum(s.denominator), sum(s.missing)
        FROM monitoring_summary s
        WHERE s.municipality_id = p_municipality AND s.school_id IS NOT NULL AND s.p_from = p_from[k]
          AND s.p_to = p_to[k] AND s.p_year = p_year[k]
        GROUP BY s.indicator, s.stage, s.form;
        INSERT INTO monitoring_summary_period (municipality_id, p_from, p_to, p_year)
        VALUES (p_municipality, p_from[k], p_to[k], p_year[k]);
    END LOOP;
    DELETE FROM monitoring_summary_change WHERE id = ANY (coalesce(v_seen, '{}'));
    PERFORM set_config('nastavnik.role', v_role, true);
    RETURN v_rows;
END
$$;

-- The municipalities whose summary is due: a school of theirs changed, or they lack one of today's periods, or hold
-- one that is no longer asked for. Municipalities without a working school are never due.
CREATE FUNCTION monitoring_summary_due(p_from date[], p_to date[], p_year integer[])
    RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
    WITH wanted AS (SELECT * FROM unnest(p_from, p_to, p_year) AS w (p_from, p_to, p_year)),
    working AS (SELECT DISTINCT s.municipality_id AS id FROM school s WHERE NOT s.archived)
    SELECT m.id FROM working m
    WHERE EXISTS (SELECT 1 FROM monitoring_summary_change c WHERE c.municipality_id = m.id)
       OR EXISTS (SELECT 1 FROM wanted w
                  WHERE NOT EXISTS (SELECT 1 FROM monitoring_summary_period p
                                    WHERE p.municipality_id = m.id AND p.p_from = w.p_from AND p.p_to = w.p_to
                                      AND p.p_year = w.p_year))
       OR EXISTS (SELECT 1 FROM monitoring_summary_period p
                  WHERE p.municipality_id = m.id
                    AND NOT EXISTS (SELECT 1 FROM wanted w WHERE p.p_from = w.p_from AND p.p_to = w.p_to
                                                            AND p.p_year = w.p_year))
    ORDER BY m.id
$$;

-- The figures as monitoring_figures_periods answers them, from the summary where it holds them: each period must be
-- counted for every municipality of the place; the schools changed since are counted live, one by one; without a
-- period in the summary the whole answer is counted live. Same arguments, same rows, same refusal of a place outside
-- the caller's scope.
CREATE FUNCTION monitoring_figures_summary(p_level text, p_id uuid, p_from date[], p_to date[], p_year integer[])
    RETURNS TABLE (period_no integer, unit_id uuid, indicator text, stage text, form text, numerator numeric,
                   denominator numeric, missing integer)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
AS $$
#variable_conflict use_column
DECLARE
    v_role text := coalesce(current_setting('nastavnik.role', true), '');
    v_schools uuid[];
    v_municipalities uuid[];
    v_changed uuid[];
    v_whole uuid[];
    v_single uuid[];
BEGIN
    IF p_level NOT IN ('region', 'municipality', 'school') OR p_id IS NULL OR p_from IS NULL OR p_to IS NULL
       OR p_year IS NULL OR cardinality(p_from) = 0 OR cardinality(p_from) <> cardinality(p_to)
       OR cardinality(p_from) <> cardinality(p_year) OR array_position(p_from, NULL) IS NOT NULL
       OR array_position(p_to, NULL) IS NOT NULL OR array_position(p_year, NULL) IS NOT NULL THEN
        RAISE EXCEPTION 'monitoring_figures_summary: bad arguments' USING ERRCODE = '22023';
    END IF;
    IF NOT monitoring_scope_covers(p_level, p_id) THEN
        RAISE EXCEPTION 'monitoring_figures_summary: % % is outside the caller''s scope', p_level, p_id
            USING ERRCODE = '42501';
    END IF;
    SELECT array_agg(s.id), array_agg(DISTINCT s.municipality_id) INTO v_schools, v_municipalities
    FROM school s JOIN municipality mu ON mu.id = s.municipality_id
    WHERE NOT s.archived
      AND CASE p_level WHEN 'region' THEN mu.region_id = p_id WHEN 'municipality' THEN s.municipality_id = p_id
                       ELSE s.id = p_id END;
    IF v_schools IS NULL THEN
        RETURN;
    END IF;
    IF EXISTS (SELECT 1 FROM unnest(p_from, p_to, p_year) AS w (f, t, y) CROSS JOIN unnest(v_municipalities) AS m
               WHERE NOT EXISTS (SELECT 1 FROM monitoring_summary_period p
                                 WHERE p.municipality_id = m AND p.p_from = w.f AND p.p_to = w.t AND p.p_year = w.y))
    THEN
        RETURN QUERY SELECT * FROM monitoring_figures_periods(p_level, p_id, p_from, p_to, p_year);
        RETURN;
    END IF;
    -- Changed: any school of the place's municipalities, working or archived since, in either municipality if it
    -- moved; only the working ones of the place are counted live.
    SELECT array_agg(DISTINCT c.school_id) INTO v_changed
    FROM monitoring_summary_change c WHERE c.municipality_id = ANY (v_municipalities);
    v_changed := coalesce(v_changed, '{}');
    -- The region reads a municipality none of whose schools changed from its own line.
    IF p_level = 'region' THEN
        SELECT array_agg(m) INTO v_whole FROM unnest(v_municipalities) AS m
        WHERE NOT EXISTS (SELECT 1 FROM monitoring_summary_change c WHERE c.municipality_id = m);
    END IF;
    v_whole := coalesce(v_whole, '{}');
    -- The schools read one by one from the summary: those unchanged, outside the municipalities read whole.
    SELECT array_agg(s.id) INTO v_single FROM school s
    WHERE s.id = ANY (v_schools) AND s.id <> ALL (v_changed) AND s.municipality_id <> ALL (v_whole);
    v_single := coalesce(v_single, '{}');
    -- The changed schools are inside the place, which the caller's scope covers; counting them one by one needs
    -- no scope of its own.
    PERFORM set_config('nastavnik.role', 'system', true);
    RETURN QUERY
    WITH periods AS (
        SELECT x.k::integer AS k, x.f, x.t, x.y FROM unnest(p_from, p_to, p_year) WITH ORDINALITY AS x (f, t, y, k)
    ),
    parts AS (
        SELECT pr.k, s.municipality_id AS unit_id, s.indicator, s.stage, s.form, s.numerator, s.denominator,
               s.missing
        FROM periods pr
        JOIN monitoring_summary s ON s.school_id IS NULL AND s.p_from = pr.f AND s.p_to = pr.t AND s.p_year = pr.y
        WHERE s.municipality_id = ANY (v_whole)
        UNION ALL
        SELECT pr.k, CASE WHEN p_level = 'region' THEN s.municipality_id ELSE s.school_id END, s.indicator,
               s.stage, s.form, s.numerator, s.denominator, s.missing
        FROM periods pr
        JOIN monitoring_summary s ON s.p_from = pr.f AND s.p_to = pr.t AND s.p_year = pr.y
        WHERE s.school_id = ANY (v_single)
        UNION ALL
        SELECT f.period_no, CASE WHEN p_level = 'region' THEN school_municipality(c) ELSE c END, f.indicator,
               f.stage, f.form, f.numerator, f.denominator, f.missing
        FROM unnest(v_changed) AS c
        JOIN unnest(v_schools) AS w ON w = c
        CROSS JOIN LATERAL monitoring_figures_periods('school', c, p_from, p_to, p_year) f
    ),
    sums AS (
        SELECT p.k, p.unit_id, p.indicator, p.stage, p.form, sum(p.numerator) AS numerator,
               sum(p.denominator) AS denominator, sum(p.missing)::integer AS missing
        FROM parts p
        -- Forms and the funnel belong to the first period only, as in monitoring_figures_periods.
        WHERE p.k = 1 OR (p.form IS NULL AND p.stage IS NULL)
        GROUP BY p.k, p.unit_id, p.indicator, p.stage, p.form
    )
    -- A form's coverage is against the unit's whole contingent, also of its schools without that form.
    SELECT s.k, s.unit_id, s.indicator, s.stage, s.form, s.numerator,
           CASE WHEN t.indicator IS NULL THEN s.denominator ELSE t.denominator END,
           CASE WHEN t.indicator IS NULL THEN s.missing ELSE t.missing END
    FROM sums s
    LEFT JOIN sums t ON s.form IS NOT NULL
                    AND s.indicator IN ('PUPILS_GENERAL', 'YOUNG_TEACHERS', 'PUPILS_ADDITIONAL', 'TEACHERS')
                    AND t.k = s.k AND t.unit_id = s.unit_id AND t.indicator = s.indicator AND t.form IS NULL
                    AND t.stage IS NULL;
    PERFORM set_config('nastavnik.role', v_role, true);
END
$$;

REVOKE ALL ON FUNCTION monitoring_summary_refresh(uuid, date[], date[], integer[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION monitoring_summary_due(date[], date[], integer[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION monitoring_figures_summary(text, uuid, date[], date[], integer[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION monitoring_summary_refresh(uuid, date[], date[], integer[]) TO ${appRole};
GRANT EXECUTE ON FUNCTION monitoring_summary_due(date[], date[], integer[]) TO ${appRole};
GRANT EXECUTE ON FUNCTION monitoring_figures_summary(text, uuid, date[], date[], integer[]) TO ${appRole};
ALTER FUNCTION monitoring_figures_summary(text, uuid, date[], date[], integer[]) SET plan_cache_mode = force_custom_plan;

-- The one-period function answers from the summary too, exactly as before for the first period.
CREATE OR REPLACE FUNCTION monitoring_figures(p_level text, p_id uuid, p_from date, p_to date, p_year integer)
    RETURNS TABLE (unit_id uuid, indicator text, form text, numerator numeric, denominator numeric, missing integer)
    LANGUAGE sql SET search_path = public
AS $$
    SELECT f.unit_id, f.indicator, f.form, f.numerator, f.denominator, f.missing
    FROM monitoring_figures_summary(p_level, p_id, ARRAY[p_from], ARRAY[p_to], ARRAY[p_year]) f
    WHERE f.indicator IS NOT NULL
$$;
