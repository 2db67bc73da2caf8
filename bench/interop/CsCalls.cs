// The C# side of the call-cost benchmark (bench/interop/run.sh): callees
// Java and C# drivers call, and the C# driver.
using System;
using System.Diagnostics;

namespace CsBench {
    public interface ICsCall { int I(int x); }

    public class CsCalls : ICsCall {
        int field;
        public static int S(int x) { return x + 1; }
        public virtual int V(int x) { return x + field + 1; }
        public int I(int x) { return x + field + 2; }
        public static int Str(string s) { return s.Length; }
        public static int Arr(int[] a) { return a.Length; }
        public static int Obj(object o) { return o == null ? 0 : 1; }
    }
}
