package java.lang.reflect;

/** Only array creation is supported (used by Arrays.copyOf and Collection.toArray). */
public final class Array {
    private Array() {
    }

    /** Allocates a zero-filled array of the given component class (primitive or reference). */
    private static native Object newArray(Class<?> componentType, int length) throws NegativeArraySizeException;

    public static Object newInstance(Class<?> componentType, int length) throws NegativeArraySizeException {
        if (componentType == null) {
            throw new NullPointerException();
        }
        if (length < 0) {
            throw new NegativeArraySizeException(Integer.toString(length));
        }
        return newArray(componentType, length);
    }
}
