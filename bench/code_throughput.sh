#!/usr/bin/env bash
# bench/code_throughput.sh — end-to-end speed of `kizashi code` on the shared
# Japanese Wikinews corpus, next to MeCab alone on the same text.
#   bash bench/code_throughput.sh [build/kizashi] [../shared/corpus/ja-wikinews.tsv.gz]
# Writes the articles to a temporary folder (one file per article), then times
# (a) the mecab command tokenising all of them with the same dictionary and
# (b) kizashi code over all of them (JSONL to /dev/null). Prints MB/s and
# articles/s for both and their ratio. Issue 5 will replace this with an
# in-process Google Benchmark; this script is the measurement until then.
set -euo pipefail
BIN=${1:-build/kizashi}
CORPUS=${2:-../shared/corpus/ja-wikinews.tsv.gz}
DIC=/var/lib/mecab/dic/ipadic-utf8
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/docs"
zcat "$CORPUS" | tail -n +2 | awk -F'\t' -v d="$tmp/docs" 'NF>=3 { f=sprintf("%s/%05d.txt", d, NR); print $2 > f; print $3 >> f; close(f) }'
docs=$(ls "$tmp/docs" | wc -l)
bytes=$(cat "$tmp/docs"/*.txt | wc -c)
now() { date +%s.%N; }
t0=$(now); cat "$tmp/docs"/*.txt | mecab -b 4194304 -d "$DIC" > /dev/null; t1=$(now)
find "$tmp/docs" -name '*.txt' | sort > "$tmp/list"
t2=$(now); xargs -a "$tmp/list" "$BIN" code > "$tmp/events.jsonl"; t3=$(now)
events=$(wc -l < "$tmp/events.jsonl")
python3 - "$docs" "$bytes" "$t0" "$t1" "$t2" "$t3" "$events" <<'PY'
import sys
docs, size = int(sys.argv[1]), int(sys.argv[2])
t0, t1, t2, t3 = map(float, sys.argv[3:7])
events = int(sys.argv[7])
m, k = t1 - t0, t3 - t2
print(f"corpus: {docs} articles, {size/1e6:.1f} MB; kizashi found {events} events")
print(f"mecab alone : {m:6.2f} s  {size/1e6/m:6.2f} MB/s  {docs/m:8.0f} articles/s")
print(f"kizashi code: {k:6.2f} s  {size/1e6/k:6.2f} MB/s  {docs/k:8.0f} articles/s")
print(f"ratio kizashi/mecab throughput: {m/k:.2f}")
PY
