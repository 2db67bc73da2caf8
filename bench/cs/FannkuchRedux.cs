// Fannkuch-redux: permutations of 1..n and prefix reversals; int array shuffling
// (C# twin of java/FannkuchRedux.java).
using System;

public class FannkuchRedux {
    public static void Main(string[] args) {
        int n = args.Length > 0 ? int.Parse(args[0]) : 10;
        int[] perm = new int[n];
        int[] perm1 = new int[n];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            perm1[i] = i;
        }
        int maxFlips = 0;
        int checksum = 0;
        int permCount = 0;
        int r = n;
        while (true) {
            while (r != 1) {
                count[r - 1] = r;
                r--;
            }
            for (int i = 0; i < n; i++) {
                perm[i] = perm1[i];
            }
            int flips = 0;
            int k = perm[0];
            while (k != 0) {
                int i = 0;
                int j = k;
                while (i < j) {
                    int t = perm[i];
                    perm[i] = perm[j];
                    perm[j] = t;
                    i++;
                    j--;
                }
                flips++;
                k = perm[0];
            }
            if (flips > maxFlips) {
                maxFlips = flips;
            }
            checksum += (permCount % 2 == 0) ? flips : -flips;
            // Next permutation in the counting order.
            while (true) {
                if (r == n) {
                    Console.WriteLine(checksum);
                    Console.WriteLine("Pfannkuchen(" + n + ") = " + maxFlips);
                    return;
                }
                int first = perm1[0];
                for (int i = 0; i < r; i++) {
                    perm1[i] = perm1[i + 1];
                }
                perm1[r] = first;
                count[r]--;
                if (count[r] > 0) {
                    break;
                }
                r++;
            }
            permCount++;
        }
    }
}
