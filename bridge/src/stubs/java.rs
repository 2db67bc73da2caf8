//! `twain stubs java <assembly.dll>... -o <dir>`: Java sources for the
//! public CLR classes, interfaces, structs, enums and delegates of
//! assemblies.
//!
//! Each type with an identity mapping becomes `<dir>/cli/<Ns>/<Name>.java`
//! (nested types as nested static classes, which javac names
//! `cli/Ns/Outer$Inner`, the name `java_names` gives them). Its members
//! are the Java view of the type (`java_view`, the filter the runtime
//! uses) with bodies that compile and never run. Structs and enums are
//! final classes (extending `cli.System.ValueType` and `cli.System.Enum`
//! when those have stubs) with the members `java_view` adds to them: a
//! struct's no-argument constructor, an enum's constants, `value()` and
//! `of(v)` (specs/mapping.md §9.1, §9.2). A delegate `D` is a final class
//! (extending `cli.System.MulticastDelegate` when that has a stub) with its
//! nested functional interface `Method` and the constructor `D(Method m)`,
//! so a lambda converts (§9.3); a delegate whose `Invoke` needs an adapter
//! or has no Java form has no interface and is left out. Types without a stub
//! are listed with the reason in `<dir>/cli/LEFT_OUT.txt`; members without
//! one get a `// left out:` comment in their class.
//!
//! The name `mscorlib` stands for twain's own class library; its
//! `System.Object` and `System.String` are `java.lang.Object` and
//! `java.lang.String` and get no stub.

mod emit;
mod model;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;
use std::rc::Rc;

use clr::metadata::rows::TypeDefRow;
use clr::model::{AsmIdx, Kind, TyId, TyKey};
use clr::vm::Clr;
use substrate::heap::HeapConfig;
use substrate::Runtime;

use super::{display_name, spec, Error, Files, Result};
use crate::java_names::java_class_name;
use crate::java_view::{self, synthetic_members, Synthetic};
use crate::mapping::Spec;

/// The name that stands for twain's own mscorlib.
pub const MSCORLIB: &str = "mscorlib";

/// Generates the Java stubs of `assemblies` (file paths, or [`MSCORLIB`]).
/// Boots a CLR to read them; nothing is run.
pub fn generate(assemblies: &[String]) -> Result<Files> {
    let rt = Runtime::new(HeapConfig::default(), &clr::natives::runtime_symbols())
        .map_err(|e| Error::Runtime(e.to_string()))?;
    let clr = clr::run::boot(&rt).map_err(Error::Runtime)?;
    let mut inputs = Vec::new();
    for a in assemblies {
        let (idx, name) = if a == MSCORLIB {
            (0, "mscorlib (twain's class library)".to_string())
        } else {
            let bytes = std::fs::read(a).map_err(|e| Error::Input {
                file: a.clone(),
                reason: e.to_string(),
            })?;
            let idx = clr.load_assembly(&bytes, a).map_err(|e| Error::Input {
                file: a.clone(),
                reason: e.to_string(),
            })?;
            (idx, display_name(a))
        };
        if !inputs.iter().any(|&(i, _)| i == idx) {
            inputs.push((idx, name));
        }
    }
    let mut g = Gen::new(&clr, spec()?);
    for &(a, _) in &inputs {
        g.collect(a)?;
    }
    g.check_package_clashes();
    let sources: Vec<String> = inputs.into_iter().map(|(_, n)| n).collect();
    g.emit(&sources.join(", "))
}

/// Field row -> (element type, value blob) of an assembly's `const` fields.
type Constants = HashMap<u32, (u8, Vec<u8>)>;

/// A CLR type that gets a stub.
#[derive(Debug, Clone)]
struct Entry {
    t: TyId,
    asm: AsmIdx,
    /// CLR full name (`Ns.Outer+Inner`).
    clr_name: String,
    /// Simple Java name (`Inner`).
    simple: String,
    /// Java internal name of the enclosing type.
    outer: Option<String>,
}

/// Whether a TypeDef gets a stub.
#[derive(Debug, Clone)]
enum Status {
    /// Yes, under this Java internal name.
    Stub(String),
    /// Not public: not part of the assembly's API.
    Hidden,
    /// Public, but left out (the reason is recorded).
    LeftOut,
}

/// The generator's state: the stub set, then the models built from it.
struct Gen<'a> {
    clr: &'a Clr,
    spec: &'static Spec,
    /// Java internal name -> type, for every type that gets a stub.
    types: BTreeMap<String, Entry>,
    /// `CLR name: reason` of the public types that get none.
    left_out: BTreeSet<String>,
    models: HashMap<String, Rc<model::Model>>,
    /// Per assembly: its constants.
    constants: HashMap<AsmIdx, Rc<Constants>>,
}

impl<'a> Gen<'a> {
    fn new(clr: &'a Clr, spec: &'static Spec) -> Gen<'a> {
        Gen {
            clr,
            spec,
            types: BTreeMap::new(),
            left_out: BTreeSet::new(),
            models: HashMap::new(),
            constants: HashMap::new(),
        }
    }

    /// Whether `s` is a Java identifier the runtime needs no escape for.
    /// The runtime does not rename CLR names yet, so a name the mapping
    /// would escape (keywords, `$`, ...) cannot be written in a stub.
    fn is_java_identifier(&self, s: &str) -> bool {
        self.spec.escape_java_identifier(s) == s
    }

    /// Adds the public types of assembly `a` to the stub set.
    fn collect(&mut self, a: AsmIdx) -> Result<()> {
        let data = self.clr.asm(a);
        let n = data.asm.metadata.row_count::<TypeDefRow>();
        let mut memo = HashMap::new();
        for row in 1..=n {
            self.classify(a, row, &mut memo)?;
        }
        Ok(())
    }

    fn classify(&mut self, a: AsmIdx, row: u32, memo: &mut HashMap<u32, Status>) -> Result<Status> {
        if let Some(s) = memo.get(&row) {
            return Ok(s.clone());
        }
        // Cyclic nesting is rejected by `type_name` below; mark the row first.
        memo.insert(row, Status::Hidden);
        let data = self.clr.asm(a);
        let bad = |e: clr::Error| Error::Input {
            file: data.asm.file.clone(),
            reason: e.to_string(),
        };
        let td: TypeDefRow = data.asm.row(row).map_err(bad)?;
        let clr_name = data.asm.type_name(row).map_err(bad)?.replace('/', "+");
        let outer = data.asm.enclosing_type(row);
        let visibility = td.flags & 0x7;
        let status = match outer {
            _ if td.name == "<Module>" => Status::Hidden,
            None if visibility != 1 => Status::Hidden,
            Some(_) if visibility != 2 => Status::Hidden,
            None => self.admit(a, row, &td, &clr_name, None),
            Some(o) => match self.classify(a, o, memo)? {
                Status::Stub(outer) => self.admit(a, row, &td, &clr_name, Some(outer)),
                Status::Hidden => Status::Hidden,
                Status::LeftOut => self.leave_out(&clr_name, "its enclosing type is left out"),
            },
        };
        memo.insert(row, status.clone());
        Ok(status)
    }

    fn leave_out(&mut self, clr_name: &str, reason: &str) -> Status {
        self.left_out.insert(format!("{clr_name}: {reason}"));
        Status::LeftOut
    }

    /// Decides whether public type `row` gets a stub.
    fn admit(
        &mut self,
        a: AsmIdx,
        row: u32,
        td: &TypeDefRow,
        clr_name: &str,
        outer: Option<String>,
    ) -> Status {
        let clr = self.clr;
        if clr.asm(a).type_generic_params.contains_key(&row) {
            return self.leave_out(clr_name, "generic type definition (no Java mapping yet)");
        }
        let segments = td
            .namespace
            .split('.')
            .filter(|s| !s.is_empty())
            .chain(std::iter::once(td.name.as_str()));
        if let Some(bad) = segments.clone().find(|s| !self.is_java_identifier(s)) {
            return self.leave_out(clr_name, &format!("`{bad}` is not a Java identifier"));
        }
        if outer.is_some() && (td.name == "cli" || td.name == "java") {
            return self.leave_out(
                clr_name,
                "a nested type with this name would hide the packages stubs use",
            );
        }
        let in_delegate = outer
            .as_ref()
            .and_then(|o| self.types.get(o))
            .is_some_and(|e| clr.ty(e.t).is_delegate);
        if in_delegate && td.name == java_view::DELEGATE_INTERFACE {
            return self.leave_out(
                clr_name,
                "`Method` names the functional interface of its delegate (specs/mapping.md §9.3)",
            );
        }
        let t = match clr.intern(TyKey::Def {
            asm: a,
            def: row,
            args: Vec::new(),
        }) {
            Ok(t) => t,
            Err(e) if e.class == "System.IO.FileNotFoundException" => {
                return self.leave_out(clr_name, &format!("{} (name that assembly too)", e.message))
            }
            Err(e) => return self.leave_out(clr_name, &e.message),
        };
        if t == clr.object_ty {
            return self.leave_out(clr_name, "is java.lang.Object");
        }
        if t == clr.string_ty {
            return self.leave_out(clr_name, "is java.lang.String");
        }
        if t == clr.exception_ty {
            return self.leave_out(clr_name, "is java.lang.Throwable");
        }
        let info = clr.ty(t);
        match info.kind {
            Kind::Class if info.is_delegate && java_view::delegate_interface(clr, t).is_none() => {
                let reason = no_functional_interface(clr, t);
                return self.leave_out(clr_name, &reason);
            }
            Kind::Class | Kind::Interface | Kind::Struct => {}
            Kind::Enum(p) => {
                let has_value = synthetic_members(clr, t)
                    .iter()
                    .any(|s| s.kind == Synthetic::EnumValue);
                if !has_value {
                    let reason = format!("enum of underlying type {p:?} (no Java primitive)");
                    return self.leave_out(clr_name, &reason);
                }
            }
            _ => return self.leave_out(clr_name, "value type (no Java mapping yet)"),
        }
        let Some(java) = java_class_name(clr, t) else {
            return self.leave_out(clr_name, "has no Java name");
        };
        if let Some(other) = self.types.get(&java) {
            let reason = format!("same Java name as {}", other.clr_name);
            return self.leave_out(clr_name, &reason);
        }
        self.types.insert(
            java.clone(),
            Entry {
                t,
                asm: a,
                clr_name: clr_name.to_string(),
                simple: td.name.clone(),
                outer,
            },
        );
        Status::Stub(java)
    }

    /// A package may not contain a type and a subpackage of the same name
    /// (JLS §7.1): such types are left out, with their nested types.
    fn check_package_clashes(&mut self) {
        let packages: BTreeSet<String> = self
            .types
            .keys()
            .flat_map(|n| {
                let parts: Vec<&str> = n.split('/').collect();
                (1..parts.len())
                    .map(move |k| parts[..k].join("/"))
                    .collect::<Vec<_>>()
            })
            .collect();
        let clashing: Vec<String> = self
            .types
            .keys()
            .filter(|n| packages.contains(n.split('$').next().unwrap_or(n)))
            .cloned()
            .collect();
        for n in clashing {
            if let Some(e) = self.types.remove(&n) {
                self.left_out.insert(format!(
                    "{}: clashes with the Java package of the same name",
                    e.clr_name
                ));
            }
        }
    }

    /// Renders every file.
    fn emit(&mut self, sources: &str) -> Result<Files> {
        let mut files = Vec::new();
        let top: Vec<String> = self
            .types
            .iter()
            .filter(|(_, e)| e.outer.is_none())
            .map(|(n, _)| n.clone())
            .collect();
        for name in top {
            let text = emit::file(self, &name, sources)?;
            files.push((PathBuf::from(format!("{name}.java")), text));
        }
        let mut list = format!("# Generated by `twain stubs java` from {sources}. Do not edit.\n");
        list.push_str("# Public .NET types that have no Java stub, and why.\n");
        for l in &self.left_out {
            list.push_str(l);
            list.push('\n');
        }
        files.push((PathBuf::from("cli/LEFT_OUT.txt"), list));
        files.sort();
        Ok(files)
    }
}

/// Why delegate `t` has no functional interface (`java_view::delegate_interface`).
fn no_functional_interface(clr: &Clr, t: TyId) -> String {
    let invoke = clr
        .methods_of(t)
        .unwrap_or_default()
        .into_iter()
        .find(|&m| clr.method(m).name == java_view::DELEGATE_INVOKE);
    let Some(invoke) = invoke else {
        return "delegate without an Invoke method".into();
    };
    match java_view::java_method(clr, invoke) {
        Err(java_view::NotInView::LeftOut(reason)) => {
            format!("delegate whose Invoke has no Java form: {reason}")
        }
        Err(java_view::NotInView::Hidden) => "delegate whose Invoke is not public".into(),
        Ok(v) if v.adapted => "delegate whose Invoke has value-type or by-ref types \
             (it would need an adapter; no functional interface yet)"
            .into(),
        Ok(_) => "delegate without a Java name".into(),
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    /// The text of stub file `name` of twain's mscorlib.
    fn mscorlib_file(files: &Files, name: &str) -> String {
        files
            .iter()
            .find(|(p, _)| p == Path::new(name))
            .map(|(_, t)| t.clone())
            .unwrap_or_default()
    }

    #[test]
    fn structs_are_final_classes_with_a_default_constructor() -> Result<()> {
        let files = generate(&[MSCORLIB.to_string()])?;
        let dt = mscorlib_file(&files, "cli/System/DateTime.java");
        assert!(
            dt.contains("public final class DateTime extends cli.System.ValueType implements"),
            "{dt}"
        );
        assert!(
            dt.contains("    public DateTime() {}\n"),
            "the synthetic S(): {dt}"
        );
        assert_eq!(dt.matches("public DateTime() ").count(), 1, "{dt}");
        // `out DateTime` is a one-element array; an instance method is final.
        assert!(
            dt.contains(
                "public static boolean TryParse(java.lang.String s, cli.System.DateTime[] result)"
            ),
            "{dt}"
        );
        assert!(
            dt.contains("public final cli.System.DateTime AddDays(double value)"),
            "{dt}"
        );
        Ok(())
    }

    #[test]
    fn delegates_have_a_functional_interface_and_a_constructor() -> Result<()> {
        let files = generate(&[MSCORLIB.to_string()])?;
        let eh = mscorlib_file(&files, "cli/System/EventHandler.java");
        assert!(
            eh.contains("public final class EventHandler extends cli.System.MulticastDelegate {"),
            "{eh}"
        );
        assert!(
            eh.contains("    public EventHandler(cli.System.EventHandler.Method m) {"),
            "the synthetic D(D.Method): {eh}"
        );
        assert!(
            eh.contains(
                "    public interface Method {\n        void Invoke(java.lang.Object sender, cli.System.EventArgs e);\n    }\n"
            ),
            "{eh}"
        );
        assert!(
            eh.contains("public void Invoke(java.lang.Object sender, cli.System.EventArgs e)"),
            "{eh}"
        );
        let left_out = mscorlib_file(&files, "cli/LEFT_OUT.txt");
        assert!(
            left_out.contains("System.Func`2: generic type definition"),
            "{left_out}"
        );
        Ok(())
    }

    #[test]
    fn enums_have_constants_value_and_of() -> Result<()> {
        let files = generate(&[MSCORLIB.to_string()])?;
        let day = mscorlib_file(&files, "cli/System/DayOfWeek.java");
        assert!(
            day.contains("public final class DayOfWeek extends cli.System.Enum {"),
            "{day}"
        );
        assert!(
            day.contains("public static final cli.System.DayOfWeek Monday = null;"),
            "a constant javac does not inline: {day}"
        );
        assert!(
            !day.contains("int Monday"),
            "no int constant besides: {day}"
        );
        assert!(!day.contains("value__"), "{day}");
        assert!(day.contains("public final int value() {"), "{day}");
        assert!(
            day.contains("public static cli.System.DayOfWeek of(int v) {"),
            "{day}"
        );
        Ok(())
    }
}
