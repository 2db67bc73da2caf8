namespace System.Collections {
    [Serializable]
    public sealed class BitArray : ICollection, ICloneable {
        int[] bits;
        int length;
        int version;

        public BitArray(int length) : this(length, false) { }
        public BitArray(int length, bool defaultValue) {
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Non-negative number required.");
            this.length = length;
            bits = new int[(length + 31) / 32];
            if (defaultValue) for (int i = 0; i < bits.Length; i++) bits[i] = -1;
        }
        public BitArray(bool[] values) : this(values.Length) {
            for (int i = 0; i < values.Length; i++) if (values[i]) Set(i, true);
        }
        public BitArray(BitArray bits) {
            if (bits == null) throw new ArgumentNullException("bits");
            length = bits.length;
            this.bits = (int[])bits.bits.Clone();
        }

        public int Length {
            get { return length; }
            set {
                int[] nb = new int[(value + 31) / 32];
                Array.Copy(bits, nb, Math.Min(nb.Length, bits.Length));
                if (value > length) for (int i = length; i < value && i < nb.Length * 32; i++) nb[i >> 5] &= ~(1 << (i & 31));
                bits = nb;
                length = value;
                version++;
            }
        }
        public int Count { get { return length; } }
        public bool IsReadOnly { get { return false; } }
        public bool IsSynchronized { get { return false; } }
        public object SyncRoot { get { return this; } }

        public bool this[int index] { get { return Get(index); } set { Set(index, value); } }
        public bool Get(int index) {
            if ((uint)index >= (uint)length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return (bits[index >> 5] & (1 << (index & 31))) != 0;
        }
        public void Set(int index, bool value) {
            if ((uint)index >= (uint)length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (value) bits[index >> 5] |= 1 << (index & 31);
            else bits[index >> 5] &= ~(1 << (index & 31));
            version++;
        }
        public void SetAll(bool value) {
            for (int i = 0; i < bits.Length; i++) bits[i] = value ? -1 : 0;
            version++;
        }
        void CheckSame(BitArray value) {
            if (value == null) throw new ArgumentNullException("value");
            if (value.length != length) throw new ArgumentException("Array lengths must be the same.");
        }
        public BitArray And(BitArray value) { CheckSame(value); for (int i = 0; i < bits.Length; i++) bits[i] &= value.bits[i]; version++; return this; }
        public BitArray Or(BitArray value) { CheckSame(value); for (int i = 0; i < bits.Length; i++) bits[i] |= value.bits[i]; version++; return this; }
        public BitArray Xor(BitArray value) { CheckSame(value); for (int i = 0; i < bits.Length; i++) bits[i] ^= value.bits[i]; version++; return this; }
        public BitArray Not() { for (int i = 0; i < bits.Length; i++) bits[i] = ~bits[i]; version++; return this; }

        public object Clone() { return new BitArray(this); }
        public void CopyTo(Array array, int index) {
            bool[] b = array as bool[];
            if (b != null) { for (int i = 0; i < length; i++) b[index + i] = Get(i); return; }
            int[] ints = array as int[];
            if (ints != null) { Array.Copy(bits, 0, ints, index, bits.Length); return; }
            throw new ArgumentException("Only supported array types for CopyTo on BitArrays are Boolean[], Int32[] and Byte[].");
        }
        public IEnumerator GetEnumerator() { return new BitEnumerator(this); }

        sealed class BitEnumerator : IEnumerator {
            BitArray a;
            int index = -1, version;
            public BitEnumerator(BitArray a) { this.a = a; version = a.version; }
            public bool MoveNext() {
                if (version != a.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (index < a.length - 1) { index++; return true; }
                index = a.length;
                return false;
            }
            public object Current {
                get {
                    if (index < 0 || index >= a.length) throw new InvalidOperationException("Enumeration has not started. Call MoveNext.");
                    return a.Get(index);
                }
            }
            public void Reset() { index = -1; }
        }
    }
}
