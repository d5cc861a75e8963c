#!/usr/bin/env bash
# Start-up figures of ChiBo against a minimal Spring Boot application, side by side in one run, each started the
# ways Spring Boot documents (https://docs.spring.io/spring-boot/reference/packaging/efficient.html):
#   jar  java -jar app.jar (Spring Boot's own launcher, nested jars)
#   cds  the jar extracted (java -Djarmode=tools -jar app.jar extract) and started with a class data sharing archive
#        made by one training run (-XX:ArchiveClassesAtExit with -Dspring.context.exit=onRefresh)
#   cds-spring-aot  the same with Spring's ahead-of-time processing (the build's process-aot goal, started with
#        -Dspring.aot.enabled=true: bean definitions generated at build time instead of parsing the configuration
#        classes and evaluating the auto-configurations' conditions at each start); the reference gets the same
#   aot  (JDK 25 and newer) the extracted jar with an ahead-of-time cache from one training run
#        (-XX:AOTCacheOutput, then -XX:AOTCache)
#   aot-spring-aot  (JDK 25 and newer) the same with Spring's ahead-of-time processing, trained and started with
#        -Dspring.aot.enabled=true
# For each: seconds from `java` to the first served /login page on an empty database ("empty"), then on the same one
# again ("existing"), and the resident memory once idle. ChiBo starts its embedded PostgreSQL in a fresh data
# directory (initdb and migrations included in "empty"); the reference application ("ref-*": web, Thymeleaf, security,
# JDBC and Flyway starters, one migration, a login page rendered from a template after a query) migrates a fresh
# database on the local PostgreSQL server (127.0.0.1:5432, user postgres; REF_DB_URL to change), which it does not
# have to start.
# Targets (issue 16): ChiBo's first page on an empty data directory at most 2x the reference for the plain jar, at
# most 1.5x for the extracted jar with its CDS or AOT archive; ChiBo's idle RSS (JVM + PostgreSQL) under 450 MB.
#
# Settings (environment): JAVA_HOME selects the JDK, JAVA_OPTS adds JVM options (e.g. -Xmx256m) to every start and
# training run, START_OPTS to the measured starts only (an experiment such as -Dspring.main.lazy-initialization=true
# with archives trained as shipped), RUNS (default 3),
# CHIBO_DB ("embedded", the default: ChiBo's own PostgreSQL in a fresh data directory; "external": ChiBo migrates a
# fresh database on the same server as the reference, SPRING_DATASOURCE_URL set as in production, so that both
# applications do the same database work and the ratio measures the applications alone; the RSS is then the JVM's),
# PORT (default 18080), IDLE_SECONDS (default 10), START_TIMEOUT (seconds, default 120), LAYOUTS (default
# "jar cds cds-spring-aot", plus "aot aot-spring-aot" on JDK 25). Application logs go to bench/out/.
set -euo pipefail

cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
PORT=${PORT:-18080}
IDLE_SECONDS=${IDLE_SECONDS:-10}
START_TIMEOUT=${START_TIMEOUT:-120}
JAVA_OPTS=${JAVA_OPTS:-}
REF_DB_URL=${REF_DB_URL:-jdbc:postgresql://127.0.0.1:5432}
CHIBO_DB=${CHIBO_DB:-embedded}
case $CHIBO_DB in embedded | external) ;; *) echo "error: CHIBO_DB is embedded or external" >&2; exit 1 ;; esac
chibo_db=""
OUT=bench/out
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JDK=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2 }')
if [ -z "${LAYOUTS:-}" ]; then
    LAYOUTS="jar cds cds-spring-aot"
    [ "${JDK%%.*}" -ge 25 ] && LAYOUTS="jar cds cds-spring-aot aot aot-spring-aot"
fi
URL="http://localhost:${PORT}/login"

app_pid=""
temp_dirs=()
ref_databases=()

die() {
    echo "error: $*" >&2
    exit 1
}

# The polling loop forks nothing until the port is open, so that it takes no CPU from the start it measures.
exec {nap_fd}<> <(:)
nap() { read -r -t "$1" -u "$nap_fd" _ || true; }
now_us() { now=${EPOCHREALTIME/./}; }

descendants() {
    local child
    for child in $(pgrep -P "$1" || true); do
        echo "$child"
        descendants "$child"
    done
}

# The embedded postmaster is detached from the JVM (pg_ctl daemonizes it): found by its data directory.
postgres_pids() {
    local data_dir=$1 postmaster
    [ -n "$data_dir" ] || return 0
    for postmaster in $(pgrep -f -- "-D ${data_dir}/pg" || true); do
        echo "$postmaster"
        descendants "$postmaster"
    done | sort -un | while read -r pid; do
        [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = postgres ] && echo "$pid"
    done
    return 0
}

sum_kb() {
    local file=$1 field=$2 total=0 value pid
    shift 2
    for pid in "$@"; do
        value=$(awk -v f="${field}:" '$1 == f { print $2 }' "/proc/$pid/$file" 2>/dev/null || true)
        total=$((total + ${value:-0}))
    done
    echo "$total"
}

machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6 }' /proc/stat; }

process_ticks() {
    local total=0 pid ticks
    for pid in "$@"; do
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

psql_ref() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 5432 -U postgres -d postgres "$@"; }

stop_app() {
    local data_dir=${1:-} leftover
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
    if [ -n "$data_dir" ]; then
        leftover=$(pgrep -f -- "-D ${data_dir}/pg" || true)
        if [ -n "$leftover" ]; then
            echo "warning: PostgreSQL $leftover still running after the JVM exited; stopping it" >&2
            kill -INT $leftover 2>/dev/null || true
            sleep 2
        fi
    fi
}

cleanup() {
    local dir db
    stop_app ""
    for dir in "${temp_dirs[@]}"; do
        rm -rf "$dir"
    done
    for db in "${ref_databases[@]}"; do
        psql_ref -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
    done
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

new_ref_database() {
    ref_db="chibo_bench_ref_$$_${RANDOM}"
    psql_ref -c "CREATE DATABASE $ref_db" >/dev/null
    ref_databases+=("$ref_db")
}

# The environment and command of one start of application $1 ("chibo" or "ref") with extra JVM options $2 on data $3
# (a data directory for ChiBo, a database name for the reference).
launch() {
    local app=$1 opts=$2 data=$3 log=$4 jar
    if [ "$app" = chibo ]; then
        jar=${chibo_jar[$LAYOUT]}
        local -a database=(-u SPRING_DATASOURCE_URL)
        [ "$CHIBO_DB" = external ] \
            && database=(SPRING_DATASOURCE_URL="$REF_DB_URL/$chibo_db" SPRING_DATASOURCE_USERNAME=postgres)
        # shellcheck disable=SC2086 # option lists
        env -u SPRING_PROFILES_ACTIVE "${database[@]}" \
            CHIBO_DATA_DIR="$data" SERVER_PORT="$PORT" CHIBO_PORTAL_BASE_URL="http://localhost:$PORT" \
            CHIBO_ADMIN_PASSWORD="bench-${RANDOM}-${RANDOM}-Admin" \
            "$JAVA" $JAVA_OPTS $opts -jar "$jar" >"$log" 2>&1 </dev/null &
    else
        jar=${ref_jar[$LAYOUT]}
        # shellcheck disable=SC2086
        env -u SPRING_PROFILES_ACTIVE SERVER_PORT="$PORT" SPRING_DATASOURCE_URL="$REF_DB_URL/$data" \
            SPRING_DATASOURCE_USERNAME=postgres \
            "$JAVA" $JAVA_OPTS $opts -jar "$jar" >"$log" 2>&1 </dev/null &
    fi
    app_pid=$!
}

# Starts, waits for the first 200 from /login, then for the idle period; sets secs, others (share of the machine's CPU
# other processes used meanwhile), jvm_kb, pg_kb and pss_kb.
measure_start() {
    local app=$1 data=$2 log=$3 start_us code before after ours harness pg_dir=""
    local -a pg
    [ "$app" = chibo ] && [ "$CHIBO_DB" = embedded ] && pg_dir=$data
    before=$(machine_ticks)
    harness=$(process_ticks $$)
    now_us
    start_us=$now
    launch "$app" "${run_opts[$LAYOUT]} ${START_OPTS:-}" "$data" "$log"
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
        nap 0.02
    done
    now_us
    secs=$(awk -v us=$((now - start_us)) 'BEGIN { printf "%.2f", us / 1e6 }')
    after=$(machine_ticks)
    mapfile -t pg < <(postgres_pids "$pg_dir")
    ours=$(($(process_ticks "$app_pid" "${pg[@]}") + $(process_ticks $$) - harness))
    others=$(awk -v a="$before" -v b="$after" -v ours="$ours" 'BEGIN { split(a, x, " "); split(b, y, " ")
        busy = y[1] - x[1]; total = busy + y[2] - x[2]; o = total > 0 ? 100 * (busy - ours) / total : 0
        printf "%.0f", (o < 0 ? 0 : o) }')
    sleep "$IDLE_SECONDS"
    mapfile -t pg < <(postgres_pids "$pg_dir")
    jvm_kb=$(sum_kb status VmRSS "$app_pid")
    pg_kb=$(sum_kb status VmRSS "${pg[@]}")
    pss_kb=$(sum_kb smaps_rollup Pss "$app_pid" "${pg[@]}")
}

# One training run of application $1 for layout $LAYOUT with option $2: Spring Boot refreshes the context and exits
# (spring.context.exit=onRefresh), and the JVM writes the archive when it exits.
train() {
    local app=$1 opts=$2 data
    if [ "$app" = chibo ]; then
        data=$(mktemp -d "${TMPDIR:-/tmp}/chibo-bench.XXXXXX")
        temp_dirs+=("$data")
        if [ "$CHIBO_DB" = external ]; then
            new_ref_database
            chibo_db=$ref_db
        fi
    else
        new_ref_database
        data=$ref_db
    fi
    launch "$app" "$opts -Dspring.context.exit=onRefresh" "$data" "$OUT/startup-$app-$LAYOUT-training.log"
    wait "$app_pid" || die "the $LAYOUT training run of $app failed; see $OUT/startup-$app-$LAYOUT-training.log"
    app_pid=""
}

command -v curl >/dev/null || die "curl is required"
command -v psql >/dev/null || die "psql is required (the reference application's database)"
"$JAVA" -version >/dev/null 2>&1 || die "no java at '$JAVA' (set JAVA_HOME)"
if curl -s -o /dev/null -m 2 "http://localhost:${PORT}/"; then
    die "port ${PORT} is already in use; choose another with PORT=..."
fi
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    cluster=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
    [ -n "$cluster" ] || die "no PostgreSQL server on 127.0.0.1:5432 for the reference application"
    pg_ctlcluster --skip-systemctl-redirect "$cluster" main start
    for _ in $(seq 1 60); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.5; done
fi

mkdir -p "$OUT"
[ -f target/chibo.jar ] || ./mvnw -q -B -ntp -DskipTests package </dev/null
if [[ " $LAYOUTS " == *"-spring-aot "* ]] \
    && ! unzip -l target/chibo.jar 'BOOT-INF/classes/vn/chibo/ChiboApplication__ApplicationContextInitializer.class' \
        >/dev/null; then
    die "target/chibo.jar has no ahead-of-time processed context (built before process-aot?): ./mvnw package"
fi

# The reference: the same Spring Boot and starters as ChiBo's (web, Thymeleaf, security, JDBC, Flyway), one migration,
# a login page rendered from a template after a query.
# Writes standard input to file $1 unless it holds that already (so that its date tells when it last changed).
put() {
    local text
    text=$(cat)
    [ -f "$1" ] && [ "$(cat "$1")" = "$text" ] && return 0
    printf '%s\n' "$text" >"$1"
}

build_reference() {
    local dir=$OUT/reference boot
    REFERENCE_JAR=$dir/target/reference.jar
    mkdir -p "$dir/src/main/java/reference" "$dir/src/main/resources/templates" "$dir/src/main/resources/db/migration"
    boot=$(sed -n '/<parent>/,/<\/parent>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml)
    put "$dir/pom.xml" <<POM
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
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-jdbc</artifactId></dependency>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-flyway</artifactId></dependency>
    <dependency><groupId>org.flywaydb</groupId><artifactId>flyway-database-postgresql</artifactId></dependency>
    <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId></dependency>
  </dependencies>
  <build><finalName>reference</finalName><plugins><plugin><groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-maven-plugin</artifactId>
    <executions><execution><id>process-aot</id><goals><goal>process-aot</goal></goals></execution></executions>
  </plugin></plugins></build>
</project>
POM
    put "$dir/src/main/java/reference/Reference.java" <<'JAVA'
package reference;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@SpringBootApplication
@Controller
public class Reference {
    private final JdbcClient jdbc;

    Reference(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

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
    String login(Model model) {
        model.addAttribute("notes", jdbc.sql("SELECT count(*) FROM note").query(Long.class).single());
        return "login";
    }
}
JAVA
    put "$dir/src/main/resources/db/migration/V1__note.sql" <<'SQL'
CREATE TABLE note (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, text text NOT NULL);
SQL
    put "$dir/src/main/resources/templates/login.html" <<'HTML'
<!DOCTYPE html>
<html lang="vi" xmlns:th="http://www.thymeleaf.org">
<head><meta charset="utf-8"><title>Đăng nhập</title></head>
<body><p th:text="${notes}">0</p><form method="post" th:action="@{/login}"><input name="username">
<input name="password" type="password"><button>Đăng nhập</button></form></body>
</html>
HTML
    # Built again only when this script has changed what it generates.
    if [ -f "$REFERENCE_JAR" ] && [ -z "$(find "$dir/pom.xml" "$dir/src" -newer "$REFERENCE_JAR" -type f)" ]; then
        return 0
    fi
    echo "Building the reference application ..."
    ./mvnw -q -B -ntp -f "$dir/pom.xml" -DskipTests package </dev/null || die "could not build the reference application"
}
build_reference

# Each layout of each application: its jar and its options; archives are trained first, so that the runs take turns.
declare -A chibo_jar ref_jar run_opts
extract() {
    local jar=$1 into=$2
    rm -rf "$into"
    "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$into" >/dev/null
}
archive_suffix() { case $1 in aot*) echo aot ;; *) echo jsa ;; esac; }
for layout in $LAYOUTS; do
    LAYOUT=$layout
    case $layout in
        jar)
            chibo_jar[jar]=target/chibo.jar
            ref_jar[jar]=$REFERENCE_JAR
            run_opts[jar]=""
            ;;
        cds | aot | cds-spring-aot | aot-spring-aot)
            extract target/chibo.jar "$OUT/$layout/chibo"
            extract "$REFERENCE_JAR" "$OUT/$layout/reference"
            chibo_jar[$layout]=$OUT/$layout/chibo/chibo.jar
            ref_jar[$layout]=$OUT/$layout/reference/reference.jar
            case $layout in
                cds) run_opts[cds]="-XX:SharedArchiveFile=ARCHIVE" ;;
                aot) run_opts[aot]="-XX:AOTCache=ARCHIVE" ;;
                cds-spring-aot) run_opts[cds-spring-aot]="-Dspring.aot.enabled=true -XX:SharedArchiveFile=ARCHIVE" ;;
                aot-spring-aot) run_opts[aot-spring-aot]="-Dspring.aot.enabled=true -XX:AOTCache=ARCHIVE" ;;
            esac
            for app in chibo ref; do
                archive=$OUT/$layout/$app.$(archive_suffix "$layout")
                case $layout in
                    aot) train "$app" "-XX:AOTCacheOutput=$archive" ;;
                    cds) train "$app" "-XX:ArchiveClassesAtExit=$archive" ;;
                    aot-spring-aot) train "$app" "-Dspring.aot.enabled=true -XX:AOTCacheOutput=$archive" ;;
                    *) train "$app" "-Dspring.aot.enabled=true -XX:ArchiveClassesAtExit=$archive" ;;
                esac
            done
            ;;
        *) die "unknown layout $layout (jar, cds, cds-spring-aot, aot, aot-spring-aot)" ;;
    esac
done

echo "ChiBo start-up benchmark: ChiBo against a minimal Spring Boot application, in turns"
echo "Date:     $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "Commit:   $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "Machine:  $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)," \
    "$(awk '/^MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Java:     $("$JAVA" -version 2>&1 | head -n 2 | tail -n 1)"
echo "ChiBo's database: $CHIBO_DB$([ "$CHIBO_DB" = external ] && echo " (a fresh database on $REF_DB_URL, as the reference's)")"
echo "JAVA_OPTS: ${JAVA_OPTS:-(none)}; runs: $RUNS; memory read ${IDLE_SECONDS} s after the first page"
echo

declare -A seconds totals ratios chibo_secs
printf '%-20s %-4s %-9s %9s %8s %8s %10s %9s %7s\n' start run data "1st page" "JVM MB" "PG MB" "total MB" "PSS MB" \
    "others"
for run in $(seq 1 "$RUNS"); do
    for layout in $LAYOUTS; do
        LAYOUT=$layout
        for app in chibo ref; do
            base_opts=${run_opts[$layout]}
            archive=$OUT/$layout/$app.$(archive_suffix "$layout")
            run_opts[$layout]=${base_opts//ARCHIVE/$archive}
            if [ "$app" = chibo ]; then
                data=$(mktemp -d "${TMPDIR:-/tmp}/chibo-bench.XXXXXX")
                temp_dirs+=("$data")
                if [ "$CHIBO_DB" = external ]; then
                    new_ref_database
                    chibo_db=$ref_db
                fi
            else
                new_ref_database
                data=$ref_db
            fi
            name=$([ "$app" = chibo ] && echo "chibo-$layout" || echo "ref-$layout")
            for kind in empty existing; do
                measure_start "$app" "$data" "$OUT/startup-$name-$run-$kind.log"
                stop_app "$([ "$app" = chibo ] && echo "$data")"
                printf '%-20s %-4s %-9s %8ss %8s %8s %10s %9s %6s%%\n' "$name" "$run" "$kind" "$secs" \
                    "$(mb "$jvm_kb")" "$(mb "$pg_kb")" "$(mb $((jvm_kb + pg_kb)))" "$(mb "$pss_kb")" "$others"
                seconds[$name.$kind]+="$secs "
                [ "$app" = chibo ] && chibo_secs[$layout.$kind]=$secs
                if [ "$app" = ref ]; then
                    ratios[$layout.$kind]+="$(awk -v c="${chibo_secs[$layout.$kind]}" -v r="$secs" 'BEGIN { printf "%.2f", c / r }') "
                fi
                totals[$name.$kind]+="$(mb $((jvm_kb + pg_kb))) "
            done
            run_opts[$layout]=$base_opts
            [ "$app" = chibo ] && rm -rf "$data"
        done
    done
done
echo
echo "Medians (time from java to the first /login page; the ratio is the median of each run's ChiBo / reference, the two"
echo "started one after the other; RSS once idle, ChiBo's JVM + PostgreSQL, the reference's JVM):"
for layout in $LAYOUTS; do
    target=2.0
    [ "$layout" != jar ] && target=1.5
    for kind in empty existing; do
        c=$(median ${seconds[chibo-$layout.$kind]})
        r=$(median ${seconds[ref-$layout.$kind]})
        ratio=$(median ${ratios[$layout.$kind]})
        printf '  %-14s %-9s ChiBo %6s s  reference %6s s  ratio %5s%s (per run: %s)  RSS ChiBo %4s MB, reference %4s MB\n' \
            "$layout" "$kind" "$c" "$r" "$ratio" "$([ "$kind" = empty ] && echo " (target <= $target)" || echo "")" \
            "${ratios[$layout.$kind]% }" \
            "$(median ${totals[chibo-$layout.$kind]} | cut -d. -f1)" "$(median ${totals[ref-$layout.$kind]} | cut -d. -f1)"
    done
done
echo "Target for ChiBo's idle RSS (JVM + PostgreSQL): under 450 MB. RSS counts PostgreSQL's shared memory once per"
echo "process that touched it; PSS shares it out. others: share of the machine's CPU used by other processes during"
echo "the start (above a few per cent the start was slowed by other work)."
echo "Load after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
