-- Two refinements of the policies of the pair's work (V12–V15).
--
-- 1. A row of a meeting's attendance or of the activities it worked on joins two records; each must be one the
--    caller may see. Until now an attendance row checked only its own school_id and an activity row only its
--    meeting, so a school could attach another school's pupil or activity to its own meeting (the foreign keys
--    do not look through row-level security). The application never does, and now the database refuses it too.
-- 2. The policies written as own_school(school_id) call the STABLE scope functions once per row. As V12_9 did for
--    the older tables, each is rewritten with the scope read once per statement; the conditions do not change.

ALTER POLICY meeting_attendance_own_school ON meeting_attendance
    USING ((SELECT scope_role()) = 'system'
           OR ((SELECT scope_role()) = 'school' AND school_id = (SELECT scope_id('school_id'))))
    WITH CHECK (((SELECT scope_role()) = 'system'
                 OR ((SELECT scope_role()) = 'school' AND school_id = (SELECT scope_id('school_id'))))
                AND EXISTS (SELECT 1 FROM meeting m
                            WHERE m.id = meeting_attendance.meeting_id AND m.school_id = meeting_attendance.school_id)
                AND EXISTS (SELECT 1 FROM participant p
                            WHERE p.id = meeting_attendance.participant_id
                              AND p.school_id = meeting_attendance.school_id));

ALTER POLICY meeting_activity_own_school ON meeting_activity
    USING (EXISTS (SELECT 1 FROM meeting m WHERE m.id = meeting_activity.meeting_id))
    WITH CHECK (EXISTS (SELECT 1 FROM meeting m JOIN programme_activity a ON a.school_id = m.school_id
                        WHERE m.id = meeting_activity.meeting_id AND a.id = meeting_activity.activity_id));

DO $$
DECLARE
    own_school CONSTANT text := '(SELECT scope_role()) = ''system'''
        || ' OR ((SELECT scope_role()) = ''school'' AND school_id = (SELECT scope_id(''school_id'')))';
    r record;
    rewritten int := 0;
BEGIN
    FOR r IN SELECT tablename, policyname, qual, with_check FROM pg_policies
             WHERE schemaname = current_schema()
               AND (qual = 'own_school(school_id)' OR with_check = 'own_school(school_id)') LOOP
        IF r.qual = 'own_school(school_id)' THEN
            EXECUTE format('ALTER POLICY %I ON %I USING (%s)', r.policyname, r.tablename, own_school);
        END IF;
        IF r.with_check = 'own_school(school_id)' THEN
            EXECUTE format('ALTER POLICY %I ON %I WITH CHECK (%s)', r.policyname, r.tablename, own_school);
        END IF;
        rewritten := rewritten + 1;
    END LOOP;
    IF rewritten < 10 THEN
        RAISE EXCEPTION 'expected the policies of the pair''s work written as own_school(school_id), found %',
            rewritten;
    END IF;
END
$$;
