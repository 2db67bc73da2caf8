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
        if (isPrimitive()) {
            return false;
        }
        Class<? super T> s = getSuperclass();
        return s == Enum.class && this != Enum.class;
    }

    public boolean isRecord() {
        return !isPrimitive() && getSuperclass() == Record.class;
    }

    public boolean isAnnotation() {
        return false;
    }

    public boolean isAnonymousClass() {
        String seg = lastNestedSegment();
        if (seg == null || seg.isEmpty()) {
            return false;
        }
        for (int i = 0; i < seg.length(); i++) {
            char ch = seg.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }

    public boolean isLocalClass() {
        String seg = lastNestedSegment();
        if (seg == null || seg.isEmpty()) {
            return false;
        }
        char first = seg.charAt(0);
        if (first < '0' || first > '9') {
            return false;
        }
        return !isAnonymousClass();
    }

    public boolean isMemberClass() {
        String seg = lastNestedSegment();
        if (seg == null || seg.isEmpty()) {
            return false;
        }
        char first = seg.charAt(0);
        return first < '0' || first > '9';
    }

    /** The part of the binary name after the last '$' (null for arrays, primitives and top-level classes). */
    private String lastNestedSegment() {
        if (isPrimitive() || isArray()) {
            return null;
        }
        String n = name;
        int dot = n.lastIndexOf('.');
        int dollar = n.lastIndexOf('$');
        if (dollar <= dot + 1) {
            return null;
        }
        return n.substring(dollar + 1);
    }

    /** Array nesting depth of this class (0 for non-arrays). */
    private int arrayDepth() {
        String n = name;
        if (isPrimitive()) {
            return 0;
        }
        int d = 0;
        while (d < n.length() && n.charAt(d) == '[') {
            d++;
        }
        return d;
    }

    /** Binary name (with dots) of the innermost element type of an array class. */
    private String elementName() {
        String n = name;
        int d = arrayDepth();
        char t = n.charAt(d);
        switch (t) {
            case 'Z': return "boolean";
            case 'B': return "byte";
            case 'C': return "char";
            case 'S': return "short";
            case 'I': return "int";
            case 'J': return "long";
            case 'F': return "float";
            case 'D': return "double";
            case 'V': return "void";
            default: return n.substring(d + 1, n.length() - 1);
        }
    }

    private static String brackets(int depth) {
        StringBuilder sb = new StringBuilder(depth * 2);
        for (int i = 0; i < depth; i++) {
            sb.append("[]");
        }
        return sb.toString();
    }

    private static String simpleNameOf(String n) {
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

    /** Canonical name of a non-array binary name; null if it is (nested in) a local or anonymous class. */
    private static String canonicalNameOf(String n) {
        int dot = n.lastIndexOf('.');
        int i = n.indexOf('$', dot + 1);
        while (i >= 0) {
            if (i + 1 < n.length()) {
                char ch = n.charAt(i + 1);
                if (ch >= '0' && ch <= '9') {
                    return null;
                }
            }
            i = n.indexOf('$', i + 1);
        }
        return n.replace('$', '.');
    }

    public boolean desiredAssertionStatus() {
        return false;
    }

    @SuppressWarnings("unchecked")
    public T cast(Object obj) {
        if (obj != null && (isPrimitive() || !isInstance(obj))) {
            throw new ClassCastException("Cannot cast " + obj.getClass().getName() + " to " + getName());
        }
        return (T) obj;
    }

    public String getName() {
        return name;
    }

    public String getSimpleName() {
        if (isPrimitive()) {
            return name;
        }
        if (isArray()) {
            return simpleNameOf(elementName()) + brackets(arrayDepth());
        }
        return simpleNameOf(name);
    }

    public String getTypeName() {
        if (isPrimitive()) {
            return name;
        }
        if (isArray()) {
            return elementName() + brackets(arrayDepth());
        }
        return name;
    }

    public String getCanonicalName() {
        if (isPrimitive()) {
            return name;
        }
        if (isArray()) {
            String c = canonicalNameOf(elementName());
            return c == null ? null : c + brackets(arrayDepth());
        }
        return canonicalNameOf(name);
    }

    public String getPackageName() {
        String n = name;
        if (isPrimitive()) {
            return "java.lang";
        }
        if (isArray()) {
            if (n.charAt(arrayDepth()) != 'L') {
                return "java.lang";
            }
            n = elementName();
        }
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(0, dot);
    }

    public Class<?> arrayType() {
        throw new UnsupportedOperationException("arrayType");
    }

    public String toString() {
        if (isPrimitive()) {
            return getName();
        }
        return (isInterface() ? "interface " : "class ") + getName();
    }
}
