#!/usr/bin/env bash
# The HTML dashboard of the demo, rendered by headless Chromium: the DOM holds the numbers of the
# JSON result, a hostile flag key does not break the page, and a screenshot is taken.
# Usage: dashboard_test.sh FLAGDEBT SOURCE_DIR. Skips (exit 77) without chromium.
set -euo pipefail
flagdebt=$1; src=$2
command -v chromium >/dev/null || { echo "chromium not installed (tools/install-deps --test)"; exit 77; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$src/fixtures/demo"
"$flagdebt" scan --today 2026-01-01 --format html --fail-on never -o "$tmp/demo.html"
"$flagdebt" scan --today 2026-01-01 --format json --fail-on never -o "$tmp/demo.json"
chrome() { timeout 90 chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$(mktemp -d "$tmp/profile.XXXX")" "$@" 2>/dev/null; }
chrome --dump-dom "file://$tmp/demo.html" > "$tmp/dom.html"
score=$(python3 -c 'import json,sys; print("%g" % json.load(open(sys.argv[1]))["metrics"]["debtScore"])' "$tmp/demo.json")
grep -q "<text[^>]*id=\"score\">$score</text>" "$tmp/dom.html" || { echo "score $score not in the DOM"; exit 1; }
grep -q 'data-metric="dead_code_paths"><div class="label">Dead code paths</div><div class="value">6</div>' "$tmp/dom.html" \
  || { echo "dead code paths card wrong"; exit 1; }
grep -q '<tr data-flag="new_checkout">' "$tmp/dom.html" || { echo "cleanup list lacks new_checkout"; exit 1; }
grep -q 'href="backend/Checkout.java#L13"' "$tmp/dom.html" || { echo "no file:line link"; exit 1; }
chrome --screenshot="$tmp/shot.png" --window-size=1280,2000 "file://$tmp/demo.html" >/dev/null
[ -s "$tmp/shot.png" ] || { echo "no screenshot"; exit 1; }

# A hostile key and owner: the page keeps its structure, the text shows up escaped.
mkdir -p "$tmp/evil"; cd "$tmp/evil"
cat > flagdebt.yaml <<'YAML'
version: 1
flags:
  - {key: "x</script><b id=pwn>\"", status: decided, value: true, owner: "<img src=x onerror=alert(1)>", decided_on: 2025-01-01}
YAML
cat > app.py <<'PY'
if client.get_boolean_value('x</script><b id=pwn>"', False):
    a()
else:
    b()
PY
"$flagdebt" scan --today 2026-01-01 --format html --fail-on never -o "$tmp/evil.html"
chrome --dump-dom "file://$tmp/evil.html" > "$tmp/evil-dom.html"
! grep -q 'id="pwn"' "$tmp/evil-dom.html" || { echo "scanned text became markup"; exit 1; }
! grep -q '<img' "$tmp/evil-dom.html" || { echo "scanned owner became an element"; exit 1; }
grep -q 'x&lt;/script&gt;&lt;b id=pwn&gt;"' "$tmp/evil-dom.html" || { echo "hostile key not shown as text"; exit 1; }
grep -q '<footer>' "$tmp/evil-dom.html" || { echo "page cut short"; exit 1; }
echo "dashboard ok: score $score"

# flagdebt report: two results merge (counts add up), and --history reads monthly points from git.
cd "$src/fixtures/demo"
"$flagdebt" report "$tmp/demo.json" "$tmp/demo.json" --format json -o "$tmp/merged.json"
python3 - "$tmp/demo.json" "$tmp/merged.json" <<'PY'
import json, sys
one, two = (json.load(open(p))["metrics"] for p in sys.argv[1:])
card = lambda m, i: next(c["value"] for c in m["cards"] if c["id"] == i)
assert card(two, "dead_code_paths") == 2 * card(one, "dead_code_paths"), two
assert len(two["flags"]) == 2 * len(one["flags"])
assert two["ruleCounts"]["dead-branch"] == 2 * one["ruleCounts"]["dead-branch"]
PY
repo="$tmp/repo"; mkdir -p "$repo"; cp -r "$src/fixtures/demo/." "$repo"; cd "$repo"
git init -q . && git config user.email t@e && git config user.name t
commit() { GIT_AUTHOR_DATE="$1T12:00:00Z" GIT_COMMITTER_DATE="$1T12:00:00Z" git commit -qam "$2"; }
git add -A && commit 2025-09-10 "all debt"
sed -i 's/legacy_banner/legacy_bannerX/' web/src/Header.tsx && commit 2025-11-05 "banner gone"
"$flagdebt" report --history 4m --today 2026-01-01 --format html -o "$tmp/trend.html"
chrome --dump-dom "file://$tmp/trend.html" > "$tmp/trend-dom.html"
points=$(grep -o 'class="trend-point"' "$tmp/trend-dom.html" | wc -l)
[ "$points" -eq 4 ] || { echo "expected 4 trend points (Oct, Nov, Dec, today), got $points"; exit 1; }
grep -q 'data-date="2025-10-01"' "$tmp/trend-dom.html" || { echo "no October point"; exit 1; }
echo "report ok: merged, $points trend points"

# Each trend point is a full analysis of that month's commit: dead lines and references drop when
# the banner's code goes, and the removal after its deadline keeps the cleanup rate where it was.
"$flagdebt" report --history 4m --today 2026-01-01 --format json -o "$tmp/trend.json"
python3 - "$tmp/trend.json" <<'PY'
import json, sys
trend = json.load(open(sys.argv[1]))["metrics"]["trend"]
oct_, dec = trend[0], trend[2]
assert oct_["date"] == "2025-10-01" and dec["date"] == "2025-12-01", trend
assert oct_["commit"] != dec["commit"], trend
assert oct_["metrics"]["decided_still_referenced"] == dec["metrics"]["decided_still_referenced"] + 1, trend
assert oct_["deadLines"] > dec["deadLines"] and oct_["references"] > dec["references"], trend
assert oct_["metrics"]["dead_code_paths"] > 0 and "cleanup_rate" in dec["metrics"], trend
PY
echo "trend ok: points carry the analysed metrics"
