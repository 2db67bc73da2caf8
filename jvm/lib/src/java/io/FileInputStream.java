package java.io;

import java.util.Objects;

/** Reads a file descriptor; only standard input (FileDescriptor.in) is available in twain. */
public class FileInputStream extends InputStream {
    private final int fd;
    private final byte[] one = new byte[1];

    /** Reads up to len bytes from fd into b[off..]; returns the count, or -1 at end of input. */
    private static native int readBytes(int fd, byte[] b, int off, int len);

    public FileInputStream(String name) throws FileNotFoundException {
        throw new FileNotFoundException(name + " (No such file or directory)");
    }

    public FileInputStream(File file) throws FileNotFoundException {
        this(file.getPath());
    }

    public FileInputStream(FileDescriptor fdObj) {
        this.fd = fdObj.fd;
    }

    public int read() throws IOException {
        int n = readBytes(fd, one, 0, 1);
        return n <= 0 ? -1 : (one[0] & 0xFF);
    }

    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        return readBytes(fd, b, off, len);
    }
}
