#!/usr/bin/env bash
# scripts/test.sh — the full test run (README, .ci/run): installs missing
# dependencies, builds build/ and runs every test, then builds build-asan/ with
# AddressSanitizer + UBSan and runs every test again. The dashboard (web/) is
# built with npm first; its browser test runs headless Chromium. Last, every
# libFuzzer target runs for KIZASHI_FUZZ_SECONDS (60; 0 = no fuzzing). A throw-away PostgreSQL
# server (scripts/pg.sh) serves the store tests unless KIZASHI_TEST_PG is set.
# KIZASHI_BUILD_DIR / KIZASHI_ASAN_BUILD_DIR override the two build directories.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
source scripts/pg.sh
source scripts/web.sh
kizashi_install_deps test
kizashi_build_web   # web/dist for the dashboard browser test

# The store tests run against SQLite and a real PostgreSQL server started here.
if [[ -z ${KIZASHI_TEST_PG:-} ]]; then
  kizashi_pg_start
  trap kizashi_pg_stop EXIT
fi

JOBS=2   # the build machines have 2 cores
BUILD=${KIZASHI_BUILD_DIR:-build}
ASAN_BUILD=${KIZASHI_ASAN_BUILD_DIR:-build-asan}

echo "== $BUILD/ (RelWithDebInfo)"
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKIZASHI_TESTS=ON
cmake --build "$BUILD" -j"$JOBS"
failed=()
ctest --test-dir "$BUILD" --output-on-failure -j"$JOBS" || failed+=("$BUILD")

echo "== $ASAN_BUILD/ (AddressSanitizer + UndefinedBehaviorSanitizer)"
cmake -S . -B "$ASAN_BUILD" -DCMAKE_BUILD_TYPE=Debug -DKIZASHI_SANITIZE=ON -DKIZASHI_TESTS=ON
cmake --build "$ASAN_BUILD" -j"$JOBS"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir "$ASAN_BUILD" --output-on-failure -j"$JOBS" || failed+=("$ASAN_BUILD")

# A short libFuzzer run of every reader and parser target (scripts/fuzz.sh,
# clang build in build-fuzz/): KIZASHI_FUZZ_SECONDS per target, 0 skips it.
FUZZ_SECONDS=${KIZASHI_FUZZ_SECONDS:-60}
if ((FUZZ_SECONDS > 0)); then
  echo "== fuzzing: $FUZZ_SECONDS s per target"
  bash scripts/fuzz.sh "$FUZZ_SECONDS" || failed+=(fuzz)
fi

if ((${#failed[@]})); then
  echo "== tests FAILED in: ${failed[*]}" >&2
  exit 1
fi
echo "== all tests passed"
