//! The Java view of one stub type: its superclass and interfaces within the
//! stub set, and the members javac will accept.
//!
//! The members are `java_view`'s, further filtered by what Java source can
//! say: every type they use must have a stub (or be `java.lang.Object` /
//! `String`), names must be Java identifiers, and a member must not clash
//! with one it inherits (a .NET `new` method that hides a final one, or
//! changes the return type, has no Java form). Of two CLR overloads that
//! map to one Java signature (`int` and `uint`) the stub keeps the first in
//! metadata order: the one the runtime binds that signature to. A member
//! may narrow an inherited member's return type where Java allows it (a
//! subtype in the stubs); where .NET pairs a member with an interface
//! method Java cannot accept next to it (`List<int>.Enumerator`'s `int
//! get_Current()` and `IEnumerator`'s `Object get_Current()`, implemented
//! explicitly), the stub keeps the member and leaves the interface out of
//! its supertypes, with a comment. Value types
//! and delegates add the members `java_view` synthesises ([`synthetic`]); a
//! delegate also gets its nested functional interface `Method`
//! (specs/mapping.md §9.3), a name its own members then cannot have.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::rc::Rc;

use clr::metadata::rows::{ConstantRow, FieldRow, MethodDefRow, TypeDefRow};
use clr::metadata::tables::HasConstant;
use clr::model::{FieldInfo, Kind, MIdx, TyId};

use super::super::literal;
use super::super::{Error, Result};
use super::{source_name, Gen};
use crate::java_names::{is_adapted, java_class_name, java_descriptor, java_param_descriptor};
use crate::java_view::{self, acc, member_access, NotInView};

mod synthetic;

/// A stub type.
#[derive(Debug)]
pub struct Model {
    pub java: String,
    pub simple: String,
    pub clr_name: String,
    pub is_interface: bool,
    pub is_abstract: bool,
    pub is_final: bool,
    /// A C# static class: `final`, with a private constructor only.
    pub is_static_class: bool,
    /// Superclass (internal name); `None`: `java.lang.Object`, or an interface.
    pub superclass: Option<String>,
    pub interfaces: Vec<String>,
    /// Comments above the declaration (dropped supertypes).
    pub notes: Vec<String>,
    pub fields: Vec<Field>,
    pub ctors: Vec<Member>,
    pub methods: Vec<Member>,
    /// A delegate's functional interface `Method`: its one method, `Invoke`.
    pub functional: Option<Member>,
    /// `// left out:` lines.
    pub left_out: Vec<String>,
}

/// A field of a stub.
#[derive(Debug, Clone)]
pub struct Field {
    pub name: String,
    pub access: u16,
    pub is_static: bool,
    pub is_final: bool,
    pub ty: String,
    /// The initializer: a .NET `const`'s Java constant (javac inlines it,
    /// as C# compilers do), or `null` for a `static final` reference, which
    /// is no constant expression, so javac reads the field at run time.
    pub init: Option<String>,
}

impl Field {
    /// A final instance field without initializer: every constructor must
    /// assign it, or not complete normally.
    pub fn is_blank_final(&self) -> bool {
        self.is_final && !self.is_static && self.init.is_none()
    }
}

/// A method or constructor of a stub.
#[derive(Debug, Clone)]
pub struct Member {
    pub name: String,
    /// The parameter part of the descriptor, `(II)`.
    pub params_desc: String,
    /// The return descriptor, `V`.
    pub ret_desc: String,
    pub access: u16,
    /// Java source of the return type and of each parameter type.
    pub ret: String,
    pub params: Vec<(String, String)>,
    /// Parameter names.
    pub names: Vec<String>,
    /// A comment for members the stub adds (see `missing_implementations`).
    pub note: Option<&'static str>,
}

impl Member {
    fn is_static(&self) -> bool {
        self.access & acc::STATIC != 0
    }
    fn is_final(&self) -> bool {
        self.access & acc::FINAL != 0
    }
    fn is_abstract(&self) -> bool {
        self.access & acc::ABSTRACT != 0
    }
    fn key(&self) -> (String, String) {
        (self.name.clone(), self.params_desc.clone())
    }
}

/// `java.lang.Object`'s public and protected methods (JDK 17), which every
/// stub class inherits: (name, parameters, return, access).
const OBJECT_METHODS: &[(&str, &str, &str, u16)] = &[
    ("clone", "()", "Ljava/lang/Object;", acc::PROTECTED),
    ("equals", "(Ljava/lang/Object;)", "Z", acc::PUBLIC),
    ("finalize", "()", "V", acc::PROTECTED),
    (
        "getClass",
        "()",
        "Ljava/lang/Class;",
        acc::PUBLIC | acc::FINAL,
    ),
    ("hashCode", "()", "I", acc::PUBLIC),
    ("notify", "()", "V", acc::PUBLIC | acc::FINAL),
    ("notifyAll", "()", "V", acc::PUBLIC | acc::FINAL),
    ("toString", "()", "Ljava/lang/String;", acc::PUBLIC),
    ("wait", "()", "V", acc::PUBLIC | acc::FINAL),
    ("wait", "(J)", "V", acc::PUBLIC | acc::FINAL),
    ("wait", "(JI)", "V", acc::PUBLIC | acc::FINAL),
];

/// The public methods `java.lang.Throwable` adds to `Object`'s, which a
/// stub of a CLR exception (extending `RuntimeException`) inherits:
/// name, parameter descriptor, return descriptor, access.
const THROWABLE_METHODS: &[(&str, &str, &str, u16)] = &[
    ("getMessage", "()", "Ljava/lang/String;", acc::PUBLIC),
    ("getLocalizedMessage", "()", "Ljava/lang/String;", acc::PUBLIC),
    ("getCause", "()", "Ljava/lang/Throwable;", acc::PUBLIC),
    ("initCause", "(Ljava/lang/Throwable;)", "Ljava/lang/Throwable;", acc::PUBLIC),
    ("fillInStackTrace", "()", "Ljava/lang/Throwable;", acc::PUBLIC),
    ("printStackTrace", "()", "V", acc::PUBLIC),
    ("printStackTrace", "(Ljava/io/PrintStream;)", "V", acc::PUBLIC),
    ("printStackTrace", "(Ljava/io/PrintWriter;)", "V", acc::PUBLIC),
    ("getStackTrace", "()", "[Ljava/lang/StackTraceElement;", acc::PUBLIC),
    ("setStackTrace", "([Ljava/lang/StackTraceElement;)", "V", acc::PUBLIC),
    ("addSuppressed", "(Ljava/lang/Throwable;)", "V", acc::PUBLIC | acc::FINAL),
    ("getSuppressed", "()", "[Ljava/lang/Throwable;", acc::PUBLIC | acc::FINAL),
];

/// The superclass of the JDK throwables stubs extend (`None`: `Object`).
fn jdk_superclass(java: &str) -> Option<&'static str> {
    match java {
        "java/lang/RuntimeException" => Some("java/lang/Exception"),
        "java/lang/Exception" | "java/lang/Error" => Some("java/lang/Throwable"),
        _ => None,
    }
}

/// `java.lang.Object`'s final methods: name and parameter descriptor.
const OBJECT_FINAL: &[(&str, &str)] = &[("wait", "()"), ("wait", "(J)"), ("wait", "(JI)"), ("notify", "()"), ("notifyAll", "()"), ("getClass", "()")];

fn object_methods(interface: bool) -> impl Iterator<Item = Member> {
    jdk_methods(OBJECT_METHODS).filter(move |m| !interface || m.access & acc::PUBLIC != 0)
}

/// Members of a JDK class, for the checks against what a stub inherits.
fn jdk_methods(table: &'static [(&str, &str, &str, u16)]) -> impl Iterator<Item = Member> {
    table
        .iter()
        .map(|&(name, params, ret, access)| Member {
            name: name.into(),
            params_desc: params.into(),
            ret_desc: ret.into(),
            access,
            ret: String::new(),
            params: Vec::new(),
            names: Vec::new(),
            note: None,
        })
}

/// Why a member clashes with an inherited one of the same signature, if it does.
/// `ret_ok`: whether `m`'s return type can override `inherited`'s.
fn clash(m: &Member, inherited: &Member, from_interface: bool, ret_ok: bool) -> Option<&'static str> {
    if m.is_static() != inherited.is_static() {
        Some("a static and an instance method with one Java signature")
    } else if !m.is_static() && inherited.is_final() && !from_interface {
        Some("hides a final method (a .NET `new` method), which Java cannot redeclare")
    } else if !ret_ok {
        Some("hides an inherited method with a different return type, which Java cannot declare")
    } else if m.access & acc::PROTECTED != 0 && inherited.access & acc::PUBLIC != 0 {
        Some("would narrow the access of an inherited public method")
    } else {
        None
    }
}

/// The Java source of a field descriptor (or `V`): `I` is `int`,
/// `Lcli/Ns/T$U;` is `cli.Ns.T.U`, `[J` is `long[]`.
fn source_type(desc: &str) -> Option<String> {
    if let Some(elem) = desc.strip_prefix('[') {
        return Some(format!("{}[]", source_type(elem).filter(|e| e != "void")?));
    }
    if let Some(name) = desc.strip_prefix('L').and_then(|d| d.strip_suffix(';')) {
        return Some(source_name(name));
    }
    Some(
        match desc {
            "V" => "void",
            "Z" => "boolean",
            "B" => "byte",
            "C" => "char",
            "S" => "short",
            "I" => "int",
            "J" => "long",
            "F" => "float",
            "D" => "double",
            _ => return None,
        }
        .into(),
    )
}

/// Why a delegate's member named `Method` is not in its stub.
const RESERVED_IN_DELEGATES: &str =
    "`Method` names the delegate's functional interface (specs/mapping.md §9.3)";

/// Whether `n` has the form of a generated parameter name, `p<N>`.
fn is_generated_name(n: &str) -> bool {
    n.strip_prefix('p')
        .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
}

impl Gen<'_> {
    /// The model of stub type `java`, built once (supertypes first).
    pub(super) fn model(&mut self, java: &str) -> Result<Rc<Model>> {
        if let Some(m) = self.models.get(java) {
            return Ok(m.clone());
        }
        if java.starts_with("java/") && !self.types.contains_key(java) {
            // A JDK class a stub extends (RuntimeException for CLR
            // exceptions): its superclasses and Throwable's methods, which
            // a stub's members must not clash with; the stubs call its
            // no-argument constructor.
            let superclass = jdk_superclass(java).map(str::to_string);
            let methods = if java == "java/lang/Throwable" { jdk_methods(THROWABLE_METHODS).collect() } else { Vec::new() };
            let simple = java.rsplit('/').next().unwrap_or(java).to_string();
            let m = Rc::new(Model {
                java: java.to_string(),
                simple,
                clr_name: java.replace('/', "."),
                is_interface: false,
                is_abstract: false,
                is_final: false,
                is_static_class: false,
                superclass,
                interfaces: Vec::new(),
                notes: Vec::new(),
                fields: Vec::new(),
                ctors: Vec::new(),
                methods,
                functional: None,
                left_out: Vec::new(),
            });
            self.models.insert(java.to_string(), m.clone());
            return Ok(m);
        }
        self.building.insert(java.to_string());
        let built = self.build(java);
        self.building.remove(java);
        let m = Rc::new(built?);
        self.models.insert(java.to_string(), m.clone());
        Ok(m)
    }

    /// The Java source of CLR type `t` in a signature, or why there is none.
    fn java_type(&self, t: TyId) -> Result<String, String> {
        let clr = self.clr;
        let info = clr.ty(t);
        match info.kind {
            Kind::SzArray(e) => {
                let elem = self.java_type(e)?;
                if elem == "void" {
                    return Err("array of void".into());
                }
                Ok(format!("{elem}[]"))
            }
            Kind::Class | Kind::Interface | Kind::Struct | Kind::Enum(_) => {
                let Some(name) = java_class_name(clr, t) else {
                    return Err(java_view::unmapped_reason(clr, t));
                };
                if name.starts_with("java/lang/") || self.types.contains_key(&name) {
                    Ok(source_name(&name))
                } else if self.beyond.contains(&t) {
                    Err(format!(
                        "{} is not in this stub set (a generic instantiation more than {} member \
                         steps from the stubbed types: name it on the command line)",
                        info.name,
                        super::generics::REACH
                    ))
                } else if info.is_delegate && java_view::delegate_interface(clr, t).is_none() {
                    Err(format!(
                        "{} is a delegate whose Invoke has no functional-interface form",
                        info.name
                    ))
                } else {
                    Err(format!("{} is not in this stub set", info.name))
                }
            }
            _ => java_descriptor(clr, t)
                .as_deref()
                .and_then(source_type)
                .ok_or_else(|| java_view::unmapped_reason(clr, t)),
        }
    }

    /// The Java source of a parameter of CLR type `t`: a by-ref is a
    /// one-element array of its target's type (specs/mapping.md §9.5).
    fn java_param_type(&self, t: TyId) -> Result<String, String> {
        match self.clr.ty(t).kind {
            Kind::ByRef(target) => match self.java_type(target)?.as_str() {
                "void" => Err(java_view::unmapped_reason(self.clr, t)),
                java => Ok(format!("{java}[]")),
            },
            _ => self.java_type(t),
        }
    }

    /// A CLR signature for `// left out:` lines: `Name(System.Int32, ...)`.
    fn clr_signature(&self, m: MIdx) -> String {
        let mi = self.clr.method(m);
        let params: Vec<String> = mi
            .params
            .iter()
            .map(|&p| self.clr.ty(p).name.clone())
            .collect();
        format!("{}({})", mi.name, params.join(", "))
    }

    fn build(&mut self, java: &str) -> Result<Model> {
        let clr = self.clr;
        let entry = self
            .types
            .get(java)
            .cloned()
            .ok_or_else(|| Error::Runtime(format!("{java}: not in the stub set")))?;
        let t = entry.t;
        let info = clr.ty(t);
        let is_interface = info.is_interface();
        let is_abstract = !is_interface && info.flags & 0x80 != 0;
        // Value types are sealed in .NET; in Java they are final classes.
        let is_final = !is_interface && (info.flags & 0x100 != 0 || info.is_value());
        let mut model = Model {
            java: java.to_string(),
            simple: entry.simple.clone(),
            clr_name: entry.clr_name.clone(),
            is_interface,
            is_abstract: is_abstract && !is_final,
            is_final,
            is_static_class: is_abstract && is_final,
            superclass: None,
            interfaces: Vec::new(),
            notes: Vec::new(),
            fields: Vec::new(),
            ctors: Vec::new(),
            methods: Vec::new(),
            functional: None,
            left_out: Vec::new(),
        };
        // The superclass: the nearest ancestor with a stub.
        if !is_interface {
            let mut p = info.parent;
            let mut skipped = Vec::new();
            while let Some(pt) = p {
                if pt == clr.object_ty {
                    break;
                }
                if pt == clr.exception_ty {
                    // System.Exception is java.lang.Throwable; for javac a CLR
                    // exception is unchecked (specs/mapping.md, checked exceptions).
                    if let Ok(spec) = crate::mapping::Spec::builtin() {
                        let ext = &spec.data().checked_exceptions.clr_exceptions_extend;
                        model.superclass = Some(ext.replace('.', "/"));
                    }
                    break;
                }
                match java_class_name(clr, pt).filter(|n| self.types.contains_key(n)) {
                    Some(n) => {
                        model.superclass = Some(n);
                        break;
                    }
                    None => {
                        skipped.push(clr.ty(pt).name.clone());
                        p = clr.ty(pt).parent;
                    }
                }
            }
            if !skipped.is_empty() {
                let sup = model.superclass.as_deref().map_or_else(
                    || "java.lang.Object".to_string(),
                    source_name,
                );
                model.notes.push(format!(
                    "superclasses without a stub: {}; extends {sup}",
                    skipped.join(", ")
                ));
            }
        }
        for i in clr.direct_interfaces(t) {
            match self.java_type(i) {
                Ok(_) => {
                    let Some(n) = java_class_name(clr, i) else { continue };
                    if self.java_depends_on(&n, java) {
                        model.notes.push(format!(
                            "does not {} {} here: Java counts the class enclosing a supertype as one of its dependencies, \
                             which makes a cycle (the .NET type implements it all the same: cast to reach it)",
                            if is_interface { "extend" } else { "implement" },
                            source_name(&n)
                        ));
                    } else {
                        model.interfaces.push(n);
                    }
                }
                Err(reason) => model.notes.push(format!(
                    "does not implement {} here: {reason}",
                    clr.ty(i).name
                )),
            }
        }
        let mut candidates = Vec::new();
        for (index, m) in self.methods_of(&entry).into_iter().enumerate() {
            let m = match m {
                Ok(m) => m,
                Err(line) => {
                    model.left_out.push(line);
                    continue;
                }
            };
            match self.member(m) {
                Ok(Some(member)) => candidates.push((index, m, member)),
                Ok(None) => {}
                Err(reason) => model
                    .left_out
                    .push(format!("{}: {reason}", self.clr_signature(m))),
            }
        }
        // Interfaces whose methods Java would not accept next to these.
        let own: Vec<&Member> = candidates.iter().map(|(_, _, member)| member).collect();
        self.drop_incompatible_interfaces(&mut model, &own)?;
        // Supertypes first: the checks below read their members.
        let supers = self.supertypes(&model)?;
        if info.is_delegate {
            match self.functional_interface(&entry) {
                Ok(f) => model.functional = Some(f),
                Err(reason) => model.left_out.push(format!(
                    "functional interface {}: {reason}",
                    java_view::DELEGATE_INTERFACE
                )),
            }
        }
        self.fields(&entry, &mut model);
        let mut seen: BTreeMap<(String, String), MIdx> = BTreeMap::new();
        for (_, m, member) in candidates {
            if let Some(&first) = seen.get(&member.key()) {
                let reason = format!(
                    "same Java signature as {}, which Java calls",
                    self.clr_signature(first)
                );
                model
                    .left_out
                    .push(format!("{}: {reason}", self.clr_signature(m)));
                continue;
            }
            if member.name == "<init>" {
                if is_interface || model.is_static_class {
                    continue;
                }
                seen.insert(member.key(), m);
                model.ctors.push(member);
                continue;
            }
            if let Some(reason) = self.inherited_clash(&member, &model, &supers) {
                model
                    .left_out
                    .push(format!("{}: {reason}", self.clr_signature(m)));
                continue;
            }
            if info.is_delegate && member.name == java_view::DELEGATE_INTERFACE {
                model.left_out.push(format!(
                    "{}: {}",
                    self.clr_signature(m),
                    RESERVED_IN_DELEGATES
                ));
                continue;
            }
            if is_interface && member.access & acc::PROTECTED != 0 {
                model.left_out.push(format!(
                    "{}: a protected interface member, which Java cannot declare",
                    self.clr_signature(m)
                ));
                continue;
            }
            seen.insert(member.key(), m);
            model.methods.push(member);
        }
        self.add_synthetic(t, &mut model, &supers, &seen);
        if !is_interface && !model.is_abstract {
            let missing = self.missing_implementations(&model, &supers);
            model.methods.extend(missing);
        }
        model.fields.sort_by(|a, b| a.name.cmp(&b.name));
        model
            .ctors
            .sort_by(|a, b| a.params_desc.cmp(&b.params_desc));
        model.methods.sort_by_key(Member::key);
        model.left_out.sort();
        Ok(model)
    }

    /// The methods a type declares; a signature naming a type of an
    /// assembly that is not loaded gives a `// left out:` line instead.
    fn methods_of(&self, entry: &super::Entry) -> Vec<Result<MIdx, String>> {
        let clr = self.clr;
        if let Ok(all) = clr.methods_of(entry.t) {
            return all.into_iter().map(Ok).collect();
        }
        let data = clr.asm(entry.asm);
        let Ok(td) = data.asm.row::<TypeDefRow>(clr.ty(entry.t).def) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for def in td.methods {
            let Ok(row) = data.asm.row::<MethodDefRow>(def) else {
                continue;
            };
            if member_access(row.flags).is_none() || row.name == ".cctor" {
                continue;
            }
            out.push(
                clr.method_inst(entry.t, def, &[])
                    .map_err(|e| format!("{}(...): {}", row.name, e.message)),
            );
        }
        out
    }

    /// The member a CLR method becomes: `Ok(None)` when it is not part of
    /// the type's API, `Err(reason)` when it is left out.
    fn member(&self, m: MIdx) -> Result<Option<Member>, String> {
        let view = match java_view::java_method(self.clr, m) {
            Ok(v) => v,
            Err(NotInView::Hidden) => return Ok(None),
            Err(NotInView::LeftOut(reason)) => return Err(reason),
        };
        // (`$` joins the overload codes of the name the view gave: `Half$uint`;
        // the name itself must be an identifier, the codes may be `_`.)
        let mut parts = view.name.split('$');
        let base_ok = parts.next().is_some_and(|b| self.is_java_identifier(b));
        if view.name != "<init>" && !(base_ok && parts.all(|part| part.is_empty() || part == "_" || self.is_java_identifier(part))) {
            return Err(format!("`{}` is not a Java identifier", view.name));
        }
        let mi = self.clr.method(m);
        let ret = self.java_type(mi.ret)?;
        let mut params = Vec::new();
        for (i, &p) in mi.params.iter().enumerate() {
            let src = self
                .java_param_type(p)
                .map_err(|r| format!("parameter {}: {r}", i + 1))?;
            params.push((src, java_param_descriptor(self.clr, p).unwrap_or_default()));
        }
        let (params_desc, ret_desc) = match view.desc.split_once(')') {
            Some((p, r)) => (format!("{p})"), r.to_string()),
            None => return Err("malformed descriptor".into()),
        };
        // Every Java type (interfaces too) has Object's final methods: a
        // member with one's name and parameters would redeclare it.
        if OBJECT_FINAL.contains(&(view.name.as_str(), params_desc.as_str())) {
            return Err(format!("same name and parameters as java.lang.Object's final {}{params_desc}, which Java cannot redeclare", view.name));
        }
        let names = self.param_names(m, params.len());
        Ok(Some(Member {
            name: view.name,
            params_desc,
            ret_desc,
            access: view.access,
            ret,
            params,
            names,
            note: None,
        }))
    }

    /// Parameter names from the Param table, where they are usable Java
    /// identifiers; `p<N>` otherwise.
    fn param_names(&self, m: MIdx, count: usize) -> Vec<String> {
        let mut names = self.clr.param_names(m);
        names.resize(count, None);
        let mut used = BTreeSet::new();
        names
            .into_iter()
            .enumerate()
            .map(|(i, n)| {
                let n = n
                    .filter(|n| {
                        self.is_java_identifier(n)
                            && n != "java"
                            && n != "cli"
                            && !used.contains(n)
                            && !is_generated_name(n)
                    })
                    .unwrap_or_else(|| format!("p{i}"));
                used.insert(n.clone());
                n
            })
            .collect()
    }

    /// The one method of delegate `entry`'s functional interface `Method`:
    /// its `Invoke`, abstract, or why the stub cannot declare it.
    fn functional_interface(&self, entry: &super::Entry) -> Result<Member, String> {
        let clr = self.clr;
        let name = java_view::DELEGATE_INTERFACE;
        let (interface, desc) = java_view::delegate_interface(clr, entry.t)
            .ok_or("the delegate's Invoke has no functional-interface form")?;
        // Java forbids a nested type named like an enclosing class (JLS §8.1).
        let (own, _) = interface
            .rsplit_once('$')
            .ok_or("malformed interface name")?;
        let simple = own.rsplit('/').next().unwrap_or(own);
        if simple.split('$').any(|n| n == name) {
            return Err(format!(
                "the delegate or a type enclosing it is named `{name}`, which Java forbids for a nested type"
            ));
        }
        let invoke = clr
            .methods_of(entry.t)
            .unwrap_or_default()
            .into_iter()
            .find(|&m| clr.method(m).name == java_view::DELEGATE_INVOKE)
            .ok_or("the delegate has no Invoke method")?;
        let mut member = self
            .member(invoke)?
            .ok_or("the delegate's Invoke is not public")?;
        if format!("{}{}", member.params_desc, member.ret_desc) != desc {
            return Err(format!("Invoke{desc} and the Java view of Invoke differ"));
        }
        member.name = java_view::DELEGATE_INVOKE.into();
        member.access = acc::PUBLIC | acc::ABSTRACT;
        Ok(member)
    }

    /// The declared fields Java code sees. A struct's instance fields are
    /// final: Java reads them from a box, which only the struct's own
    /// methods change. An enum has none: its constants are synthetic
    /// fields (see [`synthetic`]) and its value is `value()`.
    fn fields(&mut self, entry: &super::Entry, model: &mut Model) {
        let clr = self.clr;
        let owner = clr.ty(entry.t);
        if matches!(owner.kind, Kind::Enum(_)) {
            return;
        }
        // A field typed by a type of an assembly that is not loaded fails
        // the whole layout: the fields are left out together.
        let mut all: Vec<FieldInfo> = Vec::new();
        match clr.layout(entry.t) {
            Ok(l) => all.extend(l.fields),
            Err(e) => model
                .left_out
                .push(format!("instance fields: {}", e.message)),
        }
        match clr.statics(entry.t) {
            Ok(s) => all.extend(
                s.statics
                    .get()
                    .map(|s| s.fields.clone())
                    .unwrap_or_default(),
            ),
            Err(e) => model.left_out.push(format!("static fields: {}", e.message)),
        }
        let data = clr.asm(entry.asm);
        for f in all {
            let Ok(row) = data.asm.row::<FieldRow>(f.row) else {
                continue;
            };
            let Some(access) = member_access(row.flags) else {
                continue;
            };
            let left_out = |reason: String| format!("field {}: {reason}", f.name);
            if model.is_interface {
                model.left_out.push(left_out(
                    "a field of an interface, which Java would make a constant".into(),
                ));
                continue;
            }
            if !self.is_java_identifier(&f.name) || f.name == "java" || f.name == "cli" {
                model.left_out.push(left_out(format!(
                    "`{}` is not a usable Java identifier",
                    f.name
                )));
                continue;
            }
            if owner.is_delegate && f.name == java_view::DELEGATE_INTERFACE {
                model.left_out.push(left_out(RESERVED_IN_DELEGATES.into()));
                continue;
            }
            let ty = match self.java_type(f.ty) {
                // Java reads and writes a field in place; a value-type one
                // would need a box made or unpacked on each access.
                Ok(_) if is_adapted(clr, f.ty) => Err(format!(
                    "{} is a value type, and fields have no boxing adapter yet",
                    clr.ty(f.ty).name
                )),
                other => other,
            };
            let ty = match ty {
                Ok(ty) => ty,
                Err(reason) => {
                    model.left_out.push(left_out(reason));
                    continue;
                }
            };
            let constant = if f.literal {
                let desc = java_descriptor(clr, f.ty).unwrap_or_default();
                match self
                    .constant(entry.asm, f.row)
                    .and_then(|v| literal::java(&desc, &v))
                {
                    Some(text) => Some(text),
                    None => {
                        model.left_out.push(left_out(
                            "a constant without a Java constant value (null)".into(),
                        ));
                        continue;
                    }
                }
            } else {
                None
            };
            model.fields.push(Field {
                name: f.name.clone(),
                access,
                is_static: f.is_static,
                is_final: constant.is_some() || (!f.is_static && owner.is_value()),
                ty,
                init: constant,
            });
        }
    }

    /// The value of a `const` field.
    fn constant(&mut self, a: clr::model::AsmIdx, field_row: u32) -> Option<literal::Value> {
        let table = match self.constants.get(&a) {
            Some(t) => t.clone(),
            None => {
                let data = self.clr.asm(a);
                let mut t = HashMap::new();
                for c in data.asm.rows::<ConstantRow>().flatten() {
                    if let HasConstant::Field(f) = c.parent {
                        if let Ok(blob) = data.asm.blob(c.value) {
                            t.insert(f, (c.ty, blob.to_vec()));
                        }
                    }
                }
                let t = Rc::new(t);
                self.constants.insert(a, t.clone());
                t
            }
        };
        let (ty, blob) = table.get(&field_row)?;
        literal::from_clr(*ty, blob)
    }

    /// The superclass chain (nearest first) and every superinterface, as
    /// models.
    fn supertypes(&mut self, model: &Model) -> Result<Supers> {
        let mut chain = Vec::new();
        let mut next = model.superclass.clone();
        while let Some(s) = next {
            let m = self.model(&s)?;
            next = m.superclass.clone();
            chain.push(m);
        }
        let mut interfaces: Vec<Rc<Model>> = Vec::new();
        let mut todo: Vec<String> = model.interfaces.clone();
        for c in &chain {
            todo.extend(c.interfaces.iter().cloned());
        }
        let mut seen = BTreeSet::new();
        while let Some(i) = todo.pop() {
            if seen.insert(i.clone()) {
                let m = self.model(&i)?;
                todo.extend(m.interfaces.iter().cloned());
                interfaces.push(m);
            }
        }
        interfaces.sort_by(|a, b| a.java.cmp(&b.java));
        Ok(Supers { chain, interfaces })
    }

    /// Whether stub type `from` depends on `target` as javac sees it
    /// (JLS §8.1.4, §9.1.3): through the type enclosing it and its direct
    /// supertypes with stubs, transitively. Counted on the .NET types, so a
    /// supertype dropped elsewhere still counts.
    fn java_depends_on(&self, from: &str, target: &str) -> bool {
        let mut seen: BTreeSet<String> = BTreeSet::new();
        let mut todo = vec![from.to_string()];
        while let Some(t) = todo.pop() {
            if t == target {
                return true;
            }
            if !seen.insert(t.clone()) {
                continue;
            }
            let Some(e) = self.types.get(&t) else { continue };
            todo.extend(e.outer.clone());
            let info = self.clr.ty(e.t);
            let mut p = info.parent;
            while let Some(pt) = p {
                if pt == self.clr.object_ty || pt == self.clr.exception_ty {
                    break;
                }
                if let Some(n) = java_class_name(self.clr, pt).filter(|n| self.types.contains_key(n)) {
                    todo.push(n);
                    break;
                }
                p = self.clr.ty(pt).parent;
            }
            todo.extend(
                self.clr
                    .direct_interfaces(e.t)
                    .into_iter()
                    .filter_map(|i| java_class_name(self.clr, i))
                    .filter(|n| self.types.contains_key(n)),
            );
        }
        false
    }

    /// Why `m` cannot be declared next to what the type inherits.
    fn inherited_clash(&mut self, m: &Member, model: &Model, supers: &Supers) -> Option<String> {
        let same = |h: &Member| h.name == m.name && h.params_desc == m.params_desc;
        for c in &supers.chain {
            if let Some(h) = c.methods.iter().find(|h| same(h)) {
                let ret_ok = self.returns_substitutable(&m.ret_desc, &h.ret_desc);
                if let Some(r) = clash(m, h, false, ret_ok) {
                    return Some(format!("{r} ({}.{})", c.clr_name, h.name));
                }
            }
        }
        if let Some(h) = object_methods(model.is_interface).find(|h| same(h)) {
            let ret_ok = self.returns_substitutable(&m.ret_desc, &h.ret_desc);
            if let Some(r) = clash(m, &h, model.is_interface, ret_ok) {
                return Some(format!("{r} (java.lang.Object.{})", h.name));
            }
        }
        // An interface does not inherit Object's protected methods, but
        // every class implementing it does: `void clone()` could never be
        // implemented.
        if model.is_interface {
            if let Some(h) = object_methods(false).find(|h| same(h) && h.access & acc::PROTECTED != 0) {
                if !self.returns_substitutable(&m.ret_desc, &h.ret_desc) {
                    return Some(format!(
                        "no Java class can implement it: its return type cannot override java.lang.Object.{}",
                        h.name
                    ));
                }
            }
        }
        for i in &supers.interfaces {
            if let Some(h) = i.methods.iter().find(|h| same(h)) {
                let ret_ok = self.returns_substitutable(&m.ret_desc, &h.ret_desc);
                if let Some(r) = clash(m, h, true, ret_ok) {
                    return Some(format!("{r} ({}.{})", i.clr_name, h.name));
                }
            }
        }
        None
    }

    /// Whether a method returning `r1` (a descriptor) may override or
    /// implement one returning `r2` in Java: the same type, or a reference
    /// type that is a subtype in the stubs (JLS §8.4.8.3).
    fn returns_substitutable(&mut self, r1: &str, r2: &str) -> bool {
        if r1 == r2 {
            return true;
        }
        let is_ref = |d: &str| d.starts_with('L') || d.starts_with('[');
        if !is_ref(r1) || !is_ref(r2) {
            return false;
        }
        if r2 == "Ljava/lang/Object;" {
            return true;
        }
        match (r1.strip_prefix('['), r2.strip_prefix('[')) {
            (Some(e1), Some(e2)) => is_ref(e1) && is_ref(e2) && self.returns_substitutable(e1, e2),
            (None, None) => {
                let class = |d: &str| d.strip_prefix('L').and_then(|d| d.strip_suffix(';')).map(str::to_string);
                match (class(r1), class(r2)) {
                    (Some(a), Some(b)) => self.is_stub_subtype(&a, &b),
                    _ => false,
                }
            }
            _ => false,
        }
    }

    /// Whether stub class `a` is `b` or extends or implements it (internal
    /// names). A type whose model is being built counts as no subtype.
    fn is_stub_subtype(&mut self, a: &str, b: &str) -> bool {
        if a == b {
            return true;
        }
        if b == "java/lang/Throwable" {
            // CLR exceptions extend a JDK exception (specs/mapping.md §10.1).
            let ext = &self.spec.data().checked_exceptions.clr_exceptions_extend;
            if a == ext.replace('.', "/") {
                return true;
            }
        }
        if self.building.contains(a) || !self.types.contains_key(a) {
            return false;
        }
        let Ok(m) = self.model(a) else {
            return false;
        };
        m.superclass
            .iter()
            .chain(&m.interfaces)
            .any(|s| self.is_stub_subtype(s, b))
    }

    /// The instance methods interface `i` declares or inherits from its
    /// superinterfaces.
    fn interface_methods(&mut self, i: &str) -> Result<Vec<Member>> {
        let mut out = Vec::new();
        let mut todo = vec![i.to_string()];
        let mut seen = BTreeSet::new();
        while let Some(i) = todo.pop() {
            if seen.insert(i.clone()) {
                let m = self.model(&i)?;
                out.extend(m.methods.iter().filter(|m| !m.is_static()).cloned());
                todo.extend(m.interfaces.iter().cloned());
            }
        }
        Ok(out)
    }

    /// Leaves out of `model.interfaces` each direct interface with a method
    /// Java would not accept next to what the type has: the same name and
    /// parameters as one of `own` members, or of a method it inherits from
    /// its superclasses or from the interfaces kept before, with a return
    /// type neither can override the other with (JLS §8.4.8.3, §9.4.1.3).
    /// .NET allows this through explicit implementations
    /// (`List<int>.Enumerator` has `int Current` and implements
    /// `IEnumerator.Current`, an `object`): the stub keeps the type's own
    /// member, which is what Java code calls, and does not declare the
    /// interface, which the object still implements at run time (a cast
    /// reaches it).
    fn drop_incompatible_interfaces(&mut self, model: &mut Model, own: &[&Member]) -> Result<()> {
        // Per Java signature: the return type the type has, and whether an
        // interface's must be a supertype of it (own and class methods) or
        // may be either a supertype or a subtype (interface methods).
        let mut have: BTreeMap<(String, String), (String, bool)> = BTreeMap::new();
        let mut next = model.superclass.clone();
        let mut inherited = Vec::new();
        let mut from_classes: BTreeMap<(String, String), String> = BTreeMap::new();
        while let Some(s) = next {
            let sm = self.model(&s)?;
            for m in sm.methods.iter().filter(|m| !m.is_static()) {
                from_classes.entry(m.key()).or_insert_with(|| m.ret_desc.clone());
            }
            inherited.extend(sm.interfaces.iter().cloned());
            next = sm.superclass.clone();
        }
        for m in own.iter().filter(|m| !m.is_static() && m.name != "<init>") {
            // An own method that cannot override the inherited one is left
            // out (`inherited_clash`): the type has the inherited one.
            if let Some(r) = from_classes.get(&m.key()) {
                if !self.returns_substitutable(&m.ret_desc, r) {
                    continue;
                }
            }
            have.entry(m.key()).or_insert_with(|| (m.ret_desc.clone(), true));
        }
        for (k, r) in from_classes {
            have.entry(k).or_insert((r, true));
        }
        for i in inherited {
            for m in self.interface_methods(&i)? {
                have.entry(m.key()).or_insert((m.ret_desc, false));
            }
        }
        let mut kept = Vec::new();
        for i in std::mem::take(&mut model.interfaces) {
            let methods = self.interface_methods(&i)?;
            let mut conflict = None;
            for m in &methods {
                let Some((r, strict)) = have.get(&m.key()).cloned() else {
                    continue;
                };
                let ok = self.returns_substitutable(&r, &m.ret_desc)
                    || (!strict && self.returns_substitutable(&m.ret_desc, &r));
                if !ok {
                    conflict = Some((m.clone(), r));
                    break;
                }
            }
            if let Some((m, r)) = conflict {
                let show = |d: &str| source_type(d).unwrap_or_else(|| d.to_string());
                let params: Vec<&str> = m.params.iter().map(|(ty, _)| ty.as_str()).collect();
                model.notes.push(format!(
                    "does not {} {} here: its {}({}) returns {}, and the one this type has returns {}, \
                     which Java does not allow (the .NET type implements it all the same: cast to reach it)",
                    if model.is_interface { "extend" } else { "implement" },
                    source_name(&i),
                    m.name,
                    params.join(", "),
                    show(&m.ret_desc),
                    show(&r)
                ));
                continue;
            }
            for m in methods {
                match have.get(&m.key()).cloned() {
                    None => {
                        have.insert(m.key(), (m.ret_desc, false));
                    }
                    Some((r, false)) if r != m.ret_desc && self.returns_substitutable(&m.ret_desc, &r) => {
                        have.insert(m.key(), (m.ret_desc, false));
                    }
                    Some(_) => {}
                }
            }
            kept.push(i);
        }
        model.interfaces = kept;
        Ok(())
    }

    /// Abstract methods a concrete stub class inherits without an
    /// implementation javac can see: .NET implemented them explicitly (as
    /// private methods), or in an ancestor without a stub. The stub
    /// declares them (of several with one Java signature, the one whose
    /// return type can override the others'), so javac accepts the class.
    fn missing_implementations(&mut self, model: &Model, supers: &Supers) -> Vec<Member> {
        let mut abstract_methods: BTreeMap<(String, String), Member> = BTreeMap::new();
        for i in &supers.interfaces {
            for m in i
                .methods
                .iter()
                .filter(|m| m.is_abstract() && !m.is_static())
            {
                let more_specific = match abstract_methods.get(&m.key()) {
                    None => true,
                    Some(cur) => {
                        cur.ret_desc != m.ret_desc
                            && self.returns_substitutable(&m.ret_desc, &cur.ret_desc)
                    }
                };
                if more_specific {
                    abstract_methods.insert(m.key(), m.clone());
                }
            }
        }
        for c in supers.chain.iter().rev() {
            for m in c.methods.iter().filter(|m| m.is_abstract()) {
                abstract_methods.insert(m.key(), m.clone());
            }
        }
        let implemented: BTreeSet<(String, String)> = std::iter::once(model)
            .chain(supers.chain.iter().map(|c| c.as_ref()))
            .flat_map(|c| {
                c.methods
                    .iter()
                    .filter(|m| !m.is_abstract() && !m.is_static())
                    .map(Member::key)
            })
            .collect();
        abstract_methods
            .into_values()
            .filter(|m| !implemented.contains(&m.key()))
            .map(|m| Member {
                access: acc::PUBLIC,
                note: Some("implemented explicitly in .NET, or by an ancestor without a stub: call it through the interface or superclass"),
                ..m
            })
            .collect()
    }
}

/// A type's supertypes with stubs.
pub(super) struct Supers {
    chain: Vec<Rc<Model>>,
    interfaces: Vec<Rc<Model>>,
}

