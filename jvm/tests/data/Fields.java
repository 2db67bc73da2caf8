// Interfaces, abstract methods, natives and constant fields.
public abstract class Fields implements Comparable<Fields>, java.io.Serializable {
    public static final byte B = -3;
    public static final char C = 'z';
    public static final boolean Z = true;
    protected static long counter = 7;
    public abstract int size();
    public native void poke(int[] a, long b);
    @Deprecated public int compareTo(Fields o) { return Integer.compare(size(), o.size()); }
    public static Object[][] grid(int n) { return new Object[n][n]; }
    static double ternary(double a) { return a > 0 ? a : -a; }
}
