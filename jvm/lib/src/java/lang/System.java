package java.lang;

import java.io.InputStream;
import java.io.PrintStream;

public final class System {
    private System() {
    }

    public static final InputStream in = new StandardInput();
    public static final PrintStream out = new PrintStream(1);
    public static final PrintStream err = new PrintStream(2);

    private static PrintStream outOverride;

    public static native void arraycopy(Object src, int srcPos, Object dest, int destPos, int length);

    public static native long nanoTime();

    public static native long currentTimeMillis();

    public static native int identityHashCode(Object x);

    /** Flushes the buffered standard streams and terminates the process with status. */
    public static native void exit(int status);

    public static native void gc();

    public static void runFinalization() {
    }

    public static String lineSeparator() {
        return "\n";
    }

    public static String getProperty(String key) {
        if (key == null) {
            throw new NullPointerException("key can't be null");
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key can't be empty");
        }
        if (key.equals("line.separator")) {
            return "\n";
        }
        if (key.equals("java.version") || key.equals("java.specification.version")
                || key.equals("java.vm.specification.version")) {
            return "17";
        }
        if (key.equals("java.class.version")) {
            return "61.0";
        }
        if (key.equals("java.vendor") || key.equals("java.vm.name") || key.equals("java.vm.vendor")) {
            return "twain";
        }
        if (key.equals("os.name")) {
            return "Linux";
        }
        if (key.equals("file.separator")) {
            return "/";
        }
        if (key.equals("path.separator")) {
            return ":";
        }
        if (key.equals("file.encoding") || key.equals("sun.jnu.encoding") || key.equals("native.encoding")) {
            return "UTF-8";
        }
        if (key.equals("user.dir")) {
            return ".";
        }
        if (key.equals("java.io.tmpdir")) {
            return "/tmp";
        }
        return null;
    }

    public static String getProperty(String key, String def) {
        String v = getProperty(key);
        return v == null ? def : v;
    }

    public static String getenv(String name) {
        if (name == null) {
            throw new NullPointerException();
        }
        return null;
    }

    public static java.util.Map<String, String> getenv() {
        return java.util.Collections.emptyMap();
    }
}
