-- Match runs (подбор пар): the engine's proposal for one form, kept with its explanations, the mentees it could
-- not match and why, and the curator's decision on every proposal. A school's curator runs them over the school;
-- a municipal coordinator over all the municipality's schools, but only for forms whose both sides are adults:
-- personal data of minors never leaves their school.

CREATE FUNCTION adults_only(p_form text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
AS $$ SELECT p_form IN ('TEACHER_TEACHER', 'HEAD_TEACHER', 'COLLEGE_TEACHER_YOUNG_TEACHER') $$;

-- A school run belongs to its school, a municipal run to its municipality; nobody else sees either.
CREATE FUNCTION match_scope_visible(p_school uuid, p_municipality uuid) RETURNS boolean
    LANGUAGE sql STABLE
AS $$
    SELECT coalesce(CASE scope_role()
        WHEN 'system' THEN true
        WHEN 'school' THEN p_school = scope_id('school_id')
        WHEN 'municipal' THEN p_municipality = scope_id('municipality_id')
    END, false)
$$;

CREATE TABLE match_run (
    id               uuid PRIMARY KEY,
    school_id        uuid         REFERENCES school (id),
    municipality_id  uuid         REFERENCES municipality (id),
    form             varchar(40)  NOT NULL CHECK (form IN ('PUPIL_PUPIL', 'TEACHER_TEACHER', 'TEACHER_PUPIL',
                                      'STUDENT_PUPIL', 'STUDENT_STUDENT', 'EMPLOYER_PUPIL', 'EMPLOYER_STUDENT',
                                      'HEAD_TEACHER', 'COLLEGE_TEACHER_YOUNG_TEACHER')),
    shape            varchar(10)  NOT NULL CHECK (shape IN ('PAIR', 'GROUP')),
    -- The kind accepted pairs get; a mentor with two or more accepted mentees of a group run forms a group.
    kind             varchar(20)  NOT NULL CHECK (kind IN ('TRADITIONAL', 'SHORT_TERM', 'REVERSE', 'SITUATIONAL',
                                      'SPEED', 'VIRTUAL')),
    weights          jsonb        NOT NULL,
    -- Who took part, by id only: a later change (two proposals exchanging mentees) is re-evaluated over them.
    mentor_ids       uuid[]       NOT NULL,
    mentee_ids       uuid[]       NOT NULL,
    mentor_count     integer      NOT NULL,
    mentee_count     integer      NOT NULL,
    matched_count    integer      NOT NULL,
    total_score      bigint       NOT NULL,
    max_pair_score   integer      NOT NULL,
    blocking_pairs   bigint       NOT NULL,
    excluded_mentors jsonb        NOT NULL,
    solver_stats     jsonb        NOT NULL,
    status           varchar(10)  NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    created_by       varchar(300) NOT NULL,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    version          integer      NOT NULL DEFAULT 0,
    CHECK ((school_id IS NULL) <> (municipality_id IS NULL)),
    CHECK (municipality_id IS NULL OR adults_only(form))
);
CREATE INDEX match_run_school_idx ON match_run (school_id, created_at) WHERE school_id IS NOT NULL;
CREATE INDEX match_run_municipality_idx ON match_run (municipality_id, created_at) WHERE municipality_id IS NOT NULL;

-- One proposed mentor–mentee pair (a member of a group in a group run). The run's scope is repeated on every row
-- so that the policies need no join. A mentee appears once per run; exchanging two mentees passes through a
-- moment where one appears twice, hence the deferred check.
CREATE TABLE match_proposal (
    id               uuid PRIMARY KEY,
    run_id           uuid          NOT NULL REFERENCES match_run (id),
    school_id        uuid          REFERENCES school (id),
    municipality_id  uuid          REFERENCES municipality (id),
    position         integer       NOT NULL,
    mentor_id        uuid          NOT NULL REFERENCES participant (id),
    mentee_id        uuid          NOT NULL REFERENCES participant (id),
    mentee_school_id uuid          NOT NULL REFERENCES school (id),
    score            integer       NOT NULL,
    -- Points per criterion and the ranks each side gave; erased with either person's personal data.
    explanation      jsonb,
    status           varchar(10)   NOT NULL CHECK (status IN ('PROPOSED', 'ACCEPTED', 'REJECTED', 'VOID')),
    swapped          boolean       NOT NULL DEFAULT false,
    mentorship_id    uuid          REFERENCES mentorship (id),
    decided_by       varchar(300),
    decided_at       timestamptz,
    decision_note    varchar(1000),
    version          integer       NOT NULL DEFAULT 0,
    CHECK ((school_id IS NULL) <> (municipality_id IS NULL)),
    CHECK ((status = 'ACCEPTED') = (mentorship_id IS NOT NULL)),
    CONSTRAINT match_proposal_mentee_once UNIQUE (run_id, mentee_id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX match_proposal_run_idx ON match_proposal (run_id, position);
CREATE INDEX match_proposal_mentor_idx ON match_proposal (mentor_id);
CREATE INDEX match_proposal_mentee_idx ON match_proposal (mentee_id);

CREATE TABLE match_unmatched (
    id               uuid PRIMARY KEY,
    run_id           uuid         NOT NULL REFERENCES match_run (id),
    school_id        uuid         REFERENCES school (id),
    municipality_id  uuid         REFERENCES municipality (id),
    position         integer      NOT NULL,
    mentee_id        uuid         NOT NULL REFERENCES participant (id),
    mentee_school_id uuid         NOT NULL REFERENCES school (id),
    reason           varchar(30)  NOT NULL CHECK (reason IN ('FORM_DOES_NOT_FIT', 'ALREADY_IN_MENTORSHIP',
                                      'NO_MENTOR_OF_FORM', 'NO_ELIGIBLE_MENTOR', 'NO_CAPACITY_LEFT')),
    main_constraint  varchar(40),
    excluded_mentors jsonb        NOT NULL,
    eligible_mentors integer      NOT NULL,
    CHECK ((school_id IS NULL) <> (municipality_id IS NULL))
);
CREATE INDEX match_unmatched_run_idx ON match_unmatched (run_id, position);

-- Pairs a curator (or the municipal coordinator, for municipal runs) set aside: later runs never propose them.
CREATE TABLE match_exclusion (
    id              uuid PRIMARY KEY,
    school_id       uuid         REFERENCES school (id),
    municipality_id uuid         REFERENCES municipality (id),
    mentor_id       uuid         NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    mentee_id       uuid         NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    reason          varchar(500),
    created_by      varchar(300) NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    CHECK ((school_id IS NULL) <> (municipality_id IS NULL)),
    CHECK (mentor_id <> mentee_id)
);
CREATE UNIQUE INDEX match_exclusion_school_key ON match_exclusion (school_id, mentor_id, mentee_id)
    WHERE school_id IS NOT NULL;
CREATE UNIQUE INDEX match_exclusion_municipality_key ON match_exclusion (municipality_id, mentor_id, mentee_id)
    WHERE municipality_id IS NOT NULL;

ALTER TABLE match_run ENABLE ROW LEVEL SECURITY;
CREATE POLICY match_run_scope ON match_run FOR ALL USING (match_scope_visible(school_id, municipality_id));
ALTER TABLE match_proposal ENABLE ROW LEVEL SECURITY;
CREATE POLICY match_proposal_scope ON match_proposal FOR ALL USING (match_scope_visible(school_id, municipality_id));
ALTER TABLE match_unmatched ENABLE ROW LEVEL SECURITY;
CREATE POLICY match_unmatched_scope ON match_unmatched FOR ALL USING (match_scope_visible(school_id, municipality_id));
ALTER TABLE match_exclusion ENABLE ROW LEVEL SECURITY;
CREATE POLICY match_exclusion_scope ON match_exclusion FOR ALL USING (match_scope_visible(school_id, municipality_id));
-- A run and its outcome are the record of what was proposed: decisions change proposals, nothing deletes them.
REVOKE DELETE ON match_run, match_proposal, match_unmatched FROM ${appRole};

-- Look-ups for the policies below; like V2's they run as the owner, so no policy recurses into another table's.
CREATE FUNCTION participant_school(p_participant uuid) RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$ SELECT school_id FROM participant WHERE id = p_participant $$;

CREATE FUNCTION consent_in_force(p_participant uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$ SELECT EXISTS (SELECT 1 FROM consent WHERE participant_id = p_participant AND withdrawn_on IS NULL) $$;

CREATE FUNCTION mentors_in_school(p_participant uuid, p_school uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$ SELECT EXISTS (SELECT 1 FROM mentorship WHERE mentor_id = p_participant AND school_id = p_school) $$;

-- The municipal coordinator reads the adult candidates of the municipality's schools (teachers, young specialists,
-- heads) with a consent in force, and nothing else of any participant: what a municipal run needs.
CREATE POLICY participant_municipal_adult_candidates ON participant FOR SELECT
    USING (scope_role() = 'municipal' AND kind IN ('TEACHER', 'YOUNG_SPECIALIST', 'HEAD')
           AND (mentor_candidate OR mentee_candidate)
           AND school_municipality(school_id) = scope_id('municipality_id')
           AND consent_in_force(id));
CREATE POLICY consent_municipal_adult_candidates ON consent FOR SELECT
    USING (scope_role() = 'municipal' AND withdrawn_on IS NULL AND participant_id IN (SELECT id FROM participant));

-- A municipal run's accepted proposal becomes a mentorship in the mentee's school, possibly with a mentor from
-- another school of the municipality: the coordinator creates (and reads back) exactly those.
CREATE POLICY mentorship_municipal_matching ON mentorship FOR SELECT
    USING (scope_role() = 'municipal' AND origin = 'MATCHING' AND adults_only(form)
           AND school_municipality(school_id) = scope_id('municipality_id'));
CREATE POLICY mentorship_municipal_matching_insert ON mentorship FOR INSERT
    WITH CHECK (scope_role() = 'municipal' AND origin = 'MATCHING' AND adults_only(form)
                AND school_municipality(school_id) = scope_id('municipality_id'));
CREATE POLICY mentorship_mentee_municipal_insert ON mentorship_mentee FOR INSERT
    WITH CHECK (scope_role() = 'municipal' AND mentorship_id IN (SELECT id FROM mentorship));
CREATE POLICY mentorship_event_beyond_school_insert ON mentorship_event FOR INSERT
    WITH CHECK (scope_role() IN ('school', 'municipal') AND mentorship_id IN (SELECT id FROM mentorship));

-- The mentee's school sees the name of a mentor from another school who mentors in one of its mentorships.
CREATE POLICY participant_mentor_of_school ON participant FOR SELECT
    USING (scope_role() = 'school' AND mentors_in_school(id, scope_id('school_id')));

-- The mentor's own school sees the mentorships its participant leads elsewhere, and when the mentor withdraws
-- consent it terminates them in the same transaction (and may change them in no other way).
CREATE POLICY mentorship_of_own_mentor ON mentorship FOR SELECT
    USING (scope_role() = 'school' AND participant_school(mentor_id) = scope_id('school_id'));
CREATE POLICY mentorship_of_own_mentor_withdrawn ON mentorship FOR UPDATE
    USING (scope_role() = 'school' AND participant_school(mentor_id) = scope_id('school_id'))
    WITH CHECK (scope_role() = 'school' AND participant_school(mentor_id) = scope_id('school_id')
                AND status = 'TERMINATED' AND termination_reason = 'CONSENT_WITHDRAWN');
CREATE POLICY mentorship_mentee_beyond_school ON mentorship_mentee FOR SELECT
    USING (scope_role() IN ('school', 'municipal') AND mentorship_id IN (SELECT id FROM mentorship));
CREATE POLICY mentorship_mentee_of_own_mentor_withdrawn ON mentorship_mentee FOR UPDATE
    USING (scope_role() = 'school' AND mentorship_id IN (SELECT id FROM mentorship))
    WITH CHECK (scope_role() = 'school' AND NOT open AND mentorship_id IN (SELECT id FROM mentorship));

-- How many mentees a mentor leads now, in every school: a municipal run's mentor keeps one capacity. Locks the
-- mentor's row until the transaction ends, so that two proposals for one mentor are counted one after the other.
-- Answers only for a mentor in the caller's scope.
CREATE FUNCTION mentor_open_load(p_mentor uuid) RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
DECLARE
    v_school uuid;
BEGIN
    SELECT school_id INTO v_school FROM participant WHERE id = p_mentor;
    IF v_school IS NULL OR NOT school_in_scope(v_school, school_municipality(v_school)) THEN
        RETURN NULL;
    END IF;
    PERFORM 1 FROM participant WHERE id = p_mentor FOR UPDATE;
    RETURN (SELECT count(*) FROM mentorship_mentee mm JOIN mentorship m ON m.id = mm.mentorship_id
            WHERE m.mentor_id = p_mentor AND mm.open);
END
$$;

-- What a run needs to know of its candidates' mentorships in any school, as flags and counts only: a mentee in an
-- open mentorship of the form, a mentor leading one, and how many mentees the mentor leads in all. Mentorships
-- listed in p_ignored (those a run itself created) do not count. Only for participants in the caller's scope; a
-- municipal caller learns nothing about minors.
CREATE FUNCTION match_commitments(p_participants uuid[], p_form text, p_ignored uuid[])
    RETURNS TABLE (participant_id uuid, mentee_of_form boolean, mentor_of_form boolean, mentor_load integer)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
    SELECT p.id,
           EXISTS (SELECT 1 FROM mentorship_mentee mm
                   WHERE mm.participant_id = p.id AND mm.form = p_form AND mm.open
                     AND mm.mentorship_id <> ALL (p_ignored)),
           EXISTS (SELECT 1 FROM mentorship m
                   WHERE m.mentor_id = p.id AND m.form = p_form AND m.status IN ('PROPOSED', 'APPROVED', 'ACTIVE')
                     AND m.id <> ALL (p_ignored)),
           (SELECT count(*) FROM mentorship_mentee mm JOIN mentorship m ON m.id = mm.mentorship_id
            WHERE m.mentor_id = p.id AND mm.open AND m.id <> ALL (p_ignored))::integer
    FROM participant p
    WHERE p.id = ANY (p_participants)
      AND school_in_scope(p.school_id, school_municipality(p.school_id))
      AND (scope_role() <> 'municipal' OR p.kind IN ('TEACHER', 'YOUNG_SPECIALIST', 'HEAD'))
$$;

-- Which of the given participants have a current (not superseded, not erased) response to a questionnaire of the
-- purpose that suits the form: one made for that form, or a general one. Ids only, in the caller's scope.
CREATE FUNCTION match_questionnaire_filled(p_participants uuid[], p_purpose text, p_form text) RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
    SELECT DISTINCT p.id
    FROM participant p
    JOIN questionnaire_response r ON r.participant_id = p.id
    JOIN questionnaire_template t ON t.id = r.template_id
    WHERE p.id = ANY (p_participants)
      AND r.superseded_by IS NULL AND r.erased_at IS NULL
      AND t.purpose = p_purpose AND (t.form IS NULL OR t.form = p_form)
      AND school_in_scope(p.school_id, school_municipality(p.school_id))
      AND (scope_role() <> 'municipal' OR p.kind IN ('TEACHER', 'YOUNG_SPECIALIST', 'HEAD'))
$$;

-- Withdrawing consent makes every open proposal naming the participant unusable at once, in school and municipal
-- runs alike (the withdrawing school cannot see municipal runs), and erases the explanations that carry the
-- person's data. Acts only for a participant of the caller's scope.
CREATE FUNCTION void_match_proposals(p_participant uuid, p_actor text) RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
DECLARE
    v_school uuid;
    v_voided integer;
BEGIN
    SELECT school_id INTO v_school FROM participant WHERE id = p_participant;
    IF v_school IS NULL OR NOT school_in_scope(v_school, school_municipality(v_school)) THEN
        RETURN 0;
    END IF;
    UPDATE match_proposal
    SET status = 'VOID', decided_at = now(), decided_by = p_actor, version = version + 1,
        decision_note = 'Участник отозвал согласие на обработку персональных данных'
    WHERE (mentor_id = p_participant OR mentee_id = p_participant) AND status = 'PROPOSED';
    GET DIAGNOSTICS v_voided = ROW_COUNT;
    UPDATE match_proposal SET explanation = NULL
    WHERE (mentor_id = p_participant OR mentee_id = p_participant) AND explanation IS NOT NULL;
    UPDATE match_run r SET status = 'CLOSED', version = r.version + 1
    WHERE r.status = 'OPEN'
      AND EXISTS (SELECT 1 FROM match_proposal p WHERE p.run_id = r.id
                  AND (p.mentor_id = p_participant OR p.mentee_id = p_participant))
      AND NOT EXISTS (SELECT 1 FROM match_proposal p WHERE p.run_id = r.id AND p.status = 'PROPOSED');
    RETURN v_voided;
END
$$;
