namespace System.Collections.Generic {
    [Serializable]
    public class List<T> : IList<T>, IList, IReadOnlyList<T> {
        T[] items;
        int size;
        int version;
        static readonly T[] empty = new T[0];

        public List() { items = empty; }
        public List(int capacity) {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            items = capacity == 0 ? empty : new T[capacity];
        }
        public List(IEnumerable<T> collection) {
            if (collection == null) throw new ArgumentNullException("collection");
            ICollection<T> c = collection as ICollection<T>;
            if (c != null) {
                int n = c.Count;
                items = n == 0 ? empty : new T[n];
                c.CopyTo(items, 0);
                size = n;
            } else {
                items = empty;
                foreach (T x in collection) Add(x);
            }
        }

        public int Capacity {
            get { return items.Length; }
            set {
                if (value < size) throw new ArgumentOutOfRangeException("value", "capacity was less than the current size.");
                if (value == items.Length) return;
                T[] n = value == 0 ? empty : new T[value];
                if (size > 0) Array.Copy(items, 0, n, 0, size);
                items = n;
            }
        }
        public int Count { get { return size; } }

        public T this[int index] {
            get {
                if ((uint)index >= (uint)size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                return items[index];
            }
            set {
                if ((uint)index >= (uint)size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                items[index] = value;
                version++;
            }
        }

        void Grow(int min) {
            int n = items.Length == 0 ? 4 : items.Length * 2;
            if (n < min) n = min;
            Capacity = n;
        }

        public void Add(T item) {
            if (size == items.Length) Grow(size + 1);
            items[size++] = item;
            version++;
        }
        public void AddRange(IEnumerable<T> collection) { InsertRange(size, collection); }
        public void Insert(int index, T item) {
            if ((uint)index > (uint)size) throw new ArgumentOutOfRangeException("index", "Index must be within the bounds of the List.");
            if (size == items.Length) Grow(size + 1);
            if (index < size) Array.Copy(items, index, items, index + 1, size - index);
            items[index] = item;
            size++;
            version++;
        }
        public void InsertRange(int index, IEnumerable<T> collection) {
            if (collection == null) throw new ArgumentNullException("collection");
            if ((uint)index > (uint)size) throw new ArgumentOutOfRangeException("index", "Index must be within the bounds of the List.");
            List<T> tmp = new List<T>();
            foreach (T x in collection) tmp.Add(x);
            int n = tmp.size;
            if (n == 0) return;
            if (items.Length < size + n) Grow(size + n);
            if (index < size) Array.Copy(items, index, items, index + n, size - index);
            Array.Copy(tmp.items, 0, items, index, n);
            size += n;
            version++;
        }

        public bool Remove(T item) {
            int i = IndexOf(item);
            if (i < 0) return false;
            RemoveAt(i);
            return true;
        }
        public void RemoveAt(int index) {
            if ((uint)index >= (uint)size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            size--;
            if (index < size) Array.Copy(items, index + 1, items, index, size - index);
            items[size] = default(T);
            version++;
        }
        public void RemoveRange(int index, int count) {
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            if (size - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (count == 0) return;
            size -= count;
            if (index < size) Array.Copy(items, index + count, items, index, size - index);
            for (int i = size; i < size + count; i++) items[i] = default(T);
            version++;
        }
        public int RemoveAll(Predicate<T> match) {
            if (match == null) throw new ArgumentNullException("match");
            int j = 0;
            for (int i = 0; i < size; i++) {
                if (!match(items[i])) items[j++] = items[i];
            }
            int removed = size - j;
            for (int i = j; i < size; i++) items[i] = default(T);
            size = j;
            if (removed > 0) version++;
            return removed;
        }
        public void Clear() {
            for (int i = 0; i < size; i++) items[i] = default(T);
            size = 0;
            version++;
        }

        public bool Contains(T item) { return IndexOf(item) >= 0; }
        public int IndexOf(T item) { return Array.IndexOf<T>(items, item, 0, size); }
        public int IndexOf(T item, int index) {
            if (index > size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return Array.IndexOf<T>(items, item, index, size - index);
        }
        public int LastIndexOf(T item) {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = size - 1; i >= 0; i--) if (c.Equals(items[i], item)) return i;
            return -1;
        }
        public int IndexOf(T item, int index, int count) {
            if (index > size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || index > size - count) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            return Array.IndexOf<T>(items, item, index, count);
        }
        public int LastIndexOf(T item, int index) {
            if (index >= size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return LastIndexOf(item, index, index + 1);
        }
        public int LastIndexOf(T item, int index, int count) {
            if (size != 0 && index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (size != 0 && count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (size == 0) return -1;
            if (index >= size) throw new ArgumentOutOfRangeException("index", "Must be less than or equal to the size of the collection.");
            if (count > index + 1) throw new ArgumentOutOfRangeException("count", "Must be less than or equal to the size of the collection.");
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = index; i > index - count; i--) if (c.Equals(items[i], item)) return i;
            return -1;
        }
        public bool Exists(Predicate<T> match) { return FindIndex(match) >= 0; }
        public T Find(Predicate<T> match) {
            int i = FindIndex(match);
            return i < 0 ? default(T) : items[i];
        }
        public T FindLast(Predicate<T> match) {
            int i = FindLastIndex(match);
            return i < 0 ? default(T) : items[i];
        }
        public List<T> FindAll(Predicate<T> match) {
            if (match == null) throw new ArgumentNullException("match");
            List<T> r = new List<T>();
            for (int i = 0; i < size; i++) if (match(items[i])) r.Add(items[i]);
            return r;
        }
        public int FindIndex(Predicate<T> match) { return FindIndex(0, size, match); }
        public int FindIndex(int startIndex, Predicate<T> match) { return FindIndex(startIndex, size - startIndex, match); }
        public int FindIndex(int startIndex, int count, Predicate<T> match) {
            if (match == null) throw new ArgumentNullException("match");
            if ((uint)startIndex > (uint)size) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex > size - count) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex; i < startIndex + count; i++) if (match(items[i])) return i;
            return -1;
        }
        public int FindLastIndex(Predicate<T> match) {
            if (match == null) throw new ArgumentNullException("match");
            for (int i = size - 1; i >= 0; i--) if (match(items[i])) return i;
            return -1;
        }
        public int FindLastIndex(int startIndex, Predicate<T> match) { return FindLastIndex(startIndex, startIndex + 1, match); }
        public int FindLastIndex(int startIndex, int count, Predicate<T> match) {
            if (match == null) throw new ArgumentNullException("match");
            if (size == 0) {
                if (startIndex != -1) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            } else if ((uint)startIndex >= (uint)size) {
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            }
            if (count < 0 || startIndex - count + 1 < 0) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex; i > startIndex - count; i--) if (match(items[i])) return i;
            return -1;
        }
        public bool TrueForAll(Predicate<T> match) {
            if (match == null) throw new ArgumentNullException("match");
            for (int i = 0; i < size; i++) if (!match(items[i])) return false;
            return true;
        }
        public void ForEach(Action<T> action) {
            if (action == null) throw new ArgumentNullException("action");
            int v = version;
            for (int i = 0; i < size; i++) {
                if (v != version) break;
                action(items[i]);
            }
            if (v != version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
        }
        public List<TOutput> ConvertAll<TOutput>(Converter<T, TOutput> converter) {
            if (converter == null) throw new ArgumentNullException("converter");
            List<TOutput> r = new List<TOutput>(size);
            for (int i = 0; i < size; i++) r.Add(converter(items[i]));
            return r;
        }
        public List<T> GetRange(int index, int count) {
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            if (size - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            List<T> r = new List<T>(count);
            Array.Copy(items, index, r.items, 0, count);
            r.size = count;
            return r;
        }

        public void Reverse() { Reverse(0, size); }
        public void Reverse(int index, int count) {
            Array.Reverse<T>(items, index, count);
            version++;
        }
        public void Sort() { Sort(0, size, null); }
        public void Sort(IComparer<T> comparer) { Sort(0, size, comparer); }
        public void Sort(int index, int count, IComparer<T> comparer) {
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            if (size - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            Array.Sort<T>(items, index, count, comparer);
            version++;
        }
        public void Sort(Comparison<T> comparison) {
            if (comparison == null) throw new ArgumentNullException("comparison");
            ArraySortHelper<T>.Sort(items, 0, size, comparison, comparison);
            version++;
        }
        public int BinarySearch(T item) { return Array.BinarySearch<T>(items, 0, size, item, null); }
        public int BinarySearch(T item, IComparer<T> comparer) { return Array.BinarySearch<T>(items, 0, size, item, comparer); }
        public int BinarySearch(int index, int count, T item, IComparer<T> comparer) {
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            if (size - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            return Array.BinarySearch<T>(items, index, count, item, comparer);
        }
        /// Binary search letting the comparer's exceptions through (SortedSet's lookups).
        internal int SearchUnwrapped(T item, IComparer<T> comparer) {
            return ArraySortHelper<T>.BinarySearch(items, 0, size, item, comparer);
        }

        public T[] ToArray() {
            T[] a = new T[size];
            Array.Copy(items, 0, a, 0, size);
            return a;
        }
        public void CopyTo(T[] array) { CopyTo(array, 0); }
        public void CopyTo(T[] array, int arrayIndex) { Array.Copy(items, 0, array, arrayIndex, size); }
        public void CopyTo(int index, T[] array, int arrayIndex, int count) { Array.Copy(items, index, array, arrayIndex, count); }
        public void TrimExcess() { if (size < (int)(items.Length * 0.9)) Capacity = size; }
        public System.Collections.ObjectModel.ReadOnlyCollection<T> AsReadOnly() { return new System.Collections.ObjectModel.ReadOnlyCollection<T>(this); }

        public Enumerator GetEnumerator() { return new Enumerator(this); }
        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        bool ICollection<T>.IsReadOnly { get { return false; } }
        bool IList.IsReadOnly { get { return false; } }
        bool IList.IsFixedSize { get { return false; } }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }
        void ICollection.CopyTo(Array array, int index) { Array.Copy(items, 0, array, index, size); }
        object IList.this[int index] { get { return this[index]; } set { this[index] = (T)value; } }
        int IList.Add(object item) { Add((T)item); return size - 1; }
        bool IList.Contains(object item) { return item is T && Contains((T)item); }
        int IList.IndexOf(object item) { return item is T ? IndexOf((T)item) : -1; }
        void IList.Insert(int index, object item) { Insert(index, (T)item); }
        void IList.Remove(object item) { if (item is T) Remove((T)item); }

        [Serializable]
        public struct Enumerator : IEnumerator<T> {
            List<T> list;
            int index;
            int version;
            T current;

            internal Enumerator(List<T> list) {
                this.list = list;
                index = 0;
                version = list.version;
                current = default(T);
            }
            public bool MoveNext() {
                if (version != list.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (index < list.size) {
                    current = list.items[index];
                    index++;
                    return true;
                }
                index = list.size + 1;
                current = default(T);
                return false;
            }
            public T Current { get { return current; } }
            object IEnumerator.Current {
                get {
                    if (index == 0 || index == list.size + 1) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return current;
                }
            }
            void IEnumerator.Reset() {
                if (version != list.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                index = 0;
                current = default(T);
            }
            public void Dispose() { }
        }
    }
}

namespace System.Collections.ObjectModel {
    using System.Collections.Generic;

    [Serializable]
    public class ReadOnlyCollection<T> : IList<T>, IReadOnlyList<T> {
        IList<T> list;
        public ReadOnlyCollection(IList<T> list) {
            if (list == null) throw new ArgumentNullException("list");
            this.list = list;
        }
        public int Count { get { return list.Count; } }
        public T this[int index] { get { return list[index]; } }
        T IList<T>.this[int index] { get { return list[index]; } set { throw new NotSupportedException("Collection is read-only."); } }
        public bool Contains(T value) { return list.Contains(value); }
        public int IndexOf(T value) { return list.IndexOf(value); }
        public void CopyTo(T[] array, int index) { list.CopyTo(array, index); }
        public IEnumerator<T> GetEnumerator() { return list.GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return list.GetEnumerator(); }
        bool ICollection<T>.IsReadOnly { get { return true; } }
        void ICollection<T>.Add(T item) { throw new NotSupportedException("Collection is read-only."); }
        void ICollection<T>.Clear() { throw new NotSupportedException("Collection is read-only."); }
        bool ICollection<T>.Remove(T item) { throw new NotSupportedException("Collection is read-only."); }
        void IList<T>.Insert(int index, T item) { throw new NotSupportedException("Collection is read-only."); }
        void IList<T>.RemoveAt(int index) { throw new NotSupportedException("Collection is read-only."); }
    }
}
