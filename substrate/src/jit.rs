//! The Cranelift engine: one `JITModule` for all managed code, the
//! runtime-function imports, the entry trampolines through which Rust calls
//! managed code, and the throw stub through which managed code raises.
//!
//! Every managed method uses `CallConv::Tail` (`try_call` needs it). Code is
//! compiled one function at a time, on first call, and registered in the
//! [`CodeRegistry`] with its stack maps, handlers and source positions.

use crate::code::{CallSite, CodeKind, CodeRegistry, FuncInfo, Handler};
use cranelift_codegen::ir::{
    types, AbiParam, BlockArg, BlockCall, ExceptionTableData, ExceptionTableItem, FuncRef, Function, InstBuilder,
    MemFlagsData, Signature, Type, UserFuncName,
};
use cranelift_codegen::isa::{CallConv, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::{Context, FinalizedMachExceptionHandler};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_jit::{ArenaMemoryProvider, JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, FuncId, Linkage, Module};
use std::collections::HashMap;

/// Errors from code generation. They are bugs or limits, not user errors.
#[derive(Debug, thiserror::Error)]
pub enum JitError {
    /// Cranelift rejected a function.
    #[error("code generation failed: {0}")]
    Codegen(String),
    /// Setting up the engine failed.
    #[error("JIT set-up failed: {0}")]
    Setup(String),
}

/// A runtime function compiled code may call: its symbol, address and shape.
#[derive(Debug, Clone, Copy)]
pub struct RuntimeSymbol {
    /// Symbol name.
    pub name: &'static str,
    /// Address of the `extern "C"` function.
    pub addr: *const u8,
    /// Parameter types.
    pub params: &'static [Type],
    /// Return types.
    pub returns: &'static [Type],
}

/// The shape of a managed signature: parameter and return types.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Shape {
    /// Parameter types, `this` first.
    pub params: Vec<Type>,
    /// Return type, if any.
    pub ret: Option<Type>,
}

impl Shape {
    /// The Cranelift signature with the managed calling convention.
    pub fn signature(&self) -> Signature {
        let mut s = Signature::new(CallConv::Tail);
        s.params.extend(self.params.iter().map(|&t| AbiParam::new(t)));
        s.returns.extend(self.ret.iter().map(|&t| AbiParam::new(t)));
        s
    }
}

type EntryFn = extern "C" fn(usize, *const u64, *mut u64) -> usize;

/// The JIT engine.
pub struct Jit {
    /// The module all code lives in.
    pub module: JITModule,
    /// Reused compilation context.
    pub ctx: Context,
    /// Reused frontend context.
    pub fctx: FunctionBuilderContext,
    pub(crate) imports: HashMap<&'static str, (FuncId, usize)>,
    entries: HashMap<Shape, usize>,
    throw_stub: Option<usize>,
    /// The stack layout of the function compiled last.
    last_frame: Option<cranelift_codegen::MachBufferFrameLayout>,
    /// Functions compiled so far.
    pub compiled: u64,
    /// Id declared for the function being built (so it can call itself).
    pending: Option<FuncId>,
    quick_isa: OwnedTargetIsa,
}

impl std::fmt::Debug for Jit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Jit").field("compiled", &self.compiled).finish_non_exhaustive()
    }
}

/// How hard the code generator works on a function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tier {
    /// Fast to compile: no optimisation, single-pass register allocation.
    /// For code that runs rarely (start-up, initialisers); hot methods
    /// are recompiled `Optimized`.
    Quick,
    /// Optimised code.
    Optimized,
}

fn isa(tier: Tier) -> Result<OwnedTargetIsa, JitError> {
    let e = |x: &dyn std::fmt::Display| JitError::Setup(x.to_string());
    let mut flags = settings::builder();
    let (opt, regalloc) = match tier {
        Tier::Quick => ("none", "single_pass"),
        Tier::Optimized => ("speed", "backtracking"),
    };
    for (k, v) in [
        ("use_colocated_libcalls", "false"),
        ("is_pic", "false"),
        ("opt_level", opt),
        ("regalloc_algorithm", regalloc),
        ("preserve_frame_pointers", "true"),
        ("enable_verifier", if cfg!(debug_assertions) { "true" } else { "false" }),
    ] {
        flags.set(k, v).map_err(|x| e(&x))?;
    }
    let builder = cranelift_native::builder().map_err(|x| e(&x))?;
    builder.finish(settings::Flags::new(flags)).map_err(|x| e(&x))
}

impl Jit {
    /// Creates the engine with the runtime functions compiled code may import.
    pub fn new(symbols: &[RuntimeSymbol]) -> Result<Jit, JitError> {
        let quick_isa = isa(Tier::Quick)?;
        let mut jb = JITBuilder::with_isa(isa(Tier::Optimized)?, default_libcall_names());
        let provider = ArenaMemoryProvider::new_with_size(1 << 30).map_err(|x| JitError::Setup(x.to_string()))?;
        jb.memory_provider(Box::new(provider));
        for s in symbols {
            jb.symbol(s.name, s.addr);
        }
        let mut module = JITModule::new(jb);
        let cc = module.isa().default_call_conv();
        let mut imports = HashMap::new();
        for s in symbols {
            let mut sig = Signature::new(cc);
            sig.params.extend(s.params.iter().map(|&t| AbiParam::new(t)));
            sig.returns.extend(s.returns.iter().map(|&t| AbiParam::new(t)));
            let id = module
                .declare_function(s.name, Linkage::Import, &sig)
                .map_err(|x| JitError::Setup(x.to_string()))?;
            imports.insert(s.name, (id, s.addr as usize));
        }
        let ctx = module.make_context();
        Ok(Jit { module, ctx, fctx: FunctionBuilderContext::new(), imports, entries: HashMap::new(), throw_stub: None, last_frame: None, compiled: 0, pending: None, quick_isa })
    }

    /// Compiles with the quick ISA and hands the bytes to the module.
    #[expect(clippy::result_large_err, reason = "mirrors Module::define_function's error type")]
    fn define_quick(&mut self, id: FuncId) -> cranelift_module::ModuleResult<()> {
        let mut ctrl = cranelift_codegen::control::ControlPlane::default();
        self.ctx
            .compile(&*self.quick_isa, &mut ctrl)
            .map_err(|e| cranelift_module::ModuleError::Compilation(e.inner))?;
        let Some(code) = self.ctx.compiled_code() else {
            return Err(cranelift_module::ModuleError::Compilation(cranelift_codegen::CodegenError::Unsupported(
                "no compiled code".into(),
            )));
        };
        let align = u64::from(code.buffer.alignment).max(16);
        let relocs: Vec<cranelift_module::ModuleReloc> = code
            .buffer
            .relocs()
            .iter()
            .map(|r| cranelift_module::ModuleReloc::from_mach_reloc(r, &self.ctx.func, id))
            .collect();
        let bytes = code.code_buffer().to_vec();
        self.module.define_function_bytes(id, align, &bytes, &relocs)
    }

    /// Resets the compilation context for a new function.
    pub fn clear(&mut self) {
        self.module.clear_context(&mut self.ctx);
    }

    /// Where stack slot `slot` of the function compiled last lives, as an
    /// offset from its frame pointer (negative: below it).
    pub fn slot_offset_from_fp(&self, slot: cranelift_codegen::ir::StackSlot) -> Option<i64> {
        let layout = self.last_frame.as_ref()?;
        let at = layout.stackslots.get(slot)?;
        Some(i64::from(at.offset) - i64::from(layout.frame_to_fp_offset))
    }

    /// Abandons a half-built function: fresh contexts, no pending id.
    pub fn reset(&mut self) {
        self.module.clear_context(&mut self.ctx);
        self.fctx = FunctionBuilderContext::new();
        self.pending = None;
    }

    /// The target's configuration, for `FunctionBuilder::finalize`.
    pub fn target_config(&self) -> cranelift_codegen::isa::TargetFrontendConfig {
        self.module.target_config()
    }

    /// Declares the function about to be built (its signature must be set)
    /// and returns a reference through which it calls itself directly.
    pub fn declare_self(&mut self) -> Result<FuncRef, JitError> {
        let sig = self.ctx.func.signature.clone();
        let id = self.module.declare_anonymous_function(&sig).map_err(|e| JitError::Codegen(e.to_string()))?;
        self.pending = Some(id);
        Ok(self.module.declare_func_in_func(id, &mut self.ctx.func))
    }

    /// Declares runtime function `name` in `func`.
    pub fn import(&mut self, name: &str, func: &mut Function) -> Option<FuncRef> {
        let &(id, _) = self.imports.get(name)?;
        Some(self.module.declare_func_in_func(id, func))
    }

    /// Compiles the function in `self.ctx` and registers its metadata.
    /// Returns the code address.
    pub fn finish(&mut self, kind: CodeKind, registry: &mut CodeRegistry) -> Result<usize, JitError> {
        self.finish_tier(kind, registry, Tier::Optimized)
    }

    /// Compiles the function in `self.ctx` at `tier` and registers its
    /// metadata. Returns the code address.
    pub fn finish_tier(&mut self, kind: CodeKind, registry: &mut CodeRegistry, tier: Tier) -> Result<usize, JitError> {
        let sig = self.ctx.func.signature.clone();
        let id = match self.pending.take() {
            Some(id) => id,
            None => self.module.declare_anonymous_function(&sig).map_err(|e| JitError::Codegen(e.to_string()))?,
        };
        self.ctx.func.name = UserFuncName::user(0, id.as_u32());
        let ir_blocks = self.ctx.func.layout.blocks().count();
        let ir_insts = self.ctx.func.dfg.num_insts();
        let t0 = std::time::Instant::now();
        let disasm = std::env::var_os("TWAIN_DISASM").is_some();
        self.ctx.set_disasm(disasm);
        let defined = match tier {
            Tier::Optimized => self.module.define_function(id, &mut self.ctx),
            Tier::Quick => self.define_quick(id),
        };
        if let Err(e) = defined {
            let msg = match &e {
                cranelift_module::ModuleError::Compilation(cranelift_codegen::CodegenError::Verifier(v)) => {
                    format!("{v}\n{}", self.ctx.func.display())
                }
                other => other.to_string(),
            };
            self.module.clear_context(&mut self.ctx);
            return Err(JitError::Codegen(msg));
        }
        let mut meta: Vec<(u32, CallSite)> = Vec::new();
        let size;
        {
            let cc = self.ctx.compiled_code().ok_or_else(|| JitError::Codegen("no compiled code".into()))?;
            size = cc.buffer.data().len();
            self.last_frame = cc.buffer.frame_layout().cloned();
            if let (true, Some(v)) = (disasm, &cc.vcode) {
                eprintln!("{v}");
            }
            let srclocs = cc.buffer.get_srclocs_sorted();
            let mut maps: HashMap<u32, (u32, Box<[u32]>)> = HashMap::new();
            for (ret, span, map) in cc.buffer.user_stack_maps() {
                let offs: Box<[u32]> = map.entries().map(|(_, off)| off).collect();
                maps.insert(*ret, (*span, offs));
            }
            for site in cc.buffer.call_sites() {
                let (span, refs) = maps.remove(&site.ret_addr).unwrap_or_default();
                let handlers = site
                    .exception_handlers
                    .iter()
                    .filter_map(|h| match *h {
                        FinalizedMachExceptionHandler::Tag(t, off) => Some((Some(t.as_u32()), off)),
                        FinalizedMachExceptionHandler::Default(off) => Some((None, off)),
                        FinalizedMachExceptionHandler::Context(_) => None,
                    })
                    .collect::<Vec<_>>();
                // The call instruction ends at ret_addr; its srcloc covers ret_addr - 1.
                let at = site.ret_addr.saturating_sub(1);
                let srcloc = srclocs
                    .iter()
                    .find(|l| l.start <= at && at < l.end)
                    .and_then(|l| (!l.loc.is_default()).then(|| l.loc.bits()));
                let h: Vec<Handler> = handlers
                    .into_iter()
                    .map(|(t, off)| match t {
                        Some(t) => Handler::Type(t, off as usize),
                        None => Handler::All(off as usize),
                    })
                    .collect();
                meta.push((
                    site.ret_addr,
                    CallSite { span, refs, frame_offset: site.frame_offset, handlers: h.into_boxed_slice(), srcloc },
                ));
            }
        }
        self.module.clear_context(&mut self.ctx);
        let t1 = std::time::Instant::now();
        self.module.finalize_definitions().map_err(|e| JitError::Codegen(e.to_string()))?;
        if std::env::var_os("TWAIN_TRACE_JIT").is_some() {
            eprintln!(
                "jit: define {:?} finalize {:?} size {size} ir {ir_blocks} blocks {ir_insts} insts",
                t1 - t0,
                t1.elapsed()
            );
        }
        let base = self.module.get_finalized_function(id) as usize;
        let sites = meta.into_iter().map(|(ret, mut s)| {
            let rebase = |h: Handler| match h {
                Handler::Type(t, off) => Handler::Type(t, base + off),
                Handler::All(off) => Handler::All(base + off),
            };
            s.handlers = s.handlers.iter().map(|&h| rebase(h)).collect();
            (base + ret as usize, s)
        });
        registry.register(FuncInfo { start: base, end: base + size, kind }, sites);
        self.compiled += 1;
        Ok(base)
    }

    /// The Tail-convention stub `throw(exn)` that hands `exn` to the unwinder.
    /// Compiled code reaches handlers by `try_call`ing it.
    pub fn throw_stub(&mut self, registry: &mut CodeRegistry) -> Result<usize, JitError> {
        if let Some(s) = self.throw_stub {
            return Ok(s);
        }
        let mut sig = Signature::new(CallConv::Tail);
        sig.params.push(AbiParam::new(types::I64));
        self.ctx.func.signature = sig.clone();
        let mut func = std::mem::replace(&mut self.ctx.func, Function::new());
        let unwind = self.import("rt_unwind", &mut func);
        self.ctx.func = func;
        let unwind = unwind.ok_or_else(|| JitError::Setup("rt_unwind".into()))?;
        {
            let mut b = FunctionBuilder::new(&mut self.ctx.func, &mut self.fctx);
            let blk = b.create_block();
            b.append_block_params_for_function_params(blk);
            b.switch_to_block(blk);
            let exn = b.block_params(blk)[0];
            b.ins().call(unwind, &[exn]);
            b.ins().trap(cranelift_codegen::ir::TrapCode::unwrap_user(1));
            b.seal_all_blocks();
            b.finalize(self.module.target_config());
        }
        let addr = self.finish_tier(CodeKind::Glue, registry, Tier::Quick)?;
        self.throw_stub = Some(addr);
        Ok(addr)
    }

    /// Address of the entry trampoline for `shape`, compiling it on first use.
    pub fn entry(&mut self, shape: &Shape, registry: &mut CodeRegistry) -> Result<usize, JitError> {
        if let Some(&e) = self.entries.get(shape) {
            return Ok(e);
        }
        let ptr = types::I64;
        let cc = self.module.isa().default_call_conv();
        let mut sig = Signature::new(cc);
        for _ in 0..3 {
            sig.params.push(AbiParam::new(ptr));
        }
        sig.returns.push(AbiParam::new(ptr));
        self.ctx.func.signature = sig;
        {
            let callee_sig = shape.signature();
            let mut b = FunctionBuilder::new(&mut self.ctx.func, &mut self.fctx);
            let sig_ref = b.import_signature(callee_sig);
            let blk = b.create_block();
            b.append_block_params_for_function_params(blk);
            b.switch_to_block(blk);
            let p = b.block_params(blk).to_vec();
            let flags = MemFlagsData::trusted();
            let args: Vec<_> = shape
                .params
                .iter()
                .enumerate()
                .map(|(i, &t)| b.ins().load(t, flags, p[1], (8 * i) as i32))
                .collect();
            let cont = b.create_block();
            let mut normal_args = Vec::new();
            if let Some(t) = shape.ret {
                b.append_block_param(cont, t);
                normal_args.push(BlockArg::TryCallRet(0));
            }
            let handler = b.create_block();
            b.append_block_param(handler, ptr);
            let normal = BlockCall::new(cont, normal_args, &mut b.func.dfg.value_lists);
            let catch = BlockCall::new(handler, [BlockArg::TryCallExn(0)], &mut b.func.dfg.value_lists);
            let et = b
                .func
                .dfg
                .exception_tables
                .push(ExceptionTableData::new(sig_ref, normal, [ExceptionTableItem::Default(catch)]));
            b.ins().try_call_indirect(p[0], &args, et);
            b.switch_to_block(cont);
            if shape.ret.is_some() {
                let r = b.block_params(cont)[0];
                b.ins().store(flags, r, p[2], 0);
            }
            let zero = b.ins().iconst(ptr, 0);
            b.ins().return_(&[zero]);
            b.switch_to_block(handler);
            let e = b.block_params(handler)[0];
            b.ins().return_(&[e]);
            b.seal_all_blocks();
            b.finalize(self.module.target_config());
        }
        let addr = self.finish_tier(CodeKind::Entry, registry, Tier::Quick)?;
        self.entries.insert(shape.clone(), addr);
        Ok(addr)
    }
}

/// Calls managed code at `code` through the entry trampoline `entry`.
/// Returns `Ok(return value bits)` or `Err(exception address)`. Only the
/// runtime calls it, with the trampoline `Jit::entry` made for the shape of
/// the method at `code` and one 64-bit slot per parameter.
pub(crate) fn call_entry(entry: usize, code: usize, args: &[u64]) -> Result<u64, usize> {
    // SAFETY: entry was compiled by `Jit::entry` with the `EntryFn`
    // signature; the caller (`Runtime::invoke`) checked the argument count
    // against the callee's shape.
    let f: EntryFn = unsafe { std::mem::transmute::<usize, EntryFn>(entry) };
    let mut ret = 0u64;
    let exn = f(code, args.as_ptr(), &mut ret);
    if exn == 0 {
        Ok(ret)
    } else {
        Err(exn)
    }
}

/// Copies the argument slots a native adapter passed to `rt_native`.
pub(crate) fn read_args(args: *const u64, n: u32) -> Vec<u64> {
    (0..n as usize)
        .map(|i| {
            // SAFETY: the native adapter passes a stack array of `n` slots.
            unsafe { *args.add(i) }
        })
        .collect()
}

/// Reads `n` i32 values that compiled code stored at `addr` (a stack slot
/// it passes to a runtime function for the duration of the call).
pub fn read_i32s(addr: usize, n: u32) -> Vec<i32> {
    if addr == 0 {
        return Vec::new();
    }
    (0..n as usize)
        .map(|i| {
            // SAFETY: compiled code passes the address of a live stack slot
            // holding `n` i32 values for the duration of the runtime call.
            unsafe { *((addr + 4 * i) as *const i32) }
        })
        .collect()
}

/// Reads `len` bytes at `addr`: memory compiled code handed to a runtime
/// call (a frame slot, or a managed pointer into a live object).
pub fn read_bytes(addr: usize, len: usize) -> Vec<u8> {
    if addr == 0 {
        return vec![0; len];
    }
    // SAFETY: compiled code passes addresses of live frame slots or of
    // fields/elements of reachable objects, valid for `len` bytes for the
    // duration of the runtime call.
    unsafe { std::slice::from_raw_parts(addr as *const u8, len) }.to_vec()
}

/// Writes `bytes` at `addr` (same contract as [`read_bytes`]). Storing
/// references into an old object also needs its write barrier.
pub fn write_bytes(addr: usize, bytes: &[u8]) {
    if addr == 0 {
        return;
    }
    // SAFETY: as in `read_bytes`; the destination does not overlap `bytes`
    // (a Rust-owned buffer).
    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), addr as *mut u8, bytes.len()) }
}
