#!/usr/bin/env bash
# `flagdebt fix` on UTF-16 sources (Visual Studio writes C# that way): the scan reads them, so fix
# edits them too and writes them back in UTF-16 with their byte order mark; the untouched text stays
# byte-identical. A file that would not convert back exactly (an unpaired surrogate) is left as it is.
set -euo pipefail
flagdebt=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
cd "$work"
printf 'version: 1\nflags:\n  - key: new_checkout\n    status: decided\n    value: true\n' > flagdebt.yaml
# Writes $1 in UTF-16 ($2: utf-16-le or utf-16-be, with the mark) from the UTF-8 text on stdin.
utf16() { python3 -c 'import sys,codecs; t=sys.stdin.read(); e=sys.argv[2]; bom=codecs.BOM_UTF16_LE if e.endswith("le") else codecs.BOM_UTF16_BE; open(sys.argv[1],"wb").write(bom+t.encode(e,"surrogatepass"))' "$1" "$2"; }
decode() { python3 -c 'import sys; b=open(sys.argv[1],"rb").read(); print(b[:2].hex()); sys.stdout.write(b[2:].decode("utf-16-le" if b[:2]==b"\xff\xfe" else "utf-16-be"))' "$1"; }
source_text=$'// caf\u00e9 \U0001F680\nclass C {\n  void Run() {\n    if (client.IsEnabled("new_checkout")) {\n      NewFlow();\n    } else {\n      OldFlow();\n    }\n  }\n}\n'
want=$'// caf\u00e9 \U0001F680\nclass C {\n  void Run() {\n    NewFlow();\n  }\n}\n'
for encoding in utf-16-le utf-16-be; do
  printf '%s' "$source_text" | utf16 "C_$encoding.cs" "$encoding"
done
status=0
"$flagdebt" fix --write > out 2> err || status=$?
[[ $status == 0 ]] || fail "fix --write exited $status: $(cat err)"
grep -q 'written back in UTF-16' err || fail "no note about the encoding: $(cat err)"
[[ $(decode C_utf-16-le.cs | head -1) == fffe ]] || fail "little-endian mark lost"
[[ $(decode C_utf-16-be.cs | head -1) == feff ]] || fail "big-endian mark lost"
for encoding in utf-16-le utf-16-be; do
  printf '%s' "$want" | utf16 "want_$encoding" "$encoding"
  cmp -s "want_$encoding" "C_$encoding.cs" || { decode "C_$encoding.cs" >&2; fail "$encoding: not the expected UTF-16 bytes"; }
done
"$flagdebt" fix > again 2>&1 || fail "second run failed"
grep -q '^@@' again && fail "second run still changes files"

# An unpaired surrogate would not survive decoding: that file is left untouched, exit 1, a note.
rm -f C_*.cs
printf '%s' "$source_text" | python3 -c 'import sys,codecs; t=sys.stdin.read(); open("bad.cs","wb").write(codecs.BOM_UTF16_LE+t.replace("caf","\ud800af").encode("utf-16-le","surrogatepass"))'
cp bad.cs before.cs
status=0
"$flagdebt" fix --write > out 2> err || status=$?
[[ $status == 1 ]] || fail "unpaired surrogate: exit $status, not 1"
grep -q 'left untouched' err || fail "unpaired surrogate: no note: $(cat err)"
cmp -s bad.cs before.cs || fail "unpaired surrogate: the file changed"
rm -f bad.cs before.cs

# --remove-declarations reads UTF-16 files too: a use there keeps the constant; a constant declared
# in one goes, and the file is written back in UTF-16.
printf 'class Flags {\n    public const string NewCheckout = "new_checkout";\n}\n' > Flags.cs
printf 'class Uses {\n  void Run() { Log(Flags.NewCheckout); }\n}\n' | utf16 Uses.cs utf-16-le
printf 'class Pay {\n  void Run() {\n    if (client.IsEnabled(Flags.NewCheckout)) {\n      NewFlow();\n    }\n  }\n}\n' > Pay.cs
"$flagdebt" fix --write --remove-declarations > out 2> err || fail "remove-declarations: $(cat err)"
grep -q 'NewCheckout' Flags.cs || fail "the constant went though a UTF-16 file uses it"
grep -q 'still used' err || fail "no note about the UTF-16 use: $(cat err)"
rm -f Flags.cs Uses.cs Pay.cs
printf 'class Flags {\n    public const string Other = "other";\n    public const string NewCheckout = "new_checkout";\n}\n' | utf16 Flags.cs utf-16-be
printf 'class Pay {\n  void Run() {\n    if (client.IsEnabled(Flags.NewCheckout)) {\n      NewFlow();\n    }\n  }\n}\n' > Pay.cs
"$flagdebt" fix --write --remove-declarations > out 2> err || fail "remove-declarations (UTF-16 declaration): $(cat err)"
printf 'class Flags {\n    public const string Other = "other";\n}\n' | utf16 want_flags utf-16-be
cmp -s want_flags Flags.cs || { decode Flags.cs >&2; fail "UTF-16 declaration: not removed, or not written back in UTF-16"; }
echo "ok utf16"
