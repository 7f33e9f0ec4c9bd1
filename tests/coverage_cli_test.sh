#!/usr/bin/env bash
# coverage_cli_test.sh BIN EXAMPLES — `kizashi coverage` through the real
# binary: the table and the summary line on the example articles, --list
# (open keys only, no summary), --top, the same figures on 1 and 2 threads, a
# missing file (exit 1, one line naming it, the others still counted) and
# usage errors (exit 2).
set -uo pipefail

BIN=${1:?usage: coverage_cli_test.sh path/to/kizashi examples/}
EX=${2:?usage: coverage_cli_test.sh path/to/kizashi examples/}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fails=0
pass() { printf 'ok   %s\n' "$1"; }
fail() { printf 'FAIL %s\n' "$1"; fails=$((fails + 1)); }
SUMMARY='^two-actor predicates: [0-9]+ occurrences, [0-9]+ keys; top [0-9]+ keys: coded [0-9]+, non-event [0-9]+, open [0-9]+ \([0-9.]+% of them covered\); occurrences covered: [0-9.]+%$'

"$BIN" coverage --threads 1 "$EX"/*.txt >"$TMP/out" 2>"$TMP/err"
rc=$?
last=$(tail -n 1 "$TMP/out")
if [[ $rc -eq 0 && $last =~ $SUMMARY && ! -s $TMP/err ]]; then pass "summary line: $last"
else fail "coverage examples: exit $rc, last line '$last', stderr $(head -c 300 "$TMP/err")"; fi
if head -n 1 "$TMP/out" | grep -q 'rank.*count.*key.*status.*example' && grep -qE '^ +1 +[0-9]+  ' "$TMP/out"; then
  pass "table header and rows"
else fail "no table: $(head -n 3 "$TMP/out")"; fi
# The examples are about summits, sanctions and exercises: some two-actor predicate is coded.
if grep -qE '^ +[0-9]+ +[0-9]+  .* coded ' "$TMP/out"; then pass "a coded key"; else fail "no coded key"; fi

"$BIN" coverage --threads 2 "$EX"/*.txt >"$TMP/out2" 2>/dev/null
if cmp -s "$TMP/out" "$TMP/out2"; then pass "same output on 2 threads"; else fail "2 threads differ"; fi

"$BIN" coverage --list "$EX"/*.txt >"$TMP/list" 2>&1
if [[ $? -eq 0 ]] && ! grep -qE 'two-actor predicates|coded|non-event' "$TMP/list"; then pass "--list: open keys only ($(wc -l <"$TMP/list") lines)"
else fail "--list: $(head -n 3 "$TMP/list")"; fi

"$BIN" coverage --top 1 "$EX"/*.txt >"$TMP/top" 2>&1
if [[ $(wc -l <"$TMP/top") -eq 3 ]] && tail -n 1 "$TMP/top" | grep -qE 'top 1 keys: coded [0-9], non-event [0-9], open [0-9] '; then
  pass "--top 1: one row"
else fail "--top 1: $(cat "$TMP/top")"; fi

"$BIN" coverage "$EX"/ja-summit.txt "$TMP/missing.txt" >"$TMP/out" 2>"$TMP/err"
rc=$?
if [[ $rc -eq 1 && $(wc -l <"$TMP/err") -eq 1 ]] && grep -qF "$TMP/missing.txt" "$TMP/err" &&
   tail -n 1 "$TMP/out" | grep -qE '^two-actor predicates: [1-9]'; then
  pass "missing file: exit 1, one line ($(cat "$TMP/err")), the others counted"
else fail "missing file: exit $rc, stderr $(cat "$TMP/err")"; fi

"$BIN" coverage >/dev/null 2>&1
rc=$?
[[ $rc -eq 2 ]] && pass "no file: exit 2" || fail "no file: exit $rc, want 2"
"$BIN" coverage --top 0 "$EX"/ja-summit.txt >/dev/null 2>&1
rc=$?
[[ $rc -eq 2 ]] && pass "--top 0: exit 2" || fail "--top 0: exit $rc, want 2"

if [[ $fails -gt 0 ]]; then echo "$fails failure(s)"; exit 1; fi
echo "all coverage CLI checks passed"
