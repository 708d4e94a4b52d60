-- Imports of participants, schools with their contingent, and questionnaire responses from spreadsheets, run as
-- background jobs. A job keeps its owner's scope (role and region / municipality / school) as it was at upload:
-- the background work acts with that scope, and only users of the same scope see the job and its row report. The
-- report names rows by external code or name, so a school's report never leaves the school.

CREATE TABLE import_job (
    id               uuid PRIMARY KEY,
    kind             varchar(20)   NOT NULL CHECK (kind IN ('PARTICIPANTS', 'SCHOOLS', 'RESPONSES')),
    dry_run          boolean       NOT NULL,
    all_or_nothing   boolean       NOT NULL,
    -- Responses: the questionnaire version the file answers.
    questionnaire_id uuid REFERENCES questionnaire_template (id),
    status           varchar(20)   NOT NULL
                     CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    -- Whether the valid rows were written: false for a dry run and for all-or-nothing with rejected rows.
    applied          boolean       NOT NULL DEFAULT false,
    file_name        varchar(300),
    file_format      varchar(200),
    file_size        bigint        NOT NULL,
    file_hash        varchar(64)   NOT NULL,
    total_rows       integer       NOT NULL DEFAULT 0,
    processed_rows   integer       NOT NULL DEFAULT 0,
    created_count    integer       NOT NULL DEFAULT 0,
    updated_count    integer       NOT NULL DEFAULT 0,
    unchanged_count  integer       NOT NULL DEFAULT 0,
    rejected_count   integer       NOT NULL DEFAULT 0,
    warnings         text[]        NOT NULL DEFAULT '{}',
    error            varchar(2000),
    cancel_requested boolean       NOT NULL DEFAULT false,
    idempotency_key  varchar(200),
    owner_username   varchar(200)  NOT NULL,
    owner_role       varchar(20)   NOT NULL CHECK (owner_role IN ('regional', 'municipal', 'school')),
    region_id        uuid REFERENCES region (id),
    municipality_id  uuid REFERENCES municipality (id),
    school_id        uuid REFERENCES school (id),
    created_at       timestamptz   NOT NULL DEFAULT now(),
    started_at       timestamptz,
    finished_at      timestamptz,
    CONSTRAINT import_job_idempotency_key UNIQUE (owner_username, idempotency_key)
);
CREATE INDEX import_job_created_idx ON import_job (created_at DESC);

-- One row per message, written in bulk at the end of a job in the job's own transaction; no foreign key and no
-- second index, because a report of 100 000 rows must not cost more than the rows it reports on.
CREATE TABLE import_row (
    job_id      uuid          NOT NULL,
    row_no      integer       NOT NULL,
    seq         integer       NOT NULL,
    action      varchar(10)   NOT NULL CHECK (action IN ('CREATED', 'UPDATED', 'UNCHANGED', 'REJECTED')),
    column_name varchar(300),
    message     varchar(2000),
    ref         varchar(300),
    PRIMARY KEY (job_id, row_no, seq)
);

CREATE FUNCTION import_job_in_scope(p_role text, p_region uuid, p_municipality uuid, p_school uuid) RETURNS boolean
    LANGUAGE sql STABLE
AS $$
    SELECT coalesce(scope_role() = 'system' OR (p_role = scope_role() AND CASE p_role
        WHEN 'school' THEN p_school = scope_id('school_id')
        WHEN 'municipal' THEN p_municipality = scope_id('municipality_id')
        WHEN 'regional' THEN p_region = scope_id('region_id')
    END), false)
$$;

ALTER TABLE import_job ENABLE ROW LEVEL SECURITY;
CREATE POLICY import_job_owner_scope ON import_job FOR ALL
    USING (import_job_in_scope(owner_role, region_id, municipality_id, school_id));

ALTER TABLE import_row ENABLE ROW LEVEL SECURITY;
CREATE POLICY import_row_job_scope ON import_row FOR ALL
    USING (job_id IN (SELECT id FROM import_job));

-- After a crash or restart nothing runs the jobs that were queued or running: their uploaded files are gone and
-- their transactions were rolled back. The API calls this at start; it may touch only those jobs' status.
CREATE FUNCTION fail_abandoned_imports() RETURNS integer
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
    WITH failed AS (
        UPDATE import_job SET status = 'FAILED', finished_at = now(),
            error = 'Обработка прервана перезапуском сервера, изменения не внесены. Загрузите файл ещё раз.'
        WHERE status IN ('QUEUED', 'RUNNING')
        RETURNING 1
    )
    SELECT count(*)::integer FROM failed
$$;

-- ИНН is public registry data; an import must know that a school with it exists even outside the caller's scope,
-- to refuse the row instead of failing on the unique key.
CREATE FUNCTION school_inn_taken(p_inn text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$ SELECT EXISTS (SELECT 1 FROM school WHERE inn = p_inn) $$;
