using System.Runtime.CompilerServices;

namespace System.Reflection {
    public abstract class MemberInfo {
        protected MemberInfo() { }
        public abstract string Name { get; }
    }
}

namespace System {
    /// Runtime type objects. The runtime creates one Type per type (so reference equality is
    /// type identity) and implements the natives below.
    [Serializable]
    public abstract class Type : System.Reflection.MemberInfo {
        protected Type() { }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern Type GetTypeFromHandle(RuntimeTypeHandle handle);

        /// Simple name: "Int32", "List`1", "Int32[]", nested "Inner".
        public extern override string Name {
            [MethodImpl(MethodImplOptions.InternalCall)] get;
        }
        /// "System.Int32", "Outer+Inner", "System.Int32[]"; for constructed generics the
        /// Mono form with assembly-qualified arguments; null for generic parameters.
        public extern string FullName {
            [MethodImpl(MethodImplOptions.InternalCall)] get;
        }
        public extern string Namespace {
            [MethodImpl(MethodImplOptions.InternalCall)] get;
        }
        public extern Type BaseType {
            [MethodImpl(MethodImplOptions.InternalCall)] get;
        }
        public extern bool IsValueType {
            [MethodImpl(MethodImplOptions.InternalCall)] get;
        }
        public extern bool IsInterface {
            [MethodImpl(MethodImplOptions.InternalCall)] get;
        }
        public extern bool IsArray {
            [MethodImpl(MethodImplOptions.InternalCall)] get;
        }
        public extern bool IsEnum {
            [MethodImpl(MethodImplOptions.InternalCall)] get;
        }
        public extern bool IsGenericType {
            [MethodImpl(MethodImplOptions.InternalCall)] get;
        }
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern Type GetElementType();
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern Type[] GetGenericArguments();
        /// True when an instance of `c` can be stored in a location of this type.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern bool IsAssignableFrom(Type c);
        /// ToString: "System.Int32", "System.Collections.Generic.List`1[System.Int32]", "P+Inner".
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern override string ToString();

        public bool IsClass { get { return !IsValueType && !IsInterface; } }
        public bool IsPrimitive {
            get {
                string n = FullName;
                return IsValueType && Namespace == "System" && (n == "System.Boolean" || n == "System.Char" || n == "System.SByte" || n == "System.Byte" ||
                    n == "System.Int16" || n == "System.UInt16" || n == "System.Int32" || n == "System.UInt32" || n == "System.Int64" ||
                    n == "System.UInt64" || n == "System.Single" || n == "System.Double" || n == "System.IntPtr" || n == "System.UIntPtr");
            }
        }
        public bool IsInstanceOfType(object o) { return o != null && IsAssignableFrom(o.GetType()); }
        public bool IsSubclassOf(Type c) {
            Type t = BaseType;
            while (t != null) { if (t == c) return true; t = t.BaseType; }
            return false;
        }
        public override bool Equals(object o) { return (object)this == o; }
        public bool Equals(Type o) { return (object)this == (object)o; }
        public override int GetHashCode() { return RuntimeHelpers.GetHashCode(this); }
        public static bool operator ==(Type left, Type right) { return (object)left == (object)right; }
        public static bool operator !=(Type left, Type right) { return (object)left != (object)right; }

        public static Type GetTypeCodeType(TypeCode c) { return null; }
        public static TypeCode GetTypeCode(Type type) {
            if (type == null) return TypeCode.Empty;
            if (type.IsEnum) return TypeCode.Int32;
            switch (type.FullName) {
                case "System.Boolean": return TypeCode.Boolean;
                case "System.Char": return TypeCode.Char;
                case "System.SByte": return TypeCode.SByte;
                case "System.Byte": return TypeCode.Byte;
                case "System.Int16": return TypeCode.Int16;
                case "System.UInt16": return TypeCode.UInt16;
                case "System.Int32": return TypeCode.Int32;
                case "System.UInt32": return TypeCode.UInt32;
                case "System.Int64": return TypeCode.Int64;
                case "System.UInt64": return TypeCode.UInt64;
                case "System.Single": return TypeCode.Single;
                case "System.Double": return TypeCode.Double;
                case "System.Decimal": return TypeCode.Decimal;
                case "System.String": return TypeCode.String;
                default: return TypeCode.Object;
            }
        }
        public static readonly Type[] EmptyTypes = new Type[0];
    }

    /// The class of the Type objects the runtime creates (as in .NET/Mono, where
    /// typeof(int).GetType().Name is "RuntimeType"). No fields: the runtime keeps the type
    /// identity in the object header / side table.
    internal sealed class RuntimeType : Type {
        RuntimeType() { }
    }
}
