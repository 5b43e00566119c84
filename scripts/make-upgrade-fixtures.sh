#!/usr/bin/env bash
# scripts/make-upgrade-fixtures.sh: rebuilds tests/upgrade/ -- one database
# per earlier schema version, made by that version's own binary (its `demo`
# command), kept as SQL text for both engines.  tests/integration/
# ops_upgrade.test.mjs loads each one and migrates it forward with today's
# binary.  Run it when a release changes the schema, adding the release's
# last commit below; the fixtures of older versions never change.
#
#   scripts/make-upgrade-fixtures.sh PG_URL_OF_A_SCRATCH_CLUSTER [vN ...]
#
# With names, only those versions are made again.  Each commit is the last
# one on main (first parents) with that schema version.
#
# Needs git history, the build dependencies, sqlite3 and pg_dump.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PG=${1:?usage: $0 postgresql://USER@HOST:PORT/DB (a scratch cluster) [vN ...]}
shift
ONLY=" $* "
OUT=$ROOT/tests/upgrade
WORK=$(mktemp -d "${TMPDIR:-/tmp}/dieuhanh-fixtures.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"

# name  commit   (the last commit with that schema)
VERSIONS=(
	"v1 60097df"   # units and people
	"v2 04e81cc"   # + accounts, sessions, tokens, the audit trail
	"v3 6495c36"   # + org_revision
	"v4 aa00e58"   # + targets and measurements
	"v5 6748dea"   # PostgreSQL revision triggers once per transaction
	"v6 39b0763"   # + accounts' home unit (main before the keyed chain was merged)
	"v7 d13f909"   # + the keyed audit chain's marker; before module migrations
)

admin=${PG%/*}/postgres
for entry in "${VERSIONS[@]}"; do
	read -r name commit <<<"$entry"
	[ "$ONLY" = "  " ] || [[ "$ONLY" == *" $name "* ]] || continue
	src=$WORK/$name
	mkdir -p "$src"
	git -C "$ROOT" archive "$commit" | tar -x -C "$src"
	echo "== $name ($commit): building"
	nice make -C "$src" -j2 build/dieuhanh >"$WORK/$name.build.log" 2>&1 ||
		{ tail -20 "$WORK/$name.build.log"; exit 1; }
	bin=$src/build/dieuhanh
	keyflag=()
	"$bin" --help 2>&1 | grep -q -- '--audit-key' && keyflag=(--audit-key "$WORK/$name.key")
	# SQLite
	rm -f "$WORK/$name.db"
	(cd "$src" && "$bin" demo --db "sqlite:$WORK/$name.db" "${keyflag[@]}" >/dev/null)
	sqlite3 "$WORK/$name.db" .dump >"$OUT/$name.sqlite.sql"
	# PostgreSQL
	db=fixture_$name
	psql -X -q "$admin" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
	(cd "$src" && "$bin" demo --db "${PG%/*}/$db" "${keyflag[@]/$WORK\/$name.key/$WORK/$name.pg.key}" >/dev/null)
	pg_dump --no-owner --no-privileges "${PG%/*}/$db" >"$OUT/$name.pg.sql"
	psql -X -q "$admin" -c "DROP DATABASE $db"
	for k in key pg.key; do
		[ -f "$WORK/$name.$k" ] && cp "$WORK/$name.$k" "$OUT/$name.${k/key/audit-key}"
	done
	echo "== $name: $(wc -c <"$OUT/$name.sqlite.sql") + $(wc -c <"$OUT/$name.pg.sql") bytes"
done
