//! ECMA-335 metadata (§II.24): the metadata root and its stream headers
//! (§II.24.2.1–§II.24.2.2), the heaps, the `#~` table stream and typed rows.
//! [`Metadata::parse`] reads everything eagerly into owned data, so later
//! lookups need no access to the image.

pub mod heaps;
pub mod rows;
pub mod signature;
pub mod tables;

use heaps::{BlobHeap, GuidHeap, StringHeap, UserStringHeap};
use rows::{Row, RowReader};
use tables::{TableId, Tables};

use crate::reader::Reader;
use crate::{Error, Result};

/// The metadata root signature "BSJB" (§II.24.2.1).
const SIGNATURE: u32 = 0x424a_5342;

/// Parsed metadata: version string, heaps and tables.
#[derive(Debug, Clone)]
pub struct Metadata {
    /// The file name used in errors.
    pub file: String,
    /// The runtime version string of the root, e.g. `v4.0.30319`.
    pub version: String,
    pub strings: StringHeap,
    pub user_strings: UserStringHeap,
    pub blobs: BlobHeap,
    pub guids: GuidHeap,
    pub tables: Tables,
}

impl Metadata {
    /// Parses the metadata root in `bytes`, which starts at file offset
    /// `base`.
    pub fn parse(bytes: &[u8], base: usize, file: &str) -> Result<Metadata> {
        let mut r = Reader::new(bytes, base, file);
        if r.u32()? != SIGNATURE {
            return Err(r.error("metadata root signature is not BSJB"));
        }
        let _major = r.u16()?;
        let _minor = r.u16()?;
        let _reserved = r.u32()?;
        let length = r.u32()? as usize;
        if !length.is_multiple_of(4) || length > 255 {
            return Err(r.error(format!("version string length {length} is not a multiple of 4 in 0..=255")));
        }
        let raw = r.bytes(length)?;
        let end = raw.iter().position(|&b| b == 0).unwrap_or(raw.len());
        let version = String::from_utf8_lossy(raw.get(..end).unwrap_or_default()).into_owned();
        let _flags = r.u16()?;
        let stream_count = r.u16()?;
        let mut md = Metadata {
            file: file.to_string(),
            version,
            strings: StringHeap::default(),
            user_strings: UserStringHeap::default(),
            blobs: BlobHeap::default(),
            guids: GuidHeap::default(),
            tables: Tables::parse(&[0; 24], 0, file)?,
        };
        let mut table_stream = None;
        for _ in 0..stream_count {
            let offset = r.u32()? as usize;
            let size = r.u32()? as usize;
            let name_start = r.pos();
            let mut name = Vec::new();
            loop {
                let b = r.u8()?;
                if b == 0 {
                    break;
                }
                name.push(b);
                if name.len() > 32 {
                    return Err(r.error("stream name longer than 32 bytes"));
                }
            }
            let pad = (4 - (r.pos() - name_start) % 4) % 4;
            r.bytes(pad)?;
            let data = offset
                .checked_add(size)
                .and_then(|end| bytes.get(offset..end))
                .ok_or_else(|| r.error(format!("stream at {offset:#x} of {size} bytes runs past the metadata")))?;
            match name.as_slice() {
                b"#Strings" => md.strings = StringHeap::new(data),
                b"#US" => md.user_strings = UserStringHeap::new(data),
                b"#Blob" => md.blobs = BlobHeap::new(data),
                b"#GUID" => md.guids = GuidHeap::new(data),
                b"#~" => table_stream = Some((data, base.saturating_add(offset))),
                b"#-" => return Err(Error::Unsupported(format!("{file}: uncompressed (#-) metadata tables"))),
                _ => {}
            }
        }
        let (data, at) = table_stream.ok_or_else(|| md.error(None, None, "no #~ stream"))?;
        md.tables = Tables::parse(data, at, file)?;
        Ok(md)
    }

    /// A `Metadata` error for this file.
    pub fn error(&self, table: Option<TableId>, row: Option<u32>, reason: impl Into<String>) -> Error {
        Error::Metadata {
            file: self.file.clone(),
            table: table.map(|t| t.name().to_string()),
            row,
            reason: reason.into(),
        }
    }

    /// Row `row` (1-based) of `R`'s table.
    pub fn row<R: Row>(&self, row: u32) -> Result<R> {
        if row == 0 || row > self.tables.rows(R::TABLE) {
            return Err(self.error(Some(R::TABLE), Some(row), "no such row"));
        }
        R::read(&RowReader { md: self, table: R::TABLE, row })
    }

    /// The number of rows of `R`'s table.
    pub fn row_count<R: Row>(&self) -> u32 {
        self.tables.rows(R::TABLE)
    }

    /// Every row of `R`'s table, in order.
    pub fn rows<R: Row>(&self) -> impl Iterator<Item = Result<R>> + '_ {
        (1..=self.tables.rows(R::TABLE)).map(|i| self.row(i))
    }

    /// Every row of `R`'s table, or the first error.
    pub fn all<R: Row>(&self) -> Result<Vec<R>> {
        self.rows().collect()
    }

    /// The blob at `#Blob` offset `index`.
    pub fn blob(&self, index: u32) -> Result<&[u8]> {
        self.blobs.get(index, &self.file)
    }

    /// The string at `#Strings` offset `index`.
    pub fn string(&self, index: u32) -> Result<&str> {
        self.strings.get(index, &self.file)
    }
}

#[cfg(test)]
mod tests {
    use super::rows::{FieldRow, TypeDefRow};
    use super::tables::TypeDefOrRef;
    use super::*;

    /// A `#~` stream with one Module, two TypeDefs and one Field; the second
    /// TypeDef extends `extends` (a raw TypeDefOrRef value).
    fn tables(extends: u16) -> Vec<u8> {
        let mut b = vec![0, 0, 0, 0, 2, 0, 0, 1];
        b.extend_from_slice(&0b10101u64.to_le_bytes()); // Module, TypeDef, Field
        b.extend_from_slice(&0u64.to_le_bytes());
        for rows in [1u32, 2, 1] {
            b.extend_from_slice(&rows.to_le_bytes());
        }
        let mut row = |cols: &[u16]| cols.iter().for_each(|c| b.extend_from_slice(&c.to_le_bytes()));
        row(&[0, 1, 0, 0, 0]); // Module "Foo"
        row(&[0, 0, 1, 0, 0, 1, 1]); // TypeDef flags (u32) "Foo", ns "", extends null, fields 1.., methods 1..
        row(&[0, 0, 5, 0, extends, 2, 1]); // TypeDef "Bar"
        row(&[0, 1, 0]); // Field "Foo"
        b
    }

    fn metadata(extends: u16) -> Result<Metadata> {
        Ok(Metadata {
            file: "Program.exe".into(),
            version: "v4.0.30319".into(),
            strings: StringHeap::new(b"\0Foo\0Bar\0"),
            user_strings: UserStringHeap::default(),
            blobs: BlobHeap::new(&[0]),
            guids: GuidHeap::default(),
            tables: Tables::parse(&tables(extends), 0, "Program.exe")?,
        })
    }

    #[test]
    fn rows_resolve_lists_and_coded_indices() -> Result<()> {
        let md = metadata(0x04)?; // TypeDef row 1
        let foo: TypeDefRow = md.row(1)?;
        assert_eq!((foo.name.as_str(), foo.fields.clone(), foo.methods.clone()), ("Foo", 1..2, 1..1));
        let bar: TypeDefRow = md.row(2)?;
        assert_eq!((bar.name.as_str(), bar.extends, bar.fields), ("Bar", Some(TypeDefOrRef::TypeDef(1)), 2..2));
        assert_eq!(md.all::<FieldRow>()?.len(), 1);
        assert!(md.row::<TypeDefRow>(3).is_err());
        Ok(())
    }

    #[test]
    fn bad_rows_name_table_and_row() -> Result<()> {
        let md = metadata((5 << 2) | 1)?; // TypeRef row 5: no TypeRef table
        let err = md.row::<TypeDefRow>(2).err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("Program.exe: bad metadata in table TypeDef row 2: TypeDefOrRef names TypeRef row 5, which does not exist")
        );
        Ok(())
    }

    #[test]
    fn root_must_be_bsjb() {
        assert!(matches!(Metadata::parse(b"XXXX", 0, "a.dll"), Err(Error::BadImage { .. })));
        let mut root = 0x424a_5342u32.to_le_bytes().to_vec();
        root.extend_from_slice(&[1, 0, 1, 0, 0, 0, 0, 0, 4, 0, 0, 0, b'v', b'4', 0, 0, 0, 0, 0, 0]);
        assert!(matches!(Metadata::parse(&root, 0, "a.dll"), Err(Error::Metadata { .. })));
    }
}
