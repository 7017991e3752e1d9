//! Document -> XHTML content documents for the EPUB: one file per top-level section, with
//! EPUB 3 structural semantics and DPUB-ARIA roles, so reading systems find the chapters and
//! pop up the notes (Apple Books, Kobo and Kindle look for `epub:type="noteref"` links to
//! `aside epub:type="footnote"` elements).

use crate::book::{Book, SectionKind};
use crate::diag::{Diagnostic, Diagnostics};
use crate::model::{
    for_each_inline, plain_text, Block, BlockKind, Document, Flow, Inline, InlineKind, Note,
    NoteKind,
};

use super::pagemarks::PageMarks;
use super::xml::XmlWriter;

/// File name of the endnotes document.
pub const NOTES_FILE: &str = "notes.xhtml";

/// One content document made from a top-level section of the manuscript.
pub struct Chapter<'d> {
    /// File name inside the `text/` folder, e.g. `chapter-1.xhtml`.
    pub file: String,
    pub title: String,
    /// Id of the chapter's heading, if it has one.
    pub heading_id: Option<String>,
    pub blocks: &'d [Block],
    /// Second-level headings, for the nested table of contents: (id, text).
    pub subheadings: Vec<(String, String)>,
    /// The back-matter section this chapter is, if it is one.
    pub section: Option<SectionKind>,
}

/// The book's content documents in reading order: the body split at its level-1 headings
/// (text before the first one is a chapter too), then one per back-matter section.
pub fn chapters(book: &Book) -> Vec<Chapter<'_>> {
    let mut chapters = Vec::new();
    for blocks in split_at_level_one(&book.body.blocks) {
        push_chapter(&mut chapters, blocks, None);
    }
    for section in &book.back {
        push_chapter(&mut chapters, &section.blocks, Some(section.kind));
    }
    chapters
}

/// `blocks` cut before each level-1 heading; no empty piece.
fn split_at_level_one(blocks: &[Block]) -> Vec<&[Block]> {
    let mut starts: Vec<usize> = blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| matches!(b.kind, BlockKind::Heading { level: 1, .. }))
        .map(|(i, _)| i)
        .collect();
    if starts.first() != Some(&0) {
        starts.insert(0, 0);
    }
    (0..starts.len())
        .map(|n| &blocks[starts[n]..starts.get(n + 1).copied().unwrap_or(blocks.len())])
        .filter(|piece| !piece.is_empty())
        .collect()
}

/// Adds the chapter of `blocks` (which start with its heading, if it has one).
fn push_chapter<'d>(
    chapters: &mut Vec<Chapter<'d>>,
    blocks: &'d [Block],
    section: Option<SectionKind>,
) {
    let Some(first) = blocks.first() else {
        return;
    };
    let (title, heading_id) = match &first.kind {
        BlockKind::Heading {
            level: 1,
            id,
            content,
        } => (plain_text(content), Some(id.clone())),
        _ => (String::new(), None),
    };
    let subheadings = blocks
        .iter()
        .filter_map(|b| match &b.kind {
            BlockKind::Heading {
                level: 2,
                id,
                content,
            } => Some((id.clone(), plain_text(content))),
            _ => None,
        })
        .collect();
    // The endnotes keep a file name of their own, which note references name (`NoteLinks`);
    // the other chapters are numbered without a gap for it.
    let numbered = chapters.iter().filter(|c| c.file != NOTES_FILE).count();
    let file = match section {
        Some(SectionKind::Endnotes) => NOTES_FILE.to_string(),
        _ => format!("chapter-{}.xhtml", numbered + 1),
    };
    chapters.push(Chapter {
        file,
        title,
        heading_id,
        blocks,
        subheadings,
        section,
    });
}

/// Where each note and its first reference live, so links can cross files.
pub struct NoteLinks {
    /// File holding the first reference to each note.
    ref_file: Vec<Option<String>>,
    /// Whether the note is anchored to quoted words (the backlink then targets those words).
    anchored: Vec<bool>,
    /// References already written per note, to give repeated references unique ids.
    written: Vec<usize>,
}

impl NoteLinks {
    pub fn new(document: &Document, chapters: &[Chapter<'_>]) -> Self {
        let mut links = NoteLinks {
            ref_file: vec![None; document.notes.len()],
            anchored: vec![false; document.notes.len()],
            written: vec![0; document.notes.len()],
        };
        for chapter in chapters {
            for block in chapter.blocks {
                for_each_inline(block, &mut |inline| match inline.kind {
                    InlineKind::NoteRef { note } if note < links.ref_file.len() => {
                        links.ref_file[note].get_or_insert_with(|| chapter.file.clone());
                    }
                    InlineKind::Anchored { note, .. } if note < links.anchored.len() => {
                        links.anchored[note] = true;
                    }
                    _ => {}
                });
            }
        }
        links
    }

    fn note_href(&self, note: &Note, index: usize, current_file: &str) -> String {
        let file = match note.kind {
            NoteKind::Footnote => self.ref_file[index].as_deref().unwrap_or(current_file),
            NoteKind::Endnote => NOTES_FILE,
        };
        if file == current_file {
            format!("#{}", note.id)
        } else {
            format!("{file}#{}", note.id)
        }
    }

    fn backlink(&self, note: &Note, index: usize, current_file: &str) -> String {
        let target = if self.anchored[index] {
            format!("anchor-{}", note.id)
        } else {
            format!("ref-{}", note.id)
        };
        match self.ref_file[index].as_deref() {
            Some(file) if file != current_file => format!("{file}#{target}"),
            _ => format!("#{target}"),
        }
    }
}

/// A passage's language, in both the attributes XHTML reading systems look at.
fn language_attributes(lang: &str) -> [(&'static str, &str); 2] {
    [("lang", lang), ("xml:lang", lang)]
}

/// Opens an XHTML content document (in `text/`) with its head.
pub fn start_document(w: &mut XmlWriter, language: &str, title: &str) {
    start_document_at(w, language, title, "../css/folio.css");
}

/// Opens an XHTML document whose stylesheet is at `stylesheet` from it.
pub fn start_document_at(w: &mut XmlWriter, language: &str, title: &str, stylesheet: &str) {
    w.out.push_str("<!DOCTYPE html>\n");
    w.open(
        "html",
        &[
            ("xmlns", "http://www.w3.org/1999/xhtml"),
            ("xmlns:epub", "http://www.idpf.org/2007/ops"),
            ("lang", language),
            ("xml:lang", language),
        ],
    );
    w.newline();
    w.open("head", &[]);
    w.empty("meta", &[("charset", "utf-8")]);
    w.element("title", &[], title);
    w.empty(
        "link",
        &[
            ("rel", "stylesheet"),
            ("type", "text/css"),
            ("href", stylesheet),
        ],
    );
    w.close("head");
    w.newline();
}

/// Renders blocks, inlines and notes of the body, tracking note references.
pub struct BodyWriter<'a> {
    pub w: XmlWriter,
    pub document: &'a Document,
    pub links: &'a mut NoteLinks,
    /// The print edition's page breaks, written where its pages start.
    pub pages: &'a mut PageMarks,
    pub file: String,
    pub diags: &'a mut Diagnostics,
}

impl BodyWriter<'_> {
    pub fn blocks(&mut self, blocks: &[Block]) {
        for block in blocks {
            self.block(block);
        }
    }

    fn block(&mut self, block: &Block) {
        if !matches!(
            block.kind,
            BlockKind::BlockQuote { .. } | BlockKind::List { .. } | BlockKind::Language { .. }
        ) {
            self.pages.start_leaf();
        }
        match &block.kind {
            BlockKind::Heading { level, id, content } => {
                let name = match level {
                    1 => "h1",
                    2 => "h2",
                    3 => "h3",
                    4 => "h4",
                    5 => "h5",
                    _ => "h6",
                };
                self.w.open(name, &[("id", id)]);
                self.leaf_inlines(content);
                self.w.close(name);
            }
            BlockKind::Paragraph { content } => {
                self.w.open("p", &[]);
                self.leaf_inlines(content);
                self.w.close("p");
            }
            BlockKind::Caption { content } => {
                self.w.open("p", &[("class", "caption")]);
                self.leaf_inlines(content);
                self.w.close("p");
            }
            BlockKind::BlockQuote { blocks } => {
                self.w.open("blockquote", &[]);
                self.w.newline();
                self.blocks(blocks);
                self.w.close("blockquote");
            }
            BlockKind::Language { lang, blocks } => {
                self.w.open("div", &language_attributes(lang));
                self.w.newline();
                self.blocks(blocks);
                self.w.close("div");
            }
            BlockKind::List { start, items } => {
                let start_text = start.map(|s| s.to_string());
                let name = if start.is_some() { "ol" } else { "ul" };
                match &start_text {
                    Some(s) if s != "1" => self.w.open(name, &[("start", s)]),
                    _ => self.w.open(name, &[]),
                }
                for item in items {
                    self.w.open("li", &[]);
                    self.blocks(item);
                    self.w.close("li");
                }
                self.w.close(name);
            }
            BlockKind::CodeBlock { text } => {
                self.w.open("pre", &[]);
                self.w.open("code", &[]);
                self.pages.text(&mut self.w, &self.file, text);
                self.pages.end_leaf(&mut self.w, &self.file);
                self.w.close("code");
                self.w.close("pre");
            }
            BlockKind::ThematicBreak => {
                // A rule holds nothing: a page that starts with it is marked just before it.
                self.pages.end_leaf(&mut self.w, &self.file);
                self.w.empty("hr", &[]);
            }
        }
        self.w.newline();
    }

    /// The inlines of a leaf block, with the page breaks in it.
    fn leaf_inlines(&mut self, inlines: &[Inline]) {
        self.pages.here(&mut self.w, &self.file);
        self.inlines(inlines);
        self.pages.end_leaf(&mut self.w, &self.file);
    }

    pub fn inlines(&mut self, inlines: &[Inline]) {
        for inline in inlines {
            self.inline(inline);
        }
    }

    fn inline(&mut self, inline: &Inline) {
        match &inline.kind {
            InlineKind::Text(text) => self.text(text),
            InlineKind::Emphasis(c) => self.wrap("em", &[], c),
            InlineKind::Strong(c) => self.wrap("strong", &[], c),
            InlineKind::SmallCaps(c) => self.wrap("span", &[("class", "sc")], c),
            InlineKind::Language { lang, content } => {
                self.wrap("span", &language_attributes(lang), content)
            }
            InlineKind::Code(code) => {
                self.w.open("code", &[]);
                self.text(code);
                self.w.close("code");
            }
            InlineKind::Link { url, content } => match safe_href(url) {
                Some(href) => self.wrap("a", &[("href", &href)], content),
                None => {
                    self.diags.push(
                        Diagnostic::warning("E001", format!("link to `{url}` is not kept: only http(s), mailto and #fragment links may leave the book"))
                            .with_span(inline.span)
                            .with_hint("link to a web address, or remove the link"),
                    );
                    self.inlines(content);
                }
            },
            InlineKind::Anchored { note, content } => {
                let id = format!("anchor-{}", self.document.notes[*note].id);
                self.wrap("span", &[("id", &id), ("class", "annotated")], content);
            }
            InlineKind::NoteRef { note } => self.note_ref(*note),
            InlineKind::SoftBreak => self.text("\n"),
            InlineKind::HardBreak => {
                // One character of text (a space), as `plain_text` counts it; no line, so no
                // page, starts with it.
                self.pages.advance(1);
                self.w.empty("br", &[]);
            }
        }
    }

    /// Text of the document, with the page breaks that fall inside it.
    fn text(&mut self, text: &str) {
        self.pages.text(&mut self.w, &self.file, text);
    }

    fn wrap(&mut self, name: &'static str, attrs: &[(&str, &str)], content: &[Inline]) {
        self.w.open(name, attrs);
        self.inlines(content);
        self.w.close(name);
    }

    fn note_ref(&mut self, index: usize) {
        let note = &self.document.notes[index];
        let count = &mut self.links.written[index];
        *count += 1;
        let id = if *count == 1 {
            format!("ref-{}", note.id)
        } else {
            format!("ref-{}-{}", note.id, count)
        };
        let href = self.links.note_href(note, index, &self.file);
        let label = format!("Note {}", note.number);
        self.w.open(
            "a",
            &[
                ("href", &href),
                ("id", &id),
                ("class", "noteref"),
                ("epub:type", "noteref"),
                ("role", "doc-noteref"),
                ("aria-label", &label),
            ],
        );
        self.w.text(&note.number.to_string());
        self.w.close("a");
    }

    /// The note's own text with its number linking back to the reference. A page that starts
    /// with the note is marked before its number, as the number heads the printed note too.
    pub fn note_body(&mut self, index: usize) {
        let document = self.document;
        let note = &document.notes[index];
        let resume = self.pages.enter(Flow::Note(index));
        let (first, rest) = match note.blocks.split_first() {
            Some((first, rest)) if first.inlines().is_some() => (first.inlines(), rest),
            _ => (None, &note.blocks[..]),
        };
        if first.is_some() {
            self.pages.start_leaf();
            self.pages.here(&mut self.w, &self.file);
        }
        let back = self.links.backlink(note, index, &self.file);
        let label = format!("Back to the text of note {}", note.number);
        self.w.open(
            "a",
            &[
                ("href", &back),
                ("class", "backlink"),
                ("role", "doc-backlink"),
                ("aria-label", &label),
            ],
        );
        self.w.text(&format!("{}.", note.number));
        self.w.close("a");
        self.w.text(" ");
        if let Some(inlines) = first {
            self.inlines(inlines);
        }
        if let Some(source) = &note.source {
            // The source continues the first paragraph's text, as in print.
            self.text(" ");
            self.w.open("span", &[("class", "note-source")]);
            self.inlines(source);
            self.w.close("span");
        }
        if first.is_some() {
            self.pages.end_leaf(&mut self.w, &self.file);
        }
        if !rest.is_empty() {
            self.blocks(rest);
        }
        self.pages.leave(resume);
    }

    /// Footnotes whose first reference is in this file, as pop-up asides.
    pub fn footnotes(&mut self, indices: &[usize]) {
        for &index in indices {
            let id = self.document.notes[index].id.clone();
            self.w.open(
                "aside",
                &[
                    ("id", &id),
                    ("class", "footnote"),
                    ("epub:type", "footnote"),
                    ("role", "doc-footnote"),
                ],
            );
            self.w.open("p", &[]);
            self.note_body(index);
            self.w.close("p");
            self.w.close("aside");
            self.w.newline();
        }
    }

    pub fn footnotes_of_file(&self) -> Vec<usize> {
        self.document
            .notes
            .iter()
            .enumerate()
            .filter(|(i, n)| {
                n.kind == NoteKind::Footnote
                    && self.links.ref_file[*i].as_deref() == Some(self.file.as_str())
            })
            .map(|(i, _)| i)
            .collect()
    }
}

/// Links may point to the web, to mail, or inside the book; nothing else (no `javascript:`,
/// no files outside the book).
fn safe_href(url: &str) -> Option<String> {
    let lower = url.trim().to_ascii_lowercase();
    let allowed = lower.starts_with("https://")
        || lower.starts_with("http://")
        || lower.starts_with("mailto:")
        || lower.starts_with('#');
    allowed.then(|| percent_encode(url.trim()))
}

/// Percent-encodes what may not appear in a URI (RFC 3986): spaces, `<`, `>`, non-ASCII
/// letters, and a `%` that does not start an escape; epubcheck rejects such hrefs (RSC-020).
pub fn percent_encode(url: &str) -> String {
    let bytes = url.as_bytes();
    let mut out = String::with_capacity(url.len());
    for (i, &b) in bytes.iter().enumerate() {
        let is_escape = b == b'%'
            && bytes
                .get(i + 1..i + 3)
                .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit));
        let allowed =
            b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=".contains(&b) || is_escape;
        if allowed {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_mail_and_fragment_links_are_kept() {
        assert!(safe_href("https://example.org/x").is_some());
        assert!(safe_href("#note").is_some());
        assert!(safe_href("javascript:alert(1)").is_none());
        assert!(safe_href("../../etc/passwd").is_none());
        assert!(safe_href("file:///etc/passwd").is_none());
        assert_eq!(
            safe_href("http://e.org/?a=1&b=<2> ő%").unwrap(),
            "http://e.org/?a=1&b=%3C2%3E%20%C5%91%25"
        );
    }
}
