//! Java methods implemented in Rust, keyed by `class.name(descriptor)`, the
//! runtime functions the JVM's compiled code calls, and the Java exceptions
//! for substrate faults.

mod java_io;
mod java_lang;
mod java_lang_class;
mod java_util;
mod throwable;

use crate::descriptor::FieldType;
use crate::vm::Jvm;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::OnceLock;
use substrate::jit::RuntimeSymbol;
use substrate::unwind::frame_pointer;
use substrate::{Fault, MethodId, ObjRef, Runtime};

/// What a native sees.
pub(crate) struct Ctx<'a> {
    pub jvm: &'a Jvm,
    pub rt: &'a Runtime,
}

/// A native method.
pub(crate) type Native = fn(&Ctx<'_>, &[u64]) -> Result<u64, ObjRef>;

type Registry = HashMap<&'static str, Native>;

fn registry() -> &'static Registry {
    static REG: OnceLock<Registry> = OnceLock::new();
    REG.get_or_init(|| {
        let mut r: Registry = HashMap::new();
        java_lang::register(&mut r);
        java_lang_class::register(&mut r);
        throwable::register(&mut r);
        java_io::register(&mut r);
        java_util::register(&mut r);
        r
    })
}

/// The native for a method, if twain has one.
pub(crate) fn lookup(class: &str, name: &str, desc: &str) -> Option<Native> {
    registry().get(format!("{class}.{name}{desc}").as_str()).copied()
}

/// A native resolved for one method: its body and which arguments are
/// references (kept reachable while it runs).
#[derive(Clone)]
struct Bound {
    f: Native,
    refs: Box<[bool]>,
}

thread_local! {
    /// Natives by method id, resolved on first call.
    static BOUND: RefCell<Vec<Option<Bound>>> = const { RefCell::new(Vec::new()) };
}

fn bind(jvm: &Jvm, rt: &Runtime, m: MethodId) -> Result<Bound, ObjRef> {
    let (class, name, desc, params, is_static) = {
        let st = jvm.state.borrow();
        let Some(&mi) = st.by_method_id.get(&m) else {
            return Err(jvm.new_throwable(rt, "java/lang/InternalError", "unknown native"));
        };
        let me = &st.methods[mi];
        (st.classes[me.class].name.clone(), me.name.clone(), me.desc.clone(), me.md.params.clone(), me.is_static())
    };
    let Some(f) = lookup(&class, &name, &desc) else {
        let msg = format!("'{desc} {}.{name}'", class.replace('/', "."));
        return Err(jvm.new_throwable(rt, "java/lang/UnsatisfiedLinkError", &msg));
    };
    let mut refs = Vec::new();
    if !is_static {
        refs.push(true);
    }
    refs.extend(params.iter().map(FieldType::is_reference));
    Ok(Bound { f, refs: refs.into_boxed_slice() })
}

/// Runs a native method.
pub(crate) fn call(jvm: &Jvm, rt: &Runtime, m: MethodId, args: &[u64]) -> Result<u64, ObjRef> {
    let idx = m.0 as usize;
    let bound = BOUND.with(|b| b.borrow().get(idx).cloned().flatten());
    let bound = match bound {
        Some(b) => b,
        None => {
            let b = bind(jvm, rt, m)?;
            BOUND.with(|cache| {
                let mut cache = cache.borrow_mut();
                if cache.len() <= idx {
                    cache.resize(idx + 1, None);
                }
                cache[idx] = Some(b.clone());
            });
            b
        }
    };
    // Reference arguments stay reachable while the native runs.
    let mark = rt.handle_mark();
    for (&a, &is_ref) in args.iter().zip(bound.refs.iter()) {
        if let (true, Some(o)) = (is_ref, ObjRef::from_addr(a as usize)) {
            rt.push_handle(o);
        }
    }
    let r = (bound.f)(&Ctx { jvm, rt }, args);
    rt.pop_handles(mark);
    r
}

// ------------------------------------------------------------ arguments

pub(crate) fn arg_obj(args: &[u64], i: usize) -> Option<ObjRef> {
    args.get(i).and_then(|&a| ObjRef::from_addr(a as usize))
}
pub(crate) fn arg_i32(args: &[u64], i: usize) -> i32 {
    args.get(i).map_or(0, |&a| a as i32)
}
pub(crate) fn arg_i64(args: &[u64], i: usize) -> i64 {
    args.get(i).map_or(0, |&a| a as i64)
}
pub(crate) fn arg_f32(args: &[u64], i: usize) -> f32 {
    f32::from_bits(args.get(i).map_or(0, |&a| a as u32))
}
pub(crate) fn arg_f64(args: &[u64], i: usize) -> f64 {
    f64::from_bits(args.get(i).copied().unwrap_or(0))
}
pub(crate) fn ret_obj(o: Option<ObjRef>) -> u64 {
    o.map_or(0, |o| o.addr() as u64)
}
pub(crate) fn ret_f64(v: f64) -> u64 {
    v.to_bits()
}
pub(crate) fn ret_f32(v: f32) -> u64 {
    u64::from(v.to_bits())
}

impl Ctx<'_> {
    /// Throws `new class(message)`.
    pub(crate) fn throw<T>(&self, class: &str, message: &str) -> Result<T, ObjRef> {
        Err(self.jvm.new_throwable(self.rt, class, message))
    }

    /// A null check for a native's argument.
    pub(crate) fn non_null(&self, o: Option<ObjRef>) -> Result<ObjRef, ObjRef> {
        match o {
            Some(o) => Ok(o),
            None => Err(fault_exception(self.jvm, self.rt, Fault::NullDeref, 0)),
        }
    }

    /// The UTF-16 units of a string.
    pub(crate) fn chars(&self, s: ObjRef) -> Vec<u16> {
        self.rt.heap.borrow().string_chars(s).to_vec()
    }

    /// A Rust string from a Java string.
    pub(crate) fn string(&self, s: ObjRef) -> String {
        String::from_utf16_lossy(self.rt.heap.borrow().string_chars(s))
    }

    /// A new Java string.
    pub(crate) fn new_str(&self, s: &str) -> Result<u64, ObjRef> {
        self.jvm.new_str(self.rt, s).map(|o| o.addr() as u64)
    }
}

// ------------------------------------------------------------ faults

/// The Java exception for a fault in Java code.
pub fn fault_exception(jvm: &Jvm, rt: &Runtime, fault: Fault, arg: i64) -> ObjRef {
    match fault {
        Fault::NullDeref => jvm
            .construct(rt, "java/lang/NullPointerException", "()V", &[])
            .unwrap_or_else(|e| e),
        Fault::IndexOutOfRange => {
            let idx = arg as i32;
            let len = (arg >> 32) as i32;
            jvm.new_throwable(
                rt,
                "java/lang/ArrayIndexOutOfBoundsException",
                &format!("Index {idx} out of bounds for length {len}"),
            )
        }
        Fault::DivideByZero => jvm.new_throwable(rt, "java/lang/ArithmeticException", "/ by zero"),
        Fault::InvalidCast => jvm.construct(rt, "java/lang/ClassCastException", "()V", &[]).unwrap_or_else(|e| e),
        Fault::ArrayStore => {
            let name = ObjRef::from_addr(arg as usize)
                .and_then(|o| jvm.class_of_obj(rt, o))
                .map(|c| jvm.state.borrow().classes[c].java_name())
                .unwrap_or_default();
            jvm.new_throwable(rt, "java/lang/ArrayStoreException", &name)
        }
        Fault::NegativeSize => jvm.new_throwable(rt, "java/lang/NegativeArraySizeException", &arg.to_string()),
        Fault::StackOverflow => {
            jvm.construct(rt, "java/lang/StackOverflowError", "()V", &[]).unwrap_or_else(|e| e)
        }
        Fault::OutOfMemory => jvm.new_throwable(rt, "java/lang/OutOfMemoryError", "Java heap space"),
        Fault::MonitorState => {
            jvm.new_throwable(rt, "java/lang/IllegalMonitorStateException", "current thread is not owner")
        }
        // Java arithmetic never traps on overflow; only code of the other
        // VM raises this, and Java code sees it as an ArithmeticException.
        Fault::Overflow => jvm.new_throwable(rt, "java/lang/ArithmeticException", "overflow"),
    }
}

/// A Java type as HotSpot prints it (`int`, `java.lang.String[]`).
pub(crate) fn pretty_type(t: &FieldType) -> String {
    match t {
        FieldType::Boolean => "boolean".into(),
        FieldType::Byte => "byte".into(),
        FieldType::Char => "char".into(),
        FieldType::Short => "short".into(),
        FieldType::Int => "int".into(),
        FieldType::Long => "long".into(),
        FieldType::Float => "float".into(),
        FieldType::Double => "double".into(),
        FieldType::Object(n) => n.replace('/', "."),
        FieldType::Array(e) => format!("{}[]", pretty_type(e)),
    }
}

// ------------------------------------------------------- the current JVM

thread_local! {
    static CURRENT: RefCell<Option<Rc<Jvm>>> = const { RefCell::new(None) };
}

/// Makes `jvm` the JVM the runtime functions below use on this thread.
pub fn set_current(jvm: Rc<Jvm>) {
    CURRENT.with(|c| *c.borrow_mut() = Some(jvm));
}

fn with_jvm<R>(fp: usize, f: impl FnOnce(&Jvm, &Runtime) -> R) -> Option<R> {
    let jvm = CURRENT.with(|c| c.borrow().clone())?;
    let rt = Runtime::current()?;
    Some(rt.as_exit(fp, |rt| f(&jvm, rt)))
}

fn pend(e: ObjRef) -> usize {
    substrate::runtime::PENDING.store(e.addr(), std::sync::atomic::Ordering::Release);
    0
}

/// The JVM's runtime functions, for the JIT's symbol table.
pub fn runtime_symbols() -> Vec<RuntimeSymbol> {
    use cranelift_codegen::ir::types::{F64, I32, I64};
    vec![
        RuntimeSymbol { name: "jvm_drem", addr: jvm_drem as *const u8, params: &[F64, F64], returns: &[F64] },
        RuntimeSymbol { name: "jvm_new_error", addr: jvm_new_error as *const u8, params: &[I64, I64], returns: &[I64] },
        RuntimeSymbol {
            name: "jvm_multianewarray",
            addr: jvm_multianewarray as *const u8,
            params: &[I32, I64, I32],
            returns: &[I64],
        },
        RuntimeSymbol { name: "jvm_cast_error", addr: jvm_cast_error as *const u8, params: &[I64, I32], returns: &[I64] },
    ]
}

/// Java's `%` on doubles (JVMS `drem`: truncating, like C's fmod).
extern "C" fn jvm_drem(a: f64, b: f64) -> f64 {
    a % b
}

/// Builds `new <class>(message)`; both arguments are interned strings.
extern "C" fn jvm_new_error(class: usize, msg: usize) -> usize {
    let fp = frame_pointer();
    with_jvm(fp, |jvm, rt| {
        let (Some(c), Some(m)) = (ObjRef::from_addr(class), ObjRef::from_addr(msg)) else { return 0 };
        let heap = rt.heap.borrow();
        let c = String::from_utf16_lossy(heap.string_chars(c));
        let m = String::from_utf16_lossy(heap.string_chars(m));
        drop(heap);
        jvm.new_throwable(rt, &c, &m).addr()
    })
    .unwrap_or(0)
}

/// `multianewarray`: `dims` points at the counts (i32 each).
extern "C" fn jvm_multianewarray(ty: u32, dims: usize, n: u32) -> usize {
    let fp = frame_pointer();
    let counts = substrate::jit::read_i32s(dims, n);
    with_jvm(fp, |jvm, rt| {
        for &c in &counts {
            if c < 0 {
                return pend(fault_exception(jvm, rt, Fault::NegativeSize, i64::from(c)));
            }
        }
        match multi(rt, substrate::TypeId(ty), &counts) {
            Ok(o) => o.addr(),
            Err(e) => pend(e),
        }
    })
    .unwrap_or(0)
}

fn multi(rt: &Runtime, ty: substrate::TypeId, counts: &[i32]) -> Result<ObjRef, ObjRef> {
    let arr = rt.alloc_array(ty, counts[0])?;
    if counts.len() > 1 {
        let elem = rt.with_type(ty, |t| t.elem).flatten();
        if let Some(e) = elem {
            let mark = rt.handle_mark();
            rt.push_handle(arr);
            for i in 0..counts[0] {
                let sub = multi(rt, e, &counts[1..]);
                let sub = match sub {
                    Ok(s) => s,
                    Err(x) => {
                        rt.pop_handles(mark);
                        return Err(x);
                    }
                };
                let off = substrate::heap::element_offset(i as u32, 8).unwrap_or(0);
                rt.heap.borrow_mut().write_ref(arr, off, Some(sub));
            }
            rt.pop_handles(mark);
        }
    }
    Ok(arr)
}

/// The `ClassCastException` for casting `obj` to type `ty`.
extern "C" fn jvm_cast_error(obj: usize, ty: u32) -> usize {
    let fp = frame_pointer();
    with_jvm(fp, |jvm, rt| {
        let from = ObjRef::from_addr(obj).and_then(|o| jvm.class_of_obj(rt, o));
        let to = jvm.state.borrow().by_type.get(&substrate::TypeId(ty)).copied();
        let st = jvm.state.borrow();
        let name = |c: Option<usize>| c.map(|c| st.classes[c].java_name()).unwrap_or_default();
        let msg = format!("class {} cannot be cast to class {}", name(from), name(to));
        drop(st);
        jvm.new_throwable(rt, "java/lang/ClassCastException", &msg).addr()
    })
    .unwrap_or(0)
}

/// Writes buffered standard output.
pub fn flush_output() {
    java_io::flush_all();
}
