//! The page-faithful EPUB: built with the print PDF, the ebook marks where each printed page
//! starts, and the text after each marker is the text at the top of that PDF page; built
//! alone, it has no page list. epubcheck accepts both.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use common::{build_into_temp, epubcheck, letters, pdf_pages, pdftotext, repo, unzip};

/// How many letters of each page's beginning are compared (fewer when the block the
/// page starts in is shorter): enough to tell any two pages apart.
const COMPARED: usize = 24;

fn build(dir: &Path, format: &str) -> tempfile::TempDir {
    build_into_temp(dir, &["--format", format])
}

/// A page-break marker: the file it is in, the text of that file's body before it and the
/// text after it (tags dropped).
struct Marker {
    file: String,
    before: String,
    after: String,
    /// The marker opens a list item, whose number print sets as text and the ebook does not.
    in_list_item: bool,
}

/// The page-break markers of the EPUB, by page label.
fn markers(epub: &[u8]) -> BTreeMap<usize, Marker> {
    let mut found = BTreeMap::new();
    for (name, bytes) in unzip(epub) {
        if !name.starts_with("OEBPS/text/") {
            continue;
        }
        let html = String::from_utf8(bytes).unwrap();
        let body = html.find("<body").unwrap_or(0);
        let mut rest = html.as_str();
        while let Some(at) = rest.find("<span id=\"page-") {
            let tag_end = at + rest[at..].find("/>").expect("an empty span") + 2;
            let tag = &rest[at..tag_end];
            assert!(
                tag.contains("epub:type=\"pagebreak\"") && tag.contains("role=\"doc-pagebreak\""),
                "{tag}"
            );
            let label: usize = tag["<span id=\"page-".len()..]
                .split('"')
                .next()
                .and_then(|n| n.parse().ok())
                .expect("a page number");
            assert!(
                tag.contains(&format!("aria-label=\"{label}\"")),
                "{tag} has no label"
            );
            let start = html.len() - rest.len();
            let marker = Marker {
                file: name.clone(),
                before: strip_tags(&html[body..start + at]),
                after: rest_of_block(&rest[tag_end..]),
                in_list_item: html[..start + at].ends_with("<li><p>"),
            };
            let previous = found.insert(label, marker);
            assert!(previous.is_none(), "page {label} is marked twice");
            rest = &rest[tag_end..];
        }
    }
    found
}

/// The text from the start of `html` to the end of the first block that has any: a page's
/// first words, without running on into whatever follows the block in the file (footnotes,
/// for instance, which print puts at the foot of the page).
fn rest_of_block(html: &str) -> String {
    let mut from = 0;
    loop {
        let close = ["</p>", "</h1>", "</h2>", "</h3>", "</li>", "</pre>"]
            .iter()
            .filter_map(|tag| html[from..].find(tag).map(|i| from + i + tag.len()))
            .min()
            .unwrap_or(html.len());
        let text = strip_tags(&html[..close]);
        if close == html.len() || !letters(&text).is_empty() {
            return text;
        }
        from = close;
    }
}

/// A line that begins a note: its number and a full stop ("12. ").
fn starts_with_note_number(line: &str) -> bool {
    line.split_once(". ")
        .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// Checks one build: every PDF page has a marker, and each marker is followed by the text
/// the page starts with (under its running head).
fn check_agreement(epub: &Path, pdf: &Path) {
    let markers = markers(&std::fs::read(epub).unwrap());
    let Some(pages) = pdf_pages(pdf) else {
        return;
    };
    assert_eq!(
        markers.keys().copied().collect::<Vec<_>>(),
        (1..=pages).collect::<Vec<_>>(),
        "one marker per page"
    );
    // The text block starts a ninth of the page down (see `typeset`); the running head sits
    // a line and a half above it. Cut a little above the block, below the head.
    let (_, height) = folio::config::PageSize::A5.dimensions();
    let top = height / 9.0 - 8.0;
    for (
        page,
        Marker {
            file,
            before,
            after,
            in_list_item,
        },
    ) in &markers
    {
        if *page == 1 {
            // The first page starts with the title block, set from the edition's metadata in
            // place of the leading heading: its marker opens the first chapter.
            assert_eq!(file, "OEBPS/text/chapter-1.xhtml");
            assert_eq!(letters(before), "", "text before the first page's marker");
            continue;
        }
        let mut pdf_text = pdftotext(pdf, *page, Some([0.0, top, 1000.0, 1000.0])).unwrap();
        if *in_list_item {
            // Print numbers the items ("2."); the ebook leaves that to the reading system.
            let text = pdf_text.trim_start();
            let label = text.split_whitespace().next().unwrap_or("");
            if let Some(number) = label.strip_suffix('.') {
                if number.chars().all(|c| c.is_ascii_digit()) {
                    pdf_text = text[label.len()..].to_string();
                }
            }
        }
        // A word broken across the page turn reads whole at the foot of the page before (the
        // tagged PDF gives its hyphen the rest of the word as `/ActualText`, and the rest
        // none), so when the marker falls inside a word the page's text starts after it.
        let after = if before.ends_with(char::is_alphanumeric) {
            after.trim_start_matches(|c: char| !c.is_whitespace())
        } else {
            after.as_str()
        };
        // Compare no further than the page's first block of text (a thematic break's stars
        // have none), and no further than its first note ("1. …", which sits right under
        // the text): on a page with a line or two of text above its notes, what comes next
        // is a note, not the text.
        let first_block = pdf_text
            .split("\n\n")
            .find(|block| !letters(block).is_empty())
            .unwrap_or("");
        let first_block = first_block
            .lines()
            .take_while(|line| !starts_with_note_number(line))
            .collect::<Vec<_>>()
            .join("\n");
        let first_block = first_block.as_str();
        let compared = letters(after)
            .chars()
            .count()
            .min(COMPARED)
            .min(letters(first_block).chars().count());
        assert!(compared > 0, "page {page}: no text after its marker");
        let first = |text: &str| letters(text).chars().take(compared).collect::<String>();
        assert_eq!(
            first(after),
            first(&pdf_text),
            "page {page}: the EPUB's marker is followed by {:?}, the PDF page starts {:?}",
            after.chars().take(80).collect::<String>(),
            pdf_text.chars().take(80).collect::<String>()
        );
    }
    let nav = unzip(&std::fs::read(epub).unwrap())
        .into_iter()
        .find(|(n, _)| n == "OEBPS/nav.xhtml")
        .map(|(_, b)| String::from_utf8(b).unwrap())
        .unwrap();
    assert!(nav.contains("<nav epub:type=\"page-list\""));
    for page in 1..=pages {
        assert!(
            nav.contains(&format!("#page-{page}\">{page}</a>")),
            "page {page} in the nav"
        );
    }
    let opf = unzip(&std::fs::read(epub).unwrap())
        .into_iter()
        .find(|(n, _)| n == "OEBPS/content.opf")
        .map(|(_, b)| String::from_utf8(b).unwrap())
        .unwrap();
    assert!(opf.contains(">printPageNumbers</meta>"));
    assert!(opf.contains("property=\"source-of\">pagination</meta>"));
    if let Some((clean, report)) = epubcheck(epub) {
        assert!(clean, "epubcheck:\n{report}");
    }
}

#[test]
fn the_editions_ebook_and_print_pages_agree() {
    let out = build(&repo(), "all");
    check_agreement(
        &out.path().join("hungary-1956.epub"),
        &out.path().join("hungary-1956.pdf"),
    );
}

/// The features fixture set larger and larger, so that pages start in headings, quotations,
/// lists, captions, the note on the text and the endnotes' heading.
#[test]
fn every_kind_of_block_can_start_a_page() {
    let fixture = repo().join("tests/fixtures/epub/features");
    let text = std::fs::read_to_string(fixture.join("edition.toml")).unwrap();
    let mut total = 0;
    for size in [22, 28, 34, 40] {
        // A copy of the edition: an edition reads only the files inside its own directory.
        let dir = tempfile::tempdir().unwrap();
        for file in ["manuscript/features.md", "annotations/features.toml"] {
            let to = dir.path().join(file);
            std::fs::create_dir_all(to.parent().unwrap()).unwrap();
            std::fs::copy(fixture.join(file), to).unwrap();
        }
        std::fs::write(
            dir.path().join("edition.toml"),
            format!("{text}\n[output.pdf]\nfont-size = {size}\n"),
        )
        .unwrap();
        let out = build(dir.path(), "all");
        let pdf = out.path().join("features.pdf");
        total += pdf_pages(&pdf).unwrap_or(0);
        check_agreement(&out.path().join("features.epub"), &pdf);
    }
    assert!(total == 0 || total >= 30, "only {total} pages in all");
}

#[test]
fn an_ebook_built_alone_has_no_page_list() {
    let out = build(&repo(), "epub");
    let epub = std::fs::read(out.path().join("hungary-1956.epub")).unwrap();
    for (name, bytes) in unzip(&epub) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("pagebreak"), "{name} has a page break");
        assert!(!text.contains("page-list"), "{name} has a page list");
        assert!(
            !text.contains("printPageNumbers"),
            "{name} claims page numbers"
        );
    }
}

/// Both outputs give the back matter in a book's order: the endnotes right after the text,
/// then the note on the text, the colophon last.
#[test]
fn the_endnotes_come_before_the_note_on_the_text_and_the_colophon_is_last() {
    let out = build(&repo().join("tests/fixtures/epub/features"), "all");
    let epub = std::fs::read(out.path().join("features.epub")).unwrap();
    let (_, opf) = unzip(&epub)
        .into_iter()
        .find(|(name, _)| name == "OEBPS/content.opf")
        .expect("a package document");
    let opf = String::from_utf8(opf).unwrap();
    let spine = &opf[opf.find("<spine").expect("a spine")..];
    let chapter = |file: &str| {
        let href = format!("href=\"text/{file}\"");
        let item = &opf[..opf.find(&href).expect(file)];
        let id = &item[item.rfind("id=\"").unwrap() + 4..];
        spine
            .find(&format!("idref=\"{}\"", &id[..id.find('"').unwrap()]))
            .expect(file)
    };
    let order = ["notes.xhtml", "chapter-3.xhtml", "chapter-4.xhtml"].map(chapter);
    assert!(order.is_sorted(), "spine order {order:?}:\n{spine}");
    assert!(spine.contains("idref=\"colophon\"/></spine>"), "{spine}");

    let pdf = out.path().join("features.pdf");
    let Some(pages) = pdf_pages(&pdf) else {
        return;
    };
    let text: String = (1..=pages)
        .filter_map(|page| pdftotext(&pdf, page, None))
        .collect();
    let order = [
        "Elected bodies in the workplaces",
        "Note on the text",
        "Colophon",
    ]
    .map(|phrase| text.find(phrase).unwrap_or_else(|| panic!("{phrase}")));
    assert!(order.is_sorted(), "print order {order:?}:\n{text}");
    // The last page's running head is the section it continues: the colophon, which begins
    // on the page before after four other sections (the first of them headed it before).
    let last = pdftotext(&pdf, pages, None).unwrap();
    assert_eq!(
        last.lines().next().map(str::trim),
        Some("Colophon"),
        "{last}"
    );
}
