#!/usr/bin/env bash
# Runs every test suite: the API (against a real embedded PostgreSQL), the SPA's lint, type checks and unit
# tests, and the browser end-to-end tests against the whole stack started by ./run.sh.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")" && pwd)
cd "$ROOT"
passed=0
failed=0

finish() {
  echo
  echo "suites: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit $?
}

suite() {
  local name=$1
  shift
  echo
  echo "=== $name"
  if "$@"; then
    passed=$((passed + 1))
  else
    echo "=== $name FAILED" >&2
    failed=$((failed + 1))
    finish
  fi
}

api_tests() {
  mvn -B -f "$ROOT/pom.xml" verify
}

frontend_checks() {
  cd "$ROOT/frontend" &&
    npm ci --no-audit --no-fund --loglevel=error &&
    npm run lint &&
    npm run typecheck &&
    npm test &&
    npm run build &&
    npm run bundle-budget
}

end_to_end() {
  # A separate home keeps the tests' database apart from the demo data of ./run.sh; Keycloak's download is shared.
  export NASTAVNIK_HOME="$ROOT/.nastavnik-test"
  export NASTAVNIK_CACHE="${NASTAVNIK_CACHE:-$ROOT/.nastavnik/cache}"
  rm -rf "$NASTAVNIK_HOME/pgdata"
  trap '"$ROOT/run.sh" stop' EXIT
  "$ROOT/run.sh" --background || return 1
  (cd "$ROOT/frontend" && mkdir -p test-results/screenshots && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm run e2e)
  local status=$?
  "$ROOT/run.sh" stop
  trap - EXIT
  return $status
}

suite "API tests (Maven)" api_tests
suite "SPA lint, types, unit tests and build" frontend_checks
suite "End-to-end tests (Playwright, chromium)" end_to_end
finish
