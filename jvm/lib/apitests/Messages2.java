import java.util.*;
public class Messages2 {
    interface R { void run() throws Exception; }
    static void t(R r) { try { r.run(); } catch (Exception e) { System.out.println(e); } }
    public static void main(String[] a) {
        t(() -> Long.parseLong(null));
        t(() -> Long.parseLong(""));
        t(() -> Integer.parseInt(null, 16));
        t(() -> Short.parseShort("99999"));
        t(() -> Byte.parseByte("300", 16));
        t(() -> Integer.parseInt("1", 99));
        t(() -> Integer.valueOf((String) null));
        t(() -> Integer.parseUnsignedInt("-1"));
        t(() -> new StringBuilder("abc").setCharAt(7, 'x'));
        t(() -> new StringBuilder("abc").substring(4));
        t(() -> new StringBuilder("abc").replace(4, 5, "x"));
        t(() -> "abc".codePointAt(7));
        t(() -> new String(new char[2], 1, 5));
        t(() -> "abc".getChars(0, 5, new char[5], 0));
        t(() -> Integer.decode("0x"));
        t(() -> new HashMap<>(-1));
        t(() -> new ArrayList<>(-1));
        t(() -> { Iterator<Integer> it = new ArrayList<>(List.of(1)).iterator(); it.remove(); });
        t(() -> new PriorityQueue<Integer>(0));
        t(() -> new TreeMap<String,Integer>().put(null, 1));
        t(() -> List.of(1, null));
        t(() -> Set.of(1, 1));
        t(() -> new ArrayDeque<Integer>().addFirst(null));
        t(() -> Collections.nCopies(-1, "x"));
        t(() -> Arrays.copyOfRange(new int[3], 2, 1));
        t(() -> Arrays.fill(new int[3], 2, 1, 0));
        t(() -> Arrays.fill(new int[3], 0, 5, 0));
        t(() -> { throw new Exception(); });
        t(() -> { throw new Exception((String) null, null); });
        t(() -> { throw new RuntimeException(new IllegalStateException("x")); });
        System.out.println(new AssertionError("boom"));
        Throwable th = new Throwable("t");
        System.out.println(th.getCause() + " " + th.getSuppressed().length + " " + th.getLocalizedMessage());
        System.out.println(new StackTraceElement("Main", "main", "Main.java", 5) + " " + new StackTraceElement("Main", "main", null, -1) + " " + new StackTraceElement("Main", "main", "Main.java", -1));
        System.out.println(int.class + " " + String.class + " " + Runnable.class + " " + int[].class.getName() + " " + String[].class.getName() + " " + String[][].class.getSimpleName() + " " + Map.Entry.class.getName() + " " + Map.Entry.class.getSimpleName() + " " + new Object(){}.getClass().getName() + "|" + new Object(){}.getClass().getSimpleName() + "|");
        System.out.println(Integer.toString(255, 16) + Integer.toString(-255, 2) + " " + Long.toHexString(-1L) + " " + Integer.toOctalString(8) + " " + Long.toBinaryString(5) + " " + Integer.toUnsignedString(-1) + " " + Long.toUnsignedString(-1L) + " " + Integer.reverse(1) + " " + Integer.highestOneBit(100) + " " + Long.numberOfTrailingZeros(64) + " " + Integer.bitCount(255));
        System.out.println(Math.round(-2.5) + " " + Math.round(2.4f) + " " + Math.round(-0.5f) + " " + Math.round(0.49999999999999994) + " " + Math.max(-0.0, 0.0) + " " + Math.min(-0.0, 0.0) + " " + Math.signum(-3.0) + " " + Math.floorDiv(-7, 2) + " " + Math.abs(-0.0) + " " + Math.toRadians(180) + " " + Math.toDegrees(Math.PI) + " " + Math.ulp(1.0) + " " + Math.hypot(3, 4));
        System.out.println(Character.isWhitespace('\u00a0') + " " + Character.isLetter('\u00e9') + " " + Character.toUpperCase('\u00e9') + " " + "straße".toUpperCase() + " " + "ǅ".toLowerCase() + " " + Character.getNumericValue('Z') + " " + Character.digit('f', 16) + " " + Character.isJavaIdentifierStart('$'));
        StringBuilder sb = new StringBuilder("a\uD83D\uDE00b");
        System.out.println(sb.reverse().length() + " " + (sb.charAt(1) == '\uD83D'));
        System.out.println(new Object() instanceof Object);
        List<Integer> li = new ArrayList<>(List.of(1, 2, 3));
        li.add(li.size(), 9);
        List<Object> self = new ArrayList<>(); self.add(self); self.add(1);
        Map<Object,Object> sm = new HashMap<>(); sm.put("k", sm);
        System.out.println(self + " " + sm + " " + li.hashCode() + " " + Set.of().hashCode() + " " + Map.of("a", 1).hashCode() + " " + Map.entry("a", 1) + " " + new AbstractMap.SimpleEntry<>("k", "v"));
    }
}
