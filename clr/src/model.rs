//! The loaded type system: every closed type (generic instantiations
//! included) is interned once as a [`TyId`]; methods and fields hang off it.
//! Generic code is specialised per instantiation, so compiled code only
//! ever sees closed types.

use cranelift_codegen::ir::{types, Type};
use std::cell::{Cell, OnceCell};
use substrate::descs::StaticsBlock;
use substrate::jit::Shape;
use substrate::{MethodId, TypeId};

/// A closed type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TyId(pub u32);

/// A method of a closed type (instantiated if generic).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MIdx(pub u32);

/// Index of a loaded assembly; 0 is twain's mscorlib.
pub type AsmIdx = u16;

/// Primitive value types (ECMA-335 §I.8.2.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Prim {
    Bool,
    Char,
    I1,
    U1,
    I2,
    U2,
    I4,
    U4,
    I8,
    U8,
    R4,
    R8,
    I,
    U,
}

impl Prim {
    /// Bytes in memory.
    pub fn size(self) -> u32 {
        match self {
            Prim::Bool | Prim::I1 | Prim::U1 => 1,
            Prim::Char | Prim::I2 | Prim::U2 => 2,
            Prim::I4 | Prim::U4 | Prim::R4 => 4,
            Prim::I8 | Prim::U8 | Prim::R8 | Prim::I | Prim::U => 8,
        }
    }

    /// The Cranelift type of the value on the evaluation stack (small
    /// integers widen to 32 bits, §III.1.1).
    pub fn clif(self) -> Type {
        match self {
            Prim::I8 | Prim::U8 | Prim::I | Prim::U => types::I64,
            Prim::R4 => types::F32,
            Prim::R8 => types::F64,
            _ => types::I32,
        }
    }

    /// The memory type (exact width).
    pub fn mem(self) -> Type {
        match self {
            Prim::Bool | Prim::I1 | Prim::U1 => types::I8,
            Prim::Char | Prim::I2 | Prim::U2 => types::I16,
            _ => self.clif(),
        }
    }

    /// Whether loads sign-extend.
    pub fn signed(self) -> bool {
        matches!(self, Prim::I1 | Prim::I2 | Prim::I4 | Prim::I8 | Prim::I)
    }

    pub fn is_float(self) -> bool {
        matches!(self, Prim::R4 | Prim::R8)
    }

    /// The mscorlib type name.
    pub fn type_name(self) -> &'static str {
        match self {
            Prim::Bool => "System.Boolean",
            Prim::Char => "System.Char",
            Prim::I1 => "System.SByte",
            Prim::U1 => "System.Byte",
            Prim::I2 => "System.Int16",
            Prim::U2 => "System.UInt16",
            Prim::I4 => "System.Int32",
            Prim::U4 => "System.UInt32",
            Prim::I8 => "System.Int64",
            Prim::U8 => "System.UInt64",
            Prim::R4 => "System.Single",
            Prim::R8 => "System.Double",
            Prim::I => "System.IntPtr",
            Prim::U => "System.UIntPtr",
        }
    }

    pub const ALL: [Prim; 14] = [
        Prim::Bool,
        Prim::Char,
        Prim::I1,
        Prim::U1,
        Prim::I2,
        Prim::U2,
        Prim::I4,
        Prim::U4,
        Prim::I8,
        Prim::U8,
        Prim::R4,
        Prim::R8,
        Prim::I,
        Prim::U,
    ];
}

/// What a type is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Void,
    /// A reference type defined by a TypeDef (classes, delegates, String, Object).
    Class,
    Interface,
    /// A user value type, held inline.
    Struct,
    /// An enum: held as its underlying primitive.
    Enum(Prim),
    /// A built-in primitive value type.
    Prim(Prim),
    /// `T[]`.
    SzArray(TyId),
    /// `T[,...]` of the rank.
    MdArray(TyId, u32),
    /// `T&`.
    ByRef(TyId),
    /// `T*`.
    Ptr(TyId),
    /// A method's generic parameter `!!n` in an uninstantiated signature.
    MVar(u32),
    /// A type's generic parameter `!n` of an open generic type (typeof only).
    Var(u32),
}

/// How a value of a type is held in SSA values, locals and fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repr {
    /// A scalar of this Cranelift type (primitives, enums).
    Scalar(Prim),
    /// An object reference (a GC root).
    Ref,
    /// A managed or unmanaged pointer (not a GC root).
    Ptr,
    /// A value type in memory: values are addresses of frame storage.
    Struct,
    Void,
}

impl Repr {
    /// The Cranelift type of a value (or of the address, for structs).
    pub fn clif(self) -> Option<Type> {
        match self {
            Repr::Scalar(p) => Some(p.clif()),
            Repr::Ref | Repr::Ptr | Repr::Struct => Some(types::I64),
            Repr::Void => None,
        }
    }
}

/// The key a closed type is interned under.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TyKey {
    Void,
    Def { asm: AsmIdx, def: u32, args: Vec<TyId> },
    SzArray(TyId),
    MdArray(TyId, u32),
    ByRef(TyId),
    Ptr(TyId),
    MVar(u32),
    Var(u32),
    /// A type the other VM defined and no stub names (a Java object C# code
    /// holds as `object`): known by its runtime type only.
    Foreign(TypeId),
}

/// Instance layout of a type.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// Classes: instance size including the header. Value types: size of the value.
    pub size: u32,
    pub align: u32,
    /// Reference offsets (from the object start for classes, from the
    /// value start for value types).
    pub refs: Vec<u32>,
    /// Instance fields declared by this type (not inherited).
    pub fields: Vec<FieldInfo>,
}

/// A field of a closed type.
#[derive(Debug, Clone)]
pub struct FieldInfo {
    pub name: String,
    pub row: u32,
    pub ty: TyId,
    /// Offset in the object (classes), the value (structs) or the statics block.
    pub offset: u32,
    pub is_static: bool,
    /// A `literal` (const) field: no storage.
    pub literal: bool,
    /// Has an RVA blob (array initialisers).
    pub rva: Option<u32>,
}

/// Static storage of a type.
#[derive(Debug)]
pub struct Statics {
    pub block: StaticsBlock,
    pub refs: Vec<u32>,
    pub fields: Vec<FieldInfo>,
}

/// Class-initialisation progress (§II.10.5.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InitState {
    Uninit,
    Running,
    Done,
    Failed,
}

/// Linked runtime form of a type.
#[derive(Debug, Clone)]
pub struct Linked {
    /// The substrate type (for value types: the boxed form).
    pub rt: TypeId,
    pub vtable: Vec<MIdx>,
    /// `INIT_DONE` once this VM's initializer of the type ran (a core
    /// type shared with the JVM has one such byte per VM).
    pub init_byte: &'static std::sync::atomic::AtomicU8,
}

/// A closed type.
#[derive(Debug)]
pub struct TyInfo {
    pub key: TyKey,
    pub kind: Kind,
    /// `Namespace.Name`, nested `Outer+Inner`, generics `Name`1[Arg,...]`.
    pub name: String,
    pub asm: AsmIdx,
    /// TypeDef row, 0 for constructed types without one.
    pub def: u32,
    pub args: Vec<TyId>,
    pub flags: u32,
    pub parent: Option<TyId>,
    /// Directly declared interfaces (see `Clr::direct_interfaces`).
    pub interfaces: OnceCell<Vec<TyId>>,
    pub layout: OnceCell<Layout>,
    pub statics: OnceCell<Statics>,
    pub methods: OnceCell<Vec<MIdx>>,
    pub linked: OnceCell<Linked>,
    pub init: Cell<InitState>,
    pub is_delegate: bool,
}

impl TyInfo {
    pub fn repr(&self) -> Repr {
        match self.kind {
            Kind::Void => Repr::Void,
            Kind::Prim(p) | Kind::Enum(p) => Repr::Scalar(p),
            Kind::Struct => Repr::Struct,
            Kind::ByRef(_) | Kind::Ptr(_) => Repr::Ptr,
            Kind::MVar(_) | Kind::Var(_) => Repr::Ref,
            _ => Repr::Ref,
        }
    }

    pub fn is_value(&self) -> bool {
        matches!(self.kind, Kind::Struct | Kind::Enum(_) | Kind::Prim(_))
    }

    pub fn is_interface(&self) -> bool {
        self.kind == Kind::Interface
    }

    /// `beforefieldinit`: the type initializer may run at any time before
    /// the first static field access.
    pub fn before_field_init(&self) -> bool {
        self.flags & 0x0010_0000 != 0
    }
}

/// What a method's body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    /// CIL at this RVA.
    Il(u32),
    /// `InternalCall` or `runtime` (delegates): implemented by the runtime.
    Runtime,
    Abstract,
    /// Adjusts a boxed `this` to the value inside and calls this method.
    Unbox(MIdx),
    /// A stub for the other VM's method: its id is that method's.
    Foreign,
    /// An entry for the other VM's callers whose view of a member converts
    /// at the boundary (`crate::boundary`).
    Boundary(Adapter),
}

/// What a boundary entry does (specs/mapping.md §9): the other VM holds
/// value types as boxes and by-refs as one-element arrays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Adapter {
    /// Converts the arguments, calls the method, converts back.
    Call(MIdx),
    /// A struct's no-argument constructor: the box is already `default(T)`.
    DefaultCtor(TyId),
    /// An enum box's underlying value.
    EnumValue(TyId),
    /// An enum box of a value: a named constant's own box, else a new one.
    EnumOf(TyId),
    /// A delegate's constructor from an object of the other VM: the
    /// delegate calls that object's implementation of the interface method
    /// with this dispatch selector.
    DelegateCtor(TyId, u64),
}

/// A method of a closed type.
#[derive(Debug)]
pub struct MethodInfo {
    pub owner: TyId,
    pub asm: AsmIdx,
    pub def: u32,
    pub margs: Vec<TyId>,
    pub name: String,
    pub flags: u16,
    pub impl_flags: u16,
    pub body: BodyKind,
    pub has_this: bool,
    pub params: Vec<TyId>,
    pub ret: TyId,
    /// Method generic parameter count (`margs` is empty for the definition).
    pub generic_params: u32,
    /// Runtime method (absent for uninstantiated generic definitions).
    pub id: Option<MethodId>,
    pub shape: Option<Shape>,
    pub vslot: Cell<Option<u32>>,
    /// Interface-dispatch selector, for interface methods and generic virtual instantiations.
    pub selector: Cell<u64>,
}

pub mod mflags {
    pub const STATIC: u16 = 0x0010;
    pub const FINAL: u16 = 0x0020;
    pub const VIRTUAL: u16 = 0x0040;
    pub const NEW_SLOT: u16 = 0x0100;
    pub const ABSTRACT: u16 = 0x0400;
    pub const PINVOKE: u16 = 0x2000;
    pub const RT_SPECIAL_NAME: u16 = 0x1000;
    pub const IMPL_RUNTIME: u16 = 0x0003;
    pub const IMPL_INTERNAL_CALL: u16 = 0x1000;
}

impl MethodInfo {
    pub fn is_static(&self) -> bool {
        self.flags & mflags::STATIC != 0
    }
    pub fn is_virtual(&self) -> bool {
        self.flags & mflags::VIRTUAL != 0
    }
    pub fn is_newslot(&self) -> bool {
        self.flags & mflags::NEW_SLOT != 0
    }
    pub fn is_ctor(&self) -> bool {
        self.name == ".ctor"
    }
}
