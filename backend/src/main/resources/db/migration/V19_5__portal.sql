-- The regional portal's API (ru.nastavnik.portal): when the data behind its answers last changed, for its
-- Last-Modified. The portal reads none of the school tables, so these run as their owner and answer only for the
-- caller's own region (NULL otherwise).

-- The latest recorded change of what the region's figures count: its schools themselves, their participants, pairs
-- and their history, completions, questionnaire answers, rewards, best practices and the region's targets. A contingent keeps no time of change and a
-- deleted row leaves none, so this is a lower bound: the ETag, a hash of the answer itself, is what tells a change.
-- Every figure of the portal is suppressed against the whole region's (ru.nastavnik.portal.Suppression), so one
-- school's change may change what another's answer hides: the region's latest change dates every answer.
CREATE FUNCTION portal_last_change(p_region uuid) RETURNS timestamptz
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
    WITH place AS (
        SELECT s.id
        FROM school s JOIN municipality mu ON mu.id = s.municipality_id
        WHERE monitoring_scope_covers('region', p_region) AND mu.region_id = p_region
    )
    SELECT greatest(
        (SELECT max(updated_at) FROM school WHERE id IN (SELECT id FROM place)),
        (SELECT max(updated_at) FROM participant WHERE school_id IN (SELECT id FROM place)),
        (SELECT max(updated_at) FROM mentorship WHERE school_id IN (SELECT id FROM place)),
        (SELECT max(at) FROM mentorship_event WHERE school_id IN (SELECT id FROM place)),
        (SELECT max(recorded_at) FROM mentorship_completion WHERE school_id IN (SELECT id FROM place)),
        (SELECT max(submitted_at) FROM questionnaire_response WHERE school_id IN (SELECT id FROM place)),
        (SELECT max(updated_at) FROM reward WHERE school_id IN (SELECT id FROM place)),
        (SELECT max(updated_at) FROM best_practice WHERE school_id IN (SELECT id FROM place)),
        (SELECT max(updated_at) FROM indicator_target
         WHERE region_id = p_region AND monitoring_scope_covers('region', p_region)))
$$;

-- The latest recorded change of the region's published best practices: a decision, a consent to publish given or
-- withdrawn (a withdrawal keeps only its day), a material added.
CREATE FUNCTION portal_practices_last_change(p_region uuid) RETURNS timestamptz
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$
    WITH practice AS (
        SELECT bp.id, bp.updated_at
        FROM best_practice bp
        WHERE monitoring_scope_covers('region', p_region)
          AND municipality_region(school_municipality(bp.school_id)) = p_region
          AND bp.status IN ('ACCEPTED', 'RECOMMENDED')
    )
    SELECT greatest(
        (SELECT max(updated_at) FROM practice),
        (SELECT max(greatest(c.recorded_at, c.withdrawn_on::timestamptz)) FROM best_practice_consent c
         WHERE c.practice_id IN (SELECT id FROM practice)),
        (SELECT max(uploaded_at) FROM best_practice_attachment WHERE practice_id IN (SELECT id FROM practice)))
$$;
