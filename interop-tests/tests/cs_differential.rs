//! Differential tests for the .NET side: every `fixtures/cs/<case>/Program.cs`
//! is compiled with `mcs -optimize+`, run on `mono` (the oracle) and on
//! `twain run Program.exe`, and the two runs must agree on stdout and exit
//! status. stderr is not compared: an uncaught exception is Mono's
//! `Unhandled Exception:` report plus exit status 1, and only the status counts.
//! The second test repeats the comparison under `twain run --gc-stress`.
//!
//! Knobs (environment), as in `java_differential.rs`:
//! - `TWAIN_TEST_FILTER=substr` runs only cases whose name contains `substr`;
//! - `TWAIN_BIN=/path/to/twain` overrides the binary (default: next to `deps/`);
//! - `TWAIN_TEST_TIMEOUT` / `TWAIN_GC_STRESS_TIMEOUT` (seconds, default 30 / 120);
//! - `TWAIN_TEST_THREADS` sets the number of cases run at once (2).
//!
//! A case directory holding a file `ignore` is skipped; one holding
//! `gc-stress-ignore` is skipped under `--gc-stress` only (the file holds the
//! reason). `fixtures/cs/KNOWN_FAILING` lists cases twain gets wrong, one name
//! per line with `# reason` comments (a comment line applies to the names
//! below it, a trailing comment to its own line); `gc-stress: <name>` lists a
//! case that fails under `--gc-stress` only. A listed case that fails is
//! reported without failing the test; a listed case that passes fails it, so
//! the list only ever shrinks.
//!
//! `Program.exe` is cached in `CARGO_TARGET_TMPDIR/cs/<case>/`, keyed by a
//! hash of the source, the mcs flags and the mcs version; Mono runs once per
//! test process for both tests. Without `mcs` or `mono` both tests print a
//! note and pass.

#![expect(
    clippy::panic,
    reason = "test harness: a failed check panics with its report"
)]

use std::collections::hash_map::DefaultHasher;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::thread;
use std::time::{Duration, Instant};

use interop_tests::{first_difference, run_with_timeout, tail_lines, twain_bin, Outcome};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/cs");
const WORK: &str = concat!(env!("CARGO_TARGET_TMPDIR"), "/cs");
const MCS_OPTS: &[&str] = &["-optimize+"];
const MONO_TIMEOUT: Duration = Duration::from_secs(60);
/// A fixed locale for both runtimes: Mono's number formats and console
/// encoding follow it (`{0:C}` shows `¤`, non-ASCII text is UTF-8).
const LOCALE: [(&str, &str); 2] = [("LC_ALL", "C.UTF-8"), ("LANG", "C.UTF-8")];

/// One fixture directory.
#[derive(Debug)]
struct Case {
    name: String,
    source: PathBuf,
    /// `CARGO_TARGET_TMPDIR/cs/<name>`: Program.exe and the output captures.
    work: PathBuf,
    /// Reason from an `ignore` file: skip in every mode.
    ignore: Option<String>,
    /// Reason from a `gc-stress-ignore` file: skip under `--gc-stress`.
    gc_stress_ignore: Option<String>,
}

/// What Mono did with a case: the oracle's answer.
#[derive(Debug)]
struct Expected {
    stdout: String,
    code: i32,
}

#[derive(Debug)]
struct Suite {
    cases: Vec<(Case, Result<Expected, String>)>,
    /// `KNOWN_FAILING`: case name -> reason.
    known: BTreeMap<String, Known>,
    /// Problems with the corpus itself; each fails both tests.
    errors: Vec<String>,
}

fn env_number(var: &str) -> Option<u64> {
    std::env::var(var).ok().and_then(|v| v.trim().parse().ok())
}

/// Runs `work` over `items` on a few scoped threads (each takes one
/// contiguous chunk), returning the results in input order.
fn parallel_map<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = env_number("TWAIN_TEST_THREADS").map_or(2, |n| n.clamp(1, 64) as usize);
    let chunk = items.len().div_ceil(threads).max(1);
    thread::scope(|s| {
        let work = &work;
        let handles: Vec<_> = (items.chunks(chunk))
            .map(|c| s.spawn(move || c.iter().map(work).collect::<Vec<R>>()))
            .collect();
        (handles.into_iter())
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// `cmd --version`, or `None` if the tool is missing or fails.
fn tool_version(cmd: &str) -> Option<String> {
    let out = Command::new(cmd)
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    out.status.success().then_some(text)
}

fn read_reason(path: &Path) -> Option<String> {
    let text = fs::read_to_string(path).ok()?;
    Some(match text.trim() {
        "" => "(no reason given)".to_owned(),
        t => t.to_owned(),
    })
}

/// All fixture directories (honouring `TWAIN_TEST_FILTER`), sorted by name.
fn discover(errors: &mut Vec<String>) -> Vec<Case> {
    let filter = std::env::var("TWAIN_TEST_FILTER").unwrap_or_default();
    let entries =
        fs::read_dir(FIXTURES).map_err(|e| errors.push(format!("cannot read {FIXTURES}: {e}")));
    let mut cases: Vec<Case> = (entries.into_iter().flatten().flatten())
        .filter(|e| e.path().is_dir())
        .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path()))
        .filter(|(name, _)| name.contains(filter.as_str()))
        .map(|(name, dir)| Case {
            source: dir.join("Program.cs"),
            work: Path::new(WORK).join(&name),
            ignore: read_reason(&dir.join("ignore")),
            gc_stress_ignore: read_reason(&dir.join("gc-stress-ignore")),
            name,
        })
        .collect();
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    cases
}

/// An entry of `KNOWN_FAILING`.
#[derive(Debug)]
struct Known {
    reason: String,
    /// Listed as `gc-stress: <name>`: fails under `--gc-stress` only.
    gc_stress_only: bool,
}

/// Parses `KNOWN_FAILING`, reporting listed names that are not fixtures.
fn known_failing(errors: &mut Vec<String>) -> BTreeMap<String, Known> {
    let text = fs::read_to_string(Path::new(FIXTURES).join("KNOWN_FAILING")).unwrap_or_default();
    let (mut known, mut reason) = (BTreeMap::new(), String::new());
    for line in text.lines() {
        let (name, comment) = line.split_once('#').unwrap_or((line, ""));
        let (name, comment) = (name.trim(), comment.trim());
        if name.is_empty() {
            if line.contains('#') {
                reason = comment.to_owned();
            }
            continue;
        }
        let stripped = name.strip_prefix("gc-stress:").map(str::trim);
        let name = stripped.unwrap_or(name);
        if !Path::new(FIXTURES).join(name).join("Program.cs").is_file() {
            errors.push(format!(
                "KNOWN_FAILING lists `{name}`, which is not a fixture"
            ));
        }
        let reason = if comment.is_empty() { &reason } else { comment }.to_owned();
        let gc_stress_only = stripped.is_some();
        // A plain entry (both modes) wins over a `gc-stress:` one.
        let entry = known.entry(name.to_owned());
        entry
            .or_insert(Known {
                reason,
                gc_stress_only,
            })
            .gc_stress_only &= gc_stress_only;
    }
    known
}

/// Compiles the case (reusing a cached `Program.exe`) and runs Mono on it.
fn expected(case: &Case, mcs_version: &str) -> Result<Expected, String> {
    let (src, work) = (&case.source, &case.work);
    let text = fs::read(src).map_err(|e| format!("cannot read {}: {e}", src.display()))?;
    let mut h = DefaultHasher::new();
    (text, MCS_OPTS, mcs_version).hash(&mut h);
    let stamp = format!("{:016x}", h.finish());
    let stamp_file = work.join("Program.exe.stamp");
    let exe = work.join("Program.exe");
    if !(fs::read_to_string(&stamp_file).is_ok_and(|s| s == stamp) && exe.is_file()) {
        // A fresh, empty directory: mcs would pick up a mscorlib.dll from its cwd.
        let _ = fs::remove_dir_all(work);
        fs::create_dir_all(work).map_err(|e| format!("cannot create {}: {e}", work.display()))?;
        let mut mcs = Command::new("mcs");
        mcs.args(MCS_OPTS)
            .arg("-out:Program.exe")
            .arg(src)
            .current_dir(work);
        let out =
            run_with_timeout(&mut mcs, MONO_TIMEOUT, work, "mcs").map_err(|e| e.to_string())?;
        if out.code() != Some(0) {
            return Err(format!(
                "mcs failed ({}):\n{}",
                out.describe_end(),
                out.stdout_text()
            ));
        }
        fs::write(&stamp_file, &stamp).map_err(|e| format!("cannot write stamp: {e}"))?;
    }
    let mut mono = Command::new("mono");
    mono.arg("Program.exe").current_dir(work).envs(LOCALE);
    let out = run_with_timeout(&mut mono, MONO_TIMEOUT, work, "mono").map_err(|e| e.to_string())?;
    let code = out
        .code()
        .ok_or_else(|| format!("mono did not finish: {}", out.describe_end()))?;
    Ok(Expected {
        stdout: out.stdout_text(),
        code,
    })
}

/// Compiles every case and runs Mono on it; `Err` (a note) without Mono.
fn prepare() -> Result<Suite, String> {
    let (Some(mcs), Some(_)) = (tool_version("mcs"), tool_version("mono")) else {
        return Err("`mcs` or `mono` not found: skipping the C# differential tests".to_owned());
    };
    let mut errors = Vec::new();
    let known = known_failing(&mut errors);
    let cases = discover(&mut errors);
    let start = Instant::now();
    let results = parallel_map(&cases, |c| match &c.ignore {
        Some(reason) => Err(format!("ignored: {reason}")),
        None => expected(c, &mcs),
    });
    let secs = start.elapsed().as_secs_f64();
    eprintln!("mcs + mono for {} case(s): {secs:.1} s", cases.len());
    let cases = cases.into_iter().zip(results).collect();
    Ok(Suite {
        cases,
        known,
        errors,
    })
}

/// Compilation and the Mono runs happen once per process, for both tests.
fn suite() -> &'static Result<Suite, String> {
    static SUITE: OnceLock<Result<Suite, String>> = OnceLock::new();
    SUITE.get_or_init(prepare)
}

/// How twain's run differs from Mono's, or `None` if it does not.
fn compare(exp: &Expected, got: &Outcome) -> Option<String> {
    let mut problems = String::new();
    let (want, end) = (exp.code, got.describe_end());
    if got.killed.is_some() || got.code().is_none() {
        let _ = writeln!(problems, "    did not exit normally: {end}");
    } else if got.code() != Some(want) {
        let _ = writeln!(problems, "    exit status: expected {want}, got {end}");
    }
    if let Some(d) = first_difference(&exp.stdout, &got.stdout_text()) {
        let _ = writeln!(problems, "    {d}");
    }
    if problems.is_empty() {
        return None;
    }
    let stderr = got.stderr_text();
    if !stderr.trim().is_empty() {
        problems.push_str("    twain stderr (tail):\n");
        problems.push_str(&tail_lines(&stderr, 6));
    }
    Some(problems)
}

/// How one case ended.
enum Verdict {
    Pass,
    Skip(String),
    Fail(String),
}

fn run_case(case: &Case, exp: &Result<Expected, String>, twain: &Path, gc_stress: bool) -> Verdict {
    let stress_skip = case.gc_stress_ignore.as_ref().filter(|_| gc_stress);
    if let Some(reason) = case.ignore.as_ref().or(stress_skip) {
        return Verdict::Skip(reason.clone());
    }
    let exp = match exp {
        Ok(e) => e,
        Err(e) => return Verdict::Fail(format!("    no expected result: {}\n", e.trim_end())),
    };
    let (var, default, tag) = if gc_stress {
        ("TWAIN_GC_STRESS_TIMEOUT", 120, "twain-gc-stress")
    } else {
        ("TWAIN_TEST_TIMEOUT", 30, "twain")
    };
    let timeout = Duration::from_secs(env_number(var).unwrap_or(default));
    let mut cmd = Command::new(twain);
    cmd.arg("run").args(gc_stress.then_some("--gc-stress"));
    cmd.arg("Program.exe").current_dir(&case.work).envs(LOCALE);
    match run_with_timeout(&mut cmd, timeout, &case.work, tag) {
        Err(e) => Verdict::Fail(format!("    cannot run {}: {e}\n", twain.display())),
        Ok(got) => compare(exp, &got).map_or(Verdict::Pass, Verdict::Fail),
    }
}

fn run_suite(gc_stress: bool) {
    let suite = match suite() {
        Ok(s) => s,
        Err(note) => return eprintln!("note: {note}"),
    };
    let twain = twain_bin().unwrap_or_else(|e| panic!("{e}"));
    let label = if gc_stress {
        "twain run --gc-stress"
    } else {
        "twain run"
    };
    let start = Instant::now();
    let verdicts = parallel_map(&suite.cases, |(c, exp)| run_case(c, exp, &twain, gc_stress));
    let mut report: String = suite.errors.iter().map(|e| format!("--- {e}\n")).collect();
    let (mut passed, mut failed, mut known, mut skipped) = (0, suite.errors.len(), 0, 0);
    for ((case, exp), verdict) in suite.cases.iter().zip(&verdicts) {
        let name = &case.name;
        // A fixture that Mono cannot compile or run always fails.
        let listed =
            (suite.known.get(name)).filter(|k| exp.is_ok() && (gc_stress || !k.gc_stress_only));
        match (verdict, listed) {
            (Verdict::Skip(reason), _) => {
                skipped += 1;
                println!("skip {name}: {}", reason.lines().next().unwrap_or(""));
            }
            (Verdict::Pass, None) => passed += 1,
            // A plain entry's honesty is checked by the `twain run` test.
            (Verdict::Pass, Some(k)) if gc_stress && !k.gc_stress_only => passed += 1,
            (Verdict::Pass, Some(k)) => {
                failed += 1;
                let (entry, hint) = if k.gc_stress_only {
                    (format!("gc-stress: {name}"), "")
                } else {
                    let hint = " (or mark it `gc-stress:` if it fails under --gc-stress)";
                    (name.clone(), hint)
                };
                let _ = writeln!(
                    report,
                    "--- {name} passes [{label}]: remove `{entry}` from KNOWN_FAILING{hint}"
                );
            }
            (Verdict::Fail(msg), Some(Known { reason, .. })) => {
                known += 1;
                let first = msg.lines().next().unwrap_or("").trim();
                println!("known failure {name} ({reason}): {first}");
            }
            (Verdict::Fail(msg), None) => {
                failed += 1;
                let _ = write!(report, "--- {name} [{label}]\n{msg}");
            }
        }
    }
    let summary = format!(
        "{} [{label}]: {passed} passed, {known} known failures, {failed} failed, {skipped} skipped, in {:.1} s",
        if failed == 0 { "ok" } else { "FAILED" },
        start.elapsed().as_secs_f64()
    );
    if failed > 0 {
        eprintln!("{report}");
        panic!("{summary}");
    }
    println!("{summary}");
}

#[test]
fn cs_fixtures_match_mono() {
    run_suite(false);
}

#[test]
fn cs_fixtures_match_mono_under_gc_stress() {
    run_suite(true);
}
