using System;
using System.Text;

class Strings {
    static void Main() {
        string s = "Hello, World";
        Console.WriteLine(s.Length);
        Console.WriteLine(s.Substring(7));
        Console.WriteLine(s.Substring(0, 5).ToUpper() + s.ToLower());
        Console.WriteLine(s.IndexOf('o') + " " + s.LastIndexOf('o') + " " + s.IndexOf("World") + " " + s.IndexOf("xyz"));
        Console.WriteLine(s.Replace("World", "There").Replace('l', 'L'));
        Console.WriteLine(s.Contains("lo, W") + " " + s.StartsWith("Hell") + " " + s.EndsWith("d") + " " + s.EndsWith("x"));
        Console.WriteLine("[" + "  padded \t".Trim() + "][" + "xxabcxx".Trim('x') + "][" + "  left".TrimStart() + "][" + "right  ".TrimEnd() + "]");
        Console.WriteLine("[" + "7".PadLeft(3) + "][" + "7".PadRight(3, '.') + "][" + "42".PadLeft(5, '0') + "]");
        string[] parts = "a,b,,c".Split(',');
        Console.WriteLine(parts.Length + ": " + string.Join("|", parts));
        string[] words = "  the quick  brown fox ".Split(new char[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        Console.WriteLine(words.Length + ": " + string.Join("-", words));
        Console.WriteLine(string.Join(", ", new[] { 1, 2, 3 }));
        Console.WriteLine(string.Concat("a", "b", "c") + string.Concat("x", 1, 2.5, 'c', true, null));
        Console.WriteLine(string.IsNullOrEmpty("") + " " + string.IsNullOrEmpty(null) + " " + string.IsNullOrWhiteSpace("  ") + " " + string.IsNullOrEmpty("a"));
        char[] cs = "stressed".ToCharArray();
        Array.Reverse(cs);
        Console.WriteLine(new string(cs) + " " + new string('=', 5));
        Console.WriteLine(string.Compare("apple", "banana") < 0);
        Console.WriteLine(string.CompareOrdinal("a", "B") > 0);
        Console.WriteLine("abc".CompareTo("abd") + " " + "b".CompareTo("a") + " " + "x".CompareTo("x"));
        Console.WriteLine("abc" == "ab" + "c");
        Console.WriteLine("abc".Equals("ABC") + " " + "abc".Equals("ABC", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("Insert".Insert(3, "--") + " " + "Remove".Remove(2, 2) + " " + "Remove".Remove(3));
        Console.WriteLine(s[4] + "" + s[s.Length - 1]);
        foreach (char c in "abc") Console.Write((int)c + " ");
        Console.WriteLine();
        var sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.Append(i).Append(',');
        sb.Length--;
        sb.Insert(0, "[").Append(']');
        sb.AppendFormat(" {0}+{1}={2}", 2, 3, 2 + 3);
        sb.AppendLine();
        sb.Append("next line");
        Console.WriteLine(sb.ToString());
        Console.WriteLine(sb.Length + " " + sb[1]);
        sb.Replace("next", "last").Remove(0, 1);
        Console.WriteLine(sb);
        Console.WriteLine(char.IsDigit('5') + " " + char.IsLetter('x') + " " + char.IsUpper('a') + " " + char.IsWhiteSpace('\t') + " " + char.ToUpper('q') + " " + char.IsLetterOrDigit('_') + " " + char.IsPunctuation('!'));
        Console.WriteLine("Tab\there, quote\" backslash\\ unicode\u00e9");
        string multi = @"verbatim\path";
        Console.WriteLine(multi + " " + multi.Length);
        Console.WriteLine("a-b-c".Split('-')[2] + "x".Equals(null) + "CamelCase".ToLowerInvariant());
        Console.WriteLine("mississippi".IndexOf("ss", 3) + " " + "mississippi".IndexOfAny(new[] { 'p', 's' }) + " " + "mississippi".LastIndexOf("ss"));
        object o = "boxed";
        Console.WriteLine(o is string ? "is string" : "not");
        Console.WriteLine($"interp {s.Length} {1.5:F2} {"x",3}|");
    }
}
