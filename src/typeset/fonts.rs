//! The four faces the edition is set in (typesetting, stage 5): loads their bytes from the
//! paths in edition.toml, exposes the metrics layout needs, and checks that every character of
//! the text is covered, so a missing glyph is a diagnostic rather than a blank box in print.

use std::path::Path;

use crate::config::Fonts;
use crate::diag::{Diagnostic, Error, Span};

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

/// The raw font files, in `Style` order. Shaping borrows from these.
pub struct FontSet {
    pub data: [Vec<u8>; 4],
    /// PostScript-style family name, for diagnostics.
    pub family: String,
}

impl FontSet {
    /// Reads the four faces named in edition.toml; a missing or unparsable file is an error.
    pub fn load(root: &Path, fonts: &Fonts) -> Result<FontSet, Error> {
        let paths = [
            &fonts.regular,
            &fonts.italic,
            &fonts.bold,
            &fonts.bold_italic,
        ];
        let mut data: [Vec<u8>; 4] = Default::default();
        for (slot, path) in data.iter_mut().zip(paths) {
            let full = crate::config::resolve(root, path);
            let bytes = std::fs::read(&full).map_err(|e| Error::io(&full, e))?;
            if rustybuzz::ttf_parser::Face::parse(&bytes, 0).is_err() {
                return Err(Error::Usage(format!(
                    "{} is not an OpenType or TrueType font",
                    full.display()
                )));
            }
            *slot = bytes;
        }
        Ok(FontSet {
            data,
            family: fonts.family.clone(),
        })
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

/// T001: a character the face has no glyph for; it would print as a blank box.
pub fn missing_glyph(family: &str, style: Style, c: char, at: Span) -> Diagnostic {
    Diagnostic::error(
        "T001",
        format!(
            "{family} {style:?} has no glyph for `{c}` (U+{:04X}); it would print as a blank box",
            c as u32
        ),
    )
    .with_span(at)
    .with_hint("replace the character, or set `fonts` in edition.toml to faces that cover it")
}
