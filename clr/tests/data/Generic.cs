// Seed for the assembly fuzzer: generics, nested types, properties.
using System.Collections.Generic;

public class Pair<A, B>
{
    public A First { get; set; }
    public B Second { get; set; }
    public Pair<B, A> Swap() { return new Pair<B, A> { First = Second, Second = First }; }
    public class Node { public Node Next; public A Value; }
}

public static class Util
{
    public static T Last<T>(IList<T> list) where T : class { return list.Count == 0 ? null : list[list.Count - 1]; }
    public static int Sum(params int[] xs) { int s = 0; foreach (var x in xs) s += x; return s; }
}
