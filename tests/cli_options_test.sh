#!/usr/bin/env bash
# cli_options_test.sh BIN EXAMPLES — issue 14 item 9, the command line through
# the real binary: --version; export takes the events filters; malformed or
# unknown filter values, dates out of order and unsupported store schemes are
# usage errors (exit 2, one line, nothing on stdout); `code DIR` recurses;
# the TSV column sentence_index; --bom.
set -uo pipefail

BIN=${1:?usage: cli_options_test.sh BIN EXAMPLES}
EXAMPLES=${2:?}
# shellcheck source=tests/harness.sh
source "$(dirname "${BASH_SOURCE[0]}")/harness.sh"

DB=sqlite:$TMP/k.db
run 0 ingest --quiet --db "$DB" "$EXAMPLES" || fail "ingest examples: exit $rc: $(cat "$TMP/err")"

# usage_error NAME WANT ARGS...: exit 2, exactly one stderr line containing WANT, no stdout.
usage_error() {
  local name=$1 want=$2; shift 2
  if run 2 "$@" && [[ ! -s $TMP/out ]] && [[ $(wc -l <"$TMP/err") -eq 1 ]] && grep -qF -- "$want" "$TMP/err"; then
    pass "$name: $(cat "$TMP/err")"
  else
    fail "$name: exit $rc, stdout $(head -c 200 "$TMP/out"), stderr $(cat "$TMP/err")"
  fi
}

# --- --version ----------------------------------------------------------------
if run 0 --version && grep -qE '^kizashi [0-9]+\.[0-9]+\.[0-9]+ \(data: .+\)$' "$TMP/out"; then
  pass "--version: $(cat "$TMP/out")"
else
  fail "--version: exit $rc: $(cat "$TMP/out") $(cat "$TMP/err")"
fi

# --- export takes the events filters --------------------------------------------
if run 0 export --db "$DB" --format csv --limit 2 && [[ $(wc -l <"$TMP/out") -eq 3 ]] &&
  run 0 export --db "$DB" --format csv --limit 1 --offset 1 && [[ $(wc -l <"$TMP/out") -eq 2 ]]; then
  pass "export --limit/--offset"
else
  fail "export --limit: exit $rc: $(cat "$TMP/err") $(head -c 300 "$TMP/out")"
fi
if run 0 export --db "$DB" --format gdelt --code '11*' --since 2025-07-01 --until 2025-07-31 && [[ -s $TMP/out ]] &&
  /usr/bin/python3 - "$TMP/out" <<'PY'; then
import sys
rows = [l.split("\t") for l in open(sys.argv[1], encoding="utf-8").read().splitlines()]
assert rows and all(r[26].startswith("11") and r[1].startswith("202507") for r in rows), rows
PY
  pass "export --code 11* --since/--until"
else
  fail "export with filters: exit $rc: $(cat "$TMP/err") $(head -c 300 "$TMP/out")"
fi

# --- bad filter values: exit 2 before any output ---------------------------------
usage_error "events --since 2025-3-1" "--since: '2025-3-1' is not a date (YYYY-MM-DD)" events --db "$DB" --since 2025-3-1
usage_error "events --until 2025-02-30" "is not a date" events --db "$DB" --until 2025-02-30
usage_error "since after until" "--since 2025-07-01 is after --until 2025-03-01" \
  events --db "$DB" --since 2025-07-01 --until 2025-03-01
usage_error "network since after until" "is after --until" network --db "$DB" --since 2025-07-01 --until 2025-03-01
usage_error "series --dyad 中国-日本" "'中国' is not a CAMEO actor code" series --db "$DB" --dyad 中国-日本
usage_error "series --dyad USA" "'USA' is not a dyad" series --db "$DB" --dyad USA
usage_error "series --dyad XYZ-JPN" "'XYZ': no such actor" series --db "$DB" --dyad XYZ-JPN
usage_error "events --code XYZ" "'XYZ' is not a CAMEO event code" events --db "$DB" --code XYZ
usage_error "events --code 999" "--code 999: no such CAMEO event code" events --db "$DB" --code 999
usage_error "export --code 99*" "--code 99*: no such CAMEO event code" export --db "$DB" --code '99*'
usage_error "events --actor usa" "'usa' is not a CAMEO actor code" events --db "$DB" --actor usa
usage_error "events --source QQQGOV" "'QQQGOV': no such actor" events --db "$DB" --source QQQGOV
usage_error "events --bom with table" "--bom: only for --format csv" events --db "$DB" --bom
for cmd in events stats ingest serve; do
  usage_error "$cmd --db mysql://x" "scheme 'mysql' is not supported" $cmd --db mysql://x
done
# Known codes still answer.
if run 0 events --db "$DB" --actor IGOUNO --code 040 && run 0 series --db "$DB" --dyad CHN-JPN --by month &&
  grep -q '^2025-03' "$TMP/out"; then
  pass "known codes and dyads answer"
else
  fail "known codes: exit $rc: $(cat "$TMP/err")"
fi

# --- --bom: CSV for Excel ---------------------------------------------------------
if run 0 export --db "$DB" --format csv --bom && [[ $(head -c 3 "$TMP/out" | od -An -tx1 | tr -d ' ') == efbbbf ]] &&
  [[ $(head -1 "$TMP/out" | tail -c +4 | cut -d, -f1) == id ]] &&
  run 0 events --db "$DB" --format csv && [[ $(head -c 2 "$TMP/out") == id ]]; then
  pass "--bom starts the CSV with EF BB BF (only when asked)"
else
  fail "--bom: exit $rc: $(head -c 20 "$TMP/out" | od -c | head -2)"
fi

# --- code DIR recurses like ingest -------------------------------------------------
mkdir -p "$TMP/tree/a/b" "$TMP/tree/.hidden" "$TMP/empty"
cp "$EXAMPLES/ja-summit.txt" "$TMP/tree/a/b/summit.txt"
cp "$EXAMPLES/ja-sanctions.txt" "$TMP/tree/sanctions.txt"
cp "$EXAMPLES/ja-exercise.txt" "$TMP/tree/.hidden/exercise.txt"
if run 0 code "$TMP/tree" && /usr/bin/python3 - "$TMP/out" "$TMP/tree" <<'PY'; then
import json, sys
docs = []
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)["doc"]
    if not docs or docs[-1] != d:
        docs.append(d)
tree = sys.argv[2]
assert docs == [tree + "/a/b/summit.txt", tree + "/sanctions.txt"], docs
PY
  pass "code DIR: the files below it, sorted, hidden ones skipped"
else
  fail "code DIR: exit $rc: $(cat "$TMP/err") $(cut -c1-120 "$TMP/out" | head -3)"
fi
if run 1 code "$TMP/empty" && [[ $(cat "$TMP/err") == "kizashi: $TMP/empty: no files in this directory" ]]; then
  pass "code on an empty directory: $(cat "$TMP/err")"
else
  fail "code empty dir: exit $rc: $(cat "$TMP/err")"
fi

# --- TSV: the sentence column is an index and says so --------------------------------
if run 0 code --format tsv "$EXAMPLES/ja-summit.txt" &&
  [[ $(head -1 "$TMP/out" | cut -f1-3) == $'doc\tsentence_index\tevent_date' ]] &&
  [[ $(sed -n 2p "$TMP/out" | cut -f2) =~ ^[0-9]+$ ]]; then
  pass "tsv: sentence_index column"
else
  fail "tsv header: $(head -1 "$TMP/out")"
fi

((fails == 0)) && echo "all passed" || echo "$fails failed"
((fails == 0))
