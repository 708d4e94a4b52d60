-- The policies on the tables of a school's programme read the caller's scope through scope_role() and scope_id().
-- Those are STABLE functions, which PostgreSQL calls again for every row a statement looks at (each call reads the
-- setting and casts it to uuid). Wrapped in a scalar subquery, each becomes an InitPlan computed once per
-- statement, and the row is compared with a constant. The conditions are exactly those of V3, V6, V7, V9 and V10.

DO $$
DECLARE
    own_school CONSTANT text := '(SELECT scope_role()) = ''system'''
        || ' OR ((SELECT scope_role()) = ''school'' AND school_id = (SELECT scope_id(''school_id'')))';
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['participant', 'consent', 'questionnaire_response', 'fill_link', 'school_order',
                             'mentorship', 'mentorship_mentee'] LOOP
        EXECUTE format('ALTER POLICY %I ON %I USING (%s)', t || '_own_school', t, own_school);
    END LOOP;
    EXECUTE format('ALTER POLICY mentorship_event_read ON mentorship_event USING (%s)', own_school);
    EXECUTE format('ALTER POLICY mentorship_event_insert ON mentorship_event WITH CHECK (%s)', own_school);
END
$$;

ALTER POLICY participant_municipal_adult_candidates ON participant
    USING ((SELECT scope_role()) = 'municipal' AND kind IN ('TEACHER', 'YOUNG_SPECIALIST', 'HEAD')
           AND (mentor_candidate OR mentee_candidate)
           AND school_municipality(school_id) = (SELECT scope_id('municipality_id'))
           AND consent_in_force(id));
ALTER POLICY participant_mentor_of_school ON participant
    USING ((SELECT scope_role()) = 'school' AND mentors_in_school(id, (SELECT scope_id('school_id'))));
ALTER POLICY consent_municipal_adult_candidates ON consent
    USING ((SELECT scope_role()) = 'municipal' AND withdrawn_on IS NULL
           AND participant_id IN (SELECT id FROM participant));
