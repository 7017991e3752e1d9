//! Writing outputs atomically: each file is written beside its destination under a temporary
//! name and synced; only when every output of a build is ready are they renamed over the old
//! ones, so a failed or interrupted build leaves all the previous outputs as they were and
//! never a half-written file, nor a new EPUB beside an old PDF.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::diag::Error;

/// Writes `bytes` to `path` atomically, creating the parent directory if needed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    write_all_atomic(&[(path.to_path_buf(), bytes.to_vec())])
}

/// Writes every output or none. All are first written to temporary files beside their
/// destinations; then each old output is set aside and the new one renamed into place. If any
/// step fails, the outputs already replaced are put back and the temporaries removed.
pub fn write_all_atomic(outputs: &[(PathBuf, Vec<u8>)]) -> Result<(), Error> {
    let (devices, files): (Vec<_>, Vec<_>) =
        outputs.iter().partition(|(path, _)| is_a_device(path));
    for (path, bytes) in devices {
        write_in_place(path, bytes)?;
    }
    let mut staged = Vec::with_capacity(files.len());
    for (path, bytes) in files {
        match stage(path, bytes) {
            Ok(file) => staged.push(file),
            Err(err) => {
                staged.iter().for_each(Staged::discard);
                return Err(err);
            }
        }
    }
    let mut committed: Vec<&Staged> = Vec::with_capacity(staged.len());
    for file in &staged {
        if let Err(err) = file.commit() {
            committed.iter().rev().for_each(|done| done.roll_back());
            staged.iter().for_each(Staged::discard);
            return Err(err);
        }
        committed.push(file);
    }
    for file in &staged {
        // The old output is no longer needed; if it cannot be removed it is a hidden file.
        let _ = std::fs::remove_file(&file.previous);
    }
    Ok(())
}

/// Whether `path` names neither a file nor a folder but a device or a pipe (`-o /dev/null`,
/// `/dev/stdout`): renaming a file over it would replace the device itself, so it is
/// written in place, first, and cannot be rolled back.
fn is_a_device(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

/// Writes `bytes` into the device or pipe at `path`.
fn write_in_place(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let written = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .and_then(|mut device| device.write_all(bytes));
    written.map_err(|e| output_error(path, e))
}

/// An output written under a temporary name, waiting to replace its destination.
struct Staged {
    path: PathBuf,
    temp: PathBuf,
    /// Where the destination's old content is set aside while the set is committed.
    previous: PathBuf,
}

/// Writes `bytes` to a temporary file beside `path` and syncs it.
fn stage(path: &Path, bytes: &[u8]) -> Result<Staged, Error> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| output_error(dir, e))?;
    if path.is_dir() {
        return Err(Error::Usage(format!(
            "{} is a directory, so the output cannot be written there; move it away or build with --out DIR",
            path.display()
        )));
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // The process id keeps two concurrent builds from sharing a temporary file.
    let id = std::process::id();
    let staged = Staged {
        path: path.to_path_buf(),
        temp: dir.join(format!(".{name}.{id}.tmp")),
        previous: dir.join(format!(".{name}.{id}.old")),
    };
    let written = (|| {
        let mut file = std::fs::File::create(&staged.temp)?;
        file.write_all(bytes)?;
        file.sync_all()
    })();
    match written {
        Ok(()) => Ok(staged),
        Err(e) => {
            staged.discard();
            Err(output_error(path, e))
        }
    }
}

impl Staged {
    /// Sets the old output aside (if there is one) and renames the new one into place.
    fn commit(&self) -> Result<(), Error> {
        if self.path.exists() {
            std::fs::rename(&self.path, &self.previous).map_err(|e| output_error(&self.path, e))?;
        }
        std::fs::rename(&self.temp, &self.path).map_err(|e| {
            let _ = std::fs::rename(&self.previous, &self.path);
            output_error(&self.path, e)
        })
    }

    /// Puts the old output back where it was (or removes the new one if there was none).
    fn roll_back(&self) {
        if self.previous.exists() {
            let _ = std::fs::rename(&self.previous, &self.path);
        } else {
            let _ = std::fs::remove_file(&self.path);
        }
    }

    fn discard(&self) {
        let _ = std::fs::remove_file(&self.temp);
    }
}

/// An I/O error on an output, with the likely cause when the file or folder is not writable.
fn output_error(path: &Path, source: std::io::Error) -> Error {
    let hint = match source.kind() {
        std::io::ErrorKind::PermissionDenied => Some(
            "the file or its folder is read-only, or another program (a PDF viewer, an e-reader) holds it open",
        ),
        std::io::ErrorKind::ReadOnlyFilesystem => Some("the disk is mounted read-only"),
        std::io::ErrorKind::StorageFull => Some("the disk is full"),
        _ => None,
    };
    match hint {
        Some(hint) => Error::Usage(format!(
            "{}: {source} ({hint}); no output was changed",
            path.display()
        )),
        None => Error::Usage(format!(
            "{}: {source}; no output was changed",
            path.display()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pipe (as `/dev/null` a device) is written into: renaming a file over it had replaced
    /// `/dev/null` itself with a regular file, on a machine where folio ran as root.
    #[cfg(unix)]
    #[test]
    fn a_pipe_is_written_into_not_replaced() {
        use std::os::unix::fs::FileTypeExt;
        let dir = tempfile::tempdir().unwrap();
        let pipe = dir.path().join("out");
        let made = std::process::Command::new("mkfifo").arg(&pipe).status();
        assert!(made.unwrap().success());
        let reader = {
            let pipe = pipe.clone();
            std::thread::spawn(move || std::fs::read(pipe).unwrap())
        };
        write_atomic(&pipe, b"through the pipe").unwrap();
        // Checked before the reader is joined: had the pipe been replaced, the reader would
        // wait on it for ever.
        assert!(std::fs::metadata(&pipe).unwrap().file_type().is_fifo());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        assert_eq!(reader.join().unwrap(), b"through the pipe");
    }

    #[test]
    fn replaces_the_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/book.epub");
        write_atomic(&path, b"one").unwrap();
        write_atomic(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn a_set_that_cannot_be_written_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let epub = dir.path().join("book.epub");
        let pdf = dir.path().join("book.pdf");
        write_all_atomic(&[(epub.clone(), b"old epub".to_vec())]).unwrap();
        // A directory where the PDF should go: the PDF cannot be written.
        std::fs::create_dir(&pdf).unwrap();
        let result = write_all_atomic(&[
            (epub.clone(), b"new epub".to_vec()),
            (pdf.clone(), b"new pdf".to_vec()),
        ]);
        let Err(Error::Usage(message)) = result else {
            panic!("expected an error, got {result:?}");
        };
        assert!(message.contains("book.pdf is a directory"), "{message}");
        assert_eq!(std::fs::read(&epub).unwrap(), b"old epub");
        let mut names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names, ["book.epub", "book.pdf"]);
    }

    #[test]
    fn a_failed_commit_puts_the_replaced_outputs_back() {
        let dir = tempfile::tempdir().unwrap();
        let first = dir.path().join("a.epub");
        std::fs::write(&first, b"old").unwrap();
        let staged = stage(&first, b"new").unwrap();
        staged.commit().unwrap();
        assert_eq!(std::fs::read(&first).unwrap(), b"new");
        staged.roll_back();
        assert_eq!(std::fs::read(&first).unwrap(), b"old");
    }
}
