#!/usr/bin/env bash
# scripts/demo.sh — installs missing dependencies, builds build/, codes the
# example articles in examples/ into the SQLite store ./kizashi.db (again and
# again: ingest is idempotent) and shows what is in it: the stats, the events,
# a dyad's series, the network (build/demo/network.gexf for Gephi) and the
# GDELT 2.0 export (build/demo/events.gdelt.tsv).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
kizashi_install_deps

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
