//! The EPUB container (OCF): a zip whose first entry is `mimetype`, stored uncompressed, then
//! `META-INF/container.xml` and the publication. Every entry gets the build's timestamp and
//! fixed permissions, so two builds of the same inputs give identical bytes.
//!
//! Written with the `zip` crate rather than epub-builder: epub-builder 0.8.3 stamps entries
//! with the current time and gives `dc:language` and `dc:creator` the same id (epubcheck
//! RSC-005), see DESIGN.md.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::timestamp::Timestamp;

/// One file of the publication, with its path inside the container.
pub struct Entry {
    pub path: String,
    pub bytes: Vec<u8>,
}

const CONTAINER_XML: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
"#;

/// Zips the entries into an EPUB container.
pub fn write(entries: &[Entry], time: Timestamp) -> std::io::Result<Vec<u8>> {
    // Zip timestamps cannot go before 1980; clamp rather than fail on an odd SOURCE_DATE_EPOCH.
    let modified = DateTime::from_date_and_time(
        time.year.clamp(1980, 2107) as u16,
        time.month as u8,
        time.day as u8,
        time.hour as u8,
        time.minute as u8,
        time.second as u8,
    )
    .unwrap_or_default();
    let base = SimpleFileOptions::default()
        .last_modified_time(modified)
        .unix_permissions(0o644);
    let stored = base.compression_method(CompressionMethod::Stored);
    let deflated = base
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(6));
    // Fonts are most of the book's bytes. Measured on Vollkorn (1.6 MB): level 1 gives 838 KB
    // in a third of the time level 6 takes to give 780 KB; the time matters more.
    let fast = base
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(1));

    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    zip.start_file("mimetype", stored)
        .map_err(std::io::Error::other)?;
    zip.write_all(b"application/epub+zip")?;
    zip.start_file("META-INF/container.xml", deflated)
        .map_err(std::io::Error::other)?;
    zip.write_all(CONTAINER_XML.as_bytes())?;
    for entry in entries {
        let is_font = entry.path.ends_with(".ttf") || entry.path.ends_with(".otf");
        let options = if is_font { fast } else { deflated };
        zip.start_file(entry.path.as_str(), options)
            .map_err(std::io::Error::other)?;
        zip.write_all(&entry.bytes)?;
    }
    Ok(zip.finish().map_err(std::io::Error::other)?.into_inner())
}
