package java.util.function;

import java.util.Objects;

@FunctionalInterface
public interface DoubleToIntFunction {
    int applyAsInt(double value);
}
