#!/usr/bin/env bash
# GitHub's limit of 25,000 results per run: a scan with more keeps the most severe (warnings before
# notes), says in a notification how many it left out; the JSON result keeps every finding. A log
# truncated the same way (a smaller limit: the multitool takes minutes over 25,000 results) passes
# the SARIF multitool with GitHub's rules.
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
  - key: old_flag
    status: decided
    value: true
YAML
mkdir src
# Ten notes (stale references) in a file sorted first, so that report order alone would keep them.
{ echo 'import { unleash } from "./unleash";'
  for i in $(seq 1 10); do echo "export const n$i = unleash.isEnabled(\"old_flag\");"; done; } > src/a.ts
# 25,010 warnings (undeclared keys), 1,000 per file (one huge file would meet the parse budget).
seq 0 25009 | awk '{
  file = sprintf("src/b%02d.ts", int($1 / 1000))
  if (file != last) { print "import { unleash } from \"./unleash\";" > file; last = file }
  printf "export const v%d = unleash.isEnabled(\"k%d\");\n", $1, $1 > file
}'

"$bin" scan --today 2026-01-01 --format sarif --output run.sarif --fail-on never
"$bin" scan --today 2026-01-01 --format json --output run.json --fail-on never
node -e '
const fs = require("fs");
const run = JSON.parse(fs.readFileSync("run.sarif", "utf8")).runs[0];
const all = JSON.parse(fs.readFileSync("run.json", "utf8")).findings;
const notes = run.invocations[0].toolExecutionNotifications;
const levels = new Set(run.results.map(r => r.level));
const told = notes.find(n => /20 of 25020 results left out/.test(n.message.text) && /25000 results per run/.test(n.message.text));
console.log(`${all.length} findings, ${run.results.length} results, levels ${[...levels]}`);
process.exit(all.length === 25020 && run.results.length === 25000 && !levels.has("note") && told ? 0 : 1);
' && ok=1 || ok=0
check "25,000 results kept, the notes left out, a notification says so; JSON keeps all" '[[ $ok -eq 1 ]]'
"$bin" scan --today 2026-01-01 --format sarif --max-sarif-results 500 --output small.sarif --fail-on never src/a.ts src/b00.ts
node -e '
const run = JSON.parse(require("fs").readFileSync("small.sarif", "utf8")).runs[0];
const told = run.invocations[0].toolExecutionNotifications.some(n => /510 of 1010 results left out/.test(n.message.text));
process.exit(run.results.length === 500 && run.results.every(r => r.level === "warning") && told ? 0 : 1);
' && ok=1 || ok=0
check "a smaller limit: 500 of 1,010 kept, all warnings, the notification" '[[ $ok -eq 1 ]]'
check "the truncated log validates (multitool, GitHub rules)" '"$src/tests/sarif/validate.sh" small.sarif > v.out 2> v.err || { grep -v "^warning" v.err | head -20; false; }'

[[ $failures -eq 0 ]] && echo "all passed" || { echo "$failures failure(s)"; exit 1; }
