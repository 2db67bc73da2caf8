using System.Collections;
using System.Collections.Generic;

namespace System {
    [Serializable]
    public abstract class StringComparer : IComparer, IEqualityComparer, IComparer<string>, IEqualityComparer<string> {
        static readonly StringComparer ordinal = new OrdinalComparer(false);
        static readonly StringComparer ordinalIgnoreCase = new OrdinalComparer(true);
        static readonly StringComparer culture = new CultureComparer(false);
        static readonly StringComparer cultureIgnoreCase = new CultureComparer(true);

        public static StringComparer Ordinal { get { return ordinal; } }
        public static StringComparer OrdinalIgnoreCase { get { return ordinalIgnoreCase; } }
        public static StringComparer InvariantCulture { get { return culture; } }
        public static StringComparer InvariantCultureIgnoreCase { get { return cultureIgnoreCase; } }
        public static StringComparer CurrentCulture { get { return culture; } }
        public static StringComparer CurrentCultureIgnoreCase { get { return cultureIgnoreCase; } }

        public abstract int Compare(string x, string y);
        public abstract bool Equals(string x, string y);
        public abstract int GetHashCode(string obj);

        public int Compare(object x, object y) {
            if (x == y) return 0;
            if (x == null) return -1;
            if (y == null) return 1;
            string sx = x as string, sy = y as string;
            if (sx != null && sy != null) return Compare(sx, sy);
            IComparable ix = x as IComparable;
            if (ix != null) return ix.CompareTo(y);
            throw new ArgumentException("At least one object must implement IComparable.");
        }
        public new bool Equals(object x, object y) {
            if (x == y) return true;
            if (x == null || y == null) return false;
            string sx = x as string, sy = y as string;
            if (sx != null && sy != null) return Equals(sx, sy);
            return x.Equals(y);
        }
        public int GetHashCode(object obj) {
            if (obj == null) throw new ArgumentNullException("obj");
            string s = obj as string;
            return s != null ? GetHashCode(s) : obj.GetHashCode();
        }

        sealed class OrdinalComparer : StringComparer {
            bool ignoreCase;
            public OrdinalComparer(bool ignoreCase) { this.ignoreCase = ignoreCase; }
            public override int Compare(string x, string y) { return String.Compare(x, y, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal); }
            public override bool Equals(string x, string y) { return String.Equals(x, y, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal); }
            public override int GetHashCode(string obj) {
                if (obj == null) throw new ArgumentNullException("obj");
                return ignoreCase ? obj.ToUpperInvariant().GetHashCode() : obj.GetHashCode();
            }
        }
        sealed class CultureComparer : StringComparer {
            bool ignoreCase;
            public CultureComparer(bool ignoreCase) { this.ignoreCase = ignoreCase; }
            public override int Compare(string x, string y) { return String.Compare(x, y, ignoreCase); }
            public override bool Equals(string x, string y) { return String.Compare(x, y, ignoreCase) == 0; }
            public override int GetHashCode(string obj) {
                if (obj == null) throw new ArgumentNullException("obj");
                return ignoreCase ? obj.ToUpperInvariant().GetHashCode() : obj.GetHashCode();
            }
        }
    }
}
