//! Typed rows of the metadata tables (ECMA-335 §II.22). Each row type
//! implements [`Row`]; [`Metadata::row`](super::Metadata::row) reads one
//! by 1-based index, checking heap indices, table indices and coded indices
//! and resolving list columns (`FieldList`, `MethodList`, ...) to ranges.
//! Blob columns stay as `#Blob` offsets; the signature parsers read them.

use std::ops::Range;

use super::tables::{
    CodedKind, CustomAttributeType, HasConstant, HasCustomAttribute, HasDeclSecurity, HasFieldMarshal,
    HasSemantics, Implementation, MemberForwarded, MemberRefParent, MethodDefOrRef, ResolutionScope, TableId,
    TypeDefOrRef, TypeOrMethodDef,
};
use super::Metadata;
use crate::{Error, Result};

/// A table row type.
pub trait Row: Sized {
    const TABLE: TableId;
    fn read(c: &RowReader<'_>) -> Result<Self>;
}

/// Reads the columns of one row, producing errors that name the table and
/// row.
#[derive(Debug)]
pub struct RowReader<'a> {
    pub md: &'a Metadata,
    pub table: TableId,
    pub row: u32,
}

impl RowReader<'_> {
    pub fn error(&self, reason: impl Into<String>) -> Error {
        Error::Metadata {
            file: self.md.file.clone(),
            table: Some(self.table.name().to_string()),
            row: Some(self.row),
            reason: reason.into(),
        }
    }

    pub fn raw(&self, col: usize) -> Result<u32> {
        self.md.tables.table(self.table).get(self.row, col).ok_or_else(|| self.error("row out of range"))
    }

    pub fn u16(&self, col: usize) -> Result<u16> {
        self.raw(col).map(|v| (v & 0xffff) as u16)
    }

    pub fn string(&self, col: usize) -> Result<String> {
        let i = self.raw(col)?;
        self.md.strings.get(i, &self.md.file).map(str::to_string).map_err(|e| self.error(e.to_string()))
    }

    /// A `#Blob` offset, checked to name a well-formed blob.
    pub fn blob(&self, col: usize) -> Result<u32> {
        let i = self.raw(col)?;
        self.md.blobs.get(i, &self.md.file).map_err(|e| self.error(e.to_string()))?;
        Ok(i)
    }

    /// A simple index into `target` that must name an existing row.
    pub fn index(&self, col: usize, target: TableId) -> Result<u32> {
        let v = self.raw(col)?;
        if v == 0 || v > self.md.tables.rows(target) {
            return Err(self.error(format!("index {v} into {} is out of range", target.name())));
        }
        Ok(v)
    }

    /// A list column (§II.22: "marks the first of a contiguous run"),
    /// resolved to a half-open row range ending where the next row's run
    /// starts.
    pub fn list(&self, col: usize, target: TableId) -> Result<Range<u32>> {
        let limit = self.md.tables.rows(target) + 1;
        let start = self.raw(col)?;
        let next = self.md.tables.table(self.table).get(self.row + 1, col).unwrap_or(limit);
        if start == 0 || start > limit || next < start || next > limit {
            return Err(self.error(format!("{} list {start}..{next} is out of range 1..={limit}", target.name())));
        }
        Ok(start..next)
    }

    /// A coded index; `None` if it is null (row 0).
    pub fn coded<T>(&self, col: usize, kind: CodedKind, make: fn(TableId, u32) -> Option<T>) -> Result<Option<T>> {
        let v = self.raw(col)?;
        let (table, row) = kind.decode(v).ok_or_else(|| self.error(format!("bad {kind:?} coded index {v:#x}")))?;
        if row == 0 {
            return Ok(None);
        }
        if row > self.md.tables.rows(table) {
            return Err(self.error(format!("{kind:?} names {} row {row}, which does not exist", table.name())));
        }
        make(table, row).map(Some).ok_or_else(|| self.error(format!("bad {kind:?} coded index {v:#x}")))
    }

    /// A coded index that must not be null.
    pub fn coded_req<T>(&self, col: usize, kind: CodedKind, make: fn(TableId, u32) -> Option<T>) -> Result<T> {
        self.coded(col, kind, make)?.ok_or_else(|| self.error(format!("null {kind:?} coded index")))
    }
}

/// A four-part version number (§II.22.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Version {
    pub major: u16,
    pub minor: u16,
    pub build: u16,
    pub revision: u16,
}

impl std::fmt::Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}.{}.{}", self.major, self.minor, self.build, self.revision)
    }
}

macro_rules! row {
    ($(#[$doc:meta])* $name:ident = $table:ident { $($field:ident : $ty:ty = |$c:ident| $e:expr),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct $name { $(pub $field: $ty),* }

        impl Row for $name {
            const TABLE: TableId = TableId::$table;
            fn read(c: &RowReader<'_>) -> Result<Self> {
                $(let $field: $ty = { let $c = c; $e }?;)*
                Ok($name { $($field),* })
            }
        }
    };
}

use CodedKind as K;
use TableId as T;

row!(/// §II.22.30.
    ModuleRow = Module { generation: u16 = |c| c.u16(0), name: String = |c| c.string(1),
    mvid: Option<[u8; 16]> = |c| c.md.guids.get(c.raw(2)?, &c.md.file).map_err(|e| c.error(e.to_string())) });
row!(/// §II.22.38.
    TypeRefRow = TypeRef { scope: Option<ResolutionScope> = |c| c.coded(0, K::ResolutionScope, ResolutionScope::from_parts),
    name: String = |c| c.string(1), namespace: String = |c| c.string(2) });
row!(/// §II.22.37; `fields` and `methods` are row ranges of Field and MethodDef.
    TypeDefRow = TypeDef { flags: u32 = |c| c.raw(0), name: String = |c| c.string(1), namespace: String = |c| c.string(2),
    extends: Option<TypeDefOrRef> = |c| c.coded(3, K::TypeDefOrRef, TypeDefOrRef::from_parts),
    fields: Range<u32> = |c| c.list(4, T::Field), methods: Range<u32> = |c| c.list(5, T::MethodDef) });
row!(/// §II.22.15.
    FieldRow = Field { flags: u16 = |c| c.u16(0), name: String = |c| c.string(1), signature: u32 = |c| c.blob(2) });
row!(/// §II.22.26; `params` is a row range of Param.
    MethodDefRow = MethodDef { rva: u32 = |c| c.raw(0), impl_flags: u16 = |c| c.u16(1), flags: u16 = |c| c.u16(2),
    name: String = |c| c.string(3), signature: u32 = |c| c.blob(4), params: Range<u32> = |c| c.list(5, T::Param) });
row!(/// §II.22.33.
    ParamRow = Param { flags: u16 = |c| c.u16(0), sequence: u16 = |c| c.u16(1), name: String = |c| c.string(2) });
row!(/// §II.22.23.
    InterfaceImplRow = InterfaceImpl { class: u32 = |c| c.index(0, T::TypeDef),
    interface: TypeDefOrRef = |c| c.coded_req(1, K::TypeDefOrRef, TypeDefOrRef::from_parts) });
row!(/// §II.22.25.
    MemberRefRow = MemberRef { parent: MemberRefParent = |c| c.coded_req(0, K::MemberRefParent, MemberRefParent::from_parts),
    name: String = |c| c.string(1), signature: u32 = |c| c.blob(2) });
row!(/// §II.22.9; `ty` is an `ELEMENT_TYPE_*` byte.
    ConstantRow = Constant { ty: u8 = |c| c.raw(0).map(|v| (v & 0xff) as u8),
    parent: HasConstant = |c| c.coded_req(1, K::HasConstant, HasConstant::from_parts), value: u32 = |c| c.blob(2) });
row!(/// §II.22.10.
    CustomAttributeRow = CustomAttribute {
    parent: HasCustomAttribute = |c| c.coded_req(0, K::HasCustomAttribute, HasCustomAttribute::from_parts),
    ctor: CustomAttributeType = |c| c.coded_req(1, K::CustomAttributeType, CustomAttributeType::from_parts),
    value: u32 = |c| c.blob(2) });
row!(/// §II.22.17.
    FieldMarshalRow = FieldMarshal { parent: HasFieldMarshal = |c| c.coded_req(0, K::HasFieldMarshal, HasFieldMarshal::from_parts),
    native_type: u32 = |c| c.blob(1) });
row!(/// §II.22.11.
    DeclSecurityRow = DeclSecurity { action: u16 = |c| c.u16(0),
    parent: HasDeclSecurity = |c| c.coded_req(1, K::HasDeclSecurity, HasDeclSecurity::from_parts),
    permission_set: u32 = |c| c.blob(2) });
row!(/// §II.22.8.
    ClassLayoutRow = ClassLayout { packing_size: u16 = |c| c.u16(0), class_size: u32 = |c| c.raw(1),
    parent: u32 = |c| c.index(2, T::TypeDef) });
row!(/// §II.22.16.
    FieldLayoutRow = FieldLayout { offset: u32 = |c| c.raw(0), field: u32 = |c| c.index(1, T::Field) });
row!(/// §II.22.36.
    StandAloneSigRow = StandAloneSig { signature: u32 = |c| c.blob(0) });
row!(/// §II.22.12; `events` is a row range of Event.
    EventMapRow = EventMap { parent: u32 = |c| c.index(0, T::TypeDef), events: Range<u32> = |c| c.list(1, T::Event) });
row!(/// §II.22.13.
    EventRow = Event { flags: u16 = |c| c.u16(0), name: String = |c| c.string(1),
    event_type: Option<TypeDefOrRef> = |c| c.coded(2, K::TypeDefOrRef, TypeDefOrRef::from_parts) });
row!(/// §II.22.35; `properties` is a row range of Property.
    PropertyMapRow = PropertyMap { parent: u32 = |c| c.index(0, T::TypeDef),
    properties: Range<u32> = |c| c.list(1, T::Property) });
row!(/// §II.22.34.
    PropertyRow = Property { flags: u16 = |c| c.u16(0), name: String = |c| c.string(1), signature: u32 = |c| c.blob(2) });
row!(/// §II.22.28.
    MethodSemanticsRow = MethodSemantics { semantics: u16 = |c| c.u16(0), method: u32 = |c| c.index(1, T::MethodDef),
    association: HasSemantics = |c| c.coded_req(2, K::HasSemantics, HasSemantics::from_parts) });
row!(/// §II.22.27.
    MethodImplRow = MethodImpl { class: u32 = |c| c.index(0, T::TypeDef),
    body: MethodDefOrRef = |c| c.coded_req(1, K::MethodDefOrRef, MethodDefOrRef::from_parts),
    declaration: MethodDefOrRef = |c| c.coded_req(2, K::MethodDefOrRef, MethodDefOrRef::from_parts) });
row!(/// §II.22.31.
    ModuleRefRow = ModuleRef { name: String = |c| c.string(0) });
row!(/// §II.22.39.
    TypeSpecRow = TypeSpec { signature: u32 = |c| c.blob(0) });
row!(/// §II.22.22.
    ImplMapRow = ImplMap { flags: u16 = |c| c.u16(0),
    member: MemberForwarded = |c| c.coded_req(1, K::MemberForwarded, MemberForwarded::from_parts),
    import_name: String = |c| c.string(2), import_scope: u32 = |c| c.index(3, T::ModuleRef) });
row!(/// §II.22.18.
    FieldRvaRow = FieldRva { rva: u32 = |c| c.raw(0), field: u32 = |c| c.index(1, T::Field) });
row!(/// §II.22.2.
    AssemblyRow = Assembly { hash_alg: u32 = |c| c.raw(0),
    version: Version = |c| Ok(Version { major: c.u16(1)?, minor: c.u16(2)?, build: c.u16(3)?, revision: c.u16(4)? }),
    flags: u32 = |c| c.raw(5), public_key: u32 = |c| c.blob(6), name: String = |c| c.string(7),
    culture: String = |c| c.string(8) });
row!(/// §II.22.5.
    AssemblyRefRow = AssemblyRef {
    version: Version = |c| Ok(Version { major: c.u16(0)?, minor: c.u16(1)?, build: c.u16(2)?, revision: c.u16(3)? }),
    flags: u32 = |c| c.raw(4), public_key_or_token: u32 = |c| c.blob(5), name: String = |c| c.string(6),
    culture: String = |c| c.string(7), hash_value: u32 = |c| c.blob(8) });
row!(/// §II.22.19.
    FileRow = File { flags: u32 = |c| c.raw(0), name: String = |c| c.string(1), hash_value: u32 = |c| c.blob(2) });
row!(/// §II.22.14.
    ExportedTypeRow = ExportedType { flags: u32 = |c| c.raw(0), type_def_id: u32 = |c| c.raw(1),
    name: String = |c| c.string(2), namespace: String = |c| c.string(3),
    implementation: Option<Implementation> = |c| c.coded(4, K::Implementation, Implementation::from_parts) });
row!(/// §II.22.24; `implementation` is `None` for resources in this file.
    ManifestResourceRow = ManifestResource { offset: u32 = |c| c.raw(0), flags: u32 = |c| c.raw(1),
    name: String = |c| c.string(2),
    implementation: Option<Implementation> = |c| c.coded(3, K::Implementation, Implementation::from_parts) });
row!(/// §II.22.32.
    NestedClassRow = NestedClass { nested: u32 = |c| c.index(0, T::TypeDef), enclosing: u32 = |c| c.index(1, T::TypeDef) });
row!(/// §II.22.20.
    GenericParamRow = GenericParam { number: u16 = |c| c.u16(0), flags: u16 = |c| c.u16(1),
    owner: TypeOrMethodDef = |c| c.coded_req(2, K::TypeOrMethodDef, TypeOrMethodDef::from_parts),
    name: String = |c| c.string(3) });
row!(/// §II.22.29.
    MethodSpecRow = MethodSpec { method: MethodDefOrRef = |c| c.coded_req(0, K::MethodDefOrRef, MethodDefOrRef::from_parts),
    instantiation: u32 = |c| c.blob(1) });
row!(/// §II.22.21.
    GenericParamConstraintRow = GenericParamConstraint { owner: u32 = |c| c.index(0, T::GenericParam),
    constraint: TypeDefOrRef = |c| c.coded_req(1, K::TypeDefOrRef, TypeDefOrRef::from_parts) });
