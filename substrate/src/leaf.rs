//! Leaf bodies: small methods any front end can inline, whichever VM
//! defined them.
//!
//! A front end summarises a method that is straight-line, calls nothing and
//! cannot fault in its own frame (getters, setters, arithmetic helpers, empty constructors)
//! as a [`LeafBody`]: a list of operations in SSA form over the method's
//! arguments, with its own semantics already applied (Java's masked shifts,
//! .NET's unsigned conversions). A call site of *either* VM that reaches
//! such a method without dispatch asks [`crate::Runtime::leaf`] for it and
//! emits the operations in place of the call, so a Java call of a C# getter
//! compiles to the same load as a C# call of it (DESIGN.md: a call with an
//! identity mapping compiles to nothing).
//!
//! [`Lowering::inline_leaf`] checks a body before emitting anything: every
//! operand is defined earlier and has the type its operation needs, a
//! division's divisor is a constant that cannot trap, memory is reached only
//! through arguments known not to be null (the receiver the call site has
//! checked, or one the body's own `NullCheck` tested: a boundary adapter's
//! check, which raises the caller's exception as the adapter would). A body
//! that fails the check is called instead, so a front end's mistake costs
//! speed, never soundness.

use crate::lower::{Lowering, REF};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, Type, Value};

/// Largest body front ends summarise (operations).
pub const MAX_OPS: usize = 32;

/// One operation of a [`LeafBody`]; operands are indices of earlier ops.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LeafOp {
    /// The method's argument `n` (the receiver is argument 0).
    Arg(u16),
    /// An integer constant of type `I32` or `I64` (or the null reference as
    /// `REF` 0).
    Iconst(Type, i64),
    /// A float constant, by its bits.
    F32(u32),
    /// A double constant, by its bits.
    F64(u64),
    /// A two-operand operation.
    Binary(BinaryOp, u16, u16),
    /// A one-operand operation.
    Unary(UnaryOp, u16),
    /// An integer comparison, as an `I32` 0 or 1.
    Icmp(IntCC, u16, u16),
    /// A float comparison, as an `I32` 0 or 1.
    Fcmp(FloatCC, u16, u16),
    /// A field of a checked argument (the receiver, or one a `NullCheck`
    /// tested), widened to the stack type of `mem`.
    Load {
        /// The receiver op.
        obj: u16,
        /// Byte offset from the object's start.
        offset: u32,
        /// The field's representation.
        mem: Mem,
    },
    /// Raises the *caller's* null fault when the argument op is null; the
    /// argument's memory may be used after it. Only for checks that belong
    /// to the call site (a boundary adapter's: Java's `NullPointerException`
    /// for a `null` struct), since the fault shows the caller's frame.
    NullCheck(u16),
    /// Stores `value` (narrowed to `mem`) into a field of a checked argument.
    Store {
        /// The receiver op.
        obj: u16,
        /// Byte offset from the object's start.
        offset: u32,
        /// The field's representation.
        mem: Mem,
        /// The stored op.
        value: u16,
    },
}

/// Two-operand operations, named by their Cranelift instructions (Cranelift's, with its semantics: shifts mask the
/// count by the width, as both Java and x86 .NET do).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[expect(missing_docs, reason = "each is the Cranelift instruction of its name")]
pub enum BinaryOp {
    Iadd,
    Isub,
    Imul,
    /// Signed division by a constant other than 0 and -1.
    Sdiv,
    /// Signed remainder by a constant other than 0 and -1.
    Srem,
    /// Unsigned division by a nonzero constant.
    Udiv,
    /// Unsigned remainder by a nonzero constant.
    Urem,
    Band,
    Bor,
    Bxor,
    Ishl,
    Sshr,
    Ushr,
    Fadd,
    Fsub,
    Fmul,
    Fdiv,
}

/// One-operand operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    /// Integer negation (wrapping).
    Ineg,
    /// Bitwise not.
    Bnot,
    /// Float negation.
    Fneg,
    /// `I32` to `I64` by sign.
    Sextend,
    /// `I32` to `I64` by zeros.
    Uextend,
    /// `I64` to `I32`.
    Reduce,
    /// The low 8 or 16 bits of an `I32`, extended back by sign or zeros.
    Narrow {
        /// 8 or 16.
        bits: u8,
        /// Extend by sign (else by zeros).
        signed: bool,
    },
    /// Signed integer to float (`F32` or `F64`).
    FromSint(Type),
    /// Unsigned integer to float (`F32` or `F64`).
    FromUint(Type),
    /// Float to integer, saturating, NaN to 0 (Java's `f2i`, `d2l`).
    ToSintSat(Type),
    /// `F32` to `F64`.
    Promote,
    /// `F64` to `F32`.
    Demote,
}

/// A field's representation in memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[expect(missing_docs, reason = "signed and unsigned integers, floats by width")]
pub enum Mem {
    I8,
    U8,
    I16,
    U16,
    I32,
    I64,
    F32,
    F64,
    /// A managed reference: stores take the write barrier.
    Ref,
}

impl Mem {
    /// The type a loaded value has on the stack.
    pub fn stack_type(self) -> Type {
        match self {
            Mem::I8 | Mem::U8 | Mem::I16 | Mem::U16 | Mem::I32 => types::I32,
            Mem::I64 | Mem::Ref => types::I64,
            Mem::F32 => types::F32,
            Mem::F64 => types::F64,
        }
    }
}

/// A method body as a list of operations; `ret` is the op whose value the
/// method returns.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LeafBody {
    /// The operations, in execution order.
    pub ops: Vec<LeafOp>,
    /// The returned value, if the method returns one.
    pub ret: Option<u16>,
}

impl LeafBody {
    /// Appends `op` and returns its index, or `None` past [`MAX_OPS`].
    pub fn push(&mut self, op: LeafOp) -> Option<u16> {
        if self.ops.len() >= MAX_OPS {
            return None;
        }
        self.ops.push(op);
        u16::try_from(self.ops.len() - 1).ok()
    }

    /// The type of every op given the arguments' types, or `None` when the
    /// body is ill-typed or could trap.
    fn check(&self, args: &[Type], ret: Option<Type>, receiver_checked: bool) -> Option<Vec<Type>> {
        let mut tys: Vec<Type> = Vec::with_capacity(self.ops.len());
        // Arguments known not to be null.
        let mut checked: Vec<u16> = if receiver_checked { vec![0] } else { Vec::new() };
        let int = |t: Type| t == types::I32 || t == types::I64;
        let float = |t: Type| t == types::F32 || t == types::F64;
        for op in &self.ops {
            let at = |i: u16| tys.get(usize::from(i)).copied();
            let t = match *op {
                LeafOp::Arg(n) => *args.get(usize::from(n))?,
                LeafOp::Iconst(t, _) => int(t).then_some(t)?,
                LeafOp::F32(_) => types::F32,
                LeafOp::F64(_) => types::F64,
                LeafOp::Binary(bop, a, b) => {
                    let (ta, tb) = (at(a)?, at(b)?);
                    match bop {
                        BinaryOp::Fadd | BinaryOp::Fsub | BinaryOp::Fmul | BinaryOp::Fdiv => {
                            (float(ta) && ta == tb).then_some(ta)?
                        }
                        BinaryOp::Ishl | BinaryOp::Sshr | BinaryOp::Ushr => (int(ta) && int(tb)).then_some(ta)?,
                        BinaryOp::Sdiv | BinaryOp::Srem | BinaryOp::Udiv | BinaryOp::Urem => {
                            let signed = matches!(bop, BinaryOp::Sdiv | BinaryOp::Srem);
                            let safe = match self.ops.get(usize::from(b)) {
                                Some(LeafOp::Iconst(_, c)) => *c != 0 && (!signed || *c != -1),
                                _ => false,
                            };
                            (safe && int(ta) && ta == tb).then_some(ta)?
                        }
                        _ => (int(ta) && ta == tb).then_some(ta)?,
                    }
                }
                LeafOp::Unary(uop, a) => {
                    let ta = at(a)?;
                    match uop {
                        UnaryOp::Ineg | UnaryOp::Bnot => int(ta).then_some(ta)?,
                        UnaryOp::Fneg => float(ta).then_some(ta)?,
                        UnaryOp::Sextend | UnaryOp::Uextend => (ta == types::I32).then_some(types::I64)?,
                        UnaryOp::Reduce => (ta == types::I64).then_some(types::I32)?,
                        UnaryOp::Narrow { bits, .. } => (ta == types::I32 && (bits == 8 || bits == 16)).then_some(ta)?,
                        UnaryOp::FromSint(to) | UnaryOp::FromUint(to) => (int(ta) && float(to)).then_some(to)?,
                        UnaryOp::ToSintSat(to) => (float(ta) && int(to)).then_some(to)?,
                        UnaryOp::Promote => (ta == types::F32).then_some(types::F64)?,
                        UnaryOp::Demote => (ta == types::F64).then_some(types::F32)?,
                    }
                }
                LeafOp::Icmp(_, a, b) => (int(at(a)?) && at(a)? == at(b)?).then_some(types::I32)?,
                LeafOp::Fcmp(_, a, b) => (float(at(a)?) && at(a)? == at(b)?).then_some(types::I32)?,
                LeafOp::NullCheck(a) => {
                    let n = self.argument(a, args)?;
                    checked.push(n);
                    types::INVALID
                }
                LeafOp::Load { obj, mem, .. } => {
                    checked.contains(&self.argument(obj, args)?).then_some(mem.stack_type())?
                }
                LeafOp::Store { obj, mem, value, .. } => {
                    checked.contains(&self.argument(obj, args)?).then_some(())?;
                    (at(value)? == mem.stack_type()).then_some(types::INVALID)?
                }
            };
            tys.push(t);
        }
        let ret_ok = match (self.ret, ret) {
            (None, None) => true,
            (Some(r), Some(t)) => tys.get(usize::from(r)) == Some(&t),
            _ => false,
        };
        ret_ok.then_some(tys)
    }

    /// The argument that op `op` is, when it is a reference argument.
    fn argument(&self, op: u16, args: &[Type]) -> Option<u16> {
        match self.ops.get(usize::from(op)) {
            Some(&LeafOp::Arg(n)) if args.get(usize::from(n)) == Some(&REF) => Some(n),
            _ => None,
        }
    }
}

const TRUSTED: MemFlagsData = MemFlagsData::trusted();

impl Lowering<'_> {
    /// Emits `leaf` with `args` in place of a call and returns `Some(result)`
    /// (`Some(None)` for a method without result); `None`, having emitted
    /// nothing, when the body does not check against the call's argument
    /// and `ret` types or touches memory of an argument not known to be
    /// non-null (`receiver_checked`: argument 0 is).
    pub fn inline_leaf(&mut self, leaf: &LeafBody, args: &[Value], ret: Option<Type>, receiver_checked: bool) -> Option<Option<Value>> {
        let arg_tys: Vec<Type> = args.iter().map(|&a| self.b.func.dfg.value_type(a)).collect();
        leaf.check(&arg_tys, ret, receiver_checked)?;
        let mut vals: Vec<Value> = Vec::with_capacity(leaf.ops.len());
        for op in &leaf.ops {
            let v = |i: u16| vals[usize::from(i)];
            let r = match *op {
                LeafOp::Arg(n) => args[usize::from(n)],
                LeafOp::Iconst(t, c) => self.b.ins().iconst(t, c),
                LeafOp::F32(bits) => self.b.ins().f32const(f32::from_bits(bits)),
                LeafOp::F64(bits) => self.b.ins().f64const(f64::from_bits(bits)),
                LeafOp::Binary(bop, a, b) => {
                    let (x, y) = (v(a), v(b));
                    let i = self.b.ins();
                    match bop {
                        BinaryOp::Iadd => i.iadd(x, y),
                        BinaryOp::Isub => i.isub(x, y),
                        BinaryOp::Imul => i.imul(x, y),
                        BinaryOp::Sdiv => i.sdiv(x, y),
                        BinaryOp::Srem => i.srem(x, y),
                        BinaryOp::Udiv => i.udiv(x, y),
                        BinaryOp::Urem => i.urem(x, y),
                        BinaryOp::Band => i.band(x, y),
                        BinaryOp::Bor => i.bor(x, y),
                        BinaryOp::Bxor => i.bxor(x, y),
                        BinaryOp::Ishl => i.ishl(x, y),
                        BinaryOp::Sshr => i.sshr(x, y),
                        BinaryOp::Ushr => i.ushr(x, y),
                        BinaryOp::Fadd => i.fadd(x, y),
                        BinaryOp::Fsub => i.fsub(x, y),
                        BinaryOp::Fmul => i.fmul(x, y),
                        BinaryOp::Fdiv => i.fdiv(x, y),
                    }
                }
                LeafOp::Unary(uop, a) => {
                    let x = v(a);
                    match uop {
                        UnaryOp::Ineg => self.b.ins().ineg(x),
                        UnaryOp::Bnot => self.b.ins().bnot(x),
                        UnaryOp::Fneg => self.b.ins().fneg(x),
                        UnaryOp::Sextend => self.b.ins().sextend(types::I64, x),
                        UnaryOp::Uextend => self.b.ins().uextend(types::I64, x),
                        UnaryOp::Reduce => self.b.ins().ireduce(types::I32, x),
                        UnaryOp::Narrow { bits, signed } => {
                            let t = if bits == 8 { types::I8 } else { types::I16 };
                            let n = self.b.ins().ireduce(t, x);
                            if signed {
                                self.b.ins().sextend(types::I32, n)
                            } else {
                                self.b.ins().uextend(types::I32, n)
                            }
                        }
                        UnaryOp::FromSint(to) => self.b.ins().fcvt_from_sint(to, x),
                        UnaryOp::FromUint(to) => self.b.ins().fcvt_from_uint(to, x),
                        UnaryOp::ToSintSat(to) => self.b.ins().fcvt_to_sint_sat(to, x),
                        UnaryOp::Promote => self.b.ins().fpromote(types::F64, x),
                        UnaryOp::Demote => self.b.ins().fdemote(types::F32, x),
                    }
                }
                LeafOp::Icmp(cc, a, b) => {
                    let c = self.b.ins().icmp(cc, v(a), v(b));
                    self.b.ins().uextend(types::I32, c)
                }
                LeafOp::Fcmp(cc, a, b) => {
                    let c = self.b.ins().fcmp(cc, v(a), v(b));
                    self.b.ins().uextend(types::I32, c)
                }
                LeafOp::Load { obj, offset, mem } => {
                    let (o, off) = (v(obj), offset as i32);
                    let i = self.b.ins();
                    let r = match mem {
                        Mem::I8 => i.sload8(types::I32, TRUSTED, o, off),
                        Mem::U8 => i.uload8(types::I32, TRUSTED, o, off),
                        Mem::I16 => i.sload16(types::I32, TRUSTED, o, off),
                        Mem::U16 => i.uload16(types::I32, TRUSTED, o, off),
                        other => i.load(other.stack_type(), TRUSTED, o, off),
                    };
                    if mem == Mem::Ref {
                        // Live across the caller's next safepoint like any reference.
                        self.b.declare_value_needs_stack_map(r);
                    }
                    r
                }
                LeafOp::NullCheck(a) => {
                    self.null_check(v(a));
                    // (no value; the index stays aligned with `ops`)
                    v(a)
                }
                LeafOp::Store { obj, offset, mem, value } => {
                    let (o, x) = (v(obj), v(value));
                    let x = match mem {
                        Mem::I8 | Mem::U8 => self.b.ins().ireduce(types::I8, x),
                        Mem::I16 | Mem::U16 => self.b.ins().ireduce(types::I16, x),
                        Mem::Ref => {
                            self.write_barrier(o);
                            x
                        }
                        _ => x,
                    };
                    self.b.ins().store(TRUSTED, x, o, offset as i32);
                    // (no value; the index stays aligned with `ops`)
                    o
                }
            };
            vals.push(r);
        }
        Some(leaf.ret.map(|r| vals[usize::from(r)]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(ops: &[LeafOp], ret: Option<u16>) -> LeafBody {
        LeafBody { ops: ops.to_vec(), ret }
    }

    #[test]
    fn well_typed_bodies_check() {
        // x + 1
        let b = body(&[LeafOp::Arg(0), LeafOp::Iconst(types::I32, 1), LeafOp::Binary(BinaryOp::Iadd, 0, 1)], Some(2));
        assert!(b.check(&[types::I32], Some(types::I32), false).is_some());
        // a getter of an int field, when the call site checked the receiver
        let g = body(&[LeafOp::Arg(0), LeafOp::Load { obj: 0, offset: 16, mem: Mem::I32 }], Some(1));
        assert!(g.check(&[REF], Some(types::I32), true).is_some());
        assert!(g.check(&[REF], Some(types::I32), false).is_none());
        // a field of another argument after the body's own null check
        let n = body(
            &[LeafOp::Arg(1), LeafOp::NullCheck(0), LeafOp::Load { obj: 0, offset: 16, mem: Mem::I32 }],
            Some(2),
        );
        assert!(n.check(&[REF, REF], Some(types::I32), false).is_some());
    }

    #[test]
    fn ill_typed_or_trapping_bodies_are_refused() {
        // i32 + i64
        let mixed = body(&[LeafOp::Arg(0), LeafOp::Iconst(types::I64, 1), LeafOp::Binary(BinaryOp::Iadd, 0, 1)], Some(2));
        assert!(mixed.check(&[types::I32], Some(types::I32), false).is_none());
        // a division by an argument may trap
        let div = body(&[LeafOp::Arg(0), LeafOp::Arg(1), LeafOp::Binary(BinaryOp::Sdiv, 0, 1)], Some(2));
        assert!(div.check(&[types::I32, types::I32], Some(types::I32), false).is_none());
        // MIN / -1 traps in hardware
        let m1 = body(&[LeafOp::Arg(0), LeafOp::Iconst(types::I32, -1), LeafOp::Binary(BinaryOp::Srem, 0, 1)], Some(2));
        assert!(m1.check(&[types::I32], Some(types::I32), false).is_none());
        // memory only through checked arguments
        let other = body(&[LeafOp::Arg(1), LeafOp::Load { obj: 0, offset: 16, mem: Mem::I32 }], Some(1));
        assert!(other.check(&[REF, REF], Some(types::I32), true).is_none());
        // a null check of something that is not a reference argument
        let bad = body(&[LeafOp::Arg(0), LeafOp::NullCheck(0)], None);
        assert!(bad.check(&[types::I32], None, false).is_none());
        // operands must come first
        let fwd = body(&[LeafOp::Binary(BinaryOp::Iadd, 1, 1), LeafOp::Arg(0)], Some(0));
        assert!(fwd.check(&[types::I32], Some(types::I32), false).is_none());
        // the result type must be the call's
        let b = body(&[LeafOp::Arg(0)], Some(0));
        assert!(b.check(&[types::I32], Some(types::I64), false).is_none());
        assert!(b.check(&[types::I32], None, false).is_none());
    }

    #[test]
    fn bodies_stop_growing_at_the_limit() {
        let mut b = LeafBody::default();
        for _ in 0..MAX_OPS {
            assert!(b.push(LeafOp::Arg(0)).is_some());
        }
        assert!(b.push(LeafOp::Arg(0)).is_none());
    }
}
