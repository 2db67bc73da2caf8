namespace System.Collections.Generic {
    [Serializable]
    public class Queue<T> : IEnumerable<T>, ICollection, IReadOnlyCollection<T> {
        T[] array;
        int head, tail, size, version;

        public Queue() { array = new T[0]; }
        public Queue(int capacity) {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            array = new T[capacity];
        }
        public Queue(IEnumerable<T> collection) : this() {
            if (collection == null) throw new ArgumentNullException("collection");
            foreach (T x in collection) Enqueue(x);
        }
        public int Count { get { return size; } }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }

        public void Enqueue(T item) {
            if (size == array.Length) {
                int n = array.Length * 2;
                if (n < array.Length + 4) n = array.Length + 4;
                SetCapacity(n);
            }
            array[tail] = item;
            tail = (tail + 1) % array.Length;
            size++;
            version++;
        }
        public T Dequeue() {
            if (size == 0) throw new InvalidOperationException("Queue empty.");
            T r = array[head];
            array[head] = default(T);
            head = (head + 1) % array.Length;
            size--;
            version++;
            return r;
        }
        public bool TryDequeue(out T result) {
            if (size == 0) { result = default(T); return false; }
            result = Dequeue();
            return true;
        }
        public T Peek() {
            if (size == 0) throw new InvalidOperationException("Queue empty.");
            return array[head];
        }
        public bool TryPeek(out T result) {
            if (size == 0) { result = default(T); return false; }
            result = array[head];
            return true;
        }
        public void Clear() {
            array = new T[array.Length];
            head = tail = size = 0;
            version++;
        }
        public bool Contains(T item) {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = 0; i < size; i++) if (c.Equals(array[(head + i) % array.Length], item)) return true;
            return false;
        }
        void SetCapacity(int capacity) {
            T[] n = new T[capacity];
            for (int i = 0; i < size; i++) n[i] = array[(head + i) % array.Length];
            array = n;
            head = 0;
            tail = size == capacity ? 0 : size;
            version++;
        }
        public T[] ToArray() {
            T[] r = new T[size];
            for (int i = 0; i < size; i++) r[i] = array[(head + i) % array.Length];
            return r;
        }
        public void CopyTo(T[] array, int arrayIndex) { Array.Copy(ToArray(), 0, array, arrayIndex, size); }
        void ICollection.CopyTo(Array array, int index) { Array.Copy(ToArray(), 0, array, index, size); }
        public void TrimExcess() { }

        public Enumerator GetEnumerator() { return new Enumerator(this); }
        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        [Serializable]
        public struct Enumerator : IEnumerator<T> {
            Queue<T> q;
            int index;   // -1 not started, -2 finished
            int version;
            T current;
            internal Enumerator(Queue<T> q) { this.q = q; version = q.version; index = -1; current = default(T); }
            public bool MoveNext() {
                if (version != q.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (index == -2) return false;
                index++;
                if (index == q.size) { index = -2; current = default(T); return false; }
                current = q.array[(q.head + index) % q.array.Length];
                return true;
            }
            public T Current {
                get {
                    if (index < 0) throw new InvalidOperationException(index == -1 ? "Enumeration has not started. Call MoveNext." : "Enumeration already finished.");
                    return current;
                }
            }
            object IEnumerator.Current { get { return Current; } }
            void IEnumerator.Reset() { index = -1; current = default(T); }
            public void Dispose() { index = -2; current = default(T); }
        }
    }

    [Serializable]
    public class Stack<T> : IEnumerable<T>, ICollection, IReadOnlyCollection<T> {
        T[] array;
        int size, version;

        public Stack() { array = new T[0]; }
        public Stack(int capacity) {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            array = new T[capacity];
        }
        public Stack(IEnumerable<T> collection) : this() {
            if (collection == null) throw new ArgumentNullException("collection");
            foreach (T x in collection) Push(x);
        }
        public int Count { get { return size; } }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }

        public void Push(T item) {
            if (size == array.Length) {
                T[] n = new T[array.Length == 0 ? 4 : 2 * array.Length];
                Array.Copy(array, 0, n, 0, size);
                array = n;
            }
            array[size++] = item;
            version++;
        }
        public T Pop() {
            if (size == 0) throw new InvalidOperationException("Stack empty.");
            version++;
            T r = array[--size];
            array[size] = default(T);
            return r;
        }
        public bool TryPop(out T result) {
            if (size == 0) { result = default(T); return false; }
            result = Pop();
            return true;
        }
        public T Peek() {
            if (size == 0) throw new InvalidOperationException("Stack empty.");
            return array[size - 1];
        }
        public bool TryPeek(out T result) {
            if (size == 0) { result = default(T); return false; }
            result = array[size - 1];
            return true;
        }
        public void Clear() {
            Array.Clear(array, 0, size);
            size = 0;
            version++;
        }
        public bool Contains(T item) {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = 0; i < size; i++) if (c.Equals(array[i], item)) return true;
            return false;
        }
        /// Top of the stack first.
        public T[] ToArray() {
            T[] r = new T[size];
            for (int i = 0; i < size; i++) r[i] = array[size - 1 - i];
            return r;
        }
        public void CopyTo(T[] array, int arrayIndex) { Array.Copy(ToArray(), 0, array, arrayIndex, size); }
        void ICollection.CopyTo(Array array, int index) { Array.Copy(ToArray(), 0, array, index, size); }
        public void TrimExcess() { }

        public Enumerator GetEnumerator() { return new Enumerator(this); }
        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        [Serializable]
        public struct Enumerator : IEnumerator<T> {
            Stack<T> s;
            int index;   // -2 not started, -1 finished
            int version;
            T current;
            internal Enumerator(Stack<T> s) { this.s = s; version = s.version; index = -2; current = default(T); }
            public bool MoveNext() {
                if (version != s.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (index == -2) {
                    index = s.size - 1;
                } else if (index == -1) {
                    return false;
                } else {
                    index--;
                }
                if (index >= 0) { current = s.array[index]; return true; }
                current = default(T);
                return false;
            }
            public T Current {
                get {
                    if (index < 0) throw new InvalidOperationException(index == -2 ? "Enumeration has not started. Call MoveNext." : "Enumeration already finished.");
                    return current;
                }
            }
            object IEnumerator.Current { get { return Current; } }
            void IEnumerator.Reset() { index = -2; current = default(T); }
            public void Dispose() { index = -1; }
        }
    }

    /// Doubly linked list.
    [Serializable]
    public class LinkedList<T> : ICollection<T>, IReadOnlyCollection<T> {
        LinkedListNode<T> head;   // first node; circular
        int count, version;

        public LinkedList() { }
        public LinkedList(IEnumerable<T> collection) {
            if (collection == null) throw new ArgumentNullException("collection");
            foreach (T x in collection) AddLast(x);
        }
        public int Count { get { return count; } }
        public LinkedListNode<T> First { get { return head; } }
        public LinkedListNode<T> Last { get { return head == null ? null : head.prev; } }
        bool ICollection<T>.IsReadOnly { get { return false; } }

        public LinkedListNode<T> AddFirst(T value) {
            LinkedListNode<T> n = new LinkedListNode<T>(this, value);
            if (head == null) InsertEmpty(n); else { InsertBefore(head, n); head = n; }
            return n;
        }
        public LinkedListNode<T> AddLast(T value) {
            LinkedListNode<T> n = new LinkedListNode<T>(this, value);
            if (head == null) InsertEmpty(n); else InsertBefore(head, n);
            return n;
        }
        public void AddFirst(LinkedListNode<T> node) {
            CheckNew(node);
            node.list = this;
            if (head == null) InsertEmpty(node); else { InsertBefore(head, node); head = node; }
        }
        public void AddLast(LinkedListNode<T> node) {
            CheckNew(node);
            node.list = this;
            if (head == null) InsertEmpty(node); else InsertBefore(head, node);
        }
        public void AddAfter(LinkedListNode<T> node, LinkedListNode<T> newNode) {
            Check(node);
            CheckNew(newNode);
            newNode.list = this;
            InsertBefore(node.next, newNode);
        }
        public void AddBefore(LinkedListNode<T> node, LinkedListNode<T> newNode) {
            Check(node);
            CheckNew(newNode);
            newNode.list = this;
            InsertBefore(node, newNode);
            if (node == head) head = newNode;
        }
        static void CheckNew(LinkedListNode<T> node) {
            if (node == null) throw new ArgumentNullException("node");
            if (node.list != null) throw new InvalidOperationException("The LinkedList node already belongs to a LinkedList.");
        }
        void ICollection<T>.Add(T value) { AddLast(value); }
        public LinkedListNode<T> AddAfter(LinkedListNode<T> node, T value) {
            Check(node);
            LinkedListNode<T> n = new LinkedListNode<T>(this, value);
            InsertBefore(node.next, n);
            return n;
        }
        public LinkedListNode<T> AddBefore(LinkedListNode<T> node, T value) {
            Check(node);
            LinkedListNode<T> n = new LinkedListNode<T>(this, value);
            InsertBefore(node, n);
            if (node == head) head = n;
            return n;
        }
        void Check(LinkedListNode<T> node) {
            if (node == null) throw new ArgumentNullException("node");
            if (node.list != this) throw new InvalidOperationException("The LinkedList node does not belong to current LinkedList.");
        }
        void InsertEmpty(LinkedListNode<T> n) {
            n.next = n; n.prev = n; head = n;
            count++; version++;
        }
        void InsertBefore(LinkedListNode<T> node, LinkedListNode<T> n) {
            n.next = node; n.prev = node.prev;
            node.prev.next = n; node.prev = n;
            count++; version++;
        }
        public void Remove(LinkedListNode<T> node) {
            Check(node);
            if (node.next == node) head = null;
            else {
                node.next.prev = node.prev;
                node.prev.next = node.next;
                if (head == node) head = node.next;
            }
            node.list = null; node.next = null; node.prev = null;
            count--; version++;
        }
        public bool Remove(T value) {
            LinkedListNode<T> n = Find(value);
            if (n == null) return false;
            Remove(n);
            return true;
        }
        public void RemoveFirst() {
            if (head == null) throw new InvalidOperationException("The LinkedList is empty.");
            Remove(head);
        }
        public void RemoveLast() {
            if (head == null) throw new InvalidOperationException("The LinkedList is empty.");
            Remove(head.prev);
        }
        public LinkedListNode<T> Find(T value) {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            LinkedListNode<T> n = head;
            if (n == null) return null;
            do {
                if (c.Equals(n.item, value)) return n;
                n = n.next;
            } while (n != head);
            return null;
        }
        public LinkedListNode<T> FindLast(T value) {
            if (head == null) return null;
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            LinkedListNode<T> n = head.prev;
            do {
                if (c.Equals(n.item, value)) return n;
                n = n.prev;
            } while (n != head.prev);
            return null;
        }
        public bool Contains(T value) { return Find(value) != null; }
        public void Clear() {
            while (head != null) Remove(head);
        }
        public void CopyTo(T[] array, int index) {
            foreach (T x in this) array[index++] = x;
        }

        public Enumerator GetEnumerator() { return new Enumerator(this); }
        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        [Serializable]
        public struct Enumerator : IEnumerator<T> {
            LinkedList<T> list;
            LinkedListNode<T> node;
            int version, index;
            T current;
            internal Enumerator(LinkedList<T> list) { this.list = list; version = list.version; node = list.head; index = 0; current = default(T); }
            public bool MoveNext() {
                if (version != list.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (node == null) { index = list.count + 1; return false; }
                index++;
                current = node.item;
                node = node.next;
                if (node == list.head) node = null;
                return true;
            }
            public T Current { get { return current; } }
            object IEnumerator.Current { get { return current; } }
            void IEnumerator.Reset() { node = list.head; index = 0; current = default(T); }
            public void Dispose() { }
        }
    }

    public sealed class LinkedListNode<T> {
        internal LinkedList<T> list;
        internal LinkedListNode<T> next, prev;
        internal T item;
        public LinkedListNode(T value) { item = value; }
        internal LinkedListNode(LinkedList<T> list, T value) { this.list = list; item = value; }
        public LinkedList<T> List { get { return list; } }
        public LinkedListNode<T> Next { get { return next == null || next == list.First ? null : next; } }
        public LinkedListNode<T> Previous { get { return prev == null || this == list.First ? null : prev; } }
        public T Value { get { return item; } set { item = value; } }
    }
}
