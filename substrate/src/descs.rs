//! Allocation and mutation of [`TypeDesc`]s: fixed-address blocks that
//! compiled code reads (display, IMT, inline vtable) and that live as long
//! as the process.

use crate::layout::{ImtEntry, TypeDesc, TypeKind, DISPLAY_LEN, IMT_LEN};
use std::alloc::{alloc_zeroed, Layout};

/// A pointer to a leaked, never-freed type descriptor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DescPtr(*mut TypeDesc);

/// What a new descriptor is made of.
#[derive(Debug)]
pub struct DescSpec<'a> {
    /// Registry index.
    pub type_id: u32,
    /// Object, array, string or interface.
    pub kind: TypeKind,
    /// Instance size (objects) or element size (arrays).
    pub size: u32,
    /// Whether array elements are references.
    pub elem_is_ref: bool,
    /// Reference-field offsets of an instance.
    pub ref_offsets: &'a [u32],
    /// Element descriptor of an array type.
    pub elem_type: Option<DescPtr>,
    /// Superclass descriptor (its display is extended by this type).
    pub parent: Option<DescPtr>,
    /// Number of vtable entries.
    pub vtable_len: u32,
}

impl DescPtr {
    /// Allocates a descriptor with room for its vtable. Never freed.
    pub fn new(spec: &DescSpec<'_>) -> DescPtr {
        let bytes = size_of::<TypeDesc>() + 8 * spec.vtable_len as usize;
        let layout = Layout::from_size_align(bytes, 16).unwrap_or(Layout::new::<TypeDesc>());
        // SAFETY: layout has non-zero size; zeroed memory is a valid TypeDesc
        // (all fields are integers or nullable raw pointers).
        let raw = unsafe { alloc_zeroed(layout) }.cast::<TypeDesc>();
        if raw.is_null() {
            std::process::abort();
        }
        let offsets: &'static [u32] = Box::leak(spec.ref_offsets.to_vec().into_boxed_slice());
        let depth = match spec.parent {
            Some(p) => p.get().depth + 1,
            None => 0,
        };
        let mut display = [std::ptr::null::<TypeDesc>(); DISPLAY_LEN];
        if let Some(p) = spec.parent {
            display = p.get().display;
        }
        if (depth as usize) < DISPLAY_LEN {
            display[depth as usize] = raw;
        }
        // SAFETY: raw was just allocated with room for a TypeDesc and is
        // exclusively ours.
        unsafe {
            raw.write(TypeDesc {
                type_id: spec.type_id,
                kind: spec.kind as u32,
                depth,
                size: spec.size,
                elem_is_ref: u32::from(spec.elem_is_ref),
                ref_count: offsets.len() as u32,
                ref_offsets: offsets.as_ptr(),
                elem_type: spec.elem_type.map_or(std::ptr::null(), |d| d.0),
                display,
                imt: [ImtEntry::default(); IMT_LEN],
                vtable_len: spec.vtable_len,
                reserved: 0,
            });
        }
        DescPtr(raw)
    }

    /// The offsets of an instance's reference fields (the GC map).
    pub fn ref_offsets(self) -> &'static [u32] {
        let d = self.get();
        // SAFETY: `new` leaked a slice of exactly `ref_count` offsets at
        // `ref_offsets`; descriptors are never freed.
        unsafe { std::slice::from_raw_parts(d.ref_offsets, d.ref_count as usize) }
    }

    /// Rebuilds a `DescPtr` from an address read out of an object header.
    ///
    /// Returns `None` for null.
    pub fn from_addr(addr: usize) -> Option<DescPtr> {
        if addr == 0 {
            None
        } else {
            Some(DescPtr(addr as *mut TypeDesc))
        }
    }

    /// The descriptor's address, as compiled code and object headers hold it.
    pub fn addr(self) -> usize {
        self.0 as usize
    }

    /// The raw pointer, for the heap.
    pub fn as_ptr(self) -> *const TypeDesc {
        self.0
    }

    /// Read access to the fixed part.
    pub fn get(&self) -> &'static TypeDesc {
        // SAFETY: descriptors are never freed and only mutated through
        // `set_vtable`/`set_imt`, which write plain words the JIT also reads.
        unsafe { &*self.0 }
    }

    fn vtable_ptr(self) -> *mut usize {
        // SAFETY: the vtable immediately follows the TypeDesc in the same allocation.
        unsafe { self.0.add(1).cast::<usize>() }
    }

    /// Vtable entry `slot` (0 = not compiled yet).
    pub fn vtable(self, slot: u32) -> usize {
        if slot >= self.get().vtable_len {
            return 0;
        }
        // SAFETY: slot < vtable_len, inside the allocation.
        unsafe { self.vtable_ptr().add(slot as usize).read_volatile() }
    }

    /// Patches vtable entry `slot`.
    pub fn set_vtable(self, slot: u32, code: usize) {
        if slot >= self.get().vtable_len {
            return;
        }
        // SAFETY: slot < vtable_len; a word-sized store that compiled code
        // reads with a plain load (single mutator thread).
        unsafe { self.vtable_ptr().add(slot as usize).write_volatile(code) }
    }

    /// Writes IMT entry `index`.
    pub fn set_imt(self, index: usize, entry: ImtEntry) {
        if index >= IMT_LEN {
            return;
        }
        // SAFETY: index < IMT_LEN; the descriptor is live for the process.
        unsafe { (*self.0).imt[index] = entry }
    }

    /// Is `self` the same as or a subtype of `ancestor` along the superclass chain?
    pub fn extends(self, ancestor: DescPtr) -> bool {
        let d = ancestor.get().depth as usize;
        if d < DISPLAY_LEN {
            return self.get().display[d] == ancestor.0.cast_const();
        }
        false
    }
}

/// Reads the type descriptor of an object.
pub fn desc_of(obj: crate::ObjRef) -> DescPtr {
    // SAFETY: every live object starts with its descriptor pointer
    // (layout::TYPE_OFFSET == 0), written by the heap at allocation.
    DescPtr(unsafe { *(obj.addr() as *const *mut TypeDesc) })
}

/// A block of static storage for one type: fixed address, zeroed, never
/// freed; the references in it are GC roots.
#[derive(Debug, Clone, Copy)]
pub struct StaticsBlock {
    addr: usize,
    size: usize,
}

impl StaticsBlock {
    /// Allocates `size` zeroed bytes (at least 8).
    pub fn new(size: usize) -> StaticsBlock {
        let words = size.div_ceil(8).max(1);
        let mem: &'static mut [u64] = Box::leak(vec![0u64; words].into_boxed_slice());
        StaticsBlock { addr: mem.as_mut_ptr() as usize, size: words * 8 }
    }

    /// Address compiled code uses.
    pub fn addr(&self) -> usize {
        self.addr
    }

    /// Reads the reference at byte `offset`.
    pub fn read_ref(&self, offset: u32) -> Option<crate::ObjRef> {
        if offset as usize + 8 > self.size {
            return None;
        }
        // SAFETY: in bounds of a leaked, 8-aligned block; offsets of
        // reference statics are 8-aligned.
        crate::ObjRef::from_addr(unsafe { *((self.addr + offset as usize) as *const usize) })
    }

    /// Writes the reference at byte `offset`.
    pub fn write_ref(&self, offset: u32, v: Option<crate::ObjRef>) {
        if offset as usize + 8 > self.size {
            return;
        }
        // SAFETY: as in `read_ref`; single mutator thread.
        unsafe { *((self.addr + offset as usize) as *mut usize) = v.map_or(0, |o| o.addr()) }
    }
}

impl StaticsBlock {
    /// Writes the low `size` bytes (1, 2, 4 or 8) of `bits` at byte `offset`.
    pub fn write_bits(&self, offset: u32, size: u32, bits: u64) {
        if offset as usize + size as usize > self.size {
            return;
        }
        let p = self.addr + offset as usize;
        // SAFETY: in bounds of the block; fields are naturally aligned by
        // the front end's layout.
        unsafe {
            match size {
                1 => *(p as *mut u8) = bits as u8,
                2 => *(p as *mut u16) = bits as u16,
                4 => *(p as *mut u32) = bits as u32,
                _ => *(p as *mut u64) = bits,
            }
        }
    }

    /// Reads `size` bytes at byte `offset`, zero-extended.
    pub fn read_bits(&self, offset: u32, size: u32) -> u64 {
        if offset as usize + size as usize > self.size {
            return 0;
        }
        let p = self.addr + offset as usize;
        // SAFETY: as in `write_bits`.
        unsafe {
            match size {
                1 => u64::from(*(p as *const u8)),
                2 => u64::from(*(p as *const u16)),
                4 => u64::from(*(p as *const u32)),
                _ => *(p as *const u64),
            }
        }
    }
}
