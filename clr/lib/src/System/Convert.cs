namespace System {
    /// Conversions between base types (invariant culture). The ToXxx(yyy) matrix is generated
    /// (Convert.g.cs, gen/gen_convert.py); this part has bases, Base64 and ChangeType.
    public static partial class Convert {
        public static readonly object DBNull = System.DBNull.Value;

        static OverflowException Overflow(string type) {
            switch (type) {
                case "SByte": return new OverflowException("Value was either too large or too small for a signed byte.");
                case "Byte": return new OverflowException("Value was either too large or too small for an unsigned byte.");
                case "Char": return new OverflowException("Value was either too large or too small for a character.");
                case "Int16": case "Int32": case "Int64": return new OverflowException("Value was either too large or too small for an " + type + ".");
                default: return new OverflowException("Value was either too large or too small for a " + type + ".");
            }
        }
        static InvalidCastException InvalidCast(string from, string to) {
            return new InvalidCastException("Invalid cast from '" + from + "' to '" + to + "'.");
        }

        public static bool IsDBNull(object value) { return value is System.DBNull; }

        // ---- integers in base 2, 8, 10 or 16 ----

        public static string ToString(byte value, int toBase) { return ToBase(value, toBase, 8); }
        public static string ToString(short value, int toBase) { return ToBase((ulong)(ushort)value, toBase, 16); }
        public static string ToString(int value, int toBase) { return ToBase((ulong)(uint)value, toBase, 32); }
        public static string ToString(long value, int toBase) { return ToBase((ulong)value, toBase, 64); }

        /// `v` holds the value's two's-complement bits (width `bits`); base 10 prints it signed.
        static string ToBase(ulong v, int toBase, int bits) {
            if (toBase != 2 && toBase != 8 && toBase != 10 && toBase != 16) throw new ArgumentException("Invalid Base.");
            if (toBase == 10) {
                if (bits == 8) return v.ToString();
                long sv = bits == 16 ? (short)v : bits == 32 ? (int)(uint)v : (long)v;
                return sv.ToString();
            }
            if (v == 0) return "0";
            char[] buf = new char[64];
            int p = 64;
            while (v != 0) { int d = (int)(v % (ulong)toBase); buf[--p] = (char)(d < 10 ? '0' + d : 'a' + d - 10); v /= (ulong)toBase; }
            return new string(buf, p, 64 - p);
        }

        /// Mono's parser for Convert.ToXxx(string, fromBase): no white space, a '-' only in base
        /// 10 (and not for unsigned types), "0x" allowed in base 16; the digits are read into 32 or
        /// 64 bits (two's complement in bases 2/8/16). Returns the value's bits.
        /// `full`: the target is Int32/Int64 itself (a positive 2^31 / 2^63 overflows then).
        static ulong ParseBase(string s, int fromBase, int bits, bool unsigned, bool full) {
            if (fromBase != 2 && fromBase != 8 && fromBase != 10 && fromBase != 16) throw new ArgumentException("Invalid Base.");
            if (s == null) return 0;
            if (s.Length == 0) throw new ArgumentOutOfRangeException("Index was out of range. Must be non-negative and less than the size of the collection.");
            int i = 0;
            bool negative = false;
            if (s[0] == '-') {
                if (fromBase != 10) throw new ArgumentException("String cannot contain a minus sign if the base is not 10.");
                if (unsigned) throw new OverflowException("The string was being parsed as an unsigned number and could not have a negative sign.");
                negative = true;
                i++;
            } else if (s[0] == '+') i++;
            if (fromBase == 16 && i + 1 < s.Length && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) i += 2;
            ulong limit = bits == 64 ? ulong.MaxValue : uint.MaxValue;
            string tooBig = fromBase == 10 && !unsigned ? (bits == 64 ? "Int64" : "Int32") : (bits == 64 ? "UInt64" : "UInt32");
            ulong mag = 0;
            int digits = 0;
            bool overflow = false;
            for (; i < s.Length; i++) {
                char c = s[i];
                int d = c >= '0' && c <= '9' ? c - '0' : (c >= 'a' && c <= 'z' ? c - 'a' + 10 : (c >= 'A' && c <= 'Z' ? c - 'A' + 10 : -1));
                if (d < 0 || d >= fromBase) {
                    if (digits == 0 && (d >= 0 || i == 0)) throw new FormatException("Could not find any recognizable digits.");
                    throw new FormatException("Additional non-parsable characters are at the end of the string.");
                }
                digits++;
                if (mag > (limit - (ulong)d) / (ulong)fromBase) overflow = true;
                else mag = mag * (ulong)fromBase + (ulong)d;
            }
            if (digits == 0) throw new FormatException("Could not find any recognizable digits.");
            if (overflow) throw Overflow(tooBig);
            if (fromBase == 10 && !unsigned) {
                ulong half = bits == 64 ? 9223372036854775808UL : 2147483648UL;
                if (mag > half || (mag == half && !negative && full)) throw Overflow(bits == 64 ? "Int64" : "Int32");
            }
            return negative ? (ulong)(-(long)mag) : mag;
        }
        public static byte ToByte(string value, int fromBase) {
            uint r = (uint)ParseBase(value, fromBase, 32, true, false);
            if (r > 255) throw Overflow("Byte");
            return (byte)r;
        }
        public static sbyte ToSByte(string value, int fromBase) {
            int r = (int)(uint)ParseBase(value, fromBase, 32, false, false);
            if (fromBase != 10 ? (uint)r > 255 : (r < -128 || r > 127)) throw Overflow("SByte");
            return (sbyte)r;
        }
        public static short ToInt16(string value, int fromBase) {
            int r = (int)(uint)ParseBase(value, fromBase, 32, false, false);
            if (fromBase != 10 ? (uint)r > 65535 : (r < -32768 || r > 32767)) throw Overflow("Int16");
            return (short)r;
        }
        public static ushort ToUInt16(string value, int fromBase) {
            uint r = (uint)ParseBase(value, fromBase, 32, true, false);
            if (r > 65535) throw Overflow("UInt16");
            return (ushort)r;
        }
        public static int ToInt32(string value, int fromBase) { return (int)(uint)ParseBase(value, fromBase, 32, false, true); }
        public static uint ToUInt32(string value, int fromBase) { return (uint)ParseBase(value, fromBase, 32, true, false); }
        public static long ToInt64(string value, int fromBase) { return (long)ParseBase(value, fromBase, 64, false, true); }
        public static ulong ToUInt64(string value, int fromBase) { return ParseBase(value, fromBase, 64, true, false); }

        // ---- Base64 ----

        const string Base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        public static string ToBase64String(byte[] inArray) {
            if (inArray == null) throw new ArgumentNullException("inArray");
            return ToBase64String(inArray, 0, inArray.Length);
        }
        public static string ToBase64String(byte[] inArray, int offset, int length) {
            if (inArray == null) throw new ArgumentNullException("inArray");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (offset < 0) throw new ArgumentOutOfRangeException("offset", "Value must be positive.");
            if (offset > inArray.Length - length) throw new ArgumentOutOfRangeException("offset", "Offset and length must refer to a position in the string.");
            char[] r = new char[(length + 2) / 3 * 4];
            int o = 0, end = offset + length;
            for (int i = offset; i < end; i += 3) {
                int n = end - i;
                int b = inArray[i] << 16 | (n > 1 ? inArray[i + 1] << 8 : 0) | (n > 2 ? inArray[i + 2] : 0);
                r[o++] = Base64Chars[(b >> 18) & 63];
                r[o++] = Base64Chars[(b >> 12) & 63];
                r[o++] = n > 1 ? Base64Chars[(b >> 6) & 63] : '=';
                r[o++] = n > 2 ? Base64Chars[b & 63] : '=';
            }
            return new string(r);
        }
        public static byte[] FromBase64String(string s) {
            if (s == null) throw new ArgumentNullException("s");
            return FromBase64Chars(s.ToCharArray(), 0, s.Length);
        }
        public static byte[] FromBase64CharArray(char[] inArray, int offset, int length) {
            if (inArray == null) throw new ArgumentNullException("inArray");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (offset < 0) throw new ArgumentOutOfRangeException("offset", "Value must be positive.");
            if (offset > inArray.Length - length) throw new ArgumentOutOfRangeException("offset", "Offset and length must refer to a position in the string.");
            return FromBase64Chars(inArray, offset, length);
        }
        /// White space (space, tab, CR, LF) is ignored; at most two '=' and only at the end.
        static byte[] FromBase64Chars(char[] a, int offset, int length) {
            System.Collections.Generic.List<byte> r = new System.Collections.Generic.List<byte>(length * 3 / 4);
            int acc = 0, n = 0, pad = 0, significant = 0;
            for (int i = offset; i < offset + length; i++) {
                char c = a[i];
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
                significant++;
                int v;
                if (c == '=') { pad++; continue; }
                if (pad > 0) throw BadBase64();
                if (c >= 'A' && c <= 'Z') v = c - 'A';
                else if (c >= 'a' && c <= 'z') v = c - 'a' + 26;
                else if (c >= '0' && c <= '9') v = c - '0' + 52;
                else if (c == '+') v = 62;
                else if (c == '/') v = 63;
                else throw BadBase64();
                acc = (acc << 6) | v;
                if (++n == 4) {
                    r.Add((byte)(acc >> 16)); r.Add((byte)(acc >> 8)); r.Add((byte)acc);
                    acc = 0; n = 0;
                }
            }
            if (significant % 4 != 0) throw BadBase64();   // Mono reports a bad length this way too
            if (pad > 2 || (pad > 0 && n + pad != 4)) throw BadBase64();
            if (n == 2) r.Add((byte)(acc >> 4));
            else if (n == 3) { r.Add((byte)(acc >> 10)); r.Add((byte)(acc >> 2)); }
            return r.ToArray();
        }
        static FormatException BadBase64() {
            return new FormatException("The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.");
        }

        // ---- ChangeType ----

        public static object ChangeType(object value, Type conversionType) { return ChangeType(value, conversionType, null); }
        public static object ChangeType(object value, Type conversionType, IFormatProvider provider) {
            if (conversionType == null) throw new ArgumentNullException("conversionType");
            if (value == null) {
                if (conversionType.IsValueType) throw new InvalidCastException("Null object cannot be converted to a value type.");
                return null;
            }
            if (value.GetType() == conversionType) return value;
            if (!(value is string || value is Enum || value is DateTime || value.GetType().IsPrimitive || value is decimal))
                throw new InvalidCastException("Object must implement IConvertible.");
            if (conversionType == typeof(bool)) return ToBoolean(value, provider);
            if (conversionType == typeof(char)) return ToChar(value, provider);
            if (conversionType == typeof(sbyte)) return ToSByte(value, provider);
            if (conversionType == typeof(byte)) return ToByte(value, provider);
            if (conversionType == typeof(short)) return ToInt16(value, provider);
            if (conversionType == typeof(ushort)) return ToUInt16(value, provider);
            if (conversionType == typeof(int)) return ToInt32(value, provider);
            if (conversionType == typeof(uint)) return ToUInt32(value, provider);
            if (conversionType == typeof(long)) return ToInt64(value, provider);
            if (conversionType == typeof(ulong)) return ToUInt64(value, provider);
            if (conversionType == typeof(float)) return ToSingle(value, provider);
            if (conversionType == typeof(double)) return ToDouble(value, provider);
            if (conversionType == typeof(decimal)) return ToDecimal(value, provider);
            if (conversionType == typeof(string)) return ToString(value, provider);
            if (conversionType == typeof(object)) return value;
            throw new InvalidCastException("Invalid cast from '" + value.GetType().FullName + "' to '" + conversionType.FullName + "'.");
        }
    }

    public static class Tuple {
        public static Tuple<T1> Create<T1>(T1 item1) { return new Tuple<T1>(item1); }
        public static Tuple<T1, T2> Create<T1, T2>(T1 item1, T2 item2) { return new Tuple<T1, T2>(item1, item2); }
        public static Tuple<T1, T2, T3> Create<T1, T2, T3>(T1 item1, T2 item2, T3 item3) { return new Tuple<T1, T2, T3>(item1, item2, item3); }
        public static Tuple<T1, T2, T3, T4> Create<T1, T2, T3, T4>(T1 item1, T2 item2, T3 item3, T4 item4) { return new Tuple<T1, T2, T3, T4>(item1, item2, item3, item4); }
        public static Tuple<T1, T2, T3, T4, T5> Create<T1, T2, T3, T4, T5>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5) { return new Tuple<T1, T2, T3, T4, T5>(item1, item2, item3, item4, item5); }
        public static Tuple<T1, T2, T3, T4, T5, T6> Create<T1, T2, T3, T4, T5, T6>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6) { return new Tuple<T1, T2, T3, T4, T5, T6>(item1, item2, item3, item4, item5, item6); }
        public static Tuple<T1, T2, T3, T4, T5, T6, T7> Create<T1, T2, T3, T4, T5, T6, T7>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7) { return new Tuple<T1, T2, T3, T4, T5, T6, T7>(item1, item2, item3, item4, item5, item6, item7); }
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
    [Serializable]
    public class Tuple<T1, T2, T3, T4, T5> {
        readonly T1 item1; readonly T2 item2; readonly T3 item3; readonly T4 item4; readonly T5 item5;
        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5) { this.item1 = item1; this.item2 = item2; this.item3 = item3; this.item4 = item4; this.item5 = item5; }
        public T1 Item1 { get { return item1; } }
        public T2 Item2 { get { return item2; } }
        public T3 Item3 { get { return item3; } }
        public T4 Item4 { get { return item4; } }
        public T5 Item5 { get { return item5; } }
        public override string ToString() { return "(" + Tuple.Str(item1) + ", " + Tuple.Str(item2) + ", " + Tuple.Str(item3) + ", " + Tuple.Str(item4) + ", " + Tuple.Str(item5) + ")"; }
        public override bool Equals(object obj) { Tuple<T1, T2, T3, T4, T5> t = obj as Tuple<T1, T2, T3, T4, T5>; return t != null && Tuple.Eq(item1, t.item1) && Tuple.Eq(item2, t.item2) && Tuple.Eq(item3, t.item3) && Tuple.Eq(item4, t.item4) && Tuple.Eq(item5, t.item5); }
        public override int GetHashCode() { return Tuple.Combine(Tuple.Combine(Tuple.Combine(Tuple.Combine(Tuple.H(item1), Tuple.H(item2)), Tuple.H(item3)), Tuple.H(item4)), Tuple.H(item5)); }
    }
    [Serializable]
    public class Tuple<T1, T2, T3, T4, T5, T6> {
        readonly T1 item1; readonly T2 item2; readonly T3 item3; readonly T4 item4; readonly T5 item5; readonly T6 item6;
        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6) { this.item1 = item1; this.item2 = item2; this.item3 = item3; this.item4 = item4; this.item5 = item5; this.item6 = item6; }
        public T1 Item1 { get { return item1; } }
        public T2 Item2 { get { return item2; } }
        public T3 Item3 { get { return item3; } }
        public T4 Item4 { get { return item4; } }
        public T5 Item5 { get { return item5; } }
        public T6 Item6 { get { return item6; } }
        public override string ToString() { return "(" + Tuple.Str(item1) + ", " + Tuple.Str(item2) + ", " + Tuple.Str(item3) + ", " + Tuple.Str(item4) + ", " + Tuple.Str(item5) + ", " + Tuple.Str(item6) + ")"; }
        public override bool Equals(object obj) { Tuple<T1, T2, T3, T4, T5, T6> t = obj as Tuple<T1, T2, T3, T4, T5, T6>; return t != null && Tuple.Eq(item1, t.item1) && Tuple.Eq(item2, t.item2) && Tuple.Eq(item3, t.item3) && Tuple.Eq(item4, t.item4) && Tuple.Eq(item5, t.item5) && Tuple.Eq(item6, t.item6); }
        public override int GetHashCode() { return Tuple.Combine(Tuple.Combine(Tuple.Combine(Tuple.Combine(Tuple.Combine(Tuple.H(item1), Tuple.H(item2)), Tuple.H(item3)), Tuple.H(item4)), Tuple.H(item5)), Tuple.H(item6)); }
    }
    [Serializable]
    public class Tuple<T1, T2, T3, T4, T5, T6, T7> {
        readonly T1 item1; readonly T2 item2; readonly T3 item3; readonly T4 item4; readonly T5 item5; readonly T6 item6; readonly T7 item7;
        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7) { this.item1 = item1; this.item2 = item2; this.item3 = item3; this.item4 = item4; this.item5 = item5; this.item6 = item6; this.item7 = item7; }
        public T1 Item1 { get { return item1; } }
        public T2 Item2 { get { return item2; } }
        public T3 Item3 { get { return item3; } }
        public T4 Item4 { get { return item4; } }
        public T5 Item5 { get { return item5; } }
        public T6 Item6 { get { return item6; } }
        public T7 Item7 { get { return item7; } }
        public override string ToString() { return "(" + Tuple.Str(item1) + ", " + Tuple.Str(item2) + ", " + Tuple.Str(item3) + ", " + Tuple.Str(item4) + ", " + Tuple.Str(item5) + ", " + Tuple.Str(item6) + ", " + Tuple.Str(item7) + ")"; }
        public override bool Equals(object obj) { Tuple<T1, T2, T3, T4, T5, T6, T7> t = obj as Tuple<T1, T2, T3, T4, T5, T6, T7>; return t != null && Tuple.Eq(item1, t.item1) && Tuple.Eq(item2, t.item2) && Tuple.Eq(item3, t.item3) && Tuple.Eq(item4, t.item4) && Tuple.Eq(item5, t.item5) && Tuple.Eq(item6, t.item6) && Tuple.Eq(item7, t.item7); }
        public override int GetHashCode() { return Tuple.Combine(Tuple.Combine(Tuple.Combine(Tuple.Combine(Tuple.Combine(Tuple.Combine(Tuple.H(item1), Tuple.H(item2)), Tuple.H(item3)), Tuple.H(item4)), Tuple.H(item5)), Tuple.H(item6)), Tuple.H(item7)); }
    }
}
