//! Fuzz target: any bytes as a manuscript -> document -> the typed book (title page, body, note
//! on the text, colophon) -> every EPUB entry. Must not panic, and every XML entry (XHTML,
//! package, navigation) must be well-formed whatever the text holds. An input whose first
//! line starts with `%` gives the title page instead (`% title % subtitle % publisher`, as
//! pandoc's title block), and the ebook then gets the cover drawn from it, as a build does.
#![no_main]

use folio::annotate::Apparatus;
use folio::book::Publication;
use folio::config::Edition;
use folio::diag::{Diagnostics, Files};
use folio::font_files::FontFiles;
use folio::project::Project;
use folio::timestamp::Timestamp;
use folio::{Annotated, Imprint};
use libfuzzer_sys::fuzz_target;

/// The built-in fonts, made once for the life of the fuzzer.
fn fonts() -> &'static FontFiles {
    static FONTS: std::sync::OnceLock<FontFiles> = std::sync::OnceLock::new();
    FONTS.get_or_init(FontFiles::built_in)
}

const EDITION: &str = "title='F'\nlanguage='en'\ndate='2026-01-01'\n\
    identifier='urn:uuid:00000000-0000-4000-8000-000000000001'\nslug='f'\nmanuscript='m.md'\n\
    [output]\ncolophon-revision=false\n";

/// Splits off a `% title % subtitle % publisher` first line, if the input has one.
fn title_block(text: &str) -> (Option<Vec<&str>>, &str) {
    match text.strip_prefix('%') {
        Some(rest) => {
            let (line, manuscript) = rest.split_once('\n').unwrap_or((rest, ""));
            (Some(line.split('%').map(str::trim).collect()), manuscript)
        }
        None => (None, text),
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (title_page, manuscript) = title_block(text);
    let mut edition: Edition = toml::from_str(EDITION).expect("a valid edition");
    if let Some(fields) = &title_page {
        let field = |n: usize| fields.get(n).map(|s| s.to_string());
        edition.title = field(0).unwrap_or_default();
        edition.subtitle = field(1);
        edition.publisher = field(2);
    }

    let mut files = Files::default();
    let mut diags = Diagnostics::default();
    let file = files.add("fuzz.md", manuscript.to_string());
    let document = folio::manuscript::parse(manuscript, file, &mut diags);
    let config = files.add("edition.toml", EDITION.to_string());
    // The edition names no restore report, so nothing is read from this root.
    let mut project = Project {
        root: std::path::PathBuf::from("/nonexistent"),
        edition,
        config,
        files,
    };
    let fonts = fonts();
    let built = Timestamp::from_unix(0);
    let annotated = Annotated {
        document,
        apparatus: Apparatus::default(),
        file,
    };
    let imprint = Imprint {
        fonts,
        built,
        revision: None,
    };
    let book = folio::assemble_book(&mut project, annotated, &imprint, &mut diags)
        .expect("no file to read");
    let mut publication = Publication::new(&project, &book, fonts, built);
    if title_page.is_some() {
        publication.cover = folio::export::epub::render_cover(&book.title_page, fonts, None);
        assert!(
            publication.cover.is_some(),
            "the built-in fonts draw a cover"
        );
    }
    let entries = folio::export::epub::entries(&publication, &mut diags)
        .expect("the ebook's entries are made");
    folio_fuzz::assert_xml_well_formed(entries.iter().map(|e| (e.path.as_str(), &e.bytes[..])));
});
