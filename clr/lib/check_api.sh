#!/usr/bin/env bash
# API checks for twain's mscorlib.dll, using the sample programs in apitests/:
#  1. every apitests/*.cs compiles against twain's mscorlib alone
#     (mcs -nostdlib -noconfig -r:clr/lib/mscorlib.dll);
#  2. compiled normally against Mono's libraries, every type/method/field the program
#     references in [mscorlib], [System] or [System.Core] exists in twain's mscorlib with the
#     same signature (gen/ApiRefCheck.cs, Mono.Cecil) — this is what the runtime will bind;
#  3. run with `mono`, the output equals apitests/expected/<name>.stdout.
#   bash clr/lib/check_api.sh            # all checks
#   bash clr/lib/check_api.sh --update   # rewrite apitests/expected/*.stdout from mono
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
lib="$here/mscorlib.dll"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/twain" "$tmp/mono" "$tmp/tool"
update=0
[[ "${1:-}" == "--update" ]] && update=1
cecil_dir="${CECIL_DIR:-$(dirname "$(ls /usr/lib/mono/gac/Mono.Cecil/0.11.*/Mono.Cecil.dll 2>/dev/null | head -1)")}"
fail=0
exes=()
for src in "$here"/apitests/*.cs; do
    name="$(basename "$src" .cs)"
    if out="$(cd "$tmp/twain" && mcs -nostdlib -noconfig -r:"$lib" -out:"$name.exe" "$src" 2>&1)"; then
        echo "ok      $name compiles against twain's mscorlib"
    else
        echo "FAILED  $name does not compile against twain's mscorlib"
        echo "$out" | grep -E "error" | sed 's/^/        /'
        fail=1
    fi
    # Mono build: in an empty directory so mcs does not pick up our mscorlib.dll.
    if ! (cd "$tmp/mono" && mcs -out:"$name.exe" "$src" >/dev/null 2>&1); then
        echo "FAILED  $name does not compile against Mono's libraries"; fail=1; continue
    fi
    exes+=("$tmp/mono/$name.exe")
    mono "$tmp/mono/$name.exe" < /dev/null > "$tmp/mono/$name.stdout" 2>/dev/null
    if (( update )); then
        cp "$tmp/mono/$name.stdout" "$here/apitests/expected/$name.stdout"
    elif ! cmp -s "$tmp/mono/$name.stdout" "$here/apitests/expected/$name.stdout"; then
        echo "FAILED  $name: mono output differs from apitests/expected/$name.stdout"; fail=1
    fi
done
if [[ -f "$cecil_dir/Mono.Cecil.dll" ]]; then
    (cd "$tmp/tool" && mcs -nowarn:618 -r:"$cecil_dir/Mono.Cecil.dll" -out:ApiRefCheck.exe "$here/gen/ApiRefCheck.cs" >/dev/null)
    MONO_PATH="$cecil_dir" mono "$tmp/tool/ApiRefCheck.exe" "$lib" "${exes[@]}" || fail=1
else
    echo "SKIPPED member-reference check (Mono.Cecil 0.11 not found; set CECIL_DIR)"
fi
exit $fail
