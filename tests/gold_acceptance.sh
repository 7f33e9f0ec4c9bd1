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
# The verbose report first (its end), for whoever reads a failing log.
"$PY" "$SHARED/eval/score_events.py" --gold "$gold" --cmd "$cmd" --verbose >"$work/verbose.txt"
tail -n 40 "$work/verbose.txt"
"$PY" "$SHARED/eval/score_events.py" --gold "$gold" --cmd "$cmd" --json >"$work/totals.json"
totals=$(sed -n 1p "$work/totals.json")
echo "totals: $totals"

"$PY" - "$gold" "$BIN" "$MIN_F1" "$MIN_P" "$MAX_EMPTY_FP" "$totals" <<'PYEOF'
import json, os, subprocess, sys
gold_path, binary, min_f1, min_p, max_empty, totals = sys.argv[1:7]
t = json.loads(totals)
failed = []
if t["errors"]:
    failed.append(f"{t['errors']} document(s) could not be coded")
if t["f1"] < float(min_f1):
    failed.append(f"F1 {t['f1']:.3f} is below the floor {min_f1}")
if t["precision"] < float(min_p):
    failed.append(f"precision {t['precision']:.3f} is below the floor {min_p}")
gold = json.load(open(gold_path))
base = os.path.dirname(gold_path)
empty_fp = 0
for d in gold["docs"]:
    if d["events"]:
        continue
    out = subprocess.run([binary, "code", "--date", d["date"], "--lang", d["lang"], "--format", "jsonl",
                          os.path.join(base, d["file"])], capture_output=True, text=True, check=True).stdout
    n = sum(1 for line in out.splitlines() if line.strip())
    if n:
        print(f"{d['file']}: {n} event(s) in a document without events")
    empty_fp += n
print(f"events in the documents without events: {empty_fp} (at most {max_empty})")
if empty_fp > int(max_empty):
    failed.append(f"{empty_fp} events in documents without events (at most {max_empty})")
for f in failed:
    print(f"gold_acceptance: {os.path.basename(gold_path)}: {f}", file=sys.stderr)
sys.exit(1 if failed else 0)
PYEOF
