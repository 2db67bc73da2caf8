package java.util.function;

import java.util.Objects;

@FunctionalInterface
public interface ObjLongConsumer<T> {
    void accept(T t, long value);
}
