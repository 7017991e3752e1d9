//! One comparison for `check` and `diff`: texts reduced with a map back to their files
//! (`MappedText`), words keyed by what restoration and typography cannot change, an alignment
//! that stays fast on large texts, and the class of a difference (typography, restoration,
//! wording). "Equal except for typography or restoration" is decided here and nowhere else.

mod align;
mod mapped;

use std::ops::Range;

pub use align::{align, Op};
pub use mapped::MappedText;

use crate::text::{fold_diacritic, normalize_typography};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ChangeClass {
    /// Only the forms of quotes, dashes, ellipses or spaces differ.
    Typography,
    /// Only characters that restoration inserts differ (letters with diacritics, apostrophes).
    Restoration,
    /// The newer revision declares the change as an `[[emendation]]`.
    Emendation,
    Wording,
}

/// A whitespace-separated word, its byte range and its comparison key.
pub struct Word {
    pub start: usize,
    pub end: usize,
    pub key: String,
}

/// A word's comparison key: the word without what restoration and typography may change:
/// every non-ASCII character (the damage restore repairs deletes them, so restoring inserts
/// them), quotation marks and apostrophes (straight in one, curly in the other), and
/// `--`/`...` (smart punctuation).
pub fn key(word: &str) -> String {
    let bytes = word.as_bytes();
    let mut out = String::with_capacity(word.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let run = bytes[i..].iter().take_while(|&&c| c == b).count();
        match b {
            // `--` and `---` become dashes; `...` an ellipsis (in whole groups of three).
            b'-' if run >= 2 => {}
            b'.' => out.extend(std::iter::repeat_n('.', run % 3)),
            b'\'' | b'"' | b'`' => {}
            _ if b.is_ascii() => out.extend(std::iter::repeat_n(b as char, run)),
            _ => {} // a byte of a non-ASCII character
        }
        i += run;
    }
    out
}

pub fn words(text: &str, skip: &[Range<usize>]) -> Vec<Word> {
    crate::text::word_spans(text)
        .filter(|word| {
            !skip
                .iter()
                .any(|r| r.start <= word.start && word.end <= r.end)
        })
        .filter_map(|word| {
            let key = key(&text[word.clone()]);
            // A word that is only inserted punctuation (a spaced dash, an ellipsis) has no
            // key: it is a restoration or typography, never a change of wording.
            (!key.is_empty()).then_some(Word {
                start: word.start,
                end: word.end,
                key,
            })
        })
        .collect()
}

/// What kind of change turned `old` into `new` (both a run of words).
pub fn classify(old: &str, new: &str) -> ChangeClass {
    let typographic = |s: &str| -> String {
        let mapped: String = without_quotation_marks(s)
            .replace('…', "...")
            .chars()
            .map(normalize_typography)
            .filter(|c| !c.is_whitespace())
            .collect();
        mapped.replace("---", "-").replace("--", "-")
    };
    // Deleted letters come back by insertion ("Rkosi"); transliterated ones by substitution
    // ("Rakosi"): both are restorations of the same letters.
    let restorable = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_ascii() && !matches!(c, '\'' | '"' | '-') && !c.is_whitespace())
            .collect()
    };
    let folded =
        |s: &str| -> String { restorable(&s.chars().map(fold_diacritic).collect::<String>()) };
    if typographic(old) == typographic(new) {
        ChangeClass::Typography
    } else if restorable(old) == restorable(new) || folded(old) == folded(new) {
        ChangeClass::Restoration
    } else {
        ChangeClass::Wording
    }
}

/// `s` without its quotation marks: double ones wherever they stand at a word's edge, single
/// ones only as an opening mark at a word's start and the closing mark that pairs with it, so
/// that an apostrophe (“didn’t”, “workers’”) stays: adding one is a restoration, not typography.
fn without_quotation_marks(s: &str) -> String {
    let double = |c: char| matches!(c, '"' | '“' | '”' | '„' | '«' | '»');
    let single = |c: char| matches!(c, '\'' | '‘' | '’');
    let mut open_singles = 0usize;
    let mut words = Vec::new();
    for word in s.split_whitespace() {
        let mut word = word.trim_start_matches(double);
        if let Some(rest) = word.strip_prefix(single) {
            open_singles += 1;
            word = rest.trim_start_matches(double);
        }
        // A closing mark may stand before or after the sentence's punctuation.
        let punctuation = |c: char| matches!(c, '.' | ',' | ';' | ':' | '!' | '?');
        let body = word.trim_end_matches(|c: char| double(c) || punctuation(c));
        let tail: String = word[body.len()..].chars().filter(|&c| !double(c)).collect();
        let mut body = body.to_string();
        if open_singles > 0 && body.ends_with(single) {
            body.pop();
            open_singles -= 1;
            body = body.trim_end_matches(double).to_string();
        }
        words.push(format!("{body}{tail}"));
    }
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_what_restoration_inserts() {
        assert_eq!(key("Hungary’s"), key("Hungarys"));
        assert_eq!(key("revolution—a"), key("revolutiona"));
        assert_eq!(key("“Rákosi”"), key("\"Rkosi\""));
        assert_ne!(key("Nagy"), key("Nagys"));
        assert_eq!(key("so--called"), "socalled");
        assert_eq!(key("wait...."), "wait.");
    }
}
