//! Tests of minor collections, the write barrier and the collection policy,
//! using the hand-built types and the reachability model of `tests`.
#![allow(clippy::cast_possible_truncation, reason = "test data is truncated on purpose")]

use std::time::Instant;

use super::tests::{
    collect_minor_with, collect_with, node, Kind, Model, Rng, Types, NODE_A, NODE_B, NODE_ID,
    STRONG_FIELD, WEAK_FIELD,
};
use super::{CollectionKind, Heap, HeapConfig};
use crate::layout::{HASH_BITS, HASH_SHIFT, LOCK_SHIFT, LOGGED_BIT, MARK_BIT};
use crate::object::ObjRef;

fn config(nursery_bytes: usize) -> HeapConfig {
    HeapConfig { nursery_bytes, min_threshold: 1 << 20, ..HeapConfig::default() }
}

/// Stores edge `from.slot = to` in the model and the heap, through one of
/// the heap's barriered stores: `write_ref`, `ref_array_mut` or
/// `array_copy` (from a scratch array).
fn store(heap: &mut Heap, t: &Types, model: &mut Model, via: usize, edge: (usize, usize, Option<usize>)) {
    let (from, slot, to) = edge;
    let (Kind::RefArray(_), 1 | 2) = (model.kinds[from], via) else {
        model.set_edge(heap, from, slot, to);
        return;
    };
    model.edges[from][slot] = to;
    let (obj, value) = (model.objs[from], to.map(|i| model.objs[i]));
    if via == 1 {
        heap.ref_array_mut(obj)[slot] = value;
    } else {
        // The scratch array is young and dies at the next collection.
        let scratch = heap.alloc_array(&*t.ref_array, 1).expect("memory");
        heap.ref_array_mut(scratch)[0] = value;
        heap.array_copy(scratch, 0, obj, slot as u32, 1).expect("copy");
    }
}

#[test]
fn generational_random_graphs_match_a_reachability_model() {
    let t = Types::new();
    let mut heap = Heap::new(config(1 << 20));
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    // Every allocated object; `held[i]`: the mutator may still use it.
    let mut model = Model::default();
    let mut held: Vec<bool> = vec![];
    let mut next_id = 1;
    let (mut minors, mut fulls) = (0, 0);
    for round in 0..60 {
        let first_young = model.objs.len();
        let fresh = 200 + rng.below(800);
        for _ in 0..fresh {
            model.add(&mut heap, &t, &mut rng, next_id);
            next_id += 1;
        }
        let n = model.objs.len();
        held.resize(n, true);
        let usable: Vec<usize> = (0..n).filter(|&i| held[i]).collect();
        for _ in 0..n {
            let from = usable[rng.below(usable.len())];
            if model.edges[from].is_empty() {
                continue;
            }
            let slot = rng.below(model.edges[from].len());
            let to = match rng.below(4) {
                0 => None,
                1 => Some(usable[rng.below(usable.len())]),
                // Mostly young targets: many old-to-young edges.
                _ => Some(first_young + rng.below(fresh)),
            };
            store(&mut heap, &t, &mut model, rng.below(3), (from, slot, to));
        }
        let roots: Vec<usize> = usable.iter().copied().filter(|_| rng.below(30) == 0).collect();
        let root_refs: Vec<ObjRef> = roots.iter().map(|&i| model.objs[i]).collect();
        let reachable = model.reachable(&roots);
        let full = rng.below(6) == 0;
        let survives = if full {
            collect_with(&mut heap, &root_refs);
            fulls += 1;
            reachable.clone()
        } else {
            // A minor collection keeps every old object, and the young
            // objects reachable from the roots or from old objects.
            let old_and_roots: Vec<usize> = (0..first_young).chain(roots.iter().copied()).collect();
            collect_minor_with(&mut heap, &root_refs);
            minors += 1;
            model.reachable(&old_and_roots)
        };
        for i in 0..n {
            let obj = model.objs[i];
            if reachable[i] {
                model.check(&heap, &t, i);
            }
            assert_eq!(heap.is_object(obj.addr()), survives[i], "round {round} (full: {full}): {i}");
            if survives[i] {
                assert!(heap.is_old(obj), "round {round}: survivor {i} is not old");
            }
        }
        assert_eq!(heap.remembered_count(), 0);
        let count = survives.iter().filter(|&&s| s).count();
        assert_eq!(heap.verify(), Ok(count), "round {round}");
        assert_eq!(heap.space.young_count(), 0);
        held = (0..n).filter(|&i| survives[i]).map(|i| reachable[i]).collect();
        model = model.retain(&survives);
    }
    assert!(minors > 30 && fulls > 3, "{minors} minor, {fulls} full collections");
    assert_eq!(heap.stats().minor_collections, minors);
    assert_eq!(heap.stats().collections, fulls);
}

#[test]
fn barriered_stores_keep_young_children_of_old_objects() {
    let t = Types::new();
    let mut heap = Heap::new(config(1 << 20));
    let old = node(&mut heap, &t, 1);
    let old2 = node(&mut heap, &t, 2);
    let arr = heap.alloc_array(&*t.ref_array, 4).expect("memory");
    let big = heap.alloc_array(&*t.ref_array, 2000).expect("memory");
    let dst = heap.alloc_array(&*t.ref_array, 3).expect("memory");
    let roots = [old, old2, arr, big, dst];
    collect_minor_with(&mut heap, &roots);
    assert!(roots.iter().all(|&r| heap.is_old(r)));
    assert_eq!(heap.remembered_count(), 0);

    // Old-to-old and young-to-young stores need no remembering.
    heap.write_ref(old2, NODE_A, Some(old));
    heap.write_ref(old2, NODE_B, None);
    let y1 = node(&mut heap, &t, 10);
    let z = node(&mut heap, &t, 11);
    heap.write_ref(y1, NODE_A, Some(z));
    assert_eq!(heap.remembered_count(), 0);
    // Old-to-young stores, through each barriered accessor.
    heap.write_ref(old, NODE_A, Some(y1));
    assert_eq!(heap.remembered_count(), 1);
    let y1b = node(&mut heap, &t, 12);
    heap.write_ref(old, NODE_B, Some(y1b));
    assert_eq!(heap.remembered_count(), 1, "logged once");
    let y2 = node(&mut heap, &t, 13);
    heap.ref_array_mut(arr)[1] = Some(y2);
    let y3 = node(&mut heap, &t, 14);
    heap.ref_array_mut(big)[1999] = Some(y3);
    heap.array_copy(arr, 1, dst, 0, 1).expect("copy");
    assert_eq!(heap.remembered_count(), 4);
    let garbage = node(&mut heap, &t, 15);

    // The roots are old: only the remembered set keeps the young alive.
    collect_minor_with(&mut heap, &roots);
    for (obj, id) in [(y1, 10), (z, 11), (y1b, 12), (y2, 13), (y3, 14)] {
        assert!(heap.is_object(obj.addr()) && heap.is_old(obj), "{id}");
        assert_eq!(heap.read_i64(obj, NODE_ID), id);
    }
    assert!(!heap.is_object(garbage.addr()));
    assert_eq!(heap.ref_array(dst)[0], Some(y2));
    assert_eq!(heap.remembered_count(), 0);

    // The logged bits were cleared: a new store remembers again.
    let y4 = node(&mut heap, &t, 16);
    heap.write_ref(y1, NODE_B, Some(y4));
    assert_eq!(heap.remembered_count(), 1);
    collect_minor_with(&mut heap, &roots);
    assert_eq!(heap.read_ref(y1, NODE_B), Some(y4));
    assert_eq!(heap.read_i64(y4, NODE_ID), 16);

    // Old objects that became unreachable stay until a full collection.
    heap.write_ref(old, NODE_A, None);
    collect_minor_with(&mut heap, &roots);
    assert!(heap.is_object(y1.addr()) && heap.is_object(y4.addr()));
    collect_with(&mut heap, &roots);
    assert!(!heap.is_object(y1.addr()) && !heap.is_object(y4.addr()));
    assert!(heap.is_object(y3.addr()));
    assert_eq!(heap.verify(), Ok(8));
}

#[test]
fn weak_fields_in_minor_collections() {
    let t = Types::new();
    let mut heap = Heap::new(config(1 << 20));
    let holder = |heap: &mut Heap, target: Option<ObjRef>| {
        let h = heap.alloc(&*t.holder, 32).expect("memory");
        heap.write_ref(h, WEAK_FIELD, target);
        heap.register_weak(h, WEAK_FIELD);
        h
    };
    let h1 = holder(&mut heap, None);
    let h2 = holder(&mut heap, None);
    let old_target = node(&mut heap, &t, 1);
    collect_minor_with(&mut heap, &[h1, h2, old_target]);

    // Old holders get targets; young holders too.
    heap.write_ref(h1, WEAK_FIELD, Some(old_target));
    let young_target = node(&mut heap, &t, 2);
    heap.write_ref(h2, WEAK_FIELD, Some(young_target));
    let kept = node(&mut heap, &t, 3);
    let h3 = holder(&mut heap, Some(kept));
    let dead_holder = holder(&mut heap, Some(old_target));
    // A young target also held strongly by an old holder survives.
    let strong = node(&mut heap, &t, 4);
    heap.write_ref(h1, STRONG_FIELD, Some(strong));
    let h5 = holder(&mut heap, Some(strong));
    assert_eq!(heap.weak_count(), 5);

    collect_minor_with(&mut heap, &[h1, h2, h3, h5, kept]);
    assert_eq!(heap.read_ref(h1, WEAK_FIELD), Some(old_target), "old targets stay");
    assert_eq!(heap.read_ref(h2, WEAK_FIELD), None, "dead young target");
    assert!(!heap.is_object(young_target.addr()));
    assert_eq!(heap.read_ref(h3, WEAK_FIELD), Some(kept));
    assert_eq!(heap.read_ref(h5, WEAK_FIELD), Some(strong));
    assert!(!heap.is_object(dead_holder.addr()));
    assert_eq!(heap.weak_count(), 4);

    // The full collection finds the old target unreachable.
    collect_with(&mut heap, &[h1, h2, h3, h5]);
    assert_eq!(heap.read_ref(h1, WEAK_FIELD), None);
    assert_eq!(heap.read_ref(h3, WEAK_FIELD), None);
    assert_eq!(heap.read_ref(h5, WEAK_FIELD), Some(strong));
    assert!(!heap.is_object(old_target.addr()) && !heap.is_object(kept.addr()));
}

#[test]
fn header_bits_do_not_overlap() {
    let hash = ((1u64 << HASH_BITS) - 1) << HASH_SHIFT;
    let lock = u64::MAX << LOCK_SHIFT;
    assert_eq!(MARK_BIT & (hash | LOGGED_BIT | lock), 0);
    assert_eq!(hash & (LOGGED_BIT | lock), 0);
    assert_eq!(LOGGED_BIT & lock, 0);
    assert_eq!(MARK_BIT | hash | LOGGED_BIT | lock, u64::MAX);
}

#[test]
fn identity_hashes_survive_both_collections_and_the_logged_bit() {
    let t = Types::new();
    let mut heap = Heap::new(config(1 << 20));
    let objs: Vec<ObjRef> = (0..2000).map(|i| node(&mut heap, &t, i)).collect();
    let mut hashes: Vec<i32> = objs[..1000].iter().map(|&o| heap.identity_hash(o)).collect();
    collect_minor_with(&mut heap, &objs);
    hashes.extend(objs[1000..].iter().map(|&o| heap.identity_hash(o)));
    // Remember every object (LOGGED_BIT set) and take locks.
    for (i, &o) in objs.iter().enumerate() {
        let child = node(&mut heap, &t, -1);
        heap.write_ref(o, NODE_A, Some(child));
        heap.set_lock_count(o, i as u32 % 7);
    }
    assert_eq!(heap.remembered_count(), objs.len());
    let check = |heap: &mut Heap| {
        for (i, &o) in objs.iter().enumerate() {
            let h = heap.identity_hash(o);
            assert_eq!(h, hashes[i]);
            assert!(h > 0 && i64::from(h) < 1 << HASH_BITS, "{h} is not a 30-bit hash");
            assert_eq!(heap.lock_count(o), i as u32 % 7);
        }
    };
    check(&mut heap);
    collect_minor_with(&mut heap, &objs);
    check(&mut heap);
    collect_with(&mut heap, &objs);
    check(&mut heap);
    assert_eq!(heap.stats().live_bytes_after_last_gc, 40 * 4000);
    let distinct: std::collections::HashSet<i32> = hashes.iter().copied().collect();
    assert!(distinct.len() > 1990);
}

/// Builds a list of `slots` nodes, each holding a payload, then replaces
/// random payloads until `allocations` objects were allocated, with
/// `2 * slots` objects live throughout; checks the result. A collection
/// precedes every allocation: as the policy says, or, when replacing
/// with `full_only`, always a full one.
/// Returns the seconds taken in all and in the replacement phase.
fn stress_run(
    heap: &mut Heap,
    t: &Types,
    slots: usize,
    allocations: usize,
    full_only: bool,
) -> (f64, f64) {
    let mut head: Option<ObjRef> = None;
    let mut nodes = Vec::with_capacity(slots);
    let mut expected = Vec::with_capacity(slots);
    let mut rng = Rng(77);
    let start = Instant::now();
    let alloc = |heap: &mut Heap, head: Option<ObjRef>, id: i64, full_only: bool| {
        let kind = if full_only { Some(CollectionKind::Full) } else { heap.collection_needed(40) };
        if let Some(kind) = kind {
            heap.collect_kind(kind, &mut |sink| head.into_iter().for_each(&mut *sink));
        }
        node(heap, t, id)
    };
    for i in 0..slots as i64 {
        let n = alloc(heap, head, -i, false);
        heap.write_ref(n, NODE_B, head);
        head = Some(n);
        let payload = alloc(heap, head, i, false);
        heap.write_ref(n, NODE_A, Some(payload));
        nodes.push(n);
        expected.push(i);
    }
    let built = start.elapsed().as_secs_f64();
    for id in (2 * slots)..allocations {
        let slot = rng.below(slots);
        let payload = alloc(heap, head, id as i64, full_only);
        heap.write_ref(nodes[slot], NODE_A, Some(payload));
        expected[slot] = id as i64;
    }
    let elapsed = start.elapsed().as_secs_f64();
    let replacing = elapsed - built;
    for (slot, &n) in nodes.iter().enumerate() {
        let payload = heap.read_ref(n, NODE_A).expect("payload");
        assert_eq!(heap.read_i64(payload, NODE_ID), expected[slot]);
    }
    let mut count = 0;
    let mut cur = head;
    while let Some(n) = cur {
        count += 1;
        cur = heap.read_ref(n, NODE_B);
    }
    assert_eq!(count, slots);
    (elapsed, replacing)
}

/// Timing with an assertion that only catches O(live) minor collections.
#[test]
fn stress_mode_is_proportional_to_the_nursery() {
    let t = Types::new();
    let stress = HeapConfig { stress: true, ..HeapConfig::default() };
    let mut heap = Heap::new(stress);
    let (elapsed, _) = stress_run(&mut heap, &t, 25_000, 200_000, false);
    let s = heap.stats();
    assert_eq!(s.minor_collections + s.collections, 200_000);
    assert_eq!(s.collections, 200_000 / 257);
    assert!(heap.verify().is_ok_and(|objects| objects >= 50_000));
    // The same with minor collections only: their share of the time.
    let minor_only = HeapConfig { stress_full_every: u32::MAX, ..stress };
    let mut heap = Heap::new(minor_only);
    let (minor_elapsed, _) = stress_run(&mut heap, &t, 25_000, 200_000, false);
    let minor = heap.stats();
    assert_eq!(minor.collections, 0);
    // Baseline: a full collection before every allocation, timed over
    // 1000 replacements with 50000 live objects and extrapolated.
    let mut heap = Heap::new(stress);
    let (_, replacing) = stress_run(&mut heap, &t, 25_000, 51_000, true);
    let per_full = replacing / 1000.0;
    println!(
        "stress: 200000 allocations, 50000 live: {:.3} s ({} minor + {} full, {:.1} ms in GC; \
         minor only: {:.3} s, {:.0} ns/minor); full-only baseline {:.0} us/allocation -> ~{:.0} s",
        elapsed,
        s.minor_collections,
        s.collections,
        s.total_pause_ns as f64 / 1e6,
        minor_elapsed,
        minor.total_pause_ns as f64 / minor.minor_collections as f64,
        per_full * 1e6,
        per_full * 200_000.0,
    );
    assert!(elapsed < 10.0, "stress run took {elapsed:.1} s");
}

/// Timing, not an assertion: minor pause with 100k old objects.
#[test]
fn timing_minor() {
    let t = Types::new();
    let mut heap = Heap::new(config(64 << 10));
    let mut rng = Rng(5);
    let mut nodes: Vec<ObjRef> = vec![node(&mut heap, &t, 0)];
    for id in 1..100_000 {
        let n = node(&mut heap, &t, id);
        let parent = nodes[rng.below(nodes.len())];
        let slot = if heap.read_ref(parent, NODE_A).is_none() { NODE_A } else { NODE_B };
        heap.write_ref(n, NODE_A, heap.read_ref(parent, slot));
        heap.write_ref(parent, slot, Some(n));
        nodes.push(n);
    }
    let root = nodes[0];
    collect_with(&mut heap, &[root]);
    let full = heap.stats().last_pause_ns;
    let (mut total, mut rounds) = (0u64, 0u64);
    for round in 0..200 {
        // About 1600 young objects (64 KiB), 100 of them stored in old ones.
        while heap.collection_needed(40).is_none() {
            let n = node(&mut heap, &t, round);
            if rng.below(16) == 0 {
                let parent = nodes[rng.below(nodes.len())];
                heap.write_ref(parent, NODE_B, Some(n));
            }
        }
        collect_minor_with(&mut heap, &[root]);
        total += heap.stats().last_pause_ns;
        rounds += 1;
    }
    println!(
        "minor: {:.1} us average with 100k old objects and a 64 KiB nursery (full: {:.2} ms)",
        total as f64 / rounds as f64 / 1e3,
        full as f64 / 1e6
    );
}

/// Builds a complete binary tree of `depth` top-down (parents are
/// allocated first, so promoted parents get young children), collecting
/// as the heap asks; `roots` are kept alive.
fn tree(heap: &mut Heap, t: &Types, depth: u32, roots: &[ObjRef], full_only: bool) -> ObjRef {
    let collect = |heap: &mut Heap, extra: Option<ObjRef>| {
        if let Some(kind) = heap.collection_needed(40) {
            let kind = if full_only { CollectionKind::Full } else { kind };
            heap.collect_kind(kind, &mut |sink| roots.iter().copied().chain(extra).for_each(&mut *sink));
        }
    };
    collect(heap, None);
    let top = node(heap, t, i64::from(depth));
    let mut pending = vec![(top, depth)];
    while let Some((parent, d)) = pending.pop() {
        if d == 0 {
            continue;
        }
        for field in [NODE_A, NODE_B] {
            collect(heap, Some(top));
            let child = node(heap, t, i64::from(d - 1));
            heap.write_ref(parent, field, Some(child));
            pending.push((child, d - 1));
        }
    }
    top
}

fn check_tree(heap: &Heap, top: ObjRef) -> usize {
    let mut count = 0;
    let mut stack = vec![top];
    while let Some(n) = stack.pop() {
        count += 1;
        stack.extend(heap.read_ref(n, NODE_A));
        stack.extend(heap.read_ref(n, NODE_B));
    }
    count
}

/// Timing, not an assertion: binary trees, generational vs full-only.
#[test]
fn timing_binary_trees() {
    let t = Types::new();
    let max_depth = if cfg!(debug_assertions) { 12 } else { 16 };
    for full_only in [false, true] {
        let nursery = if full_only { 32 << 20 } else { 8 << 20 };
        let mut heap = Heap::new(HeapConfig { nursery_bytes: nursery, ..HeapConfig::default() });
        let start = Instant::now();
        let long_lived = tree(&mut heap, &t, max_depth, &[], full_only);
        let mut allocated = 0;
        for depth in (4..=max_depth).step_by(2) {
            for _ in 0..1 << (max_depth - depth + 4) {
                let tmp = tree(&mut heap, &t, depth, &[long_lived], full_only);
                allocated += check_tree(&heap, tmp);
            }
        }
        assert_eq!(check_tree(&heap, long_lived), (1 << (max_depth + 1)) - 1);
        let s = heap.stats();
        println!(
            "binary trees ({}): {:.1} ns/object, {} objects, {} minor + {} full, {:.1} ms GC",
            if full_only { "full only" } else { "generational" },
            start.elapsed().as_nanos() as f64 / allocated as f64,
            allocated,
            s.minor_collections,
            s.collections,
            s.total_pause_ns as f64 / 1e6
        );
    }
}
