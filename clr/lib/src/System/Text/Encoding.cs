namespace System.Text {
    /// Character encodings: UTF-8, UTF-16 (both byte orders), UTF-32, ASCII and Latin-1, written
    /// from the Unicode encoding forms. Invalid input is replaced (U+FFFD when decoding UTF-8/16/32,
    /// '?' for ASCII/Latin-1), as .NET's default replacement fallbacks do.
    [Serializable]
    public abstract class Encoding : ICloneable {
        static Encoding utf8, ascii, unicode, bigEndianUnicode, utf32, latin1, utf8NoBom;

        readonly int codePage;
        protected Encoding() : this(0) { }
        protected Encoding(int codePage) { this.codePage = codePage; }

        public static Encoding UTF8 { get { return utf8 ?? (utf8 = new UTF8Encoding(true)); } }
        public static Encoding ASCII { get { return ascii ?? (ascii = new ASCIIEncoding()); } }
        public static Encoding Unicode { get { return unicode ?? (unicode = new UnicodeEncoding(false, true)); } }
        public static Encoding BigEndianUnicode { get { return bigEndianUnicode ?? (bigEndianUnicode = new UnicodeEncoding(true, true)); } }
        public static Encoding UTF32 { get { return utf32 ?? (utf32 = new UTF32Encoding(false, true)); } }
        /// The system's default (UTF-8 without a byte order mark, as Mono on Linux).
        public static Encoding Default { get { return utf8NoBom ?? (utf8NoBom = new UTF8Encoding(false)); } }
        internal static Encoding Latin1 { get { return latin1 ?? (latin1 = new Latin1Encoding()); } }

        public static Encoding GetEncoding(int codepage) {
            switch (codepage) {
                case 0: return Default;
                case 65001: return UTF8;
                case 20127: return ASCII;
                case 1200: return Unicode;
                case 1201: return BigEndianUnicode;
                case 12000: return UTF32;
                case 28591: return Latin1;
            }
            if (codepage < 0 || codepage > 65535) throw new ArgumentOutOfRangeException("codepage", "Valid values are between 0 and 65535, inclusive.");
            throw new NotSupportedException("No data is available for encoding " + codepage + ".");
        }
        public static Encoding GetEncoding(string name) {
            if (name == null) throw new ArgumentNullException("name");
            switch (name.ToLowerInvariant()) {
                case "utf-8": case "utf8": return UTF8;
                case "us-ascii": case "ascii": case "ansi_x3.4-1968": return ASCII;
                case "utf-16": case "unicode": case "utf-16le": case "ucs-2": return Unicode;
                case "utf-16be": case "unicodefffe": return BigEndianUnicode;
                case "utf-32": case "utf-32le": return UTF32;
                case "iso-8859-1": case "latin1": case "iso_8859-1": return Latin1;
            }
            throw new ArgumentException("Encoding name '" + name + "' not supported", "name");
        }
        public static byte[] Convert(Encoding srcEncoding, Encoding dstEncoding, byte[] bytes) {
            if (bytes == null) throw new ArgumentNullException("bytes");
            return Convert(srcEncoding, dstEncoding, bytes, 0, bytes.Length);
        }
        public static byte[] Convert(Encoding srcEncoding, Encoding dstEncoding, byte[] bytes, int index, int count) {
            if (srcEncoding == null) throw new ArgumentNullException("srcEncoding");
            if (dstEncoding == null) throw new ArgumentNullException("dstEncoding");
            return dstEncoding.GetBytes(srcEncoding.GetChars(bytes, index, count));
        }

        public virtual int CodePage { get { return codePage; } }
        public virtual string WebName { get { return ""; } }
        public virtual string EncodingName { get { return ""; } }
        public virtual string BodyName { get { return WebName; } }
        public virtual string HeaderName { get { return WebName; } }
        public virtual bool IsSingleByte { get { return false; } }
        public virtual byte[] GetPreamble() { return new byte[0]; }
        public virtual object Clone() { return MemberwiseClone(); }

        // ---- the two primitives each encoding implements ----
        /// Encodes chars[index..index+count) into a new array.
        internal abstract byte[] Encode(char[] chars, int index, int count);
        /// Decodes bytes[index..index+count) into a new array.
        internal abstract char[] Decode(byte[] bytes, int index, int count);

        static void CheckRange(int length, int index, int count, string arrayName) {
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            if (length - index < count) throw new ArgumentOutOfRangeException(arrayName, "Index and count must refer to a location within the buffer.");
        }

        public virtual byte[] GetBytes(string s) {
            if (s == null) throw new ArgumentNullException("s");
            char[] c = s.ToCharArray();
            return Encode(c, 0, c.Length);
        }
        public virtual byte[] GetBytes(char[] chars) {
            if (chars == null) throw new ArgumentNullException("chars");
            return Encode(chars, 0, chars.Length);
        }
        public virtual byte[] GetBytes(char[] chars, int index, int count) {
            if (chars == null) throw new ArgumentNullException("chars");
            CheckRange(chars.Length, index, count, "chars");
            return Encode(chars, index, count);
        }
        public virtual int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) {
            if (chars == null) throw new ArgumentNullException("chars");
            if (bytes == null) throw new ArgumentNullException("bytes");
            CheckRange(chars.Length, charIndex, charCount, "chars");
            return CopyOut(Encode(chars, charIndex, charCount), bytes, byteIndex, "bytes");
        }
        public virtual int GetBytes(string s, int charIndex, int charCount, byte[] bytes, int byteIndex) {
            if (s == null) throw new ArgumentNullException("s");
            if (bytes == null) throw new ArgumentNullException("bytes");
            CheckRange(s.Length, charIndex, charCount, "s");
            return CopyOut(Encode(s.ToCharArray(charIndex, charCount), 0, charCount), bytes, byteIndex, "bytes");
        }
        static int CopyOut<T>(T[] data, T[] dest, int destIndex, string name) {
            if (destIndex < 0 || destIndex > dest.Length) throw new ArgumentOutOfRangeException(name + "Index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (dest.Length - destIndex < data.Length) throw new ArgumentException("The output buffer is too small to contain the result.", name);
            Array.Copy(data, 0, dest, destIndex, data.Length);
            return data.Length;
        }
        public virtual int GetByteCount(string s) {
            if (s == null) throw new ArgumentNullException("s");
            return GetBytes(s).Length;
        }
        public virtual int GetByteCount(char[] chars) {
            if (chars == null) throw new ArgumentNullException("chars");
            return Encode(chars, 0, chars.Length).Length;
        }
        public virtual int GetByteCount(char[] chars, int index, int count) { return GetBytes(chars, index, count).Length; }

        public virtual string GetString(byte[] bytes) {
            if (bytes == null) throw new ArgumentNullException("bytes");
            return new string(Decode(bytes, 0, bytes.Length));
        }
        public virtual string GetString(byte[] bytes, int index, int count) {
            if (bytes == null) throw new ArgumentNullException("bytes");
            CheckRange(bytes.Length, index, count, "bytes");
            return new string(Decode(bytes, index, count));
        }
        public virtual char[] GetChars(byte[] bytes) {
            if (bytes == null) throw new ArgumentNullException("bytes");
            return Decode(bytes, 0, bytes.Length);
        }
        public virtual char[] GetChars(byte[] bytes, int index, int count) {
            if (bytes == null) throw new ArgumentNullException("bytes");
            CheckRange(bytes.Length, index, count, "bytes");
            return Decode(bytes, index, count);
        }
        public virtual int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) {
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (chars == null) throw new ArgumentNullException("chars");
            CheckRange(bytes.Length, byteIndex, byteCount, "bytes");
            return CopyOut(Decode(bytes, byteIndex, byteCount), chars, charIndex, "chars");
        }
        public virtual int GetCharCount(byte[] bytes) {
            if (bytes == null) throw new ArgumentNullException("bytes");
            return Decode(bytes, 0, bytes.Length).Length;
        }
        public virtual int GetCharCount(byte[] bytes, int index, int count) { return GetChars(bytes, index, count).Length; }
        public abstract int GetMaxByteCount(int charCount);
        public abstract int GetMaxCharCount(int byteCount);

        public override bool Equals(object value) {
            Encoding e = value as Encoding;
            return e != null && e.GetType() == GetType() && e.CodePage == CodePage && e.GetPreamble().Length == GetPreamble().Length;
        }
        public override int GetHashCode() { return CodePage; }

        /// The code point at chars[i] (a surrogate pair counts once, `width` 2); a lone surrogate gives -1.
        internal static int CodePointAt(char[] chars, int i, int end, out int width) {
            char c = chars[i];
            width = 1;
            if (c < 0xD800 || c > 0xDFFF) return c;
            if (c <= 0xDBFF && i + 1 < end && chars[i + 1] >= 0xDC00 && chars[i + 1] <= 0xDFFF) {
                width = 2;
                return 0x10000 + ((c - 0xD800) << 10) + (chars[i + 1] - 0xDC00);
            }
            return -1;
        }
        internal static void AppendCodePoint(System.Collections.Generic.List<char> r, int cp) {
            if (cp < 0x10000) { r.Add((char)cp); return; }
            cp -= 0x10000;
            r.Add((char)(0xD800 + (cp >> 10)));
            r.Add((char)(0xDC00 + (cp & 0x3FF)));
        }
    }

    [Serializable]
    public class UTF8Encoding : Encoding {
        readonly bool bom, throwOnInvalid;
        public UTF8Encoding() : this(false, false) { }
        public UTF8Encoding(bool encoderShouldEmitUTF8Identifier) : this(encoderShouldEmitUTF8Identifier, false) { }
        public UTF8Encoding(bool encoderShouldEmitUTF8Identifier, bool throwOnInvalidBytes) : base(65001) {
            bom = encoderShouldEmitUTF8Identifier;
            throwOnInvalid = throwOnInvalidBytes;
        }
        public override string WebName { get { return "utf-8"; } }
        public override string EncodingName { get { return "Unicode (UTF-8)"; } }
        public override byte[] GetPreamble() { return bom ? new byte[] { 0xEF, 0xBB, 0xBF } : new byte[0]; }
        public override int GetMaxByteCount(int charCount) {
            if (charCount < 0) throw new ArgumentOutOfRangeException("charCount", "Non-negative number required.");
            return (charCount + 1) * 3;
        }
        public override int GetMaxCharCount(int byteCount) {
            if (byteCount < 0) throw new ArgumentOutOfRangeException("byteCount", "Non-negative number required.");
            return byteCount + 1;
        }
        internal override byte[] Encode(char[] chars, int index, int count) {
            System.Collections.Generic.List<byte> r = new System.Collections.Generic.List<byte>(count);
            int end = index + count;
            for (int i = index; i < end; ) {
                int w;
                int cp = CodePointAt(chars, i, end, out w);
                i += w;
                if (cp < 0) {
                    if (throwOnInvalid) throw new EncoderFallbackException("Unable to translate Unicode character \\u" + ((int)chars[i - 1]).ToString("X4") + " at index " + (i - 1 - index) + " to specified code page.");
                    cp = 0xFFFD;
                }
                if (cp < 0x80) r.Add((byte)cp);
                else if (cp < 0x800) { r.Add((byte)(0xC0 | (cp >> 6))); r.Add((byte)(0x80 | (cp & 0x3F))); }
                else if (cp < 0x10000) { r.Add((byte)(0xE0 | (cp >> 12))); r.Add((byte)(0x80 | ((cp >> 6) & 0x3F))); r.Add((byte)(0x80 | (cp & 0x3F))); }
                else { r.Add((byte)(0xF0 | (cp >> 18))); r.Add((byte)(0x80 | ((cp >> 12) & 0x3F))); r.Add((byte)(0x80 | ((cp >> 6) & 0x3F))); r.Add((byte)(0x80 | (cp & 0x3F))); }
            }
            return r.ToArray();
        }
        /// Each maximal ill-formed subsequence becomes one U+FFFD (the Unicode recommendation).
        internal override char[] Decode(byte[] bytes, int index, int count) {
            System.Collections.Generic.List<char> r = new System.Collections.Generic.List<char>(count);
            int end = index + count;
            int i = index;
            while (i < end) {
                int b = bytes[i];
                if (b < 0x80) { r.Add((char)b); i++; continue; }
                int need, cp, lo = 0x80, hi = 0xBF;
                if (b >= 0xC2 && b <= 0xDF) { need = 1; cp = b & 0x1F; }
                else if (b >= 0xE0 && b <= 0xEF) { need = 2; cp = b & 0x0F; if (b == 0xE0) lo = 0xA0; else if (b == 0xED) hi = 0x9F; }
                else if (b >= 0xF0 && b <= 0xF4) { need = 3; cp = b & 0x07; if (b == 0xF0) lo = 0x90; else if (b == 0xF4) hi = 0x8F; }
                else { Invalid(r, i); i++; continue; }
                int j = i + 1;
                bool ok = true;
                for (int k = 0; k < need; k++, j++) {
                    if (j >= end) { ok = false; break; }
                    int c = bytes[j];
                    if (c < lo || c > hi) { ok = false; break; }
                    lo = 0x80; hi = 0xBF;
                    cp = (cp << 6) | (c & 0x3F);
                }
                if (!ok) { Invalid(r, i); i = j; continue; }
                AppendCodePoint(r, cp);
                i = j;
            }
            return r.ToArray();
        }
        void Invalid(System.Collections.Generic.List<char> r, int at) {
            if (throwOnInvalid) throw new DecoderFallbackException("Unable to translate bytes at index " + at + " from specified code page to Unicode.");
            r.Add('\uFFFD');
        }
        public override bool Equals(object value) {
            UTF8Encoding e = value as UTF8Encoding;
            return e != null && e.bom == bom && e.throwOnInvalid == throwOnInvalid;
        }
        public override int GetHashCode() { return 65001 + (bom ? 1 : 0) + (throwOnInvalid ? 2 : 0); }
    }

    [Serializable]
    public class ASCIIEncoding : Encoding {
        public ASCIIEncoding() : base(20127) { }
        public override string WebName { get { return "us-ascii"; } }
        public override string EncodingName { get { return "US-ASCII"; } }
        public override bool IsSingleByte { get { return true; } }
        public override int GetMaxByteCount(int charCount) {
            if (charCount < 0) throw new ArgumentOutOfRangeException("charCount", "Non-negative number required.");
            return charCount + 1;
        }
        public override int GetMaxCharCount(int byteCount) {
            if (byteCount < 0) throw new ArgumentOutOfRangeException("byteCount", "Non-negative number required.");
            return byteCount;
        }
        internal override byte[] Encode(char[] chars, int index, int count) {
            System.Collections.Generic.List<byte> r = new System.Collections.Generic.List<byte>(count);
            int end = index + count;
            for (int i = index; i < end; ) {
                int w;
                int cp = CodePointAt(chars, i, end, out w);
                i += w;
                r.Add(cp >= 0 && cp < 0x80 ? (byte)cp : (byte)'?');
            }
            return r.ToArray();
        }
        internal override char[] Decode(byte[] bytes, int index, int count) {
            char[] r = new char[count];
            for (int i = 0; i < count; i++) { byte b = bytes[index + i]; r[i] = b < 0x80 ? (char)b : '?'; }
            return r;
        }
    }

    [Serializable]
    internal sealed class Latin1Encoding : Encoding {
        public Latin1Encoding() : base(28591) { }
        public override string WebName { get { return "iso-8859-1"; } }
        public override string EncodingName { get { return "Western European (ISO)"; } }
        public override bool IsSingleByte { get { return true; } }
        public override int GetMaxByteCount(int charCount) { return charCount + 1; }
        public override int GetMaxCharCount(int byteCount) { return byteCount; }
        internal override byte[] Encode(char[] chars, int index, int count) {
            System.Collections.Generic.List<byte> r = new System.Collections.Generic.List<byte>(count);
            int end = index + count;
            for (int i = index; i < end; ) {
                int w;
                int cp = CodePointAt(chars, i, end, out w);
                i += w;
                r.Add(cp >= 0 && cp < 0x100 ? (byte)cp : (byte)'?');
            }
            return r.ToArray();
        }
        internal override char[] Decode(byte[] bytes, int index, int count) {
            char[] r = new char[count];
            for (int i = 0; i < count; i++) r[i] = (char)bytes[index + i];
            return r;
        }
    }

    [Serializable]
    public class UnicodeEncoding : Encoding {
        readonly bool bigEndian, bom, throwOnInvalid;
        public UnicodeEncoding() : this(false, true, false) { }
        public UnicodeEncoding(bool bigEndian, bool byteOrderMark) : this(bigEndian, byteOrderMark, false) { }
        public UnicodeEncoding(bool bigEndian, bool byteOrderMark, bool throwOnInvalidBytes) : base(bigEndian ? 1201 : 1200) {
            this.bigEndian = bigEndian; bom = byteOrderMark; throwOnInvalid = throwOnInvalidBytes;
        }
        public override string WebName { get { return bigEndian ? "utf-16BE" : "utf-16"; } }
        public override string EncodingName { get { return bigEndian ? "Unicode (Big-Endian)" : "Unicode"; } }
        public override byte[] GetPreamble() {
            if (!bom) return new byte[0];
            return bigEndian ? new byte[] { 0xFE, 0xFF } : new byte[] { 0xFF, 0xFE };
        }
        public override int GetMaxByteCount(int charCount) {
            if (charCount < 0) throw new ArgumentOutOfRangeException("charCount", "Non-negative number required.");
            return (charCount + 1) * 2;
        }
        public override int GetMaxCharCount(int byteCount) {
            if (byteCount < 0) throw new ArgumentOutOfRangeException("byteCount", "Non-negative number required.");
            return byteCount / 2 + 2;
        }
        internal override byte[] Encode(char[] chars, int index, int count) {
            System.Collections.Generic.List<byte> r = new System.Collections.Generic.List<byte>(count * 2);
            int end = index + count;
            for (int i = index; i < end; ) {
                int w;
                int cp = CodePointAt(chars, i, end, out w);
                if (cp < 0) { Put(r, '\uFFFD'); i++; continue; }
                for (int k = 0; k < w; k++) Put(r, chars[i + k]);
                i += w;
            }
            return r.ToArray();
        }
        void Put(System.Collections.Generic.List<byte> r, char c) {
            if (bigEndian) { r.Add((byte)(c >> 8)); r.Add((byte)c); } else { r.Add((byte)c); r.Add((byte)(c >> 8)); }
        }
        internal override char[] Decode(byte[] bytes, int index, int count) {
            System.Collections.Generic.List<char> units = new System.Collections.Generic.List<char>(count / 2 + 1);
            for (int i = 0; i + 1 < count; i += 2) {
                int a = bytes[index + i], b = bytes[index + i + 1];
                units.Add((char)(bigEndian ? (a << 8) | b : (b << 8) | a));
            }
            // lone surrogates and a trailing odd byte become U+FFFD
            char[] u = units.ToArray();
            System.Collections.Generic.List<char> r = new System.Collections.Generic.List<char>(u.Length + 1);
            for (int i = 0; i < u.Length; ) {
                int w;
                int cp = CodePointAt(u, i, u.Length, out w);
                if (cp < 0) { r.Add('\uFFFD'); i++; continue; }
                for (int k = 0; k < w; k++) r.Add(u[i + k]);
                i += w;
            }
            if ((count & 1) != 0) r.Add('\uFFFD');
            return r.ToArray();
        }
        public override bool Equals(object value) {
            UnicodeEncoding e = value as UnicodeEncoding;
            return e != null && e.bigEndian == bigEndian && e.bom == bom && e.throwOnInvalid == throwOnInvalid;
        }
        public override int GetHashCode() { return CodePage + (bom ? 4 : 0); }
    }

    [Serializable]
    public sealed class UTF32Encoding : Encoding {
        readonly bool bigEndian, bom;
        public UTF32Encoding() : this(false, true) { }
        public UTF32Encoding(bool bigEndian, bool byteOrderMark) : this(bigEndian, byteOrderMark, false) { }
        public UTF32Encoding(bool bigEndian, bool byteOrderMark, bool throwOnInvalidCharacters) : base(bigEndian ? 12001 : 12000) {
            this.bigEndian = bigEndian; bom = byteOrderMark;
        }
        public override string WebName { get { return bigEndian ? "utf-32BE" : "utf-32"; } }
        public override string EncodingName { get { return bigEndian ? "Unicode (UTF-32 Big-Endian)" : "Unicode (UTF-32)"; } }
        public override byte[] GetPreamble() {
            if (!bom) return new byte[0];
            return bigEndian ? new byte[] { 0, 0, 0xFE, 0xFF } : new byte[] { 0xFF, 0xFE, 0, 0 };
        }
        public override int GetMaxByteCount(int charCount) {
            if (charCount < 0) throw new ArgumentOutOfRangeException("charCount", "Non-negative number required.");
            return (charCount + 1) * 4;
        }
        public override int GetMaxCharCount(int byteCount) {
            if (byteCount < 0) throw new ArgumentOutOfRangeException("byteCount", "Non-negative number required.");
            return byteCount / 2 + 2;
        }
        internal override byte[] Encode(char[] chars, int index, int count) {
            System.Collections.Generic.List<byte> r = new System.Collections.Generic.List<byte>(count * 4);
            int end = index + count;
            for (int i = index; i < end; ) {
                int w;
                int cp = CodePointAt(chars, i, end, out w);
                i += w;
                if (cp < 0) cp = 0xFFFD;
                if (bigEndian) { r.Add((byte)(cp >> 24)); r.Add((byte)(cp >> 16)); r.Add((byte)(cp >> 8)); r.Add((byte)cp); }
                else { r.Add((byte)cp); r.Add((byte)(cp >> 8)); r.Add((byte)(cp >> 16)); r.Add((byte)(cp >> 24)); }
            }
            return r.ToArray();
        }
        internal override char[] Decode(byte[] bytes, int index, int count) {
            System.Collections.Generic.List<char> r = new System.Collections.Generic.List<char>(count / 4 + 1);
            int i = 0;
            for (; i + 3 < count; i += 4) {
                int p = index + i;
                long cp = bigEndian ? ((long)bytes[p] << 24) | ((long)bytes[p + 1] << 16) | ((long)bytes[p + 2] << 8) | bytes[p + 3]
                                    : ((long)bytes[p + 3] << 24) | ((long)bytes[p + 2] << 16) | ((long)bytes[p + 1] << 8) | bytes[p];
                if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) r.Add('\uFFFD');
                else AppendCodePoint(r, (int)cp);
            }
            if (i < count) r.Add('\uFFFD');
            return r.ToArray();
        }
        public override bool Equals(object value) {
            UTF32Encoding e = value as UTF32Encoding;
            return e != null && e.bigEndian == bigEndian && e.bom == bom;
        }
        public override int GetHashCode() { return CodePage + (bom ? 4 : 0); }
    }

    [Serializable]
    public sealed class EncoderFallbackException : ArgumentException {
        public EncoderFallbackException() { }
        public EncoderFallbackException(string message) : base(message) { }
    }
    [Serializable]
    public class DecoderFallbackException : ArgumentException {
        public DecoderFallbackException() { }
        public DecoderFallbackException(string message) : base(message) { }
    }
}
