import java.util.*;
public class Messages1 {
    interface R { void run() throws Exception; }
    static void t(R r) { try { r.run(); } catch (Exception e) { System.out.println(e); } }
    public static void main(String[] a) {
        t(() -> "abc".charAt(5));
        t(() -> "abc".substring(5));
        t(() -> "abc".substring(2, 1));
        t(() -> new StringBuilder("abc").charAt(5));
        t(() -> new StringBuilder("abc").deleteCharAt(5));
        t(() -> new StringBuilder("abc").insert(5, "x"));
        t(() -> new StringBuilder("abc").delete(5, 6));
        t(() -> new StringBuilder("abc").setLength(-1));
        t(() -> Integer.parseInt(null));
        t(() -> Integer.parseInt(""));
        t(() -> Integer.parseInt("99999999999"));
        t(() -> Integer.parseInt("ff", 16));
        t(() -> Integer.parseInt("zz", 16));
        t(() -> Long.parseLong("1L"));
        t(() -> Double.parseDouble("x1"));
        t(() -> Double.parseDouble(""));
        t(() -> new ArrayList<Integer>().get(0));
        t(() -> new ArrayList<Integer>().add(3, 1));
        t(() -> new ArrayList<Integer>().iterator().next());
        t(() -> new LinkedList<Integer>().get(2));
        t(() -> new LinkedList<Integer>().getFirst());
        t(() -> List.of(1).get(3));
        t(() -> List.of(1,2,3).get(3));
        t(() -> List.of(1).add(3));
        t(() -> Arrays.asList(1, 2).add(3));
        t(() -> Arrays.asList(1, 2).get(5));
        t(() -> new int[2][0][0].toString().charAt(100));
        t(() -> Optional.empty().get());
        t(() -> new ArrayDeque<Integer>().pop());
        t(() -> new Stack<Integer>().pop());
        t(() -> Map.of("a", 1, "a", 2));
        t(() -> String.format("%d", "x"));
        t(() -> String.format("%s %s", "x"));
        t(() -> String.format("%q", "x"));
        t(() -> String.format("%#d", 1));
        t(() -> String.format("%-d", 1));
        t(() -> Objects.requireNonNull(null, "msg"));
        t(() -> Color.valueOf("PURPLE"));
        t(() -> { Object o = "s"; Integer i = (Integer) o; });
        t(() -> { int[] arr = new int[2]; arr[3] = 1; });
        t(() -> { int z = 0; System.out.println(1 / z); });
        t(() -> { Object[] arr = new String[1]; arr[0] = 1; });
        t(() -> { int[] arr = new int[-1]; });
        t(() -> { String s = null; s.length(); });
        t(() -> Collections.emptyList().get(0));
        t(() -> new Random().nextInt(0));
        t(() -> "x".repeat(-1));
        t(() -> Math.addExact(Integer.MAX_VALUE, 1));
        t(() -> new HashMap<String,Integer>().keySet().iterator().next());
        t(() -> new TreeMap<String,Integer>().firstKey());
        t(() -> { List<Integer> l = new ArrayList<>(List.of(1,2,3)); for (Integer i : l) l.remove(i); });
        t(() -> "abc".getBytes("nope"));
        t(() -> { System.arraycopy(new int[5], 3, new int[5], 0, 5); });
        t(() -> new ArrayList<Integer>(List.of(1)).subList(0, 3));
        t(() -> Character.toChars(-1));
        t(() -> new Object().wait(-1));
        System.out.println(String.format("|%10.3e|%-12.2f|%+d|%(d|% d|%x|%X|%o|%#x|%#o|%5s|%-5s|%.2s|%S|%c|%b|%h|%n", 12345.6789, -3.14159, 5, -7, 42, -255, 255L, 8, 255, 8, "ab", "ab", "abcdef", "up", 65, null, "hi").trim());
        System.out.println(String.format("%g %g %g %g %.3g %g", 0.0001, 123456.0, 1234567.0, 0.00001234, 3.14159, 0.0));
        System.out.println(String.format("%,.2f %010.2f %,d %e %.0f %.0f %.0f %s %s", 1234567.891, -3.5, -1234567L, 0.0, 0.5, 1.5, 2.5, 1.0f, 1e-5));
        System.out.println(String.format("%5.1f|%-8b|%08d|%+.1e|%(,.2f", Double.NaN, true, -42, 12345.0, -9876.543));
        System.out.println(String.format("%s %10s %-10s|", Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e100));
    }
    enum Color { RED }
}
