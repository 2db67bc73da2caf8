using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace System {
    /// Strings are laid out by the runtime (header + length + UTF-16 units); no C# instance fields.
    [Serializable]
    public sealed class String : IComparable, ICloneable, IComparable<string>, IEquatable<string>, IEnumerable<char> {
        public static readonly string Empty = "";

        public extern int Length {
            [MethodImpl(MethodImplOptions.InternalCall)] get;
        }

        [System.Runtime.CompilerServices.IndexerName("Chars")]
        public extern char this[int index] {
            [MethodImpl(MethodImplOptions.InternalCall)] get;
        }

        /// New string holding value[start .. start+length). Arguments are already validated.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string FromChars(char[] value, int start, int length);

        // Constructors: the runtime turns `newobj String::.ctor(args)` into a call of the
        // static `Ctor(args)` twin below with the same parameters (see NATIVES.txt).
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern String(char[] value);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern String(char[] value, int startIndex, int length);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern String(char c, int count);

        internal static string Ctor(char[] value) {
            if (value == null) return Empty;
            return FromChars(value, 0, value.Length);
        }
        internal static string Ctor(char[] value, int startIndex, int length) {
            if (value == null) throw new ArgumentNullException("value");
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            if (startIndex > value.Length - length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return FromChars(value, startIndex, length);
        }
        internal static string Ctor(char c, int count) {
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            char[] a = new char[count];
            for (int i = 0; i < count; i++) a[i] = c;
            return FromChars(a, 0, count);
        }

        // ---- equality / hashing / comparison ----

        public override bool Equals(object obj) {
            string s = obj as string;
            return s != null && EqualsHelper(this, s);
        }
        public bool Equals(string value) { return value != null && EqualsHelper(this, value); }
        public bool Equals(string value, StringComparison comparisonType) {
            if (value == null) return false;
            if (comparisonType == StringComparison.OrdinalIgnoreCase || comparisonType == StringComparison.InvariantCultureIgnoreCase || comparisonType == StringComparison.CurrentCultureIgnoreCase)
                return Length == value.Length && CompareOrdinalIgnoreCase(this, value) == 0;
            return EqualsHelper(this, value);
        }
        public static bool Equals(string a, string b) {
            if ((object)a == (object)b) return true;
            if ((object)a == null || (object)b == null) return false;
            return EqualsHelper(a, b);
        }
        public static bool Equals(string a, string b, StringComparison comparisonType) {
            if ((object)a == (object)b) return true;
            if ((object)a == null || (object)b == null) return false;
            return a.Equals(b, comparisonType);
        }
        static bool EqualsHelper(string a, string b) {
            if ((object)a == (object)b) return true;
            int n = a.Length;
            if (n != b.Length) return false;
            for (int i = 0; i < n; i++) if (a[i] != b[i]) return false;
            return true;
        }
        public static bool operator ==(string a, string b) { return Equals(a, b); }
        public static bool operator !=(string a, string b) { return !Equals(a, b); }

        public override int GetHashCode() {
            int h = 0;
            int n = Length;
            for (int i = 0; i < n; i++) h = (h << 5) - h + this[i];
            return h;
        }

        public int CompareTo(object value) {
            if (value == null) return 1;
            string s = value as string;
            if (s == null) throw new ArgumentException("Object must be of type String.");
            return Compare(this, s);
        }
        public int CompareTo(string strB) { return strB == null ? 1 : Compare(this, strB); }

        /// Invariant-culture comparison is approximated: case-insensitive first, lower case before upper.
        public static int Compare(string strA, string strB) { return CultureCompare(strA, strB, false); }
        public static int Compare(string strA, string strB, bool ignoreCase) { return CultureCompare(strA, strB, ignoreCase); }
        public static int Compare(string strA, string strB, StringComparison comparisonType) {
            switch (comparisonType) {
                case StringComparison.Ordinal: return CompareOrdinal(strA, strB);
                case StringComparison.OrdinalIgnoreCase:
                    if ((object)strA == (object)strB) return 0;
                    if (strA == null) return -1;
                    if (strB == null) return 1;
                    return CompareOrdinalIgnoreCase(strA, strB);
                case StringComparison.CurrentCultureIgnoreCase:
                case StringComparison.InvariantCultureIgnoreCase:
                    return CultureCompare(strA, strB, true);
                default: return CultureCompare(strA, strB, false);
            }
        }
        public static int Compare(string strA, string strB, bool ignoreCase, System.Globalization.CultureInfo culture) {
            if (culture == null) throw new ArgumentNullException("culture");
            return CultureCompare(strA, strB, ignoreCase);
        }
        public static int Compare(string strA, string strB, System.Globalization.CultureInfo culture, System.Globalization.CompareOptions options) {
            if (culture == null) throw new ArgumentNullException("culture");
            switch (options) {
                case System.Globalization.CompareOptions.None: return CultureCompare(strA, strB, false);
                case System.Globalization.CompareOptions.IgnoreCase: return CultureCompare(strA, strB, true);
                case System.Globalization.CompareOptions.Ordinal: return Compare(strA, strB, StringComparison.Ordinal);
                case System.Globalization.CompareOptions.OrdinalIgnoreCase: return Compare(strA, strB, StringComparison.OrdinalIgnoreCase);
                default: throw new ArgumentException("Value of flags is invalid.", "options");
            }
        }
        public static int Compare(string strA, int indexA, string strB, int indexB, int length, bool ignoreCase) {
            return Compare(strA, indexA, strB, indexB, length, ignoreCase ? StringComparison.CurrentCultureIgnoreCase : StringComparison.CurrentCulture);
        }
        public static int Compare(string strA, int indexA, string strB, int indexB, int length) {
            return Compare(strA.Substring(indexA, Math.Min(length, strA.Length - indexA)), strB.Substring(indexB, Math.Min(length, strB.Length - indexB)));
        }
        public static int Compare(string strA, int indexA, string strB, int indexB, int length, StringComparison comparisonType) {
            return Compare(strA.Substring(indexA, Math.Min(length, strA.Length - indexA)), strB.Substring(indexB, Math.Min(length, strB.Length - indexB)), comparisonType);
        }

        /// Approximation of the invariant culture's collation (Unicode collation as Mono uses it):
        /// control characters (not tab/newlines), '-', apostrophes and soft hyphens are ignored at first; primary order is
        /// space < other whitespace < punctuation < symbols < digits < letters, letters compared without case
        /// and accents (Latin-1 folded to the base letter); then accents (plain first), then case
        /// (lower first), then the number of ignored characters (more is greater), then ordinal.
        static int CultureCompare(string a, string b, bool ignoreCase) {
            if ((object)a == (object)b) return 0;
            if (a == null) return -1;
            if (b == null) return 1;
            int accent = 0, caseDiff = 0;
            int i = 0, j = 0, na = a.Length, nb = b.Length;
            while (true) {
                while (i < na && IsIgnorable(a[i])) i++;
                while (j < nb && IsIgnorable(b[j])) j++;
                if (i >= na || j >= nb) break;
                char ca = a[i], cb = b[j];
                if (ca != cb) {
                    char ba = BaseLetter(ca), bb = BaseLetter(cb);
                    int ka = PrimaryKey(ba), kb = PrimaryKey(bb);
                    if (ka != kb) return ka < kb ? -1 : 1;
                    if (accent == 0 && Char.ToLowerInvariant(ca) != Char.ToLowerInvariant(cb)) {
                        bool pa = BaseLetter(Char.ToLowerInvariant(ca)) == Char.ToLowerInvariant(ca);
                        bool pb = BaseLetter(Char.ToLowerInvariant(cb)) == Char.ToLowerInvariant(cb);
                        accent = pa == pb ? (Char.ToLowerInvariant(ca) < Char.ToLowerInvariant(cb) ? -1 : 1) : (pa ? -1 : 1);
                    }
                    if (caseDiff == 0 && Char.IsLower(ca) != Char.IsLower(cb)) caseDiff = Char.IsLower(ca) ? -1 : 1;
                }
                i++; j++;
            }
            bool moreA = false, moreB = false;
            while (i < na) { if (!IsIgnorable(a[i])) moreA = true; i++; }
            while (j < nb) { if (!IsIgnorable(b[j])) moreB = true; j++; }
            if (moreA != moreB) return moreA ? 1 : -1;
            if (accent != 0) return accent;
            if (!ignoreCase && caseDiff != 0) return caseDiff;
            int ia = CountIgnorable(a), ib = CountIgnorable(b);
            if (ia != ib) return ia > ib ? 1 : -1;
            int c = ignoreCase ? CompareOrdinalIgnoreCase(a, b) : CompareOrdinal(a, b);
            return c < 0 ? -1 : (c > 0 ? 1 : 0);
        }
        static bool IsIgnorable(char c) { return c < '\t' || (c > '\r' && c < ' ') || (c >= '\u007f' && c <= '\u009f') || c == '-' || c == '\'' || c == '\u00ad'; }
        static int CountIgnorable(string s) {
            int n = 0;
            for (int i = 0; i < s.Length; i++) if (IsIgnorable(s[i])) n++;
            return n;
        }
        static readonly string latin1Base = "AAAAAAACEEEEIIIIDNOOOOO*OUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
        static char BaseLetter(char c) {
            if (c < '\u00c0' || c > '\u00ff') return c;
            char b = latin1Base[c - 0xc0];
            return b == '*' || b == '/' ? c : b;
        }
        static int PrimaryKey(char c) {
            if (c == ' ') return 0x10000;
            if (Char.IsWhiteSpace(c)) return 0x10100 + c;   // tab, newlines... sort after space
            if (c >= '0' && c <= '9') return 0x40000 + c;
            if (Char.IsLetter(c)) return 0x50000 + Char.ToLowerInvariant(c);
            if (Char.IsPunctuation(c)) return 0x20000 + c;
            return 0x30000 + c;
        }

        public static int CompareOrdinal(string strA, string strB) {
            if ((object)strA == (object)strB) return 0;
            if (strA == null) return -1;
            if (strB == null) return 1;
            int n = Math.Min(strA.Length, strB.Length);
            for (int i = 0; i < n; i++) {
                int d = strA[i] - strB[i];
                if (d != 0) return d;
            }
            return strA.Length - strB.Length;
        }
        public static int CompareOrdinal(string strA, int indexA, string strB, int indexB, int length) {
            return CompareOrdinal(strA.Substring(indexA, Math.Min(length, strA.Length - indexA)), strB.Substring(indexB, Math.Min(length, strB.Length - indexB)));
        }
        static int CompareOrdinalIgnoreCase(string a, string b) {
            int n = Math.Min(a.Length, b.Length);
            for (int i = 0; i < n; i++) {
                int d = Char.ToUpperInvariant(a[i]) - Char.ToUpperInvariant(b[i]);
                if (d != 0) return d;
            }
            return a.Length - b.Length;
        }

        // ---- simple queries ----

        public static bool IsNullOrEmpty(string value) { return value == null || value.Length == 0; }
        public static bool IsNullOrWhiteSpace(string value) {
            if (value == null) return true;
            for (int i = 0; i < value.Length; i++) if (!Char.IsWhiteSpace(value[i])) return false;
            return true;
        }

        public char[] ToCharArray() {
            int n = Length;
            char[] a = new char[n];
            for (int i = 0; i < n; i++) a[i] = this[i];
            return a;
        }
        public char[] ToCharArray(int startIndex, int length) {
            if (startIndex < 0 || length < 0 || startIndex > Length - length) throw new ArgumentOutOfRangeException("startIndex");
            char[] a = new char[length];
            for (int i = 0; i < length; i++) a[i] = this[startIndex + i];
            return a;
        }
        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count) {
            if (destination == null) throw new ArgumentNullException("destination");
            if (count < 0 || sourceIndex < 0 || destinationIndex < 0 || sourceIndex > Length - count || destinationIndex > destination.Length - count)
                throw new ArgumentOutOfRangeException("count");
            for (int i = 0; i < count; i++) destination[destinationIndex + i] = this[sourceIndex + i];
        }

        public override string ToString() { return this; }
        public string ToString(IFormatProvider provider) { return this; }
        public object Clone() { return this; }
        public TypeCode GetTypeCode() { return TypeCode.String; }
        public static string Copy(string str) {
            if (str == null) throw new ArgumentNullException("str");
            return FromChars(str.ToCharArray(), 0, str.Length);
        }
        public static string Intern(string str) { return str; }

        public CharEnumerator GetEnumerator() { return new CharEnumerator(this); }
        IEnumerator<char> IEnumerable<char>.GetEnumerator() { return new CharEnumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new CharEnumerator(this); }

        // ---- substring / search ----

        public string Substring(int startIndex) { return Substring(startIndex, Length - startIndex); }
        public string Substring(int startIndex, int length) {
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (startIndex > Length) throw new ArgumentOutOfRangeException("startIndex", "startIndex cannot be larger than length of string.");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            if (startIndex > Length - length) throw new ArgumentOutOfRangeException("length", "Index and length must refer to a location within the string.");
            if (startIndex == 0 && length == Length) return this;
            return FromChars(ToCharArray(startIndex, length), 0, length);
        }

        public int IndexOf(char value) { return IndexOf(value, 0, Length); }
        public int IndexOf(char value, int startIndex) { return IndexOf(value, startIndex, Length - startIndex); }
        public int IndexOf(char value, int startIndex, int count) {
            if (startIndex < 0 || startIndex > Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex > Length - count) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            int end = startIndex + count;
            for (int i = startIndex; i < end; i++) if (this[i] == value) return i;
            return -1;
        }
        public int IndexOf(char value, StringComparison comparisonType) {
            return IndexOf(value.ToString(), 0, Length, comparisonType);
        }
        public int IndexOf(string value) { return IndexOf(value, 0, Length, StringComparison.Ordinal); }
        public int IndexOf(string value, int startIndex) { return IndexOf(value, startIndex, Length - startIndex, StringComparison.Ordinal); }
        public int IndexOf(string value, int startIndex, int count) { return IndexOf(value, startIndex, count, StringComparison.Ordinal); }
        public int IndexOf(string value, StringComparison comparisonType) { return IndexOf(value, 0, Length, comparisonType); }
        public int IndexOf(string value, int startIndex, StringComparison comparisonType) { return IndexOf(value, startIndex, Length - startIndex, comparisonType); }
        public int IndexOf(string value, int startIndex, int count, StringComparison comparisonType) {
            if (value == null) throw new ArgumentNullException("value");
            if (startIndex < 0 || startIndex > Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex > Length - count) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            bool ic = IgnoresCase(comparisonType);
            int last = startIndex + count - value.Length;
            for (int i = startIndex; i <= last; i++)
                if (MatchAt(i, value, ic)) return i;
            return -1;
        }
        static bool IgnoresCase(StringComparison c) {
            return c == StringComparison.OrdinalIgnoreCase || c == StringComparison.CurrentCultureIgnoreCase || c == StringComparison.InvariantCultureIgnoreCase;
        }
        bool MatchAt(int i, string value, bool ignoreCase) {
            int n = value.Length;
            for (int j = 0; j < n; j++) {
                char a = this[i + j], b = value[j];
                if (a != b && (!ignoreCase || Char.ToUpperInvariant(a) != Char.ToUpperInvariant(b))) return false;
            }
            return true;
        }
        public int IndexOfAny(char[] anyOf) { return IndexOfAny(anyOf, 0, Length); }
        public int IndexOfAny(char[] anyOf, int startIndex) { return IndexOfAny(anyOf, startIndex, Length - startIndex); }
        public int IndexOfAny(char[] anyOf, int startIndex, int count) {
            if (anyOf == null) throw new ArgumentNullException("anyOf");
            if (startIndex < 0 || count < 0 || startIndex > Length - count) throw new ArgumentOutOfRangeException("startIndex");
            for (int i = startIndex; i < startIndex + count; i++)
                if (Array.IndexOf(anyOf, this[i]) >= 0) return i;
            return -1;
        }
        public int LastIndexOf(char value) { return LastIndexOf(value, Length - 1, Length); }
        public int LastIndexOf(char value, int startIndex) { return LastIndexOf(value, startIndex, startIndex + 1); }
        public int LastIndexOf(char value, int startIndex, int count) {
            if (Length == 0) return -1;
            if (startIndex < 0 || startIndex >= Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || count - 1 > startIndex) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex; i > startIndex - count; i--) if (this[i] == value) return i;
            return -1;
        }
        public int LastIndexOf(string value) { return LastIndexOf(value, StringComparison.Ordinal); }
        public int LastIndexOf(string value, StringComparison comparisonType) {
            if (value == null) throw new ArgumentNullException("value");
            bool ic = IgnoresCase(comparisonType);
            if (value.Length == 0) return Length == 0 ? 0 : Length - 1;
            for (int i = Length - value.Length; i >= 0; i--) if (MatchAt(i, value, ic)) return i;
            return -1;
        }
        public int LastIndexOf(string value, int startIndex) {
            if (value == null) throw new ArgumentNullException("value");
            int i = Math.Min(startIndex - value.Length + 1, Length - value.Length);
            for (; i >= 0; i--) if (MatchAt(i, value, false)) return i;
            return -1;
        }
        public int LastIndexOf(string value, int startIndex, int count) { return LastIndexOf(value, startIndex, count, StringComparison.CurrentCulture); }
        public int LastIndexOf(string value, int startIndex, StringComparison comparisonType) { return LastIndexOf(value, startIndex, startIndex + 1, comparisonType); }
        /// A match wholly inside the `count` characters ending at `startIndex`, searching backwards.
        public int LastIndexOf(string value, int startIndex, int count, StringComparison comparisonType) {
            if (value == null) throw new ArgumentNullException("value");
            if (Length == 0 && (startIndex == -1 || startIndex == 0)) return value.Length == 0 ? 0 : -1;
            if (startIndex < 0 || startIndex > Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (startIndex == Length) {
                startIndex--;
                if (count > 0) count--;
            }
            if (count < 0 || startIndex - count + 1 < 0) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            if (value.Length == 0) return startIndex;
            bool ic = IgnoresCase(comparisonType);
            int lowest = startIndex - count + 1;
            for (int i = startIndex - value.Length + 1; i >= lowest; i--) if (MatchAt(i, value, ic)) return i;
            return -1;
        }
        public int LastIndexOfAny(char[] anyOf, int startIndex) { return LastIndexOfAny(anyOf, startIndex, startIndex + 1); }
        public int LastIndexOfAny(char[] anyOf, int startIndex, int count) {
            if (anyOf == null) throw new ArgumentNullException("anyOf");
            if (Length == 0) return -1;
            if (startIndex < 0 || startIndex >= Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || count - 1 > startIndex) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex; i > startIndex - count; i--) if (Array.IndexOf(anyOf, this[i]) >= 0) return i;
            return -1;
        }
        public int LastIndexOfAny(char[] anyOf) {
            for (int i = Length - 1; i >= 0; i--) if (Array.IndexOf(anyOf, this[i]) >= 0) return i;
            return -1;
        }

        public bool Contains(string value) {
            if (value == null) throw new ArgumentNullException("value");
            return IndexOf(value) >= 0;
        }
        public bool Contains(char value) { return IndexOf(value) >= 0; }
        public bool Contains(string value, StringComparison comparisonType) {
            if (value == null) throw new ArgumentNullException("value");
            return IndexOf(value, comparisonType) >= 0;
        }
        public bool Contains(char value, StringComparison comparisonType) { return IndexOf(value, comparisonType) >= 0; }

        public bool StartsWith(string value) { return StartsWith(value, StringComparison.Ordinal); }
        public bool StartsWith(string value, StringComparison comparisonType) {
            if (value == null) throw new ArgumentNullException("value");
            return value.Length <= Length && MatchAt(0, value, IgnoresCase(comparisonType));
        }
        public bool StartsWith(string value, bool ignoreCase, System.Globalization.CultureInfo culture) {
            return StartsWith(value, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }
        public bool StartsWith(char value) { return Length > 0 && this[0] == value; }
        public bool EndsWith(string value) { return EndsWith(value, StringComparison.Ordinal); }
        public bool EndsWith(string value, StringComparison comparisonType) {
            if (value == null) throw new ArgumentNullException("value");
            return value.Length <= Length && MatchAt(Length - value.Length, value, IgnoresCase(comparisonType));
        }
        public bool EndsWith(char value) { return Length > 0 && this[Length - 1] == value; }
        public bool EndsWith(string value, bool ignoreCase, System.Globalization.CultureInfo culture) {
            return EndsWith(value, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }

        // ---- transformations ----

        public string ToUpper() { return ToUpperInvariant(); }
        public string ToUpper(System.Globalization.CultureInfo culture) {
            if (culture == null) throw new ArgumentNullException("culture");
            return ToUpperInvariant();
        }
        public string ToLower() { return ToLowerInvariant(); }
        public string ToLower(System.Globalization.CultureInfo culture) {
            if (culture == null) throw new ArgumentNullException("culture");
            return ToLowerInvariant();
        }
        public string ToUpperInvariant() {
            char[] a = ToCharArray();
            for (int i = 0; i < a.Length; i++) a[i] = Char.ToUpperInvariant(a[i]);
            return FromChars(a, 0, a.Length);
        }
        public string ToLowerInvariant() {
            char[] a = ToCharArray();
            for (int i = 0; i < a.Length; i++) a[i] = Char.ToLowerInvariant(a[i]);
            return FromChars(a, 0, a.Length);
        }

        public string Trim() { return TrimHelper(null, true, true); }
        public string Trim(params char[] trimChars) { return TrimHelper(trimChars, true, true); }
        public string Trim(char trimChar) { return TrimHelper(new char[] { trimChar }, true, true); }
        public string TrimStart(params char[] trimChars) { return TrimHelper(trimChars, true, false); }
        public string TrimStart() { return TrimHelper(null, true, false); }
        public string TrimStart(char trimChar) { return TrimHelper(new char[] { trimChar }, true, false); }
        public string TrimEnd(params char[] trimChars) { return TrimHelper(trimChars, false, true); }
        public string TrimEnd() { return TrimHelper(null, false, true); }
        public string TrimEnd(char trimChar) { return TrimHelper(new char[] { trimChar }, false, true); }
        string TrimHelper(char[] chars, bool start, bool end) {
            if (chars != null && chars.Length == 0) chars = null;
            int s = 0, e = Length - 1;
            if (start) while (s <= e && (chars == null ? Char.IsWhiteSpace(this[s]) : Array.IndexOf(chars, this[s]) >= 0)) s++;
            if (end) while (e >= s && (chars == null ? Char.IsWhiteSpace(this[e]) : Array.IndexOf(chars, this[e]) >= 0)) e--;
            return Substring(s, e - s + 1);
        }

        public string PadLeft(int totalWidth) { return PadLeft(totalWidth, ' '); }
        public string PadLeft(int totalWidth, char paddingChar) {
            if (totalWidth < 0) throw new ArgumentOutOfRangeException("totalWidth", "Non-negative number required.");
            if (totalWidth <= Length) return this;
            return new string(paddingChar, totalWidth - Length) + this;
        }
        public string PadRight(int totalWidth) { return PadRight(totalWidth, ' '); }
        public string PadRight(int totalWidth, char paddingChar) {
            if (totalWidth < 0) throw new ArgumentOutOfRangeException("totalWidth", "Non-negative number required.");
            if (totalWidth <= Length) return this;
            return this + new string(paddingChar, totalWidth - Length);
        }

        public string Insert(int startIndex, string value) {
            if (value == null) throw new ArgumentNullException("value");
            if (startIndex < 0 || startIndex > Length) throw new ArgumentOutOfRangeException("startIndex");
            return Substring(0, startIndex) + value + Substring(startIndex);
        }
        public string Remove(int startIndex) {
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (startIndex >= Length) throw new ArgumentOutOfRangeException("startIndex", "startIndex must be less than length of string.");
            return Substring(0, startIndex);
        }
        public string Remove(int startIndex, int count) {
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            if (startIndex > Length - count) throw new ArgumentOutOfRangeException("count", "Index and count must refer to a location within the string.");
            return Substring(0, startIndex) + Substring(startIndex + count);
        }

        public string Replace(char oldChar, char newChar) {
            char[] a = ToCharArray();
            for (int i = 0; i < a.Length; i++) if (a[i] == oldChar) a[i] = newChar;
            return FromChars(a, 0, a.Length);
        }
        public string Replace(string oldValue, string newValue) {
            if (oldValue == null) throw new ArgumentNullException("oldValue");
            if (oldValue.Length == 0) throw new ArgumentException("String cannot be of zero length.", "oldValue");
            if (newValue == null) newValue = Empty;
            StringBuilder sb = null;
            int pos = 0;
            while (true) {
                int i = IndexOf(oldValue, pos);
                if (i < 0) break;
                if (sb == null) sb = new StringBuilder(Length);
                sb.Append(this, pos, i - pos).Append(newValue);
                pos = i + oldValue.Length;
            }
            if (sb == null) return this;
            sb.Append(this, pos, Length - pos);
            return sb.ToString();
        }

        public string Replace(string oldValue, string newValue, StringComparison comparisonType) {
            if (oldValue == null) throw new ArgumentNullException("oldValue");
            if (oldValue.Length == 0) throw new ArgumentException("String cannot be of zero length.", "oldValue");
            if (newValue == null) newValue = Empty;
            StringBuilder sb = null;
            int pos = 0;
            while (true) {
                int i = pos > Length - oldValue.Length ? -1 : IndexOf(oldValue, pos, comparisonType);
                if (i < 0) break;
                if (sb == null) sb = new StringBuilder(Length);
                sb.Append(this, pos, i - pos).Append(newValue);
                pos = i + oldValue.Length;
            }
            if (sb == null) return this;
            sb.Append(this, pos, Length - pos);
            return sb.ToString();
        }
        public string Replace(string oldValue, string newValue, bool ignoreCase, System.Globalization.CultureInfo culture) {
            return Replace(oldValue, newValue, ignoreCase ? StringComparison.CurrentCultureIgnoreCase : StringComparison.CurrentCulture);
        }

        // ---- split / join / concat ----

        public string[] Split(params char[] separator) { return SplitCore(separator, null, int.MaxValue, StringSplitOptions.None); }
        public string[] Split(char[] separator, int count) { return SplitCore(separator, null, count, StringSplitOptions.None); }
        public string[] Split(char[] separator, StringSplitOptions options) { return SplitCore(separator, null, int.MaxValue, options); }
        public string[] Split(char[] separator, int count, StringSplitOptions options) { return SplitCore(separator, null, count, options); }
        public string[] Split(char separator, StringSplitOptions options = StringSplitOptions.None) { return SplitCore(new char[] { separator }, null, int.MaxValue, options); }
        public string[] Split(char separator, int count, StringSplitOptions options = StringSplitOptions.None) { return SplitCore(new char[] { separator }, null, count, options); }
        public string[] Split(string separator, int count, StringSplitOptions options = StringSplitOptions.None) { return SplitCore(null, new string[] { separator ?? "" }, count, options); }
        public string[] Split(string[] separator, StringSplitOptions options) { return SplitCore(null, separator, int.MaxValue, options); }
        public string[] Split(string[] separator, int count, StringSplitOptions options) { return SplitCore(null, separator, count, options); }
        public string[] Split(string separator, StringSplitOptions options = StringSplitOptions.None) { return SplitCore(null, new string[] { separator ?? "" }, int.MaxValue, options); }

        string[] SplitCore(char[] chars, string[] strs, int count, StringSplitOptions options) {
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            bool removeEmpty = (options & StringSplitOptions.RemoveEmptyEntries) != 0;
            List<string> parts = new List<string>();
            if (count == 0) return new string[0];
            if (strs != null) {
                bool any = false;
                for (int k = 0; k < strs.Length; k++) if (!IsNullOrEmpty(strs[k])) any = true;
                if (!any) { strs = null; chars = null; }
            }
            int start = 0, i = 0, n = Length;
            while (i < n && parts.Count < count - 1) {
                int sepLen = 0;
                if (strs != null) {
                    for (int k = 0; k < strs.Length; k++) {
                        string s = strs[k];
                        if (!IsNullOrEmpty(s) && s.Length <= n - i && MatchAt(i, s, false)) { sepLen = s.Length; break; }
                    }
                } else if (chars == null || chars.Length == 0) {
                    if (Char.IsWhiteSpace(this[i])) sepLen = 1;
                } else if (Array.IndexOf(chars, this[i]) >= 0) sepLen = 1;
                if (sepLen > 0) {
                    if (!removeEmpty || i > start) parts.Add(Substring(start, i - start));
                    i += sepLen;
                    start = i;
                    if (removeEmpty && parts.Count == count - 1) {
                        // the remainder starts after any separators that directly follow
                        int more;
                        while (i < n && (more = SeparatorAt(i, chars, strs)) > 0) { i += more; start = i; }
                    }
                } else i++;
            }
            if (!removeEmpty || start < n) parts.Add(Substring(start));
            return parts.ToArray();
        }

        int SeparatorAt(int i, char[] chars, string[] strs) {
            if (strs != null) {
                for (int k = 0; k < strs.Length; k++) {
                    string s = strs[k];
                    if (!IsNullOrEmpty(s) && s.Length <= Length - i && MatchAt(i, s, false)) return s.Length;
                }
                return 0;
            }
            if (chars == null || chars.Length == 0) return Char.IsWhiteSpace(this[i]) ? 1 : 0;
            return Array.IndexOf(chars, this[i]) >= 0 ? 1 : 0;
        }

        public static string Join(string separator, params string[] value) {
            if (value == null) throw new ArgumentNullException("value");
            return Join(separator, value, 0, value.Length);
        }
        public static string Join(string separator, string[] value, int startIndex, int count) {
            if (value == null) throw new ArgumentNullException("value");
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < count; i++) {
                if (i > 0) sb.Append(separator);
                sb.Append(value[startIndex + i]);
            }
            return sb.ToString();
        }
        public static string Join(string separator, params object[] values) {
            if (values == null) throw new ArgumentNullException("values");
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < values.Length; i++) {
                if (i > 0) sb.Append(separator);
                if (values[i] != null) sb.Append(values[i].ToString());
            }
            return sb.ToString();
        }
        public static string Join(string separator, IEnumerable<string> values) {
            if (values == null) throw new ArgumentNullException("values");
            StringBuilder sb = new StringBuilder();
            bool first = true;
            foreach (string s in values) {
                if (!first) sb.Append(separator);
                first = false;
                sb.Append(s);
            }
            return sb.ToString();
        }
        public static string Join<T>(string separator, IEnumerable<T> values) {
            if (values == null) throw new ArgumentNullException("values");
            StringBuilder sb = new StringBuilder();
            bool first = true;
            foreach (T v in values) {
                if (!first) sb.Append(separator);
                first = false;
                if (v != null) sb.Append(v.ToString());
            }
            return sb.ToString();
        }
        public static string Join(char separator, params string[] value) { return Join(separator.ToString(), value); }
        public static string Join(char separator, params object[] values) { return Join(separator.ToString(), values); }
        public static string Join(char separator, string[] value, int startIndex, int count) { return Join(separator.ToString(), value, startIndex, count); }
        public static string Join<T>(char separator, IEnumerable<T> values) { return Join<T>(separator.ToString(), values); }

        public static string Concat(object arg0) { return arg0 == null ? Empty : arg0.ToString(); }
        public static string Concat(object arg0, object arg1) { return Concat(Str(arg0), Str(arg1)); }
        public static string Concat(object arg0, object arg1, object arg2) { return Concat(Str(arg0), Str(arg1), Str(arg2)); }
        public static string Concat(object arg0, object arg1, object arg2, object arg3) { return Concat(Str(arg0), Str(arg1), Str(arg2), Str(arg3)); }
        public static string Concat(params object[] args) {
            if (args == null) throw new ArgumentNullException("args");
            string[] s = new string[args.Length];
            for (int i = 0; i < args.Length; i++) s[i] = Str(args[i]);
            return Concat(s);
        }
        static string Str(object o) {
            if (o == null) return Empty;
            string s = o.ToString();
            return s ?? Empty;
        }
        public static string Concat(string str0, string str1) {
            if (IsNullOrEmpty(str0)) return str1 ?? Empty;
            if (IsNullOrEmpty(str1)) return str0;
            int n0 = str0.Length, n1 = str1.Length;
            char[] a = new char[n0 + n1];
            str0.CopyTo(0, a, 0, n0);
            str1.CopyTo(0, a, n0, n1);
            return FromChars(a, 0, a.Length);
        }
        public static string Concat(string str0, string str1, string str2) { return Concat(new string[] { str0, str1, str2 }); }
        public static string Concat(string str0, string str1, string str2, string str3) { return Concat(new string[] { str0, str1, str2, str3 }); }
        public static string Concat(params string[] values) {
            if (values == null) throw new ArgumentNullException("values");
            int total = 0;
            for (int i = 0; i < values.Length; i++) if (values[i] != null) total += values[i].Length;
            char[] a = new char[total];
            int pos = 0;
            for (int i = 0; i < values.Length; i++) {
                string s = values[i];
                if (s == null) continue;
                s.CopyTo(0, a, pos, s.Length);
                pos += s.Length;
            }
            return FromChars(a, 0, total);
        }
        public static string Concat(IEnumerable<string> values) { return Join(Empty, values); }
        public static string Concat<T>(IEnumerable<T> values) { return Join<T>(Empty, values); }

        // ---- formatting ----

        public static string Format(string format, object arg0) { return Format(null, format, new object[] { arg0 }); }
        public static string Format(string format, object arg0, object arg1) { return Format(null, format, new object[] { arg0, arg1 }); }
        public static string Format(string format, object arg0, object arg1, object arg2) { return Format(null, format, new object[] { arg0, arg1, arg2 }); }
        public static string Format(string format, params object[] args) { return Format(null, format, args); }
        public static string Format(IFormatProvider provider, string format, object arg0) { return Format(provider, format, new object[] { arg0 }); }
        public static string Format(IFormatProvider provider, string format, object arg0, object arg1) { return Format(provider, format, new object[] { arg0, arg1 }); }
        public static string Format(IFormatProvider provider, string format, object arg0, object arg1, object arg2) { return Format(provider, format, new object[] { arg0, arg1, arg2 }); }
        public static string Format(IFormatProvider provider, string format, params object[] args) {
            if (format == null || args == null) throw new ArgumentNullException(format == null ? "format" : "args");
            StringBuilder sb = new StringBuilder(format.Length + args.Length * 8);
            sb.AppendFormat(provider, format, args);
            return sb.ToString();
        }
    }

    public sealed class CharEnumerator : IEnumerator<char>, ICloneable {
        string str;
        int index = -1;
        internal CharEnumerator(string s) { str = s; }
        public bool MoveNext() {
            if (index < str.Length) index++;
            return index < str.Length;
        }
        public char Current {
            get {
                if (index < 0 || index >= str.Length) throw new InvalidOperationException(index < 0 ? "Enumeration has not started. Call MoveNext." : "Enumeration already finished.");
                return str[index];
            }
        }
        object IEnumerator.Current { get { return Current; } }
        public void Reset() { index = -1; }
        public void Dispose() { }
        public object Clone() { return MemberwiseClone(); }
    }
}
