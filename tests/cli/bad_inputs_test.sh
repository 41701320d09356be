#!/usr/bin/env bash
# The bad-input corpus (fixtures/bad/ plus inputs too big or too odd to commit, made here): each
# ends in a finding, a note, or one error line and exit 2. Never a crash, a hang, a partial report
# or a silently smaller scan. Usage: bad_inputs_test.sh FLAGDEBT_BINARY SOURCE_DIR
set -u
bin=$1
bad=$2/fixtures/bad
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
fail() { echo "FAIL $1"; failed=$((failed + 1)); }
ok() { echo "ok   $1"; passed=$((passed + 1)); }

# expect NAME STATUS -- command...: runs in $work/repo with a 60 s limit; stdout/stderr in $work/out, $work/err.
expect() {
  local name=$1 want=$2
  shift 3
  (cd "$work/repo" && timeout 60 "$@") >"$work/out" 2>"$work/err"
  local got=$?
  if [ "$got" -ne "$want" ]; then fail "$name: exit $got, expected $want: $(head -c 300 "$work/err")"; return 1; fi
  ok "$name"
}
# one_error NAME REGEX: stderr is exactly one line, matching REGEX (grep -E).
one_error() {
  [ "$(wc -l <"$work/err")" -eq 1 ] || { fail "$1: not one error line: $(head -c 400 "$work/err")"; return; }
  grep -Eq "$2" "$work/err" || fail "$1: error line does not match '$2': $(cat "$work/err")"
}
# has NAME REGEX: stdout has a line matching REGEX.
has() { grep -Eq "$2" "$work/out" || fail "$1: no line matching '$2' in: $(head -c 600 "$work/out")"; }

mkdir -p "$work/repo"
printf 'version: 1\nflags:\n  - key: on_flag\n    status: decided\n    value: true\n' > "$work/repo/flagdebt.yaml"
cp "$bad"/* "$work/repo/"
mkdir -p "$work/empty"

# --- Manifests ---
expect "/dev/zero as a manifest" 2 -- "$bin" scan --manifest /dev/zero empty.txt && one_error "/dev/zero" "^flagdebt: /dev/zero: .*not a regular file"
head -c 52428800 /dev/zero | tr '\0' '#' > "$work/repo/huge.yaml"
expect "50 MB manifest: refused at once" 2 -- "$bin" scan --manifest huge.yaml "$work/empty" && one_error "50 MB" "huge.yaml: .*16777216-byte limit"
rm "$work/repo/huge.yaml"
expect "truncated JSON" 2 -- "$bin" scan --manifest truncated.json "$work/empty" && one_error "truncated JSON" "^flagdebt: truncated.json:[0-9]+:[0-9]+: malformed JSON"
expect "duplicate flagd key" 2 -- "$bin" scan --manifest duplicate-key.flagd.json "$work/empty" && one_error "duplicate key" "^flagdebt: duplicate-key.flagd.json:4:[0-9]+: duplicate key \"new_ui\""
expect "LaunchDarkly archivedDate INT64_MIN" 2 -- "$bin" scan --manifest ld-archived-int64-min.json "$work/empty" && one_error "INT64_MIN" "^flagdebt: ld-archived-int64-min.json:[0-9]+:[0-9]+: LaunchDarkly: archivedDate -9223372036854775808 is not a date"
python3 -c "print('[' * 200000 + ']' * 200000)" > "$work/repo/deep.json"
expect "200,000 nested JSON arrays" 2 -- "$bin" scan --manifest deep.json "$work/empty" && one_error "deep JSON" "^flagdebt: deep.json:"
python3 -c "print('version: 1\nflags: ' + '[' * 200000 + ']' * 200000)" > "$work/repo/deep.yaml"
expect "200,000 nested YAML sequences" 2 -- "$bin" scan --manifest deep.yaml "$work/empty" && one_error "deep YAML" "^flagdebt: deep.yaml:[0-9]+:[0-9]+: invalid YAML: nested deeper than"
python3 -c "print('version: 1\nx: ' + '{a: ' * 200000 + '1' + '}' * 200000)" > "$work/repo/deep-map.yaml"
expect "200,000 nested YAML mappings" 2 -- "$bin" scan --manifest deep-map.yaml "$work/empty" && one_error "deep YAML map" "^flagdebt: deep-map.yaml:"
python3 -c "print('version: 1\nflags:\n  ' + '- ' * 100000 + 'x')" > "$work/repo/deep-block.yaml"
expect "100,000 nested YAML block sequences" 2 -- "$bin" scan --manifest deep-block.yaml "$work/empty" && one_error "deep YAML block" "^flagdebt: deep-block.yaml:3:[0-9]+: invalid YAML: nested deeper than [0-9]+ levels$"
python3 -c "print('sdk: deep\nchecks: ' + '[' * 200000 + ']' * 200000)" > "$work/repo/deep-rules.yaml"
expect "200,000 nested levels in a rule file" 2 -- "$bin" scan --rules deep-rules.yaml "$work/empty" && one_error "deep rules" "^flagdebt: deep-rules.yaml:2:[0-9]+: invalid YAML: nested deeper than [0-9]+ levels$"
python3 -c "print('sdk: deep\nchecks:\n  ' + '- ' * 100000 + 'x')" > "$work/repo/deep-rules-block.yaml"
expect "100,000 nested block sequences in a rule file" 2 -- "$bin" scan --rules deep-rules-block.yaml "$work/empty" && one_error "deep rules block" "^flagdebt: deep-rules-block.yaml:3:[0-9]+: invalid YAML: nested deeper than [0-9]+ levels$"
python3 -c "print('{\"findings\": ' + '[' * 200000 + ']' * 200000 + '}')" > "$work/repo/deep-baseline.json"
expect "200,000 nested levels in a baseline" 2 -- "$bin" scan --baseline deep-baseline.json "$work/empty" && one_error "deep baseline" "^flagdebt: deep-baseline.json:1:1: baseline entry 1: not an object"
python3 -c "print('{\"metrics\": ' + '[' * 200000 + ']' * 200000 + '}')" > "$work/repo/deep-result.json"
expect "200,000 nested levels in a result for report" 2 -- "$bin" report deep-result.json && one_error "deep result" "^flagdebt: deep-result.json: not a flagdebt JSON result"
python3 -c "print('[' * 200000 + ']' * 200000)" > "$work/repo/deep-compile-commands.json"
expect "200,000 nested levels in a compile database" 2 -- "$bin" scan --compile-commands deep-compile-commands.json "$work/empty" && one_error "deep compile db" "^flagdebt: deep-compile-commands.json:1:2: compile database entry is not an object"
rm -f "$work/repo/deep"*
# A number nlohmann::json cannot hold throws out_of_range, not parse_error (found by fuzz_baseline).
printf '{"findings": [-9446744e432]}\n' > "$work/repo/overflow-baseline.json"
expect "number overflow in a baseline" 2 -- "$bin" scan --baseline overflow-baseline.json "$work/empty" && one_error "overflow baseline" "^flagdebt: overflow-baseline.json:1:1: baseline is not valid JSON"
printf '[1e999]\n' > "$work/repo/overflow-compile-commands.json"
expect "number overflow in a compile database" 2 -- "$bin" scan --compile-commands overflow-compile-commands.json "$work/empty" && one_error "overflow compile db" "^flagdebt: overflow-compile-commands.json:1:1: compile database is not valid JSON"

# --- Rule files: name templates ---
for name in open-brace bogus unclosed; do
  expect "name template $name" 2 -- "$bin" scan --rules "template-$name.yaml" "$work/empty" &&
    one_error "template $name" "^flagdebt: template-$name.yaml:3:[0-9]+: template '.*' has (an unmatched|an unknown placeholder)"
done

# --- A 20 KB key in a repository's own flag registry: the key works, the scan goes on ---
mkdir -p "$work/reg/.flagdebt/rules" "$work/reg/src"
printf 'version: 1\nflags: []\n' > "$work/reg/flagdebt.yaml"
cat > "$work/reg/.flagdebt/rules/acme.yaml" <<'RULES'
sdk: acme
registries:
  - file: "src/registry.go"
    pattern: '\{Key: "([^"]+)", Default: (true|false), Stage: "(\w+)"\}'
    key_group: 1
    default_group: 2
    stage_group: 3
    decided_stages: [GA]
RULES
long_key=$(head -c 20480 /dev/zero | tr '\0' k)
printf 'var flags = []F{\n{Key: "small", Default: true, Stage: "GA"},\n{Key: "%s", Default: true, Stage: "GA"},\n}\n' "$long_key" > "$work/reg/src/registry.go"
printf 'if client.is_enabled("%s"):\n    a()\nelse:\n    b()\n' "$long_key" > "$work/reg/src/use.py"
(cd "$work/reg" && timeout 60 "$bin" scan --format text) >"$work/out" 2>"$work/err"
status=$?
if [ "$status" -eq 1 ] && grep -q '^src/use.py:3:1: warning' "$work/out"; then ok "20 KB registry key"; else fail "20 KB registry key: exit $status: $(head -c 300 "$work/err")"; fi

# --- Sources ---
mkdir -p "$work/src"
scan_one() { rm -rf "$work/src"/*; cp "$work/repo/$1" "$work/src/"; }
scan_one bom.py
expect "UTF-8 BOM" 1 -- "$bin" scan --format json "$work/src" && has "BOM: line 1 columns" '"startColumn": 4,' # `client` after `if `
scan_one cr-only.py
expect "CR-only line ends" 1 -- "$bin" scan --format text "$work/src" && has "CR-only" 'cr-only.py:4:1: warning'
for endian in le be; do
  scan_one "utf16$endian.cs"
  expect "UTF-16 $endian with BOM" 1 -- "$bin" scan --format text "$work/src" && has "UTF-16 $endian" "utf16$endian.cs:5:[0-9]+: warning.*dead-branch"
done
mkdir -p "$work/src/loop"; ln -s ../loop "$work/src/loop/self"; ln -s b "$work/src/a"; ln -s a "$work/src/b"
expect "symlink loops end the walk of that link only" 1 -- "$bin" scan --format text "$work/src" && has "loop" "utf16be.cs"

# --- CLI values ---
expect "--color sometimes" 2 -- "$bin" scan --color sometimes "$work/empty" && one_error "--color" "color"
expect "--max-filesize -5" 2 -- "$bin" scan --max-filesize -5 "$work/empty" && one_error "--max-filesize" "max-filesize"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
