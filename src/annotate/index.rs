//! A searchable view of the document's text for anchoring: each paragraph-like block's text as
//! a reader sees it, normalised (curly and straight quotes, dash forms and runs of white space
//! compare equal), with a map from every normalised character back to the block, the position
//! in the block's reader text and the place in the manuscript.

use crate::diag::{FileId, Span};
use crate::model::{text_leaves, Document, Inline, InlineKind};
use crate::text::normalize_typography;

/// Separates blocks in the normalised text; a quote never spans two blocks.
const BLOCK_SEPARATOR: char = '\u{0}';

/// Where a normalised character came from.
#[derive(Debug, Clone, Copy)]
pub struct Origin {
    /// The n-th annotatable block in reading order (see `model::text_leaves`).
    pub block: usize,
    /// Byte offset in the block's reader text.
    pub pos: usize,
    /// Byte length of the original character(s) this normalised character stands for.
    pub len: usize,
    /// Approximate position in the manuscript, for diagnostics.
    pub source: Span,
}

/// An [`Origin`] as the index keeps it, one per normalised character. A 1 MB manuscript has a
/// million of them, so offsets are kept in 32 bits (24 bytes instead of 48): text files over
/// 32 MB are refused before they are read (M012), so no offset here comes near 4 GB.
#[derive(Debug, Clone, Copy)]
struct Packed {
    block: u32,
    pos: u32,
    len: u32,
    file: u32,
    source_start: u32,
    source_end: u32,
}

impl Packed {
    fn new(origin: Origin) -> Self {
        Packed {
            block: narrow(origin.block),
            pos: narrow(origin.pos),
            len: narrow(origin.len),
            file: origin.source.file.0,
            source_start: narrow(origin.source.start),
            source_end: narrow(origin.source.end),
        }
    }

    fn unpack(self) -> Origin {
        Origin {
            block: self.block as usize,
            pos: self.pos as usize,
            len: self.len as usize,
            source: Span {
                file: FileId(self.file),
                start: self.source_start as usize,
                end: self.source_end as usize,
            },
        }
    }
}

/// An offset in 32 bits; see [`Packed`] for why none is larger.
fn narrow(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

pub struct TextIndex {
    /// All blocks' normalised text, separated by `BLOCK_SEPARATOR`.
    pub text: String,
    /// Byte offset in `text` of each normalised character, ascending.
    starts: Vec<u32>,
    origins: Vec<Packed>,
}

/// Normalises a quote, prefix or suffix the same way the document is normalised.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().map(normalize_typography) {
        if c.is_whitespace() {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    out.trim().to_string()
}

impl TextIndex {
    pub fn new(document: &Document) -> Self {
        // Sized once from the blocks' extent in the manuscript, which their text seldom
        // exceeds: grown by doubling, a long book's index was copied several times over.
        let extent: usize = text_leaves(&document.blocks)
            .map(|(block, _)| block.span.end.saturating_sub(block.span.start) + 1)
            .sum();
        let mut index = TextIndex {
            text: String::with_capacity(extent),
            starts: Vec::with_capacity(extent),
            origins: Vec::with_capacity(extent),
        };
        for (block_no, (_, inlines)) in text_leaves(&document.blocks).enumerate() {
            if !index.text.is_empty() {
                index.text.push(BLOCK_SEPARATOR);
            }
            let mut pos = 0;
            index.push_inlines(inlines, block_no, &mut pos);
        }
        index
    }

    fn push_inlines(&mut self, inlines: &[Inline], block: usize, pos: &mut usize) {
        for inline in inlines {
            match &inline.kind {
                InlineKind::Text(text) | InlineKind::Code(text) => {
                    for (offset, c) in text.char_indices() {
                        let source_start = (inline.span.start + offset).min(inline.span.end);
                        let source = Span {
                            file: inline.span.file,
                            start: source_start,
                            end: source_start,
                        };
                        self.push_char(
                            c,
                            Origin {
                                block,
                                pos: *pos + offset,
                                len: c.len_utf8(),
                                source,
                            },
                        );
                    }
                    *pos += text.len();
                }
                InlineKind::SoftBreak | InlineKind::HardBreak => {
                    self.push_char(
                        ' ',
                        Origin {
                            block,
                            pos: *pos,
                            len: 1,
                            source: inline.span,
                        },
                    );
                    *pos += 1;
                }
                InlineKind::NoteRef { .. } => {}
                _ => self.push_inlines(inline.children(), block, pos),
            }
        }
    }

    fn push_char(&mut self, c: char, origin: Origin) {
        let c = normalize_typography(c);
        if c.is_whitespace() {
            let after_space_or_start =
                self.text.is_empty() || self.text.ends_with([' ', BLOCK_SEPARATOR]);
            if after_space_or_start {
                // Collapsed into the previous space: widen that character's extent.
                let block = narrow(origin.block);
                if let Some(last) = self.origins.last_mut().filter(|o| o.block == block) {
                    last.len = narrow(origin.pos + origin.len).saturating_sub(last.pos);
                }
                return;
            }
            self.starts.push(narrow(self.text.len()));
            self.text.push(' ');
        } else {
            self.starts.push(narrow(self.text.len()));
            self.text.push(c);
        }
        self.origins.push(Packed::new(origin));
    }

    /// The origin of the normalised character starting at byte `offset` of `text`.
    pub fn origin(&self, offset: usize) -> Origin {
        let i = self
            .starts
            .partition_point(|&s| s as usize <= offset)
            .saturating_sub(1);
        self.origins[i].unpack()
    }

    /// The block and reader-text byte range of the normalised range `start..end`.
    pub fn reader_range(&self, start: usize, end: usize) -> (usize, std::ops::Range<usize>) {
        let first = self.origin(start);
        let last_char = self.text[..end]
            .chars()
            .next_back()
            .map_or(start, |c| end - c.len_utf8());
        let last = self.origin(last_char);
        (first.block, first.pos..last.pos + last.len)
    }

    /// Does the text just before `offset` end with `prefix` (both normalised)?
    pub fn preceded_by(&self, offset: usize, prefix: &str) -> bool {
        let before = self.text[..offset].trim_end_matches(' ');
        before.ends_with(prefix.trim_end())
    }

    /// Does the text just after `offset` start with `suffix` (both normalised)?
    pub fn followed_by(&self, offset: usize, suffix: &str) -> bool {
        let after = self.text[offset..].trim_start_matches(' ');
        after.starts_with(suffix.trim_start())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Diagnostics;

    #[test]
    fn normalises_quotes_dashes_and_space() {
        assert_eq!(
            normalize("  workers’  councils — “now”\n"),
            "workers' councils - \"now\""
        );
    }

    #[test]
    fn maps_back_to_the_reader_text() {
        let mut diags = Diagnostics::default();
        let doc = crate::manuscript::parse("One *two*\nthree.\n\nFour’s.\n", FileId(0), &mut diags);
        let index = TextIndex::new(&doc);
        assert_eq!(index.text, "One two three.\u{0}Four's.");
        let at = index.text.find("two three").unwrap();
        let (block, range) = index.reader_range(at, at + "two three".len());
        assert_eq!((block, range), (0, 4..13));
        let at = index.text.find("Four's").unwrap();
        let (block, range) = index.reader_range(at, at + "Four's".len());
        assert_eq!((block, range), (1, 0..8));
    }
}
