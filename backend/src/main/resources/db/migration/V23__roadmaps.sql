-- Roadmaps (дорожные карты): the plan of activities of a school, a municipality or the region for an academic year,
-- as the seeds keep them in Word: stage of the model, activity, content, deadline, responsible people, the expected
-- result and its document, and what became of each item. Roadmaps hold no personal data of participants (the
-- responsible people are staff named as the documents name them), so the level above reads the rows themselves:
-- a municipality its schools' roadmaps, the region its municipalities'. The region sees its schools only as counts,
-- through roadmap_progress below.

-- One roadmap per owner and academic year (the year it starts), approved by a document (order number and date).
-- The region and municipality are kept on the row so that the policies decide on the row alone.
CREATE TABLE roadmap (
    id              uuid PRIMARY KEY,
    level           varchar(20)   NOT NULL CHECK (level IN ('SCHOOL', 'MUNICIPALITY', 'REGION')),
    region_id       uuid          NOT NULL REFERENCES region (id),
    municipality_id uuid          REFERENCES municipality (id),
    school_id       uuid          REFERENCES school (id),
    start_year      integer       NOT NULL CHECK (start_year BETWEEN 2000 AND 2100),
    title           varchar(500)  NOT NULL CHECK (btrim(title) <> ''),
    approval_title  varchar(300),
    approval_number varchar(50),
    approval_date   date,
    created_by      varchar(300)  NOT NULL,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    updated_at      timestamptz   NOT NULL DEFAULT now(),
    version         integer       NOT NULL DEFAULT 0,
    CONSTRAINT roadmap_once UNIQUE NULLS NOT DISTINCT (region_id, municipality_id, school_id, start_year),
    CHECK (CASE level
        WHEN 'SCHOOL' THEN municipality_id IS NOT NULL AND school_id IS NOT NULL
        WHEN 'MUNICIPALITY' THEN municipality_id IS NOT NULL AND school_id IS NULL
        ELSE municipality_id IS NULL AND school_id IS NULL END),
    CHECK ((approval_number IS NULL) = (approval_date IS NULL))
);
CREATE INDEX roadmap_municipality_idx ON roadmap (municipality_id, start_year);
CREATE INDEX roadmap_region_idx ON roadmap (region_id, start_year);

-- An item of a roadmap. The deadline is a kind and, where the kind has one, a value: DATE (до 01.10.2026: the
-- day), MONTH (сентябрь 2026: the first day of the month; a range «сентябрь – октябрь» keeps its first month in
-- deadline_from), THROUGH_YEAR (в течение года), AS_NEEDED (по мере необходимости), MONTHLY (ежемесячно),
-- QUARTERLY (ежеквартально). Only a DATE or MONTH deadline can pass, so only those items can be overdue.
CREATE TABLE roadmap_item (
    id              uuid PRIMARY KEY,
    roadmap_id      uuid          NOT NULL REFERENCES roadmap (id) ON DELETE CASCADE,
    region_id       uuid          NOT NULL REFERENCES region (id),
    municipality_id uuid          REFERENCES municipality (id),
    school_id       uuid          REFERENCES school (id),
    position        integer       NOT NULL CHECK (position > 0),
    stage           smallint      NOT NULL CHECK (stage BETWEEN 1 AND 7),
    activity        varchar(1000) NOT NULL CHECK (btrim(activity) <> ''),
    content         varchar(8000) NOT NULL DEFAULT '',
    deadline_kind   varchar(20)   NOT NULL CHECK (deadline_kind IN ('DATE', 'MONTH', 'THROUGH_YEAR', 'AS_NEEDED',
                                      'MONTHLY', 'QUARTERLY')),
    deadline_date   date,
    deadline_from   date,
    responsible     varchar(1000) NOT NULL DEFAULT '',
    result          varchar(2000) NOT NULL DEFAULT '',
    result_document varchar(500)  NOT NULL DEFAULT '',
    status          varchar(20)   NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    completion_note varchar(4000),
    evidence_url    varchar(2000),
    done_on         date,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    updated_at      timestamptz   NOT NULL DEFAULT now(),
    version         integer       NOT NULL DEFAULT 0,
    CHECK ((deadline_kind IN ('DATE', 'MONTH')) = (deadline_date IS NOT NULL)),
    CHECK (deadline_kind <> 'MONTH' OR extract(day FROM deadline_date) = 1),
    CHECK (deadline_from IS NULL OR (deadline_kind = 'MONTH' AND extract(day FROM deadline_from) = 1
                                     AND deadline_from < deadline_date)),
    CHECK ((status = 'DONE') = (done_on IS NOT NULL))
);
CREATE INDEX roadmap_item_roadmap_idx ON roadmap_item (roadmap_id, position);

-- The file that shows an item done (a signed order, a protocol, a photo report), at most one per item. Kept as the
-- materials of best practices are (V15): bytea under row-level security, deleted with its item.
CREATE TABLE roadmap_evidence (
    item_id         uuid          PRIMARY KEY REFERENCES roadmap_item (id) ON DELETE CASCADE,
    region_id       uuid          NOT NULL REFERENCES region (id),
    municipality_id uuid          REFERENCES municipality (id),
    school_id       uuid          REFERENCES school (id),
    file_name       varchar(255)  NOT NULL CHECK (btrim(file_name) <> ''),
    content_type    varchar(100)  NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png',
                                      'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
    size_bytes      bigint        NOT NULL CHECK (size_bytes > 0),
    sha256          char(64)      NOT NULL,
    uploaded_by     varchar(300)  NOT NULL,
    uploaded_at     timestamptz   NOT NULL DEFAULT now(),
    content         bytea         NOT NULL
);
ALTER TABLE roadmap_evidence ALTER COLUMN content SET STORAGE EXTERNAL;

-- Who reads and writes, the same for the three tables. A school reads and writes its own roadmap. A municipal
-- coordinator writes the municipality's and reads it and its schools'. The region's coordinator writes the region's
-- and reads it and its municipalities', never a school's. The portal none. A row written must say truly where it
-- belongs, as in V18.
DO $$
DECLARE
    readable CONSTANT text := '(SELECT scope_role()) = ''system'''
        || ' OR ((SELECT scope_role()) = ''school'' AND school_id = (SELECT scope_id(''school_id'')))'
        || ' OR ((SELECT scope_role()) = ''municipal'' AND municipality_id = (SELECT scope_id(''municipality_id'')))'
        || ' OR ((SELECT scope_role()) = ''regional'' AND region_id = (SELECT scope_id(''region_id''))'
        || '     AND school_id IS NULL)';
    writable CONSTANT text := '(SELECT scope_role()) = ''system'''
        || ' OR ((SELECT scope_role()) = ''school'' AND school_id = (SELECT scope_id(''school_id'')))'
        || ' OR ((SELECT scope_role()) = ''municipal'' AND municipality_id = (SELECT scope_id(''municipality_id''))'
        || '     AND school_id IS NULL)'
        || ' OR ((SELECT scope_role()) = ''regional'' AND region_id = (SELECT scope_id(''region_id''))'
        || '     AND municipality_id IS NULL)';
    placed CONSTANT text := '(municipality_id IS NULL OR municipality_region(municipality_id) = region_id)'
        || ' AND (school_id IS NULL OR school_municipality(school_id) = municipality_id)';
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['roadmap', 'roadmap_item', 'roadmap_evidence'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (%s)', t || '_read', t, readable);
        EXECUTE format('CREATE POLICY %I ON %I FOR INSERT WITH CHECK ((%s) AND %s)', t || '_insert', t, writable,
                       placed);
        EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE USING (%s) WITH CHECK ((%s) AND %s)', t || '_update', t,
                       writable, writable, placed);
        EXECUTE format('CREATE POLICY %I ON %I FOR DELETE USING (%s)', t || '_delete', t, writable);
    END LOOP;
END
$$;

-- Whether an item is overdue on p_today (the region's today, passed by the application): a DATE deadline after its
-- day, a MONTH deadline after its month, and the item neither done nor cancelled. The one definition of overdue:
-- the item lists filter with it and roadmap_progress counts with it.
CREATE FUNCTION roadmap_item_overdue(p_status text, p_kind text, p_due date, p_today date) RETURNS boolean
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT p_status IN ('PLANNED', 'IN_PROGRESS') AND CASE p_kind
        WHEN 'DATE' THEN p_due < p_today
        WHEN 'MONTH' THEN (p_due + interval '1 month')::date <= p_today
        ELSE false
    END
$$;

-- The progress of the roadmaps of the academic year p_year at a place and below it, in counts only: a row for the
-- place's own roadmap (owners = 1) and, below it, a row per school of a municipality (SCHOOL), or per municipality
-- of the region (MUNICIPALITY) together with a row summing that municipality's schools (SCHOOLS: owners = its
-- schools, with_roadmap = those that have a roadmap for the year). Items cancelled count in none of the figures.
-- Runs as the owner, so that the region counts its schools' items without reading them; refuses
-- (insufficient_privilege) a place the caller's scope does not cover.
CREATE FUNCTION roadmap_progress(p_level text, p_id uuid, p_year integer, p_today date)
    RETURNS TABLE (row_level text, municipality_id uuid, school_id uuid, owners integer, with_roadmap integer,
                   total integer, done integer, in_progress integer, overdue integer)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
AS $$
BEGIN
    IF NOT coalesce(CASE p_level
            WHEN 'region' THEN scope_role() IN ('system', 'regional') AND p_id = scope_id('region_id')
            WHEN 'municipality' THEN CASE scope_role()
                WHEN 'system' THEN true
                WHEN 'regional' THEN municipality_region(p_id) = scope_id('region_id')
                WHEN 'municipal' THEN p_id = scope_id('municipality_id')
            END
            WHEN 'school' THEN CASE scope_role()
                WHEN 'system' THEN true
                WHEN 'municipal' THEN school_municipality(p_id) = scope_id('municipality_id')
                WHEN 'school' THEN p_id = scope_id('school_id')
            END
        END, false) THEN
        RAISE EXCEPTION 'roadmap_progress: % % is outside the caller''s scope', p_level, p_id
            USING ERRCODE = '42501';
    END IF;
    RETURN QUERY
    WITH owner AS (
        SELECT 'REGION'::text AS lvl, r.id AS region_id, NULL::uuid AS muni, NULL::uuid AS school
        FROM region r WHERE p_level = 'region' AND r.id = p_id
        UNION ALL
        SELECT 'MUNICIPALITY', m.region_id, m.id, NULL
        FROM municipality m
        WHERE (p_level = 'region' AND m.region_id = p_id) OR (p_level = 'municipality' AND m.id = p_id)
        UNION ALL
        SELECT 'SCHOOL', m.region_id, s.municipality_id, s.id
        FROM school s JOIN municipality m ON m.id = s.municipality_id
        WHERE NOT s.archived
          AND ((p_level = 'region' AND m.region_id = p_id) OR (p_level = 'municipality' AND m.id = p_id)
               OR (p_level = 'school' AND s.id = p_id))
    ), counted AS (
        SELECT o.lvl, o.muni, o.school, rm.id IS NOT NULL AS has_roadmap,
               count(i.id) FILTER (WHERE i.status <> 'CANCELLED')::integer AS total,
               count(i.id) FILTER (WHERE i.status = 'DONE')::integer AS done,
               count(i.id) FILTER (WHERE i.status = 'IN_PROGRESS')::integer AS in_progress,
               count(i.id) FILTER (WHERE roadmap_item_overdue(i.status, i.deadline_kind, i.deadline_date,
                                                              p_today))::integer AS overdue
        FROM owner o
        LEFT JOIN roadmap rm ON rm.region_id = o.region_id AND rm.municipality_id IS NOT DISTINCT FROM o.muni
                            AND rm.school_id IS NOT DISTINCT FROM o.school AND rm.start_year = p_year
        LEFT JOIN roadmap_item i ON i.roadmap_id = rm.id
        GROUP BY o.lvl, o.muni, o.school, rm.id
    )
    SELECT c.lvl, c.muni, c.school, 1, c.has_roadmap::integer, c.total, c.done, c.in_progress, c.overdue
    FROM counted c
    WHERE p_level <> 'region' OR c.lvl <> 'SCHOOL'
    UNION ALL
    SELECT 'SCHOOLS', c.muni, NULL, count(*)::integer, count(*) FILTER (WHERE c.has_roadmap)::integer,
           sum(c.total)::integer, sum(c.done)::integer, sum(c.in_progress)::integer, sum(c.overdue)::integer
    FROM counted c
    WHERE p_level = 'region' AND c.lvl = 'SCHOOL'
    GROUP BY c.muni;
END
$$;
REVOKE ALL ON FUNCTION roadmap_progress(text, uuid, integer, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION roadmap_progress(text, uuid, integer, date) TO ${appRole};

-- A roadmap is uploaded from a spreadsheet through the imports: the job names the roadmap its rows go into.
ALTER TABLE import_job DROP CONSTRAINT import_job_kind_check;
ALTER TABLE import_job ADD CONSTRAINT import_job_kind_check
    CHECK (kind IN ('PARTICIPANTS', 'SCHOOLS', 'RESPONSES', 'ROADMAP'));
ALTER TABLE import_job ADD COLUMN roadmap_id uuid REFERENCES roadmap (id) ON DELETE SET NULL;
