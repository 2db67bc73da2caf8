//! Types of the other virtual machine, seen through a stub assembly.
//!
//! C# code compiled against an assembly of stubs (`twain stubs cs`, marked
//! with the assembly attribute `Twain.Stubs.JavaLibraryAttribute`) names
//! Java classes with the stubs' types. At run time a stub type is not laid
//! out or compiled here: the bridge gives the Java class's runtime type,
//! layout, static storage, vtable slots and methods ([`ForeignTypes`]), so a
//! call is a plain call of the Java method and `new` allocates the Java type.

use std::rc::Rc;

use substrate::descs::StaticsBlock;
use substrate::{MethodId, ObjRef, Runtime, TypeId};

use crate::model::{MethodInfo, TyId};
use crate::vm::{Clr, LoadError};

/// The attribute that marks an assembly of stubs for another VM's classes.
pub const STUB_ASSEMBLY_ATTRIBUTE: &str = "Twain.Stubs.JavaLibraryAttribute";

/// What the CLR needs from the other VM's type system.
pub trait ForeignTypes {
    /// The class stub type `t` stands for.
    fn class(&self, clr: &Clr, t: TyId) -> Result<ForeignClass, LoadError>;
    /// The method stub method `m` stands for (`None`: no such method, or
    /// one whose machine signature differs).
    fn method(&self, clr: &Clr, m: &MethodInfo) -> Option<ForeignMethod>;
    /// Runs the other VM's initializer of `ty`.
    fn initialize(&self, rt: &Runtime, ty: TypeId) -> Result<(), ObjRef>;
    /// The method of the other VM's type `ty` that implements our interface
    /// method `m` (same name, same signature), when `ty` implements it.
    fn implementation(&self, clr: &Clr, ty: TypeId, m: &MethodInfo) -> Option<MethodId>;
}

/// A class of the other VM, for its stub type.
#[derive(Debug, Clone)]
pub struct ForeignClass {
    pub type_id: TypeId,
    /// Instance size and reference offsets (for subclasses and the GC).
    pub instance_size: u32,
    pub ref_offsets: Vec<u32>,
    /// Field name -> offset (instance fields in the object, static fields
    /// in `statics`).
    pub fields: Vec<(String, u32)>,
    pub statics: Option<StaticsBlock>,
}

/// A method of the other VM, for a stub method.
#[derive(Debug, Clone, Copy)]
pub struct ForeignMethod {
    pub id: MethodId,
    /// Its vtable slot, when it is virtual.
    pub vslot: Option<u32>,
}

impl Clr {
    /// Installs the other VM's type system.
    pub fn set_foreign(&self, f: Rc<dyn ForeignTypes>) {
        *self.foreign.borrow_mut() = Some(f);
    }

    /// Whether the other VM runs in this process (its code may call ours).
    pub fn has_foreign(&self) -> bool {
        self.foreign.borrow().is_some()
    }

    /// Whether `t` is a type of a stub assembly.
    pub fn is_foreign(&self, t: TyId) -> bool {
        let info = self.ty(t);
        info.def != 0 && self.asm(info.asm).stubs.get()
    }

    /// The other VM's class for stub type `t` (asked once).
    pub fn foreign_class(&self, t: TyId) -> Result<Rc<ForeignClass>, LoadError> {
        if let Some(c) = self.foreign_classes.borrow().get(&t) {
            return Ok(c.clone());
        }
        let f = self.foreign.borrow().clone().ok_or_else(|| {
            LoadError::type_load(format!("{} is a stub of a Java class, and no JVM runs in this process", self.ty(t).name))
        })?;
        let c = Rc::new(f.class(self, t)?);
        self.foreign_classes.borrow_mut().insert(t, c.clone());
        Ok(c)
    }

    /// The other VM's method for stub method `m`.
    pub(crate) fn foreign_method(&self, m: &MethodInfo) -> Option<ForeignMethod> {
        let f = self.foreign.borrow().clone()?;
        f.method(self, m)
    }

    /// The other VM's implementation of interface method `m` in its type `ty`.
    pub(crate) fn foreign_implementation(&self, ty: TypeId, m: &MethodInfo) -> Option<MethodId> {
        let f = self.foreign.borrow().clone()?;
        f.implementation(self, ty, m)
    }

    /// Runs the other VM's initializer of stub type `t`.
    pub(crate) fn initialize_foreign(&self, ty: TypeId) -> Result<(), ObjRef> {
        match self.foreign.borrow().clone() {
            Some(f) => f.initialize(&self.rt, ty),
            None => Ok(()),
        }
    }
}
