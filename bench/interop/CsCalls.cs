// The C# side of the call-cost benchmark (bench/interop/run.sh): callees
// Java and C# drivers call, and the C# driver.
using System;
using System.Diagnostics;

namespace CsBench {
    public interface ICsCall { int I(int x); }

    // Types with a non-identity mapping (specs/mapping.md §9): Java passes
    // a box, a one-element array, a lambda.
    public struct Pt { public int X, Y; public Pt(int x, int y) { X = x; Y = y; } }
    public enum Color { Red, Green, Blue }
    public delegate int Fn(int x);

    public class CsCalls : ICsCall {
        int field;
        public static int S(int x) { return x + 1; }
        public virtual int V(int x) { return x + field + 1; }
        public int I(int x) { return x + field + 2; }
        public static int Str(string s) { return s.Length; }
        public static int Arr(int[] a) { return a.Length; }
        public static int Obj(object o) { return o == null ? 0 : 1; }
        public static int St(Pt p) { return p.X + p.Y; }
        public static int En(Color c) { return (int)c; }
        public static void Ref(ref int x) { x++; }
        public static int Del(Fn f, int x) { return f(x); }
    }
}
