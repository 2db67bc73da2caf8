//! Classes of the other virtual machine, seen as Java classes.
//!
//! In a runtime that also hosts the CLR, Java code names .NET types as
//! `cli.Namespace.Type`. The bridge describes such a type in Java terms
//! ([`ForeignClass`]: Java names and descriptors over the CLR's own type id,
//! layout, vtable slots and method ids) and the JVM links it like one of its
//! own classes, except that nothing is compiled or laid out here: a call is
//! a plain call of the CLR's method, a field access uses the CLR's offset,
//! `new` allocates the CLR's type.

use std::cell::Cell;
use std::sync::atomic::AtomicU8;

use substrate::descs::StaticsBlock;
use substrate::{MethodId, ObjRef, Runtime, TypeId};

use crate::classfile::access;
use crate::descriptor::{parse_field, parse_method};
use crate::vm::LinkError;
use crate::model::{Body, Class, ClassIdx, Field, InitState, Method, Ty};
use crate::vm::{shape_of, Jvm};

/// What the JVM needs from the other VM's type system.
pub trait ForeignTypes {
    /// The class named `name` (internal form, e.g. `cli/Geo/Point`), or
    /// `None` when the other VM has no such type.
    fn describe(&self, rt: &Runtime, name: &str) -> Option<Result<ForeignClass, LinkError>>;
    /// The Java name of a type of the other VM that reached Java code.
    fn java_name(&self, rt: &Runtime, ty: TypeId) -> Option<String>;
    /// Runs the other VM's initializer of `ty` (its static constructor).
    fn initialize(&self, rt: &Runtime, ty: TypeId) -> Result<(), ObjRef>;
    /// The method of the other VM's type `ty` that implements one of its
    /// interface methods seen from Java as `name desc` (an explicit .NET
    /// interface implementation has another name).
    fn implementation(&self, rt: &Runtime, ty: TypeId, name: &str, desc: &str) -> Option<MethodId>;
    /// An interface the JVM makes itself for the other VM's sake, named
    /// `name` (a delegate's functional interface): its abstract methods
    /// (name, descriptor); `None` when there is no such interface.
    fn java_interface(&self, rt: &Runtime, name: &str) -> Option<Vec<(String, String)>>;
}

/// A type of the other VM in Java terms.
#[derive(Debug, Clone)]
pub struct ForeignClass {
    /// Java internal name.
    pub name: String,
    /// The other VM's runtime type.
    pub type_id: TypeId,
    /// Java name of the superclass (`None` only for interfaces).
    pub super_name: Option<String>,
    /// Java names of the direct superinterfaces.
    pub interfaces: Vec<String>,
    /// Java access flags (`ACC_INTERFACE`, `ACC_ABSTRACT`, `ACC_FINAL`, ...).
    pub access: u16,
    /// Instance size and reference-field offsets (of the other VM's layout).
    pub instance_size: u32,
    pub ref_offsets: Vec<u32>,
    /// Static storage.
    pub statics: Option<StaticsBlock>,
    pub methods: Vec<ForeignMethod>,
    pub fields: Vec<ForeignField>,
}

/// A method of a [`ForeignClass`].
#[derive(Debug, Clone)]
pub struct ForeignMethod {
    /// Java name (`<init>` for constructors).
    pub name: String,
    /// Java descriptor.
    pub desc: String,
    /// Java access flags.
    pub access: u16,
    /// The other VM's method.
    pub id: MethodId,
    /// Its vtable slot, when it is virtual.
    pub vslot: Option<u32>,
}

/// A field of a [`ForeignClass`].
#[derive(Debug, Clone)]
pub struct ForeignField {
    pub name: String,
    /// Java descriptor.
    pub desc: String,
    pub is_static: bool,
    /// Offset in the object or in the statics block.
    pub offset: u32,
}

impl Jvm {
    /// Installs the other VM's type system (see [`ForeignTypes`]).
    pub fn set_foreign(&self, f: std::rc::Rc<dyn ForeignTypes>) {
        *self.foreign.borrow_mut() = Some(f);
    }

    /// Gives core class `name` (`java/lang/Throwable`) the other VM's
    /// virtual methods after its own, before it is defined: the type is
    /// one for both VMs, and so is its vtable (`substrate::CoreType`).
    pub fn extend_core(&self, name: &str, methods: Vec<ForeignMethod>) {
        self.state.borrow_mut().core_extensions.insert(name.to_string(), methods);
    }

    /// Asks the other VM for `name`; `None` when it has no such type.
    pub(crate) fn load_foreign(&self, rt: &Runtime, name: &str) -> Option<Result<ClassIdx, LinkError>> {
        let f = self.foreign.borrow().clone()?;
        let described = f.describe(rt, name)?;
        Some(described.and_then(|fc| self.define_foreign(rt, fc)))
    }

    /// Defines the interface the other VM asks for under `name`, if any.
    pub(crate) fn load_foreign_interface(&self, rt: &Runtime, name: &str) -> Option<Result<ClassIdx, LinkError>> {
        let f = self.foreign.borrow().clone()?;
        let methods = f.java_interface(rt, name)?;
        Some(self.define(rt, std::rc::Rc::new(crate::classfile::ClassFile::interface(name, &methods))))
    }

    /// The class of an object whose type the other VM defined, loading it.
    pub(crate) fn foreign_class_of(&self, rt: &Runtime, ty: TypeId) -> Option<ClassIdx> {
        let f = self.foreign.borrow().clone()?;
        let name = f.java_name(rt, ty)?;
        self.load(rt, &name).ok()
    }

    /// The other VM's implementation in `ty` of its interface method `name desc`.
    pub(crate) fn foreign_implementation(&self, rt: &Runtime, ty: TypeId, name: &str, desc: &str) -> Option<MethodId> {
        let f = self.foreign.borrow().clone()?;
        f.implementation(rt, ty, name, desc)
    }

    /// Runs the other VM's initializer of a foreign class.
    pub(crate) fn initialize_foreign(&self, rt: &Runtime, ty: TypeId) -> Result<(), ObjRef> {
        match self.foreign.borrow().clone() {
            Some(f) => f.initialize(rt, ty),
            None => Ok(()),
        }
    }

    fn define_foreign(&self, rt: &Runtime, fc: ForeignClass) -> Result<ClassIdx, LinkError> {
        let super_idx = match &fc.super_name {
            Some(s) => Some(self.load(rt, s)?),
            None => None,
        };
        let mut interfaces = Vec::new();
        for i in &fc.interfaces {
            interfaces.push(self.load(rt, i)?);
        }
        if let Some(&idx) = self.state.borrow().by_name.get(&fc.name) {
            // Loading the supertypes reached this class already.
            return Ok(idx);
        }
        let bad = |what: &str, d: &str| LinkError::new("java/lang/ClassFormatError", format!("{}: {what} descriptor {d}", fc.name));
        let mut fields = Vec::new();
        for f in &fc.fields {
            let ft = parse_field(&f.desc).map_err(|_| bad("field", &f.desc))?;
            fields.push(Field {
                name: f.name.clone(),
                desc: f.desc.clone(),
                ty: Ty::of(&ft),
                is_static: f.is_static,
                offset: f.offset,
                constant: None,
            });
        }
        let mut st = self.state.borrow_mut();
        let idx = st.classes.len();
        let inherited = super_idx.map(|s| st.classes[s].vtable.clone()).unwrap_or_default();
        let mut methods = Vec::new();
        for m in &fc.methods {
            let md = parse_method(&m.desc).map_err(|_| bad("method", &m.desc))?;
            // A call compiles to a plain call: the Java descriptor must give
            // exactly the other VM's machine signature.
            if rt.method_shape(m.id) != Some(shape_of(&md, m.access & access::STATIC != 0)) {
                continue;
            }
            let mi = st.methods.len();
            st.by_method_id.insert(m.id, mi);
            st.methods.push(Method {
                id: m.id,
                class: idx,
                name: m.name.clone(),
                desc: m.desc.clone(),
                md,
                access: m.access,
                body: Body::Foreign,
                vslot: m.vslot,
            });
            methods.push(mi);
        }
        // The Java view of the vtable is the other VM's, slot for slot, so a
        // Java subclass extends it: inherited entries, declared methods, and
        // for the rest entries that stand for the other VM's methods. The
        // root slots keep Java's names, so a Java `toString()` overrides
        // the slot C#'s `ToString()` calls.
        let entries = rt.with_type(fc.type_id, |e| e.vtable.clone()).unwrap_or_default();
        let root = substrate::root_slot::COUNT as usize;
        let mut vtable = Vec::with_capacity(entries.len());
        for (s, &id) in entries.iter().enumerate() {
            if let Some(&mi) = inherited.get(s).filter(|&&mi| st.methods[mi].id == id) {
                vtable.push(mi);
                continue;
            }
            let declared = methods.iter().copied().find(|&mi| st.methods[mi].vslot == Some(s as u32) && st.methods[mi].id == id);
            if let Some(mi) = declared.filter(|_| s >= root) {
                vtable.push(mi);
                continue;
            }
            let (name, desc) = match inherited.get(s).filter(|_| s < root) {
                Some(&root_method) => (st.methods[root_method].name.clone(), st.methods[root_method].desc.clone()),
                None => (format!("<clr>{s}"), "()V".to_string()),
            };
            let md = parse_method(&desc).map_err(|_| bad("method", &desc))?;
            let mi = st.methods.len();
            st.by_method_id.entry(id).or_insert(mi);
            st.methods.push(Method {
                id,
                class: idx,
                name,
                desc,
                md,
                access: access::PUBLIC,
                body: Body::Foreign,
                vslot: Some(s as u32),
            });
            methods.push(mi);
            vtable.push(mi);
        }
        let desc = rt
            .desc(fc.type_id)
            .ok_or_else(|| LinkError::new("java/lang/NoClassDefFoundError", format!("{}: no runtime type", fc.name)))?;
        let depth = super_idx.map_or(0, |s| st.classes[s].depth + 1);
        let init_byte: &'static AtomicU8 = Box::leak(Box::new(AtomicU8::new(0)));
        st.by_name.insert(fc.name.clone(), idx);
        st.by_type.entry(fc.type_id).or_insert(idx);
        st.classes.push(Class {
            name: fc.name,
            type_id: fc.type_id,
            desc,
            super_class: super_idx,
            interfaces,
            access: fc.access | access::PUBLIC,
            fields,
            methods,
            vtable,
            instance_size: fc.instance_size,
            ref_offsets: fc.ref_offsets,
            statics: fc.statics,
            elem: None,
            file: None,
            init: Cell::new(InitState::Uninit),
            init_byte,
            depth,
            foreign: true,
        });
        Ok(idx)
    }
}
