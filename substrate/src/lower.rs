//! Lowering helpers: how front ends emit object-model operations without
//! knowing layouts. A front end translates its bytecode's *semantics* and
//! calls these for representation: field and array access, allocation,
//! dispatch, type tests, faults, throws and calls inside try regions.

use crate::jit::{Jit, Shape};
use crate::layout::{self, TypeKind, DISPLAY_LEN, IMT_LEN};
use crate::runtime::{Fault, INIT_DONE, PENDING, STACK_LIMIT};
use cranelift_codegen::ir::{
    condcodes::IntCC, types, BlockArg, BlockCall, ExceptionTableData, ExceptionTableItem, ExceptionTag, FuncRef,
    InstBuilder, MemFlagsData, SigRef, StackSlot, StackSlotData, StackSlotKind, TrapCode, Type, UserStackMapEntry,
    Value,
};
use cranelift_codegen::ir::{Block, Function};
use cranelift_codegen::isa::TargetFrontendConfig;
use cranelift_frontend::FunctionBuilder;
use std::collections::HashMap;

/// Pointer-sized integer type of managed references.
pub const REF: Type = types::I64;

/// What a type test needs to know about its target type.
#[derive(Debug, Clone, Copy)]
pub struct TypeTarget {
    /// Type id.
    pub type_id: u32,
    /// Descriptor address.
    pub desc: usize,
    /// Depth in the superclass chain.
    pub depth: u32,
    /// Kind.
    pub kind: TypeKind,
}

/// What a managed call calls.
#[derive(Debug, Clone, Copy)]
enum Callee {
    Indirect(SigRef, Value),
    Direct(FuncRef),
}

/// A function being lowered.
pub struct Lowering<'a> {
    /// The Cranelift builder.
    pub b: FunctionBuilder<'a>,
    importer: Importer<'a>,
    imports: HashMap<&'static str, FuncRef>,
    throw_stub: usize,
    throw_sig: Option<SigRef>,
    home: u32,
    /// Handlers of the current try region, innermost first: (type id or
    /// catch-all, block taking the exception as its one parameter).
    pub handlers: Vec<(Option<u32>, Block)>,
    shared_raise: Option<Block>,
    /// References kept in explicit stack slots (value types, address-taken
    /// locals): reported at every safepoint of the function.
    frame_roots: Vec<(StackSlot, u32)>,
    /// Signatures of managed calls, imported once per shape.
    sigs: HashMap<Shape, SigRef>,
}

impl std::fmt::Debug for Lowering<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lowering").finish_non_exhaustive()
    }
}

const TRUSTED: MemFlagsData = MemFlagsData::trusted();

fn readonly() -> MemFlagsData {
    MemFlagsData::trusted().with_readonly()
}

/// Declares runtime functions in the function being built, on demand.
pub struct Importer<'a> {
    module: &'a mut cranelift_jit::JITModule,
    ids: &'a HashMap<&'static str, (cranelift_module::FuncId, usize)>,
}

impl std::fmt::Debug for Importer<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Importer").finish_non_exhaustive()
    }
}

impl Importer<'_> {
    fn declare(&mut self, name: &str, func: &mut Function) -> Option<(&'static str, FuncRef)> {
        let (&key, &(id, _)) = self.ids.get_key_value(name)?;
        Some((key, cranelift_module::Module::declare_func_in_func(self.module, id, func)))
    }
}

impl Jit {
    /// A builder for the function in `self.ctx` (its signature set) and an
    /// importer for the runtime functions it calls.
    pub fn builder(&mut self) -> (FunctionBuilder<'_>, Importer<'_>) {
        let Jit { module, ctx, fctx, imports, .. } = self;
        (FunctionBuilder::new(&mut ctx.func, fctx), Importer { module, ids: imports })
    }
}


impl<'a> Lowering<'a> {
    /// Wraps a builder from [`Jit::builder`]; `home` is the front end
    /// whose exceptions faults raise.
    pub fn new((b, importer): (FunctionBuilder<'a>, Importer<'a>), throw_stub: usize, home: u8) -> Self {
        Lowering {
            b,
            importer,
            imports: HashMap::new(),
            throw_stub,
            throw_sig: None,
            home: u32::from(home),
            handlers: Vec::new(),
            shared_raise: None,
            frame_roots: Vec::new(),
            sigs: HashMap::new(),
        }
    }

    /// Seals and finalizes the function.
    pub fn finish(mut self, cfg: TargetFrontendConfig) {
        if let Some(b) = self.shared_raise.take() {
            self.handlers.clear();
            self.fill_raise_pending(b);
        }
        self.b.seal_all_blocks();
        self.attach_frame_roots();
        self.b.finalize(cfg);
    }

    /// Declares that the 8-byte word at `offset` in `slot` holds a
    /// reference (or null) for the whole function: the slot must be zeroed
    /// before the first safepoint.
    pub fn frame_root(&mut self, slot: StackSlot, offset: u32) {
        self.frame_roots.push((slot, offset));
    }

    /// Adds the frame roots to the stack map of every call in the function.
    fn attach_frame_roots(&mut self) {
        if self.frame_roots.is_empty() {
            return;
        }
        let func = &mut *self.b.func;
        let mut calls = Vec::new();
        for block in func.layout.blocks() {
            for inst in func.layout.block_insts(block) {
                if func.dfg.insts[inst].opcode().is_safepoint() {
                    calls.push(inst);
                }
            }
        }
        for inst in calls {
            for &(slot, offset) in &self.frame_roots {
                func.dfg.append_user_stack_map_entry(inst, UserStackMapEntry { ty: REF, slot, offset });
            }
        }
    }

    /// The whole body of a native method: spills the arguments as 64-bit
    /// slots and calls the front end's `native` through `rt_native`.
    pub fn native_adapter(&mut self, method: u32) {
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let params = self.b.block_params(entry).to_vec();
        let n = params.len().max(1);
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, (8 * n) as u32, 3));
        for (i, &p) in params.iter().enumerate() {
            let t = self.b.func.dfg.value_type(p);
            let v = if t == types::I32 {
                self.b.ins().sextend(types::I64, p)
            } else if t == types::F32 {
                let bits = self.b.ins().bitcast(types::I32, MemFlagsData::new(), p);
                self.b.ins().uextend(types::I64, bits)
            } else if t == types::F64 {
                self.b.ins().bitcast(types::I64, MemFlagsData::new(), p)
            } else {
                p
            };
            let a = self.b.ins().stack_addr(types::I64, slot, (8 * i) as i32);
            self.b.ins().store(TRUSTED, v, a, 0);
        }
        let addr = self.b.ins().stack_addr(types::I64, slot, 0);
        let mid = self.b.ins().iconst(types::I32, i64::from(method));
        let cnt = self.b.ins().iconst(types::I32, params.len() as i64);
        let r = self.call_rt("rt_native", &[mid, addr, cnt])[0];
        self.check_pending();
        let ret: Vec<Value> = match self.b.func.signature.returns.first().map(|a| a.value_type) {
            None => vec![],
            Some(t) if t == types::I32 => vec![self.b.ins().ireduce(types::I32, r)],
            Some(t) if t == types::F32 => {
                let i = self.b.ins().ireduce(types::I32, r);
                vec![self.b.ins().bitcast(types::F32, MemFlagsData::new(), i)]
            }
            Some(t) if t == types::F64 => vec![self.b.ins().bitcast(types::F64, MemFlagsData::new(), r)],
            Some(_) => vec![r],
        };
        self.b.ins().return_(&ret);
    }

    /// The runtime function `name`, declared in this function on first use
    /// (every declared signature costs ABI work in the code generator).
    fn import(&mut self, name: &str) -> FuncRef {
        if let Some(&f) = self.imports.get(name) {
            return f;
        }
        match self.importer.declare(name, self.b.func) {
            Some((key, f)) => {
                self.imports.insert(key, f);
                f
            }
            None => panic_free_missing(name),
        }
    }

    /// The signature of managed calls of `shape`, imported on first use.
    pub fn signature(&mut self, shape: &Shape) -> SigRef {
        if let Some(&s) = self.sigs.get(shape) {
            return s;
        }
        let s = self.b.import_signature(shape.signature());
        self.sigs.insert(shape.clone(), s);
        s
    }

    /// A plain call to a runtime function (runtime functions never unwind).
    pub fn call_rt(&mut self, name: &str, args: &[Value]) -> Vec<Value> {
        let f = self.import(name);
        let call = self.b.ins().call(f, args);
        self.b.inst_results(call).to_vec()
    }

    /// Calls managed code at `code` with signature `sig`, as a `try_call`
    /// when inside a try region.
    pub fn call_managed(&mut self, sig: SigRef, code: Value, args: &[Value]) -> Vec<Value> {
        self.call(Callee::Indirect(sig, code), args)
    }

    /// Calls a function declared in this one (e.g. itself) directly.
    pub fn call_direct(&mut self, f: FuncRef, args: &[Value]) -> Vec<Value> {
        self.call(Callee::Direct(f), args)
    }

    fn call(&mut self, callee: Callee, args: &[Value]) -> Vec<Value> {
        if self.handlers.is_empty() {
            let call = match callee {
                Callee::Indirect(sig, code) => self.b.ins().call_indirect(sig, code, args),
                Callee::Direct(f) => self.b.ins().call(f, args),
            };
            return self.b.inst_results(call).to_vec();
        }
        let sig = match callee {
            Callee::Indirect(sig, _) => sig,
            Callee::Direct(f) => self.b.func.dfg.ext_funcs[f].signature,
        };
        let nret = self.b.func.dfg.signatures[sig].returns.len();
        let ret_types: Vec<Type> = self.b.func.dfg.signatures[sig].returns.iter().map(|a| a.value_type).collect();
        let cont = self.b.create_block();
        for &t in &ret_types {
            self.b.append_block_param(cont, t);
        }
        let normal_args: Vec<BlockArg> = (0..nret).map(|i| BlockArg::TryCallRet(i as u32)).collect();
        let normal = BlockCall::new(cont, normal_args, &mut self.b.func.dfg.value_lists);
        let mut items = Vec::new();
        let mut landings = Vec::new();
        for (tag, target) in self.handlers.clone() {
            let landing = self.b.create_block();
            let exn = self.b.append_block_param(landing, REF);
            self.b.set_cold_block(landing);
            let call = BlockCall::new(landing, [BlockArg::TryCallExn(0)], &mut self.b.func.dfg.value_lists);
            items.push(match tag {
                Some(t) => ExceptionTableItem::Tag(ExceptionTag::from_u32(t), call),
                None => ExceptionTableItem::Default(call),
            });
            landings.push((landing, exn, target));
        }
        let et = self.b.func.dfg.exception_tables.push(ExceptionTableData::new(sig, normal, items));
        match callee {
            Callee::Indirect(_, code) => self.b.ins().try_call_indirect(code, args, et),
            Callee::Direct(f) => self.b.ins().try_call(f, args, et),
        };
        for (landing, exn, target) in landings {
            self.b.switch_to_block(landing);
            self.b.ins().jump(target, &[BlockArg::Value(exn)]);
        }
        self.b.switch_to_block(cont);
        self.b.block_params(cont).to_vec()
    }

    /// Throws `exn` (non-null): to a handler of the current try region or
    /// out of the function. Ends the current block.
    pub fn throw(&mut self, exn: Value) {
        let sig = match self.throw_sig {
            Some(s) => s,
            None => {
                let mut s = cranelift_codegen::ir::Signature::new(cranelift_codegen::isa::CallConv::Tail);
                s.params.push(cranelift_codegen::ir::AbiParam::new(REF));
                let s = self.b.import_signature(s);
                self.throw_sig = Some(s);
                s
            }
        };
        let stub = self.b.ins().iconst(REF, self.throw_stub as i64);
        self.call_managed(sig, stub, &[exn]);
        self.b.ins().trap(TrapCode::unwrap_user(2));
    }

    /// Makes faults raised from here on the exceptions of front end `home`
    /// (checks made for a caller of the other VM).
    pub fn set_fault_home(&mut self, home: u8) {
        self.home = u32::from(home);
    }

    /// Emits `if cond != 0 { <cold block that raises a fault> }`.
    pub fn fault_if(&mut self, cond: Value, fault: Fault, arg: Value) {
        let cold = self.b.create_block();
        let cont = self.b.create_block();
        self.b.set_cold_block(cold);
        self.b.ins().brif(cond, cold, &[], cont, &[]);
        self.b.switch_to_block(cold);
        let home = self.b.ins().iconst(types::I32, i64::from(self.home));
        let kind = self.b.ins().iconst(types::I32, fault as i64);
        let exn = self.call_rt("rt_fault", &[home, kind, arg])[0];
        self.throw(exn);
        self.b.switch_to_block(cont);
    }

    /// Raises the pending exception if a runtime call left one.
    pub fn check_pending(&mut self) {
        let addr = self.b.ins().iconst(REF, PENDING.as_ptr() as i64);
        let p = self.b.ins().load(REF, TRUSTED, addr, 0);
        self.raise_if_nonzero(p, addr);
    }

    /// Raises the pending exception when `result` is 0.
    pub fn check_result(&mut self, result: Value) {
        let (cold, fill) = self.raise_pending_block();
        let cont = self.b.create_block();
        self.b.ins().brif(result, cont, &[], cold, &[]);
        if fill {
            self.fill_raise_pending(cold);
        }
        self.b.switch_to_block(cont);
    }

    fn raise_if_nonzero(&mut self, p: Value, _addr: Value) {
        let (cold, fill) = self.raise_pending_block();
        let cont = self.b.create_block();
        self.b.ins().brif(p, cold, &[], cont, &[]);
        if fill {
            self.fill_raise_pending(cold);
        }
        self.b.switch_to_block(cont);
    }

    /// A cold block that takes the pending exception and raises it, and
    /// whether the caller must fill it now. Outside try regions one block,
    /// filled by `finish`, serves the whole function (the exception's stack
    /// trace was taken where it was made, so the raising site does not
    /// matter); inside, each site gets its own, for its handlers.
    fn raise_pending_block(&mut self) -> (Block, bool) {
        if self.handlers.is_empty() {
            if let Some(b) = self.shared_raise {
                return (b, false);
            }
            let b = self.b.create_block();
            self.b.set_cold_block(b);
            self.shared_raise = Some(b);
            return (b, false);
        }
        let b = self.b.create_block();
        self.b.set_cold_block(b);
        (b, true)
    }

    /// Emits the body of a raise-pending block (the current block must be
    /// terminated).
    fn fill_raise_pending(&mut self, cold: Block) {
        self.b.switch_to_block(cold);
        let addr = self.b.ins().iconst(REF, PENDING.as_ptr() as i64);
        let p = self.b.ins().load(REF, TRUSTED, addr, 0);
        let zero = self.b.ins().iconst(REF, 0);
        self.b.ins().store(TRUSTED, zero, addr, 0);
        self.throw(p);
    }

    /// A narrow integer held in 32 bits, re-extended by its own type: the
    /// low bits of `v` as `narrow` (i8/i16), sign- or zero-extended to i32.
    pub fn rewiden(&mut self, v: Value, narrow: Type, signed: bool) -> Value {
        let n = self.b.ins().ireduce(narrow, v);
        if signed {
            self.b.ins().sextend(types::I32, n)
        } else {
            self.b.ins().uextend(types::I32, n)
        }
    }

    /// Faults with `NullDeref` when `v` is null.
    pub fn null_check(&mut self, v: Value) {
        let is_null = self.b.ins().icmp_imm_s(IntCC::Equal, v, 0);
        let zero = self.b.ins().iconst(types::I64, 0);
        self.fault_if(is_null, Fault::NullDeref, zero);
    }

    /// Prologue check: raises a stack overflow when the stack is nearly full.
    pub fn stack_check(&mut self) {
        let sp = self.b.ins().get_stack_pointer(REF);
        let addr = self.b.ins().iconst(REF, STACK_LIMIT.as_ptr() as i64);
        let limit = self.b.ins().load(REF, TRUSTED, addr, 0);
        let over = self.b.ins().icmp(IntCC::UnsignedLessThan, sp, limit);
        let cold = self.b.create_block();
        let cont = self.b.create_block();
        self.b.set_cold_block(cold);
        self.b.ins().brif(over, cold, &[], cont, &[]);
        self.b.switch_to_block(cold);
        let home = self.b.ins().iconst(types::I32, i64::from(self.home));
        let exn = self.call_rt("rt_stack_overflow", &[home])[0];
        self.throw(exn);
        self.b.switch_to_block(cont);
    }

    /// Enters the monitor of non-null `obj`. One mutator thread owns every
    /// monitor it enters, so entering counts up in the header word.
    pub fn monitor_enter(&mut self, obj: Value) {
        let w = self.b.ins().load(types::I64, TRUSTED, obj, layout::HEADER_WORD_OFFSET);
        let w = self.b.ins().iadd_imm_s(w, 1i64 << layout::LOCK_SHIFT);
        self.b.ins().store(TRUSTED, w, obj, layout::HEADER_WORD_OFFSET);
    }

    /// Exits the monitor of non-null `obj`; faults when it is not held.
    pub fn monitor_exit(&mut self, obj: Value) {
        let w = self.b.ins().load(types::I64, TRUSTED, obj, layout::HEADER_WORD_OFFSET);
        let count = self.b.ins().ushr_imm_u(w, i64::from(layout::LOCK_SHIFT));
        let free = self.b.ins().icmp_imm_s(IntCC::Equal, count, 0);
        let zero = self.b.ins().iconst(types::I64, 0);
        self.fault_if(free, Fault::MonitorState, zero);
        let w = self.b.ins().iadd_imm_s(w, -(1i64 << layout::LOCK_SHIFT));
        self.b.ins().store(TRUSTED, w, obj, layout::HEADER_WORD_OFFSET);
    }

    /// Prologue of `Quick` code: counts the call; once the method is hot,
    /// forwards (as a tail call with the same arguments) to its optimised
    /// code, compiling it first if no one has yet.
    pub fn tier_prologue(&mut self, method: u32, counter: usize, slot: usize, me: FuncRef, params: &[Value]) {
        let ca = self.b.ins().iconst(REF, counter as i64);
        let c = self.b.ins().load(types::I32, TRUSTED, ca, 0);
        let c1 = self.b.ins().iadd_imm_s(c, 1);
        self.b.ins().store(TRUSTED, c1, ca, 0);
        let hot = self.b.ins().icmp_imm_u(IntCC::UnsignedGreaterThanOrEqual, c1, i64::from(crate::runtime::TIER_UP_CALLS));
        let cold = self.b.create_block();
        let cont = self.b.create_block();
        let up = self.b.create_block();
        let fwd = self.b.create_block();
        let target = self.b.append_block_param(fwd, REF);
        for blk in [cold, up, fwd] {
            self.b.set_cold_block(blk);
        }
        self.b.ins().brif(hot, cold, &[], cont, &[]);
        self.b.switch_to_block(cold);
        let sa = self.b.ins().iconst(REF, slot as i64);
        let current = self.b.ins().load(REF, TRUSTED, sa, 0);
        let this_code = self.b.ins().func_addr(REF, me);
        let stale = self.b.ins().icmp(IntCC::NotEqual, current, this_code);
        self.b.ins().brif(stale, fwd, &[BlockArg::Value(current)], up, &[]);
        self.b.switch_to_block(up);
        let m = self.b.ins().iconst(types::I32, i64::from(method));
        let code = self.call_rt("rt_tier_up", &[m])[0];
        self.b.ins().jump(fwd, &[BlockArg::Value(code)]);
        self.b.switch_to_block(fwd);
        let sig = self.b.func.signature.clone();
        let sig = self.b.import_signature(sig);
        self.b.ins().return_call_indirect(sig, target, params);
        self.b.switch_to_block(cont);
    }

    /// Makes sure type `type_id` is initialised before continuing.
    pub fn init_check(&mut self, type_id: u32, state: usize) {
        let addr = self.b.ins().iconst(REF, state as i64);
        let s = self.b.ins().uload8(types::I32, TRUSTED, addr, 0);
        let done = self.b.ins().icmp_imm_s(IntCC::Equal, s, i64::from(INIT_DONE));
        let cold = self.b.create_block();
        let cont = self.b.create_block();
        self.b.set_cold_block(cold);
        self.b.ins().brif(done, cont, &[], cold, &[]);
        self.b.switch_to_block(cold);
        let t = self.b.ins().iconst(types::I32, i64::from(type_id));
        let home = self.b.ins().iconst(types::I32, i64::from(self.home));
        let ok = self.call_rt("rt_init_type", &[t, home])[0];
        self.check_result(ok);
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// Allocates an object of type `type_id`.
    pub fn new_object(&mut self, type_id: u32) -> Value {
        let t = self.b.ins().iconst(types::I32, i64::from(type_id));
        let r = self.call_rt("rt_alloc", &[t])[0];
        self.check_result(r);
        // A new object is a root wherever it is live across a safepoint.
        self.b.declare_value_needs_stack_map(r);
        r
    }

    /// Allocates an array of array type `type_id` with `len` (i32) elements.
    pub fn new_array(&mut self, type_id: u32, len: Value) -> Value {
        let t = self.b.ins().iconst(types::I32, i64::from(type_id));
        let r = self.call_rt("rt_alloc_array", &[t, len])[0];
        self.check_result(r);
        // A new object is a root wherever it is live across a safepoint.
        self.b.declare_value_needs_stack_map(r);
        r
    }

    /// Loads a field of type `ty` at `offset` of non-null `obj`.
    pub fn load_field(&mut self, ty: Type, obj: Value, offset: u32) -> Value {
        self.b.ins().load(ty, TRUSTED, obj, offset as i32)
    }

    /// The write barrier before storing a reference into non-null `obj`:
    /// an old object (marked) that is not yet logged is remembered so the
    /// next minor collection traces it.
    pub fn write_barrier(&mut self, obj: Value) {
        let w = self.b.ins().load(types::I64, TRUSTED, obj, layout::HEADER_WORD_OFFSET);
        let bits = self.b.ins().band_imm_u(w, (layout::MARK_BIT | layout::LOGGED_BIT) as i64);
        let old = self.b.ins().icmp_imm_u(IntCC::Equal, bits, layout::MARK_BIT as i64);
        let cold = self.b.create_block();
        let cont = self.b.create_block();
        self.b.set_cold_block(cold);
        self.b.ins().brif(old, cold, &[], cont, &[]);
        self.b.switch_to_block(cold);
        self.call_rt("rt_remember", &[obj]);
        self.b.ins().jump(cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// The write barrier for a reference stored through a managed pointer
    /// (`addr` may point into an object, a frame or static storage).
    pub fn interior_write_barrier(&mut self, addr: Value) {
        self.call_rt("rt_remember_interior", &[addr]);
    }

    /// Stores a field.
    pub fn store_field(&mut self, obj: Value, offset: u32, v: Value) {
        self.b.ins().store(TRUSTED, v, obj, offset as i32);
    }

    /// Loads a static field at absolute address `addr`.
    pub fn load_static(&mut self, ty: Type, addr: usize) -> Value {
        let a = self.b.ins().iconst(REF, addr as i64);
        self.b.ins().load(ty, TRUSTED, a, 0)
    }

    /// Stores a static field.
    pub fn store_static(&mut self, addr: usize, v: Value) {
        let a = self.b.ins().iconst(REF, addr as i64);
        self.b.ins().store(TRUSTED, v, a, 0);
    }

    /// Length of a non-null array or string, as i32.
    pub fn array_len(&mut self, arr: Value) -> Value {
        self.b.ins().load(types::I32, TRUSTED, arr, layout::LENGTH_OFFSET)
    }

    /// Address of element `idx` (i32) of non-null `arr`, after a bounds check.
    pub fn element_addr(&mut self, arr: Value, idx: Value, elem_size: u32) -> Value {
        let len = self.array_len(arr);
        let oob = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, idx, len);
        // The fault's argument packs the index (low half) and the length.
        let idx64 = self.b.ins().uextend(types::I64, idx);
        let len64 = self.b.ins().uextend(types::I64, len);
        let hi = self.b.ins().ishl_imm_u(len64, 32);
        let packed = self.b.ins().bor(hi, idx64);
        self.fault_if(oob, Fault::IndexOutOfRange, packed);
        let idx64 = self.b.ins().sextend(types::I64, idx);
        let scaled = self.b.ins().imul_imm_s(idx64, i64::from(elem_size));
        let base = self.b.ins().iadd(arr, scaled);
        self.b.ins().iadd_imm_s(base, i64::from(layout::DATA_OFFSET))
    }

    /// Loads an element of type `ty` at `addr` (from `element_addr`).
    pub fn load_element(&mut self, ty: Type, addr: Value) -> Value {
        self.b.ins().load(ty, TRUSTED, addr, 0)
    }

    /// Stores an element.
    pub fn store_element(&mut self, addr: Value, v: Value) {
        self.b.ins().store(TRUSTED, v, addr, 0);
    }

    /// Faults with `ArrayStore` unless `value` may be stored into `arr`.
    pub fn store_check(&mut self, arr: Value, value: Value) {
        let ok = self.call_rt("rt_can_store", &[arr, value])[0];
        let bad = self.b.ins().icmp_imm_s(IntCC::Equal, ok, 0);
        self.fault_if(bad, Fault::ArrayStore, value);
    }

    /// The descriptor address of non-null `obj`.
    pub fn desc_of(&mut self, obj: Value) -> Value {
        self.b.ins().load(REF, readonly(), obj, layout::TYPE_OFFSET)
    }

    /// Code for vtable slot `slot` of non-null `obj`, resolving it on first use.
    pub fn virtual_code(&mut self, obj: Value, slot: u32) -> Value {
        let desc = self.desc_of(obj);
        let code = self.b.ins().load(REF, TRUSTED, desc, layout::vtable_entry_offset(slot));
        let cont = self.b.create_block();
        let r = self.b.append_block_param(cont, REF);
        let cold = self.b.create_block();
        self.b.set_cold_block(cold);
        self.b.ins().brif(code, cont, &[BlockArg::Value(code)], cold, &[]);
        self.b.switch_to_block(cold);
        let s = self.b.ins().iconst(types::I32, i64::from(slot));
        let c = self.call_rt("rt_resolve_virtual", &[obj, s])[0];
        self.check_result(c);
        self.b.ins().jump(cont, &[BlockArg::Value(c)]);
        self.b.switch_to_block(cont);
        r
    }

    /// Code for interface selector `sel` on non-null `obj` (IMT hit or resolver).
    pub fn interface_code(&mut self, obj: Value, sel: u64) -> Value {
        let desc = self.desc_of(obj);
        let off = layout::imt_entry_offset((sel % IMT_LEN as u64) as usize);
        let key = self.b.ins().load(types::I64, TRUSTED, desc, off);
        let hit = self.b.ins().icmp_imm_s(IntCC::Equal, key, sel as i64);
        let cont = self.b.create_block();
        let r = self.b.append_block_param(cont, REF);
        let fast = self.b.create_block();
        let cold = self.b.create_block();
        self.b.set_cold_block(cold);
        self.b.ins().brif(hit, fast, &[], cold, &[]);
        self.b.switch_to_block(fast);
        let code = self.b.ins().load(REF, TRUSTED, desc, off + 8);
        self.b.ins().jump(cont, &[BlockArg::Value(code)]);
        self.b.switch_to_block(cold);
        let s = self.b.ins().iconst(types::I64, sel as i64);
        let c = self.call_rt("rt_resolve_interface", &[obj, s])[0];
        self.check_result(c);
        self.b.ins().jump(cont, &[BlockArg::Value(c)]);
        self.b.switch_to_block(cont);
        r
    }

    /// Code of a method through its slot, compiling on first call.
    pub fn slot_code(&mut self, slot_addr: usize, method: u32) -> Value {
        let a = self.b.ins().iconst(REF, slot_addr as i64);
        let code = self.b.ins().load(REF, TRUSTED, a, 0);
        let cont = self.b.create_block();
        let r = self.b.append_block_param(cont, REF);
        let cold = self.b.create_block();
        self.b.set_cold_block(cold);
        self.b.ins().brif(code, cont, &[BlockArg::Value(code)], cold, &[]);
        self.b.switch_to_block(cold);
        let m = self.b.ins().iconst(types::I32, i64::from(method));
        let c = self.call_rt("rt_compile", &[m])[0];
        self.check_result(c);
        self.b.ins().jump(cont, &[BlockArg::Value(c)]);
        self.b.switch_to_block(cont);
        r
    }

    /// 1 (i32) if a catch clause for `target` catches `exn`: an instance
    /// test, through the runtime when the type has catch aliases.
    pub fn catches(&mut self, exn: Value, target: &TypeTarget, aliased: bool) -> Value {
        if !aliased {
            return self.instance_of(exn, target);
        }
        let t = self.b.ins().iconst(types::I32, i64::from(target.type_id));
        self.call_rt("rt_catches", &[exn, t])[0]
    }

    /// 1 (i32) if `obj` is non-null and an instance of `target`, else 0.
    pub fn instance_of(&mut self, obj: Value, target: &TypeTarget) -> Value {
        let cont = self.b.create_block();
        let r = self.b.append_block_param(cont, types::I32);
        let nonnull = self.b.create_block();
        let zero = self.b.ins().iconst(types::I32, 0);
        self.b.ins().brif(obj, nonnull, &[], cont, &[BlockArg::Value(zero)]);
        self.b.switch_to_block(nonnull);
        if target.kind == TypeKind::Object && (target.depth as usize) < DISPLAY_LEN {
            let desc = self.desc_of(obj);
            let anc = self.b.ins().load(REF, readonly(), desc, layout::display_offset(target.depth as usize));
            let eq = self.b.ins().icmp_imm_s(IntCC::Equal, anc, target.desc as i64);
            let v = self.b.ins().uextend(types::I32, eq);
            self.b.ins().jump(cont, &[BlockArg::Value(v)]);
        } else {
            let t = self.b.ins().iconst(types::I32, i64::from(target.type_id));
            let v = self.call_rt("rt_is_instance", &[obj, t])[0];
            self.b.ins().jump(cont, &[BlockArg::Value(v)]);
        }
        self.b.switch_to_block(cont);
        r
    }

    /// Faults with `InvalidCast` unless `obj` is null or an instance of `target`.
    pub fn cast(&mut self, obj: Value, target: &TypeTarget) {
        let ok = self.instance_of(obj, target);
        let is_null = self.b.ins().icmp_imm_s(IntCC::Equal, obj, 0);
        let is_null = self.b.ins().uextend(types::I32, is_null);
        let pass = self.b.ins().bor(ok, is_null);
        let bad = self.b.ins().icmp_imm_s(IntCC::Equal, pass, 0);
        self.fault_if(bad, Fault::InvalidCast, obj);
    }
}

#[cold]
fn panic_free_missing(name: &str) -> FuncRef {
    eprintln!("twain: internal error: runtime function {name} was not imported");
    std::process::exit(70)
}
