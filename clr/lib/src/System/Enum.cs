using System.Runtime.CompilerServices;
using System.Text;

namespace System {
    [Serializable]
    public abstract class Enum : ValueType, IComparable, IFormattable {
        protected Enum() { }

        /// The value of this boxed enum as a boxed instance of its underlying primitive type.
        [MethodImpl(MethodImplOptions.InternalCall)]
        extern object GetUnderlyingValue();

        /// Names of the enum's literal fields, in metadata (declaration) order.
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern string[] InternalGetNames(Type enumType);

        /// Values of the literal fields, same order as InternalGetNames, each widened to 64 bits
        /// (sign-extended for signed underlying types) and reinterpreted as ulong.
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern ulong[] InternalGetValues(Type enumType);

        /// True when the enum type carries [System.FlagsAttribute].
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern bool InternalHasFlagsAttribute(Type enumType);

        /// Boxes `value` (truncated to the underlying type) as an instance of the enum type.
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern object InternalBoxEnum(Type enumType, long value);

        static ulong ToUInt64(object v) {
            if (v is int) return (ulong)(long)(int)v;
            if (v is uint) return (uint)v;
            if (v is long) return (ulong)(long)v;
            if (v is ulong) return (ulong)v;
            if (v is short) return (ulong)(long)(short)v;
            if (v is ushort) return (ushort)v;
            if (v is sbyte) return (ulong)(long)(sbyte)v;
            if (v is byte) return (byte)v;
            if (v is char) return (char)v;
            if (v is bool) return (bool)v ? 1UL : 0UL;
            throw new InvalidOperationException("Unknown enum type.");
        }

        ulong RawValue { get { return ToUInt64(GetUnderlyingValue()); } }
        internal object UnderlyingValue() { return GetUnderlyingValue(); }

        // names/values sorted by unsigned value
        static void GetSorted(Type t, out string[] names, out ulong[] values) {
            string[] n = InternalGetNames(t);
            ulong[] v = InternalGetValues(t);
            names = new string[n.Length];
            values = new ulong[v.Length];
            for (int i = 0; i < n.Length; i++) { names[i] = n[i]; values[i] = v[i]; }
            // stable insertion sort by value
            for (int i = 1; i < values.Length; i++) {
                ulong kv = values[i]; string kn = names[i];
                int j = i - 1;
                while (j >= 0 && values[j] > kv) { values[j + 1] = values[j]; names[j + 1] = names[j]; j--; }
                values[j + 1] = kv; names[j + 1] = kn;
            }
        }

        public override string ToString() {
            Type t = GetType();
            string[] names; ulong[] values;
            GetSorted(t, out names, out values);
            ulong v = RawValue;
            if (!InternalHasFlagsAttribute(t)) {
                for (int i = 0; i < values.Length; i++) if (values[i] == v) return names[i];
                return GetUnderlyingValue().ToString();
            }
            return FormatFlags(names, values, v) ?? GetUnderlyingValue().ToString();
        }

        static string FormatFlags(string[] names, ulong[] values, ulong v) {
            if (v == 0) {
                if (values.Length > 0 && values[0] == 0) return names[0];
                return "0";
            }
            ulong rest = v;
            StringBuilder sb = new StringBuilder();
            bool first = true;
            for (int i = values.Length - 1; i >= 0; i--) {
                if (i == 0 && values[i] == 0) break;
                if ((rest & values[i]) == values[i] && values[i] != 0) {
                    rest -= values[i];
                    if (!first) sb.Insert(0, ", ");
                    sb.Insert(0, names[i]);
                    first = false;
                }
            }
            if (rest != 0) return null;
            return sb.ToString();
        }

        public string ToString(string format) {
            if (format == null || format.Length == 0 || format == "G" || format == "g") return ToString();
            if (format == "D" || format == "d") return GetUnderlyingValue().ToString();
            if (format == "X" || format == "x") {
                object u = GetUnderlyingValue();
                string s = ((IFormattable)u).ToString("X", null);
                int width = u is long || u is ulong ? 16 : (u is int || u is uint ? 8 : (u is short || u is ushort || u is char ? 4 : 2));
                s = s.PadLeft(width, '0');
                return format == "x" ? s.ToLowerInvariant() : s;
            }
            if (format == "F" || format == "f") {
                string[] names; ulong[] values;
                GetSorted(GetType(), out names, out values);
                return FormatFlags(names, values, RawValue) ?? GetUnderlyingValue().ToString();
            }
            throw new FormatException("Format String can be only \"G\", \"g\", \"X\", \"x\", \"F\", \"f\", \"D\" or \"d\".");
        }
        public string ToString(IFormatProvider provider) { return ToString(); }
        public string ToString(string format, IFormatProvider provider) { return ToString(format); }

        public override int GetHashCode() { return GetUnderlyingValue().GetHashCode(); }

        public int CompareTo(object target) {
            if (target == null) return 1;
            if (target.GetType() != GetType()) throw new ArgumentException("Object must be the same type as the enum. The type passed in was '" + target.GetType().FullName + "'; the enum type was '" + GetType().FullName + "'.");
            // -1/0/1 whatever the underlying type (byte/short CompareTo return the difference).
            int c = ((IComparable)GetUnderlyingValue()).CompareTo(((Enum)target).GetUnderlyingValue());
            return c < 0 ? -1 : (c > 0 ? 1 : 0);
        }

        public bool HasFlag(Enum flag) {
            if (flag == null) throw new ArgumentNullException("flag");
            if (flag.GetType() != GetType()) throw new ArgumentException("The argument type, '" + flag.GetType().FullName + "', is not the same as the enum type '" + GetType().FullName + "'.");
            ulong f = flag.RawValue;
            return (RawValue & f) == f;
        }

        public static Type GetUnderlyingType(Type enumType) {
            if (enumType == null) throw new ArgumentNullException("enumType");
            if (!enumType.IsEnum) throw new ArgumentException("Type provided must be an Enum.", "enumType");
            return ((Enum)InternalBoxEnum(enumType, 0)).GetUnderlyingValue().GetType();
        }
        public static string[] GetNames(Type enumType) {
            string[] names; ulong[] values;
            GetSorted(enumType, out names, out values);
            return names;
        }
        public static Array GetValues(Type enumType) {
            string[] names; ulong[] values;
            GetSorted(enumType, out names, out values);
            Array r = Array.CreateInstance(enumType, values.Length);
            for (int i = 0; i < values.Length; i++) r.SetValue(InternalBoxEnum(enumType, (long)values[i]), i);
            return r;
        }
        public static string GetName(Type enumType, object value) {
            string[] names; ulong[] values;
            GetSorted(enumType, out names, out values);
            ulong v = value is Enum ? ((Enum)value).RawValue : ToUInt64(value);
            for (int i = 0; i < values.Length; i++) if (values[i] == v) return names[i];
            return null;
        }
        public static bool IsDefined(Type enumType, object value) {
            if (value is string) return Array.IndexOf<string>(InternalGetNames(enumType), (string)value) >= 0;
            return GetName(enumType, value) != null;
        }
        public static object ToObject(Type enumType, object value) { return InternalBoxEnum(enumType, (long)ToUInt64(value)); }
        public static object ToObject(Type enumType, int value) { return InternalBoxEnum(enumType, value); }
        public static object ToObject(Type enumType, long value) { return InternalBoxEnum(enumType, value); }
        public static object ToObject(Type enumType, sbyte value) { return InternalBoxEnum(enumType, value); }
        public static object ToObject(Type enumType, byte value) { return InternalBoxEnum(enumType, value); }
        public static object ToObject(Type enumType, short value) { return InternalBoxEnum(enumType, value); }
        public static object ToObject(Type enumType, ushort value) { return InternalBoxEnum(enumType, value); }
        public static object ToObject(Type enumType, uint value) { return InternalBoxEnum(enumType, value); }
        public static object ToObject(Type enumType, ulong value) { return InternalBoxEnum(enumType, (long)value); }

        public static object Parse(Type enumType, string value) { return Parse(enumType, value, false); }
        public static object Parse(Type enumType, string value, bool ignoreCase) {
            object r;
            if (value == null) throw new ArgumentNullException("value");
            if (!TryParseCore(enumType, value, ignoreCase, out r))
                throw new ArgumentException("Requested value '" + value.Trim() + "' was not found.");
            return r;
        }
        public static bool TryParse<TEnum>(string value, out TEnum result) where TEnum : struct { return TryParse<TEnum>(value, false, out result); }
        public static bool TryParse<TEnum>(string value, bool ignoreCase, out TEnum result) where TEnum : struct {
            object r;
            result = default(TEnum);
            if (value == null || !TryParseCore(typeof(TEnum), value, ignoreCase, out r)) return false;
            result = (TEnum)r;
            return true;
        }
        static bool TryParseCore(Type enumType, string value, bool ignoreCase, out object result) {
            result = null;
            string s = value.Trim();
            if (s.Length == 0) return false;
            long num;
            if ((s[0] >= '0' && s[0] <= '9') || s[0] == '-' || s[0] == '+') {
                if (!long.TryParse(s, out num)) return false;
                result = InternalBoxEnum(enumType, num);
                return true;
            }
            string[] names = InternalGetNames(enumType);
            ulong[] values = InternalGetValues(enumType);
            ulong acc = 0;
            string[] parts = s.Split(',');
            for (int p = 0; p < parts.Length; p++) {
                string part = parts[p].Trim();
                bool found = false;
                for (int i = 0; i < names.Length; i++) {
                    if (String.Compare(names[i], part, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) == 0) {
                        acc |= values[i]; found = true; break;
                    }
                }
                if (!found) return false;
            }
            result = InternalBoxEnum(enumType, (long)acc);
            return true;
        }
        public static string Format(Type enumType, object value, string format) {
            Enum e = value as Enum;
            if (e == null) e = (Enum)InternalBoxEnum(enumType, (long)ToUInt64(value));
            return e.ToString(format);
        }
    }
}
