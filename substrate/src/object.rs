//! References to heap objects.

use std::num::NonZeroUsize;

/// A reference to a heap object: the address of its header. Never null;
/// a nullable reference is `Option<ObjRef>`, which has the same size.
#[repr(transparent)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjRef(NonZeroUsize);

impl ObjRef {
    /// Wraps a raw address; `None` for 0.
    pub fn from_addr(addr: usize) -> Option<Self> {
        NonZeroUsize::new(addr).map(Self)
    }

    /// The object's address.
    pub fn addr(self) -> usize {
        self.0.get()
    }
}
