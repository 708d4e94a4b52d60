-- Questionnaire templates (анкеты). Every version of one questionnaire shares a family id; a published version is
-- frozen, and editing it means a new draft version. Built-in templates (no region, no school) serve every region;
-- a regional coordinator keeps the region's templates and a school may add its own.

CREATE TABLE questionnaire_template (
    id           uuid PRIMARY KEY,
    family_id    uuid          NOT NULL,
    version_no   integer       NOT NULL CHECK (version_no >= 1),
    region_id    uuid REFERENCES region (id),
    school_id    uuid REFERENCES school (id),
    status       varchar(20)   NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    title        varchar(300)  NOT NULL,
    description  varchar(2000),
    audience     varchar(20)   NOT NULL CHECK (audience IN ('MENTOR', 'MENTEE', 'CURATOR', 'BOTH')),
    purpose      varchar(30)   NOT NULL CHECK (purpose IN ('APPLICATION', 'REQUEST', 'PREFERENCE', 'FEEDBACK',
                                                         'SATISFACTION', 'QUALITY', 'ENTRY')),
    form         varchar(40),
    questions    jsonb         NOT NULL,
    created_at   timestamptz   NOT NULL DEFAULT now(),
    published_at timestamptz,
    version      integer       NOT NULL DEFAULT 0,
    CONSTRAINT questionnaire_template_version_key UNIQUE (family_id, version_no)
);
CREATE UNIQUE INDEX questionnaire_template_one_draft ON questionnaire_template (family_id) WHERE status = 'DRAFT';
CREATE INDEX questionnaire_template_school_idx ON questionnaire_template (school_id);

ALTER TABLE questionnaire_template ENABLE ROW LEVEL SECURITY;
CREATE POLICY questionnaire_template_read ON questionnaire_template FOR SELECT
    USING (scope_role() = 'system'
        OR (school_id IS NULL AND (region_id IS NULL OR region_id = scope_region()))
        OR (school_id IS NOT NULL AND school_in_scope(school_id, school_municipality(school_id))));
CREATE POLICY questionnaire_template_write ON questionnaire_template FOR ALL
    USING (scope_role() = 'system'
        OR (scope_role() = 'regional' AND school_id IS NULL AND region_id = scope_id('region_id'))
        OR (scope_role() = 'school' AND school_id = scope_id('school_id')));
