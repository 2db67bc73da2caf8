package java.util;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Backing classes for List.of / Set.of / Map.of. Nulls are rejected. Set.of
 * and Map.of iterate in insertion order (Java's order is randomized per run).
 */
final class ImmutableCollections {
    private ImmutableCollections() {
    }

    static UnsupportedOperationException uoe() {
        return new UnsupportedOperationException();
    }

    static final ListN<Object> EMPTY_LIST = new ListN<>(new Object[0]);
    static final SetN<Object> EMPTY_SET = new SetN<>(new Object[0]);
    static final MapN<Object, Object> EMPTY_MAP = new MapN<>(new Object[0]);

    @SuppressWarnings("unchecked")
    static <E> List<E> emptyList() {
        return (List<E>) EMPTY_LIST;
    }

    @SuppressWarnings("unchecked")
    static <E> Set<E> emptySet() {
        return (Set<E>) EMPTY_SET;
    }

    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> emptyMap() {
        return (Map<K, V>) EMPTY_MAP;
    }

    /** Takes ownership of elements. */
    static <E> List<E> listOf(E[] elements) {
        for (E e : elements) {
            Objects.requireNonNull(e);
        }
        return new ListN<>(elements);
    }

    @SuppressWarnings("unchecked")
    static <E> List<E> listCopy(E[] elements) {
        return listOf(elements);
    }

    static <E> Set<E> setOf(E[] elements) {
        for (int i = 0; i < elements.length; i++) {
            Objects.requireNonNull(elements[i]);
            for (int j = 0; j < i; j++) {
                if (elements[j].equals(elements[i])) {
                    throw new IllegalArgumentException("duplicate element: " + elements[i]);
                }
            }
        }
        return new SetN<>(elements);
    }

    @SuppressWarnings("unchecked")
    static <E> Set<E> setCopy(E[] elements) {
        LinkedHashSet<E> s = new LinkedHashSet<>();
        for (E e : elements) {
            s.add(Objects.requireNonNull(e));
        }
        return new SetN<>((E[]) s.toArray());
    }

    @SuppressWarnings("unchecked")
    static <K, V> Map<K, V> mapOf(Object[] kv) {
        for (int i = 0; i < kv.length; i += 2) {
            Objects.requireNonNull(kv[i]);
            Objects.requireNonNull(kv[i + 1]);
            for (int j = 0; j < i; j += 2) {
                if (kv[j].equals(kv[i])) {
                    throw new IllegalArgumentException("duplicate key: " + kv[i]);
                }
            }
        }
        return new MapN<>(kv);
    }

    abstract static class AbstractImmutableList<E> extends AbstractList<E> implements RandomAccess {
        public boolean add(E e) {
            throw uoe();
        }

        public boolean addAll(Collection<? extends E> c) {
            throw uoe();
        }

        public boolean addAll(int index, Collection<? extends E> c) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public boolean remove(Object o) {
            throw uoe();
        }

        public boolean removeAll(Collection<?> c) {
            throw uoe();
        }

        public boolean removeIf(Predicate<? super E> filter) {
            throw uoe();
        }

        public boolean retainAll(Collection<?> c) {
            throw uoe();
        }

        public void replaceAll(UnaryOperator<E> operator) {
            throw uoe();
        }

        public void sort(Comparator<? super E> c) {
            throw uoe();
        }

        public void add(int index, E element) {
            throw uoe();
        }

        public E remove(int index) {
            throw uoe();
        }

        public E set(int index, E element) {
            throw uoe();
        }

        public boolean contains(Object o) {
            return indexOf(Objects.requireNonNull(o)) >= 0;
        }

        public Iterator<E> iterator() {
            final List<E> self = this;
            return new Iterator<E>() {
                int cursor = 0;

                public boolean hasNext() {
                    return cursor != self.size();
                }

                public E next() {
                    if (cursor >= self.size()) {
                        throw new NoSuchElementException();
                    }
                    return self.get(cursor++);
                }

                public void remove() {
                    throw uoe();
                }
            };
        }

        public List<E> subList(int fromIndex, int toIndex) {
            subListRangeCheck(fromIndex, toIndex, size());
            Object[] part = toArray();
            Object[] r = new Object[toIndex - fromIndex];
            System.arraycopy(part, fromIndex, r, 0, r.length);
            @SuppressWarnings("unchecked")
            E[] typed = (E[]) r;
            return new ListN<>(typed);
        }
    }

    static final class ListN<E> extends AbstractImmutableList<E> {
        private final E[] elements;

        @SuppressWarnings("unchecked")
        ListN(E[] elements) {
            this.elements = elements;
        }

        public int size() {
            return elements.length;
        }

        public boolean isEmpty() {
            return elements.length == 0;
        }

        public E get(int index) {
            if (elements.length <= 2 && (index < 0 || index >= elements.length)) {
                throw new IndexOutOfBoundsException("Index: " + index + " Size: " + elements.length);
            }
            return elements[index];
        }

        public int indexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = 0; i < elements.length; i++) {
                if (o.equals(elements[i])) {
                    return i;
                }
            }
            return -1;
        }

        public int lastIndexOf(Object o) {
            Objects.requireNonNull(o);
            for (int i = elements.length - 1; i >= 0; i--) {
                if (o.equals(elements[i])) {
                    return i;
                }
            }
            return -1;
        }

        public Object[] toArray() {
            Object[] r = new Object[elements.length];
            System.arraycopy(elements, 0, r, 0, elements.length);
            return r;
        }

        public <T> T[] toArray(T[] a) {
            return AbstractCollection.copyToTyped(elements, elements.length, a);
        }
    }

    static final class SetN<E> extends AbstractSet<E> {
        private final E[] elements;

        SetN(E[] elements) {
            this.elements = elements;
        }

        public int size() {
            return elements.length;
        }

        public boolean contains(Object o) {
            Objects.requireNonNull(o);
            for (E e : elements) {
                if (o.equals(e)) {
                    return true;
                }
            }
            return false;
        }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                int i = 0;

                public boolean hasNext() {
                    return i < elements.length;
                }

                public E next() {
                    if (i >= elements.length) {
                        throw new NoSuchElementException();
                    }
                    return elements[i++];
                }
            };
        }

        public boolean add(E e) {
            throw uoe();
        }

        public boolean addAll(Collection<? extends E> c) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public boolean remove(Object o) {
            throw uoe();
        }

        public boolean removeAll(Collection<?> c) {
            throw uoe();
        }

        public boolean removeIf(Predicate<? super E> filter) {
            throw uoe();
        }

        public boolean retainAll(Collection<?> c) {
            throw uoe();
        }
    }

    static final class MapN<K, V> extends AbstractMap<K, V> {
        private final Object[] kv;

        MapN(Object[] kv) {
            this.kv = kv;
        }

        public int size() {
            return kv.length / 2;
        }

        private int find(Object key) {
            Objects.requireNonNull(key);
            for (int i = 0; i < kv.length; i += 2) {
                if (key.equals(kv[i])) {
                    return i;
                }
            }
            return -1;
        }

        @SuppressWarnings("unchecked")
        public V get(Object key) {
            int i = find(key);
            return i < 0 ? null : (V) kv[i + 1];
        }

        public boolean containsKey(Object key) {
            return find(key) >= 0;
        }

        public boolean containsValue(Object value) {
            Objects.requireNonNull(value);
            for (int i = 1; i < kv.length; i += 2) {
                if (value.equals(kv[i])) {
                    return true;
                }
            }
            return false;
        }

        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<Map.Entry<K, V>>() {
                public int size() {
                    return kv.length / 2;
                }

                public Iterator<Map.Entry<K, V>> iterator() {
                    return new Iterator<Map.Entry<K, V>>() {
                        int i = 0;

                        public boolean hasNext() {
                            return i < kv.length;
                        }

                        @SuppressWarnings("unchecked")
                        public Map.Entry<K, V> next() {
                            if (i >= kv.length) {
                                throw new NoSuchElementException();
                            }
                            Map.Entry<K, V> e = new KeyValueHolder<>((K) kv[i], (V) kv[i + 1]);
                            i += 2;
                            return e;
                        }
                    };
                }
            };
        }

        public V put(K key, V value) {
            throw uoe();
        }

        public V remove(Object key) {
            throw uoe();
        }

        public void putAll(Map<? extends K, ? extends V> m) {
            throw uoe();
        }

        public void clear() {
            throw uoe();
        }

        public V putIfAbsent(K key, V value) {
            throw uoe();
        }

        public V computeIfAbsent(K key, java.util.function.Function<? super K, ? extends V> f) {
            throw uoe();
        }

        public V computeIfPresent(K key, java.util.function.BiFunction<? super K, ? super V, ? extends V> f) {
            throw uoe();
        }

        public V compute(K key, java.util.function.BiFunction<? super K, ? super V, ? extends V> f) {
            throw uoe();
        }

        public V merge(K key, V value, java.util.function.BiFunction<? super V, ? super V, ? extends V> f) {
            throw uoe();
        }

        public V replace(K key, V value) {
            throw uoe();
        }

        public boolean replace(K key, V oldValue, V newValue) {
            throw uoe();
        }

        public boolean remove(Object key, Object value) {
            throw uoe();
        }

        public void replaceAll(java.util.function.BiFunction<? super K, ? super V, ? extends V> f) {
            throw uoe();
        }
    }
}
