//! The one place that defines where things are in memory: object headers,
//! array and string bodies, and the type descriptor that compiled code reads.
//!
//! Every offset that JIT code or the collector uses comes from here; the
//! tests at the bottom check the `#[repr(C)]` structs against the constants.

/// Size of every object header: a type-descriptor pointer and a header word.
pub const HEADER_SIZE: u32 = 16;
/// Offset of the `*const TypeDesc` in every object.
pub const TYPE_OFFSET: i32 = 0;
/// Offset of the 64-bit header word (lock state, identity hash, GC bits).
pub const HEADER_WORD_OFFSET: i32 = 8;
/// First instance field of a plain object.
pub const FIELDS_OFFSET: u32 = HEADER_SIZE;

/// Offset of the `i32` element count of an array or the code-unit count of a string.
pub const LENGTH_OFFSET: i32 = 16;
/// Offset of the cached `i32` hash of a string (0 = not computed yet).
pub const STRING_HASH_OFFSET: i32 = 20;
/// First element of an array, first UTF-16 code unit of a string.
pub const DATA_OFFSET: i32 = 24;

/// Header word: bit 0 is the collector's mark bit, which doubles as the
/// "old" bit: it stays set on every object that survived a collection.
pub const MARK_BIT: u64 = 1;
/// Header word: bits 1..31 hold the identity hash (0 = not assigned yet).
pub const HASH_SHIFT: u32 = 1;
/// Width of the identity hash in the header word.
pub const HASH_BITS: u32 = 30;
/// Header word: bit 31 is set while an old object is in the collector's
/// remembered set. A reference store into an object whose header has
/// `MARK_BIT` set and `LOGGED_BIT` clear must call the write-barrier slow
/// path (`Heap::remember`).
pub const LOGGED_BIT: u64 = 1 << 31;
/// Header word: bits 32..64 count monitor entries by the (single) owner.
pub const LOCK_SHIFT: u32 = 32;

/// Number of entries in the ancestor display: a type at depth < this is
/// tested for subtyping with one load and one compare.
pub const DISPLAY_LEN: usize = 8;
/// Number of entries in the hashed interface method table.
pub const IMT_LEN: usize = 16;

/// What kind of object a type describes.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeKind {
    /// Fixed-size object with fields.
    Object = 0,
    /// One-dimensional array; `elem_size` and `elem_is_ref` describe elements.
    Array = 1,
    /// Immutable UTF-16 string.
    String = 2,
    /// Interface: never the type of an object.
    Interface = 3,
}

/// One interface-method-table entry: a selector and the code it dispatches to.
#[repr(C)]
#[derive(Debug, Clone, Copy, Default)]
pub struct ImtEntry {
    /// Selector id (`0` = empty).
    pub selector: u64,
    /// Code address, or 0.
    pub code: usize,
}

/// The type descriptor every object points at. It is followed in memory by
/// `vtable_len` code addresses (the inline vtable); a subtype's vtable
/// starts with its parent's.
#[repr(C)]
#[derive(Debug)]
pub struct TypeDesc {
    /// Index of this type in the runtime's type registry.
    pub type_id: u32,
    /// `TypeKind` as u32.
    pub kind: u32,
    /// Depth in the single-inheritance chain (root = 0).
    pub depth: u32,
    /// Size in bytes of an instance (objects) or of one element (arrays).
    pub size: u32,
    /// 1 if array elements are references.
    pub elem_is_ref: u32,
    /// Number of entries in `ref_offsets`.
    pub ref_count: u32,
    /// Byte offsets of reference fields of an instance (the GC map).
    pub ref_offsets: *const u32,
    /// Element type of an array type, else null.
    pub elem_type: *const TypeDesc,
    /// Ancestors by depth: `display[d]` is the ancestor at depth `d`.
    pub display: [*const TypeDesc; DISPLAY_LEN],
    /// Interface dispatch, hashed by selector.
    pub imt: [ImtEntry; IMT_LEN],
    /// Number of vtable entries that follow this struct.
    pub vtable_len: u32,
    /// Reserved; keeps the vtable 8-byte aligned.
    pub reserved: u32,
}

/// Offset of vtable entry `slot` from the start of a `TypeDesc`.
pub const fn vtable_entry_offset(slot: u32) -> i32 {
    (size_of::<TypeDesc>() + 8 * slot as usize) as i32
}

/// Offset of IMT entry `index` in a `TypeDesc`.
pub const fn imt_entry_offset(index: usize) -> i32 {
    (std::mem::offset_of!(TypeDesc, imt) + index * size_of::<ImtEntry>()) as i32
}

/// Offset of display entry `depth` in a `TypeDesc`.
pub const fn display_offset(depth: usize) -> i32 {
    (std::mem::offset_of!(TypeDesc, display) + depth * 8) as i32
}

/// Offset of `TypeDesc::depth`.
pub const DEPTH_OFFSET: i32 = std::mem::offset_of!(TypeDesc, depth) as i32;
/// Offset of `TypeDesc::type_id`.
pub const TYPE_ID_OFFSET: i32 = std::mem::offset_of!(TypeDesc, type_id) as i32;

/// Size of an array object with `len` elements of `elem_size` bytes, rounded to 8.
pub const fn array_size(len: u32, elem_size: u32) -> usize {
    round_up(DATA_OFFSET as usize + len as usize * elem_size as usize)
}

/// Size of a string object with `len` UTF-16 code units, rounded to 8.
pub const fn string_size(len: u32) -> usize {
    array_size(len, 2)
}

/// Rounds a size up to the 8-byte allocation granule.
pub const fn round_up(n: usize) -> usize {
    (n + 7) & !7
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::mem::{offset_of, size_of};

    #[test]
    fn type_desc_layout_matches_constants() {
        assert_eq!(offset_of!(TypeDesc, depth) as i32, DEPTH_OFFSET);
        assert_eq!(offset_of!(TypeDesc, type_id) as i32, TYPE_ID_OFFSET);
        assert_eq!(size_of::<TypeDesc>() % 8, 0);
        assert_eq!(size_of::<ImtEntry>(), 16);
        assert_eq!(vtable_entry_offset(0) as usize, size_of::<TypeDesc>());
    }

    #[test]
    fn sizes_round_to_granule() {
        assert_eq!(array_size(0, 4), 24);
        assert_eq!(array_size(3, 4), 40);
        assert_eq!(string_size(5), 40);
    }
}
