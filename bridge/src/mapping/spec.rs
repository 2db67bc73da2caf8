//! The loaded, checked spec: tables from specs/mapping.toml plus the lookups
//! the rules use.
//!
//! Loading checks every property the rules rely on (an alias is unique both
//! ways, the Object slots are four distinct entries, tokens cannot be
//! confused with names, ...), so a bad edit to the data fails `cargo test`
//! with a message naming the table instead of producing wrong names.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::data::{
    ClrPrimitiveRow, CoreType, ExceptionAlias, JavaPrimitiveRow, SharedMember, SpecData,
};
use super::ident::IdentRules;
use super::names::Tokens;
use super::types::{ClrNamedType, ClrPrimitive, ClrTypeRef, JavaClassRef, JavaPrimitive};
use super::{MappingError, Result};

/// The spec text compiled into the binary.
pub const SPEC_TOML: &str = include_str!("../../../specs/mapping.toml");

/// The mapping spec, loaded and checked.
#[derive(Debug, Clone)]
pub struct Spec {
    data: SpecData,
    pub(super) ident: IdentRules,
    pub(super) tokens: Tokens,
    clr_prims: HashMap<ClrPrimitive, ClrPrimitiveRow>,
    java_prims: HashMap<JavaPrimitive, JavaPrimitiveRow>,
    /// Type-argument spellings that are not names: primitives and the core
    /// shorthands (§6).
    pub(super) arg_words: HashMap<String, ClrTypeRef>,
}

fn bad(msg: impl Into<String>) -> MappingError {
    MappingError::Spec(msg.into())
}

impl Spec {
    /// The spec compiled into this binary, loaded once.
    pub fn builtin() -> Result<&'static Spec> {
        static SPEC: OnceLock<Result<Spec>> = OnceLock::new();
        SPEC.get_or_init(|| Spec::from_toml(SPEC_TOML))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Load and check a spec from TOML text.
    pub fn from_toml(text: &str) -> Result<Spec> {
        let data: SpecData = toml::from_str(text).map_err(|e| bad(e.to_string()))?;
        Self::from_data(data)
    }

    /// Check deserialised data and build the lookups.
    pub fn from_data(data: SpecData) -> Result<Spec> {
        if data.version != 1 {
            return Err(bad(format!("unknown version {}", data.version)));
        }
        let ident = IdentRules::new(&data.identifiers)?;
        let tokens = Tokens::new(&data.type_tokens)?;
        let clr_prims = clr_primitive_table(&data)?;
        let java_prims = java_primitive_table(&data)?;
        let mut spec = Spec {
            data,
            ident,
            tokens,
            clr_prims,
            java_prims,
            arg_words: HashMap::new(),
        };
        spec.arg_words = spec.arg_word_table()?;
        spec.check_core()?;
        spec.check_slots()?;
        spec.check_aliases()?;
        spec.check_overload_codes()?;
        spec.check_primitive_pairs()?;
        Ok(spec)
    }

    /// The raw tables.
    pub fn data(&self) -> &SpecData {
        &self.data
    }

    /// The package prefix of CLR types seen from Java (`cli`).
    pub fn clr_package_prefix(&self) -> &str {
        &self.data.namespaces.clr_package_prefix
    }

    /// The row of a CLR primitive.
    pub fn clr_primitive(&self, p: ClrPrimitive) -> Result<&ClrPrimitiveRow> {
        self.clr_prims
            .get(&p)
            .ok_or_else(|| bad(format!("no row for {}", p.full_name())))
    }

    /// The row of a Java primitive.
    pub fn java_primitive(&self, p: JavaPrimitive) -> Result<&JavaPrimitiveRow> {
        self.java_prims
            .get(&p)
            .ok_or_else(|| bad(format!("no row for {}", p.name())))
    }

    /// The Java primitive a CLR primitive is seen as; `None` for the
    /// native-sized integers, which Java sees as value types (§4.3).
    pub fn java_primitive_of(&self, p: ClrPrimitive) -> Result<Option<JavaPrimitive>> {
        match &self.clr_primitive(p)?.java {
            None => Ok(None),
            Some(name) => JavaPrimitive::from_name(name)
                .map(Some)
                .ok_or_else(|| bad(format!("{}: unknown Java type {name}", p.full_name()))),
        }
    }

    /// The CLR primitive that is identical to a Java primitive.
    pub fn clr_identity_of(&self, p: JavaPrimitive) -> Option<ClrPrimitive> {
        ClrPrimitive::ALL.into_iter().find(|c| {
            self.clr_prims
                .get(c)
                .is_some_and(|row| row.identity && row.java.as_deref() == Some(p.name()))
        })
    }

    /// If `t` is one of the core identity types (§3), its Java binary name.
    pub fn core_java_name(&self, t: &ClrNamedType) -> Option<&str> {
        self.core_row(t).map(|c| c.java.as_str())
    }

    /// The core-types row of `t`, if it is one.
    pub fn core_row(&self, t: &ClrNamedType) -> Option<&CoreType> {
        self.data.core_types.iter().find(|c| named_is(t, &c.clr))
    }

    /// If `j` is one of the core identity types, the CLR type it is.
    pub fn core_clr_of_java(&self, j: &JavaClassRef) -> Option<ClrNamedType> {
        let name = j.binary_name();
        self.data
            .core_types
            .iter()
            .find(|c| c.java == name)
            .map(|c| named_from_full(&c.clr))
    }

    /// The canonical spelling of a type: primitives written as named types
    /// become primitives, core Java classes become their CLR type.
    pub fn canonical(&self, t: &ClrTypeRef) -> ClrTypeRef {
        match t.canonical_primitives() {
            ClrTypeRef::Java(j) => match self.core_clr_of_java(&j) {
                Some(n) => ClrTypeRef::Named(n),
                None => ClrTypeRef::Java(j),
            },
            ClrTypeRef::Named(n) => ClrTypeRef::Named(ClrNamedType {
                namespace: n.namespace,
                path: n
                    .path
                    .into_iter()
                    .map(|mut s| {
                        s.args = s.args.iter().map(|a| self.canonical(a)).collect();
                        s
                    })
                    .collect(),
            }),
            ClrTypeRef::Array { element, shape } => ClrTypeRef::Array {
                element: Box::new(self.canonical(&element)),
                shape,
            },
            ClrTypeRef::ByRef(inner) => ClrTypeRef::ByRef(Box::new(self.canonical(&inner))),
            p @ ClrTypeRef::Primitive(_) => p,
        }
    }

    /// The shared virtual slots of `Object`, in slot order (§3.1).
    pub fn object_slots(&self) -> &[SharedMember] {
        &self.data.object_slots
    }

    /// The shared member occupying vtable slot `slot` (Object or Throwable).
    pub fn shared_slot(&self, slot: u32) -> Option<&SharedMember> {
        self.shared_slots().find(|m| m.slot == Some(slot))
    }

    /// Every shared member that is a vtable slot.
    pub fn shared_slots(&self) -> impl Iterator<Item = &SharedMember> {
        self.data.object_slots.iter().chain(
            self.data
                .throwable_members
                .iter()
                .filter(|m| m.kind.as_deref() == Some("slot")),
        )
    }

    /// The CLR exception a Java catch of `java` also matches (§10.2).
    pub fn clr_alias_of_java(&self, java: &str) -> Option<&str> {
        self.aliases()
            .find(|a| a.java == java)
            .map(|a| a.clr.as_str())
    }

    /// The Java exception a CLR catch of `clr` also matches (§10.2).
    pub fn java_alias_of_clr(&self, clr: &str) -> Option<&str> {
        self.aliases()
            .find(|a| a.clr == clr)
            .map(|a| a.java.as_str())
    }

    /// The alias pair a substrate fault raises, by fault name (`NullDeref`).
    pub fn alias_of_fault(&self, fault: &str) -> Option<&ExceptionAlias> {
        self.aliases().find(|a| a.fault == fault)
    }

    /// Every alias pair.
    pub fn aliases(&self) -> impl Iterator<Item = &ExceptionAlias> {
        self.data.exception_aliases.iter()
    }

    /// True if Java type tests against `java` accept every CLR exception
    /// (§10.1).
    pub fn matches_every_clr_exception(&self, java: &str) -> bool {
        self.data
            .checked_exceptions
            .java_supertypes_matched
            .iter()
            .any(|s| s == java)
    }

    fn arg_word_table(&self) -> Result<HashMap<String, ClrTypeRef>> {
        let mut words = HashMap::new();
        for (p, row) in &self.clr_prims {
            insert_unique(
                &mut words,
                &row.arg_name,
                ClrTypeRef::Primitive(*p),
                "arg_name",
            )?;
        }
        for c in &self.data.core_types {
            let t = ClrTypeRef::Named(named_from_full(&c.clr));
            insert_unique(&mut words, &c.arg_shorthand, t, "arg_shorthand")?;
        }
        for w in words.keys() {
            if !super::ident::is_plain(w) {
                return Err(bad(format!(
                    "type-argument word {w} must be a plain identifier"
                )));
            }
        }
        Ok(words)
    }

    fn check_core(&self) -> Result<()> {
        unique(
            self.data.core_types.iter().map(|c| c.java.as_str()),
            "core_types.java",
        )?;
        unique(
            self.data.core_types.iter().map(|c| c.clr.as_str()),
            "core_types.clr",
        )?;
        let object = ClrTypeRef::object();
        let string = ClrTypeRef::string();
        for needed in [&object, &string] {
            let ClrTypeRef::Named(n) = needed else {
                continue;
            };
            if self.core_java_name(n).is_none() {
                return Err(bad("core_types must map System.Object and System.String"));
            }
        }
        Ok(())
    }

    fn check_slots(&self) -> Result<()> {
        let slots = &self.data.object_slots;
        if slots.len() != 5 {
            return Err(bad("object_slots must have exactly 5 entries"));
        }
        for (i, m) in slots.iter().enumerate() {
            if m.slot != u32::try_from(i).ok() || m.kind.as_deref().is_some_and(|k| k != "slot") {
                return Err(bad(format!("object_slots[{i}] must be slot {i}")));
            }
        }
        for m in &self.data.throwable_members {
            match (m.kind.as_deref(), m.slot) {
                (Some("slot"), Some(s)) if s >= 5 => {}
                (Some("field"), None) => {}
                _ => {
                    return Err(bad(format!(
                        "throwable_members {}: bad kind/slot",
                        m.java_name
                    )))
                }
            }
        }
        let all: Vec<&SharedMember> = slots.iter().chain(&self.data.throwable_members).collect();
        unique(all.iter().map(|m| m.java_name.as_str()), "shared java_name")?;
        unique(all.iter().map(|m| m.clr_name.as_str()), "shared clr_name")?;
        unique(
            self.shared_slots()
                .filter_map(|m| m.slot)
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .iter()
                .map(String::as_str),
            "slot numbers",
        )?;
        Ok(())
    }

    fn check_aliases(&self) -> Result<()> {
        let a = &self.data.exception_aliases;
        unique(a.iter().map(|x| x.java.as_str()), "exception_aliases.java")?;
        unique(a.iter().map(|x| x.clr.as_str()), "exception_aliases.clr")?;
        unique(
            a.iter().map(|x| x.fault.as_str()),
            "exception_aliases.fault",
        )?;
        for x in a {
            if x.java == x.clr {
                return Err(bad(format!("alias {} maps to itself", x.java)));
            }
        }
        Ok(())
    }

    /// The codes of §8 must keep the mangled names injective: none contains
    /// the separator, and no parameter code can be read as a marker.
    fn check_overload_codes(&self) -> Result<()> {
        let o = &self.data.overloads;
        let sep = o.separator.as_str();
        if sep != "$" {
            return Err(bad(
                "overloads.separator must be \"$\", the one character escaped names never hold",
            ));
        }
        let mut codes = vec![
            &o.lossless_code,
            &o.byref_code,
            &o.array_code,
            &o.return_marker,
            &o.static_marker,
        ];
        let prim_codes: Vec<&String> = self
            .clr_prims
            .values()
            .filter_map(|r| r.overload_code.as_ref())
            .collect();
        codes.extend(prim_codes.iter().copied());
        for c in &codes {
            if c.is_empty() || c.contains('$') {
                return Err(bad(format!(
                    "overload code {c:?} must be non-empty and free of '$'"
                )));
            }
        }
        unique(codes.iter().map(|c| c.as_str()), "overload codes")?;
        // A parameter code starts with the lossless code, the by-ref code or a
        // primitive code; none of these may start a marker.
        let starts: Vec<&String> = [&o.lossless_code, &o.byref_code]
            .into_iter()
            .chain(prim_codes.iter().copied())
            .collect();
        for s in &starts {
            if o.return_marker.starts_with(s.as_str()) || s.starts_with(o.return_marker.as_str()) {
                return Err(bad(format!(
                    "overload code {s} clashes with the return marker"
                )));
            }
            if o.static_marker.starts_with(s.as_str()) || s.starts_with(o.static_marker.as_str()) {
                return Err(bad(format!(
                    "overload code {s} clashes with the static marker"
                )));
            }
        }
        for p in &prim_codes {
            if p.starts_with(o.byref_code.as_str()) || o.byref_code.starts_with(p.as_str()) {
                return Err(bad(format!(
                    "overload code {p} clashes with the by-ref code"
                )));
            }
        }
        if !self.ident.is_java_keyword(&o.constructor_factory) {
            return Err(bad("overloads.constructor_factory must be a Java keyword"));
        }
        Ok(())
    }

    /// Identity pairs keep size and representation; lossy ones keep size.
    fn check_primitive_pairs(&self) -> Result<()> {
        for (p, row) in &self.clr_prims {
            match (self.java_primitive_of(*p)?, row.identity) {
                (None, true) => {
                    return Err(bad(format!("{}: identity needs a Java type", row.name)))
                }
                (None, false) => {}
                (Some(j), identity) => {
                    let jr = self.java_primitive(j)?;
                    if jr.size != row.size {
                        return Err(bad(format!("{}: size differs from {}", row.name, jr.name)));
                    }
                    if identity && (jr.signed != row.signed || jr.float != row.float) {
                        return Err(bad(format!(
                            "{}: representation differs from {}",
                            row.name, jr.name
                        )));
                    }
                    if identity == row.overload_code.is_some() {
                        return Err(bad(format!(
                            "{}: overload_code exactly when not identity",
                            row.name
                        )));
                    }
                }
            }
        }
        for j in JavaPrimitive::ALL {
            if self.clr_identity_of(j).is_none() {
                return Err(bad(format!("Java {} has no identical CLR type", j.name())));
            }
        }
        Ok(())
    }
}

fn clr_primitive_table(data: &SpecData) -> Result<HashMap<ClrPrimitive, ClrPrimitiveRow>> {
    let mut out = HashMap::new();
    for row in &data.clr_primitives {
        let p = row
            .name
            .strip_prefix("System.")
            .and_then(ClrPrimitive::from_system_name)
            .ok_or_else(|| bad(format!("clr_primitives: unknown {}", row.name)))?;
        if out.insert(p, row.clone()).is_some() {
            return Err(bad(format!("clr_primitives: {} twice", row.name)));
        }
    }
    if out.len() != ClrPrimitive::ALL.len() {
        return Err(bad("clr_primitives must list every CLR primitive"));
    }
    unique(
        data.clr_primitives.iter().map(|r| r.cs.as_str()),
        "clr_primitives.cs",
    )?;
    Ok(out)
}

fn java_primitive_table(data: &SpecData) -> Result<HashMap<JavaPrimitive, JavaPrimitiveRow>> {
    let mut out = HashMap::new();
    for row in &data.java_primitives {
        let p = JavaPrimitive::from_name(&row.name)
            .ok_or_else(|| bad(format!("java_primitives: unknown {}", row.name)))?;
        if row.descriptor.chars().ne([p.descriptor()]) {
            return Err(bad(format!(
                "java_primitives: {} has descriptor {}",
                row.name,
                p.descriptor()
            )));
        }
        if out.insert(p, row.clone()).is_some() {
            return Err(bad(format!("java_primitives: {} twice", row.name)));
        }
    }
    if out.len() != JavaPrimitive::ALL.len() {
        return Err(bad("java_primitives must list every Java primitive"));
    }
    Ok(out)
}

/// A CLR full name (`System.Object`) as a top-level named type.
pub(super) fn named_from_full(full: &str) -> ClrNamedType {
    match full.rsplit_once('.') {
        Some((ns, name)) => ClrNamedType::new(ns, name),
        None => ClrNamedType::new("", full),
    }
}

fn named_is(t: &ClrNamedType, full: &str) -> bool {
    let (ns, name) = full.rsplit_once('.').unwrap_or(("", full));
    let ns: Vec<&str> = if ns.is_empty() {
        Vec::new()
    } else {
        ns.split('.').collect()
    };
    t.is_simple(&ns, name)
}

fn unique<'a>(items: impl Iterator<Item = &'a str>, what: &str) -> Result<()> {
    let mut seen = HashSet::new();
    for i in items {
        if !seen.insert(i) {
            return Err(bad(format!("{what}: {i} appears twice")));
        }
    }
    Ok(())
}

fn insert_unique(
    map: &mut HashMap<String, ClrTypeRef>,
    key: &str,
    value: ClrTypeRef,
    what: &str,
) -> Result<()> {
    if map.insert(key.to_owned(), value).is_some() {
        return Err(bad(format!("{what}: {key} appears twice")));
    }
    Ok(())
}
