//! The runtime: one heap, one JIT, one type table and the front ends bound
//! to them, plus the `extern "C"` functions compiled code calls.
//!
//! Runtime functions never unwind. A failure leaves the exception in
//! [`PENDING`] and returns 0; compiled code checks and raises it through the
//! throw stub, so a `try_call` always sees a Tail-convention callee.

use crate::code::{CodeKind, CodeRegistry};
use crate::descs::{desc_of, DescPtr, StaticsBlock};
use crate::heap::{CollectionKind, Heap, HeapConfig};
use crate::jit::{call_entry, Jit, JitError, RuntimeSymbol, Shape, Tier};
use crate::layout::{TypeKind, DISPLAY_LEN, IMT_LEN};
use crate::leaf::LeafBody;
use crate::unwind::{self, frame_pointer};
use crate::ObjRef;
use cranelift_codegen::ir::types::{I32, I64};
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};

/// Index of a type in the runtime's type table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

/// Index of a method in the runtime's method table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MethodId(pub u32);

/// A runtime fault, raised as the faulting VM's own exception type.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Dereference of null.
    NullDeref = 0,
    /// Array index out of range; the argument is the index.
    IndexOutOfRange = 1,
    /// Integer division by zero.
    DivideByZero = 2,
    /// Failed cast; the argument is the object.
    InvalidCast = 3,
    /// Storing an incompatible element into an array; the argument is the value.
    ArrayStore = 4,
    /// Negative array size; the argument is the size.
    NegativeSize = 5,
    /// Stack exhausted.
    StackOverflow = 6,
    /// Heap exhausted.
    OutOfMemory = 7,
    /// Releasing a monitor the thread does not hold.
    MonitorState = 8,
    /// Checked arithmetic or conversion overflowed.
    Overflow = 9,
}

impl Fault {
    /// Decodes the number compiled code passes.
    pub fn from_u32(v: u32) -> Fault {
        match v {
            0 => Fault::NullDeref,
            1 => Fault::IndexOutOfRange,
            2 => Fault::DivideByZero,
            3 => Fault::InvalidCast,
            4 => Fault::ArrayStore,
            5 => Fault::NegativeSize,
            6 => Fault::StackOverflow,
            8 => Fault::MonitorState,
            9 => Fault::Overflow,
            _ => Fault::OutOfMemory,
        }
    }
}

/// Type-initialisation state byte, read by compiled code.
pub const INIT_DONE: u8 = 2;

/// The cold paths a front end provides. Calls are rare (first call of a
/// method, first use of a type, faults, natives, collections), so `dyn`.
pub trait Frontend {
    /// Compiles `method` and returns its code address and tier, or the
    /// exception to raise. `tier_up` asks for optimised code of a method
    /// that has become hot; otherwise the front end picks the first tier.
    fn compile(&self, rt: &Runtime, method: MethodId, tier_up: bool) -> Result<(usize, Tier), ObjRef>;
    /// Runs the type's initializer.
    fn initialize(&self, rt: &Runtime, ty: TypeId) -> Result<(), ObjRef>;
    /// Builds this VM's exception for a fault in its code.
    fn fault(&self, rt: &Runtime, fault: Fault, arg: i64) -> ObjRef;
    /// Runs a native method with its arguments as 64-bit slots.
    fn native(&self, rt: &Runtime, method: MethodId, args: &[u64]) -> Result<u64, ObjRef>;
    /// Reports the front end's own roots (interned strings, type objects, ...).
    fn trace_roots(&self, visit: &mut dyn FnMut(ObjRef));
    /// Resolves a virtual slot or interface selector that the tables did not hold.
    fn resolve_missing(&self, rt: &Runtime, ty: TypeId, selector: u64) -> Result<MethodId, ObjRef>;
    /// Whether `sub` converts to `sup`, a type of this front end marked
    /// [`TypeEntry::variant`], though `sup` is not among `sub`'s ancestors
    /// and interfaces (CLR generic variance: `List<Cat>` is an
    /// `IEnumerable<Animal>`), or `sub` is an array and `sup` an interface
    /// not in its list (array covariance: `Cat[]` is an `IList<Animal>`).
    fn variant_subtype(&self, _rt: &Runtime, _sub: TypeId, _sup: TypeId) -> bool {
        false
    }
    /// How a frame of `method` (at `srcloc`, the front end's own source
    /// location) shows in a stack trace, for the other VM's traces.
    fn frame_info(&self, _rt: &Runtime, _method: MethodId, _srcloc: Option<u32>) -> Option<FrameInfo> {
        None
    }
    /// The first pass of exception dispatch (ECMA-335 §I.12.4.2.5): whether
    /// the frame of `method` (frame pointer `fp`, stopped at `srcloc`) would
    /// handle `exn`, running its filters (which see the frame's locals) while
    /// the frames inside it are still live. The default, for front ends
    /// without filters, stops the pass at any frame: its handlers run in the
    /// second pass as they always do.
    /// Returns the verdict and the filters it ran, as (clause, accepted);
    /// without `run_filters`, a filter makes the verdict `Unknown`.
    fn first_pass(
        &self,
        _rt: &Runtime,
        _method: MethodId,
        _srcloc: Option<u32>,
        _fp: usize,
        _exn: ObjRef,
        _run_filters: bool,
    ) -> (FirstPass, Vec<(u32, bool)>) {
        (FirstPass::Unknown, Vec::new())
    }
    /// `method`'s body as a [`LeafBody`] when it is small enough to inline
    /// at call sites of either VM (see [`crate::leaf`]).
    fn leaf(&self, _rt: &Runtime, _method: MethodId) -> Option<LeafBody> {
        None
    }
}

/// What the first pass of exception dispatch learned about one frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FirstPass {
    /// No handler here: on to the caller.
    Continue,
    /// A handler here takes it (a matching catch, or a filter that said
    /// yes).
    Handled,
    /// The front end cannot tell without running the frame's own code:
    /// the pass stops, and this frame and those outside it decide in the
    /// second pass.
    Unknown,
}

/// The exception being dispatched and what the first pass decided.
#[derive(Debug)]
struct Dispatch {
    exn: ObjRef,
    /// The frame the first pass stopped at (`None`: no frame would handle it).
    target_fp: Option<usize>,
    /// Filters run in the first pass: (frame pointer, clause, accepted).
    filters: Vec<(usize, u32, bool)>,
}

/// A stack frame as stack traces of either VM show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrameInfo {
    /// Dotted name of the declaring class.
    pub class: String,
    /// Method name.
    pub method: String,
    /// Source file, when known.
    pub file: Option<String>,
    /// Line number, or -1.
    pub line: i32,
    /// Offset in the front end's own code (a CLR frame's IL offset), or -1.
    pub offset: i32,
}

/// A type as the runtime sees it.
#[derive(Debug)]
pub struct TypeEntry {
    /// Name, for diagnostics.
    pub name: String,
    /// Which front end defined it.
    pub home: u8,
    /// The descriptor objects point at.
    pub desc: DescPtr,
    /// Superclass.
    pub parent: Option<TypeId>,
    /// Every interface it implements, transitively.
    pub interfaces: Vec<TypeId>,
    /// Element type, for arrays.
    pub elem: Option<TypeId>,
    /// Method in each vtable slot.
    pub vtable: Vec<MethodId>,
    /// Interface selector -> implementing method.
    pub itable: HashMap<u64, MethodId>,
    /// Initialisation state, read by compiled code (`INIT_DONE` = ready).
    pub init_state: &'static AtomicU8,
    /// Static storage and the offsets of its references.
    pub statics: Option<(StaticsBlock, Vec<u32>)>,
    /// A generic instantiation with variant parameters: other types may
    /// convert to it (see [`Frontend::variant_subtype`]).
    pub variant: bool,
}

/// A method as the runtime sees it.
#[derive(Debug)]
pub struct MethodEntry {
    /// Code slot: 0 until compiled, then the code address.
    pub slot: &'static AtomicUsize,
    /// Parameter and return types.
    pub shape: Shape,
    /// Declaring type.
    pub owner: TypeId,
    /// The front end that compiles it (a core type's methods come from both).
    pub home: u8,
    /// Calls so far, counted by `Quick` code to decide when to optimise.
    pub counter: &'static std::sync::atomic::AtomicU32,
    /// Tier of the code in `slot`.
    pub tier: Cell<Tier>,
}

/// Calls after which `Quick` code is recompiled `Optimized`.
pub const TIER_UP_CALLS: u32 = 1000;

/// The exception a runtime function left for compiled code to raise.
pub static PENDING: AtomicUsize = AtomicUsize::new(0);
/// Lowest stack address managed code may use before overflowing.
pub static STACK_LIMIT: AtomicUsize = AtomicUsize::new(0);

/// The runtime.
pub struct Runtime {
    /// The heap.
    pub heap: RefCell<Heap>,
    /// The JIT.
    pub jit: RefCell<Jit>,
    /// Compiled-code metadata.
    pub code: RefCell<CodeRegistry>,
    types: RefCell<Vec<TypeEntry>>,
    methods: RefCell<Vec<MethodEntry>>,
    frontends: RefCell<Vec<Rc<dyn Frontend>>>,
    handles: RefCell<Vec<ObjRef>>,
    exits: RefCell<Vec<usize>>,
    throw_stub: Cell<usize>,
    in_gc: Cell<bool>,
    /// The front end that made each interface selector (index = selector - 1).
    selector_homes: RefCell<Vec<u8>>,
    /// The types both front ends share, once the first one defined them.
    core: RefCell<HashMap<CoreType, TypeId>>,
    /// Catch aliases: handler type -> other types its handlers catch.
    catch_aliases: RefCell<HashMap<TypeId, Vec<CatchAlias>>>,
    /// Handler types whose instance tests use their catch aliases too.
    type_test_aliases: RefCell<HashSet<TypeId>>,
    /// Whether any front end compiled an exception filter (only then does
    /// a throw run a first pass).
    pub filters_compiled: Cell<bool>,
    /// The exception being dispatched, once a first pass ran for it.
    dispatch: RefCell<Option<Dispatch>>,
    /// Leaf bodies asked for so far (`None`: the method is not a leaf).
    leaves: RefCell<HashMap<MethodId, Option<Rc<LeafBody>>>>,
    /// The second front end's static storage of core types (GC roots).
    adopted_statics: RefCell<Vec<(StaticsBlock, Vec<u32>)>>,
}

/// Another type a handler catches: (type, only if defined by this front end).
type CatchAlias = (TypeId, Option<u8>);

/// The types that are one type in both virtual machines (DESIGN.md, "The
/// mapping rules"): the first front end to define one registers it, the
/// other adopts that [`TypeId`] and descriptor for its own view of the type
/// ([`Runtime::adopt_core`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CoreType {
    /// `java.lang.Object` = `System.Object`.
    Object,
    /// `java.lang.String` = `System.String`.
    String,
    /// `java.lang.Throwable` = `System.Exception`. Its vtable holds the root
    /// slots, then the JVM's new virtual methods, then the CLR's; both
    /// libraries declare the same fields in the same order (one layout).
    Throwable,
    /// An array of a primitive type both VMs have: `int[]` is `int[]`.
    PrimArray(ArrayElem),
}

/// Element types of the primitive arrays the two VMs share (a .NET array
/// of unsigned integers has no Java twin: it stays the CLR's own type).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ArrayElem {
    /// `boolean[]` = `bool[]`.
    Bool,
    /// `char[]` = `char[]`.
    Char,
    /// `byte[]` = `sbyte[]`.
    I8,
    /// `short[]` = `short[]`.
    I16,
    /// `int[]` = `int[]`.
    I32,
    /// `long[]` = `long[]`.
    I64,
    /// `float[]` = `float[]`.
    F32,
    /// `double[]` = `double[]`.
    F64,
}

/// The vtable slots of the root type, the same in both front ends so that a
/// virtual call through the root type reaches an override from either VM.
pub mod root_slot {
    /// `toString()` / `ToString()`.
    pub const TO_STRING: u32 = 0;
    /// `equals(Object)` / `Equals(object)`.
    pub const EQUALS: u32 = 1;
    /// `hashCode()` / `GetHashCode()`.
    pub const HASH_CODE: u32 = 2;
    /// `finalize()` / `Finalize()`.
    pub const FINALIZE: u32 = 3;
    /// `clone()` / `MemberwiseClone()` (called non-virtually by C#).
    pub const CLONE: u32 = 4;
    /// Slots the root type has.
    pub const COUNT: u32 = 5;
}

impl std::fmt::Debug for Runtime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Runtime").finish_non_exhaustive()
    }
}

thread_local! {
    static CURRENT: RefCell<Option<Rc<Runtime>>> = const { RefCell::new(None) };
}

impl Runtime {
    /// Creates a runtime and makes it current on this thread. `extra` are
    /// front-end runtime functions compiled code may import.
    pub fn new(config: HeapConfig, extra: &[RuntimeSymbol]) -> Result<Rc<Runtime>, JitError> {
        let mut symbols = runtime_symbols();
        symbols.extend_from_slice(extra);
        let jit = Jit::new(&symbols)?;
        let rt = Rc::new(Runtime {
            heap: RefCell::new(Heap::new(config)),
            jit: RefCell::new(jit),
            code: RefCell::new(CodeRegistry::default()),
            types: RefCell::new(Vec::new()),
            methods: RefCell::new(Vec::new()),
            frontends: RefCell::new(Vec::new()),
            handles: RefCell::new(Vec::new()),
            exits: RefCell::new(Vec::new()),
            throw_stub: Cell::new(0),
            in_gc: Cell::new(false),
            selector_homes: RefCell::new(Vec::new()),
            core: RefCell::new(HashMap::new()),
            filters_compiled: Cell::new(false),
            dispatch: RefCell::new(None),
            leaves: RefCell::new(HashMap::new()),
            adopted_statics: RefCell::new(Vec::new()),
            catch_aliases: RefCell::new(HashMap::new()),
            type_test_aliases: RefCell::new(HashSet::new()),
        });
        let stub = rt.jit.borrow_mut().throw_stub(&mut rt.code.borrow_mut())?;
        rt.throw_stub.set(stub);
        CURRENT.with(|c| *c.borrow_mut() = Some(rt.clone()));
        Ok(rt)
    }

    /// The runtime current on this thread.
    pub fn current() -> Option<Rc<Runtime>> {
        CURRENT.with(|c| c.borrow().clone())
    }

    /// Address of the throw stub (Tail convention, one i64 parameter).
    pub fn throw_stub(&self) -> usize {
        self.throw_stub.get()
    }

    /// Binds a front end; returns its home id.
    pub fn add_frontend(&self, f: Rc<dyn Frontend>) -> u8 {
        let mut fs = self.frontends.borrow_mut();
        fs.push(f);
        (fs.len() - 1) as u8
    }

    fn frontend(&self, home: u8) -> Option<Rc<dyn Frontend>> {
        self.frontends.borrow().get(home as usize).cloned()
    }

    /// A new interface-method selector owned by front end `home`. Selectors
    /// are unique across front ends: a type's IMT may hold both VMs' methods.
    pub fn new_selector(&self, home: u8) -> u64 {
        let mut homes = self.selector_homes.borrow_mut();
        homes.push(home);
        homes.len() as u64
    }

    /// The front end that made `selector`.
    fn selector_home(&self, selector: u64) -> Option<u8> {
        let i = usize::try_from(selector).ok()?.checked_sub(1)?;
        self.selector_homes.borrow().get(i).copied()
    }

    // ------------------------------------------------------------ core types

    /// The shared type `c`, if a front end has defined it.
    pub fn core_type(&self, c: CoreType) -> Option<TypeId> {
        self.core.borrow().get(&c).copied()
    }

    /// Makes a handler for `handler` also catch exceptions of type `also`
    /// and its subtypes (the exception alias table: a Java `catch
    /// (NullPointerException e)` catches a `System.NullReferenceException`).
    pub fn add_catch_alias(&self, handler: TypeId, also: TypeId) {
        self.add_catch_alias_from(handler, also, None);
    }

    /// Like [`Runtime::add_catch_alias`], for exceptions of types defined by
    /// front end `home` only (Java's `catch (RuntimeException e)` catches
    /// every CLR-defined exception, not Java's checked ones).
    pub fn add_catch_alias_from(&self, handler: TypeId, also: TypeId, home: Option<u8>) {
        let mut aliases = self.catch_aliases.borrow_mut();
        let list = aliases.entry(handler).or_default();
        if !list.contains(&(also, home)) {
            list.push((also, home));
        }
    }

    /// Makes instance tests against `ty` (`instanceof`, casts) accept what
    /// its catch aliases accept. Only for types that add no fields or
    /// methods to the aliased ones' (Java's `RuntimeException` and
    /// `Exception` over CLR-defined exceptions), so a test that passes
    /// never exposes memory the object does not have.
    pub fn add_type_test_alias(&self, ty: TypeId) {
        self.type_test_aliases.borrow_mut().insert(ty);
    }

    /// Whether instance tests against `ty` go through [`Runtime::catches`].
    pub fn type_tests_by_alias(&self, ty: TypeId) -> bool {
        self.type_test_aliases.borrow().contains(&ty)
    }

    /// Whether `handler` has catch aliases (its catch test must call the runtime).
    pub fn has_catch_alias(&self, handler: TypeId) -> bool {
        self.catch_aliases.borrow().contains_key(&handler)
    }

    /// Whether a handler for `handler` catches an exception of type `exn`.
    pub fn catches(&self, exn: TypeId, handler: TypeId) -> bool {
        if self.is_subtype(exn, handler) {
            return true;
        }
        let aliases = self.catch_aliases.borrow();
        let Some(list) = aliases.get(&handler) else { return false };
        let exn_home = self.with_type(exn, |t| t.home);
        list.iter().any(|&(a, home)| home.is_none_or(|h| exn_home == Some(h)) && self.is_subtype(exn, a))
    }

    /// Records that `ty` is the shared type `c` (the first definition wins).
    pub fn register_core(&self, c: CoreType, ty: TypeId) {
        self.core.borrow_mut().entry(c).or_insert(ty);
    }

    /// A second front end's view of core type `ty`: its interfaces join the
    /// type's list and its interface methods the type's itable.
    pub fn adopt_core(
        &self,
        ty: TypeId,
        interfaces: &[TypeId],
        itable: &HashMap<u64, MethodId>,
        statics: Option<(StaticsBlock, Vec<u32>)>,
    ) {
        self.adopted_statics.borrow_mut().extend(statics);
        self.with_type_mut(ty, |t| {
            for &i in interfaces {
                if !t.interfaces.contains(&i) {
                    t.interfaces.push(i);
                }
            }
            for (&s, &m) in itable {
                t.itable.entry(s).or_insert(m);
            }
        });
    }

    // ----------------------------------------------------------------- types

    /// Adds a type; its descriptor must have been made with this id.
    pub fn add_type(&self, entry: TypeEntry) -> TypeId {
        let mut t = self.types.borrow_mut();
        t.push(entry);
        TypeId((t.len() - 1) as u32)
    }

    /// The id the next `add_type` will return.
    pub fn next_type_id(&self) -> TypeId {
        TypeId(self.types.borrow().len() as u32)
    }

    /// Runs `f` on a type entry.
    pub fn with_type<R>(&self, ty: TypeId, f: impl FnOnce(&TypeEntry) -> R) -> Option<R> {
        self.types.borrow().get(ty.0 as usize).map(f)
    }

    /// Runs `f` on a mutable type entry.
    pub fn with_type_mut<R>(&self, ty: TypeId, f: impl FnOnce(&mut TypeEntry) -> R) -> Option<R> {
        self.types.borrow_mut().get_mut(ty.0 as usize).map(f)
    }

    /// Descriptor of a type.
    pub fn desc(&self, ty: TypeId) -> Option<DescPtr> {
        self.with_type(ty, |t| t.desc)
    }

    /// The type of an object.
    pub fn type_of(&self, obj: ObjRef) -> TypeId {
        TypeId(desc_of(obj).get().type_id)
    }

    /// Is `sub` the same as or a subtype of `sup`?
    pub fn is_subtype(&self, sub: TypeId, sup: TypeId) -> bool {
        if sub == sup {
            return true;
        }
        let types = self.types.borrow();
        let (Some(a), Some(b)) = (types.get(sub.0 as usize), types.get(sup.0 as usize)) else { return false };
        let bk = b.desc.get().kind;
        if b.variant {
            let home = b.home;
            let direct = if bk == TypeKind::Interface as u32 { a.interfaces.contains(&sup) } else { a.desc.extends(b.desc) };
            drop(types);
            return direct || self.frontend(home).is_some_and(|f| f.variant_subtype(self, sub, sup));
        }
        if bk == TypeKind::Interface as u32 {
            if a.interfaces.contains(&sup) {
                return true;
            }
            // An array's interfaces also follow its element's supertypes.
            let home = b.home;
            let array = a.elem.is_some();
            drop(types);
            return array && self.frontend(home).is_some_and(|f| f.variant_subtype(self, sub, sup));
        }
        if bk == TypeKind::Array as u32 {
            let (Some(ae), Some(be)) = (a.elem, b.elem) else { return false };
            let ae_ref = a.desc.get().elem_is_ref != 0;
            let be_ref = b.desc.get().elem_is_ref != 0;
            drop(types);
            return ae_ref && be_ref && self.is_subtype(ae, be);
        }
        let d = b.desc.get().depth as usize;
        if d < DISPLAY_LEN {
            return a.desc.extends(b.desc);
        }
        let mut cur = a.parent;
        while let Some(p) = cur {
            if p == sup {
                return true;
            }
            cur = types.get(p.0 as usize).and_then(|t| t.parent);
        }
        false
    }

    // --------------------------------------------------------------- methods

    /// Adds a method; its slot starts at 0 (not compiled).
    pub fn add_method(&self, shape: Shape, owner: TypeId, home: u8) -> MethodId {
        let slot: &'static AtomicUsize = Box::leak(Box::new(AtomicUsize::new(0)));
        let counter: &'static std::sync::atomic::AtomicU32 = Box::leak(Box::new(std::sync::atomic::AtomicU32::new(0)));
        let mut m = self.methods.borrow_mut();
        m.push(MethodEntry { slot, shape, owner, home, counter, tier: Cell::new(Tier::Quick) });
        MethodId((m.len() - 1) as u32)
    }

    /// Address of a method's code slot.
    pub fn method_slot(&self, m: MethodId) -> Option<&'static AtomicUsize> {
        self.methods.borrow().get(m.0 as usize).map(|e| e.slot)
    }

    /// Address of a method's call counter.
    pub fn method_counter(&self, m: MethodId) -> Option<usize> {
        self.methods.borrow().get(m.0 as usize).map(|e| e.counter as *const _ as usize)
    }

    /// Tier of a method's current code.
    pub fn method_tier(&self, m: MethodId) -> Option<Tier> {
        self.methods.borrow().get(m.0 as usize).map(|e| e.tier.get())
    }

    /// Shape of a method.
    pub fn method_shape(&self, m: MethodId) -> Option<Shape> {
        self.methods.borrow().get(m.0 as usize).map(|e| e.shape.clone())
    }

    /// Owner of a method.
    pub fn method_owner(&self, m: MethodId) -> Option<TypeId> {
        self.methods.borrow().get(m.0 as usize).map(|e| e.owner)
    }

    /// How a frame of `method` shows in a stack trace (its front end says).
    pub fn frame_info(&self, method: MethodId, srcloc: Option<u32>) -> Option<FrameInfo> {
        self.method_frontend(method)?.frame_info(self, method, srcloc)
    }

    /// The front end method `m` belongs to.
    fn method_frontend(&self, m: MethodId) -> Option<Rc<dyn Frontend>> {
        self.frontend(self.method_home(m)?)
    }

    /// The method frames above exit frame `exit_fp`, innermost first, at
    /// most `limit`: (method, source position, frame pointer).
    fn method_frames(&self, exit_fp: usize, limit: usize) -> Vec<(MethodId, Option<u32>, usize)> {
        let code = self.code.borrow();
        let mut out = Vec::new();
        unwind::walk(&code, exit_fp, |f| {
            if let CodeKind::Method(m) = f.kind {
                out.push((MethodId(m), f.site.srcloc, f.fp));
            }
            out.len() < limit
        });
        out
    }

    /// The managed frames of the current stack, innermost first: each
    /// method with the frame's source location (at most `limit`).
    pub fn stack_methods(&self, limit: usize) -> Vec<(MethodId, Option<u32>)> {
        self.backtrace(limit)
            .into_iter()
            .filter_map(|(kind, srcloc)| match kind {
                CodeKind::Method(id) => Some((MethodId(id), srcloc)),
                _ => None,
            })
            .collect()
    }

    /// Which of the managed method frames above the innermost exit frame
    /// (innermost first, as [`Runtime::stack_methods`] lists them) would
    /// handle `exn`, asked without running filters (a frame with a filter
    /// around the call counts as handling it); `None` when none of the
    /// first `limit` would.
    pub fn catching_frame(&self, exn: ObjRef, limit: usize) -> Option<usize> {
        let exit = *self.exits.borrow().last()?;
        self.method_frames(exit, limit).into_iter().position(|(m, srcloc, fp)| {
            let Some(fe) = self.method_frontend(m) else { return true };
            fe.first_pass(self, m, srcloc, fp, exn, false).0 != FirstPass::Continue
        })
    }

    /// The first pass for `exn` thrown from the managed frames above exit
    /// frame `exit_fp`, unless this throw continues a dispatch already
    /// decided (a `finally` or a failed type test passing it on before
    /// reaching the frame the first pass chose).
    fn first_pass(&self, exit_fp: usize, exn: ObjRef) {
        let frames = self.method_frames(exit_fp, usize::MAX);
        let Some(&(_, _, inner_fp)) = frames.first() else { return };
        let continues = self
            .dispatch
            .borrow()
            .as_ref()
            .is_some_and(|d| d.exn == exn && d.target_fp.is_none_or(|t| inner_fp < t));
        if continues {
            return;
        }
        self.dispatch.borrow_mut().take();
        let mut mine = Dispatch { exn, target_fp: None, filters: Vec::new() };
        self.as_exit(exit_fp, |rt| {
            // Filters run managed code, which may throw (and dispatch) in
            // turn: the exception stays a root while they run.
            let mark = rt.handle_mark();
            rt.push_handle(exn);
            for &(m, srcloc, fp) in &frames {
                let Some(fe) = rt.method_frontend(m) else { break };
                let (pass, filters) = fe.first_pass(rt, m, srcloc, fp, exn, true);
                mine.filters.extend(filters.into_iter().map(|(c, ok)| (fp, c, ok)));
                if pass != FirstPass::Continue {
                    mine.target_fp = Some(fp);
                    break;
                }
            }
            rt.pop_handles(mark);
        });
        *self.dispatch.borrow_mut() = Some(mine);
    }

    /// What the first pass decided for filter `clause` of the frame at
    /// `fp` when `exn` is the exception it dispatched: 1 accepted, 0
    /// rejected, 2 not run (the frame runs the filter itself).
    fn filter_verdict(&self, exn: ObjRef, fp: usize, clause: u32) -> u32 {
        let d = self.dispatch.borrow();
        let Some(d) = d.as_ref().filter(|d| d.exn == exn) else { return 2 };
        d.filters.iter().find(|f| f.0 == fp && f.1 == clause).map_or(2, |f| u32::from(f.2))
    }

    /// `m`'s leaf body, from the front end that defined it (asked once per
    /// method), for call sites of either VM to inline.
    pub fn leaf(&self, m: MethodId) -> Option<Rc<LeafBody>> {
        if let Some(known) = self.leaves.borrow().get(&m) {
            return known.clone();
        }
        let fe = self.method_frontend(m)?;
        // Not holding `leaves`: summarising may load types.
        let body = fe.leaf(self, m).map(Rc::new);
        if std::env::var_os("TWAIN_TRACE_JIT").is_some() {
            eprintln!("jit: leaf {} {:?}", m.0, body.as_ref().map(|b| b.ops.len()));
        }
        self.leaves.borrow_mut().insert(m, body.clone());
        body
    }

    /// The front end a method belongs to.
    pub fn method_home(&self, m: MethodId) -> Option<u8> {
        self.methods.borrow().get(m.0 as usize).map(|e| e.home)
    }

    /// Compiles `m` if needed and returns its code address.
    pub fn ensure_compiled(&self, m: MethodId) -> Result<usize, ObjRef> {
        let (slot, home) = {
            let ms = self.methods.borrow();
            let e = ms.get(m.0 as usize).ok_or_else(|| self.bug("unknown method"))?;
            (e.slot, e.home)
        };
        let code = slot.load(Ordering::Acquire);
        if code != 0 {
            return Ok(code);
        }
        let fe = self.frontend(home).ok_or_else(|| self.bug("no front end"))?;
        let (code, tier) = fe.compile(self, m, false)?;
        if let Some(e) = self.methods.borrow().get(m.0 as usize) {
            e.tier.set(tier);
        }
        slot.store(code, Ordering::Release);
        Ok(code)
    }

    /// Recompiles a hot `Quick` method `Optimized`, repoints its slot and
    /// every vtable and IMT entry that held the old code, and returns the
    /// code to run. A failure keeps the quick code.
    pub fn tier_up(&self, m: MethodId) -> usize {
        let Some((slot, tier, home)) = self.methods.borrow().get(m.0 as usize).map(|e| (e.slot, e.tier.get(), e.home))
        else {
            return 0;
        };
        let old = slot.load(Ordering::Acquire);
        if tier == Tier::Optimized {
            return old;
        }
        let compiled = match self.frontend(home) {
            Some(fe) => fe.compile(self, m, true).ok(),
            None => None,
        };
        if let Some(e) = self.methods.borrow().get(m.0 as usize) {
            e.tier.set(Tier::Optimized);
        }
        let Some((code, _)) = compiled else { return old };
        slot.store(code, Ordering::Release);
        for t in self.types.borrow().iter() {
            let d = t.desc;
            for i in 0..d.get().vtable_len {
                if d.vtable(i) == old {
                    d.set_vtable(i, code);
                }
            }
            for (i, e) in d.get().imt.iter().enumerate() {
                if e.code == old && old != 0 {
                    d.set_imt(i, crate::layout::ImtEntry { selector: e.selector, code });
                }
            }
        }
        code
    }

    /// Makes sure a type is initialised, running its initializer if needed.
    pub fn ensure_initialized(&self, ty: TypeId) -> Result<(), ObjRef> {
        let (state, home) = self.with_type(ty, |t| (t.init_state, t.home)).ok_or_else(|| self.bug("unknown type"))?;
        if state.load(Ordering::Acquire) == INIT_DONE {
            return Ok(());
        }
        let fe = self.frontend(home).ok_or_else(|| self.bug("no front end"))?;
        fe.initialize(self, ty)
    }

    /// Runs front end `home`'s initializer of `ty`: each VM initialises its
    /// own view of a core type (its statics, its initializer).
    pub fn initialize_in(&self, ty: TypeId, home: u8) -> Result<(), ObjRef> {
        let fe = self.frontend(home).ok_or_else(|| self.bug("no front end"))?;
        fe.initialize(self, ty)
    }

    /// Calls managed code: compiles `m` if needed, enters it through the
    /// trampoline for its shape, and returns the result bits or the exception.
    pub fn invoke(&self, m: MethodId, args: &[u64]) -> Result<u64, ObjRef> {
        let code = self.ensure_compiled(m)?;
        let shape = self.method_shape(m).ok_or_else(|| self.bug("unknown method"))?;
        let entry = {
            let mut jit = self.jit.borrow_mut();
            let mut code_reg = self.code.borrow_mut();
            jit.entry(&shape, &mut code_reg).map_err(|_| self.bug("entry trampoline"))?
        };
        // Roots held by Rust callers stay reachable through `handles`; the
        // arguments are roots of the callee's frame once it runs.
        if args.len() != shape.params.len() {
            return Err(self.bug("argument count"));
        }
        let r = call_entry(entry, code, args);
        r.map_err(|e| ObjRef::from_addr(e).unwrap_or_else(|| self.bug("null exception")))
    }

    /// An internal-error exception object for a runtime bug. Uses the
    /// front end's fault path so the user sees a managed error, not a crash.
    fn bug(&self, what: &str) -> ObjRef {
        eprintln!("twain: internal error: {what}");
        std::process::exit(70)
    }

    // ------------------------------------------------------------ allocation

    /// Collects if the heap asks for it, then allocates; `None` = out of memory.
    pub fn alloc_raw(&self, desc: DescPtr, size: usize) -> Option<ObjRef> {
        let need = self.heap.borrow().collection_needed(size);
        if let Some(kind) = need {
            self.collect_kind(kind);
        }
        self.heap.borrow_mut().alloc(desc.as_ptr(), size)
    }

    /// The method of non-null `obj`'s type that implements the interface
    /// method with selector `sel`.
    pub fn interface_method(&self, obj: ObjRef, sel: u64) -> Result<MethodId, ObjRef> {
        let ty = self.type_of(obj);
        if let Some(m) = self.with_type(ty, |t| t.itable.get(&sel).copied()).flatten() {
            return Ok(m);
        }
        // The selector's own front end knows its interface; it may not be
        // the one that defined the object's type.
        let home = self.selector_home(sel).or_else(|| self.with_type(ty, |t| t.home)).unwrap_or(0);
        let m = self.frontend(home).ok_or_else(|| self.bug("no front end"))?.resolve_missing(self, ty, sel)?;
        self.with_type_mut(ty, |t| t.itable.insert(sel, m));
        Ok(m)
    }

    /// Allocates an instance of an object type.
    pub fn alloc_object(&self, ty: TypeId) -> Result<ObjRef, ObjRef> {
        let desc = self.desc(ty).ok_or_else(|| self.bug("unknown type"))?;
        let size = desc.get().size as usize;
        self.alloc_raw(desc, size).ok_or_else(|| self.fault(Fault::OutOfMemory, 0))
    }

    /// Allocates an array of an array type.
    pub fn alloc_array(&self, ty: TypeId, len: i32) -> Result<ObjRef, ObjRef> {
        let desc = self.desc(ty).ok_or_else(|| self.bug("unknown type"))?;
        self.alloc_array_desc(desc, len)
    }

    fn alloc_array_desc(&self, desc: DescPtr, len: i32) -> Result<ObjRef, ObjRef> {
        if len < 0 {
            return Err(self.fault(Fault::NegativeSize, i64::from(len)));
        }
        let size = crate::layout::array_size(len as u32, desc.get().size);
        if size > (1 << 34) {
            return Err(self.fault(Fault::OutOfMemory, 0));
        }
        let need = self.heap.borrow().collection_needed(size);
        if let Some(kind) = need {
            self.collect_kind(kind);
        }
        let mut heap = self.heap.borrow_mut();
        let r = if desc.get().kind == TypeKind::String as u32 {
            heap.alloc_string(desc.as_ptr(), len as u32)
        } else {
            heap.alloc_array(desc.as_ptr(), len as u32)
        };
        drop(heap);
        r.ok_or_else(|| self.fault(Fault::OutOfMemory, 0))
    }

    /// Allocates a string of `len` code units with a string type's descriptor.
    pub fn alloc_string(&self, ty: TypeId, len: usize) -> Result<ObjRef, ObjRef> {
        let len = i32::try_from(len).map_err(|_| self.fault(Fault::OutOfMemory, 0))?;
        self.alloc_array(ty, len)
    }

    /// Keeps `obj` alive until the matching `pop_handles`.
    pub fn push_handle(&self, obj: ObjRef) {
        self.handles.borrow_mut().push(obj);
    }

    /// Number of handles, to restore later.
    pub fn handle_mark(&self) -> usize {
        self.handles.borrow().len()
    }

    /// Drops handles above `mark`.
    pub fn pop_handles(&self, mark: usize) {
        self.handles.borrow_mut().truncate(mark);
    }

    /// A full collection.
    pub fn collect(&self) {
        self.collect_kind(CollectionKind::Full);
    }

    /// A minor or full collection.
    pub fn collect_kind(&self, kind: CollectionKind) {
        if self.in_gc.replace(true) {
            return;
        }
        let exits = self.exits.borrow().clone();
        let mut handles = self.handles.borrow().clone();
        handles.extend(self.dispatch.borrow().as_ref().map(|d| d.exn));
        let mut statics: Vec<(StaticsBlock, Vec<u32>)> =
            self.types.borrow().iter().filter_map(|t| t.statics.clone()).collect();
        statics.extend(self.adopted_statics.borrow().iter().cloned());
        let frontends = self.frontends.borrow().clone();
        let code = self.code.borrow();
        // Frame slots hold references and managed pointers: a pointer into
        // an object (a field, an element, a boxed value) keeps the object
        // alive; one into a frame or static storage is not a heap root.
        let mut frame_objects = Vec::new();
        {
            let heap = self.heap.borrow();
            for &fp in exits.iter().rev() {
                unwind::walk(&code, fp, |f| {
                    unwind::frame_roots(f, &mut |v| {
                        if v == 0 {
                            return;
                        }
                        if heap.is_object(v) {
                            frame_objects.extend(ObjRef::from_addr(v));
                        } else if let Some(o) = heap.object_containing(v) {
                            frame_objects.push(o);
                        }
                    });
                    true
                });
            }
        }
        let mut roots = |sink: &mut dyn FnMut(ObjRef)| {
            for &o in &frame_objects {
                sink(o);
            }
            for &h in &handles {
                sink(h);
            }
            for (block, offs) in &statics {
                for &o in offs {
                    if let Some(r) = block.read_ref(o) {
                        sink(r);
                    }
                }
            }
            if let Some(p) = ObjRef::from_addr(PENDING.load(Ordering::Relaxed)) {
                sink(p);
            }
            for f in &frontends {
                f.trace_roots(sink);
            }
        };
        match kind {
            CollectionKind::Full => self.heap.borrow_mut().collect(&mut roots),
            CollectionKind::Minor => self.heap.borrow_mut().collect_minor(&mut roots),
        }
        self.in_gc.set(false);
    }

    // ---------------------------------------------------------- exceptions

    /// The exception object for a fault in code of front end `home` 0.
    pub fn fault(&self, fault: Fault, arg: i64) -> ObjRef {
        self.fault_in(0, fault, arg)
    }

    /// The exception object for a fault in code of front end `home`.
    pub fn fault_in(&self, home: u8, fault: Fault, arg: i64) -> ObjRef {
        match self.frontend(home) {
            Some(fe) => fe.fault(self, fault, arg),
            None => self.bug("fault without a front end"),
        }
    }

    /// Runs `f` as a runtime call made by compiled code whose exit frame is
    /// `fp`: the collector and the unwinder start their walks there.
    pub fn as_exit<R>(&self, fp: usize, f: impl FnOnce(&Runtime) -> R) -> R {
        self.exits.borrow_mut().push(fp);
        let r = f(self);
        self.exits.borrow_mut().pop();
        r
    }

    /// Records the managed frames above the innermost exit frame as
    /// (kind, source position), innermost first, at most `limit` of them.
    pub fn backtrace(&self, limit: usize) -> Vec<(CodeKind, Option<u32>)> {
        let mut out = Vec::new();
        let exits = self.exits.borrow().clone();
        let code = self.code.borrow();
        for &fp in exits.iter().rev() {
            unwind::walk(&code, fp, |f| {
                if f.kind != CodeKind::Entry {
                    out.push((f.kind, f.site.srcloc));
                }
                out.len() < limit
            });
        }
        out
    }
}


// ------------------------------------------------------- runtime functions

fn current() -> Rc<Runtime> {
    match Runtime::current() {
        Some(rt) => rt,
        None => {
            eprintln!("twain: internal error: no runtime on this thread");
            std::process::exit(70)
        }
    }
}

fn pend(e: ObjRef) -> usize {
    PENDING.store(e.addr(), Ordering::Release);
    0
}

extern "C" fn rt_alloc(ty: u32) -> usize {
    let fp = frame_pointer();
    let rt = current();
    rt.as_exit(fp, |rt| rt.alloc_object(TypeId(ty)).map_or_else(pend, |o| o.addr()))
}

extern "C" fn rt_alloc_array(ty: u32, len: i32) -> usize {
    let fp = frame_pointer();
    let rt = current();
    rt.as_exit(fp, |rt| rt.alloc_array(TypeId(ty), len).map_or_else(pend, |o| o.addr()))
}

extern "C" fn rt_compile(m: u32) -> usize {
    let fp = frame_pointer();
    let rt = current();
    rt.as_exit(fp, |rt| rt.ensure_compiled(MethodId(m)).unwrap_or_else(pend))
}

extern "C" fn rt_init_type(ty: u32, home: u32) -> u32 {
    let fp = frame_pointer();
    let rt = current();
    rt.as_exit(fp, |rt| match rt.initialize_in(TypeId(ty), home as u8) {
        Ok(()) => 1,
        Err(e) => {
            pend(e);
            0
        }
    })
}

/// Resolves vtable slot `slot` of `obj`'s type, compiling and patching it.
extern "C" fn rt_resolve_virtual(obj: usize, slot: u32) -> usize {
    let fp = frame_pointer();
    let rt = current();
    rt.as_exit(fp, |rt| {
        let Some(o) = ObjRef::from_addr(obj) else { return pend(rt.fault(Fault::NullDeref, 0)) };
        let desc = desc_of(o);
        let ty = TypeId(desc.get().type_id);
        let m = rt.with_type(ty, |t| t.vtable.get(slot as usize).copied()).flatten();
        let m = match m {
            Some(m) => m,
            None => {
                let home = rt.with_type(ty, |t| t.home).unwrap_or(0);
                match rt.frontend(home).map(|f| f.resolve_missing(rt, ty, u64::from(slot) | (1 << 63))) {
                    Some(Ok(m)) => m,
                    Some(Err(e)) => return pend(e),
                    None => return pend(rt.bug("no front end")),
                }
            }
        };
        match rt.ensure_compiled(m) {
            Ok(code) => {
                desc.set_vtable(slot, code);
                code
            }
            Err(e) => pend(e),
        }
    })
}

/// Resolves interface selector `sel` on `obj`, compiling it and caching it
/// in the IMT when its entry is free or already this selector's.
extern "C" fn rt_resolve_interface(obj: usize, sel: u64) -> usize {
    let fp = frame_pointer();
    let rt = current();
    rt.as_exit(fp, |rt| {
        let Some(o) = ObjRef::from_addr(obj) else { return pend(rt.fault(Fault::NullDeref, 0)) };
        let desc = desc_of(o);
        let m = match rt.interface_method(o, sel) {
            Ok(m) => m,
            Err(e) => return pend(e),
        };
        match rt.ensure_compiled(m) {
            Ok(code) => {
                let idx = (sel % IMT_LEN as u64) as usize;
                let cur = desc.get().imt[idx];
                if cur.selector == 0 || cur.selector == sel {
                    desc.set_imt(idx, crate::layout::ImtEntry { selector: sel, code });
                }
                code
            }
            Err(e) => pend(e),
        }
    })
}

/// Catch-clause test for a type with aliases: 1 if a handler for `ty` catches `obj`.
extern "C" fn rt_catches(obj: usize, ty: u32) -> u32 {
    let Some(o) = ObjRef::from_addr(obj) else { return 0 };
    let rt = current();
    u32::from(rt.catches(rt.type_of(o), TypeId(ty)))
}

/// Slow-path type test: 1 if `obj` (non-null) is an instance of `ty`.
extern "C" fn rt_is_instance(obj: usize, ty: u32) -> u32 {
    let Some(o) = ObjRef::from_addr(obj) else { return 0 };
    let rt = current();
    u32::from(rt.is_subtype(rt.type_of(o), TypeId(ty)))
}

/// Slow-path array-store check: 1 if `value` may be stored in `array`.
extern "C" fn rt_can_store(array: usize, value: usize) -> u32 {
    let (Some(a), Some(v)) = (ObjRef::from_addr(array), ObjRef::from_addr(value)) else { return 1 };
    let rt = current();
    let elem = rt.with_type(rt.type_of(a), |t| t.elem).flatten();
    match elem {
        Some(e) => u32::from(rt.is_subtype(rt.type_of(v), e)),
        None => 0,
    }
}

/// Builds the exception for a fault; never fails (a failure to build it
/// yields the failure's exception).
extern "C" fn rt_fault(home: u32, fault: u32, arg: i64) -> usize {
    let fp = frame_pointer();
    let rt = current();
    rt.as_exit(fp, |rt| rt.fault_in(home as u8, Fault::from_u32(fault), arg).addr())
}

/// Calls a native method; arguments are 64-bit slots at `args`.
extern "C" fn rt_native(m: u32, args: *const u64, n: u32) -> u64 {
    let fp = frame_pointer();
    let rt = current();
    let slots = crate::jit::read_args(args, n);
    rt.as_exit(fp, |rt| {
        let home = rt.method_home(MethodId(m)).unwrap_or(0);
        let Some(fe) = rt.frontend(home) else { return pend(rt.bug("no front end")) as u64 };
        match fe.native(rt, MethodId(m), &slots) {
            Ok(v) => v,
            Err(e) => pend(e) as u64,
        }
    })
}


/// Raises `exn`: finds the handler among the managed frames above and
/// resumes there. Called only by the throw stub.
extern "C" fn rt_unwind(exn: usize) {
    let fp = frame_pointer();
    {
        let rt = current();
        if let (true, Some(e)) = (rt.filters_compiled.get(), ObjRef::from_addr(exn)) {
            rt.first_pass(fp, e);
        }
    }
    let target = {
        let rt = current();
        let code = rt.code.borrow();
        let exn_ty = ObjRef::from_addr(exn).map(|o| rt.type_of(o));
        let mut catches = |t: u32| exn_ty.is_some_and(|e| rt.catches(e, TypeId(t)));
        unwind::find_handler(&code, fp, &mut catches)
    };
    match target {
        // The target frame is live above this one and nothing with a
        // destructor is alive in this function any more.
        Some((pc, sp, hfp)) => unwind::resume_found(pc, sp, hfp, exn),
        None => {
            eprintln!("twain: internal error: exception escaped all managed frames");
            std::process::exit(70)
        }
    }
}

/// A frame's filter clause asks what the first pass decided (see
/// [`Runtime::filter_verdict`]).
extern "C" fn rt_filter_verdict(exn: usize, fp: usize, clause: u32) -> u32 {
    let rt = current();
    ObjRef::from_addr(exn).map_or(2, |e| rt.filter_verdict(e, fp, clause))
}

/// A `Quick` method became hot: returns its optimised code.
extern "C" fn rt_tier_up(m: u32) -> usize {
    let fp = frame_pointer();
    let rt = current();
    rt.as_exit(fp, |rt| rt.tier_up(MethodId(m)))
}

/// Write-barrier slow path: remembers an old object that gets a reference.
extern "C" fn rt_remember(obj: usize) {
    if let (Some(o), Some(rt)) = (ObjRef::from_addr(obj), Runtime::current()) {
        rt.heap.borrow_mut().remember(o);
    }
}

/// Write-barrier slow path for a reference stored through a managed
/// pointer: remembers the object the pointer points into, if it is on the heap.
extern "C" fn rt_remember_interior(addr: usize) {
    if let Some(rt) = Runtime::current() {
        let mut heap = rt.heap.borrow_mut();
        if let Some(o) = heap.object_containing(addr) {
            heap.remember(o);
        }
    }
}

/// Raises a stack overflow: returns the exception to throw.
extern "C" fn rt_stack_overflow(home: u32) -> usize {
    let fp = frame_pointer();
    let rt = current();
    // Give the exception's construction room to run.
    let limit = STACK_LIMIT.swap(0, Ordering::Relaxed);
    let e = rt.as_exit(fp, |rt| rt.fault_in(home as u8, Fault::StackOverflow, 0).addr());
    STACK_LIMIT.store(limit, Ordering::Relaxed);
    e
}

fn runtime_symbols() -> Vec<RuntimeSymbol> {
    macro_rules! sym {
        ($f:ident, [$($p:expr),*], [$($r:expr),*]) => {
            RuntimeSymbol { name: stringify!($f), addr: $f as *const u8, params: &[$($p),*], returns: &[$($r),*] }
        };
    }
    vec![
        sym!(rt_alloc, [I32], [I64]),
        sym!(rt_alloc_array, [I32, I32], [I64]),
        sym!(rt_compile, [I32], [I64]),
        sym!(rt_init_type, [I32, I32], [I32]),
        sym!(rt_resolve_virtual, [I64, I32], [I64]),
        sym!(rt_resolve_interface, [I64, I64], [I64]),
        sym!(rt_is_instance, [I64, I32], [I32]),
        sym!(rt_catches, [I64, I32], [I32]),
        sym!(rt_can_store, [I64, I64], [I32]),
        sym!(rt_fault, [I32, I32, I64], [I64]),
        sym!(rt_native, [I32, I64, I32], [I64]),
        sym!(rt_unwind, [I64], []),
        sym!(rt_filter_verdict, [I64, I64, I32], [I32]),
        sym!(rt_stack_overflow, [I32], [I64]),
        sym!(rt_remember, [I64], []),
        sym!(rt_remember_interior, [I64], []),
        sym!(rt_tier_up, [I32], [I64]),
    ]
}
