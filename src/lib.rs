//! folio: restore damaged texts and publish annotated editions. This file is the pipeline as a
//! short sequence of stage calls (see DESIGN.md): read the edition, parse the manuscript,
//! export, then write every output atomically once all of them succeeded.

pub mod config;
pub mod diag;
pub mod export;
pub mod manuscript;
pub mod model;
pub mod output;
pub mod project;
pub mod text;
pub mod timestamp;
pub mod typeset;

use std::path::PathBuf;

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
}

/// The edition as every exporter sees it: settings, the annotated document, the build time.
pub struct Publication<'a> {
    pub project: &'a Project,
    pub document: &'a Document,
    pub built: Timestamp,
}

/// Parses the edition's manuscript into a document (stage 3 of the pipeline).
pub fn load_document(project: &mut Project, diags: &mut Diagnostics) -> Result<Document, Error> {
    let manuscript = project.edition.manuscript.clone();
    let file = project.read(&manuscript, diags)?;
    let text = &project.files.get(file).expect("just added").text;
    Ok(manuscript::parse(text, file, diags))
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
    progress("parsing the manuscript");
    let document = load_document(project, diags)?;
    let formats = options
        .formats
        .clone()
        .unwrap_or_else(|| project.edition.output.formats.clone());
    let out_dir = options
        .out_dir
        .clone()
        .unwrap_or_else(|| project.path(&project.edition.output.dir));

    let publication = Publication {
        project,
        document: &document,
        built,
    };
    let mut outputs = Vec::new();
    for format in formats {
        let (extension, bytes) = match format {
            Format::Epub => {
                progress("writing the EPUB");
                ("epub", export::epub::write(&publication, diags)?)
            }
            Format::Pdf => {
                progress("typesetting the PDF");
                ("pdf", export::pdf::write(&publication, diags)?)
            }
        };
        outputs.push((
            out_dir.join(format!("{}.{extension}", project.edition.slug)),
            bytes,
        ));
    }
    if diags.has_errors() {
        return Err(Error::Content {
            errors: diags.error_count(),
        });
    }
    for (path, bytes) in &outputs {
        output::write_atomic(path, bytes)?;
    }
    Ok(outputs.into_iter().map(|(path, _)| path).collect())
}
