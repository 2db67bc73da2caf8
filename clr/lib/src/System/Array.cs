using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System {
    /// Base of all arrays. Single-dimensional zero-based arrays (T[]) also implement IList<T>,
    /// ICollection<T>, IEnumerable<T>, IReadOnlyList<T>, IReadOnlyCollection<T>: the runtime
    /// dispatches those interface methods on T[] to the generic static methods of SZArrayHelper.
    [Serializable]
    public abstract class Array : ICloneable, IList, IEnumerable {
        protected Array() { }

        public extern int Length {
            [MethodImpl(MethodImplOptions.InternalCall)] get;
        }
        public long LongLength { get { return Length; } }
        public extern int Rank {
            [MethodImpl(MethodImplOptions.InternalCall)] get;
        }
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern int GetLength(int dimension);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern int GetLowerBound(int dimension);
        public int GetUpperBound(int dimension) { return GetLowerBound(dimension) + GetLength(dimension) - 1; }

        /// Element at the flat (row-major) index, boxed when the element type is a value type.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal extern object GetValueFlat(int index);
        /// Stores value (unboxed/converted as stelem would; InvalidCastException otherwise).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal extern void SetValueFlat(object value, int index);

        /// Array.Copy semantics for arrays of compatible element types (overlap-safe,
        /// ArrayTypeMismatchException / InvalidCastException for incompatible ones). Bounds already checked.
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern void CopyImpl(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length);

        /// Sets `length` elements from the flat index to zero/null. Bounds already checked.
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern void ClearImpl(Array array, int index, int length);

        /// new T[length] for T = elementType (one-dimensional, zero-based).
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern Array CreateVector(Type elementType, int length);

        public static Array CreateInstance(Type elementType, int length) {
            if (elementType == null) throw new ArgumentNullException("elementType");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Non-negative number required.");
            return CreateVector(elementType, length);
        }

        public object GetValue(int index) {
            if ((uint)index >= (uint)Length) throw new IndexOutOfRangeException();
            return GetValueFlat(index);
        }
        public object GetValue(params int[] indices) { return GetValueFlat(FlatIndex(indices)); }
        public void SetValue(object value, int index) {
            if ((uint)index >= (uint)Length) throw new IndexOutOfRangeException();
            SetValueFlat(value, index);
        }
        public void SetValue(object value, params int[] indices) { SetValueFlat(value, FlatIndex(indices)); }
        int FlatIndex(int[] indices) {
            if (indices == null) throw new ArgumentNullException("indices");
            if (indices.Length != Rank) throw new ArgumentException("Indices length does not match the array rank.");
            int flat = 0;
            for (int d = 0; d < indices.Length; d++) {
                int i = indices[d] - GetLowerBound(d);
                if ((uint)i >= (uint)GetLength(d)) throw new IndexOutOfRangeException();
                flat = flat * GetLength(d) + i;
            }
            return flat;
        }

        public object Clone() { return MemberwiseClone(); }

        public static void Copy(Array sourceArray, Array destinationArray, int length) {
            if (sourceArray == null) throw new ArgumentNullException("sourceArray");
            if (destinationArray == null) throw new ArgumentNullException("destinationArray");
            Copy(sourceArray, sourceArray.GetLowerBound(0), destinationArray, destinationArray.GetLowerBound(0), length);
        }
        public static void Copy(Array sourceArray, Array destinationArray, long length) { Copy(sourceArray, destinationArray, (int)length); }
        public static void Copy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length) {
            if (sourceArray == null) throw new ArgumentNullException("sourceArray");
            if (destinationArray == null) throw new ArgumentNullException("destinationArray");
            if (sourceArray.Rank != destinationArray.Rank) throw new RankException("Only single dimension arrays are supported here.");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Value has to be >= 0.");
            int srcLb = sourceArray.GetLowerBound(0), dstLb = destinationArray.GetLowerBound(0);
            if (sourceIndex < srcLb) throw new ArgumentOutOfRangeException("sourceIndex", "Value has to be >= 0.");
            if (destinationIndex < dstLb) throw new ArgumentOutOfRangeException("destinationIndex", "Value has to be >= 0.");
            int s = sourceIndex - srcLb, d = destinationIndex - dstLb;
            if (s > sourceArray.Length - length) throw new ArgumentException("length");
            if (d > destinationArray.Length - length) throw new ArgumentException("Destination array was not long enough. Check destIndex and length, and the array's lower bounds", "destinationArray");
            CopyImpl(sourceArray, s, destinationArray, d, length);
        }
        public static void ConstrainedCopy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length) {
            Copy(sourceArray, sourceIndex, destinationArray, destinationIndex, length);
        }
        public void CopyTo(Array array, int index) { Copy(this, GetLowerBound(0), array, index, Length); }

        public static void Clear(Array array, int index, int length) {
            if (array == null) throw new ArgumentNullException("array");
            int lb = array.GetLowerBound(0);
            if (index < lb || length < 0 || index - lb > array.Length - length) throw new IndexOutOfRangeException();
            ClearImpl(array, index - lb, length);
        }

        public static T[] Empty<T>() { return EmptyArray<T>.Value; }

        public static void Resize<T>(ref T[] array, int newSize) {
            if (newSize < 0) throw new ArgumentOutOfRangeException("newSize", "Non-negative number required.");
            T[] old = array;
            if (old == null) { array = new T[newSize]; return; }
            if (old.Length == newSize) return;
            T[] a = new T[newSize];
            Copy(old, 0, a, 0, old.Length < newSize ? old.Length : newSize);
            array = a;
        }

        public static int IndexOf(Array array, object value) {
            if (array == null) throw new ArgumentNullException("array");
            for (int i = 0; i < array.Length; i++) if (Object.Equals(array.GetValueFlat(i), value)) return i;
            return -1;
        }
        public static int IndexOf<T>(T[] array, T value) {
            if (array == null) throw new ArgumentNullException("array");
            return IndexOf<T>(array, value, 0, array.Length);
        }
        public static int IndexOf<T>(T[] array, T value, int startIndex) {
            if (array == null) throw new ArgumentNullException("array");
            return IndexOf<T>(array, value, startIndex, array.Length - startIndex);
        }
        public static int IndexOf<T>(T[] array, T value, int startIndex, int count) {
            if (array == null) throw new ArgumentNullException("array");
            if (startIndex < 0 || startIndex > array.Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex > array.Length - count) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = startIndex; i < startIndex + count; i++) if (c.Equals(array[i], value)) return i;
            return -1;
        }
        public static int LastIndexOf<T>(T[] array, T value) {
            if (array == null) throw new ArgumentNullException("array");
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = array.Length - 1; i >= 0; i--) if (c.Equals(array[i], value)) return i;
            return -1;
        }
        public static bool Exists<T>(T[] array, Predicate<T> match) { return FindIndex(array, match) >= 0; }
        public static T Find<T>(T[] array, Predicate<T> match) {
            int i = FindIndex(array, match);
            return i < 0 ? default(T) : array[i];
        }
        public static int FindIndex<T>(T[] array, Predicate<T> match) {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            for (int i = 0; i < array.Length; i++) if (match(array[i])) return i;
            return -1;
        }
        public static T[] FindAll<T>(T[] array, Predicate<T> match) {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            List<T> r = new List<T>();
            for (int i = 0; i < array.Length; i++) if (match(array[i])) r.Add(array[i]);
            return r.ToArray();
        }
        public static bool TrueForAll<T>(T[] array, Predicate<T> match) {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            for (int i = 0; i < array.Length; i++) if (!match(array[i])) return false;
            return true;
        }
        public static void ForEach<T>(T[] array, Action<T> action) {
            if (array == null) throw new ArgumentNullException("array");
            if (action == null) throw new ArgumentNullException("action");
            for (int i = 0; i < array.Length; i++) action(array[i]);
        }
        public static TOutput[] ConvertAll<TInput, TOutput>(TInput[] array, Converter<TInput, TOutput> converter) {
            if (array == null) throw new ArgumentNullException("array");
            if (converter == null) throw new ArgumentNullException("converter");
            TOutput[] r = new TOutput[array.Length];
            for (int i = 0; i < array.Length; i++) r[i] = converter(array[i]);
            return r;
        }

        public static void Reverse(Array array) {
            if (array == null) throw new ArgumentNullException("array");
            Reverse(array, 0, array.Length);
        }
        public static void Reverse(Array array, int index, int length) {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0 || length < 0 || index > array.Length - length) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "length", "Non-negative number required.");
            int i = index, j = index + length - 1;
            while (i < j) {
                object t = array.GetValueFlat(i);
                array.SetValueFlat(array.GetValueFlat(j), i);
                array.SetValueFlat(t, j);
                i++; j--;
            }
        }
        public static void Reverse<T>(T[] array) {
            if (array == null) throw new ArgumentNullException("array");
            Reverse<T>(array, 0, array.Length);
        }
        public static void Reverse<T>(T[] array, int index, int length) {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0 || length < 0 || index > array.Length - length) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "length", "Non-negative number required.");
            int i = index, j = index + length - 1;
            while (i < j) { T t = array[i]; array[i] = array[j]; array[j] = t; i++; j--; }
        }

        // ---- sorting (introsort-like: quicksort + insertion sort + heapsort fallback; unstable) ----

        public static void Sort<T>(T[] array) {
            if (array == null) throw new ArgumentNullException("array");
            ArraySortHelper<T>.Sort(array, 0, array.Length, Comparer<T>.Default.Compare);
        }
        public static void Sort<T>(T[] array, int index, int length) {
            if (array == null) throw new ArgumentNullException("array");
            CheckRange(array.Length, index, length);
            ArraySortHelper<T>.Sort(array, index, length, Comparer<T>.Default.Compare);
        }
        public static void Sort<T>(T[] array, IComparer<T> comparer) {
            if (array == null) throw new ArgumentNullException("array");
            if (comparer == null) comparer = Comparer<T>.Default;
            ArraySortHelper<T>.Sort(array, 0, array.Length, comparer.Compare);
        }
        public static void Sort<T>(T[] array, int index, int length, IComparer<T> comparer) {
            if (array == null) throw new ArgumentNullException("array");
            CheckRange(array.Length, index, length);
            if (comparer == null) comparer = Comparer<T>.Default;
            ArraySortHelper<T>.Sort(array, index, length, comparer.Compare);
        }
        public static void Sort<T>(T[] array, Comparison<T> comparison) {
            if (array == null) throw new ArgumentNullException("array");
            if (comparison == null) throw new ArgumentNullException("comparison");
            ArraySortHelper<T>.Sort(array, 0, array.Length, comparison);
        }
        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items) {
            if (keys == null) throw new ArgumentNullException("keys");
            if (items == null) { Sort<TKey>(keys); return; }
            KeyValuePair<TKey, TValue>[] pairs = new KeyValuePair<TKey, TValue>[keys.Length];
            for (int i = 0; i < keys.Length; i++) pairs[i] = new KeyValuePair<TKey, TValue>(keys[i], items[i]);
            Comparer<TKey> c = Comparer<TKey>.Default;
            ArraySortHelper<KeyValuePair<TKey, TValue>>.Sort(pairs, 0, pairs.Length, delegate (KeyValuePair<TKey, TValue> a, KeyValuePair<TKey, TValue> b) { return c.Compare(a.Key, b.Key); });
            for (int i = 0; i < keys.Length; i++) { keys[i] = pairs[i].Key; items[i] = pairs[i].Value; }
        }
        public static void Sort(Array array) {
            if (array == null) throw new ArgumentNullException("array");
            object[] tmp = new object[array.Length];
            for (int i = 0; i < tmp.Length; i++) tmp[i] = array.GetValueFlat(i);
            Sort<object>(tmp, Comparer<object>.Create(System.Collections.Comparer.Default.Compare));
            for (int i = 0; i < tmp.Length; i++) array.SetValueFlat(tmp[i], i);
        }
        static void CheckRange(int len, int index, int length) {
            if (index < 0 || length < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "length", "Non-negative number required.");
            if (len - index < length) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        }

        public static int BinarySearch<T>(T[] array, T value) {
            if (array == null) throw new ArgumentNullException("array");
            return BinarySearch<T>(array, 0, array.Length, value, null);
        }
        public static int BinarySearch<T>(T[] array, T value, IComparer<T> comparer) {
            if (array == null) throw new ArgumentNullException("array");
            return BinarySearch<T>(array, 0, array.Length, value, comparer);
        }
        public static int BinarySearch<T>(T[] array, int index, int length, T value, IComparer<T> comparer) {
            if (comparer == null) comparer = Comparer<T>.Default;
            int lo = index, hi = index + length - 1;
            while (lo <= hi) {
                int mid = lo + ((hi - lo) >> 1);
                int c = comparer.Compare(array[mid], value);
                if (c == 0) return mid;
                if (c < 0) lo = mid + 1; else hi = mid - 1;
            }
            return ~lo;
        }

        // ---- non-generic interfaces ----

        public IEnumerator GetEnumerator() { return new ArrayEnumerator(this); }
        int ICollection.Count { get { return Length; } }
        public bool IsSynchronized { get { return false; } }
        public object SyncRoot { get { return this; } }
        public bool IsReadOnly { get { return false; } }
        public bool IsFixedSize { get { return true; } }
        object IList.this[int index] { get { return GetValue(index); } set { SetValue(value, index); } }
        int IList.Add(object value) { throw new NotSupportedException("Collection was of a fixed size."); }
        void IList.Clear() { Clear(this, GetLowerBound(0), Length); }
        bool IList.Contains(object value) { return IndexOf(this, value) >= 0; }
        int IList.IndexOf(object value) { return IndexOf(this, value); }
        void IList.Insert(int index, object value) { throw new NotSupportedException("Collection was of a fixed size."); }
        void IList.Remove(object value) { throw new NotSupportedException("Collection was of a fixed size."); }
        void IList.RemoveAt(int index) { throw new NotSupportedException("Collection was of a fixed size."); }

        sealed class ArrayEnumerator : IEnumerator {
            Array array;
            int index = -1;
            public ArrayEnumerator(Array a) { array = a; }
            public bool MoveNext() {
                if (index < array.Length) index++;
                return index < array.Length;
            }
            public object Current {
                get {
                    if (index < 0) throw new InvalidOperationException("Enumeration has not started. Call MoveNext.");
                    if (index >= array.Length) throw new InvalidOperationException("Enumeration already finished.");
                    return array.GetValueFlat(index);
                }
            }
            public void Reset() { index = -1; }
        }
    }

    internal static class EmptyArray<T> {
        public static readonly T[] Value = new T[0];
    }

    internal static class ArraySortHelper<T> {
        internal static void Sort(T[] a, int index, int length, Comparison<T> cmp) {
            if (length < 2) return;
            int depth = 2 * Log2(length);
            IntroSort(a, index, index + length - 1, depth, cmp);
        }
        static int Log2(int n) { int r = 0; while (n > 1) { n >>= 1; r++; } return r + 1; }

        static void Swap(T[] a, int i, int j) { T t = a[i]; a[i] = a[j]; a[j] = t; }
        static void SwapIfGreater(T[] a, Comparison<T> cmp, int i, int j) {
            if (i != j && cmp(a[i], a[j]) > 0) Swap(a, i, j);
        }

        static void IntroSort(T[] a, int lo, int hi, int depth, Comparison<T> cmp) {
            while (hi > lo) {
                int size = hi - lo + 1;
                if (size <= 16) {
                    if (size == 2) { SwapIfGreater(a, cmp, lo, hi); return; }
                    if (size == 3) { SwapIfGreater(a, cmp, lo, hi - 1); SwapIfGreater(a, cmp, lo, hi); SwapIfGreater(a, cmp, hi - 1, hi); return; }
                    InsertionSort(a, lo, hi, cmp);
                    return;
                }
                if (depth == 0) { HeapSort(a, lo, hi, cmp); return; }
                depth--;
                int p = Partition(a, lo, hi, cmp);
                IntroSort(a, p + 1, hi, depth, cmp);
                hi = p - 1;
            }
        }

        static int Partition(T[] a, int lo, int hi, Comparison<T> cmp) {
            int mid = lo + ((hi - lo) >> 1);
            SwapIfGreater(a, cmp, lo, mid);
            SwapIfGreater(a, cmp, lo, hi);
            SwapIfGreater(a, cmp, mid, hi);
            T pivot = a[mid];
            Swap(a, mid, hi - 1);
            int left = lo, right = hi - 1;
            while (left < right) {
                while (cmp(a[++left], pivot) < 0) { }
                while (cmp(pivot, a[--right]) < 0) { }
                if (left >= right) break;
                Swap(a, left, right);
            }
            if (left != hi - 1) Swap(a, left, hi - 1);
            return left;
        }

        static void InsertionSort(T[] a, int lo, int hi, Comparison<T> cmp) {
            for (int i = lo; i < hi; i++) {
                int j = i;
                T t = a[i + 1];
                while (j >= lo && cmp(t, a[j]) < 0) { a[j + 1] = a[j]; j--; }
                a[j + 1] = t;
            }
        }

        static void HeapSort(T[] a, int lo, int hi, Comparison<T> cmp) {
            int n = hi - lo + 1;
            for (int i = n >> 1; i >= 1; i--) DownHeap(a, i, n, lo, cmp);
            for (int i = n; i > 1; i--) {
                Swap(a, lo, lo + i - 1);
                DownHeap(a, 1, i - 1, lo, cmp);
            }
        }
        static void DownHeap(T[] a, int i, int n, int lo, Comparison<T> cmp) {
            T d = a[lo + i - 1];
            while (i <= n >> 1) {
                int child = 2 * i;
                if (child < n && cmp(a[lo + child - 1], a[lo + child]) < 0) child++;
                if (!(cmp(d, a[lo + child - 1]) < 0)) break;
                a[lo + i - 1] = a[lo + child - 1];
                i = child;
            }
            a[lo + i - 1] = d;
        }
    }

    /// Implementations of the generic collection interfaces for T[] (see Array's comment).
    /// Each method takes the array as its first parameter.
    internal static class SZArrayHelper {
        internal static IEnumerator<T> GetEnumerator<T>(T[] array) { return new SZEnumerator<T>(array); }
        internal static int get_Count<T>(T[] array) { return array.Length; }
        internal static bool get_IsReadOnly<T>(T[] array) { return true; }
        internal static T get_Item<T>(T[] array, int index) {
            if ((uint)index >= (uint)array.Length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return array[index];
        }
        internal static void set_Item<T>(T[] array, int index, T value) {
            if ((uint)index >= (uint)array.Length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            array[index] = value;
        }
        internal static void Add<T>(T[] array, T item) { throw new NotSupportedException("Collection was of a fixed size."); }
        internal static void Clear<T>(T[] array) { throw new NotSupportedException("Collection is read-only."); }
        internal static bool Contains<T>(T[] array, T item) { return Array.IndexOf<T>(array, item) >= 0; }
        internal static void CopyTo<T>(T[] array, T[] dest, int index) { Array.Copy(array, 0, dest, index, array.Length); }
        internal static bool Remove<T>(T[] array, T item) { throw new NotSupportedException("Collection was of a fixed size."); }
        internal static int IndexOf<T>(T[] array, T item) { return Array.IndexOf<T>(array, item); }
        internal static void Insert<T>(T[] array, int index, T item) { throw new NotSupportedException("Collection was of a fixed size."); }
        internal static void RemoveAt<T>(T[] array, int index) { throw new NotSupportedException("Collection was of a fixed size."); }

        sealed class SZEnumerator<T> : IEnumerator<T> {
            T[] array;
            int index = -1;
            public SZEnumerator(T[] a) { array = a; }
            public bool MoveNext() {
                if (index < array.Length) index++;
                return index < array.Length;
            }
            public T Current {
                get {
                    if (index < 0) throw new InvalidOperationException("Enumeration has not started. Call MoveNext.");
                    if (index >= array.Length) throw new InvalidOperationException("Enumeration already finished.");
                    return array[index];
                }
            }
            object IEnumerator.Current { get { return Current; } }
            public void Reset() { index = -1; }
            public void Dispose() { }
        }
    }
}
