using System.Globalization;
namespace System {
    /// 96-bit unsigned mantissa (lo, mid, hi), scale 0..28 and sign in flags (bits 16-23 scale,
    /// bit 31 sign), like .NET. Arithmetic rounds half to even, as .NET does.
    [Serializable]
    public struct Decimal : IComparable, IFormattable, IComparable<decimal>, IEquatable<decimal> {
        const int SignMask = unchecked((int)0x80000000);
        const int ScaleShift = 16;
        int flags;
        int hi;
        int lo;
        int mid;

        public static readonly decimal Zero = 0m;
        public static readonly decimal One = 1m;
        public static readonly decimal MinusOne = -1m;
        public static readonly decimal MaxValue = new decimal(-1, -1, -1, false, 0);
        public static readonly decimal MinValue = new decimal(-1, -1, -1, true, 0);

        public Decimal(int value) {
            hi = 0; mid = 0;
            if (value < 0) { flags = SignMask; lo = -value; } else { flags = 0; lo = value; }
        }
        public Decimal(uint value) { flags = 0; hi = 0; mid = 0; lo = (int)value; }
        public Decimal(long value) {
            hi = 0;
            ulong m;
            if (value < 0) { flags = SignMask; m = (ulong)(-(value + 1)) + 1; } else { flags = 0; m = (ulong)value; }
            lo = (int)m; mid = (int)(m >> 32);
        }
        public Decimal(ulong value) { flags = 0; hi = 0; lo = (int)value; mid = (int)(value >> 32); }
        public Decimal(int lo, int mid, int hi, bool isNegative, byte scale) {
            if (scale > 28) throw new ArgumentOutOfRangeException("scale", "Decimal's scale value must be between 0 and 28, inclusive.");
            this.lo = lo; this.mid = mid; this.hi = hi;
            flags = (scale << ScaleShift) | (isNegative ? SignMask : 0);
        }
        public Decimal(int[] bits) {
            if (bits == null) throw new ArgumentNullException("bits");
            if (bits.Length != 4) throw new ArgumentException("Decimal constructor requires an array or span of four valid decimal bytes.");
            lo = bits[0]; mid = bits[1]; hi = bits[2]; flags = bits[3];
        }
        public Decimal(double value) { this = FromDouble(value, 15); }
        public Decimal(float value) { this = FromDouble(value, 7); }

        internal int Scale { get { return (flags >> ScaleShift) & 0xff; } }
        internal bool IsNegative { get { return flags < 0; } }
        bool IsZero { get { return lo == 0 && mid == 0 && hi == 0; } }

        public static int[] GetBits(decimal d) { return new int[] { d.lo, d.mid, d.hi, d.flags }; }

        // ---------- big unsigned helpers (little-endian uint limbs) ----------
        const int N = 10;

        static uint[] Mant(decimal d) {
            uint[] a = new uint[N];
            a[0] = (uint)d.lo; a[1] = (uint)d.mid; a[2] = (uint)d.hi;
            return a;
        }
        static bool IsZeroBig(uint[] a) {
            for (int i = 0; i < a.Length; i++) if (a[i] != 0) return false;
            return true;
        }
        static void MulSmall(uint[] a, uint m) {
            ulong carry = 0;
            for (int i = 0; i < a.Length; i++) {
                ulong t = (ulong)a[i] * m + carry;
                a[i] = (uint)t;
                carry = t >> 32;
            }
            if (carry != 0) throw Overflow();
        }
        static uint DivSmall(uint[] a, uint d) {
            ulong rem = 0;
            for (int i = a.Length - 1; i >= 0; i--) {
                ulong t = (rem << 32) | a[i];
                a[i] = (uint)(t / d);
                rem = t % d;
            }
            return (uint)rem;
        }
        static void AddBig(uint[] a, uint[] b) {
            ulong carry = 0;
            for (int i = 0; i < a.Length; i++) {
                ulong t = (ulong)a[i] + b[i] + carry;
                a[i] = (uint)t;
                carry = t >> 32;
            }
            if (carry != 0) throw Overflow();
        }
        static void SubBig(uint[] a, uint[] b) { // a -= b, requires a >= b
            long borrow = 0;
            for (int i = 0; i < a.Length; i++) {
                long t = (long)a[i] - b[i] - borrow;
                if (t < 0) { t += 0x100000000L; borrow = 1; } else borrow = 0;
                a[i] = (uint)t;
            }
        }
        static int CmpBig(uint[] a, uint[] b) {
            for (int i = a.Length - 1; i >= 0; i--) if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
            return 0;
        }
        static uint[] MulBig(uint[] a, uint[] b) {
            uint[] r = new uint[N];
            for (int i = 0; i < N; i++) {
                if (a[i] == 0) continue;
                ulong carry = 0;
                for (int j = 0; i + j < N; j++) {
                    ulong t = (ulong)a[i] * b[j] + r[i + j] + carry;
                    r[i + j] = (uint)t;
                    carry = t >> 32;
                }
            }
            return r;
        }
        static void ShiftLeft1(uint[] a) {
            uint carry = 0;
            for (int i = 0; i < a.Length; i++) {
                uint nc = a[i] >> 31;
                a[i] = (a[i] << 1) | carry;
                carry = nc;
            }
        }
        /// a / b (bitwise long division); rem receives the remainder.
        static uint[] DivBig(uint[] a, uint[] b, out uint[] rem) {
            uint[] q = new uint[N];
            uint[] r = new uint[N];
            for (int bit = N * 32 - 1; bit >= 0; bit--) {
                ShiftLeft1(r);
                r[0] |= (a[bit >> 5] >> (bit & 31)) & 1;
                if (CmpBig(r, b) >= 0) {
                    SubBig(r, b);
                    q[bit >> 5] |= 1u << (bit & 31);
                }
            }
            rem = r;
            return q;
        }
        static bool Fits96(uint[] a) {
            for (int i = 3; i < a.Length; i++) if (a[i] != 0) return false;
            return true;
        }
        static OverflowException Overflow() { return new OverflowException("Value was either too large or too small for a Decimal."); }

        /// Builds a decimal from a big mantissa and scale, dividing by 10 (half-even, with a sticky
        /// bit for already-discarded nonzero digits) until it fits 96 bits and scale <= 28.
        static decimal Make(uint[] m, int scale, bool negative, bool sticky) {
            while (scale > 28 || (!Fits96(m) && scale > 0)) {
                uint r = DivSmall(m, 10);
                bool up = r > 5 || (r == 5 && (sticky || (m[0] & 1) != 0));
                sticky = sticky || r != 0;
                if (up) {
                    uint[] one = new uint[N];
                    one[0] = 1;
                    AddBig(m, one);
                }
                scale--;
            }
            if (!Fits96(m)) throw Overflow();
            decimal d = new decimal((int)m[0], (int)m[1], (int)m[2], negative && !IsZeroBig(m), (byte)scale);
            return d;
        }

        static void Align(ref uint[] a, ref int sa, ref uint[] b, ref int sb) {
            while (sa < sb) { MulSmall(a, 10); sa++; }
            while (sb < sa) { MulSmall(b, 10); sb++; }
        }

        // ---------- arithmetic ----------

        public static decimal Add(decimal d1, decimal d2) {
            uint[] a = Mant(d1), b = Mant(d2);
            int sa = d1.Scale, sb = d2.Scale;
            Align(ref a, ref sa, ref b, ref sb);
            bool na = d1.IsNegative, nb = d2.IsNegative;
            if (na == nb) {
                AddBig(a, b);
                return Make(a, sa, na, false);
            }
            if (CmpBig(a, b) >= 0) { SubBig(a, b); return Make(a, sa, na, false); }
            SubBig(b, a);
            return Make(b, sa, nb, false);
        }
        public static decimal Subtract(decimal d1, decimal d2) { return Add(d1, Negate(d2)); }
        public static decimal Multiply(decimal d1, decimal d2) {
            uint[] p = MulBig(Mant(d1), Mant(d2));
            // Mono returns a plain 0 when a zero product involves a mantissa wider than 32 bits.
            if (IsZeroBig(p) && (d1.mid | d1.hi | d2.mid | d2.hi) != 0) return new decimal(0);
            return Make(p, d1.Scale + d2.Scale, d1.IsNegative != d2.IsNegative, false);
        }
        public static decimal Divide(decimal d1, decimal d2) {
            if (d2.IsZero) throw new DivideByZeroException();
            if (d1.IsZero) return Zero;
            uint[] a = Mant(d1);
            int k = 28 + d2.Scale - d1.Scale;
            int scale = 28;
            if (k < 0) { scale -= k; k = 0; }
            for (int i = 0; i < k; i++) MulSmall(a, 10);
            uint[] rem;
            uint[] q = DivBig(a, Mant(d2), out rem);
            bool neg = d1.IsNegative != d2.IsNegative;
            bool inexact = !IsZeroBig(rem);
            decimal r;
            if (Fits96(q) && scale <= 28) {
                if (inexact) {
                    uint[] twice = (uint[])rem.Clone();
                    ShiftLeft1(twice);
                    int c = CmpBig(twice, Mant(d2));
                    if (c > 0 || (c == 0 && (q[0] & 1) != 0)) {
                        uint[] one = new uint[N];
                        one[0] = 1;
                        AddBig(q, one);
                    }
                }
                r = Make(q, scale, neg, false);
            } else {
                r = Make(q, scale, neg, inexact);
            }
            if (r.IsZero) return new decimal(0);
            // drop trailing zeros down to the natural scale of the quotient
            int preferred = Math.Max(d1.Scale - d2.Scale, 0);
            q = Mant(r);
            scale = r.Scale;
            while (scale > preferred) {
                uint[] t = (uint[])q.Clone();
                if (DivSmall(t, 10) != 0) break;
                q = t;
                scale--;
            }
            return Make(q, scale, neg, false);
        }
        public static decimal Remainder(decimal d1, decimal d2) {
            if (d2.IsZero) throw new DivideByZeroException();
            uint[] a = Mant(d1), b = Mant(d2);
            int sa = d1.Scale, sb = d2.Scale;
            Align(ref a, ref sa, ref b, ref sb);
            if (CmpBig(a, b) < 0) return d1;
            uint[] rem;
            DivBig(a, b, out rem);
            return Make(rem, sa, d1.IsNegative, false);
        }
        public static decimal Negate(decimal d) {
            decimal r = d;
            r.flags ^= SignMask;
            return r;
        }
        public static int Compare(decimal d1, decimal d2) {
            bool z1 = d1.IsZero, z2 = d2.IsZero;
            if (z1 && z2) return 0;
            bool n1 = d1.IsNegative && !z1, n2 = d2.IsNegative && !z2;
            if (n1 != n2) return n1 ? -1 : 1;
            uint[] a = Mant(d1), b = Mant(d2);
            int sa = d1.Scale, sb = d2.Scale;
            Align(ref a, ref sa, ref b, ref sb);
            int c = CmpBig(a, b);
            return n1 ? -c : c;
        }

        public static decimal operator +(decimal d1, decimal d2) { return Add(d1, d2); }
        public static decimal operator -(decimal d1, decimal d2) { return Subtract(d1, d2); }
        public static decimal operator *(decimal d1, decimal d2) { return Multiply(d1, d2); }
        public static decimal operator /(decimal d1, decimal d2) { return Divide(d1, d2); }
        public static decimal operator %(decimal d1, decimal d2) { return Remainder(d1, d2); }
        public static decimal operator -(decimal d) { return Negate(d); }
        public static decimal operator +(decimal d) { return d; }
        public static decimal operator ++(decimal d) { return Add(d, One); }
        public static decimal operator --(decimal d) { return Subtract(d, One); }
        public static bool operator ==(decimal d1, decimal d2) { return Compare(d1, d2) == 0; }
        public static bool operator !=(decimal d1, decimal d2) { return Compare(d1, d2) != 0; }
        public static bool operator <(decimal d1, decimal d2) { return Compare(d1, d2) < 0; }
        public static bool operator <=(decimal d1, decimal d2) { return Compare(d1, d2) <= 0; }
        public static bool operator >(decimal d1, decimal d2) { return Compare(d1, d2) > 0; }
        public static bool operator >=(decimal d1, decimal d2) { return Compare(d1, d2) >= 0; }

        // ---------- rounding ----------

        public static decimal Truncate(decimal d) { return RoundTo(d, 0, 2); }
        public static decimal Floor(decimal d) { return RoundTo(d, 0, d.IsNegative ? 3 : 2); }
        public static decimal Ceiling(decimal d) { return RoundTo(d, 0, d.IsNegative ? 2 : 3); }
        public static decimal Round(decimal d) { return RoundTo(d, 0, 0); }
        public static decimal Round(decimal d, int decimals) { return Round(d, decimals, MidpointRounding.ToEven); }
        public static decimal Round(decimal d, MidpointRounding mode) { return Round(d, 0, mode); }
        public static decimal Round(decimal d, int decimals, MidpointRounding mode) {
            if (decimals < 0 || decimals > 28) throw new ArgumentOutOfRangeException("decimals", "Decimal can only round to between 0 and 28 digits of precision.");
            return RoundTo(d, decimals, mode == MidpointRounding.ToEven ? 0 : 1);
        }
        /// mode 0 half-even, 1 half-away, 2 toward zero, 3 away from zero.
        static decimal RoundTo(decimal d, int decimals, int mode) {
            int scale = d.Scale;
            if (scale <= decimals) return d;
            uint[] m = Mant(d);
            bool sticky = false;
            uint last = 0;
            while (scale > decimals) {
                if (last != 0) sticky = true;
                last = DivSmall(m, 10);
                scale--;
            }
            bool up;
            switch (mode) {
                case 0: up = last > 5 || (last == 5 && (sticky || (m[0] & 1) != 0)); break;
                case 1: up = last >= 5; break;
                case 2: up = false; break;
                default: up = last != 0 || sticky; break;
            }
            if (up) {
                uint[] one = new uint[N];
                one[0] = 1;
                AddBig(m, one);
            }
            return Make(m, scale, d.IsNegative, false);
        }

        // ---------- conversions ----------

        public static implicit operator decimal(byte value) { return new decimal((int)value); }
        public static implicit operator decimal(sbyte value) { return new decimal((int)value); }
        public static implicit operator decimal(short value) { return new decimal((int)value); }
        public static implicit operator decimal(ushort value) { return new decimal((int)value); }
        public static implicit operator decimal(char value) { return new decimal((int)value); }
        public static implicit operator decimal(int value) { return new decimal(value); }
        public static implicit operator decimal(uint value) { return new decimal(value); }
        public static implicit operator decimal(long value) { return new decimal(value); }
        public static implicit operator decimal(ulong value) { return new decimal(value); }
        public static explicit operator decimal(float value) { return new decimal(value); }
        public static explicit operator decimal(double value) { return new decimal(value); }

        static decimal FromDouble(double value, int precision) {
            if (value != value || Double.IsInfinity(value) || value >= 7.9228162514264338E+28 || value <= -7.9228162514264338E+28)
                throw new OverflowException("Value was either too large or too small for a Decimal.");
            if (value == 0) return Zero;
            string s = Number.DoubleToScientific(value, precision);
            int e = s.IndexOf('e');
            int exp = int.Parse(s.Substring(e + 1));
            uint[] m = new uint[N];
            int digits = 0;
            for (int i = 0; i < e; i++) {
                char c = s[i];
                if (c == '.') continue;
                MulSmall(m, 10);
                m[0] += (uint)(c - '0');
                digits++;
            }
            int scale = digits - 1 - exp;
            while (scale < 0) { MulSmall(m, 10); scale++; }
            decimal r = Make(m, scale, value < 0, false);
            // strip trailing zeros like .NET's conversion does
            uint[] q = Mant(r);
            int sc = r.Scale;
            while (sc > 0) {
                uint[] t = (uint[])q.Clone();
                if (DivSmall(t, 10) != 0) break;
                q = t; sc--;
            }
            return Make(q, sc, value < 0, false);
        }

        /// The integral part's magnitude; false when it needs more than 64 bits.
        static bool TruncatedMagnitude(decimal d, out ulong magnitude, out bool negative) {
            decimal t = Truncate(d);
            negative = t.IsNegative && !t.IsZero;
            magnitude = ((ulong)(uint)t.mid << 32) | (uint)t.lo;
            return t.hi == 0;
        }
        /// The truncated value as a long, or the OverflowException `message` if it does not fit in [min, max].
        static long TruncatedInRange(decimal d, long min, long max, string message) {
            ulong m; bool neg;
            if (!TruncatedMagnitude(d, out m, out neg)) throw new OverflowException(message);
            if (neg) {
                if (m > (ulong)(-(min + 1)) + 1) throw new OverflowException(message);
                return m == 0 ? 0 : -(long)(m - 1) - 1;
            }
            if (m > (ulong)max) throw new OverflowException(message);
            return (long)m;
        }
        public static long ToInt64(decimal d) {
            return TruncatedInRange(d, long.MinValue, long.MaxValue, "Value was either too large or too small for an Int64.");
        }
        public static ulong ToUInt64(decimal d) {
            ulong m; bool neg;
            if (!TruncatedMagnitude(d, out m, out neg) || (neg && m != 0)) throw new OverflowException("Value was either too large or too small for a UInt64.");
            return m;
        }
        public static int ToInt32(decimal d) {
            return (int)TruncatedInRange(d, int.MinValue, int.MaxValue, "Value was either too large or too small for an Int32.");
        }
        public static double ToDouble(decimal d) { return Double.Parse(d.ToString()); }
        public static byte ToByte(decimal value) { return (byte)value; }
        public static sbyte ToSByte(decimal value) { return (sbyte)value; }
        public static short ToInt16(decimal value) { return (short)value; }
        public static ushort ToUInt16(decimal value) { return (ushort)value; }
        public static uint ToUInt32(decimal value) { return (uint)value; }
        public static float ToSingle(decimal d) { return (float)ToDouble(d); }

        public static explicit operator byte(decimal value) { return (byte)TruncatedInRange(value, 0, 255, "Value was either too large or too small for an unsigned byte."); }
        public static explicit operator sbyte(decimal value) { return (sbyte)TruncatedInRange(value, -128, 127, "Value was either too large or too small for a signed byte."); }
        public static explicit operator short(decimal value) { return (short)TruncatedInRange(value, short.MinValue, short.MaxValue, "Value was either too large or too small for an Int16."); }
        public static explicit operator ushort(decimal value) { return (ushort)TruncatedInRange(value, 0, ushort.MaxValue, "Value was either too large or too small for a UInt16."); }
        public static explicit operator char(decimal value) { return (char)(ushort)value; }
        public static explicit operator int(decimal value) { return ToInt32(value); }
        public static explicit operator uint(decimal value) { return (uint)TruncatedInRange(value, 0, uint.MaxValue, "Value was either too large or too small for a UInt32."); }
        public static explicit operator long(decimal value) { return ToInt64(value); }
        public static explicit operator ulong(decimal value) { return ToUInt64(value); }
        public static explicit operator float(decimal value) { return ToSingle(value); }
        public static explicit operator double(decimal value) { return ToDouble(value); }

        // ---------- formatting / parsing ----------

        string MantissaDigits() {
            uint[] m = Mant(this);
            if (IsZeroBig(m)) return "0";
            char[] buf = new char[40];
            int p = buf.Length;
            while (!IsZeroBig(m)) buf[--p] = (char)('0' + DivSmall(m, 10));
            return new string(buf, p, buf.Length - p);
        }

        public override string ToString() { return ToString((string)null); }
        public string ToString(IFormatProvider provider) { return ToString((string)null); }
        public string ToString(string format, IFormatProvider provider) { return ToString(format); }
        public string ToString(string format) {
            return Number.FormatDecimal(MantissaDigits(), Scale, IsNegative && !IsZero, format);
        }

        public static decimal Parse(string s) { return Parse(s, NumberStyles.Number); }
        public static decimal Parse(string s, IFormatProvider provider) { return Parse(s, NumberStyles.Number); }
        public static decimal Parse(string s, NumberStyles style, IFormatProvider provider) { return Parse(s, style); }
        public static decimal Parse(string s, NumberStyles style) {
            Number.ValidateFloatStyle(style);
            if (s == null) throw new ArgumentNullException("s");
            decimal r;
            int status = ParseStyled(s, style, out r);
            if (status == 1) throw new FormatException("Input string was not in a correct format.");
            if (status == 2) throw new OverflowException("Value was either too large or too small for a Decimal.");
            return r;
        }
        public static bool TryParse(string s, out decimal result) { return TryParse(s, NumberStyles.Number, null, out result); }
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out decimal result) {
            Number.ValidateFloatStyle(style);
            result = Zero;
            if (s == null) return false;
            if (ParseStyled(s, style, out result) == 0) return true;
            result = Zero;
            return false;
        }
        /// 0 = ok, 1 = format error, 2 = overflow.
        static int ParseStyled(string s, NumberStyles style, out decimal result) {
            result = Zero;
            bool negative; string digits; long point;
            if (!Number.ScanNumber(s, style, out negative, out digits, out point)) return 1;
            // plain "[-]int.frac" (digits beyond the 28th decimal place only round, so the
            // position is clamped)
            if (point > digits.Length + 40) {
                for (int k = 0; k < digits.Length; k++) if (digits[k] != '0') return 2;
                point = digits.Length;
            }
            if (point < -40) { digits = ""; point = 0; }
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            if (negative) sb.Append('-');
            if (point <= 0) {
                sb.Append("0.").Append('0', (int)-point).Append(digits);
            } else if (point >= digits.Length) {
                sb.Append(digits).Append('0', (int)(point - digits.Length));
            } else {
                sb.Append(digits, 0, (int)point).Append('.').Append(digits, (int)point, digits.Length - (int)point);
            }
            if (sb.Length == (negative ? 1 : 0)) sb.Append('0');
            return TryParsePlain(sb.ToString(), out result) ? 0 : 2;
        }
        /// "[-]digits[.digits]"; false on overflow.
        static bool TryParsePlain(string t, out decimal result) {
            result = Zero;
            int i = 0;
            bool neg = false;
            if (i < t.Length && (t[i] == '-' || t[i] == '+')) { neg = t[i] == '-'; i++; }
            uint[] m = new uint[N];
            int digits = 0, scale = 0;
            bool dot = false, sticky = false;
            int dropped = 0;
            for (; i < t.Length; i++) {
                char c = t[i];
                if (c == '.' && !dot) { dot = true; continue; }
                if (c == ',' && !dot && digits > 0) continue;
                if (c < '0' || c > '9') return false;
                digits++;
                if (digits > 60) { if (!dot) dropped++; else if (c != '0') sticky = true; continue; }
                MulSmall(m, 10);
                uint[] add = new uint[N];
                add[0] = (uint)(c - '0');
                AddBig(m, add);
                if (dot) scale++;
            }
            if (digits == 0) return false;
            for (int k = 0; k < dropped; k++) MulSmall(m, 10);
            try {
                result = Make(m, scale, neg, sticky);
            } catch (OverflowException) {
                return false;
            }
            return true;
        }

        public override bool Equals(object value) { return value is decimal && Compare(this, (decimal)value) == 0; }
        public bool Equals(decimal value) { return Compare(this, value) == 0; }
        public static bool Equals(decimal d1, decimal d2) { return Compare(d1, d2) == 0; }
        public override int GetHashCode() { return ToDouble(this).GetHashCode(); }
        public int CompareTo(object value) {
            if (value == null) return 1;
            if (!(value is decimal)) throw new ArgumentException("Object must be of type Decimal.");
            return Compare(this, (decimal)value);
        }
        public int CompareTo(decimal value) { return Compare(this, value); }
        public TypeCode GetTypeCode() { return TypeCode.Decimal; }
    }
}
