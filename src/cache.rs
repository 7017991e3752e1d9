//! Bytes folio derives from inputs that seldom change, kept between runs so that the next run
//! reads them instead of making them again: what each Hunspell dictionary answered restore
//! (`restore/answers.rs`), the cover drawn from the title page (`export/cover.rs`) and the
//! ebook's fonts compressed (`export/ocf.rs`).
//!
//! A cache file is named by a hash of everything its bytes were made from and of its format's
//! version, so changed inputs or a new format never read an old file. A file that is
//! truncated, damaged or of another format reads as nothing (and is made and written again);
//! a file is written whole to a temporary name, then renamed, without waiting for the disk.
//! Losing the cache only costs time: nothing folio writes depends on whether a file was read
//! or made.

use std::hash::Hasher;
use std::io::Read;
use std::path::{Path, PathBuf};

use rustc_hash::FxHasher;

/// The environment variable naming the cache directory instead (empty: keep nothing).
pub const DIRECTORY_VARIABLE: &str = "FOLIO_CACHE_DIR";

/// Where a command keeps its cache: `FOLIO_CACHE_DIR` when it is set (none when it is empty),
/// else the edition's `.folio/cache`, else the platform's cache directory.
pub fn directory(edition: Option<&Path>) -> Option<PathBuf> {
    if let Some(chosen) = std::env::var_os(DIRECTORY_VARIABLE) {
        return Some(PathBuf::from(chosen)).filter(|d| !d.as_os_str().is_empty());
    }
    match edition {
        Some(root) => Some(root.join(".folio").join("cache")),
        None => platform_directory(),
    }
}

/// Where the cache is kept outside an edition: `$XDG_CACHE_HOME/folio`, else
/// `~/.cache/folio` (`%LOCALAPPDATA%\folio` on Windows); none if neither is known.
fn platform_directory() -> Option<PathBuf> {
    let nonempty = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    if cfg!(windows) {
        return nonempty("LOCALAPPDATA").map(|d| PathBuf::from(d).join("folio"));
    }
    nonempty("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| nonempty("HOME").map(|home| PathBuf::from(home).join(".cache")))
        .map(|d| d.join("folio"))
}

/// What this folio was made from, as the first inputs of a key: its version and the versions
/// of every library it was built with (Cargo.lock), so that bytes a compressor or a renderer
/// of another version made are never read.
pub fn made_by() -> [&'static [u8]; 2] {
    [
        env!("CARGO_PKG_VERSION").as_bytes(),
        include_bytes!("../Cargo.lock"),
    ]
}

/// What a kind of cache file holds: the first bytes of each file, and a version that changes
/// whenever what is stored, or how, changes.
#[derive(Debug)]
pub struct Format {
    pub magic: &'static [u8; 16],
    pub version: u32,
}

/// The header: magic, format version, key, payload length, payload checksum.
const HEADER_LEN: usize = 16 + 4 + 8 + 8 + 8;

/// One file of the cache: `<directory>/<kind>/<name>-<key>.<extension>`.
#[derive(Debug, Clone)]
pub struct CacheFile {
    directory: PathBuf,
    name: String,
    extension: &'static str,
    format: &'static Format,
    key: u64,
}

impl CacheFile {
    /// The file of `kind` (a subdirectory) for `name`, made from `inputs` (each counted with
    /// its length, so bytes moved from one input to the next change the key).
    pub fn new(
        directory: &Path,
        (kind, name, extension): (&str, &str, &'static str),
        format: &'static Format,
        inputs: &[&[u8]],
    ) -> Self {
        CacheFile {
            directory: directory.join(kind),
            name: name.to_string(),
            extension,
            format,
            key: key(format.version, inputs),
        }
    }

    pub fn path(&self) -> PathBuf {
        self.directory.join(format!(
            "{}-{:016x}.{}",
            self.name, self.key, self.extension
        ))
    }

    /// The bytes stored, or none when there is no file or it is not one this format wrote for
    /// these inputs, whole.
    pub fn read(&self) -> Option<Vec<u8>> {
        // The header is read apart, so that the payload (an index is megabytes) is not moved
        // down over it.
        let mut file = std::fs::File::open(self.path()).ok()?;
        let mut header = [0u8; HEADER_LEN];
        file.read_exact(&mut header).ok()?;
        let mut payload = Vec::new();
        file.read_to_end(&mut payload).ok()?;
        (header[..] == self.header(&payload)[..]).then_some(payload)
    }

    /// Stores `payload` (temporary file, then renamed), and removes the files of the same
    /// name under other keys, which earlier inputs or an earlier folio left.
    pub fn write(&self, payload: &[u8]) -> Result<(), crate::diag::Error> {
        let ignore = self.directory.join(".gitignore");
        std::fs::create_dir_all(&self.directory)
            .and_then(|()| match ignore.exists() {
                true => Ok(()),
                // Inside an edition the cache is under .folio/, which git ignores already;
                // outside one, nothing tells git, so the directory says it itself.
                false => std::fs::write(&ignore, "*\n"),
            })
            .map_err(|e| crate::diag::Error::io(&self.directory, e))?;
        let mut bytes = self.header(payload);
        bytes.extend_from_slice(payload);
        let path = self.path();
        replace_unsynced(&path, &bytes).map_err(|e| crate::diag::Error::io(&path, e))?;
        self.remove_others();
        Ok(())
    }

    fn header(&self, payload: &[u8]) -> Vec<u8> {
        let mut header = Vec::with_capacity(HEADER_LEN);
        header.extend_from_slice(self.format.magic);
        header.extend_from_slice(&self.format.version.to_le_bytes());
        header.extend_from_slice(&self.key.to_le_bytes());
        header.extend_from_slice(&(payload.len() as u64).to_le_bytes());
        header.extend_from_slice(&hash(payload).to_le_bytes());
        header
    }

    /// Whether a file can be written into this file's directory (made first if it is not
    /// there), tried with an empty file: a caller that derives costly bytes only to keep
    /// them can skip deriving them where nothing can be kept.
    pub fn can_be_written(&self) -> bool {
        let probe = self
            .directory
            .join(format!(".{}-probe-{}", self.name, std::process::id()));
        let written = std::fs::create_dir_all(&self.directory)
            .and_then(|()| std::fs::write(&probe, b""))
            .is_ok();
        let _ = std::fs::remove_file(&probe);
        written
    }

    /// Removes the files of this name under other keys (best effort: a file that cannot be
    /// removed is only space).
    fn remove_others(&self) {
        let Ok(entries) = std::fs::read_dir(&self.directory) else {
            return;
        };
        let own = self.path();
        let prefix = format!("{}-", self.name);
        let suffix = format!(".{}", self.extension);
        for path in entries.filter_map(Result::ok).map(|e| e.path()) {
            let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            let same_name = file_name
                .strip_prefix(&prefix)
                .and_then(|rest| rest.strip_suffix(suffix.as_str()))
                .is_some_and(|key| key.len() == 16 && key.bytes().all(|b| b.is_ascii_hexdigit()));
            if same_name && path != own {
                let _ = std::fs::remove_file(&path);
            }
        }
    }
}

/// Writes `bytes` to a temporary file beside `path`, then renames it over `path`, as outputs
/// are written but without waiting for the disk (`fsync`, a millisecond or more a file: seven
/// answer files after every restore). A crash may then leave a cache file empty or cut short;
/// its checksum fails, so it reads as nothing and only costs the time to make it again.
fn replace_unsynced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    // The process id keeps two concurrent runs from sharing a temporary file.
    let temp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let written = std::fs::write(&temp, bytes).and_then(|()| std::fs::rename(&temp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written
}

/// What stands for `inputs` as one input of a key: large files that several cache files are
/// made from (a dictionary's, tens of megabytes) are read through once, not once for each.
pub fn digest(inputs: &[&[u8]]) -> [u8; 8] {
    key(0, inputs).to_le_bytes()
}

/// The hash that names a cache file: the format version and every input with its length.
fn key(version: u32, inputs: &[&[u8]]) -> u64 {
    let mut hasher = FxHasher::default();
    hasher.write_u32(version);
    for input in inputs {
        hasher.write_u64(input.len() as u64);
        hasher.write_u64(hash(input));
    }
    hasher.finish()
}

/// A hash of `bytes`, which a truncated or damaged file fails as a checksum.
fn hash(bytes: &[u8]) -> u64 {
    let mut hasher = FxHasher::default();
    // rustc-hash compresses a slice to 64 bits before mixing it in: hashing in pieces lets
    // every piece count in full.
    for piece in bytes.chunks(4096) {
        hasher.write(piece);
    }
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEST: Format = Format {
        magic: b"folio cache test",
        version: 1,
    };

    fn file(directory: &Path, inputs: &[&[u8]]) -> CacheFile {
        CacheFile::new(directory, ("kind", "name", "bin"), &TEST, inputs)
    }

    #[test]
    fn bytes_read_back_as_written_under_the_same_inputs_only() {
        let dir = tempfile::tempdir().unwrap();
        let first = file(dir.path(), &[b"ab", b"c"]);
        assert_eq!(first.read(), None);
        first.write(b"payload").unwrap();
        assert_eq!(first.read().as_deref(), Some(&b"payload"[..]));
        // Bytes moved from one input to the next make another key.
        assert_ne!(file(dir.path(), &[b"a", b"bc"]).path(), first.path());
        let second = file(dir.path(), &[b"ab", b"d"]);
        assert_eq!(second.read(), None);
        second.write(b"other").unwrap();
        // The earlier inputs' file is gone; the directory tells git to ignore it all.
        assert!(!first.path().exists());
        assert!(dir.path().join("kind/.gitignore").exists());
    }

    #[test]
    fn a_file_written_again_is_replaced_whole_and_no_temporary_file_is_left() {
        let dir = tempfile::tempdir().unwrap();
        let cached = file(dir.path(), &[b"x"]);
        cached.write(b"a longer first payload").unwrap();
        cached.write(b"second").unwrap();
        assert_eq!(cached.read().as_deref(), Some(&b"second"[..]));
        let mut names: Vec<String> = std::fs::read_dir(dir.path().join("kind"))
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        let own = cached
            .path()
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        assert_eq!(names, [".gitignore".to_string(), own]);
    }

    #[test]
    fn a_damaged_or_truncated_file_reads_as_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let cached = file(dir.path(), &[b"x"]);
        cached.write(b"some bytes to keep").unwrap();
        let whole = std::fs::read(cached.path()).unwrap();
        let mut damaged = whole.clone();
        *damaged.last_mut().unwrap() ^= 1;
        for bytes in [
            &damaged[..],
            &whole[..whole.len() - 3],
            &whole[..10],
            &[][..],
        ] {
            std::fs::write(cached.path(), bytes).unwrap();
            assert_eq!(cached.read(), None);
        }
    }
}
