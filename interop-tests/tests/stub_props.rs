//! Properties of the stub generators over generated library shapes: every
//! generated stub compiles (specs/mapping.md; bridge/src/stubs/).
//!
//! - `java_stubs_of_generated_cs_libraries_compile`: a random C# library
//!   (namespaces, classes with bases, interfaces and nested types two levels
//!   deep, structs, enums, delegates; methods, overloads that collide once
//!   unsigned types are seen as signed, `ref`/`out`, properties, indexers,
//!   events, fields, constants, virtual/override/abstract/`new` members,
//!   explicit interface implementations, conversions, constructors; bases
//!   and interfaces from mscorlib too: `Exception`, `List<int>`,
//!   `IEnumerable<int>`, `IDisposable`, ...) is rendered to C#, compiled
//!   with `mcs`, and `twain stubs java` of it must compile with `javac`.
//! - `cs_stubs_of_generated_java_libraries_compile`: a random Java package
//!   (classes, abstract classes, interfaces with default, static and private
//!   methods, enums, nested and inner classes; fields, constants, overloads,
//!   constructors, overrides with covariant returns, names that are C#
//!   keywords; `RuntimeException`, `Exception`, `Runnable` and
//!   `Serializable` as supertypes) is compiled with `javac`, and
//!   `twain stubs cs` of it must compile with `mcs`.
//!
//! The shape generators only produce valid source: when `mcs` rejects a
//! generated library (or `javac` a generated package) that is a bug here,
//! and the report says so. A failing case reports the generated source and
//! the compiler's errors (with the stub text they point at), so a human can
//! reproduce it. Cases run in fresh directories under the system temporary
//! directory, removed when a case passes (a failing case's directory is
//! kept and named in the report). `STUB_PROPS_CASES=<n>` runs more cases.
//! Without `javac` or `mcs` a test prints a note and passes.
//!
//! # Bugs found
//!
//! The properties found ten stub-generator bugs (A to J, listed before the
//! name pools below), all fixed; the shapes generate every construct that
//! triggered one.

#![expect(
    clippy::panic,
    reason = "test harness: a failed property panics with its report"
)]

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use interop_tests::{clip, compilers_present, run_with_timeout, tail_lines, twain_bin};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::{select, Index};
use proptest::test_runner::{Config, TestCaseError, TestError, TestRunner};

// ---- harness -------------------------------------------------------------

const TIMEOUT: Duration = Duration::from_secs(60);
const DEFAULT_CASES: u32 = 12;

/// Few cases (each runs three compilers), no persisted failures, and a
/// bounded shrink: each shrink step runs the compilers again.
fn config() -> Config {
    let cases = std::env::var("STUB_PROPS_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_CASES);
    Config {
        cases,
        failure_persistence: None,
        max_shrink_iters: 32,
        max_shrink_time: 60_000,
        ..Config::default()
    }
}

static CASE: AtomicUsize = AtomicUsize::new(0);

/// A fresh work directory for one case, outside the repository.
fn case_dir(test: &str) -> PathBuf {
    let n = CASE.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir()
        .join(format!("twain-stub-props-{}", std::process::id()))
        .join(format!("{test}-{n}"));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    dir
}

/// Runs `program args` in `dir`: its output, or how it failed with the
/// tail of its output.
fn run_tool(dir: &Path, program: &Path, args: &[&str], tag: &str) -> Result<String, String> {
    let mut cmd = Command::new(program);
    cmd.args(args).current_dir(dir);
    let out = run_with_timeout(&mut cmd, TIMEOUT, &dir.join("captures"), tag)
        .map_err(|e| format!("cannot run {}: {e}", program.display()))?;
    let text = format!("{}{}", out.stdout_text(), out.stderr_text());
    if out.code() == Some(0) {
        Ok(text)
    } else {
        Err(format!(
            "{} {} ({}):\n{}",
            program.display(),
            clip(&args.join(" "), 300),
            out.describe_end(),
            tail_lines(&text, 40)
        ))
    }
}

/// Every file under `root` with extension `ext`, as paths relative to
/// `base` with `/`, sorted.
fn files_with(base: &Path, root: &Path, ext: &str) -> Vec<String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in fs::read_dir(dir).into_iter().flatten().flatten() {
            if e.path().is_dir() {
                walk(&e.path(), out);
            } else {
                out.push(e.path());
            }
        }
    }
    let mut all = Vec::new();
    walk(root, &mut all);
    let mut out: Vec<String> = all
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .filter_map(|p| p.strip_prefix(base).ok())
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .collect();
    out.sort();
    out
}

/// `text` with line numbers, for failure reports.
fn numbered(text: &str) -> String {
    text.lines()
        .enumerate()
        .map(|(i, l)| format!("{:5} | {l}\n", i + 1))
        .collect()
}

/// The lines of `text` around the 1-based `lines`, numbered.
fn excerpt(text: &str, lines: &BTreeSet<usize>) -> String {
    let all: Vec<&str> = text.lines().collect();
    let mut keep = BTreeSet::new();
    for &l in lines {
        for k in l.saturating_sub(4)..=l + 2 {
            if k >= 1 && k <= all.len() {
                keep.insert(k);
            }
        }
    }
    let mut out = String::new();
    let mut last = 0;
    for k in keep {
        if last != 0 && k != last + 1 {
            out.push_str("      ...\n");
        }
        let _ = writeln!(out, "{k:5} | {}", all.get(k - 1).copied().unwrap_or(""));
        last = k;
    }
    out
}

/// What the cases of one property did, for the summary line.
#[derive(Debug, Default)]
struct Stats {
    runs: u32,
    types: usize,
    stub_files: usize,
    left_out: usize,
    stages: [Duration; 3],
}

impl Stats {
    /// Counts one case that passed.
    fn record(&mut self, types: usize, stub_files: usize, left_out: usize, times: [Duration; 3]) {
        self.runs += 1;
        self.types += types;
        self.stub_files += stub_files;
        self.left_out += left_out;
        for (a, b) in self.stages.iter_mut().zip(times) {
            *a += b;
        }
    }
}

/// Runs property `test`: `case` on generated shapes (each given the twain
/// binary and the statistics), then the summary line; `stages` names the
/// three tools a case runs. Without `javac` or `mcs` it prints a note.
fn check_property<S>(
    test: &str,
    stages: [&str; 3],
    shapes: S,
    case: impl Fn(&Path, &S::Value, &RefCell<Stats>) -> Result<(), TestCaseError>,
) where
    S: Strategy,
    S::Value: std::fmt::Debug,
{
    if !compilers_present(test, true, true) {
        return;
    }
    let twain = twain_bin().unwrap_or_else(|e| panic!("{e}"));
    let stats = RefCell::new(Stats::default());
    let start = Instant::now();
    let mut runner = TestRunner::new(config());
    let result = runner.run(&shapes, |shape| case(&twain, &shape, &stats));
    summary(test, &stats.borrow(), stages, start.elapsed());
    finish(test, result);
}

fn summary(test: &str, s: &Stats, stages: [&str; 3], total: Duration) {
    println!(
        "{test}: {} runs (cases and shrink steps) in {:.1} s: {} generated types, {} stub files, \
         {} left-out notes; {} {:.1} s, {} {:.1} s, {} {:.1} s",
        s.runs,
        total.as_secs_f64(),
        s.types,
        s.stub_files,
        s.left_out,
        stages[0],
        s.stages[0].as_secs_f64(),
        stages[1],
        s.stages[1].as_secs_f64(),
        stages[2],
        s.stages[2].as_secs_f64(),
    );
}

fn finish<T: std::fmt::Debug>(test: &str, result: Result<(), TestError<T>>) {
    match result {
        Ok(()) => {}
        Err(TestError::Fail(reason, _)) => panic!("{test}: minimal failing case:\n{reason}"),
        Err(TestError::Abort(reason)) => panic!("{test}: aborted: {reason}"),
    }
}

/// `base`, or `base` with the first number from 2 up that `taken` allows.
fn fresh(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_owned();
    }
    (2..)
        .map(|k| format!("{base}{k}"))
        .find(|n| !taken(n))
        .unwrap_or_default()
}

// ---- stub generator bugs found ------------------------------------------

// The ten stub-generator bugs the properties found, all fixed; the shapes
// generate each construct (from the name pools and supertype choices):
// `twain stubs java`: A top-level types named `java`/`cli`; B members
// redeclaring `Object`'s final methods; C a method named `_`; D supertypes
// that make a cycle for Java, which counts the class enclosing a
// supertype as a dependency (`public class A : A.I { public interface I
// {} }`); E an interface method `void clone()` no Java class can
// implement; H a nested type named like a non-immediate enclosing type;
// I a CLR exception's member named like a `Throwable` method
// (`public int getMessage()`).
// `twain stubs cs`: F a nested class `ToString` in a class whose subclass
// overrides `toString`; G a method `GetHashCode()` next to `hashCode()`;
// J a class `ToString` overriding `toString` (mcs CS0542).

// ---- names ---------------------------------------------------------------

/// C# keywords, contextual ones included (specs/mapping.toml `cs_keywords`).
const CS_KEYWORDS: &[&str] = &[
    "abstract",
    "as",
    "base",
    "bool",
    "break",
    "byte",
    "case",
    "catch",
    "char",
    "checked",
    "class",
    "const",
    "continue",
    "decimal",
    "default",
    "delegate",
    "do",
    "double",
    "else",
    "enum",
    "event",
    "explicit",
    "extern",
    "false",
    "finally",
    "fixed",
    "float",
    "for",
    "foreach",
    "goto",
    "if",
    "implicit",
    "in",
    "int",
    "interface",
    "internal",
    "is",
    "lock",
    "long",
    "namespace",
    "new",
    "null",
    "object",
    "operator",
    "out",
    "override",
    "params",
    "private",
    "protected",
    "public",
    "readonly",
    "ref",
    "return",
    "sbyte",
    "sealed",
    "short",
    "sizeof",
    "stackalloc",
    "static",
    "string",
    "struct",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "uint",
    "ulong",
    "unchecked",
    "unsafe",
    "ushort",
    "using",
    "virtual",
    "void",
    "volatile",
    "while",
    "add",
    "alias",
    "async",
    "await",
    "dynamic",
    "get",
    "global",
    "nameof",
    "partial",
    "remove",
    "set",
    "value",
    "var",
    "when",
    "where",
    "yield",
];

/// Java keywords, literals and restricted identifiers.
const JAVA_KEYWORDS: &[&str] = &[
    "abstract",
    "assert",
    "boolean",
    "break",
    "byte",
    "case",
    "catch",
    "char",
    "class",
    "const",
    "continue",
    "default",
    "do",
    "double",
    "else",
    "enum",
    "extends",
    "final",
    "finally",
    "float",
    "for",
    "goto",
    "if",
    "implements",
    "import",
    "instanceof",
    "int",
    "interface",
    "long",
    "native",
    "new",
    "package",
    "private",
    "protected",
    "public",
    "return",
    "short",
    "static",
    "strictfp",
    "super",
    "switch",
    "synchronized",
    "this",
    "throw",
    "throws",
    "transient",
    "try",
    "void",
    "volatile",
    "while",
    "true",
    "false",
    "null",
    "var",
    "yield",
    "record",
    "sealed",
    "permits",
    "_",
];

/// Java keywords (and restricted identifiers) that are plain C# identifiers.
const JAVA_ONLY_KEYWORDS: &[&str] = &[
    "native",
    "synchronized",
    "transient",
    "package",
    "import",
    "boolean",
    "throws",
    "assert",
    "extends",
    "final",
    "implements",
    "instanceof",
    "strictfp",
    "super",
    "permits",
    "record",
];

/// C# keywords that are Java identifiers (and may name a Java type).
const CS_ONLY_KEYWORDS: &[&str] = &[
    "ref",
    "out",
    "base",
    "params",
    "string",
    "object",
    "event",
    "lock",
    "fixed",
    "checked",
    "in",
    "is",
    "as",
    "operator",
    "delegate",
    "internal",
    "sbyte",
    "uint",
    "ulong",
    "ushort",
    "decimal",
    "bool",
    "unchecked",
    "struct",
    "foreach",
    "virtual",
    "override",
    "readonly",
    "extern",
    "implicit",
    "explicit",
    "typeof",
    "sizeof",
    "stackalloc",
    "using",
    "namespace",
    "unsafe",
    "global",
    "dynamic",
    "value",
    "get",
    "set",
    "add",
    "remove",
    "partial",
    "async",
    "await",
    "nameof",
    "alias",
    "when",
    "where",
];

fn pick_name(pool: &'static [&'static str]) -> impl Strategy<Value = String> {
    select(pool).prop_map(str::to_owned)
}

// ---- C# library shapes ---------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Prim {
    Int,
    UInt,
    Long,
    ULong,
    Byte,
    SByte,
    Short,
    UShort,
    Bool,
    Char,
    Float,
    Double,
    Str,
    Obj,
}

static PRIMS: [Prim; 14] = [
    Prim::Int,
    Prim::UInt,
    Prim::Long,
    Prim::ULong,
    Prim::Byte,
    Prim::SByte,
    Prim::Short,
    Prim::UShort,
    Prim::Bool,
    Prim::Char,
    Prim::Float,
    Prim::Double,
    Prim::Str,
    Prim::Obj,
];

impl Prim {
    fn cs(self) -> &'static str {
        match self {
            Prim::Int => "int",
            Prim::UInt => "uint",
            Prim::Long => "long",
            Prim::ULong => "ulong",
            Prim::Byte => "byte",
            Prim::SByte => "sbyte",
            Prim::Short => "short",
            Prim::UShort => "ushort",
            Prim::Bool => "bool",
            Prim::Char => "char",
            Prim::Float => "float",
            Prim::Double => "double",
            Prim::Str => "string",
            Prim::Obj => "object",
        }
    }

    /// The unsigned type Java cannot tell from this signed one.
    fn unsigned_twin(self) -> Option<Prim> {
        match self {
            Prim::Int => Some(Prim::UInt),
            Prim::Long => Some(Prim::ULong),
            Prim::Short => Some(Prim::UShort),
            Prim::SByte => Some(Prim::Byte),
            _ => None,
        }
    }
}

/// A type in a generated signature; `Named` picks one of the library's types.
#[derive(Debug, Clone)]
enum RawTy {
    P(Prim),
    IntArr,
    StrArr,
    ListInt,
    DictStrInt,
    Named(Index),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum PMod {
    None,
    Ref,
    Out,
}

#[derive(Debug, Clone)]
struct RawParam {
    name: String,
    ty: RawTy,
    pmod: PMod,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Acc {
    Public,
    Protected,
    Internal,
    ProtectedInternal,
    Private,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RDisp {
    Plain,
    Virtual,
    Abstract,
}

/// Seeds of a constant's value: the rendering picks by type.
#[derive(Debug, Clone)]
struct ConstSeed {
    pick: u8,
    bits: u64,
    /// UTF-16 units of a string (`None`: null).
    text: Option<Vec<u16>>,
}

#[derive(Debug, Clone)]
enum ConstTy {
    P(Prim),
    Enum(Index),
}

#[derive(Debug, Clone)]
enum FKind {
    Instance,
    Static,
    Readonly,
    StaticReadonly,
    Const(ConstTy, ConstSeed),
}

#[derive(Debug, Clone)]
enum RawMember {
    Method {
        name: String,
        acc: Acc,
        is_static: bool,
        disp: RDisp,
        ret: Option<RawTy>,
        params: Vec<RawParam>,
        /// Also declare the overload with the first signed parameter unsigned.
        twin: bool,
    },
    Generic {
        name: String,
        is_static: bool,
    },
    Property {
        name: String,
        acc: Acc,
        is_static: bool,
        disp: RDisp,
        ty: RawTy,
        setter: bool,
    },
    Indexer {
        ty: RawTy,
        key_is_string: bool,
        setter: bool,
    },
    Field {
        name: String,
        acc: Acc,
        ty: RawTy,
        kind: FKind,
    },
    Ctor {
        protected: bool,
        params: Vec<RawParam>,
    },
    Event {
        name: String,
        is_static: bool,
        delegate: Index,
    },
    Conversion {
        target: Prim,
        explicit: bool,
    },
    /// Override an inherited virtual or abstract member.
    Override {
        pick: Index,
        sealed: bool,
        make_abstract: bool,
    },
    /// Hide an inherited method with `new` (another return type, or static-ness).
    Hide {
        pick: Index,
        ret: Option<Option<RawTy>>,
        flip_static: bool,
    },
    /// Override `ToString`, `Equals` or `GetHashCode`.
    ObjectOverride(u8),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ClassMod {
    Plain,
    Abstract,
    Sealed,
    Static,
}

#[derive(Debug, Clone)]
enum RawKind {
    Class {
        modifier: ClassMod,
        base: Option<Index>,
        ifaces: Vec<Index>,
    },
    Interface {
        bases: Vec<Index>,
    },
    Struct {
        ifaces: Vec<Index>,
    },
    Enum {
        underlying: Prim,
        flags: bool,
        values: Vec<(String, u64)>,
    },
    Delegate {
        ret: Option<RawTy>,
        params: Vec<RawParam>,
    },
}

#[derive(Debug, Clone)]
struct RawType {
    ns: Index,
    name: String,
    kind: RawKind,
    members: Vec<RawMember>,
    /// How interface members are implemented, cycled: 0 implicitly,
    /// 1 explicitly, 2 abstract (in abstract classes), 3 virtual.
    choices: Vec<u8>,
    nested: Vec<RawType>,
}

#[derive(Debug, Clone)]
struct CsShape {
    namespaces: Vec<Vec<String>>,
    types: Vec<RawType>,
}

fn cs_ns_segment() -> impl Strategy<Value = String> {
    prop_oneof![
        5 => "[A-Z][a-z]{1,6}",
        2 => pick_name(JAVA_ONLY_KEYWORDS),
        1 => pick_name(&["java", "cli", "lang", "Ns_1", "_internal", "v2", "__x"]),
    ]
}

fn cs_type_name() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => "[A-Z][a-z]{1,6}",
        2 => pick_name(JAVA_ONLY_KEYWORDS),
        1 => pick_name(JAVA_ONLY_KEYWORDS).prop_map(|k| format!("{k}_")),
        2 => pick_name(&[
            "java", "cli", "Method", "Invoke", "String", "Object", "ValueType", "Enum",
            "Integer", "Item", "T_1", "_Under", "x9", "__Dunder", "lang", ENCLOSING,
        ]),
    ]
}

fn cs_member_name() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => "[A-Z][a-z]{1,5}",
        3 => "[a-z][a-z0-9_]{0,5}"
            .prop_filter("a C# keyword", |s| !CS_KEYWORDS.contains(&s.as_str())),
        2 => pick_name(JAVA_ONLY_KEYWORDS),
        2 => pick_name(&[
            "toString", "hashCode", "equals", "getClass", "wait", "notify", "notifyAll",
            "finalize", "clone", "ToString", "Equals", "GetHashCode", "GetType",
        ]),
        1 => pick_name(&[
            "getMessage", "getCause", "getStackTrace", "fillInStackTrace", "printStackTrace",
            "getLocalizedMessage", "initCause", "addSuppressed", "getSuppressed", "Message",
        ]),
        1 => pick_name(&[
            "java", "cli", "Method", "Invoke", "value", "of", "_", "Item", "native_", "p0",
            "x_1", "_y", "__z",
        ]),
    ]
}

fn cs_param_name() -> impl Strategy<Value = String> {
    pick_name(&[
        "a",
        "b",
        "x",
        "value",
        "p0",
        "p1",
        "p2",
        "native",
        "package",
        "java",
        "cli",
        "_x",
        "arg_1",
        "synchronized",
        "item",
        "Method",
        "__p",
    ])
}

fn raw_ty() -> impl Strategy<Value = RawTy> {
    prop_oneof![
        6 => select(&PRIMS[..]).prop_map(RawTy::P),
        1 => Just(RawTy::IntArr),
        1 => Just(RawTy::StrArr),
        1 => Just(RawTy::ListInt),
        1 => Just(RawTy::DictStrInt),
        5 => any::<Index>().prop_map(RawTy::Named),
    ]
}

fn raw_param() -> impl Strategy<Value = RawParam> {
    (
        cs_param_name(),
        raw_ty(),
        prop_oneof![6 => Just(PMod::None), 1 => Just(PMod::Ref), 1 => Just(PMod::Out)],
    )
        .prop_map(|(name, ty, pmod)| RawParam { name, ty, pmod })
}

fn acc() -> impl Strategy<Value = Acc> {
    prop_oneof![
        10 => Just(Acc::Public),
        3 => Just(Acc::Protected),
        1 => Just(Acc::Internal),
        1 => Just(Acc::ProtectedInternal),
        1 => Just(Acc::Private),
    ]
}

fn rdisp() -> impl Strategy<Value = RDisp> {
    prop_oneof![3 => Just(RDisp::Plain), 2 => Just(RDisp::Virtual), 2 => Just(RDisp::Abstract)]
}

/// UTF-16 units a string constant is made of: escapes, controls, line
/// terminators of both languages, non-ASCII and lone surrogates.
static UNITS: [u16; 22] = [
    0x61, 0x5a, 0x30, 0x20, 0x22, 0x5c, 0x27, 0x0a, 0x0d, 0x09, 0x00, 0x01, 0x7f, 0x85, 0xe9,
    0x2028, 0xd83d, 0xde00, 0xd800, 0xffff, 0x75, 0x24,
];

fn const_seed() -> impl Strategy<Value = ConstSeed> {
    (
        any::<u8>(),
        any::<u64>(),
        proptest::option::weighted(0.85, vec(select(&UNITS[..]), 0..6)),
    )
        .prop_map(|(pick, bits, text)| ConstSeed { pick, bits, text })
}

fn field_kind() -> impl Strategy<Value = FKind> {
    prop_oneof![
        3 => Just(FKind::Instance),
        2 => Just(FKind::Static),
        1 => Just(FKind::Readonly),
        1 => Just(FKind::StaticReadonly),
        4 => (
            prop_oneof![
                8 => select(&PRIMS[..]).prop_map(ConstTy::P),
                1 => any::<Index>().prop_map(ConstTy::Enum),
            ],
            const_seed(),
        )
            .prop_map(|(t, s)| FKind::Const(t, s)),
    ]
}

fn raw_member() -> impl Strategy<Value = RawMember> {
    let method = (
        cs_member_name(),
        acc(),
        proptest::bool::weighted(0.25),
        rdisp(),
        proptest::option::weighted(0.7, raw_ty()),
        vec(raw_param(), 0..=3),
        proptest::bool::weighted(0.3),
    )
        .prop_map(
            |(name, acc, is_static, disp, ret, params, twin)| RawMember::Method {
                name,
                acc,
                is_static,
                disp,
                ret,
                params,
                twin,
            },
        );
    let property = (
        cs_member_name(),
        acc(),
        proptest::bool::weighted(0.25),
        rdisp(),
        raw_ty(),
        any::<bool>(),
    )
        .prop_map(
            |(name, acc, is_static, disp, ty, setter)| RawMember::Property {
                name,
                acc,
                is_static,
                disp,
                ty,
                setter,
            },
        );
    let field =
        (cs_member_name(), acc(), raw_ty(), field_kind()).prop_map(|(name, acc, ty, kind)| {
            RawMember::Field {
                name,
                acc,
                ty,
                kind,
            }
        });
    prop_oneof![
        8 => method,
        1 => (cs_member_name(), any::<bool>())
            .prop_map(|(name, is_static)| RawMember::Generic { name, is_static }),
        3 => property,
        1 => (raw_ty(), any::<bool>(), any::<bool>()).prop_map(|(ty, key_is_string, setter)| {
            RawMember::Indexer { ty, key_is_string, setter }
        }),
        4 => field,
        3 => (proptest::bool::weighted(0.3), vec(raw_param(), 0..=3))
            .prop_map(|(protected, params)| RawMember::Ctor { protected, params }),
        1 => (cs_member_name(), proptest::bool::weighted(0.3), any::<Index>())
            .prop_map(|(name, is_static, delegate)| RawMember::Event { name, is_static, delegate }),
        1 => (
            select(&[Prim::Int, Prim::Long, Prim::Double, Prim::Str][..]),
            any::<bool>(),
        )
            .prop_map(|(target, explicit)| RawMember::Conversion { target, explicit }),
        4 => (any::<Index>(), proptest::bool::weighted(0.2), proptest::bool::weighted(0.2))
            .prop_map(|(pick, sealed, make_abstract)| RawMember::Override {
                pick,
                sealed,
                make_abstract,
            }),
        2 => (
            any::<Index>(),
            proptest::option::of(proptest::option::weighted(0.7, raw_ty())),
            proptest::bool::weighted(0.3),
        )
            .prop_map(|(pick, ret, flip_static)| RawMember::Hide { pick, ret, flip_static }),
        1 => (0u8..3).prop_map(RawMember::ObjectOverride),
    ]
}

fn raw_kind() -> impl Strategy<Value = RawKind> {
    let class = (
        prop_oneof![
            4 => Just(ClassMod::Plain),
            3 => Just(ClassMod::Abstract),
            1 => Just(ClassMod::Sealed),
            1 => Just(ClassMod::Static),
        ],
        proptest::option::weighted(0.6, any::<Index>()),
        vec(any::<Index>(), 0..=2),
    )
        .prop_map(|(modifier, base, ifaces)| RawKind::Class {
            modifier,
            base,
            ifaces,
        });
    let enum_value = prop_oneof![
        4 => 0u64..8,
        2 => any::<u64>(),
        1 => select(&[u64::MAX, 0x80, 0xff, 0x8000, 0x8000_0000, 0x8000_0000_0000_0000][..]),
    ];
    let underlying = prop_oneof![
        4 => select(&[Prim::Int, Prim::Long, Prim::Byte, Prim::Short][..]),
        1 => select(&[Prim::SByte, Prim::UShort, Prim::UInt, Prim::ULong][..]),
    ];
    prop_oneof![
        6 => class,
        2 => vec(any::<Index>(), 0..=2).prop_map(|bases| RawKind::Interface { bases }),
        2 => vec(any::<Index>(), 0..=2).prop_map(|ifaces| RawKind::Struct { ifaces }),
        2 => (underlying, any::<bool>(), vec((cs_member_name(), enum_value), 0..=5))
            .prop_map(|(underlying, flags, values)| RawKind::Enum { underlying, flags, values }),
        1 => (proptest::option::weighted(0.6, raw_ty()), vec(raw_param(), 0..=3))
            .prop_map(|(ret, params)| RawKind::Delegate { ret, params }),
    ]
}

fn raw_type(depth: u32) -> BoxedStrategy<RawType> {
    let nested = if depth == 0 {
        Just(Vec::new()).boxed()
    } else {
        prop_oneof![3 => Just(Vec::new()), 1 => vec(raw_type(depth - 1), 1..=1)].boxed()
    };
    (
        any::<Index>(),
        cs_type_name(),
        raw_kind(),
        vec(raw_member(), 0..=6),
        vec(0u8..4, 1..=3),
        nested,
    )
        .prop_map(|(ns, name, kind, members, choices, nested)| RawType {
            ns,
            name,
            kind,
            members,
            choices,
            nested,
        })
        .boxed()
}

fn cs_shape() -> impl Strategy<Value = CsShape> {
    let first = prop_oneof![1 => Just(Vec::new()), 6 => vec(cs_ns_segment(), 1..=2)];
    let second = proptest::option::weighted(0.5, (any::<bool>(), vec(cs_ns_segment(), 1..=2)));
    (first, second, vec(raw_type(2), 2..=9)).prop_map(|(first, second, types)| {
        let mut namespaces = vec![first.clone()];
        if let Some((extend, segments)) = second {
            let ns = if extend {
                first.into_iter().chain(segments).collect()
            } else {
                segments
            };
            namespaces.push(ns);
        }
        CsShape { namespaces, types }
    })
}

// ---- C# libraries: a shape made valid ------------------------------------

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Ty {
    P(Prim),
    IntArr,
    UIntArr,
    StrArr,
    ListInt,
    DictStrInt,
    Named(usize),
    /// The type parameter of a generic method.
    T,
    /// A type of twain's class library, as C# source.
    Ext(&'static str),
}

impl Ty {
    fn unsigned_twin(&self) -> Option<Ty> {
        match self {
            Ty::P(p) => p.unsigned_twin().map(Ty::P),
            Ty::IntArr => Some(Ty::UIntArr),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Param {
    name: String,
    ty: Ty,
    pmod: PMod,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum What {
    Method,
    Generic,
    Property,
    Indexer,
}

/// What a name is used for in a type: methods overload, the rest do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Use {
    Method,
    Other,
}

impl What {
    fn use_(self) -> Use {
        match self {
            What::Method | What::Generic => Use::Method,
            What::Property | What::Indexer => Use::Other,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Modifier {
    None,
    New,
    Virtual,
    NewVirtual,
    Abstract,
    NewAbstract,
    Override,
    SealedOverride,
    AbstractOverride,
}

impl Modifier {
    fn with_new(self) -> Modifier {
        match self {
            Modifier::None => Modifier::New,
            Modifier::Virtual => Modifier::NewVirtual,
            Modifier::Abstract => Modifier::NewAbstract,
            m => m,
        }
    }

    fn text(self) -> &'static str {
        match self {
            Modifier::None => "",
            Modifier::New => "new ",
            Modifier::Virtual => "virtual ",
            Modifier::NewVirtual => "new virtual ",
            Modifier::Abstract => "abstract ",
            Modifier::NewAbstract => "new abstract ",
            Modifier::Override => "override ",
            Modifier::SealedOverride => "sealed override ",
            Modifier::AbstractOverride => "abstract override ",
        }
    }
}

/// Methods, properties and indexers: what overriding and interface
/// implementation are about.
#[derive(Debug, Clone)]
struct Decl {
    what: What,
    name: String,
    params: Vec<Param>,
    /// The return type, or the property's type; `None`: void.
    ret: Option<Ty>,
    setter: bool,
    is_static: bool,
    acc: Acc,
    modifier: Modifier,
    /// An explicit implementation of this interface's member.
    explicit: Option<usize>,
}

/// C#'s identity of a member: what it is, its name, and its parameter
/// types (`ref` and `out` do not tell overloads apart).
type Key = (What, String, Vec<(Ty, bool)>);

impl Decl {
    fn key(&self) -> Key {
        (
            self.what,
            self.name.clone(),
            self.params
                .iter()
                .map(|p| (p.ty.clone(), p.pmod != PMod::None))
                .collect(),
        )
    }

    fn is_abstract(&self) -> bool {
        matches!(
            self.modifier,
            Modifier::Abstract | Modifier::NewAbstract | Modifier::AbstractOverride
        )
    }

    fn is_overridable(&self) -> bool {
        matches!(
            self.modifier,
            Modifier::Virtual
                | Modifier::NewVirtual
                | Modifier::Abstract
                | Modifier::NewAbstract
                | Modifier::Override
                | Modifier::AbstractOverride
        ) && !self.is_static
            && self.explicit.is_none()
    }

    /// Whether this member implements interface member `d`.
    fn implements(&self, d: &Decl) -> bool {
        self.what == d.what
            && self.explicit.is_none()
            && !self.is_static
            && self.acc == Acc::Public
            && self.ret == d.ret
            && self.setter == d.setter
            && self.params.len() == d.params.len()
            && self
                .params
                .iter()
                .zip(&d.params)
                .all(|(a, b)| a.ty == b.ty && a.pmod == b.pmod)
    }

    fn simple(what: What, name: &str, params: Vec<Param>, ret: Option<Ty>) -> Decl {
        Decl {
            what,
            name: name.to_owned(),
            params,
            ret,
            setter: false,
            is_static: false,
            acc: Acc::Public,
            modifier: Modifier::None,
            explicit: None,
        }
    }
}

/// `System.Object`'s virtual methods, which every class and struct inherits.
fn object_root() -> Vec<Decl> {
    let virt = |name: &str, params: Vec<Param>, ret: Prim| Decl {
        modifier: Modifier::Virtual,
        ..Decl::simple(What::Method, name, params, Some(Ty::P(ret)))
    };
    vec![
        virt("ToString", Vec::new(), Prim::Str),
        virt(
            "Equals",
            vec![Param {
                name: "obj".into(),
                ty: Ty::P(Prim::Obj),
                pmod: PMod::None,
            }],
            Prim::Bool,
        ),
        virt("GetHashCode", Vec::new(), Prim::Int),
    ]
}

const OBJECT_METHOD_NAMES: &[&str] = &[
    "ToString",
    "Equals",
    "GetHashCode",
    "GetType",
    "MemberwiseClone",
    "Finalize",
    "ReferenceEquals",
];

#[derive(Debug, Clone)]
enum FieldInit {
    None,
    Static,
    Readonly,
    StaticReadonly,
    Const(String),
}

#[derive(Debug, Clone)]
struct CsField {
    name: String,
    acc: Acc,
    ty: Ty,
    init: FieldInit,
}

#[derive(Debug, Clone)]
struct CsCtor {
    protected: bool,
    params: Vec<Param>,
    /// The argument types of the base constructor it calls.
    base_args: Vec<Ty>,
}

#[derive(Debug, Clone)]
enum CsKind {
    Class {
        modifier: ClassMod,
        base: Option<usize>,
        ifaces: Vec<usize>,
    },
    Interface {
        bases: Vec<usize>,
    },
    Struct {
        ifaces: Vec<usize>,
    },
    Enum {
        underlying: Prim,
        flags: bool,
        values: Vec<(String, String)>,
    },
    Delegate {
        ret: Option<Ty>,
        params: Vec<Param>,
    },
}

#[derive(Debug, Clone)]
struct CsType {
    ns: usize,
    outer: Option<usize>,
    name: String,
    kind: CsKind,
    decls: Vec<Decl>,
    fields: Vec<CsField>,
    events: Vec<(String, usize, bool)>,
    ctors: Vec<CsCtor>,
    conversions: Vec<(Prim, bool)>,
    /// A type of twain's class library (not rendered): its C# name.
    external: Option<&'static str>,
}

/// Types of twain's class library that generated types derive from or
/// implement, or name in signatures. They come first in `CsLib::types`.
fn system_types() -> Vec<CsType> {
    let method = |name: &str, params: &[Ty], ret: Option<Ty>| {
        let params = params
            .iter()
            .enumerate()
            .map(|(i, t)| Param {
                name: format!("a{i}"),
                ty: t.clone(),
                pmod: PMod::None,
            })
            .collect();
        Decl::simple(What::Method, name, params, ret)
    };
    let class = || CsKind::Class {
        modifier: ClassMod::Plain,
        base: None,
        ifaces: Vec::new(),
    };
    let iface = |bases: Vec<usize>| CsKind::Interface { bases };
    let ty = |name: &'static str, kind: CsKind, decls: Vec<Decl>| CsType {
        ns: 0,
        outer: None,
        name: name.to_owned(),
        kind,
        decls,
        fields: Vec::new(),
        events: Vec::new(),
        ctors: Vec::new(),
        conversions: Vec::new(),
        external: Some(name),
    };
    let message = Decl {
        modifier: Modifier::Virtual,
        ..Decl::simple(
            What::Property,
            "Message",
            Vec::new(),
            Some(Ty::P(Prim::Str)),
        )
    };
    let int = || Some(Ty::P(Prim::Int));
    vec![
        ty("global::System.Exception", class(), vec![message]),
        ty(
            "global::System.Collections.Generic.List<int>",
            class(),
            Vec::new(),
        ),
        ty(
            "global::System.IDisposable",
            iface(Vec::new()),
            vec![method("Dispose", &[], None)],
        ),
        ty(
            "global::System.ICloneable",
            iface(Vec::new()),
            vec![method("Clone", &[], Some(Ty::P(Prim::Obj)))],
        ),
        ty(
            "global::System.IComparable",
            iface(Vec::new()),
            vec![method("CompareTo", &[Ty::P(Prim::Obj)], int())],
        ),
        ty(
            "global::System.IComparable<int>",
            iface(Vec::new()),
            vec![method("CompareTo", &[Ty::P(Prim::Int)], int())],
        ),
        ty(
            "global::System.Collections.IEnumerable",
            iface(Vec::new()),
            vec![method(
                "GetEnumerator",
                &[],
                Some(Ty::Ext("global::System.Collections.IEnumerator")),
            )],
        ),
        // Extends the previous one.
        ty(
            "global::System.Collections.Generic.IEnumerable<int>",
            iface(vec![6]),
            vec![method(
                "GetEnumerator",
                &[],
                Some(Ty::Ext(
                    "global::System.Collections.Generic.IEnumerator<int>",
                )),
            )],
        ),
    ]
}

/// Stands for the name of the outermost type enclosing a nested type: C#
/// forbids only the name of the type right around it.
const ENCLOSING: &str = "<enclosing>";

/// `t` and the types nested in it (recursively), each with the index of
/// its enclosing type; indices start at `first`.
fn flatten<'a>(
    t: &'a RawType,
    outer: Option<usize>,
    first: usize,
    out: &mut Vec<(&'a RawType, Option<usize>)>,
) {
    let i = first + out.len();
    out.push((t, outer));
    if matches!(t.kind, RawKind::Class { .. } | RawKind::Struct { .. }) {
        for n in &t.nested {
            flatten(n, Some(i), first, out);
        }
    }
}

/// A C# library that `mcs` compiles, made from a shape.
#[derive(Debug)]
struct CsLib {
    namespaces: Vec<Vec<String>>,
    types: Vec<CsType>,
    /// The types a signature may name (not static classes).
    refs: Vec<usize>,
    delegates: Vec<usize>,
    enums: Vec<usize>,
}

/// A type's own member names and members while it is resolved.
struct Own {
    decls: Vec<Decl>,
    names: HashMap<String, Use>,
}

impl Own {
    fn new(type_name: &str) -> Own {
        let mut names = HashMap::new();
        names.insert(type_name.to_owned(), Use::Other);
        Own {
            decls: Vec::new(),
            names,
        }
    }

    fn find(&self, key: &Key) -> Option<&Decl> {
        self.decls
            .iter()
            .find(|d| d.explicit.is_none() && &d.key() == key)
    }

    fn can(&self, u: Use, name: &str) -> bool {
        match self.names.get(name) {
            None => true,
            Some(&x) => x == Use::Method && u == Use::Method,
        }
    }

    fn push(&mut self, d: Decl) {
        if d.explicit.is_none() {
            self.names.insert(d.name.clone(), d.what.use_());
        }
        self.decls.push(d);
    }
}

/// What a type inherits: members nearest first, and the names in use.
struct Inherited {
    decls: Vec<Decl>,
    names: HashMap<String, Use>,
}

impl Inherited {
    fn nearest(&self, key: &Key) -> Option<&Decl> {
        self.decls.iter().find(|d| &d.key() == key)
    }

    /// The nearest member of each key.
    fn visible(&self) -> Vec<&Decl> {
        let mut seen = HashSet::new();
        self.decls.iter().filter(|d| seen.insert(d.key())).collect()
    }

    fn compat(&self, u: Use, name: &str) -> bool {
        match self.names.get(name) {
            None => true,
            Some(&x) => x == Use::Method && u == Use::Method,
        }
    }

    fn hides_abstract(&self, key: &Key) -> bool {
        self.nearest(key).is_some_and(Decl::is_abstract)
    }
}

/// Adds member `d` (and its unsigned twin) to `own`: renamed where C#
/// would reject the name, `new` where it hides an inherited member.
fn add_decl(own: &mut Own, mut d: Decl, twin: bool, inh: &Inherited, in_interface: bool) {
    let u = d.what.use_();
    let blocked = |own: &Own, d: &Decl| {
        let key = d.key();
        !own.can(u, &d.name)
            || !inh.compat(u, &d.name)
            || own.find(&key).is_some()
            || (!in_interface && inh.hides_abstract(&key))
    };
    if blocked(own, &d) {
        d.name = fresh(&d.name, |n| {
            own.names.contains_key(n) || inh.names.contains_key(n)
        });
    }
    let base_modifier = d.modifier;
    let twin = twin
        .then(|| {
            let i = d
                .params
                .iter()
                .position(|p| p.ty.unsigned_twin().is_some())?;
            let mut t = d.clone();
            t.params[i].ty = t.params[i].ty.unsigned_twin()?;
            Some(t)
        })
        .flatten();
    if inh.nearest(&d.key()).is_some() {
        d.modifier = d.modifier.with_new();
    }
    own.push(d);
    if let Some(mut t) = twin {
        if !blocked(own, &t) {
            t.modifier = base_modifier;
            if inh.nearest(&t.key()).is_some() {
                t.modifier = t.modifier.with_new();
            }
            own.push(t);
        }
    }
}

/// How a class-like type restricts its members.
#[derive(Debug, Clone, Copy)]
struct Ctx {
    is_struct: bool,
    is_static: bool,
    is_abstract: bool,
    is_sealed: bool,
}

impl Ctx {
    fn normalize(self, d: &mut Decl) {
        if self.is_static {
            d.is_static = true;
        }
        if (self.is_struct || self.is_static)
            && matches!(d.acc, Acc::Protected | Acc::ProtectedInternal)
        {
            d.acc = Acc::Public;
        }
        if d.is_static || self.is_struct || self.is_sealed || self.is_static {
            d.modifier = Modifier::None;
        } else if d.modifier == Modifier::Abstract && !self.is_abstract {
            d.modifier = Modifier::Virtual;
        }
        if d.acc == Acc::Private && d.modifier != Modifier::None {
            d.acc = Acc::Public;
        }
    }
}

fn modifier_of(disp: RDisp) -> Modifier {
    match disp {
        RDisp::Plain => Modifier::None,
        RDisp::Virtual => Modifier::Virtual,
        RDisp::Abstract => Modifier::Abstract,
    }
}

impl CsLib {
    fn resolve(shape: &CsShape) -> CsLib {
        let mut namespaces: Vec<Vec<String>> = Vec::new();
        for ns in &shape.namespaces {
            if !namespaces.contains(ns) {
                namespaces.push(ns.clone());
            }
        }
        // A namespace cannot hold a type named like one of its namespaces.
        let forbidden: Vec<HashSet<String>> = namespaces
            .iter()
            .map(|ns| {
                namespaces
                    .iter()
                    .filter(|o| o.len() > ns.len() && o.starts_with(ns))
                    .map(|o| o[ns.len()].clone())
                    // mcs crashes on some `System` names in the global namespace.
                    .chain(
                        ["Object", "String", "ValueType", "Enum"]
                            .iter()
                            .filter(|_| ns.is_empty())
                            .map(|s| (*s).to_owned()),
                    )
                    .collect()
            })
            .collect();
        let system = system_types();
        let k = system.len();
        let mut raws: Vec<(&RawType, Option<usize>)> = Vec::new();
        for t in &shape.types {
            flatten(t, None, k, &mut raws);
        }
        let mut lib = CsLib {
            namespaces,
            types: system,
            refs: Vec::new(),
            delegates: Vec::new(),
            enums: Vec::new(),
        };
        let mut used: Vec<HashSet<String>> = vec![HashSet::new(); lib.namespaces.len()];
        let mut nested_used: HashMap<usize, HashSet<String>> = HashMap::new();
        for &(raw, outer) in &raws {
            let (ns, name) = match outer {
                None => {
                    let ns = raw.ns.index(lib.namespaces.len());
                    let wanted = if raw.name == ENCLOSING {
                        "Enclosing"
                    } else {
                        &raw.name
                    };
                    let name = fresh(wanted, |n| {
                        used[ns].contains(n) || forbidden[ns].contains(n)
                    });
                    used[ns].insert(name.clone());
                    (ns, name)
                }
                Some(o) => {
                    let outer_name = lib.types[o].name.clone();
                    let mut top = o;
                    while let Some(t) = lib.types[top].outer {
                        top = t;
                    }
                    let wanted = if raw.name == ENCLOSING {
                        lib.types[top].name.clone()
                    } else {
                        raw.name.clone()
                    };
                    let set = nested_used.entry(o).or_default();
                    let name = fresh(&wanted, |n| set.contains(n) || n == outer_name);
                    set.insert(name.clone());
                    (lib.types[o].ns, name)
                }
            };
            let kind = match &raw.kind {
                RawKind::Class { modifier, .. } => CsKind::Class {
                    modifier: *modifier,
                    base: None,
                    ifaces: Vec::new(),
                },
                RawKind::Interface { .. } => CsKind::Interface { bases: Vec::new() },
                RawKind::Struct { .. } => CsKind::Struct { ifaces: Vec::new() },
                RawKind::Enum {
                    underlying, flags, ..
                } => CsKind::Enum {
                    underlying: *underlying,
                    flags: *flags,
                    values: Vec::new(),
                },
                RawKind::Delegate { .. } => CsKind::Delegate {
                    ret: None,
                    params: Vec::new(),
                },
            };
            lib.types.push(CsType {
                ns,
                outer,
                name,
                kind,
                decls: Vec::new(),
                fields: Vec::new(),
                events: Vec::new(),
                ctors: Vec::new(),
                conversions: Vec::new(),
                external: None,
            });
        }
        for (i, t) in lib.types.iter().enumerate() {
            match t.kind {
                CsKind::Class {
                    modifier: ClassMod::Static,
                    ..
                } => {}
                CsKind::Delegate { .. } => {
                    lib.refs.push(i);
                    lib.delegates.push(i);
                }
                CsKind::Enum { .. } => {
                    lib.refs.push(i);
                    lib.enums.push(i);
                }
                _ => lib.refs.push(i),
            }
        }
        // Supertypes, enum values, delegate signatures.
        for (i, &(raw, _)) in raws.iter().enumerate().map(|(n, r)| (n + k, r)) {
            let interfaces_for = |lib: &CsLib, picks: &[Index], below: Option<usize>| {
                let cands: Vec<usize> = (0..lib.types.len())
                    .filter(|&j| matches!(lib.types[j].kind, CsKind::Interface { .. }))
                    .filter(|&j| below.is_none_or(|b| j < b))
                    // (C# accepts `class A : A.I`, which Java calls cyclic.)
                    .flat_map(|j| std::iter::repeat_n(j, lib.weight(j)))
                    .collect();
                let mut out: Vec<usize> = Vec::new();
                for p in picks {
                    if !cands.is_empty() {
                        let j = cands[p.index(cands.len())];
                        if !out.contains(&j) {
                            out.push(j);
                        }
                    }
                }
                out
            };
            let kind = match &raw.kind {
                RawKind::Class {
                    modifier,
                    base,
                    ifaces,
                } => {
                    if *modifier == ClassMod::Static {
                        continue;
                    }
                    let cands: Vec<usize> = (0..i)
                        .filter(|&j| {
                            matches!(
                                lib.types[j].kind,
                                CsKind::Class {
                                    modifier: ClassMod::Plain | ClassMod::Abstract,
                                    ..
                                }
                            )
                        })
                        .flat_map(|j| std::iter::repeat_n(j, lib.weight(j)))
                        .collect();
                    CsKind::Class {
                        modifier: *modifier,
                        base: base
                            .filter(|_| !cands.is_empty())
                            .map(|b| cands[b.index(cands.len())]),
                        ifaces: interfaces_for(&lib, ifaces, None),
                    }
                }
                RawKind::Interface { bases } => CsKind::Interface {
                    bases: interfaces_for(&lib, bases, Some(i)),
                },
                RawKind::Struct { ifaces } => CsKind::Struct {
                    ifaces: interfaces_for(&lib, ifaces, None),
                },
                RawKind::Enum {
                    underlying,
                    flags,
                    values,
                } => {
                    let mut names = HashSet::new();
                    names.insert(lib.types[i].name.clone());
                    names.insert("value__".to_owned());
                    let values = values
                        .iter()
                        .map(|(n, bits)| {
                            let n = fresh(n, |x| names.contains(x));
                            names.insert(n.clone());
                            (n, enum_literal(*underlying, *bits))
                        })
                        .collect();
                    CsKind::Enum {
                        underlying: *underlying,
                        flags: *flags,
                        values,
                    }
                }
                RawKind::Delegate { ret, params } => CsKind::Delegate {
                    ret: ret.as_ref().map(|r| lib.ty(r)),
                    params: lib.params(params),
                },
            };
            lib.types[i].kind = kind;
        }
        // Interfaces first (their bases come before them), then the rest in
        // order (bases come before their subclasses).
        for (i, &(raw, _)) in raws.iter().enumerate().map(|(n, r)| (n + k, r)) {
            if matches!(lib.types[i].kind, CsKind::Interface { .. }) {
                lib.resolve_interface(i, raw);
            }
        }
        for (i, &(raw, _)) in raws.iter().enumerate().map(|(n, r)| (n + k, r)) {
            if matches!(
                lib.types[i].kind,
                CsKind::Class { .. } | CsKind::Struct { .. }
            ) {
                lib.resolve_class(i, raw);
            }
        }
        lib
    }

    /// How often supertype `j` is among the candidates: generated types
    /// three times as often as the class library's.
    fn weight(&self, j: usize) -> usize {
        if self.types[j].external.is_some() {
            1
        } else {
            3
        }
    }

    fn ty(&self, r: &RawTy) -> Ty {
        match r {
            RawTy::P(p) => Ty::P(*p),
            RawTy::IntArr => Ty::IntArr,
            RawTy::StrArr => Ty::StrArr,
            RawTy::ListInt => Ty::ListInt,
            RawTy::DictStrInt => Ty::DictStrInt,
            RawTy::Named(ix) if self.refs.is_empty() => {
                let _ = ix;
                Ty::P(Prim::Obj)
            }
            RawTy::Named(ix) => Ty::Named(self.refs[ix.index(self.refs.len())]),
        }
    }

    fn params(&self, raw: &[RawParam]) -> Vec<Param> {
        let mut names: HashSet<String> = HashSet::new();
        raw.iter()
            .map(|p| {
                let name = fresh(&p.name, |n| names.contains(n));
                names.insert(name.clone());
                Param {
                    name,
                    ty: self.ty(&p.ty),
                    pmod: p.pmod,
                }
            })
            .collect()
    }

    /// Interfaces `direct` and all their bases, each once.
    fn iface_closure(&self, direct: &[usize]) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        let mut todo: Vec<usize> = direct.to_vec();
        while !todo.is_empty() {
            let j = todo.remove(0);
            if out.contains(&j) {
                continue;
            }
            out.push(j);
            if let CsKind::Interface { bases } = &self.types[j].kind {
                todo.extend(bases.iter().copied());
            }
        }
        out
    }

    fn base_of(&self, i: usize) -> Option<usize> {
        match &self.types[i].kind {
            CsKind::Class { base, .. } => *base,
            _ => None,
        }
    }

    fn nested_of(&self, i: usize) -> Vec<usize> {
        (0..self.types.len())
            .filter(|&j| self.types[j].outer == Some(i))
            .collect()
    }

    /// The names of `i` and of the types enclosing it.
    fn enclosing_names(&self, i: usize) -> Vec<String> {
        let mut out = vec![self.types[i].name.clone()];
        let mut next = self.types[i].outer;
        while let Some(o) = next {
            out.push(self.types[o].name.clone());
            next = self.types[o].outer;
        }
        out
    }

    /// What class or struct `i` inherits (its base chain, then `object`).
    fn inherited(&self, i: usize) -> Inherited {
        let mut decls = Vec::new();
        let mut names = HashMap::new();
        let mut next = self.base_of(i);
        while let Some(c) = next {
            let t = &self.types[c];
            for d in t.decls.iter().filter(|d| d.explicit.is_none()) {
                decls.push(d.clone());
                names.entry(d.name.clone()).or_insert(d.what.use_());
            }
            for f in &t.fields {
                names.insert(f.name.clone(), Use::Other);
            }
            for e in &t.events {
                names.insert(e.0.clone(), Use::Other);
            }
            for n in self.nested_of(c) {
                names.insert(self.types[n].name.clone(), Use::Other);
            }
            next = self.base_of(c);
        }
        decls.extend(object_root());
        for n in OBJECT_METHOD_NAMES {
            names.entry((*n).to_owned()).or_insert(Use::Method);
        }
        Inherited { decls, names }
    }

    fn resolve_interface(&mut self, i: usize, raw: &RawType) {
        let bases = match &self.types[i].kind {
            CsKind::Interface { bases } => bases.clone(),
            _ => return,
        };
        let mut inh = Inherited {
            decls: Vec::new(),
            names: HashMap::new(),
        };
        for j in self.iface_closure(&bases) {
            for d in &self.types[j].decls {
                inh.decls.push(d.clone());
                inh.names.entry(d.name.clone()).or_insert(d.what.use_());
            }
        }
        let mut own = Own::new(&self.types[i].name);
        for m in &raw.members {
            let (d, twin) = match m {
                RawMember::Method {
                    name,
                    ret,
                    params,
                    twin,
                    ..
                } => (
                    Decl::simple(
                        What::Method,
                        name,
                        self.params(params),
                        ret.as_ref().map(|r| self.ty(r)),
                    ),
                    *twin,
                ),
                RawMember::Property {
                    name, ty, setter, ..
                } => (
                    Decl {
                        setter: *setter,
                        ..Decl::simple(What::Property, name, Vec::new(), Some(self.ty(ty)))
                    },
                    false,
                ),
                RawMember::Indexer {
                    ty,
                    key_is_string,
                    setter,
                } => {
                    if !own.can(Use::Other, "Item") || !inh.compat(Use::Other, "Item") {
                        continue;
                    }
                    (indexer(self.ty(ty), *key_is_string, *setter), false)
                }
                _ => continue,
            };
            add_decl(&mut own, d, twin, &inh, true);
        }
        self.types[i].decls = own.decls;
    }

    fn resolve_class(&mut self, i: usize, raw: &RawType) {
        let (modifier, ifaces, is_struct) = match &self.types[i].kind {
            CsKind::Class {
                modifier, ifaces, ..
            } => (*modifier, ifaces.clone(), false),
            CsKind::Struct { ifaces } => (ClassMod::Sealed, ifaces.clone(), true),
            _ => return,
        };
        let mut ctx = Ctx {
            is_struct,
            is_static: modifier == ClassMod::Static,
            is_abstract: modifier == ClassMod::Abstract,
            is_sealed: modifier == ClassMod::Sealed || is_struct,
        };
        let base = self.base_of(i);
        let inh = self.inherited(i);
        // A nested type named like an inherited member would clash with the
        // overrides and implementations below: rename it.
        let nested = self.nested_of(i);
        for &n in &nested {
            if inh.names.contains_key(&self.types[n].name) {
                let taken: HashSet<String> = nested
                    .iter()
                    .map(|&m| self.types[m].name.clone())
                    .chain(std::iter::once(self.types[i].name.clone()))
                    .collect();
                // Nor like a type enclosing it or nested in it (C# forbids a
                // type named like the one right around it).
                let mut around = self.enclosing_names(i);
                around.extend(
                    (0..self.types.len())
                        .filter(|&d| {
                            let mut o = self.types[d].outer;
                            while let Some(x) = o {
                                if x == n {
                                    return true;
                                }
                                o = self.types[x].outer;
                            }
                            false
                        })
                        .map(|d| self.types[d].name.clone()),
                );
                self.types[n].name = fresh(&self.types[n].name, |x| {
                    taken.contains(x)
                        || inh.names.contains_key(x)
                        || around.contains(&x.to_string())
                });
            }
        }
        // A class cannot declare a member named like itself: one that has to
        // override an abstract member of that name stays abstract.
        let self_named = inh
            .visible()
            .iter()
            .any(|d| d.is_abstract() && d.name == self.types[i].name);
        if self_named && !is_struct && !ctx.is_abstract {
            if let CsKind::Class { modifier, .. } = &mut self.types[i].kind {
                *modifier = ClassMod::Abstract;
            }
            ctx.is_abstract = true;
            ctx.is_sealed = false;
        }
        let mut own = Own::new(&self.types[i].name);
        for &n in &nested {
            own.names.insert(self.types[n].name.clone(), Use::Other);
        }
        // 1. A concrete class overrides every abstract member it inherits.
        if !ctx.is_abstract && !is_struct && !ctx.is_static {
            let pending: Vec<Decl> = inh
                .visible()
                .into_iter()
                .filter(|d| d.is_abstract())
                .cloned()
                .collect();
            for mut d in pending {
                d.modifier = Modifier::Override;
                own.push(d);
            }
        }
        // 2. Overrides, hiding, and object's methods.
        if !ctx.is_static {
            for m in &raw.members {
                match m {
                    RawMember::Override {
                        pick,
                        sealed,
                        make_abstract,
                    } if !is_struct => {
                        let cands: Vec<Decl> = inh
                            .visible()
                            .into_iter()
                            .filter(|d| d.is_overridable())
                            .filter(|d| own.find(&d.key()).is_none())
                            .filter(|d| own.can(d.what.use_(), &d.name))
                            .cloned()
                            .collect();
                        if cands.is_empty() {
                            continue;
                        }
                        let mut d = cands[pick.index(cands.len())].clone();
                        d.modifier = if *make_abstract && ctx.is_abstract {
                            Modifier::AbstractOverride
                        } else if *sealed {
                            Modifier::SealedOverride
                        } else {
                            Modifier::Override
                        };
                        own.push(d);
                    }
                    RawMember::Hide {
                        pick,
                        ret,
                        flip_static,
                    } if !is_struct => {
                        let n_root = object_root().len();
                        let chain = &inh.decls[..inh.decls.len() - n_root];
                        let mut seen = HashSet::new();
                        let cands: Vec<Decl> = chain
                            .iter()
                            .filter(|d| seen.insert(d.key()))
                            .filter(|d| d.what == What::Method && !d.is_abstract())
                            .filter(|d| own.find(&d.key()).is_none())
                            .filter(|d| own.can(Use::Method, &d.name))
                            .cloned()
                            .collect();
                        if cands.is_empty() {
                            continue;
                        }
                        let mut d = cands[pick.index(cands.len())].clone();
                        if let Some(r) = ret {
                            d.ret = r.as_ref().map(|r| self.ty(r));
                        }
                        if *flip_static {
                            d.is_static = !d.is_static;
                        }
                        d.acc = Acc::Public;
                        d.modifier = Modifier::New;
                        own.push(d);
                    }
                    RawMember::ObjectOverride(k) => {
                        let root = object_root();
                        let Some(r) = root.get(usize::from(*k)) else {
                            continue;
                        };
                        let key = r.key();
                        let ok = own.find(&key).is_none()
                            && own.can(Use::Method, &r.name)
                            && inh
                                .nearest(&key)
                                .is_some_and(|n| n.is_overridable() && n.ret == r.ret);
                        if ok {
                            let mut d = r.clone();
                            d.modifier = Modifier::Override;
                            own.push(d);
                        }
                    }
                    _ => {}
                }
            }
        }
        // 3. Interface members: inherited, implicit, or explicit.
        if !ctx.is_static {
            let mut turn = 0usize;
            for j in self.iface_closure(&ifaces) {
                for d in self.types[j].decls.clone() {
                    let style = raw
                        .choices
                        .get(turn % raw.choices.len().max(1))
                        .copied()
                        .unwrap_or(0);
                    turn += 1;
                    let key = d.key();
                    let explicit = |own: &mut Own| {
                        if !own
                            .decls
                            .iter()
                            .any(|x| x.explicit == Some(j) && x.key() == key)
                        {
                            own.decls.push(Decl {
                                explicit: Some(j),
                                modifier: Modifier::None,
                                ..d.clone()
                            });
                        }
                    };
                    if let Some(o) = own.find(&key) {
                        if !o.implements(&d) {
                            explicit(&mut own);
                        }
                        continue;
                    }
                    if inh.nearest(&key).is_some_and(|n| n.implements(&d)) {
                        continue;
                    }
                    let u = d.what.use_();
                    let free =
                        own.can(u, &d.name) && inh.compat(u, &d.name) && !inh.hides_abstract(&key);
                    if style == 1 || !free {
                        explicit(&mut own);
                        continue;
                    }
                    let mut m = d.clone();
                    m.modifier = match style {
                        2 if ctx.is_abstract => Modifier::Abstract,
                        3 if !ctx.is_sealed => Modifier::Virtual,
                        _ => Modifier::None,
                    };
                    if inh.nearest(&key).is_some() {
                        m.modifier = m.modifier.with_new();
                    }
                    own.push(m);
                }
            }
        }
        // 4. The type's own members.
        let mut fields: Vec<CsField> = Vec::new();
        let mut events: Vec<(String, usize, bool)> = Vec::new();
        let mut ctors: Vec<CsCtor> = Vec::new();
        let mut conversions: Vec<(Prim, bool)> = Vec::new();
        let other_name = |own: &Own, name: &str| {
            if own.can(Use::Other, name) && inh.compat(Use::Other, name) {
                name.to_owned()
            } else {
                fresh(name, |n| {
                    own.names.contains_key(n) || inh.names.contains_key(n)
                })
            }
        };
        for m in &raw.members {
            match m {
                RawMember::Method {
                    name,
                    acc,
                    is_static,
                    disp,
                    ret,
                    params,
                    twin,
                } => {
                    let mut d = Decl {
                        acc: *acc,
                        is_static: *is_static,
                        modifier: modifier_of(*disp),
                        ..Decl::simple(
                            What::Method,
                            name,
                            self.params(params),
                            ret.as_ref().map(|r| self.ty(r)),
                        )
                    };
                    ctx.normalize(&mut d);
                    add_decl(&mut own, d, *twin, &inh, false);
                }
                RawMember::Generic { name, is_static } => {
                    let t = Param {
                        name: "x".into(),
                        ty: Ty::T,
                        pmod: PMod::None,
                    };
                    let mut d = Decl {
                        is_static: *is_static,
                        ..Decl::simple(What::Generic, name, vec![t], Some(Ty::T))
                    };
                    ctx.normalize(&mut d);
                    add_decl(&mut own, d, false, &inh, false);
                }
                RawMember::Property {
                    name,
                    acc,
                    is_static,
                    disp,
                    ty,
                    setter,
                } => {
                    let mut d = Decl {
                        acc: *acc,
                        is_static: *is_static,
                        modifier: modifier_of(*disp),
                        setter: *setter,
                        ..Decl::simple(What::Property, name, Vec::new(), Some(self.ty(ty)))
                    };
                    ctx.normalize(&mut d);
                    add_decl(&mut own, d, false, &inh, false);
                }
                RawMember::Indexer {
                    ty,
                    key_is_string,
                    setter,
                } => {
                    if ctx.is_static
                        || !own.can(Use::Other, "Item")
                        || !inh.compat(Use::Other, "Item")
                    {
                        continue;
                    }
                    let mut d = indexer(self.ty(ty), *key_is_string, *setter);
                    if !ctx.is_sealed {
                        d.modifier = Modifier::Virtual;
                    }
                    own.push(d);
                }
                RawMember::Field {
                    name,
                    acc,
                    ty,
                    kind,
                } => {
                    let acc = if (is_struct || ctx.is_static)
                        && matches!(acc, Acc::Protected | Acc::ProtectedInternal)
                    {
                        Acc::Public
                    } else {
                        *acc
                    };
                    let (ty, init) = match kind {
                        FKind::Const(ct, seed) => {
                            let (t, lit) = self.constant(ct, seed);
                            (t, FieldInit::Const(lit))
                        }
                        k => {
                            let mut t = self.ty(ty);
                            let instance = matches!(k, FKind::Instance | FKind::Readonly);
                            if is_struct && instance {
                                // A struct field of struct type could make a layout cycle.
                                if let Ty::Named(j) = t {
                                    if matches!(self.types[j].kind, CsKind::Struct { .. }) {
                                        t = Ty::P(Prim::Obj);
                                    }
                                }
                            }
                            let init = match (k, ctx.is_static) {
                                (FKind::Instance, false) => FieldInit::None,
                                (FKind::Readonly, false) => FieldInit::Readonly,
                                (FKind::Readonly | FKind::StaticReadonly, _) => {
                                    FieldInit::StaticReadonly
                                }
                                _ => FieldInit::Static,
                            };
                            (t, init)
                        }
                    };
                    let name = other_name(&own, name);
                    own.names.insert(name.clone(), Use::Other);
                    fields.push(CsField {
                        name,
                        acc,
                        ty,
                        init,
                    });
                }
                RawMember::Ctor { protected, params } => {
                    let params = self.params(params);
                    if ctx.is_static || (is_struct && params.is_empty()) {
                        continue;
                    }
                    let key: Vec<(Ty, bool)> = params
                        .iter()
                        .map(|p| (p.ty.clone(), p.pmod != PMod::None))
                        .collect();
                    let dup = ctors.iter().any(|c| {
                        c.params
                            .iter()
                            .map(|p| (p.ty.clone(), p.pmod != PMod::None))
                            .collect::<Vec<_>>()
                            == key
                    });
                    if !dup {
                        ctors.push(CsCtor {
                            protected: *protected && !is_struct,
                            params,
                            base_args: Vec::new(),
                        });
                    }
                }
                RawMember::Event {
                    name,
                    is_static,
                    delegate,
                } => {
                    if self.delegates.is_empty() {
                        continue;
                    }
                    let d = self.delegates[delegate.index(self.delegates.len())];
                    let name = other_name(&own, name);
                    own.names.insert(name.clone(), Use::Other);
                    events.push((name, d, *is_static || ctx.is_static));
                }
                RawMember::Conversion { target, explicit }
                    if !ctx.is_static && !conversions.iter().any(|c| c.0 == *target) =>
                {
                    conversions.push((*target, *explicit));
                }
                _ => {}
            }
        }
        // Constructors: one a subclass can call without by-ref arguments,
        // each calling a base constructor that exists.
        if !is_struct && !ctx.is_static {
            let by_ref = |c: &CsCtor| c.params.iter().any(|p| p.pmod != PMod::None);
            if !ctors.is_empty() && ctors.iter().all(by_ref) {
                for p in &mut ctors[0].params {
                    p.pmod = PMod::None;
                }
            }
            let base_args: Vec<Ty> = base
                .and_then(|b| {
                    self.types[b]
                        .ctors
                        .iter()
                        .filter(|c| !by_ref(c))
                        .min_by_key(|c| c.params.len())
                })
                .map(|c| c.params.iter().map(|p| p.ty.clone()).collect())
                .unwrap_or_default();
            if !base_args.is_empty() && ctors.is_empty() {
                ctors.push(CsCtor {
                    protected: false,
                    params: Vec::new(),
                    base_args: Vec::new(),
                });
            }
            for c in &mut ctors {
                c.base_args.clone_from(&base_args);
            }
        }
        let t = &mut self.types[i];
        t.decls = own.decls;
        t.fields = fields;
        t.events = events;
        t.ctors = ctors;
        t.conversions = conversions;
    }

    /// A constant's type and C# literal.
    fn constant(&self, ct: &ConstTy, seed: &ConstSeed) -> (Ty, String) {
        match ct {
            ConstTy::Enum(ix) if !self.enums.is_empty() => {
                let e = self.enums[ix.index(self.enums.len())];
                (
                    Ty::Named(e),
                    format!("({})({})", self.qname(e), seed.bits % 4),
                )
            }
            ConstTy::Enum(_) => (Ty::P(Prim::Int), cs_const(Prim::Int, seed)),
            ConstTy::P(p) => (Ty::P(*p), cs_const(*p, seed)),
        }
    }
}

fn indexer(ty: Ty, key_is_string: bool, setter: bool) -> Decl {
    let key = Param {
        name: "i".into(),
        ty: Ty::P(if key_is_string { Prim::Str } else { Prim::Int }),
        pmod: PMod::None,
    };
    Decl {
        setter,
        ..Decl::simple(What::Indexer, "Item", vec![key], Some(ty))
    }
}

/// An integer constant's value from a seed: small, minimum, maximum or any.
fn int_of(seed: &ConstSeed, min: i128, max: i128) -> i128 {
    let span = max - min + 1;
    match seed.pick % 4 {
        0 => i128::from(seed.bits % 8).clamp(min, max),
        1 => min,
        2 => max,
        _ => min + (i128::from(seed.bits) % span),
    }
}

fn f32_of(seed: &ConstSeed) -> f32 {
    match seed.pick % 8 {
        0 => f32::NAN,
        1 => f32::INFINITY,
        2 => f32::NEG_INFINITY,
        3 => -0.0,
        4 => f32::from_bits(1),
        5 => f32::MAX,
        6 => 0.1,
        _ => Some(f32::from_bits(seed.bits as u32))
            .filter(|f| f.is_finite())
            .unwrap_or(1.5),
    }
}

fn f64_of(seed: &ConstSeed) -> f64 {
    match seed.pick % 8 {
        0 => f64::NAN,
        1 => f64::INFINITY,
        2 => f64::NEG_INFINITY,
        3 => -0.0,
        4 => f64::from_bits(1),
        5 => f64::MAX,
        6 => 0.1,
        _ => Some(f64::from_bits(seed.bits))
            .filter(|f| f.is_finite())
            .unwrap_or(1.5),
    }
}

/// The char a constant seed names: specials first.
fn char_of(seed: &ConstSeed) -> u16 {
    const CHARS: [u16; 10] = [
        0x41, 0x27, 0x5c, 0x0a, 0x00, 0xe9, 0xd800, 0xffff, 0x22, 0x2028,
    ];
    CHARS
        .get(usize::from(seed.pick % 12))
        .copied()
        .unwrap_or(seed.bits as u16)
}

fn cs_const(p: Prim, seed: &ConstSeed) -> String {
    match p {
        Prim::Int => match int_of(seed, i32::MIN.into(), i32::MAX.into()) {
            v if v == i128::from(i32::MIN) => "int.MinValue".into(),
            v => v.to_string(),
        },
        Prim::UInt => format!("{}U", int_of(seed, 0, u32::MAX.into())),
        Prim::Long => match int_of(seed, i64::MIN.into(), i64::MAX.into()) {
            v if v == i128::from(i64::MIN) => "long.MinValue".into(),
            v => format!("{v}L"),
        },
        Prim::ULong => format!("{}UL", int_of(seed, 0, u64::MAX.into())),
        Prim::Byte => int_of(seed, 0, 255).to_string(),
        Prim::SByte => int_of(seed, -128, 127).to_string(),
        Prim::Short => int_of(seed, i16::MIN.into(), i16::MAX.into()).to_string(),
        Prim::UShort => int_of(seed, 0, u16::MAX.into()).to_string(),
        Prim::Bool => (seed.bits & 1 == 1).to_string(),
        Prim::Char => format!("'\\u{:04x}'", char_of(seed)),
        Prim::Float => match f32_of(seed) {
            f if f.is_nan() => "float.NaN".into(),
            f if f == f32::INFINITY => "float.PositiveInfinity".into(),
            f if f == f32::NEG_INFINITY => "float.NegativeInfinity".into(),
            f => format!("{f:?}f"),
        },
        Prim::Double => match f64_of(seed) {
            f if f.is_nan() => "double.NaN".into(),
            f if f == f64::INFINITY => "double.PositiveInfinity".into(),
            f if f == f64::NEG_INFINITY => "double.NegativeInfinity".into(),
            f => format!("{f:?}d"),
        },
        Prim::Str => match &seed.text {
            None => "null".into(),
            Some(units) => {
                let mut s = String::from("\"");
                for &u in units {
                    match u {
                        0x22 => s.push_str("\\\""),
                        0x5c => s.push_str("\\\\"),
                        0x0a => s.push_str("\\n"),
                        0x09 => s.push_str("\\t"),
                        0x20..=0x7e => s.push(char::from(u as u8)),
                        _ => {
                            let _ = write!(s, "\\u{u:04x}");
                        }
                    }
                }
                s.push('"');
                s
            }
        },
        Prim::Obj => "null".into(),
    }
}

fn enum_literal(u: Prim, bits: u64) -> String {
    match u {
        Prim::Byte => (bits as u8).to_string(),
        Prim::SByte => (bits as i8).to_string(),
        Prim::Short => (bits as i16).to_string(),
        Prim::UShort => (bits as u16).to_string(),
        Prim::UInt => (bits as u32).to_string(),
        Prim::Long if bits as i64 == i64::MIN => "long.MinValue".into(),
        Prim::Long => (bits as i64).to_string(),
        Prim::ULong => bits.to_string(),
        _ if bits as i32 == i32::MIN => "int.MinValue".into(),
        _ => (bits as i32).to_string(),
    }
}

// ---- C# rendering --------------------------------------------------------

fn acc_text(a: Acc) -> &'static str {
    match a {
        Acc::Public => "public",
        Acc::Protected => "protected",
        Acc::Internal => "internal",
        Acc::ProtectedInternal => "protected internal",
        Acc::Private => "private",
    }
}

impl CsLib {
    /// `global::Ns.Outer.Name`.
    fn qname(&self, i: usize) -> String {
        if let Some(e) = self.types[i].external {
            return e.to_owned();
        }
        let mut chain = vec![self.types[i].name.clone()];
        let mut cur = self.types[i].outer;
        while let Some(o) = cur {
            chain.push(self.types[o].name.clone());
            cur = self.types[o].outer;
        }
        chain.reverse();
        let ns = &self.namespaces[self.types[i].ns];
        let parts: Vec<String> = ns.iter().cloned().chain(chain).collect();
        format!("global::{}", parts.join("."))
    }

    fn ty_text(&self, t: &Ty) -> String {
        match t {
            Ty::P(p) => p.cs().into(),
            Ty::IntArr => "int[]".into(),
            Ty::UIntArr => "uint[]".into(),
            Ty::StrArr => "string[]".into(),
            Ty::ListInt => "global::System.Collections.Generic.List<int>".into(),
            Ty::DictStrInt => "global::System.Collections.Generic.Dictionary<string, int>".into(),
            Ty::Named(j) => self.qname(*j),
            Ty::T => "T".into(),
            Ty::Ext(s) => (*s).to_owned(),
        }
    }

    fn ret_text(&self, t: Option<&Ty>) -> String {
        t.map_or_else(|| "void".into(), |t| self.ty_text(t))
    }

    fn params_text(&self, ps: &[Param]) -> String {
        ps.iter()
            .map(|p| {
                let m = match p.pmod {
                    PMod::None => "",
                    PMod::Ref => "ref ",
                    PMod::Out => "out ",
                };
                format!("{m}{} {}", self.ty_text(&p.ty), p.name)
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn render(&self) -> String {
        let mut out = String::from("// Generated by interop-tests/tests/stub_props.rs.\n");
        for (ns, segments) in self.namespaces.iter().enumerate() {
            let tops: Vec<usize> = (0..self.types.len())
                .filter(|&i| self.types[i].external.is_none())
                .filter(|&i| self.types[i].ns == ns && self.types[i].outer.is_none())
                .collect();
            if tops.is_empty() {
                continue;
            }
            out.push('\n');
            let depth = if segments.is_empty() {
                0
            } else {
                let _ = writeln!(out, "namespace {}\n{{", segments.join("."));
                1
            };
            for (k, &i) in tops.iter().enumerate() {
                if k > 0 {
                    out.push('\n');
                }
                self.render_type(i, depth, &mut out);
            }
            if depth == 1 {
                out.push_str("}\n");
            }
        }
        out
    }

    fn render_type(&self, i: usize, depth: usize, out: &mut String) {
        let ind = "    ".repeat(depth);
        let inner = "    ".repeat(depth + 1);
        let t = &self.types[i];
        let list = |v: Vec<usize>| {
            v.iter()
                .map(|&j| self.qname(j))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let head = match &t.kind {
            CsKind::Delegate { ret, params } => {
                let _ = writeln!(
                    out,
                    "{ind}public delegate {} {}({});",
                    self.ret_text(ret.as_ref()),
                    t.name,
                    self.params_text(params)
                );
                return;
            }
            CsKind::Enum {
                underlying,
                flags,
                values,
            } => {
                if *flags {
                    let _ = writeln!(out, "{ind}[global::System.Flags]");
                }
                let _ = writeln!(
                    out,
                    "{ind}public enum {} : {}\n{ind}{{",
                    t.name,
                    underlying.cs()
                );
                for (n, v) in values {
                    let _ = writeln!(out, "{inner}{n} = {v},");
                }
                let _ = writeln!(out, "{ind}}}");
                return;
            }
            CsKind::Interface { bases } => {
                let mut h = format!("public interface {}", t.name);
                if !bases.is_empty() {
                    let _ = write!(h, " : {}", list(bases.clone()));
                }
                h
            }
            CsKind::Struct { ifaces } => {
                let mut h = format!("public struct {}", t.name);
                if !ifaces.is_empty() {
                    let _ = write!(h, " : {}", list(ifaces.clone()));
                }
                h
            }
            CsKind::Class {
                modifier,
                base,
                ifaces,
            } => {
                let m = match modifier {
                    ClassMod::Plain => "",
                    ClassMod::Abstract => "abstract ",
                    ClassMod::Sealed => "sealed ",
                    ClassMod::Static => "static ",
                };
                let mut h = format!("public {m}class {}", t.name);
                let supers: Vec<usize> =
                    base.iter().copied().chain(ifaces.iter().copied()).collect();
                if !supers.is_empty() {
                    let _ = write!(h, " : {}", list(supers));
                }
                h
            }
        };
        let _ = writeln!(out, "{ind}{head}\n{ind}{{");
        let is_interface = matches!(t.kind, CsKind::Interface { .. });
        for f in &t.fields {
            let (m, init) = match &f.init {
                FieldInit::None => ("", String::new()),
                FieldInit::Static => ("static ", String::new()),
                FieldInit::Readonly => ("readonly ", String::new()),
                FieldInit::StaticReadonly => ("static readonly ", String::new()),
                FieldInit::Const(lit) => ("const ", format!(" = {lit}")),
            };
            let _ = writeln!(
                out,
                "{inner}{} {m}{} {}{init};",
                acc_text(f.acc),
                self.ty_text(&f.ty),
                f.name
            );
        }
        for (name, d, is_static) in &t.events {
            let s = if *is_static { "static " } else { "" };
            let _ = writeln!(out, "{inner}public {s}event {} {name};", self.qname(*d));
        }
        for c in &t.ctors {
            let a = if c.protected { "protected" } else { "public" };
            let init = if c.base_args.is_empty() {
                String::new()
            } else {
                let args: Vec<String> = c
                    .base_args
                    .iter()
                    .map(|a| format!("default({})", self.ty_text(a)))
                    .collect();
                format!(" : base({})", args.join(", "))
            };
            let _ = writeln!(
                out,
                "{inner}{a} {}({}){init} {{ throw null; }}",
                t.name,
                self.params_text(&c.params)
            );
        }
        for d in &t.decls {
            let _ = writeln!(out, "{inner}{}", self.decl_text(d, is_interface));
        }
        for (target, explicit) in &t.conversions {
            let k = if *explicit { "explicit" } else { "implicit" };
            let _ = writeln!(
                out,
                "{inner}public static {k} operator {}({} x) {{ throw null; }}",
                target.cs(),
                self.qname(i)
            );
        }
        for n in self.nested_of(i) {
            self.render_type(n, depth + 1, out);
        }
        let _ = writeln!(out, "{ind}}}");
    }

    fn decl_text(&self, d: &Decl, in_interface: bool) -> String {
        let ret = self.ret_text(d.ret.as_ref());
        let accessors = |abstract_: bool| match (abstract_, d.setter) {
            (true, true) => "{ get; set; }".to_owned(),
            (true, false) => "{ get; }".to_owned(),
            (false, true) => "{ get { throw null; } set { } }".to_owned(),
            (false, false) => "{ get { throw null; } }".to_owned(),
        };
        let (name, generic) = match d.what {
            What::Generic => (d.name.clone(), "<T>"),
            _ => (d.name.clone(), ""),
        };
        if let Some(j) = d.explicit {
            let q = self.qname(j);
            return match d.what {
                What::Property => format!("{ret} {q}.{name} {}", accessors(false)),
                What::Indexer => format!(
                    "{ret} {q}.this[{}] {}",
                    self.params_text(&d.params),
                    accessors(false)
                ),
                _ => format!(
                    "{ret} {q}.{name}({}) {{ throw null; }}",
                    self.params_text(&d.params)
                ),
            };
        }
        let (prefix, abstract_) = if in_interface {
            (d.modifier.text().to_owned(), true)
        } else {
            let s = if d.is_static { "static " } else { "" };
            (
                format!("{} {s}{}", acc_text(d.acc), d.modifier.text()),
                d.is_abstract(),
            )
        };
        match d.what {
            What::Property => format!("{prefix}{ret} {name} {}", accessors(abstract_)),
            What::Indexer => format!(
                "{prefix}{ret} this[{}] {}",
                self.params_text(&d.params),
                accessors(abstract_)
            ),
            What::Method | What::Generic => {
                let body = if abstract_ { ";" } else { " { throw null; }" };
                format!(
                    "{prefix}{ret} {name}{generic}({}){body}",
                    self.params_text(&d.params)
                )
            }
        }
    }
}

// ---- property 1: Java stubs of C# libraries ------------------------------

/// The stub files the errors of `javac` name, with their text, and the
/// generator's list of left-out types.
fn java_error_context(dir: &Path, errors: &str) -> String {
    let mut named: Vec<String> = Vec::new();
    for l in errors.lines() {
        let l = l.trim_start_matches([' ', '|']);
        if let Some((file, _)) = l.split_once(".java:") {
            let f = format!("{file}.java");
            if f.starts_with("stubs/") && !named.contains(&f) && named.len() < 4 {
                named.push(f);
            }
        }
    }
    let mut out = String::new();
    for f in named {
        let text = fs::read_to_string(dir.join(&f)).unwrap_or_default();
        let _ = write!(out, "\n  {f}:\n{}", numbered(&text));
    }
    let left = fs::read_to_string(dir.join("stubs/cli/LEFT_OUT.txt")).unwrap_or_default();
    let _ = write!(out, "\n  stubs/cli/LEFT_OUT.txt:\n{}", numbered(&left));
    out
}

/// One case of property 1: `mcs`, `twain stubs java`, `javac`.
fn java_stubs_compile(
    twain: &Path,
    shape: &CsShape,
    stats: &RefCell<Stats>,
) -> Result<(), TestCaseError> {
    let lib = CsLib::resolve(shape);
    let source = lib.render();
    let dir = case_dir("java-stubs");
    let report = |what: &str, detail: &str| {
        TestCaseError::fail(format!(
            "{what}\n{detail}\n  the generated Lib.cs (work directory {}):\n{}",
            dir.display(),
            numbered(&source)
        ))
    };
    fs::write(dir.join("Lib.cs"), &source)
        .map_err(|e| report("cannot write Lib.cs", &e.to_string()))?;
    let mut times = [Duration::ZERO; 3];
    let t = Instant::now();
    run_tool(
        &dir,
        Path::new("mcs"),
        &["-target:library", "-out:Lib.dll", "Lib.cs"],
        "mcs",
    )
    .map_err(|e| {
        report(
            "mcs rejected the generated library: a bug of this test's shape generator",
            &e,
        )
    })?;
    times[0] = t.elapsed();
    let t = Instant::now();
    run_tool(
        &dir,
        twain,
        &["stubs", "java", "Lib.dll", "-o", "stubs"],
        "twain",
    )
    .map_err(|e| report("twain stubs java failed", &e))?;
    times[1] = t.elapsed();
    let files = files_with(&dir, &dir.join("stubs"), "java");
    let left_out = files
        .iter()
        .map(|f| {
            fs::read_to_string(dir.join(f))
                .unwrap_or_default()
                .matches("// left out:")
                .count()
        })
        .sum::<usize>()
        + fs::read_to_string(dir.join("stubs/cli/LEFT_OUT.txt"))
            .unwrap_or_default()
            .lines()
            .filter(|l| !l.starts_with('#'))
            .count();
    let t = Instant::now();
    if !files.is_empty() {
        let mut args = vec!["-encoding", "UTF-8", "-nowarn", "-d", "out"];
        args.extend(files.iter().map(String::as_str));
        run_tool(&dir, Path::new("javac"), &args, "javac").map_err(|e| {
            report(
                "javac rejected the Java stubs of the generated library",
                &format!("{e}{}", java_error_context(&dir, &e)),
            )
        })?;
    }
    times[2] = t.elapsed();
    let types = lib.types.iter().filter(|t| t.external.is_none()).count();
    stats
        .borrow_mut()
        .record(types, files.len(), left_out, times);
    let _ = fs::remove_dir_all(&dir);
    Ok(())
}

#[test]
fn java_stubs_of_generated_cs_libraries_compile() {
    check_property(
        "java_stubs_of_generated_cs_libraries_compile",
        ["mcs", "twain stubs java", "javac"],
        cs_shape(),
        java_stubs_compile,
    );
}

// ---- Java library shapes -------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum JPrim {
    Boolean,
    Byte,
    Char,
    Short,
    Int,
    Long,
    Float,
    Double,
}

static JPRIMS: [JPrim; 8] = [
    JPrim::Boolean,
    JPrim::Byte,
    JPrim::Char,
    JPrim::Short,
    JPrim::Int,
    JPrim::Long,
    JPrim::Float,
    JPrim::Double,
];

impl JPrim {
    fn java(self) -> &'static str {
        match self {
            JPrim::Boolean => "boolean",
            JPrim::Byte => "byte",
            JPrim::Char => "char",
            JPrim::Short => "short",
            JPrim::Int => "int",
            JPrim::Long => "long",
            JPrim::Float => "float",
            JPrim::Double => "double",
        }
    }
}

#[derive(Debug, Clone)]
enum JRawBase {
    P(JPrim),
    Str,
    Obj,
    Named(Index),
    ListStr,
}

#[derive(Debug, Clone)]
struct JRawTy {
    base: JRawBase,
    dims: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum JAcc {
    Private,
    Package,
    Protected,
    Public,
}

#[derive(Debug, Clone)]
enum JRawMember {
    Method {
        name: String,
        acc: JAcc,
        is_static: bool,
        is_final: bool,
        is_abstract: bool,
        ret: Option<JRawTy>,
        params: Vec<(String, JRawTy)>,
        /// More parameter lists for the same name.
        overloads: Vec<Vec<JRawTy>>,
    },
    Field {
        name: String,
        acc: JAcc,
        ty: JRawTy,
        is_static: bool,
        is_final: bool,
        /// 0 none, 1 a constant, 2 an expression that is not constant.
        init: u8,
        seed: ConstSeed,
    },
    Ctor {
        acc: JAcc,
        params: Vec<(String, JRawTy)>,
    },
    /// Override an inherited method, maybe with a covariant return type.
    Override {
        pick: Index,
        covariant: bool,
        widen: bool,
        make_final: bool,
    },
    /// `toString`, `equals` or `hashCode`.
    ObjectOverride(u8),
}

#[derive(Debug, Clone)]
enum JRawKind {
    /// 0 plain, 1 abstract, 2 final.
    Class {
        modifier: u8,
        base: Option<Index>,
        ifaces: Vec<Index>,
    },
    Interface {
        bases: Vec<Index>,
    },
    Enum {
        /// Names, and whether the constant has a body (an anonymous class).
        constants: Vec<(String, bool)>,
        ifaces: Vec<Index>,
        ctor_arg: bool,
    },
}

#[derive(Debug, Clone)]
struct JRawType {
    name: String,
    public: bool,
    kind: JRawKind,
    members: Vec<JRawMember>,
    /// For a nested class: static (else an inner class).
    is_static: bool,
    /// How required implementations are declared in abstract classes
    /// (cycled): odd is abstract.
    choices: Vec<u8>,
    nested: Vec<JRawType>,
}

#[derive(Debug, Clone)]
struct JShape {
    package: Vec<String>,
    types: Vec<JRawType>,
}

/// Stands for the name of the type the member is in.
const SELF_NAME: &str = "<self>";
/// Stands for the name of a type nested in the member's type.
const NESTED_NAME: &str = "<nested>";

fn is_java_keyword(s: &str) -> bool {
    JAVA_KEYWORDS.contains(&s)
}

fn java_package_segment() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-z]{2,5}".prop_filter("a Java keyword or java", |s| {
            !is_java_keyword(s) && s != "java" && s != "javax"
        }),
        2 => pick_name(&[
            "ref", "out", "base", "params", "string", "object", "event", "lock", "fixed",
            "checked", "internal", "namespace", "global", "value", "operator", "delegate",
            "in", "is",
        ]),
    ]
}

fn java_type_name() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => "[A-Z][a-z]{1,6}",
        3 => pick_name(CS_ONLY_KEYWORDS),
        1 => pick_name(&[
            "System", "Object", "String", "Exception", "Attribute", "Twain", "A$B", "_T",
            "__U", "T_1", "ToString", "Finalize",
        ]),
    ]
}

fn java_member_name() -> impl Strategy<Value = String> {
    prop_oneof![
        5 => "[a-z][a-zA-Z0-9]{0,5}".prop_filter("a Java keyword", |s| !is_java_keyword(s)),
        3 => pick_name(CS_ONLY_KEYWORDS),
        2 => pick_name(&[
            "ToString", "Equals", "GetHashCode", "GetType", "Finalize", "MemberwiseClone",
            "ReferenceEquals", "toString", "hashCode", "equals", "finalize", "clone", "getClass",
            "wait", "notify", "name", "ordinal", "values", "valueOf", "a$b", "$x", "_x", "__y",
            "Item", "get_Item", "op_Implicit", "sealed", "var", "record", "getMessage",
            "getCause", "printStackTrace", "run", "Message",
        ]),
        1 => pick_name(&[SELF_NAME, NESTED_NAME]),
    ]
}

fn java_param_name() -> impl Strategy<Value = String> {
    pick_name(&[
        "a", "b", "x", "ref", "out", "params", "base", "value", "object", "string", "event", "p0",
        "p1", "_x", "$y", "in", "lock",
    ])
}

fn java_raw_ty() -> impl Strategy<Value = JRawTy> {
    let base = prop_oneof![
        6 => select(&JPRIMS[..]).prop_map(JRawBase::P),
        2 => Just(JRawBase::Str),
        1 => Just(JRawBase::Obj),
        1 => Just(JRawBase::ListStr),
        4 => any::<Index>().prop_map(JRawBase::Named),
    ];
    (
        base,
        prop_oneof![6 => Just(0u8), 2 => Just(1u8), 1 => Just(2u8)],
    )
        .prop_map(|(base, dims)| JRawTy { base, dims })
}

fn java_acc() -> impl Strategy<Value = JAcc> {
    prop_oneof![
        8 => Just(JAcc::Public),
        3 => Just(JAcc::Protected),
        1 => Just(JAcc::Package),
        1 => Just(JAcc::Private),
    ]
}

fn java_raw_member() -> impl Strategy<Value = JRawMember> {
    let method = (
        java_member_name(),
        java_acc(),
        (
            proptest::bool::weighted(0.25),
            proptest::bool::weighted(0.2),
            proptest::bool::weighted(0.3),
        ),
        proptest::option::weighted(0.7, java_raw_ty()),
        vec((java_param_name(), java_raw_ty()), 0..=3),
        vec(vec(java_raw_ty(), 0..=3), 0..=2),
    )
        .prop_map(
            |(name, acc, (is_static, is_final, is_abstract), ret, params, overloads)| {
                JRawMember::Method {
                    name,
                    acc,
                    is_static,
                    is_final,
                    is_abstract,
                    ret,
                    params,
                    overloads,
                }
            },
        );
    let field = (
        java_member_name(),
        java_acc(),
        java_raw_ty(),
        (any::<bool>(), any::<bool>(), 0u8..3),
        const_seed(),
    )
        .prop_map(
            |(name, acc, ty, (is_static, is_final, init), seed)| JRawMember::Field {
                name,
                acc,
                ty,
                is_static,
                is_final,
                init,
                seed,
            },
        );
    prop_oneof![
        8 => method,
        5 => field,
        3 => (java_acc(), vec((java_param_name(), java_raw_ty()), 0..=3))
            .prop_map(|(acc, params)| JRawMember::Ctor { acc, params }),
        3 => (any::<Index>(), any::<bool>(), proptest::bool::weighted(0.3), proptest::bool::weighted(0.2))
            .prop_map(|(pick, covariant, widen, make_final)| JRawMember::Override {
                pick,
                covariant,
                widen,
                make_final,
            }),
        1 => (0u8..3).prop_map(JRawMember::ObjectOverride),
    ]
}

fn java_raw_kind() -> impl Strategy<Value = JRawKind> {
    prop_oneof![
        6 => (
            prop_oneof![4 => Just(0u8), 3 => Just(1u8), 1 => Just(2u8)],
            proptest::option::weighted(0.6, any::<Index>()),
            vec(any::<Index>(), 0..=2),
        )
            .prop_map(|(modifier, base, ifaces)| JRawKind::Class { modifier, base, ifaces }),
        3 => vec(any::<Index>(), 0..=2).prop_map(|bases| JRawKind::Interface { bases }),
        2 => (
            vec((java_member_name(), proptest::bool::weighted(0.2)), 0..=4),
            vec(any::<Index>(), 0..=1),
            any::<bool>(),
        )
            .prop_map(|(constants, ifaces, ctor_arg)| JRawKind::Enum {
                constants,
                ifaces,
                ctor_arg,
            }),
    ]
}

fn java_raw_type(depth: u32) -> BoxedStrategy<JRawType> {
    let nested = if depth == 0 {
        Just(Vec::new()).boxed()
    } else {
        prop_oneof![3 => Just(Vec::new()), 1 => vec(java_raw_type(depth - 1), 1..=1)].boxed()
    };
    (
        java_type_name(),
        proptest::bool::weighted(0.9),
        java_raw_kind(),
        vec(java_raw_member(), 0..=6),
        any::<bool>(),
        vec(0u8..4, 1..=3),
        nested,
    )
        .prop_map(
            |(name, public, kind, members, is_static, choices, nested)| JRawType {
                name,
                public,
                kind,
                members,
                is_static,
                choices,
                nested,
            },
        )
        .boxed()
}

fn java_shape() -> impl Strategy<Value = JShape> {
    (
        vec(java_package_segment(), 1..=2),
        vec(java_raw_type(1), 1..=5),
    )
        .prop_map(|(package, types)| JShape { package, types })
}

// ---- Java libraries: a shape made valid ----------------------------------

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum JBase {
    P(JPrim),
    Str,
    Obj,
    Named(usize),
    ListStr,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct JTy {
    base: JBase,
    dims: u8,
}

impl JTy {
    fn of(base: JBase) -> JTy {
        JTy { base, dims: 0 }
    }

    fn is_reference(&self) -> bool {
        self.dims > 0 || !matches!(self.base, JBase::P(_))
    }

    fn is_object(&self) -> bool {
        self.dims == 0 && self.base == JBase::Obj
    }
}

/// Whether a method returning `m` may override one returning `c`.
fn ret_ok(m: Option<&JTy>, c: Option<&JTy>) -> bool {
    m == c || (c.is_some_and(JTy::is_object) && m.is_some_and(JTy::is_reference))
}

#[derive(Debug, Clone)]
struct JMethod {
    name: String,
    params: Vec<(String, JTy)>,
    ret: Option<JTy>,
    acc: JAcc,
    is_static: bool,
    is_final: bool,
    is_abstract: bool,
}

type JKey = (String, Vec<JTy>);

impl JMethod {
    fn key(&self) -> JKey {
        (
            self.name.clone(),
            self.params.iter().map(|p| p.1.clone()).collect(),
        )
    }

    fn root(name: &str, params: Vec<JTy>, ret: Option<JTy>, acc: JAcc, is_final: bool) -> JMethod {
        JMethod {
            name: name.to_owned(),
            params: params
                .into_iter()
                .enumerate()
                .map(|(i, t)| (format!("a{i}"), t))
                .collect(),
            ret,
            acc,
            is_static: false,
            is_final,
            is_abstract: false,
        }
    }
}

/// `java.lang.Object`'s methods (`getClass` typed loosely: it is final).
fn java_object_root() -> Vec<JMethod> {
    let p = |p: JPrim| Some(JTy::of(JBase::P(p)));
    vec![
        JMethod::root(
            "toString",
            vec![],
            Some(JTy::of(JBase::Str)),
            JAcc::Public,
            false,
        ),
        JMethod::root(
            "equals",
            vec![JTy::of(JBase::Obj)],
            p(JPrim::Boolean),
            JAcc::Public,
            false,
        ),
        JMethod::root("hashCode", vec![], p(JPrim::Int), JAcc::Public, false),
        JMethod::root(
            "clone",
            vec![],
            Some(JTy::of(JBase::Obj)),
            JAcc::Protected,
            false,
        ),
        JMethod::root("finalize", vec![], None, JAcc::Protected, false),
        JMethod::root("getClass", vec![], None, JAcc::Public, true),
        JMethod::root("notify", vec![], None, JAcc::Public, true),
        JMethod::root("notifyAll", vec![], None, JAcc::Public, true),
        JMethod::root("wait", vec![], None, JAcc::Public, true),
        JMethod::root(
            "wait",
            vec![JTy::of(JBase::P(JPrim::Long))],
            None,
            JAcc::Public,
            true,
        ),
        JMethod::root(
            "wait",
            vec![
                JTy::of(JBase::P(JPrim::Long)),
                JTy::of(JBase::P(JPrim::Int)),
            ],
            None,
            JAcc::Public,
            true,
        ),
    ]
}

/// What an enum `e` inherits from `java.lang.Enum` (final methods are
/// typed loosely) and the methods javac adds to it.
fn java_enum_root(e: usize) -> Vec<JMethod> {
    let fin = |name: &str, params: Vec<JTy>, ret: Option<JTy>| {
        JMethod::root(name, params, ret, JAcc::Public, true)
    };
    let mut v = vec![
        fin("name", vec![], Some(JTy::of(JBase::Str))),
        fin("ordinal", vec![], Some(JTy::of(JBase::P(JPrim::Int)))),
        fin("compareTo", vec![JTy::of(JBase::Named(e))], None),
        fin("compareTo", vec![JTy::of(JBase::Obj)], None),
        fin("getDeclaringClass", vec![], None),
        fin("describeConstable", vec![], None),
        fin("equals", vec![JTy::of(JBase::Obj)], None),
        fin("hashCode", vec![], None),
        fin("clone", vec![], None),
        fin("finalize", vec![], None),
        fin("values", vec![], None),
        fin("valueOf", vec![JTy::of(JBase::Str)], None),
    ];
    let extra: Vec<JMethod> = java_object_root()
        .into_iter()
        .filter(|m| !v.iter().any(|x| x.key() == m.key()))
        .collect();
    v.extend(extra);
    v
}

#[derive(Debug, Clone)]
struct JField {
    name: String,
    ty: JTy,
    acc: JAcc,
    is_static: bool,
    is_final: bool,
    init: Option<String>,
}

#[derive(Debug, Clone)]
struct JCtor {
    acc: JAcc,
    params: Vec<(String, JTy)>,
    super_args: Vec<JTy>,
}

#[derive(Debug, Clone)]
enum JKind {
    Class {
        is_abstract: bool,
        is_final: bool,
        base: Option<usize>,
        ifaces: Vec<usize>,
    },
    Interface {
        bases: Vec<usize>,
    },
    Enum {
        ifaces: Vec<usize>,
        constants: Vec<(String, bool)>,
        ctor_arg: bool,
    },
}

#[derive(Debug, Clone)]
struct JType {
    name: String,
    outer: Option<usize>,
    public: bool,
    /// A nested class without `static`: an inner class.
    inner: bool,
    kind: JKind,
    fields: Vec<JField>,
    ctors: Vec<JCtor>,
    methods: Vec<JMethod>,
    /// A JDK type (not rendered): its name.
    external: Option<&'static str>,
}

/// JDK types that generated types extend or implement, or name in
/// signatures. They come first in `JLib::types`. `Throwable`'s methods are
/// typed loosely and marked final so that no generated method matches them.
fn system_jtypes() -> Vec<JType> {
    let t = |name: &'static str, kind: JKind, methods: Vec<JMethod>| JType {
        name: name.to_owned(),
        outer: None,
        public: true,
        inner: false,
        kind,
        fields: Vec::new(),
        ctors: Vec::new(),
        methods,
        external: Some(name),
    };
    let throwable: Vec<JMethod> = [
        "getMessage",
        "getLocalizedMessage",
        "getCause",
        "fillInStackTrace",
        "getStackTrace",
        "getSuppressed",
        "printStackTrace",
    ]
    .iter()
    .map(|n| JMethod::root(n, Vec::new(), None, JAcc::Public, true))
    .collect();
    let class = || JKind::Class {
        is_abstract: false,
        is_final: false,
        base: None,
        ifaces: Vec::new(),
    };
    let run = JMethod {
        is_abstract: true,
        ..JMethod::root("run", Vec::new(), None, JAcc::Public, false)
    };
    vec![
        t("java.lang.RuntimeException", class(), throwable.clone()),
        t("java.lang.Exception", class(), throwable),
        t(
            "java.lang.Runnable",
            JKind::Interface { bases: Vec::new() },
            vec![run],
        ),
        t(
            "java.io.Serializable",
            JKind::Interface { bases: Vec::new() },
            Vec::new(),
        ),
    ]
}

/// A Java package that `javac` compiles, made from a shape.
#[derive(Debug)]
struct JLib {
    package: Vec<String>,
    types: Vec<JType>,
}

impl JLib {
    fn resolve(shape: &JShape) -> JLib {
        // Names that would obscure a package in the stubs' qualified names.
        let forbidden: HashSet<String> = shape
            .package
            .first()
            .cloned()
            .into_iter()
            .chain(["java".to_owned()])
            .collect();
        let system = system_jtypes();
        let k = system.len();
        let mut raws: Vec<(&JRawType, Option<usize>)> = Vec::new();
        for t in &shape.types {
            let i = k + raws.len();
            raws.push((t, None));
            raws.extend(t.nested.iter().map(|n| (n, Some(i))));
        }
        let mut lib = JLib {
            package: shape.package.clone(),
            types: system,
        };
        let mut top: HashSet<String> = HashSet::new();
        let mut nested_used: HashMap<usize, HashSet<String>> = HashMap::new();
        for &(raw, outer) in &raws {
            let name = match outer {
                None => {
                    let n = fresh(&raw.name, |n| top.contains(n) || forbidden.contains(n));
                    top.insert(n.clone());
                    n
                }
                Some(o) => {
                    let outer_name = lib.types[o].name.clone();
                    let set = nested_used.entry(o).or_default();
                    // Not the enclosing name, and not the binary name of a
                    // top-level class (`A$B`).
                    let n = fresh(&raw.name, |n| {
                        set.contains(n)
                            || n == outer_name
                            || forbidden.contains(n)
                            || top.contains(&format!("{outer_name}${n}"))
                    });
                    set.insert(n.clone());
                    n
                }
            };
            let in_interface =
                outer.is_some_and(|o| matches!(lib.types[o].kind, JKind::Interface { .. }));
            let kind = match &raw.kind {
                JRawKind::Class { modifier, .. } => JKind::Class {
                    is_abstract: *modifier == 1,
                    is_final: *modifier == 2,
                    base: None,
                    ifaces: Vec::new(),
                },
                JRawKind::Interface { .. } => JKind::Interface { bases: Vec::new() },
                JRawKind::Enum { .. } => JKind::Enum {
                    ifaces: Vec::new(),
                    constants: Vec::new(),
                    ctor_arg: false,
                },
            };
            let inner = outer.is_some()
                && !in_interface
                && !raw.is_static
                && matches!(kind, JKind::Class { .. });
            lib.types.push(JType {
                name,
                outer,
                public: outer.is_some() || raw.public,
                inner,
                kind,
                fields: Vec::new(),
                ctors: Vec::new(),
                methods: Vec::new(),
                external: None,
            });
        }
        // A top-level `A$B` may now clash with a nested B of A renamed above.
        let binaries: HashSet<String> = (0..lib.types.len())
            .filter_map(|i| {
                lib.types[i]
                    .outer
                    .map(|o| format!("{}${}", lib.types[o].name, lib.types[i].name))
            })
            .collect();
        for i in 0..lib.types.len() {
            if lib.types[i].outer.is_none()
                && lib.types[i].external.is_none()
                && binaries.contains(&lib.types[i].name)
            {
                let n = fresh(&lib.types[i].name, |n| {
                    top.contains(n) || binaries.contains(n)
                });
                top.insert(n.clone());
                lib.types[i].name = n;
            }
        }
        let ifaces_of = |lib: &JLib, picks: &[Index], below: Option<usize>| {
            let cands: Vec<usize> = (0..lib.types.len())
                .filter(|&j| matches!(lib.types[j].kind, JKind::Interface { .. }))
                .filter(|&j| below.is_none_or(|b| j < b))
                .flat_map(|j| std::iter::repeat_n(j, lib.weight(j)))
                .collect();
            let mut out: Vec<usize> = Vec::new();
            for p in picks {
                if !cands.is_empty() {
                    let j = cands[p.index(cands.len())];
                    if !out.contains(&j) {
                        out.push(j);
                    }
                }
            }
            out
        };
        for (i, &(raw, _)) in raws.iter().enumerate().map(|(n, r)| (n + k, r)) {
            if let JRawKind::Interface { bases } = &raw.kind {
                let bases = ifaces_of(&lib, bases, Some(i));
                lib.types[i].kind = JKind::Interface { bases };
                lib.resolve_members(i, raw, &forbidden);
            }
        }
        for (i, &(raw, _)) in raws.iter().enumerate().map(|(n, r)| (n + k, r)) {
            match &raw.kind {
                JRawKind::Class { base, ifaces, .. } => {
                    let cands: Vec<usize> = (0..i)
                        .filter(|&j| lib.extendable(j))
                        .flat_map(|j| std::iter::repeat_n(j, lib.weight(j)))
                        .collect();
                    let base = base
                        .filter(|_| !cands.is_empty())
                        .map(|b| cands[b.index(cands.len())]);
                    // Supertypes come first: Java rejects a class whose
                    // supertypes depend on it (its own member interfaces).
                    let ifaces = ifaces_of(&lib, ifaces, Some(i));
                    if let JKind::Class {
                        base: b, ifaces: f, ..
                    } = &mut lib.types[i].kind
                    {
                        *b = base;
                        *f = ifaces;
                    }
                    lib.resolve_members(i, raw, &forbidden);
                }
                JRawKind::Enum {
                    constants,
                    ifaces,
                    ctor_arg,
                } => {
                    let ifaces = ifaces_of(&lib, ifaces, Some(i));
                    let mut names: HashSet<String> = HashSet::new();
                    let self_name = lib.types[i].name.clone();
                    let constants = constants
                        .iter()
                        .map(|(n, body)| {
                            let n = lib.special_name(i, n);
                            let n = fresh(&n, |x| names.contains(x) || forbidden.contains(x));
                            names.insert(n.clone());
                            (n, *body)
                        })
                        .collect();
                    let _ = self_name;
                    lib.types[i].kind = JKind::Enum {
                        ifaces,
                        constants,
                        ctor_arg: *ctor_arg,
                    };
                    lib.resolve_members(i, raw, &forbidden);
                }
                JRawKind::Interface { .. } => {}
            }
        }
        lib
    }

    /// How often supertype `j` is among the candidates: generated types
    /// three times as often as the JDK's.
    fn weight(&self, j: usize) -> usize {
        if self.types[j].external.is_some() {
            1
        } else {
            3
        }
    }

    /// Whether a later class may extend class `j`.
    fn extendable(&self, j: usize) -> bool {
        let t = &self.types[j];
        matches!(
            t.kind,
            JKind::Class {
                is_final: false,
                ..
            }
        ) && !t.inner
            && (t.ctors.is_empty() || t.ctors.iter().any(|c| c.acc != JAcc::Private))
    }

    /// `<self>` and `<nested>` replaced by the names they stand for.
    fn special_name(&self, i: usize, name: &str) -> String {
        match name {
            SELF_NAME => self.types[i].name.clone(),
            NESTED_NAME => (0..self.types.len())
                .find(|&j| self.types[j].outer == Some(i))
                .map_or_else(|| "nested".to_owned(), |j| self.types[j].name.clone()),
            n => n.to_owned(),
        }
    }

    fn jty(&self, r: &JRawTy) -> JTy {
        let base = match &r.base {
            JRawBase::P(p) => JBase::P(*p),
            JRawBase::Str => JBase::Str,
            JRawBase::Obj => JBase::Obj,
            JRawBase::ListStr => JBase::ListStr,
            JRawBase::Named(ix) => JBase::Named(ix.index(self.types.len())),
        };
        JTy { base, dims: r.dims }
    }

    fn jparams(&self, raw: &[(String, JRawTy)], forbidden: &HashSet<String>) -> Vec<(String, JTy)> {
        let mut names: HashSet<String> = HashSet::new();
        raw.iter()
            .map(|(n, t)| {
                let n = fresh(n, |x| names.contains(x) || forbidden.contains(x));
                names.insert(n.clone());
                (n, self.jty(t))
            })
            .collect()
    }

    fn base_of(&self, i: usize) -> Option<usize> {
        match &self.types[i].kind {
            JKind::Class { base, .. } => *base,
            _ => None,
        }
    }

    fn direct_ifaces(&self, i: usize) -> Vec<usize> {
        match &self.types[i].kind {
            JKind::Class { ifaces, .. } | JKind::Enum { ifaces, .. } => ifaces.clone(),
            JKind::Interface { bases } => bases.clone(),
        }
    }

    /// Interfaces `direct` and their superinterfaces, each once.
    fn closure(&self, direct: &[usize]) -> Vec<usize> {
        let mut out: Vec<usize> = Vec::new();
        let mut todo: Vec<usize> = direct.to_vec();
        while !todo.is_empty() {
            let j = todo.remove(0);
            if !out.contains(&j) {
                out.push(j);
                todo.extend(self.direct_ifaces(j));
            }
        }
        out
    }

    /// The instance methods interfaces `ifaces` (and their bases) declare.
    fn iface_methods(&self, ifaces: &[usize]) -> Vec<JMethod> {
        self.closure(ifaces)
            .into_iter()
            .flat_map(|j| self.types[j].methods.iter())
            .filter(|m| !m.is_static && m.acc == JAcc::Public)
            .cloned()
            .collect()
    }

    fn resolve_members(&mut self, i: usize, raw: &JRawType, forbidden: &HashSet<String>) {
        let is_interface = matches!(self.types[i].kind, JKind::Interface { .. });
        let is_enum = matches!(self.types[i].kind, JKind::Enum { .. });
        let is_abstract = matches!(
            self.types[i].kind,
            JKind::Class {
                is_abstract: true,
                ..
            }
        );
        // Inherited: superclass chain (nearest first), then the root.
        let mut chain_classes = Vec::new();
        let mut next = self.base_of(i);
        while let Some(c) = next {
            chain_classes.push(c);
            next = self.base_of(c);
        }
        let mut chain: Vec<JMethod> = chain_classes
            .iter()
            .flat_map(|&c| self.types[c].methods.iter())
            .filter(|m| m.acc != JAcc::Private)
            .cloned()
            .collect();
        if is_enum {
            chain.extend(java_enum_root(i));
        } else if !is_interface {
            chain.extend(java_object_root());
        }
        let nearest = |chain: &[JMethod], k: &JKey| chain.iter().find(|m| &m.key() == k).cloned();
        // Interfaces: those of the superclasses, and the direct ones that fit.
        let inherited_ifaces: Vec<usize> = chain_classes
            .iter()
            .flat_map(|&c| self.direct_ifaces(c))
            .collect();
        let mut accepted: Vec<usize> = Vec::new();
        let mut known: Vec<JMethod> = self.iface_methods(&inherited_ifaces);
        if !is_interface {
            for j in self.direct_ifaces(i) {
                let ms = self.iface_methods(&[j]);
                let fits = ms.iter().all(|m| {
                    let k = m.key();
                    let chain_ok = nearest(&chain, &k).is_none_or(|c| {
                        !c.is_static
                            && ret_ok(c.ret.as_ref(), m.ret.as_ref())
                            && !(c.is_final && c.acc != JAcc::Public)
                    });
                    chain_ok
                        && known
                            .iter()
                            .filter(|x| x.key() == k)
                            .all(|x| x.ret == m.ret)
                });
                if fits {
                    accepted.push(j);
                    known.extend(ms);
                }
            }
            match &mut self.types[i].kind {
                JKind::Class { ifaces, .. } | JKind::Enum { ifaces, .. } => {
                    ifaces.clone_from(&accepted);
                }
                JKind::Interface { .. } => {}
            }
        }
        let ifm: Vec<JMethod> = if is_interface {
            self.iface_methods(&self.direct_ifaces(i))
        } else {
            known
        };
        let mut own: Vec<JMethod> = Vec::new();
        // Whether `m` can be declared here; the access it needs.
        let check = |own: &[JMethod], m: &JMethod| -> Option<JAcc> {
            let k = m.key();
            if own.iter().any(|o| o.key() == k) {
                return None;
            }
            let mut acc = m.acc;
            if is_interface {
                if java_object_root().iter().any(|r| r.key() == k) {
                    let ok = ["toString", "equals", "hashCode"].contains(&m.name.as_str())
                        && m.is_abstract
                        && ret_ok(
                            m.ret.as_ref(),
                            java_object_root()
                                .iter()
                                .find(|r| r.key() == k)?
                                .ret
                                .as_ref(),
                        );
                    if !ok {
                        return None;
                    }
                }
                for x in ifm.iter().filter(|x| x.key() == k) {
                    if m.is_static
                        || m.acc != JAcc::Public
                        || !ret_ok(m.ret.as_ref(), x.ret.as_ref())
                    {
                        return None;
                    }
                }
                return Some(acc);
            }
            if let Some(c) = nearest(&chain, &k) {
                if c.is_static != m.is_static
                    || c.is_final
                    || !ret_ok(m.ret.as_ref(), c.ret.as_ref())
                {
                    return None;
                }
                acc = acc.max(c.acc);
            }
            for x in ifm.iter().filter(|x| x.key() == k) {
                if m.is_static || !ret_ok(m.ret.as_ref(), x.ret.as_ref()) {
                    return None;
                }
                acc = JAcc::Public;
            }
            Some(acc)
        };
        let taken_name = |own: &[JMethod], n: &str| {
            own.iter().any(|m| m.name == n)
                || chain.iter().any(|m| m.name == n)
                || ifm.iter().any(|m| m.name == n)
                || java_object_root().iter().any(|m| m.name == n)
        };
        // a. Overrides picked from what is inherited.
        if !is_interface {
            for m in &raw.members {
                let JRawMember::Override {
                    pick,
                    covariant,
                    widen,
                    make_final,
                } = m
                else {
                    continue;
                };
                let mut seen = HashSet::new();
                let cands: Vec<JMethod> = chain
                    .iter()
                    .filter(|c| seen.insert(c.key()))
                    .filter(|c| !c.is_static && !c.is_final)
                    .chain(ifm.iter())
                    .cloned()
                    .collect();
                if cands.is_empty() {
                    continue;
                }
                let mut m = cands[pick.index(cands.len())].clone();
                if *covariant && m.ret.as_ref().is_some_and(JTy::is_object) {
                    m.ret = Some(JTy::of(JBase::Str));
                }
                if *widen {
                    m.acc = JAcc::Public;
                }
                m.is_final = *make_final;
                m.is_abstract = false;
                if let Some(acc) = check(&own, &m) {
                    m.acc = acc;
                    own.push(m);
                }
            }
        }
        // b. toString, equals, hashCode.
        for m in &raw.members {
            let JRawMember::ObjectOverride(k) = m else {
                continue;
            };
            let Some(mut m) = java_object_root().get(usize::from(*k)).cloned() else {
                continue;
            };
            m.is_abstract = is_interface;
            if let Some(acc) = check(&own, &m) {
                m.acc = acc;
                own.push(m);
            }
        }
        // c. What a class has to implement.
        if !is_interface {
            let concrete = !is_abstract;
            let mut pending: Vec<JMethod> = Vec::new();
            let mut seen = HashSet::new();
            if concrete {
                for c in chain.iter().filter(|c| seen.insert(c.key())) {
                    if c.is_abstract {
                        pending.push(c.clone());
                    }
                }
            }
            for x in &ifm {
                let k = x.key();
                if own.iter().any(|o| o.key() == k) {
                    continue;
                }
                match nearest(&chain, &k) {
                    Some(c) if !c.is_abstract && c.acc == JAcc::Public => continue,
                    Some(c) if c.is_abstract => {
                        if let Some(p) = pending.iter_mut().find(|p| p.key() == k) {
                            p.acc = JAcc::Public;
                        } else {
                            // An abstract class keeps it abstract ("class wins").
                        }
                        continue;
                    }
                    Some(c) => {
                        // Implemented with less access: override it publicly.
                        if !pending.iter().any(|p| p.key() == k) {
                            pending.push(JMethod {
                                acc: JAcc::Public,
                                ..c
                            });
                        }
                    }
                    None => {
                        if !pending.iter().any(|p| p.key() == k) {
                            pending.push(JMethod {
                                acc: JAcc::Public,
                                ..x.clone()
                            });
                        }
                    }
                }
            }
            for (n, mut p) in pending.into_iter().enumerate() {
                let choice = raw
                    .choices
                    .get(n % raw.choices.len().max(1))
                    .copied()
                    .unwrap_or(0);
                p.is_abstract = is_abstract && choice % 2 == 1;
                p.is_final = false;
                p.is_static = false;
                if let Some(acc) = check(&own, &p) {
                    p.acc = acc;
                    own.push(p);
                }
            }
        }
        // d. The type's own methods.
        for m in &raw.members {
            let JRawMember::Method {
                name,
                acc,
                is_static,
                is_final,
                is_abstract: abs,
                ret,
                params,
                overloads,
            } = m
            else {
                continue;
            };
            let name = self.special_name(i, name);
            let mut m = JMethod {
                name,
                params: self.jparams(params, forbidden),
                ret: ret.as_ref().map(|r| self.jty(r)),
                acc: *acc,
                is_static: *is_static,
                is_final: *is_final,
                is_abstract: *abs,
            };
            if is_interface {
                // public abstract, default or static; or private with a body.
                m.is_final = false;
                if m.acc != JAcc::Private {
                    m.acc = JAcc::Public;
                }
                if m.is_static || m.acc == JAcc::Private {
                    m.is_abstract = false;
                }
            } else {
                if !is_abstract || m.is_static || m.acc == JAcc::Private {
                    m.is_abstract = false;
                }
                if m.is_abstract {
                    m.is_final = false;
                }
            }
            let first_ok = check(&own, &m);
            let acc = match first_ok {
                Some(a) => a,
                None => {
                    m.name = fresh(&m.name, |n| taken_name(&own, n));
                    match check(&own, &m) {
                        Some(a) => a,
                        None => continue,
                    }
                }
            };
            if m.acc == JAcc::Private && acc != JAcc::Private {
                m.is_final = m.is_final && !is_interface;
            }
            m.acc = acc;
            let family = m.clone();
            own.push(m);
            for o in overloads {
                let mut params: Vec<(String, JRawTy)> = Vec::new();
                for (k, t) in o.iter().enumerate() {
                    params.push((format!("q{k}"), t.clone()));
                }
                let mut x = JMethod {
                    params: self.jparams(&params, forbidden),
                    ..family.clone()
                };
                if let Some(acc) = check(&own, &x) {
                    x.acc = acc;
                    own.push(x);
                }
            }
        }
        // Fields.
        let mut field_names: HashSet<String> = forbidden.clone();
        if let JKind::Enum { constants, .. } = &self.types[i].kind {
            field_names.extend(constants.iter().map(|c| c.0.clone()));
        }
        let mut fields = Vec::new();
        for m in &raw.members {
            let JRawMember::Field {
                name,
                acc,
                ty,
                is_static,
                is_final,
                init,
                seed,
            } = m
            else {
                continue;
            };
            let name = self.special_name(i, name);
            let name = fresh(&name, |n| field_names.contains(n));
            field_names.insert(name.clone());
            let ty = self.jty(ty);
            let (acc, is_static, is_final, init) = if is_interface {
                (JAcc::Public, true, true, (*init).max(1))
            } else {
                let init = if *is_final { (*init).max(1) } else { *init };
                (*acc, *is_static, *is_final, init)
            };
            let init = match init {
                0 => None,
                1 => Some(self.java_const(&ty, seed)),
                _ => Some(self.non_const(&ty)),
            };
            fields.push(JField {
                name,
                ty,
                acc,
                is_static,
                is_final,
                init,
            });
        }
        // Constructors.
        let mut ctors: Vec<JCtor> = Vec::new();
        if !is_interface {
            for m in &raw.members {
                let JRawMember::Ctor { acc, params } = m else {
                    continue;
                };
                let params = self.jparams(params, forbidden);
                let key: Vec<JTy> = params.iter().map(|p| p.1.clone()).collect();
                if ctors
                    .iter()
                    .any(|c| c.params.iter().map(|p| p.1.clone()).collect::<Vec<_>>() == key)
                {
                    continue;
                }
                ctors.push(JCtor {
                    acc: if is_enum { JAcc::Private } else { *acc },
                    params,
                    super_args: Vec::new(),
                });
            }
        }
        if let JKind::Enum { ctor_arg, .. } = &self.types[i].kind {
            let int = vec![JTy::of(JBase::P(JPrim::Int))];
            let has = |ctors: &[JCtor], key: &[JTy]| {
                ctors
                    .iter()
                    .any(|c| c.params.iter().map(|p| &p.1).eq(key.iter()))
            };
            let needed: Vec<JTy> = if *ctor_arg { int } else { Vec::new() };
            if (*ctor_arg || !ctors.is_empty()) && !has(&ctors, &needed) {
                ctors.push(JCtor {
                    acc: JAcc::Private,
                    params: needed
                        .into_iter()
                        .enumerate()
                        .map(|(k, t)| (format!("v{k}"), t))
                        .collect(),
                    super_args: Vec::new(),
                });
            }
        }
        if let Some(b) = self.base_of(i) {
            let args: Vec<JTy> = self.types[b]
                .ctors
                .iter()
                .filter(|c| c.acc != JAcc::Private)
                .min_by_key(|c| c.params.len())
                .map(|c| c.params.iter().map(|p| p.1.clone()).collect())
                .unwrap_or_default();
            if !args.is_empty() {
                if ctors.is_empty() {
                    ctors.push(JCtor {
                        acc: JAcc::Public,
                        params: Vec::new(),
                        super_args: Vec::new(),
                    });
                }
                for c in &mut ctors {
                    c.super_args.clone_from(&args);
                }
            }
        }
        let t = &mut self.types[i];
        t.methods = own;
        t.fields = fields;
        t.ctors = ctors;
    }

    /// A constant initializer for a field of type `ty` (`null` for
    /// references other than `String`).
    fn java_const(&self, ty: &JTy, seed: &ConstSeed) -> String {
        if ty.dims > 0 {
            return "null".into();
        }
        match &ty.base {
            JBase::P(p) => match p {
                JPrim::Boolean => (seed.bits & 1 == 1).to_string(),
                JPrim::Byte => format!("(byte) {}", int_of(seed, -128, 127)),
                JPrim::Short => {
                    format!("(short) {}", int_of(seed, i16::MIN.into(), i16::MAX.into()))
                }
                JPrim::Char => format!("(char) 0x{:04x}", char_of(seed)),
                JPrim::Int => int_of(seed, i32::MIN.into(), i32::MAX.into()).to_string(),
                JPrim::Long => format!("{}L", int_of(seed, i64::MIN.into(), i64::MAX.into())),
                JPrim::Float => match f32_of(seed) {
                    f if f.is_nan() => "java.lang.Float.NaN".into(),
                    f if f == f32::INFINITY => "java.lang.Float.POSITIVE_INFINITY".into(),
                    f if f == f32::NEG_INFINITY => "java.lang.Float.NEGATIVE_INFINITY".into(),
                    f => format!("{f:?}f"),
                },
                JPrim::Double => match f64_of(seed) {
                    f if f.is_nan() => "java.lang.Double.NaN".into(),
                    f if f == f64::INFINITY => "java.lang.Double.POSITIVE_INFINITY".into(),
                    f if f == f64::NEG_INFINITY => "java.lang.Double.NEGATIVE_INFINITY".into(),
                    f => format!("{f:?}d"),
                },
            },
            JBase::Str => match &seed.text {
                None => "null".into(),
                Some(units) => {
                    let mut s = String::from("\"");
                    for &u in units {
                        match u {
                            0x22 => s.push_str("\\\""),
                            0x5c => s.push_str("\\\\"),
                            0x0a => s.push_str("\\n"),
                            0x0d => s.push_str("\\r"),
                            0x00..=0x1f => {
                                let _ = write!(s, "\\{u:03o}");
                            }
                            0x20..=0x7e => s.push(char::from(u as u8)),
                            _ => {
                                let _ = write!(s, "\\u{u:04x}");
                            }
                        }
                    }
                    s.push('"');
                    s
                }
            },
            _ => "null".into(),
        }
    }

    /// An initializer that is not a constant expression.
    fn non_const(&self, ty: &JTy) -> String {
        if ty.dims > 0 {
            return "null".into();
        }
        match &ty.base {
            JBase::P(p) => match p {
                JPrim::Boolean => "java.lang.Boolean.parseBoolean(\"true\")".into(),
                JPrim::Long => "java.lang.Math.abs(1L)".into(),
                JPrim::Float => "java.lang.Math.abs(1.0f)".into(),
                JPrim::Double => "java.lang.Math.abs(1.0)".into(),
                p => format!("({}) java.lang.Math.abs(1)", p.java()),
            },
            JBase::Str => "java.lang.String.valueOf(1)".into(),
            _ => "null".into(),
        }
    }
}

// ---- Java rendering ------------------------------------------------------

fn jacc_text(a: JAcc) -> &'static str {
    match a {
        JAcc::Public => "public ",
        JAcc::Protected => "protected ",
        JAcc::Package => "",
        JAcc::Private => "private ",
    }
}

const JAVA_THROW: &str = "{ throw new java.lang.RuntimeException(); }";

impl JLib {
    fn qname(&self, i: usize) -> String {
        if let Some(e) = self.types[i].external {
            return e.to_owned();
        }
        let mut chain = vec![self.types[i].name.clone()];
        let mut cur = self.types[i].outer;
        while let Some(o) = cur {
            chain.push(self.types[o].name.clone());
            cur = self.types[o].outer;
        }
        chain.reverse();
        format!("{}.{}", self.package.join("."), chain.join("."))
    }

    fn ty_text(&self, t: &JTy) -> String {
        let base = match &t.base {
            JBase::P(p) => p.java().to_owned(),
            JBase::Str => "java.lang.String".into(),
            JBase::Obj => "java.lang.Object".into(),
            JBase::ListStr => "java.util.List<java.lang.String>".into(),
            JBase::Named(j) => self.qname(*j),
        };
        format!("{base}{}", "[]".repeat(usize::from(t.dims)))
    }

    fn ret_text(&self, t: Option<&JTy>) -> String {
        t.map_or_else(|| "void".into(), |t| self.ty_text(t))
    }

    fn params_text(&self, ps: &[(String, JTy)]) -> String {
        ps.iter()
            .map(|(n, t)| format!("{} {n}", self.ty_text(t)))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// An argument of exactly type `t`.
    fn default_arg(&self, t: &JTy) -> String {
        match (&t.base, t.dims) {
            (JBase::P(JPrim::Boolean), 0) => "false".into(),
            (JBase::P(p), 0) => format!("({}) 0", p.java()),
            _ => format!("({}) null", self.ty_text(t)),
        }
    }

    /// One source file per top-level type: (path under the source root, text).
    fn render(&self) -> Vec<(String, String)> {
        let dir = self.package.join("/");
        (0..self.types.len())
            .filter(|&i| self.types[i].outer.is_none() && self.types[i].external.is_none())
            .map(|i| {
                let mut text = format!(
                    "// Generated by interop-tests/tests/stub_props.rs.\npackage {};\n\n",
                    self.package.join(".")
                );
                self.render_type(i, 0, &mut text);
                (format!("{dir}/{}.java", self.types[i].name), text)
            })
            .collect()
    }

    fn render_type(&self, i: usize, depth: usize, out: &mut String) {
        let ind = "    ".repeat(depth);
        let inner = "    ".repeat(depth + 1);
        let t = &self.types[i];
        let public = if t.public { "public " } else { "" };
        let list = |v: &[usize]| {
            v.iter()
                .map(|&j| self.qname(j))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let is_interface = matches!(t.kind, JKind::Interface { .. });
        let in_interface = t
            .outer
            .is_some_and(|o| matches!(self.types[o].kind, JKind::Interface { .. }));
        match &t.kind {
            JKind::Class {
                is_abstract,
                is_final,
                base,
                ifaces,
            } => {
                let stat = if t.outer.is_some() && (!t.inner || in_interface) {
                    "static "
                } else {
                    ""
                };
                let m = if *is_abstract {
                    "abstract "
                } else if *is_final {
                    "final "
                } else {
                    ""
                };
                let _ = write!(out, "{ind}{public}{stat}{m}class {}", t.name);
                if let Some(b) = base {
                    let _ = write!(out, " extends {}", self.qname(*b));
                }
                if !ifaces.is_empty() {
                    let _ = write!(out, " implements {}", list(ifaces));
                }
            }
            JKind::Interface { bases } => {
                let _ = write!(out, "{ind}{public}interface {}", t.name);
                if !bases.is_empty() {
                    let _ = write!(out, " extends {}", list(bases));
                }
            }
            JKind::Enum { ifaces, .. } => {
                let _ = write!(out, "{ind}{public}enum {}", t.name);
                if !ifaces.is_empty() {
                    let _ = write!(out, " implements {}", list(ifaces));
                }
            }
        }
        out.push_str(" {\n");
        if let JKind::Enum {
            constants,
            ctor_arg,
            ..
        } = &t.kind
        {
            let cs: Vec<String> = constants
                .iter()
                .enumerate()
                .map(|(k, (n, body))| {
                    let arg = if *ctor_arg {
                        format!("({k})")
                    } else {
                        String::new()
                    };
                    let body = if *body { " { }" } else { "" };
                    format!("{n}{arg}{body}")
                })
                .collect();
            let _ = writeln!(out, "{inner}{};", cs.join(", "));
        }
        for f in &t.fields {
            let s = if f.is_static && !is_interface {
                "static "
            } else {
                ""
            };
            let fin = if f.is_final && !is_interface {
                "final "
            } else {
                ""
            };
            let a = if is_interface { "" } else { jacc_text(f.acc) };
            let init = f
                .init
                .as_ref()
                .map(|v| format!(" = {v}"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "{inner}{a}{s}{fin}{} {}{init};",
                self.ty_text(&f.ty),
                f.name
            );
        }
        for c in &t.ctors {
            let body = if c.super_args.is_empty() {
                "{ }".to_owned()
            } else {
                let args: Vec<String> = c.super_args.iter().map(|a| self.default_arg(a)).collect();
                format!("{{ super({}); }}", args.join(", "))
            };
            let _ = writeln!(
                out,
                "{inner}{}{}({}) {body}",
                jacc_text(c.acc),
                t.name,
                self.params_text(&c.params)
            );
        }
        for m in &t.methods {
            let ret = self.ret_text(m.ret.as_ref());
            let sig = format!("{ret} {}({})", m.name, self.params_text(&m.params));
            let line = if is_interface {
                if m.acc == JAcc::Private {
                    let s = if m.is_static { "static " } else { "" };
                    format!("private {s}{sig} {JAVA_THROW}")
                } else if m.is_static {
                    format!("static {sig} {JAVA_THROW}")
                } else if m.is_abstract {
                    format!("{sig};")
                } else {
                    format!("default {sig} {JAVA_THROW}")
                }
            } else {
                let s = if m.is_static { "static " } else { "" };
                let f = if m.is_final { "final " } else { "" };
                if m.is_abstract {
                    format!("{}abstract {sig};", jacc_text(m.acc))
                } else {
                    format!("{}{s}{f}{sig} {JAVA_THROW}", jacc_text(m.acc))
                }
            };
            let _ = writeln!(out, "{inner}{line}");
        }
        for n in (0..self.types.len()).filter(|&j| self.types[j].outer == Some(i)) {
            self.render_type(n, depth + 1, out);
        }
        let _ = writeln!(out, "{ind}}}");
    }
}

// ---- property 2: C# stubs of Java libraries ------------------------------

/// The lines of `Stubs.cs` the errors of `mcs` point at.
fn cs_error_context(stubs: &str, errors: &str) -> String {
    let mut lines = BTreeSet::new();
    for l in errors.lines() {
        if let Some(rest) = l.split("Stubs.cs(").nth(1) {
            if let Some(n) = rest.split(',').next().and_then(|n| n.parse::<usize>().ok()) {
                if lines.len() < 12 {
                    lines.insert(n);
                }
            }
        }
    }
    format!("\n  Stubs.cs where mcs points:\n{}", excerpt(stubs, &lines))
}

/// One case of property 2: `javac`, `twain stubs cs`, `mcs`.
fn cs_stubs_compile(
    twain: &Path,
    shape: &JShape,
    stats: &RefCell<Stats>,
) -> Result<(), TestCaseError> {
    let lib = JLib::resolve(shape);
    let sources = lib.render();
    let all_sources: String = sources
        .iter()
        .map(|(p, t)| format!("  src/{p}:\n{}", numbered(t)))
        .collect();
    let dir = case_dir("cs-stubs");
    let report = |what: &str, detail: &str| {
        TestCaseError::fail(format!(
            "{what}\n{detail}\n  the generated Java package (work directory {}):\n{all_sources}",
            dir.display(),
        ))
    };
    for (p, t) in &sources {
        let path = dir.join("src").join(p);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)
                .map_err(|e| report("cannot write sources", &e.to_string()))?;
        }
        fs::write(&path, t).map_err(|e| report("cannot write sources", &e.to_string()))?;
    }
    let mut times = [Duration::ZERO; 3];
    let t = Instant::now();
    let files: Vec<String> = sources.iter().map(|(p, _)| format!("src/{p}")).collect();
    let mut args = vec!["-encoding", "UTF-8", "-nowarn", "-d", "classes"];
    args.extend(files.iter().map(String::as_str));
    run_tool(&dir, Path::new("javac"), &args, "javac").map_err(|e| {
        report(
            "javac rejected the generated package: a bug of this test's shape generator",
            &e,
        )
    })?;
    times[0] = t.elapsed();
    let t = Instant::now();
    let package = lib.package.join(".");
    run_tool(
        &dir,
        twain,
        &["stubs", "cs", "-cp", "classes", &package, "-o", "Stubs.cs"],
        "twain",
    )
    .map_err(|e| report("twain stubs cs failed", &e))?;
    times[1] = t.elapsed();
    let stubs = fs::read_to_string(dir.join("Stubs.cs")).unwrap_or_default();
    let t = Instant::now();
    run_tool(
        &dir,
        Path::new("mcs"),
        &["-target:library", "-out:Stubs.dll", "Stubs.cs"],
        "mcs",
    )
    .map_err(|e| {
        report(
            "mcs rejected the C# stubs of the generated package",
            &format!("{e}{}", cs_error_context(&stubs, &e)),
        )
    })?;
    times[2] = t.elapsed();
    let types = lib.types.iter().filter(|t| t.external.is_none()).count();
    stats
        .borrow_mut()
        .record(types, 1, stubs.matches("// left out:").count(), times);
    let _ = fs::remove_dir_all(&dir);
    Ok(())
}

#[test]
fn cs_stubs_of_generated_java_libraries_compile() {
    check_property(
        "cs_stubs_of_generated_java_libraries_compile",
        ["javac", "twain stubs cs", "mcs"],
        java_shape(),
        cs_stubs_compile,
    );
}
