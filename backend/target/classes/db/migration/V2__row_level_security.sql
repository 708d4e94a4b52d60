-- Row-level security: the second line of defence behind the services' own filters. Each transaction of the API
-- sets nastavnik.role and the caller's region_id / municipality_id / school_id with set_config(..., true);
-- without them no policy matches and no row is visible. The table owner (Flyway) is not subject to these policies.

CREATE FUNCTION scope_role() RETURNS text
    LANGUAGE sql STABLE
AS $$ SELECT coalesce(nullif(current_setting('nastavnik.role', true), ''), 'none') $$;

CREATE FUNCTION scope_id(setting text) RETURNS uuid
    LANGUAGE sql STABLE
AS $$ SELECT nullif(current_setting('nastavnik.' || setting, true), '')::uuid $$;

-- Look-ups that policies need across tables. They run as the owner so that one table's policy does not recurse
-- into another's, and they reveal nothing but a parent id.
CREATE FUNCTION municipality_region(p_municipality uuid) RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$ SELECT region_id FROM municipality WHERE id = p_municipality $$;

CREATE FUNCTION school_municipality(p_school uuid) RETURNS uuid
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
AS $$ SELECT municipality_id FROM school WHERE id = p_school $$;

CREATE FUNCTION scope_region() RETURNS uuid
    LANGUAGE sql STABLE
AS $$
    SELECT CASE scope_role()
        WHEN 'regional' THEN scope_id('region_id')
        WHEN 'portal' THEN scope_id('region_id')
        WHEN 'municipal' THEN municipality_region(scope_id('municipality_id'))
        WHEN 'school' THEN municipality_region(school_municipality(scope_id('school_id')))
    END
$$;

CREATE FUNCTION school_in_scope(p_school uuid, p_municipality uuid) RETURNS boolean
    LANGUAGE sql STABLE
AS $$
    SELECT coalesce(CASE scope_role()
        WHEN 'system' THEN true
        WHEN 'regional' THEN municipality_region(p_municipality) = scope_id('region_id')
        WHEN 'portal' THEN municipality_region(p_municipality) = scope_id('region_id')
        WHEN 'municipal' THEN p_municipality = scope_id('municipality_id')
        WHEN 'school' THEN p_school = scope_id('school_id')
    END, false)
$$;

CREATE FUNCTION municipality_in_scope(p_municipality uuid, p_region uuid) RETURNS boolean
    LANGUAGE sql STABLE
AS $$
    SELECT coalesce(CASE scope_role()
        WHEN 'system' THEN true
        WHEN 'regional' THEN p_region = scope_id('region_id')
        WHEN 'portal' THEN p_region = scope_id('region_id')
        WHEN 'municipal' THEN p_municipality = scope_id('municipality_id')
        WHEN 'school' THEN p_municipality = school_municipality(scope_id('school_id'))
    END, false)
$$;

ALTER TABLE region ENABLE ROW LEVEL SECURITY;
CREATE POLICY region_read ON region FOR SELECT
    USING (scope_role() = 'system' OR id = scope_region());
CREATE POLICY region_update ON region FOR UPDATE
    USING (scope_role() = 'system' OR (scope_role() = 'regional' AND id = scope_id('region_id')));
CREATE POLICY region_system ON region FOR ALL
    USING (scope_role() = 'system');

ALTER TABLE municipality ENABLE ROW LEVEL SECURITY;
CREATE POLICY municipality_read ON municipality FOR SELECT
    USING (municipality_in_scope(id, region_id));
CREATE POLICY municipality_write ON municipality FOR ALL
    USING (scope_role() IN ('system', 'regional') AND municipality_in_scope(id, region_id));

ALTER TABLE school ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_read ON school FOR SELECT
    USING (school_in_scope(id, municipality_id));
CREATE POLICY school_update ON school FOR UPDATE
    USING (scope_role() IN ('system', 'regional', 'municipal', 'school') AND school_in_scope(id, municipality_id));
CREATE POLICY school_manage ON school FOR ALL
    USING (scope_role() IN ('system', 'regional', 'municipal') AND school_in_scope(id, municipality_id));

ALTER TABLE school_contingent ENABLE ROW LEVEL SECURITY;
CREATE POLICY school_contingent_read ON school_contingent FOR SELECT
    USING (school_id IN (SELECT id FROM school));
CREATE POLICY school_contingent_write ON school_contingent FOR ALL
    USING (scope_role() <> 'portal' AND school_id IN (SELECT id FROM school));

-- Curators are personal data: the portal role never sees them.
ALTER TABLE curator ENABLE ROW LEVEL SECURITY;
CREATE POLICY curator_all ON curator FOR ALL
    USING (scope_role() <> 'portal' AND school_id IN (SELECT id FROM school));
