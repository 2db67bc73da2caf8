//! Root handles: strong roots owned by the heap itself, for runtime code
//! that must keep an object alive across allocations without threading it
//! through the runtime's root enumeration (natives, interned tables).

use super::Heap;
use crate::object::ObjRef;

/// A strong root held by the heap; see [`Heap::add_root`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RootHandle(usize);

/// Slots of root handles, with a free list of unused slots.
#[derive(Debug, Default)]
pub(super) struct RootTable {
    slots: Vec<Option<ObjRef>>,
    free: Vec<usize>,
    /// Slots filled since the last collection. Every other handle holds an
    /// object that survived a collection (an old one), which a minor
    /// collection need not trace.
    young: Vec<usize>,
}

impl RootTable {
    /// Calls `f` with every rooted object.
    pub(super) fn for_each(&self, mut f: impl FnMut(ObjRef)) {
        self.slots.iter().flatten().for_each(|&obj| f(obj));
    }

    /// Calls `f` with the objects of slots filled since the last collection.
    pub(super) fn for_each_young(&self, mut f: impl FnMut(ObjRef)) {
        for &index in &self.young {
            if let Some(Some(obj)) = self.slots.get(index) {
                f(*obj);
            }
        }
    }

    /// Called by every collection: all rooted objects are old now.
    pub(super) fn forget_young(&mut self) {
        self.young.clear();
    }
}

impl Heap {
    /// Keeps `obj` alive until [`Heap::remove_root`] is called.
    pub fn add_root(&mut self, obj: ObjRef) -> RootHandle {
        self.check(obj);
        let table = &mut self.roots;
        let index = match table.free.pop() {
            Some(index) => {
                table.slots[index] = Some(obj);
                index
            }
            None => {
                table.slots.push(Some(obj));
                table.slots.len() - 1
            }
        };
        table.young.push(index);
        RootHandle(index)
    }

    /// The object held by `handle`, or `None` if it was removed.
    pub fn root(&self, handle: RootHandle) -> Option<ObjRef> {
        self.roots.slots.get(handle.0).copied().flatten()
    }

    /// Makes `handle` hold `obj` instead.
    pub fn set_root(&mut self, handle: RootHandle, obj: ObjRef) {
        self.check(obj);
        if let Some(slot @ Some(_)) = self.roots.slots.get_mut(handle.0) {
            *slot = Some(obj);
            self.roots.young.push(handle.0);
        }
    }

    /// Releases `handle`; its object may now be collected. Releasing a
    /// handle twice does nothing.
    pub fn remove_root(&mut self, handle: RootHandle) {
        if let Some(slot @ Some(_)) = self.roots.slots.get_mut(handle.0) {
            *slot = None;
            self.roots.free.push(handle.0);
        }
    }
}
