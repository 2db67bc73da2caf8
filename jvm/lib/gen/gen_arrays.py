#!/usr/bin/env python3
"""Generates src/java/util/Arrays.java (the per-primitive-type methods are
stamped out from one template). Run from anywhere; rewrites the file."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'src', 'java', 'util', 'Arrays.java')

TYPES = [  # (prim, Box, element hash expression on e, sortable)
    ('int', 'Integer', 'e', True),
    ('long', 'Long', 'Long.hashCode(e)', True),
    ('short', 'Short', 'e', True),
    ('char', 'Character', 'e', True),
    ('byte', 'Byte', 'e', True),
    ('float', 'Float', 'Float.floatToIntBits(e)', True),
    ('double', 'Double', 'Double.hashCode(e)', True),
    ('boolean', 'Boolean', '(e ? 1231 : 1237)', False),
]

COMMON = '''
    public static String toString(%(t)s[] a) {
        if (a == null) {
            return "null";
        }
        int iMax = a.length - 1;
        if (iMax == -1) {
            return "[]";
        }
        StringBuilder b = new StringBuilder();
        b.append('[');
        for (int i = 0;; i++) {
            b.append(a[i]);
            if (i == iMax) {
                return b.append(']').toString();
            }
            b.append(", ");
        }
    }

    public static int hashCode(%(t)s[] a) {
        if (a == null) {
            return 0;
        }
        int result = 1;
        for (%(t)s e : a) {
            result = 31 * result + %(hash)s;
        }
        return result;
    }

    public static boolean equals(%(t)s[] a, %(t)s[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null) {
            return false;
        }
        int length = a.length;
        if (a2.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (%(neq)s) {
                return false;
            }
        }
        return true;
    }

    public static void fill(%(t)s[] a, %(t)s val) {
        for (int i = 0, len = a.length; i < len; i++) {
            a[i] = val;
        }
    }

    public static void fill(%(t)s[] a, int fromIndex, int toIndex, %(t)s val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    public static %(t)s[] copyOf(%(t)s[] original, int newLength) {
        if (newLength < 0) {
            throw new NegativeArraySizeException(Integer.toString(newLength));
        }
        %(t)s[] copy = new %(t)s[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    public static %(t)s[] copyOfRange(%(t)s[] original, int from, int to) {
        int newLength = to - from;
        if (newLength < 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        %(t)s[] copy = new %(t)s[newLength];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, newLength));
        return copy;
    }
'''

SORTABLE = '''
    public static void sort(%(t)s[] a) {
        sort%(B)s(a, 0, a.length);
    }

    public static void sort(%(t)s[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sort%(B)s(a, fromIndex, toIndex);
    }

    private static void sort%(B)s(%(t)s[] a, int lo, int hi) {
        if (hi - lo < 2) {
            return;
        }
        %(t)s[] aux = new %(t)s[hi - lo];
        mergeSort%(B)s(a, aux, lo, hi);
    }

    /** Stable merge sort in %(B)s.compare order (so -0.0 before 0.0 and NaN last for floats). */
    private static void mergeSort%(B)s(%(t)s[] a, %(t)s[] aux, int lo, int hi) {
        if (hi - lo <= 16) {
            for (int i = lo + 1; i < hi; i++) {
                %(t)s x = a[i];
                int j = i - 1;
                while (j >= lo && %(B)s.compare(a[j], x) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort%(B)s(a, aux, lo, mid);
        mergeSort%(B)s(a, aux, mid, hi);
        if (%(B)s.compare(a[mid - 1], a[mid]) <= 0) {
            return;
        }
        int n = mid - lo;
        System.arraycopy(a, lo, aux, 0, n);
        int i = 0;
        int j = mid;
        int k = lo;
        while (i < n && j < hi) {
            if (%(B)s.compare(a[j], aux[i]) < 0) {
                a[k++] = a[j++];
            } else {
                a[k++] = aux[i++];
            }
        }
        while (i < n) {
            a[k++] = aux[i++];
        }
    }

    public static int binarySearch(%(t)s[] a, %(t)s key) {
        return binarySearch0(a, 0, a.length, key);
    }

    public static int binarySearch(%(t)s[] a, int fromIndex, int toIndex, %(t)s key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(%(t)s[] a, int fromIndex, int toIndex, %(t)s key) {
        int low = fromIndex;
        int high = toIndex - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = %(B)s.compare(a[mid], key);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }
'''

COMPARE = '''
    public static boolean equals(%(t)s[] a, int aFromIndex, int aToIndex, %(t)s[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        if (aLength != bToIndex - bFromIndex) {
            return false;
        }
        return mismatch0(a, aFromIndex, b, bFromIndex, aLength) < 0;
    }

    /** First index i < length where a[aFrom + i] and b[bFrom + i] differ, or -1. */
    private static int mismatch0(%(t)s[] a, int aFrom, %(t)s[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++) {
            %(t)s x = a[aFrom + i];
            %(t)s y = b[bFrom + i];
            if (%(neqxy)s) {
                return i;
            }
        }
        return -1;
    }

    public static int mismatch(%(t)s[] a, %(t)s[] b) {
        int length = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        int i = mismatch0(a, 0, b, 0, length);
        return (i < 0 && a.length != b.length) ? length : i;
    }

    public static int mismatch(%(t)s[] a, int aFromIndex, int aToIndex, %(t)s[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int length = Math.min(aLength, bLength);
        int i = mismatch0(a, aFromIndex, b, bFromIndex, length);
        return (i < 0 && aLength != bLength) ? length : i;
    }

    public static int compare(%(t)s[] a, %(t)s[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch0(a, 0, b, 0, Math.min(a.length, b.length));
        if (i >= 0) {
            return %(B)s.compare(a[i], b[i]);
        }
        return a.length - b.length;
    }

    public static int compare(%(t)s[] a, int aFromIndex, int aToIndex, %(t)s[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch0(a, aFromIndex, b, bFromIndex, Math.min(aLength, bLength));
        if (i >= 0) {
            return %(B)s.compare(a[aFromIndex + i], b[bFromIndex + i]);
        }
        return aLength - bLength;
    }
'''

UNSIGNED = '''
    public static int compareUnsigned(%(t)s[] a, %(t)s[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch0(a, 0, b, 0, Math.min(a.length, b.length));
        if (i >= 0) {
            return %(B)s.compareUnsigned(a[i], b[i]);
        }
        return a.length - b.length;
    }

    public static int compareUnsigned(%(t)s[] a, int aFromIndex, int aToIndex, %(t)s[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int aLength = aToIndex - aFromIndex;
        int bLength = bToIndex - bFromIndex;
        int i = mismatch0(a, aFromIndex, b, bFromIndex, Math.min(aLength, bLength));
        if (i >= 0) {
            return %(B)s.compareUnsigned(a[aFromIndex + i], b[bFromIndex + i]);
        }
        return aLength - bLength;
    }
'''

OBJECTS = open(os.path.join(HERE, 'arrays_objects.java.in')).read()

def main():
    parts = ['''// GENERATED by jvm/lib/gen/gen_arrays.py -- edit the generator, not this file.
package java.util;

import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.UnaryOperator;

public final class Arrays {
    private Arrays() {
    }

    static void rangeCheck(int arrayLength, int fromIndex, int toIndex) {
        if (fromIndex > toIndex) {
            throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
        }
        if (fromIndex < 0) {
            throw new ArrayIndexOutOfBoundsException(fromIndex);
        }
        if (toIndex > arrayLength) {
            throw new ArrayIndexOutOfBoundsException(toIndex);
        }
    }
''']
    for (t, B, h, sortable) in TYPES:
        if t == 'float':
            neq = 'Float.floatToIntBits(a[i]) != Float.floatToIntBits(a2[i])'
        elif t == 'double':
            neq = 'Double.doubleToLongBits(a[i]) != Double.doubleToLongBits(a2[i])'
        else:
            neq = 'a[i] != a2[i]'
        d = {'t': t, 'B': B, 'hash': h, 'neq': neq,
             'neqxy': neq.replace('a[i]', 'x').replace('a2[i]', 'y')}
        parts.append(COMMON % d)
        parts.append(COMPARE % d)
        if t in ('byte', 'short', 'int', 'long'):
            parts.append(UNSIGNED % d)
        if sortable:
            parts.append(SORTABLE % d)
    parts.append(OBJECTS)
    parts.append('}\n')
    with open(OUT, 'w') as f:
        f.write(''.join(parts))

if __name__ == '__main__':
    main()
