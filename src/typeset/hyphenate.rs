//! Hyphenation (typesetting, stage 5): where a word may be broken, from the `hyphenation`
//! crate's embedded TeX patterns in the edition's language, with the edition's minimum of
//! two letters before a break and three after it.

use std::cell::RefCell;

use hyphenation::{Hyphenator as _, Language, Load, Standard};
use rustc_hash::FxHashMap;

/// Letters kept together at the start of a word: "a-" and "e-" breaks read badly.
pub const MIN_BEFORE: usize = 2;
/// Letters kept together at the end: "-ed" and "-ly" fragments on their own line read badly
/// (the English TeX patterns use the same 2/3, `\lefthyphenmin`/`\righthyphenmin`).
pub const MIN_AFTER: usize = 3;

pub struct Hyphenator {
    dictionary: Standard,
    /// Breaks per word already hyphenated: a book repeats most of its words, and pattern
    /// matching was 7 % of a whole build before this cache.
    cache: RefCell<FxHashMap<Box<str>, Vec<usize>>>,
}

impl Hyphenator {
    /// The patterns for a BCP 47 tag: the full tag (`en-GB`) first, then its primary
    /// language (`hu`). `None` when the crate has no patterns for it.
    pub fn for_language(tag: &str) -> Option<Hyphenator> {
        let tag = tag.to_ascii_lowercase();
        let primary = tag.split('-').next().unwrap_or("");
        let language = Language::try_from_code(&tag)
            .or_else(|| Language::try_from_code(primary))
            // "en" alone names no pattern set; British and American patterns differ little.
            .or_else(|| (primary == "en").then_some(Language::EnglishUS))?;
        let mut dictionary = Standard::from_embedded(language).ok()?;
        dictionary.minima = (MIN_BEFORE, MIN_AFTER);
        Some(Hyphenator {
            dictionary,
            cache: RefCell::new(FxHashMap::default()),
        })
    }

    /// Byte offsets in `word` where it may be hyphenated. Only the letters are considered:
    /// leading and trailing punctuation is trimmed, and a word with digits or inner
    /// punctuation (a URL, "1950s") is left whole.
    pub fn breaks(&self, word: &str) -> Vec<usize> {
        if let Some(hit) = self.cache.borrow().get(word) {
            return hit.clone();
        }
        let breaks = self.breaks_uncached(word);
        self.cache.borrow_mut().insert(word.into(), breaks.clone());
        breaks
    }

    fn breaks_uncached(&self, word: &str) -> Vec<usize> {
        let start = word
            .char_indices()
            .find(|(_, c)| c.is_alphabetic())
            .map_or(word.len(), |(i, _)| i);
        let end = word
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_alphabetic())
            .map_or(start, |(i, c)| i + c.len_utf8());
        if start >= end {
            return Vec::new();
        }
        let core = &word[start..end];
        if !core.chars().all(char::is_alphabetic) || core.chars().count() < MIN_BEFORE + MIN_AFTER {
            return Vec::new();
        }
        let lower = core.to_lowercase();
        if lower.len() != core.len() {
            // Case mapping changed byte lengths (rare letters); offsets would not line up.
            return Vec::new();
        }
        self.dictionary
            .hyphenate(&lower)
            .breaks
            .into_iter()
            .map(|b| b + start)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn british_english_with_minima() {
        let h = Hyphenator::for_language("en-GB").unwrap();
        let word = "revolutionary,";
        let breaks = h.breaks(word);
        assert!(!breaks.is_empty());
        for b in breaks {
            assert!(word[..b].chars().filter(|c| c.is_alphabetic()).count() >= MIN_BEFORE);
            assert!(word[b..].chars().filter(|c| c.is_alphabetic()).count() >= MIN_AFTER);
        }
        assert!(h.breaks("1950s").is_empty());
        assert!(Hyphenator::for_language("xx").is_none());
    }
}
