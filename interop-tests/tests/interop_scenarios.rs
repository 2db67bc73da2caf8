//! Cross-VM scenarios: Java and C# parts built through the user stories'
//! commands, run by twain, output compared with what the semantics say.
//!
//! Each directory of `fixtures/scenarios/` is one scenario, in one of two
//! shapes (no reference VM can run either, so `expected.txt` is written by
//! hand from the semantics of the two languages):
//!
//! - **Java using .NET**: `Lib.cs` and `App.java` (main class `App`; more
//!   `.java` files next to it are compiled too):
//!   `mcs -target:library -out:Lib.dll Lib.cs`,
//!   `twain stubs java Lib.dll -o stubs`, `javac` the stubs,
//!   `javac -cp stub-classes -d app *.java`,
//!   `twain run -cp app -r Lib.dll App`.
//! - **C# using Java**: `jlib/` (Java sources), `packages.txt` (the packages
//!   or classes to stub, one per line) and `Prog.cs`: `javac -d jlib-classes`,
//!   `twain stubs cs -cp jlib-classes <packages> -o JLib.cs`,
//!   `mcs -target:library -out:JLib.dll JLib.cs`,
//!   `mcs -r:JLib.dll -out:Prog.exe Prog.cs`,
//!   `twain run -cp jlib-classes -r JLib.dll Prog.exe`.
//!
//! `expected.txt` is the expected stdout; `expected-status` (optional) the
//! exit status (default 0). Every scenario runs normally and under
//! `--gc-stress`. `TWAIN_TEST_FILTER=s` runs the scenarios whose name
//! contains `s`. Without `javac` or `mcs` the test prints a note and passes.
//! `fixtures/scenarios/KNOWN_FAILING` lists scenarios twain gets wrong (one
//! name per line, `# reason` comments): a listed one that fails is reported,
//! one that passes fails the test (the list only shrinks).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use interop_tests::{first_difference, have_tool, run_with_timeout, tail_lines, twain_bin};

const SCENARIOS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/scenarios");
const WORK: &str = concat!(env!("CARGO_TARGET_TMPDIR"), "/scenarios");
const TIMEOUT: Duration = Duration::from_secs(120);

/// One way a scenario failed.
type Failure = String;

fn tool(dir: &Path, program: &str, args: &[String]) -> Result<(), Failure> {
    let out = Command::new(program)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run {program}: {e}"))?;
    if out.status.success() {
        return Ok(());
    }
    Err(format!(
        "{program} {} failed ({}):\n{}{}",
        args.join(" "),
        out.status,
        tail_lines(&String::from_utf8_lossy(&out.stdout), 20),
        tail_lines(&String::from_utf8_lossy(&out.stderr), 20)
    ))
}

fn twain(dir: &Path, args: &[String]) -> Result<(Option<i32>, String, String), Failure> {
    let bin = twain_bin()?;
    let mut cmd = Command::new(bin);
    cmd.args(args).current_dir(dir);
    let tag = args.iter().find(|a| !a.starts_with('-')).cloned().unwrap_or_default();
    let out = run_with_timeout(&mut cmd, TIMEOUT, &dir.join("captures"), &tag).map_err(|e| format!("cannot run twain: {e}"))?;
    if out.timed_out() {
        return Err(format!("twain {} timed out", args.join(" ")));
    }
    Ok((out.code(), out.stdout_text(), out.stderr_text()))
}

fn files_with(root: &Path, ext: &str) -> Vec<String> {
    fn walk(root: &Path, dir: &Path, ext: &str, out: &mut Vec<String>) {
        for e in fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(root, &p, ext, out);
            } else if p.extension().is_some_and(|x| x == ext) {
                if let Ok(rel) = p.strip_prefix(root) {
                    out.push(rel.to_string_lossy().replace('\\', "/"));
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(root, root, ext, &mut out);
    out.sort();
    out
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), Failure> {
    fs::create_dir_all(to).map_err(|e| format!("{}: {e}", to.display()))?;
    for e in fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))?.flatten() {
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target)?;
        } else {
            fs::copy(e.path(), &target).map_err(|err| format!("{}: {err}", e.path().display()))?;
        }
    }
    Ok(())
}

/// Builds a scenario in `dir`; returns the `twain run` arguments.
fn build(dir: &Path) -> Result<Vec<String>, Failure> {
    let s = |v: &[&str]| v.iter().map(|x| (*x).to_string()).collect::<Vec<_>>();
    if dir.join("Lib.cs").is_file() {
        tool(dir, "mcs", &s(&["-target:library", "-out:Lib.dll", "Lib.cs"]))?;
        twain(dir, &s(&["stubs", "java", "Lib.dll", "-o", "stubs"])).and_then(|(code, out, err)| {
            if code == Some(0) {
                Ok(())
            } else {
                Err(format!("twain stubs java failed:\n{out}{err}"))
            }
        })?;
        let mut args = s(&["-d", "stub-classes"]);
        args.extend(files_with(dir, "java").into_iter().filter(|f| f.starts_with("stubs/")));
        tool(dir, "javac", &args)?;
        let mut args = s(&["-cp", "stub-classes", "-d", "app"]);
        args.extend(files_with(dir, "java").into_iter().filter(|f| !f.contains('/')));
        tool(dir, "javac", &args)?;
        return Ok(s(&["-cp", "app", "-r", "Lib.dll", "App"]));
    }
    if dir.join("Prog.cs").is_file() {
        let mut args = s(&["-d", "jlib-classes"]);
        args.extend(files_with(dir, "java").into_iter().filter(|f| f.starts_with("jlib/")));
        tool(dir, "javac", &args)?;
        let packages = fs::read_to_string(dir.join("packages.txt")).map_err(|e| format!("packages.txt: {e}"))?;
        let mut args = s(&["stubs", "cs", "-cp", "jlib-classes"]);
        args.extend(packages.split_whitespace().map(str::to_string));
        args.extend(s(&["-o", "JLib.cs"]));
        let (code, out, err) = twain(dir, &args)?;
        if code != Some(0) {
            return Err(format!("twain stubs cs failed:\n{out}{err}"));
        }
        tool(dir, "mcs", &s(&["-target:library", "-out:JLib.dll", "JLib.cs"]))?;
        tool(dir, "mcs", &s(&["-r:JLib.dll", "-out:Prog.exe", "Prog.cs"]))?;
        return Ok(s(&["-cp", "jlib-classes", "-r", "JLib.dll", "Prog.exe"]));
    }
    Err("neither Lib.cs + App.java nor jlib/ + Prog.cs".into())
}

fn check(dir: &Path, expected: &str, status: i32, run: &[String], stress: bool) -> Result<(), Failure> {
    let mut args = vec!["run".to_string()];
    if stress {
        args.push("--gc-stress".into());
    }
    args.extend(run.iter().cloned());
    let (code, out, err) = twain(dir, &args)?;
    let mode = if stress { " --gc-stress" } else { "" };
    if let Some(d) = first_difference(expected, &out) {
        return Err(format!("run{mode}: {d}\n  stdout:\n{}  stderr:\n{}", tail_lines(&out, 30), tail_lines(&err, 15)));
    }
    if code != Some(status) {
        return Err(format!("run{mode}: exit status {code:?}, expected {status}\n  stderr:\n{}", tail_lines(&err, 15)));
    }
    Ok(())
}

fn scenario(name: &str) -> Result<(), Failure> {
    let src = Path::new(SCENARIOS).join(name);
    let dir = PathBuf::from(WORK).join(name);
    let _ = fs::remove_dir_all(&dir);
    copy_dir(&src, &dir)?;
    let expected = fs::read_to_string(src.join("expected.txt")).map_err(|e| format!("expected.txt: {e}"))?;
    let status = match fs::read_to_string(src.join("expected-status")) {
        Ok(s) => s.trim().parse().map_err(|_| "expected-status is not a number".to_string())?,
        Err(_) => 0,
    };
    let run = build(&dir)?;
    check(&dir, &expected, status, &run, false)?;
    check(&dir, &expected, status, &run, true)?;
    let _ = fs::remove_dir_all(&dir);
    Ok(())
}

#[test]
fn scenarios_run_as_their_semantics_say() {
    if !have_tool("javac", "-version") || !have_tool("mcs", "--version") {
        println!("note: javac or mcs not found; cross-VM scenarios skipped");
        return;
    }
    let filter = std::env::var("TWAIN_TEST_FILTER").unwrap_or_default();
    let mut names: Vec<String> = fs::read_dir(SCENARIOS)
        .unwrap_or_else(|e| panic!("{SCENARIOS}: {e}"))
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(&filter))
        .collect();
    names.sort();
    let known: Vec<String> = fs::read_to_string(Path::new(SCENARIOS).join("KNOWN_FAILING"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    let mut failures = Vec::new();
    let (mut passed, mut known_failed) = (0, 0);
    for n in &names {
        match (scenario(n), known.contains(n)) {
            (Ok(()), false) => passed += 1,
            (Ok(()), true) => failures.push(format!("--- {n} passes: remove it from KNOWN_FAILING")),
            (Err(f), true) => {
                known_failed += 1;
                println!("known failure {n}: {}", f.lines().next().unwrap_or(""));
            }
            (Err(f), false) => failures.push(format!("--- {n}: {f}")),
        }
    }
    println!("cross-VM scenarios: {passed} passed, {known_failed} known failures, {} failed", failures.len());
    if !failures.is_empty() {
        panic!("{}\n{} of {} scenarios failed", failures.join("\n"), failures.len(), names.len());
    }
}
