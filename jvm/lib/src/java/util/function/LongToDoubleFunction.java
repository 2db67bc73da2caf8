package java.util.function;

import java.util.Objects;

@FunctionalInterface
public interface LongToDoubleFunction {
    double applyAsDouble(long value);
}
