// Seed for the assembly fuzzer and source for tests/assemblies.rs: one of
// most C# features that leave a mark in metadata or IL.
using System;
using System.Collections.Generic;

namespace Twain.Samples
{
    public interface IShape { double Area { get; } string Describe(); }

    public enum Color : byte { Red = 1, Green = 2, Blue = 4 }

    public struct Point
    {
        public int X, Y;
        public Point(int x, int y) { X = x; Y = y; }
        public override string ToString() { return "(" + X + ", " + Y + ")"; }
    }

    public delegate int Transform(int value);

    public abstract class Shape : IShape
    {
        public abstract double Area { get; }
        public virtual string Describe() { return GetType().Name + " of area " + Area; }
        public event EventHandler Changed;
        protected void OnChanged() { var h = Changed; if (h != null) h(this, EventArgs.Empty); }
    }

    public sealed class Circle : Shape
    {
        public const double Pi = 3.14159;
        private readonly double radius;
        public Circle(double r) { radius = r; }
        public override double Area { get { return Pi * radius * radius; } }

        public class Builder
        {
            public double Radius { get; set; }
            public Circle Build() { return new Circle(Radius); }
        }
    }

    public class Box<T> where T : IComparable<T>
    {
        private readonly List<T> items = new List<T>();
        public void Add(T item) { items.Add(item); }
        public T Max()
        {
            T best = items[0];
            foreach (T t in items) if (t.CompareTo(best) > 0) best = t;
            return best;
        }
        public static U Convert<U>(T value, Func<T, U> f) { return f(value); }
    }

    public static class Program
    {
        static int[,] grid = new int[3, 4];

        public static IEnumerable<int> Evens(int limit)
        {
            for (int i = 0; i < limit; i += 2) yield return i;
        }

        public static void Swap(ref int a, ref int b) { int t = a; a = b; b = t; }

        public static bool TryHalf(int v, out int half)
        {
            half = v / 2;
            return v % 2 == 0;
        }

        public static string Name(int day)
        {
            switch (day)
            {
                case 0: return "Sun";
                case 1: return "Mon";
                case 2: return "Tue";
                case 3: return "Wed";
                case 4: return "Thu";
                case 5: return "Fri";
                default: return "Sat";
            }
        }

        public static int Guarded(string s)
        {
            try
            {
                return int.Parse(s);
            }
            catch (FormatException e) when (e.Message.Length > 0)
            {
                return -1;
            }
            catch (OverflowException)
            {
                return -2;
            }
            finally
            {
                grid[0, 0]++;
            }
        }

        public static int Main(string[] args)
        {
            Console.WriteLine("Hello, \u00e9t\u00e9 \ud83d\ude00!");
            Transform twice = x => x * 2;
            int k = 10;
            Func<int, int> addK = x => x + k;
            var box = new Box<int>();
            box.Add(3); box.Add(7);
            int a = 1, b = 2;
            Swap(ref a, ref b);
            int half;
            TryHalf(8, out half);
            var c = new Circle.Builder { Radius = 2 }.Build();
            Color col = Color.Red | Color.Blue;
            long sum = 0;
            foreach (int e in Evens(10)) sum += e;
            Console.WriteLine(twice(addK(box.Max())) + a + half + (int)col + sum + Name(3) + Guarded("12") + c.Describe());
            return new Point(a, b).X;
        }
    }
}
