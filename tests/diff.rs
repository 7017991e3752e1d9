//! `folio diff` on a scratch git repository: text changes grouped by kind, notes added,
//! re-anchored and orphaned (with the suggested new quotation).

mod common;

use std::path::Path;

use common::{edit, folio, git, repo, stderr};

/// The check fixture's edition in a scratch directory, `prepare`d and committed as its first
/// revision.
fn first_revision(prepare: impl FnOnce(&Path)) -> tempfile::TempDir {
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
    prepare(dir.path());
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-q", "-m", "first revision"]);
    dir
}

#[test]
fn diff_groups_text_changes_and_follows_notes() {
    if common::find("git").is_none() {
        return;
    }
    let dir = first_revision(|_| {});

    let manuscript = dir.path().join("manuscript/text.md");
    let annotations = dir.path().join("annotations/text.toml");
    edit(&manuscript, "revolution—a", "revolution--a");
    edit(&manuscript, "*Rákosi*", "*Rakosi*");
    edit(&manuscript, "on the radio", "on the wireless");
    edit(&manuscript, "Ernő Gerő spoke", "Gerő spoke");
    edit(&annotations, "[[emendation]]", "[[note]]\nid = \"union\"\nquote = \"Writers’ Union\"\nbody = \"The writers’ association.\"\n\n[[emendation]]");

    let report = diff_head(dir.path());
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
fn emendations_quotation_marks_and_paragraphs_are_filed_in_their_groups() {
    if common::find("git").is_none() {
        return;
    }
    let dir = first_revision(|dir| {
        let manuscript = dir.join("manuscript/text.md");
        edit(&manuscript, "*Rákosi*", "*Rakosi*");
        edit(
            &manuscript,
            "Union met.",
            "Union met.\n\nDestroyed armoured cars in Budapest.",
        );
    });
    let manuscript = dir.path().join("manuscript/text.md");
    // A name put right and declared as an emendation: not a restoration.
    edit(&manuscript, "*Rakosi*", "*Rákosi*");
    edit(
        &dir.path().join("annotations/text.toml"),
        "[[omission]]",
        "[[emendation]]\nid = \"rakosi\"\nreading = \"Rákosi\"\nsource-reading = \"Rakosi\"\nreason = \"The name as it is spelt.\"\n\n[[omission]]",
    );
    // Quotation marks added: typography.
    edit(
        &manuscript,
        "formed workers’ councils,",
        "formed “workers’ councils”,",
    );
    // A paragraph split, two joined, a caption marked, a heading made a paragraph.
    edit(&manuscript, "[^a] Hungary’s", "[^a]\n\nHungary’s");
    edit(&manuscript, "began.\n\nThe ÁVH", "began. The ÁVH");
    edit(&manuscript, "in Budapest.", "in Budapest. {.caption}");
    edit(&manuscript, "# Hungary 1956", "Hungary 1956");
    edit(&manuscript, "Later the", "Later, the");

    let report = diff_head(dir.path());
    assert_eq!(
        report,
        "folio diff HEAD → the working tree
manuscript/text.md: 7 changes
  typography (1)
    5:46  “workers’ councils,” → ““workers’ councils”,”
  emendations (1)
    5:149  “Rakosi” → “Rákosi”  (emendation rakosi)
  wording (1)
    5:175  “Later” → “Later,”
  paragraphs (4)
    1:1  heading 1 → paragraph: “Hungary 1956”
    5:1  split: a new paragraph begins “Hungary’s workers didn’t listen;…”
    5:120  joined: “The ÁVH fired on…” no longer begins a paragraph
    7:1  caption marker {.caption} added: “Destroyed armoured cars in…”
notes: 0 added, 0 removed, 0 re-anchored, 0 moved, 0 orphaned
"
    );
}

#[test]
fn marking_passages_in_another_language_changes_no_text() {
    if common::find("git").is_none() {
        return;
    }
    let dir = first_revision(|dir| {
        edit(
            &dir.join("manuscript/text.md"),
            "Union met.",
            "Union met.\n\nRuszkik haza!",
        );
    });
    let manuscript = dir.path().join("manuscript/text.md");
    // A bracketed span around words, a fenced div around a paragraph, with a note inside.
    edit(&manuscript, "Ernő Gerő spoke", "[Ernő Gerő]{lang=hu} spoke");
    edit(
        &manuscript,
        "Ruszkik haza!",
        "::: {lang=hu}\nRuszkik haza!\n:::",
    );
    let report = diff_head(dir.path());
    assert_eq!(
        report,
        "folio diff HEAD → the working tree
manuscript/text.md: 0 changes
notes: 0 added, 0 removed, 0 re-anchored, 0 moved, 0 orphaned
"
    );
    // Unmarked, the same words are a change of wording.
    edit(&manuscript, "[Ernő Gerő]{lang=hu}", "[Ernő Gerő]");
    let report = diff_head(dir.path());
    assert!(report.contains("wording (1)"), "{report}");
}

/// `folio diff HEAD`'s report in the edition `dir`, which must succeed.
fn diff_head(dir: &Path) -> String {
    let output = folio(dir, &["diff", "HEAD"]);
    assert!(output.status.success(), "{}", stderr(&output));
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn an_unknown_revision_is_a_usage_error() {
    let output = folio(&repo(), &["diff", "no-such-revision-xyz"]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
}
