package java.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

public class OutputStreamWriter extends Writer {
    private final OutputStream out;
    private final Charset charset;
    private final StringBuilder pending = new StringBuilder();

    public OutputStreamWriter(OutputStream out) {
        this(out, StandardCharsets.UTF_8);
    }

    public OutputStreamWriter(OutputStream out, String charsetName) throws UnsupportedEncodingException {
        super(out);
        this.out = out;
        try {
            this.charset = Charset.forName(charsetName);
        } catch (IllegalArgumentException e) {
            throw new UnsupportedEncodingException(charsetName);
        }
    }

    public OutputStreamWriter(OutputStream out, Charset cs) {
        super(out);
        this.out = out;
        this.charset = cs;
    }

    public String getEncoding() {
        return charset.name();
    }

    public void write(char[] cbuf, int off, int len) throws IOException {
        pending.append(cbuf, off, len);
        if (pending.length() >= 8192) {
            flushBuffer();
        }
    }

    public void write(String str, int off, int len) throws IOException {
        pending.append(str, off, off + len);
        if (pending.length() >= 8192) {
            flushBuffer();
        }
    }

    private void flushBuffer() throws IOException {
        if (pending.length() == 0) {
            return;
        }
        int n = pending.length();
        // keep a trailing high surrogate for the next write
        if (Character.isHighSurrogate(pending.charAt(n - 1))) {
            n--;
        }
        byte[] b = charset.encodeToBytes(pending.substring(0, n));
        pending.delete(0, n);
        out.write(b, 0, b.length);
    }

    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    public void close() throws IOException {
        flush();
        out.close();
    }
}
