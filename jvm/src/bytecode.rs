//! A decoder for JVM bytecode (JVMS chapter 6, §4.9 static constraints).
//! [`decode`] turns a `Code` array into `(pc, Insn)` pairs. Opcodes that
//! differ only in operand type or in an implicit operand are folded into one
//! variant (`iload_0` and `wide aload 300` both become [`Insn::Load`]), and
//! relative branch offsets become absolute, validated target pcs.

use crate::classfile::Code;
use crate::{Error, Result};

/// The computational type an instruction works on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Int,
    Long,
    Float,
    Double,
    Ref,
}

/// Element type of an array access or `newarray`. `baload`/`bastore` serve
/// both byte and boolean arrays and decode as [`ArrayKind::Byte`]; only
/// `newarray` yields [`ArrayKind::Boolean`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ArrayKind {
    Boolean,
    Byte,
    Char,
    Short,
    Int,
    Long,
    Float,
    Double,
    Ref,
}

/// The target of a conversion (`i2l` ... `i2s`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConvTo {
    Int,
    Long,
    Float,
    Double,
    Byte,
    Char,
    Short,
}

/// Arithmetic, shift and bitwise operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ArithOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Neg,
    Shl,
    Shr,
    Ushr,
    And,
    Or,
    Xor,
}

/// Comparison of `if<cond>` and `if_icmp<cond>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cond {
    Eq,
    Ne,
    Lt,
    Ge,
    Gt,
    Le,
}

/// An immediate constant.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ConstVal {
    Null,
    Int(i32),
    Long(i64),
    Float(f32),
    Double(f64),
}

/// One decoded instruction. Branch targets are absolute pcs; `u16`
/// operands of field, method, class and `ldc` instructions are
/// constant-pool indices (not yet checked against the pool).
#[derive(Debug, Clone, PartialEq)]
pub enum Insn {
    Nop,
    /// `aconst_null`, `iconst_<i>`, `lconst_<l>`, `fconst_<f>`,
    /// `dconst_<d>`, `bipush`, `sipush`.
    Const(ConstVal),
    /// `ldc`, `ldc_w`, `ldc2_w`.
    Ldc(u16),
    Load(Kind, u16),
    Store(Kind, u16),
    ArrayLoad(ArrayKind),
    ArrayStore(ArrayKind),
    Pop,
    Pop2,
    Dup,
    DupX1,
    DupX2,
    Dup2,
    Dup2X1,
    Dup2X2,
    Swap,
    /// `Kind` is Int, Long, Float or Double.
    Arith(Kind, ArithOp),
    Iinc { index: u16, delta: i16 },
    Convert(Kind, ConvTo),
    Lcmp,
    Fcmpl,
    Fcmpg,
    Dcmpl,
    Dcmpg,
    /// Compare an int with zero.
    If { cond: Cond, target: u32 },
    IfICmp { cond: Cond, target: u32 },
    IfACmp { eq: bool, target: u32 },
    IfNull { target: u32 },
    IfNonNull { target: u32 },
    /// `goto`, `goto_w`.
    Goto(u32),
    /// `jsr`, `jsr_w`.
    Jsr(u32),
    Ret(u16),
    /// `targets[i]` is taken for key `low + i`.
    TableSwitch { default: u32, low: i32, high: i32, targets: Vec<u32> },
    /// Pairs are sorted by key.
    LookupSwitch { default: u32, pairs: Vec<(i32, u32)> },
    /// `None` for `return`.
    Return(Option<Kind>),
    GetStatic(u16),
    PutStatic(u16),
    GetField(u16),
    PutField(u16),
    InvokeVirtual(u16),
    InvokeSpecial(u16),
    InvokeStatic(u16),
    /// The redundant `count` operand is checked and dropped.
    InvokeInterface(u16),
    InvokeDynamic(u16),
    New(u16),
    NewArray(ArrayKind),
    ANewArray(u16),
    ArrayLength,
    AThrow,
    CheckCast(u16),
    InstanceOf(u16),
    MonitorEnter,
    MonitorExit,
    MultiANewArray { index: u16, dims: u8 },
}

impl Insn {
    /// Every pc this instruction may jump to (excluding fall-through).
    pub fn targets(&self) -> Vec<u32> {
        match self {
            Insn::If { target, .. }
            | Insn::IfICmp { target, .. }
            | Insn::IfACmp { target, .. }
            | Insn::IfNull { target }
            | Insn::IfNonNull { target }
            | Insn::Goto(target)
            | Insn::Jsr(target) => vec![*target],
            Insn::TableSwitch { default, targets, .. } => std::iter::once(*default).chain(targets.iter().copied()).collect(),
            Insn::LookupSwitch { default, pairs } => std::iter::once(*default).chain(pairs.iter().map(|p| p.1)).collect(),
            _ => Vec::new(),
        }
    }

    /// Whether execution can continue with the next instruction. `jsr` is
    /// reported as not falling through (control returns only via `ret`).
    pub fn falls_through(&self) -> bool {
        !matches!(
            self,
            Insn::Goto(_)
                | Insn::Jsr(_)
                | Insn::Ret(_)
                | Insn::TableSwitch { .. }
                | Insn::LookupSwitch { .. }
                | Insn::Return(_)
                | Insn::AThrow
        )
    }

    /// True if this instruction ends a basic block unconditionally.
    pub fn is_terminator(&self) -> bool {
        !self.falls_through()
    }

    /// True if this instruction ends a basic block: a terminator or a branch.
    pub fn ends_block(&self) -> bool {
        self.is_terminator() || !self.targets().is_empty()
    }
}

/// Typed families in opcode order (`iload`, `lload`, `fload`, `dload`,
/// `aload` and so on).
const KINDS: [Kind; 5] = [Kind::Int, Kind::Long, Kind::Float, Kind::Double, Kind::Ref];
const ARRAY_KINDS: [ArrayKind; 8] = [
    ArrayKind::Int,
    ArrayKind::Long,
    ArrayKind::Float,
    ArrayKind::Double,
    ArrayKind::Ref,
    ArrayKind::Byte,
    ArrayKind::Char,
    ArrayKind::Short,
];
const CONDS: [Cond; 6] = [Cond::Eq, Cond::Ne, Cond::Lt, Cond::Ge, Cond::Gt, Cond::Le];
/// Conversions 0x85..=0x93 as (from, to).
const CONVERSIONS: [(Kind, ConvTo); 15] = [
    (Kind::Int, ConvTo::Long),
    (Kind::Int, ConvTo::Float),
    (Kind::Int, ConvTo::Double),
    (Kind::Long, ConvTo::Int),
    (Kind::Long, ConvTo::Float),
    (Kind::Long, ConvTo::Double),
    (Kind::Float, ConvTo::Int),
    (Kind::Float, ConvTo::Long),
    (Kind::Float, ConvTo::Double),
    (Kind::Double, ConvTo::Int),
    (Kind::Double, ConvTo::Long),
    (Kind::Double, ConvTo::Float),
    (Kind::Int, ConvTo::Byte),
    (Kind::Int, ConvTo::Char),
    (Kind::Int, ConvTo::Short),
];
/// Arithmetic 0x60..=0x77 cycles through I, L, F, D for each op.
const ARITH: [ArithOp; 6] = [ArithOp::Add, ArithOp::Sub, ArithOp::Mul, ArithOp::Div, ArithOp::Rem, ArithOp::Neg];

/// A cursor over the code array with pc-relative error messages.
struct Cursor<'a> {
    code: &'a [u8],
    pos: usize,
    /// pc of the instruction being decoded.
    pc: usize,
}

impl Cursor<'_> {
    fn error(&self, reason: impl std::fmt::Display) -> Error {
        Error::Verify(format!("pc {}: {reason}", self.pc))
    }

    fn take<const N: usize>(&mut self) -> Result<[u8; N]> {
        let s = self.code.get(self.pos..self.pos.saturating_add(N)).ok_or_else(|| self.error("truncated operand"))?;
        let mut a = [0; N];
        a.copy_from_slice(s);
        self.pos += N;
        Ok(a)
    }
    fn u1(&mut self) -> Result<u8> {
        Ok(u8::from_be_bytes(self.take()?))
    }
    fn u2(&mut self) -> Result<u16> {
        Ok(u16::from_be_bytes(self.take()?))
    }
    fn i2(&mut self) -> Result<i16> {
        Ok(i16::from_be_bytes(self.take()?))
    }
    fn i4(&mut self) -> Result<i32> {
        Ok(i32::from_be_bytes(self.take()?))
    }

    /// Converts a branch offset to an absolute pc inside the code.
    fn target(&self, offset: i32) -> Result<u32> {
        let t = self.pc as i64 + i64::from(offset);
        if t < 0 || t >= self.code.len() as i64 {
            return Err(self.error(format!("branch offset {offset} leaves the code")));
        }
        Ok(t as u32)
    }
    fn target2(&mut self) -> Result<u32> {
        let o = self.i2()?;
        self.target(i32::from(o))
    }
    fn target4(&mut self) -> Result<u32> {
        let o = self.i4()?;
        self.target(o)
    }

    /// Checks that a count of 4-byte-or-larger items fits in what is left.
    fn fits(&self, count: i64, size: i64) -> Result<usize> {
        let left = (self.code.len() - self.pos) as i64;
        if count < 0 || count.saturating_mul(size) > left {
            return Err(self.error(format!("switch with {count} entries does not fit")));
        }
        Ok(count as usize)
    }
}

/// Decodes a whole `Code` array. Checks every opcode and operand, that
/// branch targets land on instruction starts, and that execution cannot fall
/// off the end (JVMS §4.9.1, §4.9.2). Constant-pool indices are not checked.
pub fn decode(code: &[u8]) -> Result<Vec<(u32, Insn)>> {
    if code.is_empty() || code.len() > 65535 {
        return Err(Error::Verify(format!("code length {} is not in 1..=65535", code.len())));
    }
    let mut c = Cursor { code, pos: 0, pc: 0 };
    let mut out = Vec::new();
    while c.pos < code.len() {
        c.pc = c.pos;
        let insn = decode_one(&mut c)?;
        out.push((c.pc as u32, insn));
    }
    let mut starts = vec![false; code.len()];
    for (pc, _) in &out {
        if let Some(s) = starts.get_mut(*pc as usize) {
            *s = true;
        }
    }
    for (pc, insn) in &out {
        if let Some(t) = insn.targets().into_iter().find(|&t| !starts.get(t as usize).copied().unwrap_or(false)) {
            return Err(Error::Verify(format!("pc {pc}: branch target {t} is not an instruction start")));
        }
    }
    if let Some((pc, insn)) = out.last() {
        if insn.falls_through() {
            return Err(Error::Verify(format!("pc {pc}: execution falls off the end of the code")));
        }
    }
    Ok(out)
}

/// Decodes a method's code with [`decode`] and also checks that its
/// exception handlers and line numbers refer to instruction starts.
pub fn decode_code(code: &Code) -> Result<Vec<(u32, Insn)>> {
    let insns = decode(&code.code)?;
    let is_start = |pc: u16| insns.binary_search_by_key(&u32::from(pc), |(p, _)| *p).is_ok();
    for h in &code.exception_table {
        let end_ok = usize::from(h.end_pc) == code.code.len() || is_start(h.end_pc);
        if !is_start(h.start_pc) || !end_ok || !is_start(h.handler_pc) {
            return Err(Error::Verify(format!(
                "exception handler {}..{} -> {} is not on instruction boundaries",
                h.start_pc, h.end_pc, h.handler_pc
            )));
        }
    }
    Ok(insns)
}

fn kind(op: u8, base: u8) -> Kind {
    KINDS.get(usize::from(op.wrapping_sub(base))).copied().unwrap_or(Kind::Int)
}

fn array_kind(op: u8, base: u8) -> ArrayKind {
    ARRAY_KINDS.get(usize::from(op.wrapping_sub(base))).copied().unwrap_or(ArrayKind::Int)
}

fn cond(op: u8, base: u8) -> Cond {
    CONDS.get(usize::from(op.wrapping_sub(base))).copied().unwrap_or(Cond::Eq)
}

fn decode_one(c: &mut Cursor<'_>) -> Result<Insn> {
    let op = c.u1()?;
    Ok(match op {
        0x00 => Insn::Nop,
        0x01 => Insn::Const(ConstVal::Null),
        0x02..=0x08 => Insn::Const(ConstVal::Int(i32::from(op) - 3)),
        0x09..=0x0a => Insn::Const(ConstVal::Long(i64::from(op) - 9)),
        0x0b..=0x0d => Insn::Const(ConstVal::Float(f32::from(op - 0x0b))),
        0x0e..=0x0f => Insn::Const(ConstVal::Double(f64::from(op - 0x0e))),
        0x10 => Insn::Const(ConstVal::Int(i32::from(c.u1()? as i8))),
        0x11 => Insn::Const(ConstVal::Int(i32::from(c.i2()?))),
        0x12 => Insn::Ldc(u16::from(c.u1()?)),
        0x13 | 0x14 => Insn::Ldc(c.u2()?),
        0x15..=0x19 => Insn::Load(kind(op, 0x15), u16::from(c.u1()?)),
        // xload_<n>: four per kind.
        0x1a..=0x2d => Insn::Load(kind((op - 0x1a) / 4, 0), u16::from((op - 0x1a) % 4)),
        0x2e..=0x35 => Insn::ArrayLoad(array_kind(op, 0x2e)),
        0x36..=0x3a => Insn::Store(kind(op, 0x36), u16::from(c.u1()?)),
        0x3b..=0x4e => Insn::Store(kind((op - 0x3b) / 4, 0), u16::from((op - 0x3b) % 4)),
        0x4f..=0x56 => Insn::ArrayStore(array_kind(op, 0x4f)),
        0x57 => Insn::Pop,
        0x58 => Insn::Pop2,
        0x59 => Insn::Dup,
        0x5a => Insn::DupX1,
        0x5b => Insn::DupX2,
        0x5c => Insn::Dup2,
        0x5d => Insn::Dup2X1,
        0x5e => Insn::Dup2X2,
        0x5f => Insn::Swap,
        0x60..=0x77 => {
            let i = op - 0x60;
            Insn::Arith(kind(i % 4, 0), ARITH.get(usize::from(i / 4)).copied().unwrap_or(ArithOp::Add))
        }
        // Shifts and bitwise ops alternate int, long.
        0x78..=0x83 => {
            let i = op - 0x78;
            let ops = [ArithOp::Shl, ArithOp::Shr, ArithOp::Ushr, ArithOp::And, ArithOp::Or, ArithOp::Xor];
            Insn::Arith(kind(i % 2, 0), ops.get(usize::from(i / 2)).copied().unwrap_or(ArithOp::Shl))
        }
        0x84 => Insn::Iinc { index: u16::from(c.u1()?), delta: i16::from(c.u1()? as i8) },
        0x85..=0x93 => {
            let (from, to) = CONVERSIONS.get(usize::from(op - 0x85)).copied().unwrap_or((Kind::Int, ConvTo::Int));
            Insn::Convert(from, to)
        }
        0x94 => Insn::Lcmp,
        0x95 => Insn::Fcmpl,
        0x96 => Insn::Fcmpg,
        0x97 => Insn::Dcmpl,
        0x98 => Insn::Dcmpg,
        0x99..=0x9e => Insn::If { cond: cond(op, 0x99), target: c.target2()? },
        0x9f..=0xa4 => Insn::IfICmp { cond: cond(op, 0x9f), target: c.target2()? },
        0xa5 | 0xa6 => Insn::IfACmp { eq: op == 0xa5, target: c.target2()? },
        0xa7 => Insn::Goto(c.target2()?),
        0xa8 => Insn::Jsr(c.target2()?),
        0xa9 => Insn::Ret(u16::from(c.u1()?)),
        0xaa | 0xab => decode_switch(c, op == 0xaa)?,
        0xac..=0xb0 => Insn::Return(Some(kind(op, 0xac))),
        0xb1 => Insn::Return(None),
        0xb2 => Insn::GetStatic(c.u2()?),
        0xb3 => Insn::PutStatic(c.u2()?),
        0xb4 => Insn::GetField(c.u2()?),
        0xb5 => Insn::PutField(c.u2()?),
        0xb6 => Insn::InvokeVirtual(c.u2()?),
        0xb7 => Insn::InvokeSpecial(c.u2()?),
        0xb8 => Insn::InvokeStatic(c.u2()?),
        0xb9 => {
            // JVMS §6.5 invokeinterface: count must be non-zero, then a 0.
            let index = c.u2()?;
            let (count, zero) = (c.u1()?, c.u1()?);
            if count == 0 || zero != 0 {
                return Err(c.error("bad invokeinterface operands"));
            }
            Insn::InvokeInterface(index)
        }
        0xba => {
            let index = c.u2()?;
            if c.u2()? != 0 {
                return Err(c.error("invokedynamic operand bytes 3 and 4 must be zero"));
            }
            Insn::InvokeDynamic(index)
        }
        0xbb => Insn::New(c.u2()?),
        // JVMS §6.5 newarray: T_BOOLEAN = 4 ... T_LONG = 11.
        0xbc => Insn::NewArray(match c.u1()? {
            4 => ArrayKind::Boolean,
            5 => ArrayKind::Char,
            6 => ArrayKind::Float,
            7 => ArrayKind::Double,
            8 => ArrayKind::Byte,
            9 => ArrayKind::Short,
            10 => ArrayKind::Int,
            11 => ArrayKind::Long,
            t => return Err(c.error(format!("bad newarray type {t}"))),
        }),
        0xbd => Insn::ANewArray(c.u2()?),
        0xbe => Insn::ArrayLength,
        0xbf => Insn::AThrow,
        0xc0 => Insn::CheckCast(c.u2()?),
        0xc1 => Insn::InstanceOf(c.u2()?),
        0xc2 => Insn::MonitorEnter,
        0xc3 => Insn::MonitorExit,
        0xc4 => decode_wide(c)?,
        0xc5 => {
            let index = c.u2()?;
            let dims = c.u1()?;
            if dims == 0 {
                return Err(c.error("multianewarray with 0 dimensions"));
            }
            Insn::MultiANewArray { index, dims }
        }
        0xc6 => Insn::IfNull { target: c.target2()? },
        0xc7 => Insn::IfNonNull { target: c.target2()? },
        0xc8 => Insn::Goto(c.target4()?),
        0xc9 => Insn::Jsr(c.target4()?),
        // 0xca breakpoint, 0xfe/0xff impdep: reserved, never in class files.
        _ => return Err(c.error(format!("unknown or reserved opcode {op:#04x}"))),
    })
}

/// `wide` (JVMS §6.5): a 16-bit local index for loads, stores, `ret` and
/// `iinc`, which also gets a 16-bit delta.
fn decode_wide(c: &mut Cursor<'_>) -> Result<Insn> {
    let op = c.u1()?;
    Ok(match op {
        0x15..=0x19 => Insn::Load(kind(op, 0x15), c.u2()?),
        0x36..=0x3a => Insn::Store(kind(op, 0x36), c.u2()?),
        0xa9 => Insn::Ret(c.u2()?),
        0x84 => Insn::Iinc { index: c.u2()?, delta: c.i2()? },
        _ => return Err(c.error(format!("opcode {op:#04x} cannot be wide"))),
    })
}

/// `tableswitch`/`lookupswitch`: 0-3 padding bytes so the operands start
/// at a multiple of 4 from the start of the code.
fn decode_switch(c: &mut Cursor<'_>, table: bool) -> Result<Insn> {
    c.pos = (c.pos + 3) & !3;
    if c.pos > c.code.len() {
        return Err(c.error("truncated switch padding"));
    }
    let default = c.target4()?;
    if table {
        let (low, high) = (c.i4()?, c.i4()?);
        if low > high {
            return Err(c.error(format!("tableswitch low {low} > high {high}")));
        }
        let n = c.fits(i64::from(high) - i64::from(low) + 1, 4)?;
        let mut targets = Vec::with_capacity(n);
        for _ in 0..n {
            targets.push(c.target4()?);
        }
        Ok(Insn::TableSwitch { default, low, high, targets })
    } else {
        let npairs = c.i4()?;
        let n = c.fits(i64::from(npairs), 8)?;
        let mut pairs: Vec<(i32, u32)> = Vec::with_capacity(n);
        for _ in 0..n {
            let key = c.i4()?;
            if pairs.last().is_some_and(|&(k, _)| k >= key) {
                return Err(c.error("lookupswitch keys are not sorted"));
            }
            pairs.push((key, c.target4()?));
        }
        Ok(Insn::LookupSwitch { default, pairs })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_method() -> Result<()> {
        // iconst_2; istore_1; iinc 1 -1; iload_1; ifne -> 2; wide iinc 300 -2; return
        let code = [0x05, 0x3c, 0x84, 1, 0xff, 0x1b, 0x9a, 0xff, 0xfc, 0xc4, 0x84, 1, 44, 0xff, 0xfe, 0xb1];
        let insns = decode(&code)?;
        let want = vec![
            (0, Insn::Const(ConstVal::Int(2))),
            (1, Insn::Store(Kind::Int, 1)),
            (2, Insn::Iinc { index: 1, delta: -1 }),
            (5, Insn::Load(Kind::Int, 1)),
            (6, Insn::If { cond: Cond::Ne, target: 2 }),
            (9, Insn::Iinc { index: 300, delta: -2 }),
            (15, Insn::Return(None)),
        ];
        assert_eq!(insns, want);
        Ok(())
    }

    #[test]
    fn switches() -> Result<()> {
        // pc0 iload_0; pc1 tableswitch (2 bytes padding) default=+23
        // low=1 high=2 -> +23, +24; pc24 return; pc25 return.
        let mut code = vec![0x1a, 0xaa, 0, 0];
        for v in [23i32, 1, 2, 23, 24] {
            code.extend(v.to_be_bytes());
        }
        code.extend([0xb1, 0xb1]);
        let insns = decode(&code)?;
        assert_eq!(insns[1], (1, Insn::TableSwitch { default: 24, low: 1, high: 2, targets: vec![24, 25] }));
        // lookupswitch at pc 0 with 3 bytes of padding.
        let mut code = vec![0xab, 0, 0, 0];
        for v in [28i32, 2, -5, 28, 7, 29] {
            code.extend(v.to_be_bytes());
        }
        code.extend([0xb1, 0xb1]);
        let insns = decode(&code)?;
        assert_eq!(insns[0], (0, Insn::LookupSwitch { default: 28, pairs: vec![(-5, 28), (7, 29)] }));
        assert!(insns[0].1.is_terminator());
        Ok(())
    }

    #[test]
    fn every_opcode_decodes_or_errors() {
        // Each opcode followed by zeros then enough returns: must not panic.
        for op in 0..=255u8 {
            let mut code = vec![op];
            code.extend([0u8; 8]);
            code.extend([0xb1; 4]);
            let _ = decode(&code);
        }
        for bad in [0xca, 0xfe, 0xff, 0xcb] {
            assert!(decode(&[bad, 0xb1]).is_err());
        }
    }

    #[test]
    fn families() -> Result<()> {
        let insns = decode(&[0x2b, 0x20, 0x33, 0x54, 0x6f, 0x7d, 0x93, 0x0c, 0x0f, 0x10, 0x80, 0xbc, 4, 0xaf])?;
        let got: Vec<Insn> = insns.into_iter().map(|(_, i)| i).collect();
        assert_eq!(
            got,
            vec![
                Insn::Load(Kind::Ref, 1),
                Insn::Load(Kind::Long, 2),
                Insn::ArrayLoad(ArrayKind::Byte),
                Insn::ArrayStore(ArrayKind::Byte),
                Insn::Arith(Kind::Double, ArithOp::Div),
                Insn::Arith(Kind::Long, ArithOp::Ushr),
                Insn::Convert(Kind::Int, ConvTo::Short),
                Insn::Const(ConstVal::Float(1.0)),
                Insn::Const(ConstVal::Double(1.0)),
                Insn::Const(ConstVal::Int(-128)),
                Insn::NewArray(ArrayKind::Boolean),
                Insn::Return(Some(Kind::Double)),
            ]
        );
        Ok(())
    }

    #[test]
    fn rejects_bad_targets() {
        assert!(decode(&[0xa7, 0, 1, 0xb1]).is_err()); // into the middle of goto
        assert!(decode(&[0xa7, 0xff, 0xff, 0xb1]).is_err()); // before the start
        assert!(decode(&[0xa7, 0, 9]).is_err()); // past the end
        assert!(decode(&[0x00]).is_err()); // falls off the end
        assert!(decode(&[0x10]).is_err()); // truncated
        assert!(decode(&[]).is_err());
    }
}
