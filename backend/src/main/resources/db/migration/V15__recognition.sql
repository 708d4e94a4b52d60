-- Recognition (stage 7 of the model): rewards of mentors and mentees, and best practices (лучшие практики) that a
-- school proposes for the municipal bank, with each participant's consent to publish and the municipal review.
-- Every table here belongs to its school. Municipal, regional and portal users never read these tables: they read
-- the published_* views below, which show a practice only as published (no participant ids, birth dates,
-- contacts or consent documents, and only the names whose consent allows it) and check the caller's scope
-- themselves.

-- A reward of a participant (награда): a certificate, a letter of thanks, the «Педагог-наставник» badge, a bonus, a
-- valuable gift or anything else in the school's own words. Monitoring counts them by school, kind and date.
CREATE TABLE reward (
    id             uuid PRIMARY KEY,
    school_id      uuid          NOT NULL REFERENCES school (id),
    participant_id uuid          NOT NULL REFERENCES participant (id),
    mentorship_id  uuid          REFERENCES mentorship (id),
    kind           varchar(20)   NOT NULL CHECK (kind IN ('CERTIFICATE', 'GRATITUDE', 'MENTOR_BADGE', 'BONUS', 'GIFT',
                                     'OTHER')),
    other_kind     varchar(200),
    title          varchar(500)  NOT NULL CHECK (btrim(title) <> ''),
    awarded_on     date          NOT NULL,
    awarded_by     varchar(300)  NOT NULL CHECK (btrim(awarded_by) <> ''),
    document_ref   varchar(200),
    created_by     varchar(300)  NOT NULL,
    created_at     timestamptz   NOT NULL DEFAULT now(),
    updated_at     timestamptz   NOT NULL DEFAULT now(),
    version        integer       NOT NULL DEFAULT 0,
    CHECK ((kind = 'OTHER') = (other_kind IS NOT NULL AND btrim(other_kind) <> ''))
);
CREATE INDEX reward_school_idx ON reward (school_id, awarded_on);
CREATE INDEX reward_school_kind_idx ON reward (school_id, kind, awarded_on);
CREATE INDEX reward_participant_idx ON reward (participant_id);

-- A completed pair or group proposed as a best practice: DRAFT → SUBMITTED → ACCEPTED into the municipal bank
-- (→ RECOMMENDED to the region), or RETURNED with the coordinator's comment, edited and submitted again.
CREATE TABLE best_practice (
    id             uuid PRIMARY KEY,
    school_id      uuid          NOT NULL REFERENCES school (id),
    mentorship_id  uuid          NOT NULL REFERENCES mentorship (id),
    title          varchar(300)  NOT NULL CHECK (btrim(title) <> ''),
    description    varchar(8000) NOT NULL DEFAULT '',
    results        varchar(8000) NOT NULL DEFAULT '',
    status         varchar(20)   NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED',
                                     'RECOMMENDED')),
    return_comment varchar(2000),
    submitted_at   timestamptz,
    accepted_at    timestamptz,
    recommended_at timestamptz,
    created_by     varchar(300)  NOT NULL,
    created_at     timestamptz   NOT NULL DEFAULT now(),
    updated_at     timestamptz   NOT NULL DEFAULT now(),
    version        integer       NOT NULL DEFAULT 0,
    CONSTRAINT best_practice_mentorship_key UNIQUE (mentorship_id),
    CHECK ((status = 'DRAFT') = (submitted_at IS NULL)),
    CHECK ((status = 'RETURNED') = (return_comment IS NOT NULL)),
    CHECK (status NOT IN ('ACCEPTED', 'RECOMMENDED') OR accepted_at IS NOT NULL),
    CHECK ((status = 'RECOMMENDED') = (recommended_at IS NOT NULL))
);
CREATE INDEX best_practice_school_idx ON best_practice (school_id, status);

-- Each participant's consent to publish (согласие на публикацию), as the pair's mentor or mentee: anonymously (the
-- case without the name), with the name, or with the name and the materials that show the person. A minor's is
-- given by a parent or guardian. Withdrawing it, or the consent to personal-data processing, ends the publication
-- of that person at once.
CREATE TABLE best_practice_consent (
    id                uuid PRIMARY KEY,
    practice_id       uuid          NOT NULL REFERENCES best_practice (id) ON DELETE CASCADE,
    school_id         uuid          NOT NULL REFERENCES school (id),
    participant_id    uuid          NOT NULL REFERENCES participant (id),
    role              varchar(10)   NOT NULL CHECK (role IN ('MENTOR', 'MENTEE')),
    publication       varchar(20)   NOT NULL CHECK (publication IN ('ANONYMOUS', 'NAME', 'NAME_AND_PHOTO')),
    given_by          varchar(20)   NOT NULL CHECK (given_by IN ('SELF', 'PARENT', 'GUARDIAN')),
    giver_name        varchar(300)  NOT NULL CHECK (btrim(giver_name) <> ''),
    given_on          date          NOT NULL,
    document_ref      varchar(200)  NOT NULL CHECK (btrim(document_ref) <> ''),
    withdrawn_on      date,
    withdrawal_reason varchar(500),
    recorded_by       varchar(300)  NOT NULL,
    recorded_at       timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT best_practice_consent_once UNIQUE (practice_id, participant_id),
    CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
);
CREATE INDEX best_practice_consent_participant_idx ON best_practice_consent (participant_id);

-- Materials of a practice (PDF, JPEG, PNG, DOCX). "people" are the pair's participants a material shows or names:
-- it is published only while each of them allows the name and photo. The file itself is in its own table, so that
-- listing materials never reads their bytes.
CREATE TABLE best_practice_attachment (
    id           uuid PRIMARY KEY,
    practice_id  uuid          NOT NULL REFERENCES best_practice (id) ON DELETE CASCADE,
    school_id    uuid          NOT NULL REFERENCES school (id),
    file_name    varchar(255)  NOT NULL CHECK (btrim(file_name) <> ''),
    caption      varchar(200),
    content_type varchar(100)  NOT NULL CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png',
                                   'application/vnd.openxmlformats-officedocument.wordprocessingml.document')),
    size_bytes   bigint        NOT NULL CHECK (size_bytes > 0),
    sha256       char(64)      NOT NULL,
    people       uuid[]        NOT NULL DEFAULT '{}',
    uploaded_by  varchar(300)  NOT NULL,
    uploaded_at  timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX best_practice_attachment_practice_idx ON best_practice_attachment (practice_id, uploaded_at);

-- bytea rather than large objects: a row is covered by row-level security and deleted with its attachment, while
-- a large object has no row-level security and outlives a deleted row unless someone unlinks it. Files are at
-- most a few megabytes (the limits are settings) and already compressed, so PostgreSQL keeps them out of line
-- without trying to compress them again.
CREATE TABLE best_practice_file (
    attachment_id uuid  PRIMARY KEY REFERENCES best_practice_attachment (id) ON DELETE CASCADE,
    school_id     uuid  NOT NULL REFERENCES school (id),
    content       bytea NOT NULL
);
ALTER TABLE best_practice_file ALTER COLUMN content SET STORAGE EXTERNAL;

-- The review's history: every submission, return, acceptance and recommendation with who, when and the comment.
CREATE TABLE best_practice_event (
    id          uuid PRIMARY KEY,
    practice_id uuid          NOT NULL REFERENCES best_practice (id),
    school_id   uuid          NOT NULL REFERENCES school (id),
    action      varchar(20)   NOT NULL CHECK (action IN ('SUBMITTED', 'RETURNED', 'ACCEPTED', 'RECOMMENDED')),
    from_status varchar(20)   NOT NULL,
    to_status   varchar(20)   NOT NULL,
    at          timestamptz   NOT NULL DEFAULT now(),
    actor_role  varchar(20)   NOT NULL CHECK (actor_role IN ('school', 'municipal')),
    actor_login varchar(200)  NOT NULL,
    actor_name  varchar(300)  NOT NULL,
    comment     varchar(2000)
);
CREATE INDEX best_practice_event_practice_idx ON best_practice_event (practice_id, at);

ALTER TABLE reward ENABLE ROW LEVEL SECURITY;
CREATE POLICY reward_own_school ON reward FOR ALL USING (own_school(school_id));
ALTER TABLE best_practice ENABLE ROW LEVEL SECURITY;
CREATE POLICY best_practice_own_school ON best_practice FOR ALL USING (own_school(school_id));
ALTER TABLE best_practice_consent ENABLE ROW LEVEL SECURITY;
CREATE POLICY best_practice_consent_own_school ON best_practice_consent FOR ALL USING (own_school(school_id));
ALTER TABLE best_practice_attachment ENABLE ROW LEVEL SECURITY;
CREATE POLICY best_practice_attachment_own_school ON best_practice_attachment FOR ALL
    USING (own_school(school_id));
ALTER TABLE best_practice_file ENABLE ROW LEVEL SECURITY;
CREATE POLICY best_practice_file_own_school ON best_practice_file FOR ALL USING (own_school(school_id));
ALTER TABLE best_practice_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY best_practice_event_read ON best_practice_event FOR SELECT USING (own_school(school_id));
CREATE POLICY best_practice_event_insert ON best_practice_event FOR INSERT WITH CHECK (own_school(school_id));
REVOKE UPDATE, DELETE ON best_practice_event FROM ${appRole};

-- Who sees a practice as published: its school in any status (to preview it), the municipal coordinator of the
-- school's municipality once it is submitted, the region (and its portal) once the municipality accepted it.
CREATE FUNCTION practice_visible(p_school uuid, p_status text) RETURNS boolean
    LANGUAGE sql STABLE
AS $$
    SELECT coalesce(CASE scope_role()
        WHEN 'system' THEN true
        WHEN 'school' THEN p_school = scope_id('school_id')
        WHEN 'municipal' THEN p_status IN ('SUBMITTED', 'ACCEPTED', 'RECOMMENDED')
                              AND school_municipality(p_school) = scope_id('municipality_id')
        WHEN 'regional' THEN p_status IN ('ACCEPTED', 'RECOMMENDED')
                             AND municipality_region(school_municipality(p_school)) = scope_id('region_id')
        WHEN 'portal' THEN p_status IN ('ACCEPTED', 'RECOMMENDED')
                           AND municipality_region(school_municipality(p_school)) = scope_id('region_id')
    END, false)
$$;

-- Whether a participant may be named (with p_photo: shown) now: a consent to publish that allows it, and the
-- consent to personal-data processing still in force (checked here too, so that a name is never shown past a
-- withdrawal). It runs as the owner because the views call it for callers outside the school; it answers only
-- about a practice the caller may see.
CREATE FUNCTION publication_allows(p_practice uuid, p_participant uuid, p_photo boolean) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
    SELECT EXISTS (SELECT 1 FROM best_practice bp
                   WHERE bp.id = p_practice AND practice_visible(bp.school_id, bp.status))
       AND EXISTS (SELECT 1 FROM best_practice_consent c
                   WHERE c.practice_id = p_practice AND c.participant_id = p_participant
                     AND c.withdrawn_on IS NULL
                     AND c.publication IN ('NAME_AND_PHOTO', CASE WHEN p_photo THEN 'NAME_AND_PHOTO' ELSE 'NAME' END))
       AND EXISTS (SELECT 1 FROM consent k WHERE k.participant_id = p_participant AND k.withdrawn_on IS NULL)
$$;

-- The views run as their owner, past the tables' own-school policies, and filter by the caller's scope instead;
-- security_barrier keeps that filter ahead of any condition a query adds. They name no participant's id.
CREATE VIEW published_best_practice WITH (security_barrier) AS
SELECT bp.id, bp.school_id, s.short_name AS school_name, s.municipality_id, mu.name AS municipality_name,
       mu.region_id, bp.title, bp.description, bp.results, m.form, m.kind, m.started_on, m.ended_on,
       (SELECT count(*) FROM mentorship_mentee mm
        WHERE mm.mentorship_id = m.id AND mm.removed_on IS NULL)::integer AS mentee_count,
       bp.status, bp.submitted_at, bp.accepted_at, bp.recommended_at, bp.version
FROM best_practice bp
JOIN mentorship m ON m.id = bp.mentorship_id
JOIN school s ON s.id = bp.school_id
JOIN municipality mu ON mu.id = s.municipality_id
WHERE practice_visible(bp.school_id, bp.status);

-- The people a published practice names: only those whose consent allows the name.
CREATE VIEW published_best_practice_person WITH (security_barrier) AS
SELECT c.id, c.practice_id, c.role, p.full_name, c.publication = 'NAME_AND_PHOTO' AS photo_allowed
FROM best_practice_consent c
JOIN best_practice bp ON bp.id = c.practice_id
JOIN participant p ON p.id = c.participant_id
WHERE practice_visible(bp.school_id, bp.status)
  AND publication_allows(c.practice_id, c.participant_id, false);

-- The materials a published practice shows: those in which nobody appears whose consent does not allow it. The
-- school's file name may name people, so only the caption the curator wrote for publication is shown.
CREATE VIEW published_best_practice_attachment WITH (security_barrier) AS
SELECT a.id, a.practice_id, a.caption, a.content_type, a.size_bytes, a.uploaded_at
FROM best_practice_attachment a
JOIN best_practice bp ON bp.id = a.practice_id
WHERE practice_visible(bp.school_id, bp.status)
  AND NOT EXISTS (SELECT 1 FROM unnest(a.people) AS shown (participant_id)
                  WHERE NOT publication_allows(a.practice_id, shown.participant_id, true));

CREATE VIEW published_best_practice_file WITH (security_barrier) AS
SELECT pa.id, pa.practice_id, f.content
FROM published_best_practice_attachment pa
JOIN best_practice_file f ON f.attachment_id = pa.id;

REVOKE INSERT, UPDATE, DELETE ON published_best_practice, published_best_practice_person,
    published_best_practice_attachment, published_best_practice_file FROM ${appRole};

-- The municipal coordinator's decision on a practice of the municipality's schools: SUBMITTED → ACCEPTED or
-- RETURNED (with a comment), ACCEPTED → RECOMMENDED. The service checks the rules and explains refusals; this
-- repeats them, because it runs past the school's policies: it acts only for the practice's own municipal
-- coordinator, only from the status and version the coordinator saw, and writes the history entry with the change.
-- Returns the practice's new version, or null when nothing was changed.
CREATE FUNCTION review_best_practice(p_practice uuid, p_version integer, p_to text, p_comment text,
                                     p_actor_login text, p_actor_name text) RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
DECLARE
    v_school uuid;
    v_status text;
    v_version integer;
    v_comment text := nullif(btrim(p_comment), '');
BEGIN
    SELECT school_id, status, version INTO v_school, v_status, v_version
    FROM best_practice WHERE id = p_practice FOR UPDATE;
    IF v_school IS NULL OR scope_role() <> 'municipal'
       OR school_municipality(v_school) IS DISTINCT FROM scope_id('municipality_id')
       OR v_version <> p_version
       OR NOT ((v_status = 'SUBMITTED' AND p_to IN ('ACCEPTED', 'RETURNED'))
               OR (v_status = 'ACCEPTED' AND p_to = 'RECOMMENDED'))
       OR (p_to = 'RETURNED' AND v_comment IS NULL) THEN
        RETURN NULL;
    END IF;
    UPDATE best_practice
    SET status = p_to, version = version + 1, updated_at = now(),
        return_comment = CASE WHEN p_to = 'RETURNED' THEN v_comment END,
        accepted_at = CASE WHEN p_to = 'ACCEPTED' THEN now() ELSE accepted_at END,
        recommended_at = CASE WHEN p_to = 'RECOMMENDED' THEN now() ELSE recommended_at END
    WHERE id = p_practice;
    INSERT INTO best_practice_event (id, practice_id, school_id, action, from_status, to_status, actor_role,
                                     actor_login, actor_name, comment)
    VALUES (gen_random_uuid(), p_practice, v_school, p_to, v_status, p_to, 'municipal', p_actor_login,
            p_actor_name, v_comment);
    RETURN v_version + 1;
END
$$;

-- Withdrawing a participant's consent to processing withdraws their consents to publish in every practice at
-- once, also in another school's practice (a mentor who led a pair there). Acts only for a participant of the
-- caller's scope.
CREATE FUNCTION withdraw_publication(p_participant uuid) RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
DECLARE
    v_school uuid;
    v_withdrawn integer;
BEGIN
    SELECT school_id INTO v_school FROM participant WHERE id = p_participant;
    IF v_school IS NULL OR NOT school_in_scope(v_school, school_municipality(v_school)) THEN
        RETURN 0;
    END IF;
    UPDATE best_practice_consent
    SET withdrawn_on = greatest(current_date, given_on),
        withdrawal_reason = 'Участник отозвал согласие на обработку персональных данных'
    WHERE participant_id = p_participant AND withdrawn_on IS NULL;
    GET DIAGNOSTICS v_withdrawn = ROW_COUNT;
    RETURN v_withdrawn;
END
$$;
