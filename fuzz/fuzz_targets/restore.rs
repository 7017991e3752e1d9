//! Fuzz target: any bytes through `folio::restore::restore` (built-in lexicon, and the test
//! fixtures' Hunspell dictionaries for the dictionary candidates) and on to Markdown; must not
//! panic, and where the only damage is deleted characters, restore only inserts.
#![no_main]

use folio::restore::{self, encoding, markdown, Class, DamageKind, Lexicon, RestoreOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let options = RestoreOptions {
        dictionaries: folio_fuzz::fixture_dictionaries().clone(),
        ..RestoreOptions::default()
    };
    let restored = restore::restore(data, &Lexicon::default(), &options);
    let _ = markdown::to_markdown(&restored.text, &restored.boilerplate);

    // The promise (src/restore/deleted.rs, tests/restore.rs): repairs of deleted characters
    // only insert. Mojibake, entity and `?` repairs replace, and undecodable input is
    // re-decoded, so the property is checked only when no other damage was found.
    let deletion_only = restored.damage.iter().all(|d| {
        matches!(
            d.kind,
            DamageKind::None
                | DamageKind::ByteOrderMark
                | DamageKind::NonAsciiDeleted
                | DamageKind::PossibleDeletion
        )
    });
    if !deletion_only {
        return;
    }
    let decoded = encoding::decode(data).text;
    let mut undone = restored.text.clone();
    for edit in restored.edits.iter().rev() {
        assert!(
            !matches!(edit.class, Class::Encoding | Class::Entity),
            "{edit:?}"
        );
        let end = edit.output_offset + edit.after.len();
        assert_eq!(
            undone.get(edit.output_offset..end),
            Some(edit.after.as_str()),
            "{edit:?}"
        );
        let mut after = edit.after.chars();
        assert!(
            edit.before.chars().all(|c| after.any(|a| a == c)),
            "not an insertion: {edit:?}"
        );
        undone.replace_range(edit.output_offset..end, &edit.before);
    }
    assert_eq!(
        undone, decoded,
        "removing the inserted characters must give back the input"
    );
    if decoded.is_ascii() {
        let stripped: String = restored.text.chars().filter(char::is_ascii).collect();
        assert_eq!(stripped, decoded);
    }
});
