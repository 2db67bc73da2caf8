using System;
using TwainTest;
class S {
  static int bad, total;
  static void Cmp(string what, Func<string> real, Func<string> mine) {
    string a, b;
    try { a = real(); } catch (Exception e) { a = e.GetType().Name + ":" + e.Message; }
    try { b = mine(); } catch (Exception e) { b = e.GetType().Name + ":" + e.Message; }
    total++;
    if (a != b) { bad++; if (bad < 25) Console.WriteLine(what + "\n mono  [" + a + "]\n twain [" + b + "]"); }
  }
  static string J(string[] a) { return a.Length + ":" + string.Join("|", a); }
  static void Main() {
    string[] strs = { "", " ", "a", "abc", "Hello, World", "  padded  ", "a,b,,c", ",a,", "mississippi", "ABCabc", "x y  z", "\tTab\n", "ééÉ", "a--b--c", "aaa" };
    string[] pats = { "", "a", "b", "ss", "l", ",", "--", "xyz", "abc", "A", " " };
    foreach (var s0 in strs) {
      var t = new TStr(s0);
      Cmp("Trim " + s0, () => s0.Trim(), () => t.Trim());
      Cmp("TrimStart/End " + s0, () => s0.TrimStart() + "|" + s0.TrimEnd() + "|" + s0.Trim('a', ' '), () => t.TrimStart() + "|" + t.TrimEnd() + "|" + t.Trim('a', ' '));
      Cmp("Upper/Lower " + s0, () => s0.ToUpperInvariant() + s0.ToLowerInvariant(), () => t.ToUpperInvariant() + t.ToLowerInvariant());
      Cmp("Pad " + s0, () => s0.PadLeft(6) + "|" + s0.PadRight(7, '*'), () => t.PadLeft(6) + "|" + t.PadRight(7, '*'));
      Cmp("Split " + s0, () => J(s0.Split(',')) + J(s0.Split()) + J(s0.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)) + J(s0.Split(new[] { "--" }, StringSplitOptions.None)) + J(s0.Split(new[] { ',' }, 2)),
                          () => J(t.Split(',')) + J(t.Split()) + J(t.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)) + J(t.Split(new[] { "--" }, StringSplitOptions.None)) + J(t.Split(new[] { ',' }, 2)));
      Cmp("Split count removeempty " + s0, () => J(s0.Split(new[] { ',', ' ' }, 2, StringSplitOptions.RemoveEmptyEntries)), () => J(t.Split(new[] { ',', ' ' }, 2, StringSplitOptions.RemoveEmptyEntries)));
      for (int i = -1; i <= s0.Length + 1; i++) {
        int ii = i;
        Cmp("Substring " + s0 + " " + i, () => s0.Substring(ii), () => t.Substring(ii));
        Cmp("Substring2 " + s0 + " " + i, () => s0.Substring(ii, Math.Min(2, s0.Length)), () => t.Substring(ii, Math.Min(2, s0.Length)));
        Cmp("Remove " + s0 + " " + i, () => s0.Remove(ii), () => t.Remove(ii));
        Cmp("Insert " + s0 + " " + i, () => s0.Insert(ii, "XY"), () => t.Insert(ii, "XY"));
        Cmp("IndexOfChar " + s0 + " " + i, () => s0.IndexOf('a', ii).ToString(), () => t.IndexOf('a', ii).ToString());
        Cmp("LastIndexOfChar " + s0 + " " + i, () => s0.LastIndexOf('a', ii).ToString(), () => t.LastIndexOf('a', ii).ToString());
      }
      foreach (var p in pats) {
        Cmp("IndexOf " + s0 + "/" + p, () => s0.IndexOf(p, StringComparison.Ordinal) + " " + s0.LastIndexOf(p, StringComparison.Ordinal) + " " + s0.IndexOf(p, StringComparison.OrdinalIgnoreCase), () => t.IndexOf(p, StringComparison.Ordinal) + " " + t.LastIndexOf(p, StringComparison.Ordinal) + " " + t.IndexOf(p, StringComparison.OrdinalIgnoreCase));
        Cmp("Contains/Starts/Ends " + s0 + "/" + p, () => s0.Contains(p) + " " + s0.StartsWith(p, StringComparison.Ordinal) + " " + s0.EndsWith(p, StringComparison.Ordinal), () => t.Contains(p) + " " + t.StartsWith(p) + " " + t.EndsWith(p));
        Cmp("Replace " + s0 + "/" + p, () => s0.Replace(p, "<>"), () => t.Replace(p, "<>"));
        Cmp("CompareOrdinal " + s0 + "/" + p, () => Math.Sign(string.CompareOrdinal(s0, p)).ToString() + Math.Sign(string.Compare(s0, p, StringComparison.OrdinalIgnoreCase)), () => Math.Sign(TStr.CompareOrdinal(s0, p)).ToString() + Math.Sign(TStr.Compare(s0, p, StringComparison.OrdinalIgnoreCase)));
        Cmp("Compare culture " + s0 + "/" + p, () => Math.Sign(string.Compare(s0, p)).ToString() + Math.Sign(string.Compare(s0, p, true)), () => Math.Sign(TStr.Compare(s0, p)).ToString() + Math.Sign(TStr.Compare(s0, p, true)));
      }
      Cmp("Replace char " + s0, () => s0.Replace('a', 'Z'), () => t.Replace('a', 'Z'));
      Cmp("IndexOfAny " + s0, () => s0.IndexOfAny(new[] { 'b', 's', ',' }) + " " + s0.LastIndexOfAny(new[] { 'b', 's', ',' }), () => t.IndexOfAny(new[] { 'b', 's', ',' }) + " " + t.LastIndexOfAny(new[] { 'b', 's', ',' }));
    }
    Cmp("Join", () => string.Join(", ", new[] { "a", null, "c" }) + string.Join("-", new object[] { 1, null, 2.5 }) + string.Join("", new string[0]), () => TStr.Join(", ", new[] { "a", null, "c" }) + TStr.Join("-", new object[] { 1, null, 2.5 }) + TStr.Join("", new string[0]));
    Cmp("Concat", () => string.Concat("a", null, "b") + string.Concat(1, null, 'c') + string.Concat(new object[] { null, 1.5 }), () => TStr.Concat("a", null, "b") + TStr.Concat(1, null, 'c') + TStr.Concat(new object[] { null, 1.5 }));
    string[] fmts = { "{0}", "{0,5}|{0,-5}|", "{{{0}}}", "{0:D3} {1}", "{1} {0}", "{2}", "{0", "}", "{0:X4}", "{ 0}", "{0 }", "{0,3:F1}", "{0:}", "a{{b}}c" };
    foreach (var f in fmts) Cmp("Format " + f, () => string.Format(f, 7, "x"), () => TStr.Format(f, 7, "x"));
    string[] words = { "apple", "Apple", "APPLE", "banana", "Banana", "éclair", "eclair", "Eclair", "zebra", "co-op", "coop", "Co-op", "a b", "a-b", "ab", "a_b", "a1", "a10", "a2", "A1", "1a", "_x", " x", "x", "X", "ñu", "nu", "Nu", "résumé", "resume", "Resume", "über", "uber", "Zürich", "zurich", "hello world", "hello-world", "helloworld", "it's", "its", "Its" };
    var w1 = (string[])words.Clone(); Array.Sort(w1, (a, b) => string.Compare(a, b));
    var w2 = (string[])words.Clone(); Array.Sort(w2, (a, b) => TStr.Compare(a, b));
    Cmp("culture sort", () => string.Join(" ", w1), () => string.Join(" ", w2));
    var w3 = (string[])words.Clone(); Array.Sort(w3, (a, b) => string.Compare(a, b, true));
    var w4 = (string[])words.Clone(); Array.Sort(w4, (a, b) => TStr.Compare(a, b, true));
    Cmp("culture sort ignorecase", () => string.Join(" ", w3), () => string.Join(" ", w4));
    foreach (var x in words) foreach (var y in words) Cmp("cmp " + x + "/" + y, () => Math.Sign(string.Compare(x, y)).ToString(), () => Math.Sign(TStr.Compare(x, y)).ToString());
    Console.WriteLine("string diffs: " + bad + " of " + total);
  }
}
