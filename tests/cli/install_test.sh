#!/usr/bin/env bash
# cmake --install into a temporary prefix: P/bin/flagdebt runs and knows its version.
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" > /dev/null
"$prefix/bin/flagdebt" --version | grep -q '^flagdebt [0-9]'
test -f "$prefix/share/doc/flagdebt/rules.md"
echo "ok   $prefix/bin/flagdebt --version"
