#!/bin/bash
# bench/mixed_writes.sh BEFORE_BIN AFTER_BIN [ROUNDS]: the demo's board API read
# by wrk alone, then beside bench/post_figure.lua asking 1,000 figures/s, for two
# builds in interleaved rounds (SQLite, synchronous=FULL, --threads 2), so each
# ratio is of one minute on a shared machine.  Prints one line per build and round.
# WRITERS (default 16) sets the writer's connections: it paces each one, so with
# slower answers more of them keep the rate.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BEFORE=$(realpath "$1") AFTER=$(realpath "$2") ROUNDS=${3:-3}
TMP=$(mktemp -d); trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$TMP"' EXIT
PORT=${PORT:-18697} WRITERS=${WRITERS:-16}
B=http://127.0.0.1:$PORT U='/api/v1/targets?year=2019&as_of=2019-12-31'
export DIEUHANH_CONFIG=/dev/null
"$AFTER" demo --db "sqlite:$TMP/demo.db" >/dev/null 2>&1
for round in $(seq "$ROUNDS"); do
	for which in BEFORE AFTER; do
		rm -f "$TMP"/m.db*; cp "$TMP/demo.db" "$TMP/m.db"; cp "$TMP/demo.db.audit-key" "$TMP/m.db.audit-key"
		"${!which}" serve --db "sqlite:$TMP/m.db" --listen "127.0.0.1:$PORT" --threads 2 >"$TMP/serve.log" 2>&1 &
		pid=$!; sleep 1.5
		curl -fsS -c "$TMP/jar" -H 'Content-Type: application/json' \
			-d '{"login":"quantri","password":"demo-2019-quantri"}' "$B/api/v1/session" >/dev/null
		tok=$(curl -fsS -b "$TMP/jar" -H 'Content-Type: application/json' -d '{"name":"bench"}' \
			"$B/api/v1/tokens" | jq -r .token)
		if [ ! -s "$TMP/targets.txt" ]; then
			for id in $(curl -fsS "$B$U" | jq -r '.items[].id'); do
				curl -fsS "$B/api/v1/targets/$id?as_of=2019-12-31" \
					| jq -r '.breakdown[] | "\(.id) \(.owner_unit_id) \({"month": 12, "quarter": 4, "year": 1}[.period] // 12)"'
			done >"$TMP/targets.txt"
		fi
		alone=$(wrk -t2 -c64 -d5s "$B$U" | awk '/Requests\/sec/{print $2}')
		wrk -t1 -c"$WRITERS" -d9s -s "$ROOT/bench/post_figure.lua" "$B" -- "$tok" 1000 "$TMP/targets.txt" "$WRITERS" \
			>"$TMP/writer.out" 2>&1 &
		wp=$!; sleep 1
		mixed=$(wrk -t2 -c64 -d6s --latency "$B$U" | awk '/Requests\/sec/{r=$2} / 99%/{p=$2} END{print r, "p99", p}')
		wait "$wp" || true
		echo "round $round $which reads-alone $alone with-writes $mixed writer $(awk '/Requests\/sec/ { printf "%s figures/s", $2 } /Non-2xx/ { printf ", %s refused", $NF }' "$TMP/writer.out") load $(cut -d' ' -f1 /proc/loadavg)"
		kill "$pid"; wait "$pid" 2>/dev/null || true
	done
done
