//! Running a Java program: `twain run [-cp PATH] MainClass [args...]`.

use crate::vm::Jvm;
use std::path::PathBuf;
use std::rc::Rc;
use substrate::heap::HeapConfig;
use substrate::{ObjRef, Runtime};

/// Options of a run.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// Class path entries (directories and jars).
    pub classpath: Vec<PathBuf>,
    /// Main class, dotted or slashed.
    pub main_class: String,
    /// Program arguments.
    pub args: Vec<String>,
    /// Collect at every allocation.
    pub gc_stress: bool,
}

/// When the process began running Rust code, for start-up tracing.
static PROCESS_START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// Runs `main` and returns the process exit status.
pub fn run(opts: RunOptions) -> i32 {
    PROCESS_START.get_or_init(std::time::Instant::now);
    substrate::managed_thread::run(move || run_on_this_thread(&opts))
}

fn run_on_this_thread(opts: &RunOptions) -> i32 {
    let t0 = *PROCESS_START.get_or_init(std::time::Instant::now);
    let trace = std::env::var_os("TWAIN_TRACE_STARTUP").is_some();
    let phase = |what: &str| {
        if trace {
            eprintln!("twain: startup {what} at {:?}", t0.elapsed());
        }
    };
    let mut config = HeapConfig { stress: opts.gc_stress, ..HeapConfig::default() };
    if let Some(mb) = std::env::var("TWAIN_NURSERY_MB").ok().and_then(|v| v.parse::<usize>().ok()) {
        config.nursery_bytes = mb << 20;
    }
    phase("thread started");
    let rt = match Runtime::new(config, &crate::natives::runtime_symbols()) {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("twain: {e}");
            return 70;
        }
    };
    phase("runtime");
    let jvm = match boot(&rt, &opts.classpath) {
        Ok(j) => j,
        Err(e) => {
            eprintln!("twain: {e}");
            return 1;
        }
    };
    phase("runtime+jvm");
    run_main(&jvm, &rt, opts)
}

/// Binds a JVM over `classpath` to `rt` (on this thread).
pub fn boot(rt: &Runtime, classpath: &[PathBuf]) -> Result<Rc<Jvm>, String> {
    let jvm = Rc::new(Jvm::new(classpath).map_err(|e| e.to_string())?);
    let home = rt.add_frontend(jvm.clone());
    jvm.home.set(home);
    crate::natives::set_current(jvm.clone());
    Ok(jvm)
}

/// Runs `opts.main_class`'s `main` on a booted JVM; returns the exit status.
pub fn run_main(jvm: &Rc<Jvm>, rt: &Rc<Runtime>, opts: &RunOptions) -> i32 {
    let t0 = *PROCESS_START.get_or_init(std::time::Instant::now);
    let trace = std::env::var_os("TWAIN_TRACE_STARTUP").is_some();
    let phase = |what: &str| {
        if trace {
            eprintln!("twain: startup {what} at {:?}", t0.elapsed());
        }
    };
    let main_name = opts.main_class.replace('.', "/");
    let main = match jvm.load(rt, &main_name) {
        Ok(c) => c,
        Err(e) => {
            if e.class == "java/lang/NoClassDefFoundError" && e.message == main_name {
                eprintln!("twain: {}: could not find or load main class", opts.main_class);
            } else {
                eprintln!("twain: {}: {} ({})", opts.main_class, e.message, e.class.replace('/', "."));
            }
            return 1;
        }
    };
    phase("main class loaded");
    let Some(mi) = jvm.find_method(main, "main", "([Ljava/lang/String;)V") else {
        eprintln!("twain: {}: no method public static void main(String[])", opts.main_class);
        return 1;
    };
    let (mid, is_static) = {
        let st = jvm.state.borrow();
        (st.methods[mi].id, st.methods[mi].is_static())
    };
    if !is_static {
        eprintln!("twain: {}: main is not static", opts.main_class);
        return 1;
    }
    let rt_stats = rt.clone();
    let _stats = StatsOnExit(rt_stats);
    let result = (|| -> Result<(), ObjRef> {
        jvm.initialize_class(rt, main)?;
        let args = make_args(jvm, rt, &opts.args)?;
        phase("main initialized");
        rt.push_handle(args);
        rt.invoke(mid, &[args.addr() as u64])?;
        Ok(())
    })();
    phase("main returned");
    match result {
        Ok(()) => 0,
        Err(e) => {
            report_uncaught(jvm, rt, e);
            1
        }
    }
}

fn make_args(jvm: &Jvm, rt: &Runtime, args: &[String]) -> Result<ObjRef, ObjRef> {
    let ty = jvm.load(rt, "[Ljava/lang/String;").map_err(|e| jvm.link_exception(rt, &e))?;
    let ty = jvm.state.borrow().classes[ty].type_id;
    let arr = rt.alloc_array(ty, args.len() as i32)?;
    rt.push_handle(arr);
    for (i, a) in args.iter().enumerate() {
        let s = jvm.new_str(rt, a)?;
        let off = substrate::heap::element_offset(i as u32, 8).unwrap_or(0);
        rt.heap.borrow_mut().write_ref(arr, off, Some(s));
    }
    Ok(arr)
}

/// Prints an uncaught exception as `java` does (through the library's
/// `Thread.dispatchUncaughtException`).
fn report_uncaught(jvm: &Jvm, rt: &Runtime, e: ObjRef) {
    crate::natives::flush_output();
    rt.push_handle(e);
    let dispatch = jvm
        .lookup("java/lang/Thread")
        .or_else(|| jvm.load(rt, "java/lang/Thread").ok())
        .and_then(|c| jvm.find_method(c, "dispatchUncaughtException", "(Ljava/lang/Throwable;)V"))
        .map(|mi| jvm.state.borrow().methods[mi].id);
    let printed = dispatch.map(|m| rt.invoke(m, &[e.addr() as u64]));
    crate::natives::flush_output();
    if !matches!(printed, Some(Ok(_))) {
        let name = jvm.class_of_obj(rt, e).map(|c| jvm.state.borrow().classes[c].java_name()).unwrap_or_default();
        eprintln!("Exception in thread \"main\" {name}");
    }
}

/// Prints heap statistics at the end of a run when `TWAIN_GC_STATS` is set.
struct StatsOnExit(Rc<Runtime>);

impl Drop for StatsOnExit {
    fn drop(&mut self) {
        if std::env::var_os("TWAIN_GC_STATS").is_some() {
            let s = self.0.heap.borrow().stats();
            eprintln!(
                "twain: gc: {} minor, {} full, {} MiB allocated, {} ms paused, heap {} MiB",
                s.minor_collections,
                s.collections,
                s.bytes_allocated_total >> 20,
                s.total_pause_ns / 1_000_000,
                s.heap_bytes >> 20
            );
        }
    }
}
