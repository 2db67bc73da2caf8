//! Deterministic mutation fuzzing of `Assembly::parse` and everything behind
//! it (tables, signatures, method bodies, IL), seeded with the small
//! assemblies in tests/data (compiled from the .cs files beside them with
//! `mcs -optimize+`). The only property checked is "no panic": every
//! mutated input must give `Ok` or `Err`.

#[path = "support/exercise.rs"]
mod support;

use clr::Assembly;

const SEEDS: [&str; 3] = ["Hello.exe", "Generic.dll", "Features.dll"];
const CASES_PER_SEED: usize = 8000;

/// xorshift64*: small, fast and reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn seed(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).map_err(|e| format!("{path}: {e}")).expect("seed readable")
}

/// The regions mutations focus on: the metadata (from the "BSJB" root to
/// the end) and, before it, the CLI header and method bodies.
fn focus_ranges(bytes: &[u8]) -> [std::ops::Range<usize>; 2] {
    let start = bytes.windows(4).position(|w| w == b"BSJB").unwrap_or(0);
    [start..bytes.len(), start.min(0x200)..start]
}

fn mutate(rng: &mut Rng, input: &[u8], focus: &[std::ops::Range<usize>; 2]) -> Vec<u8> {
    let mut b = input.to_vec();
    let edits = 1 + rng.below(8);
    let focus = &focus[rng.below(2)];
    for _ in 0..edits {
        let in_focus = rng.below(4) != 0 && !focus.is_empty();
        let at = if in_focus { focus.start + rng.below(focus.len()) } else { rng.below(b.len()) };
        if b.is_empty() {
            break;
        }
        let at = at.min(b.len() - 1);
        match rng.below(7) {
            0 => b[at] ^= 1 << rng.below(8),
            1 => b[at] = rng.next() as u8,
            2 => b[at] = [0x00, 0xff, 0x7f, 0x80, 0x01, 0xfe][rng.below(6)],
            3 => {
                let v = (rng.next() as u32).to_le_bytes();
                for (i, x) in v.iter().enumerate() {
                    if let Some(y) = b.get_mut(at + i) {
                        *y = *x;
                    }
                }
            }
            4 => b.truncate(at.max(1)),
            5 => {
                let len = rng.below(16).min(b.len() - at);
                b.drain(at..at + len);
            }
            _ => {
                let len = 1 + rng.below(16);
                let fill = rng.next() as u8;
                b.splice(at..at, std::iter::repeat_n(fill, len));
            }
        }
    }
    b
}

#[test]
fn mutated_assemblies_never_panic() {
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let mut parsed = 0usize;
    let mut bodies = 0usize;
    let mut total = 0usize;
    for name in SEEDS {
        let original = seed(name);
        let base = Assembly::parse(&original, name).expect("seed must parse");
        let stats = support::exercise(&base);
        assert!(stats.first_error.is_none(), "{name}: {:?}", stats.first_error);
        let focus = focus_ranges(&original);
        for _ in 0..CASES_PER_SEED {
            let input = mutate(&mut rng, &original, &focus);
            total += 1;
            match Assembly::parse(&input, name) {
                Ok(asm) => {
                    parsed += 1;
                    let stats = support::exercise(&asm);
                    bodies += stats.bodies;
                    if let Some(e) = stats.first_error {
                        assert!(!e.to_string().contains('\n'), "multi-line error: {e}");
                    }
                }
                Err(e) => assert!(!e.to_string().contains('\n'), "multi-line error: {e}"),
            }
        }
    }
    eprintln!("fuzzed {total} mutated assemblies: {parsed} parsed, {bodies} method bodies decoded");
    assert!(total >= 10_000);
    // The mutations must leave enough intact to reach the deeper decoders.
    assert!(parsed > total / 10 && bodies > total, "{parsed} parsed, {bodies} bodies");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// Arbitrary bytes as a signature blob, locals, type spec and IL.
    #[test]
    fn arbitrary_blobs_never_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..64)) {
        use clr::metadata::signature as sig;
        let _ = sig::parse_method(&bytes, "p");
        let _ = sig::parse_field(&bytes, "p");
        let _ = sig::parse_property(&bytes, "p");
        let _ = sig::parse_locals(&bytes, "p");
        let _ = sig::parse_type_spec(&bytes, "p");
        let _ = sig::parse_method_spec(&bytes, "p");
        let _ = clr::il::decode(&bytes);
        if let Ok(body) = clr::il::MethodBody::parse(&bytes, 0, "p") {
            let _ = clr::il::decode_body(&body);
        }
    }
}
