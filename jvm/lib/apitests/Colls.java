import java.util.*;
import java.util.function.*;

public class Colls {
    public static void main(String[] args) {
        // HashMap iteration order through resizes, removals, compute/merge (head insertion)
        Map<String, Integer> hm = new HashMap<>();
        for (int i = 0; i < 100; i++) hm.put("k" + i * 7, i);
        for (int i = 0; i < 100; i += 3) hm.remove("k" + i * 7);
        System.out.println(hm);
        Map<Integer, Integer> m2 = new HashMap<>();
        for (int i = 0; i < 40; i++) m2.merge(i * 37 % 101, 1, Integer::sum);
        for (int i = 0; i < 40; i++) m2.compute(i * 53 % 97, (k, v) -> v == null ? 1 : v + 1);
        for (int i = 0; i < 20; i++) m2.computeIfAbsent(i * 1000, k -> k / 10);
        System.out.println(m2);
        Map<Object, Object> collide = new HashMap<>();
        for (int i = 0; i < 30; i++) collide.put(i * 64, i);
        for (int i = 0; i < 12; i++) collide.put(i * 16, "x" + i);
        System.out.println(collide);
        System.out.println(new HashMap<>(m2).equals(m2) + " " + m2.hashCode() + " " + new HashMap<>(hm).toString().equals(hm.toString()));
        Set<String> hs = new HashSet<>();
        for (String s : "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt".split(" ")) hs.add(s);
        System.out.println(hs + " " + new HashSet<>(List.of("a", "bb", "ccc", "dddd", "a1", "Aa", "BB")));
        Set<Character> cs = new HashSet<>();
        for (char c : "hello world".toCharArray()) cs.add(c);
        System.out.println(cs);
        // LinkedHashMap access order + eldest removal
        LinkedHashMap<Integer, String> lru = new LinkedHashMap<>(16, 0.75f, true) {
            protected boolean removeEldestEntry(Map.Entry<Integer, String> e) { return size() > 3; }
        };
        for (int i = 0; i < 5; i++) lru.put(i, "v" + i);
        lru.get(2);
        lru.put(9, "v9");
        System.out.println(lru + " " + lru.keySet() + " " + lru.values());
        // TreeMap navigation and views
        TreeMap<Integer, String> tm = new TreeMap<>();
        for (int i = 0; i < 20; i += 2) tm.put(i, "e" + i);
        System.out.println(tm.firstKey() + " " + tm.lastEntry() + " " + tm.floorKey(7) + " " + tm.ceilingKey(7) + " " + tm.higherKey(8) + " " + tm.lowerEntry(0));
        System.out.println(tm.headMap(6) + " " + tm.tailMap(14, false) + " " + tm.subMap(3, 11) + " " + tm.descendingMap());
        System.out.println(tm.descendingKeySet() + " " + tm.navigableKeySet().headSet(5) + " " + tm.pollFirstEntry() + " " + tm.pollLastEntry() + " " + tm);
        NavigableMap<Integer, String> sub = tm.subMap(4, true, 12, true);
        sub.put(5, "five");
        sub.remove(8);
        System.out.println(sub + " " + tm + " " + sub.descendingMap().firstKey() + " " + sub.size());
        TreeMap<String, Integer> byLen = new TreeMap<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        for (String s : List.of("pear", "fig", "banana", "kiwi", "apple")) byLen.put(s, s.length());
        System.out.println(byLen);
        for (Iterator<Map.Entry<String, Integer>> it = byLen.entrySet().iterator(); it.hasNext();) { Map.Entry<String, Integer> e = it.next(); if (e.getValue() == 4) it.remove(); else e.setValue(e.getValue() * 10); }
        System.out.println(byLen);
        TreeSet<Integer> ts = new TreeSet<>(List.of(9, 3, 7, 1, 5));
        System.out.println(ts + " " + ts.first() + " " + ts.floor(4) + " " + ts.higher(9) + " " + ts.descendingSet() + " " + ts.subSet(2, 8) + " " + ts.tailSet(5) + " " + ts.pollFirst() + ts);
        // PriorityQueue internal order
        PriorityQueue<Integer> pq = new PriorityQueue<>(Comparator.reverseOrder());
        for (int v : new int[]{5, 9, 1, 7, 3, 8, 2, 6, 4}) pq.add(v);
        System.out.println(pq);
        pq.remove(7);
        System.out.print(pq + " :");
        while (!pq.isEmpty()) System.out.print(" " + pq.poll());
        System.out.println();
        // Lists
        List<Integer> al = new ArrayList<>();
        for (int i = 0; i < 12; i++) al.add(i);
        List<Integer> sl = al.subList(3, 8);
        sl.set(0, 99); sl.remove(1); sl.add(100);
        System.out.println(al + " " + sl + " " + al.indexOf(100) + " " + al.lastIndexOf(7));
        Collections.reverse(al); System.out.println(al);
        Collections.shuffle(al, new Random(7)); System.out.println(al);
        Collections.rotate(al, 3); System.out.println(al);
        Collections.swap(al, 0, 11); System.out.println(al + " " + Collections.max(al) + " " + Collections.min(al, Comparator.reverseOrder()) + " " + Collections.frequency(al, 99));
        LinkedList<String> ll = new LinkedList<>(List.of("a", "b", "c"));
        ll.addFirst("z"); ll.add(2, "m"); ll.removeLast();
        ListIterator<String> lit = ll.listIterator();
        while (lit.hasNext()) { String s = lit.next(); if (s.equals("m")) lit.set("M"); if (s.equals("a")) lit.add("a2"); }
        System.out.println(ll + " " + ll.getFirst() + " " + ll.peekLast() + " " + ll.indexOf("M"));
        ArrayDeque<Integer> dq = new ArrayDeque<>();
        for (int i = 0; i < 20; i++) { if (i % 2 == 0) dq.addFirst(i); else dq.addLast(i); }
        dq.removeFirstOccurrence(10); dq.pollLast();
        System.out.println(dq + " " + dq.peekFirst() + " " + dq.size());
        Iterator<Integer> di = dq.descendingIterator(); StringBuilder sb = new StringBuilder();
        while (di.hasNext()) sb.append(di.next()).append(' ');
        System.out.println(sb);
        Stack<String> st = new Stack<>(); st.push("a"); st.push("b"); st.push("c");
        System.out.println(st + " " + st.pop() + " " + st.peek() + " " + st.search("a") + " " + st.empty());
        // immutable & utility
        List<Integer> im = List.of(3, 1, 2);
        Set<String> iset = Set.of("only");
        Map<String, Integer> imap = Map.of("one", 1);
        System.out.println(im + " " + iset + " " + imap + " " + List.copyOf(al).size() + " " + Collections.unmodifiableList(al).get(0) + " " + Collections.nCopies(3, "ab") + " " + Collections.singletonMap("k", "v") + " " + Collections.emptyMap());
        Integer[] boxed = {5, 2, 8, 1};
        Arrays.sort(boxed, Collections.reverseOrder());
        System.out.println(Arrays.toString(boxed) + " " + Arrays.asList(boxed).indexOf(8) + " " + Arrays.hashCode(new int[]{1, 2}) + " " + Arrays.equals(new double[]{0.0}, new double[]{-0.0}));
        double[] ds = {3.5, -0.0, 0.0, Double.NaN, -1.0, Double.NEGATIVE_INFINITY};
        Arrays.sort(ds); System.out.println(Arrays.toString(ds));
        String[] words = {"Banana", "apple", "cherry", "Apple"};
        Arrays.sort(words); System.out.println(Arrays.toString(words));
        Arrays.sort(words, String.CASE_INSENSITIVE_ORDER); System.out.println(Arrays.toString(words));
        int[] big = new int[50];
        for (int i = 0; i < big.length; i++) big[i] = (i * 7919) % 101 - 50;
        Arrays.sort(big, 10, 40);
        System.out.println(Arrays.toString(big));
        int[] copy = Arrays.copyOfRange(big, 45, 55);
        System.out.println(Arrays.toString(copy) + " " + Arrays.toString(Arrays.copyOf(words, 6)));
        // Random reproducibility
        Random r = new Random(12345);
        StringBuilder rs = new StringBuilder();
        for (int i = 0; i < 5; i++) rs.append(r.nextInt(10)).append(r.nextInt(1 << 20)).append(' ').append(r.nextFloat()).append(' ');
        rs.append(r.nextInt(5, 10)).append(' ').append(r.nextLong(100L)).append(' ').append(r.nextDouble(2.0));
        System.out.println(rs);
        byte[] bytes = new byte[6]; new Random(1).nextBytes(bytes); System.out.println(Arrays.toString(bytes));
        // Comparators & functional
        List<String> people = new ArrayList<>(List.of("Ann:30", "Bob:25", "Cid:30", "Dee:22"));
        people.sort(Comparator.comparingInt((String p) -> Integer.parseInt(p.split(":")[1])).reversed().thenComparing(Function.identity()));
        System.out.println(people);
        BinaryOperator<Integer> mx = BinaryOperator.maxBy(Comparator.naturalOrder());
        UnaryOperator<String> up = String::toUpperCase;
        System.out.println(mx.apply(3, 9) + " " + up.andThen(s -> s + "!").apply("hi") + " " + Predicate.not(String::isBlank).test("  "));
    }
}
