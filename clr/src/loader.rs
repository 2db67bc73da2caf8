//! Type loading (ECMA-335 §II.10, §II.22): resolving tokens and signatures
//! to closed types, computing instance and static layouts, and linking a
//! type into the runtime (vtable, descriptor). Interface dispatch is
//! resolved lazily, on the first call through each selector
//! ([`Clr::resolve_interface`]).

use crate::assembly::Assembly;
use crate::metadata::rows::{
    ClassLayoutRow, FieldLayoutRow, FieldRow, FieldRvaRow, InterfaceImplRow, MemberRefRow, MethodDefRow, MethodImplRow,
    MethodSpecRow, TypeDefRow, TypeRefRow, TypeSpecRow,
};
use crate::metadata::signature::{MemberSig, MethodSig, SigType};
use crate::metadata::tables::{MemberRefParent, MethodDefOrRef, ResolutionScope, TableId, Token, TypeDefOrRef};
use crate::model::{
    mflags, AsmIdx, BodyKind, FieldInfo, InitState, Kind, Layout, Linked, MIdx, MethodInfo, Prim, Repr, Statics, TyId,
    TyInfo, TyKey,
};
use crate::vm::{Clr, LoadError, LResult};
use std::cell::{Cell, OnceCell};
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::atomic::AtomicU8;
use substrate::descs::{DescPtr, DescSpec, StaticsBlock};
use substrate::jit::Shape;
use substrate::layout::{TypeKind, HEADER_SIZE};
use substrate::runtime::{TypeEntry, INIT_DONE};
use substrate::{CoreType, TypeId};

/// One loaded assembly and its lookup indexes.
#[derive(Debug)]
pub struct AsmData {
    pub asm: Assembly,
    /// (namespace, name) of top-level types -> TypeDef row.
    pub top: HashMap<(String, String), u32>,
    /// (enclosing row, name) -> nested TypeDef row.
    pub nested: HashMap<(u32, String), u32>,
    /// MethodDef row -> owning TypeDef row.
    pub method_owner: Vec<u32>,
    /// Field row -> owning TypeDef row.
    pub field_owner: Vec<u32>,
    /// TypeDef row -> InterfaceImpl interfaces.
    pub interfaces: HashMap<u32, Vec<TypeDefOrRef>>,
    /// TypeDef row -> (body, declaration) of MethodImpl rows.
    pub impls: HashMap<u32, Vec<(MethodDefOrRef, MethodDefOrRef)>>,
    pub field_rva: HashMap<u32, u32>,
    pub field_offsets: HashMap<u32, u32>,
    pub class_size: HashMap<u32, u32>,
    /// TypeDef row -> number of its generic parameters (generic types only).
    /// Variance (`GenericParamAttributes & 3`: 1 covariant, 2 contravariant)
    /// of each generic parameter of a TypeDef, by position.
    pub type_generic_params: HashMap<u32, Vec<u16>>,
    /// A stub assembly: its types are the other VM's classes (`foreign`).
    pub stubs: Cell<bool>,
}

impl AsmData {
    pub fn new(asm: Assembly) -> crate::Result<AsmData> {
        let defs: Vec<TypeDefRow> = asm.all()?;
        let mut top = HashMap::new();
        let mut nested = HashMap::new();
        let n_methods = asm.metadata.row_count::<MethodDefRow>() as usize;
        let n_fields = asm.metadata.row_count::<FieldRow>() as usize;
        let mut method_owner = vec![0; n_methods + 1];
        let mut field_owner = vec![0; n_fields + 1];
        for (i, t) in defs.iter().enumerate() {
            let row = i as u32 + 1;
            match asm.enclosing_type(row) {
                Some(outer) => {
                    nested.insert((outer, t.name.clone()), row);
                }
                None => {
                    top.insert((t.namespace.clone(), t.name.clone()), row);
                }
            }
            for m in t.methods.clone() {
                if let Some(slot) = method_owner.get_mut(m as usize) {
                    *slot = row;
                }
            }
            for f in t.fields.clone() {
                if let Some(slot) = field_owner.get_mut(f as usize) {
                    *slot = row;
                }
            }
        }
        let mut interfaces: HashMap<u32, Vec<TypeDefOrRef>> = HashMap::new();
        for r in asm.rows::<InterfaceImplRow>() {
            let r = r?;
            interfaces.entry(r.class).or_default().push(r.interface);
        }
        let mut impls: HashMap<u32, Vec<_>> = HashMap::new();
        for r in asm.rows::<MethodImplRow>() {
            let r = r?;
            impls.entry(r.class).or_default().push((r.body, r.declaration));
        }
        let mut field_rva = HashMap::new();
        for r in asm.rows::<FieldRvaRow>() {
            let r = r?;
            field_rva.insert(r.field, r.rva);
        }
        let mut field_offsets = HashMap::new();
        for r in asm.rows::<FieldLayoutRow>() {
            let r = r?;
            field_offsets.insert(r.field, r.offset);
        }
        let mut class_size = HashMap::new();
        for r in asm.rows::<ClassLayoutRow>() {
            let r = r?;
            class_size.insert(r.parent, r.class_size);
        }
        let mut type_generic_params = HashMap::new();
        for r in asm.rows::<crate::metadata::rows::GenericParamRow>().flatten() {
            if let crate::metadata::tables::TypeOrMethodDef::TypeDef(d) = r.owner {
                let v: &mut Vec<u16> = type_generic_params.entry(d).or_default();
                let i = usize::from(r.number);
                if v.len() <= i {
                    v.resize(i + 1, 0);
                }
                v[i] = r.flags & 3;
            }
        }
        Ok(AsmData {
            asm,
            top,
            nested,
            method_owner,
            field_owner,
            interfaces,
            impls,
            field_rva,
            field_offsets,
            class_size,
            type_generic_params,
            stubs: Cell::new(false),
        })
    }
}

/// The generic context signatures are resolved in.
#[derive(Debug, Clone, Copy, Default)]
pub struct Ctx<'a> {
    pub targs: &'a [TyId],
    pub margs: &'a [TyId],
}

const TD_INTERFACE: u32 = 0x20;
const TD_EXPLICIT_LAYOUT: u32 = 0x10;
const FD_STATIC: u16 = 0x10;
const FD_LITERAL: u16 = 0x40;

fn round(n: u32, a: u32) -> u32 {
    n.div_ceil(a.max(1)) * a.max(1)
}

impl Clr {
    pub fn asm(&self, a: AsmIdx) -> Rc<AsmData> {
        self.asms.borrow()[a as usize].clone()
    }

    pub fn ty(&self, t: TyId) -> Rc<TyInfo> {
        self.types.borrow()[t.0 as usize].clone()
    }

    pub fn method(&self, m: MIdx) -> Rc<MethodInfo> {
        self.methods.borrow()[m.0 as usize].clone()
    }

    /// A type of mscorlib by full name (`System.Int32`, nested `A/B`).
    pub fn corlib_type(&self, name: &str) -> LResult<TyId> {
        self.named_type(0, name, Vec::new())
    }

    /// A type by full name in an assembly.
    pub fn named_type(&self, a: AsmIdx, name: &str, args: Vec<TyId>) -> LResult<TyId> {
        let data = self.asm(a);
        let mut parts = name.split('/');
        let first = parts.next().unwrap_or_default();
        let (ns, n) = first.rsplit_once('.').unwrap_or(("", first));
        let mut row = *data
            .top
            .get(&(ns.to_string(), n.to_string()))
            .ok_or_else(|| LoadError::type_load(format!("Could not load type '{name}' from assembly '{}'.", data.asm.name)))?;
        for p in parts {
            row = *data.nested.get(&(row, p.to_string())).ok_or_else(|| LoadError::type_load(format!("Could not load type '{name}'.")))?;
        }
        self.intern(TyKey::Def { asm: a, def: row, args })
    }

    pub fn prim(&self, p: Prim) -> TyId {
        let i = Prim::ALL.iter().position(|&q| q == p).unwrap_or(0);
        match self.prims.get(i) {
            Some(&t) => t,
            // While the primitives themselves are being interned.
            None => self.corlib_type(p.type_name()).unwrap_or(TyId(0)),
        }
    }

    /// Interns a type, creating its record on first sight.
    pub fn intern(&self, key: TyKey) -> LResult<TyId> {
        if let Some(&t) = self.by_key.borrow().get(&key) {
            return Ok(t);
        }
        let info = self.make_type(&key)?;
        if let Some(&t) = self.by_key.borrow().get(&key) {
            return Ok(t);
        }
        let mut types = self.types.borrow_mut();
        let id = TyId(types.len() as u32);
        types.push(Rc::new(info));
        self.by_key.borrow_mut().insert(key, id);
        Ok(id)
    }

    fn blank(&self, key: TyKey, kind: Kind, name: String) -> TyInfo {
        TyInfo {
            key,
            kind,
            name,
            asm: 0,
            def: 0,
            args: Vec::new(),
            flags: 0,
            parent: None,
            interfaces: OnceCell::new(),
            layout: OnceCell::new(),
            statics: OnceCell::new(),
            methods: OnceCell::new(),
            linked: OnceCell::new(),
            init: Cell::new(InitState::Done),
            is_delegate: false,
        }
    }

    fn make_type(&self, key: &TyKey) -> LResult<TyInfo> {
        Ok(match key {
            TyKey::Void => self.blank(key.clone(), Kind::Void, "System.Void".into()),
            TyKey::MVar(n) => self.blank(key.clone(), Kind::MVar(*n), format!("!!{n}")),
            TyKey::Var(n) => self.blank(key.clone(), Kind::Var(*n), format!("!{n}")),
            TyKey::ByRef(e) => self.blank(key.clone(), Kind::ByRef(*e), format!("{}&", self.ty(*e).name)),
            TyKey::Ptr(e) => self.blank(key.clone(), Kind::Ptr(*e), format!("{}*", self.ty(*e).name)),
            TyKey::SzArray(e) => {
                let mut t = self.blank(key.clone(), Kind::SzArray(*e), format!("{}[]", self.ty(*e).name));
                t.parent = Some(self.corlib_type("System.Array")?);
                t
            }
            TyKey::MdArray(e, rank) => {
                let commas = ",".repeat(rank.saturating_sub(1) as usize);
                let name = if *rank == 1 { format!("{}[*]", self.ty(*e).name) } else { format!("{}[{commas}]", self.ty(*e).name) };
                let mut t = self.blank(key.clone(), Kind::MdArray(*e, *rank), name);
                t.parent = Some(self.corlib_type("System.Array")?);
                t
            }
            TyKey::Def { asm, def, args } => self.make_def(key, *asm, *def, args)?,
            TyKey::Foreign(rt_ty) => {
                let rt = self.rt();
                let (name, parent, kind) = rt
                    .with_type(*rt_ty, |e| (e.name.clone(), e.parent, e.desc.get().kind))
                    .ok_or_else(|| LoadError::type_load("unknown runtime type"))?;
                let kind = if kind == TypeKind::Interface as u32 { Kind::Interface } else { Kind::Class };
                let mut t = self.blank(key.clone(), kind, name.replace('/', ".").replace('$', "+"));
                t.parent = Some(match parent {
                    Some(p) => self.ty_for_rt(p)?,
                    None => self.object_ty,
                });
                let init_byte: &'static AtomicU8 = Box::leak(Box::new(AtomicU8::new(INIT_DONE)));
                let _ = t.linked.set(Linked { rt: *rt_ty, vtable: Vec::new(), init_byte });
                t
            }
        })
    }

    /// Our type for runtime type `ty`: ours, or a view of the other VM's.
    pub fn ty_for_rt(&self, ty: TypeId) -> LResult<TyId> {
        if let Some(t) = self.ty_of_rt(ty) {
            return Ok(t);
        }
        // An array the other VM made: the array of our view of its element.
        let elem = self.rt().with_type(ty, |e| e.elem).flatten();
        let t = match elem {
            Some(e) => self.intern(TyKey::SzArray(self.ty_for_rt(e)?))?,
            None => self.intern(TyKey::Foreign(ty))?,
        };
        self.by_rt.borrow_mut().entry(ty).or_insert(t);
        Ok(t)
    }

    fn make_def(&self, key: &TyKey, a: AsmIdx, def: u32, args: &[TyId]) -> LResult<TyInfo> {
        let data = self.asm(a);
        let row: TypeDefRow = data.asm.row(def).map_err(LoadError::bad_image)?;
        let mut name = data.asm.type_name(def).map_err(LoadError::bad_image)?.replace('/', "+");
        if !args.is_empty() {
            let names: Vec<String> = args.iter().map(|&t| self.ty(t).name.clone()).collect();
            name = format!("{name}[{}]", names.join(","));
        }
        let ctx = Ctx { targs: args, margs: &[] };
        // The parent is resolved first: what the type is depends on it.
        let parent = match row.extends {
            Some(e) => Some(self.resolve_tdor(a, e, ctx)?),
            None => None,
        };
        let parent_name = parent.map(|p| self.ty(p).name.clone()).unwrap_or_default();
        let prim = (a == 0 && row.namespace == "System")
            .then(|| Prim::ALL.into_iter().find(|p| p.type_name().strip_prefix("System.") == Some(row.name.as_str())))
            .flatten();
        let kind = if let Some(p) = prim {
            Kind::Prim(p)
        } else if row.flags & TD_INTERFACE != 0 {
            Kind::Interface
        } else if parent_name == "System.Enum" {
            Kind::Enum(self.enum_underlying(a, &row)?)
        } else if parent_name == "System.ValueType" && name != "System.Enum" {
            Kind::Struct
        } else {
            Kind::Class
        };
        let mut t = self.blank(key.clone(), kind, name);
        t.asm = a;
        t.def = def;
        t.args = args.to_vec();
        t.flags = row.flags;
        if data.stubs.get() {
            // A stub stands for a Java class: Java's initialisation rule (at
            // the first static access), not beforefieldinit's.
            t.flags &= !0x0010_0000;
        }
        t.parent = parent;
        t.is_delegate = parent_name == "System.MulticastDelegate";
        t.init = Cell::new(InitState::Uninit);
        Ok(t)
    }

    fn enum_underlying(&self, a: AsmIdx, row: &TypeDefRow) -> LResult<Prim> {
        let data = self.asm(a);
        for f in row.fields.clone() {
            let fr: FieldRow = data.asm.row(f).map_err(LoadError::bad_image)?;
            if fr.flags & FD_STATIC == 0 {
                let sig = data.asm.field_sig(&fr).map_err(LoadError::bad_image)?;
                return Ok(match sig {
                    SigType::Bool => Prim::Bool,
                    SigType::Char => Prim::Char,
                    SigType::I1 => Prim::I1,
                    SigType::U1 => Prim::U1,
                    SigType::I2 => Prim::I2,
                    SigType::U2 => Prim::U2,
                    SigType::U4 => Prim::U4,
                    SigType::I8 => Prim::I8,
                    SigType::U8 => Prim::U8,
                    _ => Prim::I4,
                });
            }
        }
        Ok(Prim::I4)
    }

    /// Resolves a TypeDef, TypeRef or TypeSpec of assembly `a`.
    pub fn resolve_tdor(&self, a: AsmIdx, t: TypeDefOrRef, ctx: Ctx<'_>) -> LResult<TyId> {
        match t {
            TypeDefOrRef::TypeDef(row) => self.intern(TyKey::Def { asm: a, def: row, args: Vec::new() }),
            TypeDefOrRef::TypeRef(row) => {
                let (ta, def) = self.resolve_typeref(a, row)?;
                self.intern(TyKey::Def { asm: ta, def, args: Vec::new() })
            }
            TypeDefOrRef::TypeSpec(row) => {
                let data = self.asm(a);
                let spec: TypeSpecRow = data.asm.row(row).map_err(LoadError::bad_image)?;
                let sig = data.asm.type_spec_sig(&spec).map_err(LoadError::bad_image)?;
                self.resolve_sig(a, &sig, ctx)
            }
        }
    }

    /// The assembly and TypeDef row a TypeRef names.
    pub fn resolve_typeref(&self, a: AsmIdx, row: u32) -> LResult<(AsmIdx, u32)> {
        let data = self.asm(a);
        let r: TypeRefRow = data.asm.row(row).map_err(LoadError::bad_image)?;
        let missing = |asm_name: &str| {
            let full = if r.namespace.is_empty() { r.name.clone() } else { format!("{}.{}", r.namespace, r.name) };
            LoadError::type_load(format!("Could not load type '{full}' from assembly '{asm_name}'."))
        };
        match r.scope {
            Some(ResolutionScope::TypeRef(outer)) => {
                let (oa, orow) = self.resolve_typeref(a, outer)?;
                let od = self.asm(oa);
                let n = od.nested.get(&(orow, r.name.clone())).ok_or_else(|| missing(&od.asm.name))?;
                Ok((oa, *n))
            }
            Some(ResolutionScope::AssemblyRef(ar)) => {
                let aref: crate::metadata::rows::AssemblyRefRow = data.asm.row(ar).map_err(LoadError::bad_image)?;
                let target = self.assembly_by_name(&aref.name).ok_or_else(|| {
                    LoadError::new("System.IO.FileNotFoundException", format!("Could not load file or assembly '{}'", aref.name))
                })?;
                let td = self.asm(target);
                match td.top.get(&(r.namespace.clone(), r.name.clone())) {
                    Some(&d) => Ok((target, d)),
                    None => Err(missing(&td.asm.name)),
                }
            }
            _ => {
                let d = data.top.get(&(r.namespace.clone(), r.name.clone())).ok_or_else(|| missing(&data.asm.name))?;
                Ok((a, *d))
            }
        }
    }

    /// The loaded assembly an AssemblyRef name stands for; the framework
    /// assemblies all resolve to twain's mscorlib.
    pub fn assembly_by_name(&self, name: &str) -> Option<AsmIdx> {
        if matches!(name, "mscorlib" | "System" | "System.Core" | "netstandard" | "System.Runtime") {
            return Some(0);
        }
        self.asms.borrow().iter().position(|d| d.asm.name == name).map(|i| i as AsmIdx)
    }

    /// Resolves a signature type in a generic context.
    pub fn resolve_sig(&self, a: AsmIdx, s: &SigType, ctx: Ctx<'_>) -> LResult<TyId> {
        Ok(match s {
            SigType::Void => self.intern(TyKey::Void)?,
            SigType::Bool => self.prim(Prim::Bool),
            SigType::Char => self.prim(Prim::Char),
            SigType::I1 => self.prim(Prim::I1),
            SigType::U1 => self.prim(Prim::U1),
            SigType::I2 => self.prim(Prim::I2),
            SigType::U2 => self.prim(Prim::U2),
            SigType::I4 => self.prim(Prim::I4),
            SigType::U4 => self.prim(Prim::U4),
            SigType::I8 => self.prim(Prim::I8),
            SigType::U8 => self.prim(Prim::U8),
            SigType::R4 => self.prim(Prim::R4),
            SigType::R8 => self.prim(Prim::R8),
            SigType::I | SigType::FnPtr(_) => self.prim(Prim::I),
            SigType::U => self.prim(Prim::U),
            SigType::String => self.string_ty,
            SigType::Object => self.object_ty,
            SigType::TypedRef => return Err(LoadError::type_load("TypedReference is not supported")),
            SigType::Class(t) | SigType::ValueType(t) => self.resolve_tdor(a, *t, ctx)?,
            SigType::SzArray(e) => {
                let e = self.resolve_sig(a, e, ctx)?;
                self.intern(TyKey::SzArray(e))?
            }
            SigType::Array { elem, rank, .. } => {
                let e = self.resolve_sig(a, elem, ctx)?;
                self.intern(TyKey::MdArray(e, *rank))?
            }
            SigType::Ptr(e) => {
                let e = self.resolve_sig(a, e, ctx)?;
                self.intern(TyKey::Ptr(e))?
            }
            SigType::ByRef(e) => {
                let e = self.resolve_sig(a, e, ctx)?;
                self.intern(TyKey::ByRef(e))?
            }
            SigType::GenericInst { generic, args, .. } => {
                let mut targs = Vec::with_capacity(args.len());
                for x in args {
                    targs.push(self.resolve_sig(a, x, ctx)?);
                }
                let (ga, gd) = match *generic {
                    TypeDefOrRef::TypeDef(row) => (a, row),
                    TypeDefOrRef::TypeRef(row) => self.resolve_typeref(a, row)?,
                    TypeDefOrRef::TypeSpec(_) => return Err(LoadError::bad("generic instantiation of a TypeSpec")),
                };
                self.intern(TyKey::Def { asm: ga, def: gd, args: targs })?
            }
            SigType::Var(n) => match ctx.targs.get(*n as usize) {
                Some(&t) => t,
                None => self.intern(TyKey::Var(*n))?,
            },
            SigType::MVar(n) => match ctx.margs.get(*n as usize) {
                Some(&t) => t,
                None => self.intern(TyKey::MVar(*n))?,
            },
            SigType::CModReq { ty, .. } | SigType::CModOpt { ty, .. } | SigType::Pinned(ty) => self.resolve_sig(a, ty, ctx)?,
        })
    }

    pub fn repr(&self, t: TyId) -> Repr {
        self.ty(t).repr()
    }

    /// The instance layout, computed on first use.
    pub fn layout(&self, t: TyId) -> LResult<Layout> {
        let info = self.ty(t);
        if let Some(l) = info.layout.get() {
            return Ok(l.clone());
        }
        let l = if self.is_foreign(t) { self.foreign_layout(t, &info)? } else { self.compute_layout(&info)? };
        let _ = info.layout.set(l.clone());
        Ok(l)
    }

    /// Size and alignment of a value of type `t` stored in a field or element.
    pub fn value_size(&self, t: TyId) -> LResult<(u32, u32)> {
        let info = self.ty(t);
        Ok(match info.kind {
            Kind::Prim(p) | Kind::Enum(p) => (p.size(), p.size()),
            Kind::Struct => {
                let l = self.layout(t)?;
                (l.size, l.align)
            }
            _ => (8, 8),
        })
    }

    /// Reference offsets inside a value of type `t` held in memory.
    pub fn value_refs(&self, t: TyId) -> LResult<Vec<u32>> {
        let info = self.ty(t);
        Ok(match info.repr() {
            Repr::Ref => vec![0],
            Repr::Struct => self.layout(t)?.refs,
            _ => Vec::new(),
        })
    }

    fn compute_layout(&self, info: &TyInfo) -> LResult<Layout> {
        match info.kind {
            Kind::Prim(p) | Kind::Enum(p) => {
                return Ok(Layout { size: p.size(), align: p.size(), refs: Vec::new(), fields: self.fields_of(info, false)? })
            }
            Kind::Class | Kind::Struct => {}
            _ => return Ok(Layout { size: HEADER_SIZE, align: 8, ..Layout::default() }),
        }
        let is_struct = info.kind == Kind::Struct;
        let (mut offset, mut refs) = match (is_struct, info.parent) {
            (false, Some(p)) => {
                let pl = self.layout(p)?;
                (pl.size, pl.refs)
            }
            (false, None) => (HEADER_SIZE, Vec::new()),
            (true, _) => (0, Vec::new()),
        };
        let start = offset;
        let mut fields = self.fields_of(info, false)?;
        let data = self.asm(info.asm);
        let explicit = info.flags & TD_EXPLICIT_LAYOUT != 0;
        let mut align = if is_struct { 1 } else { 8 };
        let mut end = offset;
        for f in &mut fields {
            let (size, a) = self.value_size(f.ty)?;
            align = align.max(a);
            f.offset = match (explicit, data.field_offsets.get(&f.row)) {
                (true, Some(&o)) => start + o,
                _ => round(offset, a),
            };
            offset = f.offset + size;
            end = end.max(offset);
            for r in self.value_refs(f.ty)? {
                refs.push(f.offset + r);
            }
        }
        let mut size = end;
        if is_struct {
            if let Some(&cs) = data.class_size.get(&info.def) {
                size = size.max(cs);
            }
            size = round(size.max(1), align);
        } else {
            size = round(size, 8);
        }
        Ok(Layout { size, align, refs, fields })
    }

    /// The declared fields of a type (instance or static), types resolved.
    fn fields_of(&self, info: &TyInfo, statics: bool) -> LResult<Vec<FieldInfo>> {
        if info.def == 0 {
            return Ok(Vec::new());
        }
        let data = self.asm(info.asm);
        let row: TypeDefRow = data.asm.row(info.def).map_err(LoadError::bad_image)?;
        let ctx = Ctx { targs: &info.args, margs: &[] };
        let mut out = Vec::new();
        for f in row.fields.clone() {
            let fr: FieldRow = data.asm.row(f).map_err(LoadError::bad_image)?;
            if (fr.flags & FD_STATIC != 0) != statics {
                continue;
            }
            let sig = data.asm.field_sig(&fr).map_err(LoadError::bad_image)?;
            let ty = self.resolve_sig(info.asm, &sig, ctx)?;
            out.push(FieldInfo {
                name: fr.name,
                row: f,
                ty,
                offset: 0,
                is_static: statics,
                literal: fr.flags & FD_LITERAL != 0,
                rva: data.field_rva.get(&f).copied(),
            });
        }
        Ok(out)
    }

    /// A stub type's layout: the other VM's size and reference offsets, its
    /// fields at the other VM's offsets.
    fn foreign_layout(&self, t: TyId, info: &TyInfo) -> LResult<Layout> {
        let fc = self.foreign_class(t)?;
        let mut fields = self.fields_of(info, false)?;
        for f in &mut fields {
            f.offset = foreign_offset(&fc, &info.name, &f.name)?;
        }
        Ok(Layout { size: fc.instance_size, align: 8, refs: fc.ref_offsets.clone(), fields })
    }

    /// Static storage of a type, allocated on first use.
    pub fn statics(&self, t: TyId) -> LResult<Rc<TyInfo>> {
        let info = self.ty(t);
        if info.statics.get().is_some() {
            return Ok(info);
        }
        let mut fields = self.fields_of(&info, true)?;
        if self.is_foreign(t) {
            // The other VM's static storage.
            let fc = self.foreign_class(t)?;
            for f in fields.iter_mut().filter(|f| !f.literal) {
                f.offset = foreign_offset(&fc, &info.name, &f.name)?;
            }
            let block = fc.statics.unwrap_or_else(|| StaticsBlock::new(8));
            let _ = info.statics.set(Statics { block, refs: Vec::new(), fields });
            return Ok(info);
        }
        let mut offset = 0;
        let mut refs = Vec::new();
        for f in fields.iter_mut().filter(|f| !f.literal) {
            let (size, a) = self.value_size(f.ty)?;
            f.offset = round(offset, a.max(1));
            offset = f.offset + size;
            for r in self.value_refs(f.ty)? {
                refs.push(f.offset + r);
            }
        }
        if matches!(info.kind, Kind::Enum(_)) {
            // Each named constant's box, for the other VM (`boundary`).
            for f in fields.iter_mut().filter(|f| f.literal) {
                f.offset = round(offset, 8);
                offset = f.offset + 8;
                refs.push(f.offset);
            }
        }
        let block = StaticsBlock::new(round(offset.max(8), 8) as usize);
        let _ = info.statics.set(Statics { block, refs, fields });
        Ok(info)
    }

    /// The methods declared by a type, created on first use.
    pub fn methods_of(&self, t: TyId) -> LResult<Vec<MIdx>> {
        let info = self.ty(t);
        if let Some(m) = info.methods.get() {
            return Ok(m.clone());
        }
        let mut out = Vec::new();
        if info.def != 0 {
            let data = self.asm(info.asm);
            let row: TypeDefRow = data.asm.row(info.def).map_err(LoadError::bad_image)?;
            for m in row.methods.clone() {
                out.push(self.method_inst(t, m, &[])?);
            }
        }
        let _ = info.methods.set(out.clone());
        Ok(out)
    }

    /// The method `def` of closed type `owner`, instantiated with `margs`.
    pub fn method_inst(&self, owner: TyId, def: u32, margs: &[TyId]) -> LResult<MIdx> {
        let key = (owner, def, margs.to_vec());
        if let Some(&m) = self.method_keys.borrow().get(&key) {
            return Ok(m);
        }
        let info = self.ty(owner);
        let data = self.asm(info.asm);
        let row: MethodDefRow = data.asm.row(def).map_err(LoadError::bad_image)?;
        let sig = data.asm.method_sig(&row).map_err(LoadError::bad_image)?;
        let ctx = Ctx { targs: &info.args, margs };
        let mut params = Vec::with_capacity(sig.params.len());
        for p in &sig.params {
            params.push(self.resolve_sig(info.asm, p, ctx)?);
        }
        let ret = self.resolve_sig(info.asm, &sig.ret, ctx)?;
        let body = if row.impl_flags & (mflags::IMPL_INTERNAL_CALL) != 0 || row.impl_flags & 3 == mflags::IMPL_RUNTIME {
            BodyKind::Runtime
        } else if row.flags & mflags::ABSTRACT != 0 || row.rva == 0 {
            if row.flags & mflags::PINVOKE != 0 {
                BodyKind::Runtime
            } else {
                BodyKind::Abstract
            }
        } else {
            BodyKind::Il(row.rva)
        };
        let open = sig.generic_params > 0 && margs.is_empty();
        let has_this = sig.has_this;
        let (id, shape) = if open {
            (None, None)
        } else {
            let shape = self.shape(has_this, &params, ret);
            (Some(self.rt().add_method(shape.clone(), self.rt_type_hint(owner), self.home.get())), Some(shape))
        };
        let stub = data.stubs.get() && !open;
        let mut mi = MethodInfo {
            owner,
            asm: info.asm,
            def,
            margs: margs.to_vec(),
            name: row.name,
            flags: row.flags,
            impl_flags: row.impl_flags,
            body,
            has_this,
            params,
            ret,
            generic_params: sig.generic_params,
            id: if stub { None } else { id },
            shape,
            vslot: Cell::new(None),
            selector: Cell::new(0),
        };
        if stub {
            // The other VM's method; without one the stub cannot be called.
            mi.body = BodyKind::Foreign;
            if let Some(f) = self.foreign_method(&mi) {
                mi.id = Some(f.id);
                mi.vslot.set(f.vslot);
            }
        }
        Ok(self.add_method_info(mi, Some(key)))
    }

    pub fn add_method_info(&self, mi: MethodInfo, key: Option<crate::vm::MethodKey>) -> MIdx {
        let mut ms = self.methods.borrow_mut();
        let idx = MIdx(ms.len() as u32);
        if let Some(id) = mi.id {
            self.by_method_id.borrow_mut().insert(id, idx);
        }
        ms.push(Rc::new(mi));
        if let Some(k) = key {
            self.method_keys.borrow_mut().insert(k, idx);
        }
        idx
    }

    /// The declared names of method `m`'s parameters, in order (`None`
    /// where the metadata has no `Param` row for one).
    pub fn param_names(&self, m: MIdx) -> Vec<Option<String>> {
        use crate::metadata::rows::ParamRow;
        let mi = self.method(m);
        let mut names: Vec<Option<String>> = vec![None; mi.params.len()];
        let data = self.asm(mi.asm);
        if mi.def == 0 {
            return names;
        }
        if let Ok(row) = data.asm.row::<MethodDefRow>(mi.def) {
            for p in row.params {
                if let Ok(pr) = data.asm.row::<ParamRow>(p) {
                    if let Some(slot) = usize::from(pr.sequence).checked_sub(1).and_then(|i| names.get_mut(i)) {
                        *slot = Some(pr.name);
                    }
                }
            }
        }
        names
    }

    /// The machine shape of a method: `this` (a reference, or the address
    /// of the value for value types), parameters (value types by address
    /// of a copy the callee owns), then the address of the result for
    /// value-type results.
    pub fn shape(&self, has_this: bool, params: &[TyId], ret: TyId) -> Shape {
        let mut ps = Vec::with_capacity(params.len() + 2);
        if has_this {
            ps.push(cranelift_codegen::ir::types::I64);
        }
        for &p in params {
            ps.extend(self.repr(p).clif());
        }
        let ret_repr = self.repr(ret);
        let ret = if ret_repr == Repr::Struct {
            ps.push(cranelift_codegen::ir::types::I64);
            None
        } else {
            ret_repr.clif()
        };
        Shape { params: ps, ret }
    }

    /// The runtime type a method is registered under (its owner's, once linked).
    fn rt_type_hint(&self, owner: TyId) -> TypeId {
        self.ty(owner).linked.get().map_or(self.placeholder_rt, |l| l.rt)
    }

    /// Resolves a method token (MethodDef, MemberRef, MethodSpec) in a context.
    pub fn resolve_method(&self, a: AsmIdx, tok: Token, ctx: Ctx<'_>) -> LResult<MIdx> {
        let data = self.asm(a);
        match tok.table() {
            Some(TableId::MethodDef) => {
                let owner_row = *data.method_owner.get(tok.row() as usize).ok_or_else(|| LoadError::bad("method token"))?;
                // A MethodDef names a member of the (open) type definition:
                // inside generic code it is the current instantiation.
                let owner_def = TyKey::Def { asm: a, def: owner_row, args: Vec::new() };
                let owner = self.intern(owner_def)?;
                let owner = self.current_instantiation(owner, ctx)?;
                self.method_inst(owner, tok.row(), &[])
            }
            Some(TableId::MemberRef) => {
                let r: MemberRefRow = data.asm.row(tok.row()).map_err(LoadError::bad_image)?;
                let sig = match data.asm.member_ref_sig(&r).map_err(LoadError::bad_image)? {
                    MemberSig::Method(m) => m,
                    MemberSig::Field(_) => return Err(LoadError::missing_method(format!("{} is a field", r.name))),
                };
                let owner = match r.parent {
                    MemberRefParent::TypeDef(row) => self.resolve_tdor(a, TypeDefOrRef::TypeDef(row), ctx)?,
                    MemberRefParent::TypeRef(row) => self.resolve_tdor(a, TypeDefOrRef::TypeRef(row), ctx)?,
                    MemberRefParent::TypeSpec(row) => self.resolve_tdor(a, TypeDefOrRef::TypeSpec(row), ctx)?,
                    MemberRefParent::MethodDef(row) => return self.resolve_method(a, Token::new(TableId::MethodDef, row), ctx),
                    MemberRefParent::ModuleRef(_) => return Err(LoadError::missing_method(r.name)),
                };
                self.find_method_by_sig(a, owner, &r.name, &sig, ctx)
            }
            Some(TableId::MethodSpec) => {
                let r: MethodSpecRow = data.asm.row(tok.row()).map_err(LoadError::bad_image)?;
                let args = data.asm.method_spec_sig(&r).map_err(LoadError::bad_image)?;
                let mut margs = Vec::new();
                for x in &args {
                    margs.push(self.resolve_sig(a, x, ctx)?);
                }
                let generic = self.resolve_method(a, r.method.token(), ctx)?;
                let g = self.method(generic);
                self.method_inst(g.owner, g.def, &margs)
            }
            _ => Err(LoadError::bad(format!("token {:#x} is not a method", tok.0))),
        }
    }

    /// Inside generic code a TypeDef token names the type being compiled.
    fn current_instantiation(&self, owner: TyId, ctx: Ctx<'_>) -> LResult<TyId> {
        let info = self.ty(owner);
        let data = self.asm(info.asm);
        let count = data.type_generic_params.get(&info.def).map_or(0, Vec::len);
        if count == 0 || ctx.targs.len() < count {
            return Ok(owner);
        }
        self.intern(TyKey::Def { asm: info.asm, def: info.def, args: ctx.targs[..count].to_vec() })
    }

    /// Finds a method of `owner` (or its ancestors) by name and signature,
    /// comparing resolved types; method generic parameters compare by position.
    fn find_method_by_sig(&self, a: AsmIdx, owner: TyId, name: &str, sig: &MethodSig, ctx: Ctx<'_>) -> LResult<MIdx> {
        let oinfo = self.ty(owner);
        if let Kind::SzArray(_) | Kind::MdArray(..) = oinfo.kind {
            return self.array_method(owner, name, sig, a, ctx);
        }
        // The reference's own generic parameters stay open, like the definition's.
        let open: Vec<TyId> = (0..sig.generic_params).map(|i| self.intern(TyKey::MVar(i))).collect::<LResult<_>>()?;
        // `!n` in a member reference's signature is the parent type's parameter.
        let _ = ctx;
        let owner_args = oinfo.args.clone();
        let rctx = Ctx { targs: &owner_args, margs: &open };
        let mut want = Vec::new();
        for p in &sig.params {
            want.push(self.resolve_sig(a, p, rctx)?);
        }
        let want_ret = self.resolve_sig(a, &sig.ret, rctx)?;
        let mut cur = Some(owner);
        while let Some(t) = cur {
            for m in self.methods_of(t)? {
                let mi = self.method(m);
                if mi.name == name && mi.params == want && mi.ret == want_ret && mi.generic_params == sig.generic_params && mi.has_this == sig.has_this {
                    return Ok(m);
                }
            }
            cur = self.ty(t).parent;
        }
        Err(LoadError::missing_method(format!("Method not found: '{}.{name}'", oinfo.name)))
    }

    /// Resolves a field token to (declaring type, field).
    pub fn resolve_field(&self, a: AsmIdx, tok: Token, ctx: Ctx<'_>) -> LResult<(TyId, FieldInfo)> {
        let data = self.asm(a);
        let (owner, name, row) = match tok.table() {
            Some(TableId::Field) => {
                let owner_row = *data.field_owner.get(tok.row() as usize).ok_or_else(|| LoadError::bad("field token"))?;
                let owner = self.intern(TyKey::Def { asm: a, def: owner_row, args: Vec::new() })?;
                (self.current_instantiation(owner, ctx)?, None, Some(tok.row()))
            }
            Some(TableId::MemberRef) => {
                let r: MemberRefRow = data.asm.row(tok.row()).map_err(LoadError::bad_image)?;
                let owner = match r.parent {
                    MemberRefParent::TypeDef(row) => self.resolve_tdor(a, TypeDefOrRef::TypeDef(row), ctx)?,
                    MemberRefParent::TypeRef(row) => self.resolve_tdor(a, TypeDefOrRef::TypeRef(row), ctx)?,
                    MemberRefParent::TypeSpec(row) => self.resolve_tdor(a, TypeDefOrRef::TypeSpec(row), ctx)?,
                    _ => return Err(LoadError::bad("field parent")),
                };
                (owner, Some(r.name), None)
            }
            _ => return Err(LoadError::bad(format!("token {:#x} is not a field", tok.0))),
        };
        let mut cur = Some(owner);
        while let Some(t) = cur {
            let layout = self.layout(t)?;
            let info = self.statics(t)?;
            let statics = info.statics.get().map(|s| s.fields.clone()).unwrap_or_default();
            for f in layout.fields.iter().chain(statics.iter()) {
                let hit = match (&name, row) {
                    (Some(n), _) => &f.name == n,
                    (None, Some(r)) => f.row == r,
                    _ => false,
                };
                if hit {
                    return Ok((t, f.clone()));
                }
            }
            cur = self.ty(t).parent;
        }
        Err(LoadError::new("System.MissingFieldException", format!("Field not found: {}", self.ty(owner).name)))
    }

    /// Resolves a type token (TypeDef, TypeRef, TypeSpec).
    pub fn resolve_type_token(&self, a: AsmIdx, tok: Token, ctx: Ctx<'_>) -> LResult<TyId> {
        let t = match tok.table() {
            Some(TableId::TypeDef) => TypeDefOrRef::TypeDef(tok.row()),
            Some(TableId::TypeRef) => TypeDefOrRef::TypeRef(tok.row()),
            Some(TableId::TypeSpec) => TypeDefOrRef::TypeSpec(tok.row()),
            _ => return Err(LoadError::bad(format!("token {:#x} is not a type", tok.0))),
        };
        let t = self.resolve_tdor(a, t, ctx)?;
        if tok.table() == Some(TableId::TypeDef) {
            return self.current_instantiation(t, ctx);
        }
        Ok(t)
    }

    /// Is `sub` assignable to `sup` (identity, base class, interface)?
    pub fn is_assignable(&self, sub: TyId, sup: TyId) -> bool {
        if sub == sup {
            return true;
        }
        let si = self.ty(sub);
        let pi = self.ty(sup);
        if let (Kind::SzArray(a), Kind::SzArray(b)) = (si.kind, pi.kind) {
            return !self.ty(a).is_value() && !self.ty(b).is_value() && self.is_assignable(a, b);
        }
        if pi.is_interface() {
            if self.all_interfaces(sub).into_iter().any(|j| j == sup || self.variant_assignable(j, sup)) {
                return true;
            }
            // Array covariance reaches the array's generic interfaces:
            // `Cat[]` is an `IList<Animal>` because it is an `Animal[]`.
            if let (Kind::SzArray(e), [b]) = (si.kind, pi.args.as_slice()) {
                if *b != e && self.is_ref_type(e) && self.is_ref_type(*b) && self.is_assignable(e, *b) {
                    if let Ok(wider) = self.intern(TyKey::SzArray(*b)) {
                        return self.is_assignable(wider, sup);
                    }
                }
            }
            return false;
        }
        let mut cur = Some(sub);
        while let Some(c) = cur {
            if c == sup || self.variant_assignable(c, sup) {
                return true;
            }
            cur = self.ty(c).parent;
        }
        false
    }

    /// The variance of each generic parameter of `t`'s definition (empty
    /// for a non-generic type).
    fn variance(&self, t: TyId) -> Vec<u16> {
        let info = self.ty(t);
        if info.args.is_empty() {
            return Vec::new();
        }
        self.asm(info.asm).type_generic_params.get(&info.def).cloned().unwrap_or_default()
    }

    /// Whether `t` is an interface or delegate instantiation with a
    /// covariant or contravariant parameter (§II.9.11).
    pub fn is_variant(&self, t: TyId) -> bool {
        self.variance(t).iter().any(|&v| v != 0)
    }

    /// `sub` converts to `sup` by variance (§II.9.11): two instantiations of
    /// one generic interface or delegate whose arguments are equal, or
    /// reference types assignable in the direction the parameter allows
    /// (`out T`: sub's to sup's; `in T`: sup's to sub's).
    fn variant_assignable(&self, sub: TyId, sup: TyId) -> bool {
        let (si, pi) = (self.ty(sub), self.ty(sup));
        if sub == sup || si.asm != pi.asm || si.def != pi.def || si.args.len() != pi.args.len() || si.args.is_empty() {
            return false;
        }
        let variance = self.variance(sup);
        si.args.iter().zip(&pi.args).enumerate().all(|(i, (&a, &b))| {
            a == b
                || (self.is_ref_type(a)
                    && self.is_ref_type(b)
                    && match variance.get(i) {
                        Some(1) => self.is_assignable(a, b),
                        Some(2) => self.is_assignable(b, a),
                        _ => false,
                    })
        })
    }

    /// Every interface a type implements, transitively.
    pub fn all_interfaces(&self, t: TyId) -> Vec<TyId> {
        let mut out = Vec::new();
        let mut cur = Some(t);
        while let Some(c) = cur {
            let info = self.ty(c);
            let mut direct = self.direct_interfaces(c);
            if c == t {
                direct.extend(self.array_interfaces(t));
            }
            for i in direct {
                self.push_interface(i, &mut out);
            }
            cur = info.parent;
        }
        out
    }

    fn push_interface(&self, i: TyId, out: &mut Vec<TyId>) {
        if out.contains(&i) {
            return;
        }
        out.push(i);
        for j in self.direct_interfaces(i) {
            self.push_interface(j, out);
        }
    }

    /// The interfaces a type declares (InterfaceImpl rows), resolved on
    /// first use: resolving them while interning would recurse (`String`
    /// implements `IComparable<String>`).
    pub fn direct_interfaces(&self, t: TyId) -> Vec<TyId> {
        let info = self.ty(t);
        if let Some(v) = info.interfaces.get() {
            return v.clone();
        }
        let data = self.asm(info.asm);
        let ctx = Ctx { targs: &info.args, margs: &[] };
        let mut out = Vec::new();
        if info.def != 0 {
            for &i in data.interfaces.get(&info.def).map(Vec::as_slice).unwrap_or(&[]) {
                if let Ok(x) = self.resolve_tdor(info.asm, i, ctx) {
                    out.push(x);
                }
            }
        }
        let _ = info.interfaces.set(out.clone());
        out
    }

    /// `T[]` implements `IList<T>` and its relatives (§II.14.2).
    fn array_interfaces(&self, t: TyId) -> Vec<TyId> {
        let Kind::SzArray(e) = self.ty(t).kind else { return Vec::new() };
        ["System.Collections.Generic.IList`1", "System.Collections.Generic.IReadOnlyList`1"]
            .iter()
            .filter_map(|n| self.named_type(0, n, vec![e]).ok())
            .collect()
    }

    /// Links a type into the runtime: parent first, vtable, descriptor.
    pub fn link(&self, t: TyId) -> LResult<Linked> {
        let info = self.ty(t);
        if let Some(l) = info.linked.get() {
            return Ok(l.clone());
        }
        if let Kind::MVar(_) | Kind::Var(_) | Kind::Void | Kind::ByRef(_) | Kind::Ptr(_) = info.kind {
            return Err(LoadError::type_load(format!("cannot create instances of {}", info.name)));
        }
        let parent = match info.parent {
            Some(p) => Some(self.link(p)?),
            None => None,
        };
        if let Some(l) = info.linked.get() {
            return Ok(l.clone());
        }
        for i in self.all_interfaces(t) {
            if i != t {
                self.link(i)?;
            }
        }
        if self.is_foreign(t) {
            return self.link_foreign(t, parent.as_ref());
        }
        let layout = self.layout(t)?;
        let methods = self.methods_of(t)?;
        let mut vtable: Vec<MIdx> = parent.as_ref().map(|p| p.vtable.clone()).unwrap_or_default();
        if parent.is_none() && !info.is_interface() {
            // The root: the slots both VMs agree on, in their order.
            vtable = self.root_vtable(&methods)?;
        }
        if t == self.exception_ty {
            // Shared with the JVM: its virtual methods come before ours.
            for (i, id) in self.core_prefix(CoreType::Throwable, vtable.len(), &methods)?.into_iter().enumerate() {
                let slot = (vtable.len() + i) as u32;
                vtable.push(self.foreign_entry(t, id, slot, None));
            }
        }
        if !info.is_interface() {
            for &m in &methods {
                let mi = self.method(m);
                if !mi.is_virtual() || mi.generic_params > 0 || mi.vslot.get().is_some() {
                    continue;
                }
                let slot = if mi.is_newslot() { None } else { self.matching_slot(&vtable, &mi) };
                let entry = if info.is_value() { self.unbox_stub(m)? } else { m };
                match slot {
                    Some(s) => {
                        vtable[s] = entry;
                        mi.vslot.set(Some(s as u32));
                    }
                    None => {
                        mi.vslot.set(Some(vtable.len() as u32));
                        vtable.push(entry);
                    }
                }
            }
            // Explicit overrides of class methods (MethodImpl).
            for (body, decl) in self.method_impls(t)? {
                let d = self.method(decl);
                if let Some(s) = d.vslot.get() {
                    if !self.ty(d.owner).is_interface() && (s as usize) < vtable.len() {
                        vtable[s as usize] = if info.is_value() { self.unbox_stub(body)? } else { body };
                    }
                }
            }
        } else {
            for &m in &methods {
                let mi = self.method(m);
                if mi.is_virtual() && mi.generic_params == 0 {
                    mi.selector.set(self.new_selector(m));
                }
            }
        }
        let rt = self.rt();
        let (kind, size, elem_is_ref, elem_desc, elem_rt, refs) = match info.kind {
            Kind::SzArray(e) => {
                let einfo = self.ty(e);
                let (size, _) = self.value_size(e)?;
                let elinked = self.link(e)?;
                let refs = if einfo.repr() == Repr::Struct { self.layout(e)?.refs } else { Vec::new() };
                (TypeKind::Array, size, einfo.repr() == Repr::Ref, rt.desc(elinked.rt), Some(elinked.rt), refs)
            }
            Kind::MdArray(_, rank) => (TypeKind::Object, HEADER_SIZE + 8 + 4 * rank.div_ceil(2) * 2, false, None, None, vec![HEADER_SIZE]),
            Kind::Interface => (TypeKind::Interface, HEADER_SIZE, false, None, None, Vec::new()),
            _ if t == self.string_ty => (TypeKind::String, 2, false, None, None, Vec::new()),
            Kind::Struct | Kind::Prim(_) | Kind::Enum(_) => {
                let refs = layout.refs.iter().map(|r| r + HEADER_SIZE).collect();
                (TypeKind::Object, round(HEADER_SIZE + layout.size, 8), false, None, None, refs)
            }
            _ => (TypeKind::Object, layout.size, false, None, None, layout.refs.clone()),
        };
        let parent_desc = match (&parent, info.is_interface()) {
            (Some(p), _) => rt.desc(p.rt),
            (None, true) => self.ty(self.object_ty).linked.get().and_then(|l| rt.desc(l.rt)),
            (None, false) => None,
        };
        let statics = self.statics(t)?;
        let statics = statics.statics.get().map(|s| (s.block, s.refs.clone()));
        let init_byte: &'static AtomicU8 = Box::leak(Box::new(AtomicU8::new(0)));
        let has_cctor = methods.iter().any(|&m| self.method(m).name == ".cctor");
        if !has_cctor {
            init_byte.store(INIT_DONE, std::sync::atomic::Ordering::Release);
            info.init.set(InitState::Done);
        }
        let core = if t == self.object_ty {
            Some(CoreType::Object)
        } else if t == self.string_ty {
            Some(CoreType::String)
        } else if t == self.exception_ty {
            Some(CoreType::Throwable)
        } else if let Kind::SzArray(e) = info.kind {
            shared_array_elem(&self.ty(e).kind).map(CoreType::PrimArray)
        } else {
            None
        };
        if let Some(shared) = core.and_then(|c| rt.core_type(c)) {
            if let Some(d) = rt.desc(shared) {
                // One object for both VMs: the same size and GC map.
                if kind == TypeKind::Object && (d.get().size != size || d.ref_offsets() != refs.as_slice()) {
                    return Err(LoadError::type_load(format!(
                        "{}: its layout ({size} bytes, references at {refs:?}) differs from the JVM's ({} bytes, references at {:?})",
                        info.name,
                        d.get().size,
                        d.ref_offsets()
                    )));
                }
            }
            // The JVM defined this core type first: it becomes our view of it,
            // and our virtual methods must be where it put them (String is
            // sealed in both VMs: its slots past the root's are never
            // dispatched through).
            let entries = rt.with_type(shared, |e| e.vtable.clone()).unwrap_or_default();
            let root = substrate::root_slot::COUNT as usize;
            let extensible = core == Some(CoreType::Throwable);
            if extensible && vtable.iter().enumerate().skip(root).any(|(s, &m)| entries.get(s) != self.method(m).id.as_ref()) {
                return Err(LoadError::type_load(format!("{}: the JVM's view of its vtable differs from ours", info.name)));
            }
            let ifaces: Vec<TypeId> = self.all_interfaces(t).into_iter().filter_map(|i| self.ty(i).linked.get().map(|l| l.rt)).collect();
            rt.adopt_core(shared, &ifaces, &HashMap::new(), statics);
            self.by_rt.borrow_mut().insert(shared, t);
            let linked = Linked { rt: shared, vtable, init_byte };
            let _ = info.linked.set(linked.clone());
            return Ok(linked);
        }
        // Nothing may add a runtime type between here and `add_type`.
        let type_id = rt.next_type_id();
        let desc = DescPtr::new(&DescSpec {
            type_id: type_id.0,
            kind,
            size,
            elem_is_ref,
            ref_offsets: &refs,
            elem_type: elem_desc,
            parent: parent_desc,
            vtable_len: vtable.len() as u32,
        });
        let vt_ids: Vec<substrate::MethodId> = vtable.iter().filter_map(|&m| self.method(m).id).collect();
        let got = rt.add_type(TypeEntry {
            name: info.name.clone(),
            home: self.home.get(),
            desc,
            parent: parent.as_ref().map(|p| p.rt),
            interfaces: Vec::new(),
            elem: elem_rt,
            vtable: vt_ids,
            itable: HashMap::new(),
            init_state: init_byte,
            statics,
            variant: self.is_variant(t),
        });
        let mut ifaces = Vec::new();
        for i in self.all_interfaces(t) {
            if let Some(l) = self.ty(i).linked.get() {
                ifaces.push(l.rt);
            }
        }
        rt.with_type_mut(got, |e| e.interfaces = ifaces);
        self.by_rt.borrow_mut().insert(got, t);
        if let Some(c) = core {
            rt.register_core(c, got);
        }
        let linked = Linked { rt: got, vtable, init_byte };
        let _ = info.linked.set(linked.clone());
        Ok(linked)
    }

    /// The JVM's virtual methods of a core type, already defined by it:
    /// the shared vtable's entries after `from` that are not ours.
    fn core_prefix(&self, c: CoreType, from: usize, ours: &[MIdx]) -> LResult<Vec<substrate::MethodId>> {
        let rt = self.rt();
        let Some(shared) = rt.core_type(c) else { return Ok(Vec::new()) };
        let entries = rt.with_type(shared, |e| e.vtable.clone()).unwrap_or_default();
        let own = self.new_virtuals(ours, from)?;
        let theirs = entries.len().saturating_sub(from + own.len());
        Ok(entries.into_iter().skip(from).take(theirs).collect())
    }

    /// The virtual methods among `methods` that take new vtable slots after
    /// a parent vtable of `parent_len` root slots (as `link` assigns them).
    pub fn new_virtuals(&self, methods: &[MIdx], parent_len: usize) -> LResult<Vec<MIdx>> {
        let root = self.link(self.object_ty)?.vtable;
        let root = &root[..parent_len.min(root.len())];
        Ok(methods
            .iter()
            .copied()
            .filter(|&m| {
                let mi = self.method(m);
                mi.is_virtual() && mi.generic_params == 0 && (mi.is_newslot() || self.matching_slot(root, &mi).is_none())
            })
            .collect())
    }

    /// A vtable entry of `owner` in slot `slot` standing for the other VM's
    /// method `id`: under the name and signature of our method `like` (its
    /// override of one of our root methods), else nameless (never called by name).
    fn foreign_entry(&self, owner: TyId, id: substrate::MethodId, slot: u32, like: Option<MIdx>) -> MIdx {
        let like = like.map(|m| self.method(m));
        let mi = MethodInfo {
            owner,
            asm: self.ty(owner).asm,
            def: 0,
            margs: Vec::new(),
            name: like.as_ref().map_or_else(|| format!("<jvm>{}", id.0), |l| l.name.clone()),
            flags: like.as_ref().map_or(mflags::VIRTUAL, |l| l.flags),
            impl_flags: 0,
            body: BodyKind::Foreign,
            has_this: true,
            params: like.as_ref().map_or_else(Vec::new, |l| l.params.clone()),
            ret: like.as_ref().map_or(self.void_ty, |l| l.ret),
            generic_params: 0,
            id: Some(id),
            shape: like.as_ref().map_or_else(|| self.rt().method_shape(id), |l| l.shape.clone()),
            vslot: Cell::new(Some(slot)),
            selector: Cell::new(0),
        };
        self.add_method_info(mi, None)
    }

    /// Links a stub type to the other VM's class: its runtime type, and our
    /// view of its vtable (the parent's, with the stub's virtual methods at
    /// the other VM's slots).
    fn link_foreign(&self, t: TyId, parent: Option<&Linked>) -> LResult<Linked> {
        let fc = self.foreign_class(t)?;
        // Slot for slot the other VM's vtable, so a C# subclass extends it:
        // inherited entries (the root slots keep our names, so a C#
        // `ToString()` override lands where Java's `toString()` is called),
        // the stub's methods, and placeholders for methods the stub leaves out.
        let inherited = parent.map(|p| p.vtable.clone()).unwrap_or_default();
        let declared = self.methods_of(t)?;
        let entries = self.rt().with_type(fc.type_id, |e| e.vtable.clone()).unwrap_or_default();
        let root = substrate::root_slot::COUNT as usize;
        let mut vtable = Vec::with_capacity(entries.len());
        for (s, &id) in entries.iter().enumerate() {
            let same = |m: &MIdx| self.method(*m).id == Some(id);
            if let Some(&m) = inherited.get(s).filter(|m| same(m)) {
                vtable.push(m);
            } else if let Some(&m) = inherited.get(s).filter(|_| s < root) {
                // A Java override of a root method, under the root's name.
                vtable.push(self.foreign_entry(t, id, s as u32, Some(m)));
            } else if let Some(&m) = declared.iter().find(|m| same(m) && self.method(**m).vslot.get() == Some(s as u32)) {
                vtable.push(m);
            } else {
                vtable.push(self.foreign_entry(t, id, s as u32, None));
            }
        }
        self.by_rt.borrow_mut().entry(fc.type_id).or_insert(t);
        let init_byte: &'static AtomicU8 = Box::leak(Box::new(AtomicU8::new(0)));
        let linked = Linked { rt: fc.type_id, vtable, init_byte };
        let _ = self.ty(t).linked.set(linked.clone());
        Ok(linked)
    }

    fn matching_slot(&self, vtable: &[MIdx], mi: &MethodInfo) -> Option<usize> {
        (0..vtable.len()).rev().find(|&s| {
            let v = self.method(vtable[s]);
            let v = match v.body {
                BodyKind::Unbox(inner) => self.method(inner),
                _ => v,
            };
            v.name == mi.name && v.params == mi.params && v.ret == mi.ret
        })
    }

    /// (body, declaration) pairs of a type's MethodImpl rows.
    pub fn method_impls(&self, t: TyId) -> LResult<Vec<(MIdx, MIdx)>> {
        let info = self.ty(t);
        let data = self.asm(info.asm);
        let ctx = Ctx { targs: &info.args, margs: &[] };
        let mut out = Vec::new();
        for &(body, decl) in data.impls.get(&info.def).map(Vec::as_slice).unwrap_or(&[]) {
            let b = self.resolve_method(info.asm, body.token(), ctx)?;
            let d = self.resolve_method(info.asm, decl.token(), ctx)?;
            out.push((b, d));
        }
        Ok(out)
    }

    /// `System.Object`'s vtable in the shared root order (`substrate::root_slot`);
    /// `MemberwiseClone`, which C# calls directly, holds Java's `clone` slot.
    fn root_vtable(&self, methods: &[MIdx]) -> LResult<Vec<MIdx>> {
        use substrate::root_slot;
        let mut slots = vec![None; root_slot::COUNT as usize];
        for &m in methods {
            let mi = self.method(m);
            let slot = match (mi.name.as_str(), mi.params.len(), mi.is_virtual()) {
                ("ToString", 0, true) => root_slot::TO_STRING,
                ("Equals", 1, true) => root_slot::EQUALS,
                ("GetHashCode", 0, true) => root_slot::HASH_CODE,
                ("Finalize", 0, true) => root_slot::FINALIZE,
                ("MemberwiseClone", 0, false) => root_slot::CLONE,
                _ => continue,
            };
            if mi.is_virtual() {
                mi.vslot.set(Some(slot));
            }
            slots[slot as usize] = Some(m);
        }
        slots
            .into_iter()
            .collect::<Option<Vec<MIdx>>>()
            .ok_or_else(|| LoadError::type_load("System.Object lacks a root method (ToString, Equals, GetHashCode, Finalize, MemberwiseClone)"))
    }

    pub fn new_selector(&self, m: MIdx) -> u64 {
        let s = self.rt().new_selector(self.home.get());
        self.selectors.borrow_mut().insert(s, m);
        s
    }

    /// The unboxing entry of a value type's virtual method: what vtables
    /// and interface tables of the boxed type hold.
    pub fn unbox_stub(&self, m: MIdx) -> LResult<MIdx> {
        if let Some(&s) = self.unbox_stubs.borrow().get(&m) {
            return Ok(s);
        }
        let mi = self.method(m);
        if mi.shape.is_none() {
            return Err(LoadError::bad("open generic method in a vtable"));
        }
        let stub = MethodInfo {
            def: mi.def,
            margs: mi.margs.clone(),
            flags: mi.flags,
            impl_flags: mi.impl_flags,
            asm: mi.asm,
            vslot: Cell::new(mi.vslot.get()),
            ..self.synthesized(mi.owner, mi.name.clone(), BodyKind::Unbox(m), true, mi.params.clone(), mi.ret)
        };
        let s = self.add_method_info(stub, None);
        self.unbox_stubs.borrow_mut().insert(m, s);
        Ok(s)
    }

    /// The method of `t` that implements interface method `im` (explicit
    /// MethodImpl first, then a public virtual method with the same name and
    /// signature, most derived first; arrays go to SZArrayHelper).
    pub fn find_implementation(&self, t: TyId, im: MIdx) -> LResult<MIdx> {
        let want = self.method(im);
        let info = self.ty(t);
        if let Kind::SzArray(e) = info.kind {
            return self.sz_array_helper(e, &want);
        }
        let linked = self.link(t)?;
        let mut cur = Some(t);
        while let Some(c) = cur {
            for (body, decl) in self.method_impls(c)? {
                if decl == im || self.same_generic_method(decl, im) {
                    return self.for_dispatch(t, body, &want.margs);
                }
            }
            for m in self.methods_of(c)? {
                let mi = self.method(m);
                if mi.is_virtual() && mi.name == want.name && self.same_sig(&mi, &want) {
                    // The slot's final occupant, for overrides further down.
                    if let Some(s) = mi.vslot.get() {
                        if let Some(&v) = linked.vtable.get(s as usize) {
                            return Ok(v);
                        }
                    }
                    return self.for_dispatch(t, m, &want.margs);
                }
            }
            cur = self.ty(c).parent;
        }
        // Generic variance (§II.9.11): `List<Cat>` called as `IEnumerable<Animal>`.
        for j in self.all_interfaces(t) {
            if self.variant_assignable(j, want.owner) {
                if let Ok(jm) = self.method_inst(j, want.def, &want.margs) {
                    return self.find_implementation(t, jm);
                }
            }
        }
        Err(LoadError::new(
            "System.EntryPointNotFoundException",
            format!("{} does not implement {}::{}", info.name, self.ty(want.owner).name, want.name),
        ))
    }

    fn same_generic_method(&self, a: MIdx, b: MIdx) -> bool {
        let (x, y) = (self.method(a), self.method(b));
        x.owner == y.owner && x.def == y.def && x.margs.is_empty() && !y.margs.is_empty()
    }

    fn same_sig(&self, a: &MethodInfo, b: &MethodInfo) -> bool {
        if a.generic_params != b.generic_params {
            return false;
        }
        if b.margs.is_empty() {
            return a.params == b.params && a.ret == b.ret;
        }
        // A generic method instantiation: compare the definitions.
        let Ok(bd) = self.method_inst(b.owner, b.def, &[]) else { return false };
        let bd = self.method(bd);
        let ad = if a.margs.is_empty() { None } else { self.method_inst(a.owner, a.def, &[]).ok() };
        let ad = ad.map(|m| self.method(m));
        let a = ad.as_deref().unwrap_or(a);
        a.params == bd.params && a.ret == bd.ret
    }

    /// A method instantiated for dispatch on type `t` (with the call's
    /// method arguments) and wrapped for a boxed `this` when `t` is a value type.
    fn for_dispatch(&self, t: TyId, m: MIdx, margs: &[TyId]) -> LResult<MIdx> {
        let mi = self.method(m);
        let m = if mi.generic_params > 0 && mi.margs.is_empty() && !margs.is_empty() {
            self.method_inst(mi.owner, mi.def, margs)?
        } else {
            m
        };
        let mi = self.method(m);
        if self.ty(t).is_value() && !mi.is_static() && self.ty(mi.owner).is_value() {
            return self.unbox_stub(m);
        }
        Ok(m)
    }

    /// A generic virtual method instantiation called on an object of type `t`.
    pub fn find_override(&self, t: TyId, target: MIdx) -> LResult<MIdx> {
        let want = self.method(target);
        if self.ty(want.owner).is_interface() {
            return self.find_implementation(t, target);
        }
        let mut cur = Some(t);
        while let Some(c) = cur {
            for (body, decl) in self.method_impls(c)? {
                if decl == target || self.same_generic_method(decl, target) {
                    return self.for_dispatch(t, body, &want.margs);
                }
            }
            for m in self.methods_of(c)? {
                let mi = self.method(m);
                if mi.is_virtual() && mi.name == want.name && self.same_sig(&mi, &want) {
                    return self.for_dispatch(t, m, &want.margs);
                }
            }
            if c == want.owner {
                break;
            }
            cur = self.ty(c).parent;
        }
        self.for_dispatch(t, target, &want.margs)
    }

    /// `SZArrayHelper.<name><T>` for an interface method called on `T[]`.
    fn sz_array_helper(&self, elem: TyId, want: &MethodInfo) -> LResult<MIdx> {
        let helper = self.corlib_type("System.SZArrayHelper")?;
        let name = want.name.rsplit('.').next().unwrap_or(&want.name).to_string();
        for m in self.methods_of(helper)? {
            let mi = self.method(m);
            if mi.name == name && mi.params.len() == want.params.len() + 1 {
                return self.method_inst(helper, mi.def, &[elem]);
            }
        }
        Err(LoadError::missing_method(format!("SZArrayHelper.{name}")))
    }

    /// Methods of array types: `Get`, `Set`, `Address`, `.ctor` (§II.14.2).
    fn array_method(&self, owner: TyId, name: &str, sig: &MethodSig, a: AsmIdx, ctx: Ctx<'_>) -> LResult<MIdx> {
        let key = (owner, u32::MAX - ["Get", "Set", "Address", ".ctor"].iter().position(|n| *n == name).unwrap_or(4) as u32 - sig.params.len() as u32 * 8, Vec::new());
        if let Some(&m) = self.method_keys.borrow().get(&key) {
            return Ok(m);
        }
        let mut params = Vec::new();
        for p in &sig.params {
            params.push(self.resolve_sig(a, p, ctx)?);
        }
        let ret = self.resolve_sig(a, &sig.ret, ctx)?;
        let mi = MethodInfo { asm: a, ..self.synthesized(owner, name.to_string(), BodyKind::Runtime, true, params, ret) };
        Ok(self.add_method_info(mi, Some(key)))
    }

    /// A method with no metadata row behind it (array methods, unboxing
    /// entries, boundary entries), in its owner's assembly, with its
    /// runtime id; callers change what differs before registering it.
    pub(crate) fn synthesized(&self, owner: TyId, name: String, body: BodyKind, has_this: bool, params: Vec<TyId>, ret: TyId) -> MethodInfo {
        let shape = self.shape(has_this, &params, ret);
        let id = self.rt().add_method(shape.clone(), self.placeholder_rt, self.home.get());
        MethodInfo {
            owner,
            asm: self.ty(owner).asm,
            def: 0,
            margs: Vec::new(),
            name,
            flags: 0,
            impl_flags: 0,
            body,
            has_this,
            params,
            ret,
            generic_params: 0,
            id: Some(id),
            shape: Some(shape),
            vslot: Cell::new(None),
            selector: Cell::new(0),
        }
    }
}

/// The other VM's offset of field `field` of stub type `ty`.
fn foreign_offset(fc: &crate::foreign::ForeignClass, ty: &str, field: &str) -> LResult<u32> {
    fc.fields
        .iter()
        .find(|(n, _)| n == field)
        .map(|&(_, o)| o)
        .ok_or_else(|| LoadError::new("System.MissingFieldException", format!("Field '{ty}.{field}' not found.")))
}

/// The element of a primitive array type the JVM has too (`int[]` is Java's
/// `int[]`); unsigned integer arrays have no Java twin.
fn shared_array_elem(k: &Kind) -> Option<substrate::ArrayElem> {
    use substrate::ArrayElem as E;
    Some(match k {
        Kind::Prim(Prim::Bool) => E::Bool,
        Kind::Prim(Prim::Char) => E::Char,
        Kind::Prim(Prim::I1) => E::I8,
        Kind::Prim(Prim::I2) => E::I16,
        Kind::Prim(Prim::I4) => E::I32,
        Kind::Prim(Prim::I8) => E::I64,
        Kind::Prim(Prim::R4) => E::F32,
        Kind::Prim(Prim::R8) => E::F64,
        _ => return None,
    })
}
