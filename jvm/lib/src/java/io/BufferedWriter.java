package java.io;

public class BufferedWriter extends Writer {
    private Writer out;
    private final StringBuilder buf = new StringBuilder();
    private final int size;

    public BufferedWriter(Writer out) {
        this(out, 8192);
    }

    public BufferedWriter(Writer out, int sz) {
        super(out);
        if (sz <= 0) {
            throw new IllegalArgumentException("Buffer size <= 0");
        }
        this.out = out;
        this.size = sz;
    }

    private void ensureOpen() throws IOException {
        if (out == null) {
            throw new IOException("Stream closed");
        }
    }

    private void flushBuffer() throws IOException {
        ensureOpen();
        if (buf.length() > 0) {
            out.write(buf.toString());
            buf.setLength(0);
        }
    }

    public void write(int c) throws IOException {
        ensureOpen();
        buf.append((char) c);
        if (buf.length() >= size) {
            flushBuffer();
        }
    }

    public void write(char[] cbuf, int off, int len) throws IOException {
        ensureOpen();
        buf.append(cbuf, off, len);
        if (buf.length() >= size) {
            flushBuffer();
        }
    }

    public void write(String s, int off, int len) throws IOException {
        ensureOpen();
        buf.append(s, off, off + len);
        if (buf.length() >= size) {
            flushBuffer();
        }
    }

    public void newLine() throws IOException {
        write('\n');
    }

    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    public void close() throws IOException {
        if (out == null) {
            return;
        }
        try {
            flushBuffer();
            out.close();
        } finally {
            out = null;
        }
    }
}
