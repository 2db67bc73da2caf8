namespace System {
    /// Invariant-culture conversions between base types (the common subset).
    public static class Convert {
        public static int ToInt32(string value) { return value == null ? 0 : int.Parse(value); }
        public static int ToInt32(double value) {
            double r = Math.Round(value);
            if (r < -2147483648.0 || r > 2147483647.0 || r != r) throw new OverflowException("Value was either too large or too small for an Int32.");
            return (int)r;
        }
        public static int ToInt32(float value) { return ToInt32((double)value); }
        public static int ToInt32(decimal value) { return decimal.ToInt32(decimal.Round(value)); }
        public static int ToInt32(long value) {
            if (value < int.MinValue || value > int.MaxValue) throw new OverflowException("Value was either too large or too small for an Int32.");
            return (int)value;
        }
        public static int ToInt32(int value) { return value; }
        public static int ToInt32(char value) { return value; }
        public static int ToInt32(bool value) { return value ? 1 : 0; }
        public static int ToInt32(object value) { return value == null ? 0 : ToInt32(value.ToString()); }
        public static int ToInt32(string value, int fromBase) { return (int)ParseBase(value, fromBase, 32); }
        public static long ToInt64(string value) { return value == null ? 0 : long.Parse(value); }
        public static long ToInt64(double value) {
            double r = Math.Round(value);
            if (r < -9223372036854775808.0 || r >= 9223372036854775808.0 || r != r) throw new OverflowException("Value was either too large or too small for an Int64.");
            return (long)r;
        }
        public static long ToInt64(int value) { return value; }
        public static long ToInt64(decimal value) { return decimal.ToInt64(decimal.Round(value)); }
        public static long ToInt64(bool value) { return value ? 1 : 0; }
        public static long ToInt64(string value, int fromBase) { return ParseBase(value, fromBase, 64); }
        public static double ToDouble(string value) { return value == null ? 0 : double.Parse(value); }
        public static double ToDouble(int value) { return value; }
        public static double ToDouble(long value) { return value; }
        public static double ToDouble(float value) { return value; }
        public static double ToDouble(decimal value) { return (double)value; }
        public static double ToDouble(bool value) { return value ? 1 : 0; }
        public static double ToDouble(object value) { return value == null ? 0 : ToDouble(value.ToString()); }
        public static decimal ToDecimal(string value) { return value == null ? 0m : decimal.Parse(value); }
        public static decimal ToDecimal(double value) { return (decimal)value; }
        public static decimal ToDecimal(int value) { return value; }
        public static bool ToBoolean(string value) { return value != null && bool.Parse(value); }
        public static bool ToBoolean(int value) { return value != 0; }
        public static bool ToBoolean(double value) { return value != 0; }
        public static char ToChar(int value) {
            if (value < 0 || value > 65535) throw new OverflowException("Value was either too large or too small for a character.");
            return (char)value;
        }
        public static char ToChar(string value) { return char.Parse(value); }
        public static byte ToByte(int value) {
            if (value < 0 || value > 255) throw new OverflowException("Value was either too large or too small for an unsigned byte.");
            return (byte)value;
        }
        public static byte ToByte(string value) { return value == null ? (byte)0 : byte.Parse(value); }
        public static string ToString(int value) { return value.ToString(); }
        public static string ToString(long value) { return value.ToString(); }
        public static string ToString(double value) { return value.ToString(); }
        public static string ToString(bool value) { return value.ToString(); }
        public static string ToString(char value) { return value.ToString(); }
        public static string ToString(object value) { return value == null ? "" : value.ToString(); }
        public static string ToString(int value, int toBase) { return ToBase((ulong)(uint)value, toBase); }
        public static string ToString(long value, int toBase) { return ToBase((ulong)value, toBase); }

        static string ToBase(ulong v, int toBase) {
            if (toBase != 2 && toBase != 8 && toBase != 10 && toBase != 16) throw new ArgumentException("Invalid Base.");
            if (toBase == 10) return ((long)v).ToString();
            if (v == 0) return "0";
            char[] buf = new char[64];
            int p = 64;
            while (v != 0) { int d = (int)(v % (ulong)toBase); buf[--p] = (char)(d < 10 ? '0' + d : 'a' + d - 10); v /= (ulong)toBase; }
            return new string(buf, p, 64 - p);
        }
        static long ParseBase(string s, int fromBase, int bits) {
            if (fromBase != 2 && fromBase != 8 && fromBase != 10 && fromBase != 16) throw new ArgumentException("Invalid Base.");
            if (fromBase == 10) return bits == 32 ? int.Parse(s) : long.Parse(s);
            if (s == null) return 0;
            int i = 0;
            if (fromBase == 16 && s.Length > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) i = 2;
            if (i >= s.Length) throw new FormatException("Could not find any recognizable digits.");
            ulong v = 0;
            for (; i < s.Length; i++) {
                char c = s[i];
                int d = c >= '0' && c <= '9' ? c - '0' : (c >= 'a' && c <= 'f' ? c - 'a' + 10 : (c >= 'A' && c <= 'F' ? c - 'A' + 10 : 99));
                if (d >= fromBase) throw new FormatException("Additional non-parsable characters are at the end of the string.");
                v = v * (ulong)fromBase + (ulong)d;
            }
            return bits == 32 ? (long)(int)(uint)v : (long)v;
        }
    }

    public static class Tuple {
        public static Tuple<T1> Create<T1>(T1 item1) { return new Tuple<T1>(item1); }
        public static Tuple<T1, T2> Create<T1, T2>(T1 item1, T2 item2) { return new Tuple<T1, T2>(item1, item2); }
        public static Tuple<T1, T2, T3> Create<T1, T2, T3>(T1 item1, T2 item2, T3 item3) { return new Tuple<T1, T2, T3>(item1, item2, item3); }
        public static Tuple<T1, T2, T3, T4> Create<T1, T2, T3, T4>(T1 item1, T2 item2, T3 item3, T4 item4) { return new Tuple<T1, T2, T3, T4>(item1, item2, item3, item4); }
        internal static string Str(object o) { return o == null ? "" : o.ToString(); }
        internal static bool Eq<T>(T a, T b) { return System.Collections.Generic.EqualityComparer<T>.Default.Equals(a, b); }
        internal static int H<T>(T a) { return a == null ? 0 : a.GetHashCode(); }
        internal static int Combine(int h1, int h2) { return ((h1 << 5) + h1) ^ h2; }
    }

    [Serializable]
    public class Tuple<T1> {
        readonly T1 item1;
        public Tuple(T1 item1) { this.item1 = item1; }
        public T1 Item1 { get { return item1; } }
        public override string ToString() { return "(" + Tuple.Str(item1) + ")"; }
        public override bool Equals(object obj) { Tuple<T1> t = obj as Tuple<T1>; return t != null && Tuple.Eq(item1, t.item1); }
        public override int GetHashCode() { return Tuple.H(item1); }
    }
    [Serializable]
    public class Tuple<T1, T2> {
        readonly T1 item1; readonly T2 item2;
        public Tuple(T1 item1, T2 item2) { this.item1 = item1; this.item2 = item2; }
        public T1 Item1 { get { return item1; } }
        public T2 Item2 { get { return item2; } }
        public override string ToString() { return "(" + Tuple.Str(item1) + ", " + Tuple.Str(item2) + ")"; }
        public override bool Equals(object obj) { Tuple<T1, T2> t = obj as Tuple<T1, T2>; return t != null && Tuple.Eq(item1, t.item1) && Tuple.Eq(item2, t.item2); }
        public override int GetHashCode() { return Tuple.Combine(Tuple.H(item1), Tuple.H(item2)); }
    }
    [Serializable]
    public class Tuple<T1, T2, T3> {
        readonly T1 item1; readonly T2 item2; readonly T3 item3;
        public Tuple(T1 item1, T2 item2, T3 item3) { this.item1 = item1; this.item2 = item2; this.item3 = item3; }
        public T1 Item1 { get { return item1; } }
        public T2 Item2 { get { return item2; } }
        public T3 Item3 { get { return item3; } }
        public override string ToString() { return "(" + Tuple.Str(item1) + ", " + Tuple.Str(item2) + ", " + Tuple.Str(item3) + ")"; }
        public override bool Equals(object obj) { Tuple<T1, T2, T3> t = obj as Tuple<T1, T2, T3>; return t != null && Tuple.Eq(item1, t.item1) && Tuple.Eq(item2, t.item2) && Tuple.Eq(item3, t.item3); }
        public override int GetHashCode() { return Tuple.Combine(Tuple.Combine(Tuple.H(item1), Tuple.H(item2)), Tuple.H(item3)); }
    }
    [Serializable]
    public class Tuple<T1, T2, T3, T4> {
        readonly T1 item1; readonly T2 item2; readonly T3 item3; readonly T4 item4;
        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4) { this.item1 = item1; this.item2 = item2; this.item3 = item3; this.item4 = item4; }
        public T1 Item1 { get { return item1; } }
        public T2 Item2 { get { return item2; } }
        public T3 Item3 { get { return item3; } }
        public T4 Item4 { get { return item4; } }
        public override string ToString() { return "(" + Tuple.Str(item1) + ", " + Tuple.Str(item2) + ", " + Tuple.Str(item3) + ", " + Tuple.Str(item4) + ")"; }
        public override bool Equals(object obj) { Tuple<T1, T2, T3, T4> t = obj as Tuple<T1, T2, T3, T4>; return t != null && Tuple.Eq(item1, t.item1) && Tuple.Eq(item2, t.item2) && Tuple.Eq(item3, t.item3) && Tuple.Eq(item4, t.item4); }
        public override int GetHashCode() { return Tuple.Combine(Tuple.Combine(Tuple.H(item1), Tuple.H(item2)), Tuple.Combine(Tuple.H(item3), Tuple.H(item4))); }
    }
}
