package java.util;

import java.util.function.Consumer;

public class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E>, Cloneable, java.io.Serializable {
    transient Object[] elements;
    transient int head;
    transient int count;

    public ArrayDeque() {
        elements = new Object[16];
    }

    public ArrayDeque(int numElements) {
        elements = new Object[Math.max(1, numElements)];
    }

    public ArrayDeque(Collection<? extends E> c) {
        this(c.size());
        for (E e : c) {
            addLast(e);
        }
    }

    private int idx(int i) {
        int j = head + i;
        int n = elements.length;
        return j >= n ? j - n : j;
    }

    private void grow() {
        int n = elements.length;
        int newCap = n < 64 ? n * 2 + 2 : n + (n >> 1);
        Object[] a = new Object[newCap];
        for (int i = 0; i < count; i++) {
            a[i] = elements[idx(i)];
        }
        elements = a;
        head = 0;
    }

    public void addFirst(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        if (count == elements.length) {
            grow();
        }
        head = head == 0 ? elements.length - 1 : head - 1;
        elements[head] = e;
        count++;
    }

    public void addLast(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        if (count == elements.length) {
            grow();
        }
        elements[idx(count)] = e;
        count++;
    }

    public boolean addAll(Collection<? extends E> c) {
        boolean changed = false;
        for (E e : c) {
            addLast(e);
            changed = true;
        }
        return changed;
    }

    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    public E removeFirst() {
        E e = pollFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    public E removeLast() {
        E e = pollLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    public E pollFirst() {
        if (count == 0) {
            return null;
        }
        E e = (E) elements[head];
        elements[head] = null;
        head = idx(1);
        count--;
        return e;
    }

    @SuppressWarnings("unchecked")
    public E pollLast() {
        if (count == 0) {
            return null;
        }
        int t = idx(count - 1);
        E e = (E) elements[t];
        elements[t] = null;
        count--;
        return e;
    }

    public E getFirst() {
        E e = peekFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    public E getLast() {
        E e = peekLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    public E peekFirst() {
        return count == 0 ? null : (E) elements[head];
    }

    @SuppressWarnings("unchecked")
    public E peekLast() {
        return count == 0 ? null : (E) elements[idx(count - 1)];
    }

    public boolean removeFirstOccurrence(Object o) {
        if (o != null) {
            for (int i = 0; i < count; i++) {
                if (o.equals(elements[idx(i)])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    public boolean removeLastOccurrence(Object o) {
        if (o != null) {
            for (int i = count - 1; i >= 0; i--) {
                if (o.equals(elements[idx(i)])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    /** Removes the element at logical position i. */
    void delete(int i) {
        for (int k = i; k < count - 1; k++) {
            elements[idx(k)] = elements[idx(k + 1)];
        }
        elements[idx(count - 1)] = null;
        count--;
    }

    public boolean add(E e) {
        addLast(e);
        return true;
    }

    public boolean offer(E e) {
        return offerLast(e);
    }

    public E remove() {
        return removeFirst();
    }

    public E poll() {
        return pollFirst();
    }

    public E element() {
        return getFirst();
    }

    public E peek() {
        return peekFirst();
    }

    public void push(E e) {
        addFirst(e);
    }

    public E pop() {
        return removeFirst();
    }

    public int size() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public Iterator<E> iterator() {
        return new DeqIterator(false);
    }

    public Iterator<E> descendingIterator() {
        return new DeqIterator(true);
    }

    private class DeqIterator implements Iterator<E> {
        private final boolean desc;
        private int cursor;
        private int remaining;
        private int lastRet = -1;

        DeqIterator(boolean desc) {
            this.desc = desc;
            this.remaining = count;
            this.cursor = desc ? count - 1 : 0;
        }

        public boolean hasNext() {
            return remaining > 0;
        }

        @SuppressWarnings("unchecked")
        public E next() {
            if (remaining <= 0) {
                throw new NoSuchElementException();
            }
            if (cursor < 0 || cursor >= count) {
                throw new ConcurrentModificationException();
            }
            E e = (E) elements[idx(cursor)];
            if (e == null) {
                throw new ConcurrentModificationException();
            }
            lastRet = cursor;
            cursor += desc ? -1 : 1;
            remaining--;
            return e;
        }

        public void remove() {
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            delete(lastRet);
            if (!desc) {
                cursor--;
            }
            lastRet = -1;
        }

        public void forEachRemaining(Consumer<? super E> action) {
            while (hasNext()) {
                action.accept(next());
            }
        }
    }

    public boolean contains(Object o) {
        if (o != null) {
            for (int i = 0; i < count; i++) {
                if (o.equals(elements[idx(i)])) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    public void clear() {
        for (int i = 0; i < count; i++) {
            elements[idx(i)] = null;
        }
        head = 0;
        count = 0;
    }

    public Object[] toArray() {
        Object[] a = new Object[count];
        for (int i = 0; i < count; i++) {
            a[i] = elements[idx(i)];
        }
        return a;
    }

    public <T> T[] toArray(T[] a) {
        return copyToTyped(toArray(), count, a);
    }

    @SuppressWarnings("unchecked")
    public ArrayDeque<E> clone() {
        try {
            ArrayDeque<E> result = (ArrayDeque<E>) super.clone();
            result.elements = Arrays.copyOf(elements, elements.length);
            return result;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError();
        }
    }
}
