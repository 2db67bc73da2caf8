//! Natives of java.lang.Class.

use super::{arg_obj, ret_obj, Ctx, Native};
use std::collections::HashMap;
use substrate::ObjRef;

pub(super) fn register(r: &mut HashMap<&'static str, Native>) {
    let list: &[(&'static str, Native)] = &[
        ("java/lang/Class.isInterface()Z", |c, a| Ok(u64::from(with_class(c, a, |k| k.is_interface())?))),
        ("java/lang/Class.isArray()Z", |c, a| Ok(u64::from(with_class(c, a, |k| k.is_array())?))),
        ("java/lang/Class.isPrimitive()Z", |c, a| {
            let o = c.non_null(arg_obj(a, 0))?;
            Ok(u64::from(c.jvm.state.borrow().primitive_classes.values().any(|&p| p == o)))
        }),
        ("java/lang/Class.getPrimitiveClass(Ljava/lang/String;)Ljava/lang/Class;", primitive_class),
        ("java/lang/reflect/Array.newArray(Ljava/lang/Class;I)Ljava/lang/Object;", new_array),
        ("java/lang/Class.isInstance(Ljava/lang/Object;)Z", is_instance),
        ("java/lang/Class.isAssignableFrom(Ljava/lang/Class;)Z", is_assignable),
        ("java/lang/Class.getSuperclass()Ljava/lang/Class;", superclass),
        ("java/lang/Class.getComponentType()Ljava/lang/Class;", component),
        ("java/lang/Class.getEnumConstants()[Ljava/lang/Object;", enum_constants),
    ];
    for &(k, f) in list {
        r.insert(k, f);
    }
}

/// The `Class` object of a primitive type (`int`, ...), made on first use.
fn primitive_class(c: &Ctx<'_>, a: &[u64]) -> Result<u64, ObjRef> {
    let name = c.string(c.non_null(arg_obj(a, 0))?);
    if let Some(&o) = c.jvm.state.borrow().primitive_classes.get(&name) {
        return Ok(o.addr() as u64);
    }
    let cls = c.jvm.load(c.rt, "java/lang/Class").map_err(|e| c.jvm.link_exception(c.rt, &e))?;
    let (ty, off) = {
        let st = c.jvm.state.borrow();
        (st.classes[cls].type_id, c.jvm.find_field(cls, "name").map(|(_, f)| f.offset))
    };
    let o = c.rt.alloc_object(ty)?;
    c.rt.push_handle(o);
    let s = c.jvm.new_str(c.rt, &name)?;
    if let Some(off) = off {
        c.rt.heap.borrow_mut().write_ref(o, off, Some(s));
    }
    c.jvm.state.borrow_mut().primitive_classes.insert(name, o);
    Ok(o.addr() as u64)
}

/// `java.lang.reflect.Array.newInstance` for one dimension.
fn new_array(c: &Ctx<'_>, a: &[u64]) -> Result<u64, ObjRef> {
    let comp = c.non_null(arg_obj(a, 0))?;
    let len = super::arg_i32(a, 1);
    let prim = c.jvm.state.borrow().primitive_classes.iter().find(|(_, &v)| v == comp).map(|(k, _)| k.clone());
    let name = match prim.as_deref() {
        Some("int") => "[I".to_string(),
        Some("long") => "[J".to_string(),
        Some("double") => "[D".to_string(),
        Some("float") => "[F".to_string(),
        Some("char") => "[C".to_string(),
        Some("byte") => "[B".to_string(),
        Some("short") => "[S".to_string(),
        Some("boolean") => "[Z".to_string(),
        Some(other) => return c.throw("java/lang/IllegalArgumentException", other),
        None => {
            let k = c.jvm.class_of_class_object(comp).ok_or_else(|| c.jvm.new_throwable(c.rt, "java/lang/InternalError", "class"))?;
            let n = c.jvm.state.borrow().classes[k].name.clone();
            if n.starts_with('[') { format!("[{n}") } else { format!("[L{n};") }
        }
    };
    let k = c.jvm.load(c.rt, &name).map_err(|e| c.jvm.link_exception(c.rt, &e))?;
    let ty = c.jvm.state.borrow().classes[k].type_id;
    c.rt.alloc_array(ty, len).map(|o| o.addr() as u64)
}

fn class_idx(c: &Ctx<'_>, a: &[u64], i: usize) -> Result<usize, ObjRef> {
    let o = c.non_null(arg_obj(a, i))?;
    match c.jvm.class_of_class_object(o) {
        Some(k) => Ok(k),
        None => c.throw("java/lang/InternalError", "not a class object"),
    }
}

fn with_class<R>(c: &Ctx<'_>, a: &[u64], f: impl FnOnce(&crate::model::Class) -> R) -> Result<R, ObjRef> {
    let k = class_idx(c, a, 0)?;
    Ok(f(&c.jvm.state.borrow().classes[k]))
}

fn is_instance(c: &Ctx<'_>, a: &[u64]) -> Result<u64, ObjRef> {
    let k = class_idx(c, a, 0)?;
    let Some(o) = arg_obj(a, 1) else { return Ok(0) };
    let ty = c.jvm.state.borrow().classes[k].type_id;
    Ok(u64::from(c.rt.is_subtype(c.rt.type_of(o), ty)))
}

fn is_assignable(c: &Ctx<'_>, a: &[u64]) -> Result<u64, ObjRef> {
    let k = class_idx(c, a, 0)?;
    let other = class_idx(c, a, 1)?;
    let st = c.jvm.state.borrow();
    let (t, o) = (st.classes[k].type_id, st.classes[other].type_id);
    drop(st);
    Ok(u64::from(c.rt.is_subtype(o, t)))
}

fn superclass(c: &Ctx<'_>, a: &[u64]) -> Result<u64, ObjRef> {
    let k = class_idx(c, a, 0)?;
    let sup = {
        let st = c.jvm.state.borrow();
        if st.classes[k].is_interface() {
            None
        } else {
            st.classes[k].super_class
        }
    };
    match sup {
        Some(s) => c.jvm.class_object(c.rt, s).map(|o| o.addr() as u64),
        None => Ok(0),
    }
}

fn component(c: &Ctx<'_>, a: &[u64]) -> Result<u64, ObjRef> {
    let k = class_idx(c, a, 0)?;
    let e = c.jvm.state.borrow().classes[k].elem.and_then(|(_, e)| e);
    match e {
        Some(e) => c.jvm.class_object(c.rt, e).map(|o| o.addr() as u64),
        None => Ok(ret_obj(None)),
    }
}

/// Calls the enum's static `values()`; null for a class that is not an enum.
fn enum_constants(c: &Ctx<'_>, a: &[u64]) -> Result<u64, ObjRef> {
    let k = class_idx(c, a, 0)?;
    let (is_enum, name) = {
        let st = c.jvm.state.borrow();
        (st.classes[k].access & crate::classfile::access::ENUM != 0, st.classes[k].name.clone())
    };
    if !is_enum {
        return Ok(0);
    }
    let desc = format!("()[L{name};");
    let Some(mi) = c.jvm.find_method(k, "values", &desc) else { return Ok(0) };
    c.jvm.initialize_class(c.rt, k)?;
    let id = c.jvm.state.borrow().methods[mi].id;
    c.rt.invoke(id, &[])
}
