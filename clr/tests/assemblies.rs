//! End-to-end reading of real assemblies: C# programs compiled with `mcs`
//! (skipped when `mcs` is not on PATH) and Mono's own mscorlib.dll (skipped
//! when absent). Every table, signature and method body must decode.

#[path = "support/exercise.rs"]
mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use clr::il::{decode_body, ClauseKind, Insn};
use clr::metadata::rows::{MethodDefRow, TypeDefRow, TypeRefRow};
use clr::metadata::signature::{CallKind, SigType};
use clr::metadata::tables::{TableId, TypeDefOrRef};
use clr::Assembly;

/// Compiles `sources` (name, text) with `mcs -optimize+` into a fresh temp
/// dir; `None` when `mcs` is not installed.
fn compile(out_name: &str, target: &str, sources: &[(&str, &str)]) -> Option<PathBuf> {
    if Command::new("mcs").arg("--version").output().is_err() {
        eprintln!("mcs not on PATH; skipping");
        return None;
    }
    let dir = std::env::temp_dir().join(format!("twain-clr-{}-{out_name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut cmd = Command::new("mcs");
    cmd.current_dir(&dir).arg("-optimize+").arg(format!("-target:{target}")).arg(format!("-out:{out_name}"));
    for (name, text) in sources {
        std::fs::write(dir.join(name), text).expect("write source");
        cmd.arg(name);
    }
    let out = cmd.output().expect("run mcs");
    assert!(out.status.success(), "mcs failed: {}", String::from_utf8_lossy(&out.stdout));
    Some(dir.join(out_name))
}

fn load(path: &Path) -> Assembly {
    let bytes = std::fs::read(path).expect("read assembly");
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?");
    Assembly::parse(&bytes, name).map_err(|e| e.to_string()).expect("assembly parses")
}

fn find_type(asm: &Assembly, full: &str) -> u32 {
    (1..=asm.metadata.row_count::<TypeDefRow>())
        .find(|&i| asm.type_name(i).ok().as_deref() == Some(full))
        .ok_or_else(|| format!("no type {full}"))
        .expect("type exists")
}

fn methods_of(asm: &Assembly, type_row: u32) -> Vec<MethodDefRow> {
    let t: TypeDefRow = asm.row(type_row).expect("type");
    t.methods.map(|m| asm.row(m).expect("method")).collect()
}

#[test]
fn features_program_decodes_fully() {
    let src = include_str!("data/Features.cs");
    let Some(path) = compile("Program.exe", "exe", &[("Features.cs", src)]) else { return };
    let asm = load(&path);
    let stats = support::exercise(&asm);
    assert!(stats.first_error.is_none(), "{:?}", stats.first_error);
    assert_eq!(asm.name, "Program");
    assert_eq!(asm.module_name, "Program.exe");
    assert!(stats.bodies > 20 && stats.clauses >= 3, "{stats:?}");
    let with_rva = asm.rows::<MethodDefRow>().filter(|m| m.as_ref().is_ok_and(|m| m.rva != 0)).count();
    assert_eq!(stats.bodies, with_rva);

    // Type names, nesting and generics.
    let builder = find_type(&asm, "Twain.Samples.Circle/Builder");
    assert_eq!(asm.enclosing_type(builder), Some(find_type(&asm, "Twain.Samples.Circle")));
    let boxed = find_type(&asm, "Twain.Samples.Box`1");
    let names: Vec<String> = methods_of(&asm, boxed).into_iter().map(|m| m.name).collect();
    assert!(names.iter().any(|n| n == "Max") && names.iter().any(|n| n == "Convert"), "{names:?}");
    let convert = methods_of(&asm, boxed).into_iter().find(|m| m.name == "Convert").expect("Convert");
    let sig = asm.method_sig(&convert).expect("sig");
    assert_eq!((sig.has_this, sig.generic_params, sig.kind), (false, 1, CallKind::Default));
    assert_eq!(sig.ret, SigType::MVar(0));
    assert_eq!(sig.params.first(), Some(&SigType::Var(0)));

    // ref/out parameters are ByRef.
    let program = find_type(&asm, "Twain.Samples.Program");
    let swap = methods_of(&asm, program).into_iter().find(|m| m.name == "Swap").expect("Swap");
    let sig = asm.method_sig(&swap).expect("sig");
    assert_eq!(sig.params, vec![SigType::ByRef(Box::new(SigType::I4)); 2]);

    // The enum's underlying type and the struct's base.
    let color = find_type(&asm, "Twain.Samples.Color");
    let fields: Vec<_> = asm.row::<TypeDefRow>(color).expect("Color").fields.collect();
    let value = asm.row(*fields.first().expect("value__")).expect("field");
    assert_eq!(asm.field_sig(&value).expect("sig"), SigType::U1);
    let point: TypeDefRow = asm.row(find_type(&asm, "Twain.Samples.Point")).expect("Point");
    let Some(TypeDefOrRef::TypeRef(base)) = point.extends else { panic!("Point base {:?}", point.extends) };
    assert_eq!(asm.row::<TypeRefRow>(base).expect("base").name, "ValueType");

    // The exact UTF-16 of a literal with a surrogate pair.
    let main = methods_of(&asm, program).into_iter().find(|m| m.name == "Main").expect("Main");
    let body = asm.method_body(main.rva).expect("body");
    let insns = decode_body(&body).expect("IL");
    let lit = insns
        .iter()
        .find_map(|(_, i)| if let Insn::LdStr(t) = i { Some(*t) } else { None })
        .expect("ldstr");
    let expected: Vec<u16> = "Hello, \u{e9}t\u{e9} \u{1f600}!".encode_utf16().collect();
    assert_eq!(asm.user_string(lit).expect("us"), expected);
    assert_eq!(asm.entry_point().and_then(|t| t.table()), Some(TableId::MethodDef));

    // try / catch-when / catch / finally.
    let guarded = methods_of(&asm, program).into_iter().find(|m| m.name == "Guarded").expect("Guarded");
    let body = asm.method_body(guarded.rva).expect("body");
    let kinds: Vec<_> = body.clauses.iter().map(|c| c.kind).collect();
    assert!(kinds.iter().any(|k| matches!(k, ClauseKind::Filter(_))), "{kinds:?}");
    assert!(kinds.iter().any(|k| matches!(k, ClauseKind::Catch(_))), "{kinds:?}");
    assert!(kinds.iter().any(|k| matches!(k, ClauseKind::Finally)), "{kinds:?}");

    // switch with a jump table.
    let name = methods_of(&asm, program).into_iter().find(|m| m.name == "Name").expect("Name");
    let insns = decode_body(&asm.method_body(name.rva).expect("body")).expect("IL");
    assert!(insns.iter().any(|(_, i)| matches!(i, Insn::Switch(t) if t.len() == 6)), "{insns:?}");

    // yield return produced a nested iterator class.
    let iterator = (1..=asm.metadata.row_count::<TypeDefRow>())
        .filter_map(|i| asm.type_name(i).ok())
        .any(|n| n.starts_with("Twain.Samples.Program/<Evens>"));
    assert!(iterator);
}

#[test]
fn generic_library_decodes_fully() {
    let src = include_str!("data/Generic.cs");
    let Some(path) = compile("Generic.dll", "library", &[("Generic.cs", src)]) else { return };
    let asm = load(&path);
    let stats = support::exercise(&asm);
    assert!(stats.first_error.is_none(), "{:?}", stats.first_error);
    assert_eq!(asm.name, "Generic");
    assert!(asm.entry_point().is_none());
    let node = find_type(&asm, "Pair`2/Node");
    assert_eq!(asm.enclosing_type(node), Some(find_type(&asm, "Pair`2")));
}

fn mscorlib() -> Option<PathBuf> {
    let mut candidates = vec![PathBuf::from("/usr/lib/mono/4.5/mscorlib.dll")];
    if let Ok(dir) = std::fs::read_dir("/usr/lib/mono") {
        let mut api: Vec<PathBuf> = dir
            .flatten()
            .map(|e| e.path().join("mscorlib.dll"))
            .filter(|p| p.to_string_lossy().contains("/4."))
            .collect();
        api.sort();
        candidates.extend(api);
    }
    candidates.into_iter().find(|p| p.exists())
}

#[test]
fn mono_mscorlib_decodes_fully() {
    let Some(path) = mscorlib() else {
        eprintln!("no mscorlib.dll; skipping");
        return;
    };
    let started = Instant::now();
    let asm = load(&path);
    let stats = support::exercise(&asm);
    let elapsed = started.elapsed();
    assert!(stats.first_error.is_none(), "{:?}", stats.first_error);
    assert_eq!(asm.name, "mscorlib");
    assert!(stats.types > 1000 && stats.bodies > 10_000, "{stats:?}");
    find_type(&asm, "System.Object");
    eprintln!(
        "{}: {} types, {} methods, {} bodies, {} instructions, {} EH clauses, {} signatures, {} rows in {:.2?}",
        path.display(),
        stats.types,
        stats.methods,
        stats.bodies,
        stats.instructions,
        stats.clauses,
        stats.signatures,
        stats.rows,
        elapsed
    );
}

/// Every assembly in Mono's 4.5 directory and one reference-assembly
/// directory (skipped when absent).
#[test]
fn mono_class_libraries_decode_fully() {
    let mut failures = Vec::new();
    let mut count = 0;
    for dir in ["/usr/lib/mono/4.5", "/usr/lib/mono/4.7.2-api"] {
        let Ok(entries) = std::fs::read_dir(dir) else { continue };
        let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for path in paths {
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            if ext != "dll" && ext != "exe" {
                continue;
            }
            let Ok(bytes) = std::fs::read(&path) else { continue };
            let name = path.display().to_string();
            match Assembly::parse(&bytes, &name) {
                Ok(asm) => {
                    count += 1;
                    if let Some(e) = support::exercise(&asm).first_error {
                        failures.push(e.to_string());
                    }
                }
                // Native (non-CLI) DLLs may sit beside the managed ones.
                Err(clr::Error::BadImage { reason, .. }) if reason.contains("not a CLI image") => {}
                Err(e) => failures.push(e.to_string()),
            }
        }
    }
    eprintln!("{count} Mono assemblies decoded");
    assert!(failures.is_empty(), "{failures:#?}");
}
