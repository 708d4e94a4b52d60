-- Mentorships (наставнические пары и группы) with their history, and the school's orders that approve them.
-- Every row here names participants, so, as with participants, only the school's own users reach them.

-- An order of the school's head (приказ). Its content is frozen when it is issued: the document signed on paper
-- must read the same whenever it is downloaded again, whatever happens to the pairs later.
CREATE TABLE school_order (
    id          uuid PRIMARY KEY,
    school_id   uuid         NOT NULL REFERENCES school (id),
    kind        varchar(30)  NOT NULL CHECK (kind IN ('MENTORSHIP_APPROVAL')),
    number      varchar(50)  NOT NULL CHECK (btrim(number) <> ''),
    order_date  date         NOT NULL,
    title       varchar(300) NOT NULL,
    content     jsonb        NOT NULL,
    created_by  varchar(200) NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now()
);
-- Schools number their orders afresh each calendar year.
CREATE UNIQUE INDEX school_order_number_key
    ON school_order (school_id, (extract(year FROM order_date)), lower(btrim(number)));
CREATE INDEX school_order_school_idx ON school_order (school_id, order_date);

CREATE TABLE mentorship (
    id                  uuid PRIMARY KEY,
    school_id           uuid          NOT NULL REFERENCES school (id),
    form                varchar(40)   NOT NULL CHECK (form IN ('PUPIL_PUPIL', 'TEACHER_TEACHER', 'TEACHER_PUPIL',
                                          'STUDENT_PUPIL', 'STUDENT_STUDENT', 'EMPLOYER_PUPIL', 'EMPLOYER_STUDENT',
                                          'HEAD_TEACHER', 'COLLEGE_TEACHER_YOUNG_TEACHER')),
    kind                varchar(20)   NOT NULL CHECK (kind IN ('TRADITIONAL', 'GROUP', 'SHORT_TERM', 'REVERSE',
                                          'SITUATIONAL', 'SPEED', 'VIRTUAL')),
    mentor_id           uuid          NOT NULL REFERENCES participant (id),
    planned_start       date          NOT NULL,
    planned_end         date          NOT NULL,
    status              varchar(20)   NOT NULL CHECK (status IN ('PROPOSED', 'APPROVED', 'ACTIVE', 'COMPLETED',
                                          'TERMINATED')),
    started_on          date,
    ended_on            date,
    termination_reason  varchar(30)   CHECK (termination_reason IN ('PLAN_FULFILLED', 'MENTOR_INITIATIVE',
                                          'MENTEE_INITIATIVE', 'MUTUAL_DECISION', 'CURATOR_DECISION',
                                          'CONSENT_WITHDRAWN')),
    termination_comment varchar(1000),
    order_id            uuid          REFERENCES school_order (id),
    origin              varchar(20)   NOT NULL CHECK (origin IN ('MANUAL', 'MATCHING')),
    created_by          varchar(200)  NOT NULL,
    created_at          timestamptz   NOT NULL DEFAULT now(),
    updated_at          timestamptz   NOT NULL DEFAULT now(),
    version             integer       NOT NULL DEFAULT 0,
    CHECK (planned_end > planned_start),
    CHECK ((status = 'TERMINATED') = (termination_reason IS NOT NULL)),
    CHECK (status IN ('PROPOSED', 'TERMINATED') OR order_id IS NOT NULL)
);
CREATE INDEX mentorship_school_idx ON mentorship (school_id, status);
CREATE INDEX mentorship_mentor_idx ON mentorship (mentor_id);
CREATE INDEX mentorship_order_idx ON mentorship (order_id);

-- The mentees of a mentorship: one for a pair, several for a group. "open" is true while the mentee is still in
-- a mentorship that is not yet over, so that PostgreSQL itself keeps a mentee in at most one open mentorship of
-- each form, even under concurrent requests.
CREATE TABLE mentorship_mentee (
    id             uuid PRIMARY KEY,
    mentorship_id  uuid         NOT NULL REFERENCES mentorship (id),
    participant_id uuid         NOT NULL REFERENCES participant (id),
    school_id      uuid         NOT NULL REFERENCES school (id),
    form           varchar(40)  NOT NULL,
    open           boolean      NOT NULL DEFAULT true,
    removed_on     date,
    CONSTRAINT mentorship_mentee_once UNIQUE (mentorship_id, participant_id)
);
CREATE UNIQUE INDEX mentorship_mentee_open_key ON mentorship_mentee (participant_id, form) WHERE open;
CREATE INDEX mentorship_mentee_mentorship_idx ON mentorship_mentee (mentorship_id);

-- The history of a mentorship: every change of status, term or membership, with who, when and why.
CREATE TABLE mentorship_event (
    id              uuid PRIMARY KEY,
    mentorship_id   uuid          NOT NULL REFERENCES mentorship (id),
    school_id       uuid          NOT NULL REFERENCES school (id),
    kind            varchar(20)   NOT NULL CHECK (kind IN ('PROPOSED', 'APPROVED', 'ACTIVATED', 'COMPLETED',
                                      'TERMINATED', 'EXTENDED', 'SHORTENED', 'MENTEE_REMOVED')),
    from_status     varchar(20),
    to_status       varchar(20),
    at              timestamptz   NOT NULL DEFAULT now(),
    effective_on    date,
    actor_login     varchar(200)  NOT NULL,
    actor_name      varchar(300)  NOT NULL,
    reason          varchar(30),
    comment         varchar(1000),
    old_end         date,
    new_end         date,
    order_id        uuid          REFERENCES school_order (id),
    participant_id  uuid          REFERENCES participant (id)
);
CREATE INDEX mentorship_event_mentorship_idx ON mentorship_event (mentorship_id, at);

-- An issued order is a signed document: it is never changed or deleted, only followed by another one.
ALTER TABLE school_order ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_order_own_school ON school_order FOR ALL
    USING (scope_role() = 'system' OR (scope_role() = 'school' AND school_id = scope_id('school_id')));
REVOKE UPDATE, DELETE ON school_order FROM ${appRole};

ALTER TABLE mentorship ENABLE ROW LEVEL SECURITY;
CREATE POLICY mentorship_own_school ON mentorship FOR ALL
    USING (scope_role() = 'system' OR (scope_role() = 'school' AND school_id = scope_id('school_id')));

ALTER TABLE mentorship_mentee ENABLE ROW LEVEL SECURITY;
CREATE POLICY mentorship_mentee_own_school ON mentorship_mentee FOR ALL
    USING (scope_role() = 'system' OR (scope_role() = 'school' AND school_id = scope_id('school_id')));

-- History is written once and never rewritten.
ALTER TABLE mentorship_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY mentorship_event_read ON mentorship_event FOR SELECT
    USING (scope_role() = 'system' OR (scope_role() = 'school' AND school_id = scope_id('school_id')));
CREATE POLICY mentorship_event_insert ON mentorship_event FOR INSERT
    WITH CHECK (scope_role() = 'system' OR (scope_role() = 'school' AND school_id = scope_id('school_id')));
REVOKE UPDATE, DELETE ON mentorship_event FROM ${appRole};
