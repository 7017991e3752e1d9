//! Throughput of `folio restore` on 10 MB of damaged text: the edition's source repeated
//! (deterministic, so runs compare), restored with the edition lexicon. Run with
//! `cargo bench --bench restore`; the figure goes into docs/restore-evaluation.md.

use std::path::Path;
use std::time::Instant;

use folio::diag::{Diagnostics, Files};
use folio::restore::{restore, Lexicon, RestoreOptions};

/// The size the issue asks to restore in under a second.
const TARGET_BYTES: usize = 10 * 1024 * 1024;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read(root.join("manuscript/source/hungary-1956.txt")).unwrap();
    let mut input = Vec::with_capacity(TARGET_BYTES + source.len());
    while input.len() < TARGET_BYTES {
        input.extend_from_slice(&source);
        input.extend_from_slice(b"\n\n");
    }
    let mut files = Files::default();
    let mut diags = Diagnostics::default();
    let lexicon = Lexicon::load(
        &root.join("manuscript/lexicon.toml"),
        &mut files,
        &mut diags,
    )
    .expect("the edition lexicon parses");

    let mut best = f64::MAX;
    let mut edits = 0;
    // Best of three: the first run also pays for page faults on the embedded word lists.
    for _ in 0..3 {
        let start = Instant::now();
        let restored = restore(&input, &lexicon, &RestoreOptions::default());
        best = best.min(start.elapsed().as_secs_f64());
        edits = restored.edits.len();
    }
    println!(
        "restore: {:.1} MB in {:.3} s ({:.1} MB/s), {edits} edits",
        input.len() as f64 / 1e6,
        best,
        input.len() as f64 / 1e6 / best
    );
}
