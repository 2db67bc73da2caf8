package java.util.function;

import java.util.Objects;

@FunctionalInterface
public interface DoubleToLongFunction {
    long applyAsLong(double value);
}
