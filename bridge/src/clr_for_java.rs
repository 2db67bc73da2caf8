//! .NET types as Java code sees them: `cli.Namespace.Type`.
//!
//! The JVM asks for a class it cannot find on its class path; a name under
//! `cli/` is looked up among the loaded assemblies and described in Java
//! terms over the CLR's own runtime type, layout, vtable slots and methods
//! (`jvm::foreign`). Members whose signatures hold value types or by-refs
//! are called through the CLR's boundary entries (`clr::boundary`), which
//! convert boxes and one-element arrays; members with generic
//! instantiations are left out.

use std::rc::Rc;

use clr::model::{MIdx, TyId};

use crate::java_names::{is_adapted, java_class_name, java_descriptor};
use crate::java_view::{synthetic_members, Synthetic};
use clr::model::Adapter;
use substrate::layout::HEADER_SIZE;
use clr::vm::Clr;
use jvm::foreign::{ForeignClass, ForeignField, ForeignMethod, ForeignTypes};
use jvm::vm::LinkError;
use substrate::{ObjRef, Runtime, TypeId};

use crate::java_view::acc;

use crate::java_names::PREFIX;

/// The CLR's types, offered to the JVM.
#[derive(Debug)]
pub struct ClrForJava {
    clr: Rc<Clr>,
    /// The JVM, for its interface-dispatch selectors.
    jvm: std::rc::Weak<jvm::vm::Jvm>,
}

impl ClrForJava {
    pub fn new(clr: Rc<Clr>, jvm: &Rc<jvm::vm::Jvm>) -> ClrForJava {
        ClrForJava { clr, jvm: Rc::downgrade(jvm) }
    }

    /// The delegate type whose functional interface is `java` (`cli/Ns/D$Method`).
    fn delegate_of_interface(&self, java: &str) -> Option<TyId> {
        let class = java.strip_suffix(crate::java_view::DELEGATE_INTERFACE)?.strip_suffix('$')?;
        let t = self.find(class)?;
        crate::java_view::delegate_interface(&self.clr, t).filter(|(name, _)| name == java).map(|_| t)
    }

    /// The CLR type a `cli/...` Java name stands for, in any loaded assembly.
    fn find(&self, java: &str) -> Option<TyId> {
        let rest = java.strip_prefix(PREFIX)?;
        if rest.contains("$$") {
            // A closed generic instantiation (specs/mapping.md §6).
            let spec = crate::mapping::Spec::builtin().ok()?;
            let r = spec.clr_type_of_java_name(&java.replace('/', "."))?;
            return crate::java_names::resolve_type_ref(&self.clr, &r);
        }
        let (ns, name) = rest.rsplit_once('/').unwrap_or(("", rest));
        let full = if ns.is_empty() { name.replace('$', "/") } else { format!("{}.{}", ns.replace('/', "."), name.replace('$', "/")) };
        let count = self.clr.asms.borrow().len();
        (0..count).find_map(|a| self.clr.named_type(u16::try_from(a).ok()?, &full, Vec::new()).ok())
    }

    fn method(&self, m: MIdx) -> Option<ForeignMethod> {
        // The same view the Java stubs show (`java_view`).
        let view = crate::java_view::java_method(&self.clr, m).ok()?;
        let mi = self.clr.method(m);
        if view.adapted {
            // Called through its boundary entry, directly.
            let entry = self.clr.boundary_entry(Adapter::Call(m)).ok()?;
            return Some(ForeignMethod { name: view.name, desc: view.desc, access: view.access, id: self.clr.method(entry).id?, vslot: None });
        }
        Some(ForeignMethod { name: view.name, desc: view.desc, access: view.access, id: mi.id?, vslot: if mi.is_virtual() { mi.vslot.get() } else { None } })
    }

    /// A value type's synthetic members (`java_view::synthetic_members`):
    /// methods of boundary entries; enum constants are static fields
    /// holding the constants' boxes.
    fn synthetic(&self, t: TyId, methods: &mut Vec<ForeignMethod>, fields: &mut Vec<ForeignField>) -> Result<(), clr::vm::LoadError> {
        let consts = if matches!(self.clr.ty(t).kind, clr::model::Kind::Enum(_)) { self.clr.enum_constants(t)? } else { Vec::new() };
        for s in synthetic_members(&self.clr, t) {
            let adapter = match s.kind {
                Synthetic::EnumConstant(_) => {
                    if let Some(&(_, offset, _)) = consts.iter().find(|(n, _, _)| *n == s.name) {
                        fields.push(ForeignField { name: s.name, desc: s.desc, is_static: true, offset });
                    }
                    continue;
                }
                Synthetic::DefaultCtor => Adapter::DefaultCtor(t),
                Synthetic::EnumValue => Adapter::EnumValue(t),
                Synthetic::EnumOf => Adapter::EnumOf(t),
                Synthetic::DelegateCtor => {
                    let Some((_, desc)) = crate::java_view::delegate_interface(&self.clr, t) else { continue };
                    let Some(jvm) = self.jvm.upgrade() else { continue };
                    Adapter::DelegateCtor(t, jvm.selector(self.clr.rt(), crate::java_view::DELEGATE_INVOKE, &desc))
                }
            };
            let entry = self.clr.boundary_entry(adapter)?;
            if let Some(id) = self.clr.method(entry).id {
                methods.push(ForeignMethod { name: s.name, desc: s.desc, access: s.access, id, vslot: None });
            }
        }
        Ok(())
    }

    fn describe_type(&self, rt: &Runtime, java: &str, t: TyId) -> Result<ForeignClass, LinkError> {
        let clr = &self.clr;
        let err = |e: clr::vm::LoadError| LinkError::new("java/lang/NoClassDefFoundError", format!("{java}: {e}"));
        let linked = clr.link(t).map_err(err)?;
        let info = clr.ty(t);
        let is_interface = info.is_interface();
        let mut access = acc::PUBLIC;
        if is_interface {
            access |= acc::INTERFACE | acc::ABSTRACT;
        } else {
            if info.flags & 0x80 != 0 {
                access |= acc::ABSTRACT;
            }
            if info.flags & 0x100 != 0 {
                access |= acc::FINAL;
            }
        }
        let super_name = if is_interface { None } else { Some(info.parent.and_then(|p| java_class_name(&self.clr, p)).unwrap_or_else(|| "java/lang/Object".into())) };
        let interfaces = clr.direct_interfaces(t).into_iter().filter_map(|i| java_class_name(&self.clr, i)).collect();
        let layout = clr.layout(t).map_err(err)?;
        // Java holds a value type as its box: fields follow the header.
        let box_offset = if info.is_value() { HEADER_SIZE } else { 0 };
        let mut fields = Vec::new();
        for f in layout.fields.iter().filter(|f| !f.is_static) {
            if let Some(desc) = java_descriptor(&self.clr, f.ty).filter(|_| !is_adapted(&self.clr, f.ty)) {
                fields.push(ForeignField { name: f.name.clone(), desc, is_static: false, offset: box_offset + f.offset });
            }
        }
        let statics = clr.statics(t).map_err(err)?;
        let block = statics.statics.get().map(|s| {
            // Constants (`literal`) have no storage; value-type statics are
            // not references.
            for f in s.fields.iter().filter(|f| !f.literal) {
                if let Some(desc) = java_descriptor(&self.clr, f.ty).filter(|_| !is_adapted(&self.clr, f.ty)) {
                    fields.push(ForeignField { name: f.name.clone(), desc, is_static: true, offset: f.offset });
                }
            }
            s.block
        });
        let mut methods: Vec<ForeignMethod> = clr.methods_of(t).map_err(err)?.into_iter().filter_map(|m| self.method(m)).collect();
        self.synthetic(t, &mut methods, &mut fields).map_err(err)?;
        let (instance_size, ref_offsets) = match rt.desc(linked.rt) {
            Some(d) if info.is_value() => (d.get().size, d.ref_offsets().to_vec()),
            _ if is_interface => (0, Vec::new()),
            _ => (layout.size, layout.refs.clone()),
        };
        Ok(ForeignClass {
            name: java.to_string(),
            type_id: linked.rt,
            super_name,
            interfaces,
            access,
            instance_size,
            ref_offsets,
            statics: block,
            methods,
            fields,
        })
    }
}

impl ForeignTypes for ClrForJava {
    fn describe(&self, rt: &Runtime, name: &str) -> Option<Result<ForeignClass, LinkError>> {
        let t = self.find(name)?;
        Some(self.describe_type(rt, name, t))
    }

    fn java_name(&self, _rt: &Runtime, ty: TypeId) -> Option<String> {
        let t = self.clr.own_ty_of_rt(ty)?;
        match self.clr.ty(t).kind {
            // An array class is named by its descriptor (`[Ljava/lang/String;`).
            clr::model::Kind::SzArray(_) => java_descriptor(&self.clr, t),
            _ => java_class_name(&self.clr, t),
        }
    }

    fn implementation(&self, _rt: &Runtime, ty: TypeId, name: &str, desc: &str) -> Option<substrate::MethodId> {
        let clr = &self.clr;
        let t = clr.ty_of_rt(ty)?;
        clr.all_interfaces(t).into_iter().find_map(|i| {
            let m = clr.methods_of(i).ok()?.into_iter().find(|&m| {
                crate::java_view::java_method(clr, m).is_ok_and(|j| j.name == name && j.desc == desc)
            })?;
            clr.method(clr.find_override(t, m).ok()?).id
        })
    }

    fn java_interface(&self, _rt: &Runtime, name: &str) -> Option<Vec<(String, String)>> {
        let t = self.delegate_of_interface(name)?;
        let (_, desc) = crate::java_view::delegate_interface(&self.clr, t)?;
        Some(vec![(crate::java_view::DELEGATE_INVOKE.to_string(), desc)])
    }

    fn initialize(&self, _rt: &Runtime, ty: TypeId) -> Result<(), ObjRef> {
        let Some(t) = self.clr.ty_of_rt(ty) else {
            return Ok(());
        };
        self.clr.initialize_type(t)?;
        if matches!(self.clr.ty(t).kind, clr::model::Kind::Enum(_)) {
            self.clr.make_enum_constants(t)?;
        }
        Ok(())
    }
}
