public class Traces {
    static class AppException extends Exception {
        AppException(String m, Throwable c) { super(m, c); }
    }
    static void level3(int x) { if (x > 2) throw new IllegalArgumentException("x too big: " + x); }
    static void level2(int x) { level3(x + 1); }
    static void level1(int x) throws AppException {
        try { level2(x + 1); } catch (IllegalArgumentException e) { throw new AppException("wrapped", e); }
    }
    static class Res implements AutoCloseable {
        final String n;
        Res(String n) { this.n = n; }
        public void close() throws Exception { throw new IllegalStateException("close " + n); }
    }
    public static void main(String[] args) {
        try { level1(1); } catch (AppException e) { e.printStackTrace(System.out); }
        try (Res a = new Res("a"); Res b = new Res("b")) {
            throw new RuntimeException("body");
        } catch (Exception e) {
            e.printStackTrace(System.out);
            System.out.println(e.getSuppressed().length);
        }
        Throwable t = new Throwable("root");
        StackTraceElement[] st = t.getStackTrace();
        System.out.println(st[0].getMethodName() + " " + st[0].getClassName() + " " + st[0].getLineNumber() + " " + st.length);
        try { Object o = null; o.hashCode(); } catch (NullPointerException e) { System.out.println("npe"); }
        try { int[] a = new int[1]; a[2] = 0; } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        RuntimeException chained = new RuntimeException("top", new IllegalStateException("mid", new ArithmeticException("bottom")));
        chained.printStackTrace(System.out);
        throw new UnsupportedOperationException("uncaught");
    }
}
