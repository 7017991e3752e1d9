//! The print typesetting engine (stage 5, PDF side): fonts and shaping, hyphenation, items,
//! Knuth–Plass line breaking, composition of blocks and pagination with footnotes. It turns
//! the document into pages of positioned glyphs; `export::pdf` only draws them.

pub mod compose;
pub mod fonts;
pub mod hyphenate;
pub mod items;
pub mod linebreak;
pub mod paginate;
pub mod shape;

use std::collections::{BTreeMap, BTreeSet};

use compose::{Align, BlockStyle, LinkBox, Metrics, PlacedRun, Setter, VItem, VLine};
use fonts::{FontSet, Style};
use hyphenate::Hyphenator;
use items::{Context, Link, ParStyle};
use shape::{Shaper, Variant};

use crate::config::{Edition, PageSize, Role};
use crate::diag::{Diagnostic, Diagnostics, Span};
use crate::model::{
    leaf_count, plain_text, Block, BlockKind, Document, Flow, Inline, InlineKind, NoteKind,
    Position,
};

/// Points per millimetre.
const PT_PER_MM: f64 = 72.0 / 25.4;

impl PageSize {
    /// Width and height in points.
    pub fn dimensions(self) -> (f64, f64) {
        let (w, h) = match self {
            PageSize::A4 => (210.0, 297.0),
            PageSize::Letter => (215.9, 279.4),
            PageSize::A5 => (148.0, 210.0),
            PageSize::Paperback => (129.0, 198.0),
        };
        (w * PT_PER_MM, h * PT_PER_MM)
    }

    /// The size as a reader names it.
    pub fn label(self) -> &'static str {
        match self {
            PageSize::A4 => "A4",
            PageSize::Letter => "US Letter",
            PageSize::A5 => "A5",
            PageSize::Paperback => "129 × 198 mm",
        }
    }

    /// Body text size: large pages get a larger size so lines stay near 60–75 characters.
    pub fn default_font_size(self) -> f64 {
        match self {
            PageSize::A4 | PageSize::Letter => 12.0,
            PageSize::A5 => 10.5,
            PageSize::Paperback => 10.0,
        }
    }
}

/// What the typesetter needs beyond the document and the edition.
#[derive(Debug, Clone)]
pub struct Settings {
    pub page: PageSize,
    /// Body size in points; `None` for the page size's default.
    pub font_size: Option<f64>,
}

/// A positioned run in page coordinates (points, origin at the bottom left).
#[derive(Debug, Clone, PartialEq)]
pub struct PageRun {
    pub x: f64,
    pub y: f64,
    pub run: PlacedRun,
}

/// A link area in page coordinates.
#[derive(Debug, Clone, PartialEq)]
pub struct PageLink {
    pub rect: [f64; 4],
    pub link: Link,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub runs: Vec<PageRun>,
    pub links: Vec<PageLink>,
    /// Horizontal rules: (x0, x1, y, thickness).
    pub rules: Vec<(f64, f64, f64, f64)>,
}

/// A bookmark: nesting level, title, page index and the y of its top.
#[derive(Debug, Clone, PartialEq)]
pub struct OutlineEntry {
    pub level: u8,
    pub title: String,
    pub page: usize,
    pub y: f64,
}

/// The typeset book.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    pub pages: Vec<Page>,
    pub outline: Vec<OutlineEntry>,
    /// Where each note's reference mark and the note itself are: (page, y of the line top).
    pub marks: BTreeMap<usize, (usize, f64)>,
    pub notes: BTreeMap<usize, (usize, f64)>,
    /// Every set line's text with its ratio, in order, for dumps.
    pub lines: Vec<(String, f64)>,
    /// Where each page starts in the document: its first body line, or its first note line
    /// on a page of notes only. `None` only for a page with nothing from the document.
    pub page_starts: Vec<Option<Position>>,
}

/// Typesets the document. Problems (missing glyphs, overfull lines) go to `diags`.
pub fn typeset(
    document: &Document,
    edition: &Edition,
    fonts: &FontSet,
    settings: &Settings,
    diags: &mut Diagnostics,
) -> Layout {
    let Some(mut shaper) = Shaper::new(fonts) else {
        diags.push(Diagnostic::error(
            "T004",
            "the edition's fonts could not be parsed for shaping",
        ));
        return Layout::default();
    };
    let hyphenator = Hyphenator::for_language(&edition.language);
    if hyphenator.is_none() {
        diags.push(
            Diagnostic::warning(
                "T003",
                format!(
                    "no hyphenation patterns for `{}`: lines will be looser",
                    edition.language
                ),
            )
            .with_hint("check `language` in edition.toml"),
        );
    }
    let protected = protected_words(document);
    let (width, height) = settings.page.dimensions();
    // Margins in the proportions of the Van de Graaf canon (1/9 and 2/9 of the page), with
    // the outer and foot margins widened a little less, so small pages keep a usable measure.
    let inner = width / 9.0;
    let outer = width * 1.6 / 9.0;
    let top = height / 9.0;
    let bottom = height * 1.6 / 9.0;
    let measure = width - inner - outer;
    let block_height = height - top - bottom;
    let size = settings
        .font_size
        .unwrap_or_else(|| settings.page.default_font_size());
    let metrics = Metrics::new(size, measure);

    let note_numbers = |n: usize| document.notes.get(n).map(|note| note.number);
    // The footnotes do not depend on the body's lines (they are set at their own size and
    // placed later by the paginator), so a second core sets them meanwhile, with its own
    // shaper and hyphenation cache: in this edition the notes are half the text.
    let (list, (note_sets, note_diags)) = std::thread::scope(|scope| {
        let notes = scope.spawn(|| set_notes(document, edition, fonts, &metrics, &protected));
        let mut cx = Context {
            shaper: &mut shaper,
            hyphenator: hyphenator.as_ref(),
            protected: &protected,
            diags: &mut *diags,
        };
        let mut setter = Setter {
            cx: &mut cx,
            note_numbers: &note_numbers,
        };
        let list = set_body(&mut setter, &metrics, document, edition);
        let notes = notes.join().expect("the notes thread does not panic");
        (list, notes)
    });
    merge_note_diagnostics(diags, note_diags);
    let mut cx = Context {
        shaper: &mut shaper,
        hyphenator: hyphenator.as_ref(),
        protected: &protected,
        diags,
    };
    let mut setter = Setter {
        cx: &mut cx,
        note_numbers: &note_numbers,
    };

    let geometry = paginate::Geometry {
        height: block_height,
        top_skip: size,
        note_skip: metrics.leading,
        max_carried: block_height / 2.0,
    };
    let outs = paginate::paginate(
        list,
        &|n| note_sets.get(&n).cloned().unwrap_or_default(),
        &geometry,
    );

    let mut layout = Layout {
        width,
        height,
        ..Layout::default()
    };
    let mut section: Option<String> = None;
    for (index, out) in outs.into_iter().enumerate() {
        let number = index + 1;
        // Recto pages (odd) have the wide margin outside, on the right.
        let left = if number % 2 == 1 { inner } else { outer };
        let block_top = height - top;
        layout.page_starts.push(
            out.body
                .iter()
                .chain(out.notes.iter())
                .find_map(|(_, line)| line.position),
        );
        let mut page = Page::default();
        let mut first_section = None;
        for (y, line) in out.body.iter().chain(out.notes.iter()) {
            let baseline = block_top - y;
            if let Some((level, title)) = &line.heading {
                layout.outline.push(OutlineEntry {
                    level: *level,
                    title: title.clone(),
                    page: index,
                    y: baseline + line.leading,
                });
                if *level <= 2 {
                    first_section.get_or_insert_with(|| title.clone());
                }
            }
            if let Some(n) = line.note_start {
                layout.notes.insert(n, (index, baseline + line.leading));
            }
            for link in &line.line.links {
                if let Link::ToNote(n) = link.link {
                    layout
                        .marks
                        .entry(n)
                        .or_insert((index, baseline + line.leading));
                }
            }
            place_line(&mut page, left, baseline, line);
            layout.lines.push((line.line.text.clone(), line.line.ratio));
        }
        if let Some(rule_y) = out.rule {
            // A short rule, a third of the measure, as in most books.
            page.rules
                .push((left, left + measure / 3.0, block_top - rule_y, 0.4));
        }
        // Running head: the title on versos, the current section on rectos; none on page 1.
        let head_section = section.clone().or_else(|| edition.subtitle.clone());
        if let Some(s) = first_section {
            section = Some(s);
        }
        if number > 1 {
            let text = if number % 2 == 0 {
                edition.title.clone()
            } else {
                head_section.unwrap_or_else(|| edition.title.clone())
            };
            let line = furniture(&mut setter, &metrics, &text, Variant::SmallCaps);
            place_line(&mut page, left, block_top + metrics.leading * 1.5, &line);
        }
        let folio = furniture(&mut setter, &metrics, &number.to_string(), Variant::Lining);
        place_line(
            &mut page,
            left,
            height - top - block_height - metrics.leading * 2.0,
            &folio,
        );
        layout.pages.push(page);
    }
    layout
}

/// Draws a set line with its baseline at `baseline` and its block's left edge at `left`.
fn place_line(page: &mut Page, left: f64, baseline: f64, line: &VLine) {
    let x0 = left + line.line.x;
    for run in &line.line.runs {
        page.runs.push(PageRun {
            x: x0 + run.x,
            y: baseline + run.rise,
            run: run.clone(),
        });
    }
    for LinkBox {
        x0: a,
        x1: b,
        rise,
        size,
        link,
    } in &line.line.links
    {
        page.links.push(PageLink {
            rect: [
                x0 + a,
                baseline + rise - size * 0.25,
                x0 + b,
                baseline + rise + size * 0.8,
            ],
            link: link.clone(),
        });
    }
}

/// A one-line running head or folio, centred on the measure.
fn furniture(setter: &mut Setter, metrics: &Metrics, text: &str, variant: Variant) -> VLine {
    let inlines = [Inline::text(text, Span::generated())];
    let style = BlockStyle {
        par: ParStyle {
            style: Style::Regular,
            variant,
            size: metrics.size * 0.9,
            indent: 0.0,
            hyphenate: false,
        },
        measure: metrics.measure,
        left: 0.0,
        leading: metrics.leading,
        align: Align::Centre,
    };
    let mut lines = setter.set(&inlines, &style, None, None);
    lines.truncate(1);
    lines.pop().unwrap_or_else(|| VLine {
        leading: metrics.leading,
        line: compose::LineBox::default(),
        notes: Vec::new(),
        break_after: true,
        heading: None,
        note_start: None,
        position: None,
    })
}

/// The body's vertical list: the title block, the blocks, the endnotes.
fn set_body(
    setter: &mut Setter,
    metrics: &Metrics,
    document: &Document,
    edition: &Edition,
) -> Vec<VItem> {
    let measure = metrics.measure;
    let mut body = Builder {
        setter,
        metrics,
        list: Vec::new(),
        indent_next: false,
        leaf: 0,
    };
    let mut blocks = &document.blocks[..];
    let mut title_heading = None;
    if let Some((first, rest)) = blocks.split_first() {
        if let BlockKind::Heading {
            level: 1, content, ..
        } = &first.kind
        {
            // A leading level-1 heading is the article's title: the title block sets it
            // from the edition's metadata, so it is not repeated.
            title_heading = Some(plain_text(content));
            blocks = rest;
        }
    }
    // The title block stands for the heading it replaces: a page-break marker before that
    // heading in the ebook matches the top of the first page.
    let title_at = title_heading.is_some().then(|| body.next_leaf());
    body.title_block(edition, title_heading, title_at);
    for block in blocks {
        body.block(block, 0.0, measure);
    }
    body.endnotes(document);
    body.list
}

/// Adds the notes thread's findings after the body's. A character a face lacks is reported
/// once per face (see `Shaper`), but each thread has its own shaper: a second report of the
/// same character is dropped.
fn merge_note_diagnostics(diags: &mut Diagnostics, notes: Diagnostics) {
    let reported: BTreeSet<String> = diags
        .iter()
        .filter(|d| d.code == fonts::MISSING_GLYPH)
        .map(|d| d.message.clone())
        .collect();
    diags.extend(
        notes
            .iter()
            .filter(|d| d.code != fonts::MISSING_GLYPH || !reported.contains(&d.message))
            .cloned(),
    );
}

/// Every footnote set once at the note size, with the diagnostics of setting them; run on
/// its own thread, so it has its own shaper and hyphenator.
fn set_notes(
    document: &Document,
    edition: &Edition,
    fonts: &FontSet,
    metrics: &Metrics,
    protected: &BTreeSet<String>,
) -> (BTreeMap<usize, Vec<VLine>>, Diagnostics) {
    let mut diags = Diagnostics::default();
    let mut note_sets = BTreeMap::new();
    let Some(mut shaper) = Shaper::new(fonts) else {
        return (note_sets, diags); // The body's shaper has reported it.
    };
    let hyphenator = Hyphenator::for_language(&edition.language);
    let note_numbers = |n: usize| document.notes.get(n).map(|note| note.number);
    let mut cx = Context {
        shaper: &mut shaper,
        hyphenator: hyphenator.as_ref(),
        protected,
        diags: &mut diags,
    };
    let mut setter = Setter {
        cx: &mut cx,
        note_numbers: &note_numbers,
    };
    for (index, note) in document.notes.iter().enumerate() {
        if note.kind == NoteKind::Footnote {
            note_sets.insert(index, set_note(&mut setter, metrics, index, note));
        }
    }
    (note_sets, diags)
}

fn set_note(
    setter: &mut Setter,
    metrics: &Metrics,
    index: usize,
    note: &crate::model::Note,
) -> Vec<VLine> {
    let style = BlockStyle {
        par: ParStyle {
            style: Style::Regular,
            variant: Variant::Text,
            size: metrics.note_size,
            indent: 0.0,
            hyphenate: true,
        },
        measure: metrics.measure,
        left: 0.0,
        leading: metrics.note_leading,
        align: Align::Justify,
    };
    let mut lines = Vec::new();
    for (i, (leaf, inlines)) in note_paragraphs(note).iter().enumerate() {
        let prefix = (i == 0).then(|| (format!("{}.", note.number), Some(Link::ToMark(index))));
        let at = Position {
            flow: Flow::Note(index),
            block: *leaf,
            offset: 0,
        };
        lines.extend(setter.set(inlines, &style, prefix, Some(at)));
    }
    if let Some(first) = lines.first_mut() {
        first.note_start = Some(index);
    }
    lines
}

/// A note's paragraphs with their leaf numbers (see `model::Position`): its first paragraph
/// with the source after it, then the rest. Quotations and lists inside notes are not set in
/// print; their leaves are counted all the same, so the numbers match the EPUB's.
fn note_paragraphs(note: &crate::model::Note) -> Vec<(usize, Vec<Inline>)> {
    let mut paragraphs = Vec::new();
    let mut leaf = 0;
    for block in &note.blocks {
        if let Some(inlines) = block.inlines() {
            paragraphs.push((leaf, inlines.to_vec()));
        }
        leaf += leaf_count(block);
    }
    if paragraphs.is_empty() {
        paragraphs.push((0, Vec::new()));
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
fn protected_words(document: &Document) -> BTreeSet<String> {
    let mut words = BTreeSet::new();
    let mut add = |text: &str| {
        for word in text.split(|c: char| !c.is_alphanumeric()) {
            if word.chars().next().is_some_and(char::is_uppercase) && !word.is_ascii() {
                words.insert(word.to_string());
            }
        }
    };
    fn walk(blocks: &[Block], add: &mut dyn FnMut(&str)) {
        for block in blocks {
            match &block.kind {
                BlockKind::BlockQuote { blocks } => walk(blocks, add),
                BlockKind::List { items, .. } => items.iter().for_each(|i| walk(i, add)),
                _ => {
                    if let Some(inlines) = block.inlines() {
                        add(&plain_text(inlines));
                    }
                }
            }
        }
    }
    walk(&document.blocks, &mut add);
    for note in &document.notes {
        walk(&note.blocks, &mut add);
    }
    words
}

/// Builds the body's vertical list block by block.
struct Builder<'s, 'c, 'a, 'f> {
    setter: &'s mut Setter<'c, 'a, 'f>,
    metrics: &'s Metrics,
    list: Vec<VItem>,
    /// Whether the next paragraph gets a first-line indent (not after headings and the like).
    indent_next: bool,
    /// The number of the next leaf block of the body (see `model::Position`).
    leaf: usize,
}

impl Builder<'_, '_, '_, '_> {
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

    fn title_block(&mut self, edition: &Edition, heading: Option<String>, at: Option<Position>) {
        let m = self.metrics;
        let mut lines = Vec::new();
        let title = self.style(Style::Regular, m.size * 1.9, 0.0, m.measure, Align::Centre);
        let mut title_lines = self.setter.set(
            &[Inline::text(&edition.title, Span::generated())],
            &title,
            None,
            None,
        );
        if let Some(first) = title_lines.first_mut() {
            first.heading = Some((1, heading.unwrap_or_else(|| edition.full_title())));
        }
        lines.extend(title_lines);
        if let Some(subtitle) = &edition.subtitle {
            let style = self.style(Style::Italic, m.size * 1.3, 0.0, m.measure, Align::Centre);
            lines.extend(self.setter.set(
                &[Inline::text(subtitle, Span::generated())],
                &style,
                None,
                None,
            ));
        }
        let authors: Vec<&str> = edition
            .creators_with(Role::Author)
            .map(|c| c.name.as_str())
            .collect();
        if !authors.is_empty() {
            let mut style = self.style(Style::Regular, m.size, 0.0, m.measure, Align::Centre);
            style.par.variant = Variant::SmallCaps;
            style.leading = m.leading * 1.6;
            lines.extend(self.setter.set(
                &[Inline::text(authors.join(" and "), Span::generated())],
                &style,
                None,
                None,
            ));
        }
        for line in &mut lines {
            line.break_after = false;
            line.position = at;
        }
        self.push_lines(lines);
        self.list.push(VItem::Space(m.leading * 2.0));
        self.indent_next = false;
    }

    fn block(&mut self, block: &Block, left: f64, measure: f64) {
        let m = self.metrics;
        let at = match block.kind {
            BlockKind::BlockQuote { .. } | BlockKind::List { .. } => None,
            _ => Some(self.next_leaf()),
        };
        match &block.kind {
            BlockKind::Heading { level, content, .. } => {
                let size = match level {
                    1 => m.size * 1.45,
                    2 => m.size * 1.2,
                    _ => m.size,
                };
                let style = self.style(
                    if *level <= 2 {
                        Style::Regular
                    } else {
                        Style::Italic
                    },
                    size,
                    left,
                    measure,
                    Align::Centre,
                );
                let mut lines = self.setter.set(content, &style, None, at);
                // Headings stay with the next lines: no break after any heading line.
                for line in &mut lines {
                    line.break_after = false;
                }
                if let Some(first) = lines.first_mut() {
                    first.heading = Some((*level, plain_text(content)));
                }
                self.list.push(VItem::Space(m.leading * 1.5));
                self.push_lines(lines);
                self.list.push(VItem::Space(m.leading * 0.5));
                self.indent_next = false;
            }
            BlockKind::Paragraph { content } => {
                let mut style = self.style(Style::Regular, m.size, left, measure, Align::Justify);
                if self.indent_next {
                    style.par.indent = m.indent;
                }
                let lines = self.setter.set(content, &style, None, at);
                self.push_lines(lines);
                self.indent_next = true;
            }
            BlockKind::Caption { content } => {
                let style = self.style(Style::Italic, m.note_size, left, measure, Align::Centre);
                self.list.push(VItem::Space(m.leading * 0.5));
                let lines = self.setter.set(content, &style, None, at);
                self.push_lines(lines);
                self.list.push(VItem::Space(m.leading * 0.5));
                self.indent_next = false;
            }
            BlockKind::BlockQuote { blocks } => {
                // Quotations are set narrower by 1.5 em on each side, without first indents.
                self.list.push(VItem::Space(m.leading * 0.5));
                self.indent_next = false;
                for inner in blocks {
                    self.block(inner, left + m.size * 1.5, measure - m.size * 3.0);
                }
                self.list.push(VItem::Space(m.leading * 0.5));
                self.indent_next = false;
            }
            BlockKind::List { start, items } => {
                for (n, item) in items.iter().enumerate() {
                    let label = match start {
                        Some(s) => format!("{}.", s + n as u64),
                        None => "•".to_string(),
                    };
                    for (i, inner) in item.iter().enumerate() {
                        let style = self.style(
                            Style::Regular,
                            m.size,
                            left + m.size * 1.5,
                            measure - m.size * 1.5,
                            Align::Justify,
                        );
                        if let Some(content) = inner.inlines() {
                            let prefix = (i == 0).then(|| (label.clone(), None));
                            let at = self.next_leaf();
                            let lines = self.setter.set(content, &style, prefix, Some(at));
                            self.push_lines(lines);
                        } else {
                            self.block(inner, left + m.size * 1.5, measure - m.size * 1.5);
                        }
                    }
                }
                self.indent_next = false;
            }
            BlockKind::CodeBlock { text } => {
                let mut style =
                    self.style(Style::Regular, m.note_size, left, measure, Align::Justify);
                style.par.hyphenate = false;
                let mut offset = 0;
                for source_line in text.split_inclusive('\n') {
                    let line_at = at.map(|at| Position {
                        offset: at.offset + offset,
                        ..at
                    });
                    offset += source_line.chars().count();
                    let lines = self.setter.set(
                        &[Inline {
                            kind: InlineKind::Code(
                                source_line.trim_end_matches(['\n', '\r']).to_string(),
                            ),
                            span: block.span,
                        }],
                        &style,
                        None,
                        line_at,
                    );
                    self.push_lines(lines);
                }
                self.indent_next = false;
            }
            BlockKind::ThematicBreak => {
                let style = self.style(Style::Regular, m.size, left, measure, Align::Centre);
                self.list.push(VItem::Space(m.leading * 0.5));
                let lines = self.setter.set(
                    &[Inline::text("*\u{2003}*\u{2003}*", Span::generated())],
                    &style,
                    None,
                    None,
                );
                // The stars stand for the break, which has no text: they start where it is.
                let lines = lines
                    .into_iter()
                    .map(|line| VLine {
                        position: at,
                        ..line
                    })
                    .collect();
                self.push_lines(lines);
                self.list.push(VItem::Space(m.leading * 0.5));
                self.indent_next = false;
            }
        }
    }

    /// Endnotes, after the text under a "Notes" heading.
    fn endnotes(&mut self, document: &Document) {
        let m = self.metrics;
        let endnotes: Vec<(usize, &crate::model::Note)> = document
            .notes
            .iter()
            .enumerate()
            .filter(|(_, n)| n.kind == NoteKind::Endnote)
            .collect();
        if endnotes.is_empty() {
            return;
        }
        let first = self.list.len();
        self.block(
            &Block {
                kind: BlockKind::Heading {
                    level: 1,
                    id: "notes".into(),
                    content: vec![Inline::text("Notes", Span::generated())],
                },
                span: Span::generated(),
            },
            0.0,
            m.measure,
        );
        // The heading is generated, not a block of the body: give back its leaf number and
        // mark its lines as the heading of the endnotes, which the ebook has too.
        self.leaf -= 1;
        for item in &mut self.list[first..] {
            if let VItem::Line(line) = item {
                line.position = Some(Position {
                    flow: Flow::EndnotesHeading,
                    block: 0,
                    offset: 0,
                });
            }
        }
        for (index, note) in endnotes {
            let mut lines = set_note(self.setter, m, index, note);
            let n = lines.len();
            for (i, line) in lines.iter_mut().enumerate() {
                line.break_after = i + 1 >= 2 && n - (i + 1) >= 2 || i + 1 == n;
            }
            self.list.push(VItem::Space(m.note_leading * 0.3));
            self.push_lines(lines);
        }
    }
}

/// The line-break dump of a layout: `n| text| r=+0.21` per line, for golden tests.
pub fn line_dump(lines: &[(String, f64)]) -> String {
    let mut out = String::new();
    for (n, (text, ratio)) in lines.iter().enumerate() {
        let text = text.replace(shape::BREAK_HYPHEN_TEXT, "-");
        out.push_str(&format!("{}| {}| r={:+.2}\n", n + 1, text, ratio));
    }
    out
}
