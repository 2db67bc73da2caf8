//! The constant pool (JVMS §4.4). It is read in two passes: first the raw
//! tagged entries with their indices, then every reference is resolved
//! eagerly into owned strings, checking that each index is in range and
//! names an entry of the right kind. After parsing, lookups cannot meet a
//! dangling index inside the pool; only indices coming from bytecode or
//! attributes are checked again by the accessors.

use std::collections::HashMap;

use super::reader::Reader;
use crate::descriptor::{parse_field, parse_method};
use crate::{Error, Result};

/// Constant-pool tags (JVMS table 4.4-B).
mod tag {
    pub const UTF8: u8 = 1;
    pub const INTEGER: u8 = 3;
    pub const FLOAT: u8 = 4;
    pub const LONG: u8 = 5;
    pub const DOUBLE: u8 = 6;
    pub const CLASS: u8 = 7;
    pub const STRING: u8 = 8;
    pub const FIELDREF: u8 = 9;
    pub const METHODREF: u8 = 10;
    pub const INTERFACE_METHODREF: u8 = 11;
    pub const NAME_AND_TYPE: u8 = 12;
    pub const METHOD_HANDLE: u8 = 15;
    pub const METHOD_TYPE: u8 = 16;
    pub const DYNAMIC: u8 = 17;
    pub const INVOKE_DYNAMIC: u8 = 18;
    pub const MODULE: u8 = 19;
    pub const PACKAGE: u8 = 20;
}

/// Method-handle reference kinds (JVMS table 5.4.3.5-A).
pub mod ref_kind {
    pub const GET_FIELD: u8 = 1;
    pub const GET_STATIC: u8 = 2;
    pub const PUT_FIELD: u8 = 3;
    pub const PUT_STATIC: u8 = 4;
    pub const INVOKE_VIRTUAL: u8 = 5;
    pub const INVOKE_STATIC: u8 = 6;
    pub const INVOKE_SPECIAL: u8 = 7;
    pub const NEW_INVOKE_SPECIAL: u8 = 8;
    pub const INVOKE_INTERFACE: u8 = 9;
}

/// A resolved field or method reference.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MemberRef {
    /// Internal name of the owning class, e.g. `java/lang/String`.
    pub class: String,
    pub name: String,
    pub descriptor: String,
    /// True for `CONSTANT_InterfaceMethodref`.
    pub interface: bool,
}

/// A resolved `CONSTANT_MethodHandle` (JVMS §4.4.8).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MethodHandle {
    /// One of the [`ref_kind`] constants.
    pub kind: u8,
    pub member: MemberRef,
}

/// One constant-pool entry with every reference resolved.
#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    Utf8(String),
    Integer(i32),
    Float(f32),
    Long(i64),
    Double(f64),
    /// A class or array type by internal name (`java/lang/Object`, `[I`).
    Class(String),
    /// A string literal; see [`ConstantPool::string_utf16`] for exact text.
    String(String),
    FieldRef(MemberRef),
    MethodRef(MemberRef),
    InterfaceMethodRef(MemberRef),
    NameAndType { name: String, descriptor: String },
    MethodHandle(MethodHandle),
    /// A method descriptor.
    MethodType(String),
    Dynamic { bootstrap: u16, name: String, descriptor: String },
    InvokeDynamic { bootstrap: u16, name: String, descriptor: String },
    Module(String),
    Package(String),
    /// Slot 0 and the slot after each `Long`/`Double`.
    Unusable,
}

impl Constant {
    fn kind_name(&self) -> &'static str {
        match self {
            Constant::Utf8(_) => "Utf8",
            Constant::Integer(_) => "Integer",
            Constant::Float(_) => "Float",
            Constant::Long(_) => "Long",
            Constant::Double(_) => "Double",
            Constant::Class(_) => "Class",
            Constant::String(_) => "String",
            Constant::FieldRef(_) => "Fieldref",
            Constant::MethodRef(_) => "Methodref",
            Constant::InterfaceMethodRef(_) => "InterfaceMethodref",
            Constant::NameAndType { .. } => "NameAndType",
            Constant::MethodHandle(_) => "MethodHandle",
            Constant::MethodType(_) => "MethodType",
            Constant::Dynamic { .. } => "Dynamic",
            Constant::InvokeDynamic { .. } => "InvokeDynamic",
            Constant::Module(_) => "Module",
            Constant::Package(_) => "Package",
            Constant::Unusable => "unusable slot",
        }
    }
}

/// A parsed constant pool, indexed from 1 like the JVM's.
#[derive(Debug, Clone)]
pub struct ConstantPool {
    entries: Vec<Constant>,
    /// File offset of each entry's tag, for error messages.
    offsets: Vec<usize>,
    /// Exact UTF-16 of `Utf8`/`String` entries whose text has unpaired
    /// surrogates and so is not exactly representable as a Rust `String`.
    exact_utf16: HashMap<u16, Vec<u16>>,
    file: String,
}

impl ConstantPool {
    /// A pool with no entries, for a class made by the runtime.
    pub fn empty(file: &str) -> ConstantPool {
        ConstantPool { entries: vec![Constant::Unusable], offsets: vec![0], exact_utf16: HashMap::new(), file: file.to_string() }
    }

    /// Number of slots including slot 0 (`constant_pool_count`).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True only for a pool with no usable entries.
    pub fn is_empty(&self) -> bool {
        self.entries.len() <= 1
    }

    /// All slots, including unusable ones, with their indices.
    pub fn iter(&self) -> impl Iterator<Item = (u16, &Constant)> {
        (0u16..).zip(self.entries.iter())
    }

    fn error(&self, idx: u16, reason: String) -> Error {
        // Out-of-range indices are blamed on `constant_pool_count` (byte 8).
        let offset = self.offsets.get(usize::from(idx)).copied().unwrap_or(8);
        Error::ClassFormat { file: self.file.clone(), offset, reason }
    }

    fn wrong_kind(&self, idx: u16, want: &str, got: &Constant) -> Error {
        self.error(idx, format!("constant #{idx} is a {}, expected {want}", got.kind_name()))
    }

    /// The entry at `idx`; slot 0, unusable slots and out-of-range indices
    /// are errors.
    pub fn get(&self, idx: u16) -> Result<&Constant> {
        match self.entries.get(usize::from(idx)) {
            Some(Constant::Unusable) => Err(self.error(idx, format!("constant #{idx} is an unusable slot"))),
            Some(c) => Ok(c),
            None => Err(self.error(idx, format!("constant index #{idx} out of range (pool has {})", self.entries.len()))),
        }
    }

    /// The text of a `CONSTANT_Utf8`.
    pub fn utf8(&self, idx: u16) -> Result<&str> {
        match self.get(idx)? {
            Constant::Utf8(s) => Ok(s),
            c => Err(self.wrong_kind(idx, "Utf8", c)),
        }
    }

    /// The internal name of a `CONSTANT_Class`.
    pub fn class_name(&self, idx: u16) -> Result<&str> {
        match self.get(idx)? {
            Constant::Class(s) => Ok(s),
            c => Err(self.wrong_kind(idx, "Class", c)),
        }
    }

    /// A `Fieldref`, `Methodref` or `InterfaceMethodref`.
    pub fn member_ref(&self, idx: u16) -> Result<MemberRef> {
        match self.get(idx)? {
            Constant::FieldRef(m) | Constant::MethodRef(m) | Constant::InterfaceMethodRef(m) => Ok(m.clone()),
            c => Err(self.wrong_kind(idx, "field or method reference", c)),
        }
    }

    /// `(name, descriptor)` of a `CONSTANT_NameAndType`.
    pub fn name_and_type(&self, idx: u16) -> Result<(String, String)> {
        match self.get(idx)? {
            Constant::NameAndType { name, descriptor } => Ok((name.clone(), descriptor.clone())),
            c => Err(self.wrong_kind(idx, "NameAndType", c)),
        }
    }

    /// `(bootstrap method index, name, descriptor)` of a
    /// `CONSTANT_InvokeDynamic`.
    pub fn invoke_dynamic(&self, idx: u16) -> Result<(u16, String, String)> {
        match self.get(idx)? {
            Constant::InvokeDynamic { bootstrap, name, descriptor } => Ok((*bootstrap, name.clone(), descriptor.clone())),
            c => Err(self.wrong_kind(idx, "InvokeDynamic", c)),
        }
    }

    /// A constant that `ldc`/`ldc_w`/`ldc2_w` or a bootstrap argument may
    /// name (JVMS §4.4, "loadable").
    pub fn loadable(&self, idx: u16) -> Result<Constant> {
        match self.get(idx)? {
            c @ (Constant::Integer(_)
            | Constant::Float(_)
            | Constant::Long(_)
            | Constant::Double(_)
            | Constant::Class(_)
            | Constant::String(_)
            | Constant::MethodHandle(_)
            | Constant::MethodType(_)
            | Constant::Dynamic { .. }) => Ok(c.clone()),
            c => Err(self.wrong_kind(idx, "loadable constant", c)),
        }
    }

    /// The exact UTF-16 code units of a `String` (or `Utf8`) constant,
    /// including unpaired surrogates that the `String` form shows as U+FFFD.
    pub fn string_utf16(&self, idx: u16) -> Result<Vec<u16>> {
        if let Some(units) = self.exact_utf16.get(&idx) {
            return Ok(units.clone());
        }
        match self.get(idx)? {
            Constant::String(s) | Constant::Utf8(s) => Ok(s.encode_utf16().collect()),
            c => Err(self.wrong_kind(idx, "String", c)),
        }
    }
}

/// Decodes modified UTF-8 (JVMS §4.4.7) to UTF-16 code units. `C0 80`
/// encodes NUL and supplementary characters arrive as two 3-byte encoded
/// surrogates, so the result maps one-to-one onto Java `char`s. On failure
/// returns the offset of the first bad byte.
pub fn modified_utf8_to_utf16(bytes: &[u8]) -> Result<Vec<u16>, usize> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    let cont = |j: usize| match bytes.get(j) {
        Some(&b) if b & 0xC0 == 0x80 => Ok(u16::from(b & 0x3F)),
        _ => Err(j),
    };
    while let Some(&b) = bytes.get(i) {
        match b {
            0x01..=0x7F => {
                out.push(u16::from(b));
                i += 1;
            }
            0xC0..=0xDF => {
                out.push(u16::from(b & 0x1F) << 6 | cont(i + 1)?);
                i += 2;
            }
            0xE0..=0xEF => {
                out.push(u16::from(b & 0x0F) << 12 | cont(i + 1)? << 6 | cont(i + 2)?);
                i += 3;
            }
            // 0x00, stray continuation bytes and 4-byte forms are illegal.
            _ => return Err(i),
        }
    }
    Ok(out)
}

/// Decodes modified UTF-8 to a `String`, replacing unpaired surrogates with
/// U+FFFD. The flag is true when the text was exact (no replacement).
pub fn modified_utf8_to_string(bytes: &[u8]) -> Result<(String, bool), usize> {
    // Fast path: plain ASCII without NUL is identical in both encodings.
    if bytes.iter().all(|&b| (0x01..0x80).contains(&b)) {
        return Ok((bytes.iter().map(|&b| char::from(b)).collect(), true));
    }
    let units = modified_utf8_to_utf16(bytes)?;
    Ok(match String::from_utf16(&units) {
        Ok(s) => (s, true),
        Err(_) => (String::from_utf16_lossy(&units), false),
    })
}

/// A constant-pool entry before its references are resolved.
#[derive(Debug, Clone, Copy)]
enum Raw<'a> {
    Utf8(&'a [u8]),
    Integer(i32),
    Float(f32),
    Long(i64),
    Double(f64),
    Class(u16),
    String(u16),
    Member(u8, u16, u16),
    NameAndType(u16, u16),
    MethodHandle(u8, u16),
    MethodType(u16),
    Dynamic(u8, u16, u16),
    Module(u8, u16),
    Unusable,
}

/// Reads and resolves the pool that starts at the reader's position.
pub(crate) fn parse(r: &mut Reader<'_>) -> Result<ConstantPool> {
    let count_offset = r.offset();
    let count = usize::from(r.u2()?);
    if count == 0 {
        return Err(r.error_at(count_offset, "constant_pool_count is 0"));
    }
    // The smallest entry (an empty Utf8) is 3 bytes.
    r.table(count - 1, 3, "constant pool")?;
    let mut raw = Vec::with_capacity(count);
    let mut offsets = Vec::with_capacity(count);
    raw.push(Raw::Unusable);
    offsets.push(count_offset);
    while raw.len() < count {
        let offset = r.offset();
        let t = r.u1()?;
        let entry = match t {
            tag::UTF8 => {
                let len = usize::from(r.u2()?);
                Raw::Utf8(r.bytes(len)?)
            }
            tag::INTEGER => Raw::Integer(r.u4()? as i32),
            tag::FLOAT => Raw::Float(f32::from_bits(r.u4()?)),
            tag::LONG => Raw::Long(r.u8()? as i64),
            tag::DOUBLE => Raw::Double(f64::from_bits(r.u8()?)),
            tag::CLASS => Raw::Class(r.u2()?),
            tag::STRING => Raw::String(r.u2()?),
            tag::FIELDREF | tag::METHODREF | tag::INTERFACE_METHODREF => Raw::Member(t, r.u2()?, r.u2()?),
            tag::NAME_AND_TYPE => Raw::NameAndType(r.u2()?, r.u2()?),
            tag::METHOD_HANDLE => Raw::MethodHandle(r.u1()?, r.u2()?),
            tag::METHOD_TYPE => Raw::MethodType(r.u2()?),
            tag::DYNAMIC | tag::INVOKE_DYNAMIC => Raw::Dynamic(t, r.u2()?, r.u2()?),
            tag::MODULE | tag::PACKAGE => Raw::Module(t, r.u2()?),
            _ => return Err(r.error_at(offset, format!("constant #{} has unknown tag {t}", raw.len()))),
        };
        raw.push(entry);
        offsets.push(offset);
        // JVMS §4.4.5: 8-byte constants take two slots.
        if matches!(entry, Raw::Long(_) | Raw::Double(_)) {
            if raw.len() >= count {
                return Err(r.error_at(offset, "8-byte constant in the last pool slot"));
            }
            raw.push(Raw::Unusable);
            offsets.push(offset);
        }
    }

    let mut res = Resolver { raw: &raw, offsets: &offsets, file: r.file(), text: Vec::with_capacity(count) };
    let mut exact_utf16 = HashMap::new();
    for (i, (entry, &offset)) in raw.iter().zip(&offsets).enumerate() {
        let text = match entry {
            Raw::Utf8(bytes) => {
                let (s, exact) = modified_utf8_to_string(bytes)
                    .map_err(|bad| res.error(offset + 3 + bad, format!("constant #{i} is not valid modified UTF-8")))?;
                if !exact {
                    let units = modified_utf8_to_utf16(bytes).map_err(|bad| res.error(offset + 3 + bad, "bad UTF-8".into()))?;
                    exact_utf16.insert(i as u16, units);
                }
                Some(s)
            }
            _ => None,
        };
        res.text.push(text);
    }
    let mut entries = Vec::with_capacity(count);
    for (i, entry) in raw.iter().enumerate() {
        let i = i as u16; // count is a u2, so every index fits
        entries.push(res.resolve(i)?);
        if let Raw::String(u) = entry {
            if let Some(units) = exact_utf16.get(u).cloned() {
                exact_utf16.insert(i, units);
            }
        }
    }
    Ok(ConstantPool { entries, offsets, exact_utf16, file: r.file().to_string() })
}

/// Resolves raw entries; every error is reported at the referring entry.
struct Resolver<'r, 'a> {
    raw: &'r [Raw<'a>],
    offsets: &'r [usize],
    file: &'r str,
    /// Decoded text of each `Utf8` entry.
    text: Vec<Option<String>>,
}

impl Resolver<'_, '_> {
    fn error(&self, offset: usize, reason: String) -> Error {
        Error::ClassFormat { file: self.file.to_string(), offset, reason }
    }

    fn raw(&self, at: u16, idx: u16) -> Result<Raw<'_>> {
        match self.raw.get(usize::from(idx)) {
            Some(Raw::Unusable) | None => Err(self.bad_ref(at, idx, "a usable entry")),
            Some(r) => Ok(*r),
        }
    }

    fn bad_ref(&self, at: u16, idx: u16, want: &str) -> Error {
        let offset = self.offsets.get(usize::from(at)).copied().unwrap_or(0);
        self.error(offset, format!("constant #{at} refers to #{idx}, which is not {want}"))
    }

    fn utf8(&self, at: u16, idx: u16) -> Result<String> {
        match self.text.get(usize::from(idx)) {
            Some(Some(s)) => Ok(s.clone()),
            _ => Err(self.bad_ref(at, idx, "a Utf8")),
        }
    }

    fn class(&self, at: u16, idx: u16) -> Result<String> {
        match self.raw(at, idx)? {
            Raw::Class(n) => self.utf8(idx, n),
            _ => Err(self.bad_ref(at, idx, "a Class")),
        }
    }

    fn name_and_type(&self, at: u16, idx: u16) -> Result<(String, String)> {
        match self.raw(at, idx)? {
            Raw::NameAndType(n, d) => Ok((self.utf8(idx, n)?, self.utf8(idx, d)?)),
            _ => Err(self.bad_ref(at, idx, "a NameAndType")),
        }
    }

    /// Checks a descriptor found in entry `at`: a method descriptor if
    /// `method`, else a field descriptor.
    fn check_descriptor(&self, at: u16, desc: &str, method: bool) -> Result<()> {
        let ok = if method { parse_method(desc).is_ok() } else { parse_field(desc).is_ok() };
        if ok {
            Ok(())
        } else {
            let offset = self.offsets.get(usize::from(at)).copied().unwrap_or(0);
            let kind = if method { "method" } else { "field" };
            Err(self.error(offset, format!("constant #{at} has malformed {kind} descriptor {desc:?}")))
        }
    }

    fn member(&self, at: u16, idx: u16) -> Result<(u8, MemberRef)> {
        let Raw::Member(t, class, nat) = self.raw(at, idx)? else {
            return Err(self.bad_ref(at, idx, "a field or method reference"));
        };
        let class = self.class(idx, class)?;
        let (name, descriptor) = self.name_and_type(idx, nat)?;
        self.check_descriptor(idx, &descriptor, t != tag::FIELDREF)?;
        Ok((t, MemberRef { class, name, descriptor, interface: t == tag::INTERFACE_METHODREF }))
    }

    fn resolve(&self, i: u16) -> Result<Constant> {
        let Some(entry) = self.raw.get(usize::from(i)) else {
            return Err(self.bad_ref(i, i, "in range"));
        };
        Ok(match *entry {
            Raw::Unusable => Constant::Unusable,
            Raw::Utf8(_) => Constant::Utf8(self.utf8(i, i)?),
            Raw::Integer(v) => Constant::Integer(v),
            Raw::Float(v) => Constant::Float(v),
            Raw::Long(v) => Constant::Long(v),
            Raw::Double(v) => Constant::Double(v),
            Raw::Class(n) => Constant::Class(self.utf8(i, n)?),
            Raw::String(n) => Constant::String(self.utf8(i, n)?),
            Raw::Member(..) => match self.member(i, i)? {
                (tag::FIELDREF, m) => Constant::FieldRef(m),
                (tag::METHODREF, m) => Constant::MethodRef(m),
                (_, m) => Constant::InterfaceMethodRef(m),
            },
            Raw::NameAndType(..) => {
                let (name, descriptor) = self.name_and_type(i, i)?;
                let method = descriptor.starts_with('(');
                self.check_descriptor(i, &descriptor, method)?;
                Constant::NameAndType { name, descriptor }
            }
            Raw::MethodHandle(kind, target) => {
                let (t, member) = self.member(i, target)?;
                // JVMS §4.4.8: the kind decides what the reference may be.
                let ok = match kind {
                    ref_kind::GET_FIELD..=ref_kind::PUT_STATIC => t == tag::FIELDREF,
                    ref_kind::INVOKE_VIRTUAL | ref_kind::NEW_INVOKE_SPECIAL => t == tag::METHODREF,
                    ref_kind::INVOKE_STATIC | ref_kind::INVOKE_SPECIAL => t != tag::FIELDREF,
                    ref_kind::INVOKE_INTERFACE => t == tag::INTERFACE_METHODREF,
                    _ => false,
                };
                if !ok {
                    return Err(self.bad_ref(i, target, &format!("a valid target for reference kind {kind}")));
                }
                Constant::MethodHandle(MethodHandle { kind, member })
            }
            Raw::MethodType(d) => {
                let desc = self.utf8(i, d)?;
                self.check_descriptor(i, &desc, true)?;
                Constant::MethodType(desc)
            }
            Raw::Dynamic(t, bootstrap, nat) => {
                let (name, descriptor) = self.name_and_type(i, nat)?;
                let method = t == tag::INVOKE_DYNAMIC;
                self.check_descriptor(i, &descriptor, method)?;
                if method {
                    Constant::InvokeDynamic { bootstrap, name, descriptor }
                } else {
                    Constant::Dynamic { bootstrap, name, descriptor }
                }
            }
            Raw::Module(t, n) => {
                let name = self.utf8(i, n)?;
                if t == tag::MODULE {
                    Constant::Module(name)
                } else {
                    Constant::Package(name)
                }
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modified_utf8() {
        assert_eq!(modified_utf8_to_utf16(b"ab"), Ok(vec![0x61, 0x62]));
        // NUL as C0 80, U+00E9, and U+1F600 as a surrogate pair.
        let bytes = [0xC0, 0x80, 0xC3, 0xA9, 0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80];
        assert_eq!(modified_utf8_to_utf16(&bytes), Ok(vec![0, 0xE9, 0xD83D, 0xDE00]));
        assert_eq!(modified_utf8_to_string(&bytes), Ok(("\0\u{e9}\u{1F600}".to_string(), true)));
        // A lone high surrogate.
        assert_eq!(modified_utf8_to_string(&[0x41, 0xED, 0xA0, 0xBD]), Ok(("A\u{FFFD}".to_string(), false)));
        assert_eq!(modified_utf8_to_utf16(&[0x41, 0x00]), Err(1));
        assert_eq!(modified_utf8_to_utf16(&[0xE0, 0x80]), Err(2));
        assert_eq!(modified_utf8_to_utf16(&[0xF0, 0x9F, 0x98, 0x80]), Err(0));
    }
}
