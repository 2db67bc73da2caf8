/** Naive doubly recursive Fibonacci: call overhead and int arithmetic. */
public class Fib {
    static int fib(int n) {
        if (n < 2) {
            return n;
        }
        return fib(n - 1) + fib(n - 2);
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        System.out.println("fib(" + n + ") = " + fib(n));
    }
}
