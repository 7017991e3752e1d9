//! An edition directory on disk: finds and reads `edition.toml` and the files it names,
//! registering each in `Files` so later diagnostics can point into them. Every file an edition
//! names is read only if it resolves inside the edition directory (`inside_edition`): a
//! revision from a stranger cannot make a build read, or quote, a file elsewhere.

use std::path::{Path, PathBuf};

use crate::config::{self, Edition, EDITION_FILE};
use crate::cover_image::{self, CoverImage};
use crate::diag::{Diagnostic, Diagnostics, Error, FileId, Files, Span};
use crate::font_files::FontFiles;

/// A loaded edition: its directory, its settings and the files read so far.
#[derive(Debug)]
pub struct Project {
    pub root: PathBuf,
    pub edition: Edition,
    /// edition.toml itself, for diagnostics that point at a key (fonts, say).
    pub config: FileId,
    pub files: Files,
}

impl Project {
    /// Reads `<root>/edition.toml`. Content errors are in `diags` and give `Error::Content`.
    /// On failure the files read so far stay in `files`, so diagnostics can still quote them;
    /// on success they move into the project.
    pub fn load(root: &Path, files: &mut Files, diags: &mut Diagnostics) -> Result<Project, Error> {
        let path = root.join(EDITION_FILE);
        if !path.exists() {
            return Err(Error::Usage(format!(
                "no {EDITION_FILE} in {}: run folio inside an edition directory or pass --edition DIR",
                display_dir(root)
            )));
        }
        if let Err(outside) = inside_edition(root, Path::new(EDITION_FILE)) {
            diags.push(outside.diagnostic(None));
            return Err(Error::Content {
                errors: diags.error_count(),
            });
        }
        let file = read_text(files, &path, diags)?;
        let edition = config::parse(files, file, diags).ok_or(Error::Content {
            errors: diags.error_count(),
        })?;
        Ok(Project {
            root: root.to_path_buf(),
            edition,
            config: file,
            files: std::mem::take(files),
        })
    }

    /// A path from edition.toml, resolved against the edition directory.
    pub fn path(&self, relative: &Path) -> PathBuf {
        config::resolve(&self.root, relative)
    }

    /// The edition's fonts: the files `[fonts]` names, the built-in Vollkorn for the rest.
    pub fn fonts(&self, diags: &mut Diagnostics) -> Result<FontFiles, Error> {
        FontFiles::load(&self.root, &self.edition.fonts, self.config, diags)
    }

    /// The edition's own cover picture, when edition.toml names one; problems with it are
    /// diagnostics at the `cover` key (see `cover_image::load`), and errors among them make
    /// this a content error.
    pub fn own_cover(&self, diags: &mut Diagnostics) -> Result<Option<CoverImage>, Error> {
        let Some(path) = &self.edition.cover else {
            return Ok(None);
        };
        let before = diags.error_count();
        let cover = cover_image::load(&self.root, path, self.config, diags);
        if diags.error_count() > before {
            return Err(Error::Content {
                errors: diags.error_count(),
            });
        }
        Ok(cover)
    }

    /// Reads a file the edition names, shown in diagnostics relative to the edition.
    pub fn read(&mut self, relative: &Path, diags: &mut Diagnostics) -> Result<FileId, Error> {
        let path = self.named_file(relative, diags)?;
        read_text(&mut self.files, &path, diags)
    }

    /// The path of a file edition.toml names, once it is known to resolve inside the edition;
    /// otherwise F011 at the key that names it.
    pub fn named_file(&self, relative: &Path, diags: &mut Diagnostics) -> Result<PathBuf, Error> {
        inside_edition(&self.root, relative).map_err(|outside| {
            let span = self
                .files
                .get(self.config)
                .and_then(|config| config::span_of_path(&config.text, relative))
                .map(|range| Span::new(self.config, range));
            diags.push(outside.diagnostic(span));
            Error::Content {
                errors: diags.error_count(),
            }
        })
    }

    /// The output directory `[output] dir` names, if it stays inside the edition; otherwise
    /// F012 at its key. (`--out DIR` is the user's own choice and is not checked.)
    pub fn output_dir(&self, diags: &mut Diagnostics) -> Result<PathBuf, Error> {
        let dir = &self.edition.output.dir;
        match writable_inside(&self.root, dir) {
            Ok(()) => Ok(self.path(dir)),
            Err(resolved) => {
                let span = self
                    .files
                    .get(self.config)
                    .and_then(|config| config::span_of_path(&config.text, dir))
                    .map(|range| Span::new(self.config, range));
                let mut diagnostic = Diagnostic::error(
                    "F012",
                    format!(
                        "[output] dir `{}` is outside the edition directory ({})",
                        dir.display(),
                        resolved.display()
                    ),
                )
                .with_hint("a build writes only inside its edition: name a folder in it, or pass `--out DIR` to build elsewhere");
                if let Some(span) = span {
                    diagnostic = diagnostic.with_span(span);
                }
                diags.push(diagnostic);
                Err(Error::Content {
                    errors: diags.error_count(),
                })
            }
        }
    }
}

/// A file an edition names that resolves outside the edition directory.
#[derive(Debug)]
pub struct Outside {
    /// The path as named.
    pub named: PathBuf,
    /// Where it leads, symbolic links followed.
    pub resolved: PathBuf,
}

impl Outside {
    /// F011, naming the path and where it leads, never what is in it.
    pub fn diagnostic(&self, span: Option<Span>) -> Diagnostic {
        let diagnostic = Diagnostic::error("F011", self.to_string()).with_hint(
            "an edition reads only its own files: copy the file into the edition directory \
             (a symbolic link may point only to a file inside it)",
        );
        match span {
            Some(span) => diagnostic.with_span(span),
            None => diagnostic,
        }
    }
}

impl std::fmt::Display for Outside {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "`{}` leads outside the edition directory (to {}); folio does not read it",
            self.named.display(),
            self.resolved.display()
        )
    }
}

/// The one check of every file an edition names (edition.toml itself, the manuscript, the
/// annotations, the lexicon, the source, the restore report, the fonts): `named` is resolved
/// against `root` with symbolic links and `..` followed, and must lead to a place inside
/// `root`. Returns the path to read, as named (so messages show it as the editor wrote it).
/// A path that does not resolve (a missing file, a dangling link) is returned as it is: reading
/// it then fails with the usual I/O error, which shows no content either.
pub fn inside_edition(root: &Path, named: &Path) -> Result<PathBuf, Outside> {
    let path = config::resolve(root, named);
    let (Ok(root), Ok(resolved)) = (root.canonicalize(), path.canonicalize()) else {
        return Ok(path);
    };
    if resolved.starts_with(&root) {
        Ok(path)
    } else {
        Err(Outside {
            named: named.to_path_buf(),
            resolved,
        })
    }
}

/// Whether a directory to write into, `dir` (which need not exist yet), stays inside `root`:
/// its nearest existing ancestor, links followed, must be inside, and what is still to be
/// created below it must not climb out with `..`. The error is where it leads.
fn writable_inside(root: &Path, dir: &Path) -> Result<(), PathBuf> {
    let path = config::resolve(root, dir);
    let Ok(root) = root.canonicalize() else {
        // No edition directory to be inside: reading edition.toml has failed already.
        return Ok(());
    };
    let mut existing = path.clone();
    let mut to_create = Vec::new();
    let mut resolved = loop {
        if let Ok(resolved) = existing.canonicalize() {
            break resolved;
        }
        // A `..` below what exists cannot be resolved safely: refuse it.
        let Some(name) = existing.file_name().map(ToOwned::to_owned) else {
            return Err(path);
        };
        to_create.push(name);
        existing.pop();
    };
    resolved.extend(to_create.iter().rev());
    if resolved.starts_with(&root) {
        Ok(())
    } else {
        Err(resolved)
    }
}

fn display_dir(dir: &Path) -> String {
    if dir.as_os_str().is_empty() {
        ".".into()
    } else {
        dir.display().to_string()
    }
}

/// The largest manuscript, annotations or source file folio reads. A build holds about 250
/// bytes of memory per byte of text (252 MiB for a 1 MB manuscript, see the README's
/// Performance), so 32 MB stays within a machine of 8 GiB; a 100 MB file is refused with a
/// diagnostic instead of exhausting memory.
const MAX_TEXT_FILE: u64 = 32_000_000;

/// Reads a UTF-8 text file. Invalid UTF-8 is a content error (M001) at the first bad byte;
/// missing or unreadable files are I/O errors.
pub fn read_text(files: &mut Files, path: &Path, diags: &mut Diagnostics) -> Result<FileId, Error> {
    let size = std::fs::metadata(path)
        .map_err(|e| Error::io(path, e))?
        .len();
    if size > MAX_TEXT_FILE {
        let file = files.add(clean_path(path), String::new());
        diags.push(
            Diagnostic::error(
                "M012",
                format!(
                    "{} is {} MB; folio reads text files of up to {} MB",
                    path.display(),
                    size / 1_000_000,
                    MAX_TEXT_FILE / 1_000_000
                ),
            )
            .with_span(Span::new(file, 0..0))
            .with_hint("split the text into volumes, each an edition of its own"),
        );
        return Err(Error::Content {
            errors: diags.error_count(),
        });
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(files.add(clean_path(path), text)),
        Err(err) => {
            let valid = err.utf8_error().valid_up_to();
            let bytes = err.into_bytes();
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let file = files.add(clean_path(path), text);
            diags.push(
                Diagnostic::error("M001", format!("{} is not valid UTF-8", path.display()))
                    .with_span(Span::new(file, valid..valid + 1))
                    .with_hint("convert it with `folio restore FILE -o OUT.md`, which detects the encoding"),
            );
            Err(Error::Content {
                errors: diags.error_count(),
            })
        }
    }
}

fn clean_path(path: &Path) -> PathBuf {
    path.strip_prefix("./").unwrap_or(path).to_path_buf()
}
