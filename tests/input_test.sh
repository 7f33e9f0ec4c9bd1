#!/usr/bin/env bash
# input_test.sh BIN EXAMPLES — hostile inputs and outputs through the real
# binary (issue 13, items 7 and 9-13): -o never follows a planted symlink,
# unreadable inputs are named and counted while the rest is stored,
# ISO-2022-JP is decoded, JSONL errors name FILE: line N with ids escaped,
# only SQLite file paths are accepted, CSV cells cannot start a formula, a
# missing user dictionary and a failed write are one-line errors.
set -uo pipefail

BIN=${1:?usage: input_test.sh BIN EXAMPLES}
EXAMPLES=$(realpath "${2:?}")
BIN=$(realpath "$BIN")
# shellcheck source=tests/harness.sh
source "$(dirname "${BASH_SOURCE[0]}")/harness.sh"
DB=sqlite:$TMP/k.db
run 0 ingest --db "$DB" "$EXAMPLES" || fail "ingest the examples: exit $rc: $(cat "$TMP/err")"

# --- 9: -o FILE through a temporary file nobody can plant -------------------------
# The old temporary name was FILE.tmp<pid>; `exec` keeps the shell's pid, so the
# name planted here is exactly the one the old code would have opened.
mkdir "$TMP/o"
echo "not yours" >"$TMP/victim"
run 0 export --db "$DB" --format csv -o "$TMP/ref.csv"
if bash -c 'out=$1; shift
            for n in "$out.tmp$$" "$out.tmp" "$out.tmp$(($$ + 1))" "$(dirname "$out")/.$(basename "$out").tmp"; do
              ln -s "'"$TMP"'/victim" "$n"
            done
            exec "$@" -o "$out"' _ "$TMP/o/e.csv" "$BIN" export --db "$DB" --format csv 2>"$TMP/err" &&
  [[ $(cat "$TMP/victim") == "not yours" ]] && cmp -s "$TMP/ref.csv" "$TMP/o/e.csv" &&
  [[ $(head -c 3 "$TMP/o/e.csv") == "id," ]] && [[ $(find "$TMP/o" -type f | wc -l) -eq 1 ]]; then
  pass "-o: symlinks planted at the old temporary names are not followed, nothing left behind"
else
  fail "-o with planted symlinks: victim '$(cat "$TMP/victim")', $(ls -a "$TMP/o" | tr '\n' ' ') $(cat "$TMP/err")"
fi
if [[ $(stat -c %a "$TMP/ref.csv") == "$(printf %o $((0666 & ~$(umask))))" ]]; then
  pass "-o: the file has the mode the umask gives ($(stat -c %a "$TMP/ref.csv"))"
else
  fail "-o: mode $(stat -c %a "$TMP/ref.csv"), umask $(umask)"
fi
ln -s "$TMP/victim" "$TMP/o/link.csv"
if run 0 export --db "$DB" --format csv -o "$TMP/o/link.csv" && [[ ! -L $TMP/o/link.csv ]] &&
  [[ $(cat "$TMP/victim") == "not yours" ]] && cmp -s "$TMP/ref.csv" "$TMP/o/link.csv"; then
  pass "-o onto a symlink replaces the link, not the file it points to"
else
  fail "-o onto a symlink: victim '$(cat "$TMP/victim")'"
fi

# --- 12: --db takes a file path; in-memory and URI SQLite stores are refused -------
mkdir "$TMP/cwd"
for url in "sqlite::memory:" ":memory:" "sqlite://:memory:" "sqlite:file:x?mode=memory" "file:x?mode=memory" \
  "file:$TMP/cwd/u.db?vfs=unix-dotfile" "sqlite:file:$TMP/cwd/u.db"; do
  (cd "$TMP/cwd" && "$BIN" ingest --db "$url" "$EXAMPLES/ja-summit.txt" >"$TMP/out" 2>"$TMP/err")
  rc=$?
  if [[ $rc -ne 0 && $(wc -l <"$TMP/err") -eq 1 ]] && grep -qF -- "--db '$url': in-memory and URI SQLite stores keep nothing" "$TMP/err" &&
    [[ -z $(ls -A "$TMP/cwd") ]]; then
    pass "--db $url refused: $(cat "$TMP/err")"
  else
    fail "--db $url: exit $rc, $(cat "$TMP/err"), left: $(ls -A "$TMP/cwd")"
  fi
done
if run 1 stats --db "sqlite::memory:" && grep -q "keep nothing" "$TMP/err"; then
  pass "query commands refuse an in-memory store too"
else
  fail "stats --db sqlite::memory:: exit $rc $(cat "$TMP/err")"
fi
for url in "$TMP/plain.db" "sqlite://$TMP/slashes.db"; do
  if run 0 ingest --db "$url" "$EXAMPLES/ja-summit.txt" && grep -q "1 stored" "$TMP/err" &&
    run 0 stats --db "$url" --format json && grep -q '"documents": *1' "$TMP/out"; then
    pass "--db $url keeps the document"
  else
    fail "--db $url: exit $rc $(cat "$TMP/err") $(head -c 200 "$TMP/out")"
  fi
done

# --- 10: ISO-2022-JP is decoded (a sentence written for this test) -------------------
printf '%s\n' '政府関係者によると、日本の外相は2025年5月12日、北京で中国の外相と会談した。' >"$TMP/u8.txt"
iconv -f UTF-8 -t ISO-2022-JP "$TMP/u8.txt" >"$TMP/jis.txt"
if ! grep -q $'\x1b\$B' "$TMP/jis.txt" || LC_ALL=C grep -q '[^[:print:][:space:]'$'\x1b'']' "$TMP/jis.txt"; then
  fail "iconv did not write 7-bit ISO-2022-JP"
elif run 0 code "$TMP/jis.txt" && [[ $(wc -l <"$TMP/out") -eq 1 ]] &&
  grep -qF '"sentence":"政府関係者によると、日本の外相は2025年5月12日、北京で中国の外相と会談した。"' "$TMP/out" &&
  grep -qF '"event_date":"2025-05-12","source":"JPNGOV","target":"CHNGOV"' "$TMP/out" && grep -qF '"code":"040"' "$TMP/out"; then
  pass "ISO-2022-JP file coded: JPNGOV -> CHNGOV 040 on 2025-05-12"
else
  fail "ISO-2022-JP: exit $rc: $(cat "$TMP/err") $(head -c 300 "$TMP/out")"
fi
if run 0 ingest --db "sqlite:$TMP/jis.db" "$TMP/jis.txt" && grep -q "1 stored" "$TMP/err" &&
  run 0 events --db "sqlite:$TMP/jis.db" --format csv && grep -qF '北京で中国の外相と会談した。' "$TMP/out"; then
  pass "ISO-2022-JP file ingested, sentence stored as UTF-8"
else
  fail "ISO-2022-JP ingest: exit $rc: $(cat "$TMP/err")"
fi

# --- 11: JSONL errors are FILE: line N: reason, ids never printed raw, dates checked --
J=$TMP/records.jsonl
{
  printf '%s\n' '{"id":"ok1","date":"2025-02-05","text":"中国外務省の報道官は5日、日本の防衛政策を批判した。"}'
  printf '%s\n' '{"id":"evil\n\u001b[2Jid","date":"2025-02-05","text":"The foreign minister met his counterpart in Tokyo on Monday."}'
  printf '%s\n' '{"id":"bin\u001b]0;x\u0007","text":"\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008"}'
  printf '%s\n' '{"id":"d1","date":"2024-10-19Tjunk","text":"日本政府は中国に抗議した。"}'
  printf '%s\n' '{"id":"d2","date":"2025-02-06T09:30:00+09:00","text":"日本政府は中国に抗議した。"}'
} >"$J"
cat >"$TMP/want.err" <<WANT
kizashi: $J: line 2: English text; this build codes Japanese only (skipped)
kizashi: $J: line 3: binary data (8 control bytes), not text (skipped)
kizashi: $J: line 4: "date" '2024-10-19Tjunk' is not a date (YYYY-MM-DD or an ISO 8601 date and time) (skipped)
WANT
for threads in 1 2; do
  if run 1 ingest --db "sqlite:$TMP/j$threads.db" --threads "$threads" "$J" &&
    diff <(grep -v '^kizashi ingest:' "$TMP/err") "$TMP/want.err" >"$TMP/diff" &&
    grep -q "^kizashi ingest: 2 stored, 0 already stored, 0 near-duplicates, 3 skipped" "$TMP/err" &&
    ! grep -q $'\x1b' "$TMP/err"; then
    pass "JSONL errors name FILE: line N, never the id (--threads $threads)"
  else
    fail "JSONL errors (--threads $threads): exit $rc: $(cat "$TMP/diff") $(cat -A "$TMP/err")"
  fi
done
if run 0 events --db "sqlite:$TMP/j1.db" --format csv && grep -q ',2025-02-06,day,JPN' "$TMP/out"; then
  pass "a date with a time and offset gives its day"
else
  fail "JSONL date with time: $(cat "$TMP/out")"
fi
bad_name=$TMP/$'new\nline\x1b[31m.txt'
: >"$bad_name"
if run 1 ingest --db "sqlite:$TMP/j1.db" "$bad_name" && [[ $(wc -l <"$TMP/err") -eq 2 ]] &&
  grep -qF "kizashi: $TMP/new\\x0Aline\\x1B[31m.txt: empty input (skipped)" "$TMP/err" && ! grep -q $'\x1b' "$TMP/err"; then
  pass "a file name with a newline and ESC is escaped in its error"
else
  fail "control bytes in a file name: $(cat -A "$TMP/err")"
fi

# --- 7: what cannot be read is named and counted, the rest is stored, exit 1 --------
# ingest_tree NAME DIR WANT_SUMMARY WANT_DOCS [RUNNER...]: runs `ingest DIR` with 1 and
# 2 threads (through RUNNER, e.g. setpriv) into a new store; stderr without its summary
# line must be $TMP/want.err exactly, the summary WANT_SUMMARY, the store WANT_DOCS documents.
ingest_tree() {
  local name=$1 dir=$2 summary=$3 docs=$4; shift 4
  local t db
  for t in 1 2; do
    db=$STORES/$name$t.db
    "$@" "$BIN" ingest --db "$db" --threads "$t" "$dir" >"$TMP/out" 2>"$TMP/err"
    rc=$?
    if [[ $rc -eq 1 ]] && diff <(grep -v '^kizashi ingest:' "$TMP/err") "$TMP/want.err" >"$TMP/diff" &&
      grep -q "^kizashi ingest: $summary;" "$TMP/err" && "$BIN" stats --db "$db" --format json >"$TMP/out" &&
      grep -q "\"documents\": *$docs," "$TMP/out"; then
      pass "$name, --threads $t: each unreadable input named and counted, $docs documents stored, exit 1"
    else
      fail "$name, --threads $t: exit $rc: $(cat "$TMP/diff") $(tail -1 "$TMP/err") $(head -c 200 "$TMP/out")"
    fi
  done
}
STORES=$TMP/stores
mkdir -m 777 "$STORES"
good_jsonl='{"id":"g1","date":"2025-02-06","text":"日本政府は中国に抗議した。"}'

# Unreadable to root too: a symlink loop, a dangling symlink, a directory symlink back
# to the top, a FIFO, and /proc/self/mem (open succeeds, read fails with EIO) as a
# JSONL file and as a text file. The files sorted after them must still be stored.
T=$TMP/tree
mkdir -p "$T/sub" "$T/z"
cp "$EXAMPLES"/ja-*.txt "$T/"
ln -s loop2 "$T/loop1"; ln -s loop1 "$T/loop2"
ln -s nowhere "$T/dangling.txt"
ln -s .. "$T/sub/up"
ln -s /proc/self/mem "$T/a-mem.jsonl"; ln -s /proc/self/mem "$T/a-mem.txt"
mkfifo "$T/fifo"
printf '%s\n' "$good_jsonl" >"$T/z/good.jsonl"
cat >"$TMP/want.err" <<WANT
kizashi: $T/a-mem.jsonl: line 1: read error: Input/output error; the rest of the file is not read (skipped)
kizashi: $T/a-mem.txt: byte 0: read error: Input/output error (skipped)
kizashi: $T/dangling.txt: cannot read: No such file or directory (skipped)
kizashi: $T/fifo: not a regular file (FIFO, socket or device) (skipped)
kizashi: $T/loop1: cannot read: Too many levels of symbolic links (skipped)
kizashi: $T/loop2: cannot read: Too many levels of symbolic links (skipped)
kizashi: $T/sub/up: symbolic link loop (leads back to $T), not followed (skipped)
WANT
ingest_tree "symlink loops and read errors" "$T" "4 stored, 0 already stored, 0 near-duplicates, 7 skipped" 4

# A path on the command line that does not exist is one more such input.
cat >"$TMP/want.err" <<WANT
kizashi: $TMP/none.txt: cannot read: No such file or directory (skipped)
WANT
if run 1 ingest --db "sqlite:$STORES/missing.db" "$TMP/none.txt" "$EXAMPLES/ja-summit.txt" &&
  diff <(grep -v '^kizashi ingest:' "$TMP/err") "$TMP/want.err" >/dev/null && grep -q "1 stored, .* 1 skipped" "$TMP/err"; then
  pass "a missing path among the arguments is named and counted, the others stored"
else
  fail "missing path argument: exit $rc: $(cat "$TMP/err")"
fi

# chmod 000 stops only a user that is not root: as root, the run drops to nobody.
P=$TMP/perm
mkdir -p "$P/a-locked" "$P/b-open"
cp "$EXAMPLES/ja-summit.txt" "$P/a-locked/"
cp "$EXAMPLES/ja-sanctions.txt" "$P/b-open/"
cp "$EXAMPLES/ja-exercise.txt" "$P/a-unreadable.txt"
printf '%s\n' "$good_jsonl" >"$P/a-unreadable.jsonl"
printf '%s\n' "$good_jsonl" | sed 's/g1/g2/; s/中国/韓国/' >"$P/c-after.jsonl"
chmod 000 "$P/a-locked" "$P/a-unreadable.txt" "$P/a-unreadable.jsonl"
cat >"$TMP/want.err" <<WANT
kizashi: $P/a-locked: cannot read directory: Permission denied (skipped)
kizashi: $P/a-unreadable.jsonl: cannot read: Permission denied (skipped)
kizashi: $P/a-unreadable.txt: cannot open: Permission denied (skipped)
WANT
runner=()
if [[ $(id -u) -eq 0 ]]; then
  chmod 755 "$TMP"
  runner=(setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --clear-groups)
fi
if [[ ${#runner[@]} -gt 0 ]] && ! "${runner[@]}" "$BIN" code --date 2025-01-01 "$EXAMPLES/ja-summit.txt" >/dev/null 2>&1; then
  printf 'skip unreadable files and directories: user nobody cannot run %s here\n' "$BIN"
else
  ingest_tree "unreadable file, JSONL and directory" "$P" "2 stored, 0 already stored, 0 near-duplicates, 3 skipped" 2 \
    "${runner[@]}"
fi
chmod 755 "$P/a-locked"

# --- 13: CSV cells cannot start a formula -------------------------------------------
printf '%s\n' '{"id":"=HYPERLINK(\"http://x.example/\",\"a\")","url":"@SUM(1)","date":"2025-02-05","text":"中国外務省の報道官は5日、日本の防衛政策を批判した。"}' >"$TMP/formula.jsonl"
if run 0 ingest --db "sqlite:$TMP/formula.db" "$TMP/formula.jsonl" && run 0 export --db "sqlite:$TMP/formula.db" --format csv &&
  /usr/bin/python3 - "$TMP/out" <<'PY'; then
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8", newline="")))
assert rows, "no events"
for r in rows:
    assert r["doc"] == "'=HYPERLINK(\"http://x.example/\",\"a\")", r["doc"]
    assert r["url"] == "'@SUM(1)", r["url"]
    assert r["goldstein"].startswith("-") and float(r["goldstein"]) < 0, r["goldstein"]
    assert not any(v and v[0] in "=+-@\t\r" for k, v in r.items() if k != "goldstein"), r
PY
  pass "export --format csv: formula cells get a leading ', negative numbers stay numbers"
else
  fail "CSV formula cells: exit $rc: $(cat "$TMP/err") $(head -c 400 "$TMP/out")"
fi

# --- 13: a user dictionary that was named must exist -----------------------------------
for how in env flag; do
  cd "$TMP/cwd" || exit 1
  if [[ $how == env ]]; then
    KIZASHI_USERDIC=$TMP/no-such.dic "$BIN" ingest --db "$TMP/cwd/u.db" "$EXAMPLES/ja-summit.txt" >"$TMP/out" 2>"$TMP/err"
  else
    "$BIN" --userdic "$TMP/no-such.dic" ingest --db "$TMP/cwd/u.db" "$EXAMPLES/ja-summit.txt" >"$TMP/out" 2>"$TMP/err"
  fi
  rc=$?
  cd - >/dev/null || exit 1
  if [[ $rc -eq 2 && $(wc -l <"$TMP/err") -eq 1 ]] &&
    grep -qF "kizashi: user dictionary $TMP/no-such.dic (--userdic, \$KIZASHI_USERDIC): cannot read: No such file or directory" "$TMP/err" &&
    [[ -z $(ls -A "$TMP/cwd") ]]; then
    pass "missing user dictionary ($how): one line naming it, exit 2, no store created"
  else
    fail "missing user dictionary ($how): exit $rc: $(cat "$TMP/err") $(ls -A "$TMP/cwd")"
  fi
done
if KIZASHI_USERDIC=$TMP/no-such.dic "$BIN" code "$EXAMPLES/ja-summit.txt" >"$TMP/out" 2>"$TMP/err"; then rc=0; else rc=$?; fi
if [[ $rc -eq 2 && ! -s $TMP/out ]] && grep -qF "$TMP/no-such.dic" "$TMP/err"; then
  pass "code with a missing KIZASHI_USERDIC: exit 2"
else
  fail "code with a missing KIZASHI_USERDIC: exit $rc $(cat "$TMP/err")"
fi

# --- 13: a failed write is one line naming the output, exit 1 ---------------------------
# SIGXFSZ is ignored, so past `ulimit -f` write() fails with EFBIG and is reported.
# 132 articles written for this test (sentences from a few patterns): ~500 events.
/usr/bin/python3 - >"$TMP/many.jsonl" <<'PY'
import json
cs = ["中国", "韓国", "米国", "ロシア", "北朝鮮", "フランス", "ドイツ", "インド", "英国", "オーストラリア", "フィリピン", "ベトナム"]
xs = ["防衛政策", "経済政策", "核実験", "ミサイル発射", "軍事演習"]
vs = ["批判", "非難", "抗議"]
n = 0
for i, s in enumerate(cs):
    for j, t in enumerate(cs):
        if s == t:
            continue
        lines = [f"{s}の外相は{k % 27 + 1}日、{t}の{xs[(i + j + k) % 5]}を{vs[(i * j + k) % 3]}した。" for k in range(3)]
        lines.append(f"{s}の首相は{(i + j) % 27 + 1}日、{t}の首脳と会談した。")
        n += 1
        print(json.dumps({"id": f"m{n}", "date": f"2025-0{i % 9 + 1}-{j % 27 + 1:02d}", "text": "\n".join(lines)},
                         ensure_ascii=False))
PY
M=sqlite:$TMP/many.db
mkdir "$TMP/w"
run 0 ingest --db "$M" "$TMP/many.jsonl" || fail "ingest many.jsonl: $(cat "$TMP/err")"
run 0 events --db "$M" --format jsonl -o "$TMP/full.jsonl"
if [[ $(stat -c %s "$TMP/full.jsonl") -lt 200000 ]]; then
  fail "the events of many.jsonl are too small to pass a 64 KiB limit: $(stat -c %s "$TMP/full.jsonl") bytes"
fi
# one_error NAME WANT_LINE: exit 1 and exactly WANT_LINE on stderr
one_error() {
  if [[ $rc -eq 1 && $(cat "$TMP/err") == "$2" ]]; then pass "$1: $2"; else fail "$1: exit $rc: $(cat "$TMP/err")"; fi
}
(ulimit -f 64; exec "$BIN" events --db "$M" --format jsonl -o "$TMP/w/e.jsonl") >"$TMP/out" 2>"$TMP/err"
rc=$?
one_error "-o past ulimit -f" "kizashi: $TMP/w/e.jsonl: write failed: File too large"
[[ -z $(ls -A "$TMP/w") ]] && pass "-o past ulimit -f leaves nothing behind" || fail "-o past ulimit -f left: $(ls -A "$TMP/w")"
(ulimit -f 64; exec "$BIN" events --db "$M" --format jsonl) >"$TMP/w/s.jsonl" 2>"$TMP/err"
rc=$?
one_error "stdout past ulimit -f" "kizashi: standard output: write failed: File too large"
/usr/bin/python3 -c 'import json,sys; [print(json.loads(l)["text"]) for l in open(sys.argv[1], encoding="utf-8")]' \
  "$TMP/many.jsonl" >"$TMP/many.txt"
(ulimit -f 64; exec "$BIN" code --date 2025-01-01 "$TMP/many.txt") >"$TMP/w/c.jsonl" 2>"$TMP/err"
rc=$?
one_error "code, stdout past ulimit -f" "kizashi: standard output: write failed: File too large"
if [[ -w /dev/full ]]; then
  "$BIN" code "$EXAMPLES/ja-summit.txt" >/dev/full 2>"$TMP/err"
  rc=$?
  one_error "code to /dev/full" "kizashi: standard output: write failed: No space left on device"
  "$BIN" stats --db "$M" >/dev/full 2>"$TMP/err"
  rc=$?
  one_error "stats to /dev/full" "kizashi: standard output: write failed: No space left on device"
fi
(ulimit -f 200; exec "$BIN" ingest --db "$TMP/w/limited.db" "$TMP/many.jsonl") >"$TMP/out" 2>"$TMP/err"
rc=$?
if [[ $rc -eq 1 ]] && grep -q "^kizashi: $TMP/w/limited.db: " "$TMP/err" && grep -q "^kizashi ingest: " "$TMP/err"; then
  pass "ingest past ulimit -f: the store's error, the summary, exit 1 ($(head -1 "$TMP/err"))"
else
  fail "ingest past ulimit -f: exit $rc: $(cat "$TMP/err")"
fi

echo "$fails failure(s)"
((fails == 0))
