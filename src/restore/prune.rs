//! A Hunspell dictionary pruned to the stems that can take part in accepting the words a text
//! asks about: parsing a whole Czech or Polish dictionary costs 100–150 ms, and a restore asks
//! about a hundred words or so.
//!
//! Why the answers do not change. Hunspell accepts a word as one of its `.dic` file's stems,
//! or a stem with affixes (a prefix, and up to two suffixes, each stripping a few characters
//! of the stem's end and adding others), or, in a language that compounds, parts made that
//! way one after another, or (at a break character, the hyphen) parts accepted one by one. In
//! each case what is left of a stem once its affixes have stripped their characters, its
//! *core*, stands in the word unchanged. A word's *key* is its ASCII letters and digits in
//! lower case: the characters deletion leaves, and so the same for a damaged word and every
//! spelling restore tries for it. The key of a core is then a piece of the key of the word:
//! its beginning, or a few characters in when a prefix may stand before it, in a language
//! that does not compound; anywhere, in one that does. So a stem is kept when the key of its
//! core can be such a piece of the key of a word the text has ([`Expected`]), and a question
//! about a word whose key is not covered that way ([`Reach::covers`]) goes to the whole
//! dictionary. The same holds with accents folded instead of deleted ("Sandor" for
//! "Sándor"), which restore also asks about, so a stem is kept if either key fits. The
//! `.aff` file's affix rules are pruned the same way: what a rule adds stands in every word
//! it makes, but for what a second affix or a compound's seam may take of it, so a rule is
//! kept when the key of the rest can be a piece of a word's key (Hungarian keeps 7,900 of
//! its 24,000 suffix rules for this edition's source).
//!
//! How far affixes reach is read from the `.aff` file's tables, decoded as spellbook decodes
//! them (flags as bytes, pairs of bytes, numbers or UTF-16 units; `AF` aliases), per stem: a
//! suffix strips its characters only from a stem that ends with them. Features that would
//! break the argument (case rules for dotted and dotless i, input conversions or ignored
//! characters that are ASCII letters, two prefixes) leave the dictionary whole.

use std::sync::{Arc, OnceLock};

use rustc_hash::{FxHashMap, FxHashSet};

use crate::text::fold_letter;

mod index;
mod shapes;

pub use index::{Filed, FiledFile};
pub use shapes::Shapes;

/// The longest key of a word kept as expected, in characters: longer than any word of these
/// languages (Hungarian compounds run to 30 or so), short enough that the pieces of a
/// megabyte-long token (a data URI) are not all stored; a longer word is asked of the whole
/// dictionary.
const LONGEST_KEY: usize = 48;

/// The words a text may ask a dictionary about, as the pieces of their keys.
#[derive(Debug, Default)]
pub struct Expected {
    /// The words' keys, plain and accent-folded, each once.
    keys: FxHashSet<Vec<u8>>,
    /// The hash of every piece of every key, with the smallest offset in a key that it starts
    /// at.
    pieces: FxHashMap<u64, u8>,
    /// The same for the pieces of up to three characters, by [`Cursor::short`]: every stem of
    /// a dictionary is looked up by its first characters, and most are ruled out by then.
    short: Vec<u8>,
}

/// A key read one character at a time, for looking it up as it grows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Cursor {
    hash: u64,
    length: usize,
    /// While the key has at most three characters, a number only it has: its characters as
    /// base-37 digits, 1 to 36 (so that no shorter key shares it).
    short: usize,
}

/// How many values a character of a key can take: ten digits and 26 letters, and zero for
/// none, so that [`Cursor::short`] tells "a" from "0a".
const SHORT_RADIX: usize = 37;

/// The number of [`Cursor::short`] values, those of keys of up to three characters.
const SHORT_KEYS: usize = SHORT_RADIX * SHORT_RADIX * SHORT_RADIX;

impl Cursor {
    const START: Cursor = Cursor {
        hash: FNV_OFFSET,
        length: 0,
        short: 0,
    };

    fn push(self, byte: u8) -> Cursor {
        let digit = match byte {
            b'0'..=b'9' => usize::from(byte - b'0') + 1,
            _ => usize::from(byte.wrapping_sub(b'a')) % 26 + 11,
        };
        Cursor {
            hash: fnv(self.hash, byte),
            length: self.length + 1,
            short: if self.length < 3 {
                self.short * SHORT_RADIX + digit
            } else {
                0
            },
        }
    }
}

impl Expected {
    pub fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> Self {
        let mut expected = Expected::default();
        for word in words {
            for map in [key_byte, folded_byte] {
                let key: Vec<u8> = word.chars().filter_map(map).collect();
                // A text repeats its words: each key's pieces are added once.
                if key.len() <= LONGEST_KEY && !expected.keys.contains(&key) {
                    expected.add_pieces(&key, 0, key.len());
                    expected.keys.insert(key);
                }
            }
        }
        expected
    }

    /// Adds the pieces of `key` that start before `changed_end` and end after `changed_start`:
    /// all of them for `0..key.len()`.
    fn add_pieces(&mut self, key: &[u8], changed_start: usize, changed_end: usize) {
        if self.short.is_empty() {
            self.short = vec![u8::MAX; SHORT_KEYS];
        }
        for start in 0..changed_end.max(changed_start + 1).min(key.len()) {
            let offset = u8::try_from(start).unwrap_or(u8::MAX);
            let mut piece = Cursor::START;
            for (end, &byte) in (start + 1..).zip(&key[start..]) {
                piece = piece.push(byte);
                if end > changed_start {
                    let smallest = self.pieces.entry(piece.hash).or_insert(offset);
                    *smallest = (*smallest).min(offset);
                    if piece.length <= 3 {
                        let smallest = &mut self.short[piece.short];
                        *smallest = (*smallest).min(offset);
                    }
                }
            }
        }
    }

    /// The same words, and each with one of `replacements` (`REP`: from, to) made at any place
    /// it could be made in a spelling of the word: where the key of what it replaces occurs
    /// in the word's key, or anywhere when that is empty (letters outside ASCII). A language
    /// that rejects a compound which such a replacement turns into a word
    /// (`CHECKCOMPOUNDREP`) looks those words up too.
    fn with_replacements(&self, replacements: &[(String, String)]) -> Expected {
        let mut extended = Expected {
            keys: FxHashSet::default(),
            pieces: self.pieces.clone(),
            short: self.short.clone(),
        };
        let key_of = |text: &str| -> Vec<u8> { text.chars().filter_map(key_byte).collect() };
        for (from, to) in replacements {
            let (from, to) = (key_of(from), key_of(to));
            if from == to {
                continue;
            }
            for key in &self.keys {
                let places = (0..=key.len()).filter(|&at| key[at..].starts_with(&from));
                for at in places {
                    let mut variant = key[..at].to_vec();
                    variant.extend_from_slice(&to);
                    variant.extend_from_slice(&key[at + from.len()..]);
                    extended.add_pieces(&variant, at, at + to.len());
                }
            }
        }
        extended
    }

    /// Whether the key `hash` is a piece of an expected word's key starting at most `within`
    /// characters in.
    fn has(&self, hash: u64, within: u8) -> bool {
        self.pieces.get(&hash).is_some_and(|&at| at <= within)
    }

    /// The hashes of the pieces that start at most `within` characters into an expected key.
    fn within(&self, within: u8) -> impl Iterator<Item = u64> + '_ {
        self.pieces
            .iter()
            .filter(move |&(_, &at)| at <= within)
            .map(|(&hash, _)| hash)
    }

    /// The same for a key being read.
    fn has_piece(&self, piece: Cursor, within: u8) -> bool {
        if piece.length <= 3 {
            // Absent pieces hold u8::MAX, which no key (at most LONGEST_KEY long) starts at.
            self.short
                .get(piece.short)
                .is_some_and(|&at| at < u8::MAX && at <= within)
        } else {
            self.has(piece.hash, within)
        }
    }
}

/// A dictionary's `.dic` text pruned for a set of expected words, and what its answers are
/// good for.
pub struct Pruned {
    pub dic: String,
    /// The `.aff` text without the affix rules no expected word can have.
    pub aff: String,
    pub reach: Reach,
    /// What the words it accepts look like, in a language without compounds.
    pub shapes: Option<Shapes>,
}

/// The words a pruned dictionary answers for as the whole one would.
pub struct Reach {
    expected: Arc<Expected>,
    /// The language compounds, so a core may stand anywhere in a word.
    anywhere: bool,
    /// Where words are broken into parts checked one by one (`BREAK`, anchors removed).
    breaks: Vec<String>,
    /// What the input conversions (`ICONV`) replace: a word that has one is changed before it
    /// is looked up, so its key says nothing.
    converted: Vec<String>,
}

impl Reach {
    pub fn covers(&self, word: &str) -> bool {
        if self
            .converted
            .iter()
            .any(|from| word.contains(from.as_str()))
        {
            return false;
        }
        let within = if self.anywhere { u8::MAX } else { 0 };
        let expected = |part: &str| {
            [key_byte, folded_byte].into_iter().any(|map| {
                let key = part.chars().filter_map(map);
                self.expected.has(key.fold(FNV_OFFSET, fnv), within)
            })
        };
        // A part starts where the word does or after a break; its key then starts a key the
        // whole word's or a break's part covers.
        let mut after_breaks = self.breaks.iter().flat_map(|pattern| {
            word.match_indices(pattern.as_str())
                .map(|(at, found)| &word[at + found.len()..])
        });
        expected(word)
            && (self.anywhere
                || after_breaks
                    .all(|part| part.chars().all(|c| key_byte(c).is_none()) || expected(part)))
    }
}

/// Where pruning finds a dictionary's entries.
pub enum Source<'a> {
    /// The `.dic` text: every entry is read.
    Dic(&'a str),
    /// The entries filed by what they need of a word ([`file`]): only those filed under a
    /// piece the text has are read.
    Filed(&'a Filed),
}

/// The dictionary's entries with only the stems that can take part in accepting a word
/// `expected` has, or none when the `.aff` file uses something the pruning cannot allow for
/// (or cannot be read, which parsing the whole dictionary will then report).
pub fn prune(aff: &str, source: Source, expected: Arc<Expected>) -> Option<Pruned> {
    let affixes = Affixes::read(aff)?;
    let replaced;
    let pieces = if affixes.anywhere && affixes.compound_rep {
        replaced = expected.with_replacements(&affixes.replacements);
        &replaced
    } else {
        &*expected
    };
    let mut flags = Vec::new();
    let may_need = |line: &&str| affixes.may_need(line, pieces, &mut flags);
    let kept: Vec<&str> = match source {
        Source::Dic(dic) => entries(dic)?.filter(may_need).collect(),
        Source::Filed(filed) => {
            let read = filed.under(pieces.within(affixes.within))?;
            read.into_iter().filter(may_need).collect()
        }
    };
    let shapes = affixes
        .added
        .as_ref()
        .and_then(|added| Shapes::new(added, &kept, &affixes));
    let mut out = String::with_capacity(kept.iter().map(|l| l.len() + 1).sum::<usize>() + 12);
    out.push_str(&kept.len().to_string());
    for line in kept {
        out.push('\n');
        out.push_str(line);
    }
    out.push('\n');
    Some(Pruned {
        dic: out,
        aff: affixes.without_rules_none_needs(aff, pieces),
        shapes,
        reach: Reach {
            expected,
            anywhere: affixes.anywhere,
            breaks: affixes.breaks,
            converted: affixes.converted,
        },
    })
}

/// The `.dic` text's entries filed for pruning any text (see `index.rs`), or none when
/// [`prune`] would find nothing to prune by.
pub fn file(aff: &str, dic: &str) -> Option<Filed> {
    let affixes = Affixes::read(aff)?;
    let mut flags = Vec::new();
    Filed::new(entries(dic)?, |line, keys| {
        affixes.filed_under(line, &mut flags, keys)
    })
}

/// The entries of a `.dic` text: its lines after the first (the count), trimmed, empty ones
/// left out; none when it has no first line. Split by hand: `str::lines` and `str::trim` cost
/// more than deciding whether to keep a line.
fn entries(dic: &str) -> Option<impl Iterator<Item = &str>> {
    let mut lines = dic.as_bytes().split(|&b| b == b'\n');
    let mut start = lines.next()?.len() + 1;
    let entries = lines.filter_map(move |line| {
        let text = &dic[start..start + line.len()];
        start += line.len() + 1;
        Some(trim(text)).filter(|entry| !entry.is_empty())
    });
    Some(entries)
}

/// `line` without white space at its ends, as `str::trim` gives it, the ASCII way first.
fn trim(line: &str) -> &str {
    let trimmed = line.trim_ascii();
    // Unicode's white space beyond ASCII's: the vertical tab, and characters outside ASCII.
    let unusual = |byte: Option<&u8>| byte.is_some_and(|&b| b >= 0x80 || b == 0x0B);
    let bytes = trimmed.as_bytes();
    if unusual(bytes.first()) || unusual(bytes.last()) {
        trimmed.trim()
    } else {
        trimmed
    }
}

/// How the file writes flags (`FLAG`); none for a way spellbook does not know.
fn flag_type(lines: &[Row]) -> Option<FlagType> {
    let Some(line) = lines.iter().find(|line| line.first() == Some("FLAG")) else {
        return Some(FlagType::Short);
    };
    match line.get(1)? {
        "long" => Some(FlagType::Long),
        "num" => Some(FlagType::Numeric),
        "UTF-8" => Some(FlagType::Utf8),
        _ => None,
    }
}

/// The first words of a line of an `.aff` file: all that any line this module reads has.
struct Row<'a>([&'a str; 5]);

impl<'a> Row<'a> {
    /// The line's first words, split where spellbook splits them, at Unicode's white space.
    /// They are split by bytes, unless they hold a character that starts as Unicode's white
    /// space beyond ASCII's does in UTF-8 (one of four bytes): splitting the Unicode way cost
    /// most of reading Hungarian's 50,000 lines, and what follows the first words (a long
    /// morphological description) is not read at all.
    fn new(line: &'a str) -> Self {
        // ASCII's white space as Unicode counts it: with the vertical tab.
        let space = |b: u8| b.is_ascii_whitespace() || b == 0x0B;
        let mut words = [""; 5];
        let bytes = line.as_bytes();
        let mut at = 0;
        for slot in words.iter_mut() {
            at += bytes[at..].iter().take_while(|&&b| space(b)).count();
            if at == bytes.len() {
                break;
            }
            let start = at;
            while at < bytes.len() && !space(bytes[at]) {
                if matches!(bytes[at], 0xC2 | 0xE1 | 0xE2 | 0xE3) {
                    return Row::split_unicode(line);
                }
                at += 1;
            }
            *slot = &line[start..at];
        }
        Row(words)
    }

    fn split_unicode(line: &'a str) -> Self {
        let mut words = [""; 5];
        for (slot, word) in words.iter_mut().zip(line.split_whitespace()) {
            *slot = word;
        }
        Row(words)
    }

    fn get(&self, i: usize) -> Option<&'a str> {
        self.0.get(i).copied().filter(|word| !word.is_empty())
    }

    fn first(&self) -> Option<&'a str> {
        self.get(0)
    }
}

/// How flags are written (`FLAG`), as spellbook reads them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FlagType {
    /// One byte per flag (the default, whatever the file's encoding).
    Short,
    /// Two bytes per flag.
    Long,
    /// Decimal numbers separated by commas.
    Numeric,
    /// One UTF-16 unit per flag.
    Utf8,
}

/// What pruning reads of a `.dic` line.
enum Entry<'a> {
    /// A line kept whatever the text: one whose stem spellbook reads the slow way (escaped
    /// slashes, spaces, tabs), or one Hunspell also matches with other letters ("STRASSE"
    /// with "Straße").
    Kept,
    /// A stem and its flags as written (empty when it has none).
    Stem { stem: &'a str, written: &'a str },
}

impl<'a> Entry<'a> {
    fn read(line: &'a str) -> Entry<'a> {
        let (stem, written) = match line
            .bytes()
            .position(|b| matches!(b, b'/' | b'\\' | b' ' | b'\t'))
        {
            None => (line, ""),
            Some(end) if end > 0 && line.as_bytes()[end] == b'/' => {
                let rest = &line[end + 1..];
                let written = rest.split(|c: char| c.is_ascii_whitespace()).next();
                (&line[..end], written.unwrap_or(rest))
            }
            Some(_) => return Entry::Kept,
        };
        if !stem.is_ascii() && stem.contains(['ß', 'ẞ']) {
            return Entry::Kept;
        }
        Entry::Stem { stem, written }
    }
}

/// A suffix rule, as far as pruning needs it.
#[derive(Clone)]
struct Suffix {
    strip: String,
    /// How many characters of a stem it and a second suffix after it can strip in all.
    reach: usize,
}

/// A suffix rule as read, before the second suffixes it allows are known.
struct SuffixRow {
    flag: u16,
    strip: String,
    added: usize,
    /// The key of what it adds.
    key: Vec<u8>,
    continuation: Vec<u16>,
}

/// What the `.aff` file says about how far affixes reach into a stem.
struct Affixes {
    flag_type: FlagType,
    aliases: Vec<Vec<u16>>,
    /// The suffix rules of each flag, those that strip most first.
    suffixes: FxHashMap<u16, Vec<Suffix>>,
    prefix_flags: FxHashSet<u16>,
    /// The suffix flags whose rules allow a prefix after them.
    suffixes_allowing_a_prefix: FxHashSet<u16>,
    /// The rules of the suffix flags prefix rules allow after them, whatever the stem's own
    /// flags, those that strip most first.
    after_a_prefix: Vec<Suffix>,
    /// What each flag value means here, indexed by the value: filled in once the file is
    /// read, and looked up for each flag of each `.dic` line a stem's key does not rule out.
    uses: Vec<FlagUse>,
    /// The most characters a prefix strips from a stem's start.
    prefix_strip: usize,
    /// The longest key a prefix adds.
    prefix_key: usize,
    /// How many characters a stem's start may lose (to a prefix or where compound parts
    /// meet), and how far into a word's key what is left of it may start.
    leads: usize,
    within: u8,
    /// The most characters any suffix (with a second one) strips, and where compound parts
    /// meet.
    most_stripped: usize,
    anywhere: bool,
    /// Characters a compound's parts may change where they meet (`CHECKCOMPOUNDPATTERN` with
    /// a replacement, `SIMPLIFIEDTRIPLE`).
    seam: usize,
    /// The replacement table (`REP`), and whether compounds are checked against it
    /// (`CHECKCOMPOUNDREP`).
    replacements: Vec<(String, String)>,
    compound_rep: bool,
    breaks: Vec<String>,
    converted: Vec<String>,
    /// The most characters each suffix flag's rules strip, by itself.
    stripped_by: FxHashMap<u16, usize>,
    /// The keys of what the affix rules add, in a language without compounds.
    added: Option<shapes::Added>,
}

/// What one flag means to pruning.
#[derive(Debug, Clone, Copy, Default)]
struct FlagUse {
    /// The most characters its suffix rules strip, with a second suffix (none if it names no
    /// suffix).
    reach: Option<usize>,
    /// It is a prefix flag, or a suffix flag whose rules allow a prefix after them: the stem
    /// may take a prefix, and the suffixes prefix rules allow.
    prefixed: bool,
}

/// How many values a flag can take (flags are read as 16-bit numbers).
const FLAG_VALUES: usize = 1 << 16;

/// Whether an `.aff` line is a comment.
fn is_comment(line: &str) -> bool {
    line.trim_start().starts_with('#')
}

/// Whether an `.aff` line is a morphological alias (`AM`, half of Hungarian's 50,000 lines),
/// which neither pruning nor spellbook reads.
fn is_morphological_alias(line: &str) -> bool {
    line.trim_start()
        .strip_prefix("AM")
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(char::is_whitespace))
}

/// The affix rules as read, before the second suffixes they allow are known.
#[derive(Default)]
struct AffixRows {
    suffixes: Vec<SuffixRow>,
    /// The flags prefix rules allow after them.
    prefix_continuations: Vec<u16>,
    /// The keys of what the prefix rules add.
    prefix_keys: Vec<Vec<u8>>,
}

impl Affixes {
    fn read(aff: &str) -> Option<Affixes> {
        // Comments and the morphological aliases are left unsplit.
        let lines: Vec<Row> = aff
            .lines()
            .filter(|line| !is_comment(line) && !is_morphological_alias(line))
            .map(Row::new)
            .collect();
        let mut affixes = Affixes::new(flag_type(&lines)?);
        let mut rows = AffixRows::default();
        let mut i = 0;
        while i < lines.len() {
            let line = &lines[i];
            i += 1;
            i += affixes.read_line(line, &lines[i..], &mut rows)?;
        }
        // Without compounds or conversions the keys of what the rules add say what words
        // can look like (`shapes.rs`).
        if !affixes.anywhere && affixes.converted.is_empty() {
            affixes.added = Some(shapes::Added::of(&rows));
        }
        affixes.add_suffixes(rows);
        affixes.settle();
        Some(affixes)
    }

    fn new(flag_type: FlagType) -> Affixes {
        Affixes {
            flag_type,
            aliases: Vec::new(),
            suffixes: FxHashMap::default(),
            prefix_flags: FxHashSet::default(),
            suffixes_allowing_a_prefix: FxHashSet::default(),
            after_a_prefix: Vec::new(),
            uses: Vec::new(),
            prefix_strip: 0,
            prefix_key: 0,
            leads: 0,
            within: 0,
            most_stripped: 0,
            anywhere: false,
            seam: 0,
            replacements: Vec::new(),
            compound_rep: false,
            breaks: vec!["-".to_string()],
            converted: Vec::new(),
            stripped_by: FxHashMap::default(),
            added: None,
        }
    }

    /// Reads one line of the file, and the rows after it of the table it heads, if any;
    /// returns how many rows it read, or none when the file uses what pruning cannot allow
    /// for.
    fn read_line(&mut self, line: &Row, after: &[Row], rows: &mut AffixRows) -> Option<usize> {
        let Some(keyword) = line.first() else {
            return Some(0);
        };
        let table = |count: &str| -> Option<&[Row]> { after.get(..count.parse().ok()?) };
        match keyword {
            "PFX" | "SFX" => {
                let flag = self.flag(line.get(1)?)?;
                let table = table(line.get(3)?)?;
                for row in table {
                    self.read_affix(keyword, flag, row, rows)?;
                }
                Some(table.len())
            }
            "AF" if self.aliases.is_empty() => {
                let table = table(line.get(1)?)?;
                for row in table {
                    let flags = self.flag_set(row.get(1).unwrap_or(""));
                    self.aliases.push(flags);
                }
                Some(table.len())
            }
            "ICONV" | "BREAK" | "REP" | "CHECKCOMPOUNDPATTERN" => {
                let Some(table) = line.get(1).and_then(table) else {
                    // A row of a table whose head was read, or a head spellbook rejects.
                    return Some(0);
                };
                if keyword == "BREAK" {
                    // A table replaces the default break, the hyphen ("BREAK 0": none).
                    self.breaks.clear();
                }
                for row in table {
                    self.read_table_row(keyword, row)?;
                }
                Some(table.len())
            }
            _ => {
                self.read_setting(keyword, line)?;
                Some(0)
            }
        }
    }

    /// A line that is a setting of its own; none when it is one pruning cannot allow for.
    fn read_setting(&mut self, keyword: &str, line: &Row) -> Option<()> {
        match keyword {
            "LANG" => {
                let language = line.get(1)?.to_ascii_lowercase();
                // Hunspell's case rules for dotted and dotless i change a word's ASCII letters
                // when it changes case.
                let turkic = ["tr", "az", "crh"].iter().any(|l| language.starts_with(l));
                (!turkic).then_some(())
            }
            "COMPLEXPREFIXES" => None,
            "IGNORE" => {
                let letters = line.get(1)?.chars().any(|c| c.is_ascii_alphanumeric());
                (!letters).then_some(())
            }
            "SIMPLIFIEDTRIPLE" => {
                self.seam = self.seam.max(1);
                Some(())
            }
            "CHECKCOMPOUNDREP" => {
                self.compound_rep = true;
                Some(())
            }
            _ => {
                if keyword.starts_with("COMPOUND") || keyword == "ONLYINCOMPOUND" {
                    self.anywhere = true;
                }
                Some(())
            }
        }
    }

    /// A row of the `ICONV`, `BREAK`, `REP` or `CHECKCOMPOUNDPATTERN` table.
    fn read_table_row(&mut self, keyword: &str, row: &Row) -> Option<()> {
        match keyword {
            "ICONV" => {
                let from = row.get(1)?;
                if from.chars().any(|c| c.is_ascii_alphanumeric()) {
                    return None;
                }
                self.converted.push(from.to_string());
            }
            "BREAK" => {
                let pattern = row.get(1)?.trim_matches(['^', '$']);
                if !pattern.is_empty() {
                    self.breaks.push(pattern.to_string());
                }
            }
            "REP" => {
                let anchors = |w: &str| w.trim_matches(['^', '$']).replace('_', " ");
                let (from, to) = (anchors(row.get(1)?), anchors(row.get(2)?));
                self.replacements.push((from, to));
            }
            _ => {
                // CHECKCOMPOUNDPATTERN end begin [replacement]: a replacement changes the
                // characters where two compound parts meet.
                if let (Some(end), Some(begin), Some(replacement)) =
                    (row.get(1), row.get(2), row.get(3))
                {
                    if !replacement.starts_with('#') {
                        let length = |w: &str| w.split('/').next().unwrap_or("").chars().count();
                        self.seam = self.seam.max(length(end).max(length(begin)));
                    }
                }
            }
        }
        Some(())
    }

    /// A row of a `PFX` or `SFX` table: `PFX flag strip add[/continuation] condition`.
    fn read_affix(
        &mut self,
        keyword: &str,
        flag: u16,
        row: &Row,
        rows: &mut AffixRows,
    ) -> Option<()> {
        let strip = match row.get(2)? {
            "0" => "",
            strip => strip,
        };
        let add = row.get(3)?;
        let (add, continuation) = add.split_once('/').unwrap_or((add, ""));
        let add = if add == "0" { "" } else { add };
        let continuation = self.flag_set(continuation);
        let key_of =
            |add: &str| -> Vec<u8> { add.chars().filter_map(|c| key_bytes(c).0).collect() };
        if keyword == "PFX" {
            let key = key_of(add);
            self.prefix_flags.insert(flag);
            self.prefix_strip = self.prefix_strip.max(strip.chars().count());
            self.prefix_key = self.prefix_key.max(key.len());
            rows.prefix_continuations.extend(continuation);
            rows.prefix_keys.push(key);
        } else {
            rows.suffixes.push(SuffixRow {
                flag,
                strip: strip.to_string(),
                added: add.chars().count(),
                // Only a language without compounds needs it (`shapes.rs`): Hungarian's
                // file says it compounds before its 24,000 rows, which are not worked
                // through for it then.
                key: if self.anywhere {
                    Vec::new()
                } else {
                    key_of(add)
                },
                continuation,
            });
        }
        Some(())
    }

    /// Works out, once the whole file is read, how far into a stem affixes may reach.
    fn settle(&mut self) {
        let seam = if self.anywhere { self.seam } else { 0 };
        self.leads = self.prefix_strip + seam;
        self.within = if self.anywhere {
            u8::MAX
        } else {
            u8::try_from(self.prefix_key).unwrap_or(u8::MAX)
        };
        let longest_suffix = self.suffixes.values().filter_map(|rules| rules.first());
        self.most_stripped = longest_suffix.map(|rule| rule.reach).max().unwrap_or(0) + seam;
        self.uses = vec![FlagUse::default(); FLAG_VALUES];
        for (&flag, rules) in &self.suffixes {
            self.uses[usize::from(flag)].reach = rules.first().map(|rule| rule.reach);
        }
        for &flag in self
            .prefix_flags
            .iter()
            .chain(&self.suffixes_allowing_a_prefix)
        {
            self.uses[usize::from(flag)].prefixed = true;
        }
    }

    /// Files the suffix rules by flag, with how much of a stem each can strip together with a
    /// second suffix its continuation allows (which strips from what the first added, and
    /// from the stem only beyond that).
    fn add_suffixes(&mut self, rows: AffixRows) {
        let AffixRows {
            suffixes: rows,
            prefix_continuations,
            ..
        } = rows;
        let mut most_stripped: FxHashMap<u16, usize> = FxHashMap::default();
        for row in &rows {
            let most = most_stripped.entry(row.flag).or_default();
            *most = (*most).max(row.strip.chars().count());
        }
        for row in rows {
            let second = row
                .continuation
                .iter()
                .filter_map(|flag| most_stripped.get(flag))
                .map(|&strip| strip.saturating_sub(row.added))
                .max()
                .unwrap_or(0);
            if row
                .continuation
                .iter()
                .any(|f| self.prefix_flags.contains(f))
            {
                self.suffixes_allowing_a_prefix.insert(row.flag);
            }
            let reach = row.strip.chars().count() + second;
            let rules = self.suffixes.entry(row.flag).or_default();
            rules.push(Suffix {
                strip: row.strip,
                reach,
            });
        }
        // Rules differ mostly in what they add and on which condition; for how much they strip
        // one rule per stripped text (the one that reaches furthest) says it all, and a stem's
        // rules are looked through for every stem that ends close to a piece.
        self.suffixes.values_mut().for_each(furthest_first);
        // The flags prefix rules allow after them are allowed together: one list.
        let mut after_a_prefix: Vec<Suffix> = prefix_continuations
            .iter()
            .filter_map(|flag| self.suffixes.get(flag))
            .flatten()
            .cloned()
            .collect();
        furthest_first(&mut after_a_prefix);
        self.after_a_prefix = after_a_prefix;
        self.stripped_by = most_stripped;
    }

    /// One flag, as spellbook reads a rule's: its first byte, first two bytes, number or
    /// first UTF-16 unit.
    fn flag(&self, text: &str) -> Option<u16> {
        let bytes = text.as_bytes();
        match self.flag_type {
            FlagType::Short => bytes.first().map(|&b| u16::from(b)),
            FlagType::Long => Some(u16::from_ne_bytes([*bytes.first()?, *bytes.get(1)?])),
            FlagType::Numeric => text.parse().ok(),
            FlagType::Utf8 => text.encode_utf16().next(),
        }
    }

    /// A set of flags, as spellbook reads one: an alias's number when the file has aliases,
    /// else the flags written out (what cannot be read is left out: spellbook refuses such a
    /// file when it parses it whole).
    fn flag_set(&self, text: &str) -> Vec<u16> {
        let mut flags = Vec::new();
        self.read_flag_set(text, &mut flags);
        flags
    }

    /// [`Affixes::flag_set`] into `flags` (cleared first), which a caller reads a `.dic`
    /// file's hundreds of thousands of lines with without allocating for each.
    fn read_flag_set(&self, text: &str, flags: &mut Vec<u16>) {
        flags.clear();
        if self.flag_type != FlagType::Numeric && !self.aliases.is_empty() {
            if let Some(alias) = text
                .parse::<usize>()
                .ok()
                .and_then(|n| n.checked_sub(1))
                .and_then(|n| self.aliases.get(n))
            {
                flags.extend_from_slice(alias);
                return;
            }
        }
        let bytes = text.as_bytes();
        match self.flag_type {
            FlagType::Short => flags.extend(bytes.iter().map(|&b| u16::from(b))),
            FlagType::Long => flags.extend(
                bytes
                    .chunks_exact(2)
                    .map(|pair| u16::from_ne_bytes([pair[0], pair[1]])),
            ),
            FlagType::Numeric => {
                flags.extend(text.split(',').filter_map(|n| n.parse::<u16>().ok()))
            }
            FlagType::Utf8 => flags.extend(text.encode_utf16()),
        }
    }

    /// Whether the `.dic` line can take part in accepting an expected word.
    fn may_need(&self, line: &str, expected: &Expected, flags: &mut Vec<u16>) -> bool {
        let Entry::Stem { stem, written } = Entry::read(line) else {
            return true;
        };
        let needed = self.fewest_to_strip(stem, expected);
        if needed == 0 {
            return true;
        }
        // Most stems are ruled out here, before their flags are read.
        if needed > self.most_stripped {
            return false;
        }
        self.read_flag_set(written, flags);
        self.can_strip(stem, flags, needed)
    }

    /// The fewest characters affixes must strip from the stem's end for what is left to be
    /// an expected piece, with each number of characters a prefix may strip first, and
    /// allowing for a prefix before it whatever the stem's flags (which would say whether it
    /// takes one: reading them for every stem costs more than the stems this keeps).
    fn fewest_to_strip(&self, stem: &str, expected: &Expected) -> usize {
        let mut needed = usize::MAX;
        let mut rest = stem;
        // Past the most any suffix strips, how many more there are does not matter.
        let cap = self.most_stripped + 1;
        for _ in 0..=self.leads {
            needed = needed.min(unfitting_end(rest, expected, self.within, cap));
            if needed == 0 {
                return 0;
            }
            let mut chars = rest.chars();
            if chars.next().is_none() {
                break;
            }
            rest = chars.as_str();
        }
        needed
    }

    /// The keys `line` is filed under (see `index.rs`), whatever the text, as hashes: for
    /// each start [`Affixes::fewest_to_strip`] tries, the plain and the accent-folded key of
    /// what is left of the stem when affixes strip all they can from its end. For pruning to
    /// keep the line, one of these must be an expected piece, or empty (which a line that is
    /// kept whatever the text is filed under too).
    fn filed_under(&self, line: &str, flags: &mut Vec<u16>, keys: &mut Vec<u64>) {
        keys.clear();
        let Entry::Stem { stem, written } = Entry::read(line) else {
            keys.push(FNV_OFFSET);
            return;
        };
        self.read_flag_set(written, flags);
        let strippable = self.furthest_strip(stem, flags);
        let mut rest = stem;
        for _ in 0..=self.leads {
            let left = rest.chars().count().saturating_sub(strippable);
            let (mut plain, mut folded) = (FNV_OFFSET, FNV_OFFSET);
            for (p, f) in rest.chars().take(left).map(key_bytes) {
                plain = p.map_or(plain, |byte| fnv(plain, byte));
                folded = f.map_or(folded, |byte| fnv(folded, byte));
            }
            keys.extend([plain, folded]);
            let mut chars = rest.chars();
            if chars.next().is_none() {
                break;
            }
            rest = chars.as_str();
        }
        keys.sort_unstable();
        keys.dedup();
    }

    /// The most characters affixes can strip from the stem's end, whatever the text: where
    /// compound parts meet, and the furthest reach of a suffix the stem may take (with a second
    /// one after it). [`Affixes::can_strip`] is true only for `needed` up to this.
    fn furthest_strip(&self, stem: &str, flags: &[u16]) -> usize {
        let seam = if self.anywhere { self.seam } else { 0 };
        // The rules are sorted furthest first: the first that strips from this stem is it.
        let furthest = |rules: &[Suffix]| {
            rules
                .iter()
                .find(|rule| stem.ends_with(rule.strip.as_str()))
                .map_or(0, |rule| rule.reach)
        };
        let mut most = 0;
        let mut prefixed = false;
        for &flag in flags {
            let uses = self.uses[usize::from(flag)];
            prefixed |= uses.prefixed;
            if uses.reach.is_some() {
                most = most.max(furthest(&self.suffixes[&flag]));
            }
        }
        if prefixed {
            most = most.max(furthest(&self.after_a_prefix));
        }
        seam + most
    }

    /// Whether a suffix the stem may take (with a second one after it) strips `needed`
    /// characters or more from its end.
    fn can_strip(&self, stem: &str, flags: &[u16], needed: usize) -> bool {
        let seam = if self.anywhere { self.seam } else { 0 };
        let needed = needed.saturating_sub(seam);
        if needed == 0 {
            return true;
        }
        let strips = |rules: &[Suffix]| {
            rules
                .iter()
                .take_while(|rule| rule.reach >= needed)
                .any(|rule| stem.ends_with(rule.strip.as_str()))
        };
        let uses = flags
            .iter()
            .map(|&flag| (flag, self.uses[usize::from(flag)]));
        let mut prefixed = false;
        for (flag, uses) in uses {
            prefixed |= uses.prefixed;
            // The rules are looked up only for a flag whose furthest reach is far enough.
            if uses.reach.is_some_and(|reach| reach >= needed) && strips(&self.suffixes[&flag]) {
                return true;
            }
        }
        prefixed && strips(&self.after_a_prefix)
    }

    /// The `.aff` text without the `PFX` and `SFX` rows whose added text cannot stand in a
    /// word `expected` has (see [`Affixes::may_add_to`]), each table's count made the number
    /// it keeps; the text as it is when its tables are not as [`Affixes::read`] read them.
    /// Hungarian has 24,000 suffix rows, and parsing them was most of parsing its dictionary.
    fn without_rules_none_needs(&self, aff: &str, expected: &Expected) -> String {
        // The morphological aliases go too: spellbook skips them, after splitting them.
        let mut lines = aff
            .lines()
            .filter(|line| !is_comment(line) && !is_morphological_alias(line));
        let mut out = String::with_capacity(aff.len());
        let mut flags = Vec::new();
        while let Some(line) = lines.next() {
            // Most lines are neither: only a table's head is split into words here.
            let row = match line.trim_start().as_bytes() {
                [b'P' | b'S', b'F', b'X', ..] => Row::new(line),
                _ => Row([""; 5]),
            };
            let (Some(keyword @ ("PFX" | "SFX")), Some(flag), Some(cross), Some(count)) =
                (row.first(), row.get(1), row.get(2), row.get(3))
            else {
                out.push_str(line);
                out.push('\n');
                continue;
            };
            let Ok(count) = count.parse::<usize>() else {
                return aff.to_string();
            };
            let table: Vec<&str> = lines.by_ref().take(count).collect();
            if table.len() < count {
                return aff.to_string();
            }
            let kept: Vec<&str> = table
                .into_iter()
                .filter(|row| self.may_add_to(keyword, &Row::new(row), expected, &mut flags))
                .collect();
            out.push_str(&format!("{keyword} {flag} {cross} {}\n", kept.len()));
            for row in kept {
                out.push_str(row);
                out.push('\n');
            }
        }
        out
    }

    /// Whether the affix rule `row` of a `keyword` table can take part in accepting a word
    /// `expected` has. What a rule adds stands in every word it makes, but for the characters
    /// something else may take from it: where compound parts meet (at either end), a prefix's
    /// strip from a short stem's start (a suffix's first characters), and a second suffix's
    /// strip (its last ones). The key of the rest is a piece of the word's key, as a stem's
    /// core is; a rule adding `ß` is kept, as its stems are.
    fn may_add_to(
        &self,
        keyword: &str,
        row: &Row,
        expected: &Expected,
        flags: &mut Vec<u16>,
    ) -> bool {
        let Some(add) = row.get(3) else {
            return true;
        };
        let (add, continuation) = add.split_once('/').unwrap_or((add, ""));
        if add == "0" || add.contains(['ß', 'ẞ']) {
            return true;
        }
        let seam = if self.anywhere { self.seam } else { 0 };
        let (lead, tail) = if keyword == "PFX" {
            (seam, seam)
        } else {
            self.read_flag_set(continuation, flags);
            let second = flags
                .iter()
                .filter_map(|flag| self.stripped_by.get(flag))
                .max()
                .copied()
                .unwrap_or(0);
            (self.prefix_strip + seam, second + seam)
        };
        let length = add.chars().count();
        if lead + tail >= length {
            return true;
        }
        let at = |n: usize| add.char_indices().nth(n).map_or(add.len(), |(i, _)| i);
        let rest = &add[at(lead)..at(length - tail)];
        unfitting_end(rest, expected, u8::MAX, 1) == 0
    }
}

/// Suffix rules with one rule per stripped text (the one that reaches furthest), those that
/// reach furthest first.
fn furthest_first(rules: &mut Vec<Suffix>) {
    rules.sort_by(|a, b| a.strip.cmp(&b.strip).then(b.reach.cmp(&a.reach)));
    rules.dedup_by(|later, kept| later.strip == kept.strip);
    rules.sort_by_key(|rule| std::cmp::Reverse(rule.reach));
}

/// How many characters of `text` there are from the first whose key character makes its key
/// so far no expected piece (starting at most `within` characters into an expected word's
/// key) to the end, counted up to `cap`; the fewer of the plain and the accent-folded key's,
/// none when either is a piece whole. Both are worked out in one pass, and looked up once
/// while they are the same: this runs on every stem of a dictionary.
fn unfitting_end(text: &str, expected: &Expected, within: u8, cap: usize) -> usize {
    let from = |at: usize| text[at..].chars().take(cap).count();
    let mut plain = Some(Cursor::START);
    let mut folded = Some(Cursor::START);
    let mut unfitting = usize::MAX;
    for (at, c) in text.char_indices() {
        let bytes = key_bytes(c);
        if plain == folded && bytes.0 == bytes.1 {
            let (Some(so_far), Some(byte)) = (plain, bytes.0) else {
                continue;
            };
            let next = so_far.push(byte);
            if expected.has_piece(next, within) {
                (plain, folded) = (Some(next), Some(next));
                continue;
            }
            return from(at);
        }
        for (piece, byte) in [(&mut plain, bytes.0), (&mut folded, bytes.1)] {
            let (Some(so_far), Some(byte)) = (*piece, byte) else {
                continue;
            };
            let next = so_far.push(byte);
            if expected.has_piece(next, within) {
                *piece = Some(next);
            } else {
                *piece = None;
                unfitting = unfitting.min(from(at));
            }
        }
        if plain.is_none() && folded.is_none() {
            return unfitting;
        }
    }
    0
}

/// The characters of the plain and the accent-folded key `c` gives: an ASCII letter or digit
/// in lower case, nothing for the rest ("á" gives nothing and "a"). Upper-case letters
/// outside ASCII that lower-case to an ASCII one (the Kelvin sign) count, as Hunspell's case
/// folding would meet them. Latin letters are looked up in a table made once: working them
/// out (Unicode's case and decomposition tables) for every letter of every stem cost more
/// than the rest of pruning.
fn key_bytes(c: char) -> (Option<u8>, Option<u8>) {
    static LATIN: OnceLock<Vec<(Option<u8>, Option<u8>)>> = OnceLock::new();
    if c.is_ascii() {
        let byte = key_byte(c);
        return (byte, byte);
    }
    let latin = LATIN.get_or_init(|| {
        (0..LATIN_END)
            .map(|n| char::from_u32(n).map_or((None, None), |c| (key_byte(c), folded_byte(c))))
            .collect()
    });
    latin
        .get(c as usize)
        .copied()
        .unwrap_or_else(|| (key_byte(c), folded_byte(c)))
}

/// The end of Latin Extended-B, past every letter of the languages restore knows.
const LATIN_END: u32 = 0x250;

/// The character of a plain key `c` gives.
fn key_byte(c: char) -> Option<u8> {
    let lower = if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next()?
    };
    lower.is_ascii_alphanumeric().then_some(lower as u8)
}

/// The character of an accent-folded key `c` gives: "á" gives "a".
fn folded_byte(c: char) -> Option<u8> {
    key_byte(c).or_else(|| key_byte(fold_letter(c)?))
}

/// FNV-1a's 64-bit starting value.
pub(super) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// One byte into an FNV-1a hash: cheap and well spread for short keys such as stems, and each
/// piece's hash extends its start's.
pub(super) fn fnv(hash: u64, byte: u8) -> u64 {
    (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn affix_rules_no_expected_word_can_have_are_left_out() {
        let aff = "SET UTF-8\n# a comment\nSFX A Y 5\nSFX A 0 ban .\nSFX A 0 ért/B .\n\
                   SFX A 0 xyz .\nSFX A 0 ßq .\nSFX A 0 ő .\nSFX B Y 1\nSFX B rt qq rt\n\
                   PFX P Y 2\nPFX P 0 leg .\nPFX P 0 meg .\n";
        let affixes = Affixes::read(aff).unwrap();
        let expected = Expected::new(["Vrosligetban", "legszebb"]);
        // "xyz", "qq" and "meg" are in no word; "ért" stands in none either, but a second
        // suffix (B) may strip its last two letters, and "é" has no key; "ß" is kept always,
        // and so is what adds no ASCII letter.
        assert_eq!(
            affixes.without_rules_none_needs(aff, &expected),
            "SET UTF-8\nSFX A Y 4\nSFX A 0 ban .\nSFX A 0 ért/B .\nSFX A 0 ßq .\n\
             SFX A 0 ő .\nSFX B Y 0\nPFX P Y 1\nPFX P 0 leg .\n"
        );
        // A table shorter than its count is left to spellbook to refuse.
        let short = "SFX A Y 3\nSFX A 0 ban .\n";
        assert_eq!(affixes.without_rules_none_needs(short, &expected), short);
    }

    #[test]
    fn a_row_is_split_where_unicode_white_space_is() {
        let lines = [
            "SFX A Y 3",
            "  SFX\tA   ý á\t ý  ",
            "PFX\x0BN 0 ne .",
            "REP\u{a0}a b",
            "SFX B 0 ő/12 [^á]ő",
            "AF\u{2003}AB  CD",
            "",
            "   ",
            "one two three four five six",
            "a b c d e\u{a0}f",
            "a b c d ef\u{a0}",
            "SFX 1 0 ba/23 . 12 po:noun \u{a0} x",
        ];
        for line in lines {
            let mut expected = [""; 5];
            for (slot, word) in expected.iter_mut().zip(line.split_whitespace()) {
                *slot = word;
            }
            assert_eq!(Row::new(line).0, expected, "{line:?}");
        }
    }
}
