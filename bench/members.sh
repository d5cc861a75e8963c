#!/bin/sh
# Generates member files and imports them end to end (validation, COPY, duplicate checks, insert) into a fresh
# embedded PostgreSQL with the heap capped at 512 MB, then times name searches. Usage: bench/members.sh [rows] [xlsx-rows]
set -e
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}
XROWS=${2:-100000}
./mvnw -q test-compile -Dspotless.check.skip=true
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
python3 bench/generate-members.py "$ROWS" target/bench-members.csv
python3 bench/generate-members.py "$XROWS" target/bench-members-x.csv 100000000
echo "load before: $(cut -d" " -f1-3 /proc/loadavg); $(nproc) cores; $(java -version 2>&1 | head -1)"
java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  vn.chibo.bench.MembersBenchmark target/bench-members.csv target/bench-members-x.csv:xlsx
echo "load after: $(cut -d" " -f1-3 /proc/loadavg)"
