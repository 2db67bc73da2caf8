//! Constant values written as Java and C# literals, exactly: a stub's
//! constant is inlined by the compiler that reads it, as the original's is.

/// A constant value, independent of the language it came from.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Bool(bool),
    Char(u16),
    /// Any integer; the declared type says how wide.
    Int(i64),
    Float(f32),
    Double(f64),
    /// UTF-16 code units.
    String(Vec<u16>),
}

/// A CLR `Constant` row's value (§II.22.9: element type, blob), read as the
/// same-width signed value Java sees.
pub fn from_clr(element_type: u8, blob: &[u8]) -> Option<Value> {
    let bytes = |n: usize| -> Option<[u8; 8]> {
        let mut b = [0u8; 8];
        b.get_mut(..n)?.copy_from_slice(blob.get(..n)?);
        Some(b)
    };
    let int = |n: usize| -> Option<i64> {
        let raw = u64::from_le_bytes(bytes(n)?);
        let shift = 64 - 8 * n as u32;
        Some(((raw << shift) as i64) >> shift)
    };
    Some(match element_type {
        0x02 => Value::Bool(*blob.first()? != 0),
        0x03 => Value::Char(u16::try_from(int(2)? & 0xffff).ok()?),
        0x04 | 0x05 => Value::Int(int(1)?),
        0x06 | 0x07 => Value::Int(int(2)?),
        0x08 | 0x09 => Value::Int(int(4)?),
        0x0a | 0x0b => Value::Int(int(8)?),
        0x0c => Value::Float(f32::from_le_bytes(blob.get(..4)?.try_into().ok()?)),
        0x0d => Value::Double(f64::from_le_bytes(blob.get(..8)?.try_into().ok()?)),
        0x0e => Value::String(
            blob.chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]))
                .collect(),
        ),
        _ => return None,
    })
}

/// The Java literal of `v` for a field of descriptor `desc`.
pub fn java(desc: &str, v: &Value) -> Option<String> {
    Some(match (desc, v) {
        ("Z", Value::Bool(b)) => b.to_string(),
        ("C", Value::Char(c)) => java_char(*c),
        ("B", Value::Int(i)) => format!("(byte) {}", i8::try_from(*i).ok()?),
        ("S", Value::Int(i)) => format!("(short) {}", i16::try_from(*i).ok()?),
        ("I", Value::Int(i)) => i32::try_from(*i).ok()?.to_string(),
        ("J", Value::Int(i)) => format!("{i}L"),
        ("F", Value::Float(f)) => java_float(f64::from(*f), &format!("{f:?}"), "f"),
        ("D", Value::Double(d)) => java_float(*d, &format!("{d:?}"), "d"),
        ("Ljava/lang/String;", Value::String(units)) => java_string(units),
        _ => return None,
    })
}

/// The C# literal of `v` for a C# type written `ty` (`int`, `string`, ...).
pub fn cs(ty: &str, v: &Value) -> Option<String> {
    Some(match (ty, v) {
        ("bool", Value::Int(i)) => (*i != 0).to_string(),
        ("bool", Value::Bool(b)) => b.to_string(),
        ("char", Value::Int(i)) => format!("'\\u{:04x}'", u16::try_from(*i).ok()?),
        ("char", Value::Char(c)) => format!("'\\u{c:04x}'"),
        ("sbyte", Value::Int(i)) => format!("{}", i8::try_from(*i).ok()?),
        ("short", Value::Int(i)) => format!("{}", i16::try_from(*i).ok()?),
        ("int", Value::Int(i)) if *i == i64::from(i32::MIN) => "int.MinValue".into(),
        ("int", Value::Int(i)) => i32::try_from(*i).ok()?.to_string(),
        ("long", Value::Int(i)) if *i == i64::MIN => "long.MinValue".into(),
        ("long", Value::Int(i)) => format!("{i}L"),
        ("float", Value::Float(f)) if f.is_nan() => "float.NaN".into(),
        ("float", Value::Float(f)) if f.is_infinite() => if *f > 0.0 {
            "float.PositiveInfinity"
        } else {
            "float.NegativeInfinity"
        }
        .into(),
        ("float", Value::Float(f)) => format!("{f:?}f"),
        ("double", Value::Double(d)) if d.is_nan() => "double.NaN".into(),
        ("double", Value::Double(d)) if d.is_infinite() => if *d > 0.0 {
            "double.PositiveInfinity"
        } else {
            "double.NegativeInfinity"
        }
        .into(),
        ("double", Value::Double(d)) => format!("{d:?}d"),
        ("string", Value::String(units)) => cs_string(units),
        _ => return None,
    })
}

/// Java float/double text: NaN and infinities as constant expressions,
/// anything else as Rust's shortest text that reads back as the same value.
fn java_float(v: f64, shortest: &str, suffix: &str) -> String {
    if v.is_nan() {
        format!("0.0{suffix} / 0.0{suffix}")
    } else if v.is_infinite() {
        format!(
            "{}1.0{suffix} / 0.0{suffix}",
            if v < 0.0 { "-" } else { "" }
        )
    } else {
        format!("{shortest}{suffix}")
    }
}

/// A Java char constant. Unicode escapes are processed before lexing (a
/// `\u0027` inside quotes is a quote), so anything but plain ASCII is a
/// cast number.
fn java_char(c: u16) -> String {
    match c {
        0x27 => r"'\''".into(),
        0x5c => r"'\\'".into(),
        0x20..=0x7e => format!("'{}'", char::from(c as u8)),
        _ => format!("(char) 0x{c:04x}"),
    }
}

/// A Java string literal. Unicode escapes are processed before lexing, so
/// line terminators, `"` and `\` use the ordinary escapes instead.
fn java_string(units: &[u16]) -> String {
    let mut s = String::from("\"");
    for &u in units {
        match u {
            0x22 => s.push_str("\\\""),
            0x5c => s.push_str("\\\\"),
            0x0a => s.push_str("\\n"),
            0x0d => s.push_str("\\r"),
            0x09 => s.push_str("\\t"),
            0x08 => s.push_str("\\b"),
            0x0c => s.push_str("\\f"),
            0x00..=0x1f => s.push_str(&format!("\\{u:03o}")),
            0x20..=0x7e => s.push(char::from(u as u8)),
            _ => s.push_str(&format!("\\u{u:04x}")),
        }
    }
    s.push('"');
    s
}

/// A C# regular string literal.
fn cs_string(units: &[u16]) -> String {
    let mut s = String::from("\"");
    for &u in units {
        match u {
            0x22 => s.push_str("\\\""),
            0x5c => s.push_str("\\\\"),
            0x0a => s.push_str("\\n"),
            0x0d => s.push_str("\\r"),
            0x09 => s.push_str("\\t"),
            0x20..=0x7e => s.push(char::from(u as u8)),
            _ => s.push_str(&format!("\\u{u:04x}")),
        }
    }
    s.push('"');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn java_literals() {
        assert_eq!(
            java("I", &Value::Int(-2_147_483_648)).as_deref(),
            Some("-2147483648")
        );
        assert_eq!(java("B", &Value::Int(-1)).as_deref(), Some("(byte) -1"));
        assert_eq!(
            java("J", &Value::Int(i64::MIN)).as_deref(),
            Some("-9223372036854775808L")
        );
        assert_eq!(java("F", &Value::Float(0.1)).as_deref(), Some("0.1f"));
        assert_eq!(
            java("F", &Value::Float(f32::NAN)).as_deref(),
            Some("0.0f / 0.0f")
        );
        assert_eq!(java("D", &Value::Double(-0.0)).as_deref(), Some("-0.0d"));
        assert_eq!(java("D", &Value::Double(1e300)).as_deref(), Some("1e300d"));
        let s: Vec<u16> = "a\"\\\n\u{1}é".encode_utf16().collect();
        assert_eq!(
            java("Ljava/lang/String;", &Value::String(s)).as_deref(),
            Some("\"a\\\"\\\\\\n\\001\\u00e9\"")
        );
        assert_eq!(java("I", &Value::Bool(true)), None);
        assert_eq!(
            java("C", &Value::Char(0x0a)).as_deref(),
            Some("(char) 0x000a")
        );
        assert_eq!(java("C", &Value::Char(0x27)).as_deref(), Some(r"'\''"));
        assert_eq!(java("C", &Value::Char(0x41)).as_deref(), Some("'A'"));
    }

    #[test]
    fn clr_constants() {
        assert_eq!(
            from_clr(0x09, &0xffff_ffff_u32.to_le_bytes()),
            Some(Value::Int(-1))
        );
        assert_eq!(from_clr(0x05, &[0x80]), Some(Value::Int(-128)));
        assert_eq!(from_clr(0x03, &[0x41, 0]), Some(Value::Char(0x41)));
        assert_eq!(from_clr(0x08, &[1]), None);
    }

    #[test]
    fn cs_literals() {
        assert_eq!(
            cs("int", &Value::Int(i64::from(i32::MIN))).as_deref(),
            Some("int.MinValue")
        );
        assert_eq!(cs("bool", &Value::Int(1)).as_deref(), Some("true"));
        assert_eq!(cs("char", &Value::Int(65)).as_deref(), Some("'\\u0041'"));
        assert_eq!(
            cs("double", &Value::Double(f64::INFINITY)).as_deref(),
            Some("double.PositiveInfinity")
        );
        assert_eq!(cs("float", &Value::Float(1.5)).as_deref(), Some("1.5f"));
    }
}
