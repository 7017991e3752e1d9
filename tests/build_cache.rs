//! The build's cache of words already shaped and hyphenated (`typeset/words.rs`, in the
//! edition's `.folio/cache/words/`): a rebuild reads it instead of shaping, and the PDF is
//! byte-identical with a cold, warm, damaged or absent cache; a character the fonts lack is
//! reported by every build, never hidden by the cache.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::stderr;

/// The typeset fixture's edition, PDF only, in `dir`.
fn edition(dir: &Path) {
    let toml = common::typeset_fixture(dir);
    std::fs::write(dir.join("edition.toml"), toml).unwrap();
}

/// `folio build` in `dir` as an editor runs it: with the edition's own cache (unless
/// `cache_dir` names another, empty for none) and a fixed build time.
fn build(dir: &Path, cache_dir: Option<&str>) -> Output {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_folio"));
    command
        .args(["build", "--quiet"])
        .current_dir(dir)
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .env_remove("FOLIO_CACHE_DIR");
    if let Some(cache_dir) = cache_dir {
        command.env("FOLIO_CACHE_DIR", cache_dir);
    }
    command.output().unwrap()
}

fn built_pdf(dir: &Path, cache_dir: Option<&str>) -> Vec<u8> {
    let output = build(dir, cache_dir);
    assert!(output.status.success(), "{}", stderr(&output));
    std::fs::read(dir.join("out/fixture.pdf")).unwrap()
}

fn word_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir.join(".folio/cache/words")) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "bin"))
        .collect();
    files.sort();
    files
}

#[test]
fn words_read_from_the_cache_give_the_same_pdf() {
    let dir = tempfile::tempdir().unwrap();
    edition(dir.path());
    let uncached = built_pdf(dir.path(), Some(""));
    assert!(
        word_files(dir.path()).is_empty(),
        "an empty FOLIO_CACHE_DIR keeps nothing"
    );

    assert_eq!(built_pdf(dir.path(), None), uncached, "cold cache");
    let files = word_files(dir.path());
    assert_eq!(files.len(), 1, "{files:?}");
    let written = std::fs::read(&files[0]).unwrap();
    let modified = std::fs::metadata(&files[0]).unwrap().modified().unwrap();

    assert_eq!(built_pdf(dir.path(), None), uncached, "warm cache");
    let unchanged = std::fs::metadata(&files[0]).unwrap().modified().unwrap();
    assert_eq!(
        unchanged, modified,
        "a build with no new word rewrote the cache"
    );

    let mut damaged = written.clone();
    let middle = damaged.len() / 2;
    damaged[middle] ^= 0xFF;
    std::fs::write(&files[0], &damaged).unwrap();
    assert_eq!(built_pdf(dir.path(), None), uncached, "damaged cache");
    assert_eq!(
        std::fs::read(&files[0]).unwrap(),
        written,
        "rewritten whole"
    );
}

#[test]
fn a_missing_glyph_is_reported_by_every_build() {
    let dir = tempfile::tempdir().unwrap();
    edition(dir.path());
    let manuscript = dir.path().join("manuscript/fixture.md");
    let mut text = std::fs::read_to_string(&manuscript).unwrap();
    text.push_str("\nThe radio\u{1F4FB} spoke.\n");
    std::fs::write(&manuscript, text).unwrap();
    for build_number in 1..=2 {
        let output = build(dir.path(), None);
        let findings = stderr(&output);
        assert!(
            !output.status.success() && findings.contains("error[T001]"),
            "build {build_number}: {findings}"
        );
    }
}
