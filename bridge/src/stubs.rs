//! Stub generators: readable source that a compiler of one language reads
//! to use the other VM's types (DESIGN.md "Stubs").
//!
//! - [`java`]: `twain stubs java <assembly.dll>... -o <dir>` writes Java
//!   sources for the public CLR types (package `cli.*`), for `javac`.
//! - [`cs`]: `twain stubs cs -cp <classpath> <class|package>... -o <file.cs>`
//!   writes one C# file of stub types for Java classes, for
//!   `mcs -target:library`; the assembly is marked as a stub assembly
//!   (`clr::foreign`).
//!
//! Stubs are never executed: at run time each name resolves to the real
//! type, and each member binds by name and Java descriptor (`java_names`).
//! So every stub member's signature maps back, under the runtime's rules,
//! to the descriptor of the member it stands for; a member that cannot be
//! written that way is left out with a `// left out:` comment saying why.
//! Output is deterministic (sorted) so it can be snapshot-tested.

pub mod classpath;
pub mod cs;
pub mod java;
mod literal;

use std::path::{Path, PathBuf};

use crate::mapping::{MappingError, Spec};

/// What can go wrong generating stubs.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An input (assembly, class file, class path entry) could not be read.
    #[error("{file}: {reason}")]
    Input { file: String, reason: String },
    /// A class or package named on the command line is not on the class path.
    #[error("{0}: no such class or package on the class path")]
    NotFound(String),
    /// The output could not be written.
    #[error("{path}: {reason}")]
    Output { path: String, reason: String },
    /// The runtime that reads the assemblies could not start.
    #[error("{0}")]
    Runtime(String),
    #[error(transparent)]
    Mapping(#[from] MappingError),
}

/// Results of this module.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Generated files: paths relative to the output directory, and contents.
pub type Files = Vec<(PathBuf, String)>;

/// The identifier rules of the mapping spec.
fn spec() -> Result<&'static Spec> {
    Ok(Spec::builtin()?)
}

/// The name an input is given in a header: its file name, so output does
/// not depend on where the input lives.
fn display_name(input: &str) -> String {
    Path::new(input)
        .file_name()
        .map_or_else(|| input.to_string(), |n| n.to_string_lossy().into_owned())
}

/// Writes generated files under `dir`, creating directories as needed.
pub fn write_files(dir: &Path, files: &Files) -> Result<()> {
    for (rel, text) in files {
        write_file(&dir.join(rel), text)?;
    }
    Ok(())
}

/// Writes one generated file, creating its directory as needed.
pub fn write_file(path: &Path, text: &str) -> Result<()> {
    let err = |e: std::io::Error| Error::Output {
        path: path.display().to_string(),
        reason: e.to_string(),
    };
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(err)?;
    }
    std::fs::write(path, text).map_err(err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mscorlib_java_stubs() -> Result<()> {
        let files = java::generate(&[java::MSCORLIB.to_string()])?;
        let file = |name: &str| {
            files
                .iter()
                .find(|(p, _)| p == Path::new(name))
                .map(|(_, t)| t.as_str())
        };
        assert!(
            file("cli/System/Object.java").is_none() && file("cli/System/String.java").is_none()
        );
        let math = file("cli/System/Math.java").unwrap_or_default();
        assert!(math.contains("public final class Math {"), "{math}");
        assert!(
            math.contains("private Math() {}"),
            "a static class gets a private constructor: {math}"
        );
        assert!(
            math.contains("public static int Max(int a, int b)"),
            "{math}"
        );
        // The unsigned overload that collides once uint is seen as int gets its codes.
        assert!(math.contains("public static int Max$uint$uint(int a, int b)"), "{math}");
        let left_out = file("cli/LEFT_OUT.txt").unwrap_or_default();
        assert!(
            left_out.contains("System.Object: is java.lang.Object\n"),
            "{left_out}"
        );
        assert!(
            left_out.contains("System.Int32: value type (no Java mapping yet)\n"),
            "{left_out}"
        );
        assert_eq!(
            files,
            java::generate(&[java::MSCORLIB.to_string()])?,
            "output is deterministic"
        );
        Ok(())
    }

    #[test]
    fn java_util_cs_stubs() -> Result<()> {
        let text = cs::generate(&[], &["java.util".to_string()])?;
        assert!(text.contains("namespace java.util\n{"), "{text}");
        assert!(
            text.contains("public class ArrayList : global::java.util.AbstractList"),
            "{text}"
        );
        assert!(
            text.contains("// left out: java.util.Map$Entry: nested in an interface"),
            "{text}"
        );
        assert!(
            !text.contains("toString()"),
            "toString is System.Object's ToString slot"
        );
        Ok(())
    }

    #[test]
    fn unknown_names_are_errors() {
        assert!(
            matches!(cs::generate(&[], &["no.such.thing".to_string()]), Err(Error::NotFound(n)) if n == "no.such.thing")
        );
        assert!(matches!(
            java::generate(&["/nonexistent/Lib.dll".to_string()]),
            Err(Error::Input { .. })
        ));
    }
}
