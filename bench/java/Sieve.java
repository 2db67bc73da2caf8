/** Sieve of Eratosthenes over a boolean array, repeated: array stores and loops. */
public class Sieve {
    static int countPrimes(boolean[] composite, int limit) {
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

    public static void main(String[] args) {
        int limit = args.length > 0 ? Integer.parseInt(args[0]) : 5000000;
        int rounds = 20;
        boolean[] composite = new boolean[limit];
        long checksum = 0;
        int count = 0;
        for (int r = 0; r < rounds; r++) {
            count = countPrimes(composite, limit);
            checksum = checksum * 31 + count;
        }
        System.out.println("primes below " + limit + ": " + count + " checksum " + checksum);
    }
}
