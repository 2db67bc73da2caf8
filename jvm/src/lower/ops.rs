//! Constants, locals' neighbours on the stack, arithmetic, conversions,
//! comparisons and array element access (JVMS §6.5, families `*const`,
//! `*add`..`*xor`, `i2*`..`d2*`, `*cmp*`, `*aload`, `*astore`).

use super::{verify, Entry, LResult, LowerError, SKind, Translator};
use crate::bytecode::{ArithOp, ArrayKind, Cond, ConstVal, ConvTo, Insn, Kind};
use crate::classfile::Constant;
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, InstBuilder, Type, Value};
use substrate::Fault;

pub(crate) fn intcc(c: Cond) -> IntCC {
    match c {
        Cond::Eq => IntCC::Equal,
        Cond::Ne => IntCC::NotEqual,
        Cond::Lt => IntCC::SignedLessThan,
        Cond::Ge => IntCC::SignedGreaterThanOrEqual,
        Cond::Gt => IntCC::SignedGreaterThan,
        Cond::Le => IntCC::SignedLessThanOrEqual,
    }
}

/// (memory type, stack kind, sign-extend?) of an array element kind.
fn elem(ak: ArrayKind) -> (Type, SKind, bool, u32) {
    match ak {
        ArrayKind::Boolean | ArrayKind::Byte => (types::I8, SKind::I, true, 1),
        ArrayKind::Char => (types::I16, SKind::I, false, 2),
        ArrayKind::Short => (types::I16, SKind::I, true, 2),
        ArrayKind::Int => (types::I32, SKind::I, false, 4),
        ArrayKind::Long => (types::I64, SKind::L, false, 8),
        ArrayKind::Float => (types::F32, SKind::F, false, 4),
        ArrayKind::Double => (types::F64, SKind::D, false, 8),
        ArrayKind::Ref => (types::I64, SKind::R, false, 8),
    }
}

impl Translator<'_, '_> {
    pub(crate) fn constant(&mut self, c: ConstVal) {
        let b = &mut self.lw.b;
        let (k, v) = match c {
            ConstVal::Null => (SKind::R, b.ins().iconst(types::I64, 0)),
            ConstVal::Int(i) => (SKind::I, b.ins().iconst(types::I32, i64::from(i))),
            ConstVal::Long(l) => (SKind::L, b.ins().iconst(types::I64, l)),
            ConstVal::Float(f) => (SKind::F, b.ins().f32const(f)),
            ConstVal::Double(d) => (SKind::D, b.ins().f64const(d)),
        };
        self.push(k, v);
    }

    pub(crate) fn ldc(&mut self, idx: u16) -> LResult<()> {
        let file = self.file.clone().ok_or_else(|| verify("ldc without a class file"))?;
        let c = file.constant_pool.loadable(idx).map_err(|e| verify(e.to_string()))?;
        match c {
            Constant::Integer(i) => self.constant(ConstVal::Int(i)),
            Constant::Float(f) => self.constant(ConstVal::Float(f)),
            Constant::Long(l) => self.constant(ConstVal::Long(l)),
            Constant::Double(d) => self.constant(ConstVal::Double(d)),
            Constant::String(_) => {
                let units = file.constant_pool.string_utf16(idx).map_err(|e| verify(e.to_string()))?;
                let o = self.jvm.intern(self.rt, &units).map_err(LowerError::Thrown)?;
                let v = self.lw.b.ins().iconst(types::I64, o.addr() as i64);
                self.push(SKind::R, v);
            }
            Constant::Class(name) => match self.jvm.load(self.rt, &name) {
                Ok(ci) => {
                    let o = self.jvm.class_object(self.rt, ci).map_err(LowerError::Thrown)?;
                    let v = self.lw.b.ins().iconst(types::I64, o.addr() as i64);
                    self.push(SKind::R, v);
                }
                Err(e) => {
                    self.throw_error(&e)?;
                    let v = self.lw.b.ins().iconst(types::I64, 0);
                    self.push(SKind::R, v);
                }
            },
            other => {
                let e = crate::vm::LinkError::new(
                    "java/lang/UnsupportedOperationException",
                    format!("twain does not support ldc of {other:?}"),
                );
                self.throw_error(&e)?;
                let v = self.lw.b.ins().iconst(types::I64, 0);
                self.push(SKind::R, v);
            }
        }
        Ok(())
    }

    pub(crate) fn array_load(&mut self, ak: ArrayKind) -> LResult<()> {
        let idx = self.pop_k(SKind::I)?;
        let arr = self.pop_k(SKind::R)?;
        let (mem, k, signed, size) = elem(ak);
        self.lw.null_check(arr);
        let addr = self.lw.element_addr(arr, idx, size);
        let b = &mut self.lw.b;
        let flags = cranelift_codegen::ir::MemFlagsData::trusted();
        let v = match (mem, signed) {
            (types::I8, _) => b.ins().sload8(types::I32, flags, addr, 0),
            (types::I16, true) => b.ins().sload16(types::I32, flags, addr, 0),
            (types::I16, false) => b.ins().uload16(types::I32, flags, addr, 0),
            (t, _) => b.ins().load(t, flags, addr, 0),
        };
        self.push(k, v);
        Ok(())
    }

    pub(crate) fn array_store(&mut self, ak: ArrayKind) -> LResult<()> {
        let (mem, vk, _, size) = elem(ak);
        let val = self.pop_k(vk)?;
        let idx = self.pop_k(SKind::I)?;
        let arr = self.pop_k(SKind::R)?;
        self.lw.null_check(arr);
        let addr = self.lw.element_addr(arr, idx, size);
        if ak == ArrayKind::Ref {
            let skip = self.lw.b.create_block();
            let check = self.lw.b.create_block();
            self.lw.b.ins().brif(val, check, &[], skip, &[]);
            self.lw.b.switch_to_block(check);
            self.lw.store_check(arr, val);
            self.lw.write_barrier(arr);
            self.lw.b.ins().jump(skip, &[]);
            self.lw.b.switch_to_block(skip);
        }
        let v = match mem {
            types::I8 | types::I16 => self.lw.b.ins().ireduce(mem, val),
            _ => val,
        };
        self.lw.store_element(addr, v);
        Ok(())
    }

    pub(crate) fn stack_op(&mut self, insn: &Insn) -> LResult<()> {
        // Category 2 values (long, double) are one entry here; the forms of
        // JVMS §6.5 pop2/dup2* are chosen by the categories on top.
        let cat2 = |e: &Entry| e.k.wide();
        let n = self.stack.len();
        let top = |s: &Vec<Entry>, i: usize| -> LResult<Entry> {
            s.get(n.wrapping_sub(i)).copied().ok_or_else(|| verify("operand stack underflow"))
        };
        match insn {
            Insn::Pop => {
                self.pop_entry()?;
            }
            Insn::Pop2 => {
                let a = self.pop_entry()?;
                if !cat2(&a) {
                    self.pop_entry()?;
                }
            }
            Insn::Dup => {
                let a = top(&self.stack, 1)?;
                self.stack.push(a);
            }
            Insn::DupX1 => {
                let a = self.pop_entry()?;
                let b = self.pop_entry()?;
                self.stack.extend([a, b, a]);
            }
            Insn::DupX2 => {
                let a = self.pop_entry()?;
                let b = self.pop_entry()?;
                if cat2(&b) {
                    self.stack.extend([a, b, a]);
                } else {
                    let c = self.pop_entry()?;
                    self.stack.extend([a, c, b, a]);
                }
            }
            Insn::Dup2 => {
                let a = top(&self.stack, 1)?;
                if cat2(&a) {
                    self.stack.push(a);
                } else {
                    let b = top(&self.stack, 2)?;
                    self.stack.extend([b, a]);
                }
            }
            Insn::Dup2X1 => {
                let a = self.pop_entry()?;
                if cat2(&a) {
                    let b = self.pop_entry()?;
                    self.stack.extend([a, b, a]);
                } else {
                    let b = self.pop_entry()?;
                    let c = self.pop_entry()?;
                    self.stack.extend([b, a, c, b, a]);
                }
            }
            Insn::Dup2X2 => {
                let a = self.pop_entry()?;
                if cat2(&a) {
                    let b = self.pop_entry()?;
                    if cat2(&b) {
                        self.stack.extend([a, b, a]);
                    } else {
                        let c = self.pop_entry()?;
                        self.stack.extend([a, c, b, a]);
                    }
                } else {
                    let b = self.pop_entry()?;
                    let c = self.pop_entry()?;
                    if cat2(&c) {
                        self.stack.extend([b, a, c, b, a]);
                    } else {
                        let d = self.pop_entry()?;
                        self.stack.extend([b, a, d, c, b, a]);
                    }
                }
            }
            Insn::Swap => {
                let a = self.pop_entry()?;
                let b = self.pop_entry()?;
                self.stack.extend([a, b]);
            }
            _ => return Err(verify("not a stack instruction")),
        }
        Ok(())
    }

    pub(crate) fn arith(&mut self, k: Kind, op: ArithOp) -> LResult<()> {
        let sk = SKind::of_kind(k);
        if op == ArithOp::Neg {
            let a = self.pop_k(sk)?;
            let r = if matches!(sk, SKind::F | SKind::D) { self.lw.b.ins().fneg(a) } else { self.lw.b.ins().ineg(a) };
            self.push(sk, r);
            return Ok(());
        }
        // Shift counts are ints for both int and long shifts.
        let bk = if matches!(op, ArithOp::Shl | ArithOp::Shr | ArithOp::Ushr) { SKind::I } else { sk };
        let b = self.pop_k(bk)?;
        let a = self.pop_k(sk)?;
        if matches!(sk, SKind::R) {
            return Err(verify("arithmetic on references"));
        }
        let r = match sk {
            SKind::F | SKind::D => self.float_op(sk, op, a, b)?,
            _ => self.int_op(sk, op, a, b)?,
        };
        self.push(sk, r);
        Ok(())
    }

    fn int_op(&mut self, sk: SKind, op: ArithOp, a: Value, b: Value) -> LResult<Value> {
        let t = sk.clif();
        Ok(match op {
            ArithOp::Add => self.lw.b.ins().iadd(a, b),
            ArithOp::Sub => self.lw.b.ins().isub(a, b),
            ArithOp::Mul => self.lw.b.ins().imul(a, b),
            ArithOp::And => self.lw.b.ins().band(a, b),
            ArithOp::Or => self.lw.b.ins().bor(a, b),
            ArithOp::Xor => self.lw.b.ins().bxor(a, b),
            // Cranelift masks shift counts by the type width, as Java does.
            ArithOp::Shl => self.lw.b.ins().ishl(a, b),
            ArithOp::Shr => self.lw.b.ins().sshr(a, b),
            ArithOp::Ushr => self.lw.b.ins().ushr(a, b),
            ArithOp::Div | ArithOp::Rem => {
                let zero = self.lw.b.ins().icmp_imm_s(IntCC::Equal, b, 0);
                let arg = self.lw.b.ins().iconst(types::I64, 0);
                self.lw.fault_if(zero, Fault::DivideByZero, arg);
                // MIN / -1 overflows in hardware; Java gives MIN (and 0 for %).
                let m1 = self.lw.b.ins().icmp_imm_s(IntCC::Equal, b, -1);
                let one = self.lw.b.ins().iconst(t, 1);
                let safe = self.lw.b.ins().select(m1, one, b);
                if op == ArithOp::Div {
                    let q = self.lw.b.ins().sdiv(a, safe);
                    let neg = self.lw.b.ins().ineg(a);
                    self.lw.b.ins().select(m1, neg, q)
                } else {
                    let r = self.lw.b.ins().srem(a, safe);
                    let z = self.lw.b.ins().iconst(t, 0);
                    self.lw.b.ins().select(m1, z, r)
                }
            }
            ArithOp::Neg => return Err(verify("neg")),
        })
    }

    fn float_op(&mut self, sk: SKind, op: ArithOp, a: Value, b: Value) -> LResult<Value> {
        Ok(match op {
            ArithOp::Add => self.lw.b.ins().fadd(a, b),
            ArithOp::Sub => self.lw.b.ins().fsub(a, b),
            ArithOp::Mul => self.lw.b.ins().fmul(a, b),
            ArithOp::Div => self.lw.b.ins().fdiv(a, b),
            ArithOp::Rem => {
                if sk == SKind::F {
                    let a = self.lw.b.ins().fpromote(types::F64, a);
                    let b = self.lw.b.ins().fpromote(types::F64, b);
                    let r = self.lw.call_rt("jvm_drem", &[a, b])[0];
                    self.lw.b.ins().fdemote(types::F32, r)
                } else {
                    self.lw.call_rt("jvm_drem", &[a, b])[0]
                }
            }
            _ => return Err(verify("bad float op")),
        })
    }

    pub(crate) fn convert(&mut self, from: Kind, to: ConvTo) -> LResult<()> {
        let a = self.pop_k(SKind::of_kind(from))?;
        let b = &mut self.lw.b;
        let (k, v) = match (from, to) {
            (Kind::Int, ConvTo::Long) => (SKind::L, b.ins().sextend(types::I64, a)),
            (Kind::Int, ConvTo::Float) => (SKind::F, b.ins().fcvt_from_sint(types::F32, a)),
            (Kind::Int, ConvTo::Double) => (SKind::D, b.ins().fcvt_from_sint(types::F64, a)),
            (Kind::Long, ConvTo::Int) => (SKind::I, b.ins().ireduce(types::I32, a)),
            (Kind::Long, ConvTo::Float) => (SKind::F, b.ins().fcvt_from_sint(types::F32, a)),
            (Kind::Long, ConvTo::Double) => (SKind::D, b.ins().fcvt_from_sint(types::F64, a)),
            (Kind::Float, ConvTo::Int) => (SKind::I, b.ins().fcvt_to_sint_sat(types::I32, a)),
            (Kind::Float, ConvTo::Long) => (SKind::L, b.ins().fcvt_to_sint_sat(types::I64, a)),
            (Kind::Float, ConvTo::Double) => (SKind::D, b.ins().fpromote(types::F64, a)),
            (Kind::Double, ConvTo::Int) => (SKind::I, b.ins().fcvt_to_sint_sat(types::I32, a)),
            (Kind::Double, ConvTo::Long) => (SKind::L, b.ins().fcvt_to_sint_sat(types::I64, a)),
            (Kind::Double, ConvTo::Float) => (SKind::F, b.ins().fdemote(types::F32, a)),
            (Kind::Int, ConvTo::Byte) => {
                let n = b.ins().ireduce(types::I8, a);
                (SKind::I, b.ins().sextend(types::I32, n))
            }
            (Kind::Int, ConvTo::Char) => (SKind::I, b.ins().band_imm_u(a, 0xffff)),
            (Kind::Int, ConvTo::Short) => {
                let n = b.ins().ireduce(types::I16, a);
                (SKind::I, b.ins().sextend(types::I32, n))
            }
            _ => return Err(verify("bad conversion")),
        };
        self.push(k, v);
        Ok(())
    }

    pub(crate) fn compare(&mut self, insn: &Insn) -> LResult<()> {
        let k = match insn {
            Insn::Lcmp => SKind::L,
            Insn::Fcmpl | Insn::Fcmpg => SKind::F,
            _ => SKind::D,
        };
        let b = self.pop_k(k)?;
        let a = self.pop_k(k)?;
        let bld = &mut self.lw.b;
        let (gt, lt) = match insn {
            Insn::Lcmp => (bld.ins().icmp(IntCC::SignedGreaterThan, a, b), bld.ins().icmp(IntCC::SignedLessThan, a, b)),
            // NaN: fcmpl/dcmpl give -1, fcmpg/dcmpg give 1.
            Insn::Fcmpl | Insn::Dcmpl => {
                (bld.ins().fcmp(FloatCC::GreaterThan, a, b), bld.ins().fcmp(FloatCC::UnorderedOrLessThan, a, b))
            }
            _ => (bld.ins().fcmp(FloatCC::UnorderedOrGreaterThan, a, b), bld.ins().fcmp(FloatCC::LessThan, a, b)),
        };
        let gt = bld.ins().uextend(types::I32, gt);
        let lt = bld.ins().uextend(types::I32, lt);
        let r = bld.ins().isub(gt, lt);
        self.push(SKind::I, r);
        Ok(())
    }
}
