namespace System {
    /// A 128-bit identifier (RFC 4122 layout: a 32-bit, two 16-bit fields and 8 bytes; the byte
    /// array form is little-endian in the first three fields). NewGuid draws version-4 random
    /// GUIDs from a time-seeded generator (not cryptographic).
    [Serializable]
    public struct Guid : IFormattable, IComparable, IComparable<Guid>, IEquatable<Guid> {
        public static readonly Guid Empty = new Guid();
        int a;
        short b, c;
        byte d, e, f, g, h, i, j, k;
        static Random random;

        public Guid(byte[] b) {
            if (b == null) throw new ArgumentNullException("b");
            if (b.Length != 16) throw new ArgumentException("Byte array for GUID must be exactly 16 bytes long.");
            a = b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24);
            this.b = (short)(b[4] | (b[5] << 8));
            c = (short)(b[6] | (b[7] << 8));
            d = b[8]; e = b[9]; f = b[10]; g = b[11]; h = b[12]; i = b[13]; j = b[14]; k = b[15];
        }
        public Guid(int a, short b, short c, byte[] d) {
            if (d == null) throw new ArgumentNullException("d");
            if (d.Length != 8) throw new ArgumentException("Byte array for GUID must be exactly 8 bytes long.");
            this.a = a; this.b = b; this.c = c;
            this.d = d[0]; e = d[1]; f = d[2]; g = d[3]; h = d[4]; i = d[5]; j = d[6]; k = d[7];
        }
        public Guid(int a, short b, short c, byte d, byte e, byte f, byte g, byte h, byte i, byte j, byte k) {
            this.a = a; this.b = b; this.c = c;
            this.d = d; this.e = e; this.f = f; this.g = g; this.h = h; this.i = i; this.j = j; this.k = k;
        }
        public Guid(uint a, ushort b, ushort c, byte d, byte e, byte f, byte g, byte h, byte i, byte j, byte k)
            : this((int)a, (short)b, (short)c, d, e, f, g, h, i, j, k) { }
        public Guid(string g) {
            if (g == null) throw new ArgumentNullException("g");
            this = Parse(g);
        }

        public static Guid NewGuid() {
            if (random == null) random = new Random((int)(DateTime.UtcNow.Ticks ^ System.Diagnostics.Stopwatch.GetTimestamp()));
            byte[] r = new byte[16];
            random.NextBytes(r);
            r[7] = (byte)((r[7] & 0x0F) | 0x40);   // version 4
            r[8] = (byte)((r[8] & 0x3F) | 0x80);   // RFC 4122 variant
            return new Guid(r);
        }

        public byte[] ToByteArray() {
            return new byte[] { (byte)a, (byte)(a >> 8), (byte)(a >> 16), (byte)(a >> 24), (byte)b, (byte)(b >> 8), (byte)c, (byte)(c >> 8), d, e, f, g, h, i, j, k };
        }

        public override string ToString() { return ToString("D", null); }
        public string ToString(string format) { return ToString(format, null); }
        public string ToString(string format, IFormatProvider provider) {
            if (format == null || format.Length == 0) format = "D";
            if (format.Length != 1) throw BadFormatString();
            System.Text.StringBuilder sb = new System.Text.StringBuilder(68);
            switch (format[0]) {
                case 'D': case 'd': Dashed(sb); break;
                case 'N': case 'n': Hex(sb, (uint)a, 8); Hex(sb, (ushort)b, 4); Hex(sb, (ushort)c, 4); Bytes(sb, 0, 8); break;
                case 'B': case 'b': sb.Append('{'); Dashed(sb); sb.Append('}'); break;
                case 'P': case 'p': sb.Append('('); Dashed(sb); sb.Append(')'); break;
                case 'X': case 'x':
                    sb.Append("{0x"); Hex(sb, (uint)a, 8); sb.Append(",0x"); Hex(sb, (ushort)b, 4); sb.Append(",0x"); Hex(sb, (ushort)c, 4); sb.Append(",{");
                    byte[] t = ToByteArray();
                    for (int n = 8; n < 16; n++) { if (n > 8) sb.Append(','); sb.Append("0x"); Hex(sb, t[n], 2); }
                    sb.Append("}}");
                    break;
                default: throw BadFormatString();
            }
            return sb.ToString();
        }
        static FormatException BadFormatString() { return new FormatException("Format String can be only 'D', 'd', 'N', 'n', 'P', 'p', 'B', 'b', 'X' or 'x'."); }
        void Dashed(System.Text.StringBuilder sb) {
            Hex(sb, (uint)a, 8); sb.Append('-'); Hex(sb, (ushort)b, 4); sb.Append('-'); Hex(sb, (ushort)c, 4); sb.Append('-');
            Bytes(sb, 0, 2); sb.Append('-'); Bytes(sb, 2, 6);
        }
        void Bytes(System.Text.StringBuilder sb, int from, int count) {
            byte[] t = ToByteArray();
            for (int n = 0; n < count; n++) Hex(sb, t[8 + from + n], 2);
        }
        static void Hex(System.Text.StringBuilder sb, uint v, int digits) {
            for (int n = digits - 1; n >= 0; n--) sb.Append("0123456789abcdef"[(int)((v >> (4 * n)) & 0xF)]);
        }

        // ---- parsing ----

        const string BadLength = "Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).";
        public static Guid Parse(string input) {
            if (input == null) throw new ArgumentNullException("input");
            Guid r;
            string error = TryParseAny(input, out r);
            if (error != null) throw new FormatException(error);
            return r;
        }
        public static bool TryParse(string input, out Guid result) {
            if (input == null || TryParseAny(input, out result) != null) { result = Empty; return false; }
            return true;
        }
        public static Guid ParseExact(string input, string format) {
            if (input == null) throw new ArgumentNullException("input");
            if (format == null) throw new ArgumentNullException("format");
            Guid r;
            if (!TryParseExact(input, format, out r)) throw new FormatException("Unrecognized Guid format.");
            return r;
        }
        public static bool TryParseExact(string input, string format, out Guid result) {
            result = Empty;
            if (input == null || format == null || format.Length != 1) return false;
            string t = input.Trim();
            char fc = Char.ToUpperInvariant(format[0]);
            bool ok;
            switch (fc) {
                case 'D': ok = ParseDashed(t, out result); break;
                case 'N': ok = ParseDigits(t, out result); break;
                case 'B': ok = t.Length == 38 && t[0] == '{' && t[37] == '}' && ParseDashed(t.Substring(1, 36), out result); break;
                case 'P': ok = t.Length == 38 && t[0] == '(' && t[37] == ')' && ParseDashed(t.Substring(1, 36), out result); break;
                case 'X': ok = ParseHexForm(t, out result); break;
                default: ok = false; break;
            }
            if (!ok) result = Empty;
            return ok;
        }
        static string TryParseAny(string input, out Guid result) {
            result = Empty;
            string t = input.Trim();
            if (t.Length == 0) return "Unrecognized Guid format.";
            bool ok;
            if (t.IndexOf('-') >= 0) {
                if (t[0] == '{' || t[0] == '(') {
                    char close = t[0] == '{' ? '}' : ')';
                    ok = t.Length == 38 && t[37] == close && ParseDashed(t.Substring(1, 36), out result);
                } else ok = ParseDashed(t, out result);
            } else if (t[0] == '{' && t.IndexOf("0x", StringComparison.Ordinal) >= 0) ok = ParseHexForm(t, out result);
            else ok = ParseDigits(t, out result);
            if (!ok) { result = Empty; return BadLength; }
            return null;
        }
        static bool HexValue(string s, int start, int count, out ulong v) {
            v = 0;
            if (count <= 0 || start + count > s.Length) return false;
            for (int n = start; n < start + count; n++) {
                char ch = s[n];
                int x = ch >= '0' && ch <= '9' ? ch - '0' : (ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : (ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : -1));
                if (x < 0) return false;
                v = (v << 4) | (uint)x;
            }
            return true;
        }
        static bool FromDigits(string h, out Guid result) {
            result = Empty;
            ulong va, vb, vc, vd, ve;
            if (!HexValue(h, 0, 8, out va) || !HexValue(h, 8, 4, out vb) || !HexValue(h, 12, 4, out vc) ||
                !HexValue(h, 16, 4, out vd) || !HexValue(h, 20, 12, out ve)) return false;
            result = new Guid((int)(uint)va, (short)(ushort)vb, (short)(ushort)vc, (byte)(vd >> 8), (byte)vd,
                (byte)(ve >> 40), (byte)(ve >> 32), (byte)(ve >> 24), (byte)(ve >> 16), (byte)(ve >> 8), (byte)ve);
            return true;
        }
        static bool ParseDigits(string t, out Guid result) {
            result = Empty;
            return t.Length == 32 && FromDigits(t, out result);
        }
        static bool ParseDashed(string t, out Guid result) {
            result = Empty;
            if (t.Length != 36 || t[8] != '-' || t[13] != '-' || t[18] != '-' || t[23] != '-') return false;
            return FromDigits(t.Substring(0, 8) + t.Substring(9, 4) + t.Substring(14, 4) + t.Substring(19, 4) + t.Substring(24, 12), out result);
        }
        /// {0xXXXXXXXX,0xXXXX,0xXXXX,{0xXX,0xXX,0xXX,0xXX,0xXX,0xXX,0xXX,0xXX}} (white space allowed).
        static bool ParseHexForm(string t, out Guid result) {
            result = Empty;
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            for (int n = 0; n < t.Length; n++) if (!Char.IsWhiteSpace(t[n])) sb.Append(t[n]);
            string s = sb.ToString();
            if (!s.StartsWith("{") || !s.EndsWith("}}")) return false;
            string[] parts = s.Substring(1, s.Length - 3).Replace("{", "").Split(',');
            if (parts.Length != 11) return false;
            int[] widths = { 8, 4, 4, 2, 2, 2, 2, 2, 2, 2, 2 };
            ulong[] v = new ulong[11];
            for (int n = 0; n < 11; n++) {
                string p = parts[n];
                if (p.Length < 3 || p[0] != '0' || (p[1] != 'x' && p[1] != 'X') || p.Length - 2 > widths[n]) return false;
                if (!HexValue(p, 2, p.Length - 2, out v[n])) return false;
            }
            result = new Guid((int)(uint)v[0], (short)(ushort)v[1], (short)(ushort)v[2], (byte)v[3], (byte)v[4], (byte)v[5], (byte)v[6], (byte)v[7], (byte)v[8], (byte)v[9], (byte)v[10]);
            return true;
        }

        // ---- comparison ----

        public bool Equals(Guid o) {
            return a == o.a && b == o.b && c == o.c && d == o.d && e == o.e && f == o.f && g == o.g && h == o.h && i == o.i && j == o.j && k == o.k;
        }
        public override bool Equals(object o) { return o is Guid && Equals((Guid)o); }
        /// XOR of the four 32-bit words of the in-memory layout.
        public override int GetHashCode() {
            return a ^ (((int)c << 16) | (ushort)b) ^ (d | (e << 8) | (f << 16) | (g << 24)) ^ (h | (i << 8) | (j << 16) | (k << 24));
        }
        public static bool operator ==(Guid x, Guid y) { return x.Equals(y); }
        public static bool operator !=(Guid x, Guid y) { return !x.Equals(y); }
        public int CompareTo(Guid value) {
            if (a != value.a) return (uint)a < (uint)value.a ? -1 : 1;
            if (b != value.b) return (ushort)b < (ushort)value.b ? -1 : 1;
            if (c != value.c) return (ushort)c < (ushort)value.c ? -1 : 1;
            byte[] x = ToByteArray(), y = value.ToByteArray();
            for (int n = 8; n < 16; n++) if (x[n] != y[n]) return x[n] < y[n] ? -1 : 1;
            return 0;
        }
        public int CompareTo(object value) {
            if (value == null) return 1;
            if (!(value is Guid)) throw new ArgumentException("Object must be of type GUID.", "value");
            return CompareTo((Guid)value);
        }
    }
}
