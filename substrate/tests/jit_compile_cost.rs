//! Compile cost of small functions at both tiers (reports, asserts only
//! that compilation works).

use cranelift_codegen::ir::{types, InstBuilder};
use substrate::code::{CodeKind, CodeRegistry};
use substrate::jit::{Jit, Shape, Tier};

#[test]
fn small_functions_compile_at_both_tiers() {
    let mut jit = Jit::new(&[]).expect("jit");
    let mut reg = CodeRegistry::default();
    for tier in [Tier::Quick, Tier::Optimized] {
        let n = 200;
        let t0 = std::time::Instant::now();
        for i in 0..n {
            jit.clear();
            jit.ctx.func.signature = Shape { params: vec![types::I32], ret: Some(types::I32) }.signature();
            {
                let (mut b, _) = jit.builder();
                let blk = b.create_block();
                b.append_block_params_for_function_params(blk);
                b.switch_to_block(blk);
                let x = b.block_params(blk)[0];
                let y = b.ins().iadd_imm_s(x, i64::from(i));
                b.ins().return_(&[y]);
                b.seal_all_blocks();
                let cfg = jit.target_config();
                let _ = cfg;
            }
            let cfg = jit.target_config();
            let (b, _) = jit.builder();
            b.finalize(cfg);
            jit.finish_tier(CodeKind::Glue, &mut reg, tier).expect("compiles");
        }
        println!("{tier:?}: {:?} per function", t0.elapsed() / n);
    }
}
