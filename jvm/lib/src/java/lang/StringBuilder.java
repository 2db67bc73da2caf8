package java.lang;

/** Mutable UTF-16 character sequence. StringBuffer delegates to this class. */
public final class StringBuilder implements java.io.Serializable, Comparable<StringBuilder>, CharSequence, Appendable {
    char[] value;
    int count;

    public StringBuilder() {
        value = new char[16];
    }

    public StringBuilder(int capacity) {
        if (capacity < 0) {
            throw new NegativeArraySizeException(Integer.toString(capacity));
        }
        value = new char[capacity];
    }

    public StringBuilder(String str) {
        value = new char[str.length() + 16];
        append(str);
    }

    public StringBuilder(CharSequence seq) {
        value = new char[seq.length() + 16];
        append(seq);
    }

    // ---- capacity ----------------------------------------------------------

    public int length() {
        return count;
    }

    public int capacity() {
        return value.length;
    }

    public void ensureCapacity(int minimumCapacity) {
        if (minimumCapacity > value.length) {
            grow(minimumCapacity);
        }
    }

    private void grow(int min) {
        int n = (value.length << 1) + 2;
        if (n < min) {
            n = min;
        }
        if (n < 0) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        char[] v = new char[n];
        System.arraycopy(value, 0, v, 0, count);
        value = v;
    }

    private void need(int extra) {
        int min = count + extra;
        if (min < 0) {
            throw new OutOfMemoryError("Required length exceeds implementation limit");
        }
        if (min > value.length) {
            grow(min);
        }
    }

    public void trimToSize() {
        if (count < value.length) {
            char[] v = new char[count];
            System.arraycopy(value, 0, v, 0, count);
            value = v;
        }
    }

    public void setLength(int newLength) {
        if (newLength < 0) {
            throw new StringIndexOutOfBoundsException(newLength);
        }
        ensureCapacity(newLength);
        for (int i = count; i < newLength; i++) {
            value[i] = 0;
        }
        count = newLength;
    }

    // ---- access --------------------------------------------------------------

    public char charAt(int index) {
        if (index < 0 || index >= count) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + count);
        }
        return value[index];
    }

    public int codePointAt(int index) {
        if (index < 0 || index >= count) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + count);
        }
        char c1 = value[index];
        if (Character.isHighSurrogate(c1) && index + 1 < count && Character.isLowSurrogate(value[index + 1])) {
            return Character.toCodePoint(c1, value[index + 1]);
        }
        return c1;
    }

    public int codePointBefore(int index) {
        int i = index - 1;
        if (i < 0 || i >= count) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + count);
        }
        char c2 = value[i];
        if (Character.isLowSurrogate(c2) && i > 0 && Character.isHighSurrogate(value[i - 1])) {
            return Character.toCodePoint(value[i - 1], c2);
        }
        return c2;
    }

    public int codePointCount(int beginIndex, int endIndex) {
        if (beginIndex < 0 || endIndex > count || beginIndex > endIndex) {
            throw new IndexOutOfBoundsException();
        }
        return Character.codePointCount(this, beginIndex, endIndex);
    }

    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        String.checkBoundsBeginEnd(srcBegin, srcEnd, count);
        System.arraycopy(value, srcBegin, dst, dstBegin, srcEnd - srcBegin);
    }

    public void setCharAt(int index, char ch) {
        if (index < 0 || index >= count) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + count);
        }
        value[index] = ch;
    }

    // ---- append --------------------------------------------------------------

    public StringBuilder append(Object obj) {
        return append(String.valueOf(obj));
    }

    public StringBuilder append(String str) {
        if (str == null) {
            return appendNull();
        }
        int len = str.length();
        need(len);
        char[] v = value;
        int c = count;
        for (int i = 0; i < len; i++) {
            v[c + i] = str.charAt(i);
        }
        count = c + len;
        return this;
    }

    public StringBuilder append(StringBuffer sb) {
        if (sb == null) {
            return appendNull();
        }
        return append((CharSequence) sb);
    }

    private StringBuilder appendNull() {
        need(4);
        value[count++] = 'n';
        value[count++] = 'u';
        value[count++] = 'l';
        value[count++] = 'l';
        return this;
    }

    public StringBuilder append(CharSequence s) {
        if (s == null) {
            return appendNull();
        }
        if (s instanceof String) {
            return append((String) s);
        }
        return append(s, 0, s.length());
    }

    public StringBuilder append(CharSequence s, int start, int end) {
        if (s == null) {
            s = "null";
        }
        if (start < 0 || start > end || end > s.length()) {
            throw new IndexOutOfBoundsException("start " + start + ", end " + end + ", length " + s.length());
        }
        int len = end - start;
        need(len);
        if (s instanceof StringBuilder) {
            System.arraycopy(((StringBuilder) s).value, start, value, count, len);
        } else {
            for (int i = 0; i < len; i++) {
                value[count + i] = s.charAt(start + i);
            }
        }
        count += len;
        return this;
    }

    public StringBuilder append(char[] str) {
        int len = str.length;
        need(len);
        System.arraycopy(str, 0, value, count, len);
        count += len;
        return this;
    }

    public StringBuilder append(char[] str, int offset, int len) {
        String.checkBoundsOffCount(offset, len, str.length);
        need(len);
        System.arraycopy(str, offset, value, count, len);
        count += len;
        return this;
    }

    public StringBuilder append(boolean b) {
        return append(b ? "true" : "false");
    }

    public StringBuilder append(char c) {
        need(1);
        value[count++] = c;
        return this;
    }

    public StringBuilder append(int i) {
        int size = Integer.stringSize(i);
        need(size);
        Integer.getChars(i, count + size, value);
        count += size;
        return this;
    }

    public StringBuilder append(long l) {
        int size = Long.stringSize(l);
        need(size);
        Long.getChars(l, count + size, value);
        count += size;
        return this;
    }

    public StringBuilder append(float f) {
        return append(Float.toString(f));
    }

    public StringBuilder append(double d) {
        return append(Double.toString(d));
    }

    public StringBuilder appendCodePoint(int codePoint) {
        if (Character.isBmpCodePoint(codePoint)) {
            return append((char) codePoint);
        }
        if (!Character.isValidCodePoint(codePoint)) {
            throw new IllegalArgumentException(
                    "Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase());
        }
        need(2);
        value[count++] = Character.highSurrogate(codePoint);
        value[count++] = Character.lowSurrogate(codePoint);
        return this;
    }

    // ---- delete / replace / insert ---------------------------------------------

    public StringBuilder delete(int start, int end) {
        if (end > count) {
            end = count;
        }
        if (start < 0 || start > end) {
            throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + count);
        }
        int len = end - start;
        if (len > 0) {
            System.arraycopy(value, end, value, start, count - end);
            count -= len;
        }
        return this;
    }

    public StringBuilder deleteCharAt(int index) {
        if (index < 0 || index >= count) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + count);
        }
        System.arraycopy(value, index + 1, value, index, count - index - 1);
        count--;
        return this;
    }

    public StringBuilder replace(int start, int end, String str) {
        if (end > count) {
            end = count;
        }
        if (start < 0 || start > count || start > end) {
            throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + count);
        }
        int len = str.length();
        int newCount = count + len - (end - start);
        ensureCapacity(newCount);
        System.arraycopy(value, end, value, start + len, count - end);
        for (int i = 0; i < len; i++) {
            value[start + i] = str.charAt(i);
        }
        count = newCount;
        return this;
    }

    private void openGap(int offset, int len) {
        if (offset < 0 || offset > count) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + count);
        }
        need(len);
        System.arraycopy(value, offset, value, offset + len, count - offset);
        count += len;
    }

    public StringBuilder insert(int index, char[] str, int offset, int len) {
        if (index < 0 || index > count) {
            throw new StringIndexOutOfBoundsException("offset " + index + ", length " + count);
        }
        String.checkBoundsOffCount(offset, len, str.length);
        openGap(index, len);
        System.arraycopy(str, offset, value, index, len);
        return this;
    }

    public StringBuilder insert(int offset, Object obj) {
        return insert(offset, String.valueOf(obj));
    }

    public StringBuilder insert(int offset, String str) {
        if (str == null) {
            str = "null";
        }
        int len = str.length();
        openGap(offset, len);
        for (int i = 0; i < len; i++) {
            value[offset + i] = str.charAt(i);
        }
        return this;
    }

    public StringBuilder insert(int offset, char[] str) {
        openGap(offset, str.length);
        System.arraycopy(str, 0, value, offset, str.length);
        return this;
    }

    public StringBuilder insert(int dstOffset, CharSequence s) {
        if (s == null) {
            s = "null";
        }
        return insert(dstOffset, s, 0, s.length());
    }

    public StringBuilder insert(int dstOffset, CharSequence s, int start, int end) {
        if (s == null) {
            s = "null";
        }
        if (dstOffset < 0 || dstOffset > count) {
            throw new IndexOutOfBoundsException("offset " + dstOffset + ", length " + count);
        }
        if (start < 0 || start > end || end > s.length()) {
            throw new IndexOutOfBoundsException("start " + start + ", end " + end + ", length " + s.length());
        }
        String str = s.subSequence(start, end).toString();
        return insert(dstOffset, str);
    }

    public StringBuilder insert(int offset, boolean b) {
        return insert(offset, String.valueOf(b));
    }

    public StringBuilder insert(int offset, char c) {
        openGap(offset, 1);
        value[offset] = c;
        return this;
    }

    public StringBuilder insert(int offset, int i) {
        return insert(offset, String.valueOf(i));
    }

    public StringBuilder insert(int offset, long l) {
        return insert(offset, String.valueOf(l));
    }

    public StringBuilder insert(int offset, float f) {
        return insert(offset, String.valueOf(f));
    }

    public StringBuilder insert(int offset, double d) {
        return insert(offset, String.valueOf(d));
    }

    // ---- search ----------------------------------------------------------------

    public int indexOf(String str) {
        return indexOf(str, 0);
    }

    public int indexOf(String str, int fromIndex) {
        int m = str.length();
        if (fromIndex < 0) {
            fromIndex = 0;
        }
        if (fromIndex >= count) {
            return m == 0 ? count : -1;
        }
        for (int i = fromIndex; i <= count - m; i++) {
            int j = 0;
            while (j < m && value[i + j] == str.charAt(j)) {
                j++;
            }
            if (j == m) {
                return i;
            }
        }
        return -1;
    }

    public int lastIndexOf(String str) {
        return lastIndexOf(str, count);
    }

    public int lastIndexOf(String str, int fromIndex) {
        int m = str.length();
        for (int i = Math.min(fromIndex, count - m); i >= 0; i--) {
            int j = 0;
            while (j < m && value[i + j] == str.charAt(j)) {
                j++;
            }
            if (j == m) {
                return i;
            }
        }
        return -1;
    }

    // ---- misc --------------------------------------------------------------------

    public StringBuilder reverse() {
        int n = count - 1;
        boolean hasSurrogates = false;
        for (int j = (n - 1) >> 1; j >= 0; j--) {
            int k = n - j;
            char cj = value[j];
            char ck = value[k];
            value[j] = ck;
            value[k] = cj;
            if (Character.isSurrogate(cj) || Character.isSurrogate(ck)) {
                hasSurrogates = true;
            }
        }
        if (hasSurrogates) {
            // restore the order of each (now reversed) surrogate pair
            for (int i = 0; i < count - 1; i++) {
                char c2 = value[i];
                if (Character.isLowSurrogate(c2)) {
                    char c1 = value[i + 1];
                    if (Character.isHighSurrogate(c1)) {
                        value[i++] = c1;
                        value[i] = c2;
                    }
                }
            }
        }
        return this;
    }

    public String substring(int start) {
        return substring(start, count);
    }

    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    public String substring(int start, int end) {
        if (start < 0 || start > end || end > count) {
            throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + count);
        }
        return String.fromChars(value, start, end - start);
    }

    public int compareTo(StringBuilder another) {
        int lim = Math.min(count, another.count);
        for (int i = 0; i < lim; i++) {
            char a = value[i];
            char b = another.value[i];
            if (a != b) {
                return a - b;
            }
        }
        return count - another.count;
    }

    public String toString() {
        return String.fromChars(value, 0, count);
    }
}
