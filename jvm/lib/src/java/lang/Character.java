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
        return isDigitCp(cp) && getType(cp) == DECIMAL_DIGIT_NUMBER;
    }

    public static boolean isDefined(char ch) {
        return isDefined((int) ch);
    }

    public static boolean isDefined(int cp) {
        return isValidCodePoint(cp) && getType(cp) != UNASSIGNED;
    }

    public static boolean isLetter(char ch) {
        return isLetter((int) ch);
    }

    public static boolean isLetter(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
        }
        if (!isLetterCp(cp)) {
            return false;
        }
        int t = getType(cp);
        return t >= UPPERCASE_LETTER && t <= OTHER_LETTER;
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
        int t = getType(cp);
        return isLetter(cp) || t == LETTER_NUMBER || t == CURRENCY_SYMBOL || t == CONNECTOR_PUNCTUATION;
    }

    public static boolean isJavaIdentifierPart(char ch) {
        return isJavaIdentifierPart((int) ch);
    }

    public static boolean isJavaIdentifierPart(int cp) {
        if (cp < 128) {
            return isLetterOrDigit(cp) || cp == '_' || cp == '$' || (cp <= 8) || (cp >= 0xE && cp <= 0x1B)
                    || cp == 0x7F;
        }
        if (isLetterOrDigit(cp) || isIdentifierIgnorable(cp)) {
            return true;
        }
        int t = getType(cp);
        return t == LETTER_NUMBER || t == CURRENCY_SYMBOL || t == CONNECTOR_PUNCTUATION || t == NON_SPACING_MARK
                || t == COMBINING_SPACING_MARK || t == FORMAT;
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
        if (cp < 256) {
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

    public static final byte UNASSIGNED = 0;
    public static final byte UPPERCASE_LETTER = 1;
    public static final byte LOWERCASE_LETTER = 2;
    public static final byte TITLECASE_LETTER = 3;
    public static final byte MODIFIER_LETTER = 4;
    public static final byte OTHER_LETTER = 5;
    public static final byte NON_SPACING_MARK = 6;
    public static final byte ENCLOSING_MARK = 7;
    public static final byte COMBINING_SPACING_MARK = 8;
    public static final byte DECIMAL_DIGIT_NUMBER = 9;
    public static final byte LETTER_NUMBER = 10;
    public static final byte OTHER_NUMBER = 11;
    public static final byte SPACE_SEPARATOR = 12;
    public static final byte LINE_SEPARATOR = 13;
    public static final byte PARAGRAPH_SEPARATOR = 14;
    public static final byte CONTROL = 15;
    public static final byte FORMAT = 16;
    public static final byte PRIVATE_USE = 18;
    public static final byte SURROGATE = 19;
    public static final byte DASH_PUNCTUATION = 20;
    public static final byte START_PUNCTUATION = 21;
    public static final byte END_PUNCTUATION = 22;
    public static final byte CONNECTOR_PUNCTUATION = 23;
    public static final byte OTHER_PUNCTUATION = 24;
    public static final byte MATH_SYMBOL = 25;
    public static final byte CURRENCY_SYMBOL = 26;
    public static final byte MODIFIER_SYMBOL = 27;
    public static final byte OTHER_SYMBOL = 28;
    public static final byte INITIAL_QUOTE_PUNCTUATION = 29;
    public static final byte FINAL_QUOTE_PUNCTUATION = 30;

    /** General categories of U+0000..U+00FF, one char per code point ('0'..'9' = 0..9, 'A'.. = 10..). */
    private static final String LATIN1_TYPES =
            "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFCOOOQOOOLMOPOKOO9999999999OOPPPOO11111111111111111111111111LOMRNR22222222222222222222222222LPMPFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFCOQQQQSORS5TPGSRSPBBR2OORB5UBBBO11111111111111111111111P1111111222222222222222222222222P22222222";

    private static boolean isModifierLetter(int cp) {
        return (cp >= 0x02B0 && cp <= 0x02C1) || (cp >= 0x02C6 && cp <= 0x02D1) || (cp >= 0x02E0 && cp <= 0x02E4)
                || cp == 0x02EC || cp == 0x02EE || cp == 0x0374 || cp == 0x037A || cp == 0x0559 || cp == 0x0640
                || cp == 0x06E5 || cp == 0x06E6 || cp == 0x0E46 || cp == 0x0EC6 || cp == 0x10FC
                || (cp >= 0x1D2C && cp <= 0x1D6A) || cp == 0x1D78 || (cp >= 0x1D9B && cp <= 0x1DBF) || cp == 0x2071
                || cp == 0x207F || (cp >= 0x2090 && cp <= 0x209C) || cp == 0x2C7C || cp == 0x2C7D || cp == 0x2D6F
                || cp == 0x3005 || (cp >= 0x3031 && cp <= 0x3035) || cp == 0x303B || cp == 0x309D || cp == 0x309E
                || (cp >= 0x30FC && cp <= 0x30FE) || cp == 0xA015 || cp == 0xA67F || cp == 0xA69C || cp == 0xA69D
                || (cp >= 0xA717 && cp <= 0xA71F) || cp == 0xA770 || cp == 0xA788 || cp == 0xA7F8 || cp == 0xA7F9
                || (cp >= 0xAB5C && cp <= 0xAB5F) || cp == 0xFF70 || cp == 0xFF9E || cp == 0xFF9F;
    }

    private static boolean isLetterNumber(int cp) {
        return (cp >= 0x16EE && cp <= 0x16F0) || (cp >= 0x2160 && cp <= 0x2182) || (cp >= 0x2185 && cp <= 0x2188)
                || cp == 0x3007 || (cp >= 0x3021 && cp <= 0x3029) || (cp >= 0x3038 && cp <= 0x303A)
                || (cp >= 0xA6E6 && cp <= 0xA6EF) || (cp >= 0x10140 && cp <= 0x10174) || cp == 0x10341
                || cp == 0x1034A || (cp >= 0x103D1 && cp <= 0x103D5) || (cp >= 0x12400 && cp <= 0x1246E);
    }

    private static boolean isOtherNumber(int cp) {
        return (cp >= 0x09F4 && cp <= 0x09F9) || (cp >= 0x0B72 && cp <= 0x0B77) || (cp >= 0x0BF0 && cp <= 0x0BF2)
                || (cp >= 0x0C78 && cp <= 0x0C7E) || (cp >= 0x0D58 && cp <= 0x0D5E) || (cp >= 0x0D70 && cp <= 0x0D78)
                || (cp >= 0x0F2A && cp <= 0x0F33) || (cp >= 0x1369 && cp <= 0x137C) || (cp >= 0x17F0 && cp <= 0x17F9)
                || cp == 0x19DA || cp == 0x2070 || (cp >= 0x2074 && cp <= 0x2079) || (cp >= 0x2080 && cp <= 0x2089)
                || (cp >= 0x2150 && cp <= 0x215F) || cp == 0x2189 || (cp >= 0x2460 && cp <= 0x249B)
                || (cp >= 0x24EA && cp <= 0x24FF) || (cp >= 0x2776 && cp <= 0x2793) || cp == 0x2CFD
                || (cp >= 0x3192 && cp <= 0x3195) || (cp >= 0x3220 && cp <= 0x3229) || (cp >= 0x3248 && cp <= 0x324F)
                || (cp >= 0x3251 && cp <= 0x325F) || (cp >= 0x3280 && cp <= 0x3289) || (cp >= 0x32B1 && cp <= 0x32BF)
                || (cp >= 0xA830 && cp <= 0xA835) || (cp >= 0x10107 && cp <= 0x10133) || (cp >= 0x1F100 && cp <= 0x1F10C);
    }

    /** Alphabetic combining marks (Other_Alphabetic) of common scripts. */
    private static boolean isCombiningMark(int cp) {
        if (cp >= 0x0300 && cp <= 0x036F) {
            return true;
        }
        if (cp >= 0x0591 && cp <= 0x05C7) {
            return cp != 0x05BE && cp != 0x05C0 && cp != 0x05C3 && cp != 0x05C6;
        }
        if ((cp >= 0x0610 && cp <= 0x061A) || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670
                || (cp >= 0x06D6 && cp <= 0x06DC) || (cp >= 0x06E1 && cp <= 0x06E4) || cp == 0x06E7 || cp == 0x06E8
                || cp == 0x06ED) {
            return true;
        }
        if (cp >= 0x0900 && cp <= 0x0D7F) { // Devanagari .. Malayalam share one layout
            int o = cp & 0x7F;
            return o <= 0x03 || (o >= 0x3A && o <= 0x3C) || (o >= 0x3E && o <= 0x4F) || (o >= 0x51 && o <= 0x57)
                    || o == 0x62 || o == 0x63 || cp == 0x0A70 || cp == 0x0A71 || cp == 0x0A75;
        }
        if ((cp >= 0x0D81 && cp <= 0x0D83) || (cp >= 0x0DCA && cp <= 0x0DDF) || cp == 0x0DF2 || cp == 0x0DF3) {
            return true;
        }
        if (cp == 0x0E31 || (cp >= 0x0E34 && cp <= 0x0E3A) || (cp >= 0x0E47 && cp <= 0x0E4E) || cp == 0x0EB1
                || (cp >= 0x0EB4 && cp <= 0x0EBC) || (cp >= 0x0EC8 && cp <= 0x0ECD)) {
            return true;
        }
        return (cp >= 0x0F71 && cp <= 0x0F84) || (cp >= 0x0F8D && cp <= 0x0FBC) || (cp >= 0x102B && cp <= 0x103E)
                || (cp >= 0x1056 && cp <= 0x1059) || (cp >= 0x105E && cp <= 0x1060) || (cp >= 0x1062 && cp <= 0x1064)
                || (cp >= 0x1067 && cp <= 0x106D) || (cp >= 0x1071 && cp <= 0x1074) || (cp >= 0x1082 && cp <= 0x108D)
                || cp == 0x108F || (cp >= 0x109A && cp <= 0x109D) || (cp >= 0x1DC0 && cp <= 0x1DFF)
                || (cp >= 0x20D0 && cp <= 0x20FF);
    }

    /** Spacing (Mc) rather than non-spacing (Mn) marks among isCombiningMark's. */
    private static boolean isSpacingMark(int cp) {
        if (cp >= 0x0900 && cp <= 0x0D7F) {
            int o = cp & 0x7F;
            return o == 0x03 || (o == 0x02 && cp >= 0x0980) || o == 0x3B || o == 0x3E || o == 0x3F || o == 0x40
                    || (o >= 0x49 && o <= 0x4C && cp < 0x0980) || o == 0x4E || o == 0x4F;
        }
        return (cp >= 0x0D82 && cp <= 0x0D83) || (cp >= 0x0DCF && cp <= 0x0DD1) || (cp >= 0x0DD8 && cp <= 0x0DDF)
                || cp == 0x0F7F || cp == 0x102B || cp == 0x102C || cp == 0x1031 || cp == 0x1038 || cp == 0x103B
                || cp == 0x103C;
    }

    public static int getType(char ch) {
        return getType((int) ch);
    }

    /**
     * General category. Exact for Latin-1; beyond it derived from the case,
     * letter and digit natives plus the ranges of common blocks.
     */
    public static int getType(int cp) {
        if (cp < 0 || cp > MAX_CODE_POINT) {
            return UNASSIGNED;
        }
        if (cp < 256) {
            int t = LATIN1_TYPES.charAt(cp);
            return t <= '9' ? t - '0' : t - 'A' + 10;
        }
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            return SURROGATE;
        }
        if ((cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000) {
            return PRIVATE_USE;
        }
        if (isTitleCase(cp)) {
            return TITLECASE_LETTER;
        }
        if (isModifierLetter(cp)) {
            return MODIFIER_LETTER;
        }
        if (isLetterNumber(cp)) {
            return LETTER_NUMBER;
        }
        if (isOtherNumber(cp)) {
            return OTHER_NUMBER;
        }
        if (isLetterCp(cp)) {
            if (isCombiningMark(cp)) {
                return isSpacingMark(cp) ? COMBINING_SPACING_MARK : NON_SPACING_MARK;
            }
            if (isUpperCaseCp(cp)) {
                return UPPERCASE_LETTER;
            }
            if (isLowerCaseCp(cp)) {
                return LOWERCASE_LETTER;
            }
            return OTHER_LETTER;
        }
        if (isDigitCp(cp)) {
            return DECIMAL_DIGIT_NUMBER;
        }
        if (cp == 0x2028) {
            return LINE_SEPARATOR;
        }
        if (cp == 0x2029) {
            return PARAGRAPH_SEPARATOR;
        }
        if (isSpaceChar(cp)) {
            return SPACE_SEPARATOR;
        }
        if ((cp >= 0x20A0 && cp <= 0x20CF) || cp == 0x058F || cp == 0x060B || cp == 0x09F2 || cp == 0x09F3
                || cp == 0x0AF1 || cp == 0x0BF9 || cp == 0x0E3F || cp == 0x17DB || cp == 0xFDFC || cp == 0xFE69
                || cp == 0xFF04 || cp == 0xFFE0 || cp == 0xFFE1 || cp == 0xFFE5 || cp == 0xFFE6) {
            return CURRENCY_SYMBOL;
        }
        if ((cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064)
                || (cp >= 0x2066 && cp <= 0x206F) || cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFB)
                || (cp >= 0x0600 && cp <= 0x0605) || cp == 0x061C || cp == 0x06DD || cp == 0x180E
                || (cp >= 0xE0001 && cp <= 0xE007F)) {
            return FORMAT;
        }
        if (cp == 0x20DD || cp == 0x20DE || cp == 0x20DF || cp == 0x20E0 || (cp >= 0x20E2 && cp <= 0x20E4)
                || cp == 0x0488 || cp == 0x0489) {
            return ENCLOSING_MARK;
        }
        if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x0483 && cp <= 0x0487) || (cp >= 0x0591 && cp <= 0x05BD)
                || (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF)
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xFE20 && cp <= 0xFE2F) || (cp >= 0x064B && cp <= 0x065F)
                || (cp >= 0xE0100 && cp <= 0xE01EF)) {
            return NON_SPACING_MARK;
        }
        if (isAlphabeticCp(cp)) {
            // Other_Alphabetic code points that are not letters are (mostly) combining marks
            return NON_SPACING_MARK;
        }
        if (cp >= 0x2010 && cp <= 0x2015) {
            return DASH_PUNCTUATION;
        }
        if (cp == 0x2018 || cp == 0x201B || cp == 0x201C || cp == 0x201F || cp == 0x2039 || cp == 0x2E02
                || cp == 0x2E04 || cp == 0x2E09 || cp == 0x2E0C || cp == 0x2E1C || cp == 0x2E20) {
            return INITIAL_QUOTE_PUNCTUATION;
        }
        if (cp == 0x2019 || cp == 0x201D || cp == 0x203A || cp == 0x2E03 || cp == 0x2E05 || cp == 0x2E0A
                || cp == 0x2E0D || cp == 0x2E1D || cp == 0x2E21) {
            return FINAL_QUOTE_PUNCTUATION;
        }
        if (cp == 0x201A || cp == 0x201E || cp == 0x2045 || cp == 0x207D || cp == 0x208D || cp == 0x2308
                || cp == 0x230A || cp == 0x2329 || cp == 0x3008 || cp == 0x300A || cp == 0x300C || cp == 0x300E
                || cp == 0x3010 || cp == 0x3014 || cp == 0x3016 || cp == 0x3018 || cp == 0x301A || cp == 0xFF08
                || cp == 0xFF3B || cp == 0xFF5B || cp == 0xFF5F || cp == 0xFF62) {
            return START_PUNCTUATION;
        }
        if (cp == 0x2046 || cp == 0x207E || cp == 0x208E || cp == 0x2309 || cp == 0x230B || cp == 0x232A
                || cp == 0x3009 || cp == 0x300B || cp == 0x300D || cp == 0x300F || cp == 0x3011 || cp == 0x3015
                || cp == 0x3017 || cp == 0x3019 || cp == 0x301B || cp == 0xFF09 || cp == 0xFF3D || cp == 0xFF5D
                || cp == 0xFF60 || cp == 0xFF63) {
            return END_PUNCTUATION;
        }
        if (cp == 0x203F || cp == 0x2040 || cp == 0x2054 || cp == 0xFE33 || cp == 0xFE34
                || (cp >= 0xFE4D && cp <= 0xFE4F) || cp == 0xFF3F) {
            return CONNECTOR_PUNCTUATION;
        }
        if ((cp >= 0x2016 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205E) || (cp >= 0x2E00 && cp <= 0x2E4F)
                || (cp >= 0x3001 && cp <= 0x3003) || cp == 0x037E || cp == 0x0387 || cp == 0x055C || cp == 0x0589
                || cp == 0x060C || cp == 0x061B || cp == 0x061F || cp == 0x06D4 || cp == 0x0964 || cp == 0x0965
                || cp == 0xFF01 || cp == 0xFF0C || cp == 0xFF0E || cp == 0xFF1A || cp == 0xFF1B || cp == 0xFF1F) {
            return OTHER_PUNCTUATION;
        }
        if ((cp >= 0x2200 && cp <= 0x22FF) || (cp >= 0x27C0 && cp <= 0x27C4) || (cp >= 0x27C7 && cp <= 0x27E5)
                || (cp >= 0x27F0 && cp <= 0x27FF) || (cp >= 0x2900 && cp <= 0x2982) || (cp >= 0x2A00 && cp <= 0x2AFF)
                || (cp >= 0x2190 && cp <= 0x2194) || cp == 0x2044 || cp == 0x2052 || (cp >= 0x207A && cp <= 0x207C)
                || (cp >= 0x208A && cp <= 0x208C) || cp == 0x2118 || (cp >= 0x2140 && cp <= 0x2144) || cp == 0x214B
                || cp == 0x03F6 || cp == 0xFB29 || cp == 0xFE62 || (cp >= 0xFE64 && cp <= 0xFE66) || cp == 0xFF0B
                || (cp >= 0xFF1C && cp <= 0xFF1E) || cp == 0xFF5C || cp == 0xFF5E || cp == 0xFFE2
                || (cp >= 0xFFE9 && cp <= 0xFFEC)) {
            return MATH_SYMBOL;
        }
        if ((cp >= 0x02C2 && cp <= 0x02C5) || (cp >= 0x02D2 && cp <= 0x02DF) || (cp >= 0x02E5 && cp <= 0x02EB)
                || cp == 0x02ED || (cp >= 0x02EF && cp <= 0x02FF) || cp == 0x0375 || cp == 0x0384 || cp == 0x0385
                || cp == 0x1FBD || (cp >= 0x1FBF && cp <= 0x1FC1) || (cp >= 0x1FCD && cp <= 0x1FCF)
                || (cp >= 0x1FDD && cp <= 0x1FDF) || (cp >= 0x1FED && cp <= 0x1FEF) || cp == 0x1FFD || cp == 0x1FFE
                || cp == 0x309B || cp == 0x309C || cp == 0xFF3E || cp == 0xFF40 || cp == 0xFFE3
                || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
            return MODIFIER_SYMBOL;
        }
        if (cp == 0xFFFE || cp == 0xFFFF || (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF)) {
            return UNASSIGNED;
        }
        return OTHER_SYMBOL;
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
