//! Java methods as leaf bodies ([`substrate::leaf`]): a method that is
//! small, straight-line and cannot fault or call becomes a list of
//! operations any call site (Java's or C#'s) can inline. Its semantics are
//! Java's: masked shifts, saturating float-to-int conversions, `fcmpl`'s
//! NaN bias. Fields are reached only through `this`, which the call site
//! has checked.

use super::SKind;
use crate::bytecode::{decode, ArithOp, ConstVal, ConvTo, Insn};
use crate::classfile::access;
use crate::model::{Body, Method, Ty};
use crate::vm::Jvm;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::types;
use std::collections::HashMap;
use substrate::leaf::{BinaryOp, LeafBody, LeafOp, Mem, UnaryOp};
use substrate::Runtime;

/// Largest bytecode summarised (bytes).
const MAX_CODE: usize = 40;

/// `m` as a leaf body, or `None` when it is not one.
pub(crate) fn leaf_of(jvm: &Jvm, rt: &Runtime, m: &Method) -> Option<LeafBody> {
    let Body::Bytecode(code) = &m.body else { return None };
    if code.code.len() > MAX_CODE || !code.exception_table.is_empty() || m.access & access::SYNCHRONIZED != 0 {
        return None;
    }
    let insns = decode(&code.code).ok()?;
    let mut s = Summary { jvm, rt, m, body: LeafBody::default(), stack: Vec::new(), locals: HashMap::new() };
    let mut slot = 0u16;
    let mut kinds = Vec::new();
    if !m.is_static() {
        kinds.push(SKind::R);
    }
    kinds.extend(m.md.params.iter().map(|p| SKind::of_ty(Ty::of(p))));
    for (n, k) in kinds.into_iter().enumerate() {
        let op = s.body.push(LeafOp::Arg(u16::try_from(n).ok()?))?;
        s.locals.insert(slot, (op, k));
        slot = slot.checked_add(if k.wide() { 2 } else { 1 })?;
    }
    for (_, insn) in &insns {
        if let Insn::Return(k) = insn {
            let want = m.md.ret.as_ref().map(|r| SKind::of_ty(Ty::of(r)));
            match (k.map(SKind::of_kind), want) {
                (Some(k), Some(w)) if k == w => s.body.ret = Some(s.pop(k)?),
                (None, None) => {}
                _ => return None,
            }
            return Some(s.body);
        }
        s.insn(insn)?;
    }
    None
}

struct Summary<'a> {
    jvm: &'a Jvm,
    rt: &'a Runtime,
    m: &'a Method,
    body: LeafBody,
    stack: Vec<(u16, SKind)>,
    locals: HashMap<u16, (u16, SKind)>,
}

impl Summary<'_> {
    fn push(&mut self, op: LeafOp, k: SKind) -> Option<()> {
        let i = self.body.push(op)?;
        self.stack.push((i, k));
        Some(())
    }

    fn pop(&mut self, k: SKind) -> Option<u16> {
        let (i, got) = self.stack.pop()?;
        (got == k).then_some(i)
    }

    fn pop_any(&mut self) -> Option<(u16, SKind)> {
        self.stack.pop()
    }

    fn constant(&self, i: u16) -> Option<i64> {
        match self.body.ops.get(usize::from(i)) {
            Some(LeafOp::Iconst(_, c)) => Some(*c),
            _ => None,
        }
    }

    fn insn(&mut self, insn: &Insn) -> Option<()> {
        match insn {
            Insn::Nop => {}
            Insn::Const(c) => match *c {
                ConstVal::Null => self.push(LeafOp::Iconst(types::I64, 0), SKind::R)?,
                ConstVal::Int(v) => self.push(LeafOp::Iconst(types::I32, i64::from(v)), SKind::I)?,
                ConstVal::Long(v) => self.push(LeafOp::Iconst(types::I64, v), SKind::L)?,
                ConstVal::Float(v) => self.push(LeafOp::F32(v.to_bits()), SKind::F)?,
                ConstVal::Double(v) => self.push(LeafOp::F64(v.to_bits()), SKind::D)?,
            },
            Insn::Load(k, slot) => {
                let (i, got) = *self.locals.get(slot)?;
                if got != SKind::of_kind(*k) {
                    return None;
                }
                self.stack.push((i, got));
            }
            Insn::Store(k, slot) => {
                let k = SKind::of_kind(*k);
                let i = self.pop(k)?;
                self.locals.insert(*slot, (i, k));
            }
            Insn::Iinc { index, delta } => {
                let (i, k) = *self.locals.get(index)?;
                if k != SKind::I {
                    return None;
                }
                let d = self.body.push(LeafOp::Iconst(types::I32, i64::from(*delta)))?;
                let r = self.body.push(LeafOp::Binary(BinaryOp::Iadd, i, d))?;
                self.locals.insert(*index, (r, SKind::I));
            }
            Insn::Dup => {
                let top = *self.stack.last()?;
                if top.1.wide() {
                    return None;
                }
                self.stack.push(top);
            }
            Insn::Pop => {
                if self.pop_any()?.1.wide() {
                    return None;
                }
            }
            Insn::Swap => {
                let a = self.pop_any()?;
                let b = self.pop_any()?;
                if a.1.wide() || b.1.wide() {
                    return None;
                }
                self.stack.push(a);
                self.stack.push(b);
            }
            Insn::Arith(kind, op) => self.arith(SKind::of_kind(*kind), *op)?,
            Insn::Convert(from, to) => self.convert(SKind::of_kind(*from), *to)?,
            Insn::Lcmp | Insn::Fcmpl | Insn::Fcmpg | Insn::Dcmpl | Insn::Dcmpg => {
                let k = match insn {
                    Insn::Lcmp => SKind::L,
                    Insn::Fcmpl | Insn::Fcmpg => SKind::F,
                    _ => SKind::D,
                };
                let b = self.pop(k)?;
                let a = self.pop(k)?;
                // (a > b) - (a < b), NaN counting as less (l) or greater (g).
                let (gt, lt) = match insn {
                    Insn::Lcmp => (LeafOp::Icmp(IntCC::SignedGreaterThan, a, b), LeafOp::Icmp(IntCC::SignedLessThan, a, b)),
                    Insn::Fcmpl | Insn::Dcmpl => {
                        (LeafOp::Fcmp(FloatCC::GreaterThan, a, b), LeafOp::Fcmp(FloatCC::UnorderedOrLessThan, a, b))
                    }
                    _ => (LeafOp::Fcmp(FloatCC::UnorderedOrGreaterThan, a, b), LeafOp::Fcmp(FloatCC::LessThan, a, b)),
                };
                let g = self.body.push(gt)?;
                let l = self.body.push(lt)?;
                self.push(LeafOp::Binary(BinaryOp::Isub, g, l), SKind::I)?;
            }
            Insn::GetField(idx) => {
                let (offset, ty) = self.this_field(*idx)?;
                let obj = self.pop(SKind::R)?;
                self.push(LeafOp::Load { obj, offset, mem: mem_of(ty) }, SKind::of_ty(ty))?;
            }
            Insn::PutField(idx) => {
                let (offset, ty) = self.this_field(*idx)?;
                let value = self.pop(SKind::of_ty(ty))?;
                let obj = self.pop(SKind::R)?;
                self.body.push(LeafOp::Store { obj, offset, mem: mem_of(ty), value })?;
            }
            _ => return None,
        }
        Some(())
    }

    fn arith(&mut self, k: SKind, op: ArithOp) -> Option<()> {
        let float = matches!(k, SKind::F | SKind::D);
        if k == SKind::R {
            return None;
        }
        if op == ArithOp::Neg {
            let a = self.pop(k)?;
            let u = if float { UnaryOp::Fneg } else { UnaryOp::Ineg };
            return self.push(LeafOp::Unary(u, a), k);
        }
        // Shift counts are ints for both int and long shifts.
        let shift = matches!(op, ArithOp::Shl | ArithOp::Shr | ArithOp::Ushr);
        let b = self.pop(if shift { SKind::I } else { k })?;
        let a = self.pop(k)?;
        let bop = match (op, float) {
            (ArithOp::Add, false) => BinaryOp::Iadd,
            (ArithOp::Sub, false) => BinaryOp::Isub,
            (ArithOp::Mul, false) => BinaryOp::Imul,
            // Only by constants that can neither trap nor overflow.
            (ArithOp::Div | ArithOp::Rem, false) => {
                let c = self.constant(b)?;
                if c == 0 || c == -1 {
                    return None;
                }
                if op == ArithOp::Div { BinaryOp::Sdiv } else { BinaryOp::Srem }
            }
            (ArithOp::And, false) => BinaryOp::Band,
            (ArithOp::Or, false) => BinaryOp::Bor,
            (ArithOp::Xor, false) => BinaryOp::Bxor,
            (ArithOp::Shl, false) => BinaryOp::Ishl,
            (ArithOp::Shr, false) => BinaryOp::Sshr,
            (ArithOp::Ushr, false) => BinaryOp::Ushr,
            (ArithOp::Add, true) => BinaryOp::Fadd,
            (ArithOp::Sub, true) => BinaryOp::Fsub,
            (ArithOp::Mul, true) => BinaryOp::Fmul,
            (ArithOp::Div, true) => BinaryOp::Fdiv,
            // `frem`/`drem` call the runtime.
            _ => return None,
        };
        self.push(LeafOp::Binary(bop, a, b), k)
    }

    fn convert(&mut self, from: SKind, to: ConvTo) -> Option<()> {
        let a = self.pop(from)?;
        let (u, k) = match (from, to) {
            (SKind::I, ConvTo::Long) => (UnaryOp::Sextend, SKind::L),
            (SKind::I | SKind::L, ConvTo::Float) => (UnaryOp::FromSint(types::F32), SKind::F),
            (SKind::I | SKind::L, ConvTo::Double) => (UnaryOp::FromSint(types::F64), SKind::D),
            (SKind::L, ConvTo::Int) => (UnaryOp::Reduce, SKind::I),
            (SKind::F | SKind::D, ConvTo::Int) => (UnaryOp::ToSintSat(types::I32), SKind::I),
            (SKind::F | SKind::D, ConvTo::Long) => (UnaryOp::ToSintSat(types::I64), SKind::L),
            (SKind::F, ConvTo::Double) => (UnaryOp::Promote, SKind::D),
            (SKind::D, ConvTo::Float) => (UnaryOp::Demote, SKind::F),
            (SKind::I, ConvTo::Byte) => (UnaryOp::Narrow { bits: 8, signed: true }, SKind::I),
            (SKind::I, ConvTo::Char) => (UnaryOp::Narrow { bits: 16, signed: false }, SKind::I),
            (SKind::I, ConvTo::Short) => (UnaryOp::Narrow { bits: 16, signed: true }, SKind::I),
            _ => return None,
        };
        self.push(LeafOp::Unary(u, a), k)
    }

    /// Offset and type of the instance field that `getfield`/`putfield`
    /// `idx` names (resolved as the instruction would be).
    fn this_field(&self, idx: u16) -> Option<(u32, Ty)> {
        if self.m.is_static() {
            return None;
        }
        let file = self.jvm.state.borrow().classes[self.m.class].file.clone()?;
        let mr = file.constant_pool.member_ref(idx).ok()?;
        let c = self.jvm.load(self.rt, &mr.class).ok()?;
        let (_, f) = self.jvm.find_field(c, &mr.name).filter(|(_, f)| f.desc == mr.descriptor && !f.is_static)?;
        Some((f.offset, f.ty))
    }
}

fn mem_of(ty: Ty) -> Mem {
    match ty {
        Ty::Boolean | Ty::Byte => Mem::I8,
        Ty::Char => Mem::U16,
        Ty::Short => Mem::I16,
        Ty::Int => Mem::I32,
        Ty::Long => Mem::I64,
        Ty::Float => Mem::F32,
        Ty::Double => Mem::F64,
        Ty::Ref => Mem::Ref,
    }
}
