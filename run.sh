#!/usr/bin/env bash
# Starts the whole Nastavnik stack with demo data: PostgreSQL (embedded unless DB_URL names another), Keycloak
# with the project's realm, the API and the SPA. Ctrl-C stops everything.
#
#   ./run.sh               start and stay in the foreground
#   ./run.sh --background  start, wait until everything is ready, and return
#   ./run.sh stop          stop a stack started with --background
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
NASTAVNIK_HOME=$(mkdir -p "${NASTAVNIK_HOME:-$ROOT/.nastavnik}" && cd "${NASTAVNIK_HOME:-$ROOT/.nastavnik}" && pwd)
NASTAVNIK_CACHE=${NASTAVNIK_CACHE:-$ROOT/.nastavnik/cache}
LOGS="$NASTAVNIK_HOME/logs"
PIDS="$NASTAVNIK_HOME/pids"
DB_PORT=${DB_PORT:-5433}
API_PORT=${API_PORT:-8080}
SPA_PORT=${SPA_PORT:-5173}
mkdir -p "$LOGS" "$PIDS"

# shellcheck source=keycloak/keycloak.sh
. "$ROOT/keycloak/keycloak.sh"

start_service() {
  local name=$1
  shift
  setsid "$@" > "$LOGS/$name.log" 2>&1 < /dev/null &
  echo $! > "$PIDS/$name.pid"
}

stop_all() {
  local name pid
  for name in spa api keycloak devdb; do
    [ -f "$PIDS/$name.pid" ] || continue
    pid=$(cat "$PIDS/$name.pid")
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -KILL -- "-$pid" 2>/dev/null || true
    fi
    rm -f "$PIDS/$name.pid"
  done
}

wait_for() {
  local name=$1 url=$2 seconds=$3
  for _ in $(seq 1 "$seconds"); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then
      return 0
    fi
    if ! kill -0 "$(cat "$PIDS/$name.pid")" 2>/dev/null; then
      echo "$name stopped while starting; the end of $LOGS/$name.log:" >&2
      tail -n 40 "$LOGS/$name.log" >&2
      return 1
    fi
    sleep 1
  done
  echo "$name was not ready after ${seconds}s; see $LOGS/$name.log" >&2
  return 1
}

newer_than() {
  local target=$1
  shift
  [ ! -e "$target" ] || [ -n "$(find "$@" -newer "$target" -type f -print -quit 2>/dev/null)" ]
}

build() {
  local jar="$ROOT/backend/target/quarkus-app/quarkus-run.jar"
  if newer_than "$jar" "$ROOT/pom.xml" "$ROOT/backend/pom.xml" "$ROOT/backend/src/main" "$ROOT/devdb" \
      || [ ! -f "$ROOT/devdb/target/classpath.txt" ]; then
    echo "Building the API..."
    mvn -B -q -f "$ROOT/pom.xml" -DskipTests package
  fi
  if newer_than "$ROOT/frontend/node_modules/.package-lock.json" "$ROOT/frontend/package-lock.json"; then
    echo "Installing the SPA's packages..."
    (cd "$ROOT/frontend" && npm ci --no-audit --no-fund --loglevel=error)
  fi
  if newer_than "$ROOT/frontend/dist/index.html" "$ROOT/frontend/src" "$ROOT/frontend/public" \
      "$ROOT/frontend/index.html" "$ROOT/openapi.yaml" "$ROOT/frontend/package-lock.json"; then
    echo "Building the SPA..."
    (cd "$ROOT/frontend" && npm run --silent build)
  fi
}

# The built SPA reads its addresses from config.js at start; point it at this stack's ports.
write_spa_config() {
  cat > "$ROOT/frontend/dist/config.js" <<CONFIG
window.__NASTAVNIK_CONFIG__ = {
  apiUrl: 'http://localhost:$API_PORT',
  keycloakUrl: 'http://localhost:$KEYCLOAK_HTTP_PORT',
  realm: 'nastavnik',
  clientId: 'nastavnik-spa',
};
CONFIG
}

start_all() {
  build
  if [ -z "${DB_URL:-}" ]; then
    start_service devdb java -cp "$ROOT/devdb/target/classes:$(cat "$ROOT/devdb/target/classpath.txt")" \
      ru.nastavnik.devdb.DevDb "$NASTAVNIK_HOME/pgdata" "$DB_PORT"
    for _ in $(seq 1 60); do grep -q "devdb ready" "$LOGS/devdb.log" && break; sleep 1; done
    grep -q "devdb ready" "$LOGS/devdb.log" || { tail -n 40 "$LOGS/devdb.log" >&2; return 1; }
    export DB_URL="jdbc:postgresql://localhost:$DB_PORT/nastavnik"
  fi
  keycloak_start
  write_spa_config
  # E-mail goes to the mock mailbox, which writes each message to the API's log, unless MAIL_MOCK=false.
  QUARKUS_HTTP_PORT=$API_PORT OIDC_AUTH_SERVER_URL=${OIDC_AUTH_SERVER_URL:-$KEYCLOAK_REALM_URL} \
    CORS_ORIGINS=${CORS_ORIGINS:-http://localhost:$SPA_PORT} WEB_URL=${WEB_URL:-http://localhost:$SPA_PORT} \
    NASTAVNIK_DEMO_DATA=${NASTAVNIK_DEMO_DATA:-true} LOG_JSON=${LOG_JSON:-false} MAIL_MOCK=${MAIL_MOCK:-true} \
    start_service api java -jar "$ROOT/backend/target/quarkus-app/quarkus-run.jar"
  (cd "$ROOT/frontend" && start_service spa node node_modules/vite/bin/vite.js preview --host localhost \
    --port "$SPA_PORT" --strictPort)
  wait_for keycloak "$KEYCLOAK_HEALTH_URL" 240
  wait_for api "http://localhost:$API_PORT/q/health/ready" 120
  wait_for spa "http://localhost:$SPA_PORT/" 60
  cat <<INFO

Nastavnik is running:
  SPA       http://localhost:$SPA_PORT
  API       http://localhost:$API_PORT/api  (OpenAPI: http://localhost:$API_PORT/q/openapi)
  Keycloak  http://localhost:$KEYCLOAK_HTTP_PORT  (admin console: admin / admin)

Demo logins (the password equals the login):
  region    regional coordinator, Тверская область
  muni      municipal coordinator, город Тверь        muni2    Конаковский округ
  school    curator of МОУ СОШ № 17 (Тверь)           school2  МБОУ Конаковская СОШ № 1
  portal    the regional portal's integration account
Logs: $LOGS
INFO
}

# Sourced (bench/load/run.sh does), it only defines the functions above.
[ "${BASH_SOURCE[0]}" = "$0" ] || return 0

case "${1:-}" in
  stop)
    stop_all
    ;;
  --background)
    stop_all
    if ! start_all; then stop_all; exit 1; fi
    ;;
  "")
    stop_all
    trap 'echo; echo "Stopping..."; stop_all; exit 0' INT TERM
    if ! start_all; then stop_all; exit 1; fi
    echo "Press Ctrl-C to stop."
    while true; do sleep 1; done
    ;;
  *)
    echo "usage: $0 [--background | stop]" >&2
    exit 2
    ;;
esac
