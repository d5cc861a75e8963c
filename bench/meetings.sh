#!/bin/sh
# Minutes generation (DOCX, PDF) for a meeting with 60 attendees and 30 opinions, and the calendar page of a committee
# with 50 branches for a year, measured warm on a fresh embedded PostgreSQL. Usage: bench/meetings.sh
set -e
cd "$(dirname "$0")/.."
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
java -version 2>&1 | head -1
./mvnw -q test-compile -Dspotless.check.skip=true
./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java ${JAVA_OPTS:-} -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" vn.chibo.bench.MeetingsBenchmark
