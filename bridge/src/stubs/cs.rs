//! `twain stubs cs -cp <classpath> <class|package>... -o <file.cs>`: one C#
//! file of stub types for Java classes, for `mcs -target:library`.
//!
//! A Java class `p.q.Outer$Inner` becomes the C# type `p.q.Outer.Inner`
//! (namespace = package, nesting for `$`), whose CLR name `java_names`
//! maps back to `p/q/Outer$Inner`; a stub member binds to the Java member
//! of the same name whose descriptor is the stub signature's (Java `byte`
//! is `sbyte`, `String` is `string`, `Object` is `object`, other classes
//! are their stubs). Generics are erased: members are typed as the class
//! file's descriptors say. The file defines and applies the assembly
//! attribute that marks a stub assembly (`clr::foreign`).

mod emit;
mod model;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;
use std::rc::Rc;

use jvm::classfile::{access, ClassFile};

use super::classpath::ClassPath;
use super::{display_name, spec, Error, Result};
use crate::mapping::Spec;

/// `java.lang.Throwable`, which is `System.Exception` (specs/mapping.md §3.3).
const THROWABLE: &str = "java/lang/Throwable";

/// Generates the C# stubs of the named classes and packages (binary names
/// with dots: `com.example.Shape`, `java.util`) found on `classpath`
/// (after twain's class library).
pub fn generate(classpath: &[PathBuf], names: &[String]) -> Result<String> {
    let cp = ClassPath::new(classpath)?;
    let mut g = Gen {
        cp: &cp,
        spec: spec()?,
        types: BTreeMap::new(),
        left_out: BTreeSet::new(),
        memo: HashMap::new(),
        models: HashMap::new(),
    };
    for n in names {
        let internal = n.replace('.', "/");
        if cp.class(&internal)?.is_some() {
            if let Status::Hidden = g.admit(&internal)? {
                g.left_out.insert(format!("{n}: not a public class"));
            }
            g.admit_members(&internal)?;
            continue;
        }
        let classes = cp.package(&internal)?;
        if classes.is_empty() {
            return Err(Error::NotFound(n.clone()));
        }
        for c in classes {
            g.admit(&c)?;
        }
    }
    let entries: Vec<String> = classpath
        .iter()
        .map(|p| display_name(&p.display().to_string()))
        .collect();
    let what = if entries.is_empty() {
        names.join(" ")
    } else {
        format!("{} on {}", names.join(" "), entries.join(":"))
    };
    emit::file(&mut g, &what)
}

/// A Java class that gets a stub.
#[derive(Debug, Clone)]
struct Entry {
    cf: Rc<ClassFile>,
    /// Simple name (`Inner` of `Outer$Inner`).
    simple: String,
    /// Internal name of the enclosing class.
    outer: Option<String>,
    /// Access flags (from `InnerClasses` for nested classes).
    access: u16,
}

/// Whether a class gets a stub.
#[derive(Debug, Clone)]
enum Status {
    Stub,
    /// Not public: not part of the library's API.
    Hidden,
    /// Public, but left out (the reason is recorded).
    LeftOut,
}

/// The generator's state: the stub set, then the models built from it.
struct Gen<'a> {
    cp: &'a ClassPath,
    spec: &'static Spec,
    /// Internal name -> class, for every class that gets a stub.
    types: BTreeMap<String, Entry>,
    /// `binary name: reason` of public classes that get none.
    left_out: BTreeSet<String>,
    memo: HashMap<String, Status>,
    models: HashMap<String, Rc<model::Model>>,
}

impl Gen<'_> {
    /// Whether `s` is a C# identifier under which the runtime finds the
    /// Java name `s` (C# keywords are written with `@`, which the metadata
    /// name does not keep).
    fn is_cs_identifier(&self, s: &str) -> bool {
        self.spec.cs_metadata_identifier(s) == s
    }

    /// C# source spelling of identifier `s` (`@` before keywords).
    fn cs_ident(&self, s: &str) -> String {
        self.spec.escape_cs_identifier(s)
    }

    fn leave_out(&mut self, name: &str, reason: &str) -> Status {
        self.left_out
            .insert(format!("{}: {reason}", name.replace('/', ".")));
        Status::LeftOut
    }

    /// Decides whether class `name` (internal form) gets a stub.
    fn admit(&mut self, name: &str) -> Result<Status> {
        if let Some(s) = self.memo.get(name) {
            return Ok(s.clone());
        }
        self.memo.insert(name.to_string(), Status::Hidden);
        let status = self.decide(name)?;
        self.memo.insert(name.to_string(), status.clone());
        Ok(status)
    }

    fn decide(&mut self, name: &str) -> Result<Status> {
        let cf = match self.cp.class(name) {
            Ok(Some(cf)) => cf,
            Ok(None) => return Ok(self.leave_out(name, "not on the class path")),
            // One bad class file does not spoil a package.
            Err(e) => return Ok(self.leave_out(name, &e.to_string())),
        };
        let nesting = cf.inner_classes.iter().find(|ic| ic.inner == name).cloned();
        let (outer, simple, flags) = match &nesting {
            Some(ic) => match (&ic.outer, &ic.name) {
                (Some(o), Some(n)) => (Some(o.clone()), n.clone(), ic.access_flags),
                // Local and anonymous classes.
                _ => return Ok(Status::Hidden),
            },
            None => (
                None,
                name.rsplit('/').next().unwrap_or(name).to_string(),
                cf.access_flags,
            ),
        };
        if flags & access::PUBLIC == 0
            || flags & access::SYNTHETIC != 0
            || cf.access_flags & access::SYNTHETIC != 0
        {
            return Ok(Status::Hidden);
        }
        if name == "java/lang/Object" || name == "java/lang/String" {
            return Ok(self.leave_out(name, "is object/string in C#"));
        }
        if name == THROWABLE {
            return Ok(self.leave_out(name, "is System.Exception in C#"));
        }
        if flags & access::ANNOTATION != 0 {
            return Ok(self.leave_out(name, "annotation type (no C# mapping)"));
        }
        let package: Vec<&str> = match name.rsplit_once('/') {
            Some((p, _)) => p.split('/').collect(),
            None => Vec::new(),
        };
        if let Some(bad) = package
            .iter()
            .copied()
            .chain([simple.as_str()])
            .find(|s| !self.is_cs_identifier(s))
        {
            return Ok(self.leave_out(name, &format!("`{bad}` is not a C# identifier")));
        }
        if let Some(o) = &outer {
            match self.admit(o)? {
                Status::Stub => {}
                Status::Hidden => return Ok(Status::Hidden),
                Status::LeftOut => {
                    return Ok(self.leave_out(name, "its enclosing class is left out"))
                }
            }
            if self
                .types
                .get(o)
                .is_some_and(|e| e.access & access::INTERFACE != 0)
            {
                return Ok(self.leave_out(
                    name,
                    "nested in an interface, and C# interfaces (mcs) cannot contain types",
                ));
            }
            let mut enclosing = Some(o.clone());
            while let Some(e) = enclosing {
                let entry = self.types.get(&e).cloned();
                if entry.as_ref().is_some_and(|x| x.simple == simple) {
                    return Ok(
                        self.leave_out(name, "named like an enclosing class, which C# forbids")
                    );
                }
                enclosing = entry.and_then(|x| x.outer);
            }
        }
        let access_flags = (flags & !access::STATIC) | (cf.access_flags & access::INTERFACE);
        self.types.insert(
            name.to_string(),
            Entry {
                cf,
                simple,
                outer,
                access: access_flags,
            },
        );
        Ok(Status::Stub)
    }

    /// Admits the public member classes of class `name`, recursively.
    fn admit_members(&mut self, name: &str) -> Result<()> {
        let Some(cf) = self.cp.class(name)? else {
            return Ok(());
        };
        let inner: Vec<String> = cf
            .inner_classes
            .iter()
            .filter(|ic| ic.outer.as_deref() == Some(name) && ic.name.is_some())
            .map(|ic| ic.inner.clone())
            .collect();
        for i in inner {
            if let Status::Stub = self.admit(&i)? {
                self.admit_members(&i)?;
            }
        }
        Ok(())
    }

    /// The C# source name of stub class `name`: `global::p.q.Outer.Inner`.
    fn cs_type_name(&self, name: &str) -> String {
        if name == THROWABLE {
            return "global::System.Exception".into();
        }
        let mut chain = Vec::new();
        let mut cur = Some(name.to_string());
        let mut top = name.to_string();
        while let Some(c) = cur {
            let e = self.types.get(&c);
            chain.push(self.cs_ident(e.map_or(c.as_str(), |e| e.simple.as_str())));
            top = c.clone();
            cur = e.and_then(|e| e.outer.clone());
        }
        chain.reverse();
        let package: Vec<String> = match top.rsplit_once('/') {
            Some((p, _)) => p.split('/').map(|s| self.cs_ident(s)).collect(),
            None => Vec::new(),
        };
        let mut parts = package;
        parts.extend(chain);
        format!("global::{}", parts.join("."))
    }
}
