#!/usr/bin/env python3
"""tools/code_shape.py — the shape limits of docs/architecture.md, checked.

    python3 tools/code_shape.py [--list] [ROOT]

Checks, under ROOT/src (default: this checkout):
  * no file longer than 500 lines;
  * no function longer than 80 lines in the stages that carry the coder's
    logic and the server (src/actors, src/events, src/discourse, src/serve);
  * no #include that runs against the pipeline: a file may include base/ and
    model/, its own stage and the stages before it, never a later one (the
    order is STAGES below); the language front ends (text/ja, actors/ja,
    events/ja) count as their stage;
  * no language test in src/store, src/format and src/serve (a "ja" or "en"
    literal, or has_japanese / detect_language): they take every language as
    it comes.
Functions are found by their braces: a block at namespace level whose header
holds a parenthesis; its length runs from the header's first line to the
closing brace. --list prints every function with its length, longest first.
Exit 0 when every limit holds, 1 otherwise (one line per breach).
"""
import os
import re
import sys

STAGES = ["base", "model", "ingest", "text", "discourse", "actors", "events", "pipeline",
          "store", "format", "serve", "cli"]
MAX_FILE = 500
MAX_FUNCTION = 80
FUNCTION_DIRS = ("actors", "events", "discourse", "serve")
NEUTRAL_DIRS = ("store", "format", "serve")
LANGUAGE_TEST = re.compile(r'"(ja|en)"|\bhas_japanese\b|\bdetect_language\b')


def strip_strings(line):
    line = re.sub(r'R"(\w*)\(.*?\)\1"', '""', line)
    line = re.sub(r'"(\\.|[^"\\])*"', '""', line)
    line = re.sub(r"'(\\.|[^'\\])*'", "''", line)
    return line.split("//", 1)[0]


def functions(path):
    """(name, first line, length) of each namespace-level function in a file."""
    out, stack, header = [], [], []
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = strip_strings(raw.rstrip("\n"))
        if not stack or all(kind == "ns" for kind, _, _ in stack):
            if line.strip():
                header.append((n, line))
            if line.strip().endswith(";") or line.startswith("#") or line.strip() == "}":
                header = []
        for ch in line:
            if ch == "{":
                at_top = all(kind == "ns" for kind, _, _ in stack)
                text = " ".join(l for _, l in header)
                if at_top and re.match(r"\s*(namespace\b|extern\s+\"C\")", text or line):
                    stack.append(("ns", n, ""))
                elif at_top and "(" in text and not re.match(r"\s*(struct|class|enum|union)\b", text):
                    first = header[0][0] if header else n
                    name = re.sub(r"\s+", " ", text.split("(")[0]).strip().split(" ")[-1]
                    stack.append(("fn", first, name))
                else:
                    stack.append(("block", n, ""))
                header = []
            elif ch == "}" and stack:
                kind, first, name = stack.pop()
                if kind == "fn":
                    out.append((name, first, n - first + 1))
    return out


def stage_of(rel):
    parts = rel.split("/")
    return parts[1] if len(parts) > 2 and parts[0] == "src" else None


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    root = os.path.abspath(args[0] if args else os.path.join(os.path.dirname(__file__), ".."))
    listing = "--list" in sys.argv
    breaches, found = [], []
    for dirpath, _, files in os.walk(os.path.join(root, "src")):
        for f in sorted(files):
            if not f.endswith((".h", ".cc")):
                continue
            path = os.path.join(dirpath, f)
            rel = os.path.relpath(path, root)
            stage = stage_of(rel)
            text = open(path, encoding="utf-8").read()
            lines = text.count("\n")
            if lines > MAX_FILE:
                breaches.append(f"{rel}: {lines} lines (at most {MAX_FILE})")
            for name, first, length in functions(path):
                found.append((length, f"{rel}:{first}", name))
                if stage in FUNCTION_DIRS and length > MAX_FUNCTION:
                    breaches.append(f"{rel}:{first}: {name} is {length} lines (at most {MAX_FUNCTION})")
            for n, line in enumerate(text.split("\n"), 1):
                m = re.match(r'#include "([a-z_]+)/', line)
                if m and stage in STAGES and m.group(1) in STAGES:
                    inc = m.group(1)
                    if STAGES.index(inc) > STAGES.index(stage):
                        breaches.append(f"{rel}:{n}: includes {inc}/, a later stage than {stage}/")
                if stage in NEUTRAL_DIRS and LANGUAGE_TEST.search(line.split("//")[0]):
                    breaches.append(f"{rel}:{n}: a language test in {stage}/: {line.strip()}")
    if listing:
        for length, where, name in sorted(found, reverse=True):
            print(f"{length:5d}  {where}  {name}")
    for b in breaches:
        print(b)
    return 1 if breaches else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # --list piped into head
        sys.exit(0)
