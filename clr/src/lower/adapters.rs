//! Bodies of boundary entries (`crate::boundary`, specs/mapping.md §9):
//! the other VM passes value types as boxes and by-refs as one-element
//! arrays; these copy them into frame temporaries, call the member with
//! the CLR's convention, copy by-refs (and a struct `this`) back, when the
//! member returns and when it throws, and box a value-type result.

use super::{Se, Tr, TRUSTED};
use crate::model::{Adapter, Kind, MIdx, Repr, TyId};
use crate::vm::{LResult, LoadError};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, InstBuilder, Value};
use substrate::layout::HEADER_SIZE;
use substrate::lower::REF;

/// A location to copy back into when the call ends.
#[derive(Clone, Copy)]
enum CopyBack {
    /// The struct `this`: from the temporary into the box.
    This { boxed: Value, temp: Value, ty: TyId },
    /// A by-ref: from the temporary into element 0 of the array.
    Element { array: Value, temp: Value, ty: TyId },
}

impl Tr<'_> {
    pub(super) fn boundary_body(&mut self, a: Adapter) -> LResult<()> {
        let entry = self.lw.b.create_block();
        self.lw.b.append_block_params_for_function_params(entry);
        self.lw.b.switch_to_block(entry);
        let params = self.lw.b.block_params(entry).to_vec();
        match a {
            Adapter::Call(m) => self.boundary_call(m, &params),
            Adapter::DefaultCtor(_) => {
                self.lw.null_check(params[0]);
                self.lw.b.ins().return_(&[]);
                Ok(())
            }
            Adapter::EnumValue(t) => {
                self.lw.null_check(params[0]);
                let v = self.load_typed(t, params[0], HEADER_SIZE as i32)?;
                self.lw.b.ins().return_(&[v]);
                Ok(())
            }
            Adapter::EnumOf(t) => self.enum_of(t, params[0]),
            Adapter::DelegateCtor(_, selector) => self.delegate_of(params[0], params[1], selector),
        }
    }

    /// `D(m)`: a delegate whose target is `m` and whose method is `m`'s
    /// implementation of the interface method `selector` (same machine
    /// shape as `Invoke`, so `Invoke` calls it directly).
    fn delegate_of(&mut self, this: Value, target: Value, selector: u64) -> LResult<()> {
        if let Some(caller) = self.clr.boundary_caller.get() {
            self.lw.set_fault_home(caller);
        }
        self.lw.null_check(this);
        self.lw.null_check(target);
        self.lw.b.declare_value_needs_stack_map(this);
        self.lw.b.declare_value_needs_stack_map(target);
        let sel = self.lw.b.ins().iconst(types::I64, selector as i64);
        let method = self.lw.call_rt("clr_interface_target", &[target, sel])[0];
        self.lw.check_result(method);
        self.store_delegate(this, target, method)?;
        self.lw.b.ins().return_(&[]);
        Ok(())
    }

    /// `E.of(v)`: the constant's box when `v` is named, else a new box.
    fn enum_of(&mut self, t: TyId, v: Value) -> LResult<()> {
        // The caller's narrow integer, extended by the enum's own type.
        let v = match self.clr.ty(t).kind {
            Kind::Enum(p) if p.mem().bits() < 32 => self.lw.rewiden(v, p.mem(), p.signed()),
            _ => v,
        };
        let statics = self.clr.statics(t)?;
        let block = statics.statics.get().map(|s| s.block.addr()).ok_or_else(|| LoadError::type_load("enum without statics"))?;
        let fresh = self.lw.b.create_block();
        let mut seen = Vec::new();
        for (_, offset, bits) in self.clr.enum_constants(t)? {
            if seen.contains(&bits) {
                continue;
            }
            seen.push(bits);
            let hit = self.lw.b.create_block();
            let next = self.lw.b.create_block();
            let ty = self.lw.b.func.dfg.value_type(v);
            // The constant as a value of `v`'s width.
            let imm = if ty.bits() >= 64 { bits as i64 } else { i64::from(bits as u32 as i32) };
            let eq = self.lw.b.ins().icmp_imm_s(IntCC::Equal, v, imm);
            self.lw.b.ins().brif(eq, hit, &[], next, &[]);
            self.lw.b.switch_to_block(hit);
            let boxed = self.lw.load_static(REF, block + offset as usize);
            let made = self.lw.b.create_block();
            self.lw.b.ins().brif(boxed, made, &[], fresh, &[]);
            self.lw.b.switch_to_block(made);
            self.lw.b.ins().return_(&[boxed]);
            self.lw.b.switch_to_block(next);
        }
        self.lw.b.ins().jump(fresh, &[]);
        self.lw.b.switch_to_block(fresh);
        let b = self.boxed(Se { ty: t, v }, t)?;
        self.lw.b.ins().return_(&[b]);
        Ok(())
    }

    /// Converts the caller's arguments, calls `m`, converts back.
    fn boundary_call(&mut self, m: MIdx, params: &[Value]) -> LResult<()> {
        let mi = self.clr.method(m);
        // The checks before the call are the caller's.
        if let Some(caller) = self.clr.boundary_caller.get() {
            self.lw.set_fault_home(caller);
        }
        let owner = self.clr.ty(mi.owner);
        // Boxes and arrays are read again after the call: roots across it.
        let this_count = usize::from(mi.has_this);
        for (i, &v) in params.iter().enumerate() {
            let is_ref = if i < this_count { true } else { self.clr.repr(self.m.params[i - this_count]) == Repr::Ref };
            if is_ref {
                self.lw.b.declare_value_needs_stack_map(v);
            }
        }
        let mut args = Vec::with_capacity(params.len() + 1);
        let mut back = Vec::new();
        if mi.has_this {
            let this = params[0];
            self.lw.null_check(this);
            if owner.is_value() {
                let temp = self.boundary_temp(mi.owner)?;
                let src = self.lw.b.ins().iadd_imm_s(this, i64::from(HEADER_SIZE));
                self.copy_value(mi.owner, temp, src)?;
                args.push(temp);
                back.push(CopyBack::This { boxed: this, temp, ty: mi.owner });
            } else {
                args.push(this);
            }
        }
        for (&pt, &v) in mi.params.iter().zip(&params[this_count..]) {
            match self.clr.ty(pt).kind {
                Kind::Struct | Kind::Enum(_) => {
                    // Java's null for a value is a NullPointerException.
                    self.lw.null_check(v);
                    let x = self.unboxed(pt, v)?;
                    args.push(x);
                }
                Kind::ByRef(e) => {
                    self.lw.null_check(v);
                    let temp = self.boundary_temp(e)?;
                    let addr = self.element0(v, e)?;
                    self.read_element(e, addr, temp)?;
                    args.push(temp);
                    back.push(CopyBack::Element { array: v, temp, ty: e });
                }
                _ => args.push(v),
            }
        }
        let ret_kind = self.clr.ty(mi.ret).kind;
        let buf = if ret_kind == Kind::Struct {
            let t = self.boundary_temp(mi.ret)?;
            args.push(t);
            Some(t)
        } else {
            None
        };
        let is_virtual = mi.is_virtual() && !owner.is_value() && mi.flags & crate::model::mflags::FINAL == 0 && owner.flags & 0x100 == 0;
        let code = match mi.vslot.get() {
            Some(slot) if is_virtual => {
                self.clr.link(mi.owner)?;
                self.lw.virtual_code(params[0], slot)
            }
            _ => self.direct_code(m)?,
        };
        let shape = mi.shape.clone().ok_or_else(|| LoadError::invalid_program("boundary call of an open generic method"))?;
        let sig = self.lw.signature(&shape);
        self.lw.set_fault_home(self.clr.home.get());
        // Copies back also when the member throws, then rethrows.
        let landing = if back.is_empty() {
            None
        } else {
            let l = self.lw.b.create_block();
            self.lw.b.append_block_param(l, REF);
            self.lw.b.set_cold_block(l);
            self.lw.handlers = vec![(None, l)];
            Some(l)
        };
        let rs = self.lw.call_managed(sig, code, &args);
        self.lw.handlers.clear();
        let result = match (ret_kind, buf) {
            (Kind::Void, _) => None,
            (Kind::Struct, Some(t)) => Some(Se { ty: mi.ret, v: t }),
            _ => Some(Se { ty: mi.ret, v: rs.first().copied().ok_or_else(|| LoadError::invalid_program("missing result"))? }),
        };
        // The result is a root while by-refs are boxed back.
        let result = match result {
            Some(r) if matches!(ret_kind, Kind::Enum(_) | Kind::Struct) => {
                let b = self.java_box(r, mi.ret)?;
                self.lw.b.declare_value_needs_stack_map(b);
                Some(b)
            }
            Some(r) => {
                if self.clr.repr(mi.ret) == Repr::Ref {
                    self.lw.b.declare_value_needs_stack_map(r.v);
                }
                Some(r.v)
            }
            None => None,
        };
        self.copy_back(&back)?;
        match result {
            Some(v) => self.lw.b.ins().return_(&[v]),
            None => self.lw.b.ins().return_(&[]),
        };
        if let Some(l) = landing {
            self.lw.b.switch_to_block(l);
            let exn = self.lw.b.block_params(l)[0];
            self.lw.b.declare_value_needs_stack_map(exn);
            self.copy_back(&back)?;
            self.lw.throw(exn);
        }
        Ok(())
    }

    /// The box Java holds for value `v` of value type `ty`: always a box
    /// of `ty` itself (a `Nullable<T>` too, which CIL's `box` would turn
    /// into null or a boxed `T`, not an instance of the class Java names).
    fn java_box(&mut self, v: Se, ty: TyId) -> LResult<Value> {
        if self.nullable_arg(ty).is_none() {
            return self.boxed(v, ty);
        }
        let rt = self.rt_type(ty)?;
        let obj = self.lw.new_object(rt);
        self.store_typed(ty, obj, HEADER_SIZE as i32, v, None)?;
        Ok(obj)
    }

    /// A zeroed frame temporary for a value of `ty`.
    fn boundary_temp(&mut self, ty: TyId) -> LResult<Value> {
        let t = self.temp(ty)?;
        self.zero_value(ty, t)?;
        Ok(t)
    }

    /// The value in non-null box `v` of value type `ty` (a temporary's
    /// address for structs).
    fn unboxed(&mut self, ty: TyId, v: Value) -> LResult<Value> {
        self.load_typed(ty, v, HEADER_SIZE as i32)
    }

    /// The address of element 0 of non-null array `arr` holding the Java
    /// form of `ty` (a box reference for value types), bounds-checked.
    fn element0(&mut self, arr: Value, ty: TyId) -> LResult<Value> {
        let size = match self.clr.ty(ty).kind {
            Kind::Struct | Kind::Enum(_) => 8,
            _ => self.clr.value_size(ty)?.0,
        };
        let zero = self.lw.b.ins().iconst(types::I32, 0);
        Ok(self.lw.element_addr(arr, zero, size))
    }

    /// Copies the Java element at `addr` into temporary `temp` of `ty`
    /// (a null box is the default value).
    fn read_element(&mut self, ty: TyId, addr: Value, temp: Value) -> LResult<()> {
        match self.clr.ty(ty).kind {
            Kind::Struct | Kind::Enum(_) => {
                let boxed = self.lw.b.ins().load(REF, TRUSTED, addr, 0);
                let some = self.lw.b.create_block();
                let done = self.lw.b.create_block();
                self.lw.b.ins().brif(boxed, some, &[], done, &[]);
                self.lw.b.switch_to_block(some);
                let src = self.lw.b.ins().iadd_imm_s(boxed, i64::from(HEADER_SIZE));
                self.copy_value(ty, temp, src)?;
                self.lw.b.ins().jump(done, &[]);
                self.lw.b.switch_to_block(done);
            }
            _ => self.copy_value(ty, temp, addr)?,
        }
        Ok(())
    }

    /// Writes the temporaries back to where the caller sees them.
    fn copy_back(&mut self, back: &[CopyBack]) -> LResult<()> {
        for &c in back {
            match c {
                CopyBack::This { boxed, temp, ty } => {
                    let dst = self.lw.b.ins().iadd_imm_s(boxed, i64::from(HEADER_SIZE));
                    if !self.clr.value_refs(ty)?.is_empty() {
                        self.lw.write_barrier(boxed);
                    }
                    self.copy_value(ty, dst, temp)?;
                }
                CopyBack::Element { array, temp, ty } => match self.clr.ty(ty).kind {
                    Kind::Struct | Kind::Enum(_) => {
                        let v = if self.clr.repr(ty) == Repr::Struct { temp } else { self.load_typed(ty, temp, 0)? };
                        let b = self.java_box(Se { ty, v }, ty)?;
                        // The array may have moved while the box was made.
                        let addr = self.element0(array, ty)?;
                        self.lw.write_barrier(array);
                        self.lw.b.ins().store(TRUSTED, b, addr, 0);
                    }
                    _ if self.clr.repr(ty) == Repr::Ref => {
                        // Java arrays are covariant: the element type may be
                        // narrower than the parameter's (`String[]` for
                        // `ref object`).
                        let v = self.lw.b.ins().load(REF, TRUSTED, temp, 0);
                        let addr = self.element0(array, ty)?;
                        self.lw.store_check(array, v);
                        self.lw.write_barrier(array);
                        self.lw.b.ins().store(TRUSTED, v, addr, 0);
                    }
                    _ => {
                        let addr = self.element0(array, ty)?;
                        self.copy_value(ty, addr, temp)?;
                    }
                },
            }
        }
        Ok(())
    }
}

