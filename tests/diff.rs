//! `folio diff` on a scratch git repository: text changes grouped by kind, notes added,
//! re-anchored and orphaned (with the suggested new quotation).

mod common;

use std::path::Path;
use std::process::Command;

use common::{folio, repo, stderr};

fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .args([
            "-c",
            "user.email=editor@example.org",
            "-c",
            "user.name=Editor",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?}");
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from} not in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn diff_groups_text_changes_and_follows_notes() {
    if common::find("git").is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let src = repo().join("tests/fixtures/check/faithful");
    for sub in ["manuscript", "annotations", "source"] {
        std::fs::create_dir_all(dir.path().join(sub)).unwrap();
    }
    for file in [
        "manuscript/text.md",
        "annotations/text.toml",
        "source/text.txt",
        "edition.toml",
    ] {
        std::fs::copy(src.join(file), dir.path().join(file)).unwrap();
    }
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-q", "-m", "first revision"]);

    let manuscript = dir.path().join("manuscript/text.md");
    let annotations = dir.path().join("annotations/text.toml");
    edit(&manuscript, "revolution—a", "revolution--a");
    edit(&manuscript, "*Rákosi*", "*Rakosi*");
    edit(&manuscript, "on the radio", "on the wireless");
    edit(&manuscript, "Ernő Gerő spoke", "Gerő spoke");
    edit(&annotations, "[[emendation]]", "[[note]]\nid = \"union\"\nquote = \"Writers’ Union\"\nbody = \"The writers’ association.\"\n\n[[emendation]]");

    let output = folio(dir.path(), &["diff", "HEAD"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report = String::from_utf8(output.stdout).unwrap();
    assert!(report.contains("typography (1)"), "{report}");
    assert!(
        report.contains("restored letters (1)\n    5:30  “Rákosi” → “Rakosi”"),
        "{report}"
    );
    assert!(report.contains("wording (2)"), "{report}");
    assert!(report.contains("“radio.” → “wireless.”"), "{report}");
    assert!(
        report.contains("notes: 1 added, 0 removed, 0 re-anchored, 0 moved, 1 orphaned"),
        "{report}"
    );
    assert!(
        report.contains("added       union: on “Writers’ Union”"),
        "{report}"
    );
    assert!(report.contains("orphaned    gero: its quotation “Ernő Gerő” is not found; nearest text “Gerő” at 3:13: suggest quote = \"Gerő\""), "{report}");
}

#[test]
fn an_unknown_revision_is_a_usage_error() {
    let output = folio(&repo(), &["diff", "no-such-revision-xyz"]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
}
