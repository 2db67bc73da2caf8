package java.lang;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Formatter;
import java.util.Iterator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Immutable UTF-16 string. The runtime lays strings out itself (no instance
 * fields here): length, charAt, hashCode, equals, intern and fromChars are
 * natives; everything else is written on top of them.
 *
 * The runtime cannot run String constructors (an object's size depends on its
 * content): it rewrites {@code new String(args)} into a call to the private
 * static {@code create(args)} method with the same parameter types. The
 * constructors below therefore have empty bodies.
 *
 * Regular expressions (split, matches, replaceAll, replaceFirst) use
 * java.util.regex.Pattern, which implements a documented subset.
 */
public final class String implements java.io.Serializable, Comparable<String>, CharSequence {

    public static final Comparator<String> CASE_INSENSITIVE_ORDER = new CaseInsensitiveComparator();

    private static final class CaseInsensitiveComparator implements Comparator<String>, java.io.Serializable {
        public int compare(String s1, String s2) {
            return s1.compareToIgnoreCase(s2);
        }
    }

    // ---- natives -------------------------------------------------------

    public native int length();

    public native char charAt(int index);

    public native int hashCode();

    public native boolean equals(Object anObject);

    public native String intern();

    /** Allocates a new string holding value[offset .. offset+count). */
    static native String fromChars(char[] value, int offset, int count);

    // ---- constructors (bodies never run; see create) -------------------

    public String() {
    }

    public String(String original) {
    }

    public String(char[] value) {
    }

    public String(char[] value, int offset, int count) {
    }

    public String(int[] codePoints, int offset, int count) {
    }

    public String(byte[] bytes) {
    }

    public String(byte[] bytes, int offset, int length) {
    }

    public String(byte[] bytes, String charsetName) throws java.io.UnsupportedEncodingException {
    }

    public String(byte[] bytes, int offset, int length, String charsetName)
            throws java.io.UnsupportedEncodingException {
    }

    public String(byte[] bytes, Charset charset) {
    }

    public String(byte[] bytes, int offset, int length, Charset charset) {
    }

    public String(StringBuffer buffer) {
    }

    public String(StringBuilder builder) {
    }

    private static String create() {
        return fromChars(new char[0], 0, 0);
    }

    private static String create(String original) {
        return fromChars(original.toCharArray(), 0, original.length());
    }

    private static String create(char[] value) {
        return fromChars(value, 0, value.length);
    }

    private static String create(char[] value, int offset, int count) {
        checkBoundsOffCount(offset, count, value.length);
        return fromChars(value, offset, count);
    }

    private static String create(int[] codePoints, int offset, int count) {
        checkBoundsOffCount(offset, count, codePoints.length);
        StringBuilder sb = new StringBuilder(count);
        for (int i = offset; i < offset + count; i++) {
            int cp = codePoints[i];
            if (!Character.isValidCodePoint(cp)) {
                throw new IllegalArgumentException(Integer.toString(cp));
            }
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    private static String create(byte[] bytes) {
        return java.nio.charset.StandardCharsets.UTF_8.decodeToString(bytes, 0, bytes.length);
    }

    private static String create(byte[] bytes, int offset, int length) {
        checkBoundsOffCount(offset, length, bytes.length);
        return java.nio.charset.StandardCharsets.UTF_8.decodeToString(bytes, offset, length);
    }

    private static String create(byte[] bytes, String charsetName) throws java.io.UnsupportedEncodingException {
        return lookup(charsetName).decodeToString(bytes, 0, bytes.length);
    }

    private static String create(byte[] bytes, int offset, int length, String charsetName)
            throws java.io.UnsupportedEncodingException {
        checkBoundsOffCount(offset, length, bytes.length);
        return lookup(charsetName).decodeToString(bytes, offset, length);
    }

    private static String create(byte[] bytes, Charset charset) {
        return charset.decodeToString(bytes, 0, bytes.length);
    }

    private static String create(byte[] bytes, int offset, int length, Charset charset) {
        checkBoundsOffCount(offset, length, bytes.length);
        return charset.decodeToString(bytes, offset, length);
    }

    private static String create(StringBuffer buffer) {
        return buffer.toString();
    }

    private static String create(StringBuilder builder) {
        return builder.toString();
    }

    private static Charset lookup(String name) throws java.io.UnsupportedEncodingException {
        if (name == null) {
            throw new NullPointerException("charsetName");
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new java.io.UnsupportedEncodingException(name);
        }
    }

    static void checkBoundsOffCount(int offset, int count, int length) {
        if (offset < 0 || count < 0 || offset > length - count) {
            throw new StringIndexOutOfBoundsException(
                    "offset " + offset + ", count " + count + ", length " + length);
        }
    }

    static void checkBoundsBeginEnd(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length) {
            throw new StringIndexOutOfBoundsException(
                    "begin " + begin + ", end " + end + ", length " + length);
        }
    }

    static void checkIndex(int index, int length) {
        if (index < 0 || index >= length) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + length);
        }
    }

    // ---- basic access ---------------------------------------------------

    public boolean isEmpty() {
        return length() == 0;
    }

    public int codePointAt(int index) {
        int n = length();
        checkIndex(index, n);
        char c1 = charAt(index);
        if (Character.isHighSurrogate(c1) && index + 1 < n) {
            char c2 = charAt(index + 1);
            if (Character.isLowSurrogate(c2)) {
                return Character.toCodePoint(c1, c2);
            }
        }
        return c1;
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        if (i < 0 || i >= length()) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + length());
        }
        char c2 = charAt(i);
        if (Character.isLowSurrogate(c2) && i > 0) {
            char c1 = charAt(i - 1);
            if (Character.isHighSurrogate(c1)) {
                return Character.toCodePoint(c1, c2);
            }
        }
        return c2;
    }

    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || beginIndex > endIndex || endIndex > length()) {
            throw new IndexOutOfBoundsException();
        }
        return Character.codePointCount(this, beginIndex, endIndex);
    }

    public int offsetByCodePoints(int index, int codePointOffset) {
        return Character.offsetByCodePoints(this, index, codePointOffset);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, length());
        int n = srcEnd - srcBegin;
        if (dstBegin < 0 || dstBegin > dst.length - n) {
            throw new ArrayIndexOutOfBoundsException(
                    "Range [" + dstBegin + ", " + dstBegin + " + " + n + ") out of bounds for length " + dst.length);
        }
        for (int i = 0; i < n; i++) {
            dst[dstBegin + i] = charAt(srcBegin + i);
        }
    }

    public char[] toCharArray() {
        int n = length();
        char[] r = new char[n];
        for (int i = 0; i < n; i++) {
            r[i] = charAt(i);
        }
        return r;
    }

    public byte[] getBytes() {
        return java.nio.charset.StandardCharsets.UTF_8.encodeToBytes(this);
    }

    public byte[] getBytes(String charsetName) throws java.io.UnsupportedEncodingException {
        return lookup(charsetName).encodeToBytes(this);
    }

    public byte[] getBytes(Charset charset) {
        return charset.encodeToBytes(this);
    }

    // ---- comparison -----------------------------------------------------

    public boolean contentEquals(CharSequence cs) {
        int n = length();
        if (cs.length() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (charAt(i) != cs.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public boolean contentEquals(StringBuffer sb) {
        return contentEquals((CharSequence) sb);
    }

    public boolean equalsIgnoreCase(String other) {
        if (this == other) {
            return true;
        }
        if (other == null || other.length() != length()) {
            return false;
        }
        return regionMatches(true, 0, other, 0, length());
    }

    public int compareTo(String other) {
        int n1 = length();
        int n2 = other.length();
        int lim = Math.min(n1, n2);
        for (int k = 0; k < lim; k++) {
            char c1 = charAt(k);
            char c2 = other.charAt(k);
            if (c1 != c2) {
                return c1 - c2;
            }
        }
        return n1 - n2;
    }

    public int compareToIgnoreCase(String other) {
        int n1 = length();
        int n2 = other.length();
        int lim = Math.min(n1, n2);
        for (int k = 0; k < lim; k++) {
            char c1 = charAt(k);
            char c2 = other.charAt(k);
            if (c1 != c2) {
                c1 = Character.toUpperCase(c1);
                c2 = Character.toUpperCase(c2);
                if (c1 != c2) {
                    c1 = Character.toLowerCase(c1);
                    c2 = Character.toLowerCase(c2);
                    if (c1 != c2) {
                        return c1 - c2;
                    }
                }
            }
        }
        return n1 - n2;
    }

    public boolean regionMatches(int toffset, String other, int ooffset, int len) {
        return regionMatches(false, toffset, other, ooffset, len);
    }

    public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset, int len) {
        if (ooffset < 0 || toffset < 0 || toffset > (long) length() - len
                || ooffset > (long) other.length() - len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            char c1 = charAt(toffset + i);
            char c2 = other.charAt(ooffset + i);
            if (c1 == c2) {
                continue;
            }
            if (ignoreCase) {
                char u1 = Character.toUpperCase(c1);
                char u2 = Character.toUpperCase(c2);
                if (u1 == u2 || Character.toLowerCase(u1) == Character.toLowerCase(u2)) {
                    continue;
                }
            }
            return false;
        }
        return true;
    }

    public boolean startsWith(String prefix, int toffset) {
        int n = prefix.length();
        if (toffset < 0 || toffset > length() - n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (charAt(toffset + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    public boolean startsWith(String prefix) {
        return startsWith(prefix, 0);
    }

    public boolean endsWith(String suffix) {
        return startsWith(suffix, length() - suffix.length());
    }

    // ---- searching ------------------------------------------------------

    public int indexOf(int ch) {
        return indexOf(ch, 0);
    }

    public int indexOf(int ch, int fromIndex) {
        int n = length();
        if (fromIndex < 0) {
            fromIndex = 0;
        }
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (int i = fromIndex; i < n; i++) {
                if (charAt(i) == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (ch > Character.MAX_CODE_POINT) {
            return -1;
        }
        char hi = Character.highSurrogate(ch);
        char lo = Character.lowSurrogate(ch);
        for (int i = fromIndex; i < n - 1; i++) {
            if (charAt(i) == hi && charAt(i + 1) == lo) {
                return i;
            }
        }
        return -1;
    }

    public int lastIndexOf(int ch) {
        return lastIndexOf(ch, length() - 1);
    }

    public int lastIndexOf(int ch, int fromIndex) {
        int n = length();
        int i = Math.min(fromIndex, n - 1);
        if (ch < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            for (; i >= 0; i--) {
                if (charAt(i) == ch) {
                    return i;
                }
            }
            return -1;
        }
        if (ch > Character.MAX_CODE_POINT) {
            return -1;
        }
        char hi = Character.highSurrogate(ch);
        char lo = Character.lowSurrogate(ch);
        i = Math.min(fromIndex, n - 2);
        for (; i >= 0; i--) {
            if (charAt(i) == hi && charAt(i + 1) == lo) {
                return i;
            }
        }
        return -1;
    }

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        int n = length();
        int m = str.length();
        if (fromIndex < 0) {
            fromIndex = 0;
        }
        if (fromIndex >= n) {
            return m == 0 ? n : -1;
        }
        if (m == 0) {
            return fromIndex;
        }
        char first = str.charAt(0);
        int max = n - m;
        for (int i = fromIndex; i <= max; i++) {
            if (charAt(i) != first) {
                continue;
            }
            int j = 1;
            while (j < m && charAt(i + j) == str.charAt(j)) {
                j++;
            }
            if (j == m) {
                return i;
            }
        }
        return -1;
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, length());
    }

    public int lastIndexOf(String str, int fromIndex) {
        int n = length();
        int m = str.length();
        int i = Math.min(fromIndex, n - m);
        for (; i >= 0; i--) {
            int j = 0;
            while (j < m && charAt(i + j) == str.charAt(j)) {
                j++;
            }
            if (j == m) {
                return i;
            }
        }
        return -1;
    }

    public boolean contains(CharSequence s) {
        return indexOf(s.toString()) >= 0;
    }

    // ---- derived strings --------------------------------------------------

    public String substring(int beginIndex) {
        return substring(beginIndex, length());
    }

    public String substring(int beginIndex, int endIndex) {
        int n = length();
        checkBoundsBeginEnd(beginIndex, endIndex, n);
        if (beginIndex == 0 && endIndex == n) {
            return this;
        }
        int len = endIndex - beginIndex;
        char[] buf = new char[len];
        for (int i = 0; i < len; i++) {
            buf[i] = charAt(beginIndex + i);
        }
        return fromChars(buf, 0, len);
    }

    public CharSequence subSequence(int beginIndex, int endIndex) {
        return substring(beginIndex, endIndex);
    }

    public String concat(String str) {
        if (str.isEmpty()) {
            return this;
        }
        int n = length();
        int m = str.length();
        char[] buf = new char[n + m];
        getChars(0, n, buf, 0);
        str.getChars(0, m, buf, n);
        return fromChars(buf, 0, n + m);
    }

    public String replace(char oldChar, char newChar) {
        if (oldChar == newChar) {
            return this;
        }
        int i = indexOf(oldChar);
        if (i < 0) {
            return this;
        }
        char[] buf = toCharArray();
        for (; i < buf.length; i++) {
            if (buf[i] == oldChar) {
                buf[i] = newChar;
            }
        }
        return fromChars(buf, 0, buf.length);
    }

    public String replace(CharSequence target, CharSequence replacement) {
        String t = target.toString();
        String r = replacement.toString();
        int n = length();
        int tl = t.length();
        int j = indexOf(t);
        if (j < 0) {
            return this;
        }
        StringBuilder sb = new StringBuilder(n + 16);
        int i = 0;
        if (tl == 0) {
            // insert the replacement before every char and at the end
            for (int k = 0; k < n; k++) {
                sb.append(r);
                sb.append(charAt(k));
            }
            sb.append(r);
            return sb.toString();
        }
        while (j >= 0) {
            sb.append(this, i, j);
            sb.append(r);
            i = j + tl;
            j = indexOf(t, i);
        }
        sb.append(this, i, n);
        return sb.toString();
    }

    public boolean matches(String regex) {
        return Pattern.matches(regex, this);
    }

    public String replaceFirst(String regex, String replacement) {
        return Pattern.compile(regex).matcher(this).replaceFirst(replacement);
    }

    public String replaceAll(String regex, String replacement) {
        return Pattern.compile(regex).matcher(this).replaceAll(replacement);
    }

    public String[] split(String regex) {
        return split(regex, 0);
    }

    public String[] split(String regex, int limit) {
        int rl = regex.length();
        char ch = 0;
        boolean literal = false;
        if (rl == 1 && ".$|()[{^?*+\\".indexOf(ch = regex.charAt(0)) < 0) {
            literal = true;
        } else if (rl == 2 && regex.charAt(0) == '\\') {
            ch = regex.charAt(1);
            literal = !((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))
                    && !Character.isHighSurrogate(ch) && !Character.isLowSurrogate(ch);
        }
        if (!literal) {
            return Pattern.compile(regex).split(this, limit);
        }
        int off = 0;
        int next;
        boolean limited = limit > 0;
        ArrayList<String> list = new ArrayList<>();
        while ((next = indexOf(ch, off)) != -1) {
            if (!limited || list.size() < limit - 1) {
                list.add(substring(off, next));
                off = next + 1;
            } else {
                break;
            }
        }
        if (off == 0) {
            return new String[] {this};
        }
        list.add(substring(off, length()));
        int resultSize = list.size();
        if (limit == 0) {
            while (resultSize > 0 && list.get(resultSize - 1).isEmpty()) {
                resultSize--;
            }
        }
        String[] result = new String[resultSize];
        for (int i = 0; i < resultSize; i++) {
            result[i] = list.get(i);
        }
        return result;
    }

    public static String join(CharSequence delimiter, CharSequence... elements) {
        if (delimiter == null || elements == null) {
            throw new NullPointerException();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) {
                sb.append(delimiter);
            }
            sb.append(elements[i]);
        }
        return sb.toString();
    }

    public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {
        if (delimiter == null || elements == null) {
            throw new NullPointerException();
        }
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (CharSequence cs : elements) {
            if (!first) {
                sb.append(delimiter);
            }
            first = false;
            sb.append(cs);
        }
        return sb.toString();
    }

    public String toLowerCase(Locale locale) {
        return toLowerCase();
    }

    public String toLowerCase() {
        int n = length();
        int i = 0;
        while (i < n) {
            char c = charAt(i);
            if (Character.isSurrogate(c) || Character.toLowerCase(c) != c) {
                break;
            }
            i++;
        }
        if (i == n) {
            return this;
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(this, 0, i);
        while (i < n) {
            int cp = codePointAt(i);
            if (cp == 0x130) { // LATIN CAPITAL LETTER I WITH DOT ABOVE
                sb.append("i\u0307");
            } else {
                sb.appendCodePoint(Character.toLowerCase(cp));
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    public String toUpperCase(Locale locale) {
        return toUpperCase();
    }

    public String toUpperCase() {
        int n = length();
        int i = 0;
        while (i < n) {
            char c = charAt(i);
            if (Character.isSurrogate(c) || Character.toUpperCase(c) != c || c == '\u00df') {
                break;
            }
            i++;
        }
        if (i == n) {
            return this;
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(this, 0, i);
        while (i < n) {
            int cp = codePointAt(i);
            if (cp == 0xDF) { // sharp s upper-cases to "SS"
                sb.append("SS");
            } else {
                sb.appendCodePoint(Character.toUpperCase(cp));
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    public String trim() {
        int len = length();
        int st = 0;
        while (st < len && charAt(st) <= ' ') {
            st++;
        }
        while (st < len && charAt(len - 1) <= ' ') {
            len--;
        }
        return (st > 0 || len < length()) ? substring(st, len) : this;
    }

    private int firstNonWhitespace() {
        int n = length();
        int i = 0;
        while (i < n) {
            int cp = codePointAt(i);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private int lastNonWhitespace() {
        int i = length();
        while (i > 0) {
            int cp = codePointBefore(i);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            i -= Character.charCount(cp);
        }
        return i;
    }

    public String strip() {
        int left = firstNonWhitespace();
        if (left == length()) {
            return "";
        }
        return substring(left, lastNonWhitespace());
    }

    public String stripLeading() {
        return substring(firstNonWhitespace());
    }

    public String stripTrailing() {
        return substring(0, lastNonWhitespace());
    }

    public boolean isBlank() {
        return firstNonWhitespace() == length();
    }

    public String repeat(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        if (count == 1) {
            return this;
        }
        int n = length();
        if (n == 0 || count == 0) {
            return "";
        }
        if ((long) n * count > Integer.MAX_VALUE) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        char[] src = toCharArray();
        char[] buf = new char[n * count];
        for (int k = 0; k < count; k++) {
            System.arraycopy(src, 0, buf, k * n, n);
        }
        return fromChars(buf, 0, buf.length);
    }

    public String toString() {
        return this;
    }

    public String formatted(Object... args) {
        return new Formatter().format(this, args).toString();
    }

    public static String format(String format, Object... args) {
        return new Formatter().format(format, args).toString();
    }

    public static String format(Locale l, String format, Object... args) {
        return new Formatter(l).format(format, args).toString();
    }

    // ---- valueOf ----------------------------------------------------------

    public static String valueOf(Object obj) {
        return (obj == null) ? "null" : obj.toString();
    }

    public static String valueOf(char[] data) {
        return fromChars(data, 0, data.length);
    }

    public static String valueOf(char[] data, int offset, int count) {
        checkBoundsOffCount(offset, count, data.length);
        return fromChars(data, offset, count);
    }

    public static String copyValueOf(char[] data, int offset, int count) {
        return valueOf(data, offset, count);
    }

    public static String copyValueOf(char[] data) {
        return valueOf(data);
    }

    public static String valueOf(boolean b) {
        return b ? "true" : "false";
    }

    public static String valueOf(char c) {
        char[] buf = {c};
        return fromChars(buf, 0, 1);
    }

    public static String valueOf(int i) {
        return Integer.toString(i);
    }

    public static String valueOf(long l) {
        return Long.toString(l);
    }

    public static String valueOf(float f) {
        return Float.toString(f);
    }

    public static String valueOf(double d) {
        return Double.toString(d);
    }
}
