//! The print typesetting engine (stage 6, PDF side). It turns the book into pages of positioned
//! glyphs in four steps, as typst's layout does: the page geometry (`geometry`), the galley
//! (`galley`: shaping, items, Knuth–Plass line breaking, composition of blocks), pagination
//! with footnotes (`paginate`), and page dressing (`dress`: running heads, folios, the note
//! rule). `export::pdf` only draws the result.

pub mod compose;
mod dress;
pub mod fonts;
mod galley;
pub mod geometry;
pub mod hyphenate;
pub mod items;
pub mod linebreak;
pub mod paginate;
mod protrusion;
pub mod shape;
pub mod words;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

pub use compose::{LineTag, Setting, TitlePart};
use compose::{Metrics, PlacedRun, Setter};
use fonts::FontSet;
use geometry::PageGeometry;
use hyphenate::Hyphenator;
use items::{Context, Link};
use shape::Shaper;
use words::KnownWords;

use crate::book::Book;
use crate::config::{Edition, PageSize};
use crate::diag::{Diagnostic, Diagnostics};
use crate::model::{Flow, Position};

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
    /// What the run's line is part of.
    pub tag: LineTag,
}

/// A link area in page coordinates.
#[derive(Debug, Clone, PartialEq)]
pub struct PageLink {
    pub rect: [f64; 4],
    pub link: Link,
    /// What the link's line is part of.
    pub tag: LineTag,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub runs: Vec<PageRun>,
    pub links: Vec<PageLink>,
    /// Horizontal rules: (x0, x1, y, thickness). All are page furniture (the note rule).
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

/// What is kept of each set line to dump it and judge how it was set.
#[derive(Debug, Clone, PartialEq)]
pub struct SetLine {
    pub text: String,
    /// The page it is on (from 0), and whether it is a note's line at the foot of the page.
    pub page: usize,
    pub in_notes: bool,
    pub setting: Setting,
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
    /// Every set line, in order, for dumps and measuring the typography.
    pub lines: Vec<SetLine>,
    /// Where each page starts in the document: its first body line, or its first note line
    /// on a page of notes only. `None` only for a page with nothing from the document.
    pub page_starts: Vec<Option<Position>>,
}

impl Layout {
    /// How the footnotes fell on the pages: for each note (by index), the pages it is on and
    /// how many of its lines each holds, to judge how notes were split.
    pub fn note_pieces(&self) -> BTreeMap<usize, BTreeMap<usize, usize>> {
        // Each note's lines on each page, told apart by their baselines (to 0.1 pt).
        let mut baselines: BTreeMap<usize, BTreeMap<usize, BTreeSet<i64>>> = BTreeMap::new();
        for (index, page) in self.pages.iter().enumerate() {
            for run in &page.runs {
                if let LineTag::Leaf {
                    flow: Flow::Note(note),
                    ..
                } = run.tag
                {
                    let lines = baselines.entry(note).or_default().entry(index).or_default();
                    lines.insert((run.y * 10.0).round() as i64);
                }
            }
        }
        baselines
            .into_iter()
            .map(|(note, pages)| {
                let counts = pages.into_iter().map(|(page, l)| (page, l.len())).collect();
                (note, counts)
            })
            .collect()
    }
}

/// Typesets the document. Problems (missing glyphs, overfull lines) go to `diags`.
pub fn typeset(
    book: &Book,
    edition: &Edition,
    fonts: &FontSet,
    settings: &Settings,
    diags: &mut Diagnostics,
) -> Layout {
    let known = Arc::new(KnownWords::default());
    typeset_knowing(book, edition, fonts, settings, &known, diags).0
}

/// [`typeset`], taking the words in `known` as shaped and hyphenated already (an earlier
/// build's); with the layout, every word this build used, for the next one, when it shaped or
/// hyphenated any anew (else nothing: `known` has them all).
pub fn typeset_knowing(
    book: &Book,
    edition: &Edition,
    fonts: &FontSet,
    settings: &Settings,
    known: &Arc<KnownWords>,
    diags: &mut Diagnostics,
) -> (Layout, KnownWords) {
    let Some(mut shaper) = Shaper::new(fonts) else {
        diags.push(Diagnostic::error(
            "T004",
            "the edition's fonts could not be parsed for shaping",
        ));
        return (Layout::default(), KnownWords::default());
    };
    shaper.learn(known);
    let mut hyphenator = Hyphenator::for_language(&edition.language);
    if let Some(hyphenator) = &mut hyphenator {
        hyphenator.learn(known);
    }
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
    let geometry = PageGeometry::new(settings);
    let metrics = Metrics::new(geometry.size, geometry.measure);

    let note_numbers = |n: usize| book.body.notes.get(n).map(|note| note.number);
    let mut cx = Context {
        shaper: &mut shaper,
        hyphenator: hyphenator.as_ref(),
        protected: &protected,
        diags,
    };
    let mut setter = Setter::new(&mut cx, &note_numbers);
    let job = galley::Job {
        book,
        edition,
        fonts,
        metrics: &metrics,
        protected: &protected,
        known,
    };
    // Stage 2: the body and the notes set into lines (stage 1, the shaper, is above).
    let galley::Galley {
        body: list,
        notes: note_sets,
        their_words,
    } = galley::set(&mut setter, &job);

    // Stage 3: the galley made up into pages, each note on the page of its reference.
    let outs = paginate::paginate(
        list,
        note_sets,
        &paginate::Frame {
            height: geometry.block_height,
            top_skip: geometry.size,
            leading: metrics.leading,
            note_skip: metrics.leading,
            max_carried: geometry.block_height / 2.0,
        },
    );
    // Stage 4: the pages dressed with running heads, folios and note rules.
    let layout = dress::dress(outs, &geometry, &metrics, &book.title_page, &mut setter);
    let fresh = shaper.fresh() + hyphenator.as_ref().map_or(0, Hyphenator::fresh);
    if fresh + their_words.fresh == 0 {
        return (layout, KnownWords::default());
    }
    let mut words = shaper.known_words();
    words.add(their_words);
    if let Some(hyphenator) = &hyphenator {
        words.add(hyphenator.known_words());
    }
    (layout, words)
}

/// The line-break dump of a layout: `n| text| r=+0.21` per line, and the glyphs' expansion
/// where they have one (`e=+1.25%`), for golden tests.
pub fn line_dump(lines: &[SetLine]) -> String {
    let mut out = String::new();
    for (n, line) in lines.iter().enumerate() {
        let text = line.text.replace(shape::BREAK_HYPHEN_TEXT, "-");
        let setting = line.setting;
        out.push_str(&format!("{}| {}| r={:+.2}", n + 1, text, setting.ratio));
        if setting.expansion != 0.0 {
            out.push_str(&format!(" e={:+.2}%", setting.expansion * 100.0));
        }
        out.push('\n');
    }
    out
}
