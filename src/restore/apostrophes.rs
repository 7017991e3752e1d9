//! Lost apostrophes: contractions and possessives ("didnt", "Hungarys") are found by putting
//! an apostrophe back where the dictionary knows the word with one; possessives of names it
//! does not know ("Nagys") need the name on its own elsewhere in the text. Plural possessives
//! ("workers councils") are left to the edition lexicon: "workers" is already a word.

use super::dictionary::Dictionary;
use super::tokens::{is_function_word, Token};

/// The apostrophe restore inserts (U+2019, the typographic one).
pub const APOSTROPHE: &str = "\u{2019}";

/// Byte positions in `word` where an apostrophe makes a dictionary word ("didnt" -> [4]).
pub fn dictionary_positions(word: &str, dictionary: &Dictionary) -> Vec<usize> {
    let mut found = Vec::new();
    if is_acronym(word) {
        // "JSs", "APIs": plurals of acronyms, and the dictionary's letters ("J's") would
        // otherwise match them.
        return found;
    }
    if dictionary.cannot_contain_len(word.len() + 1) {
        // Every candidate is as long as the word: trying them all would be quadratic.
        return found;
    }
    let mut candidate = String::with_capacity(word.len() + 1);
    for i in (1..word.len()).filter(|&i| word.is_char_boundary(i)) {
        candidate.clear();
        candidate.push_str(&word[..i]);
        candidate.push('\'');
        candidate.push_str(&word[i..]);
        if dictionary.contains(&candidate) {
            found.push(i);
        }
    }
    found
}

/// The position of a possessive `’s` when the name without the `s` occurs on its own in the
/// text ("Nagys" and "Nagy"). Names ending in s are left alone: "Janes" may be "Jane’s" or
/// "James’s" without the second s.
pub fn evidence_position(word: &str, occurs: impl Fn(&str) -> bool) -> Option<usize> {
    let stem = word.strip_suffix('s')?;
    let plausible = stem.len() >= 3
        && !stem.ends_with('s')
        && stem.starts_with(char::is_uppercase)
        && !is_acronym(stem);
    (plausible && occurs(stem)).then_some(stem.len())
}

/// Two capitals or more: an acronym ("API", "JSs").
fn is_acronym(word: &str) -> bool {
    word.chars().filter(char::is_ascii_uppercase).count() >= 2
}

/// Whether inserting at `position` makes a possessive (or is-contraction) `’s`.
pub fn is_s_form(word: &str, position: usize) -> bool {
    position + 1 == word.len() && word.ends_with('s')
}

/// A possessive is followed, after one space, by what it possesses: a word that is not a
/// function word ("Stalins Russia", not "the Stalins were"). Pronoun contractions ("whats",
/// "thats") need no such context.
pub fn possessive_context(word: &str, next: Option<&Token>, gap: &str) -> bool {
    let stem = &word[..word.len() - 1];
    if is_function_word(stem) || stem.eq_ignore_ascii_case("let") {
        return true;
    }
    next.is_some_and(|next| gap == " " && !is_function_word(next.text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_contractions_and_possessives() {
        let d = Dictionary::english();
        assert_eq!(dictionary_positions("didnt", d), [4]);
        assert_eq!(dictionary_positions("theyd", d), [4]);
        assert_eq!(dictionary_positions("Hungarys", d), [7]);
        assert_eq!(dictionary_positions("Marxs", d), [4]);
        assert!(dictionary_positions("revolutiona", d).is_empty());
    }

    #[test]
    fn evidence_needs_the_bare_name() {
        let occurs = |w: &str| w == "Nagy";
        assert_eq!(evidence_position("Nagys", occurs), Some(4));
        assert_eq!(evidence_position("Imres", occurs), None);
        assert_eq!(evidence_position("Jamess", |_| true), None);
        assert_eq!(evidence_position("APIs", |_| true), None);
        assert!(dictionary_positions("JSs", Dictionary::english()).is_empty());
    }
}
