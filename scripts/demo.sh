#!/usr/bin/env bash
# scripts/demo.sh — installs missing dependencies, builds build/ and codes the
# example articles in examples/ (one TSV row per event).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
kizashi_install_deps

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2
build/kizashi code --format tsv examples/*.txt
