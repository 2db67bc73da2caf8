using System;
using System.Collections.Generic;
using E = TwainTest.Enumerable;
using R = System.Linq.Enumerable;
class L {
  static int bad;
  static void Cmp<T>(string what, IEnumerable<T> a, IEnumerable<T> b) {
    string x = string.Join(",", a), y = string.Join(",", b);
    if (x != y) { bad++; if (bad < 10) Console.WriteLine(what + "\n twain " + y + "\n mono  " + x); }
  }
  static void Main() {
    var rnd = new Random(5);
    for (int round = 0; round < 300; round++) {
      var xs = new List<int>(); int n = rnd.Next(0, 40);
      for (int i = 0; i < n; i++) xs.Add(rnd.Next(-10, 10));
      var ys = new List<int>(); for (int i = 0; i < rnd.Next(0, 20); i++) ys.Add(rnd.Next(-10, 10));
      var words = R.ToList(R.Select(xs, v => "w" + Math.Abs(v) % 4 + (v < 0 ? "n" : "p") + v));
      Cmp("orderby", R.OrderBy(xs, v => Math.Abs(v)), E.OrderBy(xs, v => Math.Abs(v)));
      Cmp("orderbydesc-thenby", R.ThenBy(R.OrderByDescending(words, w => w.Length), w => w[1]), E.ThenBy(E.OrderByDescending(words, w => w.Length), w => w[1]));
      Cmp("thenbydesc", R.ThenByDescending(R.OrderBy(xs, v => v % 3), v => v), E.ThenByDescending(E.OrderBy(xs, v => v % 3), v => v));
      Cmp("groupby", R.Select(R.GroupBy(xs, v => v % 4), g => g.Key + ":" + string.Join("|", g)), E.Select(E.GroupBy(xs, v => v % 4), g => g.Key + ":" + string.Join("|", g)));
      Cmp("distinct", R.Distinct(xs), E.Distinct(xs));
      Cmp("union", R.Union(xs, ys), E.Union(xs, ys));
      Cmp("intersect", R.Intersect(xs, ys), E.Intersect(xs, ys));
      Cmp("except", R.Except(xs, ys), E.Except(xs, ys));
      Cmp("skiptake", R.Take(R.Skip(xs, 3), 5), E.Take(E.Skip(xs, 3), 5));
      Cmp("whiles", R.SkipWhile(R.TakeWhile(xs, v => v != 7), v => v < 0), E.SkipWhile(E.TakeWhile(xs, v => v != 7), v => v < 0));
      Cmp("zip", R.Zip(xs, ys, (a, b) => a * b), E.Zip(xs, ys, (a, b) => a * b));
      Cmp("join", R.Join(xs, ys, a => a % 3, b => b % 3, (a, b) => a + "/" + b), E.Join(xs, ys, a => a % 3, b => b % 3, (a, b) => a + "/" + b));
      Cmp("groupjoin", R.GroupJoin(ys, xs, a => a, b => b, (a, g) => a + ":" + R.Count(g)), E.GroupJoin(ys, xs, a => a, b => b, (a, g) => a + ":" + E.Count(g)));
      Cmp("selectmany", R.SelectMany(ys, v => R.Range(0, Math.Abs(v) % 3), (v, i) => v * 10 + i), E.SelectMany(ys, v => E.Range(0, Math.Abs(v) % 3), (v, i) => v * 10 + i));
      Cmp("reverse", R.Reverse(xs), E.Reverse(xs));
      Cmp("lookup", R.Select(R.ToLookup(words, w => w.Length), g => g.Key + "=" + string.Join("|", g)), E.Select(E.ToLookup(words, w => w.Length), g => g.Key + "=" + string.Join("|", g)));
      Func<Func<string>, string> T = f => { try { return f(); } catch (Exception e) { return e.GetType().Name + ":" + e.Message; } };
      var s1 = new[] { T(() => R.Sum(xs).ToString()), T(() => R.Max(xs).ToString()), T(() => R.Min(xs).ToString()), T(() => R.Average(xs).ToString("R")), T(() => R.First(xs, v => v > 5).ToString()), T(() => R.Single(xs, v => v == 3).ToString()), T(() => R.Last(xs).ToString()), T(() => R.ElementAt(xs, 5).ToString()), T(() => R.Aggregate(xs, (a, b) => a - b).ToString()), T(() => R.Max(words)), T(() => R.Min(words, w => w.Length).ToString()), R.Count(xs, v => v > 0).ToString(), R.Any(xs, v => v > 8).ToString(), R.All(xs, v => v > -9).ToString(), R.Contains(xs, 4).ToString(), R.SequenceEqual(xs, ys).ToString() };
      var s2 = new[] { T(() => E.Sum(xs).ToString()), T(() => E.Max(xs).ToString()), T(() => E.Min(xs).ToString()), T(() => E.Average(xs).ToString("R")), T(() => E.First(xs, v => v > 5).ToString()), T(() => E.Single(xs, v => v == 3).ToString()), T(() => E.Last(xs).ToString()), T(() => E.ElementAt(xs, 5).ToString()), T(() => E.Aggregate(xs, (a, b) => a - b).ToString()), T(() => E.Max(words)), T(() => E.Min(words, w => w.Length).ToString()), E.Count(xs, v => v > 0).ToString(), E.Any(xs, v => v > 8).ToString(), E.All(xs, v => v > -9).ToString(), E.Contains(xs, 4).ToString(), E.SequenceEqual(xs, ys).ToString() };
      Cmp("scalars", s1, s2);
      // ordered sequences: First/Last/ElementAt/Take/Skip/Count, key selector calls, ThenBy levels
      var logR = new List<string>(); var logE = new List<string>();
      var or = R.ThenByDescending(R.OrderBy(words, w => { logR.Add(w); return w.Length; }), w => w);
      var oe = E.ThenByDescending(E.OrderBy(words, w => { logE.Add(w); return w.Length; }), w => w);
      var o1 = new[] { T(() => R.First(or)), T(() => R.Last(or)), T(() => R.ElementAt(or, 2)), T(() => R.FirstOrDefault(or, w => w.Contains("n"))), T(() => R.Last(or, w => w.Length > 4)), T(() => string.Join("|", R.Take(or, 3))), T(() => string.Join("|", R.Skip(or, 3))), R.Count(or).ToString(), string.Join("/", logR) };
      var o2 = new[] { T(() => E.First(oe)), T(() => E.Last(oe)), T(() => E.ElementAt(oe, 2)), T(() => E.FirstOrDefault(oe, w => w.Contains("n"))), T(() => E.Last(oe, w => w.Length > 4)), T(() => string.Join("|", E.Take(oe, 3))), T(() => string.Join("|", E.Skip(oe, 3))), E.Count(oe).ToString(), string.Join("/", logE) };
      Cmp("ordered", o1, o2);
      // nullable aggregates (nulls skipped; empty -> null)
      var nul = R.ToList(R.Select(xs, v => v % 3 == 0 ? (int?)null : v));
      var nd = R.ToList(R.Select(xs, v => v % 4 == 0 ? (double?)null : v / 4.0));
      var a1 = new[] { T(() => "" + R.Sum(nul)), T(() => "" + R.Max(nul)), T(() => "" + R.Min(nul)), T(() => "" + R.Average(nul)), T(() => "" + R.Sum(nd)), T(() => "" + R.Max(nd)), T(() => "" + R.Average(nd)), T(() => "" + R.Average(xs, v => (long?)v)), T(() => "" + R.Max(words, w => w.Length > 3 ? (decimal?)w.Length : null)) };
      var a2 = new[] { T(() => "" + E.Sum(nul)), T(() => "" + E.Max(nul)), T(() => "" + E.Min(nul)), T(() => "" + E.Average(nul)), T(() => "" + E.Sum(nd)), T(() => "" + E.Max(nd)), T(() => "" + E.Average(nd)), T(() => "" + E.Average(xs, v => (long?)v)), T(() => "" + E.Max(words, w => w.Length > 3 ? (decimal?)w.Length : null)) };
      Cmp("nullable", a1, a2);
    }
    Console.WriteLine("linq diffs: " + bad);
  }
}
