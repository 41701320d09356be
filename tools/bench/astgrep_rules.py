#!/usr/bin/env python3
"""Writes ast-grep rules equivalent to flagdebt's built-in SDK packs (rules/*.yaml): for each
language of the bench corpus, one rule matching a call of any pack method, with or without a
receiver. Usage: astgrep_rules.py RULES_DIR OUT_DIR"""
import glob
import os
import sys

import yaml

FAMILIES = {"go": ["go"], "typescript": ["ecma", "typescript", "all"], "python": ["python", "all"],
            "java": ["jvm", "java", "all"], "cpp": ["cpp", "c-family", "all"], "ruby": ["ruby", "all"]}

rules_dir, out = sys.argv[1], sys.argv[2]
os.makedirs(os.path.join(out, "rules"), exist_ok=True)
methods = {lang: set() for lang in FAMILIES}
for path in glob.glob(os.path.join(rules_dir, "*.yaml")):
    for check in (yaml.safe_load(open(path)) or {}).get("checks", []):
        for lang, names in FAMILIES.items():
            if set(check.get("languages", [])) & set(names):
                methods[lang].update(m for m in check["methods"] if m.replace("_", "").isalnum())
for lang, names in methods.items():
    if not names:
        continue
    receiver = "$R.{}($$$A)" if lang not in ("cpp",) else "$R.{}($$$A)"
    patterns = [receiver.format(m) for m in sorted(names)] + ["{}($$$A)".format(m) for m in sorted(names)]
    if lang == "cpp":
        patterns += ["$R->{}($$$A)".format(m) for m in sorted(names)]
    rule = {"id": f"sdk-call-{lang}", "language": lang, "rule": {"any": [{"pattern": p} for p in patterns]}}
    with open(os.path.join(out, "rules", f"{lang}.yml"), "w") as f:
        yaml.safe_dump(rule, f)
with open(os.path.join(out, "sgconfig.yml"), "w") as f:
    f.write("ruleDirs: [rules]\n")
