package java.lang;

/** Synchronized mutable character sequence; delegates to a StringBuilder. */
public final class StringBuffer implements java.io.Serializable, Comparable<StringBuffer>, CharSequence, Appendable {
    private final StringBuilder sb;

    public StringBuffer() {
        sb = new StringBuilder();
    }

    public StringBuffer(int capacity) {
        sb = new StringBuilder(capacity);
    }

    public StringBuffer(String str) {
        sb = new StringBuilder(str);
    }

    public StringBuffer(CharSequence seq) {
        sb = new StringBuilder(seq);
    }

    public synchronized StringBuffer append(Object obj) {
        sb.append(String.valueOf(obj));
        return this;
    }

    public synchronized StringBuffer append(String str) {
        sb.append(str);
        return this;
    }

    public synchronized StringBuffer append(StringBuffer other) {
        sb.append(other == null ? null : (CharSequence) other.sb);
        return this;
    }

    public synchronized StringBuffer append(CharSequence s) {
        sb.append(s);
        return this;
    }

    public synchronized StringBuffer append(CharSequence s, int start, int end) {
        sb.append(s, start, end);
        return this;
    }

    public synchronized StringBuffer append(char[] str) {
        sb.append(str);
        return this;
    }

    public synchronized StringBuffer append(char[] str, int offset, int len) {
        sb.append(str, offset, len);
        return this;
    }

    public synchronized StringBuffer append(boolean b) {
        sb.append(b);
        return this;
    }

    public synchronized StringBuffer append(char c) {
        sb.append(c);
        return this;
    }

    public synchronized StringBuffer append(int i) {
        sb.append(i);
        return this;
    }

    public synchronized StringBuffer append(long lng) {
        sb.append(lng);
        return this;
    }

    public synchronized StringBuffer append(float f) {
        sb.append(f);
        return this;
    }

    public synchronized StringBuffer append(double d) {
        sb.append(d);
        return this;
    }

    public synchronized StringBuffer appendCodePoint(int codePoint) {
        sb.appendCodePoint(codePoint);
        return this;
    }

    public synchronized StringBuffer delete(int start, int end) {
        sb.delete(start, end);
        return this;
    }

    public synchronized StringBuffer deleteCharAt(int index) {
        sb.deleteCharAt(index);
        return this;
    }

    public synchronized StringBuffer replace(int start, int end, String str) {
        sb.replace(start, end, str);
        return this;
    }

    public synchronized StringBuffer insert(int index, char[] str, int offset, int len) {
        sb.insert(index, str, offset, len);
        return this;
    }

    public synchronized StringBuffer insert(int offset, Object obj) {
        sb.insert(offset, obj);
        return this;
    }

    public synchronized StringBuffer insert(int offset, String str) {
        sb.insert(offset, str);
        return this;
    }

    public synchronized StringBuffer insert(int offset, char[] str) {
        sb.insert(offset, str);
        return this;
    }

    public synchronized StringBuffer insert(int dstOffset, CharSequence s) {
        sb.insert(dstOffset, s);
        return this;
    }

    public synchronized StringBuffer insert(int dstOffset, CharSequence s, int start, int end) {
        sb.insert(dstOffset, s, start, end);
        return this;
    }

    public synchronized StringBuffer insert(int offset, boolean b) {
        sb.insert(offset, b);
        return this;
    }

    public synchronized StringBuffer insert(int offset, char c) {
        sb.insert(offset, c);
        return this;
    }

    public synchronized StringBuffer insert(int offset, int i) {
        sb.insert(offset, i);
        return this;
    }

    public synchronized StringBuffer insert(int offset, long l) {
        sb.insert(offset, l);
        return this;
    }

    public synchronized StringBuffer insert(int offset, float f) {
        sb.insert(offset, f);
        return this;
    }

    public synchronized StringBuffer insert(int offset, double d) {
        sb.insert(offset, d);
        return this;
    }

    public synchronized StringBuffer reverse() {
        sb.reverse();
        return this;
    }

    public synchronized int length() {
        return sb.length();
    }

    public synchronized int capacity() {
        return sb.capacity();
    }

    public synchronized void ensureCapacity(int minimumCapacity) {
        sb.ensureCapacity(minimumCapacity);
    }

    public synchronized void trimToSize() {
        sb.trimToSize();
    }

    public synchronized void setLength(int newLength) {
        sb.setLength(newLength);
    }

    public synchronized char charAt(int index) {
        return sb.charAt(index);
    }

    public synchronized int codePointAt(int index) {
        return sb.codePointAt(index);
    }

    public synchronized int codePointBefore(int index) {
        return sb.codePointBefore(index);
    }

    public synchronized int codePointCount(int beginIndex, int endIndex) {
        return sb.codePointCount(beginIndex, endIndex);
    }

    public synchronized void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        sb.getChars(srcBegin, srcEnd, dst, dstBegin);
    }

    public synchronized void setCharAt(int index, char ch) {
        sb.setCharAt(index, ch);
    }

    public synchronized int indexOf(String str) {
        return sb.indexOf(str);
    }

    public synchronized int indexOf(String str, int fromIndex) {
        return sb.indexOf(str, fromIndex);
    }

    public synchronized int lastIndexOf(String str) {
        return sb.lastIndexOf(str);
    }

    public synchronized int lastIndexOf(String str, int fromIndex) {
        return sb.lastIndexOf(str, fromIndex);
    }

    public synchronized String substring(int start) {
        return sb.substring(start);
    }

    public synchronized CharSequence subSequence(int start, int end) {
        return sb.subSequence(start, end);
    }

    public synchronized String substring(int start, int end) {
        return sb.substring(start, end);
    }

    public synchronized String toString() {
        return sb.toString();
    }

    public synchronized int compareTo(StringBuffer another) {
        return sb.compareTo(another.sb);
    }
}
