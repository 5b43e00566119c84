#!/usr/bin/env bash
# bench/tasks.sh: the plans-and-tasks issue's three questions, on the same
# 10,000 tasks that were loaded into Redmine 5.0.4 (tests/integration/data/
# tasks-10k.csv and people-13-wards.csv), against nginx serving the first
# answer's bytes in the same run.
#
#   bash bench/tasks.sh    (BENCH_DURATION=10s BENCH_PG=1 BENCH_LARGE=1 by default)
#
#   1. a fresh demo database, then `dieuhanh import people` and
#      `dieuhanh import tasks` (the import timed, BENCH_IMPORTS times on fresh
#      copies: median);
#   2. the server, signed in as the city administrator (a session cookie);
#   3. wrk against: one ward's open tasks, 25 rows as JSON, at 8 and 32
#      connections; one person's tasks due by a date (JSON); the HTML list of
#      the ward's open tasks; nginx serving the first answer's bytes;
#   4. the server's peak RSS; the same on PostgreSQL when BENCH_PG=1 and
#      PostgreSQL 15 is installed (a throwaway cluster on BENCH_PG_PORT);
#   5. with BENCH_LARGE=1 (the default), the issue's large case on each
#      engine: 100,000 tasks across 300 wards (bench/gen_tasks.c, written
#      through the storage interface in seconds): the first scorecard,
#      then the scorecards page, one ward's HTML list and its JSON.
# Prints a Markdown table.  Client and server share the machine's cores.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
DURATION=${BENCH_DURATION:-10s}
IMPORTS=${BENCH_IMPORTS:-3}
PORT=${BENCH_PORT:-21080}
NGINX_PORT=${BENCH_NGINX_PORT:-21081}
PG_PORT=${BENCH_PG_PORT:-21082}
WANT_PG=${BENCH_PG:-1}
WANT_LARGE=${BENCH_LARGE:-1}
BIN=${BENCH_BIN:-$ROOT/build/dieuhanh}
DATA=$ROOT/tests/integration/data
T=$(mktemp -d /tmp/bench-tasks.XXXXXX)
SERVER=
NGINX_PID=
cleanup() {
	[ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null || true
	[ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
	[ -d "$T/pg" ] && scripts/pg-temp.sh stop "$T/pg" >/dev/null 2>&1 || true
	rm -rf "$T"
}
trap cleanup EXIT
log() { printf '[bench] %s\n' "$*" >&2; }
for t in wrk curl jq; do command -v $t >/dev/null || { echo "bench: missing $t" >&2; exit 1; }; done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

# wrk's latency distribution: the p99 line, in ms.
p99() { awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) sub(/ms/, "", v); else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 } printf "%.2f", v }' "$1"; }
rps() { awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$1"; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

ROWS=()
row() { ROWS+=("| $1 | $2 | $3 | $4 | $5 |"); }

run_engine() {
	local engine=$1 db=$2 fresh=$3
	log "$engine: demo and imports"
	local ms=()
	for i in $(seq 1 "$IMPORTS"); do
		$fresh
		"$BIN" demo --db "$db" >/dev/null 2>&1
		"$BIN" import people "$DATA/people-13-wards.csv" --db "$db" >/dev/null
		ms+=("$("$BIN" import tasks "$DATA/tasks-10k.csv" --db "$db" | sed -E 's/.* in ([0-9]+) ms/\1/')")
	done
	local import_ms
	import_ms=$(printf '%s\n' "${ms[@]}" | median)
	"$BIN" serve --db "$db" --listen "127.0.0.1:$PORT" >"$T/$engine.log" 2>&1 &
	SERVER=$!
	for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
	local U=http://127.0.0.1:$PORT
	local cookie
	cookie=$(curl -s -D - -o /dev/null -X POST "$U/api/v1/session" -H 'content-type: application/json' \
		-d '{"login":"quantri","password":"demo-2019-quantri"}' | awk -F'[ ;]' 'tolower($1) == "set-cookie:" && $2 ~ /^dh_session=/ { print $2 }')
	local ward person
	ward=$(curl -s "$U/api/v1/units?q=hiep%20phu&kind=ward" | jq '.items[0].id')
	person=$(curl -s -H "Cookie: $cookie" "$U/api/v1/tasks?unit_id=$ward&limit=1" | jq '.tasks[0].assignee_id')
	local q1="/api/v1/tasks?unit_id=$ward&status=open&limit=25"
	local q2="/api/v1/tasks?assignee_id=$person&due_before=2026-12-31&limit=25"
	local q3="/tasks?unit_id=$ward&status=open"
	curl -s -H "Cookie: $cookie" "$U$q1" >"$T/www/q1.json"
	[ "$(jq '.tasks | length' "$T/www/q1.json")" = 25 ] || { echo "bench: question 1 did not answer 25 rows" >&2; exit 1; }
	log "$engine: wrk $DURATION each"
	wrk -t2 -c8 -d"$DURATION" --latency "http://127.0.0.1:$NGINX_PORT/q1.json" >"$T/n8" 2>&1
	wrk -t2 -c8 -d"$DURATION" --latency -H "Cookie: $cookie" "$U$q1" >"$T/a8" 2>&1
	wrk -t2 -c32 -d"$DURATION" --latency -H "Cookie: $cookie" "$U$q1" >"$T/a32" 2>&1
	wrk -t2 -c8 -d"$DURATION" --latency -H "Cookie: $cookie" "$U$q2" >"$T/b8" 2>&1
	wrk -t2 -c8 -d"$DURATION" --latency -H "Cookie: $cookie" "$U$q3" >"$T/c8" 2>&1
	local rss
	rss=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$SERVER/status")
	kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=
	local n8; n8=$(rps "$T/n8")
	row "$engine: nginx, question 1's bytes, 8 conn" "$n8" "$(p99 "$T/n8")" "1.00" ""
	row "$engine: one ward's open tasks, 25 rows JSON, 8 conn" "$(rps "$T/a8")" "$(p99 "$T/a8")" \
		"$(awk -v a="$(rps "$T/a8")" -v b="$n8" 'BEGIN { printf "%.2f", a / b }')" "13.4 req/s, p99 1.56 s"
	row "$engine: the same, 32 conn" "$(rps "$T/a32")" "$(p99 "$T/a32")" "" "17.3 req/s, p99 12.8 s"
	row "$engine: one person's tasks due by a date, JSON, 8 conn" "$(rps "$T/b8")" "$(p99 "$T/b8")" "" "7.7 req/s"
	row "$engine: the ward's open tasks, HTML page, 8 conn" "$(rps "$T/c8")" "$(p99 "$T/c8")" "" "11.7 req/s"
	row "$engine: import of the 10,000 tasks (median of $IMPORTS)" "$import_ms ms" "" "" "554 s"
	row "$engine: server peak RSS" "$rss MiB" "" "" "558 MiB"
}

# The large case (issue 11: 100,000 tasks across 300 units, bench/gen_tasks.c):
# the scorecards page of the 300 wards and one ward's HTML list and JSON, at
# 8 connections; the first scorecard (built from the tasks) timed alone.
run_large() {
	local engine=$1 db=$2 fresh=$3
	log "$engine: the large case"
	$fresh
	"$BIN" demo --db "$db" >/dev/null 2>&1
	local gen district ward year
	gen=$(build/gen_tasks --db "$db")
	district=$(sed -E 's/^district ([0-9]+) .*/\1/' <<<"$gen")
	ward=$(sed -E 's/.* ward ([0-9]+):.*/\1/' <<<"$gen")
	year=$(sed -E 's/.* due in ([0-9]+)$/\1/' <<<"$gen")
	"$BIN" serve --db "$db" --listen "127.0.0.1:$PORT" >"$T/$engine-large.log" 2>&1 &
	SERVER=$!
	for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
	local U=http://127.0.0.1:$PORT
	local cookie
	cookie=$(curl -s -D - -o /dev/null -X POST "$U/api/v1/session" -H 'content-type: application/json' \
		-d '{"login":"quantri","password":"demo-2019-quantri"}' | awk -F'[ ;]' 'tolower($1) == "set-cookie:" && $2 ~ /^dh_session=/ { print $2 }')
	local sc="/scorecards?unit_id=$district&year=$year" list="/tasks?unit_id=$ward&status=open"
	local json="/api/v1/tasks?unit_id=$ward&status=open&limit=25"
	local first
	first=$(curl -s -o "$T/sc.html" -w '%{time_total}' -H "Cookie: $cookie" "$U$sc")
	grep -q "/reviews/$ward\"" "$T/sc.html" || { echo "bench: the scorecard lacks the wards" >&2; exit 1; }
	wrk -t2 -c8 -d"$DURATION" --latency -H "Cookie: $cookie" "$U$sc" >"$T/l1" 2>&1
	wrk -t2 -c8 -d"$DURATION" --latency -H "Cookie: $cookie" "$U$list" >"$T/l2" 2>&1
	wrk -t2 -c8 -d"$DURATION" --latency -H "Cookie: $cookie" "$U$json" >"$T/l3" 2>&1
	kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=
	row "$engine, 100,000 tasks: the first scorecard of 300 wards (built)" \
		"$(awk -v t="$first" 'BEGIN { printf "%.0f ms", t * 1000 }')" "" "" ""
	row "$engine, 100,000 tasks: the scorecards page, 8 conn" "$(rps "$T/l1")" "$(p99 "$T/l1")" "" ""
	row "$engine, 100,000 tasks: one ward's open tasks, HTML page, 8 conn" "$(rps "$T/l2")" "$(p99 "$T/l2")" "" "11.7 req/s (10,000 tasks)"
	row "$engine, 100,000 tasks: the same as JSON, 25 rows, 8 conn" "$(rps "$T/l3")" "$(p99 "$T/l3")" "" ""
}

make -j2 build/gen_tasks >/dev/null || { echo "bench: building bench/gen_tasks.c failed" >&2; exit 1; }
mkdir -p "$T/www"
cat >"$T/nginx.conf" <<NGINX
daemon off; worker_processes 1; pid $T/nginx.pid; error_log $T/nginx.err;
events { worker_connections 1024; }
http { access_log off; server { listen 127.0.0.1:$NGINX_PORT; root $T/www;
  location / { default_type application/json; } } }
NGINX
"$NGINX" -c "$T/nginx.conf" -p "$T" &
NGINX_PID=$!

fresh_sqlite() { rm -f "$T"/s.db*; }
run_engine sqlite "sqlite:$T/s.db" fresh_sqlite
[ "$WANT_LARGE" = 1 ] && run_large sqlite "sqlite:$T/s.db" fresh_sqlite
if [ "$WANT_PG" = 1 ] && [ -x /usr/lib/postgresql/15/bin/postgres ]; then
	PGURL=$(scripts/pg-temp.sh start "$T/pg" "$PG_PORT" | tail -1)
	fresh_pg() { psql "${PGURL%/*}/postgres" -qc "DROP DATABASE IF EXISTS bench" -c "CREATE DATABASE bench" >/dev/null 2>&1; }
	run_engine postgresql "${PGURL%/*}/bench" fresh_pg
	[ "$WANT_LARGE" = 1 ] && run_large postgresql "${PGURL%/*}/bench" fresh_pg
fi
echo "| measurement | dieuhanh | p99 ms | ratio to nginx | Redmine 5.0.4 (issue 11) |"
echo "|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
echo
echo "machine: $(nproc) cores, $(uname -r); wrk -t2, $DURATION per run; commit $(git rev-parse --short HEAD)"
