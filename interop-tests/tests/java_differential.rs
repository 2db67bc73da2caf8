//! Differential tests: every program under `fixtures/java/<case>/` is
//! compiled with `javac`, run on `java` (the oracle) and on `twain run`,
//! and the two runs must agree on stdout, exit status and, for an uncaught
//! exception, the first stderr line (`Exception in thread "main" ...`).
//!
//! The same comparison runs a second time under `twain run --gc-stress`.
//!
//! Knobs (environment):
//! - `TWAIN_TEST_FILTER=substr` runs only cases whose name contains `substr`.
//! - `TWAIN_BIN=/path/to/twain` overrides the binary (default: next to the
//!   test executable's `deps/` directory).
//! - `TWAIN_TEST_TIMEOUT` / `TWAIN_GC_STRESS_TIMEOUT` (seconds) override the
//!   per-run timeouts (30 s / 120 s).
//! - `TWAIN_TEST_THREADS` overrides the number of cases run at once (2).
//!
//! A case directory containing a file `ignore` is skipped in both modes; one
//! containing `gc-stress-ignore` is skipped under `--gc-stress` only. The
//! file's content is the reason, printed when skipping.
//!
//! Compiled classes are cached under `CARGO_TARGET_TMPDIR/java/<case>/classes`
//! keyed by a hash of the sources and javac options, so reruns skip javac.
//! All outdated cases are compiled in one JVM with a small `javax.tools`
//! driver (one `javac` process per case costs ~1 s each); if that driver
//! cannot be built, each case falls back to its own `javac` process. The
//! oracle's result is recorded next to the classes and reused while the
//! sources, the `java -version` text and the flags stay the same.

#![expect(
    clippy::panic,
    reason = "test harness: a failed check panics with its report"
)]

use std::collections::hash_map::DefaultHasher;
use std::fmt::Write as _;
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::thread;
use std::time::{Duration, Instant};

use interop_tests::{
    clip, first_difference, have_tool, run_with_timeout, tail_lines, twain_bin, Outcome,
};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/java");
const WORK: &str = concat!(env!("CARGO_TARGET_TMPDIR"), "/java");

/// Options every fixture is compiled with (besides `-d`).
const JAVAC_OPTS: &[&str] = &["-encoding", "UTF-8", "--release", "17", "-Xlint:none"];
/// Flags for the oracle `java` run: fixed encoding and locale so the
/// expected output does not depend on the machine; serial GC for a lighter
/// start-up (no program output depends on the collector).
const JAVA_OPTS: &[&str] = &[
    "-Dfile.encoding=UTF-8",
    "-Dsun.stdout.encoding=UTF-8",
    "-Dsun.stderr.encoding=UTF-8",
    "-Duser.language=en",
    "-Duser.country=US",
    "-XX:+UseSerialGC",
];
const JAVA_TIMEOUT: Duration = Duration::from_secs(60);
const EXCEPTION_PREFIX: &str = "Exception in thread";

/// The javax.tools driver that compiles many cases in one JVM. Input: a file
/// of lines `outdir \t srcdir \t src1 \t src2 ...`; for each line it writes
/// `outdir/javac.ok` on success, else `outdir/javac.log` with diagnostics.
const BATCH_JAVAC: &str = r#"
import java.io.File;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

public class TwainBatchJavac {
    public static void main(String[] args) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> jobs = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        List<String> common = new ArrayList<>();
        for (int i = 1; i < args.length; i++) common.add(args[i]);
        for (String job : jobs) {
            if (job.isEmpty()) continue;
            String[] f = job.split("\t");
            List<File> srcs = new ArrayList<>();
            for (int i = 2; i < f.length; i++) srcs.add(new File(f[i]));
            List<String> opts = new ArrayList<>(common);
            opts.addAll(List.of("-d", f[0], "-sourcepath", f[1], "-classpath", f[0]));
            StringWriter log = new StringWriter();
            boolean ok;
            try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
                ok = javac.getTask(log, fm, null, opts, null, fm.getJavaFileObjectsFromFiles(srcs)).call();
            } catch (RuntimeException e) {
                ok = false;
                log.write(e.toString());
            }
            Files.writeString(Path.of(f[0], ok ? "javac.ok" : "javac.log"), log.toString(), StandardCharsets.UTF_8);
        }
    }
}
"#;

/// One fixture directory.
#[derive(Debug)]
struct Case {
    name: String,
    dir: PathBuf,
    sources: Vec<PathBuf>,
    /// Reason from an `ignore` file: skip in every mode.
    ignore: Option<String>,
    /// Reason from a `gc-stress-ignore` file: skip under `--gc-stress`.
    gc_stress_ignore: Option<String>,
}

impl Case {
    fn work_dir(&self) -> PathBuf {
        Path::new(WORK).join(&self.name)
    }

    fn classes_dir(&self) -> PathBuf {
        self.work_dir().join("classes")
    }
}

/// What `java` did with a case.
#[derive(Debug)]
struct Expected {
    stdout: String,
    code: i32,
    /// First stderr line when the program died of an uncaught exception.
    exception_line: Option<String>,
    elapsed: Duration,
}

/// A case after compilation and the oracle run.
#[derive(Debug)]
struct Prepared {
    case: Case,
    expected: Result<Expected, String>,
}

#[derive(Debug)]
struct Suite {
    /// Set when the suite cannot run at all (no JDK); the tests then pass.
    skip_note: Option<String>,
    cases: Vec<Prepared>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Normal,
    GcStress,
}

impl Mode {
    fn label(self) -> &'static str {
        match self {
            Mode::Normal => "twain run",
            Mode::GcStress => "twain run --gc-stress",
        }
    }

    fn tag(self) -> &'static str {
        match self {
            Mode::Normal => "twain",
            Mode::GcStress => "twain-gc-stress",
        }
    }

    fn timeout(self) -> Duration {
        let (var, default) = match self {
            Mode::Normal => ("TWAIN_TEST_TIMEOUT", 30),
            Mode::GcStress => ("TWAIN_GC_STRESS_TIMEOUT", 120),
        };
        Duration::from_secs(env_number(var).unwrap_or(default))
    }
}

fn env_number(var: &str) -> Option<u64> {
    std::env::var(var).ok().and_then(|v| v.trim().parse().ok())
}

fn threads() -> usize {
    env_number("TWAIN_TEST_THREADS")
        .and_then(|n| usize::try_from(n).ok())
        .filter(|&n| n > 0)
        .unwrap_or(2)
}

/// Runs `work` over `items` on a few scoped threads, returning results in
/// input order.
fn parallel_map<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, R)>> = Mutex::new(Vec::with_capacity(items.len()));
    thread::scope(|s| {
        for _ in 0..threads().min(items.len().max(1)) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                let r = work(item);
                results
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push((i, r));
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

fn read_reason(path: &Path) -> Option<String> {
    if !path.exists() {
        return None;
    }
    let text = fs::read_to_string(path).unwrap_or_default();
    let text = text.trim();
    Some(if text.is_empty() {
        "(no reason given)".to_owned()
    } else {
        text.to_owned()
    })
}

fn discover() -> Result<Vec<Case>, String> {
    let filter = std::env::var("TWAIN_TEST_FILTER").unwrap_or_default();
    let entries = fs::read_dir(FIXTURES).map_err(|e| format!("cannot read {FIXTURES}: {e}"))?;
    let mut cases = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read {FIXTURES}: {e}"))?;
        let dir = entry.path();
        if !dir.is_dir() {
            continue;
        }
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.contains(filter.as_str()) {
            continue;
        }
        let mut sources: Vec<PathBuf> = fs::read_dir(&dir)
            .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "java"))
            .collect();
        sources.sort();
        if sources.is_empty() {
            continue;
        }
        let ignore = read_reason(&dir.join("ignore"));
        let gc_stress_ignore = read_reason(&dir.join("gc-stress-ignore"));
        cases.push(Case {
            name,
            dir,
            sources,
            ignore,
            gc_stress_ignore,
        });
    }
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(cases)
}

/// Hash of everything that determines a case's class files.
fn source_stamp(case: &Case) -> String {
    let mut h = DefaultHasher::new();
    JAVAC_OPTS.hash(&mut h);
    BATCH_JAVAC.hash(&mut h);
    for src in &case.sources {
        src.file_name().hash(&mut h);
        fs::read(src).unwrap_or_default().hash(&mut h);
    }
    format!("{:016x}", h.finish())
}

const STAMP_FILE: &str = ".twain-stamp";

fn is_current(case: &Case, stamp: &str) -> bool {
    let dir = case.classes_dir();
    fs::read_to_string(dir.join(STAMP_FILE)).is_ok_and(|s| s == stamp)
        && dir.join("Main.class").is_file()
}

/// Prepares an empty class directory for a case that needs compiling.
fn reset_classes_dir(case: &Case) -> Result<(), String> {
    let dir = case.classes_dir();
    if dir.exists() {
        fs::remove_dir_all(&dir).map_err(|e| format!("cannot clear {}: {e}", dir.display()))?;
    }
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))
}

/// Builds the batch driver into `WORK/.batch-javac`, returning its class dir.
fn build_batch_driver() -> Result<PathBuf, String> {
    let dir = Path::new(WORK).join(".batch-javac");
    let src = dir.join("TwainBatchJavac.java");
    let class = dir.join("TwainBatchJavac.class");
    if fs::read_to_string(&src).is_ok_and(|s| s == BATCH_JAVAC) && class.is_file() {
        return Ok(dir);
    }
    fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    fs::write(&src, BATCH_JAVAC).map_err(|e| e.to_string())?;
    let _ = fs::remove_file(&class);
    let out = run_with_timeout(
        Command::new("javac").arg("-d").arg(&dir).arg(&src),
        JAVA_TIMEOUT,
        &dir,
        "javac",
    )
    .map_err(|e| format!("cannot run javac: {e}"))?;
    if out.code() == Some(0) && class.is_file() {
        Ok(dir)
    } else {
        Err(format!(
            "javac failed on the batch driver: {}",
            out.stderr_text()
        ))
    }
}

/// Compiles all outdated cases in one JVM; per-case results are left as
/// `javac.ok`/`javac.log` marker files in each class directory.
fn batch_compile(cases: &[&Case]) -> Result<(), String> {
    let driver = build_batch_driver()?;
    let mut jobs = String::new();
    for case in cases {
        let _ = write!(
            jobs,
            "{}\t{}",
            case.classes_dir().display(),
            case.dir.display()
        );
        for src in &case.sources {
            let _ = write!(jobs, "\t{}", src.display());
        }
        jobs.push('\n');
    }
    let jobs_file = Path::new(WORK).join(".batch-javac").join("jobs.txt");
    fs::write(&jobs_file, jobs).map_err(|e| e.to_string())?;
    let timeout = JAVA_TIMEOUT + Duration::from_secs(5 * cases.len() as u64);
    let out = run_with_timeout(
        Command::new("java")
            .arg("-cp")
            .arg(&driver)
            .arg("TwainBatchJavac")
            .arg(&jobs_file)
            .args(JAVAC_OPTS),
        timeout,
        &driver,
        "batch",
    )
    .map_err(|e| format!("cannot run the batch javac driver: {e}"))?;
    if out.code() == Some(0) {
        Ok(())
    } else {
        Err(format!(
            "batch javac driver failed ({}): {}",
            out.describe_end(),
            clip(&out.stderr_text(), 2000)
        ))
    }
}

/// Compiles one case with its own `javac` process (fallback path).
fn javac_one(case: &Case) -> Result<(), String> {
    let classes = case.classes_dir();
    let out = run_with_timeout(
        Command::new("javac")
            .arg("-d")
            .arg(&classes)
            .args(JAVAC_OPTS)
            .arg("-sourcepath")
            .arg(&case.dir)
            .arg("-classpath")
            .arg(&classes)
            .args(&case.sources),
        JAVA_TIMEOUT,
        &case.work_dir(),
        "javac",
    )
    .map_err(|e| format!("cannot run javac: {e}"))?;
    if out.code() == Some(0) {
        Ok(())
    } else {
        Err(format!(
            "javac failed ({}):\n{}",
            out.describe_end(),
            out.stderr_text()
        ))
    }
}

/// Ensures every case's classes are compiled and current.
fn compile_all(cases: &[Case]) -> Vec<Result<(), String>> {
    let stamps: Vec<String> = cases.iter().map(source_stamp).collect();
    let mut stale: Vec<&Case> = Vec::new();
    let mut early: Vec<Option<String>> = vec![None; cases.len()];
    for (i, case) in cases.iter().enumerate() {
        if case.ignore.is_some() || is_current(case, &stamps[i]) {
            continue;
        }
        match reset_classes_dir(case) {
            Ok(()) => stale.push(case),
            Err(e) => early[i] = Some(e),
        }
    }
    let mut batch_ok = false;
    if !stale.is_empty() {
        let start = Instant::now();
        match batch_compile(&stale) {
            Ok(()) => batch_ok = true,
            Err(e) => eprintln!("note: {e}; falling back to one javac per case"),
        }
        eprintln!(
            "compiled {} case(s) in {:.1} s",
            stale.len(),
            start.elapsed().as_secs_f64()
        );
    }
    let stale_names: Vec<&str> = stale.iter().map(|c| c.name.as_str()).collect();
    let per_case = |i: usize| -> Result<(), String> {
        let case = &cases[i];
        if let Some(e) = &early[i] {
            return Err(e.clone());
        }
        if case.ignore.is_some() || !stale_names.contains(&case.name.as_str()) {
            return Ok(());
        }
        let classes = case.classes_dir();
        if batch_ok && classes.join("javac.ok").is_file() {
            // fine
        } else if batch_ok && classes.join("javac.log").is_file() {
            let log = fs::read_to_string(classes.join("javac.log")).unwrap_or_default();
            return Err(format!("javac failed:\n{log}"));
        } else {
            javac_one(case)?;
        }
        let _ = fs::remove_file(classes.join("javac.ok"));
        fs::write(classes.join(STAMP_FILE), &stamps[i])
            .map_err(|e| format!("cannot write stamp: {e}"))
    };
    let indices: Vec<usize> = (0..cases.len()).collect();
    parallel_map(&indices, |&i| per_case(i))
}

fn exception_line(stderr: &str) -> Option<String> {
    let first = stderr.lines().next()?;
    first
        .starts_with(EXCEPTION_PREFIX)
        .then(|| first.to_owned())
}

/// Runs the oracle, or reuses its recorded result when the classes, the
/// `java` version and the flags are unchanged since it was recorded.
fn run_java(case: &Case, java_version: &str) -> Result<Expected, String> {
    let mut h = DefaultHasher::new();
    source_stamp(case).hash(&mut h);
    JAVA_OPTS.hash(&mut h);
    java_version.hash(&mut h);
    let stamp = format!("{:016x}", h.finish());
    let work = case.work_dir();
    if let Some(e) = load_expected(&work, &stamp) {
        return Ok(e);
    }
    let out = run_with_timeout(
        Command::new("java")
            .args(JAVA_OPTS)
            .arg("-cp")
            .arg(case.classes_dir())
            .arg("Main")
            .env("LC_ALL", "C.UTF-8"),
        JAVA_TIMEOUT,
        &work,
        "java",
    )
    .map_err(|e| format!("cannot run java: {e}"))?;
    let Some(code) = out.code() else {
        return Err(format!(
            "java itself did not finish: {}",
            out.describe_end()
        ));
    };
    let stderr = out.stderr_text();
    let exception_line = if code == 1 {
        exception_line(&stderr)
    } else {
        None
    };
    let e = Expected {
        stdout: out.stdout_text(),
        code,
        exception_line,
        elapsed: out.elapsed,
    };
    let meta = format!(
        "{stamp}\n{}\n{}\n{}\n",
        e.code,
        e.elapsed.as_micros(),
        e.exception_line.as_deref().unwrap_or("")
    );
    // The .meta file is written last: it is what marks the record complete.
    let _ = fs::write(work.join("expected.stdout"), &e.stdout)
        .and_then(|()| fs::write(work.join("expected.meta"), meta));
    Ok(e)
}

fn load_expected(work: &Path, stamp: &str) -> Option<Expected> {
    let meta = fs::read_to_string(work.join("expected.meta")).ok()?;
    let mut lines = meta.split('\n');
    if lines.next()? != stamp {
        return None;
    }
    let code = lines.next()?.parse().ok()?;
    let elapsed = Duration::from_micros(lines.next()?.parse().ok()?);
    let exc = lines.next()?;
    let stdout = fs::read_to_string(work.join("expected.stdout")).ok()?;
    Some(Expected {
        stdout,
        code,
        exception_line: (!exc.is_empty()).then(|| exc.to_owned()),
        elapsed,
    })
}

fn java_version() -> String {
    Command::new("java")
        .arg("-version")
        .output()
        .map(|o| {
            format!(
                "{}{}",
                String::from_utf8_lossy(&o.stdout),
                String::from_utf8_lossy(&o.stderr)
            )
        })
        .unwrap_or_default()
}

fn prepare() -> Suite {
    for tool in ["javac", "java"] {
        if !have_tool(tool, "-version") {
            return Suite {
                skip_note: Some(format!(
                    "`{tool}` not found: skipping the Java differential tests"
                )),
                cases: Vec::new(),
            };
        }
    }
    let cases = match discover() {
        Ok(c) => c,
        Err(e) => {
            return Suite {
                skip_note: None,
                cases: vec![broken_suite(e)],
            }
        }
    };
    let compiled = compile_all(&cases);
    let version = java_version();
    let jobs: Vec<(Case, Result<(), String>)> = cases.into_iter().zip(compiled).collect();
    let expected = parallel_map(&jobs, |(case, compiled)| match (&case.ignore, compiled) {
        (Some(reason), _) => Err(format!("ignored: {reason}")),
        (None, Err(e)) => Err(e.clone()),
        (None, Ok(())) => run_java(case, &version),
    });
    let cases = jobs
        .into_iter()
        .zip(expected)
        .map(|((case, _), expected)| Prepared { case, expected })
        .collect();
    Suite {
        skip_note: None,
        cases,
    }
}

/// A pseudo-case that makes the suite fail with `msg`.
fn broken_suite(msg: String) -> Prepared {
    Prepared {
        case: Case {
            name: "<fixtures>".to_owned(),
            dir: PathBuf::from(FIXTURES),
            sources: Vec::new(),
            ignore: None,
            gc_stress_ignore: None,
        },
        expected: Err(msg),
    }
}

/// Compilation and oracle runs happen once per process, shared by both tests.
fn suite() -> &'static Suite {
    static SUITE: OnceLock<Suite> = OnceLock::new();
    SUITE.get_or_init(prepare)
}

enum Verdict {
    Pass,
    Skip(String),
    Fail(String),
}

struct CaseResult {
    name: String,
    verdict: Verdict,
    twain_time: Option<Duration>,
    java_time: Option<Duration>,
}

fn compare(exp: &Expected, got: &Outcome, mode: Mode) -> Option<String> {
    let mut problems = String::new();
    if got.timed_out() {
        let _ = writeln!(
            problems,
            "    timed out after {:.0} s (limit {} s)",
            got.elapsed.as_secs_f64(),
            mode.timeout().as_secs()
        );
    } else if got.killed.is_some() {
        let _ = writeln!(problems, "    {}", got.describe_end());
    } else if got.signal().is_some() || got.code().is_none() {
        let _ = writeln!(problems, "    crashed: {}", got.describe_end());
    } else if got.code() != Some(exp.code) {
        let _ = writeln!(
            problems,
            "    exit status: expected {}, got {}",
            exp.code,
            got.describe_end()
        );
    }
    let stdout = got.stdout_text();
    if let Some(d) = first_difference(&exp.stdout, &stdout) {
        let _ = writeln!(problems, "    {d}");
    }
    let stderr = got.stderr_text();
    if let Some(want) = &exp.exception_line {
        let have = stderr.lines().next().unwrap_or("<no stderr>");
        if have != want {
            let _ = writeln!(
                problems,
                "    first stderr line:\n      expected: {want:?}\n      actual:   {:?}",
                clip(have, 240)
            );
        }
    }
    if problems.is_empty() {
        return None;
    }
    if !stderr.trim().is_empty() {
        let _ = writeln!(problems, "    twain stderr (tail):");
        problems.push_str(&tail_lines(&stderr, 8));
    }
    Some(problems)
}

fn run_case(p: &Prepared, twain: &Path, mode: Mode) -> CaseResult {
    let name = p.case.name.clone();
    let fail = |msg: String| CaseResult {
        name: name.clone(),
        verdict: Verdict::Fail(msg),
        twain_time: None,
        java_time: None,
    };
    if let Some(reason) = &p.case.ignore {
        return CaseResult {
            name,
            verdict: Verdict::Skip(reason.clone()),
            twain_time: None,
            java_time: None,
        };
    }
    if mode == Mode::GcStress {
        if let Some(reason) = &p.case.gc_stress_ignore {
            return CaseResult {
                name,
                verdict: Verdict::Skip(reason.clone()),
                twain_time: None,
                java_time: None,
            };
        }
    }
    let exp = match &p.expected {
        Ok(e) => e,
        Err(e) => {
            return fail(format!(
                "    could not get the expected result: {}\n",
                e.trim_end()
            ))
        }
    };
    let mut cmd = Command::new(twain);
    cmd.arg("run");
    if mode == Mode::GcStress {
        cmd.arg("--gc-stress");
    }
    cmd.arg("-cp")
        .arg(p.case.classes_dir())
        .arg("Main")
        .env("LC_ALL", "C.UTF-8");
    let got = match run_with_timeout(&mut cmd, mode.timeout(), &p.case.work_dir(), mode.tag()) {
        Ok(o) => o,
        Err(e) => return fail(format!("    cannot run {}: {e}\n", twain.display())),
    };
    let verdict = match compare(exp, &got, mode) {
        None => Verdict::Pass,
        Some(msg) => Verdict::Fail(msg),
    };
    CaseResult {
        name,
        verdict,
        twain_time: Some(got.elapsed),
        java_time: Some(exp.elapsed),
    }
}

fn run_suite(mode: Mode) {
    let suite = suite();
    if let Some(note) = &suite.skip_note {
        eprintln!("note: {note}");
        return;
    }
    let twain = match twain_bin() {
        Ok(t) => t,
        Err(e) => panic!("{e}"),
    };
    let start = Instant::now();
    let results = parallel_map(&suite.cases, |p| run_case(p, &twain, mode));
    let total = start.elapsed();

    let mut report = String::new();
    let (mut passed, mut failed, mut skipped) = (0, 0, 0);
    for r in &results {
        match &r.verdict {
            Verdict::Pass => passed += 1,
            Verdict::Skip(reason) => {
                skipped += 1;
                println!("skip {}: {}", r.name, reason.lines().next().unwrap_or(""));
            }
            Verdict::Fail(msg) => {
                failed += 1;
                let _ = write!(report, "--- {} [{}]\n{msg}", r.name, mode.label());
            }
        }
    }
    let mut timed: Vec<&CaseResult> = results.iter().filter(|r| r.twain_time.is_some()).collect();
    timed.sort_by_key(|r| std::cmp::Reverse(r.twain_time));
    println!("slowest cases under `{}`:", mode.label());
    for r in timed.iter().take(5) {
        let t = r.twain_time.unwrap_or_default().as_secs_f64();
        let j = r.java_time.unwrap_or_default().as_secs_f64();
        println!("  {:>7.3} s  (java {j:.3} s)  {}", t, r.name);
    }
    let ran = passed + failed;
    let summary = format!(
        "{} [{}]: {passed}/{ran} passed, {skipped} skipped, in {:.1} s",
        if failed == 0 { "ok" } else { "FAILED" },
        mode.label(),
        total.as_secs_f64()
    );
    if failed > 0 {
        eprintln!("{report}");
        panic!("{summary}");
    }
    println!("{summary}");
}

#[test]
fn java_fixtures_match_java() {
    run_suite(Mode::Normal);
}

#[test]
fn java_fixtures_match_java_under_gc_stress() {
    run_suite(Mode::GcStress);
}
