package java.lang;

import java.io.IOException;
import java.io.InputStream;

/** System.in: standard input with a small buffer, created without touching
 *  the file and charset machinery so that start-up stays cheap. */
final class StandardInput extends InputStream {
    private final byte[] buf = new byte[8192];
    private int pos;
    private int count;

    private static native int readBytes(int fd, byte[] b, int off, int len);

    private boolean fill() {
        pos = 0;
        count = readBytes(0, buf, 0, buf.length);
        return count > 0;
    }

    @Override
    public int read() throws IOException {
        if (pos >= count && !fill()) {
            return -1;
        }
        return buf[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (pos >= count && !fill()) {
            return -1;
        }
        int n = Math.min(len, count - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public int available() {
        return count - pos;
    }
}
