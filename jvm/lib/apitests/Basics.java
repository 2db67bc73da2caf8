import java.util.*;
import java.util.function.*;

public class Basics {
    enum Color { RED, GREEN, BLUE }
    record Point(int x, int y) {}
    interface Shape { double area(); }
    static class Circle implements Shape {
        final double r;
        Circle(double r) { this.r = r; }
        public double area() { return Math.PI * r * r; }
        @Override public String toString() { return "Circle(" + r + ")"; }
    }

    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

    public static void main(String[] args) throws Exception {
        System.out.println("Hello, world");
        int x = 42; long l = 1L << 40; double d = 3.5; float f = 1.25f; char c = 'z'; boolean b = true;
        System.out.println(x); System.out.println(l); System.out.println(d); System.out.println(f);
        System.out.println(c); System.out.println(b); System.out.print("no newline"); System.out.println();
        String s = "abc" + x + d + c + b + l + f + null;
        System.out.println(s + " " + s.length() + " " + s.toUpperCase() + " " + s.substring(2, 5) + s.indexOf("42"));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(i).append(',');
        sb.setLength(sb.length() - 1);
        sb.insert(0, "[").append("]").reverse();
        System.out.println(sb.toString() + sb.length() + sb.charAt(0));
        System.out.printf("%d %5.2f %s %x %08.3f %-5s| %c %b %e %,d%n", 7, 3.14159, "str", 255, -2.5, "ab", 'q', true, 12345.678, 1234567);
        System.out.println(String.format("%3$s %1$s %2$s", "a", "b", "c"));
        System.out.println(String.join(",", List.of("x", "y", "z")) + " " + "a,b,,c".split(",").length);
        System.out.println(Arrays.toString("a1b2c3".split("\\d")) + Arrays.toString("  lots   of   space ".trim().split("\\s+")));
        
        Integer boxed = 127, boxed2 = 127;
        System.out.println((boxed == boxed2) + " " + Integer.valueOf(1000).equals(1000) + " " + Integer.parseInt("-123") + " " + Integer.toBinaryString(10) + " " + Integer.toHexString(-1) + " " + Long.MAX_VALUE + " " + Integer.MIN_VALUE);
        System.out.println(Double.compare(0.0, -0.0) + " " + Double.isNaN(0.0 / 0.0) + " " + Math.sqrt(2) + " " + Math.pow(2, 10) + " " + Math.abs(-7) + " " + Math.max(3, 9) + " " + Math.round(2.5) + " " + Math.floorMod(-7, 3));
        System.out.println(Character.isDigit('5') + " " + Character.toUpperCase('q') + " " + Character.getNumericValue('8') + " " + (int) Character.forDigit(11, 16));
        List<Integer> list = new ArrayList<>();
        for (int i = 10; i > 0; i--) list.add(i * 3 % 7);
        Collections.sort(list);
        System.out.println(list + " " + list.size() + " " + list.get(2) + " " + list.contains(6) + " " + list.indexOf(4));
        list.removeIf(v -> v % 2 == 0);
        list.sort(Comparator.reverseOrder());
        System.out.println(list);
        Map<String, Integer> counts = new HashMap<>();
        for (String w : "the quick brown fox jumps over the lazy dog the end".split(" ")) counts.merge(w, 1, Integer::sum);
        System.out.println(counts);
        Map<String, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < 10; i++) groups.computeIfAbsent(i % 3 == 0 ? "three" : "other", k -> new ArrayList<>()).add(i);
        System.out.println(groups);
        for (Map.Entry<String, Integer> e : counts.entrySet()) if (e.getValue() > 1) System.out.println(e.getKey() + "=" + e.getValue());
        Set<String> set = new HashSet<>(Arrays.asList("banana", "apple", "cherry", "apple"));
        System.out.println(set + " " + set.size() + " " + new TreeSet<>(set) + " " + new LinkedHashSet<>(List.of("z", "a", "m")));
        Deque<Integer> stack = new ArrayDeque<>();
        stack.push(1); stack.push(2); stack.push(3);
        System.out.println(stack.pop() + " " + stack.peek() + " " + stack);
        Queue<String> q = new LinkedList<>();
        q.offer("a"); q.offer("b"); q.add("c");
        System.out.println(q.poll() + q.peek() + q.size());
        PriorityQueue<Integer> pq = new PriorityQueue<>(List.of(5, 1, 4, 2, 3));
        System.out.println(pq + " " + pq.poll() + " " + pq);
        Optional<String> opt = Optional.of("v");
        System.out.println(opt.map(String::toUpperCase).orElse("none") + " " + Optional.empty() + " " + opt);
        Color col = Color.valueOf("GREEN");
        System.out.println(col + " " + col.ordinal() + " " + Arrays.toString(Color.values()) + " " + col.compareTo(Color.BLUE));
        switch (col) { case RED: System.out.println("r"); break; case GREEN: System.out.println("g"); break; default: System.out.println("?"); }
        String cmd = "stop";
        switch (cmd) { case "go": System.out.println("going"); break; case "stop": System.out.println("stopping"); break; default: break; }
        Point p = new Point(1, 2);
        System.out.println(p + " " + p.x() + " " + p.equals(new Point(1, 2)) + " " + p.hashCode());
        Shape sh = new Circle(2);
        System.out.println(sh + " " + sh.area());
        System.out.println(fib(20));
        int[] arr = {5, 3, 9, 1};
        Arrays.sort(arr);
        System.out.println(Arrays.toString(arr) + " " + Arrays.binarySearch(arr, 9));
        int[][] grid = new int[3][4];
        grid[1][2] = 7;
        System.out.println(Arrays.deepToString(grid));
        try {
            Object o = list.get(100);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("caught " + e.getMessage());
        }
        try {
            throw new IllegalStateException("bad", new RuntimeException("inner"));
        } catch (RuntimeException e) {
            System.out.println(e + " / " + e.getCause());
        }
        try {
            Integer.parseInt("abc");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        Function<Integer, Integer> sq = v -> v * v;
        BiFunction<Integer, Integer, Integer> add = (a, bb) -> a + bb;
        Supplier<String> sup = () -> "supplied";
        Predicate<String> empty = String::isEmpty;
        System.out.println(sq.andThen(v -> v + 1).apply(5) + " " + add.apply(2, 3) + " " + sup.get() + " " + empty.negate().test(""));
        Runnable r = () -> System.out.println("ran");
        r.run();
        Iterator<Integer> it = list.iterator();
        while (it.hasNext()) if (it.next() == 3) it.remove();
        System.out.println(list);
        StringJoiner sj = new StringJoiner(", ", "{", "}");
        sj.add("a").add("b");
        System.out.println(sj);
        Random rnd = new Random(42);
        System.out.println(rnd.nextInt(100) + " " + rnd.nextInt() + " " + rnd.nextDouble() + " " + rnd.nextLong() + " " + rnd.nextBoolean() + " " + rnd.nextGaussian());
        List<String> names = new ArrayList<>(List.of("bob", "alice", "carol"));
        names.sort(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
        System.out.println(names);
        long start = System.nanoTime();
        System.out.println(System.currentTimeMillis() > 0 && System.nanoTime() >= start);
        Object[] objs = {1, "two", 3.0, 'c', null};
        System.out.println(Arrays.asList(objs) + " " + Objects.hash(1, 2, 3) + " " + Objects.equals(null, null));
        char[] cs = "hello".toCharArray();
        Arrays.sort(cs);
        System.out.println(new String(cs) + String.valueOf(cs, 1, 2) + " " + "Hello".equalsIgnoreCase("hELLO") + " " + "b".compareTo("a") + " " + "x".repeat(3) + " " + "  pad ".strip() + "|");
        System.err.println("to stderr");
        var map2 = new LinkedHashMap<Integer, String>();
        map2.put(3, "c"); map2.put(1, "a"); map2.putIfAbsent(3, "z");
        map2.forEach((k, v) -> System.out.print(k + v + ";"));
        System.out.println(map2.getOrDefault(9, "dflt"));
        System.out.println(Integer.MAX_VALUE + 1);
        System.out.println((Object) new int[0] instanceof int[]);
        System.out.println(String.valueOf((Object) null) + Integer.compare(3, 5) + Long.parseLong("123456789012") + Double.parseDouble("1e3") + Float.parseFloat("2.5") + Boolean.parseBoolean("TRUE"));
        System.exit(0);
    }
}
