//! The galley (typesetting, stage 5): the body and the footnotes set into vertical lists of
//! lines, before they are made up into pages. The work is shared by two cores: one sets the
//! first part of the body, the other the rest of it and the footnotes, each with its own
//! shaper and hyphenator (their caches are not shared between threads).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use super::compose::{
    may_break_after, Align, BlockStyle, LineTag, Metrics, Setter, TitlePart, VItem, VLine,
};
use super::fonts::{self, FontSet, Style};
use super::hyphenate::Hyphenator;
use super::items::{Context, Link, ParStyle};
use super::shape::{Shaper, Variant};
use super::words::KnownWords;
use crate::book::{Book, Part, TitlePage};
use crate::config::Edition;
use crate::diag::{Diagnostics, Span};
use crate::model::{
    leaves, plain_text, Block, BlockKind, Flow, Inline, InlineKind, Note, NoteKind, Position,
};

/// The set text before page makeup.
pub struct Galley {
    /// The body's vertical list: the title block, the body's blocks, the back matter.
    pub body: Vec<VItem>,
    /// Each footnote's lines, by note index.
    pub notes: BTreeMap<usize, Vec<VLine>>,
    /// The words the second thread shaped and hyphenated, for a later build.
    pub their_words: KnownWords,
}

/// What a thread needs to set text besides a setter.
pub struct Job<'a> {
    pub book: &'a Book,
    pub edition: &'a Edition,
    pub fonts: &'a FontSet,
    pub metrics: &'a Metrics,
    pub protected: &'a BTreeSet<String>,
    /// Words an earlier build shaped and hyphenated.
    pub known: &'a Arc<KnownWords>,
}

/// Sets the body and the footnotes. `setter` is the calling thread's; a second thread sets
/// the later part of the body and the footnotes, so each core gets about half of the text.
/// Its findings follow the caller's in `setter`'s diagnostics.
pub fn set(setter: &mut Setter, job: &Job) -> Galley {
    let all: Vec<Part> = job.book.parts().collect();
    let mut parts = &all[..];
    let mut title_heading = None;
    if let Some((Part::Block(first), rest)) = parts.split_first() {
        if let BlockKind::Heading {
            level: 1, content, ..
        } = &first.kind
        {
            // A leading level-1 heading is the article's title: the title block sets it
            // from the edition's metadata, so it is not repeated.
            title_heading = Some(plain_text(content));
            parts = rest;
        }
    }
    let split = split_point(parts, &job.book.body.notes);
    let (mine, theirs) = parts.split_at(split);
    // Where the second part starts: its first leaf number, and whether its first paragraph
    // is indented (it is after a paragraph, as `BodyBuilder::block` decides).
    let title_leaves = usize::from(title_heading.is_some());
    let their_leaf = title_leaves + leaves(mine.iter().filter_map(Part::block)).count();
    let their_indent = mine.last().is_some_and(|part| {
        matches!(part, Part::Block(block) if matches!(block.kind, BlockKind::Paragraph { .. }))
    });

    let (mut body, (their_body, notes, their_diags, their_words)) = std::thread::scope(|scope| {
        let helper = scope.spawn(|| set_on_helper(job, theirs, their_leaf, their_indent));
        let mut body = BodyBuilder {
            setter: &mut *setter,
            metrics: job.metrics,
            list: Vec::new(),
            indent_next: false,
            leaf: 0,
            lang: None,
        };
        // The title block stands for the heading it replaces: a page-break marker before
        // that heading in the ebook matches the top of the first page.
        let title_at = title_heading.is_some().then(|| body.next_leaf());
        body.title_block(&job.book.title_page, title_heading, title_at);
        for &part in mine {
            body.part(part);
        }
        let list = body.list;
        let helper = helper.join().expect("the galley thread does not panic");
        (list, helper)
    });
    merge_diagnostics(setter.cx.diags, their_diags);
    body.extend(their_body);
    Galley {
        body,
        notes,
        their_words,
    }
}

/// Where to cut the book's parts so that the caller's share has about as much text as the
/// rest and the footnotes together.
fn split_point(parts: &[Part], notes: &[Note]) -> usize {
    let footnotes: usize = notes
        .iter()
        .filter(|n| n.kind == NoteKind::Footnote)
        .map(note_length)
        .sum();
    let lengths: Vec<usize> = parts
        .iter()
        .map(|part| match part {
            Part::Block(block) => text_length(block),
            Part::Endnote(_, note) => note_length(note),
        })
        .collect();
    let half = (lengths.iter().sum::<usize>() + footnotes) / 2;
    let mut mine = 0;
    for (i, length) in lengths.iter().enumerate() {
        if mine >= half {
            return i;
        }
        mine += length;
    }
    parts.len()
}

/// The length of a note's text and source in bytes.
fn note_length(note: &Note) -> usize {
    let source = note.source.as_deref().map_or(0, |s| plain_text(s).len());
    note.blocks.iter().map(text_length).sum::<usize>() + source
}

/// The length of a block's text in bytes: the measure of the work of setting it.
fn text_length(block: &Block) -> usize {
    leaves([block])
        .map(|leaf| match &leaf.kind {
            BlockKind::CodeBlock { text } => text.len(),
            _ => leaf
                .inlines()
                .map_or(0, |inlines| plain_text(inlines).len()),
        })
        .sum()
}

/// What the second thread makes: the body's lines, the footnotes' lines, the findings and
/// the words it shaped and hyphenated.
type HelperShare = (
    Vec<VItem>,
    BTreeMap<usize, Vec<VLine>>,
    Diagnostics,
    KnownWords,
);

/// The second thread's share: the book's parts from `parts` on, then the footnotes.
fn set_on_helper(job: &Job, parts: &[Part], leaf: usize, indent_next: bool) -> HelperShare {
    let mut diags = Diagnostics::default();
    let Some(mut shaper) = Shaper::new(job.fonts) else {
        // The caller's shaper, made from the same fonts, has reported it.
        return (Vec::new(), BTreeMap::new(), diags, KnownWords::default());
    };
    shaper.learn(job.known);
    let mut hyphenator = Hyphenator::for_language(&job.edition.language);
    if let Some(hyphenator) = &mut hyphenator {
        hyphenator.learn(job.known);
    }
    let note_numbers = |n: usize| job.book.body.notes.get(n).map(|note| note.number);
    let mut cx = Context {
        shaper: &mut shaper,
        hyphenator: hyphenator.as_ref(),
        protected: job.protected,
        diags: &mut diags,
    };
    let mut setter = Setter::new(&mut cx, &note_numbers);
    let mut body = BodyBuilder {
        setter: &mut setter,
        metrics: job.metrics,
        list: Vec::new(),
        indent_next,
        leaf,
        lang: None,
    };
    for &part in parts {
        body.part(part);
    }
    let list = body.list;
    let mut notes = BTreeMap::new();
    for (index, note) in job.book.body.notes.iter().enumerate() {
        if note.kind == NoteKind::Footnote {
            notes.insert(index, set_note(&mut setter, job.metrics, index, note));
        }
    }
    let mut words = shaper.known_words();
    if let Some(hyphenator) = &hyphenator {
        words.add(hyphenator.known_words());
    }
    (list, notes, diags, words)
}

/// Adds the second thread's findings after the caller's. A character a face lacks is
/// reported once per face (see `Shaper`), but each thread has its own shaper: a second
/// report of the same character is dropped.
fn merge_diagnostics(diags: &mut Diagnostics, theirs: Diagnostics) {
    let reported: BTreeSet<String> = diags
        .iter()
        .filter(|d| d.code == fonts::MISSING_GLYPH)
        .map(|d| d.message.clone())
        .collect();
    diags.extend(
        theirs
            .iter()
            .filter(|d| d.code != fonts::MISSING_GLYPH || !reported.contains(&d.message))
            .cloned(),
    );
}

fn set_note(setter: &mut Setter, metrics: &Metrics, index: usize, note: &Note) -> Vec<VLine> {
    let mut style = BlockStyle {
        par: ParStyle {
            style: Style::Regular,
            variant: Variant::Text,
            size: metrics.note_size,
            indent: 0.0,
            hyphenate: true,
            lang: None,
        },
        measure: metrics.measure,
        left: 0.0,
        leading: metrics.note_leading,
        align: Align::Justify,
    };
    let mut lines = Vec::new();
    for (i, (leaf, inlines, lang)) in note_paragraphs(note).into_iter().enumerate() {
        style.par.lang = lang;
        let prefix = (i == 0).then(|| (format!("{}.", note.number), Some(Link::ToMark(index))));
        let at = Position {
            flow: Flow::Note(index),
            block: leaf,
            offset: 0,
        };
        lines.extend(setter.set(&inlines, &style, prefix, Some(at)));
    }
    if let Some(first) = lines.first_mut() {
        first.note_start = Some(index);
    }
    // Each paragraph's rules hold, and the note's as a whole: no page ends after its first
    // line or before its last, even between two of its paragraphs.
    let n = lines.len();
    for (i, line) in lines.iter_mut().enumerate() {
        line.break_after &= may_break_after(i, n);
    }
    lines
}

/// A note's paragraphs with their leaf numbers (see `model::Position`) and their language
/// when a div gives one: its first paragraph with the source after it, then the rest.
/// Quotations and lists inside notes are not set in print; their leaves are counted all the
/// same, so the numbers match the EPUB's.
fn note_paragraphs(note: &Note) -> Vec<(usize, Vec<Inline>, Option<Arc<str>>)> {
    // Only the note's own paragraphs (in a div or not), not those inside its quotations or
    // lists.
    let mut paragraphs = Vec::new();
    let mut leaf = 0;
    let mut open: Vec<(std::slice::Iter<Block>, Option<Arc<str>>)> =
        vec![(note.blocks.iter(), None)];
    while let Some((blocks, lang)) = open.last_mut() {
        let Some(block) = blocks.next() else {
            open.pop();
            continue;
        };
        let lang = lang.clone();
        if let BlockKind::Language { lang, blocks } = &block.kind {
            open.push((blocks.iter(), Some(Arc::from(lang.as_str()))));
            continue;
        }
        if let Some(inlines) = block.inlines() {
            paragraphs.push((leaf, inlines.to_vec(), lang));
        }
        leaf += leaves([block]).count();
    }
    if paragraphs.is_empty() {
        paragraphs.push((0, Vec::new(), None));
    }
    if let Some(source) = &note.source {
        let first = &mut paragraphs[0].1;
        first.push(Inline::text(" ", Span::generated()));
        first.extend(source.iter().cloned());
    }
    paragraphs
}

/// Words the hyphenator must leave whole: capitalised words with a letter outside ASCII,
/// which in an English text are names from other languages (see `items`).
pub(super) fn protected_words(book: &Book) -> BTreeSet<String> {
    let note_blocks = book.body.notes.iter().flat_map(|note| &note.blocks);
    let mut words = BTreeSet::new();
    for block in leaves(book.blocks().chain(note_blocks)) {
        let Some(inlines) = block.inlines() else {
            continue;
        };
        for word in plain_text(inlines).split(|c: char| !c.is_alphanumeric()) {
            if word.chars().next().is_some_and(char::is_uppercase) && !word.is_ascii() {
                words.insert(word.to_string());
            }
        }
    }
    words
}

/// Where a block is set: its left edge and measure (narrower inside quotations and lists),
/// and its position in the text (none for containers).
struct Frame {
    left: f64,
    measure: f64,
    at: Option<Position>,
}

/// Builds the body's vertical list block by block.
struct BodyBuilder<'s, 'c, 'a, 'f> {
    setter: &'s mut Setter<'c, 'a, 'f>,
    metrics: &'s Metrics,
    list: Vec<VItem>,
    /// Whether the next paragraph gets a first-line indent (not after headings and the like).
    indent_next: bool,
    /// The number of the next leaf block of the body (see `model::Position`).
    leaf: usize,
    /// The language of the div being set, when it is not the book's.
    lang: Option<Arc<str>>,
}

impl BodyBuilder<'_, '_, '_, '_> {
    /// The position of the start of the next leaf block of the body.
    fn next_leaf(&mut self) -> Position {
        self.leaf += 1;
        Position {
            flow: Flow::Body,
            block: self.leaf - 1,
            offset: 0,
        }
    }

    fn style(&self, style: Style, size: f64, left: f64, measure: f64, align: Align) -> BlockStyle {
        BlockStyle {
            par: ParStyle {
                style,
                variant: Variant::Text,
                size,
                indent: 0.0,
                hyphenate: align == Align::Justify,
                lang: self.lang.clone(),
            },
            measure,
            left,
            leading: size * self.metrics.leading / self.metrics.size,
            align,
        }
    }

    fn push_lines(&mut self, lines: Vec<VLine>) {
        self.list.extend(lines.into_iter().map(VItem::Line));
    }

    fn title_block(&mut self, page: &TitlePage, heading: Option<String>, at: Option<Position>) {
        let m = self.metrics;
        let centred = |style, size| self.style(style, size, 0.0, m.measure, Align::Centre);
        let (title, subtitle) = (
            centred(Style::Regular, m.title_size),
            centred(Style::Italic, m.subtitle_size),
        );
        let mut author = centred(Style::Regular, m.size);
        author.par.variant = Variant::SmallCaps;
        author.leading = m.author_leading;
        let mut set = |text: &str, style: &BlockStyle, part: TitlePart| {
            let mut lines =
                self.setter
                    .set(&[Inline::text(text, Span::generated())], style, None, None);
            for line in &mut lines {
                line.tag = LineTag::Title(part);
            }
            lines
        };
        let mut lines = set(&page.title, &title, TitlePart::Title);
        if let Some(first) = lines.first_mut() {
            first.heading = Some((1, heading.unwrap_or_else(|| page.full_title.clone())));
        }
        if let Some(text) = &page.subtitle {
            lines.extend(set(text, &subtitle, TitlePart::Subtitle));
        }
        if let Some(text) = &page.authors {
            lines.extend(set(text, &author, TitlePart::Authors));
        }
        for line in &mut lines {
            line.break_after = false;
            line.position = at;
        }
        self.push_lines(lines);
        self.list.push(VItem::Space(m.after_title));
        self.indent_next = false;
    }

    /// Sets one part of the book at the full measure.
    fn part(&mut self, part: Part) {
        match part {
            Part::Block(block) => self.block(block, 0.0, self.metrics.measure),
            Part::Endnote(index, note) => self.endnote(index, note),
        }
    }

    fn block(&mut self, block: &Block, left: f64, measure: f64) {
        let at = match block.kind {
            BlockKind::BlockQuote { .. } | BlockKind::List { .. } | BlockKind::Language { .. } => {
                None
            }
            _ => Some(self.next_leaf()),
        };
        let frame = Frame { left, measure, at };
        match &block.kind {
            BlockKind::Heading { level, content, .. } => self.heading(*level, content, &frame),
            BlockKind::Paragraph { content } => self.paragraph(content, &frame),
            BlockKind::Caption { content } => self.caption(content, &frame),
            BlockKind::BlockQuote { blocks } => self.quotation(blocks, &frame),
            BlockKind::Language { lang, blocks } => self.language(lang, blocks, &frame),
            BlockKind::List { start, items } => self.list(*start, items, &frame),
            BlockKind::CodeBlock { text } => self.code(text, block.span, &frame),
            BlockKind::ThematicBreak => self.thematic_break(&frame),
        }
    }

    fn heading(&mut self, level: u8, content: &[Inline], frame: &Frame) {
        let m = self.metrics;
        let (size, style) = match level {
            1 | 2 => (m.heading_sizes[usize::from(level - 1)], Style::Regular),
            _ => (m.size, Style::Italic),
        };
        let style = self.style(style, size, frame.left, frame.measure, Align::Centre);
        let mut lines = self.setter.set(content, &style, None, frame.at);
        // Headings stay with the next lines: no break after any heading line.
        for line in &mut lines {
            line.break_after = false;
        }
        if let Some(first) = lines.first_mut() {
            first.heading = Some((level, plain_text(content)));
        }
        self.list.push(VItem::Space(m.above_heading));
        self.push_lines(lines);
        self.list.push(VItem::Space(m.below_heading));
        self.indent_next = false;
    }

    fn paragraph(&mut self, content: &[Inline], frame: &Frame) {
        let m = self.metrics;
        let mut style = self.style(
            Style::Regular,
            m.size,
            frame.left,
            frame.measure,
            Align::Justify,
        );
        if self.indent_next {
            style.par.indent = m.indent;
        }
        let lines = self.setter.set(content, &style, None, frame.at);
        self.push_lines(lines);
        self.indent_next = true;
    }

    fn caption(&mut self, content: &[Inline], frame: &Frame) {
        let m = self.metrics;
        let style = self.style(
            Style::Italic,
            m.note_size,
            frame.left,
            frame.measure,
            Align::Centre,
        );
        self.list.push(VItem::Space(m.around_block));
        let lines = self.setter.set(content, &style, None, frame.at);
        self.push_lines(lines);
        self.list.push(VItem::Space(m.around_block));
        self.indent_next = false;
    }

    /// A quotation, set narrower on each side, without first indents.
    fn quotation(&mut self, blocks: &[Block], frame: &Frame) {
        let m = self.metrics;
        self.list.push(VItem::Space(m.around_block));
        self.indent_next = false;
        let (left, measure) = nested(
            frame.left,
            frame.measure,
            m.quote_inset,
            m.quote_inset * 2.0,
            m.size,
        );
        for inner in blocks {
            self.block(inner, left, measure);
        }
        self.list.push(VItem::Space(m.around_block));
        self.indent_next = false;
    }

    /// A div in another language: its blocks set as they would be outside it, hyphenated by
    /// that language's patterns.
    fn language(&mut self, lang: &str, blocks: &[Block], frame: &Frame) {
        let outer = self.lang.replace(Arc::from(lang));
        for inner in blocks {
            self.block(inner, frame.left, frame.measure);
        }
        self.lang = outer;
    }

    fn list(&mut self, start: Option<u64>, items: &[Vec<Block>], frame: &Frame) {
        let m = self.metrics;
        let (left, measure) = nested(
            frame.left,
            frame.measure,
            m.list_inset,
            m.list_inset,
            m.size,
        );
        for (n, item) in items.iter().enumerate() {
            let label = match start {
                Some(s) => format!("{}.", s + n as u64),
                None => "•".to_string(),
            };
            for (i, inner) in item.iter().enumerate() {
                let style = self.style(Style::Regular, m.size, left, measure, Align::Justify);
                if let Some(content) = inner.inlines() {
                    let prefix = (i == 0).then(|| (label.clone(), None));
                    let at = self.next_leaf();
                    let lines = self.setter.set(content, &style, prefix, Some(at));
                    self.push_lines(lines);
                } else {
                    self.block(inner, left, measure);
                }
            }
        }
        self.indent_next = false;
    }

    /// A code block, line by line as written, small and never hyphenated.
    fn code(&mut self, text: &str, span: Span, frame: &Frame) {
        let m = self.metrics;
        let mut style = self.style(
            Style::Regular,
            m.note_size,
            frame.left,
            frame.measure,
            Align::Justify,
        );
        style.par.hyphenate = false;
        let mut offset = 0;
        for source_line in text.split_inclusive('\n') {
            let line_at = frame.at.map(|at| Position {
                offset: at.offset + offset,
                ..at
            });
            offset += source_line.chars().count();
            let code = Inline {
                kind: InlineKind::Code(source_line.trim_end_matches(['\n', '\r']).to_string()),
                span,
            };
            let lines = self.setter.set(&[code], &style, None, line_at);
            self.push_lines(lines);
        }
        self.indent_next = false;
    }

    /// A thematic break, as three spaced stars.
    fn thematic_break(&mut self, frame: &Frame) {
        let m = self.metrics;
        let style = self.style(
            Style::Regular,
            m.size,
            frame.left,
            frame.measure,
            Align::Centre,
        );
        self.list.push(VItem::Space(m.around_block));
        let stars = [Inline::text("*\u{2003}*\u{2003}*", Span::generated())];
        let lines = self.setter.set(&stars, &style, None, None);
        // The stars stand for the break, which has no text: they start where it is.
        let lines = lines
            .into_iter()
            .map(|line| VLine {
                position: frame.at,
                ..line
            })
            .collect();
        self.push_lines(lines);
        self.list.push(VItem::Space(m.around_block));
        self.indent_next = false;
    }

    /// An endnote, in the endnotes section after its heading.
    fn endnote(&mut self, index: usize, note: &Note) {
        let lines = set_note(self.setter, self.metrics, index, note);
        self.list.push(VItem::Space(self.metrics.between_endnotes));
        self.push_lines(lines);
        self.indent_next = false;
    }
}
/// The left edge and measure inside a quotation or list: `left_inset` further in and
/// `total_inset` narrower, in points, unless that would leave less than `MIN_MEASURE_EM` ems
/// of `size`. Deeper nesting (the parser allows 32 levels) is then set at the same width,
/// where it made the measure negative.
fn nested(left: f64, measure: f64, left_inset: f64, total_inset: f64, size: f64) -> (f64, f64) {
    if measure - total_inset < MIN_MEASURE_EM * size {
        (left, measure)
    } else {
        (left + left_inset, measure - total_inset)
    }
}

/// The narrowest measure nesting may leave, in ems: about twenty characters a line.
const MIN_MEASURE_EM: f64 = 10.0;
