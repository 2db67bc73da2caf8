//! Running a .NET program: `twain run Program.exe [args...]`.

use crate::model::{Kind, Repr};
use crate::vm::Clr;
use substrate::heap::HeapConfig;
use std::rc::Rc;
use substrate::{ObjRef, Runtime};

/// Options of a run.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    pub program: String,
    pub args: Vec<String>,
    pub gc_stress: bool,
}

/// Runs the program's entry point; returns the exit status.
pub fn run(opts: RunOptions) -> i32 {
    substrate::managed_thread::run(move || run_on_this_thread(&opts))
}

fn run_on_this_thread(opts: &RunOptions) -> i32 {
    let config = HeapConfig { stress: opts.gc_stress, ..HeapConfig::default() };
    let rt = match Runtime::new(config, &crate::natives::runtime_symbols()) {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("twain: {e}");
            return 70;
        }
    };
    let clr = match boot(&rt) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("twain: {e}");
            return 70;
        }
    };
    run_program(&clr, &rt, opts)
}

/// Binds a CLR (with twain's mscorlib) to `rt` (on this thread).
pub fn boot(rt: &Rc<Runtime>) -> Result<Rc<Clr>, String> {
    let clr = Clr::new(rt.clone())?;
    crate::natives::CLR.with(|c| *c.borrow_mut() = Some(clr.clone()));
    Ok(clr)
}

/// Loads a library assembly (`twain run -r Lib.dll`); the error is one line.
pub fn load_library(clr: &Clr, path: &str) -> Result<(), String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    clr.load_assembly(&bytes, path).map(|_| ()).map_err(|e| e.to_string())
}

/// Runs `opts.program`'s entry point on a booted CLR; returns the exit status.
pub fn run_program(clr: &Rc<Clr>, rt: &Rc<Runtime>, opts: &RunOptions) -> i32 {
    let bytes = match std::fs::read(&opts.program) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("twain: {}: {e}", opts.program);
            return 1;
        }
    };
    let asm = match clr.load_assembly(&bytes, &opts.program) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("twain: {e}");
            return 1;
        }
    };
    *clr.program.borrow_mut() = opts.program.clone();
    *clr.args.borrow_mut() = opts.args.clone();
    let Some(entry) = clr.asm(asm).asm.entry_point() else {
        eprintln!("twain: {}: the assembly has no entry point", opts.program);
        return 1;
    };
    let main = match clr.resolve_method(asm, entry, crate::loader::Ctx::default()) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("twain: {}: {e}", opts.program);
            return 1;
        }
    };
    let mi = clr.method(main);
    let result = (|| -> Result<u64, ObjRef> {
        let owner = mi.owner;
        if !clr.ty(owner).before_field_init() {
            clr.initialize_type(owner)?;
        }
        let mut args = Vec::new();
        if !mi.params.is_empty() {
            let at = clr.intern(crate::model::TyKey::SzArray(clr.string_ty)).map_err(|e| clr.raise(&e))?;
            let linked = clr.link(at).map_err(|e| clr.raise(&e))?;
            let arr = rt.alloc_array(linked.rt, opts.args.len() as i32)?;
            rt.push_handle(arr);
            for (i, a) in opts.args.iter().enumerate() {
                let s = clr.new_str(a)?;
                rt.heap.borrow_mut().ref_array_mut(arr)[i] = Some(s);
            }
            args.push(arr.addr() as u64);
        }
        let id = mi.id.ok_or_else(|| clr.new_exception("System.MissingMethodException", Some("Main")))?;
        rt.invoke(id, &args)
    })();
    match result {
        Ok(v) => {
            if clr.repr(mi.ret) == Repr::Scalar(crate::model::Prim::I4) || matches!(clr.ty(mi.ret).kind, Kind::Prim(_)) {
                v as i32
            } else {
                0
            }
        }
        Err(e) => {
            report_unhandled(clr, e);
            1
        }
    }
}

/// Prints an unhandled exception as Mono does (`Unhandled Exception:` and
/// the exception's `ToString()`).
fn report_unhandled(clr: &Clr, e: ObjRef) {
    substrate::console::flush();
    clr.rt.push_handle(e);
    let text = exception_text(clr, e).unwrap_or_else(|| clr.type_of_obj(e).map(|t| clr.ty(t).name.clone()).unwrap_or_default());
    eprintln!("\nUnhandled Exception:\n{text}");
    eprintln!("[ERROR] FATAL UNHANDLED EXCEPTION: {text}");
}

fn exception_text(clr: &Clr, e: ObjRef) -> Option<String> {
    let t = clr.type_of_obj(e)?;
    let to_string = clr
        .methods_of(clr.object_ty)
        .ok()?
        .into_iter()
        .find(|&m| clr.method(m).name == "ToString" && clr.method(m).params.is_empty())?;
    let m = clr.find_override(t, to_string).ok()?;
    let id = clr.method(m).id?;
    let s = clr.rt.invoke(id, &[e.addr() as u64]).ok()?;
    ObjRef::from_addr(s as usize).map(|s| clr.rust_string(s))
}
