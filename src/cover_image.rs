//! The cover picture of a book: the edition's own (`cover = "…"` in edition.toml), read from
//! inside the edition and checked, or the typographic one a build draws. A picture's type is
//! what its first bytes say (JPEG or PNG, whatever its name), and its size is read from its
//! header, so a renamed or truncated file is refused at the key instead of making an ebook
//! that reading systems show blank.

use std::path::{Path, PathBuf};

use crate::config::Spanned;
use crate::diag::{Diagnostic, Diagnostics, FileId, Span};

/// The two picture types every EPUB reading system shows (EPUB 3's core media types).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageType {
    Jpeg,
    Png,
}

impl ImageType {
    /// What the picture's first bytes say it is, if a JPEG or a PNG.
    pub fn of(bytes: &[u8]) -> Option<ImageType> {
        if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(ImageType::Jpeg)
        } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(ImageType::Png)
        } else {
            None
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            ImageType::Jpeg => "image/jpeg",
            ImageType::Png => "image/png",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            ImageType::Jpeg => "jpg",
            ImageType::Png => "png",
        }
    }
}

/// A cover picture, its type, its size in pixels and its colour components.
#[derive(Debug, Clone, PartialEq)]
pub struct CoverImage {
    pub bytes: Vec<u8>,
    pub kind: ImageType,
    pub width: u32,
    pub height: u32,
    /// A JPEG's colour components (1 grey, 3 colour, 4 CMYK), which the PDF must declare;
    /// a PNG's channels, alpha included (it is decoded before it is printed).
    pub components: u8,
}

/// Below this many pixels on its short side a cover looks blurred in a library view on a
/// tablet (Apple Books and Kobo ask for 1400 and more): a warning, not an error, since a
/// small cover is still better than none.
pub const SMALL: u32 = 1000;

impl CoverImage {
    /// The picture in `bytes`, if it is a JPEG or PNG whose header gives its size.
    pub fn parse(bytes: Vec<u8>) -> Option<CoverImage> {
        let kind = ImageType::of(&bytes)?;
        let (width, height, components) = match kind {
            ImageType::Jpeg => jpeg_frame(&bytes)?,
            ImageType::Png => png_header(&bytes)?,
        };
        (width > 0 && height > 0).then_some(CoverImage {
            bytes,
            kind,
            width,
            height,
            components,
        })
    }
}

/// Reads the cover edition.toml names at `path` (relative to `root`). Every problem is a
/// diagnostic at the key in edition.toml (`config`): outside the edition F011, unreadable
/// F013, not a JPEG or PNG (or a damaged one) F014; a small picture is warning F015.
pub fn load(
    root: &Path,
    path: &Spanned<PathBuf>,
    config: FileId,
    diags: &mut Diagnostics,
) -> Option<CoverImage> {
    let span = Span::new(config, path.span());
    let named = path.get_ref();
    let full = match crate::project::inside_edition(root, named) {
        Ok(full) => full,
        Err(outside) => {
            diags.push(outside.diagnostic(Some(span)));
            return None;
        }
    };
    let bytes = match std::fs::read(&full) {
        Ok(bytes) => bytes,
        Err(err) => {
            diags.push(unreadable(named, &err).with_span(span));
            return None;
        }
    };
    let Some(image) = CoverImage::parse(bytes) else {
        diags.push(not_a_picture(named).with_span(span));
        return None;
    };
    if image.width.min(image.height) < SMALL {
        diags.push(small(named, &image).with_span(span));
    }
    Some(image)
}

fn unreadable(named: &Path, err: &std::io::Error) -> Diagnostic {
    let why = match err.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => err.to_string(),
    };
    Diagnostic::error(
        "F013",
        format!("the cover `{}` cannot be read: {why}", named.display()),
    )
    .with_hint("paths are relative to the edition directory; fix the path, or remove `cover` to have folio draw one from the title page")
}

fn not_a_picture(named: &Path) -> Diagnostic {
    Diagnostic::error(
        "F014",
        format!(
            "the cover `{}` is not a JPEG or PNG picture (or its header is damaged)",
            named.display()
        ),
    )
    .with_hint("the type is read from the file's first bytes, not its name: save the picture as JPEG or PNG")
}

fn small(named: &Path, image: &CoverImage) -> Diagnostic {
    Diagnostic::warning(
        "F015",
        format!(
            "the cover `{}` is {} × {} pixels; reading systems show it blurred below {SMALL} on its short side",
            named.display(),
            image.width,
            image.height
        ),
    )
    .with_hint("1600 × 2560 is the size Apple Books and Kobo recommend")
}

/// A PNG's size and channels, from its first chunk, which must be the header (IHDR).
fn png_header(bytes: &[u8]) -> Option<(u32, u32, u8)> {
    if bytes.get(12..16)? != b"IHDR" {
        return None;
    }
    let channels = match bytes.get(25)? {
        0 => 1,     // grey
        2 | 3 => 3, // colour, or a palette of colours
        4 => 2,     // grey and alpha
        6 => 4,     // colour and alpha
        _ => return None,
    };
    Some((be32(bytes.get(16..20)?), be32(bytes.get(20..24)?), channels))
}

/// A JPEG's size and components, from its start-of-frame segment: the segments before it
/// are skipped by their lengths; the picture data (start of scan) must not come first.
fn jpeg_frame(bytes: &[u8]) -> Option<(u32, u32, u8)> {
    let mut at = 2;
    loop {
        // Markers may be preceded by any number of fill bytes (0xFF).
        while *bytes.get(at)? == 0xFF && *bytes.get(at + 1)? == 0xFF {
            at += 1;
        }
        if *bytes.get(at)? != 0xFF {
            return None;
        }
        let marker = *bytes.get(at + 1)?;
        if matches!(marker, 0x01 | 0xD0..=0xD7) {
            at += 2;
            continue;
        }
        let length = be16(bytes.get(at + 2..at + 4)?) as usize;
        let is_frame = matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC);
        if is_frame {
            let height = be16(bytes.get(at + 5..at + 7)?);
            let width = be16(bytes.get(at + 7..at + 9)?);
            let components = *bytes.get(at + 9)?;
            return Some((u32::from(width), u32::from(height), components));
        }
        if marker == 0xDA || marker == 0xD9 || length < 2 {
            return None;
        }
        at += 2 + length;
    }
}

fn be16(bytes: &[u8]) -> u16 {
    u16::from_be_bytes([bytes[0], bytes[1]])
}

fn be32(bytes: &[u8]) -> u32 {
    u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The start of a baseline JPEG: SOI, a JFIF segment, a quantisation table stub, then
    /// the frame header of a 1200 × 1800 picture.
    fn jpeg_header() -> Vec<u8> {
        let mut bytes = vec![0xFF, 0xD8];
        bytes.extend([0xFF, 0xE0, 0x00, 0x10]);
        bytes.extend(b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
        bytes.extend([0xFF, 0xFF, 0xDB, 0x00, 0x04, 0x00, 0x00]);
        bytes.extend([0xFF, 0xC0, 0x00, 0x11, 0x08, 0x07, 0x08, 0x04, 0xB0, 0x03]);
        bytes
    }

    #[test]
    fn the_type_comes_from_the_bytes_and_the_size_from_the_header() {
        let jpeg = CoverImage::parse(jpeg_header()).expect("a JPEG");
        assert_eq!(
            (jpeg.kind, jpeg.width, jpeg.height),
            (ImageType::Jpeg, 1200, 1800)
        );
        assert_eq!(jpeg.components, 3);
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        png.extend(1600u32.to_be_bytes());
        png.extend(2560u32.to_be_bytes());
        png.extend([8, 6]);
        let png = CoverImage::parse(png).expect("a PNG");
        assert_eq!(
            (png.kind, png.width, png.height, png.components),
            (ImageType::Png, 1600, 2560, 4)
        );
    }

    #[test]
    fn other_files_and_damaged_headers_are_not_pictures() {
        assert_eq!(CoverImage::parse(b"GIF89a........".to_vec()), None);
        assert_eq!(CoverImage::parse(b"<svg/>".to_vec()), None);
        let header = jpeg_header();
        for cut in 3..header.len() {
            assert_eq!(CoverImage::parse(header[..cut].to_vec()), None, "{cut}");
        }
        // Picture data before any frame header.
        assert_eq!(
            CoverImage::parse(vec![0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02]),
            None
        );
        assert_eq!(
            CoverImage::parse(b"\x89PNG\r\n\x1a\n\0\0\0\x0dIDAT\0\0\0\x01\0\0\0\x01".to_vec()),
            None
        );
    }
}
