//! PE/COFF image reading (ECMA-335 §II.25): the MS-DOS stub, the PE file
//! header (§II.25.2.2), the optional header with its data directories
//! (§II.25.2.3), section headers (§II.25.3) and the CLI header
//! (§II.25.3.3). Also maps RVAs to file offsets through the section table.

use crate::reader::Reader;
use crate::Result;

/// Data-directory index of the CLI header (§II.25.2.3.3).
const CLI_HEADER_DIRECTORY: usize = 14;
/// Offset of `e_lfanew` in the MS-DOS header (§II.25.2.1).
const LFANEW_OFFSET: usize = 0x3c;

/// An RVA/size pair (§II.25.2.3.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DataDirectory {
    pub rva: u32,
    pub size: u32,
}

/// A section header (§II.25.3).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// Up to 8 bytes, NUL padding removed.
    pub name: String,
    pub virtual_size: u32,
    pub virtual_address: u32,
    pub raw_size: u32,
    pub raw_pointer: u32,
    pub characteristics: u32,
}

/// The CLI header (§II.25.3.3).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CliHeader {
    pub major_runtime_version: u16,
    pub minor_runtime_version: u16,
    pub metadata: DataDirectory,
    /// `COMIMAGE_FLAGS_*` (§II.25.3.3.1).
    pub flags: u32,
    /// A MethodDef or File token, or 0.
    pub entry_point_token: u32,
    pub resources: DataDirectory,
    pub strong_name_signature: DataDirectory,
    pub vtable_fixups: DataDirectory,
}

/// The parts of a PE image that the CLI needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeImage {
    pub machine: u16,
    pub characteristics: u16,
    /// True for PE32+ (64-bit optional header, magic 0x20b).
    pub pe32_plus: bool,
    pub sections: Vec<Section>,
    pub cli: CliHeader,
}

impl PeImage {
    /// Parses the headers of `bytes`; `file` names the image in errors.
    pub fn parse(bytes: &[u8], file: &str) -> Result<PeImage> {
        let mut r = Reader::new(bytes, 0, file);
        if r.bytes(2)? != b"MZ" {
            return Err(r.error("missing MZ signature"));
        }
        r.seek(LFANEW_OFFSET)?;
        let lfanew = r.u32()? as usize;
        r.seek(lfanew)?;
        if r.bytes(4)? != b"PE\0\0" {
            return Err(r.error("missing PE signature"));
        }
        // PE file header (§II.25.2.2).
        let machine = r.u16()?;
        let section_count = r.u16()?;
        let _time_date_stamp = r.u32()?;
        let _symbol_table = r.u32()?;
        let _symbol_count = r.u32()?;
        let optional_size = usize::from(r.u16()?);
        let characteristics = r.u16()?;
        // Optional header (§II.25.2.3).
        let optional_start = r.pos();
        let mut opt = Reader::new(r.bytes(optional_size)?, optional_start, file);
        let magic = opt.u16()?;
        let pe32_plus = match magic {
            0x10b => false,
            0x20b => true,
            _ => return Err(opt.error(format!("unknown optional-header magic {magic:#x}"))),
        };
        opt.seek(if pe32_plus { 108 } else { 92 })?;
        let directory_count = opt.u32()? as usize;
        if directory_count <= CLI_HEADER_DIRECTORY {
            return Err(opt.error(format!("only {directory_count} data directories; no CLI header")));
        }
        let mut cli_dir = DataDirectory::default();
        for i in 0..=CLI_HEADER_DIRECTORY {
            let d = DataDirectory { rva: opt.u32()?, size: opt.u32()? };
            if i == CLI_HEADER_DIRECTORY {
                cli_dir = d;
            }
        }
        if cli_dir.rva == 0 {
            return Err(opt.error("not a CLI image: CLI header directory is empty"));
        }
        // Section headers (§II.25.3) follow the optional header.
        let mut sections = Vec::with_capacity(usize::from(section_count).min(r.remaining() / 40));
        for _ in 0..section_count {
            let raw_name = r.bytes(8)?;
            let end = raw_name.iter().position(|&b| b == 0).unwrap_or(raw_name.len());
            let name = String::from_utf8_lossy(raw_name.get(..end).unwrap_or_default()).into_owned();
            let virtual_size = r.u32()?;
            let virtual_address = r.u32()?;
            let raw_size = r.u32()?;
            let raw_pointer = r.u32()?;
            r.bytes(12)?; // relocations, line numbers and their counts
            let characteristics = r.u32()?;
            sections.push(Section { name, virtual_size, virtual_address, raw_size, raw_pointer, characteristics });
        }
        let mut image = PeImage {
            machine,
            characteristics,
            pe32_plus,
            sections,
            cli: CliHeader {
                major_runtime_version: 0,
                minor_runtime_version: 0,
                metadata: DataDirectory::default(),
                flags: 0,
                entry_point_token: 0,
                resources: DataDirectory::default(),
                strong_name_signature: DataDirectory::default(),
                vtable_fixups: DataDirectory::default(),
            },
        };
        let cli_bytes = image.slice(bytes, file, cli_dir.rva, 72)?;
        let start = image.rva_to_offset(cli_dir.rva, file)?;
        let mut c = Reader::new(cli_bytes, start, file);
        let cb = c.u32()?;
        if cb < 72 {
            return Err(c.error(format!("CLI header size {cb} is below 72")));
        }
        let dir = |c: &mut Reader<'_>| -> Result<DataDirectory> { Ok(DataDirectory { rva: c.u32()?, size: c.u32()? }) };
        image.cli.major_runtime_version = c.u16()?;
        image.cli.minor_runtime_version = c.u16()?;
        image.cli.metadata = dir(&mut c)?;
        image.cli.flags = c.u32()?;
        image.cli.entry_point_token = c.u32()?;
        image.cli.resources = dir(&mut c)?;
        image.cli.strong_name_signature = dir(&mut c)?;
        let _code_manager_table = dir(&mut c)?;
        image.cli.vtable_fixups = dir(&mut c)?;
        Ok(image)
    }

    /// The file offset of `rva`, through the section that contains it.
    pub fn rva_to_offset(&self, rva: u32, file: &str) -> Result<usize> {
        for s in &self.sections {
            let extent = s.virtual_size.max(s.raw_size);
            if rva >= s.virtual_address && rva - s.virtual_address < extent {
                let delta = rva - s.virtual_address;
                if delta >= s.raw_size {
                    break;
                }
                return Ok(s.raw_pointer as usize + delta as usize);
            }
        }
        Err(crate::Error::BadImage {
            file: file.to_string(),
            offset: 0,
            reason: format!("RVA {rva:#x} is not inside the raw data of any section"),
        })
    }

    /// The bytes from `rva` to the end of its section's raw data, which must
    /// be at least `min_len` long.
    pub fn slice<'b>(&self, bytes: &'b [u8], file: &str, rva: u32, min_len: usize) -> Result<&'b [u8]> {
        let start = self.rva_to_offset(rva, file)?;
        let section_end = self
            .sections
            .iter()
            .find(|s| rva >= s.virtual_address && rva - s.virtual_address < s.raw_size)
            .map_or(start, |s| s.raw_pointer as usize + s.raw_size as usize);
        let end = section_end.min(bytes.len());
        match bytes.get(start..end) {
            Some(s) if s.len() >= min_len => Ok(s),
            _ => Err(crate::Error::BadImage {
                file: file.to_string(),
                offset: start,
                reason: format!("RVA {rva:#x}: need {min_len} bytes inside the file's section data"),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Error;

    #[test]
    fn rejects_non_pe_input() {
        assert!(matches!(PeImage::parse(b"", "x"), Err(Error::BadImage { .. })));
        assert!(matches!(PeImage::parse(b"MZ", "x"), Err(Error::BadImage { .. })));
        let mut b = vec![0u8; 0x80];
        b[0] = b'M';
        b[1] = b'Z';
        b[0x3c] = 0x40;
        assert!(matches!(PeImage::parse(&b, "x"), Err(Error::BadImage { offset: 0x44, .. })));
    }

    #[test]
    fn maps_rvas_through_sections() -> Result<()> {
        let image = PeImage {
            machine: 0x14c,
            characteristics: 0,
            pe32_plus: false,
            sections: vec![Section {
                name: ".text".into(),
                virtual_size: 0x100,
                virtual_address: 0x2000,
                raw_size: 0x200,
                raw_pointer: 0x400,
                characteristics: 0,
            }],
            cli: CliHeader {
                major_runtime_version: 2,
                minor_runtime_version: 5,
                metadata: DataDirectory::default(),
                flags: 0,
                entry_point_token: 0,
                resources: DataDirectory::default(),
                strong_name_signature: DataDirectory::default(),
                vtable_fixups: DataDirectory::default(),
            },
        };
        assert_eq!(image.rva_to_offset(0x2010, "x")?, 0x410);
        assert!(image.rva_to_offset(0x1fff, "x").is_err());
        assert!(image.rva_to_offset(0x2200, "x").is_err());
        Ok(())
    }
}
