using System.Runtime.CompilerServices;

namespace System {
    [Serializable]
    public struct TimeSpan : IComparable, IComparable<TimeSpan>, IEquatable<TimeSpan>, IFormattable {
        public const long TicksPerMillisecond = 10000;
        public const long TicksPerSecond = 10000000;
        public const long TicksPerMinute = 600000000;
        public const long TicksPerHour = 36000000000;
        public const long TicksPerDay = 864000000000;
        public static readonly TimeSpan Zero = new TimeSpan(0);
        public static readonly TimeSpan MaxValue = new TimeSpan(long.MaxValue);
        public static readonly TimeSpan MinValue = new TimeSpan(long.MinValue);
        long ticks;

        public TimeSpan(long ticks) { this.ticks = ticks; }
        public TimeSpan(int hours, int minutes, int seconds) { ticks = ((long)hours * 3600 + (long)minutes * 60 + seconds) * TicksPerSecond; }
        public TimeSpan(int days, int hours, int minutes, int seconds) : this(days, hours, minutes, seconds, 0) { }
        public TimeSpan(int days, int hours, int minutes, int seconds, int milliseconds) {
            ticks = (((long)days * 86400 + (long)hours * 3600 + (long)minutes * 60 + seconds) * 1000 + milliseconds) * TicksPerMillisecond;
        }

        public long Ticks { get { return ticks; } }
        public int Days { get { return (int)(ticks / TicksPerDay); } }
        public int Hours { get { return (int)((ticks / TicksPerHour) % 24); } }
        public int Minutes { get { return (int)((ticks / TicksPerMinute) % 60); } }
        public int Seconds { get { return (int)((ticks / TicksPerSecond) % 60); } }
        public int Milliseconds { get { return (int)((ticks / TicksPerMillisecond) % 1000); } }
        public double TotalDays { get { return (double)ticks / TicksPerDay; } }
        public double TotalHours { get { return (double)ticks / TicksPerHour; } }
        public double TotalMinutes { get { return (double)ticks / TicksPerMinute; } }
        public double TotalSeconds { get { return (double)ticks / TicksPerSecond; } }
        public double TotalMilliseconds { get { return (double)ticks / TicksPerMillisecond; } }

        static TimeSpan Interval(double value, long scale) {
            if (value != value) throw new ArgumentException("TimeSpan does not accept floating point Not-a-Number values.");
            double millis = value * (scale / TicksPerMillisecond);
            millis = millis + (value >= 0 ? 0.5 : -0.5);
            if (millis > long.MaxValue / TicksPerMillisecond || millis < long.MinValue / TicksPerMillisecond) throw new OverflowException("TimeSpan overflowed because the duration is too long.");
            return new TimeSpan((long)millis * TicksPerMillisecond);
        }
        public static TimeSpan FromDays(double value) { return Interval(value, TicksPerDay); }
        public static TimeSpan FromHours(double value) { return Interval(value, TicksPerHour); }
        public static TimeSpan FromMinutes(double value) { return Interval(value, TicksPerMinute); }
        public static TimeSpan FromSeconds(double value) { return Interval(value, TicksPerSecond); }
        public static TimeSpan FromMilliseconds(double value) { return Interval(value, TicksPerMillisecond); }
        public static TimeSpan FromTicks(long value) { return new TimeSpan(value); }

        public TimeSpan Add(TimeSpan ts) { return new TimeSpan(checked(ticks + ts.ticks)); }
        public TimeSpan Subtract(TimeSpan ts) { return new TimeSpan(checked(ticks - ts.ticks)); }
        public TimeSpan Negate() { return new TimeSpan(-ticks); }
        public TimeSpan Duration() { return new TimeSpan(ticks < 0 ? -ticks : ticks); }
        public static TimeSpan operator +(TimeSpan t1, TimeSpan t2) { return t1.Add(t2); }
        public static TimeSpan operator -(TimeSpan t1, TimeSpan t2) { return t1.Subtract(t2); }
        public static TimeSpan operator -(TimeSpan t) { return t.Negate(); }
        public static bool operator ==(TimeSpan t1, TimeSpan t2) { return t1.ticks == t2.ticks; }
        public static bool operator !=(TimeSpan t1, TimeSpan t2) { return t1.ticks != t2.ticks; }
        public static bool operator <(TimeSpan t1, TimeSpan t2) { return t1.ticks < t2.ticks; }
        public static bool operator <=(TimeSpan t1, TimeSpan t2) { return t1.ticks <= t2.ticks; }
        public static bool operator >(TimeSpan t1, TimeSpan t2) { return t1.ticks > t2.ticks; }
        public static bool operator >=(TimeSpan t1, TimeSpan t2) { return t1.ticks >= t2.ticks; }
        public static int Compare(TimeSpan t1, TimeSpan t2) { return t1.ticks.CompareTo(t2.ticks); }
        public int CompareTo(TimeSpan value) { return ticks.CompareTo(value.ticks); }
        public int CompareTo(object value) {
            if (value == null) return 1;
            if (!(value is TimeSpan)) throw new ArgumentException("Object must be of type TimeSpan.");
            return CompareTo((TimeSpan)value);
        }
        public bool Equals(TimeSpan obj) { return ticks == obj.ticks; }
        public override bool Equals(object value) { return value is TimeSpan && ((TimeSpan)value).ticks == ticks; }
        public override int GetHashCode() { return (int)ticks ^ (int)(ticks >> 32); }

        /// Constant ("c") format: [-][d.]hh:mm:ss[.fffffff]
        public override string ToString() {
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            long t = ticks;
            if (t < 0) { sb.Append('-'); t = -t; }
            long days = t / TicksPerDay;
            long rest = t % TicksPerDay;
            if (days != 0) sb.Append(days).Append('.');
            sb.Append(((int)(rest / TicksPerHour)).ToString("00")).Append(':');
            sb.Append(((int)(rest / TicksPerMinute % 60)).ToString("00")).Append(':');
            sb.Append(((int)(rest / TicksPerSecond % 60)).ToString("00"));
            long frac = rest % TicksPerSecond;
            if (frac != 0) sb.Append('.').Append(frac.ToString("0000000"));
            return sb.ToString();
        }
        public string ToString(string format) { return ToString(format, null); }
        public string ToString(string format, IFormatProvider formatProvider) { return DateTimeText.FormatTimeSpan(this, format); }

        public static TimeSpan Parse(string s) { return Parse(s, null); }
        public static TimeSpan Parse(string input, IFormatProvider formatProvider) {
            if (input == null) throw new ArgumentNullException("input");
            TimeSpan r;
            DateTimeText.ThrowTimeSpan(DateTimeText.ParseTimeSpan(input, false, out r));
            return r;
        }
        public static bool TryParse(string s, out TimeSpan result) { return TryParse(s, null, out result); }
        public static bool TryParse(string input, IFormatProvider formatProvider, out TimeSpan result) {
            result = Zero;
            if (input == null || DateTimeText.ParseTimeSpan(input, false, out result) != 0) { result = Zero; return false; }
            return true;
        }
        public static TimeSpan ParseExact(string input, string format, IFormatProvider formatProvider) {
            return ParseExact(input, new string[] { format }, formatProvider, System.Globalization.TimeSpanStyles.None);
        }
        public static TimeSpan ParseExact(string input, string format, IFormatProvider formatProvider, System.Globalization.TimeSpanStyles styles) {
            return ParseExact(input, new string[] { format }, formatProvider, styles);
        }
        public static TimeSpan ParseExact(string input, string[] formats, IFormatProvider formatProvider) {
            return ParseExact(input, formats, formatProvider, System.Globalization.TimeSpanStyles.None);
        }
        public static TimeSpan ParseExact(string input, string[] formats, IFormatProvider formatProvider, System.Globalization.TimeSpanStyles styles) {
            if (input == null) throw new ArgumentNullException("input");
            if (formats == null) throw new ArgumentNullException("formats");
            TimeSpan r;
            DateTimeText.ThrowTimeSpan(DateTimeText.ParseTimeSpanExact(input, formats, styles, out r));
            return r;
        }
        public static bool TryParseExact(string input, string format, IFormatProvider formatProvider, out TimeSpan result) {
            return TryParseExact(input, new string[] { format }, formatProvider, System.Globalization.TimeSpanStyles.None, out result);
        }
        public static bool TryParseExact(string input, string[] formats, IFormatProvider formatProvider, out TimeSpan result) {
            return TryParseExact(input, formats, formatProvider, System.Globalization.TimeSpanStyles.None, out result);
        }
        public static bool TryParseExact(string input, string format, IFormatProvider formatProvider, System.Globalization.TimeSpanStyles styles, out TimeSpan result) {
            return TryParseExact(input, new string[] { format }, formatProvider, styles, out result);
        }
        public static bool TryParseExact(string input, string[] formats, IFormatProvider formatProvider, System.Globalization.TimeSpanStyles styles, out TimeSpan result) {
            result = Zero;
            if (input == null || formats == null || DateTimeText.ParseTimeSpanExact(input, formats, styles, out result) != 0) { result = Zero; return false; }
            return true;
        }

        public static bool Equals(TimeSpan t1, TimeSpan t2) { return t1.ticks == t2.ticks; }
        public static TimeSpan operator +(TimeSpan t) { return t; }
        public TimeSpan Multiply(double factor) {
            if (factor != factor) throw new ArgumentException("TimeSpan does not accept floating point Not-a-Number values.", "factor");
            return FromDoubleTicks(Math.Round(ticks * factor));
        }
        public TimeSpan Divide(double divisor) {
            if (divisor != divisor) throw new ArgumentException("TimeSpan does not accept floating point Not-a-Number values.", "divisor");
            return FromDoubleTicks(Math.Round(ticks / divisor));
        }
        public double Divide(TimeSpan ts) { return ticks / (double)ts.ticks; }
        static TimeSpan FromDoubleTicks(double t) {
            if (!(t >= -9223372036854775808.0 && t < 9223372036854775808.0)) throw new OverflowException("TimeSpan overflowed because the duration is too long.");
            return new TimeSpan((long)t);
        }
        public static TimeSpan operator *(TimeSpan timeSpan, double factor) { return timeSpan.Multiply(factor); }
        public static TimeSpan operator *(double factor, TimeSpan timeSpan) { return timeSpan.Multiply(factor); }
        public static TimeSpan operator /(TimeSpan timeSpan, double divisor) { return timeSpan.Divide(divisor); }
        public static double operator /(TimeSpan t1, TimeSpan t2) { return t1.Divide(t2); }
    }

    public enum DateTimeKind { Unspecified = 0, Utc = 1, Local = 2 }
    public enum DayOfWeek { Sunday = 0, Monday = 1, Tuesday = 2, Wednesday = 3, Thursday = 4, Friday = 5, Saturday = 6 }

    /// Gregorian date/time as 100-ns ticks since 0001-01-01. The local time zone is UTC.
    [Serializable]
    public struct DateTime : IComparable, IComparable<DateTime>, IEquatable<DateTime>, IFormattable {
        /// Current UTC time as 100-ns ticks since 0001-01-01T00:00:00Z.
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern long UtcNowTicks();

        static readonly int[] DaysToMonth365 = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365 };
        static readonly int[] DaysToMonth366 = { 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366 };
        public static readonly DateTime MinValue = new DateTime(0L);
        public static readonly DateTime MaxValue = new DateTime(3155378975999999999L);
        long ticks;
        DateTimeKind kind;

        public DateTime(long ticks) { this.ticks = ticks; kind = DateTimeKind.Unspecified; }
        public DateTime(long ticks, DateTimeKind kind) { this.ticks = ticks; this.kind = kind; }
        public DateTime(int year, int month, int day) : this(year, month, day, 0, 0, 0, 0) { }
        public DateTime(int year, int month, int day, int hour, int minute, int second) : this(year, month, day, hour, minute, second, 0) { }
        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond) {
            if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month) ||
                hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || millisecond < 0 || millisecond > 999)
                throw new ArgumentOutOfRangeException(null, "Year, Month, and Day parameters describe an un-representable DateTime.");
            int[] days = IsLeapYear(year) ? DaysToMonth366 : DaysToMonth365;
            int y = year - 1;
            long n = y * 365 + y / 4 - y / 100 + y / 400 + days[month - 1] + day - 1;
            ticks = n * TimeSpan.TicksPerDay + ((long)hour * 3600 + minute * 60 + second) * TimeSpan.TicksPerSecond + millisecond * TimeSpan.TicksPerMillisecond;
            kind = DateTimeKind.Unspecified;
        }

        public DateTime(int year, int month, int day, int hour, int minute, int second, DateTimeKind kind) : this(year, month, day, hour, minute, second, 0, kind) { }
        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond, DateTimeKind kind) : this(year, month, day, hour, minute, second, millisecond) {
            if (kind < DateTimeKind.Unspecified || kind > DateTimeKind.Local) throw new ArgumentException("Invalid DateTimeKind value.", "kind");
            this.kind = kind;
        }
        public static DateTime SpecifyKind(DateTime value, DateTimeKind kind) { return new DateTime(value.ticks, kind); }
        public static bool Equals(DateTime t1, DateTime t2) { return t1.ticks == t2.ticks; }
        public TypeCode GetTypeCode() { return TypeCode.DateTime; }
        public bool IsDaylightSavingTime() { return false; }

        public string ToShortDateString() { return ToString("d"); }
        public string ToLongDateString() { return ToString("D"); }
        public string ToShortTimeString() { return ToString("t"); }
        public string ToLongTimeString() { return ToString("T"); }

        public static DateTime Parse(string s) { return Parse(s, null, System.Globalization.DateTimeStyles.None); }
        public static DateTime Parse(string s, IFormatProvider provider) { return Parse(s, provider, System.Globalization.DateTimeStyles.None); }
        public static DateTime Parse(string s, IFormatProvider provider, System.Globalization.DateTimeStyles styles) {
            if (s == null) throw new ArgumentNullException("s");
            DateTime r;
            string error = DateTimeText.ParseDateTime(s, styles, out r);
            if (error != null) throw new FormatException(error);
            return r;
        }
        public static bool TryParse(string s, out DateTime result) { return TryParse(s, null, System.Globalization.DateTimeStyles.None, out result); }
        public static bool TryParse(string s, IFormatProvider provider, System.Globalization.DateTimeStyles styles, out DateTime result) {
            if (s == null || DateTimeText.ParseDateTime(s, styles, out result) != null) { result = MinValue; return false; }
            return true;
        }
        public static DateTime ParseExact(string s, string format, IFormatProvider provider) {
            return ParseExact(s, format, provider, System.Globalization.DateTimeStyles.None);
        }
        public static DateTime ParseExact(string s, string format, IFormatProvider provider, System.Globalization.DateTimeStyles style) {
            if (s == null) throw new ArgumentNullException("s");
            if (format == null) throw new ArgumentNullException("format");
            return ParseExact(s, new string[] { format }, provider, style);
        }
        public static DateTime ParseExact(string s, string[] formats, IFormatProvider provider, System.Globalization.DateTimeStyles style) {
            if (s == null) throw new ArgumentNullException("s");
            if (formats == null) throw new ArgumentNullException("formats");
            DateTime r;
            string error = DateTimeText.ParseExact(s, formats, style, out r);
            if (error != null) throw new FormatException(error);
            return r;
        }
        public static bool TryParseExact(string s, string format, IFormatProvider provider, System.Globalization.DateTimeStyles style, out DateTime result) {
            if (format == null) { result = MinValue; return false; }
            return TryParseExact(s, new string[] { format }, provider, style, out result);
        }
        public static bool TryParseExact(string s, string[] formats, IFormatProvider provider, System.Globalization.DateTimeStyles style, out DateTime result) {
            if (s == null || formats == null || DateTimeText.ParseExact(s, formats, style, out result) != null) { result = MinValue; return false; }
            return true;
        }

        public static DateTime UtcNow { get { return new DateTime(UtcNowTicks(), DateTimeKind.Utc); } }
        public static DateTime Now { get { return new DateTime(UtcNowTicks(), DateTimeKind.Local); } }
        public static DateTime Today { get { return Now.Date; } }
        public long Ticks { get { return ticks; } }
        public DateTimeKind Kind { get { return kind; } }
        public DateTime Date { get { return new DateTime(ticks - ticks % TimeSpan.TicksPerDay, kind); } }
        public TimeSpan TimeOfDay { get { return new TimeSpan(ticks % TimeSpan.TicksPerDay); } }
        public int Hour { get { return (int)(ticks / TimeSpan.TicksPerHour % 24); } }
        public int Minute { get { return (int)(ticks / TimeSpan.TicksPerMinute % 60); } }
        public int Second { get { return (int)(ticks / TimeSpan.TicksPerSecond % 60); } }
        public int Millisecond { get { return (int)(ticks / TimeSpan.TicksPerMillisecond % 1000); } }
        public DayOfWeek DayOfWeek { get { return (DayOfWeek)((ticks / TimeSpan.TicksPerDay + 1) % 7); } }
        public int DayOfYear { get { return GetPart(1); } }
        public int Year { get { return GetPart(0); } }
        public int Month { get { return GetPart(2); } }
        public int Day { get { return GetPart(3); } }

        // 0 year, 1 day of year, 2 month, 3 day
        int GetPart(int part) {
            int n = (int)(ticks / TimeSpan.TicksPerDay);
            int y400 = n / 146097; n -= y400 * 146097;
            int y100 = n / 36524; if (y100 == 4) y100 = 3; n -= y100 * 36524;
            int y4 = n / 1461; n -= y4 * 1461;
            int y1 = n / 365; if (y1 == 4) y1 = 3;
            if (part == 0) return y400 * 400 + y100 * 100 + y4 * 4 + y1 + 1;
            n -= y1 * 365;
            if (part == 1) return n + 1;
            bool leap = y1 == 3 && (y4 != 24 || y100 == 3);
            int[] days = leap ? DaysToMonth366 : DaysToMonth365;
            int m = (n >> 5) + 1;
            while (n >= days[m]) m++;
            if (part == 2) return m;
            return n - days[m - 1] + 1;
        }

        public static bool IsLeapYear(int year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }
        public static int DaysInMonth(int year, int month) {
            int[] days = IsLeapYear(year) ? DaysToMonth366 : DaysToMonth365;
            return days[month] - days[month - 1];
        }

        public DateTime Add(TimeSpan value) { return new DateTime(ticks + value.Ticks, kind); }
        public DateTime AddTicks(long value) { return new DateTime(ticks + value, kind); }
        public DateTime AddMilliseconds(double value) { return Add(TimeSpan.FromMilliseconds(value)); }
        public DateTime AddSeconds(double value) { return Add(TimeSpan.FromSeconds(value)); }
        public DateTime AddMinutes(double value) { return Add(TimeSpan.FromMinutes(value)); }
        public DateTime AddHours(double value) { return Add(TimeSpan.FromHours(value)); }
        public DateTime AddDays(double value) { return Add(TimeSpan.FromDays(value)); }
        public DateTime AddMonths(int months) {
            int y = Year, m = Month - 1 + months;
            y += m >= 0 ? m / 12 : (m - 11) / 12;
            m = ((m % 12) + 12) % 12 + 1;
            int d = Math.Min(Day, DaysInMonth(y, m));
            return new DateTime(new DateTime(y, m, d).ticks + ticks % TimeSpan.TicksPerDay, kind);
        }
        public DateTime AddYears(int value) { return AddMonths(value * 12); }
        public TimeSpan Subtract(DateTime value) { return new TimeSpan(ticks - value.ticks); }
        public DateTime Subtract(TimeSpan value) { return new DateTime(ticks - value.Ticks, kind); }
        public DateTime ToUniversalTime() { return new DateTime(ticks, DateTimeKind.Utc); }
        public DateTime ToLocalTime() { return new DateTime(ticks, DateTimeKind.Local); }

        public static TimeSpan operator -(DateTime d1, DateTime d2) { return new TimeSpan(d1.ticks - d2.ticks); }
        public static DateTime operator -(DateTime d, TimeSpan t) { return new DateTime(d.ticks - t.Ticks, d.kind); }
        public static DateTime operator +(DateTime d, TimeSpan t) { return new DateTime(d.ticks + t.Ticks, d.kind); }
        public static bool operator ==(DateTime d1, DateTime d2) { return d1.ticks == d2.ticks; }
        public static bool operator !=(DateTime d1, DateTime d2) { return d1.ticks != d2.ticks; }
        public static bool operator <(DateTime t1, DateTime t2) { return t1.ticks < t2.ticks; }
        public static bool operator <=(DateTime t1, DateTime t2) { return t1.ticks <= t2.ticks; }
        public static bool operator >(DateTime t1, DateTime t2) { return t1.ticks > t2.ticks; }
        public static bool operator >=(DateTime t1, DateTime t2) { return t1.ticks >= t2.ticks; }
        public static int Compare(DateTime t1, DateTime t2) { return t1.ticks.CompareTo(t2.ticks); }
        public int CompareTo(DateTime value) { return ticks.CompareTo(value.ticks); }
        public int CompareTo(object value) {
            if (value == null) return 1;
            if (!(value is DateTime)) throw new ArgumentException("Object must be of type DateTime.");
            return CompareTo((DateTime)value);
        }
        public bool Equals(DateTime value) { return ticks == value.ticks; }
        public override bool Equals(object value) { return value is DateTime && ((DateTime)value).ticks == ticks; }
        public override int GetHashCode() { return (int)ticks ^ (int)(ticks >> 32); }

        /// Invariant culture general format: "MM/dd/yyyy HH:mm:ss".
        public override string ToString() {
            return Month.ToString("00") + "/" + Day.ToString("00") + "/" + Year.ToString("0000") + " " +
                Hour.ToString("00") + ":" + Minute.ToString("00") + ":" + Second.ToString("00");
        }
        public string ToString(string format) { return ToString(format, null); }
        public string ToString(IFormatProvider provider) { return ToString(null, provider); }
        public string ToString(string format, IFormatProvider provider) { return DateTimeText.FormatDateTime(this, format); }
    }

    /// Invariant-culture text of DateTime and TimeSpan: the standard and custom format strings
    /// and the parsers (DateTime.Parse's lenient reader approximates Mono's for the common
    /// shapes: ISO 8601, M/d/y, month names, times with AM/PM, "Z"/"GMT"/offsets).
    internal static class DateTimeText {
        internal static readonly string[] MonthNames = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };
        internal static readonly string[] AbbrMonthNames = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
        internal static readonly string[] DayNames = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
        internal static readonly string[] AbbrDayNames = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
        const string NotValid = "String was not recognized as a valid DateTime.";

        static FormatException BadFormat() { return new FormatException("Input string was not in a correct format."); }

        static string StandardPattern(char c) {
            switch (c) {
                case 'd': return "MM/dd/yyyy";
                case 'D': return "dddd, dd MMMM yyyy";
                case 'f': return "dddd, dd MMMM yyyy HH:mm";
                case 'F': case 'U': return "dddd, dd MMMM yyyy HH:mm:ss";
                case 'g': return "MM/dd/yyyy HH:mm";
                case 'G': return "MM/dd/yyyy HH:mm:ss";
                case 'm': case 'M': return "MMMM dd";
                case 'o': case 'O': return "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK";
                case 'r': case 'R': return "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'";
                case 's': return "yyyy'-'MM'-'dd'T'HH':'mm':'ss";
                case 't': return "HH:mm";
                case 'T': return "HH:mm:ss";
                case 'u': return "yyyy'-'MM'-'dd HH':'mm':'ss'Z'";
                case 'y': case 'Y': return "yyyy MMMM";
                default: return null;
            }
        }

        static int Run(string f, int i) {
            int n = 1;
            while (i + n < f.Length && f[i + n] == f[i]) n++;
            return n;
        }
        static void Pad(System.Text.StringBuilder sb, long v, int width) {
            string d = v.ToString();
            for (int k = d.Length; k < width; k++) sb.Append('0');
            sb.Append(d);
        }
        /// A quoted literal starting at f[i] (the quote); returns the index after the closing quote.
        static int Quoted(string f, int i, System.Text.StringBuilder sb) {
            char q = f[i];
            int j = i + 1;
            while (j < f.Length && f[j] != q) {
                if (f[j] == '\\' && j + 1 < f.Length) j++;
                sb.Append(f[j]);
                j++;
            }
            if (j >= f.Length) throw new FormatException("Cannot find a matching quote character for the character '" + q + "'.");
            return j + 1;
        }

        internal static string FormatDateTime(DateTime dt, string format) {
            if (format == null || format.Length == 0) format = "G";
            if (format.Length == 1) {
                format = StandardPattern(format[0]);
                if (format == null) throw BadFormat();
            }
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            long frac = dt.Ticks % TimeSpan.TicksPerSecond;
            int i = 0;
            while (i < format.Length) {
                char c = format[i];
                int n = Run(format, i);
                if (c == '%') {
                    if (i + 1 >= format.Length || format[i + 1] == '%') throw BadFormat();
                    i++;
                    c = format[i];
                    n = 1;
                    if ("dfFghHKmMstyz".IndexOf(c) < 0) { sb.Append(c); i++; continue; }
                }
                switch (c) {
                    case 'd':
                        if (n <= 2) Pad(sb, dt.Day, n);
                        else sb.Append(n == 3 ? AbbrDayNames[(int)dt.DayOfWeek] : DayNames[(int)dt.DayOfWeek]);
                        break;
                    case 'M':
                        if (n <= 2) Pad(sb, dt.Month, n);
                        else sb.Append(n == 3 ? AbbrMonthNames[dt.Month - 1] : MonthNames[dt.Month - 1]);
                        break;
                    case 'y':
                        if (n == 1) sb.Append(dt.Year % 100);
                        else if (n == 2) Pad(sb, dt.Year % 100, 2);
                        else Pad(sb, dt.Year, n);
                        break;
                    case 'h': { int h = dt.Hour % 12; if (h == 0) h = 12; Pad(sb, h, n == 1 ? 1 : 2); break; }
                    case 'H': Pad(sb, dt.Hour, n == 1 ? 1 : 2); break;
                    case 'm': Pad(sb, dt.Minute, n == 1 ? 1 : 2); break;
                    case 's': Pad(sb, dt.Second, n == 1 ? 1 : 2); break;
                    case 'f': case 'F': {
                        if (n > 7) throw BadFormat();
                        string digits = frac.ToString("0000000").Substring(0, n);
                        if (c == 'F') {
                            digits = digits.TrimEnd('0');
                            if (digits.Length == 0 && sb.Length > 0 && sb[sb.Length - 1] == '.') sb.Length--;
                        }
                        sb.Append(digits);
                        break;
                    }
                    case 't': sb.Append(dt.Hour < 12 ? (n == 1 ? "A" : "AM") : (n == 1 ? "P" : "PM")); break;
                    case 'g': sb.Append("A.D."); break;
                    case 'z': sb.Append(n == 1 ? "+0" : n == 2 ? "+00" : "+00:00"); break;   // the local zone is UTC
                    case 'K':
                        if (dt.Kind == DateTimeKind.Utc) sb.Append('Z');
                        else if (dt.Kind == DateTimeKind.Local) sb.Append("+00:00");
                        break;
                    case '\'': case '"': i = Quoted(format, i, sb); continue;
                    case '\\':
                        if (i + 1 >= format.Length) throw BadFormat();
                        sb.Append(format[i + 1]);
                        i += 2;
                        continue;
                    default: sb.Append(c); i++; continue;
                }
                i += n;
            }
            return sb.ToString();
        }

        internal static string FormatTimeSpan(TimeSpan ts, string format) {
            long t = ts.Ticks;
            if (format == null || format.Length == 0 || format == "c" || format == "t" || format == "T") return ts.ToString();
            ulong u = t < 0 ? (ulong)(-(t + 1)) + 1 : (ulong)t;
            ulong days = u / (ulong)TimeSpan.TicksPerDay, rest = u % (ulong)TimeSpan.TicksPerDay;
            int hours = (int)(rest / (ulong)TimeSpan.TicksPerHour), minutes = (int)(rest / (ulong)TimeSpan.TicksPerMinute % 60);
            int seconds = (int)(rest / (ulong)TimeSpan.TicksPerSecond % 60);
            long frac = (long)(rest % (ulong)TimeSpan.TicksPerSecond);
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            if (format == "g" || format == "G") {
                if (t < 0) sb.Append('-');
                if (format == "G" || days != 0) sb.Append(days).Append(':');
                Pad(sb, hours, format == "G" ? 2 : 1);
                sb.Append(':');
                Pad(sb, minutes, 2);
                sb.Append(':');
                Pad(sb, seconds, 2);
                if (format == "G") { sb.Append('.'); Pad(sb, frac, 7); }
                else if (frac != 0) sb.Append('.').Append(frac.ToString("0000000").TrimEnd('0'));
                return sb.ToString();
            }
            if (format.Length == 1) throw BadFormat();
            int i = 0;
            while (i < format.Length) {
                char c = format[i];
                int n = Run(format, i);
                if (c == '%') {
                    if (i + 1 >= format.Length || format[i + 1] == '%') throw BadFormat();
                    i++;
                    c = format[i];
                    n = 1;
                }
                switch (c) {
                    case 'd': if (n > 8) throw BadFormat(); Pad(sb, (long)days, n); break;
                    case 'h': if (n > 2) throw BadFormat(); Pad(sb, hours, n); break;
                    case 'm': if (n > 2) throw BadFormat(); Pad(sb, minutes, n); break;
                    case 's': if (n > 2) throw BadFormat(); Pad(sb, seconds, n); break;
                    case 'f': case 'F': {
                        if (n > 7) throw BadFormat();
                        string digits = frac.ToString("0000000").Substring(0, n);
                        sb.Append(c == 'F' ? digits.TrimEnd('0') : digits);
                        break;
                    }
                    case '\'': case '"': i = Quoted(format, i, sb); continue;
                    case '\\':
                        if (i + 1 >= format.Length) throw BadFormat();
                        sb.Append(format[i + 1]);
                        i += 2;
                        continue;
                    default: throw BadFormat();
                }
                i += n;
            }
            return sb.ToString();
        }

        // ---------------- TimeSpan parsing ----------------

        internal static void ThrowTimeSpan(int status) {
            if (status == 1) throw new FormatException("String was not recognized as a valid TimeSpan.");
            if (status == 2) throw new OverflowException("The TimeSpan could not be parsed because at least one of the numeric components is out of range or contains too many digits.");
        }

        /// "[ws][-]{ d | [d.]h:m[:s[.f]] | d:h:m:s[.f] }[ws]" (`constant`: the "c" format, which
        /// has no d:h:m:s form). 0 = ok, 1 = format error, 2 = a component out of range.
        internal static int ParseTimeSpan(string s, bool constant, out TimeSpan result) {
            result = TimeSpan.Zero;
            string t = s.Trim();
            int i = 0;
            bool neg = false;
            if (i < t.Length && t[i] == '-') { neg = true; i++; }
            // numbers and the separators after them
            System.Collections.Generic.List<string> nums = new System.Collections.Generic.List<string>();
            System.Text.StringBuilder seps = new System.Text.StringBuilder();
            while (true) {
                int st = i;
                while (i < t.Length && t[i] >= '0' && t[i] <= '9') i++;
                nums.Add(t.Substring(st, i - st));
                if (i >= t.Length) break;
                if (t[i] != ':' && t[i] != '.') return 1;
                seps.Append(t[i]);
                i++;
            }
            string sp = seps.ToString();
            string last = nums[nums.Count - 1];
            bool emptyFraction = false;
            if (last.Length == 0) {
                // "h:m:s." is accepted by the "c" format only
                if (constant && sp.Length > 0 && sp[sp.Length - 1] == '.' && sp.IndexOf(':') >= 0) {
                    nums.RemoveAt(nums.Count - 1);
                    sp = sp.Substring(0, sp.Length - 1);
                    emptyFraction = true;
                } else return 1;
            }
            for (int k = 0; k < nums.Count; k++) if (nums[k].Length == 0) return 1;
            long days = 0, h = 0, m = 0, sec = 0, f = 0;
            string fracDigits = null;
            switch (sp) {
                case "": days = Num(nums[0]); break;
                case ":": h = Num(nums[0]); m = Num(nums[1]); break;
                case "::": h = Num(nums[0]); m = Num(nums[1]); sec = Num(nums[2]);
                    if (!constant && h > 23) { days = h; h = m; m = sec; sec = 0; }
                    break;
                case ".:": days = Num(nums[0]); h = Num(nums[1]); m = Num(nums[2]); break;
                case ".::": days = Num(nums[0]); h = Num(nums[1]); m = Num(nums[2]); sec = Num(nums[3]); break;
                case "::.": h = Num(nums[0]); m = Num(nums[1]); sec = Num(nums[2]); fracDigits = nums[3]; break;
                case ".::.": days = Num(nums[0]); h = Num(nums[1]); m = Num(nums[2]); sec = Num(nums[3]); fracDigits = nums[4]; break;
                case ":::":
                    if (constant) return 1;
                    days = Num(nums[0]); h = Num(nums[1]); m = Num(nums[2]); sec = Num(nums[3]); break;
                case ":::.":
                    if (constant) return 1;
                    days = Num(nums[0]); h = Num(nums[1]); m = Num(nums[2]); sec = Num(nums[3]); fracDigits = nums[4]; break;
                default: return 1;
            }
            if (emptyFraction && fracDigits != null) return 1;
            if (fracDigits != null) {
                if (fracDigits.Length > 7) return constant ? 1 : 2;
                f = Num(fracDigits);
                for (int k = fracDigits.Length; k < 7; k++) f *= 10;
            }
            if (days < 0 || days > 10675199 || h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 59) return 2;
            long ticks = ((days * 24 + h) * 60 + m) * 60 + sec;
            ticks = ticks * TimeSpan.TicksPerSecond + f;
            if (ticks < 0) return 2;
            result = new TimeSpan(neg ? -ticks : ticks);
            return 0;
        }
        static long Num(string d) {
            if (d.Length > 10) return -1;
            long v = 0;
            for (int k = 0; k < d.Length; k++) v = v * 10 + (d[k] - '0');
            return v;
        }

        internal static int ParseTimeSpanExact(string s, string[] formats, System.Globalization.TimeSpanStyles styles, out TimeSpan result) {
            result = TimeSpan.Zero;
            int best = 1;
            for (int k = 0; k < formats.Length; k++) {
                string f = formats[k];
                if (f == null || f.Length == 0) throw new FormatException("Input string was not in a correct format.");
                int status;
                if (f == "c" || f == "t" || f == "T") status = ParseTimeSpan(s, true, out result);
                else if (f == "g" || f == "G") status = ParseTimeSpan(s, false, out result);
                else status = ParseTimeSpanCustom(s, f, out result);
                if (status == 0) {
                    if ((styles & System.Globalization.TimeSpanStyles.AssumeNegative) != 0 && result.Ticks > 0) result = result.Negate();
                    return 0;
                }
                if (status == 2) best = 2;
            }
            return best;
        }
        static int ParseTimeSpanCustom(string s, string format, out TimeSpan result) {
            result = TimeSpan.Zero;
            long days = 0, h = 0, m = 0, sec = 0, f = 0;
            int i = 0, p = 0;
            while (i < format.Length) {
                char c = format[i];
                int n = Run(format, i);
                if (c == '%') { i++; if (i >= format.Length) return 1; c = format[i]; n = 1; }
                switch (c) {
                    case 'd': case 'h': case 'm': case 's': case 'f': case 'F': {
                        int max = c == 'd' ? 8 : (c == 'f' || c == 'F') ? 7 : 2;
                        if (n > max) throw BadFormat();
                        int st = p;
                        int limit = (c == 'f') ? n : (c == 'd' || n == 1 || c == 'F') ? max : n;
                        while (p < s.Length && p - st < limit && s[p] >= '0' && s[p] <= '9') p++;
                        int len = p - st;
                        if (len == 0 && c != 'F') return 1;
                        if ((c == 'f' && len != n) || (c != 'd' && c != 'f' && c != 'F' && n == 2 && len != 2)) return 1;
                        long v = Num(s.Substring(st, len));
                        if (c == 'd') days = v;
                        else if (c == 'h') h = v;
                        else if (c == 'm') m = v;
                        else if (c == 's') sec = v;
                        else { f = v; for (int k = len; k < 7; k++) f *= 10; }
                        break;
                    }
                    case '\'': case '"': {
                        System.Text.StringBuilder lit = new System.Text.StringBuilder();
                        int next = Quoted(format, i, lit);
                        string l = lit.ToString();
                        if (string.CompareOrdinal(s, p, l, 0, l.Length) != 0 || p + l.Length > s.Length) return 1;
                        p += l.Length;
                        i = next;
                        continue;
                    }
                    case '\\':
                        if (i + 1 >= format.Length) throw BadFormat();
                        if (p >= s.Length || s[p] != format[i + 1]) return 1;
                        p++;
                        i += 2;
                        continue;
                    default: throw BadFormat();
                }
                i += n;
            }
            if (p != s.Length) return 1;
            if (days > 10675199 || h > 23 || m > 59 || sec > 59) return 2;
            result = new TimeSpan(((((days * 24 + h) * 60 + m) * 60 + sec) * TimeSpan.TicksPerSecond) + f);
            return 0;
        }

        // ---------------- DateTime parsing ----------------

        sealed class Fields {
            public int year = -1, month = -1, day = -1, hour = -1, minute = -1, second = -1;
            public long fraction;
            public int ampm = -1;            // 0 AM, 1 PM
            public int dayOfWeek = -1;
            public bool zone;                // an explicit zone: 'Z', GMT or an offset
            public long offsetMinutes;
        }

        static int MatchName(string s, int p, string[] names, out int len) {
            int best = -1;
            len = 0;
            for (int k = 0; k < names.Length; k++) {
                string nm = names[k];
                if (nm.Length > len && p + nm.Length <= s.Length && string.Compare(s, p, nm, 0, nm.Length, StringComparison.OrdinalIgnoreCase) == 0) {
                    best = k;
                    len = nm.Length;
                }
            }
            return best;
        }

        /// Builds the DateTime from parsed fields (null, or the error message).
        static string Build(Fields f, System.Globalization.DateTimeStyles styles, string source, bool exact, out DateTime result) {
            result = DateTime.MinValue;
            DateTime today = DateTime.Now;
            bool anyDate = f.year >= 0 || f.month >= 0 || f.day >= 0;
            int year = f.year >= 0 ? f.year : (anyDate ? today.Year : today.Year);
            int month = f.month >= 0 ? f.month : (anyDate ? 1 : today.Month);
            int day = f.day >= 0 ? f.day : (anyDate ? 1 : today.Day);
            int hour = f.hour >= 0 ? f.hour : 0;
            if (f.ampm >= 0) {
                if (hour > 12) return NotValid;
                hour = hour % 12 + (f.ampm == 1 ? 12 : 0);
            }
            int minute = f.minute >= 0 ? f.minute : 0, second = f.second >= 0 ? f.second : 0;
            if (hour > 23 || minute > 59 || second > 59 || (exact && (month < 1 || month > 12 || day < 1 || day > 31)))
                return "The DateTime represented by the string is not supported in calendar " + source + ".";
            if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return NotValid;
            DateTime r = new DateTime(year, month, day, hour, minute, second).AddTicks(f.fraction);
            if (f.dayOfWeek >= 0 && (int)r.DayOfWeek != f.dayOfWeek) return "String was not recognized as a valid DateTime because the day of week was incorrect.";
            DateTimeKind kind = DateTimeKind.Unspecified;
            if (f.zone) {
                r = r.AddMinutes(-f.offsetMinutes);   // to UTC, which is also local time here
                kind = (styles & System.Globalization.DateTimeStyles.RoundtripKind) != 0 && f.offsetMinutes == 0 && source.TrimEnd().EndsWith("Z") ? DateTimeKind.Utc : DateTimeKind.Local;
            } else if ((styles & System.Globalization.DateTimeStyles.AssumeUniversal) != 0) {
                kind = DateTimeKind.Local;
            } else if ((styles & System.Globalization.DateTimeStyles.AssumeLocal) != 0) {
                kind = DateTimeKind.Local;
            }
            if ((styles & System.Globalization.DateTimeStyles.AdjustToUniversal) != 0 && (f.zone || kind != DateTimeKind.Unspecified)) kind = DateTimeKind.Utc;
            result = new DateTime(r.Ticks, kind);
            return null;
        }

        /// A lenient reader for DateTime.Parse; returns null or the FormatException message.
        internal static string ParseDateTime(string s, System.Globalization.DateTimeStyles styles, out DateTime result) {
            result = DateTime.MinValue;
            Fields f = new Fields();
            System.Collections.Generic.List<int> nums = new System.Collections.Generic.List<int>();
            System.Collections.Generic.List<int> widths = new System.Collections.Generic.List<int>();
            System.Collections.Generic.List<char> after = new System.Collections.Generic.List<char>();
            int monthName = -1;
            bool sawTime = false;
            int n = s.Length, p = 0;
            while (p < n) {
                char c = s[p];
                if (Char.IsWhiteSpace(c) || c == ',') { p++; continue; }
                if (c >= '0' && c <= '9') {
                    int st = p;
                    while (p < n && s[p] >= '0' && s[p] <= '9') p++;
                    if (p - st > 9) return NotValid;
                    int v = int.Parse(s.Substring(st, p - st));
                    // a time: h:m[:s[.fffffff]]
                    if (p < n && s[p] == ':' && !sawTime) {
                        sawTime = true;
                        f.hour = v;
                        p++;
                        int ms = p;
                        while (p < n && s[p] >= '0' && s[p] <= '9') p++;
                        if (p == ms || p - ms > 2) return NotValid;
                        f.minute = int.Parse(s.Substring(ms, p - ms));
                        if (p < n && s[p] == ':') {
                            p++;
                            int ss = p;
                            while (p < n && s[p] >= '0' && s[p] <= '9') p++;
                            if (p == ss || p - ss > 2) return NotValid;
                            f.second = int.Parse(s.Substring(ss, p - ss));
                            if (p + 1 < n && s[p] == '.' && s[p + 1] >= '0' && s[p + 1] <= '9') {
                                p++;
                                int fs = p;
                                while (p < n && s[p] >= '0' && s[p] <= '9') p++;
                                string fd = s.Substring(fs, Math.Min(p - fs, 7));
                                long fr = long.Parse(fd);
                                for (int k = fd.Length; k < 7; k++) fr *= 10;
                                f.fraction = fr;
                            }
                        }
                        // an offset right after the time: Z, +hh:mm, -hh:mm
                        if (p < n && (s[p] == 'Z' || s[p] == 'z')) { f.zone = true; p++; }
                        else if (p < n && (s[p] == '+' || s[p] == '-')) {
                            int sign = s[p] == '-' ? -1 : 1;
                            p++;
                            int hs = p;
                            while (p < n && s[p] >= '0' && s[p] <= '9') p++;
                            if (p == hs) return NotValid;
                            int oh = int.Parse(s.Substring(hs, p - hs)), om = 0;
                            if (p - hs == 4) { om = oh % 100; oh /= 100; }
                            else if (p < n && s[p] == ':') {
                                p++;
                                int mst = p;
                                while (p < n && s[p] >= '0' && s[p] <= '9') p++;
                                if (p == mst) return NotValid;
                                om = int.Parse(s.Substring(mst, p - mst));
                            }
                            f.zone = true;
                            f.offsetMinutes = sign * (oh * 60 + om);
                        }
                        continue;
                    }
                    nums.Add(v);
                    widths.Add(p - st);
                    char sep = p < n ? s[p] : '\0';
                    after.Add(sep);
                    if (sep == '/' || sep == '-' || sep == '.') p++;
                    continue;
                }
                if (Char.IsLetter(c)) {
                    int st = p;
                    while (p < n && Char.IsLetter(s[p])) p++;
                    string w = s.Substring(st, p - st);
                    int len;
                    int k;
                    if ((k = MatchName(w, 0, MonthNames, out len)) >= 0 && len == w.Length) monthName = k + 1;
                    else if ((k = MatchName(w, 0, AbbrMonthNames, out len)) >= 0 && len == w.Length) monthName = k + 1;
                    else if ((k = MatchName(w, 0, DayNames, out len)) >= 0 && len == w.Length) f.dayOfWeek = k;
                    else if ((k = MatchName(w, 0, AbbrDayNames, out len)) >= 0 && len == w.Length) f.dayOfWeek = k;
                    else if (string.Compare(w, "AM", StringComparison.OrdinalIgnoreCase) == 0 || string.Compare(w, "A", StringComparison.OrdinalIgnoreCase) == 0) f.ampm = 0;
                    else if (string.Compare(w, "PM", StringComparison.OrdinalIgnoreCase) == 0 || string.Compare(w, "P", StringComparison.OrdinalIgnoreCase) == 0) f.ampm = 1;
                    else if (w == "GMT" || w == "UTC" || w == "Z") f.zone = true;
                    else if (w == "T" && nums.Count > 0) { }
                    else return "Format_UnknownDateTimeWord";
                    if (p < n && (s[p] == '-' || s[p] == '.' || s[p] == '/')) p++;
                    continue;
                }
                return NotValid;
            }
            // an hour given only with AM/PM ("12 PM")
            if (!sawTime && f.ampm >= 0 && nums.Count == 1 && monthName < 0) {
                f.hour = nums[0]; f.minute = 0; nums.Clear();
            }
            if (f.ampm >= 0 && f.hour < 0) return NotValid;
            // the date
            if (monthName > 0) {
                f.month = monthName;
                if (nums.Count == 1) {
                    if (widths[0] >= 3 || nums[0] > 31) f.year = nums[0]; else f.day = nums[0];
                } else if (nums.Count == 2) {
                    if (widths[0] >= 3 || nums[0] > 31) { f.year = nums[0]; f.day = nums[1]; }
                    else { f.day = nums[0]; f.year = YearOf(nums[1], widths[1]); }
                } else if (nums.Count != 0) return NotValid;
            } else if (nums.Count == 3) {
                if (widths[0] >= 3) { f.year = nums[0]; f.month = nums[1]; f.day = nums[2]; }
                else { f.month = nums[0]; f.day = nums[1]; f.year = YearOf(nums[2], widths[2]); }
            } else if (nums.Count == 2) {
                if (widths[0] >= 3) { f.year = nums[0]; f.month = nums[1]; }
                else if (widths[1] >= 3) { f.month = nums[0]; f.year = nums[1]; }
                else { f.month = nums[0]; f.day = nums[1]; }
            } else if (nums.Count == 1 || (nums.Count == 0 && !sawTime && f.ampm < 0)) {
                return NotValid;
            } else if (nums.Count > 3) return NotValid;
            return Build(f, styles, s, false, out result);
        }
        static int YearOf(int v, int width) {
            if (width > 2) return v;
            return v < 30 ? 2000 + v : 1900 + v;
        }

        /// DateTime.ParseExact against each format in turn; null or the error message.
        internal static string ParseExact(string s, string[] formats, System.Globalization.DateTimeStyles styles, out DateTime result) {
            result = DateTime.MinValue;
            string error = NotValid;
            for (int k = 0; k < formats.Length; k++) {
                string fmt = formats[k];
                if (fmt == null || fmt.Length == 0) throw new FormatException("String was not recognized as a valid DateTime.");
                string e = ParseExactOne(s, fmt, styles, out result);
                if (e == null) return null;
                if (e != NotValid) error = e;
            }
            result = DateTime.MinValue;
            return error;
        }
        static string ParseExactOne(string s, string format, System.Globalization.DateTimeStyles styles, out DateTime result) {
            result = DateTime.MinValue;
            if (format.Length == 1) {
                format = StandardPattern(format[0]);
                if (format == null) throw new FormatException("Input string was not in a correct format.");
            }
            bool white = (styles & System.Globalization.DateTimeStyles.AllowInnerWhite) != 0;
            if ((styles & System.Globalization.DateTimeStyles.AllowLeadingWhite) != 0) s = s.TrimStart();
            if ((styles & System.Globalization.DateTimeStyles.AllowTrailingWhite) != 0) s = s.TrimEnd();
            Fields f = new Fields();
            int i = 0, p = 0;
            while (i < format.Length) {
                char c = format[i];
                int n = Run(format, i);
                if (c == '%') { i++; if (i >= format.Length) throw new FormatException("Input string was not in a correct format."); c = format[i]; n = 1; }
                if (white) while (p < s.Length && Char.IsWhiteSpace(s[p]) && !Char.IsWhiteSpace(c)) p++;
                switch (c) {
                    case 'd': case 'M': case 'y': case 'h': case 'H': case 'm': case 's': {
                        if ((c == 'd' || c == 'M') && n >= 3) {
                            string[] names = c == 'd' ? (n == 3 ? AbbrDayNames : DayNames) : (n == 3 ? AbbrMonthNames : MonthNames);
                            int len;
                            int k = MatchName(s, p, names, out len);
                            if (k < 0) return NotValid;
                            p += len;
                            if (c == 'd') f.dayOfWeek = k; else f.month = k + 1;
                            break;
                        }
                        int min = n == 1 ? 1 : n, max = n == 1 ? 2 : n;
                        if (c == 'y') { min = n <= 2 ? n : n; max = n <= 2 ? 2 : Math.Max(n, 4); if (n == 1) min = 1; }
                        if ((c == 'h' || c == 'H' || c == 'm' || c == 's') && n > 2) { min = 2; max = 2; }
                        int st = p;
                        while (p < s.Length && p - st < max && s[p] >= '0' && s[p] <= '9') p++;
                        if (p - st < min) return NotValid;
                        int v = int.Parse(s.Substring(st, p - st));
                        switch (c) {
                            case 'd': f.day = v; break;
                            case 'M': f.month = v; break;
                            case 'y': f.year = n <= 2 ? YearOf(v, 2) : v; break;
                            case 'h': case 'H': f.hour = v; break;
                            case 'm': f.minute = v; break;
                            default: f.second = v; break;
                        }
                        break;
                    }
                    case 'f': case 'F': {
                        if (n > 7) throw new FormatException("Input string was not in a correct format.");
                        int st = p;
                        while (p < s.Length && p - st < n && s[p] >= '0' && s[p] <= '9') p++;
                        int len = p - st;
                        if (c == 'f' && len != n) return NotValid;
                        if (c == 'F' && len == 0) {
                            // the optional fraction and, if nothing follows, its '.' separator are absent
                            break;
                        }
                        long fr = long.Parse(s.Substring(st, len));
                        for (int k = len; k < 7; k++) fr *= 10;
                        f.fraction = fr;
                        break;
                    }
                    case 't': {
                        if (p >= s.Length) return NotValid;
                        char a = Char.ToUpperInvariant(s[p]);
                        if (a != 'A' && a != 'P') return NotValid;
                        f.ampm = a == 'A' ? 0 : 1;
                        p++;
                        if (n >= 2) { if (p >= s.Length || Char.ToUpperInvariant(s[p]) != 'M') return NotValid; p++; }
                        break;
                    }
                    case 'z': case 'K': {
                        if (c == 'K' && p < s.Length && s[p] == 'Z') { f.zone = true; p++; break; }
                        if (c == 'K' && (p >= s.Length || (s[p] != '+' && s[p] != '-'))) break;
                        if (p >= s.Length || (s[p] != '+' && s[p] != '-')) return NotValid;
                        int sign = s[p] == '-' ? -1 : 1;
                        p++;
                        int st = p;
                        while (p < s.Length && p - st < 2 && s[p] >= '0' && s[p] <= '9') p++;
                        if (p == st) return NotValid;
                        int oh = int.Parse(s.Substring(st, p - st)), om = 0;
                        if ((c == 'K' || n >= 3) && p < s.Length && s[p] == ':') {
                            p++;
                            int ms = p;
                            while (p < s.Length && p - ms < 2 && s[p] >= '0' && s[p] <= '9') p++;
                            if (p - ms != 2) return NotValid;
                            om = int.Parse(s.Substring(ms, 2));
                        }
                        f.zone = true;
                        f.offsetMinutes = sign * (oh * 60 + om);
                        break;
                    }
                    case 'g': {
                        if (string.CompareOrdinal(s, p, "A.D.", 0, 4) != 0) return NotValid;
                        p += 4;
                        break;
                    }
                    case '\'': case '"': {
                        System.Text.StringBuilder lit = new System.Text.StringBuilder();
                        int next = Quoted(format, i, lit);
                        string l = lit.ToString();
                        if (p + l.Length > s.Length || string.CompareOrdinal(s, p, l, 0, l.Length) != 0) return NotValid;
                        p += l.Length;
                        i = next;
                        continue;
                    }
                    case '\\':
                        if (i + 1 >= format.Length) throw new FormatException("Input string was not in a correct format.");
                        if (p >= s.Length || s[p] != format[i + 1]) return NotValid;
                        p++;
                        i += 2;
                        continue;
                    case '.':
                        // a '.' directly before an optional fraction (F) may be absent with it
                        if (i + 1 < format.Length && format[i + 1] == 'F' && (p >= s.Length || s[p] != '.')) { i++; continue; }
                        if (p >= s.Length || s[p] != '.') return NotValid;
                        p++;
                        i++;
                        continue;
                    default:
                        if (Char.IsWhiteSpace(c) && white) {
                            while (p < s.Length && Char.IsWhiteSpace(s[p])) p++;
                            i++;
                            continue;
                        }
                        if (p >= s.Length || s[p] != c) return NotValid;
                        p++;
                        i++;
                        continue;
                }
                i += n;
            }
            if (white) while (p < s.Length && Char.IsWhiteSpace(s[p])) p++;
            if (p != s.Length) return NotValid;
            return Build(f, styles, s, true, out result);
        }
    }
}

namespace System.Diagnostics {
    public class Stopwatch {
        /// Monotonic clock in ticks of 100 ns (Frequency = 10,000,000, as Mono).
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern long GetTimestamp();

        public static readonly long Frequency = 10000000;
        public static readonly bool IsHighResolution = true;
        long elapsed;
        long started;
        bool running;

        public Stopwatch() { }
        public static Stopwatch StartNew() { Stopwatch s = new Stopwatch(); s.Start(); return s; }
        public void Start() { if (!running) { started = GetTimestamp(); running = true; } }
        public void Stop() { if (running) { elapsed += GetTimestamp() - started; running = false; } }
        public void Reset() { elapsed = 0; running = false; }
        public void Restart() { elapsed = 0; started = GetTimestamp(); running = true; }
        public bool IsRunning { get { return running; } }
        public long ElapsedTicks { get { return running ? elapsed + GetTimestamp() - started : elapsed; } }
        public long ElapsedMilliseconds { get { return ElapsedTicks / 10000; } }
        public TimeSpan Elapsed { get { return new TimeSpan(ElapsedTicks); } }
    }

    public static class Debug {
        [Conditional("DEBUG")] public static void Assert(bool condition) { if (!condition) throw new InvalidOperationException("Assertion failed."); }
        [Conditional("DEBUG")] public static void Assert(bool condition, string message) { if (!condition) throw new InvalidOperationException(message); }
        [Conditional("DEBUG")] public static void WriteLine(string message) { Console.WriteErrorString(message + "\n"); }
        [Conditional("DEBUG")] public static void WriteLine(object value) { Console.WriteErrorString(value + "\n"); }
    }
}
