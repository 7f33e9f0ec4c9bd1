# scripts/deps.sh — sourced by demo.sh and test.sh: installs the build and test
# dependencies with apt-get, only when one of them is missing.
KIZASHI_DEPS=(g++ cmake make pkg-config libgtest-dev libbenchmark-dev libicu-dev libmecab-dev mecab
  mecab-utils mecab-ipadic-utf8 nlohmann-json3-dev libcli11-dev libfmt-dev python3
  libsqlite3-dev libpq-dev libxxhash-dev postgresql python3-networkx libcpp-httplib-dev libmicrohttpd-dev zlib1g-dev libxml2-dev libjemalloc-dev)
# The browser tests (test.sh only): Debian's Chromium, driven by playwright-core,
# and CJK fonts so that screenshots show the Japanese text.
KIZASHI_TEST_DEPS=(chromium fonts-noto-cjk)

# kizashi_install_deps [test]: the build dependencies (and with "test" the
# browser-test ones); Node.js with npm too when no `node` is on the PATH.
kizashi_install_deps() {
  local want=("${KIZASHI_DEPS[@]}")
  [[ ${1:-} == test ]] && want+=("${KIZASHI_TEST_DEPS[@]}")
  command -v node >/dev/null && command -v npm >/dev/null || want+=(nodejs npm)
  kizashi_apt_install "${want[@]}"
}

# kizashi_apt_install PKG...: installs those of the packages that are missing.
kizashi_apt_install() {
  local missing=() p
  for p in "$@"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  ((${#missing[@]} == 0)) && return 0
  echo "installing missing packages: ${missing[*]}"
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "need root (or sudo) to install: ${missing[*]}" >&2; return 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}
