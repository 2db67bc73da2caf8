//! The example syntax of specs/mapping.md §12, in which the spec's worked
//! examples and the tests write CLR types and methods.
//!
//! ```text
//! type    := base suffix*                  suffixes apply left to right:
//! suffix  := "[]" | "[" ","+ "]" | "[*]"    int[,][] is an SZ array of int[,]
//! base    := keyword | "java:" binary-name | named
//! named   := ns-and-name segment-args ("+" name segment-args)*
//! method  := ["[slot" N "]"] ["static"] name "(" params ")" [":" type]
//! param   := ["ref" | "out" | "in"] type
//! ```
//! Keywords are the C# ones (`int`, `uint`, `nint`, `string`, `object`, ...).
//! Names are ASCII identifiers with an optional `` `N `` arity suffix.

use super::types::{
    ClrNamedType, ClrPrimitive, ClrTypeRef, ClrTypeSegment, JavaClassRef, MethodShape,
};
use super::{MappingError, Result};

const KEYWORDS: [(&str, Option<ClrPrimitive>); 16] = [
    ("bool", Some(ClrPrimitive::Boolean)),
    ("char", Some(ClrPrimitive::Char)),
    ("sbyte", Some(ClrPrimitive::SByte)),
    ("byte", Some(ClrPrimitive::Byte)),
    ("short", Some(ClrPrimitive::Int16)),
    ("ushort", Some(ClrPrimitive::UInt16)),
    ("int", Some(ClrPrimitive::Int32)),
    ("uint", Some(ClrPrimitive::UInt32)),
    ("long", Some(ClrPrimitive::Int64)),
    ("ulong", Some(ClrPrimitive::UInt64)),
    ("float", Some(ClrPrimitive::Single)),
    ("double", Some(ClrPrimitive::Double)),
    ("nint", Some(ClrPrimitive::IntPtr)),
    ("nuint", Some(ClrPrimitive::UIntPtr)),
    ("string", None),
    ("object", None),
];

/// Parse a type.
pub fn parse_type(text: &str) -> Result<ClrTypeRef> {
    let mut c = Cursor {
        s: text.as_bytes(),
        pos: 0,
        text,
    };
    let t = c.ty()?;
    c.skip_ws();
    c.end()?;
    Ok(t)
}

/// Parse a method.
pub fn parse_method(text: &str) -> Result<MethodShape> {
    let mut c = Cursor {
        s: text.as_bytes(),
        pos: 0,
        text,
    };
    c.skip_ws();
    let mut slot = None;
    if c.eat("[slot") {
        c.skip_ws();
        let n = c.word()?;
        slot = Some(n.parse().map_err(|_| c.error("slot number"))?);
        c.skip_ws();
        c.expect("]")?;
    }
    c.skip_ws();
    let mut name = c.word()?;
    let mut is_static = false;
    if name == "static" {
        is_static = true;
        c.skip_ws();
        name = c.word()?;
    }
    c.skip_ws();
    c.expect("(")?;
    let mut params = Vec::new();
    c.skip_ws();
    if !c.eat(")") {
        loop {
            c.skip_ws();
            let save = c.pos;
            let word = c.word()?;
            let by_ref = matches!(word.as_str(), "ref" | "out" | "in");
            if !by_ref {
                c.pos = save;
            }
            let t = c.ty()?;
            params.push(if by_ref { t.by_ref() } else { t });
            c.skip_ws();
            if c.eat(")") {
                break;
            }
            c.expect(",")?;
        }
    }
    c.skip_ws();
    let ret = if c.eat(":") { Some(c.ty()?) } else { None };
    c.skip_ws();
    c.end()?;
    Ok(MethodShape {
        name,
        params,
        ret,
        is_static,
        slot,
    })
}

struct Cursor<'a> {
    s: &'a [u8],
    pos: usize,
    text: &'a str,
}

impl Cursor<'_> {
    fn error(&self, what: &str) -> MappingError {
        MappingError::Syntax(format!("{}: expected {what} at {}", self.text, self.pos))
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while self.peek() == Some(b' ') {
            self.pos += 1;
        }
    }

    fn eat(&mut self, lit: &str) -> bool {
        if self.s.get(self.pos..self.pos + lit.len()) == Some(lit.as_bytes()) {
            self.pos += lit.len();
            true
        } else {
            false
        }
    }

    fn expect(&mut self, lit: &str) -> Result<()> {
        if self.eat(lit) {
            Ok(())
        } else {
            Err(self.error(lit))
        }
    }

    fn end(&self) -> Result<()> {
        if self.pos == self.s.len() {
            Ok(())
        } else {
            Err(self.error("end"))
        }
    }

    /// An identifier, possibly with `.` (for `.ctor`) and `` `N ``.
    fn word(&mut self) -> Result<String> {
        let start = self.pos;
        while self
            .peek()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'`')
        {
            self.pos += 1;
        }
        if self.pos == start && self.eat(".ctor") {
            return Ok(".ctor".into());
        }
        if self.pos == start {
            return Err(self.error("a name"));
        }
        Ok(self
            .text
            .get(start..self.pos)
            .unwrap_or_default()
            .to_owned())
    }

    fn ty(&mut self) -> Result<ClrTypeRef> {
        self.skip_ws();
        let mut t = self.base()?;
        while self.eat("[") {
            if self.eat("*]") {
                t = t.md_array(1);
                continue;
            }
            let mut rank = 1u32;
            while self.eat(",") {
                rank += 1;
            }
            self.expect("]")?;
            t = if rank == 1 {
                t.sz_array()
            } else {
                t.md_array(rank)
            };
        }
        Ok(t)
    }

    fn base(&mut self) -> Result<ClrTypeRef> {
        if self.eat("java:") {
            let start = self.pos;
            while self
                .peek()
                .is_some_and(|b| b.is_ascii_alphanumeric() || b"_.$".contains(&b))
            {
                self.pos += 1;
            }
            let name = self.text.get(start..self.pos).unwrap_or_default();
            return JavaClassRef::parse_binary_name(name)
                .map(ClrTypeRef::Java)
                .ok_or_else(|| self.error("a Java binary name"));
        }
        let mut dotted = vec![self.word()?];
        while self.eat(".") {
            dotted.push(self.word()?);
        }
        if let [single] = dotted.as_slice() {
            if let Some((_, p)) = KEYWORDS.iter().find(|(k, _)| k == single) {
                return Ok(match p {
                    Some(p) => ClrTypeRef::Primitive(*p),
                    None if single == "string" => ClrTypeRef::string(),
                    None => ClrTypeRef::object(),
                });
            }
        }
        let name = dotted.pop().ok_or_else(|| self.error("a name"))?;
        let mut path = vec![self.segment_args(name)?];
        while self.eat("+") {
            let name = self.word()?;
            path.push(self.segment_args(name)?);
        }
        Ok(ClrTypeRef::Named(ClrNamedType {
            namespace: dotted,
            path,
        }))
    }

    fn segment_args(&mut self, name: String) -> Result<ClrTypeSegment> {
        let mut args = Vec::new();
        if self.eat("<") {
            loop {
                args.push(self.ty()?);
                self.skip_ws();
                if self.eat(">") {
                    break;
                }
                self.expect(",")?;
            }
        }
        Ok(ClrTypeSegment { name, args })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_nested_generic_array() -> Result<()> {
        let t = parse_type("A.B`1<int[,][]>+C")?;
        let ClrTypeRef::Named(n) = t else {
            panic!("not named")
        };
        assert_eq!(n.namespace, ["A"]);
        assert_eq!(n.path.len(), 2);
        let arg = n.path.first().and_then(|s| s.args.first()).cloned();
        assert_eq!(
            arg,
            Some(
                ClrTypeRef::Primitive(ClrPrimitive::Int32)
                    .md_array(2)
                    .sz_array()
            )
        );
        let m = parse_method("[slot 0] ToString() : string")?;
        assert_eq!(m.slot, Some(0));
        let m = parse_method("static TryParse(string, out int) : bool")?;
        assert!(m.is_static);
        assert_eq!(
            m.params.get(1),
            Some(&ClrTypeRef::Primitive(ClrPrimitive::Int32).by_ref())
        );
        Ok(())
    }
}
