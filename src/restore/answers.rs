//! What restore asked each Hunspell dictionary and what it answered, kept on disk so that the
//! next run on the same text (or `folio check` after `folio restore`) needs no dictionary
//! parsed at all: parsing the five of `.ci/run` costs about a second of CPU, reading their
//! answers a few milliseconds.
//!
//! A cache file (see `crate::cache`) belongs to one dictionary and is named by a hash of its
//! `.aff` and `.dic` bytes and of this file's format version, so a changed dictionary or a new
//! format is never read from an old file; a damaged one reads as no answers.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::cache;

/// The first bytes of every answers file, and a version that changes whenever what is
/// stored, or how, changes: a new folio then misses every old file.
const FORMAT: cache::Format = cache::Format {
    magic: b"folio hunspell\0\0",
    version: 7,
};

/// Past this many answers a file keeps only the last run's: a cache that grew over many texts
/// would cost more to read than it saves. A run on one article asks a few hundred questions of
/// each dictionary; 476 trial texts restored one after another had left 0.8–1 MB of answers
/// for each of seven dictionaries, and reading them took a restore of this edition's source
/// from 55 ms to 155 ms (about a quarter of a microsecond an answer). Twenty thousand keep
/// a few dozen articles' answers and cost under 40 ms for seven dictionaries at the most.
pub(super) const MAX_ANSWERS: usize = 20_000;

/// A dictionary's answers, by question.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Answers {
    /// Whether the dictionary accepts a word as written.
    pub checks: BTreeMap<String, bool>,
    /// The stems a word may be with its non-ASCII letters deleted, and whether each is a
    /// proper name.
    pub stems: BTreeMap<String, Vec<(String, bool)>>,
    /// The words the dictionary accepts made by inserting the language's letters into a word.
    pub insertions: BTreeMap<String, Vec<String>>,
    /// The forms of the dictionary's stems that a word may be when its ending lost letters
    /// too (see `Dictionaries::stem_forms`).
    pub stem_forms: BTreeMap<String, Vec<String>>,
    /// The names a word may be with its accents flattened (see `Dictionaries::folded_names`).
    pub folded: BTreeMap<String, Vec<String>>,
    /// Whether the dictionary lists a word, as written, as a stem: a name that needs no
    /// letter back ("Franci", "Lupeni"), or a base form ("reka").
    pub as_written: BTreeMap<String, bool>,
    /// How likely a spelling is under the letter trigrams of the dictionary's stems (see
    /// `orthography.rs`), as its natural logarithm in thousandths.
    pub likelihoods: BTreeMap<String, i32>,
}

impl Answers {
    /// How many questions are answered.
    fn count(&self) -> usize {
        self.checks.len()
            + self.stems.len()
            + self.insertions.len()
            + self.stem_forms.len()
            + self.folded.len()
            + self.as_written.len()
            + self.likelihoods.len()
    }

    /// Whether there are more answers than a file keeps: then the next write keeps only the
    /// last run's, even where the file had them all.
    pub fn too_many(&self) -> bool {
        self.count() > MAX_ANSWERS
    }

    /// Whether every answer of `other` is here too.
    pub fn covers(&self, other: &Answers) -> bool {
        other.checks.keys().all(|k| self.checks.contains_key(k))
            && other.stems.keys().all(|k| self.stems.contains_key(k))
            && other
                .insertions
                .keys()
                .all(|k| self.insertions.contains_key(k))
            && other
                .stem_forms
                .keys()
                .all(|k| self.stem_forms.contains_key(k))
            && other.folded.keys().all(|k| self.folded.contains_key(k))
            && other
                .as_written
                .keys()
                .all(|k| self.as_written.contains_key(k))
            && other
                .likelihoods
                .keys()
                .all(|k| self.likelihoods.contains_key(k))
    }

    /// The answers to keep after a run: the earlier ones and this run's, or this run's alone
    /// when together they would be too many.
    pub fn to_keep(earlier: &Answers, asked: &Answers) -> Answers {
        if earlier.count() + asked.count() > MAX_ANSWERS {
            return asked.clone();
        }
        let mut kept = earlier.clone();
        kept.checks.extend(asked.checks.clone());
        kept.stems.extend(asked.stems.clone());
        kept.insertions.extend(asked.insertions.clone());
        kept.stem_forms.extend(asked.stem_forms.clone());
        kept.folded.extend(asked.folded.clone());
        kept.as_written.extend(asked.as_written.clone());
        kept.likelihoods.extend(asked.likelihoods.clone());
        kept
    }

    fn encode(&self) -> Vec<u8> {
        let mut out = Writer::default();
        for table in [&self.checks, &self.as_written] {
            out.count(table.len());
            for (word, answer) in table {
                out.text(word);
                out.flag(*answer);
            }
        }
        out.count(self.stems.len());
        for (word, stems) in &self.stems {
            out.text(word);
            out.count(stems.len());
            for (stem, proper) in stems {
                out.text(stem);
                out.flag(*proper);
            }
        }
        for table in [&self.insertions, &self.stem_forms, &self.folded] {
            out.count(table.len());
            for (word, spellings) in table {
                out.text(word);
                out.count(spellings.len());
                spellings.iter().for_each(|s| out.text(s));
            }
        }
        out.count(self.likelihoods.len());
        for (spelling, likelihood) in &self.likelihoods {
            out.text(spelling);
            out.number(*likelihood);
        }
        out.bytes
    }

    /// The answers in `bytes`, or none if they are not exactly what [`Answers::encode`] writes.
    fn decode(bytes: &[u8]) -> Option<Answers> {
        let mut input = Reader { bytes };
        let mut answers = Answers::default();
        for table in [&mut answers.checks, &mut answers.as_written] {
            for _ in 0..input.count()? {
                table.insert(input.text()?, input.flag()?);
            }
        }
        for _ in 0..input.count()? {
            let word = input.text()?;
            let stems = (0..input.count()?)
                .map(|_| Some((input.text()?, input.flag()?)))
                .collect::<Option<_>>()?;
            answers.stems.insert(word, stems);
        }
        for table in [
            &mut answers.insertions,
            &mut answers.stem_forms,
            &mut answers.folded,
        ] {
            for _ in 0..input.count()? {
                let word = input.text()?;
                let spellings = (0..input.count()?)
                    .map(|_| input.text())
                    .collect::<Option<_>>()?;
                table.insert(word, spellings);
            }
        }
        for _ in 0..input.count()? {
            answers.likelihoods.insert(input.text()?, input.number()?);
        }
        input.bytes.is_empty().then_some(answers)
    }
}

/// The cache file of one dictionary in a cache directory.
#[derive(Debug, Clone)]
pub struct CacheFile(cache::CacheFile);

impl CacheFile {
    /// The file for the dictionary `locale` whose files' [`cache::digest`] is `files`, in
    /// `directory`.
    pub fn new(directory: &Path, locale: &str, files: &[u8]) -> Self {
        CacheFile(cache::CacheFile::new(
            directory,
            ("hunspell", locale, "answers"),
            &FORMAT,
            &[files],
        ))
    }

    pub fn path(&self) -> PathBuf {
        self.0.path()
    }

    /// The answers stored, or none when there is no file or it is not one this version of
    /// folio wrote for these dictionary files, whole.
    pub fn read(&self) -> Option<Answers> {
        Answers::decode(&self.0.read()?)
    }

    /// Stores `answers`, and removes this dictionary's files of other keys, which an earlier
    /// version of the dictionary or of folio left.
    pub fn write(&self, answers: &Answers) -> Result<(), crate::diag::Error> {
        self.0.write(&answers.encode())
    }
}

/// Little-endian counts and numbers, length-prefixed UTF-8 texts, one-byte flags.
#[derive(Default)]
struct Writer {
    bytes: Vec<u8>,
}

impl Writer {
    fn count(&mut self, n: usize) {
        self.bytes.extend_from_slice(&(n as u32).to_le_bytes());
    }

    fn text(&mut self, text: &str) {
        self.count(text.len());
        self.bytes.extend_from_slice(text.as_bytes());
    }

    fn flag(&mut self, flag: bool) {
        self.bytes.push(u8::from(flag));
    }

    fn number(&mut self, n: i32) {
        self.bytes.extend_from_slice(&n.to_le_bytes());
    }
}

/// Reads what [`Writer`] wrote; every method answers none past the end or on a bad value.
struct Reader<'a> {
    bytes: &'a [u8],
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let (taken, rest) = self.bytes.split_at_checked(n)?;
        self.bytes = rest;
        Some(taken)
    }

    fn count(&mut self) -> Option<usize> {
        let bytes = self.take(4)?.try_into().ok()?;
        usize::try_from(u32::from_le_bytes(bytes)).ok()
    }

    fn text(&mut self) -> Option<String> {
        let n = self.count()?;
        String::from_utf8(self.take(n)?.to_vec()).ok()
    }

    fn flag(&mut self) -> Option<bool> {
        match self.take(1)? {
            [0] => Some(false),
            [1] => Some(true),
            _ => None,
        }
    }

    fn number(&mut self) -> Option<i32> {
        Some(i32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn some_answers() -> Answers {
        let mut answers = Answers::default();
        answers.checks.insert("Gerő".into(), true);
        answers.checks.insert("Gero".into(), false);
        answers
            .stems
            .insert("Kdr".into(), vec![("Kádár".into(), true)]);
        answers.stems.insert("Xyz".into(), Vec::new());
        answers
            .insertions
            .insert("Rkosi".into(), vec!["Rákosi".into()]);
        answers
            .folded
            .insert("Sandor".into(), vec!["Sándor".into()]);
        answers.likelihoods.insert("Kecskemét".into(), -24_700);
        answers
    }

    #[test]
    fn answers_read_back_as_written() {
        let dir = tempfile::tempdir().unwrap();
        let file = CacheFile::new(
            dir.path(),
            "hu_HU",
            &cache::digest(&[b"SET UTF-8\n", "1\nGerő\n".as_bytes()]),
        );
        assert_eq!(file.read(), None);
        file.write(&some_answers()).unwrap();
        assert_eq!(file.read(), Some(some_answers()));
    }

    #[test]
    fn a_damaged_file_reads_as_no_answers() {
        let dir = tempfile::tempdir().unwrap();
        let file = CacheFile::new(dir.path(), "hu_HU", &cache::digest(&[b"aff", b"dic"]));
        file.write(&some_answers()).unwrap();
        let whole = std::fs::read(file.path()).unwrap();
        // Every truncation, and every single byte changed, is refused.
        for end in 0..whole.len() {
            std::fs::write(file.path(), &whole[..end]).unwrap();
            assert_eq!(file.read(), None, "cut at {end}");
        }
        for at in 0..whole.len() {
            let mut damaged = whole.clone();
            damaged[at] ^= 0x20;
            std::fs::write(file.path(), &damaged).unwrap();
            assert_eq!(file.read(), None, "byte {at} changed");
        }
        std::fs::write(file.path(), &whole).unwrap();
        assert_eq!(file.read(), Some(some_answers()));
    }

    #[test]
    fn another_dictionary_or_format_has_another_file() {
        let dir = tempfile::tempdir().unwrap();
        let old = CacheFile::new(dir.path(), "hu_HU", &cache::digest(&[b"aff", b"dic one"]));
        let new = CacheFile::new(dir.path(), "hu_HU", &cache::digest(&[b"aff", b"dic two"]));
        let moved = CacheFile::new(dir.path(), "hu_HU", &cache::digest(&[b"affd", b"ic one"]));
        assert_ne!(old.path(), new.path());
        assert_ne!(old.path(), moved.path());
        old.write(&some_answers()).unwrap();
        assert_eq!(new.read(), None);
        // Writing the new dictionary's answers removes the old file.
        new.write(&Answers::default()).unwrap();
        assert!(!old.path().exists());
        assert_eq!(new.read(), Some(Answers::default()));
    }

    #[test]
    fn too_many_answers_keep_the_last_runs() {
        let asked = some_answers();
        let mut earlier = Answers::default();
        earlier.checks.insert("Pozna".into(), false);
        let kept = Answers::to_keep(&earlier, &asked);
        assert_eq!(kept.count(), asked.count() + 1);
        assert!(kept.covers(&asked) && kept.covers(&earlier));
        for n in 0..MAX_ANSWERS {
            earlier.checks.insert(format!("w{n}"), false);
        }
        assert_eq!(Answers::to_keep(&earlier, &asked), asked);
    }
}
