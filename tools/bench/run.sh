#!/usr/bin/env bash
# flagdebt against ripgrep and ast-grep on one tree (docs/performance.md).
#   tools/bench/run.sh                      generate a 1M-line corpus (1,000 flags) and measure
#   tools/bench/run.sh --tree DIR --manifest FILE   measure an existing tree instead
# Needs: build/flagdebt, hyperfine, rg (apt-get install hyperfine ripgrep), python3 with PyYAML,
# npm (ast-grep is installed here from package-lock.json). Prints a markdown table.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
flagdebt=${FLAGDEBT:-$root/build/flagdebt}
runs=${RUNS:-5}
work=${WORK:-/tmp/flagdebt-bench}
tree="" manifest=""
while (($#)); do
  case $1 in
    --tree) tree=$(realpath "$2"); shift 2 ;;
    --manifest) manifest=$(realpath "$2"); shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$work"
export XDG_CACHE_HOME="$work/cache"
if [[ -z $tree ]]; then
  for flags in 10 1000 10000; do
    [[ -d $work/corpus-$flags ]] || python3 "$here/gen_corpus.py" "$work/corpus-$flags" --flags "$flags" >&2
  done
  tree=$work/corpus-1000
  manifest=$tree/flagdebt.yaml
fi
[[ -f $tree/keys.txt ]] || python3 -c 'import yaml,sys; [print(f["key"]) for f in yaml.safe_load(open(sys.argv[1]))["flags"]]' "$manifest" >"$work/keys.txt"
keys=$tree/keys.txt; [[ -f $keys ]] || keys=$work/keys.txt

(cd "$here" && [[ -x node_modules/@ast-grep/cli-linux-x64-gnu/ast-grep ]] || npm ci --ignore-scripts --no-audit --no-fund >&2)
astgrep=$here/node_modules/@ast-grep/cli-linux-x64-gnu/ast-grep
python3 "$here/astgrep_rules.py" "$root/rules" "$work/astgrep"

median() { python3 -c 'import json,sys,statistics; print("%.3f" % statistics.median(json.load(open(sys.argv[1]))["results"][0]["times"]))' "$1"; }
# A CI machine starts with no cache: the compiled prefilter databases are built on the run.
measure_cold() {  # name command...
  local name=$1; shift
  prepare="rm -rf $work/cache-cold" measure "$name" env XDG_CACHE_HOME="$work/cache-cold" "$@"
}
measure() {  # name command...   ($prepare, when set, runs before each run)
  local name=$1; shift
  hyperfine -N -i -w 1 -r "$runs" ${prepare:+--prepare "$prepare"} --export-json "$work/$name.json" "$*" >/dev/null 2>&1
  local rss
  [[ -z ${prepare:-} ]] || $prepare
  rss=$( (/usr/bin/time -v "$@" >/dev/null) 2>&1 | awk '/Maximum resident/ {print int($6/1024)}')
  echo "$name $(median "$work/$name.json") $rss"
}
cd "$tree"
"$flagdebt" scan --manifest "$manifest" -o /dev/null . 2>/dev/null || true   # warm the prefilter cache
{
  measure flagdebt "$flagdebt" scan --manifest "$manifest" --fail-on never -o /dev/null .
  measure_cold flagdebt-cold "$flagdebt" scan --manifest "$manifest" --fail-on never -o /dev/null .
  measure flagdebt-jobs1 "$flagdebt" scan --manifest "$manifest" --fail-on never --jobs 1 -o /dev/null .
  measure ripgrep rg -F -c -f "$keys" .
  measure ast-grep "$astgrep" scan -c "$work/astgrep/sgconfig.yml" --json=compact .
  if [[ -d $work/corpus-10 && $tree == "$work/corpus-1000" ]]; then
    for flags in 10 10000; do
      (cd "$work/corpus-$flags" && measure "flagdebt-$flags-flags" "$flagdebt" scan --fail-on never -o /dev/null .)
    done
    (cd "$work/corpus-10000" && measure_cold flagdebt-10000-flags-cold "$flagdebt" scan --fail-on never -o /dev/null .)
  fi
  mapfile -t twenty < <(find . -type f \( -name '*.go' -o -name '*.ts' -o -name '*.py' -o -name '*.java' -o -name '*.rb' -o -name '*.cpp' \) | sort | head -20)
  measure flagdebt-20-files "$flagdebt" scan --manifest "$manifest" --fail-on never -o /dev/null "${twenty[@]}"
  measure flagdebt-1-file "$flagdebt" scan --manifest "$manifest" --fail-on never -o /dev/null "${twenty[0]}"
} | tee "$work/results.txt" | awk -v cores="$(nproc)" '
  BEGIN { print "| run | median (s) | peak RSS (MB) |"; print "|---|---|---|" }
  { t[$1] = $2; print "| " $1 " | " $2 " | " $3 " |" }
  END {
    printf "\nflagdebt / ripgrep: %.1fx; ast-grep / flagdebt: %.1fx; jobs 1 / jobs %d: %.2fx\n",
      t["flagdebt"] / t["ripgrep"], t["ast-grep"] / t["flagdebt"], cores, t["flagdebt-jobs1"] / t["flagdebt"]
  }'
