//! Handouts end to end: the edition's A5 pages imposed on A4 or Letter, checked with qpdf, and
//! with pdftotext page by page (every A5 page is found, once, in the half of the sheet the
//! imposition puts it in); builds are byte-identical.

mod common;

use std::path::{Path, PathBuf};

use common::{build_into_temp, find, folio, letters, pdf_pages, pdftotext, repo, run, stderr};
use folio::impose::{self, Mode};

/// Builds the edition in `dir` with `--handout` (and its own formats) into a fresh directory.
fn build_handout(dir: &Path) -> tempfile::TempDir {
    build_into_temp(dir, &["--handout"])
}

/// A copy of the typesetting fixture's edition (an edition reads only files inside its own
/// directory) with extra settings in edition.toml.
fn scratch_edition(extra: &str) -> tempfile::TempDir {
    let fixture = repo().join("tests/fixtures/typeset/edition");
    let text = std::fs::read_to_string(fixture.join("edition.toml")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("edition.toml"), format!("{text}\n{extra}")).unwrap();
    std::fs::create_dir(dir.path().join("manuscript")).unwrap();
    std::fs::copy(
        fixture.join("manuscript/fixture.md"),
        dir.path().join("manuscript/fixture.md"),
    )
    .unwrap();
    dir
}

/// Checks that every side of `handout` holds, in each half, the text of the A5 page that
/// `impose` puts there, and nothing where it puts a blank.
fn check_imposition(edition_pdf: &Path, handout: &Path, mode: Mode) {
    let Some(pages) = pdf_pages(edition_pdf) else {
        return;
    };
    let Some(sides) = pdf_pages(handout) else {
        return;
    };
    let expected = impose::impose(mode, pages);
    assert_eq!(sides, expected.len(), "sides of the handout");
    let page_text: Vec<String> = (1..=pages)
        .map(|n| letters(&pdftotext(edition_pdf, n, None).unwrap()))
        .collect();
    let (width, height) = sheet_size(handout);
    let mut found = Vec::new();
    for (n, side) in expected.iter().enumerate() {
        for (half, page) in [(0.0, side.left), (width / 2.0, side.right)] {
            let text = letters(
                &pdftotext(handout, n + 1, Some([half, 0.0, width / 2.0, height])).unwrap(),
            );
            match page {
                Some(page) => {
                    assert_eq!(
                        text,
                        page_text[page],
                        "side {} ({}) should hold page {}",
                        n + 1,
                        if half == 0.0 { "left" } else { "right" },
                        page + 1
                    );
                    found.push(text);
                }
                None => assert!(text.is_empty(), "side {} has text on a blank half", n + 1),
            }
        }
    }
    // Every A5 page exactly once, whatever the order.
    let mut want = page_text.clone();
    want.sort();
    found.sort();
    assert_eq!(found, want);
}

/// Width and height of the first sheet, in points.
fn sheet_size(pdf: &Path) -> (f64, f64) {
    let tool = find("pdfinfo").expect("checked by the caller");
    let (_, report) = run(&tool, &[pdf.as_os_str()]);
    let line = report
        .lines()
        .find_map(|l| l.strip_prefix("Page size:"))
        .expect("a page size");
    let numbers: Vec<f64> = line
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    (numbers[0], numbers[1])
}

fn qpdf_check(pdf: &Path) {
    if let Some(qpdf) = find("qpdf") {
        let (ok, report) = run(&qpdf, &["--check".as_ref(), pdf.as_os_str()]);
        assert!(ok && !report.contains("WARNING"), "qpdf --check:\n{report}");
    }
}

fn outputs(out: &Path, slug: &str) -> (PathBuf, PathBuf) {
    (
        out.join(format!("{slug}.pdf")),
        out.join(format!("{slug}-handout.pdf")),
    )
}

#[test]
fn the_editions_booklet_holds_every_page_once_in_folding_order() {
    let out = build_handout(&repo());
    let (edition, handout) = outputs(out.path(), "hungary-1956");
    qpdf_check(&handout);
    if let Some(pages) = pdf_pages(&handout) {
        let (w, h) = sheet_size(&handout);
        // Landscape A4, two A5 pages a side.
        assert_eq!((w.round(), h.round(), pages), (842.0, 595.0, pages));
    }
    check_imposition(&edition, &handout, Mode::Booklet);
}

#[test]
fn two_builds_give_the_same_handout() {
    let a = build_handout(&repo());
    let b = build_handout(&repo());
    let read = |dir: &Path| std::fs::read(dir.join("hungary-1956-handout.pdf")).unwrap();
    assert!(read(a.path()) == read(b.path()), "the handouts differ");
}

#[test]
fn letter_booklet_with_creep_and_crop_marks_is_scaled_to_fit() {
    let dir = scratch_edition(
        "font-size = 20\n[output.handout]\nsheet = \"letter\"\nmode = \"booklet\"\ncreep = 1.5\ncrop-marks = true\n",
    );
    let out = build_handout(dir.path());
    let (edition, handout) = outputs(out.path(), "fixture");
    qpdf_check(&handout);
    if find("pdfinfo").is_some() {
        let (w, h) = sheet_size(&handout);
        assert_eq!((w.round(), h.round()), (792.0, 612.0));
    }
    check_imposition(&edition, &handout, Mode::Booklet);
}

#[test]
fn two_up_keeps_reading_order() {
    let dir = scratch_edition("[output.handout]\nmode = \"2-up\"\ncrop-marks = true\n");
    let out = build_handout(dir.path());
    let (edition, handout) = outputs(out.path(), "fixture");
    qpdf_check(&handout);
    check_imposition(&edition, &handout, Mode::TwoUp);
}

#[test]
fn creep_out_of_range_is_an_edition_error() {
    let dir = scratch_edition("[output.handout]\ncreep = 40\n");
    let result = folio(dir.path(), &["build", "--quiet"]);
    assert!(!result.status.success());
    let message = stderr(&result);
    assert!(message.contains("F007"), "{message}");
}

#[test]
fn an_a4_edition_on_an_a4_sheet_says_it_is_scaled() {
    let dir = scratch_edition("[output.handout]\n");
    let out = tempfile::tempdir().unwrap();
    let out_dir = out.path().to_str().unwrap();
    // The page size in capitals, as people write it.
    let result = folio(
        dir.path(),
        &[
            "build",
            "--quiet",
            "--handout",
            "--page-size",
            "A4",
            "--out",
            out_dir,
        ],
    );
    assert!(result.status.success(), "{}", stderr(&result));
    let message = stderr(&result);
    assert!(
        message.contains("warning[E002]: the handout prints the A4 pages at 71 % of their size, to fit two on a side of A4 paper"),
        "{message}"
    );
    assert!(
        message.contains("= help: A5 pages fit on A4 paper at full size: set `page-size = \"a5\"` in [output.pdf], or build with `--page-size a5`"),
        "{message}"
    );
    // A5 on A4 is printed at full size, and nothing is said.
    let result = folio(
        dir.path(),
        &[
            "build",
            "--quiet",
            "--handout",
            "--page-size",
            "a5",
            "--out",
            out_dir,
        ],
    );
    assert!(result.status.success(), "{}", stderr(&result));
    assert!(!stderr(&result).contains("E002"), "{}", stderr(&result));
}
