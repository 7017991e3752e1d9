//! The print PDF's logical structure (ISO 32000-1, 14.7-14.8; PDF/UA-1): a tree of standard
//! structure types in reading order, made from the `Book` (Document > H1-H6, P, BlockQuote,
//! Caption, Code, L > LI > Lbl + LBody, Note > Lbl + its paragraphs), then filled with the
//! marked content of the pages (`page_content::Marked`) and the link annotations. A passage in
//! another language is a `Span` with its `/Lang`; the elements of a div's blocks carry the
//! div's. Each link is a `Link` of its own, even beside another to the same address. A footnote's
//! `Note` follows the block that refers to it; the endnotes follow their heading. Elements
//! that nothing was drawn for (a note's quotation print leaves out, the manuscript's title
//! heading, which the title block replaces) are left out. lopdf writes the tree
//! (`pdf_objects`); nothing here knows the file format.

use std::collections::{BTreeMap, BTreeSet};

use super::page_content::Marked;
use crate::book::{Book, Part};
use crate::model::{for_each_inline, Block, BlockKind, Flow, InlineKind, NoteKind};
use crate::typeset::items::{Link, Passage};
use crate::typeset::{LineTag, PageLink, TitlePart};

/// The tree; element 0 is the `Document`.
#[derive(Debug, Clone)]
pub struct StructTree {
    pub elements: Vec<Element>,
}

#[derive(Debug, Clone)]
pub struct Element {
    /// The standard structure type (`/S`).
    pub role: &'static str,
    pub parent: Option<usize>,
    pub kids: Vec<Kid>,
    /// The `/ID` of a note, which PDF/UA requires of every `Note`: the note's own id.
    pub id: Option<String>,
    /// The note a `Reference` refers to (written as `/Ref`, PDF 2.0's key for it).
    pub refers_to: Option<usize>,
    /// The language of the element's content (`/Lang`) when it is not the book's.
    pub lang: Option<String>,
    /// Whether the element or one below it holds content; empty ones are not written.
    pub used: bool,
}

/// A child of an element, in reading order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kid {
    Element(usize),
    /// Marked-content sequence `mcid` of page `page` (from 0).
    Content {
        page: usize,
        mcid: usize,
    },
    /// Link annotation `index` of page `page` (its `Page::links` order).
    Annotation {
        page: usize,
        index: usize,
    },
}

/// Builds the structure of `book` and files in it the marked content of each page
/// (`marked[page][mcid]`) and the pages' links.
pub fn build(book: &Book, marked: &[Vec<Marked>], links: &[Vec<&PageLink>]) -> StructTree {
    let mut builder = Builder::new(book);
    for (page, parts) in marked.iter().enumerate() {
        for (mcid, part) in parts.iter().enumerate() {
            let element = builder.element_for(part);
            builder.push_kid(element, Kid::Content { page, mcid });
        }
    }
    for (page, page_links) in links.iter().enumerate() {
        for (index, link) in page_links.iter().enumerate() {
            let part = Marked {
                tag: link.tag,
                label: matches!(link.link, Link::ToMark(_)),
                link: Some(link.link.clone()),
                passage: None,
            };
            let element = builder.element_for(&part);
            builder.push_kid(element, Kid::Annotation { page, index });
        }
    }
    builder.finish()
}

/// The tree being built, with the lookups that file content into it.
struct Builder<'b> {
    book: &'b Book,
    tree: StructTree,
    /// The element of each leaf block and title line.
    leaves: BTreeMap<LineTag, usize>,
    /// The `Lbl` of the list item whose first leaf is the key.
    item_labels: BTreeMap<LineTag, usize>,
    /// Each note's `Note` element and its `Lbl`, by note index.
    notes: BTreeMap<usize, (usize, usize)>,
    /// The `Link` element for a link inside an element.
    links: BTreeMap<(usize, Link), usize>,
    /// The `Span` element for a passage in another language inside an element.
    passages: BTreeMap<(usize, Passage), usize>,
    /// The language of the div whose blocks are being added, given to their elements.
    lang: Option<String>,
    /// `Reference` elements and the note each refers to.
    references: Vec<(usize, usize)>,
}

impl<'b> Builder<'b> {
    fn new(book: &'b Book) -> Self {
        let mut builder = Builder {
            book,
            tree: StructTree {
                elements: Vec::new(),
            },
            leaves: BTreeMap::new(),
            item_labels: BTreeMap::new(),
            notes: BTreeMap::new(),
            links: BTreeMap::new(),
            passages: BTreeMap::new(),
            lang: None,
            references: Vec::new(),
        };
        let root = builder.add(None, "Document");
        for (part, role) in [
            (TitlePart::Title, "H1"),
            (TitlePart::Subtitle, "P"),
            (TitlePart::Authors, "P"),
        ] {
            let element = builder.add(Some(root), role);
            builder.leaves.insert(LineTag::Title(part), element);
        }
        let mut leaf = 0;
        for part in book.parts() {
            match part {
                Part::Block(block) => builder.block(block, root, Flow::Body, &mut leaf),
                Part::Endnote(index, _) => builder.note(index, root),
            }
        }
        // Footnotes referred to from nowhere in the text still have their place.
        for (index, note) in book.body.notes.iter().enumerate() {
            if note.kind == NoteKind::Footnote {
                builder.note(index, root);
            }
        }
        builder
    }

    fn add(&mut self, parent: Option<usize>, role: &'static str) -> usize {
        let index = self.tree.elements.len();
        self.tree.elements.push(Element {
            role,
            parent,
            kids: Vec::new(),
            id: None,
            refers_to: None,
            lang: self.lang.clone(),
            used: false,
        });
        if let Some(parent) = parent {
            self.tree.elements[parent].kids.push(Kid::Element(index));
        }
        index
    }

    /// Adds `block` under `parent`; `leaf` is the number of the next leaf of `flow`.
    fn block(&mut self, block: &Block, parent: usize, flow: Flow, leaf: &mut usize) {
        let role = match &block.kind {
            BlockKind::BlockQuote { blocks } => {
                let quote = self.add(Some(parent), "BlockQuote");
                for inner in blocks {
                    self.block(inner, quote, flow, leaf);
                }
                return;
            }
            BlockKind::List { items, .. } => {
                let list = self.add(Some(parent), "L");
                for item in items {
                    self.list_item(item, list, flow, leaf);
                }
                return;
            }
            BlockKind::Language { lang, blocks } => {
                let outer = self.lang.replace(lang.clone());
                for inner in blocks {
                    self.block(inner, parent, flow, leaf);
                }
                self.lang = outer;
                return;
            }
            BlockKind::ThematicBreak => {
                // Drawn as stars, an artifact; a leaf all the same.
                *leaf += 1;
                return;
            }
            BlockKind::Heading { level, .. } => heading_role(*level),
            BlockKind::Paragraph { .. } => "P",
            BlockKind::Caption { .. } => "Caption",
            BlockKind::CodeBlock { .. } => "Code",
        };
        let element = self.add(Some(parent), role);
        self.leaves
            .insert(LineTag::Leaf { flow, block: *leaf }, element);
        *leaf += 1;
        if flow == Flow::Body {
            for note in footnotes_referred_to(block, self.book) {
                self.note(note, parent);
            }
        }
    }

    /// A list item: its label (set before the item's first paragraph) and its body.
    fn list_item(&mut self, item: &[Block], list: usize, flow: Flow, leaf: &mut usize) {
        let entry = self.add(Some(list), "LI");
        let label = self.add(Some(entry), "Lbl");
        let body = self.add(Some(entry), "LBody");
        if item.first().and_then(Block::inlines).is_some() {
            let first = LineTag::Leaf { flow, block: *leaf };
            self.item_labels.insert(first, label);
        }
        for inner in item {
            self.block(inner, body, flow, leaf);
        }
    }

    /// Adds note `index` under `parent`, once.
    fn note(&mut self, index: usize, parent: usize) {
        if self.notes.contains_key(&index) {
            return;
        }
        let Some(note) = self.book.body.notes.get(index) else {
            return;
        };
        // A note is in the book's language, even when it follows a block of a div.
        let outer = self.lang.take();
        let element = self.add(Some(parent), "Note");
        self.tree.elements[element].id = Some(note.id.clone());
        let label = self.add(Some(element), "Lbl");
        self.notes.insert(index, (element, label));
        let mut leaf = 0;
        for block in &note.blocks {
            self.block(block, element, Flow::Note(index), &mut leaf);
        }
        self.lang = outer;
    }

    /// The element that content `part` goes in: its block's, or the label's, or the link's
    /// within either, or the passage's within any of these (made on first use).
    fn element_for(&mut self, part: &Marked) -> usize {
        let holder = self.holder_for(part.tag, part.label);
        let holder = match &part.link {
            Some(link) => self.link_element(holder, link),
            None => holder,
        };
        match &part.passage {
            Some(passage) => self.passage_element(holder, passage),
            None => holder,
        }
    }

    /// The element of line `tag`'s block, or of its label.
    fn holder_for(&mut self, tag: LineTag, label: bool) -> usize {
        let note = match tag {
            LineTag::Leaf {
                flow: Flow::Note(n),
                ..
            } => self.notes.get(&n).copied(),
            _ => None,
        };
        // A note set with no paragraph of its own has only its number's line.
        let block = self
            .leaves
            .get(&tag)
            .copied()
            .or(note.map(|(element, _)| element))
            .unwrap_or(0);
        match (label, note) {
            (false, _) => block,
            (true, Some((_, note_label))) => note_label,
            (true, None) => self.item_labels.get(&tag).copied().unwrap_or(block),
        }
    }

    /// The `Link` element for `link` inside `holder`; a note mark's sits in a `Reference`.
    /// One element per link (`Link::Uri` numbers them) and holder: a link broken over lines is
    /// one link.
    fn link_element(&mut self, holder: usize, link: &Link) -> usize {
        if let Some(&element) = self.links.get(&(holder, link.clone())) {
            return element;
        }
        let parent = match link {
            Link::ToNote(note) => {
                let reference = self.add(Some(holder), "Reference");
                self.references.push((reference, *note));
                reference
            }
            Link::ToMark(_) | Link::Uri { .. } => holder,
        };
        let element = self.add(Some(parent), "Link");
        self.links.insert((holder, link.clone()), element);
        element
    }

    /// The `Span` element of `passage` inside `holder`, with the passage's language.
    fn passage_element(&mut self, holder: usize, passage: &Passage) -> usize {
        let key = (holder, passage.clone());
        if let Some(&element) = self.passages.get(&key) {
            return element;
        }
        let element = self.add(Some(holder), "Span");
        self.tree.elements[element].lang = Some(passage.lang.to_string());
        self.passages.insert(key, element);
        element
    }

    fn push_kid(&mut self, element: usize, kid: Kid) {
        self.tree.elements[element].kids.push(kid);
        // Mark the element and its ancestors as holding content.
        let mut at = Some(element);
        while let Some(index) = at {
            let element = &mut self.tree.elements[index];
            if element.used {
                break;
            }
            element.used = true;
            at = element.parent;
        }
    }

    fn finish(mut self) -> StructTree {
        for (reference, note) in self.references {
            self.tree.elements[reference].refers_to = self.notes.get(&note).map(|&(e, _)| e);
        }
        self.tree.elements[0].used = true;
        self.tree
    }
}

/// `H1` to `H6` (PDF's standard headings stop at six, as HTML's do).
fn heading_role(level: u8) -> &'static str {
    const ROLES: [&str; 6] = ["H1", "H2", "H3", "H4", "H5", "H6"];
    ROLES[usize::from(level.clamp(1, 6)) - 1]
}

/// The footnotes `block` refers to, in order of their marks.
fn footnotes_referred_to(block: &Block, book: &Book) -> Vec<usize> {
    let mut found = Vec::new();
    let mut seen = BTreeSet::new();
    for_each_inline(block, &mut |inline| {
        let note = match inline.kind {
            InlineKind::NoteRef { note } | InlineKind::Anchored { note, .. } => note,
            _ => return,
        };
        let is_footnote = book
            .body
            .notes
            .get(note)
            .is_some_and(|n| n.kind == NoteKind::Footnote);
        if is_footnote && seen.insert(note) {
            found.push(note);
        }
    });
    found
}
