package java.util;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.PrintStream;

/**
 * printf-style formatting: conversions b B h H s S c C d o x X e E f g G n %,
 * flags - # + space 0 , ( and <, width, precision and explicit indices n$.
 * Date/time (%t) and hexadecimal floating point (%a) are not supported.
 * Digits of floating-point conversions come from the runtime (formatDouble).
 */
public final class Formatter implements Closeable, Flushable {
    private Appendable a;
    private final Locale l;
    private IOException lastException;
    private boolean closed;

    /**
     * Digits for a non-negative finite value: conversion 'f' (fixed, precision digits after the
     * point), 'e' (d.ddde+xx) or 'g' (Java's %g choice between the two), rounded HALF_UP like Java.
     */
    private static native String formatDouble(double value, char conversion, int precision);

    public Formatter() {
        this(new StringBuilder(), Locale.getDefault());
    }

    public Formatter(Appendable a) {
        this(a == null ? new StringBuilder() : a, Locale.getDefault());
    }

    public Formatter(Locale l) {
        this(new StringBuilder(), l);
    }

    public Formatter(Appendable a, Locale l) {
        this.a = a == null ? new StringBuilder() : a;
        this.l = l;
    }

    public Formatter(PrintStream ps) {
        this((Appendable) Objects.requireNonNull(ps), Locale.getDefault());
    }

    private void ensureOpen() {
        if (closed) {
            throw new FormatterClosedException();
        }
    }

    public Locale locale() {
        ensureOpen();
        return l;
    }

    public Appendable out() {
        ensureOpen();
        return a;
    }

    public String toString() {
        ensureOpen();
        return a.toString();
    }

    public void flush() {
        ensureOpen();
        if (a instanceof Flushable) {
            try {
                ((Flushable) a).flush();
            } catch (IOException ioe) {
                lastException = ioe;
            }
        }
    }

    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (a instanceof Closeable) {
            try {
                ((Closeable) a).close();
            } catch (IOException ioe) {
                lastException = ioe;
            }
        }
    }

    public IOException ioException() {
        return lastException;
    }

    public Formatter format(String format, Object... args) {
        return format(l, format, args);
    }

    public Formatter format(Locale l, String format, Object... args) {
        ensureOpen();
        StringBuilder out = new StringBuilder();
        int last = -1;
        int lasto = -1;
        int n = format.length();
        int i = 0;
        while (i < n) {
            int j = format.indexOf('%', i);
            if (j < 0) {
                out.append(format, i, n);
                break;
            }
            out.append(format, i, j);
            Spec spec = new Spec();
            i = parseSpec(format, j, spec);
            char c = spec.conversion;
            if (c == '%' || c == 'n') {
                if (c == 'n') {
                    if (spec.width != -1 || spec.precision != -1 || !spec.flags.isEmpty()) {
                        if (spec.width != -1) {
                            throw new IllegalFormatWidthException(spec.width);
                        }
                        if (spec.precision != -1) {
                            throw new IllegalFormatPrecisionException(spec.precision);
                        }
                        throw new IllegalFormatFlagsException(spec.flags);
                    }
                    out.append(System.lineSeparator());
                } else {
                    if (spec.precision != -1) {
                        throw new IllegalFormatPrecisionException(spec.precision);
                    }
                    if (spec.has('-') && spec.width == -1) {
                        throw new MissingFormatWidthException("%" + spec.flags + "%");
                    }
                    justify(out, "%", spec);
                }
                continue;
            }
            Object arg;
            if (spec.index > 0) {
                if (args == null) {
                    arg = null;
                } else if (spec.index > args.length) {
                    throw new MissingFormatArgumentException(spec.text);
                } else {
                    arg = args[spec.index - 1];
                }
                last = spec.index - 1;
            } else if (spec.has('<')) {
                if (args != null && (last < 0 || last > args.length - 1)) {
                    throw new MissingFormatArgumentException(spec.text);
                }
                arg = args == null ? null : args[last];
            } else {
                lasto++;
                last = lasto;
                if (args != null && lasto > args.length - 1) {
                    throw new MissingFormatArgumentException(spec.text);
                }
                arg = args == null ? null : args[lasto];
            }
            print(out, arg, spec);
        }
        try {
            a.append(out);
        } catch (IOException ioe) {
            lastException = ioe;
        }
        return this;
    }

    private static final class Spec {
        int index = -1;
        String flags = "";
        int width = -1;
        int precision = -1;
        char conversion;
        boolean upper;
        String text;

        boolean has(char f) {
            return flags.indexOf(f) >= 0;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Parses the specifier starting at format[start] == '%'; returns the index after it. */
    private static int parseSpec(String format, int start, Spec spec) {
        int n = format.length();
        int p = start + 1;
        if (p >= n) {
            throw new UnknownFormatConversionException("%");
        }
        // explicit index
        int q = p;
        while (q < n && isDigit(format.charAt(q))) {
            q++;
        }
        if (q > p && q < n && format.charAt(q) == '$') {
            try {
                spec.index = Integer.parseInt(format.substring(p, q));
            } catch (NumberFormatException e) {
                spec.index = Integer.MAX_VALUE;
            }
            if (spec.index <= 0) {
                throw new IllegalFormatArgumentIndexException(spec.index);
            }
            p = q + 1;
        }
        StringBuilder flags = new StringBuilder();
        while (p < n && "-#+ 0,(<".indexOf(format.charAt(p)) >= 0) {
            char f = format.charAt(p);
            if (flags.indexOf(String.valueOf(f)) >= 0) {
                throw new DuplicateFormatFlagsException(String.valueOf(f));
            }
            flags.append(f);
            p++;
        }
        spec.flags = flags.toString();
        q = p;
        while (q < n && isDigit(format.charAt(q))) {
            q++;
        }
        if (q > p) {
            try {
                spec.width = Integer.parseInt(format.substring(p, q));
            } catch (NumberFormatException e) {
                throw new IllegalFormatWidthException(Integer.MIN_VALUE);
            }
            p = q;
        }
        if (p < n && format.charAt(p) == '.') {
            q = p + 1;
            while (q < n && isDigit(format.charAt(q))) {
                q++;
            }
            if (q == p + 1) {
                throw new UnknownFormatConversionException(".");
            }
            try {
                spec.precision = Integer.parseInt(format.substring(p + 1, q));
            } catch (NumberFormatException e) {
                throw new IllegalFormatPrecisionException(Integer.MIN_VALUE);
            }
            p = q;
        }
        if (p >= n) {
            throw new UnknownFormatConversionException("%");
        }
        char c = format.charAt(p);
        if (c == 't' || c == 'T') {
            throw new UnknownFormatConversionException(String.valueOf(c) + (p + 1 < n ? format.charAt(p + 1) : ""));
        }
        if ("bBhHsScCdoxXeEfgGn%".indexOf(c) < 0) {
            throw new UnknownFormatConversionException(String.valueOf(c));
        }
        spec.upper = Character.isUpperCase(c);
        spec.conversion = Character.toLowerCase(c);
        spec.text = format.substring(start, p + 1);
        // general flag checks
        if (spec.has('-') && spec.has('0')) {
            throw new IllegalFormatFlagsException(spec.flags);
        }
        if (spec.has('+') && spec.has(' ')) {
            throw new IllegalFormatFlagsException(spec.flags);
        }
        if ((spec.has('-') || spec.has('0')) && spec.width == -1 && spec.conversion != 'n') {
            throw new MissingFormatWidthException(spec.text);
        }
        return p + 1;
    }

    private static void justify(StringBuilder out, String s, Spec spec) {
        int pad = spec.width - s.length();
        if (pad <= 0) {
            out.append(s);
            return;
        }
        if (spec.has('-')) {
            out.append(s);
            for (int k = 0; k < pad; k++) {
                out.append(' ');
            }
        } else {
            for (int k = 0; k < pad; k++) {
                out.append(' ');
            }
            out.append(s);
        }
    }

    private static void failMismatch(Spec spec, String bad) {
        for (int k = 0; k < bad.length(); k++) {
            if (spec.has(bad.charAt(k))) {
                throw new FormatFlagsConversionMismatchException(String.valueOf(bad.charAt(k)), spec.conversion);
            }
        }
    }

    private static char convChar(Spec spec) {
        return spec.upper ? Character.toUpperCase(spec.conversion) : spec.conversion;
    }

    private void print(StringBuilder out, Object arg, Spec spec) {
        char c = spec.conversion;
        if (c == 'b' || c == 'h' || c == 's') {
            String s;
            if (c == 'b') {
                failMismatch(spec, "#+ 0,(");
                s = arg == null ? "false" : (arg instanceof Boolean ? arg.toString() : "true");
            } else if (c == 'h') {
                failMismatch(spec, "#+ 0,(");
                s = arg == null ? "null" : Integer.toHexString(arg.hashCode());
            } else {
                if (arg instanceof Formattable) {
                    throw new UnsupportedOperationException("Formattable");
                }
                failMismatch(spec, "#+ 0,(");
                s = String.valueOf(arg);
            }
            if (spec.precision != -1 && spec.precision < s.length()) {
                s = s.substring(0, spec.precision);
            }
            if (spec.upper) {
                s = s.toUpperCase();
            }
            justify(out, s, spec);
            return;
        }
        if (c == 'c') {
            if (spec.precision != -1) {
                throw new IllegalFormatPrecisionException(spec.precision);
            }
            failMismatch(spec, "#+ 0,(");
            String s;
            if (arg == null) {
                s = "null";
            } else if (arg instanceof Character) {
                s = arg.toString();
            } else if (arg instanceof Byte || arg instanceof Short || arg instanceof Integer) {
                int cp = ((Number) arg).intValue();
                if (arg instanceof Byte) {
                    cp = cp & 0xFF;
                } else if (arg instanceof Short) {
                    cp = cp & 0xFFFF;
                }
                if (!Character.isValidCodePoint(cp)) {
                    throw new IllegalFormatCodePointException(cp);
                }
                s = new StringBuilder().appendCodePoint(cp).toString();
            } else {
                throw new IllegalFormatConversionException(convChar(spec), arg.getClass());
            }
            if (spec.upper) {
                s = s.toUpperCase();
            }
            justify(out, s, spec);
            return;
        }
        if (c == 'd' || c == 'o' || c == 'x') {
            if (spec.precision != -1) {
                throw new IllegalFormatPrecisionException(spec.precision);
            }
            if (arg == null) {
                justify(out, "null", spec);
                return;
            }
            if (!(arg instanceof Integer || arg instanceof Long || arg instanceof Short || arg instanceof Byte)) {
                throw new IllegalFormatConversionException(convChar(spec), arg.getClass());
            }
            long v = ((Number) arg).longValue();
            if (c == 'd') {
                failMismatch(spec, "#");
                printInteger(out, v, spec);
            } else {
                failMismatch(spec, "+ ,(");
                String digits;
                if (arg instanceof Long) {
                    digits = c == 'x' ? Long.toHexString(v) : Long.toOctalString(v);
                } else {
                    int iv = (int) v;
                    if (arg instanceof Byte) {
                        iv &= 0xFF;
                    } else if (arg instanceof Short) {
                        iv &= 0xFFFF;
                    }
                    digits = c == 'x' ? Integer.toHexString(iv) : Integer.toOctalString(iv);
                }
                String prefix = spec.has('#') ? (c == 'x' ? "0x" : "0") : "";
                StringBuilder sb = new StringBuilder(prefix);
                if (spec.has('0')) {
                    for (int k = prefix.length() + digits.length(); k < spec.width; k++) {
                        sb.append('0');
                    }
                }
                sb.append(digits);
                String s = sb.toString();
                if (spec.upper) {
                    s = s.toUpperCase();
                }
                justify(out, s, spec);
            }
            return;
        }
        // e, f, g
        if (arg == null) {
            justify(out, "null", spec);
            return;
        }
        double value;
        if (arg instanceof Double) {
            value = ((Double) arg).doubleValue();
        } else if (arg instanceof Float) {
            value = ((Float) arg).floatValue();
        } else {
            throw new IllegalFormatConversionException(convChar(spec), arg.getClass());
        }
        if (c == 'e') {
            failMismatch(spec, ",");
        }
        if (c == 'g') {
            failMismatch(spec, "#");
        }
        printDouble(out, value, spec);
    }

    private static void group(StringBuilder sb, String digits) {
        int len = digits.length();
        for (int k = 0; k < len; k++) {
            sb.append(digits.charAt(k));
            int remaining = len - 1 - k;
            if (remaining > 0 && remaining % 3 == 0) {
                sb.append(',');
            }
        }
    }

    private static void printInteger(StringBuilder out, long v, Spec spec) {
        boolean neg = v < 0;
        String mag = Long.toString(v);
        if (neg) {
            mag = mag.substring(1);
        }
        StringBuilder sb = new StringBuilder();
        leadingSign(sb, neg, spec);
        int signLen = sb.length();
        StringBuilder body = new StringBuilder();
        if (spec.has(',')) {
            group(body, mag);
        } else {
            body.append(mag);
        }
        zeroPad(sb, body, signLen, neg, spec);
        trailingSign(sb, neg, spec);
        justify(out, sb.toString(), spec);
    }

    private static void leadingSign(StringBuilder sb, boolean neg, Spec spec) {
        if (!neg) {
            if (spec.has('+')) {
                sb.append('+');
            } else if (spec.has(' ')) {
                sb.append(' ');
            }
        } else {
            if (spec.has('(')) {
                sb.append('(');
            } else {
                sb.append('-');
            }
        }
    }

    private static void trailingSign(StringBuilder sb, boolean neg, Spec spec) {
        if (neg && spec.has('(')) {
            sb.append(')');
        }
    }

    private static void zeroPad(StringBuilder sb, CharSequence body, int signLen, boolean neg, Spec spec) {
        if (spec.has('0')) {
            int width = spec.width;
            if (neg && spec.has('(')) {
                width--;
            }
            for (int k = signLen + body.length(); k < width; k++) {
                sb.append('0');
            }
        }
        sb.append(body);
    }

    private static void printDouble(StringBuilder out, double value, Spec spec) {
        char c = spec.conversion;
        StringBuilder sb = new StringBuilder();
        boolean neg = Double.compare(value, 0.0) == -1;
        if (Double.isNaN(value)) {
            sb.append(spec.upper ? "NAN" : "NaN");
            justify(out, sb.toString(), spec);
            return;
        }
        double v = Math.abs(value);
        leadingSign(sb, neg, spec);
        if (Double.isInfinite(v)) {
            sb.append(spec.upper ? "INFINITY" : "Infinity");
            trailingSign(sb, neg, spec);
            justify(out, sb.toString(), spec);
            return;
        }
        int prec = spec.precision;
        if (prec == -1) {
            prec = 6;
        } else if (c == 'g' && prec == 0) {
            prec = 1;
        }
        String digits = formatDouble(v, c, prec);
        if (c == 'f' && spec.has('#') && prec == 0) {
            digits = digits + ".";
        }
        StringBuilder body = new StringBuilder();
        if (spec.has(',') && digits.indexOf('e') < 0) {
            int dot = digits.indexOf('.');
            String intPart = dot < 0 ? digits : digits.substring(0, dot);
            group(body, intPart);
            if (dot >= 0) {
                body.append(digits, dot, digits.length());
            }
        } else {
            body.append(digits);
        }
        int signLen = sb.length();
        zeroPad(sb, body, signLen, neg, spec);
        trailingSign(sb, neg, spec);
        String s = sb.toString();
        if (spec.upper) {
            s = s.toUpperCase();
        }
        justify(out, s, spec);
    }
}
