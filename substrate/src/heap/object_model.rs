//! How the collector reads objects (size, reference slots) and the safe
//! accessors the rest of the substrate uses to read and write fields,
//! array elements and string characters.
//!
//! Every method taking an [`ObjRef`] relies on the heap's validity contract
//! (see [`crate::heap`]): the object was allocated by this heap and has
//! stayed reachable. Offsets and indices are checked against the object's
//! size on every call, so a wrong offset panics instead of touching memory
//! outside the object; an `ObjRef` that breaks the contract is caught only
//! by debug assertions.

use std::mem::size_of;

use super::{addr_ptr, load, store, Heap};
use crate::layout::{self, TypeDesc, TypeKind, DATA_OFFSET, HEADER_SIZE, LENGTH_OFFSET};
use crate::object::ObjRef;

const KIND_OBJECT: u32 = TypeKind::Object as u32;
const KIND_ARRAY: u32 = TypeKind::Array as u32;
const KIND_STRING: u32 = TypeKind::String as u32;
const LENGTH: usize = LENGTH_OFFSET as usize;
const DATA: usize = DATA_OFFSET as usize;

/// The type descriptor of the object at `addr`.
///
/// # Safety
///
/// `addr` is an allocated object whose type descriptor is valid.
#[inline(always)]
unsafe fn desc_of<'a>(addr: usize) -> &'a TypeDesc {
    // SAFETY: allocated objects store a valid descriptor at offset 0, which
    // outlives the object (validity contract).
    unsafe { &*load::<*const TypeDesc>(addr) }
}

/// Element or code-unit count of the array or string at `addr`.
///
/// # Safety
///
/// `addr` is an allocated array or string.
#[inline(always)]
unsafe fn length_of(addr: usize) -> usize {
    // SAFETY: arrays and strings store their length at `LENGTH_OFFSET`.
    let len = unsafe { load::<i32>(addr + LENGTH) };
    usize::try_from(len).unwrap_or(0)
}

/// Size in bytes of the object at `addr`.
///
/// # Safety
///
/// `addr` is an allocated object whose type descriptor is valid.
pub(super) unsafe fn object_size(addr: usize) -> usize {
    // SAFETY: precondition.
    let desc = unsafe { desc_of(addr) };
    match desc.kind {
        // SAFETY: precondition; arrays have a length.
        KIND_ARRAY => DATA + unsafe { length_of(addr) } * desc.size as usize,
        // SAFETY: precondition; strings have a length.
        KIND_STRING => DATA + unsafe { length_of(addr) } * 2,
        _ => desc.size as usize,
    }
}

/// Calls `f` with the address of every reference slot of the object at
/// `addr` (null or not), as given by its type's GC map.
///
/// # Safety
///
/// `addr` is an allocated object whose type descriptor is valid, and whose
/// GC map lists offsets inside the object.
#[inline]
pub(super) unsafe fn for_each_ref_slot(addr: usize, mut f: impl FnMut(usize)) {
    // SAFETY: precondition.
    let desc = unsafe { desc_of(addr) };
    match desc.kind {
        KIND_OBJECT if desc.ref_count != 0 => {
            // SAFETY: a valid descriptor's `ref_offsets` has `ref_count`
            // entries.
            let offsets = unsafe {
                std::slice::from_raw_parts(desc.ref_offsets, desc.ref_count as usize)
            };
            for &offset in offsets {
                f(addr + offset as usize);
            }
        }
        KIND_ARRAY if desc.elem_is_ref != 0 => {
            // SAFETY: precondition; arrays have a length.
            let len = unsafe { length_of(addr) };
            let mut slot = addr + DATA;
            for _ in 0..len {
                f(slot);
                slot += 8;
            }
        }
        KIND_ARRAY if desc.ref_count != 0 => {
            // Value-type elements holding references: the GC map gives
            // their offsets inside one element.
            // SAFETY: as above.
            let offsets = unsafe {
                std::slice::from_raw_parts(desc.ref_offsets, desc.ref_count as usize)
            };
            // SAFETY: precondition; arrays have a length.
            let len = unsafe { length_of(addr) };
            let mut elem = addr + DATA;
            for _ in 0..len {
                for &offset in offsets {
                    f(elem + offset as usize);
                }
                elem += desc.size as usize;
            }
        }
        _ => {}
    }
}

mod sealed {
    /// Keeps [`super::Primitive`] closed.
    pub trait Sealed {}
}

/// A plain value type that any bit pattern of its size is a valid value of
/// (integers and floats); the element type of primitive arrays.
pub trait Primitive: Copy + sealed::Sealed + 'static {}

macro_rules! primitives {
    ($($t:ty),*) => { $(impl sealed::Sealed for $t {} impl Primitive for $t {})* };
}
primitives!(i8, u8, i16, u16, i32, u32, i64, u64, f32, f64);

/// Why [`Heap::array_copy`] copied nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArrayCopyError {
    /// An operand is neither an array nor a string.
    NotArray,
    /// The element sizes differ, or one side holds references and the
    /// other does not.
    ElementMismatch,
    /// A range falls outside its array.
    OutOfBounds,
}

/// Element layout of an array or string: (element size, holds references).
fn elements(desc: &TypeDesc) -> Option<(usize, bool)> {
    match desc.kind {
        KIND_ARRAY => Some((desc.size as usize, desc.elem_is_ref != 0 || desc.ref_count != 0)),
        KIND_STRING => Some((2, false)),
        _ => None,
    }
}

impl Heap {
    /// Panics unless `offset..offset + bytes` lies in the body of `obj`
    /// (after the header).
    #[inline]
    pub(super) fn check_range(&self, obj: ObjRef, offset: u32, bytes: usize) {
        self.check(obj);
        // SAFETY: `obj` is allocated (validity contract).
        let size = unsafe { object_size(obj.addr()) };
        assert!(
            offset >= HEADER_SIZE && offset as usize + bytes <= size,
            "access of {bytes} bytes at offset {offset} outside an object of {size} bytes"
        );
    }

    /// The type descriptor of `obj`.
    #[inline]
    pub fn type_of(&self, obj: ObjRef) -> *const TypeDesc {
        self.check(obj);
        // SAFETY: `obj` is allocated (validity contract).
        unsafe { load::<*const TypeDesc>(obj.addr()) }
    }

    /// Size of `obj` in bytes (before rounding to its cell).
    pub fn object_size(&self, obj: ObjRef) -> usize {
        self.check(obj);
        // SAFETY: `obj` is allocated (validity contract).
        unsafe { object_size(obj.addr()) }
    }

    /// Element count of an array, code-unit count of a string.
    ///
    /// Panics if `obj` is neither.
    pub fn array_len(&self, obj: ObjRef) -> u32 {
        self.check(obj);
        // SAFETY: `obj` is allocated (validity contract).
        let desc = unsafe { desc_of(obj.addr()) };
        assert!(elements(desc).is_some(), "array_len of a non-array");
        // SAFETY: arrays and strings have a length.
        let len = unsafe { load::<i32>(obj.addr() + LENGTH) };
        u32::try_from(len).unwrap_or(0)
    }

    /// Reads a primitive at byte `offset` of `obj`.
    ///
    /// Panics if the value does not lie in the object's body.
    #[inline]
    pub fn read<T: Primitive>(&self, obj: ObjRef, offset: u32) -> T {
        self.check_range(obj, offset, size_of::<T>());
        // SAFETY: checked to lie inside the allocated object; any bit
        // pattern is a valid `T`.
        unsafe { load::<T>(obj.addr() + offset as usize) }
    }

    /// Writes a primitive at byte `offset` of `obj`.
    ///
    /// Panics if the value does not lie in the object's body.
    #[inline]
    pub fn write<T: Primitive>(&mut self, obj: ObjRef, offset: u32, value: T) {
        self.check_range(obj, offset, size_of::<T>());
        // SAFETY: checked to lie inside the allocated object; `&mut self`
        // excludes slices borrowed from the heap.
        unsafe { store::<T>(obj.addr() + offset as usize, value) }
    }

    /// Reads an `i32` field.
    pub fn read_i32(&self, obj: ObjRef, offset: u32) -> i32 {
        self.read(obj, offset)
    }

    /// Writes an `i32` field.
    pub fn write_i32(&mut self, obj: ObjRef, offset: u32, value: i32) {
        self.write(obj, offset, value);
    }

    /// Reads an `i64` field.
    pub fn read_i64(&self, obj: ObjRef, offset: u32) -> i64 {
        self.read(obj, offset)
    }

    /// Writes an `i64` field.
    pub fn write_i64(&mut self, obj: ObjRef, offset: u32, value: i64) {
        self.write(obj, offset, value);
    }

    /// Reads an `f64` field.
    pub fn read_f64(&self, obj: ObjRef, offset: u32) -> f64 {
        self.read(obj, offset)
    }

    /// Writes an `f64` field.
    pub fn write_f64(&mut self, obj: ObjRef, offset: u32, value: f64) {
        self.write(obj, offset, value);
    }

    /// Reads a reference field (or reference-array slot) at byte `offset`.
    #[inline]
    pub fn read_ref(&self, obj: ObjRef, offset: u32) -> Option<ObjRef> {
        usize::try_from(self.read::<u64>(obj, offset)).ok().and_then(ObjRef::from_addr)
    }

    /// Writes a reference field (or reference-array slot) at byte `offset`,
    /// applying the write barrier. `value` must be null or an object of
    /// this heap.
    #[inline]
    pub fn write_ref(&mut self, obj: ObjRef, offset: u32, value: Option<ObjRef>) {
        if let Some(target) = value {
            self.check(target);
        }
        self.write::<u64>(obj, offset, value.map_or(0, |r| r.addr() as u64));
        if let Some(target) = value {
            // SAFETY: `target` is an allocated object (validity contract).
            // Only an old-to-young edge needs remembering.
            if !unsafe { super::mark_sweep::is_marked(target.addr()) } {
                self.barrier(obj);
            }
        }
    }

    /// Checks that `obj` is an array of primitives `T` and returns its length.
    fn primitive_array<T: Primitive>(&self, obj: ObjRef) -> usize {
        self.check(obj);
        // SAFETY: `obj` is allocated (validity contract).
        let desc = unsafe { desc_of(obj.addr()) };
        assert!(
            desc.kind == KIND_ARRAY && desc.elem_is_ref == 0 && desc.size as usize == size_of::<T>(),
            "not an array of {}-byte primitives",
            size_of::<T>()
        );
        // SAFETY: arrays have a length.
        unsafe { length_of(obj.addr()) }
    }

    /// The elements of a primitive array whose elements are `T`-sized.
    ///
    /// Panics if `obj` is not such an array.
    pub fn array_data<T: Primitive>(&self, obj: ObjRef) -> &[T] {
        let len = self.primitive_array::<T>(obj);
        // SAFETY: the array's elements start 8-aligned at `DATA_OFFSET` and
        // hold `len` values of `T`; the shared borrow of the heap keeps
        // them from being written or freed meanwhile.
        unsafe { std::slice::from_raw_parts(addr_ptr(obj.addr() + DATA).cast::<T>(), len) }
    }

    /// The elements of a primitive array, writable.
    ///
    /// Panics if `obj` is not an array of `T`-sized primitives.
    pub fn array_data_mut<T: Primitive>(&mut self, obj: ObjRef) -> &mut [T] {
        let len = self.primitive_array::<T>(obj);
        // SAFETY: as in `array_data`; the exclusive borrow of the heap
        // rules out any other slice of heap memory.
        unsafe { std::slice::from_raw_parts_mut(addr_ptr(obj.addr() + DATA).cast::<T>(), len) }
    }

    /// Checks that `obj` is a reference array and returns its length.
    fn ref_array_len(&self, obj: ObjRef) -> usize {
        self.check(obj);
        // SAFETY: `obj` is allocated (validity contract).
        let desc = unsafe { desc_of(obj.addr()) };
        assert!(desc.kind == KIND_ARRAY && desc.elem_is_ref != 0, "not a reference array");
        // SAFETY: arrays have a length.
        unsafe { length_of(obj.addr()) }
    }

    /// The elements of a reference array.
    ///
    /// Panics if `obj` is not a reference array.
    pub fn ref_array(&self, obj: ObjRef) -> &[Option<ObjRef>] {
        let len = self.ref_array_len(obj);
        // SAFETY: the elements are `len` 8-aligned addresses, 0 for null,
        // which is the layout of `Option<ObjRef>`; borrowed as in
        // `array_data`.
        unsafe { std::slice::from_raw_parts(addr_ptr(obj.addr() + DATA).cast(), len) }
    }

    /// The elements of a reference array, writable. Stored values must be
    /// null or objects of this heap. The array is remembered (write
    /// barrier) in case references are stored.
    ///
    /// Panics if `obj` is not a reference array.
    pub fn ref_array_mut(&mut self, obj: ObjRef) -> &mut [Option<ObjRef>] {
        let len = self.ref_array_len(obj);
        self.barrier(obj);
        // SAFETY: as in `ref_array`, borrowed as in `array_data_mut`.
        unsafe { std::slice::from_raw_parts_mut(addr_ptr(obj.addr() + DATA).cast(), len) }
    }

    /// Checks that `obj` is a string and returns its length.
    fn string_len(&self, obj: ObjRef) -> usize {
        self.check(obj);
        // SAFETY: `obj` is allocated (validity contract).
        let desc = unsafe { desc_of(obj.addr()) };
        assert!(desc.kind == KIND_STRING, "not a string");
        // SAFETY: strings have a length.
        unsafe { length_of(obj.addr()) }
    }

    /// The UTF-16 code units of a string.
    ///
    /// Panics if `obj` is not a string.
    pub fn string_chars(&self, obj: ObjRef) -> &[u16] {
        let len = self.string_len(obj);
        // SAFETY: a string holds `len` code units at `DATA_OFFSET`;
        // borrowed as in `array_data`.
        unsafe { std::slice::from_raw_parts(addr_ptr(obj.addr() + DATA).cast(), len) }
    }

    /// The code units of a string, writable: for filling a new string.
    ///
    /// Panics if `obj` is not a string.
    pub fn string_chars_mut(&mut self, obj: ObjRef) -> &mut [u16] {
        let len = self.string_len(obj);
        // SAFETY: as in `string_chars`, borrowed as in `array_data_mut`.
        unsafe { std::slice::from_raw_parts_mut(addr_ptr(obj.addr() + DATA).cast(), len) }
    }

    /// A string's contents as Rust text (unpaired surrogates become U+FFFD).
    pub fn string_lossy(&self, obj: ObjRef) -> String {
        String::from_utf16_lossy(self.string_chars(obj))
    }

    /// Copies `len` elements from `src[src_pos..]` to `dst[dst_pos..]` with
    /// `memmove` semantics (the ranges may overlap in one array). Either
    /// side may be a string, whose code units count as 2-byte primitives.
    /// Element type compatibility beyond size (store checks) is the
    /// caller's business. Copying references applies the write barrier to
    /// `dst`.
    pub fn array_copy(
        &mut self,
        src: ObjRef,
        src_pos: u32,
        dst: ObjRef,
        dst_pos: u32,
        len: u32,
    ) -> Result<(), ArrayCopyError> {
        self.check(src);
        self.check(dst);
        // SAFETY: both objects are allocated (validity contract).
        let (src_desc, dst_desc) = unsafe { (desc_of(src.addr()), desc_of(dst.addr())) };
        let (Some(src_elems), Some(dst_elems)) = (elements(src_desc), elements(dst_desc)) else {
            return Err(ArrayCopyError::NotArray);
        };
        if src_elems != dst_elems {
            return Err(ArrayCopyError::ElementMismatch);
        }
        // SAFETY: both are arrays or strings.
        let (src_len, dst_len) = unsafe { (length_of(src.addr()), length_of(dst.addr())) };
        let (src_pos, dst_pos, len) = (src_pos as usize, dst_pos as usize, len as usize);
        if src_pos + len > src_len || dst_pos + len > dst_len {
            return Err(ArrayCopyError::OutOfBounds);
        }
        let (elem, refs) = src_elems;
        if refs && len != 0 {
            self.barrier(dst);
        }
        // SAFETY: both ranges were checked to lie within their objects'
        // elements; `ptr::copy` allows overlap; `&mut self` excludes slices.
        unsafe {
            std::ptr::copy(
                addr_ptr(src.addr() + DATA + src_pos * elem),
                addr_ptr(dst.addr() + DATA + dst_pos * elem),
                len * elem,
            );
        }
        Ok(())
    }
}

/// Offset of element `index` of an array whose elements are `elem_size`
/// bytes (the value to pass to [`Heap::read`] and friends).
pub fn element_offset(index: u32, elem_size: u32) -> Option<u32> {
    index.checked_mul(elem_size)?.checked_add(DATA_OFFSET as u32)
}

/// Size of an array object of `len` elements of the array type `desc`.
pub fn array_size(desc: &TypeDesc, len: u32) -> usize {
    layout::array_size(len, desc.size)
}
