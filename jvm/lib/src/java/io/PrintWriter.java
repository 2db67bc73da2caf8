package java.io;

/** Prints formatted text to a Writer (or to an OutputStream, encoded as UTF-8). */
public class PrintWriter extends Writer {
    protected Writer out;
    private final boolean autoFlush;
    private boolean trouble;

    public PrintWriter(Writer out) {
        this(out, false);
    }

    public PrintWriter(Writer out, boolean autoFlush) {
        super(out);
        this.out = out;
        this.autoFlush = autoFlush;
    }

    public PrintWriter(OutputStream out) {
        this(out, false);
    }

    public PrintWriter(OutputStream out, boolean autoFlush) {
        this(new OutputStreamWriter(out), autoFlush);
    }

    public PrintWriter(String fileName) throws FileNotFoundException {
        this(new OutputStreamWriter(new PrintStream(fileName)), false);
    }

    private void emit(String s) {
        try {
            out.write(s, 0, s.length());
        } catch (IOException e) {
            trouble = true;
        }
    }

    private void newLine() {
        emit("\n");
        if (autoFlush) {
            flush();
        }
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            trouble = true;
        }
    }

    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            trouble = true;
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

    public void write(int c) {
        emit(String.valueOf((char) c));
    }

    public void write(char[] buf, int off, int len) {
        emit(String.valueOf(buf, off, len));
    }

    public void write(char[] buf) {
        emit(String.valueOf(buf));
    }

    public void write(String s, int off, int len) {
        emit(s.substring(off, off + len));
    }

    public void write(String s) {
        emit(s);
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

    public PrintWriter printf(String format, Object... args) {
        return format(format, args);
    }

    public PrintWriter printf(java.util.Locale l, String format, Object... args) {
        return format(l, format, args);
    }

    public PrintWriter format(String format, Object... args) {
        emit(new java.util.Formatter().format(format, args).toString());
        return this;
    }

    public PrintWriter format(java.util.Locale l, String format, Object... args) {
        emit(new java.util.Formatter(l).format(format, args).toString());
        return this;
    }

    public PrintWriter append(CharSequence csq) {
        emit(String.valueOf(csq));
        return this;
    }

    public PrintWriter append(CharSequence csq, int start, int end) {
        if (csq == null) {
            csq = "null";
        }
        emit(csq.subSequence(start, end).toString());
        return this;
    }

    public PrintWriter append(char c) {
        emit(String.valueOf(c));
        return this;
    }
}
