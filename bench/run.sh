#!/usr/bin/env bash
# twain benchmark: runs each program in bench/java under HotSpot (`java`) and
# under twain, and reports wall times, their ratio, start-up and peak memory.
# Then, when Mono's `mcs` and `mono` are installed, does the same for the C#
# twins in bench/cs: mono against `twain run X.exe`.
# A benchmark reports; it never fails because twain does.
#
#   bash bench/run.sh [--quick]
#
# --quick       small problem sizes, one timed run each (a smoke test of
#               the script and of twain, not a measurement).
# Environment:
#   TWAIN_BIN     twain binary to use; when set, the cargo build is skipped.
#   JAVA_BIN      java launcher (default: java).   JAVAC_BIN (default: javac)
#   MONO_BIN      mono launcher (default: mono).   MCS_BIN (default: mcs)
#   BENCH_TIMEOUT seconds before one run is killed (default: 300).
set -u

cd "$(dirname "$0")/.." || exit 1
ROOT=$(pwd)
OUT="$ROOT/bench/out"
JAVA_BIN=${JAVA_BIN:-java}
JAVAC_BIN=${JAVAC_BIN:-javac}
TIMEOUT=${BENCH_TIMEOUT:-300}

QUICK=0
for arg in "$@"; do
    case "$arg" in
        --quick) QUICK=1 ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        *) echo "unknown argument: $arg (usage: bash bench/run.sh [--quick])" >&2; exit 2 ;;
    esac
done

# program:size pairs. Full sizes take roughly 0.3-1.5 s each under HotSpot.
# CS_PROGRAMS: the same for the C# programs in bench/cs under mono (the same
# sizes happen to fit: roughly 0.6-1.5 s each under Mono 6.8).
if [ "$QUICK" = 1 ]; then
    PROGRAMS="Fib:27 Sieve:200000 NBody:100000 BinaryTrees:10 FannkuchRedux:8 SpectralNorm:200"
    CS_PROGRAMS="Fib:27 Sieve:200000 NBody:100000 BinaryTrees:10 FannkuchRedux:8 SpectralNorm:200"
    RUNS=1; HELLO_RUNS=3; GC_DEPTH=6
else
    PROGRAMS="Fib:40 Sieve:5000000 NBody:5000000 BinaryTrees:16 FannkuchRedux:10 SpectralNorm:2000"
    CS_PROGRAMS="Fib:40 Sieve:5000000 NBody:5000000 BinaryTrees:16 FannkuchRedux:10 SpectralNorm:2000"
    RUNS=3; HELLO_RUNS=10; GC_DEPTH=10
fi

mkdir -p "$OUT/logs"
LOGS="$OUT/logs"

# --- compile the Java programs --------------------------------------------
echo "== javac bench/java/*.java -> bench/out"
if ! "$JAVAC_BIN" -d "$OUT" "$ROOT"/bench/java/*.java; then
    echo "javac failed; nothing to measure" >&2
    exit 1
fi

# --- build twain ----------------------------------------------------------
TWAIN_OK=1
if [ -n "${TWAIN_BIN:-}" ]; then
    TWAIN="$TWAIN_BIN"
    echo "== using TWAIN_BIN=$TWAIN (cargo build skipped)"
else
    TWAIN="$ROOT/target/release/twain"
    echo "== cargo build --release -p bridge"
    if ! cargo build --release -p bridge 2>"$LOGS/cargo-build.log"; then
        echo "cargo build failed (see bench/out/logs/cargo-build.log); twain columns will read FAILED"
        TWAIN_OK=0
    fi
fi
if [ ! -x "$TWAIN" ]; then
    echo "twain binary $TWAIN not found or not executable"
    TWAIN_OK=0
fi

# --- helpers --------------------------------------------------------------
now_ns() { date +%s%N; }

# run_timed <stdout-file> <cmd...>: runs once under the timeout, stdout to the
# file, stderr to <stdout-file>.err; sets ELAPSED (seconds) and STATUS.
run_timed() {
    local out=$1; shift
    local t0 t1
    t0=$(now_ns)
    timeout "$TIMEOUT" "$@" >"$out" 2>"$out.err"
    STATUS=$?
    t1=$(now_ns)
    ELAPSED=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
}

# best_of <n> <stdout-file> <cmd...>: best wall time of n runs in BEST, or
# BEST=FAILED (with STATUS) as soon as a run fails. Keeps the first run's
# output in <stdout-file>.
best_of() {
    local n=$1 out=$2; shift 2
    local i
    BEST=""
    for ((i = 0; i < n; i++)); do
        if [ "$i" = 0 ]; then
            run_timed "$out" "$@"
        else
            run_timed "$out.again" "$@"
        fi
        if [ "$STATUS" != 0 ]; then
            BEST=FAILED
            return
        fi
        if [ -z "$BEST" ] || awk -v a="$ELAPSED" -v b="$BEST" 'BEGIN { exit !(a < b) }'; then
            BEST=$ELAPSED
        fi
    done
}

ratio() { awk -v t="$1" -v j="$2" 'BEGIN { if (j > 0) printf "%.2f", t / j; else print "-" }'; }

# peak_rss <cmd...>: peak resident set size in KiB (GNU time %M), or FAILED.
peak_rss() {
    local f="$LOGS/rss.txt"
    if /usr/bin/time -f %M -o "$f" timeout "$TIMEOUT" "$@" >/dev/null 2>&1; then
        tail -n 1 "$f"
    else
        echo FAILED
    fi
}

# --- throughput -----------------------------------------------------------
echo
echo "== throughput (best of $RUNS wall-clock runs; ratio = twain_s / java_s)"
printf '%-15s %9s %9s %8s  %s\n' program java_s twain_s ratio note
RATIOS=""
for entry in $PROGRAMS; do
    name=${entry%%:*}
    size=${entry#*:}
    best_of "$RUNS" "$LOGS/$name.java.out" "$JAVA_BIN" -cp "$OUT" "$name" "$size"
    java_s=$BEST
    if [ "$java_s" = FAILED ]; then
        printf '%-15s %9s %9s %8s  %s\n' "$name" FAILED - - "java itself failed (status $STATUS)"
        continue
    fi
    twain_s=FAILED; r=-; note=""
    if [ "$TWAIN_OK" = 1 ]; then
        best_of "$RUNS" "$LOGS/$name.twain.out" "$TWAIN" run -cp "$OUT" "$name" "$size"
        twain_s=$BEST
    else
        STATUS=none
    fi
    if [ "$twain_s" = FAILED ]; then
        note="twain FAILED (status $STATUS; see bench/out/logs/$name.twain.out.err)"
        [ "$STATUS" = 124 ] && note="twain FAILED (timed out after ${TIMEOUT}s)"
        [ "$TWAIN_OK" = 0 ] && note="twain FAILED (no binary)"
    elif ! cmp -s "$LOGS/$name.java.out" "$LOGS/$name.twain.out"; then
        r=$(ratio "$twain_s" "$java_s")
        note="MISMATCH (output differs; not in the mean; diff bench/out/logs/$name.{java,twain}.out)"
    else
        r=$(ratio "$twain_s" "$java_s")
        RATIOS="$RATIOS $r"
    fi
    printf '%-15s %9s %9s %8s  %s\n' "$name" "$java_s" "$twain_s" "$r" "$note"
done

count=$(echo "$RATIOS" | wc -w)
if [ "$count" -gt 0 ]; then
    geo=$(echo "$RATIOS" | awk '{ s = 0; for (i = 1; i <= NF; i++) s += log($i); printf "%.2f", exp(s / NF) }')
    echo "geometric mean ratio: $geo (over $count of 6 programs)"
else
    echo "geometric mean ratio: n/a (no program ran correctly under twain)"
fi

# --- start-up and memory --------------------------------------------------
echo
echo "== hello world start-up (best of $HELLO_RUNS) and peak RSS"
best_of "$HELLO_RUNS" "$LOGS/Hello.java.out" "$JAVA_BIN" -cp "$OUT" Hello
java_hello=$BEST
java_rss=$(peak_rss "$JAVA_BIN" -cp "$OUT" Hello)
twain_hello=FAILED; twain_rss=FAILED; hello_note=""
if [ "$TWAIN_OK" = 1 ]; then
    best_of "$HELLO_RUNS" "$LOGS/Hello.twain.out" "$TWAIN" run -cp "$OUT" Hello
    twain_hello=$BEST
    if [ "$twain_hello" != FAILED ]; then
        twain_rss=$(peak_rss "$TWAIN" run -cp "$OUT" Hello)
        cmp -s "$LOGS/Hello.java.out" "$LOGS/Hello.twain.out" || hello_note="MISMATCH"
    fi
fi
to_ms() { case "$1" in FAILED) echo FAILED ;; *) awk -v s="$1" 'BEGIN { printf "%.1f", s * 1000 }' ;; esac; }
to_mib() { case "$1" in FAILED) echo FAILED ;; *) awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }' ;; esac; }
printf '%-15s %12s %14s  %s\n' vm startup_ms peak_rss_MiB note
printf '%-15s %12s %14s\n' java "$(to_ms "$java_hello")" "$(to_mib "$java_rss")"
printf '%-15s %12s %14s  %s\n' twain "$(to_ms "$twain_hello")" "$(to_mib "$twain_rss")" "$hello_note"

# --- GC stress smoke ------------------------------------------------------
echo
echo "== gc-stress smoke: twain run --gc-stress BinaryTrees $GC_DEPTH"
if [ "$TWAIN_OK" = 1 ]; then
    run_timed "$LOGS/gc-stress.java.out" "$JAVA_BIN" -cp "$OUT" BinaryTrees "$GC_DEPTH"
    run_timed "$LOGS/gc-stress.twain.out" "$TWAIN" run --gc-stress -cp "$OUT" BinaryTrees "$GC_DEPTH"
    if [ "$STATUS" != 0 ]; then
        echo "gc-stress: FAILED after ${ELAPSED}s (status $STATUS; see bench/out/logs/gc-stress.twain.out.err)"
    elif cmp -s "$LOGS/gc-stress.java.out" "$LOGS/gc-stress.twain.out"; then
        echo "gc-stress: completed in ${ELAPSED}s, output matches java"
    else
        echo "gc-stress: completed in ${ELAPSED}s, MISMATCH against java's output"
    fi
else
    echo "gc-stress: FAILED (no twain binary)"
fi

# --- C#: mono vs twain ----------------------------------------------------
# bench/cs/*.cs are compiled one by one with `mcs -optimize+` into
# bench/out/cs/ and each X.exe is run as `mono X.exe <size>` and
# `twain run X.exe <size>`. A twain row reads FAIL when twain exits non-zero,
# times out, is not built, or prints something other than mono's output;
# FAIL rows are left out of the geometric mean.
MONO_BIN=${MONO_BIN:-mono}
MCS_BIN=${MCS_BIN:-mcs}
CS_SRC="$ROOT/bench/cs"
CS_OUT="$OUT/cs"
CS_LOGS="$LOGS/cs"
echo
if ! command -v "$MCS_BIN" >/dev/null 2>&1 || ! command -v "$MONO_BIN" >/dev/null 2>&1; then
    echo "== C#: skipped ('$MCS_BIN' or '$MONO_BIN' not found; install mono-mcs and mono-runtime)"
    exit 0
fi
mkdir -p "$CS_OUT" "$CS_LOGS"
echo "== $MCS_BIN -optimize+ bench/cs/*.cs -> bench/out/cs"
# One assembly per program. mcs is run inside the build directory, never one
# holding a mscorlib.dll (mcs would pick that up instead of Mono's).
CS_BUILT=" "
for src in "$CS_SRC"/*.cs; do
    name=$(basename "$src" .cs)
    rm -f "$CS_OUT/$name.exe"
    if (cd "$CS_OUT" && "$MCS_BIN" -optimize+ -out:"$name.exe" "$src") >"$CS_LOGS/$name.mcs.log" 2>&1; then
        CS_BUILT="$CS_BUILT$name "
    else
        echo "mcs failed on bench/cs/$name.cs (see bench/out/logs/cs/$name.mcs.log)"
    fi
done

# cs_twain_verdict <name> <mono-out> <twain-out> <twain_s> <mono_s>: sets CS_T (the twain
# column), CS_R (ratio or -) and CS_NOTE from the last best_of's STATUS.
cs_twain_verdict() {
    local name=$1 mono_out=$2 twain_out=$3 twain_s=$4 mono_s=$5
    CS_T=FAIL; CS_R=-; CS_NOTE=""
    if [ "$TWAIN_OK" = 0 ]; then
        CS_NOTE="twain: no binary"
    elif [ "$twain_s" = FAILED ]; then
        if [ "$STATUS" = 124 ]; then
            CS_NOTE="twain timed out after ${TIMEOUT}s"
        else
            CS_NOTE="twain exit status $STATUS; see bench/out/logs/cs/$name.twain.out.err"
        fi
    elif ! cmp -s "$mono_out" "$twain_out"; then
        CS_NOTE="twain output differs from mono's (ran ${twain_s}s); diff bench/out/logs/cs/$name.{mono,twain}.out"
    else
        CS_T=$twain_s
        CS_R=$(ratio "$twain_s" "$mono_s")
    fi
}

echo
echo "== C# throughput (best of $RUNS wall-clock runs; ratio = twain_s / mono_s)"
printf '%-15s %9s %9s %8s  %s\n' program mono_s twain_s ratio note
CS_RATIOS=""
CS_TOTAL=0
for entry in $CS_PROGRAMS; do
    name=${entry%%:*}
    size=${entry#*:}
    CS_TOTAL=$((CS_TOTAL + 1))
    exe="$CS_OUT/$name.exe"
    case "$CS_BUILT" in
        *" $name "*) ;;
        *) printf '%-15s %9s %9s %8s  %s\n' "$name" - FAIL - "not compiled (mcs failed)"; continue ;;
    esac
    best_of "$RUNS" "$CS_LOGS/$name.mono.out" "$MONO_BIN" "$exe" "$size"
    mono_s=$BEST
    if [ "$mono_s" = FAILED ]; then
        printf '%-15s %9s %9s %8s  %s\n' "$name" FAILED - - "mono itself failed (status $STATUS)"
        continue
    fi
    twain_s=FAILED
    if [ "$TWAIN_OK" = 1 ]; then
        best_of "$RUNS" "$CS_LOGS/$name.twain.out" "$TWAIN" run "$exe" "$size"
        twain_s=$BEST
    fi
    cs_twain_verdict "$name" "$CS_LOGS/$name.mono.out" "$CS_LOGS/$name.twain.out" "$twain_s" "$mono_s"
    [ "$CS_R" != - ] && CS_RATIOS="$CS_RATIOS $CS_R"
    printf '%-15s %9s %9s %8s  %s\n' "$name" "$mono_s" "$CS_T" "$CS_R" "$CS_NOTE"
done

count=$(echo "$CS_RATIOS" | wc -w)
if [ "$count" -gt 0 ]; then
    geo=$(echo "$CS_RATIOS" | awk '{ s = 0; for (i = 1; i <= NF; i++) s += log($i); printf "%.2f", exp(s / NF) }')
    echo "geometric mean ratio: $geo (over $count of $CS_TOTAL programs; FAIL rows left out)"
else
    echo "geometric mean ratio: n/a (0 of $CS_TOTAL programs ran correctly under twain)"
fi

echo
echo "== C# hello world start-up (best of $HELLO_RUNS) and peak RSS"
printf '%-15s %12s %14s  %s\n' vm startup_ms peak_rss_MiB note
case "$CS_BUILT" in
    *" Hello "*)
        hello_exe="$CS_OUT/Hello.exe"
        best_of "$HELLO_RUNS" "$CS_LOGS/Hello.mono.out" "$MONO_BIN" "$hello_exe"
        mono_hello=$BEST
        mono_rss=FAILED; mono_note=""
        if [ "$mono_hello" = FAILED ]; then
            mono_note="mono itself failed (status $STATUS)"
        else
            mono_rss=$(peak_rss "$MONO_BIN" "$hello_exe")
        fi
        twain_hello=FAILED; twain_rss=FAILED; twain_hello_s=FAILED
        if [ "$TWAIN_OK" = 1 ]; then
            best_of "$HELLO_RUNS" "$CS_LOGS/Hello.twain.out" "$TWAIN" run "$hello_exe"
            twain_hello_s=$BEST
        fi
        cs_twain_verdict Hello "$CS_LOGS/Hello.mono.out" "$CS_LOGS/Hello.twain.out" "$twain_hello_s" "$mono_hello"
        if [ "$CS_T" = FAIL ]; then
            twain_hello=FAIL; twain_rss=FAIL
        else
            twain_hello=$(to_ms "$CS_T")
            twain_rss=$(to_mib "$(peak_rss "$TWAIN" run "$hello_exe")")
        fi
        printf '%-15s %12s %14s  %s\n' mono "$(to_ms "$mono_hello")" "$(to_mib "$mono_rss")" "$mono_note"
        printf '%-15s %12s %14s  %s\n' twain "$twain_hello" "$twain_rss" "$CS_NOTE"
        ;;
    *)
        echo "Hello.exe not compiled (mcs failed); no start-up figures"
        ;;
esac
exit 0
