//! Natives of java.lang.Throwable: capturing the managed call stack and
//! naming its frames (JVMS has no bytecode for this; HotSpot does it in C++).

use super::{arg_i32, Ctx, Native};
use crate::model::Body;
use std::collections::HashMap;
use substrate::code::CodeKind;
use substrate::heap::element_offset;
use substrate::{MethodId, ObjRef};

pub(super) fn register(r: &mut HashMap<&'static str, Native>) {
    r.insert("java/lang/Throwable.captureBacktrace()[I", capture);
    r.insert("java/lang/Throwable.backtraceClassName(I)Ljava/lang/String;", |c, a| {
        let name = frame_method(c, arg_i32(a, 0)).map(|(cl, _, _)| cl);
        name.map_or(Ok(0), |n| c.new_str(&n))
    });
    r.insert("java/lang/Throwable.backtraceMethodName(I)Ljava/lang/String;", |c, a| {
        let name = frame_method(c, arg_i32(a, 0)).map(|(_, m, _)| m);
        name.map_or(Ok(0), |n| c.new_str(&n))
    });
    r.insert("java/lang/Throwable.backtraceFileName(I)Ljava/lang/String;", |c, a| {
        let file = frame_method(c, arg_i32(a, 0)).and_then(|(_, _, f)| f);
        file.map_or(Ok(0), |f| c.new_str(&f))
    });
}

/// (dotted class name, method name, source file) of a method id; a frame
/// of the other VM's code as that VM describes it.
fn frame_method(c: &Ctx<'_>, id: i32) -> Option<(String, String, Option<String>)> {
    {
        let st = c.jvm.state.borrow();
        if let Some(&mi) = st.by_method_id.get(&MethodId(id as u32)).filter(|&&mi| !matches!(st.methods[mi].body, Body::Foreign)) {
            let m = &st.methods[mi];
            let class = &st.classes[m.class];
            let file = class.file.as_ref().and_then(|f| f.source_file.clone());
            return Some((class.java_name(), m.name.clone(), file));
        }
    }
    let f = c.rt.frame_info(MethodId(id as u32), None)?;
    Some((f.class, f.method, f.file))
}

/// `int[]` of (method id, line) pairs for the current stack, innermost
/// first, without the frames that are building the exception.
fn capture(c: &Ctx<'_>, _: &[u64]) -> Result<u64, ObjRef> {
    // HotSpot keeps at most 1024 frames (MaxJavaStackTraceDepth); a few more
    // are walked for the frames of the exception's own construction.
    let frames = c.rt.backtrace(1024 + 64);
    let throwable = c.jvm.lookup("java/lang/Throwable");
    let mut out: Vec<i32> = Vec::new();
    let mut skipping_ctors = true;
    let mut skipping_fill = true;
    for (kind, srcloc) in frames {
        let CodeKind::Method(id) = kind else { continue };
        let info = {
            let st = c.jvm.state.borrow();
            st.by_method_id.get(&MethodId(id)).filter(|&&mi| !matches!(st.methods[mi].body, Body::Foreign)).map(|&mi| {
                let m = &st.methods[mi];
                let line = match (&m.body, srcloc) {
                    (Body::Bytecode(code), Some(pc)) => code.line_for_pc(pc).map_or(-1, |l| l as i32),
                    (Body::Native, _) => -2,
                    _ => -1,
                };
                (m.name.clone(), m.class, line, st.classes[m.class].name.contains("$$Lambda$"))
            })
        };
        let Some((name, class, line, hidden)) = info else {
            // A frame of the other VM (a C# method Java code called, or that called Java).
            if let Some(f) = c.rt.frame_info(MethodId(id), srcloc) {
                skipping_fill = false;
                skipping_ctors = false;
                out.push(id as i32);
                out.push(f.line);
            }
            continue;
        };
        if hidden {
            continue;
        }
        if skipping_fill {
            if name == "captureBacktrace" || name == "fillInStackTrace" {
                continue;
            }
            skipping_fill = false;
        }
        if skipping_ctors {
            let is_throwable = throwable.is_some_and(|t| c.jvm.is_subclass(class, t));
            if name == "<init>" && is_throwable {
                continue;
            }
            skipping_ctors = false;
        }
        out.push(id as i32);
        out.push(line);
        if out.len() >= 2 * 1024 {
            break;
        }
    }
    let ty = c.jvm.load(c.rt, "[I").map_err(|e| c.jvm.link_exception(c.rt, &e))?;
    let ty = c.jvm.state.borrow().classes[ty].type_id;
    let arr = c.rt.alloc_array(ty, out.len() as i32)?;
    let mut heap = c.rt.heap.borrow_mut();
    for (i, v) in out.iter().enumerate() {
        heap.write_i32(arr, element_offset(i as u32, 4).unwrap_or(0), *v);
    }
    Ok(arr.addr() as u64)
}
