//! Marking: an explicit work stack of grey objects, so that deep object
//! graphs (long linked lists) never recurse on the Rust stack. Sweeping is
//! done by the space (`space::Space::sweep`), which owns the cells.

use super::{load, object_model, store, HEADER_WORD};
use crate::layout::MARK_BIT;

/// True if the object at `addr` is marked.
///
/// # Safety
///
/// `addr` is an allocated object.
#[inline]
pub(super) unsafe fn is_marked(addr: usize) -> bool {
    // SAFETY: the caller passes an allocated object.
    unsafe { load::<u64>(addr + HEADER_WORD) & MARK_BIT != 0 }
}

/// Objects in flight between the work stack and scanning: each is
/// prefetched when it enters, and checked and scanned when it leaves, by
/// which time its header is usually in the cache.
const PREFETCH_DISTANCE: usize = 8;

/// Hints the processor to load the cache line at `addr`.
#[inline(always)]
fn prefetch(addr: usize) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: prefetching is a hint that never faults, whatever the address;
    // SSE is part of the x86_64 baseline.
    unsafe {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        _mm_prefetch::<_MM_HINT_T0>(std::ptr::with_exposed_provenance::<i8>(addr));
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = addr;
}

/// Marks every object reachable from the objects on `stack` (which need
/// not be marked yet), leaving `stack` empty.
///
/// Unmarked candidates are pushed without looking at them; an object is
/// tested and marked only after passing through a small prefetch queue,
/// which hides most cache misses on scattered object graphs.
///
/// # Safety
///
/// Every object on `stack`, and every object reachable from one, is
/// allocated and has a valid type descriptor.
pub(super) unsafe fn drain(stack: &mut Vec<usize>) {
    let mut queue = [0usize; PREFETCH_DISTANCE];
    let mut first = 0;
    let mut len = 0;
    loop {
        while len < PREFETCH_DISTANCE {
            let Some(addr) = stack.pop() else { break };
            prefetch(addr);
            queue[(first + len) % PREFETCH_DISTANCE] = addr;
            len += 1;
        }
        if len == 0 {
            return;
        }
        let addr = queue[first];
        first = (first + 1) % PREFETCH_DISTANCE;
        len -= 1;
        let word = addr + HEADER_WORD;
        // SAFETY: `addr` is an allocated object (precondition); its
        // reference slots hold null or allocated objects.
        unsafe {
            let header = load::<u64>(word);
            if header & MARK_BIT != 0 {
                continue;
            }
            store::<u64>(word, header | MARK_BIT);
            object_model::for_each_ref_slot(addr, |slot| {
                let target = load::<usize>(slot);
                if target != 0 {
                    stack.push(target);
                }
            });
        }
    }
}
