//! What the words a pruned dictionary of a language without compounds can accept look like by
//! their key, so that a search for a damaged word's lost letters is not made where no
//! spelling of it could be accepted (each look-up runs spellbook's affix rules, tens of
//! thousands of instructions, and a search makes hundreds).
//!
//! Why this rules out no accepted spelling. Every spelling the search tries has the damaged
//! word's key: it only inserts letters a key leaves out. Without compounds, Hunspell accepts
//! a word as a prefix's added text (or none), then a stem's *core* (what is left of the
//! stem once a prefix has stripped a few characters from its start and its suffixes a few
//! from its end, at most what `Affixes::furthest_strip` gives for its flags), then what the
//! suffixes add: one suffix's text, or the start of a first one's text (a second suffix may
//! strip the rest) followed by the text of a suffix that some rule allows after it. So the
//! word's key splits into the key of a prefix's text, the key of a core of a stem the pruned
//! dictionary kept (for a word within its reach, all the whole dictionary could use), and the
//! key of the suffixes' text. [`Shapes`] holds each of these sets as hashes of keys, larger
//! than exact (every rule, whatever its condition and the stem's other flags): a hash that is
//! in one by chance only lets a search be made.

use rustc_hash::FxHashSet;

use super::{fnv, key_bytes, AffixRows, Affixes, Entry, FNV_OFFSET};

/// The keys of what the `.aff` file's affix rules add, as read.
#[derive(Debug, Default)]
pub(super) struct Added {
    prefixes: Vec<Vec<u8>>,
    suffixes: Vec<Vec<u8>>,
    /// What the suffixes that allow a second one after them add.
    firsts: Vec<Vec<u8>>,
    /// What the suffixes some rule allows after it add.
    seconds: Vec<Vec<u8>>,
}

impl Added {
    pub(super) fn of(rows: &AffixRows) -> Added {
        let suffix_flags: FxHashSet<u16> = rows.suffixes.iter().map(|row| row.flag).collect();
        let allowed_after: FxHashSet<u16> = rows
            .suffixes
            .iter()
            .flat_map(|row| row.continuation.iter().copied())
            .filter(|flag| suffix_flags.contains(flag))
            .collect();
        let keys = |keep: &dyn Fn(&super::SuffixRow) -> bool| -> Vec<Vec<u8>> {
            let kept = rows.suffixes.iter().filter(|row| keep(row));
            kept.map(|row| row.key.clone()).collect()
        };
        Added {
            prefixes: rows.prefix_keys.clone(),
            suffixes: keys(&|_| true),
            firsts: keys(&|row| row.continuation.iter().any(|f| suffix_flags.contains(f))),
            seconds: keys(&|row| allowed_after.contains(&row.flag)),
        }
    }
}

/// The pieces the key of any word a pruned dictionary accepts is made of, as hashes of keys.
#[derive(Debug)]
pub struct Shapes {
    /// The keys prefixes add, the empty key among them.
    prefixes: FxHashSet<u64>,
    /// The longest of them.
    longest_prefix: usize,
    /// The keys of the cores of the stems kept.
    cores: FxHashSet<u64>,
    /// The keys suffixes add, the empty key among them.
    suffixes: FxHashSet<u64>,
    /// Every start of the keys of suffixes that allow a second one.
    starts: FxHashSet<u64>,
    /// The keys of the suffixes allowed second.
    seconds: FxHashSet<u64>,
}

impl Shapes {
    /// The shapes of the words the `kept` `.dic` lines accept with the rules `added` lists;
    /// none when a line's stem cannot be told (an escaped slash, or "ß", which Hunspell also
    /// matches as "ss").
    pub(super) fn new(added: &Added, kept: &[&str], affixes: &Affixes) -> Option<Shapes> {
        let mut cores = FxHashSet::default();
        let mut flags = Vec::new();
        for line in kept {
            let (stem, written) = stem_of(line)?;
            affixes.read_flag_set(written, &mut flags);
            let stripped = affixes.furthest_strip(stem, &flags);
            add_cores(stem, affixes.prefix_strip, stripped, &mut cores);
        }
        let hashes = |keys: &[Vec<u8>]| -> FxHashSet<u64> {
            keys.iter()
                .map(|key| hash(key))
                .chain([FNV_OFFSET])
                .collect()
        };
        let starts = added
            .firsts
            .iter()
            .flat_map(|key| (0..=key.len()).map(move |end| hash(&key[..end])))
            .collect();
        Some(Shapes {
            prefixes: hashes(&added.prefixes),
            longest_prefix: added.prefixes.iter().map(Vec::len).max().unwrap_or(0),
            cores,
            suffixes: hashes(&added.suffixes),
            starts,
            seconds: hashes(&added.seconds),
        })
    }

    /// Whether some word with the key of `word` may be accepted: false only when no split of
    /// the key into a prefix's, a core's and the suffixes' is there. A word with other
    /// characters than letters (a hyphen, where Hunspell checks the parts one by one) may
    /// always be.
    pub fn may_make(&self, word: &str) -> bool {
        if !word.chars().all(char::is_alphabetic) {
            return true;
        }
        let key: Vec<u8> = word.chars().filter_map(|c| key_bytes(c).0).collect();
        (0..=key.len().min(self.longest_prefix))
            .filter(|&lead| self.prefixes.contains(&hash(&key[..lead])))
            .any(|lead| self.core_then_suffixes(&key[lead..]))
    }

    /// Whether `rest` is a core's key followed by the suffixes'.
    fn core_then_suffixes(&self, rest: &[u8]) -> bool {
        let mut core = FNV_OFFSET;
        for end in 0..=rest.len() {
            if end > 0 {
                core = fnv(core, rest[end - 1]);
            }
            if self.cores.contains(&core) && self.is_suffixes(&rest[end..]) {
                return true;
            }
        }
        false
    }

    /// Whether `tail` is what one suffix adds, or a start of what a first one adds followed by
    /// what a second one adds.
    fn is_suffixes(&self, tail: &[u8]) -> bool {
        if self.suffixes.contains(&hash(tail)) {
            return true;
        }
        let mut start = FNV_OFFSET;
        for end in 0..=tail.len() {
            if end > 0 {
                start = fnv(start, tail[end - 1]);
            }
            if self.starts.contains(&start) && self.seconds.contains(&hash(&tail[end..])) {
                return true;
            }
        }
        false
    }
}

/// The stem of a `.dic` line and its flags as written, as spellbook reads them; none when
/// pruning cannot tell them.
fn stem_of(line: &str) -> Option<(&str, &str)> {
    match Entry::read(line) {
        Entry::Stem { stem, written } => Some((stem, written)),
        // Kept whatever the text: a stem followed by white space and its morphology is read
        // as the text before the space, with no flags; an escape or a sharp s is not told.
        Entry::Kept if !line.contains(['\\', 'ß', 'ẞ']) => line
            .split([' ', '\t'])
            .next()
            .filter(|stem| !stem.is_empty())
            .map(|stem| (stem, "")),
        Entry::Kept => None,
    }
}

/// Adds the keys of `stem`'s cores: for each number of characters up to `prefix_strip` taken
/// from its start, what is left with up to `stripped` taken from its end.
fn add_cores(stem: &str, prefix_strip: usize, stripped: usize, cores: &mut FxHashSet<u64>) {
    let length = stem.chars().count();
    let shortest = length.saturating_sub(stripped);
    for lead in 0..=prefix_strip.min(length) {
        let mut core = FNV_OFFSET;
        if lead >= shortest {
            cores.insert(core);
        }
        for (end, c) in stem.chars().enumerate().skip(lead).map(|(i, c)| (i + 1, c)) {
            core = key_bytes(c).0.map_or(core, |b| fnv(core, b));
            if end >= shortest {
                cores.insert(core);
            }
        }
    }
}

fn hash(key: &[u8]) -> u64 {
    key.iter().fold(FNV_OFFSET, |hash, &byte| fnv(hash, byte))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A Slovak-like dictionary: a prefix, a suffix that strips, and a first suffix whose end
    /// a second one strips. Every form spellbook accepts keeps its key's shape; a key no
    /// split fits is ruled out.
    #[test]
    fn shapes_rule_out_only_what_no_rule_makes() {
        let aff = "SET UTF-8\nPFX N Y 1\nPFX N 0 ne .\nSFX A Y 2\nSFX A ý á ý\n\
                   SFX A 0 ho/B ý\nSFX B Y 1\nSFX B o ému o\n";
        let dic = "2\nnárodný/NA\nSlovák\n";
        let checker = spellbook::Dictionary::new(aff, dic).unwrap();
        let affixes = Affixes::read(aff).unwrap();
        let added = affixes.added.as_ref().unwrap();
        let kept = ["národný/NA", "Slovák"];
        let shapes = Shapes::new(added, &kept, &affixes).unwrap();
        for accepted in [
            "národný",
            "národná",
            "nenárodná",
            "národnýho",
            "národnýhému",
            "Slovák",
        ] {
            assert!(checker.check(accepted), "{accepted}");
            let damaged: String = accepted.chars().filter(char::is_ascii).collect();
            assert!(shapes.may_make(&damaged), "{damaged}");
        }
        for made_by_nothing in ["narodnyx", "Slovakho", "Slova", "xnarodny", "Trotskyist"] {
            assert!(!shapes.may_make(made_by_nothing), "{made_by_nothing}");
        }
        // A word with a hyphen is checked in parts: it may always be made.
        assert!(shapes.may_make("Slovak-narodny"));
    }
}
