//! An edition directory on disk: finds and reads `edition.toml` and the files it names,
//! registering each in `Files` so later diagnostics can point into them.

use std::path::{Path, PathBuf};

use crate::config::{self, Edition, EDITION_FILE};
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

    /// Reads a file the edition names, shown in diagnostics relative to the edition.
    pub fn read(&mut self, relative: &Path, diags: &mut Diagnostics) -> Result<FileId, Error> {
        let path = self.path(relative);
        read_text(&mut self.files, &path, diags)
    }
}

fn display_dir(dir: &Path) -> String {
    if dir.as_os_str().is_empty() {
        ".".into()
    } else {
        dir.display().to_string()
    }
}

/// The largest manuscript, annotations or source file folio reads. Typesetting holds about
/// 230 bytes of memory per byte of text (231 MiB for a 1 MB manuscript, see the README's
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
