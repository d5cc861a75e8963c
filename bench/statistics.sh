#!/bin/sh
# Members by rating level at province scale: 20 grassroots committees of 20 branches (400), 50 members each (20,000),
# every branch with an approved review round of last year, on a fresh embedded PostgreSQL. Prints a raw SQL aggregate
# over the same rows beside the set-based read, the former one-round-at-a-time read, the report, the API and the page.
# Usage: bench/statistics.sh [committees] [branches-per-committee] [members-per-branch]
set -e
cd "$(dirname "$0")/.."
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1
./mvnw -q test-compile -Dspotless.check.skip=true
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java ${JAVA_OPTS:--Xmx512m} -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
    vn.chibo.bench.StatisticsBenchmark "${1:-20}" "${2:-20}" "${3:-50}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
