using System;

class MathRandom {
    static void Main() {
        Console.WriteLine(Math.Abs(-5) + " " + Math.Abs(-2.5) + " " + Math.Max(3, 7) + " " + Math.Min(-1.5, 2.0) + " " + Math.Max(2L, 1L));
        Console.WriteLine(Math.Pow(2, 10) + " " + Math.Sqrt(144) + " " + Math.Sqrt(2));
        Console.WriteLine(Math.Floor(-2.5) + " " + Math.Ceiling(-2.5) + " " + Math.Floor(2.7) + " " + Math.Ceiling(2.1) + " " + Math.Truncate(-7.9));
        Console.WriteLine(Math.Round(2.5) + " " + Math.Round(3.5) + " " + Math.Round(-2.5) + " " + Math.Round(0.5) + " " + Math.Round(1.5));
        Console.WriteLine(Math.Round(2.5, MidpointRounding.AwayFromZero) + " " + Math.Round(3.14159, 2) + " " + Math.Round(2.675, 2) + " " + Math.Round(1.005, 2));
        Console.WriteLine(Math.Sin(Math.PI / 6).ToString("F6") + " " + Math.Cos(0) + " " + Math.Tan(Math.PI / 4).ToString("F6") + " " + Math.Atan2(1, 1).ToString("F6"));
        Console.WriteLine(Math.Exp(1) + " " + Math.Log(Math.E) + " " + Math.Log10(1000) + " " + Math.Log(8, 2));
        Console.WriteLine(Math.Sign(-3) + " " + Math.Sign(0.0) + " " + Math.Sign(5L) + " " + Math.PI + " " + Math.E);
        Console.WriteLine(7 / 2 + " " + -7 / 2 + " " + 7 % 3 + " " + -7 % 3 + " " + 7.5 % 2 + " " + 1 / 3.0);
        Console.WriteLine((1 << 10) + " " + (-16 >> 2) + " " + (0xFF & 0x0F) + " " + (5 ^ 3) + " " + (~0) + " " + (uint.MaxValue >> 4));
        Console.WriteLine(unchecked(int.MaxValue + 1) + " " + (long)int.MaxValue * 2 + " " + unchecked((byte)(250 + 10)));
        var r = new Random(12345);
        for (int i = 0; i < 5; i++) Console.Write(r.Next(100) + " ");
        Console.WriteLine();
        Console.WriteLine(r.Next() + " " + r.Next(10, 20) + " " + r.NextDouble());
        var r2 = new Random(0);
        Console.WriteLine(r2.Next() + " " + r2.Next(int.MinValue, int.MaxValue) + " " + r2.NextDouble().ToString("F10"));
        var r3 = new Random(-42);
        int[] hist = new int[6];
        for (int i = 0; i < 600; i++) hist[r3.Next(1, 7) - 1]++;
        Console.WriteLine(string.Join(",", hist));
        byte[] bytes = new byte[4];
        new Random(7).NextBytes(bytes);
        Console.WriteLine(BitConverter.ToString(bytes));
        decimal price = 19.99m, qty = 3;
        decimal total = price * qty;
        Console.WriteLine(total + " " + (total / 7) + " " + Math.Round(total / 7, 2) + " " + decimal.Round(2.345m, 2) + " " + (total % 5));
        Console.WriteLine((decimal)1.1 + (decimal)2.2 + " " + (1.1 + 2.2) + " " + (0.1m + 0.2m == 0.3m) + " " + decimal.MaxValue);
        Console.WriteLine((int)12.9m + " " + (double)(1m / 8) + " " + decimal.Floor(-1.5m) + " " + decimal.Ceiling(1.2m) + " " + (-3.50m));
        double acc = 0;
        for (int i = 1; i <= 100; i++) acc += 1.0 / i;
        Console.WriteLine(acc + " " + acc.ToString("F3") + " " + (float)acc);
        Console.WriteLine(BitConverter.DoubleToInt64Bits(1.0) + " " + BitConverter.Int64BitsToDouble(4611686018427387904L));
        Console.WriteLine(double.IsNaN(0.0 / 0.0) + " " + double.IsInfinity(1 / 0.0) + " " + (0.0 / 0.0 == double.NaN));
        long big = 1;
        for (int i = 0; i < 62; i++) big *= 2;
        Console.WriteLine(big + " " + (ulong)big * 2 + " " + Math.Abs(long.MinValue + 1));
        Console.WriteLine(Convert.ToInt32("123") + Convert.ToInt32(4.5) + Convert.ToInt32(5.5) + " " + Convert.ToDouble("2.5") + " " + Convert.ToString(255, 2) + " " + Convert.ToString(255, 16));
    }
}
