#!/usr/bin/env bash
# Rebuilds the married example's compiled parts (committed, so that running
# it needs neither a JDK nor Mono), through the stub commands:
#   java/rules/classes  the Java rules library            (javac)
#   cs/Rules.dll        C# stubs of it                     (twain stubs cs, mcs)
#   cs/Shop.dll         the C# shop, using the Java rules  (mcs -r:Rules.dll)
#   java/app/classes    the Java app, using the C# shop    (twain stubs java, javac)
# Needs javac 17 and mcs. TWAIN_BIN: the twain binary (default: cargo build).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if [ -z "${TWAIN_BIN:-}" ]; then
    (cd "$root" && cargo build --release -q)
    TWAIN_BIN="$root/target/release/twain"
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
rm -rf "$here/java/rules/classes" "$here/java/app/classes"
javac --release 17 -d "$here/java/rules/classes" $(find "$here/java/rules/src" -name '*.java')
"$TWAIN_BIN" stubs cs -cp "$here/java/rules/classes" shop.rules -o "$tmp/Rules.cs"
(cd "$tmp" && mcs -target:library -out:"$here/cs/Rules.dll" Rules.cs >/dev/null)
(cd "$tmp" && mcs -optimize+ -target:library -r:"$here/cs/Rules.dll" -out:"$here/cs/Shop.dll" "$here/cs/Shop.cs" >/dev/null)
"$TWAIN_BIN" stubs java "$here/cs/Shop.dll" -o "$tmp/stubs"
javac --release 17 -d "$tmp/stub-classes" $(find "$tmp/stubs" -name '*.java')
javac --release 17 -cp "$tmp/stub-classes" -d "$here/java/app/classes" $(find "$here/java/app/src" -name '*.java')
echo "built; run with:"
echo "  twain run -cp examples/married/java/app/classes:examples/married/java/rules/classes -r examples/married/cs/Rules.dll -r examples/married/cs/Shop.dll App"
