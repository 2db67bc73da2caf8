//! Natives of java.io.PrintStream: standard output and error through the
//! substrate's console (one buffer for both VMs).

use super::{arg_i32, arg_obj, Ctx, Native};
use std::collections::HashMap;
use std::io::Write;
use substrate::{console, ObjRef};

pub(super) fn register(r: &mut HashMap<&'static str, Native>) {
    r.insert("java/io/PrintStream.writeString(ILjava/lang/String;)V", write_string);
    r.insert("java/io/PrintStream.writeBytes(I[BII)V", write_bytes);
    r.insert("java/io/FileInputStream.readBytes(I[BII)I", read_bytes);
    r.insert("java/lang/StandardInput.readBytes(I[BII)I", read_bytes);
    r.insert("java/io/PrintStream.flush0(I)V", |_, a| {
        flush(arg_i32(a, 0));
        Ok(0)
    });
}

/// Writes everything buffered.
pub fn flush_all() {
    console::flush();
    let _ = std::io::stderr().flush();
}

fn flush(fd: i32) {
    if fd == 1 {
        console::flush();
    }
}

fn write_string(c: &Ctx<'_>, a: &[u64]) -> Result<u64, ObjRef> {
    let fd = arg_i32(a, 0);
    let text = match arg_obj(a, 1) {
        Some(s) => c.string(s),
        None => "null".to_string(),
    };
    console::write(fd, text.as_bytes());
    Ok(0)
}

fn write_bytes(c: &Ctx<'_>, a: &[u64]) -> Result<u64, ObjRef> {
    let fd = arg_i32(a, 0);
    let b = c.non_null(arg_obj(a, 1))?;
    let (off, len) = (arg_i32(a, 2), arg_i32(a, 3));
    let bytes = {
        let heap = c.rt.heap.borrow();
        let data = heap.array_data::<u8>(b);
        let (o, l) = (off.max(0) as usize, len.max(0) as usize);
        match data.get(o..o.saturating_add(l)) {
            Some(s) => s.to_vec(),
            None => return c.throw("java/lang/IndexOutOfBoundsException", "write"),
        }
    };
    console::write(fd, &bytes);
    Ok(0)
}

/// Reads up to `len` bytes of standard input into `b[off..]`; -1 at end.
fn read_bytes(c: &Ctx<'_>, a: &[u64]) -> Result<u64, ObjRef> {
    use std::io::Read;
    let b = c.non_null(arg_obj(a, 1))?;
    let (off, len) = (arg_i32(a, 2).max(0) as usize, arg_i32(a, 3).max(0) as usize);
    flush(1);
    let mut buf = vec![0u8; len];
    let n = match std::io::stdin().read(&mut buf) {
        Ok(0) => return Ok(u64::from(u32::MAX)),
        Ok(n) => n,
        Err(e) => return c.throw("java/io/IOException", &e.to_string()),
    };
    let mut heap = c.rt.heap.borrow_mut();
    let data = heap.array_data_mut::<u8>(b);
    match data.get_mut(off..off + n) {
        Some(dst) => dst.copy_from_slice(&buf[..n]),
        None => return c.throw("java/lang/IndexOutOfBoundsException", "read"),
    }
    Ok(n as u64)
}
