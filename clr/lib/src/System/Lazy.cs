using System.Threading;

namespace System {
    /// Lazy initialisation (single-threaded here: every mode behaves alike, except that
    /// PublicationOnly does not cache an exception thrown by the factory).
    [Serializable]
    public class Lazy<T> {
        Func<T> factory;
        T value;
        bool created;
        Exception error;
        readonly LazyThreadSafetyMode mode;
        bool running;

        public Lazy() : this(null, LazyThreadSafetyMode.ExecutionAndPublication, true) { }
        public Lazy(Func<T> valueFactory) : this(valueFactory, LazyThreadSafetyMode.ExecutionAndPublication, false) { }
        public Lazy(bool isThreadSafe) : this(null, isThreadSafe ? LazyThreadSafetyMode.ExecutionAndPublication : LazyThreadSafetyMode.None, true) { }
        public Lazy(Func<T> valueFactory, bool isThreadSafe) : this(valueFactory, isThreadSafe ? LazyThreadSafetyMode.ExecutionAndPublication : LazyThreadSafetyMode.None, false) { }
        public Lazy(LazyThreadSafetyMode mode) : this(null, mode, true) { }
        public Lazy(Func<T> valueFactory, LazyThreadSafetyMode mode) : this(valueFactory, mode, false) { }
        public Lazy(T value) { this.value = value; created = true; mode = LazyThreadSafetyMode.None; }
        Lazy(Func<T> valueFactory, LazyThreadSafetyMode mode, bool useDefault) {
            if (valueFactory == null && !useDefault) throw new ArgumentNullException("valueFactory");
            if (mode < LazyThreadSafetyMode.None || mode > LazyThreadSafetyMode.ExecutionAndPublication)
                throw new ArgumentOutOfRangeException("mode", "The mode argument specifies an invalid value.");
            factory = valueFactory;
            this.mode = mode;
        }

        public bool IsValueCreated { get { return created; } }
        public T Value {
            get {
                if (created) return value;
                if (error != null) throw error;
                if (running) throw new InvalidOperationException("ValueFactory attempted to access the Value property of this instance.");
                running = true;
                try {
                    value = factory == null ? Activator.CreateInstance<T>() : factory();
                } catch (Exception e) {
                    if (mode != LazyThreadSafetyMode.PublicationOnly && factory != null) error = e;
                    throw;
                } finally {
                    running = false;
                }
                created = true;
                factory = null;
                return value;
            }
        }
        public override string ToString() {
            if (!created) return "Value is not created.";
            return value == null ? "" : value.ToString();
        }
    }
}
