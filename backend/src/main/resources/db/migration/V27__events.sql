-- Competitions and events (конкурсы и мероприятия) of a school, a municipality or the region: «Наставник года»,
-- «Наставник + наставляемый = КОМАНДА», conferences, seminars, festivals. An event has its dates, its nominations,
-- its entrants (a mentor, a pair or group, or a best practice, each held by a school) and the result of each entrant.
-- A winner's or prize-winner's result gives the people concerned a reward (V15), linked to the entrant, so that it
-- shows wherever rewards show and monitoring counts it.
--
-- The event and its nominations hold no personal data: everyone in the region reads them. An entrant names a
-- school's participant or pair; it is read by its school and by the organiser, and above the school only through
-- event_entrant_public, which names a person only as the entrant's consent to publish allows (the model of V15's
-- best_practice_consent) and never names a minor of a pair.

CREATE TABLE event (
    id               uuid PRIMARY KEY,
    level            varchar(20)   NOT NULL CHECK (level IN ('SCHOOL', 'MUNICIPALITY', 'REGION')),
    region_id        uuid          NOT NULL REFERENCES region (id),
    municipality_id  uuid          REFERENCES municipality (id),
    school_id        uuid          REFERENCES school (id),
    kind             varchar(20)   NOT NULL CHECK (kind IN ('COMPETITION', 'CONFERENCE', 'SEMINAR', 'FESTIVAL')),
    title            varchar(300)  NOT NULL CHECK (btrim(title) <> ''),
    description      varchar(8000) NOT NULL DEFAULT '',
    starts_on        date          NOT NULL,
    ends_on          date          NOT NULL,
    status           varchar(20)   NOT NULL CHECK (status IN ('ANNOUNCED', 'COMPLETED', 'CANCELLED')),
    results_document varchar(300),
    results_at       timestamptz,
    created_by       varchar(300)  NOT NULL,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    updated_at       timestamptz   NOT NULL DEFAULT now(),
    version          integer       NOT NULL DEFAULT 0,
    CHECK (ends_on >= starts_on),
    CHECK ((status = 'COMPLETED') = (results_at IS NOT NULL)),
    CHECK (CASE level
        WHEN 'SCHOOL' THEN municipality_id IS NOT NULL AND school_id IS NOT NULL
        WHEN 'MUNICIPALITY' THEN municipality_id IS NOT NULL AND school_id IS NULL
        ELSE municipality_id IS NULL AND school_id IS NULL END)
);
CREATE INDEX event_region_idx ON event (region_id, starts_on);
CREATE INDEX event_municipality_idx ON event (municipality_id, starts_on);
CREATE INDEX event_school_idx ON event (school_id, starts_on);

-- A named category of an event (номинация), in the organiser's order.
CREATE TABLE event_nomination (
    id              uuid PRIMARY KEY,
    event_id        uuid          NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    region_id       uuid          NOT NULL REFERENCES region (id),
    municipality_id uuid          REFERENCES municipality (id),
    school_id       uuid          REFERENCES school (id),
    position        integer       NOT NULL CHECK (position > 0),
    title           varchar(300)  NOT NULL CHECK (btrim(title) <> ''),
    CONSTRAINT event_nomination_title_once UNIQUE (event_id, title)
);
CREATE INDEX event_nomination_event_idx ON event_nomination (event_id, position);

-- An entrant: exactly one of a participant (MENTOR), a pair or group (MENTORSHIP) or a best practice (PRACTICE),
-- held by school_id. region_id, event_municipality_id and event_school_id repeat the event's place, so that the
-- policies decide on the row alone. The consent to publish is the mentor's (for a pair, the pair's mentor): what it
-- allows, who gave it (a parent or guardian for a minor), when and by which document; without one the entrant is
-- shown above the school without a name.
CREATE TABLE event_entrant (
    id                    uuid PRIMARY KEY,
    event_id              uuid          NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    region_id             uuid          NOT NULL REFERENCES region (id),
    event_municipality_id uuid          REFERENCES municipality (id),
    event_school_id       uuid          REFERENCES school (id),
    school_id             uuid          NOT NULL REFERENCES school (id),
    kind                  varchar(20)   NOT NULL CHECK (kind IN ('MENTOR', 'MENTORSHIP', 'PRACTICE')),
    participant_id        uuid          REFERENCES participant (id),
    mentorship_id         uuid          REFERENCES mentorship (id),
    practice_id           uuid          REFERENCES best_practice (id),
    nomination_id         uuid          REFERENCES event_nomination (id),
    publication           varchar(20)   NOT NULL DEFAULT 'ANONYMOUS'
                                        CHECK (publication IN ('ANONYMOUS', 'NAME', 'NAME_AND_PHOTO')),
    given_by              varchar(20)   CHECK (given_by IN ('SELF', 'PARENT', 'GUARDIAN')),
    giver_name            varchar(300),
    given_on              date,
    document_ref          varchar(200),
    result                varchar(20)   CHECK (result IN ('PARTICIPANT', 'PRIZE_WINNER', 'WINNER')),
    place                 smallint      CHECK (place BETWEEN 1 AND 100),
    entered_by            varchar(300)  NOT NULL,
    entered_at            timestamptz   NOT NULL DEFAULT now(),
    version               integer       NOT NULL DEFAULT 0,
    CONSTRAINT event_entrant_once UNIQUE NULLS NOT DISTINCT (event_id, participant_id, mentorship_id, practice_id),
    CHECK (CASE kind
        WHEN 'MENTOR' THEN participant_id IS NOT NULL AND mentorship_id IS NULL AND practice_id IS NULL
        WHEN 'MENTORSHIP' THEN participant_id IS NULL AND mentorship_id IS NOT NULL AND practice_id IS NULL
        ELSE participant_id IS NULL AND mentorship_id IS NULL AND practice_id IS NOT NULL END),
    CHECK ((given_by IS NULL) = (publication = 'ANONYMOUS') AND (given_by IS NULL) = (giver_name IS NULL)
           AND (given_by IS NULL) = (given_on IS NULL) AND (given_by IS NULL) = (document_ref IS NULL)),
    CHECK (place IS NULL OR result IS NOT NULL)
);
CREATE INDEX event_entrant_event_idx ON event_entrant (event_id, entered_at);
CREATE INDEX event_entrant_school_idx ON event_entrant (school_id);

-- A reward given for a result (a winner's or prize-winner's diploma) names its entrant; recording another result
-- replaces it.
ALTER TABLE reward ADD COLUMN event_entrant_id uuid REFERENCES event_entrant (id) ON DELETE CASCADE;
CREATE INDEX reward_event_entrant_idx ON reward (event_entrant_id);

-- Who reads an event: everyone of the region at the event's level or below it (a school its own events, its
-- municipality's and the region's; a municipality its own, its schools' and the region's; the region all of its
-- own). Who writes: only the organiser.
CREATE FUNCTION event_readable(p_region uuid, p_municipality uuid, p_school uuid) RETURNS boolean
    LANGUAGE sql STABLE
AS $$
    SELECT coalesce(CASE scope_role()
        WHEN 'system' THEN true
        WHEN 'school' THEN p_school = scope_id('school_id')
                           OR (p_school IS NULL AND p_municipality = school_municipality(scope_id('school_id')))
                           OR (p_municipality IS NULL AND p_region = scope_region())
        WHEN 'municipal' THEN p_municipality = scope_id('municipality_id')
                              OR (p_municipality IS NULL AND p_region = scope_region())
        WHEN 'regional' THEN p_region = scope_id('region_id')
        WHEN 'portal' THEN p_region = scope_id('region_id')
    END, false)
$$;

CREATE FUNCTION event_organiser(p_region uuid, p_municipality uuid, p_school uuid) RETURNS boolean
    LANGUAGE sql STABLE
AS $$
    SELECT coalesce(CASE scope_role()
        WHEN 'system' THEN true
        WHEN 'school' THEN p_school = scope_id('school_id')
        WHEN 'municipal' THEN p_school IS NULL AND p_municipality = scope_id('municipality_id')
        WHEN 'regional' THEN p_municipality IS NULL AND p_region = scope_id('region_id')
    END, false)
$$;

DO $$
DECLARE
    placed CONSTANT text := '(municipality_id IS NULL OR municipality_region(municipality_id) = region_id)'
        || ' AND (school_id IS NULL OR school_municipality(school_id) = municipality_id)';
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['event', 'event_nomination'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (event_readable(region_id, municipality_id,'
                       || ' school_id))', t || '_read', t);
        EXECUTE format('CREATE POLICY %I ON %I FOR INSERT WITH CHECK (event_organiser(region_id, municipality_id,'
                       || ' school_id) AND %s)', t || '_insert', t, placed);
        EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE USING (event_organiser(region_id, municipality_id,'
                       || ' school_id)) WITH CHECK (event_organiser(region_id, municipality_id, school_id) AND %s)',
                       t || '_update', t, placed);
        EXECUTE format('CREATE POLICY %I ON %I FOR DELETE USING (event_organiser(region_id, municipality_id,'
                       || ' school_id))', t || '_delete', t);
    END LOOP;
END
$$;

-- An entrant's row is read by the school that holds it and by the organiser; it is entered by that school (its
-- own people, pairs and practices) or by the organiser (its schools' published practices), only from a school the
-- event is open to; results are written by the organiser through record_event_result; it is removed by either.
ALTER TABLE event_entrant ENABLE ROW LEVEL SECURITY;
CREATE POLICY event_entrant_read ON event_entrant FOR SELECT
    USING (own_school(school_id) OR event_organiser(region_id, event_municipality_id, event_school_id));
CREATE POLICY event_entrant_insert ON event_entrant FOR INSERT
    WITH CHECK ((own_school(school_id) OR event_organiser(region_id, event_municipality_id, event_school_id))
                AND CASE
                    WHEN event_school_id IS NOT NULL THEN school_id = event_school_id
                    WHEN event_municipality_id IS NOT NULL THEN school_municipality(school_id) = event_municipality_id
                    ELSE municipality_region(school_municipality(school_id)) = region_id END);
CREATE POLICY event_entrant_update ON event_entrant FOR UPDATE
    USING (event_organiser(region_id, event_municipality_id, event_school_id));
CREATE POLICY event_entrant_delete ON event_entrant FOR DELETE
    USING (own_school(school_id) OR event_organiser(region_id, event_municipality_id, event_school_id));

-- Whether a participant is, or may be, a minor today: a pupil or student without a birth date counts as one.
CREATE FUNCTION participant_may_be_minor(p_kind text, p_birth date) RETURNS boolean
    LANGUAGE sql IMMUTABLE
AS $$
    SELECT p_kind IN ('PUPIL', 'STUDENT') AND (p_birth IS NULL OR p_birth + interval '18 years' > current_date)
$$;

-- The entrants as everyone who may read the event sees them. The school that holds an entrant sees its people's
-- names; anyone else sees a mentor's name only where the entrant's consent to publish allows it and the consent
-- to processing is in force, a pair only by its mentor's name under the same rule and never by a minor's, and a
-- practice by its title once it is published (accepted into a municipal bank). Runs as the owner past the
-- participants' policies, so it filters by the event's readers itself; security_barrier keeps that filter first.
CREATE VIEW event_entrant_public WITH (security_barrier) AS
SELECT en.id, en.event_id, en.school_id, s.short_name AS school_name, en.kind, en.nomination_id, en.result,
       en.place, en.publication, en.entered_at, en.version, m.form,
       own_school(en.school_id) AS own,
       CASE WHEN own_school(en.school_id) THEN en.participant_id END AS participant_id,
       CASE WHEN own_school(en.school_id) THEN en.mentorship_id END AS mentorship_id,
       CASE WHEN own_school(en.school_id) THEN en.practice_id END AS practice_id,
       CASE en.kind
           WHEN 'PRACTICE' THEN CASE WHEN own_school(en.school_id) OR bp.status IN ('ACCEPTED', 'RECOMMENDED')
                                     THEN bp.title END
           ELSE CASE WHEN own_school(en.school_id)
                       OR (en.publication IN ('NAME', 'NAME_AND_PHOTO')
                           AND EXISTS (SELECT 1 FROM consent k
                                       WHERE k.participant_id = p.id AND k.withdrawn_on IS NULL)
                           AND (en.kind = 'MENTOR' OR NOT participant_may_be_minor(p.kind, p.birth_date)))
                     THEN p.full_name END
       END AS title
FROM event_entrant en
JOIN event ev ON ev.id = en.event_id
JOIN school s ON s.id = en.school_id
LEFT JOIN best_practice bp ON bp.id = en.practice_id
LEFT JOIN mentorship m ON m.id = coalesce(en.mentorship_id, bp.mentorship_id)
LEFT JOIN participant p ON p.id = coalesce(en.participant_id, m.mentor_id)
WHERE event_readable(ev.region_id, ev.municipality_id, ev.school_id);
REVOKE INSERT, UPDATE, DELETE ON event_entrant_public FROM ${appRole};

-- The organiser records an entrant's result (null clears it), place and nomination, from the version it saw.
-- A winner's or prize-winner's result gives a reward to the people concerned, in their school, linked to the
-- entrant: the mentor entered, or the mentor and the mentees who stayed of the pair entered or whose practice was
-- entered, each with the consent to processing in force. Another result replaces those rewards. Runs as the owner
-- because rewards are rows of the entrant's school, which a municipality or the region does not write; so it acts
-- only for the event's own organiser, and only while the event is not cancelled. Returns the entrant's new version,
-- or null when nothing was changed.
CREATE FUNCTION record_event_result(p_entrant uuid, p_version integer, p_result text, p_place integer,
                                    p_nomination uuid, p_awarded_on date, p_awarded_by text, p_document text,
                                    p_created_by text) RETURNS integer
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
AS $$
DECLARE
    en event_entrant;
    ev event;
    v_pair uuid;
    v_title text;
BEGIN
    SELECT * INTO en FROM event_entrant WHERE id = p_entrant FOR UPDATE;
    IF en.id IS NULL OR en.version <> p_version THEN
        RETURN NULL;
    END IF;
    SELECT * INTO ev FROM event WHERE id = en.event_id;
    IF NOT event_organiser(ev.region_id, ev.municipality_id, ev.school_id) OR ev.status = 'CANCELLED'
       OR (p_nomination IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM event_nomination n WHERE n.id = p_nomination AND n.event_id = ev.id)) THEN
        RETURN NULL;
    END IF;
    UPDATE event_entrant
    SET result = p_result, place = CASE WHEN p_result IS NULL THEN NULL ELSE p_place END,
        nomination_id = p_nomination, version = version + 1
    WHERE id = p_entrant;
    DELETE FROM reward WHERE event_entrant_id = p_entrant;
    IF p_result IN ('WINNER', 'PRIZE_WINNER') THEN
        v_pair := CASE en.kind WHEN 'MENTORSHIP' THEN en.mentorship_id
                               WHEN 'PRACTICE' THEN (SELECT mentorship_id FROM best_practice WHERE id = en.practice_id)
                  END;
        v_title := CASE p_result WHEN 'WINNER' THEN 'Победитель' ELSE 'Призёр' END
            || CASE WHEN p_place IS NOT NULL THEN ' (' || p_place || ' место)' ELSE '' END
            || ': «' || ev.title || '»'
            || coalesce(', номинация «' || (SELECT title FROM event_nomination WHERE id = p_nomination) || '»', '');
        INSERT INTO reward (id, school_id, participant_id, mentorship_id, kind, other_kind, title, awarded_on,
                            awarded_by, document_ref, created_by, event_entrant_id)
        SELECT gen_random_uuid(), en.school_id, who.participant_id, v_pair, 'OTHER',
               CASE p_result WHEN 'WINNER' THEN 'Диплом победителя' ELSE 'Диплом призёра' END,
               left(v_title, 500), p_awarded_on, p_awarded_by, p_document, p_created_by, p_entrant
        FROM (SELECT en.participant_id WHERE en.kind = 'MENTOR'
              UNION SELECT m.mentor_id FROM mentorship m WHERE m.id = v_pair
              UNION SELECT mm.participant_id FROM mentorship_mentee mm
                    WHERE mm.mentorship_id = v_pair AND mm.removed_on IS NULL) AS who (participant_id)
        WHERE who.participant_id IS NOT NULL
          AND EXISTS (SELECT 1 FROM consent k WHERE k.participant_id = who.participant_id AND k.withdrawn_on IS NULL);
    END IF;
    RETURN en.version + 1;
END
$$;
REVOKE ALL ON FUNCTION record_event_result(uuid, integer, text, integer, uuid, date, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION record_event_result(uuid, integer, text, integer, uuid, date, text, text, text)
    TO ${appRole};
