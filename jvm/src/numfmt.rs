//! Java's textual forms of floating-point numbers.
//!
//! * [`java_double_to_string`] / [`java_float_to_string`] reproduce
//!   `Double.toString(double)` / `Float.toString(float)`.
//! * [`java_format_double`] produces the digits of `java.util.Formatter`'s
//!   `%f`, `%e` and `%g` conversions for a finite, non-negative value.
//!
//! # How the digits are chosen
//!
//! JDK 17 (like every JDK up to 18) generates the digits with the older
//! `FloatingDecimal` algorithm. Measured against OpenJDK 17 on ~1.8 million
//! values, its output is the shortest decimal that reads back as the same
//! value (what Rust's `{:e}` gives), with these systematic exceptions, which
//! this module reproduces:
//!
//! * Ties: when two shortest candidates are equally near the exact value,
//!   Java takes the even one; Rust rounds up (945943050024992.25 prints as
//!   "9.459430500249922E14").
//! * Integral values in [2^53, 2^63) (floats: [2^24, 2^63)) print the exact
//!   integer with only its "insignificant" low digits rounded off, often
//!   longer than the shortest form: 605321859858727168.0 is
//!   "6.0532185985872717E17", `(float) Integer.MAX_VALUE` is "2.14748365E9".
//!   See `integer_digits`.
//! * A one-digit shortest form becomes the nearest two digits at the same
//!   decimal exponent: `Double.MIN_VALUE` is "4.9E-324" (not "5.0E-324"),
//!   `Float.MIN_VALUE` is "1.4E-45", but 2 * `Double.MIN_VALUE` is "1.0E-323".
//!
//! `Formatter` (`%e`, `%f`, `%g`) rounds these same digits half-up.
//!
//! # Known deviations from JDK 17 (not reproduced)
//!
//! In about 0.02% of doubles and 0.04% of floats (random bit patterns per
//! binary exponent), `FloatingDecimal` prints a digit string that is longer
//! than necessary or whose last digit is one too low; this module prints the
//! shortest nearest form there (which is what JDK 19+ prints):
//!
//! * an extra digit: `1.0E23` (JDK 17: "9.999999999999999E22"), `8.41E21`
//!   ("8.409999999999999E21"), some values in [2^63, 2^76)
//!   ("9.601893863393919E18" vs "9.60189386339392E18"), a few of the
//!   smallest subnormals ("1.58E-322" vs "1.6E-322"), `Float.MIN_NORMAL`
//!   ("1.17549435E-38" vs "1.1754944E-38");
//! * a last digit one lower than the nearest, for some doubles near 2^84
//!   and floats near 2^82 and 2^85 (about 1e25);
//! * `Float.toString(7 * Float.MIN_VALUE)` is "9.8E-45" (here "1.0E-44").
//!
//! `Formatter` output built from such a value can differ accordingly.

/// A positive decimal `d0.d1d2... × 10^exp`; no digits means zero.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Decimal {
    /// Significant digits (values 0..=9), first one non-zero, no trailing zeros.
    digits: Vec<u8>,
    /// Exponent of the first digit.
    exp: i64,
}

impl Decimal {
    fn zero() -> Decimal {
        Decimal {
            digits: Vec::new(),
            exp: 0,
        }
    }

    /// Parses Rust's `{:e}` output of a finite non-negative number, such as
    /// "1.2345e-5", "1e7" or "0e0".
    fn parse_sci(text: &str) -> Decimal {
        let (mantissa, exponent) = match text.split_once('e') {
            Some(parts) => parts,
            None => (text, "0"),
        };
        let mut digits: Vec<u8> = mantissa
            .bytes()
            .filter(u8::is_ascii_digit)
            .map(|b| b - b'0')
            .collect();
        let (negative, magnitude) = match exponent.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, exponent),
        };
        let mut exp: i64 = 0;
        for b in magnitude.bytes().filter(u8::is_ascii_digit) {
            exp = exp.saturating_mul(10).saturating_add(i64::from(b - b'0'));
        }
        if negative {
            exp = -exp;
        }
        // Rust prints a single leading non-zero digit unless the value is 0.
        let leading_zeros = digits.iter().take_while(|&&d| d == 0).count();
        if leading_zeros == digits.len() {
            return Decimal::zero();
        }
        digits.drain(..leading_zeros);
        exp -= leading_zeros as i64;
        while digits.last() == Some(&0) {
            digits.pop();
        }
        Decimal { digits, exp }
    }

    /// This decimal as scientific-notation text Rust can parse.
    fn to_sci_text(&self) -> String {
        let mut text = String::new();
        for &d in &self.digits {
            text.push(char::from(b'0' + d));
        }
        if text.is_empty() {
            text.push('0');
        }
        let exp = self.exp - (self.digits.len() as i64).max(1) + 1;
        format!("{text}e{exp}")
    }

    fn parse_back_f64(&self) -> Option<f64> {
        self.to_sci_text().parse().ok()
    }

    fn parse_back_f32(&self) -> Option<f32> {
        self.to_sci_text().parse().ok()
    }

    fn is_zero(&self) -> bool {
        self.digits.is_empty()
    }

    /// The digit at power of ten `power` (0 beyond the stored digits).
    fn digit_at_power(&self, power: i64) -> u8 {
        let index = self.exp - power;
        if index < 0 {
            return 0;
        }
        usize::try_from(index)
            .ok()
            .and_then(|i| self.digits.get(i))
            .copied()
            .unwrap_or(0)
    }

    /// Rounds half-up (on these decimal digits) to `keep` significant digits.
    /// `keep` may be zero or negative: the rounding position then lies above
    /// the first digit.
    fn round_half_up(&self, keep: i64) -> Decimal {
        if self.is_zero() {
            return Decimal::zero();
        }
        let len = self.digits.len() as i64;
        if keep >= len {
            return self.clone();
        }
        if keep < 0 {
            return Decimal::zero();
        }
        let keep_len = usize::try_from(keep).unwrap_or(0);
        let first_dropped = self.digits.get(keep_len).copied().unwrap_or(0);
        let mut digits: Vec<u8> = self.digits.iter().take(keep_len).copied().collect();
        let mut exp = self.exp;
        if first_dropped >= 5 {
            // Add one unit at the last kept position, carrying leftwards.
            let mut carry = true;
            for d in digits.iter_mut().rev() {
                if *d == 9 {
                    *d = 0;
                } else {
                    *d += 1;
                    carry = false;
                    break;
                }
            }
            if carry {
                // All kept digits were 9 (or none were kept): the result is a
                // single 1 one position above the old first digit.
                digits.clear();
                digits.push(1);
                exp += 1;
            }
        }
        while digits.last() == Some(&0) {
            digits.pop();
        }
        if digits.is_empty() {
            return Decimal::zero();
        }
        Decimal { digits, exp }
    }
}

/// Java's digits for a positive finite double (see the module docs).
fn double_digits(v: f64) -> Decimal {
    if v == 0.0 {
        return Decimal::zero();
    }
    if let Some(d) = integer_digits(v, 52) {
        return d;
    }
    let shortest = Decimal::parse_sci(&format!("{:e}", v));
    if shortest.digits.len() == 1 {
        let two = Decimal::parse_sci(&format!("{:.1e}", v));
        if two.exp == shortest.exp {
            return two;
        }
    }
    match tie_lower(&shortest, |precision| format!("{:.*e}", precision, v)) {
        Some(lower) if lower.parse_back_f64() == Some(v) => lower,
        _ => shortest,
    }
}

/// Java's digits for a positive finite float (see the module docs).
fn float_digits(v: f32) -> Decimal {
    if v == 0.0 {
        return Decimal::zero();
    }
    if let Some(d) = integer_digits(f64::from(v), 23) {
        return d;
    }
    let shortest = Decimal::parse_sci(&format!("{:e}", v));
    if shortest.digits.len() == 1 {
        let two = Decimal::parse_sci(&format!("{:.1e}", v));
        if two.exp == shortest.exp {
            return two;
        }
    }
    match tie_lower(&shortest, |precision| format!("{:.*e}", precision, v)) {
        Some(lower) if lower.parse_back_f32() == Some(v) => lower,
        _ => shortest,
    }
}

/// Java's digits for an integral value in [2^mantissa_bits, 2^63): the exact
/// integer with its lowest "insignificant" digits rounded off half-up, where
/// the number of dropped digits is the largest k with 10^k <= 2^(p2-2) and
/// p2 = (binary exponent - mantissa_bits) counts the value's implied trailing
/// zero bits. This is the JDK's fast path for integral values and often
/// prints more digits than the shortest form (e.g. 2^40 as a float is
/// "1.09951163E12", not "1.0995116E12"); Formatter uses the same digits.
fn integer_digits(v: f64, mantissa_bits: u32) -> Option<Decimal> {
    const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;
    if v.fract() != 0.0 || !(1.0..TWO_POW_63).contains(&v) {
        return None;
    }
    // Exact: v is integral and below 2^63.
    let n = v as u64;
    let bin_exp = 63 - n.leading_zeros();
    if bin_exp < mantissa_bits {
        return None;
    }
    let p2 = bin_exp - mantissa_bits;
    let mut k = 0u32;
    if p2 >= 2 {
        let limit = 1u64 << (p2 - 2);
        while 10u64.pow(k + 1) <= limit {
            k += 1;
        }
    }
    let unit = 10u64.pow(k);
    let mut q = n / unit;
    if k > 0 && (n % unit) * 2 >= unit {
        q += 1;
    }
    let text = q.to_string();
    let mut d = Decimal::parse_sci(&text);
    d.exp = text.len() as i64 - 1 + i64::from(k);
    Some(d)
}

/// When the shortest digits `s` (as Rust prints them) are the upper of two
/// equally near candidates, returns the lower one if its last digit is even.
/// Java breaks such ties to even; Rust always rounds them up. `exact(p)`
/// formats the value with `p` digits after the point, exactly rounded.
fn tie_lower(s: &Decimal, exact: impl Fn(usize) -> String) -> Option<Decimal> {
    // A tie needs an exact value of at most 18 significant digits; every
    // such double or float lies in [1e-8, 1e41), and in that range the exact
    // expansion has fewer than 80 significant digits.
    let magnitude = s.exp;
    if !(-8..=40).contains(&magnitude) {
        return None;
    }
    let n = s.digits.len();
    // The candidate one unit below s in its last digit.
    let mut lower = s.digits.clone();
    for d in lower.iter_mut().rev() {
        if *d == 0 {
            *d = 9;
        } else {
            *d -= 1;
            break;
        }
    }
    if lower.last().is_some_and(|&d| d % 2 != 0) || lower.first() == Some(&0) {
        return None;
    }
    // A tie means the exact value is `lower` followed by a single 5: check
    // the first n + 1 digits, then (rarely reached) the whole expansion.
    let wanted: Vec<u8> = lower.iter().copied().chain(std::iter::once(5)).collect();
    let near = Decimal::parse_sci(&exact(n));
    if near.digits != wanted || near.exp != s.exp {
        return None;
    }
    let full = Decimal::parse_sci(&exact(80));
    if full.digits != wanted || full.exp != s.exp {
        return None;
    }
    let mut result = Decimal {
        digits: lower,
        exp: s.exp,
    };
    while result.digits.last() == Some(&0) {
        result.digits.pop();
    }
    Some(result)
}

/// Lays out digits the way `Double.toString`/`Float.toString` do.
fn java_layout(negative: bool, d: &Decimal) -> String {
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if d.is_zero() {
        out.push_str("0.0");
        return out;
    }
    let push_digits = |out: &mut String, digits: &[u8]| {
        for &digit in digits {
            out.push(char::from(b'0' + digit));
        }
    };
    if (-3..=6).contains(&d.exp) {
        if d.exp >= 0 {
            let int_len = usize::try_from(d.exp + 1).unwrap_or(0);
            for power in (0..=d.exp).rev() {
                out.push(char::from(b'0' + d.digit_at_power(power)));
            }
            out.push('.');
            match d.digits.get(int_len..) {
                Some(frac) if !frac.is_empty() => push_digits(&mut out, frac),
                _ => out.push('0'),
            }
        } else {
            out.push_str("0.");
            for _ in 0..(-d.exp - 1) {
                out.push('0');
            }
            push_digits(&mut out, &d.digits);
        }
    } else {
        push_digits(&mut out, d.digits.get(..1).unwrap_or(&[]));
        out.push('.');
        match d.digits.get(1..) {
            Some(frac) if !frac.is_empty() => push_digits(&mut out, frac),
            _ => out.push('0'),
        }
        out.push('E');
        out.push_str(&d.exp.to_string());
    }
    out
}

/// Exactly what `Double.toString(v)` prints (modulo the JDK 17 extra-digit
/// cases described in the module docs).
pub fn java_double_to_string(v: f64) -> String {
    if v.is_nan() {
        return "NaN".to_string();
    }
    if v.is_infinite() {
        return if v > 0.0 { "Infinity" } else { "-Infinity" }.to_string();
    }
    java_layout(v.is_sign_negative(), &double_digits(v.abs()))
}

/// Exactly what `Float.toString(v)` prints (modulo the JDK 17 extra-digit
/// cases described in the module docs).
pub fn java_float_to_string(v: f32) -> String {
    if v.is_nan() {
        return "NaN".to_string();
    }
    if v.is_infinite() {
        return if v > 0.0 { "Infinity" } else { "-Infinity" }.to_string();
    }
    java_layout(v.is_sign_negative(), &float_digits(v.abs()))
}

/// Fixed notation with `precision` digits after the point.
fn layout_fixed(d: &Decimal, precision: i64) -> String {
    let mut out = String::new();
    if d.is_zero() || d.exp < 0 {
        out.push('0');
    } else {
        for power in (0..=d.exp).rev() {
            out.push(char::from(b'0' + d.digit_at_power(power)));
        }
    }
    if precision > 0 {
        out.push('.');
        for k in 1..=precision {
            out.push(char::from(b'0' + d.digit_at_power(-k)));
        }
    }
    out
}

/// Scientific notation `d.ddde+XX` with `precision` digits after the point.
fn layout_scientific(d: &Decimal, precision: i64) -> String {
    let mut out = String::new();
    out.push(char::from(b'0' + d.digits.first().copied().unwrap_or(0)));
    if precision > 0 {
        out.push('.');
        for k in 1..=precision {
            let digit = usize::try_from(k)
                .ok()
                .and_then(|i| d.digits.get(i))
                .copied()
                .unwrap_or(0);
            out.push(char::from(b'0' + digit));
        }
    }
    let exp = if d.is_zero() { 0 } else { d.exp };
    out.push('e');
    out.push(if exp < 0 { '-' } else { '+' });
    let magnitude = exp.unsigned_abs();
    if magnitude < 10 {
        out.push('0');
    }
    out.push_str(&magnitude.to_string());
    out
}

/// The body of `java.util.Formatter`'s `%.<precision><conversion>` for a
/// finite, non-negative `v` (the caller handles sign, NaN, infinities, width,
/// flags and grouping). `conversion` is 'f', 'e' or 'g' (anything else gives
/// `None`, as does a non-finite `v`); a negative `precision` means Java's
/// default of 6. `v`'s sign is ignored.
///
/// Like Java, rounding is HALF_UP applied to the decimal digits that
/// `Double.toString` would print, not to the exact binary value: `%.2f` of
/// 1.005 is "1.01" and `%.1f` of 0.15 is "0.2".
pub fn java_format_double(v: f64, conversion: char, precision: i32) -> Option<String> {
    if !v.is_finite() {
        return None;
    }
    let precision = if precision < 0 { 6 } else { i64::from(precision) };
    let d = double_digits(v.abs());
    match conversion {
        'f' => {
            // Keep every digit down to 10^-precision.
            let rounded = d.round_half_up(d.exp + 1 + precision);
            Some(layout_fixed(&rounded, precision))
        }
        'e' => {
            let rounded = d.round_half_up(precision + 1);
            Some(layout_scientific(&rounded, precision))
        }
        'g' => {
            let significant = precision.max(1);
            if d.is_zero() {
                return Some(layout_fixed(&d, significant - 1));
            }
            let rounded = d.round_half_up(significant);
            if rounded.exp >= -4 && rounded.exp < significant {
                Some(layout_fixed(&rounded, significant - (rounded.exp + 1)))
            } else {
                Some(layout_scientific(&rounded, significant - 1))
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_helper_carries() {
        let d = Decimal::parse_sci("9.995e0");
        assert_eq!(d.round_half_up(3), Decimal::parse_sci("1e1"));
        assert_eq!(d.round_half_up(0), Decimal::parse_sci("1e1"));
        assert_eq!(d.round_half_up(-1), Decimal::zero());
        assert_eq!(Decimal::parse_sci("0e0"), Decimal::zero());
    }

    #[test]
    fn other_conversions_are_rejected() {
        assert_eq!(java_format_double(1.0, 'a', 2), None);
        assert_eq!(java_format_double(1.0, 'd', 2), None);
        assert_eq!(java_format_double(f64::NAN, 'f', 2), None);
        assert_eq!(java_format_double(f64::INFINITY, 'e', 2), None);
        assert_eq!(java_format_double(1.5, 'f', -1).as_deref(), Some("1.500000"));
    }

    /// (input, Java expression, Double.toString) — expected strings printed by OpenJDK 17.0.15.
    const DOUBLE_TO_STRING: &[(u64, &str, &str)] = &[
        (0x3fd3333333333334, "0.1+0.2", "0.30000000000000004"),
        (0x3fd5555555555555, "1/3.0", "0.3333333333333333"),
        (0x4059000000000000, "100.0", "100.0"),
        (0x416312d000000000, "1e7", "1.0E7"),
        (0x416312cfe0000000, "9999999.0", "9999999.0"),
        (0x3f50624dd2f1a9fc, "1.0E-3", "0.001"),
        (0x3f50624dd2f1a9fc, "0.001", "0.001"),
        (0x3f1a36e2eb1c432d, "1.0E-4", "1.0E-4"),
        (0x419d6f3454000000, "123456789.0", "1.23456789E8"),
        (0x7fefffffffffffff, "Double.MAX_VALUE", "1.7976931348623157E308"),
        (0x0000000000000001, "Double.MIN_VALUE", "4.9E-324"),
        (0x0010000000000000, "Double.MIN_NORMAL", "2.2250738585072014E-308"),
        (0x400921fb54442d18, "Math.PI", "3.141592653589793"),
        (0x4005bf0a8b145769, "Math.E", "2.718281828459045"),
        (0x444b1ae4d6e2ef50, "1e21", "1.0E21"),
        (0x01a56e1fc2f8f359, "1e-300", "1.0E-300"),
        (0x4004000000000000, "2.5", "2.5"),
        (0x3fe0000000000000, "0.5", "0.5"),
        (0x3ff0147ae147ae14, "1.005", "1.005"),
        (0x0000000000000000, "0.0", "0.0"),
        (0x8000000000000000, "-0.0", "-0.0"),
        (0x7ff8000000000000, "NaN", "NaN"),
        (0x7ff0000000000000, "+Inf", "Infinity"),
        (0xfff0000000000000, "-Inf", "-Infinity"),
        (0x8000000000000001, "-4.9E-324", "-4.9E-324"),
        (0x4202a05f20000000, "1.0E10", "1.0E10"),
        (0x3ee9e0fcaf9380fc, "1.234E-5", "1.234E-5"),
        (0x405edd2f1a9fbe77, "123.456", "123.456"),
        (0x3fb999999999999a, "0.1", "0.1"),
        (0x3ee4f8b588e368f1, "1e-5", "1.0E-5"),
        (0x41678c29dccccccd, "12345678.9", "1.23456789E7"),
        (0x416312cffff7ced9, "9999999.999", "9999999.999"),
        (0x3f5061e273273f09, "0.0009999", "9.999E-4"),
        (0xbff8000000000000, "-1.5", "-1.5"),
        (0x54b249ad2594c37d, "1e100", "1.0E100"),
        (0x3f60624dd2f1a9fc, "2e-3", "0.002"),
        (0x4480f0cf064dd592, "1e22", "1.0E22"),
        (0x4011666666666666, "4.35", "4.35"),
        (0x4341c37937e08000, "1e16", "1.0E16"),
        (0x40fe240000000000, "123456.0", "123456.0"),
        (0x43a0cd120c7f5102, "605321859858727168.0", "6.0532185985872717E17"),
        (0x43e0000000000000, "(double) Long.MAX_VALUE", "9.223372036854776E18"),
        (0x430ae2a43bcbc102, "945943050024992.25", "9.459430500249922E14"),
        (0x42d6a154c88d06a8, "99528671900698.625", "9.952867190069862E13"),
        (0x3fd8000000000000, "0.375", "0.375"),
        (0x0000000000000002, "2.0 * Double.MIN_VALUE", "1.0E-323"),
        (0x0000000000000001, "5e-324", "4.9E-324"),
    ];
    /// (input bits, Java expression, Float.toString) — printed by OpenJDK 17.0.15.
    const FLOAT_TO_STRING: &[(u32, &str, &str)] = &[
        (0x3f800000, "1.0f", "1.0"),
        (0x3dcccccd, "0.1f", "0.1"),
        (0x501502f9, "1.0E10f", "1.0E10"),
        (0x00000001, "Float.MIN_VALUE", "1.4E-45"),
        (0x7f7fffff, "Float.MAX_VALUE", "3.4028235E38"),
        (0x3f8ccccd, "1.1f", "1.1"),
        (0x40490fd0, "3.14159f", "3.14159"),
        (0x2edbe6ff, "1e-10f", "1.0E-10"),
        (0x4b800000, "16777216f", "1.6777216E7"),
        (0x3e99999a, "0.3f", "0.3"),
        (0x80000000, "-0.0f", "-0.0"),
        (0x00000000, "0.0f", "0.0"),
        (0x7fc00000, "NaN", "NaN"),
        (0xff800000, "-Inf", "-Infinity"),
        (0x4b189680, "1e7f", "1.0E7"),
        (0x4b18967f, "9999999f", "9999999.0"),
        (0x3a83126f, "0.001f", "0.001"),
        (0x38d1b717, "1.0E-4f", "1.0E-4"),
        (0x42f6e979, "123.456f", "123.456"),
        (0x3e99999a, "0.1f+0.2f", "0.3"),
        (0x53800000, "1099511627776f", "1.09951163E12"),
        (0x4f000000, "(float) Integer.MAX_VALUE", "2.14748365E9"),
        (0x4ceb79a3, "123456789f", "1.23456792E8"),
        (0x00000001, "1.0E-45f", "1.4E-45"),
        (0x4c000001, "33554436f", "3.3554436E7"),
    ];
    /// (input bits, Java expression, format, String.format output) — printed by OpenJDK 17.0.15.
    const FORMAT: &[(u64, &str, &str, &str)] = &[
        (0x3fc0000000000000, "0.125", "%.2f", "0.13"),
        (0x3fc3333333333333, "0.15", "%.2f", "0.15"),
        (0x3fd0000000000000, "0.25", "%.2f", "0.25"),
        (0x4004000000000000, "2.5", "%.2f", "2.50"),
        (0x3ff0020c49ba5e35, "1.0005", "%.2f", "1.00"),
        (0x3ff0147ae147ae14, "1.005", "%.2f", "1.01"),
        (0x4023fd70a3d70a3d, "9.995", "%.2f", "10.00"),
        (0x4415af1d78b58c40, "1e20", "%.2f", "100000000000000000000.00"),
        (0x3fd3333333333334, "0.1+0.2", "%.2f", "0.30"),
        (0x3fd5555555555555, "1/3.0", "%.2f", "0.33"),
        (0x400921fb54442d18, "Math.PI", "%.2f", "3.14"),
        (0x4005bf0a8b145769, "Math.E", "%.2f", "2.72"),
        (0x0000000000000000, "0.0", "%.2f", "0.00"),
        (0x3fe0000000000000, "0.5", "%.2f", "0.50"),
        (0x3ee4f8b588e368f1, "1e-5", "%.2f", "0.00"),
        (0x419d6f3454000000, "123456789.0", "%.2f", "123456789.00"),
        (0x01a56e1fc2f8f359, "1e-300", "%.2f", "0.00"),
        (0x7fefffffffffffff, "Double.MAX_VALUE", "%.2f", "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.00"),
        (0x0000000000000001, "Double.MIN_VALUE", "%.2f", "0.00"),
        (0x4028b0f27bb2fec5, "12.3456", "%.2f", "12.35"),
        (0x40f869f800000000, "99999.5", "%.2f", "99999.50"),
        (0x3f1a36e2eb1c432d, "0.0001", "%.2f", "0.00"),
        (0x3f1a36371ea531a8, "0.00009999", "%.2f", "0.00"),
        (0x412e847f00000000, "999999.5", "%.2f", "999999.50"),
        (0x3fa999999999999a, "0.05", "%.2f", "0.05"),
        (0x3fa70a3d70a3d70a, "0.045", "%.2f", "0.05"),
        (0x416312d000000000, "1e7", "%.2f", "10000000.00"),
        (0x4059000000000000, "100.0", "%.2f", "100.00"),
        (0x43a0cd120c7f5102, "605321859858727168.0", "%.2f", "605321859858727170.00"),
        (0x430ae2a43bcbc102, "945943050024992.25", "%.2f", "945943050024992.20"),
        (0x3fc0000000000000, "0.125", "%.0f", "0"),
        (0x3fc3333333333333, "0.15", "%.0f", "0"),
        (0x3fd0000000000000, "0.25", "%.0f", "0"),
        (0x4004000000000000, "2.5", "%.0f", "3"),
        (0x3ff0020c49ba5e35, "1.0005", "%.0f", "1"),
        (0x3ff0147ae147ae14, "1.005", "%.0f", "1"),
        (0x4023fd70a3d70a3d, "9.995", "%.0f", "10"),
        (0x4415af1d78b58c40, "1e20", "%.0f", "100000000000000000000"),
        (0x3fd3333333333334, "0.1+0.2", "%.0f", "0"),
        (0x3fd5555555555555, "1/3.0", "%.0f", "0"),
        (0x400921fb54442d18, "Math.PI", "%.0f", "3"),
        (0x4005bf0a8b145769, "Math.E", "%.0f", "3"),
        (0x0000000000000000, "0.0", "%.0f", "0"),
        (0x3fe0000000000000, "0.5", "%.0f", "1"),
        (0x3ee4f8b588e368f1, "1e-5", "%.0f", "0"),
        (0x419d6f3454000000, "123456789.0", "%.0f", "123456789"),
        (0x01a56e1fc2f8f359, "1e-300", "%.0f", "0"),
        (0x7fefffffffffffff, "Double.MAX_VALUE", "%.0f", "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        (0x0000000000000001, "Double.MIN_VALUE", "%.0f", "0"),
        (0x4028b0f27bb2fec5, "12.3456", "%.0f", "12"),
        (0x40f869f800000000, "99999.5", "%.0f", "100000"),
        (0x3f1a36e2eb1c432d, "0.0001", "%.0f", "0"),
        (0x3f1a36371ea531a8, "0.00009999", "%.0f", "0"),
        (0x412e847f00000000, "999999.5", "%.0f", "1000000"),
        (0x3fa999999999999a, "0.05", "%.0f", "0"),
        (0x3fa70a3d70a3d70a, "0.045", "%.0f", "0"),
        (0x416312d000000000, "1e7", "%.0f", "10000000"),
        (0x4059000000000000, "100.0", "%.0f", "100"),
        (0x43a0cd120c7f5102, "605321859858727168.0", "%.0f", "605321859858727170"),
        (0x430ae2a43bcbc102, "945943050024992.25", "%.0f", "945943050024992"),
        (0x3fc0000000000000, "0.125", "%.1f", "0.1"),
        (0x3fc3333333333333, "0.15", "%.1f", "0.2"),
        (0x3fd0000000000000, "0.25", "%.1f", "0.3"),
        (0x4004000000000000, "2.5", "%.1f", "2.5"),
        (0x3ff0020c49ba5e35, "1.0005", "%.1f", "1.0"),
        (0x3ff0147ae147ae14, "1.005", "%.1f", "1.0"),
        (0x4023fd70a3d70a3d, "9.995", "%.1f", "10.0"),
        (0x4415af1d78b58c40, "1e20", "%.1f", "100000000000000000000.0"),
        (0x3fd3333333333334, "0.1+0.2", "%.1f", "0.3"),
        (0x3fd5555555555555, "1/3.0", "%.1f", "0.3"),
        (0x400921fb54442d18, "Math.PI", "%.1f", "3.1"),
        (0x4005bf0a8b145769, "Math.E", "%.1f", "2.7"),
        (0x0000000000000000, "0.0", "%.1f", "0.0"),
        (0x3fe0000000000000, "0.5", "%.1f", "0.5"),
        (0x3ee4f8b588e368f1, "1e-5", "%.1f", "0.0"),
        (0x419d6f3454000000, "123456789.0", "%.1f", "123456789.0"),
        (0x01a56e1fc2f8f359, "1e-300", "%.1f", "0.0"),
        (0x0000000000000001, "Double.MIN_VALUE", "%.1f", "0.0"),
        (0x4028b0f27bb2fec5, "12.3456", "%.1f", "12.3"),
        (0x40f869f800000000, "99999.5", "%.1f", "99999.5"),
        (0x3f1a36e2eb1c432d, "0.0001", "%.1f", "0.0"),
        (0x3f1a36371ea531a8, "0.00009999", "%.1f", "0.0"),
        (0x412e847f00000000, "999999.5", "%.1f", "999999.5"),
        (0x3fa999999999999a, "0.05", "%.1f", "0.1"),
        (0x3fa70a3d70a3d70a, "0.045", "%.1f", "0.0"),
        (0x416312d000000000, "1e7", "%.1f", "10000000.0"),
        (0x4059000000000000, "100.0", "%.1f", "100.0"),
        (0x43a0cd120c7f5102, "605321859858727168.0", "%.1f", "605321859858727170.0"),
        (0x430ae2a43bcbc102, "945943050024992.25", "%.1f", "945943050024992.2"),
        (0x3fc0000000000000, "0.125", "%.3f", "0.125"),
        (0x3fc3333333333333, "0.15", "%.3f", "0.150"),
        (0x3fd0000000000000, "0.25", "%.3f", "0.250"),
        (0x4004000000000000, "2.5", "%.3f", "2.500"),
        (0x3ff0020c49ba5e35, "1.0005", "%.3f", "1.001"),
        (0x3ff0147ae147ae14, "1.005", "%.3f", "1.005"),
        (0x4023fd70a3d70a3d, "9.995", "%.3f", "9.995"),
        (0x4415af1d78b58c40, "1e20", "%.3f", "100000000000000000000.000"),
        (0x3fd3333333333334, "0.1+0.2", "%.3f", "0.300"),
        (0x3fd5555555555555, "1/3.0", "%.3f", "0.333"),
        (0x400921fb54442d18, "Math.PI", "%.3f", "3.142"),
        (0x4005bf0a8b145769, "Math.E", "%.3f", "2.718"),
        (0x0000000000000000, "0.0", "%.3f", "0.000"),
        (0x3fe0000000000000, "0.5", "%.3f", "0.500"),
        (0x3ee4f8b588e368f1, "1e-5", "%.3f", "0.000"),
        (0x419d6f3454000000, "123456789.0", "%.3f", "123456789.000"),
        (0x01a56e1fc2f8f359, "1e-300", "%.3f", "0.000"),
        (0x0000000000000001, "Double.MIN_VALUE", "%.3f", "0.000"),
        (0x4028b0f27bb2fec5, "12.3456", "%.3f", "12.346"),
        (0x40f869f800000000, "99999.5", "%.3f", "99999.500"),
        (0x3f1a36e2eb1c432d, "0.0001", "%.3f", "0.000"),
        (0x3f1a36371ea531a8, "0.00009999", "%.3f", "0.000"),
        (0x412e847f00000000, "999999.5", "%.3f", "999999.500"),
        (0x3fa999999999999a, "0.05", "%.3f", "0.050"),
        (0x3fa70a3d70a3d70a, "0.045", "%.3f", "0.045"),
        (0x416312d000000000, "1e7", "%.3f", "10000000.000"),
        (0x4059000000000000, "100.0", "%.3f", "100.000"),
        (0x43a0cd120c7f5102, "605321859858727168.0", "%.3f", "605321859858727170.000"),
        (0x430ae2a43bcbc102, "945943050024992.25", "%.3f", "945943050024992.200"),
        (0x3fc0000000000000, "0.125", "%.10f", "0.1250000000"),
        (0x3fc3333333333333, "0.15", "%.10f", "0.1500000000"),
        (0x3fd0000000000000, "0.25", "%.10f", "0.2500000000"),
        (0x4004000000000000, "2.5", "%.10f", "2.5000000000"),
        (0x3ff0020c49ba5e35, "1.0005", "%.10f", "1.0005000000"),
        (0x3ff0147ae147ae14, "1.005", "%.10f", "1.0050000000"),
        (0x4023fd70a3d70a3d, "9.995", "%.10f", "9.9950000000"),
        (0x4415af1d78b58c40, "1e20", "%.10f", "100000000000000000000.0000000000"),
        (0x3fd3333333333334, "0.1+0.2", "%.10f", "0.3000000000"),
        (0x3fd5555555555555, "1/3.0", "%.10f", "0.3333333333"),
        (0x400921fb54442d18, "Math.PI", "%.10f", "3.1415926536"),
        (0x4005bf0a8b145769, "Math.E", "%.10f", "2.7182818285"),
        (0x0000000000000000, "0.0", "%.10f", "0.0000000000"),
        (0x3fe0000000000000, "0.5", "%.10f", "0.5000000000"),
        (0x3ee4f8b588e368f1, "1e-5", "%.10f", "0.0000100000"),
        (0x419d6f3454000000, "123456789.0", "%.10f", "123456789.0000000000"),
        (0x01a56e1fc2f8f359, "1e-300", "%.10f", "0.0000000000"),
        (0x0000000000000001, "Double.MIN_VALUE", "%.10f", "0.0000000000"),
        (0x4028b0f27bb2fec5, "12.3456", "%.10f", "12.3456000000"),
        (0x40f869f800000000, "99999.5", "%.10f", "99999.5000000000"),
        (0x3f1a36e2eb1c432d, "0.0001", "%.10f", "0.0001000000"),
        (0x3f1a36371ea531a8, "0.00009999", "%.10f", "0.0000999900"),
        (0x412e847f00000000, "999999.5", "%.10f", "999999.5000000000"),
        (0x3fa999999999999a, "0.05", "%.10f", "0.0500000000"),
        (0x3fa70a3d70a3d70a, "0.045", "%.10f", "0.0450000000"),
        (0x416312d000000000, "1e7", "%.10f", "10000000.0000000000"),
        (0x4059000000000000, "100.0", "%.10f", "100.0000000000"),
        (0x43a0cd120c7f5102, "605321859858727168.0", "%.10f", "605321859858727170.0000000000"),
        (0x430ae2a43bcbc102, "945943050024992.25", "%.10f", "945943050024992.2000000000"),
        (0x3fc0000000000000, "0.125", "%f", "0.125000"),
        (0x3fc3333333333333, "0.15", "%f", "0.150000"),
        (0x3fd0000000000000, "0.25", "%f", "0.250000"),
        (0x4004000000000000, "2.5", "%f", "2.500000"),
        (0x3ff0020c49ba5e35, "1.0005", "%f", "1.000500"),
        (0x3ff0147ae147ae14, "1.005", "%f", "1.005000"),
        (0x4023fd70a3d70a3d, "9.995", "%f", "9.995000"),
        (0x4415af1d78b58c40, "1e20", "%f", "100000000000000000000.000000"),
        (0x3fd3333333333334, "0.1+0.2", "%f", "0.300000"),
        (0x3fd5555555555555, "1/3.0", "%f", "0.333333"),
        (0x400921fb54442d18, "Math.PI", "%f", "3.141593"),
        (0x4005bf0a8b145769, "Math.E", "%f", "2.718282"),
        (0x0000000000000000, "0.0", "%f", "0.000000"),
        (0x3fe0000000000000, "0.5", "%f", "0.500000"),
        (0x3ee4f8b588e368f1, "1e-5", "%f", "0.000010"),
        (0x419d6f3454000000, "123456789.0", "%f", "123456789.000000"),
        (0x01a56e1fc2f8f359, "1e-300", "%f", "0.000000"),
        (0x0000000000000001, "Double.MIN_VALUE", "%f", "0.000000"),
        (0x4028b0f27bb2fec5, "12.3456", "%f", "12.345600"),
        (0x40f869f800000000, "99999.5", "%f", "99999.500000"),
        (0x3f1a36e2eb1c432d, "0.0001", "%f", "0.000100"),
        (0x3f1a36371ea531a8, "0.00009999", "%f", "0.000100"),
        (0x412e847f00000000, "999999.5", "%f", "999999.500000"),
        (0x3fa999999999999a, "0.05", "%f", "0.050000"),
        (0x3fa70a3d70a3d70a, "0.045", "%f", "0.045000"),
        (0x416312d000000000, "1e7", "%f", "10000000.000000"),
        (0x4059000000000000, "100.0", "%f", "100.000000"),
        (0x43a0cd120c7f5102, "605321859858727168.0", "%f", "605321859858727170.000000"),
        (0x430ae2a43bcbc102, "945943050024992.25", "%f", "945943050024992.200000"),
        (0x3fc0000000000000, "0.125", "%e", "1.250000e-01"),
        (0x3fc3333333333333, "0.15", "%e", "1.500000e-01"),
        (0x3fd0000000000000, "0.25", "%e", "2.500000e-01"),
        (0x4004000000000000, "2.5", "%e", "2.500000e+00"),
        (0x3ff0020c49ba5e35, "1.0005", "%e", "1.000500e+00"),
        (0x3ff0147ae147ae14, "1.005", "%e", "1.005000e+00"),
        (0x4023fd70a3d70a3d, "9.995", "%e", "9.995000e+00"),
        (0x4415af1d78b58c40, "1e20", "%e", "1.000000e+20"),
        (0x3fd3333333333334, "0.1+0.2", "%e", "3.000000e-01"),
        (0x3fd5555555555555, "1/3.0", "%e", "3.333333e-01"),
        (0x400921fb54442d18, "Math.PI", "%e", "3.141593e+00"),
        (0x4005bf0a8b145769, "Math.E", "%e", "2.718282e+00"),
        (0x0000000000000000, "0.0", "%e", "0.000000e+00"),
        (0x3fe0000000000000, "0.5", "%e", "5.000000e-01"),
        (0x3ee4f8b588e368f1, "1e-5", "%e", "1.000000e-05"),
        (0x419d6f3454000000, "123456789.0", "%e", "1.234568e+08"),
        (0x01a56e1fc2f8f359, "1e-300", "%e", "1.000000e-300"),
        (0x0000000000000001, "Double.MIN_VALUE", "%e", "4.900000e-324"),
        (0x4028b0f27bb2fec5, "12.3456", "%e", "1.234560e+01"),
        (0x40f869f800000000, "99999.5", "%e", "9.999950e+04"),
        (0x3f1a36e2eb1c432d, "0.0001", "%e", "1.000000e-04"),
        (0x3f1a36371ea531a8, "0.00009999", "%e", "9.999000e-05"),
        (0x412e847f00000000, "999999.5", "%e", "9.999995e+05"),
        (0x3fa999999999999a, "0.05", "%e", "5.000000e-02"),
        (0x3fa70a3d70a3d70a, "0.045", "%e", "4.500000e-02"),
        (0x416312d000000000, "1e7", "%e", "1.000000e+07"),
        (0x4059000000000000, "100.0", "%e", "1.000000e+02"),
        (0x43a0cd120c7f5102, "605321859858727168.0", "%e", "6.053219e+17"),
        (0x430ae2a43bcbc102, "945943050024992.25", "%e", "9.459431e+14"),
        (0x3fc0000000000000, "0.125", "%.3e", "1.250e-01"),
        (0x3fc3333333333333, "0.15", "%.3e", "1.500e-01"),
        (0x3fd0000000000000, "0.25", "%.3e", "2.500e-01"),
        (0x4004000000000000, "2.5", "%.3e", "2.500e+00"),
        (0x3ff0020c49ba5e35, "1.0005", "%.3e", "1.001e+00"),
        (0x3ff0147ae147ae14, "1.005", "%.3e", "1.005e+00"),
        (0x4023fd70a3d70a3d, "9.995", "%.3e", "9.995e+00"),
        (0x4415af1d78b58c40, "1e20", "%.3e", "1.000e+20"),
        (0x3fd3333333333334, "0.1+0.2", "%.3e", "3.000e-01"),
        (0x3fd5555555555555, "1/3.0", "%.3e", "3.333e-01"),
        (0x400921fb54442d18, "Math.PI", "%.3e", "3.142e+00"),
        (0x4005bf0a8b145769, "Math.E", "%.3e", "2.718e+00"),
        (0x0000000000000000, "0.0", "%.3e", "0.000e+00"),
        (0x3fe0000000000000, "0.5", "%.3e", "5.000e-01"),
        (0x3ee4f8b588e368f1, "1e-5", "%.3e", "1.000e-05"),
        (0x419d6f3454000000, "123456789.0", "%.3e", "1.235e+08"),
        (0x01a56e1fc2f8f359, "1e-300", "%.3e", "1.000e-300"),
        (0x0000000000000001, "Double.MIN_VALUE", "%.3e", "4.900e-324"),
        (0x4028b0f27bb2fec5, "12.3456", "%.3e", "1.235e+01"),
        (0x40f869f800000000, "99999.5", "%.3e", "1.000e+05"),
        (0x3f1a36e2eb1c432d, "0.0001", "%.3e", "1.000e-04"),
        (0x3f1a36371ea531a8, "0.00009999", "%.3e", "9.999e-05"),
        (0x412e847f00000000, "999999.5", "%.3e", "1.000e+06"),
        (0x3fa999999999999a, "0.05", "%.3e", "5.000e-02"),
        (0x3fa70a3d70a3d70a, "0.045", "%.3e", "4.500e-02"),
        (0x416312d000000000, "1e7", "%.3e", "1.000e+07"),
        (0x4059000000000000, "100.0", "%.3e", "1.000e+02"),
        (0x43a0cd120c7f5102, "605321859858727168.0", "%.3e", "6.053e+17"),
        (0x430ae2a43bcbc102, "945943050024992.25", "%.3e", "9.459e+14"),
        (0x3fc0000000000000, "0.125", "%.0e", "1e-01"),
        (0x3fc3333333333333, "0.15", "%.0e", "2e-01"),
        (0x3fd0000000000000, "0.25", "%.0e", "3e-01"),
        (0x4004000000000000, "2.5", "%.0e", "3e+00"),
        (0x3ff0020c49ba5e35, "1.0005", "%.0e", "1e+00"),
        (0x3ff0147ae147ae14, "1.005", "%.0e", "1e+00"),
        (0x4023fd70a3d70a3d, "9.995", "%.0e", "1e+01"),
        (0x4415af1d78b58c40, "1e20", "%.0e", "1e+20"),
        (0x3fd3333333333334, "0.1+0.2", "%.0e", "3e-01"),
        (0x3fd5555555555555, "1/3.0", "%.0e", "3e-01"),
        (0x400921fb54442d18, "Math.PI", "%.0e", "3e+00"),
        (0x4005bf0a8b145769, "Math.E", "%.0e", "3e+00"),
        (0x0000000000000000, "0.0", "%.0e", "0e+00"),
        (0x3fe0000000000000, "0.5", "%.0e", "5e-01"),
        (0x3ee4f8b588e368f1, "1e-5", "%.0e", "1e-05"),
        (0x419d6f3454000000, "123456789.0", "%.0e", "1e+08"),
        (0x01a56e1fc2f8f359, "1e-300", "%.0e", "1e-300"),
        (0x0000000000000001, "Double.MIN_VALUE", "%.0e", "5e-324"),
        (0x4028b0f27bb2fec5, "12.3456", "%.0e", "1e+01"),
        (0x40f869f800000000, "99999.5", "%.0e", "1e+05"),
        (0x3f1a36e2eb1c432d, "0.0001", "%.0e", "1e-04"),
        (0x3f1a36371ea531a8, "0.00009999", "%.0e", "1e-04"),
        (0x412e847f00000000, "999999.5", "%.0e", "1e+06"),
        (0x3fa999999999999a, "0.05", "%.0e", "5e-02"),
        (0x3fa70a3d70a3d70a, "0.045", "%.0e", "5e-02"),
        (0x416312d000000000, "1e7", "%.0e", "1e+07"),
        (0x4059000000000000, "100.0", "%.0e", "1e+02"),
        (0x43a0cd120c7f5102, "605321859858727168.0", "%.0e", "6e+17"),
        (0x430ae2a43bcbc102, "945943050024992.25", "%.0e", "9e+14"),
        (0x3fc0000000000000, "0.125", "%g", "0.125000"),
        (0x3fc3333333333333, "0.15", "%g", "0.150000"),
        (0x3fd0000000000000, "0.25", "%g", "0.250000"),
        (0x4004000000000000, "2.5", "%g", "2.50000"),
        (0x3ff0020c49ba5e35, "1.0005", "%g", "1.00050"),
        (0x3ff0147ae147ae14, "1.005", "%g", "1.00500"),
        (0x4023fd70a3d70a3d, "9.995", "%g", "9.99500"),
        (0x4415af1d78b58c40, "1e20", "%g", "1.00000e+20"),
        (0x3fd3333333333334, "0.1+0.2", "%g", "0.300000"),
        (0x3fd5555555555555, "1/3.0", "%g", "0.333333"),
        (0x400921fb54442d18, "Math.PI", "%g", "3.14159"),
        (0x4005bf0a8b145769, "Math.E", "%g", "2.71828"),
        (0x0000000000000000, "0.0", "%g", "0.00000"),
        (0x3fe0000000000000, "0.5", "%g", "0.500000"),
        (0x3ee4f8b588e368f1, "1e-5", "%g", "1.00000e-05"),
        (0x419d6f3454000000, "123456789.0", "%g", "1.23457e+08"),
        (0x01a56e1fc2f8f359, "1e-300", "%g", "1.00000e-300"),
        (0x0000000000000001, "Double.MIN_VALUE", "%g", "4.90000e-324"),
        (0x4028b0f27bb2fec5, "12.3456", "%g", "12.3456"),
        (0x40f869f800000000, "99999.5", "%g", "99999.5"),
        (0x3f1a36e2eb1c432d, "0.0001", "%g", "0.000100000"),
        (0x3f1a36371ea531a8, "0.00009999", "%g", "9.99900e-05"),
        (0x412e847f00000000, "999999.5", "%g", "1.00000e+06"),
        (0x3fa999999999999a, "0.05", "%g", "0.0500000"),
        (0x3fa70a3d70a3d70a, "0.045", "%g", "0.0450000"),
        (0x416312d000000000, "1e7", "%g", "1.00000e+07"),
        (0x4059000000000000, "100.0", "%g", "100.000"),
        (0x43a0cd120c7f5102, "605321859858727168.0", "%g", "6.05322e+17"),
        (0x430ae2a43bcbc102, "945943050024992.25", "%g", "9.45943e+14"),
        (0x3fc0000000000000, "0.125", "%.3g", "0.125"),
        (0x3fc3333333333333, "0.15", "%.3g", "0.150"),
        (0x3fd0000000000000, "0.25", "%.3g", "0.250"),
        (0x4004000000000000, "2.5", "%.3g", "2.50"),
        (0x3ff0020c49ba5e35, "1.0005", "%.3g", "1.00"),
        (0x3ff0147ae147ae14, "1.005", "%.3g", "1.01"),
        (0x4023fd70a3d70a3d, "9.995", "%.3g", "10.0"),
        (0x4415af1d78b58c40, "1e20", "%.3g", "1.00e+20"),
        (0x3fd3333333333334, "0.1+0.2", "%.3g", "0.300"),
        (0x3fd5555555555555, "1/3.0", "%.3g", "0.333"),
        (0x400921fb54442d18, "Math.PI", "%.3g", "3.14"),
        (0x4005bf0a8b145769, "Math.E", "%.3g", "2.72"),
        (0x0000000000000000, "0.0", "%.3g", "0.00"),
        (0x3fe0000000000000, "0.5", "%.3g", "0.500"),
        (0x3ee4f8b588e368f1, "1e-5", "%.3g", "1.00e-05"),
        (0x419d6f3454000000, "123456789.0", "%.3g", "1.23e+08"),
        (0x01a56e1fc2f8f359, "1e-300", "%.3g", "1.00e-300"),
        (0x0000000000000001, "Double.MIN_VALUE", "%.3g", "4.90e-324"),
        (0x4028b0f27bb2fec5, "12.3456", "%.3g", "12.3"),
        (0x40f869f800000000, "99999.5", "%.3g", "1.00e+05"),
        (0x3f1a36e2eb1c432d, "0.0001", "%.3g", "0.000100"),
        (0x3f1a36371ea531a8, "0.00009999", "%.3g", "0.000100"),
        (0x412e847f00000000, "999999.5", "%.3g", "1.00e+06"),
        (0x3fa999999999999a, "0.05", "%.3g", "0.0500"),
        (0x3fa70a3d70a3d70a, "0.045", "%.3g", "0.0450"),
        (0x416312d000000000, "1e7", "%.3g", "1.00e+07"),
        (0x4059000000000000, "100.0", "%.3g", "100"),
        (0x43a0cd120c7f5102, "605321859858727168.0", "%.3g", "6.05e+17"),
        (0x430ae2a43bcbc102, "945943050024992.25", "%.3g", "9.46e+14"),
        (0x3fc0000000000000, "0.125", "%.0g", "0.1"),
        (0x3fc3333333333333, "0.15", "%.0g", "0.2"),
        (0x3fd0000000000000, "0.25", "%.0g", "0.3"),
        (0x4004000000000000, "2.5", "%.0g", "3"),
        (0x3ff0020c49ba5e35, "1.0005", "%.0g", "1"),
        (0x3ff0147ae147ae14, "1.005", "%.0g", "1"),
        (0x4023fd70a3d70a3d, "9.995", "%.0g", "1e+01"),
        (0x4415af1d78b58c40, "1e20", "%.0g", "1e+20"),
        (0x3fd3333333333334, "0.1+0.2", "%.0g", "0.3"),
        (0x3fd5555555555555, "1/3.0", "%.0g", "0.3"),
        (0x400921fb54442d18, "Math.PI", "%.0g", "3"),
        (0x4005bf0a8b145769, "Math.E", "%.0g", "3"),
        (0x0000000000000000, "0.0", "%.0g", "0"),
        (0x3fe0000000000000, "0.5", "%.0g", "0.5"),
        (0x3ee4f8b588e368f1, "1e-5", "%.0g", "1e-05"),
        (0x419d6f3454000000, "123456789.0", "%.0g", "1e+08"),
        (0x01a56e1fc2f8f359, "1e-300", "%.0g", "1e-300"),
        (0x0000000000000001, "Double.MIN_VALUE", "%.0g", "5e-324"),
        (0x4028b0f27bb2fec5, "12.3456", "%.0g", "1e+01"),
        (0x40f869f800000000, "99999.5", "%.0g", "1e+05"),
        (0x3f1a36e2eb1c432d, "0.0001", "%.0g", "0.0001"),
        (0x3f1a36371ea531a8, "0.00009999", "%.0g", "0.0001"),
        (0x412e847f00000000, "999999.5", "%.0g", "1e+06"),
        (0x3fa999999999999a, "0.05", "%.0g", "0.05"),
        (0x3fa70a3d70a3d70a, "0.045", "%.0g", "0.05"),
        (0x416312d000000000, "1e7", "%.0g", "1e+07"),
        (0x4059000000000000, "100.0", "%.0g", "1e+02"),
        (0x43a0cd120c7f5102, "605321859858727168.0", "%.0g", "6e+17"),
        (0x430ae2a43bcbc102, "945943050024992.25", "%.0g", "9e+14"),
        (0x3fc0000000000000, "0.125", "%.10g", "0.1250000000"),
        (0x3fc3333333333333, "0.15", "%.10g", "0.1500000000"),
        (0x3fd0000000000000, "0.25", "%.10g", "0.2500000000"),
        (0x4004000000000000, "2.5", "%.10g", "2.500000000"),
        (0x3ff0020c49ba5e35, "1.0005", "%.10g", "1.000500000"),
        (0x3ff0147ae147ae14, "1.005", "%.10g", "1.005000000"),
        (0x4023fd70a3d70a3d, "9.995", "%.10g", "9.995000000"),
        (0x4415af1d78b58c40, "1e20", "%.10g", "1.000000000e+20"),
        (0x3fd3333333333334, "0.1+0.2", "%.10g", "0.3000000000"),
        (0x3fd5555555555555, "1/3.0", "%.10g", "0.3333333333"),
        (0x400921fb54442d18, "Math.PI", "%.10g", "3.141592654"),
        (0x4005bf0a8b145769, "Math.E", "%.10g", "2.718281828"),
        (0x0000000000000000, "0.0", "%.10g", "0.000000000"),
        (0x3fe0000000000000, "0.5", "%.10g", "0.5000000000"),
        (0x3ee4f8b588e368f1, "1e-5", "%.10g", "1.000000000e-05"),
        (0x419d6f3454000000, "123456789.0", "%.10g", "123456789.0"),
        (0x01a56e1fc2f8f359, "1e-300", "%.10g", "1.000000000e-300"),
        (0x0000000000000001, "Double.MIN_VALUE", "%.10g", "4.900000000e-324"),
        (0x4028b0f27bb2fec5, "12.3456", "%.10g", "12.34560000"),
        (0x40f869f800000000, "99999.5", "%.10g", "99999.50000"),
        (0x3f1a36e2eb1c432d, "0.0001", "%.10g", "0.0001000000000"),
        (0x3f1a36371ea531a8, "0.00009999", "%.10g", "9.999000000e-05"),
        (0x412e847f00000000, "999999.5", "%.10g", "999999.5000"),
        (0x3fa999999999999a, "0.05", "%.10g", "0.05000000000"),
        (0x3fa70a3d70a3d70a, "0.045", "%.10g", "0.04500000000"),
        (0x416312d000000000, "1e7", "%.10g", "10000000.00"),
        (0x4059000000000000, "100.0", "%.10g", "100.0000000"),
        (0x43a0cd120c7f5102, "605321859858727168.0", "%.10g", "6.053218599e+17"),
        (0x430ae2a43bcbc102, "945943050024992.25", "%.10g", "9.459430500e+14"),
    ];

    fn parse_format(fmt: &str) -> (char, i32) {
        let body = fmt.trim_start_matches('%');
        let conversion = body.chars().last().unwrap();
        let precision = body
            .trim_end_matches(conversion)
            .trim_start_matches('.')
            .parse()
            .unwrap_or(-1);
        (conversion, precision)
    }

    #[test]
    fn double_to_string_matches_java() {
        for &(bits, expr, expected) in DOUBLE_TO_STRING {
            assert_eq!(java_double_to_string(f64::from_bits(bits)), expected, "{expr}");
        }
    }

    #[test]
    fn float_to_string_matches_java() {
        for &(bits, expr, expected) in FLOAT_TO_STRING {
            assert_eq!(java_float_to_string(f32::from_bits(bits)), expected, "{expr}");
        }
    }

    #[test]
    fn format_matches_java() {
        for &(bits, expr, fmt, expected) in FORMAT {
            let (conversion, precision) = parse_format(fmt);
            let got = java_format_double(f64::from_bits(bits), conversion, precision);
            assert_eq!(got.as_deref(), Some(expected), "{fmt} of {expr}");
        }
    }

    #[test]
    fn table_sizes() {
        assert!(DOUBLE_TO_STRING.len() + FLOAT_TO_STRING.len() + FORMAT.len() >= 60);
    }

}
