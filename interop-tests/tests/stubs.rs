//! The stub generators end to end (`twain stubs java|cs`).
//!
//! Two scenarios in `fixtures/interop/`:
//! - `geometry`: a C# library (`Lib.cs`) used from Java (`App.java`). The
//!   test compiles `Lib.dll` with `mcs`, writes its Java stubs with
//!   `twain stubs java Lib.dll`, snapshots them, compiles them with `javac`,
//!   compiles `App.java` against them and runs
//!   `twain run -cp app -r Lib.dll App`.
//! - `shapes`: a Java library (`jlib/`) used from C# (`Prog.cs`). The test
//!   compiles `jlib` with `javac`, writes C# stubs with
//!   `twain stubs cs -cp jlib com.example.shapes`, snapshots them, compiles
//!   them with `mcs -target:library` into `Shapes.dll`, compiles `Prog.cs`
//!   against that and runs `twain run -cp jlib -r Shapes.dll Prog.exe`.
//!
//! The expected program output is written here, from the semantics of the
//! fixtures (the other VM cannot run them). The stubs of twain's own class
//! libraries (`mscorlib`, `java.util`) must compile too. Snapshots live in
//! `tests/snapshots/`; review changes with `cargo insta review`, or write
//! them with `INSTA_UPDATE=always`. Without `javac` or `mcs` a test prints a
//! note and passes. Work happens in a temporary directory outside the
//! repository, removed when a test passes.

#![expect(
    clippy::panic,
    reason = "test harness: a failed check panics with its report"
)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use interop_tests::{compilers_present, first_difference, run_with_timeout, tail_lines, twain_bin};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/interop");
const TIMEOUT: Duration = Duration::from_secs(60);


/// A fresh work directory for one test, outside the repository.
fn work_dir(test: &str) -> PathBuf {
    let dir = std::env::temp_dir()
        .join(format!("twain-stubs-{}", std::process::id()))
        .join(test);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    dir
}

/// Removes a passing test's work directory.
fn done(dir: &Path) {
    let _ = fs::remove_dir_all(dir);
}

/// Runs a tool in `dir`; panics with its output when it fails.
fn run(dir: &Path, program: &str, args: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    if !out.status.success() {
        panic!(
            "{program} {} failed in {} ({}):\n{text}",
            args.join(" "),
            dir.display(),
            out.status
        );
    }
    text
}

/// Runs `twain` with `args` in `dir`; panics unless it exits 0.
fn twain(dir: &Path, args: &[&str]) -> String {
    let bin = twain_bin().unwrap_or_else(|e| panic!("{e}"));
    let mut cmd = Command::new(bin);
    cmd.args(args).current_dir(dir);
    let tag = args.first().copied().unwrap_or("twain");
    let out = run_with_timeout(&mut cmd, TIMEOUT, &dir.join("captures"), tag)
        .unwrap_or_else(|e| panic!("cannot run twain: {e}"));
    if out.code() != Some(0) {
        panic!(
            "twain {} in {}: {}\n  stdout:\n{}  stderr:\n{}",
            args.join(" "),
            dir.display(),
            out.describe_end(),
            tail_lines(&out.stdout_text(), 30),
            tail_lines(&out.stderr_text(), 30)
        );
    }
    out.stdout_text()
}

/// Copies a fixture directory's files (recursively) into `dir`.
fn copy_fixture(scenario: &str, dir: &Path) {
    fn copy(from: &Path, to: &Path) {
        fs::create_dir_all(to).unwrap_or_else(|e| panic!("{}: {e}", to.display()));
        for e in fs::read_dir(from)
            .unwrap_or_else(|e| panic!("{}: {e}", from.display()))
            .flatten()
        {
            let target = to.join(e.file_name());
            if e.path().is_dir() {
                copy(&e.path(), &target);
            } else {
                fs::copy(e.path(), &target)
                    .unwrap_or_else(|err| panic!("{}: {err}", e.path().display()));
            }
        }
    }
    copy(&Path::new(FIXTURES).join(scenario), dir);
}

/// Every file under `root`, relative paths with `/`, sorted.
fn files(root: &Path) -> Vec<String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        for e in fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .flatten()
        {
            if e.path().is_dir() {
                walk(root, &e.path(), out);
            } else if let Ok(rel) = e.path().strip_prefix(root) {
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let mut out = Vec::new();
    walk(root, root, &mut out);
    out.sort();
    out
}

/// A directory of generated files as one text, each under a `==> path <==` line.
fn tree_text(root: &Path) -> String {
    files(root)
        .iter()
        .map(|f| {
            let text = fs::read_to_string(root.join(f)).unwrap_or_else(|e| panic!("{f}: {e}"));
            format!("==> {f} <==\n{text}")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Compiles every `.java` file under `src` into `out`.
fn javac_tree(dir: &Path, src: &str, out: &str, classpath: Option<&str>) {
    let sources: Vec<String> = files(&dir.join(src))
        .into_iter()
        .filter(|f| f.ends_with(".java"))
        .map(|f| format!("{src}/{f}"))
        .collect();
    assert!(!sources.is_empty(), "no Java sources under {src}");
    let mut args = vec!["-d", out];
    if let Some(cp) = classpath {
        args.extend(["-cp", cp]);
    }
    args.extend(sources.iter().map(String::as_str));
    run(dir, "javac", &args);
}

/// Compares a program's output with what the fixture's semantics say.
fn check_output(what: &str, expected: &str, actual: &str) {
    if let Some(d) = first_difference(expected, actual) {
        panic!("{what}: {d}\n  whole output:\n{}", tail_lines(actual, 40));
    }
}

/// `Lib.dll` of the geometry scenario and its Java stubs under `stubs/`.
fn geometry_stubs(dir: &Path) {
    copy_fixture("geometry", dir);
    run(dir, "mcs", &["-target:library", "-out:Lib.dll", "Lib.cs"]);
    twain(dir, &["stubs", "java", "Lib.dll", "-o", "stubs"]);
}

#[test]
fn geometry_java_stubs() {
    if !compilers_present("geometry_java_stubs", true, true) {
        return;
    }
    let dir = work_dir("geometry_java_stubs");
    geometry_stubs(&dir);
    insta::assert_snapshot!("geometry_java_stubs", tree_text(&dir.join("stubs")));
    javac_tree(&dir, "stubs", "stub-classes", None);
    done(&dir);
}

#[test]
fn geometry_app_runs_through_java_stubs() {
    if !compilers_present("geometry_app_runs_through_java_stubs", true, true) {
        return;
    }
    let dir = work_dir("geometry_app");
    geometry_stubs(&dir);
    javac_tree(&dir, "stubs", "stub-classes", None);
    fs::create_dir_all(dir.join("app")).unwrap_or_else(|e| panic!("{e}"));
    run(
        &dir,
        "javac",
        &["-cp", "stub-classes", "-d", "app", "App.java"],
    );
    let out = twain(&dir, &["run", "-cp", "app", "-r", "Lib.dll", "App"]);
    // Rect(3, 4): area 12, perimeter 14; Width = 5 makes the area 20. A
    // square of 6 has area 36, a circle of radius 2 (area 3 r^2) 12, and the
    // three together 68. Three shapes were created. Java prints doubles as
    // `12.0`; the C# ToString override is Java's toString (one slot); the
    // .NET constants are inlined by javac; Mask keeps the low byte of 0x1234.
    let expected = "\
area 12.0
perimeter 14
name rect
width 5 area 20.0
square rect of area 36
circle radius 2 area 12.0
total 68.0
via interface 12.0 circle
describe rect:20
created 3
toString Shape(rect) Shape(circle)
sides 4 5 4
constants 3 cm 1099511627776
mask 52
box first
add 42
";
    check_output("App through the Java stubs", expected, &out);
    done(&dir);
}

/// The shapes library compiled into `jlib/`, and its C# stubs in `Shapes.cs`.
fn shapes_stubs(dir: &Path) {
    copy_fixture("shapes", dir);
    fs::rename(dir.join("jlib"), dir.join("jlib-src")).unwrap_or_else(|e| panic!("{e}"));
    javac_tree(dir, "jlib-src", "jlib", None);
    twain(
        dir,
        &[
            "stubs",
            "cs",
            "-cp",
            "jlib",
            "com.example.shapes",
            "-o",
            "Shapes.cs",
        ],
    );
}

#[test]
fn shapes_cs_stubs() {
    if !compilers_present("shapes_cs_stubs", true, true) {
        return;
    }
    let dir = work_dir("shapes_cs_stubs");
    shapes_stubs(&dir);
    let text = fs::read_to_string(dir.join("Shapes.cs")).unwrap_or_else(|e| panic!("{e}"));
    insta::assert_snapshot!("shapes_cs_stubs", text);
    run(
        &dir,
        "mcs",
        &["-target:library", "-out:Shapes.dll", "Shapes.cs"],
    );
    done(&dir);
}

#[test]
fn shapes_prog_runs_through_cs_stubs() {
    if !compilers_present("shapes_prog_runs_through_cs_stubs", true, true) {
        return;
    }
    let dir = work_dir("shapes_prog");
    shapes_stubs(&dir);
    run(
        &dir,
        "mcs",
        &["-target:library", "-out:Shapes.dll", "Shapes.cs"],
    );
    run(&dir, "mcs", &["-r:Shapes.dll", "-out:Prog.exe", "Prog.cs"]);
    let out = twain(
        &dir,
        &["run", "-cp", "jlib", "-r", "Shapes.dll", "Prog.exe"],
    );
    // Rectangle(3, 4): area 12, perimeter 14; a square of 5 has area 25;
    // scaled(2) is 6x8. The circle's radius becomes 3: area 3 * 3 * 3 = 27.
    // 12 + 25 + 27 = 64. Four shapes were made (r, sq, big, c). C# prints
    // whole doubles without a fraction and booleans as True/False; Java's
    // toString is C#'s ToString (one slot).
    let expected = "\
area 12
perimeter 14
width 3 height 4
square square with area 25
scaled 6x8
circle circle 27 round 3
via base circle with area 27
via interface 12 27 cm2
total 64
widths 2 3 5
join a-b-c
twice 2199023255552 negate -5
big False True
count 4
toString Shape(rectangle) Shape(circle)
point 3,-2 5 3
";
    check_output("Prog through the C# stubs", expected, &out);
    done(&dir);
}

#[test]
fn mscorlib_java_stubs_compile() {
    if !compilers_present("mscorlib_java_stubs_compile", true, false) {
        return;
    }
    let dir = work_dir("mscorlib_java_stubs");
    twain(&dir, &["stubs", "java", "mscorlib", "-o", "stubs"]);
    let all = files(&dir.join("stubs"));
    for f in [
        "cli/System/Math.java",
        "cli/System/Text/StringBuilder.java",
        "cli/LEFT_OUT.txt",
    ] {
        assert!(
            all.iter().any(|x| x == f),
            "no {f} among the mscorlib stubs"
        );
    }
    for f in ["cli/System/Object.java", "cli/System/String.java"] {
        assert!(
            !all.iter().any(|x| x == f),
            "{f}: System.Object and System.String are java.lang's"
        );
    }
    javac_tree(&dir, "stubs", "stub-classes", None);
    done(&dir);
}

#[test]
fn java_util_cs_stubs_compile() {
    if !compilers_present("java_util_cs_stubs_compile", false, true) {
        return;
    }
    let dir = work_dir("java_util_cs_stubs");
    twain(&dir, &["stubs", "cs", "java.util", "-o", "JavaUtil.cs"]);
    let text = fs::read_to_string(dir.join("JavaUtil.cs")).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        text.contains("public class ArrayList : global::java.util.AbstractList"),
        "java.util.ArrayList has no stub"
    );
    assert!(
        text.contains("[assembly: global::Twain.Stubs.JavaLibrary]"),
        "not marked as a stub assembly"
    );
    run(
        &dir,
        "mcs",
        &["-target:library", "-out:JavaUtil.dll", "JavaUtil.cs"],
    );
    done(&dir);
}

#[test]
fn stubs_report_bad_input_in_one_line() {
    let bin = twain_bin().unwrap_or_else(|e| panic!("{e}"));
    let dir = work_dir("bad_input");
    fs::write(dir.join("Bad.dll"), b"MZ not really").unwrap_or_else(|e| panic!("{e}"));
    let cases: [(&[&str], i32, &str); 4] = [
        (
            &["stubs", "java", "Missing.dll", "-o", "out"],
            1,
            "Missing.dll",
        ),
        (&["stubs", "java", "Bad.dll", "-o", "out"], 1, "Bad.dll"),
        (
            &["stubs", "cs", "no.such.pkg", "-o", "out.cs"],
            1,
            "no.such.pkg",
        ),
        (&["stubs", "java", "-o", "out"], 2, "usage"),
    ];
    for (args, code, mention) in cases {
        let out = Command::new(&bin)
            .args(args)
            .current_dir(&dir)
            .stdin(Stdio::null())
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(code),
            "twain {}: {err}",
            args.join(" ")
        );
        assert!(
            err.starts_with("twain: ") && err.contains(mention),
            "twain {}: {err}",
            args.join(" ")
        );
        if code == 1 {
            assert_eq!(
                err.lines().count(),
                1,
                "twain {}: not one line: {err}",
                args.join(" ")
            );
        }
    }
    done(&dir);
}
