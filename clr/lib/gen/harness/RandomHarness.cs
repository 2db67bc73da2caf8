using System;
class R { static void Main() {
  int bad = 0;
  foreach (int seed in new[] { 0, 1, 42, -42, 12345, int.MaxValue, int.MinValue, 161803398 }) {
    var a = new Random(seed); var b = new TwainTest.Random(seed);
    for (int i = 0; i < 2000; i++) {
      int k = i % 5; string x, y;
      if (k == 0) { x = a.Next().ToString(); y = b.Next().ToString(); }
      else if (k == 1) { x = a.Next(1000).ToString(); y = b.Next(1000).ToString(); }
      else if (k == 2) { x = a.Next(-50, 50).ToString(); y = b.Next(-50, 50).ToString(); }
      else if (k == 3) { x = a.Next(int.MinValue, int.MaxValue).ToString(); y = b.Next(int.MinValue, int.MaxValue).ToString(); }
      else { x = a.NextDouble().ToString("R"); y = b.NextDouble().ToString("R"); }
      if (x != y) { bad++; if (bad < 5) Console.WriteLine("seed " + seed + " i " + i + ": " + x + " vs " + y); }
    }
  }
  Console.WriteLine("random diffs: " + bad);
}}
