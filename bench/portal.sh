#!/usr/bin/env bash
# Measures the public portal's article page three ways, side by side in one run, on the same article:
#   static  nginx serving a byte-identical copy of the page as a file (the limit on this machine);
#   chibo   ChiBo alone (demo profile), the page from its rendered-page cache;
#   proxy   ChiBo behind nginx with deploy/nginx/chibo.conf (proxy_cache, revalidation with ChiBo every second).
# wrk -t2 -c64 -d20s each, in turns, round by round; plus the time of an uncached render of the article.
# Targets (issue 16, 2 cores): ChiBo alone >= 50% of static with p99 < 10 ms; behind nginx >= 90% of static.
# Usage: bench/portal.sh   (env: ROUNDS=3 DURATION=20s CONNECTIONS=64 THREADS=2 JAVA=java JAVA_OPTS= APP_ARGS=
#                           WARMUP=30s APP_PORT=28491 STATIC_PORT=28492 PROXY_PORT=28493)
set -eu
cd "$(dirname "$0")/.."
source deploy/nginx/local.sh

DURATION=${DURATION:-20s}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
JAVA=${JAVA:-java}
APP_PORT=${APP_PORT:-28491}
STATIC_PORT=${STATIC_PORT:-28492}
PROXY_PORT=${PROXY_PORT:-28493}
WORK=$(mktemp -d /tmp/chibo-bench.XXXXXX)
APP_PID=""

cleanup() {
  nginx_local_stop
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

need_package wrk wrk
need_package nginx nginx
need_package curl curl

if [ ! -f target/chibo.jar ] || [ -n "$(find src pom.xml -newer target/chibo.jar -print -quit)" ]; then
  echo "Building target/chibo.jar ..." >&2
  ./mvnw -q package -DskipTests -Dspotless.check.skip=true
fi

for port in "$APP_PORT" "$STATIC_PORT" "$PROXY_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is already in use; set APP_PORT / STATIC_PORT / PROXY_PORT" >&2
    exit 1
  fi
done

echo "Starting ChiBo (demo profile, $($JAVA -version 2>&1 | head -1)) on port $APP_PORT ..." >&2
# Links on the pages name nginx's address, as in production (CHIBO_PORTAL_BASE_URL), so that the three copies are
# byte for byte the same page.
"$JAVA" -Xmx256m ${JAVA_OPTS:-} -jar target/chibo.jar --spring.profiles.active=demo --chibo.data-dir="$WORK/data" \
  --server.port="$APP_PORT" --chibo.portal.base-url="http://127.0.0.1:$PROXY_PORT" --logging.level.root=WARN \
  ${APP_ARGS:-} >"$WORK/app.log" 2>&1 &
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

# Warm the JVM: cached pages under load, and many uncached renders (a page asked with a query string other than a
# listing's page number is rendered and not cached).
# The JIT compiles the hot path only after many requests, later still on a busy machine.
wrk -t"$THREADS" -c"$CONNECTIONS" -d${WARMUP:-30s} "$BASE$ARTICLE_PATH" >/dev/null
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

# nginx serves a byte-identical copy of the article as a file, and ChiBo through the shipped proxy configuration.
# The file goes out with ChiBo's own response headers (the security headers, Cache-Control, Content-Language, ...: some
# 700 bytes more than nginx's own), so that both answers are the same bytes but for the Date, the ETag (nginx's own for
# the file), Last-Modified and X-Proxy-Cache; the headers that belong to one exchange (and X-Accel-Expires, which nginx
# keeps to itself) are left to nginx.
mkdir -p "$WORK/static$(dirname "$ARTICLE_PATH")"
curl -fs -D "$WORK/page-headers.txt" "$BASE$ARTICLE_PATH" -o "$WORK/static$ARTICLE_PATH.html"
tr -d '\r' <"$WORK/page-headers.txt" | awk -F': ' 'NR > 1 && NF > 1 {
    name = tolower($1); value = substr($0, length($1) + 3); gsub(/["\\]/, "\\\\&", value)
    if (value ~ /\$/) { print "header with a $: " $0 > "/dev/stderr"; exit 1 }
    if (name == "content-type") print "types { }\ndefault_type \"" value "\";"
    else if (name !~ /^(date|content-length|connection|keep-alive|transfer-encoding|etag|last-modified|x-accel-expires|server|accept-ranges)$/)
        print "add_header " $1 " \"" value "\" always;"
}' >"$WORK/static-headers.conf"
chmod 755 "$WORK"
chmod -R a+rX "$WORK/static"
nginx_local_start "$WORK" "$APP_PORT" "$PROXY_PORT" "$STATIC_PORT" "$WORK/static" "$WORK/static-headers.conf"
STATIC_BASE="http://127.0.0.1:$STATIC_PORT"
PROXY_BASE="http://127.0.0.1:$PROXY_PORT"
cmp -s <(curl -fs "$STATIC_BASE$ARTICLE_PATH") "$WORK/static$ARTICLE_PATH.html" || { echo "nginx does not serve the static copy" >&2; exit 1; }
curl -fs -o /dev/null "$PROXY_BASE$ARTICLE_PATH"
cmp -s <(curl -fs "$PROXY_BASE$ARTICLE_PATH") "$WORK/static$ARTICLE_PATH.html" || { echo "nginx's cached copy differs from ChiBo's page" >&2; exit 1; }
wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "$STATIC_BASE$ARTICLE_PATH" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "$PROXY_BASE$ARTICLE_PATH" >/dev/null

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

# The three take turns, round by round, so that a change in the machine's speed (other virtual machines share its
# cores) falls on all alike; each round gives its ratios, and the median round is reported.
verdict() { if [ "$1" = 1 ]; then echo PASS; else echo FAIL; fi; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
alone=()
proxied=()
p99s=()
proxy_p99s=()
table=""
# The order turns from round to round (static, ChiBo, proxy; then ChiBo, proxy, static; ...), so that no server always
# runs right after ChiBo alone, while its JVM may still be collecting or compiling.
for round in $(seq 1 "$ROUNDS"); do
  for turn in 0 1 2; do
    case $(( (turn + round - 1) % 3 )) in
      0) read -r s_rps s_p50 s_p99 s_err < <(run "$STATIC_BASE$ARTICLE_PATH") ;;
      1) read -r a_rps a_p50 a_p99 a_err < <(run "$BASE$ARTICLE_PATH") ;;
      2) read -r p_rps p_p50 p_p99 p_err < <(run "$PROXY_BASE$ARTICLE_PATH") ;;
    esac
  done
  alone+=("$(awk -v a="$a_rps" -v n="$s_rps" 'BEGIN { printf "%.0f", 100 * a / n }')")
  proxied+=("$(awk -v a="$p_rps" -v n="$s_rps" 'BEGIN { printf "%.0f", 100 * a / n }')")
  p99s+=("$(to_ms "$a_p99")")
  proxy_p99s+=("$(to_ms "$p_p99")")
  table+=$(printf '%-5s %-24s %12s %10s %10s  %s' "$round" "nginx, static file" "$s_rps" "$s_p50" "$s_p99" "$s_err")$'\n'
  table+=$(printf '%-5s %-24s %12s %10s %10s  %s' "$round" "ChiBo alone" "$a_rps" "$a_p50" "$a_p99" "$a_err")$'\n'
  table+=$(printf '%-5s %-24s %12s %10s %10s  %s' "$round" "ChiBo behind nginx cache" "$p_rps" "$p_p50" "$p_p99" "$p_err")$'\n'
  table+="      ChiBo alone ${alone[-1]}% of static, behind nginx ${proxied[-1]}% of static"$'\n'
done
ratio=$(printf '%s\n' "${alone[@]}" | median)
proxy_ratio=$(printf '%s\n' "${proxied[@]}" | median)
a_p99_ms=$(printf '%s\n' "${p99s[@]}" | median)
worst_p99=$(printf '%s\n' "${p99s[@]}" | sort -g | tail -n 1)
proxy_p99_ms=$(printf '%s\n' "${proxy_p99s[@]}" | median)

echo
echo "ChiBo portal benchmark — $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo); $($JAVA -version 2>&1 | head -1); nginx $("$NGINX" -v 2>&1 | cut -d/ -f2); wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS rounds"
echo "article: $ARTICLE_PATH ($(wc -c <"$WORK/static$ARTICLE_PATH.html") bytes)"
printf '%-5s %-24s %12s %10s %10s  %s\n' "round" "server" "requests/s" "p50" "p99" "errors"
printf '%s' "$table"
echo
echo "ChiBo alone vs static, median of the rounds (${alone[*]}): ${ratio}% (target >= 50%): $(verdict "$(awk -v r="$ratio" 'BEGIN{print (r >= 50)}')")"
echo "ChiBo alone p99, median of the rounds: ${a_p99_ms} ms, worst ${worst_p99} ms (target < 10 ms): $(verdict "$(awk -v p="$a_p99_ms" 'BEGIN{print (p < 10)}')")"
echo "ChiBo behind nginx vs static, median of the rounds (${proxied[*]}): ${proxy_ratio}% (target >= 90%): $(verdict "$(awk -v r="$proxy_ratio" 'BEGIN{print (r >= 90)}')"); p99 ${proxy_p99_ms} ms"
render_p50_ms=$(to_ms "$render_p50")
echo "uncached article render (wrk, 1 connection, new query string each time): ${render_rps} renders/s, p50 ${render_p50}, p90 ${render_p90}, p99 ${render_p99} (target < 20 ms): $(verdict "$(awk -v p="$render_p50_ms" 'BEGIN{print (p < 20)}')")"
echo "load average during the run: $(cut -d' ' -f1-3 /proc/loadavg) (other processes share these cores)"
echo "very first request after start (cold JVM, not a target): ${cold} ms"
