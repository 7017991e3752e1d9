//! `folio restore`: reads the input (a file or standard input), loads the lexicons (the
//! edition's when run inside one, plus `--lexicon` files), restores, prints the review on
//! stderr and writes the Markdown manuscript and the JSON report, or the restored text to
//! stdout when used as a filter. A manuscript it replaces (`--force`) is kept in the edition's
//! `.folio/replaced/`, which git ignores.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use crate::config::EDITION_FILE;
use crate::diag::{Diagnostic, Diagnostics, Error, Files};
use crate::output::write_atomic;
use crate::project::Project;
use crate::restore::hunspell::Dictionaries;
use crate::restore::lexicon::strip;
use crate::restore::markdown;
use crate::restore::{restore, Lexicon, Report, RestoreOptions, Restored};

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
    /// Hunspell dictionaries to use (`--language`, repeatable); overrides edition.toml.
    pub languages: Vec<String>,
}

/// Runs the command. With `--strict` and suspects left, nothing is written and the result is
/// a content error (exit 1).
pub fn run(args: &Args, files: &mut Files, diags: &mut Diagnostics) -> Result<(), Error> {
    // Before the work and its review, which would otherwise scroll the refusal out of sight.
    if let Some(path) = &args.output {
        refuse_to_replace(path, args.force)?;
    }
    let (mut lexicon, options) = edition_settings(args, files, diags)?;
    for path in &args.lexicons {
        lexicon.merge(Lexicon::load(path, files, diags)?);
    }
    let input = read_input(&args.input)?;
    let mut restored = restore(&input, &lexicon, &options);
    drop_resolved_suspects(&mut restored, &lexicon);
    let manuscript = args
        .output
        .as_ref()
        .map(|_| markdown::to_markdown(&restored.text, &restored.boilerplate));
    let captions = manuscript
        .as_ref()
        .map(|m| m.captions.clone())
        .unwrap_or_default();
    let report = Report::new(
        &args.input.display().to_string(),
        &restored,
        captions,
        &options.dictionaries,
    );
    // After the report, which asks the dictionaries which of them know its words.
    options.dictionaries.report_unreadable(diags);
    options.dictionaries.save_answers();
    eprint!("{}", report.render_human());

    if args.strict && !report.suspects.is_empty() {
        diags.push(
            Diagnostic::error(
                "R001",
                format!(
                    "{} remain (--strict)",
                    crate::text::counted(report.suspects.len(), "suspect", "suspects")
                ),
            )
            .with_hint("add the words to the edition lexicon, or review without --strict"),
        );
        return Err(Error::Content {
            errors: diags.error_count(),
        });
    }
    if let (Some(path), Some(manuscript)) = (&args.output, &manuscript) {
        let kept = write_manuscript(
            path,
            manuscript.markdown.as_bytes(),
            args.force,
            &args.edition,
        )?;
        if let Some(kept) = kept {
            eprintln!(
                "\nreplaced {}: the previous manuscript is kept as {}\n  (git ignores {}; to undo: mv {} {})",
                path.display(),
                kept.display(),
                kept.parent().and_then(Path::parent).unwrap_or(Path::new(".")).display(),
                kept.display(),
                path.display()
            );
        }
    } else {
        std::io::stdout()
            .write_all(restored.text.as_bytes())
            .map_err(|e| Error::io(Path::new("<stdout>"), e))?;
    }
    if let Some(path) = &args.report {
        write_atomic(path, report.to_json().as_bytes())?;
    }
    // The parsed dictionaries are millions of small allocations: freeing them one by one
    // cost 1 % of an uncached restore's instructions, and the process ends here.
    std::mem::forget(options);
    Ok(())
}

/// The edition's lexicon, dash style and dictionaries when `args.edition` holds an edition;
/// built-ins and every suitable installed dictionary otherwise. `--language` outranks the
/// edition's `[restore] languages`.
fn edition_settings(
    args: &Args,
    files: &mut Files,
    diags: &mut Diagnostics,
) -> Result<(Lexicon, RestoreOptions), Error> {
    let dir = &args.edition;
    if !dir.join(EDITION_FILE).exists() {
        let options = RestoreOptions {
            dictionaries: Dictionaries::for_command(&args.languages, diags)
                .cached_in(crate::cache::directory(None)),
            ..RestoreOptions::default()
        };
        return Ok((Lexicon::default(), options));
    }
    let project = Project::load(dir, files, diags)?;
    let lexicon_path = project
        .edition
        .lexicon
        .as_ref()
        .map(|relative| project.named_file(relative, diags))
        .transpose();
    *files = project.files;
    let languages = if args.languages.is_empty() {
        &project.edition.restore.languages
    } else {
        &args.languages
    };
    let options = RestoreOptions {
        dash: project.edition.style.dash,
        dictionaries: Dictionaries::for_command(languages, diags)
            .cached_in(crate::cache::directory(Some(dir))),
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

/// Drops the suspects a lexicon has settled: where the restored text reads, word for word, as
/// one of its entries (a later repair made it so, or the word is known good), there is nothing
/// left for the editor to decide.
fn drop_resolved_suspects(restored: &mut Restored, lexicon: &Lexicon) {
    let text = &restored.text;
    restored.suspects.retain(|suspect| {
        let count = suspect.text.split_whitespace().count();
        let words: Vec<&str> = text
            .get(suspect.output_offset..)
            .unwrap_or_default()
            .split_whitespace()
            .take(count)
            .collect();
        count == 0 || words.len() < count || !is_entry(lexicon, &words)
    });
}

/// Whether `words` (punctuation around them aside) are spelt as a word or phrase of `lexicon`.
fn is_entry(lexicon: &Lexicon, words: &[&str]) -> bool {
    let punctuation = |c: char| {
        matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | '"' | '“' | '”' | '(' | ')' | '[' | ']' | '…'
        )
    };
    let spelling = words.join(" ").trim_matches(punctuation).to_string();
    let key = strip(&spelling);
    match key.split_whitespace().next() {
        Some(first) if words.len() > 1 => lexicon
            .phrases_starting(first)
            .iter()
            .any(|(_, entry)| entry.spelling == spelling),
        Some(_) => lexicon
            .word(&key)
            .iter()
            .any(|entry| entry.spelling == spelling),
        None => false,
    }
}

/// The directory, inside the edition (or beside the manuscript outside one), where replaced
/// manuscripts are kept: `.folio/replaced/`, under a `.folio/.gitignore` of `*` so that
/// `git add -A` never stages them and the edition's own .gitignore need not change.
fn replaced_dir(edition: &Path, manuscript: &Path) -> Result<PathBuf, Error> {
    let root = if edition.join(EDITION_FILE).exists() {
        edition
    } else {
        manuscript.parent().unwrap_or(Path::new(""))
    };
    // `.folio`, not `./.folio`, in what the editor is told.
    let root = if root == Path::new(".") {
        Path::new("")
    } else {
        root
    };
    let folio = root.join(".folio");
    let dir = folio.join("replaced");
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    let ignore = folio.join(".gitignore");
    if !ignore.exists() {
        std::fs::write(
            &ignore,
            "# folio's own files (replaced manuscripts): never committed\n*\n",
        )
        .map_err(|e| Error::io(&ignore, e))?;
    }
    Ok(dir)
}

/// Copies `bytes` (the manuscript about to be replaced) into `dir` under the first free name
/// `STEM.N.EXT`, so an earlier copy is never overwritten.
fn keep_copy(dir: &Path, manuscript: &Path, bytes: &[u8]) -> Result<PathBuf, Error> {
    let stem = manuscript
        .file_stem()
        .map_or_else(|| "manuscript".into(), |s| s.to_string_lossy());
    let extension = manuscript
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    for n in 1.. {
        let path = dir.join(format!("{stem}.{n}{extension}"));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(mut file) => {
                return match file.write_all(bytes).and_then(|()| file.sync_all()) {
                    Ok(()) => Ok(path),
                    Err(e) => {
                        let _ = std::fs::remove_file(&path);
                        Err(Error::io(&path, e))
                    }
                };
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(Error::io(&path, e)),
        }
    }
    unreachable!("some number is free")
}

/// A usage error if the manuscript at `path` exists and `force` was not given.
fn refuse_to_replace(path: &Path, force: bool) -> Result<(), Error> {
    if force || !path.exists() {
        return Ok(());
    }
    Err(Error::Usage(format!(
        "{} exists and may hold an editor's revisions; pass --force to replace it (the old \
         file is kept in .folio/replaced/)",
        path.display()
    )))
}

/// Writes the manuscript, refusing to replace an existing one without `--force`; with it, the
/// replaced file is kept first (see `replaced_dir`), so an editor's revisions are never lost.
/// Returns where the old one was kept.
fn write_manuscript(
    path: &Path,
    bytes: &[u8],
    force: bool,
    edition: &Path,
) -> Result<Option<PathBuf>, Error> {
    let mut kept = None;
    refuse_to_replace(path, force)?;
    if path.exists() {
        let old = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        kept = Some(keep_copy(&replaced_dir(edition, path)?, path, &old)?);
    }
    write_atomic(path, bytes)?;
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::restore::Suspect;

    fn lexicon(text: &str) -> Lexicon {
        let mut files = Files::default();
        let file = files.add("lexicon.toml", text.to_string());
        Lexicon::parse(&files, file, &mut Diagnostics::default()).expect("a valid lexicon")
    }

    fn suspect(text: &str, output_offset: usize) -> Suspect {
        Suspect {
            line: 1,
            column: output_offset + 1,
            output_offset,
            text: text.to_string(),
            candidates: Vec::new(),
            reason: "test".into(),
        }
    }

    #[test]
    fn suspects_the_lexicon_settled_are_dropped() {
        let lexicon = lexicon("words = [\"Kádár\"]\nphrases = [\"workers’ councils\"]\n");
        let text = "Kádár, Kadar and the workers’ councils; Kdrs men.";
        let mut restored = Restored {
            text: text.to_string(),
            suspects: vec![
                suspect("Kdr", 0),
                suspect("Kadar", text.find("Kadar").unwrap()),
                suspect("workers councils", text.find("workers").unwrap()),
                suspect("Kdrs", text.find("Kdrs").unwrap()),
                suspect("  ", text.find(" and").unwrap()),
            ],
            ..Restored::default()
        };
        drop_resolved_suspects(&mut restored, &lexicon);
        let left: Vec<&str> = restored.suspects.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(left, ["Kadar", "Kdrs", "  "]);
    }

    #[test]
    fn a_replaced_manuscript_is_kept_under_a_fresh_name() {
        let dir = tempfile::tempdir().unwrap();
        let manuscript = dir.path().join("text.md");
        std::fs::write(&manuscript, "first").unwrap();
        let kept = write_manuscript(&manuscript, b"second", true, dir.path()).unwrap();
        std::fs::write(&manuscript, "third").unwrap();
        let again = write_manuscript(&manuscript, b"fourth", true, dir.path()).unwrap();
        let replaced = dir.path().join(".folio/replaced");
        assert_eq!(kept, Some(replaced.join("text.1.md")));
        assert_eq!(again, Some(replaced.join("text.2.md")));
        assert_eq!(
            std::fs::read_to_string(replaced.join("text.1.md")).unwrap(),
            "first"
        );
        assert_eq!(
            std::fs::read_to_string(replaced.join("text.2.md")).unwrap(),
            "third"
        );
        assert_eq!(std::fs::read_to_string(&manuscript).unwrap(), "fourth");
        assert_eq!(
            std::fs::read_to_string(dir.path().join(".folio/.gitignore"))
                .unwrap()
                .lines()
                .last(),
            Some("*")
        );
    }
}
