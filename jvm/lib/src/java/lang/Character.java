package java.lang;

/**
 * Character utilities. ASCII/Latin-1 answers are computed here; Unicode
 * properties for code points >= 128 come from the runtime natives *Cp.
 */
public final class Character implements java.io.Serializable, Comparable<Character> {
    public static final int MIN_RADIX = 2;
    public static final int MAX_RADIX = 36;
    public static final char MIN_VALUE = '\u0000';
    public static final char MAX_VALUE = '\uFFFF';
    @SuppressWarnings("unchecked")
    public static final Class<Character> TYPE = (Class<Character>) Class.getPrimitiveClass("char");
    public static final char MIN_HIGH_SURROGATE = '\uD800';
    public static final char MAX_HIGH_SURROGATE = '\uDBFF';
    public static final char MIN_LOW_SURROGATE = '\uDC00';
    public static final char MAX_LOW_SURROGATE = '\uDFFF';
    public static final char MIN_SURROGATE = MIN_HIGH_SURROGATE;
    public static final char MAX_SURROGATE = MAX_LOW_SURROGATE;
    public static final int MIN_SUPPLEMENTARY_CODE_POINT = 0x010000;
    public static final int MIN_CODE_POINT = 0x000000;
    public static final int MAX_CODE_POINT = 0X10FFFF;
    public static final int SIZE = 16;
    public static final int BYTES = 2;

    private static final Character[] CACHE = new Character[128];

    static {
        for (int i = 0; i < 128; i++) {
            CACHE[i] = new Character((char) i);
        }
    }

    private static native int toUpperCaseCp(int codePoint);

    private static native int toLowerCaseCp(int codePoint);

    private static native boolean isLetterCp(int codePoint);

    private static native boolean isDigitCp(int codePoint);

    private static native boolean isUpperCaseCp(int codePoint);

    private static native boolean isLowerCaseCp(int codePoint);

    private static native boolean isAlphabeticCp(int codePoint);

    private static native boolean isWhitespaceCp(int codePoint);

    private final char value;

    @Deprecated(since = "9")
    public Character(char value) {
        this.value = value;
    }

    public static Character valueOf(char c) {
        if (c < 128) {
            return CACHE[c];
        }
        return new Character(c);
    }

    public char charValue() {
        return value;
    }

    public int hashCode() {
        return (int) value;
    }

    public static int hashCode(char value) {
        return (int) value;
    }

    public boolean equals(Object obj) {
        if (obj instanceof Character) {
            return value == ((Character) obj).charValue();
        }
        return false;
    }

    public String toString() {
        return String.valueOf(value);
    }

    public static String toString(char c) {
        return String.valueOf(c);
    }

    public static String toString(int codePoint) {
        if (!isValidCodePoint(codePoint)) {
            throw new IllegalArgumentException(
                    "Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase());
        }
        return String.valueOf(toChars(codePoint));
    }

    public int compareTo(Character anotherCharacter) {
        return compare(this.value, anotherCharacter.value);
    }

    public static int compare(char x, char y) {
        return x - y;
    }

    public static char reverseBytes(char ch) {
        return (char) (((ch & 0xFF00) >> 8) | (ch << 8));
    }

    // ---- code points ---------------------------------------------------------

    public static boolean isValidCodePoint(int codePoint) {
        return codePoint >= 0 && codePoint <= MAX_CODE_POINT;
    }

    public static boolean isBmpCodePoint(int codePoint) {
        return codePoint >>> 16 == 0;
    }

    public static boolean isSupplementaryCodePoint(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT && codePoint < MAX_CODE_POINT + 1;
    }

    public static boolean isHighSurrogate(char ch) {
        return ch >= MIN_HIGH_SURROGATE && ch < (MAX_HIGH_SURROGATE + 1);
    }

    public static boolean isLowSurrogate(char ch) {
        return ch >= MIN_LOW_SURROGATE && ch < (MAX_LOW_SURROGATE + 1);
    }

    public static boolean isSurrogate(char ch) {
        return ch >= MIN_SURROGATE && ch < (MAX_SURROGATE + 1);
    }

    public static boolean isSurrogatePair(char high, char low) {
        return isHighSurrogate(high) && isLowSurrogate(low);
    }

    public static int charCount(int codePoint) {
        return codePoint >= MIN_SUPPLEMENTARY_CODE_POINT ? 2 : 1;
    }

    public static int toCodePoint(char high, char low) {
        return ((high << 10) + low) + (MIN_SUPPLEMENTARY_CODE_POINT - (MIN_HIGH_SURROGATE << 10) - MIN_LOW_SURROGATE);
    }

    public static char highSurrogate(int codePoint) {
        return (char) ((codePoint >>> 10) + (MIN_HIGH_SURROGATE - (MIN_SUPPLEMENTARY_CODE_POINT >>> 10)));
    }

    public static char lowSurrogate(int codePoint) {
        return (char) ((codePoint & 0x3ff) + MIN_LOW_SURROGATE);
    }

    public static int codePointAt(CharSequence seq, int index) {
        char c1 = seq.charAt(index);
        if (isHighSurrogate(c1) && ++index < seq.length()) {
            char c2 = seq.charAt(index);
            if (isLowSurrogate(c2)) {
                return toCodePoint(c1, c2);
            }
        }
        return c1;
    }

    public static int codePointAt(char[] a, int index) {
        return codePointAt(a, index, a.length);
    }

    public static int codePointAt(char[] a, int index, int limit) {
        if (index >= limit || index < 0 || limit > a.length) {
            throw new IndexOutOfBoundsException();
        }
        char c1 = a[index];
        if (isHighSurrogate(c1) && ++index < limit) {
            char c2 = a[index];
            if (isLowSurrogate(c2)) {
                return toCodePoint(c1, c2);
            }
        }
        return c1;
    }

    public static int codePointBefore(CharSequence seq, int index) {
        char c2 = seq.charAt(--index);
        if (isLowSurrogate(c2) && index > 0) {
            char c1 = seq.charAt(--index);
            if (isHighSurrogate(c1)) {
                return toCodePoint(c1, c2);
            }
        }
        return c2;
    }

    public static int codePointBefore(char[] a, int index) {
        char c2 = a[--index];
        if (isLowSurrogate(c2) && index > 0) {
            char c1 = a[--index];
            if (isHighSurrogate(c1)) {
                return toCodePoint(c1, c2);
            }
        }
        return c2;
    }

    public static int codePointCount(CharSequence seq, int beginIndex, int endIndex) {
        int length = seq.length();
        if (beginIndex < 0 || endIndex > length || beginIndex > endIndex) {
            throw new IndexOutOfBoundsException();
        }
        int n = endIndex - beginIndex;
        for (int i = beginIndex; i < endIndex;) {
            if (isHighSurrogate(seq.charAt(i++)) && i < endIndex && isLowSurrogate(seq.charAt(i))) {
                n--;
                i++;
            }
        }
        return n;
    }

    public static int codePointCount(char[] a, int offset, int count) {
        if (count > a.length - offset || offset < 0 || count < 0) {
            throw new IndexOutOfBoundsException();
        }
        int endIndex = offset + count;
        int n = count;
        for (int i = offset; i < endIndex;) {
            if (isHighSurrogate(a[i++]) && i < endIndex && isLowSurrogate(a[i])) {
                n--;
                i++;
            }
        }
        return n;
    }

    public static int offsetByCodePoints(CharSequence seq, int index, int codePointOffset) {
        int length = seq.length();
        if (index < 0 || index > length) {
            throw new IndexOutOfBoundsException();
        }
        int x = index;
        if (codePointOffset >= 0) {
            int i;
            for (i = 0; x < length && i < codePointOffset; i++) {
                if (isHighSurrogate(seq.charAt(x++)) && x < length && isLowSurrogate(seq.charAt(x))) {
                    x++;
                }
            }
            if (i < codePointOffset) {
                throw new IndexOutOfBoundsException();
            }
        } else {
            int i;
            for (i = codePointOffset; x > 0 && i < 0; i++) {
                if (isLowSurrogate(seq.charAt(--x)) && x > 0 && isHighSurrogate(seq.charAt(x - 1))) {
                    x--;
                }
            }
            if (i < 0) {
                throw new IndexOutOfBoundsException();
            }
        }
        return x;
    }

    public static char[] toChars(int codePoint) {
        if (isBmpCodePoint(codePoint)) {
            return new char[] {(char) codePoint};
        }
        if (isValidCodePoint(codePoint)) {
            return new char[] {highSurrogate(codePoint), lowSurrogate(codePoint)};
        }
        throw new IllegalArgumentException(
                "Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase());
    }

    public static int toChars(int codePoint, char[] dst, int dstIndex) {
        if (isBmpCodePoint(codePoint)) {
            dst[dstIndex] = (char) codePoint;
            return 1;
        }
        if (isValidCodePoint(codePoint)) {
            dst[dstIndex + 1] = lowSurrogate(codePoint);
            dst[dstIndex] = highSurrogate(codePoint);
            return 2;
        }
        throw new IllegalArgumentException(
                "Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase());
    }

    // ---- properties -----------------------------------------------------------

    public static boolean isLowerCase(char ch) {
        return isLowerCase((int) ch);
    }

    public static boolean isLowerCase(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z';
        }
        return isLowerCaseCp(cp);
    }

    public static boolean isUpperCase(char ch) {
        return isUpperCase((int) ch);
    }

    public static boolean isUpperCase(int cp) {
        if (cp < 128) {
            return cp >= 'A' && cp <= 'Z';
        }
        return isUpperCaseCp(cp);
    }

    public static boolean isTitleCase(char ch) {
        return isTitleCase((int) ch);
    }

    public static boolean isTitleCase(int cp) {
        return cp == 0x01C5 || cp == 0x01C8 || cp == 0x01CB || cp == 0x01F2
                || (cp >= 0x1F88 && cp <= 0x1F8F) || (cp >= 0x1F98 && cp <= 0x1F9F)
                || (cp >= 0x1FA8 && cp <= 0x1FAF) || cp == 0x1FBC || cp == 0x1FCC || cp == 0x1FFC;
    }

    public static boolean isDigit(char ch) {
        return isDigit((int) ch);
    }

    public static boolean isDigit(int cp) {
        if (cp < 128) {
            return cp >= '0' && cp <= '9';
        }
        return isDigitCp(cp);
    }

    public static boolean isDefined(char ch) {
        return true;
    }

    public static boolean isDefined(int cp) {
        return isValidCodePoint(cp);
    }

    public static boolean isLetter(char ch) {
        return isLetter((int) ch);
    }

    public static boolean isLetter(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
        }
        return isLetterCp(cp);
    }

    public static boolean isLetterOrDigit(char ch) {
        return isLetterOrDigit((int) ch);
    }

    public static boolean isLetterOrDigit(int cp) {
        return isLetter(cp) || isDigit(cp);
    }

    public static boolean isAlphabetic(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
        }
        return isAlphabeticCp(cp);
    }

    public static boolean isIdeographic(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x20000 && cp <= 0x3134F) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x3006 && cp <= 0x3007) || (cp >= 0x3021 && cp <= 0x3029);
    }

    public static boolean isJavaIdentifierStart(char ch) {
        return isJavaIdentifierStart((int) ch);
    }

    public static boolean isJavaIdentifierStart(int cp) {
        if (cp < 128) {
            return isLetter(cp) || cp == '_' || cp == '$';
        }
        return isLetter(cp) || (cp >= 0xA2 && cp <= 0xA5);
    }

    public static boolean isJavaIdentifierPart(char ch) {
        return isJavaIdentifierPart((int) ch);
    }

    public static boolean isJavaIdentifierPart(int cp) {
        if (cp < 128) {
            return isLetterOrDigit(cp) || cp == '_' || cp == '$' || (cp <= 8) || (cp >= 0xE && cp <= 0x1B)
                    || cp == 0x7F;
        }
        return isLetterOrDigit(cp) || isIdentifierIgnorable(cp) || (cp >= 0xA2 && cp <= 0xA5);
    }

    public static boolean isUnicodeIdentifierStart(int cp) {
        return isLetter(cp);
    }

    public static boolean isUnicodeIdentifierPart(int cp) {
        return isLetterOrDigit(cp) || cp == '_' || isIdentifierIgnorable(cp);
    }

    public static boolean isIdentifierIgnorable(char ch) {
        return isIdentifierIgnorable((int) ch);
    }

    public static boolean isIdentifierIgnorable(int cp) {
        return (cp >= 0 && cp <= 8) || (cp >= 0xE && cp <= 0x1B) || (cp >= 0x7F && cp <= 0x9F) || cp == 0xAD
                || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || cp == 0xFEFF;
    }

    public static boolean isSpaceChar(char ch) {
        return isSpaceChar((int) ch);
    }

    public static boolean isSpaceChar(int cp) {
        if (cp == ' ' || cp == 0xA0 || cp == 0x1680 || cp == 0x2028 || cp == 0x2029 || cp == 0x202F
                || cp == 0x205F || cp == 0x3000) {
            return true;
        }
        return cp >= 0x2000 && cp <= 0x200A;
    }

    public static boolean isWhitespace(char ch) {
        return isWhitespace((int) ch);
    }

    public static boolean isWhitespace(int cp) {
        if (cp < 128) {
            return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
        }
        return isWhitespaceCp(cp);
    }

    public static boolean isISOControl(char ch) {
        return isISOControl((int) ch);
    }

    public static boolean isISOControl(int cp) {
        return cp <= 0x9F && (cp >= 0x7F || (cp >>> 5 == 0));
    }

    public static boolean isMirrored(char ch) {
        return "()<>[]{}\u00ab\u00bb".indexOf(ch) >= 0;
    }

    // ---- case mapping ----------------------------------------------------------

    public static char toLowerCase(char ch) {
        return (char) toLowerCase((int) ch);
    }

    public static int toLowerCase(int cp) {
        if (cp < 128) {
            return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
        }
        return toLowerCaseCp(cp);
    }

    public static char toUpperCase(char ch) {
        return (char) toUpperCase((int) ch);
    }

    public static int toUpperCase(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
        }
        return toUpperCaseCp(cp);
    }

    public static char toTitleCase(char ch) {
        return (char) toTitleCase((int) ch);
    }

    public static int toTitleCase(int cp) {
        if (cp >= 0x01C4 && cp <= 0x01CC) {
            return cp <= 0x01C6 ? 0x01C5 : (cp <= 0x01C9 ? 0x01C8 : 0x01CB);
        }
        if (cp >= 0x01F1 && cp <= 0x01F3) {
            return 0x01F2;
        }
        return toUpperCase(cp);
    }

    // ---- digits -------------------------------------------------------------------

    public static int digit(char ch, int radix) {
        return digit((int) ch, radix);
    }

    public static int digit(int cp, int radix) {
        if (radix < MIN_RADIX || radix > MAX_RADIX) {
            return -1;
        }
        int v = -1;
        if (cp >= '0' && cp <= '9') {
            v = cp - '0';
        } else if (cp >= 'a' && cp <= 'z') {
            v = cp - 'a' + 10;
        } else if (cp >= 'A' && cp <= 'Z') {
            v = cp - 'A' + 10;
        } else if (cp >= 0xFF21 && cp <= 0xFF3A) { // fullwidth Latin capital letters
            v = cp - 0xFF21 + 10;
        } else if (cp >= 0xFF41 && cp <= 0xFF5A) { // fullwidth Latin small letters
            v = cp - 0xFF41 + 10;
        } else if (cp >= 128 && isDigitCp(cp)) {
            v = unicodeDigitValue(cp);
        }
        return v < radix ? v : -1;
    }

    /** Decimal digits come in runs of ten starting at digit zero. */
    private static int unicodeDigitValue(int cp) {
        int k = 0;
        while (k < 40 && isDigitCp(cp - k - 1)) {
            k++;
        }
        return k % 10;
    }

    public static int getNumericValue(char ch) {
        return getNumericValue((int) ch);
    }

    public static int getNumericValue(int cp) {
        int v = digit(cp, MAX_RADIX);
        if (v >= 0) {
            return v;
        }
        if (cp == 0xBD) {
            return -2;
        }
        if (cp >= 0x2160 && cp <= 0x216B) { // Roman numerals I..XII
            return cp - 0x2160 + 1;
        }
        if (cp >= 0x2170 && cp <= 0x217B) {
            return cp - 0x2170 + 1;
        }
        return -1;
    }

    public static char forDigit(int digit, int radix) {
        if ((digit >= radix) || (digit < 0)) {
            return '\0';
        }
        if ((radix < MIN_RADIX) || (radix > MAX_RADIX)) {
            return '\0';
        }
        if (digit < 10) {
            return (char) ('0' + digit);
        }
        return (char) ('a' - 10 + digit);
    }
}
