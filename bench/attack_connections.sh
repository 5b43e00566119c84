#!/usr/bin/env bash
# bench/attack_connections.sh: how long a fresh client waits while the
# server's connections are held by idle and slow-header clients
# (docs/PERFORMANCE.md, "Attack measurements: bodies and connections").
#
#   bash bench/attack_connections.sh       BENCH_BIN=/path/to/old/dieuhanh bash bench/attack_connections.sh
#
# Starts a server (SQLite demo database in a temp dir, loopback, free port),
# opens IDLE (5,000) silent connections from 25 loopback addresses and SLOW
# (1,100) connections from 5 others that send a request line and then one
# header line every 15 s, then times FRESH_COUNT (3) fresh GET /healthz a
# second apart (each given FRESH_TIMEOUT_MS, 20 s; 0 = no answer), RUNS
# times (3).  Needs some 6,200 descriptors: raises `ulimit -n`.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
BIN=${BENCH_BIN:-$ROOT/build/dieuhanh}
RUNS=${RUNS:-3}
IDLE=${IDLE:-5000}
SLOW=${SLOW:-1100}
[ -x "$BIN" ] || make -j2 >/dev/null
ulimit -n 16384 2>/dev/null || ulimit -n "$(ulimit -Hn)"
T=$(mktemp -d /tmp/dieuhanh-attack-XXXXXX)
PID=""
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT
"$BIN" demo --db "sqlite:$T/c.db" >/dev/null
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

printf '| run | flood connections opened | opening took, ms | fresh GET /healthz: status, ms |\n|---|---|---|---|\n'
for run in $(seq 1 "$RUNS"); do
	port=$(free_port)
	"$BIN" serve --listen "127.0.0.1:$port" --db "sqlite:$T/c.db" >"$T/server.log" 2>&1 &
	PID=$!
	for _ in $(seq 1 100); do
		curl -s -o /dev/null "http://127.0.0.1:$port/healthz" && break
		sleep 0.1
	done
	out=$(timeout 300 node tests/integration/attack.mjs flood 127.0.0.1 "$port" "$IDLE" "$SLOW" 0)
	echo "$out" >>"$T/flood.jsonl"
	printf '| %s | %s of %s | %s | %s |\n' "$run" "$(jq -r .opened <<<"$out")" "$((IDLE + SLOW))" \
		"$(jq -r .openMs <<<"$out")" \
		"$(jq -r '.fresh | map("\(.status) in \(.ms)") | join("; ")' <<<"$out")"
	kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
done
all=$(jq -r '.fresh[] | .ms' "$T/flood.jsonl" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
echo
echo "median fresh-client delay over all runs: $all ms"
echo "binary: $BIN ($("$BIN" version)); machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
