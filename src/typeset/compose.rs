//! Blocks to a vertical list of set lines (typesetting, stage 5): chooses the style, measure
//! and indent of each block, breaks its items into lines, turns each line into positioned
//! glyph runs, and marks where a page may break (widows, orphans, headings kept with text).

use std::sync::Arc;

use super::fonts::Style;
use super::items::{self, Context, Item, Link, ParStyle, Run};
use super::linebreak::{self, Line};
use super::shape::Variant;
use crate::diag::{Diagnostic, Span};
use crate::model::{Inline, Position};

/// One glyph placed on a line. Advances are in points; `advance` includes justification.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedGlyph {
    pub id: u16,
    pub text: Option<Arc<str>>,
    pub advance: f64,
    pub default_advance: f64,
}

/// Glyphs in one face and size, drawn from `x` on the line's baseline raised by `rise`.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedRun {
    pub x: f64,
    pub rise: f64,
    pub style: Style,
    pub size: f64,
    pub glyphs: Vec<PlacedGlyph>,
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

/// A set line, relative to its left edge and baseline.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LineBox {
    /// Offset of the line from the text block's left edge (indented or centred text).
    pub x: f64,
    pub runs: Vec<PlacedRun>,
    pub links: Vec<LinkBox>,
    /// The text of the line, for dumps and tests.
    pub text: String,
    pub ratio: f64,
}

/// An entry of the vertical list.
#[derive(Debug, Clone, PartialEq)]
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
}

/// How one block is set.
pub struct BlockStyle {
    pub par: ParStyle,
    pub measure: f64,
    pub left: f64,
    pub leading: f64,
    pub align: Align,
}

impl Setter<'_, '_, '_> {
    /// Sets inlines into lines with page-break permissions (no widows or orphans). `at` is
    /// where the inlines start in the document, from which each line's position is counted.
    pub fn set(
        &mut self,
        inlines: &[Inline],
        style: &BlockStyle,
        prefix: Option<(String, Option<Link>)>,
        at: Option<Position>,
    ) -> Vec<VLine> {
        let mut items = Vec::new();
        if let Some((label, link)) = prefix {
            self.push_label(&label, link, &style.par, &mut items);
        }
        let body = items::paragraph(inlines, &style.par, self.note_numbers, self.cx);
        if !items.is_empty()
            && body
                .first()
                .is_some_and(|i| matches!(i, Item::Box { run: None, .. }))
        {
            items.extend(body.into_iter().skip(1));
        } else {
            items.extend(body);
        }
        let lines = linebreak::knuth_plass(&items, style.measure);
        let n = lines.len();
        lines
            .iter()
            .enumerate()
            .map(|(i, line)| {
                if line.is_overfull() {
                    self.report_overfull(&items, line, style.measure);
                }
                let mut lb = build_line(&items, line, style.align, self.cx);
                lb.x += style.left
                    + match style.align {
                        Align::Justify => 0.0,
                        Align::Centre => ((style.measure - natural_width(&lb)) / 2.0).max(0.0),
                    };
                let position = at.map(|at| Position {
                    offset: at.offset + line_offset(&items, line),
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
                    break_after: may_break_after(i, n),
                    heading: None,
                    note_start: None,
                    position,
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
fn build_line(items: &[Item], line: &Line, align: Align, cx: &mut Context) -> LineBox {
    let r = match align {
        // An overfull line is shrunk as far as it goes and sticks out; the caller reports it.
        Align::Justify => line.ratio.max(-1.0),
        Align::Centre => line.ratio.clamp(-1.0, 0.0),
    };
    let mut lb = LineBox {
        ratio: line.ratio,
        ..LineBox::default()
    };
    let mut x = 0.0;
    let mut pending_space = None;
    let end_hyphen = match &items[line.end] {
        Item::Penalty {
            hyphen: Some(h), ..
        } if line.hyphenated => Some(h.clone()),
        _ => None,
    };
    let last = line.end.min(items.len());
    for item in &items[line.start..last] {
        match item {
            Item::Box {
                width, run: None, ..
            } => x += width,
            Item::Box { run: Some(run), .. } => {
                place_run(&mut lb, run, &mut x, pending_space.take(), cx);
            }
            Item::Glue {
                width,
                stretch,
                shrink,
            } => {
                let w = width + if r >= 0.0 { r * stretch } else { r * shrink };
                // Stretch of the finishing glue is not spread into visible space.
                let w = if *stretch >= items::FILL { *width } else { w };
                pending_space = Some(pending_space.unwrap_or(0.0) + w);
                lb.text.push(' ');
            }
            Item::Penalty { .. } => {}
        }
    }
    if let Some(hyphen) = end_hyphen {
        place_run(&mut lb, &hyphen, &mut x, None, cx);
    }
    lb.text.truncate(lb.text.trim_end().len());
    lb
}

/// Appends a run's glyphs; a pending space is drawn as the face's space glyph, widened, so
/// that extracted text has real spaces.
fn place_run(lb: &mut LineBox, run: &Run, x: &mut f64, space: Option<f64>, cx: &mut Context) {
    let same_face = lb.runs.last().is_some_and(|last| {
        last.style == run.style && last.size == run.size && last.rise == run.rise
    });
    if let Some(space) = space {
        if same_face {
            let glyph = cx
                .shaper
                .shape(" ", run.style, Variant::Text, Span::generated(), cx.diags)
                .glyphs
                .first()
                .cloned();
            if let (Some(g), Some(last)) = (glyph, lb.runs.last_mut()) {
                last.glyphs.push(PlacedGlyph {
                    id: g.id,
                    text: g.text.clone(),
                    advance: space,
                    default_advance: g.default_advance * run.size,
                });
            }
        }
        *x += space;
    }
    if !same_face {
        lb.runs.push(PlacedRun {
            x: *x,
            rise: run.rise,
            style: run.style,
            size: run.size,
            glyphs: Vec::new(),
        });
    }
    let start = *x;
    let target = lb.runs.last_mut().expect("pushed above");
    let glyphs = &run.shaped.glyphs[run.glyphs.clone()];
    target.glyphs.reserve(glyphs.len());
    for g in glyphs {
        if let Some(text) = &g.text {
            lb.text.push_str(text);
        }
        target.glyphs.push(PlacedGlyph {
            id: g.id,
            text: g.text.clone(),
            advance: g.advance * run.size,
            default_advance: g.default_advance * run.size,
        });
        *x += g.advance * run.size;
    }
    if let Some(link) = &run.link {
        lb.links.push(LinkBox {
            x0: start,
            x1: *x,
            rise: run.rise,
            size: run.size,
            link: link.clone(),
        });
    }
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
