//! The EPUB export end to end: fixture editions against golden XHTML/OPF (regenerate with
//! FOLIO_BLESS=1), epubcheck on every fixture and on this repository's edition,
//! reproducibility, and what happens on bad input (diagnostic, exit code, nothing written).

mod common;

use std::path::Path;

use common::{epubcheck, folio, repo, stderr, unzip};

const FIXTURES: &str = "tests/fixtures/epub";

/// Builds the edition in `dir` into a fresh temporary directory; returns the EPUB's bytes.
fn build_epub(dir: &Path, slug: &str) -> (Vec<u8>, tempfile::TempDir) {
    let out = tempfile::tempdir().unwrap();
    let result = folio(
        dir,
        &[
            "build",
            "--format",
            "epub",
            "--quiet",
            "--out",
            out.path().to_str().unwrap(),
        ],
    );
    assert!(
        result.status.success(),
        "build of {} failed:\n{}",
        dir.display(),
        stderr(&result)
    );
    let epub = out.path().join(format!("{slug}.epub"));
    (std::fs::read(&epub).unwrap(), out)
}

fn fixture_dirs() -> Vec<std::path::PathBuf> {
    let mut dirs: Vec<_> = std::fs::read_dir(repo().join(FIXTURES))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("edition.toml").exists())
        .collect();
    dirs.sort();
    dirs
}

#[test]
fn fixtures_match_their_golden_files_and_pass_epubcheck() {
    for dir in fixture_dirs() {
        let slug = dir.file_name().unwrap().to_str().unwrap().to_string();
        let (epub, out) = build_epub(&dir, &slug);
        let expected_dir = dir.join("expected");
        for (name, bytes) in unzip(&epub) {
            if name.ends_with(".ttf") || name.ends_with(".png") {
                // The fonts are copied as they are; the cover is a picture, checked by
                // `every_book_has_a_cover_named_as_reading_systems_look_for_it`.
                continue;
            }
            common::golden_bytes(&expected_dir.join(&name), &bytes);
        }
        if let Some((clean, report)) = epubcheck(&out.path().join(format!("{slug}.epub"))) {
            assert!(clean, "epubcheck on {slug}:\n{report}");
        }
    }
}

#[test]
fn the_editions_epub_passes_epubcheck_and_keeps_its_names() {
    let (epub, out) = build_epub(&repo(), "hungary-1956");
    let chapter = unzip(&epub)
        .into_iter()
        .find(|(n, _)| n == "OEBPS/text/chapter-1.xhtml")
        .expect("chapter 1")
        .1;
    let text = String::from_utf8(chapter).unwrap();
    for name in [
        "Lőrinc Szabó",
        "Ernő Gerő",
        "Mátyás Rákosi",
        "Városliget",
        "Hungary’s",
    ] {
        assert!(text.contains(name), "{name} is missing from the EPUB text");
    }
    if let Some((clean, report)) = epubcheck(&out.path().join("hungary-1956.epub")) {
        assert!(clean, "epubcheck:\n{report}");
    }
}

#[test]
fn two_builds_are_byte_identical_and_follow_source_date_epoch() {
    let dir = repo().join(FIXTURES).join("features");
    let (first, _a) = build_epub(&dir, "features");
    let (second, _b) = build_epub(&dir, "features");
    assert!(first == second, "two builds differ");

    let out = tempfile::tempdir().unwrap();
    let result = std::process::Command::new(env!("CARGO_BIN_EXE_folio"))
        .args(["build", "--quiet", "--out", out.path().to_str().unwrap()])
        .current_dir(&dir)
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .output()
        .unwrap();
    assert!(result.status.success(), "{}", stderr(&result));
    let epub = std::fs::read(out.path().join("features.epub")).unwrap();
    let opf = unzip(&epub)
        .into_iter()
        .find(|(n, _)| n.ends_with("content.opf"))
        .unwrap()
        .1;
    assert!(String::from_utf8(opf)
        .unwrap()
        .contains("<meta property=\"dcterms:modified\">2023-11-14T22:13:20Z</meta>"));
}

#[test]
fn the_container_starts_with_an_uncompressed_mimetype() {
    let (epub, _out) = build_epub(&repo().join(FIXTURES).join("features"), "features");
    // Local file header: name at offset 30, compression method at offset 8 (0 = stored).
    assert_eq!(&epub[30..38], b"mimetype");
    assert_eq!(&epub[8..10], &[0, 0]);
    assert_eq!(&epub[38..58], b"application/epub+zip");
}

/// Copies the features fixture into a temporary edition that a test may break.
fn scratch_edition() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let src = repo().join(FIXTURES).join("features");
    for sub in ["manuscript", "annotations"] {
        std::fs::create_dir_all(dir.path().join(sub)).unwrap();
    }
    for file in ["manuscript/features.md", "annotations/features.toml"] {
        std::fs::copy(src.join(file), dir.path().join(file)).unwrap();
    }
    std::fs::copy(src.join("edition.toml"), dir.path().join("edition.toml")).unwrap();
    dir
}

#[test]
fn a_bad_edition_toml_is_reported_at_its_position_and_nothing_is_written() {
    let dir = scratch_edition();
    let path = dir.path().join("edition.toml");
    let toml = std::fs::read_to_string(&path)
        .unwrap()
        .replace("language = \"en-GB\"", "langauge = \"en-GB\"");
    std::fs::write(&path, toml).unwrap();
    let result = folio(dir.path(), &["build", "--out", "out"]);
    assert_eq!(result.status.code(), Some(1));
    let err = stderr(&result);
    assert!(
        err.contains("error[F001]") && err.contains("unknown field `langauge`"),
        "{err}"
    );
    assert!(err.contains("edition.toml:3:1"), "{err}");
    assert!(!dir.path().join("out").exists());
}

#[test]
fn a_manuscript_that_is_not_utf8_is_an_error_and_the_old_output_survives() {
    let dir = scratch_edition();
    assert!(folio(dir.path(), &["build", "--out", "out"])
        .status
        .success());
    let before = std::fs::read(dir.path().join("out/features.epub")).unwrap();
    std::fs::write(
        dir.path().join("manuscript/features.md"),
        b"# Title\n\nR\xe1kosi\n",
    )
    .unwrap();
    let result = folio(dir.path(), &["build", "--out", "out"]);
    assert_eq!(result.status.code(), Some(1));
    let err = stderr(&result);
    assert!(
        err.contains("error[M001]") && err.contains("features.md:3:2"),
        "{err}"
    );
    assert_eq!(
        std::fs::read(dir.path().join("out/features.epub")).unwrap(),
        before
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path().join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "{leftovers:?}");
}

#[test]
fn a_missing_manuscript_is_an_io_error() {
    let dir = scratch_edition();
    std::fs::remove_file(dir.path().join("manuscript/features.md")).unwrap();
    let result = folio(dir.path(), &["build", "--out", "out"]);
    assert_eq!(result.status.code(), Some(2));
    assert!(
        stderr(&result).contains("features.md"),
        "{}",
        stderr(&result)
    );
}

#[test]
fn an_unanchored_note_fails_the_build_with_a_suggestion() {
    let dir = scratch_edition();
    let path = dir.path().join("annotations/features.toml");
    let toml = std::fs::read_to_string(&path)
        .unwrap()
        .replace("quote = \"Ernő Gerő\"", "quote = \"Erno Gero\"");
    std::fs::write(&path, toml).unwrap();
    let result = folio(dir.path(), &["build", "--out", "out"]);
    assert_eq!(result.status.code(), Some(1));
    let err = stderr(&result);
    assert!(
        err.contains("error[A002]") && err.contains("features.toml:3:9"),
        "{err}"
    );
    assert!(
        err.contains("nearest match (2 edits): “Ernő Gerő”"),
        "{err}"
    );
    assert!(!dir.path().join("out").exists());
}

#[test]
fn no_arguments_means_build() {
    let dir = scratch_edition();
    let result = folio(dir.path(), &[]);
    assert!(result.status.success(), "{}", stderr(&result));
    assert!(dir.path().join("out/features.epub").exists());
}

#[test]
fn two_builds_at_once_into_one_directory_do_not_corrupt_each_other() {
    let dir = scratch_edition();
    let (reference, _out) = build_epub(dir.path(), "features");
    let runs: Vec<_> = (0..2)
        .map(|_| {
            std::process::Command::new(env!("CARGO_BIN_EXE_folio"))
                .args(["build", "--quiet", "--out", "out"])
                .current_dir(dir.path())
                .env_remove("SOURCE_DATE_EPOCH")
                .spawn()
                .unwrap()
        })
        .collect();
    for mut run in runs {
        assert!(run.wait().unwrap().success());
    }
    // Each build wrote its own temporary file and renamed it into place: whichever came last,
    // the file is whole, and no temporary is left behind.
    assert!(std::fs::read(dir.path().join("out/features.epub")).unwrap() == reference);
    let names: Vec<_> = std::fs::read_dir(dir.path().join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
}

/// The names of the font files in an EPUB, and its stylesheet.
fn fonts_and_stylesheet(epub: &[u8]) -> (Vec<String>, String) {
    let entries = unzip(epub);
    let fonts = entries
        .iter()
        .filter(|(name, _)| name.ends_with(".ttf"))
        .map(|(name, _)| name.clone())
        .collect();
    let css = entries
        .iter()
        .find(|(name, _)| name.ends_with(".css"))
        .map(|(_, bytes)| String::from_utf8(bytes.clone()).unwrap())
        .expect("a stylesheet");
    (fonts, css)
}

#[test]
fn the_bold_faces_are_in_the_book_only_when_its_text_has_strong_emphasis() {
    let dir = scratch_edition();
    let (epub, _out) = build_epub(dir.path(), "features");
    let (fonts, css) = fonts_and_stylesheet(&epub);
    assert_eq!(
        fonts,
        ["OEBPS/fonts/regular.ttf", "OEBPS/fonts/italic.ttf"],
        "the fixture has no strong emphasis"
    );
    assert!(!css.contains("bold.ttf"), "{css}");

    let manuscript = dir.path().join("manuscript/features.md");
    let text = std::fs::read_to_string(&manuscript).unwrap();
    std::fs::write(&manuscript, format!("{text}\nA **strong** word.\n")).unwrap();
    let (epub, out) = build_epub(dir.path(), "features");
    let (fonts, css) = fonts_and_stylesheet(&epub);
    assert_eq!(fonts.len(), 4, "{fonts:?}");
    assert!(
        css.contains(
            "font-style: italic; font-weight: bold; src: url(\"../fonts/bold-italic.ttf\")"
        ),
        "{css}"
    );
    let path = out.path().join("features.epub");
    if let Some((clean, report)) = epubcheck(&path) {
        assert!(clean, "{report}");
    }
}

/// Every `id="…"` in an XML text.
fn ids(xml: &str) -> Vec<&str> {
    xml.split(" id=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .collect()
}

#[test]
fn headings_named_like_the_generated_sections_keep_every_id_unique() {
    let dir = scratch_edition();
    let manuscript = dir.path().join("manuscript/features.md");
    let text = std::fs::read_to_string(&manuscript).unwrap();
    let added = "\n# Colophon\n\nThe manuscript's own colophon.\n\n# Notes\n\nAnd its notes.\n\n\
                 # Note on the text\n\nIts own note.\n\n## Emendations\n\nNone.\n\n# Page 2\n\n\
                 A heading like a page marker.\n\n# The second chapter\n\nA heading used twice.\n";
    std::fs::write(&manuscript, format!("{text}{added}")).unwrap();
    // EPUB and PDF, so the ebook has the print edition's page markers too.
    let out = common::build_into_temp(dir.path(), &[]);
    let path = out.path().join("features.epub");
    let entries = unzip(&std::fs::read(&path).unwrap());
    for (name, bytes) in &entries {
        if name.ends_with(".xhtml") || name.ends_with(".opf") {
            let xml = String::from_utf8(bytes.clone()).unwrap();
            let mut found = ids(&xml);
            let all = found.len();
            found.sort_unstable();
            found.dedup();
            assert_eq!(found.len(), all, "{name} repeats an id:\n{xml}");
        }
    }
    let opf = entries
        .iter()
        .find(|(name, _)| name.ends_with(".opf"))
        .map(|(_, bytes)| String::from_utf8(bytes.clone()).unwrap())
        .unwrap();
    assert_eq!(opf.matches("id=\"colophon\"").count(), 1, "{opf}");
    // The generated colophon is the one marked as such; the manuscript's is a chapter.
    let colophons: Vec<_> = entries
        .iter()
        .filter(|(_, bytes)| String::from_utf8_lossy(bytes).contains("epub:type=\"colophon\""))
        .map(|(_, bytes)| String::from_utf8_lossy(bytes).into_owned())
        .collect();
    assert_eq!(colophons.len(), 1);
    assert!(colophons[0].contains("Fixture Press"), "{}", colophons[0]);
    assert!(!colophons[0].contains("own colophon"), "{}", colophons[0]);
    if let Some((clean, report)) = epubcheck(&path) {
        assert!(clean, "epubcheck:\n{report}");
    }
}

/// The reader's text of the EPUB's note on the text (tags dropped, one block a line).
fn note_on_the_text(epub: &[u8]) -> String {
    let xhtml = unzip(epub)
        .into_iter()
        .map(|(_, bytes)| String::from_utf8_lossy(&bytes).into_owned())
        .find(|xml| xml.contains("<h1 id=\"note-on-the-text\""))
        .expect("a note on the text");
    let body = &xhtml[xhtml.find("<body").unwrap()..];
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

#[test]
fn the_note_on_the_text_claims_sources_only_for_the_editions_own_notes_that_have_one() {
    // The fixture has a manuscript footnote and two annotation notes, one with a source.
    let dir = scratch_edition();
    let (epub, _out) = build_epub(dir.path(), "features");
    let note = note_on_the_text(&epub);
    assert!(
        note.contains(
            "2 of the 3 notes were written for this edition; 1 of them names its source."
        ),
        "{note}"
    );
    assert!(!note.contains("each names"), "{note}");
}

#[test]
fn the_note_on_the_text_tells_what_restore_did_without_paths() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("source")).unwrap();
    std::fs::write(
        dir.path().join("source/s.txt"),
        "Hungary 1956\n\nHungarys workers didnt wait. Fryer wrote: the people rose.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("edition.toml"),
        "title = \"T\"\nlanguage = \"en-GB\"\ndate = \"2026-01-01\"\nidentifier = \"urn:x\"\n\
         slug = \"t\"\nmanuscript = \"manuscript/m.md\"\n\
         [source]\ntitle = \"S\"\nfile = \"source/s.txt\"\nrestore-report = \"manuscript/m.restore.json\"\n\
         [output]\ncolophon-revision = false\n",
    )
    .unwrap();
    let restored = folio(
        dir.path(),
        &[
            "restore",
            "source/s.txt",
            "-o",
            "manuscript/m.md",
            "--report",
            "manuscript/m.restore.json",
        ],
    );
    assert!(restored.status.success(), "{}", stderr(&restored));
    let report: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("manuscript/m.restore.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(report["counts"].as_object().unwrap().len(), 1, "{report}");
    let apostrophes = report["counts"]["apostrophe"].as_u64().unwrap();
    let suspects = report["suspects"].as_array().unwrap();

    let (epub, _out) = build_epub(dir.path(), "t");
    let note = note_on_the_text(&epub);
    assert!(
        note.contains(&format!(
            "The automatic restoration put back {apostrophes} apostrophes."
        )),
        "{note}"
    );
    assert_eq!(suspects.len(), 1, "{suspects:?}");
    assert!(
        note.contains("It listed 1 place it could not decide (where a quotation may have lost its marks), and left it to the editors."),
        "{note}"
    );
    assert!(!note.contains("settled"), "{note}");
    assert!(
        !note.contains("restore.json") && !note.contains("manuscript/"),
        "{note}"
    );
    assert!(!note.contains("written for this edition"), "{note}");
}

#[test]
fn every_book_has_a_cover_named_as_reading_systems_look_for_it() {
    let dir = repo().join("tests/fixtures/epub/features");
    let (epub, _out) = build_epub(&dir, "features");
    let files = unzip(&epub);
    let file = |name: &str| {
        files
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, bytes)| bytes.clone())
            .unwrap_or_else(|| panic!("{name} is not in the book"))
    };
    let png = file("OEBPS/images/cover.png");
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let size = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
    assert_eq!(
        (size(16), size(20)),
        (1600, 2560),
        "the 1 : 1.6 size readers expect"
    );
    let opf = String::from_utf8(file("OEBPS/content.opf")).unwrap();
    assert!(
        opf.contains(r#"href="images/cover.png" media-type="image/png" properties="cover-image""#),
        "{opf}"
    );
    assert!(opf.contains(r#"<meta name="cover" content="cover-image"/>"#));
    let spine = &opf[opf.find("<spine").unwrap()..];
    let first = spine.find("idref=\"cover\"").unwrap();
    assert!(
        first < spine.find("idref=\"title-page\"").unwrap(),
        "the cover comes first"
    );
    let page = String::from_utf8(file("OEBPS/text/cover.xhtml")).unwrap();
    assert!(
        page.contains(r#"role="doc-cover""#) && page.contains("alt=\"Cover: "),
        "{page}"
    );
    // The same book twice gives the same picture.
    let (again, _out) = build_epub(&dir, "features");
    assert_eq!(
        unzip(&again)
            .into_iter()
            .find(|(n, _)| n == "OEBPS/images/cover.png")
            .unwrap()
            .1,
        png
    );
}
