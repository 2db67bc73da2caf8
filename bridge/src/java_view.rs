//! Which members of a CLR type Java code sees, and under which name,
//! descriptor and flags: the one filter both the runtime view
//! (`clr_for_java`) and the Java stub generator (`stubs::java`) apply.
//!
//! Public members are public, family members protected; type initializers,
//! private and assembly members are not part of the view at all. Generic
//! methods and members whose types have no identity mapping (see
//! `java_names`) are *left out*, with the reason, so a stub can say so.

use clr::model::{mflags, Kind, MIdx, Prim, TyId};
use clr::vm::Clr;

use crate::java_names::{java_descriptor, java_method_descriptor};

/// Java access flags used by the view (JVMS §4.1, §4.6).
pub mod acc {
    pub const PUBLIC: u16 = 0x0001;
    pub const PROTECTED: u16 = 0x0004;
    pub const STATIC: u16 = 0x0008;
    pub const FINAL: u16 = 0x0010;
    pub const INTERFACE: u16 = 0x0200;
    pub const ABSTRACT: u16 = 0x0400;
}

/// A CLR method as Java sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JavaMethod {
    /// Java name (`<init>` for constructors).
    pub name: String,
    /// Java method descriptor.
    pub desc: String,
    /// Java access flags.
    pub access: u16,
}

/// Why a member is not in the Java view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotInView {
    /// Not visible outside its assembly or type (private, internal), or a
    /// type initializer: not part of the type's API at all.
    Hidden,
    /// Part of the .NET API, but without a Java form yet.
    LeftOut(String),
}

/// The Java view of CLR method `m`.
pub fn java_method(clr: &Clr, m: MIdx) -> Result<JavaMethod, NotInView> {
    let mi = clr.method(m);
    let access = member_access(mi.flags).ok_or(NotInView::Hidden)?;
    if mi.name == ".cctor" {
        return Err(NotInView::Hidden);
    }
    if mi.generic_params > 0 {
        return Err(NotInView::LeftOut("generic method".into()));
    }
    let desc = java_method_descriptor(clr, &mi.params, mi.ret).ok_or_else(|| {
        let reason = mi
            .params
            .iter()
            .enumerate()
            .find(|&(_, &p)| java_descriptor(clr, p).filter(|d| d != "V").is_none())
            .map(|(i, &p)| format!("parameter {}: {}", i + 1, unmapped_reason(clr, p)))
            .unwrap_or_else(|| format!("return type: {}", unmapped_reason(clr, mi.ret)));
        NotInView::LeftOut(reason)
    })?;
    let mut name = if mi.is_ctor() {
        "<init>".to_string()
    } else {
        mi.name.clone()
    };
    // An override of a shared root slot is Java's method of that slot
    // (specs/mapping.md §3.1): `ToString()` is seen as `toString()`.
    if mi.is_virtual() && !mi.is_static() {
        let root = match (mi.name.as_str(), desc.as_str()) {
            ("ToString", "()Ljava/lang/String;") => Some("toString"),
            ("Equals", "(Ljava/lang/Object;)Z") => Some("equals"),
            ("GetHashCode", "()I") => Some("hashCode"),
            ("Finalize", "()V") => Some("finalize"),
            _ => None,
        };
        if let Some(r) = root {
            name = r.to_string();
        }
    }
    // Overloads that collide once unsigned types are seen as signed
    // (specs/mapping.md §8.3): the exact one keeps the name, the others
    // get the codes of their parameters (`Half$uint`).
    let codes: Vec<Option<&str>> = mi.params.iter().map(|&p| lossy_code(clr, p)).collect();
    if codes.iter().any(Option::is_some) && collides(clr, m, &desc) {
        if mi.is_ctor() {
            return Err(NotInView::LeftOut("constructor colliding with another once unsigned types are signed".into()));
        }
        for c in &codes {
            name.push('$');
            name.push_str(c.unwrap_or("_"));
        }
    }
    let mut flags = access;
    if mi.is_static() {
        flags |= acc::STATIC;
    }
    if mi.flags & mflags::ABSTRACT != 0 {
        flags |= acc::ABSTRACT;
    }
    // A non-virtual CLR method is called directly, like a final one.
    if !mi.is_static() && (!mi.is_virtual() || mi.flags & mflags::FINAL != 0) && !mi.is_ctor() {
        flags |= acc::FINAL;
    }
    Ok(JavaMethod {
        name,
        desc,
        access: flags,
    })
}

/// The overload code of a parameter type Java sees with a loss (unsigned
/// integers and arrays of them), `None` when Java's type says it all.
fn lossy_code(clr: &Clr, t: TyId) -> Option<&'static str> {
    use clr::model::{Kind, Prim};
    match clr.ty(t).kind {
        Kind::Prim(Prim::U1) => Some("ubyte"),
        Kind::Prim(Prim::U2) => Some("ushort"),
        Kind::Prim(Prim::U4) => Some("uint"),
        Kind::Prim(Prim::U8) => Some("ulong"),
        Kind::SzArray(e) => match clr.ty(e).kind {
            Kind::Prim(Prim::U1) => Some("ubyteArray"),
            Kind::Prim(Prim::U2) => Some("ushortArray"),
            Kind::Prim(Prim::U4) => Some("uintArray"),
            Kind::Prim(Prim::U8) => Some("ulongArray"),
            _ => None,
        },
        _ => None,
    }
}

/// Whether another method of `m`'s type has `m`'s name and Java descriptor.
fn collides(clr: &Clr, m: MIdx, desc: &str) -> bool {
    let mi = clr.method(m);
    clr.methods_of(mi.owner).unwrap_or_default().into_iter().any(|o| {
        let oi = clr.method(o);
        o != m
            && oi.name == mi.name
            && oi.is_static() == mi.is_static()
            && java_method_descriptor(clr, &oi.params, oi.ret).as_deref() == Some(desc)
    })
}

/// The Java access of a CLR member's `MemberAccess` bits (§II.23.1.10,
/// §II.23.1.5: the low three bits of method and field flags).
pub fn member_access(flags: u16) -> Option<u16> {
    match flags & 0x7 {
        6 => Some(acc::PUBLIC),
        4 | 5 => Some(acc::PROTECTED),
        _ => None,
    }
}

/// Why CLR type `t` has no Java descriptor, in a few words.
pub fn unmapped_reason(clr: &Clr, t: TyId) -> String {
    let info = clr.ty(t);
    match info.kind {
        Kind::ByRef(_) => format!("{} is a ref/out parameter (no Java mapping yet)", info.name),
        Kind::Ptr(_) => format!("{} is a pointer (no Java mapping)", info.name),
        Kind::Prim(Prim::I | Prim::U) => format!(
            "{} is a native-sized integer (no Java mapping yet)",
            info.name
        ),
        Kind::Struct | Kind::Enum(_) | Kind::Prim(_) => {
            format!("{} is a value type (no Java mapping yet)", info.name)
        }
        Kind::SzArray(e) => unmapped_reason(clr, e),
        Kind::MdArray(..) => format!(
            "{} is a multi-dimensional array (no Java mapping yet)",
            info.name
        ),
        Kind::MVar(_) | Kind::Var(_) => format!("{} is a generic parameter", info.name),
        Kind::Void => "void".into(),
        Kind::Class | Kind::Interface if !info.args.is_empty() || info.name.contains('`') => {
            format!("{} is a generic type (no Java mapping yet)", info.name)
        }
        Kind::Class | Kind::Interface => format!("{} has no Java name", info.name),
    }
}
