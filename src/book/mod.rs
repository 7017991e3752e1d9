//! The book every exporter renders (stage 4b): a title page made from the edition's metadata,
//! the annotated manuscript as its body, and the back matter folio writes itself (the endnotes,
//! the note on the text, the colophon) as typed sections. Exporters ask a section what it is; none of them
//! recognises generated text by a heading id.

pub mod captions;
pub mod colophon;
pub mod endnotes;
pub mod note_on_text;
pub mod title_page;

use crate::cover_image::CoverImage;
use crate::font_files::FontFiles;
use crate::model::{Block, Document, Note, NoteKind, Position};
use crate::project::Project;
use crate::timestamp::Timestamp;

pub use title_page::TitlePage;

/// The edition as a reader gets it, in reading order.
#[derive(Debug, Clone)]
pub struct Book {
    pub title_page: TitlePage,
    /// The manuscript with its annotations merged; its `notes` are the book's notes.
    pub body: Document,
    /// Sections after the body, in reading order: the endnotes (if any), the note on the
    /// text, the colophon.
    pub back: Vec<Section>,
}

/// A section folio writes itself. Its first block is its level-1 heading, whose id is the
/// kind's reserved id (see `model::generated::reserved_by`).
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub kind: SectionKind,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKind {
    /// The "Notes" heading; the endnotes follow it (see `Book::parts`).
    Endnotes,
    /// Where the text came from, its damage and repairs, the emendations and omissions.
    NoteOnTheText,
    /// This edition's facts: source, identifier, type, generator, revision.
    Colophon,
}

impl Book {
    /// A book of the manuscript alone, with no back matter but its endnotes (for tests and
    /// fuzzing of the exporters; a build uses `assemble_book`).
    pub fn of_manuscript(edition: &crate::config::Edition, body: Document) -> Self {
        Book {
            title_page: TitlePage::new(edition),
            back: endnotes::section(&body).into_iter().collect(),
            body,
        }
    }

    /// The body's blocks, then each back section's (`parts` without the endnotes): the
    /// sequence whose leaves `Flow::Body` positions count, in both exporters.
    pub fn blocks(&self) -> impl Iterator<Item = &Block> {
        self.parts().filter_map(|part| part.block())
    }

    /// The book in reading order, as an exporter that sets it in one flow meets it: the
    /// blocks of `blocks`, with the endnotes after the endnotes section's heading.
    pub fn parts(&self) -> impl Iterator<Item = Part<'_>> {
        let body = self.body.blocks.iter().map(Part::Block);
        let back = self.back.iter().flat_map(move |section| {
            let notes = (section.kind == SectionKind::Endnotes).then(|| {
                self.endnotes()
                    .map(|(index, note)| Part::Endnote(index, note))
            });
            section
                .blocks
                .iter()
                .map(Part::Block)
                .chain(notes.into_iter().flatten())
        });
        body.chain(back)
    }

    /// The body's endnotes with their indices in `body.notes`, in reading order.
    pub fn endnotes(&self) -> impl Iterator<Item = (usize, &Note)> {
        self.body
            .notes
            .iter()
            .enumerate()
            .filter(|(_, note)| note.kind == NoteKind::Endnote)
    }
}

/// A piece of the book in reading order (see `Book::parts`).
#[derive(Debug, Clone, Copy)]
pub enum Part<'a> {
    /// A block of the body or of a back-matter section.
    Block(&'a Block),
    /// Note `.0` of the body, an endnote, set in the endnotes section.
    Endnote(usize, &'a Note),
}

impl<'a> Part<'a> {
    /// The block this part is, if it is one.
    pub fn block(&self) -> Option<&'a Block> {
        match *self {
            Part::Block(block) => Some(block),
            Part::Endnote(..) => None,
        }
    }
}

/// The book as every exporter sees it: settings, the book, its fonts, the build time.
pub struct Publication<'a> {
    pub project: &'a Project,
    pub book: &'a Book,
    /// The font files both outputs are set in (the ebook embeds them).
    pub fonts: &'a FontFiles,
    pub built: Timestamp,
    /// Where each page of the print edition built in the same run starts (page `n` at index
    /// `n - 1`), for the ebook's page list; `None` when no print edition is built.
    pub page_starts: Option<Vec<Option<Position>>>,
    /// The cover picture: the edition's own, or one drawn from the title page on another core
    /// while the text is read; none when the ebook is made only to check it.
    pub cover: Option<CoverImage>,
}

impl<'a> Publication<'a> {
    pub fn new(
        project: &'a Project,
        book: &'a Book,
        fonts: &'a FontFiles,
        built: Timestamp,
    ) -> Self {
        Publication {
            project,
            book,
            fonts,
            built,
            page_starts: None,
            cover: None,
        }
    }
}
