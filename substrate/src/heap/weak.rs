//! Weak reference fields: registered (holder, offset) pairs that marking
//! does not trace and that are cleared when their target dies.

use super::mark_sweep::is_marked;
use super::{load, store};

/// Every registered weak field.
#[derive(Debug, Default)]
pub(super) struct WeakTable {
    /// Holder address and byte offset of the weak field.
    entries: Vec<(usize, u32)>,
}

impl WeakTable {
    /// Registers the field at `offset` of `holder` (already bounds-checked).
    pub(super) fn register(&mut self, holder: usize, offset: u32) {
        self.entries.push((holder, offset));
    }

    /// Number of registrations.
    pub(super) fn len(&self) -> usize {
        self.entries.len()
    }

    /// Drops registrations whose holder is unmarked and clears weak fields
    /// whose target is unmarked.
    ///
    /// # Safety
    ///
    /// Marking is complete and nothing has been swept since: every holder
    /// is still allocated, and marked exactly when it survives.
    pub(super) unsafe fn process(&mut self) {
        self.entries.retain(|&(holder, offset)| {
            // SAFETY: holders stay allocated until swept; the offset was
            // checked against the holder's size at registration; a
            // non-null field holds an allocated object.
            unsafe {
                if !is_marked(holder) {
                    return false;
                }
                let slot = holder + offset as usize;
                let target = load::<usize>(slot);
                if target != 0 && !is_marked(target) {
                    store::<usize>(slot, 0);
                }
            }
            true
        });
    }
}
