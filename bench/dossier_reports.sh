#!/usr/bin/env bash
# bench/dossier_reports.sh: the one-stop shop's on-time reports over a
# million dossiers, on SQLite and (BENCH_PG=1, the default) PostgreSQL.
#
#   bash bench/dossier_reports.sh [PORT]     BENCH_N=1000000 BENCH_DURATION=5s BENCH_PG=1
#
# Loads the demo, then adds BENCH_N dossiers received and returned in 2019
# straight into the database (one INSERT ... SELECT: generating them through
# HTTP would take hours), spread over the demo's desks (three officers
# each), procedures and the year's days, a tenth late, three tenths early.
# (By officer needs signing in: not measured.)  The
# counts the reports read are kept by the schema's triggers as the rows go
# in, as they are for every intake (on PostgreSQL, where the trigger's
# million calls take many minutes, added after the rows in one statement).  Then it serves the database and asks
# each report one request at a time (wrk -c1: the latency is the server's
# time plus the loopback) and prints wrk's latency percentiles.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PORT=${1:-23190}
N=${BENCH_N:-1000000}
DURATION=${BENCH_DURATION:-5s}
WANT_PG=${BENCH_PG:-1}
BIN=${BENCH_BIN:-$ROOT/build/dieuhanh}
T=$(mktemp -d /tmp/dh-bench-reports-XXXXXX)
PG_DIR=
cleanup() {
	[ -f "$T/srv.pid" ] && kill "$(cat "$T/srv.pid")" 2>/dev/null || true
	[ -n "$PG_DIR" ] && bash scripts/pg-temp.sh stop "$PG_DIR" >/dev/null 2>&1 || true
	sleep 0.3
	rm -rf "$T"
}
trap cleanup EXIT

# The columns every generated dossier has; I is the row's number.
COLUMNS="code, unit_id, procedure_id, state, step_no, received_at, clock_start, due_day,
	first_due, finished_day, returned_at, result, handler, received_by, applicant_name,
	applicant_id_number, updated_at"

measure() {   # ENGINE DB-URL
	local engine=$1 db=$2
	"$BIN" serve --db "$db" --listen "127.0.0.1:$PORT" >"$T/access.log" 2>&1 &
	echo $! >"$T/srv.pid"
	for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
	local desk
	desk=$(curl -s "http://127.0.0.1:$PORT/api/v1/units?kind=one_stop_desk" | jq -r '.items[0].id')
	echo "| engine | request | p50 | p90 | p99 | req/s |"
	echo "|---|---|---|---|---|---|"
	for path in "/api/v1/dossiers/report?year=2019&by=unit" \
		"/api/v1/dossiers/report?year=2019&by=procedure" \
		"/api/v1/dossiers/report?year=2019&by=month" \
		"/dossiers/report?year=2019&by=unit" \
		"/dossiers/units/$desk?year=2019"; do
		curl -sf -o /dev/null "http://127.0.0.1:$PORT$path" || echo "bench: $path failed" >&2
		wrk -t1 -c1 -d"$DURATION" --latency "http://127.0.0.1:$PORT$path" >"$T/wrk.out"
		awk -v e="$engine" -v p="$path" '
			/^ +50%/ {p50 = $2} /^ +90%/ {p90 = $2} /^ +99%/ {p99 = $2}
			/Requests\/sec/ {rps = $2}
			END {printf "| %s | %s | %s | %s | %s | %s |\n", e, p, p50, p90, p99, rps}' "$T/wrk.out"
	done
	kill "$(cat "$T/srv.pid")"
	wait "$(cat "$T/srv.pid")" 2>/dev/null || true
	rm -f "$T/srv.pid"
}

echo "== SQLite: demo + $N dossiers"
"$BIN" demo --db "sqlite:$T/b.db" >/dev/null 2>&1
start=$(date +%s)
sqlite3 "$T/b.db" <<SQL
PRAGMA synchronous = OFF;
CREATE TEMP TABLE desks AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM org_unit WHERE kind = 'one_stop_desk';
CREATE TEMP TABLE procs AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM procedure WHERE is_current = 1;
INSERT INTO dossier($COLUMNS)
WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < $N),
     g(i, day) AS (SELECT i, date('2019-01-02', '+' || (i % 360) || ' days') FROM s)
SELECT 'BENCH-' || i, (SELECT id FROM desks WHERE k = i % (SELECT count(*) FROM desks)),
	(SELECT id FROM procs WHERE k = i % (SELECT count(*) FROM procs)), 'returned', 3,
	CAST(strftime('%s', day) AS INTEGER) - 86400 * 5, day, day, day, day,
	CAST(strftime('%s', day) AS INTEGER) + 3600,
	CASE i % 10 WHEN 0 THEN 'late' WHEN 1 THEN 'early' WHEN 2 THEN 'early' WHEN 3 THEN 'early'
	ELSE 'on_time' END, 'bench' || (i % (SELECT count(*) FROM desks)) || '.' || (i / 1000 % 3), 'bench', 'Người thử ' || i, '0' || (100000000 + i),
	CAST(strftime('%s', day) AS INTEGER)
FROM g;
SQL
echo "generated in $(( $(date +%s) - start )) s: $(sqlite3 "$T/b.db" "SELECT count(*) FROM dossier") dossiers"
measure sqlite "sqlite:$T/b.db"

if [ "$WANT_PG" = 1 ] && [ -x /usr/lib/postgresql/15/bin/initdb ]; then
	PG_DIR=$T/pg
	url=$(bash scripts/pg-temp.sh start "$PG_DIR" $((PORT + 1)) | tail -n1)
	echo "== PostgreSQL: demo + $N dossiers"
	"$BIN" demo --db "$url" >/dev/null 2>&1
	start=$(date +%s)
	# The trigger's million calls take many minutes here: the rows go in
	# without it and their counts are added after in one statement, the
	# same counts the trigger would have kept.
	psql -q "$url" <<SQL
SET synchronous_commit = off;
ALTER TABLE dossier DISABLE TRIGGER dossier_counted;
CREATE TEMP TABLE desks AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM org_unit WHERE kind = 'one_stop_desk';
CREATE TEMP TABLE procs AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, id FROM procedure WHERE is_current = 1;
INSERT INTO dossier($COLUMNS)
SELECT 'BENCH-' || i, (SELECT id FROM desks WHERE k = i % (SELECT count(*) FROM desks)),
	(SELECT id FROM procs WHERE k = i % (SELECT count(*) FROM procs)), 'returned', 3,
	extract(epoch FROM day)::bigint - 86400 * 5, to_char(day, 'YYYY-MM-DD'),
	to_char(day, 'YYYY-MM-DD'), to_char(day, 'YYYY-MM-DD'), to_char(day, 'YYYY-MM-DD'),
	extract(epoch FROM day)::bigint + 3600,
	CASE i % 10 WHEN 0 THEN 'late' WHEN 1 THEN 'early' WHEN 2 THEN 'early' WHEN 3 THEN 'early'
	ELSE 'on_time' END, 'bench' || (i % (SELECT count(*) FROM desks)) || '.' || (i / 1000 % 3), 'bench', 'Người thử ' || i, '0' || (100000000 + i),
	extract(epoch FROM day)::bigint
FROM generate_series(1, $N) AS i, LATERAL (SELECT date '2019-01-02' + (i % 360) AS day) d;
INSERT INTO dossier_finished_count
SELECT unit_id, procedure_id, handler, substr(finished_day, 1, 7), result, count(*)
FROM dossier WHERE code LIKE 'BENCH-%'
GROUP BY unit_id, procedure_id, handler, substr(finished_day, 1, 7), result
ON CONFLICT (month, unit_id, procedure_id, handler, result)
DO UPDATE SET n = dossier_finished_count.n + excluded.n;
ALTER TABLE dossier ENABLE TRIGGER dossier_counted;
ANALYZE;
SQL
	echo "generated in $(( $(date +%s) - start )) s: $(psql -Atc "SELECT count(*) FROM dossier" "$url") dossiers"
	measure postgresql "$url"
fi
