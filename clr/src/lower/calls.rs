//! Calls (§III.3.19 `call`, §III.4.2 `callvirt`, §III.4.21 `newobj`,
//! §III.2.1 `constrained.`) and the bodies the runtime provides: delegate
//! constructors and `Invoke`, and unboxing entries of value-type methods.

use super::{Se, Tr, TRUSTED};
use crate::metadata::tables::Token;
use crate::model::{mflags, BodyKind, Kind, MIdx, Repr};
use crate::vm::{LResult, LoadError};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, BlockArg, InstBuilder, Value};
use substrate::layout::HEADER_SIZE;
use substrate::lower::REF;

impl Tr<'_> {
    fn pop_args(&mut self, n: usize) -> LResult<Vec<Se>> {
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(self.pop()?);
        }
        v.reverse();
        Ok(v)
    }

    /// Machine arguments for the parameters of `m`.
    fn lower_args(&mut self, m: MIdx, args: &[Se]) -> LResult<Vec<Value>> {
        let mi = self.clr.method(m);
        let mut out = Vec::with_capacity(args.len() + 1);
        for (a, &pt) in args.iter().zip(&mi.params) {
            out.push(match self.clr.repr(pt) {
                Repr::Struct => a.v,
                _ => self.coerce(*a, pt)?,
            });
        }
        Ok(out)
    }

    /// Emits the call with `code` and pushes the result.
    fn finish_call(&mut self, m: MIdx, code: Value, mut args: Vec<Value>) -> LResult<()> {
        let mi = self.clr.method(m);
        let shape = mi.shape.clone().ok_or_else(|| LoadError::invalid_program("call of an open generic method"))?;
        let ret_repr = self.clr.repr(mi.ret);
        let buf = if ret_repr == Repr::Struct {
            let t = self.temp(mi.ret)?;
            args.push(t);
            Some(t)
        } else {
            None
        };
        let sig = self.lw.signature(&shape);
        let rs = self.lw.call_managed(sig, code, &args);
        match (ret_repr, buf) {
            (Repr::Void, _) => {}
            (Repr::Struct, Some(t)) => self.push(mi.ret, t),
            _ => {
                let v = rs.first().copied().ok_or_else(|| LoadError::invalid_program("missing result"))?;
                self.push(mi.ret, v);
            }
        }
        Ok(())
    }

    /// Emits `m`'s leaf body (of either VM) in place of a direct call and
    /// pushes its result; false, having emitted nothing, when it has none.
    /// `receiver_checked`: the receiver was null-checked (`callvirt`).
    fn inline_leaf(&mut self, m: MIdx, args: &[Value], receiver_checked: bool) -> LResult<bool> {
        let mi = self.clr.method(m);
        let Some(leaf) = mi.id.and_then(|id| self.rt.leaf(id)) else { return Ok(false) };
        let ret = match self.clr.repr(mi.ret) {
            Repr::Void => None,
            Repr::Scalar(p) => Some(p.clif()),
            Repr::Ref => Some(REF),
            _ => return Ok(false),
        };
        match self.lw.inline_leaf(&leaf, args, ret, receiver_checked) {
            Some(r) => {
                if let Some(v) = r {
                    self.push(mi.ret, v);
                }
                Ok(true)
            }
            None => Ok(false),
        }
    }

    pub(super) fn direct_code(&mut self, m: MIdx) -> LResult<Value> {
        let mi = self.clr.method(m);
        let id = mi.id.ok_or_else(|| LoadError::invalid_program("open generic method"))?;
        let slot = self.rt.method_slot(id).ok_or_else(|| LoadError::invalid_program("no method slot"))?;
        Ok(self.lw.slot_code(slot as *const _ as usize, id.0))
    }

    /// `call` / `callvirt` (with a pending `constrained.` prefix).
    pub(super) fn call(&mut self, tok: Token, virt: bool) -> LResult<()> {
        let m = self.clr.resolve_method(self.m.asm, tok, self.ctx())?;
        let mi = self.clr.method(m);
        let constrained = self.constrained.take();
        if self.intrinsic(&mi)? {
            return Ok(());
        }
        let args = self.pop_args(mi.params.len())?;
        let mut lowered = self.lower_args(m, &args)?;
        if !mi.has_this {
            self.init_check(mi.owner)?;
            if self.inline_leaf(m, &lowered, false)? {
                return Ok(());
            }
            let code = self.direct_code(m)?;
            return self.finish_call(m, code, lowered);
        }
        let mut this = self.pop()?;
        if mi.is_ctor() {
            // A constructor chained to (`base(...)`) initialises its type
            // first, like `newobj` (§II.10.5.3.1).
            self.init_check(mi.owner)?;
        }
        let mut target = m;
        let mut virt = virt;
        if let Some(ct) = constrained {
            if self.clr.ty(ct).is_value() {
                let found = self.clr.find_override(ct, m)?;
                let raw = match self.clr.method(found).body {
                    BodyKind::Unbox(inner) => inner,
                    _ => found,
                };
                if self.clr.method(raw).owner == ct {
                    // The value type implements it: call with the pointer.
                    target = raw;
                    virt = false;
                } else {
                    let v = self.load_typed(ct, this.v, 0)?;
                    let boxed = self.boxed(Se { ty: ct, v }, ct)?;
                    this = Se { ty: self.clr.object_ty, v: boxed };
                }
            } else {
                let v = self.lw.b.ins().load(REF, TRUSTED, this.v, 0);
                this = Se { ty: ct, v };
            }
        }
        let ti = self.clr.method(target);
        let owner = self.clr.ty(ti.owner);
        let this_v = if owner.is_value() && self.clr.repr(this.ty) == Repr::Ref && !ti.body_is_unbox() {
            // A boxed value passed where the method wants the value's address.
            let p = self.lw.b.ins().iadd_imm_s(this.v, i64::from(HEADER_SIZE));
            // (live across the compilation of the callee)
            self.lw.b.declare_value_needs_stack_map(p);
            p
        } else {
            this.v
        };
        lowered.insert(0, this_v);
        let is_virtual = virt && ti.is_virtual() && ti.flags & mflags::FINAL == 0 && owner.flags & 0x100 == 0;
        if virt {
            self.lw.null_check(this.v);
        }
        if !is_virtual {
            if self.inline_leaf(target, &lowered, virt)? {
                return Ok(());
            }
            let code = self.direct_code(target)?;
            return self.finish_call(target, code, lowered);
        }
        let code = if owner.is_interface() || (ti.generic_params > 0 && !ti.margs.is_empty()) {
            let sel = self.clr.dispatch_selector(target)?;
            self.lw.interface_code(this.v, sel)
        } else {
            self.clr.link(ti.owner)?;
            match ti.vslot.get() {
                Some(slot) => self.lw.virtual_code(this.v, slot),
                None => self.direct_code(target)?,
            }
        };
        self.finish_call(target, code, lowered)
    }

    /// Runtime-implemented methods that are a few machine instructions.
    fn intrinsic(&mut self, mi: &crate::model::MethodInfo) -> LResult<bool> {
        if mi.owner == self.clr.string_ty && mi.has_this {
            let int = self.clr.prim(crate::model::Prim::I4);
            let char_ty = self.clr.prim(crate::model::Prim::Char);
            match (mi.name.as_str(), mi.params.as_slice()) {
                ("get_Length", []) => {
                    let s = self.pop()?;
                    self.lw.null_check(s.v);
                    let n = self.lw.array_len(s.v);
                    self.push(int, n);
                    return Ok(true);
                }
                // Out of range raises IndexOutOfRangeException, as .NET does.
                ("get_Chars", [i]) if *i == int => {
                    let idx = self.pop()?;
                    let idx = self.coerce(idx, int)?;
                    let s = self.pop()?;
                    self.lw.null_check(s.v);
                    let addr = self.lw.element_addr(s.v, idx, 2);
                    let c = self.lw.b.ins().uload16(types::I32, TRUSTED, addr, 0);
                    self.push(char_ty, c);
                    return Ok(true);
                }
                _ => {}
            }
        }
        let double = self.clr.prim(crate::model::Prim::R8);
        if mi.params != [double] || self.clr.ty(mi.owner).name != "System.Math" {
            return Ok(false);
        }
        let op: fn(&mut Self, Value) -> Value = match mi.name.as_str() {
            "Sqrt" => |t, x| t.lw.b.ins().sqrt(x),
            _ => return Ok(false),
        };
        let a = self.pop()?;
        let x = self.coerce(a, double)?;
        let r = op(self, x);
        self.push(double, r);
        Ok(true)
    }

    /// `newobj`.
    pub(super) fn newobj(&mut self, tok: Token) -> LResult<()> {
        let m = self.clr.resolve_method(self.m.asm, tok, self.ctx())?;
        let mi = self.clr.method(m);
        let owner = mi.owner;
        let info = self.clr.ty(owner);
        let args = self.pop_args(mi.params.len())?;
        if owner == self.clr.string_ty {
            // String constructors are their static `Ctor` twins.
            let twin = self
                .clr
                .methods_of(owner)?
                .into_iter()
                .find(|&c| {
                    let ci = self.clr.method(c);
                    ci.name == "Ctor" && ci.is_static() && ci.params == mi.params
                })
                .ok_or_else(|| LoadError::missing_method("String.Ctor"))?;
            let lowered = self.lower_args(twin, &args)?;
            let code = self.direct_code(twin)?;
            return self.finish_call(twin, code, lowered);
        }
        if let Kind::MdArray(_, rank) = info.kind {
            let rt = self.rt_type(owner)?;
            let dims = self.lw.b.create_sized_stack_slot(cranelift_codegen::ir::StackSlotData::new(
                cranelift_codegen::ir::StackSlotKind::ExplicitSlot,
                8 * rank.max(1),
                3,
            ));
            for (i, a) in args.iter().enumerate() {
                let i64v = self.coerce(*a, self.clr.prim(crate::model::Prim::I8))?;
                let addr = self.lw.b.ins().stack_addr(types::I64, dims, (8 * i) as i32);
                self.lw.b.ins().store(TRUSTED, i64v, addr, 0);
            }
            let t = self.iconst(types::I32, i64::from(rt));
            let n = self.iconst(types::I32, args.len() as i64);
            let d = self.lw.b.ins().stack_addr(types::I64, dims, 0);
            let r = self.lw.call_rt("clr_new_mdarray", &[t, n, d])[0];
            self.lw.check_result(r);
            self.push(owner, r);
            return Ok(());
        }
        self.init_check(owner)?;
        let mut lowered = self.lower_args(m, &args)?;
        if info.is_value() {
            let t = self.temp(owner)?;
            self.zero_value(owner, t)?;
            lowered.insert(0, t);
            let code = self.direct_code(m)?;
            self.finish_call(m, code, lowered)?;
            self.push(owner, t);
        } else {
            let rt = self.rt_type(owner)?;
            let obj = self.lw.new_object(rt);
            lowered.insert(0, obj);
            let code = self.direct_code(m)?;
            self.finish_call(m, code, lowered)?;
            self.push(owner, obj);
        }
        Ok(())
    }

    /// The unboxing entry: `this` is a box; the method wants the value.
    pub(super) fn unbox_body(&mut self, inner: MIdx) -> LResult<()> {
        let entry = self.lw.b.create_block();
        self.lw.b.append_block_params_for_function_params(entry);
        self.lw.b.switch_to_block(entry);
        let mut params = self.lw.b.block_params(entry).to_vec();
        // The first call compiles `inner` and may collect: the box and every
        // reference or pointer argument stay roots across it, and the
        // pointer into the box is taken only after.
        self.lw.b.declare_value_needs_stack_map(params[0]);
        for (v, &t) in params[1..].iter().zip(&self.m.params.clone()) {
            if matches!(self.clr.repr(t), Repr::Ref | Repr::Ptr) {
                self.lw.b.declare_value_needs_stack_map(*v);
            }
        }
        let code = self.direct_code(inner)?;
        params[0] = self.lw.b.ins().iadd_imm_s(params[0], i64::from(HEADER_SIZE));
        let shape = self.clr.method(inner).shape.clone().ok_or_else(|| LoadError::invalid_program("unbox stub"))?;
        let sig = self.lw.signature(&shape);
        self.lw.b.ins().return_call_indirect(sig, code, &params);
        Ok(())
    }

    fn delegate_field(&self, name: &str) -> LResult<u32> {
        let d = self.clr.corlib_type("System.Delegate")?;
        let l = self.clr.layout(d)?;
        l.fields.iter().find(|f| f.name == name).map(|f| f.offset).ok_or_else(|| LoadError::type_load(format!("Delegate.{name}")))
    }

    /// `.ctor(object target, IntPtr method)` of a delegate type.
    pub(super) fn delegate_ctor(&mut self) -> LResult<()> {
        let entry = self.lw.b.create_block();
        self.lw.b.append_block_params_for_function_params(entry);
        self.lw.b.switch_to_block(entry);
        let p = self.lw.b.block_params(entry).to_vec();
        if p.len() < 3 {
            return Err(LoadError::invalid_program("delegate constructor shape"));
        }
        self.store_delegate(p[0], p[1], p[2])?;
        self.lw.b.ins().return_(&[]);
        Ok(())
    }

    /// Sets delegate `d`'s target object and method code.
    pub(super) fn store_delegate(&mut self, d: Value, target: Value, code: Value) -> LResult<()> {
        let target_off = self.delegate_field("_target")?;
        let method_off = self.delegate_field("_method")?;
        self.lw.write_barrier(d);
        self.lw.store_field(d, target_off, target);
        self.lw.store_field(d, method_off, code);
        Ok(())
    }

    /// `Invoke` of a delegate type: every delegate of a combined one in
    /// order, else the target method (static, or on `_target`).
    pub(super) fn delegate_invoke(&mut self) -> LResult<()> {
        let target_off = self.delegate_field("_target")?;
        let method_off = self.delegate_field("_method")?;
        let list_off = self.delegate_field("_invocationList")?;
        let shape = self.m.shape.clone().ok_or_else(|| LoadError::invalid_program("delegate shape"))?;
        let entry = self.lw.b.create_block();
        self.lw.b.append_block_params_for_function_params(entry);
        self.lw.b.switch_to_block(entry);
        let p = self.lw.b.block_params(entry).to_vec();
        let this = p[0];
        let rest: Vec<Value> = p[1..].to_vec();
        // `this` and reference arguments live across the calls of a combined delegate.
        self.lw.b.declare_value_needs_stack_map(this);
        for (v, &t) in rest.iter().zip(&self.m.params.clone()) {
            if self.clr.repr(t) == Repr::Ref {
                self.lw.b.declare_value_needs_stack_map(*v);
            }
        }
        let ret_t = shape.ret;
        let list = self.lw.load_field(REF, this, list_off);
        self.lw.b.declare_value_needs_stack_map(list);
        let multi = self.lw.b.create_block();
        let single = self.lw.b.create_block();
        self.lw.b.ins().brif(list, multi, &[], single, &[]);

        // Combined: call Invoke on each element; the last result is returned.
        self.lw.b.switch_to_block(multi);
        let n = self.lw.array_len(list);
        let head = self.lw.b.create_block();
        let i = self.lw.b.append_block_param(head, types::I32);
        let acc = ret_t.map(|t| self.lw.b.append_block_param(head, t));
        let zero_i = self.iconst(types::I32, 0);
        let mut init = vec![BlockArg::Value(zero_i)];
        if let Some(t) = ret_t {
            let z = match t {
                types::F32 => self.lw.b.ins().f32const(0.0),
                types::F64 => self.lw.b.ins().f64const(0.0),
                _ => self.iconst(t, 0),
            };
            init.push(BlockArg::Value(z));
        }
        self.lw.b.ins().jump(head, &init);
        self.lw.b.switch_to_block(head);
        let more = self.lw.b.ins().icmp(IntCC::SignedLessThan, i, n);
        let body = self.lw.b.create_block();
        let out = self.lw.b.create_block();
        let out_v = ret_t.map(|t| self.lw.b.append_block_param(out, t));
        let acc_args: Vec<BlockArg> = acc.iter().map(|&a| BlockArg::Value(a)).collect();
        self.lw.b.ins().brif(more, body, &[], out, &acc_args);
        self.lw.b.switch_to_block(body);
        let ea = self.lw.element_addr(list, i, 8);
        let d = self.lw.load_element(REF, ea);
        let my = self.m.id.ok_or_else(|| LoadError::invalid_program("delegate id"))?;
        let slot = self.rt.method_slot(my).ok_or_else(|| LoadError::invalid_program("slot"))?;
        let code = self.lw.slot_code(slot as *const _ as usize, my.0);
        let sig = self.lw.signature(&shape);
        let mut args = vec![d];
        args.extend(rest.iter().copied());
        let r = self.lw.call_managed(sig, code, &args);
        let i1 = self.lw.b.ins().iadd_imm_s(i, 1);
        let mut back = vec![BlockArg::Value(i1)];
        back.extend(r.first().map(|&v| BlockArg::Value(v)));
        self.lw.b.ins().jump(head, &back);
        self.lw.b.switch_to_block(out);
        let ret: Vec<Value> = out_v.into_iter().collect();
        self.lw.b.ins().return_(&ret);

        // Single: the target method through its slot.
        self.lw.b.switch_to_block(single);
        let info = self.lw.load_field(REF, this, method_off);
        let slot_addr = self.lw.b.ins().load(REF, TRUSTED, info, 0);
        let code0 = self.lw.b.ins().load(REF, TRUSTED, slot_addr, 0);
        let have = self.lw.b.create_block();
        let code = self.lw.b.append_block_param(have, REF);
        let compile = self.lw.b.create_block();
        self.lw.b.set_cold_block(compile);
        self.lw.b.ins().brif(code0, have, &[BlockArg::Value(code0)], compile, &[]);
        self.lw.b.switch_to_block(compile);
        let mid = self.lw.b.ins().load(types::I32, TRUSTED, info, 8);
        let c = self.lw.call_rt("rt_compile", &[mid])[0];
        self.lw.check_result(c);
        self.lw.b.ins().jump(have, &[BlockArg::Value(c)]);
        self.lw.b.switch_to_block(have);
        let is_static = self.lw.b.ins().load(types::I32, TRUSTED, info, 16);
        let st = self.lw.b.create_block();
        let inst = self.lw.b.create_block();
        self.lw.b.ins().brif(is_static, st, &[], inst, &[]);
        self.lw.b.switch_to_block(st);
        let static_shape = substrate::jit::Shape { params: shape.params[1..].to_vec(), ret: shape.ret };
        let ssig = self.lw.signature(&static_shape);
        self.lw.b.ins().return_call_indirect(ssig, code, &rest);
        self.lw.b.switch_to_block(inst);
        let target = self.lw.load_field(REF, this, target_off);
        let mut targs = vec![target];
        targs.extend(rest.iter().copied());
        self.lw.b.ins().return_call_indirect(sig, code, &targs);
        Ok(())
    }
}

impl crate::model::MethodInfo {
    fn body_is_unbox(&self) -> bool {
        matches!(self.body, BodyKind::Unbox(_))
    }
}

impl crate::vm::Clr {
    /// The selector a call dispatches through for interface methods and
    /// generic virtual method instantiations.
    pub fn dispatch_selector(&self, m: MIdx) -> LResult<u64> {
        let mi = self.method(m);
        if mi.selector.get() == 0 {
            if self.ty(mi.owner).is_interface() {
                self.link(mi.owner)?;
            }
            if mi.selector.get() == 0 {
                mi.selector.set(self.new_selector(m));
            }
        }
        Ok(mi.selector.get())
    }

    /// The identity `ldftn` pushes and a delegate keeps in `_method`:
    /// `[code slot address, method id, is static]`, one per method.
    pub fn delegate_target(&self, m: MIdx) -> LResult<usize> {
        if let Some(&p) = self.delegate_targets.borrow().get(&m) {
            return Ok(p);
        }
        let mi = self.method(m);
        // Instance methods of value types get the boxed `this`.
        let callee = if !mi.is_static() && self.ty(mi.owner).is_value() { self.unbox_stub(m)? } else { m };
        let ci = self.method(callee);
        let id = ci.id.ok_or_else(|| LoadError::invalid_program("ldftn of an open generic method"))?;
        let p = self.target_cell(id, mi.is_static())?;
        self.delegate_targets.borrow_mut().insert(m, p);
        Ok(p)
    }

    /// A delegate's method word: the method's code slot, id and whether it
    /// is static (what `Invoke` reads). Never freed.
    fn target_cell(&self, id: substrate::MethodId, is_static: bool) -> LResult<usize> {
        let slot = self.rt.method_slot(id).ok_or_else(|| LoadError::invalid_program("slot"))?;
        let cell: &'static [usize; 3] = Box::leak(Box::new([slot as *const _ as usize, id.0 as usize, usize::from(is_static)]));
        Ok(cell.as_ptr() as usize)
    }

    /// The delegate target for virtual or interface method `m` of `obj`, a
    /// class of the other VM (`ldvirtftn` on a Java object): the method a
    /// call through its vtable slot or interface selector reaches.
    pub fn dispatch_target(&self, obj: substrate::ObjRef, m: MIdx) -> LResult<usize> {
        let mi = self.method(m);
        let rt = self.rt();
        let id = if self.ty(mi.owner).is_interface() {
            let sel = self.dispatch_selector(m)?;
            rt.interface_method(obj, sel).map_err(|_| LoadError::invalid_program(format!("{}::{} not implemented", self.ty(mi.owner).name, mi.name)))?
        } else {
            let slot = mi.vslot.get().ok_or_else(|| LoadError::invalid_program("ldvirtftn of a non-virtual method"))?;
            rt.with_type(rt.type_of(obj), |e| e.vtable.get(slot as usize).copied())
                .flatten()
                .ok_or_else(|| LoadError::invalid_program("vtable slot out of range"))?
        };
        self.foreign_target(id)
    }

    /// The delegate target for the other VM's instance method `id` (a
    /// Java lambda's implementation of a delegate's functional interface).
    pub fn foreign_target(&self, id: substrate::MethodId) -> LResult<usize> {
        if let Some(&p) = self.foreign_targets.borrow().get(&id) {
            return Ok(p);
        }
        let p = self.target_cell(id, false)?;
        self.foreign_targets.borrow_mut().insert(id, p);
        Ok(p)
    }
}
