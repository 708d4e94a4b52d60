-- The audit trail (журнал действий): who did what with personal data, consents, files of personal data, and the
-- workflow of reports and of the registry of best practices. Written by ru.nastavnik.audit in the transaction of the
-- change itself, so that there is no change without its entry and no entry without its change.
--
-- Append-only: the application role may insert and read (through the policies below) but never update or delete,
-- and a trigger refuses UPDATE, DELETE and TRUNCATE to everyone, the owner included, so that even a mistaken grant
-- cannot rewrite the history. No foreign keys: an entry outlives the school, the participant or the pair it names.
CREATE TABLE audit_event (
    id              uuid          PRIMARY KEY DEFAULT gen_random_uuid(),
    at              timestamptz   NOT NULL DEFAULT now(),
    -- Who: the user of the token (role, login, name), the holder of a personal link (role 'link', the name says
    -- whose link: «наставник по ссылке»), or the system's own background work. The portal only downloads what is
    -- published.
    actor_role      varchar(20)   NOT NULL CHECK (actor_role IN ('regional', 'municipal', 'school', 'portal', 'link',
                                      'system')),
    actor_login     varchar(200)  NOT NULL,
    actor_name      varchar(300)  NOT NULL,
    -- Where it belongs, filled by audit_event_place() from the most specific of the three the writer gives.
    region_id       uuid,
    municipality_id uuid,
    school_id       uuid,
    -- What: a stable code of ru.nastavnik.audit.AuditAction and its group, which decides who above the school reads it.
    category        varchar(20)   NOT NULL CHECK (category IN ('PERSONAL_DATA', 'CONSENT', 'EXPORT', 'TRANSITION')),
    action          varchar(60)   NOT NULL CHECK (action ~ '^[A-Z][A-Z0-9_]*$'),
    object_type     varchar(40)   NOT NULL CHECK (object_type ~ '^[a-z][a-z_]*$'),
    object_id       uuid,
    -- The person the entry concerns, when it concerns one.
    participant_id  uuid,
    -- The names of the personal fields changed, never their values: a name is a dotted identifier and nothing else.
    fields          text[]        NOT NULL DEFAULT '{}'
                                  CHECK (array_to_string(fields, ',') ~ '^([A-Za-z][A-Za-z0-9.]{0,79}(,|$))*$'),
    request_id      varchar(100),
    CHECK (region_id IS NOT NULL OR municipality_id IS NOT NULL OR school_id IS NOT NULL)
);
CREATE INDEX audit_event_school_idx ON audit_event (school_id, at) WHERE school_id IS NOT NULL;
CREATE INDEX audit_event_municipality_idx ON audit_event (municipality_id, at);
CREATE INDEX audit_event_region_idx ON audit_event (region_id, at);
CREATE INDEX audit_event_participant_idx ON audit_event (participant_id) WHERE participant_id IS NOT NULL;
CREATE INDEX audit_event_request_idx ON audit_event (request_id) WHERE request_id IS NOT NULL;

-- Places an entry truly: a municipality's decision on a school's report or best practice belongs to that school (which
-- reads it, as does its municipality); the municipality and region follow from the school. The time is the
-- database's, never the writer's. Runs as the owner to read the report or practice whatever the writer's scope.
CREATE FUNCTION audit_event_place() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
AS $$
BEGIN
    NEW.at := now();
    IF NEW.school_id IS NULL AND NEW.object_type = 'monitoring_report' THEN
        SELECT r.school_id, r.municipality_id INTO NEW.school_id, NEW.municipality_id
          FROM monitoring_report r WHERE r.id = NEW.object_id;
    ELSIF NEW.school_id IS NULL AND NEW.object_type = 'best_practice' THEN
        SELECT p.school_id INTO NEW.school_id FROM best_practice p WHERE p.id = NEW.object_id;
    END IF;
    IF NEW.school_id IS NOT NULL THEN
        NEW.municipality_id := school_municipality(NEW.school_id);
    END IF;
    IF NEW.municipality_id IS NOT NULL THEN
        NEW.region_id := municipality_region(NEW.municipality_id);
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_event_place BEFORE INSERT ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_place();

CREATE FUNCTION audit_event_append_only() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = '55000';
END
$$;
CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM ${appRole};

-- Who reads what, as the law expects: a school all of its own entries; a municipality its own entries and the
-- transitions of its schools' reports and practices (not their personal data); the region the municipalities' entries
-- and its own; the portal none. Everyone writes only where they act (the portal its downloads of published materials
-- in its region).
ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_event_read ON audit_event FOR SELECT
    USING ((SELECT scope_role()) = 'system'
           OR ((SELECT scope_role()) = 'school' AND school_id = (SELECT scope_id('school_id')))
           OR ((SELECT scope_role()) = 'municipal' AND municipality_id = (SELECT scope_id('municipality_id'))
               AND (school_id IS NULL OR category = 'TRANSITION'))
           OR ((SELECT scope_role()) = 'regional' AND region_id = (SELECT scope_id('region_id'))
               AND school_id IS NULL));
CREATE POLICY audit_event_insert ON audit_event FOR INSERT
    WITH CHECK ((SELECT scope_role()) = 'system'
                OR ((SELECT scope_role()) = 'school' AND school_id = (SELECT scope_id('school_id')))
                OR ((SELECT scope_role()) = 'municipal' AND municipality_id = (SELECT scope_id('municipality_id')))
                OR ((SELECT scope_role()) IN ('regional', 'portal') AND region_id = (SELECT scope_id('region_id'))));
