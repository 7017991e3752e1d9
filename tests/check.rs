//! `folio check` on fixture editions: each directory under tests/fixtures/check is an edition
//! with one kind of problem (or none, `faithful`); its `expected.txt` holds what check must
//! print and its exit code. Regenerate with FOLIO_BLESS=1 after reading the differences.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::{folio, repo};

/// Timings change from run to run; everything else must match exactly.
fn without_timing(text: &str) -> String {
    text.lines()
        .map(|line| match line.rfind(") in ") {
            Some(at) if line.starts_with("folio check:") && line.ends_with(" ms") => {
                format!("{}) in N ms", &line[..at])
            }
            _ => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `folio check` in `dir` with the test dictionaries only (C013 and C014 need some), whatever
/// is installed; an edition without `[restore] languages` or a restore report that records
/// some reads none.
fn check_with_test_dictionaries(dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_folio"))
        .arg("check")
        .current_dir(dir)
        .env_remove("SOURCE_DATE_EPOCH")
        .env("FOLIO_CACHE_DIR", "")
        .env(
            folio::restore::hunspell::PATH_VARIABLE,
            repo().join("tests/fixtures/hunspell"),
        )
        .output()
        .unwrap()
}

#[test]
fn every_fixture_prints_its_expected_findings() {
    let root = repo().join("tests/fixtures/check");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 10, "fixtures are missing");
    for dir in dirs {
        let output = check_with_test_dictionaries(&dir);
        let got = format!(
            "{}\nexit code: {}\n",
            without_timing(String::from_utf8_lossy(&output.stderr).trim_end()),
            output.status.code().unwrap_or(-1)
        );
        common::golden(&dir.join("expected.txt"), &got);
    }
}

#[test]
fn a_faithful_revision_passes_and_a_changed_one_does_not() {
    let root = repo().join("tests/fixtures/check");
    assert_eq!(
        folio(&root.join("faithful"), &["check"]).status.code(),
        Some(0)
    );
    for broken in [
        "changed-word",
        "deleted-sentence",
        "note-quote-changed",
        "footnote-changed",
    ] {
        assert_eq!(
            folio(&root.join(broken), &["check"]).status.code(),
            Some(1),
            "{broken} passed"
        );
    }
}

#[test]
fn json_output_has_one_object_per_finding() {
    let output = folio(
        &repo().join("tests/fixtures/check/changed-word"),
        &["check", "--format", "json"],
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    let findings: Vec<serde_json::Value> = stderr
        .lines()
        .filter(|l| l.starts_with('{'))
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0]["code"], "C001");
    assert_eq!(findings[0]["file"], "manuscript/text.md");
    assert_eq!(findings[0]["line"], 3);
}

#[test]
fn this_editions_manuscript_is_faithful_to_its_source() {
    let output = folio(&repo(), &["check"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("compared with its source"), "{stderr}");
}

/// A damaged title, name or description copied into edition.toml fails check at its place
/// there (the damaged-metadata fixture's expected.txt), though the manuscript is clean; the
/// same edition with those values mended passes, the name its lexicon keeps included.
#[test]
fn mended_metadata_passes() {
    let fixture = repo().join("tests/fixtures/check/damaged-metadata");
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("manuscript")).unwrap();
    for file in ["manuscript/text.md", "manuscript/lexicon.toml"] {
        std::fs::copy(fixture.join(file), dir.path().join(file)).unwrap();
    }
    let damaged = std::fs::read_to_string(fixture.join("edition.toml")).unwrap();
    let mended = damaged
        .replace("Rkosi", "Rákosi")
        .replace("Dubek", "Dubček")
        .replace("didnt", "didn’t")
        .replacen("\\\"", "“", 1)
        .replacen("\\\"", "”", 1)
        .replace("Red  Flag", "Red Flag");
    assert_ne!(mended, damaged);
    std::fs::write(dir.path().join("edition.toml"), &mended).unwrap();
    let output = check_with_test_dictionaries(dir.path());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("0 errors, 0 warnings"), "{stderr}");
}
