using System;
using System.Collections.Generic;
abstract class Animal : IComparable<Animal>, ICloneable {
    static int count;
    static Animal() { count = 100; }
    public string Name { get; set; }
    public int Legs { get; protected set; } = 4;
    protected Animal(string name) { Name = name; count++; }
    public abstract string Sound();
    public virtual string Describe() => $"{Name} says {Sound()} on {Legs} legs";
    public int CompareTo(Animal other) => string.Compare(Name, other.Name, StringComparison.Ordinal);
    public object Clone() => MemberwiseClone();
    public static int Count => count;
    public override bool Equals(object obj) => obj is Animal a && a.Name == Name;
    public override int GetHashCode() => Name.GetHashCode();
}
sealed class Dog : Animal { public Dog(string n) : base(n) { } public override string Sound() => "woof"; }
class Bird : Animal { public Bird(string n) : base(n) { Legs = 2; } public override string Sound() => "tweet"; public override string Describe() => base.Describe() + "!"; }
class Temp : IFormattable {
    double c; public Temp(double c) { this.c = c; }
    public string ToString(string fmt, IFormatProvider p) => fmt == "F" ? (c * 9 / 5 + 32).ToString("0.0") + "F" : c.ToString("0.0") + "C";
    public override string ToString() => ToString("C", null);
}
class Matrix {
    double[,] d = new double[2, 2];
    public double this[int i, int j] { get => d[i, j]; set => d[i, j] = value; }
}
class Shop {
    public event EventHandler Opened;
    public void Open() => Opened?.Invoke(this, EventArgs.Empty);
}
static class Ext { public static string Shout(this string s) => s.ToUpper() + "!"; }
class Classes {
    static int Sum(params int[] xs) { int s = 0; foreach (var x in xs) s += x; return s; }
    static string Opt(int a, string b = "dflt", double c = 1.5) => a + b + c;
    static void Main() {
        var zoo = new List<Animal> { new Dog("rex"), new Bird("tweety"), new Dog("ace") };
        zoo.Sort();
        foreach (var a in zoo) Console.WriteLine(a.Describe());
        Console.WriteLine(Animal.Count + " " + zoo[0].Equals(new Dog("ace")) + " " + (zoo[0].GetType() == typeof(Dog)) + " " + (zoo[1] is Bird) + " " + ((zoo[2] as Bird) == null));
        var clone = (Animal)zoo[0].Clone();
        Console.WriteLine(clone.Name + " " + ReferenceEquals(clone, zoo[0]));
        Console.WriteLine("{0} {0:F} {1}", new Temp(100), new Temp(-40));
        var m = new Matrix(); m[1, 1] = 2.5; Console.WriteLine(m[1, 1]);
        var shop = new Shop(); shop.Opened += (s, e) => Console.WriteLine("opened " + (s == shop)); shop.Open();
        Console.WriteLine("hi".Shout() + Sum() + Sum(1, 2, 3) + Opt(1) + Opt(2, "x") + Opt(3, c: 2));
        Console.WriteLine(new int[3] + " " + new List<string>() + " " + new object().GetType());
        int[] arr = { 3, 1, 2 };
        Array.ForEach(arr, x => Console.Write(x));
        Console.WriteLine();
        var nested = new Dictionary<string, Dictionary<string, int>>();
        nested["a"] = new Dictionary<string, int> { ["x"] = 1 };
        Console.WriteLine(nested["a"]["x"]);
        string sn = null;
        Console.WriteLine(sn?.Length ?? -1);
        object o = 42;
        if (o is int i && i > 40) Console.WriteLine("pattern " + i);
        Console.WriteLine(nameof(Classes) + " " + typeof(Dog).FullName + " " + typeof(Dog).BaseType.Name);
        var dt = new DateTime(2024, 2, 29, 13, 5, 9);
        Console.WriteLine(dt.ToString("yyyy-MM-dd HH:mm:ss") + " " + dt.DayOfWeek + " " + dt.AddDays(1).Month + " " + (dt - new DateTime(2024, 1, 1)).TotalDays);
        Console.WriteLine(TimeSpan.FromMinutes(90.5) + " " + new TimeSpan(1, 2, 3, 4, 5));
    }
}
