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
        public string ToString(string format) { return ToString(); }
        public string ToString(string format, IFormatProvider formatProvider) { return ToString(); }
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
        /// Supports "yyyy", "MM", "dd", "HH", "mm", "ss", "fff" tokens and literals; "o"/"s" ISO forms.
        public string ToString(string format, IFormatProvider provider) {
            if (format == null || format.Length == 0 || format == "G") return ToString();
            if (format == "s") format = "yyyy-MM-ddTHH:mm:ss";
            if (format == "o" || format == "O") format = "yyyy-MM-ddTHH:mm:ss.fffffff";
            if (format == "d") format = "MM/dd/yyyy";
            if (format == "T") format = "HH:mm:ss";
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            int i = 0;
            while (i < format.Length) {
                char c = format[i];
                int n = 1;
                while (i + n < format.Length && format[i + n] == c) n++;
                switch (c) {
                    case 'y': sb.Append(n <= 2 ? (Year % 100).ToString(n == 1 ? "0" : "00") : Year.ToString(new string('0', n))); break;
                    case 'M': sb.Append(Month.ToString(n == 1 ? "0" : "00")); break;
                    case 'd': sb.Append(Day.ToString(n == 1 ? "0" : "00")); break;
                    case 'H': sb.Append(Hour.ToString(n == 1 ? "0" : "00")); break;
                    case 'h': { int h = Hour % 12; if (h == 0) h = 12; sb.Append(h.ToString(n == 1 ? "0" : "00")); break; }
                    case 'm': sb.Append(Minute.ToString(n == 1 ? "0" : "00")); break;
                    case 's': sb.Append(Second.ToString(n == 1 ? "0" : "00")); break;
                    case 'f': sb.Append((ticks % TimeSpan.TicksPerSecond).ToString("0000000").Substring(0, Math.Min(n, 7))); break;
                    case 't': sb.Append(Hour < 12 ? (n == 1 ? "A" : "AM") : (n == 1 ? "P" : "PM")); break;
                    case '\'': {
                        int j = format.IndexOf('\'', i + 1);
                        if (j < 0) j = format.Length;
                        sb.Append(format, i + 1, j - i - 1);
                        n = j - i + 1;
                        break;
                    }
                    default: sb.Append(c, n); break;
                }
                i += n;
            }
            return sb.ToString();
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
