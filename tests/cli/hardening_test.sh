#!/usr/bin/env bash
# Hostile and broken inputs end in a finding, a note or one error line with exit 2: never a crash,
# a partial report, a silently smaller scan or a write outside what was asked.
# Usage: hardening_test.sh FLAGDEBT_BINARY
set -u
bin=$1
work=$(mktemp -d)
trap 'chmod -R u+rwx "$work"; rm -rf "$work"' EXIT
passed=0
failed=0
fail() { echo "FAIL $1"; failed=$((failed + 1)); }
ok() { echo "ok   $1"; passed=$((passed + 1)); }

# expect NAME STATUS -- command...: runs in $work/repo, keeps stdout/stderr in $work/out, $work/err
expect() {
  local name=$1 want=$2
  shift 3
  (cd "$work/repo" && "$@") >"$work/out" 2>"$work/err"
  local got=$?
  if [ "$got" -ne "$want" ]; then fail "$name: exit $got, expected $want: $(head -c 300 "$work/err")"; return 1; fi
  ok "$name"
}
valid_json() { python3 -c 'import json,sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$1" 2>/dev/null; }

mkdir -p "$work/repo"
printf 'version: 1\nflags:\n  - key: on_flag\n    status: decided\n    value: true\n' > "$work/repo/flagdebt.yaml"

# 1. Invalid UTF-8 in a key, in a file name and in a manifest.
printf "if client.is_enabled('caf\xe9'):\n    a()\n" > "$work/repo/latin1.py"
printf "if client.is_enabled('on_flag'):\n    a()\nelse:\n    b()\n" > "$work/repo/caf$(printf '\xe9') x.py"
for format in json sarif; do
  expect "invalid UTF-8 key and file name: --format $format" 1 -- "$bin" scan --format "$format" -o "report.$format"
  valid_json "$work/repo/report.$format" || fail "--format $format: report is not valid UTF-8 JSON"
done
grep -q '"uri": "caf%E9%20x.py"' "$work/repo/report.sarif" || fail "SARIF uri not percent-encoded: $(grep -o '"uri": "caf[^"]*"' "$work/repo/report.sarif")"
grep -q 'undeclared-flag' "$work/repo/report.json" || fail "the invalid key's finding was lost"
expect "text report escapes control characters in file names" 1 -- "$bin" scan --format text
rm -f "$work/repo/report."* "$work/repo/latin1.py" "$work/repo/caf"*
printf 'version: 1\nflags:\n  - key: caf\xe9\n    status: active\n' > "$work/repo/latin1.yaml"
expect "manifest with invalid UTF-8: exit 2" 2 -- "$bin" scan --manifest latin1.yaml && {
  grep -q "^flagdebt: latin1.yaml:3:13: not valid UTF-8" "$work/err" || fail "no file:line:col: $(cat "$work/err")"
}
rm "$work/repo/latin1.yaml"
printf 'x\n' > "$work/repo/nl
name.py"
printf "if client.is_enabled('on_flag'):\n    a()\nelse:\n    b()\n" > "$work/repo/nl
name.py"
expect "newline in a file name stays on one report line" 1 -- "$bin" scan --format text
grep -q 'nl\\nname.py:3:1: warning' "$work/out" || fail "file name not escaped: $(head -3 "$work/out")"
rm "$work/repo/nl
name.py"

# 2. An unreadable folder is one error and the walk goes on (root reads any folder: run as nobody).
mkdir -p "$work/repo/a" "$work/repo/b" "$work/repo/c"
for d in a b c; do printf "if client.is_enabled('on_flag'):\n    a()\nelse:\n    b()\n" > "$work/repo/$d/x.py"; done
chmod 000 "$work/repo/b"
as_user=()
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null; then
  as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
  chmod 755 "$work"; chmod -R a+rX "$work/repo/a" "$work/repo/c" "$work/repo/flagdebt.yaml"; chmod a+rx "$work/repo"
fi
expect "unreadable folder: exit 2, the walk goes on" 2 -- "${as_user[@]}" "$bin" scan --format text
grep -q "b: cannot read directory" "$work/out" || fail "no note for the unreadable folder: $(cat "$work/out")"
grep -q "^c/x.py:3:1: warning" "$work/out" || fail "the folder after the unreadable one was dropped: $(cat "$work/out")"
chmod 755 "$work/repo/b"; rm -rf "$work/repo/a" "$work/repo/b" "$work/repo/c"

# 4. Output safety.
printf "if client.is_enabled('on_flag'):\n    a()\nelse:\n    b()\n" > "$work/repo/app.py"
printf 'victim\n' > "$work/victim"
ln -s "$work/victim" "$work/repo/out.json"
expect "--output over a symlink replaces the link, not its target" 1 -- "$bin" scan --format json -o out.json
[ "$(cat "$work/victim")" = victim ] || fail "symlink target overwritten"
[ -L "$work/repo/out.json" ] && fail "out.json is still a symlink"
ls -A "$work/repo" | grep -q "tmp-" && fail "temporary file left behind"
expect "--output naming the manifest is refused" 2 -- "$bin" scan -o flagdebt.yaml
grep -q "refusing" "$work/err" || fail "no reason given: $(cat "$work/err")"
grep -q "^version: 1" "$work/repo/flagdebt.yaml" || fail "manifest overwritten"
expect "--output naming a scanned source file is refused" 2 -- "$bin" scan -o app.py
grep -q "is_enabled" "$work/repo/app.py" || fail "source file overwritten"
expect "an earlier JSON report in the tree is not scanned" 1 -- "$bin" scan --format json -o out.json
grep -q '"path": "out.json"' "$work/repo/out.json" && fail "the earlier report was scanned"
mkdir -p "$work/repo/folder.json"
expect "--output naming a folder" 2 -- "$bin" scan -o folder.json
grep -q "folder.json: cannot write output file: it is a directory" "$work/err" || fail "unclear message: $(cat "$work/err")"
rmdir "$work/repo/folder.json"
(cd "$work/repo" && "$bin" scan --format sarif > /dev/full 2>"$work/err"); status=$?
[ "$status" -eq 2 ] && grep -q "cannot write" "$work/err" && ok "stdout on a full disk: exit 2" || fail "/dev/full: exit $status: $(cat "$work/err")"
(cd "$work/repo" && "$bin" scan --format sarif >&- 2>"$work/err"); status=$?
[ "$status" -eq 2 ] && ok "closed stdout: exit 2" || fail "closed stdout: exit $status"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
