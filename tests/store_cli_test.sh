#!/usr/bin/env bash
# store_cli_test.sh BIN EXAMPLES SHARED — the store commands through the real
# binary: ingest (files, directories, JSONL with bad lines, --strict, stdin),
# idempotence, events/series/network/export/stats output, the GDELT export of
# the seed (61 columns), Gephi/networkx-readable GEXF and GraphML, bad stores,
# and the same results on PostgreSQL (KIZASHI_TEST_PG; required when CI=true).
set -uo pipefail

BIN=${1:?usage: store_cli_test.sh BIN EXAMPLES SHARED}
EXAMPLES=${2:?}
SHARED=${3:?}
# shellcheck source=tests/harness.sh
source "$(dirname "${BASH_SOURCE[0]}")/harness.sh"
json() { python3 -c "import json,sys; d=json.load(open('$TMP/out')); print($1)"; }

DB=sqlite:$TMP/k.db

# --- ingest the examples (a directory), twice --------------------------------
if run 0 ingest --db "$DB" "$EXAMPLES" && grep -q "3 stored" "$TMP/err" && [[ ! -s $TMP/out ]]; then
  pass "ingest a directory: $(cat "$TMP/err")"
else
  fail "ingest examples: exit $rc: $(cat "$TMP/err")"
fi
run 0 stats --db "$DB" --format json
events1=$(json 'd["events"]')
# What was stored: every required event of the examples' hand-checked gold
# (tests/gold/examples.json) is among the stored events, by sentence, countries
# and root, as the shared scorer matches them.
GOLD=$(dirname "${BASH_SOURCE[0]}")/gold/examples.json
if [[ $events1 -ge 1 ]] && run 0 events --db "$DB" --limit 1000 --format jsonl && /usr/bin/python3 - "$GOLD" "$TMP/out" <<'PY'; then
import json, sys, unicodedata
norm = lambda s: unicodedata.normalize("NFKC", s).replace(" ", "")
gold = json.load(open(sys.argv[1], encoding="utf-8"))
stored = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8") if l.strip()]
missing = []
for doc in gold["docs"]:
    name = doc["file"].rsplit("/", 1)[-1]
    for g in (g for g in doc["events"] if g["required"]):
        def fits(e):
            s, t = e["source"][:3], e["target"][:3]
            pair = (s, t) == (g["source"], g["target"]) or (
                (g.get("symmetric") or e.get("mutual")) and (t, s) == (g["source"], g["target"]))
            return e["doc"].endswith(name) and norm(g["anchor"]) in norm(e["sentence"]) and pair and e["code"][:2] in g["root"]
        if not any(fits(e) for e in stored):
            missing.append((name, g["anchor"], g["source"], g["target"], g["root"]))
assert not missing, missing
PY
  pass "stats: $events1 events; every required event of the examples' gold is stored"
else
  fail "stored events: $(cat "$TMP/err") $(head -c 300 "$TMP/out")"
fi
if run 0 ingest --db "$DB" "$EXAMPLES"/*.txt && grep -q "0 stored, 3 already stored" "$TMP/err" &&
  run 0 stats --db "$DB" --format json && [[ $(json 'd["events"]') == "$events1" ]]; then
  pass "ingesting again changes nothing"
else
  fail "second ingest: $(cat "$TMP/err") $(cat "$TMP/out")"
fi

# --- JSONL: bad lines are reported with file:line and skipped ----------------
J=$TMP/articles.jsonl
{
  printf '%s\n' '{"id":"n1","url":"https://example.org/n1","date":"2025-02-05","title":"中国、日本を批判","text":"中国外務省の報道官は5日、日本の防衛政策を批判した。"}'
  printf '%s\n' 'this is not json'
  printf '%s\n' '{"id":"n2","date":"2025-02-06","text":""}'
  printf '%s\n' '{"id":"n3","date":"05/02/2025","text":"日本政府は中国に抗議した。"}'
  printf '%s\n' '{"id":"n4","date":"2025-02-04T09:00:00Z","text":"米国のルビオ国務長官は4日、東京で岩屋毅外相と会談した。"}'
} >"$J"
if run 1 ingest --db "$DB" "$J"; then
  if grep -q "articles.jsonl: line 2: not valid JSON (skipped)" "$TMP/err" &&
    grep -q "articles.jsonl: line 3: no \"text\"" "$TMP/err" &&
    grep -q "articles.jsonl: line 4: \"date\"" "$TMP/err" &&
    grep -q "2 stored, 0 already stored, 0 near-duplicates, 3 skipped" "$TMP/err"; then
    pass "JSONL bad lines reported with file and line, the rest ingested"
  else
    fail "JSONL messages: $(cat "$TMP/err")"
  fi
else
  fail "JSONL with bad lines: exit $rc, want 1: $(cat "$TMP/err")"
fi
if run 0 events --db "$DB" --source CHN --format jsonl && python3 - "$TMP/out" <<'PY'; then
import json, sys
evs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
n1 = [e for e in evs if e["doc"] == "n1"]
assert n1, evs
e = n1[0]
assert e["url"] == "https://example.org/n1" and e["doc_date"] == "2025-02-05", e
assert e["target_country"] == "JPN" and e["code"].startswith("11"), e
assert "批判" in e["sentence"], e
PY
  pass "events --format jsonl carries document, url, date and sentence"
else
  fail "events jsonl: $(head -c 400 "$TMP/out") $(cat "$TMP/err")"
fi
# `code` and the stored events write the same event fields with one meaning:
# for every example event, each field both lines carry is equal.
"$BIN" code "$EXAMPLES"/*.txt >"$TMP/coded.jsonl" 2>"$TMP/coded.err"
if run 0 events --db "$DB" --limit 1000 --format jsonl && python3 - "$TMP/coded.jsonl" "$TMP/out" "$EXAMPLES" <<'PY'; then
import json, os, sys
coded = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
stored = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
examples = os.path.realpath(sys.argv[3])
stored = [e for e in stored if os.path.realpath(e["doc"]).startswith(examples)]
assert coded and len(coded) == len(stored), (len(coded), len(stored))
def key(e):
    return (os.path.basename(e["doc"]), e["sentence_index"], e["rule"], e["source"], e["target"])
by_key = {key(e): e for e in stored}
for c in coded:
    s = by_key[key(c)]
    shared = (set(c) & set(s)) - {"doc", "quote"}  # doc: the path as given; quote: stored without speaker codes
    assert {"mutual", "predicate_span", "plover", "actor_ids"} <= shared, sorted(shared)
    diff = {f: (c[f], s[f]) for f in shared if c[f] != s[f]}
    assert not diff, (key(c), diff)
PY
  pass "code and events --format jsonl agree field by field ($(wc -l <"$TMP/coded.jsonl") events)"
else
  fail "code vs stored JSONL: $(tail -c 600 "$TMP/err")"
fi
S=sqlite:$TMP/strict.db
if run 1 ingest --db "$S" --strict "$J" && [[ $(wc -l <"$TMP/err") -eq 2 ]] && grep -q "1 stored" "$TMP/err"; then
  pass "--strict stops at the first bad line: $(head -1 "$TMP/err")"
else
  fail "--strict: exit $rc: $(cat "$TMP/err")"
fi
if printf '%s\n' '{"id":"s1","date":"2025-02-07","text":"韓国政府は北朝鮮のミサイル発射を非難した。"}' |
  "$BIN" ingest --db "$S" - 2>"$TMP/err" && grep -q "1 stored" "$TMP/err"; then
  pass "JSONL from standard input"
else
  fail "stdin JSONL: $(cat "$TMP/err")"
fi

# --- queries and formats -------------------------------------------------------
if run 0 events --db "$DB" --code '11*' --format csv && head -1 "$TMP/out" | grep -q '^id,event_date,date_precision,source,target' &&
  [[ $(wc -l <"$TMP/out") -ge 2 ]] && ! grep -v '^id' "$TMP/out" | cut -d, -f8 | grep -qv '^11'; then
  pass "events --code 11* --format csv"
else
  fail "events csv: $(head -c 400 "$TMP/out")"
fi
if run 0 series --db "$DB" --dyad CHN-JPN --by month --format json &&
  [[ $(json 'sum(r["events"] for r in d["series"])') -ge 2 ]]; then
  pass "series CHN-JPN by month"
else
  fail "series: $(cat "$TMP/out") $(cat "$TMP/err")"
fi
# Graph files are read as a user on Debian 12 reads them: Debian's own python3
# and python3-networkx (2.8.8), not a newer build that may be first on PATH.
if run 0 network --db "$DB" --format gexf -o "$TMP/net.gexf" && [[ ! -s $TMP/out ]] && /usr/bin/python3 - "$TMP/net.gexf" <<'PY'; then
import sys
import networkx as nx
g = nx.read_gexf(sys.argv[1])
assert g.is_directed()
assert g.has_edge("CHN", "JPN"), list(g.edges)
e = g.edges["CHN", "JPN"]
assert int(e["verbal_conflict"]) >= 1 and float(e["goldstein_sum"]) < 0, e
assert g.nodes["JPN"]["label"] == "Japan", g.nodes["JPN"]
PY
  pass "network GEXF loads in Debian's networkx $(/usr/bin/python3 -c 'import networkx; print(networkx.__version__)') with CHN->JPN conflict edge"
else
  fail "network gexf: $(cat "$TMP/err")"
fi
if run 0 network --db "$DB" --format graphml --level actor -o "$TMP/net.graphml" &&
  /usr/bin/python3 -c "import networkx as nx,sys; g=nx.read_graphml(sys.argv[1]); assert g.number_of_edges()>0 and any(n.endswith('GOV') for n in g)" "$TMP/net.graphml"; then
  pass "network GraphML (actor level) loads in Debian's networkx"
else
  fail "network graphml: $(cat "$TMP/err")"
fi
if run 0 network --db "$DB" --format json && /usr/bin/python3 - "$TMP/out" <<'PY'; then
import json, sys
from networkx.readwrite import json_graph
g = json_graph.node_link_graph(json.load(open(sys.argv[1], encoding="utf-8")))
assert g.is_directed() and not g.is_multigraph()
assert g.has_edge("CHN", "JPN"), list(g.edges)
assert g.edges["CHN", "JPN"]["verbal_conflict"] >= 1, g.edges["CHN", "JPN"]
assert g.graph["level"] == "country" and g.nodes["JPN"]["label"] == "Japan", (g.graph, g.nodes["JPN"])
PY
  pass "network JSON loads with Debian's networkx node_link_graph (directed)"
else
  fail "network json: $(head -c 300 "$TMP/out") $(cat "$TMP/err")"
fi
# PLOVER records against the PLOVER ontology in ../shared/reference (event types,
# each type's modes, contexts; CAMEO2PLOVER's mode and context of each code).
ONTOLOGY=$SHARED/reference/plover-ontology.json
if run 0 export --db "$DB" --format plover && /usr/bin/python3 - "$TMP/out" "$ONTOLOGY" <<'PY'; then
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
onto = json.load(open(sys.argv[2], encoding="utf-8"))
modes = {t["event"]: {m["name"] for m in t["modes"]} for t in onto["event_types"]}
contexts = {c["name"] for c in onto["contexts"]}
c2p = {r["cameo"]: r for r in onto["cameo_to_plover"]}
assert rows
for r in rows:
    for k in ("id", "version", "date", "event_type", "mode", "context", "actor", "recipient", "text"):
        assert k in r, (k, r)
    for side in ("actor", "recipient"):
        assert isinstance(r[side], dict) and set(r[side]) >= {"code", "text"}, r[side]
    assert r["event_type"] is None or r["event_type"] in modes, r
    assert r["mode"] == "" or r["mode"] in modes[r["event_type"]], r
    assert isinstance(r["context"], list) and set(r["context"]) <= contexts, r
visits = [r for r in rows if r["cameo"] == "042"]
assert visits and visits[0]["mode"] == c2p["042"]["mode"] == "visit", visits
assert any(r["context"] for r in rows), "no contexts at all"
PY
  pass "export --format plover follows the PLOVER ontology (event_type, mode, context, actor/recipient objects)"
else
  fail "export plover: $(head -c 300 "$TMP/out") $(cat "$TMP/err")"
fi
if run 1 network --db "sqlite:$TMP/none.db" -o "$TMP/none.gexf" && [[ ! -e $TMP/none.gexf ]] && [[ $(wc -l <"$TMP/err") -eq 1 ]] &&
  [[ ! -e $TMP/none.db ]]; then
  pass "query on a missing store: one line, exit 1, nothing created"
else
  fail "missing store: exit $rc $(cat "$TMP/err")"
fi
if run nonzero ingest --db "postgresql://nobody@127.0.0.1:9/none?connect_timeout=2" "$EXAMPLES" &&
  [[ $(wc -l <"$TMP/err") -eq 1 ]] && grep -q "cannot connect" "$TMP/err"; then
  pass "unreachable PostgreSQL: $(cat "$TMP/err")"
else
  fail "unreachable PostgreSQL: exit $rc: $(cat "$TMP/err")"
fi
# A store the user may not write: root may write any file, so as root (CI) the
# ingest runs as the unprivileged user nobody (setpriv), on copies in a
# directory it may read but not write.
RO=$(mktemp -d)
chmod 755 "$RO"
cp "$TMP/k.db" "$RO/ro.db" && cp "$J" "$RO/in.jsonl" && chmod 444 "$RO/ro.db" "$RO/in.jsonl"
as_user=()
[[ $(id -u) -eq 0 ]] && as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups --)
if ! "${as_user[@]}" "$BIN" --version >/dev/null 2>"$TMP/err"; then
  # (a checkout under a directory only root may enter, such as /root)
  echo "skip read-only SQLite store: user nobody cannot run $BIN: $(cat "$TMP/err")"
else
"${as_user[@]}" "$BIN" ingest --db "sqlite:$RO/ro.db" "$RO/in.jsonl" >"$TMP/out" 2>"$TMP/err"
rc=$?
if [[ $rc -ne 0 && $(wc -l <"$TMP/err") -eq 1 ]] && grep -q "read-only" "$TMP/err" && cmp -s "$TMP/k.db" "$RO/ro.db"; then
  pass "read-only SQLite store${as_user:+ (as nobody)}: $(cat "$TMP/err")"
else
  fail "read-only store: exit $rc: $(cat "$TMP/err")"
fi
fi
rm -rf "$RO"

# --- month and year dates (先月, 昨年) survive ingest into every output ---------
D=sqlite:$TMP/dates.db
printf '%s\n' '2025年3月4日' '中国外務省の報道官は先月、日本の防衛政策を批判した。' '日本の岩屋毅外相は昨年、中国を批判した。' >"$TMP/dates.txt"
if run 0 ingest --db "$D" "$TMP/dates.txt" && run 0 events --db "$D" --format csv &&
  grep -q '^[0-9]*,2025-02,month,CHN' "$TMP/out" && grep -q '^[0-9]*,2024,year,JPN' "$TMP/out" &&
  run 0 events --db "$D" && grep -q ' 2025-02  *CHN' "$TMP/out" && grep -q ' 2024  *JPN' "$TMP/out" &&
  run 0 export --db "$D" --format gdelt && cut -f2,6 "$TMP/out" | grep -q $'^20250201\tCHN' &&
  cut -f2,6 "$TMP/out" | grep -q $'^20240101\tJPN' &&
  run 0 series --db "$D" --dyad CHN-JPN --by month --no-fill --format csv &&
  grep -q '^2024-01,1,' "$TMP/out" && grep -q '^2025-02,1,' "$TMP/out"; then
  pass "先月/昨年 dates stored as 2025-02/2024 with their precision: events, CSV, GDELT, series"
else
  fail "partial dates: exit $rc: $(head -c 600 "$TMP/out") $(cat "$TMP/err")"
fi

# --- names are the words of the text; GDELT names are English (issue 14 item 2) --
if run 0 events --db "$DB" --format jsonl --limit 1000 && /usr/bin/python3 - "$TMP/out" <<'PY' &&
import json, sys
evs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
for e in evs:
    for side in ("source", "target"):
        words, res = e[side + "_text"], e[side + "_resolution"]
        assert "=" not in words and "(" not in words, e
        assert words in e["sentence"], (words, e["sentence"])
        assert res == "" or res != words, e
both = [e for e in evs if e["source_text"] == "両首脳"]
assert both and both[0]["source_resolution"].startswith("両首脳="), both
visit = [e for e in evs if e["rule"].endswith(".来日")]
assert visit and visit[0]["target_text"] == "" and visit[0]["target_resolution"], visit
PY
  run 0 export --db "$DB" --format gdelt && /usr/bin/python3 - "$TMP/out" <<'PY'; then
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
names = {(r[5], r[6]) for r in rows} | {(r[15], r[16]) for r in rows}
for code, name in names:
    assert name == "" or (name.isascii() and name == name.upper()), (code, name)
assert ("JPNGOV", "JAPAN") in names and ("PHL", "PHILIPPINES") in names, sorted(names)
assert any(c.startswith("USA") and n == "UNITED STATES" for c, n in names), sorted(names)
PY
  pass "names: the words of the text (resolutions apart); GDELT Actor1Name/Actor2Name in English (JAPAN)"
else
  fail "names: $(head -c 600 "$TMP/out") $(cat "$TMP/err")"
fi

# --- every stored event carries the version and the data files that coded it ----
DATA=$(dirname "$EXAMPLES")/data
cp -r "$DATA" "$TMP/data2" && printf '# a local edit\n' >>"$TMP/data2/verbs/ja.verbs"
V=sqlite:$TMP/prov.db
if run 0 ingest --db "$V" "$EXAMPLES/ja-summit.txt" && run 0 --data "$TMP/data2" ingest --db "$V" "$EXAMPLES/ja-exercise.txt" &&
  run 0 events --db "$V" --format jsonl && cp "$TMP/out" "$TMP/prov.jsonl" &&
  run 0 export --db "$V" --format csv && cp "$TMP/out" "$TMP/prov.csv" &&
  run 0 export --db "$V" --format plover && /usr/bin/python3 - "$TMP/prov.jsonl" "$TMP/prov.csv" "$TMP/out" <<'PY'; then
import csv, json, re, sys
evs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
rows = list(csv.DictReader(open(sys.argv[2], encoding="utf-8", newline="")))
plover = [json.loads(l) for l in open(sys.argv[3], encoding="utf-8")]
hashes = {}
for e in evs:
    assert e["coder"] == "kizashi 0.1.0" and re.fullmatch(r"[0-9a-f]{16}", e["data_hash"]), e
    hashes.setdefault(e["doc"].rsplit("/", 1)[-1], set()).add(e["data_hash"])
assert len(hashes["ja-summit.txt"]) == 1 and len(hashes["ja-exercise.txt"]) == 1, hashes
assert hashes["ja-summit.txt"] != hashes["ja-exercise.txt"], "an edited data file must change the hash"
assert [(r["coder"], r["data_hash"]) for r in rows] == [(e["coder"], e["data_hash"]) for e in evs]
assert [(p["coder"], p["data_hash"]) for p in plover] == [(e["coder"], e["data_hash"]) for e in evs]
PY
  pass "events, CSV and PLOVER carry the kizashi version and the hash of the data files that coded them"
else
  fail "provenance: exit $rc: $(head -c 300 "$TMP/out") $(cat "$TMP/err")"
fi

# --- GDELT: the same event in two documents, ids moved by --id-base --------------
M=sqlite:$TMP/mentions.db
printf '%s\n' '中国外務省の報道官は5日、日本の防衛政策を批判した。' >"$TMP/m1.txt"
printf '%s\n' '中国外務省の報道官は5日の記者会見で、日本の防衛政策を強く批判した。' >"$TMP/m2.txt"
if run 0 ingest --db "$M" --date 2025-02-05 "$TMP/m1.txt" "$TMP/m2.txt" &&
  run 0 export --db "$M" --format gdelt --id-base 800000000 &&
  [[ $(cut -f1,27,32,33 "$TMP/out" | sort | tr '\n' ' ') == $'800000001\t111\t2\t2 800000002\t111\t2\t2 ' ]] &&
  run 2 export --db "$M" --format gdelt --id-base -1; then
  pass "GDELT NumMentions/NumSources count the event across documents; --id-base moves GLOBALEVENTID"
else
  fail "mentions / --id-base: exit $rc: $(head -c 300 "$TMP/out") $(cat "$TMP/err")"
fi
# The Mentions table: one row per mention, both under the first mention's id,
# SentenceID 1-based, MentionDocLen the characters of the stored text.
if run 0 export --db "$M" --format gdelt-mentions --id-base 800000000 &&
  /usr/bin/python3 - "$TMP/out" "$TMP/m1.txt" "$TMP/m2.txt" <<'PY'; then
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
assert len(rows) == 2 and all(len(r) == 16 for r in rows), rows
assert [r[0] for r in rows] == ["800000001", "800000001"], rows
assert rows[0][1] == rows[1][1] == rows[0][2], rows           # EventTimeDate: the first mention's
assert all(r[3] == "1" and r[6] == "1" and r[14] == "srclc:jpn" for r in rows), rows
for r, path in zip(rows, sys.argv[2:]):
    assert r[5].endswith(path.rsplit("/", 1)[-1]), (r, path)
    assert int(r[12]) == len(open(path, encoding="utf-8").read()), (r, path)  # the text as stored, its newline too
PY
  pass "GDELT Mentions table: 16 columns, each mention under its event's first id"
else
  fail "gdelt-mentions: exit $rc: $(head -c 400 "$TMP/out") $(cat "$TMP/err")"
fi

# Geography: the actors' countries and the city the sentence names.
printf '%s\n' '日本の首相は東京で中国の外相と会談した。' >"$TMP/geo.txt"
if run 0 ingest --db "sqlite:$TMP/geo.db" --date 2025-02-05 "$TMP/geo.txt" &&
  run 0 export --db "sqlite:$TMP/geo.db" --format gdelt && /usr/bin/python3 - "$TMP/out" <<'PY'; then
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
assert rows and all(len(r) == 61 for r in rows), rows
geo = {(r[35], r[37], r[43], r[45], r[51], r[52], r[54]) for r in rows}
assert {g[:4] for g in geo} <= {("1", "JA", "1", "CH"), ("1", "CH", "1", "JA")}, geo
assert all(g[4] == "4" and g[5].startswith("Tokyo") and g[6] == "JA40" for g in geo), geo
assert all(abs(float(r[56]) - 35.7) < 0.2 and abs(float(r[57]) - 139.7) < 0.2 for r in rows), rows
PY
  pass "GDELT geography: Actor1Geo/Actor2Geo the actors' countries (FIPS), ActionGeo the city named (Tokyo, JA40)"
else
  fail "GDELT geography: exit $rc: $(head -c 400 "$TMP/out") $(cat "$TMP/err")"
fi

# --- the seed's GDELT export: 61 columns on every line --------------------------
SEED=$SHARED/seed/aukus-japan-ja.txt
if [[ -f $SEED ]]; then
  G=sqlite:$TMP/seed.db
  if run 0 ingest --db "$G" --date 2024-10-19 "$SEED" && run 0 export --db "$G" --format gdelt &&
    [[ $(wc -l <"$TMP/out") -ge 20 ]] && awk -F'\t' 'NF != 61 { bad = 1 } END { exit bad }' "$TMP/out" &&
    awk -F'\t' '$2 !~ /^20[0-9][0-9][0-9][0-9][0-9][0-9]$/ || $27 == "" || $30 !~ /^[1-4]$/ { bad = 1 } END { exit bad }' "$TMP/out" &&
    grep -q $'\t20230101\t202301\t2023\t' "$TMP/out"; then  # 昨年 in a 2024 article: the year 2023, on its first day
    pass "seed GDELT export: $(wc -l <"$TMP/out") events x 61 columns"
  else
    fail "seed GDELT export: exit $rc: $(head -c 400 "$TMP/out") $(cat "$TMP/err")"
  fi
elif [[ ${CI:-} == true || ${CI:-} == 1 ]]; then
  fail "seed article missing at $SEED (required in CI)"
fi

# --- PostgreSQL gives the same results ------------------------------------------
if [[ -n ${KIZASHI_TEST_PG:-} ]]; then
  PGDB=kz_cli_$$
  psql -q "${KIZASHI_TEST_PG}postgres" -c "CREATE DATABASE $PGDB" >/dev/null 2>&1 || fail "cannot create $PGDB"
  P=${KIZASHI_TEST_PG}$PGDB
  run 0 ingest --db "$P" "$EXAMPLES" || fail "PostgreSQL ingest: $(cat "$TMP/err")"
  run 1 ingest --db "$P" "$J"
  run 0 export --db "$P" --format csv && cut -d, -f2- "$TMP/out" >"$TMP/pg.csv"
  run 0 export --db "$DB" --format csv && cut -d, -f2- "$TMP/out" >"$TMP/sqlite.csv"
  if [[ -s $TMP/pg.csv ]] && cmp -s "$TMP/pg.csv" "$TMP/sqlite.csv"; then
    pass "PostgreSQL and SQLite stores export the same events ($(wc -l <"$TMP/pg.csv") lines)"
  else
    fail "PostgreSQL vs SQLite export differ: $(diff "$TMP/pg.csv" "$TMP/sqlite.csv" | head -5)"
  fi
  for q in "series --dyad CHN-JPN --by week --format csv" "network --format json" "network --format gexf --level actor"; do
    # shellcheck disable=SC2086
    # Each must succeed with output of its own: two backends failing alike do not agree.
    if ! "$BIN" $q --db "$P" >"$TMP/a" 2>"$TMP/a.err" || [[ ! -s $TMP/a ]]; then
      fail "$q on PostgreSQL: $(cat "$TMP/a.err")"
    elif ! "$BIN" $q --db "$DB" >"$TMP/b" 2>"$TMP/b.err" || [[ ! -s $TMP/b ]]; then
      fail "$q on SQLite: $(cat "$TMP/b.err")"
    elif cmp -s "$TMP/a" "$TMP/b"; then
      pass "same $q on both backends ($(wc -l <"$TMP/a") lines)"
    else
      fail "$q differs: $(diff "$TMP/a" "$TMP/b" | head -4)"
    fi
  done
  psql -q "${KIZASHI_TEST_PG}postgres" -c "DROP DATABASE $PGDB WITH (FORCE)" >/dev/null 2>&1
elif [[ ${CI:-} == true || ${CI:-} == 1 ]]; then
  fail "KIZASHI_TEST_PG is not set (required in CI)"
fi

echo "$fails failure(s)"
((fails == 0))
