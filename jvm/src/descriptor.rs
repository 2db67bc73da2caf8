//! Field and method descriptors (JVMS §4.3): parsing, printing back, and
//! the slot counts the interpreter-free translator needs for locals.

use std::fmt;

use crate::{Error, Result};

/// A field type (JVMS §4.3.2).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FieldType {
    Byte,
    Char,
    Double,
    Float,
    Int,
    Long,
    Short,
    Boolean,
    /// A class or interface by internal name, e.g. `java/lang/String`.
    Object(String),
    Array(Box<FieldType>),
}

/// A method descriptor (JVMS §4.3.3).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MethodDescriptor {
    pub params: Vec<FieldType>,
    /// `None` for `void`.
    pub ret: Option<FieldType>,
}

/// JVMS §4.4.1: an array type may have at most 255 dimensions.
const MAX_DIMENSIONS: usize = 255;

impl FieldType {
    /// True for objects and arrays.
    pub fn is_reference(&self) -> bool {
        matches!(self, FieldType::Object(_) | FieldType::Array(_))
    }

    /// Local-variable / operand-stack slots taken: 2 for long and double.
    pub fn slots(&self) -> u16 {
        match self {
            FieldType::Long | FieldType::Double => 2,
            _ => 1,
        }
    }

    /// Number of array dimensions (0 for a non-array).
    pub fn dimensions(&self) -> usize {
        match self {
            FieldType::Array(e) => 1 + e.dimensions(),
            _ => 0,
        }
    }
}

impl MethodDescriptor {
    /// Slots taken by the arguments, not counting `this`.
    pub fn arg_slots(&self) -> u16 {
        self.params.iter().map(FieldType::slots).fold(0, u16::saturating_add)
    }
}

impl fmt::Display for FieldType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldType::Byte => f.write_str("B"),
            FieldType::Char => f.write_str("C"),
            FieldType::Double => f.write_str("D"),
            FieldType::Float => f.write_str("F"),
            FieldType::Int => f.write_str("I"),
            FieldType::Long => f.write_str("J"),
            FieldType::Short => f.write_str("S"),
            FieldType::Boolean => f.write_str("Z"),
            FieldType::Object(name) => write!(f, "L{name};"),
            FieldType::Array(elem) => write!(f, "[{elem}"),
        }
    }
}

impl fmt::Display for MethodDescriptor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(")?;
        for p in &self.params {
            write!(f, "{p}")?;
        }
        match &self.ret {
            Some(r) => write!(f, "){r}"),
            None => f.write_str(")V"),
        }
    }
}

fn bad(desc: &str, reason: &str) -> Error {
    Error::Descriptor(format!("{desc:?}: {reason}"))
}

/// Parses one field type from the front of `s`, returning the rest.
fn parse_prefix<'a>(desc: &str, s: &'a str) -> Result<(FieldType, &'a str)> {
    let dims = s.bytes().take_while(|&b| b == b'[').count();
    if dims > MAX_DIMENSIONS {
        return Err(bad(desc, "more than 255 array dimensions"));
    }
    let s = s.get(dims..).unwrap_or_default();
    let mut chars = s.chars();
    let base = match chars.next() {
        Some('B') => FieldType::Byte,
        Some('C') => FieldType::Char,
        Some('D') => FieldType::Double,
        Some('F') => FieldType::Float,
        Some('I') => FieldType::Int,
        Some('J') => FieldType::Long,
        Some('S') => FieldType::Short,
        Some('Z') => FieldType::Boolean,
        Some('L') => {
            let body = chars.as_str();
            let Some(end) = body.find(';') else {
                return Err(bad(desc, "missing ';' after class name"));
            };
            let name = body.get(..end).unwrap_or_default();
            // JVMS §4.2.2: unqualified names may not contain . ; [ and
            // `/`-separated parts must be non-empty.
            if name.is_empty() || name.contains(['.', '[']) || name.split('/').any(str::is_empty) {
                return Err(bad(desc, "malformed class name"));
            }
            chars = body.get(end + 1..).unwrap_or_default().chars();
            FieldType::Object(name.to_string())
        }
        Some(_) => return Err(bad(desc, "unknown type character")),
        None => return Err(bad(desc, "unexpected end")),
    };
    let ty = (0..dims).fold(base, |t, _| FieldType::Array(Box::new(t)));
    Ok((ty, chars.as_str()))
}

/// Parses a field descriptor such as `[Ljava/lang/String;`.
pub fn parse_field(desc: &str) -> Result<FieldType> {
    match parse_prefix(desc, desc)? {
        (ty, "") => Ok(ty),
        _ => Err(bad(desc, "trailing characters")),
    }
}

/// Parses a method descriptor such as `(IJ[B)Ljava/lang/Object;`.
pub fn parse_method(desc: &str) -> Result<MethodDescriptor> {
    let Some(mut s) = desc.strip_prefix('(') else {
        return Err(bad(desc, "missing '('"));
    };
    let mut params = Vec::new();
    while let Some(first) = s.chars().next() {
        if first == ')' {
            break;
        }
        let (ty, rest) = parse_prefix(desc, s)?;
        params.push(ty);
        s = rest;
    }
    let Some(s) = s.strip_prefix(')') else {
        return Err(bad(desc, "missing ')'"));
    };
    let ret = if s == "V" { None } else { Some(parse_field(s).map_err(|_| bad(desc, "bad return type"))?) };
    let md = MethodDescriptor { params, ret };
    // JVMS §4.3.3: at most 255 parameter slots (counting `this`).
    if md.arg_slots() > 255 {
        return Err(bad(desc, "more than 255 parameter slots"));
    }
    Ok(md)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() -> Result<()> {
        for d in ["I", "J", "Z", "[[D", "Ljava/lang/String;", "[Ljava/util/Map$Entry;"] {
            assert_eq!(parse_field(d)?.to_string(), d);
        }
        for d in ["()V", "(IJ[BLjava/lang/Object;)Ljava/lang/String;", "(DD)[I"] {
            assert_eq!(parse_method(d)?.to_string(), d);
        }
        Ok(())
    }

    #[test]
    fn slots() -> Result<()> {
        let m = parse_method("(IJDLjava/lang/Object;[J)V")?;
        assert_eq!(m.arg_slots(), 7);
        assert_eq!(m.ret, None);
        assert!(m.params[3].is_reference() && m.params[4].is_reference());
        assert_eq!(parse_field("[[[I")?.dimensions(), 3);
        Ok(())
    }

    #[test]
    fn rejects() {
        for d in ["", "V", "L;", "Ljava/lang/String", "II", "[", "La//b;", "La.b;", "Q"] {
            assert!(parse_field(d).is_err(), "{d}");
        }
        for d in ["", "I", "(", "(I", "()", "()II", "(V)V", "()[V"] {
            assert!(parse_method(d).is_err(), "{d}");
        }
        assert!(parse_field(&format!("{}I", "[".repeat(256))).is_err());
        assert!(parse_field(&format!("{}I", "[".repeat(255))).is_ok());
    }
}
