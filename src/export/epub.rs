//! Publication -> EPUB 3 bytes: the title page, chapters, back matter and endnotes, the
//! stylesheet and embedded fonts, with the navigation document (`nav`) and the package
//! document (`opf`), zipped by `ocf`.

use std::path::Path;
use std::sync::Arc;

use crate::book::{Book, Publication, SectionKind, TitlePage};
use crate::cover_image::{CoverImage, ImageType};
use crate::diag::{Diagnostic, Diagnostics, Error};
use crate::font_files::FontFiles;
use crate::model::generated::COLOPHON_ID;
use crate::model::{for_each_inline, InlineKind};
use crate::timestamp::Timestamp;

pub use super::ocf::Precompressed;
use super::ocf::{self, Entry};
use super::pagemarks::PageMarks;
use super::xhtml::{self, BodyWriter, Chapter, NoteLinks};
use super::xml::XmlWriter;
use super::{cover, nav, opf};

const STYLESHEET: &str = include_str!("epub.css");

/// A content document in reading order, with what the nav and OPF need to know about it.
pub(super) struct SpineItem {
    pub file: String,
    pub id: String,
    pub title: String,
    /// Target of the toc entry (file plus fragment), with nested entries.
    pub toc: Option<(String, Vec<(String, String)>)>,
    pub landmark: Option<&'static str>,
}

/// Builds the EPUB; content problems go to `diags`.
/// `fonts` are fonts compressed ahead of time (see `precompress_fonts`), if any.
pub fn write(
    publication: &Publication,
    fonts: Option<&mut Precompressed>,
    diags: &mut Diagnostics,
) -> Result<Vec<u8>, Error> {
    let entries = entries(publication, diags)?;
    let out_name = Path::new(&publication.project.edition.slug).with_extension("epub");
    ocf::write(&entries, fonts, publication.built).map_err(|e| Error::io(&out_name, e))
}

/// The files of an EPUB that `write` made, as (path in the container, bytes), in the
/// container's order; an error if `epub` is not a zip.
pub fn unpack(epub: &[u8]) -> std::io::Result<Vec<(String, Vec<u8>)>> {
    Ok(ocf::read(epub)?
        .into_iter()
        .map(|entry| (entry.path, entry.bytes))
        .collect())
}

/// The font files every book embeds (regular and italic, see `faces_used`), as (bytes, path
/// in the book): the part of the book that can be made before the text is read.
pub fn fonts_always_embedded(fonts: &FontFiles) -> Vec<(Arc<Vec<u8>>, String)> {
    fonts
        .faces
        .iter()
        .zip(&FACES)
        .take(ALWAYS_EMBEDDED)
        .map(|(font, face)| {
            let path = format!("OEBPS/fonts/{}", book_file(face, &font.bytes));
            (font.bytes.clone(), path)
        })
        .collect()
}

/// Compresses `files` (from `fonts_always_embedded`), or reads them compressed from `cache`;
/// `None` if that fails, and writing the book then compresses them itself.
pub fn precompress_fonts(
    files: Vec<(Arc<Vec<u8>>, String)>,
    time: Timestamp,
    cache: Option<&Path>,
) -> Option<Precompressed> {
    let entries = files
        .into_iter()
        .map(|(bytes, path)| Entry {
            path,
            bytes: bytes.to_vec(),
        })
        .collect();
    Precompressed::new(entries, time, cache).ok()
}

/// Every file of the publication, unzipped (what `check` makes to prove the build works).
pub fn entries(publication: &Publication, diags: &mut Diagnostics) -> Result<Vec<Entry>, Error> {
    let edition = &publication.project.edition;
    let book = publication.book;
    let document = &book.body;
    let language = edition.language.as_str();
    let chapters = xhtml::chapters(book);
    let mut links = NoteLinks::new(document, &chapters);
    let mut pages = PageMarks::new(publication.page_starts.as_deref().unwrap_or_default());

    let mut entries = Vec::new();
    let mut spine = Vec::new();

    let cover = push_cover(publication, &mut entries, &mut spine);
    entries.push(text_entry(
        "title.xhtml",
        title_page(&book.title_page, language),
    ));
    spine.push(SpineItem {
        file: "title.xhtml".into(),
        id: "title-page".into(),
        title: "Title page".into(),
        toc: Some(("title.xhtml".into(), Vec::new())),
        landmark: Some("titlepage"),
    });

    for (n, chapter) in chapters.iter().enumerate() {
        let html = chapter_document(publication, chapter, (&mut links, &mut pages), diags);
        entries.push(text_entry(&chapter.file, html));
        let title = if chapter.title.is_empty() {
            edition.title.clone()
        } else {
            chapter.title.clone()
        };
        let target = match &chapter.heading_id {
            Some(id) => format!("{}#{id}", chapter.file),
            None => chapter.file.clone(),
        };
        let nested = chapter
            .subheadings
            .iter()
            .map(|(id, text)| (format!("{}#{id}", chapter.file), text.clone()))
            .collect();
        spine.push(SpineItem {
            file: chapter.file.clone(),
            id: match chapter.section {
                Some(SectionKind::Colophon) => COLOPHON_ID.to_string(),
                Some(SectionKind::Endnotes) => "endnotes".to_string(),
                _ => chapter.file.trim_end_matches(".xhtml").to_string(),
            },
            title: title.clone(),
            toc: Some((target, nested)),
            landmark: match chapter.section {
                Some(SectionKind::Endnotes) => Some("endnotes"),
                _ => (n == 0).then_some("bodymatter"),
            },
        });
    }

    let (page_list, missing) = pages.finish();
    if !missing.is_empty() {
        diags.push(
            Diagnostic::warning(
                "E102",
                format!(
                    "the ebook has no page-break marker for page {} of the print edition",
                    missing.join(", ")
                ),
            )
            .with_hint("those pages hold nothing from the text; the page list skips them"),
        );
    }
    entries.push(Entry {
        path: "OEBPS/nav.xhtml".into(),
        bytes: nav::document(language, &spine, &page_list).into_bytes(),
    });
    let font_names = push_stylesheet_and_fonts(publication, &mut entries);
    let print_pages = if page_list.is_empty() {
        0
    } else {
        publication.page_starts.as_ref().map_or(0, Vec::len)
    };
    let opf = opf::document(publication, &spine, &font_names, print_pages, cover);
    entries.insert(
        0,
        Entry {
            path: "OEBPS/content.opf".into(),
            bytes: opf.into_bytes(),
        },
    );
    Ok(entries)
}

/// The stylesheet, the faces the text uses and their licence, as entries of the book; returns
/// the names of the font files (and the licence) for the manifest.
fn push_stylesheet_and_fonts(publication: &Publication, entries: &mut Vec<Entry>) -> Vec<String> {
    let used = faces_used(publication.book);
    let fonts = publication.fonts;
    let faces: Vec<(&Face, String, &[u8])> = fonts
        .faces
        .iter()
        .zip(&FACES)
        .filter(|(_, face)| used.contains(face))
        .map(|(font, face)| (face, book_file(face, &font.bytes), font.bytes.as_slice()))
        .collect();
    entries.push(Entry {
        path: "OEBPS/css/folio.css".into(),
        bytes: stylesheet(&fonts.family, &faces).into_bytes(),
    });
    let mut font_names = Vec::new();
    for (_, name, bytes) in &faces {
        entries.push(font_entry(bytes, name));
        font_names.push(name.clone());
    }
    // The licence travels with the fonts it covers, as the OFL requires.
    font_names.push(LICENCE_NAME.to_string());
    entries.push(font_entry(&fonts.licence.bytes, LICENCE_NAME));
    font_names
}

/// A face of the edition's family as the ebook has it: its file name inside the book and the
/// CSS that selects it.
#[derive(Debug, PartialEq)]
struct Face {
    /// The file's name inside the book, without its extension (see `book_file`).
    stem: &'static str,
    style: &'static str,
    weight: &'static str,
}

const FACES: [Face; 4] = [
    Face {
        stem: "regular",
        style: "normal",
        weight: "normal",
    },
    Face {
        stem: "italic",
        style: "italic",
        weight: "normal",
    },
    Face {
        stem: "bold",
        style: "normal",
        weight: "bold",
    },
    Face {
        stem: "bold-italic",
        style: "italic",
        weight: "bold",
    },
];

/// A face's file inside the book, with the extension of its format (OpenType with CFF
/// outlines starts with `OTTO` and is `.otf`, TrueType `.ttf`), so the manifest's media type
/// tells the truth about an edition's own fonts.
fn book_file(face: &Face, bytes: &[u8]) -> String {
    let extension = if bytes.starts_with(b"OTTO") {
        "otf"
    } else {
        "ttf"
    };
    format!("{}.{extension}", face.stem)
}

/// How many of `FACES`, from the first, every book embeds (see `faces_used`).
const ALWAYS_EMBEDDED: usize = 2;

const LICENCE_NAME: &str = "OFL.txt";

/// The faces the book needs. Regular and italic always (the title page, second-level
/// headings and captions are italic); the bold faces only when the text has strong
/// emphasis, the one thing the stylesheet sets in bold. Leaving unused faces out, as the PDF
/// does, keeps a megabyte of fonts out of a book that never shows them.
fn faces_used(book: &Book) -> Vec<&'static Face> {
    let mut bold = false;
    let blocks = book
        .blocks()
        .chain(book.body.notes.iter().flat_map(|n| &n.blocks));
    for block in blocks {
        for_each_inline(block, &mut |inline| {
            bold |= matches!(inline.kind, InlineKind::Strong(_));
        });
    }
    let count = if bold { FACES.len() } else { ALWAYS_EMBEDDED };
    FACES.iter().take(count).collect()
}

/// The stylesheet with the edition's family and an `@font-face` rule per face in the book.
fn stylesheet(family: &str, faces: &[(&Face, String, &[u8])]) -> String {
    let rules: Vec<String> = faces
        .iter()
        .map(|(face, file, _)| {
            format!(
                "@font-face {{ font-family: \"{family}\"; font-style: {}; font-weight: {}; \
                 src: url(\"../fonts/{file}\"); }}",
                face.style, face.weight
            )
        })
        .collect();
    STYLESHEET
        .replace("{font-faces}", &rules.join("\n"))
        .replace("{family}", family)
}

/// A font file (or its licence) of the edition, in the book as `name`.
fn font_entry(bytes: &[u8], name: &str) -> Entry {
    Entry {
        path: format!("OEBPS/fonts/{name}"),
        bytes: bytes.to_vec(),
    }
}

fn text_entry(file: &str, html: String) -> Entry {
    Entry {
        path: format!("OEBPS/text/{file}"),
        bytes: html.into_bytes(),
    }
}

fn chapter_document(
    publication: &Publication,
    chapter: &Chapter<'_>,
    (links, pages): (&mut NoteLinks, &mut PageMarks),
    diags: &mut Diagnostics,
) -> String {
    let edition = &publication.project.edition;
    let mut w = XmlWriter::new();
    let title = if chapter.title.is_empty() {
        &edition.title
    } else {
        &chapter.title
    };
    xhtml::start_document(&mut w, &edition.language, title);
    let (matter, kind, role) = match chapter.section {
        Some(SectionKind::Colophon) => ("backmatter", "colophon", "doc-colophon"),
        Some(SectionKind::Endnotes) => ("backmatter", "endnotes", "doc-endnotes"),
        _ => ("bodymatter", "chapter", "doc-chapter"),
    };
    w.open("body", &[("epub:type", matter)]);
    w.newline();
    let mut attrs = vec![("epub:type", kind), ("role", role)];
    let labelled_by;
    if let Some(id) = &chapter.heading_id {
        labelled_by = id.clone();
        attrs.push(("aria-labelledby", &labelled_by));
    }
    w.open("section", &attrs);
    w.newline();
    let mut body = BodyWriter {
        w,
        document: &publication.book.body,
        links,
        pages,
        file: chapter.file.clone(),
        diags,
    };
    body.blocks(chapter.blocks);
    if chapter.section == Some(SectionKind::Endnotes) {
        endnote_list(&mut body, publication.book);
    }
    let footnotes = body.footnotes_of_file();
    if !footnotes.is_empty() {
        body.w.open(
            "section",
            &[("class", "footnotes"), ("aria-label", "Notes")],
        );
        body.w.newline();
        body.footnotes(&footnotes);
        body.w.close("section");
        body.w.newline();
    }
    let mut w = body.w;
    w.close("section");
    w.newline();
    w.close("body");
    w.newline();
    w.close("html");
    w.finish()
}

/// The endnotes, numbered, after the endnotes section's heading.
fn endnote_list(body: &mut BodyWriter, book: &Book) {
    body.w.open("ol", &[("class", "endnotes")]);
    body.w.newline();
    for (index, note) in book.endnotes() {
        body.w.open(
            "li",
            &[
                ("id", &note.id),
                ("epub:type", "endnote"),
                ("role", "doc-endnote"),
            ],
        );
        body.w.open("p", &[]);
        body.note_body(index);
        body.w.close("p");
        body.w.close("li");
        body.w.newline();
    }
    body.w.close("ol");
    body.w.newline();
}

/// The cover of a book with this title page, set in `fonts`: what a build makes on another
/// core while the manuscript is read (or reads from the cache in `cache`, see
/// `cover::cached_typographic`). `None` if the fonts cannot be shaped.
pub fn render_cover(
    page: &TitlePage,
    fonts: &FontFiles,
    cache: Option<&Path>,
) -> Option<CoverImage> {
    CoverImage::parse(cover::cached_typographic(page, fonts, cache)?)
}

/// The cover picture and the page that shows it, first in the spine; the picture's type, if
/// the book has a cover (a build always makes one; `check` makes the ebook without).
fn push_cover(
    publication: &Publication,
    entries: &mut Vec<Entry>,
    spine: &mut Vec<SpineItem>,
) -> Option<ImageType> {
    let cover = publication.cover.as_ref()?;
    let page = &publication.book.title_page;
    let href = opf::cover_image(cover.kind);
    entries.push(Entry {
        path: format!("OEBPS/{href}"),
        bytes: cover.bytes.clone(),
    });
    let language = &publication.project.edition.language;
    entries.push(text_entry("cover.xhtml", cover_page(page, language, &href)));
    spine.push(SpineItem {
        file: "cover.xhtml".into(),
        id: "cover".into(),
        title: "Cover".into(),
        toc: None,
        landmark: Some("cover"),
    });
    Some(cover.kind)
}

/// The cover page: the picture (at `href` from the package document), scaled to the screen,
/// described for screen readers.
fn cover_page(page: &TitlePage, language: &str, href: &str) -> String {
    let mut w = XmlWriter::new();
    xhtml::start_document(&mut w, language, "Cover");
    w.open("body", &[("class", "cover-page")]);
    let mut description = format!("Cover: {}", page.full_title);
    if let Some(authors) = &page.authors {
        description.push_str(&format!(", by {authors}"));
    }
    w.empty(
        "img",
        &[
            ("class", "cover"),
            ("src", &format!("../{href}")),
            ("alt", &description),
            ("epub:type", "cover"),
            ("role", "doc-cover"),
        ],
    );
    w.newline();
    w.close("body");
    w.close("html");
    w.finish()
}

fn title_page(page: &TitlePage, language: &str) -> String {
    let mut w = XmlWriter::new();
    xhtml::start_document(&mut w, language, &page.title);
    w.open("body", &[("epub:type", "frontmatter")]);
    w.open(
        "section",
        &[
            ("class", "titlepage"),
            ("epub:type", "titlepage"),
            ("aria-label", "Title page"),
        ],
    );
    w.newline();
    w.element("h1", &[("class", "title")], &page.title);
    if let Some(subtitle) = &page.subtitle {
        w.element("p", &[("class", "subtitle")], subtitle);
    }
    if let Some(authors) = &page.authors {
        w.element("p", &[("class", "author")], authors);
    }
    if let Some(editors) = &page.editors {
        w.element("p", &[("class", "editor")], &format!("Edited by {editors}"));
    }
    if let Some(publisher) = &page.publisher {
        w.element("p", &[("class", "publisher")], publisher);
    }
    w.newline();
    w.close("section");
    w.close("body");
    w.close("html");
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_face_is_named_for_its_format() {
        assert_eq!(book_file(&FACES[0], b"\x00\x01\x00\x00rest"), "regular.ttf");
        assert_eq!(book_file(&FACES[3], b"OTTOrest"), "bold-italic.otf");
    }
}
