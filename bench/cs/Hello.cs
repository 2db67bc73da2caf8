// Prints "Hello, world!": start-up time and memory floor (C# twin of java/Hello.java).
using System;

public class Hello {
    public static void Main(string[] args) {
        Console.WriteLine("Hello, world!");
    }
}
