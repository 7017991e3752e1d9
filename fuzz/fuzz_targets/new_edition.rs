//! Fuzz target: `folio new --from` on any bytes, through `folio::cmd::new::edition_files` (the
//! files of the new edition, made without writing them). An input with a NUL byte whose first
//! part could be a file name is that name and the source; any other input is the source,
//! named `damaged.txt`. Must not panic, and unless the source has no text (refused), the
//! edition must be one `folio build` takes at once: edition.toml valid and naming its files,
//! the manuscript without an error, the restore report readable, the source kept byte for
//! byte, and the manuscript what restore made of the text: the title as a heading, then
//! paragraphs of plain text, no other markup.
#![no_main]

use std::path::{Path, PathBuf};

use folio::cmd::new::edition_files;
use folio::diag::{Diagnostics, Error, Files};
use folio::model::{BlockKind, Inline, InlineKind};
use folio::restore::Report;
use folio_fuzz::fixture_dictionaries;
use folio_fuzz::new_edition_input::{blueprint, SLUG};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let blueprint = blueprint(data, fixture_dictionaries().clone());
    let source = blueprint.source.clone().expect("a source");
    let made = edition_files(&blueprint);
    // The one refusal: a source that leaves the manuscript without text (its build fails).
    let edition = match made {
        Ok(edition) => edition,
        Err(Error::Usage(why)) if why.contains("has no text to restore") => return,
        Err(error) => panic!("{error}"),
    };
    let file = |path: &str| -> &[u8] {
        let found = edition.files.iter().find(|(p, _)| p == Path::new(path));
        &found.unwrap_or_else(|| panic!("no {path}")).1
    };
    let source_path = format!("manuscript/source/{}", source.name);
    assert_eq!(
        file(&source_path),
        source.bytes,
        "the source is kept as it was"
    );

    let mut files = Files::default();
    let mut diags = Diagnostics::default();
    let toml = std::str::from_utf8(file("edition.toml")).expect("edition.toml is UTF-8");
    let toml_id = files.add("edition.toml", toml.to_string());
    let config = folio::config::parse(&files, toml_id, &mut diags);
    let config = config.unwrap_or_else(|| panic!("edition.toml: {diags:?}\n{toml}"));
    let manuscript_path = format!("manuscript/{SLUG}.md");
    assert_eq!(config.manuscript, PathBuf::from(&manuscript_path));
    let kept = config.source.as_ref().and_then(|s| s.file.as_ref());
    assert_eq!(kept, Some(&PathBuf::from(&source_path)));

    let report_path = format!("manuscript/{SLUG}.restore.json");
    let report = std::str::from_utf8(file(&report_path)).expect("the report is UTF-8");
    let report = Report::from_json(report).expect("the report reads back");
    assert_eq!(report.counts, report.counts_by_class());

    let text = std::str::from_utf8(file(&manuscript_path)).expect("the manuscript is UTF-8");
    let manuscript_id = files.add(&manuscript_path, text.to_string());
    let before = diags.error_count();
    let document = folio::manuscript::parse(text, manuscript_id, &mut diags);
    assert_eq!(diags.error_count(), before, "{diags:?}\n{text}");
    assert!(document.notes.is_empty(), "{text}");
    let (first, rest) = document
        .blocks
        .split_first()
        .expect("a manuscript has text");
    let BlockKind::Heading {
        level: 1, content, ..
    } = &first.kind
    else {
        panic!("the first block is not the title: {:?}\n{text}", first.kind);
    };
    assert_plain(content, text);
    assert_eq!(
        as_typed(&config.title),
        as_typed(&plain_text(content)),
        "edition.toml's title is the manuscript's\n{text}"
    );
    for block in rest {
        match &block.kind {
            BlockKind::Paragraph { content } | BlockKind::Caption { content } => {
                assert_plain(content, text)
            }
            other => panic!("restored text became markup: {other:?}\n{text}"),
        }
    }
});

/// Restore escapes markup: its text is only text and line breaks.
fn assert_plain(content: &[Inline], manuscript: &str) {
    for inline in content {
        assert!(
            matches!(inline.kind, InlineKind::Text(_) | InlineKind::SoftBreak),
            "restored text became markup: {:?}\n{manuscript}",
            inline.kind
        );
    }
}

fn plain_text(content: &[Inline]) -> String {
    content
        .iter()
        .map(|inline| match &inline.kind {
            InlineKind::Text(text) => text.as_str(),
            _ => " ",
        })
        .collect()
}

/// The text with the manuscript's smart punctuation undone, so that a title and its heading
/// compare: curly quotes as straight ones, dashes and ellipses as the characters typed.
fn as_typed(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => "'".to_string(),
            '\u{201C}' | '\u{201D}' => "\"".to_string(),
            '\u{2013}' => "--".to_string(),
            '\u{2014}' => "---".to_string(),
            '\u{2026}' => "...".to_string(),
            c => c.to_string(),
        })
        .collect()
}
