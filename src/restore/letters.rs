//! Lost letters with diacritics, from the lexicons: the edition's entries first (the editor
//! knows this text), then the built-in lexicon for words that are not English. Also the
//! repair of letters replaced by `?` or U+FFFD ("R?kosi"), where the lexicon spelling must
//! agree with every marked place.

use super::apostrophes::APOSTROPHE;
use super::damage::replacement_marks;
use super::dashes;
use super::dictionary::Dictionary;
use super::lexicon::{self, Lexicon};
use super::stages::Proposal;
use super::{Class, Outcome, RawSuspect, RestoreOptions, Sign};

/// The repair of the letters of `place` (a word, or a word's stem) as `spelling`, with the
/// evidence that decided it: what every rule that restores a word's lost letters proposes.
pub(super) fn respelled(
    place: std::ops::Range<usize>,
    spelling: String,
    evidence: String,
) -> Proposal {
    Proposal {
        start: place.start,
        end: place.end,
        replacement: spelling,
        rule: "letters.lexicon",
        class: Class::Letters,
        evidence,
    }
}

/// A lexicon answer for one damaged word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// One spelling, and where it came from.
    One { spelling: String, evidence: String },
    /// The edition lexicon lists several words with this key.
    Ambiguous(Vec<String>),
}

/// Whether the spelling found for a word ending in s is only the spelling found for its stem
/// with that s ("Petőfis" and "Petőfi"): a foreign inflection of the stem's word, where an
/// English text more likely has its possessive. Not when the spelling is an English word, an
/// English plural ("façades" beside "façade").
pub fn is_its_inflection(of_word: &Found, of_stem: &Found, english: &Dictionary) -> bool {
    match (of_word, of_stem) {
        (Found::One { spelling: word, .. }, Found::One { spelling: stem, .. }) => {
            word.strip_suffix('s') == Some(stem.as_str()) && !english.contains_exact(word)
        }
        _ => false,
    }
}

/// Looks a stripped word up: the edition lexicon always, the built-in one only if
/// `builtin_allowed` (the word is not English). A capital at the start of a sentence is
/// matched against lower-case entries ("Rgime" -> "Régime").
pub fn lookup(word: &str, lexicon: &Lexicon, builtin_allowed: bool) -> Option<Found> {
    let decapitalised = decapitalise(word);
    for (key, recapitalise) in [(word, false), (decapitalised.as_str(), true)] {
        if recapitalise && key == word {
            continue;
        }
        let fix = |s: &str| {
            if recapitalise {
                capitalise(s)
            } else {
                s.to_string()
            }
        };
        // Restore only inserts: the spelling must keep every letter of the word as written.
        // A capitalised word matched against a lower-case entry that starts with a deleted
        // letter would not ("Erne" -> "Čeríne" lowers the E); such an entry does not fit.
        let fits = |s: &String| lexicon::strip(s) == word;
        let entries: Vec<_> = lexicon
            .word(key)
            .iter()
            .map(|e| (fix(&e.spelling), e))
            .filter(|(s, _)| fits(s))
            .collect();
        match entries.as_slice() {
            [] => {}
            [(spelling, entry)] => {
                return Some(Found::One {
                    spelling: spelling.clone(),
                    evidence: format!("edition lexicon {}", entry.origin),
                })
            }
            several => {
                return Some(Found::Ambiguous(
                    several.iter().map(|(s, _)| s.clone()).collect(),
                ))
            }
        }
        if builtin_allowed {
            if let Some(spelling) = lexicon::builtin(key).map(fix).filter(fits) {
                return Some(Found::One {
                    spelling,
                    evidence: "built-in lexicon (data/cee-lexicon.tsv)".into(),
                });
            }
        }
    }
    None
}

pub(super) fn decapitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Whether `spelling`, a repair of the lower-case word `written`, begins with a capital the
/// damage deleted with the first letter (a name's: "uczywo" as Łuczywo).
pub(super) fn begins_with_a_lost_capital(written: &str, spelling: &str) -> bool {
    written.starts_with(|c: char| c.is_ascii_lowercase())
        && spelling.starts_with(|c: char| !c.is_ascii() && c.is_uppercase())
}

/// Whether `spelling`, a repair of the lower-case word `written`, begins with a lower-case
/// letter the damage deleted ("achtice" as Czech "šachtice").
pub(super) fn begins_with_a_lost_small_letter(written: &str, spelling: &str) -> bool {
    written.starts_with(|c: char| c.is_ascii_lowercase())
        && spelling.starts_with(|c: char| !c.is_ascii() && c.is_lowercase())
}

pub(super) fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Whether `spelling` with each non-ASCII character replaced by one mark is `pattern`.
fn fits_marks(spelling: &str, pattern: &[char]) -> bool {
    spelling.chars().count() == pattern.len()
        && spelling
            .chars()
            .zip(pattern)
            .all(|(s, &p)| if p == '?' { !s.is_ascii() } else { s == p })
}

/// Repairs words with `?`/U+FFFD marks: a lexicon spelling that fits every mark, an
/// apostrophe where the dictionary knows the word with one ("didn?t"), a dash between two
/// words ("revolution?a"). Anything else is a suspect. In a text whose non-ASCII characters
/// were `deleted`, only U+FFFD marks (see [`super::damage::detect_replacement`]).
pub fn repair_replaced(
    text: &str,
    deleted: bool,
    lexicon: &Lexicon,
    options: &RestoreOptions,
) -> Outcome {
    let dictionary = Dictionary::english();
    let mut outcome = Outcome::default();
    let mut done_until = 0;
    for mark in replacement_marks(text, deleted) {
        if mark < done_until {
            continue;
        }
        // The word around the mark: letters and marks.
        let is_part = |c: char| c.is_alphabetic() || c == '?' || c == '\u{FFFD}';
        let start = text[..mark]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_part(c))
            .last()
            .map_or(mark, |(i, _)| i);
        let end = text[mark..]
            .char_indices()
            .find(|&(_, c)| !is_part(c))
            .map_or(text.len(), |(i, _)| mark + i);
        done_until = end;
        let word = &text[start..end];
        let pattern: Vec<char> = word
            .chars()
            .map(|c| if c == '\u{FFFD}' { '?' } else { c })
            .collect();
        let key: String = pattern.iter().filter(|&&c| c != '?').collect();
        let marks = pattern.iter().filter(|&&c| c == '?').count();
        // A spelling replaces the word; an apostrophe or a dash replaces only the mark, so
        // that an earlier stage's repair beside it ("allowed?rgime": régime) keeps its place.
        let mark_end = mark + text[mark..].chars().next().map_or(1, char::len_utf8);
        let mut proposal = |(start, end), replacement: String, rule, class, evidence: String| {
            outcome.proposals.push(Proposal {
                start,
                end,
                replacement,
                rule,
                class,
                evidence,
            })
        };
        if let Some(Found::One { spelling, evidence }) =
            lookup(&key, lexicon, !dictionary.contains(&key))
        {
            if fits_marks(&spelling, &pattern) {
                proposal(
                    (start, end),
                    spelling,
                    "letters.replaced",
                    Class::Letters,
                    evidence,
                );
                continue;
            }
        }
        if marks == 1 {
            let apostrophised = word.replace(['?', '\u{FFFD}'], "'");
            if dictionary.contains(&apostrophised) {
                let evidence = format!("dictionary: {apostrophised}");
                proposal(
                    (mark, mark_end),
                    APOSTROPHE.to_string(),
                    "apostrophe.replaced",
                    Class::Apostrophe,
                    evidence,
                );
                continue;
            }
            let (left, right) = word.split_once(['?', '\u{FFFD}']).unwrap_or((word, ""));
            let split = dashes::splits(&format!("{left}{right}"), dictionary);
            if split == [left.len()] && dashes::is_glued(left, right) {
                proposal(
                    (mark, mark_end),
                    dashes::dash(options.dash).to_string(),
                    "dash.replaced",
                    Class::Dash,
                    format!("dictionary: `{left}` and `{right}`"),
                );
                continue;
            }
        }
        let candidates = match lookup(&key, lexicon, true) {
            Some(Found::One { spelling, .. }) => vec![spelling],
            Some(Found::Ambiguous(spellings)) => spellings,
            None => Vec::new(),
        };
        outcome.suspects.push(RawSuspect {
            offset: start,
            text: word.to_string(),
            candidates,
            reason: "a lost character was replaced by a mark; no lexicon entry fits".into(),
            sign: Sign::Reading,
        });
    }
    outcome
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaced_marks_need_a_fitting_spelling() {
        let lexicon = Lexicon::default();
        let out = repair_replaced(
            "M?ty?s didn?t see the revolution?a mass, nor X?y.",
            false,
            &lexicon,
            &RestoreOptions::default(),
        );
        let after: Vec<_> = out
            .proposals
            .iter()
            .map(|p| p.replacement.as_str())
            .collect();
        assert_eq!(after, ["Mátyás", "’", "—"]);
        assert_eq!(out.suspects.len(), 1);
    }

    /// Found by `cargo fuzz run restore` (fuzz/regressions/restore/): the built-in entry
    /// `erne` is "Čeríne"; "Erne" at a sentence start must not become "Čeríne", which
    /// would lower its capital E rather than only insert the lost Č and í.
    #[test]
    fn a_capital_is_never_lowered() {
        let lexicon = Lexicon::default();
        assert!(lookup("erne", &lexicon, true).is_some());
        assert_eq!(lookup("Erne", &lexicon, true), None);
    }

    #[test]
    fn sentence_capitals_match_lower_case_entries() {
        let lexicon = Lexicon::default();
        match lookup("Rgime", &lexicon, true) {
            Some(Found::One { spelling, .. }) => assert_eq!(spelling, "Régime"),
            other => panic!("{other:?}"),
        }
    }
}
