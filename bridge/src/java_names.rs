//! Java names and descriptors of CLR types with an identity mapping.
//!
//! `System.Object`, `System.String` and `System.Exception` are
//! `java.lang.Object`, `java.lang.String` and `java.lang.Throwable`; a type of a stub assembly is the Java class it
//! stands for (its namespace is the Java package); any other class or
//! interface is `cli.Namespace.Name` (nested `Outer$Inner`). Primitives map
//! to the same-width Java primitive (unsigned ones to the signed type).
//! Value types (structs and enums) are named like classes: Java holds them
//! as boxes (specs/mapping.md §9.1, §9.2). A `ref`/`out` parameter is a
//! one-element array of its target's Java type (§9.5). A closed generic
//! instantiation is named by §6's grammar (`List<int>` is
//! `cli/System/Collections/Generic/List$$Lint$$R`, through the spec's own
//! encoder, [`crate::mapping::Spec::java_class_name`]). Open generic
//! definitions and pointers have no name here, and members using them are
//! left out.

use clr::model::{Kind, Prim, TyId, TyKey};
use clr::vm::Clr;

use crate::mapping::{ClrNamedType, ClrPrimitive, ClrTypeRef, ClrTypeSegment, Spec};

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
    if !matches!(info.kind, Kind::Class | Kind::Interface | Kind::Struct | Kind::Enum(_)) {
        return None;
    }
    if !info.args.is_empty() {
        let spec = Spec::builtin().ok()?;
        return Some(spec.java_class_name(&type_ref(clr, t)?).ok()?.replace('.', "/"));
    }
    if info.name.contains('`') {
        // An open generic definition: Java names only instantiations.
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
        Kind::Prim(p) => prim_descriptor(p)?.into(),
        Kind::SzArray(e) => format!("[{}", java_descriptor(clr, e).filter(|d| d != "V")?),
        Kind::Class | Kind::Interface | Kind::Struct | Kind::Enum(_) => format!("L{};", java_class_name(clr, t)?),
        _ => return None,
    })
}

/// The Java descriptor of a CLR primitive (§4: an unsigned type is the
/// signed type of its width); native-sized integers have none.
pub fn prim_descriptor(p: Prim) -> Option<&'static str> {
    Some(match p {
        Prim::Bool => "Z",
        Prim::Char => "C",
        Prim::I1 | Prim::U1 => "B",
        Prim::I2 | Prim::U2 => "S",
        Prim::I4 | Prim::U4 => "I",
        Prim::I8 | Prim::U8 => "J",
        Prim::R4 => "F",
        Prim::R8 => "D",
        Prim::I | Prim::U => return None,
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

/// The spec's shape of CLR type `t` (§1), for the §6 name grammar:
/// namespace, nesting levels with their own type arguments (a level takes
/// as many of the instantiation's arguments as its arity suffix says).
/// `None` for types the grammar has no words for (pointers, generic
/// parameters, the other VM's classes).
pub fn type_ref(clr: &Clr, t: TyId) -> Option<ClrTypeRef> {
    let info = clr.ty(t);
    Some(match info.kind {
        Kind::Prim(p) => ClrTypeRef::Primitive(primitive(p)),
        Kind::SzArray(e) => type_ref(clr, e)?.sz_array(),
        Kind::MdArray(e, rank) => type_ref(clr, e)?.md_array(rank),
        Kind::ByRef(e) => type_ref(clr, e)?.by_ref(),
        Kind::Class | Kind::Interface | Kind::Struct | Kind::Enum(_) if !clr.is_foreign(t) => {
            // (an instantiation's name may end with its arguments: `[System.Int32]`)
            let name = info.name.split('[').next().unwrap_or_default();
            let (outer, nested) = name.split_once('+').unwrap_or((name, ""));
            let (ns, first) = outer.rsplit_once('.').unwrap_or(("", outer));
            let mut args = Vec::with_capacity(info.args.len());
            for &a in &info.args {
                args.push(type_ref(clr, a)?);
            }
            let mut args = args.into_iter();
            let mut path = Vec::new();
            for level in std::iter::once(first).chain(nested.split('+').filter(|n| !n.is_empty())) {
                let arity = level.rsplit_once('`').and_then(|(_, n)| n.parse::<usize>().ok()).unwrap_or(0);
                path.push(ClrTypeSegment::generic(level, args.by_ref().take(arity).collect()));
            }
            if args.next().is_some() {
                return None;
            }
            let mut named = ClrNamedType::new(ns, first);
            named.path = path;
            ClrTypeRef::Named(named)
        }
        _ => return None,
    })
}

/// The CLR type a spec shape stands for, in any loaded assembly,
/// instantiating generic definitions (the inverse of [`type_ref`]).
pub fn resolve_type_ref(clr: &Clr, r: &ClrTypeRef) -> Option<TyId> {
    match r {
        ClrTypeRef::Primitive(p) => Some(clr.prim(prim(*p))),
        ClrTypeRef::Array { element, shape: crate::mapping::ArrayShape::Sz } => {
            let e = resolve_type_ref(clr, element)?;
            clr.intern(TyKey::SzArray(e)).ok()
        }
        ClrTypeRef::Named(n) => {
            let mut full = n.namespace_string();
            if !full.is_empty() {
                full.push('.');
            }
            let levels: Vec<&str> = n.path.iter().map(|s| s.name.as_str()).collect();
            full.push_str(&levels.join("/"));
            let mut args = Vec::new();
            for a in n.path.iter().flat_map(|s| &s.args) {
                args.push(resolve_type_ref(clr, a)?);
            }
            let count = clr.asms.borrow().len();
            (0..count).find_map(|a| clr.named_type(u16::try_from(a).ok()?, &full, args.clone()).ok())
        }
        _ => None,
    }
}

fn primitive(p: Prim) -> ClrPrimitive {
    match p {
        Prim::Bool => ClrPrimitive::Boolean,
        Prim::Char => ClrPrimitive::Char,
        Prim::I1 => ClrPrimitive::SByte,
        Prim::U1 => ClrPrimitive::Byte,
        Prim::I2 => ClrPrimitive::Int16,
        Prim::U2 => ClrPrimitive::UInt16,
        Prim::I4 => ClrPrimitive::Int32,
        Prim::U4 => ClrPrimitive::UInt32,
        Prim::I8 => ClrPrimitive::Int64,
        Prim::U8 => ClrPrimitive::UInt64,
        Prim::R4 => ClrPrimitive::Single,
        Prim::R8 => ClrPrimitive::Double,
        Prim::I => ClrPrimitive::IntPtr,
        Prim::U => ClrPrimitive::UIntPtr,
    }
}

fn prim(p: ClrPrimitive) -> Prim {
    match p {
        ClrPrimitive::Boolean => Prim::Bool,
        ClrPrimitive::Char => Prim::Char,
        ClrPrimitive::SByte => Prim::I1,
        ClrPrimitive::Byte => Prim::U1,
        ClrPrimitive::Int16 => Prim::I2,
        ClrPrimitive::UInt16 => Prim::U2,
        ClrPrimitive::Int32 => Prim::I4,
        ClrPrimitive::UInt32 => Prim::U4,
        ClrPrimitive::Int64 => Prim::I8,
        ClrPrimitive::UInt64 => Prim::U8,
        ClrPrimitive::Single => Prim::R4,
        ClrPrimitive::Double => Prim::R8,
        ClrPrimitive::IntPtr => Prim::I,
        ClrPrimitive::UIntPtr => Prim::U,
    }
}
