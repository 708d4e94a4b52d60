-- Monitoring reports (мониторинг достижения целевых показателей): the region opens a reporting campaign; each school
-- reports to its municipality, each municipality to the region. A report holds the figures frozen when it was
-- submitted and the analytical note (аналитическая справка). Reports above the school hold counts only, as the
-- figures do; the note is the curator's or coordinator's own text.

-- A campaign of the region: the period reported on (an academic year, or one of its halves), the due date and the
-- indicators included (codes of ru.nastavnik.monitoring.Indicator, checked by the application).
CREATE TABLE report_campaign (
    id          uuid PRIMARY KEY,
    region_id   uuid          NOT NULL REFERENCES region (id),
    title       varchar(300)  NOT NULL CHECK (btrim(title) <> ''),
    start_year  integer       NOT NULL CHECK (start_year BETWEEN 2000 AND 2100),
    half        integer       CHECK (half IN (1, 2)),
    due_on      date          NOT NULL,
    indicators  varchar(40)[] NOT NULL CHECK (cardinality(indicators) > 0),
    created_by  varchar(300)  NOT NULL,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    version     integer       NOT NULL DEFAULT 0
);
CREATE INDEX report_campaign_region_idx ON report_campaign (region_id, due_on);

-- One report of a school (level SCHOOL) or of a municipality (level MUNICIPALITY) in a campaign: DRAFT → SUBMITTED
-- → ACCEPTED, or SUBMITTED → RETURNED (a new draft version is opened at once) → SUBMITTED again. The region and
-- municipality are kept on the row so that the policies below decide on the row alone.
CREATE TABLE monitoring_report (
    id                 uuid PRIMARY KEY,
    campaign_id        uuid         NOT NULL REFERENCES report_campaign (id),
    level              varchar(20)  NOT NULL CHECK (level IN ('SCHOOL', 'MUNICIPALITY')),
    region_id          uuid         NOT NULL REFERENCES region (id),
    municipality_id    uuid         NOT NULL REFERENCES municipality (id),
    school_id          uuid         REFERENCES school (id),
    status             varchar(20)  NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    current_number     integer      NOT NULL DEFAULT 1 CHECK (current_number > 0),
    first_submitted_at timestamptz,
    submitted_at       timestamptz,
    accepted_at        timestamptz,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    updated_at         timestamptz  NOT NULL DEFAULT now(),
    version            integer      NOT NULL DEFAULT 0,
    CONSTRAINT monitoring_report_once UNIQUE NULLS NOT DISTINCT (campaign_id, municipality_id, school_id),
    CHECK ((level = 'SCHOOL') = (school_id IS NOT NULL)),
    CHECK ((status = 'DRAFT') = (first_submitted_at IS NULL)),
    CHECK ((status = 'ACCEPTED') = (accepted_at IS NOT NULL))
);
CREATE INDEX monitoring_report_campaign_idx ON monitoring_report (campaign_id, level, municipality_id);

-- A version of a report: its note and, once submitted, the figures as they were at that moment (a FiguresView of
-- the campaign's indicators) and, for a municipality, its schools' reports as they stood. A submitted version never
-- changes: the trigger below refuses it even to the application.
CREATE TABLE monitoring_report_version (
    id              uuid PRIMARY KEY,
    report_id       uuid          NOT NULL REFERENCES monitoring_report (id),
    number          integer       NOT NULL CHECK (number > 0),
    region_id       uuid          NOT NULL REFERENCES region (id),
    municipality_id uuid          NOT NULL REFERENCES municipality (id),
    school_id       uuid          REFERENCES school (id),
    done            varchar(8000) NOT NULL DEFAULT '',
    results         varchar(8000) NOT NULL DEFAULT '',
    problems        varchar(8000) NOT NULL DEFAULT '',
    plans           varchar(8000) NOT NULL DEFAULT '',
    strengths       varchar(8000) NOT NULL DEFAULT '',
    weaknesses      varchar(8000) NOT NULL DEFAULT '',
    figures         jsonb,
    schools         jsonb,
    submitted_at    timestamptz,
    submitted_by    varchar(300),
    CONSTRAINT monitoring_report_version_once UNIQUE (report_id, number),
    CHECK ((submitted_at IS NULL) = (figures IS NULL)),
    CHECK ((submitted_at IS NULL) = (submitted_by IS NULL))
);

CREATE FUNCTION monitoring_report_version_frozen() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    IF OLD.submitted_at IS NOT NULL THEN
        RAISE EXCEPTION 'monitoring_report_version %: a submitted version never changes', OLD.id
            USING ERRCODE = '55000';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER monitoring_report_version_frozen BEFORE UPDATE OR DELETE ON monitoring_report_version
    FOR EACH ROW EXECUTE FUNCTION monitoring_report_version_frozen();

-- The workflow's history: every submission, return and acceptance, with who, when and the comment.
CREATE TABLE monitoring_report_event (
    id              uuid PRIMARY KEY,
    report_id       uuid          NOT NULL REFERENCES monitoring_report (id),
    region_id       uuid          NOT NULL REFERENCES region (id),
    municipality_id uuid          NOT NULL REFERENCES municipality (id),
    school_id       uuid          REFERENCES school (id),
    number          integer       NOT NULL,
    action          varchar(20)   NOT NULL CHECK (action IN ('SUBMITTED', 'RETURNED', 'ACCEPTED')),
    from_status     varchar(20)   NOT NULL,
    to_status       varchar(20)   NOT NULL,
    at              timestamptz   NOT NULL DEFAULT now(),
    actor_role      varchar(20)   NOT NULL CHECK (actor_role IN ('school', 'municipal', 'regional')),
    actor_login     varchar(200)  NOT NULL,
    actor_name      varchar(300)  NOT NULL,
    comment         varchar(2000),
    CHECK (action <> 'RETURNED' OR (comment IS NOT NULL AND btrim(comment) <> ''))
);
CREATE INDEX monitoring_report_event_report_idx ON monitoring_report_event (report_id, at);
REVOKE UPDATE, DELETE ON monitoring_report_event FROM ${appRole};

-- Everyone in the region reads its campaigns but the portal, which publishes nothing of the reports; only the
-- region's coordinator opens them.
ALTER TABLE report_campaign ENABLE ROW LEVEL SECURITY;
CREATE POLICY report_campaign_read ON report_campaign FOR SELECT
    USING ((SELECT scope_role()) = 'system'
           OR ((SELECT scope_role()) IN ('regional', 'municipal', 'school')
               AND region_id = (SELECT scope_region())));
CREATE POLICY report_campaign_write ON report_campaign FOR ALL
    USING ((SELECT scope_role()) = 'system'
           OR ((SELECT scope_role()) = 'regional' AND region_id = (SELECT scope_id('region_id'))));

-- A report, its versions and its history, written the same way for the three tables. A school reads and writes its
-- own school's rows (own_school as in V16); a municipal coordinator its schools' rows, which it accepts or returns,
-- and its own; the region's coordinator reads every row of the region and writes the municipalities' rows, which it
-- accepts or returns. The portal none. A row written must say truly where it belongs: its school in its
-- municipality, its municipality in its region.
DO $$
DECLARE
    readable CONSTANT text := '(SELECT scope_role()) = ''system'''
        || ' OR ((SELECT scope_role()) = ''school'' AND school_id = (SELECT scope_id(''school_id'')))'
        || ' OR ((SELECT scope_role()) = ''municipal'' AND municipality_id = (SELECT scope_id(''municipality_id'')))'
        || ' OR ((SELECT scope_role()) = ''regional'' AND region_id = (SELECT scope_id(''region_id'')))';
    writable CONSTANT text := '(SELECT scope_role()) = ''system'''
        || ' OR ((SELECT scope_role()) = ''school'' AND school_id = (SELECT scope_id(''school_id'')))'
        || ' OR ((SELECT scope_role()) = ''municipal'' AND municipality_id = (SELECT scope_id(''municipality_id'')))'
        || ' OR ((SELECT scope_role()) = ''regional'' AND region_id = (SELECT scope_id(''region_id''))'
        || '     AND school_id IS NULL)';
    placed CONSTANT text := 'municipality_region(municipality_id) = region_id'
        || ' AND (school_id IS NULL OR school_municipality(school_id) = municipality_id)';
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['monitoring_report', 'monitoring_report_version', 'monitoring_report_event'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (%s)', t || '_read', t, readable);
        EXECUTE format('CREATE POLICY %I ON %I FOR INSERT WITH CHECK ((%s) AND %s)', t || '_insert', t, writable,
                       placed);
        IF t <> 'monitoring_report_event' THEN
            EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE USING (%s) WITH CHECK ((%s) AND %s)', t || '_update',
                           t, writable, writable, placed);
        END IF;
    END LOOP;
END
$$;
