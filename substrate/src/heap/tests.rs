//! Heap tests with hand-built type descriptors and seeded random graphs.
#![allow(clippy::cast_possible_truncation, reason = "test data is truncated on purpose")]

use std::collections::HashSet;
use std::time::Instant;

use super::object_model::element_offset;
use super::{ArrayCopyError, Heap, HeapConfig};
use crate::layout::{ImtEntry, TypeDesc, TypeKind, DISPLAY_LEN, IMT_LEN};
use crate::object::ObjRef;

/// Node: refs at 16 and 24, an i64 id at 32.
pub(super) const NODE_A: u32 = 16;
pub(super) const NODE_B: u32 = 24;
pub(super) const NODE_ID: u32 = 32;
/// Weak holder: weak field at 16 (not in the GC map), strong field at 24.
pub(super) const WEAK_FIELD: u32 = 16;
pub(super) const STRONG_FIELD: u32 = 24;

static NODE_REFS: [u32; 2] = [NODE_A, NODE_B];
static HOLDER_REFS: [u32; 1] = [STRONG_FIELD];
static SMALL_REFS: [u32; 1] = [16];

fn desc(kind: TypeKind, size: u32, elem_is_ref: bool, refs: &'static [u32]) -> Box<TypeDesc> {
    Box::new(TypeDesc {
        type_id: 0,
        kind: kind as u32,
        depth: 0,
        size,
        elem_is_ref: u32::from(elem_is_ref),
        ref_count: u32::try_from(refs.len()).expect("few refs"),
        ref_offsets: refs.as_ptr(),
        elem_type: std::ptr::null(),
        display: [std::ptr::null(); DISPLAY_LEN],
        imt: [ImtEntry::default(); IMT_LEN],
        vtable_len: 0,
        reserved: 0,
    })
}

pub(super) struct Types {
    pub(super) node: Box<TypeDesc>,
    pub(super) small: Box<TypeDesc>,
    pub(super) holder: Box<TypeDesc>,
    pub(super) ref_array: Box<TypeDesc>,
    pub(super) int_array: Box<TypeDesc>,
    pub(super) char_array: Box<TypeDesc>,
    pub(super) long_array: Box<TypeDesc>,
    pub(super) string: Box<TypeDesc>,
}

impl Types {
    pub(super) fn new() -> Self {
        Types {
            node: desc(TypeKind::Object, 40, false, &NODE_REFS),
            small: desc(TypeKind::Object, 32, false, &SMALL_REFS),
            holder: desc(TypeKind::Object, 32, false, &HOLDER_REFS),
            ref_array: desc(TypeKind::Array, 8, true, &[]),
            int_array: desc(TypeKind::Array, 4, false, &[]),
            char_array: desc(TypeKind::Array, 2, false, &[]),
            long_array: desc(TypeKind::Array, 8, false, &[]),
            string: desc(TypeKind::String, 2, false, &[]),
        }
    }
}

pub(super) fn heap(stress: bool, min_threshold: usize) -> Heap {
    Heap::new(HeapConfig { stress, min_threshold, ..HeapConfig::default() })
}

pub(super) fn node(heap: &mut Heap, t: &Types, id: i64) -> ObjRef {
    let obj = heap.alloc(&*t.node, 40).expect("memory");
    heap.write_i64(obj, NODE_ID, id);
    obj
}

pub(super) fn collect_with(heap: &mut Heap, roots: &[ObjRef]) {
    heap.collect(&mut |sink| roots.iter().for_each(|&r| sink(r)));
}

pub(super) fn collect_minor_with(heap: &mut Heap, roots: &[ObjRef]) {
    heap.collect_minor(&mut |sink| roots.iter().for_each(|&r| sink(r)));
}

/// xorshift64: deterministic test randomness.
pub(super) struct Rng(pub(super) u64);

impl Rng {
    pub(super) fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub(super) fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
pub(super) enum Kind {
    Node,
    RefArray(u32),
    IntArray(u32),
    Str(u32),
}

/// The test's own picture of the heap: objects, their kinds and edges.
#[derive(Default)]
pub(super) struct Model {
    pub(super) objs: Vec<ObjRef>,
    pub(super) kinds: Vec<Kind>,
    pub(super) ids: Vec<i64>,
    pub(super) edges: Vec<Vec<Option<usize>>>,
}

impl Model {
    pub(super) fn add(&mut self, heap: &mut Heap, t: &Types, rng: &mut Rng, id: i64) {
        let (obj, kind, slots) = match rng.below(10) {
            0..=3 => (node(heap, t, id), Kind::Node, 2),
            4..=6 => {
                let len = u32::try_from(rng.below(20)).expect("small");
                let obj = heap.alloc_array(&*t.ref_array, len).expect("memory");
                (obj, Kind::RefArray(len), len as usize)
            }
            7..=8 => {
                // Mostly small, sometimes large (over 8 KiB).
                let len = if rng.below(8) == 0 { 2100 + rng.below(3000) } else { rng.below(60) };
                let len = u32::try_from(len).expect("small");
                let obj = heap.alloc_array(&*t.int_array, len).expect("memory");
                for (i, v) in heap.array_data_mut::<i32>(obj).iter_mut().enumerate() {
                    *v = int_value(id, i);
                }
                (obj, Kind::IntArray(len), 0)
            }
            _ => {
                let len = u32::try_from(rng.below(40)).expect("small");
                let obj = heap.alloc_string(&*t.string, len).expect("memory");
                for (i, c) in heap.string_chars_mut(obj).iter_mut().enumerate() {
                    *c = char_value(id, i);
                }
                (obj, Kind::Str(len), 0)
            }
        };
        self.objs.push(obj);
        self.kinds.push(kind);
        self.ids.push(id);
        self.edges.push(vec![None; slots]);
    }

    fn slot_offset(kind: Kind, slot: usize) -> u32 {
        match kind {
            Kind::Node => [NODE_A, NODE_B][slot],
            _ => element_offset(u32::try_from(slot).expect("small"), 8).expect("offset"),
        }
    }

    pub(super) fn set_edge(&mut self, heap: &mut Heap, from: usize, slot: usize, to: Option<usize>) {
        self.edges[from][slot] = to;
        let offset = Self::slot_offset(self.kinds[from], slot);
        heap.write_ref(self.objs[from], offset, to.map(|i| self.objs[i]));
    }

    pub(super) fn reachable(&self, roots: &[usize]) -> Vec<bool> {
        let mut seen = vec![false; self.objs.len()];
        let mut stack: Vec<usize> = roots.to_vec();
        while let Some(i) = stack.pop() {
            if !std::mem::replace(&mut seen[i], true) {
                stack.extend(self.edges[i].iter().flatten());
            }
        }
        seen
    }

    pub(super) fn check(&self, heap: &Heap, t: &Types, i: usize) {
        let obj = self.objs[i];
        assert!(heap.is_object(obj.addr()), "object {i} lost");
        let id = self.ids[i];
        match self.kinds[i] {
            Kind::Node => {
                assert!(std::ptr::eq(heap.type_of(obj), &*t.node));
                assert_eq!(heap.read_i64(obj, NODE_ID), id);
            }
            Kind::RefArray(len) => assert_eq!(heap.array_len(obj), len),
            Kind::IntArray(len) => {
                let data = heap.array_data::<i32>(obj);
                assert_eq!(data.len(), len as usize);
                assert!(data.iter().enumerate().all(|(j, &v)| v == int_value(id, j)));
            }
            Kind::Str(len) => {
                let chars = heap.string_chars(obj);
                assert_eq!(chars.len(), len as usize);
                assert!(chars.iter().enumerate().all(|(j, &c)| c == char_value(id, j)));
            }
        }
        for (slot, edge) in self.edges[i].iter().enumerate() {
            let offset = Self::slot_offset(self.kinds[i], slot);
            assert_eq!(heap.read_ref(obj, offset), edge.map(|e| self.objs[e]), "edge {i}.{slot}");
        }
    }
}

impl Model {
    /// The model restricted to the objects with `keep[i]`, renumbered.
    pub(super) fn retain(&self, keep: &[bool]) -> Model {
        let n = self.objs.len();
        let mut index = vec![None; n];
        let mut out = Model::default();
        for i in (0..n).filter(|&i| keep[i]) {
            index[i] = Some(out.objs.len());
            out.objs.push(self.objs[i]);
            out.kinds.push(self.kinds[i]);
            out.ids.push(self.ids[i]);
        }
        for i in (0..n).filter(|&i| keep[i]) {
            out.edges.push(self.edges[i].iter().map(|e| e.and_then(|e| index[e])).collect());
        }
        out
    }
}

fn int_value(id: i64, i: usize) -> i32 {
    (id as i32).wrapping_mul(31).wrapping_add(i as i32)
}

fn char_value(id: i64, i: usize) -> u16 {
    (id as u16).wrapping_add(i as u16)
}

#[test]
fn random_graphs_keep_reachable_and_free_the_rest() {
    let t = Types::new();
    let mut heap = heap(false, 1 << 20);
    let mut rng = Rng(0x1234_5678_9abc_def1);
    let mut model = Model::default();
    let mut next_id = 1;
    for round in 0..6 {
        for _ in 0..4000 {
            model.add(&mut heap, &t, &mut rng, next_id);
            next_id += 1;
        }
        let n = model.objs.len();
        for from in 0..n {
            for slot in 0..model.edges[from].len() {
                if rng.below(3) != 0 {
                    let to = if rng.below(4) == 0 { None } else { Some(rng.below(n)) };
                    model.set_edge(&mut heap, from, slot, to);
                }
            }
        }
        let roots: Vec<usize> = (0..n).filter(|_| rng.below(40) == 0).collect();
        let live = model.reachable(&roots);
        let root_refs: Vec<ObjRef> = roots.iter().map(|&i| model.objs[i]).collect();
        collect_with(&mut heap, &root_refs);

        let mut freed = HashSet::new();
        for (i, &is_live) in live.iter().enumerate() {
            if is_live {
                model.check(&heap, &t, i);
            } else {
                assert!(!heap.is_object(model.objs[i].addr()), "round {round}: {i} survived");
                freed.insert(model.objs[i].addr());
            }
        }
        assert!(!freed.is_empty());
        assert_eq!(heap.verify(), Ok(live.iter().filter(|&&l| l).count()));

        model = model.retain(&live);

        // Freed memory is reused by new objects.
        let fresh = node(&mut heap, &t, -1);
        let reused = (0..200).map(|_| node(&mut heap, &t, -1)).chain([fresh]);
        let reused: Vec<ObjRef> = reused.collect();
        assert!(reused.iter().any(|r| freed.contains(&r.addr())), "round {round}: no reuse");
        assert!(reused.iter().all(|&r| heap.read::<u64>(r, NODE_A) == 0));
    }
}

#[test]
fn long_chain_does_not_overflow_the_stack() {
    let t = Types::new();
    let mut heap = heap(false, 1 << 20);
    const N: i64 = 1_000_000;
    let head = node(&mut heap, &t, 0);
    let mut tail = head;
    for id in 1..N {
        let next = node(&mut heap, &t, id);
        heap.write_ref(tail, NODE_A, Some(next));
        tail = next;
    }
    collect_with(&mut heap, &[head]);
    assert_eq!(heap.stats().live_bytes_after_last_gc, 40 * N as usize);
    let mut count = 0;
    let mut cur = Some(head);
    while let Some(obj) = cur {
        assert_eq!(heap.read_i64(obj, NODE_ID), count);
        count += 1;
        cur = heap.read_ref(obj, NODE_A);
    }
    assert_eq!(count, N);
    let before = heap.stats().heap_bytes;
    collect_with(&mut heap, &[]);
    assert!(!heap.is_object(head.addr()) && !heap.is_object(tail.addr()));
    assert_eq!(heap.stats().live_bytes_after_last_gc, 0);
    assert!(heap.stats().heap_bytes < before / 4, "empty chunks are released");
}

#[test]
fn stress_mode_collects_before_every_allocation() {
    let t = Types::new();
    let mut heap = heap(true, 1 << 30);
    let mut list: Option<ObjRef> = None;
    for id in 0..2000 {
        assert!(heap.should_collect(40));
        let roots: Vec<ObjRef> = list.into_iter().collect();
        collect_with(&mut heap, &roots);
        let n = node(&mut heap, &t, id);
        heap.write_ref(n, NODE_B, list);
        // Garbage between the live nodes.
        let _ = heap.alloc_array(&*t.int_array, 5);
        list = Some(n);
    }
    assert_eq!(heap.stats().collections, 2000);
    let mut cur = list;
    let mut id = 2000;
    while let Some(obj) = cur {
        id -= 1;
        assert_eq!(heap.read_i64(obj, NODE_ID), id);
        cur = heap.read_ref(obj, NODE_B);
    }
    assert_eq!(id, 0);
}

#[test]
fn policy_follows_nursery_and_old_generation() {
    use super::CollectionKind::{Full, Minor};
    let t = Types::new();
    let config = HeapConfig {
        stress: false,
        min_threshold: 4 << 20,
        nursery_bytes: 1 << 20,
        stress_full_every: 256,
    };
    let mut heap = Heap::new(config);
    assert_eq!(heap.collection_needed(40), None);
    let mut n = 0;
    while heap.collection_needed(40).is_none() {
        node(&mut heap, &t, 0);
        n += 1;
    }
    assert_eq!(n, (1 << 20) / 40);
    assert_eq!(heap.collection_needed(40), Some(Minor));
    assert!(heap.should_collect(40));
    // Promote two arrays of 2 MiB: the old generation passes 4 MiB.
    let size = crate::layout::array_size(256 * 1024, 8);
    let a = heap.alloc_array(&*t.long_array, 256 * 1024).expect("memory");
    collect_minor_with(&mut heap, &[a]);
    assert_eq!(heap.stats().live_bytes_after_last_gc, size);
    assert_eq!(heap.collection_needed(40), None);
    let b = heap.alloc_array(&*t.long_array, 256 * 1024).expect("memory");
    collect_minor_with(&mut heap, &[a, b]);
    assert_eq!(heap.stats().live_bytes_after_last_gc, 2 * size);
    assert_eq!(heap.collection_needed(40), Some(Full));
    // A full collection keeps `a` (2 MiB): the old generation may now grow
    // to twice that, 4 MiB + 48 bytes.
    collect_with(&mut heap, &[a]);
    assert_eq!(heap.stats().live_bytes_after_last_gc, size);
    assert_eq!(heap.collection_needed(40), None);
    assert_eq!(heap.collection_needed(1 << 20), None);
    assert_eq!(heap.collection_needed((1 << 20) + 8), Some(Minor));
    let c = heap.alloc_array(&*t.long_array, 256 * 1024).expect("memory");
    collect_minor_with(&mut heap, &[a, c]);
    assert_eq!(heap.collection_needed(40), None, "exactly at the threshold");
    let d = node(&mut heap, &t, 1);
    collect_minor_with(&mut heap, &[a, c, d]);
    assert_eq!(heap.collection_needed(40), Some(Full));
    let s = heap.stats();
    assert_eq!((s.collections, s.minor_collections), (1, 4));
    assert_eq!(s.promoted_bytes_total, 3 * size as u64 + 40);
}

#[test]
fn stress_mode_mixes_minor_and_full_collections() {
    use super::CollectionKind::{Full, Minor};
    let config = HeapConfig { stress: true, stress_full_every: 4, ..HeapConfig::default() };
    let mut heap = Heap::new(config);
    let mut kinds = vec![];
    for _ in 0..10 {
        let kind = heap.collection_needed(16).expect("stress collects every time");
        heap.collect_kind(kind, &mut |_| {});
        kinds.push(kind);
    }
    let expected = [Minor, Minor, Minor, Minor, Full, Minor, Minor, Minor, Minor, Full];
    assert_eq!(kinds, expected);
    assert_eq!((heap.stats().collections, heap.stats().minor_collections), (2, 8));
}

#[test]
fn weak_fields_are_cleared_when_the_target_dies() {
    let t = Types::new();
    let mut heap = heap(false, 1 << 20);
    let alloc_holder = |heap: &mut Heap, target: ObjRef| {
        let h = heap.alloc(&*t.holder, 32).expect("memory");
        heap.write_ref(h, WEAK_FIELD, Some(target));
        heap.register_weak(h, WEAK_FIELD);
        h
    };
    let strong_target = node(&mut heap, &t, 1);
    let weak_target = node(&mut heap, &t, 2);
    let self_target = node(&mut heap, &t, 3);
    let kept = alloc_holder(&mut heap, strong_target);
    let cleared = alloc_holder(&mut heap, weak_target);
    // Holds its target weakly and strongly: the strong edge wins.
    let both = alloc_holder(&mut heap, self_target);
    heap.write_ref(both, STRONG_FIELD, Some(self_target));
    let dead_holder = alloc_holder(&mut heap, strong_target);
    assert_eq!(heap.weak_count(), 4);

    collect_with(&mut heap, &[kept, cleared, both, strong_target]);
    assert_eq!(heap.read_ref(kept, WEAK_FIELD), Some(strong_target));
    assert_eq!(heap.read_ref(cleared, WEAK_FIELD), None);
    assert!(!heap.is_object(weak_target.addr()));
    assert_eq!(heap.read_ref(both, WEAK_FIELD), Some(self_target));
    assert!(!heap.is_object(dead_holder.addr()));
    assert_eq!(heap.weak_count(), 3);

    // The target dies later: cleared then.
    collect_with(&mut heap, &[kept]);
    assert_eq!(heap.read_ref(kept, WEAK_FIELD), None);
    assert_eq!(heap.weak_count(), 1);
    // Re-targeting a registered field keeps it weak.
    let again = node(&mut heap, &t, 4);
    heap.write_ref(kept, WEAK_FIELD, Some(again));
    collect_with(&mut heap, &[kept, again]);
    assert_eq!(heap.read_ref(kept, WEAK_FIELD), Some(again));
    collect_with(&mut heap, &[kept]);
    assert_eq!(heap.read_ref(kept, WEAK_FIELD), None);
}

#[test]
fn identity_hash_is_stable_and_non_zero() {
    let t = Types::new();
    let mut heap = heap(false, 1 << 20);
    let objs: Vec<ObjRef> = (0..1000).map(|i| node(&mut heap, &t, i)).collect();
    heap.set_lock_count(objs[0], 3);
    let hashes: Vec<i32> = objs.iter().map(|&o| heap.identity_hash(o)).collect();
    assert!(hashes.iter().all(|&h| h > 0 && h < 1 << crate::layout::HASH_BITS));
    let distinct: HashSet<i32> = hashes.iter().copied().collect();
    assert!(distinct.len() > 990);
    assert_eq!(heap.lock_count(objs[0]), 3);
    collect_with(&mut heap, &objs);
    collect_with(&mut heap, &objs);
    for (&o, &h) in objs.iter().zip(&hashes) {
        assert_eq!(heap.identity_hash(o), h);
    }
    assert_eq!(heap.lock_count(objs[0]), 3);
    heap.set_lock_count(objs[0], 0);
    assert_eq!(heap.identity_hash(objs[0]), hashes[0]);
}

#[test]
fn unreachable_cycle_is_collected() {
    let t = Types::new();
    let mut heap = heap(false, 1 << 20);
    let a = node(&mut heap, &t, 1);
    let b = node(&mut heap, &t, 2);
    let c = node(&mut heap, &t, 3);
    heap.write_ref(a, NODE_A, Some(b));
    heap.write_ref(b, NODE_A, Some(a));
    heap.write_ref(c, NODE_A, Some(c));
    let root = node(&mut heap, &t, 4);
    collect_with(&mut heap, &[root]);
    assert!(!heap.is_object(a.addr()) && !heap.is_object(b.addr()));
    assert!(!heap.is_object(c.addr()));
    assert!(heap.is_object(root.addr()));
    assert_eq!(heap.stats().live_bytes_after_last_gc, 40);
}

#[test]
fn arrays_with_null_and_non_null_elements() {
    let t = Types::new();
    let mut heap = heap(false, 1 << 20);
    // A small and a large (over 8 KiB) reference array.
    for len in [10u32, 5000] {
        let arr = heap.alloc_array(&*t.ref_array, len).expect("memory");
        let mut kept = vec![];
        let mut dropped = vec![];
        for i in 0..len {
            let n = node(&mut heap, &t, i64::from(i));
            if i % 3 == 0 {
                heap.ref_array_mut(arr)[i as usize] = Some(n);
                kept.push(n);
            } else {
                dropped.push(n);
            }
        }
        collect_with(&mut heap, &[arr]);
        assert!(kept.iter().all(|n| heap.is_object(n.addr())));
        assert!(dropped.iter().all(|n| !heap.is_object(n.addr())));
        for (i, e) in heap.ref_array(arr).iter().enumerate() {
            assert_eq!(e.is_some(), i % 3 == 0);
            if let Some(n) = *e {
                assert_eq!(heap.read_i64(n, NODE_ID), i as i64);
            }
        }
        collect_with(&mut heap, &[]);
        assert!(!heap.is_object(arr.addr()));
        assert!(kept.iter().all(|n| !heap.is_object(n.addr())));
    }
    assert_eq!(heap.stats().live_bytes_after_last_gc, 0);
}

#[test]
fn root_handles_keep_objects_alive() {
    let t = Types::new();
    let mut heap = heap(false, 1 << 20);
    let a = node(&mut heap, &t, 1);
    let b = node(&mut heap, &t, 2);
    let ha = heap.add_root(a);
    let hb = heap.add_root(b);
    collect_with(&mut heap, &[]);
    assert!(heap.is_object(a.addr()) && heap.is_object(b.addr()));
    heap.remove_root(hb);
    heap.remove_root(hb);
    collect_with(&mut heap, &[]);
    assert!(heap.is_object(a.addr()) && !heap.is_object(b.addr()));
    assert_eq!(heap.root(ha), Some(a));
    assert_eq!(heap.root(hb), None);
    let c = node(&mut heap, &t, 3);
    let hc = heap.add_root(c);
    assert_eq!(hc, hb, "slots are reused");
    heap.set_root(ha, c);
    collect_with(&mut heap, &[]);
    assert!(!heap.is_object(a.addr()) && heap.is_object(c.addr()));
}

#[test]
fn field_accessors_and_strings() {
    let t = Types::new();
    let mut heap = heap(false, 1 << 20);
    let n = node(&mut heap, &t, 7);
    heap.write_f64(n, NODE_ID, 2.5);
    assert_eq!(heap.read_f64(n, NODE_ID), 2.5);
    heap.write_i32(n, NODE_ID + 4, -9);
    assert_eq!(heap.read_i32(n, NODE_ID + 4), -9);
    heap.write::<i8>(n, NODE_ID, -1);
    assert_eq!(heap.read::<u8>(n, NODE_ID), 255);
    assert_eq!(heap.object_size(n), 40);

    let s = heap.alloc_string(&*t.string, 5).expect("memory");
    heap.string_chars_mut(s).copy_from_slice(&"héllo".encode_utf16().collect::<Vec<_>>());
    assert_eq!(heap.string_lossy(s), "héllo");
    assert_eq!(heap.array_len(s), 5);
    assert_eq!(heap.object_size(s), 24 + 10);
    let empty = heap.alloc_string(&*t.string, 0).expect("memory");
    assert_eq!(heap.string_chars(empty), &[] as &[u16]);
    assert_eq!(heap.alloc_array(&*t.int_array, u32::MAX), None, "over i32::MAX elements");
}

#[test]
#[should_panic(expected = "outside an object")]
fn out_of_range_field_access_panics() {
    let t = Types::new();
    let mut heap = heap(false, 1 << 20);
    let n = node(&mut heap, &t, 7);
    heap.read_i64(n, 40);
}

#[test]
#[should_panic(expected = "outside an object")]
fn header_writes_are_refused() {
    let t = Types::new();
    let mut heap = heap(false, 1 << 20);
    let n = node(&mut heap, &t, 7);
    heap.write_i64(n, 8, 0);
}

#[test]
fn array_copy_has_memmove_semantics() {
    let t = Types::new();
    let mut heap = heap(false, 1 << 20);
    let a = heap.alloc_array(&*t.int_array, 10).expect("memory");
    heap.array_data_mut::<i32>(a).copy_from_slice(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    heap.array_copy(a, 0, a, 2, 6).expect("copy");
    assert_eq!(heap.array_data::<i32>(a), &[0, 1, 0, 1, 2, 3, 4, 5, 8, 9]);
    heap.array_copy(a, 4, a, 1, 6).expect("copy");
    assert_eq!(heap.array_data::<i32>(a), &[0, 2, 3, 4, 5, 8, 9, 5, 8, 9]);
    assert_eq!(heap.array_copy(a, 5, a, 0, 6), Err(ArrayCopyError::OutOfBounds));
    assert_eq!(heap.array_copy(a, 0, a, 5, 6), Err(ArrayCopyError::OutOfBounds));
    heap.array_copy(a, 10, a, 0, 0).expect("empty copy at the end");

    let chars = heap.alloc_array(&*t.char_array, 3).expect("memory");
    let s = heap.alloc_string(&*t.string, 3).expect("memory");
    heap.string_chars_mut(s).copy_from_slice(&[65, 66, 67]);
    heap.array_copy(s, 0, chars, 0, 3).expect("string to char[]");
    assert_eq!(heap.array_data::<u16>(chars), &[65, 66, 67]);
    assert_eq!(heap.array_copy(chars, 0, a, 0, 1), Err(ArrayCopyError::ElementMismatch));
    let refs = heap.alloc_array(&*t.ref_array, 3).expect("memory");
    let longs = heap.alloc_array(&*t.long_array, 3).expect("memory");
    assert_eq!(heap.array_copy(refs, 0, longs, 0, 1), Err(ArrayCopyError::ElementMismatch));
    let n = node(&mut heap, &t, 1);
    assert_eq!(heap.array_copy(n, 0, a, 0, 1), Err(ArrayCopyError::NotArray));

    // Reference arrays: copied references keep their targets alive.
    heap.ref_array_mut(refs)[0] = Some(n);
    let refs2 = heap.alloc_array(&*t.ref_array, 3).expect("memory");
    heap.array_copy(refs, 0, refs2, 2, 1).expect("copy");
    heap.ref_array_mut(refs)[0] = None;
    collect_with(&mut heap, &[refs2]);
    assert_eq!(heap.ref_array(refs2)[2], Some(n));
    assert!(heap.is_object(n.addr()));
}

#[test]
fn limit_makes_allocation_fail_until_collection() {
    let t = Types::new();
    let mut heap = heap(false, 1 << 30);
    heap.set_limit(Some(4 << 20));
    let mut arrays = 0;
    while heap.alloc_array(&*t.long_array, 100_000).is_some() {
        arrays += 1;
    }
    assert_eq!(arrays, 5);
    collect_with(&mut heap, &[]);
    assert!(heap.alloc_array(&*t.long_array, 100_000).is_some());
    assert_eq!(heap.stats().heap_bytes, crate::layout::array_size(100_000, 8));
}

#[test]
fn every_size_class_round_trips() {
    let t = Types::new();
    let mut heap = heap(false, 1 << 20);
    let mut objs = vec![];
    for len in 0..2200u32 {
        let a = heap.alloc_array(&*t.int_array, len).expect("memory");
        let data = heap.array_data_mut::<i32>(a);
        assert!(data.iter().all(|&v| v == 0), "allocation returns zeroed memory");
        data.fill(-1);
        objs.push(a);
    }
    let keep: Vec<ObjRef> = objs.iter().copied().step_by(2).collect();
    collect_with(&mut heap, &keep);
    for (i, &a) in objs.iter().enumerate() {
        assert_eq!(heap.is_object(a.addr()), i % 2 == 0);
    }
    // Reallocated cells are zero again.
    for len in 0..2200u32 {
        let a = heap.alloc_array(&*t.int_array, len).expect("memory");
        assert!(heap.array_data::<i32>(a).iter().all(|&v| v == 0));
    }
    assert!(keep.iter().all(|&a| heap.array_data::<i32>(a).iter().all(|&v| v == -1)));
    assert!(heap.verify().is_ok());
}

/// Timing, not an assertion: run with `cargo test --release -- --nocapture`.
#[test]
fn timing_allocation() {
    let t = Types::new();
    let count: u32 = if cfg!(debug_assertions) { 1_000_000 } else { 10_000_000 };
    let mut heap = heap(false, 32 << 20);
    // A sliding window of 1000 recent objects stays live.
    let mut window = vec![None::<ObjRef>; 1000];
    let start = Instant::now();
    for i in 0..count {
        if let Some(kind) = heap.collection_needed(32) {
            heap.collect_kind(kind, &mut |sink| window.iter().flatten().for_each(|&r| sink(r)));
        }
        let obj = heap.alloc(&*t.small, 32).expect("memory");
        window[i as usize % 1000] = Some(obj);
    }
    let elapsed = start.elapsed().as_nanos() as f64;
    let stats = heap.stats();
    println!(
        "alloc: {:.1} ns/object over {count} 32-byte objects incl. {} minor and {} full collections ({:.1} ns/object excl. GC, {:.2} ms total GC)",
        elapsed / f64::from(count),
        stats.minor_collections,
        stats.collections,
        (elapsed - stats.total_pause_ns as f64) / f64::from(count),
        stats.total_pause_ns as f64 / 1e6,
    );

}

/// Timing, not an assertion: GC pause with about 1M live objects.
#[test]
fn timing_pause() {
    let t = Types::new();
    // A list in allocation order: the best case for locality.
    let mut heap = heap_for_pause();
    let head = node(&mut heap, &t, 0);
    let mut tail = head;
    for id in 1..(1 << 20) {
        let n = node(&mut heap, &t, id);
        heap.write_ref(tail, NODE_A, Some(n));
        tail = n;
        let _ = heap.alloc_array(&*t.int_array, 4);
    }
    collect_with(&mut heap, &[head]);
    println!("pause: {:.2} ms for a 1M-node list (with 1M dead objects)", heap.stats().last_pause_ns as f64 / 1e6);
    collect_with(&mut heap, &[head]);
    println!("pause: {:.2} ms for a 1M-node list (no garbage)", heap.stats().last_pause_ns as f64 / 1e6);
    drop(heap);

    // A random tree: every edge is a cache miss.
    let mut heap = heap_for_pause();
    let mut rng = Rng(99);
    let mut nodes: Vec<ObjRef> = Vec::with_capacity(1 << 20);
    nodes.push(node(&mut heap, &t, 0));
    for id in 1..(1 << 20) {
        let n = node(&mut heap, &t, id);
        let parent = nodes[rng.below(nodes.len())];
        let slot = if heap.read_ref(parent, NODE_A).is_none() { NODE_A } else { NODE_B };
        let old = heap.read_ref(parent, slot);
        heap.write_ref(n, NODE_A, old);
        heap.write_ref(parent, slot, Some(n));
        nodes.push(n);
        // Interleaved garbage.
        let _ = heap.alloc_array(&*t.int_array, 4);
    }
    let root = nodes[0];
    drop(nodes);
    collect_with(&mut heap, &[root]);
    let s = heap.stats();
    println!(
        "pause: {:.2} ms for a random tree, {} live bytes ({} objects of 40 bytes), heap {} MiB",
        s.last_pause_ns as f64 / 1e6,
        s.live_bytes_after_last_gc,
        s.live_bytes_after_last_gc / 40,
        s.heap_bytes >> 20
    );
    collect_with(&mut heap, &[root]);
    println!("pause: {:.2} ms for a 1M-node random tree (no garbage)", heap.stats().last_pause_ns as f64 / 1e6);
    assert_eq!(heap.stats().live_bytes_after_last_gc, 40 << 20);
}

fn heap_for_pause() -> Heap {
    heap(false, 1 << 30)
}
