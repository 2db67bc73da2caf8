// Naive doubly recursive Fibonacci: call overhead and int arithmetic (C# twin of java/Fib.java).
using System;

public class Fib {
    static int Compute(int n) {
        if (n < 2) {
            return n;
        }
        return Compute(n - 1) + Compute(n - 2);
    }

    public static void Main(string[] args) {
        int n = args.Length > 0 ? int.Parse(args[0]) : 40;
        Console.WriteLine("fib(" + n + ") = " + Compute(n));
    }
}
