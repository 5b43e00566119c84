#!/usr/bin/env bash
# bench/attack_bodies.sh: the server's peak memory under hostile request
# bodies (docs/PERFORMANCE.md, "Attack measurements: bodies and connections").
#
#   bash bench/attack_bodies.sh            BENCH_BIN=/path/to/old/dieuhanh bash bench/attack_bodies.sh
#
# For each scenario, RUNS times (default 3), on a fresh server (SQLite demo
# database in a temp dir, loopback, free port): anonymous POST /login with
#   one       a 1 MB urlencoded form sent in 2,000 pieces of 500 bytes
#   four      four of those at once
#   chunked8  an 8 MB chunked form
#   chunked40 a 40 MB chunked form
# and records the answer, the bytes the client got to send, the time, and the
# server's peak RSS (VmHWM from /proc/PID/status) after the scenario.  Prints
# a Markdown table of medians.  Every request is bounded (60 s); nothing
# leaves loopback.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
BIN=${BENCH_BIN:-$ROOT/build/dieuhanh}
RUNS=${RUNS:-3}
[ -x "$BIN" ] || make -j2 >/dev/null
T=$(mktemp -d /tmp/dieuhanh-attack-XXXXXX)
PID=""
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT
"$BIN" demo --db "sqlite:$T/b.db" >/dev/null
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

printf '| scenario | answers | bytes sent (first request) | time, ms | peak RSS, MiB (median of %s) |\n|---|---|---|---|---|\n' "$RUNS"
for sc in one four chunked8 chunked40; do
	: >"$T/$sc.jsonl"
	for _ in $(seq 1 "$RUNS"); do
		port=$(free_port)
		"$BIN" serve --listen "127.0.0.1:$port" --db "sqlite:$T/b.db" >"$T/server.log" 2>&1 &
		PID=$!
		for _ in $(seq 1 100); do
			curl -s -o /dev/null "http://127.0.0.1:$port/healthz" && break
			sleep 0.1
		done
		timeout 120 node tests/integration/attack.mjs bodies 127.0.0.1 "$port" "$PID" "$sc" >>"$T/$sc.jsonl"
		kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
	done
	rss=$(jq -r '.rssPeak' "$T/$sc.jsonl" | median)
	ms=$(jq -r '.ms' "$T/$sc.jsonl" | median)
	answers=$(jq -r '.statuses | map(if . == 0 then "none (closed)" else tostring end) | join(", ")' "$T/$sc.jsonl" | sort | uniq -c | awk '{c=$1; $1=""; printf "%s%s x%d", (NR>1?"; ":""), substr($0,2), c}')
	sent=$(jq -r '.sent[0]' "$T/$sc.jsonl" | median)
	printf '| %s | %s | %s | %s | %.0f |\n' "$sc" "$answers" "$sent" "$ms" "$rss"
done
echo
echo "binary: $BIN ($("$BIN" version)); machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
