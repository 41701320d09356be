#!/usr/bin/env bash
# `flagdebt explain FLAG` over the demo tree: every place to change, grouped by file, as text and
# markdown; an unknown flag exits 2 with one line.
set -euo pipefail
bin=$1
src=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$src/fixtures/demo"
failures=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; failures=$((failures + 1)); fi; }

rc=0; "$bin" explain ranking_v3_enabled --today 2026-01-01 > "$out/r.txt" || rc=$?
cat "$out/r.txt"
t=$out/r.txt
check "exit 0" '[[ $rc -eq 0 ]]'
check "facts: status, experiment, alias, retired model" 'grep -q "status: decided, value true" $t && grep -q "experiment: exp-042 (New Ranking Model v3, decided): SHIP" $t && grep -q "aliases: RANKING_V3" $t && grep -q "retired models: ranking-model-v2" $t'
check "summary counts" 'grep -q "to change: 3 references, 1 dead region, 2 retired-model references in 3 files" $t'
check "files grouped, with their kind, in path order" '[[ "$(grep -E "^[^ ].* \((code|config|manifest)\)$" $t | tr "\n" ";")" == "backend/ranking.py (code);flagdebt.yaml (manifest);jobs/deploy.yaml (config);" ]]'
check "the dead branch with the code to keep" 'grep -q "^  11-13 .*delete the dead code, lines 11-13; keep line 10, columns 9-46 (the code that runs) in place of the whole construct, lines 9-13 (the flag is true). The edit: replace 9:5-13:66 with: model = load_model(\"ranking-model-v3\")$" $t'
check "each reference, quoted" 'grep -q "^  9:8 .*reference" $t && grep -q "| if client.get_boolean_value(\"ranking_v3_enabled\", False):" $t && grep -q "| RANKING_V3 = \"ranking_v3_enabled\"" $t'
check "the retired model in config" 'grep -A1 "^jobs/deploy.yaml" $t | grep -q "4:11 .*retired model"'
check "a reference inside the dead code goes with it" 'grep -q "^  13:29 .*retired model.*(goes with the dead code at 11-13)" $t'
check "the manifest entries of the flag and its experiment" 'grep -q "^  13:5 .*the flag.s entry" $t && grep -q "experiment exp-042: set status: archived" $t'
check "nothing of other flags" '! grep -q "new_checkout\|Checkout.java\|price_variant" $t'

rc=0; "$bin" explain ranking_v3_enabled --today 2026-01-01 --format markdown --output "$out/r.md" || rc=$?
m=$out/r.md
check "markdown: exit 0, a heading, a table per file" '[[ $rc -eq 0 ]] && grep -q "^## Retiring flag ranking\\\\_v3\\\\_enabled" $m && [[ $(grep -c "^| Where | What to do | Code |" $m) -eq 3 ]]'
check "markdown: the dead-branch row" 'grep -q "^| 11-13 | delete the dead code, lines 11\\\\-13; keep line 10, columns 9\\\\-46" $m'

"$bin" explain new_checkout --today 2026-01-01 > "$out/n.txt"
check "new_checkout: Java and JS files, overdue cleanup on the manifest" 'grep -q "^backend/Checkout.java (code)" $out/n.txt && grep -q "^web/src/cart.js (code)" $out/n.txt && grep -q "cleanup-overdue: Flag .new_checkout. was due" $out/n.txt'

rc=0; "$bin" explain no_such_flag --today 2026-01-01 > "$out/u.txt" 2> "$out/u.err" || rc=$?
check "unknown flag: exit 2, one line, nothing on stdout" '[[ $rc -eq 2 && $(wc -l < $out/u.err) -eq 1 && ! -s $out/u.txt ]] && grep -q "unknown flag .no_such_flag." $out/u.err'
"$bin" explain recs_expermient --today 2026-01-01 > "$out/d.txt"
check "an undeclared but referenced key is explained" 'grep -q "status: not declared in any manifest" $out/d.txt && grep -q "backend/ranking.py (code)" $out/d.txt'

# A key constant in one file, a check through it in another; an if without else: all of it goes.
mkdir -p "$out/kc/src" && cd "$out/kc"
printf 'version: 1\nflags:\n  - key: new_ui\n    status: decided\n    value: false\n' > flagdebt.yaml
printf 'export const NEW_UI_FLAG = "new_ui";\n' > src/keys.ts
printf 'import { unleash } from "./unleash";\nimport { NEW_UI_FLAG } from "./keys";\nexport function f() {\n  if (unleash.isEnabled(NEW_UI_FLAG)) {\n    return 1;\n  }\n  return 2;\n}\n' > src/app.ts
"$bin" explain new_ui --today 2026-01-01 > "$out/k.txt"
k=$out/k.txt
check "key constants found by the scan" 'grep -q "key constants: NEW_UI_FLAG" $k && grep -A1 "^  1:28 " $k | grep -q "export const NEW_UI_FLAG = \"new_ui\";"'
check "the edit deletes the whole if, the check with it" 'grep -q "^  4-6 .*delete the dead code, lines 4-6 (the flag is false). The edit: delete lines 4-6$" $k && grep -q "^  4:7 .*(goes with the dead code at 4-6)" $k'

[[ $failures -eq 0 ]] && echo "all passed" || { echo "$failures failure(s)"; exit 1; }
