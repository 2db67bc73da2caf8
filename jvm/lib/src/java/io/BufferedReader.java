package java.io;

public class BufferedReader extends Reader {
    private Reader in;
    private char[] cb;
    private int nChars;
    private int nextChar;
    private boolean skipLF;

    public BufferedReader(Reader in) {
        this(in, 8192);
    }

    public BufferedReader(Reader in, int sz) {
        super(in);
        if (sz <= 0) {
            throw new IllegalArgumentException("Buffer size <= 0");
        }
        this.in = in;
        cb = new char[sz];
    }

    private void ensureOpen() throws IOException {
        if (in == null) {
            throw new IOException("Stream closed");
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(cb, 0, cb.length);
        if (n <= 0) {
            return false;
        }
        nChars = n;
        nextChar = 0;
        return true;
    }

    public int read() throws IOException {
        ensureOpen();
        for (;;) {
            if (nextChar >= nChars && !fill()) {
                return -1;
            }
            if (skipLF) {
                skipLF = false;
                if (cb[nextChar] == '\n') {
                    nextChar++;
                    continue;
                }
            }
            return cb[nextChar++];
        }
    }

    public int read(char[] cbuf, int off, int len) throws IOException {
        ensureOpen();
        java.util.Objects.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) {
            return 0;
        }
        int c = read();
        if (c < 0) {
            return -1;
        }
        cbuf[off] = (char) c;
        int n = 1;
        while (n < len && nextChar < nChars) {
            cbuf[off + n++] = cb[nextChar++];
        }
        return n;
    }

    public String readLine() throws IOException {
        ensureOpen();
        StringBuilder s = null;
        for (;;) {
            if (nextChar >= nChars && !fill()) {
                return (s != null && s.length() > 0) ? s.toString() : null;
            }
            if (skipLF) {
                skipLF = false;
                if (cb[nextChar] == '\n') {
                    nextChar++;
                    continue;
                }
            }
            int start = nextChar;
            while (nextChar < nChars) {
                char c = cb[nextChar];
                if (c == '\n' || c == '\r') {
                    if (s == null) {
                        s = new StringBuilder();
                    }
                    s.append(cb, start, nextChar - start);
                    nextChar++;
                    if (c == '\r') {
                        skipLF = true;
                    }
                    return s.toString();
                }
                nextChar++;
            }
            if (s == null) {
                s = new StringBuilder();
            }
            s.append(cb, start, nextChar - start);
        }
    }

    public boolean ready() throws IOException {
        ensureOpen();
        return nextChar < nChars || in.ready();
    }

    public void close() throws IOException {
        if (in != null) {
            in.close();
            in = null;
        }
    }
}
