#!/usr/bin/env bash
# validate_cli_test.sh BIN SHARED — `kizashi validate` against
# SHARED/eval/score_events.py scoring `BIN code` on the same binary, on the
# seed, dev-ja and dev-en gold files: identical per-document lines, --by-root
# table, --json totals and last line; --min-f1 exit codes as the script's;
# a missing gold or document file exits 1 with one line naming it; usage
# errors exit 2. Without SHARED the test is skipped (exit 77), except in CI
# (CI=true), where the shared material must be present.
set -uo pipefail

BIN=${1:?usage: validate_cli_test.sh path/to/kizashi path/to/shared}
SHARED=${2:?usage: validate_cli_test.sh path/to/kizashi path/to/shared}
PY=/usr/bin/python3
SCORER=$SHARED/eval/score_events.py
GOLDS=(seed dev-ja dev-en)

for f in "$SCORER" "${GOLDS[@]/%/.json}"; do
  [[ $f == */* ]] || f=$SHARED/gold/$f
  [[ -f $f ]] && continue
  if [[ ${CI:-} == true || ${CI:-} == 1 ]]; then
    echo "validate_cli_test: $f is missing (required in CI)" >&2
    exit 1
  fi
  echo "validate_cli_test: skipped: no shared material at $SHARED"
  exit 77
done

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fails=0
pass() { printf 'ok   %s\n' "$1"; }
fail() { printf 'FAIL %s\n' "$1"; fails=$((fails + 1)); }

# same NAME A B: the two files are identical (else the diff is shown).
same() {
  if diff -u "$2" "$3" >"$TMP/diff"; then pass "$1 ($(wc -l <"$2") lines)"; else fail "$1"; head -40 "$TMP/diff"; fi
}
doc_lines() { grep -E '^(== |  (error|missed|false\+): )' "$1"; }
root_table() { sed -n '/^root  required  hit  recall  false+$/,/^\(gold root\|{\|required=\)/p' "$1" | grep -Ev '^(gold root|\{|required=)'; }

for name in "${GOLDS[@]}"; do
  gold=$SHARED/gold/$name.json
  "$PY" "$SCORER" --gold "$gold" --cmd "$BIN code --date {date} --lang {lang} --format jsonl {file}" \
    --verbose --by-root --json --min-f1 0 >"$TMP/py.$name" 2>"$TMP/py.$name.err"
  py_rc=$?
  "$BIN" validate --gold "$gold" --verbose --by-root --min-f1 0 >"$TMP/kz.$name" 2>"$TMP/kz.$name.err"
  kz_rc=$?
  [[ $py_rc == "$kz_rc" ]] && pass "$name: --min-f1 0 exits $kz_rc as the script" ||
    fail "$name: --min-f1 0: validate exits $kz_rc, the script $py_rc ($(head -c 300 "$TMP/kz.$name.err"))"
  tail -n 1 "$TMP/py.$name" >"$TMP/py.$name.total"
  tail -n 1 "$TMP/kz.$name" >"$TMP/kz.$name.total"
  same "$name: last line $(cat "$TMP/kz.$name.total")" "$TMP/py.$name.total" "$TMP/kz.$name.total"
  doc_lines "$TMP/py.$name" >"$TMP/py.$name.docs"
  doc_lines "$TMP/kz.$name" >"$TMP/kz.$name.docs"
  same "$name: per-document lines" "$TMP/py.$name.docs" "$TMP/kz.$name.docs"
  root_table "$TMP/py.$name" >"$TMP/py.$name.roots"
  root_table "$TMP/kz.$name" >"$TMP/kz.$name.roots"
  same "$name: --by-root table" "$TMP/py.$name.roots" "$TMP/kz.$name.roots"
  grep -q '^gold root  predicted root  missed$' "$TMP/kz.$name" && pass "$name: root confusion table" ||
    fail "$name: no root confusion table"

  # Without --verbose (and without --explain traces) the figures are the same.
  "$BIN" validate --gold "$gold" >"$TMP/kz.$name.plain" 2>&1
  same "$name: plain run prints only the last line" "$TMP/py.$name.total" "$TMP/kz.$name.plain"

  # --json: the script's totals object, and per-document figures that add up to it.
  "$BIN" validate --gold "$gold" --json >"$TMP/kz.$name.json" 2>&1
  if "$PY" - "$TMP/py.$name" "$TMP/kz.$name.json" <<'EOF'; then pass "$name: --json"; else fail "$name: --json"; fi
import json, sys
py = json.loads(next(l for l in open(sys.argv[1], encoding="utf-8") if l.startswith("{")))
lines = open(sys.argv[2], encoding="utf-8").read().splitlines()
assert len(lines) == 1, f"{len(lines)} lines"
kz = json.loads(lines[0])
assert kz["totals"] == py, (kz["totals"], py)
docs = kz["documents"]
for k in ("required", "hit", "predicted", "optional_hit", "fp", "dated", "date_ok"):
    assert sum(d[k] for d in docs) == py[k], k
assert sum(len(d["errors"]) for d in docs) == py["errors"]
EOF
done

# --min-f1 above the F1 reached exits 1, at it or below exits 0 (no errors on seed and dev-ja).
for name in seed dev-ja; do
  f1=$(sed -n 's/.* F1=\([0-9.]*\)$/\1/p' "$TMP/kz.$name.total")
  low=$(awk -v f="$f1" 'BEGIN { v = f - 0.01; printf "%.3f", v < 0 ? 0 : v }')
  "$BIN" validate --gold "$SHARED/gold/$name.json" --min-f1 "$low" >/dev/null 2>&1
  rc=$?
  [[ $rc == 0 ]] && pass "$name: --min-f1 $low (F1 $f1) exits 0" || fail "$name: --min-f1 $low (F1 $f1) exits $rc"
  if awk -v f="$f1" 'BEGIN { exit !(f + 0.01 <= 1) }'; then
    high=$(awk -v f="$f1" 'BEGIN { printf "%.3f", f + 0.01 }')
    "$BIN" validate --gold "$SHARED/gold/$name.json" --min-f1 "$high" >/dev/null 2>"$TMP/err"
    rc=$?
    [[ $rc == 1 && $(wc -l <"$TMP/err") == 1 ]] && pass "$name: --min-f1 $high (F1 $f1) exits 1" ||
      fail "$name: --min-f1 $high (F1 $f1) exits $rc: $(cat "$TMP/err")"
  fi
done

# one_line_error NAME GOLD NAMED: exit 1, nothing on stdout, one stderr line naming NAMED.
one_line_error() {
  "$BIN" validate --gold "$2" >"$TMP/out" 2>"$TMP/err"
  local rc=$?
  if [[ $rc == 1 && ! -s $TMP/out && $(wc -l <"$TMP/err") == 1 ]] && grep -qF -- "$3" "$TMP/err"; then
    pass "$1 ($(cat "$TMP/err"))"
  else
    fail "$1: exit $rc, stderr: $(head -c 300 "$TMP/err")"
  fi
}
one_line_error "missing gold file" "$TMP/no-such-gold.json" "$TMP/no-such-gold.json"
printf '{"docs": [' >"$TMP/broken.json"
one_line_error "gold file that is not JSON" "$TMP/broken.json" "$TMP/broken.json"
mkdir -p "$TMP/g"
printf '{"docs": [{"file": "missing.txt", "date": "2024-10-16", "lang": "ja", "events": []}]}' >"$TMP/g/gold.json"
one_line_error "missing document file" "$TMP/g/gold.json" "$TMP/g/missing.txt"

for args in "validate" "validate --gold $SHARED/gold/seed.json --min-f1 abc" "validate --gold $SHARED/gold/seed.json --bogus"; do
  # shellcheck disable=SC2086
  "$BIN" $args >/dev/null 2>&1
  rc=$?
  [[ $rc == 2 ]] && pass "usage error exits 2: $args" || fail "usage error: $args exits $rc"
done

if ((fails)); then
  echo "validate_cli_test: $fails failure(s)"
  exit 1
fi
echo "validate_cli_test: all passed"
