package java.lang;

/**
 * twain runs a single thread. A Thread's start() runs its run() method
 * synchronously on the caller's stack; join() returns immediately.
 */
public class Thread implements Runnable {
    public static final int MIN_PRIORITY = 1;
    public static final int NORM_PRIORITY = 5;
    public static final int MAX_PRIORITY = 10;

    private static Thread mainThread;
    private static int threadCount;

    private String name;
    private final Runnable target;
    private int priority = NORM_PRIORITY;
    private boolean daemon;
    private boolean started;
    private boolean running;
    private final long tid;
    private UncaughtExceptionHandler handler;
    private static UncaughtExceptionHandler defaultHandler;

    public interface UncaughtExceptionHandler {
        void uncaughtException(Thread t, Throwable e);
    }

    public Thread() {
        this(null, null);
    }

    public Thread(Runnable target) {
        this(target, null);
    }

    public Thread(String name) {
        this(null, name);
    }

    public Thread(Runnable target, String name) {
        this.target = target;
        this.tid = ++threadCount;
        this.name = name != null ? name : (mainThread == null ? "main" : "Thread-" + (tid - 2));
    }

    public static Thread currentThread() {
        if (mainThread == null) {
            mainThread = new Thread(null, "main");
        }
        return mainThread;
    }

    /** True if the current thread holds obj's monitor; NullPointerException if obj is null. */
    public static native boolean holdsLock(Object obj);

    /** Thread states (twain's threads are either NEW, RUNNABLE while running, or TERMINATED). */
    public enum State {
        NEW,
        RUNNABLE,
        BLOCKED,
        WAITING,
        TIMED_WAITING,
        TERMINATED
    }

    public State getState() {
        if (this == mainThread) {
            return State.RUNNABLE;
        }
        if (!started) {
            return State.NEW;
        }
        return running ? State.RUNNABLE : State.TERMINATED;
    }

    public static native void sleep(long millis) throws InterruptedException;

    public static void sleep(long millis, int nanos) throws InterruptedException {
        sleep(millis);
    }

    public static void yield() {
    }

    public static void onSpinWait() {
    }

    public static boolean interrupted() {
        return false;
    }

    public boolean isInterrupted() {
        return false;
    }

    public void interrupt() {
    }

    public void run() {
        if (target != null) {
            target.run();
        }
    }

    public synchronized void start() {
        if (started) {
            throw new IllegalThreadStateException();
        }
        started = true;
        running = true;
        try {
            run();
        } catch (Throwable e) {
            dispatch(e);
        } finally {
            running = false;
        }
    }

    private void dispatch(Throwable e) {
        UncaughtExceptionHandler h = handler != null ? handler : defaultHandler;
        if (h != null) {
            h.uncaughtException(this, e);
        } else {
            System.err.print("Exception in thread \"" + name + "\" ");
            e.printStackTrace(System.err);
        }
    }

    /** Called by the runtime when main (or a static initializer) ends with an uncaught exception. */
    static void dispatchUncaughtException(Throwable e) {
        currentThread().dispatch(e);
    }

    public final void join() throws InterruptedException {
    }

    public final void join(long millis) throws InterruptedException {
    }

    public final boolean isAlive() {
        return running;
    }

    public final String getName() {
        return name;
    }

    public final void setName(String name) {
        if (name == null) {
            throw new NullPointerException("name cannot be null");
        }
        this.name = name;
    }

    public long getId() {
        return tid;
    }

    public final int getPriority() {
        return priority;
    }

    public final void setPriority(int newPriority) {
        if (newPriority > MAX_PRIORITY || newPriority < MIN_PRIORITY) {
            throw new IllegalArgumentException();
        }
        priority = newPriority;
    }

    public final boolean isDaemon() {
        return daemon;
    }

    public final void setDaemon(boolean on) {
        daemon = on;
    }

    public void setUncaughtExceptionHandler(UncaughtExceptionHandler eh) {
        handler = eh;
    }

    public UncaughtExceptionHandler getUncaughtExceptionHandler() {
        return handler;
    }

    public static void setDefaultUncaughtExceptionHandler(UncaughtExceptionHandler eh) {
        defaultHandler = eh;
    }

    public static UncaughtExceptionHandler getDefaultUncaughtExceptionHandler() {
        return defaultHandler;
    }

    public StackTraceElement[] getStackTrace() {
        return new Throwable().getStackTrace();
    }

    public String toString() {
        return "Thread[" + name + "," + priority + ",main]";
    }
}
