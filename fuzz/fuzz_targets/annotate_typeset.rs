//! Fuzz target: annotations and typesetting together. The input is a settings byte (the page
//! size), then an annotations TOML and a manuscript split at the first NUL; the manuscript is
//! parsed, annotated, assembled into the typed book (with its note on the text and colophon),
//! typeset and written as the tagged print PDF, then as the ebook with the print pages' list.
//! Nothing may panic; the PDF must be a file lopdf reads back with one page per typeset page
//! and a structure tree, and the ebook's XML must be well-formed.
#![no_main]

use std::sync::OnceLock;

use folio::book::Publication;
use folio::config::{Edition, PageSize};
use folio::diag::{Diagnostics, Files};
use folio::font_files::FontFiles;
use folio::project::Project;
use folio::timestamp::Timestamp;
use folio::typeset::{self, fonts::FontSet};
use folio::{Annotated, Imprint};
use libfuzzer_sys::fuzz_target;

/// A manuscript for inputs without one: a paragraph many notes can be anchored on.
const MANUSCRIPT: &str = "# Hungary 1956\n\nIn October, Ernő Gerő spoke on the radio. Hungary’s \
    workers didn’t listen; they formed workers’ councils, and “the people’s revolution—a mass \
    uprising” began. The ÁVH fired on the crowd.\n";

const EDITION: &str = "title='Fuzz'\nlanguage='en'\ndate='2026-01-01'\n\
    identifier='urn:uuid:00000000-0000-4000-8000-000000000001'\nslug='f'\nmanuscript='m.md'\n\
    [output]\ncolophon-revision=false\n";

/// The built-in fonts, read once for the life of the fuzzer.
fn fonts() -> &'static (FontFiles, FontSet) {
    static FONTS: OnceLock<(FontFiles, FontSet)> = OnceLock::new();
    FONTS.get_or_init(|| {
        let files = FontFiles::built_in();
        let set = FontSet::new(&files).expect("the built-in fonts load");
        (files, set)
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&settings, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let (annotations, manuscript) = text.split_once('\0').unwrap_or((text, MANUSCRIPT));
    let mut files = Files::default();
    let mut diags = Diagnostics::default();

    // Stages 3 and 4 as `folio::annotate_manuscript` runs them, on text instead of files.
    let file = files.add("m.md", manuscript.to_string());
    let mut document = folio::manuscript::parse(manuscript, file, &mut diags);
    let annotation_file = files.add("a.toml", annotations.to_string());
    let parsed = folio::annotate::parse(&files, annotation_file, &mut diags);
    let unreadable_files = usize::from(parsed.is_none());
    let annotations: Vec<_> = parsed.map(|p| (annotation_file, p)).into_iter().collect();
    let mut apparatus = folio::annotate::annotate(&mut document, &files, &annotations, &mut diags);
    apparatus.unreadable_files += unreadable_files;
    let annotated = Annotated {
        document,
        apparatus,
        file,
    };

    let mut edition: Edition = toml::from_str(EDITION).expect("a valid edition");
    edition.output.pdf.page_size = match settings % 4 {
        0 => PageSize::A5,
        1 => PageSize::A4,
        2 => PageSize::Letter,
        _ => PageSize::Paperback,
    };
    let config = files.add("edition.toml", EDITION.to_string());
    // The edition names no restore report, so nothing is read from this root.
    let mut project = Project {
        root: std::path::PathBuf::from("/nonexistent"),
        edition,
        config,
        files,
    };
    let (font_files, font_set) = fonts();
    let built = Timestamp::from_unix(0);
    let imprint = Imprint {
        fonts: font_files,
        built,
        revision: None,
    };
    let book = folio::assemble_book(&mut project, annotated, &imprint, &mut diags)
        .expect("no file to read");

    let mut publication = Publication::new(&project, &book, font_files, built);
    let settings = typeset::Settings {
        page: project.edition.output.pdf.page_size,
        font_size: None,
    };
    let layout = typeset::typeset(&book, &project.edition, font_set, &settings, &mut diags);
    let pdf = folio::export::pdf::write(&publication, font_set, &layout, &mut diags)
        .expect("a typeset book is written");

    let read = lopdf::Document::load_mem(&pdf).expect("lopdf reads the PDF back");
    assert_eq!(read.get_pages().len(), layout.pages.len());
    let catalog = read.catalog().expect("a catalog");
    assert!(catalog.has(b"StructTreeRoot"), "the print PDF is tagged");

    // The ebook made in the same run, with the print pages' list.
    publication.page_starts = Some(layout.page_starts.clone());
    let entries = folio::export::epub::entries(&publication, &mut diags)
        .expect("the ebook's entries are made");
    folio_fuzz::assert_xml_well_formed(entries.iter().map(|e| (e.path.as_str(), &e.bytes[..])));
});
