//! How the `new_edition` fuzz target reads its input, shared with the test that replays the
//! target's findings (tests/new_edition.rs includes this file), so a finding replays as it
//! was found.

use folio::cmd::new::{Blueprint, Source};
use folio::restore::hunspell::Dictionaries;

/// The new edition's slug, which names its manuscript (`manuscript/fuzzed.md`).
pub const SLUG: &str = "fuzzed";

/// The edition `folio new --from` makes of fuzz input `data`, restoring with `dictionaries`.
pub fn blueprint(data: &[u8], dictionaries: Dictionaries) -> Blueprint {
    Blueprint {
        slug: SLUG.into(),
        title: None,
        language: "en".into(),
        date: "2026-11-30".into(),
        identifier: "urn:uuid:0c8d2c3e-6f1a-4b7e-9a51-2d7f4e0b9c11".into(),
        source: Some(source_of(data)),
        dictionaries,
    }
}

/// The source's name and bytes: with a NUL byte after something that could be a file name,
/// that name and the rest; otherwise all of it, as `damaged.txt`.
fn source_of(data: &[u8]) -> Source {
    let named = data.iter().position(|&b| b == 0).and_then(|nul| {
        let name = std::str::from_utf8(&data[..nul]).ok()?;
        let is_file_name = !name.is_empty() && !name.contains('/') && name != "." && name != "..";
        is_file_name.then(|| Source {
            name: name.to_string(),
            bytes: data[nul + 1..].to_vec(),
        })
    });
    named.unwrap_or_else(|| Source {
        name: "damaged.txt".into(),
        bytes: data.to_vec(),
    })
}
