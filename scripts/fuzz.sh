#!/usr/bin/env bash
# scripts/fuzz.sh SECONDS: builds the libFuzzer harnesses (tests/fuzz/fuzz_*.c)
# with clang, ASan and UBSan in build-fuzz/, replays every saved input
# (tests/fuzz/corpus/NAME/ and tests/fuzz/regressions/NAME/), then fuzzes each
# harness for SECONDS.  A crash found is copied into tests/fuzz/regressions/
# NAME/ (commit it with the fix: it is replayed by every later run) and fails
# the run.  The last line is "N passed, N failed", one per harness.
#
# `make test` runs it for a short time; `make fuzz` (FUZZ_SECONDS=300) for longer.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT" || exit 1
SECONDS_EACH=${1:-60}
BUILD=build-fuzz

if ! make -j2 BUILD=$BUILD FUZZ=1 fuzzers >"${TMPDIR:-/tmp}/dieuhanh-fuzz-build.log" 2>&1; then
	tail -n 40 "${TMPDIR:-/tmp}/dieuhanh-fuzz-build.log"
	echo "fuzz: the harnesses did not build"
	echo "0 passed, 1 failed"
	exit 1
fi

passed=0 failed=0
work=$(mktemp -d "${TMPDIR:-/tmp}/dieuhanh-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

for bin in "$BUILD"/tests/fuzz/fuzz_*; do
	[ -x "$bin" ] || continue
	name=$(basename "$bin")
	seeds=tests/fuzz/corpus/$name
	regress=tests/fuzz/regressions/$name
	corpus=$work/$name
	mkdir -p "$corpus" "$work/$name-artifacts"
	[ -d "$seeds" ] && cp "$seeds"/* "$corpus"/ 2>/dev/null

	# Every input ever saved must still pass, one by one.
	ok=1
	if [ -d "$regress" ] && [ -n "$(ls -A "$regress")" ]; then
		if ! "$bin" -runs=0 "$regress"/* >"$work/$name-replay.log" 2>&1; then
			echo "  $name: a saved regression input fails again"
			tail -n 30 "$work/$name-replay.log" | sed 's/^/  | /'
			ok=0
		fi
	fi
	if [ $ok = 1 ]; then
		"$bin" -max_total_time="$SECONDS_EACH" -max_len=65536 -rss_limit_mb=1024 \
			-timeout=10 -print_final_stats=1 \
			-artifact_prefix="$work/$name-artifacts/" "$corpus" >"$work/$name.log" 2>&1
		rc=$?
		runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$name.log" | tail -n 1)
		if [ $rc != 0 ]; then
			ok=0
			mkdir -p "$regress"
			for a in "$work/$name-artifacts"/*; do
				[ -f "$a" ] || continue
				cp "$a" "$regress/"
				echo "  $name: saved $(basename "$a") in $regress/"
			done
			grep -m1 -A25 -E "ERROR: |runtime error|deadly signal" "$work/$name.log" | sed 's/^/  | /'
		fi
	fi
	if [ $ok = 1 ]; then
		passed=$((passed + 1))
		echo "  $name: ${runs:-?} inputs in ${SECONDS_EACH} s, no crash"
	else
		failed=$((failed + 1))
		echo "  $name: FAILED"
	fi
done
echo "$passed passed, $failed failed"
[ $failed = 0 ]
