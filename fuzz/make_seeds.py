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
else:
    sys.exit(f"make_seeds.py: unknown target {target}")
