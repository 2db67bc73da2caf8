namespace System.Collections {
    public interface IEnumerable { IEnumerator GetEnumerator(); }
    public interface IEnumerator {
        bool MoveNext();
        object Current { get; }
        void Reset();
    }
    public interface ICollection : IEnumerable {
        int Count { get; }
        bool IsSynchronized { get; }
        object SyncRoot { get; }
        void CopyTo(Array array, int index);
    }
    public interface IList : ICollection {
        object this[int index] { get; set; }
        int Add(object value);
        void Clear();
        bool Contains(object value);
        int IndexOf(object value);
        void Insert(int index, object value);
        void Remove(object value);
        void RemoveAt(int index);
        bool IsReadOnly { get; }
        bool IsFixedSize { get; }
    }
    public interface IComparer { int Compare(object x, object y); }
    public interface IEqualityComparer {
        bool Equals(object x, object y);
        int GetHashCode(object obj);
    }
    public interface IStructuralEquatable { bool Equals(object other, IEqualityComparer comparer); int GetHashCode(IEqualityComparer comparer); }

    [Serializable]
    public sealed class Comparer : IComparer {
        public static readonly Comparer Default = new Comparer();
        public static readonly Comparer DefaultInvariant = Default;
        public int Compare(object a, object b) {
            if (a == b) return 0;
            if (a == null) return -1;
            if (b == null) return 1;
            string sa = a as string;
            string sb = b as string;
            if (sa != null && sb != null) return String.Compare(sa, sb);
            IComparable ia = a as IComparable;
            if (ia != null) return ia.CompareTo(b);
            IComparable ib = b as IComparable;
            if (ib != null) return -ib.CompareTo(a);
            throw new ArgumentException("At least one object must implement IComparable.");
        }
    }

    /// Minimal non-generic list.
    [Serializable]
    public class ArrayList : IList, ICloneable {
        System.Collections.Generic.List<object> items = new System.Collections.Generic.List<object>();
        public ArrayList() { }
        public ArrayList(int capacity) { }
        public ArrayList(ICollection c) { foreach (object o in c) items.Add(o); }
        public virtual int Count { get { return items.Count; } }
        public virtual object this[int index] { get { return items[index]; } set { items[index] = value; } }
        public virtual int Add(object value) { items.Add(value); return items.Count - 1; }
        public virtual void AddRange(ICollection c) { foreach (object o in c) items.Add(o); }
        public virtual void Clear() { items.Clear(); }
        public virtual bool Contains(object value) { return items.Contains(value); }
        public virtual int IndexOf(object value) { return items.IndexOf(value); }
        public virtual void Insert(int index, object value) { items.Insert(index, value); }
        public virtual void Remove(object value) { items.Remove(value); }
        public virtual void RemoveAt(int index) { items.RemoveAt(index); }
        public virtual void Sort() { items.Sort(delegate (object a, object b) { return Comparer.Default.Compare(a, b); }); }
        public virtual void Reverse() { items.Reverse(); }
        public virtual object[] ToArray() { return items.ToArray(); }
        public virtual bool IsReadOnly { get { return false; } }
        public virtual bool IsFixedSize { get { return false; } }
        public virtual bool IsSynchronized { get { return false; } }
        public virtual object SyncRoot { get { return this; } }
        public virtual void CopyTo(Array array, int index) { for (int i = 0; i < items.Count; i++) array.SetValue(items[i], index + i); }
        public virtual IEnumerator GetEnumerator() { return ((IEnumerable)items).GetEnumerator(); }
        public virtual object Clone() { return new ArrayList(this); }
    }
}

namespace System.Collections.Generic {
    public interface IEnumerable<out T> : IEnumerable { new IEnumerator<T> GetEnumerator(); }
    public interface IEnumerator<out T> : IDisposable, IEnumerator { new T Current { get; } }
    public interface ICollection<T> : IEnumerable<T> {
        int Count { get; }
        bool IsReadOnly { get; }
        void Add(T item);
        void Clear();
        bool Contains(T item);
        void CopyTo(T[] array, int arrayIndex);
        bool Remove(T item);
    }
    public interface IList<T> : ICollection<T> {
        T this[int index] { get; set; }
        int IndexOf(T item);
        void Insert(int index, T item);
        void RemoveAt(int index);
    }
    public interface IReadOnlyCollection<out T> : IEnumerable<T> { int Count { get; } }
    public interface IReadOnlyList<out T> : IReadOnlyCollection<T> { T this[int index] { get; } }
    public interface IDictionary<TKey, TValue> : ICollection<KeyValuePair<TKey, TValue>> {
        TValue this[TKey key] { get; set; }
        ICollection<TKey> Keys { get; }
        ICollection<TValue> Values { get; }
        bool ContainsKey(TKey key);
        void Add(TKey key, TValue value);
        bool Remove(TKey key);
        bool TryGetValue(TKey key, out TValue value);
    }
    public interface IReadOnlyDictionary<TKey, TValue> : IReadOnlyCollection<KeyValuePair<TKey, TValue>> {
        TValue this[TKey key] { get; }
        IEnumerable<TKey> Keys { get; }
        IEnumerable<TValue> Values { get; }
        bool ContainsKey(TKey key);
        bool TryGetValue(TKey key, out TValue value);
    }
    public interface ISet<T> : ICollection<T> {
        new bool Add(T item);
        void UnionWith(IEnumerable<T> other);
        void IntersectWith(IEnumerable<T> other);
        void ExceptWith(IEnumerable<T> other);
        void SymmetricExceptWith(IEnumerable<T> other);
        bool IsSubsetOf(IEnumerable<T> other);
        bool IsSupersetOf(IEnumerable<T> other);
        bool IsProperSubsetOf(IEnumerable<T> other);
        bool IsProperSupersetOf(IEnumerable<T> other);
        bool Overlaps(IEnumerable<T> other);
        bool SetEquals(IEnumerable<T> other);
    }
    public interface IComparer<in T> { int Compare(T x, T y); }
    public interface IEqualityComparer<in T> {
        bool Equals(T x, T y);
        int GetHashCode(T obj);
    }

    [Serializable]
    public struct KeyValuePair<TKey, TValue> {
        TKey key;
        TValue value;
        public KeyValuePair(TKey key, TValue value) { this.key = key; this.value = value; }
        public TKey Key { get { return key; } }
        public TValue Value { get { return value; } }
        public override string ToString() {
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            sb.Append('[');
            if (key != null) sb.Append(key.ToString());
            sb.Append(", ");
            if (value != null) sb.Append(value.ToString());
            sb.Append(']');
            return sb.ToString();
        }
        public void Deconstruct(out TKey key, out TValue value) { key = this.key; value = this.value; }
    }

    public static class KeyValuePair {
        public static KeyValuePair<TKey, TValue> Create<TKey, TValue>(TKey key, TValue value) { return new KeyValuePair<TKey, TValue>(key, value); }
    }

    [Serializable]
    public abstract class Comparer<T> : IComparer<T>, IComparer {
        static Comparer<T> defaultComparer;
        public static Comparer<T> Default {
            get {
                if (defaultComparer == null) defaultComparer = new DefaultComparer<T>();
                return defaultComparer;
            }
        }
        public static Comparer<T> Create(Comparison<T> comparison) {
            if (comparison == null) throw new ArgumentNullException("comparison");
            return new ComparisonComparer<T>(comparison);
        }
        public abstract int Compare(T x, T y);
        int IComparer.Compare(object x, object y) {
            if (x == null) return y == null ? 0 : -1;
            if (y == null) return 1;
            if (x is T && y is T) return Compare((T)x, (T)y);
            throw new ArgumentException("Argument_InvalidArgumentForComparison");
        }
    }

    [Serializable]
    sealed class DefaultComparer<T> : Comparer<T> {
        public override int Compare(T x, T y) {
            if (x == null) return y == null ? 0 : -1;
            if (y == null) return 1;
            IComparable<T> g = x as IComparable<T>;
            if (g != null) return g.CompareTo(y);
            IComparable c = x as IComparable;
            if (c != null) return c.CompareTo(y);
            throw new ArgumentException("At least one object must implement IComparable.");
        }
    }

    [Serializable]
    sealed class ComparisonComparer<T> : Comparer<T> {
        Comparison<T> comparison;
        public ComparisonComparer(Comparison<T> comparison) { this.comparison = comparison; }
        public override int Compare(T x, T y) { return comparison(x, y); }
    }

    [Serializable]
    public abstract class EqualityComparer<T> : IEqualityComparer<T>, IEqualityComparer {
        static EqualityComparer<T> defaultComparer;
        public static EqualityComparer<T> Default {
            get {
                if (defaultComparer == null) defaultComparer = new DefaultEqualityComparer<T>();
                return defaultComparer;
            }
        }
        public abstract bool Equals(T x, T y);
        public abstract int GetHashCode(T obj);
        bool IEqualityComparer.Equals(object x, object y) {
            if (x == y) return true;
            if (x == null || y == null) return false;
            if (x is T && y is T) return Equals((T)x, (T)y);
            throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
        }
        int IEqualityComparer.GetHashCode(object obj) {
            if (obj == null) return 0;
            if (obj is T) return GetHashCode((T)obj);
            throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
        }
    }

    /// Uses IEquatable<T> when T implements it, else Object.Equals.
    [Serializable]
    sealed class DefaultEqualityComparer<T> : EqualityComparer<T> {
        public override bool Equals(T x, T y) {
            if (x == null) return y == null;
            if (y == null) return false;
            IEquatable<T> e = x as IEquatable<T>;
            if (e != null) return e.Equals(y);
            return x.Equals(y);
        }
        public override int GetHashCode(T obj) { return obj == null ? 0 : obj.GetHashCode(); }
    }
}
