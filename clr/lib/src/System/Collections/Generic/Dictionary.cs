namespace System.Collections.Generic {
    internal static class HashHelpers {
        static readonly int[] primes = {
            3, 7, 11, 17, 23, 29, 37, 47, 59, 71, 89, 107, 131, 163, 197, 239, 293, 353, 431, 521, 631, 761, 919,
            1103, 1327, 1597, 1931, 2333, 2801, 3371, 4049, 4861, 5839, 7013, 8419, 10103, 12143, 14591,
            17519, 21023, 25229, 30293, 36353, 43627, 52361, 62851, 75431, 90523, 108631, 130363, 156437,
            187751, 225307, 270371, 324449, 389357, 467237, 560689, 672827, 807403, 968897, 1162687, 1395263,
            1674319, 2009191, 2411033, 2893249, 3471899, 4166287, 4999559, 5999471, 7199369 };

        static bool IsPrime(int candidate) {
            if ((candidate & 1) == 0) return candidate == 2;
            for (int d = 3; (long)d * d <= candidate; d += 2) if (candidate % d == 0) return false;
            return true;
        }
        internal static int GetPrime(int min) {
            for (int i = 0; i < primes.Length; i++) if (primes[i] >= min) return primes[i];
            for (int i = min | 1; i < int.MaxValue; i += 2) if (IsPrime(i) && (i - 1) % 101 != 0) return i;
            return min;
        }
        internal static int ExpandPrime(int oldSize) {
            int newSize = 2 * oldSize;
            if ((uint)newSize > 0x7FEFFFFDu && 0x7FEFFFFD > oldSize) return 0x7FEFFFFD;
            return GetPrime(newSize);
        }
    }

    /// Chained hash table over an entries array; freed slots are reused last-freed-first, so
    /// enumeration follows insertion order until something is removed (as in .NET).
    [Serializable]
    public class Dictionary<TKey, TValue> : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue> {
        struct Entry {
            public int hashCode;    // -1 when free
            public int next;
            public TKey key;
            public TValue value;
        }

        int[] buckets;
        Entry[] entries;
        int count;
        int version;
        int freeList;
        int freeCount;
        IEqualityComparer<TKey> comparer;
        KeyCollection keys;
        ValueCollection values;

        public Dictionary() : this(0, null) { }
        public Dictionary(int capacity) : this(capacity, null) { }
        public Dictionary(IEqualityComparer<TKey> comparer) : this(0, comparer) { }
        public Dictionary(int capacity, IEqualityComparer<TKey> comparer) {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            if (capacity > 0) Initialize(capacity);
            this.comparer = comparer ?? EqualityComparer<TKey>.Default;
        }
        public Dictionary(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }
        public Dictionary(IDictionary<TKey, TValue> dictionary, IEqualityComparer<TKey> comparer) : this(dictionary == null ? 0 : dictionary.Count, comparer) {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            foreach (KeyValuePair<TKey, TValue> p in dictionary) Add(p.Key, p.Value);
        }

        public Dictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection) : this(collection, null) { }
        public Dictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection, IEqualityComparer<TKey> comparer)
            : this(collection is ICollection<KeyValuePair<TKey, TValue>> ? ((ICollection<KeyValuePair<TKey, TValue>>)collection).Count : 0, comparer) {
            if (collection == null) throw new ArgumentNullException("collection");
            foreach (KeyValuePair<TKey, TValue> p in collection) Add(p.Key, p.Value);
        }

        public IEqualityComparer<TKey> Comparer { get { return comparer; } }
        public int Count { get { return count - freeCount; } }
        public KeyCollection Keys {
            get {
                if (keys == null) keys = new KeyCollection(this);
                return keys;
            }
        }
        public ValueCollection Values {
            get {
                if (values == null) values = new ValueCollection(this);
                return values;
            }
        }
        ICollection<TKey> IDictionary<TKey, TValue>.Keys { get { return Keys; } }
        ICollection<TValue> IDictionary<TKey, TValue>.Values { get { return Values; } }
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys { get { return Keys; } }
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values { get { return Values; } }

        public TValue this[TKey key] {
            get {
                int i = FindEntry(key);
                if (i >= 0) return entries[i].value;
                throw new KeyNotFoundException("The given key '" + key.ToString() + "' was not present in the dictionary.");
            }
            set { Insert(key, value, false); }
        }

        public void Add(TKey key, TValue value) { Insert(key, value, true); }
        public bool TryAdd(TKey key, TValue value) {
            if (FindEntry(key) >= 0) return false;
            Insert(key, value, true);
            return true;
        }

        void Initialize(int capacity) {
            int size = HashHelpers.GetPrime(capacity);
            buckets = new int[size];
            for (int i = 0; i < size; i++) buckets[i] = -1;
            entries = new Entry[size];
            freeList = -1;
        }

        int FindEntry(TKey key) {
            if (key == null) throw new ArgumentNullException("key");
            if (buckets == null) return -1;
            int h = comparer.GetHashCode(key) & 0x7FFFFFFF;
            for (int i = buckets[h % buckets.Length]; i >= 0; i = entries[i].next)
                if (entries[i].hashCode == h && comparer.Equals(entries[i].key, key)) return i;
            return -1;
        }

        void Insert(TKey key, TValue value, bool add) {
            if (key == null) throw new ArgumentNullException("key");
            if (buckets == null) Initialize(0);
            int h = comparer.GetHashCode(key) & 0x7FFFFFFF;
            int target = h % buckets.Length;
            for (int i = buckets[target]; i >= 0; i = entries[i].next) {
                if (entries[i].hashCode == h && comparer.Equals(entries[i].key, key)) {
                    if (add) throw new ArgumentException("An item with the same key has already been added. Key: " + key.ToString());
                    entries[i].value = value;
                    version++;
                    return;
                }
            }
            int index;
            if (freeCount > 0) {
                index = freeList;
                freeList = entries[index].next;
                freeCount--;
            } else {
                if (count == entries.Length) {
                    Resize(HashHelpers.ExpandPrime(count));
                    target = h % buckets.Length;
                }
                index = count;
                count++;
            }
            entries[index].hashCode = h;
            entries[index].next = buckets[target];
            entries[index].key = key;
            entries[index].value = value;
            buckets[target] = index;
            version++;
        }

        void Resize(int newSize) {
            int[] nb = new int[newSize];
            for (int i = 0; i < newSize; i++) nb[i] = -1;
            Entry[] ne = new Entry[newSize];
            Array.Copy(entries, 0, ne, 0, count);
            for (int i = 0; i < count; i++) {
                if (ne[i].hashCode >= 0) {
                    int b = ne[i].hashCode % newSize;
                    ne[i].next = nb[b];
                    nb[b] = i;
                }
            }
            buckets = nb;
            entries = ne;
        }

        public bool Remove(TKey key) {
            TValue v;
            return Remove(key, out v);
        }
        public bool Remove(TKey key, out TValue value) {
            if (key == null) throw new ArgumentNullException("key");
            value = default(TValue);
            if (buckets == null) return false;
            int h = comparer.GetHashCode(key) & 0x7FFFFFFF;
            int b = h % buckets.Length;
            int last = -1;
            for (int i = buckets[b]; i >= 0; last = i, i = entries[i].next) {
                if (entries[i].hashCode == h && comparer.Equals(entries[i].key, key)) {
                    if (last < 0) buckets[b] = entries[i].next;
                    else entries[last].next = entries[i].next;
                    value = entries[i].value;
                    entries[i].hashCode = -1;
                    entries[i].next = freeList;
                    entries[i].key = default(TKey);
                    entries[i].value = default(TValue);
                    freeList = i;
                    freeCount++;
                    version++;
                    return true;
                }
            }
            return false;
        }

        public void Clear() {
            if (count > 0) {
                for (int i = 0; i < buckets.Length; i++) buckets[i] = -1;
                Array.Clear(entries, 0, count);
                freeList = -1;
                count = 0;
                freeCount = 0;
                version++;
            }
        }

        public bool ContainsKey(TKey key) { return FindEntry(key) >= 0; }
        public bool ContainsValue(TValue value) {
            EqualityComparer<TValue> c = EqualityComparer<TValue>.Default;
            for (int i = 0; i < count; i++)
                if (entries[i].hashCode >= 0 && c.Equals(entries[i].value, value)) return true;
            return false;
        }
        public bool TryGetValue(TKey key, out TValue value) {
            int i = FindEntry(key);
            if (i >= 0) { value = entries[i].value; return true; }
            value = default(TValue);
            return false;
        }
        public TValue GetValueOrDefault(TKey key) {
            TValue v;
            TryGetValue(key, out v);
            return v;
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly { get { return false; } }
        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> pair) { Add(pair.Key, pair.Value); }
        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> pair) {
            int i = FindEntry(pair.Key);
            return i >= 0 && EqualityComparer<TValue>.Default.Equals(entries[i].value, pair.Value);
        }
        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> pair) {
            int i = FindEntry(pair.Key);
            if (i >= 0 && EqualityComparer<TValue>.Default.Equals(entries[i].value, pair.Value)) { Remove(pair.Key); return true; }
            return false;
        }
        public void CopyTo(KeyValuePair<TKey, TValue>[] array, int index) {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0 || index > array.Length) throw new ArgumentOutOfRangeException("index");
            if (array.Length - index < Count) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            for (int i = 0; i < count; i++)
                if (entries[i].hashCode >= 0) array[index++] = new KeyValuePair<TKey, TValue>(entries[i].key, entries[i].value);
        }

        public Enumerator GetEnumerator() { return new Enumerator(this); }
        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        [Serializable]
        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>> {
            Dictionary<TKey, TValue> d;
            int version;
            int index;
            KeyValuePair<TKey, TValue> current;
            internal Enumerator(Dictionary<TKey, TValue> d) {
                this.d = d;
                version = d.version;
                index = 0;
                current = new KeyValuePair<TKey, TValue>();
            }
            public bool MoveNext() {
                if (version != d.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                while ((uint)index < (uint)d.count) {
                    if (d.entries[index].hashCode >= 0) {
                        current = new KeyValuePair<TKey, TValue>(d.entries[index].key, d.entries[index].value);
                        index++;
                        return true;
                    }
                    index++;
                }
                index = d.count + 1;
                current = new KeyValuePair<TKey, TValue>();
                return false;
            }
            public KeyValuePair<TKey, TValue> Current { get { return current; } }
            object IEnumerator.Current { get { return current; } }
            void IEnumerator.Reset() { index = 0; current = new KeyValuePair<TKey, TValue>(); }
            public void Dispose() { }
        }

        [Serializable]
        public sealed class KeyCollection : ICollection<TKey>, IReadOnlyCollection<TKey> {
            Dictionary<TKey, TValue> d;
            public KeyCollection(Dictionary<TKey, TValue> dictionary) {
                if (dictionary == null) throw new ArgumentNullException("dictionary");
                d = dictionary;
            }
            public int Count { get { return d.Count; } }
            public bool IsReadOnly { get { return true; } }
            public void CopyTo(TKey[] array, int index) {
                for (int i = 0; i < d.count; i++) if (d.entries[i].hashCode >= 0) array[index++] = d.entries[i].key;
            }
            public bool Contains(TKey item) { return d.ContainsKey(item); }
            void ICollection<TKey>.Add(TKey item) { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            void ICollection<TKey>.Clear() { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            bool ICollection<TKey>.Remove(TKey item) { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            public Enumerator GetEnumerator() { return new Enumerator(d); }
            IEnumerator<TKey> IEnumerable<TKey>.GetEnumerator() { return new Enumerator(d); }
            IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(d); }

            [Serializable]
            public struct Enumerator : IEnumerator<TKey> {
                Dictionary<TKey, TValue> d;
                int index, version;
                TKey current;
                internal Enumerator(Dictionary<TKey, TValue> d) { this.d = d; version = d.version; index = 0; current = default(TKey); }
                public bool MoveNext() {
                    if (version != d.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                    while ((uint)index < (uint)d.count) {
                        if (d.entries[index].hashCode >= 0) { current = d.entries[index].key; index++; return true; }
                        index++;
                    }
                    index = d.count + 1;
                    current = default(TKey);
                    return false;
                }
                public TKey Current { get { return current; } }
                object IEnumerator.Current { get { return current; } }
                void IEnumerator.Reset() { index = 0; current = default(TKey); }
                public void Dispose() { }
            }
        }

        [Serializable]
        public sealed class ValueCollection : ICollection<TValue>, IReadOnlyCollection<TValue> {
            Dictionary<TKey, TValue> d;
            public ValueCollection(Dictionary<TKey, TValue> dictionary) {
                if (dictionary == null) throw new ArgumentNullException("dictionary");
                d = dictionary;
            }
            public int Count { get { return d.Count; } }
            public bool IsReadOnly { get { return true; } }
            public void CopyTo(TValue[] array, int index) {
                for (int i = 0; i < d.count; i++) if (d.entries[i].hashCode >= 0) array[index++] = d.entries[i].value;
            }
            public bool Contains(TValue item) { return d.ContainsValue(item); }
            void ICollection<TValue>.Add(TValue item) { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            void ICollection<TValue>.Clear() { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            bool ICollection<TValue>.Remove(TValue item) { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            public Enumerator GetEnumerator() { return new Enumerator(d); }
            IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator() { return new Enumerator(d); }
            IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(d); }

            [Serializable]
            public struct Enumerator : IEnumerator<TValue> {
                Dictionary<TKey, TValue> d;
                int index, version;
                TValue current;
                internal Enumerator(Dictionary<TKey, TValue> d) { this.d = d; version = d.version; index = 0; current = default(TValue); }
                public bool MoveNext() {
                    if (version != d.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                    while ((uint)index < (uint)d.count) {
                        if (d.entries[index].hashCode >= 0) { current = d.entries[index].value; index++; return true; }
                        index++;
                    }
                    index = d.count + 1;
                    current = default(TValue);
                    return false;
                }
                public TValue Current { get { return current; } }
                object IEnumerator.Current { get { return current; } }
                void IEnumerator.Reset() { index = 0; current = default(TValue); }
                public void Dispose() { }
            }
        }
    }

    /// Extension methods on dictionaries (.NET Core 2.0 / .NET Standard 2.1).
    public static class CollectionExtensions {
        public static TValue GetValueOrDefault<TKey, TValue>(this IReadOnlyDictionary<TKey, TValue> dictionary, TKey key) {
            return GetValueOrDefault(dictionary, key, default(TValue));
        }
        public static TValue GetValueOrDefault<TKey, TValue>(this IReadOnlyDictionary<TKey, TValue> dictionary, TKey key, TValue defaultValue) {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            TValue value;
            return dictionary.TryGetValue(key, out value) ? value : defaultValue;
        }
        public static bool TryAdd<TKey, TValue>(this IDictionary<TKey, TValue> dictionary, TKey key, TValue value) {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            if (dictionary.ContainsKey(key)) return false;
            dictionary.Add(key, value);
            return true;
        }
        public static bool Remove<TKey, TValue>(this IDictionary<TKey, TValue> dictionary, TKey key, out TValue value) {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            if (dictionary.TryGetValue(key, out value)) {
                dictionary.Remove(key);
                return true;
            }
            value = default(TValue);
            return false;
        }
    }
}
