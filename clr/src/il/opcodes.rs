//! The CIL instruction set (ECMA-335 Partition III §2–§4): one [`Insn`]
//! variant per instruction family, with short forms (`ldarg.0`, `br.s`,
//! `ldc.i4.3`) folded into their general form and operands decoded.

use crate::metadata::tables::Token;

/// The operand type of `ldind`/`stind`/`ldelem`/`stelem`/`conv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NumKind {
    I1,
    U1,
    I2,
    U2,
    I4,
    U4,
    I8,
    U8,
    I,
    U,
    R4,
    R8,
    Ref,
}

/// Binary arithmetic and bitwise operations (Partition III §3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    AddOvf,
    AddOvfUn,
    Sub,
    SubOvf,
    SubOvfUn,
    Mul,
    MulOvf,
    MulOvfUn,
    Div,
    DivUn,
    Rem,
    RemUn,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    ShrUn,
}

/// `ceq`, `cgt`, `cgt.un`, `clt`, `clt.un`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Eq,
    Gt,
    GtUn,
    Lt,
    LtUn,
}

/// Condition of a two-operand branch (`beq` ... `blt.un`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cond {
    Eq,
    Ge,
    Gt,
    Le,
    Lt,
    NeUn,
    GeUn,
    GtUn,
    LeUn,
    LtUn,
}

/// One decoded instruction. Branch targets are absolute IL offsets; token
/// operands are not yet checked against the metadata.
#[derive(Debug, Clone, PartialEq)]
pub enum Insn {
    Nop,
    Break,
    LdArg(u16),
    LdArgA(u16),
    StArg(u16),
    LdLoc(u16),
    LdLocA(u16),
    StLoc(u16),
    LdNull,
    LdcI4(i32),
    LdcI8(i64),
    LdcR4(f32),
    LdcR8(f64),
    Dup,
    Pop,
    Jmp(Token),
    Call(Token),
    CallI(Token),
    Ret,
    Br(u32),
    BrFalse(u32),
    BrTrue(u32),
    /// `beq` ... `blt.un` (short and long forms).
    BrCmp(Cond, u32),
    Switch(Vec<u32>),
    LdInd(NumKind),
    StInd(NumKind),
    Binary(BinOp),
    Neg,
    Not,
    /// `conv.<to>`, `conv.ovf.<to>`, `conv.ovf.<to>.un`.
    Conv { to: NumKind, ovf: bool, un: bool },
    ConvRUn,
    CallVirt(Token),
    CpObj(Token),
    LdObj(Token),
    /// The operand is a `#US` token (table byte 0x70).
    LdStr(Token),
    NewObj(Token),
    CastClass(Token),
    IsInst(Token),
    Unbox(Token),
    Throw,
    LdFld(Token),
    LdFldA(Token),
    StFld(Token),
    LdsFld(Token),
    LdsFldA(Token),
    StsFld(Token),
    StObj(Token),
    Box(Token),
    NewArr(Token),
    LdLen,
    LdElemA(Token),
    /// `ldelem.<kind>`.
    LdElem(NumKind),
    /// `stelem.<kind>`.
    StElem(NumKind),
    /// `ldelem <token>`.
    LdElemAny(Token),
    /// `stelem <token>`.
    StElemAny(Token),
    UnboxAny(Token),
    RefAnyVal(Token),
    CkFinite,
    MkRefAny(Token),
    LdToken(Token),
    EndFinally,
    Leave(u32),
    ArgList,
    Cmp(CmpOp),
    LdFtn(Token),
    LdVirtFtn(Token),
    LocAlloc,
    EndFilter,
    InitObj(Token),
    CpBlk,
    InitBlk,
    Rethrow,
    SizeOf(Token),
    RefAnyType,
    /// Prefix `unaligned.` with its alignment (1, 2 or 4).
    Unaligned(u8),
    /// Prefix `volatile.`.
    Volatile,
    /// Prefix `tail.`.
    Tail,
    /// Prefix `constrained.`.
    Constrained(Token),
    /// Prefix `readonly.`.
    ReadOnly,
    /// Prefix `no.` with its check mask (typecheck 1, rangecheck 2,
    /// nullcheck 4).
    No(u8),
}

impl Insn {
    /// Every offset this instruction may jump to (excluding fall-through).
    pub fn targets(&self) -> Vec<u32> {
        match self {
            Insn::Br(t) | Insn::BrFalse(t) | Insn::BrTrue(t) | Insn::BrCmp(_, t) | Insn::Leave(t) => vec![*t],
            Insn::Switch(ts) => ts.clone(),
            _ => Vec::new(),
        }
    }

    /// True for the prefixes of Partition III §2.
    pub fn is_prefix(&self) -> bool {
        matches!(
            self,
            Insn::Unaligned(_) | Insn::Volatile | Insn::Tail | Insn::Constrained(_) | Insn::ReadOnly | Insn::No(_)
        )
    }

    /// Whether execution can continue with the next instruction.
    pub fn falls_through(&self) -> bool {
        !matches!(
            self,
            Insn::Br(_)
                | Insn::Leave(_)
                | Insn::Ret
                | Insn::Throw
                | Insn::Rethrow
                | Insn::EndFinally
                | Insn::EndFilter
                | Insn::Jmp(_)
        )
    }
}

const CONDS: [Cond; 10] =
    [Cond::Eq, Cond::Ge, Cond::Gt, Cond::Le, Cond::Lt, Cond::NeUn, Cond::GeUn, Cond::GtUn, Cond::LeUn, Cond::LtUn];

struct Cursor<'a> {
    code: &'a [u8],
    pos: usize,
}

impl Cursor<'_> {
    fn take<const N: usize>(&mut self) -> Result<[u8; N], String> {
        let s = self.code.get(self.pos..self.pos.saturating_add(N)).filter(|s| s.len() == N);
        let s = s.ok_or_else(|| format!("operand of {N} bytes runs past the code"))?;
        let mut a = [0; N];
        a.copy_from_slice(s);
        self.pos += N;
        Ok(a)
    }
    fn u8(&mut self) -> Result<u8, String> {
        self.take::<1>().map(|[b]| b)
    }
    fn i8(&mut self) -> Result<i8, String> {
        self.take().map(i8::from_le_bytes)
    }
    fn u16(&mut self) -> Result<u16, String> {
        self.take().map(u16::from_le_bytes)
    }
    fn i32(&mut self) -> Result<i32, String> {
        self.take().map(i32::from_le_bytes)
    }
    fn u32(&mut self) -> Result<u32, String> {
        self.take().map(u32::from_le_bytes)
    }
    fn token(&mut self) -> Result<Token, String> {
        self.u32().map(Token)
    }
    /// A branch target relative to the end of the instruction; `end` is
    /// that end once all operands are read.
    fn target(end: usize, delta: i32) -> Result<u32, String> {
        let t = i64::try_from(end).unwrap_or(i64::MAX) + i64::from(delta);
        u32::try_from(t).map_err(|_| format!("branch target {t} is outside the code"))
    }
}

/// Decodes the instruction at `pos`, returning it and the next offset.
pub(super) fn decode_one(code: &[u8], pos: usize) -> Result<(Insn, usize), String> {
    use Insn as I;
    use NumKind as N;
    let mut c = Cursor { code, pos };
    let op = c.u8()?;
    let short_branch = |c: &mut Cursor<'_>| -> Result<u32, String> {
        let d = c.i8()?;
        Cursor::target(c.pos, i32::from(d))
    };
    let long_branch = |c: &mut Cursor<'_>| -> Result<u32, String> {
        let d = c.i32()?;
        Cursor::target(c.pos, d)
    };
    let conv = |to, ovf, un| I::Conv { to, ovf, un };
    let insn = match op {
        0x00 => I::Nop,
        0x01 => I::Break,
        0x02..=0x05 => I::LdArg(u16::from(op - 0x02)),
        0x06..=0x09 => I::LdLoc(u16::from(op - 0x06)),
        0x0a..=0x0d => I::StLoc(u16::from(op - 0x0a)),
        0x0e => I::LdArg(u16::from(c.u8()?)),
        0x0f => I::LdArgA(u16::from(c.u8()?)),
        0x10 => I::StArg(u16::from(c.u8()?)),
        0x11 => I::LdLoc(u16::from(c.u8()?)),
        0x12 => I::LdLocA(u16::from(c.u8()?)),
        0x13 => I::StLoc(u16::from(c.u8()?)),
        0x14 => I::LdNull,
        0x15..=0x1e => I::LdcI4(i32::from(op) - 0x16),
        0x1f => I::LdcI4(i32::from(c.i8()?)),
        0x20 => I::LdcI4(c.i32()?),
        0x21 => I::LdcI8(i64::from_le_bytes(c.take()?)),
        0x22 => I::LdcR4(f32::from_le_bytes(c.take()?)),
        0x23 => I::LdcR8(f64::from_le_bytes(c.take()?)),
        0x25 => I::Dup,
        0x26 => I::Pop,
        0x27 => I::Jmp(c.token()?),
        0x28 => I::Call(c.token()?),
        0x29 => I::CallI(c.token()?),
        0x2a => I::Ret,
        0x2b => I::Br(short_branch(&mut c)?),
        0x2c => I::BrFalse(short_branch(&mut c)?),
        0x2d => I::BrTrue(short_branch(&mut c)?),
        0x2e..=0x37 => {
            let cond = *CONDS.get(usize::from(op - 0x2e)).ok_or("bad condition")?;
            I::BrCmp(cond, short_branch(&mut c)?)
        }
        0x38 => I::Br(long_branch(&mut c)?),
        0x39 => I::BrFalse(long_branch(&mut c)?),
        0x3a => I::BrTrue(long_branch(&mut c)?),
        0x3b..=0x44 => {
            let cond = *CONDS.get(usize::from(op - 0x3b)).ok_or("bad condition")?;
            I::BrCmp(cond, long_branch(&mut c)?)
        }
        0x45 => {
            let n = c.u32()? as usize;
            let end = n
                .checked_mul(4)
                .and_then(|b| b.checked_add(c.pos))
                .filter(|&e| e <= code.len())
                .ok_or_else(|| format!("switch of {n} targets runs past the code"))?;
            let mut deltas = Vec::with_capacity(n);
            for _ in 0..n {
                deltas.push(c.i32()?);
            }
            I::Switch(deltas.into_iter().map(|d| Cursor::target(end, d)).collect::<Result<_, _>>()?)
        }
        0x46 => I::LdInd(N::I1),
        0x47 => I::LdInd(N::U1),
        0x48 => I::LdInd(N::I2),
        0x49 => I::LdInd(N::U2),
        0x4a => I::LdInd(N::I4),
        0x4b => I::LdInd(N::U4),
        0x4c => I::LdInd(N::I8),
        0x4d => I::LdInd(N::I),
        0x4e => I::LdInd(N::R4),
        0x4f => I::LdInd(N::R8),
        0x50 => I::LdInd(N::Ref),
        0x51 => I::StInd(N::Ref),
        0x52 => I::StInd(N::I1),
        0x53 => I::StInd(N::I2),
        0x54 => I::StInd(N::I4),
        0x55 => I::StInd(N::I8),
        0x56 => I::StInd(N::R4),
        0x57 => I::StInd(N::R8),
        0x58 => I::Binary(BinOp::Add),
        0x59 => I::Binary(BinOp::Sub),
        0x5a => I::Binary(BinOp::Mul),
        0x5b => I::Binary(BinOp::Div),
        0x5c => I::Binary(BinOp::DivUn),
        0x5d => I::Binary(BinOp::Rem),
        0x5e => I::Binary(BinOp::RemUn),
        0x5f => I::Binary(BinOp::And),
        0x60 => I::Binary(BinOp::Or),
        0x61 => I::Binary(BinOp::Xor),
        0x62 => I::Binary(BinOp::Shl),
        0x63 => I::Binary(BinOp::Shr),
        0x64 => I::Binary(BinOp::ShrUn),
        0x65 => I::Neg,
        0x66 => I::Not,
        0x67 => conv(N::I1, false, false),
        0x68 => conv(N::I2, false, false),
        0x69 => conv(N::I4, false, false),
        0x6a => conv(N::I8, false, false),
        0x6b => conv(N::R4, false, false),
        0x6c => conv(N::R8, false, false),
        0x6d => conv(N::U4, false, false),
        0x6e => conv(N::U8, false, false),
        0x6f => I::CallVirt(c.token()?),
        0x70 => I::CpObj(c.token()?),
        0x71 => I::LdObj(c.token()?),
        0x72 => I::LdStr(c.token()?),
        0x73 => I::NewObj(c.token()?),
        0x74 => I::CastClass(c.token()?),
        0x75 => I::IsInst(c.token()?),
        0x76 => I::ConvRUn,
        0x79 => I::Unbox(c.token()?),
        0x7a => I::Throw,
        0x7b => I::LdFld(c.token()?),
        0x7c => I::LdFldA(c.token()?),
        0x7d => I::StFld(c.token()?),
        0x7e => I::LdsFld(c.token()?),
        0x7f => I::LdsFldA(c.token()?),
        0x80 => I::StsFld(c.token()?),
        0x81 => I::StObj(c.token()?),
        0x82 => conv(N::I1, true, true),
        0x83 => conv(N::I2, true, true),
        0x84 => conv(N::I4, true, true),
        0x85 => conv(N::I8, true, true),
        0x86 => conv(N::U1, true, true),
        0x87 => conv(N::U2, true, true),
        0x88 => conv(N::U4, true, true),
        0x89 => conv(N::U8, true, true),
        0x8a => conv(N::I, true, true),
        0x8b => conv(N::U, true, true),
        0x8c => I::Box(c.token()?),
        0x8d => I::NewArr(c.token()?),
        0x8e => I::LdLen,
        0x8f => I::LdElemA(c.token()?),
        0x90 => I::LdElem(N::I1),
        0x91 => I::LdElem(N::U1),
        0x92 => I::LdElem(N::I2),
        0x93 => I::LdElem(N::U2),
        0x94 => I::LdElem(N::I4),
        0x95 => I::LdElem(N::U4),
        0x96 => I::LdElem(N::I8),
        0x97 => I::LdElem(N::I),
        0x98 => I::LdElem(N::R4),
        0x99 => I::LdElem(N::R8),
        0x9a => I::LdElem(N::Ref),
        0x9b => I::StElem(N::I),
        0x9c => I::StElem(N::I1),
        0x9d => I::StElem(N::I2),
        0x9e => I::StElem(N::I4),
        0x9f => I::StElem(N::I8),
        0xa0 => I::StElem(N::R4),
        0xa1 => I::StElem(N::R8),
        0xa2 => I::StElem(N::Ref),
        0xa3 => I::LdElemAny(c.token()?),
        0xa4 => I::StElemAny(c.token()?),
        0xa5 => I::UnboxAny(c.token()?),
        0xb3 => conv(N::I1, true, false),
        0xb4 => conv(N::U1, true, false),
        0xb5 => conv(N::I2, true, false),
        0xb6 => conv(N::U2, true, false),
        0xb7 => conv(N::I4, true, false),
        0xb8 => conv(N::U4, true, false),
        0xb9 => conv(N::I8, true, false),
        0xba => conv(N::U8, true, false),
        0xc2 => I::RefAnyVal(c.token()?),
        0xc3 => I::CkFinite,
        0xc6 => I::MkRefAny(c.token()?),
        0xd0 => I::LdToken(c.token()?),
        0xd1 => conv(N::U2, false, false),
        0xd2 => conv(N::U1, false, false),
        0xd3 => conv(N::I, false, false),
        0xd4 => conv(N::I, true, false),
        0xd5 => conv(N::U, true, false),
        0xd6 => I::Binary(BinOp::AddOvf),
        0xd7 => I::Binary(BinOp::AddOvfUn),
        0xd8 => I::Binary(BinOp::MulOvf),
        0xd9 => I::Binary(BinOp::MulOvfUn),
        0xda => I::Binary(BinOp::SubOvf),
        0xdb => I::Binary(BinOp::SubOvfUn),
        0xdc => I::EndFinally,
        0xdd => I::Leave(long_branch(&mut c)?),
        0xde => I::Leave(short_branch(&mut c)?),
        0xdf => I::StInd(N::I),
        0xe0 => conv(N::U, false, false),
        0xfe => {
            let op2 = c.u8()?;
            match op2 {
                0x00 => I::ArgList,
                0x01 => I::Cmp(CmpOp::Eq),
                0x02 => I::Cmp(CmpOp::Gt),
                0x03 => I::Cmp(CmpOp::GtUn),
                0x04 => I::Cmp(CmpOp::Lt),
                0x05 => I::Cmp(CmpOp::LtUn),
                0x06 => I::LdFtn(c.token()?),
                0x07 => I::LdVirtFtn(c.token()?),
                0x09 => I::LdArg(c.u16()?),
                0x0a => I::LdArgA(c.u16()?),
                0x0b => I::StArg(c.u16()?),
                0x0c => I::LdLoc(c.u16()?),
                0x0d => I::LdLocA(c.u16()?),
                0x0e => I::StLoc(c.u16()?),
                0x0f => I::LocAlloc,
                0x11 => I::EndFilter,
                0x12 => match c.u8()? {
                    a @ (1 | 2 | 4) => I::Unaligned(a),
                    a => return Err(format!("unaligned. {a} is not 1, 2 or 4")),
                },
                0x13 => I::Volatile,
                0x14 => I::Tail,
                0x15 => I::InitObj(c.token()?),
                0x16 => I::Constrained(c.token()?),
                0x17 => I::CpBlk,
                0x18 => I::InitBlk,
                0x19 => I::No(c.u8()?),
                0x1a => I::Rethrow,
                0x1c => I::SizeOf(c.token()?),
                0x1d => I::RefAnyType,
                0x1e => I::ReadOnly,
                _ => return Err(format!("unknown opcode 0xfe {op2:#04x}")),
            }
        }
        _ => return Err(format!("unknown opcode {op:#04x}")),
    };
    Ok((insn, c.pos))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_short_forms() -> Result<(), String> {
        assert_eq!(decode_one(&[0x03], 0)?, (Insn::LdArg(1), 1));
        assert_eq!(decode_one(&[0x15], 0)?, (Insn::LdcI4(-1), 1));
        assert_eq!(decode_one(&[0x1e], 0)?, (Insn::LdcI4(8), 1));
        assert_eq!(decode_one(&[0x1f, 0xfe], 0)?, (Insn::LdcI4(-2), 2));
        assert_eq!(decode_one(&[0xfe, 0x0c, 0x2c, 0x01], 0)?, (Insn::LdLoc(300), 4));
        assert_eq!(decode_one(&[0x00, 0x2e, 0xfe], 1)?, (Insn::BrCmp(Cond::Eq, 1), 3));
        assert_eq!(decode_one(&[0xfe, 0x16, 1, 0, 0, 0x02], 0)?, (Insn::Constrained(Token(0x0200_0001)), 6));
        Ok(())
    }

    /// Every opcode of Partition III decodes; the unassigned ones do not.
    #[test]
    fn opcode_coverage_matches_partition_iii() {
        let unused = |op: u8| {
            matches!(op, 0x24 | 0x77 | 0x78 | 0xa6..=0xb2 | 0xbb..=0xc1 | 0xc4 | 0xc5 | 0xc7..=0xcf | 0xe1..=0xfd | 0xff)
        };
        for op in 0..=0xffu8 {
            if op == 0xfe {
                continue;
            }
            let code = [op, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
            assert_eq!(decode_one(&code, 0).is_ok(), !unused(op), "opcode {op:#04x}");
        }
        for op in 0..=0xffu8 {
            let code = [0xfe, op, 1, 0, 0, 0];
            let assigned = matches!(op, 0x00..=0x07 | 0x09..=0x0f | 0x11..=0x1a | 0x1c..=0x1e);
            assert_eq!(decode_one(&code, 0).is_ok(), assigned, "opcode 0xfe {op:#04x}");
        }
    }

    #[test]
    fn switch_targets_are_absolute() -> Result<(), String> {
        let code = [0x45, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0];
        assert_eq!(decode_one(&code, 0)?, (Insn::Switch(vec![13, 14]), 13));
        Ok(())
    }
}
