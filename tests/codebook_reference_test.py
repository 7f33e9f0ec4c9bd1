#!/usr/bin/python3
"""codebook_reference_test.py DATA SHARED

The CAMEO codebook kizashi codes with (DATA/cameo/codebook.tsv) and its PLOVER
table (DATA/cameo/plover.tsv), compared with the reference files they were made
from (SHARED/reference/cameo-codes.csv and plover-ontology.json), which know
nothing of our code:
  - every reference code is in the codebook and no other, with the same name
    and Goldstein score;
  - the quad class is GDELT 2.0's by root (01-05 verbal cooperation, 06-08
    material cooperation, 09-13 verbal conflict, 14-20 material conflict);
  - each code's PLOVER type, mode and context are CAMEO2PLOVER's for the code
    or its nearest listed parent, except 01 (no PLOVER type) and 02 (REQUEST),
    the two the codebook's header names.
Without SHARED it is skipped (77), except in CI.
"""
import csv
import json
import os
import sys

data, shared = sys.argv[1], sys.argv[2]
ref_csv = os.path.join(shared, "reference", "cameo-codes.csv")
ref_json = os.path.join(shared, "reference", "plover-ontology.json")
if not (os.path.isfile(ref_csv) and os.path.isfile(ref_json)):
    if os.environ.get("CI") in ("true", "1"):
        print("FAIL: %s or %s is missing (required in CI)" % (ref_csv, ref_json))
        sys.exit(1)
    print("skipped: no reference files under %s" % shared)
    sys.exit(77)

failures = []


def fail(msg):
    failures.append(msg)


def rows(path):
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if line and not line.startswith("#"):
            yield n, line.split("\t")


codebook = {}
for n, f in rows(os.path.join(data, "cameo", "codebook.tsv")):
    codebook[f[0]] = (n, f)

reference = {}
with open(ref_csv, encoding="utf-8") as fh:
    for r in csv.DictReader(fh):
        reference[r["code"]] = r

for code, r in reference.items():
    if code not in codebook:
        fail("reference code %s (%s) is missing from codebook.tsv" % (code, r["name"]))
        continue
    n, f = codebook[code]
    if f[1] != r["name"]:
        fail("codebook.tsv:%d: %s is named %r, the reference says %r" % (n, code, f[1], r["name"]))
    if float(f[2]) != float(r["goldstein"]):
        fail("codebook.tsv:%d: %s has Goldstein %s, the reference says %s" % (n, code, f[2], r["goldstein"]))
for code, (n, f) in codebook.items():
    if code not in reference:
        fail("codebook.tsv:%d: %s is not a CAMEO code of the reference" % (n, code))


def quad(code):
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


for code, (n, f) in codebook.items():
    if int(f[3]) != quad(code):
        fail("codebook.tsv:%d: %s has quad class %s, GDELT's by root is %d" % (n, code, f[3], quad(code)))

listed = {}
for e in json.load(open(ref_json, encoding="utf-8"))["cameo_to_plover"]:
    listed.setdefault(e["cameo"], e)


def plover_of(code):
    c = code
    while c and c not in listed:
        c = c[:-1] if len(c) > 2 else ""
    return listed.get(c)


plover = {}
for n, f in rows(os.path.join(data, "cameo", "plover.tsv")):
    if f[0] != "version":
        plover[f[0]] = (n, f)

for code, (n, f) in codebook.items():
    root = code[:2]
    want = "" if root == "01" else "REQUEST" if root == "02" else (plover_of(code) or {}).get("plover_event", "")
    got = f[4] if len(f) > 4 else ""
    if got != want:
        fail("codebook.tsv:%d: %s has PLOVER type %r, CAMEO2PLOVER gives %r" % (n, code, got, want))
    if root in ("01", "02"):
        continue
    e = plover_of(code)
    if e is None:
        fail("no CAMEO2PLOVER entry for %s or a parent" % code)
        continue
    if code not in plover:
        fail("plover.tsv has no line for %s" % code)
        continue
    pn, pf = plover[code]
    mode = pf[2] if pf[2] != "-" else ""
    ctx = sorted(x for x in pf[3].split("|") if x and x != "-")
    want_ctx = sorted(x.strip() for x in e["context"].replace(",", ";").replace("|", ";").split(";") if x.strip())
    if (pf[1], mode, ctx) != (e["plover_event"], e["mode"].strip(), want_ctx):
        fail("plover.tsv:%d: %s is %s/%r/%s, CAMEO2PLOVER gives %s/%r/%s" %
             (pn, code, pf[1], mode, ctx, e["plover_event"], e["mode"], want_ctx))

print("%d reference codes, %d codebook codes, %d failure(s)" % (len(reference), len(codebook), len(failures)))
for m in failures[:40]:
    print("FAIL " + m)
sys.exit(1 if failures else 0)
