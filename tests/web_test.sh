#!/usr/bin/env bash
# web_test.sh BIN SOURCE_DIR OUT_DIR [STORE_BENCH] — the dashboard in headless
# Chromium (tests/web/*.test.mjs, playwright-core) against a real `kizashi
# serve`. Without STORE_BENCH: tests/web/dashboard.test.mjs over a fresh store
# holding the seed article and the examples. With it: tests/web/large.test.mjs
# over a store of 30,000 synthetic events that store_bench writes.
# Screenshots go to OUT_DIR. Without Chromium, the npm packages or ../shared
# the test is skipped (exit 77) — and fails when CI=true.
set -uo pipefail
BIN=$1 SRC=$2 OUT=$3 STORE_BENCH=${4:-}
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
if [[ -n $STORE_BENCH ]]; then
  TEST=large.test.mjs
  "$STORE_BENCH" --db "sqlite:$tmp/web.db" --events 30000 --queries 0 >"$tmp/bench.log" 2>&1 ||
    { echo "FAIL: store_bench could not write the large store:" >&2; cat "$tmp/bench.log" >&2; exit 1; }
else
  TEST=dashboard.test.mjs
  # The seed article carries no date of its own: it gets the gold file's (2024-10-19).
  "$BIN" ingest --quiet --db "sqlite:$tmp/web.db" "$SRC/examples" || { echo "FAIL: ingest examples" >&2; exit 1; }
  "$BIN" ingest --quiet --db "sqlite:$tmp/web.db" --date 2024-10-19 "$SEED" || { echo "FAIL: ingest seed" >&2; exit 1; }
fi
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
CHROMIUM=$CHROMIUM node "$SRC/tests/web/$TEST" --url "http://127.0.0.1:$port/" --out "$OUT"
rc=$?
# The server logs only what went wrong inside it (an exception while answering):
# any such line fails the test.
if grep -qi "error\|kizashi serve: [A-Z]* /" "$tmp/serve.log"; then
  echo "FAIL: the server logged errors:" >&2
  cat "$tmp/serve.log" >&2
  rc=1
fi
exit $rc
