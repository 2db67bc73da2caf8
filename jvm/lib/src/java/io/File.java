package java.io;

/** Path names only; twain has no file system access. */
public class File implements Serializable, Comparable<File> {
    public static final char separatorChar = '/';
    public static final String separator = "/";
    public static final char pathSeparatorChar = ':';
    public static final String pathSeparator = ":";

    private final String path;

    public File(String pathname) {
        if (pathname == null) {
            throw new NullPointerException();
        }
        this.path = pathname;
    }

    public File(String parent, String child) {
        this.path = (parent == null || parent.isEmpty()) ? child : parent + "/" + child;
    }

    public File(File parent, String child) {
        this(parent == null ? null : parent.path, child);
    }

    public String getName() {
        int i = path.lastIndexOf('/');
        return path.substring(i + 1);
    }

    public String getParent() {
        int i = path.lastIndexOf('/');
        return i <= 0 ? (i == 0 ? "/" : null) : path.substring(0, i);
    }

    public String getPath() {
        return path;
    }

    public boolean isAbsolute() {
        return path.startsWith("/");
    }

    public String getAbsolutePath() {
        return path;
    }

    public boolean exists() {
        return false;
    }

    public boolean isFile() {
        return false;
    }

    public boolean isDirectory() {
        return false;
    }

    public int compareTo(File other) {
        return path.compareTo(other.path);
    }

    public boolean equals(Object o) {
        return o instanceof File && ((File) o).path.equals(path);
    }

    public int hashCode() {
        return path.hashCode() ^ 1234321;
    }

    public String toString() {
        return path;
    }
}
