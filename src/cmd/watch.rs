//! `folio watch`: builds the edition, then builds it again whenever one of its files changes
//! (debounced, so an editor's save of several files is one build), reporting each build as
//! `folio build` does. A build that fails writes nothing, so the last good outputs stay in
//! place until the next good one. The file watching is notify's, behind this module only.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime};

use notify_debouncer_mini::notify::RecursiveMode;
use notify_debouncer_mini::{new_debouncer, DebounceEventResult};

use super::build;
use crate::diag::{Diagnostics, Error, Files};
use crate::project::Project;

/// How long the files must be quiet before a build starts: long enough for an editor that
/// writes a file in several steps (or several files on "save all"), short enough to feel
/// immediate.
const QUIET: Duration = Duration::from_millis(150);

/// One build of the watch, as it is reported.
pub struct Round<'a> {
    /// The files the diagnostics point into.
    pub files: &'a Files,
    pub diags: &'a Diagnostics,
    /// What was written, or why nothing was.
    pub outcome: Result<Vec<PathBuf>, Error>,
    pub took: Duration,
    /// The changed files that started this build (none for the first).
    pub changed: Vec<PathBuf>,
}

/// Builds the edition in `root` now and after every change, calling `report` after each
/// build, until `report` returns false (or the watch itself fails).
pub fn run(
    root: &Path,
    options: &build::Options,
    report: &mut dyn FnMut(Round) -> bool,
) -> Result<(), Error> {
    // The watcher reports absolute paths: the snapshot must name files the same way.
    let root = &std::fs::canonicalize(root).map_err(|e| Error::io(root, e))?;
    let (sender, changes) = mpsc::channel::<DebounceEventResult>();
    let mut debouncer = new_debouncer(QUIET, sender)
        .map_err(|e| Error::Usage(format!("cannot watch for changes: {e}")))?;
    debouncer
        .watcher()
        .watch(root, RecursiveMode::Recursive)
        .map_err(|e| Error::Usage(format!("cannot watch {}: {e}", root.display())))?;
    let mut changed = Vec::new();
    loop {
        // Reading the files for a build is itself reported by some watchers, and editors
        // write through temporary files: only a file that differs from this snapshot (written,
        // created, or removed) counts as a change.
        let out_dir = output_dir(root, options);
        let before = Snapshot::take(root, &out_dir);
        let (files, diags, outcome, took) = build_once(root, options);
        let go_on = report(Round {
            files: &files,
            diags: &diags,
            outcome,
            took,
            changed: std::mem::take(&mut changed),
        });
        if !go_on {
            return Ok(());
        }
        changed = next_changes(&changes, root, &out_dir, &before)?;
    }
}

/// One build, as `folio build` makes it, with what it reported.
fn build_once(
    root: &Path,
    options: &build::Options,
) -> (Files, Diagnostics, Result<Vec<PathBuf>, Error>, Duration) {
    let started = Instant::now();
    let mut files = Files::default();
    let mut diags = Diagnostics::default();
    let outcome = Project::load(root, &mut files, &mut diags).and_then(|mut project| {
        let written = build::run(&mut project, options, &mut diags, &mut |_| {});
        files = std::mem::take(&mut project.files);
        written
    });
    (files, diags, outcome, started.elapsed())
}

/// Where the outputs go, so that writing them does not count as a change: `--out` as given
/// on the command line (relative to the current directory, as `build` takes it), else the
/// edition's `[output] dir` as `build` resolves it. edition.toml is read again for it, since
/// a revision may change it.
fn output_dir(root: &Path, options: &build::Options) -> PathBuf {
    if let Some(dir) = &options.out_dir {
        return std::path::absolute(dir).unwrap_or_else(|_| dir.clone());
    }
    let mut files = Files::default();
    let mut quiet = Diagnostics::default();
    Project::load(root, &mut files, &mut quiet)
        .and_then(|project| project.output_dir(&mut quiet))
        .unwrap_or_else(|_| root.join("out"))
}

/// Waits for the next batch of changes that matter (anything in the edition but its outputs,
/// git's and folio's own folders, and editors' hidden and backup files).
fn next_changes(
    changes: &mpsc::Receiver<DebounceEventResult>,
    root: &Path,
    out_dir: &Path,
    before: &Snapshot,
) -> Result<Vec<PathBuf>, Error> {
    loop {
        let events = changes
            .recv()
            .map_err(|_| Error::Internal("the file watcher stopped".into()))?
            .map_err(|e| Error::Usage(format!("watching for changes failed: {e}")))?;
        let mut paths: Vec<PathBuf> = events
            .into_iter()
            .map(|event| event.path)
            .filter(|path| matters(path, root, out_dir) && before.differs(path))
            .collect();
        paths.sort();
        paths.dedup();
        if !paths.is_empty() {
            return Ok(paths);
        }
    }
}

/// Every file that matters in the edition, with its modification time.
struct Snapshot(BTreeMap<PathBuf, SystemTime>);

impl Snapshot {
    fn take(root: &Path, out_dir: &Path) -> Snapshot {
        let mut files = BTreeMap::new();
        let mut folders = vec![root.to_path_buf()];
        while let Some(folder) = folders.pop() {
            let Ok(entries) = std::fs::read_dir(&folder) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if !matters(&path, root, out_dir) {
                    continue;
                }
                match entry.metadata() {
                    Ok(meta) if meta.is_dir() => folders.push(path),
                    Ok(meta) => {
                        files.insert(path, meta.modified().unwrap_or(SystemTime::UNIX_EPOCH));
                    }
                    Err(_) => {}
                }
            }
        }
        Snapshot(files)
    }

    /// Whether `path` is not as it was: written since, new, or gone. A file that came and
    /// went in between (an editor's temporary file) is not a change.
    fn differs(&self, path: &Path) -> bool {
        let now = std::fs::metadata(path).ok().filter(|m| m.is_file());
        match (self.0.get(path), now) {
            (Some(then), Some(meta)) => meta.modified().ok() != Some(*then),
            (None, Some(_)) | (Some(_), None) => true,
            (None, None) => false,
        }
    }
}

/// Whether a change to `path` can change the outputs.
fn matters(path: &Path, root: &Path, out_dir: &Path) -> bool {
    let canonical = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    if path.starts_with(out_dir) || canonical(path).starts_with(canonical(out_dir)) {
        return false;
    }
    let relative = path
        .strip_prefix(root)
        .or_else(|_| path.strip_prefix(canonical(root)))
        .unwrap_or(path);
    !relative.components().any(|part| {
        let name = part.as_os_str().to_string_lossy();
        name.starts_with('.') || name.ends_with('~') || name == "target"
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outputs_hidden_files_and_backups_do_not_matter() {
        let root = Path::new("/ed");
        let out = Path::new("/ed/out");
        assert!(matters(Path::new("/ed/manuscript/m.md"), root, out));
        assert!(matters(Path::new("/ed/edition.toml"), root, out));
        assert!(!matters(Path::new("/ed/out/ed.epub"), root, out));
        assert!(!matters(Path::new("/ed/.git/index"), root, out));
        assert!(!matters(Path::new("/ed/manuscript/.m.md.swp"), root, out));
        assert!(!matters(Path::new("/ed/manuscript/m.md~"), root, out));
        assert!(!matters(Path::new("/ed/.folio/replaced/m.1.md"), root, out));
    }
}
