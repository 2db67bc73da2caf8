using System;
using System.Collections.Generic;

struct Point : IEquatable<Point> {
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public static Point operator +(Point a, Point b) { return new Point(a.X + b.X, a.Y + b.Y); }
    public static bool operator ==(Point a, Point b) { return a.X == b.X && a.Y == b.Y; }
    public static bool operator !=(Point a, Point b) { return !(a == b); }
    public bool Equals(Point o) { return this == o; }
    public override bool Equals(object o) { return o is Point && Equals((Point)o); }
    public override int GetHashCode() { return X * 31 + Y; }
    public override string ToString() { return "(" + X + "," + Y + ")"; }
    public double Length { get { return Math.Sqrt(X * X + Y * Y); } }
}

struct Plain { public int A; public string B; }

struct Counter {
    int n;
    public void Inc() { n++; }
    public int N { get { return n; } }
}

class Holder { public Counter C; }

struct Money {
    public readonly decimal Amount;
    public Money(decimal a) { Amount = a; }
    public static implicit operator Money(decimal d) { return new Money(d); }
    public static explicit operator decimal(Money m) { return m.Amount; }
    public override string ToString() { return Amount.ToString("F2") + " EUR"; }
}

class Structs {
    static void Mutate(Point p) { p.X = 100; }
    static void MutateRef(ref Point p) { p.X = 100; }
    static void MakeOut(out Point p) { p = new Point(-1, -1); }

    static void Main() {
        var a = new Point(1, 2);
        var b = a;
        b.X = 10;
        Console.WriteLine(a + " " + b + " " + (a + b) + " " + (a == b) + " " + (a == new Point(1, 2)));
        Mutate(a);
        Console.WriteLine(a);
        MutateRef(ref a);
        Console.WriteLine(a);
        Point c;
        MakeOut(out c);
        Console.WriteLine(c + " " + new Point(3, 4).Length);
        Point def = default(Point);
        Console.WriteLine(def + " " + new Point().Equals(def));
        var p1 = new Plain { A = 1, B = "x" };
        var p2 = new Plain { A = 1, B = "x" };
        Console.WriteLine(p1.Equals(p2) + " " + p1.Equals(new Plain { A = 2, B = "x" }));
        object boxed = a;
        Point unboxed = (Point)boxed;
        unboxed.Y = 99;
        Console.WriteLine(boxed + " " + unboxed + " " + boxed.Equals(a));
        var set = new HashSet<Point> { new Point(1, 1), new Point(1, 1), new Point(2, 2) };
        Console.WriteLine(set.Count);
        var dict = new Dictionary<Point, string> { { new Point(0, 0), "origin" } };
        Console.WriteLine(dict[new Point(0, 0)]);
        var h = new Holder();
        h.C.Inc(); h.C.Inc();
        Console.WriteLine(h.C.N);
        var arr = new Counter[2];
        arr[0].Inc();
        Console.WriteLine(arr[0].N + " " + arr[1].N);
        var list = new List<Counter> { new Counter() };
        var tmp = list[0]; tmp.Inc();
        Console.WriteLine(list[0].N + " " + tmp.N);

        int? maybe = null;
        Console.WriteLine(maybe.HasValue + " " + maybe.GetValueOrDefault() + " " + (maybe ?? 7) + " [" + maybe + "]");
        maybe = 5;
        Console.WriteLine(maybe.HasValue + " " + maybe.Value + " " + (maybe + 1) + " " + (maybe > 3));
        int? none = null;
        Console.WriteLine((none + 1).HasValue + " " + (none == null) + " " + (none < 1));
        double? dn = 2.5;
        Console.WriteLine(dn * 2);
        Point? np = new Point(5, 6);
        Console.WriteLine(np.Value.X + " " + np);
        object boxedNull = none;
        Console.WriteLine(boxedNull == null);
        object boxedInt = maybe;
        Console.WriteLine(boxedInt.GetType().Name);
        try { int v = none.Value; } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        Money m = 12.5m;
        Console.WriteLine(m + " " + (decimal)m * 2);
        var tuple = Tuple.Create(1, "two");
        Console.WriteLine(tuple.Item1 + " " + tuple.Item2 + " " + tuple);
        Console.WriteLine(a.GetType().Name + " " + 5.GetType().FullName + " " + typeof(Point?).Name);
        Console.WriteLine(1.Equals(1) + " " + 1.Equals(1L) + " " + 3.CompareTo(4) + " " + 'a'.CompareTo('b') + " " + 2.0.Equals(2.0));
        Console.WriteLine(int.MaxValue.GetHashCode() + " " + true.GetHashCode() + " " + 'A'.GetHashCode() + " " + 1.5.GetHashCode() + " " + 100L.GetHashCode());
    }
}
