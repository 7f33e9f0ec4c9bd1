#!/usr/bin/env bash
# cli_test.sh BIN — the `kizashi code` contract through the real binary:
# bad inputs fail with exactly one stderr line naming the file, usage errors
# exit 2, a document without events prints nothing, tsv/--explain print.
set -uo pipefail

BIN=${1:?usage: cli_test.sh path/to/kizashi}
# shellcheck source=tests/harness.sh
source "$(dirname "${BASH_SOURCE[0]}")/harness.sh"

# bad_input NAME FILE: non-zero exit, exactly one line on stderr that names FILE, no output.
bad_input() {
  local name=$1 file=$2
  if ! run nonzero code --date 2024-10-19 "$file"; then fail "$name: exit $rc, want non-zero"; return; fi
  local lines
  lines=$(wc -l <"$TMP/err")
  if [[ $lines -ne 1 ]]; then fail "$name: $lines stderr lines, want 1: $(head -c 300 "$TMP/err")"; return; fi
  if ! grep -qF -- "$file" "$TMP/err"; then fail "$name: stderr does not name the file: $(cat "$TMP/err")"; return; fi
  if [[ -s $TMP/out ]]; then fail "$name: unexpected output on stdout"; return; fi
  pass "$name ($(cat "$TMP/err"))"
}

: >"$TMP/empty.txt"
bad_input "empty file" "$TMP/empty.txt"

# The same "binary" bytes every run (a fixed seed), so a failure can be reproduced.
/usr/bin/python3 -c 'import random, sys; random.seed(20261204); sys.stdout.buffer.write(bytes(random.getrandbits(8) for _ in range(2000)))' >"$TMP/random.bin"
bad_input "binary file" "$TMP/random.bin"

printf '\xe6\x97\xa5\xe6\x9c\xac\xff\xfe\xfd abc\n' >"$TMP/invalid.txt"
bad_input "invalid UTF-8" "$TMP/invalid.txt"

head -c $((10 * 1024 * 1024)) /dev/zero | tr '\0' 'a' >"$TMP/longline.txt"
bad_input "10 MB single line" "$TMP/longline.txt"

bad_input "missing file" "$TMP/does-not-exist.txt"

# A run-on line just under the line limit (no 。 anywhere) is coded, not refused or stuck.
# (An event every 540 bytes: one every 30 bytes is refused as too dense, memory_test.sh.)
for ((i = 0; i < 1650; i++)); do printf '日本は中国を批判し、'; for ((j = 0; j < 9; j++)); do printf '経済や文化の交流について意見を交わし、'; done; done >"$TMP/runon.txt"
echo >>"$TMP/runon.txt"
if run 0 code --date 2024-10-19 "$TMP/runon.txt" && [[ -s $TMP/out ]]; then
  pass "900 KB run-on line coded ($(wc -l <"$TMP/out") events)"
else
  fail "run-on line: exit $rc: $(head -c 300 "$TMP/err")"
fi

mkdir "$TMP/dir"
bad_input "directory" "$TMP/dir"

# A bad file among good ones: the good ones are still coded, exit is 1.
printf '2024年10月19日\n日本政府は中国に抗議した。\n' >"$TMP/good.txt"
# (日本政府は中国に抗議した: a protest, CAMEO 114, by Japan's government to China.)
if run 1 code "$TMP/good.txt" "$TMP/empty.txt" && [[ $(wc -l <"$TMP/out") -eq 1 ]] &&
  grep -q '"source":"JPNGOV","target":"CHN"' "$TMP/out" && grep -q '"code":"114"' "$TMP/out" &&
  [[ $(wc -l <"$TMP/err") -eq 1 ]] && grep -q "empty.txt" "$TMP/err"; then
  pass "good file coded despite a bad one (exit 1)"
else
  fail "mixed good/bad files: exit $rc, stdout $(wc -c <"$TMP/out") bytes, stderr: $(cat "$TMP/err")"
fi

# Usage errors exit 2.
if run 2 code --no-such-option "$TMP/good.txt"; then pass "unknown option exits 2"; else fail "unknown option: exit $rc"; fi
if run 2 code --date 2024-13-45 "$TMP/good.txt"; then pass "bad --date exits 2"; else fail "bad --date: exit $rc"; fi
if run 2 code --date yesterday "$TMP/good.txt"; then pass "non-date --date exits 2"; else fail "--date yesterday: exit $rc"; fi
if run 2 code --format xml "$TMP/good.txt"; then pass "bad --format exits 2"; else fail "bad --format: exit $rc"; fi
if run 2; then pass "no subcommand exits 2"; else fail "no subcommand: exit $rc"; fi

# No events: exit 0, nothing printed.
printf 'きょうの東京地方は晴れ、最高気温は二十度の見込みです。\n' >"$TMP/weather.txt"
if run 0 code --date 2024-10-19 "$TMP/weather.txt" && [[ ! -s $TMP/out ]] && [[ ! -s $TMP/err ]]; then
  pass "document without events: exit 0, no output"
else
  fail "document without events: exit $rc, stdout: $(head -c 300 "$TMP/out") stderr: $(cat "$TMP/err")"
fi

# jsonl: one valid JSON object per event with the contract's fields.
if run 0 code --date 2024-10-19 "$TMP/good.txt" && [[ -s $TMP/out ]] &&
  python3 - "$TMP/out" <<'PY'; then
import json, sys
fields = ["doc", "sentence_index", "sentence", "doc_date", "event_date", "source", "target", "source_text",
          "target_text", "source_resolution", "target_resolution", "code", "root_code", "quad_class", "goldstein", "plover", "quote", "rule", "predicate",
          "predicate_span", "intent", "mutual", "actor_ids", "lang"]
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert lines, "no lines"
for line in lines:
    e = json.loads(line)
    missing = [f for f in fields if f not in e]
    assert not missing, f"missing fields {missing}"
    assert e["source"][:3] == "JPN" and e["target"][:3] == "CHN", e
    assert e["doc_date"] == "2024-10-19", e
PY
  pass "jsonl output has the contract fields"
else
  fail "jsonl output: exit $rc: $(head -c 500 "$TMP/out")"
fi

# The date comes from the text when --date is not given.
if run 0 code "$TMP/good.txt" && grep -q '"doc_date":"2024-10-19"' "$TMP/out"; then
  pass "document date found in the text"
else
  fail "document date from text: $(head -c 300 "$TMP/out")"
fi

# stdin
if "$BIN" code --date 2024-10-19 - <"$TMP/good.txt" >"$TMP/out" 2>"$TMP/err" && [[ -s $TMP/out ]]; then
  pass "reads standard input"
else
  fail "stdin: $(cat "$TMP/err")"
fi

if run 0 code --date 2024-10-19 --format tsv "$TMP/good.txt" && [[ $(wc -l <"$TMP/out") -eq 2 ]] &&
  [[ $(head -1 "$TMP/out" | cut -f1-6) == $'doc\tsentence_index\tevent_date\tsource\ttarget\tcode' ]] &&
  [[ $(sed -n 2p "$TMP/out" | cut -f2-6) == $'1\t2024-10-19\tJPNGOV\tCHN\t114' ]]; then
  pass "--format tsv prints a header and rows"
else
  fail "--format tsv: exit $rc: $(head -c 300 "$TMP/out")"
fi

if run 0 code --date 2024-10-19 --explain "$TMP/good.txt" && grep -q 'EVENT JPNGOV → CHN  114' "$TMP/out" &&
  grep -q 'rule ja.114.抗議' "$TMP/out" && grep -q 'actor: 日本政府 = JPNGOV' "$TMP/out"; then
  pass "--explain prints the trace"
else
  fail "--explain: exit $rc: $(head -c 300 "$TMP/out")"
fi

if run 2 code --lang en "$TMP/good.txt"; then pass "--lang en exits 2 (not built)"; else fail "--lang en: exit $rc"; fi

# --threads: the same output in the same (input) order as one thread, errors included.
EX=$(cd "$(dirname "$0")/../examples" && pwd)
many=("$EX"/ja-summit.txt "$TMP/good.txt" "$TMP/empty.txt" "$EX"/ja-exercise.txt "$EX"/ja-sanctions.txt "$TMP/good.txt")
"$BIN" code --threads 1 "${many[@]}" >"$TMP/t1" 2>"$TMP/e1"; rc1=$?
"$BIN" code --threads 2 "${many[@]}" >"$TMP/t2" 2>"$TMP/e2"; rc2=$?
if [[ $rc1 -eq 1 && $rc2 -eq 1 && -s $TMP/t1 ]] && cmp -s "$TMP/t1" "$TMP/t2" && cmp -s "$TMP/e1" "$TMP/e2" &&
  [[ $(grep -o '"doc":"[^"]*"' "$TMP/t2" | uniq | sed 's/.*\///' | tr -d '"' | tr '\n' ' ') == "ja-summit.txt good.txt ja-exercise.txt ja-sanctions.txt good.txt " ]]; then
  pass "--threads 2 prints what --threads 1 prints, in input order"
else
  fail "--threads: rc $rc1/$rc2, $(diff "$TMP/t1" "$TMP/t2" | head -c 300) $(grep -o '"doc":"[^"]*"' "$TMP/t2" | uniq | head)"
fi

if ((fails)); then
  echo "$fails CLI check(s) failed"
  exit 1
fi
echo "all CLI checks passed"
