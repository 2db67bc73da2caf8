using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

// APIs added for ordinary programs: comparison results, sorting failures, SortedList/LinkedList
// members, nullable LINQ aggregates, NumberStyles parsing, Convert, Encoding, Lazy.
class Additions {
    static void Show(string what, Action a) {
        try { a(); }
        catch (Exception e) {
            Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message);
            if (e.InnerException != null) Console.WriteLine("  inner " + e.InnerException.GetType().Name + ": " + e.InnerException.Message);
        }
    }
    static void Main() {
        sbyte a = -1, b = 1;
        Console.WriteLine(a.CompareTo(b) + " " + ((byte)200).CompareTo((byte)3) + " " + ((short)-30000).CompareTo((short)30000) + " " + 'z'.CompareTo('a') + " " + 5.CompareTo(3) + " " + DayOfWeek.Monday.CompareTo(DayOfWeek.Friday));
        Show("sort", () => new List<int> { 3, 1, 2 }.Sort((x, y) => { throw new InvalidCastException("boom"); }));
        Show("array sort", () => Array.Sort(new[] { 3, 1, 2 }, Comparer<int>.Create((x, y) => { throw new FormatException("cmp"); })));
        Show("orderby", () => new[] { 3, 1, 2 }.OrderBy(x => x, Comparer<int>.Create((x, y) => { throw new FormatException("cmp"); })).ToList());
        Show("first", () => new[] { 3, 1, 2 }.OrderBy(x => x, Comparer<int>.Create((x, y) => { throw new FormatException("cmp"); })).First());
        Show("double", () => double.Parse("1e309"));
        Show("float", () => float.Parse("1e39"));
        double d; Console.WriteLine(double.TryParse("-1e400", out d) + " " + d);
        Console.WriteLine("xxhixx".TrimStart('x') + "|" + "xxhixx".TrimEnd('x') + "|" + "a-b-c".Split('-', 2)[1] + "|" + "Hello".Contains("ELL", StringComparison.OrdinalIgnoreCase) + "|" + "aXbxc".Replace("x", "-", StringComparison.OrdinalIgnoreCase));
        var sl = new SortedList<string, int> { { "pear", 3 }, { "apple", 1 }, { "fig", 2 } };
        foreach (var kv in sl) Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine(string.Join(",", sl.Keys) + " " + string.Join(",", sl.Values) + " " + sl.IndexOfValue(2) + " " + sl.Capacity);
        var ll = new LinkedList<int>();
        var n1 = new LinkedListNode<int>(1); ll.AddFirst(n1);
        var n2 = new LinkedListNode<int>(2); ll.AddLast(n2);
        ll.AddBefore(n2, new LinkedListNode<int>(3)); ll.AddAfter(n1, new LinkedListNode<int>(4));
        Console.WriteLine(string.Join(",", ll) + " " + ll.FindLast(3).Value);
        Show("node twice", () => ll.AddFirst(n1));
        int?[] ni = { 3, null, 7, 1 };
        double?[] nd = { };
        Console.WriteLine(ni.Sum() + " " + ni.Max() + " " + ni.Min() + " " + ni.Average() + " " + (nd.Max() == null) + " " + (nd.Average() == null) + " " + new[] { "a", "bb" }.Sum(s => (long?)s.Length));
        Console.WriteLine(int.Parse("ff", NumberStyles.HexNumber) + " " + int.Parse("(1,234)", NumberStyles.Any, CultureInfo.InvariantCulture) + " " + decimal.Parse("1.50e1", NumberStyles.Float) + " " + double.Parse("1,234.5", NumberStyles.Number, CultureInfo.InvariantCulture));
        Show("int style", () => int.Parse("1.5", NumberStyles.Float));
        Console.WriteLine(Convert.ToInt32(2.5) + " " + Convert.ToInt32(3.5) + " " + Convert.ToByte("255") + " " + Convert.ToString(255, 2) + " " + Convert.ToInt16("-8000", 10) + " " + Convert.ToBase64String(Encoding.UTF8.GetBytes("héllo")) + " " + Convert.ChangeType("42", typeof(int)));
        Show("convert", () => Convert.ToByte(300));
        Console.WriteLine(BitConverter.ToString(Encoding.UTF8.GetBytes("h€")) + " " + Encoding.ASCII.GetString(new byte[] { 72, 200 }) + " " + Encoding.Unicode.GetByteCount("ab"));
        var dt = new DateTime(2024, 3, 5, 14, 7, 9);
        Console.WriteLine(dt.ToString("D", CultureInfo.InvariantCulture) + " | " + dt.ToString("dddd, MMMM d, yyyy h:mm tt") + " | " + dt.ToShortDateString() + " | " + DateTime.ParseExact("15/03/2024", "dd/MM/yyyy", CultureInfo.InvariantCulture).ToString("s") + " | " + DateTime.Parse("March 5, 2024 2:07 PM", CultureInfo.InvariantCulture).ToString("s"));
        Console.WriteLine(TimeSpan.Parse("1.02:03:04.5") + " " + new TimeSpan(1, 2, 3, 4).ToString(@"d\.hh\:mm") + " " + TimeSpan.FromMinutes(90).ToString("g") + " " + TimeSpan.FromHours(1.5).Multiply(2));
        var lazy = new Lazy<string>(() => "made");
        Console.WriteLine(lazy.IsValueCreated + " " + lazy.Value + " " + lazy.IsValueCreated + " " + Tuple.Create(1, 2, 3, 4, 5) + " " + Math.Clamp(5u, 1u, 3u));
        var sb = new StringBuilder("abc");
        sb.Append(1.5m).Insert(0, "x", 2).AppendJoin(",", new[] { 1, 2 }).Replace('a', 'A', 0, 3);
        Console.WriteLine(sb + " " + Array.FindLastIndex(new[] { 1, 5, 2 }, x => x > 1) + " " + new List<int> { 1, 2, 1 }.LastIndexOf(1, 1) + " " + string.Join(",", new[] { 1, 2, 3, 4 }.TakeLast(2)) + " " + new[] { 1, 2, 3 }.LongCount(x => x > 1));
        Console.ForegroundColor = ConsoleColor.Red;
        Console.ResetColor();
    }
}
