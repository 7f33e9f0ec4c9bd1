#!/usr/bin/env bash
# tests/code_shape_test.sh — tools/code_shape.py finds each kind of breach in a
# small tree of our own, and the project's own tree has none.
#   bash tests/code_shape_test.sh SOURCE_DIR
set -uo pipefail
SRC=${1:?usage: code_shape_test.sh SOURCE_DIR}
PY=/usr/bin/python3
TOOL=$SRC/tools/code_shape.py
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fails=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }

mkdir -p "$TMP/src/text" "$TMP/src/actors" "$TMP/src/store" "$TMP/src/serve"
# A function of 85 lines in actors/, one of 90 in text/ (not limited there).
{ echo "namespace kizashi {"; echo "int long_one(int x) {"; for i in $(seq 83); do echo "  x += $i;"; done
  echo "}"; echo "}  // namespace kizashi"; } > "$TMP/src/actors/long.cc"
{ echo "int text_fn(int x) {"; for i in $(seq 88); do echo "  x += $i;"; done; echo "}"; } > "$TMP/src/text/long.cc"
# text/ including a later stage; store/ testing for a language.
printf '#include "events/ja/coder.h"\n#include "model/document.h"\n' > "$TMP/src/text/bad_include.cc"
printf 'bool ja(const std::string& l) {\n  return l == "ja";  // Japanese only\n}\n' > "$TMP/src/store/lang.cc"
# serve/ with a file of 501 lines.
for i in $(seq 501); do echo "// line $i"; done > "$TMP/src/serve/big.h"

out=$("$PY" "$TOOL" "$TMP"); rc=$?
[[ $rc == 1 ]] && pass "a tree with breaches exits 1" || fail "exit $rc on a tree with breaches"
grep -q "src/actors/long.cc:2: long_one is 85 lines" <<<"$out" && pass "a long function in actors/ is found" ||
  fail "long function not reported: $out"
grep -q "text/long.cc" <<<"$out" && fail "text/ functions are not limited: $out" || pass "text/ functions are not limited"
grep -q "src/text/bad_include.cc:1: includes events/, a later stage than text/" <<<"$out" &&
  pass "an include against the pipeline is found" || fail "bad include not reported: $out"
grep -q "model/document.h" <<<"$out" && fail "an earlier stage's include reported: $out" || pass "earlier stages may be included"
grep -q 'src/store/lang.cc:2: a language test in store/' <<<"$out" && pass "a language test in store/ is found" ||
  fail "language test not reported: $out"
grep -q "src/serve/big.h: 501 lines" <<<"$out" && pass "a file over 500 lines is found" || fail "long file not reported: $out"

out=$("$PY" "$TOOL" "$SRC"); rc=$?
[[ $rc == 0 ]] && pass "the project's tree keeps every limit" || fail "the project's tree: $out"
((fails == 0)) || exit 1
