using System.Runtime.CompilerServices;

namespace System {
    public static class Activator {
        /// new T() for the type argument: default(T) for value types, otherwise a new instance
        /// built with T's public parameterless constructor (MissingMethodException if none).
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern T CreateInstance<T>();

        /// Same for a runtime Type; value types are returned boxed.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern object CreateInstance(Type type);
    }
}
