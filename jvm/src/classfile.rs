//! Class-file parsing (JVMS chapter 4). [`parse`] turns bytes into a
//! [`ClassFile`] whose symbolic references are already resolved to owned
//! strings. It never panics and never allocates more than the input can
//! justify, whatever the bytes.

mod attributes;
mod constant_pool;
mod reader;

pub use constant_pool::{
    modified_utf8_to_string, modified_utf8_to_utf16, ref_kind, Constant, ConstantPool, MemberRef, MethodHandle,
};

use crate::descriptor::{parse_field, parse_method};
use crate::{Error, Result};
use reader::Reader;

/// Access and property flags (JVMS tables 4.1-B, 4.5-A, 4.6-A, 4.7.6-A).
/// Several share a bit; which applies depends on where the flag appears.
pub mod access {
    pub const PUBLIC: u16 = 0x0001;
    pub const PRIVATE: u16 = 0x0002;
    pub const PROTECTED: u16 = 0x0004;
    pub const STATIC: u16 = 0x0008;
    pub const FINAL: u16 = 0x0010;
    /// Methods only; classes use [`SUPER`] for the same bit.
    pub const SYNCHRONIZED: u16 = 0x0020;
    pub const SUPER: u16 = 0x0020;
    /// Fields only; methods use [`BRIDGE`] for the same bit.
    pub const VOLATILE: u16 = 0x0040;
    pub const BRIDGE: u16 = 0x0040;
    /// Fields only; methods use [`VARARGS`] for the same bit.
    pub const TRANSIENT: u16 = 0x0080;
    pub const VARARGS: u16 = 0x0080;
    pub const NATIVE: u16 = 0x0100;
    pub const INTERFACE: u16 = 0x0200;
    pub const ABSTRACT: u16 = 0x0400;
    pub const STRICT: u16 = 0x0800;
    pub const SYNTHETIC: u16 = 0x1000;
    pub const ANNOTATION: u16 = 0x2000;
    pub const ENUM: u16 = 0x4000;
    /// Classes only (`module-info`); parameters use the same bit as MANDATED.
    pub const MODULE: u16 = 0x8000;
}

/// The newest class-file major version understood (Java 17).
pub const MAX_MAJOR: u16 = 61;
/// The oldest class-file major version understood (JDK 1.0.2).
pub const MIN_MAJOR: u16 = 45;

/// A parsed class file (JVMS §4.1).
#[derive(Debug, Clone)]
pub struct ClassFile {
    pub minor: u16,
    pub major: u16,
    pub constant_pool: ConstantPool,
    pub access_flags: u16,
    /// Internal name, e.g. `java/lang/String`.
    pub this_class: String,
    /// `None` only for `java/lang/Object` (and `module-info`).
    pub super_class: Option<String>,
    pub interfaces: Vec<String>,
    pub fields: Vec<FieldInfo>,
    pub methods: Vec<MethodInfo>,
    pub source_file: Option<String>,
    pub bootstrap_methods: Vec<BootstrapMethod>,
    pub inner_classes: Vec<InnerClass>,
}

/// A field (JVMS §4.5).
#[derive(Debug, Clone)]
pub struct FieldInfo {
    pub access_flags: u16,
    pub name: String,
    pub descriptor: String,
    /// From the `ConstantValue` attribute: Integer, Float, Long, Double or
    /// String.
    pub constant_value: Option<Constant>,
}

/// A method (JVMS §4.6).
#[derive(Debug, Clone)]
pub struct MethodInfo {
    pub access_flags: u16,
    pub name: String,
    pub descriptor: String,
    /// Absent for abstract and native methods.
    pub code: Option<Code>,
    /// Declared checked exceptions (the `Exceptions` attribute).
    pub exceptions: Vec<String>,
}

/// A `Code` attribute (JVMS §4.7.3).
#[derive(Debug, Clone)]
pub struct Code {
    pub max_stack: u16,
    pub max_locals: u16,
    pub code: Vec<u8>,
    pub exception_table: Vec<ExceptionHandler>,
    /// `(start_pc, line)` from all `LineNumberTable` attributes, sorted by
    /// `start_pc`.
    pub line_numbers: Vec<(u16, u16)>,
}

/// One exception-table entry; the range `start_pc..end_pc` is half-open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExceptionHandler {
    pub start_pc: u16,
    pub end_pc: u16,
    pub handler_pc: u16,
    /// `None` catches everything (`finally`).
    pub catch_type: Option<String>,
}

/// An entry of the `BootstrapMethods` attribute (JVMS §4.7.23).
#[derive(Debug, Clone, PartialEq)]
pub struct BootstrapMethod {
    pub method: MethodHandle,
    /// Loadable constants passed as static arguments.
    pub args: Vec<Constant>,
}

/// An entry of the `InnerClasses` attribute (JVMS §4.7.6).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InnerClass {
    pub inner: String,
    /// `None` for local and anonymous classes.
    pub outer: Option<String>,
    /// `None` for anonymous classes.
    pub name: Option<String>,
    pub access_flags: u16,
}

impl Code {
    /// The source line of `pc`: the entry with the greatest `start_pc <= pc`.
    pub fn line_for_pc(&self, pc: u32) -> Option<u32> {
        let n = self.line_numbers.partition_point(|&(start, _)| u32::from(start) <= pc);
        let (_, line) = self.line_numbers.get(n.checked_sub(1)?)?;
        Some(u32::from(*line))
    }
}

impl ClassFile {
    /// A public interface made by the runtime (no class file behind it)
    /// with these abstract methods (name, descriptor).
    pub fn interface(name: &str, methods: &[(String, String)]) -> ClassFile {
        ClassFile {
            minor: 0,
            major: 61,
            constant_pool: ConstantPool::empty(name),
            access_flags: access::PUBLIC | access::INTERFACE | access::ABSTRACT,
            this_class: name.to_string(),
            super_class: Some("java/lang/Object".to_string()),
            interfaces: Vec::new(),
            fields: Vec::new(),
            methods: methods
                .iter()
                .map(|(n, d)| MethodInfo { access_flags: access::PUBLIC | access::ABSTRACT, name: n.clone(), descriptor: d.clone(), code: None, exceptions: Vec::new() })
                .collect(),
            source_file: None,
            bootstrap_methods: Vec::new(),
            inner_classes: Vec::new(),
        }
    }

    /// Finds a method by name and descriptor.
    pub fn method(&self, name: &str, descriptor: &str) -> Option<&MethodInfo> {
        self.methods.iter().find(|m| m.name == name && m.descriptor == descriptor)
    }

    /// Finds a field by name and descriptor.
    pub fn field(&self, name: &str, descriptor: &str) -> Option<&FieldInfo> {
        self.fields.iter().find(|f| f.name == name && f.descriptor == descriptor)
    }
}

/// Parses a class file. `file` names it in error messages.
pub fn parse(bytes: &[u8], file: &str) -> Result<ClassFile> {
    let mut r = Reader::new(bytes, file);
    let magic = r.u4()?;
    if magic != 0xCAFE_BABE {
        return Err(r.error_at(0, format!("bad magic number {magic:#010x}")));
    }
    let minor = r.u2()?;
    let major = r.u2()?;
    if !(MIN_MAJOR..=MAX_MAJOR).contains(&major) {
        return Err(Error::Unsupported(format!("{file}: unsupported class file version {major}.{minor}")));
    }
    let cp = constant_pool::parse(&mut r)?;
    let access_flags = r.u2()?;
    let this_class = class_at(&mut r, &cp)?.to_string();
    let super_class = match r.u2()? {
        0 => None,
        idx => Some(cp.class_name(idx).map_err(|e| relocate(&r, 2, e))?.to_string()),
    };
    let count = r.count(2, "interfaces")?;
    let mut interfaces = Vec::with_capacity(count);
    for _ in 0..count {
        interfaces.push(class_at(&mut r, &cp)?.to_string());
    }
    // Fields and methods share the member_info layout (JVMS §4.5, §4.6):
    // 8 bytes before their attributes.
    let count = r.count(8, "fields")?;
    let mut fields = Vec::with_capacity(count);
    for _ in 0..count {
        fields.push(parse_field_info(&mut r, &cp)?);
    }
    let count = r.count(8, "methods")?;
    let mut methods = Vec::with_capacity(count);
    for _ in 0..count {
        methods.push(parse_method_info(&mut r, &cp)?);
    }
    let attrs = attributes::parse_class_attributes(&mut r, &cp)?;
    r.finish("class file")?;
    attributes::check_bootstrap_indices(&r, &cp, &attrs.bootstrap_methods)?;
    Ok(ClassFile {
        minor,
        major,
        constant_pool: cp,
        access_flags,
        this_class,
        super_class,
        interfaces,
        fields,
        methods,
        source_file: attrs.source_file,
        bootstrap_methods: attrs.bootstrap_methods,
        inner_classes: attrs.inner_classes,
    })
}

/// Reads a class index and looks it up, blaming the index on failure.
fn class_at<'c>(r: &mut Reader<'_>, cp: &'c ConstantPool) -> Result<&'c str> {
    let idx = r.u2()?;
    cp.class_name(idx).map_err(|e| relocate(r, 2, e))
}

/// Re-reports a constant-pool lookup error at the index that was read
/// `back` bytes ago, which is more useful than the pool entry's offset.
fn relocate(r: &Reader<'_>, back: usize, e: Error) -> Error {
    match e {
        Error::ClassFormat { reason, .. } => r.error_at(r.offset().saturating_sub(back), reason),
        other => other,
    }
}

/// Reads `access_flags, name_index, descriptor_index` of a field or method.
fn member_header(r: &mut Reader<'_>, cp: &ConstantPool, method: bool) -> Result<(u16, String, String)> {
    let access_flags = r.u2()?;
    let name = cp.utf8(r.u2()?).map_err(|e| relocate(r, 2, e))?.to_string();
    let descriptor = cp.utf8(r.u2()?).map_err(|e| relocate(r, 2, e))?.to_string();
    let ok = if method { parse_method(&descriptor).is_ok() } else { parse_field(&descriptor).is_ok() };
    if !ok || name.is_empty() {
        return Err(r.error_at(r.offset().saturating_sub(4), format!("malformed name or descriptor {name:?} {descriptor:?}")));
    }
    Ok((access_flags, name, descriptor))
}

fn parse_field_info(r: &mut Reader<'_>, cp: &ConstantPool) -> Result<FieldInfo> {
    let (access_flags, name, descriptor) = member_header(r, cp, false)?;
    let constant_value = attributes::parse_field_attributes(r, cp, &descriptor)?;
    Ok(FieldInfo { access_flags, name, descriptor, constant_value })
}

fn parse_method_info(r: &mut Reader<'_>, cp: &ConstantPool) -> Result<MethodInfo> {
    let (access_flags, name, descriptor) = member_header(r, cp, true)?;
    let (code, exceptions) = attributes::parse_method_attributes(r, cp)?;
    Ok(MethodInfo { access_flags, name, descriptor, code, exceptions })
}
