//! Broken and hostile input: every case starts from a small valid edition, breaks one thing,
//! runs folio, and asserts the exact diagnostic code, the exit code, and that a failed run
//! wrote nothing. Content that is odd but usable (raw HTML, deep nesting) must build, with a
//! warning, and never crash.

mod common;

use std::path::Path;

use common::{folio, stderr};

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
        case("edition-font-size-zero", e, edition_with("colophon-revision = false\n", "colophon-revision = false\n[output.pdf]\nfont-size = 0\n"), 1, Some("F016")),
        case("edition-font-size-nan", e, edition_with("colophon-revision = false\n", "colophon-revision = false\n[output.pdf]\nfont-size = nan\n"), 1, Some("F016")),
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
        case("manuscript-div-not-closed", m, "# T\n\n::: {lang=de}\nEin Satz.\n", 1, Some("M014")),
        case("manuscript-div-closed-twice", m, "# T\n\n::: {lang=de}\nEin Satz.\n:::\n:::\n", 1, Some("M014")),
        case("manuscript-span-unknown-attribute", m, "# T\n\nThe [ávh]{.smallcaps} came.\n", 1, Some("M015")),
        case("manuscript-span-bad-language", m, "# T\n\nThey shouted [Éljen!]{lang=Hungarian}\n", 1, Some("M016")),
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

/// Runs folio in `dir` with a small stack: `ulimit -s` for the main thread and
/// `RUST_MIN_STACK` for every thread it starts. 256 KiB in an optimised build; an unoptimised
/// one needs about 300 KiB for a plain edition already (its frames are larger, and the TOML
/// parser recurses up to its own limit of nesting), so debug builds get 512 KiB. What is
/// tested is that nesting 100,000 deep needs no more stack than a plain edition does.
fn folio_small_stack(dir: &Path, args: &[&str]) -> std::process::Output {
    let kib = if cfg!(debug_assertions) { 512 } else { 256 };
    std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -s {kib} && exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_folio"))
        .args(args)
        .current_dir(dir)
        .env("RUST_MIN_STACK", (kib * 1024).to_string())
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("run folio")
}

/// A deep case: its name, the files written over the valid edition, the exit code and the
/// diagnostic code expected.
type DeepCase<'a> = (&'a str, Vec<(&'a str, String)>, i32, Option<&'a str>);

/// Builds each edition (files written over the valid one) with a small stack and checks the
/// exit code and the diagnostic; a failed build must write nothing.
fn build_deep(cases: Vec<DeepCase>) {
    let mut failures = Vec::new();
    for (name, files, exit, code) in cases {
        let dir = valid_edition();
        for (path, content) in &files {
            write(dir.path(), path, Some(content.as_bytes()));
        }
        let output = folio_small_stack(dir.path(), &["build", "--out", "out"]);
        let err = stderr(&output);
        let shown = err.chars().take(2_000).collect::<String>();
        if output.status.code() != Some(exit) {
            failures.push(format!("{name}: exit {:?}\n{shown}", output.status));
        }
        if let Some(code) = code {
            if !err.contains(&format!("[{code}]")) {
                failures.push(format!("{name}: no {code} in\n{shown}"));
            }
        }
        if exit != 0 && dir.path().join("out").exists() {
            failures.push(format!("{name}: wrote output despite failing"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

const DEEP: usize = 100_000;

#[test]
fn blocks_and_tables_nested_100_000_deep_need_no_deep_stack() {
    let m = "manuscript/m.md";
    let a = "annotations/a.toml";
    let text = "# T\n\nRákosi fell; Gerő followed in July.\n\n";
    let note_with_body = |body: &str| {
        format!(
            "{ANNOTATIONS}\n[[note]]\nid = \"r\"\nquote = \"Rákosi\"\nbody = \"\"\"{body}\"\"\"\n"
        )
    };
    let nested_array = format!("{}{}", "[".repeat(DEEP), "]".repeat(DEEP));
    let edition = |extra: &str| edition_with("[[creator]]", &format!("{extra}\n[[creator]]"));
    build_deep(vec![
        ("plain edition", vec![], 0, None),
        (
            "block quotes",
            vec![(m, format!("{text}{}deep\n", "> ".repeat(DEEP)))],
            0,
            Some("M011"),
        ),
        (
            "lists",
            vec![(m, format!("{text}{}deep\n", "- ".repeat(DEEP)))],
            0,
            Some("M011"),
        ),
        (
            "numbered lists",
            vec![(m, format!("{text}{}deep\n", "1. ".repeat(DEEP)))],
            0,
            Some("M011"),
        ),
        (
            "a footnote's quotes",
            vec![(
                m,
                format!("{text}Text[^a].\n\n[^a]: {}deep\n", "> ".repeat(DEEP)),
            )],
            0,
            Some("M011"),
        ),
        (
            "a note body's quotes",
            vec![(a, note_with_body(&format!("{}deep", "> ".repeat(DEEP))))],
            0,
            Some("M011"),
        ),
        (
            "strong emphasis",
            vec![(
                m,
                format!("{text}{}x{}\n", "**".repeat(DEEP), "**".repeat(DEEP)),
            )],
            0,
            Some("M011"),
        ),
        (
            "annotations: arrays",
            vec![(a, format!("{ANNOTATIONS}x = {nested_array}\n"))],
            1,
            Some("A001"),
        ),
        (
            "annotations: tables",
            vec![(
                a,
                format!(
                    "{ANNOTATIONS}x = {}1{}\n",
                    "{a = ".repeat(DEEP),
                    "}".repeat(DEEP)
                ),
            )],
            1,
            Some("A001"),
        ),
        (
            "edition.toml",
            vec![(
                "edition.toml",
                edition(&format!("subjects = {nested_array}")),
            )],
            1,
            Some("F001"),
        ),
        (
            "restore report",
            vec![
                (
                    "edition.toml",
                    EDITION.replace(
                        "file = \"source/s.txt\"",
                        "file = \"source/s.txt\"\nrestore-report = \"r.json\"",
                    ),
                ),
                ("r.json", nested_array.clone()),
            ],
            1,
            Some("R100"),
        ),
    ]);
}

#[test]
fn divs_and_spans_nested_100_000_deep_need_no_deep_stack() {
    let m = "manuscript/m.md";
    let text = "# T\n\nRákosi fell; Gerő followed in July.\n\n";
    build_deep(vec![
        (
            "fenced divs",
            vec![(
                m,
                format!(
                    "{text}{}deep\n{}",
                    "::: {lang=de}\n".repeat(DEEP),
                    ":::\n".repeat(DEEP)
                ),
            )],
            0,
            Some("M011"),
        ),
        (
            "bracketed spans",
            vec![(
                m,
                format!(
                    "{text}{}deep{}\n",
                    "[".repeat(DEEP),
                    "]{lang=hu}".repeat(DEEP)
                ),
            )],
            0,
            Some("M011"),
        ),
    ]);
}

#[test]
fn emphasis_nested_100_000_deep_needs_no_deep_stack() {
    let emphasis = format!("{}x{}", "*a ".repeat(DEEP), " b*".repeat(DEEP));
    build_deep(vec![
        (
            "a paragraph",
            vec![(
                "manuscript/m.md",
                format!("# T\n\nGerő spoke.\n\n{emphasis}\n"),
            )],
            0,
            Some("M011"),
        ),
        (
            "a heading",
            vec![("manuscript/m.md", format!("# {emphasis}\n\nGerő spoke.\n"))],
            0,
            Some("M011"),
        ),
    ]);
}

#[test]
fn notes_on_the_same_word_nest_only_so_deep_and_a_paragraph_holds_1000() {
    let notes = |count: usize| -> String {
        (0..count)
            .map(|i| format!("[[note]]\nid = \"n{i}\"\nquote = \"Gerő\"\nbody = \"Note {i}.\"\n"))
            .collect()
    };
    // 1,000 notes on one word build (with a small stack), every one with its mark.
    let dir = valid_edition();
    write(
        dir.path(),
        "annotations/a.toml",
        Some(notes(1_000).as_bytes()),
    );
    let output = folio_small_stack(dir.path(), &["build", "--out", "out"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let epub = std::fs::read(dir.path().join("out/bad.epub")).unwrap();
    let text: String = common::unzip(&epub)
        .into_iter()
        .filter(|(name, _)| name.ends_with(".xhtml"))
        .map(|(_, bytes)| String::from_utf8(bytes).unwrap())
        .collect();
    assert_eq!(text.matches("epub:type=\"noteref\"").count(), 1_000);
    assert_eq!(
        text.matches("class=\"annotated\"").count(),
        8,
        "anchors nest 8 deep"
    );
    // The issue's 20,000: refused at the first note too many, quickly.
    let dir = valid_edition();
    write(
        dir.path(),
        "annotations/a.toml",
        Some(notes(20_000).as_bytes()),
    );
    let output = folio_small_stack(dir.path(), &["build", "--out", "out"]);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(
        err.contains("error[A008]: one paragraph of the manuscript is given 20000 notes; folio places at most 1000 in a paragraph"),
        "{err}"
    );
    assert!(err.contains("annotations/a.toml:4003:9"), "{err}");
    assert!(!dir.path().join("out").exists());
}

#[test]
fn notes_whose_quotes_overlap_each_other_build() {
    let words: Vec<String> = (0..400).map(|i| format!("w{i}")).collect();
    let dir = valid_edition();
    write(
        dir.path(),
        "manuscript/m.md",
        Some(format!("# T\n\n{}.\n", words.join(" ")).as_bytes()),
    );
    // Note i quotes words i to i + 29: each overlaps the 29 before it and the 29 after.
    let notes: String = (0..300)
        .map(|i| {
            format!(
                "[[note]]\nid = \"n{i}\"\nquote = \"{}\"\nbody = \"Note {i}.\"\n",
                words[i..i + 30].join(" ")
            )
        })
        .collect();
    write(dir.path(), "annotations/a.toml", Some(notes.as_bytes()));
    let output = folio(dir.path(), &["build", "--out", "out"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let epub = std::fs::read(dir.path().join("out/bad.epub")).unwrap();
    let refs: usize = common::unzip(&epub)
        .into_iter()
        .filter(|(name, _)| name.ends_with(".xhtml"))
        .map(|(_, bytes)| {
            String::from_utf8(bytes)
                .unwrap()
                .matches("epub:type=\"noteref\"")
                .count()
        })
        .sum();
    assert_eq!(refs, 300);
}

#[test]
fn quotes_found_within_one_another_millions_of_times_are_refused() {
    // "a", "aa", … "a" × 400 over 50,000 a's: 20 million matches in all.
    let dir = valid_edition();
    write(
        dir.path(),
        "manuscript/m.md",
        Some(format!("# T\n\n{}\n", "a".repeat(50_000)).as_bytes()),
    );
    let notes: String = (1..=400)
        .map(|n| {
            format!(
                "[[note]]\nid = \"n{n}\"\nquote = \"{}\"\nbody = \"x\"\n",
                "a".repeat(n)
            )
        })
        .collect();
    write(dir.path(), "annotations/a.toml", Some(notes.as_bytes()));
    let output = folio(dir.path(), &["build", "--out", "out"]);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(err.contains("error[A009]"), "{err}");
    assert!(!dir.path().join("out").exists());
}

#[test]
fn ten_thousand_emendations_check_and_build() {
    let words: Vec<String> = (0..10_000).map(|i| format!("w{i}x")).collect();
    let paragraphs = |words: &[String]| -> String {
        words
            .chunks(10)
            .map(|chunk| chunk.join(" "))
            .collect::<Vec<_>>()
            .join("\n\n")
    };
    // The source lacks each word's last letter; every word is an emendation.
    let source: Vec<String> = words.iter().map(|w| w[..w.len() - 1].to_string()).collect();
    let emendations: String = words
        .iter()
        .zip(&source)
        .enumerate()
        .map(|(i, (reading, before))| {
            format!("[[emendation]]\nid = \"e{i}\"\nreading = \"{reading}\"\nsource-reading = \"{before}\"\nreason = \"Letter lost.\"\n")
        })
        .collect();
    let dir = valid_edition();
    write(
        dir.path(),
        "manuscript/m.md",
        Some(format!("# Title\n\n{}\n", paragraphs(&words)).as_bytes()),
    );
    write(
        dir.path(),
        "source/s.txt",
        Some(format!("Title\n\n{}\n", paragraphs(&source)).as_bytes()),
    );
    write(
        dir.path(),
        "annotations/a.toml",
        Some(emendations.as_bytes()),
    );
    let checked = folio(dir.path(), &["check"]);
    let err = stderr(&checked);
    assert!(checked.status.success(), "{err}");
    assert!(err.contains("10000 emendations"), "{err}");
    let built = folio(dir.path(), &["build", "--out", "out"]);
    assert!(built.status.success(), "{}", stderr(&built));
}

#[test]
fn a_quote_of_100_000_characters_anchors_or_is_not_searched() {
    let text: String = (0..20_000).map(|i| format!("v{i}y ")).collect::<String>()[..100_000]
        .trim_end()
        .to_string();
    let note =
        |quote: &str| format!("[[note]]\nid = \"long\"\nquote = \"{quote}\"\nbody = \"x\"\n");
    // The long text as the manuscript, with one note quoting `quote`.
    let edition = |quote: &str| {
        let dir = valid_edition();
        let manuscript = format!("# T\n\n{text}\n");
        write(dir.path(), "manuscript/m.md", Some(manuscript.as_bytes()));
        write(
            dir.path(),
            "annotations/a.toml",
            Some(note(quote).as_bytes()),
        );
        dir
    };
    let dir = edition(&text);
    let output = folio(dir.path(), &["build", "--out", "out"]);
    assert!(output.status.success(), "{}", stderr(&output));

    let dir = edition(&text.replace('v', "u"));
    let output = folio(dir.path(), &["build", "--out", "out"]);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(err.contains("error[A002]: the quote “u0y u1y u2y"), "{err}");
    assert!(
        err.contains("the quote is 100000 characters long, too long to look for similar words"),
        "{err}"
    );
    assert!(
        err.len() < 5_000,
        "the quote is not repeated whole: {} bytes",
        err.len()
    );
    assert!(!dir.path().join("out").exists());
}

#[test]
#[ignore = "scale: a 6 MB manuscript; run in release with `cargo test --release -- --ignored`"]
fn the_nearest_match_search_on_a_large_manuscript_stays_within_its_budget() {
    let dir = valid_edition();
    // No source to compare with: the test times anchoring, not the comparison.
    write(
        dir.path(),
        "edition.toml",
        Some(edition_with("file = \"source/s.txt\"\n", "").as_bytes()),
    );
    let text: String = (0..60_000)
        .map(|i| (0..12).map(|j| format!("z{j}q{i} ")).collect::<String>() + "\n\n")
        .collect();
    write(
        dir.path(),
        "manuscript/m.md",
        Some(format!("# T\n\n{text}").as_bytes()),
    );
    let notes: String = (0..1_000)
        .map(|i| format!("[[note]]\nid = \"n{i}\"\nquote = \"missing words number {i} here\"\nbody = \"x\"\n"))
        .collect();
    write(dir.path(), "annotations/a.toml", Some(notes.as_bytes()));
    let started = std::time::Instant::now();
    let output = folio(dir.path(), &["check"]);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert_eq!(err.matches("error[A002]").count(), 1_000);
    assert!(err.contains("the search was stopped"), "{err}");
    assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
}

#[test]
fn a_manuscript_that_shares_nothing_with_its_source_is_one_change_found_at_once() {
    // 100,000 words on each side and none in common: aligned word by word, Myers would take
    // time proportional to the square; the comparison reports the whole as one change.
    let dir = valid_edition();
    let words = |prefix: &str| -> String {
        (0..100_000)
            .map(|i| format!("{prefix}{i}"))
            .collect::<Vec<_>>()
            .chunks(50)
            .map(|paragraph| paragraph.join(" "))
            .collect::<Vec<_>>()
            .join("\n\n")
    };
    write(dir.path(), "source/s.txt", Some(words("source").as_bytes()));
    write(
        dir.path(),
        "manuscript/m.md",
        Some(format!("# T\n\n{}", words("revised")).as_bytes()),
    );
    write(dir.path(), "annotations/a.toml", Some(b""));
    let output = folio(dir.path(), &["check"]);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert_eq!(err.matches("error[C001]").count(), 1, "{err}");
    assert!(err.contains("undeclared change"), "{err}");
}

/// A file outside every edition, standing for `/etc/passwd`: its content must never be shown.
#[cfg(unix)]
fn secret_outside() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("passwd");
    std::fs::write(&secret, "root:x:0:0:SECRET-CONTENT:/root:/bin/bash\n").unwrap();
    (dir, secret)
}

/// A change that makes an edition name a file outside it.
type Change = Box<dyn Fn(&Path)>;

/// (name, how the edition is changed, command, the path the diagnostic must name).
type OutsideCase = (&'static str, Change, &'static str, Option<String>);

/// Replaces the file `name` of an edition by a symbolic link to `secret`.
#[cfg(unix)]
fn link_to(secret: &Path, name: &'static str) -> Change {
    let secret = secret.to_path_buf();
    Box::new(move |dir: &Path| {
        let path = dir.join(name);
        let _ = std::fs::remove_file(&path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(&secret, path).unwrap();
    })
}

/// Replaces `from` by `to` in an edition's edition.toml.
fn edit_toml(from: &'static str, to: String) -> Change {
    Box::new(move |dir: &Path| {
        let path = dir.join("edition.toml");
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{from}");
        std::fs::write(path, text.replacen(from, &to, 1)).unwrap();
    })
}

/// Both changes, in order.
fn both(a: Change, b: Change) -> Change {
    Box::new(move |dir: &Path| {
        a(dir);
        b(dir);
    })
}

#[cfg(unix)]
fn outside_cases(secret: &Path) -> Vec<OutsideCase> {
    let secret_path = secret.to_str().unwrap().to_string();
    let link = |name: &'static str| link_to(secret, name);
    let edit = edit_toml;
    let secret_dir = secret
        .parent()
        .unwrap()
        .file_name()
        .unwrap()
        .to_str()
        .unwrap();
    vec![
        (
            "annotations a link out",
            link("annotations/a.toml"),
            "build",
            Some(String::from("annotations/a.toml")),
        ),
        (
            "manuscript a link out",
            link("manuscript/m.md"),
            "build",
            Some(String::from("manuscript/m.md")),
        ),
        (
            "edition.toml a link out",
            link("edition.toml"),
            "build",
            None,
        ),
        (
            "source a link out",
            link("source/s.txt"),
            "check",
            Some(String::from("source/s.txt")),
        ),
        (
            "manuscript by ..",
            edit(
                "\"manuscript/m.md\"",
                format!("\"manuscript/../../{secret_dir}\""),
            ),
            "build",
            Some(String::from("manuscript/../../")),
        ),
        (
            "manuscript by absolute path",
            edit("\"manuscript/m.md\"", format!("\"{secret_path}\"")),
            "build",
            Some(secret_path.clone()),
        ),
        (
            "lexicon a link out",
            both(
                edit(
                    "slug = \"bad\"",
                    "slug = \"bad\"\nlexicon = \"lexicon.toml\"".into(),
                ),
                link("lexicon.toml"),
            ),
            "check",
            Some(String::from("lexicon.toml")),
        ),
        (
            "restore report a link out",
            both(
                edit(
                    "file = \"source/s.txt\"",
                    "file = \"source/s.txt\"\nrestore-report = \"r.json\"".into(),
                ),
                link("r.json"),
            ),
            "build",
            Some(String::from("r.json")),
        ),
        (
            "font a link out",
            both(
                edit(
                    "[output]",
                    "[fonts]\nregular = \"fonts/R.ttf\"\n\n[output]".into(),
                ),
                link("fonts/R.ttf"),
            ),
            "build",
            Some(String::from("fonts/R.ttf")),
        ),
        (
            "font by absolute path",
            edit(
                "[output]",
                format!("[fonts]\nlicence = \"{secret_path}\"\n\n[output]"),
            ),
            "build",
            Some(secret_path.clone()),
        ),
    ]
}

/// What is wrong with how folio refused one case (nothing when it refused it well).
fn refusal_failures(name: &str, dir: &Path, command: &str, named: Option<&str>) -> Vec<String> {
    let args: &[&str] = if command == "build" {
        &["build", "--out", "out"]
    } else {
        &["check"]
    };
    let output = folio(dir, args);
    let err = stderr(&output);
    let mut failures = Vec::new();
    if output.status.code() != Some(1) || !err.contains("error[F011]") {
        failures.push(format!(
            "{name}: exit {:?}, no F011 in\n{err}",
            output.status.code()
        ));
    }
    if let Some(named) = named {
        if !err.contains(&format!("`{named}")) {
            failures.push(format!("{name}: the path is not named in\n{err}"));
        }
        // At the key that names it, in edition.toml.
        if !err.contains("--> edition.toml:") {
            failures.push(format!("{name}: not pointed at its key in\n{err}"));
        }
    }
    if err.contains("SECRET-CONTENT") || err.contains("root:x") {
        failures.push(format!("{name}: the file's content was shown\n{err}"));
    }
    if dir.join("out").exists() {
        failures.push(format!("{name}: wrote output"));
    }
    failures
}

#[cfg(unix)]
#[test]
fn files_outside_the_edition_are_refused_without_showing_them() {
    let (_outside, secret) = secret_outside();
    let mut failures = Vec::new();
    for (name, change, command, named) in outside_cases(&secret) {
        let dir = valid_edition();
        change(dir.path());
        failures.extend(refusal_failures(
            name,
            dir.path(),
            command,
            named.as_deref(),
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[cfg(unix)]
#[test]
fn links_inside_the_edition_are_followed() {
    let dir = valid_edition();
    std::fs::rename(
        dir.path().join("annotations/a.toml"),
        dir.path().join("notes.toml"),
    )
    .unwrap();
    std::os::unix::fs::symlink("../notes.toml", dir.path().join("annotations/a.toml")).unwrap();
    let output = folio(dir.path(), &["build", "--out", "out"]);
    assert!(output.status.success(), "{}", stderr(&output));
}

#[cfg(unix)]
#[test]
fn a_build_writes_only_inside_its_edition_unless_told_where() {
    let elsewhere = tempfile::tempdir().unwrap();
    let dir = valid_edition();
    // [output] dir climbing out: refused at its key, nothing written anywhere.
    let toml = std::fs::read_to_string(dir.path().join("edition.toml")).unwrap();
    let climbing = toml.replace("[output]\n", "[output]\ndir = \"../elsewhere-out\"\n");
    std::fs::write(dir.path().join("edition.toml"), &climbing).unwrap();
    let output = folio(dir.path(), &["build"]);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(
        err.contains("error[F012]") && err.contains("--> edition.toml:"),
        "{err}"
    );
    assert!(!dir.path().parent().unwrap().join("elsewhere-out").exists());
    // A link named `out` leading out of the edition: refused too.
    let linked = toml.replace("[output]\n", "[output]\ndir = \"out\"\n");
    std::fs::write(dir.path().join("edition.toml"), linked).unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), dir.path().join("out")).unwrap();
    let output = folio(dir.path(), &["build"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stderr(&output).contains("error[F012]"));
    assert_eq!(std::fs::read_dir(elsewhere.path()).unwrap().count(), 0);
    // `--out DIR` on the command line is the user's own choice.
    let output = folio(
        dir.path(),
        &["build", "--out", elsewhere.path().to_str().unwrap()],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(elsewhere.path().join("bad.epub").exists());
}
