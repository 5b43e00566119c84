#!/usr/bin/env bash
# bench/run.sh: HTTP benchmark of dieuhanh against nginx serving the same bytes.
#
#   bash bench/run.sh          (or: make bench)
#
# What it does, all on loopback addresses and bounded in time:
#   1. checks that wrk, nginx and hyperfine are installed (installs nothing);
#   2. builds build/dieuhanh, loads the demo into a SQLite database in a temp
#      dir and serves it (access log to a file in the temp dir);
#   3. starts nginx (foreground, own config in the temp dir) serving a static
#      file holding the exact body of GET /api/v1/units/{district}/tree;
#   4. runs wrk (2 s warm-up, then the measured run) against: the nginx file,
#      /healthz, the tree endpoint, and POST /api/v1/units (bench/post_unit.lua)
#      with SQLite synchronous=FULL and =NORMAL; then, if PostgreSQL 15 is
#      installed, the tree and write tests on a throwaway cluster;
#   5. records each server's peak RSS (VmHWM) after its load;
#   6. times `dieuhanh demo` into a fresh database with hyperfine;
#   7. prints a plain table, the same as Markdown, the machine and the commands.
#
# Environment knobs (defaults in brackets):
#   BENCH_DURATION  measured wrk run [10s]     BENCH_WARMUP  warm-up run [2s]
#   BENCH_THREADS   server --threads [nproc]   BENCH_PG      0 skips PostgreSQL [1]
#   BENCH_OUT       if set, a directory to also write results.md and results.tsv to
#   BENCH_KEEP      1 keeps the temp dir (logs, configs) for inspection [0]
#   BENCH_BIN       a dieuhanh binary to measure instead of building build/dieuhanh
#   BENCH_HYPERFINE 0 skips timing `dieuhanh demo` with hyperfine [1]
#
# Each read endpoint is paired with nginx serving that endpoint's own body
# as a static file, measured just before it (NAME@nginx rows); its ratio
# is against that.
#
# Client (wrk) and servers share the same cores: on a small machine the
# numbers measure the pair, not the server alone.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-2s}
NPROC=$(nproc)
THREADS=${BENCH_THREADS:-$NPROC}
WANT_PG=${BENCH_PG:-1}
PG_BIN=/usr/lib/postgresql/15/bin
BIN=${BENCH_BIN:-$ROOT/build/dieuhanh}

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

# --- 1. tools ------------------------------------------------------------------
NGINX=$(command -v nginx || true)
[ -n "$NGINX" ] || { [ -x /usr/sbin/nginx ] && NGINX=/usr/sbin/nginx; } || true
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
[ -n "$NGINX" ] || missing+=(nginx)
command -v hyperfine >/dev/null 2>&1 || missing+=(hyperfine)
for t in curl jq ss timeout; do
	command -v "$t" >/dev/null 2>&1 || missing+=("$t")
done
if [ "${#missing[@]}" -gt 0 ]; then
	echo "bench: missing: ${missing[*]}" >&2
	echo "bench: install them with: bash scripts/deps.sh --bench" >&2
	exit 1
fi

# --- state and cleanup -----------------------------------------------------------
TMP=
SERVER_PID=
NGINX_PID=
PG_DIR=
AS_PG=()

stop_pid() { # PID: TERM, wait up to 10 s, then KILL
	local pid=$1 _
	[ -n "$pid" ] || return 0
	kill -TERM "$pid" 2>/dev/null || return 0
	for _ in $(seq 1 100); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	kill -KILL "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
}

pg_stop() {
	[ -n "$PG_DIR" ] || return 0
	if [ -f "$PG_DIR/data/postmaster.pid" ]; then
		"${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 30 stop >/dev/null 2>&1 \
		  || "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w -t 30 stop \
		     >/dev/null 2>&1 || true
	fi
	PG_DIR=
}

cleanup() {
	local rc=$?
	trap - EXIT INT TERM
	stop_pid "$SERVER_PID"; SERVER_PID=
	stop_pid "$NGINX_PID"; NGINX_PID=
	pg_stop
	if [ -n "$TMP" ] && [ -d "$TMP" ]; then
		if [ "${BENCH_KEEP:-0}" = 1 ]; then
			log "kept $TMP"
		else
			rm -rf "$TMP"
		fi
	fi
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A loopback port nobody listens on.  The check matters: dieuhanh binds with
# SO_REUSEPORT, so a second server on a busy port starts silently and shares
# the traffic with the first.
free_port() {
	local p _
	for _ in $(seq 1 200); do
		p=$((20000 + RANDOM % 40000))
		if [ -z "$(ss -Htan "( sport = :$p )" 2>/dev/null)" ]; then
			echo "$p"; return 0
		fi
	done
	die "no free port found"
}

# PORT PID: the only listener on PORT must be PID.
check_sole_listener() {
	local port=$1 pid=$2 others
	others=$(ss -Htlnp "( sport = :$port )" 2>/dev/null | grep -v "pid=$pid," || true)
	[ -z "$others" ] || die "another process also listens on port $port: $others"
}

wait_http() { # URL: up to 15 s
	local _
	for _ in $(seq 1 150); do
		curl -fsS -o /dev/null --max-time 1 "$1" 2>/dev/null && return 0
		sleep 0.1
	done
	return 1
}

COMMANDS=()
note_cmd() { COMMANDS+=("$*"); }

# --- 2. build, temp dir, demo, server -----------------------------------------------
if [ -n "${BENCH_BIN:-}" ]; then
	[ -x "$BIN" ] || die "BENCH_BIN=$BIN is not an executable"
	note_cmd "# binary: $BIN (BENCH_BIN; not rebuilt)"
else
	log "building"
	make -j2 build/dieuhanh >/dev/null || die "build failed"
	note_cmd "make -j2 build/dieuhanh"
fi

TMP=$(mktemp -d /tmp/dieuhanh-bench.XXXXXX)
chmod 755 "$TMP"   # nginx workers and the postgres user must reach files in here
ACCESS_LOG=$TMP/access.log
SQLITE_DB=$TMP/bench.db
PORT=$(free_port)
BASE=http://127.0.0.1:$PORT

"$BIN" demo --db "sqlite:$SQLITE_DB" >/dev/null
note_cmd "build/dieuhanh demo --db sqlite:$SQLITE_DB"

# start_server DB_URL [VAR=VALUE...]: serves with the access log to ACCESS_LOG.
start_server() {
	local db=$1; shift
	env "$@" "$BIN" serve --listen "127.0.0.1:$PORT" --db "$db" --threads "$THREADS" \
		>>"$TMP/server.out" 2>>"$ACCESS_LOG" &
	SERVER_PID=$!
	wait_http "$BASE/healthz" || die "server did not come up; see $TMP/server.out"
	check_sole_listener "$PORT" "$SERVER_PID"
	note_cmd "${*:+$* }build/dieuhanh serve --listen 127.0.0.1:$PORT --db $db" \
	         "--threads $THREADS 2>>$ACCESS_LOG"
}
stop_server() { stop_pid "$SERVER_PID"; SERVER_PID=; }
server_hwm_mb() { # peak RSS of the running server, in MB (MiB)
	awk '/^VmHWM:/ { printf "%.1f", $2 / 1024 }' "/proc/$SERVER_PID/status"
}

start_server "sqlite:$SQLITE_DB"
DISTRICT=$(curl -fsS --max-time 5 "$BASE/api/v1/units?kind=district" | jq -r '.items[0].id')
[[ "$DISTRICT" =~ ^[0-9]+$ ]] || die "no district in the demo data"
TREE_PATH=/api/v1/units/$DISTRICT/tree

# api_token: an API token of the demo administrator on the running server
# (writes need an account; the token avoids an argon2id sign-in per request).
api_token() {
	local jar=$TMP/cookies login=${1:-quantri} password=${2:-demo-2019-quantri}
	curl -fsS --max-time 30 -c "$jar" -H 'Content-Type: application/json' \
		-d "{\"login\":\"$login\",\"password\":\"$password\"}" "$BASE/api/v1/session" \
		>/dev/null || die "cannot sign in as $login"
	curl -fsS --max-time 10 -b "$jar" -H 'Content-Type: application/json' \
		-d '{"name":"bench"}' "$BASE/api/v1/tokens" | jq -r .token
}
TOKEN=$(api_token)

# --- 3. nginx with the same bytes -------------------------------------------------
mkdir -p "$TMP/nginx/www" "$TMP/nginx/logs"
curl -fsS --max-time 5 -o "$TMP/nginx/www/tree.json" "$BASE$TREE_PATH"
TREE_BYTES=$(stat -c %s "$TMP/nginx/www/tree.json")
chmod 644 "$TMP/nginx/www/tree.json"
NGINX_PORT=$(free_port)
# Two ports: the second serves the same files with an access log.
while [ "$NGINX_PORT" = "$PORT" ] || [ "$((NGINX_PORT + 1))" = "$PORT" ] \
      || [ -n "$(ss -Htan "( sport = :$((NGINX_PORT + 1)) )" 2>/dev/null)" ]; do
	NGINX_PORT=$(free_port)
done
cat >"$TMP/nginx/nginx.conf" <<EOF
daemon off;
worker_processes auto;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/logs/error.log warn;
events {}
http {
    access_log off;
    client_body_temp_path $TMP/nginx/body;
    proxy_temp_path $TMP/nginx/proxy;
    fastcgi_temp_path $TMP/nginx/fastcgi;
    uwsgi_temp_path $TMP/nginx/uwsgi;
    scgi_temp_path $TMP/nginx/scgi;
    default_type application/json;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $TMP/nginx/www;
    }
    # The same files with an access log line per request, as dieuhanh writes one.
    server {
        listen 127.0.0.1:$((NGINX_PORT + 1));
        root $TMP/nginx/www;
        access_log $TMP/nginx/logs/access.log;
    }
}
EOF
"$NGINX" -e "$TMP/nginx/logs/error.log" -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" &
NGINX_PID=$!
NGINX_URL=http://127.0.0.1:$NGINX_PORT/tree.json
wait_http "$NGINX_URL" || die "nginx did not come up; see $TMP/nginx/logs/error.log"
[ "$(curl -fsS --max-time 5 "$NGINX_URL" | cmp - "$TMP/nginx/www/tree.json" && echo same)" = same ] \
	|| die "nginx does not serve the tree bytes"
note_cmd "nginx -e $TMP/nginx/logs/error.log -p $TMP/nginx -c $TMP/nginx/nginx.conf" \
         "(worker_processes auto; access_log off; file = tree body, $TREE_BYTES bytes)"

# --- 4. load -------------------------------------------------------------------------
# Results: one line per test in $TMP/results.tsv:
#   test  req/s  p99_ms  non2xx  socket_errors  rss_mb
: >"$TMP/results.tsv"

secs() { # 10s / 2s / 1m -> seconds
	case "$1" in
	*m) echo $(( ${1%m} * 60 )) ;;
	*s) echo "${1%s}" ;;
	*) echo "$1" ;;
	esac
}
WRK_LIMIT=$(( $(secs "$DURATION") + $(secs "$WARMUP") + 30 ))

to_ms() { # wrk latency (123.45us / 1.23ms / 1.02s / 2.00m) -> ms
	awk -v v="$1" 'BEGIN {
		n = v + 0
		if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0
		else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000
		printf "%.2f", n }'
}

# run_wrk NAME CONNS URL [LUA TAG PARENT TOKEN]: warm-up, measured run, one result line.
run_wrk() {
	local name=$1 conns=$2 url=$3 lua=${4-} tag=${5-} parent=${6-} token=${7-}
	local script=() wargs=() margs=() out rps p99 non2xx errs
	if [ -n "$lua" ]; then
		script=(-s "$lua")
		wargs=(-- "${tag}w" "$parent" "$token")
		margs=(-- "$tag" "$parent" "$token")
	fi
	log "wrk: $name ($conns connections, $WARMUP warm-up + $DURATION)"
	timeout "$WRK_LIMIT" wrk -t2 -c"$conns" -d"$WARMUP" "${script[@]}" "$url" "${wargs[@]}" \
		>/dev/null
	# The access log is written in batches, at most 200 ms late (http/log_lines.h).
	sleep 0.3
	local logged server_p99
	logged=$(wc -l <"$ACCESS_LOG")
	out=$(timeout "$WRK_LIMIT" wrk -t2 -c"$conns" -d"$DURATION" --latency "${script[@]}" \
		"$url" "${margs[@]}")
	sleep 0.3
	# The server's own time per request (first callback to completion, as the
	# access log records it: "METHOD PATH STATUS BYTES 123us"), p99 in ms.
	server_p99=$(tail -n +"$((logged + 1))" "$ACCESS_LOG" \
		| awk '$5 ~ /us$/ { sub(/us$/, "", $5); print $5 }' | sort -n \
		| awk '{ v[NR] = $1 } END { if (NR) printf "%.2f", v[int((NR - 1) * 0.99) + 1] / 1000; else print "-" }')
	printf '%s\n' "$out" >"$TMP/wrk-$name.txt"
	note_cmd "wrk -t2 -c$conns -d$DURATION --latency${lua:+ -s $lua} $url${lua:+ -- $tag $parent TOKEN}" \
	         "  # $name, after the same with -d$WARMUP"
	rps=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
	p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
	p99=$(to_ms "${p99:-0}")
	non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$out")
	errs=$(awk '/Socket errors:/ {
		s = 0; for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) s += $i; print s }' <<<"$out")
	printf '%s\t%s\t%s\t%s\t%s\t-\t%s\n' "$name" "${rps:-0}" "$p99" "${non2xx:-0}" "${errs:-0}" \
		"$server_p99" >>"$TMP/results.tsv"
}

set_rss() { # NAME: record the running server's VmHWM on the result line NAME
	local name=$1 mb
	mb=$(server_hwm_mb)
	awk -F'\t' -v OFS='\t' -v n="$name" -v mb="$mb" '$1 == n { $6 = mb } { print }' \
		"$TMP/results.tsv" >"$TMP/results.tmp"
	mv "$TMP/results.tmp" "$TMP/results.tsv"
}

# Reads under writes.  OUT gets the year's breakdown targets on the running
# server, as bench/post_figure.lua takes them: "ID UNIT_ID PERIODS" a line.
MIXED_NOTES=()
breakdown_targets() {
	local out=$1 id
	for id in $(curl -fsS --max-time 60 "$BASE/api/v1/targets?year=2019&as_of=2019-12-31" \
	            | jq -r '.items[].id'); do
		curl -fsS --max-time 60 "$BASE/api/v1/targets/$id?as_of=2019-12-31" \
			| jq -r '.breakdown[] | "\(.id) \(.owner_unit_id) \({"month": 12, "quarter": 4, "year": 1}[.period] // 12)"'
	done >"$out"
	[ -s "$out" ] || die "no breakdown targets to write to"
}
# run_mixed NAME CONNS URL RATE TARGETS TOKEN: wrk reads URL while a second
# wrk reports RATE figures a second (bench/post_figure.lua, one thread: it
# costs the shared cores a few percent where a Node.js client took 0.8 of
# one at 1,000/s); the writer's achieved rate and refusals go beside the table.
run_mixed() {
	local name=$1 conns=$2 url=$3 rate=$4 targets=$5 token=$6 wsecs wpid wconns=4
	[ "$rate" -ge 200 ] && wconns=16
	wsecs=$(( $(secs "$DURATION") + $(secs "$WARMUP") + 2 ))
	wrk -t1 -c"$wconns" -d"${wsecs}s" -s "$ROOT/bench/post_figure.lua" "$BASE" \
		-- "$token" "$rate" "$targets" "$wconns" >"$TMP/writer-$name.txt" 2>&1 &
	wpid=$!
	sleep 1
	run_wrk "$name" "$conns" "$url"
	wait "$wpid" || true
	MIXED_NOTES+=("$name: writer $(awk '/Requests\/sec/ { printf "%s figures/s", $2 }
		/Non-2xx/ { printf ", %s refused", $NF }' "$TMP/writer-$name.txt")")
	note_cmd "wrk -t1 -c$wconns -d${wsecs}s -s bench/post_figure.lua $BASE -- TOKEN $rate TARGETS.txt $wconns   # beside $name"
}

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
RUN_TAG=b$(date +%s)
LUA=$ROOT/bench/post_unit.lua

# run_pair NAME CONNS URL: NAME's body served by nginx as a file, measured
# just before NAME itself ("NAME@nginx"), so each endpoint's ratio is
# against nginx sending the same number of bytes in the same minute
# (idle nginx costs nothing while dieuhanh is measured).
run_pair() {
	local name=$1 conns=$2 url=$3
	curl -fsS --max-time 60 -o "$TMP/nginx/www/$name.body" "$url" \
		|| die "cannot fetch $url for nginx"
	chmod 644 "$TMP/nginx/www/$name.body"
	run_wrk "$name@nginx" "$conns" "http://127.0.0.1:$NGINX_PORT/$name.body"
	run_wrk "$name" "$conns" "$url"
}

run_wrk nginx-static 64 "$NGINX_URL"
run_wrk nginx-static-logged 64 "http://127.0.0.1:$((NGINX_PORT + 1))/tree.json"

run_wrk sqlite-healthz 64 "$BASE/healthz"
run_pair sqlite-tree 64 "$BASE$TREE_PATH"
set_rss sqlite-tree
# The 2019 target board of the demo (13 wards x 8 targets x 12 months), JSON and page.
run_pair sqlite-board-api 64 "$BASE/api/v1/targets?year=2019&as_of=2019-12-31"
run_pair sqlite-board-page 64 "$BASE/targets?year=2019&as_of=2019-12-31"
breakdown_targets "$TMP/demo-targets.txt"
run_mixed sqlite-board-api+1000w 64 "$BASE/api/v1/targets?year=2019&as_of=2019-12-31" 1000 \
	"$TMP/demo-targets.txt" "$TOKEN"
set_rss sqlite-board-page
# Writes grow the tree: they come after the read tests.
run_wrk sqlite-write-full 8 "$BASE/api/v1/units" "$LUA" "${RUN_TAG}f" "$DISTRICT" "$TOKEN"
set_rss sqlite-write-full
stop_server

start_server "sqlite:$SQLITE_DB" DIEUHANH_SQLITE_SYNC=normal
run_wrk sqlite-write-normal 8 "$BASE/api/v1/units" "$LUA" "${RUN_TAG}n" "$DISTRICT" "$TOKEN"
set_rss sqlite-write-normal
stop_server

# The large case: 300 units x 50 targets x 60 months (bench/gen_large.c).
# large_board DB_URL PREFIX: the board (JSON, page) and one target's page.
large_board() {
	local db=$1 prefix=$2
	# A writer's account (the large case has none).
	printf 'bench-writer-2019\n' | "$BIN" user add benchw --unit BENCH --role admin \
		--password-stdin --db "$db" >/dev/null 2>&1 || die "cannot add the writer's account"
	start_server "$db"
	local one token
	one=$(curl -fsS --max-time 60 "$BASE/api/v1/targets?year=2019&as_of=2019-12-31" \
	      | jq -r '.items[0].id')
	run_pair "$prefix-large-board-api" 64 "$BASE/api/v1/targets?year=2019&as_of=2019-12-31"
	run_pair "$prefix-large-board-page" 64 "$BASE/targets?year=2019&as_of=2019-12-31"
	run_pair "$prefix-large-target-api" 64 "$BASE/api/v1/targets/$one?as_of=2019-12-31"
	set_rss "$prefix-large-target-api"
	token=$(api_token benchw bench-writer-2019)
	breakdown_targets "$TMP/$prefix-large-targets.txt"
	run_mixed "$prefix-large-board-api+20w" 64 "$BASE/api/v1/targets?year=2019&as_of=2019-12-31" \
		20 "$TMP/$prefix-large-targets.txt" "$token"
	run_mixed "$prefix-large-board-page+20w" 64 "$BASE/targets?year=2019&as_of=2019-12-31" \
		20 "$TMP/$prefix-large-targets.txt" "$token"
	stop_server
}
make -j2 build/gen_large >/dev/null || die "building bench/gen_large.c failed"
log "generating the large case into SQLite"
build/gen_large --db "sqlite:$TMP/large.db" >/dev/null 2>&1 || die "gen_large failed"
note_cmd "build/gen_large --db sqlite:$TMP/large.db"
large_board "sqlite:$TMP/large.db" sqlite

PG_VERSION=
if [ "$WANT_PG" != 0 ] && [ -x "$PG_BIN/initdb" ] && [ -x "$PG_BIN/pg_ctl" ]; then
	# A throwaway cluster with PostgreSQL's default durability (fsync on,
	# synchronous_commit on), so its writes compare with SQLite's FULL.
	if [ "$(id -u)" = 0 ]; then
		getent passwd postgres >/dev/null || die "no postgres user to run PostgreSQL as"
		AS_PG=(runuser -u postgres --)
	fi
	PG_DIR=$TMP/pg
	mkdir -p "$PG_DIR"
	[ "${#AS_PG[@]}" -eq 0 ] || chown postgres: "$PG_DIR"
	PG_PORT=$(free_port)
	while [ "$PG_PORT" = "$PORT" ]; do PG_PORT=$(free_port); done
	log "starting PostgreSQL on 127.0.0.1:$PG_PORT"
	"${AS_PG[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 \
		--locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
	|| "${AS_PG[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres -E UTF8 \
		--locale=C >"$PG_DIR/initdb.log" 2>&1 \
	|| die "initdb failed; see $PG_DIR/initdb.log"
	"${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 30 \
		-o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR" start >/dev/null \
		|| die "PostgreSQL did not start; see $PG_DIR/server.log"
	"${AS_PG[@]}" "$PG_BIN/psql" -X -q -h "$PG_DIR" -p "$PG_PORT" -U postgres -d postgres \
		-v ON_ERROR_STOP=1 -c 'CREATE DATABASE dieuhanh_bench' >/dev/null
	PG_URL=postgresql://postgres@127.0.0.1:$PG_PORT/dieuhanh_bench
	note_cmd "initdb -A trust -U postgres -E UTF8 (as postgres); pg_ctl start" \
	         "-o '-c listen_addresses=127.0.0.1 -p $PG_PORT' (defaults otherwise: fsync on)"
	"$BIN" demo --db "$PG_URL" >/dev/null
	note_cmd "build/dieuhanh demo --db $PG_URL"
	PG_VERSION=$("$PG_BIN/postgres" --version)

	start_server "$PG_URL"
	PG_DISTRICT=$(curl -fsS --max-time 5 "$BASE/api/v1/units?kind=district" | jq -r '.items[0].id')
	[[ "$PG_DISTRICT" =~ ^[0-9]+$ ]] || die "no district in the PostgreSQL demo data"
	PG_TREE_BYTES=$(curl -fsS --max-time 5 "$BASE/api/v1/units/$PG_DISTRICT/tree" | wc -c)
	[ "$PG_TREE_BYTES" = "$TREE_BYTES" ] \
		|| log "note: PostgreSQL tree body is $PG_TREE_BYTES bytes, SQLite's $TREE_BYTES"
	run_pair pg-tree 64 "$BASE/api/v1/units/$PG_DISTRICT/tree"
	set_rss pg-tree
	run_pair pg-board-api 64 "$BASE/api/v1/targets?year=2019&as_of=2019-12-31"
	run_pair pg-board-page 64 "$BASE/targets?year=2019&as_of=2019-12-31"
	run_wrk pg-write 8 "$BASE/api/v1/units" "$LUA" "${RUN_TAG}p" "$PG_DISTRICT" "$(api_token)"
	set_rss pg-write
	stop_server
	"${AS_PG[@]}" "$PG_BIN/psql" -X -q -h "$PG_DIR" -p "$PG_PORT" -U postgres -d postgres \
		-v ON_ERROR_STOP=1 -c 'CREATE DATABASE dieuhanh_large' >/dev/null
	log "generating the large case into PostgreSQL (a few minutes)"
	build/gen_large --db "postgresql://postgres@127.0.0.1:$PG_PORT/dieuhanh_large" \
		>/dev/null 2>&1 || die "gen_large on PostgreSQL failed"
	large_board "postgresql://postgres@127.0.0.1:$PG_PORT/dieuhanh_large" pg
	pg_stop
else
	log "PostgreSQL 15 not found (or BENCH_PG=0): skipping the PostgreSQL tests"
fi

# --- hyperfine: the CLI -----------------------------------------------------------
HF_DB=$TMP/hyperfine.db
: >"$TMP/hyperfine.tsv"
if [ "${BENCH_HYPERFINE:-1}" != 0 ]; then
	log "hyperfine: dieuhanh demo"
	timeout 300 hyperfine --style basic --warmup 1 --runs 10 \
		--prepare "rm -f $HF_DB $HF_DB-wal $HF_DB-shm" \
		--export-json "$TMP/hyperfine.json" \
		-n demo-full "$BIN demo --db sqlite:$HF_DB" \
		-n demo-normal "DIEUHANH_SQLITE_SYNC=normal $BIN demo --db sqlite:$HF_DB" \
		>"$TMP/hyperfine.txt" 2>&1 || { cat "$TMP/hyperfine.txt" >&2; die "hyperfine failed"; }
	note_cmd "hyperfine --warmup 1 --runs 10 --prepare 'rm -f DB DB-wal DB-shm'" \
	         "'build/dieuhanh demo --db sqlite:DB'" \
	         "'DIEUHANH_SQLITE_SYNC=normal build/dieuhanh demo --db sqlite:DB'"
	jq -r '.results[] | [.command, (.mean * 1000), (.stddev * 1000), (.median * 1000)]
	       | @tsv' "$TMP/hyperfine.json" >"$TMP/hyperfine.tsv"
fi

# --- 6. report -------------------------------------------------------------------
NGINX_RPS=$(awk -F'\t' '$1 == "nginx-static" { print $2 }' "$TMP/results.tsv")
# A test's ratio: against nginx sending its own body (NAME@nginx) when
# measured, else against the tree file; the nginx rows themselves: "-".
ratio() {
	local name=$1 rps=$2 ref
	case "$name" in
	*@nginx) echo -; return ;;
	*+*w)    # reads under writes: against the same reads without writes
		ref=$(awk -F'\t' -v n="${name%+*}" '$1 == n { print $2 }' "$TMP/results.tsv")
		awk -v a="$rps" -v b="$ref" \
			'BEGIN { if (b > 0) printf "%.2f (of no writes)", a / b; else print "-" }'
		return ;;
	esac
	ref=$(awk -F'\t' -v n="$name@nginx" '$1 == n { print $2 }' "$TMP/results.tsv")
	awk -v a="$rps" -v b="${ref:-$NGINX_RPS}" -v own="${ref:+own}" \
		'BEGIN { if (b > 0) printf "%.2f%s", a / b, own ? "" : " (tree file)"; else print "-" }'
}

CPU=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
WRK_V=$(wrk -v 2>&1 | head -n1 | awk '{ print $2 }' || true)
NGINX_V=$("$NGINX" -v 2>&1 | sed 's/^nginx version: //')
SQLITE_V=$(pkg-config --modversion sqlite3 2>/dev/null || sqlite3 --version | awk '{ print $1 }')
HF_V=$(hyperfine --version | awk '{ print $2 }')
FS=$(df -T "$TMP" | awk 'NR == 2 { print $2 }')
if [ -n "${BENCH_BIN:-}" ]; then
	GIT="? (binary $BIN)"
else
	GIT=$(git rev-parse --short HEAD 2>/dev/null || echo '?')
	git diff --quiet HEAD 2>/dev/null || GIT="$GIT (with uncommitted changes)"
fi
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)

echo
echo "dieuhanh benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $GIT"
printf '%-24s %12s %10s %12s %9s %7s %7s %8s\n' test 'requests/s' 'p99 ms' 'server p99' \
	'/nginx' non2xx errors 'RSS MB'
while IFS=$'\t' read -r name rps p99 non2xx errs rss sp99; do
	printf '%-24s %12.0f %10s %12s %9s %7s %7s %8s\n' "$name" "$rps" "$p99" "$sp99" \
		"$(ratio "$name" "$rps")" "$non2xx" "$errs" "$rss"
done <"$TMP/results.tsv"
while IFS=$'\t' read -r cmd mean sd med; do
	printf '%-20s %12s %10s   mean %.1f ms ± %.1f (median %.1f ms), hyperfine 10 runs\n' \
		"$cmd" - - "$mean" "$sd" "$med"
done <"$TMP/hyperfine.tsv"

mb() { if [ "$1" = - ]; then echo –; else echo "$1 MB"; fi; }
md() {
	echo "| test | requests/s | p99 latency (wrk) | p99 server time | ratio to nginx | non-2xx | socket errors | server peak RSS |"
	echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
	while IFS=$'\t' read -r name rps p99 non2xx errs rss sp99; do
		printf '| %s | %.0f | %s ms | %s ms | %s | %s | %s | %s |\n' "$name" "$rps" "$p99" \
			"$sp99" "$(ratio "$name" "$rps")" "$non2xx" "$errs" "$(mb "$rss")"
	done <"$TMP/results.tsv"
	echo
	echo "| CLI (hyperfine, 10 runs) | mean | ± | median |"
	echo "| --- | ---: | ---: | ---: |"
	while IFS=$'\t' read -r cmd mean sd med; do
		printf '| %s | %.1f ms | %.1f ms | %.1f ms |\n' "$cmd" "$mean" "$sd" "$med"
	done <"$TMP/hyperfine.tsv"
	echo
	echo "Machine: $NPROC CPUs ($CPU), Linux $(uname -r), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM;"
	echo "temp dir on $FS. wrk $WRK_V, $NGINX_V, hyperfine $HF_V, SQLite $SQLITE_V${PG_VERSION:+, $PG_VERSION}."
	echo "Server: --threads $THREADS, access log to a file. Tree body: $TREE_BYTES bytes."
	echo "Client and servers share the same $NPROC CPUs. Load average before/after the load:"
	echo "$LOAD_START / $LOAD_END (anything above ~2 while idle means other work shared the CPUs)."
	echo
	if [ "${#MIXED_NOTES[@]}" -gt 0 ]; then
		echo "Reads under writes (the +Nw rows: the writer's achieved rate and latency):"
		echo
		local w
		for w in "${MIXED_NOTES[@]}"; do echo "    $w"; done
		echo
	fi
	echo "Commands:"
	echo
	local c
	for c in "${COMMANDS[@]}"; do echo "    $c"; done
}
echo
md
if [ -n "${BENCH_OUT:-}" ]; then
	mkdir -p "$BENCH_OUT"
	md >"$BENCH_OUT/results.md"
	cp "$TMP/results.tsv" "$BENCH_OUT/results.tsv"
	cp "$TMP/hyperfine.tsv" "$BENCH_OUT/hyperfine.tsv"
	cp "$TMP"/wrk-*.txt "$BENCH_OUT/"
	log "wrote $BENCH_OUT/results.md, results.tsv, hyperfine.tsv, wrk-*.txt"
fi
