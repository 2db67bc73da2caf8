//! The JVM's view of loaded classes, fields and methods (JVMS §5.3–5.4).

use crate::classfile::{ClassFile, Code, Constant};
use crate::descriptor::{FieldType, MethodDescriptor};
use cranelift_codegen::ir::{types, Type};
use std::cell::Cell;
use std::rc::Rc;
use substrate::descs::{DescPtr, StaticsBlock};
use substrate::{MethodId, TypeId};

/// Index of a class in the JVM's class table.
pub type ClassIdx = usize;
/// Index of a method in the JVM's method table.
pub type MethodIdx = usize;

/// Storage type of a field, array element or value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ty {
    /// `Z`
    Boolean,
    /// `B`
    Byte,
    /// `C`
    Char,
    /// `S`
    Short,
    /// `I`
    Int,
    /// `J`
    Long,
    /// `F`
    Float,
    /// `D`
    Double,
    /// `L...;` or `[...`
    Ref,
}

impl Ty {
    /// The storage type of a descriptor type.
    pub fn of(ft: &FieldType) -> Ty {
        match ft {
            FieldType::Boolean => Ty::Boolean,
            FieldType::Byte => Ty::Byte,
            FieldType::Char => Ty::Char,
            FieldType::Short => Ty::Short,
            FieldType::Int => Ty::Int,
            FieldType::Long => Ty::Long,
            FieldType::Float => Ty::Float,
            FieldType::Double => Ty::Double,
            FieldType::Object(_) | FieldType::Array(_) => Ty::Ref,
        }
    }

    /// Size in memory.
    pub fn size(self) -> u32 {
        match self {
            Ty::Boolean | Ty::Byte => 1,
            Ty::Char | Ty::Short => 2,
            Ty::Int | Ty::Float => 4,
            Ty::Long | Ty::Double | Ty::Ref => 8,
        }
    }

    /// The Cranelift type of the value on the operand stack.
    pub fn clif(self) -> Type {
        match self {
            Ty::Long | Ty::Ref => types::I64,
            Ty::Float => types::F32,
            Ty::Double => types::F64,
            _ => types::I32,
        }
    }

    /// The Cranelift type in memory.
    pub fn mem(self) -> Type {
        match self {
            Ty::Boolean | Ty::Byte => types::I8,
            Ty::Char | Ty::Short => types::I16,
            other => other.clif(),
        }
    }
}

/// Class-initialisation state (JVMS §5.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InitState {
    /// Not started.
    Uninit,
    /// `<clinit>` is running.
    Running,
    /// Done.
    Done,
    /// `<clinit>` failed; uses throw `NoClassDefFoundError`.
    Failed,
}

/// A field.
#[derive(Debug, Clone)]
pub struct Field {
    /// Name.
    pub name: String,
    /// Descriptor.
    pub desc: String,
    /// Storage type.
    pub ty: Ty,
    /// Static?
    pub is_static: bool,
    /// Byte offset in the object or in the statics block.
    pub offset: u32,
    /// `ConstantValue`.
    pub constant: Option<Constant>,
}

/// How a method's code comes about.
#[derive(Debug, Clone)]
pub enum Body {
    /// Bytecode from the class file.
    Bytecode(Rc<Code>),
    /// Implemented in Rust.
    Native,
    /// No code: calling it raises `AbstractMethodError`.
    Abstract,
    /// The single method of a lambda class: forwards to `target`.
    Lambda(Rc<LambdaSpec>),
    /// A method of the other VM's type (see `foreign`): its code is the
    /// other front end's.
    Foreign,
}

/// What a lambda class's method does (from `LambdaMetafactory`).
#[derive(Debug)]
pub struct LambdaSpec {
    /// The implementation method's reference kind (JVMS §4.4.8).
    pub kind: u8,
    /// Implementation method class, name and descriptor.
    pub class: String,
    /// Name.
    pub name: String,
    /// Descriptor.
    pub desc: String,
    /// Whether the implementation's class is an interface.
    pub interface: bool,
    /// Types of the captured values (fields of the lambda object, in order).
    pub captured: Vec<FieldType>,
    /// Offsets of the captured fields.
    pub offsets: Vec<u32>,
}

/// A method.
#[derive(Debug, Clone)]
pub struct Method {
    /// Substrate id.
    pub id: MethodId,
    /// Declaring class.
    pub class: ClassIdx,
    /// Name.
    pub name: String,
    /// Descriptor.
    pub desc: String,
    /// Parsed descriptor.
    pub md: MethodDescriptor,
    /// Access flags.
    pub access: u16,
    /// Code.
    pub body: Body,
    /// Vtable slot, for virtual methods.
    pub vslot: Option<u32>,
}

impl Method {
    /// Static?
    pub fn is_static(&self) -> bool {
        self.access & crate::classfile::access::STATIC != 0
    }

    /// Dispatched through a vtable or itable: not static, private or an initializer.
    pub fn is_virtual(&self) -> bool {
        !self.is_static() && self.access & crate::classfile::access::PRIVATE == 0 && !self.name.starts_with('<')
    }
}

/// A loaded, linked class.
#[derive(Debug)]
pub struct Class {
    /// Internal name.
    pub name: String,
    /// Substrate type.
    pub type_id: TypeId,
    /// Descriptor.
    pub desc: DescPtr,
    /// Superclass.
    pub super_class: Option<ClassIdx>,
    /// Direct superinterfaces.
    pub interfaces: Vec<ClassIdx>,
    /// Access flags.
    pub access: u16,
    /// Declared fields.
    pub fields: Vec<Field>,
    /// Declared methods.
    pub methods: Vec<MethodIdx>,
    /// Methods by vtable slot.
    pub vtable: Vec<MethodIdx>,
    /// Instance size in bytes.
    pub instance_size: u32,
    /// Offsets of instance reference fields (including inherited ones).
    pub ref_offsets: Vec<u32>,
    /// Static storage.
    pub statics: Option<StaticsBlock>,
    /// Element type and class, for arrays.
    pub elem: Option<(Ty, Option<ClassIdx>)>,
    /// The class file.
    pub file: Option<Rc<ClassFile>>,
    /// Initialisation state.
    pub init: Cell<InitState>,
    /// The byte compiled code reads to skip initialisation checks.
    pub init_byte: &'static std::sync::atomic::AtomicU8,
    /// Depth in the superclass chain.
    pub depth: u32,
    /// Defined by the other VM (see `foreign`).
    pub foreign: bool,
}

impl Class {
    /// Interface?
    pub fn is_interface(&self) -> bool {
        self.access & crate::classfile::access::INTERFACE != 0
    }

    /// Array class?
    pub fn is_array(&self) -> bool {
        self.elem.is_some()
    }

    /// The dotted binary name (`java.lang.String`, `[I`, `[Ljava.lang.String;`).
    pub fn java_name(&self) -> String {
        self.name.replace('/', ".")
    }
}
