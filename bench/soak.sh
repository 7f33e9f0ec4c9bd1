#!/usr/bin/env bash
# bench/soak.sh [BUILD_DIR] [CORPUS] — issue 5 soak test on the shared corpus.
#  1. `kizashi ingest` of the whole corpus (as JSONL) three times into one
#     SQLite store: the event and document counts must not change after the
#     first pass, and each pass's peak RSS must not grow.
#  2. One `kizashi code --threads 2` process coding the corpus three times
#     over (the article files listed three times): its resident memory,
#     sampled every 0.2 s, must not grow from the first third to the end.
# Prints a table and exits 1 if a check fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${1:-$root/build}
CORPUS=${2:-$root/../shared/corpus/ja-wikinews.tsv.gz}
BIN=$BUILD/kizashi
[[ -x $BIN ]] || { echo "soak: no $BIN" >&2; exit 1; }
[[ -f $CORPUS ]] || { echo "soak: no corpus $CORPUS" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

python3 - "$BIN" "$CORPUS" "$tmp" <<'PY'
import gzip, json, os, subprocess, sys, threading, time

BIN, CORPUS, TMP = sys.argv[1:4]
jsonl = os.path.join(TMP, "corpus.jsonl")
docs = os.path.join(TMP, "docs")
os.mkdir(docs)
files = []
with gzip.open(CORPUS, "rt", encoding="utf-8") as f, open(jsonl, "w", encoding="utf-8") as out:
    next(f)
    for n, line in enumerate(f):
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 3:
            continue
        out.write(json.dumps({"id": "wikinews-" + cols[0], "title": cols[1], "text": cols[2]}, ensure_ascii=False) + "\n")
        path = os.path.join(docs, "%05d.txt" % n)
        with open(path, "w", encoding="utf-8") as d:
            d.write(cols[1] + "\n" + cols[2] + "\n")
        files.append(path)

def run(cmd, sample=False):
    """Runs cmd; returns (exit code, peak RSS MB from wait4, RSS samples MB)."""
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    samples = []
    def poll():
        while p.poll() is None:
            try:
                with open("/proc/%d/status" % p.pid) as s:
                    for l in s:
                        if l.startswith("VmRSS:"):
                            samples.append(int(l.split()[1]) / 1024)
            except OSError:
                pass
            time.sleep(0.2)
    t = threading.Thread(target=poll) if sample else None
    if t:
        t.start()
    _, status, ru = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    if t:
        t.join()
    err = p.stderr.read().decode("utf-8", "replace")
    return p.returncode, ru.ru_maxrss / 1024, samples, err

fails = 0
db = "sqlite:" + os.path.join(TMP, "soak.db")
print("| pass | exit | documents | events | peak RSS MB | seconds |\n|---:|---:|---:|---:|---:|---:|")
rows = []
for i in range(1, 4):
    t0 = time.time()
    rc, peak, _, err = run([BIN, "ingest", "--quiet", "--threads", "2", "--db", db, jsonl])
    secs = time.time() - t0
    stats = subprocess.run([BIN, "stats", "--db", db], capture_output=True, text=True).stdout
    count = lambda key: int(next(l.split()[1] for l in stats.splitlines() if l.startswith(key)))
    rows.append((count("documents"), count("events"), peak))
    print("| %d | %d | %d | %d | %.0f | %.1f |" % (i, rc, rows[-1][0], rows[-1][1], peak, secs))
    if rc not in (0, 1):
        print("FAIL pass %d: exit %d: %s" % (i, rc, err[-300:]))
        fails += 1
if rows[1][:2] != rows[0][:2] or rows[2][:2] != rows[0][:2]:
    print("FAIL: the counts changed after the first pass")
    fails += 1
if rows[2][2] > rows[1][2] * 1.10 + 5:
    print("FAIL: peak RSS grew from pass 2 to pass 3")
    fails += 1

listed = files * 3
rc, peak, samples, err = run([BIN, "code", "--threads", "2"] + listed, sample=True)
third = samples[: max(1, len(samples) // 3)]
base, end = max(third), max(samples[-max(1, len(samples) // 10):])
print("\none `kizashi code --threads 2` over %d article files (the corpus 3 times): exit %d, %d samples, "
      "RSS max in the first third %.0f MB, in the last tenth %.0f MB, peak %.0f MB" % (len(listed), rc, len(samples), base, end, peak))
if rc not in (0, 1) or not samples:
    print("FAIL: code exited %d: %s" % (rc, err[-300:]))
    fails += 1
if end > base * 1.10 + 5:
    print("FAIL: resident memory grew while coding the same text again")
    fails += 1
print("soak: %s" % ("FAILED" if fails else "passed"))
sys.exit(1 if fails else 0)
PY
