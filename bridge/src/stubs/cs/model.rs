//! The C# view of one Java class: its base class and interfaces within the
//! stub set, and members with the C# modifiers that express the Java
//! ones (`virtual`/`override`/`new`/`abstract`/`sealed`).
//!
//! Java overrides are C# overrides when the base stub declares the same
//! signature with the same return type and access; otherwise the member
//! hides (`new`). `toString()`, `equals(Object)`, `hashCode()` and
//! `finalize()` share `System.Object`'s slots, so C# code reaches them as
//! `ToString`/`Equals`/`GetHashCode` and the stubs leave them out, as they
//! leave out synthetic and bridge methods. Members that C# requires and
//! Java does not declare are added: explicit implementations of interface
//! methods (Java default methods, or ones implemented outside the stub
//! set) and overrides of abstract methods implemented outside it.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use jvm::classfile::{access, Constant};
use jvm::descriptor::{parse_field, parse_method, FieldType};

use super::super::literal::{self, Value};
use super::super::{Error, Result};
use super::Gen;

/// Methods whose slot is `System.Object`'s: C# code uses the CLR names.
const OBJECT_SLOTS: &[(&str, &str)] = &[
    ("toString", "()Ljava/lang/String;"),
    ("equals", "(Ljava/lang/Object;)Z"),
    ("hashCode", "()I"),
    ("finalize", "()V"),
];

/// `System.Object`'s members a class may not redeclare as a new member:
/// C# name and Java parameter descriptor.
const OBJECT_MEMBERS: &[(&str, &str)] = &[
    ("ToString", "()"),
    ("Equals", "(Ljava/lang/Object;)"),
    ("GetHashCode", "()"),
    ("Finalize", "()"),
    ("MemberwiseClone", "()"),
    ("GetType", "()"),
];

/// Why a new protected member of a final class is left out (C# warns).
const SEALED_PROTECTED: &str = "protected in a final class, where no C# code can reach it";
const DEFAULT_METHOD: &str = "a Java default method: left out so C# classes can implement the interface; Java code calls it";

/// A stub class or interface.
#[derive(Debug)]
pub struct Model {
    pub name: String,
    pub simple: String,
    pub is_interface: bool,
    pub is_abstract: bool,
    pub is_final: bool,
    /// Base class (internal name); `None`: `object`, or an interface.
    pub base: Option<String>,
    pub interfaces: Vec<String>,
    /// Comments above the declaration (dropped supertypes).
    pub notes: Vec<String>,
    pub fields: Vec<Field>,
    pub ctors: Vec<Member>,
    pub methods: Vec<Member>,
    /// Explicit interface implementations the stub adds.
    pub explicit: Vec<Member>,
    pub left_out: Vec<String>,
}

/// A field of a stub.
#[derive(Debug, Clone)]
pub struct Field {
    /// The Java name.
    pub name: String,
    /// The C# source identifier (§5.3, or §5.4's forced escape).
    pub cs_name: String,
    /// `public`, `protected static readonly`, `public const`, ... up to the type.
    pub modifiers: String,
    pub ty: String,
    pub constant: Option<String>,
}

/// How a method is declared in C#.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dispatch {
    Static,
    NonVirtual,
    Virtual,
    Abstract,
    Override,
    SealedOverride,
    AbstractOverride,
}

impl Dispatch {
    /// Whether a subclass can override it.
    fn overridable(self) -> bool {
        matches!(
            self,
            Dispatch::Virtual
                | Dispatch::Abstract
                | Dispatch::Override
                | Dispatch::AbstractOverride
        )
    }
    pub fn is_abstract(self) -> bool {
        matches!(self, Dispatch::Abstract | Dispatch::AbstractOverride)
    }
}

/// A method or constructor of a stub.
#[derive(Debug, Clone)]
pub struct Member {
    /// Java name.
    pub name: String,
    /// The parameter part of the descriptor, `(II)`.
    pub params_desc: String,
    pub ret_desc: String,
    /// `protected` (else public).
    pub protected: bool,
    pub dispatch: Dispatch,
    /// Hides an inherited member (`new`).
    pub hides: bool,
    /// C# source of the return and parameter types.
    pub ret: String,
    pub params: Vec<String>,
    /// The interface of an explicit implementation (C# source name).
    pub interface: Option<String>,
    pub note: Option<&'static str>,
}

impl Member {
    fn key(&self) -> (String, String) {
        (self.name.clone(), self.params_desc.clone())
    }
}

impl Gen<'_> {
    /// The model of stub class `name`, built once (supertypes first).
    pub(super) fn model(&mut self, name: &str) -> Result<Rc<Model>> {
        if let Some(m) = self.models.get(name) {
            return Ok(m.clone());
        }
        if name == "java/lang/Throwable" {
            // System.Exception: a base with a parameterless constructor and
            // nothing a stub could override or clash with.
            let m = Rc::new(Model {
                name: name.to_string(),
                simple: "Exception".into(),
                is_interface: false,
                is_abstract: false,
                is_final: false,
                base: None,
                interfaces: Vec::new(),
                notes: Vec::new(),
                fields: Vec::new(),
                ctors: Vec::new(),
                methods: Vec::new(),
                explicit: Vec::new(),
                left_out: Vec::new(),
            });
            self.models.insert(name.to_string(), m.clone());
            return Ok(m);
        }
        let m = Rc::new(self.build(name)?);
        self.models.insert(name.to_string(), m.clone());
        Ok(m)
    }

    /// The C# source of a Java type in a signature, or why there is none.
    fn cs_type(&self, t: &FieldType) -> Result<String, String> {
        Ok(match t {
            FieldType::Boolean => "bool".into(),
            FieldType::Byte => "sbyte".into(),
            FieldType::Char => "char".into(),
            FieldType::Short => "short".into(),
            FieldType::Int => "int".into(),
            FieldType::Long => "long".into(),
            FieldType::Float => "float".into(),
            FieldType::Double => "double".into(),
            FieldType::Object(n) if n == "java/lang/Object" => "object".into(),
            FieldType::Object(n) if n == "java/lang/String" => "string".into(),
            FieldType::Object(n) if n == "java/lang/Throwable" => "global::System.Exception".into(),
            FieldType::Object(n) if self.types.contains_key(n) => self.cs_type_name(n),
            FieldType::Object(n) => {
                return Err(format!("{} is not in this stub set", n.replace('/', ".")))
            }
            FieldType::Array(e) => format!("{}[]", self.cs_type(e)?),
        })
    }

    fn build(&mut self, name: &str) -> Result<Model> {
        let entry = self
            .types
            .get(name)
            .cloned()
            .ok_or_else(|| Error::Runtime(format!("{name}: not in the stub set")))?;
        let cf = entry.cf.clone();
        let is_interface = entry.access & access::INTERFACE != 0;
        let mut model = Model {
            name: name.to_string(),
            simple: entry.simple.clone(),
            is_interface,
            is_abstract: !is_interface && entry.access & access::ABSTRACT != 0,
            is_final: !is_interface && entry.access & access::FINAL != 0,
            base: None,
            interfaces: Vec::new(),
            notes: Vec::new(),
            fields: Vec::new(),
            ctors: Vec::new(),
            methods: Vec::new(),
            explicit: Vec::new(),
            left_out: Vec::new(),
        };
        // The base class: the nearest ancestor with a stub.
        let mut sup = if is_interface {
            None
        } else {
            cf.super_class.clone()
        };
        let mut skipped = Vec::new();
        while let Some(s) = sup {
            if s == "java/lang/Object" {
                break;
            }
            if s == "java/lang/Throwable" {
                model.base = Some(s);
                break;
            }
            if self.types.contains_key(&s) {
                model.base = Some(s);
                break;
            }
            skipped.push(s.replace('/', "."));
            sup = self.cp.class(&s)?.and_then(|c| c.super_class.clone());
        }
        if !skipped.is_empty() {
            let base = model
                .base
                .as_deref()
                .map_or_else(|| "object".to_string(), |b| b.replace('/', "."));
            model.notes.push(format!(
                "superclasses without a stub: {}; extends {base}",
                skipped.join(", ")
            ));
        }
        for i in &cf.interfaces {
            if self.types.contains_key(i) {
                model.interfaces.push(i.clone());
            } else {
                model.notes.push(format!(
                    "does not implement {} here: not in this stub set",
                    i.replace('/', ".")
                ));
            }
        }
        let supers = self.supertypes(&model)?;
        let nested: BTreeSet<String> = self
            .types
            .values()
            .filter(|e| e.outer.as_deref() == Some(name))
            .map(|e| e.simple.clone())
            .collect();
        self.methods(&cf, &mut model, &supers, &nested);
        self.fields(&cf, &mut model, &supers, &nested);
        if !is_interface {
            self.complete(&mut model, &supers);
        }
        model.fields.sort_by(|a, b| a.name.cmp(&b.name));
        model
            .ctors
            .sort_by(|a, b| a.params_desc.cmp(&b.params_desc));
        model.methods.sort_by_key(Member::key);
        model
            .explicit
            .sort_by(|a, b| (&a.interface, a.key()).cmp(&(&b.interface, b.key())));
        model.left_out.sort();
        Ok(model)
    }

    /// The base chain (nearest first), and every interface the class
    /// declares or inherits from its declared interfaces, as models.
    fn supertypes(&mut self, model: &Model) -> Result<Supers> {
        let mut chain = Vec::new();
        let mut next = model.base.clone();
        while let Some(b) = next {
            let m = self.model(&b)?;
            next = m.base.clone();
            chain.push(m);
        }
        let interfaces = self.interface_closure(model.interfaces.clone())?;
        let mut inherited: Vec<String> = model.interfaces.clone();
        for c in &chain {
            inherited.extend(c.interfaces.iter().cloned());
        }
        let all = self.interface_closure(inherited)?;
        Ok(Supers {
            chain,
            interfaces,
            all,
        })
    }

    /// Interfaces `names` and their superinterfaces, as models, sorted.
    fn interface_closure(&mut self, mut todo: Vec<String>) -> Result<Vec<Rc<Model>>> {
        let mut out = Vec::new();
        let mut seen = BTreeSet::new();
        while let Some(i) = todo.pop() {
            if seen.insert(i.clone()) {
                let m = self.model(&i)?;
                todo.extend(m.interfaces.iter().cloned());
                out.push(m);
            }
        }
        out.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(out)
    }

    fn methods(
        &self,
        cf: &jvm::classfile::ClassFile,
        model: &mut Model,
        supers: &Supers,
        nested: &BTreeSet<String>,
    ) {
        let mut seen = BTreeSet::new();
        // Type names a slot override must not take: the class's own, its
        // nested classes' and its base classes' nested classes'.
        let mut type_names: BTreeSet<&str> = nested.iter().map(String::as_str).collect();
        type_names.insert(&model.simple);
        for c in &supers.chain {
            type_names.extend(self.types.values().filter(|e| e.outer.as_deref() == Some(c.name.as_str())).map(|e| e.simple.as_str()));
        }
        let mut methods: Vec<&jvm::classfile::MethodInfo> = cf.methods.iter().collect();
        methods.sort_by(|a, b| (&a.name, &a.descriptor).cmp(&(&b.name, &b.descriptor)));
        for m in methods {
            let flags = m.access_flags;
            if flags & (access::PUBLIC | access::PROTECTED) == 0
                || flags & (access::SYNTHETIC | access::BRIDGE) != 0
                || m.name == "<clinit>"
            {
                continue;
            }
            if OBJECT_SLOTS.contains(&(m.name.as_str(), m.descriptor.as_str())) {
                // An override of a shared root slot: declared under the C#
                // name (specs/mapping.md §3.1), so `base.ToString()` in a C#
                // subclass binds to it; the runtime binds it to Java's method.
                let cs = match m.name.as_str() {
                    "toString" => Some(("ToString", "string", vec![])),
                    "equals" => Some(("Equals", "bool", vec!["object".to_string()])),
                    "hashCode" => Some(("GetHashCode", "int", vec![])),
                    _ => None,
                };
                if let Some((name, _, _)) = cs.as_ref().filter(|(name, _, _)| type_names.contains(name)) {
                    model.left_out.push(format!(
                        "{}: Java's override of the shared Object slot, named {name} in C#, which a type here already names",
                        java_signature(&m.name, &m.descriptor)
                    ));
                    continue;
                }
                if let (Some((name, ret, params)), false) = (cs, model.is_interface) {
                    let (params_desc, ret_desc) = m.descriptor.split_at(m.descriptor.find(')').map_or(0, |i| i + 1));
                    model.methods.push(Member {
                        name: name.to_string(),
                        params_desc: params_desc.to_string(),
                        ret_desc: ret_desc.to_string(),
                        protected: false,
                        dispatch: if flags & access::ABSTRACT != 0 {
                            Dispatch::AbstractOverride
                        } else if flags & access::FINAL != 0 {
                            Dispatch::SealedOverride
                        } else {
                            Dispatch::Override
                        },
                        hides: false,
                        ret: ret.to_string(),
                        params,
                        interface: None,
                        note: Some("Java's override of the shared Object slot"),
                    });
                }
                continue;
            }
            let left_out =
                |reason: &str| format!("{}: {reason}", java_signature(&m.name, &m.descriptor));
            let is_ctor = m.name == "<init>";
            if is_ctor && model.is_interface {
                continue;
            }
            if !is_ctor {
                if !self.is_cs_identifier(&m.name) {
                    model.left_out.push(left_out("not a C# identifier"));
                    continue;
                }
                if m.name == model.simple || nested.contains(&m.name) {
                    model.left_out.push(left_out(
                        "named like its class or a nested class, which C# forbids",
                    ));
                    continue;
                }
                let params_desc = m.descriptor.split(')').next().map(|p| format!("{p})")).unwrap_or_default();
                if flags & access::STATIC == 0 && OBJECT_MEMBERS.contains(&(m.name.as_str(), params_desc.as_str())) {
                    model.left_out.push(left_out(&format!(
                        "same C# signature as System.Object.{}, which C# code reaches instead",
                        m.name
                    )));
                    continue;
                }
                if model.is_interface && flags & access::STATIC != 0 {
                    model.left_out.push(left_out(
                        "a static interface method, which C# (mcs) cannot declare",
                    ));
                    continue;
                }
            }
            let Ok(md) = parse_method(&m.descriptor) else {
                model.left_out.push(left_out("malformed descriptor"));
                continue;
            };
            let types: Result<Vec<String>, String> =
                md.params.iter().map(|p| self.cs_type(p)).collect();
            let ret = match &md.ret {
                None => Ok("void".to_string()),
                Some(r) => self.cs_type(r),
            };
            let (params, ret) = match (types, ret) {
                (Ok(p), Ok(r)) => (p, r),
                (Err(e), _) | (_, Err(e)) => {
                    model.left_out.push(left_out(&e));
                    continue;
                }
            };
            let (params_desc, ret_desc) = match m.descriptor.split_once(')') {
                Some((p, r)) => (format!("{p})"), r.to_string()),
                None => continue,
            };
            let mut member = Member {
                name: m.name.clone(),
                params_desc,
                ret_desc,
                protected: flags & access::PUBLIC == 0,
                dispatch: Dispatch::NonVirtual,
                hides: false,
                ret,
                params,
                interface: None,
                note: None,
            };
            if !seen.insert(member.key()) {
                model.left_out.push(left_out(
                    "same C# signature as another method (differs only in return type)",
                ));
                continue;
            }
            let overrides = |m: &Member| {
                matches!(
                    m.dispatch,
                    Dispatch::Override | Dispatch::SealedOverride | Dispatch::AbstractOverride
                )
            };
            if is_ctor {
                if model.is_final && member.protected {
                    model.left_out.push(left_out(SEALED_PROTECTED));
                } else {
                    model.ctors.push(member);
                }
                continue;
            }
            self.dispatch(&mut member, flags, model, supers);
            if model.is_final && member.protected && !overrides(&member) {
                model.left_out.push(left_out(SEALED_PROTECTED));
                continue;
            }
            if model.is_interface && flags & access::ABSTRACT == 0 {
                // A C# class must implement every member of an interface
                // (mcs has no default interface methods): a Java interface
                // with defaults (Comparator) would be unimplementable.
                model.left_out.push(left_out(DEFAULT_METHOD));
                continue;
            }
            model.methods.push(member);
        }
    }

    /// Chooses the C# modifiers of a method from its Java flags and what
    /// the stub supertypes declare.
    fn dispatch(&self, m: &mut Member, flags: u16, model: &Model, supers: &Supers) {
        let same = |h: &&Member| h.name == m.name && h.params_desc == m.params_desc;
        if model.is_interface {
            m.dispatch = Dispatch::Abstract;
            m.hides = supers
                .interfaces
                .iter()
                .any(|i| i.methods.iter().any(|h| same(&h)));
            return;
        }
        let field_named = supers
            .chain
            .iter()
            .any(|c| c.fields.iter().any(|f| f.name == m.name));
        let base = supers
            .chain
            .iter()
            .find_map(|c| c.methods.iter().find(same));
        if flags & access::STATIC != 0 {
            m.dispatch = Dispatch::Static;
            m.hides = base.is_some() || field_named;
            return;
        }
        let is_final = flags & access::FINAL != 0 || model.is_final;
        let is_abstract = flags & access::ABSTRACT != 0;
        let overriding = if is_abstract {
            Dispatch::AbstractOverride
        } else if is_final && !model.is_final {
            Dispatch::SealedOverride
        } else {
            Dispatch::Override
        };
        match base {
            Some(b)
                if b.dispatch.overridable()
                    && b.ret_desc == m.ret_desc
                    && b.protected == m.protected =>
            {
                m.dispatch = overriding;
            }
            // C# (mcs) has no covariant returns, and cannot hide an
            // abstract method: override it with the base's return type,
            // which binds to the bridge method javac emitted.
            Some(b) if b.dispatch.is_abstract() && b.protected == m.protected => {
                m.ret = b.ret.clone();
                m.ret_desc = b.ret_desc.clone();
                m.note = Some("returns a subtype in Java (a covariant override): the stub returns the base type");
                m.dispatch = overriding;
            }
            base => {
                m.hides = base.is_some() || field_named;
                m.dispatch = if is_abstract {
                    Dispatch::Abstract
                } else if is_final {
                    Dispatch::NonVirtual
                } else {
                    Dispatch::Virtual
                };
            }
        }
    }

    fn fields(
        &self,
        cf: &jvm::classfile::ClassFile,
        model: &mut Model,
        supers: &Supers,
        nested: &BTreeSet<String>,
    ) {
        let mut fields: Vec<&jvm::classfile::FieldInfo> = cf.fields.iter().collect();
        fields.sort_by(|a, b| a.name.cmp(&b.name));
        for f in fields {
            let flags = f.access_flags;
            if flags & (access::PUBLIC | access::PROTECTED) == 0 || flags & access::SYNTHETIC != 0 {
                continue;
            }
            let left_out = |reason: &str| format!("field {}: {reason}", f.name);
            if model.is_interface {
                model.left_out.push(left_out(
                    "a constant of an interface, and C# (mcs) interfaces cannot have fields",
                ));
                continue;
            }
            if model.is_final && flags & access::PUBLIC == 0 {
                model.left_out.push(left_out(SEALED_PROTECTED));
                continue;
            }
            if !self.is_cs_identifier(&f.name) {
                model.left_out.push(left_out("not a C# identifier"));
                continue;
            }
            // C# forbids a field named like its class, a nested class or a
            // method: the field takes the forced escape (specs/mapping.md §5.4).
            let cs_name = if f.name == model.simple
                || nested.contains(&f.name)
                || model.methods.iter().any(|m| m.name == f.name)
            {
                self.spec.forced_cs_name(&f.name)
            } else {
                self.cs_ident(&f.name)
            };
            let ty = match parse_field(&f.descriptor)
                .map_err(|e| e.to_string())
                .and_then(|t| self.cs_type(&t))
            {
                Ok(ty) => ty,
                Err(e) => {
                    model.left_out.push(left_out(&e));
                    continue;
                }
            };
            let is_static = flags & access::STATIC != 0;
            let is_final = flags & access::FINAL != 0;
            let constant = match (&f.constant_value, is_static && is_final) {
                (Some(c), true) => constant_value(c).and_then(|v| literal::cs(&ty, &v)),
                _ => None,
            };
            let mut modifiers = String::from(if flags & access::PUBLIC != 0 {
                "public"
            } else {
                "protected"
            });
            let hides = supers.chain.iter().any(|c| {
                c.fields.iter().any(|x| x.name == f.name)
                    || c.methods.iter().any(|x| x.name == f.name)
            });
            if hides {
                modifiers.push_str(" new");
            }
            if constant.is_some() {
                modifiers.push_str(" const");
            } else {
                if is_static {
                    modifiers.push_str(" static");
                }
                if is_final {
                    modifiers.push_str(" readonly");
                }
            }
            model.fields.push(Field {
                name: f.name.clone(),
                cs_name,
                modifiers,
                ty,
                constant,
            });
        }
    }

    /// Adds what C# requires of a class that Java did not declare.
    fn complete(&self, model: &mut Model, supers: &Supers) {
        // Abstract methods of the base chain not overridden by the time
        // this class is reached (implemented by an ancestor without a stub).
        if !model.is_abstract {
            let mut open: BTreeMap<(String, String), Member> = BTreeMap::new();
            for c in supers.chain.iter().rev() {
                for m in &c.methods {
                    if m.dispatch.is_abstract() {
                        open.insert(m.key(), m.clone());
                    } else if m.dispatch != Dispatch::Static {
                        open.remove(&m.key());
                    }
                }
            }
            for m in &model.methods {
                open.remove(&m.key());
            }
            for (_, m) in open {
                model.methods.push(Member {
                    dispatch: Dispatch::Override,
                    hides: false,
                    note: Some("implemented by a Java ancestor without a stub"),
                    ..m
                });
            }
        }
        // A final method implementing an interface the class inherits is
        // non-virtual in C#, and the runtime dispatches interface calls on
        // Java objects through virtual stub methods: listing the interface
        // again makes the C# compiler emit it as `virtual final`.
        let mut declared = closure(&model.interfaces, &supers.all);
        for i in &supers.all {
            if declared.contains(&i.name) {
                continue;
            }
            let implements = model.methods.iter().any(|m| {
                !m.protected
                    && m.dispatch == Dispatch::NonVirtual
                    && i.methods.iter().any(|im| {
                        im.name == m.name
                            && im.params_desc == m.params_desc
                            && im.ret_desc == m.ret_desc
                    })
            });
            if implements {
                model.interfaces.push(i.name.clone());
                model.notes.push(format!(
                    "implements {} again, so that its final methods implement it",
                    i.name.replace('/', ".")
                ));
                declared = closure(&model.interfaces, &supers.all);
            }
        }
        // Interface methods without a public implementation of the same
        // signature (C# maps interfaces by name, parameters and return type).
        let mut implemented: BTreeSet<(String, String, String)> = BTreeSet::new();
        let mut explicit: BTreeSet<(String, String, String)> = BTreeSet::new();
        for c in std::iter::once(&*model).chain(supers.chain.iter().map(|c| c.as_ref())) {
            for m in c
                .methods
                .iter()
                .filter(|m| !m.protected && m.dispatch != Dispatch::Static)
            {
                implemented.insert((m.name.clone(), m.params_desc.clone(), m.ret_desc.clone()));
            }
            for m in &c.explicit {
                explicit.insert((
                    m.interface.clone().unwrap_or_default(),
                    m.name.clone(),
                    m.params_desc.clone(),
                ));
            }
        }
        let mut added = Vec::new();
        for i in supers.all.iter().filter(|i| declared.contains(&i.name)) {
            let iname = self.cs_type_name(&i.name);
            for m in &i.methods {
                let sig = (m.name.clone(), m.params_desc.clone(), m.ret_desc.clone());
                let exp = (iname.clone(), m.name.clone(), m.params_desc.clone());
                if implemented.contains(&sig) || explicit.contains(&exp) {
                    continue;
                }
                explicit.insert(exp);
                added.push(Member {
                    interface: Some(iname.clone()),
                    dispatch: Dispatch::NonVirtual,
                    hides: false,
                    note: Some(if m.note.is_some() {
                        "a Java default method: C# calls it through the interface"
                    } else if model.is_abstract {
                        "abstract in Java, declared by the interface only: C# calls it through the interface"
                    } else {
                        "implemented by a Java ancestor without a stub: C# calls it through the interface"
                    }),
                    ..m.clone()
                });
            }
        }
        model.explicit = added;
    }
}

/// A class's supertypes with stubs.
pub(super) struct Supers {
    chain: Vec<Rc<Model>>,
    /// The interfaces the class declares, with their superinterfaces.
    interfaces: Vec<Rc<Model>>,
    /// Those and the ones its base classes declare, with theirs.
    all: Vec<Rc<Model>>,
}

/// The names of `declared` and of their superinterfaces (all in `models`).
fn closure(declared: &[String], models: &[Rc<Model>]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut todo: Vec<String> = declared.to_vec();
    while let Some(i) = todo.pop() {
        if out.insert(i.clone()) {
            if let Some(m) = models.iter().find(|m| m.name == i) {
                todo.extend(m.interfaces.iter().cloned());
            }
        }
    }
    out
}

/// A Java method for `// left out:` lines: `scaled(int)`, `<init>(java.lang.String)`.
fn java_signature(name: &str, descriptor: &str) -> String {
    fn source(t: &FieldType) -> String {
        match t {
            FieldType::Boolean => "boolean".into(),
            FieldType::Byte => "byte".into(),
            FieldType::Char => "char".into(),
            FieldType::Short => "short".into(),
            FieldType::Int => "int".into(),
            FieldType::Long => "long".into(),
            FieldType::Float => "float".into(),
            FieldType::Double => "double".into(),
            FieldType::Object(n) => n.replace('/', "."),
            FieldType::Array(e) => format!("{}[]", source(e)),
        }
    }
    match parse_method(descriptor) {
        Ok(md) => format!(
            "{name}({})",
            md.params.iter().map(source).collect::<Vec<_>>().join(", ")
        ),
        Err(_) => format!("{name}{descriptor}"),
    }
}

/// A `ConstantValue` as a value.
fn constant_value(c: &Constant) -> Option<Value> {
    Some(match c {
        Constant::Integer(i) => Value::Int(i64::from(*i)),
        Constant::Long(l) => Value::Int(*l),
        Constant::Float(f) => Value::Float(*f),
        Constant::Double(d) => Value::Double(*d),
        Constant::String(s) => Value::String(s.encode_utf16().collect()),
        _ => return None,
    })
}
