#!/usr/bin/env python3
"""A benchmark manifest for a real tree: the keys its code passes to common SDK calls as string
literals (half of them decided, so dead branches are computed), padded with keys that occur
nowhere up to --flags. Writes MANIFEST and keys.txt next to it (for rg -F -f).

    manifest_from_calls.py TREE MANIFEST [--flags 1000]
"""
import argparse
import sys
import os
import re

CALL = re.compile(r"""\b(?:isEnabled|is_enabled|useUiFlag|useFlag|getVariant|BoolVariation|boolVariation|"""
                  r"""variation|getBooleanValue|IsEnabled|Enabled)\(\s*['"]([A-Za-z0-9_.:-]+)['"]""")
SOURCE = (".ts", ".tsx", ".js", ".jsx", ".py", ".go", ".java", ".kt", ".rb", ".rs", ".cs", ".php", ".swift")


def keys_in(tree):
    found = set()
    for folder, dirs, files in os.walk(tree):
        dirs[:] = [d for d in dirs if d not in (".git", "node_modules")]
        for name in files:
            if name.endswith(SOURCE):
                with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as f:
                    found.update(CALL.findall(f.read()))
    return sorted(found)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("tree")
    parser.add_argument("manifest")
    parser.add_argument("--flags", type=int, default=1000)
    args = parser.parse_args()
    keys = keys_in(args.tree)
    keys += [f"bench_absent_flag_{i:05d}" for i in range(max(0, args.flags - len(keys)))]
    with open(args.manifest, "w") as out:
        out.write("version: 1\nflags:\n")
        for i, key in enumerate(keys):
            status = "decided\n    value: true" if i % 2 else "active"
            out.write(f"  - key: {key}\n    status: {status}\n")
    with open(os.path.join(os.path.dirname(os.path.abspath(args.manifest)), "keys.txt"), "w") as out:
        out.write("\n".join(keys) + "\n")
    print(f"{len(keys)} keys", file=sys.stderr)


if __name__ == "__main__":
    main()
