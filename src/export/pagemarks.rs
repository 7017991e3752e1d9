//! Page-break markers in the ebook (stage 5, EPUB side): the print edition's page starts, as
//! the typesetter reported them (`model::Position`), become `doc-pagebreak` markers at the same
//! place in the XHTML, and their targets the nav's page list. The XHTML writer walks the text
//! in reading order and asks at each piece of text which markers fall inside it. Reading order
//! is not `Position`'s order (the endnotes, a note's flow, come before the back matter's last
//! body blocks), so markers are looked up by place, not taken in turn.

use std::collections::BTreeSet;

use crate::model::{Flow, Position};

use super::xml::XmlWriter;

/// The markers still to write, and where the written ones went.
#[derive(Debug)]
pub struct PageMarks {
    /// (where the page starts, page index) of the markers not yet written.
    pending: BTreeSet<(Position, usize)>,
    /// For each page of the print edition, the href (file#id) of its marker once written.
    placed: Vec<Option<String>>,
    /// Where the writer is: flow, leaf block, character offset.
    cursor: Position,
    /// The number the next leaf block of the current flow gets.
    next_leaf: usize,
}

/// Where the writer was before it entered another flow.
pub struct Resume(Position, usize);

impl PageMarks {
    /// Markers for `starts` (page `n` at index `n - 1`); pages without a start get none.
    pub fn new(starts: &[Option<Position>]) -> Self {
        let pending = starts
            .iter()
            .enumerate()
            .filter_map(|(page, at)| at.map(|at| (at, page)))
            .collect();
        PageMarks {
            pending,
            placed: vec![None; starts.len()],
            cursor: Position {
                flow: Flow::Body,
                block: 0,
                offset: 0,
            },
            next_leaf: 0,
        }
    }

    /// Enters another flow (a note's text) at its beginning; returns where the writer was, for
    /// `leave`.
    pub fn enter(&mut self, flow: Flow) -> Resume {
        let cursor = Position {
            flow,
            block: 0,
            offset: 0,
        };
        Resume(
            std::mem::replace(&mut self.cursor, cursor),
            std::mem::replace(&mut self.next_leaf, 0),
        )
    }

    pub fn leave(&mut self, Resume(cursor, next_leaf): Resume) {
        self.cursor = cursor;
        self.next_leaf = next_leaf;
    }

    /// Moves to the start of the next leaf block of the current flow.
    pub fn start_leaf(&mut self) {
        self.cursor.block = self.next_leaf;
        self.cursor.offset = 0;
        self.next_leaf += 1;
    }

    /// Writes `text` (counted in characters from the cursor) with the markers that fall inside
    /// it, each before the character its page starts with.
    pub fn text(&mut self, w: &mut XmlWriter, file: &str, text: &str) {
        let mut rest = text;
        let start = self.cursor.offset;
        let length = text.chars().count();
        let mut written = 0;
        while let Some(at) = self.next_within(start + length) {
            let split = at - start - written;
            let byte = rest
                .char_indices()
                .nth(split)
                .map_or(rest.len(), |(b, _)| b);
            w.text(&rest[..byte]);
            rest = &rest[byte..];
            written += split;
            self.cursor.offset = at;
            self.write_here(w, file);
        }
        w.text(rest);
        self.cursor.offset = start + length;
    }

    /// Moves past text that is not written as text (a line break).
    pub fn advance(&mut self, chars: usize) {
        self.cursor.offset += chars;
    }

    /// Writes the markers at the cursor itself (the start of a block, before generated text
    /// such as a note's number).
    pub fn here(&mut self, w: &mut XmlWriter, file: &str) {
        self.write_here(w, file);
    }

    /// Writes every marker left in the current leaf block: its text has ended, so a page that
    /// starts beyond it (which the typesetter never reports) is marked at its end rather than
    /// lost.
    pub fn end_leaf(&mut self, w: &mut XmlWriter, file: &str) {
        let leaf_start = Position {
            offset: 0,
            ..self.cursor
        };
        while let Some((at, page)) = self.next_from(leaf_start) {
            if (at.flow, at.block) != (self.cursor.flow, self.cursor.block) {
                break;
            }
            self.pending.remove(&(at, page));
            self.write(w, file, page);
        }
    }

    /// The first marker still to write at or after `from`.
    fn next_from(&self, from: Position) -> Option<(Position, usize)> {
        self.pending.range((from, 0)..).next().copied()
    }

    /// The offset of the next marker in the current leaf before `end`, if any.
    fn next_within(&self, end: usize) -> Option<usize> {
        let (at, _) = self.next_from(self.cursor)?;
        ((at.flow, at.block) == (self.cursor.flow, self.cursor.block) && at.offset < end)
            .then_some(at.offset)
    }

    fn write_here(&mut self, w: &mut XmlWriter, file: &str) {
        while let Some((at, page)) = self.next_from(self.cursor) {
            if at != self.cursor {
                break;
            }
            self.pending.remove(&(at, page));
            self.write(w, file, page);
        }
    }

    fn write(&mut self, w: &mut XmlWriter, file: &str, page: usize) {
        let label = (page + 1).to_string();
        let id = format!("page-{label}");
        w.empty(
            "span",
            &[
                ("id", &id),
                ("epub:type", "pagebreak"),
                ("role", "doc-pagebreak"),
                ("aria-label", &label),
            ],
        );
        self.placed[page] = Some(format!("{file}#{id}"));
    }

    /// The page list for the nav: (label, href inside `text/`) for each marker written, in page
    /// order, and the labels of the pages that got none.
    pub fn finish(self) -> (Vec<(String, String)>, Vec<String>) {
        let mut list = Vec::new();
        let mut missing = Vec::new();
        for (page, href) in self.placed.into_iter().enumerate() {
            let label = (page + 1).to_string();
            match href {
                Some(href) => list.push((label, href)),
                None => missing.push(label),
            }
        }
        (list, missing)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(block: usize, offset: usize) -> Option<Position> {
        Some(Position {
            flow: Flow::Body,
            block,
            offset,
        })
    }

    #[test]
    fn markers_go_before_the_character_their_page_starts_with() {
        let mut marks = PageMarks::new(&[at(0, 0), at(0, 6), at(1, 2)]);
        let mut w = XmlWriter::default();
        marks.start_leaf();
        marks.here(&mut w, "c.xhtml");
        marks.text(&mut w, "c.xhtml", "Ernő G");
        marks.text(&mut w, "c.xhtml", "erő & co");
        marks.end_leaf(&mut w, "c.xhtml");
        marks.start_leaf();
        marks.text(&mut w, "c.xhtml", "ab");
        marks.end_leaf(&mut w, "c.xhtml");
        let span = |n: u32| {
            format!(
                r#"<span id="page-{n}" epub:type="pagebreak" role="doc-pagebreak" aria-label="{n}"/>"#
            )
        };
        assert_eq!(
            w.out,
            format!("{}Ernő G{}erő &amp; coab{}", span(1), span(2), span(3))
        );
        let (list, missing) = marks.finish();
        assert_eq!(list[1], ("2".to_string(), "c.xhtml#page-2".to_string()));
        assert!(missing.is_empty());
    }

    #[test]
    fn a_page_in_the_endnotes_is_marked_though_body_blocks_come_after_them() {
        let in_note = Some(Position {
            flow: Flow::Note(0),
            block: 0,
            offset: 3,
        });
        let mut marks = PageMarks::new(&[at(0, 0), in_note, at(1, 0)]);
        let mut w = XmlWriter::default();
        marks.start_leaf();
        marks.here(&mut w, "c.xhtml");
        marks.text(&mut w, "c.xhtml", "Notes");
        marks.end_leaf(&mut w, "c.xhtml");
        let resume = marks.enter(Flow::Note(0));
        marks.start_leaf();
        marks.text(&mut w, "notes.xhtml", "A note.");
        marks.end_leaf(&mut w, "notes.xhtml");
        marks.leave(resume);
        marks.start_leaf();
        marks.here(&mut w, "d.xhtml");
        marks.text(&mut w, "d.xhtml", "Colophon");
        marks.end_leaf(&mut w, "d.xhtml");
        let (list, missing) = marks.finish();
        assert!(missing.is_empty(), "pages without a marker: {missing:?}");
        let hrefs: Vec<&str> = list.iter().map(|(_, href)| href.as_str()).collect();
        assert_eq!(
            hrefs,
            ["c.xhtml#page-1", "notes.xhtml#page-2", "d.xhtml#page-3"]
        );
    }
}
