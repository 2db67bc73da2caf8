#!/usr/bin/env bash
# Differential tests of twain's C# library logic on Mono: Number.cs (formatting/parsing),
# Random, Decimal, Dictionary/HashSet/Queue/Stack, DateTime/TimeSpan, System.Linq, String are copied into namespace TwainTest (natives replaced by shims built on
# Mono's own formatting/parsing) and compared with Mono's System.* results.
#   bash clr/lib/gen/harness/run.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="$here/../../src/System"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 - "$src" "$tmp" <<'PY'
import re, sys
src, out = sys.argv[1], sys.argv[2]
sci = ('static string Sci(double value, int precision) { string r = Math.Abs(value).ToString("E" + (precision - 1), '
       'System.Globalization.CultureInfo.InvariantCulture); int e = r.IndexOf("E"); '
       'return r.Substring(0, e) + "e" + int.Parse(r.Substring(e + 1)); }')
s = open(src + '/Number.cs').read().replace("namespace System {", "using System;\nnamespace TwainTest {", 1)
s = re.sub(r'\[MethodImpl\(MethodImplOptions.InternalCall\)\]\s*internal static extern string DoubleToScientific\(double value, int precision\);',
           'internal static string DoubleToScientific(double value, int precision) { return Sci(value, precision); }\n' + sci, s)
s = re.sub(r'\[MethodImpl\(MethodImplOptions.InternalCall\)\]\s*internal static extern double ParseNormalizedDouble\(string s\);',
           'internal static double ParseNormalizedDouble(string s) { try { return double.Parse(s, System.Globalization.CultureInfo.InvariantCulture); } '
           'catch (OverflowException) { return s[0] == \'-\' ? double.NegativeInfinity : double.PositiveInfinity; } }', s)
open(out + '/Number_t.cs', 'w').write(s)
m = open(src + '/Math.cs').read()
open(out + '/Random_t.cs', 'w').write("using System;\nnamespace TwainTest {\n" + m[m.index("    /// .NET Framework's Random"):])
d = open(src + '/Decimal.cs').read().replace("namespace System {", "using System;\nnamespace TwainTest {", 1)
d = d.replace("public struct Decimal", "public struct TDecimal")
d = re.sub(r'\bDecimal\(', 'TDecimal(', d)
d = re.sub(r'\bdecimal\b', 'TDecimal', d)
d = d.replace("= 0m;", "= new TDecimal(0);").replace("= 1m;", "= new TDecimal(1);").replace("= -1m;", "= new TDecimal(-1);")
d = d.replace("Number.DoubleToScientific(value, precision)", "Sci(value, precision)")
d = d.replace("Number.FormatDecimal(MantissaDigits(), Scale, IsNegative && !IsZero, format)", "(format == null ? Plain() : format)")
d = d.replace("        string MantissaDigits() {", "        " + sci + "\n"
    "        string Plain() { string m = MantissaDigits().PadLeft(Scale + 1, '0'); string r = Scale == 0 ? m : m.Substring(0, m.Length - Scale) + \".\" + m.Substring(m.Length - Scale); return (IsNegative && !IsZero ? \"-\" : \"\") + r; }\n"
    "        string MantissaDigits() {")
open(out + '/Decimal_t.cs', 'w').write(d)
c = ["using System;\nusing System.Collections;\nusing System.Collections.Generic;\n"]
for f in ['Dictionary.cs', 'HashSet.cs', 'QueueStack.cs']:
    c.append(open(src + '/Collections/Generic/' + f).read().replace("namespace System.Collections.Generic {", "namespace TwainTest {", 1))
open(out + '/Coll_t.cs', 'w').write("\n".join(c))
t = open(src + '/Time.cs').read()
t = t[:t.index("namespace System.Diagnostics")].replace("namespace System {", "using System;\nnamespace TwainTest {", 1)
t = re.sub(r'\[MethodImpl\(MethodImplOptions.InternalCall\)\]\s*static extern long UtcNowTicks\(\);',
           'static long UtcNowTicks() { return System.DateTime.UtcNow.Ticks; }', t)
t = re.sub(r'\bDateTimeKind\b', 'System.DateTimeKind', t).replace("enum System.DateTimeKind", "enum DateTimeKindX")
t = re.sub(r'\bDayOfWeek\b', 'System.DayOfWeek', t).replace("enum System.DayOfWeek", "enum DayOfWeekX")
t = t.replace("public System.DayOfWeek System.DayOfWeek", "public System.DayOfWeek DayOfWeek").replace(".System.DayOfWeek", ".DayOfWeek")
open(out + '/Time_t.cs', 'w').write(t)
l = open(src + '/Linq/Enumerable.cs').read().replace("namespace System.Linq {",
    "using System;\nnamespace TwainTest {\n    static class EmptyArray<T> { public static readonly T[] Value = new T[0]; }\n"
    "    static class ArraySortHelper<T> {\n"
    "        internal static void Sort(T[] a, int i, int n, Comparison<T> c, object who) { Array.Sort(a, i, n, Comparer<T>.Create(c)); }\n"
    "        internal static void SortUnwrapped(T[] a, int i, int n, Comparison<T> c) { try { Sort(a, i, n, c, null); } catch (InvalidOperationException e) { throw e.InnerException; } }\n"
    "    }", 1)
open(out + '/Linq_t.cs', 'w').write(l)
# String: instance methods move to a wrapper class TStr holding a real string `v`.
t = open(src + '/String.cs').read()
t = t[:t.index("    public sealed class CharEnumerator")] + "}\n"
t = t.replace("namespace System {", "namespace TwainTest {\n    using System;", 1)
t = t.replace("public sealed class String : IComparable, ICloneable, IComparable<string>, IEquatable<string>, IEnumerable<char> {",
              "public sealed class TStr {\n        internal string v;\n        public TStr(string v) { this.v = v; }")
t = re.sub(r'public extern int Length \{\s*\[MethodImpl\(MethodImplOptions.InternalCall\)\] get;\s*\}', 'public int Length { get { return v.Length; } }', t)
t = re.sub(r'\[System.Runtime.CompilerServices.IndexerName\("Chars"\)\]\s*public extern char this\[int index\] \{\s*\[MethodImpl\(MethodImplOptions.InternalCall\)\] get;\s*\}',
           'public char this[int index] { get { return v[index]; } }', t)
t = re.sub(r'\[MethodImpl\(MethodImplOptions.InternalCall\)\]\s*internal static extern string FromChars\(char\[\] value, int start, int length\);',
           'internal static string FromChars(char[] value, int start, int length) { return new string(value, start, length); }', t)
t = re.sub(r'\[MethodImpl\(MethodImplOptions.InternalCall\)\]\s*public extern String\([^)]*\);', '', t)
t = t.replace("return this;", "return v;").replace("EqualsHelper(this, ", "EqualsHelper(v, ")
t = t.replace("Compare(this, s)", "Compare(v, s)").replace("Compare(this, strB)", "Compare(v, strB)")
for x in ["public CharEnumerator GetEnumerator() { return new CharEnumerator(this); }",
          "IEnumerator<char> IEnumerable<char>.GetEnumerator() { return new CharEnumerator(this); }",
          "IEnumerator IEnumerable.GetEnumerator() { return new CharEnumerator(this); }",
          "public static bool operator ==(string a, string b) { return Equals(a, b); }",
          "public static bool operator !=(string a, string b) { return !Equals(a, b); }"]:
    t = t.replace(x, "")
t = t.replace("CompareOrdinalIgnoreCase(this, value)", "CompareOrdinalIgnoreCase(v, value)")
t = t.replace("sb.Append(this, pos, i - pos)", "sb.Append(v, pos, i - pos)").replace("sb.Append(this, pos, Length - pos)", "sb.Append(v, pos, Length - pos)")
open(out + '/String_t.cs', 'w').write(t)
PY
cd "$tmp"
mcs -nowarn:618 -out:n.exe "$here/NumberHarness.cs" Number_t.cs >/dev/null && mono n.exe | tail -20
mcs -out:r.exe "$here/RandomHarness.cs" Random_t.cs >/dev/null && mono r.exe
mcs -nowarn:618 -out:d.exe "$here/DecimalHarness.cs" Decimal_t.cs Number_t.cs >/dev/null && mono d.exe | tail -20
mcs -out:c.exe "$here/CollectionsHarness.cs" Coll_t.cs >/dev/null && mono c.exe
mcs -nowarn:108 -out:t.exe "$here/DateTimeHarness.cs" Time_t.cs >/dev/null && mono t.exe
mcs -out:l.exe "$here/LinqHarness.cs" Linq_t.cs >/dev/null && mono l.exe
mcs -target:library -out:strt.dll String_t.cs >/dev/null && mcs -out:s.exe -r:strt.dll "$here/StringHarness.cs" >/dev/null && mono s.exe | tail -20
