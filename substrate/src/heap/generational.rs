//! Generations with sticky mark bits: when to collect, the two kinds of
//! collection, and the write barrier's slow path.
//!
//! There is no separate nursery space: an object is young while its mark
//! bit is clear and old once it has survived a collection, which leaves
//! the bit set. A minor collection therefore never traces through an old
//! object (marking stops at set bits) and only sweeps the young objects in
//! the space's allocation log. What keeps that sound is the remembered
//! set: every old object that had a reference stored into it since the
//! last collection, whose children are traced as extra roots.
//!
//! Every collection leaves all survivors marked, the remembered set empty,
//! no `LOGGED_BIT` set, and the allocation log empty.

use std::time::Instant;

use super::{load, mark_sweep, object_model, store, Heap, HeapConfig, HEADER_WORD};
use crate::layout::{LOGGED_BIT, MARK_BIT};
use crate::object::ObjRef;

/// Which collection to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CollectionKind {
    /// Trace and sweep only the objects allocated since the last collection.
    Minor,
    /// Trace and sweep the whole heap.
    Full,
}

/// The counters the collection policy looks at.
#[derive(Debug, Clone, Copy)]
pub(super) struct Policy {
    /// Bytes allocated since the last collection of either kind.
    pub(super) allocated_since_gc: usize,
    /// Bytes live after the last full collection plus bytes promoted since.
    old_bytes: usize,
    /// `old_bytes` above which a full collection is due.
    full_threshold: usize,
    /// Minor collections since the last full one.
    minors_since_full: u32,
}

impl Policy {
    pub(super) fn new(config: &HeapConfig) -> Self {
        Policy {
            allocated_since_gc: 0,
            old_bytes: 0,
            full_threshold: config.min_threshold,
            minors_since_full: 0,
        }
    }
}

impl Heap {
    /// What collection (if any) should run before allocating `size` bytes.
    ///
    /// Normally a full collection once the old generation (bytes live after
    /// the last full collection plus bytes promoted since) exceeds
    /// `max(min_threshold, 2 × live after the last full)`, else a minor one
    /// once the bytes allocated since the last collection would exceed
    /// `nursery_bytes`. In stress mode, always a collection: a full one
    /// after `stress_full_every` minor ones (or when the old generation is
    /// over its threshold), a minor one otherwise.
    #[inline]
    pub fn collection_needed(&self, size: usize) -> Option<CollectionKind> {
        let p = &self.policy;
        if p.old_bytes > p.full_threshold
            || (self.config.stress && p.minors_since_full >= self.config.stress_full_every)
        {
            Some(CollectionKind::Full)
        } else if self.config.stress
            || p.allocated_since_gc.saturating_add(size) > self.config.nursery_bytes
        {
            Some(CollectionKind::Minor)
        } else {
            None
        }
    }

    /// True when the next allocation of `size` bytes should be preceded by
    /// a collection: `collection_needed(size).is_some()`.
    #[inline]
    pub fn should_collect(&self, size: usize) -> bool {
        self.collection_needed(size).is_some()
    }

    /// Full collection. `roots` is called once with a sink and must report
    /// every root (null roots are simply not reported); root handles held
    /// by the heap are added. Unreachable objects are freed, weak fields
    /// whose target died are set to null, and survivors stay marked (old).
    #[expect(clippy::type_complexity, reason = "the enumerator receives a sink: two dyn layers")]
    pub fn collect(&mut self, roots: &mut dyn FnMut(&mut dyn FnMut(ObjRef))) {
        let start = Instant::now();
        self.space.clear_marks();
        self.remembered.clear();
        let mut stack = std::mem::take(&mut self.mark_stack);
        {
            let space = &self.space;
            let mut sink = |obj: ObjRef| {
                debug_assert!(space.is_object(obj.addr()), "root {obj:?} is not an object");
                stack.push(obj.addr());
            };
            roots(&mut sink);
            self.roots.for_each(&mut sink);
        }
        // SAFETY: the stack holds roots; every object reachable from them
        // is allocated and has a valid type (validity contract).
        unsafe { mark_sweep::drain(&mut stack) };
        // SAFETY: marking is complete and nothing has been swept yet.
        unsafe { self.weak.process() };
        let swept = self.space.sweep();
        self.mark_stack = Self::recycle(stack);
        self.roots.forget_young();

        let live = swept.live_bytes;
        let p = &mut self.policy;
        p.allocated_since_gc = 0;
        p.old_bytes = live;
        p.full_threshold = self.config.min_threshold.max(live.saturating_mul(2));
        p.minors_since_full = 0;
        self.stats.collections += 1;
        self.stats.live_bytes_after_last_gc = live;
        self.record_pause(start);
    }

    /// Minor collection. `roots` is as for [`Heap::collect`]. Marks from
    /// the roots and from the children of remembered objects, never
    /// tracing through old objects, then frees the unreachable objects
    /// among those allocated since the last collection. Old objects are
    /// kept even if unreachable, until the next full collection.
    #[expect(clippy::type_complexity, reason = "the enumerator receives a sink: two dyn layers")]
    pub fn collect_minor(&mut self, roots: &mut dyn FnMut(&mut dyn FnMut(ObjRef))) {
        let start = Instant::now();
        let mut stack = std::mem::take(&mut self.mark_stack);
        {
            let space = &self.space;
            let mut sink = |obj: ObjRef| {
                debug_assert!(space.is_object(obj.addr()), "root {obj:?} is not an object");
                stack.push(obj.addr());
            };
            roots(&mut sink);
            // Handles set before the last collection hold old objects.
            self.roots.for_each_young(&mut sink);
        }
        for &obj in &self.remembered {
            // SAFETY: remembered objects are old, and old objects are freed
            // only by full collections, which empty the remembered set; a
            // non-null reference slot holds an allocated object.
            unsafe {
                let word = obj + HEADER_WORD;
                store::<u64>(word, load::<u64>(word) & !LOGGED_BIT);
                object_model::for_each_ref_slot(obj, |slot| {
                    let target = load::<usize>(slot);
                    if target != 0 {
                        stack.push(target);
                    }
                });
            }
        }
        self.remembered.clear();
        // SAFETY: the stack holds roots and children of live old objects;
        // everything reachable from them is allocated (validity contract).
        // Marking stops at old objects: their young children are on the
        // stack already if they were stored since (write barrier), or were
        // marked by the collection that promoted the parent.
        unsafe { mark_sweep::drain(&mut stack) };
        // SAFETY: marking is complete and nothing has been swept yet. Old
        // holders and targets are marked, so only young ones are dropped.
        unsafe { self.weak.process() };
        let swept = self.space.sweep_young();
        self.mark_stack = Self::recycle(stack);
        self.roots.forget_young();

        let p = &mut self.policy;
        p.allocated_since_gc = 0;
        p.old_bytes = p.old_bytes.saturating_add(swept.live_bytes);
        p.minors_since_full = p.minors_since_full.saturating_add(1);
        self.stats.minor_collections += 1;
        self.stats.promoted_bytes_total += swept.live_bytes as u64;
        self.stats.live_bytes_after_last_gc = p.old_bytes;
        self.record_pause(start);
    }

    /// Runs the collection of `kind`.
    #[expect(clippy::type_complexity, reason = "the enumerator receives a sink: two dyn layers")]
    pub fn collect_kind(
        &mut self,
        kind: CollectionKind,
        roots: &mut dyn FnMut(&mut dyn FnMut(ObjRef)),
    ) {
        match kind {
            CollectionKind::Minor => self.collect_minor(roots),
            CollectionKind::Full => self.collect(roots),
        }
    }

    /// Write-barrier slow path: `obj` is old and not yet logged. Sets its
    /// `LOGGED_BIT` and adds it to the remembered set. Does nothing if
    /// `obj` is young or already logged, so calling it too often is safe.
    pub fn remember(&mut self, obj: ObjRef) {
        self.check(obj);
        let word = obj.addr() + HEADER_WORD;
        // SAFETY: `obj` is an allocated object (validity contract).
        let header = unsafe { load::<u64>(word) };
        if header & (MARK_BIT | LOGGED_BIT) == MARK_BIT {
            // SAFETY: as above.
            unsafe { store::<u64>(word, header | LOGGED_BIT) };
            self.remembered.push(obj.addr());
        }
    }

    /// The write barrier for a reference store into `obj`: remembers `obj`
    /// if it is old and not logged yet.
    #[inline]
    pub(super) fn barrier(&mut self, obj: ObjRef) {
        // SAFETY: callers pass an allocated object (validity contract).
        let header = unsafe { load::<u64>(obj.addr() + HEADER_WORD) };
        if header & (MARK_BIT | LOGGED_BIT) == MARK_BIT {
            self.remember(obj);
        }
    }

    /// Number of objects in the remembered set.
    pub fn remembered_count(&self) -> usize {
        self.remembered.len()
    }

    /// True if `obj` has survived a collection (its mark bit is set).
    pub fn is_old(&self, obj: ObjRef) -> bool {
        self.check(obj);
        // SAFETY: `obj` is an allocated object (validity contract).
        unsafe { mark_sweep::is_marked(obj.addr()) }
    }

    /// Empties a mark stack for reuse, without keeping a huge buffer.
    fn recycle(mut stack: Vec<usize>) -> Vec<usize> {
        stack.clear();
        stack.shrink_to(1 << 16);
        stack
    }

    fn record_pause(&mut self, start: Instant) {
        let pause = u64::try_from(start.elapsed().as_nanos()).unwrap_or(u64::MAX);
        self.stats.last_pause_ns = pause;
        self.stats.total_pause_ns = self.stats.total_pause_ns.saturating_add(pause);
    }
}
