#!/usr/bin/env bash
# Call costs across the VM boundary, in ns per call, in one run: static,
# virtual and interface calls and passing a string, an array and an object,
# and (Java->C# against C#->C#) a struct, an enum, a ref and a delegate,
# Java->Java and Java->C# (JavaDriver), C#->C# and C#->Java (CsDriver).
# Both sides are built through the user stories' commands (`twain stubs`).
# A benchmark reports; it never fails because twain does.
#
#   bash bench/interop/run.sh
# Environment: TWAIN_BIN (skips the cargo build), JAVAC_BIN, MCS_BIN.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
JAVAC_BIN=${JAVAC_BIN:-javac}
MCS_BIN=${MCS_BIN:-mcs}
if [ -z "${TWAIN_BIN:-}" ]; then
    (cd "$root" && cargo build --release -q) || exit 1
    TWAIN_BIN="$root/target/release/twain"
fi
for tool in "$JAVAC_BIN" "$MCS_BIN"; do
    command -v "$tool" >/dev/null || { echo "interop bench: $tool not found; skipped"; exit 0; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
set -e
# C# library used from Java: mcs, twain stubs java, javac.
"$MCS_BIN" -nowarn:649 -target:library -out:CsCalls.dll "$here/CsCalls.cs" >/dev/null
"$TWAIN_BIN" stubs java CsCalls.dll -o stubs
"$JAVAC_BIN" -d stubs-classes $(find stubs -name '*.java')
# Java library used from C#: javac, twain stubs cs, mcs.
"$JAVAC_BIN" -d jlib $(find "$here/jlib" -name '*.java')
"$TWAIN_BIN" stubs cs -cp jlib bench.jcalls -o JCalls.cs
"$MCS_BIN" -target:library -out:JCalls.dll JCalls.cs >/dev/null
# The drivers.
"$JAVAC_BIN" -cp stubs-classes:jlib -d app "$here/JavaDriver.java"
"$MCS_BIN" -optimize+ -r:CsCalls.dll -r:JCalls.dll -out:CsDriver.exe "$here/CsDriver.cs" >/dev/null
set +e
echo "== ns per call (twain, one process per driver; lower is better)"
"$TWAIN_BIN" run -cp app:jlib -r CsCalls.dll JavaDriver > java.out
"$TWAIN_BIN" run -cp jlib -r JCalls.dll -r CsCalls.dll CsDriver.exe > cs.out
cat java.out cs.out
echo
echo "== cross-VM / same-VM ratio per kind"
ratio() { # file, same-prefix, cross-prefix, kinds...
    local file=$1 same_p=$2 cross_p=$3
    shift 3
    for kind in "${@:-static virtual interface string array object}"; do
        for k in $kind; do
            same=$(grep -F "$same_p $k " "$file" | awk '{print $(NF-1)}')
            cross=$(grep -F "$cross_p $k " "$file" | awk '{print $(NF-1)}')
            [ -n "$same" ] && [ -n "$cross" ] && awk -v k="$cross_p $k" -v s="$same" -v c="$cross" \
                'BEGIN { printf "%-24s %5.2f\n", k, (s > 0 ? c / s : 0) }'
        done
    done
}
ratio java.out "java->java" "java->c#"
ratio cs.out "c#->c#" "c#->java"
cat java.out cs.out > both.out
echo
echo "== cross-VM / the callee's own VM calling the same method (java->c# X / c#->c# X, c#->java X / java->java X)"
ratio both.out "c#->c#" "java->c#"
ratio both.out "java->java" "c#->java"
echo
echo "== Java->C# through a boundary entry / the same call C#->C# (specs/mapping.md §9)"
ratio both.out "c#->c#" "java->c#" struct enum ref delegate
