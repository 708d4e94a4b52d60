#!/usr/bin/env bash
# The bench stack that bench/load and bench/monitoring share: the API built with its bench-only endpoints
# (backend/target-bench), a fresh embedded PostgreSQL, Keycloak with the project's realm, each on the caller's ports,
# and real tokens of the realm's users by the SPA's own login flow. Sourced, it only defines settings and functions.
#
# The caller sets its own defaults first: API_PORT, DB_PORT, KEYCLOAK_HTTP_PORT, KEYCLOAK_MANAGEMENT_PORT and
# NASTAVNIK_HOME (the folder for the stack's data, logs and pids); NASTAVNIK_CACHE names the folder that holds
# Keycloak's zip. REALM_FILE may be set after sourcing to import another realm file (keycloak/keycloak.sh's).

BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export NASTAVNIK_HOME=$(mkdir -p "$NASTAVNIK_HOME" && cd "$NASTAVNIK_HOME" && pwd)
export KEYCLOAK_HTTP_PORT KEYCLOAK_MANAGEMENT_PORT
NASTAVNIK_CACHE=${NASTAVNIK_CACHE:-$BENCH_ROOT/.nastavnik/cache}
API="http://localhost:$API_PORT"
JAR="$BENCH_ROOT/backend/target-bench/quarkus-app/quarkus-run.jar"
PGDATA="$NASTAVNIK_HOME/pgdata"

# run.sh's start_service, stop_all and wait_for, with this stack's home and ports (run.sh sources keycloak.sh).
# shellcheck source=../run.sh
. "$BENCH_ROOT/run.sh"

build() {
  echo "Building the bench API (backend/target-bench)..."
  mvn -B -q -f "$BENCH_ROOT/pom.xml" -Pbench -DskipTests package
}

build_if_changed() {
  [ -f "$JAR" ] && [ -f "$BENCH_ROOT/devdb/target/classpath.txt" ] \
    && [ -z "$(find "$BENCH_ROOT/backend/src/main" "$BENCH_ROOT/bench/load/api" "$BENCH_ROOT/backend/pom.xml" \
      "$BENCH_ROOT/devdb/src" -newer "$JAR" -type f -print -quit)" ] \
    || build
}

start_api() {
  # The owner pool serves bench/load's bare list; its production size (2) is only for Flyway.
  QUARKUS_HTTP_PORT=$API_PORT DB_URL="jdbc:postgresql://localhost:$DB_PORT/nastavnik" \
    OIDC_AUTH_SERVER_URL="$KEYCLOAK_REALM_URL" NASTAVNIK_DEMO_DATA=true \
    QUARKUS_DATASOURCE_OWNER_JDBC_MAX_SIZE=16 \
    start_service api java ${BENCH_JAVA_OPTS:-} -jar "$JAR"
}

# Stops the API of a running stack, rebuilds it if the code changed and starts it again.
restart_api() {
  kill -TERM -- "-$(cat "$PIDS/api.pid")" 2>/dev/null || true
  while kill -0 "$(cat "$PIDS/api.pid")" 2>/dev/null; do sleep 0.5; done
  build_if_changed
  start_api
  wait_for api "$API/q/health/ready" 180
}

# A fresh, empty database each time, so that every run measures the same data.
start_db() {
  rm -rf "$PGDATA"
  run_db
}

# The database in $PGDATA as it is.
run_db() {
  start_service devdb java -cp "$BENCH_ROOT/devdb/target/classes:$(cat "$BENCH_ROOT/devdb/target/classpath.txt")" \
    ru.nastavnik.devdb.DevDb "$PGDATA" "$DB_PORT"
  for _ in $(seq 1 60); do grep -q "devdb ready" "$LOGS/devdb.log" && break; sleep 1; done
  grep -q "devdb ready" "$LOGS/devdb.log" || { tail -n 40 "$LOGS/devdb.log" >&2; return 1; }
}

# The caller may define on_db_started (e.g. to configure the server) to run before Keycloak and the API start.
start_all() {
  build_if_changed
  start_db
  if declare -F on_db_started > /dev/null; then on_db_started; fi
  keycloak_start
  start_api
  wait_for keycloak "$KEYCLOAK_HEALTH_URL" 300
  wait_for api "$API/q/health/ready" 180
  echo "bench stack: API $API, Keycloak http://localhost:$KEYCLOAK_HTTP_PORT, PostgreSQL localhost:$DB_PORT"
}

# A real Keycloak token of a realm user whose password is its login, by the SPA client's own flow (authorization
# code with PKCE, the login form posted like a browser): the realm allows no password grant. The redirect to the
# SPA is read, never followed.
login() {
  local user=$1 jar verifier challenge page action location code
  jar=$(mktemp)
  verifier=$(head -c 48 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
  challenge=$(printf %s "$verifier" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=\n')
  page=$(curl -fsS -c "$jar" -b "$jar" "$KEYCLOAK_REALM_URL/protocol/openid-connect/auth?client_id=nastavnik-spa&response_type=code&scope=openid&redirect_uri=http%3A%2F%2Flocalhost%3A5173%2F&code_challenge=$challenge&code_challenge_method=S256&state=bench")
  action=$(printf %s "$page" | grep -o 'id="kc-form-login"[^>]*action="[^"]*"' | sed -E 's/.*action="([^"]*)".*/\1/; s/&amp;/\&/g')
  location=$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" --data-urlencode "username=$user" \
    --data-urlencode "password=$user" "$action")
  rm -f "$jar"
  code=$(printf %s "$location" | sed -nE 's/.*[?&]code=([^&]+).*/\1/p')
  [ -n "$code" ] || { echo "login of $user failed" >&2; return 1; }
  curl -fsS -d grant_type=authorization_code -d client_id=nastavnik-spa -d "code=$code" -d "code_verifier=$verifier" \
    -d redirect_uri=http://localhost:5173/ "$KEYCLOAK_REALM_URL/protocol/openid-connect/token" | jq -er .access_token
}

api_pid() {
  pgrep -f -- "-jar $JAR" | head -n 1
}
