#!/usr/bin/env bash
# The prefilter only saves work: every fixture's JSON report is byte for byte the same with
# and without it (scan --no-prefilter parses every file), minus "stats", whose counts of
# prefiltered and parsed files are meant to differ; stderr too.
# Usage: prefilter_parity_test.sh FLAGDEBT SOURCE_DIR
set -u
flagdebt=$(realpath "$1")
source_dir=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"
strip_stats() { python3 -c 'import json,sys; d=json.load(sys.stdin); d.pop("stats",None); print(json.dumps(d,indent=1,sort_keys=True))'; }
failures=0
count=0
while IFS= read -r manifest; do
  dir=$(dirname "$manifest")
  count=$((count + 1))
  for format in json; do
    (cd "$dir" && "$flagdebt" scan --format "$format" --today 2026-01-01 --fail-on never >"$work/with.$format" 2>"$work/with.err")
    (cd "$dir" && "$flagdebt" scan --format "$format" --today 2026-01-01 --fail-on never --no-prefilter >"$work/without.$format" 2>"$work/without.err")
    if [[ ! -s $work/with.$format || ! -s $work/without.$format ]]; then
      echo "FAIL: ${dir#$source_dir/} ($format): no report"; cat "$work/with.err"; failures=$((failures + 1)); continue
    fi
    if [[ $format == json ]]; then
      strip_stats <"$work/with.json" >"$work/with.cmp" && strip_stats <"$work/without.json" >"$work/without.cmp"
    else
      cp "$work/with.sarif" "$work/with.cmp" && cp "$work/without.sarif" "$work/without.cmp"
    fi
    if ! cmp -s "$work/with.cmp" "$work/without.cmp" || ! cmp -s "$work/with.err" "$work/without.err"; then
      echo "FAIL: ${dir#$source_dir/} ($format) differs with and without the prefilter"
      diff "$work/with.cmp" "$work/without.cmp" | head -20
      diff "$work/with.err" "$work/without.err" | head -5
      failures=$((failures + 1))
    fi
  done
done < <(find "$source_dir/fixtures" -name flagdebt.yaml | sort)
if ((count == 0)); then echo "FAIL: no fixtures found"; exit 1; fi
echo "$count fixtures, $failures differing reports"
((failures == 0))
