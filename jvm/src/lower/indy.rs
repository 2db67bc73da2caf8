//! `invokedynamic` (JVMS §6.5, §5.4.3.6) for the bootstrap methods javac
//! emits: string concatenation (`StringConcatFactory`), lambdas and method
//! references (`LambdaMetafactory`), and record members (`ObjectMethods`).
//! The JVM front end knows these bootstraps and lowers each call site
//! directly, without method handles.

use super::invoke::InvokeKind;
use super::{verify, LResult, LowerError, SKind, Translator};
use crate::classfile::{access, Constant, MemberRef, MethodHandle};
use crate::descriptor::{parse_field, parse_method, FieldType};
use crate::model::{Body, LambdaSpec, Method, Ty};
use crate::vm::{shape_of, ClassShape, LinkError};
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{types, BlockArg, InstBuilder, Value};
use std::rc::Rc;
use substrate::layout::FIELDS_OFFSET;

impl Translator<'_, '_> {
    pub(crate) fn invoke_dynamic(&mut self, idx: u16) -> LResult<()> {
        let file = self.file.clone().ok_or_else(|| verify("no class file"))?;
        let (bsm_idx, name, desc) = file.constant_pool.invoke_dynamic(idx).map_err(|e| verify(e.to_string()))?;
        let bsm = file.bootstrap_methods.get(usize::from(bsm_idx)).cloned().ok_or_else(|| verify("bad bootstrap index"))?;
        let md = parse_method(&desc).map_err(|e| verify(e.to_string()))?;
        let owner = bsm.method.member.class.as_str();
        let bname = bsm.method.member.name.as_str();
        match (owner, bname) {
            ("java/lang/invoke/StringConcatFactory", "makeConcatWithConstants") => self.concat(&md.params, &bsm.args, true),
            ("java/lang/invoke/StringConcatFactory", "makeConcat") => self.concat(&md.params, &bsm.args, false),
            ("java/lang/invoke/LambdaMetafactory", "metafactory" | "altMetafactory") => {
                self.lambda(idx, &name, &md, &bsm.args)
            }
            ("java/lang/runtime/ObjectMethods", "bootstrap") => self.object_method(&name, &bsm.args),
            _ => {
                let e = LinkError::new(
                    "java/lang/BootstrapMethodError",
                    format!("twain does not support the bootstrap method {owner}.{bname}"),
                );
                self.throw_error(&e)?;
                let n = md.params.len();
                self.stack.truncate(self.stack.len().saturating_sub(n));
                if let Some(r) = &md.ret {
                    let k = SKind::of_ty(Ty::of(r));
                    let v = match k {
                        SKind::F => self.lw.b.ins().f32const(0.0),
                        SKind::D => self.lw.b.ins().f64const(0.0),
                        other => self.lw.b.ins().iconst(other.clif(), 0),
                    };
                    self.push(k, v);
                }
                Ok(())
            }
        }
    }

    fn sb_call(&mut self, name: &str, desc: &str) -> LResult<()> {
        let mr = MemberRef { class: "java/lang/StringBuilder".into(), name: name.into(), descriptor: desc.into(), interface: false };
        let kind = if name == "<init>" { InvokeKind::Special } else { InvokeKind::Virtual };
        self.do_invoke(kind, &mr)
    }

    fn push_string_const(&mut self, s: &str) -> LResult<()> {
        let units: Vec<u16> = s.encode_utf16().collect();
        let o = self.jvm.intern(self.rt, &units).map_err(LowerError::Thrown)?;
        let v = self.lw.b.ins().iconst(types::I64, o.addr() as i64);
        self.push(SKind::R, v);
        Ok(())
    }

    /// Appends the value on top of the stack (of type `t`) to the builder below it.
    fn append_value(&mut self, t: &FieldType) -> LResult<()> {
        let desc = match t {
            FieldType::Boolean => "(Z)Ljava/lang/StringBuilder;",
            FieldType::Char => "(C)Ljava/lang/StringBuilder;",
            FieldType::Byte | FieldType::Short | FieldType::Int => "(I)Ljava/lang/StringBuilder;",
            FieldType::Long => "(J)Ljava/lang/StringBuilder;",
            FieldType::Float => "(F)Ljava/lang/StringBuilder;",
            FieldType::Double => "(D)Ljava/lang/StringBuilder;",
            FieldType::Object(n) if n == "java/lang/String" => "(Ljava/lang/String;)Ljava/lang/StringBuilder;",
            _ => "(Ljava/lang/Object;)Ljava/lang/StringBuilder;",
        };
        self.sb_call("append", desc)
    }

    fn new_builder(&mut self) -> LResult<Value> {
        let c = self.jvm.load(self.rt, "java/lang/StringBuilder").map_err(LowerError::Link)?;
        self.init_check(c);
        let ty = self.jvm.state.borrow().classes[c].type_id.0;
        let sb = self.lw.new_object(ty);
        self.push(SKind::R, sb);
        self.sb_call("<init>", "()V")?;
        Ok(sb)
    }

    fn concat(&mut self, params: &[FieldType], static_args: &[Constant], with_recipe: bool) -> LResult<()> {
        let n = params.len();
        if self.stack.len() < n {
            return Err(verify("operand stack underflow at concat"));
        }
        let args = self.stack.split_off(self.stack.len() - n);
        if args.iter().zip(params).any(|(e, p)| e.k != SKind::of_ty(Ty::of(p))) {
            return Err(verify("bad argument types for string concatenation"));
        }
        let sb = self.new_builder()?;
        let recipe: Vec<char> = match (with_recipe, static_args.first()) {
            (true, Some(Constant::String(r))) => r.chars().collect(),
            (true, _) => return Err(verify("concat recipe")),
            (false, _) => std::iter::repeat_n('\u{1}', n).collect(),
        };
        let mut consts = static_args.iter().skip(1);
        let mut next_arg = 0usize;
        let mut lit = String::new();
        let mut pieces: Vec<Result<String, usize>> = Vec::new();
        for ch in recipe {
            match ch {
                '\u{1}' => {
                    if !lit.is_empty() {
                        pieces.push(Ok(std::mem::take(&mut lit)));
                    }
                    pieces.push(Err(next_arg));
                    next_arg += 1;
                }
                '\u{2}' => match consts.next() {
                    Some(Constant::String(s)) => lit.push_str(s),
                    Some(Constant::Integer(i)) => lit.push_str(&i.to_string()),
                    Some(Constant::Long(l)) => lit.push_str(&l.to_string()),
                    Some(other) => return Err(verify(format!("concat constant {other:?}"))),
                    None => return Err(verify("concat constants")),
                },
                c => lit.push(c),
            }
        }
        if !lit.is_empty() {
            pieces.push(Ok(lit));
        }
        self.push(SKind::R, sb);
        for p in pieces {
            match p {
                Ok(s) => {
                    self.push_string_const(&s)?;
                    self.append_value(&FieldType::Object("java/lang/String".into()))?;
                }
                Err(i) => {
                    let e = *args.get(i).ok_or_else(|| verify("concat arity"))?;
                    self.stack.push(e);
                    self.append_value(&params[i])?;
                }
            }
        }
        self.sb_call("toString", "()Ljava/lang/String;")
    }

    fn lambda(&mut self, idx: u16, name: &str, md: &crate::descriptor::MethodDescriptor, args: &[Constant]) -> LResult<()> {
        let (Some(Constant::MethodType(sam)), Some(Constant::MethodHandle(imp))) = (args.first(), args.get(1)) else {
            return Err(verify("lambda bootstrap arguments"));
        };
        let iface = match &md.ret {
            Some(FieldType::Object(n)) => n.clone(),
            _ => return Err(verify("lambda factory type")),
        };
        // altMetafactory: flags, then marker interfaces and bridges.
        let mut markers = Vec::new();
        let mut bridges = Vec::new();
        if let Some(Constant::Integer(flags)) = args.get(3) {
            if flags & 1 != 0 {
                markers.push("java/io/Serializable".to_string());
            }
            let mut rest = args.iter().skip(4);
            if flags & 2 != 0 {
                let count = match rest.next() {
                    Some(Constant::Integer(c)) => *c,
                    _ => 0,
                };
                for _ in 0..count {
                    if let Some(Constant::Class(c)) = rest.next() {
                        markers.push(c.clone());
                    }
                }
            }
            if flags & 4 != 0 {
                let count = match rest.next() {
                    Some(Constant::Integer(c)) => *c,
                    _ => 0,
                };
                for _ in 0..count {
                    if let Some(Constant::MethodType(t)) = rest.next() {
                        bridges.push(t.clone());
                    }
                }
            }
        }
        let key = (self.class, idx);
        let cached = self.jvm.state.borrow().lambda_classes.get(&key).copied();
        let lc = match cached {
            Some(c) => c,
            None => {
                let c = self.define_lambda_class(name, &iface, &markers, sam, &bridges, imp, &md.params).map_err(LowerError::Link)?;
                self.jvm.state.borrow_mut().lambda_classes.insert(key, c);
                c
            }
        };
        let (ty, offsets) = {
            let st = self.jvm.state.borrow();
            let offs: Vec<(u32, Ty)> = st.classes[lc].fields.iter().map(|f| (f.offset, f.ty)).collect();
            (st.classes[lc].type_id.0, offs)
        };
        let n = md.params.len();
        if self.stack.len() < n {
            return Err(verify("operand stack underflow at lambda"));
        }
        let captured = self.stack.split_off(self.stack.len() - n);
        if captured.iter().zip(&md.params).any(|(e, p)| e.k != SKind::of_ty(Ty::of(p))) {
            return Err(verify("bad argument types for a lambda factory"));
        }
        let obj = self.lw.new_object(ty);
        for (e, (off, t)) in captured.iter().zip(offsets) {
            let v = match t {
                Ty::Boolean | Ty::Byte | Ty::Char | Ty::Short => self.lw.b.ins().ireduce(t.mem(), e.v),
                _ => e.v,
            };
            self.lw.b.ins().store(cranelift_codegen::ir::MemFlagsData::trusted(), v, obj, off as i32);
        }
        self.push(SKind::R, obj);
        Ok(())
    }

    #[allow(clippy::too_many_arguments, reason = "mirrors the metafactory's arguments")]
    fn define_lambda_class(
        &mut self,
        name: &str,
        iface: &str,
        markers: &[String],
        sam: &str,
        bridges: &[String],
        imp: &MethodHandle,
        captured: &[FieldType],
    ) -> Result<usize, LinkError> {
        let object = self.jvm.load(self.rt, "java/lang/Object")?;
        let mut interfaces = vec![self.jvm.load(self.rt, iface)?];
        for m in markers {
            interfaces.push(self.jvm.load(self.rt, m)?);
        }
        let (outer, n) = {
            let mut st = self.jvm.state.borrow_mut();
            st.lambda_count += 1;
            (st.classes[self.class].name.clone(), st.lambda_count)
        };
        let class_name = format!("{outer}$$Lambda${n}");
        let mut fields = Vec::new();
        let mut offsets = Vec::new();
        let mut ref_offsets = Vec::new();
        let mut off = FIELDS_OFFSET;
        for (i, t) in captured.iter().enumerate() {
            let ty = Ty::of(t);
            fields.push(crate::model::Field {
                name: format!("arg${i}"),
                desc: t.to_string(),
                ty,
                is_static: false,
                offset: off,
                constant: None,
            });
            offsets.push(off);
            if ty == Ty::Ref {
                ref_offsets.push(off);
            }
            off += 8;
        }
        let spec = Rc::new(LambdaSpec {
            kind: imp.kind,
            class: imp.member.class.clone(),
            name: imp.member.name.clone(),
            desc: imp.member.descriptor.clone(),
            interface: imp.member.interface,
            captured: captured.to_vec(),
            offsets,
        });
        let type_id = self.rt.next_type_id();
        let mut methods = Vec::new();
        let mut descs = vec![sam.to_string()];
        descs.extend(bridges.iter().cloned());
        for d in descs {
            let md = parse_method(&d).map_err(|e| LinkError::new("java/lang/BootstrapMethodError", e.to_string()))?;
            let id = self.rt.add_method(shape_of(&md, false), type_id, self.jvm.home.get());
            methods.push(Method {
                id,
                class: 0,
                name: name.to_string(),
                desc: d,
                md,
                access: access::PUBLIC | access::FINAL,
                body: Body::Lambda(spec.clone()),
                vslot: None,
            });
        }
        let idx = self.jvm.finish_class(
            self.rt,
            ClassShape {
                name: class_name,
                type_id,
                super_idx: Some(object),
                interfaces,
                access: access::PUBLIC | access::FINAL | access::SYNTHETIC,
                is_interface: false,
                fields,
                methods,
                size: off.div_ceil(8) * 8,
                ref_offsets,
                statics: None,
                elem: None,
                file: None,
                depth: 1,
            },
        )?;
        let st = self.jvm.state.borrow();
        st.classes[idx].init.set(crate::model::InitState::Done);
        st.classes[idx].init_byte.store(substrate::runtime::INIT_DONE, std::sync::atomic::Ordering::Release);
        Ok(idx)
    }

    /// `toString`, `hashCode` and `equals` of a record (java.lang.runtime.ObjectMethods).
    fn object_method(&mut self, name: &str, args: &[Constant]) -> LResult<()> {
        let record = match args.first() {
            Some(Constant::Class(c)) => c.clone(),
            _ => return Err(verify("ObjectMethods arguments")),
        };
        let names: Vec<String> = match args.get(1) {
            Some(Constant::String(s)) if s.is_empty() => Vec::new(),
            Some(Constant::String(s)) => s.split(';').map(str::to_string).collect(),
            _ => return Err(verify("ObjectMethods names")),
        };
        let getters: Vec<MemberRef> = args
            .iter()
            .skip(2)
            .filter_map(|c| match c {
                Constant::MethodHandle(h) => Some(h.member.clone()),
                _ => None,
            })
            .collect();
        match name {
            "toString" => {
                let this = self.pop_k(SKind::R)?;
                let simple = record.rsplit('/').next().unwrap_or(&record).rsplit('$').next().unwrap_or("").to_string();
                let sb = self.new_builder()?;
                self.push(SKind::R, sb);
                for (i, g) in getters.iter().enumerate() {
                    let prefix = if i == 0 { format!("{simple}[") } else { ", ".to_string() };
                    let label = format!("{prefix}{}=", names.get(i).cloned().unwrap_or_default());
                    self.push_string_const(&label)?;
                    self.append_value(&FieldType::Object("java/lang/String".into()))?;
                    self.push(SKind::R, this);
                    self.get_field_ref(g)?;
                    let ft = parse_field(&g.descriptor).map_err(|e| verify(e.to_string()))?;
                    self.append_value(&ft)?;
                }
                let tail = if getters.is_empty() { format!("{simple}[]") } else { "]".to_string() };
                self.push_string_const(&tail)?;
                self.append_value(&FieldType::Object("java/lang/String".into()))?;
                self.sb_call("toString", "()Ljava/lang/String;")
            }
            "hashCode" => {
                let this = self.pop_k(SKind::R)?;
                let mut acc = self.lw.b.ins().iconst(types::I32, 0);
                for g in &getters {
                    self.push(SKind::R, this);
                    self.get_field_ref(g)?;
                    let ft = parse_field(&g.descriptor).map_err(|e| verify(e.to_string()))?;
                    let h = self.hash_of(&ft)?;
                    let m = self.lw.b.ins().imul_imm_s(acc, 31);
                    acc = self.lw.b.ins().iadd(m, h);
                }
                self.push(SKind::I, acc);
                Ok(())
            }
            "equals" => {
                let other = self.pop_k(SKind::R)?;
                let this = self.pop_k(SKind::R)?;
                let done = self.lw.b.create_block();
                let result = self.lw.b.append_block_param(done, types::I32);
                let zero = self.lw.b.ins().iconst(types::I32, 0);
                let c = self.jvm.load(self.rt, &record).map_err(LowerError::Link)?;
                let target = {
                    let st = self.jvm.state.borrow();
                    let k = &st.classes[c];
                    substrate::lower::TypeTarget {
                        type_id: k.type_id.0,
                        desc: k.desc.addr(),
                        depth: k.depth,
                        kind: substrate::layout::TypeKind::Object,
                    }
                };
                let is = self.lw.instance_of(other, &target);
                let next = self.lw.b.create_block();
                self.lw.b.ins().brif(is, next, &[], done, &[BlockArg::Value(zero)]);
                self.lw.b.switch_to_block(next);
                for g in &getters {
                    let ft = parse_field(&g.descriptor).map_err(|e| verify(e.to_string()))?;
                    self.push(SKind::R, this);
                    self.get_field_ref(g)?;
                    let a = self.pop()?;
                    self.push(SKind::R, other);
                    self.get_field_ref(g)?;
                    let b = self.pop()?;
                    let eq = self.equal_values(&ft, a, b)?;
                    let cont = self.lw.b.create_block();
                    let zero = self.lw.b.ins().iconst(types::I32, 0);
                    self.lw.b.ins().brif(eq, cont, &[], done, &[BlockArg::Value(zero)]);
                    self.lw.b.switch_to_block(cont);
                }
                let one = self.lw.b.ins().iconst(types::I32, 1);
                self.lw.b.ins().jump(done, &[BlockArg::Value(one)]);
                self.lw.b.switch_to_block(done);
                self.push(SKind::I, result);
                Ok(())
            }
            other => Err(verify(format!("ObjectMethods.{other}"))),
        }
    }

    /// Hash of the value on top of the stack, as the record's `hashCode` uses it.
    fn hash_of(&mut self, t: &FieldType) -> LResult<Value> {
        let (class, desc) = match t {
            FieldType::Int | FieldType::Short | FieldType::Byte | FieldType::Char => return self.pop(),
            FieldType::Boolean => ("java/lang/Boolean", "(Z)I"),
            FieldType::Long => ("java/lang/Long", "(J)I"),
            FieldType::Float => ("java/lang/Float", "(F)I"),
            FieldType::Double => ("java/lang/Double", "(D)I"),
            _ => ("java/util/Objects", "(Ljava/lang/Object;)I"),
        };
        let mr = MemberRef { class: class.into(), name: "hashCode".into(), descriptor: desc.into(), interface: false };
        self.do_invoke(InvokeKind::Static, &mr)?;
        self.pop()
    }

    fn equal_values(&mut self, t: &FieldType, a: Value, b: Value) -> LResult<Value> {
        Ok(match t {
            FieldType::Float | FieldType::Double => {
                let (class, desc) =
                    if *t == FieldType::Float { ("java/lang/Float", "(FF)I") } else { ("java/lang/Double", "(DD)I") };
                let k = if *t == FieldType::Float { SKind::F } else { SKind::D };
                self.push(k, a);
                self.push(k, b);
                let mr = MemberRef { class: class.into(), name: "compare".into(), descriptor: desc.into(), interface: false };
                self.do_invoke(InvokeKind::Static, &mr)?;
                let r = self.pop()?;
                self.lw.b.ins().icmp_imm_s(IntCC::Equal, r, 0)
            }
            t if t.is_reference() => {
                self.push(SKind::R, a);
                self.push(SKind::R, b);
                let mr = MemberRef {
                    class: "java/util/Objects".into(),
                    name: "equals".into(),
                    descriptor: "(Ljava/lang/Object;Ljava/lang/Object;)Z".into(),
                    interface: false,
                };
                self.do_invoke(InvokeKind::Static, &mr)?;
                self.pop()?
            }
            _ => self.lw.b.ins().icmp(IntCC::Equal, a, b),
        })
    }
}
