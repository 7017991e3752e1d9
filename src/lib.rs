//! folio: restore damaged texts and publish annotated editions. This file is the pipeline as a
//! short sequence of stage calls (see ARCHITECTURE.md): read the edition, parse the manuscript,
//! export, then write every output atomically once all of them succeeded.

pub mod annotate;
pub mod check;
pub mod cmd;
pub mod colophon;
pub mod config;
pub mod diag;
pub mod diff;
pub mod export;
pub mod font_files;
pub mod impose;
pub mod manuscript;
pub mod model;
pub mod output;
pub mod project;
pub mod restore;
pub mod revision;
pub mod text;
pub mod timestamp;
pub mod typeset;

use std::path::PathBuf;

use annotate::note_on_text::RestoreSummary;
use annotate::Apparatus;
use config::Format;
use diag::{Diagnostics, Error};
use model::Document;
use project::Project;
use timestamp::Timestamp;

/// What a build should produce, beyond what edition.toml says.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub out_dir: Option<PathBuf>,
    pub formats: Option<Vec<Format>>,
    /// Overrides `[output.pdf] page-size`.
    pub page_size: Option<config::PageSize>,
    /// Also write the handout (`<slug>-handout.pdf`), with `[output.handout]`'s settings.
    pub handout: bool,
}

/// The edition as every exporter sees it: settings, the annotated document, the build time.
pub struct Publication<'a> {
    pub project: &'a Project,
    pub document: &'a Document,
    /// The font files both outputs are set in (the ebook embeds them).
    pub fonts: &'a font_files::FontFiles,
    pub built: Timestamp,
    /// Where each page of the print edition built in the same run starts (page `n` at index
    /// `n - 1`), for the ebook's page list; `None` when no print edition is built.
    pub page_starts: Option<Vec<Option<model::Position>>>,
}

impl<'a> Publication<'a> {
    pub fn new(
        project: &'a Project,
        document: &'a Document,
        fonts: &'a font_files::FontFiles,
        built: Timestamp,
    ) -> Self {
        Publication {
            project,
            document,
            fonts,
            built,
            page_starts: None,
        }
    }
}

/// Starts finding the revision the colophon names, if the edition asks for it.
fn colophon_revision(project: &Project) -> Option<revision::PendingRevision> {
    project
        .edition
        .output
        .colophon_revision
        .then(|| revision::PendingRevision::start(&project.root))
        .flatten()
}

/// Stages 3 and 4: parses the manuscript, anchors the annotations, and appends the note on
/// the text. Content errors are in `diags`; only unreadable files stop here.
pub fn load_document(
    project: &mut Project,
    diags: &mut Diagnostics,
) -> Result<(Document, Apparatus), Error> {
    let (mut document, apparatus, _) = parse_and_annotate(project, diags)?;
    append_note_on_text(project, &mut document, &apparatus, diags)?;
    Ok((document, apparatus))
}

/// Parses the manuscript and merges the annotations; also returns the manuscript's file.
pub fn parse_and_annotate(
    project: &mut Project,
    diags: &mut Diagnostics,
) -> Result<(Document, Apparatus, diag::FileId), Error> {
    let manuscript = project.edition.manuscript.clone();
    let file = project.read(&manuscript, diags)?;
    let text = &project.files.get(file).expect("just added").text;
    let mut document = manuscript::parse(text, file, diags);

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
    Ok((document, apparatus, file))
}

/// Appends the generated note on the text (with the restore report's figures, if any).
pub fn append_note_on_text(
    project: &mut Project,
    document: &mut Document,
    apparatus: &Apparatus,
    diags: &mut Diagnostics,
) -> Result<(), Error> {
    let summary = restore_summary(project, diags)?;
    document.blocks.extend(annotate::note_on_text::build(
        &project.edition,
        apparatus,
        summary.as_ref(),
    ));
    Ok(())
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

/// Builds the outputs and returns the paths written. Nothing is written if any stage reports
/// an error. `progress` receives one line per stage.
pub fn build(
    project: &mut Project,
    options: &BuildOptions,
    diags: &mut Diagnostics,
    progress: &mut dyn FnMut(&str),
) -> Result<Vec<PathBuf>, Error> {
    if let Some(size) = options.page_size {
        project.edition.output.pdf.page_size = size;
    }
    let built = Timestamp::for_build(&project.edition.date).map_err(Error::Usage)?;
    let revision = colophon_revision(project);
    let mut formats = options
        .formats
        .clone()
        .unwrap_or_else(|| project.edition.output.formats.clone());
    // A handout imposes the print edition's pages: the PDF is written too, so the PDF and the
    // handout in a folder always come from the same build.
    if options.handout && !formats.contains(&Format::Pdf) {
        formats.push(Format::Pdf);
    }
    let font_files = project.fonts(diags)?;
    // The ebook's fonts do not depend on the text: compress them on the second core, which
    // is idle while the manuscript is parsed.
    let early_fonts = formats.contains(&Format::Epub).then(|| {
        let files = export::epub::fonts_always_embedded(&font_files);
        std::thread::spawn(move || export::epub::precompress_fonts(files, built))
    });
    progress("parsing the manuscript");
    let (mut document, _apparatus) = load_document(project, diags)?;
    let revision = revision.and_then(revision::PendingRevision::finish);
    document.blocks.extend(colophon::blocks(
        &project.edition,
        &font_files,
        built,
        revision.as_ref(),
    ));
    let out_dir = match &options.out_dir {
        Some(dir) => dir.clone(),
        None => project.output_dir(diags)?,
    };

    // The handout imposes the print edition's pages, so asking for it typesets them too.
    let handout = options.handout
        || (project.edition.output.handout.is_some() && formats.contains(&Format::Pdf));
    let mut publication = Publication::new(project, &document, &font_files, built);
    // Typeset first when anything is printed: the ebook then gets the print pages' list.
    let print = if formats.contains(&Format::Pdf) {
        progress("typesetting the PDF");
        let fonts = typeset::fonts::FontSet::new(&font_files)?;
        let settings = typeset::Settings {
            page: project.edition.output.pdf.page_size,
            font_size: project.edition.output.pdf.font_size,
        };
        let layout = typeset::typeset(&document, &project.edition, &fonts, &settings, diags);
        publication.page_starts = Some(layout.page_starts.clone());
        Some((fonts, layout))
    } else {
        None
    };
    let slug = &project.edition.slug;
    let wants_epub = formats.contains(&Format::Epub);
    let wants_pdf = formats.contains(&Format::Pdf);
    progress(match (wants_epub, wants_pdf) {
        (true, true) => "writing the EPUB and the PDF",
        (true, false) => "writing the EPUB",
        _ => "writing the PDF",
    });
    // Once typeset, the ebook and the print edition are independent: make them on two cores.
    // Each gets its own diagnostics sink, merged afterwards in a fixed order.
    let (epub, pdf) = std::thread::scope(|scope| {
        let epub = wants_epub.then(|| {
            scope.spawn(|| {
                let mut sink = Diagnostics::default();
                let mut fonts = early_fonts.and_then(|thread| thread.join().ok()).flatten();
                let epub = export::epub::write(&publication, fonts.as_mut(), &mut sink);
                (epub, sink)
            })
        });
        let pdf = match (&print, wants_pdf) {
            (Some((fonts, layout)), true) => {
                let mut sink = Diagnostics::default();
                Some((
                    export::pdf::write(&publication, fonts, layout, &mut sink),
                    sink,
                ))
            }
            _ => None,
        };
        (
            epub.map(|thread| thread.join().expect("the EPUB thread does not panic")),
            pdf,
        )
    });
    // A long book's pages, glyphs and fonts take milliseconds to free; nothing waits for that.
    drop(publication);
    std::thread::spawn(move || drop((print, document)));
    let mut print_pdf = None;
    let mut made = std::collections::BTreeMap::new();
    if let Some((bytes, sink)) = epub {
        diags.extend(sink.iter().cloned());
        made.insert(Format::Epub, bytes?);
    }
    if let Some((bytes, sink)) = pdf {
        diags.extend(sink.iter().cloned());
        let bytes = bytes?;
        if handout {
            print_pdf = Some(bytes.clone());
        }
        made.insert(Format::Pdf, bytes);
    }
    let mut outputs = Vec::new();
    for format in &formats {
        if let Some(bytes) = made.remove(format) {
            let extension = match format {
                Format::Epub => "epub",
                Format::Pdf => "pdf",
            };
            outputs.push((out_dir.join(format!("{slug}.{extension}")), bytes));
        }
    }
    // The handout imposes the print edition's own pages (made above whenever it is asked for).
    if let (true, Some(edition_pdf)) = (handout, print_pdf) {
        progress("imposing the handout");
        let settings = project.edition.output.handout.clone().unwrap_or_default();
        let bytes = export::handout::write(&edition_pdf, &settings, diags)?;
        outputs.push((out_dir.join(format!("{slug}-handout.pdf")), bytes));
    }
    if diags.has_errors() {
        return Err(Error::Content {
            errors: diags.error_count(),
        });
    }
    output::write_all_atomic(&outputs)?;
    Ok(outputs.into_iter().map(|(path, _)| path).collect())
}
