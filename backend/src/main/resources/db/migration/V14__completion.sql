-- Completion of a pair or group (stage 7 of the model): the outcome the curator records when the programme ends,
-- what became of each goal of its personalised programme, and whether the final meeting took place. The outcome
-- stands on the mentorship itself, because monitoring counts effective pairs ("результативная работа 17 пар из 40");
-- the rest is the completion record, written once when the pair is completed and never rewritten.

ALTER TABLE mentorship
    ADD COLUMN outcome        varchar(20) CHECK (outcome IN ('EFFECTIVE', 'PARTLY_EFFECTIVE', 'NOT_EFFECTIVE')),
    ADD COLUMN outcome_reason varchar(1000),
    -- Pairs completed before the wizard existed have no outcome; a terminated one never has.
    ADD CONSTRAINT mentorship_outcome_completed CHECK (outcome IS NULL OR status = 'COMPLETED'),
    ADD CONSTRAINT mentorship_outcome_reason CHECK (outcome IS NULL OR outcome = 'EFFECTIVE'
        OR btrim(coalesce(outcome_reason, '')) <> '');

CREATE TABLE mentorship_completion (
    mentorship_id      uuid PRIMARY KEY REFERENCES mentorship (id),
    school_id          uuid          NOT NULL REFERENCES school (id),
    completed_on       date          NOT NULL,
    final_meeting_held boolean       NOT NULL,
    comment            varchar(1000),
    recorded_login     varchar(200)  NOT NULL,
    recorded_by        varchar(300)  NOT NULL,
    recorded_at        timestamptz   NOT NULL DEFAULT now()
);

-- One row for every goal of the pair's programme: achieved, partly achieved or not achieved, with a note.
CREATE TABLE completion_goal_result (
    mentorship_id uuid          NOT NULL REFERENCES mentorship_completion (mentorship_id),
    goal_id       uuid          NOT NULL REFERENCES programme_goal (id),
    school_id     uuid          NOT NULL REFERENCES school (id),
    result        varchar(20)   NOT NULL CHECK (result IN ('ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED')),
    note          varchar(1000) NOT NULL DEFAULT '',
    PRIMARY KEY (mentorship_id, goal_id)
);

ALTER TABLE mentorship_completion ENABLE ROW LEVEL SECURITY;
CREATE POLICY mentorship_completion_read ON mentorship_completion FOR SELECT USING (own_school(school_id));
CREATE POLICY mentorship_completion_insert ON mentorship_completion FOR INSERT WITH CHECK (own_school(school_id));
REVOKE UPDATE, DELETE ON mentorship_completion FROM ${appRole};

ALTER TABLE completion_goal_result ENABLE ROW LEVEL SECURITY;
CREATE POLICY completion_goal_result_read ON completion_goal_result FOR SELECT USING (own_school(school_id));
CREATE POLICY completion_goal_result_insert ON completion_goal_result FOR INSERT
    WITH CHECK (own_school(school_id));
REVOKE UPDATE, DELETE ON completion_goal_result FROM ${appRole};
