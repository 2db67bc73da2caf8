//! Fields, calls, allocation and type tests (JVMS §6.5 `getfield`..
//! `putstatic`, `invoke*`, `new*`, `checkcast`, `instanceof`), plus the
//! bodies of native adapters and lambda methods.

use super::{verify, LResult, LowerError, SKind, Translator};
use crate::bytecode::ArrayKind;
use crate::classfile::{access, MemberRef};
use crate::descriptor::{parse_method, FieldType};
use crate::model::{ClassIdx, LambdaSpec, Method, Ty};
use crate::vm::{shape_of, LinkError};
use cranelift_codegen::ir::{types, InstBuilder, MemFlagsData, StackSlotData, StackSlotKind, Value};
use substrate::layout::TypeKind;
use substrate::lower::TypeTarget;

/// How a call picks its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum InvokeKind {
    Virtual,
    Special,
    Static,
    Interface,
}

impl Translator<'_, '_> {
    fn member(&self, idx: u16) -> LResult<MemberRef> {
        let file = self.file.as_ref().ok_or_else(|| verify("no class file"))?;
        file.constant_pool.member_ref(idx).map_err(|e| verify(e.to_string()))
    }

    pub(crate) fn class_name(&self, idx: u16) -> LResult<String> {
        let file = self.file.as_ref().ok_or_else(|| verify("no class file"))?;
        file.constant_pool.class_name(idx).map(str::to_string).map_err(|e| verify(e.to_string()))
    }

    /// Is class `c` already initialised, or initialised whenever this code runs?
    fn init_free(&self, c: ClassIdx) -> bool {
        let st = self.jvm.state.borrow();
        if st.classes[c].init.get() == crate::model::InitState::Done {
            return true;
        }
        // The current class (and its superclasses) is initialised, or being
        // initialised by this thread, whenever its code runs.
        let mut cur = Some(self.class);
        while let Some(k) = cur {
            if k == c {
                return true;
            }
            cur = st.classes[k].super_class;
        }
        false
    }

    pub(crate) fn init_check(&mut self, c: ClassIdx) {
        if self.init_free(c) {
            return;
        }
        let (ty, byte) = {
            let st = self.jvm.state.borrow();
            (st.classes[c].type_id.0, st.classes[c].init_byte as *const _ as usize)
        };
        self.lw.init_check(ty, byte);
    }

    /// Pushes a zero of kind `k` (after code that always throws).
    fn push_zero(&mut self, k: SKind) {
        let v = match k {
            SKind::F => self.lw.b.ins().f32const(0.0),
            SKind::D => self.lw.b.ins().f64const(0.0),
            other => self.lw.b.ins().iconst(other.clif(), 0),
        };
        self.push(k, v);
    }

    fn resolve_field(&mut self, mr: &MemberRef, want_static: bool) -> Result<(ClassIdx, crate::model::Field), LinkError> {
        let c = self.jvm.load(self.rt, &mr.class)?;
        let Some((decl, f)) = self.jvm.find_field(c, &mr.name).filter(|(_, f)| f.desc == mr.descriptor) else {
            return Err(LinkError::new("java/lang/NoSuchFieldError", mr.name.clone()));
        };
        if f.is_static != want_static {
            let what = if want_static { "Expected static field" } else { "Expected non-static field" };
            return Err(LinkError::new(
                "java/lang/IncompatibleClassChangeError",
                format!("{what} {}.{}", mr.class.replace('/', "."), mr.name),
            ));
        }
        Ok((decl, f))
    }

    fn load_mem(&mut self, ty: Ty, addr: Value, offset: u32) -> Value {
        let flags = MemFlagsData::trusted();
        let b = &mut self.lw.b;
        let off = offset as i32;
        match ty {
            Ty::Boolean | Ty::Byte => b.ins().sload8(types::I32, flags, addr, off),
            Ty::Char => b.ins().uload16(types::I32, flags, addr, off),
            Ty::Short => b.ins().sload16(types::I32, flags, addr, off),
            other => b.ins().load(other.clif(), flags, addr, off),
        }
    }

    fn store_mem(&mut self, ty: Ty, addr: Value, offset: u32, v: Value) {
        let v = match ty {
            Ty::Boolean | Ty::Byte | Ty::Char | Ty::Short => self.lw.b.ins().ireduce(ty.mem(), v),
            _ => v,
        };
        self.lw.b.ins().store(MemFlagsData::trusted(), v, addr, offset as i32);
    }

    pub(crate) fn get_static(&mut self, idx: u16) -> LResult<()> {
        let mr = self.member(idx)?;
        let kind = SKind::of_ty(Ty::of(&crate::descriptor::parse_field(&mr.descriptor).map_err(|e| verify(e.to_string()))?));
        match self.resolve_field(&mr, true) {
            Ok((decl, f)) => {
                self.init_check(decl);
                let base = self.jvm.state.borrow().classes[decl].statics.map(|s| s.addr()).unwrap_or(0);
                let a = self.lw.b.ins().iconst(types::I64, base as i64);
                let v = self.load_mem(f.ty, a, f.offset);
                self.push(kind, v);
            }
            Err(e) => {
                self.throw_error(&e)?;
                self.push_zero(kind);
            }
        }
        Ok(())
    }

    fn field_kind(mr: &MemberRef) -> LResult<SKind> {
        let ft = crate::descriptor::parse_field(&mr.descriptor).map_err(|e| verify(e.to_string()))?;
        Ok(SKind::of_ty(Ty::of(&ft)))
    }

    pub(crate) fn put_static(&mut self, idx: u16) -> LResult<()> {
        let mr = self.member(idx)?;
        let v = self.pop_k(Self::field_kind(&mr)?)?;
        match self.resolve_field(&mr, true) {
            Ok((decl, f)) => {
                self.init_check(decl);
                let base = self.jvm.state.borrow().classes[decl].statics.map(|s| s.addr()).unwrap_or(0);
                let a = self.lw.b.ins().iconst(types::I64, base as i64);
                self.store_mem(f.ty, a, f.offset, v);
            }
            Err(e) => self.throw_error(&e)?,
        }
        Ok(())
    }

    pub(crate) fn get_field(&mut self, idx: u16) -> LResult<()> {
        let mr = self.member(idx)?;
        self.get_field_ref(&mr)
    }

    pub(crate) fn get_field_ref(&mut self, mr: &MemberRef) -> LResult<()> {
        let kind = Self::field_kind(mr)?;
        let obj = self.pop_k(SKind::R)?;
        match self.resolve_field(mr, false) {
            Ok((_, f)) => {
                self.lw.null_check(obj);
                let v = self.load_mem(f.ty, obj, f.offset);
                self.push(kind, v);
            }
            Err(e) => {
                self.throw_error(&e)?;
                self.push_zero(kind);
            }
        }
        Ok(())
    }

    pub(crate) fn put_field(&mut self, idx: u16) -> LResult<()> {
        let mr = self.member(idx)?;
        let v = self.pop_k(Self::field_kind(&mr)?)?;
        let obj = self.pop_k(SKind::R)?;
        match self.resolve_field(&mr, false) {
            Ok((_, f)) => {
                self.lw.null_check(obj);
                if f.ty == Ty::Ref {
                    self.lw.write_barrier(obj);
                }
                self.store_mem(f.ty, obj, f.offset, v);
            }
            Err(e) => self.throw_error(&e)?,
        }
        Ok(())
    }

    pub(crate) fn invoke_virtual(&mut self, idx: u16) -> LResult<()> {
        let mr = self.member(idx)?;
        self.do_invoke(InvokeKind::Virtual, &mr)
    }
    pub(crate) fn invoke_special(&mut self, idx: u16) -> LResult<()> {
        let mr = self.member(idx)?;
        self.do_invoke(InvokeKind::Special, &mr)
    }
    pub(crate) fn invoke_static(&mut self, idx: u16) -> LResult<()> {
        let mr = self.member(idx)?;
        self.do_invoke(InvokeKind::Static, &mr)
    }
    pub(crate) fn invoke_interface(&mut self, idx: u16) -> LResult<()> {
        let mr = self.member(idx)?;
        self.do_invoke(InvokeKind::Interface, &mr)
    }

    /// Pops the arguments of `mr` (and the receiver), calls, pushes the result.
    pub(crate) fn do_invoke(&mut self, kind: InvokeKind, mr: &MemberRef) -> LResult<()> {
        let md = parse_method(&mr.descriptor).map_err(|e| verify(e.to_string()))?;
        let nargs = md.params.len() + usize::from(kind != InvokeKind::Static);
        if self.stack.len() < nargs {
            return Err(verify("operand stack underflow at call"));
        }
        let entries = self.stack.split_off(self.stack.len() - nargs);
        let mut want: Vec<SKind> = Vec::new();
        if kind != InvokeKind::Static {
            want.push(SKind::R);
        }
        want.extend(md.params.iter().map(|p| SKind::of_ty(Ty::of(p))));
        if entries.iter().zip(&want).any(|(e, &k)| e.k != k) {
            return Err(verify(format!("bad argument types for {}.{}{}", mr.class, mr.name, mr.descriptor)));
        }
        let mut args: Vec<Value> = entries.iter().map(|e| e.v).collect();
        let ret_kind = md.ret.as_ref().map(|r| SKind::of_ty(Ty::of(r)));

        // `new String(...)`: strings are created whole by `String.create`.
        if kind == InvokeKind::Special && mr.name == "<init>" && entries.first().is_some_and(|e| e.fresh_string) {
            let placeholder = entries[0].v;
            let create = MemberRef {
                class: "java/lang/String".into(),
                name: "create".into(),
                descriptor: format!("{}Ljava/lang/String;", &mr.descriptor[..mr.descriptor.len() - 1]),
                interface: false,
            };
            for e in &entries[1..] {
                self.stack.push(*e);
            }
            self.do_invoke(InvokeKind::Static, &create)?;
            let s = self.pop()?;
            for e in self.stack.iter_mut() {
                if e.fresh_string && e.v == placeholder {
                    e.v = s;
                    e.fresh_string = false;
                }
            }
            return Ok(());
        }

        let resolved = self.jvm.load(self.rt, &mr.class).and_then(|c| {
            self.jvm.find_method(c, &mr.name, &mr.descriptor).map(|m| (c, m)).ok_or_else(|| {
                LinkError::new(
                    "java/lang/NoSuchMethodError",
                    format!("'{}'", pretty_method(&mr.class, &mr.name, &mr.descriptor)),
                )
            })
        });
        let (ref_class, mi) = match resolved {
            Ok(r) => r,
            Err(e) => {
                self.throw_error(&e)?;
                if let Some(k) = ret_kind {
                    self.push_zero(k);
                }
                return Ok(());
            }
        };
        let m: Method = self.jvm.state.borrow().methods[mi].clone();
        if m.is_static() != (kind == InvokeKind::Static) {
            let what = if m.is_static() { "Expected non-static method" } else { "Expected static method" };
            let e = LinkError::new("java/lang/IncompatibleClassChangeError", format!("{what} '{}'", pretty_method(&mr.class, &mr.name, &mr.descriptor)));
            self.throw_error(&e)?;
            if let Some(k) = ret_kind {
                self.push_zero(k);
            }
            return Ok(());
        }
        if let Some(v) = self.intrinsic(&m, &args)? {
            if let Some(k) = ret_kind {
                self.push(k, v);
            }
            return Ok(());
        }
        if kind != InvokeKind::Static && m.name != "<init>" {
            self.lw.null_check(args[0]);
        }
        // String.charAt: an inline load when the index is in range; the
        // native (which raises the exception) otherwise.
        let char_at = {
            let st = self.jvm.state.borrow();
            st.classes[m.class].name == "java/lang/String" && m.name == "charAt" && m.desc == "(I)C"
        };
        let mut done = None;
        if char_at {
            let (s, i) = (args[0], args[1]);
            let len = self.lw.array_len(s);
            let oob = self.lw.b.ins().icmp(cranelift_codegen::ir::condcodes::IntCC::UnsignedGreaterThanOrEqual, i, len);
            let fast = self.lw.b.create_block();
            let slow = self.lw.b.create_block();
            let join = self.lw.b.create_block();
            let r = self.lw.b.append_block_param(join, types::I32);
            self.lw.b.set_cold_block(slow);
            self.lw.b.ins().brif(oob, slow, &[], fast, &[]);
            self.lw.b.switch_to_block(fast);
            let i64v = self.lw.b.ins().uextend(types::I64, i);
            let off = self.lw.b.ins().ishl_imm_u(i64v, 1);
            let addr = self.lw.b.ins().iadd(s, off);
            let v = self.lw.b.ins().uload16(
                types::I32,
                MemFlagsData::trusted(),
                addr,
                substrate::layout::DATA_OFFSET,
            );
            self.lw.b.ins().jump(join, &[cranelift_codegen::ir::BlockArg::Value(v)]);
            self.lw.b.switch_to_block(slow);
            done = Some((join, r));
        }
        if kind == InvokeKind::Static {
            self.init_check(m.class);
        }
        let (decl_is_interface, class_final) = {
            let st = self.jvm.state.borrow();
            (st.classes[m.class].is_interface(), st.classes[ref_class].access & access::FINAL != 0)
        };
        let direct = kind == InvokeKind::Static
            || kind == InvokeKind::Special
            || m.access & (access::PRIVATE | access::FINAL) != 0
            || (class_final && !decl_is_interface);
        if direct && done.is_none() {
            if let Some(leaf) = self.rt.leaf(m.id) {
                let n = m.md.params.len() + usize::from(!m.is_static());
                let ret = ret_kind.map(SKind::clif);
                // The receiver of a direct instance call is null-checked
                // above, or a new object (`<init>`).
                if let Some(r) = self.lw.inline_leaf(&leaf, &args[..n], ret, !m.is_static()) {
                    if let (Some(k), Some(v)) = (ret_kind, r) {
                        let v = self.foreign_result(&m, v);
                        self.push(k, v);
                    }
                    return Ok(());
                }
            }
        }
        let shape = shape_of(&m.md, m.is_static());
        if direct && m.id == self.method.id {
            if let Some(f) = self.self_ref {
                args.truncate(shape.params.len());
                let results = self.lw.call_direct(f, &args);
                if let (Some(k), Some(&r)) = (ret_kind, results.first()) {
                    self.push(k, r);
                }
                return Ok(());
            }
        }
        let sig = self.lw.signature(&shape);
        let code = if direct {
            self.direct_code(&m)
        } else if kind == InvokeKind::Interface || (decl_is_interface && m.vslot.is_none()) {
            let sel = self.jvm.selector(self.rt, &m.name, &m.desc);
            self.lw.interface_code(args[0], sel)
        } else {
            match m.vslot {
                Some(slot) => self.lw.virtual_code(args[0], slot),
                None => self.direct_code(&m),
            }
        };
        // Narrow int arguments keep their i32 representation; nothing to adapt.
        args.truncate(shape.params.len());
        let mut results = self.lw.call_managed(sig, code, &args);
        if let Some(r) = results.first_mut() {
            *r = self.foreign_result(&m, *r);
        }
        if let Some((join, r)) = done {
            let v = results.first().copied().unwrap_or(r);
            self.lw.b.ins().jump(join, &[cranelift_codegen::ir::BlockArg::Value(v)]);
            self.lw.b.switch_to_block(join);
            self.push(SKind::I, r);
            return Ok(());
        }
        if let (Some(k), Some(&r)) = (ret_kind, results.first()) {
            self.push(k, r);
        }
        Ok(())
    }

    fn direct_code(&mut self, m: &Method) -> Value {
        let slot = self.rt.method_slot(m.id);
        match slot {
            Some(s) => {
                let code = s.load(std::sync::atomic::Ordering::Acquire);
                // Only optimised code is final; quick code may be replaced.
                let settled = self.rt.method_tier(m.id) == Some(substrate::jit::Tier::Optimized);
                if code != 0 && settled {
                    self.lw.b.ins().iconst(types::I64, code as i64)
                } else {
                    self.lw.slot_code(s as *const _ as usize, m.id.0)
                }
            }
            None => self.lw.b.ins().iconst(types::I64, 0),
        }
    }

    /// Inline versions of a few hot library methods.
    fn intrinsic(&mut self, m: &Method, args: &[Value]) -> LResult<Option<Value>> {
        let owner = self.jvm.state.borrow().classes[m.class].name.clone();
        Ok(match (owner.as_str(), m.name.as_str(), m.desc.as_str()) {
            ("java/lang/String", "length", "()I") => {
                self.lw.null_check(args[0]);
                Some(self.lw.array_len(args[0]))
            }
            ("java/lang/Math", "sqrt", "(D)D") => Some(self.lw.b.ins().sqrt(args[0])),
            ("java/lang/Math", "floor", "(D)D") => Some(self.lw.b.ins().floor(args[0])),
            ("java/lang/Math", "ceil", "(D)D") => Some(self.lw.b.ins().ceil(args[0])),
            ("java/lang/Math", "abs", "(D)D") => Some(self.lw.b.ins().fabs(args[0])),
            ("java/lang/Math", "abs", "(F)F") => Some(self.lw.b.ins().fabs(args[0])),
            _ => None,
        })
    }

    pub(crate) fn new_object(&mut self, idx: u16) -> LResult<()> {
        let name = self.class_name(idx)?;
        let c = match self.jvm.load(self.rt, &name) {
            Ok(c) => c,
            Err(e) => {
                self.throw_error(&e)?;
                self.push_zero(SKind::R);
                return Ok(());
            }
        };
        let (ty, abstractish) = {
            let st = self.jvm.state.borrow();
            let k = &st.classes[c];
            (k.type_id.0, k.access & (access::ABSTRACT | access::INTERFACE) != 0)
        };
        if abstractish {
            self.throw_error(&LinkError::new("java/lang/InstantiationError", name.replace('/', ".")))?;
            self.push_zero(SKind::R);
            return Ok(());
        }
        self.init_check(c);
        if name == "java/lang/String" {
            let v = self.lw.b.ins().iconst(types::I64, 0);
            self.stack.push(super::Entry { k: SKind::R, v, fresh_string: true });
            return Ok(());
        }
        let o = self.lw.new_object(ty);
        self.push(SKind::R, o);
        Ok(())
    }

    fn array_type(&mut self, name: &str) -> LResult<Option<u32>> {
        match self.jvm.load(self.rt, name) {
            Ok(c) => Ok(Some(self.jvm.state.borrow().classes[c].type_id.0)),
            Err(e) => {
                self.throw_error(&e)?;
                Ok(None)
            }
        }
    }

    pub(crate) fn new_prim_array(&mut self, ak: ArrayKind) -> LResult<()> {
        let name = match ak {
            ArrayKind::Boolean => "[Z",
            ArrayKind::Byte => "[B",
            ArrayKind::Char => "[C",
            ArrayKind::Short => "[S",
            ArrayKind::Int => "[I",
            ArrayKind::Long => "[J",
            ArrayKind::Float => "[F",
            ArrayKind::Double => "[D",
            ArrayKind::Ref => return Err(verify("newarray of references")),
        };
        let len = self.pop_k(SKind::I)?;
        match self.array_type(name)? {
            Some(t) => {
                let a = self.lw.new_array(t, len);
                self.push(SKind::R, a);
            }
            None => self.push_zero(SKind::R),
        }
        Ok(())
    }

    pub(crate) fn new_ref_array(&mut self, idx: u16) -> LResult<()> {
        let comp = self.class_name(idx)?;
        let name = if comp.starts_with('[') { format!("[{comp}") } else { format!("[L{comp};") };
        let len = self.pop_k(SKind::I)?;
        match self.array_type(&name)? {
            Some(t) => {
                let a = self.lw.new_array(t, len);
                self.push(SKind::R, a);
            }
            None => self.push_zero(SKind::R),
        }
        Ok(())
    }

    pub(crate) fn multi_new_array(&mut self, idx: u16, dims: u8) -> LResult<()> {
        let name = self.class_name(idx)?;
        let n = usize::from(dims);
        if self.stack.len() < n || n == 0 {
            return Err(verify("multianewarray"));
        }
        let dims = self.stack.split_off(self.stack.len() - n);
        if dims.iter().any(|e| e.k != SKind::I) {
            return Err(verify("multianewarray dimensions must be ints"));
        }
        let counts: Vec<Value> = dims.iter().map(|e| e.v).collect();
        let Some(t) = self.array_type(&name)? else {
            self.push_zero(SKind::R);
            return Ok(());
        };
        let slot = self.lw.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, (4 * n) as u32, 2));
        for (i, &c) in counts.iter().enumerate() {
            let a = self.lw.b.ins().stack_addr(types::I64, slot, (4 * i) as i32);
            self.lw.b.ins().store(MemFlagsData::trusted(), c, a, 0);
        }
        let addr = self.lw.b.ins().stack_addr(types::I64, slot, 0);
        let tv = self.lw.b.ins().iconst(types::I32, i64::from(t));
        let nv = self.lw.b.ins().iconst(types::I32, n as i64);
        let r = self.lw.call_rt("jvm_multianewarray", &[tv, addr, nv])[0];
        self.lw.check_result(r);
        self.push(SKind::R, r);
        Ok(())
    }

    fn target(&mut self, name: &str) -> Result<TypeTarget, LinkError> {
        let c = self.jvm.load(self.rt, name)?;
        let st = self.jvm.state.borrow();
        let k = &st.classes[c];
        let kind = if k.is_interface() {
            TypeKind::Interface
        } else if k.is_array() {
            TypeKind::Array
        } else {
            TypeKind::Object
        };
        Ok(TypeTarget { type_id: k.type_id.0, desc: k.desc.addr(), depth: k.depth, kind })
    }

    pub(crate) fn check_cast(&mut self, idx: u16) -> LResult<()> {
        let name = self.class_name(idx)?;
        let obj = self.pop_k(SKind::R)?;
        match self.target(&name) {
            Ok(t) => {
                let ok = self.type_test(obj, &t);
                let is_null = self.lw.b.ins().icmp_imm_s(cranelift_codegen::ir::condcodes::IntCC::Equal, obj, 0);
                let is_null = self.lw.b.ins().uextend(types::I32, is_null);
                let pass = self.lw.b.ins().bor(ok, is_null);
                let cold = self.lw.b.create_block();
                let cont = self.lw.b.create_block();
                self.lw.b.set_cold_block(cold);
                self.lw.b.ins().brif(pass, cont, &[], cold, &[]);
                self.lw.b.switch_to_block(cold);
                let tv = self.lw.b.ins().iconst(types::I32, i64::from(t.type_id));
                let exn = self.lw.call_rt("jvm_cast_error", &[obj, tv])[0];
                self.lw.throw(exn);
                self.lw.b.switch_to_block(cont);
            }
            Err(e) => self.throw_error(&e)?,
        }
        self.push(SKind::R, obj);
        Ok(())
    }

    /// 1 (i32) if `obj` is non-null and an instance of `t`, counting the
    /// other VM's exceptions Java's `RuntimeException` stands for
    /// (`Runtime::type_tests_by_alias`).
    fn type_test(&mut self, obj: Value, t: &TypeTarget) -> Value {
        if self.rt.type_tests_by_alias(substrate::TypeId(t.type_id)) {
            self.lw.catches(obj, t, true)
        } else {
            self.lw.instance_of(obj, t)
        }
    }

    pub(crate) fn instance_of(&mut self, idx: u16) -> LResult<()> {
        let name = self.class_name(idx)?;
        let obj = self.pop_k(SKind::R)?;
        match self.target(&name) {
            Ok(t) => {
                let r = self.type_test(obj, &t);
                self.push(SKind::I, r);
            }
            Err(e) => {
                self.throw_error(&e)?;
                self.push_zero(SKind::I);
            }
        }
        Ok(())
    }

    /// Body of a native method: spill the arguments, call `rt_native`,
    /// raise a pending exception, return the result.
    pub(crate) fn native_adapter(&mut self) -> LResult<()> {
        self.lw.native_adapter(self.method.id.0);
        Ok(())
    }


    /// Body of a lambda class's method: captured values, then the adapted
    /// parameters, passed to the implementation method; the result adapted back.
    pub(crate) fn lambda_body(&mut self, spec: &LambdaSpec) -> LResult<()> {
        let entry = self.lw.b.create_block();
        self.lw.b.append_block_params_for_function_params(entry);
        self.lw.b.switch_to_block(entry);
        let params = self.lw.b.block_params(entry).to_vec();
        let this = params[0];
        let impl_md = parse_method(&spec.desc).map_err(|e| verify(e.to_string()))?;
        let sam_md = self.method.md.clone();
        // Receiver/parameter types the implementation expects, in order.
        let mut impl_params: Vec<FieldType> = Vec::new();
        let has_receiver = matches!(spec.kind, 5 | 7 | 9);
        if has_receiver {
            impl_params.push(FieldType::Object(spec.class.clone()));
        }
        impl_params.extend(impl_md.params.iter().cloned());
        let mut sources: Vec<(FieldType, Value)> = Vec::new();
        for (t, &off) in spec.captured.iter().zip(&spec.offsets) {
            let v = self.load_mem(Ty::of(t), this, off);
            sources.push((t.clone(), v));
        }
        for (t, &v) in sam_md.params.iter().zip(&params[1..]) {
            sources.push((t.clone(), v));
        }
        for (t, v) in &sources {
            if t.is_reference() {
                self.lw.b.declare_value_needs_stack_map(*v);
            }
        }
        self.lw.b.declare_value_needs_stack_map(this);
        if spec.kind == 8 {
            // Constructor reference: `new C(args)`.
            let mr = MemberRef { class: spec.class.clone(), name: "<init>".into(), descriptor: spec.desc.clone(), interface: false };
            let is_string = spec.class == "java/lang/String";
            let c = self.jvm.load(self.rt, &spec.class).map_err(LowerError::Link)?;
            self.init_check(c);
            // The new object twice: one for the constructor, one to return.
            if is_string {
                let v = self.lw.b.ins().iconst(types::I64, 0);
                self.stack.push(super::Entry { k: SKind::R, v, fresh_string: true });
            } else {
                let ty = self.jvm.state.borrow().classes[c].type_id.0;
                let o = self.lw.new_object(ty);
                self.push(SKind::R, o);
            }
            self.stack.push(self.stack[self.stack.len() - 1]);
            for ((from, v), to) in sources.into_iter().zip(impl_md.params.iter()) {
                let a = self.adapt(&from, to, v)?;
                self.push(SKind::of_ty(Ty::of(to)), a);
            }
            self.do_invoke(InvokeKind::Special, &mr)?;
            let r = self.pop()?;
            let out = self.adapt(&FieldType::Object(spec.class.clone()), sam_md.ret.as_ref().unwrap_or(&FieldType::Int), r)?;
            if sam_md.ret.is_some() {
                self.lw.b.ins().return_(&[out]);
            } else {
                self.lw.b.ins().return_(&[]);
            }
            return Ok(());
        }
        if sources.len() < impl_params.len() {
            return Err(verify("lambda arity"));
        }
        for ((from, v), to) in sources.into_iter().zip(impl_params.iter()) {
            let a = self.adapt(&from, to, v)?;
            self.push(SKind::of_ty(Ty::of(to)), a);
        }
        let kind = match spec.kind {
            6 => InvokeKind::Static,
            7 => InvokeKind::Special,
            9 => InvokeKind::Interface,
            _ => InvokeKind::Virtual,
        };
        let kind = if kind == InvokeKind::Virtual && spec.interface { InvokeKind::Interface } else { kind };
        let mr = MemberRef { class: spec.class.clone(), name: spec.name.clone(), descriptor: spec.desc.clone(), interface: spec.interface };
        self.do_invoke(kind, &mr)?;
        match (&impl_md.ret, &sam_md.ret) {
            (_, None) => {
                if impl_md.ret.is_some() {
                    self.pop()?;
                }
                self.lw.b.ins().return_(&[]);
            }
            (Some(from), Some(to)) => {
                let r = self.pop()?;
                let out = self.adapt(from, to, r)?;
                self.lw.b.ins().return_(&[out]);
            }
            (None, Some(to)) => {
                // void implementation behind a value-returning interface: null/0.
                let z = match Ty::of(to).clif() {
                    t if t == types::F32 => self.lw.b.ins().f32const(0.0),
                    t if t == types::F64 => self.lw.b.ins().f64const(0.0),
                    t => self.lw.b.ins().iconst(t, 0),
                };
                self.lw.b.ins().return_(&[z]);
            }
        }
        Ok(())
    }

    /// Converts `v` of type `from` to type `to`: boxing, unboxing, widening.
    pub(crate) fn adapt(&mut self, from: &FieldType, to: &FieldType, v: Value) -> LResult<Value> {
        let (fr, tr) = (from.is_reference(), to.is_reference());
        match (fr, tr) {
            (true, true) => Ok(v),
            (false, true) => {
                let (class, desc) = box_method(from);
                self.push(SKind::of_ty(Ty::of(from)), v);
                let mr = MemberRef { class: class.into(), name: "valueOf".into(), descriptor: desc.into(), interface: false };
                self.do_invoke(InvokeKind::Static, &mr)?;
                self.pop()
            }
            (true, false) => {
                let (class, name, desc) = unbox_method(to, from);
                self.push(SKind::R, v);
                let mr = MemberRef { class: class.into(), name: name.into(), descriptor: desc.into(), interface: false };
                self.do_invoke(InvokeKind::Virtual, &mr)?;
                self.pop()
            }
            (false, false) => {
                let (a, b) = (Ty::of(from).clif(), Ty::of(to).clif());
                if a == b {
                    return Ok(v);
                }
                let ins = self.lw.b.ins();
                Ok(match (a, b) {
                    (types::I32, types::I64) => ins.sextend(types::I64, v),
                    (types::I32, types::F32) | (types::I64, types::F32) => ins.fcvt_from_sint(types::F32, v),
                    (types::I32, types::F64) | (types::I64, types::F64) => ins.fcvt_from_sint(types::F64, v),
                    (types::F32, types::F64) => ins.fpromote(types::F64, v),
                    _ => v,
                })
            }
        }
    }
}

fn box_method(t: &FieldType) -> (&'static str, &'static str) {
    match t {
        FieldType::Boolean => ("java/lang/Boolean", "(Z)Ljava/lang/Boolean;"),
        FieldType::Byte => ("java/lang/Byte", "(B)Ljava/lang/Byte;"),
        FieldType::Char => ("java/lang/Character", "(C)Ljava/lang/Character;"),
        FieldType::Short => ("java/lang/Short", "(S)Ljava/lang/Short;"),
        FieldType::Long => ("java/lang/Long", "(J)Ljava/lang/Long;"),
        FieldType::Float => ("java/lang/Float", "(F)Ljava/lang/Float;"),
        FieldType::Double => ("java/lang/Double", "(D)Ljava/lang/Double;"),
        _ => ("java/lang/Integer", "(I)Ljava/lang/Integer;"),
    }
}

fn unbox_method(to: &FieldType, from: &FieldType) -> (&'static str, &'static str, &'static str) {
    let from_name = match from {
        FieldType::Object(n) => n.as_str(),
        _ => "",
    };
    match to {
        FieldType::Boolean => ("java/lang/Boolean", "booleanValue", "()Z"),
        FieldType::Char => ("java/lang/Character", "charValue", "()C"),
        _ => {
            let (name, desc) = match to {
                FieldType::Byte => ("byteValue", "()B"),
                FieldType::Short => ("shortValue", "()S"),
                FieldType::Long => ("longValue", "()J"),
                FieldType::Float => ("floatValue", "()F"),
                FieldType::Double => ("doubleValue", "()D"),
                _ => ("intValue", "()I"),
            };
            let class = match from_name {
                "java/lang/Integer" => "java/lang/Integer",
                "java/lang/Long" => "java/lang/Long",
                "java/lang/Double" => "java/lang/Double",
                "java/lang/Float" => "java/lang/Float",
                "java/lang/Short" => "java/lang/Short",
                "java/lang/Byte" => "java/lang/Byte",
                _ => "java/lang/Number",
            };
            (class, name, desc)
        }
    }
}

/// `'ret Class.name(params)'` as HotSpot prints it in NoSuchMethodError.
fn pretty_method(class: &str, name: &str, desc: &str) -> String {
    let pretty = |t: &FieldType| -> String { crate::natives::pretty_type(t) };
    match parse_method(desc) {
        Ok(md) => {
            let ret = md.ret.as_ref().map_or("void".to_string(), pretty);
            let ps: Vec<String> = md.params.iter().map(pretty).collect();
            format!("{ret} {}.{name}({})", class.replace('/', "."), ps.join(", "))
        }
        Err(_) => format!("{}.{name}{desc}", class.replace('/', ".")),
    }
}

impl Translator<'_, '_> {
    /// A result of the other VM's method `m` in Java's representation:
    /// the other VM extends a narrow result by its own type (a .NET byte
    /// is unsigned), so keep the low bits and extend them by Java's.
    fn foreign_result(&mut self, m: &Method, r: Value) -> Value {
        if !matches!(m.body, crate::model::Body::Foreign) {
            return r;
        }
        match m.md.ret {
            Some(FieldType::Byte) => self.lw.rewiden(r, types::I8, true),
            Some(FieldType::Short) => self.lw.rewiden(r, types::I16, true),
            Some(FieldType::Char) => self.lw.rewiden(r, types::I16, false),
            _ => r,
        }
    }
}
