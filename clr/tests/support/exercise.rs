//! Shared by the integration tests: calls every table accessor, signature
//! parser and the method-body and IL decoders of an assembly, counting what
//! succeeded and keeping the first error.

use clr::il::{decode_body, ClauseKind, Insn};
use clr::metadata::rows::*;
use clr::metadata::tables::TableId;
use clr::{Assembly, Error};

#[derive(Debug, Default)]
pub struct Stats {
    pub types: usize,
    pub methods: usize,
    pub bodies: usize,
    pub instructions: usize,
    pub clauses: usize,
    pub signatures: usize,
    pub rows: usize,
    pub first_error: Option<Error>,
}

impl Stats {
    fn note<T>(&mut self, r: Result<T, Error>) -> Option<T> {
        match r {
            Ok(v) => Some(v),
            Err(e) => {
                self.first_error.get_or_insert(e);
                None
            }
        }
    }
}

fn table<R: Row>(asm: &Assembly, s: &mut Stats) -> Vec<R> {
    let mut out = Vec::new();
    for r in asm.rows::<R>() {
        if let Some(r) = s.note(r) {
            s.rows += 1;
            out.push(r);
        }
    }
    out
}

/// Walks everything in `asm`.
pub fn exercise(asm: &Assembly) -> Stats {
    let mut s = Stats::default();
    let _ = asm.entry_point();
    for _ in table::<ModuleRow>(asm, &mut s) {}
    for _ in table::<TypeRefRow>(asm, &mut s) {}
    let types = table::<TypeDefRow>(asm, &mut s);
    s.types = types.len();
    for i in 1..=types.len() as u32 {
        let r = asm.type_name(i);
        s.note(r);
    }
    for f in table::<FieldRow>(asm, &mut s) {
        if s.note(asm.field_sig(&f)).is_some() {
            s.signatures += 1;
        }
    }
    let methods = table::<MethodDefRow>(asm, &mut s);
    s.methods = methods.len();
    for m in &methods {
        if s.note(asm.method_sig(m)).is_some() {
            s.signatures += 1;
        }
        if m.rva == 0 {
            continue;
        }
        let Some(body) = s.note(asm.method_body(m.rva)) else { continue };
        if let Some(tok) = body.local_sig {
            if s.note(asm.locals(tok)).is_some() {
                s.signatures += 1;
            }
        }
        s.clauses += body.clauses.len();
        let Some(insns) = s.note(decode_body(&body)) else { continue };
        s.bodies += 1;
        s.instructions += insns.len();
        for (_, insn) in &insns {
            if let Insn::LdStr(t) = insn {
                s.note(asm.user_string(*t));
            }
        }
        for c in &body.clauses {
            if let ClauseKind::Catch(t) = c.kind {
                let ok = matches!(t.table(), Some(TableId::TypeDef | TableId::TypeRef | TableId::TypeSpec));
                s.note(if ok { Ok(()) } else { Err(Error::Unsupported(format!("catch token {t:?}"))) });
            }
        }
    }
    for _ in table::<ParamRow>(asm, &mut s) {}
    for _ in table::<InterfaceImplRow>(asm, &mut s) {}
    for m in table::<MemberRefRow>(asm, &mut s) {
        if s.note(asm.member_ref_sig(&m)).is_some() {
            s.signatures += 1;
        }
    }
    for c in table::<ConstantRow>(asm, &mut s) {
        s.note(asm.blob(c.value));
    }
    for c in table::<CustomAttributeRow>(asm, &mut s) {
        s.note(asm.blob(c.value));
    }
    for _ in table::<FieldMarshalRow>(asm, &mut s) {}
    for _ in table::<DeclSecurityRow>(asm, &mut s) {}
    for _ in table::<ClassLayoutRow>(asm, &mut s) {}
    for _ in table::<FieldLayoutRow>(asm, &mut s) {}
    for sig in table::<StandAloneSigRow>(asm, &mut s) {
        if s.note(asm.standalone_sig(&sig)).is_some() {
            s.signatures += 1;
        }
    }
    for _ in table::<EventMapRow>(asm, &mut s) {}
    for _ in table::<EventRow>(asm, &mut s) {}
    for _ in table::<PropertyMapRow>(asm, &mut s) {}
    for p in table::<PropertyRow>(asm, &mut s) {
        if s.note(asm.property_sig(&p)).is_some() {
            s.signatures += 1;
        }
    }
    for _ in table::<MethodSemanticsRow>(asm, &mut s) {}
    for _ in table::<MethodImplRow>(asm, &mut s) {}
    for _ in table::<ModuleRefRow>(asm, &mut s) {}
    for t in table::<TypeSpecRow>(asm, &mut s) {
        if s.note(asm.type_spec_sig(&t)).is_some() {
            s.signatures += 1;
        }
    }
    for _ in table::<ImplMapRow>(asm, &mut s) {}
    for _ in table::<FieldRvaRow>(asm, &mut s) {}
    for _ in table::<AssemblyRow>(asm, &mut s) {}
    for _ in table::<AssemblyRefRow>(asm, &mut s) {}
    for _ in table::<FileRow>(asm, &mut s) {}
    for _ in table::<ExportedTypeRow>(asm, &mut s) {}
    for _ in table::<ManifestResourceRow>(asm, &mut s) {}
    for _ in table::<NestedClassRow>(asm, &mut s) {}
    for _ in table::<GenericParamRow>(asm, &mut s) {}
    for m in table::<MethodSpecRow>(asm, &mut s) {
        if s.note(asm.method_spec_sig(&m)).is_some() {
            s.signatures += 1;
        }
    }
    for _ in table::<GenericParamConstraintRow>(asm, &mut s) {}
    s
}
