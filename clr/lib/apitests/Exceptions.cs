using System;
using System.Collections.Generic;

class MyException : Exception {
    public int Code;
    public MyException(string msg, int code) : base(msg) { Code = code; }
}

class Resource : IDisposable {
    string name;
    public Resource(string n) { name = n; Console.WriteLine("open " + n); }
    public void Dispose() { Console.WriteLine("close " + name); }
}

class Exceptions {
    static int depth;
    static void Recurse(int n) { depth = n; if (n == 0) throw new InvalidOperationException("bottom"); Recurse(n - 1); }

    static int Finally() {
        try { return 1; } finally { Console.WriteLine("finally runs"); }
    }

    static void Main() {
        try { throw new MyException("custom", 42); }
        catch (MyException e) { Console.WriteLine(e.Message + " " + e.Code + " " + e.GetType().Name + " " + (e is Exception)); }

        try { int[] a = new int[3]; a[5] = 1; }
        catch (IndexOutOfRangeException e) { Console.WriteLine("IOOR: " + e.Message); }

        try { object o = "str"; int i = (int)o; Console.WriteLine(i); }
        catch (InvalidCastException e) { Console.WriteLine("Cast: " + e.GetType().FullName); }

        try { string s = null; Console.WriteLine(s.Length); }
        catch (NullReferenceException e) { Console.WriteLine("NRE: " + e.GetType().Name); }

        try { int z = 0; Console.WriteLine(10 / z); }
        catch (DivideByZeroException e) { Console.WriteLine("Div: " + e.Message); }

        try { checked { int big = int.MaxValue; big++; Console.WriteLine(big); } }
        catch (OverflowException e) { Console.WriteLine("Overflow: " + e.Message); }

        try { throw new ArgumentNullException("param"); }
        catch (ArgumentException e) { Console.WriteLine(e.Message.Replace("\n", " / ") + " | " + e.ParamName); }

        try { throw new ArgumentOutOfRangeException("idx", "too big"); }
        catch (Exception e) { Console.WriteLine(e.Message.Replace("\n", " / ")); }

        try { int.Parse("nope"); }
        catch (FormatException e) { Console.WriteLine("Format: " + e.Message); }

        try { new List<int>()[1] = 0; }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name); }

        try { throw new NotImplementedException(); }
        catch (Exception e) { Console.WriteLine(e.Message); }

        try { throw new NotSupportedException("nope"); }
        catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }

        try { Recurse(5); }
        catch (InvalidOperationException e) { Console.WriteLine("depth " + depth + " " + e.Message); }

        try {
            try { throw new Exception("inner"); }
            catch (Exception e) { throw new ApplicationException("outer", e); }
        } catch (Exception e) { Console.WriteLine(e.Message + " <- " + e.InnerException.Message); }

        try { throw new Exception("filtered"); }
        catch (Exception e) when (e.Message.StartsWith("filt")) { Console.WriteLine("filter matched"); }

        Console.WriteLine(Finally());
        using (var r = new Resource("A")) {
            using (new Resource("B")) Console.WriteLine("inside");
        }
        try {
            using (var r = new Resource("C")) throw new Exception("in using");
        } catch (Exception e) { Console.WriteLine("caught " + e.Message); }

        int count = 0;
        for (int i = 0; i < 3; i++) {
            try { if (i == 1) continue; count += 10; }
            finally { count++; }
        }
        Console.WriteLine("count " + count);
        Exception ex = new Exception("plain");
        Console.WriteLine(ex.ToString());
        Console.WriteLine(new InvalidOperationException().Message);
        Console.WriteLine(new Exception().Message);
        Console.WriteLine(new KeyNotFoundException().Message);
    }
}
