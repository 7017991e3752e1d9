//! `folio build`: the whole pipeline. Reads the edition, assembles the book, typesets it when
//! a print edition is asked for, makes the EPUB and the PDF on two cores, imposes the handout,
//! and writes every output at once, or none if any stage reported an error.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::thread::JoinHandle;

use crate::book::{Book, Publication, TitlePage};
use crate::cache::CacheFile;
use crate::config::{Format, PageSize};
use crate::cover_image::CoverImage;
use crate::diag::{Diagnostics, Error};
use crate::export::epub::Precompressed;
use crate::font_files::FontFiles;
use crate::project::Project;
use crate::revision::PendingRevision;
use crate::timestamp::Timestamp;
use crate::typeset::{fonts::FontSet, words::KnownWords, Layout};
use crate::{annotate_manuscript, assemble_book, export, output, typeset, Imprint};

/// What a build should produce, beyond what edition.toml says.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub out_dir: Option<PathBuf>,
    pub formats: Option<Vec<Format>>,
    /// Overrides `[output.pdf] page-size`.
    pub page_size: Option<PageSize>,
    /// Also write the handout (`<slug>-handout.pdf`), with `[output.handout]`'s settings.
    pub handout: bool,
}

/// Which outputs this build makes.
struct Plan {
    epub: bool,
    pdf: bool,
    handout: bool,
}

impl Plan {
    fn new(project: &Project, options: &Options) -> Self {
        let formats = options
            .formats
            .clone()
            .unwrap_or_else(|| project.edition.output.formats.clone());
        // A handout imposes the print edition's pages: the PDF is written too, so the PDF and
        // the handout in a folder always come from the same build.
        let handout = options.handout
            || (project.edition.output.handout.is_some() && formats.contains(&Format::Pdf));
        Plan {
            epub: formats.contains(&Format::Epub),
            pdf: formats.contains(&Format::Pdf) || handout,
            handout,
        }
    }

    fn describe(&self) -> &'static str {
        match (self.epub, self.pdf) {
            (true, true) => "writing the EPUB and the PDF",
            (true, false) => "writing the EPUB",
            _ => "writing the PDF",
        }
    }
}

/// Builds the outputs and returns the paths written. Nothing is written if any stage reports
/// an error. `progress` receives one line per stage.
pub fn run(
    project: &mut Project,
    options: &Options,
    diags: &mut Diagnostics,
    progress: &mut dyn FnMut(&str),
) -> Result<Vec<PathBuf>, Error> {
    if let Some(size) = options.page_size {
        project.edition.output.pdf.page_size = size;
    }
    let built = Timestamp::for_build(&project.edition.date).map_err(Error::Usage)?;
    let plan = Plan::new(project, options);
    // Asking git takes as long as parsing; both run at once.
    let revision = project
        .edition
        .output
        .colophon_revision
        .then(|| PendingRevision::start(&project.root))
        .flatten();
    let font_files = project.fonts(diags)?;
    let own_cover = project.own_cover(diags)?;
    let early_fonts = plan
        .epub
        .then(|| compress_fonts_early(project, &font_files, built));
    let wants_cover = plan.epub || (plan.pdf && project.edition.output.pdf.cover);
    let early_cover =
        (wants_cover && own_cover.is_none()).then(|| render_cover_early(project, &font_files));
    let early_words = plan
        .pdf
        .then(|| read_words_early(project, &font_files))
        .flatten();
    progress("parsing the manuscript");
    let annotated = annotate_manuscript(project, diags)?;
    let revision = revision.and_then(PendingRevision::finish);
    let imprint = Imprint {
        fonts: &font_files,
        built,
        revision: revision.as_ref(),
    };
    let book = assemble_book(project, annotated, &imprint, diags)?;
    let out_dir = match &options.out_dir {
        Some(dir) => dir.clone(),
        None => project.output_dir(diags)?,
    };
    let mut publication = Publication::new(project, &book, &font_files, built);
    // Typeset first when anything is printed: the ebook then gets the print pages' list.
    let print = if plan.pdf {
        progress("typesetting the PDF");
        let print = typeset_book(&publication, &book, early_words, diags)?;
        publication.page_starts = Some(print.1.page_starts.clone());
        Some(print)
    } else {
        None
    };
    publication.cover =
        own_cover.or_else(|| early_cover.and_then(|thread| thread.join().ok()).flatten());
    progress(plan.describe());
    let made = export_both(&publication, &plan, print.as_ref(), early_fonts, diags);
    // A long book's pages, glyphs and fonts take milliseconds to free; nothing waits for that.
    drop(publication);
    std::thread::spawn(move || drop((print, book)));
    let made = made?;
    let handout = match (plan.handout, made.get(&Format::Pdf)) {
        (true, Some(print)) => {
            progress("imposing the handout");
            Some(impose_handout(project, print, diags)?)
        }
        _ => None,
    };
    let outputs = name_outputs(&project.edition.slug, &out_dir, made, handout);
    if diags.has_errors() {
        return Err(Error::Content {
            errors: diags.error_count(),
        });
    }
    output::write_all_atomic(&outputs)?;
    Ok(outputs.into_iter().map(|(path, _)| path).collect())
}

/// The ebook's fonts do not depend on the text: they are compressed on the second core, which
/// is idle while the manuscript is parsed (or read from the edition's cache, compressed by an
/// earlier build).
fn compress_fonts_early(
    project: &Project,
    fonts: &FontFiles,
    built: Timestamp,
) -> JoinHandle<Option<Precompressed>> {
    let files = export::epub::fonts_always_embedded(fonts);
    let cache = crate::cache::directory(Some(&project.root));
    std::thread::spawn(move || export::epub::precompress_fonts(files, built, cache.as_deref()))
}

/// The cover, when the edition has none of its own, depends only on the title page and the
/// fonts: it is drawn on the second core too, while the manuscript is parsed and typeset.
fn render_cover_early(project: &Project, fonts: &FontFiles) -> JoinHandle<Option<CoverImage>> {
    let page = TitlePage::new(&project.edition);
    let fonts = fonts.clone();
    let cache = crate::cache::directory(Some(&project.root));
    std::thread::spawn(move || export::epub::render_cover(&page, &fonts, cache.as_deref()))
}

/// The words earlier builds shaped and hyphenated depend only on the fonts and the book's
/// language: their cache file is read and decoded on the second core while the manuscript is
/// parsed (a twentieth of this edition's rebuild). None when the edition keeps no cache.
fn read_words_early(project: &Project, fonts: &FontFiles) -> Option<JoinHandle<KnownWordsFile>> {
    let directory = crate::cache::directory(Some(&project.root))?;
    let faces = fonts.face_bytes();
    let language = project.edition.language.clone();
    Some(std::thread::spawn(move || {
        let file = KnownWords::cache_file(&directory, &faces, &language);
        let known = KnownWords::read(&file);
        (file, known)
    }))
}

/// A words cache file and what it held.
type KnownWordsFile = (CacheFile, KnownWords);

/// Stage 6: the book set in pages, with the fonts it was set in. `early_words` is the words
/// cache as `read_words_early` read it.
fn typeset_book(
    publication: &Publication,
    book: &Book,
    early_words: Option<JoinHandle<KnownWordsFile>>,
    diags: &mut Diagnostics,
) -> Result<(FontSet, Layout), Error> {
    let edition = &publication.project.edition;
    let fonts = FontSet::new(publication.fonts)?;
    let settings = typeset::Settings {
        page: edition.output.pdf.page_size,
        font_size: edition.output.pdf.font_size,
    };
    // A thread that failed only costs the shaping it would have saved.
    let (cache, known) = match early_words.and_then(|thread| thread.join().ok()) {
        Some((file, known)) => (Some(file), known),
        None => (None, KnownWords::default()),
    };
    let known = std::sync::Arc::new(known);
    let (layout, learned) =
        typeset::typeset_knowing(book, edition, &fonts, &settings, &known, diags);
    if let Some(file) = &cache {
        KnownWords::save(&learned, file);
    }
    Ok((fonts, layout))
}

/// Stage 7: the EPUB and the PDF, made on two cores once the book is typeset. Each gets its
/// own diagnostics sink, merged afterwards in a fixed order (EPUB, then PDF).
fn export_both(
    publication: &Publication,
    plan: &Plan,
    print: Option<&(FontSet, Layout)>,
    early_fonts: Option<JoinHandle<Option<Precompressed>>>,
    diags: &mut Diagnostics,
) -> Result<BTreeMap<Format, Vec<u8>>, Error> {
    let (epub, pdf) = std::thread::scope(|scope| {
        let epub = plan.epub.then(|| {
            scope.spawn(|| {
                let mut sink = Diagnostics::default();
                let mut fonts = early_fonts.and_then(|thread| thread.join().ok()).flatten();
                let epub = export::epub::write(publication, fonts.as_mut(), &mut sink);
                (epub, sink)
            })
        });
        let pdf = print.map(|(fonts, layout)| {
            let mut sink = Diagnostics::default();
            (
                export::pdf::write(publication, fonts, layout, &mut sink),
                sink,
            )
        });
        let epub = epub.map(|thread| thread.join().expect("the EPUB thread does not panic"));
        (epub, pdf)
    });
    let mut made = BTreeMap::new();
    for (format, result) in [(Format::Epub, epub), (Format::Pdf, pdf)] {
        if let Some((bytes, sink)) = result {
            diags.extend(sink.iter().cloned());
            made.insert(format, bytes?);
        }
    }
    Ok(made)
}

/// The handout imposed from the print edition's bytes, with `[output.handout]`'s settings.
fn impose_handout(
    project: &Project,
    print: &[u8],
    diags: &mut Diagnostics,
) -> Result<Vec<u8>, Error> {
    let settings = project.edition.output.handout.clone().unwrap_or_default();
    export::handout::write(print, &settings, diags)
}

/// Each output's path in `out_dir`, in a fixed order (EPUB, PDF, handout).
fn name_outputs(
    slug: &str,
    out_dir: &std::path::Path,
    mut made: BTreeMap<Format, Vec<u8>>,
    handout: Option<Vec<u8>>,
) -> Vec<(PathBuf, Vec<u8>)> {
    let mut outputs = Vec::new();
    if let Some(bytes) = made.remove(&Format::Epub) {
        outputs.push((out_dir.join(format!("{slug}.epub")), bytes));
    }
    if let Some(bytes) = made.remove(&Format::Pdf) {
        outputs.push((out_dir.join(format!("{slug}.pdf")), bytes));
    }
    if let Some(bytes) = handout {
        outputs.push((out_dir.join(format!("{slug}-handout.pdf")), bytes));
    }
    outputs
}
