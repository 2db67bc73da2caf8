//! Mutated class files through the whole front end: parse, link (loader,
//! vtables, field layout) and compile every method (bytecode lowering and
//! Cranelift). Nothing is executed. Any input may be rejected, but none may
//! panic.

use jvm::vm::Jvm;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::rc::Rc;
use substrate::heap::HeapConfig;
use substrate::Runtime;

const SEEDS: &[&[u8]] = &[
    include_bytes!("data/Features.class"),
    include_bytes!("data/Features$1.class"),
    include_bytes!("data/Features$Color.class"),
    include_bytes!("data/Features$Inner.class"),
    include_bytes!("data/Features$Point.class"),
    include_bytes!("data/Fields.class"),
    include_bytes!("data/Hello.class"),
];

/// xorshift64*: a fixed sequence, so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut b = seed.to_vec();
    for _ in 0..1 + rng.below(4) {
        let i = rng.below(b.len());
        match rng.below(4) {
            0 => b[i] ^= 1 << rng.below(8),
            1 => b[i] = rng.next() as u8,
            2 if i + 1 < b.len() => {
                let v = [0u16, 1, 0x7fff, 0xffff][rng.below(4)].to_be_bytes();
                b[i] = v[0];
                b[i + 1] = v[1];
            }
            _ => b[i] = b[i].wrapping_add(1),
        }
    }
    b
}

#[test]
fn mutated_classes_link_and_compile_without_panics() {
    let cases: usize = std::env::var("TWAIN_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000);
    let rt = Runtime::new(HeapConfig::default(), &jvm::natives::runtime_symbols()).expect("runtime");
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let jvm = Rc::new(Jvm::new(&[data]).expect("jvm"));
    jvm.home.set(rt.add_frontend(jvm.clone()));
    jvm::natives::set_current(jvm.clone());
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let (mut parsed, mut linked, mut compiled, mut rejected) = (0usize, 0usize, 0usize, 0usize);
    for case in 0..cases {
        let seed = SEEDS[rng.below(SEEDS.len())];
        let bytes = mutate(&mut rng, seed);
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            let Ok(cf) = jvm::classfile::parse(&bytes, "fuzz.class") else { return (false, false, 0, 0) };
            let Ok(idx) = jvm.define(&rt, Rc::new(cf)) else { return (true, false, 0, 0) };
            let ids: Vec<_> = {
                let st = jvm.state.borrow();
                st.classes[idx].methods.iter().map(|&mi| st.methods[mi].id).collect()
            };
            let (mut ok, mut bad) = (0, 0);
            for id in ids {
                match rt.ensure_compiled(id) {
                    Ok(_) => ok += 1,
                    Err(_) => bad += 1,
                }
            }
            (true, true, ok, bad)
        }));
        match outcome {
            Ok((p, l, ok, bad)) => {
                parsed += usize::from(p);
                linked += usize::from(l);
                compiled += ok;
                rejected += bad;
            }
            Err(_) => {
                let _ = std::fs::write(std::env::temp_dir().join("twain-fuzz-panic.class"), &bytes);
                panic!("case {case} panicked (input written to twain-fuzz-panic.class in the temp dir)")
            }
        }
    }
    println!("{cases} mutated classes: {parsed} parsed, {linked} linked, {compiled} methods compiled, {rejected} rejected");
    assert!(linked > cases / 10, "too few mutants reached the loader to mean anything");
}
