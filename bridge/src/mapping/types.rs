//! The type shapes the mapping rules work on (specs/mapping.md §1).
//!
//! These are names and structure only: no metadata tokens, no loaded types.
//! The front ends build them from class files and ECMA-335 signatures; the
//! rules in the sibling modules turn them into Java and C# names.

use std::fmt;

/// A CLR primitive (element) type, ECMA-335 §II.23.1.16.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClrPrimitive {
    /// `System.Boolean`
    Boolean,
    /// `System.Char`
    Char,
    /// `System.SByte`
    SByte,
    /// `System.Byte` (unsigned)
    Byte,
    /// `System.Int16`
    Int16,
    /// `System.UInt16`
    UInt16,
    /// `System.Int32`
    Int32,
    /// `System.UInt32`
    UInt32,
    /// `System.Int64`
    Int64,
    /// `System.UInt64`
    UInt64,
    /// `System.Single`
    Single,
    /// `System.Double`
    Double,
    /// `System.IntPtr` (`nint`)
    IntPtr,
    /// `System.UIntPtr` (`nuint`)
    UIntPtr,
}

impl ClrPrimitive {
    /// Every primitive, in ELEMENT_TYPE order.
    pub const ALL: [Self; 14] = [
        Self::Boolean,
        Self::Char,
        Self::SByte,
        Self::Byte,
        Self::Int16,
        Self::UInt16,
        Self::Int32,
        Self::UInt32,
        Self::Int64,
        Self::UInt64,
        Self::Single,
        Self::Double,
        Self::IntPtr,
        Self::UIntPtr,
    ];

    /// The simple name in namespace `System` (`Int32`).
    pub fn system_name(self) -> &'static str {
        match self {
            Self::Boolean => "Boolean",
            Self::Char => "Char",
            Self::SByte => "SByte",
            Self::Byte => "Byte",
            Self::Int16 => "Int16",
            Self::UInt16 => "UInt16",
            Self::Int32 => "Int32",
            Self::UInt32 => "UInt32",
            Self::Int64 => "Int64",
            Self::UInt64 => "UInt64",
            Self::Single => "Single",
            Self::Double => "Double",
            Self::IntPtr => "IntPtr",
            Self::UIntPtr => "UIntPtr",
        }
    }

    /// The full CLR name (`System.Int32`), the key of the spec's table.
    pub fn full_name(self) -> String {
        format!("System.{}", self.system_name())
    }

    /// The primitive whose simple name in `System` is `name`.
    pub fn from_system_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.system_name() == name)
    }
}

/// How an array type is shaped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ArrayShape {
    /// A single-dimension zero-based array (`T[]`), the same object as a
    /// Java array.
    Sz,
    /// A general array of the given rank (`T[,]` is rank 2; rank 1 is
    /// `T[*]`, which is not an SZ array).
    Md {
        /// Number of dimensions, at least 1.
        rank: u32,
    },
}

/// One level of a (possibly nested) CLR type name.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClrTypeSegment {
    /// The metadata name, including an arity suffix such as `` List`1 ``.
    pub name: String,
    /// The type arguments of this level's own generic parameters, empty
    /// for a non-generic level or an open generic type definition.
    pub args: Vec<ClrTypeRef>,
}

impl ClrTypeSegment {
    /// A segment without type arguments.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            args: Vec::new(),
        }
    }

    /// A segment with type arguments.
    pub fn generic(name: impl Into<String>, args: Vec<ClrTypeRef>) -> Self {
        Self {
            name: name.into(),
            args,
        }
    }
}

/// A CLR class, interface, value type, enum or delegate, possibly nested and
/// possibly a closed generic instantiation.
///
/// Type arguments are attached to the level that declares the parameters
/// (`Dictionary<string, int>.Enumerator` has them on `` Dictionary`2 ``),
/// as C# writes them; the CLR front end splits the flat ECMA-335 argument
/// list by each level's own arity.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClrNamedType {
    /// Namespace segments (`["System", "Text"]`); empty for the global
    /// namespace. Each segment is non-empty.
    pub namespace: Vec<String>,
    /// The outermost type first, the type itself last; never empty.
    pub path: Vec<ClrTypeSegment>,
}

impl ClrNamedType {
    /// A top-level, non-generic type: `new("System.Text", "StringBuilder")`.
    pub fn new(namespace: &str, name: &str) -> Self {
        Self {
            namespace: split_namespace(namespace),
            path: vec![ClrTypeSegment::new(name)],
        }
    }

    /// The namespace joined with dots.
    pub fn namespace_string(&self) -> String {
        self.namespace.join(".")
    }

    /// True if this is a top-level non-generic type `namespace.name`.
    pub fn is_simple(&self, namespace: &[&str], name: &str) -> bool {
        self.namespace.len() == namespace.len()
            && self.namespace.iter().zip(namespace).all(|(a, b)| a == b)
            && matches!(self.path.as_slice(), [seg] if seg.name == name && seg.args.is_empty())
    }
}

/// Split a dotted namespace; the empty string is the global namespace.
pub fn split_namespace(namespace: &str) -> Vec<String> {
    if namespace.is_empty() {
        Vec::new()
    } else {
        namespace.split('.').map(str::to_owned).collect()
    }
}

/// A type as it appears in a CLR signature.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClrTypeRef {
    /// A primitive element type.
    Primitive(ClrPrimitive),
    /// A class, interface or value type defined by a CLR assembly (or one
    /// of the core identity types, `System.Object` etc.).
    Named(ClrNamedType),
    /// A class defined by Java class files, as C# code sees it.
    Java(JavaClassRef),
    /// An array.
    Array {
        /// The element type.
        element: Box<ClrTypeRef>,
        /// SZ or multi-dimensional.
        shape: ArrayShape,
    },
    /// A managed pointer (`ref`/`out`/`in` parameter).
    ByRef(Box<ClrTypeRef>),
}

impl ClrTypeRef {
    /// A top-level non-generic named type.
    pub fn named(namespace: &str, name: &str) -> Self {
        Self::Named(ClrNamedType::new(namespace, name))
    }

    /// `System.Object`.
    pub fn object() -> Self {
        Self::named("System", "Object")
    }

    /// `System.String`.
    pub fn string() -> Self {
        Self::named("System", "String")
    }

    /// An SZ array of this type.
    pub fn sz_array(self) -> Self {
        Self::Array {
            element: Box::new(self),
            shape: ArrayShape::Sz,
        }
    }

    /// A multi-dimensional array of this type.
    pub fn md_array(self, rank: u32) -> Self {
        Self::Array {
            element: Box::new(self),
            shape: ArrayShape::Md { rank },
        }
    }

    /// A by-ref to this type.
    pub fn by_ref(self) -> Self {
        Self::ByRef(Box::new(self))
    }

    /// The canonical spelling of the same type: `System.Int32` written as a
    /// named type becomes the primitive, recursively. (The core identities
    /// are canonicalised by [`crate::mapping::Spec::canonical`], which knows
    /// the table.)
    pub fn canonical_primitives(&self) -> Self {
        match self {
            Self::Named(n) => {
                if let ([ns], [seg]) = (n.namespace.as_slice(), n.path.as_slice()) {
                    if ns == "System" && seg.args.is_empty() {
                        if let Some(p) = ClrPrimitive::from_system_name(&seg.name) {
                            return Self::Primitive(p);
                        }
                    }
                }
                Self::Named(ClrNamedType {
                    namespace: n.namespace.clone(),
                    path: n
                        .path
                        .iter()
                        .map(|s| ClrTypeSegment {
                            name: s.name.clone(),
                            args: s.args.iter().map(Self::canonical_primitives).collect(),
                        })
                        .collect(),
                })
            }
            Self::Array { element, shape } => Self::Array {
                element: Box::new(element.canonical_primitives()),
                shape: *shape,
            },
            Self::ByRef(t) => Self::ByRef(Box::new(t.canonical_primitives())),
            Self::Primitive(_) | Self::Java(_) => self.clone(),
        }
    }
}

/// A class defined by Java class files: its package and its nesting chain.
///
/// The binary name alone does not say whether `A$B` is a class nested in
/// `A`; the InnerClasses attribute does, so the loader builds this with
/// [`JavaClassRef::new`]. [`JavaClassRef::parse_binary_name`] reads every
/// `$` as nesting, the usual case.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct JavaClassRef {
    /// Package segments (`["java", "util"]`); empty for the unnamed package.
    pub package: Vec<String>,
    /// The top-level class first, the class itself last; never empty.
    pub chain: Vec<String>,
}

impl JavaClassRef {
    /// A class from its package segments and nesting chain.
    pub fn new(package: Vec<String>, chain: Vec<String>) -> Self {
        Self { package, chain }
    }

    /// Read a binary name (`java.util.Map$Entry`), taking each `$` as a
    /// nesting step. `None` if a segment is empty or holds a character
    /// JVMS §4.2.1 forbids.
    pub fn parse_binary_name(name: &str) -> Option<Self> {
        let mut package: Vec<String> = name.split('.').map(str::to_owned).collect();
        let simple = package.pop()?;
        let chain: Vec<String> = simple.split('$').map(str::to_owned).collect();
        let this = Self { package, chain };
        this.is_valid().then_some(this)
    }

    /// True if every segment is non-empty and free of `. ; [ /`.
    pub fn is_valid(&self) -> bool {
        !self.chain.is_empty()
            && self
                .package
                .iter()
                .chain(&self.chain)
                .all(|s| !s.is_empty() && !s.contains(['.', ';', '[', '/']))
    }

    /// The binary name, `java.util.Map$Entry`.
    pub fn binary_name(&self) -> String {
        let simple = self.chain.join("$");
        if self.package.is_empty() {
            simple
        } else {
            format!("{}.{}", self.package.join("."), simple)
        }
    }
}

/// A Java primitive type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JavaPrimitive {
    /// `boolean`
    Boolean,
    /// `byte`
    Byte,
    /// `char`
    Char,
    /// `short`
    Short,
    /// `int`
    Int,
    /// `long`
    Long,
    /// `float`
    Float,
    /// `double`
    Double,
}

impl JavaPrimitive {
    /// Every primitive.
    pub const ALL: [Self; 8] = [
        Self::Boolean,
        Self::Byte,
        Self::Char,
        Self::Short,
        Self::Int,
        Self::Long,
        Self::Float,
        Self::Double,
    ];

    /// The keyword (`int`).
    pub fn name(self) -> &'static str {
        match self {
            Self::Boolean => "boolean",
            Self::Byte => "byte",
            Self::Char => "char",
            Self::Short => "short",
            Self::Int => "int",
            Self::Long => "long",
            Self::Float => "float",
            Self::Double => "double",
        }
    }

    /// The primitive called `name`.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.name() == name)
    }

    /// The descriptor character, JVMS §4.3.2.
    pub fn descriptor(self) -> char {
        match self {
            Self::Boolean => 'Z',
            Self::Byte => 'B',
            Self::Char => 'C',
            Self::Short => 'S',
            Self::Int => 'I',
            Self::Long => 'J',
            Self::Float => 'F',
            Self::Double => 'D',
        }
    }
}

/// A type as it appears in a Java descriptor.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum JavaTypeRef {
    /// A primitive.
    Primitive(JavaPrimitive),
    /// A class or interface by binary name (`cli.System.Text.StringBuilder`).
    Class(String),
    /// An array.
    Array(Box<JavaTypeRef>),
}

impl JavaTypeRef {
    /// The field descriptor, JVMS §4.3.2 (`[Ljava/lang/String;`).
    pub fn descriptor(&self) -> String {
        let mut out = String::new();
        self.write_descriptor(&mut out);
        out
    }

    fn write_descriptor(&self, out: &mut String) {
        match self {
            Self::Primitive(p) => out.push(p.descriptor()),
            Self::Class(name) => {
                out.push('L');
                out.extend(name.chars().map(|c| if c == '.' { '/' } else { c }));
                out.push(';');
            }
            Self::Array(element) => {
                out.push('[');
                element.write_descriptor(out);
            }
        }
    }
}

impl fmt::Display for JavaTypeRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Primitive(p) => f.write_str(p.name()),
            Self::Class(name) => f.write_str(name),
            Self::Array(element) => write!(f, "{element}[]"),
        }
    }
}

/// A CLR method, constructor or accessor, as far as the mapping needs it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MethodShape {
    /// The metadata name (`Append`, `.ctor`, `get_Length`).
    pub name: String,
    /// Parameter types; by-ref parameters are [`ClrTypeRef::ByRef`].
    pub params: Vec<ClrTypeRef>,
    /// The return type; `None` for `void`.
    pub ret: Option<ClrTypeRef>,
    /// A static method (no `this`).
    pub is_static: bool,
    /// The shared vtable slot this method occupies (an override of
    /// `Object.ToString` has slot 0), as the loader computed it. Members in a
    /// shared slot take the slot's name on the other side (§3.1).
    pub slot: Option<u32>,
}

impl MethodShape {
    /// An instance method in no shared slot.
    pub fn new(name: impl Into<String>, params: Vec<ClrTypeRef>, ret: Option<ClrTypeRef>) -> Self {
        Self {
            name: name.into(),
            params,
            ret,
            is_static: false,
            slot: None,
        }
    }

    /// True for an instance constructor.
    pub fn is_constructor(&self) -> bool {
        self.name == ".ctor"
    }
}

/// How a CLR method is exposed to Java.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum JavaMemberKind {
    /// A method of the same static-ness.
    Method,
    /// A Java constructor (`<init>`).
    Constructor,
    /// A static factory method standing for a constructor that lost its
    /// place to a colliding overload (§8.3).
    Factory,
}

/// The Java view of one CLR method: name and descriptor.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct JavaMember {
    /// The Java method name (`<init>` for a constructor).
    pub name: String,
    /// The method descriptor, JVMS §4.3.3.
    pub descriptor: String,
    /// Method, constructor or factory.
    pub kind: JavaMemberKind,
}

impl fmt::Display for JavaMember {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.name, self.descriptor)
    }
}

/// The C# name of a type: namespace and nesting, as metadata identifiers.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CsTypeName {
    /// Namespace segments.
    pub namespace: Vec<String>,
    /// The outermost type first.
    pub nesting: Vec<String>,
}

impl CsTypeName {
    /// The reflection full name, `java.util.Map+Entry` (no `@`).
    pub fn full_name(&self) -> String {
        let mut out = self.namespace.join(".");
        if !out.is_empty() {
            out.push('.');
        }
        out.push_str(&self.nesting.join("+"));
        out
    }
}
