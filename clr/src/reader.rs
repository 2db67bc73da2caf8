//! A bounds-checked little-endian cursor over image bytes (ECMA-335 §II.25
//! stores every multi-byte integer little-endian). A read past the end is a
//! `BadImage` error carrying the absolute file offset, so no caller indexes
//! raw bytes.

use crate::{Error, Result};

/// A cursor over `bytes`; `base` is the absolute offset of `bytes[0]` in the
/// file, so nested readers (heaps, method bodies) still report file offsets.
#[derive(Debug, Clone)]
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    base: usize,
    file: &'a str,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(bytes: &'a [u8], base: usize, file: &'a str) -> Self {
        Reader { bytes, pos: 0, base, file }
    }

    /// The absolute file offset of the next byte.
    pub(crate) fn offset(&self) -> usize {
        self.base.saturating_add(self.pos)
    }

    pub(crate) fn pos(&self) -> usize {
        self.pos
    }

    pub(crate) fn remaining(&self) -> usize {
        self.bytes.len().saturating_sub(self.pos)
    }

    /// A `BadImage` error at the current position.
    pub(crate) fn error(&self, reason: impl Into<String>) -> Error {
        Error::BadImage { file: self.file.to_string(), offset: self.offset(), reason: reason.into() }
    }

    /// Moves to `pos` (relative to the start of this reader).
    pub(crate) fn seek(&mut self, pos: usize) -> Result<()> {
        if pos > self.bytes.len() {
            return Err(self.error(format!("seek to {pos} past end {}", self.bytes.len())));
        }
        self.pos = pos;
        Ok(())
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

    pub(crate) fn u8(&mut self) -> Result<u8> {
        Ok(u8::from_le_bytes(self.array()?))
    }

    pub(crate) fn u16(&mut self) -> Result<u16> {
        Ok(u16::from_le_bytes(self.array()?))
    }

    pub(crate) fn u32(&mut self) -> Result<u32> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    pub(crate) fn u64(&mut self) -> Result<u64> {
        Ok(u64::from_le_bytes(self.array()?))
    }

    /// A 2- or 4-byte index (§II.24.2.6: heap and table index widths).
    pub(crate) fn index(&mut self, wide: bool) -> Result<u32> {
        if wide {
            self.u32()
        } else {
            self.u16().map(u32::from)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_little_endian_and_reports_offsets() -> Result<()> {
        let mut r = Reader::new(&[1, 2, 3, 4, 5], 100, "t.dll");
        assert_eq!(r.u16()?, 0x0201);
        assert_eq!(r.offset(), 102);
        assert!(matches!(r.u32(), Err(Error::BadImage { offset: 102, .. })));
        r.seek(4)?;
        assert_eq!(r.u8()?, 5);
        Ok(())
    }
}
