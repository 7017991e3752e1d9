//! The four faces the edition is set in (typesetting, stage 5): opens the bytes `font_files`
//! read for shaping, exposes the metrics layout needs, and checks that every character of
//! the text is covered, so a missing glyph is a diagnostic rather than a blank box in print.

use std::sync::Arc;

use rustc_hash::FxHashSet;

use super::shape::ShapingFaces;
use crate::diag::{Diagnostic, Diagnostics, Error, Span};
use crate::font_face::FontFace;
use crate::font_files::FontFiles;
use crate::model::{leaves, BlockKind, Document, Inline, InlineKind};

/// Which of the four faces a run of text is set in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Style {
    Regular,
    Italic,
    Bold,
    BoldItalic,
}

impl Style {
    pub const ALL: [Style; 4] = [
        Style::Regular,
        Style::Italic,
        Style::Bold,
        Style::BoldItalic,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// The style with emphasis toggled (emphasis inside italics is set upright, as in print).
    pub fn emphasised(self) -> Style {
        match self {
            Style::Regular => Style::Italic,
            Style::Italic => Style::Regular,
            Style::Bold => Style::BoldItalic,
            Style::BoldItalic => Style::Bold,
        }
    }

    pub fn strong(self) -> Style {
        match self {
            Style::Regular | Style::Bold => Style::Bold,
            Style::Italic | Style::BoldItalic => Style::BoldItalic,
        }
    }
}

/// The raw font files, in `Style` order, and the same faces ready for shaping.
pub struct FontSet {
    pub data: [Arc<Vec<u8>>; 4],
    /// The faces opened for shaping once, sharing `data`, so every shaper of a build (one per
    /// thread) reuses their parsed layout tables.
    pub shaping: ShapingFaces,
    /// PostScript-style family name, for diagnostics.
    pub family: String,
}

impl FontSet {
    /// The four faces of the edition ready for shaping. Their bytes were checked to be fonts
    /// when they were read (`font_files`), so a face harfrust still cannot open is a bug.
    pub fn new(files: &FontFiles) -> Result<FontSet, Error> {
        let data = files.face_bytes();
        let shaping = ShapingFaces::open(&data).map_err(|style| {
            Error::Internal(format!(
                "the shaper could not open the {style:?} face of {}",
                files.family
            ))
        })?;
        Ok(FontSet {
            data,
            shaping,
            family: files.family.clone(),
        })
    }

    /// Folio's built-in Vollkorn, for tests and tools that need no edition.
    pub fn built_in() -> FontSet {
        FontSet::new(&FontFiles::built_in()).expect("the built-in faces open")
    }
}

/// The span of one character of `text` when the text maps byte for byte onto `span` (smart
/// punctuation changes lengths, so otherwise the whole span is the best position known).
pub fn char_span(text: &str, offset: usize, c: char, span: Span) -> Span {
    if span.end - span.start == text.len() {
        Span {
            start: span.start + offset,
            end: span.start + offset + c.len_utf8(),
            ..span
        }
    } else {
        span
    }
}

/// The code of a character the fonts lack.
pub const MISSING_GLYPH: &str = "T001";

/// T001: a character the face has no glyph for; it would print as a blank box.
pub fn missing_glyph(family: &str, style: Style, c: char, at: Span) -> Diagnostic {
    Diagnostic::error(
        MISSING_GLYPH,
        format!(
            "{family} {style:?} has no glyph for `{c}` (U+{:04X}); it would print as a blank box",
            c as u32
        ),
    )
    .with_span(at)
    .with_hint("replace the character, or set `fonts` in edition.toml to faces that cover it")
}

impl FontSet {
    /// Reports every character of the document (text and notes) that its face lacks, once per
    /// face and character, without typesetting: what `folio check` needs to promise that the
    /// print edition will have no blank boxes.
    pub fn check_coverage(&self, document: &Document, diags: &mut Diagnostics) {
        let maps: Vec<Option<FontFace>> = self.data.iter().map(|d| FontFace::parse(d)).collect();
        // Each character is looked up in a face once: a text repeats its few hundred
        // characters, and the font's table, asked for each, was a fifth of checking 1 MB.
        let mut asked: FxHashSet<(Style, char)> = FxHashSet::default();
        let mut check = |text: &str, style: Style, span: Span| {
            let Some(map) = &maps[style.index()] else {
                return;
            };
            for (offset, c) in text.char_indices() {
                if c.is_control() || !asked.insert((style, c)) || map.glyph(c).is_some() {
                    continue;
                }
                diags.push(missing_glyph(
                    &self.family,
                    style,
                    c,
                    char_span(text, offset, c, span),
                ));
            }
        };
        let notes = document.notes.iter().flat_map(|n| n.blocks.iter());
        for block in leaves(document.blocks.iter().chain(notes)) {
            match &block.kind {
                BlockKind::CodeBlock { text } => check(text, Style::Regular, block.span),
                _ => walk(block.inlines().unwrap_or(&[]), Style::Regular, &mut check),
            }
        }
        for source in document.notes.iter().filter_map(|n| n.source.as_ref()) {
            walk(source, Style::Regular, &mut check);
        }
    }
}

fn walk(inlines: &[Inline], style: Style, f: &mut impl FnMut(&str, Style, Span)) {
    for inline in inlines {
        match &inline.kind {
            InlineKind::Text(text) | InlineKind::Code(text) => f(text, style, inline.span),
            InlineKind::Emphasis(c) => walk(c, style.emphasised(), f),
            InlineKind::Strong(c) => walk(c, style.strong(), f),
            _ => walk(inline.children(), style, f),
        }
    }
}
