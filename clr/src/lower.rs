//! CIL to Cranelift, one method (closed instantiation) at a time, on its
//! first call.
//!
//! The evaluation stack lives in SSA values inside a block and in
//! `Variable`s across blocks; every block's entry stack is fixed by the
//! first branch that reaches it (§III.1.7.5 makes it the same from all).
//! Scalars and references are `Variable`s (references declared as GC
//! roots); value types live in stack slots and are handled by address,
//! their reference fields reported at every safepoint as frame roots.
//!
//! Exception handling (§II.19): a call in a protected region is a
//! `try_call` whose one catch-all landing runs the *chain* of the clauses
//! around it: typed catches test the exception's type, filters run their
//! code, `finally`/`fault` handlers run with a selector that says where to
//! continue (`leave` targets, or on to the outer clauses).

mod adapters;
mod calls;
mod leaf;
mod ops;

pub(crate) use leaf::leaf_of;

use crate::il::{decode_body, ClauseKind, ExceptionClause, Insn, MethodBody};
use crate::loader::Ctx;
use crate::model::{BodyKind, Kind, MethodInfo, Repr, TyId};
use crate::filters::FilterFrame;
use crate::vm::{Clr, LResult, LoadError};
use cranelift_codegen::ir::{
    types, Block, InstBuilder, MemFlagsData, StackSlot, StackSlotData, StackSlotKind, Type, Value,
};
use cranelift_frontend::Variable;
use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;
use std::sync::atomic::Ordering;
use substrate::runtime::INIT_DONE;
use substrate::code::CodeKind;
use substrate::jit::Tier;
use substrate::lower::{Lowering, REF};
use substrate::{MethodId, ObjRef, Runtime};

const TRUSTED: MemFlagsData = MemFlagsData::trusted();

/// One evaluation-stack entry: its static type and value (for value
/// types, the address of a frame temporary holding the value).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Se {
    pub ty: TyId,
    pub v: Value,
}

/// Where a local or argument lives.
#[derive(Debug, Clone, Copy)]
enum Home {
    Var(Variable),
    /// In a stack slot (value types, address-taken scalars).
    Slot(StackSlot),
    /// A value-type argument: the address of the caller's copy.
    Addr(Value),
}

/// Per-clause exception-handling state.
struct Eh {
    clauses: Vec<ExceptionClause>,
    exn: Vec<Variable>,
    sel: Vec<Variable>,
    conts: Vec<Vec<Block>>,
    dispatch: Vec<Option<Block>>,
    chains: HashMap<Vec<usize>, Block>,
}

pub(crate) struct Tr<'a> {
    pub clr: &'a Clr,
    pub rt: &'a Runtime,
    pub lw: Lowering<'a>,
    pub m: Rc<MethodInfo>,
    pub targs: Vec<TyId>,
    pub margs: Vec<TyId>,
    pub stack: Vec<Se>,
    pub cfg: cranelift_codegen::isa::TargetFrontendConfig,
    args: Vec<(Home, TyId)>,
    locals: Vec<(Home, TyId)>,
    ret_buf: Option<Value>,
    blocks: HashMap<u32, Block>,
    shapes: HashMap<u32, Vec<(TyId, Type, bool)>>,
    /// Blocks whose entry stack became known since the worklist last looked.
    reached: Vec<u32>,
    stack_vars: HashMap<(usize, Type, bool), Variable>,
    eh: Eh,
    /// Value-type temporaries and slots to zero on entry.
    zero_slots: Vec<(StackSlot, u32)>,
    init_block: Option<Block>,
    pub constrained: Option<TyId>,
    pc: u32,
    /// Set when compiling a filter as a funclet (see `crate::filters`).
    funclet: Option<Funclet>,
    /// Quick code: counts its calls (the function itself, to forward to).
    counting: Option<cranelift_codegen::ir::FuncRef>,
}

/// A filter compiled on its own: its IL range, where the method's
/// variables live, and the exception parameter.
struct Funclet {
    start: u32,
    end: u32,
    frame: Rc<FilterFrame>,
    exn: Option<Value>,
}

impl<'a> Tr<'a> {
    fn new(
        clr: &'a Clr,
        rt: &'a Runtime,
        lw: Lowering<'a>,
        m: &Rc<MethodInfo>,
        cfg: cranelift_codegen::isa::TargetFrontendConfig,
        funclet: Option<Funclet>,
    ) -> Self {
        Tr {
            clr,
            rt,
            lw,
            m: m.clone(),
            targs: clr.ty(m.owner).args.clone(),
            margs: m.margs.clone(),
            stack: Vec::new(),
            cfg,
            args: Vec::new(),
            locals: Vec::new(),
            ret_buf: None,
            blocks: HashMap::new(),
            shapes: HashMap::new(),
            reached: Vec::new(),
            stack_vars: HashMap::new(),
            eh: Eh { clauses: Vec::new(), exn: Vec::new(), sel: Vec::new(), conts: Vec::new(), dispatch: Vec::new(), chains: HashMap::new() },
            zero_slots: Vec::new(),
            init_block: None,
            constrained: None,
            pc: 0,
            funclet,
            counting: None,
        }
    }
}

/// Compiles a method; returns its code or the exception to raise.
pub fn compile(clr: &Clr, rt: &Runtime, id: MethodId, tier_up: bool) -> Result<(usize, Tier), ObjRef> {
    if let Some((method, clause)) = clr.filters.parent(id) {
        return compile_funclet(clr, rt, id, method, clause).map(|c| (c, Tier::Optimized)).map_err(|e| clr.raise(&e));
    }
    let Some(mi) = clr.method_of_id(id) else {
        return Err(clr.new_exception("System.ExecutionEngineException", Some("unknown method")));
    };
    let m = clr.method(mi);
    if m.body == BodyKind::Abstract {
        return Err(clr.new_exception("System.EntryPointNotFoundException", Some(&format!("{}::{}", clr.ty(m.owner).name, m.name))));
    }
    // Types whose initializer may run early (beforefieldinit) run it now,
    // before the first access, as Mono's JIT does.
    let body = match m.body {
        BodyKind::Il(rva) => {
            let read = |clr: &Clr| -> LResult<Il> {
                let body = clr.asm(m.asm).asm.method_body(rva).map_err(LoadError::bad_image)?;
                let insns = decode_body(&body).map_err(LoadError::bad_image)?;
                Ok(Il { body, insns })
            };
            Some(read(clr).map_err(|e| clr.raise(&e))?)
        }
        _ => None,
    };
    if let Some(il) = &body {
        pre_initialize(clr, &m, &il.insns)?;
    }
    let t0 = std::time::Instant::now();
    let tier = if tier_up { Tier::Optimized } else { first_tier(&m, body.as_ref()) };
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| build(clr, rt, &m, body.as_ref(), tier)))
        .unwrap_or_else(|_| {
            rt.jit.borrow_mut().reset();
            Err(LoadError::invalid_program(format!("twain cannot compile {}::{}", clr.ty(m.owner).name, m.name)))
        });
    if std::env::var_os("TWAIN_TRACE_COMPILE").is_some() {
        eprintln!("twain: compile {}::{} {:?}", clr.ty(m.owner).name, m.name, t0.elapsed());
    }
    r.map(|c| (c, tier)).map_err(|e| clr.raise(&e))
}

/// The tier a method's code starts at: quick code (cheap to compile,
/// counting its calls until it is hot) for a body without loops, optimised
/// code for one with loops (a hot loop may be called once), a type
/// initializer and a method with filters (whose funclets read its frame by
/// one layout).
fn first_tier(m: &MethodInfo, body: Option<&Il>) -> Tier {
    let Some(il) = body else { return Tier::Optimized };
    let loops = il.insns.iter().any(|(pc, i)| i.targets().iter().any(|t| t <= pc));
    let filters = il.body.clauses.iter().any(|c| matches!(c.kind, ClauseKind::Filter(_)));
    if loops || filters || m.name == ".cctor" || std::env::var_os("TWAIN_NO_QUICK_TIER").is_some() {
        Tier::Optimized
    } else {
        Tier::Quick
    }
}

/// A method body and its decoded instructions.
struct Il {
    body: MethodBody,
    insns: Vec<(u32, Insn)>,
}

fn pre_initialize(clr: &Clr, m: &MethodInfo, insns: &[(u32, Insn)]) -> Result<(), ObjRef> {
    let info = clr.ty(m.owner);
    let ctx = Ctx { targs: &info.args, margs: &m.margs };
    let mut seen = BTreeSet::new();
    for (_, i) in insns {
        if let Insn::LdsFld(t) | Insn::StsFld(t) | Insn::LdsFldA(t) = i {
            if let Ok((owner, _)) = clr.resolve_field(m.asm, *t, ctx) {
                if seen.insert(owner) && clr.ty(owner).before_field_init() {
                    clr.initialize_type(owner)?;
                }
            }
        }
    }
    Ok(())
}

fn build(clr: &Clr, rt: &Runtime, m: &Rc<MethodInfo>, body: Option<&Il>, tier: Tier) -> LResult<usize> {
    let shape = m.shape.clone().ok_or_else(|| LoadError::invalid_program("open generic method"))?;
    let mut jit_guard = rt.jit.borrow_mut();
    let jit = &mut *jit_guard;
    jit.clear();
    jit.ctx.func.signature = shape.signature();
    let cfg = jit.target_config();
    // Quick code forwards to optimised code once hot: it calls itself by name.
    let me = if tier == Tier::Quick { Some(jit.declare_self().map_err(|e| LoadError::invalid_program(e.to_string()))?) } else { None };
    let lw = Lowering::new(jit.builder(), rt.throw_stub(), clr.home.get());
    let info = clr.ty(m.owner);
    let mut t = Tr::new(clr, rt, lw, m, cfg, None);
    t.counting = me;
    let r = match (m.body, body) {
        (BodyKind::Il(_), Some(b)) => t.translate(b),
        (BodyKind::Unbox(inner), _) => t.unbox_body(inner),
        (BodyKind::Boundary(a), _) => t.boundary_body(a),
        (BodyKind::Runtime, _) if info.is_delegate && m.name == ".ctor" => t.delegate_ctor(),
        (BodyKind::Runtime, _) if info.is_delegate && m.name == "Invoke" => t.delegate_invoke(),
        (BodyKind::Runtime, _) => {
            crate::natives::bind(clr, m)?;
            t.lw.native_adapter(m.id.map_or(0, |i| i.0));
            Ok(())
        }
        _ => Err(LoadError::invalid_program("method has no body")),
    };
    if let Err(e) = r {
        drop(t);
        jit.reset();
        return Err(e);
    }
    let filter_slots = t.filter_slots();
    t.lw.finish(cfg);
    let mut code_reg = rt.code.borrow_mut();
    let id = m.id.map_or(0, |i| i.0);
    let code = jit.finish_tier(CodeKind::Method(id), &mut code_reg, tier).map_err(|e| {
        LoadError::invalid_program(format!("cannot compile {}: {e}", m.name))
    })?;
    if let (Some(slots), Some(mid)) = (filter_slots, m.id) {
        // Where the filters' variables ended up, for their funclets.
        let vars = slots.into_iter().filter_map(|(local, n, slot)| Some((local, n, jit.slot_offset_from_fp(slot)?))).collect();
        clr.filters.set_frame(mid, FilterFrame { vars });
        rt.filters_compiled.set(true);
    }
    Ok(code)
}

/// Compiles filter `clause` of `method` as funclet `id`:
/// `(exception, frame pointer) -> i32`.
fn compile_funclet(clr: &Clr, rt: &Runtime, id: MethodId, method: MethodId, clause: u32) -> LResult<usize> {
    let mi = clr.method_of_id(method).ok_or_else(|| LoadError::invalid_program("funclet of an unknown method"))?;
    let m = clr.method(mi);
    let frame = clr.filters.frame(method).ok_or_else(|| LoadError::invalid_program("method without filter frame"))?;
    let BodyKind::Il(rva) = m.body else { return Err(LoadError::invalid_program("funclet of a method without IL")) };
    let body = clr.asm(m.asm).asm.method_body(rva).map_err(LoadError::bad_image)?;
    let insns = decode_body(&body).map_err(LoadError::bad_image)?;
    let c = *body.clauses.get(clause as usize).ok_or_else(|| LoadError::invalid_program("no such clause"))?;
    let ClauseKind::Filter(start) = c.kind else { return Err(LoadError::invalid_program("not a filter clause")) };
    let il = Il { body, insns };
    let mut jit_guard = rt.jit.borrow_mut();
    let jit = &mut *jit_guard;
    jit.clear();
    let shape = substrate::jit::Shape { params: vec![REF, types::I64], ret: Some(types::I32) };
    jit.ctx.func.signature = shape.signature();
    let cfg = jit.target_config();
    let lw = Lowering::new(jit.builder(), rt.throw_stub(), clr.home.get());
    let funclet = Funclet { start, end: c.handler_offset, frame, exn: None };
    let mut t = Tr::new(clr, rt, lw, &m, cfg, Some(funclet));
    if let Err(e) = t.translate(&il) {
        drop(t);
        jit.reset();
        return Err(e);
    }
    t.lw.finish(cfg);
    let mut code_reg = rt.code.borrow_mut();
    jit.finish_tier(CodeKind::Method(id.0), &mut code_reg, Tier::Optimized)
        .map_err(|e| LoadError::invalid_program(format!("cannot compile a filter of {}: {e}", m.name)))
}

impl Tr<'_> {
    pub fn ctx(&self) -> Ctx<'_> {
        Ctx { targs: &self.targs, margs: &self.margs }
    }

    pub fn pop(&mut self) -> LResult<Se> {
        self.stack.pop().ok_or_else(|| LoadError::invalid_program(format!("stack underflow at IL_{:04x}", self.pc)))
    }

    pub fn push(&mut self, ty: TyId, v: Value) {
        // A reference or managed pointer may stay on the stack across a
        // call: a GC root (pointers keep the object they point into alive).
        if matches!(self.clr.repr(ty), Repr::Ref | Repr::Ptr) && self.lw.b.func.dfg.value_type(v) == types::I64 {
            self.lw.b.declare_value_needs_stack_map(v);
        }
        self.stack.push(Se { ty, v });
    }

    pub fn iconst(&mut self, t: Type, v: i64) -> Value {
        self.lw.b.ins().iconst(t, v)
    }

    /// A fresh frame slot for a value of type `ty`, zeroed on entry when it
    /// holds references (which are then frame roots).
    pub fn temp(&mut self, ty: TyId) -> LResult<Value> {
        let slot = self.slot_for(ty)?;
        if !self.clr.value_refs(ty)?.is_empty() {
            let (size, _) = self.clr.value_size(ty)?;
            self.zero_slots.push((slot, size));
        }
        Ok(self.lw.b.ins().stack_addr(types::I64, slot, 0))
    }

    /// Copies a value of type `ty` from `src` to `dst` (addresses).
    pub fn copy_value(&mut self, ty: TyId, dst: Value, src: Value) -> LResult<()> {
        let (size, _) = self.clr.value_size(ty)?;
        self.lw.b.emit_small_memory_copy(self.cfg, dst, src, u64::from(size), 1, 1, false, TRUSTED);
        Ok(())
    }

    pub fn zero_value(&mut self, ty: TyId, dst: Value) -> LResult<()> {
        let (size, _) = self.clr.value_size(ty)?;
        self.lw.b.emit_small_memset(self.cfg, dst, 0, u64::from(size), 1, TRUSTED);
        Ok(())
    }

    /// Loads a value of type `ty` from `addr` onto the stack (value types
    /// are copied into a fresh temporary).
    pub fn load_typed(&mut self, ty: TyId, addr: Value, offset: i32) -> LResult<Value> {
        Ok(match self.clr.repr(ty) {
            Repr::Scalar(p) => {
                let mem = p.mem();
                match (mem, p.signed()) {
                    (types::I8, true) => self.lw.b.ins().sload8(types::I32, TRUSTED, addr, offset),
                    (types::I8, false) => self.lw.b.ins().uload8(types::I32, TRUSTED, addr, offset),
                    (types::I16, true) => self.lw.b.ins().sload16(types::I32, TRUSTED, addr, offset),
                    (types::I16, false) => self.lw.b.ins().uload16(types::I32, TRUSTED, addr, offset),
                    _ => self.lw.b.ins().load(mem, TRUSTED, addr, offset),
                }
            }
            Repr::Ref | Repr::Ptr => self.lw.b.ins().load(types::I64, TRUSTED, addr, offset),
            Repr::Struct => {
                let t = self.temp(ty)?;
                let src = if offset == 0 { addr } else { self.lw.b.ins().iadd_imm_s(addr, i64::from(offset)) };
                self.copy_value(ty, t, src)?;
                t
            }
            Repr::Void => return Err(LoadError::invalid_program("load of void")),
        })
    }

    /// Stores `v` (converted to `ty`) at `addr + offset`. `barrier_obj` is
    /// the object stored into, when it is on the heap.
    pub fn store_typed(&mut self, ty: TyId, addr: Value, offset: i32, v: Se, barrier_obj: Option<Value>) -> LResult<()> {
        match self.clr.repr(ty) {
            Repr::Scalar(p) => {
                let v = self.coerce(v, ty)?;
                let mem = p.mem();
                let v = if mem != p.clif() { self.lw.b.ins().ireduce(mem, v) } else { v };
                self.lw.b.ins().store(TRUSTED, v, addr, offset);
            }
            Repr::Ref => {
                if let Some(o) = barrier_obj {
                    self.lw.write_barrier(o);
                }
                self.lw.b.ins().store(TRUSTED, v.v, addr, offset);
            }
            Repr::Ptr => {
                let v = self.coerce(v, ty)?;
                self.lw.b.ins().store(TRUSTED, v, addr, offset);
            }
            Repr::Struct => {
                if let Some(o) = barrier_obj {
                    if !self.clr.value_refs(ty)?.is_empty() {
                        self.lw.write_barrier(o);
                    }
                }
                let dst = if offset == 0 { addr } else { self.lw.b.ins().iadd_imm_s(addr, i64::from(offset)) };
                self.copy_value(ty, dst, v.v)?;
            }
            Repr::Void => return Err(LoadError::invalid_program("store of void")),
        }
        Ok(())
    }

    /// Converts a stack value to the representation of type `ty` (implicit
    /// int32 <-> native int, float widths, small-int truncation).
    pub fn coerce(&mut self, v: Se, ty: TyId) -> LResult<Value> {
        let want = match self.clr.repr(ty) {
            Repr::Scalar(p) => p.clif(),
            Repr::Ref | Repr::Ptr | Repr::Struct => types::I64,
            Repr::Void => return Ok(v.v),
        };
        let have = self.lw.b.func.dfg.value_type(v.v);
        let mut x = v.v;
        if have != want {
            x = match (have, want) {
                (types::I32, types::I64) => {
                    if self.clr.ty(v.ty).kind == Kind::Prim(crate::model::Prim::U4) {
                        self.lw.b.ins().uextend(types::I64, x)
                    } else {
                        self.lw.b.ins().sextend(types::I64, x)
                    }
                }
                (types::I64, types::I32) => self.lw.b.ins().ireduce(types::I32, x),
                (types::F32, types::F64) => self.lw.b.ins().fpromote(types::F64, x),
                (types::F64, types::F32) => self.lw.b.ins().fdemote(types::F32, x),
                _ => return Err(LoadError::invalid_program(format!("IL_{:04x}: cannot use {have} as {}", self.pc, self.clr.ty(ty).name))),
            };
        }
        if let Repr::Scalar(p) = self.clr.repr(ty) {
            if p.mem() != p.clif() {
                x = self.lw.rewiden(x, p.mem(), p.signed());
            }
        }
        Ok(x)
    }

    fn stack_var(&mut self, depth: usize, t: Type, is_ref: bool) -> Variable {
        if let Some(&v) = self.stack_vars.get(&(depth, t, is_ref)) {
            return v;
        }
        let v = self.lw.b.declare_var(t);
        if is_ref {
            self.lw.b.declare_var_needs_stack_map(v);
        }
        self.stack_vars.insert((depth, t, is_ref), v);
        v
    }

    fn block_for(&mut self, pc: u32) -> Block {
        if let Some(&b) = self.blocks.get(&pc) {
            return b;
        }
        let b = self.lw.b.create_block();
        self.blocks.insert(pc, b);
        b
    }

    fn entry_of(&self, e: &Se) -> (TyId, Type, bool) {
        let t = self.lw.b.func.dfg.value_type(e.v);
        (e.ty, t, t == types::I64 && matches!(self.clr.repr(e.ty), Repr::Ref | Repr::Ptr))
    }

    /// Saves the stack into variables for a jump to `target`.
    pub fn flow_to(&mut self, target: u32) -> LResult<Block> {
        if let Some(f) = &self.funclet {
            if target < f.start || target >= f.end {
                return Err(LoadError::invalid_program("a filter branches out of its block"));
            }
        }
        let shape: Vec<(TyId, Type, bool)> = self.stack.iter().map(|e| self.entry_of(e)).collect();
        for (i, e) in self.stack.clone().iter().enumerate() {
            let (_, t, r) = shape[i];
            let var = self.stack_var(i, t, r);
            self.lw.b.def_var(var, e.v);
        }
        match self.shapes.get(&target) {
            Some(s) if s.len() != shape.len() || s.iter().zip(&shape).any(|(a, b)| a.1 != b.1 || a.2 != b.2) => {
                return Err(LoadError::invalid_program(format!("inconsistent stack at IL_{target:04x}")))
            }
            Some(_) => {}
            None => {
                self.shapes.insert(target, shape);
                self.reached.push(target);
            }
        }
        Ok(self.block_for(target))
    }

    fn translate(&mut self, il: &Il) -> LResult<()> {
        let (body, insns) = (&il.body, &il.insns);
        let index: HashMap<u32, usize> = insns.iter().enumerate().map(|(i, (pc, _))| (*pc, i)).collect();
        let code_len = body.code.len() as u32;
        self.eh.clauses = body.clauses.clone();
        for _ in &body.clauses {
            let e = self.lw.b.declare_var(REF);
            self.lw.b.declare_var_needs_stack_map(e);
            self.eh.exn.push(e);
            let s = self.lw.b.declare_var(types::I32);
            self.eh.sel.push(s);
            self.eh.conts.push(Vec::new());
            self.eh.dispatch.push(None);
        }
        // Leaders: targets, fall-throughs after control transfers, region edges.
        let mut leaders: BTreeSet<u32> = BTreeSet::new();
        leaders.insert(0);
        for (i, (_, insn)) in insns.iter().enumerate() {
            for t in insn.targets() {
                leaders.insert(t);
            }
            if !insn.targets().is_empty() || !insn.falls_through() {
                if let Some((next, _)) = insns.get(i + 1) {
                    leaders.insert(*next);
                }
            }
        }
        for c in &body.clauses {
            leaders.insert(c.try_offset);
            leaders.insert(c.try_offset + c.try_len);
            leaders.insert(c.handler_offset);
            leaders.insert(c.handler_offset + c.handler_len);
            if let ClauseKind::Filter(f) = c.kind {
                leaders.insert(f);
            }
        }
        leaders.retain(|l| *l < code_len && index.contains_key(l));

        // Entry: parameters into homes, then (filled last) zeroing of slots.
        let entry = self.lw.b.create_block();
        self.lw.b.append_block_params_for_function_params(entry);
        self.lw.b.switch_to_block(entry);
        // The variables filters name live in slots, where their funclets
        // find them.
        let filter_vars = self.filter_vars(insns);
        let taken = |local: bool| -> BTreeSet<u16> {
            insns
                .iter()
                .filter_map(|(_, i)| match i {
                    Insn::LdLocA(n) if local => Some(*n),
                    Insn::LdArgA(n) if !local => Some(*n),
                    _ => None,
                })
                .chain(filter_vars.iter().filter(|v| v.0 == local).map(|v| v.1))
                .collect()
        };
        if self.funclet.is_some() {
            self.setup_funclet(entry, body, &filter_vars)?;
        } else {
            self.count_calls(entry)?;
            self.setup_args(entry, &taken(false))?;
            self.setup_locals(body, &taken(true))?;
        }
        self.lw.stack_check();
        let init = self.lw.b.create_block();
        self.init_block = Some(init);
        self.lw.b.ins().jump(init, &[]);

        // Handlers start with the exception (catch, filter) or nothing.
        let exn_ty = self.clr.corlib_type("System.Exception")?;
        for c in &body.clauses {
            match c.kind {
                ClauseKind::Catch(tok) => {
                    let t = self.clr.resolve_type_token(self.m.asm, tok, self.ctx())?;
                    self.shapes.insert(c.handler_offset, vec![(t, REF, true)]);
                }
                ClauseKind::Filter(f) => {
                    self.shapes.insert(f, vec![(exn_ty, REF, true)]);
                    self.shapes.insert(c.handler_offset, vec![(exn_ty, REF, true)]);
                }
                ClauseKind::Finally | ClauseKind::Fault => {
                    self.shapes.insert(c.handler_offset, Vec::new());
                }
            }
        }
        self.shapes.insert(0, Vec::new());
        let mut work: Vec<u32> = vec![0];
        for c in &body.clauses {
            work.push(c.handler_offset);
            if let ClauseKind::Filter(f) = c.kind {
                work.push(f);
            }
        }
        if let Some(f) = &self.funclet {
            work = vec![f.start];
        }
        let mut done: BTreeSet<u32> = BTreeSet::new();
        let mut queued: BTreeSet<u32> = work.iter().copied().collect();
        while let Some(start) = work.pop() {
            if !done.insert(start) {
                continue;
            }
            let block = self.block_for(start);
            self.lw.b.switch_to_block(block);
            let shape = self.shapes.get(&start).cloned().unwrap_or_default();
            self.stack.clear();
            for (i, (ty, t, r)) in shape.iter().enumerate() {
                let var = self.stack_var(i, *t, *r);
                let v = self.lw.b.use_var(var);
                self.stack.push(Se { ty: *ty, v });
            }
            let region = if self.funclet.is_some() { Vec::new() } else { self.handlers_at(start) };
            self.lw.handlers = if region.is_empty() { Vec::new() } else { vec![(None, self.chain_block(&region))] };
            let mut i = *index.get(&start).ok_or_else(|| LoadError::invalid_program("bad block start"))?;
            // Mono's implicit sequence points (no debug info): where the IL
            // stack is empty and after a call. A frame's IL offset in a
            // stack trace is the last one before its call (the srcloc).
            let mut seq = start;
            let mut after_call = false;
            loop {
                let (pc, insn) = insns[i].clone();
                self.pc = pc;
                if self.stack.is_empty() || after_call {
                    seq = pc;
                }
                self.lw.b.set_srcloc(cranelift_codegen::ir::SourceLoc::new(seq));
                after_call = matches!(insn, Insn::Call(_) | Insn::CallVirt(_));
                let next = insns.get(i + 1).map(|(p, _)| *p);
                let ends = self.insn(&insn, next)?;
                if ends {
                    break;
                }
                match next {
                    Some(n) if leaders.contains(&n) => {
                        let b = self.flow_to(n)?;
                        self.lw.b.ins().jump(b, &[]);
                        break;
                    }
                    Some(_) => i += 1,
                    None => return Err(LoadError::invalid_program("control falls off the end of the method")),
                }
            }
            for pc in std::mem::take(&mut self.reached) {
                if !done.contains(&pc) && queued.insert(pc) {
                    work.push(pc);
                }
            }
        }
        self.finish_eh()?;
        // Blocks created but never reached (dead handlers' targets) trap.
        for (pc, b) in self.blocks.clone() {
            if !done.contains(&pc) {
                self.lw.b.switch_to_block(b);
                self.lw.b.ins().trap(cranelift_codegen::ir::TrapCode::unwrap_user(3));
            }
        }
        self.fill_init()
    }

    fn fill_init(&mut self) -> LResult<()> {
        let Some(init) = self.init_block else { return Ok(()) };
        self.lw.handlers.clear();
        self.lw.b.switch_to_block(init);
        for (slot, size) in self.zero_slots.clone() {
            let a = self.lw.b.ins().stack_addr(types::I64, slot, 0);
            self.lw.b.emit_small_memset(self.cfg, a, 0, u64::from(size), 1, TRUSTED);
        }
        if let Some((start, exn)) = self.funclet.as_ref().map(|f| (f.start, f.exn)) {
            let exn = exn.ok_or_else(|| LoadError::invalid_program("funclet without exception"))?;
            let exn_ty = self.clr.corlib_type("System.Exception")?;
            let b = self.flow_exn(start, exn_ty, exn)?;
            self.lw.b.ins().jump(b, &[]);
            return Ok(());
        }
        let b0 = self.block_for(0);
        self.lw.b.ins().jump(b0, &[]);
        Ok(())
    }

    /// The locals (true) and arguments (false) the filter code names: of
    /// every filter of the method, or of the funclet's.
    fn filter_vars(&self, insns: &[(u32, Insn)]) -> BTreeSet<(bool, u16)> {
        let ranges: Vec<(u32, u32)> = match &self.funclet {
            Some(f) => vec![(f.start, f.end)],
            None => self
                .eh
                .clauses
                .iter()
                .filter_map(|c| match c.kind {
                    ClauseKind::Filter(f) => Some((f, c.handler_offset)),
                    _ => None,
                })
                .collect(),
        };
        insns
            .iter()
            .filter(|(pc, _)| ranges.iter().any(|&(a, b)| a <= *pc && *pc < b))
            .filter_map(|(_, i)| match i {
                Insn::LdLoc(n) | Insn::StLoc(n) | Insn::LdLocA(n) => Some((true, *n)),
                Insn::LdArg(n) | Insn::StArg(n) | Insn::LdArgA(n) => Some((false, *n)),
                _ => None,
            })
            .collect()
    }

    /// Where the method's filters' variables ended up (`None`: it has no
    /// filters): (local, index, stack slot).
    fn filter_slots(&self) -> Option<Vec<(bool, u16, StackSlot)>> {
        if self.funclet.is_some() || !self.eh.clauses.iter().any(|c| matches!(c.kind, ClauseKind::Filter(_))) {
            return None;
        }
        let homes = self.args.iter().map(|h| (false, h.0)).enumerate().chain(self.locals.iter().map(|h| (true, h.0)).enumerate());
        Some(
            homes
                .filter_map(|(n, (local, home))| match home {
                    Home::Slot(slot) => Some((local, n as u16, slot)),
                    _ => None,
                })
                .collect(),
        )
    }

    /// A funclet's entry: the exception, and the method's variables the
    /// filter names at their places in the method's frame.
    fn setup_funclet(&mut self, entry: Block, body: &MethodBody, used: &BTreeSet<(bool, u16)>) -> LResult<()> {
        let params = self.lw.b.block_params(entry).to_vec();
        let (exn, fp) = (params[0], params[1]);
        self.lw.b.declare_value_needs_stack_map(exn);
        let frame = self.funclet.as_ref().map(|f| f.frame.clone()).ok_or_else(|| LoadError::invalid_program("not a funclet"))?;
        if let Some(f) = self.funclet.as_mut() {
            f.exn = Some(exn);
        }
        for (local, tys) in [(false, self.arg_types()?), (true, self.local_types(body)?)] {
            for (n, ty) in tys.into_iter().enumerate() {
                let home = match frame.offset(local, n as u16) {
                    Some(off) => Home::Addr(self.lw.b.ins().iadd_imm_s(fp, off)),
                    None if used.contains(&(local, n as u16)) => {
                        return Err(LoadError::invalid_program("a filter names a variable outside the frame"))
                    }
                    // (never named by the filter)
                    None => Home::Addr(fp),
                };
                if local {
                    self.locals.push((home, ty));
                } else {
                    self.args.push((home, ty));
                }
            }
        }
        Ok(())
    }

    /// Quick code's prologue: counts the call and, once the method is hot,
    /// forwards to its optimised code (`Lowering::tier_prologue`).
    fn count_calls(&mut self, entry: Block) -> LResult<()> {
        let (Some(me), Some(id)) = (self.counting, self.m.id) else { return Ok(()) };
        let (Some(counter), Some(slot)) = (self.rt.method_counter(id), self.rt.method_slot(id)) else { return Ok(()) };
        let params = self.lw.b.block_params(entry).to_vec();
        // References stay roots across the tier-up call (struct arguments,
        // a struct's `this` and the return buffer are addresses).
        for (&p, ty) in params.iter().zip(self.arg_types()?) {
            if self.clr.repr(ty) == Repr::Ref {
                self.lw.b.declare_value_needs_stack_map(p);
            }
        }
        self.lw.tier_prologue(id.0, counter, slot as *const _ as usize, me, &params);
        Ok(())
    }

    /// The types of the arguments, `this` first (a struct's by reference).
    fn arg_types(&self) -> LResult<Vec<TyId>> {
        let mut tys = Vec::new();
        if self.m.has_this {
            let owner = self.clr.ty(self.m.owner);
            tys.push(if owner.is_value() { self.clr.intern(crate::model::TyKey::ByRef(self.m.owner))? } else { self.m.owner });
        }
        tys.extend(self.m.params.iter().copied());
        Ok(tys)
    }

    /// The types of the locals `body` declares.
    fn local_types(&self, body: &MethodBody) -> LResult<Vec<TyId>> {
        let Some(tok) = body.local_sig else { return Ok(Vec::new()) };
        let sigs = self.clr.asm(self.m.asm).asm.locals(tok).map_err(LoadError::bad_image)?;
        sigs.iter().map(|sig| self.clr.resolve_sig(self.m.asm, sig, self.ctx())).collect()
    }

    /// Parameters into their homes; `taken` are those whose address is taken.
    fn setup_args(&mut self, entry: Block, taken: &BTreeSet<u16>) -> LResult<()> {
        let params = self.lw.b.block_params(entry).to_vec();
        let tys = self.arg_types()?;
        if self.clr.repr(self.m.ret) == Repr::Struct {
            self.ret_buf = params.last().copied();
        }
        for (i, &ty) in tys.iter().enumerate() {
            let mut p = params[i];
            // A narrow integer arrives in 32 bits; the caller may be the JVM,
            // which extends by Java's type (a Java byte is signed, our byte is
            // not): take the low bits and extend them by ours.
            if let (Repr::Scalar(prim), true) = (self.clr.repr(ty), self.clr.has_foreign()) {
                if prim.mem() != prim.clif() {
                    p = self.lw.rewiden(p, prim.mem(), prim.signed());
                }
            }
            let home = match self.clr.repr(ty) {
                Repr::Struct => Home::Addr(p),
                r if taken.contains(&(i as u16)) => {
                    let slot = self.slot_for(ty)?;
                    let a = self.lw.b.ins().stack_addr(types::I64, slot, 0);
                    self.lw.b.ins().store(TRUSTED, p, a, 0);
                    let _ = r;
                    Home::Slot(slot)
                }
                r => {
                    let var = self.lw.b.declare_var(r.clif().unwrap_or(types::I64));
                    if matches!(r, Repr::Ref | Repr::Ptr) {
                        self.lw.b.declare_var_needs_stack_map(var);
                    }
                    self.lw.b.def_var(var, p);
                    Home::Var(var)
                }
            };
            self.args.push((home, ty));
        }
        Ok(())
    }

    /// A slot holding one value of `ty`, a frame root if it holds references.
    fn slot_for(&mut self, ty: TyId) -> LResult<StackSlot> {
        let (size, _) = self.clr.value_size(ty)?;
        let slot = self.lw.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, size.max(8).div_ceil(8) * 8, 3));
        for r in self.clr.value_refs(ty)? {
            self.lw.frame_root(slot, r);
        }
        Ok(slot)
    }

    /// Locals into their homes, zeroed; `taken` are those whose address is taken.
    fn setup_locals(&mut self, body: &MethodBody, taken: &BTreeSet<u16>) -> LResult<()> {
        for (i, ty) in self.local_types(body)?.into_iter().enumerate() {
            let r = self.clr.repr(ty);
            let home = if r == Repr::Struct || taken.contains(&(i as u16)) {
                let slot = self.slot_for(ty)?;
                let (size, _) = self.clr.value_size(ty)?;
                let a = self.lw.b.ins().stack_addr(types::I64, slot, 0);
                self.lw.b.emit_small_memset(self.cfg, a, 0, u64::from(size.max(8).div_ceil(8) * 8), 8, TRUSTED);
                Home::Slot(slot)
            } else {
                let t = r.clif().unwrap_or(types::I64);
                let var = self.lw.b.declare_var(t);
                if matches!(r, Repr::Ref | Repr::Ptr) {
                    self.lw.b.declare_var_needs_stack_map(var);
                }
                let z = match t {
                    types::F32 => self.lw.b.ins().f32const(0.0),
                    types::F64 => self.lw.b.ins().f64const(0.0),
                    _ => self.lw.b.ins().iconst(t, 0),
                };
                self.lw.b.def_var(var, z);
                Home::Var(var)
            };
            self.locals.push((home, ty));
        }
        Ok(())
    }

    fn home(&self, local: bool, n: u16) -> LResult<(Home, TyId)> {
        let list = if local { &self.locals } else { &self.args };
        list.get(n as usize).copied().ok_or_else(|| LoadError::invalid_program(format!("no {} {n}", if local { "local" } else { "argument" })))
    }

    pub fn load_var(&mut self, local: bool, n: u16) -> LResult<()> {
        let (home, ty) = self.home(local, n)?;
        let v = match home {
            Home::Var(v) => self.lw.b.use_var(v),
            Home::Slot(s) => {
                let a = self.lw.b.ins().stack_addr(types::I64, s, 0);
                self.load_typed(ty, a, 0)?
            }
            Home::Addr(a) => self.load_typed(ty, a, 0)?,
        };
        self.push(ty, v);
        Ok(())
    }

    pub fn store_var(&mut self, local: bool, n: u16) -> LResult<()> {
        let (home, ty) = self.home(local, n)?;
        let v = self.pop()?;
        match home {
            Home::Var(var) => {
                let x = self.coerce(v, ty)?;
                self.lw.b.def_var(var, x);
            }
            Home::Slot(s) => {
                let a = self.lw.b.ins().stack_addr(types::I64, s, 0);
                self.store_typed(ty, a, 0, v, None)?;
            }
            Home::Addr(a) => self.store_typed(ty, a, 0, v, None)?,
        }
        Ok(())
    }

    pub fn var_addr(&mut self, local: bool, n: u16) -> LResult<()> {
        let (home, ty) = self.home(local, n)?;
        let a = match home {
            Home::Slot(s) => self.lw.b.ins().stack_addr(types::I64, s, 0),
            Home::Addr(a) => a,
            Home::Var(_) => return Err(LoadError::invalid_program("address of a register local")),
        };
        let bt = self.clr.intern(crate::model::TyKey::ByRef(ty))?;
        self.push(bt, a);
        Ok(())
    }

    pub fn do_return(&mut self) -> LResult<()> {
        let ret = self.m.ret;
        match self.clr.repr(ret) {
            Repr::Void => {
                self.lw.b.ins().return_(&[]);
            }
            Repr::Struct => {
                let v = self.pop()?;
                let buf = self.ret_buf.ok_or_else(|| LoadError::invalid_program("no return buffer"))?;
                self.copy_value(ret, buf, v.v)?;
                self.lw.b.ins().return_(&[]);
            }
            _ => {
                let v = self.pop()?;
                let x = self.coerce(v, ret)?;
                self.lw.b.ins().return_(&[x]);
            }
        }
        Ok(())
    }

    // ------------------------------------------------------------ exceptions

    /// Clauses whose protected range holds `pc`, innermost first.
    fn handlers_at(&self, pc: u32) -> Vec<usize> {
        (0..self.eh.clauses.len())
            .filter(|&i| {
                let c = &self.eh.clauses[i];
                c.try_offset <= pc && pc < c.try_offset + c.try_len
            })
            .collect()
    }

    /// Clauses after `c` that protect `c`'s whole protected range.
    fn rest_of(&self, c: usize) -> Vec<usize> {
        let me = self.eh.clauses[c];
        (c + 1..self.eh.clauses.len())
            .filter(|&i| {
                let o = &self.eh.clauses[i];
                o.try_offset <= me.try_offset && me.try_offset + me.try_len <= o.try_offset + o.try_len
            })
            .collect()
    }

    fn chain_block(&mut self, clauses: &[usize]) -> Block {
        if let Some(&b) = self.eh.chains.get(clauses) {
            return b;
        }
        let b = self.lw.b.create_block();
        self.lw.b.append_block_param(b, REF);
        self.lw.b.set_cold_block(b);
        self.eh.chains.insert(clauses.to_vec(), b);
        b
    }

    /// The innermost clause whose handler (or filter) holds `pc`.
    fn handler_clause(&self, pc: u32, want: impl Fn(&ClauseKind) -> bool) -> Option<usize> {
        let mut best: Option<(usize, u32)> = None;
        for (i, c) in self.eh.clauses.iter().enumerate() {
            let start = match c.kind {
                ClauseKind::Filter(f) if pc < c.handler_offset => f,
                _ => c.handler_offset,
            };
            let end = c.handler_offset + c.handler_len;
            if start <= pc && pc < end && want(&c.kind) && best.is_none_or(|(_, len)| end - start < len) {
                best = Some((i, end - start));
            }
        }
        best.map(|b| b.0)
    }

    pub fn leave(&mut self, target: u32) -> LResult<()> {
        self.stack.clear();
        let pc = self.pc;
        let exited: Vec<usize> = (0..self.eh.clauses.len())
            .filter(|&i| {
                let c = &self.eh.clauses[i];
                c.kind == ClauseKind::Finally && c.try_offset <= pc && pc < c.try_offset + c.try_len && !(c.try_offset <= target && target < c.try_offset + c.try_len)
            })
            .collect();
        let final_block = self.flow_to(target)?;
        if exited.is_empty() {
            self.lw.b.ins().jump(final_block, &[]);
            return Ok(());
        }
        // One continuation per exited finally: set its selector, run it;
        // its endfinally goes on to the next one, the last to the target.
        let conts: Vec<Block> = exited.iter().map(|_| self.lw.b.create_block()).collect();
        self.lw.b.ins().jump(conts[0], &[]);
        for (k, &c) in exited.iter().enumerate() {
            let next = conts.get(k + 1).copied().unwrap_or(final_block);
            self.eh.conts[c].push(next);
            let id = self.eh.conts[c].len() as i64;
            let h = self.block_for(self.eh.clauses[c].handler_offset);
            self.lw.b.switch_to_block(conts[k]);
            let idv = self.iconst(types::I32, id);
            self.lw.b.def_var(self.eh.sel[c], idv);
            self.lw.b.ins().jump(h, &[]);
        }
        Ok(())
    }

    pub fn end_finally(&mut self) -> LResult<()> {
        let c = self
            .handler_clause(self.pc, |k| matches!(k, ClauseKind::Finally | ClauseKind::Fault))
            .ok_or_else(|| LoadError::invalid_program("endfinally outside a finally"))?;
        let d = match self.eh.dispatch[c] {
            Some(d) => d,
            None => {
                let d = self.lw.b.create_block();
                self.eh.dispatch[c] = Some(d);
                d
            }
        };
        self.stack.clear();
        self.lw.b.ins().jump(d, &[]);
        Ok(())
    }

    pub fn end_filter(&mut self) -> LResult<()> {
        if self.funclet.is_some() {
            let v = self.pop()?;
            let int = self.clr.prim(crate::model::Prim::I4);
            let x = self.coerce(v, int)?;
            self.stack.clear();
            self.lw.b.ins().return_(&[x]);
            return Ok(());
        }
        let c = self.handler_clause(self.pc, |k| matches!(k, ClauseKind::Filter(_))).ok_or_else(|| LoadError::invalid_program("endfilter outside a filter"))?;
        let v = self.pop()?;
        let exn = self.lw.b.use_var(self.eh.exn[c]);
        let rest = self.rest_of(c);
        let chain = self.chain_block(&rest);
        self.stack.clear();
        self.push(self.clr.object_ty, exn);
        let h = self.flow_to(self.eh.clauses[c].handler_offset)?;
        self.lw.b.ins().brif(v.v, h, &[], chain, &[cranelift_codegen::ir::BlockArg::Value(exn)]);
        Ok(())
    }

    /// The exception a `rethrow` re-raises.
    pub fn current_exception(&mut self) -> LResult<Value> {
        let c = self
            .handler_clause(self.pc, |k| matches!(k, ClauseKind::Catch(_) | ClauseKind::Filter(_)))
            .ok_or_else(|| LoadError::invalid_program("rethrow outside a catch"))?;
        Ok(self.lw.b.use_var(self.eh.exn[c]))
    }

    fn finish_eh(&mut self) -> LResult<()> {
        self.lw.handlers.clear();
        // Endfinally dispatch blocks: 0 = on to the outer clauses.
        for c in 0..self.eh.clauses.len() {
            let Some(d) = self.eh.dispatch[c] else { continue };
            self.lw.b.switch_to_block(d);
            let rest = self.rest_of(c);
            let chain = self.chain_block(&rest);
            let exn = self.lw.b.use_var(self.eh.exn[c]);
            let sel = self.lw.b.use_var(self.eh.sel[c]);
            let conts = self.eh.conts[c].clone();
            let mut sw = cranelift_frontend::Switch::new();
            let rethrow = self.lw.b.create_block();
            sw.set_entry(0, rethrow);
            for (i, &b) in conts.iter().enumerate() {
                sw.set_entry(i as u128 + 1, b);
            }
            sw.emit(&mut self.lw.b, sel, rethrow);
            self.lw.b.switch_to_block(rethrow);
            self.lw.b.ins().jump(chain, &[cranelift_codegen::ir::BlockArg::Value(exn)]);
        }
        // Chains, until no new ones appear.
        let mut filled: BTreeSet<Vec<usize>> = BTreeSet::new();
        loop {
            let pending: Vec<(Vec<usize>, Block)> =
                self.eh.chains.iter().filter(|(k, _)| !filled.contains(*k)).map(|(k, b)| (k.clone(), *b)).collect();
            if pending.is_empty() {
                break;
            }
            for (list, b) in pending {
                filled.insert(list.clone());
                self.fill_chain(&list, b)?;
            }
        }
        Ok(())
    }

    fn fill_chain(&mut self, list: &[usize], b: Block) -> LResult<()> {
        self.lw.handlers.clear();
        self.lw.b.switch_to_block(b);
        let exn = self.lw.b.block_params(b)[0];
        for &c in list {
            let clause = self.eh.clauses[c];
            self.lw.b.def_var(self.eh.exn[c], exn);
            match clause.kind {
                ClauseKind::Catch(tok) => {
                    let t = self.clr.resolve_type_token(self.m.asm, tok, self.ctx())?;
                    let target = self.flow_exn(clause.handler_offset, t, exn)?;
                    if t == self.clr.object_ty {
                        self.lw.b.ins().jump(target, &[]);
                        return Ok(());
                    }
                    let tt = self.type_target(t)?;
                    let aliased = self.rt.has_catch_alias(substrate::TypeId(tt.type_id));
                    let ok = self.lw.catches(exn, &tt, aliased);
                    let next = self.lw.b.create_block();
                    self.lw.b.ins().brif(ok, target, &[], next, &[]);
                    self.lw.b.switch_to_block(next);
                    self.lw.b.def_var(self.eh.exn[c], exn);
                }
                ClauseKind::Filter(f) => {
                    let t = self.clr.corlib_type("System.Exception")?;
                    // What the first pass decided, if it ran this filter.
                    let fp = self.lw.b.ins().get_frame_pointer(types::I64);
                    let ci = self.iconst(types::I32, c as i64);
                    let verdict = self.lw.call_rt("rt_filter_verdict", &[exn, fp, ci])[0];
                    let undecided = self.lw.b.ins().icmp_imm_u(cranelift_codegen::ir::condcodes::IntCC::Equal, verdict, 2);
                    let decided = self.lw.b.create_block();
                    let run = self.lw.b.create_block();
                    self.lw.b.ins().brif(undecided, run, &[], decided, &[]);
                    self.lw.b.switch_to_block(decided);
                    let handler = self.flow_exn(clause.handler_offset, t, exn)?;
                    let rest = self.rest_of(c);
                    let chain = self.chain_block(&rest);
                    self.lw.b.ins().brif(verdict, handler, &[], chain, &[cranelift_codegen::ir::BlockArg::Value(exn)]);
                    self.lw.b.switch_to_block(run);
                    let target = self.flow_exn(f, t, exn)?;
                    self.lw.b.ins().jump(target, &[]);
                    return Ok(());
                }
                ClauseKind::Finally | ClauseKind::Fault => {
                    let z = self.iconst(types::I32, 0);
                    self.lw.b.def_var(self.eh.sel[c], z);
                    self.stack.clear();
                    let h = self.flow_to(clause.handler_offset)?;
                    self.lw.b.ins().jump(h, &[]);
                    return Ok(());
                }
            }
        }
        self.lw.throw(exn);
        Ok(())
    }

    fn flow_exn(&mut self, pc: u32, ty: TyId, exn: Value) -> LResult<Block> {
        self.stack.clear();
        self.push(ty, exn);
        let b = self.flow_to(pc)?;
        self.stack.clear();
        Ok(b)
    }

    pub fn type_target(&mut self, t: TyId) -> LResult<substrate::lower::TypeTarget> {
        let linked = self.clr.link(t)?;
        let desc = self.rt.desc(linked.rt).ok_or_else(|| LoadError::type_load("unlinked type"))?;
        let d = desc.get();
        // Interfaces, arrays and variant delegates are checked by the runtime.
        let kind = if self.clr.ty(t).is_interface() || matches!(self.clr.ty(t).kind, Kind::SzArray(_)) || self.clr.is_variant(t) {
            substrate::layout::TypeKind::Interface
        } else {
            substrate::layout::TypeKind::Object
        };
        Ok(substrate::lower::TypeTarget { type_id: linked.rt.0, desc: desc.addr(), depth: d.depth, kind })
    }

    /// The runtime id of a linked type.
    pub fn rt_type(&mut self, t: TyId) -> LResult<u32> {
        Ok(self.clr.link(t)?.rt.0)
    }

    /// Makes sure `t`'s initializer ran before continuing (precise
    /// initialisation; `beforefieldinit` types ran theirs at compile time).
    pub fn init_check(&mut self, t: TyId) -> LResult<()> {
        if t == self.m.owner {
            return Ok(());
        }
        let info = self.clr.ty(t);
        if info.init.get() == crate::model::InitState::Done {
            return Ok(());
        }
        let linked = self.clr.link(t)?;
        if info.init.get() == crate::model::InitState::Done {
            return Ok(());
        }
        if self.clr.is_foreign(t) && self.rt.with_type(linked.rt, |e| e.init_state.load(Ordering::Acquire)) == Some(INIT_DONE) {
            // The other VM has initialised its type: ours has nothing more to run.
            info.init.set(crate::model::InitState::Done);
            linked.init_byte.store(INIT_DONE, Ordering::Release);
            return Ok(());
        }
        self.lw.init_check(linked.rt.0, linked.init_byte as *const _ as usize);
        Ok(())
    }
}
