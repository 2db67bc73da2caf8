package java.lang;

/** Root of the class hierarchy. Identity hash codes and cloning are natives. */
public class Object {
    public Object() {
    }

    public final native Class<?> getClass();

    public native int hashCode();

    public boolean equals(Object obj) {
        return this == obj;
    }

    protected native Object clone() throws CloneNotSupportedException;

    public String toString() {
        return getClass().getName() + "@" + Integer.toHexString(hashCode());
    }

    private void checkOwner() {
        if (!Thread.holdsLock(this)) {
            throw new IllegalMonitorStateException("current thread is not owner");
        }
    }

    public final void notify() {
        checkOwner();
    }

    public final void notifyAll() {
        checkOwner();
    }

    /** Single-threaded: nobody can notify, so waiting (while owning the monitor) just returns. */
    public final void wait() throws InterruptedException {
        wait(0L);
    }

    public final void wait(long timeoutMillis) throws InterruptedException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        checkOwner();
    }

    public final void wait(long timeoutMillis, int nanos) throws InterruptedException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeoutMillis value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        wait(timeoutMillis);
    }

    @Deprecated(since = "9")
    protected void finalize() throws Throwable {
    }
}
