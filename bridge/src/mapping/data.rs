//! The serde shape of specs/mapping.toml.
//!
//! Field names follow the file; specs/mapping.md explains each table. Unknown
//! fields are rejected so a typo in the spec is an error, not a silent
//! default.

use serde::Deserialize;

/// The whole file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpecData {
    /// Format version of the file.
    pub version: u32,
    /// §2.
    pub namespaces: Namespaces,
    /// §3.
    pub core_types: Vec<CoreType>,
    /// §3.1.
    pub object_slots: Vec<SharedMember>,
    /// §3.3.
    pub throwable_members: Vec<SharedMember>,
    /// §4.
    pub java_primitives: Vec<JavaPrimitiveRow>,
    /// §4.
    pub clr_primitives: Vec<ClrPrimitiveRow>,
    /// §5.
    pub identifiers: Identifiers,
    /// §6.
    pub type_tokens: TypeTokens,
    /// §8.
    pub overloads: Overloads,
    /// §9.1.
    pub value_types: ValueTypes,
    /// §9.2.
    pub enums: Enums,
    /// §9.3.
    pub delegates: Delegates,
    /// §9.4.
    pub accessors: Accessors,
    /// §9.5.
    pub by_ref: ByRef,
    /// §10.1.
    pub checked_exceptions: CheckedExceptions,
    /// §10.2.
    pub exception_aliases: Vec<ExceptionAlias>,
    /// §11.
    pub abi: Abi,
    /// Worked examples, checked by tests.
    pub examples: Examples,
}

/// §2.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Namespaces {
    /// `cli`.
    pub clr_package_prefix: String,
    /// Packages Java classes may not use.
    pub reserved_java_packages: Vec<String>,
}

/// §3: one identity type.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoreType {
    /// Java binary name.
    pub java: String,
    /// CLR full name.
    pub clr: String,
    /// How the type is written as a type argument (§6).
    pub arg_shorthand: String,
}

/// §3.1/§3.3: one member that both sides see as theirs.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedMember {
    /// `slot` or `field`; absent for Object slots (always `slot`).
    #[serde(default)]
    pub kind: Option<String>,
    /// Vtable slot index for kind `slot`.
    #[serde(default)]
    pub slot: Option<u32>,
    /// Java method name.
    pub java_name: String,
    /// Java method descriptor.
    pub java_descriptor: String,
    /// CLR method name.
    pub clr_name: String,
    /// CLR signature, C#-like, for the reader.
    pub clr_signature: String,
}

/// §4: a Java primitive.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JavaPrimitiveRow {
    /// Keyword.
    pub name: String,
    /// Descriptor character.
    pub descriptor: String,
    /// Bytes.
    pub size: u32,
    /// Two's complement (or IEEE) rather than unsigned.
    pub signed: bool,
    /// IEEE 754.
    pub float: bool,
}

/// §4: a CLR primitive and how Java sees it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClrPrimitiveRow {
    /// Full name, `System.Int32`.
    pub name: String,
    /// C# keyword.
    pub cs: String,
    /// ELEMENT_TYPE_* code.
    pub element_type: u8,
    /// Bytes.
    pub size: u32,
    /// Signed.
    pub signed: bool,
    /// IEEE 754.
    pub float: bool,
    /// The Java primitive it is seen as; absent when seen as a value type.
    #[serde(default)]
    pub java: Option<String>,
    /// Same bits and meaning as the Java type.
    pub identity: bool,
    /// Spelling as a type argument (§6).
    pub arg_name: String,
    /// Spelling in mangled overload names (§8); lossy types only.
    #[serde(default)]
    pub overload_code: Option<String>,
}

/// §5.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Identifiers {
    /// `__`.
    pub escape_prefix: String,
    /// One-letter escapes of common characters.
    pub short_escapes: Vec<ShortEscape>,
    /// Words a Java identifier may not be.
    pub java_keywords: Vec<String>,
    /// Words C# source writes with `@`.
    pub cs_keywords: Vec<String>,
}

/// §5: `char` is written `_` + `code`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ShortEscape {
    /// The character (a one-character string).
    pub char: String,
    /// The letter after `_`.
    pub code: String,
}

/// §6: the structural tokens of mangled type names.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypeTokens {
    /// Opens a type-argument list.
    pub open: String,
    /// Between type arguments.
    pub separator: String,
    /// Closes a type-argument list.
    pub close: String,
    /// A namespace or package dot inside a type argument.
    pub namespace_dot: String,
    /// Array suffix; followed by the rank for a multi-dimensional array.
    pub array: String,
    /// Marks a type argument in the global namespace.
    pub global: String,
    /// Marks a type argument that is a Java class.
    pub java_class: String,
    /// Marks a generic level whose name lacks the `` `N `` arity suffix.
    pub raw_name: String,
}

/// §8.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Overloads {
    /// Between name and codes.
    pub separator: String,
    /// Code of a lossless parameter.
    pub lossless_code: String,
    /// Code prefix of a by-ref parameter.
    pub byref_code: String,
    /// Code suffix of an array of a lossy type.
    pub array_code: String,
    /// Prefix of the return-type code.
    pub return_marker: String,
    /// Code of the static member of a static/instance pair.
    pub static_marker: String,
    /// Name of factories standing for constructors.
    pub constructor_factory: String,
}

/// §9.1.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValueTypes {
    /// Superclass of every boxed value type seen from Java.
    pub boxed_class_extends: String,
    /// Raised when Java passes null for a value-type parameter.
    pub null_argument: String,
}

/// §9.2.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Enums {
    /// Instance method returning the underlying value.
    pub value_method: String,
    /// Static method making an enum value from its underlying value.
    pub from_value_method: String,
}

/// §9.3.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Delegates {
    /// Simple name of the nested functional interface.
    pub functional_interface: String,
    /// Its single abstract method.
    pub invoke_method: String,
}

/// §9.4.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accessors {
    /// `get_`.
    pub property_get: String,
    /// `set_`.
    pub property_set: String,
    /// `add_`.
    pub event_add: String,
    /// `remove_`.
    pub event_remove: String,
}

/// §9.5.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ByRef {
    /// `one_element_array`.
    pub java_shape: String,
}

/// §10.1.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckedExceptions {
    /// `throws` clause of every stub of a CLR method (empty).
    pub stub_throws: Vec<String>,
    /// Java superclass given to CLR exceptions deriving from System.Exception.
    pub clr_exceptions_extend: String,
    /// Java types whose type tests accept every CLR exception.
    pub java_supertypes_matched: Vec<String>,
}

/// §10.2: one alias pair.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExceptionAlias {
    /// Java binary name.
    pub java: String,
    /// CLR full name.
    pub clr: String,
    /// The substrate fault, if a fault raises this pair.
    pub fault: String,
}

/// §11.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Abi {
    /// Cranelift calling convention.
    pub calling_convention: String,
    /// Where `this` goes.
    pub this_position: String,
    /// How value-type arguments are passed.
    pub struct_arguments: String,
    /// How value-type results are returned.
    pub struct_return: String,
    /// How by-ref arguments are passed.
    pub byref_arguments: String,
    /// Register type of each Java primitive.
    pub register_types: Vec<RegisterType>,
    /// Register type of a reference.
    pub reference_type: String,
}

/// §11: one primitive's register type.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegisterType {
    /// Java primitive.
    pub java: String,
    /// Cranelift type.
    pub clif: String,
}

/// Worked examples (§12).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    /// CLR type -> Java name.
    pub java_names: Vec<JavaNameExample>,
    /// Java class -> C# name.
    pub cs_names: Vec<CsNameExample>,
    /// CLR identifier -> Java identifier.
    pub identifiers: Vec<IdentifierExample>,
    /// Java identifier -> C# identifier (source form).
    pub cs_identifiers: Vec<CsIdentifierExample>,
    /// CLR method group -> Java members.
    pub overloads: Vec<OverloadExample>,
}

/// One CLR type and its Java name.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JavaNameExample {
    /// In the example syntax.
    pub clr: String,
    /// Java binary name.
    pub java: String,
}

/// One Java class and its C# name.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CsNameExample {
    /// Java binary name (each `$` is nesting).
    pub java: String,
    /// C# source name.
    pub cs: String,
}

/// One CLR identifier and its Java spelling.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdentifierExample {
    /// CLR metadata name.
    pub clr: String,
    /// Java identifier.
    pub java: String,
}

/// One Java identifier and its C# spelling.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CsIdentifierExample {
    /// Java identifier.
    pub java: String,
    /// C# source identifier.
    pub cs: String,
}

/// One method group.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OverloadExample {
    /// Members in the example syntax.
    pub clr: Vec<String>,
    /// `name descriptor` per member.
    pub java: Vec<String>,
    /// Declaring type (example syntax); needed for constructors.
    #[serde(default)]
    pub declaring_type: Option<String>,
}
