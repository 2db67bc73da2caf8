//! The crate's error type. Managed (.NET-level) exceptions are heap objects,
//! not `Error` values; this enum covers malformed input, unsupported features
//! and internal bugs.

/// Everything that can go wrong while reading or preparing CLR code.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum Error {
    /// Metadata that violates ECMA-335 Partition II §22–§24; `table` and
    /// `row` (1-based) locate the offending row when known.
    #[error("{file}: bad metadata{}: {reason}", location(.table.as_deref(), *.row))]
    Metadata { file: String, table: Option<String>, row: Option<u32>, reason: String },
    /// A PE/COFF image that violates ECMA-335 §II.25 (what .NET reports as
    /// `BadImageFormatException`); `offset` is the byte offset in the file.
    #[error("{file}: bad image at byte {offset}: {reason}")]
    BadImage { file: String, offset: usize, reason: String },
    /// CIL that breaks Partition III's encoding rules; `offset` is the IL
    /// offset of the instruction within its method body.
    #[error("bad IL at offset {offset}: {reason}")]
    Il { offset: usize, reason: String },
    /// Valid input that twain does not handle (yet).
    #[error("unsupported: {0}")]
    Unsupported(String),
    /// An internal invariant was broken; reported instead of panicking.
    #[error("internal error at {file}:{line}: {msg}")]
    Bug { file: &'static str, line: u32, msg: String },
}

/// Formats the " in table T row R" part of a `Metadata` error.
fn location(table: Option<&str>, row: Option<u32>) -> String {
    match (table, row) {
        (Some(t), Some(r)) => format!(" in table {t} row {r}"),
        (Some(t), None) => format!(" in table {t}"),
        (None, Some(r)) => format!(" in row {r}"),
        (None, None) => String::new(),
    }
}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metadata_display_is_one_line() {
        let e = Error::Metadata {
            file: "Program.exe".into(),
            table: Some("TypeDef".into()),
            row: Some(3),
            reason: "field list out of range".into(),
        };
        assert_eq!(e.to_string(), "Program.exe: bad metadata in table TypeDef row 3: field list out of range");
        let e = Error::Metadata { file: "a.dll".into(), table: None, row: None, reason: "x".into() };
        assert_eq!(e.to_string(), "a.dll: bad metadata: x");
    }
}
