#!/usr/bin/env bash
# Builds twain's mscorlib subset: clr/lib/mscorlib.dll from clr/lib/src/**/*.cs.
#
#   bash clr/lib/build.sh            # compile, write mscorlib.dll, check NATIVES.txt
#   bash clr/lib/build.sh --check    # compile to a temp dir; fail if the public surface or
#                                    # the natives differ from the committed mscorlib.dll
#
# Needs Mono's `mcs` (apt-get install mono-mcs). Determinism: sources are passed in sorted
# order (LC_ALL=C) with fixed flags and no debug info, so the IL and metadata are the same
# from run to run; mcs has no -deterministic switch, so the module MVID (a random GUID) and
# the PE header timestamp differ on every build. `--check` therefore compares a disassembly-
# free fingerprint: the dll with the MVID/timestamp masked (see fingerprint() below).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

check=0
[[ "${1:-}" == "--check" ]] && check=1

mapfile -t sources < <(find src -name '*.cs' | LC_ALL=C sort)
out="$here/mscorlib.dll"
if (( check )); then
    tmp="$(mktemp -d)"
    trap 'rm -rf "$tmp"' EXIT
    out="$tmp/mscorlib.dll"
fi

LC_ALL=C mcs -nostdlib -noconfig -target:library -unsafe -optimize+ -debug- \
    -nowarn:649,169,414,436,1635,3021,1718 -warnaserror+ \
    -out:"$out" "${sources[@]}"

# Every InternalCall in the sources must be listed in NATIVES.txt and vice versa.
python3 "$here/gen/check_natives.py" "$here/src" "$here/NATIVES.txt"

if (( check )); then
    python3 "$here/gen/fingerprint.py" "$out" > "$tmp/new.txt"
    python3 "$here/gen/fingerprint.py" "$here/mscorlib.dll" > "$tmp/old.txt"
    if ! cmp -s "$tmp/new.txt" "$tmp/old.txt"; then
        echo "clr/lib/mscorlib.dll is stale: run bash clr/lib/build.sh" >&2
        exit 1
    fi
    echo "mscorlib.dll is current"
else
    echo "wrote $out ($(stat -c %s "$out") bytes)"
fi
