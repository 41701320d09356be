#!/usr/bin/env bash
# Validate a SARIF file with the pinned SARIF multitool, using the SARIF rules
# plus GitHub's (GHAS) rules, with GitHub's opt-in rules GH1001-GH1003 and
# GH1005-GH1007 turned on at level Error.
#
# Usage: tests/sarif/validate.sh INPUT.sarif
# Exit:  0 no error-level result; 1 error-level results (printed to stderr);
#        2 usage error or multitool not installed.
set -euo pipefail

usage() { echo "usage: $0 INPUT.sarif" >&2; exit 2; }
[[ $# -eq 1 ]] || usage
input=$1
[[ -f "$input" ]] || { echo "validate.sh: no such file: $input" >&2; exit 2; }

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
tooldir="$root/tools/sarif"
mt="$tooldir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"

if [[ ! -f "$mt" ]]; then
  echo "validate.sh: SARIF multitool not installed ($mt missing)." >&2
  echo "validate.sh: run: (cd $tooldir && npm ci --ignore-scripts)" >&2
  exit 2
fi
# npm --ignore-scripts skips the package's postinstall, which only does this.
[[ -x "$mt" ]] || chmod u+x "$mt"

# The multitool is a self-contained .NET app: run it without needing libicu,
# and keep it from phoning home or writing first-run state.
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

tmp=$(mktemp -d "${TMPDIR:-/tmp}/sarif-validate.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# Export the full validation config, then turn GitHub's opt-in rules to Error.
# CoreSettings are dropped so the command line alone decides rule kinds etc.
if ! "$mt" export-validation-config "$tmp/exported.json" >"$tmp/stdout" 2>&1; then
  cat "$tmp/stdout" >&2
  echo "validate.sh: multitool could not export its validation config" >&2
  exit 2
fi
node - "$tmp/exported.json" "$tmp/config.json" <<'JS'
const fs = require('fs');
const [src, dst] = process.argv.slice(2);
const cfg = JSON.parse(fs.readFileSync(src, 'utf8').replace(/^\uFEFF/, ''));
const optIn = ['GH1001', 'GH1002', 'GH1003', 'GH1005', 'GH1006', 'GH1007'];
const out = {};
const found = new Set();
for (const [key, val] of Object.entries(cfg)) {
  if (key === 'CoreSettings.Options') continue;
  const id = key.split('.')[0];
  if (optIn.includes(id)) { val.RuleEnabled = 'Error'; found.add(id); }
  out[key] = val;
}
const missing = optIn.filter((id) => !found.has(id));
if (missing.length) {
  console.error(`validate.sh: multitool config has no entry for ${missing.join(', ')}`);
  process.exit(2);
}
fs.writeFileSync(dst, JSON.stringify(out, null, 2));
JS

# The multitool skips logs over 10,000 KB unless told otherwise; a log at GitHub's 25,000-results
# limit is larger than that (and GitHub's own limit is on the gzipped size).
max_kb=$(( $(wc -c < "$input") / 1024 + 1 ))
(( max_kb > 10000 )) || max_kb=10000
if ! "$mt" validate --rule-kind "Sarif;Ghas" -c "$tmp/config.json" --max-file-size-in-kb "$max_kb" \
    --log "ForceOverwrite;PrettyPrint" -o "$tmp/result.sarif" "$input" >"$tmp/stdout" 2>&1; then
  cat "$tmp/stdout" >&2
  echo "validate.sh: multitool failed to run on $input" >&2
  exit 2
fi
if [[ ! -s "$tmp/result.sarif" ]]; then
  cat "$tmp/stdout" >&2
  echo "validate.sh: multitool wrote no result log for $input" >&2
  exit 2
fi

# The multitool exits 0 even when rules fire: count error-level results.
# A result's effective level is result.level, else its rule's
# defaultConfiguration.level, else "warning" (SARIF 2.1.0 §3.27.10); messages
# are given as message.id + arguments into the rule's messageStrings.
node - "$tmp/result.sarif" "$input" <<'JS'
const fs = require('fs');
const [resultPath, input] = process.argv.slice(2);
const log = JSON.parse(fs.readFileSync(resultPath, 'utf8').replace(/^\uFEFF/, ''));
const fmt = (msg, desc) => {
  if (!msg) return '';
  let text = msg.text;
  if (text === undefined && msg.id && desc && desc.messageStrings && desc.messageStrings[msg.id]) {
    text = desc.messageStrings[msg.id].text;
  }
  if (text === undefined) return msg.id || '';
  return text.replace(/\{(\d+)\}/g, (m, i) => (msg.arguments && i < msg.arguments.length ? msg.arguments[i] : m));
};
let errors = 0, warnings = 0, notes = 0;
for (const run of log.runs || []) {
  const rules = (run.tool && run.tool.driver && run.tool.driver.rules) || [];
  for (const inv of run.invocations || []) {
    // Tool failures (e.g. unparsable input) are reported as notifications.
    for (const n of [...(inv.toolExecutionNotifications || []), ...(inv.toolConfigurationNotifications || [])]) {
      if ((n.level || 'warning') === 'error') {
        errors++;
        const id = (n.descriptor && n.descriptor.id) || 'notification';
        console.error(`error ${id}: ${fmt(n.message)}`);
      }
    }
    if (inv.executionSuccessful === false) {
      errors++;
      console.error('error: multitool reported executionSuccessful=false');
    }
  }
  for (const r of run.results || []) {
    const desc = (Number.isInteger(r.ruleIndex) && rules[r.ruleIndex]) || rules.find((d) => d.id === r.ruleId);
    const level = r.level || (desc && desc.defaultConfiguration && desc.defaultConfiguration.level) || 'warning';
    const name = desc && desc.name ? `/${desc.name}` : '';
    const loc = r.locations && r.locations[0] && r.locations[0].physicalLocation;
    const at = loc && loc.region && loc.region.startLine ? ` (line ${loc.region.startLine})` : '';
    const line = `${level} ${r.ruleId}${name}${at}: ${fmt(r.message, desc)}`;
    if (level === 'error') { errors++; console.error(line); }
    else if (level === 'warning') { warnings++; console.error(line); }
    else if (level === 'note') notes++;
  }
}
console.log(`${input}: ${errors} error(s), ${warnings} warning(s), ${notes} note(s)`);
process.exit(errors > 0 ? 1 : 0);
JS
