//! Blocks to a vertical list of set lines (typesetting, stage 5): chooses the style, measure
//! and indent of each block, breaks its items into lines, turns each line into positioned
//! glyph runs, and marks where a page may break (widows, orphans, headings kept with text).

use std::sync::Arc;

use super::fonts::Style;
use super::items::{self, Context, Item, Link, ParStyle, Passage, Run};
use super::linebreak::{self, Line};
use super::shape::Variant;
use crate::diag::{Diagnostic, Span};
use crate::model::{Flow, Inline, Position};

/// One glyph placed on a line. Advances are in points; `advance` includes justification.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedGlyph {
    pub id: u16,
    pub text: Option<Arc<str>>,
    pub advance: f64,
    pub default_advance: f64,
}

/// Glyphs in one face and size, drawn from `x` on the line's baseline raised by `rise`, all
/// with the same part in the text's structure (plain text, a label, a link).
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedRun {
    pub x: f64,
    pub rise: f64,
    pub style: Style,
    pub size: f64,
    /// The glyphs' horizontal scale: above 1 widened, below 1 narrowed (font expansion, see
    /// `linebreak::EXPANSION`). Their advances already include it.
    pub scale: f64,
    pub glyphs: Vec<PlacedGlyph>,
    /// Where the glyphs link to (a note mark, a note's number, a web address).
    pub link: Option<Link>,
    /// A list item's or note's number.
    pub label: bool,
    /// What the glyphs stand for when that is not their own text: the rest of a word for
    /// the hyphen where it is broken, nothing for that rest on the next line, so the word
    /// reads whole where it was drawn first (the tagged PDF's `/ActualText`).
    pub actual_text: Option<Arc<str>>,
    /// The passage in another language the glyphs are part of.
    pub passage: Option<Passage>,
}

impl PlacedRun {
    /// Whether `run`'s glyphs may join this one: same face, size, baseline and part.
    fn takes(&self, run: &Run, actual_text: Option<&Arc<str>>) -> bool {
        self.same_face(run)
            && self.link == run.link
            && self.label == run.label
            && self.actual_text.as_ref() == actual_text
            && self.passage == run.passage
    }

    fn same_face(&self, run: &Run) -> bool {
        self.style == run.style && self.size == run.size && self.rise == run.rise
    }

    /// Words of the text, in a link or a passage or not (not a label or a broken word's
    /// hyphen or rest).
    fn is_words(&self) -> bool {
        !self.label && self.actual_text.is_none()
    }

    /// Plain text, where a space between words belongs.
    fn is_plain(&self) -> bool {
        self.link.is_none() && !self.label && self.actual_text.is_none() && self.passage.is_none()
    }
}

/// What a set line is part of in the book's structure (for the tagged PDF).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum LineTag {
    /// Not part of the text: running heads, folios, the stars of a thematic break.
    Artifact,
    /// A line of the title block.
    Title(TitlePart),
    /// A line of leaf `block` of `flow`, numbered as `model::Position` numbers them.
    Leaf { flow: Flow, block: usize },
}

/// The parts of the title block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TitlePart {
    Title,
    Subtitle,
    Authors,
}

impl LineTag {
    /// The leaf a position is in; generated lines (no position) are artifacts.
    pub fn of(at: Option<Position>) -> LineTag {
        at.map_or(LineTag::Artifact, |at| LineTag::Leaf {
            flow: at.flow,
            block: at.block,
        })
    }
}

/// A clickable area on a line.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkBox {
    pub x0: f64,
    pub x1: f64,
    pub rise: f64,
    pub size: f64,
    pub link: Link,
}

/// How a line was set: what the typesetter's record of every line (`Layout::lines`) keeps to
/// judge the spacing by.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Setting {
    /// The adjustment ratio of the whole line (see `linebreak::Line::ratio`).
    pub ratio: f64,
    /// The glyphs' expansion (see `linebreak::Line::expansion`).
    pub expansion: f64,
    /// It ends in a word broken at a hyphenation point.
    pub hyphenated: bool,
    /// It could not be justified without holes and falls short of the measure.
    pub short: bool,
    /// Points its punctuation hangs into the left and right margins (see `protrusion`).
    pub hangs: (f64, f64),
    /// The width of its word spaces in ems of the text, on a line whose spaces were set to
    /// justify it (not a paragraph's last line, not a centred one): what spacing is judged by.
    pub word_space: Option<f64>,
}

/// A set line, relative to its left edge and baseline.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LineBox {
    /// Offset of the line from the text block's left edge (indented or centred text).
    pub x: f64,
    pub runs: Vec<PlacedRun>,
    pub links: Vec<LinkBox>,
    /// The text of the line, for dumps and tests.
    pub text: String,
    pub setting: Setting,
}

/// An entry of the vertical list.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)] // nearly every entry is a line: boxing them would only add an allocation each
pub enum VItem {
    Line(VLine),
    /// Vertical space, dropped at the top of a page.
    Space(f64),
}

#[derive(Debug, Clone, PartialEq)]
pub struct VLine {
    /// Baseline-to-baseline distance from the line above.
    pub leading: f64,
    pub line: LineBox,
    /// Footnotes referenced on this line (indices into `Document::notes`).
    pub notes: Vec<usize>,
    /// Whether a page may break after this line.
    pub break_after: bool,
    /// A heading starts here: (level, title) for the outline and running heads.
    pub heading: Option<(u8, String)>,
    /// This line starts note `n` (for the link back from its mark).
    pub note_start: Option<usize>,
    /// Where the line's text starts in the document; `None` for generated lines (running
    /// heads, folios, the title block without a heading).
    pub position: Option<Position>,
    /// What the line is part of in the book's structure.
    pub tag: LineTag,
}

/// Alignment of a block's lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Justify,
    Centre,
}

/// Every size and space of the print edition, derived from the body size and the measure;
/// each ratio is a book-design convention, given with its reason.
#[derive(Debug, Clone)]
pub struct Metrics {
    pub size: f64,
    pub leading: f64,
    pub measure: f64,
    /// Paragraph indent: one em, the traditional indent for justified text.
    pub indent: f64,
    pub note_size: f64,
    pub note_leading: f64,
    /// Level-1 and level-2 heading sizes: steps of about 1.2, the classical scale's ratio
    /// (10.5 pt text gives 12.6 and 15.2 pt headings).
    pub heading_sizes: [f64; 2],
    /// The title block: the title near twice the text size, the subtitle between the two.
    pub title_size: f64,
    pub subtitle_size: f64,
    /// The author's line stands a little apart from the subtitle above it.
    pub author_leading: f64,
    /// Two lines of space between the title block and the text.
    pub after_title: f64,
    /// A heading sits closer to the text it introduces than to the text before it.
    pub above_heading: f64,
    pub below_heading: f64,
    /// Half a line sets a quotation, caption or break apart without losing the page's rhythm.
    pub around_block: f64,
    /// Quotations are indented 1.5 em on each side, list items 1.5 em on the left.
    pub quote_inset: f64,
    pub list_inset: f64,
    /// A little space between endnotes, which are set solid otherwise.
    pub between_endnotes: f64,
    /// Running heads and folios a step smaller than the text, so they read as furniture.
    pub furniture_size: f64,
    /// The running head's baseline above the text block, and the folio's below it.
    pub head_raise: f64,
    pub folio_drop: f64,
}

impl Metrics {
    pub fn new(size: f64, measure: f64) -> Metrics {
        // 1.3 × size: Vollkorn's tall x-height wants a little more than TeX's 1.2.
        let leading = size * 1.3;
        // Notes at 80 % of the text size, the usual step down for footnotes.
        let note_size = size * 0.8;
        let note_leading = size * 0.8 * 1.25;
        Metrics {
            size,
            leading,
            measure,
            indent: size,
            note_size,
            note_leading,
            heading_sizes: [size * 1.45, size * 1.2],
            title_size: size * 1.9,
            subtitle_size: size * 1.3,
            author_leading: leading * 1.6,
            after_title: leading * 2.0,
            above_heading: leading * 1.5,
            below_heading: leading * 0.5,
            around_block: leading * 0.5,
            quote_inset: size * 1.5,
            list_inset: size * 1.5,
            between_endnotes: note_leading * 0.3,
            furniture_size: size * 0.9,
            head_raise: leading * 1.5,
            folio_drop: leading * 2.0,
        }
    }
}

/// Sets one paragraph-like block into lines.
pub struct Setter<'c, 'a, 'f> {
    pub cx: &'c mut Context<'a, 'f>,
    pub note_numbers: &'c dyn Fn(usize) -> Option<usize>,
    /// The items of the paragraph being set, kept between paragraphs (see `set`).
    items: Vec<Item>,
}

/// How one block is set.
pub struct BlockStyle {
    pub par: ParStyle,
    pub measure: f64,
    pub left: f64,
    pub leading: f64,
    pub align: Align,
}

impl<'c, 'a, 'f> Setter<'c, 'a, 'f> {
    pub fn new(
        cx: &'c mut Context<'a, 'f>,
        note_numbers: &'c dyn Fn(usize) -> Option<usize>,
    ) -> Self {
        Setter {
            cx,
            note_numbers,
            items: Vec::new(),
        }
    }

    /// Sets inlines into lines with page-break permissions (no widows or orphans). `at` is
    /// where the inlines start in the document, from which each line's position is counted.
    pub fn set(
        &mut self,
        inlines: &[Inline],
        style: &BlockStyle,
        prefix: Option<(String, Option<Link>)>,
        at: Option<Position>,
    ) -> Vec<VLine> {
        // One vector of items serves every paragraph of the book, rather than one grown anew
        // for each and copied once more when a label went first.
        let mut items = std::mem::take(&mut self.items);
        items.clear();
        if let Some((text, link)) = prefix {
            self.push_label(&text, link, &style.par, &mut items);
        }
        items::paragraph(inlines, &style.par, self.note_numbers, self.cx, &mut items);
        let lines = self.lines(&items, style, at);
        self.items = items;
        lines
    }

    /// The items of one paragraph broken into lines and each line built.
    fn lines(&mut self, items: &[Item], style: &BlockStyle, at: Option<Position>) -> Vec<VLine> {
        let edges = match style.align {
            Align::Justify => linebreak::Edges::Hanging,
            Align::Centre => linebreak::Edges::Flush,
        };
        let lines = linebreak::knuth_plass(items, style.measure, edges);
        let n = lines.len();
        lines
            .iter()
            .enumerate()
            .map(|(i, line)| {
                if line.is_overfull() {
                    self.report_overfull(items, line, style.measure);
                }
                let after_hyphen = i > 0 && lines[i - 1].hyphenated;
                let mut lb = build_line(items, line, style.align, after_hyphen, self.cx);
                if i + 1 < n && ends_between_words(items, line) {
                    end_with_space(&mut lb, self.cx);
                }
                lb.x += style.left
                    + match style.align {
                        Align::Justify => 0.0,
                        Align::Centre => ((style.measure - natural_width(&lb)) / 2.0).max(0.0),
                    };
                let position = at.map(|at| Position {
                    offset: at.offset + line_offset(items, line),
                    ..at
                });
                let notes = lb
                    .links
                    .iter()
                    .filter_map(|l| match l.link {
                        Link::ToNote(n) => Some(n),
                        _ => None,
                    })
                    .collect();
                VLine {
                    leading: style.leading,
                    line: lb,
                    notes,
                    // Nor after a broken word, at a hyphenation point or at a compound's own
                    // hyphen ("co-/operation"): a reader should not turn the page in the
                    // middle of one (TeX only discourages it, with `\brokenpenalty`).
                    break_after: may_break_after(i, n) && ends_between_words(items, line),
                    heading: None,
                    note_start: None,
                    position,
                    tag: LineTag::of(at),
                }
            })
            .collect()
    }

    fn push_label(
        &mut self,
        label: &str,
        link: Option<Link>,
        par: &ParStyle,
        items: &mut Vec<Item>,
    ) {
        let shaped = self.cx.shaper.shape(
            label,
            par.style,
            Variant::Lining,
            Span::generated(),
            self.cx.diags,
        );
        let run = Run {
            style: par.style,
            size: par.size,
            rise: 0.0,
            glyphs: 0..shaped.glyphs.len(),
            shaped,
            link,
            label: true,
            passage: None,
        };
        items.push(Item::Box {
            width: run.width(),
            run: Some(run),
            span: Span::generated(),
            at: 0,
        });
        let space = self
            .cx
            .shaper
            .shape(
                " ",
                par.style,
                Variant::Text,
                Span::generated(),
                self.cx.diags,
            )
            .width
            * par.size;
        // A fixed space after a note number: the number is a label, not a word.
        items.push(Item::Glue {
            width: space,
            stretch: 0.0,
            shrink: 0.0,
        });
    }

    fn report_overfull(&mut self, items: &[Item], line: &Line, measure: f64) {
        let span = items[line.start..=line.end]
            .iter()
            .filter_map(|i| match i {
                Item::Box {
                    span, run: Some(_), ..
                } => Some(*span),
                _ => None,
            })
            .reduce(|a, b| if a.file == b.file { a.join(b) } else { a });
        let text: String = items[line.start..line.end]
            .iter()
            .map(|i| match i {
                Item::Box { run: Some(r), .. } => r.text(),
                Item::Glue { .. } => " ".into(),
                _ => String::new(),
            })
            .collect();
        let natural: f64 = items[line.start..line.end].iter().map(Item::width).sum();
        let mut diagnostic = Diagnostic::warning(
            "T002",
            format!(
                "overfull line: “{}” is {:.1}pt wider than the {:.1}pt measure",
                text.trim(),
                natural - measure,
                measure
            ),
        )
        .with_hint("a word too long to fit: add a break opportunity (a soft hyphen) or rephrase");
        if let Some(span) = span {
            diagnostic = diagnostic.with_span(span);
        }
        self.cx.diags.push(diagnostic);
    }
}

/// Whether a page may end after line `i` of a paragraph of `n` lines: not before two lines
/// of it are on the page (no orphan), and not if fewer than two would go over (no widow).
pub fn may_break_after(i: usize, n: usize) -> bool {
    let last = i + 1 == n;
    last || (i + 1 >= 2 && n - (i + 1) >= 2)
}

/// Where a line starts in its paragraph's text: the place of its first box.
fn line_offset(items: &[Item], line: &Line) -> usize {
    items[line.start..line.end.max(line.start)]
        .iter()
        .find_map(|i| match i {
            Item::Box { at, .. } => Some(*at),
            _ => None,
        })
        .unwrap_or(0)
}

fn natural_width(line: &LineBox) -> f64 {
    line.runs.last().map_or(0.0, |r| {
        r.x + r.glyphs.iter().map(|g| g.advance).sum::<f64>()
    })
}

/// Places the glyphs of `items[line.start..line.end]` (plus a break hyphen), spreading the
/// glue by the line's ratio when justified; centred lines keep their natural spacing.
/// `after_hyphen`: the line above ended in a broken word, whose rest begins this one.
fn build_line(
    items: &[Item],
    line: &Line,
    align: Align,
    after_hyphen: bool,
    cx: &mut Context,
) -> LineBox {
    let (r, scale) = match align {
        // An overfull line is shrunk as far as it goes and sticks out; the caller reports it.
        Align::Justify => (line.glue_ratio.max(-1.0), 1.0 + line.expansion),
        // A centred line keeps its natural spacing and letters unless it must shrink.
        Align::Centre => (
            line.glue_ratio.clamp(-1.0, 0.0),
            1.0 + line.expansion.min(0.0),
        ),
    };
    let last = line.end.min(items.len());
    let mut pen = Pen {
        x: -line.hang_left,
        // With the hyphen of a broken word and the space `end_with_space` may add.
        glyphs_left: items[line.start..last]
            .iter()
            .map(glyph_count)
            .sum::<usize>()
            + 2,
    };
    let mut lb = LineBox {
        setting: Setting {
            ratio: line.ratio,
            expansion: scale - 1.0,
            hyphenated: line.hyphenated,
            short: align == Align::Justify && line.is_underfull(),
            hangs: (line.hang_left, line.hang_right),
            word_space: None,
        },
        // A glyph stands for a character or more: sized once, as the glyphs are (see `Pen`).
        text: String::with_capacity(pen.glyphs_left),
        ..LineBox::default()
    };
    let mut spaces = Spaces::default();
    let mut pending_space = None;
    let end_hyphen = match &items[line.end] {
        Item::Penalty {
            hyphen: Some(h), ..
        } if line.hyphenated => Some(h.clone()),
        _ => None,
    };
    // The rest of a word broken on the line above is read with the hyphen there, so it is
    // drawn here with no text of its own.
    let mut in_rest = after_hyphen;
    for item in &items[line.start..last] {
        match item {
            Item::Box {
                width, run: None, ..
            } => pen.x += width,
            Item::Box { run: Some(run), .. } => {
                in_rest &= is_word_text(run);
                let actual_text = if in_rest {
                    Some(Arc::from(""))
                } else {
                    mark_read_apart(run, pending_space.is_some() || lb.runs.is_empty())
                };
                place_run(
                    &mut lb,
                    run,
                    actual_text,
                    &mut pen,
                    pending_space.take(),
                    scale,
                    cx,
                );
            }
            Item::Glue {
                width,
                stretch,
                shrink,
            } => {
                in_rest = false;
                let w = width + if r >= 0.0 { r * stretch } else { r * shrink };
                // Stretch of the finishing glue is not spread into visible space.
                let w = if *stretch >= items::FILL { *width } else { w };
                spaces.add(w, *stretch);
                pending_space = Some(pending_space.unwrap_or(0.0) + w);
                lb.text.push(' ');
            }
            Item::Penalty { .. } => {}
        }
    }
    if let Some(hyphen) = end_hyphen {
        // The hyphen reads as the rest of its word, unless the word began on a line above
        // (a word broken twice), whose hyphen has read it already.
        let rest = if in_rest {
            String::new()
        } else {
            rest_of_word(items, line.end)
        };
        place_run(
            &mut lb,
            &hyphen,
            Some(rest.into()),
            &mut pen,
            None,
            scale,
            cx,
        );
    }
    lb.text.truncate(lb.text.trim_end().len());
    if align == Align::Justify {
        lb.setting.word_space = spaces.mean_in_ems(lb.runs.first().map_or(0.0, |run| run.size));
    }
    lb
}

/// The word spaces of a line, to measure how it was set.
#[derive(Default)]
struct Spaces {
    total: f64,
    count: usize,
    /// The line ends its paragraph: its spaces were not stretched to justify it.
    finishing: bool,
}

impl Spaces {
    fn add(&mut self, width: f64, stretch: f64) {
        if stretch >= items::FILL {
            self.finishing = true;
        } else if stretch > 0.0 {
            self.total += width;
            self.count += 1;
        }
    }

    fn mean_in_ems(&self, size: f64) -> Option<f64> {
        (!self.finishing && self.count > 0 && size > 0.0)
            .then(|| self.total / self.count as f64 / size)
    }
}

/// Whether a line ends between words: at a space, or at a forced break (a hard line break,
/// the paragraph's end), not inside a word broken at a hyphen or dash.
fn ends_between_words(items: &[Item], line: &Line) -> bool {
    match &items[line.end] {
        Item::Glue { .. } => true,
        Item::Penalty { cost, .. } => *cost <= -items::INFINITE_PENALTY,
        Item::Box { .. } => false,
    }
}

/// Ends a line with a space glyph of no width, so that its text reads as the manuscript's,
/// with a space before the next line's first word, and nothing moves.
fn end_with_space(lb: &mut LineBox, cx: &mut Context) {
    let Some(last) = lb.runs.last() else {
        return;
    };
    let (style, size) = (last.style, last.size);
    let Some(glyph) = space_glyph(style, size, 0.0, cx) else {
        return;
    };
    // The space goes with the words before it, in a link or a passage too: there the next
    // line's words go on in the same element, and a space outside it would be read after
    // them ("firstreport").
    match lb.runs.last_mut() {
        Some(last) if last.is_words() && last.rise == 0.0 => last.glyphs.push(glyph),
        _ => {
            let x = natural_width(lb);
            lb.runs.push(PlacedRun {
                x,
                rise: 0.0,
                style,
                size,
                scale: 1.0,
                glyphs: vec![glyph],
                link: None,
                label: false,
                actual_text: None,
                passage: None,
            });
        }
    }
}

/// A note mark right after a word reads with a space before it ("Tragedy, 6"), as its own
/// word: text extraction and search would otherwise glue it to the word ("Tragedy,6",
/// "195618") and "1956" would not be found. Nothing is drawn for the space; the mark's
/// `/ActualText` carries it (a zero-width space glyph is not enough: poppler puts spaces
/// between words by the gap it sees, and there is none).
fn mark_read_apart(run: &Run, after_space: bool) -> Option<Arc<str>> {
    (!after_space && matches!(run.link, Some(Link::ToNote(_))))
        .then(|| Arc::from(format!(" {}", run.text())))
}

/// Whether a run is part of a word's text (not a note mark, link or label, which a broken
/// word's hyphen does not read for them).
fn is_word_text(run: &Run) -> bool {
    run.link.is_none() && !run.label
}

/// The text of the word broken at the hyphenation penalty `items[penalty]` that goes on the
/// next line: its boxes up to the next space.
fn rest_of_word(items: &[Item], penalty: usize) -> String {
    let mut rest = String::new();
    for item in &items[penalty + 1..] {
        match item {
            Item::Box { run: Some(run), .. } if is_word_text(run) => rest.push_str(&run.text()),
            Item::Penalty { .. } => {}
            _ => break,
        }
    }
    rest
}

/// Where the next glyph of the line being built goes, and about how many glyphs the line has
/// left (a run's glyphs are allocated once for the rest of the line: grown word by word,
/// their reallocation was a twentieth of setting a long book).
struct Pen {
    x: f64,
    glyphs_left: usize,
}

/// The glyphs an item puts on a line: its own, or a space's.
fn glyph_count(item: &Item) -> usize {
    match item {
        Item::Box { run: Some(run), .. } => run.glyphs.len(),
        Item::Glue { .. } => 1,
        _ => 0,
    }
}

/// Appends a run's glyphs, widened by `scale`. A pending space is drawn as a space glyph,
/// widened, so that extracted text has real spaces; it goes with the plain text beside it
/// rather than with a link, label or broken word's rest.
fn place_run(
    lb: &mut LineBox,
    run: &Run,
    actual_text: Option<Arc<str>>,
    pen: &mut Pen,
    space: Option<f64>,
    scale: f64,
    cx: &mut Context,
) {
    let mut carried = None;
    if let Some(space) = space {
        let glyph = space_glyph(run.style, run.size, space, cx);
        match lb.runs.last_mut() {
            Some(last)
                if last.same_face(run)
                    && (last.is_plain() || last.takes(run, actual_text.as_ref())) =>
            {
                last.glyphs.extend(glyph);
            }
            // After a note mark, a change of face, a label or a link: the space begins the
            // next run, in its face, so the text still reads as two words.
            _ => carried = glyph,
        }
        pen.x += space;
    }
    let start = pen.x;
    let joins = carried.is_none()
        && lb
            .runs
            .last()
            .is_some_and(|last| last.takes(run, actual_text.as_ref()));
    if !joins {
        let space_before = carried.as_ref().map_or(0.0, |g| g.advance);
        let mut glyphs = Vec::with_capacity(pen.glyphs_left);
        glyphs.extend(carried);
        lb.runs.push(PlacedRun {
            x: start - space_before,
            rise: run.rise,
            style: run.style,
            size: run.size,
            scale,
            glyphs,
            link: run.link.clone(),
            label: run.label,
            actual_text,
            passage: run.passage.clone(),
        });
    }
    let target = lb.runs.last_mut().expect("pushed above");
    let glyphs = &run.shaped.glyphs[run.glyphs.clone()];
    pen.glyphs_left = pen.glyphs_left.saturating_sub(glyphs.len() + 1);
    target.glyphs.reserve(glyphs.len());
    for g in glyphs {
        if let Some(text) = &g.text {
            lb.text.push_str(text);
        }
        target.glyphs.push(PlacedGlyph {
            id: g.id,
            text: g.text.clone(),
            advance: g.advance * run.size * scale,
            default_advance: g.default_advance * run.size,
        });
        pen.x += g.advance * run.size * scale;
    }
    if let Some(link) = &run.link {
        lb.links.push(LinkBox {
            x0: start,
            x1: pen.x,
            rise: run.rise,
            size: run.size,
            link: link.clone(),
        });
    }
}

/// The space glyph of a face at `size`, widened to `width` points.
fn space_glyph(style: Style, size: f64, width: f64, cx: &mut Context) -> Option<PlacedGlyph> {
    let shaped = cx
        .shaper
        .shape(" ", style, Variant::Text, Span::generated(), cx.diags);
    let glyph = shaped.glyphs.first()?;
    Some(PlacedGlyph {
        id: glyph.id,
        text: glyph.text.clone(),
        advance: width,
        default_advance: glyph.default_advance * size,
    })
}

#[cfg(test)]
mod tests {
    use super::may_break_after;

    #[test]
    fn pages_break_neither_after_a_first_line_nor_before_a_last_one() {
        let allowed = |n: usize| (0..n).map(|i| may_break_after(i, n)).collect::<Vec<_>>();
        assert_eq!(allowed(1), [true]);
        assert_eq!(allowed(3), [false, false, true]);
        assert_eq!(allowed(5), [false, true, true, false, true]);
    }
}
