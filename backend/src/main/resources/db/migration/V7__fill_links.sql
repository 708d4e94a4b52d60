-- Personal fill links: a participant (or a parent) fills a questionnaire on their phone without an account. The
-- link carries a random token; only its SHA-256 is stored, so the table never holds a usable link. A link serves
-- one participant and one questionnaire version, expires, can be revoked and is used once.

CREATE TABLE fill_link (
    id             uuid PRIMARY KEY,
    token_hash     char(64)     NOT NULL,
    school_id      uuid         NOT NULL REFERENCES school (id),
    participant_id uuid         NOT NULL REFERENCES participant (id),
    template_id    uuid         NOT NULL REFERENCES questionnaire_template (id),
    created_by     varchar(200) NOT NULL,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    expires_at     timestamptz  NOT NULL,
    revoked_at     timestamptz,
    used_at        timestamptz,
    response_id    uuid REFERENCES questionnaire_response (id),
    CONSTRAINT fill_link_token_key UNIQUE (token_hash),
    CHECK (expires_at > created_at)
);
CREATE INDEX fill_link_participant_idx ON fill_link (participant_id);

ALTER TABLE fill_link ENABLE ROW LEVEL SECURITY;
CREATE POLICY fill_link_own_school ON fill_link FOR ALL
    USING (scope_role() = 'system' OR (scope_role() = 'school' AND school_id = scope_id('school_id')));

-- The fill page has no login, so before anything else it learns which school a token belongs to (and nothing
-- more) and then works inside that school's scope like its curator would.
CREATE FUNCTION fill_link_school(p_token_hash text) RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$ SELECT school_id FROM fill_link WHERE token_hash = p_token_hash $$;
