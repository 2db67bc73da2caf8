using System.Runtime.CompilerServices;

namespace System {
    [Serializable]
    public class Exception {
        // One object layout with java.lang.Throwable (specs/mapping.md,
        // "Throwable and Exception"): the references in this order, then the
        // int, then the bools, so that both VMs put every field at the same offset.
        string _message;                 // = Throwable.detailMessage
        Exception _innerException;       // = Throwable.cause
        object _javaStackTrace;          // Throwable.stackTrace
        object _javaBacktrace;           // Throwable.backtrace
        object _javaSuppressed;          // Throwable.suppressed
        string _source;
        /// Opaque backtrace captured by the runtime when the exception is thrown.
        internal object _stackTrace;
        internal int _HResult = -2146233088;
        bool _javaSuppressionDisabled;   // Throwable.suppressionDisabled
        bool _javaCauseSet;              // Throwable.causeSet

        public Exception() { }
        public Exception(string message) { _message = message; }
        public Exception(string message, Exception innerException) { _message = message; _innerException = innerException; }

        /// Text used when no message was given ("Exception of type 'X' was thrown." for Exception itself).
        internal virtual string DefaultMessage {
            get { return "Exception of type '" + GetType().FullName + "' was thrown."; }
        }

        public virtual string Message { get { return _message ?? DefaultMessage; } }
        public Exception InnerException { get { return _innerException; } }
        public virtual string Source { get { return _source; } set { _source = value; } }
        public int HResult { get { return _HResult; } protected set { _HResult = value; } }
        public virtual string HelpLink { get { return null; } set { } }

        /// Mono-style stack trace text ("  at Ns.Type.Method () [0x00000] in <file>:0" lines
        /// joined by "\n"), or null when the exception has not been thrown.
        public virtual string StackTrace { get { return GetStackTraceText(); } }

        [MethodImpl(MethodImplOptions.InternalCall)]
        extern string GetStackTraceText();

        public virtual Exception GetBaseException() {
            Exception e = this;
            while (e._innerException != null) e = e._innerException;
            return e;
        }

        internal string ClassName { get { return GetType().FullName; } }

        public override string ToString() {
            string msg = Message;
            string s = ClassName;
            if (msg != null && msg.Length > 0) s = s + ": " + msg;
            if (_innerException != null)
                s = s + " ---> " + _innerException.ToString() + Environment.NewLine + "   --- End of inner exception stack trace ---";
            string st = StackTrace;
            if (st != null) s = s + Environment.NewLine + st;
            return s;
        }
    }

    [Serializable]
    public class SystemException : Exception {
        public SystemException() { }
        public SystemException(string message) : base(message) { }
        public SystemException(string message, Exception innerException) : base(message, innerException) { }
        internal override string DefaultMessage { get { return "System error."; } }
    }

    [Serializable]
    public class ApplicationException : Exception {
        public ApplicationException() { }
        public ApplicationException(string message) : base(message) { }
        public ApplicationException(string message, Exception innerException) : base(message, innerException) { }
        internal override string DefaultMessage { get { return "Error in the application."; } }
    }

    [Serializable]
    public class ArgumentException : SystemException {
        string paramName;
        public ArgumentException() { }
        public ArgumentException(string message) : base(message) { }
        public ArgumentException(string message, Exception innerException) : base(message, innerException) { }
        public ArgumentException(string message, string paramName) : base(message) { this.paramName = paramName; }
        public ArgumentException(string message, string paramName, Exception innerException) : base(message, innerException) { this.paramName = paramName; }
        internal override string DefaultMessage { get { return "Value does not fall within the expected range."; } }
        public virtual string ParamName { get { return paramName; } }
        public override string Message {
            get {
                string m = base.Message;
                if (paramName != null && paramName.Length > 0) return m + Environment.NewLine + "Parameter name: " + paramName;
                return m;
            }
        }
    }

    [Serializable]
    public class ArgumentNullException : ArgumentException {
        public ArgumentNullException() { }
        public ArgumentNullException(string paramName) : base(null, paramName) { }
        public ArgumentNullException(string paramName, string message) : base(message, paramName) { }
        public ArgumentNullException(string message, Exception innerException) : base(message, innerException) { }
        internal override string DefaultMessage { get { return "Value cannot be null."; } }
    }

    [Serializable]
    public class ArgumentOutOfRangeException : ArgumentException {
        object actualValue;
        public ArgumentOutOfRangeException() { }
        public ArgumentOutOfRangeException(string paramName) : base(null, paramName) { }
        public ArgumentOutOfRangeException(string paramName, string message) : base(message, paramName) { }
        public ArgumentOutOfRangeException(string paramName, object actualValue, string message) : base(message, paramName) { this.actualValue = actualValue; }
        public ArgumentOutOfRangeException(string message, Exception innerException) : base(message, innerException) { }
        internal override string DefaultMessage { get { return "Specified argument was out of the range of valid values."; } }
        public virtual object ActualValue { get { return actualValue; } }
        public override string Message {
            get {
                string m = base.Message;
                if (actualValue != null) return m + Environment.NewLine + "Actual value was " + actualValue.ToString() + ".";
                return m;
            }
        }
    }

    [Serializable]
    public class ArithmeticException : SystemException {
        public ArithmeticException() { }
        public ArithmeticException(string message) : base(message) { }
        public ArithmeticException(string message, Exception innerException) : base(message, innerException) { }
        internal override string DefaultMessage { get { return "Overflow or underflow in the arithmetic operation."; } }
    }

    [Serializable]
    public class DivideByZeroException : ArithmeticException {
        public DivideByZeroException() { }
        public DivideByZeroException(string message) : base(message) { }
        public DivideByZeroException(string message, Exception innerException) : base(message, innerException) { }
        internal override string DefaultMessage { get { return "Attempted to divide by zero."; } }
    }

    [Serializable]
    public class OverflowException : ArithmeticException {
        public OverflowException() { }
        public OverflowException(string message) : base(message) { }
        public OverflowException(string message, Exception innerException) : base(message, innerException) { }
        internal override string DefaultMessage { get { return "Arithmetic operation resulted in an overflow."; } }
    }

    [Serializable]
    public class NotFiniteNumberException : ArithmeticException {
        public NotFiniteNumberException() { }
        public NotFiniteNumberException(string message) : base(message) { }
        internal override string DefaultMessage { get { return "Number encountered was not a finite quantity."; } }
    }

    [Serializable]
    public class FormatException : SystemException {
        public FormatException() { }
        public FormatException(string message) : base(message) { }
        public FormatException(string message, Exception innerException) : base(message, innerException) { }
        internal override string DefaultMessage { get { return "One of the identified items was in an invalid format."; } }
    }

    [Serializable]
    public class IndexOutOfRangeException : SystemException {
        public IndexOutOfRangeException() { }
        public IndexOutOfRangeException(string message) : base(message) { }
        public IndexOutOfRangeException(string message, Exception innerException) : base(message, innerException) { }
        internal override string DefaultMessage { get { return "Index was outside the bounds of the array."; } }
    }

    [Serializable]
    public class InvalidCastException : SystemException {
        public InvalidCastException() { }
        public InvalidCastException(string message) : base(message) { }
        public InvalidCastException(string message, Exception innerException) : base(message, innerException) { }
        internal override string DefaultMessage { get { return "Specified cast is not valid."; } }
    }

    [Serializable]
    public class InvalidOperationException : SystemException {
        public InvalidOperationException() { }
        public InvalidOperationException(string message) : base(message) { }
        public InvalidOperationException(string message, Exception innerException) : base(message, innerException) { }
        internal override string DefaultMessage { get { return "Operation is not valid due to the current state of the object."; } }
    }

    [Serializable]
    public class ObjectDisposedException : InvalidOperationException {
        string objectName;
        public ObjectDisposedException(string objectName) : base(null) { this.objectName = objectName; }
        public ObjectDisposedException(string objectName, string message) : base(message) { this.objectName = objectName; }
        internal override string DefaultMessage { get { return "Cannot access a disposed object."; } }
        public string ObjectName { get { return objectName ?? ""; } }
        public override string Message {
            get {
                string name = ObjectName;
                if (name.Length == 0) return base.Message;
                return base.Message + Environment.NewLine + "Object name: '" + name + "'.";
            }
        }
    }

    [Serializable]
    public class NotSupportedException : SystemException {
        public NotSupportedException() { }
        public NotSupportedException(string message) : base(message) { }
        public NotSupportedException(string message, Exception innerException) : base(message, innerException) { }
        internal override string DefaultMessage { get { return "Specified method is not supported."; } }
    }

    [Serializable]
    public class PlatformNotSupportedException : NotSupportedException {
        public PlatformNotSupportedException() { }
        public PlatformNotSupportedException(string message) : base(message) { }
        internal override string DefaultMessage { get { return "Operation is not supported on this platform."; } }
    }

    [Serializable]
    public class NotImplementedException : SystemException {
        public NotImplementedException() { }
        public NotImplementedException(string message) : base(message) { }
        public NotImplementedException(string message, Exception inner) : base(message, inner) { }
        internal override string DefaultMessage { get { return "The method or operation is not implemented."; } }
    }

    [Serializable]
    public class NullReferenceException : SystemException {
        public NullReferenceException() { }
        public NullReferenceException(string message) : base(message) { }
        public NullReferenceException(string message, Exception innerException) : base(message, innerException) { }
        internal override string DefaultMessage { get { return "Object reference not set to an instance of an object"; } }
    }

    [Serializable]
    public class ArrayTypeMismatchException : SystemException {
        public ArrayTypeMismatchException() { }
        public ArrayTypeMismatchException(string message) : base(message) { }
        public ArrayTypeMismatchException(string message, Exception innerException) : base(message, innerException) { }
        internal override string DefaultMessage { get { return "Attempted to access an element as a type incompatible with the array."; } }
    }

    [Serializable]
    public class RankException : SystemException {
        public RankException() { }
        public RankException(string message) : base(message) { }
        internal override string DefaultMessage { get { return "Attempted to operate on an array with the incorrect number of dimensions."; } }
    }

    [Serializable]
    public sealed class OutOfMemoryException : SystemException {
        public OutOfMemoryException() { }
        public OutOfMemoryException(string message) : base(message) { }
        public OutOfMemoryException(string message, Exception innerException) : base(message, innerException) { }
        internal override string DefaultMessage { get { return "Insufficient memory to continue the execution of the program."; } }
    }

    [Serializable]
    public sealed class StackOverflowException : SystemException {
        public StackOverflowException() { }
        public StackOverflowException(string message) : base(message) { }
        public StackOverflowException(string message, Exception innerException) : base(message, innerException) { }
        internal override string DefaultMessage { get { return "The requested operation caused a stack overflow."; } }
    }

    [Serializable]
    public class TypeInitializationException : SystemException {
        string typeName;
        public TypeInitializationException(string fullTypeName, Exception innerException) : base(null, innerException) { typeName = fullTypeName; }
        public string TypeName { get { return typeName ?? ""; } }
        internal override string DefaultMessage { get { return "The type initializer for '" + TypeName + "' threw an exception."; } }
    }

    [Serializable]
    public class TimeoutException : SystemException {
        public TimeoutException() { }
        public TimeoutException(string message) : base(message) { }
        internal override string DefaultMessage { get { return "The operation has timed out."; } }
    }

    [Serializable]
    public class MemberAccessException : SystemException {
        public MemberAccessException() { }
        public MemberAccessException(string message) : base(message) { }
        internal override string DefaultMessage { get { return "Cannot access member."; } }
    }

    [Serializable]
    public class MissingMethodException : MemberAccessException {
        public MissingMethodException() { }
        public MissingMethodException(string message) : base(message) { }
        internal override string DefaultMessage { get { return "Attempted to access a missing method."; } }
    }

    [Serializable]
    public class MissingFieldException : MemberAccessException {
        public MissingFieldException() { }
        public MissingFieldException(string message) : base(message) { }
        internal override string DefaultMessage { get { return "Attempted to access a non-existing field."; } }
    }

    [Serializable]
    public class TypeLoadException : SystemException {
        public TypeLoadException() { }
        public TypeLoadException(string message) : base(message) { }
        internal override string DefaultMessage { get { return "Failure has occurred while loading a type."; } }
    }

    [Serializable]
    public class InvalidProgramException : SystemException {
        public InvalidProgramException() { }
        public InvalidProgramException(string message) : base(message) { }
        internal override string DefaultMessage { get { return "Common Language Runtime detected an invalid program."; } }
    }

    [Serializable]
    public sealed class ExecutionEngineException : SystemException {
        public ExecutionEngineException() { }
        public ExecutionEngineException(string message) : base(message) { }
    }
}

namespace System.Collections.Generic {
    [Serializable]
    public class KeyNotFoundException : SystemException {
        public KeyNotFoundException() { }
        public KeyNotFoundException(string message) : base(message) { }
        public KeyNotFoundException(string message, Exception innerException) : base(message, innerException) { }
        internal override string DefaultMessage { get { return "The given key was not present in the dictionary."; } }
    }
}

namespace System.IO {
    [Serializable]
    public class IOException : SystemException {
        public IOException() { }
        public IOException(string message) : base(message) { }
        public IOException(string message, Exception innerException) : base(message, innerException) { }
        internal override string DefaultMessage { get { return "I/O error occurred."; } }
    }
    [Serializable]
    public class EndOfStreamException : IOException {
        public EndOfStreamException() { }
        public EndOfStreamException(string message) : base(message) { }
        internal override string DefaultMessage { get { return "Attempted to read past the end of the stream."; } }
    }
    [Serializable]
    public class FileNotFoundException : IOException {
        public FileNotFoundException() { }
        public FileNotFoundException(string message) : base(message) { }
        internal override string DefaultMessage { get { return "Unable to find the specified file."; } }
    }
}

namespace System.Threading {
    [Serializable]
    public class SynchronizationLockException : SystemException {
        public SynchronizationLockException() { }
        public SynchronizationLockException(string message) : base(message) { }
        internal override string DefaultMessage { get { return "Object synchronization method was called from an unsynchronized block of code."; } }
    }
}
