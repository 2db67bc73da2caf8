using System.Runtime.CompilerServices;

namespace System {
    public static class Math {
        public const double PI = 3.14159265358979323846;
        public const double E = 2.7182818284590452354;

        // Natives: IEEE/libm semantics (Rust f64 methods).
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Sin(double a);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Cos(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Tan(double a);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Asin(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Acos(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Atan(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Atan2(double y, double x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Sinh(double value);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Cosh(double value);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Tanh(double value);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Exp(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Log(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Log10(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Pow(double x, double y);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Sqrt(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Cbrt(double d);

        public static double Log(double a, double newBase) {
            if (a != a) return a;
            if (newBase != newBase) return newBase;
            if (newBase == 1) return double.NaN;
            if (a != 1 && (newBase == 0 || double.IsPositiveInfinity(newBase))) return double.NaN;
            return Log(a) / Log(newBase);
        }
        public static double Log2(double d) { return Log(d) / 0.69314718055994530942; }

        public static double Floor(double d) {
            if (d != d || d >= 4503599627370496.0 || d <= -4503599627370496.0) return d;
            double t = (double)(long)d;
            if (t > d) t -= 1;
            if (t == 0 && (d < 0 || 1 / d < 0)) return -0.0;
            return t;
        }
        public static double Ceiling(double d) {
            if (d != d || d >= 4503599627370496.0 || d <= -4503599627370496.0) return d;
            double t = (double)(long)d;
            if (t < d) t += 1;
            if (t == 0 && d < 0) return -0.0;
            return t;
        }
        public static double Truncate(double d) {
            if (d != d || d >= 4503599627370496.0 || d <= -4503599627370496.0) return d;
            double t = (double)(long)d;
            if (t == 0 && d < 0) return -0.0;
            return t;
        }

        /// Round half to even.
        public static double Round(double a) {
            if (a != a || a >= 4503599627370496.0 || a <= -4503599627370496.0) return a;
            double f = Floor(a);
            double diff = a - f;
            double r;
            if (diff > 0.5) r = f + 1;
            else if (diff < 0.5) r = f;
            else r = (Floor(f / 2) * 2 == f) ? f : f + 1;
            if (r == 0 && a < 0) return -0.0;
            return r;
        }
        public static double Round(double value, MidpointRounding mode) {
            if (mode == MidpointRounding.ToEven) return Round(value);
            if (value != value || value >= 4503599627370496.0 || value <= -4503599627370496.0) return value;
            double t = Truncate(value);
            double diff = value - t;
            if (diff >= 0.5) return t + 1;
            if (diff <= -0.5) return t - 1;
            return t;
        }
        static readonly double[] powers10 = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };
        public static double Round(double value, int digits) { return Round(value, digits, MidpointRounding.ToEven); }
        public static double Round(double value, int digits, MidpointRounding mode) {
            if (digits < 0 || digits > 15) throw new ArgumentOutOfRangeException("digits", "Rounding digits must be between 0 and 15, inclusive.");
            if (Abs(value) >= 1e16) return value;
            double p = powers10[digits];
            double scaled = value * p;
            double r = Round(scaled, mode);
            return r / p;
        }

        public static int Abs(int value) {
            if (value < 0) {
                if (value == int.MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
                return -value;
            }
            return value;
        }
        public static long Abs(long value) {
            if (value < 0) {
                if (value == long.MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
                return -value;
            }
            return value;
        }
        public static short Abs(short value) {
            if (value < 0) {
                if (value == short.MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
                return (short)-value;
            }
            return value;
        }
        public static sbyte Abs(sbyte value) {
            if (value < 0) {
                if (value == sbyte.MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
                return (sbyte)-value;
            }
            return value;
        }
        public static double Abs(double value) { return (value < 0 || (value == 0 && 1 / value < 0)) ? -value : value; }
        public static float Abs(float value) { return (value < 0 || (value == 0 && 1 / value < 0)) ? -value : value; }

        public static int Max(int a, int b) { return a >= b ? a : b; }
        public static uint Max(uint a, uint b) { return a >= b ? a : b; }
        public static long Max(long a, long b) { return a >= b ? a : b; }
        public static ulong Max(ulong a, ulong b) { return a >= b ? a : b; }
        public static short Max(short a, short b) { return a >= b ? a : b; }
        public static ushort Max(ushort a, ushort b) { return a >= b ? a : b; }
        public static byte Max(byte a, byte b) { return a >= b ? a : b; }
        public static sbyte Max(sbyte a, sbyte b) { return a >= b ? a : b; }
        public static double Max(double a, double b) {
            if (a > b) return a;
            if (a != a) return a;
            return b;
        }
        public static float Max(float a, float b) {
            if (a > b) return a;
            if (a != a) return a;
            return b;
        }
        public static int Min(int a, int b) { return a <= b ? a : b; }
        public static uint Min(uint a, uint b) { return a <= b ? a : b; }
        public static long Min(long a, long b) { return a <= b ? a : b; }
        public static ulong Min(ulong a, ulong b) { return a <= b ? a : b; }
        public static short Min(short a, short b) { return a <= b ? a : b; }
        public static ushort Min(ushort a, ushort b) { return a <= b ? a : b; }
        public static byte Min(byte a, byte b) { return a <= b ? a : b; }
        public static sbyte Min(sbyte a, sbyte b) { return a <= b ? a : b; }
        public static double Min(double a, double b) {
            if (a < b) return a;
            if (a != a) return a;
            return b;
        }
        public static float Min(float a, float b) {
            if (a < b) return a;
            if (a != a) return a;
            return b;
        }

        public static int Sign(int value) { return value < 0 ? -1 : (value > 0 ? 1 : 0); }
        public static int Sign(long value) { return value < 0 ? -1 : (value > 0 ? 1 : 0); }
        public static int Sign(short value) { return value < 0 ? -1 : (value > 0 ? 1 : 0); }
        public static int Sign(sbyte value) { return value < 0 ? -1 : (value > 0 ? 1 : 0); }
        public static int Sign(double value) {
            if (value != value) throw new ArithmeticException("Function does not accept floating point Not-a-Number values.");
            return value < 0 ? -1 : (value > 0 ? 1 : 0);
        }
        public static int Sign(float value) { return Sign((double)value); }

        public static decimal Abs(decimal value) { return value < 0 ? -value : value; }
        public static decimal Max(decimal a, decimal b) { return a >= b ? a : b; }
        public static decimal Min(decimal a, decimal b) { return a <= b ? a : b; }
        public static int Sign(decimal value) { return value < 0 ? -1 : (value > 0 ? 1 : 0); }
        public static decimal Round(decimal d) { return decimal.Round(d); }
        public static decimal Round(decimal d, int decimals) { return decimal.Round(d, decimals); }
        public static decimal Round(decimal d, MidpointRounding mode) { return decimal.Round(d, mode); }
        public static decimal Round(decimal d, int decimals, MidpointRounding mode) { return decimal.Round(d, decimals, mode); }
        public static decimal Floor(decimal d) { return decimal.Floor(d); }
        public static decimal Ceiling(decimal d) { return decimal.Ceiling(d); }
        public static decimal Truncate(decimal d) { return decimal.Truncate(d); }

        public static long BigMul(int a, int b) { return (long)a * b; }
        public static int DivRem(int a, int b, out int result) { result = a % b; return a / b; }
        public static long DivRem(long a, long b, out long result) { result = a % b; return a / b; }
        public static double IEEERemainder(double x, double y) {
            if (x != x || y != y || double.IsInfinity(x) || y == 0) return double.NaN;
            double q = Round(x / y);
            double r = x - q * y;
            if (r == 0) return x < 0 ? -0.0 : 0.0;
            return r;
        }
        public static int Clamp(int value, int min, int max) { return value < min ? min : (value > max ? max : value); }
        public static long Clamp(long value, long min, long max) { return value < min ? min : (value > max ? max : value); }
        public static double Clamp(double value, double min, double max) { return value < min ? min : (value > max ? max : value); }
        public static sbyte Clamp(sbyte value, sbyte min, sbyte max) { if (min > max) throw ClampError(min, max); return value < min ? min : (value > max ? max : value); }
        public static byte Clamp(byte value, byte min, byte max) { if (min > max) throw ClampError(min, max); return value < min ? min : (value > max ? max : value); }
        public static short Clamp(short value, short min, short max) { if (min > max) throw ClampError(min, max); return value < min ? min : (value > max ? max : value); }
        public static ushort Clamp(ushort value, ushort min, ushort max) { if (min > max) throw ClampError(min, max); return value < min ? min : (value > max ? max : value); }
        public static uint Clamp(uint value, uint min, uint max) { if (min > max) throw ClampError(min, max); return value < min ? min : (value > max ? max : value); }
        public static ulong Clamp(ulong value, ulong min, ulong max) { if (min > max) throw ClampError(min, max); return value < min ? min : (value > max ? max : value); }
        public static float Clamp(float value, float min, float max) { if (min > max) throw ClampError(min, max); return value < min ? min : (value > max ? max : value); }
        public static decimal Clamp(decimal value, decimal min, decimal max) { if (min > max) throw ClampError(min, max); return value < min ? min : (value > max ? max : value); }
        static ArgumentException ClampError(object min, object max) { return new ArgumentException("'" + min + "' cannot be greater than " + max + "."); }
    }

    /// .NET Framework's Random: Knuth's subtractive generator (seed array of 55 ints, MSEED 161803398).
    [Serializable]
    public class Random {
        const int MBIG = int.MaxValue;
        const int MSEED = 161803398;
        int inext, inextp;
        int[] seedArray = new int[56];

        public Random() : this(Environment.TickCount) { }

        public Random(int Seed) {
            int subtraction = (Seed == int.MinValue) ? int.MaxValue : Math.Abs(Seed);
            int mj = MSEED - subtraction;
            seedArray[55] = mj;
            int mk = 1;
            for (int i = 1; i < 55; i++) {
                int ii = (21 * i) % 55;
                seedArray[ii] = mk;
                mk = mj - mk;
                if (mk < 0) mk += MBIG;
                mj = seedArray[ii];
            }
            for (int k = 1; k < 5; k++) {
                for (int i = 1; i < 56; i++) {
                    seedArray[i] -= seedArray[1 + (i + 30) % 55];
                    if (seedArray[i] < 0) seedArray[i] += MBIG;
                }
            }
            inext = 0;
            inextp = 21;
        }

        protected virtual double Sample() { return InternalSample() * (1.0 / MBIG); }

        int InternalSample() {
            int locINext = inext, locINextp = inextp;
            if (++locINext >= 56) locINext = 1;
            if (++locINextp >= 56) locINextp = 1;
            int retVal = seedArray[locINext] - seedArray[locINextp];
            if (retVal == MBIG) retVal--;
            if (retVal < 0) retVal += MBIG;
            seedArray[locINext] = retVal;
            inext = locINext;
            inextp = locINextp;
            return retVal;
        }

        public virtual int Next() { return InternalSample(); }

        double GetSampleForLargeRange() {
            int result = InternalSample();
            bool negative = InternalSample() % 2 == 0;
            if (negative) result = -result;
            double d = result;
            d += (int.MaxValue - 1);
            d /= 2.0 * int.MaxValue - 1;
            return d;
        }

        public virtual int Next(int minValue, int maxValue) {
            if (minValue > maxValue) throw new ArgumentOutOfRangeException("minValue", "'minValue' cannot be greater than maxValue.");
            long range = (long)maxValue - minValue;
            if (range <= int.MaxValue) return (int)(Sample() * range) + minValue;
            return (int)((long)(GetSampleForLargeRange() * range) + minValue);
        }

        public virtual int Next(int maxValue) {
            if (maxValue < 0) throw new ArgumentOutOfRangeException("maxValue", "'maxValue' must be greater than zero.");
            return (int)(Sample() * maxValue);
        }

        public virtual double NextDouble() { return Sample(); }

        public virtual void NextBytes(byte[] buffer) {
            if (buffer == null) throw new ArgumentNullException("buffer");
            for (int i = 0; i < buffer.Length; i++) buffer[i] = (byte)(InternalSample() % (byte.MaxValue + 1));
        }
    }
}
