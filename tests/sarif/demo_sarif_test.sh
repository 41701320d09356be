#!/usr/bin/env bash
# Scans the demo to SARIF, validates it with the SARIF multitool (GitHub's rules as errors), and
# checks what those rules do not: fingerprints, %SRCROOT% and properties.flag on every result.
set -euo pipefail
bin=$1
src=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$src/fixtures/demo"
"$bin" scan --today 2026-01-01 --format sarif --output "$out/demo.sarif" --fail-on never
"$src/tests/sarif/validate.sh" "$out/demo.sarif"
node -e '
const run = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).runs[0];
let bad = 0;
for (const r of run.results) {
  const loc = r.locations[0].physicalLocation;
  if (!r.partialFingerprints || !/^[0-9a-f]{16}:\d+$/.test(r.partialFingerprints.primaryLocationLineHash)) bad++, console.error("no fingerprint", r.ruleId);
  if (loc.artifactLocation.uriBaseId !== "%SRCROOT%" || loc.artifactLocation.uri.startsWith("/")) bad++, console.error("bad uri", loc.artifactLocation.uri);
  if (!r.properties || !r.properties.flag) bad++, console.error("no properties.flag", r.ruleId);
  if (r.ruleId === "dead-branch" && r.properties.value === undefined) bad++, console.error("dead-branch without value");
}
if (run.results.length < 10) bad++, console.error("expected the demo findings, got", run.results.length);
console.log(run.results.length + " results checked");
process.exit(bad ? 1 : 0);
' "$out/demo.sarif"
