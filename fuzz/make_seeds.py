"""Seeds for a fuzz target from the fixtures: make_seeds.py ROOT TARGET OUT_DIR.

The manifest and frontend targets read a selector byte first (fuzz/*_fuzz.cpp); seeds carry it."""
import hashlib
import json
import pathlib
import sys

root, target, out = pathlib.Path(sys.argv[1]), sys.argv[2], pathlib.Path(sys.argv[3])
fixtures = root / "fixtures"


def write(data: bytes) -> None:
    (out / hashlib.sha1(data).hexdigest()).write_bytes(data)


def small(paths):
    return [p for p in sorted(paths) if p.is_file() and p.stat().st_size <= 65536]


if target == "manifest":
    for p in small(fixtures.rglob("flagdebt.yaml")):
        write(b"\x00" + p.read_bytes())
    for p in small((fixtures / "importers").rglob("*")):
        text = p.read_bytes()
        selector = {"flagd": 1, "unleash": 2, "launchdarkly": 3}.get(p.name.split("-")[0].split(".")[0], 4)
        write(bytes([selector]) + text)
        write(b"\x05" + text)
elif target == "rules":
    for p in small(list((root / "rules").glob("*.yaml")) + list(fixtures.rglob(".flagdebt/rules/*.yaml"))):
        write(p.read_bytes())
elif target == "frontend":
    languages = json.loads((root / "grammars" / "languages.json").read_text())["languages"]
    by_extension = {ext: i for i, lang in enumerate(languages) for ext in lang.get("extensions", [])}
    for p in small(fixtures.rglob("*")):
        index = by_extension.get(p.suffix.lower())
        if index is not None and p.name != "flagdebt.yaml":
            write(bytes([index]) + p.read_bytes())
elif target == "writers":
    write(b"\x00".join([b"1", b"new_ui", b"src/a.py", b"dead branch", b"if x:", b"abc", b"1", b"2", b"3", b"4",
                        b"true", b"a.py", b"1", b"1", b"skipped"]))
    write("caf\xe9\x00\x1b[31m\x00line\nbreak\x00\u202e\x00".encode("latin-1", "replace"))
elif target == "baseline":
    # Selector 0: a baseline (JSON result or SARIF log), 1: a result for `flagdebt report`.
    for p in small(list(fixtures.rglob("*.sarif")) + list(fixtures.rglob("*.json")) + list((root / "tests").rglob("*.json")) +
                   list((root / "tests").rglob("*.sarif"))):
        text = p.read_bytes()
        write(b"\x00" + text)
        write(b"\x01" + text)
    finding = {"rule": "dead-branch", "flag": "new_ui", "path": "src/a.py", "message": "m",
               "fingerprint": "0123456789abcdef", "contentFingerprint": "c0ffee",
               "region": {"startLine": 1, "startColumn": 1, "endLine": 2, "endColumn": 3}}
    write(b"\x00" + json.dumps({"findings": [finding]}).encode())
    result = {"ruleId": "dead-branch", "properties": {"flag": "new_ui"}, "message": {"text": "m"},
              "partialFingerprints": {"primaryLocationLineHash": "0123456789abcdef", "flagdebt/contentHash/v1": "c0ffee"},
              "locations": [{"physicalLocation": {"artifactLocation": {"uri": "src/a%20b.py"},
                                                  "region": {"startLine": 3}}}]}
    write(b"\x00" + json.dumps({"runs": [{"results": [result, dict(result, baselineState="absent")]}]}).encode())
    write(b"\x01" + json.dumps({"metrics": {"flags": [{"key": "a", "locations": [{"path": "p", "line": 2}]}],
                                            "ruleCounts": {"dead-branch": 3}, "trend": [{"date": "2026-01-01"}]}}).encode())
else:
    sys.exit(f"make_seeds.py: unknown target {target}")
