#!/usr/bin/env bash
# bench/feedback.sh: what issue 13 asks of citizen feedback (docs/PERFORMANCE.md,
# "Citizen feedback").
#
#   bash bench/feedback.sh        BENCH_DURATION=10s BENCH_RUNS=5 bash bench/feedback.sh
#
# On loopback, installing nothing (wrk, nginx, curl, sqlite3):
#   1. loads the demo into SQLite (synchronous=FULL, the default: an
#      acknowledged report survives power loss) and serves it behind
#      --trusted-proxies 127.0.0.1, so each request can come from its own
#      address (X-Forwarded-For) and the hourly limit per address is checked
#      but not reached;
#   2. the public form: wrk at 64 connections POSTs reports to /feedback/new
#      (multipart is what browsers send with photos; without a photo the form
#      is urlencoded, as here), then checks the database holds exactly as many
#      new reports as wrk counted answers of 200;
#   3. the public list /feedback and Open311's /open311/v2/requests.json
#      against nginx serving the same bytes as a file, RUNS times each
#      (median), nginx measured in the same run;
#   4. prints a Markdown table.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
BIN=${BENCH_BIN:-$ROOT/build/dieuhanh}
DURATION=${BENCH_DURATION:-5s}
WARMUP=${BENCH_WARMUP:-2s}
RUNS=${BENCH_RUNS:-3}
CONNS=64
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
for t in wrk curl sqlite3 "$NGINX"; do command -v "$t" >/dev/null || { echo "bench: missing $t (scripts/deps.sh --bench)" >&2; exit 1; }; done
[ -x "$BIN" ] || make -j2 >/dev/null

T=$(mktemp -d /tmp/dieuhanh-feedback-XXXXXX)
chmod 755 "$T"
PIDS=()
cleanup() {
	for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
	wait 2>/dev/null || true
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
	wrk -t2 -c"$CONNS" -d"$WARMUP" "$1" >/dev/null
	wrk -t2 -c"$CONNS" -d"$DURATION" "$1" | awk '/^Requests\/sec:/ { print $2 }'
}

DB="sqlite:$T/feedback.db"
"$BIN" demo --db "$DB" >/dev/null
PORT=$(free_port)
"$BIN" serve --db "$DB" --listen "127.0.0.1:$PORT" --trusted-proxies 127.0.0.1 >"$T/server.log" 2>&1 &
SERVER=$!
PIDS+=($SERVER)
B=http://127.0.0.1:$PORT
wait_http "$B/healthz" || { echo "bench: the server did not start" >&2; exit 1; }

# ---- the public form at 64 connections ----
curl -fsS -c "$T/jar" -o "$T/form.html" "$B/feedback/new"
CSRF=$(sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' "$T/form.html" | head -1)
COOKIE=$(sed 's/^#HttpOnly_//' "$T/jar" | awk '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep="; " }')
WARD=$(sed -n 's/.*<option value="\([0-9]*\)">Phường Long Bình<.*/\1/p' "$T/form.html" | head -1)
[ -n "$CSRF" ] && [ -n "$WARD" ] || { echo "bench: no csrf or ward on the form" >&2; exit 1; }
BEFORE=$(sqlite3 "$T/feedback.db" "SELECT count(*) FROM feedback")
wrk -t2 -c$CONNS -d"$DURATION" -s bench/post_feedback.lua "$B/feedback/new" -- "$COOKIE" "$CSRF" "$WARD" >"$T/post.txt"
AFTER=$(sqlite3 "$T/feedback.db" "SELECT count(*) FROM feedback")
POST_RPS=$(awk '/^Requests\/sec:/ { print $2 }' "$T/post.txt")
SENT=$(awk '/requests in/ { print $1 }' "$T/post.txt")
BAD=$(awk '/^non-200:/ { print $2 }' "$T/post.txt")
STORED=$((AFTER - BEFORE))
# wrk counts the answers it read before the end; up to one request per connection was still
# being answered then, and is stored too.  Fewer than wrk counted would be a lost report.
OK=$((SENT - BAD))
[ "$STORED" -ge "$OK" ] && [ "$STORED" -le $((OK + CONNS)) ] || { echo "bench: wrk counted $OK reports answered 200, the database holds $STORED" >&2; exit 1; }

# ---- reads against nginx ----
mkdir -p "$T/www" "$T/ngx"
NPORT=$(free_port)
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
    types { text/html html; application/json json; }
    server { listen 127.0.0.1:$NPORT; root $T/www; }
}
NGX
"$NGINX" -e "$T/ngx/error.log" -p "$T/ngx" -c "$T/ngx/nginx.conf" &
PIDS+=($!)
curl -fsS -o "$T/www/list.html" "$B/feedback"
curl -fsS -o "$T/www/requests.json" "$B/open311/v2/requests.json"
chmod 644 "$T/www/"*
wait_http "http://127.0.0.1:$NPORT/list.html"

printf '| what | bytes | nginx req/s | dieuhanh req/s | ratio |\n|---|---|---|---|---|\n'
for pair in "/feedback list.html" "/open311/v2/requests.json requests.json"; do
	set -- $pair
	n=() d=()
	for _ in $(seq 1 "$RUNS"); do
		n+=("$(rps "http://127.0.0.1:$NPORT/$2")")
		d+=("$(rps "$B$1")")
	done
	nm=$(printf '%s\n' "${n[@]}" | median)
	dm=$(printf '%s\n' "${d[@]}" | median)
	printf '| GET %s | %s | %.0f | %.0f | %.2f |\n' "$1" "$(stat -c %s "$T/www/$2")" "$nm" "$dm" "$(echo "$dm / $nm" | bc -l)"
done
printf '| POST /feedback/new (SQLite, synchronous=FULL) | | | %.0f | |\n' "$POST_RPS"

# For comparison only (not durable): the same POSTs with synchronous=NORMAL, which
# tells how much of a report's cost is the fsync of its commit.
kill "$SERVER"; wait "$SERVER" 2>/dev/null || true
DIEUHANH_SQLITE_SYNC=normal "$BIN" serve --db "$DB" --listen "127.0.0.1:$PORT" --trusted-proxies 127.0.0.1 >>"$T/server.log" 2>&1 &
PIDS+=($!)
wait_http "$B/healthz" || { echo "bench: the server did not restart" >&2; exit 1; }
curl -fsS -c "$T/jar" -o "$T/form.html" "$B/feedback/new"
CSRF=$(sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' "$T/form.html" | head -1)
COOKIE=$(sed 's/^#HttpOnly_//' "$T/jar" | awk '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep="; " }')
NORMAL_RPS=$(wrk -t2 -c$CONNS -d"$DURATION" -s bench/post_feedback.lua "$B/feedback/new" -- "$COOKIE" "$CSRF" "$WARD" | awk '/^Requests\/sec:/ { print $2 }')
printf '| POST /feedback/new (SQLite, synchronous=NORMAL: not durable, for comparison) | | | %.0f | |\n' "$NORMAL_RPS"
echo
echo "POST: wrk -t2 -c$CONNS -d$DURATION: $SENT answers, $BAD not 200, $STORED reports stored (checked: at least every 200, at most one more per connection); latency avg/stdev/max: $(awk '/^ *Latency/ {print $2, $3, $4}' "$T/post.txt")"
echo "reads: wrk -t2 -c$CONNS -d$DURATION (after -d$WARMUP), median of $RUNS, nginx worker_processes auto, same run."
echo "binary: $BIN ($("$BIN" version)); machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr); load before the reads: $(cut -d' ' -f1-3 /proc/loadavg)"
