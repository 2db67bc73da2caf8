#!/usr/bin/env bash
# Compiles every apitests/*.cs against twain's mscorlib.dll only
# (mcs -nostdlib -noconfig -r:mscorlib.dll) — proves the API surface they use exists.
# With --mono, also compiles them against Mono's own libraries, runs them with `mono`
# and compares with apitests/expected/<name>.stdout (regenerate with --update).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
lib="$here/mscorlib.dll"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mode="${1:-}"
fail=0
for src in "$here"/apitests/*.cs; do
    name="$(basename "$src" .cs)"
    if out="$(mcs -nostdlib -noconfig -r:"$lib" -out:"$tmp/$name.exe" "$src" 2>&1)"; then
        echo "ok      $name (twain mscorlib)"
    else
        echo "FAILED  $name (twain mscorlib)"
        echo "$out" | grep -E "error" | sed 's/^/        /'
        fail=1
    fi
    if [[ "$mode" == "--mono" || "$mode" == "--update" ]]; then
        mcs -out:"$tmp/$name.mono.exe" "$src" >/dev/null 2>&1 || { echo "FAILED  $name (mono compile)"; fail=1; continue; }
        mono "$tmp/$name.mono.exe" > "$tmp/$name.stdout" 2>/dev/null
        if [[ "$mode" == "--update" ]]; then
            cp "$tmp/$name.stdout" "$here/apitests/expected/$name.stdout"
        elif ! cmp -s "$tmp/$name.stdout" "$here/apitests/expected/$name.stdout"; then
            echo "FAILED  $name (mono output differs from expected)"
            fail=1
        fi
    fi
done
exit $fail
