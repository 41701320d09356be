#!/usr/bin/env bash
# CLI contract tests (BRIEF "CLI contract"): exit codes, one-line errors with file:line, bad
# inputs, nothing half-written. Usage: cli_test.sh FLAGDEBT_BINARY SOURCE_DIR
set -u
bin=$1
src=$2
work=$(mktemp -d)
trap 'chmod -R u+rwx "$work"; rm -rf "$work"' EXIT
passed=0
failed=0

# check NAME EXPECTED_STATUS STDERR_PATTERN -- command...
check() {
  local name=$1 want=$2 pattern=$3
  shift 4
  "$@" >"$work/out" 2>"$work/err"
  local got=$?
  if [ "$got" -ne "$want" ]; then
    echo "FAIL $name: exit $got, expected $want"; sed 's/^/  stderr: /' "$work/err" | head -5; failed=$((failed + 1)); return
  fi
  if [ -n "$pattern" ] && ! grep -qE -- "$pattern" "$work/err"; then
    echo "FAIL $name: stderr does not match /$pattern/"; sed 's/^/  stderr: /' "$work/err" | head -5; failed=$((failed + 1)); return
  fi
  echo "ok   $name"; passed=$((passed + 1))
}

manifest() {  # a small valid manifest in $1
  mkdir -p "$1"
  printf 'version: 1\nflags:\n  - key: on_flag\n    status: decided\n    value: true\n    cleanup_deadline: 2099-01-01\n' > "$1/flagdebt.yaml"
}

check "--version" 0 "" -- "$bin" --version
grep -q "^flagdebt [0-9]" "$work/out" || { echo "FAIL --version output"; failed=$((failed + 1)); }
check "--help" 0 "" -- "$bin" --help
check "scan --help" 0 "" -- "$bin" scan --help
check "no subcommand" 2 "" -- "$bin"
check "unknown option" 2 "" -- "$bin" scan --bogus

mkdir -p "$work/empty"
check "no manifest" 2 "^flagdebt: no manifest" -- bash -c "cd '$work/empty' && '$bin' scan"
manifest "$work/empty"
check "empty directory" 0 "" -- bash -c "cd '$work/empty' && '$bin' scan"

mkdir -p "$work/bad"
printf 'version: 1\nflags:\n  - key: a\n    status: shipped\n' > "$work/bad/flagdebt.yaml"
check "malformed manifest: one line, file:line:col" 2 "^flagdebt: flagdebt.yaml:4:13: unknown flag status" -- bash -c "cd '$work/bad' && '$bin' scan"
[ "$(wc -l < "$work/err")" -eq 1 ] || { echo "FAIL malformed manifest: more than one line"; failed=$((failed + 1)); }
printf 'version: 1\nflags: [\n' > "$work/bad/broken.yaml"
check "invalid YAML" 2 "broken.yaml:3:1: invalid YAML" -- bash -c "cd '$work/bad' && '$bin' scan --manifest broken.yaml"

manifest "$work/repo"
check "missing path" 2 "does-not-exist: no such file or directory" -- bash -c "cd '$work/repo' && '$bin' scan does-not-exist"
check "bad --format" 2 "unknown --format" -- bash -c "cd '$work/repo' && '$bin' scan --format yaml"
check "bad --fail-on" 2 "unknown --fail-on" -- bash -c "cd '$work/repo' && '$bin' scan --fail-on sometimes"
check "bad --today" 2 "--today" -- bash -c "cd '$work/repo' && '$bin' scan --today 2025-02-30"
check "--timings: each phase on stderr, the report last" 0 "^report +[0-9.]+ ms wall +[0-9.]+ ms cpu" -- bash -c "cd '$work/repo' && '$bin' scan --timings -o /dev/null ."

printf 'if client.is_enabled("on_flag"):\n    a()\nelse:\n    b()\n' > "$work/repo/app.py"
check "findings exit 1" 1 "" -- bash -c "cd '$work/repo' && '$bin' scan"
check "--fail-on never" 0 "" -- bash -c "cd '$work/repo' && '$bin' scan --fail-on never"
check "--fail-on error" 0 "" -- bash -c "cd '$work/repo' && '$bin' scan --fail-on error"
check "explicit file" 1 "" -- bash -c "cd '$work/repo' && '$bin' scan app.py"
grep -q "orphaned-flag" "$work/out" && { echo "FAIL explicit files must not report orphans"; failed=$((failed + 1)); }

printf 'x = "on_flag"\0\0binary' > "$work/repo/blob.py"
check "binary file walked: skipped silently" 1 "" -- bash -c "cd '$work/repo' && '$bin' scan"
grep -q "blob.py" "$work/out" && { echo "FAIL binary file produced output"; failed=$((failed + 1)); }
check "binary file named: a note, not an error" 0 "" -- bash -c "cd '$work/repo' && '$bin' scan blob.py --format json --fail-on never"
grep -q '"skipped: binary file"' "$work/out" || { echo "FAIL binary note missing"; failed=$((failed + 1)); }

# Unreadable: a FIFO named as a file (root reads any mode-000 file, so permissions prove nothing).
mkfifo "$work/repo/pipe.py"
check "unreadable file: exit 2, report still written" 2 "pipe.py: cannot read" -- bash -c "cd '$work/repo' && '$bin' scan app.py pipe.py --format json -o out.json"
grep -q '"dead-branch"' "$work/repo/out.json" || { echo "FAIL other files' findings lost"; failed=$((failed + 1)); }
rm "$work/repo/pipe.py"

printf 'previous\n' > "$work/repo/keep.sarif"
check "output file written atomically" 1 "" -- bash -c "cd '$work/repo' && '$bin' scan --format sarif -o keep.sarif"
grep -q '"version": "2.1.0"' "$work/repo/keep.sarif" || { echo "FAIL output file not written"; failed=$((failed + 1)); }
ls -A "$work/repo" | grep -q "tmp-" && { echo "FAIL temporary file left behind"; failed=$((failed + 1)); }
check "unwritable output: exit 2, old file kept" 2 "cannot write" -- bash -c "cd '$work/repo' && '$bin' scan -o /nonexistent-dir/x.sarif"

mkdir -p "$work/loop/sub"; manifest "$work/loop"; ln -s .. "$work/loop/sub/up"; ln -s / "$work/loop/root"
check "symlink loop and escape are not followed" 0 "" -- bash -c "cd '$work/loop' && timeout 20 '$bin' scan --fail-on never"

mkdir -p "$work/ign/gen"; manifest "$work/ign"
printf 'if client.is_enabled("on_flag"):\n    a()\n' > "$work/ign/gen/out.py"; cp "$work/ign/gen/out.py" "$work/ign/kept.py"
printf 'gen/\n' > "$work/ign/.gitignore"
check ".gitignore honoured outside a repository" 1 "" -- bash -c "cd '$work/ign' && '$bin' scan --fail-on note"
grep -q "gen/out.py" "$work/out" && { echo "FAIL ignored file scanned"; failed=$((failed + 1)); }
grep -q "kept.py" "$work/out" || { echo "FAIL kept file not scanned"; failed=$((failed + 1)); }
printf 'kept.py\n' > "$work/ign/.flagdebtignore"
check ".flagdebtignore honoured" 1 "" -- bash -c "cd '$work/ign' && '$bin' scan --fail-on note"
grep -q "kept.py" "$work/out" && { echo "FAIL .flagdebtignore'd file scanned"; failed=$((failed + 1)); }
grep -q "orphaned-flag" "$work/out" || { echo "FAIL nothing referenced: the flag is orphaned"; failed=$((failed + 1)); }

# Importers end to end: a flagd export decides the flag, a native YAML on top names its owner.
mkdir -p "$work/imp"
cat > "$work/imp/flags.flagd.json" <<'JSON'
{"$schema": "https://flagd.dev/schema/v0/flags.json",
 "flags": {"new-checkout": {"state": "ENABLED", "variants": {"on": true, "off": false}, "defaultVariant": "on"}}}
JSON
printf 'version: 1\nflags:\n  - key: new-checkout\n    status: decided\n    value: true\n    owner: pay@x.example\n' > "$work/imp/owners.yaml"
printf 'if client.get_boolean_value("new-checkout", False):\n    a()\nelse:\n    b()\n' > "$work/imp/app.py"
check "flagd manifest + native overlay" 1 "" -- bash -c "cd '$work/imp' && '$bin' scan app.py --manifest flags.flagd.json --manifest owners.yaml"
grep -q "app.py:3:1: warning: Branch never runs: flag 'new-checkout' is decided to true (owner pay@x.example)" "$work/out" ||
  { echo "FAIL importer overlay: $(head -3 "$work/out")"; failed=$((failed + 1)); }
check "manifest show" 0 "" -- bash -c "cd '$work/imp' && '$bin' manifest show --manifest flags.flagd.json --manifest owners.yaml"
grep -qE "^new-checkout +decided +true +pay@x.example" "$work/out" || { echo "FAIL manifest show: $(cat "$work/out")"; failed=$((failed + 1)); }

# A repository's own rule files are untrusted (a pull request can add one): the paths they name
# stay inside the scan root, and a refusal happens before any report is written.
mkdir -p "$work/evil/.flagdebt/rules" "$work/evil/src"; manifest "$work/evil"
printf 'sdk: evil\nregistries:\n  - file: /etc/passwd\n    pattern: "^([^:]+):"\n' > "$work/evil/.flagdebt/rules/evil.yaml"
check "rule file naming /etc/passwd: exit 2, one line with file:line" 2 \
  "^flagdebt: .flagdebt/rules/evil.yaml:3:11: registry 'file: /etc/passwd' is an absolute path" \
  -- bash -c "cd '$work/evil' && '$bin' scan --format sarif -o out.sarif"
[ "$(wc -l < "$work/err")" -eq 1 ] || { echo "FAIL /etc/passwd rule: more than one line"; failed=$((failed + 1)); }
[ -e "$work/evil/out.sarif" ] && { echo "FAIL /etc/passwd rule: a SARIF file was written"; failed=$((failed + 1)); }
printf 'sdk: evil\nregistries:\n  - file: ../../etc/passwd\n    pattern: "^([^:]+):"\n' > "$work/evil/.flagdebt/rules/evil.yaml"
check "rule file naming ../../etc/passwd: exit 2" 2 "^flagdebt: .flagdebt/rules/evil.yaml:3:11: .*'\.\.' segment" \
  -- bash -c "cd '$work/evil' && '$bin' scan --format sarif -o out.sarif"
[ -e "$work/evil/out.sarif" ] && { echo "FAIL ../ rule: a SARIF file was written"; failed=$((failed + 1)); }
# A symlink inside the root to a file outside is not read; a real file beside it is, and the
# pattern is data for a matcher, never a shell word.
ln -s /etc/passwd "$work/evil/src/leak.txt"
printf 'own_flag:x\n' > "$work/evil/src/own.txt"
printf 'sdk: evil\nregistries:\n  - file: "src/*.txt"\n    pattern: "(?m)^([a-z_]+):"\n  - file: "$(touch pwned)*"\n    pattern: "(x)"\n' > "$work/evil/.flagdebt/rules/evil.yaml"
check "registry symlink out of the root: not read" 0 "" -- bash -c "cd '$work/evil' && '$bin' scan --format sarif -o out.sarif --fail-on never"
grep -q '"own_flag"' "$work/evil/out.sarif" || { echo "FAIL registry inside the root not read"; failed=$((failed + 1)); }
grep -q '"root"' "$work/evil/out.sarif" && { echo "FAIL /etc/passwd read through a symlink"; failed=$((failed + 1)); }
[ -e "$work/evil/pwned" ] && { echo "FAIL a registry 'file' pattern was executed"; failed=$((failed + 1)); }

rm "$work/evil/.flagdebt/rules/evil.yaml"; printf 'sdk: x\nnames:\n  - templates: ["F_{KEY}"]\n' > "$work/outside.yaml"
ln -s "$work/outside.yaml" "$work/evil/.flagdebt/rules/linked.yaml"
check "rule file symlinked from outside the root: exit 2" 2 "^flagdebt: .flagdebt/rules/linked.yaml: rule file lies outside the scan root" \
  -- bash -c "cd '$work/evil' && '$bin' scan --fail-on never"

# C/C++ passes: a bad compilation database is a one-line error before any file is read; without
# libclang, flagdebt still evaluates #if arms itself.
manifest "$work/cxx"
printf 'int f() { return 0; }\n' > "$work/cxx/a.cpp"
printf '[\n  {"directory": ".", "file": "a.cpp",\n' > "$work/cxx/bad.json"
check "--compile-commands malformed: exit 2, file:line" 2 "^flagdebt: bad.json:3:1: compile database is not valid JSON" \
  -- bash -c "cd '$work/cxx' && '$bin' scan --compile-commands bad.json"
[ "$(wc -l < "$work/err")" -eq 1 ] || { echo "FAIL malformed compile database: more than one line"; failed=$((failed + 1)); }
printf '[{"directory": ".", "command": "c++ -c a.cpp"}]\n' > "$work/cxx/compile_commands.json"
check "compile_commands.json in the root without \"file\": exit 2" 2 "^flagdebt: compile_commands.json:1:2: compile database entry has no \"file\"" \
  -- bash -c "cd '$work/cxx' && '$bin' scan"
check "bad --libclang" 2 "--libclang" -- bash -c "cd '$work/cxx' && '$bin' scan --libclang sometimes"
check "--libclang off: #if arms still evaluated" 1 "" -- bash -c "cd '$src/fixtures/cpp/preprocessor' && '$bin' scan --libclang off"
grep -q "checkout.cpp:7:1: warning: .*\[dead-branch\]" "$work/out" || { echo "FAIL --libclang off lost an #if-arm finding"; failed=$((failed + 1)); }

# Each option takes exactly one value (pre-commit appends file names after the hook's arguments).
mkdir -p "$work/pc"; manifest "$work/pc"; mv "$work/pc/flagdebt.yaml" "$work/pc/flags.yaml"
printf 'if (client.isEnabled("on_flag")) { a(); } else { b(); }\n' > "$work/pc/a.ts"; cp "$work/pc/a.ts" "$work/pc/b.ts"
check "--manifest F a.ts b.ts scans both files" 1 "" -- bash -c "cd '$work/pc' && '$bin' scan --manifest flags.yaml a.ts b.ts"
grep -q "^a.ts:1:" "$work/out" && grep -q "^b.ts:1:" "$work/out" || { echo "FAIL files after --manifest not scanned: $(head -3 "$work/out")"; failed=$((failed + 1)); }
check "--manifest and --rules repeated" 1 "" -- bash -c "cd '$work/pc' && '$bin' scan --manifest flags.yaml a.ts --manifest flags.yaml"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
