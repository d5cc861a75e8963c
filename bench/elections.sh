#!/bin/sh
# The count (tally of 10,000 ballots x 15 names, reconciliation of a triple entry of 1,600 ballots) and the counting
# minutes and ballots as PDF, measured in one JVM without a database. Usage: bench/elections.sh
set -e
cd "$(dirname "$0")/.."
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
java -version 2>&1 | head -1
./mvnw -q test-compile -Dspotless.check.skip=true
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java ${JAVA_OPTS:-} -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" vn.chibo.bench.ElectionsBenchmark
