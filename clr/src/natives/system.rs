//! The natives of NATIVES.txt, by key.

use super::{box_at, null_ref, obj, prim_of, type_object, type_of_type_object, Native, DATA};
use substrate::console;
use crate::model::{Kind, MethodInfo, Prim, Repr, TyId, TyKey};
use crate::vm::Clr;
use substrate::jit::{read_bytes, write_bytes};
use substrate::layout::HEADER_SIZE;
use substrate::{ObjRef, TypeId};

type R = Result<u64, ObjRef>;

fn f(a: u64) -> f64 {
    f64::from_bits(a)
}
fn fr(x: f64) -> R {
    Ok(x.to_bits())
}
fn ok_obj(o: ObjRef) -> R {
    Ok(o.addr() as u64)
}
fn ok_bool(b: bool) -> R {
    Ok(u64::from(b))
}

fn string_arg(clr: &Clr, a: u64) -> Result<String, ObjRef> {
    let s = obj(a).ok_or_else(|| null_ref(clr))?;
    Ok(clr.rust_string(s))
}

fn new_str(clr: &Clr, s: &str) -> R {
    clr.new_str(s).map(|o| o.addr() as u64)
}

fn ty_arg(clr: &Clr, a: u64) -> Result<TyId, ObjRef> {
    let o = obj(a).ok_or_else(|| clr.new_exception("System.ArgumentNullException", None))?;
    type_of_type_object(clr, o).ok_or_else(|| clr.new_exception("System.ArgumentException", None))
}

fn this_ty(clr: &Clr, a: &[u64]) -> Result<TyId, ObjRef> {
    ty_arg(clr, a[0])
}

/// The NATIVES.txt implementations.
pub(super) fn lookup(key: &str) -> Option<Native> {
    Some(match key {
        "System.String::get_Length()" => |c, _, a| {
            let s = obj(a[0]).ok_or_else(|| null_ref(c))?;
            Ok(u64::from(c.rt.heap.borrow().array_len(s)))
        },
        "System.String::get_Chars(System.Int32)" => |c, _, a| {
            let s = obj(a[0]).ok_or_else(|| null_ref(c))?;
            let i = a[1] as i32;
            let heap = c.rt.heap.borrow();
            let chars = heap.string_chars(s);
            match usize::try_from(i).ok().and_then(|i| chars.get(i)) {
                Some(&ch) => Ok(u64::from(ch)),
                None => {
                    drop(heap);
                    Err(c.new_exception("System.IndexOutOfRangeException", None))
                }
            }
        },
        "System.String::FromChars(System.Char[],System.Int32,System.Int32)" => |c, _, a| {
            let arr = obj(a[0]).ok_or_else(|| null_ref(c))?;
            let (start, len) = (a[1] as i32 as usize, a[2] as i32 as usize);
            let units: Vec<u16> = c.rt.heap.borrow().array_data::<u16>(arr).get(start..start + len).unwrap_or(&[]).to_vec();
            c.new_string(&units).map(|o| o.addr() as u64)
        },
        "System.Console::WriteString(System.String)" => |c, _, a| {
            if let Some(s) = obj(a[0]) {
                console::write(1, c.rust_string(s).as_bytes());
            }
            Ok(0)
        },
        "System.Console::WriteErrorString(System.String)" => |c, _, a| {
            if let Some(s) = obj(a[0]) {
                console::write(2, c.rust_string(s).as_bytes());
            }
            Ok(0)
        },
        "System.Console::ReadLineNative()" => |c, _, _| {
            console::flush();
            let mut line = String::new();
            match std::io::stdin().read_line(&mut line) {
                Ok(0) | Err(_) => Ok(0),
                Ok(_) => {
                    let t = line.strip_suffix('\n').unwrap_or(&line);
                    let t = t.strip_suffix('\r').unwrap_or(t);
                    new_str(c, t)
                }
            }
        },
        "System.Console::ReadCharNative()" => |_, _, _| {
            use std::io::Read;
            console::flush();
            let mut b = [0u8; 1];
            match std::io::stdin().read(&mut b) {
                Ok(1) => Ok(u64::from(b[0])),
                _ => Ok(u64::MAX),
            }
        },
        "System.Environment::Exit(System.Int32)" => |_, _, a| {
            console::flush();
            std::process::exit(a[0] as i32)
        },
        "System.Environment::GetCommandLineArgs()" => |c, _, _| {
            let mut all = vec![c.program.borrow().clone()];
            all.extend(c.args.borrow().iter().cloned());
            string_array(c, &all)
        },
        "System.Environment::GetEnvironmentVariable(System.String)" => |c, _, a| {
            let k = string_arg(c, a[0])?;
            match std::env::var(k) {
                Ok(v) => new_str(c, &v),
                Err(_) => Ok(0),
            }
        },
        "System.Environment::TickCount64Native()" => |_, _, _| Ok(start().elapsed().as_millis() as u64),
        "System.DateTime::UtcNowTicks()" => |_, _, _| {
            let d = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
            Ok((621_355_968_000_000_000u64).wrapping_add((d.as_nanos() / 100) as u64))
        },
        "System.Diagnostics.Stopwatch::GetTimestamp()" => |_, _, _| Ok((start().elapsed().as_nanos() / 100) as u64),
        "System.Threading.Thread::Sleep(System.Int32)" => |_, _, a| {
            std::thread::sleep(std::time::Duration::from_millis(u64::from((a[0] as i32).max(0) as u32)));
            Ok(0)
        },
        // The monitor is the header word's entry count, Java's too (one lock
        // word for both VMs): `lock (o)` in C# is `synchronized (o)` to Java.
        "System.Threading.Monitor::EnterImpl(System.Object)" => |c, _, a| {
            let o = obj(a[0]).ok_or_else(|| null_ref(c))?;
            let mut heap = c.rt.heap.borrow_mut();
            let n = heap.lock_count(o);
            heap.set_lock_count(o, n.saturating_add(1));
            Ok(0)
        },
        "System.Threading.Monitor::ExitImpl(System.Object)" => |c, _, a| {
            let o = obj(a[0]).ok_or_else(|| null_ref(c))?;
            let n = c.rt.heap.borrow().lock_count(o);
            if n == 0 {
                return Err(c.new_exception("System.Threading.SynchronizationLockException", Some("Object synchronization method was called from an unsynchronized block of code.")));
            }
            c.rt.heap.borrow_mut().set_lock_count(o, n - 1);
            Ok(0)
        },
        "System.GC::GetTotalMemory(System.Boolean)" => |c, _, _| Ok(c.rt.heap.borrow().stats().heap_bytes as u64),
        "System.Math::Acos(System.Double)" => |_, _, a| fr(f(a[0]).acos()),
        "System.Math::Asin(System.Double)" => |_, _, a| fr(f(a[0]).asin()),
        "System.Math::Atan(System.Double)" => |_, _, a| fr(f(a[0]).atan()),
        "System.Math::Atan2(System.Double,System.Double)" => |_, _, a| fr(f(a[0]).atan2(f(a[1]))),
        "System.Math::Cbrt(System.Double)" => |_, _, a| fr(f(a[0]).cbrt()),
        "System.Math::Cos(System.Double)" => |_, _, a| fr(f(a[0]).cos()),
        "System.Math::Cosh(System.Double)" => |_, _, a| fr(f(a[0]).cosh()),
        "System.Math::Exp(System.Double)" => |_, _, a| fr(f(a[0]).exp()),
        "System.Math::Log(System.Double)" => |_, _, a| fr(f(a[0]).ln()),
        "System.Math::Log10(System.Double)" => |_, _, a| fr(f(a[0]).log10()),
        "System.Math::Sin(System.Double)" => |_, _, a| fr(f(a[0]).sin()),
        "System.Math::Sinh(System.Double)" => |_, _, a| fr(f(a[0]).sinh()),
        "System.Math::Sqrt(System.Double)" => |_, _, a| fr(f(a[0]).sqrt()),
        "System.Math::Tan(System.Double)" => |_, _, a| fr(f(a[0]).tan()),
        "System.Math::Tanh(System.Double)" => |_, _, a| fr(f(a[0]).tanh()),
        "System.Math::Pow(System.Double,System.Double)" => |_, _, a| {
            let (x, y) = (f(a[0]), f(a[1]));
            fr(if y == 0.0 || x == 1.0 || (x == -1.0 && y.is_infinite()) { 1.0 } else { x.powf(y) })
        },
        "System.BitConverter::DoubleToInt64Bits(System.Double)" | "System.BitConverter::Int64BitsToDouble(System.Int64)" => |_, _, a| Ok(a[0]),
        "System.BitConverter::Int32BitsToSingle(System.Int32)" | "System.BitConverter::SingleToInt32Bits(System.Single)" => |_, _, a| Ok(a[0] & 0xffff_ffff),
        "System.Number::DoubleToScientific(System.Double,System.Int32)" => |c, _, a| {
            let p = (a[1] as i32).clamp(1, 17) as usize;
            new_str(c, &format!("{:.*e}", p - 1, f(a[0]).abs()))
        },
        "System.Number::ParseNormalizedDouble(System.String)" => |c, _, a| {
            let s = string_arg(c, a[0])?;
            fr(s.parse::<f64>().unwrap_or(f64::NAN))
        },
        "System.Object::GetHashCode()" | "System.Runtime.CompilerServices.RuntimeHelpers::GetHashCode(System.Object)" => |c, _, a| {
            match obj(a[0]) {
                Some(o) => Ok(u64::from(c.rt.heap.borrow_mut().identity_hash(o) as u32)),
                None => Ok(0),
            }
        },
        "System.Object::GetType()" => |c, _, a| {
            let o = obj(a[0]).ok_or_else(|| null_ref(c))?;
            let t = c.type_of_obj(o).ok_or_else(|| c.new_exception("System.ExecutionEngineException", None))?;
            type_object(c, t).map(|o| o.addr() as u64)
        },
        "System.Object::MemberwiseClone()" => |c, _, a| {
            let o = obj(a[0]).ok_or_else(|| null_ref(c))?;
            let rt_ty = c.rt.type_of(o);
            let size = c.rt.heap.borrow().object_size(o);
            let desc = c.rt.desc(rt_ty).ok_or_else(|| null_ref(c))?;
            let n = c.rt.alloc_raw(desc, size).ok_or_else(|| c.new_exception("System.OutOfMemoryException", None))?;
            let bytes = read_bytes(o.addr() + 16, size - 16);
            write_bytes(n.addr() + 16, &bytes);
            // A multi-dimensional array's elements live in its own vector.
            let t = c.type_of_obj(o).ok_or_else(|| null_ref(c))?;
            if let Kind::MdArray(..) = c.ty(t).kind {
                let mark = c.rt.handle_mark();
                c.rt.push_handle(n);
                let (data, _) = flat(c, o)?;
                let copy = c.rt.heap.borrow().array_len(data);
                let dt = c.rt.type_of(data);
                let fresh = c.rt.alloc_array(dt, copy as i32);
                c.rt.pop_handles(mark);
                let fresh = fresh?;
                c.rt.heap.borrow_mut().array_copy(data, 0, fresh, 0, copy).map_err(|_| null_ref(c))?;
                c.rt.heap.borrow_mut().write_ref(n, HEADER_SIZE, Some(fresh));
            }
            Ok(n.addr() as u64)
        },
        "System.Runtime.CompilerServices.RuntimeHelpers::InitializeArray(System.Array,System.RuntimeFieldHandle)" => |c, _, a| {
            let arr = obj(a[0]).ok_or_else(|| null_ref(c))?;
            let (arr, _) = flat(c, arr)?;
            let handle = u64::from_le_bytes(read_bytes(a[1] as usize, 8).try_into().unwrap_or([0; 8]));
            let (asm, row) = ((handle >> 32) as u16, handle as u32);
            let data = c.asm(asm);
            let rva = data.field_rva.get(&row).copied().unwrap_or(0);
            let t = c.type_of_obj(arr).ok_or_else(|| null_ref(c))?;
            let Kind::SzArray(e) = c.ty(t).kind else { return Ok(0) };
            let (esize, _) = c.value_size(e).map_err(|e| c.raise(&e))?;
            let len = c.rt.heap.borrow().array_len(arr) as usize * esize as usize;
            let blob = data.asm.rva_bytes(rva, len).map_err(|e| c.raise(&crate::vm::LoadError::bad_image(e)))?;
            write_bytes(arr.addr() + DATA as usize, &blob);
            Ok(0)
        },
        "System.Runtime.CompilerServices.RuntimeHelpers::RunClassConstructor(System.RuntimeTypeHandle)" => |c, _, a| {
            let h = u64::from_le_bytes(read_bytes(a[0] as usize, 8).try_into().unwrap_or([0; 8]));
            if h > 0 {
                c.initialize_type(TyId(h as u32 - 1))?;
            }
            Ok(0)
        },
        "System.Type::GetTypeFromHandle(System.RuntimeTypeHandle)" => |c, _, a| {
            let h = u64::from_le_bytes(read_bytes(a[0] as usize, 8).try_into().unwrap_or([0; 8]));
            if h == 0 {
                return Ok(0);
            }
            type_object(c, TyId(h as u32 - 1)).map(|o| o.addr() as u64)
        },
        "System.Type::ToString()" => |c, _, a| {
            let t = this_ty(c, a)?;
            new_str(c, &c.ty(t).name)
        },
        "System.Type::get_FullName()" => |c, _, a| {
            let t = this_ty(c, a)?;
            new_str(c, &full_name(c, t))
        },
        "System.Type::get_Name()" => |c, _, a| {
            let t = this_ty(c, a)?;
            let n = c.ty(t).name.clone();
            let base = n.split('[').next().unwrap_or(&n).to_string();
            let simple = base.rsplit(['.', '+']).next().unwrap_or(&base).to_string();
            let suffix = if matches!(c.ty(t).kind, Kind::SzArray(_) | Kind::MdArray(..)) { &n[base.len()..] } else { "" };
            let simple = if let Kind::SzArray(e) | Kind::MdArray(e, _) = c.ty(t).kind {
                let en = c.ty(e).name.clone();
                let eb = en.split('[').next().unwrap_or(&en).to_string();
                format!("{}{}", eb.rsplit(['.', '+']).next().unwrap_or(&eb), &n[en.len()..])
            } else {
                format!("{simple}{suffix}")
            };
            new_str(c, &simple)
        },
        "System.Type::get_Namespace()" => |c, _, a| {
            let t = this_ty(c, a)?;
            let n = c.ty(t).name.clone();
            let outer = n.split(['+', '[']).next().unwrap_or(&n).to_string();
            match outer.rsplit_once('.') {
                Some((ns, _)) => new_str(c, ns),
                None => Ok(0),
            }
        },
        "System.Type::get_BaseType()" => |c, _, a| {
            let t = this_ty(c, a)?;
            match c.ty(t).parent {
                Some(p) if !c.ty(t).is_interface() => type_object(c, p).map(|o| o.addr() as u64),
                _ => Ok(0),
            }
        },
        "System.Type::get_IsValueType()" => |c, _, a| ok_bool(c.ty(this_ty(c, a)?).is_value()),
        "System.Type::get_IsInterface()" => |c, _, a| ok_bool(c.ty(this_ty(c, a)?).is_interface()),
        "System.Type::get_IsArray()" => |c, _, a| ok_bool(matches!(c.ty(this_ty(c, a)?).kind, Kind::SzArray(_) | Kind::MdArray(..))),
        "System.Type::get_IsEnum()" => |c, _, a| ok_bool(matches!(c.ty(this_ty(c, a)?).kind, Kind::Enum(_))),
        "System.Type::get_IsGenericType()" => |c, _, a| ok_bool(!c.ty(this_ty(c, a)?).args.is_empty()),
        "System.Type::GetElementType()" => |c, _, a| match c.ty(this_ty(c, a)?).kind {
            Kind::SzArray(e) | Kind::MdArray(e, _) | Kind::ByRef(e) | Kind::Ptr(e) => type_object(c, e).map(|o| o.addr() as u64),
            _ => Ok(0),
        },
        "System.Type::GetGenericArguments()" => |c, _, a| {
            let t = this_ty(c, a)?;
            let args = c.ty(t).args.clone();
            let tt = c.corlib_type("System.Type").map_err(|e| c.raise(&e))?;
            let at = c.intern(TyKey::SzArray(tt)).map_err(|e| c.raise(&e))?;
            let arr = c.rt.alloc_array(c.link(at).map_err(|e| c.raise(&e))?.rt, args.len() as i32)?;
            let mark = c.rt.handle_mark();
            c.rt.push_handle(arr);
            for (i, x) in args.iter().enumerate() {
                let o = type_object(c, *x)?;
                c.rt.heap.borrow_mut().ref_array_mut(arr)[i] = Some(o);
            }
            c.rt.pop_handles(mark);
            ok_obj(arr)
        },
        "System.Type::IsAssignableFrom(System.Type)" => |c, _, a| {
            let to = this_ty(c, a)?;
            let Some(o) = obj(a[1]) else { return Ok(0) };
            let from = type_of_type_object(c, o).ok_or_else(|| null_ref(c))?;
            ok_bool(c.is_assignable(from, to))
        },
        "System.ValueType::Equals(System.Object)" => |c, _, a| {
            let this = obj(a[0]).ok_or_else(|| null_ref(c))?;
            let Some(other) = obj(a[1]) else { return Ok(0) };
            if c.rt.type_of(this) != c.rt.type_of(other) {
                return Ok(0);
            }
            let t = c.type_of_obj(this).ok_or_else(|| null_ref(c))?;
            ok_bool(values_equal(c, t, this.addr() + HEADER_SIZE as usize, other.addr() + HEADER_SIZE as usize)?)
        },
        "System.ValueType::GetHashCode()" => |c, _, a| {
            let this = obj(a[0]).ok_or_else(|| null_ref(c))?;
            let t = c.type_of_obj(this).ok_or_else(|| null_ref(c))?;
            let (size, _) = c.value_size(t).map_err(|e| c.raise(&e))?;
            let bytes = read_bytes(this.addr() + HEADER_SIZE as usize, size as usize);
            let refs = c.value_refs(t).map_err(|e| c.raise(&e))?;
            let mut h: u32 = 17;
            for (i, b) in bytes.iter().enumerate() {
                if refs.iter().any(|&r| (r as usize..r as usize + 8).contains(&i)) {
                    continue;
                }
                h = h.wrapping_mul(31).wrapping_add(u32::from(*b));
            }
            Ok(u64::from(h))
        },
        "System.Enum::GetUnderlyingValue()" => |c, _, a| {
            let this = obj(a[0]).ok_or_else(|| null_ref(c))?;
            let t = c.type_of_obj(this).ok_or_else(|| null_ref(c))?;
            let p = prim_of(c, t).unwrap_or(Prim::I4);
            let pt = c.prim(p);
            box_at(c, pt, this.addr() + HEADER_SIZE as usize).map(|o| o.addr() as u64)
        },
        "System.Enum::InternalBoxEnum(System.Type,System.Int64)" => |c, _, a| {
            let t = ty_arg(c, a[0])?;
            let bytes = a[1].to_le_bytes();
            let linked = c.link(t).map_err(|e| c.raise(&e))?;
            let (size, _) = c.value_size(t).map_err(|e| c.raise(&e))?;
            let o = c.rt.alloc_object(linked.rt)?;
            write_bytes(o.addr() + HEADER_SIZE as usize, &bytes[..size as usize]);
            ok_obj(o)
        },
        "System.Enum::InternalGetNames(System.Type)" => |c, _, a| {
            let t = ty_arg(c, a[0])?;
            let names: Vec<String> = enum_fields(c, t)?.into_iter().map(|(n, _)| n).collect();
            string_array(c, &names)
        },
        "System.Enum::InternalGetValues(System.Type)" => |c, _, a| {
            let t = ty_arg(c, a[0])?;
            let values: Vec<u64> = enum_fields(c, t)?.into_iter().map(|(_, v)| v).collect();
            let at = c.intern(TyKey::SzArray(c.prim(Prim::U8))).map_err(|e| c.raise(&e))?;
            let arr = c.rt.alloc_array(c.link(at).map_err(|e| c.raise(&e))?.rt, values.len() as i32)?;
            c.rt.heap.borrow_mut().array_data_mut::<u64>(arr).copy_from_slice(&values);
            ok_obj(arr)
        },
        "System.Enum::InternalHasFlagsAttribute(System.Type)" => |c, _, a| {
            let t = ty_arg(c, a[0])?;
            ok_bool(c.has_attribute(t, "System.FlagsAttribute"))
        },
        "System.Exception::GetStackTraceText()" => |c, _, a| {
            let e = obj(a[0]).ok_or_else(|| null_ref(c))?;
            match crate::natives::stack_trace_text(c, e) {
                Some(t) => c.new_str(&t).map(|s| s.addr() as u64),
                None => Ok(0),
            }
        },
        "System.Array::get_Length()" => |c, _, a| {
            let arr = obj(a[0]).ok_or_else(|| null_ref(c))?;
            let (data, _) = flat(c, arr)?;
            Ok(u64::from(c.rt.heap.borrow().array_len(data)))
        },
        "System.Array::get_Rank()" => |c, _, a| {
            let arr = obj(a[0]).ok_or_else(|| null_ref(c))?;
            Ok(u64::from(flat(c, arr)?.1.len().max(1) as u32))
        },
        "System.Array::GetLength(System.Int32)" => |c, _, a| {
            let arr = obj(a[0]).ok_or_else(|| null_ref(c))?;
            let (data, dims) = flat(c, arr)?;
            let d = a[1] as i32;
            if dims.is_empty() && d == 0 {
                return Ok(u64::from(c.rt.heap.borrow().array_len(data)));
            }
            match usize::try_from(d).ok().and_then(|d| dims.get(d)) {
                Some(&n) => Ok(n as u64),
                None => Err(c.new_exception("System.IndexOutOfRangeException", None)),
            }
        },
        "System.Array::GetLowerBound(System.Int32)" => |_, _, _| Ok(0),
        "System.Array::GetValueFlat(System.Int32)" => |c, _, a| {
            let arr = obj(a[0]).ok_or_else(|| null_ref(c))?;
            let (data, _) = flat(c, arr)?;
            let (e, addr) = elem_addr(c, data, a[1] as i32)?;
            load_boxed(c, e, addr)
        },
        "System.Array::SetValueFlat(System.Object,System.Int32)" => |c, _, a| {
            let arr = obj(a[0]).ok_or_else(|| null_ref(c))?;
            let (data, _) = flat(c, arr)?;
            let (e, addr) = elem_addr(c, data, a[2] as i32)?;
            store_unboxed(c, data, e, addr, a[1])?;
            Ok(0)
        },
        "System.Array::CopyImpl(System.Array,System.Int32,System.Array,System.Int32,System.Int32)" => |c, _, a| {
            let src = obj(a[0]).ok_or_else(|| null_ref(c))?;
            let dst = obj(a[2]).ok_or_else(|| null_ref(c))?;
            let (src, _) = flat(c, src)?;
            let (dst, _) = flat(c, dst)?;
            array_copy(c, src, a[1] as i32, dst, a[3] as i32, a[4] as i32)?;
            Ok(0)
        },
        "System.Array::ClearImpl(System.Array,System.Int32,System.Int32)" => |c, _, a| {
            let arr = obj(a[0]).ok_or_else(|| null_ref(c))?;
            let (data, _) = flat(c, arr)?;
            let t = c.type_of_obj(data).ok_or_else(|| null_ref(c))?;
            let Kind::SzArray(e) = c.ty(t).kind else { return Ok(0) };
            let (size, _) = c.value_size(e).map_err(|e| c.raise(&e))?;
            let start = data.addr() + DATA as usize + (a[1] as i32 as usize) * size as usize;
            write_bytes(start, &vec![0; (a[2] as i32 as usize) * size as usize]);
            Ok(0)
        },
        "System.Array::CreateVector(System.Type,System.Int32)" => |c, _, a| {
            let e = ty_arg(c, a[0])?;
            let at = c.intern(TyKey::SzArray(e)).map_err(|e| c.raise(&e))?;
            let arr = c.rt.alloc_array(c.link(at).map_err(|e| c.raise(&e))?.rt, a[1] as i32)?;
            ok_obj(arr)
        },
        "System.Activator::CreateInstance(System.Type)" => |c, _, a| {
            let t = ty_arg(c, a[0])?;
            create_instance(c, t)
        },
        "System.Activator::CreateInstance()" => |c, m, _| {
            let t = *m.margs.first().ok_or_else(|| null_ref(c))?;
            create_instance(c, t)
        },
        "System.Delegate::DynamicInvoke(System.Object[])" => |c, _, _| {
            Err(c.new_exception("System.NotSupportedException", Some("Delegate.DynamicInvoke is not supported by twain")))
        },
        _ => return None,
    })
}

fn start() -> std::time::Instant {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    *START.get_or_init(std::time::Instant::now)
}

fn full_name(c: &Clr, t: TyId) -> String {
    let info = c.ty(t);
    if info.args.is_empty() {
        return info.name.clone();
    }
    let base = info.name.split('[').next().unwrap_or(&info.name).to_string();
    let args: Vec<String> = info
        .args
        .iter()
        .map(|&a| format!("[{}, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089]", full_name(c, a)))
        .collect();
    format!("{base}[{}]", args.join(","))
}

fn string_array(c: &Clr, items: &[String]) -> R {
    let at = c.intern(TyKey::SzArray(c.string_ty)).map_err(|e| c.raise(&e))?;
    let arr = c.rt.alloc_array(c.link(at).map_err(|e| c.raise(&e))?.rt, items.len() as i32)?;
    let mark = c.rt.handle_mark();
    c.rt.push_handle(arr);
    for (i, s) in items.iter().enumerate() {
        let so = c.new_str(s)?;
        c.rt.heap.borrow_mut().ref_array_mut(arr)[i] = Some(so);
    }
    c.rt.pop_handles(mark);
    ok_obj(arr)
}

fn enum_fields(c: &Clr, t: TyId) -> Result<Vec<(String, u64)>, ObjRef> {
    c.enum_literals(t).map_err(|e| c.raise(&e))
}

/// The flat element array of an array (itself for vectors) and the dimensions.
fn flat(c: &Clr, arr: ObjRef) -> Result<(ObjRef, Vec<i32>), ObjRef> {
    let t = c.type_of_obj(arr).ok_or_else(|| null_ref(c))?;
    match c.ty(t).kind {
        Kind::MdArray(_, rank) => {
            let data = c.rt.heap.borrow().read_ref(arr, HEADER_SIZE).ok_or_else(|| null_ref(c))?;
            let dims = substrate::jit::read_i32s(arr.addr() + HEADER_SIZE as usize + 8, rank);
            Ok((data, dims))
        }
        _ => Ok((arr, Vec::new())),
    }
}

fn elem_addr(c: &Clr, data: ObjRef, i: i32) -> Result<(TyId, usize), ObjRef> {
    let t = c.type_of_obj(data).ok_or_else(|| null_ref(c))?;
    let Kind::SzArray(e) = c.ty(t).kind else { return Err(null_ref(c)) };
    let len = c.rt.heap.borrow().array_len(data);
    if i < 0 || i as u32 >= len {
        return Err(c.new_exception("System.IndexOutOfRangeException", None));
    }
    let (size, _) = c.value_size(e).map_err(|e| c.raise(&e))?;
    Ok((e, data.addr() + DATA as usize + i as usize * size as usize))
}

fn load_boxed(c: &Clr, e: TyId, addr: usize) -> R {
    if c.repr(e) == Repr::Ref {
        return Ok(u64::from_le_bytes(read_bytes(addr, 8).try_into().unwrap_or([0; 8])));
    }
    box_at(c, e, addr).map(|o| o.addr() as u64)
}

fn store_unboxed(c: &Clr, container: ObjRef, e: TyId, addr: usize, value: u64) -> Result<(), ObjRef> {
    if c.repr(e) == Repr::Ref {
        if let Some(v) = obj(value) {
            let vt = c.type_of_obj(v).ok_or_else(|| null_ref(c))?;
            if !c.is_assignable(vt, e) && e != c.object_ty {
                return Err(c.new_exception("System.InvalidCastException", None));
            }
        }
        c.rt.heap.borrow_mut().remember(container);
        write_bytes(addr, &value.to_le_bytes());
        return Ok(());
    }
    let (size, _) = c.value_size(e).map_err(|e| c.raise(&e))?;
    match obj(value) {
        None => write_bytes(addr, &vec![0; size as usize]),
        Some(b) => {
            let bt = c.type_of_obj(b).ok_or_else(|| null_ref(c))?;
            if bt != e && !(prim_of(c, bt).is_some() && prim_of(c, bt) == prim_of(c, e)) {
                return Err(c.new_exception("System.InvalidCastException", None));
            }
            let bytes = read_bytes(b.addr() + HEADER_SIZE as usize, size as usize);
            c.rt.heap.borrow_mut().remember(container);
            write_bytes(addr, &bytes);
        }
    }
    Ok(())
}

fn array_copy(c: &Clr, src: ObjRef, si: i32, dst: ObjRef, di: i32, n: i32) -> Result<(), ObjRef> {
    let (st, dt) = (c.type_of_obj(src).ok_or_else(|| null_ref(c))?, c.type_of_obj(dst).ok_or_else(|| null_ref(c))?);
    let (Kind::SzArray(se), Kind::SzArray(de)) = (c.ty(st).kind, c.ty(dt).kind) else {
        return Err(c.new_exception("System.ArrayTypeMismatchException", None));
    };
    if n <= 0 {
        return Ok(());
    }
    let same_layout = se == de || (c.repr(se) == Repr::Ref && c.repr(de) == Repr::Ref && c.is_assignable(se, de));
    if same_layout {
        return c.rt.heap.borrow_mut().array_copy(src, si as u32, dst, di as u32, n as u32).map_err(|_| c.new_exception("System.ArgumentException", None));
    }
    // Element by element, boxing/unboxing/checking as Array.Copy does.
    let backwards = src.addr() == dst.addr() && si < di;
    let order: Vec<usize> = if backwards { (0..n as usize).rev().collect() } else { (0..n as usize).collect() };
    for k in order {
        let (e, from) = elem_addr(c, src, si + k as i32)?;
        let boxed = load_boxed(c, e, from)?;
        let mark = c.rt.handle_mark();
        if let Some(b) = obj(boxed) {
            c.rt.push_handle(b);
        }
        let (de2, to) = elem_addr(c, dst, di + k as i32)?;
        let r = store_unboxed(c, dst, de2, to, boxed);
        c.rt.pop_handles(mark);
        r?;
    }
    Ok(())
}

fn values_equal(c: &Clr, t: TyId, a: usize, b: usize) -> Result<bool, ObjRef> {
    let layout = c.layout(t).map_err(|e| c.raise(&e))?;
    if let Some(p) = prim_of(c, t) {
        let x = read_bytes(a, p.size() as usize);
        let y = read_bytes(b, p.size() as usize);
        return Ok(match p {
            Prim::R8 => f64::from_le_bytes(x.try_into().unwrap_or([0; 8])) == f64::from_le_bytes(y.try_into().unwrap_or([0; 8])),
            _ => x == y,
        });
    }
    for f in &layout.fields {
        let (fa, fb) = (a + f.offset as usize, b + f.offset as usize);
        match c.repr(f.ty) {
            Repr::Ref => {
                let x = u64::from_le_bytes(read_bytes(fa, 8).try_into().unwrap_or([0; 8]));
                let y = u64::from_le_bytes(read_bytes(fb, 8).try_into().unwrap_or([0; 8]));
                if x != y {
                    let (Some(xo), Some(yo)) = (obj(x), obj(y)) else { return Ok(false) };
                    let eq = c.call_equals(xo, yo)?;
                    if !eq {
                        return Ok(false);
                    }
                }
            }
            _ => {
                if !values_equal(c, f.ty, fa, fb)? {
                    return Ok(false);
                }
            }
        }
    }
    Ok(true)
}

fn create_instance(c: &Clr, t: TyId) -> R {
    let info = c.ty(t);
    let linked = c.link(t).map_err(|e| c.raise(&e))?;
    let o = c.rt.alloc_object(linked.rt)?;
    if info.is_value() {
        return ok_obj(o);
    }
    let ctor = c
        .methods_of(t)
        .map_err(|e| c.raise(&e))?
        .into_iter()
        .find(|&m| {
            let mi = c.method(m);
            mi.is_ctor() && !mi.is_static() && mi.params.is_empty()
        })
        .ok_or_else(|| c.new_exception("System.MissingMethodException", Some(&format!("Default constructor not found for type {}", info.name))))?;
    c.initialize_type(t)?;
    let mark = c.rt.handle_mark();
    c.rt.push_handle(o);
    let id = c.method(ctor).id.ok_or_else(|| null_ref(c))?;
    let r = c.rt.invoke(id, &[o.addr() as u64]);
    c.rt.pop_handles(mark);
    r?;
    ok_obj(o)
}

/// Multi-dimensional arrays: an object holding the flat element vector
/// and the dimensions (row-major).
pub(super) fn new_md_array(c: &Clr, ty: TypeId, dims: &[i64]) -> Result<ObjRef, ObjRef> {
    let t = c.ty_of_rt(ty).ok_or_else(|| null_ref(c))?;
    let Kind::MdArray(e, _) = c.ty(t).kind else { return Err(null_ref(c)) };
    let mut total: i64 = 1;
    for &d in dims {
        if !(0..=i64::from(i32::MAX)).contains(&d) {
            return Err(c.new_exception("System.OverflowException", None));
        }
        total = total.saturating_mul(d);
    }
    if total > i64::from(i32::MAX) {
        return Err(c.new_exception("System.OutOfMemoryException", None));
    }
    let vt = c.intern(TyKey::SzArray(e)).map_err(|e| c.raise(&e))?;
    let data = c.rt.alloc_array(c.link(vt).map_err(|e| c.raise(&e))?.rt, total as i32)?;
    let mark = c.rt.handle_mark();
    c.rt.push_handle(data);
    let o = c.rt.alloc_object(ty);
    c.rt.pop_handles(mark);
    let o = o?;
    c.rt.heap.borrow_mut().write_ref(o, HEADER_SIZE, Some(data));
    let bytes: Vec<u8> = dims.iter().flat_map(|&d| (d as i32).to_le_bytes()).collect();
    write_bytes(o.addr() + HEADER_SIZE as usize + 8, &bytes);
    Ok(o)
}

fn md_index(c: &Clr, arr: ObjRef, idx: &[u64]) -> Result<(TyId, usize), ObjRef> {
    let (data, dims) = flat(c, arr)?;
    let mut flat_i: i64 = 0;
    for (k, &d) in dims.iter().enumerate() {
        let i = idx.get(k).copied().unwrap_or(0) as i32;
        if i < 0 || i >= d {
            return Err(c.new_exception("System.IndexOutOfRangeException", None));
        }
        flat_i = flat_i * i64::from(d) + i64::from(i);
    }
    elem_addr(c, data, flat_i as i32)
}

/// `Get`, `Set` and `Address` of `T[,...]`.
pub(super) fn md_array_method(name: &str) -> Option<Native> {
    Some(match name {
        "Get" => |c: &Clr, m: &MethodInfo, a: &[u64]| {
            let arr = obj(a[0]).ok_or_else(|| null_ref(c))?;
            let n = m.params.len();
            let (e, addr) = md_index(c, arr, &a[1..=n])?;
            read_scalar(c, e, addr, a.get(n + 1).copied())
        },
        "Set" => |c: &Clr, m: &MethodInfo, a: &[u64]| {
            let arr = obj(a[0]).ok_or_else(|| null_ref(c))?;
            let n = m.params.len() - 1;
            let (e, addr) = md_index(c, arr, &a[1..=n])?;
            let v = a[n + 1];
            let (size, _) = c.value_size(e).map_err(|e| c.raise(&e))?;
            if c.repr(e) == Repr::Struct {
                write_bytes(addr, &read_bytes(v as usize, size as usize));
            } else {
                write_bytes(addr, &v.to_le_bytes()[..size as usize]);
            }
            if !c.value_refs(e).map_err(|e| c.raise(&e))?.is_empty() {
                let (data, _) = flat(c, arr)?;
                c.rt.heap.borrow_mut().remember(data);
            }
            Ok(0)
        },
        "Address" => |c: &Clr, m: &MethodInfo, a: &[u64]| {
            let arr = obj(a[0]).ok_or_else(|| null_ref(c))?;
            let (_, addr) = md_index(c, arr, &a[1..=m.params.len()])?;
            Ok(addr as u64)
        },
        _ => return None,
    })
}

/// Reads an element for `Get`: scalars as bits, structs copied to the result buffer.
fn read_scalar(c: &Clr, e: TyId, addr: usize, ret_buf: Option<u64>) -> R {
    let (size, _) = c.value_size(e).map_err(|e| c.raise(&e))?;
    let bytes = read_bytes(addr, size as usize);
    if c.repr(e) == Repr::Struct {
        write_bytes(ret_buf.unwrap_or(0) as usize, &bytes);
        return Ok(0);
    }
    let mut b = [0u8; 8];
    b[..bytes.len()].copy_from_slice(&bytes);
    let raw = u64::from_le_bytes(b);
    Ok(match prim_of(c, e) {
        Some(Prim::I1) => raw as i8 as i64 as u64,
        Some(Prim::I2) => raw as i16 as i64 as u64,
        Some(Prim::R4) => raw & 0xffff_ffff,
        _ => raw,
    })
}
