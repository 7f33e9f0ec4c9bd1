#!/usr/bin/env bash
# tests/same_output.sh — is the coder's output byte-identical to a reference
# revision's? For refactorings that must not change what kizashi codes.
#
#   bash tests/same_output.sh [--ref REV] [--bin build/kizashi] [--shared ../shared] [--keep DIR]
#
# Builds `kizashi` at REV (default: origin/main, else HEAD) in a git worktree
# under build-same/ (reused while REV stays the same), then runs both binaries,
# each with its own data/ and user dictionary, over the same inputs:
#   seed      ../shared/seed/*.txt
#   examples  examples/*.txt
#   dev-ja    ../shared/gold/dev-ja/*.txt, once with each article's gold date
#             (--date, as the scorer runs it) and once all together undated
#   corpus    every article of ../shared/corpus/ja-wikinews.tsv.gz, one file
#             per article (headline line + article line), undated
#   store     the seed, examples and dev-ja ingested into a new SQLite store,
#             then every query and export of it (stats, events, GDELT, PLOVER,
#             CSV, series, GEXF, GraphML and JSON networks)
# in three forms each: `code --explain`, `code --format jsonl` and
# `code --format tsv`. Prints one line per output with its size and whether
# it is identical, and the first differing lines of any that differ. The
# data folder's path in --explain lines is written as DATA/ in both.
# Exit 0: every output identical; 1: some differ; 2: setup failed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
REF=""; BIN=build/kizashi; SHARED=../shared; KEEP=""
while (($#)); do
  case $1 in
    --ref) REF=$2; shift 2 ;;
    --bin) BIN=$2; shift 2 ;;
    --shared) SHARED=$2; shift 2 ;;
    --keep) KEEP=$2; shift 2 ;;
    *) echo "usage: $0 [--ref REV] [--bin BIN] [--shared DIR] [--keep DIR]" >&2; exit 2 ;;
  esac
done
if [[ -z $REF ]]; then
  REF=$(git rev-parse --verify -q origin/main || git rev-parse HEAD)
fi
REF=$(git rev-parse --verify "$REF^{commit}") || { echo "same_output: no revision $REF" >&2; exit 2; }
SHARED=$(cd "$SHARED" && pwd) || { echo "same_output: no shared folder" >&2; exit 2; }
[[ -x $BIN ]] || { echo "same_output: $BIN not built" >&2; exit 2; }
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")

work=$root/build-same
mkdir -p "$work"

# The reference build, kept while the revision stays the same.
refsrc=$work/ref-src refbuild=$work/ref-build
if [[ ! -f $work/ref-rev || $(cat "$work/ref-rev") != "$REF" || ! -x $refbuild/kizashi ]]; then
  echo "== building the reference $REF"
  git worktree remove --force "$refsrc" 2>/dev/null || rm -rf "$refsrc"
  git worktree prune
  git worktree add --detach "$refsrc" "$REF" >/dev/null
  rm -rf "$refbuild"
  cmake -S "$refsrc" -B "$refbuild" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKIZASHI_TESTS=OFF >/dev/null
  cmake --build "$refbuild" -j2 --target kizashi userdic >/dev/null
  echo "$REF" > "$work/ref-rev"
fi

# The inputs, written once.
in=$work/inputs
if [[ ! -f $in/.done ]]; then
  rm -rf "$in"
  mkdir -p "$in/seed" "$in/examples" "$in/dev-ja" "$in/corpus"
  cp "$SHARED"/seed/*.txt "$in/seed/"
  cp examples/*.txt "$in/examples/"
  cp "$SHARED"/gold/dev-ja/*.txt "$in/dev-ja/"
  zcat "$SHARED/corpus/ja-wikinews.tsv.gz" | tail -n +2 |
    awk -F'\t' -v d="$in/corpus" 'NF>=3 { f=sprintf("%s/%05d.txt", d, NR); print $2 > f; print $3 >> f; close(f) }'
  /usr/bin/python3 - "$SHARED/gold/dev-ja.json" > "$in/dev-ja.dates" <<'PY'
import json, os, sys
for d in json.load(open(sys.argv[1]))["docs"]:
    print(os.path.basename(d["file"]), d.get("date", ""))
PY
  touch "$in/.done"
fi

# store_outputs BIN OUT: the seed, the examples and dev-ja ingested into a new
# SQLite store OUT/store.db, and every query and export of it (ingestion
# times, which differ from run to run, written as ADDED).
store_outputs() {
  local bin=$1 out=$2 q
  (
    cd "$out"
    rm -f store.db store.db-wal store.db-shm
    "$bin" ingest --quiet --db sqlite:store.db "$in/seed" "$in/examples" "$in/dev-ja" 2>&1 |
      sed -E "s/; [0-9.]+ docs\/s, [0-9.]+ events\/s;/; (rates);/" > store.ingest || true
    for q in "stats --format json" "events --format jsonl" "export --format gdelt" "export --format plover" \
             "export --format csv" "series --dyad CHN-JPN --format json" "series --dyad USA-JPN --by month" \
             "network --format gexf" "network --format graphml" "network --format json --level actor"; do
      # shellcheck disable=SC2086
      "$bin" $q --db sqlite:store.db 2>&1 | sed -E 's/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z/ADDED/g; s/\t20[0-9]{12}\t/\tADDED\t/g'
    done > store.queries
    rm -f store.db store.db-wal store.db-shm
  )
}

# run BIN OUT: every output of one binary into OUT/.
run() {
  local bin=$1 out=$2 set f date
  rm -rf "$out"; mkdir -p "$out"
  cd "$in"
  for set in seed examples dev-ja corpus; do
    "$bin" code --explain "$set"/*.txt > "$out/$set.explain" 2> "$out/$set.explain.err" || true
    "$bin" code --format jsonl "$set"/*.txt > "$out/$set.jsonl" 2> "$out/$set.jsonl.err" || true
    "$bin" code --format tsv "$set"/*.txt > "$out/$set.tsv" 2> "$out/$set.tsv.err" || true
  done
  store_outputs "$bin" "$out"
  : > "$out/dev-ja-dated.explain"; : > "$out/dev-ja-dated.jsonl"
  while read -r f date; do
    "$bin" code --date "$date" --explain "dev-ja/$f" >> "$out/dev-ja-dated.explain" 2>&1 || true
    "$bin" code --date "$date" --format jsonl "dev-ja/$f" >> "$out/dev-ja-dated.jsonl" 2>&1 || true
  done < dev-ja.dates
  cd "$root"
}

out=${KEEP:-$(mktemp -d)}
[[ -z $KEEP ]] && trap 'rm -rf "$out"' EXIT
echo "== running the reference ($REF) and $BIN"
run "$refbuild/kizashi" "$out/ref" &
run "$BIN" "$out/new"
wait
# --explain names each pattern's file by its path: the same file, in two trees.
sed -i "s#$refsrc/data/#DATA/#g" "$out"/ref/*
sed -i "s#$root/data/#DATA/#g" "$out"/new/*

differ=0
for f in "$out"/ref/*; do
  name=$(basename "$f")
  if cmp -s "$f" "$out/new/$name"; then
    printf '  identical  %-26s %10d bytes\n' "$name" "$(wc -c < "$f")"
  else
    printf '  DIFFERENT  %-26s\n' "$name"
    diff "$f" "$out/new/$name" | head -20 | sed 's/^/      /'
    differ=1
  fi
done
if ((differ)); then
  echo "same_output: outputs differ from $REF" >&2
  exit 1
fi
echo "same_output: every output identical to $REF"
