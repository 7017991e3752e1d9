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
        let outputs = Outputs::of(root, options);
        let before = Snapshot::take(root, &outputs);
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
        changed = next_changes(&changes, root, &outputs, &before)?;
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

/// What a build writes, so that writing it does not count as a change.
struct Outputs {
    /// `--out` as given on the command line (relative to the current directory, as `build`
    /// takes it), else the edition's `[output] dir` as `build` resolves it.
    dir: PathBuf,
    /// The outputs' file names (`<slug>.epub`, `<slug>.pdf`, `<slug>-handout.pdf`).
    names: Vec<String>,
}

impl Outputs {
    /// Reads edition.toml again for them, since a revision may change the folder or the slug.
    fn of(root: &Path, options: &build::Options) -> Outputs {
        let mut files = Files::default();
        let mut quiet = Diagnostics::default();
        let project = Project::load(root, &mut files, &mut quiet).ok();
        let names = project.as_ref().map_or_else(Vec::new, |project| {
            let slug = &project.edition.slug;
            vec![
                format!("{slug}.epub"),
                format!("{slug}.pdf"),
                format!("{slug}-handout.pdf"),
            ]
        });
        let dir = match (&options.out_dir, &project) {
            (Some(dir), _) => std::path::absolute(dir).unwrap_or_else(|_| dir.clone()),
            (None, Some(project)) => project
                .output_dir(&mut quiet)
                .unwrap_or_else(|_| root.join("out")),
            (None, None) => root.join("out"),
        };
        Outputs { dir, names }
    }

    /// Whether `path` is where a build writes: anything in an output folder of its own, but
    /// only the outputs themselves in a folder that also holds the edition's files
    /// (`--out .`, or `[output] dir = "."`), whose other files must still be watched.
    fn written(&self, path: &Path, root: &Path) -> bool {
        let is_dir = |p: &Path| p == self.dir || canonical(p) == canonical(&self.dir);
        let in_dir =
            path.starts_with(&self.dir) || canonical(path).starts_with(canonical(&self.dir));
        if !in_dir {
            return false;
        }
        let shared =
            root.starts_with(&self.dir) || canonical(root).starts_with(canonical(&self.dir));
        if !shared {
            return true;
        }
        path.parent().is_some_and(is_dir)
            && path
                .file_name()
                .is_some_and(|name| self.names.iter().any(|n| name == n.as_str()))
    }
}

/// `path` with its symbolic links resolved, or as it is if it does not exist.
fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Waits for the next batch of changes that matter (anything in the edition but its outputs,
/// git's and folio's own folders, and editors' hidden and backup files).
fn next_changes(
    changes: &mpsc::Receiver<DebounceEventResult>,
    root: &Path,
    outputs: &Outputs,
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
            .filter(|path| matters(path, root, outputs) && before.differs(path))
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
    fn take(root: &Path, outputs: &Outputs) -> Snapshot {
        let mut files = BTreeMap::new();
        let mut folders = vec![root.to_path_buf()];
        while let Some(folder) = folders.pop() {
            let Ok(entries) = std::fs::read_dir(&folder) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if !matters(&path, root, outputs) {
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
fn matters(path: &Path, root: &Path, outputs: &Outputs) -> bool {
    if outputs.written(path, root) {
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
    use proptest::prelude::*;

    fn outputs(dir: &str) -> Outputs {
        Outputs {
            dir: PathBuf::from(dir),
            names: vec!["ed.epub".into(), "ed.pdf".into(), "ed-handout.pdf".into()],
        }
    }

    #[test]
    fn outputs_hidden_files_and_backups_do_not_matter() {
        let root = Path::new("/ed");
        let out = &outputs("/ed/out");
        assert!(matters(Path::new("/ed/manuscript/m.md"), root, out));
        assert!(matters(Path::new("/ed/edition.toml"), root, out));
        assert!(!matters(Path::new("/ed/out/ed.epub"), root, out));
        assert!(!matters(Path::new("/ed/out/notes.txt"), root, out));
        assert!(!matters(Path::new("/ed/.git/index"), root, out));
        assert!(!matters(Path::new("/ed/manuscript/.m.md.swp"), root, out));
        assert!(!matters(Path::new("/ed/manuscript/m.md~"), root, out));
        assert!(!matters(Path::new("/ed/.folio/replaced/m.1.md"), root, out));
    }

    /// `--out .` or `[output] dir = "."`: the outputs sit beside edition.toml, whose changes
    /// must still start a build (every file in the output folder was ignored before, so the
    /// watch never built again).
    #[test]
    fn an_output_folder_the_edition_shares_ignores_only_the_outputs() {
        let root = Path::new("/ed");
        for dir in ["/ed", "/"] {
            let out = &outputs(dir);
            assert!(matters(Path::new("/ed/edition.toml"), root, out), "{dir}");
            assert!(
                matters(Path::new("/ed/manuscript/m.md"), root, out),
                "{dir}"
            );
        }
        assert!(!matters(Path::new("/ed/ed.epub"), root, &outputs("/ed")));
        assert!(!matters(
            Path::new("/ed/ed-handout.pdf"),
            root,
            &outputs("/ed")
        ));
        assert!(matters(
            Path::new("/ed/images/ed.pdf"),
            root,
            &outputs("/ed")
        ));
    }

    /// A file or folder name, sometimes hidden, a backup or `target`.
    fn name() -> impl Strategy<Value = String> {
        prop_oneof![
            4 => "[a-z][a-z0-9_.-]{0,6}",
            1 => "\\.[a-z]{1,4}",
            1 => "[a-z]{1,4}~",
            1 => Just("target".to_string()),
        ]
    }

    fn ignored(name: &str) -> bool {
        name.starts_with('.') || name.ends_with('~') || name == "target"
    }

    /// Where the outputs go, relative to the edition `/ed`: a folder of its own inside it,
    /// the edition itself, the folder above it, or elsewhere.
    fn output_dir() -> impl Strategy<Value = PathBuf> {
        prop_oneof![
            prop::collection::vec("[a-z]{1,4}", 1..3)
                .prop_map(|parts| Path::new("/ed").join(parts.join("/"))),
            Just(PathBuf::from("/ed")),
            Just(PathBuf::from("/")),
            Just(PathBuf::from("/elsewhere/out")),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        /// What a build writes never starts a build, wherever the outputs go.
        #[test]
        fn the_outputs_never_matter(dir in output_dir(), which in 0usize..3) {
            let out = Outputs { dir: dir.clone(), ..outputs("") };
            let path = dir.join(&out.names[which]);
            prop_assert!(!matters(&path, Path::new("/ed"), &out));
        }

        /// A file of the edition that is not hidden, a backup, in `target/` or in an output
        /// folder of its own always matters; one that is any of those never does.
        #[test]
        fn a_file_of_the_edition_matters_unless_ignored(
            dir in output_dir(),
            parts in prop::collection::vec(name(), 1..5),
        ) {
            let root = Path::new("/ed");
            let out = Outputs { dir: dir.clone(), ..outputs("") };
            let path = root.join(parts.join("/"));
            let in_own_output_folder = dir != root && dir.starts_with(root) && path.starts_with(&dir);
            let is_output = out.names.iter().any(|n| path == dir.join(n));
            let expected = !parts.iter().any(|p| ignored(p)) && !in_own_output_folder && !is_output;
            prop_assert_eq!(matters(&path, root, &out), expected, "{:?} with outputs in {:?}", path, dir);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

        /// On a real folder: a snapshot holds exactly the files that matter; afterwards a file
        /// that matters and was written or removed differs from it, and one left alone, one
        /// that does not matter, or an editor's temporary file that came and went does not.
        #[test]
        fn a_snapshot_sees_exactly_the_changes_that_matter(
            paths in prop::collection::btree_set(prop::collection::vec(name(), 1..4), 1..10),
            changes in prop::collection::vec(0u8..4, 10),
        ) {
            let folder = tempfile::tempdir().unwrap();
            let root = &std::fs::canonicalize(folder.path()).unwrap();
            let out = Outputs { dir: root.join("out"), ..outputs("") };
            std::fs::create_dir(&out.dir).unwrap();
            std::fs::write(out.dir.join("ed.epub"), "old").unwrap();
            // A path may not be made when another one made a file of its folder: left out.
            let files: Vec<PathBuf> = paths
                .iter()
                .map(|parts| root.join(parts.join("/")))
                .filter(|path| {
                    std::fs::create_dir_all(path.parent().unwrap()).is_ok()
                        && !path.is_dir()
                        && std::fs::write(path, "text").is_ok()
                })
                .collect();
            let before = Snapshot::take(root, &out);
            let mut matter: Vec<&PathBuf> = files.iter().filter(|f| matters(f, root, &out)).collect();
            matter.sort();
            prop_assert_eq!(before.0.keys().collect::<Vec<_>>(), matter);

            for (file, change) in files.iter().zip(&changes) {
                match change {
                    1 => {
                        let later = before.0.get(file).copied().unwrap_or(SystemTime::UNIX_EPOCH)
                            + Duration::from_secs(10);
                        let written = std::fs::File::options().write(true).open(file).unwrap();
                        written.set_modified(later).unwrap();
                    }
                    2 => std::fs::remove_file(file).unwrap(),
                    3 => {
                        let temporary = file.with_extension("tmp-save");
                        std::fs::write(&temporary, "draft").unwrap();
                        std::fs::remove_file(&temporary).unwrap();
                        prop_assert!(!(matters(&temporary, root, &out) && before.differs(&temporary)));
                    }
                    _ => {}
                }
            }
            std::fs::write(out.dir.join("ed.epub"), "new").unwrap();
            for (n, file) in files.iter().enumerate() {
                let changed = matches!(changes.get(n), Some(1 | 2)) && matters(file, root, &out);
                // As `next_changes` filters the watcher's events.
                let seen = matters(file, root, &out) && before.differs(file);
                prop_assert_eq!(seen, changed, "{:?}", file);
            }
            prop_assert!(!matters(&out.dir.join("ed.epub"), root, &out));
        }
    }
}
