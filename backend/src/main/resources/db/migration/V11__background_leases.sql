-- Background work that is safe with several API instances on one database. A lease says which instance does a piece
-- of work (an import job, one run of a scheduled task) and until when; the instance renews it while it works. A
-- lease that ran out belongs to an instance that stopped or froze: any instance may reap it and end the work. All
-- times come from the database's clock (clock_timestamp(), not the transaction's start), so that the instances'
-- own clocks never matter.
--
-- The application role reaches these tables only through the functions below: it cannot take, extend or drop a
-- lease in any other way.

CREATE TABLE background_lease (
    -- 'import:<job id>', 'task:<task name>': the part before the colon says what the lease guards.
    name              varchar(200) PRIMARY KEY,
    owner             varchar(200) NOT NULL,
    acquired_at       timestamptz  NOT NULL,
    expires_at        timestamptz  NOT NULL,
    -- The database session doing the work while it has a transaction open, so that the reaper can end a frozen
    -- holder's session and release its locks. backend_start tells the same session from a later one with its pid.
    holder_pid        integer,
    holder_started_at timestamptz
);
CREATE INDEX background_lease_expires_idx ON background_lease (expires_at);

-- Named periodic tasks: each due run is claimed by exactly one instance.
CREATE TABLE background_task (
    name             varchar(100) PRIMARY KEY,
    next_run_at      timestamptz  NOT NULL,
    last_started_at  timestamptz,
    last_finished_at timestamptz,
    last_owner       varchar(200),
    last_outcome     varchar(20) CHECK (last_outcome IN ('SUCCEEDED', 'FAILED')),
    last_error       varchar(2000),
    runs             bigint       NOT NULL DEFAULT 0
);

REVOKE ALL ON background_lease, background_task FROM ${appRole};
ALTER TABLE background_lease ENABLE ROW LEVEL SECURITY;
ALTER TABLE background_task ENABLE ROW LEVEL SECURITY;

-- Takes a lease that nobody holds or whose holder let it run out.
CREATE FUNCTION lease_acquire(p_name text, p_owner text, p_ttl interval) RETURNS boolean
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
    INSERT INTO background_lease AS l (name, owner, acquired_at, expires_at)
    VALUES (p_name, p_owner, clock_timestamp(), clock_timestamp() + p_ttl)
    ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, acquired_at = excluded.acquired_at,
        expires_at = excluded.expires_at, holder_pid = NULL, holder_started_at = NULL
        WHERE l.expires_at <= clock_timestamp()
    RETURNING true
$$;

-- Extends the owner's leases that have not run out; answers the ones extended. A lease that ran out stays lost:
-- its work may already have been ended by another instance.
CREATE FUNCTION lease_renew(p_owner text, p_names text[], p_ttl interval) RETURNS SETOF text
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
    UPDATE background_lease SET expires_at = clock_timestamp() + p_ttl
    WHERE owner = p_owner AND name = ANY (p_names) AND expires_at > clock_timestamp()
    RETURNING name::text
$$;

-- Whether the owner still holds the lease. The row stays share-locked to the end of the caller's transaction, so
-- the reaper cannot end the work while that transaction writes.
CREATE FUNCTION lease_held(p_name text, p_owner text) RETURNS boolean
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
BEGIN
    PERFORM 1 FROM background_lease
    WHERE name = p_name AND owner = p_owner AND expires_at > clock_timestamp()
    FOR SHARE;
    RETURN FOUND;
END
$$;

-- Gives a lease up; false when it was no longer held. Called in the transaction that finishes the work, it is the
-- fence: the row lock it takes orders it with the reaper, and a transaction whose lease was lost must roll back.
CREATE FUNCTION lease_release(p_name text, p_owner text) RETURNS boolean
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
    WITH released AS (
        DELETE FROM background_lease WHERE name = p_name AND owner = p_owner AND expires_at > clock_timestamp()
        RETURNING 1
    )
    SELECT EXISTS (SELECT 1 FROM released)
$$;

-- Names (or, with a null pid, forgets) the database session working under the owner's lease.
CREATE FUNCTION lease_attach(p_name text, p_owner text, p_pid integer, p_started_at timestamptz) RETURNS void
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
    UPDATE background_lease SET holder_pid = p_pid, holder_started_at = p_started_at
    WHERE name = p_name AND owner = p_owner
$$;

-- Removes leases that ran out and answers them. Rows another transaction has locked (a holder finishing its work
-- right now) are skipped, so reaping never waits and never takes work from a holder that still commits in time.
CREATE FUNCTION lease_reap() RETURNS TABLE (name text, owner text, holder_pid integer, holder_started_at timestamptz)
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
    WITH expired AS (
        SELECT l.name FROM background_lease l WHERE l.expires_at <= clock_timestamp()
        FOR UPDATE SKIP LOCKED
    )
    DELETE FROM background_lease l USING expired WHERE l.name = expired.name
    RETURNING l.name::text, l.owner::text, l.holder_pid, l.holder_started_at
$$;

-- Registers a task; its first run is due at once.
CREATE FUNCTION task_register(p_name text) RETURNS void
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
    INSERT INTO background_task (name, next_run_at) VALUES (p_name, clock_timestamp()) ON CONFLICT (name) DO NOTHING
$$;

-- Claims the task's due run for the owner: answers the time the run was due, or null when it is not due yet, another
-- instance is claiming it right now, or the previous run still holds the task's lease. The next run is due one period
-- after this claim.
CREATE FUNCTION task_claim(p_name text, p_owner text, p_period interval, p_ttl interval) RETURNS timestamptz
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
DECLARE
    due timestamptz;
BEGIN
    SELECT next_run_at INTO due FROM background_task
    WHERE name = p_name AND next_run_at <= clock_timestamp()
    FOR UPDATE SKIP LOCKED;
    IF NOT FOUND OR lease_acquire('task:' || p_name, p_owner, p_ttl) IS NOT TRUE THEN
        RETURN NULL;
    END IF;
    UPDATE background_task SET next_run_at = clock_timestamp() + p_period, last_started_at = clock_timestamp(),
        last_owner = p_owner, runs = runs + 1
    WHERE name = p_name;
    RETURN due;
END
$$;

-- Records how a run ended and gives its lease up; false when the lease had run out meanwhile. The task row is
-- locked before the lease, as task_claim does.
CREATE FUNCTION task_finish(p_name text, p_owner text, p_outcome text, p_error text) RETURNS boolean
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
    UPDATE background_task SET last_finished_at = clock_timestamp(), last_outcome = p_outcome,
        last_error = left(p_error, 2000)
    WHERE name = p_name AND last_owner = p_owner;
    SELECT lease_release('task:' || p_name, p_owner);
$$;

-- An import job is queued or running exactly as long as its lease exists: the job and its lease are created in one
-- transaction and the lease is released in the transaction that ends the job. A queued or running job without a lease
-- was being run by an instance that stopped (its file was on that instance and is gone), or by a version before
-- leases: fail it. This replaces fail_abandoned_imports(), which failed every other instance's jobs at each start.
DROP FUNCTION fail_abandoned_imports();
CREATE INDEX import_job_unfinished_idx ON import_job (id) WHERE status IN ('QUEUED', 'RUNNING');

CREATE FUNCTION fail_unleased_imports() RETURNS integer
    LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
    WITH failed AS (
        UPDATE import_job j SET status = 'FAILED', finished_at = now(), applied = false, created_count = 0,
            updated_count = 0, unchanged_count = 0, rejected_count = 0,
            error = 'Обработка прервана: сервер, который выполнял загрузку, остановился или потерял связь с базой '
                || 'данных. Изменения не внесены. Загрузите файл ещё раз.'
        WHERE j.status IN ('QUEUED', 'RUNNING')
          AND NOT EXISTS (SELECT 1 FROM background_lease l WHERE l.name = 'import:' || j.id)
        RETURNING 1
    )
    SELECT count(*)::integer FROM failed
$$;
