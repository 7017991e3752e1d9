//! `folio restore`: reads the input (a file or standard input), loads the lexicons (the
//! edition's when run inside one, plus `--lexicon` files), restores, prints the review on
//! stderr and writes the Markdown manuscript and the JSON report, or the restored text to
//! stdout when used as a filter.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use super::markdown;
use super::{restore, Lexicon, Report, RestoreOptions};
use crate::config::EDITION_FILE;
use crate::diag::{Diagnostic, Diagnostics, Error, Files};
use crate::output::write_atomic;
use crate::project::Project;

/// The command line of `folio restore`, as the binary hands it over.
#[derive(Debug, Clone, Default)]
pub struct Args {
    /// The edition directory (`--edition/-C`).
    pub edition: PathBuf,
    /// The damaged file, or `-` for standard input.
    pub input: PathBuf,
    pub output: Option<PathBuf>,
    pub report: Option<PathBuf>,
    pub strict: bool,
    pub lexicons: Vec<PathBuf>,
    pub force: bool,
}

/// Runs the command. With `--strict` and suspects left, nothing is written and the result is
/// a content error (exit 1).
pub fn run(args: &Args, files: &mut Files, diags: &mut Diagnostics) -> Result<(), Error> {
    let (mut lexicon, options) = edition_settings(&args.edition, files, diags)?;
    for path in &args.lexicons {
        lexicon.merge(Lexicon::load(path, files, diags)?);
    }
    let input = read_input(&args.input)?;
    let restored = restore(&input, &lexicon, &options);
    let manuscript = args
        .output
        .as_ref()
        .map(|_| markdown::to_markdown(&restored.text, &restored.boilerplate));
    let captions = manuscript
        .as_ref()
        .map(|m| m.captions.clone())
        .unwrap_or_default();
    let report = Report::new(&args.input.display().to_string(), &restored, captions);
    eprint!("{}", report.render_human());

    if args.strict && !report.suspects.is_empty() {
        diags.push(
            Diagnostic::error(
                "R001",
                format!("{} suspects remain (--strict)", report.suspects.len()),
            )
            .with_hint("add the words to the edition lexicon, or review without --strict"),
        );
        return Err(Error::Content {
            errors: diags.error_count(),
        });
    }
    if let (Some(path), Some(manuscript)) = (&args.output, &manuscript) {
        write_manuscript(path, manuscript.markdown.as_bytes(), args.force)?;
    } else {
        std::io::stdout()
            .write_all(restored.text.as_bytes())
            .map_err(|e| Error::io(Path::new("<stdout>"), e))?;
    }
    if let Some(path) = &args.report {
        write_atomic(path, report.to_json().as_bytes())?;
    }
    Ok(())
}

/// The edition's lexicon and dash style when `dir` holds an edition; built-ins otherwise.
fn edition_settings(
    dir: &Path,
    files: &mut Files,
    diags: &mut Diagnostics,
) -> Result<(Lexicon, RestoreOptions), Error> {
    if !dir.join(EDITION_FILE).exists() {
        return Ok((Lexicon::default(), RestoreOptions::default()));
    }
    let project = Project::load(dir, files, diags)?;
    let lexicon_path = project
        .edition
        .lexicon
        .as_ref()
        .map(|relative| project.named_file(relative, diags))
        .transpose();
    *files = project.files;
    let options = RestoreOptions {
        dash: project.edition.style.dash,
    };
    let lexicon = match lexicon_path? {
        Some(path) => Lexicon::load(&path, files, diags)?,
        None => Lexicon::default(),
    };
    Ok((lexicon, options))
}

fn read_input(path: &Path) -> Result<Vec<u8>, Error> {
    if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| Error::io(Path::new("<stdin>"), e))?;
        Ok(bytes)
    } else {
        std::fs::read(path).map_err(|e| Error::io(path, e))
    }
}

/// Writes the manuscript, refusing to replace an existing one without `--force`; with it, the
/// replaced file is kept as `FILE.orig` so an editor's revisions are never lost.
fn write_manuscript(path: &Path, bytes: &[u8], force: bool) -> Result<(), Error> {
    if path.exists() {
        if !force {
            return Err(Error::Usage(format!(
                "{} exists and may hold an editor's revisions; pass --force to replace it \
                 (the old file is kept as {}.orig)",
                path.display(),
                path.display()
            )));
        }
        let old = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let mut backup = path.as_os_str().to_owned();
        backup.push(".orig");
        write_atomic(Path::new(&backup), &old)?;
    }
    write_atomic(path, bytes)
}
