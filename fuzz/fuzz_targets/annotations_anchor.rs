//! Fuzz target: an annotations file and a manuscript, split from the input at the first NUL;
//! parsing, anchoring (exact and approximate) and merging must never panic.
#![no_main]

use folio::diag::{Diagnostics, Files};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (annotations, manuscript) = text
        .split_once('\0')
        .unwrap_or((text, "# T\n\nErnő Gerő spoke on the radio.\n"));
    let mut files = Files::default();
    let mut diags = Diagnostics::default();
    let m = files.add("m.md", manuscript.to_string());
    let mut document = folio::manuscript::parse(manuscript, m, &mut diags);
    let a = files.add("a.toml", annotations.to_string());
    if let Some(parsed) = folio::annotate::parse(&files, a, &mut diags) {
        let _ = folio::annotate::annotate(&mut document, &files, &[(a, parsed)], &mut diags);
    }
});
