//! The crate's error type. Managed (Java-level) exceptions are heap objects,
//! not `Error` values; this enum covers malformed input, unsupported features
//! and internal bugs.

/// Everything that can go wrong while reading or preparing JVM code.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum Error {
    /// A class file that violates JVMS chapter 4; `offset` is the byte offset
    /// of the offending item in the file.
    #[error("{file}: truncated or malformed class file at byte {offset}: {reason}")]
    ClassFormat { file: String, offset: usize, reason: String },
    /// A jar (ZIP) archive that cannot be read.
    #[error("{file}: bad jar: {reason}")]
    Jar { file: String, reason: String },
    /// Valid input that twain does not handle (yet).
    #[error("unsupported: {0}")]
    Unsupported(String),
    /// A symbolic reference that cannot be resolved.
    #[error("link error: {0}")]
    Link(String),
    /// Bytecode that breaks the static constraints of JVMS §4.9.
    #[error("bad bytecode: {0}")]
    Verify(String),
    /// A malformed field or method descriptor (JVMS §4.3).
    #[error("malformed descriptor: {0}")]
    Descriptor(String),
    /// A file that cannot be read.
    #[error("{file}: {reason}")]
    Io { file: String, reason: String },
    /// An internal invariant was broken; reported instead of panicking.
    #[error("internal error at {file}:{line}: {msg}")]
    Bug { file: &'static str, line: u32, msg: String },
}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
