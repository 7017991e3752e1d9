//! Property tests on the document pipeline: whatever Markdown comes in, every XHTML document
//! of the EPUB is well-formed XML with no markup of the input's making, and no text is lost
//! on the way; a few generated EPUBs also go through epubcheck.

mod common;

use folio::book::{Book, Publication};
use folio::config::Edition;
use folio::diag::{Diagnostics, Files};
use folio::font_files::FontFiles;
use folio::model::plain_text;
use folio::project::Project;
use folio::timestamp::Timestamp;
use proptest::prelude::*;
use proptest::strategy::ValueTree;

fn project() -> Project {
    let toml = "title = 'P'\nlanguage = 'hu'\ndate = '2026-01-01'\nidentifier = 'urn:uuid:00000000-0000-4000-8000-000000000001'\nslug = 'p'\nmanuscript = 'm.md'\n\
         [[creator]]\nname = 'A'\nrole = 'author'\n[output]\ncolophon-revision = false\n";
    let edition: Edition = toml::from_str(toml).unwrap();
    let mut files = Files::default();
    let config = files.add("edition.toml", toml.to_string());
    Project {
        root: common::repo(),
        edition,
        config,
        files,
    }
}

/// Markdown-ish text: syntax characters, markup fragments, entities and any Unicode.
fn markdown() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("*".to_string()),
        Just("**".to_string()),
        Just("_".to_string()),
        Just("> ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("# ".to_string()),
        Just("- ".to_string()),
        Just("1. ".to_string()),
        Just("[^n]".to_string()),
        Just("[^n]: note\n".to_string()),
        Just("[x](http://e.org/?a=1&b=<2>)".to_string()),
        Just("<div>".to_string()),
        Just("</p>".to_string()),
        Just("&amp;".to_string()),
        Just("&#0;".to_string()),
        Just("]]>".to_string()),
        Just("{.caption}".to_string()),
        Just("[sc]{.sc}".to_string()),
        Just("[hu]{lang=hu}".to_string()),
        Just("]{lang=x-}".to_string()),
        Just("\n::: {lang=de}\n".to_string()),
        Just("\n:::\n".to_string()),
        Just("\"'--...".to_string()),
        Just("`code`".to_string()),
        "[a-zA-Z áőűÁŐŰ]{1,12}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 1..40).prop_map(|pieces| pieces.concat())
}

fn xhtml_entries(markdown: &str) -> (Vec<(String, String)>, String) {
    let project = project();
    let fonts = FontFiles::built_in();
    let mut diags = Diagnostics::default();
    let mut files = Files::default();
    let file = files.add("m.md", markdown.to_string());
    let document = folio::manuscript::parse(markdown, file, &mut diags);
    let text: String = document
        .blocks
        .iter()
        .filter_map(|b| b.inlines())
        .map(plain_text)
        .collect();
    let book = Book::of_manuscript(&project.edition, document);
    let publication = Publication::new(&project, &book, &fonts, Timestamp::from_unix(0));
    let entries = folio::export::epub::entries(&publication, &mut diags).unwrap();
    let xml = entries
        .into_iter()
        .filter(|e| e.path.ends_with(".xhtml") || e.path.ends_with(".opf"))
        .map(|e| (e.path, String::from_utf8(e.bytes).unwrap()))
        .collect();
    (xml, text)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn xhtml_is_always_well_formed(markdown in markdown()) {
        let (entries, _) = xhtml_entries(&markdown);
        for (path, xml) in entries {
            let parsed = roxmltree::Document::parse_with_options(&xml, roxmltree::ParsingOptions { allow_dtd: true, ..Default::default() });
            prop_assert!(parsed.is_ok(), "{path} is not well-formed ({:?}) for {markdown:?}", parsed.err());
            let doc = parsed.unwrap();
            // Only folio's own vocabulary: the input never becomes an element (a `div` is
            // folio's only for a fenced div, with its language).
            for node in doc.descendants().filter(|n| n.is_element()) {
                let name = node.tag_name().name();
                let own_div = name == "div" && node.attribute("lang").is_some();
                prop_assert!(own_div || !matches!(name, "div" | "script" | "b"), "{path}: <{name}> came from the input");
            }
        }
    }

    #[test]
    fn every_word_of_the_paragraphs_reaches_the_xhtml(words in prop::collection::vec("[a-zA-Záőű]{1,10}", 1..30)) {
        let markdown = format!("# Title\n\n{}\n", words.join(" "));
        let (entries, _) = xhtml_entries(&markdown);
        let chapter = &entries.iter().find(|(p, _)| p.ends_with("chapter-1.xhtml")).unwrap().1;
        for word in &words {
            prop_assert!(chapter.contains(word.as_str()), "{word} lost");
        }
    }
}

#[test]
fn sampled_generated_epubs_pass_epubcheck() {
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    for _ in 0..3 {
        let markdown = markdown().new_tree(&mut runner).unwrap().current();
        let project = project();
        let fonts = FontFiles::built_in();
        let mut diags = Diagnostics::default();
        let mut files = Files::default();
        let file = files.add("m.md", format!("# Sample\n\n{markdown}"));
        let document = folio::manuscript::parse(&files.get(file).unwrap().text, file, &mut diags);
        if document.blocks.is_empty() {
            continue;
        }
        let book = Book::of_manuscript(&project.edition, document);
        let publication = Publication::new(&project, &book, &fonts, Timestamp::from_unix(0));
        let epub = folio::export::epub::write(&publication, None, &mut diags).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sample.epub");
        std::fs::write(&path, epub).unwrap();
        if let Some((clean, report)) = common::epubcheck(&path) {
            assert!(clean, "epubcheck on generated {markdown:?}:\n{report}");
        } else {
            return;
        }
    }
}
