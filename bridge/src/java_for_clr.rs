//! Java classes as C# code sees them: through a stub assembly.
//!
//! A type of a stub assembly (`clr::foreign`) named `com.example.Shape`
//! is the Java class `com/example/Shape`; its methods and fields are the
//! Java class's members with the same names whose Java descriptors are the
//! stub signatures' (see `java_names`). The JVM loads and links the class;
//! the CLR calls its methods and reads its fields directly.

use std::rc::Rc;

use clr::foreign::{ForeignClass, ForeignMethod, ForeignTypes};
use clr::model::{MethodInfo, TyId};
use clr::vm::{Clr, LoadError};
use jvm::vm::Jvm;
use substrate::{ObjRef, Runtime, TypeId};

use crate::java_names::{java_class_name, java_method_descriptor};

/// The JVM's classes, offered to the CLR.
#[derive(Debug)]
pub struct JavaForClr {
    jvm: Rc<Jvm>,
    rt: Rc<Runtime>,
}

impl JavaForClr {
    pub fn new(jvm: Rc<Jvm>, rt: Rc<Runtime>) -> JavaForClr {
        JavaForClr { jvm, rt }
    }

    fn load(&self, clr: &Clr, t: TyId) -> Result<jvm::model::ClassIdx, LoadError> {
        let name = java_class_name(clr, t).ok_or_else(|| LoadError::type_load(format!("{}: not a Java class name", clr.ty(t).name)))?;
        self.jvm.load(&self.rt, &name).map_err(|e| {
            LoadError::type_load(format!("Could not load Java class '{}' for stub '{}': {}", name.replace('/', "."), clr.ty(t).name, e.message))
        })
    }
}

impl ForeignTypes for JavaForClr {
    fn class(&self, clr: &Clr, t: TyId) -> Result<ForeignClass, LoadError> {
        let idx = self.load(clr, t)?;
        let st = self.jvm.state.borrow();
        let c = &st.classes[idx];
        // A field named like a method, its class or a nested class is
        // renamed in C# by the forced escape (specs/mapping.md §5.4), as the
        // C# stub declares it. Forced names collide with nothing, so every
        // field is also found under its own.
        let spec = crate::mapping::Spec::builtin().map_err(|e| LoadError::type_load(e.to_string()))?;
        let mut fields: Vec<(String, u32)> = Vec::with_capacity(2 * c.fields.len());
        for f in &c.fields {
            fields.push((f.name.clone(), f.offset));
            fields.push((spec.forced_cs_name(&f.name), f.offset));
        }
        Ok(ForeignClass { type_id: c.type_id, instance_size: c.instance_size, ref_offsets: c.ref_offsets.clone(), fields, statics: c.statics })
    }

    fn method(&self, clr: &Clr, m: &MethodInfo) -> Option<ForeignMethod> {
        let idx = self.load(clr, m.owner).ok()?;
        let desc = java_method_descriptor(clr, &m.params, m.ret)?;
        // A stub's override of a shared root slot is Java's method of that slot.
        let name = match (m.name.as_str(), desc.as_str()) {
            _ if m.is_ctor() => "<init>",
            ("ToString", "()Ljava/lang/String;") => "toString",
            ("Equals", "(Ljava/lang/Object;)Z") => "equals",
            ("GetHashCode", "()I") => "hashCode",
            (n, _) => n,
        };
        let mi = self.jvm.find_method(idx, name, &desc)?;
        let st = self.jvm.state.borrow();
        let jm = &st.methods[mi];
        // A call is a plain call: the machine signatures must agree.
        if jm.is_static() == m.has_this || self.rt.method_shape(jm.id) != m.shape {
            return None;
        }
        Some(ForeignMethod { id: jm.id, vslot: jm.vslot })
    }

    fn implementation(&self, clr: &Clr, ty: TypeId, m: &MethodInfo) -> Option<substrate::MethodId> {
        let class = self.jvm.state.borrow().by_type.get(&ty).copied()?;
        let desc = java_method_descriptor(clr, &m.params, m.ret)?;
        let mi = self.jvm.find_method(class, &m.name, &desc)?;
        let st = self.jvm.state.borrow();
        let jm = &st.methods[mi];
        // An abstract one (the interface's own method, seen through a C#
        // ancestor that implements it explicitly) is no implementation: the
        // CLR then looks in the nearest ancestor it defined.
        let is_abstract = jm.access & jvm::classfile::access::ABSTRACT != 0;
        (!jm.is_static() && !is_abstract && self.rt.method_shape(jm.id) == m.shape).then_some(jm.id)
    }

    fn initialize(&self, rt: &Runtime, ty: TypeId) -> Result<(), ObjRef> {
        let idx = self.jvm.state.borrow().by_type.get(&ty).copied();
        match idx {
            Some(i) => self.jvm.initialize_class(rt, i),
            None => Ok(()),
        }
    }
}
