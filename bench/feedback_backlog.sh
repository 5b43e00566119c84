#!/usr/bin/env bash
# bench/feedback_backlog.sh BEFORE_BIN AFTER_BIN [ROUNDS]: the signed-in pages that count
# citizens' reports (the home, the board's "behind" lines, the queue, a ward's and the
# district's unit pages) over a city's backlog:
# the demo with its reports copied 30 times as open ones (about 21,600), served by each
# build in turn (SQLite, --threads 2), wrk -t2 -c8 -d4s per page after a warm-up; prints
# each page's server time (p50 / p99, from the access log) and size.  With PG_URL (an
# empty PostgreSQL database) the same database is also copied there (dieuhanh copy) and
# measured.  docs/PERFORMANCE.md, "A city's backlog".
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BEFORE=$(realpath "$1") AFTER=$(realpath "$2") ROUNDS=${3:-2}
TMP=$(mktemp -d); trap 'pkill -f "listen 127.0.0.1:$PORT" 2>/dev/null; rm -rf "$TMP"' EXIT
PORT=${PORT:-18694} B=http://127.0.0.1:${PORT:-18694}
export DIEUHANH_CONFIG=/dev/null
"$BEFORE" demo --db "sqlite:$TMP/demo.db" >/dev/null 2>&1
sqlite3 "$TMP/demo.db" "
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30)
INSERT INTO feedback(code, category, ward_id, unit_id, channel, address, lat, lon, description,
  contact_name, contact_phone, contact_email, client_hash, state, moderation, received_at,
  received_day, due_days, due_day, reopen_count, updated_at)
SELECT code || '-' || n.i, category, ward_id, unit_id, channel, address, lat, lon, description,
  contact_name, contact_phone, contact_email, client_hash, 'received', moderation, received_at,
  received_day, due_days, due_day, 0, updated_at FROM feedback, n;"
echo "open reports: $(sqlite3 "$TMP/demo.db" "SELECT count(*) FROM feedback WHERE state = 'received'")"
# A ward's page and the district's (the unit pages' own section of reports).
WARD=$(sqlite3 "$TMP/demo.db" "SELECT id FROM org_unit WHERE code = 'Q9.LONGBINH'")
DISTRICT=$(sqlite3 "$TMP/demo.db" "SELECT id FROM org_unit WHERE code = 'Q9'")
if [ -n "${PG_URL:-}" ]; then
	"$AFTER" copy --from "sqlite:$TMP/demo.db" --to "$PG_URL" >/dev/null
	psql -X -q "$PG_URL" -c 'VACUUM ANALYZE'
fi

pages() { # BIN DB_URL [--audit-key FILE]
	local bin=$1 url=$2; shift 2
	(cd "$ROOT" && exec "$bin" serve --db "$url" "$@" --listen "127.0.0.1:$PORT" --threads 2 >"$TMP/serve.log" 2>&1) &
	sleep 1.5
	curl -fsS -c "$TMP/jar" -H 'Content-Type: application/json' \
		-d '{"login":"quantri","password":"demo-2019-quantri"}' "$B/api/v1/session" >/dev/null
	local cookie="dh_session=$(awk '$6=="dh_session"{print $7}' "$TMP/jar")"
	for u in / /targets /feedback/queue "/units/$WARD" "/units/$DISTRICT"; do
		curl -s -o /dev/null -H "Cookie: $cookie" "$B$u"
		local n0=$(wc -l <"$TMP/serve.log")
		wrk -t2 -c8 -d4s -H "Cookie: $cookie" "$B$u" >/dev/null
		local size=$(curl -s -H "Cookie: $cookie" "$B$u" | wc -c)
		tail -n +$((n0 + 1)) "$TMP/serve.log" | awk -v p="$u" -v size="$size" \
			'$1 == "GET" && $2 == p { sub(/us$/, "", $5); print $5 }' | sort -n |
			awk -v p="$u" -v size="$size" '{ a[NR] = $1 } END { printf "  %-16s p50 %6.1f ms  p99 %6.1f ms  (%d requests, %d bytes)\n", p, a[int(NR * 0.5) + 1] / 1000, a[int(NR * 0.99) + 1] / 1000, NR, size }'
	done
	pkill -f "listen 127.0.0.1:$PORT"; sleep 0.5
}

for round in $(seq "$ROUNDS"); do
	for which in BEFORE AFTER; do
		rm -f "$TMP"/w.db*; cp "$TMP/demo.db" "$TMP/w.db"; cp "$TMP/demo.db.audit-key" "$TMP/w.db.audit-key"
		echo "round $round $which sqlite"; pages "${!which}" "sqlite:$TMP/w.db"
		if [ -n "${PG_URL:-}" ]; then
			echo "round $round $which postgresql"; pages "${!which}" "$PG_URL" --audit-key "$TMP/demo.db.audit-key"
		fi
	done
done
