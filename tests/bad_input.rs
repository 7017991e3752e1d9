//! Broken and hostile input: every case starts from a small valid edition, breaks one thing,
//! runs folio, and asserts the exact diagnostic code, the exit code, and that a failed run
//! wrote nothing. Content that is odd but usable (raw HTML, deep nesting) must build, with a
//! warning, and never crash.

mod common;

use std::path::Path;

use common::{folio, repo, stderr};

const EDITION: &str = r#"title = "Bad input"
language = "en-GB"
date = "2026-01-01"
identifier = "urn:uuid:00000000-0000-4000-8000-0000000000ba"
slug = "bad"
manuscript = "manuscript/m.md"
annotations = ["annotations/a.toml"]

[[creator]]
name = "A. Writer"
role = "author"

[source]
title = "Source"
file = "source/s.txt"

[output]
formats = ["epub"]
colophon-revision = false
"#;

const MANUSCRIPT: &str = "# Title\n\nRákosi fell; Gerő followed in July.\n";
const SOURCE: &str = "Title\n\nRkosi fell; Ger followed in July.\n";
const ANNOTATIONS: &str = "[[note]]\nid = \"gero\"\nquote = \"Gerő\"\nbody = \"Ernő Gerő.\"\n";

/// One broken edition.
struct Case {
    name: &'static str,
    /// Files to write over the valid edition (None deletes the file).
    files: Vec<(&'static str, Option<Vec<u8>>)>,
    args: &'static [&'static str],
    exit: i32,
    /// The diagnostic code that must be printed, if any.
    code: Option<&'static str>,
    env: Vec<(&'static str, &'static str)>,
}

fn case(
    name: &'static str,
    path: &'static str,
    content: impl Into<Vec<u8>>,
    exit: i32,
    code: Option<&'static str>,
) -> Case {
    Case {
        name,
        files: vec![(path, Some(content.into()))],
        args: &["build", "--out", "out"],
        exit,
        code,
        env: Vec::new(),
    }
}

fn edition_with(from: &str, to: &str) -> String {
    assert!(EDITION.contains(from), "{from}");
    EDITION.replacen(from, to, 1)
}

fn cases() -> Vec<Case> {
    let m = "manuscript/m.md";
    let a = "annotations/a.toml";
    let e = "edition.toml";
    let note = |extra: &str| {
        format!("[[note]]\nid = \"gero\"\nquote = \"Gerő\"\nbody = \"Ernő Gerő.\"\n{extra}")
    };
    vec![
        // edition.toml
        case("edition-empty", e, "", 1, Some("F001")),
        case("edition-not-toml", e, "title = [unclosed\n", 1, Some("F001")),
        case("edition-binary", e, vec![0xff, 0xfe, 0x00, 0x12, 0x80], 1, Some("M001")),
        case("edition-unknown-key", e, edition_with("title =", "titel = \"x\"\ntitle ="), 1, Some("F001")),
        case("edition-wrong-type", e, edition_with("title = \"Bad input\"", "title = 3"), 1, Some("F001")),
        case("edition-missing-title", e, edition_with("title = \"Bad input\"\n", ""), 1, Some("F001")),
        case("edition-bad-language", e, edition_with("en-GB", "English"), 1, Some("F002")),
        case("edition-bad-date", e, edition_with("2026-01-01", "1 January 2026"), 1, Some("F003")),
        case("edition-empty-identifier", e, edition_with("urn:uuid:00000000-0000-4000-8000-0000000000ba", " "), 1, Some("F004")),
        case("edition-slug-escapes-out-dir", e, edition_with("slug = \"bad\"", "slug = \"../../evil\""), 1, Some("F005")),
        case("edition-unknown-role", e, edition_with("role = \"author\"", "role = \"ghost\""), 1, Some("F001")),
        case("edition-unknown-format", e, edition_with("formats = [\"epub\"]", "formats = [\"docx\"]"), 1, Some("F001")),
        // the manuscript
        case("manuscript-empty", m, "", 1, Some("M009")),
        case("manuscript-only-blank-lines", m, "\n\n\n   \n", 1, Some("M009")),
        case("manuscript-invalid-utf8", m, b"# T\n\nR\xe1kosi\n".to_vec(), 1, Some("M001")),
        case("manuscript-binary", m, vec![0x00, 0x9f, 0x92, 0x96, 0xff, 0x00, 0x01], 1, Some("M001")),
        case("manuscript-latin2-bytes", m, b"# T\n\nG\xe9r\xf5\n".to_vec(), 1, Some("M001")),
        case("manuscript-duplicate-footnote", m, "# T\n\nText[^a].\n\n[^a]: One.\n[^a]: Two.\n", 1, Some("M006")),
        case("manuscript-undefined-footnote", m, "# T\n\nHeidegger[^heideger] wrote.\n\n[^heidegger]: Being and Time.\n", 1, Some("M003")),
        case("manuscript-heading-id-reserved", m, "# T\n\nText.\n\n# Afterword {#colophon}\n", 1, Some("M013")),
        case("manuscript-heading-id-twice", m, "# T {#t}\n\nText.\n\n# U {#t}\n", 1, Some("M013")),
        Case { name: "manuscript-missing", files: vec![(m, None)], args: &["build", "--out", "out"], exit: 2, code: None, env: Vec::new() },
        // annotations
        case("annotations-not-toml", a, "[[note]\nid = 1\n", 1, Some("A001")),
        case("annotations-unknown-key", a, note("colour = \"red\"\n"), 1, Some("A001")),
        case("annotations-wrong-type", a, note("occurrence = \"two\"\n"), 1, Some("A001")),
        case("annotations-missing-body", a, "[[note]]\nid = \"gero\"\nquote = \"Gerő\"\n", 1, Some("A001")),
        case("annotations-unknown-kind", a, note("kind = \"sidenote\"\n"), 1, Some("A001")),
        case("annotations-quote-not-found", a, ANNOTATIONS.replace("Gerő\"\nbody", "Nagy\"\nbody"), 1, Some("A002")),
        case("annotations-quote-ambiguous", a, ANNOTATIONS.replace("quote = \"Gerő\"", "quote = \"l\""), 1, Some("A003")),
        case("annotations-duplicate-id", a, format!("{ANNOTATIONS}{}", note("")), 1, Some("A004")),
        case("annotations-bad-id", a, ANNOTATIONS.replace("id = \"gero\"", "id = \"Gerő!\""), 1, Some("A005")),
        case("annotations-no-such-occurrence", a, note("occurrence = 4\n"), 1, Some("A006")),
        case("annotations-empty-quote", a, ANNOTATIONS.replace("quote = \"Gerő\"", "quote = \"  \""), 1, Some("A007")),
        case("annotations-invalid-utf8", a, b"[[note]]\nid = \"g\xe9\"\n".to_vec(), 1, Some("M001")),
        Case { name: "annotations-missing", files: vec![(a, None)], args: &["build", "--out", "out"], exit: 2, code: None, env: Vec::new() },
        case("annotations-negative-occurrence", a, note("occurrence = -1\n"), 1, Some("A001")),
        case("annotations-emendation-without-reason", a, "[[emendation]]\nid = \"e\"\nreading = \"Gerő\"\nsource-reading = \"Ger\"\n", 1, Some("A001")),
        Case {
            name: "restore-report-not-json",
            files: vec![
                (e, Some(edition_with("file = \"source/s.txt\"", "file = \"source/s.txt\"\nrestore-report = \"r.json\"").into())),
                ("r.json", Some(b"{ not json".to_vec())),
            ],
            args: &["build", "--out", "out"],
            exit: 1,
            code: Some("R100"),
            env: Vec::new(),
        },
        // the environment and the command line
        Case { name: "out-is-a-file", files: vec![("blocker", Some(b"x".to_vec()))], args: &["build", "--out", "blocker"], exit: 2, code: None, env: Vec::new() },
        Case {
            name: "source-date-epoch-not-a-number",
            files: Vec::new(),
            args: &["build", "--out", "out"],
            exit: 2,
            code: None,
            env: vec![("SOURCE_DATE_EPOCH", "yesterday")],
        },
        case("fonts-missing", e, format!("{EDITION}[fonts]\nregular = \"fonts/Gone.ttf\"\n"), 1, Some("F008")),
        Case { name: "unknown-format-flag", files: Vec::new(), args: &["build", "--format", "docx"], exit: 2, code: None, env: Vec::new() },
        Case { name: "no-edition", files: vec![(e, None)], args: &["build", "--out", "out"], exit: 2, code: None, env: Vec::new() },
        // check
        Case {
            name: "check-undeclared-change",
            files: vec![(m, Some(MANUSCRIPT.replace("July", "August").into()))],
            args: &["check"],
            exit: 1,
            code: Some("C001"),
            env: Vec::new(),
        },
        Case {
            name: "check-omission-not-in-source",
            files: vec![(a, Some(format!("{ANNOTATIONS}[[omission]]\nid = \"o\"\nsource-text = \"Not there.\"\nreason = \"x\"\n").into()))],
            args: &["check"],
            exit: 1,
            code: Some("C002"),
            env: Vec::new(),
        },
        Case {
            name: "check-source-missing",
            files: vec![("source/s.txt", None)],
            args: &["check"],
            exit: 2,
            code: None,
            env: Vec::new(),
        },
    ]
}

/// A valid edition in a temporary directory.
fn valid_edition() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, content) in [
        ("edition.toml", EDITION.to_string()),
        ("manuscript/m.md", MANUSCRIPT.to_string()),
        ("annotations/a.toml", ANNOTATIONS.to_string()),
        ("source/s.txt", SOURCE.to_string()),
    ] {
        write(dir.path(), path, Some(content.as_bytes()));
    }
    dir
}

fn write(root: &Path, path: &str, content: Option<&[u8]>) {
    let full = root.join(path);
    match content {
        Some(bytes) => {
            std::fs::create_dir_all(full.parent().unwrap()).unwrap();
            std::fs::write(full, bytes).unwrap();
        }
        None => {
            let _ = std::fs::remove_file(full);
        }
    }
}

#[test]
fn the_valid_edition_builds_and_checks_cleanly() {
    let dir = valid_edition();
    let built = folio(dir.path(), &["build", "--out", "out"]);
    assert!(built.status.success(), "{}", stderr(&built));
    let checked = folio(dir.path(), &["check"]);
    assert!(checked.status.success(), "{}", stderr(&checked));
}

#[test]
fn every_bad_input_gets_its_diagnostic_and_writes_nothing() {
    let cases = cases();
    assert!(cases.len() >= 40, "the suite has {} cases", cases.len());
    let mut failures = Vec::new();
    for case in cases {
        let dir = valid_edition();
        for (path, content) in &case.files {
            write(dir.path(), path, content.as_deref());
        }
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_folio"));
        command
            .args(case.args)
            .current_dir(dir.path())
            .env_remove("SOURCE_DATE_EPOCH");
        for (key, value) in &case.env {
            command.env(key, value);
        }
        let output = command.output().unwrap();
        let err = stderr(&output);
        let exit = output.status.code();
        if exit != Some(case.exit) {
            failures.push(format!(
                "{}: exit {exit:?}, expected {}\n{err}",
                case.name, case.exit
            ));
        }
        if let Some(code) = case.code {
            if !err.contains(&format!("[{code}]")) {
                failures.push(format!("{}: no {code} in\n{err}", case.name));
            }
        }
        if err.contains("panicked") {
            failures.push(format!("{}: panicked\n{err}", case.name));
        }
        if dir.path().join("out").exists() && case.exit != 0 {
            failures.push(format!("{}: wrote output despite failing", case.name));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn odd_but_usable_content_builds_with_warnings() {
    let long_word = "x".repeat(10_000);
    let nested = format!("{}deep\n", "> ".repeat(5_000));
    let many_notes: String = (0..10_000)
        .map(|i| format!("n{i}[^{i}] "))
        .collect::<String>()
        + "\n\n"
        + &(0..10_000)
            .map(|i| format!("[^{i}]: Note {i}.\n"))
            .collect::<String>();
    for (name, text, code) in [
        (
            "raw-html",
            "# T\n\n<script>alert(1)</script> and <b>bold</b>\n".to_string(),
            Some("M002"),
        ),
        (
            "image",
            "# T\n\n![a statue](statue.jpg)\n".to_string(),
            Some("M008"),
        ),
        (
            "javascript-link",
            "# T\n\n[click](javascript:alert(1))\n".to_string(),
            Some("E001"),
        ),
        (
            "control-characters",
            "# T\n\nbell\u{7} and escape\u{1b}\n".to_string(),
            Some("M010"),
        ),
        ("deep-nesting", nested, Some("M011")),
        (
            "unclosed-emphasis",
            "# T\n\n*never closed and **this neither\n".to_string(),
            None,
        ),
        (
            "mismatched-quotes",
            "# T\n\n\"open 'and \"close' \"\"\n".to_string(),
            None,
        ),
        (
            "long-word",
            format!("# T\n\nhttps://example.org/{long_word}\n"),
            None,
        ),
        (
            "right-to-left-combining-emoji",
            "# T\n\nשלום עולם, e\u{301}\u{301}, 🇭🇺👩‍👩‍👧\n".to_string(),
            None,
        ),
        (
            "ten-thousand-footnotes",
            format!("# T\n\n{many_notes}"),
            None,
        ),
    ] {
        let dir = valid_edition();
        write(dir.path(), "manuscript/m.md", Some(text.as_bytes()));
        write(dir.path(), "annotations/a.toml", Some(b""));
        let output = folio(dir.path(), &["build", "--out", "out"]);
        let err = stderr(&output);
        assert!(output.status.success(), "{name}: {err}");
        if let Some(code) = code {
            assert!(
                err.contains(&format!("[{code}]")),
                "{name}: no {code} in {err}"
            );
        }
        let epub = std::fs::read(dir.path().join("out/bad.epub")).unwrap();
        for (entry, bytes) in common::unzip(&epub) {
            if entry.ends_with(".xhtml") || entry.ends_with(".opf") {
                let text = String::from_utf8(bytes).unwrap();
                roxmltree::Document::parse_with_options(
                    &text,
                    roxmltree::ParsingOptions {
                        allow_dtd: true,
                        ..Default::default()
                    },
                )
                .unwrap_or_else(|e| panic!("{name}: {entry} is not well-formed: {e}"));
                assert!(!text.contains("<script"), "{name}: markup was injected");
            }
        }
    }
}

#[test]
fn a_note_anchored_five_thousand_times_is_ambiguous_not_slow() {
    let dir = valid_edition();
    write(
        dir.path(),
        "manuscript/m.md",
        Some(format!("# T\n\n{}\n", "Gerő spoke. ".repeat(5_000)).as_bytes()),
    );
    let output = folio(dir.path(), &["build", "--out", "out"]);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(
        err.contains("error[A003]: the quote “Gerő” matches 5000 places"),
        "{err}"
    );
}

#[test]
fn a_100_mb_manuscript_is_refused_with_a_diagnostic_not_read() {
    let dir = valid_edition();
    // A sparse file: 100 MB long without writing 100 MB.
    let file = std::fs::File::create(dir.path().join("manuscript/m.md")).unwrap();
    file.set_len(100_000_000).unwrap();
    let output = folio(dir.path(), &["build", "--out", "out"]);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(
        err.contains("error[M012]") && err.contains("is 100 MB"),
        "{err}"
    );
    assert!(!dir.path().join("out").exists());
}
