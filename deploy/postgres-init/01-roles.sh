#!/bin/sh
# Runs once, when the postgres service creates its database (docker-entrypoint-initdb.d).
# The API connects as nastavnik_app, a role that owns no table, so row-level security applies to it; Flyway
# migrates as the database owner (POSTGRES_USER). The password comes from DB_PASSWORD in .env.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_password="$NASTAVNIK_APP_PASSWORD" <<'SQL'
CREATE ROLE nastavnik_app LOGIN PASSWORD :'app_password';
SQL
