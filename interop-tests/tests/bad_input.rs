//! Hostile inputs: `twain run` must reject each one with a non-zero exit
//! status and a one-line diagnosis on stderr, never a panic or a signal.
//!
//! Accepted stderr forms:
//! - exactly one line starting with `twain:` (e.g. `twain: Main.class: truncated class file`);
//! - a first line starting with `Exception in thread "main" java.lang.`
//!   (`NoClassDefFoundError`, `ClassFormatError`, `NoSuchMethodError`, ...),
//!   optionally followed only by stack-trace lines (`\tat `, `\t... `, `Caused by: `).
//!
//! Inputs are built here byte by byte, so these tests need no JDK. Two
//! positive controls check the builders themselves (with `java` when present)
//! and that twain runs a valid minimal class.

#![expect(
    clippy::panic,
    reason = "test harness: a failed check panics with its report"
)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use interop_tests::{have_tool, run_with_timeout, stored_zip, twain_bin, ClassFileSpec, Outcome};

const WORK: &str = concat!(env!("CARGO_TARGET_TMPDIR"), "/bad_input");
const TIMEOUT: Duration = Duration::from_secs(30);

/// A fresh, empty directory for one test.
fn scratch(test: &str) -> PathBuf {
    let dir = Path::new(WORK).join(test);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("cp"))
        .unwrap_or_else(|e| panic!("cannot create {}: {e}", dir.display()));
    dir
}

fn write(path: &Path, bytes: &[u8]) {
    fs::write(path, bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

fn twain() -> PathBuf {
    twain_bin().unwrap_or_else(|e| panic!("{e}"))
}

/// Runs `twain run <args>` from inside `dir`.
fn run_twain(dir: &Path, args: &[&str]) -> Outcome {
    let bin = twain();
    let mut cmd = Command::new(&bin);
    cmd.arg("run").args(args).current_dir(dir);
    run_with_timeout(&mut cmd, TIMEOUT, dir, "twain")
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", bin.display()))
}

fn is_trace_line(line: &str) -> bool {
    line.starts_with("\tat ") || line.starts_with("\t... ") || line.starts_with("Caused by: ")
}

/// The contract for a rejected input (see the module docs).
fn assert_clean_rejection(what: &str, out: &Outcome) {
    let stderr = out.stderr_text();
    let context = format!(
        "{what}: {}\n--- stderr ---\n{stderr}--- stdout ---\n{}",
        out.describe_end(),
        out.stdout_text()
    );
    assert!(!out.timed_out(), "{context}");
    assert!(
        out.signal().is_none() && out.code().is_some(),
        "crashed: {context}"
    );
    assert_ne!(
        out.code(),
        Some(0),
        "expected a non-zero exit status: {context}"
    );
    assert!(
        !stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"),
        "panicked: {context}"
    );
    let lines: Vec<&str> = stderr.lines().collect();
    let Some(first) = lines.first() else {
        panic!("nothing on stderr: {context}")
    };
    if first.starts_with("twain:") {
        assert_eq!(
            lines.len(),
            1,
            "expected exactly one stderr line: {context}"
        );
    } else if first.starts_with("Exception in thread \"main\" java.lang.") {
        assert!(
            lines[1..].iter().all(|l| is_trace_line(l)),
            "unexpected extra stderr lines: {context}"
        );
    } else {
        panic!("stderr must start with `twain:` or `Exception in thread \"main\" java.lang.`: {context}");
    }
}

/// Puts `bytes` at `cp/Main.class` and runs `twain run -cp cp Main`.
fn reject_main_class(test: &str, bytes: &[u8]) {
    let dir = scratch(test);
    write(&dir.join("cp/Main.class"), bytes);
    let out = run_twain(&dir, &["-cp", "cp", "Main"]);
    assert_clean_rejection(test, &out);
}

fn valid_main() -> Vec<u8> {
    ClassFileSpec::main_class("Main").to_bytes()
}

/// Deterministic junk (an LCG), so failures reproduce.
fn garbage(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed;
    (0..len)
        .map(|_| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            x.to_be_bytes()[0]
        })
        .collect()
}

#[test]
fn truncated_class_file() {
    let b = valid_main();
    reject_main_class("truncated_class_file", &b[..b.len() / 2]);
}

#[test]
fn class_file_cut_inside_header() {
    reject_main_class("class_file_cut_inside_header", &valid_main()[..7]);
}

#[test]
fn garbage_bytes_as_class() {
    reject_main_class("garbage_bytes_as_class", &garbage(300, 7));
}

#[test]
fn bad_magic() {
    let mut b = valid_main();
    b[..4].copy_from_slice(&[0xDE, 0xAD, 0xBE, 0xEF]);
    reject_main_class("bad_magic", &b);
}

#[test]
fn empty_class_file() {
    reject_main_class("empty_class_file", &[]);
}

#[test]
fn garbage_after_valid_magic() {
    let mut b = vec![0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 61];
    b.extend(garbage(200, 99));
    reject_main_class("garbage_after_valid_magic", &b);
}

#[test]
fn huge_constant_pool_count() {
    let mut b = valid_main();
    b[8..10].copy_from_slice(&[0xFF, 0xFF]);
    reject_main_class("huge_constant_pool_count", &b);
}

#[test]
fn constant_pool_index_out_of_range() {
    let mut b = valid_main();
    // access_flags, this_class = #2, super_class = #4 follow the constant pool.
    let pos = b
        .windows(6)
        .rposition(|w| w == [0x00, 0x21, 0x00, 0x02, 0x00, 0x04])
        .expect("class header")
        + 4;
    b[pos..pos + 2].copy_from_slice(&[0x00, 0x63]); // super_class = #99
    reject_main_class("constant_pool_index_out_of_range", &b);
}

#[test]
fn unsupported_class_version() {
    reject_main_class(
        "unsupported_class_version",
        &ClassFileSpec {
            major: 99,
            ..ClassFileSpec::main_class("Main")
        }
        .to_bytes(),
    );
}

#[test]
fn missing_superclass() {
    let spec = ClassFileSpec {
        super_name: "DoesNotExist".to_owned(),
        ..ClassFileSpec::main_class("Main")
    };
    reject_main_class("missing_superclass", &spec.to_bytes());
}

#[test]
fn class_is_its_own_superclass() {
    let spec = ClassFileSpec {
        super_name: "Main".to_owned(),
        ..ClassFileSpec::main_class("Main")
    };
    reject_main_class("class_is_its_own_superclass", &spec.to_bytes());
}

#[test]
fn file_declares_another_class() {
    reject_main_class(
        "file_declares_another_class",
        &ClassFileSpec::main_class("Other").to_bytes(),
    );
}

#[test]
fn missing_main_method() {
    let spec = ClassFileSpec {
        with_main: false,
        ..ClassFileSpec::main_class("Main")
    };
    reject_main_class("missing_main_method", &spec.to_bytes());
}

#[test]
fn missing_main_class() {
    let dir = scratch("missing_main_class");
    let out = run_twain(&dir, &["-cp", "cp", "Main"]);
    assert_clean_rejection("missing_main_class", &out);
}

#[test]
fn nonexistent_classpath_entry() {
    let dir = scratch("nonexistent_classpath_entry");
    let out = run_twain(&dir, &["-cp", "no/such/dir:no-such.jar", "Main"]);
    assert_clean_rejection("nonexistent_classpath_entry", &out);
}

#[test]
fn garbage_jar() {
    let dir = scratch("garbage_jar");
    write(&dir.join("app.jar"), &garbage(500, 3));
    let out = run_twain(&dir, &["-cp", "app.jar", "Main"]);
    assert_clean_rejection("garbage_jar", &out);
}

#[test]
fn truncated_jar() {
    let dir = scratch("truncated_jar");
    let jar = stored_zip(&[("Main.class", &valid_main())]);
    write(&dir.join("app.jar"), &jar[..jar.len() - 30]);
    let out = run_twain(&dir, &["-cp", "app.jar", "Main"]);
    assert_clean_rejection("truncated_jar", &out);
}

#[test]
fn jar_holding_a_truncated_class() {
    let dir = scratch("jar_holding_a_truncated_class");
    let class = valid_main();
    write(
        &dir.join("app.jar"),
        &stored_zip(&[("Main.class", &class[..class.len() - 9])]),
    );
    let out = run_twain(&dir, &["-cp", "app.jar", "Main"]);
    assert_clean_rejection("jar_holding_a_truncated_class", &out);
}

#[test]
fn no_main_class_argument() {
    // Usage errors may print several lines; only require a clean failure.
    let dir = scratch("no_main_class_argument");
    let out = run_twain(&dir, &[]);
    let context = format!("{}\n{}", out.describe_end(), out.stderr_text());
    assert!(out.code().is_some_and(|c| c != 0), "{context}");
    assert!(!out.stderr_text().contains("panicked"), "{context}");
    assert!(
        !out.stderr_text().trim().is_empty(),
        "expected a usage message: {context}"
    );
}

/// Positive control: the builders make classes `java` accepts, and twain
/// runs them with no output and exit status 0.
#[test]
fn valid_minimal_class_runs() {
    let dir = scratch("valid_minimal_class_runs");
    write(&dir.join("cp/Main.class"), &valid_main());
    write(
        &dir.join("app.jar"),
        &stored_zip(&[("Main.class", &valid_main())]),
    );
    for cp in ["cp", "app.jar"] {
        if have_tool("java", "-version") {
            let mut java = Command::new("java");
            java.args(["-cp", cp, "Main"]).current_dir(&dir);
            let out = run_with_timeout(&mut java, TIMEOUT, &dir, "java")
                .unwrap_or_else(|e| panic!("cannot run java: {e}"));
            assert_eq!(
                out.code(),
                Some(0),
                "java rejects the builder's output ({cp}): {}",
                out.stderr_text()
            );
        }
        let out = run_twain(&dir, &["-cp", cp, "Main"]);
        assert_eq!(
            out.code(),
            Some(0),
            "twain failed on a valid minimal class ({cp}): {}\n{}",
            out.describe_end(),
            out.stderr_text()
        );
        assert!(
            out.stdout.is_empty(),
            "unexpected output: {}",
            out.stdout_text()
        );
    }
}
