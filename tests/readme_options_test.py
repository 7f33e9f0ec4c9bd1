#!/usr/bin/python3
"""readme_options_test.py BIN README — the README documents every option.

For each subcommand, every option that `kizashi SUB --help` lists must be
written (as `--opt`) where the README describes that command: the global
options and `code` in the `kizashi code` section; the store commands in their
row of the table under "Storing and analysing events" (--db and -o in the
sentence about every query command); serve, validate and coverage in their
sections. In the other direction, an option a table row names must be one
the command has. Prints one line per check; exit 1 when one fails.
"""
import re
import subprocess
import sys

BIN, README = sys.argv[1], sys.argv[2]
text = open(README, encoding="utf-8").read()
OPT = re.compile(r"--[a-z][a-z0-9-]*")


def help_options(*sub):
    out = subprocess.run([BIN, *sub, "--help"], capture_output=True, text=True, check=True).stdout
    opts = set()
    for line in out.splitlines():
        m = re.match(r"\s+(?:-[a-zA-Z],)?(--[a-z][a-z0-9-]*)", line)
        if m and m.group(1) != "--help":
            opts.add(m.group(1))
    return opts


def section(title):
    start = text.index("\n## " + title)
    end = text.find("\n## ", start + 1)
    return text[start:end if end > 0 else len(text)]


def table_row(sub):
    rows = [l for l in section("Storing and analysing events").splitlines() if l.startswith("| `" + sub + " ") or l.startswith("| `" + sub + "`")]
    assert len(rows) == 1, f"one table row for {sub}, found {len(rows)}"
    return rows[0]


store = section("Storing and analysing events")
common = next(l for l in store.splitlines() if l.startswith("Every query command takes"))
places = {
    (): section("`kizashi code`"),
    ("code",): section("`kizashi code`"),
    ("serve",): section("HTTP API"),
    ("validate",): section("Validating against a gold file"),
    ("coverage",): section("Coverage"),
}
for sub in ["ingest", "events", "series", "network", "export", "stats"]:
    places[(sub,)] = table_row(sub) + "\n" + (common if sub != "ingest" else "")

fails = 0
for sub, doc in places.items():
    name = " ".join(sub) or "(global)"
    have = help_options(*sub)
    written = set(OPT.findall(doc))
    missing = sorted(have - written)
    if missing:
        print(f"FAIL {name}: not in the README: {' '.join(missing)}")
        fails += 1
    else:
        print(f"ok   {name}: {len(have)} options documented")
    if sub and sub[0] in {"ingest", "events", "series", "network", "export", "stats"}:
        unknown = sorted(set(OPT.findall(table_row(sub[0]))) - have)
        if unknown:
            print(f"FAIL {name}: the README's row names options it does not have: {' '.join(unknown)}")
            fails += 1
sys.exit(1 if fails else 0)
