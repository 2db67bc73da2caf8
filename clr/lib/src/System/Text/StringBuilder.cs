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

        public StringBuilder AppendLine() { return Append(Environment.NewLine); }
        public StringBuilder AppendLine(string value) { Append(value); return Append(Environment.NewLine); }

        public StringBuilder AppendFormat(string format, object arg0) { return AppendFormat(null, format, new object[] { arg0 }); }
        public StringBuilder AppendFormat(string format, object arg0, object arg1) { return AppendFormat(null, format, new object[] { arg0, arg1 }); }
        public StringBuilder AppendFormat(string format, object arg0, object arg1, object arg2) { return AppendFormat(null, format, new object[] { arg0, arg1, arg2 }); }
        public StringBuilder AppendFormat(string format, params object[] args) { return AppendFormat(null, format, args); }

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
