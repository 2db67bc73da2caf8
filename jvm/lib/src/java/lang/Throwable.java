package java.lang;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

public class Throwable implements java.io.Serializable {
    private static final StackTraceElement[] EMPTY_TRACE = new StackTraceElement[0];
    private static final Throwable[] EMPTY_THROWABLE_ARRAY = new Throwable[0];

    // One object layout with System.Exception (specs/mapping.md, "Throwable
    // and Exception"): the references in this order, then the int, then the
    // booleans, so that both VMs put every field at the same offset.
    private String detailMessage;            // = Exception._message
    private Throwable cause;                 // = Exception._innerException
    private StackTraceElement[] stackTrace;
    private int[] backtrace;
    private List<Throwable> suppressed;
    private String clrSource;                // Exception._source
    private Object clrStackTrace;            // Exception._stackTrace
    private int clrHResult;                  // Exception._HResult
    private boolean suppressionDisabled;
    private boolean causeSet;                // initCause may run once

    /** [methodId, line] pairs for the current call stack, innermost first (without fillInStackTrace/ctor frames). */
    private static native int[] captureBacktrace();

    private static native String backtraceClassName(int methodId);

    private static native String backtraceMethodName(int methodId);

    private static native String backtraceFileName(int methodId);

    public Throwable() {
        fillInStackTrace();
    }

    public Throwable(String message) {
        fillInStackTrace();
        detailMessage = message;
    }

    public Throwable(String message, Throwable cause) {
        fillInStackTrace();
        detailMessage = message;
        this.cause = cause;
        causeSet = true;
    }

    public Throwable(Throwable cause) {
        fillInStackTrace();
        detailMessage = (cause == null ? null : cause.toString());
        this.cause = cause;
        causeSet = true;
    }

    protected Throwable(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        if (writableStackTrace) {
            fillInStackTrace();
        } else {
            stackTrace = EMPTY_TRACE;
        }
        detailMessage = message;
        this.cause = cause;
        causeSet = true;
        if (!enableSuppression) {
            suppressionDisabled = true;
        }
    }

    public String getMessage() {
        return detailMessage;
    }

    public String getLocalizedMessage() {
        return getMessage();
    }

    public synchronized Throwable getCause() {
        return cause;
    }

    public synchronized Throwable initCause(Throwable cause) {
        if (causeSet) {
            throw new IllegalStateException("Can't overwrite cause with " + java.util.Objects.toString(cause, "a null"),
                    this);
        }
        if (cause == this) {
            throw new IllegalArgumentException("Self-causation not permitted", this);
        }
        this.cause = cause;
        causeSet = true;
        return this;
    }

    public String toString() {
        String s = getClass().getName();
        String message = getLocalizedMessage();
        return (message != null) ? (s + ": " + message) : s;
    }

    public synchronized Throwable fillInStackTrace() {
        backtrace = captureBacktrace();
        stackTrace = null;
        return this;
    }

    public StackTraceElement[] getStackTrace() {
        return getOurStackTrace().clone();
    }

    private synchronized StackTraceElement[] getOurStackTrace() {
        if (stackTrace == null) {
            int[] bt = backtrace;
            if (bt == null) {
                stackTrace = EMPTY_TRACE;
            } else {
                int n = bt.length / 2;
                StackTraceElement[] st = new StackTraceElement[n];
                for (int i = 0; i < n; i++) {
                    int id = bt[2 * i];
                    st[i] = new StackTraceElement(backtraceClassName(id), backtraceMethodName(id),
                            backtraceFileName(id), bt[2 * i + 1]);
                }
                stackTrace = st;
            }
        }
        return stackTrace;
    }

    public void setStackTrace(StackTraceElement[] stackTrace) {
        StackTraceElement[] defensiveCopy = stackTrace.clone();
        for (int i = 0; i < defensiveCopy.length; i++) {
            if (defensiveCopy[i] == null) {
                throw new NullPointerException("stackTrace[" + i + "]");
            }
        }
        synchronized (this) {
            this.stackTrace = defensiveCopy;
        }
    }

    public final synchronized void addSuppressed(Throwable exception) {
        if (exception == this) {
            throw new IllegalArgumentException("Self-suppression not permitted", exception);
        }
        if (exception == null) {
            throw new NullPointerException("Cannot suppress a null exception.");
        }
        if (suppressionDisabled) {
            return;
        }
        if (suppressed == null) {
            suppressed = new ArrayList<>(1);
        }
        suppressed.add(exception);
    }

    public final synchronized Throwable[] getSuppressed() {
        if (suppressed == null || suppressed.isEmpty()) {
            return EMPTY_THROWABLE_ARRAY;
        }
        return suppressed.toArray(EMPTY_THROWABLE_ARRAY);
    }

    public void printStackTrace() {
        printStackTrace(System.err);
    }

    public void printStackTrace(PrintStream s) {
        printTrace(new StreamSink(s));
    }

    public void printStackTrace(java.io.PrintWriter s) {
        printTrace(new WriterSink(s));
    }

    private abstract static class Sink {
        abstract void println(Object o);
    }

    private static final class StreamSink extends Sink {
        private final PrintStream out;

        StreamSink(PrintStream out) {
            this.out = out;
        }

        void println(Object o) {
            out.println(o);
        }
    }

    private static final class WriterSink extends Sink {
        private final java.io.PrintWriter out;

        WriterSink(java.io.PrintWriter out) {
            this.out = out;
        }

        void println(Object o) {
            out.println(o);
        }
    }

    private void printTrace(Sink s) {
        List<Throwable> dejaVu = new ArrayList<>();
        dejaVu.add(this);
        s.println(this);
        StackTraceElement[] trace = getOurStackTrace();
        for (StackTraceElement traceElement : trace) {
            s.println("\tat " + traceElement);
        }
        for (Throwable se : getSuppressed()) {
            se.printEnclosedStackTrace(s, trace, "Suppressed: ", "\t", dejaVu);
        }
        Throwable ourCause = getCause();
        if (ourCause != null) {
            ourCause.printEnclosedStackTrace(s, trace, "Caused by: ", "", dejaVu);
        }
    }

    private static boolean seen(List<Throwable> list, Throwable t) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == t) {
                return true;
            }
        }
        return false;
    }

    private void printEnclosedStackTrace(Sink s, StackTraceElement[] enclosingTrace, String caption,
            String prefix, List<Throwable> dejaVu) {
        if (seen(dejaVu, this)) {
            s.println(prefix + caption + "[CIRCULAR REFERENCE: " + this + "]");
            return;
        }
        dejaVu.add(this);
        StackTraceElement[] trace = getOurStackTrace();
        int m = trace.length - 1;
        int n = enclosingTrace.length - 1;
        while (m >= 0 && n >= 0 && trace[m].equals(enclosingTrace[n])) {
            m--;
            n--;
        }
        int framesInCommon = trace.length - 1 - m;
        s.println(prefix + caption + this);
        for (int i = 0; i <= m; i++) {
            s.println(prefix + "\tat " + trace[i]);
        }
        if (framesInCommon != 0) {
            s.println(prefix + "\t... " + framesInCommon + " more");
        }
        for (Throwable se : getSuppressed()) {
            se.printEnclosedStackTrace(s, trace, "Suppressed: ", prefix + "\t", dejaVu);
        }
        Throwable ourCause = getCause();
        if (ourCause != null) {
            ourCause.printEnclosedStackTrace(s, trace, "Caused by: ", prefix, dejaVu);
        }
    }
}
