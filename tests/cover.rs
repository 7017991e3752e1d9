//! The edition's own cover (`cover = "…"` in edition.toml): a JPEG or PNG goes into the EPUB
//! in place of the drawn cover, with the media type its bytes give; a file that is not a
//! picture, cannot be read or lies outside the edition is an error at the key, and a small
//! picture a warning.

mod common;

use std::path::{Path, PathBuf};

use common::{epubcheck, folio, repo, stderr, unzip};

const JPEG: &str = "tests/fixtures/cover/cover.jpg";

/// A copy of the typesetting fixture that builds its EPUB, with `extra` added to the top of
/// edition.toml (before its first table).
fn edition(dir: &Path, extra: &str) {
    let toml = common::typeset_fixture(dir)
        .replace("[[creator]]", &format!("{extra}\n\n[[creator]]"))
        .replace("formats = [\"pdf\"]", "formats = [\"epub\"]");
    std::fs::write(dir.join("edition.toml"), toml).unwrap();
}

/// A PNG of `width` × `height` pixels, one colour.
fn png(width: u32, height: u32) -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, width, height);
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().unwrap();
    writer
        .write_image_data(&[0x8E, 0x1B, 0x1B].repeat((width * height) as usize))
        .unwrap();
    writer.finish().unwrap();
    bytes
}

fn epub_of(dir: &Path) -> PathBuf {
    dir.join("out/fixture.epub")
}

fn entry(epub: &Path, name: &str) -> Option<Vec<u8>> {
    unzip(&std::fs::read(epub).unwrap())
        .into_iter()
        .find(|(path, _)| path == name)
        .map(|(_, bytes)| bytes)
}

fn package(epub: &Path) -> String {
    String::from_utf8(entry(epub, "OEBPS/content.opf").unwrap()).unwrap()
}

#[test]
fn a_jpeg_cover_replaces_the_drawn_one() {
    let dir = tempfile::tempdir().unwrap();
    edition(dir.path(), "cover = \"art/cover.jpg\"");
    std::fs::create_dir(dir.path().join("art")).unwrap();
    std::fs::copy(repo().join(JPEG), dir.path().join("art/cover.jpg")).unwrap();
    let run = folio(dir.path(), &["build", "--quiet"]);
    assert!(run.status.success(), "{}", stderr(&run));
    assert!(!stderr(&run).contains("F015"), "1200 × 1800 is not small");
    let epub = epub_of(dir.path());
    assert_eq!(
        entry(&epub, "OEBPS/images/cover.jpg"),
        Some(std::fs::read(repo().join(JPEG)).unwrap()),
        "the picture is in the book as it was given"
    );
    assert_eq!(entry(&epub, "OEBPS/images/cover.png"), None);
    let opf = package(&epub);
    assert!(opf.contains(
        r#"<item id="cover-image" href="images/cover.jpg" media-type="image/jpeg" properties="cover-image"/>"#
    ), "{opf}");
    let page = String::from_utf8(entry(&epub, "OEBPS/text/cover.xhtml").unwrap()).unwrap();
    assert!(page.contains(r#"src="../images/cover.jpg""#), "{page}");
    if let Some((clean, report)) = epubcheck(&epub) {
        assert!(clean, "epubcheck:\n{report}");
    }
    // The same inputs give the same book.
    let first = std::fs::read(&epub).unwrap();
    let again = folio(dir.path(), &["build", "--quiet"]);
    assert!(again.status.success());
    assert_eq!(std::fs::read(&epub).unwrap(), first);
}

#[test]
fn the_type_is_read_from_the_bytes_and_a_small_picture_is_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    // A PNG with a JPEG's name.
    edition(dir.path(), "cover = \"cover.jpg\"");
    std::fs::write(dir.path().join("cover.jpg"), png(300, 480)).unwrap();
    let run = folio(dir.path(), &["build", "--quiet"]);
    assert!(run.status.success(), "{}", stderr(&run));
    let err = stderr(&run);
    assert!(err.contains("warning[F015]"), "{err}");
    assert!(err.contains("300 × 480"), "{err}");
    assert!(
        err.contains("edition.toml:13:9"),
        "at the key's value: {err}"
    );
    let epub = epub_of(dir.path());
    assert!(entry(&epub, "OEBPS/images/cover.png").is_some());
    assert!(entry(&epub, "OEBPS/images/cover.jpg").is_none());
    assert!(package(&epub).contains(r#"href="images/cover.png" media-type="image/png""#));
}

#[test]
fn a_cover_that_is_not_a_picture_unreadable_or_outside_is_an_error_at_the_key() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("elsewhere.jpg"), png(1200, 1800)).unwrap();
    let cases: [(&str, &str, Option<&[u8]>); 4] = [
        (
            "F014",
            "cover.jpg",
            Some(b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
        ),
        ("F014", "cover.png", Some(b"\x89PNG\r\n\x1a\n truncated")),
        ("F013", "missing.jpg", None),
        ("F011", "../elsewhere.jpg", None),
    ];
    for (code, name, content) in cases {
        // Each edition is a folder beside `elsewhere.jpg`, which `../elsewhere.jpg` reaches.
        let folder = tempfile::tempdir_in(outside.path()).unwrap();
        let dir = folder.path();
        edition(dir, &format!("cover = \"{name}\""));
        if let Some(bytes) = content {
            std::fs::write(dir.join(name), bytes).unwrap();
        }
        let run = folio(dir, &["build", "--quiet"]);
        let err = stderr(&run);
        assert_eq!(run.status.code(), Some(1), "{code} {name}: {err}");
        assert!(
            err.contains(&format!("error[{code}]")),
            "{code} {name}: {err}"
        );
        assert!(err.contains("edition.toml:13:9"), "{code} {name}: {err}");
        assert!(!epub_of(dir).exists(), "nothing is written");
        let check = folio(dir, &["check"]);
        assert!(
            stderr(&check).contains(&format!("error[{code}]")),
            "check finds it too: {}",
            stderr(&check)
        );
    }
}

/// Builds the PDF of a fixture copy in `dir` whose edition.toml has `extra` at the top and
/// `[output.pdf] cover = …` as given; returns the PDF's path.
fn pdf_with_cover(dir: &Path, extra: &str, cover: bool) -> PathBuf {
    edition(dir, extra);
    let toml = dir.join("edition.toml");
    common::edit(&toml, "formats = [\"epub\"]", "formats = [\"pdf\"]");
    common::edit(
        &toml,
        "page-size = \"a5\"",
        &format!("page-size = \"a5\"\ncover = {cover}"),
    );
    let run = folio(dir, &["build", "--quiet"]);
    assert!(run.status.success(), "{}", stderr(&run));
    dir.join("out/fixture.pdf")
}

/// The first page's cover picture: its dictionary and bytes, if the page shows one.
fn first_page_picture(pdf: &Path) -> Option<(lopdf::Dictionary, Vec<u8>)> {
    let document = lopdf::Document::load(pdf).unwrap();
    let first = *document.get_pages().get(&1)?;
    let page = document.get_dictionary(first).ok()?;
    let resources = page.get(b"Resources").ok()?.as_dict().ok()?;
    let xobjects = resources.get(b"XObject").ok()?.as_dict().ok()?;
    let image = xobjects.get(b"Cover").ok()?.as_reference().ok()?;
    let stream = document.get_object(image).ok()?.as_stream().ok()?;
    Some((stream.dict.clone(), stream.content.clone()))
}

fn page_labels(pdf: &Path) -> Option<String> {
    let document = lopdf::Document::load(pdf).unwrap();
    let labels = document.catalog().ok()?.get(b"PageLabels").ok()?;
    Some(format!("{labels:?}"))
}

#[test]
fn the_pdf_takes_the_cover_as_its_first_page_only_when_asked() {
    let plain_dir = tempfile::tempdir().unwrap();
    let plain = pdf_with_cover(plain_dir.path(), "", false);
    assert!(first_page_picture(&plain).is_none(), "no cover by default");
    assert!(page_labels(&plain).is_none());

    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(repo().join(JPEG), dir.path().join("cover.jpg")).unwrap();
    let covered = pdf_with_cover(dir.path(), "cover = \"cover.jpg\"", true);
    let (image, bytes) = first_page_picture(&covered).expect("the cover is page 1");
    assert_eq!(
        bytes,
        std::fs::read(repo().join(JPEG)).unwrap(),
        "the JPEG as it is"
    );
    assert_eq!(
        image.get(b"Filter").unwrap().as_name().unwrap(),
        b"DCTDecode"
    );
    assert_eq!(image.get(b"Width").unwrap().as_i64().unwrap(), 1200);
    let labels = page_labels(&covered).expect("page labels");
    assert!(labels.contains("Cover"), "{labels}");

    // The text's pages are those of the PDF without a cover, one page later.
    if let (Some(before), Some(after)) = (common::pdf_pages(&plain), common::pdf_pages(&covered)) {
        assert_eq!(after, before + 1);
        assert_eq!(
            common::pdftotext(&covered, 1, None).unwrap().trim(),
            "",
            "the cover page has no text"
        );
        for page in 1..=before {
            assert_eq!(
                common::pdftotext(&covered, page + 1, None),
                common::pdftotext(&plain, page, None),
                "page {page}"
            );
        }
    }
    for (tool, args) in [("qpdf", vec!["--check"]), ("pdfua", vec!["check"])] {
        if let Some(validator) = common::find(tool) {
            let mut args: Vec<&std::ffi::OsStr> = args.iter().map(std::ffi::OsStr::new).collect();
            args.push(covered.as_os_str());
            let (ok, report) = common::run(&validator, &args);
            assert!(ok, "{tool}:\n{report}");
        }
    }
}

#[test]
fn without_a_picture_of_its_own_the_pdf_cover_is_the_drawn_one() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = pdf_with_cover(dir.path(), "", true);
    let (image, bytes) = first_page_picture(&pdf).expect("the cover is page 1");
    assert_eq!(image.get(b"Width").unwrap().as_i64().unwrap(), 1600);
    assert_eq!(image.get(b"Height").unwrap().as_i64().unwrap(), 2560);
    assert_eq!(
        image.get(b"Filter").unwrap().as_name().unwrap(),
        b"FlateDecode"
    );
    assert!(!bytes.is_empty());
    let again = tempfile::tempdir().unwrap();
    assert_eq!(
        std::fs::read(pdf_with_cover(again.path(), "", true)).unwrap(),
        std::fs::read(&pdf).unwrap(),
        "the same inputs give the same PDF"
    );
}

/// Builds the EPUB of the edition in `dir` with the edition's own cache (`.folio/cache`), as
/// an editor's build runs; returns it and the cover files in the cache.
fn build_with_cache(dir: &Path) -> (Vec<u8>, Vec<PathBuf>) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_folio"))
        .args(["build", "--quiet"])
        .current_dir(dir)
        .env_remove("FOLIO_CACHE_DIR")
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let cache = dir.join(".folio/cache/cover");
    let mut covers: Vec<PathBuf> = std::fs::read_dir(&cache)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "png"))
        .collect();
    covers.sort();
    (std::fs::read(epub_of(dir)).unwrap(), covers)
}

/// The drawn cover is kept in the edition's cache: the next build reads it instead of drawing
/// it again and gives the same bytes; a damaged file is drawn again; a changed title page
/// draws a new cover and drops the old file.
#[test]
fn the_drawn_cover_is_read_from_the_cache_and_drawn_again_when_it_is_damaged() {
    let dir = tempfile::tempdir().unwrap();
    edition(dir.path(), "");
    let (first, covers) = build_with_cache(dir.path());
    assert_eq!(covers.len(), 1, "{covers:?}");
    let cached = std::fs::read(&covers[0]).unwrap();
    let drawn = entry(&epub_of(dir.path()), "OEBPS/images/cover.png").unwrap();
    assert!(cached.ends_with(&drawn), "the cache holds another picture");
    let written = std::fs::metadata(&covers[0]).unwrap().modified().unwrap();

    let (second, again) = build_with_cache(dir.path());
    assert_eq!(
        second, first,
        "a cover read from the cache changed the EPUB"
    );
    assert_eq!(again, covers);
    let unchanged = std::fs::metadata(&covers[0]).unwrap().modified().unwrap();
    assert_eq!(unchanged, written, "the cover was drawn again, not read");

    let mut damaged = cached.clone();
    let middle = damaged.len() / 2;
    damaged[middle] ^= 0xFF;
    std::fs::write(&covers[0], &damaged).unwrap();
    let (third, _) = build_with_cache(dir.path());
    assert_eq!(third, first, "a damaged cache changed the EPUB");
    assert_eq!(std::fs::read(&covers[0]).unwrap(), cached);

    let toml = dir.path().join("edition.toml");
    let text = std::fs::read_to_string(&toml).unwrap();
    let retitled = text.replacen("title = \"", "title = \"Another ", 1);
    assert_ne!(retitled, text);
    std::fs::write(&toml, retitled).unwrap();
    let (_, new_covers) = build_with_cache(dir.path());
    assert_eq!(new_covers.len(), 1, "the old title's cover is still kept");
    assert_ne!(new_covers, covers);
    let redrawn = entry(&epub_of(dir.path()), "OEBPS/images/cover.png").unwrap();
    assert_ne!(redrawn, drawn);
}
