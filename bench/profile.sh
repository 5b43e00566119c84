#!/usr/bin/env bash
# bench/profile.sh: where the server's time goes under wrk load (perf).
#
#   bash bench/profile.sh [PATH]     PATH defaults to the district's /tree
#
# Loads the demo into a SQLite database in a temp dir, serves it on a free
# loopback port (access log to a file), runs wrk -t2 -c64 for 16 s against
# PATH and, during it:
#   1. perf record -a (whole machine, 5 s): CPU split between wrk, the
#      server, and the kernel;
#   2. perf record -g --call-graph dwarf on the server only (6 s): its top
#      functions by self time, and the callers of the top ones.
# Reports go to stdout; perf.data files stay in the temp dir if BENCH_KEEP=1.
# Needs perf (linux-perf) besides wrk; BENCH_BIN as in bench/run.sh.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
BIN=${BENCH_BIN:-$ROOT/build/dieuhanh}
THREADS=${BENCH_THREADS:-$(nproc)}

for t in wrk perf curl jq ss timeout; do
	command -v "$t" >/dev/null 2>&1 || {
		echo "profile: $t is missing (bash scripts/deps.sh --bench; perf: apt-get install linux-perf)" >&2
		exit 1
	}
done
[ -n "${BENCH_BIN:-}" ] || make -j2 build/dieuhanh >/dev/null

TMP=
SERVER_PID=
WRK_PID=
cleanup() {
	local rc=$? p
	trap - EXIT INT TERM
	for p in $WRK_PID $SERVER_PID; do
		kill -TERM "$p" 2>/dev/null || true
		wait "$p" 2>/dev/null || true
	done
	if [ -n "$TMP" ]; then
		if [ "${BENCH_KEEP:-0}" = 1 ]; then echo "profile: kept $TMP" >&2; else rm -rf "$TMP"; fi
	fi
	exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

TMP=$(mktemp -d /tmp/dieuhanh-profile.XXXXXX)
PORT=
for _ in $(seq 1 200); do
	p=$((20000 + RANDOM % 40000))
	[ -n "$(ss -Htan "( sport = :$p )")" ] || { PORT=$p; break; }
done
[ -n "$PORT" ] || { echo "profile: no free port" >&2; exit 1; }
BASE=http://127.0.0.1:$PORT

"$BIN" demo --db "sqlite:$TMP/p.db" >/dev/null
"$BIN" serve --listen "127.0.0.1:$PORT" --db "sqlite:$TMP/p.db" --threads "$THREADS" \
	>"$TMP/server.out" 2>"$TMP/access.log" &
SERVER_PID=$!
for _ in $(seq 1 150); do
	curl -fsS -o /dev/null --max-time 1 "$BASE/healthz" 2>/dev/null && break
	sleep 0.1
done
if [ -n "${1-}" ]; then
	URL_PATH=$1
else
	d=$(curl -fsS --max-time 5 "$BASE/api/v1/units?kind=district" | jq -r '.items[0].id')
	URL_PATH=/api/v1/units/$d/tree
fi

echo "profile: wrk -t2 -c64 -d16s $BASE$URL_PATH (server pid $SERVER_PID, --threads $THREADS)"
timeout 40 wrk -t2 -c64 -d16s --latency "$BASE$URL_PATH" >"$TMP/wrk.txt" &
WRK_PID=$!
sleep 2
timeout 30 perf record -q -a -F 499 -e cpu-clock -o "$TMP/all.data" -- sleep 5 \
	>/dev/null 2>"$TMP/perf-all.err" || true
timeout 60 perf record -q -F 499 -e cpu-clock --call-graph dwarf,16384 -p "$SERVER_PID" \
	-o "$TMP/server.data" -- sleep 6 >/dev/null 2>"$TMP/perf-server.err" || true
wait "$WRK_PID" || true
WRK_PID=

echo
echo "== wrk"
grep -E 'Requests/sec|99%|Socket errors|Non-2xx' "$TMP/wrk.txt" || true
echo
echo "== whole machine, by process (5 s, cpu-clock)"
perf report -i "$TMP/all.data" --stdio --sort comm --percent-limit 1 2>/dev/null \
	| grep -v '^#' | grep -v '^$' | head -n 15
echo
echo "== whole machine, by process and object"
perf report -i "$TMP/all.data" --stdio --sort comm,dso --percent-limit 1 2>/dev/null \
	| grep -v '^#' | grep -v '^$' | head -n 25
echo
echo "== server, top functions by self time (6 s)"
perf report -i "$TMP/server.data" --stdio --no-children --sort dso,symbol -g none \
	--percent-limit 0.7 2>/dev/null | grep -v '^#' | grep -v '^$' | head -n 45
echo
echo "== server, inclusive time (children) of the top entries"
perf report -i "$TMP/server.data" --stdio --children --sort symbol -g none \
	--percent-limit 4 2>/dev/null | grep -v '^#' | grep -v '^$' | head -n 45
