//! `folio check`: proves a manuscript revision is fit to land. It reads the edition, anchors
//! the annotations, looks for damage restore would still repair (in the manuscript and in
//! edition.toml's titles and names), aligns the manuscript with its source (every difference
//! declared), checks that the fonts cover the text, and makes the EPUB in memory, so a passing
//! check means a passing build. Its own findings are C0xx (see `check/`); the other stages
//! report with their own codes.

use std::path::PathBuf;

use crate::book::Publication;
use crate::check::{faithful, residual};
use crate::compare::MappedText;
use crate::diag::{Diagnostic, Diagnostics, Error, Severity};
use crate::project::Project;
use crate::restore::hunspell::Dictionaries;
use crate::restore::{Lexicon, Report, RestoreOptions};
use crate::timestamp::Timestamp;
use crate::typeset::fonts::FontSet;
use crate::{annotate_manuscript, assemble_book, Imprint};

/// What was checked, for the summary line.
#[derive(Debug, Default)]
pub struct Checked {
    pub notes: usize,
    pub emendations: usize,
    pub omissions: usize,
    pub source_compared: bool,
}

/// Runs every check; findings go to `diags`. Only unreadable files are an `Err`.
pub fn run(project: &mut Project, diags: &mut Diagnostics) -> Result<Checked, Error> {
    let annotated = annotate_manuscript(project, diags)?;
    let apparatus = &annotated.apparatus;
    let mut checked = Checked {
        notes: apparatus.note_count,
        emendations: apparatus.emendations.len(),
        omissions: apparatus.omissions.len(),
        source_compared: false,
    };
    let manuscript = MappedText::manuscript(&annotated.document, annotated.file);
    let (lexicon, options) = restore_settings(project, diags)?;
    residual::unrepaired_damage(&manuscript, &lexicon, &options, diags);
    residual::damaged_metadata(&edition_values(project), &lexicon, &options, diags);
    options.dictionaries.save_answers();
    checked.source_compared = compare_with_source(project, &manuscript, &annotated, diags)?;

    // Every character in the fonts, so the print edition has no blank boxes.
    let font_files = project.fonts(diags)?;
    // The cover a build would put in the ebook: readable, a JPEG or PNG, large enough.
    project.own_cover(diags)?;
    FontSet::new(&font_files)?.check_coverage(&annotated.document, diags);

    // The build would succeed: the book and its EPUB, made in memory.
    let built = Timestamp::for_build(&project.edition.date).map_err(Error::Usage)?;
    let imprint = Imprint {
        fonts: &font_files,
        built,
        revision: None,
    };
    let book = assemble_book(project, annotated, &imprint, diags)?;
    let publication = Publication::new(project, &book, &font_files, built);
    crate::export::epub::entries(&publication, diags)?;
    Ok(checked)
}

/// The edition's lexicon and the dictionaries it names, as `folio restore` would use them.
fn restore_settings(
    project: &mut Project,
    diags: &mut Diagnostics,
) -> Result<(Lexicon, RestoreOptions), Error> {
    let lexicon = match project.edition.lexicon.clone() {
        Some(path) => {
            let path = project.named_file(&path, diags)?;
            Lexicon::load(&path, &mut project.files, diags)?
        }
        None => Lexicon::default(),
    };
    let options = RestoreOptions {
        dash: project.edition.style.dash,
        dictionaries: dictionaries(project, diags)
            .cached_in(crate::cache::directory(Some(&project.root))),
    };
    Ok((lexicon, options))
}

/// The dictionaries check looks for damage with: those edition.toml's `[restore] languages`
/// names, else those the restore report records restore found words in, else none. Never
/// every installed one, as restore uses by default: looking for the candidates of this
/// edition's unknown names in all five took check from 14 ms to about 2 s, too slow for a
/// pre-commit hook. Each is read only when a word needs it.
fn dictionaries(project: &Project, diags: &mut Diagnostics) -> Dictionaries {
    let named = &project.edition.restore.languages;
    if !named.is_empty() {
        return Dictionaries::for_command(named, diags);
    }
    match recorded_languages(project) {
        Some((report, languages)) if !languages.is_empty() => {
            Dictionaries::recorded_in(&report, &languages, diags)
        }
        _ => Dictionaries::none(),
    }
}

/// The restore report edition.toml names and the languages it records. A report that cannot
/// be read records none here: the build, which check runs next, reads it whole and says what
/// is wrong with it (F011, M001, R100).
fn recorded_languages(project: &Project) -> Option<(PathBuf, Vec<String>)> {
    let report = project.edition.source.as_ref()?.restore_report.clone()?;
    let path = crate::project::inside_edition(&project.root, &report).ok()?;
    let json = std::fs::read_to_string(path).ok()?;
    Some((report, Report::languages_in(&json)))
}

/// edition.toml's values that readers read (titles, names), a line each, at their places.
fn edition_values(project: &Project) -> MappedText {
    let text = project
        .files
        .get(project.config)
        .map_or("", |config| config.text.as_str());
    let values = crate::config::text_values(text);
    MappedText::lines(
        values
            .iter()
            .map(|v| (v.text.as_str(), v.offsets.as_slice())),
        project.config,
    )
}

/// Aligns the manuscript with the source edition.toml names, if any; whether it did.
fn compare_with_source(
    project: &mut Project,
    manuscript: &MappedText,
    annotated: &crate::Annotated,
    diags: &mut Diagnostics,
) -> Result<bool, Error> {
    let Some(source_path) = project.edition.source.as_ref().and_then(|s| s.file.clone()) else {
        return Ok(false);
    };
    if annotated.apparatus.unreadable_files > 0 {
        // Without every emendation and omission, each would show as an undeclared change.
        diags.push(Diagnostic {
            severity: Severity::Note,
            ..Diagnostic::error(
                "C005",
                "the comparison with the source was skipped: an annotations file could not be read",
            )
            .with_hint("fix the annotations file above, then check again")
        });
        return Ok(false);
    }
    let source_file = project.read(&source_path, diags)?;
    let source = MappedText::source(
        &project.files.get(source_file).expect("just read").text,
        source_file,
    );
    faithful::undeclared_changes(
        &source,
        manuscript,
        &annotated.apparatus,
        &project.files,
        diags,
    );
    Ok(true)
}
