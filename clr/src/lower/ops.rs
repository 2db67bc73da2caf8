//! The base and object-model instructions (Partition III §3, §4) other
//! than calls: arithmetic with CLI stack-type rules, conversions (checked
//! ones raise `OverflowException`), branches, fields, arrays, boxing.

use super::{Se, Tr, TRUSTED};
use crate::il::{BinOp, CmpOp, Cond, Insn, NumKind};
use crate::model::{Kind, Prim, Repr, TyId, TyKey};
use crate::vm::{LResult, LoadError};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types, InstBuilder, Type, Value};
use substrate::layout::HEADER_SIZE;
use substrate::runtime::Fault;

impl Tr<'_> {
    pub(super) fn num_ty(&self, k: NumKind) -> TyId {
        let p = match k {
            NumKind::I1 => Prim::I1,
            NumKind::U1 => Prim::U1,
            NumKind::I2 => Prim::I2,
            NumKind::U2 => Prim::U2,
            NumKind::I4 => Prim::I4,
            NumKind::U4 => Prim::U4,
            NumKind::I8 => Prim::I8,
            NumKind::U8 => Prim::U8,
            NumKind::I => Prim::I,
            NumKind::U => Prim::U,
            NumKind::R4 => Prim::R4,
            NumKind::R8 => Prim::R8,
            NumKind::Ref => return self.clr.object_ty,
        };
        self.clr.prim(p)
    }

    fn vt(&self, v: Value) -> Type {
        self.lw.b.func.dfg.value_type(v)
    }

    fn ty_for(&self, t: Type) -> TyId {
        self.clr.prim(match t {
            types::I64 => Prim::I8,
            types::F32 => Prim::R4,
            types::F64 => Prim::R8,
            _ => Prim::I4,
        })
    }

    /// Brings two operands to one Cranelift type (int32 with native int,
    /// float32 with float64).
    fn unify(&mut self, a: Se, b: Se) -> (Value, Value, Type) {
        let (ta, tb) = (self.vt(a.v), self.vt(b.v));
        if ta == tb {
            return (a.v, b.v, ta);
        }
        match (ta, tb) {
            (types::I32, types::I64) => (self.lw.b.ins().sextend(types::I64, a.v), b.v, types::I64),
            (types::I64, types::I32) => (a.v, self.lw.b.ins().sextend(types::I64, b.v), types::I64),
            (types::F32, types::F64) => (self.lw.b.ins().fpromote(types::F64, a.v), b.v, types::F64),
            (types::F64, types::F32) => (a.v, self.lw.b.ins().fpromote(types::F64, b.v), types::F64),
            _ => (a.v, b.v, ta),
        }
    }

    fn overflow_if(&mut self, cond: Value) {
        let z = self.iconst(types::I64, 0);
        self.lw.fault_if(cond, Fault::Overflow, z);
    }

    fn binary(&mut self, op: BinOp) -> LResult<()> {
        let b = self.pop()?;
        let a = self.pop()?;
        let keep_ptr = matches!(self.clr.ty(a.ty).kind, Kind::ByRef(_) | Kind::Ptr(_));
        let (x, y, t) = self.unify(a, b);
        let float = t.is_float();
        let r = match op {
            BinOp::Shl | BinOp::Shr | BinOp::ShrUn => {
                // The shift amount is b as given (int32 or native int).
                let amt = if self.vt(b.v) != self.vt(a.v) { if self.vt(b.v) == types::I64 { self.lw.b.ins().ireduce(types::I32, b.v) } else { b.v } } else { b.v };
                let v = a.v;
                match op {
                    BinOp::Shl => self.lw.b.ins().ishl(v, amt),
                    BinOp::Shr => self.lw.b.ins().sshr(v, amt),
                    _ => self.lw.b.ins().ushr(v, amt),
                }
            }
            BinOp::Add if float => self.lw.b.ins().fadd(x, y),
            BinOp::Sub if float => self.lw.b.ins().fsub(x, y),
            BinOp::Mul if float => self.lw.b.ins().fmul(x, y),
            BinOp::Div if float => self.lw.b.ins().fdiv(x, y),
            BinOp::Rem if float => {
                let (x64, y64) = if t == types::F32 { (self.lw.b.ins().fpromote(types::F64, x), self.lw.b.ins().fpromote(types::F64, y)) } else { (x, y) };
                let r = self.lw.call_rt("clr_fmod", &[x64, y64])[0];
                if t == types::F32 { self.lw.b.ins().fdemote(types::F32, r) } else { r }
            }
            BinOp::Add => self.lw.b.ins().iadd(x, y),
            BinOp::Sub => self.lw.b.ins().isub(x, y),
            BinOp::Mul => self.lw.b.ins().imul(x, y),
            BinOp::And => self.lw.b.ins().band(x, y),
            BinOp::Or => self.lw.b.ins().bor(x, y),
            BinOp::Xor => self.lw.b.ins().bxor(x, y),
            BinOp::AddOvf | BinOp::AddOvfUn | BinOp::SubOvf | BinOp::SubOvfUn | BinOp::MulOvf | BinOp::MulOvfUn => {
                let (r, of) = match op {
                    BinOp::AddOvf => self.lw.b.ins().sadd_overflow(x, y),
                    BinOp::AddOvfUn => self.lw.b.ins().uadd_overflow(x, y),
                    BinOp::SubOvf => self.lw.b.ins().ssub_overflow(x, y),
                    BinOp::SubOvfUn => self.lw.b.ins().usub_overflow(x, y),
                    BinOp::MulOvf => self.lw.b.ins().smul_overflow(x, y),
                    _ => self.lw.b.ins().umul_overflow(x, y),
                };
                self.overflow_if(of);
                r
            }
            BinOp::Div | BinOp::DivUn | BinOp::Rem | BinOp::RemUn => {
                let zero = self.lw.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                let z64 = self.iconst(types::I64, 0);
                self.lw.fault_if(zero, Fault::DivideByZero, z64);
                match op {
                    BinOp::DivUn => self.lw.b.ins().udiv(x, y),
                    BinOp::RemUn => self.lw.b.ins().urem(x, y),
                    _ => {
                        // MIN / -1 overflows (§III.3.31); MIN % -1 is 0 here.
                        let min = if t == types::I64 { i64::MIN } else { i64::from(i32::MIN) };
                        let is_min = self.lw.b.ins().icmp_imm_s(IntCC::Equal, x, min);
                        let is_m1 = self.lw.b.ins().icmp_imm_s(IntCC::Equal, y, -1);
                        let both = self.lw.b.ins().band(is_min, is_m1);
                        if op == BinOp::Div {
                            self.overflow_if(both);
                            self.lw.b.ins().sdiv(x, y)
                        } else {
                            let one = self.iconst(t, 1);
                            let safe_y = self.lw.b.ins().select(both, one, y);
                            self.lw.b.ins().srem(x, safe_y)
                        }
                    }
                }
            }
        };
        let rt = self.vt(r);
        let ty = if keep_ptr { a.ty } else if rt == self.vt(a.v) && !keep_ptr && self.clr.repr(a.ty) != Repr::Ref { self.norm_ty(a.ty, rt) } else { self.ty_for(rt) };
        self.push(ty, r);
        Ok(())
    }

    /// The stack type of a value of type `ty` held as `t`.
    fn norm_ty(&self, ty: TyId, t: Type) -> TyId {
        match self.clr.ty(ty).kind {
            Kind::Prim(Prim::I | Prim::U | Prim::U4 | Prim::U8 | Prim::I8 | Prim::R4 | Prim::R8) => ty,
            _ => self.ty_for(t),
        }
    }

    fn compare(&mut self, op: CmpOp, a: Se, b: Se) -> Value {
        let (x, y, t) = self.unify(a, b);
        if t.is_float() {
            let cc = match op {
                CmpOp::Eq => FloatCC::Equal,
                CmpOp::Gt => FloatCC::GreaterThan,
                CmpOp::GtUn => FloatCC::UnorderedOrGreaterThan,
                CmpOp::Lt => FloatCC::LessThan,
                CmpOp::LtUn => FloatCC::UnorderedOrLessThan,
            };
            self.lw.b.ins().fcmp(cc, x, y)
        } else {
            let cc = match op {
                CmpOp::Eq => IntCC::Equal,
                CmpOp::Gt => IntCC::SignedGreaterThan,
                CmpOp::GtUn => IntCC::UnsignedGreaterThan,
                CmpOp::Lt => IntCC::SignedLessThan,
                CmpOp::LtUn => IntCC::UnsignedLessThan,
            };
            self.lw.b.ins().icmp(cc, x, y)
        }
    }

    fn branch_cond(&mut self, c: Cond, a: Se, b: Se) -> Value {
        let (x, y, t) = self.unify(a, b);
        if t.is_float() {
            let cc = match c {
                Cond::Eq => FloatCC::Equal,
                Cond::Ge => FloatCC::GreaterThanOrEqual,
                Cond::Gt => FloatCC::GreaterThan,
                Cond::Le => FloatCC::LessThanOrEqual,
                Cond::Lt => FloatCC::LessThan,
                Cond::NeUn => FloatCC::NotEqual,
                Cond::GeUn => FloatCC::UnorderedOrGreaterThanOrEqual,
                Cond::GtUn => FloatCC::UnorderedOrGreaterThan,
                Cond::LeUn => FloatCC::UnorderedOrLessThanOrEqual,
                Cond::LtUn => FloatCC::UnorderedOrLessThan,
            };
            self.lw.b.ins().fcmp(cc, x, y)
        } else {
            let cc = match c {
                Cond::Eq => IntCC::Equal,
                Cond::Ge => IntCC::SignedGreaterThanOrEqual,
                Cond::Gt => IntCC::SignedGreaterThan,
                Cond::Le => IntCC::SignedLessThanOrEqual,
                Cond::Lt => IntCC::SignedLessThan,
                Cond::NeUn => IntCC::NotEqual,
                Cond::GeUn => IntCC::UnsignedGreaterThanOrEqual,
                Cond::GtUn => IntCC::UnsignedGreaterThan,
                Cond::LeUn => IntCC::UnsignedLessThanOrEqual,
                Cond::LtUn => IntCC::UnsignedLessThan,
            };
            self.lw.b.ins().icmp(cc, x, y)
        }
    }

    /// `conv.*` (§III.3.27-3.29).
    fn convert(&mut self, to: NumKind, ovf: bool, un: bool) -> LResult<()> {
        let v = self.pop()?;
        let from = self.vt(v.v);
        // `.un` reads the source as unsigned (§III.3.19); without it an
        // int32 widens by sign, except to unsigned 64-bit targets, where
        // conv.u8/conv.u zero-extend (§III.1.5 table 8).
        let src_unsigned = un || (!ovf && matches!(to, NumKind::U8 | NumKind::U));
        let target_ty = self.num_ty(to);
        let (bits, signed) = match to {
            NumKind::I1 => (8, true),
            NumKind::U1 => (8, false),
            NumKind::I2 => (16, true),
            NumKind::U2 => (16, false),
            NumKind::I4 => (32, true),
            NumKind::U4 => (32, false),
            NumKind::I8 | NumKind::I => (64, true),
            NumKind::U8 | NumKind::U => (64, false),
            NumKind::R4 => {
                let r = if from.is_float() {
                    if from == types::F64 { self.lw.b.ins().fdemote(types::F32, v.v) } else { v.v }
                } else if un {
                    self.lw.b.ins().fcvt_from_uint(types::F32, v.v)
                } else {
                    self.lw.b.ins().fcvt_from_sint(types::F32, v.v)
                };
                self.push(target_ty, r);
                return Ok(());
            }
            NumKind::R8 => {
                let r = if from.is_float() {
                    if from == types::F32 { self.lw.b.ins().fpromote(types::F64, v.v) } else { v.v }
                } else if un {
                    self.lw.b.ins().fcvt_from_uint(types::F64, v.v)
                } else {
                    self.lw.b.ins().fcvt_from_sint(types::F64, v.v)
                };
                self.push(target_ty, r);
                return Ok(());
            }
            NumKind::Ref => return Err(LoadError::invalid_program("conv to ref")),
        };
        // First the value as a 64-bit integer.
        let wide = if from.is_float() {
            let f = if from == types::F32 { self.lw.b.ins().fpromote(types::F64, v.v) } else { v.v };
            if ovf {
                // In range of the target (after truncation toward zero)?
                let (lo, hi) = match (bits, signed) {
                    (64, true) => (-9_223_372_036_854_777_856.0, 9_223_372_036_854_775_808.0),
                    (64, false) => (-1.0, 18_446_744_073_709_551_616.0),
                    (b, true) => (-(2f64.powi(b - 1)) - 1.0, 2f64.powi(b - 1)),
                    (b, false) => (-1.0, 2f64.powi(b)),
                };
                let lo_v = self.lw.b.ins().f64const(lo);
                let hi_v = self.lw.b.ins().f64const(hi);
                let ok_lo = self.lw.b.ins().fcmp(FloatCC::GreaterThan, f, lo_v);
                let ok_hi = self.lw.b.ins().fcmp(FloatCC::LessThan, f, hi_v);
                let ok = self.lw.b.ins().band(ok_lo, ok_hi);
                let bad = self.lw.b.ins().bxor_imm_u(ok, 1);
                self.overflow_if(bad);
            }
            if bits == 64 && !signed {
                self.f64_to_u64(f)
            } else {
                self.f64_to_i64(f)
            }
        } else if from == types::I32 {
            if src_unsigned {
                self.lw.b.ins().uextend(types::I64, v.v)
            } else {
                self.lw.b.ins().sextend(types::I64, v.v)
            }
        } else {
            v.v
        };
        if ovf && !from.is_float() {
            // Range check of the integer source against the target.
            let (lo, hi): (i128, i128) = if signed { (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1) } else { (0, (1i128 << bits) - 1) };
            let bad = if src_unsigned {
                // Source is an unsigned 64-bit quantity.
                let hi_c = hi.min(i128::from(u64::MAX)) as u64 as i64;
                self.lw.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThan, wide, hi_c)
            } else {
                let lo_c = lo.max(i128::from(i64::MIN)) as i64;
                let hi_c = hi.min(i128::from(i64::MAX)) as i64;
                let below = self.lw.b.ins().icmp_imm_s(IntCC::SignedLessThan, wide, lo_c);
                let above = self.lw.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, wide, hi_c);
                self.lw.b.ins().bor(below, above)
            };
            self.overflow_if(bad);
        }
        let r = match bits {
            64 => wide,
            32 => self.lw.b.ins().ireduce(types::I32, wide),
            b => {
                let n = self.lw.b.ins().ireduce(if b == 8 { types::I8 } else { types::I16 }, wide);
                if signed {
                    self.lw.b.ins().sextend(types::I32, n)
                } else {
                    self.lw.b.ins().uextend(types::I32, n)
                }
            }
        };
        self.push(target_ty, r);
        Ok(())
    }

    /// Truncation as x86-64 `cvttsd2si` does it: NaN and out-of-range give `i64::MIN`.
    fn f64_to_i64(&mut self, f: Value) -> Value {
        let r = self.lw.b.ins().fcvt_to_sint_sat(types::I64, f);
        let lo = self.lw.b.ins().f64const(-9_223_372_036_854_775_808.0);
        let hi = self.lw.b.ins().f64const(9_223_372_036_854_775_808.0);
        let ok_lo = self.lw.b.ins().fcmp(FloatCC::GreaterThanOrEqual, f, lo);
        let ok_hi = self.lw.b.ins().fcmp(FloatCC::LessThan, f, hi);
        let ok = self.lw.b.ins().band(ok_lo, ok_hi);
        let min = self.iconst(types::I64, i64::MIN);
        self.lw.b.ins().select(ok, r, min)
    }

    fn f64_to_u64(&mut self, f: Value) -> Value {
        let two63 = self.lw.b.ins().f64const(9_223_372_036_854_775_808.0);
        let big = self.lw.b.ins().fcmp(FloatCC::GreaterThanOrEqual, f, two63);
        let small = self.f64_to_i64(f);
        let shifted = self.lw.b.ins().fsub(f, two63);
        let hi = self.f64_to_i64(shifted);
        let hi = self.lw.b.ins().bxor_imm_s(hi, i64::MIN);
        self.lw.b.ins().select(big, hi, small)
    }

    fn truthy(&mut self, v: Value) -> Value {
        if self.vt(v) == types::I64 {
            self.lw.b.ins().icmp_imm_s(IntCC::NotEqual, v, 0)
        } else {
            v
        }
    }

    /// Address of array element `idx` of `arr` (null and bounds checked).
    pub(super) fn elem_addr(&mut self, arr: Se, idx: Se, elem: TyId) -> LResult<Value> {
        self.lw.null_check(arr.v);
        let (size, _) = self.clr.value_size(elem)?;
        let i = if self.vt(idx.v) == types::I64 { self.lw.b.ins().ireduce(types::I32, idx.v) } else { idx.v };
        Ok(self.lw.element_addr(arr.v, i, size))
    }

    fn elem_of(&self, arr: &Se, fallback: TyId) -> TyId {
        match self.clr.ty(arr.ty).kind {
            Kind::SzArray(e) => e,
            _ => fallback,
        }
    }

    /// Field address: object reference or managed pointer plus offset.
    fn field_base(&mut self, obj: Se, owner: TyId) -> LResult<(Value, Option<Value>, i32)> {
        let info = self.clr.ty(owner);
        let is_ref = self.clr.repr(obj.ty) == Repr::Ref;
        if is_ref {
            self.lw.null_check(obj.v);
            // A boxed value type's fields follow the header.
            let extra = if info.is_value() { HEADER_SIZE as i32 } else { 0 };
            Ok((obj.v, Some(obj.v), extra))
        } else if self.clr.repr(obj.ty) == Repr::Struct {
            Ok((obj.v, None, 0))
        } else {
            self.lw.null_check(obj.v);
            Ok((obj.v, None, 0))
        }
    }

    pub(super) fn boxed(&mut self, v: Se, ty: TyId) -> LResult<Value> {
        let info = self.clr.ty(ty);
        if !info.is_value() {
            return Ok(v.v);
        }
        if let Some(inner) = self.nullable_arg(ty) {
            // Nullable<T> boxes to null or to a boxed T (§III.4.1).
            let has = self.lw.b.ins().uload8(types::I32, TRUSTED, v.v, 0);
            let layout = self.clr.layout(ty)?;
            let off = layout.fields.iter().find(|f| f.name == "value").map_or(0, |f| f.offset);
            let done = self.lw.b.create_block();
            let r = self.lw.b.append_block_param(done, types::I64);
            let some = self.lw.b.create_block();
            let z = self.iconst(types::I64, 0);
            self.lw.b.ins().brif(has, some, &[], done, &[cranelift_codegen::ir::BlockArg::Value(z)]);
            self.lw.b.switch_to_block(some);
            let inner_v = self.load_typed(inner, v.v, off as i32)?;
            let b = self.boxed(Se { ty: inner, v: inner_v }, inner)?;
            self.lw.b.ins().jump(done, &[cranelift_codegen::ir::BlockArg::Value(b)]);
            self.lw.b.switch_to_block(done);
            return Ok(r);
        }
        let rt = self.rt_type(ty)?;
        let obj = self.lw.new_object(rt);
        self.store_typed(ty, obj, HEADER_SIZE as i32, v, None)?;
        Ok(obj)
    }

    /// `T` when `ty` is `Nullable<T>`.
    pub(super) fn nullable_arg(&self, ty: TyId) -> Option<TyId> {
        let info = self.clr.ty(ty);
        (info.asm == 0 && info.args.len() == 1 && info.name.starts_with("System.Nullable`1")).then(|| info.args[0])
    }

    /// Unboxes `obj` to a value of `ty` (`unbox.any` of a value type).
    fn unbox_value(&mut self, obj: Value, ty: TyId) -> LResult<Value> {
        if let Some(inner) = self.nullable_arg(ty) {
            let t = self.temp(ty)?;
            self.zero_value(ty, t)?;
            let layout = self.clr.layout(ty)?;
            let off = layout.fields.iter().find(|f| f.name == "value").map_or(0, |f| f.offset);
            let has_off = layout.fields.iter().find(|f| f.name == "hasValue").map_or(0, |f| f.offset);
            let some = self.lw.b.create_block();
            let done = self.lw.b.create_block();
            self.lw.b.ins().brif(obj, some, &[], done, &[]);
            self.lw.b.switch_to_block(some);
            let addr = self.unbox_addr(obj, inner)?;
            let v = self.load_typed(inner, addr, 0)?;
            self.store_typed(inner, t, off as i32, Se { ty: inner, v }, None)?;
            let one = self.iconst(types::I8, 1);
            self.lw.b.ins().store(TRUSTED, one, t, has_off as i32);
            self.lw.b.ins().jump(done, &[]);
            self.lw.b.switch_to_block(done);
            return Ok(t);
        }
        let addr = self.unbox_addr(obj, ty)?;
        self.load_typed(ty, addr, 0)
    }

    /// `unbox`: checks the box's type and gives the address of its value.
    fn unbox_addr(&mut self, obj: Value, ty: TyId) -> LResult<Value> {
        self.lw.null_check(obj);
        // An enum and its underlying type unbox to each other (§III.4.32).
        let rt_ty = self.rt_type(ty)?;
        let t = self.lw_i32(i64::from(rt_ty));
        let ok = self.lw.call_rt("clr_unbox_ok", &[obj, t])[0];
        let bad = self.lw.b.ins().icmp_imm_s(IntCC::Equal, ok, 0);
        self.lw.fault_if(bad, Fault::InvalidCast, obj);
        Ok(self.lw.b.ins().iadd_imm_s(obj, i64::from(HEADER_SIZE)))
    }

    fn lw_i32(&mut self, v: i64) -> Value {
        self.iconst(types::I32, v)
    }

    /// One instruction; returns true when it ended the block.
    pub(super) fn insn(&mut self, insn: &Insn, next: Option<u32>) -> LResult<bool> {
        let ctx_asm = self.m.asm;
        match insn {
            Insn::Nop | Insn::Break | Insn::Volatile | Insn::Tail | Insn::ReadOnly | Insn::Unaligned(_) | Insn::No(_) => {}
            Insn::Constrained(t) => {
                self.constrained = Some(self.clr.resolve_type_token(ctx_asm, *t, self.ctx())?);
            }
            Insn::LdArg(n) => self.load_var(false, *n)?,
            Insn::LdLoc(n) => self.load_var(true, *n)?,
            Insn::StArg(n) => self.store_var(false, *n)?,
            Insn::StLoc(n) => self.store_var(true, *n)?,
            Insn::LdArgA(n) => self.var_addr(false, *n)?,
            Insn::LdLocA(n) => self.var_addr(true, *n)?,
            Insn::LdNull => {
                let z = self.iconst(types::I64, 0);
                self.push(self.clr.object_ty, z);
            }
            Insn::LdcI4(v) => {
                let x = self.iconst(types::I32, i64::from(*v));
                self.push(self.clr.prim(Prim::I4), x);
            }
            Insn::LdcI8(v) => {
                let x = self.iconst(types::I64, *v);
                self.push(self.clr.prim(Prim::I8), x);
            }
            Insn::LdcR4(v) => {
                let x = self.lw.b.ins().f32const(*v);
                self.push(self.clr.prim(Prim::R4), x);
            }
            Insn::LdcR8(v) => {
                let x = self.lw.b.ins().f64const(*v);
                self.push(self.clr.prim(Prim::R8), x);
            }
            Insn::Dup => {
                let top = *self.stack.last().ok_or_else(|| LoadError::invalid_program("dup on empty stack"))?;
                if self.clr.repr(top.ty) == Repr::Struct {
                    let t = self.temp(top.ty)?;
                    self.copy_value(top.ty, t, top.v)?;
                    self.push(top.ty, t);
                } else {
                    self.stack.push(top);
                }
            }
            Insn::Pop => {
                self.pop()?;
            }
            Insn::Ret => {
                self.do_return()?;
                return Ok(true);
            }
            Insn::Br(t) => {
                let b = self.flow_to(*t)?;
                self.lw.b.ins().jump(b, &[]);
                return Ok(true);
            }
            Insn::BrFalse(t) | Insn::BrTrue(t) => {
                let v = self.pop()?;
                let c = self.truthy(v.v);
                let n = next.ok_or_else(|| LoadError::invalid_program("branch at end"))?;
                let tb = self.flow_to(*t)?;
                let nb = self.flow_to(n)?;
                if matches!(insn, Insn::BrTrue(_)) {
                    self.lw.b.ins().brif(c, tb, &[], nb, &[]);
                } else {
                    self.lw.b.ins().brif(c, nb, &[], tb, &[]);
                }
                return Ok(true);
            }
            Insn::BrCmp(cond, t) => {
                let b = self.pop()?;
                let a = self.pop()?;
                let c = self.branch_cond(*cond, a, b);
                let n = next.ok_or_else(|| LoadError::invalid_program("branch at end"))?;
                let tb = self.flow_to(*t)?;
                let nb = self.flow_to(n)?;
                self.lw.b.ins().brif(c, tb, &[], nb, &[]);
                return Ok(true);
            }
            Insn::Switch(targets) => {
                let v = self.pop()?;
                let n = next.ok_or_else(|| LoadError::invalid_program("switch at end"))?;
                let nb = self.flow_to(n)?;
                let mut sw = cranelift_frontend::Switch::new();
                for (i, t) in targets.iter().enumerate() {
                    let b = self.flow_to(*t)?;
                    sw.set_entry(i as u128, b);
                }
                let x = if self.vt(v.v) == types::I64 { self.lw.b.ins().ireduce(types::I32, v.v) } else { v.v };
                sw.emit(&mut self.lw.b, x, nb);
                return Ok(true);
            }
            Insn::LdInd(k) => {
                let a = self.pop()?;
                let ty = match (k, self.clr.ty(a.ty).kind) {
                    (NumKind::Ref, Kind::ByRef(t) | Kind::Ptr(t)) => t,
                    _ => self.num_ty(*k),
                };
                self.lw.null_check(a.v);
                let v = self.load_typed(ty, a.v, 0)?;
                self.push(ty, v);
            }
            Insn::StInd(k) => {
                let v = self.pop()?;
                let a = self.pop()?;
                let ty = self.num_ty(*k);
                self.lw.null_check(a.v);
                if *k == NumKind::Ref {
                    self.lw.interior_write_barrier(a.v);
                }
                self.store_typed(ty, a.v, 0, v, None)?;
            }
            Insn::Binary(op) => self.binary(*op)?,
            Insn::Neg => {
                let a = self.pop()?;
                let r = if self.vt(a.v).is_float() { self.lw.b.ins().fneg(a.v) } else { self.lw.b.ins().ineg(a.v) };
                self.push(a.ty, r);
            }
            Insn::Not => {
                let a = self.pop()?;
                let r = self.lw.b.ins().bnot(a.v);
                self.push(a.ty, r);
            }
            Insn::Conv { to, ovf, un } => self.convert(*to, *ovf, *un)?,
            Insn::ConvRUn => {
                let a = self.pop()?;
                let r = if self.vt(a.v).is_float() {
                    if self.vt(a.v) == types::F32 { self.lw.b.ins().fpromote(types::F64, a.v) } else { a.v }
                } else {
                    self.lw.b.ins().fcvt_from_uint(types::F64, a.v)
                };
                self.push(self.clr.prim(Prim::R8), r);
            }
            Insn::Cmp(op) => {
                let b = self.pop()?;
                let a = self.pop()?;
                let c = self.compare(*op, a, b);
                let r = self.lw.b.ins().uextend(types::I32, c);
                self.push(self.clr.prim(Prim::I4), r);
            }
            Insn::CkFinite => {
                let a = *self.stack.last().ok_or_else(|| LoadError::invalid_program("ckfinite"))?;
                let f = if self.vt(a.v) == types::F32 { self.lw.b.ins().fpromote(types::F64, a.v) } else { a.v };
                let absf = self.lw.b.ins().fabs(f);
                let inf = self.lw.b.ins().f64const(f64::INFINITY);
                let ok = self.lw.b.ins().fcmp(FloatCC::LessThan, absf, inf);
                let bad = self.lw.b.ins().bxor_imm_u(ok, 1);
                let z = self.iconst(types::I64, 0);
                self.lw.fault_if(bad, Fault::Overflow, z);
            }
            Insn::LdStr(tok) => {
                let units = self.clr.asm(ctx_asm).asm.user_string(*tok).map_err(LoadError::bad_image)?;
                let s = self.clr.intern_string(&units).map_err(|_| LoadError::new("System.OutOfMemoryException", "ldstr"))?;
                let v = self.iconst(types::I64, s.addr() as i64);
                self.push(self.clr.string_ty, v);
            }
            Insn::NewArr(tok) => {
                let n = self.pop()?;
                let elem = self.clr.resolve_type_token(ctx_asm, *tok, self.ctx())?;
                let at = self.clr.intern(TyKey::SzArray(elem))?;
                let rt = self.rt_type(at)?;
                let len = if self.vt(n.v) == types::I64 {
                    let big = self.lw.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, n.v, i64::from(i32::MAX));
                    self.overflow_if(big);
                    self.lw.b.ins().ireduce(types::I32, n.v)
                } else {
                    n.v
                };
                let neg = self.lw.b.ins().icmp_imm_s(IntCC::SignedLessThan, len, 0);
                self.overflow_if(neg);
                let a = self.lw.new_array(rt, len);
                self.push(at, a);
            }
            Insn::LdLen => {
                let a = self.pop()?;
                self.lw.null_check(a.v);
                let l = self.lw.array_len(a.v);
                let l = self.lw.b.ins().uextend(types::I64, l);
                self.push(self.clr.prim(Prim::U), l);
            }
            Insn::LdElem(_) | Insn::LdElemAny(_) => {
                let idx = self.pop()?;
                let arr = self.pop()?;
                let ty = match insn {
                    Insn::LdElemAny(tok) => self.clr.resolve_type_token(ctx_asm, *tok, self.ctx())?,
                    Insn::LdElem(NumKind::Ref) => self.elem_of(&arr, self.clr.object_ty),
                    Insn::LdElem(k) => self.num_ty(*k),
                    _ => self.clr.object_ty,
                };
                let a = self.elem_addr(arr, idx, ty)?;
                let v = self.load_typed(ty, a, 0)?;
                self.push(ty, v);
            }
            Insn::StElem(_) | Insn::StElemAny(_) => {
                let v = self.pop()?;
                let idx = self.pop()?;
                let arr = self.pop()?;
                let ty = match insn {
                    Insn::StElemAny(tok) => self.clr.resolve_type_token(ctx_asm, *tok, self.ctx())?,
                    Insn::StElem(NumKind::Ref) => self.clr.object_ty,
                    Insn::StElem(k) => self.num_ty(*k),
                    _ => self.clr.object_ty,
                };
                if self.clr.repr(ty) == Repr::Ref {
                    let a = self.elem_addr(arr, idx, ty)?;
                    let sealed_exact = self.elem_of(&arr, self.clr.object_ty) == ty && self.is_sealed(ty);
                    if !sealed_exact {
                        self.lw.store_check(arr.v, v.v);
                    }
                    self.lw.write_barrier(arr.v);
                    self.lw.store_element(a, v.v);
                } else {
                    let a = self.elem_addr(arr, idx, ty)?;
                    self.store_typed(ty, a, 0, v, Some(arr.v))?;
                }
            }
            Insn::LdElemA(tok) => {
                let idx = self.pop()?;
                let arr = self.pop()?;
                let ty = self.clr.resolve_type_token(ctx_asm, *tok, self.ctx())?;
                let a = self.elem_addr(arr, idx, ty)?;
                let bt = self.clr.intern(TyKey::ByRef(ty))?;
                self.push(bt, a);
            }
            Insn::LdFld(tok) | Insn::LdFldA(tok) => {
                let (owner, f) = self.clr.resolve_field(ctx_asm, *tok, self.ctx())?;
                let obj = self.pop()?;
                if f.is_static {
                    self.static_field(owner, &f, matches!(insn, Insn::LdFldA(_)))?;
                    return Ok(false);
                }
                let (base, _, extra) = self.field_base(obj, owner)?;
                let off = f.offset as i32 + extra;
                if matches!(insn, Insn::LdFldA(_)) {
                    let a = self.lw.b.ins().iadd_imm_s(base, i64::from(off));
                    let bt = self.clr.intern(TyKey::ByRef(f.ty))?;
                    self.push(bt, a);
                } else {
                    let v = self.load_typed(f.ty, base, off)?;
                    self.push(f.ty, v);
                }
            }
            Insn::StFld(tok) => {
                let (owner, f) = self.clr.resolve_field(ctx_asm, *tok, self.ctx())?;
                let v = self.pop()?;
                let obj = self.pop()?;
                let (base, heap_obj, extra) = self.field_base(obj, owner)?;
                if heap_obj.is_none() && self.clr.repr(obj.ty) == Repr::Ptr && !self.clr.value_refs(f.ty)?.is_empty() {
                    self.lw.interior_write_barrier(base);
                }
                self.store_typed(f.ty, base, f.offset as i32 + extra, v, heap_obj)?;
            }
            Insn::LdsFld(tok) | Insn::LdsFldA(tok) => {
                let (owner, f) = self.clr.resolve_field(ctx_asm, *tok, self.ctx())?;
                self.static_field(owner, &f, matches!(insn, Insn::LdsFldA(_)))?;
            }
            Insn::StsFld(tok) => {
                let (owner, f) = self.clr.resolve_field(ctx_asm, *tok, self.ctx())?;
                let v = self.pop()?;
                self.init_check(owner)?;
                let addr = self.static_addr(owner, &f)?;
                let a = self.iconst(types::I64, addr as i64);
                self.store_typed(f.ty, a, 0, v, None)?;
            }
            Insn::LdObj(tok) => {
                let a = self.pop()?;
                let ty = self.clr.resolve_type_token(ctx_asm, *tok, self.ctx())?;
                self.lw.null_check(a.v);
                let v = self.load_typed(ty, a.v, 0)?;
                self.push(ty, v);
            }
            Insn::StObj(tok) => {
                let v = self.pop()?;
                let a = self.pop()?;
                let ty = self.clr.resolve_type_token(ctx_asm, *tok, self.ctx())?;
                self.lw.null_check(a.v);
                if !self.clr.value_refs(ty)?.is_empty() {
                    self.lw.interior_write_barrier(a.v);
                }
                self.store_typed(ty, a.v, 0, v, None)?;
            }
            Insn::CpObj(tok) => {
                let src = self.pop()?;
                let dst = self.pop()?;
                let ty = self.clr.resolve_type_token(ctx_asm, *tok, self.ctx())?;
                let v = self.load_typed(ty, src.v, 0)?;
                if !self.clr.value_refs(ty)?.is_empty() {
                    self.lw.interior_write_barrier(dst.v);
                }
                self.store_typed(ty, dst.v, 0, Se { ty, v }, None)?;
            }
            Insn::InitObj(tok) => {
                let a = self.pop()?;
                let ty = self.clr.resolve_type_token(ctx_asm, *tok, self.ctx())?;
                match self.clr.repr(ty) {
                    Repr::Struct => self.zero_value(ty, a.v)?,
                    _ => {
                        let (size, _) = self.clr.value_size(ty)?;
                        self.lw.b.emit_small_memset(self.cfg, a.v, 0, u64::from(size), 1, TRUSTED);
                    }
                }
            }
            Insn::Box(tok) => {
                let v = self.pop()?;
                let ty = self.clr.resolve_type_token(ctx_asm, *tok, self.ctx())?;
                let b = self.boxed(v, ty)?;
                let bt = if self.clr.ty(ty).is_value() { self.clr.object_ty } else { ty };
                self.push(bt, b);
            }
            Insn::Unbox(tok) => {
                let o = self.pop()?;
                let ty = self.clr.resolve_type_token(ctx_asm, *tok, self.ctx())?;
                let a = self.unbox_addr(o.v, ty)?;
                let bt = self.clr.intern(TyKey::ByRef(ty))?;
                self.push(bt, a);
            }
            Insn::UnboxAny(tok) => {
                let o = self.pop()?;
                let ty = self.clr.resolve_type_token(ctx_asm, *tok, self.ctx())?;
                if self.clr.ty(ty).is_value() {
                    let v = self.unbox_value(o.v, ty)?;
                    self.push(ty, v);
                } else {
                    let tt = self.type_target(ty)?;
                    self.lw.cast(o.v, &tt);
                    self.push(ty, o.v);
                }
            }
            Insn::CastClass(tok) | Insn::IsInst(tok) => {
                let o = self.pop()?;
                let ty = self.clr.resolve_type_token(ctx_asm, *tok, self.ctx())?;
                let tt = self.type_target(ty)?;
                let res_ty = if self.clr.ty(ty).is_value() { self.clr.object_ty } else { ty };
                if matches!(insn, Insn::CastClass(_)) {
                    self.lw.cast(o.v, &tt);
                    self.push(res_ty, o.v);
                } else {
                    let ok = self.lw.instance_of(o.v, &tt);
                    let z = self.iconst(types::I64, 0);
                    let r = self.lw.b.ins().select(ok, o.v, z);
                    self.push(res_ty, r);
                }
            }
            Insn::Throw => {
                let e = self.pop()?;
                self.lw.null_check(e.v);
                self.lw.call_rt("clr_on_throw", &[e.v]);
                self.lw.throw(e.v);
                return Ok(true);
            }
            Insn::Rethrow => {
                let e = self.current_exception()?;
                self.lw.throw(e);
                return Ok(true);
            }
            Insn::Leave(t) => {
                self.leave(*t)?;
                return Ok(true);
            }
            Insn::EndFinally => {
                self.end_finally()?;
                return Ok(true);
            }
            Insn::EndFilter => {
                self.end_filter()?;
                return Ok(true);
            }
            Insn::LdToken(tok) => self.ldtoken(*tok)?,
            Insn::SizeOf(tok) => {
                let ty = self.clr.resolve_type_token(ctx_asm, *tok, self.ctx())?;
                let (size, _) = self.clr.value_size(ty)?;
                let v = self.iconst(types::I32, i64::from(size));
                self.push(self.clr.prim(Prim::U4), v);
            }
            Insn::Call(tok) => self.call(*tok, false)?,
            Insn::CallVirt(tok) => self.call(*tok, true)?,
            Insn::NewObj(tok) => self.newobj(*tok)?,
            Insn::LdFtn(tok) => {
                let m = self.clr.resolve_method(ctx_asm, *tok, self.ctx())?;
                let p = self.clr.delegate_target(m)?;
                let v = self.iconst(types::I64, p as i64);
                self.push(self.clr.prim(Prim::I), v);
            }
            Insn::LdVirtFtn(tok) => {
                let o = self.pop()?;
                let m = self.clr.resolve_method(ctx_asm, *tok, self.ctx())?;
                self.lw.null_check(o.v);
                let mv = self.iconst(types::I32, i64::from(m.0));
                let p = self.lw.call_rt("clr_virtual_target", &[o.v, mv])[0];
                self.lw.check_result(p);
                self.push(self.clr.prim(Prim::I), p);
            }
            other => {
                return Err(LoadError::invalid_program(format!("IL_{:04x}: {other:?} is not supported", self.pc)));
            }
        }
        Ok(false)
    }

    fn is_sealed(&self, t: TyId) -> bool {
        self.clr.ty(t).flags & 0x100 != 0
    }

    fn static_addr(&mut self, owner: TyId, f: &crate::model::FieldInfo) -> LResult<usize> {
        let info = self.clr.statics(owner)?;
        let st = info.statics.get().ok_or_else(|| LoadError::type_load("no statics"))?;
        Ok(st.block.addr() + f.offset as usize)
    }

    fn static_field(&mut self, owner: TyId, f: &crate::model::FieldInfo, address: bool) -> LResult<()> {
        self.init_check(owner)?;
        let addr = self.static_addr(owner, f)?;
        let a = self.iconst(types::I64, addr as i64);
        if address {
            let bt = self.clr.intern(TyKey::ByRef(f.ty))?;
            self.push(bt, a);
        } else {
            let v = self.load_typed(f.ty, a, 0)?;
            self.push(f.ty, v);
        }
        Ok(())
    }

    fn ldtoken(&mut self, tok: crate::metadata::tables::Token) -> LResult<()> {
        use crate::metadata::tables::TableId;
        let (handle_ty, value) = match tok.table() {
            Some(TableId::Field) | Some(TableId::MemberRef) if tok.table() == Some(TableId::Field) => {
                let (owner, f) = self.clr.resolve_field(self.m.asm, tok, self.ctx())?;
                let _ = owner;
                (self.clr.corlib_type("System.RuntimeFieldHandle")?, (i64::from(self.m.asm) << 32) | i64::from(f.row))
            }
            Some(TableId::MethodDef | TableId::MemberRef | TableId::MethodSpec) => {
                let m = self.clr.resolve_method(self.m.asm, tok, self.ctx())?;
                (self.clr.corlib_type("System.RuntimeMethodHandle")?, i64::from(m.0))
            }
            _ => {
                let t = self.clr.resolve_type_token(self.m.asm, tok, self.ctx())?;
                (self.clr.corlib_type("System.RuntimeTypeHandle")?, i64::from(t.0) + 1)
            }
        };
        let t = self.temp(handle_ty)?;
        let v = self.iconst(types::I64, value);
        self.lw.b.ins().store(TRUSTED, v, t, 0);
        self.push(handle_ty, t);
        Ok(())
    }
}
