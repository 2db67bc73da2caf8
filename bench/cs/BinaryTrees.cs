// Allocation-heavy binary trees (after the Benchmarks Game program): GC throughput
// (C# twin of java/BinaryTrees.java).
using System;

public class BinaryTrees {
    sealed class Node {
        readonly Node left;
        readonly Node right;

        public Node(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        public int Check() {
            return left == null ? 1 : 1 + left.Check() + right.Check();
        }
    }

    static Node Build(int depth) {
        if (depth == 0) {
            return new Node(null, null);
        }
        return new Node(Build(depth - 1), Build(depth - 1));
    }

    public static void Main(string[] args) {
        int n = args.Length > 0 ? int.Parse(args[0]) : 18;
        int minDepth = 4;
        int maxDepth = Math.Max(minDepth + 2, n);
        int stretchDepth = maxDepth + 1;
        Console.WriteLine("stretch tree of depth " + stretchDepth + "\t check: " + Build(stretchDepth).Check());
        Node longLived = Build(maxDepth);
        long total = 0;
        for (int depth = minDepth; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + minDepth);
            int check = 0;
            for (int i = 0; i < iterations; i++) {
                check += Build(depth).Check();
            }
            total += check;
            Console.WriteLine(iterations + "\t trees of depth " + depth + "\t check: " + check);
        }
        Console.WriteLine("long lived tree of depth " + maxDepth + "\t check: " + longLived.Check());
        Console.WriteLine("checksum " + total);
    }
}
