//! The EPUB container (OCF): a zip whose first entry is `mimetype`, stored uncompressed, then
//! `META-INF/container.xml` and the publication. Every entry gets the build's timestamp and
//! fixed permissions, so two builds of the same inputs give identical bytes.
//!
//! Written with the `zip` crate rather than epub-builder: epub-builder 0.8.3 stamps entries
//! with the current time and gives `dc:language` and `dc:creator` the same id (epubcheck
//! RSC-005), see the README's "Dependencies".

use std::io::{Cursor, Read, Write};
use std::path::Path;

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use crate::cache::{self, CacheFile};
use crate::timestamp::Timestamp;

/// One file of the publication, with its path inside the container.
#[derive(Debug, Clone, PartialEq)]
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

/// The timestamp and compression of every entry.
struct Options {
    stored: SimpleFileOptions,
    deflated: SimpleFileOptions,
    fonts: SimpleFileOptions,
}

impl Options {
    fn new(time: Timestamp) -> Options {
        // Zip timestamps cannot go before 1980; clamp rather than fail on an odd
        // SOURCE_DATE_EPOCH.
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
        Options {
            stored: base.compression_method(CompressionMethod::Stored),
            // The text at level 3: for the 1 MB benchmark manuscript, level 6 made the
            // EPUB 2 % smaller for half as much CPU time again (140 ms against 91).
            deflated: base
                .compression_method(CompressionMethod::Deflated)
                .compression_level(Some(3)),
            // Fonts are most of the book's bytes, and they are compressed once and cached
            // (`Precompressed`), so at the default level: Vollkorn's four faces (1.6 MB) make
            // 384 KB at level 6 for 96 M instructions, 478 KB at level 1 for 34 M.
            fonts: base
                .compression_method(CompressionMethod::Deflated)
                .compression_level(Some(6)),
        }
    }

    fn for_path(&self, path: &str) -> SimpleFileOptions {
        if path.ends_with(".png") || path.ends_with(".jpg") {
            // Already compressed: deflating the cover again took more time than drawing it,
            // for a few bytes.
            self.stored
        } else if path.ends_with(".ttf") || path.ends_with(".otf") {
            self.fonts
        } else {
            self.deflated
        }
    }
}

/// Entries compressed ahead of time: the fonts, which do not depend on the text, are
/// compressed on another core while the text is typeset, or read from the cache. Kept as a
/// small zip whose entries are copied into the book as they are, with the bytes they were
/// made from.
pub struct Precompressed {
    zip: zip::ZipArchive<Cursor<Vec<u8>>>,
    originals: Vec<Entry>,
}

/// What a cache file of compressed entries holds: the small zip [`Precompressed`] keeps.
const CACHED_ZIP: cache::Format = cache::Format {
    magic: b"folio fonts zip\0",
    version: 1,
};

impl Precompressed {
    /// Compresses `entries` as `write` would, or reads them compressed from `cache` (a
    /// directory), where a build of the same entries at the same time left them: compressing
    /// the four faces was a sixth of a whole build's instructions.
    pub fn new(
        entries: Vec<Entry>,
        time: Timestamp,
        cache: Option<&Path>,
    ) -> std::io::Result<Precompressed> {
        let file = cache.map(|directory| cache_file(directory, &entries, time));
        if let Some(ready) = file
            .as_ref()
            .and_then(CacheFile::read)
            .and_then(|zip| Precompressed::from_zip(zip, entries.clone()))
        {
            return Ok(ready);
        }
        let zip = compress(&entries, time)?;
        if let Some(file) = file {
            // A cache that cannot be written only costs the next build the compressing.
            let _ = file.write(&zip);
        }
        Precompressed::from_zip(zip, entries)
            .ok_or_else(|| std::io::Error::other("the compressed entries do not read back"))
    }

    /// The zip `compress` made of `entries`; `None` unless it holds exactly them, by name.
    fn from_zip(zip: Vec<u8>, entries: Vec<Entry>) -> Option<Precompressed> {
        let zip = zip::ZipArchive::new(Cursor::new(zip)).ok()?;
        let names: Vec<&str> = zip.file_names().collect();
        let same = names.len() == entries.len()
            && entries.iter().all(|e| names.contains(&e.path.as_str()));
        same.then_some(Precompressed {
            zip,
            originals: entries,
        })
    }

    /// The index of the ready entry that is exactly `entry`, path and bytes.
    fn find(&self, entry: &Entry) -> Option<usize> {
        self.originals
            .iter()
            .position(|o| o.path == entry.path && o.bytes == entry.bytes)
    }
}

/// `entries` zipped as `write` would compress them, at `time`.
fn compress(entries: &[Entry], time: Timestamp) -> std::io::Result<Vec<u8>> {
    let options = Options::new(time);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for entry in entries {
        zip.start_file(entry.path.as_str(), options.for_path(&entry.path))
            .map_err(std::io::Error::other)?;
        zip.write_all(&entry.bytes)?;
    }
    Ok(zip.finish().map_err(std::io::Error::other)?.into_inner())
}

/// The cache file of `entries` compressed at `time`, named by everything the zip depends on:
/// the entries, the time, what folio was made from (the compressor's version among it) and
/// this file's own source (the options).
fn cache_file(directory: &Path, entries: &[Entry], time: Timestamp) -> CacheFile {
    let time = format!("{time:?}");
    let mut inputs: Vec<&[u8]> = cache::made_by().to_vec();
    inputs.extend([include_str!("ocf.rs").as_bytes(), time.as_bytes()]);
    for entry in entries {
        inputs.extend([entry.path.as_bytes(), entry.bytes.as_slice()]);
    }
    CacheFile::new(directory, ("fonts", "fonts", "zip"), &CACHED_ZIP, &inputs)
}

/// Zips the entries into an EPUB container, copying those `ready` has already compressed.
pub fn write(
    entries: &[Entry],
    mut ready: Option<&mut Precompressed>,
    time: Timestamp,
) -> std::io::Result<Vec<u8>> {
    let options = Options::new(time);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    zip.start_file("mimetype", options.stored)
        .map_err(std::io::Error::other)?;
    zip.write_all(b"application/epub+zip")?;
    zip.start_file("META-INF/container.xml", options.deflated)
        .map_err(std::io::Error::other)?;
    zip.write_all(CONTAINER_XML.as_bytes())?;
    for entry in entries {
        if let Some(ready) = ready.as_deref_mut() {
            if let Some(index) = ready.find(entry) {
                let file = ready
                    .zip
                    .by_index_raw(index)
                    .map_err(std::io::Error::other)?;
                zip.raw_copy_file(file).map_err(std::io::Error::other)?;
                continue;
            }
        }
        zip.start_file(entry.path.as_str(), options.for_path(&entry.path))
            .map_err(std::io::Error::other)?;
        zip.write_all(&entry.bytes)?;
    }
    Ok(zip.finish().map_err(std::io::Error::other)?.into_inner())
}

/// Every entry of a container `write` made, in its order: what the live preview serves of
/// the book a build wrote.
pub fn read(container: &[u8]) -> std::io::Result<Vec<Entry>> {
    let mut zip = zip::ZipArchive::new(Cursor::new(container)).map_err(std::io::Error::other)?;
    (0..zip.len())
        .map(|index| {
            let mut file = zip.by_index(index).map_err(std::io::Error::other)?;
            let mut bytes = Vec::new();
            file.read_to_end(&mut bytes)?;
            Ok(Entry {
                path: file.name().to_string(),
                bytes,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries() -> Vec<Entry> {
        let font: Vec<u8> = (0..50_000u32)
            .flat_map(|i| (i % 97).to_be_bytes())
            .collect();
        vec![
            Entry {
                path: "OEBPS/text/a.xhtml".into(),
                bytes: b"<html/>".repeat(20),
            },
            Entry {
                path: "OEBPS/fonts/regular.ttf".into(),
                bytes: font,
            },
        ]
    }

    #[test]
    fn precompressed_entries_give_the_same_container() {
        let time = Timestamp::for_build("2026-11-27").unwrap();
        let plain = write(&entries(), None, time).unwrap();
        let mut ready = Precompressed::new(entries()[1..].to_vec(), time, None).unwrap();
        assert_eq!(write(&entries(), Some(&mut ready), time).unwrap(), plain);
    }

    /// The book is the same whether the fonts were compressed now, read from the cache, or
    /// compressed again because the cache file was damaged; and the cache is only read for
    /// the same fonts at the same time.
    #[test]
    fn cached_entries_give_the_same_container() {
        let time = Timestamp::for_build("2026-11-27").unwrap();
        let cache = tempfile::tempdir().unwrap();
        let plain = write(&entries(), None, time).unwrap();
        let book = |time| {
            let mut ready = Precompressed::new(entries()[1..].to_vec(), time, Some(cache.path()));
            write(&entries(), Some(ready.as_mut().unwrap()), time).unwrap()
        };
        assert_eq!(book(time), plain, "cold");
        let files = || -> Vec<_> {
            std::fs::read_dir(cache.path().join("fonts"))
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "zip"))
                .collect()
        };
        assert_eq!(files().len(), 1);
        assert_eq!(book(time), plain, "warm");
        let cached = &files()[0];
        let mut damaged = std::fs::read(cached).unwrap();
        let middle = damaged.len() / 2;
        damaged[middle] ^= 0xff;
        std::fs::write(cached, damaged).unwrap();
        assert_eq!(book(time), plain, "damaged");
        let later = Timestamp::for_build("2026-11-28").unwrap();
        assert_eq!(
            book(later),
            write(&entries(), None, later).unwrap(),
            "another time"
        );
    }

    #[test]
    fn a_container_reads_back_as_its_entries() {
        let time = Timestamp::for_build("2026-11-27").unwrap();
        let read = read(&write(&entries(), None, time).unwrap()).unwrap();
        assert_eq!(read[0].path, "mimetype");
        assert_eq!(read[2..], entries());
    }

    #[test]
    fn a_changed_file_is_compressed_afresh() {
        let time = Timestamp::for_build("2026-11-27").unwrap();
        let mut stale = entries();
        stale[1].bytes[0] ^= 1;
        let mut ready = Precompressed::new(stale[1..].to_vec(), time, None).unwrap();
        let book = write(&entries(), Some(&mut ready), time).unwrap();
        assert_eq!(book, write(&entries(), None, time).unwrap());
    }
}
