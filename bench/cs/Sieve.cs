// Sieve of Eratosthenes over a bool array, repeated: array stores and loops
// (C# twin of java/Sieve.java).
using System;

public class Sieve {
    static int CountPrimes(bool[] composite, int limit) {
        for (int i = 0; i < limit; i++) {
            composite[i] = false;
        }
        int count = 0;
        for (int i = 2; i < limit; i++) {
            if (!composite[i]) {
                count++;
                for (long j = (long) i * i; j < limit; j += i) {
                    composite[(int) j] = true;
                }
            }
        }
        return count;
    }

    public static void Main(string[] args) {
        int limit = args.Length > 0 ? int.Parse(args[0]) : 5000000;
        int rounds = 20;
        bool[] composite = new bool[limit];
        long checksum = 0;
        int count = 0;
        for (int r = 0; r < rounds; r++) {
            count = CountPrimes(composite, limit);
            checksum = checksum * 31 + count;
        }
        Console.WriteLine("primes below " + limit + ": " + count + " checksum " + checksum);
    }
}
