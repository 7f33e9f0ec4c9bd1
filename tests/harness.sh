# harness.sh — sourced by the shell tests that run the real binary: a scratch
# directory removed on exit, ok/FAIL lines with a failure count, and run(),
# which runs $BIN and keeps its output.
#   pass NAME / fail NAME       print the line; fail counts it in $fails
#   run EXPECTED_RC ARGS...     $BIN ARGS with stdout in $TMP/out, stderr in
#                               $TMP/err, status in $rc; true when the status
#                               is EXPECTED_RC ("nonzero": any but 0)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fails=0
pass() { printf 'ok   %s\n' "$1"; }
fail() { printf 'FAIL %s\n' "$1"; fails=$((fails + 1)); }
run() {
  local expect=$1; shift
  "$BIN" "$@" >"$TMP/out" 2>"$TMP/err"
  rc=$?
  [[ $expect == nonzero && $rc -ne 0 ]] || [[ $expect == "$rc" ]]
}
