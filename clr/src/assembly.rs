//! A loaded assembly file: the PE image (§II.25), its metadata (§II.24) and
//! the typed views a runtime needs: identity, rows, signatures, user strings
//! and method bodies located through their RVAs.

use std::collections::HashMap;

use crate::il::MethodBody;
use crate::metadata::rows::{
    AssemblyRow, FieldRow, MemberRefRow, MethodDefRow, MethodSpecRow, ModuleRow, NestedClassRow, PropertyRow, Row,
    StandAloneSigRow, TypeDefRow, TypeSpecRow, Version,
};
use crate::metadata::signature::{self, MemberSig, MethodSig, PropertySig, SigType, StandAloneSig};
use crate::metadata::tables::{TableId, Token, USER_STRING_TOKEN};
use crate::metadata::Metadata;
use crate::pe::PeImage;
use crate::{Error, Result};

/// A parsed assembly (or module) file.
#[derive(Debug, Clone)]
pub struct Assembly {
    pub file: String,
    pub image: PeImage,
    pub metadata: Metadata,
    /// The `Assembly` row's name, or the module name for a bare module.
    pub name: String,
    /// The `Assembly` row's version (0.0.0.0 for a bare module).
    pub version: Version,
    pub module_name: String,
    /// The module's version id (§II.22.30), which Mono prints in stack traces.
    pub mvid: Option<[u8; 16]>,
    /// TypeDef row -> enclosing TypeDef row, from the NestedClass table.
    enclosing: HashMap<u32, u32>,
    bytes: Vec<u8>,
}

impl Assembly {
    /// Parses the PE image, CLI header and metadata of `bytes`; `file`
    /// names the assembly in errors.
    pub fn parse(bytes: &[u8], file: &str) -> Result<Assembly> {
        let image = PeImage::parse(bytes, file)?;
        let md_dir = image.cli.metadata;
        let md_bytes = image.slice(bytes, file, md_dir.rva, md_dir.size as usize)?;
        let md_bytes = md_bytes.get(..md_dir.size as usize).unwrap_or(md_bytes);
        let base = image.rva_to_offset(md_dir.rva, file)?;
        let metadata = Metadata::parse(md_bytes, base, file)?;
        let module: ModuleRow = metadata.row(1)?;
        let identity: Option<AssemblyRow> =
            if metadata.row_count::<AssemblyRow>() > 0 { Some(metadata.row(1)?) } else { None };
        let mut enclosing = HashMap::new();
        for n in metadata.rows::<NestedClassRow>().flatten() {
            enclosing.insert(n.nested, n.enclosing);
        }
        Ok(Assembly {
            file: file.to_string(),
            name: identity.as_ref().map_or_else(|| module.name.clone(), |a| a.name.clone()),
            version: identity.map(|a| a.version).unwrap_or_default(),
            module_name: module.name,
            mvid: module.mvid,
            image,
            metadata,
            enclosing,
            bytes: bytes.to_vec(),
        })
    }

    fn error(&self, table: Option<TableId>, row: Option<u32>, reason: impl Into<String>) -> Error {
        self.metadata.error(table, row, reason)
    }

    /// Row `row` (1-based) of `R`'s table.
    pub fn row<R: Row>(&self, row: u32) -> Result<R> {
        self.metadata.row(row)
    }

    /// Every row of `R`'s table, in order.
    pub fn rows<R: Row>(&self) -> impl Iterator<Item = Result<R>> + '_ {
        self.metadata.rows()
    }

    /// Every row of `R`'s table, or the first error.
    pub fn all<R: Row>(&self) -> Result<Vec<R>> {
        self.metadata.all()
    }

    /// The entry point token from the CLI header, if any.
    pub fn entry_point(&self) -> Option<Token> {
        Some(Token(self.image.cli.entry_point_token)).filter(|t| t.0 != 0)
    }

    /// The enclosing TypeDef row of a nested type.
    pub fn enclosing_type(&self, type_def: u32) -> Option<u32> {
        self.enclosing.get(&type_def).copied()
    }

    /// The full name of a TypeDef: `Namespace.Name`, with nested types
    /// written `Outer/Inner` (ILAsm style). Cyclic nesting is an error.
    pub fn type_name(&self, type_def: u32) -> Result<String> {
        let mut parts = Vec::new();
        let mut row = type_def;
        loop {
            let t: TypeDefRow = self.row(row)?;
            match self.enclosing_type(row) {
                Some(outer) => {
                    parts.push(t.name);
                    if parts.len() > self.metadata.row_count::<TypeDefRow>() as usize {
                        return Err(self.error(Some(TableId::NestedClass), None, format!("cyclic nesting of TypeDef {type_def}")));
                    }
                    row = outer;
                }
                None => {
                    parts.push(if t.namespace.is_empty() { t.name } else { format!("{}.{}", t.namespace, t.name) });
                    break;
                }
            }
        }
        parts.reverse();
        Ok(parts.join("/"))
    }

    /// The TypeDef row whose method list contains MethodDef `method`.
    pub fn method_owner(&self, method: u32) -> Result<Option<u32>> {
        for (i, t) in self.rows::<TypeDefRow>().enumerate() {
            if t?.methods.contains(&method) {
                return Ok(u32::try_from(i + 1).ok());
            }
        }
        Ok(None)
    }

    /// The blob at `#Blob` offset `index`.
    pub fn blob(&self, index: u32) -> Result<&[u8]> {
        self.metadata.blob(index)
    }

    /// The UTF-16 code units of an `ldstr` token (§II.24.2.4).
    pub fn user_string(&self, token: Token) -> Result<Vec<u16>> {
        if token.table_byte() != USER_STRING_TOKEN {
            return Err(self.error(None, None, format!("token {:#010x} is not a user string", token.0)));
        }
        self.metadata.user_strings.get(token.row(), &self.file)
    }

    /// The signature of a MethodDef.
    pub fn method_sig(&self, m: &MethodDefRow) -> Result<MethodSig> {
        signature::parse_method(self.blob(m.signature)?, &self.file)
    }

    /// The type of a Field.
    pub fn field_sig(&self, f: &FieldRow) -> Result<SigType> {
        signature::parse_field(self.blob(f.signature)?, &self.file)
    }

    /// The signature of a MemberRef (a method or a field).
    pub fn member_ref_sig(&self, m: &MemberRefRow) -> Result<MemberSig> {
        signature::parse_member(self.blob(m.signature)?, &self.file)
    }

    /// The signature of a Property.
    pub fn property_sig(&self, p: &PropertyRow) -> Result<PropertySig> {
        signature::parse_property(self.blob(p.signature)?, &self.file)
    }

    /// The type a TypeSpec stands for.
    pub fn type_spec_sig(&self, t: &TypeSpecRow) -> Result<SigType> {
        signature::parse_type_spec(self.blob(t.signature)?, &self.file)
    }

    /// The type arguments of a MethodSpec.
    pub fn method_spec_sig(&self, m: &MethodSpecRow) -> Result<Vec<SigType>> {
        signature::parse_method_spec(self.blob(m.instantiation)?, &self.file)
    }

    /// The signature of a StandAloneSig row (locals or a `calli` site).
    pub fn standalone_sig(&self, s: &StandAloneSigRow) -> Result<StandAloneSig> {
        signature::parse_standalone(self.blob(s.signature)?, &self.file)
    }

    /// The local variable types named by a body's `local_sig` token.
    pub fn locals(&self, token: Token) -> Result<Vec<SigType>> {
        if token.table() != Some(TableId::StandAloneSig) {
            return Err(self.error(None, None, format!("locals token {:#010x} is not a StandAloneSig", token.0)));
        }
        let s: StandAloneSigRow = self.row(token.row())?;
        signature::parse_locals(self.blob(s.signature)?, &self.file)
    }

    /// `len` bytes of initial data at `rva` (a field's RVA blob, §II.16.3).
    pub fn rva_bytes(&self, rva: u32, len: usize) -> Result<Vec<u8>> {
        let b = self.image.slice(&self.bytes, &self.file, rva, len)?;
        b.get(..len).map(<[u8]>::to_vec).ok_or_else(|| self.error(None, None, format!("field data at RVA {rva:#x} is too short")))
    }

    /// The method body at `rva` (§II.25.4), found through the section table.
    pub fn method_body(&self, rva: u32) -> Result<MethodBody> {
        let start = self.image.rva_to_offset(rva, &self.file)?;
        let b = self.image.slice(&self.bytes, &self.file, rva, 1)?;
        MethodBody::parse(b, start, &self.file)
    }
}
