//! Hyphenation (typesetting, stage 5): where a word may be broken, from the `hyphenation`
//! crate's embedded TeX patterns in the edition's language (and, for a passage marked as
//! another language, in that one's), with the edition's minimum of two letters before a break
//! and three after it.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::sync::Arc;

use hyphenation::{Hyphenator as _, Language, Load, Standard};
use rustc_hash::FxHashMap;

use super::words::KnownWords;

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
    /// The patterns of other languages, by the tag a passage gives, loaded when a word first
    /// needs them (Hungarian's, the largest, take 0.3 ms); `None` for a language the crate has
    /// no patterns for.
    others: RefCell<BTreeMap<Box<str>, Option<Hyphenator>>>,
    /// Breaks an earlier build found in this language.
    known: Option<Arc<KnownWords>>,
    /// How many words this hyphenator hyphenated itself.
    fresh: Cell<usize>,
}

impl Hyphenator {
    /// The patterns for a BCP 47 tag (see `pattern_language`). `None` when the crate has no
    /// patterns for it.
    pub fn for_language(tag: &str) -> Option<Hyphenator> {
        let language = pattern_language(tag)?;
        let mut dictionary = Standard::from_embedded(language).ok()?;
        dictionary.minima = (MIN_BEFORE, MIN_AFTER);
        Some(Hyphenator {
            dictionary,
            cache: RefCell::new(FxHashMap::default()),
            known: None,
            fresh: Cell::new(0),
            others: RefCell::new(BTreeMap::new()),
        })
    }

    /// Looks up the breaks an earlier build found in the book's language before finding them.
    pub fn learn(&mut self, known: &Arc<KnownWords>) {
        self.known = Some(Arc::clone(known));
    }

    /// How many words this hyphenator hyphenated itself rather than found known.
    pub fn fresh(&self) -> usize {
        self.fresh.get()
    }

    /// The breaks found in the book's language, for a later build.
    pub fn known_words(&self) -> KnownWords {
        KnownWords {
            breaks: self.cache.borrow().clone(),
            fresh: self.fresh.get(),
            ..KnownWords::default()
        }
    }

    /// `breaks` of a word in language `lang`, or in the book's language for `None`. A word of
    /// a language without patterns is left whole: the book's rules would break it wrongly.
    pub fn breaks_in(&self, word: &str, lang: Option<&str>) -> Vec<usize> {
        let Some(lang) = lang else {
            return self.breaks(word);
        };
        let mut others = self.others.borrow_mut();
        let patterns = others
            .entry(lang.into())
            .or_insert_with(|| Hyphenator::for_language(lang));
        patterns
            .as_ref()
            .map_or_else(Vec::new, |other| other.breaks(word))
    }

    /// Byte offsets in `word` where it may be hyphenated. Only the letters are considered:
    /// leading and trailing punctuation is trimmed, and a word with digits or inner
    /// punctuation (a URL, "1950s") is left whole.
    pub fn breaks(&self, word: &str) -> Vec<usize> {
        if let Some(hit) = self.cache.borrow().get(word) {
            return hit.clone();
        }
        let known = self.known.as_ref().and_then(|k| k.breaks.get(word));
        let breaks = known.cloned().unwrap_or_else(|| {
            self.fresh.set(self.fresh.get() + 1);
            self.breaks_uncached(word)
        });
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

/// The crate's pattern set for a BCP 47 tag: the tag itself or, dropping subtags from its end,
/// the longest part of it the crate names (`en-GB`, `hu`), or the usual variant of a language
/// whose patterns are named by variant only.
fn pattern_language(tag: &str) -> Option<Language> {
    let tag = tag.to_ascii_lowercase();
    let mut prefix = tag.as_str();
    loop {
        if let Some(language) = Language::try_from_code(prefix).or_else(|| usual_variant(prefix)) {
            return Some(language);
        }
        prefix = &prefix[..prefix.rfind('-')?];
    }
}

/// The pattern set a language's plain tag stands for when the crate names only its variants:
/// today's spellings (German's reformed one of 1996, Greek's monotonic), the script the
/// language is mostly written in. British and American English patterns differ little.
fn usual_variant(code: &str) -> Option<Language> {
    let code = match code {
        "en" => "en-us",
        "de" | "de-de" | "de-at" | "de-li" | "de-lu" => "de-1996",
        "de-ch" => "de-ch-1901",
        "el" => "el-monoton",
        "mn" => "mn-cyrl",
        "sr" => "sr-cyrl",
        "sr-latn" => "sh-latn",
        "no" => "nb",
        _ => return None,
    };
    Language::try_from_code(code)
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

    #[test]
    fn a_passage_is_hyphenated_by_its_own_language() {
        let book = Hyphenator::for_language("en-GB").unwrap();
        let word = "forradalom";
        // Hungarian breaks between syllables, for-ra-da-lom; English patterns elsewhere.
        assert_eq!(book.breaks_in(word, Some("hu")), [3, 5, 7]);
        assert_ne!(book.breaks_in(word, Some("hu")), book.breaks_in(word, None));
        // German's patterns are named by spelling: `de` is today's.
        assert_eq!(pattern_language("de"), Some(Language::German1996));
        assert_eq!(pattern_language("de-CH"), Some(Language::GermanSwiss));
        assert_eq!(pattern_language("hu-HU"), Some(Language::Hungarian));
        assert_eq!(pattern_language("en-GB"), Some(Language::EnglishGB));
        assert_eq!(pattern_language("en-AU"), Some(Language::EnglishUS));
        // No patterns for the language: the word stays whole.
        assert!(book.breaks_in(word, Some("tlh")).is_empty());
    }
}
