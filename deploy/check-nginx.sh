#!/usr/bin/env bash
# Checks deploy/nginx/chibo.conf in front of a real ChiBo (the jar, demo profile, on this machine's loopback):
#   - a public page is served from nginx's cache, and is the page ChiBo serves;
#   - a request with a session cookie or credentials is never answered from the cache, the sign-in page never cached;
#   - a newly published article shows on its portal's home page through nginx within 1 s of the publication, and an
#     unpublished one is gone (404) through nginx within 1 s, in ten rounds that store the pages at ten moments of the
#     second (the worst round counts).
# Installs nginx with apt-get when run as root and it is missing. Ends with "N passed, M failed".
# Usage: deploy/check-nginx.sh   (env: JAVA=java APP_PORT=28481 NGINX_PORT=28482 LIMIT_MS=1000)
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/nginx/local.sh

JAVA=${JAVA:-java}
APP_PORT=${APP_PORT:-28481}
NGINX_PORT=${NGINX_PORT:-28482}
LIMIT_MS=${LIMIT_MS:-1000}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/chibo-nginx-check.XXXXXX")
APP_PID=""
passed=0
failed=0

cleanup() {
    nginx_local_stop
    if [ -n "$APP_PID" ]; then
        kill "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

check() {
    local name=$1 ok=$2 detail=${3:-}
    if [ "$ok" = 1 ]; then
        passed=$((passed + 1))
        echo "PASS  $name${detail:+ ($detail)}"
    else
        failed=$((failed + 1))
        echo "FAIL  $name${detail:+ ($detail)}"
    fi
}

need_package nginx nginx
need_package curl curl
need_package python3 python3
[ -f target/chibo.jar ] || ./mvnw -q -B -ntp -DskipTests package </dev/null

echo "Starting ChiBo (demo) on port $APP_PORT and nginx ($("$NGINX" -v 2>&1 | cut -d/ -f2)) on port $NGINX_PORT ..."
"$JAVA" -Xmx256m -jar target/chibo.jar --spring.profiles.active=demo --chibo.data-dir="$WORK/data" \
    --server.port="$APP_PORT" --chibo.portal.base-url="http://127.0.0.1:$NGINX_PORT" --logging.level.root=WARN \
    >"$WORK/app.log" 2>&1 </dev/null &
APP_PID=$!
APP="http://127.0.0.1:$APP_PORT"
for _ in $(seq 1 240); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$APP/actuator/health/readiness")" = 200 ] && break
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$WORK/app.log" >&2; exit 1; }
    sleep 0.5
done
nginx_local_start "$WORK" "$APP_PORT" "$NGINX_PORT"
PROXY="http://127.0.0.1:$NGINX_PORT"

SITE=so-gddt-binh-son
HOME_PATH=/cong/$SITE
ARTICLE_PATH=$(curl -fs "$APP/sitemap.xml" | grep -o "<loc>[^<]*$HOME_PATH/bai-viet/[^<]*" | head -1 | sed 's#<loc>http://[^/]*##')
header() { tr -d '\r' | awk -F': ' -v h="$1" 'tolower($1) == tolower(h) { print $2 }'; }

# 1. Served from nginx's cache, and the same page as ChiBo's.
curl -s -o /dev/null "$PROXY$ARTICLE_PATH"
status=$(curl -s -D - -o "$WORK/via-nginx.html" "$PROXY$ARTICLE_PATH" | header X-Proxy-Cache)
curl -s -o "$WORK/direct.html" "$APP$ARTICLE_PATH"
check "a public page comes from nginx's cache" "$([ "$status" = HIT ] || [ "$status" = REVALIDATED ] && echo 1 || echo 0)" \
    "X-Proxy-Cache: $status"
check "nginx's copy is ChiBo's page" "$(cmp -s "$WORK/via-nginx.html" "$WORK/direct.html" && echo 1 || echo 0)"

# 2. Personal requests and the sign-in page.
status=$(curl -s -D - -o /dev/null -H 'Cookie: JSESSIONID=0123456789ABCDEF' "$PROXY$ARTICLE_PATH" | header X-Proxy-Cache)
check "a request with a session cookie bypasses the cache" "$([ "$status" = BYPASS ] && echo 1 || echo 0)" "$status"
status=$(curl -s -D - -o /dev/null -u "tongbientap:chibo-demo" "$PROXY$ARTICLE_PATH" | header X-Proxy-Cache)
check "a request with credentials bypasses the cache" "$([ "$status" = BYPASS ] && echo 1 || echo 0)" "$status"
curl -s -o /dev/null "$PROXY/login"
login_cache=$(curl -s -D - -o /dev/null "$PROXY/login" | header Cache-Control)
check "the sign-in page is not storable" "$(echo "$login_cache" | grep -q no-store && echo 1 || echo 0)" "$login_cache"

# 3. Publication and withdrawal through the cache: the clock starts when ChiBo's API answers. nginx counts its cache's
# freshness in whole seconds, so how long a stale copy can last depends on the moment within the second at which it was
# stored: each round stores the pages at another moment (every 100 ms across the second) and the worst round counts.
api() { curl -s -u tongbientap:chibo-demo -H 'Content-Type: application/json' "$@"; }
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
now_ms() { echo $((${EPOCHREALTIME/./} / 1000)); }
# Waits for the given millisecond of the next second.
at_ms() { local us=$((10#${EPOCHREALTIME#*.})); sleep "$(printf '0.%06d' $(((1000000 - us + $1 * 1000) % 1000000)))"; }
# Polls the URL through nginx until the test ($2: grep or a status) holds; prints the milliseconds since $3, or nothing.
until_seen() {
    local url=$1 test=$2 since=$3
    while [ $(($(now_ms) - since)) -lt 5000 ]; do
        if [ "$test" = 404 ]; then
            [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 404 ] && { echo $(($(now_ms) - since)); return; }
        elif curl -s "$url" | grep -qF "$test"; then
            echo $(($(now_ms) - since))
            return
        fi
        sleep 0.02
    done
}
seen_all=() gone_all=() worst_seen=0 worst_gone=0 cached_all=200
for moment in 55 155 255 355 455 555 655 755 855 955; do
    title="Hội nghị sơ kết chuyên đề chuyển đổi số ngành giáo dục $(date +%s%N)"
    id=$(api -X POST "$APP/api/v1/portal/editor/sites/$SITE/articles" \
        -d "{\"title\": \"$title\", \"lead\": \"Hội nghị nhìn lại nửa năm chuyển đổi số của các trường.\",
             \"body\": \"<p>Các chi bộ trường học báo cáo kết quả ứng dụng công nghệ trong giảng dạy.</p>\",
             \"byline\": \"Ban Biên tập\", \"tags\": [\"chuyển đổi số\"]}" | json "['id']")
    api -X POST "$APP/api/v1/portal/editor/articles/$id/submit" -d '{}' >/dev/null
    # A reader keeps the home page in nginx's cache right up to the publication.
    curl -s -o /dev/null "$PROXY$HOME_PATH"
    at_ms "$moment"
    curl -s -o /dev/null "$PROXY$HOME_PATH"
    api -X POST "$APP/api/v1/portal/editor/articles/$id/approve" -d '{}' >"$WORK/approved.json"
    published=$(now_ms)
    slug=$(json "['slug']" <"$WORK/approved.json")
    seen=$(until_seen "$PROXY$HOME_PATH" "$title" "$published")
    seen_all+=("${seen:-never}")
    worst_seen=$([ -n "$seen" ] && [ "$worst_seen" != never ] && echo $((seen > worst_seen ? seen : worst_seen)) || echo never)

    page="$HOME_PATH/bai-viet/$slug"
    curl -s -o /dev/null "$PROXY$page"
    at_ms "$moment"
    cached=$(curl -s -o /dev/null -w '%{http_code}' "$PROXY$page")
    [ "$cached" = 200 ] || cached_all=$cached
    api -X POST "$APP/api/v1/portal/editor/articles/$id/unpublish" >/dev/null
    withdrawn=$(now_ms)
    gone=$(until_seen "$PROXY$page" 404 "$withdrawn")
    gone_all+=("${gone:-never}")
    worst_gone=$([ -n "$gone" ] && [ "$worst_gone" != never ] && echo $((gone > worst_gone ? gone : worst_gone)) || echo never)
done
check "a published article shows through nginx within ${LIMIT_MS} ms" \
    "$([ "$worst_seen" != never ] && [ "$worst_seen" -le "$LIMIT_MS" ] && echo 1 || echo 0)" \
    "worst $worst_seen ms; rounds: ${seen_all[*]}"
check "an unpublished article is gone through nginx within ${LIMIT_MS} ms" \
    "$([ "$cached_all" = 200 ] && [ "$worst_gone" != never ] && [ "$worst_gone" -le "$LIMIT_MS" ] && echo 1 || echo 0)" \
    "worst $worst_gone ms; rounds: ${gone_all[*]}; before: $cached_all"

echo
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
