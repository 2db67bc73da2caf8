using System.Runtime.CompilerServices;

namespace System {
    /// Delegates. The runtime implements each delegate type's .ctor(object, IntPtr) (storing
    /// _target and _method, an opaque method identity) and Invoke: when _invocationList is
    /// non-null, Invoke calls every element in order and returns the last result.
    [Serializable]
    public abstract class Delegate : ICloneable {
        internal object _target;
        internal IntPtr _method;
        internal Delegate[] _invocationList;

        protected Delegate(object target, string method) { throw new NotSupportedException(); }
        protected Delegate(Type target, string method) { throw new NotSupportedException(); }

        public object Target { get { return _target; } }

        public virtual object Clone() { return MemberwiseClone(); }

        public virtual Delegate[] GetInvocationList() {
            if (_invocationList == null) return new Delegate[] { this };
            Delegate[] r = new Delegate[_invocationList.Length];
            Array.Copy(_invocationList, r, r.Length);
            return r;
        }

        Delegate[] Flat() { return _invocationList ?? new Delegate[] { this }; }

        /// Calls the delegate with the arguments (DynamicInvoke semantics, no conversions).
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern object DynamicInvoke(params object[] args);

        public static Delegate Combine(Delegate a, Delegate b) {
            if ((object)a == null) return b;
            if ((object)b == null) return a;
            if (a.GetType() != b.GetType()) throw new ArgumentException("Delegates must be of the same type.");
            Delegate[] la = a.Flat(), lb = b.Flat();
            Delegate[] list = new Delegate[la.Length + lb.Length];
            Array.Copy(la, 0, list, 0, la.Length);
            Array.Copy(lb, 0, list, la.Length, lb.Length);
            return FromList(a, list);
        }
        public static Delegate Combine(params Delegate[] delegates) {
            if (delegates == null) return null;
            Delegate r = null;
            for (int i = 0; i < delegates.Length; i++) r = Combine(r, delegates[i]);
            return r;
        }

        static Delegate FromList(Delegate prototype, Delegate[] list) {
            if (list.Length == 0) return null;
            if (list.Length == 1) return list[0];
            Delegate last = list[list.Length - 1];
            Delegate d = (Delegate)last.MemberwiseClone();
            d._invocationList = list;
            return d;
        }

        /// Removes the last occurrence of b's invocation list (as a contiguous run) from a's.
        public static Delegate Remove(Delegate source, Delegate value) {
            if ((object)source == null) return null;
            if ((object)value == null) return source;
            Delegate[] ls = source.Flat(), lv = value.Flat();
            for (int start = ls.Length - lv.Length; start >= 0; start--) {
                bool match = true;
                for (int k = 0; k < lv.Length; k++) if (!SameSingle(ls[start + k], lv[k])) { match = false; break; }
                if (!match) continue;
                Delegate[] rest = new Delegate[ls.Length - lv.Length];
                Array.Copy(ls, 0, rest, 0, start);
                Array.Copy(ls, start + lv.Length, rest, start, ls.Length - start - lv.Length);
                return FromList(source, rest);
            }
            return source;
        }
        public static Delegate RemoveAll(Delegate source, Delegate value) {
            Delegate prev;
            do { prev = source; source = Remove(source, value); } while (prev != source && (object)source != null);
            return source;
        }

        static bool SameSingle(Delegate a, Delegate b) {
            return a.GetType() == b.GetType() && a._target == b._target && a._method == b._method;
        }

        public override bool Equals(object obj) {
            Delegate d = obj as Delegate;
            if ((object)d == null) return false;
            Delegate[] la = Flat(), lb = d.Flat();
            if (la.Length != lb.Length) return false;
            for (int i = 0; i < la.Length; i++) if (!SameSingle(la[i], lb[i])) return false;
            return true;
        }
        public override int GetHashCode() { return GetType().GetHashCode(); }
        public static bool operator ==(Delegate d1, Delegate d2) {
            if ((object)d1 == null) return (object)d2 == null;
            return d1.Equals(d2);
        }
        public static bool operator !=(Delegate d1, Delegate d2) { return !(d1 == d2); }
    }

    [Serializable]
    public abstract class MulticastDelegate : Delegate {
        protected MulticastDelegate(object target, string method) : base(target, method) { }
        protected MulticastDelegate(Type target, string method) : base(target, method) { }
        public static bool operator ==(MulticastDelegate d1, MulticastDelegate d2) { return (Delegate)d1 == (Delegate)d2; }
        public static bool operator !=(MulticastDelegate d1, MulticastDelegate d2) { return (Delegate)d1 != (Delegate)d2; }
        public override bool Equals(object obj) { return base.Equals(obj); }
        public override int GetHashCode() { return base.GetHashCode(); }
    }

    public delegate void Action();
    public delegate void Action<in T>(T obj);
    public delegate void Action<in T1, in T2>(T1 arg1, T2 arg2);
    public delegate void Action<in T1, in T2, in T3>(T1 arg1, T2 arg2, T3 arg3);
    public delegate void Action<in T1, in T2, in T3, in T4>(T1 arg1, T2 arg2, T3 arg3, T4 arg4);
    public delegate void Action<in T1, in T2, in T3, in T4, in T5>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5);
    public delegate TResult Func<out TResult>();
    public delegate TResult Func<in T, out TResult>(T arg);
    public delegate TResult Func<in T1, in T2, out TResult>(T1 arg1, T2 arg2);
    public delegate TResult Func<in T1, in T2, in T3, out TResult>(T1 arg1, T2 arg2, T3 arg3);
    public delegate TResult Func<in T1, in T2, in T3, in T4, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4);
    public delegate TResult Func<in T1, in T2, in T3, in T4, in T5, out TResult>(T1 arg1, T2 arg2, T3 arg3, T4 arg4, T5 arg5);
    public delegate bool Predicate<in T>(T obj);
    public delegate int Comparison<in T>(T x, T y);
    public delegate TOutput Converter<in TInput, out TOutput>(TInput input);
    public delegate void EventHandler(object sender, EventArgs e);
    public delegate void EventHandler<TEventArgs>(object sender, TEventArgs e);
    public delegate void AsyncCallback(IAsyncResult ar);

    public interface IAsyncResult {
        bool IsCompleted { get; }
        object AsyncState { get; }
        bool CompletedSynchronously { get; }
    }

    [Serializable]
    public class EventArgs {
        public static readonly EventArgs Empty = new EventArgs();
        public EventArgs() { }
    }
}
