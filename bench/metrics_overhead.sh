#!/usr/bin/env bash
# bench/metrics_overhead.sh: what /metrics costs a request.  The same demo
# database served by two binaries, BEFORE (without the counters) and AFTER
# (this tree), one after the other in rounds, beside nginx serving the tree's
# exact bytes in each round; wrk on the cached unit tree, an uncached unit
# read and /healthz.  Prints each round and the medians.
#
#   BEFORE=/path/to/old/dieuhanh bash bench/metrics_overhead.sh
#
# Knobs: AFTER [build/dieuhanh], ROUNDS [5], DURATION [2s], CONNS [32].
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BEFORE=${BEFORE:?set BEFORE to a dieuhanh binary built without the metrics}
AFTER=${AFTER:-$ROOT/build/dieuhanh}
ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-2s}
CONNS=${CONNS:-32}
TMP=$(mktemp -d /tmp/dieuhanh-mbench.XXXXXX)
chmod 755 "$TMP"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; rm -rf "$TMP"; }
trap cleanup EXIT
port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
up() { for _ in $(seq 1 100); do curl -fs -o /dev/null "$1" && return 0; sleep 0.1; done; return 1; }
rps() { wrk -t2 -c"$CONNS" -d"$DURATION" "$1" | awk '/^Requests\/sec:/ { printf "%d", $2 }'; }
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# URL PID: "requests/s cpu-microseconds-per-request" -- the second is what
# the server spent per answer, which the neighbours' load hardly moves.
measure() {
	local t0 t1 out n r
	t0=$(ticks "$2")
	out=$(wrk -t2 -c"$CONNS" -d"$DURATION" "$1")
	t1=$(ticks "$2")
	n=$(awk '/requests in/ { print $1 }' <<<"$out")
	r=$(awk '/^Requests\/sec:/ { printf "%d", $2 }' <<<"$out")
	awk -v r="$r" -v n="$n" -v t=$((t1 - t0)) -v hz="$(getconf CLK_TCK)" \
		'BEGIN { printf "%d %.2f", r, t * 1e6 / hz / n }'
}

"$AFTER" demo --db "sqlite:$TMP/b.db" >/dev/null
P=$(port)
"$AFTER" serve --db "sqlite:$TMP/b.db" --listen "127.0.0.1:$P" 2>/dev/null &
PIDS+=($!)
up "http://127.0.0.1:$P/healthz"
D=$(curl -fs "http://127.0.0.1:$P/api/v1/units?kind=district" | jq -r '.items[0].id')
curl -fs -o "$TMP/tree.json" "http://127.0.0.1:$P/api/v1/units/$D/tree"
chmod 644 "$TMP/tree.json"
kill "${PIDS[0]}"; wait "${PIDS[0]}" 2>/dev/null || true; PIDS=()

NP=$(port)
cat >"$TMP/nginx.conf" <<CONF
worker_processes 2; daemon off; pid $TMP/nginx.pid; error_log $TMP/nginx.err;
events { worker_connections 1024; }
http { access_log off; server { listen 127.0.0.1:$NP; root $TMP;
  location = /tree { default_type application/json; alias $TMP/tree.json; } } }
CONF
nginx -c "$TMP/nginx.conf" &
PIDS+=($!)
up "http://127.0.0.1:$NP/tree"

# Both servers run side by side; each measurement pairs them ABBA (before,
# after, after, before) so a neighbour's load in the middle of a round
# weighs on both alike, and the ratio is taken per round.
start() { # BIN VAR: sets VAR_PORT and VAR_PID
	local p; p=$(port)
	"$1" serve --db "sqlite:$TMP/b.db" --listen "127.0.0.1:$p" 2>>"$TMP/access.log" >/dev/null &
	PIDS+=($!)
	printf -v "$2_PID" %s "$!"
	printf -v "$2_PORT" %s "$p"
	up "http://127.0.0.1:$p/healthz"
}
start "$BEFORE" B
start "$AFTER" A
PB=$B_PORT PA=$A_PORT
declare -A R
paths=(tree "/api/v1/units/$D/tree" unit "/api/v1/units/$D" healthz /healthz)
for round in $(seq 1 "$ROUNDS"); do
	R[nginx,$round]=$(rps "http://127.0.0.1:$NP/tree")
	line="round $round: nginx ${R[nginx,$round]}"
	for ((i = 0; i < ${#paths[@]}; i += 2)); do
		t=${paths[i]} path=${paths[i+1]}
		read -r b1 cb1 <<<"$(measure "http://127.0.0.1:$PB$path" "$B_PID")"
		read -r a1 ca1 <<<"$(measure "http://127.0.0.1:$PA$path" "$A_PID")"
		read -r a2 ca2 <<<"$(measure "http://127.0.0.1:$PA$path" "$A_PID")"
		read -r b2 cb2 <<<"$(measure "http://127.0.0.1:$PB$path" "$B_PID")"
		R[before-$t,$round]=$(((b1 + b2) / 2))
		R[after-$t,$round]=$(((a1 + a2) / 2))
		R[ratio-$t,$round]=$(awk -v a=$((a1 + a2)) -v b=$((b1 + b2)) 'BEGIN { printf "%.3f", a / b }')
		R[cpub-$t,$round]=$(awk -v x="$cb1" -v y="$cb2" 'BEGIN { printf "%.2f", (x + y) / 2 }')
		R[cpua-$t,$round]=$(awk -v x="$ca1" -v y="$ca2" 'BEGIN { printf "%.2f", (x + y) / 2 }')
		line+="; $t before ${R[before-$t,$round]}/s ${R[cpub-$t,$round]}us after ${R[after-$t,$round]}/s ${R[cpua-$t,$round]}us"
	done
	echo "$line"
done
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
col() { local k=$1 v=(); for r in $(seq 1 "$ROUNDS"); do v+=("${R[$k,$r]}"); done; median "${v[@]}"; }
n=$(col nginx)
echo
echo "| median of $ROUNDS rounds (wrk -t2 -c$CONNS -d$DURATION, ABBA) | before req/s | after req/s | after/before | after/nginx | before CPU us/req | after CPU us/req |"
echo "|---|---|---|---|---|---|---|"
for t in tree unit healthz; do
	b=$(col "before-$t"); a=$(col "after-$t"); r=$(col "ratio-$t")
	awk -v t="$t" -v b="$b" -v a="$a" -v n="$n" -v r="$r" -v cb="$(col "cpub-$t")" -v ca="$(col "cpua-$t")" \
		'BEGIN { printf "| %s | %d | %d | %.2f | %.2f | %.1f | %.1f |\n", t, b, a, r, a / n, cb, ca }'
done
echo "| nginx, the tree's bytes | $n | | | |"
