#!/usr/bin/env bash
# Start-up figures for the production jar on the embedded PostgreSQL:
#   (a) seconds from `java -jar` to the first served /login page, on an empty data directory and on the same
#       directory started again (existing data), for each layout in LAYOUTS (see below);
#   (b) seconds until the application is ready (/actuator/health/readiness answers 200: the database is up and
#       migrated, the first administrator created);
#   (c) resident memory of the JVM and of its PostgreSQL processes once idle after start.
# Targets (issue 2): under 5 s to the first page, under 450 MB in total.
# The layout "reference" is not ChiBo: a minimal Spring Boot application (web, Thymeleaf, security, a login page
# rendered from a template) generated and built by this script, started the same way, so that the figures can be
# read against what any Spring Boot application needs on this machine at this moment.
#
# Settings (environment): JAVA_HOME selects the JDK, JAVA_OPTS adds JVM options (e.g. -Xmx256m),
# RUNS (default 3), PORT (default 18080), IDLE_SECONDS (default 10), START_TIMEOUT (seconds, default 120),
# PAGE (the page polled, default /login), LAYOUTS (default "jar extracted cds reference").
# Application logs go to bench/out/.
set -euo pipefail

cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
PORT=${PORT:-18080}
IDLE_SECONDS=${IDLE_SECONDS:-10}
START_TIMEOUT=${START_TIMEOUT:-120}
JAVA_OPTS=${JAVA_OPTS:-}
# LAYOUTS: which ways to start, measured one after the other:
#   jar        java -jar target/chibo.jar (the self-contained jar). Its launcher unpacks the jar's libraries into a
#              cache at the jar's first start and runs the application from them in a JVM of its own, which records a
#              class data sharing archive when it stops, used by the later starts (vn.chibo.ChiboLauncher). Each run
#              begins with an empty cache and measures three starts: "new" (the first start of the newly built jar on
#              an empty data directory: unpacking, no archive yet), "empty" (another empty data directory, the jar
#              having started once) and "existing" (that directory started again)
#   extracted  java -jar target/chibo/chibo.jar (the same application unpacked by the build, libraries in lib/)
#   cds        the extracted layout with a class data sharing archive made by one training start
#   aot        (JDK 25) the extracted layout with an ahead-of-time cache made by one training start
#   reference  the minimal Spring Boot application described above (no database)
#   file:PATH  the jar at PATH, started like the self-contained jar (to compare two builds in one run)
LAYOUTS=${LAYOUTS:-jar extracted cds reference}
OUT=bench/out
if [ -n "${JAVA_HOME:-}" ]; then
    JAVA="$JAVA_HOME/bin/java"
else
    JAVA=java
fi
URL="http://localhost:${PORT}${PAGE:-/login}"
READY_URL="http://localhost:${PORT}/actuator/health/readiness"

app_pid=""
temp_dirs=()

die() {
    echo "error: $*" >&2
    exit 1
}

# The polling loop forks nothing until the port is open, so that it takes no CPU from the start it measures: the clock
# is bash's own, and a read that times out on an empty pipe stands in for sleep.
exec {nap_fd}<> <(:)
nap() { read -r -t "$1" -u "$nap_fd" _ || true; }
now_us() { now=${EPOCHREALTIME/./}; }

# Processes started by the JVM: its own descendants plus the postmaster tree whose data directory is $1. The embedded
# postmaster is detached from the JVM (pg_ctl daemonizes it), so it is found by its data directory.
descendants() {
    local child
    for child in $(pgrep -P "$1" || true); do
        echo "$child"
        descendants "$child"
    done
}

postgres_pids() {
    local data_dir=$1 postmaster
    {
        for postmaster in $(pgrep -f -- "-D ${data_dir}/pg" || true); do
            echo "$postmaster"
            descendants "$postmaster"
        done
        [ -n "$app_pid" ] && descendants "$app_pid"
    } | sort -un | while read -r pid; do
        [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = postgres ] && echo "$pid"
    done
    return 0
}

# The JVMs of the start: the one started by this script and those it started (the self-contained jar's launcher runs
# the application in a JVM of its own).
jvm_pids() {
    [ -n "$app_pid" ] || return 0
    echo "$app_pid"
    descendants "$app_pid" | while read -r pid; do
        [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = java ] && echo "$pid"
    done
    return 0
}

# Sum of a /proc field in kB (VmRSS from status, Pss from smaps_rollup) over the given pids.
sum_kb() {
    local file=$1 field=$2 total=0 value pid
    shift 2
    for pid in "$@"; do
        value=$(awk -v f="${field}:" '$1 == f { print $2 }' "/proc/$pid/$file" 2>/dev/null || true)
        total=$((total + ${value:-0}))
    done
    echo "$total"
}

# The machine's CPU time so far, in clock ticks: "busy idle".
machine_ticks() {
    awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6 }' /proc/stat
}

# CPU ticks used by the given processes and by their children that have been waited for (initdb, pg_ctl).
process_ticks() {
    local total=0 pid ticks
    for pid in "$@"; do
        # Fields after the parenthesised command name: utime, stime, cutime and cstime are the 12th to 15th.
        ticks=$(sed 's/^.*) //' "/proc/$pid/stat" 2>/dev/null | awk '{ print $12 + $13 + $14 + $15 }' || true)
        total=$((total + ${ticks:-0}))
    done
    echo "$total"
}

mb() { awk -v kb="$1" 'BEGIN { printf "%.0f", kb / 1024 }'; }

median() {
    printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
        if (NR == 0) exit
        if (NR % 2) printf "%.2f", v[(NR + 1) / 2]; else printf "%.2f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

stop_app() {
    local data_dir=$1 leftover
    [ -n "$app_pid" ] || return 0
    kill -TERM "$app_pid" 2>/dev/null || true
    for _ in $(seq 1 600); do
        kill -0 "$app_pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$app_pid" 2>/dev/null; then
        echo "warning: JVM $app_pid still running 60 s after SIGTERM; killing it" >&2
        kill -KILL "$app_pid" 2>/dev/null || true
    fi
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
    leftover=$(pgrep -f -- "-D ${data_dir}/pg" || true)
    if [ -n "$leftover" ]; then
        echo "warning: PostgreSQL $leftover still running after the JVM exited; stopping it" >&2
        kill -INT $leftover 2>/dev/null || true
        sleep 2
    fi
}

cleanup() {
    local dir
    for dir in "${temp_dirs[@]}"; do
        stop_app "$dir"
        rm -rf "$dir"
    done
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Starts the jar on $1 and waits for the first 200 from /login, then for the idle period; sets secs (to the first
# page), others (the share of the machine's CPU that other processes used meanwhile), jvm_kb, pg_kb (resident sets),
# pss_kb (proportional sets of both) and pg_count.
measure_start() {
    local data_dir=$1 log=$2 start_us now code before after ours harness
    local -a pg jvms
    before=$(machine_ticks)
    # This script's own polling (curl) is not "other work": its finished children add to its cutime.
    harness=$(process_ticks $$)
    now_us
    start_us=$now
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    env -u SPRING_DATASOURCE_URL -u SPRING_PROFILES_ACTIVE \
        CHIBO_DATA_DIR="$data_dir" CHIBO_UNPACK_DIR="$UNPACK_DIR" SERVER_PORT="$PORT" \
        CHIBO_ADMIN_PASSWORD="bench-${RANDOM}-${RANDOM}-Admin" \
        "$JAVA" $JAVA_OPTS $LAYOUT_OPTS -jar "$JAR" >"$log" 2>&1 </dev/null &
    app_pid=$!
    code="no connection"
    while :; do
        if { : <>"/dev/tcp/127.0.0.1/${PORT}"; } 2>/dev/null; then
            code=$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$URL" || true)
            [ "$code" = 200 ] && break
        fi
        if ! kill -0 "$app_pid" 2>/dev/null; then
            echo "The application exited before serving $URL; last lines of $log:" >&2
            tail -n 30 "$log" >&2
            exit 1
        fi
        now_us
        if [ $((now - start_us)) -gt $((START_TIMEOUT * 1000000)) ]; then
            echo "No page from $URL within ${START_TIMEOUT} s (last HTTP status ${code}); see $log" >&2
            exit 1
        fi
        nap 0.05
    done
    now_us
    secs=$(awk -v us=$((now - start_us)) 'BEGIN { printf "%.2f", us / 1e6 }')
    ready="-"
    if [ "$LAYOUT" != reference ]; then
        while [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$READY_URL" || true)" != 200 ]; do
            kill -0 "$app_pid" 2>/dev/null || { echo "The application exited; see $log" >&2; exit 1; }
            nap 0.05
        done
        now_us
        ready=$(awk -v us=$((now - start_us)) 'BEGIN { printf "%.2f", us / 1e6 }')
    fi
    after=$(machine_ticks)
    mapfile -t pg < <(postgres_pids "$data_dir")
    mapfile -t jvms < <(jvm_pids)
    ours=$(($(process_ticks "${jvms[@]}" "${pg[@]}") + $(process_ticks $$) - harness))
    others=$(awk -v a="$before" -v b="$after" -v ours="$ours" 'BEGIN { split(a, x, " "); split(b, y, " ")
        busy = y[1] - x[1]; total = busy + y[2] - x[2]; o = total > 0 ? 100 * (busy - ours) / total : 0
        printf "%.0f", (o < 0 ? 0 : o) }')
    sleep "$IDLE_SECONDS"
    mapfile -t pg < <(postgres_pids "$data_dir")
    mapfile -t jvms < <(jvm_pids)
    jvm_count=${#jvms[@]}
    jvm_kb=$(sum_kb status VmRSS "${jvms[@]}")
    pg_kb=$(sum_kb status VmRSS "${pg[@]}")
    pss_kb=$(sum_kb smaps_rollup Pss "${jvms[@]}" "${pg[@]}")
    pg_count=${#pg[@]}
}

[ "$RUNS" -ge 1 ] 2>/dev/null || die "RUNS must be a positive number"
command -v curl >/dev/null || die "curl is required"
"$JAVA" -version >/dev/null 2>&1 || die "no java at '$JAVA' (set JAVA_HOME)"
if curl -s -o /dev/null -m 2 "http://localhost:${PORT}/"; then
    die "port ${PORT} is already in use; choose another with PORT=..."
fi

if [ ! -f target/chibo.jar ] || [ ! -f target/chibo/chibo.jar ]; then
    echo "Building target/chibo.jar and target/chibo/ ..."
    ./mvnw -q -B -ntp -DskipTests package </dev/null
fi
mkdir -p "$OUT"

echo "ChiBo start-up benchmark"
echo "Date:     $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "Commit:   $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "Machine:  $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)," \
    "$(awk '/^MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM"
echo "Java:     $JAVA"
"$JAVA" -version 2>&1 | sed 's/^/          /'
echo "JAVA_OPTS: ${JAVA_OPTS:-(none)}"
echo "Runs: $RUNS per case, port $PORT, memory read ${IDLE_SECONDS} s after the first page"
echo

# A minimal Spring Boot application to read the figures against: web, Thymeleaf and security, a login page from a
# template, built with the same Spring Boot as ChiBo.
build_reference() {
    local dir=$OUT/reference
    REFERENCE_JAR=$dir/target/reference.jar
    [ -f "$REFERENCE_JAR" ] && return 0
    mkdir -p "$dir/src/main/java/reference" "$dir/src/main/resources/templates"
    local boot
    boot=$(sed -n '/<parent>/,/<\/parent>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml)
    cat >"$dir/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId>
    <version>$boot</version><relativePath/></parent>
  <groupId>bench</groupId><artifactId>reference</artifactId><version>1</version>
  <properties><java.version>17</java.version></properties>
  <dependencies>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-webmvc</artifactId></dependency>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-thymeleaf</artifactId></dependency>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-security</artifactId></dependency>
  </dependencies>
  <build><finalName>reference</finalName><plugins><plugin><groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-maven-plugin</artifactId></plugin></plugins></build>
</project>
POM
    cat >"$dir/src/main/java/reference/Reference.java" <<'JAVA'
package reference;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@SpringBootApplication
@Controller
public class Reference {
    public static void main(String[] args) {
        SpringApplication.run(Reference.class, args);
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").permitAll())
                .build();
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
JAVA
    cat >"$dir/src/main/resources/templates/login.html" <<'HTML'
<!DOCTYPE html>
<html lang="vi" xmlns:th="http://www.thymeleaf.org">
<head><meta charset="utf-8"><title>Đăng nhập</title></head>
<body><form method="post" th:action="@{/login}"><input name="username"><input name="password" type="password">
<button>Đăng nhập</button></form></body>
</html>
HTML
    echo "Building the reference application ..."
    ./mvnw -q -B -ntp -f "$dir/pom.xml" -DskipTests package </dev/null || die "could not build the reference application"
}

# Each layout's jar and options; archives are made first, so that the runs below can take turns.
declare -A jars options
for layout in $LAYOUTS; do
    LAYOUT_OPTS=""
    case $layout in
        jar) JAR=target/chibo.jar ;;
        extracted) JAR=target/chibo/chibo.jar ;;
        cds)
            JAR=target/chibo/chibo.jar
            archive="$OUT/chibo-cds.jsa"
            rm -f "$archive"
            training=$(mktemp -d "${TMPDIR:-/tmp}/chibo-bench.XXXXXX")
            temp_dirs+=("$training")
            # One start that stops once ready (after its first page, see Startup.endTrainingRun, stopping the embedded
            # database cleanly) records the classes it loaded.
            env -u SPRING_DATASOURCE_URL -u SPRING_PROFILES_ACTIVE CHIBO_DATA_DIR="$training" SERVER_PORT="$PORT" \
                CHIBO_ADMIN_PASSWORD="bench-${RANDOM}-${RANDOM}-Admin" \
                "$JAVA" $JAVA_OPTS -XX:ArchiveClassesAtExit="$archive" -Dchibo.startup.training=true \
                -jar "$JAR" >"$OUT/startup-cds-training.log" 2>&1 </dev/null || die "CDS training run failed"
            rm -rf "$training"
            LAYOUT_OPTS="-XX:SharedArchiveFile=$archive"
            ;;
        aot)
            # JDK 25: an ahead-of-time cache (classes loaded and linked, method profiles) from one training start.
            JAR=target/chibo/chibo.jar
            archive="$OUT/chibo.aot"
            rm -f "$archive"
            training=$(mktemp -d "${TMPDIR:-/tmp}/chibo-bench.XXXXXX")
            temp_dirs+=("$training")
            env -u SPRING_DATASOURCE_URL -u SPRING_PROFILES_ACTIVE CHIBO_DATA_DIR="$training" SERVER_PORT="$PORT" \
                CHIBO_ADMIN_PASSWORD="bench-${RANDOM}-${RANDOM}-Admin" \
                "$JAVA" $JAVA_OPTS -XX:AOTCacheOutput="$archive" -Dchibo.startup.training=true \
                -jar "$JAR" >"$OUT/startup-aot-training.log" 2>&1 </dev/null || die "AOT training run failed (JDK 25+)"
            rm -rf "$training"
            LAYOUT_OPTS="-XX:AOTCache=$archive"
            ;;
        reference)
            build_reference
            JAR=$REFERENCE_JAR
            ;;
        file:*) JAR=${layout#file:} ;;
        *) die "unknown layout $layout (jar, extracted, cds, aot, reference, file:PATH)" ;;
    esac
    jars[$layout]=$JAR
    options[$layout]=$LAYOUT_OPTS
    echo "Layout $layout: java ${LAYOUT_OPTS:+$LAYOUT_OPTS }-jar $JAR"
done
echo

# The layouts take turns, run by run, so that a change in the machine's speed (other virtual machines share its
# cores) falls on all of them alike.
declare -A seconds readies totals
printf '%-10s %-4s %-9s %9s %9s %8s %8s %10s %9s %7s\n' layout run data "1st page" "ready" "JVM MB" "PG MB" "total MB" \
    "PSS MB" "others"
for run in $(seq 1 "$RUNS"); do
    for layout in $LAYOUTS; do
        LAYOUT=$layout
        JAR=${jars[$layout]}
        LAYOUT_OPTS=${options[$layout]}
        UNPACK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/chibo-bench-unpack.XXXXXX")
        temp_dirs+=("$UNPACK_DIR")
        # The self-contained jar: "new" is its first start (an empty data directory and nothing unpacked or recorded
        # yet), "empty" a start on another empty data directory once it has started before, "existing" the same
        # directory started again. The other layouts have nothing of their own to set up: empty and existing.
        case $layout in
            jar | file:*) kinds="new empty existing" ;;
            *) kinds="empty existing" ;;
        esac
        for kind in $kinds; do
            if [ "$kind" != existing ]; then
                [ -n "${data_dir:-}" ] && rm -rf "$data_dir"
                data_dir=$(mktemp -d "${TMPDIR:-/tmp}/chibo-bench.XXXXXX")
                temp_dirs+=("$data_dir")
            fi
            measure_start "$data_dir" "$OUT/startup-${layout//[^A-Za-z0-9]/_}-${run}-${kind}.log"
            stop_app "$data_dir"
            printf '%-10s %-4s %-9s %8ss %8ss %8s %8s %10s %9s %6s%%   (%s JVM, %s PostgreSQL processes)\n' "$layout" \
                "$run" "$kind" "$secs" "$ready" "$(mb "$jvm_kb")" "$(mb "$pg_kb")" "$(mb $((jvm_kb + pg_kb)))" \
                "$(mb "$pss_kb")" "$others" "$jvm_count" "$pg_count"
            seconds[$layout.$kind]+="$secs "
            [ "$ready" != - ] && readies[$layout.$kind]+="$ready "
            totals[$layout.$kind]+="$(mb $((jvm_kb + pg_kb))) "
        done
        rm -rf "$data_dir" "$UNPACK_DIR"
    done
done
echo

for layout in $LAYOUTS; do
    line="$layout: median time to first page (target < 5 s):"
    ready_text=""
    memory=""
    for kind in new empty existing; do
        [ -n "${seconds[$layout.$kind]:-}" ] || continue
        line+=" $kind $(median ${seconds[$layout.$kind]}) s,"
        if [ -n "${readies[$layout.$kind]:-}" ]; then
            ready_text+=" $kind $(median ${readies[$layout.$kind]}) s,"
        fi
        memory+=" after $kind $(median ${totals[$layout.$kind]} | cut -d. -f1) MB,"
    done
    echo "${line%,}${ready_text:+; ready:${ready_text%,}}; median idle RSS, JVM + PostgreSQL:${memory%,}" \
        "(target < 450 MB)"
done
echo "RSS counts PostgreSQL's shared memory once per process that touched it; PSS shares it out and is the fairer sum."
echo "others: share of the machine's CPU used by other processes during the start; above a few per cent, the start was"
echo "slowed by other work and its time is pessimistic."
