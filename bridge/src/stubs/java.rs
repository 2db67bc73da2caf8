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
//!
//! Closed generic instantiations get stubs too (specs/mapping.md §6.3):
//! those the stubbed types' signatures and supertypes use, within
//! `generics::REACH` member steps, and those named on the command line,
//! in the spec's example syntax (`` System.Collections.Generic.List`1<int> ``,
//! §12.1) or by their Java name (`cli.System.Collections.Generic.List$$Lint$$R`).
//! `List<int>` is `cli/System/Collections/Generic/List$$Lint$$R.java`, its
//! `Enumerator` a nested class in it. Open generic definitions get none.

mod emit;
mod generics;
mod model;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
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
use crate::mapping::{ClrTypeRef, Spec};

/// The name that stands for twain's own mscorlib.
pub const MSCORLIB: &str = "mscorlib";

/// Generates the Java stubs of `assemblies` (file paths, or [`MSCORLIB`]),
/// and of the closed generic instantiations named among them (see the
/// module documentation). Boots a CLR to read them; nothing is run.
pub fn generate(assemblies: &[String]) -> Result<Files> {
    let rt = Runtime::new(HeapConfig::default(), &clr::natives::runtime_symbols())
        .map_err(|e| Error::Runtime(e.to_string()))?;
    let clr = clr::run::boot(&rt).map_err(Error::Runtime)?;
    let spec = spec()?;
    let mut inputs = Vec::new();
    let mut named = Vec::new();
    for a in assemblies {
        if let Some(r) = type_argument(spec, a) {
            let r = r.map_err(|reason| Error::Input {
                file: a.clone(),
                reason,
            })?;
            named.push((a.clone(), r));
            continue;
        }
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
    let mut g = Gen::new(&clr, spec);
    for &(a, _) in &inputs {
        g.collect(a)?;
    }
    let mut instantiations = Vec::new();
    for (text, r) in &named {
        let t = crate::java_names::resolve_type_ref(&clr, r)
            .filter(|&t| !clr.ty(t).args.is_empty())
            .ok_or_else(|| Error::Input {
                file: text.clone(),
                reason: "no closed generic instantiation of that name in the assemblies named".into(),
            })?;
        instantiations.push(t);
    }
    g.collect_instantiations(&instantiations);
    g.check_package_clashes();
    let sources: Vec<String> = inputs
        .into_iter()
        .map(|(_, n)| n)
        .chain(named.into_iter().map(|(text, _)| text))
        .collect();
    g.emit(&sources.join(", "))
}

/// A command-line argument that names a closed generic instantiation
/// rather than an assembly: CLR example syntax (specs/mapping.md §12.1,
/// `` System.Collections.Generic.List`1<int> ``) or its Java name
/// (`cli.System.Collections.Generic.List$$Lint$$R`, §6.1). An existing
/// file is always an assembly.
fn type_argument(spec: &Spec, arg: &str) -> Option<Result<ClrTypeRef, String>> {
    if arg == MSCORLIB || std::path::Path::new(arg).exists() {
        return None;
    }
    if arg.contains("$$") {
        return Some(
            spec.clr_type_of_java_name(arg)
                .ok_or_else(|| "not a Java name of a CLR type (specs/mapping.md §6.1)".into()),
        );
    }
    if arg.contains('<') || arg.contains('`') {
        return Some(spec.parse_example_type(arg).map_err(|e| e.to_string()));
    }
    None
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
    /// Closed generic instantiations considered for the stub set: whether
    /// each got a stub (see `generics`).
    instantiations: HashMap<TyId, bool>,
    /// Instantiations stubbed types use beyond `generics::REACH`.
    beyond: HashSet<TyId>,
    /// The models being built (a covariance check does not wait for them).
    building: HashSet<String>,
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
            instantiations: HashMap::new(),
            beyond: HashSet::new(),
            building: HashSet::new(),
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
        // Java forbids a nested class named like any class enclosing it (C#
        // only like the one right around it).
        let mut enclosing = outer.clone();
        while let Some(e) = enclosing.and_then(|o| self.types.get(&o)) {
            if e.simple == td.name {
                return self.leave_out(clr_name, "named like a type enclosing it, which Java forbids");
            }
            enclosing = e.outer.clone();
        }
        if td.name == "cli" || td.name == "java" {
            // (in its package or class, `java.lang.String` would mean it)
            return self.leave_out(
                clr_name,
                "a type with this name would hide the packages stubs use",
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
            .filter(|n| packages.contains(top_level(n)))
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

/// The Java source spelling of internal class name `internal`: packages
/// and nesting levels joined by `.`, so `cli/Ns/List$$Lint$$R$Enumerator`
/// is `cli.Ns.List$$Lint$$R.Enumerator`. The `$$` tokens of a generic
/// instantiation's name (specs/mapping.md §6.1), and every `$` inside its
/// type-argument list, are part of the class's simple name.
fn source_name(internal: &str) -> String {
    let mut out = String::with_capacity(internal.len());
    let mut rest = internal;
    let mut depth = 0usize;
    while let Some(i) = rest.find(['/', '$']) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if let Some(after) = tail.strip_prefix('/') {
            out.push('.');
            rest = after;
        } else if let Some(token) = tail.strip_prefix("$$") {
            match token.as_bytes().first() {
                Some(b'L') => depth += 1,
                Some(b'R') => depth = depth.saturating_sub(1),
                _ => {}
            }
            let len = 2 + token.chars().next().map_or(0, char::len_utf8);
            out.push_str(&tail[..len]);
            rest = &tail[len..];
        } else {
            out.push(if depth == 0 { '.' } else { '$' });
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}

/// The top-level class of internal class name `internal`: the name up to
/// its first nesting `$` (see [`source_name`]).
fn top_level(internal: &str) -> &str {
    let start = internal.rfind('/').map_or(0, |i| i + 1);
    let mut depth = 0usize;
    let bytes = internal.as_bytes();
    let mut i = start;
    while i < bytes.len() {
        if bytes[i] == b'$' {
            if bytes.get(i + 1) == Some(&b'$') {
                match bytes.get(i + 2) {
                    Some(b'L') => depth += 1,
                    Some(b'R') => depth = depth.saturating_sub(1),
                    _ => {}
                }
                i += 3;
                continue;
            }
            if depth == 0 {
                return &internal[..i];
            }
        }
        i += 1;
    }
    internal
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
    fn source_names_keep_the_tokens_of_instantiations() {
        assert_eq!(source_name("cli/Ns/Outer$Inner"), "cli.Ns.Outer.Inner");
        assert_eq!(
            source_name("cli/System/Collections/Generic/List$$Lint$$R$Enumerator"),
            "cli.System.Collections.Generic.List$$Lint$$R.Enumerator"
        );
        // A nested type inside a type argument is part of the simple name.
        let name = "cli/G/List$$LDictionary$$LString$$Cint$$R$Enumerator$$R$Inner";
        assert_eq!(
            source_name(name),
            "cli.G.List$$LDictionary$$LString$$Cint$$R$Enumerator$$R.Inner"
        );
        assert_eq!(top_level(name), "cli/G/List$$LDictionary$$LString$$Cint$$R$Enumerator$$R");
        assert_eq!(top_level("cli/Ns/Outer$Inner"), "cli/Ns/Outer");
        assert_eq!(top_level("cli/Ns/Plain"), "cli/Ns/Plain");
    }

    #[test]
    fn instantiations_named_on_the_command_line_get_stubs() -> Result<()> {
        let files = generate(&[
            MSCORLIB.to_string(),
            "System.Collections.Generic.List`1<int>".to_string(),
            "cli.System.Collections.Generic.Dictionary$$LString$$Cint$$R".to_string(),
        ])?;
        let list = mscorlib_file(&files, "cli/System/Collections/Generic/List$$Lint$$R.java");
        assert!(
            list.contains(
                "public class List$$Lint$$R implements cli.System.Collections.Generic.IList$$Lint$$R,"
            ),
            "{list}"
        );
        assert!(list.contains("public final void Add(int item)"), "{list}");
        assert!(
            list.contains("public final void AddRange(cli.System.Collections.Generic.IEnumerable$$Lint$$R collection)"),
            "{list}"
        );
        // The struct enumerator is nested, as javac's binary name
        // `List$$Lint$$R$Enumerator` requires; its `int get_Current()` wins
        // over the non-generic IEnumerator's `Object get_Current()`.
        assert!(
            list.contains(
                "    public static final class Enumerator extends cli.System.ValueType implements cli.System.Collections.Generic.IEnumerator$$Lint$$R, cli.System.IDisposable {"
            ),
            "{list}"
        );
        assert!(list.contains("        public final int get_Current()"), "{list}");
        assert!(
            list.contains(
                "public final cli.System.Collections.Generic.List$$Lint$$R.Enumerator GetEnumerator()"
            ),
            "{list}"
        );
        assert!(list.contains("// left out: ConvertAll("), "generic methods stay out: {list}");
        assert!(!files.iter().any(|(p, _)| p.to_string_lossy().contains("List$$Lint$$R$Enumerator")));
        let enumerator =
            mscorlib_file(&files, "cli/System/Collections/Generic/IEnumerator$$Lint$$R.java");
        assert!(
            enumerator.contains("public interface IEnumerator$$Lint$$R extends cli.System.IDisposable {"),
            "{enumerator}"
        );
        let dict =
            mscorlib_file(&files, "cli/System/Collections/Generic/Dictionary$$LString$$Cint$$R.java");
        assert!(
            dict.contains("public final boolean TryGetValue(java.lang.String key, int[] value)"),
            "{dict}"
        );
        assert!(
            dict.contains("    public static final class KeyCollection implements"),
            "{dict}"
        );
        // No generic parameter reaches an instantiation; open definitions
        // still have no stub.
        for (path, text) in &files {
            assert!(!text.contains("generic parameter"), "{}: {text}", path.display());
        }
        let left_out = mscorlib_file(&files, "cli/LEFT_OUT.txt");
        assert!(
            left_out.contains("System.Collections.Generic.List`1: generic type definition"),
            "{left_out}"
        );
        assert!(!files.iter().any(|(p, _)| p.to_string_lossy().contains("__List_b1")));
        Ok(())
    }

    #[test]
    fn instantiations_stop_two_member_steps_away() -> Result<()> {
        // Lazy<..> (step 0) -> Func<List<int>> (1) -> List<int> (2) -> its
        // enumerator (3): left out, with the reason.
        let files = generate(&[
            "System.Lazy`1<System.Func`1<System.Collections.Generic.List`1<int>>>".to_string(),
        ])?;
        let list = mscorlib_file(&files, "cli/System/Collections/Generic/List$$Lint$$R.java");
        assert!(
            list.contains("// left out: GetEnumerator(): System.Collections.Generic.List`1+Enumerator[System.Int32] is not in this stub set (a generic instantiation more than 2 member steps"),
            "{list}"
        );
        assert!(!list.contains("class Enumerator"), "{list}");
        Ok(())
    }

    #[test]
    fn unknown_instantiations_are_errors() {
        let bad = |name: &str| {
            matches!(
                generate(&[MSCORLIB.to_string(), name.to_string()]),
                Err(Error::Input { file, .. }) if file == name
            )
        };
        assert!(bad("System.Collections.Generic.NoSuchList`1<int>"));
        assert!(bad("System.Collections.Generic.List`1<"));
        assert!(bad("cli.System.Collections.Generic.List$$Lnothing$$R"));
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
