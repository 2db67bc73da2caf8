using System;

class Formatting {
    static void Main() {
        Console.WriteLine(string.Format("[{0}] [{1}] [{2}]", 1, "two", 3.0));
        Console.WriteLine("[{0,6}] [{0,-6}] [{1,8:F3}]", 42, Math.PI);
        Console.WriteLine("{0:D5} {0:X} {0:x8} {1:N0} {1:N2}", 255, 1234567.891);
        Console.WriteLine("{0:F0} {0:F1} {0:F4} {1:E} {1:E2} {2:G} {2:G3}", 2.5, 12345.6789, 0.000123456);
        Console.WriteLine("{0:P} {0:P0} {1:C}", 0.256, 19.99);
        Console.WriteLine("{{literal}} {0}", "x");
        Console.WriteLine(12.ToString("000") + " " + 3.14159.ToString("0.00") + " " + 1234567.ToString("#,##0") + " " + 0.5.ToString("0.#"));
        Console.WriteLine(1.0 / 3 + " " + 2.0 / 3 + " " + 1e20 + " " + 1e-7 + " " + 123.456 + " " + (-0.5));
        Console.WriteLine(0.1 + 0.2);
        Console.WriteLine((0.1 + 0.2).ToString("R") + " " + 1.0.ToString("R"));
        Console.WriteLine(1f / 3 + " " + 0.1f + " " + 3.5f + " " + 1e10f);
        Console.WriteLine(double.MaxValue + " " + double.MinValue + " " + double.Epsilon);
        Console.WriteLine(double.NaN + " " + double.PositiveInfinity + " " + double.NegativeInfinity);
        Console.WriteLine(int.MaxValue + " " + int.MinValue + " " + long.MaxValue + " " + ulong.MaxValue + " " + short.MinValue + " " + byte.MaxValue + " " + sbyte.MinValue);
        Console.WriteLine(int.Parse("-123") + long.Parse("9000000000") + double.Parse("2.5") + float.Parse("1.25"));
        int n;
        Console.WriteLine(int.TryParse("12x", out n) + " " + n + " " + int.TryParse(" 77 ", out n) + " " + n);
        double d;
        Console.WriteLine(double.TryParse("1e3", out d) + " " + d + " " + double.TryParse("abc", out d));
        Console.WriteLine(true + " " + false + " " + bool.Parse("True") + " " + 'x' + " " + (char)65);
        Console.WriteLine(1.5m + " " + 10m / 4 + " " + 1m / 3 + " " + (2.50m * 2) + " " + decimal.Parse("3.14") + " " + (decimal)0.1);
        Console.WriteLine((100.0).ToString() + " " + (1234567.0).ToString() + " " + 1e15 + " " + 1e16 + " " + 123456789012.345);
        Console.WriteLine(string.Format("{0,-10}|{1,10}|", "left", "right"));
        Console.WriteLine(string.Format("{0} {1} {2} {3}", new object[] { 'a', 1L, 2u, (short)3 }));
        Console.WriteLine(((object)null) + "<null");
        Console.WriteLine((-1234.5678).ToString("N3") + " " + (-42).ToString("D6") + " " + 0.ToString("F2"));
        Console.WriteLine(Convert(3.999) + " " + (int)-3.999 + " " + (long)1e10 + " " + (int)'z' + " " + unchecked((byte)(int)300.7));
    }
    static int Convert(double v) { return (int)v; }
}
