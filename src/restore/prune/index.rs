//! A dictionary's `.dic` entries filed by what of each stem must stand in a word for pruning
//! to keep it, made once per dictionary and kept in the cache: pruning then reads only the
//! entries filed under a piece of the text's words instead of every entry of every
//! dictionary, which was half of an uncached restore (1.6 G instructions of 3.3 G with the
//! seven dictionaries of `.ci/run`).
//!
//! Why this leaves out no entry pruning would keep. Pruning keeps a stem when the fewest
//! characters affixes must strip from its end (after a prefix strips a few from its start),
//! for what is left to fit an expected key, is at most what the stem's suffixes can strip
//! (`Affixes::furthest_strip`, which the `.aff` file and the line alone decide). What is
//! left of the stem when they strip all they can must then fit too, since what fits is read
//! one character at a time and every step is an expected piece. So an entry is filed under
//! the key of what is left, for each start and for the plain and the accent-folded key (an
//! entry kept whatever the text, or with nothing left, under the empty key, read for every
//! text); the entries filed under the text's pieces are then pruned exactly as the whole
//! `.dic` file would be. Measured on this edition's source, that reads the entries pruning
//! keeps and next to no others.

use std::path::Path;

use super::FNV_OFFSET;
use crate::cache;

/// The first bytes of every index file, and a version that changes whenever what is stored,
/// or what an entry is filed under (`filed_under` and what it reads in `prune.rs`), changes:
/// an index filed by other rules could leave out a stem the new ones keep.
const FORMAT: cache::Format = cache::Format {
    magic: b"folio dic index\0",
    version: 3,
};

/// A dictionary's entries, filed by key, as stored: read where they are, so that a run reads
/// only the entries and filings it needs (checking the whole file as it was read cost more
/// than pruning through it).
///
/// Little-endian 32-bit numbers: how many entries; the length of their text, then the text,
/// each entry followed by a line break, in the `.dic` file's order; where each entry starts
/// in it, then where the last one ends; how many filings; for each value of a key's first
/// 16 bits, its first filing, then the number of filings; the keys entries are filed under
/// (by [`short`] hash), ascending, one for each filing; the number of each filing's entry.
#[derive(Debug, PartialEq, Eq)]
pub struct Filed {
    bytes: Vec<u8>,
    /// How many entries there are.
    count: usize,
    /// Where the text and each table of numbers start in `bytes`, and how many filings
    /// there are.
    text: usize,
    starts: usize,
    filings: usize,
    firsts: usize,
    keys: usize,
    numbers: usize,
}

/// How many values a key's first 16 bits take: a table of where each value's filings start
/// narrows the search for a key to a few dozen filings.
const HEADS: usize = 1 << 16;

/// A key's 64-bit hash in 32 bits, half the space on disk: two keys that share it only make
/// pruning read a few more entries, never fewer.
fn short(hash: u64) -> u32 {
    (hash ^ (hash >> 32)) as u32
}

impl Filed {
    /// Files `entries`, each under the keys (as hashes) `filed_under` gives it; none for a
    /// dictionary too large to number with 32 bits.
    pub(super) fn new<'a>(
        entries: impl Iterator<Item = &'a str>,
        mut filed_under: impl FnMut(&str, &mut Vec<u64>),
    ) -> Option<Filed> {
        let mut text = String::new();
        let mut starts = Vec::new();
        let mut filings: Vec<(u32, u32)> = Vec::new();
        let mut keys = Vec::new();
        for (number, entry) in entries.enumerate() {
            let number = u32::try_from(number).ok()?;
            starts.push(u32::try_from(text.len()).ok()?);
            text.push_str(entry);
            text.push('\n');
            filed_under(entry, &mut keys);
            filings.extend(keys.iter().map(|&key| (short(key), number)));
        }
        starts.push(u32::try_from(text.len()).ok()?);
        filings.sort_unstable();
        filings.dedup();
        let mut bytes = Vec::with_capacity(text.len() + 4 * (starts.len() + 2 * filings.len() + 3));
        let put = |n: u32, bytes: &mut Vec<u8>| bytes.extend_from_slice(&n.to_le_bytes());
        put(u32::try_from(starts.len() - 1).ok()?, &mut bytes);
        put(u32::try_from(text.len()).ok()?, &mut bytes);
        bytes.extend_from_slice(text.as_bytes());
        starts.iter().for_each(|&start| put(start, &mut bytes));
        put(u32::try_from(filings.len()).ok()?, &mut bytes);
        for head in 0..=HEADS {
            let first = filings.partition_point(|&(key, _)| ((key >> 16) as usize) < head);
            put(first as u32, &mut bytes);
        }
        filings.iter().for_each(|&(key, _)| put(key, &mut bytes));
        filings
            .iter()
            .for_each(|&(_, number)| put(number, &mut bytes));
        Filed::read(bytes)
    }

    /// The entries of `bytes`, or none when its sections do not add up to its length. What
    /// they hold is checked as it is read.
    fn read(bytes: Vec<u8>) -> Option<Filed> {
        let number_at = |at: usize| -> Option<usize> {
            let four = bytes.get(at..at.checked_add(4)?)?;
            Some(u32::from_le_bytes(four.try_into().ok()?) as usize)
        };
        let count = number_at(0)?;
        let text: usize = 8;
        let starts = text.checked_add(number_at(4)?)?;
        let filings_at = starts.checked_add(count.checked_add(1)?.checked_mul(4)?)?;
        let filings = number_at(filings_at)?;
        let firsts = filings_at + 4;
        let keys = firsts + 4 * (HEADS + 1);
        let numbers = keys.checked_add(filings.checked_mul(4)?)?;
        let end = numbers.checked_add(filings.checked_mul(4)?)?;
        if end != bytes.len() {
            return None;
        }
        let filed = Filed {
            bytes,
            count,
            text,
            starts,
            filings,
            firsts,
            keys,
            numbers,
        };
        // A search must stay among the filings.
        let mut previous = 0;
        for head in 0..=HEADS {
            let first = filed.number(filed.firsts, head) as usize;
            if first < previous || first > filings {
                return None;
            }
            previous = first;
        }
        Some(filed)
    }

    /// The `i`th number of the section that starts at `section` (in range: [`Filed::read`]
    /// checked the sections' lengths).
    fn number(&self, section: usize, i: usize) -> u32 {
        let at = section + 4 * i;
        u32::from_le_bytes([
            self.bytes[at],
            self.bytes[at + 1],
            self.bytes[at + 2],
            self.bytes[at + 3],
        ])
    }

    /// The entries filed under the empty key or one of `wanted` (hashes of keys), each once,
    /// in the `.dic` file's order (which spellbook's answers can depend on: homonyms are
    /// tried in order); none if one of them is not what [`Filed::new`] stores.
    pub(super) fn under(&self, wanted: impl Iterator<Item = u64>) -> Option<Vec<&str>> {
        let mut numbers: Vec<u32> = Vec::new();
        for key in std::iter::once(FNV_OFFSET).chain(wanted).map(short) {
            let mut filing = self.first_filed_under(key);
            while filing < self.filings && self.number(self.keys, filing) == key {
                numbers.push(self.number(self.numbers, filing));
                filing += 1;
            }
        }
        numbers.sort_unstable();
        numbers.dedup();
        numbers
            .into_iter()
            .map(|number| self.entry(number as usize))
            .collect()
    }

    /// The first filing whose key is `key` or after it.
    fn first_filed_under(&self, key: u32) -> usize {
        let head = (key >> 16) as usize;
        let mut low = self.number(self.firsts, head) as usize;
        let mut high = self.number(self.firsts, head + 1) as usize;
        while low < high {
            let middle = low + (high - low) / 2;
            if self.number(self.keys, middle) < key {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        low
    }

    /// Entry `number`, without the line break that ends it.
    fn entry(&self, number: usize) -> Option<&str> {
        if number >= self.count {
            return None;
        }
        let start = self.number(self.starts, number) as usize;
        let end = self.number(self.starts, number + 1) as usize;
        let text = &self.bytes[self.text..self.starts];
        let line = text.get(start..end)?.strip_suffix(b"\n")?;
        std::str::from_utf8(line).ok()
    }

    fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

/// The cache file of a dictionary's filed entries.
pub struct FiledFile(cache::CacheFile);

impl FiledFile {
    /// The file for the dictionary `locale` whose files' [`cache::digest`] is `files`, in
    /// `directory`; named also by this folio's version, since its rules decide what is filed
    /// where.
    pub fn new(directory: &Path, locale: &str, files: &[u8]) -> Self {
        let [version, lock] = cache::made_by();
        FiledFile(cache::CacheFile::new(
            directory,
            ("hunspell", locale, "index"),
            &FORMAT,
            &[version, lock, files],
        ))
    }

    /// The entries filed, or none when there is no file or it is not one this folio wrote for
    /// these dictionary files, whole.
    pub fn read(&self) -> Option<Filed> {
        Filed::read(self.0.read()?)
    }

    /// Whether the index can be kept there: filing the entries costs more than pruning by
    /// reading them all once, so it is worth it only when the next run can read the index.
    pub fn can_be_kept(&self) -> bool {
        self.0.can_be_written()
    }

    /// Stores `filed`, and removes this dictionary's index files of other keys.
    pub fn write(&self, filed: &Filed) -> Result<(), crate::diag::Error> {
        self.0.write(filed.bytes())
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::super::{file, prune, Expected, Source};
    use super::*;

    /// A Slovak-like dictionary: aliases, a suffix allowing a second one, a prefix that strips
    /// a letter from the stem's start, and lines kept whatever the text.
    const SLOVAK: (&str, &str) = (
        "SET UTF-8\nAF 2\nAF AB\nAF DN\n\
         SFX A Y 3\nSFX A ý á ý\nSFX A ý é ý\nSFX A ý ého ý\n\
         SFX B Y 1\nSFX B a ou/C a\nSFX C Y 1\nSFX C ou ami ou\n\
         SFX D Y 1\nSFX D ček čka ček\nPFX N Y 2\nPFX N 0 ne .\nPFX N o neo o\n",
        "12\nslovenský/1\nžena/B\nPatoček/D\nveľký/2\nMáj\nxylofon\nBratislava\nmesto/N\n\
         okno/N\nStraße\nfish\\/chips\n a b\n",
    );

    /// A Hungarian-like one: compounds, a replacement table they are checked against.
    const HUNGARIAN: (&str, &str) = (
        "SET UTF-8\nCOMPOUNDFLAG X\nCHECKCOMPOUNDREP\nREP 1\nREP í i\n\
         SFX S Y 1\nSFX S 0 ban .\n",
        "6\nváros/XS\nliget/XS\nhíd/X\nhidliget\nkert/X\nzseb\n",
    );

    const TEXTS: [&str; 6] = [
        "Patoka nevelk Slovensk enami Mj Bratislava",
        "mesta nemesto neokna xylofon STRASSE",
        "Vrosligetban hdliget kertvros",
        "ab",
        "",
        "fish/chips a",
    ];

    #[test]
    fn filed_entries_prune_as_every_entry_does() {
        for (aff, dic) in [SLOVAK, HUNGARIAN] {
            let filed = file(aff, dic).unwrap();
            for text in TEXTS {
                let expected = Arc::new(Expected::new(text.split(' ')));
                let every = prune(aff, Source::Dic(dic), Arc::clone(&expected)).unwrap();
                let through_index = prune(aff, Source::Filed(&filed), expected).unwrap();
                assert_eq!(through_index.dic, every.dic, "{text:?}");
            }
        }
    }

    #[test]
    fn only_entries_filed_under_a_piece_of_the_text_are_read() {
        let (aff, dic) = SLOVAK;
        let filed = file(aff, dic).unwrap();
        let expected = Expected::new(["Patoka"]);
        let read = filed.under(expected.within(u8::MAX)).unwrap();
        // The stem and the lines kept whatever the text; not "xylofon" or "Bratislava".
        assert_eq!(read, ["Patoček/D", "Straße", "fish\\/chips", "a b"]);
    }

    #[test]
    fn filed_entries_read_back_as_written_and_damage_is_never_a_panic() {
        let (aff, dic) = SLOVAK;
        let filed = file(aff, dic).unwrap();
        let bytes = filed.bytes().to_vec();
        assert_eq!(Filed::read(bytes.clone()).as_ref(), Some(&filed));
        assert_eq!(Filed::read(bytes[..bytes.len() - 1].to_vec()), None);
        // Whatever one byte becomes, reading and asking are never a panic (in the table of
        // 65,537 first filings, a byte in every few thousand is tried).
        let expected = Expected::new(["Patoka", "xylofon", "mesto"]);
        let table = filed.firsts..filed.keys;
        let tried = (0..bytes.len()).filter(|at| !table.contains(at) || at % 4099 == 0);
        for at in tried {
            for value in [0, b'\n', 0xff] {
                let mut damaged = bytes.clone();
                damaged[at] = value;
                if let Some(read) = Filed::read(damaged) {
                    let _ = read.under(expected.within(u8::MAX));
                }
            }
        }
    }
}
