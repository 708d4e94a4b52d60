-- The API connects as nastavnik_app, a role that owns no table, so row-level security applies to it;
-- Flyway migrates as the database owner (POSTGRES_USER). Change the password for a real deployment.
CREATE ROLE nastavnik_app LOGIN PASSWORD 'nastavnik_app';
