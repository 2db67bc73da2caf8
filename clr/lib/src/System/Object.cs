using System.Runtime.CompilerServices;

namespace System {
    [Serializable]
    public class Object {
        public Object() { }

        public virtual bool Equals(object obj) { return (object)this == obj; }

        public static bool Equals(object objA, object objB) {
            if (objA == objB) return true;
            if (objA == null || objB == null) return false;
            return objA.Equals(objB);
        }

        public static bool ReferenceEquals(object objA, object objB) { return objA == objB; }

        /// Identity hash code (stable for the object's lifetime).
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern virtual int GetHashCode();

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern Type GetType();

        public virtual string ToString() { return GetType().ToString(); }

        ~Object() { }

        /// Shallow copy of this object (same runtime type, fields copied bit by bit).
        [MethodImpl(MethodImplOptions.InternalCall)]
        protected extern object MemberwiseClone();
    }

    [Serializable]
    public abstract class ValueType {
        protected ValueType() { }

        /// Field-by-field equality of two boxed values of the same type (recursing with Equals on reference fields).
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern override bool Equals(object obj);

        /// Hash combining the instance fields (the runtime chooses the function).
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern override int GetHashCode();

        public override string ToString() { return GetType().ToString(); }
    }

    public struct Void { }

    public interface IDisposable { void Dispose(); }
    public interface ICloneable { object Clone(); }
    public interface IComparable { int CompareTo(object obj); }
    public interface IComparable<in T> { int CompareTo(T other); }
    public interface IEquatable<T> { bool Equals(T other); }
    public interface IFormatProvider { object GetFormat(Type formatType); }
    public interface IFormattable { string ToString(string format, IFormatProvider formatProvider); }
    public interface IServiceProvider { object GetService(Type serviceType); }
    public interface IObserver<in T> { void OnNext(T value); void OnError(Exception error); void OnCompleted(); }
    public interface IObservable<out T> { IDisposable Subscribe(IObserver<T> observer); }

    public enum TypeCode {
        Empty = 0, Object = 1, DBNull = 2, Boolean = 3, Char = 4, SByte = 5, Byte = 6, Int16 = 7, UInt16 = 8,
        Int32 = 9, UInt32 = 10, Int64 = 11, UInt64 = 12, Single = 13, Double = 14, Decimal = 15, DateTime = 16, String = 18,
    }

    public enum StringComparison {
        CurrentCulture = 0, CurrentCultureIgnoreCase = 1, InvariantCulture = 2, InvariantCultureIgnoreCase = 3,
        Ordinal = 4, OrdinalIgnoreCase = 5,
    }

    [Flags]
    public enum StringSplitOptions { None = 0, RemoveEmptyEntries = 1 }

    public enum MidpointRounding { ToEven = 0, AwayFromZero = 1 }

    public struct IntPtr {
        unsafe void* m_value;
        public static readonly IntPtr Zero;
        public unsafe IntPtr(int value) { m_value = (void*)value; }
        public unsafe IntPtr(long value) { m_value = (void*)value; }
        public static unsafe int Size { get { return sizeof(void*); } }
        public unsafe int ToInt32() { return (int)m_value; }
        public unsafe long ToInt64() { return (long)m_value; }
        public static explicit operator IntPtr(int value) { return new IntPtr(value); }
        public static explicit operator IntPtr(long value) { return new IntPtr(value); }
        public static unsafe explicit operator int(IntPtr value) { return (int)value.m_value; }
        public static unsafe explicit operator long(IntPtr value) { return (long)value.m_value; }
        public static unsafe bool operator ==(IntPtr a, IntPtr b) { return a.m_value == b.m_value; }
        public static unsafe bool operator !=(IntPtr a, IntPtr b) { return a.m_value != b.m_value; }
        public override bool Equals(object obj) { return obj is IntPtr && ((IntPtr)obj) == this; }
        public unsafe override int GetHashCode() { long v = (long)m_value; return (int)v ^ (int)(v >> 32); }
        public unsafe override string ToString() { return ((long)m_value).ToString(); }
    }

    public struct UIntPtr {
        unsafe void* m_value;
        public static readonly UIntPtr Zero;
        public unsafe UIntPtr(uint value) { m_value = (void*)value; }
        public unsafe UIntPtr(ulong value) { m_value = (void*)value; }
        public unsafe ulong ToUInt64() { return (ulong)m_value; }
        public unsafe uint ToUInt32() { return (uint)m_value; }
        public static unsafe bool operator ==(UIntPtr a, UIntPtr b) { return a.m_value == b.m_value; }
        public static unsafe bool operator !=(UIntPtr a, UIntPtr b) { return a.m_value != b.m_value; }
        public override bool Equals(object obj) { return obj is UIntPtr && ((UIntPtr)obj) == this; }
        public unsafe override int GetHashCode() { ulong v = (ulong)m_value; return (int)v ^ (int)(v >> 32); }
        public unsafe override string ToString() { return ((ulong)m_value).ToString(); }
    }

    public struct RuntimeTypeHandle {
        IntPtr value;
        public IntPtr Value { get { return value; } }
    }
    public struct RuntimeFieldHandle {
        IntPtr value;
        public IntPtr Value { get { return value; } }
    }
    public struct RuntimeMethodHandle {
        IntPtr value;
        public IntPtr Value { get { return value; } }
    }
    public struct RuntimeArgumentHandle { IntPtr args; }
    public struct TypedReference { IntPtr value; IntPtr type; }
    public struct ArgIterator { IntPtr sig; }

    public sealed class DBNull {
        public static readonly DBNull Value = new DBNull();
        DBNull() { }
        public override string ToString() { return ""; }
    }
}
