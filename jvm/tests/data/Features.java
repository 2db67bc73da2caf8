// A small program exercising many javac features, used as parser test input.
import java.util.*;
import java.util.function.*;

public class Features {
    public static final int ANSWER = 42;
    public static final long BIG = 1L << 40;
    public static final double PI = 3.14159;
    public static final float HALF = 0.5f;
    public static final String GREETING = "h\u00e9llo \0 \ud83d\ude00";
    static final String LONE = "x\ud800y";
    private volatile transient int counter;

    record Point(int x, int y) {
        Point {
            if (x < 0) throw new IllegalArgumentException("x");
        }
        double dist() { return Math.sqrt((double) x * x + (double) y * y); }
    }

    enum Color { RED, GREEN, BLUE; Color next() { return values()[(ordinal() + 1) % 3]; } }

    interface Shape { double area(); default String describe() { return "shape " + area(); } }

    sealed interface Expr permits Num, Add {}
    record Num(int v) implements Expr {}
    record Add(Expr l, Expr r) implements Expr {}

    class Inner { int get() { return counter; } }

    static int eval(Expr e) {
        if (e instanceof Num n) return n.v();
        if (e instanceof Add a) return eval(a.l()) + eval(a.r());
        throw new IllegalStateException();
    }

    static int classify(String s) {
        switch (s) {
            case "one": return 1;
            case "two": return 2;
            case "three": return 3;
            default: return -1;
        }
    }

    static String sparse(int k) {
        return switch (k) {
            case 1 -> "a";
            case 1000 -> "b";
            case -70000 -> "c";
            default -> "z";
        };
    }

    static int dense(int k) {
        switch (k) {
            case 0: return 10;
            case 1: return 11;
            case 2: return 12;
            case 3: return 13;
            case 4: return 14;
            default: return 0;
        }
    }

    static synchronized long arith(long a, int b, float c, double d, short s, byte y, char ch) {
        long r = a * b + (long) c - (long) d;
        r ^= s << 3;
        r |= y >>> 2;
        r &= ~ch;
        int wide = 0;
        for (int i = 0; i < 300; i++) wide += i;
        int[][] grid = new int[3][4];
        grid[1][2] = wide;
        boolean[] flags = new boolean[2];
        flags[0] = r > 0;
        char[] cs = {'a', 'b'};
        return r + grid[1][2] + cs.length + (flags[0] ? 1 : 0) + (long) (c / d) + (a % 7);
    }

    static String tryFinally(int x) throws Exception {
        StringBuilder sb = new StringBuilder();
        try {
            if (x == 0) throw new Exception("zero");
            sb.append(10 / x);
        } catch (ArithmeticException | NullPointerException e) {
            sb.append("caught");
        } finally {
            sb.append("!");
        }
        Object lock = new Object();
        synchronized (lock) { sb.append(x); }
        return sb.toString();
    }

    static int manyLocals() {
        long a0=1,a1=2,a2=3,a3=4,a4=5,a5=6,a6=7,a7=8,a8=9,a9=10,b0=1,b1=2,b2=3,b3=4,b4=5,b5=6,b6=7,b7=8,b8=9,b9=10;
        long c0=1,c1=2,c2=3,c3=4,c4=5,c5=6,c6=7,c7=8,c8=9,c9=10,d0=1,d1=2,d2=3,d3=4,d4=5,d5=6,d6=7,d7=8,d8=9,d9=10;
        long e0=1,e1=2,e2=3,e3=4,e4=5,e5=6,e6=7,e7=8,e8=9,e9=10,f0=1,f1=2,f2=3,f3=4,f4=5,f5=6,f6=7,f7=8,f8=9,f9=10;
        long g0=1,g1=2,g2=3,g3=4,g4=5,g5=6,g6=7,g7=8,g8=9,g9=10,h0=1,h1=2,h2=3,h3=4,h4=5,h5=6,h6=7,h7=8,h8=9,h9=10;
        long i0=1,i1=2,i2=3,i3=4,i4=5,i5=6,i6=7,i7=8,i8=9,i9=10,j0=1,j1=2,j2=3,j3=4,j4=5,j5=6,j6=7,j7=8,j8=9,j9=10;
        long k0=1,k1=2,k2=3,k3=4,k4=5,k5=6,k6=7,k7=8,k8=9,k9=10,l0=1,l1=2,l2=3,l3=4,l4=5,l5=6,l6=7,l7=8,l8=9,l9=10;
        long m0=1,m1=2,m2=3,m3=4,m4=5,m5=6,m6=7,m7=8,m8=9,m9=10;
        int last = 7;
        last += 1000;
        return (int) (a0 + j9 + m9) + last;
    }

    public static void main(String[] args) throws Exception {
        List<Point> pts = new ArrayList<>();
        for (int i = 0; i < 5; i++) pts.add(new Point(i, i * 2));
        Function<Point, Double> f = Point::dist;
        Supplier<String> sup = () -> GREETING + ANSWER;
        Runnable r = new Runnable() { public void run() { System.out.println("anon"); } };
        r.run();
        Shape sq = () -> 4.0;
        pts.stream().map(f).filter(d -> d > 1).forEach(System.out::println);
        System.out.println(sup.get() + Color.RED.next() + classify("two") + sparse(1000) + dense(3));
        System.out.println(eval(new Add(new Num(1), new Num(2))) + sq.describe());
        System.out.println(arith(1, 2, 3f, 4.0, (short) 5, (byte) 6, 'c') + tryFinally(2) + manyLocals());
        String text = "n=" + args.length + " " + LONE.length();
        Object o = text;
        if (o instanceof String s && !s.isEmpty()) System.out.println(s);
        int[] arr = {3, 1, 2};
        Arrays.sort(arr);
        System.out.println(Arrays.toString(arr) + new Features().new Inner().get());
    }
}
