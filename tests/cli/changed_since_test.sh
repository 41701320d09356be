#!/usr/bin/env bash
# `scan --changed-since REV` in a temporary git repository: commits after REV, staged, unstaged and
# untracked edits are scanned; unchanged, ignored and deleted files are not; a rename counts at its
# new path; PATH arguments narrow the set; no orphaned-flag; a bad REV or no repository exits 2.
set -euo pipefail
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work GIT_CONFIG_NOSYSTEM=1
git config --global user.email t@example.com && git config --global user.name test
git config --global init.defaultBranch main
failures=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; failures=$((failures + 1)); fi; }
ts() { printf 'import { unleash } from "./unleash";\nexport const v = unleash.isEnabled("%s");\n' "$1" > "$2"; }

mkdir "$work/repo" && cd "$work/repo" && git init -q
cat > flagdebt.yaml <<'YAML'
version: 1
flags:
  - key: never_used
    status: active
YAML
printf 'ignored.ts\n' > .gitignore
mkdir src other
ts k_unchanged src/unchanged.ts
ts k_before src/committed.ts
ts k_staged_old src/staged.ts
ts k_unstaged_old src/unstaged.ts
ts k_renamed src/old_name.ts
ts k_deleted src/deleted.ts
ts k_other_old other/outside.ts
git add . && git commit -qm base && git tag base
ts k_committed src/committed.ts
git commit -qam second
ts k_staged src/staged.ts && git add src/staged.ts
ts k_unstaged src/unstaged.ts
ts k_untracked src/untracked.ts
ts k_ignored src/ignored.ts
git mv src/old_name.ts src/new_name.ts
git rm -q src/deleted.ts
ts k_other other/outside.ts

rc=0; "$bin" scan --changed-since base > out.txt 2> err.txt || rc=$?
check "findings in changed files: exit 1" '[[ $rc -eq 1 ]]'
for key in k_committed k_staged k_unstaged k_untracked k_other; do
  check "scanned: $key" 'grep -qw "$key" out.txt'
done
check "a rename counts at its new path" 'grep -q "^src/new_name.ts:2:.*k_renamed" out.txt'
check "unchanged, ignored and deleted files are not scanned" '! grep -q "k_unchanged\|k_ignored\|k_deleted\|old_name" out.txt'
check "no orphaned-flag with --changed-since" '! grep -q "orphaned-flag\|never_used" out.txt'
rc=0; "$bin" scan > full.txt || rc=$?
check "a full scan does report the orphan and the unchanged file" 'grep -q orphaned-flag full.txt && grep -q k_unchanged full.txt'

"$bin" scan --changed-since "$(git rev-parse base)" > sha.txt || true
check "a sha works like the tag" 'cmp -s out.txt sha.txt'
"$bin" scan --changed-since HEAD > head.txt || true
check "since HEAD: working-tree changes only" '! grep -q k_committed head.txt && grep -q k_staged head.txt && grep -q k_untracked head.txt'
"$bin" scan --changed-since HEAD~1 > head1.txt || true
check "HEAD~1 takes in the last commit" 'grep -q k_committed head1.txt'

"$bin" scan --changed-since base src > src.txt || true
check "PATH narrows to changed files below it" 'grep -q k_committed src.txt && ! grep -q k_other src.txt'
rc=0; "$bin" scan --changed-since HEAD src/unchanged.ts > one.txt || rc=$?
check "an unchanged file named explicitly is not scanned (exit 0)" '[[ $rc -eq 0 ]] && ! grep -q k_unchanged one.txt'
(cd src && "$bin" scan --manifest ../flagdebt.yaml --changed-since base > ../sub.txt) || true
check "from a subdirectory, paths are relative to it" 'grep -q "^new_name.ts:2:" sub.txt && ! grep -q k_other sub.txt'

rc=0; "$bin" scan --changed-since no-such-rev > bad.txt 2> err.txt || rc=$?
check "unknown revision: exit 2, one line naming it" '[[ $rc -eq 2 && $(wc -l < err.txt) -eq 1 ]] && grep -q "no-such-rev" err.txt && [[ ! -s bad.txt ]]'
mkdir "$work/plain" && cp flagdebt.yaml "$work/plain/" && cd "$work/plain"
rc=0; "$bin" scan --changed-since HEAD > /dev/null 2> err.txt || rc=$?
check "not a repository: exit 2, one line" '[[ $rc -eq 2 && $(wc -l < err.txt) -eq 1 ]] && grep -q "not inside a git repository" err.txt'

[[ $failures -eq 0 ]] && echo "all passed" || { echo "$failures failure(s)"; exit 1; }
