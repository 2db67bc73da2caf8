//! Shared helpers for the end-to-end tests: locating the `twain` binary,
//! running a process with a timeout while capturing its output, describing
//! how two runs differ, and building small class files and jars by hand.
//!
//! This crate knows nothing about twain's internals; it only drives the
//! command line (`twain run [--gc-stress] [-cp PATH] MainClass`).

use std::fmt::Write as _;
use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// Finds the `twain` binary: `$TWAIN_BIN`, else `twain` next to the
/// directory holding the running test executable (cargo puts tests in
/// `target/<profile>/deps/` and binaries in `target/<profile>/`).
pub fn twain_bin() -> Result<PathBuf, String> {
    if let Some(p) = std::env::var_os("TWAIN_BIN") {
        let p = PathBuf::from(p);
        return if p.is_file() {
            Ok(p)
        } else {
            Err(format!("TWAIN_BIN={} is not a file", p.display()))
        };
    }
    let exe =
        std::env::current_exe().map_err(|e| format!("cannot locate the test executable: {e}"))?;
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .ok_or_else(|| format!("unexpected test executable location {}", exe.display()))?;
    let bin = profile_dir.join(format!("twain{}", std::env::consts::EXE_SUFFIX));
    if bin.is_file() {
        Ok(bin)
    } else {
        Err(format!(
            "twain binary not found at {}: build it first: cargo build --release -p bridge (or set TWAIN_BIN)",
            bin.display()
        ))
    }
}

/// True if `cmd probe` runs and succeeds (`javac -version`, `mcs --version`).
pub fn have_tool(cmd: &str, probe: &str) -> bool {
    Command::new(cmd)
        .arg(probe)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false)
}

/// Whether the compilers a test needs are here (`javac`, `mcs`); prints a
/// note naming each missing one, for a test that then passes without work.
pub fn compilers_present(test: &str, javac: bool, mcs: bool) -> bool {
    let mut ok = true;
    if javac && !have_tool("javac", "-version") {
        println!("note: {test}: javac not found; skipped");
        ok = false;
    }
    if mcs && !have_tool("mcs", "--version") {
        println!("note: {test}: mcs not found; skipped (install mono-mcs)");
        ok = false;
    }
    ok
}

/// A run whose stdout or stderr grows past this is killed: a runaway print
/// loop would otherwise fill the disk before the timeout.
pub const MAX_OUTPUT: u64 = 64 << 20;

/// Why [`run_with_timeout`] killed a process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Killed {
    /// It ran longer than its timeout.
    Timeout,
    /// It wrote more than [`MAX_OUTPUT`] bytes to stdout or stderr.
    OutputLimit,
}

/// What a finished (or killed) process left behind.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// What was written to stdout (at most about [`MAX_OUTPUT`] bytes).
    pub stdout: Vec<u8>,
    /// What was written to stderr (at most about [`MAX_OUTPUT`] bytes).
    pub stderr: Vec<u8>,
    /// The exit status; `None` if the harness killed the process.
    pub status: Option<ExitStatus>,
    /// Set if the harness killed the process, and why.
    pub killed: Option<Killed>,
    /// Wall-clock time until exit or kill.
    pub elapsed: Duration,
}

impl Outcome {
    /// True if the run was killed because it exceeded its timeout.
    pub fn timed_out(&self) -> bool {
        self.killed == Some(Killed::Timeout)
    }

    /// The exit code, if the process exited normally (not by a signal or a kill).
    pub fn code(&self) -> Option<i32> {
        self.status.and_then(|s| s.code())
    }

    /// The signal that ended the process on its own, if any (Unix only).
    pub fn signal(&self) -> Option<i32> {
        #[cfg(unix)]
        {
            use std::os::unix::process::ExitStatusExt as _;
            self.status.and_then(|s| s.signal())
        }
        #[cfg(not(unix))]
        {
            None
        }
    }

    /// stdout decoded lossily as UTF-8.
    pub fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    /// stderr decoded lossily as UTF-8.
    pub fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }

    /// A short description of how the process ended.
    pub fn describe_end(&self) -> String {
        match (self.killed, self.status, self.signal()) {
            (Some(Killed::Timeout), ..) => {
                format!("killed after timeout ({:.1} s)", self.elapsed.as_secs_f64())
            }
            (Some(Killed::OutputLimit), ..) => {
                format!("killed after writing more than {MAX_OUTPUT} bytes")
            }
            (None, _, Some(sig)) => format!("killed by signal {sig}"),
            (None, Some(s), None) => match s.code() {
                Some(c) => format!("exit {c}"),
                None => "unknown exit".to_owned(),
            },
            (None, None, None) => "unknown end".to_owned(),
        }
    }
}

/// Runs `cmd` with stdin closed and stdout/stderr captured through files in
/// `capture_dir` (named `<tag>.stdout`/`<tag>.stderr`, left there for
/// inspection). The process is killed, with any children it started, after
/// `timeout` or once it has written more than [`MAX_OUTPUT`] bytes.
pub fn run_with_timeout(
    cmd: &mut Command,
    timeout: Duration,
    capture_dir: &Path,
    tag: &str,
) -> io::Result<Outcome> {
    fs::create_dir_all(capture_dir)?;
    let out_path = capture_dir.join(format!("{tag}.stdout"));
    let err_path = capture_dir.join(format!("{tag}.stderr"));
    let out = File::create(&out_path)?;
    let err = File::create(&err_path)?;
    #[cfg(unix)]
    {
        // Its own process group, so a kill also reaches its children.
        use std::os::unix::process::CommandExt as _;
        cmd.process_group(0);
    }
    let start = Instant::now();
    let mut child = cmd.stdin(Stdio::null()).stdout(out).stderr(err).spawn()?;
    let too_big = |p: &Path| fs::metadata(p).is_ok_and(|m| m.len() > MAX_OUTPUT);
    let mut pause = Duration::from_millis(1);
    let (status, killed) = loop {
        if let Some(s) = child.try_wait()? {
            break (Some(s), None);
        }
        let reason = if start.elapsed() >= timeout {
            Some(Killed::Timeout)
        } else if too_big(&out_path) || too_big(&err_path) {
            Some(Killed::OutputLimit)
        } else {
            None
        };
        if let Some(reason) = reason {
            kill_tree(&mut child);
            break (None, Some(reason));
        }
        thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    };
    let elapsed = start.elapsed();
    Ok(Outcome {
        stdout: read_capped(&out_path)?,
        stderr: read_capped(&err_path)?,
        status,
        killed,
        elapsed,
    })
}

/// Kills the child's process group (Unix) and the child itself, then reaps it.
fn kill_tree(child: &mut std::process::Child) {
    #[cfg(unix)]
    {
        let _ = Command::new("kill")
            .arg("-KILL")
            .arg("--")
            .arg(format!("-{}", child.id()))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
    // Already-exited races are harmless: kill, then reap.
    let _ = child.kill();
    let _ = child.wait();
}

/// Reads at most [`MAX_OUTPUT`] bytes (plus a little) of a capture file.
fn read_capped(path: &Path) -> io::Result<Vec<u8>> {
    use std::io::Read as _;
    let mut buf = Vec::new();
    File::open(path)?
        .take(MAX_OUTPUT + 4096)
        .read_to_end(&mut buf)?;
    Ok(buf)
}

/// Shortens `s` to at most `max` characters, marking the cut.
pub fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(max).collect();
        t.push_str("...");
        t
    }
}

/// Describes the first difference between two texts line by line, or
/// `None` if they are equal. Lines are shown with `{:?}` so invisible
/// characters (trailing spaces, `\r`, control codes) are visible.
pub fn first_difference(expected: &str, actual: &str) -> Option<String> {
    if expected == actual {
        return None;
    }
    let exp: Vec<&str> = expected.split_inclusive('\n').collect();
    let act: Vec<&str> = actual.split_inclusive('\n').collect();
    let mut line = 0;
    while line < exp.len() && line < act.len() && exp[line] == act[line] {
        line += 1;
    }
    let show = |v: &[&str], i: usize| match v.get(i) {
        Some(l) => clip(&format!("{l:?}"), 240),
        None => "<end of output>".to_owned(),
    };
    let mut s = String::new();
    let _ = writeln!(
        s,
        "stdout differs at line {} (expected {} lines, got {}):",
        line + 1,
        exp.len(),
        act.len()
    );
    let _ = writeln!(s, "      expected: {}", show(&exp, line));
    let _ = write!(s, "      actual:   {}", show(&act, line));
    Some(s)
}

/// The last `n` lines of `text`, each indented, for failure reports.
pub fn tail_lines(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.len().saturating_sub(n);
    lines[start..]
        .iter()
        .map(|l| format!("      | {}\n", clip(l, 240)))
        .collect()
}

/// Builds minimal class files byte by byte, so hostile-input tests do not
/// need a JDK. Only what those tests need: a class with a superclass and an
/// optional `public static void main(String[])` whose body is `return`.
#[derive(Debug, Clone)]
pub struct ClassFileSpec {
    /// Internal name of the class, e.g. `Main`.
    pub name: String,
    /// Internal name of the superclass, e.g. `java/lang/Object`.
    pub super_name: String,
    /// Whether to emit `main([Ljava/lang/String;)V`.
    pub with_main: bool,
    /// Class-file major version (61 = Java 17).
    pub major: u16,
}

impl ClassFileSpec {
    /// `public class <name> extends java.lang.Object` with an empty `main`.
    pub fn main_class(name: &str) -> Self {
        Self {
            name: name.to_owned(),
            super_name: "java/lang/Object".to_owned(),
            with_main: true,
            major: 61,
        }
    }

    /// Serialises the class file (JVMS §4.1).
    pub fn to_bytes(&self) -> Vec<u8> {
        fn u16be(v: &mut Vec<u8>, x: u16) {
            v.extend_from_slice(&x.to_be_bytes());
        }
        fn utf8(v: &mut Vec<u8>, s: &str) {
            v.push(1); // CONSTANT_Utf8
            u16be(v, u16::try_from(s.len()).unwrap_or(u16::MAX));
            v.extend_from_slice(s.as_bytes());
        }
        let mut b = Vec::new();
        b.extend_from_slice(&0xCAFE_BABE_u32.to_be_bytes());
        u16be(&mut b, 0); // minor
        u16be(&mut b, self.major);
        u16be(&mut b, 8); // constant_pool_count: entries 1..=7
        utf8(&mut b, &self.name); // #1
        b.push(7); // #2 CONSTANT_Class -> #1
        u16be(&mut b, 1);
        utf8(&mut b, &self.super_name); // #3
        b.push(7); // #4 CONSTANT_Class -> #3
        u16be(&mut b, 3);
        utf8(&mut b, "main"); // #5
        utf8(&mut b, "([Ljava/lang/String;)V"); // #6
        utf8(&mut b, "Code"); // #7
        u16be(&mut b, 0x0021); // ACC_PUBLIC | ACC_SUPER
        u16be(&mut b, 2); // this_class
        u16be(&mut b, 4); // super_class
        u16be(&mut b, 0); // interfaces
        u16be(&mut b, 0); // fields
        if self.with_main {
            u16be(&mut b, 1); // methods_count
            u16be(&mut b, 0x0009); // ACC_PUBLIC | ACC_STATIC
            u16be(&mut b, 5);
            u16be(&mut b, 6);
            u16be(&mut b, 1); // attributes_count
            u16be(&mut b, 7); // "Code"
            b.extend_from_slice(&13_u32.to_be_bytes()); // attribute_length
            u16be(&mut b, 0); // max_stack
            u16be(&mut b, 1); // max_locals
            b.extend_from_slice(&1_u32.to_be_bytes()); // code_length
            b.push(0xb1); // return
            u16be(&mut b, 0); // exception_table_length
            u16be(&mut b, 0); // attributes_count
        } else {
            u16be(&mut b, 0);
        }
        u16be(&mut b, 0); // class attributes
        b
    }
}

/// CRC-32 (IEEE 802.3, as used by zip), bit by bit: inputs here are tiny.
pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0_u32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// Builds a zip (jar) archive with the given entries stored uncompressed.
pub fn stored_zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    fn u16le(v: &mut Vec<u8>, x: usize) {
        v.extend_from_slice(&u16::try_from(x).unwrap_or(u16::MAX).to_le_bytes());
    }
    fn u32le(v: &mut Vec<u8>, x: usize) {
        v.extend_from_slice(&u32::try_from(x).unwrap_or(u32::MAX).to_le_bytes());
    }
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in entries {
        let offset = out.len();
        let crc = crc32(data) as usize;
        out.extend_from_slice(&0x0403_4b50_u32.to_le_bytes()); // local file header
        u16le(&mut out, 10); // version needed
        u16le(&mut out, 0); // flags
        u16le(&mut out, 0); // method: stored
        u16le(&mut out, 0); // mod time
        u16le(&mut out, 0x21); // mod date (1980-01-01)
        u32le(&mut out, crc);
        u32le(&mut out, data.len());
        u32le(&mut out, data.len());
        u16le(&mut out, name.len());
        u16le(&mut out, 0); // extra length
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);

        central.extend_from_slice(&0x0201_4b50_u32.to_le_bytes()); // central directory header
        u16le(&mut central, 20); // version made by
        u16le(&mut central, 10); // version needed
        u16le(&mut central, 0);
        u16le(&mut central, 0);
        u16le(&mut central, 0);
        u16le(&mut central, 0x21);
        u32le(&mut central, crc);
        u32le(&mut central, data.len());
        u32le(&mut central, data.len());
        u16le(&mut central, name.len());
        u16le(&mut central, 0); // extra
        u16le(&mut central, 0); // comment
        u16le(&mut central, 0); // disk
        u16le(&mut central, 0); // internal attributes
        u32le(&mut central, 0); // external attributes
        u32le(&mut central, offset);
        central.extend_from_slice(name.as_bytes());
    }
    let central_offset = out.len();
    let central_len = central.len();
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50_u32.to_le_bytes()); // end of central directory
    u16le(&mut out, 0);
    u16le(&mut out, 0);
    u16le(&mut out, entries.len());
    u16le(&mut out, entries.len());
    u32le(&mut out, central_len);
    u32le(&mut out, central_offset);
    u16le(&mut out, 0);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_difference_points_at_the_line() {
        assert_eq!(first_difference("a\nb\n", "a\nb\n"), None);
        let d = first_difference("a\nb\nc\n", "a\nx\n").unwrap_or_default();
        assert!(d.contains("line 2"), "{d}");
        assert!(d.contains("\"b\\n\""), "{d}");
        let d = first_difference("a\n", "a\nextra\n").unwrap_or_default();
        assert!(d.contains("<end of output>"), "{d}");
    }

    #[test]
    fn class_file_has_magic_and_version() {
        let b = ClassFileSpec::main_class("Main").to_bytes();
        assert_eq!(&b[..4], &[0xCA, 0xFE, 0xBA, 0xBE]);
        assert_eq!(&b[6..8], &61_u16.to_be_bytes());
        let no_main = ClassFileSpec {
            with_main: false,
            ..ClassFileSpec::main_class("Main")
        }
        .to_bytes();
        assert!(no_main.len() < b.len());
    }

    #[test]
    fn crc32_known_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }
}
