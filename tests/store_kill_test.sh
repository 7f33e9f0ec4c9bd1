#!/usr/bin/env bash
# store_kill_test.sh BIN SHARED — `kill -9` in the middle of an ingest loses and
# duplicates nothing, and running the same command again finishes the job: the
# result equals an uninterrupted ingest of the same articles (same documents,
# duplicates and events). Runs on SQLite and, with KIZASHI_TEST_PG, PostgreSQL.
# The articles are the first 1,200 of SHARED/corpus/ja-wikinews.tsv.gz (required
# when CI=true).
set -uo pipefail

BIN=${1:?usage: store_kill_test.sh BIN SHARED}
SHARED=${2:?}
CORPUS=$SHARED/corpus/ja-wikinews.tsv.gz
if [[ ! -f $CORPUS ]]; then
  if [[ ${CI:-} == true || ${CI:-} == 1 ]]; then echo "FAIL corpus missing at $CORPUS (required in CI)"; exit 1; fi
  echo "skipped: no corpus at $CORPUS (the shared material is not beside the checkout)"
  exit 77
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fails=0
pass() { printf 'ok   %s\n' "$1"; }
fail() { printf 'FAIL %s\n' "$1"; fails=$((fails + 1)); }

J=$TMP/articles.jsonl
python3 - "$CORPUS" "$J" <<'PY'
import csv, gzip, json, sys
csv.field_size_limit(1 << 30)
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    rows = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
    next(rows)
    for i, r in enumerate(rows):
        if i >= 1200:
            break
        if len(r) < 3:
            continue
        out.write(json.dumps({"id": "wn" + r[0], "date": "2020-01-%02d" % (1 + i % 28),
                              "title": r[1], "text": r[2]}, ensure_ascii=False) + "\n")
PY

docs() { "$BIN" stats --db "$1" --format json 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["documents"])' 2>/dev/null || echo 0; }
# summary DB: documents duplicates events, then every event as doc|sentence|source|target|code, sorted
summary() {
  "$BIN" stats --db "$1" --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["documents"], d["duplicates"], d["events"])'
  "$BIN" export --db "$1" --format plover | python3 -c '
import json, sys
rows = sorted("%s|%s|%s|%s" % (r["story_id"], r["actor"], r["recipient"], r["cameo"]) for r in map(json.loads, sys.stdin))
print("\n".join(rows))'
}

kill_and_resume() {  # NAME DB_REF DB
  local name=$1 ref=$2 db=$3
  "$BIN" ingest --quiet --threads 2 --db "$ref" "$J" 2>"$TMP/ref.err" || { fail "$name: reference ingest: $(cat "$TMP/ref.err")"; return; }
  "$BIN" ingest --quiet --threads 1 --db "$db" "$J" 2>"$TMP/killed.err" &
  local pid=$! n=0
  # Wait until 150 documents are committed (however slow the machine), then kill.
  while kill -0 "$pid" 2>/dev/null; do
    n=$(docs "$db")
    ((n >= 150)) && break
    sleep 0.2
  done
  if ! kill -9 "$pid" 2>/dev/null; then
    wait "$pid"
    fail "$name: the ingest ended before it could be killed ($n documents): $(tail -2 "$TMP/killed.err")"
    return
  fi
  wait "$pid" 2>/dev/null
  local before
  before=$(docs "$db")
  "$BIN" ingest --quiet --threads 2 --db "$db" "$J" 2>"$TMP/resume.err" || { fail "$name: resume: $(cat "$TMP/resume.err")"; return; }
  # The resume skips every document the killed run stored (near-duplicates it
  # recorded count as already stored too): the summary's count is at least that.
  local skipped
  skipped=$(sed -n 's/.* \([0-9][0-9]*\) already stored.*/\1/p' "$TMP/resume.err" | tail -1)
  if [[ -z $skipped || $before -lt 1 || $skipped -lt $before ]]; then
    fail "$name: resume skipped ${skipped:-no} documents, $before were stored before the kill: $(cat "$TMP/resume.err")"
    return
  fi
  summary "$ref" >"$TMP/ref.sum"
  summary "$db" >"$TMP/db.sum"
  if [[ -s $TMP/ref.sum ]] && cmp -s "$TMP/ref.sum" "$TMP/db.sum"; then
    pass "$name: killed at $before documents, resumed: $(head -1 "$TMP/db.sum") (documents duplicates events) as uninterrupted"
  else
    fail "$name: after kill -9 and resume the store differs: $(diff "$TMP/ref.sum" "$TMP/db.sum" | head -6)"
  fi
}

kill_and_resume "SQLite" "sqlite:$TMP/ref.db" "sqlite:$TMP/killed.db"
if python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); r=c.execute('PRAGMA integrity_check').fetchone()[0]; sys.exit(r != 'ok')" "$TMP/killed.db"; then
  pass "SQLite integrity_check ok after kill -9"
else
  fail "SQLite integrity_check failed after kill -9"
fi

if [[ -n ${KIZASHI_TEST_PG:-} ]]; then
  for d in kz_kill_ref_$$ kz_kill_$$; do
    psql -q "${KIZASHI_TEST_PG}postgres" -c "CREATE DATABASE $d" >/dev/null || fail "cannot create database $d"
  done
  kill_and_resume "PostgreSQL" "${KIZASHI_TEST_PG}kz_kill_ref_$$" "${KIZASHI_TEST_PG}kz_kill_$$"
  for d in kz_kill_ref_$$ kz_kill_$$; do psql -q "${KIZASHI_TEST_PG}postgres" -c "DROP DATABASE $d WITH (FORCE)" >/dev/null; done
elif [[ ${CI:-} == true || ${CI:-} == 1 ]]; then
  fail "KIZASHI_TEST_PG is not set (required in CI)"
fi

echo "$fails failure(s)"
((fails == 0))
