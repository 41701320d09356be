#!/usr/bin/env bash
# The progress line: on a terminal only (script(1) gives the scan one), erased at the end, never
# with --quiet, never on a pipe; --quiet keeps errors and drops notes.
# Usage: progress_test.sh FLAGDEBT_BINARY DEMO_TREE
set -u
bin=$1
demo=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
check() {  # NAME CONDITION-EXIT-STATUS
  if [ "$2" -eq 0 ]; then echo "ok   $1"; else echo "FAIL $1"; failed=1; fi
}
cd "$demo"
# A terminal, and a scan longer than the (test-only) delay of 0 ms: the line is drawn and erased.
script -qec "$bin scan --progress-delay 0 --format json -o $work/tty.json ." /dev/null >"$work/tty" 2>&1
grep -q "files, [0-9]* parsed" "$work/tty"; check "line drawn on a terminal" $?
[ "$(tail -c 4 "$work/tty" | od -An -c | tr -d ' ')" = "\r033[K" ]; check "line erased at the end" $?
script -qec "$bin scan --quiet --progress-delay 0 --format json -o $work/quiet.json ." /dev/null >"$work/quiet" 2>&1
[ ! -s "$work/quiet" ]; check "--quiet: no line" $?
"$bin" scan --progress-delay 0 --format json -o "$work/pipe.json" . 2>"$work/pipe" </dev/null
! grep -q "parsed" "$work/pipe"; check "stderr not a terminal: no line" $?
cmp -s "$work/tty.json" "$work/quiet.json"; check "same report either way" $?
# --quiet drops notes (a binary file named explicitly) but keeps errors (a missing path).
printf 'x\0y' >"$work/blob.py"
"$bin" scan --format json -o "$work/n.json" "$work/blob.py" 2>"$work/notes"
grep -q "binary" "$work/notes"; check "note shown without --quiet" $?
"$bin" scan --quiet --format json -o "$work/n.json" "$work/blob.py" 2>"$work/notes"
[ ! -s "$work/notes" ]; check "--quiet drops the note" $?
"$bin" scan --quiet --format json -o "$work/n.json" "$work/missing.py" 2>"$work/err"
[ $? -eq 2 ] && [ -s "$work/err" ]; check "--quiet keeps an error" $?
exit $failed
