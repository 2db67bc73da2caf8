//! Signature blobs (ECMA-335 §II.23.2): method, field, property, local
//! variable, type-spec and method-spec signatures, parsed into [`SigType`]
//! trees. Counts are checked against the remaining bytes before anything is
//! allocated and nesting is capped, so hostile blobs fail with an error.

use super::heaps::{decompress_i32, decompress_u32};
use super::tables::TypeDefOrRef;
use crate::{Error, Result};

/// Deepest type nesting accepted (`int[][]...`, generic arguments, ...).
const MAX_DEPTH: u32 = 64;
/// Largest array rank accepted (the CLR's own limit is 32).
const MAX_RANK: u32 = 32;

/// A type in a signature (§II.23.2.12, element types in §II.23.1.16).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SigType {
    Void,
    Bool,
    Char,
    I1,
    U1,
    I2,
    U2,
    I4,
    U4,
    I8,
    U8,
    R4,
    R8,
    I,
    U,
    String,
    Object,
    TypedRef,
    Class(TypeDefOrRef),
    ValueType(TypeDefOrRef),
    SzArray(Box<SigType>),
    /// A general array (§II.23.2.13): `sizes` and `lo_bounds` may be
    /// shorter than `rank`.
    Array { elem: Box<SigType>, rank: u32, sizes: Vec<u32>, lo_bounds: Vec<i32> },
    Ptr(Box<SigType>),
    ByRef(Box<SigType>),
    /// `GENERICINST (CLASS | VALUETYPE) type argcount args...`.
    GenericInst { value_type: bool, generic: TypeDefOrRef, args: Vec<SigType> },
    /// A type's generic parameter `!n`.
    Var(u32),
    /// A method's generic parameter `!!n`.
    MVar(u32),
    FnPtr(Box<MethodSig>),
    /// `modreq(modifier) ty`.
    CModReq { modifier: TypeDefOrRef, ty: Box<SigType> },
    /// `modopt(modifier) ty`.
    CModOpt { modifier: TypeDefOrRef, ty: Box<SigType> },
    /// A pinned local (§II.23.2.6).
    Pinned(Box<SigType>),
}

/// The calling-convention kind in the low nibble of the first byte
/// (§II.23.2.1–§II.23.2.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CallKind {
    Default,
    C,
    StdCall,
    ThisCall,
    FastCall,
    VarArg,
}

/// A method signature: MethodDefSig, MethodRefSig, StandAloneMethodSig or
/// the signature of a function pointer.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MethodSig {
    pub has_this: bool,
    pub explicit_this: bool,
    pub kind: CallKind,
    /// Number of method generic parameters (0 unless `GENERIC`).
    pub generic_params: u32,
    pub ret: SigType,
    pub params: Vec<SigType>,
    /// For vararg call sites: the index in `params` where the `SENTINEL`
    /// stood, i.e. where the variable arguments start.
    pub sentinel: Option<usize>,
}

/// A property signature (§II.23.2.5).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PropertySig {
    pub has_this: bool,
    pub ty: SigType,
    pub params: Vec<SigType>,
}

/// A signature from a `StandAloneSig` row: locals or an indirect call site.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum StandAloneSig {
    Locals(Vec<SigType>),
    Method(MethodSig),
}

/// A `MemberRef` signature: a method or a field.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MemberSig {
    Method(MethodSig),
    Field(SigType),
}

const HASTHIS: u8 = 0x20;
const EXPLICITTHIS: u8 = 0x40;
const GENERIC: u8 = 0x10;
const FIELD: u8 = 0x06;
const LOCAL_SIG: u8 = 0x07;
const PROPERTY: u8 = 0x08;
const GENERICINST: u8 = 0x0a;

struct SigReader<'a> {
    b: &'a [u8],
    pos: usize,
    file: &'a str,
}

impl SigReader<'_> {
    fn error(&self, reason: impl std::fmt::Display) -> Error {
        Error::Metadata {
            file: self.file.to_string(),
            table: None,
            row: None,
            reason: format!("signature byte {}: {reason}", self.pos),
        }
    }

    fn remaining(&self) -> usize {
        self.b.len().saturating_sub(self.pos)
    }

    fn u8(&mut self) -> Result<u8> {
        let v = *self.b.get(self.pos).ok_or_else(|| self.error("unexpected end"))?;
        self.pos += 1;
        Ok(v)
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.pos).copied()
    }

    fn compressed(&mut self) -> Result<u32> {
        let (v, n) = decompress_u32(self.b.get(self.pos..).unwrap_or_default())
            .ok_or_else(|| self.error("bad compressed integer"))?;
        self.pos += n;
        Ok(v)
    }

    fn compressed_signed(&mut self) -> Result<i32> {
        let (v, n) = decompress_i32(self.b.get(self.pos..).unwrap_or_default())
            .ok_or_else(|| self.error("bad compressed integer"))?;
        self.pos += n;
        Ok(v)
    }

    /// A count of items that each take at least one byte.
    fn count(&mut self) -> Result<usize> {
        let n = self.compressed()? as usize;
        if n > self.remaining() {
            return Err(self.error(format!("count {n} exceeds the {} bytes left", self.remaining())));
        }
        Ok(n)
    }

    /// `TypeDefOrRefOrSpecEncoded` (§II.23.2.8).
    fn type_token(&mut self) -> Result<TypeDefOrRef> {
        let v = self.compressed()?;
        let row = v >> 2;
        let t = match v & 3 {
            0 => TypeDefOrRef::TypeDef(row),
            1 => TypeDefOrRef::TypeRef(row),
            2 => TypeDefOrRef::TypeSpec(row),
            _ => return Err(self.error(format!("bad TypeDefOrRefOrSpecEncoded {v:#x}"))),
        };
        if row == 0 {
            return Err(self.error("null type reference"));
        }
        Ok(t)
    }

    fn boxed(&mut self, depth: u32) -> Result<Box<SigType>> {
        self.ty(depth + 1).map(Box::new)
    }

    fn ty(&mut self, depth: u32) -> Result<SigType> {
        if depth > MAX_DEPTH {
            return Err(self.error("type nesting too deep"));
        }
        let b = self.u8()?;
        Ok(match b {
            0x01 => SigType::Void,
            0x02 => SigType::Bool,
            0x03 => SigType::Char,
            0x04 => SigType::I1,
            0x05 => SigType::U1,
            0x06 => SigType::I2,
            0x07 => SigType::U2,
            0x08 => SigType::I4,
            0x09 => SigType::U4,
            0x0a => SigType::I8,
            0x0b => SigType::U8,
            0x0c => SigType::R4,
            0x0d => SigType::R8,
            0x0e => SigType::String,
            0x0f => SigType::Ptr(self.boxed(depth)?),
            0x10 => SigType::ByRef(self.boxed(depth)?),
            0x11 => SigType::ValueType(self.type_token()?),
            0x12 => SigType::Class(self.type_token()?),
            0x13 => SigType::Var(self.compressed()?),
            0x14 => {
                let elem = self.boxed(depth)?;
                let rank = self.compressed()?;
                if rank == 0 || rank > MAX_RANK {
                    return Err(self.error(format!("array rank {rank}")));
                }
                let n = self.count()?;
                let sizes = (0..n).map(|_| self.compressed()).collect::<Result<Vec<_>>>()?;
                let n = self.count()?;
                let lo_bounds = (0..n).map(|_| self.compressed_signed()).collect::<Result<Vec<_>>>()?;
                if sizes.len() > rank as usize || lo_bounds.len() > rank as usize {
                    return Err(self.error("more array bounds than dimensions"));
                }
                SigType::Array { elem, rank, sizes, lo_bounds }
            }
            0x15 => {
                let value_type = match self.u8()? {
                    0x11 => true,
                    0x12 => false,
                    other => return Err(self.error(format!("GENERICINST of element type {other:#x}"))),
                };
                let generic = self.type_token()?;
                let n = self.count()?;
                if n == 0 {
                    return Err(self.error("generic instantiation without arguments"));
                }
                let args = (0..n).map(|_| self.ty(depth + 1)).collect::<Result<Vec<_>>>()?;
                SigType::GenericInst { value_type, generic, args }
            }
            0x16 => SigType::TypedRef,
            0x18 => SigType::I,
            0x19 => SigType::U,
            0x1b => SigType::FnPtr(Box::new(self.method(depth + 1)?)),
            0x1c => SigType::Object,
            0x1d => SigType::SzArray(self.boxed(depth)?),
            0x1e => SigType::MVar(self.compressed()?),
            0x1f => SigType::CModReq { modifier: self.type_token()?, ty: self.boxed(depth)? },
            0x20 => SigType::CModOpt { modifier: self.type_token()?, ty: self.boxed(depth)? },
            0x45 => SigType::Pinned(self.boxed(depth)?),
            other => return Err(self.error(format!("unknown element type {other:#x}"))),
        })
    }

    /// MethodDefSig / MethodRefSig / StandAloneMethodSig (§II.23.2.1–3).
    fn method(&mut self, depth: u32) -> Result<MethodSig> {
        let conv = self.u8()?;
        let kind = match conv & 0x0f {
            0 => CallKind::Default,
            1 => CallKind::C,
            2 => CallKind::StdCall,
            3 => CallKind::ThisCall,
            4 => CallKind::FastCall,
            5 => CallKind::VarArg,
            other => return Err(self.error(format!("calling convention {other:#x} is not a method's"))),
        };
        if conv & 0x80 != 0 {
            return Err(self.error(format!("reserved calling-convention bit in {conv:#x}")));
        }
        let generic_params = if conv & GENERIC != 0 { self.compressed()? } else { 0 };
        let n = self.count()?;
        let ret = self.ty(depth)?;
        let mut params = Vec::with_capacity(n);
        let mut sentinel = None;
        while params.len() < n {
            if self.peek() == Some(0x41) {
                if sentinel.is_some() || kind != CallKind::VarArg && kind != CallKind::C {
                    return Err(self.error("unexpected SENTINEL"));
                }
                self.pos += 1;
                sentinel = Some(params.len());
                continue;
            }
            params.push(self.ty(depth)?);
        }
        Ok(MethodSig {
            has_this: conv & HASTHIS != 0,
            explicit_this: conv & EXPLICITTHIS != 0,
            kind,
            generic_params,
            ret,
            params,
            sentinel,
        })
    }

    fn finish<T>(&self, v: T) -> Result<T> {
        if self.remaining() != 0 {
            return Err(self.error(format!("{} trailing bytes", self.remaining())));
        }
        Ok(v)
    }
}

fn reader<'a>(b: &'a [u8], file: &'a str) -> SigReader<'a> {
    SigReader { b, pos: 0, file }
}

/// Parses a MethodDefSig or MethodRefSig (§II.23.2.1, §II.23.2.2).
pub fn parse_method(b: &[u8], file: &str) -> Result<MethodSig> {
    let mut r = reader(b, file);
    let m = r.method(0)?;
    r.finish(m)
}

/// Parses a FieldSig (§II.23.2.4).
pub fn parse_field(b: &[u8], file: &str) -> Result<SigType> {
    let mut r = reader(b, file);
    if r.u8()? & 0x0f != FIELD {
        return Err(r.error("not a field signature"));
    }
    let t = r.ty(0)?;
    r.finish(t)
}

/// Parses a MemberRef signature, which is a method's or a field's.
pub fn parse_member(b: &[u8], file: &str) -> Result<MemberSig> {
    match b.first() {
        Some(c) if c & 0x0f == FIELD => parse_field(b, file).map(MemberSig::Field),
        _ => parse_method(b, file).map(MemberSig::Method),
    }
}

/// Parses a PropertySig (§II.23.2.5).
pub fn parse_property(b: &[u8], file: &str) -> Result<PropertySig> {
    let mut r = reader(b, file);
    let conv = r.u8()?;
    if conv & 0x0f != PROPERTY {
        return Err(r.error("not a property signature"));
    }
    let n = r.count()?;
    let ty = r.ty(0)?;
    let params = (0..n).map(|_| r.ty(0)).collect::<Result<Vec<_>>>()?;
    r.finish(PropertySig { has_this: conv & HASTHIS != 0, ty, params })
}

/// Parses a LocalVarSig (§II.23.2.6).
pub fn parse_locals(b: &[u8], file: &str) -> Result<Vec<SigType>> {
    let mut r = reader(b, file);
    if r.u8()? != LOCAL_SIG {
        return Err(r.error("not a local variable signature"));
    }
    let n = r.count()?;
    let locals = (0..n).map(|_| r.ty(0)).collect::<Result<Vec<_>>>()?;
    r.finish(locals)
}

/// Parses the signature of a `StandAloneSig` row.
pub fn parse_standalone(b: &[u8], file: &str) -> Result<StandAloneSig> {
    match b.first() {
        Some(&LOCAL_SIG) => parse_locals(b, file).map(StandAloneSig::Locals),
        _ => parse_method(b, file).map(StandAloneSig::Method),
    }
}

/// Parses a TypeSpec blob (§II.23.2.14).
pub fn parse_type_spec(b: &[u8], file: &str) -> Result<SigType> {
    let mut r = reader(b, file);
    let t = r.ty(0)?;
    r.finish(t)
}

/// Parses a MethodSpec instantiation (§II.23.2.15) into its type arguments.
pub fn parse_method_spec(b: &[u8], file: &str) -> Result<Vec<SigType>> {
    let mut r = reader(b, file);
    if r.u8()? != GENERICINST {
        return Err(r.error("not a method instantiation"));
    }
    let n = r.count()?;
    let args = (0..n).map(|_| r.ty(0)).collect::<Result<Vec<_>>>()?;
    r.finish(args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn method_signatures() -> Result<()> {
        // instance string (int32, !!0[]) with one generic parameter
        let m = parse_method(&[0x30, 1, 2, 0x0e, 0x08, 0x1d, 0x1e, 0], "t")?;
        assert!(m.has_this);
        assert_eq!(m.generic_params, 1);
        assert_eq!(m.ret, SigType::String);
        assert_eq!(m.params, vec![SigType::I4, SigType::SzArray(Box::new(SigType::MVar(0)))]);
        // vararg call site: void (int32, ..., float64)
        let m = parse_method(&[0x05, 2, 0x01, 0x08, 0x41, 0x0d], "t")?;
        assert_eq!(m.sentinel, Some(1));
        assert_eq!(m.params.len(), 2);
        Ok(())
    }

    #[test]
    fn type_specs_and_arrays() -> Result<()> {
        // class List`1<valuetype T> with TypeRef 2 and TypeDef 1
        let t = parse_type_spec(&[0x15, 0x12, 0x09, 1, 0x11, 0x04], "t")?;
        assert_eq!(
            t,
            SigType::GenericInst {
                value_type: false,
                generic: TypeDefOrRef::TypeRef(2),
                args: vec![SigType::ValueType(TypeDefOrRef::TypeDef(1))],
            }
        );
        // int32[0...2, 0...] : rank 2, one size, two lo bounds
        let t = parse_type_spec(&[0x14, 0x08, 2, 1, 3, 2, 0, 0], "t")?;
        assert!(matches!(t, SigType::Array { rank: 2, ref sizes, ref lo_bounds, .. } if sizes == &[3] && lo_bounds == &[0, 0]));
        Ok(())
    }

    #[test]
    fn hostile_blobs_fail_cleanly() {
        assert!(parse_type_spec(&[], "t").is_err());
        assert!(parse_type_spec(&[0x1d; 200], "t").is_err());
        assert!(parse_method(&[0x00, 0xdf, 0xff, 0xff, 0xff, 0x01], "t").is_err());
        assert!(parse_type_spec(&[0x12, 0x00], "t").is_err());
        assert!(parse_locals(&[0x07, 1, 0x08, 0x08], "t").is_err());
        assert!(parse_field(&[0x06, 0x99], "t").is_err());
    }
}
