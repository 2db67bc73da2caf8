//! CLR methods as leaf bodies ([`substrate::leaf`]): a method that is
//! small, straight-line and cannot fault or call becomes a list of
//! operations any call site (C#'s or Java's) can inline. Its semantics are
//! the CLR's as this front end compiles them: narrow parameters, locals and
//! results are re-extended by their own type (`setup_args`, `coerce`),
//! `conv.u8` zero-extends, `.un` comparisons are unsigned or unordered.
//! Checked arithmetic and conversions, which can throw, are not leaves.
//!
//! A boundary entry (`crate::boundary`) is a leaf too when its member is:
//! Java passes a struct or enum as its box, so the adapter's null checks
//! become the body's `NullCheck`s (raising Java's exception, as the adapter
//! does), an enum argument is a load from its box, and a struct's fields
//! are read from the box (written, for a struct's own `this`, whose box the
//! adapter copies back).

use crate::il::{decode_body, BinOp, CmpOp, Insn, NumKind};
use crate::loader::Ctx;
use crate::model::{mflags, Adapter, BodyKind, Kind, MethodInfo, Prim, Repr};
use crate::vm::Clr;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, Type};
use substrate::layout::HEADER_SIZE;
use substrate::leaf::{BinaryOp, LeafBody, LeafOp, Mem, UnaryOp};
use substrate::lower::REF;

/// Largest IL body summarised (bytes).
const MAX_CODE: usize = 40;
/// `MethodImplAttributes`: `NoInlining`, `Synchronized`.
const IMPL_NO_INLINING: u16 = 0x0008;
const IMPL_SYNCHRONIZED: u16 = 0x0020;

/// `m` as a leaf body, or `None` when it is not one.
pub(crate) fn leaf_of(clr: &Clr, m: &MethodInfo) -> Option<LeafBody> {
    match m.body {
        BodyKind::Il(_) => summarise(clr, m, false),
        BodyKind::Boundary(Adapter::Call(target)) => {
            let t = clr.method(target);
            let owner = clr.ty(t.owner);
            let dispatched = t.is_virtual() && !owner.is_value() && t.flags & mflags::FINAL == 0 && owner.flags & 0x100 == 0;
            if dispatched {
                return None;
            }
            summarise(clr, &t, true)
        }
        BodyKind::Boundary(Adapter::EnumValue(t)) => {
            let Kind::Enum(p) = clr.ty(t).kind else { return None };
            let mut b = LeafBody::default();
            let this = b.push(LeafOp::Arg(0))?;
            b.ret = Some(b.push(LeafOp::Load { obj: this, offset: HEADER_SIZE, mem: Scalar::Prim(p).mem() })?);
            Some(b)
        }
        // The box Java made is already `default(T)`.
        BodyKind::Boundary(Adapter::DefaultCtor(_)) => Some(LeafBody::default()),
        _ => None,
    }
}

/// Summarises `m`'s IL; `boxed`: as called through its boundary entry,
/// with structs and enums as boxes.
fn summarise(clr: &Clr, m: &MethodInfo, boxed: bool) -> Option<LeafBody> {
    let BodyKind::Il(rva) = m.body else { return None };
    let owner = clr.ty(m.owner);
    if m.impl_flags & (IMPL_NO_INLINING | IMPL_SYNCHRONIZED) != 0
        || (owner.is_value() && !boxed)
        || !owner.args.is_empty()
        || !m.margs.is_empty()
        || m.generic_params > 0
    {
        return None;
    }
    let body = clr.asm(m.asm).asm.method_body(rva).ok()?;
    if body.code.len() > MAX_CODE || !body.clauses.is_empty() {
        return None;
    }
    let insns = decode_body(&body).ok()?;
    let ctx = Ctx { targs: &[], margs: &[] };
    let mut s = Summary { clr, m, body: LeafBody::default(), stack: Vec::new(), args: Vec::new(), locals: Vec::new(), struct_args: false };
    // Parameters, narrow ones re-extended by their own type as the
    // compiled body does on entry (the caller may be the JVM); through a
    // boundary entry, checked for null first, as the adapter does.
    let mut n = 0u16;
    if m.has_this {
        let op = s.body.push(LeafOp::Arg(n))?;
        if boxed {
            s.body.push(LeafOp::NullCheck(op))?;
        }
        s.args.push(if owner.is_value() { Arg::Box { op, own: true } } else { Arg::Val(op, Scalar::Ref) });
        n += 1;
    }
    for &p in &m.params {
        let a = s.body.push(LeafOp::Arg(n))?;
        n += 1;
        let kind = clr.ty(p).kind;
        if boxed && matches!(kind, Kind::Struct | Kind::Enum(_)) {
            s.body.push(LeafOp::NullCheck(a))?;
            if let Kind::Enum(prim) = kind {
                let k = Scalar::Prim(prim);
                let v = s.body.push(LeafOp::Load { obj: a, offset: HEADER_SIZE, mem: k.mem() })?;
                s.args.push(Arg::Val(v, k));
            } else {
                s.struct_args = true;
                s.args.push(Arg::Box { op: a, own: false });
            }
            continue;
        }
        let k = Scalar::of(clr.repr(p))?;
        let op = s.narrow(a, k)?;
        s.args.push(Arg::Val(op, k));
    }
    if let Some(tok) = body.local_sig {
        let sigs = clr.asm(m.asm).asm.locals(tok).ok()?;
        for sig in &sigs {
            let ty = clr.resolve_sig(m.asm, sig, ctx).ok()?;
            s.locals.push((None, Scalar::of(clr.repr(ty))?));
        }
    }
    let ret = match clr.ty(m.ret).kind {
        Kind::Void => None,
        // (the adapter boxes these)
        Kind::Struct | Kind::Enum(_) if boxed => return None,
        _ => Some(Scalar::of(clr.repr(m.ret))?),
    };
    for (i, (_, insn)) in insns.iter().enumerate() {
        // (unoptimised code jumps to the next instruction)
        if let Insn::Br(t) = insn {
            if insns.get(i + 1).map(|(pc, _)| pc) == Some(t) {
                continue;
            }
        }
        if *insn == Insn::Ret {
            if let Some(k) = ret {
                let v = s.pop()?;
                s.body.ret = Some(s.store_as(v, k)?);
            }
            return s.stack.is_empty().then_some(s.body);
        }
        s.insn(insn)?;
    }
    None
}

/// A parameter as the body sees it.
#[derive(Debug, Clone, Copy)]
enum Arg {
    /// Its current op.
    Val(u16, Scalar),
    /// A struct Java passed as its box (op); `own`: the struct's `this`.
    Box { op: u16, own: bool },
}

/// An evaluation-stack entry.
#[derive(Debug, Clone, Copy)]
enum Entry {
    Val(u16, Type),
    /// The address of a boxed struct's value.
    BoxAddr { op: u16, own: bool },
}

/// How a parameter, local, field or result is held.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Scalar {
    Prim(Prim),
    Ref,
}

impl Scalar {
    fn of(r: Repr) -> Option<Scalar> {
        match r {
            Repr::Scalar(p) => Some(Scalar::Prim(p)),
            Repr::Ref => Some(Scalar::Ref),
            _ => None,
        }
    }

    fn stack_type(self) -> Type {
        match self {
            Scalar::Prim(p) => p.clif(),
            Scalar::Ref => REF,
        }
    }

    fn mem(self) -> Mem {
        match self {
            Scalar::Ref => Mem::Ref,
            Scalar::Prim(p) => match (p.mem(), p.signed()) {
                (types::I8, true) => Mem::I8,
                (types::I8, false) => Mem::U8,
                (types::I16, true) => Mem::I16,
                (types::I16, false) => Mem::U16,
                (types::I64, _) => Mem::I64,
                (types::F32, _) => Mem::F32,
                (types::F64, _) => Mem::F64,
                _ => Mem::I32,
            },
        }
    }
}

struct Summary<'a> {
    clr: &'a Clr,
    m: &'a MethodInfo,
    body: LeafBody,
    stack: Vec<Entry>,
    args: Vec<Arg>,
    /// Some struct argument is a box (stores into `this` could reach it).
    struct_args: bool,
    /// Current op of each local (`None` before its first store).
    locals: Vec<(Option<u16>, Scalar)>,
}

impl Summary<'_> {
    fn push(&mut self, op: LeafOp, t: Type) -> Option<()> {
        let i = self.body.push(op)?;
        self.stack.push(Entry::Val(i, t));
        Some(())
    }

    /// Pops a value (not a box address).
    fn pop(&mut self) -> Option<(u16, Type)> {
        match self.stack.pop()? {
            Entry::Val(op, t) => Some((op, t)),
            Entry::BoxAddr { .. } => None,
        }
    }

    /// `a` (of a narrow type) re-extended by that type, as `coerce` does.
    fn narrow(&mut self, a: u16, k: Scalar) -> Option<u16> {
        match k {
            Scalar::Prim(p) if p.mem() != p.clif() => {
                let bits = if p.mem() == types::I8 { 8 } else { 16 };
                self.body.push(LeafOp::Unary(UnaryOp::Narrow { bits, signed: p.signed() }, a))
            }
            _ => Some(a),
        }
    }

    /// The op of value `v` stored as `k` (a local, argument, field or the
    /// result): only same-typed values, narrow ones re-extended.
    fn store_as(&mut self, (op, t): (u16, Type), k: Scalar) -> Option<u16> {
        (t == k.stack_type()).then_some(())?;
        self.narrow(op, k)
    }

    fn constant(&self, op: u16) -> Option<i64> {
        match self.body.ops.get(usize::from(op)) {
            Some(LeafOp::Iconst(_, c)) => Some(*c),
            _ => None,
        }
    }

    fn insn(&mut self, insn: &Insn) -> Option<()> {
        match insn {
            Insn::Nop => {}
            Insn::LdNull => self.push(LeafOp::Iconst(REF, 0), REF)?,
            Insn::LdcI4(v) => self.push(LeafOp::Iconst(types::I32, i64::from(*v)), types::I32)?,
            Insn::LdcI8(v) => self.push(LeafOp::Iconst(types::I64, *v), types::I64)?,
            Insn::LdcR4(v) => self.push(LeafOp::F32(v.to_bits()), types::F32)?,
            Insn::LdcR8(v) => self.push(LeafOp::F64(v.to_bits()), types::F64)?,
            Insn::LdArg(n) => match *self.args.get(usize::from(*n))? {
                Arg::Val(op, k) => self.stack.push(Entry::Val(op, k.stack_type())),
                // A struct's `this` is its address; a struct argument's value
                // would need a copy.
                Arg::Box { op, own: true } => self.stack.push(Entry::BoxAddr { op, own: true }),
                Arg::Box { .. } => return None,
            },
            Insn::LdArgA(n) => match *self.args.get(usize::from(*n))? {
                Arg::Box { op, own: false } => self.stack.push(Entry::BoxAddr { op, own: false }),
                _ => return None,
            },
            Insn::StArg(n) => {
                let Arg::Val(_, k) = *self.args.get(usize::from(*n))? else { return None };
                let v = self.pop()?;
                let op = self.store_as(v, k)?;
                self.args[usize::from(*n)] = Arg::Val(op, k);
            }
            Insn::LdLoc(n) => {
                let (op, k) = *self.locals.get(usize::from(*n))?;
                self.stack.push(Entry::Val(op?, k.stack_type()));
            }
            Insn::StLoc(n) => {
                let k = self.locals.get(usize::from(*n))?.1;
                let v = self.pop()?;
                let op = self.store_as(v, k)?;
                self.locals[usize::from(*n)].0 = Some(op);
            }
            Insn::Dup => {
                let top = *self.stack.last()?;
                self.stack.push(top);
            }
            Insn::Pop => {
                self.stack.pop()?;
            }
            Insn::Binary(op) => self.binary(*op)?,
            Insn::Neg => {
                let (a, t) = self.pop()?;
                let u = if t.is_float() { UnaryOp::Fneg } else { UnaryOp::Ineg };
                self.push(LeafOp::Unary(u, a), t)?;
            }
            Insn::Not => {
                let (a, t) = self.pop()?;
                (!t.is_float()).then_some(())?;
                self.push(LeafOp::Unary(UnaryOp::Bnot, a), t)?;
            }
            Insn::Conv { to, ovf: false, un } => self.convert(*to, *un)?,
            Insn::Cmp(op) => {
                let (b, tb) = self.pop()?;
                let (a, ta) = self.pop()?;
                (ta == tb).then_some(())?;
                let cmp = if ta.is_float() {
                    LeafOp::Fcmp(
                        match op {
                            CmpOp::Eq => FloatCC::Equal,
                            CmpOp::Gt => FloatCC::GreaterThan,
                            CmpOp::GtUn => FloatCC::UnorderedOrGreaterThan,
                            CmpOp::Lt => FloatCC::LessThan,
                            CmpOp::LtUn => FloatCC::UnorderedOrLessThan,
                        },
                        a,
                        b,
                    )
                } else {
                    LeafOp::Icmp(
                        match op {
                            CmpOp::Eq => IntCC::Equal,
                            CmpOp::Gt => IntCC::SignedGreaterThan,
                            CmpOp::GtUn => IntCC::UnsignedGreaterThan,
                            CmpOp::Lt => IntCC::SignedLessThan,
                            CmpOp::LtUn => IntCC::UnsignedLessThan,
                        },
                        a,
                        b,
                    )
                };
                self.push(cmp, types::I32)?;
            }
            Insn::LdFld(tok) => {
                let (obj, offset, k) = match self.stack.pop()? {
                    Entry::Val(obj, _) => {
                        let (offset, k) = self.field(*tok, false)?;
                        (obj, offset, k)
                    }
                    Entry::BoxAddr { op, .. } => {
                        let (offset, k) = self.field(*tok, true)?;
                        (op, offset + HEADER_SIZE, k)
                    }
                };
                self.push(LeafOp::Load { obj, offset, mem: k.mem() }, k.stack_type())?;
            }
            Insn::StFld(tok) => {
                let v = self.pop()?;
                let (obj, offset, k) = match self.stack.pop()? {
                    Entry::Val(obj, _) => {
                        let (offset, k) = self.field(*tok, false)?;
                        (obj, offset, k)
                    }
                    // Only into the struct's own box (the adapter copies
                    // `this` back), and only when no argument box could be
                    // the same object.
                    Entry::BoxAddr { op, own: true } if !self.struct_args => {
                        let (offset, k) = self.field(*tok, true)?;
                        (op, offset + HEADER_SIZE, k)
                    }
                    Entry::BoxAddr { .. } => return None,
                };
                let value = self.store_as(v, k)?;
                self.body.push(LeafOp::Store { obj, offset, mem: k.mem(), value })?;
            }
            _ => return None,
        }
        Some(())
    }

    fn binary(&mut self, op: BinOp) -> Option<()> {
        let (b, tb) = self.pop()?;
        let (a, ta) = self.pop()?;
        let float = ta.is_float();
        let shift = matches!(op, BinOp::Shl | BinOp::Shr | BinOp::ShrUn);
        if !shift && ta != tb {
            return None;
        }
        let bop = match (op, float) {
            (BinOp::Add, false) => BinaryOp::Iadd,
            (BinOp::Sub, false) => BinaryOp::Isub,
            (BinOp::Mul, false) => BinaryOp::Imul,
            (BinOp::And, false) => BinaryOp::Band,
            (BinOp::Or, false) => BinaryOp::Bor,
            (BinOp::Xor, false) => BinaryOp::Bxor,
            (BinOp::Shl, false) => BinaryOp::Ishl,
            (BinOp::Shr, false) => BinaryOp::Sshr,
            (BinOp::ShrUn, false) => BinaryOp::Ushr,
            // Only by constants that can neither trap nor overflow.
            (BinOp::Div | BinOp::Rem | BinOp::DivUn | BinOp::RemUn, false) => {
                let c = self.constant(b)?;
                let signed = matches!(op, BinOp::Div | BinOp::Rem);
                if c == 0 || (signed && c == -1) {
                    return None;
                }
                match op {
                    BinOp::Div => BinaryOp::Sdiv,
                    BinOp::Rem => BinaryOp::Srem,
                    BinOp::DivUn => BinaryOp::Udiv,
                    _ => BinaryOp::Urem,
                }
            }
            (BinOp::Add, true) => BinaryOp::Fadd,
            (BinOp::Sub, true) => BinaryOp::Fsub,
            (BinOp::Mul, true) => BinaryOp::Fmul,
            (BinOp::Div, true) => BinaryOp::Fdiv,
            // Checked arithmetic throws; float `rem` calls the runtime.
            _ => return None,
        };
        self.push(LeafOp::Binary(bop, a, b), ta)
    }

    /// `conv.<to>` and `conv.<to>.un` without overflow checks, as
    /// `Tr::convert` compiles them; float-to-integer is left to it.
    fn convert(&mut self, to: NumKind, un: bool) -> Option<()> {
        let (a, from) = self.pop()?;
        let f32_or_64 = |t: Type| if t == types::F32 { UnaryOp::Promote } else { UnaryOp::Demote };
        let (ops, t): (Vec<UnaryOp>, Type) = match to {
            NumKind::R4 | NumKind::R8 => {
                let want = if to == NumKind::R4 { types::F32 } else { types::F64 };
                let op = if from.is_float() {
                    (from != want).then(|| f32_or_64(from))
                } else if un {
                    Some(UnaryOp::FromUint(want))
                } else {
                    Some(UnaryOp::FromSint(want))
                };
                (op.into_iter().collect(), want)
            }
            _ if from.is_float() => return None,
            NumKind::I8 | NumKind::I | NumKind::U8 | NumKind::U => {
                let zero = un || matches!(to, NumKind::U8 | NumKind::U);
                let ext = if zero { UnaryOp::Uextend } else { UnaryOp::Sextend };
                ((from == types::I32).then_some(ext).into_iter().collect(), types::I64)
            }
            NumKind::I4 | NumKind::U4 => ((from == types::I64).then_some(UnaryOp::Reduce).into_iter().collect(), types::I32),
            NumKind::I1 | NumKind::U1 | NumKind::I2 | NumKind::U2 => {
                let bits = if matches!(to, NumKind::I1 | NumKind::U1) { 8 } else { 16 };
                let narrow = UnaryOp::Narrow { bits, signed: matches!(to, NumKind::I1 | NumKind::I2) };
                let mut ops = Vec::new();
                if from == types::I64 {
                    ops.push(UnaryOp::Reduce);
                }
                ops.push(narrow);
                (ops, types::I32)
            }
            NumKind::Ref => return None,
        };
        let mut cur = a;
        for u in ops {
            cur = self.body.push(LeafOp::Unary(u, cur))?;
        }
        self.stack.push(Entry::Val(cur, t));
        Some(())
    }

    /// Offset and representation of the instance field `tok` names, of a
    /// struct (`in_struct`) or a class (the substrate checks that the object
    /// is an argument known not to be null).
    fn field(&self, tok: crate::metadata::tables::Token, in_struct: bool) -> Option<(u32, Scalar)> {
        let ctx = Ctx { targs: &[], margs: &[] };
        let (owner, f) = self.clr.resolve_field(self.m.asm, tok, ctx).ok()?;
        if f.is_static || f.literal || self.clr.ty(owner).is_value() != in_struct || !(in_struct || self.m.has_this) {
            return None;
        }
        Some((f.offset, Scalar::of(self.clr.repr(f.ty))?))
    }
}
