//! `folio watch`: the first build, a rebuild after the manuscript is saved, a failed build
//! that shows its diagnostic and keeps the last good outputs, and a recovery. The watcher runs
//! as a child process and is killed at the end; every wait is bounded.

mod common;

use std::path::Path;
use std::time::Duration;

use common::{repo, unzip, Watching};

/// The longest wait for one build (a debug build of the fixture takes under a second alone,
/// several on a loaded two-core machine).
const BUILD_WAIT: Duration = Duration::from_secs(60);

/// `folio watch` building the ebook of `edition`.
fn watch(edition: &Path) -> Watching {
    Watching::start(edition, &["--format", "epub"])
}

fn chapter_text(epub: &Path) -> String {
    unzip(&std::fs::read(epub).unwrap())
        .into_iter()
        .filter(|(name, _)| name.starts_with("OEBPS/text/chapter"))
        .map(|(_, bytes)| String::from_utf8(bytes).unwrap())
        .collect()
}

#[test]
fn a_saved_change_is_rebuilt_and_a_broken_one_keeps_the_last_good_outputs() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = repo().join("tests/fixtures/typeset/edition");
    std::fs::create_dir(dir.path().join("manuscript")).unwrap();
    for file in ["edition.toml", "manuscript/fixture.md"] {
        std::fs::copy(fixture.join(file), dir.path().join(file)).unwrap();
    }
    let manuscript = dir.path().join("manuscript/fixture.md");
    let epub = dir.path().join("out/fixture.epub");
    let original = std::fs::read_to_string(&manuscript).unwrap();
    let watcher = watch(dir.path());
    watcher.until("watching", BUILD_WAIT);
    assert!(epub.is_file(), "the first build wrote the EPUB");

    let revised = format!("{original}\nA sentence added while watching.\n");
    std::fs::write(&manuscript, &revised).unwrap();
    let lines = watcher.until("built", BUILD_WAIT);
    assert!(
        lines.last().unwrap().contains("manuscript/fixture.md"),
        "{lines:?}"
    );
    assert!(chapter_text(&epub).contains("A sentence added while watching."));

    std::fs::write(
        &manuscript,
        format!("{revised}\nA broken reference[^missing].\n"),
    )
    .unwrap();
    let lines = watcher.until("failed", BUILD_WAIT);
    assert!(
        lines.iter().any(|l| l.contains("error[M003]")),
        "the diagnostic is shown: {lines:?}"
    );
    assert!(lines.last().unwrap().contains("last good outputs are kept"));
    let kept = chapter_text(&epub);
    assert!(kept.contains("A sentence added while watching."));
    assert!(!kept.contains("A broken reference"));

    std::fs::write(&manuscript, &original).unwrap();
    watcher.until("built", BUILD_WAIT);
    assert!(!chapter_text(&epub).contains("A sentence added while watching."));
}
