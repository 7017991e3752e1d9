//! A user's own edition, from nothing: `folio new --from` a text damaged here, the editor's
//! corrections, a note and an emendation, `check`, `build --handout`, a commit, a revision and
//! `diff`, each output checked (epubcheck and qpdf when installed).

mod common;
#[path = "../fuzz/src/new_edition_input.rs"]
mod new_edition_input;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{edit, folio, git, repo, stderr};
use folio::cmd::new::edition_files;
use folio::diag::{Diagnostics, Files};
use folio::model::{BlockKind, InlineKind};
use folio::restore::hunspell::Dictionaries;

/// The clean text (written for this test, not the edition's), damaged as bad software does:
/// every non-ASCII character deleted. The source also misspells a name, which the editor
/// corrects with an emendation.
fn damaged_source() -> String {
    let clean = std::fs::read_to_string(repo().join("tests/fixtures/new/poznan-1956.txt")).unwrap();
    clean
        .chars()
        .filter(char::is_ascii)
        .collect::<String>()
        .replace("Cegielski", "Cegielsky")
}

/// An editor's correction of what restore may have left: replaced where it is still there.
fn settle(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    std::fs::write(path, text.replace(from, to)).unwrap();
}

fn append(path: &Path, text: &str) {
    let mut content = std::fs::read_to_string(path).unwrap();
    content.push_str(text);
    std::fs::write(path, content).unwrap();
}

/// What an editor does with the commented `[[creator]]` of a new edition.
fn name_a_creator(ed: &Path) {
    let toml = ed.join("edition.toml");
    edit(
        &toml,
        "# [[creator]]\n# name = \"…\"",
        "[[creator]]\nname = \"A. Editor\"",
    );
    edit(&toml, "# role = \"author\"", "role = \"editor\"");
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn assert_valid_epub(epub: &Path) {
    if let Some((clean, report)) = common::epubcheck(epub) {
        assert!(clean, "epubcheck on {}:\n{report}", epub.display());
    }
}

fn assert_valid_pdf(pdf: &Path) {
    if let Some(qpdf) = common::find("qpdf") {
        let (ok, report) = common::run(&qpdf, &[std::ffi::OsStr::new("--check"), pdf.as_os_str()]);
        assert!(ok, "qpdf --check {}:\n{report}", pdf.display());
    }
}

/// The EPUB's entries whose names end in `.xhtml`, as one string.
fn epub_text(epub: &Path) -> String {
    common::unzip(&std::fs::read(epub).unwrap())
        .into_iter()
        .filter(|(name, _)| name.ends_with(".xhtml"))
        .map(|(_, bytes)| String::from_utf8(bytes).unwrap())
        .collect()
}

#[test]
fn a_new_edition_from_a_damaged_text_builds_checks_and_tracks_revisions() {
    let work = tempfile::tempdir().unwrap();
    let (ed, manuscript) = create_from_damaged_text(work.path());
    // 2. It builds at once: EPUB and PDF, with no fonts of its own.
    let built = folio(&ed, &["build"]);
    assert!(built.status.success(), "{}", stderr(&built));
    assert!(!ed.join("fonts").exists());
    assert_valid_epub(&ed.join("out/poznan.epub"));
    assert_valid_pdf(&ed.join("out/poznan.pdf"));
    finish_the_editing(&ed, &manuscript);
    build_print_and_ebook(&ed);
    check_and_diff_a_revision(&ed, &manuscript);
}

/// Step 1: a new edition in `work`, restored from the damaged text; its directory and manuscript.
fn create_from_damaged_text(work: &Path) -> (PathBuf, PathBuf) {
    let damaged = damaged_source();
    std::fs::write(work.join("damaged.txt"), &damaged).unwrap();

    // 1. A new edition, restored from the damaged text.
    let created = folio(
        work,
        &[
            "new",
            "poznan",
            "--from",
            "damaged.txt",
            "--language",
            "en-GB",
        ],
    );
    assert!(created.status.success(), "{}", stderr(&created));
    let ed = work.join("poznan");
    for file in [
        "edition.toml",
        "manuscript/poznan.md",
        "manuscript/poznan.restore.json",
        "manuscript/lexicon.toml",
        "annotations/poznan.toml",
        ".gitignore",
    ] {
        assert!(ed.join(file).is_file(), "{file} was not written");
    }
    let kept = std::fs::read_to_string(ed.join("manuscript/source/damaged.txt")).unwrap();
    assert_eq!(kept, damaged, "the source is kept as received");
    let manuscript = ed.join("manuscript/poznan.md");
    let text = std::fs::read_to_string(&manuscript).unwrap();
    assert!(text.starts_with("# Pozna"), "{text}");
    assert!(text.contains("Władysław Gomułka"), "{text}");
    assert!(
        text.contains("party’s offices"),
        "restore ran on the manuscript: {text}"
    );
    let review = stderr(&created);
    assert!(
        review.contains("edits"),
        "restore's review is shown: {review}"
    );

    (ed, manuscript)
}

/// Step 3: the editor finishes what restore could not decide, corrects the source's
/// misspelling and declares it, and adds a note; check then passes.
fn finish_the_editing(ed: &Path, manuscript: &Path) {
    // What restore leaves depends on the dictionaries installed; check below proves that the
    // editor's work is complete either way.
    settle(manuscript, "Pozna ", "Poznań ");
    settle(manuscript, "Pozna,", "Poznań,");
    settle(manuscript, "workers demands  ", "workers’ demands — ");
    // Restore puts this apostrophe back itself ("the workers demands": a plural of people
    // before a plural noun); the dash it leaves to the editor.
    settle(manuscript, "workers’ demands  ", "workers’ demands — ");
    settle(manuscript, "elections  were", "elections — were");
    edit(manuscript, "Cegielsky", "Cegielski");
    settle(&ed.join("edition.toml"), "\"Pozna,", "\"Poznań,");
    name_a_creator(ed);
    append(
        &ed.join("annotations/poznan.toml"),
        r#"
[[note]]
id = "cegielski"
quote = "Cegielski engineering works"
body = "The works, named after Hipolit Cegielski, were then called the Stalin Works."
source = "Encyclopaedia Britannica, “Poznań Riots”."

[[emendation]]
id = "cegielski-spelling"
reading = "Cegielski"
source-reading = "Cegielsky"
reason = "The works bear the name of Hipolit Cegielski."
"#,
    );
    let checked = folio(ed, &["check"]);
    assert!(checked.status.success(), "{}", stderr(&checked));
    assert!(
        stderr(&checked).contains("0 errors, 0 warnings"),
        "{}",
        stderr(&checked)
    );
}

/// Step 4: the print edition with its handout, and the ebook with the apparatus.
fn build_print_and_ebook(ed: &Path) {
    let built = folio(ed, &["build", "--handout"]);
    assert!(built.status.success(), "{}", stderr(&built));
    let handout = ed.join("out/poznan-handout.pdf");
    assert!(handout.is_file());
    assert_valid_pdf(&handout);
    assert_valid_pdf(&ed.join("out/poznan.pdf"));
    let epub = ed.join("out/poznan.epub");
    assert_valid_epub(&epub);
    let xhtml = epub_text(&epub);
    assert!(xhtml.contains("Cegielsky"), "the emendation is listed");
    assert!(xhtml.contains("Stalin Works"), "the note is in the ebook");
    assert!(xhtml.contains("Poznań, June 1956"), "the corrected title");
    if let Some(text) = common::pdftotext(&ed.join("out/poznan.pdf"), 1, None) {
        assert!(text.contains("Władysław Gomułka"), "{text}");
    }
}

/// Step 5: a revision, committed, then changed without declaring it; check fails, diff shows it.
fn check_and_diff_a_revision(ed: &Path, manuscript: &Path) {
    if common::find("git").is_none() {
        return;
    }
    git(ed, &["init", "-q"]);
    git(ed, &["add", "-A"]);
    git(ed, &["commit", "-q", "-m", "first edition"]);
    let tracked = Command::new("git")
        .args(["ls-files"])
        .current_dir(ed)
        .output()
        .unwrap();
    let tracked = stdout(&tracked);
    assert!(!tracked.contains("out/"), "outputs are ignored: {tracked}");
    edit(
        manuscript,
        "dozens of people were killed",
        "fifty-seven people were killed",
    );
    let checked = folio(ed, &["check"]);
    assert_eq!(checked.status.code(), Some(1), "{}", stderr(&checked));
    assert!(stderr(&checked).contains("C001"), "{}", stderr(&checked));
    let diff = folio(ed, &["diff", "HEAD"]);
    assert!(diff.status.success(), "{}", stderr(&diff));
    let report = stdout(&diff);
    assert!(
        report.contains("dozens") && report.contains("fifty-seven"),
        "{report}"
    );
}

#[test]
fn new_refuses_a_directory_with_files_and_never_replaces_one() {
    let work = tempfile::tempdir().unwrap();
    let ed = work.path().join("ed");
    std::fs::create_dir(&ed).unwrap();
    std::fs::write(ed.join("edition.toml"), "mine").unwrap();

    let refused = folio(work.path(), &["new", "ed"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).contains("is not empty"),
        "{}",
        stderr(&refused)
    );

    let forced = folio(work.path(), &["new", "ed", "--force"]);
    assert_eq!(forced.status.code(), Some(2));
    assert!(stderr(&forced).contains("already has edition.toml"));
    assert_eq!(
        std::fs::read_to_string(ed.join("edition.toml")).unwrap(),
        "mine"
    );
    assert!(!ed.join("manuscript").exists(), "nothing was written");

    let bad_language = folio(work.path(), &["new", "other", "--language", "english"]);
    assert_eq!(bad_language.status.code(), Some(2));
    assert!(!work.path().join("other").exists());
}

/// Found in writing the fuzz target `new_edition` (a new edition must build at once): a source
/// with no text made an edition whose first build failed (M009, the manuscript has no text).
/// It is refused, and nothing is written.
#[test]
fn a_source_with_no_text_is_refused() {
    let work = tempfile::tempdir().unwrap();
    for (name, text) in [("empty.txt", ""), ("blank.txt", " \n\r\n\t\n")] {
        std::fs::write(work.path().join(name), text).unwrap();
        let refused = folio(work.path(), &["new", "ed", "--from", name]);
        assert_eq!(refused.status.code(), Some(2), "{}", stderr(&refused));
        assert!(
            stderr(&refused).contains(&format!("{name} has no text to restore")),
            "{}",
            stderr(&refused)
        );
        assert!(!work.path().join("ed").exists(), "nothing was written");
    }
}

#[test]
fn a_new_edition_without_a_source_builds_both_outputs() {
    let work = tempfile::tempdir().unwrap();
    let created = folio(
        work.path(),
        &["new", "Reading Group", "--title", "Notes “for” us"],
    );
    assert!(created.status.success(), "{}", stderr(&created));
    let ed = work.path().join("Reading Group");
    let toml = std::fs::read_to_string(ed.join("edition.toml")).unwrap();
    assert!(toml.contains("slug = \"reading-group\""), "{toml}");
    let built = folio(&ed, &["build"]);
    assert!(built.status.success(), "{}", stderr(&built));
    assert_valid_epub(&ed.join("out/reading-group.epub"));
    assert_valid_pdf(&ed.join("out/reading-group.pdf"));
    // No placeholder name is published: until a creator is named, check says so.
    let xhtml = epub_text(&ed.join("out/reading-group.epub"));
    assert!(!xhtml.contains("Your name"), "a placeholder creator");
    let checked = folio(&ed, &["check"]);
    assert_eq!(checked.status.code(), Some(1), "{}", stderr(&checked));
    assert!(stderr(&checked).contains("F006"), "{}", stderr(&checked));
    name_a_creator(&ed);
    let checked = folio(&ed, &["check"]);
    assert!(checked.status.success(), "{}", stderr(&checked));

    // No revisions yet: diff says how to start them.
    let diff = folio(&ed, &["diff", "HEAD"]);
    assert_eq!(diff.status.code(), Some(2));
    assert!(stderr(&diff).contains("git init"), "{}", stderr(&diff));

    // A handout with the ebook alone still writes the PDF it imposes, from the same build.
    std::fs::remove_file(ed.join("out/reading-group.pdf")).unwrap();
    let built = folio(&ed, &["build", "--format", "epub", "--handout"]);
    assert!(built.status.success(), "{}", stderr(&built));
    assert!(ed.join("out/reading-group.pdf").is_file());
    assert!(ed.join("out/reading-group-handout.pdf").is_file());
}

#[test]
fn a_build_that_cannot_write_one_output_changes_none() {
    let work = tempfile::tempdir().unwrap();
    let created = folio(work.path(), &["new", "ed"]);
    assert!(created.status.success(), "{}", stderr(&created));
    let ed = work.path().join("ed");
    let built = folio(&ed, &["build", "--format", "epub"]);
    assert!(built.status.success(), "{}", stderr(&built));
    let epub = ed.join("out/ed.epub");
    let old_epub = std::fs::read(&epub).unwrap();
    // Something in the PDF's way, and a change that would alter the EPUB.
    std::fs::create_dir(ed.join("out/ed.pdf")).unwrap();
    edit(&ed.join("manuscript/ed.md"), "Replace it", "Change it");

    let failed = folio(&ed, &["build"]);
    assert_eq!(failed.status.code(), Some(2), "{}", stderr(&failed));
    assert!(
        stderr(&failed).contains("ed.pdf is a directory"),
        "{}",
        stderr(&failed)
    );
    assert_eq!(std::fs::read(&epub).unwrap(), old_epub, "the EPUB was kept");
    let left: Vec<_> = std::fs::read_dir(ed.join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(left.len(), 2, "no temporary files are left: {left:?}");
}

/// Inputs the `new_edition` fuzz target found (fuzz/regressions/new_edition/), made into a new
/// edition's files as the target makes them: the manuscript parses without an error, and
/// after its title it is paragraphs of plain text (restored text is escaped, never markup).
#[test]
fn fuzz_regressions_make_manuscripts_of_plain_text() {
    let fixtures = repo().join("tests/fixtures/hunspell");
    let dictionaries = Dictionaries::found_in(&[fixtures], &["hu_TEST".into(), "pl_TEST".into()]);
    let manuscript_path = format!("manuscript/{}.md", new_edition_input::SLUG);
    let mut seen = 0;
    let dir = repo().join("fuzz/regressions/new_edition");
    for entry in std::fs::read_dir(dir).expect("fuzz/regressions/new_edition") {
        let path = entry.expect("a directory entry").path();
        let data = std::fs::read(&path).expect("readable");
        let edition = edition_files(&new_edition_input::blueprint(&data, dictionaries.clone()))
            .expect("the source has text");
        let manuscript = edition
            .files
            .iter()
            .find(|(file, _)| *file == Path::new(&manuscript_path))
            .map(|(_, bytes)| String::from_utf8(bytes.clone()).expect("UTF-8"))
            .expect("a manuscript");
        let mut files = Files::default();
        let mut diags = Diagnostics::default();
        let id = files.add(&manuscript_path, manuscript.clone());
        let document = folio::manuscript::parse(&manuscript, id, &mut diags);
        assert_eq!(diags.error_count(), 0, "{path:?}: {diags:?}");
        for block in &document.blocks[1..] {
            let plain = match &block.kind {
                BlockKind::Paragraph { content } | BlockKind::Caption { content } => content
                    .iter()
                    .all(|i| matches!(i.kind, InlineKind::Text(_) | InlineKind::SoftBreak)),
                _ => false,
            };
            assert!(plain, "{path:?}: {:?}\n{manuscript}", block.kind);
        }
        seen += 1;
    }
    assert!(seen > 0);
}

/// `folio` in `dir` with the fixture dictionaries (tests/fixtures/hunspell) as the only ones
/// installed.
fn folio_with_fixture_dictionaries(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_folio"))
        .args(args)
        .current_dir(dir)
        .env(
            folio::restore::hunspell::PATH_VARIABLE,
            repo().join("tests/fixtures/hunspell"),
        )
        .env("FOLIO_CACHE_DIR", "")
        .output()
        .expect("run folio")
}

/// `folio new NAME --from damaged.txt` in `work` on the text `damaged`, with `extra` arguments
/// and the fixture dictionaries; the new edition's directory and restore's review.
fn new_from(work: &Path, name: &str, damaged: &str, extra: &[&str]) -> (PathBuf, String) {
    std::fs::write(work.join("damaged.txt"), damaged).unwrap();
    let mut args = vec!["new", name, "--from", "damaged.txt"];
    args.extend_from_slice(extra);
    let created = folio_with_fixture_dictionaries(work, &args);
    assert!(created.status.success(), "{}", stderr(&created));
    (work.join(name), stderr(&created))
}

/// A text too short to prove it was damaged (a new user's first try): restore changes
/// nothing but lists the name a dictionary explains, the new edition names that dictionary's
/// language, and `folio check` reports the name (C010) until the editor restores it; a short
/// sentence with a past tense stays a paragraph, not a caption.
#[test]
fn a_short_damaged_text_is_listed_and_checked_not_passed() {
    let work = tempfile::tempdir().unwrap();
    let (ed, review) = new_from(
        work.path(),
        "spring",
        "A Prague Spring\n\nThe reformer Alexander Dubek spoke of socialism with a human \
         face.\n\nIn August the tanks came to Prague.\n",
        &["--language", "en-GB"],
    );
    assert!(review.contains("`Dubek`  candidates: Dubček"), "{review}");
    let toml = std::fs::read_to_string(ed.join("edition.toml")).unwrap();
    assert!(toml.contains("\nlanguages = [\"cs\"]\n"), "{toml}");
    let manuscript = ed.join("manuscript/spring.md");
    let text = std::fs::read_to_string(&manuscript).unwrap();
    assert!(text.contains("Alexander Dubek spoke"), "{text}");
    assert!(
        text.ends_with("\nIn August the tanks came to Prague.\n"),
        "{text}"
    );

    name_a_creator(&ed);
    let checked = folio_with_fixture_dictionaries(&ed, &["check"]);
    assert!(!checked.status.success());
    let findings = stderr(&checked);
    // The fixture dictionary knows one spelling, so check names the repair itself (C010).
    assert!(
        findings.contains("warning[C010]: “Dubek” looks damaged: restore would make it “Dubček”"),
        "{findings}"
    );

    settle(&manuscript, "Dubek", "Dubček");
    let checked = folio_with_fixture_dictionaries(&ed, &["check"]);
    assert!(checked.status.success(), "{}", stderr(&checked));
}

/// A text with no title line (a new user's five lines about Janáček): its first sentence is
/// a paragraph, not the title, so the title page and the EPUB's title are the directory's
/// name until the editor gives one, rather than a sentence ending in a full stop.
#[test]
fn a_first_line_that_is_a_sentence_is_not_the_title() {
    let work = tempfile::tempdir().unwrap();
    let (ed, _) = new_from(
        work.path(),
        "janacek",
        "Leos Janacek was born in 1854 in Hukvaldy, a village in northern Moravia.\nHe died \
         in Ostrava in 1928.\n",
        &[],
    );
    let text = std::fs::read_to_string(ed.join("manuscript/janacek.md")).unwrap();
    assert!(text.starts_with("Leos Janacek was born in 1854"), "{text}");
    let toml = std::fs::read_to_string(ed.join("edition.toml")).unwrap();
    assert!(toml.contains("\ntitle = \"Janacek\"\n"), "{toml}");
    name_a_creator(&ed);
    let built = folio(&ed, &["build", "--quiet"]);
    assert!(built.status.success(), "{}", stderr(&built));
}

/// A word restore listed with no candidate ("Stsslov": Stösslová, which no dictionary knows)
/// keeps `folio check` failing (C014, at its file:line:col) until the editor writes it as it
/// should be or declares it meant in the lexicon's `keep` list, which the new lexicon shows.
#[test]
fn a_listed_word_with_no_candidate_fails_check_until_settled() {
    let work = tempfile::tempdir().unwrap();
    let (ed, _) = new_from(
        work.path(),
        "letters",
        "Letters\n\nThe reformer Dubek spoke, and the crowd didnt cheer. Later he wrote to \
         Stsslov.\n",
        &[],
    );
    name_a_creator(&ed);
    let checked = folio_with_fixture_dictionaries(&ed, &["check"]);
    assert!(!checked.status.success());
    let findings = stderr(&checked);
    assert!(
        findings.contains("warning[C014]: “Stsslov” is in no dictionary or lexicon")
            && findings.contains("--> manuscript/letters.md:3:74"),
        "{findings}"
    );
    assert_eq!(findings.matches("warning[").count(), 1, "{findings}");

    let lexicon = ed.join("manuscript/lexicon.toml");
    settle(&lexicon, "# \"Temeswar\",", "\"Stsslov\",");
    let checked = folio_with_fixture_dictionaries(&ed, &["check"]);
    assert!(checked.status.success(), "{}", stderr(&checked));
}

/// An editor who runs `folio restore` by hand (an edition made without `--from`, so
/// edition.toml names no `[restore] languages`): the restore report records the languages of
/// the dictionaries that knew its repairs, and `folio check` looks for damage with them, so
/// the word restore listed with no candidate fails check as it does in an edition `folio new
/// --from` made. A report from before folio recorded them reads as before (no dictionaries);
/// a recorded language whose dictionary is missing is R105, naming the report.
#[test]
fn check_uses_the_languages_the_restore_report_records() {
    let work = tempfile::tempdir().unwrap();
    let created = folio(work.path(), &["new", "letters"]);
    assert!(created.status.success(), "{}", stderr(&created));
    let ed = work.path().join("letters");
    name_a_creator(&ed);
    append(
        &ed.join("edition.toml"),
        "\n[source]\ntitle = \"Letters\"\nrestore-report = \"manuscript/letters.restore.json\"\n",
    );
    std::fs::write(
        work.path().join("damaged.txt"),
        "Letters\n\nThe reformer Dubek spoke, and the crowd didnt cheer. Later he wrote to \
         Stsslov.\n",
    )
    .unwrap();
    let restored = folio_with_fixture_dictionaries(
        &ed,
        &[
            "restore",
            "../damaged.txt",
            "-o",
            "manuscript/letters.md",
            "--report",
            "manuscript/letters.restore.json",
            "--force",
        ],
    );
    assert!(restored.status.success(), "{}", stderr(&restored));
    let report_path = ed.join("manuscript/letters.restore.json");
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report_path).unwrap()).unwrap();
    assert_eq!(report["languages"], serde_json::json!(["cs"]), "{report}");

    let checked = folio_with_fixture_dictionaries(&ed, &["check"]);
    let findings = stderr(&checked);
    assert_eq!(checked.status.code(), Some(1), "{findings}");
    assert!(
        findings.contains("warning[C014]: “Stsslov” is in no dictionary or lexicon")
            && findings.contains("--> manuscript/letters.md:3:74"),
        "{findings}"
    );
    assert_eq!(findings.matches("warning[").count(), 1, "{findings}");

    let with_languages = |languages: serde_json::Value| {
        let mut report = report.clone();
        match languages {
            serde_json::Value::Null => report.as_object_mut().unwrap().remove("languages"),
            languages => report
                .as_object_mut()
                .unwrap()
                .insert("languages".into(), languages),
        };
        std::fs::write(&report_path, report.to_string()).unwrap();
    };
    with_languages(serde_json::Value::Null);
    let checked = folio_with_fixture_dictionaries(&ed, &["check"]);
    assert!(checked.status.success(), "{}", stderr(&checked));

    with_languages(serde_json::json!(["cs", "de"]));
    let checked = folio_with_fixture_dictionaries(&ed, &["check"]);
    let findings = stderr(&checked);
    assert!(
        findings.contains("warning[R105]: no Hunspell dictionary for `de` is installed")
            && findings.contains(
                "the restore report manuscript/letters.restore.json records that restore found \
                 words in `de`"
            )
            && findings.contains("warning[C014]: “Stsslov”"),
        "{findings}"
    );
}
