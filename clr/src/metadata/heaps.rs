//! The four metadata heaps (ECMA-335 §II.24.2.2–§II.24.2.5): `#Strings`
//! (NUL-terminated UTF-8), `#US` (length-prefixed UTF-16 user strings),
//! `#Blob` (length-prefixed byte blobs) and `#GUID` (16-byte GUIDs, 1-based).
//! Each heap owns a copy of its bytes; lookups are bounds-checked and return
//! `Metadata` errors for bad indices.

use crate::{Error, Result};

fn heap_error(file: &str, heap: &str, reason: String) -> Error {
    Error::Metadata { file: file.to_string(), table: None, row: None, reason: format!("{heap} heap: {reason}") }
}

/// Decodes a compressed unsigned integer (§II.23.2) at the start of `b`,
/// returning the value and how many bytes it took.
pub fn decompress_u32(b: &[u8]) -> Option<(u32, usize)> {
    let first = *b.first()?;
    if first & 0x80 == 0 {
        Some((u32::from(first), 1))
    } else if first & 0xc0 == 0x80 {
        let second = *b.get(1)?;
        Some(((u32::from(first & 0x3f) << 8) | u32::from(second), 2))
    } else if first & 0xe0 == 0xc0 {
        let rest = b.get(1..4)?;
        let v = (u32::from(first & 0x1f) << 24)
            | (u32::from(*rest.first()?) << 16)
            | (u32::from(*rest.get(1)?) << 8)
            | u32::from(*rest.get(2)?);
        Some((v, 4))
    } else {
        None
    }
}

/// Decodes a compressed signed integer (§II.23.2): the unsigned encoding of
/// the value rotated left by one within its 7, 14 or 29 bits.
pub fn decompress_i32(b: &[u8]) -> Option<(i32, usize)> {
    let (raw, len) = decompress_u32(b)?;
    let bits = match len {
        1 => 7,
        2 => 14,
        _ => 29,
    };
    let magnitude = i32::try_from(raw >> 1).ok()?;
    let v = if raw & 1 == 0 { magnitude } else { magnitude - (1i32 << (bits - 1)) };
    Some((v, len))
}

/// The `#Strings` heap.
#[derive(Debug, Clone, Default)]
pub struct StringHeap {
    bytes: Vec<u8>,
}

impl StringHeap {
    pub fn new(bytes: &[u8]) -> Self {
        StringHeap { bytes: bytes.to_vec() }
    }

    /// The string at byte offset `index` (0 is the empty string).
    pub fn get(&self, index: u32, file: &str) -> Result<&str> {
        if index == 0 && self.bytes.is_empty() {
            return Ok("");
        }
        let tail = self
            .bytes
            .get(index as usize..)
            .filter(|t| !t.is_empty())
            .ok_or_else(|| heap_error(file, "#Strings", format!("index {index:#x} out of range")))?;
        let end = tail
            .iter()
            .position(|&b| b == 0)
            .ok_or_else(|| heap_error(file, "#Strings", format!("string at {index:#x} is not terminated")))?;
        std::str::from_utf8(tail.get(..end).unwrap_or_default())
            .map_err(|e| heap_error(file, "#Strings", format!("string at {index:#x} is not UTF-8: {e}")))
    }
}

/// The `#Blob` heap.
#[derive(Debug, Clone, Default)]
pub struct BlobHeap {
    bytes: Vec<u8>,
}

impl BlobHeap {
    pub fn new(bytes: &[u8]) -> Self {
        BlobHeap { bytes: bytes.to_vec() }
    }

    /// The blob at byte offset `index` (0 is the empty blob).
    pub fn get(&self, index: u32, file: &str) -> Result<&[u8]> {
        if index == 0 && self.bytes.is_empty() {
            return Ok(&[]);
        }
        let tail = self
            .bytes
            .get(index as usize..)
            .ok_or_else(|| heap_error(file, "#Blob", format!("index {index:#x} out of range")))?;
        let (len, used) =
            decompress_u32(tail).ok_or_else(|| heap_error(file, "#Blob", format!("bad length at {index:#x}")))?;
        tail.get(used..used.saturating_add(len as usize))
            .ok_or_else(|| heap_error(file, "#Blob", format!("blob at {index:#x} of {len} bytes runs past the heap")))
    }
}

/// The `#US` heap of user strings (`ldstr` operands).
#[derive(Debug, Clone, Default)]
pub struct UserStringHeap {
    blobs: BlobHeap,
}

impl UserStringHeap {
    pub fn new(bytes: &[u8]) -> Self {
        UserStringHeap { blobs: BlobHeap::new(bytes) }
    }

    /// The exact UTF-16 code units of the string at offset `index`. The
    /// trailing flag byte of odd-length entries (§II.24.2.4) is dropped.
    pub fn get(&self, index: u32, file: &str) -> Result<Vec<u16>> {
        let b = self.blobs.get(index, file).map_err(|_| heap_error(file, "#US", format!("bad index {index:#x}")))?;
        Ok(b.chunks_exact(2).map(|c| u16::from_le_bytes([c.first().copied().unwrap_or(0), c.get(1).copied().unwrap_or(0)])).collect())
    }
}

/// The `#GUID` heap.
#[derive(Debug, Clone, Default)]
pub struct GuidHeap {
    bytes: Vec<u8>,
}

impl GuidHeap {
    pub fn new(bytes: &[u8]) -> Self {
        GuidHeap { bytes: bytes.to_vec() }
    }

    /// The GUID with 1-based `index`; 0 means none.
    pub fn get(&self, index: u32, file: &str) -> Result<Option<[u8; 16]>> {
        if index == 0 {
            return Ok(None);
        }
        let start = (index as usize - 1).saturating_mul(16);
        let s = self
            .bytes
            .get(start..start.saturating_add(16))
            .ok_or_else(|| heap_error(file, "#GUID", format!("index {index} out of range")))?;
        let mut g = [0; 16];
        g.copy_from_slice(s);
        Ok(Some(g))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compressed_integers_follow_ii_23_2() {
        assert_eq!(decompress_u32(&[0x03]), Some((3, 1)));
        assert_eq!(decompress_u32(&[0x80, 0x80]), Some((0x80, 2)));
        assert_eq!(decompress_u32(&[0xbf, 0xff]), Some((0x3fff, 2)));
        assert_eq!(decompress_u32(&[0xc0, 0x00, 0x40, 0x00]), Some((0x4000, 4)));
        assert_eq!(decompress_u32(&[0xdf, 0xff, 0xff, 0xff]), Some((0x1fff_ffff, 4)));
        assert_eq!(decompress_u32(&[0xe0]), None);
        assert_eq!(decompress_u32(&[0xc0, 0]), None);
        // Examples from §II.23.2.
        assert_eq!(decompress_i32(&[0x06]), Some((3, 1)));
        assert_eq!(decompress_i32(&[0x7b]), Some((-3, 1)));
        assert_eq!(decompress_i32(&[0x80, 0x80]), Some((64, 2)));
        assert_eq!(decompress_i32(&[0x01]), Some((-64, 1)));
        assert_eq!(decompress_i32(&[0xc0, 0x00, 0x40, 0x00]), Some((8192, 4)));
        assert_eq!(decompress_i32(&[0x80, 0x01]), Some((-8192, 2)));
        assert_eq!(decompress_i32(&[0xdf, 0xff, 0xff, 0xfe]), Some((268_435_455, 4)));
        assert_eq!(decompress_i32(&[0xc0, 0x00, 0x00, 0x01]), Some((-268_435_456, 4)));
    }

    #[test]
    fn heaps_bounds_check() -> Result<()> {
        let s = StringHeap::new(b"\0Foo\0Bar");
        assert_eq!(s.get(1, "f")?, "Foo");
        assert!(s.get(5, "f").is_err());
        assert!(s.get(99, "f").is_err());
        let us = UserStringHeap::new(&[0, 5, b'h', 0, b'i', 0, 0]);
        assert_eq!(us.get(1, "f")?, vec![u16::from(b'h'), u16::from(b'i')]);
        let b = BlobHeap::new(&[0, 3, 1, 2]);
        assert!(b.get(1, "f").is_err());
        let g = GuidHeap::new(&[7; 16]);
        assert_eq!(g.get(1, "f")?, Some([7; 16]));
        assert!(g.get(2, "f").is_err());
        Ok(())
    }
}
