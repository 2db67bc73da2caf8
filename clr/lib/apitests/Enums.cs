using System;

enum Color { Red, Green, Blue }
enum Level : byte { Low = 1, Mid = 5, High = 10 }
[Flags] enum Perm { None = 0, Read = 1, Write = 2, Exec = 4, All = Read | Write | Exec }
enum Signed : long { Neg = -5, Zero = 0, Big = 1L << 40 }

class Enums {
    static string Describe(Color c) {
        switch (c) {
            case Color.Red: return "warm";
            case Color.Blue: return "cool";
            default: return "other";
        }
    }

    static void Main() {
        Color c = Color.Green;
        Console.WriteLine(c + " " + (int)c + " " + Color.Blue + " " + (Color)2 + " " + (Color)7);
        Console.WriteLine(Describe(Color.Red) + " " + Describe(c) + " " + Describe(Color.Blue));
        Console.WriteLine(Level.Mid + " " + (byte)Level.High + " " + (Level)5);
        Perm p = Perm.Read | Perm.Exec;
        Console.WriteLine(p + " | " + (p | Perm.Write) + " | " + Perm.None + " | " + (Perm)8 + " | " + (Perm)9);
        Console.WriteLine(p.HasFlag(Perm.Read) + " " + p.HasFlag(Perm.Write) + " " + ((p & Perm.Exec) != 0));
        Console.WriteLine(Signed.Neg + " " + (long)Signed.Big + " " + (Signed)(-5) + " " + (Signed)3);
        Console.WriteLine((Color)Enum.Parse(typeof(Color), "Blue") + " " + Enum.Parse(typeof(Perm), "Read, Write"));
        Color parsed;
        Console.WriteLine(Enum.TryParse("Red", out parsed) + " " + parsed + " " + Enum.TryParse("Purple", out parsed));
        Console.WriteLine(string.Join(",", Enum.GetNames(typeof(Color))) + " " + Enum.GetValues(typeof(Level)).Length);
        foreach (Level l in Enum.GetValues(typeof(Level))) Console.Write((int)l + " ");
        Console.WriteLine();
        Console.WriteLine(Enum.IsDefined(typeof(Color), 1) + " " + Enum.IsDefined(typeof(Color), 5) + " " + Enum.GetName(typeof(Color), 2));
        Console.WriteLine(c.ToString("D") + " " + Color.Blue.ToString("G") + " " + Level.High.ToString("X") + " " + (Perm.Read | Perm.Write).ToString("F"));
        Console.WriteLine(Color.Red.CompareTo(Color.Blue) + " " + Color.Green.Equals(Color.Green) + " " + Color.Green.Equals(1) + " " + (Color.Red < Color.Blue));
        Color next = c + 1;
        c++;
        Console.WriteLine(next + " " + c + " " + (c - Color.Red));
        Console.WriteLine(Color.Blue.GetHashCode() + " " + c.GetType().Name + " " + typeof(Color).IsEnum);
        object boxed = Perm.All;
        Console.WriteLine(boxed + " " + (boxed is Enum) + " " + (Perm)boxed);
        string s = "green";
        switch (s) {
            case "red": Console.WriteLine("r"); break;
            case "green": Console.WriteLine("g"); break;
            default: Console.WriteLine("?"); break;
        }
        string big = "k7";
        switch (big) {
            case "k1": case "k2": case "k3": case "k4": Console.WriteLine("low"); break;
            case "k5": case "k6": case "k7": case "k8": Console.WriteLine("high"); break;
            case "k9": Console.WriteLine("nine"); break;
            default: Console.WriteLine("none"); break;
        }
    }
}
