//! Lost dashes between words: a closed em dash deleted from "revolution—a mass" leaves
//! "revolutiona", a non-word made of two words. Only a single clean split is repaired; a word
//! that splits two ways, or that looks like a closed compound ("steelworks", "overground"),
//! is left for the editor.

use super::dictionary::Dictionary;
use super::tokens::is_function_word;
use crate::config::DashStyle;

/// What goes between the two words, per the edition's `style.dash`.
pub fn dash(style: DashStyle) -> &'static str {
    match style {
        DashStyle::Em => "\u{2014}",
        DashStyle::SpacedEn => " \u{2013} ",
    }
}

/// The byte positions where `word` splits into two dictionary words. One-letter halves must
/// be "a" or "I", two-letter halves function words: the dictionary lists every letter and
/// many two-letter abbreviations, which would split almost anything.
pub fn splits(word: &str, dictionary: &Dictionary) -> Vec<usize> {
    // Seven letters at least: "a" and a three-letter word glue into a five-letter non-word
    // more often by a typo than by a lost dash.
    // The longer half of a very long token is no word: trying every split of a megabyte-long
    // token would take quadratic time.
    if word.len() < 7 || dictionary.cannot_contain_len(word.len() / 2) {
        return Vec::new();
    }
    (1..word.len())
        .filter(|&i| word.is_char_boundary(i))
        .filter(|&i| {
            let (left, right) = word.split_at(i);
            half_ok(left) && half_ok(right) && dictionary.contains(left) && dictionary.contains(right)
                // "revolutionThe": a capital inside is a lost space or a name, not a dash.
                && !right.starts_with(char::is_uppercase)
        })
        .collect()
}

fn half_ok(half: &str) -> bool {
    match half.len() {
        1 => matches!(half, "a" | "A" | "I"),
        2 => is_function_word(half),
        _ => true,
    }
}

/// Whether `right` is a derivational or inflectional ending that happens to be a word
/// ("Stalin|ism", "recall|able"): the token is a derived word the dictionary lacks.
pub fn is_derivation(right: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ability", "able", "ably", "ally", "ance", "ant", "dom", "ence", "ent", "ed", "er", "ers",
        "est", "ful", "hood", "ian", "ians", "ible", "ing", "ings", "ise", "ised", "ism", "isms",
        "ist", "ists", "ity", "ize", "ized", "less", "like", "ly", "ment", "ments", "ness", "ship",
        "ships", "ward", "wards", "wise",
    ];
    ENDINGS.contains(&right.to_ascii_lowercase().as_str())
}

/// Whether a single split is two words glued by a lost dash rather than a closed compound the
/// dictionary lacks ("steelworks", "workmates", "counterattack"). Closed compounds are
/// modifier + head, where the head is a content word and the modifier a short noun or a
/// prefix; so the split is taken for a dash when
/// - the right half is a function word ("revolution|a", "purpose|but", "over|whether"), or
/// - either half is a past form ("included|deprives", "West|allowed"): compounds are not
///   built on past tenses, or
/// - the left half is long (seven letters or more, "business|kings"): long modifiers make
///   open or hyphenated compounds, and the closed ones ("businessman") are in the dictionary;
///
/// and, except before a function word, the left half is not a prefix ("back|flipped").
///
/// Anything else is left for the editor.
pub fn is_glued(left: &str, right: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "after", "anti", "back", "counter", "down", "fore", "inter", "mid", "multi", "non", "off",
        "out", "over", "post", "pre", "pro", "re", "self", "semi", "sub", "super", "under", "up",
    ];
    let past = |w: &str| w.len() > 4 && w.ends_with("ed");
    let prefix = PREFIXES.contains(&left.to_ascii_lowercase().as_str());
    // Short function words are also common word endings ("request|or", "reflex|ion"): only
    // "a" and words of three letters or more count.
    let function_word = is_function_word(right) && (right.len() >= 3 || right == "a");
    function_word || (!prefix && (past(left) || past(right) || left.len() >= 7))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_glued_words_once() {
        let d = Dictionary::english();
        assert_eq!(splits("revolutiona", d), [10]);
        assert_eq!(splits("includeddeprives", d), [8]);
        assert_eq!(splits("purposebut", d), [7]);
        assert!(splits("Hegyeshalom", d).is_empty());
    }

    #[test]
    fn compounds_are_told_from_glued_words() {
        for (left, right) in [
            ("over", "whether"),
            ("business", "kings"),
            ("West", "allowed"),
        ] {
            assert!(is_glued(left, right), "{left}|{right}");
        }
        for (left, right) in [
            ("counter", "attack"),
            ("steel", "works"),
            ("back", "flipped"),
        ] {
            assert!(!is_glued(left, right), "{left}|{right}");
        }
        assert!(is_derivation("ism") && !is_derivation("kings"));
    }
}
