//! Natives of java.util and java.lang.ref: floating-point digits for
//! Formatter, and weak references.

use super::{arg_f64, arg_i32, arg_obj, Ctx, Native};
use std::collections::HashMap;

pub(super) fn register(r: &mut HashMap<&'static str, Native>) {
    r.insert("java/util/Formatter.formatDouble(DCI)Ljava/lang/String;", |c, a| {
        let conv = char::from_u32(arg_i32(a, 1) as u32).unwrap_or('f');
        match crate::numfmt::java_format_double(arg_f64(a, 0), conv, arg_i32(a, 2)) {
            Some(s) => c.new_str(&s),
            None => c.throw("java/util/UnknownFormatConversionException", &format!("Conversion = '{conv}'")),
        }
    });
    r.insert("java/lang/ref/Reference.registerWeak()V", register_weak);
    r.insert("java/lang/ref/WeakReference.registerWeak()V", register_weak);
}

fn register_weak(c: &Ctx<'_>, a: &[u64]) -> Result<u64, substrate::ObjRef> {
    let o = c.non_null(arg_obj(a, 0))?;
    let Some(class) = c.jvm.class_of_obj(c.rt, o) else { return Ok(0) };
    if let Some((_, f)) = c.jvm.find_field(class, "referent") {
        c.rt.heap.borrow_mut().register_weak(o, f.offset);
    }
    Ok(0)
}
