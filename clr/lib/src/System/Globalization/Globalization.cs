namespace System.Globalization {
    [Flags]
    public enum NumberStyles {
        None = 0, AllowLeadingWhite = 1, AllowTrailingWhite = 2, AllowLeadingSign = 4, AllowTrailingSign = 8,
        AllowParentheses = 16, AllowDecimalPoint = 32, AllowThousands = 64, AllowExponent = 128,
        AllowCurrencySymbol = 256, AllowHexSpecifier = 512,
        Integer = 7, HexNumber = 515, Number = 111, Float = 167, Currency = 383, Any = 511,
    }

    public enum UnicodeCategory {
        UppercaseLetter = 0, LowercaseLetter = 1, TitlecaseLetter = 2, ModifierLetter = 3, OtherLetter = 4,
        NonSpacingMark = 5, SpacingCombiningMark = 6, EnclosingMark = 7, DecimalDigitNumber = 8, LetterNumber = 9,
        OtherNumber = 10, SpaceSeparator = 11, LineSeparator = 12, ParagraphSeparator = 13, Control = 14, Format = 15,
        Surrogate = 16, PrivateUse = 17, ConnectorPunctuation = 18, DashPunctuation = 19, OpenPunctuation = 20,
        ClosePunctuation = 21, InitialQuotePunctuation = 22, FinalQuotePunctuation = 23, OtherPunctuation = 24,
        MathSymbol = 25, CurrencySymbol = 26, ModifierSymbol = 27, OtherSymbol = 28, OtherNotAssigned = 29,
    }
    public static class CharUnicodeInfo {
        public static UnicodeCategory GetUnicodeCategory(char ch) { return UnicodeData.Category(ch); }
        public static UnicodeCategory GetUnicodeCategory(string s, int index) {
            if (s == null) throw new ArgumentNullException("s");
            if ((uint)index >= (uint)s.Length) throw new ArgumentOutOfRangeException("index");
            return UnicodeData.Category(s[index]);
        }
        public static double GetNumericValue(char ch) { return Char.GetNumericValue(ch); }
    }

    [Flags]
    public enum DateTimeStyles {
        None = 0, AllowLeadingWhite = 1, AllowTrailingWhite = 2, AllowInnerWhite = 4, AllowWhiteSpaces = 7,
        NoCurrentDateDefault = 8, AdjustToUniversal = 16, AssumeLocal = 32, AssumeUniversal = 64, RoundtripKind = 128,
    }
    [Flags]
    public enum TimeSpanStyles { None = 0, AssumeNegative = 1 }

    [Flags]
    public enum CompareOptions {
        None = 0, IgnoreCase = 1, IgnoreNonSpace = 2, IgnoreSymbols = 4, IgnoreKanaType = 8, IgnoreWidth = 16,
        OrdinalIgnoreCase = 268435456, StringSort = 536870912, Ordinal = 1073741824,
    }

    /// Only the invariant culture exists; every culture formats like it.
    public class CultureInfo : IFormatProvider {
        static readonly CultureInfo invariant = new CultureInfo("");
        string name;
        public CultureInfo(string name) { this.name = name ?? ""; }
        public static CultureInfo InvariantCulture { get { return invariant; } }
        public static CultureInfo CurrentCulture { get { return invariant; } set { } }
        public static CultureInfo CurrentUICulture { get { return invariant; } set { } }
        public string Name { get { return name; } }
        public virtual NumberFormatInfo NumberFormat { get { return NumberFormatInfo.InvariantInfo; } }
        public virtual object GetFormat(Type formatType) { return null; }
        public override string ToString() { return name; }
    }

    public sealed class NumberFormatInfo : IFormatProvider {
        static readonly NumberFormatInfo invariant = new NumberFormatInfo();
        public static NumberFormatInfo InvariantInfo { get { return invariant; } }
        public static NumberFormatInfo CurrentInfo { get { return invariant; } }
        public string NumberDecimalSeparator { get { return "."; } }
        public string NumberGroupSeparator { get { return ","; } }
        public string NegativeSign { get { return "-"; } }
        public string PositiveSign { get { return "+"; } }
        public string CurrencySymbol { get { return "\u00a4"; } }
        public string NaNSymbol { get { return "NaN"; } }
        public string PositiveInfinitySymbol { get { return "Infinity"; } }
        public string NegativeInfinitySymbol { get { return "-Infinity"; } }
        public object GetFormat(Type formatType) { return this; }
    }
}
