#!/usr/bin/env bash
# gold_acceptance.sh BIN SHARED GOLD MIN_F1 MIN_P MAX_EMPTY_FP
#
# Scores kizashi on SHARED/gold/GOLD with the shared scorer (SHARED/eval/
# score_events.py, which knows nothing of our code) and fails when F1 is below
# MIN_F1, precision below MIN_P, or the gold's documents without any event
# (required or optional) give more than MAX_EMPTY_FP events in all. The floors
# are in tests/CMakeLists.txt, not in the environment.
#
# Without SHARED the test is skipped (exit 77, which ctest reports as Skipped),
# except in CI (CI set to true or 1), where the shared material must be present.
set -euo pipefail

usage="usage: gold_acceptance.sh BIN SHARED GOLD MIN_F1 MIN_P MAX_EMPTY_FP"
BIN=${1:?$usage}; SHARED=${2:?$usage}; GOLD=${3:?$usage}
MIN_F1=${4:?$usage}; MIN_P=${5:?$usage}; MAX_EMPTY_FP=${6:?$usage}
PY=/usr/bin/python3; [[ -x $PY ]] || PY=python3

gold=$SHARED/gold/$GOLD
if [[ ! -f $gold || ! -f $SHARED/eval/score_events.py ]]; then
  if [[ ${CI:-} == true || ${CI:-} == 1 ]]; then
    echo "gold_acceptance: $gold or $SHARED/eval/score_events.py is missing (required in CI)" >&2
    exit 1
  fi
  echo "gold_acceptance: skipped: no $gold (the shared material is not beside the checkout)"
  exit 77
fi

cmd="$BIN code --date {date} --lang {lang} --format jsonl {file}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# One run of the scorer: its verbose report has each document's false positives
# (== FILE: h/r required, N false positives) and the totals line.
"$PY" "$SHARED/eval/score_events.py" --gold "$gold" --cmd "$cmd" --verbose >"$work/verbose.txt"
tail -n 40 "$work/verbose.txt"

"$PY" - "$gold" "$MIN_F1" "$MIN_P" "$MAX_EMPTY_FP" "$work/verbose.txt" <<'PYEOF'
import json, os, re, sys
gold_path, min_f1, min_p, max_empty, verbose = sys.argv[1:6]
lines = open(verbose, encoding="utf-8").read().splitlines()
totals = dict(re.findall(r"(\w+)=([0-9.]+)", lines[-1]))
failed = []
if int(totals["errors"]):
    failed.append(f"{totals['errors']} document(s) could not be coded")
if float(totals["F1"]) < float(min_f1):
    failed.append(f"F1 {totals['F1']} is below the floor {min_f1}")
if float(totals["P"]) < float(min_p):
    failed.append(f"precision {totals['P']} is below the floor {min_p}")
empty = {d["file"] for d in json.load(open(gold_path, encoding="utf-8"))["docs"] if not d["events"]}
empty_fp = 0
for line in lines:
    m = re.match(r"== (.+): \d+/\d+ required, (\d+) false positives", line)
    if m and m.group(1) in empty and int(m.group(2)):
        print(f"{m.group(1)}: {m.group(2)} event(s) in a document without events")
        empty_fp += int(m.group(2))
print(f"events in the documents without events: {empty_fp} (at most {max_empty})")
if empty_fp > int(max_empty):
    failed.append(f"{empty_fp} events in documents without events (at most {max_empty})")
for f in failed:
    print(f"gold_acceptance: {os.path.basename(gold_path)}: {f}", file=sys.stderr)
sys.exit(1 if failed else 0)
PYEOF
