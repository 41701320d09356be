#!/usr/bin/env bash
# One `flagdebt fix` fixture: fixtures/fix/<lang>/<case>/ holds input files, a flagdebt.yaml, an
# `<file>.expected` for every file the fix must change (byte for byte; files without one must stay
# as they are), optionally `args` (extra arguments, e.g. --flag KEY) and `expected-stderr` (a line
# stderr must contain). Checks, on a temporary copy: the diff applies with `git apply --check`;
# `--write` yields the expected files; a second run changes nothing; the file mode is kept.
set -euo pipefail
flagdebt=$1
case_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL ($case_dir): $*" >&2; exit 1; }

copy() {
  mkdir -p "$1"
  (cd "$case_dir" && find . -type f ! -name '*.expected' ! -name args ! -name expected-stderr -print0 |
    xargs -0 -I{} cp --parents {} "$1")
}
args=()
[[ -f $case_dir/args ]] && read -r -a args < "$case_dir/args"

# 1. The diff on stdout applies cleanly to the untouched tree.
copy "$work/apply"
(cd "$work/apply" && git init -q . && git add -A && git -c user.email=t@t -c user.name=t commit -qm input)
(cd "$work/apply" && "$flagdebt" fix "${args[@]}" > ../fix.diff 2> ../diff.err) || fail "fix (diff) failed: $(cat "$work/diff.err")"
if [[ -s $work/fix.diff ]]; then
  (cd "$work/apply" && git apply --check ../fix.diff) || fail "git apply --check rejects the diff"
  (cd "$work/apply" && git apply ../fix.diff)
fi

# 2. --write gives the expected files, keeps the mode, and says what it skipped.
copy "$work/write"
chmod 0640 "$work"/write/*.* 2>/dev/null || true
(cd "$work/write" && "$flagdebt" fix --write "${args[@]}" > ../write.out 2> ../write.err) || fail "fix --write failed: $(cat "$work/write.err")"
[[ -s $work/write.out ]] && fail "--write printed on stdout"
if [[ -f $case_dir/expected-stderr ]]; then
  grep -qF "$(cat "$case_dir/expected-stderr")" "$work/write.err" || fail "stderr lacks: $(cat "$case_dir/expected-stderr")"
fi
while IFS= read -r -d '' input; do
  rel=${input#"$case_dir"/}
  want=$case_dir/$rel
  [[ -f $want.expected ]] && want=$want.expected
  cmp -s "$want" "$work/write/$rel" || { diff -u "$want" "$work/write/$rel" >&2 || true; fail "$rel differs from $(basename "$want")"; }
  cmp -s "$want" "$work/apply/$rel" || fail "$rel: the applied diff differs from --write"
  [[ $(stat -c %a "$work/write/$rel") == 640 ]] || fail "$rel: mode not kept"
done < <(find "$case_dir" -type f ! -name '*.expected' ! -name args ! -name expected-stderr ! -name flagdebt.yaml -print0)

# 3. Idempotent: a second run has nothing left to do.
(cd "$work/write" && "$flagdebt" fix "${args[@]}" > ../again.diff 2>/dev/null) || fail "second run failed"
[[ -s $work/again.diff ]] && { cat "$work/again.diff" >&2; fail "second run still changes files"; }
echo "ok $case_dir"
