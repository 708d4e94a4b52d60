-- The mentor registry (реестр / база наставников): a school nominates one of its mentors with the mentor's consent to
-- publish; the municipal coordinator includes the mentor in the municipal registry or returns the nomination with a
-- comment, and may recommend an included mentor to the region, which includes them in the regional registry or
-- declines. The nomination belongs to its school: nobody else reads this table. The municipality and the region read
-- the review view, the registry's readers (and the portal) the registry view; both name the mentor only where the
-- consent to publish allows it and carry no participant's id, birth date, contact or consent document.

-- The consent to publish is the best practices' model (publication ANONYMOUS, NAME or NAME_AND_PHOTO, who gave it,
-- when, the document), one per nomination. The facts the system holds (completed pairs, effective ones, the training
-- status, the rewards) are frozen when the nomination is submitted, as a monitoring report's figures are, so that what
-- the municipality decided on does not change under it.
CREATE TABLE mentor_nomination (
    id                        uuid PRIMARY KEY,
    school_id                 uuid          NOT NULL REFERENCES school (id),
    participant_id            uuid          NOT NULL REFERENCES participant (id),
    status                    varchar(20)   NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'INCLUDED',
                                                'RECOMMENDED', 'REGIONAL', 'DECLINED', 'WITHDRAWN')),
    description               varchar(4000) NOT NULL DEFAULT '',
    results                   varchar(4000) NOT NULL DEFAULT '',
    training                  varchar(4000) NOT NULL DEFAULT '',
    rewards_note              varchar(4000) NOT NULL DEFAULT '',
    mentor_kind               varchar(30),
    completed_pairs           integer       CHECK (completed_pairs >= 0),
    effective_pairs           integer       CHECK (effective_pairs >= 0 AND effective_pairs <= completed_pairs),
    training_status           varchar(20)   CHECK (training_status IN ('NONE', 'IN_PROGRESS', 'TRAINED', 'CERTIFIED')),
    rewards                   jsonb,
    consent_publication       varchar(20)   CHECK (consent_publication IN ('ANONYMOUS', 'NAME', 'NAME_AND_PHOTO')),
    consent_given_by          varchar(20)   CHECK (consent_given_by IN ('SELF', 'PARENT', 'GUARDIAN')),
    consent_giver_name        varchar(300),
    consent_given_on          date,
    consent_document_ref      varchar(200),
    consent_withdrawn_on      date,
    consent_withdrawal_reason varchar(500),
    consent_recorded_by       varchar(300),
    consent_recorded_at       timestamptz,
    return_comment            varchar(2000),
    decision_comment          varchar(2000),
    submitted_at              timestamptz,
    included_at               timestamptz,
    recommended_at            timestamptz,
    regional_decided_at       timestamptz,
    withdrawn_at              timestamptz,
    created_by                varchar(300)  NOT NULL,
    created_at                timestamptz   NOT NULL DEFAULT now(),
    updated_at                timestamptz   NOT NULL DEFAULT now(),
    version                   integer       NOT NULL DEFAULT 0,
    CHECK ((consent_publication IS NULL) = (consent_given_on IS NULL)),
    CHECK (consent_withdrawn_on IS NULL OR consent_withdrawn_on >= consent_given_on),
    CHECK ((status = 'RETURNED') = (return_comment IS NOT NULL)),
    CHECK (status IN ('DRAFT', 'WITHDRAWN') OR submitted_at IS NOT NULL),
    CHECK (status NOT IN ('INCLUDED', 'RECOMMENDED', 'REGIONAL', 'DECLINED') OR included_at IS NOT NULL),
    CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL))
);
-- One open nomination of a mentor at a time; a withdrawn one leaves room for a new one.
CREATE UNIQUE INDEX mentor_nomination_open_key ON mentor_nomination (participant_id) WHERE status <> 'WITHDRAWN';
CREATE INDEX mentor_nomination_school_idx ON mentor_nomination (school_id, status);

-- The review's history: every submission, return, decision and withdrawal with who, when and the comment.
CREATE TABLE mentor_nomination_event (
    id            uuid PRIMARY KEY,
    nomination_id uuid          NOT NULL REFERENCES mentor_nomination (id),
    school_id     uuid          NOT NULL REFERENCES school (id),
    from_status   varchar(20)   NOT NULL,
    to_status     varchar(20)   NOT NULL,
    at            timestamptz   NOT NULL DEFAULT now(),
    actor_role    varchar(20)   NOT NULL CHECK (actor_role IN ('school', 'municipal', 'regional')),
    actor_login   varchar(200)  NOT NULL,
    actor_name    varchar(300)  NOT NULL,
    comment       varchar(2000)
);
CREATE INDEX mentor_nomination_event_nomination_idx ON mentor_nomination_event (nomination_id, at);

-- The school's own rows, with the caller's scope read once per statement (scalar subqueries, as V12_9 explains)
-- rather than once per row.
ALTER TABLE mentor_nomination ENABLE ROW LEVEL SECURITY;
CREATE POLICY mentor_nomination_own_school ON mentor_nomination FOR ALL
    USING ((SELECT scope_role()) = 'system'
           OR ((SELECT scope_role()) = 'school' AND school_id = (SELECT scope_id('school_id'))));
ALTER TABLE mentor_nomination_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY mentor_nomination_event_read ON mentor_nomination_event FOR SELECT
    USING ((SELECT scope_role()) = 'system'
           OR ((SELECT scope_role()) = 'school' AND school_id = (SELECT scope_id('school_id'))));
CREATE POLICY mentor_nomination_event_insert ON mentor_nomination_event FOR INSERT
    WITH CHECK ((SELECT scope_role()) = 'system'
                OR ((SELECT scope_role()) = 'school' AND school_id = (SELECT scope_id('school_id'))));
REVOKE UPDATE, DELETE ON mentor_nomination_event FROM ${appRole};

-- Who reviews a nomination: its school in any status; the municipal coordinator of the school's municipality once it
-- is submitted (never a draft, nor a returned one being edited, nor a withdrawn one); the region once recommended.
CREATE FUNCTION nomination_visible(p_school uuid, p_status text) RETURNS boolean
    LANGUAGE sql STABLE
AS $$
    SELECT coalesce(CASE scope_role()
        WHEN 'system' THEN true
        WHEN 'school' THEN p_school = scope_id('school_id')
        WHEN 'municipal' THEN p_status IN ('SUBMITTED', 'INCLUDED', 'RECOMMENDED', 'REGIONAL', 'DECLINED')
                              AND school_municipality(p_school) = scope_id('municipality_id')
        WHEN 'regional' THEN p_status IN ('RECOMMENDED', 'REGIONAL')
                             AND municipality_region(school_municipality(p_school)) = scope_id('region_id')
    END, false)
$$;

-- Who reads the published registry: the municipal registry (INCLUDED and after) by the municipality's own schools and
-- coordinator, the regional registry (REGIONAL) by everyone of the region, the region and its portal both.
CREATE FUNCTION mentor_registry_visible(p_school uuid, p_status text) RETURNS boolean
    LANGUAGE sql STABLE
AS $$
    SELECT coalesce(CASE scope_role()
        WHEN 'system' THEN true
        WHEN 'school' THEN school_municipality(p_school) = school_municipality(scope_id('school_id'))
                           OR (p_status = 'REGIONAL' AND municipality_region(school_municipality(p_school))
                               = municipality_region(school_municipality(scope_id('school_id'))))
        WHEN 'municipal' THEN school_municipality(p_school) = scope_id('municipality_id')
                              OR (p_status = 'REGIONAL' AND municipality_region(school_municipality(p_school))
                                  = municipality_region(scope_id('municipality_id')))
        WHEN 'regional' THEN municipality_region(school_municipality(p_school)) = scope_id('region_id')
        WHEN 'portal' THEN municipality_region(school_municipality(p_school)) = scope_id('region_id')
    END, false)
$$;

-- The mentor's name where the consent to publish allows it, and while both it and the consent to processing are in
-- force; otherwise null. Runs as the owner to read the consent to processing whatever the caller's scope.
CREATE FUNCTION nomination_name(p_nomination uuid) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
    SELECT p.full_name FROM mentor_nomination n JOIN participant p ON p.id = n.participant_id
    WHERE n.id = p_nomination
      AND n.consent_publication IN ('NAME', 'NAME_AND_PHOTO') AND n.consent_withdrawn_on IS NULL
      AND consent_in_force(n.participant_id)
      AND (nomination_visible(n.school_id, n.status)
           OR (n.status IN ('INCLUDED', 'RECOMMENDED', 'REGIONAL', 'DECLINED')
               AND mentor_registry_visible(n.school_id, n.status)))
$$;

-- The views run as their owner, past the table's own-school policy, and filter by the caller's scope instead;
-- security_barrier keeps that filter ahead of any condition a query adds. They name no participant's id.
CREATE VIEW mentor_nomination_review WITH (security_barrier) AS
SELECT n.id, n.school_id, s.short_name AS school_name, s.municipality_id, mu.name AS municipality_name,
       mu.region_id, n.status, nomination_name(n.id) AS full_name, n.consent_publication AS publication,
       n.mentor_kind, n.description, n.results, n.training, n.rewards_note, n.completed_pairs, n.effective_pairs,
       n.training_status, n.rewards, n.decision_comment, n.submitted_at, n.included_at, n.recommended_at,
       n.regional_decided_at, n.updated_at, n.version
FROM mentor_nomination n
JOIN school s ON s.id = n.school_id
JOIN municipality mu ON mu.id = s.municipality_id
WHERE nomination_visible(n.school_id, n.status);

-- The published registry: included mentors whose consent to publish and consent to processing are in force.
CREATE VIEW mentor_registry WITH (security_barrier) AS
SELECT n.id, n.school_id, s.short_name AS school_name, s.municipality_id, mu.name AS municipality_name,
       mu.region_id, n.status, nomination_name(n.id) AS full_name, n.consent_publication AS publication,
       n.mentor_kind, n.description, n.results, n.training, n.rewards_note, n.completed_pairs, n.effective_pairs,
       n.training_status, n.rewards, n.decision_comment, n.submitted_at, n.included_at, n.recommended_at,
       n.regional_decided_at, n.updated_at, n.version
FROM mentor_nomination n
JOIN school s ON s.id = n.school_id
JOIN municipality mu ON mu.id = s.municipality_id
WHERE n.status IN ('INCLUDED', 'RECOMMENDED', 'REGIONAL', 'DECLINED')
  AND n.consent_publication IS NOT NULL AND n.consent_withdrawn_on IS NULL
  AND consent_in_force(n.participant_id)
  AND mentor_registry_visible(n.school_id, n.status);

REVOKE INSERT, UPDATE, DELETE ON mentor_nomination_review, mentor_registry FROM ${appRole};

-- A decision on a nomination by the coordinator above the school: the municipality's SUBMITTED → INCLUDED or
-- RETURNED (with a comment) and INCLUDED → RECOMMENDED; the region's RECOMMENDED → REGIONAL or DECLINED (with a
-- comment). The service checks the rules and explains refusals; this repeats them, because it runs past the school's
-- policy: it acts only for the nomination's own coordinator, only from the status and version they saw, and writes
-- the history entry with the change. Returns the new version, or null when nothing was changed.
CREATE FUNCTION decide_mentor_nomination(p_nomination uuid, p_version integer, p_to text, p_comment text,
                                         p_actor_login text, p_actor_name text) RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
DECLARE
    v_school uuid;
    v_status text;
    v_version integer;
    v_role text := scope_role();
    v_comment text := nullif(btrim(p_comment), '');
BEGIN
    SELECT school_id, status, version INTO v_school, v_status, v_version
    FROM mentor_nomination WHERE id = p_nomination FOR UPDATE;
    IF v_school IS NULL OR v_version <> p_version
       OR NOT ((v_role = 'municipal' AND school_municipality(v_school) = scope_id('municipality_id')
                AND ((v_status = 'SUBMITTED' AND p_to IN ('INCLUDED', 'RETURNED'))
                     OR (v_status = 'INCLUDED' AND p_to = 'RECOMMENDED')))
               OR (v_role = 'regional'
                   AND municipality_region(school_municipality(v_school)) = scope_id('region_id')
                   AND v_status = 'RECOMMENDED' AND p_to IN ('REGIONAL', 'DECLINED')))
       OR (p_to IN ('RETURNED', 'DECLINED') AND v_comment IS NULL) THEN
        RETURN NULL;
    END IF;
    UPDATE mentor_nomination
    SET status = p_to, version = version + 1, updated_at = now(),
        return_comment = CASE WHEN p_to = 'RETURNED' THEN v_comment END,
        decision_comment = CASE WHEN p_to = 'RETURNED' THEN decision_comment ELSE v_comment END,
        included_at = CASE WHEN p_to = 'INCLUDED' THEN now() ELSE included_at END,
        recommended_at = CASE WHEN p_to = 'RECOMMENDED' THEN now() ELSE recommended_at END,
        regional_decided_at = CASE WHEN p_to IN ('REGIONAL', 'DECLINED') THEN now() ELSE regional_decided_at END
    WHERE id = p_nomination;
    INSERT INTO mentor_nomination_event (id, nomination_id, school_id, from_status, to_status, actor_role,
                                         actor_login, actor_name, comment)
    VALUES (gen_random_uuid(), p_nomination, v_school, v_status, p_to, v_role, p_actor_login, p_actor_name,
            v_comment);
    RETURN v_version + 1;
END
$$;

-- The latest recorded change of a region's registry, for the portal's Last-Modified: a withdrawn nomination that was
-- once included counts too, since its leaving changed the registry. Answers only for the caller's own region.
CREATE FUNCTION mentor_registry_last_change(p_region uuid) RETURNS timestamptz
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
    SELECT max(n.updated_at) FROM mentor_nomination n
    WHERE n.included_at IS NOT NULL AND municipality_region(school_municipality(n.school_id)) = p_region
      AND p_region = scope_region()
$$;
