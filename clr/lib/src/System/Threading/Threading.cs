using System.Runtime.CompilerServices;

namespace System.Threading {
    public enum LazyThreadSafetyMode { None = 0, PublicationOnly = 1, ExecutionAndPublication = 2 }

    public static class Monitor {
        /// Acquires the object's monitor (re-entrant). A single-threaded runtime may make this a no-op
        /// after the null check.
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern void EnterImpl(object obj);
        /// Releases the object's monitor (SynchronizationLockException when not held is optional).
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern void ExitImpl(object obj);

        public static void Enter(object obj) {
            if (obj == null) throw new ArgumentNullException("obj");
            EnterImpl(obj);
        }
        public static void Enter(object obj, ref bool lockTaken) {
            if (lockTaken) throw new ArgumentException("Argument must be initialized to false", "lockTaken");
            if (obj == null) throw new ArgumentNullException("obj");
            EnterImpl(obj);
            lockTaken = true;
        }
        public static bool TryEnter(object obj) { Enter(obj); return true; }
        public static void TryEnter(object obj, ref bool lockTaken) { Enter(obj, ref lockTaken); }
        public static void Exit(object obj) {
            if (obj == null) throw new ArgumentNullException("obj");
            ExitImpl(obj);
        }
        public static bool IsEntered(object obj) { return true; }
        public static void Pulse(object obj) { }
        public static void PulseAll(object obj) { }
        public static bool Wait(object obj) { return true; }
    }

    /// Plain (non-atomic) C# implementations: correct for twain's single-threaded execution; a
    /// multi-threaded runtime must make these intrinsics.
    public static class Interlocked {
        public static int CompareExchange(ref int location1, int value, int comparand) {
            int old = location1;
            if (old == comparand) location1 = value;
            return old;
        }
        public static long CompareExchange(ref long location1, long value, long comparand) {
            long old = location1;
            if (old == comparand) location1 = value;
            return old;
        }
        public static object CompareExchange(ref object location1, object value, object comparand) {
            object old = location1;
            if (old == comparand) location1 = value;
            return old;
        }
        public static T CompareExchange<T>(ref T location1, T value, T comparand) where T : class {
            T old = location1;
            if ((object)old == (object)comparand) location1 = value;
            return old;
        }
        public static int Exchange(ref int location1, int value) { int old = location1; location1 = value; return old; }
        public static long Exchange(ref long location1, long value) { long old = location1; location1 = value; return old; }
        public static object Exchange(ref object location1, object value) { object old = location1; location1 = value; return old; }
        public static T Exchange<T>(ref T location1, T value) where T : class { T old = location1; location1 = value; return old; }
        public static int Increment(ref int location) { return ++location; }
        public static long Increment(ref long location) { return ++location; }
        public static int Decrement(ref int location) { return --location; }
        public static long Decrement(ref long location) { return --location; }
        public static int Add(ref int location1, int value) { return location1 += value; }
        public static long Add(ref long location1, long value) { return location1 += value; }
        public static long Read(ref long location) { return location; }
        public static void MemoryBarrier() { }
    }

    public static class Volatile {
        public static int Read(ref int location) { return location; }
        public static void Write(ref int location, int value) { location = value; }
        public static T Read<T>(ref T location) where T : class { return location; }
        public static void Write<T>(ref T location, T value) where T : class { location = value; }
    }

    public delegate void ThreadStart();
    public delegate void ParameterizedThreadStart(object obj);

    public sealed class Thread {
        /// Pauses the current thread for the given number of milliseconds.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Sleep(int millisecondsTimeout);

        static Thread current;
        int id;
        string name;
        ThreadStart start;
        ParameterizedThreadStart pstart;
        Thread(int id) { this.id = id; }
        public Thread(ThreadStart start) { this.start = start; id = 2; }
        public Thread(ParameterizedThreadStart start) { pstart = start; id = 2; }
        public static Thread CurrentThread {
            get {
                if (current == null) current = new Thread(1);
                return current;
            }
        }
        public int ManagedThreadId { get { return id; } }
        public string Name { get { return name; } set { name = value; } }
        public bool IsBackground { get { return false; } set { } }
        public bool IsAlive { get { return false; } }
        /// Runs the thread body synchronously (twain executes one thread).
        public void Start() { if (start != null) start(); }
        public void Start(object parameter) { if (pstart != null) pstart(parameter); else Start(); }
        public void Join() { }
        public bool Join(int millisecondsTimeout) { return true; }
        public static void Yield() { }
        public static void SpinWait(int iterations) { }
    }
}
