//! folio: restore damaged texts and publish annotated editions. This file is the table of
//! contents: the modules, then the stages every command strings together, in the order a
//! build runs them, each one call (ARCHITECTURE.md describes each stage and what it hands on).
//! The commands themselves are in `cmd/`.
//!
//! 1. read the edition: `project::Project::load` (edition.toml, fonts: `Project::fonts`);
//! 2. restore a damaged source (its own command): `restore::restore`;
//! 3. and 4. parse the manuscript and merge the annotations: `annotate_manuscript`;
//! 5. assemble the book (title page, body, back matter): `assemble_book`;
//! 6. typeset it into pages: `typeset::typeset`;
//! 7. export: `export::epub::write`, `export::pdf::write`, `export::handout::write`;
//! 8. write every output, all or none: `output::write_all_atomic`.

pub mod annotate;
pub mod book;
pub mod cache;
pub mod check;
pub mod cmd;
pub mod compare;
pub mod config;
pub mod cover_image;
pub mod diag;
pub mod export;
pub mod font_face;
pub mod font_files;
pub mod impose;
pub mod manuscript;
pub mod model;
pub mod output;
pub mod preview;
pub mod project;
pub mod restore;
pub mod revision;
pub mod text;
pub mod timestamp;
pub mod typeset;

use annotate::Apparatus;
use book::note_on_text::RestoreSummary;
use book::{Book, Section, TitlePage};
use diag::{Diagnostics, Error, FileId};
use font_files::FontFiles;
use model::Document;
use project::Project;
use revision::RevisionInfo;
use timestamp::Timestamp;

/// The manuscript after stages 3 and 4.
pub struct Annotated {
    pub document: Document,
    pub apparatus: Apparatus,
    /// The manuscript's file, for diagnostics and comparison.
    pub file: FileId,
}

/// What the colophon says about this build.
pub struct Imprint<'a> {
    pub fonts: &'a FontFiles,
    pub built: Timestamp,
    /// The git revision built from, when the edition asks for it and git knows it.
    pub revision: Option<&'a RevisionInfo>,
}

/// Stages 3 and 4: parses the manuscript and merges the annotations into it. Content errors
/// are in `diags`; only unreadable files stop here.
pub fn annotate_manuscript(
    project: &mut Project,
    diags: &mut Diagnostics,
) -> Result<Annotated, Error> {
    // Stage 3: Markdown to the document model.
    let manuscript = project.edition.manuscript.clone();
    let file = project.read(&manuscript, diags)?;
    let text = &project.files.get(file).expect("just added").text;
    let mut document = manuscript::parse(text, file, diags);
    // Stage 4: each annotation file read, then every note anchored in one pass.
    let mut annotations = Vec::new();
    let mut unreadable_files = 0;
    for path in project.edition.annotations.clone() {
        let annotation_file = project.read(&path, diags)?;
        match annotate::parse(&project.files, annotation_file, diags) {
            Some(parsed) => annotations.push((annotation_file, parsed)),
            None => unreadable_files += 1,
        }
    }
    let mut apparatus = annotate::annotate(&mut document, &project.files, &annotations, diags);
    apparatus.unreadable_files += unreadable_files;
    if project.edition.style.note_marks == config::NoteMarks::AfterPunctuation {
        annotate::marks_after_punctuation(&mut document);
    }
    Ok(Annotated {
        document,
        apparatus,
        file,
    })
}

/// Stage 5: the book: the title page, the annotated manuscript, the endnotes, the note on the
/// text (with the restore report's figures, if the edition names one) and the colophon.
pub fn assemble_book(
    project: &mut Project,
    annotated: Annotated,
    imprint: &Imprint,
    diags: &mut Diagnostics,
) -> Result<Book, Error> {
    let summary = restore_summary(project, diags)?;
    let edition = &project.edition;
    let mut body = annotated.document;
    let back: Vec<Section> = book::endnotes::section(&body)
        .into_iter()
        .chain([
            book::note_on_text::section(edition, &annotated.apparatus, summary.as_ref()),
            book::colophon::section(edition, imprint.fonts, imprint.built, imprint.revision),
        ])
        .collect();
    book::captions::mark(&mut body, edition.style.captions);
    Ok(Book {
        title_page: TitlePage::new(edition),
        body,
        back,
    })
}

/// Reads the restore report named in edition.toml, if any, for the note on the text.
fn restore_summary(
    project: &mut Project,
    diags: &mut Diagnostics,
) -> Result<Option<RestoreSummary>, Error> {
    let Some(path) = project
        .edition
        .source
        .as_ref()
        .and_then(|s| s.restore_report.clone())
    else {
        return Ok(None);
    };
    let file = project.read(&path, diags)?;
    let text = &project.files.get(file).expect("just added").text;
    match restore::Report::from_json(text) {
        Ok(report) => Ok(Some(RestoreSummary::from_report(&report))),
        Err(err) => {
            diags.push(
                diag::Diagnostic::error(
                    "R100",
                    format!("the restore report is not readable: {err}"),
                )
                .with_span(diag::Span::new(file, 0..0))
                .with_hint(
                    "write it again with `folio restore SOURCE -o MANUSCRIPT --report REPORT`",
                ),
            );
            Ok(None)
        }
    }
}
