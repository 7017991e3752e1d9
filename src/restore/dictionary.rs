//! The embedded English word list (SCOWL via Debian wbritish, `data/en-words.txt`) and the
//! sorted-lines lookup it shares with the built-in lexicon. Both files are sorted by UTF-8
//! bytes and searched in place, so nothing is parsed at start-up; the English list is hashed
//! only once a run has asked it many words (a long text's restore asks millions).

use std::cmp::Ordering;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::tokens::is_function_word;

/// A newline-separated text sorted by bytes, each line `key` or `key<TAB>value`.
#[derive(Debug, Clone, Copy)]
pub struct SortedLines {
    text: &'static str,
}

impl SortedLines {
    pub const fn new(text: &'static str) -> Self {
        SortedLines { text }
    }

    /// The value (or the whole line when it has no tab) of the line whose key is `key`.
    pub fn get(&self, key: &str) -> Option<&'static str> {
        let bytes = self.text.as_bytes();
        let (mut lo, mut hi) = (0, bytes.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            let start = bytes[..mid]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            let end = bytes[mid..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(bytes.len(), |i| mid + i);
            // The tab is found by bytes: a `str` search for it cost a tenth of a restore.
            let line = &bytes[start..end];
            let tab = line.iter().position(|&b| b == b'\t');
            let line_key = &line[..tab.unwrap_or(line.len())];
            match line_key.cmp(key.as_bytes()) {
                Ordering::Equal if !line.is_empty() => {
                    let value_start = tab.map_or(start, |tab| start + tab + 1);
                    return Some(&self.text[value_start..end]);
                }
                Ordering::Less | Ordering::Equal => lo = end + 1,
                Ordering::Greater => hi = start,
            }
        }
        None
    }
}

/// The English dictionary: about 100,000 British spellings including proper names,
/// possessives and contractions with a straight apostrophe (`Stalin's`, `didn't`).
pub struct Dictionary {
    words: SortedLines,
    /// The longest entry in bytes, measured on first use.
    longest: OnceLock<usize>,
    /// Every entry, hashed once [`HASH_AFTER`] words have been asked.
    hashed: OnceLock<FxHashSet<&'static str>>,
    /// How many words have been asked before the entries were hashed.
    asked: AtomicUsize,
    /// The accented entries by their short keys, built on first use
    /// ([`Dictionary::loanword_with_accents`]).
    short_keys: OnceLock<FxHashMap<String, Option<&'static str>>>,
    /// The last three letters that at least [`ENGLISH_ENDING`] lower-case entries of
    /// [`LONG_ENOUGH`] letters or more end in, built on first use
    /// ([`Dictionary::ends_as_no_word`]).
    endings: OnceLock<FxHashSet<[u8; ENDING]>>,
}

/// How many last letters [`Dictionary::ends_as_no_word`] compares: two are shared by words of
/// most languages ("-ov", "-sk" end English words too), four miss English endings the list
/// has only a few words with.
const ENDING: usize = 3;

/// The shortest entries whose endings [`Dictionary::ends_as_no_word`] reads: a word of five
/// letters is more than an ending, and abbreviations, which end anyhow ("masc", "rcpt"), are
/// shorter.
const LONG_ENOUGH: usize = 5;

/// How many entries must end in three letters for an ending to be English: one or two are
/// loans' ("forsythia"; "imprimatur", "sequitur"), not a pattern of the language.
const ENGLISH_ENDING: usize = 3;

/// How many words are asked of the list by searching its lines before its entries are
/// hashed. A binary search (about 17 probes, each finding its line's ends) takes about 0.2
/// µs, and hashing the 100,000 entries about 4 ms, the price of 20,000 searches: `folio
/// check` asks a few thousand and never pays it, while restore asks millions in a 10 MB
/// text, where the searches had cost a quarter of the run.
const HASH_AFTER: usize = 20_000;

static ENGLISH: Dictionary = Dictionary {
    words: SortedLines::new(include_str!("../../data/en-words.txt")),
    longest: OnceLock::new(),
    hashed: OnceLock::new(),
    asked: AtomicUsize::new(0),
    short_keys: OnceLock::new(),
    endings: OnceLock::new(),
};

impl Dictionary {
    pub fn english() -> &'static Dictionary {
        &ENGLISH
    }

    /// Whether no word of `len` bytes can be in the dictionary in any capitalisation. Case
    /// mapping changes a character's UTF-8 length by at most a factor of three (the Kelvin
    /// sign, 3 bytes, lower-cases to `k`), hence the margin. The rules that try every split
    /// or apostrophe position of a token ask this first, so that a megabyte-long token (a
    /// data URI, a line of `=`) costs linear time, not quadratic.
    pub fn cannot_contain_len(&self, len: usize) -> bool {
        let longest = *self
            .longest
            .get_or_init(|| self.words.text.lines().map(str::len).max().unwrap_or(0));
        len > 3 * longest
    }

    /// Whether `word` is listed exactly as written.
    pub fn contains_exact(&self, word: &str) -> bool {
        if self.hashed.get().is_none() && self.asked.fetch_add(1, Relaxed) < HASH_AFTER {
            return self.words.get(word).is_some();
        }
        self.hashed
            .get_or_init(|| self.words.text.lines().collect())
            .contains(word)
    }

    /// The English list's spelling with accents that a short lower-case word is all deletion
    /// left of ("caf": café, "fte": fête), when the word is no English word itself and only one
    /// such spelling strips to it. Keys this short are kept out of the built-in lexicon, which
    /// repairs: they match abbreviations and other languages' words as often ("caf" is a
    /// Polish word, "ros" a Czech one), so they are only listed (see
    /// `names::an_english_loanword`).
    pub fn loanword_with_accents(&self, word: &str) -> Option<&'static str> {
        /// The longest key: from four characters on, the built-in lexicon has the English
        /// list's spellings ("cafs": cafés; `MIN_KEY_NAME` in scripts/gen-lexicon.py).
        const LONGEST_KEY: usize = 3;
        if word.len() > LONGEST_KEY || self.contains(word) {
            return None;
        }
        let keys = self.short_keys.get_or_init(|| {
            let mut keys: FxHashMap<String, Option<&'static str>> = FxHashMap::default();
            let accented = self.words.text.lines().filter(|w| {
                !w.is_ascii() && w.starts_with(|c: char| c.is_lowercase()) && !w.contains('\'')
            });
            for spelling in accented {
                let key: String = spelling.chars().filter(char::is_ascii).collect();
                if key.len() <= LONGEST_KEY {
                    // Two spellings of one key: neither is the word's.
                    keys.entry(key)
                        .and_modify(|one| *one = None)
                        .or_insert(Some(spelling));
                }
            }
            keys
        });
        keys.get(word).copied().flatten()
    }

    /// Whether fewer than [`ENGLISH_ENDING`] lower-case words of the list ([`LONG_ENOUGH`]
    /// letters or more) end in the last three letters of `word`, case aside: "Feteasc",
    /// "Josefv" and "Zsibt" end as no English word does, "hia" (Slovene hiša) only as
    /// "forsythia", while "Stalinism", which the list lacks, ends as hundreds do. A word
    /// shorter than three letters says nothing.
    pub fn ends_as_no_word(&self, word: &str) -> bool {
        let Some(last) = last_letters(word) else {
            return false;
        };
        let endings = self.endings.get_or_init(|| {
            let mut counted: FxHashMap<[u8; ENDING], usize> = FxHashMap::default();
            let long_words = self.words.text.lines().filter(|w| {
                w.len() >= LONG_ENOUGH && w.starts_with(|c: char| c.is_ascii_lowercase())
            });
            for ending in long_words.filter_map(last_letters) {
                *counted.entry(ending).or_default() += 1;
            }
            counted
                .into_iter()
                .filter(|&(_, words)| words >= ENGLISH_ENDING)
                .map(|(ending, _)| ending)
                .collect()
        });
        !endings.contains(&last)
    }

    /// "prized": a lower-case word in -ed whose base in -e the list has ("prize") and whose
    /// past it lacks (Hungarian had made it "pórized"). The base is five letters or more, as a
    /// short one ("Rade") is as often a name's start, and no word a contracted "would" follows
    /// ("thered", "everyoned": there’d, everyone’d).
    pub fn is_unlisted_past(&self, word: &str) -> bool {
        const SHORTEST_BASE: usize = 5;
        let base = word.strip_suffix('d').filter(|base| base.ends_with('e'));
        let takes_a_contraction = |base: &str| is_function_word(base) || base.ends_with("one");
        word.starts_with(|c: char| c.is_ascii_lowercase())
            && base.is_some_and(|base| {
                base.len() >= SHORTEST_BASE
                    && !takes_a_contraction(base)
                    && self.contains_exact(base)
            })
    }

    /// Whether `word` is an English word as written, allowing for a capital at the start of a
    /// sentence ("Revolution") and for words set in capitals ("REVOLUTION").
    pub fn contains(&self, word: &str) -> bool {
        if word.is_empty() {
            return false;
        }
        if self.contains_exact(word) {
            return true;
        }
        let mut chars = word.chars();
        let first = chars.next().unwrap_or(' ');
        let rest = chars.as_str();
        if !first.is_uppercase() {
            return false;
        }
        let decapitalised: String = first.to_lowercase().chain(rest.chars()).collect();
        if self.contains_exact(&decapitalised) {
            return true;
        }
        if rest.chars().any(char::is_lowercase) || rest.is_empty() {
            return false;
        }
        // All capitals: try the capitalised form too ("HUNGARY" -> "Hungary").
        let capitalised: String = std::iter::once(first)
            .chain(rest.chars().flat_map(char::to_lowercase))
            .collect();
        self.contains_exact(&capitalised) || self.contains_exact(&word.to_lowercase())
    }
}

/// The last [`ENDING`] characters of `word`, in lower case, if they are ASCII letters.
fn last_letters(word: &str) -> Option<[u8; ENDING]> {
    let tail = word.as_bytes().get(word.len().checked_sub(ENDING)?..)?;
    let mut last = [0; ENDING];
    for (to, &from) in last.iter_mut().zip(tail) {
        if !from.is_ascii_alphabetic() {
            return None;
        }
        *to = from.to_ascii_lowercase();
    }
    Some(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_endings_no_english_word_has() {
        let d = Dictionary::english();
        for word in ["Feteasc", "Josefv", "Zsibt", "postulatw", "hia"] {
            assert!(d.ends_as_no_word(word), "{word}");
        }
        // "Stalinism" is not in the list, but its ending is English; "Ab" is too short to say.
        for word in ["Stalinism", "Kwiato", "Ab", "Bó"] {
            assert!(!d.ends_as_no_word(word), "{word}");
        }
    }

    #[test]
    fn finds_words_possessives_and_contractions() {
        let d = Dictionary::english();
        for word in [
            "revolution",
            "Stalin",
            "Stalin's",
            "didn't",
            "Revolution",
            "HUNGARY",
        ] {
            assert!(d.contains(word), "{word}");
        }
        for word in ["revolutiona", "didnt", "Hungarys", "", "stalin"] {
            assert!(!d.contains(word), "{word}");
        }
    }

    #[test]
    fn a_short_loanword_is_found_from_what_deletion_left() {
        let d = Dictionary::english();
        assert_eq!(d.loanword_with_accents("caf"), Some("café"));
        assert_eq!(d.loanword_with_accents("ros"), Some("rosé"));
        // An English word as written ("pt", pâté) and a key the built-in lexicon has
        // ("cafs") are not asked.
        assert_eq!(d.loanword_with_accents("pt"), None);
        assert_eq!(d.loanword_with_accents("cafs"), None);
    }

    #[test]
    fn the_past_of_a_listed_verb_in_e_is_english() {
        let d = Dictionary::english();
        assert!(!d.contains("prized") && d.is_unlisted_past("prized"));
        // A capital may be a name's; a short base, a name's start; "there" and "everyone"
        // take a contracted "would".
        for word in ["Prized", "ruled", "prize", "prizes", "thered", "everyoned"] {
            assert!(!d.is_unlisted_past(word), "{word}");
        }
    }

    #[test]
    fn long_tokens_are_not_words() {
        let d = Dictionary::english();
        // "electroencephalograph's" (23 bytes) is the longest entry.
        assert!(!d.cannot_contain_len("electroencephalograph's".len()));
        assert!(d.cannot_contain_len(1_000));
    }

    #[test]
    fn sorted_lines_finds_first_middle_and_last() {
        let lines = SortedLines::new("a\tA\nb\tB\nc\tC\n");
        assert_eq!(lines.get("a"), Some("A"));
        assert_eq!(lines.get("b"), Some("B"));
        assert_eq!(lines.get("c"), Some("C"));
        assert_eq!(lines.get("d"), None);
        assert_eq!(lines.get(""), None);
    }
}
