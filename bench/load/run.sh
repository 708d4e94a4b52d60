#!/usr/bin/env bash
# The load test and the cost of the token check and row-level security; see README.md. Builds the API with its
# bench-only endpoints, starts PostgreSQL, Keycloak and that API on ports of their own (not ./run.sh's), measures,
# prints a summary and stops what it started.
#
#   bench/load/run.sh            everything: throughput side by side, profiles, EXPLAIN, the Gatling load test
#   bench/load/run.sh start      only start the stack (and leave it running)
#   bench/load/run.sh stop       stop a stack started with "start"
#   bench/load/run.sh api        rebuild (if the code changed) and restart only its API
#   BENCH_REUSE=1 bench/load/run.sh   measure a stack already started with "start"
#
# Settings (environment): API_PORT (18080), KEYCLOAK_HTTP_PORT (18180), KEYCLOAK_MANAGEMENT_PORT (19000),
# DB_PORT (15433), NASTAVNIK_HOME (.nastavnik-bench), NASTAVNIK_CACHE (.nastavnik/cache: Keycloak's zip),
# BENCH_SECONDS (20, per throughput measurement), BENCH_WARMUP (30, per variant), BENCH_ROUNDS (3), BENCH_CONNECTIONS (16),
# BENCH_PARTICIPANTS (200 in the measured school), BENCH_PROFILE_SECONDS (20), BENCH_GATLING (1; 0 skips it).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
NASTAVNIK_HOME=${NASTAVNIK_HOME:-$ROOT/.nastavnik-bench}
API_PORT=${API_PORT:-18080}
DB_PORT=${DB_PORT:-15433}
KEYCLOAK_HTTP_PORT=${KEYCLOAK_HTTP_PORT:-18180}
KEYCLOAK_MANAGEMENT_PORT=${KEYCLOAK_MANAGEMENT_PORT:-19000}
# The bench stack: build, start_all, start_api, restart_api, login, api_pid (and run.sh's stop_all, wait_for).
# shellcheck source=../stack.sh
. "$ROOT/bench/stack.sh"
OUT="$HERE/target/results"
SECONDS_EACH=${BENCH_SECONDS:-20}
WARMUP=${BENCH_WARMUP:-30}
ROUNDS=${BENCH_ROUNDS:-3}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
PARTICIPANTS=${BENCH_PARTICIPANTS:-200}
PROFILE_SECONDS=${BENCH_PROFILE_SECONDS:-20}
# The measured school: МБОУ Конаковская СОШ № 1 (user school2), which the load test only reads.
SCHOOL=30000000-0000-0000-0000-0000000000b1
mkdir -p "$OUT"

fetch_tokens() {
  local user
  : > "$OUT/tokens.properties"
  for user in school school2 muni muni2 region; do
    echo "$user=$(login "$user")" >> "$OUT/tokens.properties"
  done
  SCHOOL_TOKEN=$(sed -n 's/^school2=//p' "$OUT/tokens.properties")
}

# Participants of the measured school up to $PARTICIPANTS, so that its list has pages: pupils with a parent's
# consent, teachers with their own, one in ten without any consent.
seed() {
  local i body total
  total=$(curl -fsS -H "Authorization: Bearer $SCHOOL_TOKEN" "$API/api/schools/$SCHOOL/participants?size=1" | jq -e .total)
  for i in $(seq $((total + 1)) "$PARTICIPANTS"); do
    if [ $((i % 10)) -eq 0 ]; then
      body="{\"kind\": \"PUPIL\", \"fullName\": \"Участник без согласия $i\", \"menteeCandidate\": true}"
    elif [ $((i % 2)) -eq 0 ]; then
      body="{\"kind\": \"PUPIL\", \"fullName\": \"Ученик нагрузочный $i\", \"menteeCandidate\": true, \"birthDate\": \"2012-03-15\",
        \"externalId\": \"bench-$i\", \"menteeProfile\": {\"requests\": [\"subject-math\", \"olympiads\"], \"desiredForms\": [\"PUPIL_PUPIL\"]},
        \"consent\": {\"givenBy\": \"PARENT\", \"giverName\": \"Родитель $i\", \"givenOn\": \"2025-09-01\",
        \"scope\": \"Участие в программе наставничества\", \"documentRef\": \"Заявление № $i\"}}"
    else
      body="{\"kind\": \"TEACHER\", \"fullName\": \"Педагог нагрузочный $i\", \"mentorCandidate\": true,
        \"externalId\": \"bench-$i\", \"subject\": \"Математика\", \"experienceYears\": 12,
        \"mentorProfile\": {\"competencies\": [\"subject-math\", \"exams\"], \"capacity\": 2, \"formsAccepted\": [\"TEACHER_PUPIL\"]},
        \"consent\": {\"givenBy\": \"SELF\", \"giverName\": \"Педагог нагрузочный $i\", \"givenOn\": \"2025-09-01\",
        \"scope\": \"Участие в программе наставничества\", \"documentRef\": \"Заявление № $i\"}}"
    fi
    curl -fsS -o /dev/null -X POST -H "Authorization: Bearer $SCHOOL_TOKEN" -H "Content-Type: application/json" \
      -d "$body" "$API/api/schools/$SCHOOL/participants"
  done
}

# CPU time used so far, in clock ticks: the API's JVM, then PostgreSQL (the postmaster and its backends).
cpu_ticks() {
  local api pg=0 pid postmaster
  api=$(awk '{print $14 + $15}' "/proc/$(api_pid)/stat")
  postmaster=$(head -n 1 "$PGDATA/postmaster.pid")
  for pid in "$postmaster" $(pgrep -P "$postmaster"); do
    pg=$((pg + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$api $pg"
}

# Busy and total clock ticks of the whole machine (all cores), from /proc/stat.
machine_ticks() {
  awk '/^cpu / { total = 0; for (i = 2; i <= NF; i++) total += $i; print total - $5 - $6, total }' /proc/stat
}

declare -A URLS=(
  [health]="$API/q/health/live"
  [scoped]="$API/api/schools/$SCHOOL/participants?page=0&size=20"
  [untokened]="$API/bench/schools/$SCHOOL/participants/untokened?page=0&size=20"
  [tokened]="$API/bench/schools/$SCHOOL/participants/tokened?page=0&size=20"
  [bare]="$API/bench/schools/$SCHOOL/participants/bare?page=0&size=20"
)
VARIANTS=(scoped untokened tokened bare health)

# One wrk run of a variant; appends "variant rps errors p50 p99 api_ms pg_ms load" to $OUT/throughput.txt.
measure() {
  local variant=$1 seconds=$2 token="" before after line requests
  case $variant in scoped | tokened) token=$SCHOOL_TOKEN ;; esac
  read -ra before < <(cpu_ticks)
  line=$(TOKEN=$token wrk -t1 -c"$CONNECTIONS" -d"${seconds}s" -s "$HERE/wrk/report.lua" "${URLS[$variant]}" | grep '^RESULT')
  read -ra after < <(cpu_ticks)
  requests=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<< "$line")
  awk -v v="$variant" -v l="$line" -v n="$requests" -v a="$((after[0] - before[0]))" -v p="$((after[1] - before[1]))" \
    -v hz="$(getconf CLK_TCK)" -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
      split(l, f, /[ =]/); printf "%s %s %s %s %s %.3f %.3f %s\n", v, f[7], f[5], f[9], f[11],
        1000 * a / hz / n, 1000 * p / hz / n, load }' >> "$OUT/throughput.txt"
}

throughput() {
  local round variant
  # The JIT compiles the hot paths during the first tens of thousands of requests: warm up every variant first.
  echo "Warming up (${WARMUP}s per variant)..."
  for variant in "${VARIANTS[@]}"; do measure "$variant" "$WARMUP"; done
  : > "$OUT/throughput.txt"
  for round in $(seq 1 "$ROUNDS"); do
    echo "Round $round of $ROUNDS: ${VARIANTS[*]}, ${SECONDS_EACH}s each, $CONNECTIONS connections, load $(cut -d' ' -f1 /proc/loadavg)"
    for variant in "${VARIANTS[@]}"; do measure "$variant" "$SECONDS_EACH"; done
  done
}

throughput_summary() {
  echo
  echo "Throughput of the participants list (a school of $PARTICIPANTS participants, page of 20) in the same run:"
  awk '{ n[$1]++; rps[$1] += $2; err[$1] += $3; p50[$1] += $4; p99[$1] += $5; api[$1] += $6; pg[$1] += $7
         load[$1] = load[$1] (load[$1] == "" ? "" : " ") $8 }
       END {
         printf "| %-9s | %8s | %6s | %7s | %7s | %11s | %10s | %-6s | %s |\n", "variant", "req/s", "errors",
           "p50 ms", "p99 ms", "API CPU ms", "PG CPU ms", "/ bare", "load average per round"
         print "|---|---:|---:|---:|---:|---:|---:|---:|---|"
         split("scoped untokened tokened bare health", order, " ")
         for (i = 1; i <= 5; i++) { v = order[i]; if (!n[v]) continue
           printf "| %-9s | %8.0f | %6d | %7.1f | %7.1f | %11.3f | %10.3f | %6.2f | %s |\n", v, rps[v] / n[v], err[v],
             p50[v] / n[v], p99[v] / n[v], api[v] / n[v], pg[v] / n[v], rps[v] / rps["bare"], load[v] }
       }' "$OUT/throughput.txt" | tee "$OUT/throughput-summary.md"
  echo "(req/s, latencies and CPU per request are means over the rounds; CPU ms = CPU time per request)"
}

# A JFR recording of each list variant under the same load, summarised by tools/HotMethods.java.
profiles() {
  local variant pid token
  pid=$(api_pid)
  for variant in scoped untokened tokened bare; do
    echo "Profiling $variant (${PROFILE_SECONDS}s)..."
    jcmd "$pid" JFR.start name="$variant" settings=profile filename="$OUT/$variant.jfr" > /dev/null
    token=""
    case $variant in scoped | tokened) token=$SCHOOL_TOKEN ;; esac
    TOKEN=$token wrk -t1 -c"$CONNECTIONS" -d"${PROFILE_SECONDS}s" -s "$HERE/wrk/report.lua" "${URLS[$variant]}" > /dev/null
    jcmd "$pid" JFR.stop name="$variant" > /dev/null
    java "$HERE/tools/HotMethods.java" "$OUT/$variant.jfr" 25 > "$OUT/profile-$variant.txt"
  done
}

profiles_summary() {
  local variant
  echo
  echo "Share of the API's CPU samples under each part of the request's path (a sample counts for every part on its"
  echo "stack, so the shares overlap):"
  for variant in scoped untokened tokened bare; do
    echo "  $variant: $(head -n 1 "$OUT/profile-$variant.txt")"
  done
  join_profiles | tee "$OUT/profile-summary.md"
  echo "(the hottest methods of each: $OUT/profile-*.txt)"
}

# The profiles' part shares in one table.
join_profiles() {
  local variant
  for variant in scoped untokened tokened bare; do
    sed -n '/share of samples/,/^$/p' "$OUT/profile-$variant.txt" | sed -n '2,$p' | sed '/^$/d' \
      | sed -E "s/^ *([0-9.]+) %  (.*)$/$variant\t\1\t\2/"
  done | awk -F'\t' '{ share[$3, $1] = $2; if (!($3 in seen)) { seen[$3] = 1; order[++n] = $3 } }
    END { print "| part | scoped % | untokened % | tokened % | bare % |"; print "|---|---:|---:|---:|---:|"
          for (i = 1; i <= n; i++) { p = order[i]; printf "| %s | %s | %s | %s | %s |\n", p, share[p, "scoped"],
            share[p, "untokened"], share[p, "tokened"], share[p, "bare"] } }'
}

# EXPLAIN ANALYZE of the list's statements as the application role with the curator's scope (row-level security
# applies) and as the owner (it does not).
explain() {
  local list count
  command -v psql > /dev/null || { echo "psql not found (apt-get install postgresql-client): no EXPLAIN" >&2; return 0; }
  list="SELECT p.*, CASE WHEN EXISTS (SELECT 1 FROM consent c WHERE c.participant_id = p.id AND c.withdrawn_on IS NULL) THEN 'VALID' WHEN EXISTS (SELECT 1 FROM consent c WHERE c.participant_id = p.id) THEN 'WITHDRAWN' ELSE 'NONE' END FROM participant p WHERE p.school_id = '$SCHOOL' ORDER BY p.full_name, p.id OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY"
  count="SELECT count(*) FROM participant WHERE school_id = '$SCHOOL'"
  {
    for role in nastavnik_app nastavnik; do
      echo "== as $role$([ $role = nastavnik_app ] && echo ' (row-level security, the curator of the school)' || echo ' (the owner: no row-level security)')"
      PGPASSWORD=$role psql -q -X -h localhost -p "$DB_PORT" -U "$role" nastavnik <<SQL
BEGIN;
SELECT set_config('nastavnik.role', 'school', true), set_config('nastavnik.school_id', '$SCHOOL', true) \\g /dev/null
PREPARE list AS $list;
PREPARE total AS $count;
EXECUTE list \\g /dev/null
EXECUTE total \\g /dev/null
EXPLAIN (ANALYZE, COSTS OFF, SUMMARY ON) EXECUTE list;
EXPLAIN (ANALYZE, COSTS OFF, SUMMARY ON) EXECUTE total;
COMMIT;
SQL
    done
  } > "$OUT/explain.txt" 2>&1
  echo
  echo "EXPLAIN ANALYZE (full plans in $OUT/explain.txt):"
  awk '/^== as/ { role = $3 } /Execution Time/ { n[role]++; printf "  %-13s %s: %s\n", role, (n[role] == 1 ? "list " : "count"), $0 }' "$OUT/explain.txt"
}

load_test() {
  local report before after machine_before machine_after gatling
  fetch_tokens
  # The throughput runs warmed up only the list: a short unreported run warms the other endpoints' code up.
  echo
  echo "Gatling warm-up: 40 users for 20 s, not reported..."
  mvn -B -q -f "$HERE/pom.xml" gatling:test -Dapi="$API" -Dtokens="$OUT/tokens.properties" -Dusers=40 -Dseconds=20 \
    -DrampSeconds=5 > "$OUT/gatling-warmup.log" 2>&1 || true
  echo "Gatling: 200 users arriving over 10 s, each working for 60 s (curators and coordinators), load $(cut -d' ' -f1 /proc/loadavg)..."
  read -ra before < <(cpu_ticks)
  read -ra machine_before < <(machine_ticks)
  # "times" in the subshell: the CPU time of Maven and the Gatling JVM it forked and waited for.
  gatling=$( (mvn -B -q -f "$HERE/pom.xml" gatling:test -Dapi="$API" -Dtokens="$OUT/tokens.properties" \
    > "$OUT/gatling.log" 2>&1 || true; times) | tail -n 1 | awk '{ split($1, u, /[ms]/); split($2, s, /[ms]/)
      print int((u[1] * 60 + u[2] + s[1] * 60 + s[2]) * hz) }' hz="$(getconf CLK_TCK)")
  read -ra after < <(cpu_ticks)
  read -ra machine_after < <(machine_ticks)
  echo "load average after the load test: $(cut -d' ' -f1 /proc/loadavg)"
  awk -v api="$((after[0] - before[0]))" -v pg="$((after[1] - before[1]))" \
    -v busy="$((machine_after[0] - machine_before[0]))" -v all="$((machine_after[1] - machine_before[1]))" \
    -v gatling="$gatling" 'BEGIN { printf "CPU while it ran: the machine %.0f %% busy; of all its CPU time the API took %.0f %%, PostgreSQL %.0f %%, Gatling and its Maven %.0f %%, everything else (Keycloak, other builds) %.0f %%\n",
      100 * busy / all, 100 * api / all, 100 * pg / all, 100 * gatling / all, 100 * (busy - api - pg - gatling) / all }' \
    | tee "$OUT/gatling-cpu.txt"
  report=$(ls -td "$HERE"/target/gatling/*/ 2>/dev/null | head -n 1)
  if [ -z "$report" ] || [ ! -f "$report/js/stats.js" ]; then
    echo "Gatling produced no report; see $OUT/gatling.log" >&2
    tail -n 30 "$OUT/gatling.log" >&2
    return 1
  fi
  node "$HERE/tools/gatling-summary.js" "$report/js/stats.js" | tee "$OUT/gatling-summary.md"
  sed -n '/---- Errors/,/^====/p' "$OUT/gatling.log"
  echo "(Gatling's report: $report/index.html)"
}

case "${1:-}" in
  start)
    stop_all
    start_all || { stop_all; exit 1; }
    exit 0
    ;;
  stop)
    stop_all
    exit 0
    ;;
  api)
    # Rebuilds (when the code changed) and restarts only the API of a stack started with "start".
    restart_api
    exit 0
    ;;
  "") ;;
  *)
    echo "usage: $0 [start | stop | api]" >&2
    exit 2
    ;;
esac

if [ -z "${BENCH_REUSE:-}" ]; then
  stop_all
  trap stop_all EXIT
  start_all
fi
echo "Logging the demo users in..."
fetch_tokens
echo "Filling the measured school up to $PARTICIPANTS participants..."
seed
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
throughput
throughput_summary
profiles
profiles_summary
explain
[ "${BENCH_GATLING:-1}" = 0 ] || load_test
