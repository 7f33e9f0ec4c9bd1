#!/usr/bin/env bash
# bench/ingest_bench.sh — `kizashi ingest` throughput (documents/s, events/s)
# on the shared Japanese Wikinews corpus, into SQLite and PostgreSQL.
#   bash bench/ingest_bench.sh [BUILD_DIR]          (default: build)
# Converts ../shared/corpus/ja-wikinews.tsv.gz (id, headline, article) to JSONL
# {"id","date","title","text"} (date: the first 年月日 date in the article,
# else 2024-01-01), then times `kizashi ingest --quiet --threads 1` and
# `--threads 2`, each into a fresh store: a SQLite file, and a fresh PostgreSQL
# database when one is available (KIZASHI_TEST_PG, else a throw-away server
# started with scripts/pg.sh; KIZASHI_BENCH_PG=0 skips PostgreSQL). Prints one
# row per run from ingest's summary line and the store size from `kizashi stats`.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
BUILD=${1:-$root/build}
BIN=$BUILD/kizashi
CORPUS=${KIZASHI_CORPUS:-$root/../shared/corpus/ja-wikinews.tsv.gz}
THREADS=${KIZASHI_BENCH_THREADS:-"1 2"}
[[ -x $BIN ]] || { echo "ingest_bench: no $BIN (build it: cmake --build $BUILD -j2)" >&2; exit 1; }
[[ -r $CORPUS ]] || { echo "ingest_bench: no corpus at $CORPUS" >&2; exit 1; }

export PGOPTIONS='-c client_min_messages=warning'
tmp=$(mktemp -d /tmp/kizashi-ingest-bench.XXXXXX)
pg_started=0
pg_dbs=()
cleanup() {
  for d in "${pg_dbs[@]}"; do psql -q "${KIZASHI_TEST_PG}postgres" -c "DROP DATABASE IF EXISTS $d" >/dev/null 2>&1 || true; done
  [[ $pg_started -eq 1 ]] && kizashi_pg_stop
  rm -rf "$tmp"
}
trap cleanup EXIT

# --- corpus -> JSONL ---------------------------------------------------------
python3 - "$CORPUS" "$tmp/corpus.jsonl" <<'PY'
import csv, gzip, json, re, sys
csv.field_size_limit(1 << 30)
date_re = re.compile(r"((?:19|20)\d\d)年\s*(\d{1,2})月\s*(\d{1,2})日")
n = dated = 0
with gzip.open(sys.argv[1], "rt", encoding="utf-8", newline="") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    rows = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(rows)
    assert header[:3] == ["id", "headline", "article"], header
    for row in rows:
        if len(row) < 3 or not row[2].strip():
            continue
        date = "2024-01-01"
        m = date_re.search(row[2])
        if m:
            y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if 1 <= mo <= 12 and 1 <= d <= 31:
                date = f"{y:04d}-{mo:02d}-{d:02d}"
                dated += 1
        out.write(json.dumps({"id": row[0], "date": date, "title": row[1], "text": row[2]}, ensure_ascii=False) + "\n")
        n += 1
print(f"corpus: {n} articles, {dated} with a date in the text", file=sys.stderr)
PY
docs=$(wc -l < "$tmp/corpus.jsonl")
mb=$(python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1])/1e6:.1f}')" "$tmp/corpus.jsonl")
echo "corpus: $docs articles, $mb MB of JSONL; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $BIN"

# --- PostgreSQL ----------------------------------------------------------------
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
    echo "ingest_bench: no PostgreSQL server; SQLite only" >&2
  fi
fi

# --- runs ----------------------------------------------------------------------
results=$tmp/results.tsv
: > "$results"
run() {  # run BACKEND THREADS URL
  local backend=$1 threads=$2 url=$3 log=$tmp/ingest.log t0 t1
  t0=$(date +%s.%N)
  "$BIN" ingest --db "$url" --quiet --threads "$threads" "$tmp/corpus.jsonl" 2> "$log" || {
    cat "$log" >&2
    echo "ingest_bench: kizashi ingest failed ($backend, $threads threads)" >&2
    return 1
  }
  t1=$(date +%s.%N)
  local summary
  summary=$(grep '^kizashi ingest:' "$log" | tail -1)
  local size
  size=$("$BIN" stats --db "$url" --format json | python3 -c 'import json,sys; j=json.load(sys.stdin); print(j["size_bytes"], j["events"], j["documents"], j["duplicates"])')
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$backend" "$threads" "$t0" "$t1" "$summary" "$size" >> "$results"
  echo "  $backend, $threads thread(s): $summary" >&2
}
for t in $THREADS; do
  rm -f "$tmp/store.db" "$tmp/store.db-wal" "$tmp/store.db-shm"
  run SQLite "$t" "sqlite:$tmp/store.db"
done
if [[ $have_pg -eq 1 ]]; then
  for t in $THREADS; do
    db=kizashi_ingest_bench_$$_$t
    psql -q "${KIZASHI_TEST_PG}postgres" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
    pg_dbs+=("$db")
    run PostgreSQL "$t" "${KIZASHI_TEST_PG}$db"
  done
fi

# --- table ---------------------------------------------------------------------
python3 - "$results" "$docs" <<'PY'
import re, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
pat = re.compile(r"(\d+) stored, (\d+) already stored, (\d+) near-duplicates, (\d+) skipped; (\d+) events; "
                 r"([\d.]+) docs/s, ([\d.]+) events/s")
print()
print("| store | threads | documents stored | near-duplicates | skipped | events | wall s | docs/s | events/s | store size |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for backend, threads, t0, t1, summary, size in rows:
    m = pat.search(summary)
    if not m:
        print(f"| {backend} | {threads} | (no summary line: {summary}) |")
        continue
    stored, known, dups, skipped, events = map(int, m.groups()[:5])
    dps, eps = float(m.group(6)), float(m.group(7))
    size_bytes = int(size.split()[0])
    wall = float(t1) - float(t0)
    print(f"| {backend} | {threads} | {stored:,} | {dups:,} | {skipped:,} | {events:,} | {wall:.1f} | {dps:,.1f} | {eps:,.1f} | {size_bytes/1048576:.1f} MiB |")
PY
