//! CLR members seen from Java: signature types, descriptors and the overload
//! rule (specs/mapping.md §4, §8, §9.5).
//!
//! A CLR signature type maps to one Java type, and that map is injective
//! except where Java has no counterpart: unsigned integers become the signed
//! type of the same width, and a by-ref becomes a one-element array. Those
//! are the *lossy* types, and each has a short code (`uint`, `ref`,
//! `ref_uint`, `ubyteArray`). When overloads of one group collide in Java,
//! the member whose parameters are all lossless keeps the plain name and
//! every other one gets `$` + its parameter codes (and, for overloads that
//! differ only in their return type or static-ness, a return or static
//! code). The name of a member depends only on the group it is in.

use std::collections::HashMap;

use super::spec::Spec;
use super::types::{ArrayShape, ClrTypeRef, JavaMember, JavaMemberKind, JavaTypeRef, MethodShape};
use super::{MappingError, Result};

fn unmappable(what: impl std::fmt::Debug, reason: &'static str) -> MappingError {
    MappingError::Unmappable {
        ty: format!("{what:?}"),
        reason,
    }
}

impl Spec {
    /// The Java type of a CLR signature type: identical primitives, the
    /// same-width signed type for unsigned ones, Java arrays for SZ arrays,
    /// a one-element array for a by-ref parameter, and the class named by
    /// [`Spec::java_class_name`] for everything else.
    pub fn java_type(&self, t: &ClrTypeRef) -> Result<JavaTypeRef> {
        let t = self.canonical(t);
        match &t {
            ClrTypeRef::Primitive(p) => match self.java_primitive_of(*p)? {
                Some(j) => Ok(JavaTypeRef::Primitive(j)),
                None => Ok(JavaTypeRef::Class(self.java_class_name(&t)?)),
            },
            ClrTypeRef::Array {
                element,
                shape: ArrayShape::Sz,
            } => {
                if matches!(**element, ClrTypeRef::ByRef(_)) {
                    return Err(unmappable(&t, "array of by-refs"));
                }
                Ok(JavaTypeRef::Array(Box::new(self.java_type(element)?)))
            }
            ClrTypeRef::ByRef(inner) => {
                if matches!(**inner, ClrTypeRef::ByRef(_)) {
                    return Err(unmappable(&t, "by-ref to a by-ref"));
                }
                Ok(JavaTypeRef::Array(Box::new(self.java_type(inner)?)))
            }
            ClrTypeRef::Named(_) | ClrTypeRef::Java(_) | ClrTypeRef::Array { .. } => {
                Ok(JavaTypeRef::Class(self.java_class_name(&t)?))
            }
        }
    }

    /// The Java method descriptor of a CLR method, before any overload
    /// renaming (§8.1). A return type may not be a by-ref.
    pub fn java_descriptor(&self, m: &MethodShape) -> Result<String> {
        let mut out = String::from("(");
        for p in &m.params {
            out.push_str(&self.java_type(p)?.descriptor());
        }
        out.push(')');
        match &m.ret {
            None => out.push('V'),
            Some(ClrTypeRef::ByRef(_)) => return Err(unmappable(m, "by-ref return")),
            Some(r) => out.push_str(&self.java_type(r)?.descriptor()),
        }
        Ok(out)
    }

    /// The code of a lossy parameter type (§8.2); `None` if the Java type
    /// says everything about it.
    pub fn lossy_code(&self, t: &ClrTypeRef) -> Result<Option<String>> {
        let o = &self.data().overloads;
        Ok(match &self.canonical(t) {
            ClrTypeRef::Primitive(p) => self.clr_primitive(*p)?.overload_code.clone(),
            ClrTypeRef::ByRef(inner) => Some(match self.lossy_code(inner)? {
                Some(code) => format!("{}_{code}", o.byref_code),
                None => o.byref_code.clone(),
            }),
            ClrTypeRef::Array {
                element,
                shape: ArrayShape::Sz,
            } => self
                .lossy_code(element)?
                .map(|code| format!("{code}{}", o.array_code)),
            ClrTypeRef::Named(_) | ClrTypeRef::Java(_) | ClrTypeRef::Array { .. } => None,
        })
    }

    /// The Java view of every member of one CLR method group (§8.3): the
    /// methods of one name visible in `declaring`, inherited ones included,
    /// or its constructors. The result is in input order, and no two
    /// entries share name and descriptor. Every member must be a distinct
    /// signature (parameters, return type, static-ness).
    pub fn java_overloads(
        &self,
        declaring: &ClrTypeRef,
        group: &[MethodShape],
    ) -> Result<Vec<JavaMember>> {
        let o = &self.data().overloads;
        let canon: Vec<MethodShape> = group.iter().map(|m| self.canonical_method(m)).collect();
        // The Java signature of each member: base name and parameter descriptors.
        let mut keys = Vec::with_capacity(canon.len());
        for m in &canon {
            let params = m
                .params
                .iter()
                .map(|p| self.java_type(p))
                .collect::<Result<Vec<_>>>()?;
            let params: String = params.iter().map(JavaTypeRef::descriptor).collect();
            keys.push((self.java_base_name(m)?, params));
        }
        let mut sets: HashMap<&(String, String), Vec<usize>> = HashMap::new();
        for (i, key) in keys.iter().enumerate() {
            sets.entry(key).or_default().push(i);
        }
        let mut out = Vec::with_capacity(canon.len());
        for (m, key) in canon.iter().zip(&keys) {
            let name = &key.0;
            let set = sets.get(key).map_or(&[][..], Vec::as_slice);
            let parts = if set.len() > 1 {
                self.disambiguation(m, set, &canon)?
            } else {
                Vec::new()
            };
            let descriptor = self.java_descriptor(m)?;
            out.push(match (m.is_constructor(), parts.is_empty()) {
                (true, true) => JavaMember {
                    name: "<init>".into(),
                    descriptor,
                    kind: JavaMemberKind::Constructor,
                },
                (true, false) => {
                    let ret = self.java_type(declaring)?.descriptor();
                    let params = descriptor.strip_suffix('V').unwrap_or(&descriptor);
                    JavaMember {
                        name: format!(
                            "{}{}{}",
                            o.constructor_factory,
                            o.separator,
                            parts.join(&o.separator)
                        ),
                        descriptor: format!("{params}{ret}"),
                        kind: JavaMemberKind::Factory,
                    }
                }
                (false, true) => JavaMember {
                    name: name.clone(),
                    descriptor,
                    kind: JavaMemberKind::Method,
                },
                (false, false) => JavaMember {
                    name: format!("{name}{}{}", o.separator, parts.join(&o.separator)),
                    descriptor,
                    kind: JavaMemberKind::Method,
                },
            });
        }
        Ok(out)
    }

    /// Which member of `group` a Java call of `name` + `descriptor` means:
    /// the inverse of [`Spec::java_overloads`] (what javac picked is what
    /// runs).
    pub fn resolve_java_member(
        &self,
        declaring: &ClrTypeRef,
        group: &[MethodShape],
        name: &str,
        descriptor: &str,
    ) -> Result<Option<usize>> {
        Ok(self
            .java_overloads(declaring, group)?
            .iter()
            .position(|m| m.name == name && m.descriptor == descriptor))
    }

    /// The Java name of a member before collisions are resolved: `<init>`
    /// for constructors, the Java name of the shared slot it occupies, the
    /// forced escape if it would pose as a shared slot, else the identifier
    /// escape.
    fn java_base_name(&self, m: &MethodShape) -> Result<String> {
        if m.is_constructor() {
            if m.is_static || m.ret.is_some() {
                return Err(unmappable(
                    m,
                    "a constructor is an instance method returning void",
                ));
            }
            return Ok("<init>".into());
        }
        if let Some(slot) = m.slot {
            let member = self
                .shared_slot(slot)
                .ok_or_else(|| unmappable(m, "no such shared slot"))?;
            return Ok(member.java_name.clone());
        }
        let escaped = self.ident.escape_java(&m.name);
        let descriptor = self.java_descriptor(m)?;
        let poses = self
            .shared_slots()
            .any(|s| s.java_name == escaped && s.java_descriptor == descriptor);
        Ok(if poses {
            self.ident.forced(&m.name)
        } else {
            escaped
        })
    }

    fn canonical_method(&self, m: &MethodShape) -> MethodShape {
        MethodShape {
            params: m.params.iter().map(|p| self.canonical(p)).collect(),
            ret: m.ret.as_ref().map(|r| self.canonical(r)),
            ..m.clone()
        }
    }

    /// The codes after the name of member `m`, one of the colliding members
    /// `set` (indices into `all`); empty if `m` keeps the plain name.
    fn disambiguation(
        &self,
        m: &MethodShape,
        set: &[usize],
        all: &[MethodShape],
    ) -> Result<Vec<String>> {
        let o = &self.data().overloads;
        let codes = m
            .params
            .iter()
            .map(|p| self.lossy_code(p))
            .collect::<Result<Vec<_>>>()?;
        let mut parts = Vec::new();
        if codes.iter().any(Option::is_some) {
            parts.extend(
                codes
                    .into_iter()
                    .map(|c| c.unwrap_or_else(|| o.lossless_code.clone())),
            );
        }
        let twins: Vec<&MethodShape> = set
            .iter()
            .filter_map(|&i| all.get(i))
            .filter(|n| !std::ptr::eq(*n, m) && n.params == m.params)
            .collect();
        if twins.iter().any(|n| n.ret != m.ret) {
            let mut code = o.return_marker.clone();
            match &m.ret {
                None => code.push_str("void"),
                Some(r) => self.write_arg(&mut code, r, None)?,
            }
            parts.push(code);
        }
        if m.is_static && twins.iter().any(|n| n.ret == m.ret && !n.is_static) {
            parts.push(o.static_marker.clone());
        }
        if twins
            .iter()
            .any(|n| n.ret == m.ret && n.is_static == m.is_static)
        {
            return Err(unmappable(m, "two members with one signature"));
        }
        Ok(parts)
    }
}
