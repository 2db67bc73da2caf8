namespace System.Globalization {
    [Flags]
    public enum NumberStyles {
        None = 0, AllowLeadingWhite = 1, AllowTrailingWhite = 2, AllowLeadingSign = 4, AllowTrailingSign = 8,
        AllowParentheses = 16, AllowDecimalPoint = 32, AllowThousands = 64, AllowExponent = 128,
        AllowCurrencySymbol = 256, AllowHexSpecifier = 512,
        Integer = 7, HexNumber = 515, Number = 111, Float = 167, Currency = 383, Any = 511,
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
