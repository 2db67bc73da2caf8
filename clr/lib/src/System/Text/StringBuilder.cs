namespace System.Text {
    [Serializable]
    public sealed class StringBuilder {
        char[] buf;
        int len;

        public StringBuilder() : this(16) { }
        public StringBuilder(int capacity) {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Capacity must be positive.");
            buf = new char[capacity == 0 ? 16 : capacity];
        }
        public StringBuilder(string value) : this(value, 16) { }
        public StringBuilder(string value, int capacity) : this(Math.Max(capacity, value == null ? 0 : value.Length)) { Append(value); }
        public StringBuilder(int capacity, int maxCapacity) : this(capacity) { }

        public int Length {
            get { return len; }
            set {
                if (value < 0) throw new ArgumentOutOfRangeException("value", "Length cannot be less than zero.");
                EnsureCapacity(value);
                for (int i = len; i < value; i++) buf[i] = '\0';
                len = value;
            }
        }
        public int Capacity {
            get { return buf.Length; }
            set { if (value > buf.Length) EnsureCapacity(value); }
        }
        public int MaxCapacity { get { return int.MaxValue; } }

        [System.Runtime.CompilerServices.IndexerName("Chars")]
        public char this[int index] {
            get {
                if ((uint)index >= (uint)len) throw new IndexOutOfRangeException();
                return buf[index];
            }
            set {
                if ((uint)index >= (uint)len) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                buf[index] = value;
            }
        }

        public int EnsureCapacity(int capacity) {
            if (capacity > buf.Length) {
                int n = Math.Max(capacity, buf.Length * 2);
                char[] nb = new char[n];
                Array.Copy(buf, nb, len);
                buf = nb;
            }
            return buf.Length;
        }

        public override string ToString() { return String.FromChars(buf, 0, len); }
        public string ToString(int startIndex, int length) {
            if (startIndex < 0 || length < 0 || startIndex > len - length) throw new ArgumentOutOfRangeException("startIndex");
            return String.FromChars(buf, startIndex, length);
        }

        public StringBuilder Append(char value) {
            if (len == buf.Length) EnsureCapacity(len + 1);
            buf[len++] = value;
            return this;
        }
        public StringBuilder Append(char value, int repeatCount) {
            if (repeatCount < 0) throw new ArgumentOutOfRangeException("repeatCount", "Count cannot be less than zero.");
            EnsureCapacity(len + repeatCount);
            for (int i = 0; i < repeatCount; i++) buf[len++] = value;
            return this;
        }
        public StringBuilder Append(string value) {
            if (value == null) return this;
            int n = value.Length;
            EnsureCapacity(len + n);
            value.CopyTo(0, buf, len, n);
            len += n;
            return this;
        }
        public StringBuilder Append(string value, int startIndex, int count) {
            if (value == null) {
                if (startIndex == 0 && count == 0) return this;
                throw new ArgumentNullException("value");
            }
            if (count < 0 || startIndex < 0 || startIndex > value.Length - count) throw new ArgumentOutOfRangeException("startIndex");
            EnsureCapacity(len + count);
            value.CopyTo(startIndex, buf, len, count);
            len += count;
            return this;
        }
        public StringBuilder Append(char[] value) {
            if (value == null) return this;
            return Append(value, 0, value.Length);
        }
        public StringBuilder Append(char[] value, int startIndex, int charCount) {
            if (value == null) {
                if (startIndex == 0 && charCount == 0) return this;
                throw new ArgumentNullException("value");
            }
            if (charCount < 0 || startIndex < 0 || startIndex > value.Length - charCount) throw new ArgumentOutOfRangeException("startIndex");
            EnsureCapacity(len + charCount);
            Array.Copy(value, startIndex, buf, len, charCount);
            len += charCount;
            return this;
        }
        public StringBuilder Append(StringBuilder value) {
            if (value == null) return this;
            return Append(value.buf, 0, value.len);
        }
        public StringBuilder Append(object value) { return value == null ? this : Append(value.ToString()); }
        public StringBuilder Append(bool value) { return Append(value.ToString()); }
        public StringBuilder Append(sbyte value) { return Append(value.ToString()); }
        public StringBuilder Append(byte value) { return Append(value.ToString()); }
        public StringBuilder Append(short value) { return Append(value.ToString()); }
        public StringBuilder Append(ushort value) { return Append(value.ToString()); }
        public StringBuilder Append(int value) { return Append(value.ToString()); }
        public StringBuilder Append(uint value) { return Append(value.ToString()); }
        public StringBuilder Append(long value) { return Append(value.ToString()); }
        public StringBuilder Append(ulong value) { return Append(value.ToString()); }
        public StringBuilder Append(float value) { return Append(value.ToString()); }
        public StringBuilder Append(double value) { return Append(value.ToString()); }
        public StringBuilder Append(decimal value) { return Append(value.ToString()); }
        public StringBuilder Append(StringBuilder value, int startIndex, int count) {
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (value == null) {
                if (startIndex == 0 && count == 0) return this;
                throw new ArgumentNullException("value");
            }
            if (count == 0) return this;
            if (startIndex > value.len - count) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return Append(value.buf, startIndex, count);
        }

        public StringBuilder AppendJoin(string separator, params object[] values) {
            if (values == null) throw new ArgumentNullException("values");
            for (int i = 0; i < values.Length; i++) { if (i > 0) Append(separator); if (values[i] != null) Append(values[i].ToString()); }
            return this;
        }
        public StringBuilder AppendJoin(string separator, params string[] values) {
            if (values == null) throw new ArgumentNullException("values");
            for (int i = 0; i < values.Length; i++) { if (i > 0) Append(separator); Append(values[i]); }
            return this;
        }
        public StringBuilder AppendJoin<T>(string separator, System.Collections.Generic.IEnumerable<T> values) {
            if (values == null) throw new ArgumentNullException("values");
            bool first = true;
            foreach (T v in values) {
                if (!first) Append(separator);
                first = false;
                if (v != null) Append(v.ToString());
            }
            return this;
        }
        public StringBuilder AppendJoin(char separator, params object[] values) { return AppendJoin(separator.ToString(), values); }
        public StringBuilder AppendJoin(char separator, params string[] values) { return AppendJoin(separator.ToString(), values); }
        public StringBuilder AppendJoin<T>(char separator, System.Collections.Generic.IEnumerable<T> values) { return AppendJoin<T>(separator.ToString(), values); }

        public StringBuilder AppendLine() { return Append(Environment.NewLine); }
        public StringBuilder AppendLine(string value) { Append(value); return Append(Environment.NewLine); }

        public StringBuilder AppendFormat(string format, object arg0) { return AppendFormat(null, format, new object[] { arg0 }); }
        public StringBuilder AppendFormat(string format, object arg0, object arg1) { return AppendFormat(null, format, new object[] { arg0, arg1 }); }
        public StringBuilder AppendFormat(string format, object arg0, object arg1, object arg2) { return AppendFormat(null, format, new object[] { arg0, arg1, arg2 }); }
        public StringBuilder AppendFormat(string format, params object[] args) { return AppendFormat(null, format, args); }
        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0) { return AppendFormat(provider, format, new object[] { arg0 }); }
        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0, object arg1) { return AppendFormat(provider, format, new object[] { arg0, arg1 }); }
        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0, object arg1, object arg2) { return AppendFormat(provider, format, new object[] { arg0, arg1, arg2 }); }

        /// Composite formatting: {index[,alignment][:formatString]}, "{{" and "}}" escapes.
        public StringBuilder AppendFormat(IFormatProvider provider, string format, params object[] args) {
            if (format == null) throw new ArgumentNullException("format");
            if (args == null) throw new ArgumentNullException("args");
            int i = 0, n = format.Length;
            while (i < n) {
                char c = format[i];
                if (c == '}') {
                    if (i + 1 < n && format[i + 1] == '}') { Append('}'); i += 2; continue; }
                    throw FormatError();
                }
                if (c != '{') { Append(c); i++; continue; }
                if (i + 1 < n && format[i + 1] == '{') { Append('{'); i += 2; continue; }
                i++;
                // index
                if (i >= n || format[i] < '0' || format[i] > '9') throw FormatError();
                int index = 0;
                while (i < n && format[i] >= '0' && format[i] <= '9') { index = index * 10 + (format[i] - '0'); i++; if (index >= 1000000) throw FormatError(); }
                while (i < n && format[i] == ' ') i++;
                // alignment
                int width = 0;
                bool leftAlign = false;
                if (i < n && format[i] == ',') {
                    i++;
                    while (i < n && format[i] == ' ') i++;
                    if (i < n && format[i] == '-') { leftAlign = true; i++; }
                    if (i >= n || format[i] < '0' || format[i] > '9') throw FormatError();
                    while (i < n && format[i] >= '0' && format[i] <= '9') { width = width * 10 + (format[i] - '0'); i++; if (width >= 1000000) throw FormatError(); }
                }
                while (i < n && format[i] == ' ') i++;
                // format string
                string itemFormat = null;
                if (i < n && format[i] == ':') {
                    i++;
                    StringBuilder fs = new StringBuilder();
                    while (true) {
                        if (i >= n) throw FormatError();
                        char fc = format[i];
                        if (fc == '{') {
                            if (i + 1 < n && format[i + 1] == '{') { fs.Append('{'); i += 2; continue; }
                            throw FormatError();
                        }
                        if (fc == '}') {
                            if (i + 1 < n && format[i + 1] == '}') { fs.Append('}'); i += 2; continue; }
                            break;
                        }
                        fs.Append(fc);
                        i++;
                    }
                    itemFormat = fs.ToString();
                }
                if (i >= n || format[i] != '}') throw FormatError();
                i++;
                if (index >= args.Length) throw new FormatException("Index (zero based) must be greater than or equal to zero and less than the size of the argument list.");
                object arg = args[index];
                string s;
                if (arg == null) s = "";
                else {
                    IFormattable f = arg as IFormattable;
                    s = f != null ? f.ToString(itemFormat, provider) : arg.ToString();
                    if (s == null) s = "";
                }
                int pad = width - s.Length;
                if (!leftAlign && pad > 0) Append(' ', pad);
                Append(s);
                if (leftAlign && pad > 0) Append(' ', pad);
            }
            return this;
        }
        static FormatException FormatError() { return new FormatException("Input string was not in a correct format."); }

        public StringBuilder Insert(int index, string value) {
            if ((uint)index > (uint)len) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (value == null || value.Length == 0) return this;
            int n = value.Length;
            EnsureCapacity(len + n);
            Array.Copy(buf, index, buf, index + n, len - index);
            value.CopyTo(0, buf, index, n);
            len += n;
            return this;
        }
        public StringBuilder Insert(int index, char value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, object value) { return value == null ? this : Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, int value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, long value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, double value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, bool value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, sbyte value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, byte value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, short value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, ushort value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, uint value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, ulong value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, float value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, decimal value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, char[] value) {
            if ((uint)index > (uint)len) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return value == null ? this : Insert(index, new string(value));
        }
        public StringBuilder Insert(int index, char[] value, int startIndex, int charCount) {
            if ((uint)index > (uint)len) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (value == null) {
                if (startIndex == 0 && charCount == 0) return this;
                throw new ArgumentNullException("value", "String reference not set to an instance of a String.");
            }
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (charCount < 0) throw new ArgumentOutOfRangeException("count", "Value must be positive.");
            if (startIndex > value.Length - charCount) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return Insert(index, new string(value, startIndex, charCount));
        }
        public StringBuilder Insert(int index, string value, int count) {
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if ((uint)index > (uint)len) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (value == null || value.Length == 0 || count == 0) return this;
            StringBuilder rep = new StringBuilder(value.Length * count);
            for (int i = 0; i < count; i++) rep.Append(value);
            return Insert(index, rep.ToString());
        }

        public StringBuilder Remove(int startIndex, int length) {
            if (startIndex < 0 || length < 0 || startIndex > len - length) throw new ArgumentOutOfRangeException(startIndex < 0 ? "startIndex" : "length");
            Array.Copy(buf, startIndex + length, buf, startIndex, len - startIndex - length);
            len -= length;
            return this;
        }
        public StringBuilder Clear() { len = 0; return this; }

        public StringBuilder Replace(char oldChar, char newChar) {
            for (int i = 0; i < len; i++) if (buf[i] == oldChar) buf[i] = newChar;
            return this;
        }
        public StringBuilder Replace(string oldValue, string newValue) {
            string s = ToString().Replace(oldValue, newValue);
            len = 0;
            return Append(s);
        }
        public StringBuilder Replace(char oldChar, char newChar, int startIndex, int count) {
            if ((uint)startIndex > (uint)len) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex > len - count) throw new ArgumentOutOfRangeException("count", "Index was out of range. Must be non-negative and less than the size of the collection.");
            for (int i = startIndex; i < startIndex + count; i++) if (buf[i] == oldChar) buf[i] = newChar;
            return this;
        }
        /// Replaces the occurrences lying wholly inside [startIndex, startIndex + count).
        public StringBuilder Replace(string oldValue, string newValue, int startIndex, int count) {
            if ((uint)startIndex > (uint)len) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex > len - count) throw new ArgumentOutOfRangeException("count", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (oldValue == null) throw new ArgumentNullException("oldValue");
            if (oldValue.Length == 0) throw new ArgumentException("Empty name is not legal.", "oldValue");
            string all = ToString();
            string mid = all.Substring(startIndex, count).Replace(oldValue, newValue ?? "");
            string tail = all.Substring(startIndex + count);
            len = startIndex;
            Append(mid);
            return Append(tail);
        }
        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count) {
            if (sourceIndex < 0 || count < 0 || sourceIndex > len - count) throw new ArgumentOutOfRangeException("sourceIndex");
            Array.Copy(buf, sourceIndex, destination, destinationIndex, count);
        }
        public bool Equals(StringBuilder sb) {
            if (sb == null || sb.len != len) return false;
            for (int i = 0; i < len; i++) if (buf[i] != sb.buf[i]) return false;
            return true;
        }
    }
}
