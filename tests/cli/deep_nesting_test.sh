#!/usr/bin/env bash
# Deep nesting stays cheap (issue 19: 10,000 nested `if`s took over 120 s and 7 GB, 10,000
# `else if`s 82 s and 6.5 GB): each generated file below is scanned in one process whose peak
# memory must stay under 256 MB and its CPU time under 20 s (about 2 s is expected). Nested files past the nesting budget are analysed down to it
# and carry one note (C-family else-if chains too: each else-if nests); Python's elif chain is whole. Release builds only (tests/CMakeLists.txt):
# sanitizers multiply memory. Usage: deep_nesting_test.sh FLAGDEBT_BINARY
set -u
bin=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$bin" "$work" <<'PY'
import json, os, subprocess, sys, time

binary, work = sys.argv[1], sys.argv[2]
n = 10000
sdk_c = '#include <launchdarkly/server_side/bindings/c/sdk.h>\nvoid g(LDServerSDK sdk, LDContext c) {\n'
check = {
    "js": 'unleash.isEnabled("new_ui")', "c": 'LDServerSDK_BoolVariation(sdk, c, "new_ui", false)',
    "java": 'client.boolVariation("new_ui", user, false)', "py": 'client.is_enabled("new_ui")',
}
py_head = "from UnleashClient import UnleashClient\nclient = UnleashClient()\n"
files = {
    # name: (text, whole: every check analysed, or False: cut at the nesting budget with a note, the
    # outer checks analysed, or None: the note only)
    "nested.js": (f'if ({check["js"]}) {{\n' * n + "f();\n" + "}" * n + "\n", False),
    # In the C family an else-if is an if inside the else: 10,000 of them nest 20,000 levels deep.
    "elseif.js": (f'if ({check["js"]}) {{ f(0); }}\n' + "".join(f'else if ({check["js"]}) {{ f({i}); }}\n' for i in range(1, n)), False),
    # The only check lies below the budget: nothing to report but the note.
    "parens.js": ("x = " + "(" * n + check["js"] + ")" * n + ";\n", None),
    "nested.c": (sdk_c + f'if ({check["c"]}) {{\n' * n + "f();\n" + "}" * n + "\n}\n", False),
    "elseif.c": (sdk_c + f'if ({check["c"]}) {{ f(0); }}\n' + "".join(f'else if ({check["c"]}) {{ f({i}); }}\n' for i in range(1, n)) + "}\n", False),
    "Nested.java": ("class Nested { void g() {\n" + f'if ({check["java"]}) {{\n' * n + "f();\n" + "}" * n + "\n}}\n", False),
    "ElseIf.java": ("class ElseIf { void g() {\n" + f'if ({check["java"]}) {{ f(0); }}\n' +
                    "".join(f'else if ({check["java"]}) {{ f({i}); }}\n' for i in range(1, n)) + "}}\n", False),
    "elif.py": (py_head + f'if {check["py"]}:\n    f(0)\n' + "".join(f'elif {check["py"]}:\n    f({i})\n' for i in range(1, n)), True),
    # Python's elif arms are siblings: the whole chain is analysed.
    # One space per level: 1,000 levels are 0.5 MB (10,000 would be 50 MB, over --max-filesize).
    "nested.py": (py_head + "".join(" " * i + f'if {check["py"]}:\n' for i in range(1000)) + " " * 1000 + "pass\n", False),
}
with open(os.path.join(work, "flagdebt.yaml"), "w") as f:
    f.write("version: 1\nflags:\n  - key: new_ui\n    status: decided\n    value: true\n")
failed = 0
for name, (text, whole) in files.items():
    with open(os.path.join(work, name), "w") as f:
        f.write(text)
    out = os.path.join(work, "out.json")
    start = time.monotonic()
    with open(os.path.join(work, "err"), "w+") as err:
        child = subprocess.Popen([binary, "scan", "--format", "json", "--output", out, "--fail-on", "never", "--parse-budget", "60000", name],
                                 cwd=work, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)  # this child's own peak memory and CPU
        child.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read()
    seconds = time.monotonic() - start
    peak_mb = usage.ru_maxrss / 1024
    cpu = usage.ru_utime + usage.ru_stime
    problems = []
    if child.returncode != 0:
        problems.append(f"exit {child.returncode}: {stderr[:300]}")
    else:
        result = json.load(open(out))
        notes = [n.get("message", "") for n in result.get("notifications", [])]
        refs = sum(1 for f in result["findings"] if f["rule"] == "stale-flag-reference")
        deep_note = [m for m in notes if m.startswith("nesting deeper than")]
        if any("budget" in m for m in notes):
            problems.append(f"skipped by the parse budget: {notes}")
        elif whole and (refs != n or deep_note):
            problems.append(f"{refs} references of {n}, notes {notes}")
        elif whole is None and (len(deep_note) != 1 or refs != 0):
            problems.append(f"{refs} references, notes {notes}")
        elif whole is False and (len(deep_note) != 1 or refs < 60):
            problems.append(f"{refs} references, notes {notes}")
    # CPU time, not wall time: a loaded machine slows the wall clock, not the work (target ~2 s).
    if cpu >= 20:
        problems.append(f"{cpu:.1f} s of CPU")
    if peak_mb >= 256:
        problems.append(f"peak memory {peak_mb:.0f} MB")
    status = "FAIL" if problems else "ok  "
    print(f"{status} {name}: {seconds:.2f} s wall, {cpu:.2f} s CPU, peak {peak_mb:.0f} MB {'; '.join(problems)}")
    failed += bool(problems)
sys.exit(1 if failed else 0)
PY
