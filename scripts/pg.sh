# scripts/pg.sh — sourced by test.sh and the benchmarks: a throw-away
# PostgreSQL server on 127.0.0.1 for the store tests.
#
#   kizashi_pg_start   initdb into a temporary folder, pg_ctl start, export
#                      KIZASHI_TEST_PG=postgresql://postgres@127.0.0.1:PORT/
#   kizashi_pg_stop    stop it and remove the folder
# As root, the server runs as the `postgres` user (initdb refuses root).
KIZASHI_PG_PORT=${KIZASHI_PG_PORT:-54329}

kizashi_pg_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [[ -x $d/initdb ]] && { echo "$d"; return 0; }
  done
  return 1
}

kizashi_pg_start() {
  local bin
  bin=$(kizashi_pg_bin) || { echo "pg.sh: PostgreSQL server binaries not found (apt-get install postgresql)" >&2; return 1; }
  KIZASHI_PG_DIR=$(mktemp -d /tmp/kizashi-pg.XXXXXX)
  local as=()
  if [[ $(id -u) -eq 0 ]]; then
    chown postgres: "$KIZASHI_PG_DIR"
    as=(runuser -u postgres --)
  fi
  "${as[@]}" "$bin/initdb" -D "$KIZASHI_PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$KIZASHI_PG_DIR/initdb.log" 2>&1 \
    || { cat "$KIZASHI_PG_DIR/initdb.log" >&2; return 1; }
  # The first free port from KIZASHI_PG_PORT on (another server may hold it).
  local port started=0
  for ((port = KIZASHI_PG_PORT; port < KIZASHI_PG_PORT + 10; port++)); do
    if "${as[@]}" "$bin/pg_ctl" -D "$KIZASHI_PG_DIR/data" -l "$KIZASHI_PG_DIR/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $KIZASHI_PG_DIR -c max_connections=100 -c fsync=off" start >/dev/null 2>&1; then
      started=1
      break
    fi
  done
  ((started)) || { cat "$KIZASHI_PG_DIR/server.log" >&2; return 1; }
  export KIZASHI_PG_DIR
  export KIZASHI_TEST_PG="postgresql://postgres@127.0.0.1:$port/"
  echo "PostgreSQL test server: $KIZASHI_TEST_PG (data in $KIZASHI_PG_DIR)"
}

kizashi_pg_stop() {
  [[ -n ${KIZASHI_PG_DIR:-} && -d $KIZASHI_PG_DIR ]] || return 0
  local bin as=()
  bin=$(kizashi_pg_bin)
  [[ $(id -u) -eq 0 ]] && as=(runuser -u postgres --)
  "${as[@]}" "$bin/pg_ctl" -D "$KIZASHI_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$KIZASHI_PG_DIR"
  unset KIZASHI_PG_DIR KIZASHI_TEST_PG
}
