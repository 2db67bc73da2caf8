using System;
using System.Collections.Generic;

interface IShape { double Area(); string Name { get; } }
class Circle : IShape {
    double r;
    public Circle(double r) { this.r = r; }
    public double Area() { return Math.PI * r * r; }
    public string Name { get { return "circle"; } }
}
class Rect : IShape, IComparable<Rect> {
    public double W, H;
    public Rect(double w, double h) { W = w; H = h; }
    public double Area() { return W * H; }
    public string Name { get { return "rect"; } }
    public int CompareTo(Rect other) { return Area().CompareTo(other.Area()); }
    public override string ToString() { return "Rect(" + W + "x" + H + ")"; }
}

class Box<T> {
    T value;
    public Box(T v) { value = v; }
    public T Get() { return value; }
    public Box<U> Map<U>(Func<T, U> f) { return new Box<U>(f(value)); }
    public override string ToString() { return "Box<" + typeof(T).Name + ">(" + value + ")"; }
}

class Pair<A, B> {
    public A First; public B Second;
    public Pair(A a, B b) { First = a; Second = b; }
    public Pair<B, A> Swap() { return new Pair<B, A>(Second, First); }
    public override string ToString() { return "(" + First + ", " + Second + ")"; }
}

class Stack2<T> where T : IComparable<T> {
    List<T> items = new List<T>();
    public void Push(T x) { items.Add(x); }
    public T Max() {
        T best = items[0];
        foreach (var x in items) if (x.CompareTo(best) > 0) best = x;
        return best;
    }
}

static class Util {
    public static T Largest<T>(params T[] xs) where T : IComparable<T> {
        T m = xs[0];
        for (int i = 1; i < xs.Length; i++) if (xs[i].CompareTo(m) > 0) m = xs[i];
        return m;
    }
    public static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
    public static T Create<T>() where T : new() { return new T(); }
    public static string Describe<T>(T x) { return typeof(T).Name + ":" + (x == null ? "null" : x.ToString()); }
    public static int CountIf<T>(this IEnumerable<T> xs, Func<T, bool> p) { int n = 0; foreach (var x in xs) if (p(x)) n++; return n; }
}

class Node { public int V = 7; }

class Generics {
    static void Main() {
        var shapes = new List<IShape> { new Circle(1), new Rect(2, 3) };
        foreach (var s in shapes) Console.WriteLine(s.Name + " " + s.Area().ToString("F3"));
        var b = new Box<int>(21);
        Console.WriteLine(b + " " + b.Map(x => x * 2) + " " + b.Map(x => "s" + x));
        var p = new Pair<string, int>("one", 1);
        Console.WriteLine(p + " " + p.Swap());
        var st = new Stack2<string>();
        st.Push("pear"); st.Push("zebra"); st.Push("apple");
        Console.WriteLine(st.Max());
        Console.WriteLine(Util.Largest(3, 9, 2) + " " + Util.Largest("b", "a") + " " + Util.Largest(1.5, -2.0));
        int x1 = 1, x2 = 2;
        Util.Swap(ref x1, ref x2);
        Console.WriteLine(x1 + " " + x2);
        Console.WriteLine(Util.Create<Node>().V + " " + Util.Describe(5) + " " + Util.Describe<string>(null) + " " + Util.Describe(new List<int>()));
        Console.WriteLine(new[] { 1, 2, 3, 4 }.CountIf(n => n > 2));
        var rects = new List<Rect> { new Rect(3, 3), new Rect(1, 2), new Rect(2, 2) };
        rects.Sort();
        Console.WriteLine(string.Join(" ", rects));
        Console.WriteLine(Comparer<int>.Default.Compare(1, 2) + " " + Comparer<string>.Default.Compare("b", "a") + " " + EqualityComparer<string>.Default.Equals("a", "a"));
        Console.WriteLine(typeof(List<string>).Name + " " + typeof(Dictionary<int, string>).Name + " " + typeof(int[]).Name + " " + typeof(Box<int>).Name);
        Console.WriteLine(default(int) + " " + (default(string) == null) + " " + default(double));
        object o = b;
        if (o is Box<int>) Console.WriteLine("is Box<int>");
        Box<string> bs = o as Box<string>;
        Console.WriteLine(bs == null);
        var dict = new Dictionary<Pair<int, int>, string>();
        var key = new Pair<int, int>(1, 2);
        dict[key] = "ref-key";
        Console.WriteLine(dict[key] + " " + dict.ContainsKey(new Pair<int, int>(1, 2)));
        IEnumerable<object> covariant = new List<string> { "co", "variance" };
        foreach (var c in covariant) Console.Write(c + " ");
        Console.WriteLine();
        Func<object, string> contra = ob => ob.ToString();
        Func<string, object> f2 = contra;
        Console.WriteLine(f2("contra"));
        Console.WriteLine(GetDefault<int>() + "|" + GetDefault<string>() + "|" + GetDefault<bool>());
    }
    static T GetDefault<T>() { return default(T); }
}
