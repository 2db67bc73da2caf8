//! Where objects live: size-segregated chunks for small objects and one
//! system allocation per large object.
//!
//! A chunk belongs to one size class and is cut into equal cells. Cells are
//! handed out first from the class's free list, then by bumping through the
//! class's current chunk, then from a fresh chunk. Every cell that is not an
//! object is entirely zero except, while it is on a free list, for the link
//! to the next free cell in its header word; so a cell is an object exactly
//! when its type pointer is non-null, and allocation returns zeroed memory
//! without clearing it.
//!
//! The space also keeps the allocation log of the generational collector:
//! the address of every object allocated since the last collection (the
//! young objects), per size class for small objects, so that a minor
//! collection sweeps those objects alone (`sweep_young`). A full sweep
//! (`sweep`) walks every chunk. Both leave survivors marked: the mark bit
//! is the "old" bit between collections.

use std::alloc::{self, Layout};
use std::collections::BTreeMap;

use super::{addr_ptr, load, store};
use crate::layout::{LOGGED_BIT, MARK_BIT};

/// Bytes in one chunk.
pub(super) const CHUNK_SIZE: usize = 256 * 1024;
/// Largest object size served from chunks; bigger objects are "large".
pub(super) const MAX_SMALL: usize = 8192;

/// Cell sizes: 8-byte steps up to 256 bytes, then four steps per doubling.
const CLASS_SIZES: [u32; 51] = [
    16, 24, 32, 40, 48, 56, 64, 72, 80, 88, 96, 104, 112, 120, 128, 136, 144, 152, 160, 168, 176,
    184, 192, 200, 208, 216, 224, 232, 240, 248, 256, 320, 384, 448, 512, 640, 768, 896, 1024,
    1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096, 5120, 6144, 7168, 8192,
];
/// Number of size classes.
const CLASS_COUNT: usize = CLASS_SIZES.len();

/// `CLASS_OF[size / 8]` is the smallest class whose cells hold `size` bytes.
static CLASS_OF: [u8; MAX_SMALL / 8 + 1] = build_class_of();

#[allow(clippy::cast_possible_truncation, reason = "there are fewer than 256 classes")]
const fn build_class_of() -> [u8; MAX_SMALL / 8 + 1] {
    let mut table = [0u8; MAX_SMALL / 8 + 1];
    let mut i = 0;
    let mut class = 0;
    while i < table.len() {
        while (CLASS_SIZES[class] as usize) < i * 8 {
            class += 1;
        }
        table[i] = class as u8;
        i += 1;
    }
    table
}

/// Allocation state of one size class.
#[derive(Debug)]
struct SizeClass {
    /// Cell size in bytes.
    cell: usize,
    /// First free cell (linked through the header word), or 0.
    free: usize,
    /// Next never-used cell in the current chunk.
    bump: usize,
    /// End of the last whole cell in the current chunk.
    bump_end: usize,
    /// Base of the current chunk, or 0.
    chunk: usize,
    /// Cells that survived the last sweep, plus cells promoted by minor
    /// sweeps since.
    live_cells: usize,
    /// Cells handed out since the last collection (the allocation log).
    young: Vec<usize>,
}

/// One chunk of small-object cells.
#[derive(Debug, Clone, Copy)]
struct Chunk {
    /// Size class of every cell.
    class: usize,
    /// Cell size in bytes.
    cell: usize,
    /// Offset of the first never-used cell. For a class's current chunk the
    /// class's bump pointer is the live value; `sync_tops` copies it here.
    top: usize,
}

/// Result of a sweep.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct SweepResult {
    /// Bytes in cells and large objects that survived (for a minor sweep:
    /// young objects that survived, now old).
    pub(super) live_bytes: usize,
}

/// All memory of one heap.
#[derive(Debug)]
pub(super) struct Space {
    classes: [SizeClass; CLASS_COUNT],
    /// Chunks in use, by base address.
    chunks: BTreeMap<usize, Chunk>,
    /// Large objects: address -> size in bytes.
    large: BTreeMap<usize, usize>,
    /// Large objects allocated since the last collection.
    young_large: Vec<usize>,
    /// Bytes currently obtained from the system allocator.
    reserved: usize,
    /// Upper bound on `reserved`, if any.
    limit: Option<usize>,
}

/// The class whose cells hold `size` bytes, or `None` if `size` is large.
#[inline]
pub(super) fn class_of(size: usize) -> Option<usize> {
    CLASS_OF.get((size + 7) >> 3).map(|&c| usize::from(c))
}

/// Zeroes a dead cell (header word excepted: the caller links it).
///
/// # Safety
///
/// `addr..addr + cell` is a cell of a chunk the space owns.
#[inline(always)]
unsafe fn clear_cell(addr: usize, cell: usize) {
    if cell <= 64 {
        // Small cells: a few inline stores beat a call to `memset`.
        let mut offset = 0;
        while offset < cell {
            // SAFETY: `offset < cell`, within the cell.
            unsafe { store::<u64>(addr + offset, 0) };
            offset += 8;
        }
    } else {
        // SAFETY: precondition.
        unsafe { std::ptr::write_bytes(addr_ptr(addr), 0, cell) };
    }
}

impl Space {
    pub(super) fn new() -> Self {
        let classes = std::array::from_fn(|i| SizeClass {
            cell: CLASS_SIZES[i] as usize,
            free: 0,
            bump: 0,
            bump_end: 0,
            chunk: 0,
            live_cells: 0,
            young: Vec::new(),
        });
        Space {
            classes,
            chunks: BTreeMap::new(),
            large: BTreeMap::new(),
            young_large: Vec::new(),
            reserved: 0,
            limit: None,
        }
    }

    pub(super) fn set_limit(&mut self, limit: Option<usize>) {
        self.limit = limit;
    }

    /// Bytes obtained from the system.
    pub(super) fn reserved(&self) -> usize {
        self.reserved
    }

    /// Cell size of `class`.
    #[inline]
    pub(super) fn cell_size(&self, class: usize) -> usize {
        self.classes[class].cell
    }

    /// Takes a zeroed cell of `class` (its type pointer and header word
    /// are 0) and logs it as young.
    #[inline]
    pub(super) fn alloc_small(&mut self, class: usize) -> Option<usize> {
        let c = &mut self.classes[class];
        let cell = c.free;
        let cell = if cell != 0 {
            // SAFETY: `cell` is on the free list, so it is a cell of a chunk
            // this space owns, and its header word holds the next link.
            unsafe {
                c.free = load::<usize>(cell + 8);
                store::<usize>(cell + 8, 0);
            }
            cell
        } else if c.bump < c.bump_end {
            let cell = c.bump;
            c.bump += c.cell;
            cell
        } else {
            self.refill(class)?
        };
        self.classes[class].young.push(cell);
        Some(cell)
    }

    /// Gives `class` a new current chunk and takes its first cell.
    #[cold]
    fn refill(&mut self, class: usize) -> Option<usize> {
        let base = self.system_alloc(CHUNK_SIZE)?;
        self.sync_top(class);
        let cell = self.classes[class].cell;
        self.chunks.insert(base, Chunk { class, cell, top: 0 });
        let c = &mut self.classes[class];
        c.chunk = base;
        c.bump = base + cell;
        c.bump_end = base + (CHUNK_SIZE / cell) * cell;
        Some(base)
    }

    /// Allocates a zeroed large object of `size` bytes and logs it as young.
    pub(super) fn alloc_large(&mut self, size: usize) -> Option<usize> {
        let addr = self.system_alloc(size)?;
        self.large.insert(addr, size);
        self.young_large.push(addr);
        Some(addr)
    }

    /// Gets `size` zeroed bytes from the system, within the limit.
    fn system_alloc(&mut self, size: usize) -> Option<usize> {
        let total = self.reserved.checked_add(size)?;
        if self.limit.is_some_and(|limit| total > limit) {
            return None;
        }
        let layout = Layout::from_size_align(size, 8).ok()?;
        // SAFETY: `size` is non-zero (at least one 16-byte object).
        let ptr = unsafe { alloc::alloc_zeroed(layout) };
        if ptr.is_null() {
            return None;
        }
        self.reserved = total;
        Some(ptr.expose_provenance())
    }

    /// Returns memory obtained by `system_alloc(size)`.
    ///
    /// # Safety
    ///
    /// `addr` came from `system_alloc(size)` and is not used afterwards.
    unsafe fn system_free(&mut self, addr: usize, size: usize) {
        self.reserved -= size;
        if let Ok(layout) = Layout::from_size_align(size, 8) {
            // SAFETY: the caller passes an allocation made with this layout.
            unsafe { alloc::dealloc(addr_ptr(addr), layout) };
        }
    }

    /// Records the bump pointer of `class` in its current chunk.
    fn sync_top(&mut self, class: usize) {
        let c = &self.classes[class];
        if c.chunk != 0 {
            if let Some(chunk) = self.chunks.get_mut(&c.chunk) {
                chunk.top = c.bump - c.chunk;
            }
        }
    }

    /// True if `addr` is the start of an allocated object.
    pub(super) fn is_object(&self, addr: usize) -> bool {
        if addr == 0 || !addr.is_multiple_of(8) {
            return false;
        }
        if self.large.contains_key(&addr) {
            return true;
        }
        let Some((&base, chunk)) = self.chunks.range(..=addr).next_back() else {
            return false;
        };
        let class = &self.classes[chunk.class];
        let top = if class.chunk == base { class.bump - base } else { chunk.top };
        let offset = addr - base;
        // SAFETY: `addr` is the start of a used cell of a chunk we own.
        offset < top && offset.is_multiple_of(chunk.cell) && unsafe { load::<usize>(addr) } != 0
    }

    /// The start of the allocated object whose memory holds `addr`, if any
    /// (interior pointers: managed pointers into fields and elements).
    pub(super) fn object_containing(&self, addr: usize) -> Option<usize> {
        if let Some((&base, &size)) = self.large.range(..=addr).next_back() {
            if addr < base + size {
                return Some(base);
            }
        }
        let (&base, chunk) = self.chunks.range(..=addr).next_back()?;
        if addr >= base + CHUNK_SIZE {
            return None;
        }
        let start = base + (addr - base) / chunk.cell * chunk.cell;
        self.is_object(start).then_some(start)
    }

    /// Calls `f` with every allocated object (for verification).
    pub(super) fn for_each_object(&mut self, mut f: impl FnMut(usize)) {
        for class in 0..CLASS_COUNT {
            self.sync_top(class);
        }
        for (&base, chunk) in &self.chunks {
            let mut addr = base;
            while addr < base + chunk.top {
                // SAFETY: `addr` is a used cell of a chunk we own.
                if unsafe { load::<usize>(addr) } != 0 {
                    f(addr);
                }
                addr += chunk.cell;
            }
        }
        for &addr in self.large.keys() {
            f(addr);
        }
    }

    /// Clears the mark and logged bits of every object: the start of a
    /// full collection.
    pub(super) fn clear_marks(&mut self) {
        let bits = !(MARK_BIT | LOGGED_BIT);
        for class in 0..CLASS_COUNT {
            self.sync_top(class);
        }
        for (&base, chunk) in &self.chunks {
            let mut addr = base;
            let top = base + chunk.top;
            while addr < top {
                // SAFETY: `addr` is a used cell of a chunk we own; only
                // objects (non-null type word) have a header word to edit.
                unsafe {
                    if load::<usize>(addr) != 0 {
                        store::<u64>(addr + 8, load::<u64>(addr + 8) & bits);
                    }
                }
                addr += chunk.cell;
            }
        }
        for &addr in self.large.keys() {
            // SAFETY: `addr` is a large object we own.
            unsafe { store::<u64>(addr + 8, load::<u64>(addr + 8) & bits) };
        }
    }

    /// Number of objects allocated since the last collection.
    #[cfg(test)]
    pub(super) fn young_count(&self) -> usize {
        self.young_large.len() + self.classes.iter().map(|c| c.young.len()).sum::<usize>()
    }

    /// Frees every unmarked object allocated since the last collection
    /// (the minor sweep). Survivors stay marked, i.e. become old; older
    /// objects are not looked at. Empties the allocation log.
    pub(super) fn sweep_young(&mut self) -> SweepResult {
        let mut live_bytes = 0;
        for c in &mut self.classes {
            let mut live = 0;
            for &addr in &c.young {
                // SAFETY: logged cells were handed out as objects since the
                // last collection and nothing has freed them since; a cell
                // taken off the free list gets its link cleared at once.
                unsafe {
                    if load::<u64>(addr + 8) & MARK_BIT != 0 {
                        live += 1;
                        continue;
                    }
                    clear_cell(addr, c.cell);
                    store::<usize>(addr + 8, c.free);
                }
                c.free = addr;
            }
            c.young.clear();
            c.live_cells += live;
            live_bytes += live * c.cell;
        }
        for addr in std::mem::take(&mut self.young_large) {
            // SAFETY: `addr` is a large object allocated since the last
            // collection and not freed since.
            if unsafe { load::<u64>(addr + 8) } & MARK_BIT != 0 {
                live_bytes += self.large.get(&addr).copied().unwrap_or(0);
            } else if let Some(size) = self.large.remove(&addr) {
                // SAFETY: large objects come from `system_alloc(size)`; this
                // one is unreachable and now forgotten.
                unsafe { self.system_free(addr, size) };
            }
        }
        SweepResult { live_bytes }
    }

    /// Frees every unmarked object, rebuilding all free lists; survivors
    /// stay marked. Empties the allocation log.
    ///
    /// A chunk left empty stays with its class while the class's free cells
    /// fall short of the cells it allocated since the last sweep (its
    /// likely demand before the next one); other empty chunks go back to
    /// the system. Kept chunks need no clearing: their cells are free.
    pub(super) fn sweep(&mut self) -> SweepResult {
        let mut used = [0usize; CLASS_COUNT];
        let mut live = [0usize; CLASS_COUNT];
        let mut free = [0usize; CLASS_COUNT];
        for class in 0..CLASS_COUNT {
            self.sync_top(class);
        }
        for (c, free) in self.classes.iter_mut().zip(&mut free) {
            c.free = 0;
            *free = (c.bump_end - c.bump) / c.cell;
        }
        let mut live_bytes = 0;
        // Empty chunks: (base, class, first free cell, last free cell).
        let mut empty = Vec::new();
        for (&base, chunk) in &self.chunks {
            let cell = chunk.cell;
            let top = base + chunk.top;
            let mut chunk_used = 0usize;
            let mut chunk_live = 0usize;
            let mut head = 0usize;
            let mut tail = 0usize;
            let mut addr = top;
            // Walk down so that the rebuilt list runs up through memory.
            while addr > base {
                addr -= cell;
                // SAFETY: `addr` is a used cell of a chunk we own; objects
                // and free cells alike have a type word and a header word.
                unsafe {
                    if load::<usize>(addr) != 0 {
                        chunk_used += 1;
                        let header = load::<u64>(addr + 8);
                        if header & MARK_BIT != 0 {
                            chunk_live += 1;
                            continue;
                        }
                        clear_cell(addr, cell);
                    }
                    store::<usize>(addr + 8, head);
                }
                if tail == 0 {
                    tail = addr;
                }
                head = addr;
            }
            let class = chunk.class;
            used[class] += chunk_used;
            live[class] += chunk_live;
            live_bytes += chunk_live * cell;
            if chunk_live == 0 && self.classes[class].chunk != base {
                empty.push((base, class, head, tail));
            } else if head != 0 {
                free[class] += chunk.top / cell - chunk_live;
                let c = &mut self.classes[class];
                // SAFETY: `tail` is the last cell of this chunk's list.
                unsafe { store::<usize>(tail + 8, c.free) };
                c.free = head;
            }
        }
        for (base, class, head, tail) in empty {
            let c = &mut self.classes[class];
            let demand = used[class].saturating_sub(c.live_cells);
            if free[class] < demand && head != 0 {
                free[class] += CHUNK_SIZE / c.cell;
                // SAFETY: as above, for a kept empty chunk.
                unsafe { store::<usize>(tail + 8, c.free) };
                c.free = head;
            } else {
                self.chunks.remove(&base);
                // SAFETY: chunks come from `system_alloc(CHUNK_SIZE)`, and
                // this one holds no objects and is on no list.
                unsafe { self.system_free(base, CHUNK_SIZE) };
            }
        }
        for (c, live) in self.classes.iter_mut().zip(live) {
            c.live_cells = live;
            c.young.clear();
            // A log that grew for a burst of allocation need not stay big.
            c.young.shrink_to(1 << 12);
        }
        self.young_large.clear();
        let mut dead = Vec::new();
        for (&addr, &size) in &self.large {
            // SAFETY: `addr` is a large object we own.
            unsafe {
                if load::<u64>(addr + 8) & MARK_BIT != 0 {
                    live_bytes += size;
                } else {
                    dead.push((addr, size));
                }
            }
        }
        for (addr, size) in dead {
            self.large.remove(&addr);
            // SAFETY: large objects come from `system_alloc(size)`; this one
            // is unreachable and now forgotten.
            unsafe { self.system_free(addr, size) };
        }
        SweepResult { live_bytes }
    }
}

impl Drop for Space {
    fn drop(&mut self) {
        let chunks: Vec<usize> = self.chunks.keys().copied().collect();
        for base in chunks {
            // SAFETY: every chunk came from `system_alloc(CHUNK_SIZE)`, and
            // the heap (with every object in it) is going away.
            unsafe { self.system_free(base, CHUNK_SIZE) };
        }
        let large: Vec<(usize, usize)> = self.large.iter().map(|(&a, &s)| (a, s)).collect();
        for (addr, size) in large {
            // SAFETY: as above, for `system_alloc(size)`.
            unsafe { self.system_free(addr, size) };
        }
        self.chunks.clear();
        self.large.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_table_covers_every_size() {
        for size in (16..=MAX_SMALL).step_by(8) {
            let class = class_of(size).expect("small");
            let cell = CLASS_SIZES[class] as usize;
            assert!(cell >= size, "size {size} class {class}");
            if class > 0 {
                assert!((CLASS_SIZES[class - 1] as usize) < size);
            }
        }
        assert!(class_of(MAX_SMALL + 8).is_none());
        assert!(CLASS_SIZES.windows(2).all(|w| w[0] < w[1] && w[1] % 8 == 0));
    }
}
