//! `folio check`: proves a manuscript revision is fit to land. It reads the edition, anchors
//! the annotations, aligns the manuscript with its source (every difference declared), and
//! builds the EPUB in memory so a passing check means a passing build. Codes C0xx; the other
//! stages report with their own codes.

pub mod faithful;
mod residual;

use crate::diag::{Diagnostic, Diagnostics, Error, Severity};
use crate::project::Project;
use crate::restore::hunspell::Dictionaries;
use crate::restore::{Lexicon, RestoreOptions};
use crate::typeset::fonts::FontSet;
use crate::{Publication, Timestamp};

/// What was checked, for the summary line.
#[derive(Debug, Default)]
pub struct Checked {
    pub notes: usize,
    pub emendations: usize,
    pub omissions: usize,
    pub source_compared: bool,
}

/// Runs every check; findings go to `diags`. Only unreadable files are an `Err`.
pub fn check(project: &mut Project, diags: &mut Diagnostics) -> Result<Checked, Error> {
    let (mut document, apparatus, manuscript_file) = crate::parse_and_annotate(project, diags)?;
    let mut checked = Checked {
        notes: apparatus.note_count,
        emendations: apparatus.emendations.len(),
        omissions: apparatus.omissions.len(),
        source_compared: false,
    };

    let manuscript = faithful::MappedText::manuscript(&document, manuscript_file);
    let lexicon = match project.edition.lexicon.clone() {
        Some(path) => {
            let path = project.named_file(&path, diags)?;
            Lexicon::load(&path, &mut project.files, diags)?
        }
        None => Lexicon::default(),
    };
    // Only the dictionaries the edition names: with every installed one, looking for the
    // candidates of this edition's unknown names took check from 14 ms to about 2 s (five
    // dictionaries parsed and searched), too slow for a pre-commit hook. Restore, run once on
    // a source, uses them all by default.
    let languages = &project.edition.restore.languages;
    let dictionaries = if languages.is_empty() {
        Dictionaries::none()
    } else {
        Dictionaries::for_command(languages, diags)
    };
    let options = RestoreOptions {
        dash: project.edition.style.dash,
        dictionaries,
    };
    residual::check(&manuscript, &lexicon, &options, diags);

    let source_path = project.edition.source.as_ref().and_then(|s| s.file.clone());
    if source_path.is_some() && apparatus.unreadable_files > 0 {
        // Without every emendation and omission, each would show as an undeclared change.
        diags.push(Diagnostic {
            severity: Severity::Note,
            ..Diagnostic::error(
                "C005",
                "the comparison with the source was skipped: an annotations file could not be read",
            )
            .with_hint("fix the annotations file above, then check again")
        });
    } else if let Some(source_path) = source_path {
        let source_file = project.read(&source_path, diags)?;
        let source = faithful::MappedText::source(
            &project.files.get(source_file).expect("just read").text,
            source_file,
        );
        faithful::check(&source, &manuscript, &apparatus, &project.files, diags);
        checked.source_compared = true;
    }

    // Every character in the fonts, so the print edition has no blank boxes.
    let font_files = project.fonts(diags)?;
    let fonts = FontSet::new(&font_files)?;
    fonts.check_coverage(&document, diags);

    // The build would succeed: the note on the text and the EPUB, made in memory.
    crate::append_note_on_text(project, &mut document, &apparatus, diags)?;
    let built = Timestamp::for_build(&project.edition.date).map_err(Error::Usage)?;
    let publication = Publication::new(project, &document, &font_files, built);
    crate::export::epub::entries(&publication, diags)?;
    Ok(checked)
}
