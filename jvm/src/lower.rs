//! Bytecode to Cranelift: one method at a time, on its first call.
//!
//! Blocks are translated in discovery order from the entry; the operand
//! stack lives in SSA values inside a block and in `Variable`s across block
//! boundaries, so the entry shape of each block is known when it is reached
//! (JVMS §4.10 guarantees it is the same from every predecessor). Locals are
//! a `Variable` per (index, kind); references are declared as GC roots.

mod indy;
mod invoke;
mod leaf;
mod ops;

pub(crate) use leaf::leaf_of;

use crate::bytecode::{decode, Insn, Kind};
use crate::classfile::{ClassFile, Code};
use crate::model::{Body, ClassIdx, Method, Ty};
use crate::vm::{Jvm, LinkError};
use cranelift_codegen::ir::{types, Block, InstBuilder, SourceLoc, Type, Value};
use cranelift_frontend::Variable;
use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;
use substrate::code::CodeKind;
use substrate::jit::Tier;
use substrate::lower::Lowering;
use substrate::{MethodId, ObjRef, Runtime};

/// Kind of an operand-stack entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum SKind {
    I,
    L,
    F,
    D,
    R,
}

impl SKind {
    fn clif(self) -> Type {
        match self {
            SKind::I => types::I32,
            SKind::L | SKind::R => types::I64,
            SKind::F => types::F32,
            SKind::D => types::F64,
        }
    }
    fn wide(self) -> bool {
        matches!(self, SKind::L | SKind::D)
    }
    fn of_kind(k: Kind) -> SKind {
        match k {
            Kind::Int => SKind::I,
            Kind::Long => SKind::L,
            Kind::Float => SKind::F,
            Kind::Double => SKind::D,
            Kind::Ref => SKind::R,
        }
    }
    pub(crate) fn of_ty(t: Ty) -> SKind {
        match t {
            Ty::Long => SKind::L,
            Ty::Float => SKind::F,
            Ty::Double => SKind::D,
            Ty::Ref => SKind::R,
            _ => SKind::I,
        }
    }
}

/// One operand-stack entry. `fresh_string` marks the result of `new
/// java/lang/String` before its constructor ran (strings are created by
/// `String.create`, see `invoke.rs`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    pub k: SKind,
    pub v: Value,
    pub fresh_string: bool,
}

/// Why a method could not be translated.
#[derive(Debug)]
pub(crate) enum LowerError {
    /// Throw this Java error when the method is called.
    Link(LinkError),
    /// A managed exception raised while preparing (e.g. out of memory).
    Thrown(ObjRef),
}

impl From<LinkError> for LowerError {
    fn from(e: LinkError) -> Self {
        LowerError::Link(e)
    }
}

pub(crate) type LResult<T> = Result<T, LowerError>;

pub(crate) fn verify(msg: impl Into<String>) -> LowerError {
    LowerError::Link(LinkError::new("java/lang/VerifyError", msg))
}

/// Compiles a method; returns its code address or the exception to raise.
pub fn compile(jvm: &Jvm, rt: &Runtime, id: MethodId, tier_up: bool) -> Result<(usize, Tier), ObjRef> {
    let (method, class_name, file) = {
        let st = jvm.state.borrow();
        let Some(&mi) = st.by_method_id.get(&id) else {
            return Err(jvm.new_throwable(rt, "java/lang/InternalError", "unknown method"));
        };
        let m = st.methods[mi].clone();
        let c = &st.classes[m.class];
        (m, c.name.clone(), c.file.clone())
    };
    let result = match &method.body {
        Body::Abstract => {
            let msg = format!("Method {}.{}{} is abstract", class_name.replace('/', "."), method.name, method.desc);
            return Err(jvm.new_throwable(rt, "java/lang/AbstractMethodError", &msg));
        }
        Body::Native if crate::natives::lookup(&class_name, &method.name, &method.desc).is_none() => {
            let msg = format!("'{} {}.{}'", method.desc, class_name.replace('/', "."), method.name);
            if std::env::var_os("TWAIN_TRACE").is_some() {
                eprintln!("twain: no native for {msg}");
            }
            return Err(jvm.new_throwable(rt, "java/lang/UnsatisfiedLinkError", &msg));
        }
        _ => {
            let t0 = std::time::Instant::now();
            // A bug in lowering must not take the process down: it becomes a
            // VerifyError for this method, like a class the verifier rejects.
            let tier = if tier_up { Tier::Optimized } else { first_tier(&method) };
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| build(jvm, rt, &method, file.as_ref(), tier)))
                .unwrap_or_else(|_| {
                    rt.jit.borrow_mut().reset();
                    Err(verify(format!("twain cannot compile {}.{}{}", class_name.replace('/', "."), method.name, method.desc)))
                });
            if std::env::var_os("TWAIN_TRACE_COMPILE").is_some() {
                eprintln!("twain: compile {class_name}.{}{} {:?}", method.name, method.desc, t0.elapsed());
            }
            r
        }
    };
    match result {
        Ok(code) => Ok(code),
        Err(LowerError::Thrown(e)) => Err(e),
        Err(LowerError::Link(e)) => Err(jvm.link_exception(rt, &e)),
    }
}

/// The tier a method is first compiled at. Code with loops is optimised at
/// once (there is no on-stack replacement to move a running loop to better
/// code); loop-free code starts `Quick` and is recompiled when it gets hot.
fn first_tier(m: &Method) -> Tier {
    if std::env::var_os("TWAIN_NO_QUICK_TIER").is_some() {
        return Tier::Optimized;
    }
    match &m.body {
        Body::Bytecode(code) => {
            let loops = decode(&code.code)
                .map(|insns| insns.iter().any(|(pc, i)| i.targets().iter().any(|t| t <= pc)))
                .unwrap_or(false);
            if loops && m.name != "<clinit>" {
                Tier::Optimized
            } else {
                Tier::Quick
            }
        }
        // A native's adapter only spills arguments and calls into Rust.
        Body::Native => Tier::Quick,
        _ => Tier::Optimized,
    }
}

fn build(jvm: &Jvm, rt: &Runtime, method: &Method, file: Option<&Rc<ClassFile>>, tier: Tier) -> LResult<(usize, Tier)> {
    let shape = crate::vm::shape_of(&method.md, method.is_static());
    let mut jit_guard = rt.jit.borrow_mut();
    let jit = &mut *jit_guard;
    jit.clear();
    jit.ctx.func.signature = shape.signature();
    let self_ref = match &method.body {
        Body::Bytecode(_) => Some(jit.declare_self().map_err(|e| verify(e.to_string()))?),
        _ => None,
    };
    let cfg = jit.target_config();
    let lw = Lowering::new(jit.builder(), rt.throw_stub(), jvm.home.get());
    let mut t = Translator::new(jvm, rt, lw, method, file.cloned());
    t.self_ref = self_ref;
    // `<clinit>` runs once: quick code that never counts its calls.
    t.counts_calls = tier == Tier::Quick && method.name != "<clinit>";
    let body = match &method.body {
        Body::Bytecode(code) => t.translate(code),
        Body::Native => t.native_adapter(),
        Body::Lambda(spec) => t.lambda_body(spec),
        Body::Abstract => Err(verify("abstract")),
        Body::Foreign => Err(verify("a method of the other VM")),
    };
    if let Err(e) = body {
        // The half-built function is abandoned: start the next one afresh.
        drop(t);
        jit.reset();
        return Err(e);
    }
    t.lw.finish(cfg);
    let mut code_reg = rt.code.borrow_mut();
    jit.finish_tier(CodeKind::Method(method.id.0), &mut code_reg, tier).map(|c| (c, tier)).map_err(|e| {
        eprintln!("twain: cannot compile {}{}: {e}", method.name, method.desc);
        verify(format!("cannot compile {}{}", method.name, method.desc))
    })
}

pub(crate) struct Translator<'a, 'j> {
    pub jvm: &'j Jvm,
    pub rt: &'j Runtime,
    pub lw: Lowering<'a>,
    pub method: Method,
    pub file: Option<Rc<ClassFile>>,
    pub class: ClassIdx,
    pub stack: Vec<Entry>,
    pub(crate) locals: HashMap<(u16, SKind), Variable>,
    stack_vars: HashMap<(usize, SKind), Variable>,
    blocks: HashMap<u32, Block>,
    shapes: HashMap<u32, Vec<SKind>>,
    worklist: Vec<u32>,
    /// For a synchronized method: the variable holding the monitor's object
    /// and the catch-all block that releases it when an exception leaves.
    sync: Option<(Variable, Block)>,
    /// Direct reference to the method being compiled, for recursive calls.
    pub self_ref: Option<cranelift_codegen::ir::FuncRef>,
    /// Quick code counts its calls to decide when to optimise.
    counts_calls: bool,
}

impl<'a, 'j> Translator<'a, 'j> {
    fn new(jvm: &'j Jvm, rt: &'j Runtime, lw: Lowering<'a>, method: &Method, file: Option<Rc<ClassFile>>) -> Self {
        Translator {
            jvm,
            rt,
            lw,
            class: method.class,
            method: method.clone(),
            file,
            stack: Vec::new(),
            locals: HashMap::new(),
            stack_vars: HashMap::new(),
            blocks: HashMap::new(),
            shapes: HashMap::new(),
            worklist: Vec::new(),
            sync: None,
            self_ref: None,
            counts_calls: false,
        }
    }

    pub(crate) fn push(&mut self, k: SKind, v: Value) {
        if k == SKind::R {
            // Operand-stack references may be live across a call: GC roots.
            self.lw.b.declare_value_needs_stack_map(v);
        }
        self.stack.push(Entry { k, v, fresh_string: false });
    }

    pub(crate) fn pop(&mut self) -> LResult<Value> {
        self.stack.pop().map(|e| e.v).ok_or_else(|| verify("operand stack underflow"))
    }

    /// Pops a value that must be of kind `k` (the type checks of JVMS
    /// §4.10 that keep the generated code well-typed on hostile input).
    pub(crate) fn pop_k(&mut self, k: SKind) -> LResult<Value> {
        let e = self.pop_entry()?;
        if e.k != k {
            return Err(verify(format!("expected {k:?} on the operand stack, found {:?}", e.k)));
        }
        Ok(e.v)
    }

    pub(crate) fn pop_entry(&mut self) -> LResult<Entry> {
        self.stack.pop().ok_or_else(|| verify("operand stack underflow"))
    }

    pub(crate) fn local(&mut self, index: u16, k: SKind) -> Variable {
        if let Some(&v) = self.locals.get(&(index, k)) {
            return v;
        }
        let v = self.lw.b.declare_var(k.clif());
        if k == SKind::R {
            self.lw.b.declare_var_needs_stack_map(v);
        }
        self.locals.insert((index, k), v);
        v
    }

    fn stack_var(&mut self, depth: usize, k: SKind) -> Variable {
        if let Some(&v) = self.stack_vars.get(&(depth, k)) {
            return v;
        }
        let v = self.lw.b.declare_var(k.clif());
        if k == SKind::R {
            self.lw.b.declare_var_needs_stack_map(v);
        }
        self.stack_vars.insert((depth, k), v);
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

    /// Saves the stack into variables and records the shape of `target`.
    fn flow_to(&mut self, target: u32) -> LResult<Block> {
        let shape: Vec<SKind> = self.stack.iter().map(|e| e.k).collect();
        for (i, e) in self.stack.clone().iter().enumerate() {
            let var = self.stack_var(i, e.k);
            self.lw.b.def_var(var, e.v);
        }
        match self.shapes.get(&target) {
            Some(s) if *s != shape => return Err(verify(format!("inconsistent stack at {target}"))),
            Some(_) => {}
            None => {
                self.shapes.insert(target, shape);
                self.worklist.push(target);
            }
        }
        Ok(self.block_for(target))
    }

    fn translate(&mut self, code: &Rc<Code>) -> LResult<()> {
        let insns = decode(&code.code).map_err(|e| verify(e.to_string()))?;
        let index: HashMap<u32, usize> = insns.iter().enumerate().map(|(i, (pc, _))| (*pc, i)).collect();
        let mut starts: BTreeSet<u32> = BTreeSet::new();
        starts.insert(0);
        for (i, (_, insn)) in insns.iter().enumerate() {
            for t in insn.targets() {
                starts.insert(t);
            }
            if insn.ends_block() {
                if let Some((next, _)) = insns.get(i + 1) {
                    starts.insert(*next);
                }
            }
        }
        for h in &code.exception_table {
            starts.insert(u32::from(h.handler_pc));
            starts.insert(u32::from(h.start_pc));
            starts.insert(u32::from(h.end_pc));
        }

        // Entry: parameters into locals.
        let entry = self.lw.b.create_block();
        self.lw.b.append_block_params_for_function_params(entry);
        self.lw.b.switch_to_block(entry);
        self.lw.b.seal_block(entry);
        let params = self.lw.b.block_params(entry).to_vec();
        let mut slot = 0u16;
        let mut pi = 0usize;
        if !self.method.is_static() {
            let v = self.local(0, SKind::R);
            self.lw.b.def_var(v, params[0]);
            slot = 1;
            pi = 1;
        }
        // With the other VM in the process a caller may pass a narrow integer
        // extended by its own type (a .NET byte is unsigned): take the low
        // bits and extend them by Java's.
        let foreign_callers = self.jvm.foreign.borrow().is_some();
        for p in self.method.md.params.clone() {
            let k = SKind::of_ty(Ty::of(&p));
            let v = self.local(slot, k);
            let mut value = params[pi];
            if foreign_callers {
                use crate::descriptor::FieldType;
                let narrow = match p {
                    FieldType::Byte => Some((types::I8, true)),
                    FieldType::Short => Some((types::I16, true)),
                    FieldType::Char => Some((types::I16, false)),
                    _ => None,
                };
                if let Some((t, signed)) = narrow {
                    value = self.lw.rewiden(value, t, signed);
                }
            }
            self.lw.b.def_var(v, value);
            slot += if k.wide() { 2 } else { 1 };
            pi += 1;
        }
        if let (true, Some(me)) = (self.counts_calls, self.self_ref) {
            let id = self.method.id;
            if let (Some(counter), Some(slot)) = (self.rt.method_counter(id), self.rt.method_slot(id)) {
                // Reference parameters stay roots across the tier-up call.
                let mut is_ref: Vec<bool> = Vec::new();
                if !self.method.is_static() {
                    is_ref.push(true);
                }
                is_ref.extend(self.method.md.params.iter().map(|p| p.is_reference()));
                for (&p, r) in params.iter().zip(is_ref) {
                    if r {
                        self.lw.b.declare_value_needs_stack_map(p);
                    }
                }
                self.lw.tier_prologue(id.0, counter, slot as *const _ as usize, me, &params);
            }
        }
        self.lw.stack_check();
        if self.method.access & crate::classfile::access::SYNCHRONIZED != 0 {
            let lock = if self.method.is_static() {
                let o = self.jvm.class_object(self.rt, self.class).map_err(LowerError::Thrown)?;
                self.lw.b.ins().iconst(types::I64, o.addr() as i64)
            } else {
                params[0]
            };
            let var = self.lw.b.declare_var(types::I64);
            self.lw.b.declare_var_needs_stack_map(var);
            self.lw.b.def_var(var, lock);
            self.lw.monitor_enter(lock);
            let release = self.lw.b.create_block();
            self.lw.b.append_block_param(release, types::I64);
            self.sync = Some((var, release));
        }
        // Handlers: a catch entry per handler pc puts the exception on the stack.
        let mut catch_entries: HashMap<u32, Block> = HashMap::new();
        for h in &code.exception_table {
            let hpc = u32::from(h.handler_pc);
            if catch_entries.contains_key(&hpc) {
                continue;
            }
            let blk = self.lw.b.create_block();
            self.lw.b.append_block_param(blk, types::I64);
            catch_entries.insert(hpc, blk);
        }
        let first = self.flow_to(0)?;
        self.lw.b.ins().jump(first, &[]);
        for (&hpc, &blk) in &catch_entries {
            self.lw.b.switch_to_block(blk);
            let exn = self.lw.b.block_params(blk)[0];
            self.stack.clear();
            self.push(SKind::R, exn);
            let target = self.flow_to(hpc)?;
            self.lw.b.ins().jump(target, &[]);
        }
        self.stack.clear();
        if let Some((var, release)) = self.sync {
            // An exception leaving a synchronized method releases its monitor.
            self.lw.b.switch_to_block(release);
            let exn = self.lw.b.block_params(release)[0];
            self.lw.b.declare_value_needs_stack_map(exn);
            self.lw.handlers.clear();
            let lock = self.lw.b.use_var(var);
            self.lw.monitor_exit(lock);
            self.lw.throw(exn);
        }

        while let Some(pc) = self.worklist.pop() {
            let blk = self.block_for(pc);
            self.lw.b.switch_to_block(blk);
            let shape = self.shapes.get(&pc).cloned().unwrap_or_default();
            self.stack.clear();
            for (i, k) in shape.iter().enumerate() {
                let var = self.stack_var(i, *k);
                let v = self.lw.b.use_var(var);
                self.push(*k, v);
            }
            let Some(&mut_start) = index.get(&pc) else { return Err(verify(format!("no instruction at {pc}"))) };
            let mut i = mut_start;
            loop {
                let Some((ipc, insn)) = insns.get(i) else { return Err(verify("falls off the end of the code")) };
                let ipc = *ipc;
                self.lw.b.set_srcloc(SourceLoc::new(ipc));
                self.lw.handlers = self.handlers_at(code, ipc, &catch_entries)?;
                let falls = self.insn(insn)?;
                if !falls {
                    break;
                }
                let Some((next, _)) = insns.get(i + 1) else { return Err(verify("falls off the end of the code")) };
                if starts.contains(next) {
                    let target = self.flow_to(*next)?;
                    self.lw.b.ins().jump(target, &[]);
                    break;
                }
                i += 1;
            }
        }
        Ok(())
    }

    fn handlers_at(
        &mut self,
        code: &Code,
        pc: u32,
        catch_entries: &HashMap<u32, Block>,
    ) -> LResult<Vec<(Option<u32>, Block)>> {
        let mut out = Vec::new();
        for h in &code.exception_table {
            if u32::from(h.start_pc) <= pc && pc < u32::from(h.end_pc) {
                let blk = catch_entries[&u32::from(h.handler_pc)];
                let tag = match &h.catch_type {
                    None => None,
                    Some(name) => match self.jvm.catch_type(self.rt, name) {
                        Some(t) => Some(t.0),
                        None => continue,
                    },
                };
                out.push((tag, blk));
                if tag.is_none() {
                    return Ok(out);
                }
            }
        }
        if let Some((_, release)) = self.sync {
            out.push((None, release));
        }
        Ok(out)
    }

    /// Translates one instruction; returns whether control falls through.
    pub(crate) fn insn(&mut self, insn: &Insn) -> LResult<bool> {
        use Insn::*;
        match insn {
            Nop => {}
            Const(c) => self.constant(*c),
            Ldc(idx) => self.ldc(*idx)?,
            Load(k, index) => {
                let k = SKind::of_kind(*k);
                let var = self.local(*index, k);
                let v = self.lw.b.use_var(var);
                self.push(k, v);
            }
            Store(k, index) => {
                let k = SKind::of_kind(*k);
                let v = self.pop_k(k)?;
                let var = self.local(*index, k);
                self.lw.b.def_var(var, v);
            }
            ArrayLoad(ak) => self.array_load(*ak)?,
            ArrayStore(ak) => self.array_store(*ak)?,
            Pop | Pop2 | Dup | DupX1 | DupX2 | Dup2 | Dup2X1 | Dup2X2 | Swap => self.stack_op(insn)?,
            Arith(k, op) => self.arith(*k, *op)?,
            Iinc { index, delta } => {
                let var = self.local(*index, SKind::I);
                let v = self.lw.b.use_var(var);
                let r = self.lw.b.ins().iadd_imm_s(v, i64::from(*delta));
                self.lw.b.def_var(var, r);
            }
            Convert(from, to) => self.convert(*from, *to)?,
            Lcmp | Fcmpl | Fcmpg | Dcmpl | Dcmpg => self.compare(insn)?,
            If { cond, target } => {
                let v = self.pop_k(SKind::I)?;
                let c = self.lw.b.ins().icmp_imm_s(ops::intcc(*cond), v, 0);
                self.branch(c, *target)?;
            }
            IfICmp { cond, target } => {
                let b = self.pop_k(SKind::I)?;
                let a = self.pop_k(SKind::I)?;
                let c = self.lw.b.ins().icmp(ops::intcc(*cond), a, b);
                self.branch(c, *target)?;
            }
            IfACmp { eq, target } => {
                let b = self.pop_k(SKind::R)?;
                let a = self.pop_k(SKind::R)?;
                let cc = if *eq { cranelift_codegen::ir::condcodes::IntCC::Equal } else { cranelift_codegen::ir::condcodes::IntCC::NotEqual };
                let c = self.lw.b.ins().icmp(cc, a, b);
                self.branch(c, *target)?;
            }
            IfNull { target } | IfNonNull { target } => {
                let a = self.pop_k(SKind::R)?;
                let cc = if matches!(insn, IfNull { .. }) {
                    cranelift_codegen::ir::condcodes::IntCC::Equal
                } else {
                    cranelift_codegen::ir::condcodes::IntCC::NotEqual
                };
                let c = self.lw.b.ins().icmp_imm_s(cc, a, 0);
                self.branch(c, *target)?;
            }
            Goto(target) => {
                let blk = self.flow_to(*target)?;
                self.lw.b.ins().jump(blk, &[]);
                return Ok(false);
            }
            Jsr(_) | Ret(_) => {
                return Err(LowerError::Link(LinkError::new(
                    "java/lang/VerifyError",
                    "jsr/ret (class files before version 50) are not supported",
                )))
            }
            TableSwitch { default, low, targets, .. } => {
                let v = self.pop_k(SKind::I)?;
                let cases: Vec<(i32, u32)> = targets.iter().enumerate().map(|(i, &t)| (low.wrapping_add(i as i32), t)).collect();
                self.switch(v, &cases, *default)?;
                return Ok(false);
            }
            LookupSwitch { default, pairs } => {
                let v = self.pop_k(SKind::I)?;
                self.switch(v, pairs, *default)?;
                return Ok(false);
            }
            Return(k) => {
                let want = self.method.md.ret.as_ref().map(|r| SKind::of_ty(Ty::of(r)));
                if k.map(SKind::of_kind) != want {
                    return Err(verify("return instruction does not match the method's return type"));
                }
                let vals = match want {
                    Some(k) => vec![self.pop_k(k)?],
                    None => vec![],
                };
                if let Some((var, _)) = self.sync {
                    let lock = self.lw.b.use_var(var);
                    self.lw.monitor_exit(lock);
                }
                self.lw.b.ins().return_(&vals);
                return Ok(false);
            }
            GetStatic(i) => self.get_static(*i)?,
            PutStatic(i) => self.put_static(*i)?,
            GetField(i) => self.get_field(*i)?,
            PutField(i) => self.put_field(*i)?,
            InvokeVirtual(i) => self.invoke_virtual(*i)?,
            InvokeSpecial(i) => self.invoke_special(*i)?,
            InvokeStatic(i) => self.invoke_static(*i)?,
            InvokeInterface(i) => self.invoke_interface(*i)?,
            InvokeDynamic(i) => self.invoke_dynamic(*i)?,
            New(i) => self.new_object(*i)?,
            NewArray(ak) => self.new_prim_array(*ak)?,
            ANewArray(i) => self.new_ref_array(*i)?,
            MultiANewArray { index, dims } => self.multi_new_array(*index, *dims)?,
            ArrayLength => {
                let a = self.pop_k(SKind::R)?;
                self.lw.null_check(a);
                let n = self.lw.array_len(a);
                self.push(SKind::I, n);
            }
            AThrow => {
                let e = self.pop_k(SKind::R)?;
                self.lw.null_check(e);
                self.lw.throw(e);
                return Ok(false);
            }
            CheckCast(i) => self.check_cast(*i)?,
            InstanceOf(i) => self.instance_of(*i)?,
            MonitorEnter => {
                let o = self.pop_k(SKind::R)?;
                self.lw.null_check(o);
                self.lw.monitor_enter(o);
            }
            MonitorExit => {
                let o = self.pop_k(SKind::R)?;
                self.lw.null_check(o);
                self.lw.monitor_exit(o);
            }
        }
        Ok(true)
    }

    fn branch(&mut self, cond: Value, target: u32) -> LResult<()> {
        let taken = self.flow_to(target)?;
        let fall = self.lw.b.create_block();
        self.lw.b.ins().brif(cond, taken, &[], fall, &[]);
        self.lw.b.switch_to_block(fall);
        Ok(())
    }

    fn switch(&mut self, v: Value, cases: &[(i32, u32)], default: u32) -> LResult<()> {
        let mut sw = cranelift_frontend::Switch::new();
        let mut seen = std::collections::HashSet::new();
        for &(key, target) in cases {
            let blk = self.flow_to(target)?;
            if seen.insert(key) {
                sw.set_entry(u128::from(key as u32), blk);
            }
        }
        let d = self.flow_to(default)?;
        sw.emit(&mut self.lw.b, v, d);
        Ok(())
    }

    /// Throws a Java error (e.g. a link error) at this point of the code.
    pub(crate) fn throw_error(&mut self, e: &LinkError) -> LResult<()> {
        let mark = self.rt.handle_mark();
        let msg = self.jvm.new_str(self.rt, &e.message).map_err(LowerError::Thrown)?;
        self.rt.push_handle(msg);
        let class = self.jvm.intern(self.rt, &e.class.encode_utf16().collect::<Vec<_>>());
        self.rt.pop_handles(mark);
        let class = class.map_err(LowerError::Thrown)?;
        // Keep the message alive for the life of the code: intern it.
        let units: Vec<u16> = e.message.encode_utf16().collect();
        let msg = self.jvm.intern(self.rt, &units).map_err(LowerError::Thrown)?;
        let c = self.lw.b.ins().iconst(types::I64, class.addr() as i64);
        let m = self.lw.b.ins().iconst(types::I64, msg.addr() as i64);
        let exn = self.lw.call_rt("jvm_new_error", &[c, m])[0];
        self.lw.throw(exn);
        let dead = self.lw.b.create_block();
        self.lw.b.switch_to_block(dead);
        Ok(())
    }
}
