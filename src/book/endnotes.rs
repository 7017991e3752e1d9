//! The endnotes section: the first back-matter section, before the note on the text and the
//! colophon, as books print their notes before the appendices. It is a "Notes" heading; the
//! notes themselves stay in the body's `notes` (their numbers and references belong to the
//! text) and every exporter sets them after the heading (see `Book::parts`).

use crate::model::generated::{heading, ENDNOTES_HEADING_ID};
use crate::model::{Document, NoteKind};

use super::{Section, SectionKind};

/// The endnotes' section, if any note of `body` is an endnote.
pub fn section(body: &Document) -> Option<Section> {
    body.notes
        .iter()
        .any(|note| note.kind == NoteKind::Endnote)
        .then(|| Section {
            kind: SectionKind::Endnotes,
            blocks: vec![heading(1, ENDNOTES_HEADING_ID, "Notes")],
        })
}
