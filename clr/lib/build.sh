#!/usr/bin/env bash
# Builds twain's mscorlib subset: clr/lib/mscorlib.dll from clr/lib/src/**/*.cs.
#
#   bash clr/lib/build.sh            # compile, write mscorlib.dll, check NATIVES.txt
#   bash clr/lib/build.sh --check    # compile to a temp dir; fail if it differs from the
#                                    # committed mscorlib.dll (types, members, IL) or NATIVES.txt
#
# Needs Mono's `mcs` and `mono` plus Mono.Cecil (apt-get install mono-mcs mono-runtime
# mono-devel). `cargo build` never runs this: mscorlib.dll is committed.
#
# Determinism: sources are compiled in sorted order (LC_ALL=C) with fixed flags and no debug
# info, so types, members, IL and metadata row order are identical from run to run. mcs has no
# -deterministic switch: the module MVID (a random GUID) and the PE header timestamp change on
# every build, so the bytes differ; `--check` compares a canonical dump (gen/LibTool.cs dump:
# every type, field, method and IL instruction) instead of the bytes.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

check=0
[[ "${1:-}" == "--check" ]] && check=1

cecil_dir="${CECIL_DIR:-$(dirname "$(ls /usr/lib/mono/gac/Mono.Cecil/0.11.*/Mono.Cecil.dll 2>/dev/null | head -1)")}"
if [[ ! -f "$cecil_dir/Mono.Cecil.dll" ]]; then
    echo "Mono.Cecil 0.11 not found (install mono-devel or set CECIL_DIR)" >&2
    exit 1
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

mapfile -t sources < <(find src -name '*.cs' | LC_ALL=C sort)
out="$here/mscorlib.dll"
(( check )) && out="$tmp/mscorlib.dll"

LC_ALL=C mcs -nostdlib -noconfig -target:library -unsafe -optimize+ -debug- \
    -nowarn:649,169,414,436,1635,3021,1718 -warnaserror+ \
    -out:"$out" "${sources[@]}"

# (built in an empty directory: mcs would otherwise pick up a mscorlib.dll from the cwd)
mkdir "$tmp/tool"
(cd "$tmp/tool" && mcs -nowarn:618 -r:"$cecil_dir/Mono.Cecil.dll" -out:LibTool.exe "$here/gen/LibTool.cs" >/dev/null)
libtool() { MONO_PATH="$cecil_dir" mono "$tmp/tool/LibTool.exe" "$@"; }

# NATIVES.txt must list exactly the InternalCall methods.
grep -v '^#' NATIVES.txt | awk 'NF { print $1 }' | LC_ALL=C sort > "$tmp/listed.txt"
libtool natives "$out" | LC_ALL=C sort > "$tmp/actual.txt"
if ! diff -u "$tmp/listed.txt" "$tmp/actual.txt" > "$tmp/natives.diff"; then
    echo "NATIVES.txt does not match the InternalCall methods of mscorlib.dll:" >&2
    cat "$tmp/natives.diff" >&2
    exit 1
fi

if (( check )); then
    libtool dump "$out" > "$tmp/new.txt"
    libtool dump "$here/mscorlib.dll" > "$tmp/old.txt"
    if ! cmp -s "$tmp/new.txt" "$tmp/old.txt"; then
        echo "clr/lib/mscorlib.dll is stale: run bash clr/lib/build.sh" >&2
        diff "$tmp/old.txt" "$tmp/new.txt" | head -20 >&2
        exit 1
    fi
    echo "mscorlib.dll is current ($(wc -l < "$tmp/actual.txt") natives)"
else
    echo "wrote $out ($(stat -c %s "$out") bytes, $(wc -l < "$tmp/actual.txt") natives)"
fi
