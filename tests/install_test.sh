#!/usr/bin/env bash
# install_test.sh BIN BUILD EXAMPLES — `cmake --install` into a scratch prefix:
# PREFIX/bin/kizashi finds its data, user dictionary and dashboard in
# PREFIX/share/kizashi (not in the source tree), and the README's plain
# `kizashi ...` commands, run from elsewhere with PREFIX/bin on the PATH, give
# what the built binary gives.
set -uo pipefail

BIN=$(realpath "${1:?usage: install_test.sh BIN BUILD EXAMPLES}")
BUILD=$(realpath "${2:?}")
EXAMPLES=$(realpath "${3:?}")
# shellcheck source=tests/harness.sh
source "$(dirname "${BASH_SOURCE[0]}")/harness.sh"

P=$TMP/prefix
if cmake --install "$BUILD" --prefix "$P" >"$TMP/install.log" 2>&1 && [[ -x $P/bin/kizashi ]] &&
  [[ -f $P/share/kizashi/data/ja.manifest ]] && [[ -f $P/share/kizashi/kizashi-user.dic ]]; then
  pass "cmake --install: bin/kizashi, share/kizashi/data, share/kizashi/kizashi-user.dic"
else
  fail "cmake --install: $(tail -3 "$TMP/install.log")"
fi

mkdir "$TMP/elsewhere"
cd "$TMP/elsewhere" || exit 1
export PATH=$P/bin:$PATH
unset KIZASHI_DATA KIZASHI_USERDIC KIZASHI_WEB
if [[ $(command -v kizashi) == "$P/bin/kizashi" ]] &&
  [[ $(kizashi --version) == "kizashi "*" (data: $P/share/kizashi/data)" ]]; then
  pass "installed kizashi reads the installed data: $(kizashi --version)"
else
  fail "installed --version: $(kizashi --version 2>&1)"
fi

cp "$EXAMPLES/ja-summit.txt" summit.txt
if kizashi code summit.txt >installed.jsonl 2>"$TMP/err" && [[ -s installed.jsonl ]] &&
  "$BIN" code summit.txt >built.jsonl && cmp -s installed.jsonl built.jsonl; then
  pass "installed kizashi code gives the built binary's events ($(wc -l <installed.jsonl))"
else
  fail "installed code: $(cat "$TMP/err") $(head -c 200 installed.jsonl)"
fi
if kizashi ingest summit.txt 2>"$TMP/err" && grep -q "1 stored" "$TMP/err" && kizashi events | grep -q JPNGOV; then
  pass "kizashi ingest / kizashi events in the current directory"
else
  fail "installed ingest/events: $(cat "$TMP/err")"
fi

((fails == 0)) && echo "all passed" || echo "$fails failed"
((fails == 0))
