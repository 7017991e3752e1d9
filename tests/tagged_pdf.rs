//! The tagged print PDF (issue 16, PDF/UA-1): the file is opened with lopdf and its structure
//! tree walked. Every text-showing operator is inside marked content that an element owns, or
//! in an artifact; the tree read in order gives back the book's words in order, and each
//! note's words; each note reference leads to its note; the parent tree agrees with the tree;
//! the catalog and annotations carry what PDF/UA asks; and the `pdfua` checker finds nothing.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use folio::book::Book;
use folio::model::{leaves, plain_text, BlockKind, NoteKind};
use folio::revision::PendingRevision;
use folio::timestamp::Timestamp;
use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};

fn fixture() -> PathBuf {
    common::repo().join("tests/fixtures/typeset/edition")
}

/// Builds the edition's PDF into `out`; returns the PDF's path and the book it was made from.
fn build(edition: &Path, out: &Path) -> (PathBuf, Book) {
    let (pdf, mut project, mut diags) = common::build_pdf(edition, out);
    assert!(!diags.has_errors(), "{diags:?}");
    // The book as the build made it: its date and, for the colophon, its git revision.
    let annotated = folio::annotate_manuscript(&mut project, &mut diags).unwrap();
    let fonts = project.fonts(&mut diags).unwrap();
    let revision = project
        .edition
        .output
        .colophon_revision
        .then(|| PendingRevision::start(&project.root))
        .flatten()
        .and_then(PendingRevision::finish);
    let imprint = folio::Imprint {
        fonts: &fonts,
        built: Timestamp::for_build(&project.edition.date).unwrap(),
        revision: revision.as_ref(),
    };
    let book = folio::assemble_book(&mut project, annotated, &imprint, &mut diags).unwrap();
    (pdf, book)
}

/// The PDF's pages, structure elements and the text of every marked-content sequence.
struct Tagged {
    doc: Document,
    pages: Vec<ObjectId>,
    /// The text each (page index, MCID) shows. Nothing is guessed from positions: a line
    /// that ends between words ends with a space glyph.
    content: BTreeMap<(usize, i64), String>,
}

impl Tagged {
    fn open(pdf: &Path) -> Tagged {
        let doc = Document::load(pdf).expect("lopdf reads the PDF");
        let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
        let mut content = BTreeMap::new();
        for (index, &page) in pages.iter().enumerate() {
            let fonts = to_unicode_maps(&doc, page);
            for (mcid, text) in marked_text(&doc, page, &fonts) {
                content.insert((index, mcid), text);
            }
        }
        Tagged {
            doc,
            pages,
            content,
        }
    }

    fn dict(&self, object: &Object) -> Dictionary {
        match object {
            Object::Reference(id) => self.doc.get_dictionary(*id).unwrap().clone(),
            Object::Dictionary(dict) => dict.clone(),
            other => panic!("not a dictionary: {other:?}"),
        }
    }

    fn root(&self) -> Dictionary {
        let catalog = self.doc.catalog().unwrap();
        self.dict(catalog.get(b"StructTreeRoot").expect("a structure tree"))
    }

    fn page_index(&self, page: &Object) -> usize {
        let id = page.as_reference().unwrap();
        self.pages.iter().position(|&p| p == id).expect("a page")
    }

    /// The element's kids: elements (by id), marked content (page, MCID), annotations.
    fn kids(&self, element: ObjectId) -> Vec<Kid> {
        let dict = self.doc.get_dictionary(element).unwrap();
        let page = dict.get(b"Pg").ok().map(|p| self.page_index(p));
        let kids = match dict.get(b"K") {
            Ok(Object::Array(kids)) => kids.clone(),
            Ok(kid) => vec![kid.clone()],
            Err(_) => Vec::new(),
        };
        kids.iter()
            .map(|kid| match kid {
                Object::Integer(mcid) => Kid::Content(page.expect("/Pg for an MCID"), *mcid),
                Object::Reference(id) => Kid::Element(*id),
                Object::Dictionary(d) => match d.get(b"Type").unwrap().as_name().unwrap() {
                    b"MCR" => Kid::Content(
                        self.page_index(d.get(b"Pg").unwrap()),
                        d.get(b"MCID").unwrap().as_i64().unwrap(),
                    ),
                    b"OBJR" => Kid::Annotation(d.get(b"Obj").unwrap().as_reference().unwrap()),
                    other => panic!("unknown kid {other:?}"),
                },
                other => panic!("unknown kid {other:?}"),
            })
            .collect()
    }

    fn role(&self, element: ObjectId) -> String {
        let dict = self.doc.get_dictionary(element).unwrap();
        String::from_utf8(dict.get(b"S").unwrap().as_name().unwrap().to_vec()).unwrap()
    }

    /// Every element below the root, depth first, in reading order.
    fn elements(&self) -> Vec<ObjectId> {
        let mut out = Vec::new();
        let mut stack: Vec<ObjectId> = match self.root().get(b"K").unwrap() {
            Object::Array(kids) => kids
                .iter()
                .rev()
                .map(|k| k.as_reference().unwrap())
                .collect(),
            kid => vec![kid.as_reference().unwrap()],
        };
        while let Some(element) = stack.pop() {
            out.push(element);
            for kid in self.kids(element).into_iter().rev() {
                if let Kid::Element(id) = kid {
                    stack.push(id);
                }
            }
        }
        out
    }

    /// The text of `element` in reading order, leaving out the subtrees whose role is in
    /// `skip`.
    fn text(&self, element: ObjectId, skip: &[&str]) -> String {
        let mut out = String::new();
        for kid in self.kids(element) {
            match kid {
                Kid::Element(id) if !skip.contains(&self.role(id).as_str()) => {
                    out.push_str(&self.text(id, skip));
                    // Blocks end their words; links and references are inside a line.
                    if !INLINE.contains(&self.role(id).as_str()) {
                        out.push('\n');
                    }
                }
                Kid::Content(page, mcid) => out.push_str(&self.content[&(page, mcid)]),
                _ => {}
            }
        }
        out
    }
}

/// The structure types that sit inside a line of text.
const INLINE: [&str; 3] = ["Link", "Reference", "Span"];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kid {
    Element(ObjectId),
    Content(usize, i64),
    Annotation(ObjectId),
}

/// Each font's glyph code -> text, from its `/ToUnicode` CMap (`bfchar` and `bfrange`).
fn to_unicode_maps(doc: &Document, page: ObjectId) -> BTreeMap<Vec<u8>, BTreeMap<u16, String>> {
    let mut maps = BTreeMap::new();
    for (name, font) in doc.get_page_fonts(page).unwrap() {
        let Ok(Object::Reference(id)) = font.get(b"ToUnicode") else {
            continue;
        };
        let stream = doc.get_object(*id).unwrap().as_stream().unwrap();
        let cmap = String::from_utf8_lossy(&stream.decompressed_content().unwrap()).into_owned();
        maps.insert(name, parse_cmap(&cmap));
    }
    maps
}

fn parse_cmap(cmap: &str) -> BTreeMap<u16, String> {
    let hex = |s: &str| u32::from_str_radix(s.trim_matches(['<', '>']), 16).unwrap();
    let text = |s: &str| {
        let s = s.trim_matches(['<', '>']);
        let units: Vec<u16> = (0..s.len())
            .step_by(4)
            .map(|i| u16::from_str_radix(&s[i..i + 4], 16).unwrap())
            .collect();
        String::from_utf16(&units).unwrap()
    };
    let mut map = BTreeMap::new();
    let mut section = "";
    for line in cmap.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            [_, "beginbfchar"] | ["beginbfchar"] => section = "char",
            [_, "beginbfrange"] | ["beginbfrange"] => section = "range",
            ["endbfchar"] | ["endbfrange"] => section = "",
            [code, unicode] if section == "char" => {
                map.insert(hex(code) as u16, text(unicode));
            }
            [from, to, start] if section == "range" => {
                let first = text(start).chars().next().unwrap() as u32;
                for code in hex(from)..=hex(to) {
                    let c = char::from_u32(first + code - hex(from)).unwrap();
                    map.insert(code as u16, c.to_string());
                }
            }
            _ => {}
        }
    }
    map
}

/// What is open in a page's content: marked content with an MCID, an artifact, or a span
/// with `/ActualText` (whose glyphs are read as that text).
#[derive(Debug)]
enum Open {
    Content(i64),
    Artifact,
    ActualText,
    Other,
}

/// The text of each MCID of `page`. Panics on a text-showing operator outside marked
/// content with an MCID or an artifact.
fn marked_text(
    doc: &Document,
    page: ObjectId,
    fonts: &BTreeMap<Vec<u8>, BTreeMap<u16, String>>,
) -> BTreeMap<i64, String> {
    let content = Content::decode(&doc.get_page_content(page)).unwrap();
    let mut texts: BTreeMap<i64, String> = BTreeMap::new();
    let mut open: Vec<Open> = Vec::new();
    let mut font = Vec::new();
    for op in &content.operations {
        let mcid = open.iter().rev().find_map(|o| match o {
            Open::Content(mcid) => Some(*mcid),
            _ => None,
        });
        let artifact = open.iter().any(|o| matches!(o, Open::Artifact));
        match op.operator.as_str() {
            "BDC" | "BMC" => {
                let tag = op.operands[0].as_name().unwrap();
                let props = op.operands.get(1).and_then(|p| p.as_dict().ok());
                let entry = if tag == b"Artifact" {
                    Open::Artifact
                } else if let Some(id) = props.and_then(|p| p.get(b"MCID").ok()) {
                    Open::Content(id.as_i64().unwrap())
                } else if let Some(actual) = props.and_then(|p| p.get(b"ActualText").ok()) {
                    if let Some(mcid) = mcid {
                        let actual = lopdf::decode_text_string(actual).unwrap();
                        texts.entry(mcid).or_default().push_str(&actual);
                    }
                    Open::ActualText
                } else {
                    Open::Other
                };
                open.push(entry);
            }
            "EMC" => {
                open.pop().expect("EMC closes something");
            }
            "Tf" => font = op.operands[0].as_name().unwrap().to_vec(),
            "TJ" | "Tj" | "'" | "\"" => {
                assert!(
                    mcid.is_some() || artifact,
                    "text shown outside marked content: {op:?}"
                );
                let (Some(mcid), false) = (mcid, artifact) else {
                    continue;
                };
                let entry = texts.entry(mcid).or_default();
                if open.iter().any(|o| matches!(o, Open::ActualText)) {
                    continue;
                }
                for string in op.operands.iter().flat_map(|o| match o {
                    Object::Array(items) => items.clone(),
                    other => vec![other.clone()],
                }) {
                    if let Object::String(bytes, _) = string {
                        for code in bytes.chunks(2) {
                            let code = u16::from_be_bytes([code[0], code[1]]);
                            entry.push_str(fonts[&font].get(&code).map_or("\u{FFFD}", |s| s));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    assert!(open.is_empty(), "marked content left open: {open:?}");
    texts
}

/// The words of the book's text in reading order, as the tree should give them back: the
/// title block, every leaf of the body and back matter, the endnotes' heading.
fn book_words(book: &Book) -> Vec<String> {
    let page = &book.title_page;
    let mut text = page.title.clone();
    for line in [&page.subtitle, &page.authors].into_iter().flatten() {
        text.push(' ');
        text.push_str(line);
    }
    let mut blocks: Vec<_> = leaves(book.blocks()).collect();
    // A leading level-1 heading is the title, which the title block sets from the metadata.
    if matches!(
        blocks.first().map(|b| &b.kind),
        Some(BlockKind::Heading { level: 1, .. })
    ) {
        blocks.remove(0);
    }
    for block in blocks {
        text.push(' ');
        match &block.kind {
            BlockKind::CodeBlock { text: code } => text.push_str(code),
            _ => text.push_str(&block.inlines().map(plain_text).unwrap_or_default()),
        }
    }
    if book.body.notes.iter().any(|n| n.kind == NoteKind::Endnote) {
        text.push_str(" Notes");
    }
    words(&text)
}

fn words(text: &str) -> Vec<String> {
    text.replace('\u{AD}', "")
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// Fails with the place where `read` first departs from `expected`.
fn assert_same_words(read: &[String], expected: &[String], what: &str) {
    let Some(at) = (0..read.len().max(expected.len())).find(|&i| read.get(i) != expected.get(i))
    else {
        return;
    };
    let around =
        |words: &[String]| words[at.saturating_sub(8)..(at + 8).min(words.len())].join(" ");
    panic!(
        "{what} reads differently from word {at}:\n  read:     {}\n  expected: {}",
        around(read),
        around(expected)
    );
}

/// A note's words: its paragraphs, with its source after the first.
fn note_words(book: &Book, index: usize) -> Vec<String> {
    let note = &book.body.notes[index];
    let mut paragraphs: Vec<String> = note
        .blocks
        .iter()
        .filter_map(|b| b.inlines().map(plain_text))
        .collect();
    if let Some(source) = &note.source {
        if paragraphs.is_empty() {
            paragraphs.push(String::new());
        }
        paragraphs[0].push(' ');
        paragraphs[0].push_str(&plain_text(source));
    }
    words(&paragraphs.join(" "))
}

/// The structure of an edition's PDF, checked as the module comment says.
fn check_structure(edition: &Path) {
    let dir = tempfile::tempdir().unwrap();
    let (pdf, book) = build(edition, dir.path());
    let tagged = Tagged::open(&pdf);
    let elements = tagged.elements();
    let document = elements[0];
    assert_eq!(tagged.role(document), "Document");

    // Every marked-content sequence belongs to exactly one element, and the parent tree says
    // which.
    let mut owner = BTreeMap::new();
    for &element in &elements {
        for kid in tagged.kids(element) {
            if let Kid::Content(page, mcid) = kid {
                assert!(
                    owner.insert((page, mcid), element).is_none(),
                    "{page}/{mcid} twice"
                );
            }
        }
    }
    let drawn: BTreeSet<_> = tagged.content.keys().copied().collect();
    let owned: BTreeSet<_> = owner.keys().copied().collect();
    assert_eq!(
        drawn, owned,
        "marked content without an element, or the reverse"
    );
    check_parent_tree(&tagged, &owner);

    // The body read in order: the book's words in order (notes, labels and note marks are
    // read in their own elements).
    let body = tagged.text(document, &["Note", "Lbl", "Reference"]);
    assert_same_words(&words(&body), &book_words(&book), "the body");

    // Each note once, with its number and words; each reference leads to its note.
    let notes: Vec<ObjectId> = elements
        .iter()
        .copied()
        .filter(|&e| tagged.role(e) == "Note")
        .collect();
    assert_eq!(notes.len(), book.body.notes.len());
    let mut numbered = BTreeMap::new();
    for &note in &notes {
        let label = tagged.kids(note)[0];
        let Kid::Element(label) = label else {
            panic!("a note begins with its label")
        };
        assert_eq!(tagged.role(label), "Lbl");
        let number: usize = tagged
            .text(label, &[])
            .trim()
            .trim_end_matches('.')
            .parse()
            .unwrap();
        let index = book
            .body
            .notes
            .iter()
            .position(|n| n.number == number)
            .unwrap();
        let what = format!("note {number}");
        let read = words(&tagged.text(note, &["Lbl"]));
        assert_same_words(&read, &note_words(&book, index), &what);
        numbered.insert(number, note);
    }
    let references: Vec<ObjectId> = elements
        .iter()
        .copied()
        .filter(|&e| tagged.role(e) == "Reference")
        .collect();
    assert!(!references.is_empty());
    for reference in references {
        check_reference(&tagged, reference, &numbered);
    }
}

/// A note reference shows the note's number, refers to the note (`/Ref`) and holds a `Link`
/// whose annotation goes to the page the note starts on.
fn check_reference(tagged: &Tagged, reference: ObjectId, notes: &BTreeMap<usize, ObjectId>) {
    let number: usize = tagged.text(reference, &[]).trim().parse().unwrap();
    let note = notes[&number];
    let dict = tagged.doc.get_dictionary(reference).unwrap();
    let refers: Vec<ObjectId> = dict
        .get(b"Ref")
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_reference().unwrap())
        .collect();
    assert_eq!(refers, [note]);
    let Kid::Element(link) = tagged.kids(reference)[0] else {
        panic!("a reference holds a link")
    };
    assert_eq!(tagged.role(link), "Link");
    let annotation = tagged
        .kids(link)
        .into_iter()
        .find_map(|k| match k {
            Kid::Annotation(a) => Some(a),
            _ => None,
        })
        .expect("the link owns its annotation");
    let annotation = tagged.doc.get_dictionary(annotation).unwrap();
    assert_eq!(
        lopdf::decode_text_string(annotation.get(b"Contents").unwrap()).unwrap(),
        format!("Note {number}")
    );
    assert!(annotation.get(b"StructParent").is_ok());
    let target = annotation.get(b"Dest").unwrap().as_array().unwrap()[0].clone();
    let note_page = tagged.kids(note).into_iter().find_map(|k| match k {
        Kid::Element(e) => tagged
            .kids(e)
            .into_iter()
            .chain(tagged.kids(e).into_iter().filter_map(|k| match k {
                Kid::Element(inner) => tagged.kids(inner).first().copied(),
                _ => None,
            }))
            .find_map(|k| match k {
                Kid::Content(page, _) => Some(page),
                _ => None,
            }),
        _ => None,
    });
    assert_eq!(Some(tagged.page_index(&target)), note_page, "note {number}");
}

/// Each page's `/StructParents` entry lists, by MCID, the element that owns it; each
/// annotation's `/StructParent` entry is its `Link`.
fn check_parent_tree(tagged: &Tagged, owner: &BTreeMap<(usize, i64), ObjectId>) {
    let root = tagged.root();
    let tree = tagged.dict(root.get(b"ParentTree").unwrap());
    let nums = tree.get(b"Nums").unwrap().as_array().unwrap();
    let entries: BTreeMap<i64, &Object> = nums
        .chunks(2)
        .map(|pair| (pair[0].as_i64().unwrap(), &pair[1]))
        .collect();
    let next = root.get(b"ParentTreeNextKey").unwrap().as_i64().unwrap();
    assert!(entries.keys().all(|&k| k < next));
    for (index, &page) in tagged.pages.iter().enumerate() {
        let dict = tagged.doc.get_dictionary(page).unwrap();
        assert_eq!(dict.get(b"Tabs").unwrap().as_name().unwrap(), b"S");
        let key = dict.get(b"StructParents").unwrap().as_i64().unwrap();
        let parents = entries[&key].as_array().unwrap();
        for (mcid, parent) in parents.iter().enumerate() {
            assert_eq!(
                Some(&parent.as_reference().unwrap()),
                owner.get(&(index, mcid as i64)),
                "page {index}, MCID {mcid}"
            );
        }
        let Ok(annots) = dict.get(b"Annots") else {
            continue;
        };
        for annot in annots.as_array().unwrap() {
            let annot = tagged.dict(annot);
            assert!(
                annot.get(b"Contents").is_ok(),
                "an annotation without /Contents"
            );
            let key = annot.get(b"StructParent").unwrap().as_i64().unwrap();
            let link = entries[&key].as_reference().unwrap();
            assert_eq!(tagged.role(link), "Link");
        }
    }
}

#[test]
fn the_fixture_pdf_is_tagged_in_reading_order() {
    check_structure(&fixture());
}

#[test]
fn the_edition_pdf_is_tagged_in_reading_order() {
    check_structure(&common::repo());
}

/// The fixture with passages in Hungarian and German, and links side by side.
fn languages_fixture() -> PathBuf {
    common::repo().join("tests/fixtures/epub/languages")
}

#[test]
fn the_languages_fixture_pdf_is_tagged_in_reading_order() {
    check_structure(&languages_fixture());
}

impl Tagged {
    /// The element's `/Lang`, if it has one.
    fn lang(&self, element: ObjectId) -> Option<String> {
        let dict = self.doc.get_dictionary(element).unwrap();
        let lang = dict.get(b"Lang").ok()?;
        Some(lopdf::decode_text_string(lang).unwrap())
    }

    /// The element's words, joined by single spaces.
    fn words_of(&self, element: ObjectId) -> String {
        words(&self.text(element, &["Reference"])).join(" ")
    }
}

#[test]
fn passages_in_another_language_carry_their_lang() {
    let dir = tempfile::tempdir().unwrap();
    let (pdf, _) = build(&languages_fixture(), dir.path());
    let tagged = Tagged::open(&pdf);
    let with_lang: Vec<(String, String, String)> = tagged
        .elements()
        .into_iter()
        .filter_map(|e| {
            let lang = tagged.lang(e)?;
            Some((tagged.role(e), lang, tagged.words_of(e)))
        })
        .collect();
    let expected = [
        ("Span", "hu", "Éljen a forradalom!"),
        ("Span", "hu", "Államvédelmi Hatóság"),
        ("Span", "hu", "Mit kíván a magyar nemzet?"),
        ("Span", "de", "Was will die ungarische Nation? Sie will"),
        ("Span", "hu", "szabadság"),
        ("Span", "de", "und Brot"),
        ("P", "de", "Die Arbeiterräte übernahmen in wenigen Tagen die Leitung der Betriebe, die Verteilung der Lebensmittel und die Verteidigung ihrer Bezirke."),
        ("BlockQuote", "de", "Die Staatssicherheitsbehörde wurde aufgelöst, aber die Panzer kamen zurück."),
        ("P", "de", "Die Staatssicherheitsbehörde wurde aufgelöst, aber die Panzer kamen zurück."),
        ("Span", "hu", "Munkástanács"),
    ];
    let found: Vec<(&str, &str, &str)> = with_lang
        .iter()
        .map(|(role, lang, text)| (role.as_str(), lang.as_str(), text.as_str()))
        .collect();
    assert_eq!(found, expected);
}

#[test]
fn each_link_has_its_own_link_element() {
    let dir = tempfile::tempdir().unwrap();
    let (pdf, _) = build(&languages_fixture(), dir.path());
    let tagged = Tagged::open(&pdf);
    // Each `Link` element's words and the addresses of the annotations it owns.
    let mut links = Vec::new();
    for element in tagged.elements() {
        if tagged.role(element) != "Link" {
            continue;
        }
        let uris: BTreeSet<String> = tagged
            .kids(element)
            .into_iter()
            .filter_map(|kid| match kid {
                Kid::Annotation(id) => Some(id),
                _ => None,
            })
            .filter_map(|annotation| {
                let dict = tagged.doc.get_dictionary(annotation).unwrap();
                let action = tagged.dict(dict.get(b"A").ok()?);
                let uri = action.get(b"URI").ok()?.as_str().ok()?;
                Some(String::from_utf8(uri.to_vec()).unwrap())
            })
            .collect();
        if !uris.is_empty() {
            links.push((tagged.words_of(element), uris));
        }
    }
    let to = |uri: &str| BTreeSet::from([uri.to_string()]);
    assert_eq!(
        links,
        [
            ("first report".to_string(), to("https://example.org/1956")),
            ("second report".to_string(), to("https://example.org/1956")),
            (
                "a report on the Munkástanács of Csepel".to_string(),
                to("https://example.org/csepel")
            ),
        ]
    );
}

#[test]
fn the_catalog_declares_a_tagged_titled_document() {
    let dir = tempfile::tempdir().unwrap();
    let (pdf, book) = build(&fixture(), dir.path());
    let doc = Document::load(&pdf).unwrap();
    let catalog = doc.catalog().unwrap();
    let mark_info = catalog.get(b"MarkInfo").unwrap().as_dict().unwrap();
    assert!(mark_info.get(b"Marked").unwrap().as_bool().unwrap());
    assert!(catalog.get(b"Lang").is_ok());
    let preferences = catalog
        .get(b"ViewerPreferences")
        .unwrap()
        .as_dict()
        .unwrap();
    assert!(preferences
        .get(b"DisplayDocTitle")
        .unwrap()
        .as_bool()
        .unwrap());
    let metadata = catalog.get(b"Metadata").unwrap().as_reference().unwrap();
    let xmp = doc.get_object(metadata).unwrap().as_stream().unwrap();
    let xmp = String::from_utf8(xmp.content.clone()).unwrap();
    let parsed = roxmltree::Document::parse(&xmp).expect("well-formed XMP");
    let text_of = |name: &str| {
        parsed
            .descendants()
            .find(|n| n.tag_name().name() == name)
            .map(|n| {
                n.descendants()
                    .filter(|d| d.is_text())
                    .filter_map(|d| d.text())
                    .collect::<String>()
            })
    };
    assert_eq!(text_of("part").as_deref(), Some("1"));
    assert_eq!(text_of("title"), Some(book.title_page.full_title.clone()));
    assert!(text_of("language").is_some() && text_of("creator").is_some());
}

/// The machine-checkable part of PDF/UA-1, by the `pdfua` checker (PyPI): no finding.
#[test]
fn the_pdfua_checker_finds_nothing() {
    let Some(pdfua) = common::find("pdfua") else {
        return;
    };
    for edition in [fixture(), languages_fixture(), common::repo()] {
        let dir = tempfile::tempdir().unwrap();
        let (pdf, _) = build(&edition, dir.path());
        let (ok, report) = common::run(&pdfua, &[OsStr::new("check"), pdf.as_os_str()]);
        assert!(ok, "pdfua on {}:\n{report}", edition.display());
    }
}
