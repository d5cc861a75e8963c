# Runs nginx locally with deploy/nginx/chibo.conf, for deploy/check-nginx.sh and bench/portal.sh (sourced, not run).
# The shipped file is used as it is, but for its addresses: the port nginx listens on, ChiBo's port, the cache directory
# and the host name, substituted by sed below.

NGINX=$(command -v nginx || echo /usr/sbin/nginx)
NGINX_PID=""

# Installs a Debian package when its command is missing (as root), else says what to install.
need_package() {
    local command=$1 package=$2
    if ! command -v "$command" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$command" ]; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
            echo "Installing $package ..." >&2
            [ -n "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v lock)" ] || apt-get update -q >/dev/null
            DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$package" >/dev/null || {
                apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$package" >/dev/null; }
        else
            echo "Missing $command: install the Debian package $package (apt-get install -y $package)" >&2
            return 1
        fi
    fi
    NGINX=$(command -v nginx || echo /usr/sbin/nginx)
}

# nginx_local_start WORK APP_PORT PROXY_PORT [STATIC_PORT STATIC_ROOT [STATIC_HEADERS]]: nginx in front of ChiBo on
# APP_PORT, listening on PROXY_PORT with the shipped configuration; with STATIC_PORT, also serving the files under
# STATIC_ROOT as they are, in the same nginx, with the file settings of the shipped portal location (open_file_cache)
# and the directives of the file STATIC_HEADERS (bench/portal.sh: ChiBo's response headers, so that both send the same).
nginx_local_start() {
    local work=$1 app_port=$2 proxy_port=$3 static_port=${4:-} static_root=${5:-} static_headers=${6:-}
    local here dir static="" file_settings
    here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
    dir=$work/nginx
    mkdir -p "$dir/logs" "$dir/cache" "$dir/tmp"
    sed -e "s#listen 80;#listen 127.0.0.1:${proxy_port};#" \
        -e "s#server 127.0.0.1:8080;#server 127.0.0.1:${app_port};#" \
        -e "s#/var/cache/nginx/chibo#${dir}/cache#" \
        -e "s#server_name cong.example.vn;#server_name localhost 127.0.0.1;#" \
        "$here/chibo.conf" >"$dir/chibo.conf"
    if [ -n "$static_port" ]; then
        file_settings=$(grep -E '^[[:space:]]*open_file_cache' "$here/chibo.conf" || true)
        static="server { listen 127.0.0.1:${static_port}; root ${static_root};
            location / {
                $file_settings
                $([ -n "$static_headers" ] && echo "include $static_headers;")
                try_files \$uri \$uri.html \$uri/index.html =404; } }"
    fi
    cat >"$dir/nginx.conf" <<CONF
$([ "$(id -u)" = 0 ] && echo "user root;")
worker_processes auto;
daemon off;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    default_type text/html;
    client_body_temp_path $dir/tmp/body;
    proxy_temp_path $dir/tmp/proxy;
    fastcgi_temp_path $dir/tmp/fastcgi;
    uwsgi_temp_path $dir/tmp/uwsgi;
    scgi_temp_path $dir/tmp/scgi;
    include $dir/chibo.conf;
    $static
}
CONF
    "$NGINX" -t -q -p "$dir" -c "$dir/nginx.conf" || { cat "$dir/logs/error.log" >&2; return 1; }
    "$NGINX" -p "$dir" -c "$dir/nginx.conf" 2>"$dir/logs/stderr.log" &
    NGINX_PID=$!
    for _ in $(seq 1 50); do
        (exec 3<>"/dev/tcp/127.0.0.1/$proxy_port") 2>/dev/null && return 0
        sleep 0.1
    done
    echo "nginx did not start; see $dir/logs" >&2
    return 1
}

nginx_local_stop() {
    if [ -n "$NGINX_PID" ]; then
        kill -QUIT "$NGINX_PID" 2>/dev/null || true
        wait "$NGINX_PID" 2>/dev/null || true
        NGINX_PID=""
    fi
}
