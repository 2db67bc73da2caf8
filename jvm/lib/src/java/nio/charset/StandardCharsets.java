package java.nio.charset;

public final class StandardCharsets {
    private StandardCharsets() {
    }

    public static final Charset US_ASCII = new Charset.Simple("US-ASCII", 2);
    public static final Charset ISO_8859_1 = new Charset.Simple("ISO-8859-1", 1);
    public static final Charset UTF_8 = new Charset.Simple("UTF-8", 0);
    public static final Charset UTF_16BE = new Charset.Simple("UTF-16BE", 3);
    public static final Charset UTF_16LE = new Charset.Simple("UTF-16LE", 4);
    public static final Charset UTF_16 = new Charset.Simple("UTF-16", 5);
}
