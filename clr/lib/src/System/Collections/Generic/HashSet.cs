namespace System.Collections.Generic {
    /// Same slot/free-list scheme as Dictionary: insertion order until removals.
    [Serializable]
    public class HashSet<T> : ISet<T>, IReadOnlyCollection<T> {
        struct Slot {
            public int hashCode;   // -1 when free
            public int next;
            public T value;
        }
        int[] buckets;
        Slot[] slots;
        int count;      // slots used (including freed)
        int freeList = -1;
        int freeCount;
        int version;
        IEqualityComparer<T> comparer;

        public HashSet() : this((IEqualityComparer<T>)null) { }
        public HashSet(IEqualityComparer<T> comparer) { this.comparer = comparer ?? EqualityComparer<T>.Default; }
        public HashSet(int capacity) : this((IEqualityComparer<T>)null) { if (capacity > 0) Initialize(capacity); }
        public HashSet(int capacity, IEqualityComparer<T> comparer) : this(comparer) {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            if (capacity > 0) Initialize(capacity);
        }
        public HashSet(IEnumerable<T> collection) : this(collection, null) { }
        public HashSet(IEnumerable<T> collection, IEqualityComparer<T> comparer) : this(comparer) {
            if (collection == null) throw new ArgumentNullException("collection");
            foreach (T x in collection) Add(x);
        }

        public IEqualityComparer<T> Comparer { get { return comparer; } }
        public int Count { get { return count - freeCount; } }
        bool ICollection<T>.IsReadOnly { get { return false; } }

        void Initialize(int capacity) {
            int size = HashHelpers.GetPrime(capacity);
            buckets = new int[size];
            for (int i = 0; i < size; i++) buckets[i] = -1;
            slots = new Slot[size];
        }
        int Hash(T item) { return item == null ? 0 : comparer.GetHashCode(item) & 0x7FFFFFFF; }

        int Find(T item) {
            if (buckets == null) return -1;
            int h = Hash(item);
            for (int i = buckets[h % buckets.Length]; i >= 0; i = slots[i].next)
                if (slots[i].hashCode == h && comparer.Equals(slots[i].value, item)) return i;
            return -1;
        }

        public bool Add(T item) {
            if (buckets == null) Initialize(0);
            int h = Hash(item);
            int b = h % buckets.Length;
            for (int i = buckets[b]; i >= 0; i = slots[i].next)
                if (slots[i].hashCode == h && comparer.Equals(slots[i].value, item)) return false;
            int index;
            if (freeCount > 0) {
                index = freeList;
                freeList = slots[index].next;
                freeCount--;
            } else {
                if (count == slots.Length) {
                    Resize(HashHelpers.ExpandPrime(count));
                    b = h % buckets.Length;
                }
                index = count++;
            }
            slots[index].hashCode = h;
            slots[index].value = item;
            slots[index].next = buckets[b];
            buckets[b] = index;
            version++;
            return true;
        }
        void ICollection<T>.Add(T item) { Add(item); }

        void Resize(int newSize) {
            int[] nb = new int[newSize];
            for (int i = 0; i < newSize; i++) nb[i] = -1;
            Slot[] ns = new Slot[newSize];
            Array.Copy(slots, 0, ns, 0, count);
            for (int i = 0; i < count; i++) {
                if (ns[i].hashCode >= 0) {
                    int b = ns[i].hashCode % newSize;
                    ns[i].next = nb[b];
                    nb[b] = i;
                }
            }
            buckets = nb;
            slots = ns;
        }

        public bool Remove(T item) {
            if (buckets == null) return false;
            int h = Hash(item);
            int b = h % buckets.Length;
            int last = -1;
            for (int i = buckets[b]; i >= 0; last = i, i = slots[i].next) {
                if (slots[i].hashCode == h && comparer.Equals(slots[i].value, item)) {
                    if (last < 0) buckets[b] = slots[i].next;
                    else slots[last].next = slots[i].next;
                    slots[i].hashCode = -1;
                    slots[i].value = default(T);
                    slots[i].next = freeList;
                    freeList = i;
                    freeCount++;
                    version++;
                    return true;
                }
            }
            return false;
        }
        public int RemoveWhere(Predicate<T> match) {
            if (match == null) throw new ArgumentNullException("match");
            int n = 0;
            for (int i = 0; i < count; i++) {
                if (slots[i].hashCode >= 0) {
                    T v = slots[i].value;
                    if (match(v) && Remove(v)) n++;
                }
            }
            return n;
        }

        public void Clear() {
            if (count > 0) {
                for (int i = 0; i < buckets.Length; i++) buckets[i] = -1;
                Array.Clear(slots, 0, count);
                count = 0;
                freeList = -1;
                freeCount = 0;
                version++;
            }
        }
        public bool Contains(T item) { return Find(item) >= 0; }
        public bool TryGetValue(T equalValue, out T actualValue) {
            int i = Find(equalValue);
            if (i >= 0) { actualValue = slots[i].value; return true; }
            actualValue = default(T);
            return false;
        }
        public void CopyTo(T[] array) { CopyTo(array, 0); }
        public void CopyTo(T[] array, int arrayIndex, int count) {
            if (array == null) throw new ArgumentNullException("array");
            if (arrayIndex < 0) throw new ArgumentOutOfRangeException("arrayIndex", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (arrayIndex > array.Length || count > array.Length - arrayIndex) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            for (int i = 0; i < this.count && count > 0; i++) if (slots[i].hashCode >= 0) { array[arrayIndex++] = slots[i].value; count--; }
        }
        public void CopyTo(T[] array, int arrayIndex) {
            if (array == null) throw new ArgumentNullException("array");
            for (int i = 0; i < count; i++) if (slots[i].hashCode >= 0) array[arrayIndex++] = slots[i].value;
        }

        public void UnionWith(IEnumerable<T> other) {
            if (other == null) throw new ArgumentNullException("other");
            foreach (T x in other) Add(x);
        }
        public void IntersectWith(IEnumerable<T> other) {
            if (other == null) throw new ArgumentNullException("other");
            HashSet<T> o = new HashSet<T>(other, comparer);
            for (int i = 0; i < count; i++)
                if (slots[i].hashCode >= 0 && !o.Contains(slots[i].value)) Remove(slots[i].value);
        }
        public void ExceptWith(IEnumerable<T> other) {
            if (other == null) throw new ArgumentNullException("other");
            foreach (T x in other) Remove(x);
        }
        public void SymmetricExceptWith(IEnumerable<T> other) {
            if (other == null) throw new ArgumentNullException("other");
            foreach (T x in new HashSet<T>(other, comparer)) if (!Remove(x)) Add(x);
        }
        public bool IsSubsetOf(IEnumerable<T> other) {
            HashSet<T> o = new HashSet<T>(other, comparer);
            foreach (T x in this) if (!o.Contains(x)) return false;
            return true;
        }
        public bool IsProperSubsetOf(IEnumerable<T> other) {
            HashSet<T> o = new HashSet<T>(other, comparer);
            return IsSubsetOf(o) && o.Count > Count;
        }
        public bool IsSupersetOf(IEnumerable<T> other) {
            foreach (T x in other) if (!Contains(x)) return false;
            return true;
        }
        public bool IsProperSupersetOf(IEnumerable<T> other) {
            HashSet<T> o = new HashSet<T>(other, comparer);
            return IsSupersetOf(o) && Count > o.Count;
        }
        public bool Overlaps(IEnumerable<T> other) {
            foreach (T x in other) if (Contains(x)) return true;
            return false;
        }
        public bool SetEquals(IEnumerable<T> other) {
            HashSet<T> o = new HashSet<T>(other, comparer);
            return o.Count == Count && IsSupersetOf(o);
        }
        public void TrimExcess() { }

        public Enumerator GetEnumerator() { return new Enumerator(this); }
        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        [Serializable]
        public struct Enumerator : IEnumerator<T> {
            HashSet<T> set;
            int index, version;
            T current;
            internal Enumerator(HashSet<T> set) { this.set = set; index = 0; version = set.version; current = default(T); }
            public bool MoveNext() {
                if (version != set.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                while (index < set.count) {
                    if (set.slots[index].hashCode >= 0) { current = set.slots[index].value; index++; return true; }
                    index++;
                }
                index = set.count + 1;
                current = default(T);
                return false;
            }
            public T Current { get { return current; } }
            object IEnumerator.Current { get { return current; } }
            void IEnumerator.Reset() { index = 0; current = default(T); }
            public void Dispose() { }
        }
    }
}
