-- The pair's work (stage 6 of the model): its personalised programme (персонализированная программа наставничества)
-- with goals and a plan of activities, every change to it after agreement as a revision, and the mentor's diary
-- (дневник наставника): meetings with attendance and the activities worked on, kept by the curator or through the
-- mentor's personal diary link. Every row names participants, so only the school's own users reach it.

-- One policy for every table of a school's own records: the school's users and the system's own background work.
CREATE FUNCTION own_school(p_school uuid) RETURNS boolean
    LANGUAGE sql STABLE
AS $$ SELECT scope_role() = 'system' OR (scope_role() = 'school' AND p_school = scope_id('school_id')) $$;

-- The programme of one pair or group, as §4.7–4.9 of the school regulations describe its explanatory note: the
-- problem, the possible content of the work, intermediate and final planned results, the mode and the schedule of
-- meetings, the conditions, and its term, which lies within the pair's term.
CREATE TABLE programme (
    id                   uuid PRIMARY KEY,
    mentorship_id        uuid          NOT NULL REFERENCES mentorship (id),
    school_id            uuid          NOT NULL REFERENCES school (id),
    status               varchar(20)   NOT NULL CHECK (status IN ('DRAFT', 'AGREED')),
    template_code        varchar(60),
    problem              varchar(4000) NOT NULL DEFAULT '',
    content              varchar(4000) NOT NULL DEFAULT '',
    intermediate_results varchar(4000) NOT NULL DEFAULT '',
    final_results        varchar(4000) NOT NULL DEFAULT '',
    conditions           varchar(2000) NOT NULL DEFAULT '',
    mode                 varchar(20)   NOT NULL CHECK (mode IN ('IN_PERSON', 'REMOTE', 'MIXED')),
    meeting_frequency    varchar(20)   NOT NULL CHECK (meeting_frequency IN ('WEEKLY', 'BIWEEKLY', 'MONTHLY',
                                           'AS_NEEDED')),
    meeting_weekday      smallint      CHECK (meeting_weekday BETWEEN 1 AND 7),
    meeting_time         time,
    schedule_note        varchar(300),
    starts_on            date          NOT NULL,
    ends_on              date          NOT NULL,
    agreed_on            date,
    created_by           varchar(200)  NOT NULL,
    created_at           timestamptz   NOT NULL DEFAULT now(),
    updated_at           timestamptz   NOT NULL DEFAULT now(),
    version              integer       NOT NULL DEFAULT 0,
    CONSTRAINT programme_mentorship_key UNIQUE (mentorship_id),
    CHECK (ends_on > starts_on),
    CHECK ((status = 'AGREED') = (agreed_on IS NOT NULL))
);

-- Goals, each with its tasks, in the order the programme lists them.
CREATE TABLE programme_goal (
    id           uuid PRIMARY KEY,
    programme_id uuid          NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    school_id    uuid          NOT NULL REFERENCES school (id),
    position     integer       NOT NULL CHECK (position >= 0),
    title        varchar(1000) NOT NULL CHECK (btrim(title) <> ''),
    tasks        varchar(4000) NOT NULL DEFAULT ''
);
CREATE INDEX programme_goal_programme_idx ON programme_goal (programme_id, position);

-- The plan of activities. The directions are the regulation's for the teacher forms (научно-теоретическое,
-- нормативно-правовое, предметно-профессиональное, психолого-педагогическое, методическое) and the usual ones of
-- the pupil and student forms (учебное, проектное, профориентационное, творческое, социальное).
CREATE TABLE programme_activity (
    id           uuid PRIMARY KEY,
    programme_id uuid          NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    school_id    uuid          NOT NULL REFERENCES school (id),
    goal_id      uuid          REFERENCES programme_goal (id) ON DELETE SET NULL,
    position     integer       NOT NULL CHECK (position >= 0),
    direction    varchar(30)   NOT NULL CHECK (direction IN ('THEORETICAL', 'REGULATORY', 'SUBJECT',
                                   'PSYCHOLOGICAL', 'METHODICAL', 'STUDY', 'PROJECT', 'CAREER', 'CREATIVE',
                                   'SOCIAL')),
    title        varchar(500)  NOT NULL CHECK (btrim(title) <> ''),
    description  varchar(2000) NOT NULL DEFAULT '',
    due_on       date          NOT NULL,
    performer    varchar(10)   NOT NULL CHECK (performer IN ('MENTOR', 'MENTEE', 'BOTH')),
    status       varchar(20)   NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    result       varchar(2000) NOT NULL DEFAULT '',
    done_on      date,
    updated_at   timestamptz   NOT NULL DEFAULT now(),
    version      integer       NOT NULL DEFAULT 0,
    CHECK ((status = 'DONE') = (done_on IS NOT NULL))
);
CREATE INDEX programme_activity_programme_idx ON programme_activity (programme_id, position);
CREATE INDEX programme_activity_due_idx ON programme_activity (school_id, status, due_on);

-- Who agreed to the programme and when: the mentor and each mentee, a minor's parent or guardian for them.
CREATE TABLE programme_agreement (
    id             uuid PRIMARY KEY,
    programme_id   uuid         NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    school_id      uuid         NOT NULL REFERENCES school (id),
    participant_id uuid         NOT NULL REFERENCES participant (id),
    given_by       varchar(20)  NOT NULL CHECK (given_by IN ('SELF', 'PARENT', 'GUARDIAN')),
    giver_name     varchar(300) NOT NULL CHECK (btrim(giver_name) <> ''),
    agreed_on      date         NOT NULL,
    CONSTRAINT programme_agreement_once UNIQUE (programme_id, participant_id)
);

-- Every change after the programme was agreed: who, when, why, what changed, and the programme as it then was.
CREATE TABLE programme_revision (
    id           uuid PRIMARY KEY,
    programme_id uuid          NOT NULL REFERENCES programme (id),
    school_id    uuid          NOT NULL REFERENCES school (id),
    at           timestamptz   NOT NULL DEFAULT now(),
    actor_login  varchar(200)  NOT NULL,
    actor_name   varchar(300)  NOT NULL,
    reason       varchar(1000) NOT NULL CHECK (btrim(reason) <> ''),
    summary      varchar(2000) NOT NULL,
    snapshot     jsonb         NOT NULL
);
CREATE INDEX programme_revision_programme_idx ON programme_revision (programme_id, at);

-- The mentor's diary: meetings of the pair or group. A planned meeting may lie ahead; a held one cannot.
CREATE TABLE meeting (
    id               uuid PRIMARY KEY,
    mentorship_id    uuid          NOT NULL REFERENCES mentorship (id),
    school_id        uuid          NOT NULL REFERENCES school (id),
    kind             varchar(20)   NOT NULL CHECK (kind IN ('TRIAL', 'PLANNING', 'REGULAR', 'FINAL')),
    held             boolean       NOT NULL,
    held_on          date          NOT NULL,
    starts_at        time,
    duration_minutes integer       CHECK (duration_minutes BETWEEN 5 AND 600),
    format           varchar(20)   NOT NULL CHECK (format IN ('IN_PERSON', 'REMOTE')),
    topic            varchar(500)  NOT NULL CHECK (btrim(topic) <> ''),
    notes            varchar(4000) NOT NULL DEFAULT '',
    recorded_via     varchar(20)   NOT NULL CHECK (recorded_via IN ('CURATOR', 'DIARY_LINK')),
    recorded_by      varchar(300)  NOT NULL,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    updated_at       timestamptz   NOT NULL DEFAULT now(),
    version          integer       NOT NULL DEFAULT 0
);
CREATE INDEX meeting_mentorship_idx ON meeting (mentorship_id, held_on);
CREATE INDEX meeting_school_idx ON meeting (school_id, held_on);

CREATE TABLE meeting_attendance (
    meeting_id     uuid    NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    participant_id uuid    NOT NULL REFERENCES participant (id),
    school_id      uuid    NOT NULL REFERENCES school (id),
    present        boolean NOT NULL,
    PRIMARY KEY (meeting_id, participant_id)
);

-- The activities worked on at a meeting. A row is visible exactly when its meeting is.
CREATE TABLE meeting_activity (
    meeting_id  uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    activity_id uuid NOT NULL REFERENCES programme_activity (id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, activity_id)
);
CREATE INDEX meeting_activity_activity_idx ON meeting_activity (activity_id);

-- The mentor's personal diary link: like a fill link, a random token of which only the SHA-256 is stored; it opens
-- one pair's diary until it expires, is revoked, or the pair ends.
CREATE TABLE diary_link (
    id            uuid PRIMARY KEY,
    token_hash    char(64)     NOT NULL,
    mentorship_id uuid         NOT NULL REFERENCES mentorship (id),
    school_id     uuid         NOT NULL REFERENCES school (id),
    created_by    varchar(200) NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    expires_at    timestamptz  NOT NULL,
    revoked_at    timestamptz,
    last_used_at  timestamptz,
    CONSTRAINT diary_link_token_key UNIQUE (token_hash),
    CHECK (expires_at > created_at)
);
CREATE INDEX diary_link_mentorship_idx ON diary_link (mentorship_id);

-- The diary page has no login: it learns which school a token belongs to, and then works in that school's scope.
CREATE FUNCTION diary_link_school(p_token_hash text) RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$ SELECT school_id FROM diary_link WHERE token_hash = p_token_hash $$;

ALTER TABLE programme ENABLE ROW LEVEL SECURITY;
CREATE POLICY programme_own_school ON programme FOR ALL USING (own_school(school_id));
ALTER TABLE programme_goal ENABLE ROW LEVEL SECURITY;
CREATE POLICY programme_goal_own_school ON programme_goal FOR ALL USING (own_school(school_id));
ALTER TABLE programme_activity ENABLE ROW LEVEL SECURITY;
CREATE POLICY programme_activity_own_school ON programme_activity FOR ALL USING (own_school(school_id));
ALTER TABLE programme_agreement ENABLE ROW LEVEL SECURITY;
CREATE POLICY programme_agreement_own_school ON programme_agreement FOR ALL USING (own_school(school_id));
ALTER TABLE meeting ENABLE ROW LEVEL SECURITY;
CREATE POLICY meeting_own_school ON meeting FOR ALL USING (own_school(school_id));
ALTER TABLE meeting_attendance ENABLE ROW LEVEL SECURITY;
CREATE POLICY meeting_attendance_own_school ON meeting_attendance FOR ALL USING (own_school(school_id));
ALTER TABLE meeting_activity ENABLE ROW LEVEL SECURITY;
CREATE POLICY meeting_activity_own_school ON meeting_activity FOR ALL
    USING (EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_id));
ALTER TABLE diary_link ENABLE ROW LEVEL SECURITY;
CREATE POLICY diary_link_own_school ON diary_link FOR ALL USING (own_school(school_id));

-- A revision is history: written once, never rewritten.
ALTER TABLE programme_revision ENABLE ROW LEVEL SECURITY;
CREATE POLICY programme_revision_read ON programme_revision FOR SELECT USING (own_school(school_id));
CREATE POLICY programme_revision_insert ON programme_revision FOR INSERT WITH CHECK (own_school(school_id));
REVOKE UPDATE, DELETE ON programme_revision FROM ${appRole};
