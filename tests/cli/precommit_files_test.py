#!/usr/bin/env python3
"""The hook's `files:` pattern (.pre-commit-hooks.yaml) lets through every file type of the language
table (grammars/languages.json): extensions, whole names and name prefixes. Usage: ROOT"""
import json
import re
import sys

root = sys.argv[1]
hooks = open(f"{root}/.pre-commit-hooks.yaml").read()
pattern = re.compile(re.search(r"^\s*files: '(.*)'$", hooks, re.M).group(1))
table = json.load(open(f"{root}/grammars/languages.json"))["languages"]
samples = []
for row in table:
    samples += [f"src/a{ext}" for ext in row.get("extensions", [])]
    samples += [f"deploy/{name}" for name in row.get("file_names", [])]
    samples += [f"deploy/{prefix}prod" for prefix in row.get("name_prefixes", [])]
missed = [s for s in samples if not pattern.search(s)]
for s in missed:
    print(f"FAIL the hook skips {s}")
print(f"{len(samples) - len(missed)} of {len(samples)} file types pass the hook's files pattern")
sys.exit(1 if missed else 0)
