//! The `#~` table stream (ECMA-335 §II.24.2.6): table identifiers, the
//! column schema of every table in §II.22, coded indices (§II.24.2.6) and
//! the reader that turns the stream into raw rows of `u32` columns. Typed
//! rows are built on top of these in `rows.rs`.

use crate::reader::Reader;
use crate::{Error, Result};

macro_rules! tables {
    ($($name:ident = $id:literal),* $(,)?) => {
        /// A metadata table (§II.22), numbered as in the `Valid` bit vector.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum TableId { $($name = $id),* }

        impl TableId {
            /// Every table, in numeric order.
            pub const ALL: &'static [TableId] = &[$(TableId::$name),*];

            /// The table with number `n`, if ECMA-335 defines one.
            pub fn from_u8(n: u8) -> Option<TableId> {
                match n { $($id => Some(TableId::$name),)* _ => None }
            }

            /// The table's name as written in §II.22.
            pub fn name(self) -> &'static str {
                match self { $(TableId::$name => stringify!($name)),* }
            }
        }
    };
}

tables! {
    Module = 0x00, TypeRef = 0x01, TypeDef = 0x02, FieldPtr = 0x03, Field = 0x04, MethodPtr = 0x05,
    MethodDef = 0x06, ParamPtr = 0x07, Param = 0x08, InterfaceImpl = 0x09, MemberRef = 0x0a,
    Constant = 0x0b, CustomAttribute = 0x0c, FieldMarshal = 0x0d, DeclSecurity = 0x0e,
    ClassLayout = 0x0f, FieldLayout = 0x10, StandAloneSig = 0x11, EventMap = 0x12, EventPtr = 0x13,
    Event = 0x14, PropertyMap = 0x15, PropertyPtr = 0x16, Property = 0x17, MethodSemantics = 0x18,
    MethodImpl = 0x19, ModuleRef = 0x1a, TypeSpec = 0x1b, ImplMap = 0x1c, FieldRva = 0x1d,
    EncLog = 0x1e, EncMap = 0x1f, Assembly = 0x20, AssemblyProcessor = 0x21, AssemblyOs = 0x22,
    AssemblyRef = 0x23, AssemblyRefProcessor = 0x24, AssemblyRefOs = 0x25, File = 0x26,
    ExportedType = 0x27, ManifestResource = 0x28, NestedClass = 0x29, GenericParam = 0x2a,
    MethodSpec = 0x2b, GenericParamConstraint = 0x2c,
}

/// A metadata token (§II.22): table number in the top byte, 1-based row in
/// the low 24 bits. `#US` string tokens use table byte 0x70.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Token(pub u32);

/// The table byte of a user-string token (`ldstr`).
pub const USER_STRING_TOKEN: u8 = 0x70;

impl Token {
    pub fn new(table: TableId, row: u32) -> Token {
        Token(((table as u32) << 24) | (row & 0x00ff_ffff))
    }

    /// The token's table, or `None` for user strings and unknown tables.
    pub fn table(self) -> Option<TableId> {
        TableId::from_u8(self.table_byte())
    }

    pub fn table_byte(self) -> u8 {
        (self.0 >> 24) as u8
    }

    pub fn row(self) -> u32 {
        self.0 & 0x00ff_ffff
    }
}

macro_rules! coded_indices {
    ($($(#[$doc:meta])* $name:ident: $bits:literal [$($tag:ident),*];)*) => {
        /// Which coded-index kind a column holds (§II.24.2.6).
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum CodedKind { $($name),* }

        impl CodedKind {
            /// Tag width in bits and the tables named by the macro.
            fn declared_tags(self) -> (u32, &'static [Option<TableId>]) {
                match self { $(CodedKind::$name => ($bits, &[$(coded_indices!(@tag $tag)),*])),* }
            }
        }

        $(
            $(#[$doc])*
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
            pub enum $name { $($tag(u32)),* }

            impl $name {
                /// Builds the variant for a non-null `(table, row)` pair.
                pub fn from_parts(table: TableId, row: u32) -> Option<$name> {
                    match table { $(TableId::$tag => Some($name::$tag(row)),)* _ => None }
                }

                /// The referenced row as a metadata token.
                pub fn token(self) -> Token {
                    match self { $($name::$tag(row) => Token::new(TableId::$tag, row)),* }
                }
            }
        )*
    };
    (@tag $tag:ident) => { Some(TableId::$tag) };
}

coded_indices! {
    /// `TypeDefOrRef`: the base of a type, an interface, a constraint.
    TypeDefOrRef: 2 [TypeDef, TypeRef, TypeSpec];
    /// `HasConstant`: the owner of a `Constant` row.
    HasConstant: 2 [Field, Param, Property];
    /// `HasCustomAttribute`: anything an attribute can annotate.
    HasCustomAttribute: 5 [MethodDef, Field, TypeRef, TypeDef, Param, InterfaceImpl, MemberRef, Module,
        DeclSecurity, Property, Event, StandAloneSig, ModuleRef, TypeSpec, Assembly, AssemblyRef, File,
        ExportedType, ManifestResource, GenericParam, GenericParamConstraint, MethodSpec];
    /// `HasFieldMarshal`: a field or parameter with marshalling info.
    HasFieldMarshal: 1 [Field, Param];
    /// `HasDeclSecurity`: the owner of a security declaration.
    HasDeclSecurity: 2 [TypeDef, MethodDef, Assembly];
    /// `MemberRefParent`: the class of a `MemberRef`.
    MemberRefParent: 3 [TypeDef, TypeRef, ModuleRef, MethodDef, TypeSpec];
    /// `HasSemantics`: the event or property of a `MethodSemantics` row.
    HasSemantics: 1 [Event, Property];
    /// `MethodDefOrRef`.
    MethodDefOrRef: 1 [MethodDef, MemberRef];
    /// `MemberForwarded`: the member of an `ImplMap` row.
    MemberForwarded: 1 [Field, MethodDef];
    /// `Implementation`: where an exported type or resource lives.
    Implementation: 2 [File, AssemblyRef, ExportedType];
    /// `CustomAttributeType`: the constructor of an attribute (tags 0, 1
    /// and 4 are unused).
    CustomAttributeType: 3 [MethodDef, MemberRef];
    /// `ResolutionScope`: where a `TypeRef` is defined.
    ResolutionScope: 2 [Module, ModuleRef, AssemblyRef, TypeRef];
    /// `TypeOrMethodDef`: the owner of a generic parameter.
    TypeOrMethodDef: 1 [TypeDef, MethodDef];
}

impl CodedKind {
    /// Tag width in bits and the table of each tag (`None` for tags that
    /// ECMA-335 marks unused, as in `CustomAttributeType`).
    pub fn tag_table(self) -> (u32, &'static [Option<TableId>]) {
        const CA: &[Option<TableId>] = &[None, None, Some(TableId::MethodDef), Some(TableId::MemberRef), None];
        match self {
            CodedKind::CustomAttributeType => (3, CA),
            _ => self.declared_tags(),
        }
    }

    /// Splits a raw coded value into its table and row (row 0 = null).
    pub fn decode(self, value: u32) -> Option<(TableId, u32)> {
        let (bits, tags) = self.tag_table();
        let tag = value & ((1 << bits) - 1);
        let table = (*tags.get(tag as usize)?)?;
        Some((table, value >> bits))
    }
}

/// The type of one column (§II.22).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Col {
    U16,
    U32,
    Str,
    Guid,
    Blob,
    Index(TableId),
    Coded(CodedKind),
}

/// The columns of `table`, in file order (§II.22.2–§II.22.39).
pub fn schema(table: TableId) -> &'static [Col] {
    use CodedKind as C;
    use Col::{Blob, Coded, Guid, Index, Str, U16, U32};
    use TableId as T;
    match table {
        T::Module => &[U16, Str, Guid, Guid, Guid],
        T::TypeRef => &[Coded(C::ResolutionScope), Str, Str],
        T::TypeDef => &[U32, Str, Str, Coded(C::TypeDefOrRef), Index(T::Field), Index(T::MethodDef)],
        T::FieldPtr => &[Index(T::Field)],
        T::Field => &[U16, Str, Blob],
        T::MethodPtr => &[Index(T::MethodDef)],
        T::MethodDef => &[U32, U16, U16, Str, Blob, Index(T::Param)],
        T::ParamPtr => &[Index(T::Param)],
        T::Param => &[U16, U16, Str],
        T::InterfaceImpl => &[Index(T::TypeDef), Coded(C::TypeDefOrRef)],
        T::MemberRef => &[Coded(C::MemberRefParent), Str, Blob],
        T::Constant => &[U16, Coded(C::HasConstant), Blob],
        T::CustomAttribute => &[Coded(C::HasCustomAttribute), Coded(C::CustomAttributeType), Blob],
        T::FieldMarshal => &[Coded(C::HasFieldMarshal), Blob],
        T::DeclSecurity => &[U16, Coded(C::HasDeclSecurity), Blob],
        T::ClassLayout => &[U16, U32, Index(T::TypeDef)],
        T::FieldLayout => &[U32, Index(T::Field)],
        T::StandAloneSig => &[Blob],
        T::EventMap => &[Index(T::TypeDef), Index(T::Event)],
        T::EventPtr => &[Index(T::Event)],
        T::Event => &[U16, Str, Coded(C::TypeDefOrRef)],
        T::PropertyMap => &[Index(T::TypeDef), Index(T::Property)],
        T::PropertyPtr => &[Index(T::Property)],
        T::Property => &[U16, Str, Blob],
        T::MethodSemantics => &[U16, Index(T::MethodDef), Coded(C::HasSemantics)],
        T::MethodImpl => &[Index(T::TypeDef), Coded(C::MethodDefOrRef), Coded(C::MethodDefOrRef)],
        T::ModuleRef => &[Str],
        T::TypeSpec => &[Blob],
        T::ImplMap => &[U16, Coded(C::MemberForwarded), Str, Index(T::ModuleRef)],
        T::FieldRva => &[U32, Index(T::Field)],
        T::EncLog => &[U32, U32],
        T::EncMap => &[U32],
        T::Assembly => &[U32, U16, U16, U16, U16, U32, Blob, Str, Str],
        T::AssemblyProcessor => &[U32],
        T::AssemblyOs => &[U32, U32, U32],
        T::AssemblyRef => &[U16, U16, U16, U16, U32, Blob, Str, Str, Blob],
        T::AssemblyRefProcessor => &[U32, Index(T::AssemblyRef)],
        T::AssemblyRefOs => &[U32, U32, U32, Index(T::AssemblyRef)],
        T::File => &[U32, Str, Blob],
        T::ExportedType => &[U32, U32, Str, Str, Coded(C::Implementation)],
        T::ManifestResource => &[U32, U32, Str, Coded(C::Implementation)],
        T::NestedClass => &[Index(T::TypeDef), Index(T::TypeDef)],
        T::GenericParam => &[U16, U16, Coded(C::TypeOrMethodDef), Str],
        T::MethodSpec => &[Coded(C::MethodDefOrRef), Blob],
        T::GenericParamConstraint => &[Index(T::GenericParam), Coded(C::TypeDefOrRef)],
    }
}

/// One table's rows, each a fixed number of decoded `u32` columns.
#[derive(Debug, Clone, Default)]
pub struct RawTable {
    pub rows: u32,
    pub columns: usize,
    data: Vec<u32>,
}

impl RawTable {
    /// Column `col` of 1-based `row`, or `None` if out of range.
    pub fn get(&self, row: u32, col: usize) -> Option<u32> {
        if row == 0 || row > self.rows || col >= self.columns {
            return None;
        }
        self.data.get((row as usize - 1) * self.columns + col).copied()
    }
}

/// The decoded `#~` stream.
#[derive(Debug, Clone)]
pub struct Tables {
    pub major_version: u8,
    pub minor_version: u8,
    /// The `HeapSizes` flags (§II.24.2.6).
    pub heap_sizes: u8,
    /// The `Sorted` bit vector.
    pub sorted: u64,
    tables: Vec<RawTable>,
}

impl Tables {
    /// Reads the `#~` stream in `bytes`, which starts at file offset `base`.
    pub fn parse(bytes: &[u8], base: usize, file: &str) -> Result<Tables> {
        let mut r = Reader::new(bytes, base, file);
        let _reserved = r.u32()?;
        let major_version = r.u8()?;
        let minor_version = r.u8()?;
        let heap_sizes = r.u8()?;
        let _reserved = r.u8()?;
        let valid = r.u64()?;
        let sorted = r.u64()?;
        let mut counts = [0u32; 64];
        for (bit, count) in counts.iter_mut().enumerate() {
            if valid & (1u64 << bit) != 0 {
                if TableId::from_u8(bit as u8).is_none() {
                    return Err(Error::Unsupported(format!("{file}: metadata table {bit:#x} is not defined by ECMA-335")));
                }
                *count = r.u32()?;
                if *count > 0x00ff_ffff {
                    return Err(r.error(format!("table {bit:#x} claims {count} rows")));
                }
            }
        }
        if heap_sizes & 0x40 != 0 {
            let _extra_data = r.u32()?;
        }
        let heap_wide = |flag: u8| heap_sizes & flag != 0;
        let width = |col: Col| -> usize {
            let wide = match col {
                Col::U16 => return 2,
                Col::U32 => return 4,
                Col::Str => heap_wide(0x01),
                Col::Guid => heap_wide(0x02),
                Col::Blob => heap_wide(0x04),
                Col::Index(t) => counts.get(t as usize).copied().unwrap_or(0) > 0xffff,
                Col::Coded(k) => {
                    let (bits, tags) = k.tag_table();
                    let max = tags.iter().flatten().map(|t| counts.get(*t as usize).copied().unwrap_or(0)).max();
                    max.unwrap_or(0) >= (1u32 << (16 - bits))
                }
            };
            if wide {
                4
            } else {
                2
            }
        };
        let mut tables = Vec::with_capacity(TableId::ALL.len());
        for &t in TableId::ALL {
            let rows = counts.get(t as usize).copied().unwrap_or(0);
            let cols = schema(t);
            let widths: Vec<usize> = cols.iter().map(|&c| width(c)).collect();
            let row_size: usize = widths.iter().sum();
            let total = (rows as usize).checked_mul(row_size).filter(|&n| n <= r.remaining()).ok_or_else(|| {
                r.error(format!("table {} of {rows} rows x {row_size} bytes runs past the stream", t.name()))
            })?;
            let mut tr = Reader::new(r.bytes(total)?, r.offset().saturating_sub(total), file);
            let mut data = Vec::with_capacity(rows as usize * cols.len());
            for _ in 0..rows {
                for &w in &widths {
                    data.push(tr.index(w == 4)?);
                }
            }
            tables.push(RawTable { rows, columns: cols.len(), data });
        }
        Ok(Tables { major_version, minor_version, heap_sizes, sorted, tables })
    }

    /// The raw rows of `table` (empty if the table is absent).
    pub fn table(&self, table: TableId) -> &RawTable {
        static EMPTY: RawTable = RawTable { rows: 0, columns: 0, data: Vec::new() };
        self.tables.get(table as usize).unwrap_or(&EMPTY)
    }

    /// The number of rows in `table`.
    pub fn rows(&self, table: TableId) -> u32 {
        self.table(table).rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coded_indices_decode() {
        assert_eq!(CodedKind::TypeDefOrRef.decode(0x11), Some((TableId::TypeRef, 4)));
        assert_eq!(CodedKind::TypeDefOrRef.decode(0x03), None);
        assert_eq!(CodedKind::CustomAttributeType.decode(0x0a), Some((TableId::MethodDef, 1)));
        assert_eq!(CodedKind::CustomAttributeType.decode(0x08), None);
        assert_eq!(CodedKind::HasCustomAttribute.decode(0x2e), Some((TableId::Assembly, 1)));
        assert_eq!(TypeDefOrRef::from_parts(TableId::TypeSpec, 2), Some(TypeDefOrRef::TypeSpec(2)));
        assert_eq!(TypeDefOrRef::TypeRef(5).token(), Token(0x0100_0005));
    }

    #[test]
    fn tokens_split() {
        let t = Token(0x0600_0012);
        assert_eq!(t.table(), Some(TableId::MethodDef));
        assert_eq!(t.row(), 0x12);
        assert_eq!(Token(0x7000_0001).table(), None);
        assert_eq!(TableId::from_u8(0x2c), Some(TableId::GenericParamConstraint));
        assert_eq!(TableId::from_u8(0x2d), None);
    }

    #[test]
    fn truncated_stream_is_an_error() {
        let mut b = vec![0u8; 24];
        b[8] = 0x01; // Module present
        assert!(Tables::parse(&b, 0, "t").is_err());
        b.extend_from_slice(&[1, 0, 0, 0]);
        assert!(Tables::parse(&b, 0, "t").is_err());
        b.extend_from_slice(&[0; 10]);
        assert!(Tables::parse(&b, 0, "t").is_ok());
    }
}
