//! What a font file says about itself, read with ttf-parser (the only module that uses it):
//! whether some bytes are a font, its family name, which characters it has, glyph advances
//! and vertical metrics in ems, and glyph outlines drawn through a `Pen`.

use ttf_parser::{Face, GlyphId};

/// One face of a font file, parsed (parsing reads only the table directory, so it is cheap).
pub struct FontFace<'f>(Face<'f>);

impl<'f> FontFace<'f> {
    /// The first face of `bytes`; `None` when they are not an OpenType or TrueType font.
    pub fn parse(bytes: &'f [u8]) -> Option<FontFace<'f>> {
        Face::parse(bytes, 0).ok().map(FontFace)
    }

    /// The typographic family (name 16) or the family (name 1), in a Unicode encoding.
    pub fn family_name(&self) -> Option<String> {
        let names = self.0.names();
        [
            ttf_parser::name_id::TYPOGRAPHIC_FAMILY,
            ttf_parser::name_id::FAMILY,
        ]
        .into_iter()
        .find_map(|id| {
            names
                .into_iter()
                .filter(|n| n.name_id == id && n.is_unicode())
                .find_map(|n| n.to_string())
        })
    }

    /// The glyph the character map gives `c`.
    pub fn glyph(&self, c: char) -> Option<u16> {
        self.0.glyph_index(c).map(|g| g.0)
    }

    /// The advance of glyph `id` in ems, as the `hmtx` table gives it (0 for a glyph it lacks).
    pub fn advance(&self, id: u16) -> f64 {
        self.0
            .glyph_hor_advance(GlyphId(id))
            .map_or(0.0, |a| f64::from(a) / self.units_per_em())
    }

    /// Font units per em: the scale of advances and outlines.
    pub fn units_per_em(&self) -> f64 {
        f64::from(self.0.units_per_em())
    }

    /// Ascender and descender in ems (the descender negative).
    pub fn vertical_metrics(&self) -> (f64, f64) {
        let upm = self.units_per_em();
        (
            f64::from(self.0.ascender()) / upm,
            f64::from(self.0.descender()) / upm,
        )
    }

    /// Draws glyph `id` with `pen`; false for a glyph without an outline (a space).
    pub fn outline(&self, id: u16, pen: &mut impl Pen) -> bool {
        self.0
            .outline_glyph(GlyphId(id), &mut PenOutline(pen))
            .is_some()
    }
}

/// Receives a glyph's outline (see `FontFace::outline`), in font units with y pointing up.
pub trait Pen {
    fn move_to(&mut self, x: f32, y: f32);
    fn line_to(&mut self, x: f32, y: f32);
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32);
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32);
    fn close(&mut self);
}

/// ttf-parser's outline builder, drawing with a `Pen`.
struct PenOutline<'p, P>(&'p mut P);

impl<P: Pen> ttf_parser::OutlineBuilder for PenOutline<'_, P> {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.move_to(x, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.0.line_to(x, y);
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.0.quad_to(x1, y1, x, y);
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.0.curve_to(x1, y1, x2, y2, x, y);
    }
    fn close(&mut self) {
        self.0.close();
    }
}
