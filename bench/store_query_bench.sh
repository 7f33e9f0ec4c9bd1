#!/usr/bin/env bash
# bench/store_query_bench.sh — insert throughput and query latency of the event
# store at >= 1 M events, on SQLite and PostgreSQL.
#   bash bench/store_query_bench.sh [BUILD_DIR]        (default: build)
# Runs BUILD_DIR/bench/store_bench (built here if missing), which generates
# synthetic events through Store::add and then times series, network, events
# and stats queries; then times the CLI on the same stores (wall clock, output
# to /dev/null): `kizashi series --dyad USA-JPN --by week` and
# `kizashi network --format gexf`.
# The stores are kept (SQLite: BUILD_DIR/bench-data/store-N.db; PostgreSQL:
# database kizashi_bench_N), so a second run only re-runs the queries.
# Environment:
#   KIZASHI_BENCH_EVENTS     events in the SQLite store (1000000)
#   KIZASHI_BENCH_PG_EVENTS  events in the PostgreSQL store (same)
#   KIZASHI_BENCH_PER_DOC    events per synthetic document (5)
#   KIZASHI_BENCH_QUERIES    repetitions of each query (10); CLI runs: KIZASHI_BENCH_CLI_RUNS (3)
#   KIZASHI_BENCH_DATA       where the SQLite stores live (BUILD_DIR/bench-data)
#   KIZASHI_BENCH_PG=0       SQLite only. Otherwise KIZASHI_TEST_PG (or /tmp/pgenv),
#                            else a throw-away server from scripts/pg.sh.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
BUILD=$(cd "${1:-$root/build}" && pwd)
BIN=$BUILD/kizashi
BENCH=$BUILD/bench/store_bench
N=${KIZASHI_BENCH_EVENTS:-1000000}
PG_N=${KIZASHI_BENCH_PG_EVENTS:-$N}
K=${KIZASHI_BENCH_PER_DOC:-5}
R=${KIZASHI_BENCH_QUERIES:-10}
CLI_RUNS=${KIZASHI_BENCH_CLI_RUNS:-3}
DATA=${KIZASHI_BENCH_DATA:-$BUILD/bench-data}
[[ -x $BIN ]] || { echo "store_query_bench: no $BIN (build it: cmake --build $BUILD -j2)" >&2; exit 1; }

# --- store_bench ---------------------------------------------------------------
cmake --build "$BUILD" -j2 --target store_bench kizashi >/dev/null
[[ -x $BENCH ]] || { echo "store_query_bench: no $BENCH after the build" >&2; exit 1; }

pg_started=0
cleanup() { [[ $pg_started -eq 1 ]] && kizashi_pg_stop; return 0; }
trap cleanup EXIT

have_pg=0
if [[ ${KIZASHI_BENCH_PG:-1} != 0 ]]; then
  if [[ -z ${KIZASHI_TEST_PG:-} && -r /tmp/pgenv ]]; then source /tmp/pgenv; fi
  if [[ -z ${KIZASHI_TEST_PG:-} ]]; then
    source "$root/scripts/pg.sh"
    if kizashi_pg_start >/dev/null; then pg_started=1; fi
  fi
  if [[ -n ${KIZASHI_TEST_PG:-} ]] && psql -qAt "${KIZASHI_TEST_PG}postgres" -c 'select 1' >/dev/null 2>&1; then
    have_pg=1
  else
    echo "store_query_bench: no PostgreSQL server; SQLite only" >&2
  fi
fi

now() { date +%s.%N; }
# cli_time LABEL URL ARGS...: min and median wall time of CLI_RUNS runs.
cli_rows=()
cli_time() {
  local label=$1 url=$2
  shift 2
  local times=() t0 t1 bytes
  for ((i = 0; i < CLI_RUNS; ++i)); do
    t0=$(now)
    "$BIN" "$@" --db "$url" > "$DATA/cli.out"
    t1=$(now)
    times+=("$(python3 -c "print(($t1 - $t0) * 1000)")")
  done
  bytes=$(wc -c < "$DATA/cli.out")
  cli_rows+=("$(python3 - "$label" "$bytes" "$*" "${times[@]}" <<'PY'
import statistics, sys
label, size, cmd = sys.argv[1], int(sys.argv[2]), sys.argv[3]
t = sorted(float(x) for x in sys.argv[4:])
print(f"| {label} | `kizashi {cmd}` | {size/1024:,.0f} KiB | {t[0]:,.0f} | {statistics.median(t):,.0f} |")
PY
)")
}

mkdir -p "$DATA"
export PGOPTIONS='-c client_min_messages=warning'
echo "store_query_bench: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $BENCH; per document $K events; $R repetitions"
run_backend() {  # run_backend LABEL URL EVENTS
  local label=$1 url=$2 events=$3
  echo
  echo "## $label: $url ($events events)"
  local t0 t1
  t0=$(now)
  "$BENCH" --db "$url" --events "$events" --per-doc "$K" --queries "$R"
  t1=$(now)
  echo "(store_bench wall time $(python3 -c "print(f'{$t1 - $t0:.0f}')") s; load average $(cut -d' ' -f1-3 /proc/loadavg))"
  cli_time "$label" "$url" series --dyad USA-JPN --by week
  cli_time "$label" "$url" network --format gexf
}

run_backend SQLite "sqlite:$DATA/store-$N.db" "$N"
if [[ $have_pg -eq 1 ]]; then
  pgdb=kizashi_bench_$PG_N
  if [[ -z $(psql -qAt "${KIZASHI_TEST_PG}postgres" -c "SELECT 1 FROM pg_database WHERE datname = '$pgdb'") ]]; then
    psql -q "${KIZASHI_TEST_PG}postgres" -c "CREATE DATABASE $pgdb" >/dev/null
  fi
  run_backend PostgreSQL "${KIZASHI_TEST_PG}$pgdb" "$PG_N"
fi

echo
echo "## CLI, wall time of $CLI_RUNS runs (process start, open, query, write to a file)"
echo "| store | command | output | min ms | median ms |"
echo "|---|---|---:|---:|---:|"
printf '%s\n' "${cli_rows[@]}"
rm -f "$DATA/cli.out"
