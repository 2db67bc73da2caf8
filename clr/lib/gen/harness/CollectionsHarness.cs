using System;
using System.Linq;
class C { static void Main() {
  var rnd = new Random(1); int bad = 0;
  for (int round = 0; round < 200; round++) {
    var a = new System.Collections.Generic.Dictionary<int, int>(); var b = new TwainTest.Dictionary<int, int>();
    var ha = new System.Collections.Generic.HashSet<string>(); var hb = new TwainTest.HashSet<string>();
    var qa = new System.Collections.Generic.Queue<int>(); var qb = new TwainTest.Queue<int>();
    var sa = new System.Collections.Generic.Stack<int>(); var sb = new TwainTest.Stack<int>();
    int ops = rnd.Next(1, 300);
    for (int i = 0; i < ops; i++) {
      int k = rnd.Next(50), op = rnd.Next(4);
      if (op < 2) { a[k] = i; b[k] = i; ha.Add("s" + k); hb.Add("s" + k); qa.Enqueue(k); qb.Enqueue(k); sa.Push(k); sb.Push(k); }
      else if (op == 2) { if (a.Remove(k) != b.Remove(k)) bad++; if (ha.Remove("s" + k) != hb.Remove("s" + k)) bad++; if (qa.Count > 0) { if (qa.Dequeue() != qb.Dequeue()) bad++; } }
      else { int x, y; if (a.TryGetValue(k, out x) != b.TryGetValue(k, out y) || x != y) bad++; if (sa.Count > 0 && sa.Pop() != sb.Pop()) bad++; }
    }
    string ea = string.Join(",", a.Select(p => p.Key + "=" + p.Value)), eb = string.Join(",", b.Select(p => p.Key + "=" + p.Value));
    if (ea != eb) { bad++; if (bad < 3) Console.WriteLine("dict order\n " + ea + "\n " + eb); }
    if (string.Join(",", a.Keys) != string.Join(",", b.Keys) || string.Join(",", a.Values) != string.Join(",", b.Values)) bad++;
    if (string.Join(",", ha) != string.Join(",", hb)) { bad++; if (bad < 3) Console.WriteLine("set order"); }
    if (string.Join(",", qa) != string.Join(",", qb) || string.Join(",", sa) != string.Join(",", sb) || string.Join(",", sa.ToArray()) != string.Join(",", sb.ToArray())) bad++;
    if (a.Count != b.Count || ha.Count != hb.Count) bad++;
  }
  Console.WriteLine("collection diffs: " + bad);
}}
