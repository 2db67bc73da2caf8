//! The JVM: class path, class table, loading and linking (JVMS §5.3–5.4),
//! initialisation (§5.5), and the [`Frontend`] the substrate calls back.

use crate::classfile::{self, access, ClassFile, Constant};
use crate::descriptor::{parse_field, parse_method, FieldType};
use crate::jar::Jar;
use crate::model::{Body, Class, ClassIdx, Field, InitState, Method, MethodIdx, Ty};
use cranelift_codegen::ir::types;
use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::atomic::AtomicU8;
use substrate::descs::{DescPtr, DescSpec, StaticsBlock};
use substrate::jit::{Shape, Tier};
use substrate::layout::{TypeKind, FIELDS_OFFSET};
use substrate::runtime::{TypeEntry, INIT_DONE};
use substrate::{Fault, Frontend, MethodId, ObjRef, Runtime, TypeId};

/// The class library, compiled from `jvm/lib/src` by `jvm/lib/build.sh`.
pub static CLASSLIB: &[u8] = include_bytes!("../lib/classlib.jar");

/// Where classes come from.
#[derive(Debug)]
enum Source {
    Dir(PathBuf),
    Jar(Jar),
}

/// Why a class could not be loaded: the Java error to throw.
#[derive(Debug, Clone)]
pub struct LinkError {
    /// Internal name of the error class, e.g. `java/lang/NoClassDefFoundError`.
    pub class: &'static str,
    /// Message.
    pub message: String,
}

impl LinkError {
    pub fn new(class: &'static str, message: impl Into<String>) -> Self {
        LinkError { class, message: message.into() }
    }
}

/// Mutable JVM state.
#[derive(Debug, Default)]
pub struct State {
    /// Loaded classes.
    pub classes: Vec<Class>,
    /// Classes by internal name.
    pub by_name: HashMap<String, ClassIdx>,
    /// Classes by substrate type.
    pub by_type: HashMap<TypeId, ClassIdx>,
    /// Methods.
    pub methods: Vec<Method>,
    /// Methods by substrate id.
    pub by_method_id: HashMap<MethodId, MethodIdx>,
    /// Interned strings.
    pub interned: HashMap<Vec<u16>, ObjRef>,
    /// `java.lang.Class` objects.
    pub class_objects: HashMap<ClassIdx, ObjRef>,
    /// `Class` objects of the primitive types, by name.
    pub primitive_classes: HashMap<String, ObjRef>,
    /// Interface selectors by (name, descriptor).
    pub selectors: HashMap<(String, String), u64>,
    /// The other VM's virtual methods a core class gets after its own
    /// (see `Jvm::extend_core`), until the class is defined.
    pub core_extensions: HashMap<String, Vec<crate::foreign::ForeignMethod>>,
    /// Classes being loaded (circularity check).
    pub loading: HashSet<String>,
    /// Counter for lambda class names.
    pub lambda_count: u32,
    /// Lambda classes by (class, invokedynamic constant index).
    pub lambda_classes: HashMap<(ClassIdx, u16), ClassIdx>,
}

/// The JVM front end.
pub struct Jvm {
    sources: Vec<Source>,
    /// Mutable state; never borrowed across a call into managed code.
    pub state: RefCell<State>,
    /// This front end's home id in the runtime.
    pub home: Cell<u8>,
    /// The other VM's types (`cli.*`), in a runtime that hosts both.
    pub(crate) foreign: RefCell<Option<Rc<dyn crate::foreign::ForeignTypes>>>,
}

impl std::fmt::Debug for Jvm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Jvm").finish_non_exhaustive()
    }
}

const OBJECT: &str = "java/lang/Object";
const STRING: &str = "java/lang/String";

impl Jvm {
    /// A JVM reading classes from `classpath` (directories and jars) after
    /// its own class library.
    pub fn new(classpath: &[PathBuf]) -> crate::Result<Jvm> {
        let mut sources = vec![Source::Jar(Jar::from_static(CLASSLIB, "<classlib>")?)];
        for p in classpath {
            if p.is_dir() {
                sources.push(Source::Dir(p.clone()));
            } else if p.is_file() {
                sources.push(Source::Jar(Jar::open(p)?));
            }
        }
        Ok(Jvm { sources, state: RefCell::new(State::default()), home: Cell::new(0), foreign: RefCell::new(None) })
    }

    fn find_bytes(&self, name: &str) -> Result<Option<(Vec<u8>, String)>, LinkError> {
        let file = format!("{name}.class");
        for s in &self.sources {
            match s {
                Source::Dir(d) => {
                    let p = d.join(&file);
                    if p.is_file() {
                        return std::fs::read(&p)
                            .map(|b| Some((b, p.display().to_string())))
                            .map_err(|e| LinkError::new("java/lang/NoClassDefFoundError", format!("{}: {e}", p.display())));
                    }
                }
                Source::Jar(j) => match j.read(&file) {
                    Ok(Some(b)) => return Ok(Some((b, format!("{}!{file}", j.name())))),
                    Ok(None) => {}
                    Err(e) => return Err(LinkError::new("java/lang/ClassFormatError", e.to_string())),
                },
            }
        }
        Ok(None)
    }

    /// The class index of a loaded class.
    pub fn lookup(&self, name: &str) -> Option<ClassIdx> {
        self.state.borrow().by_name.get(name).copied()
    }

    /// Loads and links a class (or array class) by internal name.
    pub fn load(&self, rt: &Runtime, name: &str) -> Result<ClassIdx, LinkError> {
        if let Some(c) = self.lookup(name) {
            return Ok(c);
        }
        if let Some(elem) = name.strip_prefix('[') {
            return self.load_array(rt, name, elem);
        }
        if !self.state.borrow_mut().loading.insert(name.to_string()) {
            return Err(LinkError::new("java/lang/ClassCircularityError", name.replace('/', ".")));
        }
        let r = self.load_class(rt, name);
        self.state.borrow_mut().loading.remove(name);
        r
    }

    fn load_class(&self, rt: &Runtime, name: &str) -> Result<ClassIdx, LinkError> {
        let Some((bytes, file)) = self.find_bytes(name)? else {
            if let Some(r) = self.load_foreign(rt, name) {
                return r;
            }
            if let Some(r) = self.load_foreign_interface(rt, name) {
                return r;
            }
            return Err(LinkError::new("java/lang/NoClassDefFoundError", name.to_string()));
        };
        let cf = classfile::parse(&bytes, &file).map_err(|e| LinkError::new("java/lang/ClassFormatError", e.to_string()))?;
        if cf.this_class != name {
            return Err(LinkError::new(
                "java/lang/NoClassDefFoundError",
                format!("{name} (wrong name: {})", cf.this_class),
            ));
        }
        self.define(rt, Rc::new(cf))
    }

    /// Links a parsed class: superclass and interfaces, field layout,
    /// methods, vtable and itable, descriptor and static storage.
    pub fn define(&self, rt: &Runtime, cf: Rc<ClassFile>) -> Result<ClassIdx, LinkError> {
        let name = cf.this_class.clone();
        let super_idx = match &cf.super_class {
            Some(s) => Some(self.load(rt, s)?),
            None if name == OBJECT => None,
            None => return Err(LinkError::new("java/lang/ClassFormatError", format!("{name}: no superclass"))),
        };
        if let Some(s) = super_idx {
            let st = self.state.borrow();
            let sc = &st.classes[s];
            if sc.is_interface() {
                return Err(LinkError::new(
                    "java/lang/IncompatibleClassChangeError",
                    format!("class {} has interface {} as super class", name.replace('/', "."), sc.java_name()),
                ));
            }
            if sc.access & access::FINAL != 0 {
                return Err(LinkError::new(
                    "java/lang/VerifyError",
                    format!("Cannot inherit from final class {}", sc.java_name()),
                ));
            }
        }
        let mut interfaces = Vec::new();
        for i in &cf.interfaces {
            let idx = self.load(rt, i)?;
            if !self.state.borrow().classes[idx].is_interface() {
                return Err(LinkError::new(
                    "java/lang/IncompatibleClassChangeError",
                    format!("class {} can not implement {}, because it is not an interface", name.replace('/', "."), i.replace('/', ".")),
                ));
            }
            interfaces.push(idx);
        }
        let is_interface = cf.access_flags & access::INTERFACE != 0;

        // Field layout: inherited fields first, then ours, largest first.
        let (mut size, mut ref_offsets, depth) = match super_idx {
            Some(s) => {
                let st = self.state.borrow();
                let sc = &st.classes[s];
                (sc.instance_size, sc.ref_offsets.clone(), sc.depth + 1)
            }
            None => (FIELDS_OFFSET, Vec::new(), 0),
        };
        let mut fields = Vec::new();
        let mut decl: Vec<(usize, Ty)> = Vec::new();
        for (i, f) in cf.fields.iter().enumerate() {
            let ft = parse_field(&f.descriptor).map_err(|e| LinkError::new("java/lang/ClassFormatError", e.to_string()))?;
            decl.push((i, Ty::of(&ft)));
        }
        decl.sort_by_key(|&(i, t)| (std::cmp::Reverse(t.size()), i));
        let mut static_size = 0u32;
        let mut static_refs = Vec::new();
        let mut offsets = vec![0u32; cf.fields.len()];
        for &(i, t) in &decl {
            let f = &cf.fields[i];
            let sz = t.size();
            if f.access_flags & access::STATIC != 0 {
                static_size = static_size.div_ceil(sz) * sz;
                offsets[i] = static_size;
                if t == Ty::Ref {
                    static_refs.push(static_size);
                }
                static_size += sz;
            } else {
                size = size.div_ceil(sz) * sz;
                offsets[i] = size;
                // Reference.referent is weak: the collector must not trace it.
                let weak = name == "java/lang/ref/Reference" && f.name == "referent";
                if t == Ty::Ref && !weak {
                    ref_offsets.push(size);
                }
                size += sz;
            }
        }
        size = size.div_ceil(8) * 8;
        for (i, f) in cf.fields.iter().enumerate() {
            let ft = parse_field(&f.descriptor).map_err(|e| LinkError::new("java/lang/ClassFormatError", e.to_string()))?;
            fields.push(Field {
                name: f.name.clone(),
                desc: f.descriptor.clone(),
                ty: Ty::of(&ft),
                is_static: f.access_flags & access::STATIC != 0,
                offset: offsets[i],
                constant: f.constant_value.clone(),
            });
        }
        let statics = (static_size > 0).then(|| StaticsBlock::new(static_size as usize));

        // Methods. A core type the CLR defined first keeps its id.
        let type_id = core_type_of(&name).and_then(|c| rt.core_type(c)).unwrap_or_else(|| rt.next_type_id());
        let mut new_methods = Vec::new();
        for m in &cf.methods {
            let md = parse_method(&m.descriptor).map_err(|e| LinkError::new("java/lang/ClassFormatError", e.to_string()))?;
            let is_static = m.access_flags & access::STATIC != 0;
            let body = if m.access_flags & access::NATIVE != 0 {
                Body::Native
            } else if let Some(code) = &m.code {
                Body::Bytecode(Rc::new(code.clone()))
            } else {
                Body::Abstract
            };
            let shape = shape_of(&md, is_static);
            let id = rt.add_method(shape, type_id, self.home.get());
            new_methods.push(Method {
                id,
                class: 0,
                name: m.name.clone(),
                desc: m.descriptor.clone(),
                md,
                access: m.access_flags,
                body,
                vslot: None,
            });
        }
        self.finish_class(rt, ClassShape {
            name,
            type_id,
            super_idx,
            interfaces,
            access: cf.access_flags,
            is_interface,
            fields,
            methods: new_methods,
            size,
            ref_offsets,
            statics: statics.map(|s| (s, static_refs)),
            elem: None,
            file: Some(cf),
            depth,
        })
    }

    /// Registers a class built by `define`, by the array loader or by the
    /// lambda factory: methods, vtable, itable, descriptor.
    pub(crate) fn finish_class(&self, rt: &Runtime, c: ClassShape) -> Result<ClassIdx, LinkError> {
        let mut st = self.state.borrow_mut();
        let idx = st.classes.len();
        let mut method_idxs = Vec::new();
        for mut m in c.methods {
            m.class = idx;
            let mi = st.methods.len();
            st.by_method_id.insert(m.id, mi);
            st.methods.push(m);
            method_idxs.push(mi);
        }
        // Vtable: the parent's, overridden or extended by our virtual methods.
        let mut vtable: Vec<MethodIdx> = match c.super_idx {
            Some(s) => st.classes[s].vtable.clone(),
            None => Vec::new(),
        };
        if !c.is_interface {
            // The root's virtual methods take the slots both VMs agree on.
            let mut in_slot_order = method_idxs.clone();
            if c.super_idx.is_none() {
                in_slot_order.sort_by_key(|&mi| root_slot_of(&st.methods[mi].name, &st.methods[mi].desc).unwrap_or(u32::MAX));
            }
            for &mi in &in_slot_order {
                let m = &st.methods[mi];
                if !m.is_virtual() {
                    continue;
                }
                match vtable_slot(&st, &vtable, &m.name, &m.desc) {
                    Some(slot) => vtable[slot] = mi,
                    None => vtable.push(mi),
                }
            }
            // Interface methods not implemented by the class chain: defaults
            // (or abstract ones, which raise AbstractMethodError when called).
            let mut all_ifaces = Vec::new();
            collect_interfaces(&st, &c.interfaces, &mut all_ifaces);
            for &i in &all_ifaces {
                for &mi in &st.classes[i].methods {
                    let m = &st.methods[mi];
                    if !m.is_virtual() {
                        continue;
                    }
                    match vtable_slot(&st, &vtable, &m.name, &m.desc) {
                        None => vtable.push(mi),
                        Some(slot) => {
                            // A more specific default replaces a less specific one.
                            let cur = vtable[slot];
                            let cur_class = st.methods[cur].class;
                            let cur_is_iface = cur_class != idx && st.classes[cur_class].is_interface();
                            // An inherited interface method is replaced by a default
                            // that implements an abstract one or overrides a less
                            // specific default.
                            let replaces = matches!(st.methods[cur].body, Body::Abstract)
                                || class_implements(&st, st.methods[mi].class, cur_class);
                            if cur_is_iface && !matches!(m.body, Body::Abstract) && replaces {
                                vtable[slot] = mi;
                            }
                        }
                    }
                }
            }
        }
        // A core type shared with the other VM: its virtual methods follow ours.
        if let Some(ext) = st.core_extensions.remove(&c.name) {
            for fm in ext {
                let Ok(md) = parse_method(&fm.desc) else { continue };
                let mi = st.methods.len();
                st.by_method_id.insert(fm.id, mi);
                st.methods.push(Method {
                    id: fm.id,
                    class: idx,
                    name: fm.name,
                    desc: fm.desc,
                    md,
                    access: fm.access,
                    body: Body::Foreign,
                    vslot: Some(vtable.len() as u32),
                });
                method_idxs.push(mi);
                vtable.push(mi);
            }
        }
        for (slot, &mi) in vtable.iter().enumerate() {
            if st.methods[mi].class == idx && st.methods[mi].vslot.is_none() {
                st.methods[mi].vslot = Some(slot as u32);
            }
        }
        // Itable: every interface selector -> implementing method.
        let all_ifaces = chain_interfaces(&st, &c.interfaces, c.super_idx);
        let mut itable = HashMap::new();
        let mut iface_types = Vec::new();
        for &i in &all_ifaces {
            iface_types.push(st.classes[i].type_id);
            if c.is_interface {
                continue;
            }
            let ims: Vec<(String, String)> = st.classes[i]
                .methods
                .iter()
                .map(|&mi| (st.methods[mi].name.clone(), st.methods[mi].desc.clone()))
                .collect();
            for (n, d) in ims {
                if let Some(v) = vtable_slot(&st, &vtable, &n, &d).map(|slot| vtable[slot]) {
                    let sel = selector_in(&mut st, rt, self.home.get(), &n, &d);
                    itable.insert(sel, st.methods[v].id);
                }
            }
        }
        if c.is_interface {
            for &mi in &method_idxs {
                let (n, d) = (st.methods[mi].name.clone(), st.methods[mi].desc.clone());
                selector_in(&mut st, rt, self.home.get(), &n, &d);
            }
        }

        let core = core_type_of(&c.name);
        let adopted = core.and_then(|k| rt.core_type(k));
        let object_desc = st.by_name.get(OBJECT).map(|&o| st.classes[o].desc);
        let parent_desc = match c.super_idx {
            Some(s) => Some(st.classes[s].desc),
            None if c.is_interface => object_desc,
            None => None,
        };
        let kind = if c.is_interface {
            TypeKind::Interface
        } else if c.name == STRING {
            TypeKind::String
        } else if c.elem.is_some() {
            TypeKind::Array
        } else {
            TypeKind::Object
        };
        let (size, elem_is_ref, elem_desc, elem_type) = match c.elem {
            Some((t, ec)) => (t.size(), t == Ty::Ref, ec.map(|e| st.classes[e].desc), ec.map(|e| st.classes[e].type_id)),
            None if kind == TypeKind::String => (2, false, None, None),
            None => (c.size, false, None, None),
        };
        let init_byte: &'static AtomicU8 = Box::leak(Box::new(AtomicU8::new(0)));
        let vt_ids: Vec<MethodId> = vtable.iter().map(|&mi| st.methods[mi].id).collect();
        let desc = match adopted.and_then(|ty| rt.desc(ty)) {
            // The CLR defined this core type first: our class is a view of it.
            Some(shared) => {
                rt.adopt_core(c.type_id, &iface_types, &itable, c.statics.clone());
                shared
            }
            None => DescPtr::new(&DescSpec {
                type_id: c.type_id.0,
                kind,
                size,
                elem_is_ref,
                ref_offsets: &c.ref_offsets,
                elem_type: elem_desc,
                parent: parent_desc,
                vtable_len: vtable.len() as u32,
            }),
        };
        for (slot, &id) in vt_ids.iter().enumerate() {
            if adopted.is_some() {
                break;
            }
            if let Some(s) = rt.method_slot(id) {
                let code = s.load(std::sync::atomic::Ordering::Acquire);
                if code != 0 {
                    desc.set_vtable(slot as u32, code);
                }
            }
        }
        let got = if adopted.is_some() { c.type_id } else { rt.add_type(TypeEntry {
            name: c.name.clone(),
            home: self.home.get(),
            desc,
            parent: c.super_idx.map(|s| st.classes[s].type_id),
            interfaces: iface_types,
            elem: elem_type,
            vtable: vt_ids,
            itable,
            init_state: init_byte,
            statics: c.statics.clone(),
            variant: false,
        }) };
        if let (Some(k), None) = (core, adopted) {
            rt.register_core(k, got);
        }
        if got != c.type_id {
            return Err(LinkError::new("java/lang/InternalError", "type id mismatch"));
        }
        let needs_init = c.elem.is_none();
        if !needs_init {
            init_byte.store(INIT_DONE, std::sync::atomic::Ordering::Release);
        }
        st.by_name.insert(c.name.clone(), idx);
        st.by_type.insert(c.type_id, idx);
        st.classes.push(Class {
            name: c.name,
            type_id: c.type_id,
            desc,
            super_class: c.super_idx,
            interfaces: c.interfaces,
            access: c.access,
            fields: c.fields,
            methods: method_idxs,
            vtable,
            instance_size: c.size,
            ref_offsets: c.ref_offsets,
            statics: c.statics.map(|s| s.0),
            elem: c.elem,
            file: c.file,
            init: Cell::new(if needs_init { InitState::Uninit } else { InitState::Done }),
            init_byte,
            depth: c.depth,
            foreign: false,
        });
        Ok(idx)
    }

    fn load_array(&self, rt: &Runtime, name: &str, elem: &str) -> Result<ClassIdx, LinkError> {
        let ft = parse_field(elem).map_err(|_| LinkError::new("java/lang/NoClassDefFoundError", name.to_string()))?;
        let ty = Ty::of(&ft);
        let elem_class = match &ft {
            FieldType::Object(n) => Some(self.load(rt, n)?),
            FieldType::Array(_) => Some(self.load(rt, elem)?),
            _ => None,
        };
        let object = self.load(rt, OBJECT)?;
        let ifaces = ["java/lang/Cloneable", "java/io/Serializable"]
            .iter()
            .filter_map(|i| self.load(rt, i).ok())
            .collect();
        if let Some(c) = self.lookup(name) {
            return Ok(c);
        }
        self.finish_class(rt, ClassShape {
            name: name.to_string(),
            // `int[]` may be the CLR's already (one type in both VMs).
            type_id: core_type_of(name).and_then(|c| rt.core_type(c)).unwrap_or_else(|| rt.next_type_id()),
            super_idx: Some(object),
            interfaces: ifaces,
            access: access::PUBLIC | access::FINAL | access::ABSTRACT,
            is_interface: false,
            fields: Vec::new(),
            methods: Vec::new(),
            size: 0,
            ref_offsets: Vec::new(),
            statics: None,
            elem: Some((ty, elem_class)),
            file: None,
            depth: 1,
        })
    }

    /// The selector of an interface method (name, descriptor).
    pub fn selector(&self, rt: &Runtime, name: &str, desc: &str) -> u64 {
        selector_in(&mut self.state.borrow_mut(), rt, self.home.get(), name, desc)
    }

    /// Finds a method by name and descriptor in a class, its superclasses
    /// and then its superinterfaces (JVMS §5.4.3.3).
    pub fn find_method(&self, class: ClassIdx, name: &str, desc: &str) -> Option<MethodIdx> {
        let st = self.state.borrow();
        let mut cur = Some(class);
        while let Some(c) = cur {
            for &mi in &st.classes[c].methods {
                if st.methods[mi].name == name && st.methods[mi].desc == desc {
                    return Some(mi);
                }
            }
            cur = st.classes[c].super_class;
        }
        // Superinterfaces: prefer a non-abstract (default) method.
        let ifaces = chain_interfaces(&st, &st.classes[class].interfaces, st.classes[class].super_class);
        let mut abstract_hit = None;
        for i in ifaces {
            for &mi in &st.classes[i].methods {
                let m = &st.methods[mi];
                if m.name == name && m.desc == desc && m.is_virtual() {
                    if matches!(m.body, Body::Abstract) {
                        abstract_hit.get_or_insert(mi);
                    } else {
                        return Some(mi);
                    }
                }
            }
        }
        abstract_hit
    }

    /// Finds a field by name in a class, its interfaces and superclasses (§5.4.3.2).
    pub fn find_field(&self, class: ClassIdx, name: &str) -> Option<(ClassIdx, Field)> {
        let st = self.state.borrow();
        find_field_in(&st, class, name)
    }

    /// Is class `sub` the same as or a subclass/implementor of `sup`?
    pub fn is_subclass(&self, sub: ClassIdx, sup: ClassIdx) -> bool {
        let st = self.state.borrow();
        class_implements(&st, sub, sup)
    }

    /// Runs `<clinit>` of a class and its superclasses (JVMS §5.5).
    pub fn initialize_class(&self, rt: &Runtime, idx: ClassIdx) -> Result<(), ObjRef> {
        let (state, super_idx, name) = {
            let st = self.state.borrow();
            let c = &st.classes[idx];
            (c.init.get(), c.super_class, c.name.clone())
        };
        match state {
            InitState::Done | InitState::Running => return Ok(()),
            InitState::Failed => {
                return Err(self.new_throwable(
                    rt,
                    "java/lang/NoClassDefFoundError",
                    &format!("Could not initialize class {}", name.replace('/', ".")),
                ))
            }
            InitState::Uninit => {}
        }
        if self.state.borrow().classes[idx].foreign {
            // The other VM runs its own initializer.
            let ty = self.state.borrow().classes[idx].type_id;
            self.initialize_foreign(rt, ty)?;
            self.set_init(idx, InitState::Done);
            return Ok(());
        }
        self.set_init(idx, InitState::Running);
        if let Some(s) = super_idx {
            if let Err(e) = self.initialize_class(rt, s) {
                self.set_init(idx, InitState::Failed);
                return Err(e);
            }
        }
        // JVMS §5.5 step 7: superinterfaces that declare default methods.
        let ifaces = {
            let st = self.state.borrow();
            let mut all = Vec::new();
            if !st.classes[idx].is_interface() {
                collect_interfaces(&st, &st.classes[idx].interfaces, &mut all);
            }
            all.retain(|&i| {
                st.classes[i].methods.iter().any(|&mi| {
                    let m = &st.methods[mi];
                    !m.is_static() && !matches!(m.body, Body::Abstract) && !m.name.starts_with('<')
                })
            });
            all
        };
        for i in ifaces {
            if let Err(e) = self.initialize_class(rt, i) {
                self.set_init(idx, InitState::Failed);
                return Err(e);
            }
        }
        if let Err(e) = self.set_constants(rt, idx) {
            self.set_init(idx, InitState::Failed);
            return Err(e);
        }
        let clinit = {
            let st = self.state.borrow();
            st.classes[idx]
                .methods
                .iter()
                .find(|&&mi| st.methods[mi].name == "<clinit>" && st.methods[mi].desc == "()V")
                .map(|&mi| st.methods[mi].id)
        };
        if let Some(m) = clinit {
            if let Err(e) = rt.invoke(m, &[]) {
                self.set_init(idx, InitState::Failed);
                let is_error = self
                    .class_of_obj(rt, e)
                    .zip(self.lookup("java/lang/Error"))
                    .is_some_and(|(c, err)| self.is_subclass(c, err));
                if is_error {
                    return Err(e);
                }
                rt.push_handle(e);
                let wrapped = self.new_throwable_with_cause(rt, "java/lang/ExceptionInInitializerError", e);
                rt.pop_handles(rt.handle_mark() - 1);
                return Err(wrapped);
            }
        }
        self.set_init(idx, InitState::Done);
        Ok(())
    }

    fn set_init(&self, idx: ClassIdx, s: InitState) {
        let st = self.state.borrow();
        let c = &st.classes[idx];
        c.init.set(s);
        if s == InitState::Done {
            c.init_byte.store(INIT_DONE, std::sync::atomic::Ordering::Release);
        }
    }

    /// Stores `ConstantValue` attributes into static fields (JVMS §5.5 step 6).
    fn set_constants(&self, rt: &Runtime, idx: ClassIdx) -> Result<(), ObjRef> {
        let (fields, statics) = {
            let st = self.state.borrow();
            (st.classes[idx].fields.clone(), st.classes[idx].statics)
        };
        let Some(block) = statics else { return Ok(()) };
        for f in fields.iter().filter(|f| f.is_static) {
            let Some(c) = &f.constant else { continue };
            match (c, f.ty) {
                (Constant::Integer(v), t) => block.write_bits(f.offset, t.size(), *v as u64),
                (Constant::Long(v), _) => block.write_bits(f.offset, 8, *v as u64),
                (Constant::Float(v), _) => block.write_bits(f.offset, 4, u64::from(v.to_bits())),
                (Constant::Double(v), _) => block.write_bits(f.offset, 8, v.to_bits()),
                (Constant::String(s), _) => {
                    let units: Vec<u16> = s.encode_utf16().collect();
                    let o = self.intern(rt, &units)?;
                    block.write_ref(f.offset, Some(o));
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// The JVM class of an object.
    pub fn class_of_obj(&self, rt: &Runtime, o: ObjRef) -> Option<ClassIdx> {
        let ty = rt.type_of(o);
        let known = self.state.borrow().by_type.get(&ty).copied();
        // An object of the other VM: the Java view of its class.
        known.or_else(|| self.foreign_class_of(rt, ty))
    }

    /// The interned string with these UTF-16 units.
    pub fn intern(&self, rt: &Runtime, units: &[u16]) -> Result<ObjRef, ObjRef> {
        if let Some(&o) = self.state.borrow().interned.get(units) {
            return Ok(o);
        }
        let o = self.new_string(rt, units)?;
        self.state.borrow_mut().interned.insert(units.to_vec(), o);
        Ok(o)
    }

    /// A new string.
    pub fn new_string(&self, rt: &Runtime, units: &[u16]) -> Result<ObjRef, ObjRef> {
        let ty = self.string_type(rt)?;
        let o = rt.alloc_string(ty, units.len())?;
        rt.heap.borrow_mut().string_chars_mut(o).copy_from_slice(units);
        Ok(o)
    }

    /// A new string from Rust text.
    pub fn new_str(&self, rt: &Runtime, s: &str) -> Result<ObjRef, ObjRef> {
        let units: Vec<u16> = s.encode_utf16().collect();
        self.new_string(rt, &units)
    }

    fn string_type(&self, rt: &Runtime) -> Result<TypeId, ObjRef> {
        let idx = self.load(rt, STRING).map_err(|e| self.link_exception(rt, &e))?;
        Ok(self.state.borrow().classes[idx].type_id)
    }

    /// Builds the exception for a link error.
    pub fn link_exception(&self, rt: &Runtime, e: &LinkError) -> ObjRef {
        self.new_throwable(rt, e.class, &e.message)
    }

    /// Creates `new C(message)` for a Throwable class `C`.
    pub fn new_throwable(&self, rt: &Runtime, class: &str, message: &str) -> ObjRef {
        let msg = match self.new_str(rt, message) {
            Ok(m) => m,
            Err(e) => return e,
        };
        let mark = rt.handle_mark();
        rt.push_handle(msg);
        let r = self.construct(rt, class, "(Ljava/lang/String;)V", &[msg.addr() as u64]);
        rt.pop_handles(mark);
        r.unwrap_or_else(|e| e)
    }

    /// Creates `new C()` or `new C(cause)`.
    pub fn new_throwable_with_cause(&self, rt: &Runtime, class: &str, cause: ObjRef) -> ObjRef {
        self.construct(rt, class, "(Ljava/lang/Throwable;)V", &[cause.addr() as u64]).unwrap_or_else(|e| e)
    }

    /// Allocates an instance of `class` and runs its constructor `desc`.
    pub fn construct(&self, rt: &Runtime, class: &str, desc: &str, args: &[u64]) -> Result<ObjRef, ObjRef> {
        let idx = self.load(rt, class).map_err(|e| {
            eprintln!("twain: cannot load {}: {}", e.class, e.message);
            std::process::exit(70)
        })?;
        self.initialize_class(rt, idx)?;
        let ty = self.state.borrow().classes[idx].type_id;
        let ctor = self.find_method(idx, "<init>", desc).ok_or_else(|| {
            eprintln!("twain: {class} has no constructor {desc}");
            std::process::exit(70)
        })?;
        let mid = self.state.borrow().methods[ctor].id;
        let mark = rt.handle_mark();
        let o = rt.alloc_object(ty)?;
        rt.push_handle(o);
        let mut all = vec![o.addr() as u64];
        all.extend_from_slice(args);
        let r = rt.invoke(mid, &all);
        rt.pop_handles(mark);
        r.map(|_| o)
    }

    /// The `java.lang.Class` object of a class, created on first use.
    pub fn class_object(&self, rt: &Runtime, idx: ClassIdx) -> Result<ObjRef, ObjRef> {
        if let Some(&o) = self.state.borrow().class_objects.get(&idx) {
            return Ok(o);
        }
        let cls = self.load(rt, "java/lang/Class").map_err(|e| self.link_exception(rt, &e))?;
        let (ty, name_off) = {
            let st = self.state.borrow();
            let off = find_field_in(&st, cls, "name").map(|(_, f)| f.offset);
            (st.classes[cls].type_id, off)
        };
        let name = self.state.borrow().classes[idx].java_name();
        let o = rt.alloc_object(ty)?;
        rt.push_handle(o);
        let s = self.new_str(rt, &name);
        rt.pop_handles(rt.handle_mark() - 1);
        let s = s?;
        if let Some(off) = name_off {
            rt.heap.borrow_mut().write_ref(o, off, Some(s));
        }
        self.state.borrow_mut().class_objects.insert(idx, o);
        Ok(o)
    }

    /// The class a `Class` object stands for.
    pub fn class_of_class_object(&self, o: ObjRef) -> Option<ClassIdx> {
        self.state.borrow().class_objects.iter().find(|(_, &v)| v == o).map(|(&k, _)| k)
    }
}

/// Everything `finish_class` needs.
#[derive(Debug)]
pub(crate) struct ClassShape {
    pub name: String,
    pub type_id: TypeId,
    pub super_idx: Option<ClassIdx>,
    pub interfaces: Vec<ClassIdx>,
    pub access: u16,
    pub is_interface: bool,
    pub fields: Vec<Field>,
    pub methods: Vec<Method>,
    pub size: u32,
    pub ref_offsets: Vec<u32>,
    pub statics: Option<(StaticsBlock, Vec<u32>)>,
    pub elem: Option<(Ty, Option<ClassIdx>)>,
    pub file: Option<Rc<ClassFile>>,
    pub depth: u32,
}

impl Jvm {
    /// A non-abstract (default) method `name desc` of an interface `class`
    /// implements, searched through all its superinterfaces.
    fn default_method(&self, class: ClassIdx, name: &str, desc: &str) -> Option<MethodId> {
        let st = self.state.borrow();
        let mut all = Vec::new();
        let mut cur = Some(class);
        while let Some(c) = cur {
            collect_interfaces(&st, &st.classes[c].interfaces, &mut all);
            cur = st.classes[c].super_class;
        }
        all.iter().find_map(|&i| {
            st.classes[i].methods.iter().map(|&mi| &st.methods[mi]).find(|m| {
                m.name == name && m.desc == desc && !m.is_static() && !matches!(m.body, Body::Abstract)
            })
        })
        .map(|m| m.id)
    }
}

/// The core type (one type in both VMs) a class name denotes.
fn core_type_of(name: &str) -> Option<substrate::CoreType> {
    match name {
        OBJECT => Some(substrate::CoreType::Object),
        STRING => Some(substrate::CoreType::String),
        "java/lang/Throwable" => Some(substrate::CoreType::Throwable),
        _ => {
            use substrate::ArrayElem as E;
            let elem = match name {
                "[Z" => E::Bool,
                "[C" => E::Char,
                "[B" => E::I8,
                "[S" => E::I16,
                "[I" => E::I32,
                "[J" => E::I64,
                "[F" => E::F32,
                "[D" => E::F64,
                _ => return None,
            };
            Some(substrate::CoreType::PrimArray(elem))
        }
    }
}

/// The shared root slot (`substrate::root_slot`) of a method of `java.lang.Object`.
fn root_slot_of(name: &str, desc: &str) -> Option<u32> {
    use substrate::root_slot;
    Some(match (name, desc) {
        ("toString", "()Ljava/lang/String;") => root_slot::TO_STRING,
        ("equals", "(Ljava/lang/Object;)Z") => root_slot::EQUALS,
        ("hashCode", "()I") => root_slot::HASH_CODE,
        ("finalize", "()V") => root_slot::FINALIZE,
        ("clone", "()Ljava/lang/Object;") => root_slot::CLONE,
        _ => return None,
    })
}

fn selector_in(st: &mut State, rt: &Runtime, home: u8, name: &str, desc: &str) -> u64 {
    *st.selectors.entry((name.to_string(), desc.to_string())).or_insert_with(|| rt.new_selector(home))
}

fn collect_interfaces(st: &State, direct: &[ClassIdx], out: &mut Vec<ClassIdx>) {
    for &i in direct {
        if !out.contains(&i) {
            out.push(i);
            let sup = st.classes[i].interfaces.clone();
            collect_interfaces(st, &sup, out);
        }
    }
}

/// Every interface of a class: its direct ones and those of its superclass
/// chain, with their superinterfaces, each once.
fn chain_interfaces(st: &State, direct: &[ClassIdx], super_class: Option<ClassIdx>) -> Vec<ClassIdx> {
    let mut out = Vec::new();
    collect_interfaces(st, direct, &mut out);
    let mut cur = super_class;
    while let Some(c) = cur {
        collect_interfaces(st, &st.classes[c].interfaces, &mut out);
        cur = st.classes[c].super_class;
    }
    out
}

/// The vtable slot holding a method with this name and descriptor.
fn vtable_slot(st: &State, vtable: &[MethodIdx], name: &str, desc: &str) -> Option<usize> {
    vtable.iter().position(|&v| st.methods[v].name == name && st.methods[v].desc == desc)
}

fn class_implements(st: &State, sub: ClassIdx, sup: ClassIdx) -> bool {
    let mut cur = Some(sub);
    while let Some(c) = cur {
        if c == sup {
            return true;
        }
        let mut all = Vec::new();
        collect_interfaces(st, &st.classes[c].interfaces, &mut all);
        if all.contains(&sup) {
            return true;
        }
        cur = st.classes[c].super_class;
    }
    false
}

fn find_field_in(st: &State, class: ClassIdx, name: &str) -> Option<(ClassIdx, Field)> {
    let c = &st.classes[class];
    if let Some(f) = c.fields.iter().find(|f| f.name == name) {
        return Some((class, f.clone()));
    }
    for &i in &c.interfaces {
        if let Some(r) = find_field_in(st, i, name) {
            return Some(r);
        }
    }
    c.super_class.and_then(|s| find_field_in(st, s, name))
}

/// The substrate shape of a method descriptor.
pub fn shape_of(md: &crate::descriptor::MethodDescriptor, is_static: bool) -> Shape {
    let mut params = Vec::new();
    if !is_static {
        params.push(types::I64);
    }
    params.extend(md.params.iter().map(|p| Ty::of(p).clif()));
    Shape { params, ret: md.ret.as_ref().map(|r| Ty::of(r).clif()) }
}

impl Jvm {
    /// The runtime type a handler's `catch_type` names; `None` when it
    /// cannot be loaded (such a handler never matches).
    pub(crate) fn catch_type(&self, rt: &Runtime, name: &str) -> Option<TypeId> {
        let c = self.load(rt, name).ok()?;
        Some(self.state.borrow().classes[c].type_id)
    }
}

impl Frontend for Jvm {
    fn compile(&self, rt: &Runtime, method: MethodId, tier_up: bool) -> Result<(usize, Tier), ObjRef> {
        crate::lower::compile(self, rt, method, tier_up)
    }

    fn initialize(&self, rt: &Runtime, ty: TypeId) -> Result<(), ObjRef> {
        let idx = self.state.borrow().by_type.get(&ty).copied();
        match idx {
            Some(i) => self.initialize_class(rt, i),
            None => Ok(()),
        }
    }

    fn fault(&self, rt: &Runtime, fault: Fault, arg: i64) -> ObjRef {
        crate::natives::fault_exception(self, rt, fault, arg)
    }

    fn native(&self, rt: &Runtime, method: MethodId, args: &[u64]) -> Result<u64, ObjRef> {
        crate::natives::call(self, rt, method, args)
    }

    fn trace_roots(&self, visit: &mut dyn FnMut(ObjRef)) {
        let st = self.state.borrow();
        for &o in st.interned.values() {
            visit(o);
        }
        for &o in st.class_objects.values().chain(st.primitive_classes.values()) {
            visit(o);
        }
    }

    /// Java has no filters: a frame handles an exception when a typed
    /// entry of its exception table around `srcloc` (the bytecode offset of
    /// the call) matches; catch-any entries are `finally` blocks (javac
    /// writes `catch (Throwable t)` with its type).
    fn first_pass(
        &self,
        rt: &Runtime,
        method: MethodId,
        srcloc: Option<u32>,
        _fp: usize,
        exn: ObjRef,
        _run_filters: bool,
    ) -> (substrate::FirstPass, Vec<(u32, bool)>) {
        use substrate::FirstPass;
        // The catch types of the entries around `srcloc`, in table order.
        let types: Vec<String> = {
            let st = self.state.borrow();
            let Some(&mi) = st.by_method_id.get(&method) else { return (FirstPass::Unknown, Vec::new()) };
            let Body::Bytecode(code) = &st.methods[mi].body else { return (FirstPass::Continue, Vec::new()) };
            if code.exception_table.is_empty() {
                return (FirstPass::Continue, Vec::new());
            }
            let Some(pc) = srcloc else { return (FirstPass::Unknown, Vec::new()) };
            code.exception_table
                .iter()
                .filter(|h| u32::from(h.start_pc) <= pc && pc < u32::from(h.end_pc))
                .filter_map(|h| h.catch_type.clone())
                .collect()
        };
        let exn_ty = rt.type_of(exn);
        if types.iter().filter_map(|name| self.catch_type(rt, name)).any(|t| rt.catches(exn_ty, t)) {
            return (FirstPass::Handled, Vec::new());
        }
        (FirstPass::Continue, Vec::new())
    }

    fn leaf(&self, rt: &Runtime, method: MethodId) -> Option<substrate::leaf::LeafBody> {
        let m = {
            let st = self.state.borrow();
            st.methods[*st.by_method_id.get(&method)?].clone()
        };
        crate::lower::leaf_of(self, rt, &m)
    }

    fn frame_info(&self, _rt: &Runtime, method: MethodId, srcloc: Option<u32>) -> Option<substrate::FrameInfo> {
        let st = self.state.borrow();
        let &mi = st.by_method_id.get(&method)?;
        let m = &st.methods[mi];
        if matches!(m.body, Body::Foreign) {
            return None;
        }
        let class = &st.classes[m.class];
        let line = match (&m.body, srcloc) {
            (Body::Bytecode(code), Some(pc)) => code.line_for_pc(pc).map_or(-1, |l| l as i32),
            _ => -1,
        };
        Some(substrate::FrameInfo {
            class: class.java_name(),
            method: m.name.clone(),
            file: class.file.as_ref().and_then(|f| f.source_file.clone()),
            line,
            offset: srcloc.map_or(-1, |pc| pc as i32),
        })
    }

    fn resolve_missing(&self, rt: &Runtime, ty: TypeId, selector: u64) -> Result<MethodId, ObjRef> {
        let known = self.state.borrow().by_type.get(&ty).copied();
        let Some(class) = known.or_else(|| self.foreign_class_of(rt, ty)) else {
            return Err(self.new_throwable(rt, "java/lang/InternalError", "unknown type"));
        };
        let key = {
            let st = self.state.borrow();
            st.selectors.iter().find(|(_, &v)| v == selector).map(|(k, _)| k.clone())
        };
        let Some((name, desc)) = key else {
            return Err(self.new_throwable(rt, "java/lang/AbstractMethodError", "unresolved selector"));
        };
        let found = self.find_method(class, &name, &desc).and_then(|mi| {
            let st = self.state.borrow();
            let m = &st.methods[mi];
            // (an abstract interface method of the other VM is not an implementation)
            (!(matches!(m.body, Body::Foreign) && m.access & access::ABSTRACT != 0)).then_some(m.id)
        });
        // A class of the other VM: its own implementation (e.g. an explicit
        // .NET interface implementation), else a Java default method of an
        // interface it implements.
        let found = found
            .or_else(|| self.foreign_implementation(rt, ty, &name, &desc))
            .or_else(|| self.default_method(class, &name, &desc));
        match found {
            Some(id) => Ok(id),
            None => {
                let cname = self.state.borrow().classes[class].java_name();
                Err(self.new_throwable(
                    rt,
                    "java/lang/AbstractMethodError",
                    &format!("Receiver class {cname} does not define or inherit an implementation of the resolved method '{name}{desc}'"),
                ))
            }
        }
    }
}
