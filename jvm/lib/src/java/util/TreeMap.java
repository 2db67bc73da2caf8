package java.util;

/**
 * Sorted map backed by an AVL tree. Entries (nodes) keep their identity for
 * their whole life in the map, so entry views and Map.Entry.setValue write
 * through as in Java. Iterators step by key (successor lookup).
 */
public class TreeMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, Cloneable, java.io.Serializable {
    private final Comparator<? super K> comparator;
    private transient Node<K, V> root;
    private transient int size = 0;
    transient int modCount = 0;

    static final class Node<K, V> implements Map.Entry<K, V> {
        K key;
        V value;
        Node<K, V> left;
        Node<K, V> right;
        int height = 1;

        Node(K key, V value) {
            this.key = key;
            this.value = value;
        }

        public K getKey() {
            return key;
        }

        public V getValue() {
            return value;
        }

        public V setValue(V value) {
            V oldValue = this.value;
            this.value = value;
            return oldValue;
        }

        public boolean equals(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            return Objects.equals(key, e.getKey()) && Objects.equals(value, e.getValue());
        }

        public int hashCode() {
            int keyHash = (key == null ? 0 : key.hashCode());
            int valueHash = (value == null ? 0 : value.hashCode());
            return keyHash ^ valueHash;
        }

        public String toString() {
            return key + "=" + value;
        }
    }

    public TreeMap() {
        comparator = null;
    }

    public TreeMap(Comparator<? super K> comparator) {
        this.comparator = comparator;
    }

    public TreeMap(Map<? extends K, ? extends V> m) {
        comparator = null;
        putAll(m);
    }

    public TreeMap(SortedMap<K, ? extends V> m) {
        comparator = m.comparator();
        putAll(m);
    }

    @SuppressWarnings("unchecked")
    final int compare(Object k1, Object k2) {
        return comparator == null ? ((Comparable<? super K>) k1).compareTo((K) k2)
                : comparator.compare((K) k1, (K) k2);
    }

    public int size() {
        return size;
    }

    public boolean containsKey(Object key) {
        return getNode(key) != null;
    }

    public boolean containsValue(Object value) {
        for (Node<K, V> e = firstNode(); e != null; e = higherNode(e.key)) {
            if (Objects.equals(value, e.value)) {
                return true;
            }
        }
        return false;
    }

    public V get(Object key) {
        Node<K, V> p = getNode(key);
        return (p == null ? null : p.value);
    }

    public Comparator<? super K> comparator() {
        return comparator;
    }

    public K firstKey() {
        return key(firstNode());
    }

    public K lastKey() {
        return key(lastNode());
    }

    static <K> K key(Node<K, ?> e) {
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e.key;
    }

    static <K> K keyOrNull(Node<K, ?> e) {
        return e == null ? null : e.key;
    }

    static <K, V> Map.Entry<K, V> exportEntry(Node<K, V> e) {
        return e == null ? null : new AbstractMap.SimpleImmutableEntry<>(e);
    }

    final Node<K, V> getNode(Object key) {
        if (comparator == null && key == null) {
            throw new NullPointerException();
        }
        Node<K, V> p = root;
        while (p != null) {
            int cmp = compare(key, p.key);
            if (cmp < 0) {
                p = p.left;
            } else if (cmp > 0) {
                p = p.right;
            } else {
                return p;
            }
        }
        return null;
    }

    final Node<K, V> firstNode() {
        Node<K, V> p = root;
        if (p != null) {
            while (p.left != null) {
                p = p.left;
            }
        }
        return p;
    }

    final Node<K, V> lastNode() {
        Node<K, V> p = root;
        if (p != null) {
            while (p.right != null) {
                p = p.right;
            }
        }
        return p;
    }

    /** Smallest node with key >= key (inclusive) or > key. */
    final Node<K, V> ceilingNode(Object key, boolean inclusive) {
        Node<K, V> p = root;
        Node<K, V> best = null;
        while (p != null) {
            int cmp = compare(key, p.key);
            if (cmp < 0 || (cmp == 0 && inclusive)) {
                if (cmp == 0) {
                    return p;
                }
                best = p;
                p = p.left;
            } else {
                p = p.right;
            }
        }
        return best;
    }

    /** Largest node with key <= key (inclusive) or < key. */
    final Node<K, V> floorNode(Object key, boolean inclusive) {
        Node<K, V> p = root;
        Node<K, V> best = null;
        while (p != null) {
            int cmp = compare(key, p.key);
            if (cmp > 0 || (cmp == 0 && inclusive)) {
                if (cmp == 0) {
                    return p;
                }
                best = p;
                p = p.right;
            } else {
                p = p.left;
            }
        }
        return best;
    }

    final Node<K, V> higherNode(Object key) {
        return ceilingNode(key, false);
    }

    final Node<K, V> lowerNode(Object key) {
        return floorNode(key, false);
    }

    // ---- AVL maintenance ------------------------------------------------------------

    private static int h(Node<?, ?> n) {
        return n == null ? 0 : n.height;
    }

    private static void fix(Node<?, ?> n) {
        int a = h(n.left);
        int b = h(n.right);
        n.height = (a > b ? a : b) + 1;
    }

    private static <K, V> Node<K, V> rotateRight(Node<K, V> n) {
        Node<K, V> l = n.left;
        n.left = l.right;
        l.right = n;
        fix(n);
        fix(l);
        return l;
    }

    private static <K, V> Node<K, V> rotateLeft(Node<K, V> n) {
        Node<K, V> r = n.right;
        n.right = r.left;
        r.left = n;
        fix(n);
        fix(r);
        return r;
    }

    private static <K, V> Node<K, V> balance(Node<K, V> n) {
        fix(n);
        int bf = h(n.left) - h(n.right);
        if (bf > 1) {
            if (h(n.left.left) < h(n.left.right)) {
                n.left = rotateLeft(n.left);
            }
            return rotateRight(n);
        }
        if (bf < -1) {
            if (h(n.right.right) < h(n.right.left)) {
                n.right = rotateRight(n.right);
            }
            return rotateLeft(n);
        }
        return n;
    }

    private Node<K, V> insert(Node<K, V> n, Node<K, V> x) {
        if (n == null) {
            return x;
        }
        if (compare(x.key, n.key) < 0) {
            n.left = insert(n.left, x);
        } else {
            n.right = insert(n.right, x);
        }
        return balance(n);
    }

    private Node<K, V> delete(Node<K, V> n, Node<K, V> target) {
        if (n == target) {
            if (n.left == null) {
                return n.right;
            }
            if (n.right == null) {
                return n.left;
            }
            Node<K, V> s = n.right;
            while (s.left != null) {
                s = s.left;
            }
            Node<K, V> newRight = removeMin(n.right);
            s.left = n.left;
            s.right = newRight;
            return balance(s);
        }
        if (compare(target.key, n.key) < 0) {
            n.left = delete(n.left, target);
        } else {
            n.right = delete(n.right, target);
        }
        return balance(n);
    }

    private static <K, V> Node<K, V> removeMin(Node<K, V> n) {
        if (n.left == null) {
            return n.right;
        }
        n.left = removeMin(n.left);
        return balance(n);
    }

    final void deleteNode(Node<K, V> p) {
        modCount++;
        size--;
        root = delete(root, p);
        p.left = null;
        p.right = null;
        p.height = 1;
    }

    // ---- mutation ---------------------------------------------------------------------

    public V put(K key, V value) {
        if (root == null) {
            compare(key, key); // type (and possibly null) check
            root = new Node<>(key, value);
            size = 1;
            modCount++;
            return null;
        }
        if (key == null && comparator == null) {
            throw new NullPointerException();
        }
        Node<K, V> e = getNode(key);
        if (e != null) {
            return e.setValue(value);
        }
        root = insert(root, new Node<>(key, value));
        size++;
        modCount++;
        return null;
    }

    public V remove(Object key) {
        Node<K, V> p = getNode(key);
        if (p == null) {
            return null;
        }
        V oldValue = p.value;
        deleteNode(p);
        return oldValue;
    }

    public void clear() {
        modCount++;
        size = 0;
        root = null;
    }

    @SuppressWarnings("unchecked")
    public Object clone() {
        TreeMap<K, V> clone;
        try {
            clone = (TreeMap<K, V>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
        clone.root = null;
        clone.size = 0;
        clone.modCount = 0;
        for (Node<K, V> e = firstNode(); e != null; e = higherNode(e.key)) {
            clone.put(e.key, e.value);
        }
        return clone;
    }

    // ---- navigation -------------------------------------------------------------------

    public Map.Entry<K, V> firstEntry() {
        return exportEntry(firstNode());
    }

    public Map.Entry<K, V> lastEntry() {
        return exportEntry(lastNode());
    }

    public Map.Entry<K, V> pollFirstEntry() {
        Node<K, V> p = firstNode();
        Map.Entry<K, V> result = exportEntry(p);
        if (p != null) {
            deleteNode(p);
        }
        return result;
    }

    public Map.Entry<K, V> pollLastEntry() {
        Node<K, V> p = lastNode();
        Map.Entry<K, V> result = exportEntry(p);
        if (p != null) {
            deleteNode(p);
        }
        return result;
    }

    public Map.Entry<K, V> lowerEntry(K key) {
        return exportEntry(lowerNode(key));
    }

    public K lowerKey(K key) {
        return keyOrNull(lowerNode(key));
    }

    public Map.Entry<K, V> floorEntry(K key) {
        return exportEntry(floorNode(key, true));
    }

    public K floorKey(K key) {
        return keyOrNull(floorNode(key, true));
    }

    public Map.Entry<K, V> ceilingEntry(K key) {
        return exportEntry(ceilingNode(key, true));
    }

    public K ceilingKey(K key) {
        return keyOrNull(ceilingNode(key, true));
    }

    public Map.Entry<K, V> higherEntry(K key) {
        return exportEntry(higherNode(key));
    }

    public K higherKey(K key) {
        return keyOrNull(higherNode(key));
    }

    // ---- views ----------------------------------------------------------------------------

    public Set<K> keySet() {
        return navigableKeySet();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public NavigableSet<K> navigableKeySet() {
        return new TreeSet<K>((NavigableMap) this, true);
    }

    public NavigableSet<K> descendingKeySet() {
        return descendingMap().navigableKeySet();
    }

    public Collection<V> values() {
        return new AbstractCollection<V>() {
            public Iterator<V> iterator() {
                final Iterator<Node<K, V>> it = new NodeIterator(firstNode(), false, null);
                return new Iterator<V>() {
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    public V next() {
                        return it.next().value;
                    }

                    public void remove() {
                        it.remove();
                    }
                };
            }

            public int size() {
                return TreeMap.this.size();
            }

            public boolean contains(Object o) {
                return TreeMap.this.containsValue(o);
            }

            public void clear() {
                TreeMap.this.clear();
            }
        };
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return new EntrySetView(null);
    }

    public NavigableMap<K, V> descendingMap() {
        return new NavSubMap<>(this, true, null, true, true, null, true, true);
    }

    public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        if (compare(fromKey, toKey) > 0) {
            throw new IllegalArgumentException("fromKey > toKey");
        }
        return new NavSubMap<>(this, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
    }

    public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
        compare(toKey, toKey);
        return new NavSubMap<>(this, true, null, true, false, toKey, inclusive, false);
    }

    public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
        compare(fromKey, fromKey);
        return new NavSubMap<>(this, false, fromKey, inclusive, true, null, true, false);
    }

    public SortedMap<K, V> subMap(K fromKey, K toKey) {
        return subMap(fromKey, true, toKey, false);
    }

    public SortedMap<K, V> headMap(K toKey) {
        return headMap(toKey, false);
    }

    public SortedMap<K, V> tailMap(K fromKey) {
        return tailMap(fromKey, true);
    }

    /** Iterates nodes from first, ascending or descending, stopping outside range (if any). */
    final class NodeIterator implements Iterator<Node<K, V>> {
        private Node<K, V> next;
        private Node<K, V> lastReturned;
        private int expectedModCount;
        private final boolean descending;
        private final NavSubMap<K, V> range;

        NodeIterator(Node<K, V> first, boolean descending, NavSubMap<K, V> range) {
            this.next = first;
            this.descending = descending;
            this.range = range;
            this.expectedModCount = modCount;
        }

        public boolean hasNext() {
            return next != null;
        }

        public Node<K, V> next() {
            Node<K, V> e = next;
            if (e == null) {
                throw new NoSuchElementException();
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            next = descending ? lowerNode(e.key) : higherNode(e.key);
            if (next != null && range != null && !range.inRange(next.key)) {
                next = null;
            }
            lastReturned = e;
            return e;
        }

        public void remove() {
            if (lastReturned == null) {
                throw new IllegalStateException();
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            deleteNode(lastReturned);
            expectedModCount = modCount;
            lastReturned = null;
        }
    }

    /** Entry set of the whole map (range == null) or of a sub map. */
    final class EntrySetView extends AbstractSet<Map.Entry<K, V>> {
        private final NavSubMap<K, V> range;

        EntrySetView(NavSubMap<K, V> range) {
            this.range = range;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        public Iterator<Map.Entry<K, V>> iterator() {
            if (range == null) {
                return (Iterator) new NodeIterator(firstNode(), false, null);
            }
            return (Iterator) new NodeIterator(range.firstNodeO(), range.descending, range);
        }

        public int size() {
            if (range == null) {
                return TreeMap.this.size();
            }
            int n = 0;
            for (Iterator<Map.Entry<K, V>> it = iterator(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        }

        public boolean isEmpty() {
            return range == null ? size == 0 : range.firstNodeO() == null;
        }

        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
            Object key = entry.getKey();
            if (range != null && !range.inRange(key)) {
                return false;
            }
            Node<K, V> p = getNode(key);
            return p != null && Objects.equals(p.getValue(), entry.getValue());
        }

        public boolean remove(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
            Object key = entry.getKey();
            if (range != null && !range.inRange(key)) {
                return false;
            }
            Node<K, V> p = getNode(key);
            if (p != null && Objects.equals(p.getValue(), entry.getValue())) {
                deleteNode(p);
                return true;
            }
            return false;
        }

        public void clear() {
            if (range == null) {
                TreeMap.this.clear();
            } else {
                super.clear();
            }
        }
    }

    /** A bounded and/or descending view of a TreeMap. */
    static final class NavSubMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, java.io.Serializable {
        final TreeMap<K, V> m;
        final K lo;
        final K hi;
        final boolean fromStart;
        final boolean toEnd;
        final boolean loInclusive;
        final boolean hiInclusive;
        final boolean descending;

        NavSubMap(TreeMap<K, V> m, boolean fromStart, K lo, boolean loInclusive, boolean toEnd, K hi,
                boolean hiInclusive, boolean descending) {
            this.m = m;
            this.fromStart = fromStart;
            this.lo = lo;
            this.loInclusive = loInclusive;
            this.toEnd = toEnd;
            this.hi = hi;
            this.hiInclusive = hiInclusive;
            this.descending = descending;
        }

        final boolean tooLow(Object key) {
            if (!fromStart) {
                int c = m.compare(key, lo);
                if (c < 0 || (c == 0 && !loInclusive)) {
                    return true;
                }
            }
            return false;
        }

        final boolean tooHigh(Object key) {
            if (!toEnd) {
                int c = m.compare(key, hi);
                if (c > 0 || (c == 0 && !hiInclusive)) {
                    return true;
                }
            }
            return false;
        }

        final boolean inRange(Object key) {
            return !tooLow(key) && !tooHigh(key);
        }

        final boolean inClosedRange(Object key) {
            return (fromStart || m.compare(key, lo) >= 0) && (toEnd || m.compare(hi, key) >= 0);
        }

        final boolean inRange(Object key, boolean inclusive) {
            return inclusive ? inRange(key) : inClosedRange(key);
        }

        final Node<K, V> absLowest() {
            Node<K, V> e = fromStart ? m.firstNode() : m.ceilingNode(lo, loInclusive);
            return (e == null || tooHigh(e.key)) ? null : e;
        }

        final Node<K, V> absHighest() {
            Node<K, V> e = toEnd ? m.lastNode() : m.floorNode(hi, hiInclusive);
            return (e == null || tooLow(e.key)) ? null : e;
        }

        final Node<K, V> absCeiling(K key, boolean inclusive) {
            if (tooLow(key)) {
                return absLowest();
            }
            Node<K, V> e = m.ceilingNode(key, inclusive);
            return (e == null || tooHigh(e.key)) ? null : e;
        }

        final Node<K, V> absFloor(K key, boolean inclusive) {
            if (tooHigh(key)) {
                return absHighest();
            }
            Node<K, V> e = m.floorNode(key, inclusive);
            return (e == null || tooLow(e.key)) ? null : e;
        }

        final Node<K, V> firstNodeO() {
            return descending ? absHighest() : absLowest();
        }

        final Node<K, V> lastNodeO() {
            return descending ? absLowest() : absHighest();
        }

        private Node<K, V> ceilingO(K key, boolean inclusive) {
            return descending ? absFloor(key, inclusive) : absCeiling(key, inclusive);
        }

        private Node<K, V> floorO(K key, boolean inclusive) {
            return descending ? absCeiling(key, inclusive) : absFloor(key, inclusive);
        }

        public Comparator<? super K> comparator() {
            return descending ? Collections.reverseOrder(m.comparator()) : m.comparator();
        }

        public boolean containsKey(Object key) {
            return inRange(key) && m.containsKey(key);
        }

        public V put(K key, V value) {
            if (!inRange(key)) {
                throw new IllegalArgumentException("key out of range");
            }
            return m.put(key, value);
        }

        public V get(Object key) {
            return !inRange(key) ? null : m.get(key);
        }

        public V remove(Object key) {
            return !inRange(key) ? null : m.remove(key);
        }

        public int size() {
            if (fromStart && toEnd) {
                return m.size();
            }
            return entrySet().size();
        }

        public boolean isEmpty() {
            return firstNodeO() == null;
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return m.new EntrySetView(this);
        }

        public Set<K> keySet() {
            return navigableKeySet();
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        public NavigableSet<K> navigableKeySet() {
            return new TreeSet<K>((NavigableMap) this, true);
        }

        public NavigableSet<K> descendingKeySet() {
            return descendingMap().navigableKeySet();
        }

        public K firstKey() {
            return key(firstNodeO());
        }

        public K lastKey() {
            return key(lastNodeO());
        }

        public Map.Entry<K, V> firstEntry() {
            return exportEntry(firstNodeO());
        }

        public Map.Entry<K, V> lastEntry() {
            return exportEntry(lastNodeO());
        }

        public Map.Entry<K, V> pollFirstEntry() {
            Node<K, V> e = firstNodeO();
            Map.Entry<K, V> result = exportEntry(e);
            if (e != null) {
                m.deleteNode(e);
            }
            return result;
        }

        public Map.Entry<K, V> pollLastEntry() {
            Node<K, V> e = lastNodeO();
            Map.Entry<K, V> result = exportEntry(e);
            if (e != null) {
                m.deleteNode(e);
            }
            return result;
        }

        public Map.Entry<K, V> ceilingEntry(K key) {
            return exportEntry(ceilingO(key, true));
        }

        public K ceilingKey(K key) {
            return keyOrNull(ceilingO(key, true));
        }

        public Map.Entry<K, V> higherEntry(K key) {
            return exportEntry(ceilingO(key, false));
        }

        public K higherKey(K key) {
            return keyOrNull(ceilingO(key, false));
        }

        public Map.Entry<K, V> floorEntry(K key) {
            return exportEntry(floorO(key, true));
        }

        public K floorKey(K key) {
            return keyOrNull(floorO(key, true));
        }

        public Map.Entry<K, V> lowerEntry(K key) {
            return exportEntry(floorO(key, false));
        }

        public K lowerKey(K key) {
            return keyOrNull(floorO(key, false));
        }

        public NavigableMap<K, V> descendingMap() {
            return new NavSubMap<>(m, fromStart, lo, loInclusive, toEnd, hi, hiInclusive, !descending);
        }

        public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
            if (!inRange(fromKey, fromInclusive)) {
                throw new IllegalArgumentException("fromKey out of range");
            }
            if (!inRange(toKey, toInclusive)) {
                throw new IllegalArgumentException("toKey out of range");
            }
            if (!descending) {
                if (m.compare(fromKey, toKey) > 0) {
                    throw new IllegalArgumentException("fromKey > toKey");
                }
                return new NavSubMap<>(m, false, fromKey, fromInclusive, false, toKey, toInclusive, false);
            }
            if (m.compare(fromKey, toKey) < 0) {
                throw new IllegalArgumentException("fromKey > toKey");
            }
            return new NavSubMap<>(m, false, toKey, toInclusive, false, fromKey, fromInclusive, true);
        }

        public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
            if (!inRange(toKey, inclusive)) {
                throw new IllegalArgumentException("toKey out of range");
            }
            if (!descending) {
                return new NavSubMap<>(m, fromStart, lo, loInclusive, false, toKey, inclusive, false);
            }
            return new NavSubMap<>(m, false, toKey, inclusive, toEnd, hi, hiInclusive, true);
        }

        public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
            if (!inRange(fromKey, inclusive)) {
                throw new IllegalArgumentException("fromKey out of range");
            }
            if (!descending) {
                return new NavSubMap<>(m, false, fromKey, inclusive, toEnd, hi, hiInclusive, false);
            }
            return new NavSubMap<>(m, fromStart, lo, loInclusive, false, fromKey, inclusive, true);
        }

        public SortedMap<K, V> subMap(K fromKey, K toKey) {
            return subMap(fromKey, true, toKey, false);
        }

        public SortedMap<K, V> headMap(K toKey) {
            return headMap(toKey, false);
        }

        public SortedMap<K, V> tailMap(K fromKey) {
            return tailMap(fromKey, true);
        }
    }
}
