#!/usr/bin/env python3
"""Generates src/System/Convert.g.cs: the Convert.ToXxx(yyy) matrix of the primitive types.

Run from clr/lib: python3 gen/gen_convert.py

Semantics (as .NET Framework / Mono 6.8 behave, checked with test programs):
  * integral <- integral/char: range-checked, OverflowException with the target's message;
  * integral <- double: round half to even (Int32/UInt32 directly; SByte/Byte/Int16/UInt16 go
    through Int32, so a value outside Int32 reports Int32; Int64/UInt64 round then convert
    with the plain "Arithmetic operation resulted in an overflow.");
  * integral <- decimal: decimal.Round(value, 0), then the explicit conversion's range check;
  * char <-> bool/float/double/decimal: InvalidCastException "Invalid cast from 'X' to 'Y'.";
  * <- string: null gives the default value, otherwise T.Parse (char: exactly one character);
  * <- object: null gives the default value, otherwise dispatch on the boxed type (enums use
    their underlying value; anything else is an InvalidCastException).
"""

INTEGRAL = {
    # name: (keyword, min, max)
    "SByte": ("sbyte", -128, 127),
    "Byte": ("byte", 0, 255),
    "Int16": ("short", -32768, 32767),
    "UInt16": ("ushort", 0, 65535),
    "Int32": ("int", -2**31, 2**31 - 1),
    "UInt32": ("uint", 0, 2**32 - 1),
    "Int64": ("long", -2**63, 2**63 - 1),
    "UInt64": ("ulong", 0, 2**64 - 1),
}
RANGE = {v[0]: (v[1], v[2]) for v in INTEGRAL.values()}
RANGE["char"] = (0, 65535)
KW = {"Boolean": "bool", "Char": "char", "Single": "float", "Double": "double", "Decimal": "decimal"}
KW.update({k: v[0] for k, v in INTEGRAL.items()})
NAME = {v: k for k, v in KW.items()}
TARGETS = ["Boolean", "Char", "SByte", "Byte", "Int16", "UInt16", "Int32", "UInt32", "Int64", "UInt64", "Single", "Double", "Decimal"]
SOURCES = ["bool", "char", "sbyte", "byte", "short", "ushort", "int", "uint", "long", "ulong", "float", "double", "decimal"]


def lit(kw, v):
    """The bound v as a constant of source type kw."""
    if kw == "char":
        return "(char)%d" % v
    if v == -2**63:
        return "long.MinValue"
    return "(%s)%d" % (kw, v) if v >= 0 else "(%s)(%d)" % (kw, v)


def body(tgt, src):
    t = KW[tgt]
    if src == t:
        return "return value;"
    if src == "bool":
        if tgt == "Char":
            return 'throw InvalidCast("Boolean", "Char");'
        return "return value ? (%s)1 : (%s)0;" % (t, t)
    if tgt == "Boolean":
        if src == "char":
            return 'throw InvalidCast("Char", "Boolean");'
        return "return value != 0;"
    if tgt in ("Single", "Double", "Decimal"):
        if src == "char":
            return 'throw InvalidCast("Char", "%s");' % tgt
        if tgt == "Decimal" and src in ("float", "double"):
            return ("if (value != value || value >= 7.9228162514264338e28 || value <= -7.9228162514264338e28) "
                    'throw Overflow("Decimal"); return (decimal)value;')
        return "return (%s)value;" % t
    # integral or char target
    if src in ("float", "double", "decimal") and tgt == "Char":
        return 'throw InvalidCast("%s", "Char");' % NAME[src]
    if src == "float":
        return "return To%s((double)value);" % tgt
    if src == "double":
        if tgt == "Int32":
            return ("if (value >= 0) {\n"
                    "                if (value < 2147483647.5) {\n"
                    "                    int r = (int)value;\n"
                    "                    double dif = value - r;\n"
                    "                    if (dif > 0.5 || (dif == 0.5 && (r & 1) != 0)) r++;\n"
                    "                    return r;\n"
                    "                }\n"
                    "            } else if (value >= -2147483648.5) {\n"
                    "                int r = (int)value;\n"
                    "                double dif = value - r;\n"
                    "                if (dif < -0.5 || (dif == -0.5 && (r & 1) != 0)) r--;\n"
                    "                return r;\n"
                    "            }\n"
                    '            throw Overflow("Int32");')
        if tgt == "UInt32":
            return ("if (value >= -0.5 && value < 4294967295.5) {\n"
                    "                uint r = (uint)value;\n"
                    "                double dif = value - r;\n"
                    "                if (dif > 0.5 || (dif == 0.5 && (r & 1) != 0)) r++;\n"
                    "                return r;\n"
                    "            }\n"
                    '            throw Overflow("UInt32");')
        if tgt == "Int64":
            return ("double r = Math.Round(value);\n"
                    "            if (!(r >= -9223372036854775808.0 && r < 9223372036854775808.0)) throw new OverflowException();\n"
                    "            return (long)r;")
        if tgt == "UInt64":
            return ("double r = Math.Round(value);\n"
                    "            if (!(r > -1.0 && r < 18446744073709551616.0)) throw new OverflowException();\n"
                    "            return (ulong)r;")
        return "return To%s(ToInt32(value));" % tgt
    if src == "decimal":
        return "return (%s)decimal.Round(value, 0);" % t
    # integral/char source -> integral/char target: range check
    smin, smax = RANGE[src]
    tmin, tmax = RANGE[t]
    conds = []
    if smin < tmin:
        conds.append("value < %s" % lit(src, tmin))
    if smax > tmax:
        conds.append("value > %s" % lit(src, tmax))
    s = ""
    if conds:
        s = 'if (%s) throw Overflow("%s"); ' % (" || ".join(conds), "Char" if tgt == "Char" else tgt)
    return s + "return (%s)value;" % t


out = ["// Generated by gen/gen_convert.py; do not edit.",
       "using System.Globalization;",
       "",
       "namespace System {",
       "    public static partial class Convert {"]
for tgt in TARGETS:
    t = KW[tgt]
    out.append("        // ---- To%s ----" % tgt)
    for src in SOURCES:
        out.append("        public static %s To%s(%s value) {" % (t, tgt, src))
        out.append("            " + body(tgt, src))
        out.append("        }")
    if tgt == "Char":
        parse = ('if (value == null) throw new ArgumentNullException("value"); '
                 'if (value.Length != 1) throw new FormatException("String must be exactly one character long."); '
                 "return value[0];")
    elif tgt == "Boolean":
        parse = "return value != null && bool.Parse(value);"
    else:
        parse = "return value == null ? (%s)0 : %s.Parse(value);" % (t, t)
    out.append("        public static %s To%s(string value) { %s }" % (t, tgt, parse))
    out.append("        public static %s To%s(string value, IFormatProvider provider) { return To%s(value); }" % (t, tgt, tgt))
    out.append("        public static %s To%s(object value) { return value == null ? default(%s) : To%s(value, null); }" % (t, tgt, t, tgt))
    out.append("        public static %s To%s(object value, IFormatProvider provider) {" % (t, tgt))
    out.append("            if (value == null) return default(%s);" % t)
    for src in SOURCES:
        out.append("            if (value is %s) return To%s((%s)value);" % (src, tgt, src))
    out.append("            if (value is string) return To%s((string)value);" % tgt)
    out.append("            if (value is Enum) return To%s(((Enum)value).UnderlyingValue(), provider);" % tgt)
    out.append('            if (value is DateTime) throw InvalidCast("DateTime", "%s");' % tgt)
    out.append("            throw new InvalidCastException();")
    out.append("        }")
    out.append("        public static %s To%s(DateTime value) { throw InvalidCast(\"DateTime\", \"%s\"); }" % (t, tgt, tgt))
out.append("        // ---- ToString ----")
for src in SOURCES:
    out.append("        public static string ToString(%s value) { return value.ToString(); }" % src)
    out.append("        public static string ToString(%s value, IFormatProvider provider) { return value.ToString(provider); }" % src)
out.append("        public static string ToString(DateTime value) { return value.ToString(); }")
out.append("        public static string ToString(DateTime value, IFormatProvider provider) { return value.ToString(provider); }")
out.append("        public static string ToString(string value) { return value; }")
out.append("        public static string ToString(string value, IFormatProvider provider) { return value; }")
out.append("        public static string ToString(object value) { return ToString(value, null); }")
out.append("        public static string ToString(object value, IFormatProvider provider) {")
out.append("            if (value == null) return String.Empty;")
out.append("            IFormattable f = value as IFormattable;")
out.append("            return f != null ? f.ToString(null, provider) : value.ToString();")
out.append("        }")
out.append("    }")
out.append("}")
open("src/System/Convert.g.cs", "w").write("\n".join(out) + "\n")
