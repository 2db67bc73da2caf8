//! Which members of a CLR type Java code sees, and under which name,
//! descriptor and flags: the one filter both the runtime view
//! (`clr_for_java`) and the Java stub generator (`stubs::java`) apply.
//!
//! Public members are public, family members protected; type initializers,
//! private and assembly members are not part of the view at all. Generic
//! methods and members whose types have no Java mapping (see `java_names`)
//! are *left out*, with the reason, so a stub can say so.
//!
//! A member whose signature holds a value type or a by-ref (or any instance
//! member of a value type, whose `this` Java holds as a box) is *adapted*:
//! Java calls an adapter that converts at the boundary (boxes to values,
//! one-element arrays to by-refs and back) and calls the member. Value
//! types also get *synthetic* members with no CLR method behind them: a
//! struct's no-argument constructor, an enum's constants, `value()` and
//! `of(v)` (specs/mapping.md §9).

use clr::model::{mflags, Kind, MIdx, Prim, TyId};
use clr::vm::Clr;

use crate::java_names::{is_adapted, java_class_name, java_descriptor, prim_descriptor, java_method_descriptor, java_param_descriptor};

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
    /// Called through an adapter (value types, by-refs), not directly.
    pub adapted: bool,
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
            .find(|&(_, &p)| java_param_descriptor(clr, p).is_none())
            .map(|(i, &p)| format!("parameter {}: {}", i + 1, unmapped_reason(clr, p)))
            .unwrap_or_else(|| match clr.ty(mi.ret).kind {
                Kind::ByRef(_) => format!("return type: {} is a by-ref return (no Java mapping)", clr.ty(mi.ret).name),
                _ => format!("return type: {}", unmapped_reason(clr, mi.ret)),
            });
        NotInView::LeftOut(reason)
    })?;
    let owner_is_value = clr.ty(mi.owner).is_value();
    let adapted = (owner_is_value && !mi.is_static()) || is_adapted(clr, mi.ret) || mi.params.iter().any(|&p| is_adapted(clr, p));
    if adapted && mi.is_virtual() && !owner_is_value {
        // The adapter converts Java's call to .NET's; a Java override would
        // need the reverse in the vtable, which does not exist yet.
        if clr.ty(mi.owner).is_interface() {
            return Err(NotInView::LeftOut("interface method with value-type or by-ref types (not adapted for interfaces yet)".into()));
        }
        if mi.flags & mflags::ABSTRACT != 0 {
            return Err(NotInView::LeftOut("abstract method with value-type or by-ref types (a Java override would not be seen by .NET)".into()));
        }
    }
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
    // A non-virtual CLR method is called directly, like a final one; an
    // adapted virtual one cannot be overridden from Java (see above).
    if !mi.is_static() && (!mi.is_virtual() || mi.flags & mflags::FINAL != 0 || adapted) && !mi.is_ctor() {
        flags |= acc::FINAL;
    }
    Ok(JavaMethod {
        name,
        desc,
        access: flags,
        adapted,
    })
}

/// Names of an enum's synthetic methods (specs/mapping.toml `[enums]`).
pub const ENUM_VALUE_METHOD: &str = "value";
pub const ENUM_OF_METHOD: &str = "of";

/// A delegate's functional interface, nested in its Java class
/// (specs/mapping.toml `[delegates]`), and its one method.
pub const DELEGATE_INTERFACE: &str = "Method";
pub const DELEGATE_INVOKE: &str = "Invoke";

/// The functional interface Java sees for CLR delegate type `t`
/// (specs/mapping.md §9.3): its Java internal name (`cli/Ns/D$Method`) and
/// the descriptor of its `Invoke`, which is the delegate's own `Invoke`
/// (only a delegate whose `Invoke` needs no adapter has one: the delegate
/// calls the Java method directly).
pub fn delegate_interface(clr: &Clr, t: TyId) -> Option<(String, String)> {
    let info = clr.ty(t);
    if !info.is_delegate {
        return None;
    }
    let class = java_class_name(clr, t)?;
    let invoke = clr.methods_of(t).ok()?.into_iter().find(|&m| clr.method(m).name == DELEGATE_INVOKE)?;
    let view = java_method(clr, invoke).ok().filter(|v| !v.adapted)?;
    Some((format!("{class}${DELEGATE_INTERFACE}"), view.desc))
}

/// What a synthetic member does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Synthetic {
    /// A struct's `S()`: a box holding `default(S)`.
    DefaultCtor,
    /// An enum constant (a `static final` field): the box of this value
    /// (bits, sign-extended from the underlying type).
    EnumConstant(u64),
    /// An enum's `value()`: the underlying integer.
    EnumValue,
    /// An enum's `static E of(v)`: the constant's box for a named value,
    /// else a fresh box.
    EnumOf,
    /// A delegate's `D(D.Method m)`: a delegate calling `m.Invoke`.
    DelegateCtor,
}

/// A Java member of a value type with no CLR method behind it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JavaSynthetic {
    pub kind: Synthetic,
    /// Java name (`<init>` for the constructor).
    pub name: String,
    /// Java descriptor (a field descriptor for constants).
    pub desc: String,
    /// Java access flags.
    pub access: u16,
}

/// The synthetic members of CLR type `t` (none unless it is a value type
/// with a Java name).
pub fn synthetic_members(clr: &Clr, t: TyId) -> Vec<JavaSynthetic> {
    let Some(this_desc) = java_descriptor(clr, t) else {
        return Vec::new();
    };
    let info = clr.ty(t);
    match info.kind {
        Kind::Struct => vec![JavaSynthetic {
            kind: Synthetic::DefaultCtor,
            name: "<init>".into(),
            desc: "()V".into(),
            access: acc::PUBLIC,
        }],
        Kind::Enum(p) => {
            let Some(prim) = prim_descriptor(p) else {
                return Vec::new();
            };
            let mut out: Vec<JavaSynthetic> = clr
                .enum_literals(t)
                .unwrap_or_default()
                .into_iter()
                .map(|(name, bits)| JavaSynthetic {
                    kind: Synthetic::EnumConstant(bits),
                    name,
                    desc: this_desc.clone(),
                    access: acc::PUBLIC | acc::STATIC | acc::FINAL,
                })
                .collect();
            out.push(JavaSynthetic {
                kind: Synthetic::EnumValue,
                name: ENUM_VALUE_METHOD.into(),
                desc: format!("(){prim}"),
                access: acc::PUBLIC | acc::FINAL,
            });
            out.push(JavaSynthetic {
                kind: Synthetic::EnumOf,
                name: ENUM_OF_METHOD.into(),
                desc: format!("({prim}){this_desc}"),
                access: acc::PUBLIC | acc::STATIC,
            });
            out
        }
        Kind::Class => match delegate_interface(clr, t) {
            Some((interface, _)) => vec![JavaSynthetic {
                kind: Synthetic::DelegateCtor,
                name: "<init>".into(),
                desc: format!("(L{interface};)V"),
                access: acc::PUBLIC,
            }],
            None => Vec::new(),
        },
        _ => Vec::new(),
    }
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
        Kind::ByRef(e) => match clr.ty(e).kind {
            Kind::ByRef(_) | Kind::Void => format!("{} is a by-ref of a by-ref", info.name),
            _ => unmapped_reason(clr, e),
        },
        Kind::Ptr(_) => format!("{} is a pointer (no Java mapping)", info.name),
        Kind::Prim(Prim::I | Prim::U) => format!(
            "{} is a native-sized integer (no Java mapping yet)",
            info.name
        ),
        Kind::Struct | Kind::Enum(_) if !info.args.is_empty() || info.name.contains('`') => {
            format!("{} is a generic value type (no Java mapping yet)", info.name)
        }
        Kind::Struct | Kind::Enum(_) | Kind::Prim(_) => {
            format!("{} is a value type without a Java name", info.name)
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
