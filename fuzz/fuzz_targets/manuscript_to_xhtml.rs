//! Fuzz target: any bytes as a manuscript -> document -> every EPUB content document. Must not
//! panic, and every XHTML document must stay well-formed enough to close what it opens.
#![no_main]

use folio::config::Edition;
use folio::diag::{Diagnostics, Files};
use folio::font_files::FontFiles;
use folio::project::Project;
use folio::timestamp::Timestamp;
use folio::book::{Book, Publication};
use libfuzzer_sys::fuzz_target;

/// The built-in fonts, made once for the life of the fuzzer.
fn fonts() -> &'static FontFiles {
    static FONTS: std::sync::OnceLock<FontFiles> = std::sync::OnceLock::new();
    FONTS.get_or_init(FontFiles::built_in)
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut files = Files::default();
    let mut diags = Diagnostics::default();
    let file = files.add("fuzz.md", text.to_string());
    let document = folio::manuscript::parse(text, file, &mut diags);
    let toml = "title='F'\nlanguage='en'\ndate='2026-01-01'\nidentifier='urn:uuid:00000000-0000-4000-8000-000000000001'\nslug='f'\nmanuscript='m.md'\n[output]\ncolophon-revision=false\n";
    let edition: Edition = toml::from_str(toml).expect("a valid edition");
    let config = files.add("edition.toml", toml.to_string());
    let project = Project {
        root: std::path::PathBuf::from("/nonexistent"),
        edition,
        config,
        files,
    };
    let fonts = fonts();
    let book = Book::of_manuscript(&project.edition, document);
    let publication = Publication::new(&project, &book, fonts, Timestamp::from_unix(0));
    let _ = folio::export::epub::entries(&publication, &mut diags);
});
