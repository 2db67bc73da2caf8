using System;
using System.Collections;
using System.Collections.Generic;

class Tree<T> : IEnumerable<T> where T : IComparable<T> {
    class Node { public T Value; public Node Left, Right; }
    Node root;
    public void Add(T v) { root = Insert(root, v); }
    Node Insert(Node n, T v) {
        if (n == null) return new Node { Value = v };
        if (v.CompareTo(n.Value) < 0) n.Left = Insert(n.Left, v); else n.Right = Insert(n.Right, v);
        return n;
    }
    public IEnumerator<T> GetEnumerator() { return Walk(root).GetEnumerator(); }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
    IEnumerable<T> Walk(Node n) {
        if (n == null) yield break;
        foreach (var x in Walk(n.Left)) yield return x;
        yield return n.Value;
        foreach (var x in Walk(n.Right)) yield return x;
    }
}

class Countdown : IEnumerable {
    int from;
    public Countdown(int f) { from = f; }
    public IEnumerator GetEnumerator() { for (int i = from; i > 0; i--) yield return i; }
}

class Iterators {
    static IEnumerable<int> Fib() {
        int a = 0, b = 1;
        while (true) { yield return a; int t = a + b; a = b; b = t; }
    }
    static IEnumerable<string> WithFinally() {
        try {
            yield return "first";
            yield return "second";
            yield return "third";
        } finally {
            Console.WriteLine("iterator cleanup");
        }
    }
    static IEnumerable<int> Evens(IEnumerable<int> src) {
        foreach (var x in src) if (x % 2 == 0) yield return x;
    }
    static readonly object gate = new object();
    static int shared;

    static void Main() {
        int n = 0;
        foreach (var f in Fib()) { if (n++ == 10) break; Console.Write(f + " "); }
        Console.WriteLine();
        foreach (var s in WithFinally()) { Console.WriteLine(s); if (s == "second") break; }
        var tree = new Tree<int>();
        foreach (var v in new[] { 5, 3, 8, 1, 4, 9 }) tree.Add(v);
        Console.WriteLine(string.Join(",", tree));
        foreach (object o in new Countdown(3)) Console.Write(o + " ");
        Console.WriteLine();
        Console.WriteLine(string.Join(",", Evens(new List<int> { 1, 2, 3, 4, 5, 6 })));
        IEnumerator<int> e = Evens(new[] { 2, 4 }).GetEnumerator();
        while (e.MoveNext()) Console.Write("[" + e.Current + "]");
        e.Dispose();
        Console.WriteLine();
        var dict = new Dictionary<string, List<int>>();
        foreach (var word in "a b a c b a".Split(' ')) {
            List<int> l;
            if (!dict.TryGetValue(word, out l)) { l = new List<int>(); dict[word] = l; }
            l.Add(l.Count);
        }
        foreach (var kv in dict) Console.Write(kv.Key + ":" + kv.Value.Count + " ");
        Console.WriteLine();
        lock (gate) { shared++; }
        lock (gate) { lock (gate) { shared++; } }
        Console.WriteLine("shared " + shared);
        int[,] m = { { 1, 2 }, { 3, 4 } };
        int sum = 0;
        foreach (int x in m) sum += x;
        Console.WriteLine("sum " + sum);
        var chars = new List<char>();
        foreach (char ch in "hey") chars.Add(char.ToUpper(ch));
        Console.WriteLine(new string(chars.ToArray()));
        int k = 0;
        do { k += 3; } while (k < 10);
        Console.WriteLine(k);
        for (int i = 0, j = 10; i < j; i += 3, j -= 3) Console.Write(i + "-" + j + " ");
        Console.WriteLine();
        var ie = ((IEnumerable<int>)new[] { 7, 8 }).GetEnumerator();
        ie.MoveNext();
        Console.WriteLine(ie.Current);
        goto end;
    end:
        Console.WriteLine("done");
    }
}
