using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace System {
    /// Invariant-culture number formatting and parsing.
    /// A number is handled as a digit buffer: value = 0.d1d2d3... * 10^scale (digits without
    /// leading zeros; "" means zero), plus a sign.
    internal static class Number {
        /// Correctly rounded scientific form of |value| (finite) with `precision` significant digits,
        /// exactly Rust's format!("{:.*e}", precision - 1, value.abs()): "1.2345e3", "5e-324", "0e0".
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string DoubleToScientific(double value, int precision);

        /// Parses "[-]digits[.digits][e[+-]digits]" (already validated by C#) to the nearest double,
        /// exactly Rust's str::parse::<f64>.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern double ParseNormalizedDouble(string s);

        struct Buf {
            public string digits;   // significant digits, no leading zeros
            public int scale;       // position of the decimal point
            public bool negative;
        }

        // ---------------- entry points ----------------

        internal static string FormatSigned(long value, ulong raw, string format) {
            if (format == null || format.Length == 0 || format == "G" || format == "g") return Int64ToString(value);
            char f = format[0];
            if (f == 'X' || f == 'x') return FormatHex(raw, format);
            ulong mag = value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value;
            return FormatInteger(mag, value < 0, format);
        }

        internal static string FormatUInt64(ulong value, string format) {
            if (format == null || format.Length == 0 || format == "G" || format == "g") return UInt64ToDecimal(value);
            char f = format[0];
            if (f == 'X' || f == 'x') return FormatHex(value, format);
            return FormatInteger(value, false, format);
        }

        internal static string Int64ToString(long value) {
            if (value >= 0) return UInt64ToDecimal((ulong)value);
            return "-" + UInt64ToDecimal((ulong)(-(value + 1)) + 1);
        }

        internal static string UInt64ToDecimal(ulong v) {
            if (v == 0) return "0";
            char[] buf = new char[20];
            int p = 20;
            while (v != 0) { buf[--p] = (char)('0' + (int)(v % 10)); v /= 10; }
            return new string(buf, p, 20 - p);
        }

        static string FormatHex(ulong v, string format) {
            int prec = ParsePrecision(format, 0);
            if (prec == -2) return FormatCustom(UInt64ToDecimal(v), UInt64ToDecimal(v).Length, false, format, v == 0);
            string digits = format[0] == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
            char[] buf = new char[16];
            int p = 16;
            do { buf[--p] = digits[(int)(v & 15)]; v >>= 4; } while (v != 0);
            string s = new string(buf, p, 16 - p);
            return prec > s.Length ? s.PadLeft(prec, '0') : s;
        }

        static string FormatInteger(ulong mag, bool negative, string format) {
            string ds = UInt64ToDecimal(mag);
            Buf b;
            b.negative = negative;
            if (mag == 0) { b.digits = ""; b.scale = 0; } else { b.digits = ds; b.scale = ds.Length; }
            char f = format[0];
            int prec = ParsePrecision(format, -1);
            if (prec == -2) return FormatCustom(ds, ds.Length, negative, format, mag == 0);
            switch (f) {
                case 'D': case 'd': {
                    string s = prec > ds.Length ? ds.PadLeft(prec, '0') : ds;
                    return negative ? "-" + s : s;
                }
                case 'G': case 'g':
                    if (prec <= 0) prec = 1000;
                    return FormatGeneral(b, prec, f == 'g' ? 'e' : 'E', false);
                case 'R': case 'r':
                    throw new FormatException("Format specifier was invalid.");
                default:
                    return FormatStandard(b, f, prec, 0);
            }
        }

        /// `defaultPrecision` is 15 for double and 7 for float (the digits .NET Framework keeps).
        internal static string FormatDouble(double value, string format, int defaultPrecision) {
            if (value != value) return "NaN";
            if (value == Double.PositiveInfinity) return "Infinity";
            if (value == Double.NegativeInfinity) return "-Infinity";
            char f = (format == null || format.Length == 0) ? 'G' : format[0];
            int prec = (format == null || format.Length == 0) ? -1 : ParsePrecision(format, -1);
            if (prec == -2) {
                Buf cb = DoubleDigits(value, defaultPrecision);
                return FormatCustomBuf(cb, format);
            }
            if (f == 'R' || f == 'r') {
                string s = FormatGeneral(DoubleDigits(value, defaultPrecision), defaultPrecision, 'E', true);
                double back; ScanDouble(s, out back);
                bool roundTrips = defaultPrecision == 7 ? (float)back == (float)value : back == value;
                if (roundTrips) return s;
                int wider = defaultPrecision == 7 ? 9 : 17;
                return FormatGeneral(DoubleDigits(value, wider), wider, 'E', true);
            }
            if (f == 'G' || f == 'g') {
                if (prec <= 0 || prec > defaultPrecision + 2) prec = prec <= 0 ? defaultPrecision : prec;
                int use = prec > defaultPrecision ? Math.Min(prec, defaultPrecision + 2) : prec;
                return FormatGeneral(DoubleDigits(value, use), use, f == 'g' ? 'e' : 'E', true);
            }
            if (f == 'D' || f == 'd' || f == 'X' || f == 'x') throw new FormatException("Format specifier was invalid.");
            return FormatStandard(DoubleDigits(value, defaultPrecision), f, prec, 0);
        }

        /// `mantissa` holds the decimal digits of the 96-bit integer, `scale` the digits after the point.
        internal static string FormatDecimal(string mantissa, int scale, bool negative, string format) {
            if (format == null || format.Length == 0 || ((format[0] == 'G' || format[0] == 'g') && format.Length == 1)) {
                string m = mantissa.PadLeft(scale + 1, '0');
                string r = scale == 0 ? m : m.Substring(0, m.Length - scale) + "." + m.Substring(m.Length - scale);
                return negative ? "-" + r : r;
            }
            Buf b;
            b.negative = negative;
            string t = mantissa.TrimStart('0');
            if (t.Length == 0) { b.digits = ""; b.scale = 0; }
            else { b.scale = t.Length - scale; b.digits = t.TrimEnd('0'); }
            char f = format[0];
            int prec = ParsePrecision(format, -1);
            if (prec == -2) return FormatCustomBuf(b, format);
            if (f == 'G' || f == 'g') return FormatGeneral(b, prec <= 0 ? 29 : prec, f == 'g' ? 'e' : 'E', false);
            if (f == 'D' || f == 'd' || f == 'X' || f == 'x' || f == 'R' || f == 'r') throw new FormatException("Format specifier was invalid.");
            return FormatStandard(b, f, prec, 0);
        }

        static Buf DoubleDigits(double value, int precision) {
            Buf b;
            b.negative = value < 0;
            if (value == 0) { b.digits = ""; b.scale = 0; b.negative = false; return b; }
            string s = DoubleToScientific(value, precision);
            int e = s.IndexOf('e');
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < e; i++) if (s[i] != '.') d.Append(s[i]);
            int exp = int.Parse(s.Substring(e + 1));
            string digits = d.ToString().TrimEnd('0');
            b.digits = digits;
            b.scale = exp + 1;
            return b;
        }

        /// Parses the precision after the format letter: returns `missing` when there is none,
        /// -2 when the format is not a standard one (custom format).
        static int ParsePrecision(string format, int missing) {
            char f = format[0];
            if (!((f >= 'A' && f <= 'Z') || (f >= 'a' && f <= 'z'))) return -2;
            if (format.Length == 1) return missing;
            int p = 0;
            for (int i = 1; i < format.Length; i++) {
                char c = format[i];
                if (c < '0' || c > '9' || i > 3) return -2;
                p = p * 10 + (c - '0');
            }
            return p;
        }

        // ---------------- standard formats ----------------

        /// Rounds the buffer to `count` significant digits, half away from zero.
        static Buf RoundTo(Buf b, int count) {
            if (count < 0) count = 0;
            if (b.digits.Length <= count) return b;
            bool up = b.digits[count] >= '5';
            char[] d = b.digits.Substring(0, count).ToCharArray();
            int i = count - 1;
            if (up) {
                while (i >= 0 && d[i] == '9') { d[i] = '0'; i--; }
                if (i < 0) {
                    b.digits = "1";
                    b.scale++;
                    return b;
                }
                d[i]++;
            }
            string r = new string(d).TrimEnd('0');
            b.digits = r;
            if (r.Length == 0) b.scale = 0;
            return b;
        }

        static string FormatGeneral(Buf b, int precision, char expChar, bool isDouble) {
            b = RoundTo(b, precision);
            if (b.digits.Length == 0) return "0";
            StringBuilder sb = new StringBuilder();
            if (b.negative) sb.Append('-');
            int exp = b.scale - 1;
            if (exp >= precision || exp < -4) {
                sb.Append(b.digits[0]);
                if (b.digits.Length > 1) { sb.Append('.'); sb.Append(b.digits, 1, b.digits.Length - 1); }
                AppendExponent(sb, exp, expChar, 2);
            } else {
                AppendFixed(sb, b, -1, null);
            }
            return sb.ToString();
        }

        static void AppendExponent(StringBuilder sb, int exp, char expChar, int minDigits) {
            sb.Append(expChar);
            if (exp < 0) { sb.Append('-'); exp = -exp; } else sb.Append('+');
            string e = exp.ToString();
            for (int i = e.Length; i < minDigits; i++) sb.Append('0');
            sb.Append(e);
        }

        /// Integer part (with grouping when `group` is set), then `decimals` fraction digits
        /// (decimals == -1: exactly the remaining significant digits).
        static void AppendFixed(StringBuilder sb, Buf b, int decimals, string group) {
            string d = b.digits;
            int scale = b.scale;
            // integer part
            StringBuilder ip = new StringBuilder();
            if (scale <= 0) ip.Append('0');
            else for (int i = 0; i < scale; i++) ip.Append(i < d.Length ? d[i] : '0');
            if (group != null && ip.Length > 3) {
                string s = ip.ToString();
                int first = s.Length % 3;
                if (first == 0) first = 3;
                sb.Append(s, 0, first);
                for (int i = first; i < s.Length; i += 3) { sb.Append(group); sb.Append(s, i, 3); }
            } else sb.Append(ip.ToString());
            int fracCount = decimals;
            if (fracCount < 0) fracCount = Math.Max(0, d.Length - scale);
            if (fracCount > 0) {
                sb.Append('.');
                for (int i = 0; i < fracCount; i++) {
                    int idx = scale + i;
                    sb.Append(idx >= 0 && idx < d.Length ? d[idx] : '0');
                }
            }
        }

        static string FormatStandard(Buf b, char f, int prec, int unused) {
            StringBuilder sb = new StringBuilder();
            switch (f) {
                case 'F': case 'f':
                case 'N': case 'n': {
                    if (prec < 0) prec = 2;
                    b = RoundTo(b, b.scale + prec);
                    if (b.negative && b.digits.Length > 0) sb.Append('-');
                    AppendFixed(sb, b, prec, (f == 'N' || f == 'n') ? "," : null);
                    return sb.ToString();
                }
                case 'E': case 'e': {
                    if (prec < 0) prec = 6;
                    b = RoundTo(b, prec + 1);
                    if (b.negative && b.digits.Length > 0) sb.Append('-');
                    sb.Append(b.digits.Length > 0 ? b.digits[0] : '0');
                    if (prec > 0) {
                        sb.Append('.');
                        for (int i = 1; i <= prec; i++) sb.Append(i < b.digits.Length ? b.digits[i] : '0');
                    }
                    AppendExponent(sb, b.digits.Length == 0 ? 0 : b.scale - 1, f, 3);
                    return sb.ToString();
                }
                case 'P': case 'p': {
                    if (prec < 0) prec = 2;
                    if (b.digits.Length > 0) b.scale += 2;
                    b = RoundTo(b, b.scale + prec);
                    if (b.negative && b.digits.Length > 0) sb.Append('-');
                    AppendFixed(sb, b, prec, ",");
                    sb.Append(" %");
                    return sb.ToString();
                }
                case 'C': case 'c': {
                    if (prec < 0) prec = 2;
                    b = RoundTo(b, b.scale + prec);
                    bool neg = b.negative && b.digits.Length > 0;
                    if (neg) sb.Append('(');
                    sb.Append('\u00a4');
                    AppendFixed(sb, b, prec, ",");
                    if (neg) sb.Append(')');
                    return sb.ToString();
                }
                default:
                    throw new FormatException("Format specifier was invalid.");
            }
        }

        // ---------------- custom formats ----------------

        static string FormatCustom(string digits, int scale, bool negative, string format, bool isZero) {
            Buf b;
            b.negative = negative;
            if (isZero) { b.digits = ""; b.scale = 0; }
            else { b.digits = digits.TrimEnd('0'); b.scale = scale; }
            return FormatCustomBuf(b, format);
        }

        /// Supports sections (pos;neg;zero), '0' and '#' placeholders, '.', ',' grouping, '%',
        /// scientific "E+0"/"E-0"/"e0", quoted literals and '\' escapes. Literals are emitted
        /// before/after the number only (not between digits).
        static string FormatCustomBuf(Buf b, string format) {
            string[] sections = SplitSections(format);
            bool negative = b.negative && b.digits.Length > 0;
            string section = sections[0];
            bool useNegSection = false;
            if (negative && sections.Length > 1 && sections[1].Length > 0) { section = sections[1]; useNegSection = true; }
            if (b.digits.Length == 0 && sections.Length > 2 && sections[2].Length > 0) section = sections[2];
            string r = FormatSection(ref b, section, negative && !useNegSection);
            if (b.digits.Length == 0 && sections.Length > 2 && sections[2].Length > 0 && (object)section != (object)sections[2]) {
                Buf z = b;
                z.negative = false;
                r = FormatSection(ref z, sections[2], false);
            }
            return r;
        }

        static string FormatSection(ref Buf b, string section, bool emitMinus) {
            StringBuilder prefix = new StringBuilder(), suffix = new StringBuilder();
            int intZeros = -1, intPlaceholders = 0, fracMin = 0, fracMax = 0;
            bool seenDigit = false, inFrac = false, grouping = false, percent = false;
            int expDigits = -1;
            bool expPlus = false;
            char expChar = 'E';
            int placeholderCountSeen = 0;
            for (int i = 0; i < section.Length; i++) {
                char c = section[i];
                if (c == '\'' || c == '"') {
                    int j = section.IndexOf(c, i + 1);
                    if (j < 0) j = section.Length;
                    (seenDigit ? suffix : prefix).Append(section, i + 1, j - i - 1);
                    i = j;
                    continue;
                }
                if (c == '\\' && i + 1 < section.Length) { (seenDigit ? suffix : prefix).Append(section[++i]); continue; }
                if ((c == 'E' || c == 'e') && seenDigit && expDigits < 0 && i + 1 < section.Length) {
                    int j = i + 1;
                    bool plus = false;
                    if (section[j] == '+' || section[j] == '-') { plus = section[j] == '+'; j++; }
                    int k = j;
                    while (k < section.Length && section[k] == '0') k++;
                    if (k > j) {
                        expDigits = k - j; expPlus = plus; expChar = c;
                        i = k - 1;
                        continue;
                    }
                }
                if (c == '0' || c == '#') {
                    seenDigit = true;
                    placeholderCountSeen++;
                    if (inFrac) {
                        fracMax++;
                        if (c == '0') fracMin = fracMax;
                    } else {
                        intPlaceholders++;
                        if (c == '0' && intZeros < 0) intZeros = intPlaceholders;
                    }
                    continue;
                }
                if (c == '.' && !inFrac) { inFrac = true; seenDigit = true; continue; }
                if (c == ',' && seenDigit && !inFrac) { grouping = true; continue; }
                if (c == '%') { percent = true; }
                (seenDigit ? suffix : prefix).Append(c);
            }
            int minInt = intZeros < 0 ? 0 : intPlaceholders - intZeros + 1;
            if (percent && b.digits.Length > 0) b.scale += 2;
            int exponent = 0;
            if (expDigits >= 0) {
                int intDigits = intPlaceholders > 0 ? intPlaceholders : 1;
                if (b.digits.Length > 0) {
                    exponent = b.scale - intDigits;
                    b.scale = intDigits;
                    b = RoundTo(b, b.scale + fracMax);
                    if (b.digits.Length > 0 && b.scale > intDigits) { exponent += b.scale - intDigits; b.scale = intDigits; }
                }
                minInt = Math.Max(minInt, 1);
            } else {
                b = RoundTo(b, b.scale + fracMax);
            }
            StringBuilder sb = new StringBuilder();
            if (emitMinus && b.digits.Length > 0) sb.Append('-');
            sb.Append(prefix.ToString());
            if (placeholderCountSeen > 0) {
                string d = b.digits;
                StringBuilder ip = new StringBuilder();
                for (int i = 0; i < b.scale; i++) ip.Append(i < d.Length ? d[i] : '0');
                while (ip.Length < minInt) ip.Insert(0, '0');
                string istr = ip.ToString();
                if (grouping && istr.Length > 3) {
                    int first = istr.Length % 3;
                    if (first == 0) first = 3;
                    sb.Append(istr, 0, first);
                    for (int i = first; i < istr.Length; i += 3) { sb.Append(','); sb.Append(istr, i, 3); }
                } else sb.Append(istr);
                StringBuilder fp = new StringBuilder();
                for (int i = 0; i < fracMax; i++) {
                    int idx = b.scale + i;
                    fp.Append(idx >= 0 && idx < d.Length ? d[idx] : '0');
                }
                string fs = fp.ToString();
                int keep = fs.Length;
                while (keep > fracMin && fs[keep - 1] == '0') keep--;
                if (keep > 0) { sb.Append('.'); sb.Append(fs, 0, keep); }
                if (expDigits >= 0) {
                    sb.Append(expChar);
                    if (exponent < 0) sb.Append('-'); else if (expPlus) sb.Append('+');
                    string es = Math.Abs(exponent).ToString();
                    for (int i = es.Length; i < expDigits; i++) sb.Append('0');
                    sb.Append(es);
                }
            }
            sb.Append(suffix.ToString());
            return sb.ToString();
        }

        static string[] SplitSections(string format) {
            System.Collections.Generic.List<string> parts = new System.Collections.Generic.List<string>();
            int start = 0;
            char quote = '\0';
            for (int i = 0; i < format.Length; i++) {
                char c = format[i];
                if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
                if (c == '\'' || c == '"') { quote = c; continue; }
                if (c == '\\') { i++; continue; }
                if (c == ';') { parts.Add(format.Substring(start, i - start)); start = i + 1; }
            }
            parts.Add(format.Substring(start));
            return parts.ToArray();
        }

        // ---------------- parsing ----------------

        static string OverflowMessage(long min, ulong max) {
            switch (max) {
                case 127UL: return "Value was either too large or too small for a signed byte.";
                case 255UL: return "Value was either too large or too small for an unsigned byte.";
                case 32767UL: return "Value was either too large or too small for an Int16.";
                case 65535UL: return "Value was either too large or too small for a UInt16.";
                case 2147483647UL: return "Value was either too large or too small for an Int32.";
                case 4294967295UL: return "Value was either too large or too small for a UInt32.";
                case 9223372036854775807UL: return "Value was either too large or too small for an Int64.";
                default: return "Value was either too large or too small for a UInt64.";
            }
        }

        /// 0 = ok, 1 = format error, 2 = overflow.
        static int ParseMagnitude(string s, out bool negative, out ulong mag) {
            negative = false;
            mag = 0;
            int i = 0, n = s.Length;
            while (i < n && Char.IsWhiteSpace(s[i])) i++;
            while (n > i && Char.IsWhiteSpace(s[n - 1])) n--;
            if (i < n && (s[i] == '-' || s[i] == '+')) { negative = s[i] == '-'; i++; }
            if (i >= n) return 1;
            bool overflow = false;
            for (; i < n; i++) {
                char c = s[i];
                if (c < '0' || c > '9') return 1;
                ulong d = (ulong)(c - '0');
                if (mag > (18446744073709551615UL - d) / 10) overflow = true;
                else mag = mag * 10 + d;
            }
            return overflow ? 2 : 0;
        }

        internal static bool TryParseInt64(string s, long min, long max, out long result) {
            result = 0;
            if (s == null) return false;
            bool neg; ulong mag;
            if (ParseMagnitude(s, out neg, out mag) != 0) return false;
            if (neg) {
                if (mag > (ulong)(-(min + 1)) + 1) return false;
                result = mag == 0 ? 0 : -(long)(mag - 1) - 1;
            } else {
                if (mag > (ulong)max) return false;
                result = (long)mag;
            }
            return true;
        }

        internal static long ParseInt64(string s, long min, long max) {
            if (s == null) throw new ArgumentNullException("s");
            long r;
            if (TryParseInt64(s, min, max, out r)) return r;
            bool neg; ulong mag;
            if (ParseMagnitude(s, out neg, out mag) == 1) throw new FormatException("Input string was not in a correct format.");
            throw new OverflowException(OverflowMessage(min, (ulong)max));
        }

        internal static bool TryParseUInt64(string s, ulong max, out ulong result) {
            result = 0;
            if (s == null) return false;
            bool neg; ulong mag;
            if (ParseMagnitude(s, out neg, out mag) != 0) return false;
            if (neg && mag != 0) return false;
            if (mag > max) return false;
            result = mag;
            return true;
        }

        internal static ulong ParseUInt64(string s, ulong max) {
            if (s == null) throw new ArgumentNullException("s");
            ulong r;
            if (TryParseUInt64(s, max, out r)) return r;
            bool neg; ulong mag;
            if (ParseMagnitude(s, out neg, out mag) == 1) throw new FormatException("Input string was not in a correct format.");
            throw new OverflowException(OverflowMessage(0, max));
        }

        internal static double ParseDouble(string s) { return ParseFloating(s, DefaultFloatStyle, false, "Double"); }
        internal static float ParseSingle(string s) { return (float)ParseFloating(s, DefaultFloatStyle, true, "Single"); }
        internal static double ParseDouble(string s, NumberStyles style) { return ParseFloating(s, style, false, "Double"); }
        internal static float ParseSingle(string s, NumberStyles style) { return (float)ParseFloating(s, style, true, "Single"); }
        static double ParseFloating(string s, NumberStyles style, bool single, string typeName) {
            ValidateFloatStyle(style);
            if (s == null) throw new ArgumentNullException("s");
            double d;
            int status = ParseDoubleStatus(s, style, single, out d);
            if (status == 1) throw new FormatException("Input string was not in a correct format.");
            if (status == 2) throw new OverflowException("Value was either too large or too small for a " + typeName + ".");
            return d;
        }

        /// double.Parse(string)'s style. A finite number that rounds to infinity is a failure
        /// (Mono: OverflowException; TryParse gives false, 0).
        const NumberStyles DefaultFloatStyle = NumberStyles.Float | NumberStyles.AllowThousands;
        internal static bool TryParseDouble(string s, out double result) { return TryParseDouble(s, DefaultFloatStyle, out result); }
        internal static bool TryParseSingle(string s, out float result) { return TryParseSingle(s, DefaultFloatStyle, out result); }
        internal static bool TryParseDouble(string s, NumberStyles style, out double result) {
            ValidateFloatStyle(style);
            if (ParseDoubleStatus(s, style, false, out result) == 0) return true;
            result = 0; return false;
        }
        internal static bool TryParseSingle(string s, NumberStyles style, out float result) {
            ValidateFloatStyle(style);
            double d;
            if (ParseDoubleStatus(s, style, true, out d) == 0) { result = (float)d; return true; }
            result = 0; return false;
        }

        /// 0: parsed; 1: not a number (FormatException); 2: a finite number too large for a
        /// double (or, if `single`, for a float) (OverflowException). Underflow gives 0.
        internal static int ParseDoubleStatus(string s, bool single, out double result) {
            return ParseDoubleStatus(s, DefaultFloatStyle, single, out result);
        }
        static int ParseDoubleStatus(string s, NumberStyles style, bool single, out double result) {
            double d;
            if (!ScanDouble(s, style, out d)) { result = 0; return 1; }
            result = d;
            if (d != d || !(d == Double.PositiveInfinity || d == Double.NegativeInfinity || (single && Single.IsInfinity((float)d)))) return 0;
            // Infinite: only the symbols themselves are accepted as infinity.
            string t = s.Trim();
            if (t == "Infinity" || t == "-Infinity") return 0;
            result = 0;
            return 2;
        }

        /// Parses with overflow to ±Infinity (no overflow check).
        static bool ScanDouble(string s, out double result) { return ScanDouble(s, DefaultFloatStyle, out result); }
        static bool ScanDouble(string s, NumberStyles style, out double result) {
            result = 0;
            if (s == null) return false;
            bool negative; string digits; long point;
            if (!ScanNumber(s, style, out negative, out digits, out point)) {
                // not a number in this style: the invariant culture's symbols (surrounding white space ignored)
                string t = s.Trim();
                if (t == "NaN") { result = Double.NaN; return true; }
                if (t == "Infinity") { result = Double.PositiveInfinity; return true; }
                if (t == "-Infinity") { result = Double.NegativeInfinity; return true; }
                return false;
            }
            // "[-]0.<digits>e<point>"
            StringBuilder sb = new StringBuilder(digits.Length + 24);
            if (negative) sb.Append('-');
            sb.Append("0.").Append(digits).Append('e').Append(point.ToString());
            result = ParseNormalizedDouble(sb.ToString());
            return true;
        }

        // ---------------- NumberStyles ----------------

        internal static void ValidateIntegerStyle(NumberStyles style) {
            if ((style & ~(NumberStyles.Any | NumberStyles.AllowHexSpecifier)) != 0)
                throw new ArgumentException("An undefined NumberStyles value is being used.", "style");
            if ((style & NumberStyles.AllowHexSpecifier) != 0 && (style & ~NumberStyles.HexNumber) != 0)
                throw new ArgumentException("With the AllowHexSpecifier bit set in the enum bit field, the only other valid bits that can be combined into the enum value must be a subset of those in HexNumber.");
        }
        internal static void ValidateFloatStyle(NumberStyles style) {
            if ((style & ~(NumberStyles.Any | NumberStyles.AllowHexSpecifier)) != 0)
                throw new ArgumentException("An undefined NumberStyles value is being used.", "style");
            if ((style & NumberStyles.AllowHexSpecifier) != 0)
                throw new ArgumentException("The number style AllowHexSpecifier is not supported on floating point data types.");
        }

        static bool IsWhite(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

        /// Reads a number written with the invariant culture's symbols as `style` allows
        /// ('.', ',', '+', '-', '\u00a4', parentheses, exponent). The value is
        /// 0.<digits> * 10^point (digits: every digit written, leading zeros included, integral
        /// then fractional part).
        /// False when the text is not such a number.
        internal static bool ScanNumber(string s, NumberStyles style, out bool negative, out string digits, out long point) {
            negative = false; digits = null; point = 0;
            int n = s.Length, i = 0;
            bool sign = false, parens = false, currency = false;
            // leading part: white space, sign or '(', currency symbol
            while (i < n) {
                char c = s[i];
                if (IsWhite(c) && (style & NumberStyles.AllowLeadingWhite) != 0 && (!sign || currency)) { i++; continue; }
                if (!sign && (c == '+' || c == '-') && (style & NumberStyles.AllowLeadingSign) != 0) { sign = true; negative = c == '-'; i++; continue; }
                if (!sign && c == '(' && (style & NumberStyles.AllowParentheses) != 0) { sign = true; parens = true; negative = true; i++; continue; }
                if (!currency && c == '\u00a4' && (style & NumberStyles.AllowCurrencySymbol) != 0) { currency = true; i++; continue; }
                break;
            }
            // digits, decimal point, group separators
            StringBuilder sb = new StringBuilder();
            int intDigits = 0;
            bool dot = false, any = false;
            while (i < n) {
                char c = s[i];
                if (c >= '0' && c <= '9') {
                    any = true;
                    sb.Append(c);
                    if (!dot) intDigits++;
                    i++;
                } else if (c == '.' && !dot && (style & NumberStyles.AllowDecimalPoint) != 0) {
                    dot = true; i++;
                } else if (c == ',' && any && !dot && (style & NumberStyles.AllowThousands) != 0) {
                    i++;
                } else break;
            }
            if (!any) return false;
            long exp = 0;
            if (i < n && (s[i] == 'e' || s[i] == 'E') && (style & NumberStyles.AllowExponent) != 0) {
                int j = i + 1;
                bool eneg = false;
                if (j < n && (s[j] == '+' || s[j] == '-')) { eneg = s[j] == '-'; j++; }
                if (j < n && s[j] >= '0' && s[j] <= '9') {
                    while (j < n && s[j] >= '0' && s[j] <= '9') {
                        if (exp < 100000000000L) exp = exp * 10 + (s[j] - '0');
                        j++;
                    }
                    if (eneg) exp = -exp;
                    i = j;
                }
            }
            // trailing part: white space, sign, ')', currency symbol
            while (i < n) {
                char c = s[i];
                if (IsWhite(c) && (style & NumberStyles.AllowTrailingWhite) != 0) { i++; continue; }
                if (!sign && (c == '+' || c == '-') && (style & NumberStyles.AllowTrailingSign) != 0) { sign = true; negative = c == '-'; i++; continue; }
                if (c == ')' && parens) { parens = false; i++; continue; }
                if (!currency && c == '\u00a4' && (style & NumberStyles.AllowCurrencySymbol) != 0) { currency = true; i++; continue; }
                break;
            }
            if (i != n || parens) return false;
            digits = sb.ToString();
            point = intDigits + exp;
            return true;
        }

        /// 0 = ok, 1 = format error, 2 = overflow. The result is the value's bits: for hex input
        /// the digits as written (at most `bits` wide), otherwise the two's complement of a value in [min, max].
        internal static int ParseIntegerStyled(string s, NumberStyles style, long min, ulong max, int bits, out ulong result) {
            result = 0;
            if ((style & NumberStyles.AllowHexSpecifier) != 0) {
                int n = s.Length, i = 0;
                if ((style & NumberStyles.AllowLeadingWhite) != 0) while (i < n && IsWhite(s[i])) i++;
                int start = i;
                ulong v = 0;
                bool overflow = false;
                for (; i < n; i++) {
                    char c = s[i];
                    int d = c >= '0' && c <= '9' ? c - '0' : (c >= 'a' && c <= 'f' ? c - 'a' + 10 : (c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1));
                    if (d < 0) break;
                    if ((v >> (bits - 4)) != 0) overflow = true;
                    v = (v << 4) | (uint)d;
                }
                if (i == start) return 1;
                if ((style & NumberStyles.AllowTrailingWhite) != 0) while (i < n && IsWhite(s[i])) i++;
                if (i != n) return 1;
                if (overflow) return 2;
                result = v;
                return 0;
            }
            bool negative; string digits; long point;
            if (!ScanNumber(s, style, out negative, out digits, out point)) return 1;
            ulong mag = 0;
            for (int k = 0; k < digits.Length; k++) {
                uint d = (uint)(digits[k] - '0');
                if (k < point) {
                    if (mag > (18446744073709551615UL - d) / 10) return 2;
                    mag = mag * 10 + d;
                } else if (d != 0) return 2;   // a fractional part that is not zero
            }
            if (mag != 0)
                for (long k = digits.Length; k < point; k++) {
                    if (mag > 18446744073709551615UL / 10) return 2;
                    mag *= 10;
                }
            if (negative && mag != 0) {
                if (min == 0 || mag > (ulong)(-(min + 1)) + 1) return 2;
                result = (ulong)(-(long)(mag - 1) - 1);
                return 0;
            }
            if (mag > max) return 2;
            result = mag;
            return 0;
        }
        internal static long ParseSignedStyled(string s, NumberStyles style, long min, long max, int bits) {
            ValidateIntegerStyle(style);
            if (s == null) throw new ArgumentNullException("s");
            ulong r;
            int status = ParseIntegerStyled(s, style, min, (ulong)max, bits, out r);
            if (status == 1) throw new FormatException("Input string was not in a correct format.");
            if (status == 2) throw new OverflowException(OverflowMessage(min, (ulong)max));
            return SignedBits(r, bits);
        }
        internal static bool TryParseSignedStyled(string s, NumberStyles style, long min, long max, int bits, out long result) {
            ValidateIntegerStyle(style);
            ulong r;
            result = 0;
            if (s == null || ParseIntegerStyled(s, style, min, (ulong)max, bits, out r) != 0) return false;
            result = SignedBits(r, bits);
            return true;
        }
        static long SignedBits(ulong r, int bits) {
            return bits == 64 ? (long)r : (long)(r << (64 - bits)) >> (64 - bits);
        }
        internal static ulong ParseUnsignedStyled(string s, NumberStyles style, ulong max, int bits) {
            ValidateIntegerStyle(style);
            if (s == null) throw new ArgumentNullException("s");
            ulong r;
            int status = ParseIntegerStyled(s, style, 0, max, bits, out r);
            if (status == 1) throw new FormatException("Input string was not in a correct format.");
            if (status == 2) throw new OverflowException(OverflowMessage(0, max));
            return r;
        }
        internal static bool TryParseUnsignedStyled(string s, NumberStyles style, ulong max, int bits, out ulong result) {
            ValidateIntegerStyle(style);
            result = 0;
            return s != null && ParseIntegerStyled(s, style, 0, max, bits, out result) == 0;
        }
    }
}
