//! `folio check` on fixture editions: each directory under tests/fixtures/check is an edition
//! with one kind of problem (or none, `faithful`); its `expected.txt` holds what check must
//! print and its exit code. Regenerate with FOLIO_BLESS=1 after reading the differences.

mod common;

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
        // The test dictionaries only (C013 and C014 need some), whatever is installed; an
        // edition without `[restore] languages` reads none.
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_folio"))
            .arg("check")
            .current_dir(&dir)
            .env_remove("SOURCE_DATE_EPOCH")
            .env("FOLIO_CACHE_DIR", "")
            .env(
                folio::restore::hunspell::PATH_VARIABLE,
                repo().join("tests/fixtures/hunspell"),
            )
            .output()
            .unwrap();
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
