// Java -> Java and Java -> C# calls, in ns per call (bench/interop/run.sh).
// Each case is its own loop (no lambda in between); each runs once to warm
// up (tier-up), then the best of three timed runs is reported.
import bench.jcalls.JCall;
import bench.jcalls.JCalls;
import cli.CsBench.CsCalls;
import cli.CsBench.ICsCall;
import cli.CsBench.Color;
import cli.CsBench.Fn;
import cli.CsBench.Pt;

public class JavaDriver {
    static final int N = 50_000_000;
    static final JCalls j = new JCalls();
    static final JCall ji = j;
    static final CsCalls c = new CsCalls();
    static final ICsCall ci = c;
    static final String s = "twain";
    static final int[] a = new int[3];
    static final Object o = new Object();
    static final Pt pt = new Pt(1, 2);
    static final int[] cell = new int[1];
    static final Fn fn = new Fn(x -> x + 1);

    static int case0(int n) {
        int sink = 0;
        for (int i = 0; i < n; i++) sink += JCalls.s(i);
        return sink;
    }

    static int case1(int n) {
        int sink = 0;
        for (int i = 0; i < n; i++) sink += CsCalls.S(i);
        return sink;
    }

    static int case2(int n) {
        int sink = 0;
        for (int i = 0; i < n; i++) sink += j.v(i);
        return sink;
    }

    static int case3(int n) {
        int sink = 0;
        for (int i = 0; i < n; i++) sink += c.V(i);
        return sink;
    }

    static int case4(int n) {
        int sink = 0;
        for (int i = 0; i < n; i++) sink += ji.i(i);
        return sink;
    }

    static int case5(int n) {
        int sink = 0;
        for (int i = 0; i < n; i++) sink += ci.I(i);
        return sink;
    }

    static int case6(int n) {
        int sink = 0;
        for (int i = 0; i < n; i++) sink += JCalls.str(s);
        return sink;
    }

    static int case7(int n) {
        int sink = 0;
        for (int i = 0; i < n; i++) sink += CsCalls.Str(s);
        return sink;
    }

    static int case8(int n) {
        int sink = 0;
        for (int i = 0; i < n; i++) sink += JCalls.arr(a);
        return sink;
    }

    static int case9(int n) {
        int sink = 0;
        for (int i = 0; i < n; i++) sink += CsCalls.Arr(a);
        return sink;
    }

    static int case10(int n) {
        int sink = 0;
        for (int i = 0; i < n; i++) sink += JCalls.obj(o);
        return sink;
    }

    static int case11(int n) {
        int sink = 0;
        for (int i = 0; i < n; i++) sink += CsCalls.Obj(o);
        return sink;
    }

    static int case12(int n) {
        int sink = 0;
        for (int i = 0; i < n; i++) sink += CsCalls.St(pt);
        return sink;
    }

    static int case13(int n) {
        int sink = 0;
        for (int i = 0; i < n; i++) sink += CsCalls.En(Color.Green);
        return sink;
    }

    static int case14(int n) {
        for (int i = 0; i < n; i++) CsCalls.Ref(cell);
        return cell[0];
    }

    static int case15(int n) {
        int sink = 0;
        for (int i = 0; i < n; i++) sink += CsCalls.Del(fn, i);
        return sink;
    }

    static void report(String what, long ns, int sink) {
        System.out.printf("%-24s %6.2f ns%n", what, ns / (double) N);
        if (sink == 42) System.out.println();
    }

    public static void main(String[] args) {
        long t, best;
        int r;
        case0(N / 10);
        best = Long.MAX_VALUE;
        r = 0;
        for (int k = 0; k < 3; k++) {
            t = System.nanoTime();
            r += case0(N);
            best = Math.min(best, System.nanoTime() - t);
        }
        report("java->java static", best, r);
        case1(N / 10);
        best = Long.MAX_VALUE;
        r = 0;
        for (int k = 0; k < 3; k++) {
            t = System.nanoTime();
            r += case1(N);
            best = Math.min(best, System.nanoTime() - t);
        }
        report("java->c# static", best, r);
        case2(N / 10);
        best = Long.MAX_VALUE;
        r = 0;
        for (int k = 0; k < 3; k++) {
            t = System.nanoTime();
            r += case2(N);
            best = Math.min(best, System.nanoTime() - t);
        }
        report("java->java virtual", best, r);
        case3(N / 10);
        best = Long.MAX_VALUE;
        r = 0;
        for (int k = 0; k < 3; k++) {
            t = System.nanoTime();
            r += case3(N);
            best = Math.min(best, System.nanoTime() - t);
        }
        report("java->c# virtual", best, r);
        case4(N / 10);
        best = Long.MAX_VALUE;
        r = 0;
        for (int k = 0; k < 3; k++) {
            t = System.nanoTime();
            r += case4(N);
            best = Math.min(best, System.nanoTime() - t);
        }
        report("java->java interface", best, r);
        case5(N / 10);
        best = Long.MAX_VALUE;
        r = 0;
        for (int k = 0; k < 3; k++) {
            t = System.nanoTime();
            r += case5(N);
            best = Math.min(best, System.nanoTime() - t);
        }
        report("java->c# interface", best, r);
        case6(N / 10);
        best = Long.MAX_VALUE;
        r = 0;
        for (int k = 0; k < 3; k++) {
            t = System.nanoTime();
            r += case6(N);
            best = Math.min(best, System.nanoTime() - t);
        }
        report("java->java string", best, r);
        case7(N / 10);
        best = Long.MAX_VALUE;
        r = 0;
        for (int k = 0; k < 3; k++) {
            t = System.nanoTime();
            r += case7(N);
            best = Math.min(best, System.nanoTime() - t);
        }
        report("java->c# string", best, r);
        case8(N / 10);
        best = Long.MAX_VALUE;
        r = 0;
        for (int k = 0; k < 3; k++) {
            t = System.nanoTime();
            r += case8(N);
            best = Math.min(best, System.nanoTime() - t);
        }
        report("java->java array", best, r);
        case9(N / 10);
        best = Long.MAX_VALUE;
        r = 0;
        for (int k = 0; k < 3; k++) {
            t = System.nanoTime();
            r += case9(N);
            best = Math.min(best, System.nanoTime() - t);
        }
        report("java->c# array", best, r);
        case10(N / 10);
        best = Long.MAX_VALUE;
        r = 0;
        for (int k = 0; k < 3; k++) {
            t = System.nanoTime();
            r += case10(N);
            best = Math.min(best, System.nanoTime() - t);
        }
        report("java->java object", best, r);
        case11(N / 10);
        best = Long.MAX_VALUE;
        r = 0;
        for (int k = 0; k < 3; k++) {
            t = System.nanoTime();
            r += case11(N);
            best = Math.min(best, System.nanoTime() - t);
        }
        report("java->c# object", best, r);
        case12(N / 10);
        best = Long.MAX_VALUE;
        r = 0;
        for (int k = 0; k < 3; k++) {
            t = System.nanoTime();
            r += case12(N);
            best = Math.min(best, System.nanoTime() - t);
        }
        report("java->c# struct", best, r);
        case13(N / 10);
        best = Long.MAX_VALUE;
        r = 0;
        for (int k = 0; k < 3; k++) {
            t = System.nanoTime();
            r += case13(N);
            best = Math.min(best, System.nanoTime() - t);
        }
        report("java->c# enum", best, r);
        case14(N / 10);
        best = Long.MAX_VALUE;
        r = 0;
        for (int k = 0; k < 3; k++) {
            t = System.nanoTime();
            r += case14(N);
            best = Math.min(best, System.nanoTime() - t);
        }
        report("java->c# ref", best, r);
        case15(N / 10);
        best = Long.MAX_VALUE;
        r = 0;
        for (int k = 0; k < 3; k++) {
            t = System.nanoTime();
            r += case15(N);
            best = Math.min(best, System.nanoTime() - t);
        }
        report("java->c# delegate", best, r);
    }
}
