//! A bounds-checked big-endian cursor over class-file bytes (JVMS §4.1 `u1`,
//! `u2`, `u4`). Every read that runs past the end is a `ClassFormat` error
//! carrying the absolute file offset, so no caller ever indexes raw bytes.

use crate::{Error, Result};

/// A cursor over `bytes`; `base` is the absolute offset of `bytes[0]` in the
/// file, so nested readers (attribute bodies) still report file offsets.
#[derive(Debug, Clone)]
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    base: usize,
    file: &'a str,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(bytes: &'a [u8], file: &'a str) -> Self {
        Reader { bytes, pos: 0, base: 0, file }
    }

    /// The absolute file offset of the next byte.
    pub(crate) fn offset(&self) -> usize {
        self.base + self.pos
    }

    pub(crate) fn remaining(&self) -> usize {
        self.bytes.len() - self.pos
    }

    pub(crate) fn file(&self) -> &'a str {
        self.file
    }

    /// A `ClassFormat` error at absolute offset `offset`.
    pub(crate) fn error_at(&self, offset: usize, reason: impl Into<String>) -> Error {
        Error::ClassFormat { file: self.file.to_string(), offset, reason: reason.into() }
    }

    /// A `ClassFormat` error at the current position.
    pub(crate) fn error(&self, reason: impl Into<String>) -> Error {
        self.error_at(self.offset(), reason)
    }

    pub(crate) fn bytes(&mut self, n: usize) -> Result<&'a [u8]> {
        match self.bytes.get(self.pos..self.pos.saturating_add(n)) {
            Some(s) if n <= self.remaining() => {
                self.pos += n;
                Ok(s)
            }
            _ => Err(self.error(format!("need {n} bytes, {} left", self.remaining()))),
        }
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N]> {
        let s = self.bytes(N)?;
        let mut a = [0; N];
        a.copy_from_slice(s);
        Ok(a)
    }

    pub(crate) fn u1(&mut self) -> Result<u8> {
        Ok(u8::from_be_bytes(self.array()?))
    }

    pub(crate) fn u2(&mut self) -> Result<u16> {
        Ok(u16::from_be_bytes(self.array()?))
    }

    pub(crate) fn u4(&mut self) -> Result<u32> {
        Ok(u32::from_be_bytes(self.array()?))
    }

    pub(crate) fn u8(&mut self) -> Result<u64> {
        Ok(u64::from_be_bytes(self.array()?))
    }

    /// Splits off the next `n` bytes as a nested reader (an attribute body).
    pub(crate) fn sub(&mut self, n: usize) -> Result<Reader<'a>> {
        let base = self.offset();
        let bytes = self.bytes(n)?;
        Ok(Reader { bytes, pos: 0, base, file: self.file })
    }

    /// Checks that a table of `count` entries of at least `min_size` bytes
    /// each can fit in what is left, so hostile counts cannot make us
    /// allocate. Returns `count` for use as a capacity.
    pub(crate) fn table(&self, count: usize, min_size: usize, what: &str) -> Result<usize> {
        if count.saturating_mul(min_size) > self.remaining() {
            return Err(self.error(format!("{what} count {count} exceeds the remaining {} bytes", self.remaining())));
        }
        Ok(count)
    }

    /// Reads a `u2` count of a table whose entries take at least
    /// `min_size` bytes, checked as by [`Reader::table`].
    pub(crate) fn count(&mut self, min_size: usize, what: &str) -> Result<usize> {
        let n = usize::from(self.u2()?);
        self.table(n, min_size, what)
    }

    /// Fails unless every byte has been consumed.
    pub(crate) fn finish(&self, what: &str) -> Result<()> {
        if self.remaining() != 0 {
            return Err(self.error(format!("{} unexpected trailing bytes in {what}", self.remaining())));
        }
        Ok(())
    }
}
