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
//! `FloatingDecimal` algorithm (Steele & White / Gay style), not the
//! shortest-digits algorithm of JDK 19+. This module reimplements that
//! algorithm, so its output matches JDK 17 exactly, including its quirks
//! (checked against OpenJDK 17 on about 26 million doubles and floats:
//! random bit patterns, powers of two and ten and their neighbours, all
//! float subnormals, integral values, short decimals; see `java_digits`):
//!
//! * Integral values below 2^63 print the exact integer with only its
//!   "insignificant" low digits rounded off, often longer than the shortest
//!   form: 605321859858727168.0 is "6.0532185985872717E17",
//!   `(float) Integer.MAX_VALUE` is "2.14748365E9".
//! * Otherwise digits are generated one at a time until the remainder is
//!   within half an ulp (a quarter ulp on both sides for powers of two),
//!   then the last digit is rounded (ties to even). The decimal exponent is
//!   estimated in floating point first; machine-integer paths reproduce
//!   their overflow, the big-integer path its non-strict upper test. Hence
//!   "9.999999999999999E22" for 1e23, "8.409999999999999E21" for 8.41e21,
//!   "1.17549435E-38" for `Float.MIN_NORMAL`, "9.8E-45" for
//!   7 * `Float.MIN_VALUE`, "4.9E-324" for `Double.MIN_VALUE`, and ties to
//!   even ("9.459430500249922E14" for 945943050024992.25).
//! * Scientific notation always has at least two digits; `Formatter` asks
//!   for at least two digits in every notation.
//!
//! `Formatter` (`%e`, `%f`, `%g`) rounds these same digits half-up.

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

    #[cfg(test)]
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

/// A non-negative integer as little-endian 64-bit words, for the exact
/// arithmetic of the general digit-generation path.
#[derive(Debug, Clone, PartialEq, Eq)]
struct BigNum {
    /// Little-endian words; no zero word at the top (zero is empty).
    words: Vec<u64>,
}

impl BigNum {
    fn trim(&mut self) {
        while self.words.last() == Some(&0) {
            self.words.pop();
        }
    }

    fn mul_small(&mut self, factor: u64) {
        let mut carry = 0u128;
        for w in self.words.iter_mut() {
            let t = u128::from(*w) * u128::from(factor) + carry;
            *w = t as u64;
            carry = t >> 64;
        }
        if carry != 0 {
            self.words.push(carry as u64);
        }
    }

    fn mul_pow5(&mut self, mut n: u32) {
        // 5^27 is the largest power of five below 2^64.
        while n >= 27 {
            self.mul_small(7_450_580_596_923_828_125);
            n -= 27;
        }
        if n > 0 {
            self.mul_small(5u64.pow(n));
        }
    }

    fn shl(&mut self, n: u32) {
        if self.words.is_empty() {
            return;
        }
        let word_shift = (n / 64) as usize;
        let bit_shift = n % 64;
        if bit_shift != 0 {
            let mut carry = 0u64;
            for w in self.words.iter_mut() {
                let next = *w >> (64 - bit_shift);
                *w = (*w << bit_shift) | carry;
                carry = next;
            }
            if carry != 0 {
                self.words.push(carry);
            }
        }
        if word_shift > 0 {
            let len = self.words.len();
            self.words.resize(len + word_shift, 0);
            self.words.copy_within(0..len, word_shift);
            if let Some(low) = self.words.get_mut(..word_shift) {
                low.fill(0);
            }
        }
    }

    /// `v × 5^p5 × 2^p2` for non-negative `p5`, `p2`.
    fn mul_pow52(v: u64, p5: i32, p2: i32) -> BigNum {
        let bits = 64 + p5.unsigned_abs() * 7 / 3 + p2.unsigned_abs();
        let mut words = Vec::with_capacity(bits as usize / 64 + 2);
        if v != 0 {
            words.push(v);
        }
        let mut n = BigNum { words };
        n.mul_pow5(p5.unsigned_abs());
        n.shl(p2.unsigned_abs());
        n
    }

    fn cmp(&self, other: &BigNum) -> std::cmp::Ordering {
        self.words
            .len()
            .cmp(&other.words.len())
            .then_with(|| self.words.iter().rev().cmp(other.words.iter().rev()))
    }

    /// Compares `self` with `a + b`.
    fn cmp_sum(&self, a: &BigNum, b: &BigNum, scratch: &mut BigNum) -> std::cmp::Ordering {
        let len = a.words.len().max(b.words.len());
        // a + b has len or len + 1 words: decide quickly when self is longer
        // than that or shorter than len.
        if self.words.len() > len + 1 {
            return std::cmp::Ordering::Greater;
        }
        if self.words.len() < len {
            return std::cmp::Ordering::Less;
        }
        scratch.words.clear();
        let mut carry = false;
        for i in 0..len {
            let x = a.words.get(i).copied().unwrap_or(0);
            let y = b.words.get(i).copied().unwrap_or(0);
            let (t, c1) = x.overflowing_add(y);
            let (t, c2) = t.overflowing_add(u64::from(carry));
            scratch.words.push(t);
            carry = c1 || c2;
        }
        if carry {
            scratch.words.push(1);
        }
        scratch.trim();
        self.cmp(scratch)
    }

    fn bit_len(&self) -> u32 {
        match self.words.last() {
            Some(&top) => self.words.len() as u32 * 64 - top.leading_zeros(),
            None => 0,
        }
    }

    /// Bits `shift..shift + 64` of the value.
    fn bits_from(&self, shift: u32) -> u64 {
        let word = (shift / 64) as usize;
        let bit = shift % 64;
        let get = |i: usize| u128::from(self.words.get(i).copied().unwrap_or(0));
        let window = get(word) | get(word + 1) << 64;
        (window >> bit) as u64
    }

    /// `self -= q × s`; requires `self >= q × s`.
    fn sub_mul(&mut self, s: &BigNum, q: u64) {
        let mut carry = 0u64;
        let mut borrow = false;
        for (i, w) in self.words.iter_mut().enumerate() {
            let product = u128::from(q) * u128::from(s.words.get(i).copied().unwrap_or(0))
                + u128::from(carry);
            carry = (product >> 64) as u64;
            let (t, b1) = w.overflowing_sub(product as u64);
            let (t, b2) = t.overflowing_sub(u64::from(borrow));
            *w = t;
            borrow = b1 || b2;
        }
        self.trim();
    }

    /// One step of long division by `s` (with `self < 10 × s`): returns the
    /// quotient digit and replaces `self` by ten times the remainder.
    fn quo_rem_step(&mut self, s: &BigNum) -> u32 {
        // Estimate from the leading bits (never too high), then correct.
        let shift = s.bit_len().saturating_sub(56);
        let estimate = self.bits_from(shift) / (s.bits_from(shift) + 1);
        let mut q = estimate as u32;
        if estimate > 0 {
            self.sub_mul(s, estimate);
        }
        while self.cmp(s) != std::cmp::Ordering::Less {
            self.sub_mul(s, 1);
            q += 1;
        }
        self.mul_small(10);
        q
    }
}

/// Bit length of 5^i as the digit generator estimates it (exact for
/// 1 <= i <= 26, 0 for i = 0, 3i beyond the table).
fn pow5_bits(i: i32) -> i32 {
    match i {
        0 => 0,
        1..=26 => 64 - 5u64.pow(i.unsigned_abs()).leading_zeros() as i32,
        _ => i * 3,
    }
}

/// The largest k with 10^k <= 2^p2 for 1 < p2 < 64, else 0: how many low
/// decimal digits of a large integral value are treated as noise.
fn insignificant_digits_for_pow2(p2: i32) -> i32 {
    if !(2..64).contains(&p2) {
        return 0;
    }
    let limit = 1u64 << p2;
    let mut k = 0;
    let mut pow = 10u64;
    while pow <= limit {
        k += 1;
        pow = pow.saturating_mul(10);
    }
    k
}

/// Decimal digits of an integer value with its `insignificant` lowest digits
/// rounded off half-up; trailing zeros are dropped. Returns (digits,
/// decimal exponent), the value being 0.d1d2... × 10^exponent.
fn develop_long_digits(mut value: u64, insignificant: i32) -> (Vec<u8>, i32) {
    if insignificant > 0 {
        let pow10 = 10u64.pow(insignificant.unsigned_abs());
        let residue = value % pow10;
        value /= pow10;
        if residue >= pow10 / 2 {
            value += 1;
        }
    }
    let mut digits: Vec<u8> = value.to_string().bytes().map(|b| b - b'0').collect();
    let dec_exponent = digits.len() as i32 + insignificant;
    while digits.len() > 1 && digits.last() == Some(&0) {
        digits.pop();
    }
    (digits, dec_exponent)
}

/// floor(log10(value)) estimated the way the digit generator does it, from
/// the normalized 53-bit significand and the binary exponent; it can be one
/// too high (the generator then drops a leading zero digit).
#[allow(
    clippy::approx_constant,
    reason = "the estimate's exact coefficient is 0.301029995663981, not LOG10_2"
)]
fn estimate_dec_exp(fract_bits: u64, bin_exp: i32) -> i32 {
    let d2 = f64::from_bits(0x3ff0_0000_0000_0000 | (fract_bits & 0x000f_ffff_ffff_ffff));
    let d = (d2 - 1.5) * 0.289529654 + 0.176091259 + f64::from(bin_exp) * 0.301029995663981;
    d.floor() as i32
}

/// Adds one unit in the last digit, carrying; all nines become a single
/// leading 1 (the other digits are left as zeros) one decade higher.
fn round_up(digits: &mut [u8], dec_exponent: &mut i32) {
    for i in (0..digits.len()).rev() {
        if let Some(d) = digits.get_mut(i) {
            if *d < 9 {
                *d += 1;
                return;
            }
            if i == 0 {
                *d = 1;
                *dec_exponent += 1;
                return;
            }
            *d = 0;
        }
    }
}

/// Digit generation with machine integers of `width` (32 or 64) bits,
/// reproducing their two's-complement wrap-around.
#[allow(clippy::too_many_arguments, reason = "mirrors the generator's state")]
fn small_digits(
    width: u32,
    fract: u64,
    b5: i32,
    b2: i32,
    s5: i32,
    s2: i32,
    m5: i32,
    m2: i32,
    dec_exp: &mut i32,
    compat: bool,
) -> (Vec<u8>, bool, bool, i128) {
    let wrap = |x: i128| -> i128 {
        if width == 32 {
            i128::from(x as i32)
        } else {
            i128::from(x as i64)
        }
    };
    let pow5 = |n: i32| i128::from(5u64.pow(n.unsigned_abs()));
    let shl = |x: i128, n: i32| wrap(x << n.unsigned_abs());
    let mut b = shl(wrap(i128::from(fract) * pow5(b5)), b2);
    let s = shl(pow5(s5), s2);
    let mut m = shl(pow5(m5), m2);
    let tens = wrap(s * 10);
    let mut digits = Vec::with_capacity(20);
    // b and s are non-negative and fit in 64 bits.
    let div = |b: i128| (b as i64 / s as i64, b as i64 % s as i64);
    let (mut q, r) = div(b);
    b = wrap(10 * i128::from(r));
    m = wrap(m * 10);
    let mut low = b < m;
    let mut high = wrap(b + m) > tens;
    if q == 0 && !high {
        *dec_exp -= 1;
    } else {
        digits.push(q as u8);
    }
    if !compat || *dec_exp < -3 || *dec_exp >= 8 {
        low = false;
        high = false;
    }
    while !low && !high {
        let (next_q, r) = div(b);
        q = next_q;
        b = wrap(10 * i128::from(r));
        m = wrap(m * 10);
        if m > 0 {
            low = b < m;
            high = wrap(b + m) > tens;
        } else {
            low = true;
            high = true;
        }
        digits.push(q as u8);
    }
    let low_digit_difference = wrap(wrap(b << 1) - tens);
    (digits, low, high, low_digit_difference)
}

/// The digits `FloatingDecimal` produces for a positive finite value
/// `fract_bits × 2^(bin_exp - 52)`, where `fract_bits` is normalized to 53
/// bits (hidden bit at bit 52) and `n_significant_bits` is the precision of
/// the source format (53 or 24, less for subnormals). `compat` is
/// `Double.toString`'s mode, which allows a single digit in plain notation;
/// `Formatter` always gets at least two. Returns (digits, exponent) with the
/// value being 0.d1d2... × 10^exponent; the digits may end in zeros.
fn java_digits(
    bin_exp: i32,
    fract_bits: u64,
    n_significant_bits: i32,
    compat: bool,
) -> (Vec<u8>, i32) {
    let tail_zeros = fract_bits.trailing_zeros() as i32;
    let n_fract_bits = 53 - tail_zeros;
    let n_tiny_bits = (n_fract_bits - bin_exp - 1).max(0);
    if (-21..=62).contains(&bin_exp) && n_tiny_bits == 0 {
        // An integer that fits in a long.
        let insignificant = if bin_exp > n_significant_bits {
            insignificant_digits_for_pow2(bin_exp - n_significant_bits - 1)
        } else {
            0
        };
        let value = if bin_exp >= 52 {
            fract_bits << (bin_exp - 52)
        } else {
            fract_bits >> (52 - bin_exp)
        };
        return develop_long_digits(value, insignificant);
    }
    let mut dec_exp = estimate_dec_exp(fract_bits, bin_exp);
    let b5 = (-dec_exp).max(0);
    let mut b2 = b5 + n_tiny_bits + bin_exp;
    let s5 = dec_exp.max(0);
    let mut s2 = s5 + n_tiny_bits;
    let m5 = b5;
    let mut m2 = b2 - n_significant_bits;
    let fract = fract_bits >> tail_zeros;
    b2 -= n_fract_bits - 1;
    let common = b2.min(s2);
    b2 -= common;
    s2 -= common;
    m2 -= common;
    if n_fract_bits == 1 {
        m2 -= 1;
    }
    if m2 < 0 {
        b2 -= m2;
        s2 -= m2;
        m2 = 0;
    }
    let b_bits = n_fract_bits + b2 + pow5_bits(b5);
    let ten_s_bits = s2 + 1 + pow5_bits(s5 + 1);
    let (mut digits, low, high, low_digit_difference) = if b_bits < 64 && ten_s_bits < 64 {
        let width = if b_bits < 32 && ten_s_bits < 32 {
            32
        } else {
            64
        };
        small_digits(width, fract, b5, b2, s5, s2, m5, m2, &mut dec_exp, compat)
    } else {
        big_digits(fract, b5, b2, s5, s2, m5, m2, &mut dec_exp, compat)
    };
    let mut dec_exponent = dec_exp + 1;
    let round = if high {
        if low {
            match low_digit_difference.cmp(&0) {
                std::cmp::Ordering::Equal => digits.last().is_some_and(|d| d % 2 != 0),
                std::cmp::Ordering::Greater => true,
                std::cmp::Ordering::Less => false,
            }
        } else {
            true
        }
    } else {
        false
    };
    if round {
        round_up(&mut digits, &mut dec_exponent);
    }
    (digits, dec_exponent)
}

/// Digit generation with exact big-integer arithmetic.
#[allow(clippy::too_many_arguments, reason = "mirrors the generator's state")]
fn big_digits(
    fract: u64,
    b5: i32,
    b2: i32,
    s5: i32,
    s2: i32,
    m5: i32,
    m2: i32,
    dec_exp: &mut i32,
    compat: bool,
) -> (Vec<u8>, bool, bool, i128) {
    use std::cmp::Ordering;
    let s = BigNum::mul_pow52(1, s5, s2);
    let mut b = BigNum::mul_pow52(fract, b5, b2);
    let mut m = BigNum::mul_pow52(1, m5 + 1, m2 + 1);
    let ten_s = BigNum::mul_pow52(1, s5 + 1, s2 + 1);
    let mut scratch = BigNum {
        words: Vec::with_capacity(ten_s.words.len() + 1),
    };
    let mut digits = Vec::with_capacity(20);
    let mut q = b.quo_rem_step(&s);
    let mut low = b.cmp(&m) == Ordering::Less;
    let mut high = ten_s.cmp_sum(&b, &m, &mut scratch) != Ordering::Greater;
    if q == 0 && !high {
        *dec_exp -= 1;
    } else {
        digits.push(q as u8);
    }
    if !compat || *dec_exp < -3 || *dec_exp >= 8 {
        low = false;
        high = false;
    }
    while !low && !high {
        q = b.quo_rem_step(&s);
        m.mul_small(10);
        low = b.cmp(&m) == Ordering::Less;
        high = ten_s.cmp_sum(&b, &m, &mut scratch) != Ordering::Greater;
        digits.push(q as u8);
    }
    let low_digit_difference = if high && low {
        b.shl(1);
        match b.cmp(&ten_s) {
            Ordering::Less => -1,
            Ordering::Equal => 0,
            Ordering::Greater => 1,
        }
    } else {
        0
    };
    (digits, low, high, low_digit_difference)
}

/// Java's digits for a positive finite double: (digits, exponent), the
/// value being 0.d1d2... × 10^exponent.
fn double_java_digits(v: f64, compat: bool) -> (Vec<u8>, i32) {
    let bits = v.to_bits();
    let mut fract_bits = bits & 0x000f_ffff_ffff_ffff;
    let raw_exp = ((bits >> 52) & 0x7ff) as i32;
    let (bin_exp, n_significant_bits) = if raw_exp == 0 {
        let leading_zeros = fract_bits.leading_zeros() as i32;
        let shift = leading_zeros - 11;
        fract_bits <<= shift;
        (1 - shift, 64 - leading_zeros)
    } else {
        fract_bits |= 1 << 52;
        (raw_exp, 53)
    };
    java_digits(bin_exp - 1023, fract_bits, n_significant_bits, compat)
}

/// Java's digits for a positive finite float (see [`double_java_digits`]).
fn float_java_digits(v: f32) -> (Vec<u8>, i32) {
    let bits = v.to_bits();
    let mut fract_bits = bits & 0x007f_ffff;
    let raw_exp = ((bits >> 23) & 0xff) as i32;
    let (bin_exp, n_significant_bits) = if raw_exp == 0 {
        let leading_zeros = fract_bits.leading_zeros() as i32;
        let shift = leading_zeros - 8;
        fract_bits <<= shift;
        (1 - shift, 32 - leading_zeros)
    } else {
        fract_bits |= 1 << 23;
        (raw_exp, 24)
    };
    java_digits(
        bin_exp - 127,
        u64::from(fract_bits) << 29,
        n_significant_bits,
        true,
    )
}

/// Java's digits of a positive finite double as a [`Decimal`], the way
/// `Formatter` obtains them (at least two digits generated).
fn double_digits(v: f64) -> Decimal {
    if v == 0.0 {
        return Decimal::zero();
    }
    let (mut digits, dec_exponent) = double_java_digits(v, false);
    while digits.last() == Some(&0) {
        digits.pop();
    }
    Decimal {
        digits,
        exp: i64::from(dec_exponent) - 1,
    }
}

/// Lays out digits the way `Double.toString`/`Float.toString` do: plain
/// notation for 10^-3 <= value < 10^7, else computerized scientific
/// notation; the digits (0.d1d2... × 10^dec_exponent) are printed as given.
fn java_layout(negative: bool, digits: &[u8], dec_exponent: i32) -> String {
    let mut out = String::with_capacity(26);
    if negative {
        out.push('-');
    }
    let push_digits = |out: &mut String, digits: &[u8]| {
        for &digit in digits {
            out.push(char::from(b'0' + digit));
        }
    };
    if digits.is_empty() {
        out.push_str("0.0");
    } else if dec_exponent > 0 && dec_exponent < 8 {
        let int_len = digits.len().min(dec_exponent.unsigned_abs() as usize);
        let (int_part, frac) = digits.split_at(int_len);
        push_digits(&mut out, int_part);
        if int_len < dec_exponent.unsigned_abs() as usize {
            for _ in int_len..dec_exponent.unsigned_abs() as usize {
                out.push('0');
            }
            out.push_str(".0");
        } else {
            out.push('.');
            if frac.is_empty() {
                out.push('0');
            } else {
                push_digits(&mut out, frac);
            }
        }
    } else if dec_exponent <= 0 && dec_exponent > -3 {
        out.push_str("0.");
        for _ in 0..-dec_exponent {
            out.push('0');
        }
        push_digits(&mut out, digits);
    } else {
        let (first, rest) = digits.split_at(1);
        push_digits(&mut out, first);
        out.push('.');
        if rest.is_empty() {
            out.push('0');
        } else {
            push_digits(&mut out, rest);
        }
        out.push('E');
        out.push_str(&(dec_exponent - 1).to_string());
    }
    out
}

/// Exactly what `Double.toString(v)` prints on JDK 17.
pub fn java_double_to_string(v: f64) -> String {
    if v.is_nan() {
        return "NaN".to_string();
    }
    if v.is_infinite() {
        return if v > 0.0 { "Infinity" } else { "-Infinity" }.to_string();
    }
    if v == 0.0 {
        return java_layout(v.is_sign_negative(), &[], 0);
    }
    let (digits, dec_exponent) = double_java_digits(v.abs(), true);
    java_layout(v.is_sign_negative(), &digits, dec_exponent)
}

/// Exactly what `Float.toString(v)` prints on JDK 17.
pub fn java_float_to_string(v: f32) -> String {
    if v.is_nan() {
        return "NaN".to_string();
    }
    if v.is_infinite() {
        return if v > 0.0 { "Infinity" } else { "-Infinity" }.to_string();
    }
    if v == 0.0 {
        return java_layout(v.is_sign_negative(), &[], 0);
    }
    let (digits, dec_exponent) = float_java_digits(v.abs());
    java_layout(v.is_sign_negative(), &digits, dec_exponent)
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
    let precision = if precision < 0 {
        6
    } else {
        i64::from(precision)
    };
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
        assert_eq!(
            java_format_double(1.5, 'f', -1).as_deref(),
            Some("1.500000")
        );
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
        (
            0x7fefffffffffffff,
            "Double.MAX_VALUE",
            "1.7976931348623157E308",
        ),
        (0x0000000000000001, "Double.MIN_VALUE", "4.9E-324"),
        (
            0x0010000000000000,
            "Double.MIN_NORMAL",
            "2.2250738585072014E-308",
        ),
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
        (
            0x43a0cd120c7f5102,
            "605321859858727168.0",
            "6.0532185985872717E17",
        ),
        (
            0x43e0000000000000,
            "(double) Long.MAX_VALUE",
            "9.223372036854776E18",
        ),
        (
            0x430ae2a43bcbc102,
            "945943050024992.25",
            "9.459430500249922E14",
        ),
        (
            0x42d6a154c88d06a8,
            "99528671900698.625",
            "9.952867190069862E13",
        ),
        (0x3fd8000000000000, "0.375", "0.375"),
        (0x0000000000000002, "2.0 * Double.MIN_VALUE", "1.0E-323"),
        (0x0000000000000001, "5e-324", "4.9E-324"),
        (0x44b52d02c7e14af6, "1e23", "9.999999999999999E22"),
        (0x447c7e83209e90b2, "8.41e21", "8.409999999999999E21"),
        (0x44a52d02c7e14af6, "5e22", "4.9999999999999996E22"),
        (0x44ada56a4b0835c0, "7e22", "7.0000000000000004E22"),
        (
            0x43e0a818f3105320,
            "9.60189386339392E18",
            "9.601893863393919E18",
        ),
        (0x4440000000000000, "0x1p69", "5.9029581035870565E20"),
        (
            0x45303d118be9a386,
            "1.9631201145707405E25",
            "1.9631201145707404E25",
        ),
        (0x0000000000000020, "32 * Double.MIN_VALUE", "1.58E-322"),
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
        (0x00800000, "Float.MIN_NORMAL", "1.17549435E-38"),
        (0x00000007, "7 * Float.MIN_VALUE", "9.8E-45"),
        (0x69000000, "0x1p83f", "9.6714065E24"),
        (0x6b000000, "0x1p87f", "1.54742505E26"),
        (0x6a045952, "4.0000003E25f", "4.0000002E25"),
    ];
    /// (input bits, Java expression, format, String.format output) — printed by OpenJDK 17.0.15.
    const FORMAT: &[(u64, &str, &str, &str)] = &[
        (0x44b52d02c7e14af6, "1e23", "%.17e", "9.99999999999999900e+22"),
        (0x44b52d02c7e14af6, "1e23", "%.3e", "1.000e+23"),
        (0x44b52d02c7e14af6, "1e23", "%.1f", "99999999999999990000000.0"),
        (0x447c7e83209e90b2, "8.41e21", "%.1f", "8409999999999999000000.0"),
        (0x0000000000000020, "32 * Double.MIN_VALUE", "%e", "1.580000e-322"),
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
            assert_eq!(
                java_double_to_string(f64::from_bits(bits)),
                expected,
                "{expr}"
            );
        }
    }

    #[test]
    fn float_to_string_matches_java() {
        for &(bits, expr, expected) in FLOAT_TO_STRING {
            assert_eq!(
                java_float_to_string(f32::from_bits(bits)),
                expected,
                "{expr}"
            );
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
