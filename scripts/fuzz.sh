#!/usr/bin/env bash
# scripts/fuzz.sh — coverage-guided fuzzing with libFuzzer (fuzz/README.md).
#
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET (default 60)] [TARGET...]
#
# Installs what is missing (the build dependencies plus clang and libFuzzer's
# runtime), configures and builds build-fuzz/ with clang, ASan, UBSan and
# libFuzzer, replays the crash inputs kept in fuzz/regressions/<target>/, then
# fuzzes each target (default: all) in turn for SECONDS on a copy of
# fuzz/corpus/<target> in a temporary directory (the repository stays clean).
# Crash inputs go to build-fuzz/artifacts/<target>/, logs to
# build-fuzz/fuzz-logs/. Prints one line per target and the total executions;
# exits 1 if any target crashed, leaked or broke a contract check.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh

ALL_TARGETS=(fuzz_encoding fuzz_html fuzz_reader fuzz_jsonl fuzz_pipeline fuzz_dictionaries)
# libFuzzer dictionaries (fuzz/*.dict) per target.
declare -A DICT=([fuzz_html]=html.dict [fuzz_reader]=html.dict [fuzz_jsonl]=jsonl.dict
                 [fuzz_pipeline]=pipeline.dict)
# clang and libFuzzer's runtime (libclang_rt.fuzzer in libclang-rt-14-dev on Debian 12).
KIZASHI_FUZZ_DEPS=(clang libclang-rt-14-dev)
BUILD=${KIZASHI_FUZZ_BUILD_DIR:-build-fuzz}
JOBS=2   # the build machines have 2 cores

SECONDS_PER_TARGET=60
if [[ $# -gt 0 && $1 =~ ^[0-9]+$ ]]; then
  SECONDS_PER_TARGET=$1
  shift
fi
TARGETS=("$@")
((${#TARGETS[@]})) || TARGETS=("${ALL_TARGETS[@]}")
for t in "${TARGETS[@]}"; do
  [[ " ${ALL_TARGETS[*]} " == *" $t "* ]] || { echo "fuzz.sh: unknown target '$t' (${ALL_TARGETS[*]})" >&2; exit 2; }
done

kizashi_install_deps
kizashi_apt_install "${KIZASHI_FUZZ_DEPS[@]}"

echo "== $BUILD/ (clang, libFuzzer + AddressSanitizer + UndefinedBehaviorSanitizer)"
CC=clang CXX=clang++ cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKIZASHI_FUZZ=ON -DKIZASHI_TESTS=OFF
cmake --build "$BUILD" -j"$JOBS" --target fuzzers

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
LOGS=$BUILD/fuzz-logs
mkdir -p "$LOGS"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/kizashi-fuzz-run.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

failed=()
total=0
for t in "${TARGETS[@]}"; do
  bin=$BUILD/fuzz/$t
  artifacts=$BUILD/artifacts/$t
  mkdir -p "$artifacts"
  log=$LOGS/$t.log

  # Earlier crash inputs must now run clean.
  if compgen -G "fuzz/regressions/$t/*" >/dev/null; then
    if ! "$bin" -runs=0 -timeout=10 -rss_limit_mb=2048 fuzz/regressions/"$t"/* >"$LOGS/$t.regressions.log" 2>&1; then
      echo "$t: a regression input fails again (fuzz/regressions/$t/); log: $LOGS/$t.regressions.log" >&2
      tail -n 30 "$LOGS/$t.regressions.log" >&2
      failed+=("$t")
      continue
    fi
  fi

  corpus=$WORK/$t
  mkdir -p "$corpus"
  cp -R "fuzz/corpus/$t/." "$corpus/"
  args=(-max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
        -artifact_prefix="$artifacts/")
  [[ -n ${DICT[$t]:-} ]] && args+=(-dict="fuzz/${DICT[$t]}")
  echo "-- $t: $bin ${args[*]} $corpus"
  rc=0
  "$bin" "${args[@]}" "$corpus" >"$log" 2>&1 || rc=$?

  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  units=$(find "$corpus" -type f | wc -l)
  artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
  crashed=no
  if ((rc != 0)) || [[ -n $artifact ]]; then crashed=yes; fi
  total=$((total + ${execs:-0}))
  printf '%-18s %4ss  executions %10s  exec/s %6s  corpus %5s  crashes: %s\n' \
    "$t" "$SECONDS_PER_TARGET" "${execs:-?}" "${speed:-?}" "$units" "$crashed"
  if [[ $crashed == yes ]]; then
    failed+=("$t")
    grep -m1 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|contract violated|terminate called' \
      "$log" >&2 || true
    echo "   log:        $log" >&2
    echo "   artifact:   ${artifact:-(none written; see the log)}" >&2
    [[ -n $artifact ]] && echo "   reproduce:  $bin $artifact" >&2
  fi
done

echo "== total executions: $total"
if ((${#failed[@]})); then
  echo "== fuzzing FAILED in: ${failed[*]}" >&2
  exit 1
fi
echo "== no crashes"
