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
    version: 1,
};

/// A dictionary's entries, filed by key.
#[derive(Debug, PartialEq, Eq)]
pub struct Filed {
    /// The entries, in the `.dic` file's order, each followed by a line break.
    entries: String,
    /// Where each entry starts in `entries`, and then where the last one's line break ends.
    starts: Vec<u32>,
    /// The keys entries are filed under, by [`short`] hash, ascending, each once for each
    /// entry filed under it; `numbers` holds the entries, by number, in the same order.
    keys: Vec<u32>,
    numbers: Vec<u32>,
}

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
        let (keys, numbers) = filings.into_iter().unzip();
        Some(Filed {
            entries: text,
            starts,
            keys,
            numbers,
        })
    }

    /// The entries filed under the empty key or one of `wanted` (hashes of keys), each once,
    /// in the `.dic` file's order (which spellbook's answers can depend on: homonyms are
    /// tried in order).
    pub(super) fn under(&self, wanted: impl Iterator<Item = u64>) -> impl Iterator<Item = &str> {
        let mut numbers: Vec<u32> = Vec::new();
        for key in std::iter::once(FNV_OFFSET).chain(wanted).map(short) {
            let first = self.keys.partition_point(|&filed| filed < key);
            let filed = self.keys[first..].iter().take_while(|&&filed| filed == key);
            numbers.extend_from_slice(&self.numbers[first..first + filed.count()]);
        }
        numbers.sort_unstable();
        numbers.dedup();
        numbers
            .into_iter()
            .map(|number| self.entry(number as usize))
    }

    fn entry(&self, number: usize) -> &str {
        let (start, end) = (self.starts[number], self.starts[number + 1]);
        // Without the line break that ends it.
        &self.entries[start as usize..end as usize - 1]
    }

    /// Little-endian 32-bit numbers: how many entries, the text's length, the text, `starts`,
    /// how many filings, `keys`, `numbers`.
    fn encode(&self) -> Vec<u8> {
        let numbers = |values: &[u32], bytes: &mut Vec<u8>| {
            bytes.extend(values.iter().flat_map(|n| n.to_le_bytes()));
        };
        let mut bytes = Vec::with_capacity(
            self.entries.len() + 4 * (self.starts.len() + 2 * self.keys.len() + 3),
        );
        numbers(&[self.starts.len() as u32 - 1], &mut bytes);
        numbers(&[self.entries.len() as u32], &mut bytes);
        bytes.extend_from_slice(self.entries.as_bytes());
        numbers(&self.starts, &mut bytes);
        numbers(&[self.keys.len() as u32], &mut bytes);
        numbers(&self.keys, &mut bytes);
        numbers(&self.numbers, &mut bytes);
        bytes
    }

    /// What [`Filed::encode`] wrote, or none for bytes it could not have written: every
    /// offset and number is checked, so that a damaged file cannot make [`Filed::under`]
    /// panic.
    fn decode(bytes: &[u8]) -> Option<Filed> {
        let mut reader = Reader { bytes };
        let count = reader.number()? as usize;
        let length = reader.number()? as usize;
        let entries = String::from_utf8(reader.take(length)?.to_vec()).ok()?;
        let starts = reader.numbers(count.checked_add(1)?)?;
        let filings = reader.number()? as usize;
        let keys = reader.numbers(filings)?;
        let numbers = reader.numbers(filings)?;
        let sound = reader.bytes.is_empty()
            && starts.first() == Some(&0)
            && starts.last().map(|&end| end as usize) == Some(entries.len())
            && starts.windows(2).all(|pair| pair[0] < pair[1])
            && starts[1..]
                .iter()
                .all(|&end| entries.as_bytes()[end as usize - 1] == b'\n')
            && keys.windows(2).all(|pair| pair[0] <= pair[1])
            && numbers.iter().all(|&number| (number as usize) < count);
        sound.then_some(Filed {
            entries,
            starts,
            keys,
            numbers,
        })
    }
}

/// Reads what [`Filed::encode`] wrote; none past the end.
struct Reader<'a> {
    bytes: &'a [u8],
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let (taken, rest) = self.bytes.split_at_checked(n)?;
        self.bytes = rest;
        Some(taken)
    }

    fn number(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    fn numbers(&mut self, n: usize) -> Option<Vec<u32>> {
        let bytes = self.take(n.checked_mul(4)?)?;
        Some(
            bytes
                .chunks_exact(4)
                .map(|four| u32::from_le_bytes([four[0], four[1], four[2], four[3]]))
                .collect(),
        )
    }
}

/// The cache file of a dictionary's filed entries.
pub struct FiledFile(cache::CacheFile);

impl FiledFile {
    /// The file for the dictionary `locale` whose files hold `aff` and `dic`, in `directory`;
    /// named also by this folio's version, since its rules decide what is filed where.
    pub fn new(directory: &Path, locale: &str, aff: &[u8], dic: &[u8]) -> Self {
        let [version, lock] = cache::made_by();
        FiledFile(cache::CacheFile::new(
            directory,
            ("hunspell", locale, "index"),
            &FORMAT,
            &[version, lock, aff, dic],
        ))
    }

    /// The entries filed, or none when there is no file or it is not one this folio wrote for
    /// these dictionary files, whole.
    pub fn read(&self) -> Option<Filed> {
        Filed::decode(&self.0.read()?)
    }

    /// Stores `filed`, and removes this dictionary's index files of other keys.
    pub fn write(&self, filed: &Filed) -> Result<(), crate::diag::Error> {
        self.0.write(&filed.encode())
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
        let read: Vec<&str> = filed.under(expected.within(u8::MAX)).collect();
        // The stem and the lines kept whatever the text; not "xylofon" or "Bratislava".
        assert_eq!(read, ["Patoček/D", "Straße", "fish\\/chips", "a b"]);
    }

    #[test]
    fn filed_entries_read_back_as_written_and_damage_reads_as_none() {
        let (aff, dic) = SLOVAK;
        let filed = file(aff, dic).unwrap();
        let bytes = filed.encode();
        assert_eq!(Filed::decode(&bytes), Some(filed));
        assert_eq!(Filed::decode(&bytes[..bytes.len() - 1]), None);
        // Whatever one byte becomes, reading is never a panic, and what reads as sound can be
        // asked about.
        for at in 0..bytes.len() {
            for value in [0, 1, b'\n', 0x7f, 0xff] {
                let mut damaged = bytes.clone();
                damaged[at] = value;
                if let Some(read) = Filed::decode(&damaged) {
                    let _ = read
                        .under(Expected::new(["Patoka"]).within(u8::MAX))
                        .count();
                }
            }
        }
    }
}
