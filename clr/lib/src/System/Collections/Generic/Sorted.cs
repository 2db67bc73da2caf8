namespace System.Collections.Generic {
    /// Sorted by key with the comparer. Implemented over sorted parallel arrays (binary search;
    /// O(n) insertion/removal) rather than a red-black tree: same observable behaviour.
    [Serializable]
    public class SortedDictionary<TKey, TValue> : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue> {
        internal List<TKey> keys = new List<TKey>();
        internal List<TValue> values = new List<TValue>();
        IComparer<TKey> comparer;
        int version;

        public SortedDictionary() : this((IComparer<TKey>)null) { }
        public SortedDictionary(IComparer<TKey> comparer) { this.comparer = comparer ?? Comparer<TKey>.Default; }
        public SortedDictionary(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }
        public SortedDictionary(IDictionary<TKey, TValue> dictionary, IComparer<TKey> comparer) : this(comparer) {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            foreach (KeyValuePair<TKey, TValue> p in dictionary) Add(p.Key, p.Value);
        }

        public IComparer<TKey> Comparer { get { return comparer; } }
        public int Count { get { return keys.Count; } }
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly { get { return false; } }

        internal int Search(TKey key) {
            if (key == null) throw new ArgumentNullException("key");
            int lo = 0, hi = keys.Count - 1;
            while (lo <= hi) {
                int mid = lo + ((hi - lo) >> 1);
                int c = comparer.Compare(keys[mid], key);
                if (c == 0) return mid;
                if (c < 0) lo = mid + 1; else hi = mid - 1;
            }
            return ~lo;
        }

        public TValue this[TKey key] {
            get {
                int i = Search(key);
                if (i < 0) throw new KeyNotFoundException("The given key '" + key.ToString() + "' was not present in the dictionary.");
                return values[i];
            }
            set {
                int i = Search(key);
                if (i >= 0) values[i] = value;
                else { keys.Insert(~i, key); values.Insert(~i, value); }
                version++;
            }
        }
        public void Add(TKey key, TValue value) {
            int i = Search(key);
            // Mono's SortedDictionary names the whole new pair: "Key: [a, 2]".
            if (i >= 0) throw new ArgumentException("An item with the same key has already been added. Key: " + new KeyValuePair<TKey, TValue>(key, value).ToString());
            keys.Insert(~i, key);
            values.Insert(~i, value);
            version++;
        }
        public bool Remove(TKey key) {
            int i = Search(key);
            if (i < 0) return false;
            keys.RemoveAt(i);
            values.RemoveAt(i);
            version++;
            return true;
        }
        public void Clear() { keys.Clear(); values.Clear(); version++; }
        public bool ContainsKey(TKey key) { return Search(key) >= 0; }
        public bool ContainsValue(TValue value) { return values.Contains(value); }
        public bool TryGetValue(TKey key, out TValue value) {
            int i = Search(key);
            if (i >= 0) { value = values[i]; return true; }
            value = default(TValue);
            return false;
        }
        public KeyCollection Keys { get { return new KeyCollection(this); } }
        public ValueCollection Values { get { return new ValueCollection(this); } }
        ICollection<TKey> IDictionary<TKey, TValue>.Keys { get { return Keys; } }
        ICollection<TValue> IDictionary<TKey, TValue>.Values { get { return Values; } }
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys { get { return Keys; } }
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values { get { return Values; } }

        [Serializable]
        public sealed class KeyCollection : ICollection<TKey>, IReadOnlyCollection<TKey> {
            SortedDictionary<TKey, TValue> d;
            public KeyCollection(SortedDictionary<TKey, TValue> dictionary) { d = dictionary; }
            public int Count { get { return d.keys.Count; } }
            public bool IsReadOnly { get { return true; } }
            public bool Contains(TKey item) { return d.ContainsKey(item); }
            public void CopyTo(TKey[] array, int index) { d.keys.CopyTo(array, index); }
            void ICollection<TKey>.Add(TKey item) { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            void ICollection<TKey>.Clear() { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            bool ICollection<TKey>.Remove(TKey item) { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            public Enumerator GetEnumerator() { return new Enumerator(d.keys); }
            IEnumerator<TKey> IEnumerable<TKey>.GetEnumerator() { return new Enumerator(d.keys); }
            IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(d.keys); }
            [Serializable]
            public struct Enumerator : IEnumerator<TKey> {
                List<TKey>.Enumerator e;
                internal Enumerator(List<TKey> list) { e = list.GetEnumerator(); }
                public bool MoveNext() { return e.MoveNext(); }
                public TKey Current { get { return e.Current; } }
                object IEnumerator.Current { get { return e.Current; } }
                void IEnumerator.Reset() { ((IEnumerator)e).Reset(); }
                public void Dispose() { }
            }
        }

        [Serializable]
        public sealed class ValueCollection : ICollection<TValue>, IReadOnlyCollection<TValue> {
            SortedDictionary<TKey, TValue> d;
            public ValueCollection(SortedDictionary<TKey, TValue> dictionary) { d = dictionary; }
            public int Count { get { return d.values.Count; } }
            public bool IsReadOnly { get { return true; } }
            public bool Contains(TValue item) { return d.values.Contains(item); }
            public void CopyTo(TValue[] array, int index) { d.values.CopyTo(array, index); }
            void ICollection<TValue>.Add(TValue item) { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            void ICollection<TValue>.Clear() { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            bool ICollection<TValue>.Remove(TValue item) { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            public Enumerator GetEnumerator() { return new Enumerator(d.values); }
            IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator() { return new Enumerator(d.values); }
            IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(d.values); }
            [Serializable]
            public struct Enumerator : IEnumerator<TValue> {
                List<TValue>.Enumerator e;
                internal Enumerator(List<TValue> list) { e = list.GetEnumerator(); }
                public bool MoveNext() { return e.MoveNext(); }
                public TValue Current { get { return e.Current; } }
                object IEnumerator.Current { get { return e.Current; } }
                void IEnumerator.Reset() { ((IEnumerator)e).Reset(); }
                public void Dispose() { }
            }
        }

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> p) { Add(p.Key, p.Value); }
        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> p) {
            int i = Search(p.Key);
            return i >= 0 && EqualityComparer<TValue>.Default.Equals(values[i], p.Value);
        }
        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> p) {
            int i = Search(p.Key);
            if (i >= 0 && EqualityComparer<TValue>.Default.Equals(values[i], p.Value)) { Remove(p.Key); return true; }
            return false;
        }
        public void CopyTo(KeyValuePair<TKey, TValue>[] array, int index) {
            for (int i = 0; i < keys.Count; i++) array[index + i] = new KeyValuePair<TKey, TValue>(keys[i], values[i]);
        }

        public Enumerator GetEnumerator() { return new Enumerator(this); }
        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        [Serializable]
        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>> {
            SortedDictionary<TKey, TValue> d;
            int index, version;
            KeyValuePair<TKey, TValue> current;
            internal Enumerator(SortedDictionary<TKey, TValue> d) { this.d = d; index = 0; version = d.version; current = new KeyValuePair<TKey, TValue>(); }
            public bool MoveNext() {
                if (version != d.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (index < d.keys.Count) {
                    current = new KeyValuePair<TKey, TValue>(d.keys[index], d.values[index]);
                    index++;
                    return true;
                }
                index = d.keys.Count + 1;
                return false;
            }
            public KeyValuePair<TKey, TValue> Current { get { return current; } }
            object IEnumerator.Current { get { return current; } }
            void IEnumerator.Reset() { index = 0; }
            public void Dispose() { }
        }
    }

    /// Sorted list of keys/values: parallel sorted lists, binary search. `capacity` only mirrors
    /// .NET's growth policy (0, 4, then doubling) for the Capacity property.
    [Serializable]
    public class SortedList<TKey, TValue> : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue> {
        const string NestedMutation = "This operation is not supported on SortedList nested types because they require modifying the original SortedList.";
        internal List<TKey> keys = new List<TKey>();
        internal List<TValue> values = new List<TValue>();
        IComparer<TKey> comparer;
        internal int version;
        int capacity;

        public SortedList() : this((IComparer<TKey>)null) { }
        public SortedList(int capacity) : this(capacity, null) { }
        public SortedList(IComparer<TKey> comparer) { this.comparer = comparer ?? Comparer<TKey>.Default; }
        public SortedList(int capacity, IComparer<TKey> comparer) : this(comparer) {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", capacity, "Non-negative number required.");
            this.capacity = capacity;
        }
        public SortedList(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }
        public SortedList(IDictionary<TKey, TValue> dictionary, IComparer<TKey> comparer) : this(comparer) {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            capacity = dictionary.Count;
            foreach (KeyValuePair<TKey, TValue> p in dictionary) Add(p.Key, p.Value);
        }

        public IComparer<TKey> Comparer { get { return comparer; } }
        public int Count { get { return keys.Count; } }
        public int Capacity {
            get { return capacity; }
            set {
                if (value < keys.Count) throw new ArgumentOutOfRangeException("value", value, "capacity was less than the current size.");
                capacity = value;
            }
        }
        public void TrimExcess() {
            if (keys.Count < (int)(capacity * 0.9)) capacity = keys.Count;
        }
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly { get { return false; } }

        int Search(TKey key) {
            if (key == null) throw new ArgumentNullException("key");
            int lo = 0, hi = keys.Count - 1;
            while (lo <= hi) {
                int mid = lo + ((hi - lo) >> 1);
                int c = comparer.Compare(keys[mid], key);
                if (c == 0) return mid;
                if (c < 0) lo = mid + 1; else hi = mid - 1;
            }
            return ~lo;
        }
        void Insert(int index, TKey key, TValue value) {
            if (keys.Count == capacity) capacity = capacity == 0 ? 4 : capacity * 2;
            keys.Insert(index, key);
            values.Insert(index, value);
            version++;
        }

        public TValue this[TKey key] {
            get {
                int i = Search(key);
                if (i < 0) throw new KeyNotFoundException("The given key '" + key.ToString() + "' was not present in the dictionary.");
                return values[i];
            }
            set {
                int i = Search(key);
                if (i >= 0) { values[i] = value; version++; }
                else Insert(~i, key, value);
            }
        }
        public void Add(TKey key, TValue value) {
            int i = Search(key);
            if (i >= 0) throw new ArgumentException("An item with the same key has already been added. Key: " + key.ToString(), "key");
            Insert(~i, key, value);
        }
        public bool Remove(TKey key) {
            int i = Search(key);
            if (i < 0) return false;
            RemoveAt(i);
            return true;
        }
        public void RemoveAt(int index) {
            if (index < 0 || index >= keys.Count) throw new ArgumentOutOfRangeException("index", index, "Index was out of range. Must be non-negative and less than the size of the collection.");
            keys.RemoveAt(index);
            values.RemoveAt(index);
            version++;
        }
        public void Clear() { keys.Clear(); values.Clear(); version++; }
        public bool ContainsKey(TKey key) { return Search(key) >= 0; }
        public bool ContainsValue(TValue value) { return IndexOfValue(value) >= 0; }
        public int IndexOfKey(TKey key) { int i = Search(key); return i < 0 ? -1 : i; }
        public int IndexOfValue(TValue value) {
            EqualityComparer<TValue> c = EqualityComparer<TValue>.Default;
            for (int i = 0; i < values.Count; i++) if (c.Equals(values[i], value)) return i;
            return -1;
        }
        public bool TryGetValue(TKey key, out TValue value) {
            int i = Search(key);
            if (i >= 0) { value = values[i]; return true; }
            value = default(TValue);
            return false;
        }

        public IList<TKey> Keys { get { return new KeyList(this); } }
        public IList<TValue> Values { get { return new ValueList(this); } }
        ICollection<TKey> IDictionary<TKey, TValue>.Keys { get { return Keys; } }
        ICollection<TValue> IDictionary<TKey, TValue>.Values { get { return Values; } }
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys { get { return Keys; } }
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values { get { return Values; } }

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> p) { Add(p.Key, p.Value); }
        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> p) {
            int i = Search(p.Key);
            return i >= 0 && EqualityComparer<TValue>.Default.Equals(values[i], p.Value);
        }
        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> p) {
            int i = Search(p.Key);
            if (i >= 0 && EqualityComparer<TValue>.Default.Equals(values[i], p.Value)) { RemoveAt(i); return true; }
            return false;
        }
        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int index) {
            if (array == null) throw new ArgumentNullException("array");
            for (int i = 0; i < keys.Count; i++) array[index + i] = new KeyValuePair<TKey, TValue>(keys[i], values[i]);
        }

        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        [Serializable]
        sealed class Enumerator : IEnumerator<KeyValuePair<TKey, TValue>> {
            SortedList<TKey, TValue> list;
            int index, version;
            KeyValuePair<TKey, TValue> current;
            internal Enumerator(SortedList<TKey, TValue> list) { this.list = list; version = list.version; }
            public bool MoveNext() {
                if (version != list.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (index < list.keys.Count) {
                    current = new KeyValuePair<TKey, TValue>(list.keys[index], list.values[index]);
                    index++;
                    return true;
                }
                index = list.keys.Count + 1;
                current = new KeyValuePair<TKey, TValue>();
                return false;
            }
            public KeyValuePair<TKey, TValue> Current { get { return current; } }
            object IEnumerator.Current { get { return current; } }
            public void Reset() {
                if (version != list.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                index = 0; current = new KeyValuePair<TKey, TValue>();
            }
            public void Dispose() { }
        }

        /// Live read-only views of the keys / values (as .NET's KeyList / ValueList).
        [Serializable]
        sealed class KeyList : IList<TKey>, IReadOnlyList<TKey> {
            SortedList<TKey, TValue> d;
            internal KeyList(SortedList<TKey, TValue> d) { this.d = d; }
            public int Count { get { return d.keys.Count; } }
            public bool IsReadOnly { get { return true; } }
            public TKey this[int index] {
                get { return d.keys[index]; }
                set { throw new NotSupportedException(NestedMutation); }
            }
            public int IndexOf(TKey key) { return d.IndexOfKey(key); }
            public bool Contains(TKey key) { return d.ContainsKey(key); }
            public void CopyTo(TKey[] array, int index) { d.keys.CopyTo(array, index); }
            public void Add(TKey key) { throw new NotSupportedException(NestedMutation); }
            public void Insert(int index, TKey key) { throw new NotSupportedException(NestedMutation); }
            public bool Remove(TKey key) { throw new NotSupportedException(NestedMutation); }
            public void RemoveAt(int index) { throw new NotSupportedException(NestedMutation); }
            public void Clear() { throw new NotSupportedException(NestedMutation); }
            public IEnumerator<TKey> GetEnumerator() { return new ViewEnumerator<TKey>(d, d.keys); }
            IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
        }
        [Serializable]
        sealed class ValueList : IList<TValue>, IReadOnlyList<TValue> {
            SortedList<TKey, TValue> d;
            internal ValueList(SortedList<TKey, TValue> d) { this.d = d; }
            public int Count { get { return d.values.Count; } }
            public bool IsReadOnly { get { return true; } }
            public TValue this[int index] {
                get { return d.values[index]; }
                set { throw new NotSupportedException(NestedMutation); }
            }
            public int IndexOf(TValue value) { return d.IndexOfValue(value); }
            public bool Contains(TValue value) { return d.ContainsValue(value); }
            public void CopyTo(TValue[] array, int index) { d.values.CopyTo(array, index); }
            public void Add(TValue value) { throw new NotSupportedException(NestedMutation); }
            public void Insert(int index, TValue value) { throw new NotSupportedException(NestedMutation); }
            public bool Remove(TValue value) { throw new NotSupportedException(NestedMutation); }
            public void RemoveAt(int index) { throw new NotSupportedException(NestedMutation); }
            public void Clear() { throw new NotSupportedException(NestedMutation); }
            public IEnumerator<TValue> GetEnumerator() { return new ViewEnumerator<TValue>(d, d.values); }
            IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
        }
        [Serializable]
        sealed class ViewEnumerator<T> : IEnumerator<T> {
            SortedList<TKey, TValue> d;
            List<T> items;
            int index, version;
            T current;
            internal ViewEnumerator(SortedList<TKey, TValue> d, List<T> items) { this.d = d; this.items = items; version = d.version; }
            public bool MoveNext() {
                if (version != d.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (index < items.Count) { current = items[index]; index++; return true; }
                index = items.Count + 1;
                current = default(T);
                return false;
            }
            public T Current { get { return current; } }
            object IEnumerator.Current { get { return current; } }
            public void Reset() { index = 0; current = default(T); }
            public void Dispose() { }
        }
    }

    [Serializable]
    public class SortedSet<T> : ISet<T>, IReadOnlyCollection<T> {
        List<T> items = new List<T>();
        IComparer<T> comparer;
        public SortedSet() : this((IComparer<T>)null) { }
        public SortedSet(IComparer<T> comparer) { this.comparer = comparer ?? Comparer<T>.Default; }
        public SortedSet(IEnumerable<T> collection) : this(collection, null) { }
        public SortedSet(IEnumerable<T> collection, IComparer<T> comparer) : this(comparer) {
            if (collection == null) throw new ArgumentNullException("collection");
            foreach (T x in collection) Add(x);
        }
        public int Count { get { return items.Count; } }
        public IComparer<T> Comparer { get { return comparer; } }
        bool ICollection<T>.IsReadOnly { get { return false; } }
        public T Min { get { return items.Count == 0 ? default(T) : items[0]; } }
        public T Max { get { return items.Count == 0 ? default(T) : items[items.Count - 1]; } }
        int Search(T item) { return items.SearchUnwrapped(item, comparer); }
        public bool Add(T item) {
            int i = Search(item);
            if (i >= 0) return false;
            items.Insert(~i, item);
            return true;
        }
        void ICollection<T>.Add(T item) { Add(item); }
        public bool Remove(T item) {
            int i = Search(item);
            if (i < 0) return false;
            items.RemoveAt(i);
            return true;
        }
        public int RemoveWhere(Predicate<T> match) { return items.RemoveAll(match); }
        public void Clear() { items.Clear(); }
        public bool Contains(T item) { return Search(item) >= 0; }
        public void CopyTo(T[] array, int index) { items.CopyTo(array, index); }
        public IEnumerable<T> Reverse() {
            for (int i = items.Count - 1; i >= 0; i--) yield return items[i];
        }
        public SortedSet<T> GetViewBetween(T lowerValue, T upperValue) {
            SortedSet<T> r = new SortedSet<T>(comparer);
            foreach (T x in items) if (comparer.Compare(x, lowerValue) >= 0 && comparer.Compare(x, upperValue) <= 0) r.items.Add(x);
            return r;
        }
        public void UnionWith(IEnumerable<T> other) { foreach (T x in other) Add(x); }
        public void IntersectWith(IEnumerable<T> other) {
            SortedSet<T> o = new SortedSet<T>(other, comparer);
            items.RemoveAll(delegate (T x) { return !o.Contains(x); });
        }
        public void ExceptWith(IEnumerable<T> other) { foreach (T x in other) Remove(x); }
        public void SymmetricExceptWith(IEnumerable<T> other) {
            foreach (T x in new SortedSet<T>(other, comparer)) if (!Remove(x)) Add(x);
        }
        public bool IsSubsetOf(IEnumerable<T> other) {
            SortedSet<T> o = new SortedSet<T>(other, comparer);
            foreach (T x in items) if (!o.Contains(x)) return false;
            return true;
        }
        public bool IsSupersetOf(IEnumerable<T> other) {
            foreach (T x in other) if (!Contains(x)) return false;
            return true;
        }
        public bool IsProperSubsetOf(IEnumerable<T> other) {
            SortedSet<T> o = new SortedSet<T>(other, comparer);
            return IsSubsetOf(o) && o.Count > Count;
        }
        public bool IsProperSupersetOf(IEnumerable<T> other) {
            SortedSet<T> o = new SortedSet<T>(other, comparer);
            return IsSupersetOf(o) && Count > o.Count;
        }
        public bool TryGetValue(T equalValue, out T actualValue) {
            int i = Search(equalValue);
            if (i >= 0) { actualValue = items[i]; return true; }
            actualValue = default(T);
            return false;
        }
        public void CopyTo(T[] array) { CopyTo(array, 0); }
        public void CopyTo(T[] array, int index, int count) {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (index > array.Length || count > array.Length - index) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            items.CopyTo(0, array, index, Math.Min(count, items.Count));
        }
        public bool Overlaps(IEnumerable<T> other) {
            foreach (T x in other) if (Contains(x)) return true;
            return false;
        }
        public bool SetEquals(IEnumerable<T> other) {
            SortedSet<T> o = new SortedSet<T>(other, comparer);
            return o.Count == Count && IsSupersetOf(o);
        }
        public Enumerator GetEnumerator() { return new Enumerator(items); }
        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return new Enumerator(items); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(items); }

        [Serializable]
        public struct Enumerator : IEnumerator<T> {
            List<T>.Enumerator e;
            internal Enumerator(List<T> list) { e = list.GetEnumerator(); }
            public bool MoveNext() { return e.MoveNext(); }
            public T Current { get { return e.Current; } }
            object IEnumerator.Current { get { return e.Current; } }
            void IEnumerator.Reset() { ((IEnumerator)e).Reset(); }
            public void Dispose() { }
        }
    }
}
