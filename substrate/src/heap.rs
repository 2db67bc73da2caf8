//! The garbage-collected heap shared by both virtual machines.
//!
//! A precise, non-moving, generational mark-sweep collector with sticky
//! mark bits. Objects never move, so a root is a plain [`ObjRef`] and
//! compiled code may keep addresses in registers across a collection as
//! long as some root reports them.
//!
//! * Allocation ([`Heap::alloc`]) pops a zeroed cell from a size-segregated
//!   free list or bumps through a fresh chunk (see `space`); objects over
//!   8 KiB get their own system allocation. New objects are unmarked
//!   (young) and their addresses go into an allocation log.
//! * The mark bit doubles as the "old" bit: every object that survives a
//!   collection keeps it. A minor collection ([`Heap::collect_minor`])
//!   marks from the roots without tracing through old objects, plus from
//!   the children of remembered objects, then sweeps only the logged young
//!   objects. A full collection ([`Heap::collect`]) clears every mark,
//!   marks from the roots and sweeps the whole heap. Both clear dead weak
//!   fields. [`Heap::collection_needed`] says which one is due (see
//!   `generational`).
//! * Write barrier: a reference store into an object whose header word
//!   has [`layout::MARK_BIT`] set and [`layout::LOGGED_BIT`] clear must
//!   call [`Heap::remember`] on it, so that the next minor collection sees
//!   its old-to-young edges. Compiled code tests the bits inline; the
//!   heap's own reference stores ([`Heap::write_ref`], [`Heap::ref_array_mut`],
//!   [`Heap::array_copy`]) apply the barrier themselves. Primitive writes
//!   ([`Heap::write`]) never do: references must not be stored through them.
//! * The object model (type pointer at 0, header word at 8, GC maps in
//!   [`TypeDesc`]) is read in `object_model`, which also offers the safe
//!   field, array and string accessors the rest of the substrate uses.
//!
//! # Validity contract
//!
//! Every accessor that takes an [`ObjRef`] requires an object *of this heap*
//! that is still allocated: one returned by an allocation method and kept
//! reachable (reported as a root, or reachable from one) across every
//! collection since. Every `TypeDesc` passed to an allocation method must
//! stay valid, and keep describing the object, for as long as the heap
//! holds objects of that type. Weak fields must not appear in their type's
//! GC map (`ref_offsets`): the heap learns about them from
//! [`Heap::register_weak`] alone. Debug builds check object validity.
//!
//! Only one thread uses a heap; it is neither `Send` nor `Sync`.

mod generational;
mod mark_sweep;
pub mod object_model;
pub mod roots;
mod space;
mod weak;

#[cfg(test)]
mod generational_tests;
#[cfg(test)]
mod tests;

use crate::layout::{self, TypeDesc, HASH_BITS, HASH_SHIFT, HEADER_WORD_OFFSET, LENGTH_OFFSET};
use crate::object::ObjRef;

pub use generational::CollectionKind;
pub use object_model::{element_offset, ArrayCopyError, Primitive};
pub use roots::RootHandle;

/// How the heap decides when to collect (see [`Heap::collection_needed`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeapConfig {
    /// Collect before every allocation (`--gc-stress`): a minor collection
    /// each time, and a full one every `stress_full_every` minor ones.
    pub stress: bool,
    /// The old generation may grow to `max(min_threshold, 2 × live bytes
    /// after the last full collection)` before a full collection is due.
    pub min_threshold: usize,
    /// Bytes allocated between minor collections (the nursery budget).
    pub nursery_bytes: usize,
    /// In stress mode, minor collections between full ones.
    pub stress_full_every: u32,
}

impl Default for HeapConfig {
    fn default() -> Self {
        HeapConfig {
            stress: false,
            min_threshold: 32 << 20,
            nursery_bytes: 8 << 20,
            stress_full_every: 256,
        }
    }
}

/// Counters describing the heap.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HeapStats {
    /// Completed full collections.
    pub collections: u64,
    /// Completed minor collections.
    pub minor_collections: u64,
    /// Bytes handed out by allocation since the heap was made (cell sizes).
    pub bytes_allocated_total: u64,
    /// Bytes of the old generation after the last collection: exact after
    /// a full collection; after a minor one, the bytes live after the last
    /// full collection plus every byte promoted since (an upper bound).
    pub live_bytes_after_last_gc: usize,
    /// Bytes currently obtained from the system (chunks and large objects).
    pub heap_bytes: usize,
    /// Bytes of young objects that survived minor collections (promoted).
    pub promoted_bytes_total: u64,
    /// Duration of the last collection (of either kind) in nanoseconds.
    pub last_pause_ns: u64,
    /// Total time spent collecting in nanoseconds.
    pub total_pause_ns: u64,
}

/// An object whose reference field does not point at an object, found by
/// [`Heap::verify`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeapCorruption {
    /// Address of the object holding the bad reference.
    pub object: usize,
    /// Byte offset of the bad reference in that object.
    pub offset: usize,
    /// The bad reference.
    pub value: usize,
}

/// The garbage-collected heap. See the module docs for the validity
/// contract every `ObjRef` argument must meet.
pub struct Heap {
    space: space::Space,
    config: HeapConfig,
    /// When the next collection is due.
    policy: generational::Policy,
    /// Old objects that may point at young ones (write barrier).
    remembered: Vec<usize>,
    stats: HeapStats,
    weak: weak::WeakTable,
    roots: roots::RootTable,
    /// Kept between collections to avoid regrowing it.
    mark_stack: Vec<usize>,
    /// Identity-hash generator state (xorshift64*, never 0).
    hash_state: u64,
    /// Makes the heap `!Send` and `!Sync`: objects are raw memory.
    _not_send: std::marker::PhantomData<*mut u8>,
}

impl std::fmt::Debug for Heap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Heap")
            .field("config", &self.config)
            .field("policy", &self.policy)
            .field("remembered", &self.remembered.len())
            .field("stats", &self.stats())
            .finish_non_exhaustive()
    }
}

/// Turns an address into a pointer (addresses of heap memory are exposed
/// when the memory is obtained).
#[inline(always)]
fn addr_ptr(addr: usize) -> *mut u8 {
    std::ptr::with_exposed_provenance_mut(addr)
}

/// Reads a `T` at `addr`.
///
/// # Safety
///
/// `addr..addr + size_of::<T>()` is heap memory owned by a live `Space`,
/// and the bytes there are a valid `T`.
#[inline(always)]
unsafe fn load<T: Copy>(addr: usize) -> T {
    // SAFETY: the caller guarantees the range is readable heap memory.
    unsafe { addr_ptr(addr).cast::<T>().read_unaligned() }
}

/// Writes a `T` at `addr`.
///
/// # Safety
///
/// `addr..addr + size_of::<T>()` is heap memory owned by a live `Space`
/// that no live Rust reference points into.
#[inline(always)]
unsafe fn store<T: Copy>(addr: usize, value: T) {
    // SAFETY: the caller guarantees the range is writable heap memory.
    unsafe { addr_ptr(addr).cast::<T>().write_unaligned(value) }
}

const HEADER_WORD: usize = HEADER_WORD_OFFSET as usize;
const HASH_MASK: u64 = ((1 << HASH_BITS) - 1) << HASH_SHIFT;

impl Heap {
    /// Makes an empty heap.
    pub fn new(config: HeapConfig) -> Heap {
        Heap {
            space: space::Space::new(),
            config,
            policy: generational::Policy::new(&config),
            remembered: Vec::new(),
            stats: HeapStats::default(),
            weak: weak::WeakTable::default(),
            roots: roots::RootTable::default(),
            mark_stack: Vec::new(),
            hash_state: 0x9E37_79B9_7F4A_7C15,
            _not_send: std::marker::PhantomData,
        }
    }

    /// The configuration the heap was made with.
    pub fn config(&self) -> HeapConfig {
        self.config
    }

    /// Caps the memory the heap obtains from the system (chunks plus large
    /// objects); allocation past the cap returns `None`. `None` = no cap.
    pub fn set_limit(&mut self, max_bytes: Option<usize>) {
        self.space.set_limit(max_bytes);
    }

    /// Allocates `size` bytes (a multiple of 8, at least 16), zeroed, with
    /// `desc` stored at offset 0. Never collects. Returns `None` when the
    /// memory is exhausted (or the limit reached); the caller may collect
    /// and retry, then raise an out-of-memory fault.
    ///
    /// `desc` must stay valid while objects of its type exist (see the
    /// module docs), and `size` must cover the object it describes.
    #[expect(
        clippy::not_unsafe_ptr_arg_deref,
        reason = "type descriptors outlive their objects (validity contract)"
    )]
    #[inline]
    pub fn alloc(&mut self, desc: *const TypeDesc, size: usize) -> Option<ObjRef> {
        debug_assert!(!desc.is_null(), "allocation without a type");
        debug_assert!(size >= 16 && size.is_multiple_of(8), "bad object size {size}");
        let (addr, bytes) = match space::class_of(size) {
            Some(class) => (self.space.alloc_small(class)?, self.space.cell_size(class)),
            None => (self.space.alloc_large(size)?, size),
        };
        // SAFETY: the space just handed out this zeroed cell of `bytes >=
        // 16` bytes; nothing else refers to it.
        unsafe { store::<*const TypeDesc>(addr, desc) };
        self.policy.allocated_since_gc += bytes;
        self.stats.bytes_allocated_total += bytes as u64;
        ObjRef::from_addr(addr)
    }

    /// Allocates an array of `len` elements of `desc.size` bytes each, with
    /// its length stored. `None` if memory is exhausted or `len` exceeds
    /// `i32::MAX`. `desc` must be a valid array type (module docs).
    #[expect(
        clippy::not_unsafe_ptr_arg_deref,
        reason = "type descriptors outlive their objects (validity contract)"
    )]
    pub fn alloc_array(&mut self, desc: *const TypeDesc, len: u32) -> Option<ObjRef> {
        // SAFETY: the caller passes a valid type descriptor (module docs).
        let elem_size = unsafe { (*desc).size };
        self.alloc_with_length(desc, len, layout::array_size(len, elem_size))
    }

    /// Allocates a string of `len` UTF-16 code units (all zero), with its
    /// length stored; fill it with [`Heap::string_chars_mut`].
    pub fn alloc_string(&mut self, desc: *const TypeDesc, len: u32) -> Option<ObjRef> {
        self.alloc_with_length(desc, len, layout::string_size(len))
    }

    fn alloc_with_length(&mut self, desc: *const TypeDesc, len: u32, size: usize) -> Option<ObjRef> {
        let length = i32::try_from(len).ok()?;
        let obj = self.alloc(desc, size)?;
        // SAFETY: the new object is at least `DATA_OFFSET` bytes long.
        unsafe { store::<i32>(obj.addr() + LENGTH_OFFSET as usize, length) };
        Some(obj)
    }

    /// The object whose memory holds `addr` (an interior pointer), if any.
    pub fn object_containing(&self, addr: usize) -> Option<ObjRef> {
        self.space.object_containing(addr).and_then(ObjRef::from_addr)
    }

    /// The identity hash of `obj`: assigned on first request (non-zero,
    /// `HASH_BITS` = 30 bits), kept in the header word, stable for the
    /// object's life.
    pub fn identity_hash(&mut self, obj: ObjRef) -> i32 {
        self.check(obj);
        let word = obj.addr() + HEADER_WORD;
        // SAFETY: `obj` is an allocated object (validity contract).
        let header = unsafe { load::<u64>(word) };
        let existing = (header & HASH_MASK) >> HASH_SHIFT;
        if existing != 0 {
            return i32::try_from(existing).unwrap_or(i32::MAX);
        }
        let hash = self.next_hash();
        // SAFETY: as above.
        unsafe { store::<u64>(word, header | (u64::from(hash) << HASH_SHIFT)) };
        i32::try_from(hash).unwrap_or(i32::MAX)
    }

    /// Next non-zero value below 2^`HASH_BITS` from a xorshift64* generator.
    fn next_hash(&mut self) -> u32 {
        loop {
            let mut x = self.hash_state;
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            self.hash_state = x;
            let bits = x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> (64 - HASH_BITS);
            if let Ok(hash @ 1..) = u32::try_from(bits) {
                return hash;
            }
        }
    }

    /// Monitor-entry count stored in the header word of `obj`.
    pub fn lock_count(&self, obj: ObjRef) -> u32 {
        self.check(obj);
        // SAFETY: `obj` is an allocated object (validity contract).
        let header = unsafe { load::<u64>(obj.addr() + HEADER_WORD) };
        u32::try_from(header >> layout::LOCK_SHIFT).unwrap_or(u32::MAX)
    }

    /// Sets the monitor-entry count in the header word of `obj`.
    pub fn set_lock_count(&mut self, obj: ObjRef, count: u32) {
        self.check(obj);
        let word = obj.addr() + HEADER_WORD;
        let low = (1u64 << layout::LOCK_SHIFT) - 1;
        // SAFETY: `obj` is an allocated object (validity contract).
        unsafe {
            let header = load::<u64>(word);
            store::<u64>(word, (header & low) | (u64::from(count) << layout::LOCK_SHIFT));
        }
    }

    /// Registers the reference field at byte `offset` of `holder` as weak:
    /// after each marking, it is set to null if its target is unreachable.
    /// The registration ends when `holder` dies. The field must not be in
    /// the holder type's GC map, or it would be traced strongly.
    pub fn register_weak(&mut self, holder: ObjRef, offset: u32) {
        self.check_range(holder, offset, 8);
        self.weak.register(holder.addr(), offset);
    }

    /// Number of live weak-field registrations.
    pub fn weak_count(&self) -> usize {
        self.weak.len()
    }

    /// Counters describing the heap.
    pub fn stats(&self) -> HeapStats {
        HeapStats { heap_bytes: self.space.reserved(), ..self.stats }
    }

    /// True if `addr` is the start of an allocated object in this heap.
    /// After a collection, a freed object's address answers false until
    /// the memory is reused. Costs a tree lookup: meant for assertions.
    pub fn is_object(&self, addr: usize) -> bool {
        self.space.is_object(addr)
    }

    /// Checks that every reference field of every allocated object is null
    /// or points at an allocated object; returns the number of objects.
    /// Meant for tests and `--gc-stress` debugging: walks the whole heap.
    pub fn verify(&mut self) -> Result<usize, HeapCorruption> {
        let mut objects = Vec::new();
        self.space.for_each_object(|addr| objects.push(addr));
        for &object in &objects {
            let mut bad = None;
            // SAFETY: `object` is allocated; its type is valid (contract).
            unsafe {
                object_model::for_each_ref_slot(object, |slot| {
                    let value = load::<usize>(slot);
                    if bad.is_none() && value != 0 && !self.space.is_object(value) {
                        bad = Some(HeapCorruption { object, offset: slot - object, value });
                    }
                });
            }
            if let Some(corruption) = bad {
                return Err(corruption);
            }
        }
        Ok(objects.len())
    }

    /// Debug check of the validity contract.
    #[inline]
    fn check(&self, obj: ObjRef) {
        debug_assert!(self.space.is_object(obj.addr()), "{obj:?} is not an allocated object");
        let _ = obj;
    }
}
