using System.Runtime.CompilerServices;

namespace System {
    [Serializable]
    public struct Boolean : IComparable, IComparable<bool>, IEquatable<bool> {
        internal bool m_value;
        public static readonly string TrueString = "True";
        public static readonly string FalseString = "False";
        public override string ToString() { return m_value ? "True" : "False"; }
        public string ToString(IFormatProvider provider) { return ToString(); }
        public override int GetHashCode() { return m_value ? 1 : 0; }
        public override bool Equals(object obj) { return obj is bool && ((bool)obj) == m_value; }
        public bool Equals(bool obj) { return obj == m_value; }
        public int CompareTo(bool value) { return m_value == value ? 0 : (m_value ? 1 : -1); }
        public int CompareTo(object obj) {
            if (obj == null) return 1;
            if (!(obj is bool)) throw new ArgumentException("Object must be of type Boolean.");
            return CompareTo((bool)obj);
        }
        public static bool Parse(string value) {
            bool r;
            if (value == null) throw new ArgumentNullException("value");
            if (!TryParse(value, out r)) throw new FormatException("String was not recognized as a valid Boolean.");
            return r;
        }
        public static bool TryParse(string value, out bool result) {
            result = false;
            if (value == null) return false;
            string v = value.Trim();
            if (String.Compare(v, "True", StringComparison.OrdinalIgnoreCase) == 0) { result = true; return true; }
            if (String.Compare(v, "False", StringComparison.OrdinalIgnoreCase) == 0) return true;
            return false;
        }
        public TypeCode GetTypeCode() { return TypeCode.Boolean; }
    }

    [Serializable]
    public struct Char : IComparable, IComparable<char>, IEquatable<char> {
        internal char m_value;
        public const char MaxValue = '\uffff';
        public const char MinValue = '\0';

        public override string ToString() { return String.FromChars(new char[] { m_value }, 0, 1); }
        public string ToString(IFormatProvider provider) { return ToString(); }
        public static string ToString(char c) { return c.ToString(); }
        public override int GetHashCode() { return (int)m_value | ((int)m_value << 16); }
        public override bool Equals(object obj) { return obj is char && ((char)obj) == m_value; }
        public bool Equals(char obj) { return obj == m_value; }
        public int CompareTo(char value) { return m_value - value; }
        public int CompareTo(object value) {
            if (value == null) return 1;
            if (!(value is char)) throw new ArgumentException("Object must be of type Char.");
            return m_value - (char)value;
        }
        public static char Parse(string s) {
            if (s == null) throw new ArgumentNullException("s");
            if (s.Length != 1) throw new FormatException("String must be exactly one character long.");
            return s[0];
        }
        public static bool TryParse(string s, out char result) {
            result = '\0';
            if (s == null || s.Length != 1) return false;
            result = s[0];
            return true;
        }
        public TypeCode GetTypeCode() { return TypeCode.Char; }

        public static bool IsDigit(char c) {
            if (c < 128) return c >= '0' && c <= '9';
            return (c >= '\u0660' && c <= '\u0669') || (c >= '\u06f0' && c <= '\u06f9') || (c >= '\u0966' && c <= '\u096f') || (c >= '\uff10' && c <= '\uff19');
        }
        public static bool IsDigit(string s, int index) { return IsDigit(s[index]); }
        public static bool IsNumber(char c) { return IsDigit(c) || c == '\u00b2' || c == '\u00b3' || c == '\u00b9' || (c >= '\u00bc' && c <= '\u00be'); }
        /// Letters: ASCII and Latin-1 exactly; above Latin-1, anything that has a case mapping or lies in the CJK/Hangul/kana blocks.
        public static bool IsLetter(char c) {
            if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (c < 256) return c == '\u00aa' || c == '\u00b5' || c == '\u00ba' || (c >= '\u00c0' && c != '\u00d7' && c != '\u00f7');
            if (ToUpperInvariant(c) != c || ToLowerInvariant(c) != c) return true;
            return (c >= '\u3040' && c <= '\u30ff') || (c >= '\u3400' && c <= '\u9fff') || (c >= '\uac00' && c <= '\ud7a3') || (c >= '\u05d0' && c <= '\u05ea') || (c >= '\u0620' && c <= '\u064a');
        }
        public static bool IsLetter(string s, int index) { return IsLetter(s[index]); }
        public static bool IsLetterOrDigit(char c) { return IsLetter(c) || IsDigit(c); }
        public static bool IsLetterOrDigit(string s, int index) { return IsLetterOrDigit(s[index]); }
        public static bool IsWhiteSpace(char c) {
            if (c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00a0' || c == '\u0085') return true;
            if (c < '\u1680') return false;
            return c == '\u1680' || (c >= '\u2000' && c <= '\u200a') || c == '\u2028' || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u3000';
        }
        public static bool IsWhiteSpace(string s, int index) { return IsWhiteSpace(s[index]); }
        public static bool IsUpper(char c) {
            if (c < 128) return c >= 'A' && c <= 'Z';
            return ToLowerInvariant(c) != c;
        }
        public static bool IsUpper(string s, int index) { return IsUpper(s[index]); }
        public static bool IsLower(char c) {
            if (c < 128) return c >= 'a' && c <= 'z';
            if (c == '\u00aa' || c == '\u00ba' || c == '\u00df' || c == '\u00b5') return true;
            return ToUpperInvariant(c) != c;
        }
        public static bool IsLower(string s, int index) { return IsLower(s[index]); }
        public static bool IsPunctuation(char c) {
            if (c < 128) return (c >= '!' && c <= '#') || (c >= '%' && c <= '*') || (c >= ',' && c <= '/') || c == ':' || c == ';' || c == '?' || c == '@' || (c >= '[' && c <= ']') || c == '_' || c == '{' || c == '}';
            return c == '\u00a1' || c == '\u00a7' || c == '\u00ab' || c == '\u00b6' || c == '\u00b7' || c == '\u00bb' || c == '\u00bf' || (c >= '\u2010' && c <= '\u2027') || (c >= '\u2030' && c <= '\u205e');
        }
        public static bool IsSymbol(char c) {
            return c == '$' || c == '+' || c == '<' || c == '=' || c == '>' || c == '^' || c == '`' || c == '|' || c == '~' ||
                (c >= '\u00a2' && c <= '\u00a6') || c == '\u00a8' || c == '\u00a9' || c == '\u00ac' || (c >= '\u00ae' && c <= '\u00b1') || c == '\u00b4' || c == '\u00b8' || c == '\u00d7' || c == '\u00f7';
        }
        public static bool IsControl(char c) { return c < ' ' || (c >= '\u007f' && c <= '\u009f'); }
        public static bool IsSeparator(char c) { return c == ' ' || c == '\u00a0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200a') || c == '\u2028' || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u3000'; }
        /// The general category from the Unicode data (System.Globalization.UnicodeData); the Is*
        /// predicates above keep their own (older) approximations.
        public static System.Globalization.UnicodeCategory GetUnicodeCategory(char c) { return System.Globalization.UnicodeData.Category(c); }
        public static System.Globalization.UnicodeCategory GetUnicodeCategory(string s, int index) { return GetUnicodeCategory(At(s, index)); }
        static char At(string s, int index) {
            if (s == null) throw new ArgumentNullException("s");
            if ((uint)index >= (uint)s.Length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return s[index];
        }
        public static bool IsControl(string s, int index) { return IsControl(At(s, index)); }
        public static bool IsNumber(string s, int index) { return IsNumber(At(s, index)); }
        public static bool IsPunctuation(string s, int index) { return IsPunctuation(At(s, index)); }
        public static bool IsSeparator(string s, int index) { return IsSeparator(At(s, index)); }
        public static bool IsSymbol(string s, int index) { return IsSymbol(At(s, index)); }
        public static bool IsSurrogate(string s, int index) { return IsSurrogate(At(s, index)); }
        public static bool IsHighSurrogate(string s, int index) { return IsHighSurrogate(At(s, index)); }
        public static bool IsLowSurrogate(string s, int index) { return IsLowSurrogate(At(s, index)); }
        public static bool IsSurrogatePair(char highSurrogate, char lowSurrogate) { return IsHighSurrogate(highSurrogate) && IsLowSurrogate(lowSurrogate); }
        public static bool IsSurrogatePair(string s, int index) {
            At(s, index);
            return index + 1 < s.Length && IsSurrogatePair(s[index], s[index + 1]);
        }
        public static int ConvertToUtf32(string s, int index) {
            char c = At(s, index);
            if (!IsSurrogate(c)) return c;
            if (IsHighSurrogate(c) && index + 1 < s.Length && IsLowSurrogate(s[index + 1])) return ConvertToUtf32(c, s[index + 1]);
            if (IsHighSurrogate(c)) throw new ArgumentException("Found a high surrogate char without a following low surrogate at index: " + index + ". The input may not be in this encoding, or may not contain valid Unicode (UTF-16) characters.", "s");
            throw new ArgumentException("Found a low surrogate char without a preceding high surrogate at index: " + index + ". The input may not be in this encoding, or may not contain valid Unicode (UTF-16) characters.", "s");
        }
        public static bool IsSurrogate(char c) { return c >= '\ud800' && c <= '\udfff'; }
        public static bool IsHighSurrogate(char c) { return c >= '\ud800' && c <= '\udbff'; }
        public static bool IsLowSurrogate(char c) { return c >= '\udc00' && c <= '\udfff'; }
        public static int ConvertToUtf32(char highSurrogate, char lowSurrogate) {
            return ((highSurrogate - 0xd800) << 10) + (lowSurrogate - 0xdc00) + 0x10000;
        }
        public static string ConvertFromUtf32(int utf32) {
            if (utf32 < 0x10000) return ((char)utf32).ToString();
            utf32 -= 0x10000;
            return new string(new char[] { (char)(0xd800 + (utf32 >> 10)), (char)(0xdc00 + (utf32 & 0x3ff)) });
        }
        public static double GetNumericValue(char c) { return (c >= '0' && c <= '9') ? (double)(c - '0') : -1.0; }
        public static double GetNumericValue(string s, int index) { return GetNumericValue(At(s, index)); }

        public static char ToUpper(char c) { return ToUpperInvariant(c); }
        public static char ToLower(char c) { return ToLowerInvariant(c); }
        public static char ToUpper(char c, System.Globalization.CultureInfo culture) { return ToUpperInvariant(c); }
        public static char ToLower(char c, System.Globalization.CultureInfo culture) { return ToLowerInvariant(c); }
        /// Simple case mapping for Latin-1, Latin Extended-A, Greek, Cyrillic; others unchanged.
        public static char ToUpperInvariant(char c) {
            if (c < 128) return (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
            if (c < 256) {
                if (c >= '\u00e0' && c <= '\u00fe' && c != '\u00f7') return (char)(c - 32);
                if (c == '\u00ff') return '\u0178';
                if (c == '\u00b5') return '\u039c';
                return c;
            }
            if (c >= '\u0100' && c <= '\u017f') {
                if (c == '\u0131') return 'I';
                if (c == '\u017f') return 'S';
                if ((c >= '\u0139' && c <= '\u0148') || (c >= '\u0179' && c <= '\u017e')) return (c & 1) == 0 ? (char)(c - 1) : c;
                if (c == '\u0138' || c == '\u0149') return c;
                return (c & 1) == 1 ? (char)(c - 1) : c;
            }
            if (c >= '\u03b1' && c <= '\u03c9' && c != '\u03c2') return (char)(c - 32);
            if (c == '\u03c2') return '\u03a3';
            if (c >= '\u0430' && c <= '\u044f') return (char)(c - 32);
            if (c >= '\u0450' && c <= '\u045f') return (char)(c - 80);
            if (c >= '\uff41' && c <= '\uff5a') return (char)(c - 32);
            return c;
        }
        public static char ToLowerInvariant(char c) {
            if (c < 128) return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
            if (c < 256) {
                if (c >= '\u00c0' && c <= '\u00de' && c != '\u00d7') return (char)(c + 32);
                return c;
            }
            if (c >= '\u0100' && c <= '\u017f') {
                if (c == '\u0130') return 'i';
                if (c == '\u0178') return '\u00ff';
                if ((c >= '\u0139' && c <= '\u0148') || (c >= '\u0179' && c <= '\u017e')) return (c & 1) == 1 ? (char)(c + 1) : c;
                if (c == '\u0138' || c == '\u0149' || c == '\u017f' || c == '\u0131') return c;
                return (c & 1) == 0 ? (char)(c + 1) : c;
            }
            if (c >= '\u0391' && c <= '\u03a9' && c != '\u03a2') return (char)(c + 32);
            if (c >= '\u0410' && c <= '\u042f') return (char)(c + 32);
            if (c >= '\u0400' && c <= '\u040f') return (char)(c + 80);
            if (c >= '\uff21' && c <= '\uff3a') return (char)(c + 32);
            return c;
        }
    }

    [Serializable]
    public struct Double : IComparable, IFormattable, IComparable<double>, IEquatable<double> {
        internal double m_value;
        public const double MinValue = -1.7976931348623157E+308;
        public const double MaxValue = 1.7976931348623157E+308;
        public const double Epsilon = 4.9406564584124654E-324;
        public const double NegativeInfinity = -1.0 / 0.0;
        public const double PositiveInfinity = 1.0 / 0.0;
        public const double NaN = 0.0 / 0.0;

        public static bool IsNaN(double d) { return d != d; }
        public static bool IsInfinity(double d) { return d == PositiveInfinity || d == NegativeInfinity; }
        public static bool IsPositiveInfinity(double d) { return d == PositiveInfinity; }
        public static bool IsNegativeInfinity(double d) { return d == NegativeInfinity; }
        public static bool IsFinite(double d) { return !IsNaN(d) && !IsInfinity(d); }

        public override string ToString() { return Number.FormatDouble(m_value, null, 15); }
        public string ToString(string format) { return Number.FormatDouble(m_value, format, 15); }
        public string ToString(IFormatProvider provider) { return Number.FormatDouble(m_value, null, 15); }
        public string ToString(string format, IFormatProvider provider) { return Number.FormatDouble(m_value, format, 15); }

        public override int GetHashCode() {
            double d = m_value;
            if (d == 0) d = 0; // -0.0 and 0.0 hash alike
            long bits = BitConverter.DoubleToInt64Bits(d);
            return (int)bits ^ (int)(bits >> 32);
        }
        public override bool Equals(object obj) {
            if (!(obj is double)) return false;
            double v = (double)obj;
            return v == m_value || (IsNaN(v) && IsNaN(m_value));
        }
        public bool Equals(double obj) { return obj == m_value || (IsNaN(obj) && IsNaN(m_value)); }
        public int CompareTo(double value) {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            if (m_value == value) return 0;
            if (IsNaN(m_value)) return IsNaN(value) ? 0 : -1;
            return 1;
        }
        public int CompareTo(object value) {
            if (value == null) return 1;
            if (!(value is double)) throw new ArgumentException("Object must be of type Double.");
            return CompareTo((double)value);
        }
        public static double Parse(string s) { return Number.ParseDouble(s); }
        public static double Parse(string s, IFormatProvider provider) { return Number.ParseDouble(s); }
        public static double Parse(string s, System.Globalization.NumberStyles style) { return Number.ParseDouble(s, style); }
        public static double Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider) { return Number.ParseDouble(s, style); }
        public static bool TryParse(string s, out double result) { return Number.TryParseDouble(s, out result); }
        public static bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out double result) { return Number.TryParseDouble(s, style, out result); }
        public TypeCode GetTypeCode() { return TypeCode.Double; }
    }

    [Serializable]
    public struct Single : IComparable, IFormattable, IComparable<float>, IEquatable<float> {
        internal float m_value;
        public const float MinValue = -3.40282347E+38f;
        public const float MaxValue = 3.40282347E+38f;
        public const float Epsilon = 1.401298E-45f;
        public const float NegativeInfinity = -1.0f / 0.0f;
        public const float PositiveInfinity = 1.0f / 0.0f;
        public const float NaN = 0.0f / 0.0f;

        public static bool IsNaN(float f) { return f != f; }
        public static bool IsInfinity(float f) { return f == PositiveInfinity || f == NegativeInfinity; }
        public static bool IsPositiveInfinity(float f) { return f == PositiveInfinity; }
        public static bool IsNegativeInfinity(float f) { return f == NegativeInfinity; }

        public override string ToString() { return Number.FormatDouble(m_value, null, 7); }
        public string ToString(string format) { return Number.FormatDouble(m_value, format, 7); }
        public string ToString(IFormatProvider provider) { return Number.FormatDouble(m_value, null, 7); }
        public string ToString(string format, IFormatProvider provider) { return Number.FormatDouble(m_value, format, 7); }

        public override int GetHashCode() {
            float f = m_value;
            if (f == 0) f = 0;
            return BitConverter.SingleToInt32Bits(f);
        }
        public override bool Equals(object obj) {
            if (!(obj is float)) return false;
            float v = (float)obj;
            return v == m_value || (IsNaN(v) && IsNaN(m_value));
        }
        public bool Equals(float obj) { return obj == m_value || (IsNaN(obj) && IsNaN(m_value)); }
        public int CompareTo(float value) { return ((double)m_value).CompareTo((double)value); }
        public int CompareTo(object value) {
            if (value == null) return 1;
            if (!(value is float)) throw new ArgumentException("Object must be of type Single.");
            return CompareTo((float)value);
        }
        public static float Parse(string s) { return Number.ParseSingle(s); }
        public static float Parse(string s, IFormatProvider provider) { return Number.ParseSingle(s); }
        public static float Parse(string s, System.Globalization.NumberStyles style) { return Number.ParseSingle(s, style); }
        public static float Parse(string s, System.Globalization.NumberStyles style, IFormatProvider provider) { return Number.ParseSingle(s, style); }
        public static bool TryParse(string s, out float result) { return Number.TryParseSingle(s, out result); }
        public static bool TryParse(string s, System.Globalization.NumberStyles style, IFormatProvider provider, out float result) { return Number.TryParseSingle(s, style, out result); }
        public TypeCode GetTypeCode() { return TypeCode.Single; }
    }

    public static class BitConverter {
        public static readonly bool IsLittleEndian = true;

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern long DoubleToInt64Bits(double value);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Int64BitsToDouble(long value);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int SingleToInt32Bits(float value);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern float Int32BitsToSingle(int value);

        public static byte[] GetBytes(int value) {
            return new byte[] { (byte)value, (byte)(value >> 8), (byte)(value >> 16), (byte)(value >> 24) };
        }
        public static byte[] GetBytes(long value) {
            byte[] b = new byte[8];
            for (int i = 0; i < 8; i++) b[i] = (byte)(value >> (8 * i));
            return b;
        }
        public static int ToInt32(byte[] value, int startIndex) {
            CheckRead(value, startIndex, 4);
            return value[startIndex] | (value[startIndex + 1] << 8) | (value[startIndex + 2] << 16) | (value[startIndex + 3] << 24);
        }
        public static long ToInt64(byte[] value, int startIndex) {
            CheckRead(value, startIndex, 8);
            long r = 0;
            for (int i = 7; i >= 0; i--) r = (r << 8) | value[startIndex + i];
            return r;
        }
        public static byte[] GetBytes(bool value) { return new byte[] { value ? (byte)1 : (byte)0 }; }
        public static byte[] GetBytes(char value) { return GetBytes((short)value); }
        public static byte[] GetBytes(short value) { return new byte[] { (byte)value, (byte)(value >> 8) }; }
        public static byte[] GetBytes(ushort value) { return GetBytes((short)value); }
        public static byte[] GetBytes(uint value) { return GetBytes((int)value); }
        public static byte[] GetBytes(ulong value) { return GetBytes((long)value); }
        public static byte[] GetBytes(float value) { return GetBytes(SingleToInt32Bits(value)); }
        public static byte[] GetBytes(double value) { return GetBytes(DoubleToInt64Bits(value)); }
        static void CheckRead(byte[] value, int startIndex, int size) {
            if (value == null) throw new ArgumentNullException("value");
            if ((uint)startIndex >= (uint)value.Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (startIndex > value.Length - size) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
        }
        public static bool ToBoolean(byte[] value, int startIndex) {
            if (value == null) throw new ArgumentNullException("value");
            if ((uint)startIndex >= (uint)value.Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return value[startIndex] != 0;
        }
        public static char ToChar(byte[] value, int startIndex) { return (char)ToInt16(value, startIndex); }
        public static short ToInt16(byte[] value, int startIndex) {
            CheckRead(value, startIndex, 2);
            return (short)(value[startIndex] | (value[startIndex + 1] << 8));
        }
        public static ushort ToUInt16(byte[] value, int startIndex) { return (ushort)ToInt16(value, startIndex); }
        public static uint ToUInt32(byte[] value, int startIndex) { return (uint)ToInt32(value, startIndex); }
        public static ulong ToUInt64(byte[] value, int startIndex) { return (ulong)ToInt64(value, startIndex); }
        public static float ToSingle(byte[] value, int startIndex) { return Int32BitsToSingle(ToInt32(value, startIndex)); }
        public static double ToDouble(byte[] value, int startIndex) { return Int64BitsToDouble(ToInt64(value, startIndex)); }
        public static string ToString(byte[] value, int startIndex) {
            if (value == null) throw new ArgumentNullException("value");
            return ToString(value, startIndex, value.Length - startIndex);
        }
        public static string ToString(byte[] value, int startIndex, int length) {
            if (value == null) throw new ArgumentNullException("value");
            if (startIndex < 0 || (startIndex >= value.Length && startIndex > 0)) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Value must be positive.");
            if (startIndex > value.Length - length) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            for (int i = startIndex; i < startIndex + length; i++) {
                if (i > startIndex) sb.Append('-');
                sb.Append(value[i].ToString("X2"));
            }
            return sb.ToString();
        }
        public static string ToString(byte[] value) {
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            for (int i = 0; i < value.Length; i++) {
                if (i > 0) sb.Append('-');
                sb.Append(value[i].ToString("X2"));
            }
            return sb.ToString();
        }
    }
}
