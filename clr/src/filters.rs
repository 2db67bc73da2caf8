//! Exception filters in the first pass of dispatch (ECMA-335 §I.12.4.2.5):
//! when an exception is thrown, the filters of the frames it will cross run
//! before any `finally` or `fault` block inside them, while those inner
//! frames are still live.
//!
//! A filter reads its method's locals and arguments, so it cannot run as
//! part of the method's code while the method is stopped at a call. It runs
//! as a *funclet*: the filter's IL compiled as a function of (exception,
//! frame pointer of the method's frame) that reaches the locals and
//! arguments the filter names in the method's frame. The method keeps
//! those in stack slots, whose offsets from its frame pointer the JIT
//! reports once the method is compiled ([`FilterFrame`]).
//!
//! The substrate's first pass asks each frame ([`Clr::first_pass`]); the
//! verdicts it records are what the method's handler search reads in the
//! second pass (`rt_filter_verdict`), so a filter runs once. A filter the
//! first pass did not reach (it stopped at a frame of the other VM, or a
//! funclet could not be made) runs inside its method as before.

use crate::il::ClauseKind;
use crate::loader::Ctx;
use crate::model::BodyKind;
use crate::vm::Clr;
use cranelift_codegen::ir::types;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use substrate::jit::Shape;
use substrate::{FirstPass, MethodId, ObjRef, Runtime, TypeId};

/// Where the variables a method's filters name live in its frame.
#[derive(Debug, Default)]
pub(crate) struct FilterFrame {
    /// (a local (else an argument), index, offset from the frame pointer).
    pub vars: Vec<(bool, u16, i64)>,
}

impl FilterFrame {
    /// The frame-pointer offset of local (or argument) `index`.
    pub fn offset(&self, local: bool, index: u16) -> Option<i64> {
        self.vars.iter().find(|v| v.0 == local && v.1 == index).map(|v| v.2)
    }
}

/// One exception clause as the first pass reads it: its protected range
/// and what it does, the catch type resolved.
#[derive(Debug, Clone, Copy)]
struct Region {
    try_offset: u32,
    try_len: u32,
    handles: Handles,
}

#[derive(Debug, Clone, Copy)]
enum Handles {
    /// `finally` or `fault`: runs in the second pass, handles nothing.
    Nothing,
    Catch(TypeId),
    /// `catch (object)`.
    CatchAll,
    /// A catch type that does not resolve: the second pass decides.
    Unresolved,
    Filter,
}

/// The filter bookkeeping of one CLR front end.
#[derive(Debug, Default)]
pub(crate) struct Filters {
    /// Each method's clauses, read once: a throw asks every frame it
    /// crosses (`None`: the body cannot be read).
    regions: RefCell<HashMap<MethodId, Option<Rc<[Region]>>>>,
    frames: RefCell<HashMap<MethodId, Rc<FilterFrame>>>,
    /// (method, clause) -> its funclet (`None`: none can be made).
    funclets: RefCell<HashMap<(MethodId, u32), Option<MethodId>>>,
    /// Funclet -> (method, clause).
    parents: RefCell<HashMap<MethodId, (MethodId, u32)>>,
}

impl Filters {
    /// Records the frame layout of compiled method `m`.
    pub fn set_frame(&self, m: MethodId, frame: FilterFrame) {
        self.frames.borrow_mut().insert(m, Rc::new(frame));
    }

    pub fn frame(&self, m: MethodId) -> Option<Rc<FilterFrame>> {
        self.frames.borrow().get(&m).cloned()
    }

    /// The method and clause funclet `f` runs the filter of.
    pub fn parent(&self, f: MethodId) -> Option<(MethodId, u32)> {
        self.parents.borrow().get(&f).copied()
    }
}

impl Clr {
    /// The first-pass verdict for the frame of `method` at `fp` stopped at
    /// IL offset `srcloc`: its clauses around that offset, innermost first
    /// (§II.19): a matching `catch` handles the exception, a filter runs as
    /// a funclet, `finally` and `fault` wait for the second pass.
    /// Without `run_filters`, a filter around `srcloc` gives `Unknown`.
    pub(crate) fn first_pass(
        &self,
        rt: &Runtime,
        method: MethodId,
        srcloc: Option<u32>,
        fp: usize,
        exn: ObjRef,
        run_filters: bool,
    ) -> (FirstPass, Vec<(u32, bool)>) {
        let mut ran = Vec::new();
        let Some(regions) = self.regions(method) else { return (FirstPass::Unknown, ran) };
        if regions.is_empty() {
            return (FirstPass::Continue, ran);
        }
        let Some(at) = srcloc else { return (FirstPass::Unknown, ran) };
        let exn_ty = rt.type_of(exn);
        for (i, r) in regions.iter().enumerate() {
            if at < r.try_offset || at - r.try_offset >= r.try_len {
                continue;
            }
            match r.handles {
                Handles::Nothing => {}
                Handles::Unresolved => return (FirstPass::Unknown, ran),
                Handles::CatchAll => return (FirstPass::Handled, ran),
                Handles::Catch(t) if rt.catches(exn_ty, t) => return (FirstPass::Handled, ran),
                Handles::Catch(_) => {}
                Handles::Filter if !run_filters => return (FirstPass::Unknown, ran),
                Handles::Filter => {
                    let clause = i as u32;
                    let Some(f) = self.funclet(rt, method, clause) else { return (FirstPass::Unknown, ran) };
                    // An exception inside a filter means "not this handler" (§III.3.34).
                    let accepted = matches!(rt.invoke(f, &[exn.addr() as u64, fp as u64]), Ok(v) if v as u32 != 0);
                    ran.push((clause, accepted));
                    if accepted {
                        return (FirstPass::Handled, ran);
                    }
                }
            }
        }
        (FirstPass::Continue, ran)
    }

    /// `method`'s clauses, in table order (innermost first, §II.19), read
    /// and resolved on the first throw that crosses one of its frames.
    /// Methods without IL (natives, adapters) only pass exceptions on.
    fn regions(&self, method: MethodId) -> Option<Rc<[Region]>> {
        if let Some(known) = self.filters.regions.borrow().get(&method) {
            return known.clone();
        }
        let read = || -> Option<Rc<[Region]>> {
            let m = self.method(self.method_of_id(method)?);
            let BodyKind::Il(rva) = m.body else { return Some(Rc::from([])) };
            let body = self.asm(m.asm).asm.method_body(rva).ok()?;
            let owner = self.ty(m.owner);
            let ctx = Ctx { targs: &owner.args, margs: &m.margs };
            let region = |c: &crate::il::ExceptionClause| {
                let handles = match c.kind {
                    ClauseKind::Finally | ClauseKind::Fault => Handles::Nothing,
                    ClauseKind::Filter(_) => Handles::Filter,
                    ClauseKind::Catch(tok) => match self.resolve_type_token(m.asm, tok, ctx) {
                        Ok(t) if t == self.object_ty => Handles::CatchAll,
                        Ok(t) => self.link(t).map_or(Handles::Unresolved, |l| Handles::Catch(l.rt)),
                        Err(_) => Handles::Unresolved,
                    },
                };
                Region { try_offset: c.try_offset, try_len: c.try_len, handles }
            };
            Some(body.clauses.iter().map(region).collect())
        };
        let regions = read();
        self.filters.regions.borrow_mut().insert(method, regions.clone());
        regions
    }

    /// The compiled funclet of filter `clause` of `method`, made once.
    fn funclet(&self, rt: &Runtime, method: MethodId, clause: u32) -> Option<MethodId> {
        if let Some(&known) = self.filters.funclets.borrow().get(&(method, clause)) {
            return known;
        }
        let made = self.filters.frame(method).and_then(|_| {
            let owner = rt.method_owner(method)?;
            let shape = Shape { params: vec![types::I64, types::I64], ret: Some(types::I32) };
            let f = rt.add_method(shape, owner, self.home.get());
            self.filters.parents.borrow_mut().insert(f, (method, clause));
            rt.ensure_compiled(f).ok().map(|_| f)
        });
        self.filters.funclets.borrow_mut().insert((method, clause), made);
        made
    }
}
