//! A minimal read-only ZIP reader for jars (PKWARE APPNOTE 6.3.x): the
//! end-of-central-directory record, the central directory, local headers,
//! stored and deflated entries (raw DEFLATE via `miniz_oxide`), CRC-32
//! checks. ZIP64, encryption and multi-disk archives are rejected. Hostile
//! archives produce errors: every offset is bounds-checked and inflation is
//! capped at the declared size.

use std::collections::HashMap;
use std::path::Path;

use crate::{Error, Result};

const EOCD_SIG: u32 = 0x0605_4b50;
const CENTRAL_SIG: u32 = 0x0201_4b50;
const LOCAL_SIG: u32 = 0x0403_4b50;
const EOCD_LEN: usize = 22;
const CENTRAL_LEN: usize = 46;
const LOCAL_LEN: usize = 30;
/// Largest entry twain will inflate.
pub const MAX_ENTRY_SIZE: usize = 512 << 20;

/// One central-directory entry.
#[derive(Debug, Clone)]
struct Entry {
    name: String,
    flags: u16,
    method: u16,
    crc: u32,
    compressed: usize,
    size: usize,
    local_offset: usize,
}

/// An opened jar held in memory.
#[derive(Debug, Clone)]
pub struct Jar {
    name: String,
    bytes: std::borrow::Cow<'static, [u8]>,
    entries: Vec<Entry>,
    /// Name -> index into `entries`; the first of duplicate names wins.
    index: HashMap<String, usize>,
}

fn le16(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at.checked_add(2)?)?.try_into().ok()?))
}

fn le32(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at.checked_add(4)?)?.try_into().ok()?))
}

impl Jar {
    /// Reads and indexes the jar at `path`.
    pub fn open(path: &Path) -> Result<Jar> {
        let name = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| Error::Io { file: name.clone(), reason: e.to_string() })?;
        Jar::from_bytes(bytes, &name)
    }

    /// Indexes a jar already in memory; `name` is used in error messages.
    pub fn from_bytes(bytes: Vec<u8>, name: &str) -> Result<Jar> {
        Jar::from_cow(std::borrow::Cow::Owned(bytes), name)
    }

    /// Reads a jar embedded in the binary without copying it.
    pub fn from_static(bytes: &'static [u8], name: &str) -> Result<Jar> {
        Jar::from_cow(std::borrow::Cow::Borrowed(bytes), name)
    }

    fn from_cow(bytes: std::borrow::Cow<'static, [u8]>, name: &str) -> Result<Jar> {
        let mut jar = Jar { name: name.to_string(), bytes, entries: Vec::new(), index: HashMap::new() };
        jar.read_central_directory()?;
        Ok(jar)
    }

    fn error(&self, reason: impl Into<String>) -> Error {
        Error::Jar { file: self.name.clone(), reason: reason.into() }
    }

    /// Finds the end-of-central-directory record, scanning backwards over a
    /// possible archive comment (at most 65535 bytes).
    fn find_eocd(&self) -> Result<usize> {
        let b = &self.bytes;
        let last = b.len().checked_sub(EOCD_LEN).ok_or_else(|| self.error("too short for a zip file"))?;
        let first = last.saturating_sub(0xFFFF);
        (first..=last)
            .rev()
            .find(|&at| {
                le32(b, at) == Some(EOCD_SIG)
                    && le16(b, at + 20).is_some_and(|comment| at + EOCD_LEN + usize::from(comment) <= b.len())
            })
            .ok_or_else(|| self.error("no end-of-central-directory record"))
    }

    fn read_central_directory(&mut self) -> Result<()> {
        let eocd = self.find_eocd()?;
        let b = &self.bytes;
        let field16 = |off: usize| le16(b, eocd + off).unwrap_or(0);
        let (disk, cd_disk, count) = (field16(4), field16(6), usize::from(field16(10)));
        let cd_size = le32(b, eocd + 12).unwrap_or(0) as usize;
        let cd_offset = le32(b, eocd + 16).unwrap_or(0) as usize;
        if disk != 0 || cd_disk != 0 {
            return Err(self.error("multi-disk archives are not supported"));
        }
        if count == 0xFFFF || cd_size == 0xFFFF_FFFF || cd_offset == 0xFFFF_FFFF {
            return Err(self.error("ZIP64 archives are not supported"));
        }
        if cd_offset.saturating_add(cd_size) > eocd {
            return Err(self.error("central directory lies outside the file"));
        }
        if count > cd_size / CENTRAL_LEN {
            return Err(self.error(format!("{count} entries cannot fit in a {cd_size}-byte central directory")));
        }
        let mut entries = Vec::with_capacity(count);
        let mut at = cd_offset;
        for i in 0..count {
            let bad = || self.error(format!("central directory entry {i} is truncated or malformed"));
            if le32(b, at) != Some(CENTRAL_SIG) {
                return Err(bad());
            }
            let h = |off| le16(b, at + off).ok_or_else(bad);
            let w = |off| le32(b, at + off).ok_or_else(bad).map(|v| v as usize);
            let (flags, method) = (h(8)?, h(10)?);
            let (crc, compressed, size) = (w(16)? as u32, w(20)?, w(24)?);
            let (name_len, extra_len, comment_len) = (usize::from(h(28)?), usize::from(h(30)?), usize::from(h(32)?));
            let local_offset = w(42)?;
            let name_bytes = b.get(at + CENTRAL_LEN..at + CENTRAL_LEN + name_len).ok_or_else(bad)?;
            // Bit 11 marks UTF-8 names; jar tools always write UTF-8 anyway.
            let name = String::from_utf8_lossy(name_bytes).into_owned();
            if compressed == 0xFFFF_FFFF || size == 0xFFFF_FFFF || local_offset == 0xFFFF_FFFF {
                return Err(self.error(format!("{name}: ZIP64 entries are not supported")));
            }
            at += CENTRAL_LEN + name_len + extra_len + comment_len;
            if at > cd_offset + cd_size {
                return Err(bad());
            }
            entries.push(Entry { name, flags, method, crc, compressed, size, local_offset });
        }
        let mut index = HashMap::with_capacity(entries.len());
        for (i, e) in entries.iter().enumerate() {
            index.entry(e.name.clone()).or_insert(i);
        }
        self.entries = entries;
        self.index = index;
        Ok(())
    }

    /// The name this jar was opened with.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Entry names in central-directory order (directories end in `/`).
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|e| e.name.as_str())
    }

    /// Number of central-directory entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True for an archive with no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The contents of entry `name`, `None` if there is no such entry.
    pub fn read(&self, name: &str) -> Result<Option<Vec<u8>>> {
        match self.index.get(name).and_then(|&i| self.entries.get(i)) {
            Some(e) => self.read_entry(e).map(Some),
            None => Ok(None),
        }
    }

    fn read_entry(&self, e: &Entry) -> Result<Vec<u8>> {
        let bad = |reason: &str| self.error(format!("{}: {reason}", e.name));
        if e.flags & 1 != 0 {
            return Err(bad("encrypted entries are not supported"));
        }
        if e.size > MAX_ENTRY_SIZE {
            return Err(bad("entry too large"));
        }
        let b = &self.bytes;
        if le32(b, e.local_offset) != Some(LOCAL_SIG) {
            return Err(bad("bad local header"));
        }
        let name_len = le16(b, e.local_offset + 26).ok_or_else(|| bad("bad local header"))?;
        let extra_len = le16(b, e.local_offset + 28).ok_or_else(|| bad("bad local header"))?;
        let start = e.local_offset + LOCAL_LEN + usize::from(name_len) + usize::from(extra_len);
        // Sizes come from the central directory, which is right even when
        // the local header defers them to a data descriptor (flag bit 3).
        let data = start.checked_add(e.compressed).and_then(|end| b.get(start..end)).ok_or_else(|| bad("data lies outside the file"))?;
        let out = match e.method {
            0 if e.compressed == e.size => data.to_vec(),
            0 => return Err(bad("stored entry with differing sizes")),
            8 => miniz_oxide::inflate::decompress_to_vec_with_limit(data, e.size).map_err(|err| bad(&format!("inflate failed: {:?}", err.status)))?,
            m => return Err(bad(&format!("compression method {m} is not supported"))),
        };
        if out.len() != e.size {
            return Err(bad(&format!("inflated to {} bytes, expected {}", out.len(), e.size)));
        }
        if crc32(&out) != e.crc {
            return Err(bad("CRC-32 mismatch"));
        }
        Ok(out)
    }

    /// The `Main-Class` attribute of the manifest's main section, as written
    /// (normally dotted, e.g. `com.example.Main`).
    pub fn manifest_main_class(&self) -> Option<String> {
        let bytes = self.read("META-INF/MANIFEST.MF").ok()??;
        let text = String::from_utf8_lossy(&bytes);
        // Join continuation lines (which start with one space); the main
        // section ends at the first blank line.
        let mut lines: Vec<String> = Vec::new();
        for line in text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)) {
            if line.is_empty() {
                break;
            }
            match (line.strip_prefix(' '), lines.last_mut()) {
                (Some(more), Some(last)) => last.push_str(more),
                _ => lines.push(line.to_string()),
            }
        }
        lines.iter().find_map(|l| {
            let (key, value) = l.split_once(':')?;
            key.eq_ignore_ascii_case("Main-Class").then(|| value.trim().to_string())
        })
    }
}

/// CRC-32 lookup table for the reflected polynomial 0xEDB88320.
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

/// CRC-32 as used by ZIP (ISO 3309 / ITU-T V.42).
pub fn crc32(data: &[u8]) -> u32 {
    !data.iter().fold(!0u32, |c, &b| CRC_TABLE[usize::from((c as u8) ^ b)] ^ (c >> 8))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc() {
        assert_eq!(crc32(b""), 0);
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    /// Builds a one-entry stored zip by hand.
    fn stored_zip(name: &str, data: &[u8], comment: &[u8]) -> Vec<u8> {
        let mut z = Vec::new();
        let crc = crc32(data);
        let n = name.len() as u16;
        let sz = data.len() as u32;
        z.extend(LOCAL_SIG.to_le_bytes());
        z.extend([20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        z.extend(crc.to_le_bytes());
        z.extend(sz.to_le_bytes());
        z.extend(sz.to_le_bytes());
        z.extend(n.to_le_bytes());
        z.extend(0u16.to_le_bytes());
        z.extend(name.as_bytes());
        z.extend(data);
        let cd = z.len() as u32;
        z.extend(CENTRAL_SIG.to_le_bytes());
        z.extend([20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        z.extend(crc.to_le_bytes());
        z.extend(sz.to_le_bytes());
        z.extend(sz.to_le_bytes());
        z.extend(n.to_le_bytes());
        z.extend([0u8; 12]);
        z.extend(0u32.to_le_bytes());
        z.extend(name.as_bytes());
        let cd_size = z.len() as u32 - cd;
        z.extend(EOCD_SIG.to_le_bytes());
        z.extend([0, 0, 0, 0, 1, 0, 1, 0]);
        z.extend(cd_size.to_le_bytes());
        z.extend(cd.to_le_bytes());
        z.extend((comment.len() as u16).to_le_bytes());
        z.extend(comment);
        z
    }

    #[test]
    fn stored_entry() -> Result<()> {
        let manifest = b"Manifest-Version: 1.0\r\nMain-Class: com.exa\r\n mple.Main\r\n\r\nName: x\r\nMain-Class: no\r\n";
        let z = stored_zip("META-INF/MANIFEST.MF", manifest, b"a comment PK\x05\x06");
        let jar = Jar::from_bytes(z.clone(), "t.jar")?;
        assert_eq!(jar.names().collect::<Vec<_>>(), ["META-INF/MANIFEST.MF"]);
        assert_eq!(jar.read("META-INF/MANIFEST.MF")?.as_deref(), Some(&manifest[..]));
        assert_eq!(jar.read("nope")?, None);
        assert_eq!(jar.manifest_main_class().as_deref(), Some("com.example.Main"));
        // A corrupted byte of data fails the CRC check.
        let mut bad = z;
        bad[LOCAL_LEN + 20 + 3] ^= 1;
        assert!(Jar::from_bytes(bad, "t.jar")?.read("META-INF/MANIFEST.MF").is_err());
        Ok(())
    }

    #[test]
    fn rejects_garbage() {
        assert!(Jar::from_bytes(Vec::new(), "x").is_err());
        assert!(Jar::from_bytes(vec![0; 100], "x").is_err());
    }
}
