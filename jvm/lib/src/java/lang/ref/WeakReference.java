package java.lang.ref;

/** The runtime treats the inherited field Reference.referent of registered objects as a weak slot. */
public class WeakReference<T> extends Reference<T> {
    public WeakReference(T referent) {
        super(referent);
        registerWeak();
    }

    public WeakReference(T referent, ReferenceQueue<? super T> q) {
        super(referent);
        registerWeak();
    }

    /** Registers this object's field java/lang/ref/Reference.referent as a weak reference. */
    private native void registerWeak();
}
