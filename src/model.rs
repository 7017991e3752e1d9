//! The document model every stage after parsing works on: blocks and inlines with spans into
//! their files, and the notes they reference. Both exporters read the same `Document`, so the
//! ebook and the print edition cannot drift apart.

use crate::diag::Span;

/// A parsed (and later annotated) manuscript.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    pub blocks: Vec<Block>,
    /// Notes in the order they are first referenced; `InlineKind::NoteRef` indexes this.
    pub notes: Vec<Note>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub kind: BlockKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum BlockKind {
    /// `id` is unique in the document and safe as an XML id.
    Heading {
        level: u8,
        id: String,
        content: Vec<Inline>,
    },
    Paragraph {
        content: Vec<Inline>,
    },
    /// A picture's caption kept as text (the pictures themselves are not part of the edition).
    Caption {
        content: Vec<Inline>,
    },
    BlockQuote {
        blocks: Vec<Block>,
    },
    List {
        /// `Some(start)` for a numbered list.
        start: Option<u64>,
        items: Vec<Vec<Block>>,
    },
    CodeBlock {
        text: String,
    },
    ThematicBreak,
    /// Blocks in another language than the book's (`::: {lang=de}` … `:::`, pandoc's fenced
    /// div): a container, like a quotation, that sets nothing apart but its language.
    Language {
        /// A BCP 47 tag (`de`, `hu-HU`), checked by the parser.
        lang: String,
        blocks: Vec<Block>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Inline {
    pub kind: InlineKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq)]
pub enum InlineKind {
    /// Text as the reader sees it (smart punctuation already applied).
    Text(String),
    Emphasis(Vec<Inline>),
    Strong(Vec<Inline>),
    /// Small capitals (`<span class="sc">` in XHTML, the font's `smcp` feature in print).
    SmallCaps(Vec<Inline>),
    /// Words in another language than the book's (`[Éljen!]{lang=hu}`, pandoc's bracketed
    /// span): marked for screen readers and hyphenated by that language's rules.
    Language {
        /// A BCP 47 tag, checked by the parser.
        lang: String,
        content: Vec<Inline>,
    },
    Code(String),
    Link {
        url: String,
        content: Vec<Inline>,
    },
    /// The words a note is anchored to; the note's reference mark follows them.
    Anchored {
        note: usize,
        content: Vec<Inline>,
    },
    /// A reference mark pointing at `Document::notes[note]`.
    NoteRef {
        note: usize,
    },
    /// A line break in the source that is a space to the reader.
    SoftBreak,
    HardBreak,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteKind {
    Footnote,
    Endnote,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    /// Unique, XML-safe id (`note-fryer`, `fn-1`).
    pub id: String,
    /// The number shown at the reference and the note, counted in reading order.
    pub number: usize,
    pub kind: NoteKind,
    pub blocks: Vec<Block>,
    /// The citation behind the note, shown after its text.
    pub source: Option<Vec<Inline>>,
    pub span: Span,
}

/// A place in the text that both exporters can find: the flow it is in, the leaf block of that
/// flow, and the character (not byte) offset in the block's `plain_text` (a code block's text,
/// nothing for a thematic break). Leaves are numbered depth-first from 0; quotations and lists
/// are containers, not leaves. The typesetter reports where each page starts as one of these,
/// and the EPUB writer puts the page's marker there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub flow: Flow,
    pub block: usize,
    pub offset: usize,
}

/// The runs of text a document is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Flow {
    /// `Document::blocks`.
    Body,
    /// The blocks of `Document::notes[n]`; the first paragraph's text runs on into the note's
    /// source after one space, as both exporters set it.
    Note(usize),
}

/// Every leaf block of `roots` (see `Position`), depth-first: the one walk that numbers
/// leaves, in every stage. Iterative, so a quotation nested 100,000 deep needs no stack.
pub fn leaves<'a, I: IntoIterator<Item = &'a Block>>(roots: I) -> Leaves<'a, I::IntoIter> {
    Leaves {
        roots: roots.into_iter(),
        open: Vec::new(),
    }
}

/// The leaves that hold text (headings, paragraphs, captions) with their inlines: what
/// annotations anchor in and what check and diff compare. Counted among themselves, so their
/// numbers differ from `Position`'s where a code block or a thematic break comes first.
pub fn text_leaves<'a, I: IntoIterator<Item = &'a Block>>(
    roots: I,
) -> impl Iterator<Item = (&'a Block, &'a [Inline])> {
    leaves(roots).filter_map(|block| block.inlines().map(|inlines| (block, inlines)))
}

/// Calls `f` with the inlines of every text leaf of `roots`, in `text_leaves`' order, to change
/// them. Iterative, like `leaves`.
pub fn for_each_text_leaf_mut<'a>(
    roots: impl IntoIterator<Item = &'a mut Block>,
    f: &mut impl FnMut(&mut Vec<Inline>),
) {
    for_each_text_block_mut(roots, &mut |kind| match kind {
        BlockKind::Heading { content, .. }
        | BlockKind::Paragraph { content }
        | BlockKind::Caption { content } => f(content),
        _ => {}
    });
}

/// Calls `f` with every text leaf of `roots` (a heading, paragraph or caption), in
/// `text_leaves`' order, to change it. Iterative, like `leaves`.
pub fn for_each_text_block_mut<'a>(
    roots: impl IntoIterator<Item = &'a mut Block>,
    f: &mut impl FnMut(&mut BlockKind),
) {
    let mut roots = roots.into_iter();
    let mut open: Vec<std::slice::IterMut<'a, Block>> = Vec::new();
    loop {
        let block = match open.last_mut() {
            Some(inner) => match inner.next() {
                Some(block) => block,
                None => {
                    open.pop();
                    continue;
                }
            },
            None => match roots.next() {
                Some(block) => block,
                None => return,
            },
        };
        let Block { kind, .. } = block;
        match kind {
            BlockKind::BlockQuote { blocks } | BlockKind::Language { blocks, .. } => {
                open.push(blocks.iter_mut())
            }
            BlockKind::List { items, .. } => {
                open.extend(items.iter_mut().rev().map(|item| item.iter_mut()))
            }
            BlockKind::Heading { .. } | BlockKind::Paragraph { .. } | BlockKind::Caption { .. } => {
                f(kind)
            }
            BlockKind::CodeBlock { .. } | BlockKind::ThematicBreak => {}
        }
    }
}

/// See `leaves`.
pub struct Leaves<'a, I> {
    roots: I,
    /// The containers being walked, innermost last.
    open: Vec<std::slice::Iter<'a, Block>>,
}

impl<'a, I: Iterator<Item = &'a Block>> Iterator for Leaves<'a, I> {
    type Item = &'a Block;

    fn next(&mut self) -> Option<&'a Block> {
        loop {
            let block = match self.open.last_mut() {
                Some(inner) => match inner.next() {
                    Some(block) => block,
                    None => {
                        self.open.pop();
                        continue;
                    }
                },
                None => self.roots.next()?,
            };
            match &block.kind {
                BlockKind::BlockQuote { blocks } | BlockKind::Language { blocks, .. } => {
                    self.open.push(blocks.iter())
                }
                // The first item on top, so it is walked first.
                BlockKind::List { items, .. } => {
                    self.open.extend(items.iter().rev().map(|item| item.iter()))
                }
                _ => return Some(block),
            }
        }
    }
}

impl Inline {
    pub fn text(text: impl Into<String>, span: Span) -> Self {
        Inline {
            kind: InlineKind::Text(text.into()),
            span,
        }
    }

    /// The inlines nested inside this one, if any.
    pub fn children(&self) -> &[Inline] {
        match &self.kind {
            InlineKind::Emphasis(c)
            | InlineKind::Strong(c)
            | InlineKind::SmallCaps(c)
            | InlineKind::Language { content: c, .. }
            | InlineKind::Link { content: c, .. }
            | InlineKind::Anchored { content: c, .. } => c,
            _ => &[],
        }
    }
}

/// The plain text of inlines as a reader sees it (breaks become spaces, notes vanish).
pub fn plain_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    push_plain_text(inlines, &mut out);
    out
}

fn push_plain_text(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        match &inline.kind {
            InlineKind::Text(t) | InlineKind::Code(t) => out.push_str(t),
            InlineKind::SoftBreak | InlineKind::HardBreak => out.push(' '),
            InlineKind::NoteRef { .. } => {}
            _ => push_plain_text(inline.children(), out),
        }
    }
}

impl Block {
    /// The inline content of a heading, paragraph or caption.
    pub fn inlines(&self) -> Option<&[Inline]> {
        match &self.kind {
            BlockKind::Heading { content, .. }
            | BlockKind::Paragraph { content }
            | BlockKind::Caption { content } => Some(content),
            _ => None,
        }
    }
}

impl Document {
    /// Renumbers notes in the order their references appear (the reading order), so Markdown
    /// footnotes and annotation notes share one sequence, and reorders `notes` to match.
    pub fn number_notes(&mut self) {
        let mut order = Vec::new();
        let mut seen = vec![false; self.notes.len()];
        for block in &self.blocks {
            collect_note_refs_in_block(block, &mut |n| {
                if n < seen.len() && !seen[n] {
                    seen[n] = true;
                    order.push(n);
                }
            });
        }
        // Notes never referenced keep their relative order at the end.
        order.extend((0..self.notes.len()).filter(|&n| !seen[n]));
        let mut new_index = vec![0; self.notes.len()];
        for (new, &old) in order.iter().enumerate() {
            new_index[old] = new;
        }
        let mut old_notes: Vec<Option<Note>> = std::mem::take(&mut self.notes)
            .into_iter()
            .map(Some)
            .collect();
        self.notes = order
            .iter()
            .map(|&old| old_notes[old].take().expect("each note once"))
            .collect();
        for (i, note) in self.notes.iter_mut().enumerate() {
            note.number = i + 1;
        }
        for_each_text_leaf_mut(&mut self.blocks, &mut |inlines| {
            remap_note_refs(inlines, &new_index)
        });
    }
}

fn collect_note_refs_in_block(block: &Block, f: &mut impl FnMut(usize)) {
    for_each_inline(block, &mut |inline| {
        if let InlineKind::NoteRef { note } = inline.kind {
            f(note);
        }
    });
}

/// Calls `f` on every inline of `block`, nested ones included, in reading order.
pub fn for_each_inline(block: &Block, f: &mut impl FnMut(&Inline)) {
    fn inlines(list: &[Inline], f: &mut impl FnMut(&Inline)) {
        for inline in list {
            f(inline);
            inlines(inline.children(), f);
        }
    }
    for (_, content) in text_leaves([block]) {
        inlines(content, f);
    }
}

fn remap_note_refs(inlines: &mut [Inline], new_index: &[usize]) {
    for inline in inlines {
        match &mut inline.kind {
            InlineKind::NoteRef { note } => *note = new_index[*note],
            InlineKind::Anchored { note, content } => {
                *note = new_index[*note];
                remap_note_refs(content, new_index);
            }
            InlineKind::Emphasis(c)
            | InlineKind::Strong(c)
            | InlineKind::SmallCaps(c)
            | InlineKind::Language { content: c, .. }
            | InlineKind::Link { content: c, .. } => remap_note_refs(c, new_index),
            _ => {}
        }
    }
}

/// Calls `f` on every span in a block, its children and their inlines (used to relocate text
/// parsed from a fragment, such as a note body, into the file it came from).
pub fn visit_spans_mut(block: &mut Block, f: &mut impl FnMut(&mut Span)) {
    fn inlines(list: &mut [Inline], f: &mut impl FnMut(&mut Span)) {
        for inline in list {
            f(&mut inline.span);
            match &mut inline.kind {
                InlineKind::Emphasis(c)
                | InlineKind::Strong(c)
                | InlineKind::SmallCaps(c)
                | InlineKind::Language { content: c, .. }
                | InlineKind::Link { content: c, .. }
                | InlineKind::Anchored { content: c, .. } => inlines(c, f),
                _ => {}
            }
        }
    }
    f(&mut block.span);
    match &mut block.kind {
        BlockKind::Heading { content, .. }
        | BlockKind::Paragraph { content }
        | BlockKind::Caption { content } => inlines(content, f),
        BlockKind::BlockQuote { blocks } | BlockKind::Language { blocks, .. } => {
            blocks.iter_mut().for_each(|b| visit_spans_mut(b, f))
        }
        BlockKind::List { items, .. } => items
            .iter_mut()
            .flatten()
            .for_each(|b| visit_spans_mut(b, f)),
        BlockKind::CodeBlock { .. } | BlockKind::ThematicBreak => {}
    }
}

/// Builders for text folio writes itself (the note on the text, the colophon): every piece
/// gets the generated span, since there is no file to point at.
pub mod generated {
    use super::{Block, BlockKind, Inline, InlineKind};
    use crate::diag::Span;

    /// Ids of the headings folio writes itself. They are reserved: a manuscript heading never
    /// gets one (see `reserved_by`), so every EPUB file and manifest item keeps a unique id.
    pub const NOTE_ON_THE_TEXT_ID: &str = "note-on-the-text";
    pub const EMENDATIONS_ID: &str = "emendations";
    pub const OMISSIONS_ID: &str = "omissions";
    pub const COLOPHON_ID: &str = "colophon";
    pub const ENDNOTES_HEADING_ID: &str = "notes-heading";

    /// What generated matter owns `id`, if any: one of the headings above, or a print page's
    /// marker (`page-12`), which the ebook puts into the same files as the manuscript's headings.
    pub fn reserved_by(id: &str) -> Option<&'static str> {
        let section = match id {
            NOTE_ON_THE_TEXT_ID => "the note on the text",
            EMENDATIONS_ID => "the list of emendations",
            OMISSIONS_ID => "the list of omissions",
            COLOPHON_ID => "the colophon",
            ENDNOTES_HEADING_ID => "the endnotes",
            _ => "",
        };
        if !section.is_empty() {
            return Some(section);
        }
        let page_marker = id
            .strip_prefix("page-")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        page_marker.then_some("the print edition's page markers")
    }

    pub fn text(s: impl Into<String>) -> Inline {
        Inline::text(s, Span::generated())
    }

    pub fn emphasis(content: Vec<Inline>) -> Inline {
        Inline {
            kind: InlineKind::Emphasis(content),
            span: Span::generated(),
        }
    }

    /// A link whose visible text is its address.
    pub fn link(url: &str) -> Inline {
        Inline {
            kind: InlineKind::Link {
                url: url.to_string(),
                content: vec![text(url)],
            },
            span: Span::generated(),
        }
    }

    pub fn block(kind: BlockKind) -> Block {
        Block {
            kind,
            span: Span::generated(),
        }
    }

    pub fn paragraph(content: Vec<Inline>) -> Block {
        block(BlockKind::Paragraph { content })
    }

    pub fn heading(level: u8, id: &str, title: &str) -> Block {
        block(BlockKind::Heading {
            level,
            id: id.into(),
            content: vec![text(title)],
        })
    }
}
