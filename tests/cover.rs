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
    let fixture = repo().join("tests/fixtures/typeset/edition");
    std::fs::create_dir_all(dir.join("manuscript")).unwrap();
    std::fs::copy(
        fixture.join("manuscript/fixture.md"),
        dir.join("manuscript/fixture.md"),
    )
    .unwrap();
    let toml = std::fs::read_to_string(fixture.join("edition.toml"))
        .unwrap()
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
