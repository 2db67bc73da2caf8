package java.util;

/** Set of enum constants kept as a bit vector indexed by ordinal; iterates in ordinal order. */
public abstract class EnumSet<E extends Enum<E>> extends AbstractSet<E> implements Cloneable, java.io.Serializable {
    final Class<E> elementType;
    final Enum<?>[] universe;

    EnumSet(Class<E> elementType, Enum<?>[] universe) {
        this.elementType = elementType;
        this.universe = universe;
    }

    private static <E extends Enum<E>> Enum<?>[] universeOf(Class<E> elementType) {
        E[] u = elementType.getEnumConstants();
        if (u == null) {
            throw new ClassCastException(elementType + " not an enum");
        }
        return u;
    }

    public static <E extends Enum<E>> EnumSet<E> noneOf(Class<E> elementType) {
        return new BitEnumSet<>(elementType, universeOf(elementType));
    }

    public static <E extends Enum<E>> EnumSet<E> allOf(Class<E> elementType) {
        EnumSet<E> result = noneOf(elementType);
        result.addAll();
        return result;
    }

    abstract void addAll();

    abstract void addRange(E from, E to);

    abstract void complement();

    public static <E extends Enum<E>> EnumSet<E> copyOf(EnumSet<E> s) {
        return s.clone();
    }

    public static <E extends Enum<E>> EnumSet<E> copyOf(Collection<E> c) {
        if (c instanceof EnumSet) {
            return ((EnumSet<E>) c).clone();
        }
        if (c.isEmpty()) {
            throw new IllegalArgumentException("Collection is empty");
        }
        Iterator<E> i = c.iterator();
        E first = i.next();
        EnumSet<E> result = EnumSet.of(first);
        while (i.hasNext()) {
            result.add(i.next());
        }
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> complementOf(EnumSet<E> s) {
        EnumSet<E> result = copyOf(s);
        result.complement();
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e) {
        EnumSet<E> result = noneOf(e.getDeclaringClass());
        result.add(e);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2) {
        EnumSet<E> result = of(e1);
        result.add(e2);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3) {
        EnumSet<E> result = of(e1, e2);
        result.add(e3);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4) {
        EnumSet<E> result = of(e1, e2, e3);
        result.add(e4);
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4, E e5) {
        EnumSet<E> result = of(e1, e2, e3, e4);
        result.add(e5);
        return result;
    }

    @SafeVarargs
    public static <E extends Enum<E>> EnumSet<E> of(E first, E... rest) {
        EnumSet<E> result = of(first);
        for (E e : rest) {
            result.add(e);
        }
        return result;
    }

    public static <E extends Enum<E>> EnumSet<E> range(E from, E to) {
        if (from.compareTo(to) > 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        EnumSet<E> result = noneOf(from.getDeclaringClass());
        result.addRange(from, to);
        return result;
    }

    @SuppressWarnings("unchecked")
    public EnumSet<E> clone() {
        try {
            return (EnumSet<E>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    static final class BitEnumSet<E extends Enum<E>> extends EnumSet<E> {
        private long[] bits;
        private int size;

        BitEnumSet(Class<E> elementType, Enum<?>[] universe) {
            super(elementType, universe);
            bits = new long[(universe.length + 63) >>> 6];
        }

        private boolean typeOk(Object e) {
            if (e == null) {
                return false;
            }
            Class<?> c = e.getClass();
            return c == elementType || c.getSuperclass() == elementType;
        }

        private void check(E e) {
            if (e == null) {
                throw new NullPointerException();
            }
            if (!typeOk(e)) {
                throw new ClassCastException(e.getClass() + " != " + elementType);
            }
        }

        private boolean has(int i) {
            return (bits[i >>> 6] & (1L << i)) != 0;
        }

        void addAll() {
            for (int i = 0; i < universe.length; i++) {
                bits[i >>> 6] |= 1L << i;
            }
            size = universe.length;
        }

        void addRange(E from, E to) {
            for (int i = from.ordinal(); i <= to.ordinal(); i++) {
                if (!has(i)) {
                    bits[i >>> 6] |= 1L << i;
                    size++;
                }
            }
        }

        void complement() {
            size = 0;
            for (int i = 0; i < universe.length; i++) {
                bits[i >>> 6] ^= 1L << i;
                if (has(i)) {
                    size++;
                }
            }
        }

        public boolean add(E e) {
            check(e);
            int i = e.ordinal();
            if (has(i)) {
                return false;
            }
            bits[i >>> 6] |= 1L << i;
            size++;
            return true;
        }

        public boolean remove(Object o) {
            if (!typeOk(o)) {
                return false;
            }
            int i = ((Enum<?>) o).ordinal();
            if (!has(i)) {
                return false;
            }
            bits[i >>> 6] &= ~(1L << i);
            size--;
            return true;
        }

        public boolean contains(Object o) {
            return typeOk(o) && has(((Enum<?>) o).ordinal());
        }

        public int size() {
            return size;
        }

        public void clear() {
            for (int i = 0; i < bits.length; i++) {
                bits[i] = 0;
            }
            size = 0;
        }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                int next = advance(0);
                int last = -1;

                private int advance(int from) {
                    int i = from;
                    while (i < universe.length && !has(i)) {
                        i++;
                    }
                    return i;
                }

                public boolean hasNext() {
                    return next < universe.length;
                }

                @SuppressWarnings("unchecked")
                public E next() {
                    if (next >= universe.length) {
                        throw new NoSuchElementException();
                    }
                    last = next;
                    next = advance(next + 1);
                    return (E) universe[last];
                }

                public void remove() {
                    if (last < 0) {
                        throw new IllegalStateException();
                    }
                    if (has(last)) {
                        bits[last >>> 6] &= ~(1L << last);
                        size--;
                    }
                    last = -1;
                }
            };
        }

        public BitEnumSet<E> clone() {
            BitEnumSet<E> c = (BitEnumSet<E>) super.clone();
            c.bits = bits.clone();
            return c;
        }
    }
}
