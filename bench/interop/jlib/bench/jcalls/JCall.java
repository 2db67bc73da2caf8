package bench.jcalls;

public interface JCall { int i(int x); }
