using System.Collections;
using System.Collections.Generic;

namespace System.Linq {
    public interface IOrderedEnumerable<TElement> : IEnumerable<TElement> {
        IOrderedEnumerable<TElement> CreateOrderedEnumerable<TKey>(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending);
    }
    public interface IGrouping<out TKey, out TElement> : IEnumerable<TElement> { TKey Key { get; } }
    public interface ILookup<TKey, TElement> : IEnumerable<IGrouping<TKey, TElement>> {
        int Count { get; }
        IEnumerable<TElement> this[TKey key] { get; }
        bool Contains(TKey key);
    }

    public static class Enumerable {
        static Exception NoElements() { return new InvalidOperationException("Sequence contains no elements"); }
        static Exception NoMatch() { return new InvalidOperationException("Sequence contains no matching element"); }
        static Exception MoreThanOne() { return new InvalidOperationException("Sequence contains more than one element"); }
        static Exception MoreThanOneMatch() { return new InvalidOperationException("Sequence contains more than one matching element"); }
        static void Check(object arg, string name) { if (arg == null) throw new ArgumentNullException(name); }

        // ---------------- generation ----------------

        public static IEnumerable<int> Range(int start, int count) {
            if (count < 0 || (long)start + count - 1 > int.MaxValue) throw new ArgumentOutOfRangeException("count");
            return RangeIterator(start, count);
        }
        static IEnumerable<int> RangeIterator(int start, int count) {
            for (int i = 0; i < count; i++) yield return start + i;
        }
        public static IEnumerable<TResult> Repeat<TResult>(TResult element, int count) {
            if (count < 0) throw new ArgumentOutOfRangeException("count");
            return RepeatIterator(element, count);
        }
        static IEnumerable<TResult> RepeatIterator<TResult>(TResult element, int count) {
            for (int i = 0; i < count; i++) yield return element;
        }
        public static IEnumerable<TResult> Empty<TResult>() { return EmptyArray<TResult>.Value; }

        // ---------------- filtering / projection ----------------

        public static IEnumerable<TSource> Where<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate) {
            Check(source, "source"); Check(predicate, "predicate");
            return WhereIterator(source, predicate);
        }
        static IEnumerable<TSource> WhereIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate) {
            foreach (TSource x in source) if (predicate(x)) yield return x;
        }
        public static IEnumerable<TSource> Where<TSource>(this IEnumerable<TSource> source, Func<TSource, int, bool> predicate) {
            Check(source, "source"); Check(predicate, "predicate");
            return WhereIndexIterator(source, predicate);
        }
        static IEnumerable<TSource> WhereIndexIterator<TSource>(IEnumerable<TSource> source, Func<TSource, int, bool> predicate) {
            int i = 0;
            foreach (TSource x in source) if (predicate(x, i++)) yield return x;
        }
        public static IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector) {
            Check(source, "source"); Check(selector, "selector");
            return SelectIterator(source, selector);
        }
        static IEnumerable<TResult> SelectIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> selector) {
            foreach (TSource x in source) yield return selector(x);
        }
        public static IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, int, TResult> selector) {
            Check(source, "source"); Check(selector, "selector");
            return SelectIndexIterator(source, selector);
        }
        static IEnumerable<TResult> SelectIndexIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, int, TResult> selector) {
            int i = 0;
            foreach (TSource x in source) yield return selector(x, i++);
        }
        public static IEnumerable<TResult> SelectMany<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, IEnumerable<TResult>> selector) {
            Check(source, "source"); Check(selector, "selector");
            return SelectManyIterator(source, selector);
        }
        static IEnumerable<TResult> SelectManyIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, IEnumerable<TResult>> selector) {
            foreach (TSource x in source) foreach (TResult y in selector(x)) yield return y;
        }
        public static IEnumerable<TResult> SelectMany<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, int, IEnumerable<TResult>> selector) {
            Check(source, "source"); Check(selector, "selector");
            return SelectManyIndexIterator(source, selector);
        }
        static IEnumerable<TResult> SelectManyIndexIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, int, IEnumerable<TResult>> selector) {
            int i = -1;
            foreach (TSource x in source) {
                checked { i++; }
                foreach (TResult y in selector(x, i)) yield return y;
            }
        }
        public static IEnumerable<TResult> SelectMany<TSource, TCollection, TResult>(this IEnumerable<TSource> source, Func<TSource, int, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector) {
            Check(source, "source"); Check(collectionSelector, "collectionSelector"); Check(resultSelector, "resultSelector");
            return SelectManyIndexIterator(source, collectionSelector, resultSelector);
        }
        static IEnumerable<TResult> SelectManyIndexIterator<TSource, TCollection, TResult>(IEnumerable<TSource> source, Func<TSource, int, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector) {
            int i = -1;
            foreach (TSource x in source) {
                checked { i++; }
                foreach (TCollection y in collectionSelector(x, i)) yield return resultSelector(x, y);
            }
        }
        public static IEnumerable<TResult> SelectMany<TSource, TCollection, TResult>(this IEnumerable<TSource> source, Func<TSource, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector) {
            Check(source, "source"); Check(collectionSelector, "collectionSelector"); Check(resultSelector, "resultSelector");
            return SelectManyIterator(source, collectionSelector, resultSelector);
        }
        static IEnumerable<TResult> SelectManyIterator<TSource, TCollection, TResult>(IEnumerable<TSource> source, Func<TSource, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector) {
            foreach (TSource x in source) foreach (TCollection y in collectionSelector(x)) yield return resultSelector(x, y);
        }
        public static IEnumerable<TResult> Cast<TResult>(this IEnumerable source) {
            Check(source, "source");
            IEnumerable<TResult> typed = source as IEnumerable<TResult>;
            if (typed != null) return typed;
            return CastIterator<TResult>(source);
        }
        static IEnumerable<TResult> CastIterator<TResult>(IEnumerable source) {
            foreach (object o in source) yield return (TResult)o;
        }
        public static IEnumerable<TResult> OfType<TResult>(this IEnumerable source) {
            Check(source, "source");
            return OfTypeIterator<TResult>(source);
        }
        static IEnumerable<TResult> OfTypeIterator<TResult>(IEnumerable source) {
            foreach (object o in source) if (o is TResult) yield return (TResult)o;
        }

        // ---------------- partitioning ----------------

        public static IEnumerable<TSource> Take<TSource>(this IEnumerable<TSource> source, int count) {
            Check(source, "source");
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            if (ordered != null) source = ordered.SortedUnwrapped(0);
            return TakeIterator(source, count);
        }
        static IEnumerable<TSource> TakeIterator<TSource>(IEnumerable<TSource> source, int count) {
            if (count <= 0) yield break;
            foreach (TSource x in source) {
                yield return x;
                if (--count == 0) break;
            }
        }
        public static IEnumerable<TSource> Skip<TSource>(this IEnumerable<TSource> source, int count) {
            Check(source, "source");
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            if (ordered != null) source = ordered.SortedUnwrapped(Math.Max(count, 0));
            return SkipIterator(source, count);
        }
        static IEnumerable<TSource> SkipIterator<TSource>(IEnumerable<TSource> source, int count) {
            foreach (TSource x in source) {
                if (count > 0) { count--; continue; }
                yield return x;
            }
        }
        public static IEnumerable<TSource> TakeWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, int, bool> predicate) {
            Check(source, "source"); Check(predicate, "predicate");
            return TakeWhileIndexIterator(source, predicate);
        }
        static IEnumerable<TSource> TakeWhileIndexIterator<TSource>(IEnumerable<TSource> source, Func<TSource, int, bool> predicate) {
            int i = -1;
            foreach (TSource x in source) {
                checked { i++; }
                if (!predicate(x, i)) break;
                yield return x;
            }
        }
        public static IEnumerable<TSource> SkipWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, int, bool> predicate) {
            Check(source, "source"); Check(predicate, "predicate");
            return SkipWhileIndexIterator(source, predicate);
        }
        static IEnumerable<TSource> SkipWhileIndexIterator<TSource>(IEnumerable<TSource> source, Func<TSource, int, bool> predicate) {
            int i = -1;
            bool yielding = false;
            foreach (TSource x in source) {
                if (!yielding) {
                    checked { i++; }
                    if (predicate(x, i)) continue;
                    yielding = true;
                }
                yield return x;
            }
        }
        public static IEnumerable<TSource> TakeLast<TSource>(this IEnumerable<TSource> source, int count) {
            Check(source, "source");
            return TakeLastIterator(source, count);
        }
        static IEnumerable<TSource> TakeLastIterator<TSource>(IEnumerable<TSource> source, int count) {
            if (count <= 0) yield break;
            Queue<TSource> q = new Queue<TSource>();
            foreach (TSource x in source) {
                if (q.Count == count) q.Dequeue();
                q.Enqueue(x);
            }
            foreach (TSource x in q) yield return x;
        }
        public static IEnumerable<TSource> SkipLast<TSource>(this IEnumerable<TSource> source, int count) {
            Check(source, "source");
            return SkipLastIterator(source, count);
        }
        static IEnumerable<TSource> SkipLastIterator<TSource>(IEnumerable<TSource> source, int count) {
            if (count <= 0) { foreach (TSource x in source) yield return x; yield break; }
            Queue<TSource> q = new Queue<TSource>();
            foreach (TSource x in source) {
                if (q.Count == count) yield return q.Dequeue();
                q.Enqueue(x);
            }
        }
        public static IEnumerable<TSource> TakeWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate) {
            Check(source, "source"); Check(predicate, "predicate");
            return TakeWhileIterator(source, predicate);
        }
        static IEnumerable<TSource> TakeWhileIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate) {
            foreach (TSource x in source) {
                if (!predicate(x)) break;
                yield return x;
            }
        }
        public static IEnumerable<TSource> SkipWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate) {
            Check(source, "source"); Check(predicate, "predicate");
            return SkipWhileIterator(source, predicate);
        }
        static IEnumerable<TSource> SkipWhileIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate) {
            bool yielding = false;
            foreach (TSource x in source) {
                if (!yielding && !predicate(x)) yielding = true;
                if (yielding) yield return x;
            }
        }

        // ---------------- set / combination ----------------

        public static IEnumerable<TSource> Concat<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second) {
            Check(first, "first"); Check(second, "second");
            return ConcatIterator(first, second);
        }
        static IEnumerable<TSource> ConcatIterator<TSource>(IEnumerable<TSource> first, IEnumerable<TSource> second) {
            foreach (TSource x in first) yield return x;
            foreach (TSource x in second) yield return x;
        }
        public static IEnumerable<TSource> Append<TSource>(this IEnumerable<TSource> source, TSource element) {
            Check(source, "source");
            return ConcatIterator(source, new TSource[] { element });
        }
        public static IEnumerable<TSource> Prepend<TSource>(this IEnumerable<TSource> source, TSource element) {
            Check(source, "source");
            return ConcatIterator(new TSource[] { element }, source);
        }
        public static IEnumerable<TSource> Distinct<TSource>(this IEnumerable<TSource> source) { return Distinct(source, null); }
        public static IEnumerable<TSource> Distinct<TSource>(this IEnumerable<TSource> source, IEqualityComparer<TSource> comparer) {
            Check(source, "source");
            return DistinctIterator(source, comparer);
        }
        static IEnumerable<TSource> DistinctIterator<TSource>(IEnumerable<TSource> source, IEqualityComparer<TSource> comparer) {
            HashSet<TSource> seen = new HashSet<TSource>(comparer);
            foreach (TSource x in source) if (seen.Add(x)) yield return x;
        }
        public static IEnumerable<TSource> Union<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second) { return Union(first, second, null); }
        public static IEnumerable<TSource> Union<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer) {
            Check(first, "first"); Check(second, "second");
            return DistinctIterator(ConcatIterator(first, second), comparer);
        }
        public static IEnumerable<TSource> Intersect<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second) { return Intersect(first, second, null); }
        public static IEnumerable<TSource> Intersect<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer) {
            Check(first, "first"); Check(second, "second");
            return IntersectIterator(first, second, comparer);
        }
        static IEnumerable<TSource> IntersectIterator<TSource>(IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer) {
            HashSet<TSource> set = new HashSet<TSource>(second, comparer);
            foreach (TSource x in first) if (set.Remove(x)) yield return x;
        }
        public static IEnumerable<TSource> Except<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second) { return Except(first, second, null); }
        public static IEnumerable<TSource> Except<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer) {
            Check(first, "first"); Check(second, "second");
            return ExceptIterator(first, second, comparer);
        }
        static IEnumerable<TSource> ExceptIterator<TSource>(IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer) {
            HashSet<TSource> set = new HashSet<TSource>(second, comparer);
            foreach (TSource x in first) if (set.Add(x)) yield return x;
        }
        public static IEnumerable<TResult> Zip<TFirst, TSecond, TResult>(this IEnumerable<TFirst> first, IEnumerable<TSecond> second, Func<TFirst, TSecond, TResult> resultSelector) {
            Check(first, "first"); Check(second, "second"); Check(resultSelector, "resultSelector");
            return ZipIterator(first, second, resultSelector);
        }
        static IEnumerable<TResult> ZipIterator<TFirst, TSecond, TResult>(IEnumerable<TFirst> first, IEnumerable<TSecond> second, Func<TFirst, TSecond, TResult> resultSelector) {
            using (IEnumerator<TFirst> e1 = first.GetEnumerator())
            using (IEnumerator<TSecond> e2 = second.GetEnumerator())
                while (e1.MoveNext() && e2.MoveNext()) yield return resultSelector(e1.Current, e2.Current);
        }
        public static IEnumerable<TSource> Reverse<TSource>(this IEnumerable<TSource> source) {
            Check(source, "source");
            return ReverseIterator(source);
        }
        static IEnumerable<TSource> ReverseIterator<TSource>(IEnumerable<TSource> source) {
            TSource[] a = ToArray(source);
            for (int i = a.Length - 1; i >= 0; i--) yield return a[i];
        }
        public static IEnumerable<TSource> DefaultIfEmpty<TSource>(this IEnumerable<TSource> source) { return DefaultIfEmpty(source, default(TSource)); }
        public static IEnumerable<TSource> DefaultIfEmpty<TSource>(this IEnumerable<TSource> source, TSource defaultValue) {
            Check(source, "source");
            return DefaultIfEmptyIterator(source, defaultValue);
        }
        static IEnumerable<TSource> DefaultIfEmptyIterator<TSource>(IEnumerable<TSource> source, TSource defaultValue) {
            bool any = false;
            foreach (TSource x in source) { any = true; yield return x; }
            if (!any) yield return defaultValue;
        }
        public static bool SequenceEqual<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second) { return SequenceEqual(first, second, null); }
        public static bool SequenceEqual<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer) {
            Check(first, "first"); Check(second, "second");
            if (comparer == null) comparer = EqualityComparer<TSource>.Default;
            using (IEnumerator<TSource> e1 = first.GetEnumerator())
            using (IEnumerator<TSource> e2 = second.GetEnumerator()) {
                while (e1.MoveNext()) {
                    if (!e2.MoveNext() || !comparer.Equals(e1.Current, e2.Current)) return false;
                }
                return !e2.MoveNext();
            }
        }

        // ---------------- ordering ----------------

        public static IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) {
            return OrderBy(source, keySelector, null);
        }
        public static IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer) {
            Check(source, "source"); Check(keySelector, "keySelector");
            return new OrderedEnumerable<TSource>(source, new OrderKey<TSource, TKey>(null, keySelector, comparer, false));
        }
        public static IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) {
            return OrderByDescending(source, keySelector, null);
        }
        public static IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer) {
            Check(source, "source"); Check(keySelector, "keySelector");
            return new OrderedEnumerable<TSource>(source, new OrderKey<TSource, TKey>(null, keySelector, comparer, true));
        }
        public static IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector) {
            return ThenBy(source, keySelector, null);
        }
        public static IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer) {
            Check(source, "source"); Check(keySelector, "keySelector");
            return source.CreateOrderedEnumerable(keySelector, comparer, false);
        }
        public static IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector) {
            return ThenByDescending(source, keySelector, null);
        }
        public static IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer) {
            Check(source, "source"); Check(keySelector, "keySelector");
            return source.CreateOrderedEnumerable(keySelector, comparer, true);
        }

        /// One OrderBy/ThenBy level; `parent` is the more significant level (null for OrderBy).
        abstract class OrderKey<TElement> {
            internal readonly OrderKey<TElement> parent;
            protected OrderKey(OrderKey<TElement> parent) { this.parent = parent; }
            internal abstract KeySorter<TElement> Sorter(KeySorter<TElement> next);
            internal abstract KeyScanner<TElement> Scanner(KeyScanner<TElement> next);
        }
        sealed class OrderKey<TElement, TKey> : OrderKey<TElement> {
            readonly Func<TElement, TKey> keySelector;
            readonly IComparer<TKey> comparer;
            readonly bool descending;
            internal OrderKey(OrderKey<TElement> parent, Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending) : base(parent) {
                this.keySelector = keySelector; this.comparer = comparer ?? Comparer<TKey>.Default; this.descending = descending;
            }
            internal override KeySorter<TElement> Sorter(KeySorter<TElement> next) { return new KeySorter<TElement, TKey>(keySelector, comparer, descending, next); }
            internal override KeyScanner<TElement> Scanner(KeyScanner<TElement> next) { return new KeyScanner<TElement, TKey>(keySelector, comparer, descending, next); }
        }

        /// Full sort: every element's key is computed once (level by level, in source order), then
        /// element indexes are sorted; equal keys fall through to the next level, then to the
        /// original position (stable).
        abstract class KeySorter<TElement> {
            internal abstract void ComputeKeys(TElement[] items);
            internal abstract int Compare(int i, int j);
        }
        sealed class KeySorter<TElement, TKey> : KeySorter<TElement> {
            readonly Func<TElement, TKey> keySelector;
            readonly IComparer<TKey> comparer;
            readonly bool descending;
            readonly KeySorter<TElement> next;
            TKey[] keys;
            internal KeySorter(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending, KeySorter<TElement> next) {
                this.keySelector = keySelector; this.comparer = comparer; this.descending = descending; this.next = next;
            }
            internal override void ComputeKeys(TElement[] items) {
                keys = new TKey[items.Length];
                for (int i = 0; i < items.Length; i++) keys[i] = keySelector(items[i]);
                if (next != null) next.ComputeKeys(items);
            }
            internal override int Compare(int i, int j) {
                int c = comparer.Compare(keys[i], keys[j]);
                if (c == 0) return next != null ? next.Compare(i, j) : i - j;
                return descending != (c > 0) ? 1 : -1;
            }
        }

        /// First/Last without sorting: one pass keeping the current best element's keys (a lower
        /// level's key is only computed when the levels above it tie).
        abstract class KeyScanner<TElement> {
            internal abstract void SetElement(TElement e);
            /// Compares e with the current best; if `cacheLower` and e is lower (or if not and e is
            /// higher or equal), e's keys become the current ones.
            internal abstract int Compare(TElement e, bool cacheLower);
        }
        sealed class KeyScanner<TElement, TKey> : KeyScanner<TElement> {
            readonly Func<TElement, TKey> keySelector;
            readonly IComparer<TKey> comparer;
            readonly bool descending;
            readonly KeyScanner<TElement> next;
            TKey current;
            internal KeyScanner(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending, KeyScanner<TElement> next) {
                this.keySelector = keySelector; this.comparer = comparer; this.descending = descending; this.next = next;
            }
            internal override void SetElement(TElement e) {
                current = keySelector(e);
                if (next != null) next.SetElement(e);
            }
            internal override int Compare(TElement e, bool cacheLower) {
                TKey k = keySelector(e);
                int c = descending ? comparer.Compare(current, k) : comparer.Compare(k, current);
                if (c == 0 && next != null) return next.Compare(e, cacheLower);
                if (cacheLower == (c < 0)) {
                    current = k;
                    if (next != null) next.SetElement(e);
                }
                return c;
            }
        }

        sealed class OrderedEnumerable<TElement> : IOrderedEnumerable<TElement> {
            internal readonly IEnumerable<TElement> source;
            readonly OrderKey<TElement> last;
            internal OrderedEnumerable(IEnumerable<TElement> source, OrderKey<TElement> last) {
                this.source = source; this.last = last;
            }
            public IOrderedEnumerable<TElement> CreateOrderedEnumerable<TKey>(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending) {
                if (keySelector == null) throw new ArgumentNullException("keySelector");
                return new OrderedEnumerable<TElement>(source, new OrderKey<TElement, TKey>(last, keySelector, comparer, descending));
            }
            KeyScanner<TElement> Scanner() {
                KeyScanner<TElement> s = null;
                for (OrderKey<TElement> k = last; k != null; k = k.parent) s = k.Scanner(s);
                return s;
            }
            /// The elements in order. A full sort wraps the comparer's exceptions as Array.Sort
            /// does (InvalidOperationException); the partial uses (ElementAt, Take, Skip) do not.
            internal TElement[] Sorted(bool wrap) { return Sorted(wrap, -1); }
            /// null (and no key computed) when there are no more than `minCount` elements.
            internal TElement[] Sorted(bool wrap, int minCount) {
                TElement[] items = ToArray(source);
                if (items.Length <= minCount) return null;
                KeySorter<TElement> s = null;
                for (OrderKey<TElement> k = last; k != null; k = k.parent) s = k.Sorter(s);
                s.ComputeKeys(items);
                int[] map = new int[items.Length];
                for (int i = 0; i < map.Length; i++) map[i] = i;
                Comparison<int> cmp = s.Compare;
                if (wrap) ArraySortHelper<int>.Sort(map, 0, map.Length, cmp, cmp);
                else ArraySortHelper<int>.SortUnwrapped(map, 0, map.Length, cmp);
                TElement[] r = new TElement[items.Length];
                for (int i = 0; i < r.Length; i++) r[i] = items[map[i]];
                return r;
            }
            /// For Skip(minCount)/Take: nothing is sorted unless there are more than `minCount` elements.
            internal IEnumerable<TElement> SortedUnwrapped(int minCount) {
                TElement[] sorted = Sorted(false, minCount);
                if (sorted == null) yield break;
                foreach (TElement x in sorted) yield return x;
            }
            /// The first (or, if !first, the last) element in order among those matching `predicate`.
            internal bool TryGetFirstOrLast(bool first, Func<TElement, bool> predicate, out TElement result) {
                KeyScanner<TElement> s = null;
                TElement best = default(TElement);
                bool found = false;
                foreach (TElement x in source) {
                    if (predicate != null && !predicate(x)) continue;
                    if (!found) {
                        s = Scanner();
                        s.SetElement(x);
                        best = x; found = true;
                    } else if (first ? s.Compare(x, true) < 0 : s.Compare(x, false) >= 0) {
                        best = x;
                    }
                }
                result = best;
                return found;
            }
            public IEnumerator<TElement> GetEnumerator() {
                TElement[] sorted = Sorted(true);
                for (int i = 0; i < sorted.Length; i++) yield return sorted[i];
            }
            IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
        }

        // ---------------- grouping / joining ----------------

        public static IEnumerable<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) {
            return GroupBy(source, keySelector, (IEqualityComparer<TKey>)null);
        }
        public static IEnumerable<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer) {
            Check(source, "source"); Check(keySelector, "keySelector");
            return GroupByIterator(source, keySelector, delegate (TSource x) { return x; }, comparer);
        }
        public static IEnumerable<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector) {
            Check(source, "source"); Check(keySelector, "keySelector"); Check(elementSelector, "elementSelector");
            return GroupByIterator(source, keySelector, elementSelector, null);
        }
        public static IEnumerable<TResult> GroupBy<TSource, TKey, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TKey, IEnumerable<TSource>, TResult> resultSelector) {
            Check(source, "source"); Check(keySelector, "keySelector"); Check(resultSelector, "resultSelector");
            return GroupResultIterator(GroupByIterator(source, keySelector, delegate (TSource x) { return x; }, null), resultSelector);
        }
        public static IEnumerable<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer) {
            Check(source, "source"); Check(keySelector, "keySelector"); Check(elementSelector, "elementSelector");
            return GroupByIterator(source, keySelector, elementSelector, comparer);
        }
        public static IEnumerable<TResult> GroupBy<TSource, TKey, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TKey, IEnumerable<TSource>, TResult> resultSelector, IEqualityComparer<TKey> comparer) {
            Check(source, "source"); Check(keySelector, "keySelector"); Check(resultSelector, "resultSelector");
            return GroupResultIterator(GroupByIterator(source, keySelector, delegate (TSource x) { return x; }, comparer), resultSelector);
        }
        public static IEnumerable<TResult> GroupBy<TSource, TKey, TElement, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, Func<TKey, IEnumerable<TElement>, TResult> resultSelector) {
            return GroupBy(source, keySelector, elementSelector, resultSelector, null);
        }
        public static IEnumerable<TResult> GroupBy<TSource, TKey, TElement, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, Func<TKey, IEnumerable<TElement>, TResult> resultSelector, IEqualityComparer<TKey> comparer) {
            Check(source, "source"); Check(keySelector, "keySelector"); Check(elementSelector, "elementSelector"); Check(resultSelector, "resultSelector");
            return GroupResultIterator(GroupByIterator(source, keySelector, elementSelector, comparer), resultSelector);
        }
        static IEnumerable<TResult> GroupResultIterator<TKey, TSource, TResult>(IEnumerable<IGrouping<TKey, TSource>> groups, Func<TKey, IEnumerable<TSource>, TResult> resultSelector) {
            foreach (IGrouping<TKey, TSource> g in groups) yield return resultSelector(g.Key, g);
        }
        static IEnumerable<IGrouping<TKey, TElement>> GroupByIterator<TSource, TKey, TElement>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer) {
            Lookup<TKey, TElement> lookup = Lookup<TKey, TElement>.Create(source, keySelector, elementSelector, comparer);
            foreach (IGrouping<TKey, TElement> g in lookup) yield return g;
        }
        public static ILookup<TKey, TSource> ToLookup<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) {
            Check(source, "source"); Check(keySelector, "keySelector");
            return Lookup<TKey, TSource>.Create(source, keySelector, delegate (TSource x) { return x; }, null);
        }
        public static ILookup<TKey, TElement> ToLookup<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector) {
            Check(source, "source"); Check(keySelector, "keySelector"); Check(elementSelector, "elementSelector");
            return Lookup<TKey, TElement>.Create(source, keySelector, elementSelector, null);
        }
        public static ILookup<TKey, TSource> ToLookup<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer) {
            Check(source, "source"); Check(keySelector, "keySelector");
            return Lookup<TKey, TSource>.Create(source, keySelector, delegate (TSource x) { return x; }, comparer);
        }
        public static ILookup<TKey, TElement> ToLookup<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer) {
            Check(source, "source"); Check(keySelector, "keySelector"); Check(elementSelector, "elementSelector");
            return Lookup<TKey, TElement>.Create(source, keySelector, elementSelector, comparer);
        }
        public static IEnumerable<TResult> Join<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector) {
            Check(outer, "outer"); Check(inner, "inner"); Check(outerKeySelector, "outerKeySelector"); Check(innerKeySelector, "innerKeySelector"); Check(resultSelector, "resultSelector");
            return JoinIterator(outer, inner, outerKeySelector, innerKeySelector, resultSelector, null);
        }
        public static IEnumerable<TResult> Join<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector, IEqualityComparer<TKey> comparer) {
            Check(outer, "outer"); Check(inner, "inner"); Check(outerKeySelector, "outerKeySelector"); Check(innerKeySelector, "innerKeySelector"); Check(resultSelector, "resultSelector");
            return JoinIterator(outer, inner, outerKeySelector, innerKeySelector, resultSelector, comparer);
        }
        static IEnumerable<TResult> JoinIterator<TOuter, TInner, TKey, TResult>(IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector, IEqualityComparer<TKey> comparer) {
            Lookup<TKey, TInner> lookup = Lookup<TKey, TInner>.Create(inner, innerKeySelector, delegate (TInner x) { return x; }, comparer);
            foreach (TOuter o in outer) {
                TKey k = outerKeySelector(o);
                if (k == null || !lookup.Contains(k)) continue;
                foreach (TInner i in lookup[k]) yield return resultSelector(o, i);
            }
        }
        public static IEnumerable<TResult> GroupJoin<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector) {
            Check(outer, "outer"); Check(inner, "inner"); Check(outerKeySelector, "outerKeySelector"); Check(innerKeySelector, "innerKeySelector"); Check(resultSelector, "resultSelector");
            return GroupJoinIterator(outer, inner, outerKeySelector, innerKeySelector, resultSelector, null);
        }
        public static IEnumerable<TResult> GroupJoin<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector, IEqualityComparer<TKey> comparer) {
            Check(outer, "outer"); Check(inner, "inner"); Check(outerKeySelector, "outerKeySelector"); Check(innerKeySelector, "innerKeySelector"); Check(resultSelector, "resultSelector");
            return GroupJoinIterator(outer, inner, outerKeySelector, innerKeySelector, resultSelector, comparer);
        }
        static IEnumerable<TResult> GroupJoinIterator<TOuter, TInner, TKey, TResult>(IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector, IEqualityComparer<TKey> comparer) {
            Lookup<TKey, TInner> lookup = Lookup<TKey, TInner>.Create(inner, innerKeySelector, delegate (TInner x) { return x; }, comparer);
            foreach (TOuter o in outer) {
                TKey k = outerKeySelector(o);
                yield return resultSelector(o, k != null && lookup.Contains(k) ? lookup[k] : EmptyArray<TInner>.Value);
            }
        }

        // ---------------- conversion ----------------

        public static TSource[] ToArray<TSource>(this IEnumerable<TSource> source) {
            Check(source, "source");
            ICollection<TSource> c = source as ICollection<TSource>;
            if (c != null) {
                TSource[] a = new TSource[c.Count];
                c.CopyTo(a, 0);
                return a;
            }
            return new List<TSource>(source).ToArray();
        }
        public static List<TSource> ToList<TSource>(this IEnumerable<TSource> source) {
            Check(source, "source");
            return new List<TSource>(source);
        }
        public static HashSet<TSource> ToHashSet<TSource>(this IEnumerable<TSource> source) {
            Check(source, "source");
            return new HashSet<TSource>(source);
        }
        public static HashSet<TSource> ToHashSet<TSource>(this IEnumerable<TSource> source, IEqualityComparer<TSource> comparer) {
            Check(source, "source");
            return new HashSet<TSource>(source, comparer);
        }
        public static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) {
            return ToDictionary(source, keySelector, delegate (TSource x) { return x; }, null);
        }
        public static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer) {
            return ToDictionary(source, keySelector, delegate (TSource x) { return x; }, comparer);
        }
        public static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector) {
            return ToDictionary(source, keySelector, elementSelector, null);
        }
        public static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer) {
            Check(source, "source"); Check(keySelector, "keySelector"); Check(elementSelector, "elementSelector");
            Dictionary<TKey, TElement> d = new Dictionary<TKey, TElement>(comparer);
            foreach (TSource x in source) d.Add(keySelector(x), elementSelector(x));
            return d;
        }
        public static IEnumerable<TSource> AsEnumerable<TSource>(this IEnumerable<TSource> source) { return source; }

        // ---------------- element ----------------

        public static TSource First<TSource>(this IEnumerable<TSource> source) {
            Check(source, "source");
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            TSource r;
            if (ordered != null) { if (ordered.TryGetFirstOrLast(true, null, out r)) return r; throw NoElements(); }
            IList<TSource> list = source as IList<TSource>;
            if (list != null) {
                if (list.Count > 0) return list[0];
            } else {
                foreach (TSource x in source) return x;
            }
            throw NoElements();
        }
        public static TSource First<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate) {
            Check(source, "source"); Check(predicate, "predicate");
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            TSource r;
            if (ordered != null) { if (ordered.TryGetFirstOrLast(true, predicate, out r)) return r; throw NoMatch(); }
            foreach (TSource x in source) if (predicate(x)) return x;
            throw NoMatch();
        }
        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source) {
            Check(source, "source");
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            TSource r;
            if (ordered != null) { ordered.TryGetFirstOrLast(true, null, out r); return r; }
            foreach (TSource x in source) return x;
            return default(TSource);
        }
        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate) {
            Check(source, "source"); Check(predicate, "predicate");
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            TSource r;
            if (ordered != null) { ordered.TryGetFirstOrLast(true, predicate, out r); return r; }
            foreach (TSource x in source) if (predicate(x)) return x;
            return default(TSource);
        }
        public static TSource Last<TSource>(this IEnumerable<TSource> source) {
            Check(source, "source");
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            TSource r;
            if (ordered != null) { if (ordered.TryGetFirstOrLast(false, null, out r)) return r; throw NoElements(); }
            bool found = false;
            TSource last = default(TSource);
            foreach (TSource x in source) { last = x; found = true; }
            if (!found) throw NoElements();
            return last;
        }
        public static TSource Last<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate) {
            Check(source, "source"); Check(predicate, "predicate");
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            TSource r;
            if (ordered != null) { if (ordered.TryGetFirstOrLast(false, predicate, out r)) return r; throw NoMatch(); }
            bool found = false;
            TSource last = default(TSource);
            foreach (TSource x in source) if (predicate(x)) { last = x; found = true; }
            if (!found) throw NoMatch();
            return last;
        }
        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source) {
            Check(source, "source");
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            TSource r;
            if (ordered != null) { ordered.TryGetFirstOrLast(false, null, out r); return r; }
            TSource last = default(TSource);
            foreach (TSource x in source) last = x;
            return last;
        }
        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate) {
            Check(source, "source"); Check(predicate, "predicate");
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            TSource r;
            if (ordered != null) { ordered.TryGetFirstOrLast(false, predicate, out r); return r; }
            TSource last = default(TSource);
            foreach (TSource x in source) if (predicate(x)) last = x;
            return last;
        }
        public static TSource Single<TSource>(this IEnumerable<TSource> source) {
            Check(source, "source");
            using (IEnumerator<TSource> e = source.GetEnumerator()) {
                if (!e.MoveNext()) throw NoElements();
                TSource r = e.Current;
                if (e.MoveNext()) throw MoreThanOne();
                return r;
            }
        }
        public static TSource Single<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate) {
            Check(source, "source"); Check(predicate, "predicate");
            TSource r = default(TSource);
            long n = 0;
            foreach (TSource x in source) if (predicate(x)) { r = x; n++; }
            if (n == 0) throw NoMatch();
            if (n > 1) throw MoreThanOneMatch();
            return r;
        }
        public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source) {
            Check(source, "source");
            using (IEnumerator<TSource> e = source.GetEnumerator()) {
                if (!e.MoveNext()) return default(TSource);
                TSource r = e.Current;
                if (e.MoveNext()) throw MoreThanOne();
                return r;
            }
        }
        public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate) {
            Check(source, "source"); Check(predicate, "predicate");
            TSource r = default(TSource);
            long n = 0;
            foreach (TSource x in source) if (predicate(x)) { r = x; n++; }
            if (n > 1) throw MoreThanOneMatch();
            return r;
        }
        public static TSource ElementAt<TSource>(this IEnumerable<TSource> source, int index) {
            Check(source, "source");
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            if (ordered != null) {
                TSource r;
                if (index == 0 && ordered.TryGetFirstOrLast(true, null, out r)) return r;
                if (index > 0) {
                    TSource[] sorted = ordered.Sorted(false, index);
                    if (sorted != null) return sorted[index];
                }
                throw new ArgumentOutOfRangeException("index");
            }
            IList<TSource> list = source as IList<TSource>;
            if (list != null) return list[index];
            if (index >= 0) foreach (TSource x in source) if (index-- == 0) return x;
            throw new ArgumentOutOfRangeException("index");
        }
        public static TSource ElementAtOrDefault<TSource>(this IEnumerable<TSource> source, int index) {
            Check(source, "source");
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            if (ordered != null) {
                TSource r;
                if (index == 0) { ordered.TryGetFirstOrLast(true, null, out r); return r; }
                if (index > 0) {
                    TSource[] sorted = ordered.Sorted(false, index);
                    if (sorted != null) return sorted[index];
                }
                return default(TSource);
            }
            if (index >= 0) foreach (TSource x in source) if (index-- == 0) return x;
            return default(TSource);
        }

        // ---------------- quantifiers ----------------

        public static bool Any<TSource>(this IEnumerable<TSource> source) {
            Check(source, "source");
            using (IEnumerator<TSource> e = source.GetEnumerator()) return e.MoveNext();
        }
        public static bool Any<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate) {
            Check(source, "source"); Check(predicate, "predicate");
            foreach (TSource x in source) if (predicate(x)) return true;
            return false;
        }
        public static bool All<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate) {
            Check(source, "source"); Check(predicate, "predicate");
            foreach (TSource x in source) if (!predicate(x)) return false;
            return true;
        }
        public static bool Contains<TSource>(this IEnumerable<TSource> source, TSource value) {
            ICollection<TSource> c = source as ICollection<TSource>;
            if (c != null) return c.Contains(value);
            return Contains(source, value, null);
        }
        public static bool Contains<TSource>(this IEnumerable<TSource> source, TSource value, IEqualityComparer<TSource> comparer) {
            Check(source, "source");
            if (comparer == null) comparer = EqualityComparer<TSource>.Default;
            foreach (TSource x in source) if (comparer.Equals(x, value)) return true;
            return false;
        }

        // ---------------- aggregation ----------------

        public static int Count<TSource>(this IEnumerable<TSource> source) {
            Check(source, "source");
            OrderedEnumerable<TSource> ordered = source as OrderedEnumerable<TSource>;
            if (ordered != null) return Count(ordered.source);   // ordering does not change the count
            ICollection<TSource> c = source as ICollection<TSource>;
            if (c != null) return c.Count;
            ICollection nc = source as ICollection;
            if (nc != null) return nc.Count;
            int n = 0;
            using (IEnumerator<TSource> e = source.GetEnumerator()) while (e.MoveNext()) checked { n++; }
            return n;
        }
        public static int Count<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate) {
            Check(source, "source"); Check(predicate, "predicate");
            int n = 0;
            foreach (TSource x in source) if (predicate(x)) checked { n++; }
            return n;
        }
        public static long LongCount<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate) {
            Check(source, "source"); Check(predicate, "predicate");
            long n = 0;
            foreach (TSource x in source) if (predicate(x)) n++;
            return n;
        }
        public static long LongCount<TSource>(this IEnumerable<TSource> source) {
            Check(source, "source");
            long n = 0;
            using (IEnumerator<TSource> e = source.GetEnumerator()) while (e.MoveNext()) n++;
            return n;
        }
        public static TSource Aggregate<TSource>(this IEnumerable<TSource> source, Func<TSource, TSource, TSource> func) {
            Check(source, "source"); Check(func, "func");
            using (IEnumerator<TSource> e = source.GetEnumerator()) {
                if (!e.MoveNext()) throw NoElements();
                TSource acc = e.Current;
                while (e.MoveNext()) acc = func(acc, e.Current);
                return acc;
            }
        }
        public static TAccumulate Aggregate<TSource, TAccumulate>(this IEnumerable<TSource> source, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func) {
            Check(source, "source"); Check(func, "func");
            TAccumulate acc = seed;
            foreach (TSource x in source) acc = func(acc, x);
            return acc;
        }
        public static TResult Aggregate<TSource, TAccumulate, TResult>(this IEnumerable<TSource> source, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func, Func<TAccumulate, TResult> resultSelector) {
            Check(resultSelector, "resultSelector");
            return resultSelector(Aggregate(source, seed, func));
        }

        public static int Sum(this IEnumerable<int> source) {
            Check(source, "source");
            int s = 0;
            foreach (int x in source) checked { s += x; }
            return s;
        }
        public static long Sum(this IEnumerable<long> source) {
            Check(source, "source");
            long s = 0;
            foreach (long x in source) checked { s += x; }
            return s;
        }
        public static double Sum(this IEnumerable<double> source) {
            Check(source, "source");
            double s = 0;
            foreach (double x in source) s += x;
            return s;
        }
        public static float Sum(this IEnumerable<float> source) {
            Check(source, "source");
            double s = 0;
            foreach (float x in source) s += x;
            return (float)s;
        }
        public static decimal Sum(this IEnumerable<decimal> source) {
            Check(source, "source");
            decimal s = 0;
            foreach (decimal x in source) s += x;
            return s;
        }
        public static int Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector) { return Sum(Select(source, selector)); }
        public static long Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector) { return Sum(Select(source, selector)); }
        public static double Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector) { return Sum(Select(source, selector)); }
        public static float Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector) { return Sum(Select(source, selector)); }
        public static decimal Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector) { return Sum(Select(source, selector)); }

        public static double Average(this IEnumerable<int> source) {
            Check(source, "source");
            long s = 0, n = 0;
            foreach (int x in source) { checked { s += x; } n++; }
            if (n == 0) throw NoElements();
            return (double)s / n;
        }
        public static double Average(this IEnumerable<long> source) {
            Check(source, "source");
            long s = 0, n = 0;
            foreach (long x in source) { checked { s += x; } n++; }
            if (n == 0) throw NoElements();
            return (double)s / n;
        }
        public static double Average(this IEnumerable<double> source) {
            Check(source, "source");
            double s = 0;
            long n = 0;
            foreach (double x in source) { s += x; n++; }
            if (n == 0) throw NoElements();
            return s / n;
        }
        public static decimal Average(this IEnumerable<decimal> source) {
            Check(source, "source");
            decimal s = 0;
            long n = 0;
            foreach (decimal x in source) { s += x; n++; }
            if (n == 0) throw NoElements();
            return s / n;
        }
        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector) { return Average(Select(source, selector)); }
        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector) { return Average(Select(source, selector)); }
        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector) { return Average(Select(source, selector)); }
        public static decimal Average<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector) { return Average(Select(source, selector)); }

        public static int Max(this IEnumerable<int> source) { return MaxMin(source, true); }
        public static int Min(this IEnumerable<int> source) { return MaxMin(source, false); }
        public static long Max(this IEnumerable<long> source) { return MaxMin(source, true); }
        public static long Min(this IEnumerable<long> source) { return MaxMin(source, false); }
        public static double Max(this IEnumerable<double> source) { return MaxMin(source, true); }
        public static double Min(this IEnumerable<double> source) { return MaxMin(source, false); }
        public static decimal Max(this IEnumerable<decimal> source) { return MaxMin(source, true); }
        public static decimal Min(this IEnumerable<decimal> source) { return MaxMin(source, false); }
        public static TSource Max<TSource>(this IEnumerable<TSource> source) { return MaxMin(source, true); }
        public static TSource Min<TSource>(this IEnumerable<TSource> source) { return MaxMin(source, false); }
        public static int Max<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector) { return MaxMin(Select(source, selector), true); }
        public static int Min<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector) { return MaxMin(Select(source, selector), false); }
        public static long Max<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector) { return MaxMin(Select(source, selector), true); }
        public static long Min<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector) { return MaxMin(Select(source, selector), false); }
        public static double Max<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector) { return MaxMin(Select(source, selector), true); }
        public static double Min<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector) { return MaxMin(Select(source, selector), false); }
        public static decimal Max<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector) { return MaxMin(Select(source, selector), true); }
        public static decimal Min<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector) { return MaxMin(Select(source, selector), false); }
        public static TResult Max<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector) { return MaxMin(Select(source, selector), true); }
        public static TResult Min<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector) { return MaxMin(Select(source, selector), false); }

        // nullable sequences: nulls are skipped; Average/Max/Min of no values is null, Sum is 0.
        public static int? Sum(this IEnumerable<int?> source) {
            Check(source, "source");
            int s = 0;
            foreach (int? x in source) if (x.HasValue) checked { s += x.GetValueOrDefault(); }
            return (int)s;
        }
        public static int? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, int?> selector) { return Sum(Select(source, selector)); }
        public static long? Sum(this IEnumerable<long?> source) {
            Check(source, "source");
            long s = 0;
            foreach (long? x in source) if (x.HasValue) checked { s += x.GetValueOrDefault(); }
            return (long)s;
        }
        public static long? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, long?> selector) { return Sum(Select(source, selector)); }
        public static float? Sum(this IEnumerable<float?> source) {
            Check(source, "source");
            double s = 0;
            foreach (float? x in source) if (x.HasValue) s += x.GetValueOrDefault();
            return (float)s;
        }
        public static float? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, float?> selector) { return Sum(Select(source, selector)); }
        public static double? Sum(this IEnumerable<double?> source) {
            Check(source, "source");
            double s = 0;
            foreach (double? x in source) if (x.HasValue) s += x.GetValueOrDefault();
            return (double)s;
        }
        public static double? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, double?> selector) { return Sum(Select(source, selector)); }
        public static decimal? Sum(this IEnumerable<decimal?> source) {
            Check(source, "source");
            decimal s = 0;
            foreach (decimal? x in source) if (x.HasValue) s += x.GetValueOrDefault();
            return (decimal)s;
        }
        public static decimal? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal?> selector) { return Sum(Select(source, selector)); }
        public static float Average(this IEnumerable<float> source) {
            Check(source, "source");
            double s = 0;
            long n = 0;
            foreach (float x in source) { s += x; n++; }
            if (n == 0) throw NoElements();
            return (float)(s / n);
        }
        public static float Average<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector) { return Average(Select(source, selector)); }
        public static double? Average(this IEnumerable<int?> source) {
            Check(source, "source");
            long s = 0;
            long n = 0;
            foreach (int? x in source) if (x.HasValue) { checked { s += x.GetValueOrDefault(); } n++; }
            if (n == 0) return null;
            return (double)s / n;
        }
        public static double? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, int?> selector) { return Average(Select(source, selector)); }
        public static double? Average(this IEnumerable<long?> source) {
            Check(source, "source");
            long s = 0;
            long n = 0;
            foreach (long? x in source) if (x.HasValue) { checked { s += x.GetValueOrDefault(); } n++; }
            if (n == 0) return null;
            return (double)s / n;
        }
        public static double? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, long?> selector) { return Average(Select(source, selector)); }
        public static float? Average(this IEnumerable<float?> source) {
            Check(source, "source");
            double s = 0;
            long n = 0;
            foreach (float? x in source) if (x.HasValue) { s += x.GetValueOrDefault(); n++; }
            if (n == 0) return null;
            return (float)(s / n);
        }
        public static float? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, float?> selector) { return Average(Select(source, selector)); }
        public static double? Average(this IEnumerable<double?> source) {
            Check(source, "source");
            double s = 0;
            long n = 0;
            foreach (double? x in source) if (x.HasValue) { s += x.GetValueOrDefault(); n++; }
            if (n == 0) return null;
            return s / n;
        }
        public static double? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, double?> selector) { return Average(Select(source, selector)); }
        public static decimal? Average(this IEnumerable<decimal?> source) {
            Check(source, "source");
            decimal s = 0;
            long n = 0;
            foreach (decimal? x in source) if (x.HasValue) { s += x.GetValueOrDefault(); n++; }
            if (n == 0) return null;
            return s / n;
        }
        public static decimal? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal?> selector) { return Average(Select(source, selector)); }
        public static float Max(this IEnumerable<float> source) { return MaxMin(source, true); }
        public static float Min(this IEnumerable<float> source) { return MaxMin(source, false); }
        public static float Max<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector) { return MaxMin(Select(source, selector), true); }
        public static float Min<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector) { return MaxMin(Select(source, selector), false); }
        public static int? Max(this IEnumerable<int?> source) { return MaxMin(source, true); }
        public static int? Min(this IEnumerable<int?> source) { return MaxMin(source, false); }
        public static int? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, int?> selector) { return MaxMin(Select(source, selector), true); }
        public static int? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, int?> selector) { return MaxMin(Select(source, selector), false); }
        public static long? Max(this IEnumerable<long?> source) { return MaxMin(source, true); }
        public static long? Min(this IEnumerable<long?> source) { return MaxMin(source, false); }
        public static long? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, long?> selector) { return MaxMin(Select(source, selector), true); }
        public static long? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, long?> selector) { return MaxMin(Select(source, selector), false); }
        public static float? Max(this IEnumerable<float?> source) { return MaxMin(source, true); }
        public static float? Min(this IEnumerable<float?> source) { return MaxMin(source, false); }
        public static float? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, float?> selector) { return MaxMin(Select(source, selector), true); }
        public static float? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, float?> selector) { return MaxMin(Select(source, selector), false); }
        public static double? Max(this IEnumerable<double?> source) { return MaxMin(source, true); }
        public static double? Min(this IEnumerable<double?> source) { return MaxMin(source, false); }
        public static double? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, double?> selector) { return MaxMin(Select(source, selector), true); }
        public static double? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, double?> selector) { return MaxMin(Select(source, selector), false); }
        public static decimal? Max(this IEnumerable<decimal?> source) { return MaxMin(source, true); }
        public static decimal? Min(this IEnumerable<decimal?> source) { return MaxMin(source, false); }
        public static decimal? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal?> selector) { return MaxMin(Select(source, selector), true); }
        public static decimal? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal?> selector) { return MaxMin(Select(source, selector), false); }

        /// Max/Min with the default comparer; reference/nullable types skip nulls and return null
        /// for an empty sequence, value types throw. NaN is the smallest double (as in .NET).
        static T MaxMin<T>(IEnumerable<T> source, bool max) {
            Check(source, "source");
            Comparer<T> c = Comparer<T>.Default;
            bool nullable = default(T) == null;
            bool found = false;
            T best = default(T);
            foreach (T x in source) {
                if (nullable && x == null) continue;
                if (!found) { best = x; found = true; continue; }
                int r = c.Compare(x, best);
                if (max ? r > 0 : r < 0) best = x;
            }
            if (!found && !nullable) throw NoElements();
            return best;
        }
    }

    public class Lookup<TKey, TElement> : ILookup<TKey, TElement> {
        Dictionary<TKey, Grouping> groups;
        List<Grouping> order = new List<Grouping>();
        Grouping nullGroup;

        Lookup(IEqualityComparer<TKey> comparer) { groups = new Dictionary<TKey, Grouping>(comparer); }

        internal static Lookup<TKey, TElement> Create<TSource>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer) {
            Lookup<TKey, TElement> l = new Lookup<TKey, TElement>(comparer);
            foreach (TSource x in source) l.GetGroup(keySelector(x), true).Add(elementSelector(x));
            return l;
        }
        Grouping GetGroup(TKey key, bool create) {
            Grouping g;
            if (key == null) {
                if (nullGroup == null && create) { nullGroup = new Grouping(key); order.Add(nullGroup); }
                return nullGroup;
            }
            if (!groups.TryGetValue(key, out g) && create) {
                g = new Grouping(key);
                groups.Add(key, g);
                order.Add(g);
            }
            return g;
        }
        public int Count { get { return order.Count; } }
        public IEnumerable<TElement> this[TKey key] {
            get {
                Grouping g = GetGroup(key, false);
                if (g == null) return EmptyArray<TElement>.Value;
                return g;
            }
        }
        public bool Contains(TKey key) { return GetGroup(key, false) != null; }
        public IEnumerator<IGrouping<TKey, TElement>> GetEnumerator() {
            foreach (Grouping g in order) yield return g;
        }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

        sealed class Grouping : IGrouping<TKey, TElement>, IList<TElement> {
            TKey key;
            List<TElement> elements = new List<TElement>();
            internal Grouping(TKey key) { this.key = key; }
            internal void Add(TElement e) { elements.Add(e); }
            public TKey Key { get { return key; } }
            public IEnumerator<TElement> GetEnumerator() { return elements.GetEnumerator(); }
            IEnumerator IEnumerable.GetEnumerator() { return elements.GetEnumerator(); }
            public int Count { get { return elements.Count; } }
            public bool IsReadOnly { get { return true; } }
            public TElement this[int index] { get { return elements[index]; } set { throw new NotSupportedException("Collection is read-only."); } }
            public bool Contains(TElement item) { return elements.Contains(item); }
            public int IndexOf(TElement item) { return elements.IndexOf(item); }
            public void CopyTo(TElement[] array, int index) { elements.CopyTo(array, index); }
            void ICollection<TElement>.Add(TElement item) { throw new NotSupportedException("Collection is read-only."); }
            void ICollection<TElement>.Clear() { throw new NotSupportedException("Collection is read-only."); }
            bool ICollection<TElement>.Remove(TElement item) { throw new NotSupportedException("Collection is read-only."); }
            void IList<TElement>.Insert(int index, TElement item) { throw new NotSupportedException("Collection is read-only."); }
            void IList<TElement>.RemoveAt(int index) { throw new NotSupportedException("Collection is read-only."); }
        }
    }
}
