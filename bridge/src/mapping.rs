//! The Java <-> CLR mapping rules (specs/mapping.md), implemented from the
//! spec's data (specs/mapping.toml), which is compiled in and loaded once.
//!
//! This module is pure: it maps type *shapes* and names, and knows nothing
//! of loaded classes, metadata tables or the substrate. The loaders build
//! [`ClrTypeRef`]s and [`JavaClassRef`]s from what they read; the stub
//! generators and cross-VM name resolution ask this module what each side
//! calls them.
//!
//! - [`Spec`]: the loaded tables (core identities, Object slots, primitives,
//!   exception aliases, ...), checked on load.
//! - Names: [`Spec::java_class_name`] / [`Spec::clr_type_of_java_name`]
//!   (CLR types seen from Java) and [`Spec::cs_name_of_java_class`] /
//!   [`Spec::java_class_of_cs_name`] (Java classes seen from C#).
//! - Identifiers: [`Spec::escape_java_identifier`],
//!   [`Spec::escape_cs_identifier`] and their inverses.
//! - Members: [`Spec::java_type`], [`Spec::java_descriptor`] and
//!   [`Spec::java_overloads`], the injective Java view of a CLR method group.

mod csharp;
pub mod data;
mod examples;
mod ident;
mod members;
mod names;
mod spec;
mod syntax;
mod types;

pub use spec::{Spec, SPEC_TOML};
pub use types::{
    split_namespace, ArrayShape, ClrNamedType, ClrPrimitive, ClrTypeRef, ClrTypeSegment,
    CsTypeName, JavaClassRef, JavaMember, JavaMemberKind, JavaPrimitive, JavaTypeRef, MethodShape,
};

/// What can go wrong applying the mapping.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MappingError {
    /// The spec data is malformed or inconsistent (a bug in specs/).
    #[error("specs/mapping.toml: {0}")]
    Spec(String),
    /// A type or member has no mapping under the rules.
    #[error("{ty}: {reason}")]
    Unmappable {
        /// The type or member, debug-printed.
        ty: String,
        /// Which rule refuses it.
        reason: &'static str,
    },
    /// Text in the example syntax (§12) did not parse.
    #[error("example syntax: {0}")]
    Syntax(String),
}

/// Results of this module.
pub type Result<T, E = MappingError> = std::result::Result<T, E>;

impl Spec {
    /// The Java identifier for a CLR name (§5.2): plain names unchanged, Java
    /// keywords (optionally followed by `_`s) get one more `_`, anything else
    /// is `__` + its encoding.
    pub fn escape_java_identifier(&self, clr_name: &str) -> String {
        self.ident.escape_java(clr_name)
    }

    /// The CLR name a Java identifier stands for (inverse of
    /// [`Spec::escape_java_identifier`]).
    pub fn unescape_java_identifier(&self, java: &str) -> Option<String> {
        self.ident.unescape_java(java)
    }

    /// The C# source identifier for a Java name (§5.3): `@` before C#
    /// keywords; `__` + encoding for names C# cannot spell (`$`, non-ASCII).
    pub fn escape_cs_identifier(&self, java_name: &str) -> String {
        self.ident.cs_source(&self.ident.escape_cs(java_name))
    }

    /// The C# metadata identifier for a Java name (no `@`).
    pub fn cs_metadata_identifier(&self, java_name: &str) -> String {
        self.ident.escape_cs(java_name)
    }

    /// The Java name a C# identifier (source or metadata form) stands for.
    pub fn unescape_cs_identifier(&self, cs: &str) -> Option<String> {
        self.ident.unescape_cs(cs)
    }

    /// Parse a CLR type in the example syntax of §12
    /// (`` System.Collections.Generic.List`1<int> ``).
    pub fn parse_example_type(&self, text: &str) -> Result<ClrTypeRef> {
        syntax::parse_type(text).map(|t| self.canonical(&t))
    }

    /// Parse a CLR method in the example syntax of §12
    /// (`static Max(int, int) : int`).
    pub fn parse_example_method(&self, text: &str) -> Result<MethodShape> {
        let mut m = syntax::parse_method(text)?;
        m.params = m.params.iter().map(|p| self.canonical(p)).collect();
        m.ret = m.ret.as_ref().map(|r| self.canonical(r));
        Ok(m)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_spec_loads() -> Result<()> {
        let spec = Spec::builtin()?;
        assert_eq!(spec.clr_package_prefix(), "cli");
        // The runtime's root vtable (substrate::root_slot) is the spec's.
        use substrate::root_slot;
        assert_eq!(spec.object_slots().len(), root_slot::COUNT as usize);
        let by_name = |n: &str| spec.object_slots().iter().find(|m| m.java_name == n).and_then(|m| m.slot);
        assert_eq!(by_name("toString"), Some(root_slot::TO_STRING));
        assert_eq!(by_name("equals"), Some(root_slot::EQUALS));
        assert_eq!(by_name("hashCode"), Some(root_slot::HASH_CODE));
        assert_eq!(by_name("finalize"), Some(root_slot::FINALIZE));
        assert_eq!(by_name("clone"), Some(root_slot::CLONE));
        // Value types' Java view (java_view) uses the spec's names.
        assert_eq!(spec.data().enums.value_method, crate::java_view::ENUM_VALUE_METHOD);
        assert_eq!(spec.data().enums.from_value_method, crate::java_view::ENUM_OF_METHOD);
        assert_eq!(spec.data().value_types.boxed_class_extends, "cli.System.ValueType");
        assert_eq!(spec.data().delegates.functional_interface, crate::java_view::DELEGATE_INTERFACE);
        assert_eq!(spec.data().delegates.invoke_method, crate::java_view::DELEGATE_INVOKE);
        Ok(())
    }
}
