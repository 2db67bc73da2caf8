namespace System {
    [Serializable]
    public struct Nullable<T> where T : struct {
        readonly bool hasValue;
        internal T value;

        public Nullable(T value) { this.value = value; hasValue = true; }

        public bool HasValue { get { return hasValue; } }
        public T Value {
            get {
                if (!hasValue) throw new InvalidOperationException("Nullable object must have a value.");
                return value;
            }
        }
        public T GetValueOrDefault() { return value; }
        public T GetValueOrDefault(T defaultValue) { return hasValue ? value : defaultValue; }

        public override bool Equals(object other) {
            if (!hasValue) return other == null;
            if (other == null) return false;
            return value.Equals(other);
        }
        public override int GetHashCode() { return hasValue ? value.GetHashCode() : 0; }
        public override string ToString() { return hasValue ? value.ToString() : ""; }

        public static implicit operator T?(T value) { return new T?(value); }
        public static explicit operator T(T? value) { return value.Value; }
    }

    public static class Nullable {
        public static int Compare<T>(T? n1, T? n2) where T : struct {
            if (n1.HasValue) {
                if (n2.HasValue) return System.Collections.Generic.Comparer<T>.Default.Compare(n1.GetValueOrDefault(), n2.GetValueOrDefault());
                return 1;
            }
            return n2.HasValue ? -1 : 0;
        }
        public static bool Equals<T>(T? n1, T? n2) where T : struct {
            if (n1.HasValue) return n2.HasValue && System.Collections.Generic.EqualityComparer<T>.Default.Equals(n1.GetValueOrDefault(), n2.GetValueOrDefault());
            return !n2.HasValue;
        }
        public static Type GetUnderlyingType(Type nullableType) {
            if (nullableType == null) throw new ArgumentNullException("nullableType");
            if (nullableType.IsGenericType && nullableType.Name == "Nullable`1") return nullableType.GetGenericArguments()[0];
            return null;
        }
    }
}
