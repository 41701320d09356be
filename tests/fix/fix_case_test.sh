#!/usr/bin/env bash
# One `flagdebt fix` fixture: fixtures/fix/<lang>/<case>/ holds input files, a flagdebt.yaml, an
# `<file>.expected` for every file the fix must change (byte for byte; files without one must stay
# as they are), optionally `args` (extra arguments, e.g. --flag KEY), `expected-stderr` (a line
# stderr must contain) and `expected-status` (the exit status, default 0: 1 when a file is skipped). Checks, on a temporary copy: the diff applies with `git apply --check`;
# `--write` yields the expected files; a second run changes nothing; the file mode is kept.
set -euo pipefail
flagdebt=$1
case_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL ($case_dir): $*" >&2; exit 1; }

copy() {
  mkdir -p "$1"
  (cd "$case_dir" && find . -type f ! -name '*.expected' ! -name args ! -name 'expected-*' -print0 |
    xargs -0 -I{} cp --parents {} "$1")
}
args=()
[[ -f $case_dir/args ]] && read -r -a args < "$case_dir/args"
want_status=0
[[ -f $case_dir/expected-status ]] && want_status=$(cat "$case_dir/expected-status")
# Runs flagdebt in directory $1 with the rest as arguments; fails unless it exits with want_status.
run_in() {
  local dir=$1 out=$2 err=$3 status=0
  shift 3
  (cd "$dir" && "$flagdebt" "$@" > "$out" 2> "$err") || status=$?
  [[ $status == "$want_status" ]] || fail "flagdebt $* exited $status, not $want_status: $(cat "$err")"
}

# 1. The diff on stdout applies cleanly to the untouched tree.
copy "$work/apply"
(cd "$work/apply" && git init -q . && git add -A && git -c user.email=t@t -c user.name=t commit -qm input)
run_in "$work/apply" "$work/fix.diff" "$work/diff.err" fix "${args[@]}"
if [[ -s $work/fix.diff ]]; then
  (cd "$work/apply" && git apply --check ../fix.diff) || fail "git apply --check rejects the diff"
  (cd "$work/apply" && git apply ../fix.diff)
fi

# 2. --write gives the expected files, keeps the mode, and says what it skipped.
copy "$work/write"
find "$work/write" -type f -name "*.*" -exec chmod 0640 {} +
run_in "$work/write" "$work/write.out" "$work/write.err" fix --write "${args[@]}"
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
done < <(find "$case_dir" -type f ! -name '*.expected' ! -name args ! -name 'expected-*' ! -name flagdebt.yaml -print0)

# 3. Idempotent: a second run has nothing left to do.
run_in "$work/write" "$work/again.diff" "$work/again.err" fix "${args[@]}"
[[ -s $work/again.diff ]] && { cat "$work/again.diff" >&2; fail "second run still changes files"; }
echo "ok $case_dir"
