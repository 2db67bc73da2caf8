using System;
using System.Collections.Generic;

class Collections {
    static void Main() {
        var list = new List<int> { 5, 3, 8, 1 };
        list.Add(9);
        list.Insert(0, 7);
        list.Remove(3);
        list.RemoveAt(list.Count - 1);
        Console.WriteLine(string.Join(",", list) + " count=" + list.Count + " contains8=" + list.Contains(8) + " idx1=" + list.IndexOf(1));
        list.Sort();
        Console.WriteLine(string.Join(",", list));
        list.Sort((a, b) => b.CompareTo(a));
        Console.WriteLine(string.Join(",", list));
        list.Reverse();
        Console.WriteLine(string.Join(",", list) + " find=" + list.Find(x => x > 5) + " all=" + list.FindAll(x => x % 2 == 1).Count);
        list.AddRange(new[] { 10, 11 });
        list.RemoveAll(x => x > 9);
        Console.WriteLine(list.Exists(x => x == 7) + " " + list.TrueForAll(x => x > 0) + " " + string.Join(",", list.GetRange(1, 2)));
        int[] arr = list.ToArray();
        Console.WriteLine(arr.Length + " " + arr[0]);

        var dict = new Dictionary<string, int>();
        dict["one"] = 1;
        dict["two"] = 2;
        dict.Add("three", 3);
        dict["two"] = 22;
        Console.WriteLine(dict.Count + " " + dict["two"] + " " + dict.ContainsKey("one") + " " + dict.ContainsValue(3));
        int v;
        Console.WriteLine(dict.TryGetValue("three", out v) + " " + v + " " + dict.TryGetValue("four", out v) + " " + v);
        dict.Remove("one");
        dict["four"] = 4;
        foreach (var kv in dict) Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine();
        foreach (string k in dict.Keys) Console.Write(k + " ");
        foreach (int val in dict.Values) Console.Write(val + " ");
        Console.WriteLine();
        try { Console.WriteLine(dict["missing"]); } catch (KeyNotFoundException e) { Console.WriteLine("KeyNotFound: " + e.Message); }
        try { dict.Add("two", 0); } catch (ArgumentException e) { Console.WriteLine("Arg: " + e.Message); }

        var set = new HashSet<string> { "b", "a", "c" };
        Console.WriteLine(set.Add("a") + " " + set.Add("d") + " " + set.Count + " " + set.Contains("c"));
        set.Remove("b");
        set.Add("e");
        Console.WriteLine(string.Join(",", set));
        var other = new HashSet<string> { "a", "z" };
        set.IntersectWith(other);
        Console.WriteLine(string.Join(",", set));

        var q = new Queue<int>();
        for (int i = 1; i <= 5; i++) q.Enqueue(i * i);
        Console.WriteLine(q.Dequeue() + " " + q.Peek() + " " + q.Count);
        foreach (int x in q) Console.Write(x + " ");
        Console.WriteLine();

        var st = new Stack<string>();
        st.Push("a"); st.Push("b"); st.Push("c");
        Console.WriteLine(st.Pop() + " " + st.Peek() + " " + st.Count + " " + string.Join("", st.ToArray()));
        try { new Stack<int>().Pop(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }

        var sd = new SortedDictionary<string, int> { { "pear", 3 }, { "apple", 1 }, { "fig", 2 } };
        foreach (var kv in sd) Console.Write(kv + " ");
        Console.WriteLine();

        var ll = new LinkedList<int>();
        ll.AddLast(2); ll.AddFirst(1); ll.AddLast(3);
        Console.WriteLine(string.Join(",", ll) + " first=" + ll.First.Value + " last=" + ll.Last.Value);

        int[] nums = { 5, 2, 9, 1, 7 };
        Array.Sort(nums);
        Console.WriteLine(string.Join(",", nums) + " idx=" + Array.IndexOf(nums, 9) + " bs=" + Array.BinarySearch(nums, 7));
        Array.Resize(ref nums, 7);
        Console.WriteLine(nums.Length + " " + nums[6]);
        int[,] grid = new int[2, 3];
        grid[1, 2] = 5;
        Console.WriteLine(grid.GetLength(0) + "x" + grid.GetLength(1) + " " + grid[1, 2] + " rank=" + grid.Rank);
        int[][] jag = { new[] { 1 }, new[] { 2, 3 } };
        Console.WriteLine(jag[1][1] + jag.Length);
        var copy = new int[3];
        Array.Copy(new[] { 9, 8, 7, 6 }, 1, copy, 0, 3);
        Console.WriteLine(string.Join(",", copy));
        var kvp = new KeyValuePair<string, double>("pi", 3.14);
        Console.WriteLine(kvp);
    }
}
