#!/usr/bin/env bash
# bench/attack_imports.sh: the hostile imports of issue 7, measured.
#
#   bash bench/attack_imports.sh [BIN ...]      (default: build/dieuhanh)
#
# For each binary and each file (made by bench/gen_imports.mjs: 250,000
# one-cell rows in column AMJ, 1.8 M rows, a sheet of 1,000,000 text cells,
# 55,000 rows of unknown codes), on
# a fresh server over a fresh copy of a demo SQLite database (BENCH_PG=1
# adds a throwaway PostgreSQL cluster, BENCH_SQLITE=0 leaves SQLite out),
# RUNS times (default 3):
#   - the import's time to answer and its status (curl);
#   - the server's peak RSS (VmHWM from /proc/PID/status: the server is new
#     for each run, so the peak is this import's);
#   - the slowest /healthz answer while the import ran (curl every 20 ms);
#   - the slowest of the writes (a figure reported, one every 50 ms from
#     50 ms in) sent while the import ran.
# With BENCH_LARGE=1 (needs build/gen_large: make build/gen_large), also a
# legitimate import of 15,000 figures (every breakdown target of the large
# case, one month, each a correction) into the large case's database, to
# time the write transaction: a write sent meanwhile waits for it.
# Prints medians, one line per binary and file, as a Markdown table.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
RUNS=${RUNS:-3}
BINS=("$@")
[ ${#BINS[@]} -gt 0 ] || BINS=("$ROOT/build/dieuhanh")
TMP=$(mktemp -d /tmp/attack-imports.XXXXXX)
SERVER_PID=
cleanup() {
	[ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
	[ -n "${PG_DIR:-}" ] && scripts/pg-temp.sh stop "$PG_DIR" >/dev/null 2>&1 || true
	rm -rf "$TMP"
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
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

node bench/gen_imports.mjs "$TMP"
XLSX=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet

# One run: BIN DB FILE TYPE [LOGIN PASSWORD DISTRICT_CODE]
#   -> "seconds status rss_mb healthz_max_ms write_ms"
run_one() {
	local bin=$1 db=$2 file=$3 type=$4 port
	local login=${5:-quantri} password=${6:-demo-2019-quantri} dcode=${7:-Q9}
	port=$(free_port)
	"$bin" serve --listen "127.0.0.1:$port" --db "$db" >"$TMP/server.log" 2>&1 &
	SERVER_PID=$!
	local base="http://127.0.0.1:$port"
	for _ in $(seq 1 100); do curl -fsS -o /dev/null --max-time 1 "$base/healthz" 2>/dev/null && break; sleep 0.1; done
	curl -fsS --max-time 30 -c "$TMP/jar" -H 'Content-Type: application/json' \
		-d '{"login":"'"$login"'","password":"'"$password"'"}' "$base/api/v1/session" >/dev/null
	local district target
	district=$(curl -fsS "$base/api/v1/units?kind=district&limit=1000" \
		| jq -r --arg c "$dcode" '.items[] | select(.code == $c) | .id')
	target=$(curl -fsS "$base/api/v1/targets?year=2019" \
		| jq -r --argjson u "$district" '[.items[] | select(.owner_unit_id == $u)][0].id')
	: >"$TMP/healthz"
	( while [ ! -e "$TMP/done" ]; do
		curl -s -o /dev/null -w '%{time_total}\n' --max-time 60 "$base/healthz" >>"$TMP/healthz"
		sleep 0.02
	  done ) &
	local poller=$!
	: >"$TMP/write"
	( sleep 0.05; while [ ! -e "$TMP/done" ]; do
		curl -s -o /dev/null -w '%{time_total}\n' --max-time 60 -b "$TMP/jar" \
			-H 'Content-Type: application/json' -d '{"unit_id":'"$district"',"period_no":1,"value":1}' \
			"$base/api/v1/targets/$target/measurements" >>"$TMP/write"
		sleep 0.05
	  done ) &
	local writer=$!
	local out
	out=$(curl -s -o "$TMP/answer" -w '%{time_total} %{http_code}' --max-time 120 -b "$TMP/jar" \
		-H "Content-Type: $type" --data-binary "@$file" "$base/api/v1/targets/import?year=2019")
	touch "$TMP/done"
	wait "$poller" "$writer" 2>/dev/null || true
	rm -f "$TMP/done"
	local rss hz w
	rss=$(awk '/^VmHWM:/ { printf "%.0f", $2 / 1024 }' "/proc/$SERVER_PID/status")
	hz=$(awk '{ if ($1 > m) m = $1 } END { printf "%.0f", m * 1000 }' "$TMP/healthz")
	w=$(awk '{ if ($1 > m) m = $1 } END { printf "%.0f", m * 1000 }' "$TMP/write")
	kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
	SERVER_PID=
	echo "$out $rss $hz $w"
}

engines=()
[ "${BENCH_SQLITE:-1}" = 1 ] && engines+=(sqlite)
if [ "${BENCH_PG:-0}" = 1 ]; then
	PG_DIR=$TMP/pg
	PG_URL=$(scripts/pg-temp.sh start "$PG_DIR" "$(free_port)")
	engines+=(postgresql)
fi

echo "| binary | engine | file | answer | time to answer (s) | peak RSS (MB) | slowest /healthz during (ms) | slowest write during (ms) |"
echo "|---|---|---|---|---|---|---|---|"
for bin in "${BINS[@]}"; do
	for engine in "${engines[@]}"; do
		if [ "$engine" = sqlite ]; then
			"$bin" demo --db "sqlite:$TMP/demo.db" >/dev/null
		fi
		for f in amj.xlsx rows1800k.xlsx cells1m.xlsx unknown.csv; do
			type=$XLSX; [ "${f##*.}" = csv ] && type=text/csv
			: >"$TMP/runs"
			for _ in $(seq 1 "$RUNS"); do
				if [ "$engine" = sqlite ]; then
					cp "$TMP/demo.db" "$TMP/run.db"; rm -f "$TMP/run.db-wal" "$TMP/run.db-shm"
					db="sqlite:$TMP/run.db"
				else
					PGOPTIONS='-c client_min_messages=warning' psql -q "$PG_URL" -c 'DROP SCHEMA public CASCADE; CREATE SCHEMA public;' >/dev/null
					"$bin" demo --db "$PG_URL" >/dev/null
					db=$PG_URL
				fi
				run_one "$bin" "$db" "$TMP/$f" "$type" >>"$TMP/runs"
			done
			col() { awk -v c="$1" '{ print $c }' "$TMP/runs" | median; }
			echo "| $(basename "$(dirname "$(dirname "$bin")")") | $engine | $f ($(stat -c %s "$TMP/$f") B) | $(col 2) | $(col 1) | $(col 3) | $(col 4) | $(col 5) |"
		done
		rm -f "$TMP/demo.db"*
	done
done
if [ "${BENCH_LARGE:-0}" = 1 ]; then
	# The large case: 300 wards x 50 targets; one month of every breakdown target.
	node -e '
		const l = ["target_code,unit_code,period_no,value"];
		for (let k = 1; k <= 50; k++) for (let u = 1; u <= 300; u++) {
			const p = (n, w) => String(n).padStart(w, "0");
			l.push(`B${p(k, 2)}.U${p(u, 3)},BENCH.U${p(u, 3)},1,${(k * u) % 97 + 1}`);
		}
		require("fs").writeFileSync(process.argv[1], l.join("\n") + "\n");' "$TMP/valid15k.csv"
	for bin in "${BINS[@]}"; do
		for engine in "${engines[@]}"; do
			# Made once per binary and engine (gen_large takes a minute on PostgreSQL);
			# on PostgreSQL each run corrects the same month again.
			if [ "$engine" = sqlite ]; then
				rm -f "$TMP/large.db"*
				ldb="sqlite:$TMP/large.db"
			else
				PGOPTIONS='-c client_min_messages=warning' psql -q "$PG_URL" -c 'DROP SCHEMA public CASCADE; CREATE SCHEMA public;' >/dev/null
				ldb=$PG_URL
			fi
			"$bin" demo --db "$ldb" >/dev/null
			"$ROOT/build/gen_large" --db "$ldb" >/dev/null 2>&1
			echo "bench-password-1" | "$bin" user add benchofficer --unit BENCH --role officer \
				--password-stdin --db "$ldb" >/dev/null
			: >"$TMP/runs"
			for _ in $(seq 1 "$RUNS"); do
				db=$ldb
				if [ "$engine" = sqlite ]; then
					cp "$TMP/large.db" "$TMP/run.db"; rm -f "$TMP/run.db-wal" "$TMP/run.db-shm"
					db="sqlite:$TMP/run.db"
				fi
				run_one "$bin" "$db" "$TMP/valid15k.csv" text/csv \
					benchofficer bench-password-1 BENCH >>"$TMP/runs"
			done
			col() { awk -v c="$1" '{ print $c }' "$TMP/runs" | median; }
			echo "| $(basename "$(dirname "$(dirname "$bin")")") | $engine, large case | valid15k.csv ($(stat -c %s "$TMP/valid15k.csv") B) | $(col 2) | $(col 1) | $(col 3) | $(col 4) | $(col 5) |"
		done
	done
fi
echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), $(uname -sr); runs: $RUNS, medians"
