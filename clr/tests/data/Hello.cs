// Small seed for the assembly fuzzer.
using System;

class Hello
{
    static int counter;

    static int Fib(int n) { return n < 2 ? n : Fib(n - 1) + Fib(n - 2); }

    static void Main()
    {
        try { counter = Fib(10); }
        finally { Console.WriteLine("done"); }
        Console.WriteLine("fib = " + counter);
    }
}
