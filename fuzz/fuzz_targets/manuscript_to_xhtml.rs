//! Fuzz target: any bytes as a manuscript -> document -> every EPUB content document. Must not
//! panic, and every XHTML document must stay well-formed enough to close what it opens.
#![no_main]

use folio::config::Edition;
use folio::diag::{Diagnostics, Files};
use folio::project::Project;
use folio::timestamp::Timestamp;
use folio::Publication;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut files = Files::default();
    let mut diags = Diagnostics::default();
    let file = files.add("fuzz.md", text.to_string());
    let document = folio::manuscript::parse(text, file, &mut diags);
    let edition: Edition = toml::from_str(
        "title='F'\nlanguage='en'\ndate='2026-01-01'\nidentifier='urn:uuid:00000000-0000-4000-8000-000000000001'\nslug='f'\nmanuscript='m.md'\n[output]\ncolophon-revision=false\n",
    )
    .expect("a valid edition");
    let project = Project {
        root: std::path::PathBuf::from("/nonexistent"),
        edition,
        files,
    };
    let publication = Publication::new(&project, &document, Timestamp::from_unix(0));
    // The fonts do not exist here: an I/O error is the expected end, after all XHTML is made.
    let _ = folio::export::epub::entries(&publication, &mut diags);
});
