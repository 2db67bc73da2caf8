package java.nio.charset;

/**
 * A named character encoding. twain supports UTF-8, ISO-8859-1, US-ASCII and
 * UTF-16 (BE/LE); encoding and decoding go through the non-standard methods
 * encodeToBytes/decodeToString (there is no java.nio buffer support).
 */
public abstract class Charset implements Comparable<Charset> {
    private final String name;

    protected Charset(String canonicalName, String[] aliases) {
        this.name = canonicalName;
    }

    public final String name() {
        return name;
    }

    public String displayName() {
        return name;
    }

    public final String toString() {
        return name;
    }

    public final boolean equals(Object o) {
        return o instanceof Charset && name.equals(((Charset) o).name);
    }

    public final int hashCode() {
        return name.hashCode();
    }

    public final int compareTo(Charset that) {
        return name.compareToIgnoreCase(that.name);
    }

    public boolean canEncode() {
        return true;
    }

    public static Charset defaultCharset() {
        return StandardCharsets.UTF_8;
    }

    public static boolean isSupported(String charsetName) {
        return lookup(charsetName) != null;
    }

    public static Charset forName(String charsetName) {
        Charset cs = lookup(charsetName);
        if (cs == null) {
            throw new UnsupportedCharsetException(charsetName);
        }
        return cs;
    }

    private static Charset lookup(String n) {
        if (n == null) {
            throw new IllegalArgumentException("Null charset name");
        }
        String u = n.toUpperCase();
        if (u.equals("UTF-8") || u.equals("UTF8")) {
            return StandardCharsets.UTF_8;
        }
        if (u.equals("ISO-8859-1") || u.equals("ISO8859_1") || u.equals("LATIN1") || u.equals("ISO-LATIN-1")) {
            return StandardCharsets.ISO_8859_1;
        }
        if (u.equals("US-ASCII") || u.equals("ASCII")) {
            return StandardCharsets.US_ASCII;
        }
        if (u.equals("UTF-16BE")) {
            return StandardCharsets.UTF_16BE;
        }
        if (u.equals("UTF-16LE")) {
            return StandardCharsets.UTF_16LE;
        }
        if (u.equals("UTF-16")) {
            return StandardCharsets.UTF_16;
        }
        return null;
    }

    /** twain extension: decodes bytes[off .. off+len) to a string. */
    public abstract String decodeToString(byte[] bytes, int off, int len);

    /** twain extension: encodes s into a new byte array. */
    public abstract byte[] encodeToBytes(String s);

    static final class Simple extends Charset {
        private final int kind; // 0 utf8, 1 latin1, 2 ascii, 3 utf16be, 4 utf16le, 5 utf16 (BOM)

        Simple(String name, int kind) {
            super(name, null);
            this.kind = kind;
        }

        public String decodeToString(byte[] b, int off, int len) {
            StringBuilder sb = new StringBuilder(len);
            int end = off + len;
            if (kind == 1 || kind == 2) {
                for (int i = off; i < end; i++) {
                    int v = b[i] & 0xFF;
                    sb.append(kind == 2 && v >= 128 ? '\uFFFD' : (char) v);
                }
                return sb.toString();
            }
            if (kind >= 3) {
                boolean le = kind == 4;
                int i = off;
                if (kind == 5 && len >= 2) {
                    int b0 = b[off] & 0xFF;
                    int b1 = b[off + 1] & 0xFF;
                    if (b0 == 0xFE && b1 == 0xFF) {
                        i += 2;
                    } else if (b0 == 0xFF && b1 == 0xFE) {
                        i += 2;
                        le = true;
                    }
                }
                for (; i + 1 < end; i += 2) {
                    int hi = b[le ? i + 1 : i] & 0xFF;
                    int lo = b[le ? i : i + 1] & 0xFF;
                    sb.append((char) ((hi << 8) | lo));
                }
                if (i < end) {
                    sb.append('\uFFFD');
                }
                return sb.toString();
            }
            int i = off;
            while (i < end) {
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    sb.append((char) c);
                    i++;
                    continue;
                }
                int need;
                int cp;
                int min;
                if (c >= 0xC2 && c <= 0xDF) {
                    need = 1;
                    cp = c & 0x1F;
                    min = 0x80;
                } else if (c >= 0xE0 && c <= 0xEF) {
                    need = 2;
                    cp = c & 0x0F;
                    min = 0x800;
                } else if (c >= 0xF0 && c <= 0xF4) {
                    need = 3;
                    cp = c & 0x07;
                    min = 0x10000;
                } else {
                    sb.append('\uFFFD');
                    i++;
                    continue;
                }
                int j = i + 1;
                boolean bad = false;
                for (int k = 0; k < need; k++, j++) {
                    if (j >= end || (b[j] & 0xC0) != 0x80) {
                        bad = true;
                        break;
                    }
                    cp = (cp << 6) | (b[j] & 0x3F);
                }
                if (bad || cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    sb.append('\uFFFD');
                    i = j;
                    continue;
                }
                sb.appendCodePoint(cp);
                i = j;
            }
            return sb.toString();
        }

        public byte[] encodeToBytes(String s) {
            int n = s.length();
            if (kind == 1 || kind == 2) {
                byte[] r = new byte[n];
                int lim = kind == 1 ? 0xFF : 0x7F;
                int p = 0;
                for (int i = 0; i < n; i++) {
                    char c = s.charAt(i);
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        i++;
                        c = '?';
                    }
                    r[p++] = c <= lim ? (byte) c : (byte) '?';
                }
                if (p != n) {
                    byte[] t = new byte[p];
                    System.arraycopy(r, 0, t, 0, p);
                    r = t;
                }
                return r;
            }
            if (kind >= 3) {
                boolean bom = kind == 5;
                byte[] r = new byte[n * 2 + (bom ? 2 : 0)];
                int p = 0;
                if (bom) {
                    r[p++] = (byte) 0xFE;
                    r[p++] = (byte) 0xFF;
                }
                for (int i = 0; i < n; i++) {
                    char c = s.charAt(i);
                    if (kind == 4) {
                        r[p++] = (byte) c;
                        r[p++] = (byte) (c >> 8);
                    } else {
                        r[p++] = (byte) (c >> 8);
                        r[p++] = (byte) c;
                    }
                }
                return r;
            }
            int size = 0;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    size += 1;
                } else if (c < 0x800) {
                    size += 2;
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    size += 4;
                    i++;
                } else if (Character.isSurrogate(c)) {
                    size += 1;
                } else {
                    size += 3;
                }
            }
            byte[] r = new byte[size];
            int p = 0;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    r[p++] = (byte) c;
                } else if (c < 0x800) {
                    r[p++] = (byte) (0xC0 | (c >> 6));
                    r[p++] = (byte) (0x80 | (c & 0x3F));
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    r[p++] = (byte) (0xF0 | (cp >> 18));
                    r[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    r[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    r[p++] = (byte) (0x80 | (cp & 0x3F));
                } else if (Character.isSurrogate(c)) {
                    r[p++] = (byte) '?';
                } else {
                    r[p++] = (byte) (0xE0 | (c >> 12));
                    r[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                    r[p++] = (byte) (0x80 | (c & 0x3F));
                }
            }
            return r;
        }
    }
}
