#!/usr/bin/env bash
# bench/api_load.sh [BUILD_DIR] — load test of `kizashi serve` with wrk (Debian
# package wrk): /api/events and /api/network, 2 threads, 16 connections, 10 s
# each; prints the first (uncached) request's time, then requests/s, p50/p99
# latency and errors. Then, on /api/events?limit=100 and /api/health, p99 of
# the same wrk run alone and with 500 idle connections and 8 slow-loris
# clients held open (bench/hold_connections.py). The store is the example
# articles (ingested into a temporary SQLite file), or KIZASHI_LOAD_DB=URL.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$root/build}
BIN=$BUILD/kizashi
command -v wrk >/dev/null || { echo "api_load: wrk is not installed (apt-get install wrk)" >&2; exit 1; }
TMP=$(mktemp -d)
DB=${KIZASHI_LOAD_DB:-}
if [[ -z $DB ]]; then
  DB=sqlite:$TMP/load.db
  "$BIN" ingest --quiet --db "$DB" "$root/examples" 2>/dev/null
fi
"$BIN" serve --db "$DB" --port 0 2>"$TMP/serve.log" &
pid=$!
hold=""
trap 'kill $pid $hold 2>/dev/null; rm -rf "$TMP"' EXIT
for _ in $(seq 50); do grep -q http "$TMP/serve.log" && break; sleep 0.1; done
port=$(grep -o ':[0-9][0-9]*/' "$TMP/serve.log" | head -1 | tr -d ':/')
echo "store: $DB; server on 127.0.0.1:$port; wrk -t2 -c16 -d10s; $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
printf '| route | first request | requests/s | p50 | p99 | errors |\n|---|---:|---:|---:|---:|---:|\n'
routes=("/api/events?limit=100" "/api/events?source=CHN&code=11*&limit=20" "/api/documents/1" "/api/network"
  "/api/series?dyad=CHN-JPN&by=week" "/api/stats")
[[ -n ${KIZASHI_LOAD_HELD_ONLY:-} ]] && routes=()  # only the table with connections held open
for path in "${routes[@]}"; do
  # The first request computes (network, series and stats are then cached until the store changes).
  first=$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port$path")
  out=$(wrk -t2 -c16 -d10s --latency "http://127.0.0.1:$port$path")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errs=$(awk '/Non-2xx|Socket errors/ {printf "%s ", $0}' <<<"$out")
  printf '| `%s` | %.0f ms | %s | %s | %s | %s |\n' "$path" "$(awk -v t="$first" 'BEGIN {print t * 1000}')" "$rps" "$p50" "$p99" "${errs:-0}"
done

# wrk_p99 PATH: "p99 errors" of one wrk run.
wrk_p99() {
  local out
  out=$(wrk -t2 -c16 -d10s --latency "http://127.0.0.1:$port$1")
  printf '%s %s' "$(awk '$1 == "99%" {print $2}' <<<"$out")" \
    "$(awk '/Non-2xx|Socket errors/ {printf "%s;", $0}' <<<"$out" | tr ' ' '_')"
}
echo
echo "the same with 500 idle connections and 8 slow-loris clients held open (bench/hold_connections.py):"
printf '| route | p99 alone | errors | p99 with 500 idle + 8 slow | errors |\n|---|---:|---:|---:|---:|\n'
for path in "/api/events?limit=100" "/api/health"; do
  read -r alone errs_alone <<<"$(wrk_p99 "$path")"
  python3 "$root/bench/hold_connections.py" "$port" >"$TMP/hold.log" &
  hold=$!
  for _ in $(seq 100); do grep -q holding "$TMP/hold.log" && break; sleep 0.1; done
  read -r held errs_held <<<"$(wrk_p99 "$path")"
  kill $hold
  wait $hold 2>/dev/null || true  # it ends by the signal
  hold=""
  printf '| `%s` | %s | %s | %s | %s |\n' "$path" "$alone" "${errs_alone:-0}" "$held" "${errs_held:-0}"
done
