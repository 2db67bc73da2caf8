//! The thread managed code runs on: a stack of known size whose low end,
//! less a reserve, is the overflow limit compiled code checks.

use crate::console;
use crate::runtime::STACK_LIMIT;
use std::sync::atomic::Ordering;

/// Stack size of the thread that runs managed code: 8 MiB like a main
/// thread (HotSpot gives Java threads 1 MiB). Larger stacks cost start-up
/// time: 32 MiB took 3-4 ms to start the thread here.
const STACK_SIZE: usize = 8 << 20;
/// Room left below the overflow limit for runtime calls and the handler.
const STACK_RESERVE: usize = 1 << 20;

/// Runs `program` on a new managed thread and exits the process with the
/// status it returns, after flushing standard output. Exiting from the
/// thread skips tearing down the heap, the JIT and the type tables, which
/// would only cost time.
pub fn run(program: impl FnOnce() -> i32 + Send + 'static) -> i32 {
    let handle = std::thread::Builder::new().name("main".into()).stack_size(STACK_SIZE).spawn(move || {
        let marker = 0u8;
        let top = std::ptr::addr_of!(marker) as usize;
        STACK_LIMIT.store(top - STACK_SIZE + STACK_RESERVE, Ordering::Relaxed);
        let code = program();
        console::flush();
        std::process::exit(code)
    });
    match handle.map(|h| h.join()) {
        Ok(Ok(never)) => never,
        _ => {
            eprintln!("twain: internal error: the main thread failed");
            70
        }
    }
}
