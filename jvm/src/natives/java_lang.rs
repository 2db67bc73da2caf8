//! Natives of java.lang: Object, String, System, Math, the boxed numbers,
//! Character, Thread and Runtime.

use super::{arg_f32, arg_f64, arg_i32, arg_i64, arg_obj, ret_f32, ret_f64, Ctx, Native};
use std::collections::HashMap;
use substrate::layout::{TypeKind, HEADER_SIZE};
use substrate::ObjRef;

pub(super) fn register(r: &mut HashMap<&'static str, Native>) {
    let list: &[(&'static str, Native)] = &[
        ("java/lang/Object.getClass()Ljava/lang/Class;", object_get_class),
        ("java/lang/Object.hashCode()I", identity_hash),
        ("java/lang/Object.clone()Ljava/lang/Object;", object_clone),
        ("java/lang/String.length()I", string_length),
        ("java/lang/String.charAt(I)C", string_char_at),
        ("java/lang/String.hashCode()I", string_hash),
        ("java/lang/String.equals(Ljava/lang/Object;)Z", string_equals),
        ("java/lang/String.intern()Ljava/lang/String;", string_intern),
        ("java/lang/String.fromChars([CII)Ljava/lang/String;", string_from_chars),
        ("java/lang/System.arraycopy(Ljava/lang/Object;ILjava/lang/Object;II)V", arraycopy),
        ("java/lang/System.nanoTime()J", nano_time),
        ("java/lang/System.currentTimeMillis()J", current_millis),
        ("java/lang/System.identityHashCode(Ljava/lang/Object;)I", identity_hash),
        ("java/lang/System.exit(I)V", exit),
        ("java/lang/System.gc()V", gc),
        ("java/lang/Double.doubleToRawLongBits(D)J", |_, a| Ok(arg_i64(a, 0) as u64)),
        ("java/lang/Double.longBitsToDouble(J)D", |_, a| Ok(arg_i64(a, 0) as u64)),
        ("java/lang/Float.floatToRawIntBits(F)I", |_, a| Ok(u64::from(arg_i32(a, 0) as u32))),
        ("java/lang/Float.intBitsToFloat(I)F", |_, a| Ok(u64::from(arg_i32(a, 0) as u32))),
        ("java/lang/Double.toString(D)Ljava/lang/String;", |c, a| {
            c.new_str(&crate::numfmt::java_double_to_string(arg_f64(a, 0)))
        }),
        ("java/lang/Float.toString(F)Ljava/lang/String;", |c, a| {
            c.new_str(&crate::numfmt::java_float_to_string(arg_f32(a, 0)))
        }),
        ("java/lang/Double.parseDouble(Ljava/lang/String;)D", parse_double),
        ("java/lang/Float.parseFloat(Ljava/lang/String;)F", parse_float),
        ("java/lang/Character.toUpperCaseCp(I)I", |_, a| Ok(map_cp(arg_i32(a, 0), true))),
        ("java/lang/Character.toLowerCaseCp(I)I", |_, a| Ok(map_cp(arg_i32(a, 0), false))),
        ("java/lang/Character.isLetterCp(I)Z", |_, a| Ok(cp_test(a, char::is_alphabetic))),
        ("java/lang/Character.isDigitCp(I)Z", |_, a| Ok(cp_test(a, char::is_numeric))),
        ("java/lang/Character.isUpperCaseCp(I)Z", |_, a| Ok(cp_test(a, char::is_uppercase))),
        ("java/lang/Character.isLowerCaseCp(I)Z", |_, a| Ok(cp_test(a, char::is_lowercase))),
        ("java/lang/Character.isAlphabeticCp(I)Z", |_, a| Ok(cp_test(a, char::is_alphabetic))),
        ("java/lang/Character.isWhitespaceCp(I)Z", |_, a| {
            Ok(cp_test(a, |c| c.is_whitespace() && c != '\u{a0}' && c != '\u{2007}' && c != '\u{202f}'))
        }),
        ("java/lang/Thread.sleep(J)V", |_, a| {
            std::thread::sleep(std::time::Duration::from_millis(arg_i64(a, 0).max(0) as u64));
            Ok(0)
        }),
        ("java/lang/Runtime.availableProcessors()I", |_, _| Ok(1)),
        ("java/lang/Thread.holdsLock(Ljava/lang/Object;)Z", |c, a| {
            let o = c.non_null(arg_obj(a, 0))?;
            Ok(u64::from(c.rt.heap.borrow().lock_count(o) > 0))
        }),
        ("java/lang/Runtime.totalMemory()J", |c, _| Ok(c.rt.heap.borrow().stats().heap_bytes as u64)),
        ("java/lang/Runtime.maxMemory()J", |_, _| Ok(4u64 << 30)),
        ("java/lang/Runtime.freeMemory()J", |c, _| {
            let s = c.rt.heap.borrow().stats();
            Ok(s.heap_bytes.saturating_sub(s.live_bytes_after_last_gc) as u64)
        }),
    ];
    for &(k, f) in list {
        r.insert(k, f);
    }
    macro_rules! math1 {
        ($($name:literal => $f:path),* $(,)?) => {$(
            r.insert(concat!("java/lang/Math.", $name, "(D)D"), |_, a| Ok(ret_f64($f(arg_f64(a, 0)))));
            r.insert(concat!("java/lang/StrictMath.", $name, "(D)D"), |_, a| Ok(ret_f64($f(arg_f64(a, 0)))));
        )*};
    }
    math1! {
        "sin" => f64::sin, "cos" => f64::cos, "tan" => f64::tan, "asin" => f64::asin, "acos" => f64::acos,
        "atan" => f64::atan, "exp" => f64::exp, "log" => f64::ln, "log10" => f64::log10, "sqrt" => f64::sqrt,
        "cbrt" => f64::cbrt, "sinh" => f64::sinh, "cosh" => f64::cosh, "tanh" => f64::tanh,
        "expm1" => f64::exp_m1, "log1p" => f64::ln_1p, "floor" => f64::floor, "ceil" => f64::ceil,
        "rint" => f64::round_ties_even,
    }
    r.insert("java/lang/Math.atan2(DD)D", |_, a| Ok(ret_f64(arg_f64(a, 0).atan2(arg_f64(a, 1)))));
    r.insert("java/lang/Math.pow(DD)D", |_, a| Ok(ret_f64(java_pow(arg_f64(a, 0), arg_f64(a, 1)))));
    r.insert("java/lang/Math.hypot(DD)D", |_, a| Ok(ret_f64(arg_f64(a, 0).hypot(arg_f64(a, 1)))));
    r.insert("java/lang/StrictMath.pow(DD)D", |_, a| Ok(ret_f64(java_pow(arg_f64(a, 0), arg_f64(a, 1)))));
}

/// `Math.pow` with Java's special cases where Rust's `powf` differs.
fn java_pow(x: f64, y: f64) -> f64 {
    if y.is_nan() || (x.is_nan() && y != 0.0) {
        return f64::NAN;
    }
    if (x == 1.0 || x == -1.0) && y.is_infinite() {
        return f64::NAN;
    }
    x.powf(y)
}

fn cp_test(a: &[u64], f: fn(char) -> bool) -> u64 {
    u64::from(char::from_u32(arg_i32(a, 0) as u32).is_some_and(f))
}

fn map_cp(cp: i32, upper: bool) -> u64 {
    let Some(c) = char::from_u32(cp as u32) else { return cp as u32 as u64 };
    let mut it: Box<dyn Iterator<Item = char>> = if upper { Box::new(c.to_uppercase()) } else { Box::new(c.to_lowercase()) };
    // Java's char mapping is one-to-one; a multi-char mapping keeps the char.
    match (it.next(), it.next()) {
        (Some(m), None) => u64::from(m as u32),
        _ => u64::from(cp as u32),
    }
}

fn object_get_class(c: &Ctx<'_>, a: &[u64]) -> Result<u64, ObjRef> {
    let o = c.non_null(arg_obj(a, 0))?;
    let Some(idx) = c.jvm.class_of_obj(c.rt, o) else { return c.throw("java/lang/InternalError", "no class") };
    c.jvm.class_object(c.rt, idx).map(|o| o.addr() as u64)
}

fn identity_hash(c: &Ctx<'_>, a: &[u64]) -> Result<u64, ObjRef> {
    match arg_obj(a, 0) {
        Some(o) => Ok(u64::from(c.rt.heap.borrow_mut().identity_hash(o) as u32)),
        None => Ok(0),
    }
}

fn object_clone(c: &Ctx<'_>, a: &[u64]) -> Result<u64, ObjRef> {
    let o = c.non_null(arg_obj(a, 0))?;
    let ty = c.rt.type_of(o);
    let desc = c.rt.desc(ty).ok_or_else(|| c.jvm.new_throwable(c.rt, "java/lang/InternalError", "no type"))?;
    let kind = desc.get().kind;
    if kind == TypeKind::Array as u32 || kind == TypeKind::String as u32 {
        let len = c.rt.heap.borrow().array_len(o);
        let copy = c.rt.alloc_array(ty, len as i32)?;
        let _ = c.rt.heap.borrow_mut().array_copy(o, 0, copy, 0, len);
        return Ok(copy.addr() as u64);
    }
    let cloneable = c.jvm.lookup("java/lang/Cloneable");
    let class = c.jvm.class_of_obj(c.rt, o);
    if !matches!((class, cloneable), (Some(k), Some(cl)) if c.jvm.is_subclass(k, cl)) {
        let name = class.map(|k| c.jvm.state.borrow().classes[k].java_name()).unwrap_or_default();
        return c.throw("java/lang/CloneNotSupportedException", &name);
    }
    let copy = c.rt.alloc_object(ty)?;
    let size = desc.get().size;
    let mut heap = c.rt.heap.borrow_mut();
    let mut off = HEADER_SIZE;
    while off + 8 <= size {
        let v: u64 = heap.read(o, off);
        heap.write(copy, off, v);
        off += 8;
    }
    while off < size {
        let v: u8 = heap.read(o, off);
        heap.write(copy, off, v);
        off += 1;
    }
    Ok(copy.addr() as u64)
}

fn string_length(c: &Ctx<'_>, a: &[u64]) -> Result<u64, ObjRef> {
    let s = c.non_null(arg_obj(a, 0))?;
    Ok(u64::from(c.rt.heap.borrow().array_len(s)))
}

fn string_char_at(c: &Ctx<'_>, a: &[u64]) -> Result<u64, ObjRef> {
    let s = c.non_null(arg_obj(a, 0))?;
    let i = arg_i32(a, 1);
    let unit = {
        let heap = c.rt.heap.borrow();
        let chars = heap.string_chars(s);
        usize::try_from(i).ok().and_then(|i| chars.get(i).copied()).ok_or(chars.len())
    };
    match unit {
        Ok(u) => Ok(u64::from(u)),
        Err(_) => Err(c
            .jvm
            .construct(c.rt, "java/lang/StringIndexOutOfBoundsException", "(I)V", &[u64::from(i as u32)])
            .unwrap_or_else(|e| e)),
    }
}

/// Java's `String.hashCode`: s[0]*31^(n-1) + ... + s[n-1], cached in the string.
fn string_hash(c: &Ctx<'_>, a: &[u64]) -> Result<u64, ObjRef> {
    let s = c.non_null(arg_obj(a, 0))?;
    let off = substrate::layout::STRING_HASH_OFFSET as u32;
    let cached = c.rt.heap.borrow().read_i32(s, off);
    if cached != 0 {
        return Ok(u64::from(cached as u32));
    }
    let h = c.rt.heap.borrow().string_chars(s).iter().fold(0i32, |h, &u| h.wrapping_mul(31).wrapping_add(i32::from(u)));
    c.rt.heap.borrow_mut().write_i32(s, off, h);
    Ok(u64::from(h as u32))
}

fn string_equals(c: &Ctx<'_>, a: &[u64]) -> Result<u64, ObjRef> {
    let s = c.non_null(arg_obj(a, 0))?;
    let Some(o) = arg_obj(a, 1) else { return Ok(0) };
    if s == o {
        return Ok(1);
    }
    if c.rt.type_of(o) != c.rt.type_of(s) {
        return Ok(0);
    }
    let heap = c.rt.heap.borrow();
    Ok(u64::from(heap.string_chars(s) == heap.string_chars(o)))
}

fn string_intern(c: &Ctx<'_>, a: &[u64]) -> Result<u64, ObjRef> {
    let s = c.non_null(arg_obj(a, 0))?;
    let units = c.chars(s);
    if let Some(&o) = c.jvm.state.borrow().interned.get(&units) {
        return Ok(o.addr() as u64);
    }
    c.jvm.state.borrow_mut().interned.insert(units, s);
    Ok(s.addr() as u64)
}

fn string_from_chars(c: &Ctx<'_>, a: &[u64]) -> Result<u64, ObjRef> {
    let v = c.non_null(arg_obj(a, 0))?;
    let (off, count) = (arg_i32(a, 1), arg_i32(a, 2));
    let len = c.rt.heap.borrow().array_len(v) as i64;
    if off < 0 || count < 0 || i64::from(off) + i64::from(count) > len {
        return c.throw(
            "java/lang/StringIndexOutOfBoundsException",
            &format!("offset {off}, count {count}, length {len}"),
        );
    }
    let units: Vec<u16> = c.rt.heap.borrow().array_data::<u16>(v)[off as usize..(off + count) as usize].to_vec();
    c.jvm.new_string(c.rt, &units).map(|o| o.addr() as u64)
}

fn arraycopy(c: &Ctx<'_>, a: &[u64]) -> Result<u64, ObjRef> {
    let src = c.non_null(arg_obj(a, 0))?;
    let dst = c.non_null(arg_obj(a, 2))?;
    let (sp, dp, len) = (arg_i32(a, 1), arg_i32(a, 3), arg_i32(a, 4));
    let array_kind = |o: ObjRef| c.rt.desc(c.rt.type_of(o)).map(|d| d.get().kind == TypeKind::Array as u32).unwrap_or(false);
    let type_name = |o: ObjRef| {
        c.jvm.class_of_obj(c.rt, o).map(|k| {
            let st = c.jvm.state.borrow();
            let cl = &st.classes[k];
            if cl.is_array() {
                crate::natives::pretty_type(&crate::descriptor::parse_field(&cl.name).unwrap_or(crate::descriptor::FieldType::Int))
            } else {
                cl.java_name()
            }
        })
    };
    if !array_kind(src) {
        return c.throw(
            "java/lang/ArrayStoreException",
            &format!("arraycopy: source type {} is not an array", type_name(src).unwrap_or_default()),
        );
    }
    if !array_kind(dst) {
        return c.throw(
            "java/lang/ArrayStoreException",
            &format!("arraycopy: destination type {} is not an array", type_name(dst).unwrap_or_default()),
        );
    }
    let (sd, dd) = (c.rt.desc(c.rt.type_of(src)), c.rt.desc(c.rt.type_of(dst)));
    let (Some(sd), Some(dd)) = (sd, dd) else { return Ok(0) };
    let (s_ref, d_ref) = (sd.get().elem_is_ref != 0, dd.get().elem_is_ref != 0);
    if s_ref != d_ref || (!s_ref && sd.get().type_id != dd.get().type_id) {
        return c.throw(
            "java/lang/ArrayStoreException",
            &format!(
                "arraycopy: type mismatch: can not copy {} into {}",
                type_name(src).unwrap_or_default(),
                type_name(dst).unwrap_or_default()
            ),
        );
    }
    let (slen, dlen) = {
        let h = c.rt.heap.borrow();
        (h.array_len(src) as i64, h.array_len(dst) as i64)
    };
    if sp < 0 || dp < 0 || len < 0 || i64::from(sp) + i64::from(len) > slen || i64::from(dp) + i64::from(len) > dlen {
        let msg = if len < 0 {
            format!("arraycopy: length {len} is negative")
        } else if sp < 0 {
            format!("arraycopy: source index {sp} out of bounds for {}", type_len(c, src, slen))
        } else if dp < 0 {
            format!("arraycopy: destination index {dp} out of bounds for {}", type_len(c, dst, dlen))
        } else if i64::from(sp) + i64::from(len) > slen {
            format!("arraycopy: last source index {} out of bounds for {}", i64::from(sp) + i64::from(len), type_len(c, src, slen))
        } else {
            format!("arraycopy: last destination index {} out of bounds for {}", i64::from(dp) + i64::from(len), type_len(c, dst, dlen))
        };
        return c.throw("java/lang/ArrayIndexOutOfBoundsException", &msg);
    }
    if s_ref && sd.get().type_id != dd.get().type_id {
        // Element-wise store checks; copy the prefix that passes.
        let elem = c.rt.with_type(c.rt.type_of(dst), |t| t.elem).flatten();
        let vals: Vec<Option<ObjRef>> = c.rt.heap.borrow().ref_array(src)[sp as usize..(sp + len) as usize].to_vec();
        for (i, v) in vals.iter().enumerate() {
            if let (Some(v), Some(e)) = (v, elem) {
                if !c.rt.is_subtype(c.rt.type_of(*v), e) {
                    let vname = type_name(*v).unwrap_or_default();
                    let dname = type_name(dst).unwrap_or_default();
                    return c.throw(
                        "java/lang/ArrayStoreException",
                        &format!("arraycopy: element type mismatch: can not cast one of the elements of {} to the type of the destination array, {}", vname, dname.trim_end_matches("[]")),
                    );
                }
            }
            let off = substrate::heap::element_offset((dp as usize + i) as u32, 8).unwrap_or(0);
            c.rt.heap.borrow_mut().write_ref(dst, off, *v);
        }
        return Ok(0);
    }
    let _ = c.rt.heap.borrow_mut().array_copy(src, sp as u32, dst, dp as u32, len as u32);
    Ok(0)
}

fn type_len(c: &Ctx<'_>, o: ObjRef, len: i64) -> String {
    let name = c
        .jvm
        .class_of_obj(c.rt, o)
        .map(|k| {
            let st = c.jvm.state.borrow();
            crate::natives::pretty_type(&crate::descriptor::parse_field(&st.classes[k].name).unwrap_or(crate::descriptor::FieldType::Int))
        })
        .unwrap_or_default();
    let base = name.trim_end_matches("[]");
    let base = if base.contains('.') { "object array".to_string() } else { base.to_string() };
    format!("{base}[{len}]")
}

fn nano_time(_: &Ctx<'_>, _: &[u64]) -> Result<u64, ObjRef> {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    let start = START.get_or_init(std::time::Instant::now);
    Ok((start.elapsed().as_nanos() as u64).wrapping_add(1 << 40))
}

fn current_millis(_: &Ctx<'_>, _: &[u64]) -> Result<u64, ObjRef> {
    let d = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    Ok(d.as_millis() as u64)
}

fn exit(_: &Ctx<'_>, a: &[u64]) -> Result<u64, ObjRef> {
    super::java_io::flush_all();
    std::process::exit(arg_i32(a, 0))
}

fn gc(c: &Ctx<'_>, _: &[u64]) -> Result<u64, ObjRef> {
    c.rt.collect();
    Ok(0)
}

fn parse_double(c: &Ctx<'_>, a: &[u64]) -> Result<u64, ObjRef> {
    let Some(s) = arg_obj(a, 0) else { return c.throw("java/lang/NullPointerException", "") };
    match parse_java_float(&c.string(s)) {
        Ok(v) => Ok(ret_f64(v)),
        Err(msg) => c.throw("java/lang/NumberFormatException", &msg),
    }
}

fn parse_float(c: &Ctx<'_>, a: &[u64]) -> Result<u64, ObjRef> {
    let Some(s) = arg_obj(a, 0) else { return c.throw("java/lang/NullPointerException", "") };
    let text = c.string(s);
    match parse_java_float(&text) {
        // Decimal strings round once, straight to float.
        Ok(v) => Ok(ret_f32(decimal_body(&text).and_then(|b| b.parse::<f32>().ok()).unwrap_or(v as f32))),
        Err(msg) => c.throw("java/lang/NumberFormatException", &msg),
    }
}

/// The signed decimal part of a float literal (no suffix), if it is plain decimal.
fn decimal_body(s: &str) -> Option<String> {
    let t = s.trim_matches(|c: char| c <= ' ');
    let t = t.strip_suffix(['f', 'F', 'd', 'D']).unwrap_or(t);
    let ok = !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'));
    ok.then(|| t.to_string())
}

/// `Double.parseDouble`'s grammar (decimal, hexadecimal `0x1.8p1`, NaN,
/// Infinity, optional sign and f/F/d/D suffix, surrounding whitespace) with
/// FloatingDecimal's error messages.
fn parse_java_float(s: &str) -> Result<f64, String> {
    let bad = || format!("For input string: \"{s}\"");
    let t = s.trim_matches(|c: char| c <= ' ');
    if t.is_empty() {
        return Err("empty String".into());
    }
    let (neg, body) = match t.as_bytes()[0] {
        b'-' => (true, &t[1..]),
        b'+' => (false, &t[1..]),
        _ => (false, t),
    };
    let v = match body {
        "NaN" => f64::NAN,
        "Infinity" => f64::INFINITY,
        _ if body.starts_with("0x") || body.starts_with("0X") => parse_hex_float(&body[2..]).ok_or_else(bad)?,
        _ => {
            let b = body.strip_suffix(['f', 'F', 'd', 'D']).unwrap_or(body);
            let (mant, exp) = match b.find(['e', 'E']) {
                Some(i) => (&b[..i], Some(&b[i + 1..])),
                None => (b, None),
            };
            if mant.matches('.').count() > 1 {
                return Err("multiple points".into());
            }
            let digits = mant.chars().filter(char::is_ascii_digit).count();
            if digits == 0 || !mant.chars().all(|c| c.is_ascii_digit() || c == '.') {
                return Err(bad());
            }
            if let Some(e) = exp {
                let e = e.strip_prefix(['+', '-']).unwrap_or(e);
                if e.is_empty() || !e.chars().all(|c| c.is_ascii_digit()) {
                    return Err(bad());
                }
            }
            b.parse::<f64>().map_err(|_| bad())?
        }
    };
    Ok(if neg { -v } else { v })
}

/// Hexadecimal significand and binary exponent: `1.8p1` = 3.0.
fn parse_hex_float(s: &str) -> Option<f64> {
    let s = s.strip_suffix(['f', 'F', 'd', 'D']).unwrap_or(s);
    let (mant, exp) = s.split_once(['p', 'P'])?;
    let exp: i32 = exp.parse().ok()?;
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let mut v = 0f64;
    for ch in int.chars() {
        v = v * 16.0 + f64::from(ch.to_digit(16)?);
    }
    let mut scale = 1.0 / 16.0;
    for ch in frac.chars() {
        v += f64::from(ch.to_digit(16)?) * scale;
        scale /= 16.0;
    }
    Some(v * 2f64.powi(exp))
}
