//! Robustness tests for the class-file, bytecode and jar readers: real javac
//! output must parse completely, and mutated inputs (bit flips, truncation,
//! inserted and deleted bytes, extreme u16/u32 values) must give `Ok` or
//! `Err`, never a panic or a huge allocation.

use std::path::Path;

use jvm::bytecode::{self, Insn};
use jvm::classfile::{self, ClassFile, Constant};
use jvm::descriptor;
use jvm::jar::Jar;
use proptest::prelude::*;
use proptest::sample::Index;

/// Class files compiled by `javac --release 17` from tests/data/*.java.
const SEEDS: &[(&str, &[u8])] = &[
    ("Features.class", include_bytes!("data/Features.class")),
    ("Features$1.class", include_bytes!("data/Features$1.class")),
    ("Features$Add.class", include_bytes!("data/Features$Add.class")),
    ("Features$Color.class", include_bytes!("data/Features$Color.class")),
    ("Features$Expr.class", include_bytes!("data/Features$Expr.class")),
    ("Features$Inner.class", include_bytes!("data/Features$Inner.class")),
    ("Features$Num.class", include_bytes!("data/Features$Num.class")),
    ("Features$Point.class", include_bytes!("data/Features$Point.class")),
    ("Features$Shape.class", include_bytes!("data/Features$Shape.class")),
    ("Fields.class", include_bytes!("data/Fields.class")),
    ("Hello.class", include_bytes!("data/Hello.class")),
];

/// A jar built with Python's zipfile: deflated and stored entries, a
/// directory entry, a manifest and an archive comment.
const JAR: &[u8] = include_bytes!("data/features.jar");

/// Runs everything a class loader would on a (possibly broken) class file.
fn exercise_class(bytes: &[u8]) -> Option<ClassFile> {
    let cf = classfile::parse(bytes, "fuzz.class").ok()?;
    for m in &cf.methods {
        let _ = descriptor::parse_method(&m.descriptor);
        if let Some(code) = &m.code {
            let _ = bytecode::decode_code(code);
            let _ = code.line_for_pc(3);
        }
    }
    let cp = &cf.constant_pool;
    for i in 0..=cp.len().min(usize::from(u16::MAX)) as u16 {
        let _ = (cp.get(i), cp.utf8(i), cp.class_name(i), cp.member_ref(i), cp.loadable(i));
        let _ = (cp.name_and_type(i), cp.invoke_dynamic(i), cp.string_utf16(i));
    }
    Some(cf)
}

/// Opens a (possibly broken) jar and reads every entry.
fn exercise_jar(bytes: Vec<u8>) {
    let Ok(jar) = Jar::from_bytes(bytes, "fuzz.jar") else { return };
    let _ = jar.manifest_main_class();
    for name in jar.names() {
        if let Ok(Some(data)) = jar.read(name) {
            if name.ends_with(".class") {
                exercise_class(&data);
            }
        }
    }
}

#[derive(Debug, Clone)]
enum Mutation {
    Flip(Index, u8),
    Set(Index, u8),
    Truncate(Index),
    Insert(Index, Vec<u8>),
    Delete(Index, usize),
    U16(Index, u16),
    U32(Index, u32),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let u16s = prop_oneof![Just(0u16), Just(1), Just(0x7FFF), Just(0x8000), Just(0xFFFF), any::<u16>()];
    let u32s = prop_oneof![Just(0u32), Just(0xFFFF), Just(0x1_0000), Just(0x7FFF_FFFF), Just(u32::MAX), any::<u32>()];
    prop_oneof![
        4 => (any::<Index>(), 0u8..8).prop_map(|(i, b)| Mutation::Flip(i, b)),
        2 => (any::<Index>(), any::<u8>()).prop_map(|(i, v)| Mutation::Set(i, v)),
        1 => any::<Index>().prop_map(Mutation::Truncate),
        1 => (any::<Index>(), prop::collection::vec(any::<u8>(), 1..6)).prop_map(|(i, v)| Mutation::Insert(i, v)),
        1 => (any::<Index>(), 1usize..6).prop_map(|(i, n)| Mutation::Delete(i, n)),
        3 => (any::<Index>(), u16s).prop_map(|(i, v)| Mutation::U16(i, v)),
        1 => (any::<Index>(), u32s).prop_map(|(i, v)| Mutation::U32(i, v)),
    ]
}

fn overwrite(bytes: &mut [u8], at: usize, value: &[u8]) {
    for (b, v) in bytes.iter_mut().skip(at).zip(value) {
        *b = *v;
    }
}

fn apply(seed: &[u8], mutations: &[Mutation]) -> Vec<u8> {
    let mut b = seed.to_vec();
    for m in mutations {
        if b.is_empty() {
            break;
        }
        let len = b.len();
        match m {
            Mutation::Flip(i, bit) => b[i.index(len)] ^= 1 << bit,
            Mutation::Set(i, v) => b[i.index(len)] = *v,
            Mutation::Truncate(i) => b.truncate(i.index(len)),
            Mutation::Insert(i, v) => {
                let at = i.index(len + 1);
                b.splice(at..at, v.iter().copied());
            }
            Mutation::Delete(i, n) => {
                let at = i.index(len);
                b.drain(at..(at + n).min(len));
            }
            Mutation::U16(i, v) => overwrite(&mut b, i.index(len), &v.to_be_bytes()),
            Mutation::U32(i, v) => overwrite(&mut b, i.index(len), &v.to_be_bytes()),
        }
    }
    b
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// 12,000 mutated class files.
    #[test]
    fn mutated_class_files(seed in 0..SEEDS.len(), mutations in prop::collection::vec(mutation(), 1..5)) {
        exercise_class(&apply(SEEDS[seed].1, &mutations));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// 3,000 mutated jars; the jar's own class entries are then parsed.
    #[test]
    fn mutated_jars(mutations in prop::collection::vec(mutation(), 1..4)) {
        exercise_jar(apply(JAR, &mutations));
    }

    /// 3,000 mutated method bodies fed straight to the decoder.
    #[test]
    fn mutated_code(seed in 0..SEEDS.len(), method in any::<Index>(), mutations in prop::collection::vec(mutation(), 1..4)) {
        let cf = classfile::parse(SEEDS[seed].1, SEEDS[seed].0).expect("seed parses");
        let codes: Vec<&[u8]> = cf.methods.iter().filter_map(|m| m.code.as_ref()).map(|c| c.code.as_slice()).collect();
        if !codes.is_empty() {
            let _ = bytecode::decode(&apply(codes[method.index(codes.len())], &mutations));
        }
    }
}

/// Every truncation of every seed is an error, not a panic (about 20,000
/// inputs), and so is every truncation of the jar.
#[test]
fn every_truncation_fails() {
    for (name, bytes) in SEEDS {
        for len in 0..bytes.len() {
            assert!(classfile::parse(&bytes[..len], name).is_err(), "{name} truncated to {len}");
        }
    }
    for len in 0..JAR.len() {
        exercise_jar(JAR[..len].to_vec());
    }
}

/// Extreme values written at every offset of a small class.
#[test]
fn extreme_values_everywhere() {
    let (_, seed) = SEEDS[SEEDS.len() - 1];
    for at in 0..seed.len() {
        for v in [0u16, 1, 0x8000, 0xFFFF] {
            let mut b = seed.to_vec();
            overwrite(&mut b, at, &v.to_be_bytes());
            exercise_class(&b);
        }
    }
}

/// All of javac's output for the seed programs parses and decodes, and the
/// interesting parts come out right.
#[test]
fn javac_output_parses() -> jvm::Result<()> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/data") {
        let path = entry.expect("dir entry").path();
        if path.extension().is_some_and(|e| e == "class") {
            let bytes = std::fs::read(&path).expect("read class");
            let cf = classfile::parse(&bytes, &path.display().to_string())?;
            for m in &cf.methods {
                descriptor::parse_method(&m.descriptor)?;
                if let Some(code) = &m.code {
                    bytecode::decode_code(code)?;
                }
            }
            count += 1;
        }
    }
    assert_eq!(count, SEEDS.len());

    let cf = classfile::parse(SEEDS[0].1, "Features.class")?;
    assert_eq!(cf.this_class, "Features");
    assert_eq!(cf.super_class.as_deref(), Some("java/lang/Object"));
    assert_eq!(cf.major, 61);
    assert_eq!(cf.source_file.as_deref(), Some("Features.java"));
    assert!(!cf.bootstrap_methods.is_empty());
    assert!(cf.inner_classes.iter().any(|ic| ic.inner == "Features$Point"));
    let constant = |name: &str| cf.fields.iter().find(|f| f.name == name).and_then(|f| f.constant_value.clone());
    assert_eq!(constant("ANSWER"), Some(Constant::Integer(42)));
    assert_eq!(constant("BIG"), Some(Constant::Long(1 << 40)));
    assert_eq!(constant("HALF"), Some(Constant::Float(0.5)));
    assert_eq!(constant("GREETING"), Some(Constant::String("h\u{e9}llo \0 \u{1F600}".into())));
    // The lone surrogate in LONE survives through string_utf16.
    let lone = cf.constant_pool.iter().find(|(_, c)| *c == &Constant::String("x\u{FFFD}y".into())).map(|(i, _)| i);
    let lone = lone.expect("LONE's string constant");
    assert_eq!(cf.constant_pool.string_utf16(lone)?, vec![u16::from(b'x'), 0xD800, u16::from(b'y')]);

    let insns_of = |name: &str| -> jvm::Result<Vec<Insn>> {
        let code = cf.methods.iter().find(|m| m.name == name).and_then(|m| m.code.as_ref()).expect("method with code");
        Ok(bytecode::decode_code(code)?.into_iter().map(|(_, i)| i).collect())
    };
    assert!(insns_of("dense")?.iter().any(|i| matches!(i, Insn::TableSwitch { .. })));
    assert!(insns_of("sparse")?.iter().any(|i| matches!(i, Insn::LookupSwitch { .. })));
    assert!(insns_of("manyLocals")?.iter().any(|i| matches!(i, Insn::Iinc { index, delta: 1000 } if *index > 255)));
    assert!(insns_of("main")?.iter().any(|i| matches!(i, Insn::InvokeDynamic(_))));
    assert!(insns_of("arith")?.iter().any(|i| matches!(i, Insn::MultiANewArray { dims: 2, .. })));
    let main = cf.method("main", "([Ljava/lang/String;)V").and_then(|m| m.code.as_ref()).expect("main");
    assert!(main.line_for_pc(0).is_some());
    let try_finally = cf.method("tryFinally", "(I)Ljava/lang/String;").expect("tryFinally");
    assert_eq!(try_finally.exceptions, ["java/lang/Exception"]);
    let handlers = &try_finally.code.as_ref().expect("code").exception_table;
    assert!(handlers.iter().any(|h| h.catch_type.is_none()));
    assert!(handlers.iter().any(|h| h.catch_type.as_deref() == Some("java/lang/ArithmeticException")));
    Ok(())
}

#[test]
fn jar_reads_back() -> jvm::Result<()> {
    let jar = Jar::from_bytes(JAR.to_vec(), "features.jar")?;
    assert_eq!(jar.manifest_main_class().as_deref(), Some("Features"));
    for (name, bytes) in SEEDS.iter().filter(|(n, _)| n.starts_with("Features") || *n == "Hello.class") {
        assert_eq!(jar.read(name)?.as_deref(), Some(*bytes), "{name}");
    }
    assert_eq!(jar.read("META-INF/")?, Some(Vec::new()));
    assert_eq!(jar.read("missing.class")?, None);
    Ok(())
}

/// Parses and decodes every class of the JDK's java.base module, when a
/// JDK 17 with jmods is installed (a jmod is a zip after a 4-byte header).
#[test]
fn jdk_java_base() -> jvm::Result<()> {
    let home = std::env::var("JAVA_HOME").unwrap_or_else(|_| "/usr/lib/jvm/java-17-openjdk-amd64".into());
    let Ok(bytes) = std::fs::read(Path::new(&home).join("jmods/java.base.jmod")) else {
        eprintln!("no java.base.jmod under {home}; skipping");
        return Ok(());
    };
    let jar = Jar::from_bytes(bytes.get(4..).unwrap_or_default().to_vec(), "java.base.jmod")?;
    let (mut classes, mut methods) = (0, 0);
    for name in jar.names().filter(|n| n.starts_with("classes/") && n.ends_with(".class")) {
        let bytes = jar.read(name)?.expect("listed entry");
        let cf = classfile::parse(&bytes, name)?;
        if cf.major > 61 {
            continue;
        }
        for m in &cf.methods {
            if let Some(code) = &m.code {
                bytecode::decode_code(code)?;
                methods += 1;
            }
        }
        classes += 1;
    }
    eprintln!("java.base: {classes} classes, {methods} methods with code");
    assert!(classes > 1000);
    Ok(())
}
