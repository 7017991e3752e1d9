//! Shaping (typesetting, stage 5): words to positioned glyphs with harfrust, applying kerning,
//! standard ligatures, old-style figures and real small caps. Shaping is the hot path of the
//! engine, so each distinct word is shaped once per face and variant and then shared.

use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;
use std::sync::Arc;

use harfrust::{Buffer, Direction, Feature, Script, ShapeOptions, ShapePlan, ShaperFont, Tag};
use rustc_hash::FxHashMap;

use super::words::KnownWords;

use super::fonts::{self, FontSet, Style};
use crate::diag::{Diagnostics, Span};
use crate::font_face::{FontFace, Pen};

/// What a line-end hyphen extracts as. Poppler's `pdftotext` (22.12) joins a line ending in
/// U+002D to the next one and drops the hyphen, so a broken word extracts whole; it keeps
/// U+00AD (what Typst writes) and U+2010 (printpdf's guess) and gives "coun\u{AD}\nter".
/// The glyph is still a distinct one (see `break_hyphen`), so the mapping stays one-to-one.
pub const BREAK_HYPHEN_TEXT: &str = "-";
/// Cache key of the break hyphen: text no word can contain (a lone soft hyphen is dropped
/// from words before shaping).
const BREAK_HYPHEN_KEY: &str = "\u{AD}\u{AD}";

/// How a run's letters are drawn beyond its face.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Variant {
    /// Running text: old-style figures, which sit with lower-case letters.
    Text,
    /// Real small capitals from the font (`smcp`), not scaled capitals.
    SmallCaps,
    /// Lining figures, for note marks and numbers that stand alone (folios, headings).
    Lining,
}

impl Variant {
    const COUNT: usize = 3;

    fn features(self) -> Vec<Feature> {
        // harfrust applies `kern`, `liga`, `clig` and the other default features itself.
        let tags: &[&[u8; 4]] = match self {
            Variant::Text => &[b"onum", b"pnum"],
            Variant::SmallCaps => &[b"smcp", b"onum", b"pnum"],
            Variant::Lining => &[b"lnum", b"pnum"],
        };
        tags.iter()
            .map(|t| Feature::new(Tag::new(t), 1, ..))
            .collect()
    }
}

/// One glyph of a shaped word. Advances are in ems, so one shaping serves every size.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    pub id: u16,
    /// The advance after shaping (kerning included).
    pub advance: f64,
    /// The advance the font's `hmtx` gives, which a PDF viewer applies by itself.
    pub default_advance: f64,
    /// Byte offset of the glyph's cluster in the shaped text.
    pub cluster: usize,
    /// The text this glyph stands for (several characters for a ligature). Only the first
    /// glyph of a cluster carries it; `None` for the rest.
    pub text: Option<Arc<str>>,
}

/// A shaped piece of text.
#[derive(Debug, Clone, PartialEq)]
pub struct Shaped {
    pub glyphs: Vec<Glyph>,
    /// Total advance in ems.
    pub width: f64,
}

impl Shaped {
    /// Whether a break between glyph clusters may fall at `byte` (not inside a ligature).
    pub fn is_cluster_boundary(&self, byte: usize) -> bool {
        self.glyphs.iter().any(|g| g.cluster == byte)
    }

    /// Width in ems of the glyphs whose clusters lie in `from..to` (byte offsets).
    pub fn width_of(&self, from: usize, to: usize) -> f64 {
        self.glyphs
            .iter()
            .filter(|g| g.cluster >= from && g.cluster < to)
            .map(|g| g.advance)
            .sum()
    }
}

/// The four faces opened for harfrust, in `Style` order.
pub struct ShapingFaces([harfrust::Font; 4]);

impl ShapingFaces {
    /// Opens each face of `data`; the style of the first that cannot be opened otherwise.
    pub fn open(data: &[std::sync::Arc<Vec<u8>>; 4]) -> Result<Self, Style> {
        let mut fonts = Vec::with_capacity(4);
        for (bytes, style) in data.iter().zip(Style::ALL) {
            let shared: std::sync::Arc<dyn AsRef<[u8]> + Send + Sync> = bytes.clone();
            fonts.push(harfrust::Font::new(shared, 0).ok_or(style)?);
        }
        Ok(ShapingFaces(
            fonts.try_into().ok().expect("one face is read per style"),
        ))
    }
}

/// The shaper for the edition's four faces, with its cache of shaped words.
pub struct Shaper<'f> {
    /// The faces' tables (character map, advances, vertical metrics).
    faces: [FontFace<'f>; 4],
    /// The faces as harfrust shapes with them.
    shapers: [ShaperFont<'f, 'f>; 4],
    family: String,
    /// One map per (style, variant): word -> shaped glyphs. Looking up by `&str` needs no
    /// allocation, which matters because nearly every word of a book has been seen before.
    cache: Vec<FxHashMap<Box<str>, Rc<Shaped>>>,
    /// Shape plans per (style and variant slot, direction, script): compiling a plan costs
    /// more than shaping a word with it, and a book needs only a handful.
    plans: HashMap<(usize, Direction, Script), ShapePlan>,
    /// Features per variant, as the plans were compiled with them.
    features: [Vec<Feature>; Variant::COUNT],
    /// One buffer, reused for every word.
    buffer: Buffer,
    /// Characters already reported missing, per style, so a 300-page book with one bad
    /// character gives one diagnostic, not thousands.
    reported: BTreeSet<(Style, char)>,
    /// Words an earlier build shaped (none has a missing glyph).
    known: Option<Arc<KnownWords>>,
    /// How many words this shaper shaped itself.
    fresh: usize,
}

impl<'f> Shaper<'f> {
    pub fn new(fonts: &'f FontSet) -> Option<Shaper<'f>> {
        let face = |i: usize| FontFace::parse(&fonts.data[i]);
        Some(Shaper {
            faces: [face(0)?, face(1)?, face(2)?, face(3)?],
            shapers: std::array::from_fn(|i| ShaperFont::new(&fonts.shaping.0[i])),
            family: fonts.family.clone(),
            cache: (0..4 * Variant::COUNT)
                .map(|_| FxHashMap::default())
                .collect(),
            plans: HashMap::new(),
            features: [Variant::Text, Variant::SmallCaps, Variant::Lining].map(Variant::features),
            buffer: Buffer::new(),
            reported: BTreeSet::new(),
            known: None,
            fresh: 0,
        })
    }

    /// Looks up the words an earlier build shaped before shaping one.
    pub fn learn(&mut self, known: &Arc<KnownWords>) {
        self.known = Some(Arc::clone(known));
    }

    /// How many words this shaper shaped itself rather than found known.
    pub fn fresh(&self) -> usize {
        self.fresh
    }

    /// The words this shaper has used, for a later build: not the break hyphen (not a word),
    /// nor a word with a missing glyph, which must be shaped again to be reported.
    pub fn known_words(&self) -> KnownWords {
        let shaped = self
            .cache
            .iter()
            .map(|words| {
                words
                    .iter()
                    .filter(|(word, shaped)| {
                        &***word != BREAK_HYPHEN_KEY && shaped.glyphs.iter().all(|g| g.id != 0)
                    })
                    .map(|(word, shaped)| (word.clone(), (**shaped).clone()))
                    .collect()
            })
            .collect();
        KnownWords {
            shaped,
            fresh: self.fresh,
            ..KnownWords::default()
        }
    }

    /// Draws glyph `id` of a face with `pen`; false for a glyph without an outline (a space).
    pub fn outline(&self, style: Style, id: u16, pen: &mut impl Pen) -> bool {
        self.faces[style.index()].outline(id, pen)
    }

    /// A face's units per em, the scale of its outlines.
    pub fn units_per_em(&self, style: Style) -> f64 {
        self.faces[style.index()].units_per_em()
    }

    /// Ascender and descender of the regular face in ems (descender negative).
    pub fn vertical_metrics(&self) -> (f64, f64) {
        self.faces[0].vertical_metrics()
    }

    /// Shapes `text` (no spaces inside, as a rule) in a face and variant, reporting characters
    /// the face lacks at their position in `span`.
    pub fn shape(
        &mut self,
        text: &str,
        style: Style,
        variant: Variant,
        span: Span,
        diags: &mut Diagnostics,
    ) -> Rc<Shaped> {
        let slot = style.index() * Variant::COUNT + variant as usize;
        if let Some(hit) = self.cache[slot].get(text) {
            return Rc::clone(hit);
        }
        if let Some(known) = self.known.as_ref().and_then(|k| k.shaped(slot, text)) {
            let shaped = Rc::new(known.clone());
            self.cache[slot].insert(text.into(), Rc::clone(&shaped));
            return shaped;
        }
        self.fresh += 1;
        let buffer = &mut self.buffer;
        buffer.clear();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        // Text of no script (digits, punctuation) is shaped as Latin, the script of every
        // language folio hyphenates: one plan serves a whole face.
        let script = buffer.script().unwrap_or(Script::LATIN);
        buffer.set_script(Some(script));
        let direction = buffer.direction();
        let features = &self.features[variant as usize];
        let face = &self.faces[style.index()];
        let plan = self
            .plans
            .entry((slot, direction, script))
            .or_insert_with(|| {
                ShapePlan::new(
                    &self.shapers[style.index()],
                    direction,
                    Some(script),
                    None,
                    features,
                )
            });
        let options = ShapeOptions::new().plan(Some(plan)).features(features);
        let shaped = match harfrust::shape(&self.shapers[style.index()], buffer, options) {
            Ok(()) => Rc::new(collect_glyphs(face, buffer, text)),
            // Only a plan that does not fit the buffer fails, and the plan is made for it.
            Err(_) => Rc::new(Shaped {
                glyphs: Vec::new(),
                width: 0.0,
            }),
        };
        self.report_missing(&shaped, text, style, span, diags);
        self.cache[slot].insert(text.into(), Rc::clone(&shaped));
        shaped
    }

    /// The hyphen drawn where a word is broken at a line end, as a glyph distinct from the
    /// word-internal hyphen: a PDF maps each glyph to one text, and this one must extract as
    /// `BREAK_HYPHEN_TEXT` so the word comes out whole. Fonts give the soft hyphen (U+00AD)
    /// its own glyph; failing that the Unicode hyphen (U+2010), failing that `-`.
    pub fn break_hyphen(&mut self, style: Style) -> Rc<Shaped> {
        let slot = style.index() * Variant::COUNT + Variant::Text as usize;
        if let Some(hit) = self.cache[slot].get(BREAK_HYPHEN_KEY) {
            return Rc::clone(hit);
        }
        let face = &self.faces[style.index()];
        let plain = face.glyph('-');
        let glyph = ['\u{AD}', '\u{2010}']
            .into_iter()
            .filter_map(|c| face.glyph(c))
            .find(|&g| Some(g) != plain)
            .or(plain)
            .unwrap_or_default();
        let advance = face.advance(glyph);
        let shaped = Rc::new(Shaped {
            glyphs: vec![Glyph {
                id: glyph,
                advance,
                default_advance: advance,
                cluster: 0,
                text: Some(Arc::from(BREAK_HYPHEN_TEXT)),
            }],
            width: advance,
        });
        self.cache[slot].insert(BREAK_HYPHEN_KEY.into(), Rc::clone(&shaped));
        shaped
    }

    /// Reports the characters the face lacks. The shaper draws them as glyph 0 (`.notdef`),
    /// so only the clusters holding one are looked up in the character map: a character
    /// the font can still show (decomposed into letter and accent) is not reported.
    fn report_missing(
        &mut self,
        shaped: &Shaped,
        text: &str,
        style: Style,
        span: Span,
        diags: &mut Diagnostics,
    ) {
        let face = &self.faces[style.index()];
        let mut looked_up = None;
        for (i, glyph) in shaped.glyphs.iter().enumerate() {
            if glyph.id != 0 || looked_up == Some(glyph.cluster) {
                continue;
            }
            looked_up = Some(glyph.cluster);
            let end = shaped.glyphs[i..]
                .iter()
                .map(|g| g.cluster)
                .find(|&c| c > glyph.cluster)
                .unwrap_or(text.len());
            let cluster = text.get(glyph.cluster..end).unwrap_or("");
            for (offset, c) in cluster.char_indices() {
                if c.is_control() || face.glyph(c).is_some() {
                    continue;
                }
                if self.reported.insert((style, c)) {
                    let at = fonts::char_span(text, glyph.cluster + offset, c, span);
                    diags.push(fonts::missing_glyph(&self.family, style, c, at));
                }
            }
        }
    }
}

/// The glyphs of a shaped buffer, with advances in ems and each cluster's text.
fn collect_glyphs(face: &FontFace, buffer: &Buffer, text: &str) -> Shaped {
    let upm = face.units_per_em();
    let infos = buffer.glyph_infos();
    let positions = buffer.glyph_positions();
    let mut glyphs = Vec::with_capacity(infos.len());
    for (i, (info, pos)) in infos.iter().zip(positions).enumerate() {
        let cluster = info.cluster as usize;
        let first_of_cluster = i == 0 || infos[i - 1].cluster != info.cluster;
        let cluster_end = infos[i..]
            .iter()
            .map(|g| g.cluster as usize)
            .find(|&c| c != cluster)
            .unwrap_or(text.len());
        let id = info.glyph_id as u16;
        let default_advance = face.advance(id);
        glyphs.push(Glyph {
            id,
            advance: f64::from(pos.x_advance) / upm,
            default_advance,
            cluster,
            text: first_of_cluster.then(|| Arc::from(text.get(cluster..cluster_end).unwrap_or(""))),
        });
    }
    let width = glyphs.iter().map(|g| g.advance).sum();
    Shaped { glyphs, width }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> FontSet {
        FontSet::built_in()
    }

    #[test]
    fn ligature_carries_its_letters() {
        let fonts = fonts();
        let mut shaper = Shaper::new(&fonts).unwrap();
        let mut diags = Diagnostics::default();
        let shaped = shaper.shape(
            "office",
            Style::Regular,
            Variant::Text,
            Span::generated(),
            &mut diags,
        );
        let texts: Vec<_> = shaped
            .glyphs
            .iter()
            .filter_map(|g| g.text.as_deref())
            .collect();
        assert_eq!(texts.concat(), "office");
        assert!(texts.len() < 6, "expected a ligature in {texts:?}");
        assert!(diags.is_empty());
    }

    #[test]
    fn missing_character_is_reported_once() {
        let fonts = fonts();
        let mut shaper = Shaper::new(&fonts).unwrap();
        let mut diags = Diagnostics::default();
        for _ in 0..2 {
            shaper.shape(
                "a\u{10FFFD}b",
                Style::Regular,
                Variant::Text,
                Span::generated(),
                &mut diags,
            );
            shaper.shape(
                "x\u{10FFFD}",
                Style::Regular,
                Variant::Text,
                Span::generated(),
                &mut diags,
            );
        }
        assert_eq!(diags.iter().filter(|d| d.code == "T001").count(), 1);
    }
}
