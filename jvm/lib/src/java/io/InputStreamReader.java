package java.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Decodes bytes (UTF-8 by default) from an InputStream. */
public class InputStreamReader extends Reader {
    private final InputStream in;
    private final Charset charset;
    private final byte[] bytes = new byte[8192];
    private int bstart;
    private int bend;
    private boolean eof;
    private int pendingLow = -1;

    public InputStreamReader(InputStream in) {
        this(in, StandardCharsets.UTF_8);
    }

    public InputStreamReader(InputStream in, String charsetName) throws UnsupportedEncodingException {
        super(in);
        this.in = in;
        try {
            this.charset = Charset.forName(charsetName);
        } catch (IllegalArgumentException e) {
            throw new UnsupportedEncodingException(charsetName);
        }
    }

    public InputStreamReader(InputStream in, Charset cs) {
        super(in);
        this.in = in;
        this.charset = cs;
    }

    public String getEncoding() {
        return charset.name();
    }

    private int nextByte() throws IOException {
        if (bstart >= bend) {
            if (eof) {
                return -1;
            }
            int n = in.read(bytes, 0, bytes.length);
            if (n <= 0) {
                eof = true;
                return -1;
            }
            bstart = 0;
            bend = n;
        }
        return bytes[bstart++] & 0xFF;
    }

    private int readChar() throws IOException {
        if (pendingLow >= 0) {
            int c = pendingLow;
            pendingLow = -1;
            return c;
        }
        int b = nextByte();
        if (b < 0) {
            return -1;
        }
        if (b < 0x80 || !charset.name().equals("UTF-8")) {
            return b;
        }
        int need;
        int cp;
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
            cp = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            cp = b & 0x0F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            cp = b & 0x07;
        } else {
            return 0xFFFD;
        }
        for (int i = 0; i < need; i++) {
            int c = nextByte();
            if (c < 0 || (c & 0xC0) != 0x80) {
                if (c >= 0) {
                    bstart--;
                }
                return 0xFFFD;
            }
            cp = (cp << 6) | (c & 0x3F);
        }
        if (cp >= 0x10000) {
            pendingLow = Character.lowSurrogate(cp);
            return Character.highSurrogate(cp);
        }
        return cp;
    }

    public int read() throws IOException {
        return readChar();
    }

    public int read(char[] cbuf, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len) {
            if (n > 0 && bstart >= bend && pendingLow < 0) {
                break; // do not block for more input once something was read
            }
            int c = readChar();
            if (c < 0) {
                break;
            }
            cbuf[off + n++] = (char) c;
        }
        return n == 0 ? -1 : n;
    }

    public boolean ready() throws IOException {
        return bstart < bend || pendingLow >= 0 || in.available() > 0;
    }

    public void close() throws IOException {
        in.close();
    }
}
