//! Java classes and members seen from C# (specs/mapping.md §2.2, §5.3, §7.2).
//!
//! A Java class keeps its package as its namespace and its nesting as C#
//! nesting; identifiers pass through [`Spec::cs_metadata_identifier`]. The
//! core identities are the CLR types (`java.lang.Object` is
//! `System.Object`). The reflection full name (`java.util.Map+Entry`) is the
//! round-trip form, because C# source spelling (`java.util.Map.Entry`) does
//! not say where the namespace ends.

use super::spec::Spec;
use super::types::{ArrayShape, ClrTypeRef, CsTypeName, JavaClassRef};
use super::{names::conventional_arity, split_namespace, MappingError, Result};

impl Spec {
    /// The C# name of a Java class.
    /// The C# metadata name of a Java member that must move out of the way
    /// although it is plain (§5.4's forced escape): a field named like a
    /// method of its class is `__size` in C#.
    pub fn forced_cs_name(&self, java_name: &str) -> String {
        self.ident.forced(java_name)
    }

    pub fn cs_name_of_java_class(&self, j: &JavaClassRef) -> Result<CsTypeName> {
        if !j.is_valid() || self.is_reserved_package(&j.package) {
            return Err(MappingError::Unmappable {
                ty: j.binary_name(),
                reason: "not a Java class name the mapping allows",
            });
        }
        if self.core_java_of_cs(j).is_some() {
            return Err(MappingError::Unmappable {
                ty: j.binary_name(),
                reason: "C# already uses this name for a core type",
            });
        }
        if let Some(core) = self.core_clr_of_java(j) {
            return Ok(CsTypeName {
                namespace: core.namespace,
                nesting: core.path.into_iter().map(|s| s.name).collect(),
            });
        }
        Ok(CsTypeName {
            namespace: j.package.iter().map(|p| self.ident.escape_cs(p)).collect(),
            nesting: j.chain.iter().map(|c| self.ident.escape_cs(c)).collect(),
        })
    }

    /// C# source spelling of a type name: dots, and `@` before keywords
    /// (`org.example.@internal.Lock`).
    pub fn cs_source_name(&self, n: &CsTypeName) -> String {
        n.namespace
            .iter()
            .chain(&n.nesting)
            .map(|s| self.ident.cs_source(s))
            .collect::<Vec<_>>()
            .join(".")
    }

    /// The Java class a C# reflection full name (`java.util.Map+Entry`,
    /// `@` allowed) stands for: the exact inverse of
    /// [`Spec::cs_name_of_java_class`]. Any full name *could* name a Java
    /// class (packages are namespaces); which one is meant is decided by the
    /// assembly that defines it (§2.2).
    pub fn java_class_of_cs_name(&self, full: &str) -> Option<JavaClassRef> {
        let mut nesting = full.split('+');
        let outer = nesting.next()?;
        let (namespace, first) = match outer.rsplit_once('.') {
            Some((ns, name)) => (split_namespace(ns), name),
            None => (Vec::new(), outer),
        };
        let unescape = |s: &str| self.ident.unescape_cs(s);
        let package = namespace
            .iter()
            .map(|s| unescape(s))
            .collect::<Option<Vec<_>>>()?;
        let chain = std::iter::once(first)
            .chain(nesting)
            .map(unescape)
            .collect::<Option<Vec<_>>>()?;
        let read = JavaClassRef::new(package, chain);
        let j = self.core_java_of_cs(&read).unwrap_or(read);
        // Misplaced '@'s already failed to unescape above.
        let again = self.cs_name_of_java_class(&j).ok()?;
        (again.full_name() == full.replace('@', "")).then_some(j)
    }

    /// If `n` read as a Java class is the C# name of a core type
    /// (`System.Object`), the Java class it is.
    fn core_java_of_cs(&self, n: &JavaClassRef) -> Option<JavaClassRef> {
        let full = n.binary_name();
        let row = self.data().core_types.iter().find(|c| c.clr == full)?;
        JavaClassRef::parse_binary_name(&row.java)
    }

    /// The C# source spelling of a CLR type in a signature (for stubs):
    /// keywords for primitives and core types, `<...>` for type arguments,
    /// C#'s outermost-first rank specifiers (`int[][,]` is an SZ array of
    /// `int[,]`), `ref` for a by-ref.
    pub fn cs_type_source(&self, t: &ClrTypeRef) -> Result<String> {
        let t = self.canonical(t);
        match &t {
            ClrTypeRef::Primitive(p) => Ok(self.clr_primitive(*p)?.cs.clone()),
            ClrTypeRef::Named(n) => {
                if n.is_simple(&["System"], "Object") {
                    return Ok("object".into());
                }
                if n.is_simple(&["System"], "String") {
                    return Ok("string".into());
                }
                let mut parts: Vec<String> = n
                    .namespace
                    .iter()
                    .map(|s| self.ident.cs_source(s))
                    .collect();
                for seg in &n.path {
                    let mut part = match conventional_arity(&seg.name) {
                        Some((base, k)) if k == seg.args.len() => self.ident.cs_source(base),
                        _ if seg.args.is_empty() => self.ident.cs_source(&seg.name),
                        _ => {
                            return Err(MappingError::Unmappable {
                                ty: format!("{t:?}"),
                                reason: "C# cannot name a generic type without an arity suffix",
                            })
                        }
                    };
                    if !seg.args.is_empty() {
                        let args = seg
                            .args
                            .iter()
                            .map(|a| self.cs_type_source(a))
                            .collect::<Result<Vec<_>>>()?;
                        part = format!("{part}<{}>", args.join(", "));
                    }
                    parts.push(part);
                }
                let name = parts.join(".");
                // Types in the global namespace are written as they are; a
                // namespace-qualified name starts from global:: so a stub's
                // own namespace cannot capture it.
                Ok(if n.namespace.is_empty() {
                    name
                } else {
                    format!("global::{name}")
                })
            }
            ClrTypeRef::Java(j) => {
                let n = self.cs_name_of_java_class(j)?;
                let name = self.cs_source_name(&n);
                Ok(if n.namespace.is_empty() {
                    name
                } else {
                    format!("global::{name}")
                })
            }
            ClrTypeRef::Array { .. } => {
                let mut specifiers = String::new();
                let mut element = &t;
                while let ClrTypeRef::Array {
                    element: inner,
                    shape,
                } = element
                {
                    specifiers.push_str(&match shape {
                        ArrayShape::Sz => "[]".to_owned(),
                        ArrayShape::Md { rank: 1 } => {
                            return Err(MappingError::Unmappable {
                                ty: format!("{t:?}"),
                                reason: "C# cannot write a rank-1 multi-dimensional array",
                            })
                        }
                        ArrayShape::Md { rank } => {
                            let commas = usize::try_from(rank.saturating_sub(1)).unwrap_or(0);
                            format!("[{}]", ",".repeat(commas))
                        }
                    });
                    element = inner;
                }
                Ok(format!("{}{specifiers}", self.cs_type_source(element)?))
            }
            ClrTypeRef::ByRef(inner) => Ok(format!("ref {}", self.cs_type_source(inner)?)),
        }
    }

    /// The C# metadata name of a Java method (§7.2): the CLR name of a
    /// shared slot it occupies (`toString` -> `ToString`); the forced escape
    /// for a method that would pose as a shared slot without being one, or
    /// that is named like its class (C# forbids both); else the identifier
    /// escape. `descriptor` is the Java method descriptor.
    pub fn cs_method_name(
        &self,
        java_name: &str,
        descriptor: &str,
        slot: Option<u32>,
        class_name: &str,
    ) -> String {
        if let Some(member) = slot.and_then(|s| self.shared_slot(s)) {
            return member.clr_name.clone();
        }
        let poses_as_slot = self
            .shared_slots()
            .any(|m| m.clr_name == java_name && m.java_descriptor == descriptor);
        let escaped = self.ident.escape_cs(java_name);
        if poses_as_slot || escaped == class_name {
            self.ident.forced(java_name)
        } else {
            escaped
        }
    }
}
