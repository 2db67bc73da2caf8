using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;

class TreeNode {
    TreeNode left, right;
    TreeNode(TreeNode l, TreeNode r) { left = l; right = r; }
    public static TreeNode Bottom(int depth) { return depth > 0 ? new TreeNode(Bottom(depth - 1), Bottom(depth - 1)) : new TreeNode(null, null); }
    public int Check() { return left == null ? 1 : 1 + left.Check() + right.Check(); }
}

struct Body { public double x, y, z, vx, vy, vz, mass; }

class Programs {
    static int Main(string[] args) {
        int n = args.Length > 0 ? int.Parse(args[0]) : 10;
        var sw = Stopwatch.StartNew();
        Console.WriteLine("stretch tree of depth {0}\t check: {1}", n + 1, TreeNode.Bottom(n + 1).Check());
        var bodies = new Body[] { new Body { x = 0, mass = 39.47 }, new Body { x = 4.84, vx = 0.6, mass = 0.037 } };
        double e = 0;
        for (int i = 0; i < bodies.Length; i++) e += 0.5 * bodies[i].mass * (bodies[i].vx * bodies[i].vx);
        Console.WriteLine(e.ToString("F9"));
        var sieve = new BitArray(100, true);
        int primes = 0;
        for (int i = 2; i < 100; i++) if (sieve[i]) { primes++; for (int j = i * i; j < 100; j += i) sieve[j] = false; }
        Console.WriteLine(primes);
        var perm = Enumerable.Range(0, 5).ToArray();
        Array.Reverse(perm, 1, 3);
        Console.WriteLine(string.Join(" ", perm));
        var sb = new StringBuilder();
        sb.AppendFormat("{0:0.000000000}", Math.Sqrt(2));
        Console.Out.WriteLine(sb);
        Console.Out.Flush();
        Console.Error.WriteLine("to stderr");
        var words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in "The the THE a A".Split()) { int c; words.TryGetValue(w, out c); words[w] = c + 1; }
        foreach (var kv in words.OrderByDescending(k => k.Value)) Console.WriteLine(kv.Key + " " + kv.Value);
        var list = new List<Tuple<string, int>> { Tuple.Create("x", 2), Tuple.Create("y", 1) };
        list.Sort((a, b) => a.Item2.CompareTo(b.Item2));
        Console.WriteLine(list[0]);
        Console.WriteLine(DateTime.Now.Year > 2000);
        Console.WriteLine(sw.Elapsed.TotalSeconds >= 0);
        string line = Console.ReadLine();
        Console.WriteLine(line == null ? "eof" : line);
        char[] buf = new char[4];
        "abcd".CopyTo(0, buf, 0, 4);
        Array.Sort(buf, (a, b) => b - a);
        Console.WriteLine(buf);
        long total = 0;
        checked { for (int i = 0; i < 1000; i++) total += i * (long)i; }
        Console.WriteLine(total.ToString("N0"));
        var q = new Queue<KeyValuePair<int, int>>();
        q.Enqueue(new KeyValuePair<int, int>(1, 2));
        Console.WriteLine(q.Peek().Value);
        int[] counts = new int[26];
        foreach (char c in "hello world") if (char.IsLetter(c)) counts[c - 'a']++;
        Console.WriteLine(Array.IndexOf(counts, counts.Max()));
        Environment.Exit(0);
        return 1;
    }
}
