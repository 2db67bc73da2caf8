//! `twain run`: one runtime, and the front ends the program needs.
//!
//! A Java program with no assemblies runs on the JVM front end alone, and a
//! .NET program with no class path on the CLR alone (each boots only what it
//! uses: start-up time). Anything else — `-r Lib.dll` next to a Java main
//! class, `-cp` next to a `.exe` — boots both front ends on one substrate:
//! one heap, one JIT, one set of core types.

use std::path::PathBuf;
use std::rc::Rc;

use substrate::heap::HeapConfig;
use substrate::Runtime;

/// What `twain run` was asked to do.
#[derive(Debug, Clone, Default)]
pub struct Launch {
    /// `-cp` entries (directories and jars).
    pub classpath: Vec<PathBuf>,
    /// `-r` assemblies.
    pub assemblies: Vec<String>,
    /// A main class, or a `.exe`/`.dll` program.
    pub main: String,
    /// Program arguments.
    pub args: Vec<String>,
    /// Collect at every allocation.
    pub gc_stress: bool,
}

impl Launch {
    /// Whether the program is a .NET assembly.
    pub fn program_is_clr(&self) -> bool {
        self.main.ends_with(".exe") || self.main.ends_with(".dll")
    }

    /// Whether the run needs both front ends.
    pub fn is_married(&self) -> bool {
        if self.program_is_clr() {
            !self.classpath.is_empty()
        } else {
            !self.assemblies.is_empty()
        }
    }
}

/// Runs the program; returns the process exit status.
pub fn run(launch: Launch) -> i32 {
    if !launch.is_married() {
        return if launch.program_is_clr() {
            clr::run::run(clr::run::RunOptions { program: launch.main, args: launch.args, gc_stress: launch.gc_stress })
        } else {
            let classpath = if launch.classpath.is_empty() { vec![PathBuf::from(".")] } else { launch.classpath };
            jvm::run::run(jvm::run::RunOptions {
                classpath,
                main_class: launch.main,
                args: launch.args,
                gc_stress: launch.gc_stress,
            })
        };
    }
    substrate::managed_thread::run(move || run_married(&launch))
}

fn run_married(launch: &Launch) -> i32 {
    let mut symbols = jvm::natives::runtime_symbols();
    symbols.extend(clr::natives::runtime_symbols());
    let config = HeapConfig { stress: launch.gc_stress, ..HeapConfig::default() };
    let rt = match Runtime::new(config, &symbols) {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("twain: {e}");
            return 70;
        }
    };
    let classpath = if launch.classpath.is_empty() { vec![PathBuf::from(".")] } else { launch.classpath.clone() };
    // The program's VM boots first and defines the core types (Object,
    // String): their own methods (`new object().ToString()`) are its.
    let booted = if launch.program_is_clr() {
        boot_clr(&rt).and_then(|c| Ok((boot_jvm(&rt, &classpath)?, c)))
    } else {
        boot_jvm(&rt, &classpath).and_then(|j| Ok((j, boot_clr(&rt)?)))
    };
    let (jvm, clr) = match booted {
        Ok(vms) => vms,
        Err(e) => {
            eprintln!("twain: {e}");
            return 70;
        }
    };
    // Each VM sees the other's types before either compiles code a call
    // from the other might reach.
    jvm.set_foreign(Rc::new(crate::clr_for_java::ClrForJava::new(clr.clone(), &jvm)));
    // Checks at the boundary (a null box, an empty by-ref array) raise Java's exceptions.
    clr.boundary_caller.set(Some(jvm.home.get()));
    clr.set_foreign(Rc::new(crate::java_for_clr::JavaForClr::new(jvm.clone(), rt.clone())));
    if let Err(e) = share_throwable(&rt, &jvm, &clr) {
        eprintln!("twain: {e}");
        return 70;
    }
    for a in &launch.assemblies {
        if let Err(e) = clr::run::load_library(&clr, a) {
            eprintln!("twain: {e}");
            return 1;
        }
    }
    if launch.program_is_clr() {
        let opts = clr::run::RunOptions { program: launch.main.clone(), args: launch.args.clone(), gc_stress: launch.gc_stress };
        clr::run::run_program(&clr, &rt, &opts)
    } else {
        let opts = jvm::run::RunOptions {
            classpath,
            main_class: launch.main.clone(),
            args: launch.args.clone(),
            gc_stress: launch.gc_stress,
        };
        jvm::run::run_main(&jvm, &rt, &opts)
    }
}

fn boot_jvm(rt: &Rc<Runtime>, classpath: &[PathBuf]) -> Result<Rc<jvm::vm::Jvm>, String> {
    let jvm = jvm::run::boot(rt, classpath)?;
    for core in ["java/lang/Object", "java/lang/String"] {
        jvm.load(rt, core).map_err(|e| format!("{core}: {}", e.message))?;
    }
    Ok(jvm)
}

fn boot_clr(rt: &Rc<Runtime>) -> Result<Rc<clr::vm::Clr>, String> {
    let clr = clr::run::boot(rt)?;
    for core in [clr.object_ty, clr.string_ty] {
        clr.link(core).map_err(|e| e.to_string())?;
    }
    // The primitive arrays both VMs share: defined (or adopted) now, so an
    // array either VM made is one of ours.
    use clr::model::{Prim, TyKey};
    for p in [Prim::Bool, Prim::Char, Prim::I1, Prim::I2, Prim::I4, Prim::I8, Prim::R4, Prim::R8] {
        let t = clr.intern(TyKey::SzArray(clr.prim(p))).map_err(|e| e.to_string())?;
        clr.link(t).map_err(|e| e.to_string())?;
    }
    Ok(clr)
}

/// Makes `java.lang.Throwable` and `System.Exception` one type: the JVM
/// defines it with the CLR's new virtual methods after its own, then the
/// CLR adopts it (checking that fields and vtable agree).
fn share_throwable(rt: &Rc<Runtime>, jvm: &jvm::vm::Jvm, clr: &clr::vm::Clr) -> Result<(), String> {
    use jvm::foreign::ForeignMethod;
    let exception = clr.exception_ty;
    let methods = clr.methods_of(exception).map_err(|e| e.to_string())?;
    let root = substrate::root_slot::COUNT as usize;
    let mut extension = Vec::new();
    for m in clr.new_virtuals(&methods, root).map_err(|e| e.to_string())? {
        let mi = clr.method(m);
        let Some(id) = mi.id else { continue };
        let (name, desc) = match crate::java_names::java_method_descriptor(clr, &mi.params, mi.ret) {
            Some(d) => (mi.name.clone(), d),
            None => (format!("<clr>{}", mi.name), "()V".to_string()),
        };
        extension.push(ForeignMethod { name, desc, access: 0x0001, id, vslot: None });
    }
    jvm.extend_core("java/lang/Throwable", extension);
    jvm.load(rt, "java/lang/Throwable").map_err(|e| format!("java/lang/Throwable: {}", e.message))?;
    clr.link(exception).map_err(|e| e.to_string())?;
    // An object of a core type may come from the other VM, whose `new` did
    // not initialise our view of its class: initialise them all now.
    let uncaught = |what: &str| format!("initialising {what} failed");
    for name in ["java/lang/Object", "java/lang/String", "java/lang/Throwable"] {
        let c = jvm.load(rt, name).map_err(|e| format!("{name}: {}", e.message))?;
        jvm.initialize_class(rt, c).map_err(|_| uncaught(name))?;
    }
    for t in [clr.object_ty, clr.string_ty, exception] {
        clr.initialize_type(t).map_err(|_| uncaught(&clr.ty(t).name))?;
    }
    register_exception_aliases(rt, jvm, clr)
}

/// The exception alias table of the spec: a handler for either type of a
/// pair catches the other (and its subtypes).
fn register_exception_aliases(rt: &Runtime, jvm: &jvm::vm::Jvm, clr: &clr::vm::Clr) -> Result<(), String> {
    let spec = crate::mapping::Spec::builtin().map_err(|e| e.to_string())?;
    for a in spec.aliases() {
        let java = jvm.load(rt, &a.java.replace('.', "/")).map_err(|e| format!("{}: {}", a.java, e.message))?;
        let java = jvm.state.borrow().classes[java].type_id;
        let clr_ty = clr.corlib_type(&a.clr).and_then(|t| clr.link(t)).map_err(|e| format!("{}: {e}", a.clr))?.rt;
        rt.add_catch_alias(java, clr_ty);
        rt.add_catch_alias(clr_ty, java);
    }
    // CLR exceptions are unchecked for javac (their stubs extend
    // RuntimeException): those handlers catch them.
    let exception = clr.link(clr.exception_ty).map_err(|e| e.to_string())?.rt;
    for name in &spec.data().checked_exceptions.java_supertypes_matched {
        let java = jvm.load(rt, &name.replace('.', "/")).map_err(|e| format!("{name}: {}", e.message))?;
        let java = jvm.state.borrow().classes[java].type_id;
        rt.add_catch_alias_from(java, exception, Some(clr.home.get()));
        // ... and so do instanceof and casts (neither class adds fields).
        rt.add_type_test_alias(java);
    }
    Ok(())
}

