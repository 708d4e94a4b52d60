-- Feedback on a schedule. A pair's curator chooses when its participants get the intermediate feedback
-- questionnaire; starting a pair sends the mentees the entry self-assessment, completing it the satisfaction and
-- quality questionnaires and the self-assessment again. Each such questionnaire for one person is a delivery: written
-- once (its unique key), handed to a channel once — e-mail through the outbox below, or a printable sheet with a
-- QR code — and answered through a fill link (V7), whose state tells whether it was filled, replaced or expired.

-- At most one schedule per pair or group; no row means no intermediate feedback. "version" is the curator's: the
-- background task moves next_due_on without touching it, so a curator's edit is never refused because of it.
CREATE TABLE feedback_schedule (
    mentorship_id      uuid PRIMARY KEY REFERENCES mentorship (id),
    school_id          uuid         NOT NULL REFERENCES school (id),
    mode               varchar(10)  NOT NULL CHECK (mode IN ('NONE', 'PERIODIC', 'DATES')),
    first_after_months smallint CHECK (first_after_months BETWEEN 1 AND 12),
    every_months       smallint CHECK (every_months BETWEEN 1 AND 12),
    dates              date[]       NOT NULL DEFAULT '{}',
    include_mentor     boolean      NOT NULL DEFAULT false,
    -- The day the schedule was set: due dates before it are not issued (they were not asked for then).
    effective_from     date         NOT NULL,
    -- The earliest due date not issued yet, or null when none is left: what the background task looks at.
    next_due_on        date,
    updated_by         varchar(200) NOT NULL,
    updated_at         timestamptz  NOT NULL,
    version            integer      NOT NULL,
    CHECK ((mode = 'PERIODIC') = (first_after_months IS NOT NULL AND every_months IS NOT NULL)),
    CHECK (mode = 'DATES' OR cardinality(dates) = 0),
    CHECK (mode <> 'DATES' OR cardinality(dates) > 0)
);
CREATE INDEX feedback_schedule_due_idx ON feedback_schedule (next_due_on) WHERE next_due_on IS NOT NULL;

-- One questionnaire for one participant of one pair. state: PENDING (due, not yet handed to a channel), MAILING
-- (its e-mail is in the outbox), MAILED, TO_PRINT (waits for a printable sheet), PRINTED, CANCELLED.
CREATE TABLE feedback_delivery (
    id             uuid PRIMARY KEY,
    school_id      uuid         NOT NULL REFERENCES school (id),
    mentorship_id  uuid         NOT NULL REFERENCES mentorship (id),
    participant_id uuid         NOT NULL REFERENCES participant (id),
    purpose        varchar(20)  NOT NULL
        CHECK (purpose IN ('ENTRY', 'INTERMEDIATE', 'SATISFACTION', 'QUALITY', 'FINAL_ENTRY')),
    family_id      uuid         NOT NULL,
    due_on         date         NOT NULL,
    state          varchar(10)  NOT NULL
        CHECK (state IN ('PENDING', 'MAILING', 'MAILED', 'TO_PRINT', 'PRINTED', 'CANCELLED')),
    channel        varchar(10) CHECK (channel IN ('EMAIL', 'SHEET')),
    -- The version sent and the link in force: a reprint replaces both.
    template_id    uuid REFERENCES questionnaire_template (id),
    fill_link_id   uuid REFERENCES fill_link (id),
    issued_at      timestamptz,
    sent_at        timestamptz,
    cancel_reason  varchar(300),
    created_at     timestamptz  NOT NULL DEFAULT now(),
    CHECK (state IN ('PENDING', 'CANCELLED') OR channel IS NOT NULL),
    CHECK (state <> 'CANCELLED' OR cancel_reason IS NOT NULL)
);
-- The same delivery is never written twice, whoever writes it and however often: once per pair, participant and
-- purpose, and for the intermediate feedback once per due date.
CREATE UNIQUE INDEX feedback_delivery_once ON feedback_delivery (mentorship_id, participant_id, purpose)
    WHERE purpose <> 'INTERMEDIATE';
CREATE UNIQUE INDEX feedback_delivery_once_per_date ON feedback_delivery (mentorship_id, participant_id, due_on)
    WHERE purpose = 'INTERMEDIATE';
CREATE INDEX feedback_delivery_pending_idx ON feedback_delivery (due_on) WHERE state = 'PENDING';
CREATE INDEX feedback_delivery_participant_idx ON feedback_delivery (participant_id, family_id);
CREATE INDEX feedback_delivery_school_idx ON feedback_delivery (school_id, due_on);

-- The e-mail outbox: a row is written in the transaction that hands its delivery to e-mail, so a message is never
-- lost between deciding and sending. Sending claims it (SENDING, attempts + 1) in a transaction that also creates the
-- fill link, sends after that commits, and records the outcome: SENT, or QUEUED again for a retry after a failure,
-- or FAILED after the last attempt. A row left SENDING longer than any attempt lasts belongs to an instance that
-- stopped mid-send: whether that message left is unknown, so it is not sent again but FAILED (at most once).
CREATE TABLE feedback_mail (
    id              uuid PRIMARY KEY,
    delivery_id     uuid          NOT NULL REFERENCES feedback_delivery (id),
    school_id       uuid          NOT NULL REFERENCES school (id),
    recipient       varchar(320)  NOT NULL,
    status          varchar(10)   NOT NULL CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'CANCELLED')),
    attempts        integer       NOT NULL DEFAULT 0,
    next_attempt_at timestamptz   NOT NULL,
    claimed_at      timestamptz,
    sent_at         timestamptz,
    last_error      varchar(1000),
    created_at      timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT feedback_mail_once UNIQUE (delivery_id)
);
CREATE INDEX feedback_mail_due_idx ON feedback_mail (next_attempt_at) WHERE status IN ('QUEUED', 'SENDING');

ALTER TABLE feedback_schedule ENABLE ROW LEVEL SECURITY;
CREATE POLICY feedback_schedule_own_school ON feedback_schedule FOR ALL USING (own_school(school_id));
ALTER TABLE feedback_delivery ENABLE ROW LEVEL SECURITY;
CREATE POLICY feedback_delivery_own_school ON feedback_delivery FOR ALL USING (own_school(school_id));
ALTER TABLE feedback_mail ENABLE ROW LEVEL SECURITY;
CREATE POLICY feedback_mail_own_school ON feedback_mail FOR ALL USING (own_school(school_id));
-- Deliveries are the record of what was sent: they change state but never disappear.
REVOKE DELETE ON feedback_delivery, feedback_mail FROM ${appRole};

-- A delivery as the curator sees it, with its status worked out once, here: the link's fate comes first (filled,
-- replaced by a newer one, expired), then the channel's. It runs with the caller's rights (security_invoker), so
-- every table's own policy applies.
CREATE VIEW feedback_delivery_view WITH (security_invoker = true) AS
SELECT d.id, d.school_id, d.mentorship_id, d.participant_id, p.full_name AS participant_name,
       mp.full_name AS mentor_name, d.purpose, d.family_id, d.due_on, d.state, d.channel, t.title AS template_title,
       mail.recipient, mail.attempts AS mail_attempts, mail.last_error AS mail_error, d.issued_at, d.sent_at,
       l.expires_at, l.used_at AS filled_at, d.cancel_reason, d.created_at,
       CASE
           WHEN d.state = 'CANCELLED' THEN 'CANCELLED'
           WHEN l.used_at IS NOT NULL THEN 'FILLED'
           WHEN d.state IN ('PENDING', 'MAILING') THEN 'PENDING'
           WHEN d.state = 'TO_PRINT' THEN 'TO_PRINT'
           WHEN l.revoked_at IS NOT NULL THEN 'REPLACED'
           WHEN l.expires_at <= now() THEN 'EXPIRED'
           WHEN d.state = 'MAILED' THEN 'EMAILED'
           ELSE 'PRINTED'
       END AS status
FROM feedback_delivery d
JOIN participant p ON p.id = d.participant_id
JOIN mentorship m ON m.id = d.mentorship_id
LEFT JOIN participant mp ON mp.id = m.mentor_id
LEFT JOIN questionnaire_template t ON t.id = d.template_id
LEFT JOIN fill_link l ON l.id = d.fill_link_id
LEFT JOIN feedback_mail mail ON mail.delivery_id = d.id;

-- The schools with feedback work due: a schedule's date has come for an active pair, a delivery waits for its
-- channel, an e-mail is due (or was left mid-send). The background task then works in each school's own scope; this
-- answers nothing but school ids.
CREATE FUNCTION feedback_due_schools(p_today date, p_stale interval) RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
    SELECT s.school_id FROM feedback_schedule s JOIN mentorship m ON m.id = s.mentorship_id
    WHERE s.next_due_on <= p_today AND m.status = 'ACTIVE'
    UNION
    SELECT school_id FROM feedback_delivery WHERE state = 'PENDING' AND due_on <= p_today
    UNION
    SELECT school_id FROM feedback_mail
    WHERE (status = 'QUEUED' AND next_attempt_at <= clock_timestamp())
       OR (status = 'SENDING' AND claimed_at <= clock_timestamp() - p_stale)
$$;
