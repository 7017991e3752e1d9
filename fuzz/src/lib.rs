//! What more than one fuzz target checks or uses.

pub mod new_edition_input;

use std::path::Path;
use std::sync::OnceLock;

use folio::restore::hunspell::Dictionaries;

/// The tiny dictionaries of tests/fixtures/hunspell (`hu_TEST`, `pl_TEST`), not the machine's:
/// with the installed hu_HU and pl_PL a debug `folio restore` of two lines took 9 s (0.08 s
/// with these), and a finding must replay the same on a machine with other dictionaries (or
/// none). Loaded once; clones share them.
pub fn fixture_dictionaries() -> &'static Dictionaries {
    static DICTIONARIES: OnceLock<Dictionaries> = OnceLock::new();
    DICTIONARIES.get_or_init(|| {
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/hunspell");
        Dictionaries::found_in(&[fixtures], &["hu_TEST".into(), "pl_TEST".into()])
    })
}

/// Panics, naming the file, unless every XML file of an ebook (XHTML, package, navigation,
/// container), given as (path, bytes), is well-formed.
pub fn assert_xml_well_formed<'a>(files: impl IntoIterator<Item = (&'a str, &'a [u8])>) {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    for (path, bytes) in files.into_iter().filter(|(path, _)| is_xml(path)) {
        let xml = std::str::from_utf8(bytes).expect("XML is UTF-8");
        if let Err(error) = roxmltree::Document::parse_with_options(xml, options) {
            panic!("{path} is not well-formed: {error}");
        }
    }
}

fn is_xml(path: &str) -> bool {
    [".xhtml", ".opf", ".ncx", ".xml"]
        .iter()
        .any(|extension| path.ends_with(extension))
}
