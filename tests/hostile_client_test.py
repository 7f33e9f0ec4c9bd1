#!/usr/bin/env python3
"""hostile_client_test.py BIN EXAMPLES — `kizashi serve` against hostile clients
(issue 13, items 1-6), on loopback, on a free port, bounded in time.

Each attack runs while a probe (GET /api/health on a fresh connection) must be
answered within 1 s, several times; after the attacks that cost memory the
server's resident size (VmRSS of /proc/PID/status) must be back near where it
was. Attacks: (1) thousands of Range parts, (2) slow-loris clients and
hundreds of idle connections (and the request deadline closing them),
(3) pipelined requests, (4) a foreign Host, a text/plain POST, Transfer-Encoding
with Content-Length, (5) POSTs without the token and large coding requests
in parallel; then (6) the headers and names the server shows.
KIZASHI_HOSTILE_SCALE (default 1) scales the counts (ASan builds use less);
KIZASHI_HOSTILE_RSS=0 (ASan builds: its allocator keeps freed memory in a
quarantine and never hands it back) prints the memory figures unchecked.
Standard library only."""
import http.client, json, os, re, socket, subprocess, sys, tempfile, threading, time

BIN, EXAMPLES = sys.argv[1], sys.argv[2]
SCALE = float(os.environ.get("KIZASHI_HOSTILE_SCALE", "1"))
CHECK_RSS = os.environ.get("KIZASHI_HOSTILE_RSS", "1") != "0"
DEADLINE = 3  # the server's --request-timeout
TOKEN = "h0stile"
tmp = tempfile.mkdtemp()
db = os.path.join(tmp, "hostile.db")
web = os.path.join(tmp, "web")
os.mkdir(web)
ASSET = b"x" * 650000  # the size of the dashboard's app.js
for name, data in [("index.html", b"<!doctype html><html><head><title>k</title></head></html>"), ("app.js", ASSET),
                   ("app.js.map", b"{}")]:
    with open(os.path.join(web, name), "wb") as f:
        f.write(data)
subprocess.run([BIN, "ingest", "--quiet", "--db", db, EXAMPLES], check=True, stderr=subprocess.DEVNULL)
fails = 0


def check_rss(name, cond, detail=""):
    if CHECK_RSS:
        check(name, cond, detail)
    else:
        print("info " + name + " (not checked under the sanitizers)", flush=True)


def check(name, cond, detail=""):
    global fails
    print(("ok   " if cond else "FAIL ") + name + ("" if cond else ": " + str(detail)[:400]), flush=True)
    fails += 0 if cond else 1


def start(*extra):
    p = subprocess.Popen([BIN, "serve", "--db", "sqlite:" + db, "--port", "0", "--web", web,
                          "--request-timeout", str(DEADLINE), *extra], stderr=subprocess.PIPE, text=True)
    line = p.stderr.readline()
    m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    assert m, line
    p.stderr.readline()  # the token line
    return p, int(m.group(1))


server, PORT = start("--token", TOKEN)
HOST = "127.0.0.1:%d" % PORT


def rss_mb(pid=None):
    with open("/proc/%d/status" % (pid or server.pid)) as f:
        return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1)) / 1024


def request(method, path, body=None, headers=None, port=None, timeout=30):
    c = http.client.HTTPConnection("127.0.0.1", port or PORT, timeout=timeout)
    try:
        c.request(method, path, body=body, headers=headers or {})
        r = c.getresponse()
        return r.status, dict(r.getheaders()), r.read()
    finally:
        c.close()


def probe_ms():
    t = time.monotonic()
    try:
        s, _, _ = request("GET", "/api/health", timeout=5)
    except OSError:
        return 99999.0
    return (time.monotonic() - t) * 1000 if s == 200 else 99999.0


def probes_during(name, seconds, count=4):
    """Probes spread over `seconds` while an attack runs; each must take < 1 s."""
    times = []
    for _ in range(count):
        time.sleep(seconds / count)
        times.append(probe_ms())
    check("%s: probe answered within 1 s throughout (worst %.0f ms)" % (name, max(times)), max(times) < 1000, times)
    return max(times)


def raw(data, read_for=2.0):
    """Sends bytes as they are on one connection; returns what came back until close or read_for s."""
    s = socket.create_connection(("127.0.0.1", PORT))
    s.sendall(data)
    s.settimeout(0.2)
    out, end = b"", time.monotonic() + read_for
    while time.monotonic() < end:
        try:
            chunk = s.recv(65536)
        except socket.timeout:
            continue
        if not chunk:
            break
        out += chunk
    s.close()
    return out


def in_threads(n, fn):
    ts = [threading.Thread(target=fn, daemon=True) for _ in range(n)]
    for t in ts:
        t.start()
    return ts


def attack_ranges():
    """(1) 2,700 ranges in an 11 KB header, from several clients at once."""
    ranges = "bytes=" + ",".join("%d-%d" % (i, i) for i in range(2700))
    results, stop = [], time.monotonic() + 3

    def client():
        while time.monotonic() < stop:
            try:
                s, h, body = request("GET", "/assets/app.js", headers={"Range": ranges})
                results.append((s, len(body)))
            except OSError as e:
                results.append((str(e), 0))

    before = rss_mb()
    ts = in_threads(4, client)
    worst = probes_during("many ranges", 2.5)
    for t in ts:
        t.join()
    check("many ranges: every answer is the whole asset, once (%d answers)" % len(results),
          results and all(r == (200, len(ASSET)) for r in results), results[:3])
    after = rss_mb()
    check_rss("many ranges: memory flat (%.0f -> %.0f MB)" % (before, after), after < before + 30, (before, after))
    return worst


def attack_slow_and_idle():
    """(2) 8 slow-loris clients (a header byte every 0.3 s) and 500 idle connections."""
    n_idle = int(500 * min(SCALE, 1) ** 0.5)
    idle = [socket.create_connection(("127.0.0.1", PORT)) for _ in range(n_idle)]
    slow, cut_after = [], []
    opened = time.monotonic()

    def loris():
        s = socket.create_connection(("127.0.0.1", PORT))
        slow.append(s)
        payload = b"GET /api/health HTTP/1.1\r\nHost: " + HOST.encode() + b"\r\n" + b"X-a: " + b"b" * 4000
        try:
            for byte in payload:
                s.send(bytes([byte]))
                time.sleep(0.3)
        except OSError:
            cut_after.append(time.monotonic() - opened)

    ts = in_threads(8, loris)
    time.sleep(0.5)
    worst = probes_during("8 slow-loris + %d idle connections" % n_idle, 2.0)
    for t in ts:
        t.join(timeout=DEADLINE + 6)
    check("slow-loris: every slow request cut by the deadline (%d s) within %d s" % (DEADLINE, DEADLINE + 3),
          len(cut_after) == 8 and max(cut_after) < DEADLINE + 3, cut_after)
    closed = 0
    for s in idle:
        s.settimeout(0.5)
        try:
            closed += s.recv(1) == b""
        except OSError:
            closed += 1
        s.close()
    check("idle connections closed by the deadline (%d of %d)" % (closed, n_idle), closed == n_idle, closed)
    return worst, n_idle


def attack_pipelined():
    """(3) three requests in one write: three answers, in order."""
    one = "GET /api/%s HTTP/1.1\r\nHost: " + HOST + "\r\n\r\n"
    out = raw(((one % "health") + (one % "stats") + (one % "health")).encode(), read_for=2)
    statuses = re.findall(rb"HTTP/1\.1 (\d{3})", out)
    check("pipelined: 3 sent, 3 answered in order", statuses == [b"200"] * 3 and out.index(b'"documents"') > out.index(b'"status"'),
          out[:300])


def attack_cross_site():
    """(4) DNS rebinding, a simple cross-site POST, request smuggling."""
    body = json.dumps({"text": "中国外務省の報道官は5日、日本の防衛政策を批判した。"}).encode()
    for host in ["evil.example:%d" % PORT, "127.0.0.1", "127.0.0.1:1", ""]:
        out = raw(("GET /api/health HTTP/1.1\r\nHost: %s\r\n\r\n" % host).encode(), 1)
        check("Host %r refused (421)" % host, out.startswith(b"HTTP/1.1 421"), out[:100])
    for host in ["127.0.0.1:%d" % PORT, "localhost:%d" % PORT, "LOCALHOST:%d" % PORT, "[::1]:%d" % PORT]:
        out = raw(("GET /api/health HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n" % host).encode(), 1)
        check("Host %r allowed" % host, out.startswith(b"HTTP/1.1 200"), out[:100])
    for ctype in ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", None]:
        hdrs = {"X-Kizashi-Token": TOKEN}
        if ctype:
            hdrs["Content-Type"] = ctype
        s, _, _ = request("POST", "/api/code", body, hdrs)
        check("POST as %s refused (415)" % ctype, s == 415, s)
    smuggle = ("POST /api/code HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nX-Kizashi-Token: %s\r\n"
               "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" % (HOST, TOKEN)).encode()
    out = raw(smuggle, 1)
    check("Transfer-Encoding with Content-Length refused (400)", out.startswith(b"HTTP/1.1 400"), out[:100])


def attack_coding():
    """(5) POSTs without the token; large bodies coded in parallel."""
    small = json.dumps({"text": "中国外務省の報道官は5日、日本の防衛政策を批判した。"}).encode()
    s, _, _ = request("POST", "/api/code", small, {"Content-Type": "application/json"})
    check("POST /api/code without the token refused (401)", s == 401, s)
    s, _, _ = request("POST", "/api/code", small, {"Content-Type": "application/json", "X-Kizashi-Token": "nope"})
    check("POST /api/code with a wrong token refused (401)", s == 401, s)
    out = raw(("POST /api/code HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nX-Kizashi-Token: %s\r\n"
               "Content-Length: %d\r\n\r\n" % (HOST, TOKEN, (1 << 20) + 1)).encode() + b"x" * 1000, 1)
    check("a body over the 1 MiB limit refused (413) before it is read", out.startswith(b"HTTP/1.1 413"), out[:100])
    sentence = "中国外務省の報道官は5日、日本の防衛政策を批判し、米国との協力を進める方針を示した。"
    big = json.dumps({"text": sentence * int(900000 / len(sentence.encode()))}, ensure_ascii=False).encode()
    n = max(2, int(16 * SCALE))
    statuses, lock = [], threading.Lock()
    queue = list(range(n))

    def client():
        while True:
            with lock:
                if not queue:
                    return
                queue.pop()
            s = 503
            while s == 503 and time.monotonic() < give_up:  # busy: the client tries again
                try:
                    s, _, _ = request("POST", "/api/code", big, {"Content-Type": "application/json",
                                                                 "X-Kizashi-Token": TOKEN}, timeout=300)
                except OSError as e:
                    s = str(e)
                with lock:
                    statuses.append(s)
                time.sleep(0.05)

    before, peak = rss_mb(), 0.0
    give_up = time.monotonic() + 150
    ts = in_threads(4, client)
    worst = probes_during("%d large coding requests, 4 at a time" % n, 2.0)
    while any(t.is_alive() for t in ts):
        peak = max(peak, rss_mb())
        worst = max(worst, probe_ms())
        time.sleep(0.2)
    check("large coding requests: probe within 1 s until the last is coded (worst %.0f ms)" % worst, worst < 1000, worst)
    coded = statuses.count(200)
    check("large coding requests: all %d coded (200), the others told to wait (503: %d)" % (n, statuses.count(503)),
          coded == n and all(s in (200, 503) for s in statuses), statuses)
    time.sleep(0.5)
    after = rss_mb()
    check_rss("large coding requests: memory back down afterwards (%.0f -> peak %.0f -> %.0f MB)" % (before, peak, after),
          after < before + 60, (before, peak, after))
    return worst, before, peak, after


def shown_to_clients():
    """(6) headers and names."""
    for path in ["/api/health", "/api/events?limit=1", "/api/no/such", "/", "/assets/app.js"]:
        s, h, _ = request("GET", path)
        check("nosniff on %s (%d)" % (path, s), h.get("X-Content-Type-Options") == "nosniff", h)
    s, _, body = request("GET", "/api/health")
    check("health shows the store's file name, not its path", json.loads(body)["store"] == "hostile.db" and
          tmp.encode() not in body, body)
    s, _, _ = request("GET", "/assets/app.js.map")
    check("app.js.map not served", s == 404, s)


def open_mode():
    """--open: POST /api/code without the token; storing still needs it."""
    p, port = start("--open")
    try:
        body = json.dumps({"text": "中国外務省の報道官は5日、日本の防衛政策を批判した。"}).encode()
        s, _, _ = request("POST", "/api/code", body, {"Content-Type": "application/json"}, port=port)
        check("--open: POST /api/code without the token (200)", s == 200, s)
        s, _, _ = request("POST", "/api/documents", body, {"Content-Type": "application/json"}, port=port)
        check("--open: POST /api/documents still needs the token (401)", s == 401, s)
    finally:
        p.terminate()
        p.wait(timeout=10)


try:
    base = rss_mb()
    print("scale %.2f; server pid %d on %s; %.0f MB resident; baseline probe %.0f ms" % (SCALE, server.pid, HOST, base, probe_ms()))
    w1 = attack_ranges()
    w2, n_idle = attack_slow_and_idle()
    attack_pipelined()
    attack_cross_site()
    w5, before, peak, after = attack_coding()
    shown_to_clients()
    open_mode()
    check("the server is still up", server.poll() is None and probe_ms() < 1000)
    print("figures: worst probe ranges %.0f ms, slow+idle(%d) %.0f ms, coding %.0f ms; RSS %.0f MB at start, "
          "%.0f MB before / %.0f MB peak / %.0f MB after the coding requests" % (w1, n_idle, w2, w5, base, before, peak, after))
finally:
    server.terminate()
    server.wait(timeout=10)

print("%d failure(s)" % fails)
sys.exit(1 if fails else 0)
