//! The ebook's cover, made from the title page when the edition has no picture of its own:
//! title, subtitle, authors and publisher set in the edition's fonts (shaped as the print
//! edition is, kerning and ligatures included) and drawn into a PNG with tiny-skia, the only
//! user of that crate (and of png). Library views (Apple Books, Kobo, Calibre, Thorium) show it instead of
//! a grey rectangle. Same inputs, same pixels: nothing depends on the machine's fonts. Also
//! the cover as the print PDF's image (`for_print`): a JPEG as it is, a PNG decoded.

use std::path::Path;

use tiny_skia::{FillRule, Paint, PathBuilder, Pixmap, Rect, Transform};

use super::deflate::Deflater;
use crate::book::TitlePage;
use crate::cache::{self, CacheFile};
use crate::cover_image::{CoverImage, ImageType};
use crate::diag::{Diagnostics, Span};
use crate::font_face::Pen;
use crate::font_files::FontFiles;
use crate::typeset::fonts::{FontSet, Style};
use crate::typeset::shape::{Shaper, Variant};

/// 1600 × 2560 pixels: the 1 : 1.6 portrait that Apple Books and Kobo recommend, sharp on
/// a phone or tablet in a library view and on a full screen.
const WIDTH: u32 = 1600;
const HEIGHT: u32 = 2560;
/// The text keeps a tenth of the width clear on each side, as a book jacket's margins do.
const MARGIN: f32 = 160.0;
/// Warm paper and near-black ink: the colours of the print edition.
const PAPER: [u8; 3] = [0xF4, 0xEF, 0xE6];
const INK: [u8; 3] = [0x22, 0x1E, 0x1A];
/// A deep red for the rules, one accent as a jacket has.
const ACCENT: [u8; 3] = [0x8E, 0x1B, 0x1B];

/// One piece of the cover's text: its words, face, size in pixels and where its first
/// baseline is.
struct Block<'a> {
    text: &'a str,
    style: Style,
    variant: Variant,
    size: f32,
    baseline: f32,
}

/// The cover drawn from `page` in `fonts` as PNG bytes, read from the cache in `cache` when a
/// build has drawn the same cover before: drawing and compressing 4 million pixels is a sixth
/// of the CPU time of building this edition, on the core that is otherwise the busier one.
/// `None` only if the fonts cannot be shaped or the PNG not made.
pub fn cached_typographic(
    page: &TitlePage,
    fonts: &FontFiles,
    cache: Option<&Path>,
) -> Option<Vec<u8>> {
    let file = cache.map(|directory| cache_file(directory, page, fonts));
    if let Some(png) = file.as_ref().and_then(CacheFile::read) {
        return Some(png);
    }
    let png = typographic(page, &FontSet::new(fonts).ok()?)?;
    if let Some(file) = file {
        // A cache that cannot be written only costs the next build the drawing again.
        let _ = file.write(&png);
    }
    Some(png)
}

/// What a cover cache file holds: the PNG bytes `typographic` makes.
const CACHED_COVER: cache::Format = cache::Format {
    magic: b"folio cover png\0",
    version: 1,
};

/// The cache file of the cover of `page` in `fonts`, named by everything the drawing depends
/// on: the title page, the four faces, what folio was made from and this file's own source (so
/// that a changed drawing never reads a cover drawn the old way, even between releases).
fn cache_file(directory: &Path, page: &TitlePage, fonts: &FontFiles) -> CacheFile {
    let page = format!("{page:?}");
    let mut inputs: Vec<&[u8]> = cache::made_by().to_vec();
    inputs.extend([include_str!("cover.rs").as_bytes(), page.as_bytes()]);
    inputs.extend(fonts.faces.iter().map(|face| face.bytes.as_slice()));
    CacheFile::new(directory, ("cover", "cover", "png"), &CACHED_COVER, &inputs)
}

/// The cover as PNG bytes; `None` only if the fonts cannot be shaped or the PNG not made.
pub fn typographic(page: &TitlePage, fonts: &FontSet) -> Option<Vec<u8>> {
    let mut shaper = Shaper::new(fonts)?;
    let mut pixmap = Pixmap::new(WIDTH, HEIGHT)?;
    pixmap.fill(colour(PAPER));
    draw_rules(&mut pixmap);
    let title_end = draw(
        &mut pixmap,
        &mut shaper,
        &Block {
            text: &page.title,
            style: Style::Regular,
            variant: Variant::Lining,
            size: 150.0,
            baseline: 820.0,
        },
    );
    if let Some(subtitle) = &page.subtitle {
        draw(
            &mut pixmap,
            &mut shaper,
            &Block {
                text: subtitle,
                style: Style::Italic,
                variant: Variant::Lining,
                size: 92.0,
                baseline: title_end + 150.0,
            },
        );
    }
    if let Some(authors) = &page.authors {
        draw(
            &mut pixmap,
            &mut shaper,
            &Block {
                text: authors,
                style: Style::Regular,
                variant: Variant::SmallCaps,
                size: 80.0,
                baseline: 2050.0,
            },
        );
    }
    if let Some(publisher) = &page.publisher {
        draw(
            &mut pixmap,
            &mut shaper,
            &Block {
                text: publisher,
                style: Style::Italic,
                variant: Variant::Lining,
                size: 56.0,
                baseline: 2330.0,
            },
        );
    }
    encode(&pixmap)
}

/// The picture as a PNG, compressed fast: flat paper compresses well at any level, and the
/// best levels took longer than the rest of the ebook. (Dropping the alpha channel first cost
/// more than compressing it: every pixel is opaque, so it is one repeated byte.)
fn encode(pixmap: &Pixmap) -> Option<Vec<u8>> {
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, WIDTH, HEIGHT);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    let mut writer = encoder.write_header().ok()?;
    writer.write_image_data(pixmap.data()).ok()?;
    writer.finish().ok()?;
    Some(bytes)
}

fn colour([r, g, b]: [u8; 3]) -> tiny_skia::Color {
    tiny_skia::Color::from_rgba8(r, g, b, 255)
}

fn paint(rgb: [u8; 3]) -> Paint<'static> {
    let mut paint = Paint::default();
    paint.set_color(colour(rgb));
    paint.anti_alias = true;
    paint
}

/// A rule across the top and the foot, in the accent colour.
fn draw_rules(pixmap: &mut Pixmap) {
    let width = WIDTH as f32 - 2.0 * MARGIN;
    for y in [420.0, 2200.0] {
        if let Some(rect) = Rect::from_xywh(MARGIN, y, width, 6.0) {
            pixmap.fill_rect(rect, &paint(ACCENT), Transform::identity(), None);
        }
    }
}

/// A block takes at most three lines; a longer text is set smaller, down to half its size,
/// so a long title never runs into the authors' line.
const MAX_LINES: usize = 3;

/// Sets `block` centred in lines that fit between the margins; returns the last baseline.
fn draw(pixmap: &mut Pixmap, shaper: &mut Shaper, block: &Block) -> f32 {
    let mut size = block.size;
    let mut lines = break_lines(shaper, block, size);
    while lines.len() > MAX_LINES && size > block.size / 2.0 {
        size *= 0.9;
        lines = break_lines(shaper, block, size);
    }
    let scale = size / shaper.units_per_em(block.style) as f32;
    let mut quiet = Diagnostics::default();
    let mut shaped = |shaper: &mut Shaper, text: &str| {
        shaper.shape(
            text,
            block.style,
            block.variant,
            Span::generated(),
            &mut quiet,
        )
    };
    let space = shaped(shaper, " ").width as f32 * size;
    let leading = size * 1.2;
    let mut baseline = block.baseline;
    for (n, (words, width)) in lines.iter().enumerate() {
        baseline = block.baseline + n as f32 * leading;
        let mut x = (WIDTH as f32 - width) / 2.0;
        let mut pen = PathPen {
            path: PathBuilder::new(),
            x,
            y: baseline,
            scale,
        };
        for (i, word) in words.iter().enumerate() {
            if i > 0 {
                x += space;
            }
            let glyphs = shaped(shaper, word);
            for glyph in &glyphs.glyphs {
                pen.x = x;
                shaper.outline(block.style, glyph.id, &mut pen);
                x += glyph.advance as f32 * size;
            }
        }
        if let Some(path) = pen.path.finish() {
            pixmap.fill_path(
                &path,
                &paint(INK),
                FillRule::Winding,
                Transform::identity(),
                None,
            );
        }
    }
    baseline
}

/// `block`'s words in lines of at most the measure at `size`, each with its width: as many
/// words as fit, the way a jacket's title is broken.
fn break_lines<'t>(shaper: &mut Shaper, block: &Block<'t>, size: f32) -> Vec<(Vec<&'t str>, f32)> {
    let mut quiet = Diagnostics::default();
    let mut width_of = |text: &str| {
        shaper
            .shape(
                text,
                block.style,
                block.variant,
                Span::generated(),
                &mut quiet,
            )
            .width as f32
            * size
    };
    let space = width_of(" ");
    let measure = WIDTH as f32 - 2.0 * MARGIN;
    let mut lines: Vec<(Vec<&str>, f32)> = Vec::new();
    for word in block.text.split_whitespace() {
        let width = width_of(word);
        match lines.last_mut() {
            Some((words, used)) if *used + space + width <= measure => {
                words.push(word);
                *used += space + width;
            }
            _ => lines.push((vec![word], width)),
        }
    }
    lines
}

/// Draws outlines in font units at (`x`, `y`) in pixels, `scale` pixels per unit, y down.
struct PathPen {
    path: PathBuilder,
    x: f32,
    y: f32,
    scale: f32,
}

impl PathPen {
    fn at(&self, x: f32, y: f32) -> (f32, f32) {
        (self.x + x * self.scale, self.y - y * self.scale)
    }
}

impl Pen for PathPen {
    fn move_to(&mut self, x: f32, y: f32) {
        let (x, y) = self.at(x, y);
        self.path.move_to(x, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        let (x, y) = self.at(x, y);
        self.path.line_to(x, y);
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        let ((x1, y1), (x, y)) = (self.at(x1, y1), self.at(x, y));
        self.path.quad_to(x1, y1, x, y);
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        let ((x1, y1), (x2, y2), (x, y)) = (self.at(x1, y1), self.at(x2, y2), self.at(x, y));
        self.path.cubic_to(x1, y1, x2, y2, x, y);
    }
    fn close(&mut self) {
        self.path.close();
    }
}

/// A cover picture as a PDF image XObject takes it.
pub struct PrintImage {
    pub width: u32,
    pub height: u32,
    /// `DeviceGray`, `DeviceRGB` or `DeviceCMYK`.
    pub colour_space: &'static str,
    /// `DCTDecode` (a JPEG's own bytes) or `FlateDecode` (a PNG's samples, compressed again)
    /// or none (samples that compression would not make smaller).
    pub filter: Option<&'static str>,
    /// CMYK JPEGs are written inverted by Adobe's programs, which nearly all of them come from.
    pub inverted: bool,
    pub bytes: Vec<u8>,
}

/// `cover` as the PDF's image: a JPEG goes in as it is (PDF reads JPEG itself); a PNG is
/// decoded to 8-bit RGB, any transparency set on white paper. `None` if the PNG cannot be
/// decoded (or would take more than png's 64 MiB limit).
pub fn for_print(cover: &CoverImage) -> Option<PrintImage> {
    match cover.kind {
        ImageType::Jpeg => Some(PrintImage {
            width: cover.width,
            height: cover.height,
            colour_space: match cover.components {
                1 => "DeviceGray",
                4 => "DeviceCMYK",
                _ => "DeviceRGB",
            },
            filter: Some("DCTDecode"),
            inverted: cover.components == 4,
            bytes: cover.bytes.clone(),
        }),
        ImageType::Png => decode_png(&cover.bytes),
    }
}

fn decode_png(bytes: &[u8]) -> Option<PrintImage> {
    let mut decoder = png::Decoder::new(bytes);
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().ok()?;
    let mut pixels = vec![0; reader.output_buffer_size()];
    let frame = reader.next_frame(&mut pixels).ok()?;
    pixels.truncate(frame.buffer_size());
    let on_paper = |value: u8, alpha: u8| {
        let (value, alpha) = (u32::from(value), u32::from(alpha));
        ((value * alpha + 255 * (255 - alpha) + 127) / 255) as u8
    };
    let rgb: Vec<u8> = match frame.color_type {
        png::ColorType::Rgb => pixels,
        png::ColorType::Rgba => pixels
            .chunks_exact(4)
            .flat_map(|p| [0, 1, 2].map(|i| on_paper(p[i], p[3])))
            .collect(),
        png::ColorType::Grayscale => pixels.iter().flat_map(|&g| [g, g, g]).collect(),
        png::ColorType::GrayscaleAlpha => pixels
            .chunks_exact(2)
            .flat_map(|p| [on_paper(p[0], p[1]); 3])
            .collect(),
        png::ColorType::Indexed => return None,
    };
    let (filter, bytes) = match Deflater::default().deflate(&rgb) {
        Some(deflated) => (Some("FlateDecode"), deflated),
        None => (None, rgb),
    };
    Some(PrintImage {
        width: frame.width,
        height: frame.height,
        colour_space: "DeviceRGB",
        filter,
        inverted: false,
        bytes,
    })
}
