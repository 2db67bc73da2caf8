using System;
using System.Collections.Generic;

delegate int BinOp(int a, int b);

class Counter {
    public event EventHandler<int> Changed;
    public event Action Reset;
    int value;
    public void Add(int n) { value += n; if (Changed != null) Changed(this, value); }
    public void Clear() { value = 0; var r = Reset; if (r != null) r(); }
}

class Delegates {
    static int Add(int a, int b) { return a + b; }
    static int Mul(int a, int b) { return a * b; }
    static void Log(string s) { Console.WriteLine("log: " + s); }

    static Func<int, int> MakeAdder(int k) { return x => x + k; }
    static List<Func<int>> MakeCounters() {
        var list = new List<Func<int>>();
        for (int i = 0; i < 3; i++) { int copy = i; list.Add(() => copy * 10); }
        return list;
    }

    static void Main() {
        BinOp op = Add;
        Console.WriteLine(op(3, 4));
        op = new BinOp(Mul);
        Console.WriteLine(op(3, 4));
        Func<int, int, int> f = (a, b) => a - b;
        Console.WriteLine(f(10, 3));
        Func<int> answer = () => 42;
        Action<string> act = Log;
        act("hello");
        act += s => Console.WriteLine("second: " + s);
        act("multi");
        act -= Log;
        act("after remove");
        Console.WriteLine(act.GetInvocationList().Length);
        var add5 = MakeAdder(5);
        Console.WriteLine(add5(10) + " " + answer());
        foreach (var c in MakeCounters()) Console.Write(c() + " ");
        Console.WriteLine();
        int captured = 1;
        Action inc = () => captured *= 2;
        inc(); inc(); inc();
        Console.WriteLine(captured);
        Predicate<int> isEven = n => n % 2 == 0;
        Console.WriteLine(isEven(4) + " " + isEven(5));
        Comparison<string> byLen = (x, y) => x.Length.CompareTo(y.Length);
        var words = new List<string> { "ccc", "a", "bb" };
        words.Sort(byLen);
        Console.WriteLine(string.Join(",", words));
        Converter<int, string> conv = n => "#" + n;
        Console.WriteLine(string.Join(",", new List<int> { 1, 2 }.ConvertAll(conv)));
        var counter = new Counter();
        counter.Changed += (sender, v) => Console.WriteLine("changed to " + v);
        counter.Reset += () => Console.WriteLine("reset");
        counter.Add(5);
        counter.Add(7);
        counter.Clear();
        Func<int, Func<int, int>> curry = a => b => a * b;
        Console.WriteLine(curry(6)(7));
        Func<double, double> sq = Square;
        Console.WriteLine(sq(1.5));
        Action<int, int, int, int> four = (a, b, c, d) => Console.WriteLine(a + b + c + d);
        four(1, 2, 3, 4);
        Func<int, int> fact = null;
        fact = n => n <= 1 ? 1 : n * fact(n - 1);
        Console.WriteLine(fact(10));
        BinOp combined = Add;
        combined += Mul;
        Console.WriteLine(combined(2, 5));
        Console.WriteLine(answer.Target == null ? "static-ish" : "has target");
        var inst = new Delegates();
        Func<string> bound = inst.ToString;
        Console.WriteLine(bound());
    }
    static double Square(double x) { return x * x; }
}
