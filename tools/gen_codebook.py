#!/usr/bin/env python3
"""Regenerates data/cameo/codebook.tsv from ../shared/reference (run from the repo root).

Facts from reference/cameo-codes.csv (MIT, (c) 2022 Andreas Beger, andybega/icews) and
reference/cameo2plover.txt (CC BY-SA 4.0, openeventdata/PLOVER). Quad classes by root:
01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material
conflict (05, diplomatic cooperation, is verbal as in Phoenix's conversion,
openeventdata/phoenix_pipeline postprocess.py, where 01-02 are a neutral class 0 instead).
tests/codebook_reference_test.py checks the file this writes."""
import csv, re, sys

ref = sys.argv[1] if len(sys.argv) > 1 else "../shared/reference"
plover = {}
for line in open(f"{ref}/cameo2plover.txt", encoding="utf-8"):
    m = re.match(r"^(\d{2,4}):\s*([A-Z_]*)", line)
    if m and m.group(2):
        plover.setdefault(m.group(1), m.group(2))  # 08 is listed twice: CONCEDE first, then RETREAT

def quad(root):
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4

rows = []
for r in csv.DictReader(open(f"{ref}/cameo-codes.csv", encoding="utf-8")):
    code = r["code"].strip()
    root = code[:2]
    p = plover.get(code) or plover.get(code[:3]) or plover.get(root) or ""  # the first listing of a root
    if not p and root == "02":
        p = "REQUEST"  # PLOVER folds CAMEO appeals (02) into REQUEST; its table lists only 10

    name = re.sub(r"\s+", " ", r["name"]).strip()
    g = r["goldstein"].strip()
    rows.append((code, name, g, str(quad(root)), p))

out = open("data/cameo/codebook.tsv", "w", encoding="utf-8")
out.write("# CAMEO event codebook for kizashi: code, name, Goldstein score, quad class, PLOVER event type.\n")
out.write("# Codes, names and Goldstein scores: reference/cameo-codes.csv (MIT, (c) 2022 Andreas Beger, andybega/icews).\n")
out.write("# PLOVER types: cameo2plover.txt (CC BY-SA 4.0, openeventdata/PLOVER), nearest listed parent code;\n")
out.write("# CAMEO 02 (appeals) -> REQUEST as the PLOVER manual describes; CAMEO 01 statements have no PLOVER type (empty).\n")
out.write("# Quad class (GDELT 2.0): 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict,\n")
out.write("# by root: 01-05 -> 1, 06-08 -> 2, 09-13 -> 3, 14-20 -> 4 (tests/codebook_reference_test.py checks it; Phoenix,\n")
out.write("# openeventdata/phoenix_pipeline postprocess.py, also counts 05 as verbal cooperation).\n")
out.write("# Regenerate with: python3 tools/gen_codebook.py ../shared/reference\n")
out.write("# code\tname\tgoldstein\tquad\tplover\n")
for r in rows:
    out.write("\t".join(r) + "\n")
print(len(rows), "codes")
