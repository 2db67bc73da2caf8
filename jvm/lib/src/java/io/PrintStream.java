package java.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Print stream. System.out/err are PrintStream(1)/PrintStream(2): text goes
 * to the runtime's buffered file descriptors through the writeString native.
 * Other instances encode to an OutputStream.
 */
public class PrintStream extends FilterOutputStream implements Appendable, Closeable {
    private final int fd;
    private final boolean autoFlush;
    private final Charset charset;
    private boolean trouble;
    private boolean closed;

    /** Appends the UTF-8 encoding of s to fd's output buffer (stdout is flushed at exit / before stderr writes). */
    private static native void writeString(int fd, String s);

    private static native void writeBytes(int fd, byte[] b, int off, int len);

    private static native void flush0(int fd);

    /** twain: a stream writing to file descriptor fd (1 = stdout, 2 = stderr). */
    public PrintStream(int fd) {
        super(null);
        this.fd = fd;
        this.autoFlush = true;
        // Standard streams encode in the runtime (UTF-8); no Charset needed.
        this.charset = null;
    }

    public PrintStream(OutputStream out) {
        this(out, false);
    }

    public PrintStream(OutputStream out, boolean autoFlush) {
        this(out, autoFlush, StandardCharsets.UTF_8);
    }

    public PrintStream(OutputStream out, boolean autoFlush, String encoding) throws UnsupportedEncodingException {
        this(out, autoFlush, charsetFor(encoding));
    }

    public PrintStream(OutputStream out, boolean autoFlush, Charset charset) {
        super(java.util.Objects.requireNonNull(out, "Null output stream"));
        this.fd = -1;
        this.autoFlush = autoFlush;
        this.charset = charset;
    }

    public PrintStream(String fileName) throws FileNotFoundException {
        this(failOpen(fileName));
    }

    private static OutputStream failOpen(String fileName) throws FileNotFoundException {
        throw new FileNotFoundException(fileName + " (Permission denied)");
    }

    private static Charset charsetFor(String encoding) throws UnsupportedEncodingException {
        java.util.Objects.requireNonNull(encoding, "charsetName");
        try {
            return Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            throw new UnsupportedEncodingException(encoding);
        }
    }

    private void emit(String s) {
        if (fd >= 0) {
            writeString(fd, s);
            return;
        }
        try {
            byte[] b = charset.encodeToBytes(s);
            out.write(b, 0, b.length);
        } catch (IOException e) {
            trouble = true;
        }
    }

    private void newLine() {
        emit("\n");
        if (autoFlush && fd < 0) {
            flush();
        }
    }

    public void flush() {
        if (fd >= 0) {
            flush0(fd);
            return;
        }
        try {
            out.flush();
        } catch (IOException e) {
            trouble = true;
        }
    }

    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        flush();
        if (fd < 0) {
            try {
                out.close();
            } catch (IOException e) {
                trouble = true;
            }
        }
    }

    public boolean checkError() {
        flush();
        return trouble;
    }

    protected void setError() {
        trouble = true;
    }

    protected void clearError() {
        trouble = false;
    }

    public void write(int b) {
        if (fd >= 0) {
            byte[] one = {(byte) b};
            writeBytes(fd, one, 0, 1);
            return;
        }
        try {
            out.write(b);
            if (b == '\n' && autoFlush) {
                out.flush();
            }
        } catch (IOException e) {
            trouble = true;
        }
    }

    public void write(byte[] buf, int off, int len) {
        java.util.Objects.checkFromIndexSize(off, len, buf.length);
        if (fd >= 0) {
            writeBytes(fd, buf, off, len);
            return;
        }
        try {
            out.write(buf, off, len);
            if (autoFlush) {
                out.flush();
            }
        } catch (IOException e) {
            trouble = true;
        }
    }

    public void write(byte[] buf) throws IOException {
        write(buf, 0, buf.length);
    }

    public void writeBytes(byte[] buf) {
        write(buf, 0, buf.length);
    }

    public void print(boolean b) {
        emit(String.valueOf(b));
    }

    public void print(char c) {
        emit(String.valueOf(c));
    }

    public void print(int i) {
        emit(String.valueOf(i));
    }

    public void print(long l) {
        emit(String.valueOf(l));
    }

    public void print(float f) {
        emit(String.valueOf(f));
    }

    public void print(double d) {
        emit(String.valueOf(d));
    }

    public void print(char[] s) {
        emit(String.valueOf(s));
    }

    public void print(String s) {
        emit(String.valueOf(s));
    }

    public void print(Object obj) {
        emit(String.valueOf(obj));
    }

    public void println() {
        newLine();
    }

    public void println(boolean b) {
        synchronized (this) {
            emit(String.valueOf(b));
            newLine();
        }
    }

    public void println(char c) {
        synchronized (this) {
            emit(String.valueOf(c));
            newLine();
        }
    }

    public void println(int i) {
        synchronized (this) {
            emit(String.valueOf(i));
            newLine();
        }
    }

    public void println(long l) {
        synchronized (this) {
            emit(String.valueOf(l));
            newLine();
        }
    }

    public void println(float f) {
        synchronized (this) {
            emit(String.valueOf(f));
            newLine();
        }
    }

    public void println(double d) {
        synchronized (this) {
            emit(String.valueOf(d));
            newLine();
        }
    }

    public void println(char[] s) {
        synchronized (this) {
            emit(String.valueOf(s));
            newLine();
        }
    }

    public void println(String s) {
        synchronized (this) {
            emit(String.valueOf(s));
            newLine();
        }
    }

    public void println(Object obj) {
        synchronized (this) {
            emit(String.valueOf(obj));
            newLine();
        }
    }

    public PrintStream printf(String format, Object... args) {
        return format(format, args);
    }

    public PrintStream printf(java.util.Locale l, String format, Object... args) {
        return format(l, format, args);
    }

    public PrintStream format(String format, Object... args) {
        emit(new java.util.Formatter().format(format, args).toString());
        return this;
    }

    public PrintStream format(java.util.Locale l, String format, Object... args) {
        emit(new java.util.Formatter(l).format(format, args).toString());
        return this;
    }

    public PrintStream append(CharSequence csq) {
        emit(String.valueOf(csq));
        return this;
    }

    public PrintStream append(CharSequence csq, int start, int end) {
        if (csq == null) {
            csq = "null";
        }
        emit(csq.subSequence(start, end).toString());
        return this;
    }

    public PrintStream append(char c) {
        emit(String.valueOf(c));
        return this;
    }
}
