//! Closed generic instantiations in the stub set (specs/mapping.md §6.3).
//!
//! An open generic definition (``List`1``) has no stub; each closed
//! instantiation a stub needs has its own class, named by §6's grammar
//! (`List<int>` is `cli.System.Collections.Generic.List$$Lint$$R`), whose
//! members have the type arguments substituted. The instantiations come
//! from the stubbed types and from the command line:
//!
//! - the supertypes (base class, interfaces) of a stubbed type and the
//!   enclosing type of a stubbed nested instantiation (`List<int>` for
//!   `List<int>.Enumerator`, declared inside it as javac's binary names
//!   require) join the set with the type itself;
//! - the types of a stubbed type's members (parameters, return types,
//!   fields, arrays and by-refs of them) are one step further.
//!
//! The non-generic types of the assemblies and the instantiations named on
//! the command line are at step 0, and the set stops at [`REACH`] steps, so
//! a class library's instantiations do not pull in every instantiation
//! their members mention; a member typed by one beyond is left out of its
//! stub with a comment (name the instantiation on the command line to get
//! it).

use clr::metadata::rows::FieldRow;
use clr::model::{Kind, TyId, TyKey};

use super::{Entry, Gen};
use crate::java_names::{is_adapted, java_class_name, resolve_type_ref};
use crate::java_view::{self, member_access, synthetic_members, Synthetic};

/// How many member steps from the stubbed non-generic types (and the
/// instantiations named on the command line) an instantiation may be to
/// get a stub.
pub const REACH: usize = 2;

/// Longest class file name (the outermost class's name plus the nested
/// levels, `.class` included) a stub may need: file systems allow 255 bytes.
const MAX_FILE_NAME: usize = 240;

impl Gen<'_> {
    /// Adds the instantiations the stub set needs, and `named` (closed
    /// instantiations named on the command line), to the stub set.
    pub(super) fn collect_instantiations(&mut self, named: &[TyId]) {
        let mut level: Vec<TyId> = self.types.values().map(|e| e.t).collect();
        for &t in named {
            let mut admitted = Vec::new();
            if self.admit_instantiation(t, &mut admitted) {
                level.extend(admitted);
            }
        }
        for step in 0..=REACH {
            // Supertypes and enclosing types are in the same step.
            let mut i = 0;
            while let Some(&t) = level.get(i) {
                i += 1;
                let clr = self.clr;
                let info = clr.ty(t);
                let supers: Vec<TyId> = info
                    .parent
                    .into_iter()
                    .chain(clr.direct_interfaces(t))
                    .filter(|&s| is_instantiation(self, s))
                    .collect();
                for s in supers {
                    let mut admitted = Vec::new();
                    self.admit_instantiation(s, &mut admitted);
                    level.extend(admitted);
                }
            }
            let mut next = Vec::new();
            for &t in &level {
                for u in self.member_types(t) {
                    if !is_instantiation(self, u) || self.instantiations.contains_key(&u) {
                        continue;
                    }
                    if step == REACH {
                        self.beyond.insert(u);
                    } else {
                        self.admit_instantiation(u, &mut next);
                    }
                }
            }
            level = next;
        }
    }

    /// Adds closed instantiation `t` to the stub set, with its enclosing
    /// instantiation, and pushes what was added to `admitted`; whether `t`
    /// has a stub. An instantiation without one is listed in LEFT_OUT.txt.
    fn admit_instantiation(&mut self, t: TyId, admitted: &mut Vec<TyId>) -> bool {
        if let Some(&known) = self.instantiations.get(&t) {
            return known;
        }
        self.instantiations.insert(t, false);
        let name = self.clr.ty(t).name.clone();
        match self.instantiation_entry(t, admitted) {
            Ok(Some(entry)) => {
                let java = java_class_name(self.clr, t).unwrap_or_default();
                self.types.insert(java, entry);
                self.instantiations.insert(t, true);
                admitted.push(t);
                true
            }
            Ok(None) => false,
            Err(reason) => {
                self.left_out.insert(format!("{name}: {reason}"));
                false
            }
        }
    }

    /// The stub entry of instantiation `t`; `Ok(None)` if it is not public.
    fn instantiation_entry(
        &mut self,
        t: TyId,
        admitted: &mut Vec<TyId>,
    ) -> Result<Option<Entry>, String> {
        let clr = self.clr;
        let info = clr.ty(t);
        let data = clr.asm(info.asm);
        let outer_row = data.asm.enclosing_type(info.def);
        let visibility = info.flags & 0x7;
        if visibility != if outer_row.is_some() { 2 } else { 1 } {
            return Ok(None);
        }
        let java = java_class_name(clr, t).ok_or("has no Java name")?;
        match info.kind {
            Kind::Class if info.is_delegate && java_view::delegate_interface(clr, t).is_none() => {
                return Err(super::no_functional_interface(clr, t));
            }
            Kind::Class | Kind::Interface | Kind::Struct => {}
            Kind::Enum(p) => {
                let has_value = synthetic_members(clr, t)
                    .iter()
                    .any(|s| s.kind == Synthetic::EnumValue);
                if !has_value {
                    return Err(format!("enum of underlying type {p:?} (no Java primitive)"));
                }
            }
            _ => return Err("value type (no Java mapping yet)".into()),
        }
        // The runtime finds the type by this name (`clr_for_java`).
        let found = self
            .spec
            .clr_type_of_java_name(&java.replace('/', "."))
            .and_then(|r| resolve_type_ref(clr, &r));
        if found != Some(t) {
            return Err(format!("its Java name {java} does not lead back to it"));
        }
        let (outer, simple) = match outer_row {
            None => (None, java.rsplit('/').next().unwrap_or(&java).to_string()),
            Some(row) => {
                let count = data.type_generic_params.get(&row).map_or(0, Vec::len);
                let outer_t = clr
                    .intern(TyKey::Def {
                        asm: info.asm,
                        def: row,
                        args: info.args.get(..count).unwrap_or_default().to_vec(),
                    })
                    .map_err(|e| e.message)?;
                let stubbed = if count == 0 {
                    java_class_name(clr, outer_t).filter(|n| self.types.contains_key(n))
                } else if self.admit_instantiation(outer_t, admitted) {
                    java_class_name(clr, outer_t)
                } else {
                    None
                };
                let outer = stubbed.ok_or("its enclosing type is left out")?;
                let simple = java
                    .strip_prefix(outer.as_str())
                    .and_then(|s| s.strip_prefix('$'))
                    .ok_or("its Java name does not extend its enclosing type's")?
                    .to_string();
                if simple == "cli" || simple == "java" {
                    return Err(
                        "a nested type with this name would hide the packages stubs use".into(),
                    );
                }
                let in_delegate = self.types.get(&outer).is_some_and(|e| clr.ty(e.t).is_delegate);
                if in_delegate && simple == java_view::DELEGATE_INTERFACE {
                    return Err("`Method` names the functional interface of its delegate \
                                (specs/mapping.md §9.3)"
                        .into());
                }
                (Some(outer), simple)
            }
        };
        let file = java.rsplit('/').next().unwrap_or(&java);
        if file.len() + ".class".len() > MAX_FILE_NAME {
            return Err("its Java name is too long for a class file name".into());
        }
        if let Some(other) = self.types.get(&java) {
            return Err(format!("same Java name as {}", other.clr_name));
        }
        Ok(Some(Entry {
            t,
            asm: info.asm,
            clr_name: info.name.clone(),
            simple,
            outer,
        }))
    }

    /// The types the Java view of `t`'s members uses: parameter and return
    /// types of its methods and the types of its fields, arrays and by-refs
    /// unwrapped.
    fn member_types(&self, t: TyId) -> Vec<TyId> {
        let clr = self.clr;
        let mut out = Vec::new();
        for m in clr.methods_of(t).unwrap_or_default() {
            if java_view::java_method(clr, m).is_err() {
                continue;
            }
            let mi = clr.method(m);
            out.push(mi.ret);
            out.extend(mi.params.iter().copied());
        }
        let info = clr.ty(t);
        if !info.is_interface() && !matches!(info.kind, Kind::Enum(_)) {
            let mut fields = clr.layout(t).map(|l| l.fields).unwrap_or_default();
            if let Ok(s) = clr.statics(t) {
                fields.extend(s.statics.get().map(|s| s.fields.clone()).unwrap_or_default());
            }
            let data = clr.asm(info.asm);
            for f in fields {
                let public = data
                    .asm
                    .row::<FieldRow>(f.row)
                    .is_ok_and(|row| member_access(row.flags).is_some());
                // (value-type fields are left out of stubs)
                if public && !is_adapted(clr, f.ty) {
                    out.push(f.ty);
                }
            }
        }
        out.into_iter().map(|u| element(self, u)).collect()
    }
}

/// The named type inside arrays and by-refs.
fn element(g: &Gen<'_>, mut t: TyId) -> TyId {
    loop {
        match g.clr.ty(t).kind {
            Kind::SzArray(e) | Kind::ByRef(e) => t = e,
            _ => return t,
        }
    }
}

/// Whether `t` is a closed generic instantiation Java could name (a class,
/// interface, struct or enum with type arguments).
fn is_instantiation(g: &Gen<'_>, t: TyId) -> bool {
    let info = g.clr.ty(t);
    !info.args.is_empty()
        && matches!(info.kind, Kind::Class | Kind::Interface | Kind::Struct | Kind::Enum(_))
        && !g.clr.is_foreign(t)
}
