using System;
using System.Collections.Generic;
using System.Linq;

class Person {
    public string Name;
    public int Age;
    public string City;
    public Person(string n, int a, string c) { Name = n; Age = a; City = c; }
    public override string ToString() { return Name + "(" + Age + ")"; }
}

class Linq {
    static void Main() {
        var nums = Enumerable.Range(1, 10).ToList();
        Console.WriteLine(string.Join(",", nums.Where(n => n % 2 == 0)));
        Console.WriteLine(string.Join(",", nums.Select(n => n * n)));
        Console.WriteLine(nums.Sum() + " " + nums.Count(n => n > 3) + " " + nums.Max() + " " + nums.Min() + " " + nums.Average());
        Console.WriteLine(nums.Any(n => n > 9) + " " + nums.All(n => n > 0) + " " + nums.Any() + " " + nums.First() + " " + nums.Last() + " " + nums.FirstOrDefault(n => n > 100));
        var people = new List<Person> {
            new Person("Ann", 31, "Oslo"), new Person("Bob", 25, "Rome"), new Person("Cid", 31, "Oslo"),
            new Person("Dee", 19, "Rome"), new Person("Eve", 42, "Lima"),
        };
        Console.WriteLine(string.Join(" ", people.OrderBy(p => p.Age)));
        Console.WriteLine(string.Join(" ", people.OrderByDescending(p => p.Age).ThenBy(p => p.Name)));
        Console.WriteLine(string.Join(" ", people.OrderBy(p => p.City).ThenByDescending(p => p.Name).Select(p => p.Name)));
        foreach (var g in people.GroupBy(p => p.City))
            Console.WriteLine(g.Key + ": " + string.Join(",", g.Select(p => p.Name)) + " avg=" + g.Average(p => p.Age));
        var dict = people.ToDictionary(p => p.Name, p => p.Age);
        Console.WriteLine(dict["Eve"]);
        Console.WriteLine(string.Join(",", new[] { 3, 1, 3, 2, 1 }.Distinct()));
        Console.WriteLine(string.Join(",", nums.Skip(7)) + " | " + string.Join(",", nums.Take(3)) + " | " + string.Join(",", nums.TakeWhile(n => n < 4)) + " | " + string.Join(",", nums.SkipWhile(n => n < 8)));
        Console.WriteLine(string.Join(",", nums.Where(n => n > 5).Reverse()));
        Console.WriteLine(string.Join(",", new[] { "a", "b" }.Concat(new[] { "c" })) + " " + string.Join(",", new[] { 1, 2, 3 }.Zip(new[] { "x", "y" }, (a, b) => a + b)));
        Console.WriteLine(nums.Aggregate((a, b) => a * b) + " " + nums.Aggregate(100, (acc, n) => acc - n));
        Console.WriteLine(people.Max(p => p.Age) + " " + people.Min(p => p.Name) + " " + people.Sum(p => p.Age) + " " + people.Where(p => p.City == "Oslo").Count());
        var words = new[] { "apple", "banana", "cherry", "date" };
        Console.WriteLine(string.Join(",", words.Where((w, i) => i % 2 == 0)) + " " + string.Join(",", words.Select((w, i) => i + w[0].ToString())));
        Console.WriteLine(string.Join(",", words.SelectMany(w => w.Take(2))));
        Console.WriteLine(words.Contains("date") + " " + words.ElementAt(1) + " " + words.Single(w => w.StartsWith("c")) + " " + words.LastOrDefault(w => w.Length > 10));
        var query = from p in people where p.Age > 20 orderby p.Name descending select p.Name.ToUpper();
        Console.WriteLine(string.Join(",", query));
        var joined = from p in people join c in new[] { new { City = "Oslo", Country = "NO" }, new { City = "Rome", Country = "IT" } } on p.City equals c.City select p.Name + "@" + c.Country;
        Console.WriteLine(string.Join(",", joined));
        Console.WriteLine(string.Join(",", new[] { 1, 2, 3 }.Union(new[] { 3, 4 })) + " " + string.Join(",", new[] { 1, 2, 3 }.Intersect(new[] { 2, 3, 4 })) + " " + string.Join(",", new[] { 1, 2, 3 }.Except(new[] { 2 })));
        object[] mixed = { 1, "two", 3, "four" };
        Console.WriteLine(string.Join(",", mixed.OfType<string>()) + " " + mixed.OfType<int>().Sum());
        Console.WriteLine(new[] { 1.5, 2.5 }.Sum() + " " + new long[] { 1, 2 }.Sum() + " " + Enumerable.Repeat("ab", 3).Count() + " " + Enumerable.Empty<int>().Any());
        Console.WriteLine(nums.SequenceEqual(Enumerable.Range(1, 10)) + " " + new int[0].DefaultIfEmpty(-1).First());
        try { new int[0].First(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        try { new[] { 1, 2 }.Single(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        var lazy = nums.Select(n => { Console.Write("<" + n + ">"); return n; }).Where(n => n < 3);
        Console.WriteLine("defined");
        foreach (var n in lazy) Console.Write(" got" + n);
        Console.WriteLine();
        var arr = people.Select(p => p.Age).OrderBy(a => a).ToArray();
        Console.WriteLine(arr.Length + " " + arr[0] + " " + arr[arr.Length - 1]);
    }
}
