//! A text reduced for comparison, with the file offset of each of its characters, so a
//! difference found in the reduced text is reported at its place in the file.

use crate::diag::{FileId, Span};
use crate::model::{text_leaves, Document, Inline, InlineKind};

/// A text with, for each of its characters, the offset it came from in a file.
pub struct MappedText {
    pub text: String,
    /// (offset in `text`, offset in the file), one per character, ascending.
    map: Vec<(usize, usize)>,
    pub file: FileId,
    /// Offset in `text` where each leaf block starts (manuscripts only).
    block_starts: Vec<usize>,
}

impl MappedText {
    /// A source file as it is.
    pub fn source(text: &str, file: FileId) -> Self {
        MappedText {
            text: text.to_string(),
            map: text.char_indices().map(|(i, _)| (i, i)).collect(),
            file,
            block_starts: Vec::new(),
        }
    }

    /// The reader text of a manuscript's blocks, one line per block.
    pub fn manuscript(document: &Document, file: FileId) -> Self {
        let mut out = MappedText {
            text: String::new(),
            map: Vec::new(),
            file,
            block_starts: Vec::new(),
        };
        for (_, inlines) in text_leaves(&document.blocks) {
            if !out.text.is_empty() {
                out.push('\n', out.map.last().map_or(0, |m| m.1));
            }
            out.block_starts.push(out.text.len());
            out.push_inlines(inlines);
        }
        out
    }

    /// Separate values of one file, a line each: for each, its text and the file offset of
    /// each of its characters (edition.toml's titles and names, say, whose characters are not
    /// where a plain copy of the file would put them when the file escapes some).
    pub fn lines<'v>(
        values: impl IntoIterator<Item = (&'v str, &'v [usize])>,
        file: FileId,
    ) -> Self {
        let mut out = MappedText {
            text: String::new(),
            map: Vec::new(),
            file,
            block_starts: Vec::new(),
        };
        for (text, offsets) in values {
            if !out.text.is_empty() {
                out.push('\n', out.map.last().map_or(0, |m| m.1));
            }
            for (c, &offset) in text.chars().zip(offsets) {
                out.push(c, offset);
            }
        }
        out
    }

    fn push(&mut self, c: char, file_offset: usize) {
        self.map.push((self.text.len(), file_offset));
        self.text.push(c);
    }

    fn push_inlines(&mut self, inlines: &[Inline]) {
        for inline in inlines {
            match &inline.kind {
                InlineKind::Text(t) | InlineKind::Code(t) => {
                    for (i, c) in t.char_indices() {
                        self.push(c, (inline.span.start + i).min(inline.span.end));
                    }
                }
                InlineKind::SoftBreak | InlineKind::HardBreak => self.push(' ', inline.span.start),
                InlineKind::NoteRef { .. } => {}
                _ => self.push_inlines(inline.children()),
            }
        }
    }

    /// Offset in `text` where each leaf block starts, in reading order (manuscripts only).
    pub fn block_starts(&self) -> &[usize] {
        &self.block_starts
    }

    pub fn file_offset(&self, at: usize) -> usize {
        let i = self
            .map
            .partition_point(|&(t, _)| t <= at)
            .saturating_sub(1);
        self.map.get(i).map_or(0, |m| m.1)
    }

    pub fn span(&self, range: std::ops::Range<usize>) -> Span {
        let start = self.file_offset(range.start);
        let end = if range.end > range.start {
            self.file_offset(range.end - 1) + 1
        } else {
            start
        };
        Span {
            file: self.file,
            start,
            end: end.max(start),
        }
    }

    /// A copy with each `range` replaced by its text (ranges ascending, not overlapping), in
    /// one pass; every inserted character maps to the start of the range it replaces.
    pub fn with_replacements(&self, replacements: &[(std::ops::Range<usize>, &str)]) -> MappedText {
        let mut out = MappedText {
            text: String::with_capacity(self.text.len()),
            map: Vec::with_capacity(self.map.len()),
            file: self.file,
            block_starts: Vec::new(),
        };
        let mut at = 0;
        let mut entry = 0;
        let copy_to = |out: &mut MappedText, end: usize, entry: &mut usize| {
            while *entry < self.map.len() && self.map[*entry].0 < end {
                let (offset, origin) = self.map[*entry];
                let len = self.text[offset..].chars().next().map_or(0, char::len_utf8);
                out.map.push((out.text.len(), origin));
                out.text.push_str(&self.text[offset..offset + len]);
                *entry += 1;
            }
        };
        for (range, with) in replacements {
            if range.start < at {
                continue; // overlapping emendations: the first one wins
            }
            copy_to(&mut out, range.start, &mut entry);
            let origin = self.file_offset(range.start);
            for c in with.chars() {
                out.map.push((out.text.len(), origin));
                out.text.push(c);
            }
            while entry < self.map.len() && self.map[entry].0 < range.end {
                entry += 1;
            }
            at = range.end;
        }
        copy_to(&mut out, self.text.len(), &mut entry);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replacing_keeps_the_map_in_step() {
        let original = MappedText::source("one two three", FileId(0));
        let text = original.with_replacements(&[(4..7, "2")]);
        assert_eq!(text.text, "one 2 three");
        assert_eq!(text.file_offset(6), 8);
        assert_eq!(text.file_offset(4), 4);
    }
}
