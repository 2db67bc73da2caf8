package java.util.function;

import java.util.Objects;

@FunctionalInterface
public interface LongToIntFunction {
    int applyAsInt(long value);
}
