#!/usr/bin/env bash
# Measures the public portal: ChiBo with its demo content against nginx serving the identical HTML as static files.
#   wrk -t2 -c64 -d20s on the article page and the home page (served from ChiBo's rendered-page cache),
#   the same on nginx, and the time of an uncached render of the article page.
# Targets (issue 5, 2 cores): article >= 70% of nginx's throughput with p99 < 10 ms; uncached render < 20 ms.
# Usage: bench/portal.sh   (env: ROUNDS=3 DURATION=20s CONNECTIONS=64 THREADS=2 JAVA=java JAVA_OPTS= APP_ARGS= APP_PORT=28491
#                           NGINX_PORT=28492)
set -eu
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
JAVA=${JAVA:-java}
APP_PORT=${APP_PORT:-28491}
NGINX_PORT=${NGINX_PORT:-28492}
WORK=$(mktemp -d /tmp/chibo-bench.XXXXXX)
APP_PID=""
NGINX_PID=""

cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

need() {
  # The load generator and the reference server come from Debian's packages.
  if ! command -v "$1" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$1" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "Installing $2 ..." >&2
      # A fresh machine has no package lists yet.
      [ -n "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v lock)" ] || apt-get update -q >/dev/null
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >/dev/null || {
        apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$2" >/dev/null; }
    else
      echo "Missing $1: install the Debian package $2 (apt-get install -y $2)" >&2
      exit 1
    fi
  fi
}
need wrk wrk
need nginx nginx
need curl curl
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

if [ ! -f target/chibo.jar ] || [ -n "$(find src pom.xml -newer target/chibo.jar -print -quit)" ]; then
  echo "Building target/chibo.jar ..." >&2
  ./mvnw -q package -DskipTests -Dspotless.check.skip=true
fi

for port in "$APP_PORT" "$NGINX_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is already in use; set APP_PORT / NGINX_PORT" >&2
    exit 1
  fi
done

echo "Starting ChiBo (demo profile, $($JAVA -version 2>&1 | head -1)) on port $APP_PORT ..." >&2
"$JAVA" -Xmx256m ${JAVA_OPTS:-} -jar target/chibo.jar --spring.profiles.active=demo --chibo.data-dir="$WORK/data" \
  --server.port="$APP_PORT" --logging.level.root=WARN ${APP_ARGS:-} >"$WORK/app.log" 2>&1 &
APP_PID=$!
BASE="http://127.0.0.1:$APP_PORT"
for _ in $(seq 1 180); do
  if curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then cat "$WORK/app.log" >&2; exit 1; fi
  sleep 1
done
# The demo content is loaded by a runner after the context starts; wait until the sitemap lists articles.
for _ in $(seq 1 60); do
  curl -fs "$BASE/sitemap.xml" | grep -q '/bai-viet/' && break
  sleep 1
done

HOME_PATH=/cong/so-gddt-binh-son
ARTICLE_PATH=$(curl -fs "$BASE/sitemap.xml" | grep -o "<loc>[^<]*$HOME_PATH/bai-viet/[^<]*" | head -1 | sed 's#<loc>http://[^/]*##')
[ -n "$ARTICLE_PATH" ] || { echo "No article found in the sitemap" >&2; exit 1; }

ms() { awk '{printf "%.1f", $1 * 1000}'; }
cold=$(curl -s -o /dev/null -w '%{time_total}' "$BASE$ARTICLE_PATH" | ms)

# Warm the JVM: cached pages under load, and many uncached renders (a query string is a distinct cache key).
wrk -t"$THREADS" -c"$CONNECTIONS" -d8s "$BASE$ARTICLE_PATH" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d4s "$BASE$HOME_PATH" >/dev/null
cat >"$WORK/uncached.lua" <<'LUA'
counter = 0
request = function()
  counter = counter + 1
  return wrk.format(nil, wrk.path .. "?uncached=" .. counter .. "-" .. math.random(1, 1000000000))
end
LUA
wrk -t1 -c2 -d10s -s "$WORK/uncached.lua" "$BASE$ARTICLE_PATH" >/dev/null

# Uncached renders: every request carries a new query string, so none is served from the cache (one connection,
# one request at a time, so that this measures a render and not a queue).
wrk -t1 -c1 -d10s --latency -s "$WORK/uncached.lua" "$BASE$ARTICLE_PATH" >"$WORK/uncached.txt"
render_rps=$(awk '/^Requests\/sec/ {print $2}' "$WORK/uncached.txt")
render_p50=$(awk '$1=="50%" {print $2}' "$WORK/uncached.txt")
render_p90=$(awk '$1=="90%" {print $2}' "$WORK/uncached.txt")
render_p99=$(awk '$1=="99%" {print $2}' "$WORK/uncached.txt")
miss=$(curl -s -D - -o /dev/null "$BASE$ARTICLE_PATH?render=check" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-page-cache"{print $2}')
server=()
for i in $(seq 1 20); do
  server+=("$(curl -s -D - -o /dev/null "$BASE$ARTICLE_PATH?timing=$i" | tr -d '\r' | awk -F'dur=' 'tolower($0) ~ /^server-timing/ {print $2}')")
done
read -r server_median server_p90 < <(printf '%s\n' "${server[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int(NR/2)+1], a[int(NR*0.9)]}')

# nginx serves byte-identical copies of the two pages.
mkdir -p "$WORK/nginx/html$HOME_PATH" "$WORK/nginx/html$(dirname "$ARTICLE_PATH")" "$WORK/nginx/logs"
curl -fs "$BASE$ARTICLE_PATH" -o "$WORK/nginx/html$ARTICLE_PATH.html"
curl -fs "$BASE$HOME_PATH" -o "$WORK/nginx/html$HOME_PATH/index.html"
cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  default_type text/html;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/nginx/html;
    location / { try_files \$uri \$uri.html \$uri/index.html =404; }
  }
}
CONF
# nginx workers run as an unprivileged user: let them read the pages.
chmod 755 "$WORK"
chmod -R a+rX "$WORK/nginx"
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" 2>"$WORK/nginx/logs/stderr.log" &
NGINX_PID=$!
sleep 1
NGINX_BASE="http://127.0.0.1:$NGINX_PORT"
cmp -s <(curl -fs "$NGINX_BASE$ARTICLE_PATH") "$WORK/nginx/html$ARTICLE_PATH.html" || { echo "nginx does not serve the page" >&2; cat "$WORK/nginx/logs/"*.log >&2; exit 1; }
wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "$NGINX_BASE$ARTICLE_PATH" >/dev/null

run() {
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$1" >"$WORK/wrk.txt"
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec/ {print $2}' "$WORK/wrk.txt")
  p50=$(awk '$1=="50%" {print $2}' "$WORK/wrk.txt")
  p99=$(awk '$1=="99%" {print $2}' "$WORK/wrk.txt")
  errors=$(awk '/Non-2xx|Socket errors/ {printf "%s ", $0}' "$WORK/wrk.txt")
  echo "$rps $p50 $p99 ${errors:-none}"
}
to_ms() { # wrk prints 812.00us, 1.20ms or 1.02s
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

# ChiBo and nginx take turns, page by page and round by round, so that a change in the machine's speed (other
# virtual machines share its cores) falls on both alike; each round gives a ratio, and the median round is reported.
verdict() { if [ "$1" = 1 ]; then echo PASS; else echo FAIL; fi; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratios=()
p99s=()
table=""
for round in $(seq 1 "$ROUNDS"); do
  read -r a_rps a_p50 a_p99 a_err < <(run "$BASE$ARTICLE_PATH")
  read -r na_rps na_p50 na_p99 na_err < <(run "$NGINX_BASE$ARTICLE_PATH")
  read -r h_rps h_p50 h_p99 h_err < <(run "$BASE$HOME_PATH")
  read -r nh_rps nh_p50 nh_p99 nh_err < <(run "$NGINX_BASE$HOME_PATH")
  ratio=$(awk -v a="$a_rps" -v n="$na_rps" 'BEGIN { printf "%.0f", 100 * a / n }')
  home_ratio=$(awk -v a="$h_rps" -v n="$nh_rps" 'BEGIN { printf "%.0f", 100 * a / n }')
  ratios+=("$ratio")
  p99s+=("$(to_ms "$a_p99")")
  table+=$(printf '%-5s %-22s %12s %10s %10s  %s' "$round" "ChiBo article" "$a_rps" "$a_p50" "$a_p99" "$a_err")$'\n'
  table+=$(printf '%-5s %-22s %12s %10s %10s  %s' "$round" "nginx article (static)" "$na_rps" "$na_p50" "$na_p99" "$na_err")$'\n'
  table+=$(printf '%-5s %-22s %12s %10s %10s  %s' "$round" "ChiBo home" "$h_rps" "$h_p50" "$h_p99" "$h_err")$'\n'
  table+=$(printf '%-5s %-22s %12s %10s %10s  %s' "$round" "nginx home (static)" "$nh_rps" "$nh_p50" "$nh_p99" "$nh_err")$'\n'
  table+="      article ${ratio}% of nginx, home ${home_ratio}% of nginx"$'\n'
done
ratio=$(printf '%s\n' "${ratios[@]}" | median)
a_p99_ms=$(printf '%s\n' "${p99s[@]}" | median)
worst_p99=$(printf '%s\n' "${p99s[@]}" | sort -g | tail -n 1)

echo
echo "ChiBo portal benchmark — $(nproc) cores, $($JAVA -version 2>&1 | head -1), wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS rounds"
echo "article: $ARTICLE_PATH ($(wc -c <"$WORK/nginx/html$ARTICLE_PATH.html") bytes); home: $HOME_PATH ($(wc -c <"$WORK/nginx/html$HOME_PATH/index.html") bytes)"
printf '%-5s %-22s %12s %10s %10s  %s\n' "round" "page" "requests/s" "p50" "p99" "errors"
printf '%s' "$table"
echo
echo "article throughput vs nginx, median of the rounds (${ratios[*]}): ${ratio}% (target >= 70%): $(verdict "$(awk -v r="$ratio" 'BEGIN{print (r >= 70)}')")"
echo "article p99, median of the rounds: ${a_p99_ms} ms, worst ${worst_p99} ms (target < 10 ms): $(verdict "$(awk -v p="$a_p99_ms" 'BEGIN{print (p < 10)}')")"
render_p50_ms=$(to_ms "$render_p50")
echo "uncached article render (wrk, 1 connection, new query string each time; cache said '${miss}'): ${render_rps} renders/s, p50 ${render_p50}, p90 ${render_p90}, p99 ${render_p99} (target < 20 ms): $(verdict "$(awk -v p="$render_p50_ms" 'BEGIN{print (p < 20)}')")"
echo "  server-side render time (Server-Timing, 20 requests): median ${server_median} ms, p90 ${server_p90} ms"
echo "load average during the run: $(cut -d' ' -f1-3 /proc/loadavg) (other processes share these cores)"
echo "very first request after start (cold JVM, not a target): ${cold} ms"
