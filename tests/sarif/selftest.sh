#!/usr/bin/env bash
# Proves tests/sarif/validate.sh both passes a good log and fails a bad one.
# Prints "N passed, N failed"; exits 1 if anything failed.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
passed=0 failed=0
ok()   { echo "ok   $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; failed=$((failed + 1)); }

out=$(mktemp -d "${TMPDIR:-/tmp}/sarif-selftest.XXXXXX")
trap 'rm -rf "$out"' EXIT

rc=0; "$here/validate.sh" "$here/samples/good.sarif" >"$out/good.out" 2>"$out/good.err" || rc=$?
if [[ $rc -eq 0 ]]; then ok "good.sarif validates"; else cat "$out/good.out" "$out/good.err"; fail "good.sarif validates (exit $rc)"; fi
if [[ -s "$out/good.err" ]]; then cat "$out/good.err"; fail "good.sarif has no warnings"; else ok "good.sarif has no warnings"; fi

rc=0; "$here/validate.sh" "$here/samples/bad.sarif" >"$out/bad.out" 2>"$out/bad.err" || rc=$?
if [[ $rc -eq 1 ]]; then ok "bad.sarif is rejected"; else cat "$out/bad.out" "$out/bad.err"; fail "bad.sarif is rejected (exit $rc, want 1)"; fi
for id in GH1006 GH1013 GH2012 SARIF1007; do
  if grep -q "^error $id/" "$out/bad.err"; then ok "bad.sarif reports $id"; else fail "bad.sarif reports $id"; fi
done

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
