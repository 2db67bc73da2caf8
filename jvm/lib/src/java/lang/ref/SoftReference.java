package java.lang.ref;

/** Soft references are kept strongly (never cleared) by twain. */
public class SoftReference<T> extends Reference<T> {
    public SoftReference(T referent) {
        super(referent);
    }

    public SoftReference(T referent, ReferenceQueue<? super T> q) {
        super(referent);
    }
}
