#!/usr/bin/env bash
# scripts/demo.sh — installs missing dependencies, builds build/, codes the
# example articles in examples/ into the SQLite store ./kizashi.db (again and
# again: ingest is idempotent) and shows what is in it: the stats, the events,
# a dyad's series, the network (build/demo/network.gexf for Gephi) and the
# GDELT 2.0 export (build/demo/events.gdelt.tsv). It also builds the web
# dashboard (web/dist, with npm); `demo.sh --serve` then starts `kizashi serve`
# on http://127.0.0.1:8080/ to browse the store.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
source scripts/web.sh
kizashi_install_deps
kizashi_build_web

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2
mkdir -p build/demo
K=build/kizashi
set -x
$K ingest --db sqlite:kizashi.db examples/
$K stats
$K events --limit 12
$K series --dyad CHN-JPN --by month
$K network --format gexf -o build/demo/network.gexf
$K network --format json --min-events 2
$K export --format gdelt -o build/demo/events.gdelt.tsv
set +x
if [[ ${1:-} == --serve ]]; then
  exec $K serve --db sqlite:kizashi.db --port "${KIZASHI_PORT:-8080}"
fi
echo "dashboard: $K serve --db sqlite:kizashi.db   (then open http://127.0.0.1:8080/), or: bash scripts/demo.sh --serve"
