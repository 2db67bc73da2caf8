using System;
using TwainTest;
class D { static void Main() {
  string[] vals = { "0", "1", "-1", "1.5", "2.50", "-3.125", "0.1", "0.2", "0.3", "19.99", "3", "7", "1000000", "0.0001", "123456789.123456789", "79228162514264337593543950335", "-79228162514264337593543950335", "0.0000000000000000000000000001", "2.345", "1.005", "99.5", "-0.5", "12345678901234567890.5", "1e0" };
  int bad = 0, total = 0;
  Func<Func<string>, string> T = f => { try { return f(); } catch (Exception e) { return e.GetType().Name; } };
  foreach (var a in vals) {
    decimal ra; TDecimal ta;
    bool okA = decimal.TryParse(a, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out ra);
    bool okB = TDecimal.TryParse(a, out ta);
    total++;
    if (okA != okB || (okA && ra.ToString() != ta.ToString())) { bad++; Console.WriteLine("parse " + a + ": " + ra + " vs " + ta); }
    if (!okA) continue;
    foreach (var b in vals) {
      decimal rb; TDecimal tb;
      if (!decimal.TryParse(b, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out rb)) continue;
      TDecimal.TryParse(b, out tb);
      string[] mine = { T(() => (ta + tb).ToString()), T(() => (ta - tb).ToString()), T(() => (ta * tb).ToString()), T(() => (ta / tb).ToString()), T(() => (ta % tb).ToString()), TDecimal.Compare(ta, tb).ToString() };
      string[] real = { T(() => (ra + rb).ToString()), T(() => (ra - rb).ToString()), T(() => (ra * rb).ToString()), T(() => (ra / rb).ToString()), T(() => (ra % rb).ToString()), decimal.Compare(ra, rb).ToString() };
      string[] ops = { "+", "-", "*", "/", "%", "cmp" };
      for (int i = 0; i < ops.Length; i++) { total++; if (mine[i] != real[i]) { bad++; if (bad < 400) Console.WriteLine(a + " " + ops[i] + " " + b + ": twain=" + mine[i] + " mono=" + real[i]); } }
    }
    foreach (int d in new[] { 0, 1, 2 }) { total++; string m = TDecimal.Round(ta, d).ToString(), r = decimal.Round(ra, d).ToString(); if (m != r) { bad++; Console.WriteLine("round " + a + "," + d + ": " + m + " vs " + r); } }
    total++; if (T(() => ((long)ta).ToString()) != T(() => ((long)ra).ToString())) { bad++; Console.WriteLine("tolong " + a); }
  }
  foreach (double x in new[] { 0.1, 1.0 / 3, 123.456, 1e-10, 2.5e20, -7.25, 0.30000000000000004 }) {
    total++; string m = T(() => ((TDecimal)x).ToString()), r = T(() => ((decimal)x).ToString());
    if (m != r) { bad++; Console.WriteLine("fromdouble " + x + ": " + m + " vs " + r); }
  }
  Console.WriteLine("decimal diffs: " + bad + " of " + total);
}}
