#!/usr/bin/env bash
# Builds the backend's classes, compiles the benchmark against them and runs it; arguments go to the benchmark
# (--mentors N --mentees N --seed S --skip-full). See README.md.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
OUT="$HERE/target"
mkdir -p "$OUT/classes"

mvn -B -q -f "$ROOT/pom.xml" -pl backend -am compile dependency:build-classpath \
  -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=runtime
CLASSPATH="$ROOT/backend/target/classes:$(cat "$OUT/classpath.txt")"

javac -d "$OUT/classes" -cp "$CLASSPATH" --release 17 $(find "$HERE/src" -name '*.java')

exec java -Xmx4g -cp "$OUT/classes:$CLASSPATH" ru.nastavnik.matching.solver.MatchingBenchmark "$@"
