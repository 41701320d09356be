#!/usr/bin/env bash
# The real pre-commit (Debian's package; tools/install-deps --test installs it) runs our
# .pre-commit-hooks.yaml in a temporary git repository, with the built binary on PATH:
# an unrelated edit over baselined debt passes; a new undeclared flag is blocked and named.
set -euo pipefail
bin=$1
src=$2
if ! command -v pre-commit >/dev/null; then
  echo "pre-commit is not installed: run tools/install-deps --test" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME=$work/cache HOME=$work GIT_CONFIG_NOSYSTEM=1
mkdir "$work/bin" && ln -s "$bin" "$work/bin/flagdebt"
export PATH=$work/bin:$PATH
git config --global user.email t@example.com && git config --global user.name test
git config --global init.defaultBranch main

# The hook repository: this checkout's .pre-commit-hooks.yaml, committed (pre-commit clones it).
mkdir "$work/hooks" && cp "$src/.pre-commit-hooks.yaml" "$work/hooks/" && cd "$work/hooks"
git init -q && git add . && git commit -qm hooks
rev=$(git rev-parse HEAD)

mkdir "$work/app" && cd "$work/app" && git init -q
cat > flags.yaml <<'YAML'
version: 1
flags:
  - key: new_checkout
    status: decided
    value: true
YAML
mkdir src
printf 'import { unleash } from "./unleash";\nexport const pay = () => (unleash.isEnabled("new_checkout") ? 1 : 2);\n' > src/pay.ts
flagdebt baseline --manifest flags.yaml --today 2026-01-01 --output .flagdebt-baseline.json
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $work/hooks
    rev: $rev
    hooks:
      - id: flagdebt
        args: [--manifest, flags.yaml, --baseline, .flagdebt-baseline.json, --today, "2026-01-01"]
YAML
git add . && git commit -qm init --no-verify
pre-commit install >/dev/null

failures=0
# Unrelated edit in a file with baselined debt: the commit goes through.
printf '// unrelated\n' | cat - src/pay.ts > tmp && mv tmp src/pay.ts
git add src/pay.ts
if git commit -qm "unrelated edit" > out.txt 2>&1; then echo "ok   unrelated edit over baselined debt passes"
else cat out.txt; echo "FAIL unrelated edit over baselined debt passes"; failures=$((failures + 1)); fi

# A new undeclared flag: blocked, and the output names it.
printf 'import { unleash } from "./unleash";\nexport const x = unleash.isEnabled("typo_flagg");\n' > src/new.ts
git add src/new.ts
if git commit -qm "new flag" > out.txt 2>&1; then cat out.txt; echo "FAIL new undeclared flag is blocked"; failures=$((failures + 1))
else echo "ok   new undeclared flag is blocked"; fi
if grep -q "typo_flagg.*undeclared-flag" out.txt; then echo "ok   the output names it"
else cat out.txt; echo "FAIL the output names it"; failures=$((failures + 1)); fi
if grep -q "orphaned-flag" out.txt; then echo "FAIL no orphans for staged files"; failures=$((failures + 1)); fi
echo "$failures failed"
[[ $failures -eq 0 ]]
