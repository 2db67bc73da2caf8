//! The committed class library jar (jvm/lib/classlib.jar) must match its
//! Java sources. Needs `javac` 17 and `python3`; without them the test only
//! prints a note and passes (cargo builds never need a JDK).

use std::path::PathBuf;
use std::process::Command;

fn javac_major_version() -> Option<u32> {
    let out = Command::new("javac").arg("-version").output().ok()?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    // "javac 17.0.15"
    let version = text.split_whitespace().nth(1)?;
    version.split('.').next()?.parse().ok()
}

#[test]
fn classlib_jar_is_current() {
    match javac_major_version() {
        Some(17) => {}
        Some(v) => {
            eprintln!("note: javac {v} found; classlib.jar is built with javac 17, skipping check");
            return;
        }
        None => {
            eprintln!("note: javac not on PATH, skipping classlib.jar freshness check");
            return;
        }
    }
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("note: python3 not on PATH, skipping classlib.jar freshness check");
        return;
    }
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("lib").join("build.sh");
    let out = Command::new("bash")
        .arg(&script)
        .arg("--check")
        .output()
        .expect("run jvm/lib/build.sh --check");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "jvm/lib/build.sh --check failed (run `bash jvm/lib/build.sh` and commit classlib.jar)\n{stdout}\n{stderr}"
    );
}
