#!/usr/bin/env bash
# scripts/test.sh: what `make test` runs.
#
#   1. dependencies (scripts/deps.sh --test)
#   2. build + cmocka unit tests
#   3. integration tests (node --test) against a server on SQLite
#   4. the same on a throwaway PostgreSQL 15 cluster, after the storage
#      conformance suites (tests/unit/test_store_*) run there too
#   5. steps 2-4 again with the ASan+UBSan build (build-san/)
#
# Step 3 also runs the browser tests (tests/browser/, Playwright with
# Debian's Chromium) against the same running server, in the normal build
# only: on PostgreSQL and under ASan they cost minutes and exercise the same
# handlers the fetch-based integration tests already drive there
# (PG_BROWSER=1 and SAN_BROWSER=1 add them there).
#
#   6. the libFuzzer harnesses (tests/fuzz), FUZZ_SECONDS (default 20) each,
#      after replaying every saved crash input
#
#   7. the Debian package installed and removed (tests/package/deb.sh, as root)
#
# SKIP_PG=1 skips the PostgreSQL runs, SKIP_SAN=1 the sanitizer build,
# SKIP_BROWSER=1 the browser tests, SKIP_FUZZ=1 the fuzzing, SKIP_DEB=1 the package.
# The last line is always "N passed, N failed"; the exit status is 1 when
# anything failed or a step broke.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 1

# The tests pass every setting explicitly: settings from the caller's
# environment must not leak into the server or the CLI tests.
unset DIEUHANH_DB DIEUHANH_LISTEN DIEUHANH_THREADS DIEUHANH_STATIC
unset DIEUHANH_URL DIEUHANH_BIN DIEUHANH_ENGINE
# Nor a configuration file installed on this machine.
export DIEUHANH_CONFIG=/dev/null
export CMOCKA_MESSAGE_OUTPUT=stdout

PASSED=0
FAILED=0
BROKEN=()          # steps that broke, named in the summary
FAILED_TESTS=()    # "label: test name" of every failing test, repeated in the summary
T_START=$SECONDS
SERVER_PID=""
PG_DIRS=()
TMP_DIRS=()

# The elapsed time in each header: CI shows the tail of the log, and the
# 30-minute budget is kept by knowing which step spends it.
header() { printf '\n==== %s [%d:%02d] ====\n' "$*" $(((SECONDS - T_START) / 60)) $(((SECONDS - T_START) % 60)); }
note()   { printf '  %s\n' "$*"; }
broke()  { FAILED=$((FAILED + 1)); BROKEN+=("$*"); printf '  FAILED: %s\n' "$*"; }

cleanup() {
	if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
		kill -KILL "$SERVER_PID" 2>/dev/null
		wait "$SERVER_PID" 2>/dev/null
	fi
	SERVER_PID=""
	local d
	for d in "${PG_DIRS[@]}"; do
		[ -n "$d" ] && "$ROOT/scripts/pg-temp.sh" stop "$d" >/dev/null 2>&1
	done
	PG_DIRS=()
	for d in "${TMP_DIRS[@]}"; do
		[ -n "$d" ] && rm -rf "$d"
	done
	TMP_DIRS=()
}
trap cleanup EXIT
trap 'echo "test.sh: interrupted" >&2; cleanup; exit 130' INT TERM HUP

# new_tmp: makes a temp dir, registered for cleanup, in $NEWTMP.
NEWTMP=""
new_tmp() {
	NEWTMP=$(mktemp -d "${TMPDIR:-/tmp}/dieuhanh-test.XXXXXX") || return 1
	TMP_DIRS+=("$NEWTMP")
}

free_port() {
	node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})" 2>/dev/null && return 0
	python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1]);s.close()' 2>/dev/null && return 0
	echo $((20000 + RANDOM % 20000))
}

# http_status URL: prints the status code of a GET (000 when no answer).
http_status() {
	node -e "
const ac = new AbortController(); setTimeout(() => ac.abort(), 2000);
fetch(process.argv[1], { signal: ac.signal })
  .then(r => { console.log(r.status); process.exit(0); },
        () => { console.log('000'); process.exit(0); });" "$1" 2>/dev/null || echo 000
}

log_tail() {
	local f=$1
	if [ -f "$f" ]; then
		echo "  ---- last 40 lines of $f ----"
		tail -n 40 "$f" | sed 's/^/  | /'
		echo "  ----"
	fi
}

# count_cmocka OUT RC LABEL ROUND: adds the results of a cmocka run (its
# output in OUT, exit status RC) to the totals: every group run when ROUND
# is 0, else only the ROUND-th group run (its "[==========] N test(s) run."
# summary and the PASSED/FAILED lines after it).
count_cmocka() {
	local out=$1 rc=$2 label=$3 round=$4 p fl
	p=$(awk -v want="$round" '/^\[==========\] [0-9]+ test\(s\) run\./ { r++ }
		/^\[  PASSED  \] [0-9]+ test\(s\)\./ && (want == 0 || r == want) { s += $4 }
		END { print s + 0 }' "$out")
	fl=$(awk -v want="$round" '/^\[==========\] [0-9]+ test\(s\) run\./ { r++ }
		/^\[  FAILED  \] [0-9]+ test\(s\)/ && (want == 0 || r == want) { s += $4 }
		END { print s + 0 }' "$out")
	if [ "$rc" != 0 ] && [ "$fl" = 0 ]; then
		fl=1
		note "$label: exited with status $rc (crash or abort) - counted as one failure"
	fi
	PASSED=$((PASSED + p))
	FAILED=$((FAILED + fl))
	note "$label: $p passed, $fl failed"
	if [ "$fl" != 0 ]; then
		sed 's/^/  | /' "$out" | tail -n 60
		local name
		while IFS= read -r name; do
			FAILED_TESTS+=("$label: $name")
		done < <(sed -n 's/^\[  FAILED  \] \([A-Za-z_][A-Za-z0-9_]*\)$/\1/p' "$out" | sort -u)
		[ "$rc" != 0 ] && [ -z "$(sed -n 's/^\[  FAILED  \] [A-Za-z_]/x/p' "$out")" ] &&
			FAILED_TESTS+=("$label: exit status $rc")
	fi
}

# run_unit BUILD_DIR: runs every cmocka executable in BUILD_DIR/tests/unit.
run_unit() {
	local bdir=$1 f out n=0
	local tmp
	new_tmp || { broke "unit tests: no temp dir"; return; }
	tmp=$NEWTMP
	for f in "$bdir"/tests/unit/test_*; do
		[ -f "$f" ] && [ -x "$f" ] || continue
		n=$((n + 1))
		out="$tmp/$(basename "$f").out"
		timeout 120 "$f" >"$out" 2>&1
		count_cmocka "$out" $? "$(basename "$f")" 0
	done
	if [ "$n" = 0 ]; then
		broke "no unit test executables in $bdir/tests/unit/"
	fi
}

# run_store_pg BUILD_DIR URL: runs the storage conformance suites
# (BUILD_DIR/tests/unit/test_store_*, and test_read_decisions) with DIEUHANH_TEST_PG_URL set, on a
# database of their own in the throwaway cluster at URL (they drop and
# rebuild its schema per test), and counts only their PostgreSQL rounds:
# the SQLite rounds were counted with the other unit tests.
run_store_pg() {
	local bdir=$1 url=$2 f out n=0 tmp db
	new_tmp || { broke "store tests on PostgreSQL: no temp dir"; return; }
	tmp=$NEWTMP
	db="${url%/*}/dieuhanh_store_test"
	if ! psql -q -v ON_ERROR_STOP=1 "$url" -c 'CREATE DATABASE dieuhanh_store_test' \
		>"$tmp/createdb.out" 2>&1; then
		broke "store tests on PostgreSQL: could not create their database"
		sed 's/^/  | /' "$tmp/createdb.out"
		return
	fi
	# test_read_decisions: the services' permission predicates over a real
	# demo database, held to one answer on both engines too.
	for f in "$bdir"/tests/unit/test_store_* "$bdir"/tests/unit/test_read_decisions; do
		[ -f "$f" ] && [ -x "$f" ] || continue
		n=$((n + 1))
		out="$tmp/$(basename "$f").out"
		# The second group run is the PostgreSQL round (store_harness.h).
		DIEUHANH_TEST_PG_URL=$db timeout 900 "$f" >"$out" 2>&1
		count_cmocka "$out" $? "$(basename "$f") on PostgreSQL" 2
	done
	if [ "$n" = 0 ]; then
		broke "no storage conformance suites in $bdir/tests/unit/"
	fi
}

# count_tap LOG RC WHAT LABEL: adds the results of a `node --test
# --test-reporter=tap` run (exit status RC, output in LOG) to the totals and
# shows the failing tests.
count_tap() {
	local log=$1 rc=$2 what=$3 label=$4 p fl c
	p=$(sed -n 's/^# pass \([0-9][0-9]*\)$/\1/p' "$log" | tail -n 1)
	fl=$(sed -n 's/^# fail \([0-9][0-9]*\)$/\1/p' "$log" | tail -n 1)
	c=$(sed -n 's/^# cancelled \([0-9][0-9]*\)$/\1/p' "$log" | tail -n 1)
	if [ -z "$p" ] || [ -z "$fl" ]; then
		broke "$label: node --test printed no summary (exit $rc)"
		tail -n 60 "$log" | sed 's/^/  | /'
		return
	fi
	fl=$((fl + ${c:-0}))
	if [ "$rc" != 0 ] && [ "$fl" = 0 ]; then
		fl=1
		note "node --test exited $rc with no failed test: counted as one failure"
	fi
	PASSED=$((PASSED + p))
	FAILED=$((FAILED + fl))
	note "$what: $p passed, $fl failed"
	if [ "$fl" != 0 ]; then
		# The failing tests, with their diagnostics.
		awk '
			/^(    )*not ok / { show = 1; print; next }
			/^(    )*ok / { show = 0; next }
			/^# (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) / { next }
			show { print }
		' "$log" | head -n 400 | sed 's/^/  | /'
		# The names, with the file each came from (the subtest at depth 0
		# is the file under node --test), for the summary.
		local name
		while IFS= read -r name; do
			FAILED_TESTS+=("$label: $name")
		done < <(sed -n 's/^\(    \)*not ok [0-9]* - \(.*\)$/\2/p' "$log" | head -n 40)
		[ "$rc" != 0 ] && [ "$fl" = 1 ] && [ -z "$(grep -m1 'not ok' "$log")" ] &&
			FAILED_TESTS+=("$label: node --test exit status $rc")
	fi
}

# run_integration BIN ENGINE DBURL LABEL BROWSER: BROWSER=1 also runs the
# browser tests against the server.
run_integration() {
	local bin=$1 engine=$2 db=$3 label=$4 browser=${5:-0}
	local t port log rc st i failed_before=$FAILED
	new_tmp || { broke "$label: no temp dir"; return; }
	t=$NEWTMP
	log=$t/server.log

	# The demo is loaded once per engine and pass, into a template; the
	# server's database is a copy of it, and so is every fresh demo database
	# a test asks for (tests/integration/lib.mjs demoDb): a load is ~10,000
	# audited writes, tens of seconds on PostgreSQL, and a dozen tests want
	# one of their own.
	if [ "$engine" = sqlite ]; then
		cp "$DIEUHANH_DEMO_SQLITE" "${db#sqlite:}" && cp "$DIEUHANH_DEMO_SQLITE.audit-key" "${db#sqlite:}.audit-key" || {
			broke "$label: could not copy the demo template"
			return
		}
	else
		local tmpl="${db%/*}/dieuhanh_demo" admin="${db%/*}/postgres"
		if ! psql -q -v ON_ERROR_STOP=1 "$admin" -c 'DROP DATABASE IF EXISTS dieuhanh_demo' \
			-c 'CREATE DATABASE dieuhanh_demo' >"$t/createdb.log" 2>&1; then
			broke "$label: could not create the demo template's database"
			log_tail "$t/createdb.log"
			return
		fi
		# Without --audit-key: the server and the tests' CLI calls use the
		# default key (var/audit.key), so the template's chain must too.
		if ! timeout 600 "$bin" demo --db "$tmpl" >"$t/demo.log" 2>&1; then
			broke "$label: '$(basename "$bin") demo --db $tmpl' failed"
			log_tail "$t/demo.log"
			return
		fi
		if ! psql -q -v ON_ERROR_STOP=1 "$admin" -c 'DROP DATABASE IF EXISTS dieuhanh_test' \
			-c 'CREATE DATABASE dieuhanh_test TEMPLATE dieuhanh_demo' >"$t/createdb.log" 2>&1; then
			broke "$label: could not copy the demo template"
			log_tail "$t/createdb.log"
			return
		fi
		export DIEUHANH_DEMO_PG="$tmpl" DIEUHANH_DEMO_PG_KEY="$ROOT/var/audit.key"
	fi

	port=$(free_port)
	"$bin" serve --listen "127.0.0.1:$port" --db "$db" >"$log" 2>&1 </dev/null &
	SERVER_PID=$!

	st=000
	for i in $(seq 1 100); do
		if ! kill -0 "$SERVER_PID" 2>/dev/null; then
			break
		fi
		st=$(http_status "http://127.0.0.1:$port/healthz")
		[ "$st" = 200 ] && break
		sleep 0.1
	done
	if [ "$st" != 200 ]; then
		if kill -0 "$SERVER_PID" 2>/dev/null; then
			broke "$label: GET /healthz did not answer 200 within 10 s (last: $st)"
			kill -KILL "$SERVER_PID" 2>/dev/null
		else
			broke "$label: the server exited before answering /healthz"
		fi
		wait "$SERVER_PID" 2>/dev/null
		SERVER_PID=""
		log_tail "$log"
		return
	fi
	note "server up on 127.0.0.1:$port (pid $SERVER_PID)"

	local abs_bin
	abs_bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
	DIEUHANH_URL="http://127.0.0.1:$port" \
	DIEUHANH_BIN="$abs_bin" \
	DIEUHANH_DB="$db" \
	DIEUHANH_ENGINE="$engine" \
		timeout 1800 node --test --test-reporter=tap tests/integration/ >"$t/tap.log" 2>&1
	rc=$?
	count_tap "$t/tap.log" "$rc" integration "$label"

	# The browser tests, against the same server.
	if [ "$browser" != 1 ]; then
		note "browser tests: not in this pass (they run once, on SQLite in the normal build; PG_BROWSER=1 and SAN_BROWSER=1 add them)"
	elif [ "${SKIP_BROWSER:-0}" = 1 ]; then
		note "browser tests: skipped (SKIP_BROWSER=1)"
	elif [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
		broke "$label: browser tests: no Chromium at ${CHROMIUM:-/usr/bin/chromium} (scripts/deps.sh --test installs it; SKIP_BROWSER=1 skips)"
	else
		local t0=$SECONDS
		DIEUHANH_URL="http://127.0.0.1:$port" \
			timeout 1800 node --test --test-reporter=tap tests/browser/ >"$t/browser.log" 2>&1
		rc=$?
		count_tap "$t/browser.log" "$rc" "browser tests ($((SECONDS - t0)) s)" "$label/browser"
	fi

	# SIGTERM: the server must finish and exit 0 within 10 s.
	kill -TERM "$SERVER_PID" 2>/dev/null
	for i in $(seq 1 100); do
		kill -0 "$SERVER_PID" 2>/dev/null || break
		sleep 0.1
	done
	if kill -0 "$SERVER_PID" 2>/dev/null; then
		kill -KILL "$SERVER_PID" 2>/dev/null
		wait "$SERVER_PID" 2>/dev/null
		SERVER_PID=""
		broke "$label: the server did not exit within 10 s of SIGTERM"
	else
		wait "$SERVER_PID"
		st=$?
		SERVER_PID=""
		if [ "$st" != 0 ]; then
			broke "$label: the server exited with status $st after SIGTERM (expected 0)"
		else
			PASSED=$((PASSED + 1))
			note "SIGTERM: server exited 0"
		fi
	fi
	if [ "$FAILED" != "$failed_before" ]; then
		log_tail "$log"
	fi
}

# suite LABEL BUILD_DIR BROWSER MAKE_ARGS...: BROWSER=1 runs the browser
# tests too.
suite() {
	local label=$1 bdir=$2 browser=$3
	shift 3
	header "$label: build (make -j2 $*)"
	if ! make -j2 "$@"; then
		broke "$label: make failed"
		return
	fi
	if make -n "$@" unit-tests >/dev/null 2>&1; then
		if ! make -j2 "$@" unit-tests; then
			broke "$label: make unit-tests failed"
			return
		fi
	fi
	if [ ! -x "$bdir/dieuhanh" ]; then
		broke "$label: $bdir/dieuhanh was not built"
		return
	fi

	header "$label: unit tests"
	run_unit "$bdir"

	header "$label: integration$([ "$browser" = 1 ] && echo ' and browser') tests on SQLite"
	local t
	if new_tmp; then
		t=$NEWTMP
		# The demo template for this pass (see run_integration), also used by
		# the tests that want an SQLite demo during the PostgreSQL run.
		export DIEUHANH_DEMO_SQLITE=$t/demo-template.db
		unset DIEUHANH_DEMO_PG DIEUHANH_DEMO_PG_KEY
		if ! timeout 600 "$bdir/dieuhanh" demo --db "sqlite:$DIEUHANH_DEMO_SQLITE" >"$t/demo.log" 2>&1; then
			broke "$label: '$bdir/dieuhanh demo' failed"
			log_tail "$t/demo.log"
			return
		fi
		run_integration "$bdir/dieuhanh" sqlite "sqlite:$t/test.db" "$label/sqlite" "$browser"
	else
		broke "$label/sqlite: no temp dir"
	fi

	header "$label: integration$([ "$browser" = 1 ] && echo ' and browser') tests on PostgreSQL"
	if [ "${SKIP_PG:-0}" = 1 ]; then
		note "skipped (SKIP_PG=1)"
	else
		local pgdir url port
		pgdir=$(mktemp -d "${TMPDIR:-/tmp}/dieuhanh-pg.XXXXXX")
		PG_DIRS+=("$pgdir")
		port=$(free_port)
		if url=$("$ROOT/scripts/pg-temp.sh" start "$pgdir" "$port"); then
			note "PostgreSQL at $url"
			run_store_pg "$bdir" "$url"
			# The browser tests once, on SQLite: they check pages and what a
			# reader does with them, through handlers the integration tests
			# drive on both engines (PG_BROWSER=1 runs them here too).
			run_integration "$bdir/dieuhanh" postgresql "$url" "$label/postgresql" \
				"$([ "${PG_BROWSER:-0}" = 1 ] && echo "$browser" || echo 0)"
		else
			broke "$label/postgresql: could not start a PostgreSQL cluster"
		fi
		"$ROOT/scripts/pg-temp.sh" stop "$pgdir" >/dev/null 2>&1
		PG_DIRS=("${PG_DIRS[@]/$pgdir/}")
	fi
}

header "dependencies (scripts/deps.sh --test)"
if ! bash "$ROOT/scripts/deps.sh" --test; then
	broke "scripts/deps.sh --test failed"
else
	note "all present"
fi

suite "build" build 1

if [ "${SKIP_SAN:-0}" = 1 ]; then
	header "sanitizer build"
	note "skipped (SKIP_SAN=1)"
else
	export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
	export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
	suite "build-san" build-san "${SAN_BROWSER:-0}" BUILD=build-san SAN=1
	unset ASAN_OPTIONS UBSAN_OPTIONS
fi

# The Debian package installed, started, backed up and removed for real
# (tests/package/deb.sh; needs root, skipped with a note otherwise).
header "Debian package (tests/package/deb.sh)"
if [ "${SKIP_DEB:-0}" = 1 ]; then
	note "skipped (SKIP_DEB=1)"
else
	new_tmp && deblog=$NEWTMP/deb.log
	bash "$ROOT/tests/package/deb.sh" build >"$deblog" 2>&1
	sed 's/^/  /' "$deblog" | grep -v '^  ok - ' | tail -n 40
	dp=$(sed -n 's/^\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed$/\1/p' "$deblog" | tail -n 1)
	df=$(sed -n 's/^\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed$/\2/p' "$deblog" | tail -n 1)
	if [ -z "$dp" ]; then broke "Debian package: tests/package/deb.sh printed no summary"
	else PASSED=$((PASSED + dp)); FAILED=$((FAILED + df)); fi
fi

header "fuzzing (scripts/fuzz.sh ${FUZZ_SECONDS:-20})"
if [ "${SKIP_FUZZ:-0}" = 1 ]; then
	note "skipped (SKIP_FUZZ=1)"
else
	new_tmp && fuzzlog=$NEWTMP/fuzz.log
	bash "$ROOT/scripts/fuzz.sh" "${FUZZ_SECONDS:-20}" >"$fuzzlog" 2>&1
	fuzz_rc=$?
	sed 's/^/  /' "$fuzzlog" | grep -v '^  clang ' | tail -n 60
	fp=$(sed -n 's/^\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed$/\1/p' "$fuzzlog" | tail -n 1)
	ff=$(sed -n 's/^\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed$/\2/p' "$fuzzlog" | tail -n 1)
	if [ -z "$fp" ]; then
		broke "fuzzing: scripts/fuzz.sh printed no summary (exit $fuzz_rc)"
	else
		PASSED=$((PASSED + fp))
		FAILED=$((FAILED + ff))
		[ "$fuzz_rc" = 0 ] || [ "$ff" != 0 ] || broke "fuzzing: exit $fuzz_rc"
	fi
fi

cleanup
echo
if [ "${#FAILED_TESTS[@]}" -gt 0 ]; then
	echo "Failed tests:"
	for b in "${FAILED_TESTS[@]}"; do echo "  - $b"; done
fi
if [ "${#BROKEN[@]}" -gt 0 ]; then
	echo "Broken steps:"
	for b in "${BROKEN[@]}"; do echo "  - $b"; done
fi
printf 'total time %d:%02d\n' $(((SECONDS - T_START) / 60)) $(((SECONDS - T_START) % 60))
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ] || exit 1
exit 0
