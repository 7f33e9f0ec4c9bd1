#!/usr/bin/env python3
"""api_test.py BIN EXAMPLES — the HTTP API of `kizashi serve` against a real
server on loopback over a store holding the example articles: every route,
paging, parameter validation (400), token (401) on every POST, JSON content
type on POST (415), 404, body limit (413), nosniff, the store named by its
file name only, the token in the served index.html, no source map served,
UTF-8 intact, loopback bind by default; the dashboard's static files come
only from the --web folder (path traversal in every spelling is a 404)."""
import csv, http.client, io, json, os, re, subprocess, sys, tempfile, time, urllib.error, urllib.parse, urllib.request

BIN, EXAMPLES = sys.argv[1], sys.argv[2]
tmp = tempfile.mkdtemp()
db = "sqlite:" + os.path.join(tmp, "api.db")
# A dashboard folder, and a secret beside it that no request may reach.
web = os.path.join(tmp, "web")
os.mkdir(web)
for name, text in [("index.html", "<!doctype html><html><head><title>k</title></head></html>"), ("app.js", "console.log(1)"),
                   ("app.js.map", "{}"), (".hidden", "HIDDEN")]:
    with open(os.path.join(web, name), "w") as f:
        f.write(text)
with open(os.path.join(tmp, "secret.txt"), "w") as f:
    f.write("SECRET")
subprocess.run([BIN, "ingest", "--quiet", "--db", db, EXAMPLES], check=True, stderr=subprocess.DEVNULL)
server = subprocess.Popen([BIN, "serve", "--db", db, "--port", "0", "--token", "t0ken", "--max-body", "200000",
                           "--web", web],
                          stderr=subprocess.PIPE, text=True)
line = server.stderr.readline()
m = re.search(r"http://([\d.]+):(\d+)/", line)
assert m, line
BASE = "http://127.0.0.1:%s" % m.group(2)
fails = 0


TOKEN = {"X-Kizashi-Token": "t0ken"}
JSON = {"Content-Type": "application/json"}


def call(path, body=None, headers=None):
    """GET, or POST of body (JSON, with the token, unless headers say otherwise)."""
    if headers is None:
        headers = dict(JSON, **TOKEN) if body is not None else {}
    req = urllib.request.Request(BASE + path, data=body, headers=headers, method="POST" if body is not None else "GET")
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers.get("Content-Type", ""), json.loads(r.read().decode("utf-8"))
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), json.loads(e.read().decode("utf-8"))


def raw_get(path):
    """GET with the path sent exactly as written (no client-side normalising)."""
    c = http.client.HTTPConnection("127.0.0.1", int(m.group(2)), timeout=30)
    c.putrequest("GET", path, skip_host=False, skip_accept_encoding=True)
    c.endheaders()
    r = c.getresponse()
    body = r.read()
    c.close()
    return r.status, dict(r.getheaders()), body


def check(name, cond, detail=""):
    global fails
    print(("ok   " if cond else "FAIL ") + name + ("" if cond else ": " + str(detail)[:400]))
    fails += 0 if cond else 1


try:
    check("binds 127.0.0.1 by default", m.group(1) == "127.0.0.1", line)
    s, ctype, j = call("/api/health")
    check("health", s == 200 and j["status"] == "ok" and "json" in ctype, j)
    check("health names the store by its file name only", j["store"] == "api.db", j)
    s, h, _ = raw_get("/api/health")
    check("nosniff on an API answer", h.get("X-Content-Type-Options") == "nosniff", h)
    s, h, _ = raw_get("/api/no/such/route")
    check("nosniff on a 404", s == 404 and h.get("X-Content-Type-Options") == "nosniff", h)
    s, h, _ = raw_get("/assets/app.js.map")
    check("app.js.map is not served", s == 404, (s, h))

    s, h, body = raw_get("/")
    check("GET / serves the dashboard's index.html with a same-origin CSP",
          s == 200 and body.startswith(b"<!doctype html>") and "text/html" in h.get("Content-Type", "") and
          "default-src 'self'" in h.get("Content-Security-Policy", ""), (s, h))
    check("index.html carries the token for the dashboard's POSTs",
          b'<head>\n  <meta name="kizashi-token" content="t0ken">' in body, body)
    s, h, body = raw_get("/assets/app.js")
    check("GET /assets/app.js", s == 200 and body == b"console.log(1)" and "javascript" in h["Content-Type"], (s, h))
    for bad in ["/assets/../secret.txt", "/assets/..%2fsecret.txt", "/assets/%2e%2e%2fsecret.txt",
                "/assets/%2E%2E/secret.txt", "/../secret.txt", "/assets/..\\secret.txt", "/assets/.hidden",
                "/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/assets//etc/passwd", "/assets/web/index.html",
                "/secret.txt", "/index.html/../../secret.txt", "/assets/app.js%00.txt"]:
        s, _, body = raw_get(bad)
        check("no traversal: %s -> %d" % (bad, s), s in (400, 404) and b"SECRET" not in body and
              b"HIDDEN" not in body and b"root:" not in body, (s, body[:200]))

    s, _, st = call("/api/stats")
    check("stats", s == 200 and st["documents"] == 3 and st["events"] >= 1 and st["first_date"] <= st["last_date"], st)
    # The events the API serves hold every required event of the examples'
    # hand-checked gold (tests/gold/examples.json), matched by sentence,
    # countries and root as the shared scorer matches them.
    s, _, served = call("/api/events?limit=1000")
    gold = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold", "examples.json"), encoding="utf-8"))
    missing = []
    for doc in gold["docs"]:
        for g in (g for g in doc["events"] if g["required"]):
            def fits(e):
                st_, tt_ = e["source"][:3], e["target"][:3]
                pair = (st_, tt_) == (g["source"], g["target"]) or (
                    (g.get("symmetric") or e.get("mutual")) and (tt_, st_) == (g["source"], g["target"]))
                return g["anchor"] in e["sentence"] and pair and e["code"][:2] in g["root"]
            if not any(fits(e) for e in served.get("events", [])):
                missing.append((g["anchor"], g["source"], g["target"], g["root"]))
    check("the served events hold every required event of the examples' gold", s == 200 and not missing, missing)
    s, _, dl = call("/api/documents?limit=2")
    check("document list, newest first, with counts", s == 200 and len(dl["documents"]) == 2 and
          dl["documents"][0]["id"] > dl["documents"][1]["id"] and sum(d["events"] for d in dl["documents"]) > 0, dl)
    s, _, j = call("/api/documents?limit=0")
    check("400 for documents?limit=0", s == 400, (s, j))

    s, _, all_ev = call("/api/events?limit=1000")
    spans = [e["sentence"].encode("utf-8")[e["predicate_span"][0]:e["predicate_span"][1]].decode("utf-8")
             for e in all_ev["events"]]
    check("every event's predicate_span marks its predicate in the sentence",
          all(sp and (e["predicate"].split("+")[-1][:1] in sp or e["predicate"][:1] in sp)
              for sp, e in zip(spans, all_ev["events"])), list(zip(spans, [e["predicate"] for e in all_ev["events"]]))[:10])
    n = len(all_ev["events"])
    s, _, page = call("/api/events?limit=5&offset=5")
    check("events paged", s == 200 and [e["id"] for e in page["events"]] == [e["id"] for e in all_ev["events"][5:10]], page)
    s, _, j = call("/api/events?source=CHN&code=11*")
    check("events filtered, UTF-8 intact", s == 200 and j["events"] and all(
        e["source"].startswith("CHN") and e["code"].startswith("11") for e in j["events"]) and
        any("報道官" in e["sentence"] for e in j["events"]), j)
    s, _, j = call("/api/events?source_country=CHN&target_country=JPN&limit=1000")
    want = [e["id"] for e in all_ev["events"] if e["source_country"] == "CHN" and e["target_country"] == "JPN"]
    check("events of one country-level edge", s == 200 and want and [e["id"] for e in j["events"]] == want, j)
    s, _, j = call("/api/events?source=CHN&exact=1&limit=1000")
    want = [e["id"] for e in all_ev["events"] if e["source"] == "CHN"]
    check("exact=1 matches whole codes, not prefixes", s == 200 and [e["id"] for e in j["events"]] == want and
          any(e["source"].startswith("CHN") and e["source"] != "CHN" for e in all_ev["events"]), j)
    for bad in ["exact=yes", "source_country=chn", "limit=abc", "limit=0", "limit=5000", "since=2025-13-01", "actor=%27%3BDROP", "code=1%2A1", "dedup=x"]:
        s, _, j = call("/api/events?" + bad)
        check("400 for events?" + bad, s == 400 and "error" in j, (s, j))

    s, _, j = call("/api/series?dyad=CHN-JPN&by=month")
    check("series", s == 200 and sum(r["events"] for r in j["series"]) >= 2 and j["series"][0]["period"] == "2025-03", j)
    # No dyad: every dated event (the dashboard's overview), narrowed by quad, code and actor.
    s, _, whole = call("/api/series?by=month")
    s3, _, verbal = call("/api/series?by=month&quad=3")
    dated = [e for e in all_ev["events"] if e["event_date"]]
    check("series without a dyad counts every dated event; quad=3 only verbal conflict",
          s == 200 and s3 == 200 and sum(r["events"] for r in whole["series"]) == len(dated) and
          sum(r["events"] for r in verbal["series"]) == sum(1 for e in dated if e["quad_class"] == 3) and
          all(r["verbal_conflict"] == r["events"] for r in verbal["series"]), (whole, verbal))
    for bad in ["dyad=CHNJPN", "dyad=CHN-JPN&by=year", "dyad=CH%27-JPN", "quad=9", "code=x1"]:
        s, _, j = call("/api/series?" + bad)
        check("400 for series?" + bad, s == 400, (s, j))

    s, _, g = call("/api/network")
    edges = {(e["source"], e["target"]): e for e in g["links"]}
    check("network has CHN->JPN conflict and JPN->PHL cooperation",
          s == 200 and edges[("CHN", "JPN")]["conflict"] >= 1 and edges[("JPN", "PHL")]["cooperation"] >= 1, g)
    s, _, top = call("/api/network?max_nodes=2")
    kept = {n["id"] for n in top["nodes"]}
    ranked = {}
    for e in g["links"]:
        ranked[e["source"]] = ranked.get(e["source"], 0) + e["events"]
        ranked[e["target"]] = ranked.get(e["target"], 0) + e["events"]
    best = sorted(ranked, key=lambda k: (-ranked[k], k))[:2]
    check("network?max_nodes=2: the two actors in most events, their edges only, and the totals",
          s == 200 and kept <= set(best) and all(e["source"] in best and e["target"] in best for e in top["links"]) and
          top["graph"]["nodes_total"] == len(g["nodes"]) and top["graph"]["links_total"] == len(g["links"]), top)
    s, _, heavy = call("/api/network?max_edges=1")
    check("network?max_edges=1: the heaviest edge", s == 200 and len(heavy["links"]) == 1 and
          heavy["links"][0]["events"] == max(e["events"] for e in g["links"]), heavy)
    s, _, j = call("/api/network?level=galaxy")
    check("400 for network?level=galaxy", s == 400, j)

    # Downloads: the bytes `kizashi export` / `kizashi network` write, as attachments.
    s, h, body = raw_get("/api/export?format=csv&source=CHN")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
    check("export CSV: an attachment with a header and only CHN sources",
          s == 200 and h.get("Content-Disposition") == 'attachment; filename="kizashi-events.csv"' and
          h.get("Content-Type", "").startswith("text/csv") and rows and all(r["source"].startswith("CHN") for r in rows),
          (s, h, body[:300]))
    cli = subprocess.run([BIN, "export", "--db", db, "--format", "gdelt"], capture_output=True, check=True).stdout
    s, h, body = raw_get("/api/export?format=gdelt")
    check("export GDELT: the same bytes as `kizashi export --format gdelt`", s == 200 and body == cli and
          all(len(l.split(b"\t")) == 61 for l in body.splitlines()), (s, body[:300], cli[:300]))
    s, h, body = raw_get("/api/export?format=gdelt-mentions&limit=2")
    check("export GDELT mentions: 16 columns, limit honoured",
          s == 200 and len(body.splitlines()) == 2 and all(len(l.split(b"\t")) == 16 for l in body.splitlines()), body[:300])
    for bad in ["format=xml", "format=csv&limit=0", "format=csv&since=2025-13-01", ""]:
        s, _, j = call("/api/export?" + bad)
        check("400 for export?" + bad, s == 400 and "error" in j, (s, j))
    s, h, body = raw_get("/api/network?format=gexf&min_events=1")
    cli = subprocess.run([BIN, "network", "--db", db, "--format", "gexf"], capture_output=True, check=True).stdout
    check("network GEXF: an attachment, the same bytes as `kizashi network --format gexf`",
          s == 200 and h.get("Content-Disposition") == 'attachment; filename="kizashi-network.gexf"' and body == cli,
          (s, h, body[:200], cli[:200]))
    s, _, j = call("/api/network?format=dot")
    check("400 for network?format=dot", s == 400, j)

    s, _, crit = call("/api/events?code=111&source=CHN&limit=5")
    check("events carry the English names of their code and actors",
          s == 200 and crit["events"] and all(e["code_name"] == "Criticize or denounce" and
                                              e["source_name"] == "China" for e in crit["events"]), crit)

    # Why a sentence gave no event: the stored document coded again with its trace.
    doc0 = all_ev["events"][0]["doc_id"]
    s, _, x = call("/api/documents/%d/explain" % doc0)
    s2, _, d0 = call("/api/documents/%d" % doc0)
    quiet = [t for t in x.get("sentences", []) if not any(e["sentence_index"] == t["index"] for e in x["events"])]
    check("explain: the same sentences and events as stored, every sentence with its trace",
          s == 200 and s2 == 200 and [t["text"] for t in x["sentences"]] == [t["text"] for t in d0["sentences"]] and
          len(x["events"]) == len(d0["events"]) and all(t.get("trace") for t in x["sentences"]) and
          all(any("predicate" in line or "no " in line for line in t["trace"]) for t in quiet),
          (s, s2, json.dumps(x)[:400]))
    s, _, j = call("/api/documents/999999/explain")
    check("404 for the explain of no document", s == 404 and "error" in j, (s, j))

    doc_id = all_ev["events"][0]["doc_id"]
    s, _, d = call("/api/documents/%d" % doc_id)
    check("document with sentences, mentions and events", s == 200 and d["sentences"] and d["events"] and any(
        sen["mentions"] for sen in d["sentences"]), d)
    # Each mention's bytes are the words that named it: its text, or for a
    # resolved reference (同氏=王毅外相) the words before the '='.
    spans = [(sen["text"].encode("utf-8")[m["begin"]:m["end"]].decode("utf-8", "replace"), m["text"].split("=")[0], m)
             for sen in d["sentences"] for m in sen["mentions"]]
    check("mention spans are the bytes of the mention's own words in the sentence",
          spans and all(m["begin"] < m["end"] and got == want for got, want, m in spans),
          [x for x in spans if x[0] != x[1]][:5])
    s, _, j = call("/api/documents/99999")
    check("404 for a missing document", s == 404 and "error" in j, j)
    s, _, j = call("/api/no/such/route")
    check("404 for an unknown route", s == 404 and "error" in j, j)

    s, _, j = call("/api/actors?q=" + urllib.parse.quote("日本"))
    check("actors search", s == 200 and any(a["code"] == "JPN" for a in j["actors"]), j)

    text = {"text": "中国外務省の報道官は5日、日本の防衛政策を批判した。", "date": "2025-02-05"}
    body = json.dumps(text, ensure_ascii=False).encode("utf-8")
    s, _, j = call("/api/code", body, JSON)
    check("401 for POST /api/code without the token", s == 401, (s, j))
    s, _, j = call("/api/code", body, dict(TOKEN, **{"Content-Type": "text/plain"}))
    check("415 for POST /api/code as text/plain (a cross-site simple request)", s == 415, (s, j))
    s, _, j = call("/api/code", body, {"Content-Type": "application/json; charset=utf-8", "Authorization": "Bearer t0ken"})
    check("POST /api/code with Authorization: Bearer and a charset", s == 200 and j["events"], (s, j))
    s, _, j = call("/api/code", body)
    check("POST /api/code codes without storing", s == 200 and j["events"] and j["events"][0]["source"] == "CHNGOV", j)
    s, _, after = call("/api/events?limit=1000")
    check("... and stores nothing", len(after["events"]) == n, len(after["events"]))
    for bad in [b"not json", b'{"text": 5}', b'{"text": "   "}', b'{"text": "x", "date": "yesterday"}']:
        s, _, j = call("/api/code", bad)
        check("400 for POST /api/code %r" % bad, s == 400, (s, j))
    s, _, j = call("/api/code", b'{"text": "' + b"a" * 300000 + b'"}')
    check("413 for a body over --max-body", s == 413, (s, j))

    _, h1, net1 = raw_get("/api/network?min_events=1")
    _, h2, net2 = raw_get("/api/network?min_events=1")
    check("an aggregate is computed once, then answered from the cache",
          h1.get("X-Kizashi-Cache") == "miss" and h2.get("X-Kizashi-Cache") == "hit" and net1 == net2, (h1, h2))

    doc = json.dumps({"id": "api-1", "text": "韓国政府は北朝鮮のミサイル発射を非難した。", "date": "2025-02-07"},
                     ensure_ascii=False).encode("utf-8")
    s, _, j = call("/api/documents", doc, JSON)
    check("401 without a token", s == 401, (s, j))
    s, _, j = call("/api/documents", doc, dict(JSON, Authorization="Bearer wrong"))
    check("401 with a wrong token", s == 401, (s, j))
    s, _, j = call("/api/documents", doc, dict(JSON, Authorization="Bearer t0ken"))
    check("201 stored with the token", s == 201 and j["outcome"] == "stored" and j["events"] >= 1, (s, j))
    s, _, j = call("/api/documents", doc)
    check("200 known the second time", s == 200 and j["outcome"] == "known", (s, j))
    s, _, j = call("/api/events?source=KOR&target=PRK")
    check("the stored document's event is served", s == 200 and any(e["doc"] == "api-1" for e in j["events"]), j)
    _, h3, net3 = raw_get("/api/network?min_events=1")
    check("a stored document invalidates cached aggregates", h3.get("X-Kizashi-Cache") == "miss" and
          ("KOR", "PRK") in {(e["source"], e["target"]) for e in json.loads(net3)["links"]}, h3)
    # Another process adds to the store: the server must not answer from its cache.
    other = os.path.join(tmp, "other.txt")
    with open(other, "w") as f:
        f.write("2025-02-09\nインド政府はパキスタンを強く非難した。\n")
    subprocess.run([BIN, "ingest", "--quiet", "--db", db, other], check=True, stderr=subprocess.DEVNULL)
    _, h4, net4 = raw_get("/api/network?min_events=1")
    check("... and so does an ingest by another process", h4.get("X-Kizashi-Cache") == "miss" and
          ("IND", "PAK") in {(e["source"], e["target"]) for e in json.loads(net4)["links"]}, (h4, net4[:300]))
    r = subprocess.run([BIN, "serve", "--db", db, "--port", "0", "--web", os.path.join(tmp, "nowhere")],
                       capture_output=True, text=True, timeout=30)
    check("serve --web with a missing folder: one line, exit 1",
          r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1 and "nowhere" in r.stderr, r.stderr)
finally:
    server.terminate()
    server.wait(timeout=10)

print("%d failure(s)" % fails)
sys.exit(1 if fails else 0)
