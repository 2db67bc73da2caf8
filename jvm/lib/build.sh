#!/usr/bin/env bash
# Builds jvm/lib/classlib.jar (twain's java.base subset) from jvm/lib/src.
#   bash jvm/lib/build.sh          compile, write classlib.jar, run check_closure.py
#   bash jvm/lib/build.sh --check  compile to a temp dir and compare every class
#                                  byte-for-byte with classlib.jar (exit 1 if stale)
# Needs javac 17 and python3. The jar is written deterministically (sorted
# entries, fixed timestamps) so it can be committed.
set -euo pipefail
LIB="$(cd "$(dirname "$0")" && pwd)"
MODE=build
if [ "${1:-}" = "--check" ]; then MODE=check; fi
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
cd "$LIB"
find src -name '*.java' | LC_ALL=C sort > "$TMP/sources.txt"
mkdir -p "$TMP/classes"
javac --patch-module java.base=src -XDstringConcat=inline -g -encoding UTF-8 -nowarn \
      -implicit:none -Xlint:none -d "$TMP/classes" @"$TMP/sources.txt"
python3 "$LIB/jartool.py" "$MODE" "$TMP/classes" "$LIB/classlib.jar"
if [ "$MODE" = build ]; then
  python3 "$LIB/check_closure.py" "$LIB/classlib.jar"
  python3 "$LIB/check_natives.py" "$LIB/classlib.jar" "$LIB/NATIVES.txt"
fi
