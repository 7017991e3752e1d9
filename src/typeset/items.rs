//! Inlines to boxes, glue and penalties (typesetting, stage 5), the input of line breaking:
//! words are shaped once and split at hyphenation points into boxes joined by flagged
//! penalties; spaces become stretchable glue; note marks become small raised boxes.
//!
//! Names are protected from hyphenation by a caller-supplied word list: the model has no
//! name markup yet, so `compose` passes the capitalised words that contain a letter outside
//! ASCII (Hungarian names such as "Gerő"), which an English hyphenation dictionary would
//! split by English rules. The words of a passage marked as another language
//! (`[…]{lang=hu}`) are hyphenated by that language's patterns instead, or not at all.

use std::collections::BTreeSet;
use std::rc::Rc;
use std::sync::Arc;

use super::fonts::Style;
use super::hyphenate::Hyphenator;
use super::shape::{Shaped, Shaper, Variant};
use crate::diag::{Diagnostics, Span};
use crate::model::{Inline, InlineKind};

/// Penalty of a break at a hyphenation point: twice TeX's `\hyphenpenalty` of 50. At 5000
/// (before font expansion) a hyphen was taken only where nothing else fitted, which kept
/// broken words few but left the loose lines loose. With expansion giving each line more
/// room, 100 lets a hyphen buy a visibly better line: on this edition 11.5 % of body lines
/// hyphenated, word spaces p95 0.292 em (at 5000: 6.2 % and 0.308; at 50: 13.7 %, 0.291, and
/// three words broken over a page turn instead of one). Measured with
/// `examples/typeset-report.rs`.
pub const HYPHEN_PENALTY: f64 = 100.0;
/// Penalty of a break after an explicit hyphen or dash (TeX's `\exhyphenpenalty` = 50).
pub const EXPLICIT_BREAK_PENALTY: f64 = 50.0;
/// A penalty at or above this forbids a break; at or below its negation forces one (TeX).
pub const INFINITE_PENALTY: f64 = 10_000.0;
/// Stretch of the glue that fills a paragraph's last line: large enough that the last line
/// never counts as loose (TeX's `\parfillskip` is `0pt plus 1fil`).
pub const FILL: f64 = 1.0e7;

/// Where a piece of text links to.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Link {
    /// A note reference mark, linking to the note (index into `Document::notes`).
    ToNote(usize),
    /// A note's number, linking back to its reference mark.
    ToMark(usize),
    /// A web address; `nth` numbers the links of the paragraph, so that two links to one
    /// address stay two links (each its own `Link` element in the tagged PDF).
    Uri { url: Arc<str>, nth: usize },
}

/// A passage in another language than the book's (`InlineKind::Language`): its BCP 47 tag,
/// by whose patterns its words are hyphenated, and its number among the passages of its
/// paragraph, so that two passages stay two (each its own `Span` in the tagged PDF). The rest
/// of a passage after a link, note mark or passage inside it is numbered anew, so the parts
/// stay in reading order.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Passage {
    pub lang: Arc<str>,
    pub nth: usize,
}

/// A slice of a shaped word drawn in one face and size.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub style: Style,
    pub size: f64,
    /// Baseline shift upwards in points (note marks).
    pub rise: f64,
    pub shaped: Rc<Shaped>,
    /// Glyph index range in `shaped`.
    pub glyphs: std::ops::Range<usize>,
    pub link: Option<Link>,
    /// A list item's or note's number, set before its text (a `Lbl` in the tagged PDF).
    pub label: bool,
    /// The passage in another language the glyphs are part of.
    pub passage: Option<Passage>,
}

impl Run {
    pub fn width(&self) -> f64 {
        self.shaped.glyphs[self.glyphs.clone()]
            .iter()
            .map(|g| g.advance)
            .sum::<f64>()
            * self.size
    }

    /// The text the glyphs stand for.
    pub fn text(&self) -> String {
        self.shaped.glyphs[self.glyphs.clone()]
            .iter()
            .filter_map(|g| g.text.as_deref())
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// Something drawn (or an empty indent when `run` is `None`). `at` is where it starts in
    /// the paragraph's plain text, in characters (see `model::Position`).
    Box {
        width: f64,
        run: Option<Run>,
        span: Span,
        at: usize,
    },
    Glue {
        width: f64,
        stretch: f64,
        shrink: f64,
    },
    /// A possible break. `hyphen` is drawn at the line end when the break is taken at a
    /// hyphenation point; `flagged` marks breaks that end a line with a hyphen.
    Penalty {
        width: f64,
        cost: f64,
        flagged: bool,
        hyphen: Option<Run>,
    },
}

impl Item {
    pub fn width(&self) -> f64 {
        match self {
            Item::Box { width, .. } | Item::Glue { width, .. } | Item::Penalty { width, .. } => {
                *width
            }
        }
    }
}

/// The style a paragraph is set in and what it may do.
#[derive(Debug, Clone)]
pub struct ParStyle {
    pub style: Style,
    pub variant: Variant,
    pub size: f64,
    /// First-line indent in points (0 for none).
    pub indent: f64,
    pub hyphenate: bool,
    /// The language the paragraph is in when it is not the book's (a `::: {lang=de}` div's),
    /// whose patterns hyphenate it.
    pub lang: Option<Arc<str>>,
}

/// Everything item building needs beyond the inlines.
pub struct Context<'a, 'f> {
    pub shaper: &'a mut Shaper<'f>,
    pub hyphenator: Option<&'a Hyphenator>,
    /// Words never hyphenated (see the module comment).
    pub protected: &'a BTreeSet<String>,
    pub diags: &'a mut Diagnostics,
}

/// A run of text in one face before it is cut into words.
struct Piece {
    text: String,
    style: Style,
    variant: Variant,
    size: f64,
    rise: f64,
    span: Span,
    link: Option<Link>,
    passage: Option<Passage>,
    /// Marks are never hyphenated or joined to words for hyphenation.
    mark: bool,
    /// Character offset of the piece in the paragraph's plain text.
    offset: usize,
}

/// Appends the items of one paragraph to `items`, ending with the standard finishing glue and
/// forced break.
pub fn paragraph(
    inlines: &[Inline],
    par: &ParStyle,
    note_numbers: &dyn Fn(usize) -> Option<usize>,
    cx: &mut Context,
    items: &mut Vec<Item>,
) {
    let mut pieces = Pieces::default();
    let around = Around {
        style: par.style,
        variant: par.variant,
        link: None,
        passage: None,
    };
    flatten(inlines, par, &around, note_numbers, &mut pieces);
    let pieces = pieces.pieces;
    items.reserve(pieces.len() * 4);
    // A label set before the paragraph (a list item's number) takes the indent's place.
    if par.indent > 0.0 && items.is_empty() {
        items.push(Item::Box {
            width: par.indent,
            run: None,
            span: Span::generated(),
            at: 0,
        });
    }
    for piece in &pieces {
        if piece.text == "\n" && piece.mark {
            // A hard line break: fill the line, then force the break.
            items.push(fill_glue());
            items.push(forced_break());
            continue;
        }
        push_piece(piece, par, cx, items);
    }
    // Trailing glue would only be discarded at the break.
    while matches!(items.last(), Some(Item::Glue { .. })) {
        items.pop();
    }
    items.push(Item::Penalty {
        width: 0.0,
        cost: INFINITE_PENALTY,
        flagged: false,
        hyphen: None,
    });
    items.push(fill_glue());
    items.push(forced_break());
}

fn fill_glue() -> Item {
    Item::Glue {
        width: 0.0,
        stretch: FILL,
        shrink: 0.0,
    }
}

fn forced_break() -> Item {
    Item::Penalty {
        width: 0.0,
        cost: -INFINITE_PENALTY,
        flagged: false,
        hyphen: None,
    }
}

/// What inlines take from those they are nested in.
#[derive(Clone)]
struct Around {
    style: Style,
    variant: Variant,
    link: Option<Link>,
    passage: Option<Passage>,
}

impl Around {
    /// What the content of the container inline `kind` is set in, numbering a link or a
    /// passage it starts.
    fn inside(&self, kind: &InlineKind, out: &mut Pieces) -> Around {
        let mut inner = self.clone();
        match kind {
            InlineKind::Emphasis(_) => inner.style = self.style.emphasised(),
            InlineKind::Strong(_) => inner.style = self.style.strong(),
            InlineKind::SmallCaps(_) => inner.variant = Variant::SmallCaps,
            InlineKind::Language { lang, .. } => {
                inner.passage = Some(Passage {
                    lang: Arc::from(lang.as_str()),
                    nth: out.next_passage(),
                })
            }
            InlineKind::Link { url, .. } => {
                inner.link = Some(Link::Uri {
                    url: Arc::from(url.as_str()),
                    nth: out.next_link(),
                })
            }
            _ => {}
        }
        inner
    }
}

/// The pieces of a paragraph being flattened, and its counts so far.
#[derive(Default)]
struct Pieces {
    pieces: Vec<Piece>,
    /// Characters of plain text, as `model::plain_text` counts them (breaks are one space,
    /// note marks none).
    offset: usize,
    links: usize,
    passages: usize,
    marks: usize,
}

impl Pieces {
    /// Links, passages and note marks started so far: each is an element of its own in the
    /// tagged PDF, which a passage around it must not be filed across.
    fn elements(&self) -> usize {
        self.links + self.passages + self.marks
    }

    fn next_link(&mut self) -> usize {
        self.links += 1;
        self.links - 1
    }

    fn next_passage(&mut self) -> usize {
        self.passages += 1;
        self.passages - 1
    }
}

/// Flattens inlines into pieces, each with the face, link and passage it is set in.
fn flatten(
    inlines: &[Inline],
    par: &ParStyle,
    around: &Around,
    note_numbers: &dyn Fn(usize) -> Option<usize>,
    out: &mut Pieces,
) {
    let mut around = around.clone();
    for inline in inlines {
        let at = out.offset;
        let elements_before = out.elements();
        let text_piece = |text: &str, around: &Around| Piece {
            text: text.to_string(),
            style: around.style,
            variant: around.variant,
            size: par.size,
            rise: 0.0,
            span: inline.span,
            link: around.link.clone(),
            passage: around.passage.clone(),
            mark: false,
            offset: at,
        };
        match &inline.kind {
            InlineKind::Text(t) | InlineKind::Code(t) => {
                out.pieces.push(text_piece(t, &around));
                out.offset += t.chars().count();
            }
            InlineKind::SoftBreak => {
                out.pieces.push(text_piece(" ", &around));
                out.offset += 1;
            }
            InlineKind::HardBreak => {
                out.pieces.push(Piece {
                    mark: true,
                    ..text_piece("\n", &around)
                });
                out.offset += 1;
            }
            InlineKind::Emphasis(content)
            | InlineKind::Strong(content)
            | InlineKind::SmallCaps(content)
            | InlineKind::Language { content, .. }
            | InlineKind::Link { content, .. }
            | InlineKind::Anchored { content, .. } => {
                let inner = around.inside(&inline.kind, out);
                flatten(content, par, &inner, note_numbers, out);
            }
            InlineKind::NoteRef { note } => {
                let Some(number) = note_numbers(*note) else {
                    continue;
                };
                out.marks += 1;
                out.pieces.push(Piece {
                    text: number.to_string(),
                    style: Style::Regular,
                    variant: Variant::Lining,
                    // Marks at 60 % of the text size raised by a third of it: the proportions
                    // of a font's own superior figures, which Vollkorn lacks.
                    size: par.size * 0.6,
                    rise: par.size * 0.36,
                    span: inline.span,
                    link: Some(Link::ToNote(*note)),
                    passage: None,
                    mark: true,
                    offset: at,
                });
            }
        }
        // A link, mark or passage inside this passage has ended: what follows is a new stretch
        // of this one, so that its parts stay in reading order.
        if out.elements() != elements_before {
            if let Some(passage) = &mut around.passage {
                passage.nth = out.next_passage();
            }
        }
    }
}

/// Appends the items of one piece: words (boxes and inner breaks) and spaces (glue).
fn push_piece(piece: &Piece, par: &ParStyle, cx: &mut Context, items: &mut Vec<Item>) {
    if piece.mark {
        let shaped = cx.shaper.shape(
            &piece.text,
            piece.style,
            piece.variant,
            piece.span,
            cx.diags,
        );
        push_box(
            items,
            piece,
            shaped.clone(),
            0..shaped.glyphs.len(),
            piece.offset,
        );
        return;
    }
    let mut rest = piece.text.as_str();
    let mut at = piece.offset;
    while !rest.is_empty() {
        let space_len = rest.len() - rest.trim_start().len();
        if space_len > 0 {
            push_space(piece, cx, items);
            at += rest[..space_len].chars().count();
            rest = &rest[space_len..];
            continue;
        }
        let word_len = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = &rest[..word_len];
        if word.contains('\u{AD}') {
            // Soft hyphens in the source are invisible; the hyphenator finds the breaks.
            let clean = word.replace('\u{AD}', "");
            push_word(&clean, (word, at), piece, par, cx, items);
        } else {
            push_word(word, (word, at), piece, par, cx, items);
        }
        at += word.chars().count();
        rest = &rest[word_len..];
    }
}

fn push_space(piece: &Piece, cx: &mut Context, items: &mut Vec<Item>) {
    if matches!(items.last(), Some(Item::Glue { .. })) || items.is_empty() {
        return; // Runs of spaces are one space; a paragraph does not start with one.
    }
    let space = cx
        .shaper
        .shape(" ", piece.style, Variant::Text, piece.span, cx.diags)
        .width
        * piece.size;
    // Stretch 1/2 and shrink 1/3 of the space: the ratios of Computer Modern's interword
    // glue (3.33pt plus 1.67pt minus 1.11pt), which TeX and Typst both keep.
    items.push(Item::Glue {
        width: space,
        stretch: space / 2.0,
        shrink: space / 3.0,
    });
}

/// Appends one word. `source` is the word as written (perhaps with soft hyphens) and the
/// character offset where it starts, so each box knows its place in the text.
fn push_word(
    word: &str,
    source: (&str, usize),
    piece: &Piece,
    par: &ParStyle,
    cx: &mut Context,
    items: &mut Vec<Item>,
) {
    let mut offsets = SourceOffsets::new(word, source);
    let shaped = cx
        .shaper
        .shape(word, piece.style, piece.variant, piece.span, cx.diags);
    // Break opportunities: after explicit hyphens and dashes, and at hyphenation points.
    let mut breaks: Vec<(usize, bool)> = Vec::new();
    let mut prev = None;
    // Where the word's last letter or digit starts: found once, since asking at every
    // character whether one follows took quadratic time on a long word of punctuation.
    let last_alphanumeric = word.rfind(char::is_alphanumeric);
    for (i, c) in word.char_indices() {
        let end = i + c.len_utf8();
        let letter_before = prev.is_some_and(char::is_alphanumeric);
        let more_after = last_alphanumeric.is_some_and(|last| last >= end);
        // A range of numbers ("1945–56", "pp. 12–14") reads as one figure and is not
        // broken at its dash, as Chicago (6.78) and Hart's Rules keep it.
        let number_range = c == '–'
            && prev.is_some_and(|p| p.is_ascii_digit())
            && word[end..].starts_with(|n: char| n.is_ascii_digit());
        if letter_before && more_after && !number_range && matches!(c, '-' | '\u{2010}' | '–' | '—')
        {
            breaks.push((end, false));
        }
        prev = Some(c);
    }
    // Names are protected from the book's patterns; a passage's words have their own.
    let lang = piece
        .passage
        .as_ref()
        .map(|p| &*p.lang)
        .or(par.lang.as_deref());
    if par.hyphenate && (lang.is_some() || !is_protected(word, cx.protected)) {
        if let Some(hyphenator) = cx.hyphenator {
            // Hyphenate each part between explicit hyphens on its own ("self-emancipation").
            let mut start = 0;
            let mut parts = Vec::with_capacity(breaks.len() + 1);
            for &(b, _) in &breaks {
                parts.push((start, b));
                start = b;
            }
            parts.push((start, word.len()));
            for (from, to) in parts {
                for b in hyphenator.breaks_in(&word[from..to], lang) {
                    breaks.push((from + b, true));
                }
            }
        }
    }
    breaks.sort_unstable();
    // A word of a megabyte has tens of thousands of breaks: looking each one up among all
    // the glyphs took quadratic time (minutes), so the cluster starts are sorted once and
    // each glyph search goes on from where the last one ended (breaks are sorted).
    let mut clusters: Vec<usize> = shaped.glyphs.iter().map(|g| g.cluster).collect();
    clusters.sort_unstable();
    breaks.retain(|&(b, _)| clusters.binary_search(&b).is_ok());

    let mut glyph_start = 0;
    for &(byte, hyphenation) in &breaks {
        let glyph_end = shaped.glyphs[glyph_start..]
            .iter()
            .position(|g| g.cluster >= byte)
            .map_or(shaped.glyphs.len(), |i| glyph_start + i);
        let start = shaped.glyphs.get(glyph_start).map_or(0, |g| g.cluster);
        push_box(
            items,
            piece,
            shaped.clone(),
            glyph_start..glyph_end,
            offsets.at(start),
        );
        glyph_start = glyph_end;
        if hyphenation {
            let hyphen = cx.shaper.break_hyphen(piece.style);
            let run = Run {
                style: piece.style,
                size: piece.size,
                rise: 0.0,
                glyphs: 0..hyphen.glyphs.len(),
                shaped: hyphen.clone(),
                link: None,
                label: false,
                passage: piece.passage.clone(),
            };
            items.push(Item::Penalty {
                width: run.width(),
                cost: HYPHEN_PENALTY,
                flagged: true,
                hyphen: Some(run),
            });
        } else {
            let flagged = word[..byte].ends_with(['-', '\u{2010}']);
            items.push(Item::Penalty {
                width: 0.0,
                cost: EXPLICIT_BREAK_PENALTY,
                flagged,
                hyphen: None,
            });
        }
    }
    let start = shaped.glyphs.get(glyph_start).map_or(0, |g| g.cluster);
    push_box(
        items,
        piece,
        shaped.clone(),
        glyph_start..shaped.glyphs.len(),
        offsets.at(start),
    );
}

/// The character offset in the source text of byte offsets of a word, which may have lost
/// soft hyphens the source has. Each answer goes on from the last, so a word whose breaks are
/// asked for in increasing order is mapped in one pass (counting from its start every time
/// took quadratic time); an earlier offset (right-to-left glyph order) counts again from the
/// start.
struct SourceOffsets<'a> {
    word: &'a str,
    text: &'a str,
    source: std::iter::Peekable<std::str::Chars<'a>>,
    base: usize,
    /// The word's bytes and characters counted so far.
    word_byte: usize,
    wanted: usize,
    /// Source characters consumed, and how many of them were not soft hyphens.
    offset: usize,
    kept: usize,
}

impl<'a> SourceOffsets<'a> {
    fn new(word: &'a str, (text, base): (&'a str, usize)) -> Self {
        SourceOffsets {
            word,
            text,
            source: text.chars().peekable(),
            base,
            word_byte: 0,
            wanted: 0,
            offset: 0,
            kept: 0,
        }
    }

    /// The source offset of byte `byte` of the word.
    fn at(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.word.len());
        if byte < self.word_byte {
            *self = SourceOffsets::new(self.word, (self.text, self.base));
        }
        self.wanted += self.word[self.word_byte..byte].chars().count();
        self.word_byte = byte;
        while let Some(&c) = self.source.peek() {
            if self.kept == self.wanted && c != '\u{AD}' {
                break;
            }
            self.source.next();
            self.offset += 1;
            if c != '\u{AD}' {
                self.kept += 1;
            }
        }
        self.base + self.offset
    }
}

fn is_protected(word: &str, protected: &BTreeSet<String>) -> bool {
    !protected.is_empty() && protected.contains(word.trim_matches(|c: char| !c.is_alphanumeric()))
}

fn push_box(
    items: &mut Vec<Item>,
    piece: &Piece,
    shaped: Rc<Shaped>,
    glyphs: std::ops::Range<usize>,
    at: usize,
) {
    if glyphs.is_empty() {
        return;
    }
    let run = Run {
        style: piece.style,
        size: piece.size,
        rise: piece.rise,
        shaped,
        glyphs,
        link: piece.link.clone(),
        label: false,
        passage: piece.passage.clone(),
    };
    items.push(Item::Box {
        width: run.width(),
        run: Some(run),
        span: piece.span,
        at,
    });
}
