#!/usr/bin/env bash
# Baselines, suppressions and --context end to end, and a representative SARIF log (baseline run,
# suppressions included, a file named `café space.ts`) validated with the SARIF multitool.
set -euo pipefail
bin=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
failures=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; failures=$((failures + 1)); fi; }

cat > flagdebt.yaml <<'YAML'
version: 1
flags:
  - key: new_checkout
    status: decided
    value: true
YAML
mkdir src
cat > "src/café space.ts" <<'TS'
import { unleash } from "./unleash";
export function pay() {
  if (unleash.isEnabled("new_checkout")) {
    return 1;
  } else {
    return 2;
  }
}
TS
"$bin" baseline --today 2026-01-01 --output base.json
check "baseline records the findings" 'grep -q "\"fingerprint\"" base.json'
rc=0; "$bin" scan --today 2026-01-01 --baseline base.json > out.txt || rc=$?
check "only baselined findings: exit 0" '[[ $rc -eq 0 ]]'
check "text marks baselined findings" 'grep -q "(baseline)" out.txt'

# Unrelated lines above shift every finding; the file moves too: still the baseline.
mkdir lib
{ printf '// a comment\n\n'; cat "src/café space.ts"; } > "lib/café space.ts"
rm "src/café space.ts"
rc=0; "$bin" scan --today 2026-01-01 --baseline base.json > out.txt || rc=$?
check "line shift + file move keep the baseline (exit 0)" '[[ $rc -eq 0 ]]'
cat >> "lib/café space.ts" <<'TS'
export const other = () => unleash.isEnabled("brand_new_flag");
TS
rc=0; "$bin" scan --today 2026-01-01 --baseline base.json > out.txt || rc=$?
check "a new undeclared flag fails (exit 1)" '[[ $rc -eq 1 ]]'
check "it is marked new" 'grep -q "brand_new_flag.*(new)" out.txt'

# Suppressions: silenced by default, written with --include-suppressed, unused ones are notes.
cat > src/s.ts <<'TS'
import { unleash } from "./unleash";
// flagdebt: ignore[undeclared-flag] owned by the partner team
export const a = unleash.isEnabled("partner_flag");
// flagdebt: ignore[dead-branch] nothing here
export const b = 1;
TS
rc=0; "$bin" scan --today 2026-01-01 src/s.ts > out.txt || rc=$?
check "a suppressed finding does not fail the run" '[[ $rc -eq 0 ]] && ! grep -q partner_flag out.txt'
check "an unused suppression is a note" 'grep -q "src/s.ts:4:4: note: .*\[unused-suppression\]" out.txt'
"$bin" scan --today 2026-01-01 --format sarif --include-suppressed --baseline base.json --output run.sarif --fail-on never
node -e '
const run = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).runs[0];
const s = run.results.find(r => r.properties.flag === "partner_flag");
if (!s || s.suppressions[0].kind !== "inSource" || s.suppressions[0].justification !== "owned by the partner team") process.exit(1);
if (!run.results.every(r => ["new", "unchanged", "absent"].includes(r.baselineState))) process.exit(1);
if (!run.results.some(r => r.locations[0].physicalLocation.artifactLocation.uri === "lib/caf%C3%A9%20space.ts")) process.exit(1);
' run.sarif && sarif_ok=1 || sarif_ok=0
check "SARIF: suppressions, baselineState, percent-encoded URI" '[[ $sarif_ok -eq 1 ]]'
check "SARIF with baseline and suppressions validates (multitool, GitHub rules)" '"$src/tests/sarif/validate.sh" run.sarif'

# Absent: a fixed finding of the baseline shows up as absent in SARIF.
rm "lib/café space.ts"
"$bin" scan --today 2026-01-01 --format sarif --baseline base.json --output gone.sarif --fail-on never
check "fixed findings are absent" 'grep -q "\"baselineState\": \"absent\"" gone.sarif'
check "SARIF with absent results validates" '"$src/tests/sarif/validate.sh" gone.sarif'

# --context N: the lines come from the scan (the file is gone from disk when the report is written).
printf 'import { unleash } from "./unleash";\nif (unleash.isEnabled("zz_flag")) {\n  go();\n}\n' > src/c.ts
"$bin" scan --today 2026-01-01 --context 2 src/c.ts > out.txt || true
check "--context prints the source lines under the finding" 'grep -q "^     2 | if (unleash.isEnabled" out.txt && grep -q "^     3 |   go();" out.txt'

printf '{"findings": [\n  {"rule": "dead-branch"}]}\n' > bad.json
rc=0; "$bin" scan --baseline bad.json 2> err.txt || rc=$?
check "a malformed baseline is exit 2 with file:line" '[[ $rc -eq 2 ]] && grep -q "^flagdebt: bad.json:2:1: " err.txt'
echo "$failures failed"
[[ $failures -eq 0 ]]
