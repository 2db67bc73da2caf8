using System;
using TwainTest;
class H {
    static int bad, total;
    static void Cmp(string what, string mine, string theirs) {
        total++;
        if (mine != theirs) { bad++; if (bad < 60) Console.WriteLine("DIFF " + what + ": twain=[" + mine + "] mono=[" + theirs + "]"); }
    }
    static void Main() {
        string[] ifmts = { null, "", "G", "D", "D5", "X", "x4", "N", "N0", "N3", "F", "F0", "F3", "E", "E2", "e0", "P", "P1", "C", "G2", "G10", "0", "000", "0.00", "#,##0", "#.##", "0;(0)", "00.0#", "#", "0%" };
        long[] ints = { 0, 1, -1, 7, 42, -42, 255, 1000, 12345, -12345, 999999, 1234567, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue, 100, 5, 15, 95 };
        foreach (var v in ints) foreach (var f in ifmts) {
            string theirs; try { theirs = v.ToString(f); } catch (Exception e) { theirs = e.GetType().Name; }
            string mine; try { mine = Number.FormatSigned(v, (ulong)v, f); } catch (Exception e) { mine = e.GetType().Name; }
            Cmp("long " + v + " '" + f + "'", mine, theirs);
            int iv = (int)v;
            try { theirs = iv.ToString(f); } catch (Exception e) { theirs = e.GetType().Name; }
            try { mine = Number.FormatSigned(iv, (ulong)(uint)iv, f); } catch (Exception e) { mine = e.GetType().Name; }
            Cmp("int " + iv + " '" + f + "'", mine, theirs);
        }
        ulong[] us = { 0, 1, 18446744073709551615UL, 12345678901234567890UL };
        foreach (var v in us) foreach (var f in ifmts) {
            string theirs; try { theirs = v.ToString(f); } catch (Exception e) { theirs = e.GetType().Name; }
            string mine; try { mine = Number.FormatUInt64(v, f); } catch (Exception e) { mine = e.GetType().Name; }
            Cmp("ulong " + v + " '" + f + "'", mine, theirs);
        }
        string[] dfmts = { null, "G", "R", "F", "F0", "F1", "F5", "N", "N0", "N4", "E", "E0", "E3", "e10", "P", "P0", "C", "G1", "G3", "G15", "G17", "0", "0.00", "#,##0.0", "#.##", "0.###E+0", "00.00", "0%", "#", "0.0;neg 0.0;zero" };
        double[] ds = { 0, -0.0, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.1, 0.2, 0.3, 1.0/3, 2.0/3, 0.1+0.2, 1e15, 1e16, 1e17, 1e21, 1e-4, 1e-5, 1.5e-5, 123.456, -123.456, 1234567.891, 1.005, 2.675, 0.125, 0.375, 99999.5, 9.9999999999999995, 1e308, double.MaxValue, double.MinValue, double.Epsilon, 4.94e-320, 123456789012345678.0, 0.000123456, 12345.6789, 3.14159265358979, Math.E, 100, 1e7, 1e-7, 5e-324, 0.95, 0.05, 9.95, 999.9999, double.NaN, double.PositiveInfinity, double.NegativeInfinity };
        foreach (var v in ds) foreach (var f in dfmts) {
            string theirs; try { theirs = v.ToString(f); } catch (Exception e) { theirs = e.GetType().Name; }
            string mine; try { mine = Number.FormatDouble(v, f, 15); } catch (Exception e) { mine = e.GetType().Name; }
            Cmp("double " + v.ToString("R") + " '" + f + "'", mine, theirs);
        }
        float[] fs = { 0.1f, 1f/3, 16777216f * 3, 3.5f, 1e10f, 1e-10f, float.MaxValue, float.Epsilon, 123.456f, 0.3f, 2.5f, 1234567f, 12345678f };
        foreach (var v in fs) foreach (var f in new[] { null, "R", "F2", "E", "G", "N" }) {
            string theirs = v.ToString(f);
            string mine; try { mine = Number.FormatDouble(v, f, 7); } catch (Exception e) { mine = e.GetType().Name; }
            Cmp("float " + v.ToString("R") + " '" + f + "'", mine, theirs);
        }
        string[] parses = { "1", " 12 ", "-5", "+7", "1.5", "1e3", "1E-2", ".5", "5.", "1,000", "abc", "", "1 2", "-0", "Infinity", "NaN", "1e", "--1", "0x10", "1.2.3", "1e309", "-1e309", "2e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e39", "-1e39", "3.4028235e38", "3.4028235677973366e38", "1e-400", "+Infinity", "-NaN", "\u221e", " Infinity ", "1,,000" };
        foreach (var p in parses) {
            double dd; bool ok = double.TryParse(p, System.Globalization.NumberStyles.Float | System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture, out dd);
            double md; bool mok = Number.TryParseDouble(p, out md);
            Cmp("parse double '" + p + "'", mok + " " + md.ToString("R"), ok + " " + dd.ToString("R"));
            float ff; bool fok = float.TryParse(p, System.Globalization.NumberStyles.Float | System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture, out ff);
            float mf; bool mfok = Number.TryParseSingle(p, out mf);
            Cmp("parse float '" + p + "'", mfok + " " + mf.ToString("R"), fok + " " + ff.ToString("R"));
            string pe, me;
            try { pe = double.Parse(p, System.Globalization.CultureInfo.InvariantCulture).ToString("R"); } catch (Exception e) { pe = e.GetType().Name + ": " + e.Message; }
            try { me = Number.ParseDouble(p).ToString("R"); } catch (Exception e) { me = e.GetType().Name + ": " + e.Message; }
            Cmp("Parse double '" + p + "'", me, pe);
            try { pe = float.Parse(p, System.Globalization.CultureInfo.InvariantCulture).ToString("R"); } catch (Exception e) { pe = e.GetType().Name + ": " + e.Message; }
            try { me = Number.ParseSingle(p).ToString("R"); } catch (Exception e) { me = e.GetType().Name + ": " + e.Message; }
            Cmp("Parse float '" + p + "'", me, pe);
            long lv; bool lok = long.TryParse(p, out lv);
            long mlv; bool mlok = Number.TryParseInt64(p, long.MinValue, long.MaxValue, out mlv);
            Cmp("parse long '" + p + "'", mlok + " " + mlv, lok + " " + lv);
        }
        // NumberStyles parsing (integers, double, float) with the invariant culture
        var styles = new[] { System.Globalization.NumberStyles.None, System.Globalization.NumberStyles.Integer, System.Globalization.NumberStyles.HexNumber,
            System.Globalization.NumberStyles.Number, System.Globalization.NumberStyles.Float, System.Globalization.NumberStyles.Currency, System.Globalization.NumberStyles.Any,
            System.Globalization.NumberStyles.AllowThousands | System.Globalization.NumberStyles.AllowTrailingSign, System.Globalization.NumberStyles.AllowParentheses | System.Globalization.NumberStyles.AllowLeadingWhite };
        string[] sinputs = { "123", " 123 ", "-123", "+123", "123-", "(123)", "1,234", "1,234.50", "1.5", "1.0", "1e3", "15e-1", "\u00a412", "-\u00a412", "ff", "FFFFFFFF",
            "80000000", "1FFFFFFFF", "", "-", "2147483648", "-2147483649", "00012", "12.", ".5", "1,2,3", ",12", "12,", "(12", "- 12", "-\u00a4 12", "1e", "-0", "0.0000001e7", "1.2e-1", "9999999999999999999999" };
        foreach (var st in styles) foreach (var p in sinputs) {
            string tag = " style " + (int)st + " '" + p + "'";
            string m2, t2;
            try { t2 = int.Parse(p, st, System.Globalization.CultureInfo.InvariantCulture).ToString(); } catch (Exception e) { t2 = e.GetType().Name; }
            try { m2 = ((int)Number.ParseSignedStyled(p, st, int.MinValue, int.MaxValue, 32)).ToString(); } catch (Exception e) { m2 = e.GetType().Name; }
            Cmp("int" + tag, m2, t2);
            try { t2 = uint.Parse(p, st, System.Globalization.CultureInfo.InvariantCulture).ToString(); } catch (Exception e) { t2 = e.GetType().Name; }
            try { m2 = ((uint)Number.ParseUnsignedStyled(p, st, uint.MaxValue, 32)).ToString(); } catch (Exception e) { m2 = e.GetType().Name; }
            Cmp("uint" + tag, m2, t2);
            try { t2 = long.Parse(p, st, System.Globalization.CultureInfo.InvariantCulture).ToString(); } catch (Exception e) { t2 = e.GetType().Name; }
            try { m2 = Number.ParseSignedStyled(p, st, long.MinValue, long.MaxValue, 64).ToString(); } catch (Exception e) { m2 = e.GetType().Name; }
            Cmp("long" + tag, m2, t2);
            try { t2 = double.Parse(p, st, System.Globalization.CultureInfo.InvariantCulture).ToString("R"); } catch (Exception e) { t2 = e.GetType().Name; }
            try { m2 = Number.ParseDouble(p, st).ToString("R"); } catch (Exception e) { m2 = e.GetType().Name; }
            Cmp("double" + tag, m2, t2);
            try { t2 = float.Parse(p, st, System.Globalization.CultureInfo.InvariantCulture).ToString("R"); } catch (Exception e) { t2 = e.GetType().Name; }
            try { m2 = Number.ParseSingle(p, st).ToString("R"); } catch (Exception e) { m2 = e.GetType().Name; }
            Cmp("float" + tag, m2, t2);
        }
        Console.WriteLine(bad + " differences out of " + total);
    }
}
