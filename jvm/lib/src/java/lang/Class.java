package java.lang;

/**
 * Runtime class object. The runtime creates Class instances and sets the
 * private field {@code name} (binary name with dots; arrays like "[I" and
 * "[Ljava.lang.String;"; primitives "int" etc.).
 */
public final class Class<T> implements java.io.Serializable {
    private String name;

    private Class() {
    }

    /** Class object for a primitive type name ("int", "void", ...). */
    static native Class<?> getPrimitiveClass(String name);

    public native boolean isInterface();

    public native boolean isArray();

    public native boolean isPrimitive();

    public native boolean isInstance(Object obj);

    public native boolean isAssignableFrom(Class<?> cls);

    public native Class<? super T> getSuperclass();

    /** The enum constants (the runtime calls the enum class's static values()); null if not an enum. */
    public native T[] getEnumConstants();

    public native Class<?> getComponentType();

    public boolean isEnum() {
        Class<? super T> s = getSuperclass();
        return s == Enum.class && this != Enum.class;
    }

    public boolean isRecord() {
        return getSuperclass() == Record.class;
    }

    public boolean isAnnotation() {
        return false;
    }

    public boolean isAnonymousClass() {
        return !isArray() && getSimpleName().isEmpty();
    }

    public boolean desiredAssertionStatus() {
        return false;
    }

    @SuppressWarnings("unchecked")
    public T cast(Object obj) {
        if (obj != null && !isInstance(obj)) {
            throw new ClassCastException("Cannot cast " + obj.getClass().getName() + " to " + getName());
        }
        return (T) obj;
    }

    public String getName() {
        return name;
    }

    public String getSimpleName() {
        if (isArray()) {
            return getComponentType().getSimpleName() + "[]";
        }
        String n = name;
        int dot = n.lastIndexOf('.');
        n = n.substring(dot + 1);
        int dollar = n.lastIndexOf('$');
        if (dollar < 0) {
            return n;
        }
        n = n.substring(dollar + 1);
        int i = 0;
        while (i < n.length() && n.charAt(i) >= '0' && n.charAt(i) <= '9') {
            i++;
        }
        return n.substring(i);
    }

    public String getTypeName() {
        if (isArray()) {
            return getComponentType().getTypeName() + "[]";
        }
        return name;
    }

    public String getCanonicalName() {
        if (isArray()) {
            String c = getComponentType().getCanonicalName();
            return c == null ? null : c + "[]";
        }
        return name.replace('$', '.');
    }

    public String getPackageName() {
        Class<?> c = this;
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive()) {
            return "java.lang";
        }
        int dot = c.name.lastIndexOf('.');
        return dot < 0 ? "" : c.name.substring(0, dot);
    }

    public Class<?> arrayType() {
        throw new UnsupportedOperationException("arrayType");
    }

    public String toString() {
        return (isInterface() ? "interface " : (isPrimitive() ? "" : "class ")) + getName();
    }
}
