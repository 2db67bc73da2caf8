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
        public object GetValue(int index1, int index2) { return GetValueFlat(FlatIndex(new int[] { index1, index2 })); }
        public object GetValue(int index1, int index2, int index3) { return GetValueFlat(FlatIndex(new int[] { index1, index2, index3 })); }
        public void SetValue(object value, int index1, int index2) { SetValueFlat(value, FlatIndex(new int[] { index1, index2 })); }
        public void SetValue(object value, int index1, int index2, int index3) { SetValueFlat(value, FlatIndex(new int[] { index1, index2, index3 })); }
        public object GetValue(long index) { return GetValue(checked((int)index)); }
        public void SetValue(object value, long index) { SetValue(value, checked((int)index)); }
        public long GetLongLength(int dimension) { return GetLength(dimension); }
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
        public static int LastIndexOf<T>(T[] array, T value, int startIndex) {
            if (array == null) throw new ArgumentNullException("array");
            return LastIndexOf<T>(array, value, startIndex, array.Length == 0 ? 0 : startIndex + 1);
        }
        public static int LastIndexOf<T>(T[] array, T value, int startIndex, int count) {
            if (array == null) throw new ArgumentNullException("array");
            if (!CheckBackwardRange(array.Length, startIndex, count)) return -1;
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = startIndex; i > startIndex - count; i--) if (c.Equals(array[i], value)) return i;
            return -1;
        }
        /// .NET's argument rules for a backward search of `count` elements ending at `startIndex`;
        /// false for an empty array (nothing to search).
        static bool CheckBackwardRange(int length, int startIndex, int count) {
            if (length == 0) {
                if (startIndex != -1 && startIndex != 0) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
                if (count != 0) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
                return false;
            }
            if (startIndex < 0 || startIndex >= length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex - count + 1 < 0) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            return true;
        }
        public static int IndexOf(Array array, object value, int startIndex) {
            if (array == null) throw new ArgumentNullException("array");
            return IndexOf(array, value, startIndex, array.Length - (startIndex - array.GetLowerBound(0)));
        }
        public static int IndexOf(Array array, object value, int startIndex, int count) {
            if (array == null) throw new ArgumentNullException("array");
            if (array.Rank != 1) throw new RankException("Only single dimensional arrays are supported for the requested action.");
            int lb = array.GetLowerBound(0);
            if (startIndex < lb || startIndex - lb > array.Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex - lb > array.Length - count) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex - lb; i < startIndex - lb + count; i++) if (Object.Equals(array.GetValueFlat(i), value)) return i + lb;
            return lb - 1;
        }
        public static int LastIndexOf(Array array, object value) {
            if (array == null) throw new ArgumentNullException("array");
            int lb = array.GetLowerBound(0);
            return LastIndexOf(array, value, lb + array.Length - 1, array.Length);
        }
        public static int LastIndexOf(Array array, object value, int startIndex) {
            if (array == null) throw new ArgumentNullException("array");
            int lb = array.GetLowerBound(0);
            return LastIndexOf(array, value, startIndex, startIndex + 1 - lb);
        }
        public static int LastIndexOf(Array array, object value, int startIndex, int count) {
            if (array == null) throw new ArgumentNullException("array");
            if (array.Rank != 1) throw new RankException("Only single dimensional arrays are supported for the requested action.");
            int lb = array.GetLowerBound(0);
            if (array.Length == 0) return lb - 1;
            if (startIndex < lb || startIndex - lb >= array.Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            if (count > startIndex - lb + 1) throw new ArgumentOutOfRangeException("endIndex", "endIndex cannot be greater than startIndex.");
            for (int i = startIndex - lb; i > startIndex - lb - count; i--) if (Object.Equals(array.GetValueFlat(i), value)) return i + lb;
            return lb - 1;
        }
        public static void Fill<T>(T[] array, T value) {
            if (array == null) throw new ArgumentNullException("array");
            for (int i = 0; i < array.Length; i++) array[i] = value;
        }
        public static void Fill<T>(T[] array, T value, int startIndex, int count) {
            if (array == null) throw new ArgumentNullException("array");
            if (startIndex < 0 || startIndex > array.Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex > array.Length - count) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex; i < startIndex + count; i++) array[i] = value;
        }
        public static System.Collections.ObjectModel.ReadOnlyCollection<T> AsReadOnly<T>(T[] array) {
            if (array == null) throw new ArgumentNullException("array");
            return new System.Collections.ObjectModel.ReadOnlyCollection<T>(array);
        }
        public static int FindIndex<T>(T[] array, int startIndex, Predicate<T> match) {
            if (array == null) throw new ArgumentNullException("array");
            return FindIndex<T>(array, startIndex, array.Length - startIndex, match);
        }
        public static int FindIndex<T>(T[] array, int startIndex, int count, Predicate<T> match) {
            if (array == null) throw new ArgumentNullException("array");
            if (startIndex < 0 || startIndex > array.Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex > array.Length - count) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            if (match == null) throw new ArgumentNullException("match");
            for (int i = startIndex; i < startIndex + count; i++) if (match(array[i])) return i;
            return -1;
        }
        public static T FindLast<T>(T[] array, Predicate<T> match) {
            int i = FindLastIndex<T>(array, match);
            return i < 0 ? default(T) : array[i];
        }
        public static int FindLastIndex<T>(T[] array, Predicate<T> match) {
            if (array == null) throw new ArgumentNullException("array");
            return FindLastIndex<T>(array, array.Length - 1, array.Length, match);
        }
        public static int FindLastIndex<T>(T[] array, int startIndex, Predicate<T> match) {
            if (array == null) throw new ArgumentNullException("array");
            return FindLastIndex<T>(array, startIndex, startIndex + 1, match);
        }
        public static int FindLastIndex<T>(T[] array, int startIndex, int count, Predicate<T> match) {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            if (array.Length == 0) {
                if (startIndex != -1) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            } else if (startIndex < 0 || startIndex >= array.Length) {
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            }
            if (count < 0 || startIndex - count + 1 < 0) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex; i > startIndex - count; i--) if (match(array[i])) return i;
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
            Comparer<T> c = Comparer<T>.Default;
            ArraySortHelper<T>.Sort(array, 0, array.Length, c.Compare, c);
        }
        public static void Sort<T>(T[] array, int index, int length) {
            Sort<T>(array, index, length, (IComparer<T>)null);
        }
        public static void Sort<T>(T[] array, IComparer<T> comparer) {
            if (array == null) throw new ArgumentNullException("array");
            Sort<T>(array, 0, array.Length, comparer);
        }
        public static void Sort<T>(T[] array, int index, int length, IComparer<T> comparer) {
            if (array == null) throw new ArgumentNullException("array");
            CheckRange(array.Length, index, length);
            if (comparer == null) comparer = Comparer<T>.Default;
            ArraySortHelper<T>.Sort(array, index, length, comparer.Compare, comparer);
        }
        public static void Sort<T>(T[] array, Comparison<T> comparison) {
            if (array == null) throw new ArgumentNullException("array");
            if (comparison == null) throw new ArgumentNullException("comparison");
            ArraySortHelper<T>.Sort(array, 0, array.Length, comparison, comparison);
        }
        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items) {
            if (keys == null) throw new ArgumentNullException("keys");
            Sort<TKey, TValue>(keys, items, 0, keys.Length, null);
        }
        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, IComparer<TKey> comparer) {
            if (keys == null) throw new ArgumentNullException("keys");
            Sort<TKey, TValue>(keys, items, 0, keys.Length, comparer);
        }
        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, int index, int length) {
            Sort<TKey, TValue>(keys, items, index, length, null);
        }
        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, int index, int length, IComparer<TKey> comparer) {
            if (keys == null) throw new ArgumentNullException("keys");
            CheckRange(keys.Length, index, length);
            if (items != null && items.Length - index < length) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (comparer == null) comparer = Comparer<TKey>.Default;
            if (items == null) { ArraySortHelper<TKey>.Sort(keys, index, length, comparer.Compare, comparer); return; }
            if (length < 2) return;
            // Sort (key, item) pairs: the same permutation as sorting the keys alone.
            KeyValuePair<TKey, TValue>[] pairs = new KeyValuePair<TKey, TValue>[length];
            for (int i = 0; i < length; i++) pairs[i] = new KeyValuePair<TKey, TValue>(keys[index + i], items[index + i]);
            IComparer<TKey> c = comparer;
            ArraySortHelper<KeyValuePair<TKey, TValue>>.Sort(pairs, 0, length, delegate (KeyValuePair<TKey, TValue> a, KeyValuePair<TKey, TValue> b) { return c.Compare(a.Key, b.Key); }, comparer);
            for (int i = 0; i < length; i++) { keys[index + i] = pairs[i].Key; items[index + i] = pairs[i].Value; }
        }

        // Non-generic: elements are boxed into an object[] (with the items, if any), sorted, copied back.
        public static void Sort(Array array) {
            if (array == null) throw new ArgumentNullException("array");
            Sort(array, null, array.GetLowerBound(0), array.Length, null);
        }
        public static void Sort(Array array, IComparer comparer) {
            if (array == null) throw new ArgumentNullException("array");
            Sort(array, null, array.GetLowerBound(0), array.Length, comparer);
        }
        public static void Sort(Array keys, Array items) {
            if (keys == null) throw new ArgumentNullException("keys");
            Sort(keys, items, keys.GetLowerBound(0), keys.Length, null);
        }
        public static void Sort(Array keys, Array items, IComparer comparer) {
            if (keys == null) throw new ArgumentNullException("keys");
            Sort(keys, items, keys.GetLowerBound(0), keys.Length, comparer);
        }
        public static void Sort(Array array, int index, int length) {
            Sort(array, null, index, length, null);
        }
        public static void Sort(Array array, int index, int length, IComparer comparer) {
            Sort(array, null, index, length, comparer);
        }
        public static void Sort(Array keys, Array items, int index, int length) {
            Sort(keys, items, index, length, null);
        }
        public static void Sort(Array keys, Array items, int index, int length, IComparer comparer) {
            if (keys == null) throw new ArgumentNullException("keys");
            if (keys.Rank != 1 || (items != null && items.Rank != 1)) throw new RankException("Only single dimensional arrays are supported for the requested action.");
            int lb = keys.GetLowerBound(0);
            if (index < lb || length < 0) throw new ArgumentOutOfRangeException(length < 0 ? "length" : "index", "Non-negative number required.");
            if (keys.Length - (index - lb) < length || (items != null && index - lb > items.Length - length))
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (length < 2) return;
            int start = index - lb;
            object[] k = new object[length];
            for (int i = 0; i < length; i++) k[i] = keys.GetValueFlat(start + i);
            object[] v = null;
            if (items != null) {
                v = new object[length];
                for (int i = 0; i < length; i++) v[i] = items.GetValueFlat(start + i);
            }
            IComparer c = comparer ?? System.Collections.Comparer.Default;
            if (v == null) {
                ArraySortHelper<object>.Sort(k, 0, length, c.Compare, c);
            } else {
                KeyValuePair<object, object>[] pairs = new KeyValuePair<object, object>[length];
                for (int i = 0; i < length; i++) pairs[i] = new KeyValuePair<object, object>(k[i], v[i]);
                ArraySortHelper<KeyValuePair<object, object>>.Sort(pairs, 0, length, delegate (KeyValuePair<object, object> a, KeyValuePair<object, object> b) { return c.Compare(a.Key, b.Key); }, c);
                for (int i = 0; i < length; i++) { k[i] = pairs[i].Key; v[i] = pairs[i].Value; }
                for (int i = 0; i < length; i++) items.SetValueFlat(v[i], start + i);
            }
            for (int i = 0; i < length; i++) keys.SetValueFlat(k[i], start + i);
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
        public static int BinarySearch<T>(T[] array, int index, int length, T value) {
            return BinarySearch<T>(array, index, length, value, null);
        }
        public static int BinarySearch<T>(T[] array, int index, int length, T value, IComparer<T> comparer) {
            if (array == null) throw new ArgumentNullException("array");
            CheckRange(array.Length, index, length);
            if (comparer == null) comparer = Comparer<T>.Default;
            try {
                return ArraySortHelper<T>.BinarySearch(array, index, length, value, comparer);
            } catch (Exception e) {
                throw new InvalidOperationException("Failed to compare two elements in the array.", e);
            }
        }
        public static int BinarySearch(Array array, object value) {
            if (array == null) throw new ArgumentNullException("array");
            return BinarySearch(array, array.GetLowerBound(0), array.Length, value, null);
        }
        public static int BinarySearch(Array array, object value, IComparer comparer) {
            if (array == null) throw new ArgumentNullException("array");
            return BinarySearch(array, array.GetLowerBound(0), array.Length, value, comparer);
        }
        public static int BinarySearch(Array array, int index, int length, object value) {
            return BinarySearch(array, index, length, value, null);
        }
        public static int BinarySearch(Array array, int index, int length, object value, IComparer comparer) {
            if (array == null) throw new ArgumentNullException("array");
            if (array.Rank != 1) throw new RankException("Only single dimensional arrays are supported for the requested action.");
            int lb = array.GetLowerBound(0);
            if (index < lb || length < 0) throw new ArgumentOutOfRangeException(index < lb ? "index" : "length", "Non-negative number required.");
            if (array.Length - (index - lb) < length) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (comparer == null) comparer = System.Collections.Comparer.Default;
            int lo = index, hi = index + length - 1;
            try {
                while (lo <= hi) {
                    int mid = lo + ((hi - lo) >> 1);
                    int c = comparer.Compare(array.GetValueFlat(mid - lb), value);
                    if (c == 0) return mid;
                    if (c < 0) lo = mid + 1; else hi = mid - 1;
                }
            } catch (Exception e) {
                throw new InvalidOperationException("Failed to compare two elements in the array.", e);
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
        /// Sorts a[index..index+length) as Array.Sort does: an exception thrown by the comparison
        /// becomes InvalidOperationException("Failed to compare two elements in the array.") with
        /// it as InnerException; an index out of range (a comparer returning inconsistent results
        /// walks off the partition, or throws IndexOutOfRangeException itself) becomes .NET's
        /// "Unable to sort" ArgumentException naming `comparer` (the IComparer or Comparison).
        internal static void Sort(T[] a, int index, int length, Comparison<T> cmp, object comparer) {
            if (length < 2) return;
            try {
                IntroSort(a, index, index + length - 1, 2 * Log2(length), cmp);
            } catch (IndexOutOfRangeException) {
                throw new ArgumentException("Unable to sort because the IComparer.Compare() method returns inconsistent results. Either a value does not compare equal to itself, or one value repeatedly compared to another value yields different results. IComparer: '" + comparer + "'.");
            } catch (Exception e) {
                throw new InvalidOperationException("Failed to compare two elements in the array.", e);
            }
        }
        /// The same sort, letting the comparison's exceptions through unchanged.
        internal static void SortUnwrapped(T[] a, int index, int length, Comparison<T> cmp) {
            if (length < 2) return;
            IntroSort(a, index, index + length - 1, 2 * Log2(length), cmp);
        }
        /// Binary search of a sorted range; the comparer's exceptions pass through.
        internal static int BinarySearch(T[] array, int index, int length, T value, IComparer<T> comparer) {
            int lo = index, hi = index + length - 1;
            while (lo <= hi) {
                int mid = lo + ((hi - lo) >> 1);
                int c = comparer.Compare(array[mid], value);
                if (c == 0) return mid;
                if (c < 0) lo = mid + 1; else hi = mid - 1;
            }
            return ~lo;
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
