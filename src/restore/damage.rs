//! Names the damage a text shows, so that only the repairs that fit it run: dictionary repairs
//! on a text whose typography is intact would only add noise, and mojibake repair is pointless
//! on a text that never had its bytes misread.

use rustc_hash::FxHashSet;
use serde::{Deserialize, Serialize};

use super::dictionary::Dictionary;
use super::stages::Proposal;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DamageKind {
    /// Nothing found to repair.
    None,
    ByteOrderMark,
    /// The bytes were not UTF-8 and were decoded by detection.
    NotUtf8,
    /// UTF-8 read as a single-byte encoding ("RÃ¡kosi").
    Mojibake,
    /// The same, twice ("RÃƒÂ¡kosi").
    DoubleMojibake,
    /// HTML character references (`&eacute;`).
    Entities,
    /// Every non-ASCII character deleted ("Rkosi", "didnt", "revolutiona").
    NonAsciiDeleted,
    /// No repair was certain, but words in no dictionary read as dictionary words with letters
    /// lost ("Dubek", "Patoka"): too little text to tell deletion from rare words, so they are
    /// listed, not repaired.
    PossibleDeletion,
    /// Lost letters replaced by `?` or U+FFFD ("R?kosi").
    Replaced,
}

impl DamageKind {
    /// The damage as the note on the text tells a reader; `None` for what a reader never saw.
    pub fn for_readers(self) -> Option<&'static str> {
        match self {
            // Nothing was repaired, so the reader is told of nothing.
            DamageKind::None | DamageKind::ByteOrderMark | DamageKind::PossibleDeletion => None,
            DamageKind::NotUtf8 => Some("it was not in Unicode, and its encoding had to be recognised"),
            DamageKind::Mojibake => Some("its accented letters and punctuation had been garbled by a wrong character encoding"),
            DamageKind::DoubleMojibake => Some("its accented letters and punctuation had been garbled twice by wrong character encodings"),
            DamageKind::Entities => Some("some characters stood as HTML codes"),
            DamageKind::NonAsciiDeleted => Some(
                "every character outside the basic Latin alphabet had been deleted (such as accented letters, curly quotation marks and apostrophes, and dashes)",
            ),
            DamageKind::Replaced => Some("lost letters had been replaced by question marks"),
        }
    }
}

/// One kind of damage found, with a sentence on the evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Damage {
    pub kind: DamageKind,
    pub description: String,
}

impl Damage {
    pub fn new(kind: DamageKind, description: String) -> Self {
        Damage { kind, description }
    }

    pub fn none() -> Self {
        Damage::new(DamageKind::None, "no damage found".into())
    }
}

/// A text lost its non-ASCII characters when almost none are left (the odd survivor, such as
/// the one dash in a title, is allowed: one in a thousand characters) and the deletion rules'
/// repairs prove it: one that only deletion explains ("didnt"), or more distinct repairs
/// than a clean text gives them. A clean ASCII text (one of Debian's fortunes, say) gives
/// the rules a rare word now and then that some dictionary reads as damage ("Mohandas" as a
/// Hungarian "Mohanádas", "fortuneteller" as two words): one in about 4,400 words over 97,000
/// words of Debian's fortunes, never two in 140 words; a text that lost its curly apostrophes
/// alone has one every hundred words or so.
/// `proposals` are what the deletion rules proposed on `text`.
pub fn detect_deletion(text: &str, proposals: &[Proposal]) -> Option<Damage> {
    if !mostly_ascii(text) || proposals.is_empty() {
        return None;
    }
    let repairs = distinct_repairs(text, proposals);
    let proof = proposals.iter().any(|p| only_deletion_explains(text, p));
    let enough =
        repairs.len() >= (text.split_whitespace().count() / WORDS_PER_REPAIRED_WORD).max(2);
    if !proof && !enough {
        return None;
    }
    let total = text.chars().count();
    let non_ascii = text.chars().filter(|c| !c.is_ascii()).count();
    Some(Damage::new(
        DamageKind::NonAsciiDeleted,
        format!(
            "non-ASCII deleted: {} in {total}, and {} that can only make sense with a \
             lost character",
            crate::text::counted(non_ascii, "non-ASCII character", "non-ASCII characters"),
            crate::text::counted(repairs.len(), "word", "words")
        ),
    ))
}

/// Repaired words a clean text may show by chance, one per this many words: four times the
/// rate measured on clean text (see [`detect_deletion`]), and a tenth of a damaged text's.
const WORDS_PER_REPAIRED_WORD: usize = 1000;

/// Distinct repairs, not places: a clean text's one false repair recurs with its word.
fn distinct_repairs<'t>(text: &'t str, proposals: &[Proposal]) -> FxHashSet<(&'t str, String)> {
    proposals
        .iter()
        .map(|p| {
            let (word, repaired) = p.word_in(text);
            (&text[word], repaired)
        })
        .collect()
}

/// Whether the repairs the deletion rules would make on a text that they do not prove
/// damaged (see [`detect_deletion`]) are still more than chance gives: one in fewer than
/// [`WORDS_PER_EVIDENCE`] words. A five-line text that lost its accents showed one repair
/// ("Pragues") in 80 words; over 97,000 words of Debian's fortunes, clean, chance gives one
/// in about 4,400.
pub fn some_evidence_of_deletion(text: &str, proposals: &[Proposal]) -> bool {
    let repairs = distinct_repairs(text, proposals).len();
    repairs > 0 && repairs * WORDS_PER_EVIDENCE >= text.split_whitespace().count()
}

/// See [`some_evidence_of_deletion`]: nine times the rate chance gives on clean text, so that
/// a clean page (150 words) needs no more than one chance repair to pass, but a long clean
/// text's few (one in 4,400 words) never do.
const WORDS_PER_EVIDENCE: usize = 500;

/// Whether a word of `text` is a contraction that is no word without its apostrophe
/// ("didnt", "theyd", "Im"), the proof [`detect_deletion`] finds among the repairs, looked
/// for before any rule runs: a text that shows it needs the full search for lost letters at
/// once. Words are read as runs of ASCII letters, lazily, and only the endings of English
/// contractions are tried, so that a long text stops at its first "didnt" cheaply: this only
/// decides whether a cheaper first reading is worth making, and that reading finds the same
/// proof, with the rules, where this misses it.
pub fn shows_a_lost_contraction(text: &str) -> bool {
    const ENDINGS: [&str; 6] = ["nt", "ll", "ve", "re", "d", "m"];
    let english = Dictionary::english();
    let mut seen = FxHashSet::default();
    let mut contraction = String::new();
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|word| word.len() >= 2 && seen.insert(*word))
        .any(|word| {
            let lower = word.to_ascii_lowercase();
            let Some(ending) = ENDINGS.iter().find(|e| lower.ends_with(*e)) else {
                return false;
            };
            // The apostrophe goes before the "t" of "n't", before the other endings.
            let at = word.len() - if *ending == "nt" { 1 } else { ending.len() };
            contraction.clear();
            contraction.push_str(&word[..at]);
            contraction.push('\'');
            contraction.push_str(&word[at..]);
            at > 0 && english.contains(&contraction) && !english.contains(word)
        })
}

/// A contraction that is no word without its apostrophe ("didnt", "wouldnt"): only a lost
/// apostrophe explains it, where "its" or "were" are words as they stand.
fn only_deletion_explains(text: &str, proposal: &Proposal) -> bool {
    proposal.rule == "apostrophe.contraction"
        && !Dictionary::english().contains(&text[proposal.word_in(text).0])
}

/// A mostly-ASCII text whose deletion rules' repairs prove nothing may still have lost its
/// letters: a short text gives them little to go on ("Jan Patoka wrote" alone proves nothing).
/// What `deleted::unproven` lists is for the editor to look at: the repairs the rules would
/// have made and the words a dictionary reads as damage, and, when the repairs are more than
/// chance, every word in no dictionary and every double space.
/// `listed` is how many places are listed.
pub fn detect_possible_deletion(listed: usize) -> Option<Damage> {
    (listed > 0).then(|| {
        Damage::new(
            DamageKind::PossibleDeletion,
            format!(
                "too little evidence to repair, but {} could have lost characters (listed \
                 as suspects, not changed)",
                crate::text::counted(listed, "place", "places")
            ),
        )
    })
}

/// At most one non-ASCII character in a thousand (and a handful in short texts).
pub fn mostly_ascii(text: &str) -> bool {
    let mut total = 0usize;
    let mut non_ascii = 0usize;
    for c in text.chars() {
        total += 1;
        non_ascii += usize::from(!c.is_ascii());
    }
    total > 0 && non_ascii * 1000 <= total.max(1000)
}

/// Lost letters replaced by `?` (between two letters, where no question mark goes) or U+FFFD.
/// In a text whose non-ASCII characters were `deleted`, only U+FFFD: a `?` between two
/// letters there is a question mark whose closing quotation mark, dash or space was deleted
/// with them ("What did duty require of him?has no answer").
pub fn detect_replacement(text: &str, deleted: bool) -> Option<Damage> {
    let marks = replacement_marks(text, deleted).count();
    (marks > 0).then(|| {
        Damage::new(
            DamageKind::Replaced,
            format!(
                "lost letters replaced by ? or U+FFFD: {}",
                crate::text::counted(marks, "place", "places")
            ),
        )
    })
}

/// Offsets of every U+FFFD, and of `?` between two letters unless the text's non-ASCII
/// characters were `deleted` (see [`detect_replacement`]).
pub fn replacement_marks(text: &str, deleted: bool) -> impl Iterator<Item = usize> + '_ {
    text.char_indices().filter_map(move |(i, c)| {
        let is_mark = c == '\u{FFFD}'
            || (c == '?'
                && !deleted
                && text[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphabetic)
                && text[i + 1..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphabetic));
        is_mark.then_some(i)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_contraction_that_is_no_word_shows_deletion() {
        for damaged in [
            "They didnt go.",
            "Im here",
            "by then theyd left",
            "Youll see",
        ] {
            assert!(shows_a_lost_contraction(damaged), "{damaged}");
        }
        // Words as they stand, with or without an apostrophe ("its", "were", "well").
        for clean in [
            "its a dog",
            "we were well",
            "Galton measured heads",
            "Did I?",
        ] {
            assert!(!shows_a_lost_contraction(clean), "{clean}");
        }
    }
}
