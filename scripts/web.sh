# scripts/web.sh — sourced by demo.sh and test.sh: builds the dashboard
# (web/ → web/dist/, served by `kizashi serve`) with npm. `npm ci` installs the
# exact versions in web/package-lock.json (cytoscape, chart.js, esbuild,
# playwright-core) from the npm registry; nothing is fetched at run time.
# Rebuilds only when web/dist is missing or older than a source file.
kizashi_build_web() {
  local root; root=$(pwd)
  command -v npm >/dev/null || { echo "scripts/web.sh: npm is missing (deps.sh installs nodejs)" >&2; return 1; }
  if [[ ! -d web/node_modules || web/package-lock.json -nt web/node_modules/.package-lock.json ]]; then
    echo "== web/: npm ci"
    (cd web && npm ci --no-audit --no-fund --loglevel=error) || return 1
  fi
  local stale=0 f
  [[ -f web/dist/index.html && -f web/dist/app.js ]] || stale=1
  if ((stale == 0)); then
    while IFS= read -r f; do
      [[ $f -nt web/dist/app.js ]] && { stale=1; break; }
    done < <(find web/src web/index.html web/build.mjs web/package-lock.json -type f)
  fi
  if ((stale)); then
    echo "== web/: npm run build"
    (cd web && npm run --silent build) || return 1
  fi
  cd "$root"
}
