//! The print typesetting engine (stage 5, PDF side): fonts and shaping, hyphenation, items,
//! Knuth–Plass line breaking, composition of blocks and pagination with footnotes. It turns
//! the document into pages of positioned glyphs; `export::pdf` only draws them.

pub mod compose;
pub mod fonts;
mod galley;
pub mod hyphenate;
pub mod items;
pub mod linebreak;
pub mod paginate;
pub mod shape;

use std::collections::BTreeMap;

use compose::{Align, BlockStyle, LinkBox, Metrics, PlacedRun, Setter, VLine};
use fonts::{FontSet, Style};
use hyphenate::Hyphenator;
use items::{Context, Link, ParStyle};
use shape::{Shaper, Variant};

use crate::book::Book;
use crate::config::{Edition, PageSize};
use crate::diag::{Diagnostic, Diagnostics, Span};
use crate::model::{Inline, Position};

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
    book: &Book,
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
    let protected = galley::protected_words(book);
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

    let note_numbers = |n: usize| book.body.notes.get(n).map(|note| note.number);
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
    let job = galley::Job {
        book,
        edition,
        fonts,
        metrics: &metrics,
        protected: &protected,
    };
    let galley::Galley {
        body: list,
        notes: mut note_sets,
    } = galley::set(&mut setter, &job);

    let geometry = paginate::Geometry {
        height: block_height,
        top_skip: size,
        note_skip: metrics.leading,
        max_carried: block_height / 2.0,
    };
    let outs = paginate::paginate(
        list,
        &mut |n| note_sets.remove(&n).unwrap_or_default(),
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
        for (y, mut line) in out.body.into_iter().chain(out.notes) {
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
            layout
                .lines
                .push((std::mem::take(&mut line.line.text), line.line.ratio));
            place_line(&mut page, left, baseline, line);
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
            place_line(&mut page, left, block_top + metrics.leading * 1.5, line);
        }
        let folio = furniture(&mut setter, &metrics, &number.to_string(), Variant::Lining);
        place_line(
            &mut page,
            left,
            height - top - block_height - metrics.leading * 2.0,
            folio,
        );
        layout.pages.push(page);
    }
    layout
}

/// Draws a set line with its baseline at `baseline` and its block's left edge at `left`.
fn place_line(page: &mut Page, left: f64, baseline: f64, line: VLine) {
    let x0 = left + line.line.x;
    for run in line.line.runs {
        page.runs.push(PageRun {
            x: x0 + run.x,
            y: baseline + run.rise,
            run,
        });
    }
    for LinkBox {
        x0: a,
        x1: b,
        rise,
        size,
        link,
    } in line.line.links
    {
        page.links.push(PageLink {
            rect: [
                x0 + a,
                baseline + rise - size * 0.25,
                x0 + b,
                baseline + rise + size * 0.8,
            ],
            link,
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

/// The line-break dump of a layout: `n| text| r=+0.21` per line, for golden tests.
pub fn line_dump(lines: &[(String, f64)]) -> String {
    let mut out = String::new();
    for (n, (text, ratio)) in lines.iter().enumerate() {
        let text = text.replace(shape::BREAK_HYPHEN_TEXT, "-");
        out.push_str(&format!("{}| {}| r={:+.2}\n", n + 1, text, ratio));
    }
    out
}
