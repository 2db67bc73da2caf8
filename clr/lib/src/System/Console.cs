using System.IO;
using System.Runtime.CompilerServices;

namespace System {
    public static class Console {
        /// Writes the UTF-16 string to standard output as UTF-8 (no newline added).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void WriteString(string s);
        /// Same for standard error.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void WriteErrorString(string s);
        /// Reads one line from standard input (UTF-8) without its terminator ("\n" or "\r\n"); null at end of input.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string ReadLineNative();
        /// Reads one UTF-16 unit from standard input; -1 at end of input.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int ReadCharNative();

        static TextWriter stdout, stderr;
        static TextReader stdin;

        public static TextWriter Out {
            get {
                if (stdout == null) stdout = new ConsoleWriter(false);
                return stdout;
            }
        }
        public static TextWriter Error {
            get {
                if (stderr == null) stderr = new ConsoleWriter(true);
                return stderr;
            }
        }
        public static TextReader In {
            get {
                if (stdin == null) stdin = new ConsoleReader();
                return stdin;
            }
        }
        public static void SetOut(TextWriter newOut) {
            if (newOut == null) throw new ArgumentNullException("newOut");
            stdout = newOut;
        }
        public static void SetError(TextWriter newError) {
            if (newError == null) throw new ArgumentNullException("newError");
            stderr = newError;
        }
        public static void SetIn(TextReader newIn) {
            if (newIn == null) throw new ArgumentNullException("newIn");
            stdin = newIn;
        }

        public static string ReadLine() { return In.ReadLine(); }
        public static int Read() { return In.Read(); }

        public static void WriteLine() { Out.WriteLine(); }
        public static void WriteLine(bool value) { Out.WriteLine(value); }
        public static void WriteLine(char value) { Out.WriteLine(value); }
        public static void WriteLine(char[] buffer) { Out.WriteLine(buffer); }
        public static void WriteLine(char[] buffer, int index, int count) { Out.WriteLine(buffer, index, count); }
        public static void WriteLine(decimal value) { Out.WriteLine(value); }
        public static void WriteLine(double value) { Out.WriteLine(value); }
        public static void WriteLine(float value) { Out.WriteLine(value); }
        public static void WriteLine(int value) { Out.WriteLine(value); }
        public static void WriteLine(uint value) { Out.WriteLine(value); }
        public static void WriteLine(long value) { Out.WriteLine(value); }
        public static void WriteLine(ulong value) { Out.WriteLine(value); }
        public static void WriteLine(object value) { Out.WriteLine(value); }
        public static void WriteLine(string value) { Out.WriteLine(value); }
        public static void WriteLine(string format, object arg0) { Out.WriteLine(format, arg0); }
        public static void WriteLine(string format, object arg0, object arg1) { Out.WriteLine(format, arg0, arg1); }
        public static void WriteLine(string format, object arg0, object arg1, object arg2) { Out.WriteLine(format, arg0, arg1, arg2); }
        public static void WriteLine(string format, params object[] arg) { Out.WriteLine(format, arg); }

        public static void Write(bool value) { Out.Write(value); }
        public static void Write(char value) { Out.Write(value); }
        public static void Write(char[] buffer) { Out.Write(buffer); }
        public static void Write(char[] buffer, int index, int count) { Out.Write(buffer, index, count); }
        public static void Write(decimal value) { Out.Write(value); }
        public static void Write(double value) { Out.Write(value); }
        public static void Write(float value) { Out.Write(value); }
        public static void Write(int value) { Out.Write(value); }
        public static void Write(uint value) { Out.Write(value); }
        public static void Write(long value) { Out.Write(value); }
        public static void Write(ulong value) { Out.Write(value); }
        public static void Write(object value) { Out.Write(value); }
        public static void Write(string value) { Out.Write(value); }
        public static void Write(string format, object arg0) { Out.Write(format, arg0); }
        public static void Write(string format, object arg0, object arg1) { Out.Write(format, arg0, arg1); }
        public static void Write(string format, object arg0, object arg1, object arg2) { Out.Write(format, arg0, arg1, arg2); }
        public static void Write(string format, params object[] arg) { Out.Write(format, arg); }

        sealed class ConsoleWriter : TextWriter {
            bool error;
            public ConsoleWriter(bool error) { this.error = error; }
            public override void Write(char value) { Write(value.ToString()); }
            public override void Write(string value) {
                if (value == null || value.Length == 0) return;
                if (error) WriteErrorString(value); else WriteString(value);
            }
            public override void Write(char[] buffer, int index, int count) { Write(new string(buffer, index, count)); }
        }

        sealed class ConsoleReader : TextReader {
            public override string ReadLine() { return ReadLineNative(); }
            public override int Read() { return ReadCharNative(); }
        }
    }
}

namespace System.IO {
    public abstract class TextWriter : IDisposable {
        protected TextWriter() { }
        public virtual string NewLine { get { return "\n"; } set { } }
        public virtual IFormatProvider FormatProvider { get { return null; } }
        public static readonly TextWriter Null = new NullTextWriter();

        public abstract void Write(char value);
        public virtual void Write(string value) {
            if (value == null) return;
            for (int i = 0; i < value.Length; i++) Write(value[i]);
        }
        public virtual void Write(char[] buffer) { if (buffer != null) Write(buffer, 0, buffer.Length); }
        public virtual void Write(char[] buffer, int index, int count) {
            for (int i = 0; i < count; i++) Write(buffer[index + i]);
        }
        public virtual void Write(bool value) { Write(value ? "True" : "False"); }
        public virtual void Write(int value) { Write(value.ToString()); }
        public virtual void Write(uint value) { Write(value.ToString()); }
        public virtual void Write(long value) { Write(value.ToString()); }
        public virtual void Write(ulong value) { Write(value.ToString()); }
        public virtual void Write(float value) { Write(value.ToString()); }
        public virtual void Write(double value) { Write(value.ToString()); }
        public virtual void Write(decimal value) { Write(value.ToString()); }
        public virtual void Write(object value) {
            if (value == null) return;
            IFormattable f = value as IFormattable;
            Write(f != null ? f.ToString(null, FormatProvider) : value.ToString());
        }
        public virtual void Write(string format, object arg0) { Write(String.Format(format, arg0)); }
        public virtual void Write(string format, object arg0, object arg1) { Write(String.Format(format, arg0, arg1)); }
        public virtual void Write(string format, object arg0, object arg1, object arg2) { Write(String.Format(format, arg0, arg1, arg2)); }
        public virtual void Write(string format, params object[] arg) { Write(String.Format(format, arg)); }

        public virtual void WriteLine() { Write(NewLine); }
        public virtual void WriteLine(string value) { Write(value + NewLine); }
        public virtual void WriteLine(char value) { Write(value.ToString() + NewLine); }
        public virtual void WriteLine(char[] buffer) { Write(buffer); WriteLine(); }
        public virtual void WriteLine(char[] buffer, int index, int count) { Write(buffer, index, count); WriteLine(); }
        public virtual void WriteLine(bool value) { WriteLine(value ? "True" : "False"); }
        public virtual void WriteLine(int value) { WriteLine(value.ToString()); }
        public virtual void WriteLine(uint value) { WriteLine(value.ToString()); }
        public virtual void WriteLine(long value) { WriteLine(value.ToString()); }
        public virtual void WriteLine(ulong value) { WriteLine(value.ToString()); }
        public virtual void WriteLine(float value) { WriteLine(value.ToString()); }
        public virtual void WriteLine(double value) { WriteLine(value.ToString()); }
        public virtual void WriteLine(decimal value) { WriteLine(value.ToString()); }
        public virtual void WriteLine(object value) {
            if (value == null) { WriteLine(); return; }
            IFormattable f = value as IFormattable;
            WriteLine(f != null ? f.ToString(null, FormatProvider) : value.ToString());
        }
        public virtual void WriteLine(string format, object arg0) { WriteLine(String.Format(format, arg0)); }
        public virtual void WriteLine(string format, object arg0, object arg1) { WriteLine(String.Format(format, arg0, arg1)); }
        public virtual void WriteLine(string format, object arg0, object arg1, object arg2) { WriteLine(String.Format(format, arg0, arg1, arg2)); }
        public virtual void WriteLine(string format, params object[] arg) { WriteLine(String.Format(format, arg)); }

        public virtual void Flush() { }
        public virtual void Close() { Dispose(); }
        public void Dispose() { Dispose(true); }
        protected virtual void Dispose(bool disposing) { }

        sealed class NullTextWriter : TextWriter {
            public override void Write(char value) { }
            public override void Write(string value) { }
        }
    }

    public class StringWriter : TextWriter {
        System.Text.StringBuilder sb;
        public StringWriter() { sb = new System.Text.StringBuilder(); }
        public StringWriter(System.Text.StringBuilder sb) { this.sb = sb; }
        public override void Write(char value) { sb.Append(value); }
        public override void Write(string value) { sb.Append(value); }
        public override void Write(char[] buffer, int index, int count) { sb.Append(buffer, index, count); }
        public virtual System.Text.StringBuilder GetStringBuilder() { return sb; }
        public override string ToString() { return sb.ToString(); }
    }

    public abstract class TextReader : IDisposable {
        protected TextReader() { }
        public virtual int Peek() { return -1; }
        public virtual int Read() { return -1; }
        public virtual string ReadLine() {
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            while (true) {
                int c = Read();
                if (c < 0) return sb.Length == 0 ? null : sb.ToString();
                if (c == '\n') return sb.ToString();
                if (c == '\r') { if (Peek() == '\n') Read(); return sb.ToString(); }
                sb.Append((char)c);
            }
        }
        public virtual string ReadToEnd() {
            System.Text.StringBuilder sb = new System.Text.StringBuilder();
            int c;
            while ((c = Read()) >= 0) sb.Append((char)c);
            return sb.ToString();
        }
        public virtual void Close() { Dispose(); }
        public void Dispose() { Dispose(true); }
        protected virtual void Dispose(bool disposing) { }
    }

    public class StringReader : TextReader {
        string s;
        int pos;
        public StringReader(string s) {
            if (s == null) throw new ArgumentNullException("s");
            this.s = s;
        }
        public override int Peek() { return pos < s.Length ? s[pos] : -1; }
        public override int Read() { return pos < s.Length ? s[pos++] : -1; }
    }
}
