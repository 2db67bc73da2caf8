// The Java side of the call-cost benchmark (bench/interop/run.sh): callees
// the C# and Java drivers call.
package bench.jcalls;

public class JCalls implements JCall {
    private int field;

    public static int s(int x) { return x + 1; }
    public int v(int x) { return x + field + 1; }
    public int i(int x) { return x + field + 2; }
    public static int str(String s) { return s.length(); }
    public static int arr(int[] a) { return a.length; }
    public static int obj(Object o) { return o == null ? 0 : 1; }
}
