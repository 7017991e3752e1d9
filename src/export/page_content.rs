//! Page content streams of the print PDF, written directly: text as glyph-id strings in `TJ`
//! arrays and rules as stroked lines. printpdf builds a heap object per glyph and lopdf
//! formats each one through `fmt`; on a book that was half the cost of the whole PDF, so
//! the content is written here and printpdf keeps the fonts and pages.
//!
//! The text is tagged (ISO 32000-1, 14.6-14.8): each stretch of runs that is one part of the
//! text (a paragraph's lines, a note mark, a label, a link) is a marked-content sequence with
//! a number (MCID) that the structure tree refers to, and page furniture is `/Artifact`.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::typeset::fonts::Style;
use crate::typeset::items::{Link, Passage};
use crate::typeset::{LineTag, Page, PageRun};

/// Every glyph the pages draw, per face, with the text it stands for (the first text seen;
/// `None` when no occurrence carries one). This is what the font subsets and their
/// `/ToUnicode` maps are made from.
pub struct GlyphInventory {
    pub used: [BTreeMap<u16, Option<Arc<str>>>; 4],
}

impl GlyphInventory {
    pub fn of(pages: &[Page]) -> GlyphInventory {
        // A table by glyph id while scanning (a book draws a million glyphs, a map lookup
        // each was a tenth of writing its PDF), then the used ones in order.
        let mut seen: [Vec<Option<Option<Arc<str>>>>; 4] = Default::default();
        for run in pages.iter().flat_map(|p| &p.runs) {
            let face = &mut seen[run.run.style.index()];
            for glyph in &run.run.glyphs {
                let id = usize::from(glyph.id);
                if face.len() <= id {
                    face.resize(id + 1, None);
                }
                match &mut face[id] {
                    Some(Some(_)) => {}
                    Some(text) => text.clone_from(&glyph.text),
                    unseen => *unseen = Some(glyph.text.clone()),
                }
            }
        }
        let used = seen.map(|face| {
            face.into_iter()
                .enumerate()
                .filter_map(|(id, text)| Some((id as u16, text?)))
                .collect()
        });
        GlyphInventory { used }
    }
}

/// Looks up a face's subset glyph id; ids are dense, so a table beats a map per glyph.
pub struct GlyphMap {
    tables: [Vec<u16>; 4],
}

impl GlyphMap {
    /// The glyph ids of each face in its subset: printpdf (through allsorts) numbers the
    /// subset's glyphs in the order it asks for them, `.notdef` first and then the used ids
    /// ascending (see `printpdf::font::subset_font`), so a glyph's new id is its rank.
    pub fn new(inventory: &GlyphInventory) -> GlyphMap {
        GlyphMap {
            tables: std::array::from_fn(|i| {
                let used = &inventory.used[i];
                let len = used
                    .keys()
                    .next_back()
                    .map_or(0, |&max| usize::from(max) + 1);
                let mut table = vec![0; len];
                let ranked = used.keys().filter(|&&id| id != 0);
                for (rank, &id) in ranked.enumerate() {
                    table[usize::from(id)] = rank as u16 + 1;
                }
                table
            }),
        }
    }

    fn get(&self, style: Style, id: u16) -> u16 {
        self.tables[style.index()]
            .get(usize::from(id))
            .copied()
            .unwrap_or(0)
    }
}

/// The part of the text one marked-content sequence of a page holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Marked {
    /// The block (or title line) the runs belong to.
    pub tag: LineTag,
    /// A list item's or note's number.
    pub label: bool,
    pub link: Option<Link>,
    /// The passage in another language the runs are part of.
    pub passage: Option<Passage>,
}

impl Marked {
    /// The part `run` is, or `None` for an artifact.
    fn of(run: &PageRun) -> Option<Marked> {
        (run.tag != LineTag::Artifact).then(|| Marked {
            tag: run.tag,
            label: run.run.label,
            link: run.run.link.clone(),
            passage: run.run.passage.clone(),
        })
    }
}

/// A page's content stream and its marked-content sequences, by MCID.
pub struct PageContent {
    pub stream: Vec<u8>,
    pub marked: Vec<Marked>,
}

/// The content stream of one page. `font_names` are the resource names of the four faces.
pub fn write(page: &Page, glyphs: &GlyphMap, font_names: &[&str; 4]) -> PageContent {
    let glyph_count: usize = page.runs.iter().map(|r| r.run.glyphs.len()).sum();
    let mut out = Vec::with_capacity(glyph_count * 5 + page.runs.len() * 40 + 64);
    let mut marked = Vec::new();
    if !page.runs.is_empty() {
        out.extend_from_slice(b"BT\n");
        let mut font: Option<(Style, f64)> = None;
        // The part being written: `Some(None)` for an artifact.
        let mut open: Option<Option<Marked>> = None;
        for run in &page.runs {
            let part = Marked::of(run);
            if open.as_ref() != Some(&part) {
                if open.is_some() {
                    out.extend_from_slice(b"EMC\n");
                }
                begin_marked(&mut out, &part, marked.len());
                marked.extend(part.clone());
                open = Some(part);
            }
            let face = (run.run.style, run.run.size);
            if font != Some(face) {
                out.push(b'/');
                out.extend_from_slice(font_names[face.0.index()].as_bytes());
                out.push(b' ');
                number(&mut out, face.1);
                out.extend_from_slice(b" Tf\n");
                font = Some(face);
            }
            match &run.run.actual_text {
                Some(text) => {
                    out.extend_from_slice(b"/Span <</ActualText ");
                    text_string(&mut out, text);
                    out.extend_from_slice(b">> BDC\n");
                    show_run(&mut out, run, glyphs);
                    out.extend_from_slice(b"EMC\n");
                }
                None => show_run(&mut out, run, glyphs),
            }
        }
        out.extend_from_slice(b"EMC\nET\n");
    }
    for &(x0, x1, y, thickness) in &page.rules {
        out.extend_from_slice(b"/Artifact BMC\n");
        number(&mut out, thickness);
        out.extend_from_slice(b" w [] 0 d ");
        number(&mut out, x0);
        out.push(b' ');
        number(&mut out, y);
        out.extend_from_slice(b" m ");
        number(&mut out, x1);
        out.push(b' ');
        number(&mut out, y);
        out.extend_from_slice(b" l S\nEMC\n");
    }
    PageContent {
        stream: out,
        marked,
    }
}

/// Opens a marked-content sequence: numbered `mcid` for a part of the text, an artifact for
/// `None`.
fn begin_marked(out: &mut Vec<u8>, part: &Option<Marked>, mcid: usize) {
    match part {
        Some(_) => {
            out.extend_from_slice(b"/Span <</MCID ");
            integer(out, mcid as i64);
            out.extend_from_slice(b">> BDC\n");
        }
        None => out.extend_from_slice(b"/Artifact BMC\n"),
    }
}

/// A PDF text string in hexadecimal: UTF-16BE with its byte-order mark, or `()` when empty.
fn text_string(out: &mut Vec<u8>, text: &str) {
    if text.is_empty() {
        out.extend_from_slice(b"()");
        return;
    }
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.extend_from_slice(b"<FEFF");
    for unit in text.encode_utf16() {
        for byte in unit.to_be_bytes() {
            out.push(HEX[usize::from(byte >> 4)]);
            out.push(HEX[usize::from(byte & 15)]);
        }
    }
    out.push(b'>');
}

/// One run: its origin and horizontal scale (`Tm`, whose first number widens or narrows the
/// glyphs of an expanded line, as pdfTeX expands fonts) and its glyphs as one `TJ` array. A
/// viewer advances the pen by each glyph's `/W` width (the font's own advance); the numbers
/// between glyphs move it to where the typesetter put the next glyph (kerning,
/// justification), in thousandths of the size before scaling, rounded, with each rounding
/// carried into the next so that errors never accumulate.
fn show_run(out: &mut Vec<u8>, run: &PageRun, glyphs: &GlyphMap) {
    let size = run.run.size;
    let scale = run.run.scale;
    horizontal_scale(out, scale);
    out.extend_from_slice(b" 0 0 1 ");
    number(out, run.x);
    out.push(b' ');
    number(out, run.y);
    out.extend_from_slice(b" Tm\n[");
    // Positions relative to the run's origin, in thousandths of the size.
    let mut pen = 0.0;
    let mut target = 0.0;
    let mut open = false;
    for glyph in &run.run.glyphs {
        if !open {
            out.push(b'(');
            open = true;
        }
        glyph_code(out, glyphs.get(run.run.style, glyph.id));
        pen += glyph.default_advance / size * 1000.0;
        target += glyph.advance / scale / size * 1000.0;
        let kern = (pen - target).round();
        if kern != 0.0 {
            out.push(b')');
            open = false;
            integer(out, kern as i64);
            pen -= kern;
        }
    }
    if open {
        out.push(b')');
    }
    out.extend_from_slice(b"]TJ\n");
}

/// A glyph's two-byte code (Identity-H) in a literal string: the bytes as they are, half
/// the size of hex and so half the work to compress, with the string's delimiters and the
/// backslash escaped, and a carriage return written as `\r`, since a bare one would be read
/// as a line feed (ISO 32000-1, 7.3.4.2).
fn glyph_code(out: &mut Vec<u8>, code: u16) {
    for byte in code.to_be_bytes() {
        match byte {
            b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', byte]),
            b'\r' => out.extend_from_slice(b"\\r"),
            _ => out.push(byte),
        }
    }
}

fn integer(out: &mut Vec<u8>, value: i64) {
    if value < 0 {
        out.push(b'-');
    }
    let mut digits = [0u8; 20];
    let mut rest = value.unsigned_abs();
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[start..]);
}

/// A horizontal scale to a ten-thousandth, exact for expansion's quarter-per-cent steps
/// (`number`'s hundredths would round 1.0025 to 1).
fn horizontal_scale(out: &mut Vec<u8>, scale: f64) {
    decimal(out, scale, 4);
}

/// A coordinate or size in points, to a hundredth of a point (0.0035 mm): finer than any
/// printer, and short.
fn number(out: &mut Vec<u8>, value: f64) {
    decimal(out, value, 2);
}

/// `value` rounded to `places` decimal places, without trailing zeros or a trailing point.
/// Written digit by digit: formatting a float through `format!` was a fiftieth of a long
/// book's build.
fn decimal(out: &mut Vec<u8>, value: f64, places: u32) {
    let unit = 10_u64.pow(places);
    let scaled = (value * unit as f64).round() as i64;
    if scaled < 0 {
        out.push(b'-');
    }
    let magnitude = scaled.unsigned_abs();
    integer(out, (magnitude / unit) as i64);
    let mut fraction = magnitude % unit;
    if fraction == 0 {
        return;
    }
    out.push(b'.');
    let mut place = unit / 10;
    while fraction != 0 {
        out.push(b'0' + (fraction / place) as u8);
        fraction %= place;
        place /= 10;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn formatted(value: f64) -> String {
        let mut out = Vec::new();
        number(&mut out, value);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn numbers_are_short_and_exact_to_a_hundredth() {
        assert_eq!(formatted(0.0), "0");
        assert_eq!(formatted(12.5), "12.5");
        assert_eq!(formatted(12.345), "12.35");
        assert_eq!(formatted(-0.25), "-0.25");
        assert_eq!(formatted(-3.0), "-3");
        assert_eq!(formatted(420.05), "420.05");
        assert_eq!(formatted(-0.001), "0");
    }

    #[test]
    fn scales_keep_four_places() {
        let scaled = |scale: f64| {
            let mut out = Vec::new();
            horizontal_scale(&mut out, scale);
            String::from_utf8(out).unwrap()
        };
        assert_eq!(scaled(1.0), "1");
        assert_eq!(scaled(1.0025), "1.0025");
        assert_eq!(scaled(0.98), "0.98");
        assert_eq!(scaled(0.9975), "0.9975");
        assert_eq!(scaled(1.0205), "1.0205");
    }

    #[test]
    fn glyph_codes_escape_what_a_literal_string_must() {
        let mut out = Vec::new();
        for code in [0x0041, 0x2829, 0x5C0D, 0x0A00] {
            glyph_code(&mut out, code);
        }
        assert_eq!(out, b"\x00A\\(\\)\\\\\\r\n\x00");
    }
}
