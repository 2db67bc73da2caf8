//! Methods of twain's mscorlib that the runtime implements (clr/lib/NATIVES.txt),
//! the methods of multi-dimensional array types, and the `clr_*` runtime
//! functions compiled CIL calls.

mod system;

use crate::model::{Kind, MIdx, MethodInfo, Prim, Repr, TyId};
use crate::vm::{Clr, LResult, LoadError};
use cranelift_codegen::ir::types::{F64, I32, I64};
use std::cell::RefCell;
use substrate::jit::RuntimeSymbol;
use substrate::layout::{DATA_OFFSET, HEADER_SIZE};
use substrate::{MethodId, ObjRef, Runtime};

/// A native: the front end, the method and its arguments as 64-bit slots.
pub(crate) type Native = fn(&Clr, &MethodInfo, &[u64]) -> Result<u64, ObjRef>;

/// The NATIVES.txt key of a method: `Ns.Type::Name(ParamType,...)`.
pub(crate) fn key_of(clr: &Clr, m: &MethodInfo) -> String {
    let owner = clr.ty(m.owner);
    let base = owner.name.split('[').next().unwrap_or(&owner.name).to_string();
    let params: Vec<String> = m.params.iter().map(|&p| clr.ty(p).name.clone()).collect();
    format!("{base}::{}({})", m.name, params.join(","))
}

/// Finds the native for a runtime-implemented method (at compile time).
pub(crate) fn bind(clr: &Clr, m: &MethodInfo) -> LResult<()> {
    let idx = m.id.and_then(|id| clr.method_of_id(id)).ok_or_else(|| LoadError::missing_method("native"))?;
    if clr.natives.borrow().contains_key(&idx) {
        return Ok(());
    }
    let f = if let Kind::MdArray(..) = clr.ty(m.owner).kind {
        system::md_array_method(&m.name)
    } else {
        system::lookup(&key_of(clr, m))
    };
    match f {
        Some(f) => {
            clr.natives.borrow_mut().insert(idx, f);
            Ok(())
        }
        None => Err(LoadError::missing_method(format!("no runtime implementation of {}", key_of(clr, m)))),
    }
}

pub(crate) fn call(clr: &Clr, _rt: &Runtime, id: MethodId, args: &[u64]) -> Result<u64, ObjRef> {
    let Some(m) = clr.method_of_id(id) else { return Err(clr.new_exception("System.ExecutionEngineException", None)) };
    let f = clr.natives.borrow().get(&m).copied();
    let mi = clr.method(m);
    // Reference arguments stay reachable while the native runs.
    let mark = clr.rt.handle_mark();
    let this = usize::from(mi.has_this);
    for (i, &a) in args.iter().enumerate() {
        let is_ref = if i < this { !clr.ty(mi.owner).is_value() } else { mi.params.get(i - this).is_some_and(|&p| clr.repr(p) == Repr::Ref) };
        if let (true, Some(o)) = (is_ref, obj(a)) {
            clr.rt.push_handle(o);
        }
    }
    let r = match f {
        Some(f) => f(clr, &mi, args),
        None => Err(clr.new_exception("System.MissingMethodException", Some(&key_of(clr, &mi)))),
    };
    clr.rt.pop_handles(mark);
    r
}

/// Sets `Exception._innerException`.
pub(crate) fn set_inner_exception(clr: &Clr, e: ObjRef, inner: ObjRef) {
    if let Some(off) = field_offset(clr, "System.Exception", "_innerException") {
        clr.rt.heap.borrow_mut().write_ref(e, off, Some(inner));
    }
}

pub(crate) fn field_offset(clr: &Clr, ty: &str, field: &str) -> Option<u32> {
    let t = clr.corlib_type(ty).ok()?;
    clr.layout(t).ok()?.fields.iter().find(|f| f.name == field).map(|f| f.offset)
}

pub(crate) fn obj(v: u64) -> Option<ObjRef> {
    ObjRef::from_addr(v as usize)
}

pub(crate) fn null_ref(clr: &Clr) -> ObjRef {
    clr.new_exception("System.NullReferenceException", None)
}

/// The closed type of a `System.Type` object.
pub(crate) fn type_of_type_object(clr: &Clr, o: ObjRef) -> Option<TyId> {
    clr.type_by_obj.borrow().get(&o.addr()).copied()
}

/// The single `System.RuntimeType` object of a type.
pub(crate) fn type_object(clr: &Clr, t: TyId) -> Result<ObjRef, ObjRef> {
    if let Some(&o) = clr.type_objects.borrow().get(&t) {
        return Ok(o);
    }
    let rtt = clr.corlib_type("System.RuntimeType").map_err(|e| clr.raise(&e))?;
    let linked = clr.link(rtt).map_err(|e| clr.raise(&e))?;
    let o = clr.rt.alloc_object(linked.rt)?;
    clr.type_objects.borrow_mut().insert(t, o);
    clr.type_by_obj.borrow_mut().insert(o.addr(), t);
    Ok(o)
}

/// Boxes a value of type `t` read from `addr`.
pub(crate) fn box_at(clr: &Clr, t: TyId, addr: usize) -> Result<ObjRef, ObjRef> {
    let info = clr.ty(t);
    if !info.is_value() {
        // SAFETY-free read through the heap API is not possible for raw
        // addresses; references are read as words by the caller.
        return Err(clr.new_exception("System.ExecutionEngineException", Some("box of a reference")));
    }
    let linked = clr.link(t).map_err(|e| clr.raise(&e))?;
    let (size, _) = clr.value_size(t).map_err(|e| clr.raise(&e))?;
    let bytes = substrate::jit::read_bytes(addr, size as usize);
    let o = clr.rt.alloc_object(linked.rt)?;
    substrate::jit::write_bytes(o.addr() + HEADER_SIZE as usize, &bytes);
    Ok(o)
}

/// The primitive behind an enum or primitive type.
pub(crate) fn prim_of(clr: &Clr, t: TyId) -> Option<Prim> {
    match clr.ty(t).kind {
        Kind::Prim(p) | Kind::Enum(p) => Some(p),
        _ => None,
    }
}


fn current() -> Option<std::rc::Rc<Clr>> {
    CLR.with(|c| c.borrow().clone())
}

thread_local! {
    /// The CLR front end of this thread's runtime, for `clr_*` functions.
    pub(crate) static CLR: RefCell<Option<std::rc::Rc<Clr>>> = const { RefCell::new(None) };
}

extern "C" fn clr_fmod(a: f64, b: f64) -> f64 {
    a % b
}

/// 1 if the box `obj` holds a value of runtime type `ty` (or an enum and its
/// underlying primitive, either way).
extern "C" fn clr_unbox_ok(obj: usize, ty: u32) -> u32 {
    let (Some(clr), Some(o)) = (current(), ObjRef::from_addr(obj)) else { return 0 };
    let have = clr.rt.type_of(o);
    if have.0 == ty {
        return 1;
    }
    let (Some(a), Some(b)) = (clr.ty_of_rt(have), clr.ty_of_rt(substrate::TypeId(ty))) else { return 0 };
    u32::from(prim_of(&clr, a).is_some() && prim_of(&clr, a) == prim_of(&clr, b))
}

/// Records where an exception was thrown (for `StackTrace`), once: the
/// backtrace field is shared with Java's `Throwable`, whose constructor
/// fills it for Java exceptions.
extern "C" fn clr_on_throw(exn: usize) {
    let fp = substrate::unwind::frame_pointer();
    let Some(clr) = current() else { return };
    let rt = clr.rt.clone();
    rt.as_exit(fp, |_| {
        // A trace that cannot be recorded (no memory) is left out.
        let _ = record_backtrace(&clr, exn);
    });
}

/// Records where a fault (null dereference, division by zero, ...) happened.
pub(crate) fn record_fault_backtrace(clr: &Clr, e: ObjRef) {
    let mark = clr.rt.handle_mark();
    clr.rt.push_handle(e);
    // A trace that cannot be recorded (no memory) is left out.
    let _ = record_backtrace(clr, e.addr());
    clr.rt.pop_handles(mark);
}

/// Stores the current stack up to the frame that will catch the exception
/// as (method id, line) pairs, innermost first, in the exception's
/// backtrace field unless it has one.
fn record_backtrace(clr: &Clr, exn: usize) -> Result<(), ObjRef> {
    let Some(e) = ObjRef::from_addr(exn) else { return Ok(()) };
    let Some(off) = field_offset(clr, "System.Exception", "_javaBacktrace") else { return Ok(()) };
    if clr.rt.heap.borrow().read_ref(e, off).is_some() {
        return Ok(());
    }
    // .NET's trace runs from the throw to the frame that catches it.
    const LIMIT: usize = 1024;
    let frames = clr.rt.catching_frame(e, LIMIT).map_or(LIMIT, |i| i + 1);
    let mut pairs = Vec::new();
    for (id, srcloc) in clr.rt.stack_methods(LIMIT).into_iter().take(frames) {
        if let Some(f) = clr.rt.frame_info(id, srcloc) {
            pairs.push(id.0 as i32);
            // Our frames have no lines: their IL offset, as Mono prints it.
            pairs.push(if clr.method_of_id(id).is_some() { f.offset } else { f.line });
        }
    }
    let ints = clr.intern(crate::model::TyKey::SzArray(clr.prim(Prim::I4))).and_then(|t| clr.link(t)).map_err(|err| clr.raise(&err))?;
    let mark = clr.rt.handle_mark();
    clr.rt.push_handle(e);
    let arr = clr.rt.alloc_array(ints.rt, pairs.len() as i32);
    clr.rt.pop_handles(mark);
    let arr = arr?;
    let mut heap = clr.rt.heap.borrow_mut();
    for (i, v) in pairs.iter().enumerate() {
        heap.write_i32(arr, DATA + 4 * i as u32, *v);
    }
    heap.write_ref(e, off, Some(arr));
    Ok(())
}

/// Mono's text for a recorded backtrace: `  at Ns.Type.Method (System.Int32 x)
/// [0x0001d] in <mvid>:0 ` lines for our frames (Mono without debug
/// information), `  at pkg.Class.method () in File.java:12` for Java's.
pub(crate) fn stack_trace_text(clr: &Clr, e: ObjRef) -> Option<String> {
    let off = field_offset(clr, "System.Exception", "_javaBacktrace")?;
    let heap = clr.rt.heap.borrow();
    let bt = heap.read_ref(e, off)?;
    let n = heap.array_len(bt) as usize / 2;
    let pairs: Vec<(i32, i32)> = (0..n).map(|i| (heap.read_i32(bt, DATA + 8 * i as u32), heap.read_i32(bt, DATA + 8 * i as u32 + 4))).collect();
    drop(heap);
    let lines: Vec<String> = pairs
        .into_iter()
        .filter_map(|(id, line)| {
            let f = clr.rt.frame_info(MethodId(id as u32), None)?;
            if let Some(m) = clr.method_of_id(MethodId(id as u32)) {
                return Some(mono_frame(clr, m, line));
            }
            Some(match (f.file, line) {
                (Some(file), l) if l >= 0 => format!("  at {}.{} () in {file}:{l}", f.class, f.method),
                _ => format!("  at {}.{} () <0x00000>", f.class, f.method),
            })
        })
        .collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}

/// One frame of ours as Mono prints it without debug information.
fn mono_frame(clr: &Clr, m: MIdx, il_offset: i32) -> String {
    let mi = clr.method(m);
    let names = clr.param_names(m);
    let params: Vec<String> = mi
        .params
        .iter()
        .zip(names)
        .map(|(&p, n)| match n {
            Some(n) => format!("{} {n}", clr.ty(p).name),
            None => clr.ty(p).name.clone(),
        })
        .collect();
    let at = if il_offset >= 0 { format!("[0x{il_offset:05x}]") } else { "<0x00000>".to_string() };
    let mvid = clr.asm(mi.asm).asm.mvid.map(|g| {
        let d1 = u32::from_le_bytes([g[0], g[1], g[2], g[3]]);
        let d2 = u16::from_le_bytes([g[4], g[5]]);
        let d3 = u16::from_le_bytes([g[6], g[7]]);
        let rest: String = g[8..].iter().map(|b| format!("{b:02x}")).collect();
        format!("{d1:08x}{d2:04x}{d3:04x}{rest}")
    });
    format!("  at {}.{} ({}) {at} in <{}>:0 ", clr.ty(mi.owner).name.replace('+', "/"), mi.name, params.join(", "), mvid.unwrap_or_default())
}

/// `ldvirtftn`: the delegate identity of the override of method `m` in `obj`'s type.
extern "C" fn clr_virtual_target(obj: usize, m: u32) -> usize {
    let fp = substrate::unwind::frame_pointer();
    let Some(clr) = current() else { return 0 };
    let rt = clr.rt.clone();
    rt.as_exit(fp, |_| {
        let r = (|| {
            let o = ObjRef::from_addr(obj).ok_or_else(|| null_ref(&clr))?;
            if clr.own_ty_of_rt(rt.type_of(o)).is_none() {
                // An object of the other VM's class: its implementation, by
                // dispatch as a call would find it.
                return clr.dispatch_target(o, MIdx(m)).map_err(|e| clr.raise(&e));
            }
            let t = clr.type_of_obj(o).ok_or_else(|| clr.new_exception("System.ExecutionEngineException", None))?;
            let target = clr.find_override(t, MIdx(m)).map_err(|e| clr.raise(&e))?;
            let target = match clr.method(target).body {
                crate::model::BodyKind::Unbox(inner) => inner,
                _ => target,
            };
            clr.delegate_target(target).map_err(|e| clr.raise(&e))
        })();
        r.unwrap_or_else(|e| {
            substrate::runtime::PENDING.store(e.addr(), std::sync::atomic::Ordering::Relaxed);
            0
        })
    })
}

/// The delegate target calling non-null `obj`'s implementation of the
/// interface method with selector `sel` (a delegate made from a Java lambda).
extern "C" fn clr_interface_target(obj: usize, sel: u64) -> usize {
    let fp = substrate::unwind::frame_pointer();
    let Some(clr) = current() else { return 0 };
    let rt = clr.rt.clone();
    rt.as_exit(fp, |rt| {
        let r = (|| {
            let o = ObjRef::from_addr(obj).ok_or_else(|| null_ref(&clr))?;
            let m = rt.interface_method(o, sel)?;
            clr.foreign_target(m).map_err(|e| clr.raise(&e))
        })();
        r.unwrap_or_else(|e| {
            substrate::runtime::PENDING.store(e.addr(), std::sync::atomic::Ordering::Relaxed);
            0
        })
    })
}

/// `newobj T[,...]::.ctor(int, ...)`: a multi-dimensional array.
extern "C" fn clr_new_mdarray(ty: u32, n: u32, dims: *const i64) -> usize {
    let fp = substrate::unwind::frame_pointer();
    let Some(clr) = current() else { return 0 };
    let dims: Vec<i64> = substrate::jit::read_bytes(dims as usize, 8 * n as usize)
        .chunks_exact(8)
        .map(|c| i64::from_le_bytes(c.try_into().unwrap_or([0; 8])))
        .collect();
    let rt = clr.rt.clone();
    rt.as_exit(fp, |_| {
        system::new_md_array(&clr, substrate::TypeId(ty), &dims).map(|o| o.addr()).unwrap_or_else(|e| {
            substrate::runtime::PENDING.store(e.addr(), std::sync::atomic::Ordering::Relaxed);
            0
        })
    })
}

/// The runtime functions CIL code calls.
pub fn runtime_symbols() -> Vec<RuntimeSymbol> {
    vec![
        RuntimeSymbol { name: "clr_fmod", addr: clr_fmod as *const u8, params: &[F64, F64], returns: &[F64] },
        RuntimeSymbol { name: "clr_unbox_ok", addr: clr_unbox_ok as *const u8, params: &[I64, I32], returns: &[I32] },
        RuntimeSymbol { name: "clr_on_throw", addr: clr_on_throw as *const u8, params: &[I64], returns: &[] },
        RuntimeSymbol { name: "clr_virtual_target", addr: clr_virtual_target as *const u8, params: &[I64, I32], returns: &[I64] },
        RuntimeSymbol { name: "clr_interface_target", addr: clr_interface_target as *const u8, params: &[I64, I64], returns: &[I64] },
        RuntimeSymbol { name: "clr_new_mdarray", addr: clr_new_mdarray as *const u8, params: &[I32, I32, I64], returns: &[I64] },
    ]
}

/// Offset of element data in a single-dimension array.
pub(crate) const DATA: u32 = DATA_OFFSET as u32;
