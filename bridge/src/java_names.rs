//! Java names and descriptors of CLR types with an identity mapping.
//!
//! `System.Object`, `System.String` and `System.Exception` are
//! `java.lang.Object`, `java.lang.String` and `java.lang.Throwable`; a type of a stub assembly is the Java class it
//! stands for (its namespace is the Java package); any other class or
//! interface is `cli.Namespace.Name` (nested `Outer$Inner`). Primitives map
//! to the same-width Java primitive (unsigned ones to the signed type).
//! Value types (structs and enums) are named like classes: Java holds them
//! as boxes (specs/mapping.md §9.1, §9.2). A `ref`/`out` parameter is a
//! one-element array of its target's Java type (§9.5). Generic
//! instantiations and pointers have no name here, and members using them
//! are left out.

use clr::model::{Kind, Prim, TyId};
use clr::vm::Clr;

/// The package prefix of CLR types in Java (internal form).
pub const PREFIX: &str = "cli/";

/// The Java internal name of a CLR class or interface, if it has one.
pub fn java_class_name(clr: &Clr, t: TyId) -> Option<String> {
    if t == clr.object_ty {
        return Some("java/lang/Object".into());
    }
    if t == clr.string_ty {
        return Some("java/lang/String".into());
    }
    if t == clr.exception_ty {
        return Some("java/lang/Throwable".into());
    }
    let info = clr.ty(t);
    if !matches!(info.kind, Kind::Class | Kind::Interface | Kind::Struct | Kind::Enum(_)) || !info.args.is_empty() || info.name.contains('`') {
        return None;
    }
    let (ns, name) = info.name.rsplit_once('.').unwrap_or(("", &info.name));
    let name = name.replace('+', "$");
    let package = ns.replace('.', "/");
    Some(match (clr.is_foreign(t), package.is_empty()) {
        (true, true) => name,
        (true, false) => format!("{package}/{name}"),
        (false, true) => format!("{PREFIX}{name}"),
        (false, false) => format!("{PREFIX}{package}/{name}"),
    })
}

/// The Java field descriptor of a CLR type (`V` for void).
pub fn java_descriptor(clr: &Clr, t: TyId) -> Option<String> {
    let info = clr.ty(t);
    Some(match info.kind {
        Kind::Void => "V".into(),
        Kind::Prim(p) => match p {
            Prim::Bool => "Z",
            Prim::Char => "C",
            Prim::I1 | Prim::U1 => "B",
            Prim::I2 | Prim::U2 => "S",
            Prim::I4 | Prim::U4 => "I",
            Prim::I8 | Prim::U8 => "J",
            Prim::R4 => "F",
            Prim::R8 => "D",
            _ => return None,
        }
        .into(),
        Kind::SzArray(e) => format!("[{}", java_descriptor(clr, e).filter(|d| d != "V")?),
        Kind::Class | Kind::Interface | Kind::Struct | Kind::Enum(_) => format!("L{};", java_class_name(clr, t)?),
        _ => return None,
    })
}

/// The Java descriptor of a CLR parameter type: a by-ref parameter is a
/// one-element array of its target's Java type (specs/mapping.md §9.5).
pub fn java_param_descriptor(clr: &Clr, t: TyId) -> Option<String> {
    match clr.ty(t).kind {
        Kind::ByRef(e) => Some(format!("[{}", java_descriptor(clr, e).filter(|d| d != "V")?)),
        _ => java_descriptor(clr, t).filter(|d| d != "V"),
    }
}

/// Whether a value of CLR type `t` crosses to Java with a conversion: a
/// value type becomes a box, a by-ref a one-element array.
pub fn is_adapted(clr: &Clr, t: TyId) -> bool {
    matches!(clr.ty(t).kind, Kind::Struct | Kind::Enum(_) | Kind::ByRef(_))
}

/// The Java method descriptor of a CLR signature.
pub fn java_method_descriptor(clr: &Clr, params: &[TyId], ret: TyId) -> Option<String> {
    let mut desc = String::from("(");
    for &p in params {
        desc.push_str(&java_param_descriptor(clr, p)?);
    }
    desc.push(')');
    desc.push_str(&java_descriptor(clr, ret)?);
    Some(desc)
}
