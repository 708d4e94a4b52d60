#!/usr/bin/env bash
# The monitoring figures of a large region, and the municipal report over 40 schools; see README.md. Starts the bench
# stack (bench/stack.sh) on ports of its own, generates the region (generate.sql), measures the figures endpoints
# with real tokens next to the same statements replayed over plain JDBC (with their plans, auto_explain), times the
# municipal report's submission, prints a summary and stops what it started.
#
#   bench/monitoring/run.sh            everything
#   bench/monitoring/run.sh start      only start the stack and generate the region (and leave it running)
#   bench/monitoring/run.sh stop       stop a stack started with "start"
#   BENCH_REUSE=1 bench/monitoring/run.sh   measure a stack already started with "start"
#
# Settings (environment): API_PORT (18090), KEYCLOAK_HTTP_PORT (18190), KEYCLOAK_MANAGEMENT_PORT (19010),
# DB_PORT (15443), NASTAVNIK_HOME (.nastavnik-bench-monitoring), NASTAVNIK_CACHE (.nastavnik/cache: Keycloak's zip),
# BENCH_REQUESTS (200 measured requests per endpoint, and as many replays), BENCH_WARMUP (50 per endpoint),
# BENCH_SECONDS (300: after that long an endpoint stops with what it has, at least 5 requests),
# BENCH_CAMPAIGNS (3: municipal reports submitted, each in a campaign of its own; 0 skips them), BENCH_ENDPOINTS
# (which figures to measure: "region-year region-half municipality school" from the summary, "region-changed" with
# one school changed since, "region-live municipality-live school-live" counted live as of yesterday, which the
# summary does not hold: the reference).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
NASTAVNIK_HOME=${NASTAVNIK_HOME:-$ROOT/.nastavnik-bench-monitoring}
API_PORT=${API_PORT:-18090}
DB_PORT=${DB_PORT:-15443}
KEYCLOAK_HTTP_PORT=${KEYCLOAK_HTTP_PORT:-18190}
KEYCLOAK_MANAGEMENT_PORT=${KEYCLOAK_MANAGEMENT_PORT:-19010}
# shellcheck source=../stack.sh
. "$ROOT/bench/stack.sh"
OUT="$HERE/target/results"
REQUESTS=${BENCH_REQUESTS:-200}
WARMUP=${BENCH_WARMUP:-50}
SECONDS_EACH=${BENCH_SECONDS:-300}
CAMPAIGNS=${BENCH_CAMPAIGNS:-3}
ENDPOINTS=${BENCH_ENDPOINTS:-region-year region-half municipality school region-changed region-live municipality-live school-live}
REGION=10000000-0000-0000-0000-000000000001
# The demo municipality (город Тверь, user muni) with its 40 schools, and its demo school (МОУ СОШ № 17, user school).
MUNICIPALITY=20000000-0000-0000-0000-00000000000a
SCHOOL=30000000-0000-0000-0000-0000000000a1
mkdir -p "$OUT"

# The realm with a curator of each of the demo municipality's 40 schools (password = login), so that each school's
# report is submitted by its own curator. Keycloak imports it instead of keycloak/realm-nastavnik.json.
REALM_FILE="$HERE/target/realm-nastavnik.json"
# Background tasks would run statements of their own while an endpoint's are captured: the bench API runs none.
export QUARKUS_SCHEDULER_ENABLED=false
write_realm() {
  local schools
  schools=$(school_curators | jq -R -s 'split("\n") | map(select(length > 0) | split(" "))')
  jq --argjson schools "$schools" --arg region "$REGION" --arg municipality "$MUNICIPALITY" '
    .users += [$schools[] | select(.[1] != "school") | {
      username: .[1], enabled: true, emailVerified: true, email: (.[1] + "@nastavnik.example"),
      firstName: "Куратор", lastName: .[1], credentials: [{type: "password", value: .[1], temporary: false}],
      realmRoles: ["school"],
      attributes: {region_id: [$region], municipality_id: [$municipality], school_id: [.[0]]}}]' \
    "$ROOT/keycloak/realm-nastavnik.json" > "$REALM_FILE.tmp"
  mv "$REALM_FILE.tmp" "$REALM_FILE"
}

# "school-id login" of each school of the demo municipality: the demo's three (МОУ СОШ № 17 is the demo user
# school's), then generate.sql's schools 7–43, whose ids it derives the same way.
school_curators() {
  echo "$SCHOOL school"
  echo "30000000-0000-0000-0000-0000000000a2 bench-curator-2"
  echo "30000000-0000-0000-0000-0000000000a3 bench-curator-3"
  local n
  for n in $(seq 7 43); do
    printf '3b%06x-0000-4000-8000-000000000000 bench-curator-%d\n' "$n" "$n"
  done
}

# PostgreSQL's own log, where tools/FiguresBench.java finds the statements an endpoint ran: the launcher does not
# pass the server's output on, so the server writes the file itself. Its collector starts only with the server:
# configured on the fresh database, which is restarted once before the API connects.
SERVER_LOG="$LOGS/postgresql.log"
on_db_started() {
  local pid
  PGPASSWORD= psql -X -q -h localhost -p "$DB_PORT" -U postgres nastavnik <<SQL
ALTER SYSTEM SET logging_collector = on;
ALTER SYSTEM SET log_directory = '$LOGS';
ALTER SYSTEM SET log_filename = 'postgresql.log';
ALTER SYSTEM SET log_rotation_age = 0;
ALTER SYSTEM SET log_rotation_size = 0;
SQL
  pid=$(cat "$PIDS/devdb.pid")
  kill -TERM -- "-$pid"
  while kill -0 "$pid" 2>/dev/null || [ -f "$PGDATA/postmaster.pid" ]; do sleep 0.5; done
  rm -f "$SERVER_LOG"
  run_db
}

psql_as() {
  local role=$1
  shift
  PGPASSWORD=$role psql -X -q -h localhost -p "$DB_PORT" -U "$role" nastavnik "$@"
}

generate() {
  local started
  echo "Generating the region (generate.sql)..."
  started=$(date +%s)
  psql_as nastavnik -f "$HERE/generate.sql" > "$OUT/generate.txt" || { tail -n 20 "$OUT/generate.txt" >&2; return 1; }
  echo "generated in $(($(date +%s) - started)) s:"
  tail -n 4 "$OUT/generate.txt"
}

# The summary of every municipality, counted as the background task would (the bench API runs none), timed.
summary() {
  local started count
  echo "Counting the monitoring summary of every municipality..."
  started=$(date +%s)
  count=$(curl -sS -f -X POST "$API/bench/monitoring-summary")
  echo -e "$count\t$(($(date +%s) - started))" > "$OUT/summary.tsv"
  echo "  $count municipalities counted in $(($(date +%s) - started)) s"
}

pgjdbc() {
  ls "$ROOT"/backend/target-bench/quarkus-app/lib/main/org.postgresql.postgresql-*.jar | head -n 1
}

# One endpoint next to the statements it runs, replayed (tools/FiguresBench.java); appends to $OUT/figures.tsv and
# writes the plans of its statements (auto_explain, nested statements included) to $OUT/explain-$4.txt.
measure() {
  local name=$1 user=$2 path=$3 plans=$4
  echo "Measuring $name ($path as $user)..."
  java -cp "$(pgjdbc)" "$HERE/tools/FiguresBench.java" --name "$name" --url "$API$path" --token "$(login "$user")" \
    --db "jdbc:postgresql://localhost:$DB_PORT/nastavnik" --log "$SERVER_LOG" --out "$OUT" \
    --requests "$REQUESTS" --warmup "$WARMUP" --seconds "$SECONDS_EACH" --explain "$OUT/explain-$plans.txt"
}

figures() {
  local endpoint yesterday
  yesterday=$(TZ=Europe/Moscow date -d yesterday +%F)
  : > "$OUT/figures.tsv"
  for endpoint in $ENDPOINTS; do
    case $endpoint in
      region-year) measure "region, year 2026/27" region "/api/regions/$REGION/figures?year=2026" "$endpoint" ;;
      region-half) measure "region, half 2026-1" region "/api/regions/$REGION/figures?half=2026-1" "$endpoint" ;;
      municipality) measure "municipality (40 schools), year 2026/27" muni \
        "/api/municipalities/$MUNICIPALITY/figures?year=2026" "$endpoint" ;;
      school) measure "school (1 500 participants), year 2026/27" school "/api/schools/$SCHOOL/figures?year=2026" \
        "$endpoint" ;;
      region-changed)
        # A write to one school of the demo municipality, as a curator's would be: that school is counted live.
        psql_as nastavnik -c "UPDATE school_contingent SET pupils = pupils WHERE school_id = '$SCHOOL' AND start_year = 2026" > /dev/null
        measure "region, year 2026/27, one school changed since the summary" region \
          "/api/regions/$REGION/figures?year=2026" "$endpoint" ;;
      region-live) measure "region, year 2026/27 as of $yesterday, counted live" region \
        "/api/regions/$REGION/figures?year=2026&asOf=$yesterday" "$endpoint" ;;
      municipality-live) measure "municipality (40 schools), year 2026/27 as of $yesterday, counted live" muni \
        "/api/municipalities/$MUNICIPALITY/figures?year=2026&asOf=$yesterday" "$endpoint" ;;
      school-live) measure "school, year 2026/27 as of $yesterday, counted live" school \
        "/api/schools/$SCHOOL/figures?year=2026&asOf=$yesterday" "$endpoint" ;;
      *) echo "unknown endpoint in BENCH_ENDPOINTS: $endpoint" >&2; return 1 ;;
    esac
  done
}

figures_summary() {
  echo
  echo "Figures endpoints (real tokens, sequential, after a warm-up) next to their statements replayed over plain JDBC"
  echo "as the owner, requests and replays alternating:"
  awk -F'\t' 'BEGIN { print "| endpoint | statements | requests | endpoint p50 ms | endpoint p95 ms | bare SQL p50 ms | bare SQL p95 ms | p95 ÷ bare p95 | load average |"
                      print "|---|---:|---:|---:|---:|---:|---:|---:|---|" }
    { printf "| %s | %s | %s | %.1f | %.1f | %.1f | %.1f | %.2f | %s |\n", $1, $2, $3, $4, $5, $6, $7, $5 / $7, $8 }' \
    "$OUT/figures.tsv" | tee "$OUT/figures-summary.md"
  echo "(each statement's mean time in the replay: $OUT/statements-*.txt; their plans: $OUT/explain-*.txt)"
}

# POSTs JSON as a user and prints the answer; fails on an error status, showing the answer.
call() {
  local token=$1 method=$2 path=$3 body=${4:-} answer
  answer=$(curl -sS -X "$method" -H "Authorization: Bearer $token" -H "Content-Type: application/json" \
    ${body:+-d "$body"} -w '\n%{http_code}' "$API$path")
  case "${answer##*$'\n'}" in
    2??) printf '%s' "${answer%$'\n'*}" ;;
    *) echo "$method $path: ${answer##*$'\n'} ${answer%$'\n'*}" >&2; return 1 ;;
  esac
}

# The region opens a campaign; the 40 schools submit their reports and the municipality accepts them; then the
# municipal report is created and its submission timed. Once per campaign.
reports() {
  local region_token muni_token campaign c school user token report version id started ms
  declare -A tokens
  echo
  echo "Logging the curators of the municipality's 40 schools in..."
  while read -r school user; do tokens[$school]=$(login "$user"); done < <(school_curators)
  : > "$OUT/reports.tsv"
  for c in $(seq 1 "$CAMPAIGNS"); do
    region_token=$(login region)
    muni_token=$(login muni)
    campaign=$(call "$region_token" POST "/api/regions/$REGION/campaigns" \
      "{\"title\": \"Мониторинг за I полугодие 2026/27, замер $c\", \"half\": \"2026-1\", \"dueOn\": \"$(date -d '+1 month' +%F)\",
        \"indicators\": [\"PUPILS_GENERAL\", \"YOUNG_TEACHERS\", \"PUPILS_ADDITIONAL\", \"TEACHERS\", \"COLLEGE_STUDENTS\",
        \"EFFECTIVE_PAIRS\", \"MENTEE_SATISFACTION\", \"MENTOR_SATISFACTION\", \"MENTORS_TRAINED\", \"MENTORS_CERTIFIED\",
        \"BEST_PRACTICES\", \"REWARDS\"]}" | jq -r .id)
    echo "Campaign $c of $CAMPAIGNS ($campaign): 40 school reports submitted and accepted..."
    while read -r school user; do
      token=${tokens[$school]}
      report="/api/schools/$school/campaigns/$campaign/report"
      version=$(call "$token" POST "$report" | jq -r .version)
      started=$(date +%s%N)
      id=$(call "$token" POST "$report/submit" "{\"version\": $version}" | jq -r .id)
      echo -e "school\t$(( ($(date +%s%N) - started) / 1000000 ))" >> "$OUT/reports.tsv"
      version=$(call "$muni_token" GET "$report" | jq -r .version)
      call "$muni_token" POST "/api/municipalities/$MUNICIPALITY/campaigns/$campaign/reports/$id/accept" \
        "{\"version\": $version}" > /dev/null
    done < <(school_curators)
    report="/api/municipalities/$MUNICIPALITY/campaigns/$campaign/report"
    version=$(call "$muni_token" POST "$report" | jq -r .version)
    started=$(date +%s%N)
    call "$muni_token" POST "$report/submit" "{\"version\": $version}" > "$OUT/municipal-report-$c.json"
    ms=$(( ($(date +%s%N) - started) / 1000000 ))
    echo -e "municipality\t$ms" >> "$OUT/reports.tsv"
    echo "  the municipal report ($(jq '[.schools[] | select(.status == "ACCEPTED")] | length' "$OUT/municipal-report-$c.json") school reports accepted) submitted in $ms ms"
  done
}

reports_summary() {
  echo
  echo "Report submissions (POST …/submit as curl sees it, real tokens):"
  sort -t$'\t' -k1,1 -k2,2n "$OUT/reports.tsv" | awk -F'\t' '
    { v[$1, ++n[$1]] = $2 }
    END { print "| report | submissions | median ms | p95 ms | max ms |"; print "|---|---:|---:|---:|---:|"
          split("municipality school", kinds, " ")
          for (k = 1; k <= 2; k++) { r = kinds[k]; if (!n[r]) continue
            printf "| %s | %d | %d | %d | %d |\n", r == "school" ? "school (its figures frozen)" : "municipal, over 40 accepted school reports",
              n[r], v[r, int((n[r] + 1) / 2)], v[r, int(n[r] * 0.95 + 0.999)], v[r, n[r]] } }' \
    | tee "$OUT/reports-summary.md"
}

case "${1:-}" in
  start)
    stop_all
    write_realm
    { start_all && generate && summary; } || { stop_all; exit 1; }
    exit 0
    ;;
  stop)
    stop_all
    exit 0
    ;;
  "") ;;
  *)
    echo "usage: $0 [start | stop]" >&2
    exit 2
    ;;
esac

if [ -z "${BENCH_REUSE:-}" ]; then
  stop_all
  trap stop_all EXIT
  write_realm
  start_all
  generate
  summary
fi
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
figures
figures_summary
if [ "$CAMPAIGNS" -gt 0 ]; then
  reports
  reports_summary
fi
