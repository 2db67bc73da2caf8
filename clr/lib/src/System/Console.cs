using System.IO;
using System.Runtime.CompilerServices;

namespace System {
    [Serializable]
    public enum ConsoleColor {
        Black = 0, DarkBlue = 1, DarkGreen = 2, DarkCyan = 3, DarkRed = 4, DarkMagenta = 5, DarkYellow = 6, Gray = 7,
        DarkGray = 8, Blue = 9, Green = 10, Cyan = 11, Red = 12, Magenta = 13, Yellow = 14, White = 15,
    }
    [Flags]
    [Serializable]
    public enum ConsoleModifiers { Alt = 1, Shift = 2, Control = 4 }
    /// The common keys (the full .NET enum has more members; their values are the Windows virtual-key codes).
    [Serializable]
    public enum ConsoleKey {
        Backspace = 8, Tab = 9, Clear = 12, Enter = 13, Pause = 19, Escape = 27, Spacebar = 32,
        PageUp = 33, PageDown = 34, End = 35, Home = 36, LeftArrow = 37, UpArrow = 38, RightArrow = 39, DownArrow = 40,
        Select = 41, Print = 42, Execute = 43, PrintScreen = 44, Insert = 45, Delete = 46, Help = 47,
        D0 = 48, D1 = 49, D2 = 50, D3 = 51, D4 = 52, D5 = 53, D6 = 54, D7 = 55, D8 = 56, D9 = 57,
        A = 65, B = 66, C = 67, D = 68, E = 69, F = 70, G = 71, H = 72, I = 73, J = 74, K = 75, L = 76, M = 77,
        N = 78, O = 79, P = 80, Q = 81, R = 82, S = 83, T = 84, U = 85, V = 86, W = 87, X = 88, Y = 89, Z = 90,
        LeftWindows = 91, RightWindows = 92, Applications = 93, Sleep = 95,
        NumPad0 = 96, NumPad1 = 97, NumPad2 = 98, NumPad3 = 99, NumPad4 = 100, NumPad5 = 101, NumPad6 = 102,
        NumPad7 = 103, NumPad8 = 104, NumPad9 = 105, Multiply = 106, Add = 107, Separator = 108, Subtract = 109,
        Decimal = 110, Divide = 111,
        F1 = 112, F2 = 113, F3 = 114, F4 = 115, F5 = 116, F6 = 117, F7 = 118, F8 = 119, F9 = 120, F10 = 121,
        F11 = 122, F12 = 123,
    }
    [Serializable]
    public struct ConsoleKeyInfo : IEquatable<ConsoleKeyInfo> {
        char keyChar;
        ConsoleKey key;
        ConsoleModifiers mods;
        public ConsoleKeyInfo(char keyChar, ConsoleKey key, bool shift, bool alt, bool control) {
            if ((int)key < 0 || (int)key > 255) throw new ArgumentOutOfRangeException("key", "Console key values must be between 0 and 255.");
            this.keyChar = keyChar;
            this.key = key;
            mods = (shift ? ConsoleModifiers.Shift : 0) | (alt ? ConsoleModifiers.Alt : 0) | (control ? ConsoleModifiers.Control : 0);
        }
        public char KeyChar { get { return keyChar; } }
        public ConsoleKey Key { get { return key; } }
        public ConsoleModifiers Modifiers { get { return mods; } }
        public bool Equals(ConsoleKeyInfo obj) { return obj.keyChar == keyChar && obj.key == key && obj.mods == mods; }
        public override bool Equals(object value) { return value is ConsoleKeyInfo && Equals((ConsoleKeyInfo)value); }
        public override int GetHashCode() { return keyChar | ((int)key << 16) | ((int)mods << 24); }
        public static bool operator ==(ConsoleKeyInfo a, ConsoleKeyInfo b) { return a.Equals(b); }
        public static bool operator !=(ConsoleKeyInfo a, ConsoleKeyInfo b) { return !a.Equals(b); }
    }

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

        // Terminal control is Mono's behaviour with redirected standard streams (its null console
        // driver): colours read back Black, positions and sizes 0, the title "", setters do
        // nothing, ReadKey returns an empty key without reading input.
        public static ConsoleColor ForegroundColor { get { return ConsoleColor.Black; } set { } }
        public static ConsoleColor BackgroundColor { get { return ConsoleColor.Black; } set { } }
        public static void ResetColor() { }
        public static void Clear() { }
        public static void Beep() { }
        public static void Beep(int frequency, int duration) {
            if (frequency < 37 || frequency > 32767) throw new ArgumentOutOfRangeException("frequency", frequency, "Console.Beep's frequency must be between 37 and 32767hz.");
            if (duration <= 0) throw new ArgumentOutOfRangeException("duration", duration, "Positive number required.");
        }
        public static string Title { get { return ""; } set { } }
        public static int CursorLeft { get { return 0; } set { } }
        public static int CursorTop { get { return 0; } set { } }
        public static int CursorSize { get { return 0; } set { } }
        public static bool CursorVisible { get { return false; } set { } }
        public static void SetCursorPosition(int left, int top) { }
        public static int WindowWidth { get { return 0; } set { } }
        public static int WindowHeight { get { return 0; } set { } }
        public static int WindowLeft { get { return 0; } set { } }
        public static int WindowTop { get { return 0; } set { } }
        public static int BufferWidth { get { return 0; } set { } }
        public static int BufferHeight { get { return 0; } set { } }
        public static int LargestWindowWidth { get { return 0; } }
        public static int LargestWindowHeight { get { return 0; } }
        public static void SetWindowSize(int width, int height) { }
        public static void SetWindowPosition(int left, int top) { }
        public static void SetBufferSize(int width, int height) { }
        public static bool KeyAvailable { get { return false; } }
        public static bool TreatControlCAsInput { get { return false; } set { } }
        static System.Text.Encoding outputEncoding, inputEncoding;
        /// Setting it writes the encoding's preamble to standard output and error at once, as Mono
        /// does (a UTF-8 byte order mark for Encoding.UTF8); text is still written as UTF-8, except
        /// that an ASCII output encoding turns non-ASCII characters into '?'.
        public static System.Text.Encoding OutputEncoding {
            get { return outputEncoding ?? System.Text.Encoding.Default; }
            set {
                if (value == null) throw new ArgumentNullException("value");
                outputEncoding = value;
                if (value is System.Text.UTF8Encoding && value.GetPreamble().Length > 0) {
                    WriteString("\uFEFF");
                    WriteErrorString("\uFEFF");
                }
            }
        }
        public static System.Text.Encoding InputEncoding {
            get { return inputEncoding ?? System.Text.Encoding.Default; }
            set {
                if (value == null) throw new ArgumentNullException("value");
                inputEncoding = value;
            }
        }
        internal static string ForOutput(string s) {
            if (outputEncoding == null || !(outputEncoding is System.Text.ASCIIEncoding) || s == null) return s;
            return new string(outputEncoding.GetChars(outputEncoding.GetBytes(s)));
        }
        public static ConsoleKeyInfo ReadKey() { return new ConsoleKeyInfo(); }
        public static ConsoleKeyInfo ReadKey(bool intercept) { return new ConsoleKeyInfo(); }

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
                value = ForOutput(value);
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
        public virtual System.Text.Encoding Encoding { get { return System.Text.Encoding.Default; } }
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
        public StringWriter(IFormatProvider formatProvider) : this() { }
        public StringWriter(System.Text.StringBuilder sb, IFormatProvider formatProvider) : this(sb) { }
        public override System.Text.Encoding Encoding { get { return new System.Text.UnicodeEncoding(false, false); } }
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
