//! How much a spelling looks like the words of one language: the letter trigrams of its
//! dictionary's stems, counted. Two dictionaries can accept the same name (Czech's lists
//! "Kecskemét" and "Rákosi" as Hungarian's does), but "cs", "sz" and "gy" are Hungarian
//! spelling, and this tells which language a text's repairs are written in when the
//! dictionaries that accept them tie.

use rustc_hash::FxHashMap;

/// What stands before a word's first letter and after its last, so that a word's beginning
/// and end count as letters do ("Kd" starts no Hungarian word).
const START: char = '^';
const END: char = '$';

/// How far the estimate of a trigram backs off to its bigram, and a bigram to its letter:
/// a few counts of a context outweigh it. Any value from 1 to 5 told the same languages
/// apart on the trial texts; 2 is the middle.
const BACK_OFF: f64 = 2.0;

/// Letters a language's stems may lack, counted as seen so that no spelling scores minus
/// infinity (a foreign letter in a name).
const UNSEEN_LETTERS: f64 = 50.0;

/// The trigram counts of one language's stems, lower-cased.
#[derive(Default)]
pub struct Orthography {
    trigrams: FxHashMap<[char; 3], u32>,
    /// The first two letters of the trigrams counted: a trigram's context.
    pairs: FxHashMap<[char; 2], u32>,
    /// Bigrams as the last two letters of a trigram, and their first letter as context.
    bigrams: FxHashMap<[char; 2], u32>,
    singles: FxHashMap<char, u32>,
    /// Letters as the last of a trigram.
    letters: FxHashMap<char, u32>,
    total: u32,
}

impl Orthography {
    /// The counts of `words` (a dictionary's stems).
    pub fn of_words<'w>(words: impl IntoIterator<Item = &'w str>) -> Self {
        let mut counts = Orthography::default();
        for word in words {
            counts.count(word);
        }
        counts
    }

    fn count(&mut self, word: &str) {
        let mut window = [START, START];
        for letter in padded(word) {
            *self
                .trigrams
                .entry([window[0], window[1], letter])
                .or_default() += 1;
            *self.pairs.entry(window).or_default() += 1;
            *self.bigrams.entry([window[1], letter]).or_default() += 1;
            *self.singles.entry(window[1]).or_default() += 1;
            *self.letters.entry(letter).or_default() += 1;
            self.total += 1;
            window = [window[1], letter];
        }
    }

    /// The natural logarithm of the likelihood of `spelling` (lower-cased) under the counts,
    /// each trigram's estimate backed off to its bigram's and that to its letter's.
    pub fn log_likelihood(&self, spelling: &str) -> f64 {
        let count = |n: Option<&u32>| f64::from(n.copied().unwrap_or(0));
        let vocabulary = self.letters.len() as f64 + UNSEEN_LETTERS;
        let mut window = [START, START];
        let mut sum = 0.0;
        for letter in padded(spelling) {
            let single =
                (count(self.letters.get(&letter)) + 1.0) / (f64::from(self.total) + vocabulary);
            let pair = (count(self.bigrams.get(&[window[1], letter])) + BACK_OFF * single)
                / (count(self.singles.get(&window[1])) + BACK_OFF);
            let triple = (count(self.trigrams.get(&[window[0], window[1], letter]))
                + BACK_OFF * pair)
                / (count(self.pairs.get(&window)) + BACK_OFF);
            sum += triple.ln();
            window = [window[1], letter];
        }
        sum
    }
}

/// The letters of `word` in lower case, then [`END`].
fn padded(word: &str) -> impl Iterator<Item = char> + '_ {
    word.chars()
        .flat_map(char::to_lowercase)
        .chain(std::iter::once(END))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spelling_is_likelier_in_the_language_whose_words_it_resembles() {
        let hungarian = Orthography::of_words([
            "szegény", "gyár", "csak", "kecske", "város", "sándor", "szabó", "gyula",
        ]);
        let czech = Orthography::of_words([
            "český",
            "přerov",
            "hrad",
            "město",
            "dvůr",
            "kost",
            "rybník",
            "pražský",
        ]);
        for word in ["Kecskemét", "Szeged", "Gyöngyös"] {
            assert!(
                hungarian.log_likelihood(word) > czech.log_likelihood(word),
                "{word}"
            );
        }
        for word in ["Přerov", "Hradec", "Kostelec"] {
            assert!(
                czech.log_likelihood(word) > hungarian.log_likelihood(word),
                "{word}"
            );
        }
    }

    #[test]
    fn every_spelling_has_a_finite_likelihood() {
        let few = Orthography::of_words(["ab"]);
        assert!(few.log_likelihood("Ωζ").is_finite());
        assert!(Orthography::default().log_likelihood("x").is_finite());
    }
}
