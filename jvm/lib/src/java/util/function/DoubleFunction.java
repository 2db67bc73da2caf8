package java.util.function;

import java.util.Objects;

@FunctionalInterface
public interface DoubleFunction<R> {
    R apply(double value);
}
