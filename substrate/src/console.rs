//! Standard output and error for both virtual machines. Standard output is
//! buffered (one buffer, whichever VM writes) and flushed at exit, when
//! 64 KiB have gathered, before input is read and before anything is
//! written to standard error, so the streams interleave as written.

use std::cell::RefCell;
use std::io::Write;

/// Bytes gathered before standard output is written out.
const BUFFER: usize = 1 << 16;

thread_local! {
    static OUT: RefCell<Vec<u8>> = RefCell::new(Vec::with_capacity(BUFFER));
}

/// Writes `bytes` to file descriptor 1 (buffered) or 2.
pub fn write(fd: i32, bytes: &[u8]) {
    if fd == 2 {
        flush();
        let _ = std::io::stderr().write_all(bytes);
        return;
    }
    OUT.with(|o| {
        let mut o = o.borrow_mut();
        o.extend_from_slice(bytes);
        if o.len() >= BUFFER {
            let _ = std::io::stdout().write_all(&o);
            o.clear();
        }
    });
}

/// Writes out buffered standard output.
pub fn flush() {
    OUT.with(|o| {
        let mut o = o.borrow_mut();
        let _ = std::io::stdout().write_all(&o);
        let _ = std::io::stdout().flush();
        o.clear();
    });
}
