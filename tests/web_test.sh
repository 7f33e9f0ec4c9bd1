#!/usr/bin/env bash
# web_test.sh BIN SOURCE_DIR OUT_DIR — the dashboard in headless Chromium
# (tests/web/dashboard.test.mjs, playwright-core) against a real `kizashi
# serve` over a fresh store holding the seed article and the examples.
# Screenshots go to OUT_DIR. Without Chromium, the npm packages or ../shared
# the test is skipped (exit 77) — and fails when CI=true.
set -uo pipefail
BIN=$1 SRC=$2 OUT=$3
SEED="$SRC/../shared/seed/aukus-japan-ja.txt"
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
missing=""
command -v node >/dev/null || missing+=" node"
[[ -x $CHROMIUM ]] || missing+=" $CHROMIUM"
[[ -d $SRC/web/node_modules/playwright-core ]] || missing+=" web/node_modules (scripts/web.sh)"
[[ -f $SRC/web/dist/index.html ]] || missing+=" web/dist (scripts/web.sh)"
[[ -f $SEED ]] || missing+=" $SEED"
if [[ -n $missing ]]; then
  if [[ ${CI:-} == true || ${CI:-} == 1 ]]; then echo "FAIL: missing:$missing" >&2; exit 1; fi
  echo "SKIP: missing:$missing"; exit 77
fi

tmp=$(mktemp -d)
server=""
cleanup() { [[ -n $server ]] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
# The seed article carries no date of its own: it gets the gold file's (2024-10-19).
"$BIN" ingest --quiet --db "sqlite:$tmp/web.db" "$SRC/examples" || { echo "FAIL: ingest examples" >&2; exit 1; }
"$BIN" ingest --quiet --db "sqlite:$tmp/web.db" --date 2024-10-19 "$SEED" || { echo "FAIL: ingest seed" >&2; exit 1; }
"$BIN" serve --db "sqlite:$tmp/web.db" --port 0 --web "$SRC/web/dist" 2>"$tmp/serve.log" &
server=$!
port=""
for _ in $(seq 1 100); do
  port=$(sed -n 's|.*http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$tmp/serve.log" | head -1)
  [[ -n $port ]] && break
  kill -0 "$server" 2>/dev/null || break
  sleep 0.1
done
[[ -n $port ]] || { echo "FAIL: the server did not start:" >&2; cat "$tmp/serve.log" >&2; exit 1; }
mkdir -p "$OUT"
CHROMIUM=$CHROMIUM node "$SRC/tests/web/dashboard.test.mjs" --url "http://127.0.0.1:$port/" --out "$OUT"
rc=$?
# The server logs only what went wrong inside it (an exception while answering):
# any such line fails the test.
if grep -qi "error\|kizashi serve: [A-Z]* /" "$tmp/serve.log"; then
  echo "FAIL: the server logged errors:" >&2
  cat "$tmp/serve.log" >&2
  rc=1
fi
exit $rc
