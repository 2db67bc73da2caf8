//! The CLR front end as the substrate sees it: loaded assemblies, the type
//! universe, class initialisation (§II.10.5.3), runtime-raised exceptions
//! and the [`Frontend`] callbacks.

use crate::assembly::Assembly;
use crate::loader::AsmData;
use crate::model::{InitState, Kind, MIdx, MethodInfo, Prim, TyId, TyInfo, TyKey};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use substrate::descs::{DescPtr, DescSpec};
use substrate::jit::Tier;
use substrate::layout::TypeKind;
use substrate::runtime::{Fault, Frontend, TypeEntry, INIT_DONE};
use substrate::{MethodId, ObjRef, Runtime, TypeId};

/// twain's mscorlib, compiled from clr/lib/src by clr/lib/build.sh.
pub static CORLIB: &[u8] = include_bytes!("../lib/mscorlib.dll");

/// A load-time failure, raised as the named .NET exception.
#[derive(Debug, Clone)]
pub struct LoadError {
    pub class: String,
    pub message: String,
}

pub type LResult<T> = Result<T, LoadError>;

/// A method of a closed type: (owner, MethodDef row, method type arguments).
pub type MethodKey = (TyId, u32, Vec<TyId>);

impl LoadError {
    pub fn new(class: &str, message: impl Into<String>) -> LoadError {
        LoadError { class: class.to_string(), message: message.into() }
    }
    pub fn type_load(message: impl Into<String>) -> LoadError {
        LoadError::new("System.TypeLoadException", message)
    }
    pub fn missing_method(message: impl Into<String>) -> LoadError {
        LoadError::new("System.MissingMethodException", message)
    }
    pub fn bad(message: impl Into<String>) -> LoadError {
        LoadError::new("System.BadImageFormatException", message)
    }
    pub fn bad_image(e: crate::Error) -> LoadError {
        LoadError::new("System.BadImageFormatException", e.to_string())
    }
    pub fn invalid_program(message: impl Into<String>) -> LoadError {
        LoadError::new("System.InvalidProgramException", message)
    }
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.class, self.message)
    }
}

/// The CLR front end.
pub struct Clr {
    pub rt: Rc<Runtime>,
    pub home: Cell<u8>,
    pub asms: RefCell<Vec<Rc<AsmData>>>,
    pub types: RefCell<Vec<Rc<TyInfo>>>,
    pub by_key: RefCell<HashMap<TyKey, TyId>>,
    pub methods: RefCell<Vec<Rc<MethodInfo>>>,
    pub method_keys: RefCell<HashMap<MethodKey, MIdx>>,
    pub by_method_id: RefCell<HashMap<MethodId, MIdx>>,
    pub by_rt: RefCell<HashMap<TypeId, TyId>>,
    /// The other VM's types, for stub assemblies (see `foreign`).
    pub(crate) foreign: RefCell<Option<Rc<dyn crate::foreign::ForeignTypes>>>,
    pub(crate) foreign_classes: RefCell<HashMap<TyId, Rc<crate::foreign::ForeignClass>>>,
    pub selectors: RefCell<HashMap<u64, MIdx>>,
    pub unbox_stubs: RefCell<HashMap<MIdx, MIdx>>,
    /// Boundary entries made so far (see `boundary`).
    pub(crate) boundary: RefCell<HashMap<crate::model::Adapter, MIdx>>,
    /// The front end that calls boundary entries: their argument checks
    /// raise its exceptions (`None`: this VM's).
    pub boundary_caller: Cell<Option<u8>>,
    /// Exception filters run in the first pass (see `filters`).
    pub(crate) filters: crate::filters::Filters,
    pub prims: Vec<TyId>,
    pub object_ty: TyId,
    pub string_ty: TyId,
    /// `System.Exception` (one type with `java.lang.Throwable`).
    pub exception_ty: TyId,
    pub void_ty: TyId,
    /// Registered for methods before their owner is linked.
    pub placeholder_rt: TypeId,
    pub interned: RefCell<HashMap<Vec<u16>, ObjRef>>,
    pub type_objects: RefCell<HashMap<TyId, ObjRef>>,
    /// The `TypeInitializationException` of each type whose initializer
    /// failed: every later use of the type throws that same object.
    init_failures: RefCell<HashMap<TyId, ObjRef>>,
    /// Type object address -> type (the heap does not move objects).
    pub type_by_obj: RefCell<HashMap<usize, TyId>>,
    /// Delegate targets: method -> leaked [code slot address, method id, is_static].
    pub delegate_targets: RefCell<HashMap<MIdx, usize>>,
    /// Delegate targets of the other VM's methods, by method id.
    pub(crate) foreign_targets: RefCell<HashMap<MethodId, usize>>,
    pub(crate) natives: RefCell<HashMap<MIdx, crate::natives::Native>>,
    /// Command-line arguments after the program.
    pub args: RefCell<Vec<String>>,
    pub program: RefCell<String>,
    exception_depth: Cell<u32>,
}

impl std::fmt::Debug for Clr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Clr").finish_non_exhaustive()
    }
}

impl Clr {
    /// A CLR front end with twain's mscorlib loaded, registered with `rt`.
    pub fn new(rt: Rc<Runtime>) -> Result<Rc<Clr>, String> {
        let corlib = Assembly::parse(CORLIB, "mscorlib.dll").map_err(|e| e.to_string())?;
        let data = AsmData::new(corlib).map_err(|e| e.to_string())?;
        // A type every method can be registered under until its owner links.
        let desc = DescPtr::new(&DescSpec {
            type_id: rt.next_type_id().0,
            kind: TypeKind::Interface,
            size: 16,
            elem_is_ref: false,
            ref_offsets: &[],
            elem_type: None,
            parent: None,
            vtable_len: 0,
        });
        let placeholder_rt = rt.add_type(TypeEntry {
            name: "<clr>".into(),
            home: 0,
            desc,
            parent: None,
            interfaces: Vec::new(),
            elem: None,
            vtable: Vec::new(),
            itable: HashMap::new(),
            init_state: Box::leak(Box::new(std::sync::atomic::AtomicU8::new(INIT_DONE))),
            statics: None,
            variant: false,
        });
        let mut clr = Clr {
            rt: rt.clone(),
            home: Cell::new(0),
            asms: RefCell::new(vec![Rc::new(data)]),
            types: RefCell::new(Vec::new()),
            by_key: RefCell::new(HashMap::new()),
            methods: RefCell::new(Vec::new()),
            method_keys: RefCell::new(HashMap::new()),
            by_method_id: RefCell::new(HashMap::new()),
            by_rt: RefCell::new(HashMap::new()),
            foreign: RefCell::new(None),
            foreign_classes: RefCell::new(HashMap::new()),
            selectors: RefCell::new(HashMap::new()),
            unbox_stubs: RefCell::new(HashMap::new()),
            boundary: RefCell::new(HashMap::new()),
            boundary_caller: Cell::new(None),
            filters: crate::filters::Filters::default(),
            prims: Vec::new(),
            object_ty: TyId(0),
            string_ty: TyId(0),
            exception_ty: TyId(0),
            void_ty: TyId(0),
            placeholder_rt,
            interned: RefCell::new(HashMap::new()),
            type_objects: RefCell::new(HashMap::new()),
            init_failures: RefCell::new(HashMap::new()),
            type_by_obj: RefCell::new(HashMap::new()),
            delegate_targets: RefCell::new(HashMap::new()),
            foreign_targets: RefCell::new(HashMap::new()),
            natives: RefCell::new(HashMap::new()),
            args: RefCell::new(Vec::new()),
            program: RefCell::new(String::new()),
            exception_depth: Cell::new(0),
        };
        let fail = |e: LoadError| e.to_string();
        clr.object_ty = clr.corlib_type("System.Object").map_err(fail)?;
        clr.string_ty = clr.corlib_type("System.String").map_err(fail)?;
        clr.exception_ty = clr.corlib_type("System.Exception").map_err(fail)?;
        clr.void_ty = clr.intern(TyKey::Void).map_err(fail)?;
        let mut prims = Vec::new();
        for p in Prim::ALL {
            prims.push(clr.corlib_type(p.type_name()).map_err(fail)?);
        }
        clr.prims = prims;
        let clr = Rc::new(clr);
        let home = rt.add_frontend(clr.clone());
        clr.home.set(home);
        rt.with_type_mut(placeholder_rt, |e| e.home = home);
        Ok(clr)
    }

    /// Loads an assembly file; returns its index.
    pub fn load_assembly(&self, bytes: &[u8], file: &str) -> crate::Result<u16> {
        let asm = Assembly::parse(bytes, file)?;
        let data = Rc::new(AsmData::new(asm)?);
        let a = {
            let mut asms = self.asms.borrow_mut();
            asms.push(data.clone());
            (asms.len() - 1) as u16
        };
        let assembly_row = crate::metadata::tables::HasCustomAttribute::Assembly(1);
        data.stubs.set(self.has_attribute_on(a, assembly_row, crate::foreign::STUB_ASSEMBLY_ATTRIBUTE));
        Ok(a)
    }

    pub fn rt(&self) -> &Runtime {
        &self.rt
    }

    /// The closed type of a runtime type id.
    pub fn ty_of_rt(&self, t: TypeId) -> Option<TyId> {
        self.by_rt.borrow().get(&t).copied()
    }

    /// Our own type (not a view of the other VM's) for a runtime type.
    pub fn own_ty_of_rt(&self, t: TypeId) -> Option<TyId> {
        self.ty_of_rt(t).filter(|&t| !matches!(self.ty(t).key, TyKey::Foreign(_)))
    }

    /// The closed type of an object (a view of the other VM's type for its objects).
    pub fn type_of_obj(&self, o: ObjRef) -> Option<TyId> {
        self.ty_for_rt(self.rt.type_of(o)).ok()
    }

    pub fn method_of_id(&self, id: MethodId) -> Option<MIdx> {
        self.by_method_id.borrow().get(&id).copied()
    }

    /// Turns a load failure into the .NET exception object.
    pub fn raise(&self, e: &LoadError) -> ObjRef {
        if std::env::var_os("TWAIN_TRACE").is_some() {
            eprintln!("twain: {e}");
        }
        self.new_exception(&e.class, Some(&e.message))
    }

    /// A new exception of class `name`, with `message` or the class's default.
    pub fn new_exception(&self, name: &str, message: Option<&str>) -> ObjRef {
        let depth = self.exception_depth.get();
        if depth > 4 {
            eprintln!("twain: internal error: cannot create {name}: {}", message.unwrap_or(""));
            std::process::exit(70)
        }
        self.exception_depth.set(depth + 1);
        let r = self.new_exception_inner(name, message);
        self.exception_depth.set(depth);
        r
    }

    fn new_exception_inner(&self, name: &str, message: Option<&str>) -> ObjRef {
        let make = || -> Result<ObjRef, ObjRef> {
            let t = self.corlib_type(name).or_else(|_| self.corlib_type("System.Exception")).map_err(|_| self.fatal(name))?;
            let linked = self.link(t).map_err(|_| self.fatal(name))?;
            let obj = self.rt.alloc_object(linked.rt)?;
            let mark = self.rt.handle_mark();
            self.rt.push_handle(obj);
            let msg = match message {
                Some(m) => Some(self.new_str(m)?),
                None => None,
            };
            if let Some(m) = msg {
                self.rt.push_handle(m);
            }
            let ctor = self.find_ctor(t, msg.is_some()).or_else(|_| self.find_ctor(t, true)).map_err(|_| self.fatal(name))?;
            let id = self.method(ctor).id.ok_or_else(|| self.fatal(name))?;
            let mut args = vec![obj.addr() as u64];
            let nparams = self.method(ctor).params.len();
            if nparams >= 1 {
                args.push(msg.map_or(0, |m| m.addr() as u64));
            }
            if nparams == 2 {
                args.push(0);
            }
            let r = self.rt.invoke(id, &args);
            self.rt.pop_handles(mark);
            r.map(|_| obj)
        };
        make().unwrap_or_else(|e| e)
    }

    /// The constructor taking (message) or (), else (message, inner exception).
    fn find_ctor(&self, t: TyId, with_message: bool) -> LResult<MIdx> {
        let ctors: Vec<MIdx> = self.methods_of(t)?.into_iter().filter(|&m| self.method(m).is_ctor() && !self.method(m).is_static()).collect();
        let want: &[&[TyId]] = if with_message { &[&[self.string_ty]] } else { &[&[]] };
        for w in want {
            if let Some(&m) = ctors.iter().find(|&&m| self.method(m).params == *w) {
                return Ok(m);
            }
        }
        if let Some(&m) = ctors.iter().find(|&&m| {
            let p = &self.method(m).params;
            p.len() == 2 && p[0] == self.string_ty && self.is_ref_type(p[1])
        }) {
            return Ok(m);
        }
        Err(LoadError::missing_method(format!("{}::.ctor", self.ty(t).name)))
    }

    fn fatal(&self, what: &str) -> ObjRef {
        substrate::console::flush();
        eprintln!("twain: internal error: cannot create {what}");
        std::process::exit(70)
    }

    /// A new string.
    pub fn new_string(&self, units: &[u16]) -> Result<ObjRef, ObjRef> {
        let linked = self.link(self.string_ty).map_err(|e| self.raise(&e))?;
        let s = self.rt.alloc_string(linked.rt, units.len())?;
        self.rt.heap.borrow_mut().string_chars_mut(s).copy_from_slice(units);
        Ok(s)
    }

    pub fn new_str(&self, s: &str) -> Result<ObjRef, ObjRef> {
        let units: Vec<u16> = s.encode_utf16().collect();
        self.new_string(&units)
    }

    /// The interned string for a literal.
    pub fn intern_string(&self, units: &[u16]) -> Result<ObjRef, ObjRef> {
        if let Some(&s) = self.interned.borrow().get(units) {
            return Ok(s);
        }
        let s = self.new_string(units)?;
        self.interned.borrow_mut().insert(units.to_vec(), s);
        Ok(s)
    }

    /// The characters of a string object.
    pub fn string_units(&self, s: ObjRef) -> Vec<u16> {
        self.rt.heap.borrow().string_chars(s).to_vec()
    }

    pub fn rust_string(&self, s: ObjRef) -> String {
        String::from_utf16_lossy(&self.string_units(s))
    }

    /// Runs the type initializer of `t` if it has not run (§II.10.5.3.1).
    pub fn initialize_type(&self, t: TyId) -> Result<(), ObjRef> {
        let info = self.ty(t);
        match info.init.get() {
            InitState::Done | InitState::Running => return Ok(()),
            InitState::Failed => {
                if let Some(&e) = self.init_failures.borrow().get(&t) {
                    return Err(e);
                }
                return Err(self.new_exception(
                    "System.TypeInitializationException",
                    // (its constructor takes the type's name and makes the message)
                    Some(&info.name),
                ));
            }
            InitState::Uninit => {}
        }
        let linked = self.link(t).map_err(|e| self.raise(&e))?;
        if self.is_foreign(t) {
            // The other VM runs its own initializer.
            self.initialize_foreign(linked.rt)?;
            info.init.set(InitState::Done);
            linked.init_byte.store(INIT_DONE, std::sync::atomic::Ordering::Release);
            return Ok(());
        }
        info.init.set(InitState::Running);
        let cctor = self.methods_of(t).map_err(|e| self.raise(&e))?.into_iter().find(|&m| {
            let mi = self.method(m);
            mi.name == ".cctor" && mi.is_static()
        });
        let r = match cctor.and_then(|m| self.method(m).id) {
            Some(id) => self.rt.invoke(id, &[]).map(|_| ()),
            None => Ok(()),
        };
        match r {
            Ok(()) => {
                info.init.set(InitState::Done);
                linked.init_byte.store(INIT_DONE, std::sync::atomic::Ordering::Release);
                Ok(())
            }
            Err(inner) => {
                info.init.set(InitState::Failed);
                let mark = self.rt.handle_mark();
                self.rt.push_handle(inner);
                let e = self.new_exception(
                    "System.TypeInitializationException",
                    // (its constructor takes the type's name and makes the message)
                    Some(&info.name),
                );
                crate::natives::set_inner_exception(self, e, inner);
                self.rt.pop_handles(mark);
                self.init_failures.borrow_mut().insert(t, e);
                Err(e)
            }
        }
    }

    /// Whether type `t`'s definition carries a custom attribute of the named type.
    pub fn has_attribute(&self, t: TyId, attr: &str) -> bool {
        let info = self.ty(t);
        self.has_attribute_on(info.asm, crate::metadata::tables::HasCustomAttribute::TypeDef(info.def), attr)
    }

    /// Whether a metadata row of assembly `a` carries a custom attribute of the named type.
    pub fn has_attribute_on(&self, a: crate::model::AsmIdx, parent: crate::metadata::tables::HasCustomAttribute, attr: &str) -> bool {
        use crate::metadata::rows::CustomAttributeRow;
        use crate::metadata::tables::CustomAttributeType;
        let data = self.asm(a);
        let found = data.asm.rows::<CustomAttributeRow>().flatten().any(|r| {
            r.parent == parent
                && match r.ctor {
                    CustomAttributeType::MemberRef(row) => data
                        .asm
                        .row::<crate::metadata::rows::MemberRefRow>(row)
                        .ok()
                        .and_then(|m| match m.parent {
                            crate::metadata::tables::MemberRefParent::TypeRef(tr) => self.resolve_typeref(a, tr).ok(),
                            _ => None,
                        })
                        .is_some_and(|(a, d)| self.asm(a).asm.type_name(d).ok().as_deref() == Some(attr)),
                    CustomAttributeType::MethodDef(md) => {
                        let owner = data.method_owner.get(md as usize).copied().unwrap_or(0);
                        data.asm.type_name(owner).ok().as_deref() == Some(attr)
                    }
                }
        });
        found
    }

    /// The literal fields of an enum: names and values (sign-extended, as bits).
    pub fn enum_literals(&self, t: TyId) -> LResult<Vec<(String, u64)>> {
        use crate::metadata::rows::{ConstantRow, FieldRow, TypeDefRow};
        use crate::metadata::tables::HasConstant;
        let info = self.ty(t);
        let data = self.asm(info.asm);
        let row: TypeDefRow = data.asm.row(info.def).map_err(LoadError::bad_image)?;
        let consts: Vec<ConstantRow> = data.asm.all().map_err(LoadError::bad_image)?;
        let mut out = Vec::new();
        for f in row.fields.clone() {
            let fr: FieldRow = data.asm.row(f).map_err(LoadError::bad_image)?;
            if fr.flags & 0x40 == 0 {
                continue;
            }
            let Some(c) = consts.iter().find(|c| c.parent == HasConstant::Field(f)) else { continue };
            let blob = data.asm.blob(c.value).map_err(LoadError::bad_image)?;
            let mut b = [0u8; 8];
            let n = blob.len().min(8);
            b[..n].copy_from_slice(&blob[..n]);
            let raw = u64::from_le_bytes(b);
            // Element types 0x02..0x0b: bool, char, i1, u1, i2, u2, i4, u4, i8, u8.
            let v = match c.ty {
                0x04 => raw as i8 as i64 as u64,
                0x06 => raw as i16 as i64 as u64,
                0x08 => raw as i32 as i64 as u64,
                _ => raw,
            };
            out.push((fr.name, v));
        }
        Ok(out)
    }

    /// `a.Equals(b)` through the virtual method.
    pub fn call_equals(&self, a: ObjRef, b: ObjRef) -> Result<bool, ObjRef> {
        let t = self.type_of_obj(a).ok_or_else(|| self.new_exception("System.NullReferenceException", None))?;
        let eq = self
            .methods_of(self.object_ty)
            .map_err(|e| self.raise(&e))?
            .into_iter()
            .find(|&m| self.method(m).name == "Equals" && self.method(m).params.len() == 1 && !self.method(m).is_static())
            .ok_or_else(|| self.new_exception("System.MissingMethodException", None))?;
        let m = self.find_override(t, eq).map_err(|e| self.raise(&e))?;
        let id = self.method(m).id.ok_or_else(|| self.new_exception("System.MissingMethodException", None))?;
        Ok(self.rt.invoke(id, &[a.addr() as u64, b.addr() as u64])? & 0xff != 0)
    }

    /// Whether values of `t` are held by reference.
    pub fn is_ref_type(&self, t: TyId) -> bool {
        !matches!(self.ty(t).kind, Kind::Prim(_) | Kind::Enum(_) | Kind::Struct | Kind::ByRef(_) | Kind::Ptr(_) | Kind::Void)
    }
}

impl Frontend for Clr {
    fn first_pass(
        &self,
        rt: &Runtime,
        method: MethodId,
        srcloc: Option<u32>,
        fp: usize,
        exn: ObjRef,
        run_filters: bool,
    ) -> (substrate::FirstPass, Vec<(u32, bool)>) {
        self.first_pass(rt, method, srcloc, fp, exn, run_filters)
    }

    fn leaf(&self, _rt: &Runtime, method: MethodId) -> Option<substrate::leaf::LeafBody> {
        let m = self.method(self.method_of_id(method)?);
        crate::lower::leaf_of(self, &m)
    }

    fn frame_info(&self, _rt: &Runtime, method: MethodId, srcloc: Option<u32>) -> Option<substrate::FrameInfo> {
        let m = self.method(self.method_of_id(method)?);
        if m.body == crate::model::BodyKind::Foreign {
            return None;
        }
        let offset = srcloc.map_or(-1, |s| s as i32);
        Some(substrate::FrameInfo { class: self.ty(m.owner).name.clone(), method: m.name.clone(), file: None, line: -1, offset })
    }

    fn compile(&self, rt: &Runtime, method: MethodId, tier_up: bool) -> Result<(usize, Tier), ObjRef> {
        crate::lower::compile(self, rt, method, tier_up)
    }

    fn initialize(&self, _rt: &Runtime, ty: TypeId) -> Result<(), ObjRef> {
        match self.ty_of_rt(ty) {
            Some(t) => self.initialize_type(t),
            None => Ok(()),
        }
    }

    fn fault(&self, _rt: &Runtime, fault: Fault, _arg: i64) -> ObjRef {
        let name = match fault {
            Fault::NullDeref => "System.NullReferenceException",
            Fault::IndexOutOfRange => "System.IndexOutOfRangeException",
            Fault::DivideByZero => "System.DivideByZeroException",
            Fault::InvalidCast => "System.InvalidCastException",
            Fault::ArrayStore => "System.ArrayTypeMismatchException",
            Fault::NegativeSize => "System.OverflowException",
            Fault::StackOverflow => "System.StackOverflowException",
            Fault::OutOfMemory => "System.OutOfMemoryException",
            Fault::MonitorState => "System.Threading.SynchronizationLockException",
            Fault::Overflow => "System.OverflowException",
        };
        let e = self.new_exception(name, None);
        // Where it happened, as a `throw` records it (not when the stack or
        // the heap is exhausted: recording needs both).
        if !matches!(fault, Fault::StackOverflow | Fault::OutOfMemory) {
            crate::natives::record_fault_backtrace(self, e);
        }
        e
    }

    fn native(&self, rt: &Runtime, method: MethodId, args: &[u64]) -> Result<u64, ObjRef> {
        crate::natives::call(self, rt, method, args)
    }

    fn trace_roots(&self, visit: &mut dyn FnMut(ObjRef)) {
        for &s in self.interned.borrow().values() {
            visit(s);
        }
        for &o in self.type_objects.borrow().values() {
            visit(o);
        }
        for &o in self.init_failures.borrow().values() {
            visit(o);
        }
    }

    fn variant_subtype(&self, _rt: &Runtime, sub: TypeId, sup: TypeId) -> bool {
        match (self.ty_of_rt(sub), self.ty_of_rt(sup)) {
            (Some(a), Some(b)) => self.is_assignable(a, b),
            _ => false,
        }
    }

    fn resolve_missing(&self, rt: &Runtime, ty: TypeId, selector: u64) -> Result<MethodId, ObjRef> {
        let target = self.selectors.borrow().get(&selector).copied();
        let Some(target) = target else {
            return Err(self.new_exception("System.MissingMethodException", Some("unknown dispatch selector")));
        };
        // A type the other VM defined: its own implementation of the
        // interface method (a Java class implementing a C# interface), or
        // our nearest ancestor's implementation, through the object's own
        // vtable slot when it is virtual (the subclass may override it).
        if self.own_ty_of_rt(ty).is_none() {
            if let Some(id) = self.foreign_implementation(ty, &self.method(target)) {
                return Ok(id);
            }
        }
        let mut known = ty;
        let t = loop {
            if let Some(t) = self.own_ty_of_rt(known) {
                break t;
            }
            match rt.with_type(known, |e| e.parent).flatten() {
                Some(p) => known = p,
                None => return Err(self.new_exception("System.ExecutionEngineException", None)),
            }
        };
        let m = self.find_override(t, target).map_err(|e| self.raise(&e))?;
        let mi = self.method(m);
        if known != ty {
            if let Some(id) = mi.vslot.get().and_then(|s| rt.with_type(ty, |e| e.vtable.get(s as usize).copied()).flatten()) {
                return Ok(id);
            }
        }
        mi.id.ok_or_else(|| self.new_exception("System.MissingMethodException", None))
    }
}
