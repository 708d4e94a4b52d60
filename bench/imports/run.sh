#!/usr/bin/env bash
# Imports 25 000, 50 000 and 100 000 participant rows through the API's own code (HTTP upload, background job,
# COPY into staging, set-based apply) and times PostgreSQL COPY of the same rows in the same run. Prints rows per
# second for both, their ratio, and the JVM's peak heap and resident memory. Not part of ./test.sh.
#
#   bench/imports/run.sh              with a 512 MB heap
#   BENCH_HEAP=256m bench/imports/run.sh
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT="$ROOT/backend/target/import-bench.txt"
rm -f "$OUT"
mvn -B -q -f "$ROOT/pom.xml" -pl backend test -Dtest=ImportBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.out="$OUT" -DargLine="-Xmx${BENCH_HEAP:-512m}" > "$ROOT/backend/target/import-bench.log" 2>&1 || {
  tail -n 60 "$ROOT/backend/target/import-bench.log" >&2
  exit 1
}
echo "heap limit: ${BENCH_HEAP:-512m}"
cat "$OUT"
echo
echo "where the import's time went (the first line is the warm-up run):"
grep -o 'Import [0-9a-f-]*: .*' "$ROOT/backend/target/import-bench.log" | sed -E 's/^Import [0-9a-f-]*: /  /'
