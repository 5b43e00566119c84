#!/usr/bin/env bash
# bench/portal.sh: the public portal's speed against nginx serving the same
# bytes as a static file, in the same run (docs/PERFORMANCE.md, "The public
# portal").
#
#   bash bench/portal.sh        BENCH_DURATION=10s BENCH_RUNS=3 BENCH_PG=0 bash bench/portal.sh
#
# On loopback, bounded in time, installing nothing (wrk, nginx, curl; psql
# and PostgreSQL 15 for the second engine):
#   1. loads the demo into SQLite (and a throwaway PostgreSQL cluster), serves it;
#   2. saves the bodies of / (the citizen's home, the portal's front page),
#      of /news and of the seed article's page, and serves them from nginx
#      (worker_processes auto);
#   3. for each page, RUNS times: wrk against nginx's file, then against the
#      page (2 s warm-up first); a reader's User-Agent, so every article
#      request goes through the view counter;
#   4. the cold start after publication: an article is published over the
#      API and its page asked for at once, COLD times (median);
#   5. prints a Markdown table of medians and the ratio to nginx.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
BIN=${BENCH_BIN:-$ROOT/build/dieuhanh}
DURATION=${BENCH_DURATION:-5s}
WARMUP=${BENCH_WARMUP:-2s}
RUNS=${BENCH_RUNS:-3}
COLD=${BENCH_COLD:-7}
CONNS=${BENCH_CONNS:-32}
WANT_PG=${BENCH_PG:-1}
UA='Mozilla/5.0 (X11; Linux x86_64) portal-bench-reader'
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
for t in wrk curl jq "$NGINX"; do command -v "$t" >/dev/null || { echo "bench: missing $t (scripts/deps.sh --bench)" >&2; exit 1; }; done
[ -x "$BIN" ] || make -j2 >/dev/null

T=$(mktemp -d /tmp/dieuhanh-portal-XXXXXX)
chmod 755 "$T"
PIDS=()
PG_DIR=
cleanup() {
	for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
	wait 2>/dev/null || true
	[ -n "$PG_DIR" ] && bash scripts/pg-temp.sh stop "$PG_DIR" >/dev/null 2>&1 || true
	rm -rf "$T"
}
trap cleanup EXIT
free_port() {
	local p
	for _ in $(seq 1 200); do
		p=$((20000 + RANDOM % 40000))
		[ -z "$(ss -Htan "( sport = :$p )" 2>/dev/null)" ] && { echo "$p"; return; }
	done
	exit 1
}
wait_http() { for _ in $(seq 1 150); do curl -fsS -o /dev/null --max-time 1 "$1" 2>/dev/null && return 0; sleep 0.1; done; return 1; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
rps() { # URL: requests per second of one measured wrk run (after a warm-up)
	wrk -t2 -c"$CONNS" -d"$WARMUP" -H "User-Agent: $UA" "$1" >/dev/null
	wrk -t2 -c"$CONNS" -d"$DURATION" -H "User-Agent: $UA" "$1" | awk '/^Requests\/sec:/ { print $2 }'
}

# nginx, one for the whole run, serving the pages' bodies as files.
mkdir -p "$T/www" "$T/ngx"
NGINX_PORT=$(free_port)
cat >"$T/ngx/nginx.conf" <<NGX
daemon off;
worker_processes auto;
pid $T/ngx/nginx.pid;
error_log $T/ngx/error.log warn;
events {}
http {
    access_log off;
    client_body_temp_path $T/ngx/body; proxy_temp_path $T/ngx/proxy;
    fastcgi_temp_path $T/ngx/fcgi; uwsgi_temp_path $T/ngx/uwsgi; scgi_temp_path $T/ngx/scgi;
    default_type text/html;
    server { listen 127.0.0.1:$NGINX_PORT; root $T/www; }
}
NGX
"$NGINX" -e "$T/ngx/error.log" -p "$T/ngx" -c "$T/ngx/nginx.conf" &
PIDS+=($!)

printf '| engine | page | bytes | nginx req/s | dieuhanh req/s | ratio | cold start after publication, ms |\n'
printf '|---|---|---|---|---|---|---|\n'

bench_engine() { # ENGINE DB_URL
	local engine=$1 db=$2 port base seed
	"$BIN" demo --db "$db" >/dev/null
	port=$(free_port)
	"$BIN" serve --db "$db" --listen "127.0.0.1:$port" >"$T/$engine.log" 2>&1 &
	local pid=$!
	PIDS+=("$pid")
	base=http://127.0.0.1:$port
	wait_http "$base/healthz" || { echo "bench: the server did not start" >&2; exit 1; }
	seed=$(curl -fsS "$base/api/v1/articles?limit=1000" | jq -r '.items | min_by(.published_at) | .slug')
	local cold_ms
	cold_ms=$(cold_start "$base" | median)
	for page in "/" "/news" "/news/$seed"; do
		local name file n=() d=()
		name=$(echo "$page" | tr '/' '_')
		[ "$page" = / ] && name=_home
		file="$T/www/$engine$name.html"
		curl -fsS -A "$UA" -o "$file" "$base$page"
		chmod 644 "$file"
		wait_http "http://127.0.0.1:$NGINX_PORT/$engine$name.html"
		for _ in $(seq 1 "$RUNS"); do
			n+=("$(rps "http://127.0.0.1:$NGINX_PORT/$engine$name.html")")
			d+=("$(rps "$base$page")")
		done
		local nm dm
		nm=$(printf '%s\n' "${n[@]}" | median)
		dm=$(printf '%s\n' "${d[@]}" | median)
		printf '| %s | %s | %s | %.0f | %.0f | %.2f | %s |\n' "$engine" \
			"$(case $page in /) echo "front page /";; /news) echo "news list /news";; *) echo "seed article /news/…";; esac)" \
			"$(stat -c %s "$file")" "$nm" "$dm" "$(echo "$dm / $nm" | bc -l)" \
			"$([ "$page" = /news ] && echo "$cold_ms" || echo "")"
	done
	kill "$pid"; wait "$pid" 2>/dev/null || true
}

# Publishes an article over the API and times the first request of its page, COLD times.
cold_start() {
	local base=$1 cookie id slug unit
	cookie=$(curl -fsS -D - -o /dev/null -H 'content-type: application/json' \
		-d '{"login":"quantri","password":"demo-2019-quantri"}' "$base/api/v1/session" \
		| awk -F'[ ;]' 'tolower($1) == "set-cookie:" && $2 ~ /^dh_session=/ { print $2 }')
	unit=$(curl -fsS "$base/api/v1/units?kind=district" | jq -r '.items[] | select(.code == "Q9") | .id')
	for i in $(seq 1 "$COLD"); do
		id=$(curl -fsS -b "$cookie" -H 'content-type: application/json' \
			-d "{\"title\":\"Tin đo thời gian $i $RANDOM\",\"body\":\"Nội dung **đo**.\",\"category\":\"thong-bao\",\"unit_id\":$unit}" \
			"$base/api/v1/articles" | jq -r .id)
		curl -fsS -o /dev/null -b "$cookie" -H 'content-type: application/json' -d '{"status":"review"}' "$base/api/v1/articles/$id/status"
		slug=$(curl -fsS -b "$cookie" -H 'content-type: application/json' -d '{"status":"published"}' \
			"$base/api/v1/articles/$id/status" | jq -r .slug)
		curl -fsS -o /dev/null -A "$UA" -w '%{time_total}\n' "$base/news/$slug" | awk '{ printf "%.2f\n", $1 * 1000 }'
	done
}

bench_engine sqlite "sqlite:$T/portal.db"
if [ "$WANT_PG" = 1 ] && [ -x /usr/lib/postgresql/15/bin/initdb ]; then
	PG_DIR=$T/pg
	url=$(bash scripts/pg-temp.sh start "$PG_DIR" "$(free_port)" | tail -n1)
	bench_engine postgresql "$url"
fi
echo
echo "wrk -t2 -c$CONNS -d$DURATION (after -d$WARMUP), median of $RUNS; User-Agent a reader's (views counted)."
echo "binary: $BIN ($("$BIN" version)); machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr); load: $(cut -d' ' -f1-3 /proc/loadavg)"
