-- Filled questionnaires. A submitted response never changes; a newer one for the same questionnaire supersedes it.
-- Answers are personal data: they stay in the participant's school and are erased when consent is withdrawn.

CREATE TABLE questionnaire_response (
    id             uuid PRIMARY KEY,
    template_id    uuid         NOT NULL REFERENCES questionnaire_template (id),
    family_id      uuid         NOT NULL,
    participant_id uuid         NOT NULL REFERENCES participant (id),
    school_id      uuid         NOT NULL REFERENCES school (id),
    channel        varchar(10)  NOT NULL CHECK (channel IN ('PAPER', 'LINK')),
    entered_by     varchar(200) NOT NULL,
    submitted_at   timestamptz  NOT NULL DEFAULT now(),
    answers        jsonb        NOT NULL,
    superseded_by  uuid REFERENCES questionnaire_response (id),
    erased_at      timestamptz
);
CREATE INDEX questionnaire_response_participant_idx ON questionnaire_response (participant_id);
CREATE INDEX questionnaire_response_template_idx ON questionnaire_response (school_id, family_id)
    WHERE superseded_by IS NULL;

ALTER TABLE questionnaire_response ENABLE ROW LEVEL SECURITY;
CREATE POLICY questionnaire_response_own_school ON questionnaire_response FOR ALL
    USING (scope_role() = 'system' OR (scope_role() = 'school' AND school_id = scope_id('school_id')));
