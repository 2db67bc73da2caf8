//! Walking managed frames and resuming at a handler.
//!
//! Managed frames keep frame pointers, so a walk starts at the frame of the
//! Rust runtime function that compiled code called (its "exit frame") and
//! follows `[fp]`/`[fp+8]` while the return address is a registered call
//! site. It stops at the entry trampoline, the boundary to Rust. Nothing
//! here ever unwinds through a Rust frame: resuming abandons only the runtime
//! function that started the walk, which holds no values with destructors.

use crate::code::{CallSite, CodeKind, CodeRegistry, Handler};

/// Reads the current frame pointer of the calling function.
#[inline(always)]
pub fn frame_pointer() -> usize {
    let fp: usize;
    // SAFETY: reads rbp, which holds this function's frame pointer because
    // the workspace builds with frame pointers forced on.
    unsafe { std::arch::asm!("mov {}, rbp", out(reg) fp, options(nomem, nostack, preserves_flags)) };
    fp
}

/// One managed frame found by a walk.
#[derive(Debug, Clone, Copy)]
pub struct Frame<'a> {
    /// The call site the frame is stopped at.
    pub site: &'a CallSite,
    /// What the frame belongs to.
    pub kind: CodeKind,
    /// The frame's own frame pointer.
    pub fp: usize,
    /// The frame's stack pointer during the call.
    pub sp: usize,
}

/// Walks the managed frames above the exit frame `exit_fp`, innermost first,
/// up to and including the entry trampoline. `visit` returns `false` to stop.
pub fn walk(registry: &CodeRegistry, exit_fp: usize, mut visit: impl FnMut(&Frame<'_>) -> bool) {
    let mut callee_fp = exit_fp;
    loop {
        if callee_fp == 0 {
            return;
        }
        // SAFETY: callee_fp is the frame pointer of a live frame on this
        // thread's stack (the exit frame, or a managed frame reached through
        // registered call sites), so [fp] and [fp+8] are readable.
        let (ret, fp) = unsafe { (*((callee_fp + 8) as *const usize), *(callee_fp as *const usize)) };
        let Some(site) = registry.site(ret) else { return };
        let Some(func) = registry.func_at(ret) else { return };
        let frame = Frame { site, kind: func.kind, fp, sp: fp.wrapping_sub(site.span as usize) };
        if !visit(&frame) || func.kind == CodeKind::Entry {
            return;
        }
        callee_fp = fp;
    }
}

/// Visits the references held in `frame`'s stack slots.
pub fn frame_roots(frame: &Frame<'_>, visit: &mut dyn FnMut(usize)) {
    for &off in frame.site.refs.iter() {
        // SAFETY: the stack map says a reference lives at sp + off while the
        // frame is stopped at this call site.
        let v = unsafe { *((frame.sp + off as usize) as *const usize) };
        if v != 0 {
            visit(v);
        }
    }
}

/// Finds the handler for an exception, starting at exit frame `exit_fp`.
/// `catches(type_id)` says whether a typed handler matches. Returns
/// `(handler pc, sp, fp)` of the frame to resume in.
pub fn find_handler(
    registry: &CodeRegistry,
    exit_fp: usize,
    catches: &mut dyn FnMut(u32) -> bool,
) -> Option<(usize, usize, usize)> {
    let mut found = None;
    walk(registry, exit_fp, |f| {
        let Some(off) = f.site.frame_offset else { return true };
        for h in f.site.handlers.iter() {
            let pc = match *h {
                Handler::Type(t, pc) if catches(t) => pc,
                Handler::All(pc) => pc,
                Handler::Type(..) => continue,
            };
            found = Some((pc, f.fp - off as usize, f.fp));
            return false;
        }
        true
    });
    found
}

/// Resumes at a landing pad with the exception in the first payload register.
///
/// # Safety
/// `(pc, sp, fp)` must come from [`find_handler`] for a frame that is live on
/// this stack, and the caller must hold no values with pending destructors:
/// everything below `sp` is abandoned.
pub unsafe fn resume(pc: usize, sp: usize, fp: usize, exn: usize) -> ! {
    // SAFETY: see the function contract; the handler expects the exception
    // in rax and all other registers clobbered (Tail-convention try_call).
    unsafe {
        std::arch::asm!(
            "mov rsp, rcx",
            "mov rbp, rsi",
            "jmp rdi",
            in("rcx") sp, in("rsi") fp, in("rdi") pc, in("rax") exn, in("rdx") 0usize,
            options(noreturn),
        )
    }
}

/// Resumes at a handler returned by [`find_handler`] for the current walk.
/// Called only by the runtime's unwind entry, which holds nothing with a
/// destructor at that point.
pub(crate) fn resume_found(pc: usize, sp: usize, fp: usize, exn: usize) -> ! {
    // SAFETY: (pc, sp, fp) come from `find_handler` over the live frames of
    // this stack; the caller holds no values with destructors.
    unsafe { resume(pc, sp, fp, exn) }
}
