#!/usr/bin/env bash
# bench/dossier_intake.sh: concurrent dossier intake and the citizen's lookup.
#
#   bash bench/dossier_intake.sh [PORT]        (BENCH_DURATION, default 5s)
#
# Loads the demo into a fresh SQLite database (synchronous=FULL, the default),
# serves it, and with wrk at 64 connections: POST /api/v1/dossiers as the Long
# Bình clerk (each request one durable, audited intake with the next code of
# the day), then GET /api/v1/lookup/{code} of one dossier against nginx
# serving that lookup's body as a static file in the same run.  Afterwards it
# checks that today's codes at the desk run 1..N with no gap and no duplicate.
# Last, the lookup's page (GET /lookup?code=) against nginx serving its body.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PORT=${1:-23090}
NPORT=$((PORT + 1))
DURATION=${BENCH_DURATION:-5s}
BIN=${BENCH_BIN:-$ROOT/build/dieuhanh}
T=$(mktemp -d /tmp/dh-bench-dossier-XXXXXX)
cleanup() {
	[ -f "$T/srv.pid" ] && kill "$(cat "$T/srv.pid")" 2>/dev/null || true
	[ -f "$T/nginx.pid" ] && kill "$(cat "$T/nginx.pid")" 2>/dev/null || true
	sleep 0.5
	rm -rf "$T"
}
trap cleanup EXIT
"$BIN" demo --db "sqlite:$T/b.db" >/dev/null
"$BIN" serve --db "sqlite:$T/b.db" --listen "127.0.0.1:$PORT" >"$T/access.log" 2>&1 &
echo $! >"$T/srv.pid"
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
B="http://127.0.0.1:$PORT"
COOKIE=$(curl -s -i -X POST -H 'content-type: application/json' \
	-d '{"login":"longbinh","password":"demo-2019-longbinh"}' "$B/api/v1/session" |
	sed -n 's/^[Ss]et-[Cc]ookie: \(dh_session=[^;]*\).*/\1/p' | head -1)
TOKEN=$(curl -s -X POST -H 'content-type: application/json' -H "Cookie: $COOKIE" \
	-d '{"name":"bench"}' "$B/api/v1/tokens" | jq -r .token)
echo "== intake: 64 connections, $DURATION"
wrk -t2 -c64 -d"$DURATION" -s bench/post_dossier.lua "$B/api/v1/dossiers" -- "$TOKEN" HT.01 |
	grep -E 'Requests/sec|Latency|non-201'
TODAY=$(TZ=Asia/Ho_Chi_Minh date +%F)
read -r N MAXSEQ < <(sqlite3 "$T/b.db" "SELECT count(*), max(last_seq) FROM dossier_seq s
	JOIN dossier d ON d.unit_id = s.unit_id AND d.code LIKE '%-' || substr(replace(s.day,'-',''),3) || '-%'
	WHERE s.day = '$TODAY'" | tr '|' ' ')
DUP=$(sqlite3 "$T/b.db" "SELECT count(*) - count(DISTINCT code) FROM dossier")
echo "codes today: $N dossiers, highest number $MAXSEQ, duplicates $DUP"
[ "$N" = "$MAXSEQ" ] && [ "$DUP" = 0 ] || { echo "bench: codes have gaps or duplicates" >&2; exit 1; }
CODE=$(sqlite3 "$T/b.db" "SELECT code FROM dossier ORDER BY id LIMIT 1")
curl -s "$B/api/v1/lookup/$CODE" >"$T/lookup.json"
mkdir -p "$T/www"
cp "$T/lookup.json" "$T/www/lookup.json"
cat >"$T/nginx.conf" <<NGX
daemon off; worker_processes 1; pid $T/nginx.pid; error_log $T/nginx.err;
events { worker_connections 1024; }
http { access_log off; server { listen 127.0.0.1:$NPORT; root $T/www;
  location / { default_type application/json; } } }
NGX
nginx -c "$T/nginx.conf" -p "$T" &
sleep 0.5
echo "== lookup vs nginx: 64 connections, $DURATION each (lookups of one existing code)"
NG=$(wrk -t2 -c64 -d"$DURATION" "http://127.0.0.1:$NPORT/lookup.json" | awk '/Requests\/sec/ {print $2}')
DH=$(wrk -t2 -c64 -d"$DURATION" "$B/api/v1/lookup/$CODE" | awk '/Requests\/sec/ {print $2}')
echo "nginx $NG req/s, lookup $DH req/s, ratio $(echo "scale=2; $DH / $NG" | bc)"
# The page (GET /lookup?code=) of a dossier in progress: a returned one's
# page has the rating form, with the reader's own token, and is never kept.
PCODE=$(sqlite3 "$T/b.db" "SELECT code FROM dossier WHERE state = 'processing' ORDER BY id LIMIT 1")
curl -s "$B/lookup?code=$PCODE" >"$T/www/page.html"
echo "== lookup page vs nginx: 64 connections, $DURATION each ($(wc -c <"$T/www/page.html") bytes)"
NG=$(wrk -t2 -c64 -d"$DURATION" "http://127.0.0.1:$NPORT/page.html" | awk '/Requests\/sec/ {print $2}')
DH=$(wrk -t2 -c64 -d"$DURATION" "$B/lookup?code=$PCODE" | awk '/Requests\/sec/ {print $2}')
echo "nginx $NG req/s, lookup page $DH req/s, ratio $(echo "scale=2; $DH / $NG" | bc)"
