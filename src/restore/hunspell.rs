//! Hunspell dictionaries installed on the machine (`/usr/share/hunspell`, or the directories
//! in `FOLIO_HUNSPELL_PATH`), read through the `spellbook` crate so that inflected and compound
//! forms count as words. This module is the only user of spellbook.
//!
//! The dictionaries are read only when a word first needs them, and parsed only when the
//! answer to a question is not among those kept from earlier runs (`answers.rs`), then side
//! by side: finding the installed files costs a directory listing, reading them and their
//! cached answers a few milliseconds, but parsing one (Hungarian's affix file is 2 MB) costs
//! 20–200 ms.
//! For a damaged word, candidates come from three places: the dictionary's stems whose key
//! (the stem with its non-ASCII letters deleted) is the word; then, within a fixed budget of
//! dictionary look-ups, the word with one of the language's own letters inserted (two in a
//! word of up to four letters); and last, a stem whose key begins the word followed by the
//! rest of it, where the stem and its ending both lost letters.

use std::collections::BTreeMap;
use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, PoisonError};

use encoding_rs::Encoding;

use super::answers::{Answers, CacheFile};
use super::cores::on_every_core;
use super::lexicon::strip;
use super::orthography::Orthography;
use super::prune::{
    self, fnv, prune, Expected, FiledFile, Pruned, Reach, Shapes, Source, FNV_OFFSET,
};
use crate::diag::{Diagnostic, Diagnostics};
use crate::text::fold_letter;
use reading::{decode, Reading};

mod reading;

/// The environment variable listing the directories to look for dictionaries in, instead of
/// the system's: a test points it at fixture dictionaries, or at an empty directory to run as
/// on a machine with none installed.
pub const PATH_VARIABLE: &str = "FOLIO_HUNSPELL_PATH";

/// Where Debian and most Linux distributions install Hunspell dictionaries.
const SYSTEM_DIRECTORY: &str = "/usr/share/hunspell";

/// Dictionary look-ups allowed per word and dictionary when inserting letters: one inserted
/// letter in any word of a normal length, two in a word of three or four letters. A look-up
/// costs 10–40 µs, so a word costs at most a few milliseconds per dictionary.
const CHECK_BUDGET: usize = 600;

/// The longest word searched with two letters inserted. A name that lost two letters is found
/// among the stems however many it lost (`StemIndex`); the search adds the forms the affix
/// rules make, and a longer word with two of them lost gave no right repair on the
/// development and evaluation essays, while the budget let the small alphabets of German and
/// Slovene search words of up to seven and ten letters that way: 5,879 of the 13,559
/// look-ups restoring this edition's source made, none of them a word.
const LONGEST_TWICE: usize = 4;

/// The fewest characters of a word that a stem's key must account for before its ending is
/// searched ([`Dictionaries::stem_forms`]): fewer are the keys of too many stems. The stem
/// must also account for half the word at least: a short stem with a long rest is a
/// compound of chance in a language that compounds ("Kopacsi", a name with its accents
/// flattened, had become Hungarian "Kopóacsái", hound and more).
const SHORTEST_ROOT: usize = 3;

/// The most characters of a word after its stem's key that [`Dictionaries::stem_forms`]
/// searches: an inflection's ending ("-ého", "-ének", "-ove") with a letter the stem dropped.
const LONGEST_ENDING: usize = 4;

/// The fewest characters of a word's key that each part of a compound must account for
/// ([`Dictionaries::compounds`]): a Hungarian stem of three letters with one deleted has a
/// key of two ("táj", "ház" in "tjhz", tájház).
const SHORTEST_PART: usize = 2;

/// The fewest letters of a compound's part taken as written, with no letter inserted: a
/// shorter word of a language that compounds begins or ends many a word by chance ("boa" in
/// "boatmens", boatmen’s, had made Hungarian "boaátmenés").
const SHORTEST_PLAIN_PART: usize = 4;

/// Compounds checked per word and dictionary ([`Dictionaries::compounds`]): two short keys
/// may each be the key of dozens of stems, and a check costs 10–40 µs. A search the budget
/// would cut short is not made, as in [`CHECK_BUDGET`]'s.
const COMPOUND_BUDGET: usize = 400;

/// A pair of `.aff`/`.dic` files found on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Installed {
    /// The file stem, e.g. `hu_HU`.
    pub locale: String,
    /// The language code before the `_`, e.g. `hu`.
    pub language: String,
    pub aff: PathBuf,
    pub dic: PathBuf,
}

impl Installed {
    /// Whether this is the dictionary `name` asks for: its language (`hu`) or its locale.
    fn is(&self, name: &str) -> bool {
        name.eq_ignore_ascii_case(&self.language) || name == self.locale
    }
}

/// Every dictionary in the search path (`FOLIO_HUNSPELL_PATH` when set, else the system's), in
/// path order then by name; a locale found twice (or a symbolic link to a file already found,
/// such as `de_BE` to `de_DE`) counts once.
pub fn installed() -> Vec<Installed> {
    let directories: Vec<PathBuf> = match std::env::var_os(PATH_VARIABLE) {
        Some(paths) => std::env::split_paths(&paths).collect(),
        None => vec![PathBuf::from(SYSTEM_DIRECTORY)],
    };
    in_directories(&directories)
}

/// Every dictionary in `directories`, as [`installed`] finds them.
fn in_directories(directories: &[PathBuf]) -> Vec<Installed> {
    let mut found: Vec<Installed> = Vec::new();
    let mut seen_files: Vec<PathBuf> = Vec::new();
    for directory in directories {
        for dictionary in in_directory(directory) {
            let real = std::fs::canonicalize(&dictionary.dic).unwrap_or(dictionary.dic.clone());
            if found.iter().any(|f| f.locale == dictionary.locale) || seen_files.contains(&real) {
                continue;
            }
            seen_files.push(real);
            found.push(dictionary);
        }
    }
    found
}

/// The `.dic` files of one directory that have an `.aff` beside them, sorted by name.
fn in_directory(directory: &Path) -> Vec<Installed> {
    let Ok(entries) = std::fs::read_dir(directory) else {
        return Vec::new();
    };
    let mut found: Vec<Installed> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "dic"))
        .filter_map(|dic| {
            let aff = dic.with_extension("aff");
            let locale = dic.file_stem()?.to_str()?.to_string();
            let language = locale.split(['_', '-']).next()?.to_ascii_lowercase();
            aff.is_file().then_some(Installed {
                locale,
                language,
                aff,
                dic,
            })
        })
        .collect();
    found.sort_by(|a, b| a.locale.cmp(&b.locale));
    found
}

/// The letters outside ASCII that a language writes, lower case: the ones deletion can have
/// taken from its words. Languages not listed here take theirs from the dictionary's `TRY`
/// line.
fn known_letters(language: &str) -> Option<&'static str> {
    Some(match language {
        "hu" => "áéíóöőúüű",
        "cs" => "áčďéěíňóřšťúůýž",
        "sk" => "áäčďéíĺľňóôŕšťúýž",
        "pl" => "ąćęłńóśźż",
        "de" => "äöüß",
        "sl" => "čšž",
        "hr" | "bs" | "sh" => "čćđšž",
        "ro" => "ăâîșțşţ",
        "lt" => "ąčęėįšųūž",
        "lv" => "āčēģīķļņšūž",
        "fr" => "àâæçéèêëîïôœùûüÿ",
        "es" => "áéíñóúü",
        "pt" => "áâãàçéêíóôõú",
        "it" => "àèéìíîòóùú",
        "tr" => "çğıöşü",
        "en" => "",
        _ => return None,
    })
}

/// The language of a locale (`pl_PL` -> `pl`).
pub fn language_of(locale: &str) -> &str {
    locale.split(['_', '-']).next().unwrap_or(locale)
}

/// Whether a language writes every noun with a capital, so that its dictionary's capitalised
/// stems are no sign of a name ("Neue", the new, in German).
pub fn capitalises_its_nouns(language: &str) -> bool {
    matches!(language, "de" | "lb")
}

/// A candidate spelling for a damaged word, from one dictionary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub spelling: String,
    /// The locale of the dictionary that knows it, e.g. `hu_HU`.
    pub locale: String,
    /// How many characters it inserts into the damaged word.
    pub insertions: usize,
    /// Listed in the dictionary as a stem (a base form), not only made by its affix rules.
    pub stem: bool,
    /// Listed as a stem with its capital: a proper name, not a common word capitalised (never
    /// in a language that capitalises its nouns).
    pub proper: bool,
}

/// One dictionary parsed: what answers a question the cache does not hold.
struct Parsed {
    checker: spellbook::Dictionary,
    stems: StemIndex,
    letters: Letters,
    /// The words it answers for as the whole dictionary would, when it was parsed pruned
    /// for the words a text was expected to ask about (none: it is whole).
    reach: Option<Reach>,
    /// What the words it accepts look like, when it was pruned and its language does not
    /// compound: a search a word's key rules out is not made.
    shapes: Option<Shapes>,
}

/// The letters outside ASCII that a language writes, lower and upper case: the ones deletion
/// can have taken from its words.
#[derive(Clone)]
struct Letters {
    lower: Vec<char>,
    upper: Vec<char>,
}

/// A dictionary's files read, with the answers the cache holds for them.
struct Opened {
    aff: Vec<u8>,
    /// The encoding the `.aff` file declares.
    encoding: &'static Encoding,
    /// How its files are decoded, found the first time they are: most runs answer from
    /// the cache and never decode them.
    reading: OnceLock<Reading>,
    /// The `.dic` file, read only when it is needed: a run that prunes through the index
    /// (`prune/index.rs`) never reads it, and it is tens of megabytes over seven dictionaries.
    dic: OnceLock<Result<Vec<u8>, String>>,
    dic_path: PathBuf,
    letters: Letters,
    cache: Option<CacheFile>,
    /// Where the `.dic` file's entries are kept filed for pruning (`prune/index.rs`).
    filed: Option<FiledFile>,
    memo: Mutex<Memo>,
    /// The `.aff` file has compounding rules: the dictionary accepts words its stems make
    /// together (Hungarian "tájház", German "Haustür").
    compounds: bool,
}

impl Opened {
    /// How the files are decoded.
    fn reading(&self) -> Reading {
        *self
            .reading
            .get_or_init(|| Reading::of(self.encoding, &self.aff))
    }

    /// The `.dic` file's bytes, read the first time they are asked for.
    fn dic(&self) -> Result<&[u8], String> {
        let read = || std::fs::read(&self.dic_path).map_err(|e| e.to_string());
        match self.dic.get_or_init(read) {
            Ok(bytes) => Ok(bytes),
            Err(why) => Err(why.clone()),
        }
    }
}

/// The answers of the cache file and of this run.
struct Memo {
    /// The cache file's (none if it was missing or unreadable).
    earlier: Answers,
    /// This run's, whether from the cache or worked out.
    asked: Answers,
    /// The cache file was there and whole.
    cache_was_read: bool,
}

/// One of the tables of [`Answers`], by question.
type Table<T> = fn(&mut Answers) -> &mut BTreeMap<String, T>;

impl Memo {
    /// The answer to `word` in `table`, if this run or the cache has it.
    fn get<T: Clone>(&mut self, table: Table<T>, word: &str) -> Option<T> {
        if let Some(found) = table(&mut self.asked).get(word) {
            return Some(found.clone());
        }
        let found = table(&mut self.earlier).get(word)?.clone();
        table(&mut self.asked).insert(word.to_string(), found.clone());
        Some(found)
    }

    fn has<T>(&mut self, table: Table<T>, word: &str) -> bool {
        table(&mut self.asked).contains_key(word) || table(&mut self.earlier).contains_key(word)
    }
}

/// A dictionary, read the first time it is asked about a word, and parsed only when the
/// cache does not hold the answer.
struct Lazy {
    installed: Installed,
    opened: OnceLock<Result<Opened, String>>,
    /// The words questions are expected about, if they were said before it was parsed.
    expected: OnceLock<Arc<Expected>>,
    /// Parsed pruned for the expected words, or whole when none were said.
    parsed: OnceLock<Result<Parsed, String>>,
    /// Parsed whole, for a question the pruned one cannot answer.
    whole: OnceLock<Result<Parsed, String>>,
    /// Its stems' letter trigrams, counted for a likelihood the cache does not hold (none if
    /// the `.dic` file cannot be read).
    orthography: OnceLock<Option<Orthography>>,
}

impl Lazy {
    fn open(&self, cache: Option<&Path>, index: Option<&Path>) -> Option<&Opened> {
        self.opened
            .get_or_init(|| open(&self.installed, cache, index))
            .as_ref()
            .ok()
    }

    /// The files read, if [`Dictionaries::open_all`] could.
    fn opened(&self) -> Option<&Opened> {
        self.opened.get()?.as_ref().ok()
    }

    fn parsed(&self) -> Option<&Parsed> {
        let opened = self.opened()?;
        let expected = self.expected.get().cloned();
        self.parsed
            .get_or_init(|| parse(opened, expected))
            .as_ref()
            .ok()
    }

    /// The parsed dictionary that answers for `word` as the whole one would: the pruned one
    /// if `word` is within its reach, else the whole one (parsed now if it must be).
    fn parsed_for(&self, word: &str) -> Option<&Parsed> {
        let parsed = self.parsed()?;
        if parsed.reach.as_ref().is_none_or(|reach| reach.covers(word)) {
            return Some(parsed);
        }
        let opened = self.opened()?;
        self.whole.get_or_init(|| parse(opened, None)).as_ref().ok()
    }

    fn letters(&self) -> Option<&Letters> {
        self.opened().map(|opened| &opened.letters)
    }

    /// The answer to a question: from this run or the cache, else worked out from the parsed
    /// dictionary (and remembered); `fallback` when the dictionary cannot be read.
    fn answer<T: Clone>(
        &self,
        table: Table<T>,
        word: &str,
        work_out: impl FnOnce(&Parsed) -> T,
        fallback: T,
    ) -> T {
        let Some(opened) = self.opened() else {
            return fallback;
        };
        if let Some(known) = lock(&opened.memo).get(table, word) {
            return known;
        }
        let Some(parsed) = self.parsed_for(word) else {
            return fallback;
        };
        let found = work_out(parsed);
        table(&mut lock(&opened.memo).asked).insert(word.to_string(), found.clone());
        found
    }

    /// Whether the answer to a question is at hand without parsing the dictionary (or the
    /// dictionary cannot be read, so there is nothing to parse).
    fn knows<T>(&self, table: Table<T>, word: &str) -> bool {
        self.opened()
            .is_none_or(|opened| lock(&opened.memo).has(table, word))
    }

    fn check(&self, word: &str) -> bool {
        let work_out = |parsed: &Parsed| parsed.checker.check(word);
        self.answer(|a| &mut a.checks, word, work_out, false)
    }

    fn stems_for(&self, word: &str) -> Vec<(String, bool)> {
        let work_out = |parsed: &Parsed| parsed.stems_for(word);
        self.answer(|a| &mut a.stems, word, work_out, Vec::new())
    }

    /// `body` with each of its language's own letters after it that the dictionary accepts
    /// (parsing it if it must); none if its files cannot be read.
    fn with_a_letter(&self, body: &str) -> Vec<String> {
        let Some(letters) = self.letters() else {
            return Vec::new();
        };
        letters
            .lower
            .iter()
            .map(|letter| format!("{body}{letter}"))
            .filter(|form| self.check(form))
            .collect()
    }

    /// The log-likelihood of `spelling` under its stems' [`Orthography`], in thousandths,
    /// from the cache or counted from the `.dic` file; none if the files cannot be read.
    fn likelihood(&self, spelling: &str) -> Option<i32> {
        let opened = self.opened()?;
        let table: Table<i32> = |a| &mut a.likelihoods;
        if let Some(known) = lock(&opened.memo).get(table, spelling) {
            return Some(known);
        }
        let orthography = self
            .orthography
            .get_or_init(|| orthography_of(opened))
            .as_ref()?;
        // Thousandths of a nat: far finer than the differences between languages (several
        // nats a word), and a whole number the cache stores exactly.
        let found = (orthography.log_likelihood(spelling) * 1000.0).round() as i32;
        table(&mut lock(&opened.memo).asked).insert(spelling.to_string(), found);
        Some(found)
    }

    fn lists_as_written(&self, word: &str) -> bool {
        let work_out = |parsed: &Parsed| parsed.stems.lists_as_written(word);
        self.answer(|a| &mut a.as_written, word, work_out, false)
    }

    fn folded_for(&self, word: &str) -> Vec<String> {
        let work_out = |parsed: &Parsed| parsed.folded_for(word);
        self.answer(|a| &mut a.folded, word, work_out, Vec::new())
    }

    fn insertions(&self, word: &str) -> Vec<String> {
        let work_out = |parsed: &Parsed| parsed.insertions(word);
        self.answer(|a| &mut a.insertions, word, work_out, Vec::new())
    }

    /// The compounds [`Dictionaries::compounds`] finds in this dictionary, in order; none if
    /// it has no compounding rules or the budget would cut the search short. Made of the
    /// answers to the stems of each part's key and to the checks of each pair, which the
    /// cache keeps.
    fn compounds(&self, word: &str) -> Vec<String> {
        if !self.opened().is_some_and(|opened| opened.compounds) {
            return Vec::new();
        }
        let mut pairs = Vec::new();
        for at in SHORTEST_PART..=word.len().saturating_sub(SHORTEST_PART) {
            let heads = self.parts(&word[..at], true);
            if heads.is_empty() {
                continue;
            }
            // A compound's second part is a common word: a name there is chance.
            let tails = self.parts(&word[at..], false);
            for head in &heads {
                pairs.extend(tails.iter().map(|tail| format!("{head}{tail}")));
            }
            if pairs.len() > COMPOUND_BUDGET {
                return Vec::new();
            }
        }
        let mut found: Vec<String> = pairs
            .into_iter()
            .filter(|spelling| spelling != word && self.check(spelling))
            .collect();
        found.sort();
        found.dedup();
        found
    }

    /// What a compound's part whose key is `key` may be: the stems whose key it is (names
    /// too, if `names`), and `key` itself if the dictionary accepts it as written ("barlang"
    /// in "Barlangfrd": the stems' index has only those with letters outside ASCII).
    fn parts(&self, key: &str, names: bool) -> Vec<String> {
        let mut parts: Vec<String> = self
            .stems_for(key)
            .into_iter()
            .filter_map(|(stem, proper)| (names || !proper).then_some(stem))
            .collect();
        if key.len() >= SHORTEST_PLAIN_PART && self.check(key) {
            parts.push(key.to_string());
        }
        parts
    }

    /// The forms [`Dictionaries::stem_forms`] finds in this dictionary, in order.
    fn stem_forms(&self, word: &str) -> Vec<String> {
        let work_out = |parsed: &Parsed| parsed.stem_forms(word);
        self.answer(|a| &mut a.stem_forms, word, work_out, Vec::new())
    }

    /// Stores this run's answers if the cache lacks any of them, or holds too many to read
    /// quickly (best effort: a cache that cannot be written only makes the next run slower).
    fn save_answers(&self) {
        let Some(opened) = self.opened() else {
            return;
        };
        let Some(cache) = &opened.cache else {
            return;
        };
        let memo = lock(&opened.memo);
        let enough = !memo.earlier.too_many() && memo.earlier.covers(&memo.asked);
        if memo.cache_was_read && enough {
            return;
        }
        let _ = cache.write(&Answers::to_keep(&memo.earlier, &memo.asked));
    }
}

/// The lock's data, also after a thread panicked while holding it (answers are only ever
/// added whole, so what is there is sound).
fn lock(memo: &Mutex<Memo>) -> MutexGuard<'_, Memo> {
    memo.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The dictionaries a restore run may consult. Cloning shares them (and what has been read).
#[derive(Clone, Default)]
pub struct Dictionaries {
    dictionaries: Arc<Vec<Lazy>>,
    /// Where each dictionary's answers are kept between runs, if anywhere.
    cache: Option<Arc<Path>>,
    /// Where each dictionary's entries are kept filed for pruning (`prune/index.rs`), if
    /// anywhere.
    index: Option<Arc<Path>>,
    /// Candidates are the stems only: no letters are inserted (see
    /// [`Dictionaries::stems_only`]).
    stems_only: bool,
}

impl fmt::Debug for Dictionaries {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.locales()).finish()
    }
}

impl Dictionaries {
    /// No dictionary: restore uses its built-in data only (the library's default, so that
    /// its results do not depend on the machine).
    pub fn none() -> Self {
        Dictionaries::default()
    }

    /// The installed dictionaries of `languages` (codes such as `hu`, or locales such as
    /// `pt_BR`); with none named, every installed dictionary of a language that writes letters
    /// outside ASCII, which are the ones a damaged text can have lost.
    pub fn installed(languages: &[String]) -> Self {
        Dictionaries::from_installed(installed(), languages)
    }

    /// The dictionaries of `languages` found in `directories` rather than the search path, as
    /// [`Dictionaries::installed`] picks them (for tests and tools that name their own).
    pub fn found_in(directories: &[PathBuf], languages: &[String]) -> Self {
        Dictionaries::from_installed(in_directories(directories), languages)
    }

    fn from_installed(found: Vec<Installed>, languages: &[String]) -> Self {
        let wanted = |d: &Installed| {
            if languages.is_empty() {
                known_letters(&d.language) != Some("")
            } else {
                languages.iter().any(|l| d.is(l))
            }
        };
        let dictionaries = found
            .into_iter()
            .filter(wanted)
            .map(|installed| Lazy {
                installed,
                opened: OnceLock::new(),
                expected: OnceLock::new(),
                parsed: OnceLock::new(),
                whole: OnceLock::new(),
                orthography: OnceLock::new(),
            })
            .collect();
        Dictionaries {
            dictionaries: Arc::new(dictionaries),
            cache: None,
            index: None,
            stems_only: false,
        }
    }

    /// The same dictionaries (and what has been read of them), whose candidates for a word
    /// are only the stems: inserting letters costs thousands of look-ups for each unknown
    /// name, worth it only in a text that shows damage.
    pub fn stems_only(&self) -> Self {
        Dictionaries {
            stems_only: true,
            ..self.clone()
        }
    }

    /// These dictionaries, keeping their answers in `directory` between runs (see
    /// `answers.rs`), and their entries filed for pruning in the cache directory of no
    /// edition (`cache::directory(None)`, else `directory`): a dictionary's index is the same
    /// for every text, and tens of megabytes, so every edition shares it. Given no directory,
    /// or an empty path, nothing is kept.
    pub fn cached_in(self, directory: Option<PathBuf>) -> Self {
        let cache: Option<Arc<Path>> = directory
            .filter(|d| !d.as_os_str().is_empty())
            .map(Arc::from);
        let index = cache
            .as_ref()
            .map(|cache| crate::cache::directory(None).map_or(Arc::clone(cache), Arc::from));
        Dictionaries {
            cache,
            index,
            ..self
        }
    }

    pub fn is_empty(&self) -> bool {
        self.dictionaries.is_empty()
    }

    /// Says which words questions will be about (a text's words that are not English): a
    /// dictionary parsed after this keeps only the stems that can take part in accepting
    /// them (`prune.rs`), which makes parsing it several times cheaper, and a question about
    /// another word is answered by the whole dictionary, parsed then. The answers are the
    /// same either way. Only the first call counts for each dictionary.
    pub fn expect<'w>(&self, words: impl IntoIterator<Item = &'w str>) {
        if self.dictionaries.iter().all(|d| d.expected.get().is_some()) {
            return;
        }
        let expected = Arc::new(Expected::new(words));
        for dictionary in self.dictionaries.iter() {
            let _ = dictionary.expected.set(Arc::clone(&expected));
        }
    }

    /// The locales in use, e.g. `["cs_CZ", "hu_HU"]`.
    pub fn locales(&self) -> Vec<&str> {
        self.dictionaries
            .iter()
            .map(|d| d.installed.locale.as_str())
            .collect()
    }

    /// The dictionaries of `languages` for a command (every suitable one when empty); a
    /// language named that no installed dictionary provides is a warning (R105).
    pub fn for_command(languages: &[String], diags: &mut Diagnostics) -> Self {
        Dictionaries::named(languages, None, diags)
    }

    /// The dictionaries of the `languages` a restore report records (`report`, the path
    /// edition.toml gives), as [`Dictionaries::for_command`] picks them; R105 for a missing
    /// one says that the report named it, since the editor did not.
    pub fn recorded_in(report: &Path, languages: &[String], diags: &mut Diagnostics) -> Self {
        Dictionaries::named(languages, Some(report), diags)
    }

    /// The installed dictionaries of `languages`, with R105 for each that is missing;
    /// `recorded_in` is the restore report that named them, if it was not the editor.
    fn named(languages: &[String], recorded_in: Option<&Path>, diags: &mut Diagnostics) -> Self {
        let found = installed();
        for language in languages {
            if found.iter().any(|d| d.is(language)) {
                continue;
            }
            let mut diagnostic = Diagnostic::warning(
                "R105",
                format!("no Hunspell dictionary for `{language}` is installed"),
            )
            .with_hint(format!(
                "install one (Debian: apt-get install hunspell-{}), or put its .aff and .dic in \
                 a directory named in {PATH_VARIABLE}",
                language_of(language)
            ));
            if let Some(report) = recorded_in {
                diagnostic = diagnostic.with_hint(format!(
                    "the restore report {} records that restore found words in `{language}`: \
                     check looks for the same damage with the same dictionaries (edition.toml's \
                     `[restore] languages` chooses others)",
                    report.display()
                ));
            }
            diags.push(diagnostic);
        }
        Dictionaries::from_installed(found, languages)
    }

    /// Warns (R106) about each dictionary that was needed but could not be read.
    pub fn report_unreadable(&self, diags: &mut Diagnostics) {
        for dictionary in self.dictionaries.iter() {
            let failed = [
                dictionary.opened.get().map(Result::as_ref).map(Result::err),
                dictionary.parsed.get().map(Result::as_ref).map(Result::err),
                dictionary.whole.get().map(Result::as_ref).map(Result::err),
            ];
            if let Some(why) = failed.into_iter().flatten().flatten().next() {
                diags.push(
                    Diagnostic::warning(
                        "R106",
                        format!(
                            "{} could not be read: {why}",
                            dictionary.installed.dic.display()
                        ),
                    )
                    .with_hint("restore went on without it"),
                );
            }
        }
    }

    /// Keeps this run's answers in the cache directory, if there is one, for the next run.
    pub fn save_answers(&self) {
        self.dictionaries.iter().for_each(Lazy::save_answers);
    }

    /// Reads every dictionary's `.aff` file and cached answers not read yet, on every core
    /// (reading is cheap; parsing waits until an answer is not in the cache).
    fn open_all(&self) {
        let (cache, index) = (self.cache.as_deref(), self.index.as_deref());
        let unread: Vec<&Lazy> = self
            .dictionaries
            .iter()
            .filter(|d| d.opened.get().is_none())
            .collect();
        on_every_core(&unread, |dictionary| {
            dictionary.open(cache, index);
        });
    }

    /// Makes every dictionary ready to answer a question: those whose answer is not at hand
    /// are parsed, on every core. A word that needs the dictionaries needs all of them (a
    /// damaged name is looked for in each), and parsing one takes 5–80 ms, so parsing them
    /// together is what the user waits for least.
    ///
    /// The one with the largest `.aff` file goes first: Hungarian's 24,000 suffix rules make
    /// it cost as much as the six others together, on one core while they share the other.
    /// (The size tells little among the others: Czech's small file costs twice Polish's.)
    fn prepare<T>(&self, table: Table<T>, word: &str) {
        self.prepare_picked(table, word, |_| true);
    }

    /// [`Dictionaries::prepare`] for the dictionaries of the locales `among` picks only: one
    /// not asked has no answer to keep, and would be parsed on every run.
    fn prepare_picked<T>(&self, table: Table<T>, word: &str, among: impl Fn(&str) -> bool) {
        self.open_all();
        let mut unparsed: Vec<&Lazy> = self
            .picked(among)
            .filter(|d| d.parsed.get().is_none() && !d.knows(table, word))
            .collect();
        unparsed.sort_by_key(|d| std::cmp::Reverse(d.opened().map_or(0, |o| o.aff.len())));
        on_every_core(&unparsed, |dictionary| {
            dictionary.parsed();
        });
    }

    /// The locales of the dictionaries that accept `word` as written (reading them as needed).
    pub fn accepting(&self, word: &str) -> Vec<&str> {
        self.accepting_dictionaries(word)
            .into_iter()
            .map(|installed| installed.locale.as_str())
            .collect()
    }

    /// The dictionaries that accept `word` as written (reading them as needed).
    fn accepting_dictionaries(&self, word: &str) -> Vec<&Installed> {
        self.prepare(|a| &mut a.checks, word);
        self.dictionaries
            .iter()
            .filter(|d| d.check(word))
            .map(|d| &d.installed)
            .collect()
    }

    /// The languages (codes such as `cs`) whose dictionaries accept any of `words` as
    /// written, in order: where a text's repairs and candidates came from.
    pub fn languages_accepting<'w>(&self, words: impl IntoIterator<Item = &'w str>) -> Vec<String> {
        let languages: BTreeSet<&str> = words
            .into_iter()
            .flat_map(|word| self.accepting_dictionaries(word))
            .map(|installed| installed.language.as_str())
            .collect();
        languages.into_iter().map(String::from).collect()
    }

    /// For each of `languages` with a dictionary that can be read, the log-likelihood of each
    /// of `spellings` under the letter trigrams of its first dictionary's stems (see
    /// `orthography.rs`). Asked only when the languages of a text's repairs tie: counting a
    /// dictionary's stems costs tens of milliseconds, so the answers are cached.
    pub fn likelihoods(&self, spellings: &[&str], languages: &[&str]) -> Vec<(String, Vec<f64>)> {
        self.open_all();
        let firsts: Vec<&Lazy> = languages
            .iter()
            .filter_map(|language| {
                self.dictionaries
                    .iter()
                    .find(|d| d.installed.language == *language)
            })
            .collect();
        on_every_core(&firsts, |dictionary| {
            let likelihoods = spellings
                .iter()
                .map(|spelling| Some(f64::from(dictionary.likelihood(spelling)?) / 1000.0))
                .collect::<Option<Vec<f64>>>()?;
            Some((dictionary.installed.language.clone(), likelihoods))
        })
        .into_iter()
        .flatten()
        .collect()
    }

    /// The locales of the dictionaries that list `word` (ASCII letters, capitalised) as a
    /// name as written, a stem of their own ("Franci" in Slovene, "Lupeni" in Romanian), not
    /// a form their affix rules make of another ("Hodovo" of Czech "Hodov").
    pub fn naming(&self, word: &str) -> Vec<&str> {
        if !word.starts_with(|c: char| c.is_ascii_uppercase()) {
            return Vec::new();
        }
        // Only the dictionaries asked are made ready: German's, never asked, had been parsed
        // on every run for want of an answer to keep.
        self.listing(word, |language| !capitalises_its_nouns(language))
    }

    /// Whether the dictionary of `locale` compounds its stems (Hungarian, German), so that it
    /// accepts by chance what a word that lost letters leaves ("faades", façades, as a
    /// Hungarian compound); a Slavic or Romanian dictionary's forms come from its affix rules
    /// alone, and are as telling as its stems.
    pub fn compounds_words(&self, locale: &str) -> bool {
        self.dictionaries
            .iter()
            .filter(|d| d.installed.locale == locale)
            .any(|d| d.opened().is_some_and(|opened| opened.compounds))
    }

    /// Whether a dictionary of `language` lists `word` (ASCII letters) as a stem as written,
    /// not only as a form its affix rules make ("reka", a Slovene noun; not "pozna", a form of
    /// Polish "poznać").
    pub fn has_stem(&self, word: &str, language: &str) -> bool {
        !self.listing(word, |l| l == language).is_empty()
    }

    /// The locales of the dictionaries of the languages `among` picks that list `word` as a
    /// stem as written (making ready only those).
    fn listing(&self, word: &str, among: impl Fn(&str) -> bool) -> Vec<&str> {
        let picks = |locale: &str| among(language_of(locale));
        self.prepare_picked(|a| &mut a.as_written, word, picks);
        self.picked(picks)
            .filter(|d| d.lists_as_written(word))
            .map(|d| d.installed.locale.as_str())
            .collect()
    }

    /// Whether any dictionary accepts `word` as written.
    pub fn contains(&self, word: &str) -> bool {
        !self.accepting(word).is_empty()
    }

    /// The dictionaries' stems (base forms) that `word` may have been before its non-ASCII
    /// letters were deleted, without the search by inserting letters.
    pub fn stems(&self, word: &str) -> Vec<Candidate> {
        self.prepare(|a| &mut a.stems, word);
        let mut found = Vec::new();
        for dictionary in self.dictionaries.iter() {
            let names = !capitalises_its_nouns(&dictionary.installed.language);
            for (spelling, proper) in dictionary.stems_for(word) {
                let locale = &dictionary.installed.locale;
                let mut candidate = Candidate::new(spelling, word, locale, true);
                candidate.proper = proper && names;
                found.push(candidate);
            }
        }
        found
    }

    /// The names (capitalised stems) that `word` may be with its accents flattened rather
    /// than deleted ("Sandor": Hungarian "Sándor"), each with the locales of the
    /// dictionaries that have it.
    pub fn folded_names(&self, word: &str) -> Vec<(String, Vec<String>)> {
        self.prepare(|a| &mut a.folded, word);
        let mut found: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for dictionary in self.dictionaries.iter() {
            for name in dictionary.folded_for(word) {
                found
                    .entry(name)
                    .or_default()
                    .push(dictionary.installed.locale.clone());
            }
        }
        found.into_iter().collect()
    }

    /// The other spellings the dictionaries that accept `spelling` know with its last letter,
    /// one of their language's own letters, replaced by another of them ("Banský": "Banská",
    /// "Banské"), each once, in order.
    pub fn other_endings(&self, spelling: &str) -> Vec<String> {
        let Some(last) = spelling.chars().next_back() else {
            return Vec::new();
        };
        let body = &spelling[..spelling.len() - last.len_utf8()];
        let mut found = BTreeSet::new();
        // Each dictionary is parsed if it must be, one after another: this is asked seldom, and
        // of the dictionaries with the word's last letter only.
        self.open_all();
        for dictionary in self.dictionaries.iter() {
            let Some(letters) = dictionary.letters() else {
                continue;
            };
            if !letters.lower.contains(&last) || !dictionary.check(spelling) {
                continue;
            }
            let forms = dictionary.with_a_letter(body);
            found.extend(forms.into_iter().filter(|form| form != spelling));
        }
        found.into_iter().collect()
    }

    /// Whether a dictionary of one of `locales` knows `word` with one of its language's own
    /// letters added at the end ("vysiela", a verb, and "vysielač", a noun): a word whose
    /// ending deletion may have taken. Asked seldom, so the dictionaries are parsed one after
    /// another if they must be.
    pub fn extends_by_a_letter(&self, word: &str, locales: &[&str]) -> bool {
        self.open_all();
        self.dictionaries
            .iter()
            .filter(|dictionary| locales.contains(&dictionary.installed.locale.as_str()))
            .any(|dictionary| !dictionary.with_a_letter(word).is_empty())
    }

    /// Spellings that `word` (ASCII letters) may have been before its non-ASCII letters were
    /// deleted: the stems with this key in every dictionary; if there are none and the word
    /// is capitalised, what inserting one or two of each language's letters makes (as many
    /// as the look-up budget allows); for a lower-case word whose stems all need two letters
    /// or more, what the stems' languages make with fewer; if all that finds nothing, the
    /// [forms of stems](Dictionaries::stem_forms) that lost letters in their endings too.
    /// Every candidate only adds to the word's characters.
    pub fn candidates(&self, word: &str) -> Vec<Candidate> {
        let found = self.stems_and_insertions(word);
        // Only for names, as inserting is: a lower-case word the English list lacks ("karst")
        // is made a form of anything ("karóst" in Hungarian). A lower-case word is searched
        // in the language of its text or of the words beside it
        // ([`Dictionaries::inserting_then_stem_forms`]).
        if found.is_empty() && word.starts_with(char::is_uppercase) {
            return self.stem_forms(word, |_| true);
        }
        found
    }

    /// What [`Dictionaries::inserting`] finds in the dictionaries of the locales `among`
    /// picks, or if that is nothing, the [forms of stems](Dictionaries::stem_forms) that lost
    /// letters in their endings too.
    pub fn inserting_then_stem_forms(
        &self,
        word: &str,
        among: impl Fn(&str) -> bool,
    ) -> Vec<Candidate> {
        let found = self.inserting(word, &among);
        if found.is_empty() {
            return self.stem_forms(word, among);
        }
        found
    }

    /// [`Dictionaries::candidates`] without the forms of stems whose endings lost letters
    /// too: what a possessive's stem may be, since an English possessive follows a name's
    /// base form, not a foreign inflection.
    pub fn stems_and_insertions(&self, word: &str) -> Vec<Candidate> {
        let mut found = self.stems(word);
        // Inserting letters costs look-ups and finds inflected forms of anything ("Stalinism"
        // -> Czech "Stalinismů"): only for names, and only when no dictionary has a stem.
        if found.is_empty() && word.starts_with(char::is_uppercase) {
            return self.inserting(word, |_| true);
        }
        // A lower-case word whose stems all need two letters or more may be a form of the
        // same language that needs fewer ("Zawrt gowy" is Polish "głowy", of the head, not
        // the stem "łęgowy"): those are searched too, so that the stem is not taken for want
        // of them. (Other languages' forms are chance: Hungarian makes "sasénos" of the
        // Slovak "súčasnosť"'s letters.)
        let fewest = found.iter().map(|c| c.insertions).min();
        if let (Some(fewest @ 2..), true) = (fewest, word.starts_with(char::is_lowercase)) {
            let stem_locales: Vec<String> = found.iter().map(|c| c.locale.clone()).collect();
            let forms = self.inserting(word, |locale| stem_locales.iter().any(|l| l == locale));
            found.extend(forms.into_iter().filter(|c| c.insertions < fewest));
        }
        found
    }

    /// The forms of the dictionaries' stems that `word` may be when it lost letters both in
    /// its stem and in its ending, which neither the stems' keys nor one inserted letter
    /// find: a stem whose key begins the word ("svt", svätý, in "svtho"), without up to two
    /// of its last characters (the ending an inflection replaces), followed by the rest of
    /// the word with none or one of the language's letters inserted ("svätého", of the
    /// saint), in the dictionaries of the locales `among` picks. Only forms the dictionary
    /// accepts, with the fewest inserted letters, from as many of the word's beginnings,
    /// longest first, as the look-up budget allows; none from dictionaries that give [stems
    /// only](Dictionaries::stems_only).
    pub fn stem_forms(&self, word: &str, among: impl Fn(&str) -> bool) -> Vec<Candidate> {
        if self.stems_only || !word.is_ascii() {
            return Vec::new();
        }
        self.prepare_picked(|a| &mut a.stem_forms, word, &among);
        let mut found = Vec::new();
        for dictionary in self.picked(among) {
            for spelling in dictionary.stem_forms(word) {
                let locale = &dictionary.installed.locale;
                // A lower-case word whose first letter was deleted may have lost a capital
                // with it ("ametovka": the Žametovka grape, or žametovka): the dictionary
                // accepts both, and the words around it decide, as for stems.
                if let Some(capitalised) = with_a_lost_capital(&spelling, word) {
                    if dictionary.check(&capitalised) {
                        found.push(Candidate::new(capitalised, word, locale, false));
                    }
                }
                found.push(Candidate::new(spelling, word, locale, false));
            }
        }
        // Forms that insert more letters than the fewest are chance more often than not
        // (Czech "íránčina" for the Slovene "črnina" in "rnina").
        let fewest = found.iter().map(|c| c.insertions).min().unwrap_or(0);
        found.retain(|c| c.insertions == fewest);
        found
    }

    /// What inserting one or two letters of their language into `word` makes that the
    /// dictionaries of the locales `among` picks accept (as many as the look-up budget
    /// allows), without the stems; none from dictionaries that give [stems
    /// only](Dictionaries::stems_only).
    pub fn inserting(&self, word: &str, among: impl Fn(&str) -> bool) -> Vec<Candidate> {
        if self.stems_only {
            return Vec::new();
        }
        self.search_ahead(&[word], &among);
        self.found_by(word, among, Lazy::insertions)
    }

    /// The compounds of two stems that `word` may be when both parts lost letters, or one
    /// did, in the dictionaries of the locales `among` picks that compound: a stem whose key
    /// begins the word followed by one (a common word) whose key ends it, joined as the
    /// dictionary accepts them ("tjhz": tájház, of táj and ház; "Barlangfrd": Barlangfürdő).
    /// Neither the stems' keys nor inserting letters find these: the compound is no stem, and
    /// its lost letters are more than a search inserts. None from dictionaries that give
    /// [stems only](Dictionaries::stems_only).
    pub fn compounds(&self, word: &str, among: impl Fn(&str) -> bool) -> Vec<Candidate> {
        if self.stems_only || !word.is_ascii() {
            return Vec::new();
        }
        self.open_all();
        self.found_by(word, among, Lazy::compounds)
    }

    /// The spellings `search` finds for `word` in each dictionary of the locales `among`
    /// picks, as candidates of no stem.
    fn found_by(
        &self,
        word: &str,
        among: impl Fn(&str) -> bool,
        search: impl Fn(&Lazy, &str) -> Vec<String>,
    ) -> Vec<Candidate> {
        self.picked(among)
            .flat_map(|dictionary| {
                let locale = &dictionary.installed.locale;
                let found = search(dictionary, word);
                found
                    .into_iter()
                    .map(move |spelling| Candidate::new(spelling, word, locale, false))
            })
            .collect()
    }

    /// The dictionaries of the locales `among` picks, in order.
    fn picked(&self, among: impl Fn(&str) -> bool) -> impl Iterator<Item = &Lazy> {
        self.dictionaries
            .iter()
            .filter(move |d| among(&d.installed.locale))
    }

    /// Makes the searches [`Dictionaries::inserting`] makes for each of `words` and the
    /// locales `among` picks, side by side, and keeps their answers: those not in the cache
    /// cost a few thousand look-ups each (milliseconds in a language that compounds), and a
    /// caller that will ask about many words asks them one by one afterwards at no cost.
    pub fn search_ahead(&self, words: &[&str], among: impl Fn(&str) -> bool) {
        if self.stems_only {
            return;
        }
        let searches: Vec<(&str, &Lazy)> = words
            .iter()
            .flat_map(|&word| {
                let searched = self.dictionaries.iter().filter(|d| {
                    among(&d.installed.locale) && !d.knows(|a| &mut a.insertions, word)
                });
                searched.map(move |dictionary| (word, dictionary))
            })
            .collect();
        on_every_core(&searches, |(word, dictionary)| dictionary.insertions(word));
    }
}

impl Candidate {
    fn new(spelling: String, word: &str, locale: &str, stem: bool) -> Self {
        Candidate {
            insertions: spelling.chars().count() - word.chars().count(),
            spelling,
            locale: locale.to_string(),
            stem,
            proper: false,
        }
    }
}

impl Parsed {
    /// The names this dictionary has whose accents folded are `word`, that it accepts, and
    /// that are not `word` itself.
    fn folded_for(&self, word: &str) -> Vec<String> {
        let mut out: Vec<String> = self
            .stems
            .folded(word)
            .into_iter()
            .filter(|stem| *stem != word && self.checker.check(stem))
            .map(String::from)
            .collect();
        out.sort();
        out
    }

    /// The stems whose key is `word`, or (for a capitalised word) whose key is `word` with a
    /// lower-case first letter, capitalised then; each one the dictionary accepts as written,
    /// with whether the dictionary lists it with its capital (a proper name).
    fn stems_for(&self, word: &str) -> Vec<(String, bool)> {
        let mut out: Vec<(String, bool)> = Vec::new();
        let decapitalised = with_first(word, char::to_lowercase);
        for (key, recapitalise) in [(word, false), (decapitalised.as_str(), true)] {
            if recapitalise && key == word {
                continue;
            }
            for stem in self.stems.get(key) {
                let spelling = if recapitalise {
                    with_first(stem, char::to_uppercase)
                } else {
                    stem.to_string()
                };
                // Only inserts: a lower-case entry starting with a deleted letter would lower
                // the word's capital when capitalised ("Erne" must not become "Čeríne").
                if strip(&spelling) == word
                    && !out.iter().any(|(s, _)| *s == spelling)
                    && self.checker.check(&spelling)
                {
                    let proper = !recapitalise && spelling.starts_with(char::is_uppercase);
                    out.push((spelling, proper));
                }
            }
        }
        out.sort();
        out
    }

    /// The words the dictionary accepts made by inserting one letter of the language into
    /// `word`, or two in a short word when no single one does and the budget allows. A search
    /// the budget would cut short is not made: it could miss the true spelling and rank a false
    /// one first.
    fn insertions(&self, word: &str) -> Vec<String> {
        if self.shapes.as_ref().is_some_and(|s| !s.may_make(word)) {
            return Vec::new();
        }
        let once: Vec<String> = self.insert_one(word);
        if once.len() > CHECK_BUDGET {
            return Vec::new();
        }
        let mut accepted: Vec<String> = once
            .iter()
            .filter(|c| self.checker.check(c))
            .cloned()
            .collect();
        let short = word.chars().count() <= LONGEST_TWICE;
        if accepted.is_empty()
            && short
            && once.len() + twice_count(word, once.len()) <= CHECK_BUDGET
        {
            let twice: BTreeSet<String> = once
                .iter()
                .flat_map(|first| self.insert_one(first))
                .filter(|c| strip(c) == word)
                .collect();
            accepted = twice
                .into_iter()
                .filter(|c| self.checker.check(c))
                .collect();
        }
        accepted.sort();
        accepted
    }

    /// The forms of stems whose key begins `word` that the dictionary accepts (see
    /// [`Dictionaries::stem_forms`]). The longest beginnings first: the more of the word a
    /// stem accounts for, the likelier its form; where the budget ends, the shorter ones are
    /// not searched.
    fn stem_forms(&self, word: &str) -> Vec<String> {
        if self.shapes.as_ref().is_some_and(|s| !s.may_make(word)) {
            return Vec::new();
        }
        let mut tried = BTreeSet::new();
        let cuts = (SHORTEST_ROOT..word.len()).filter(|cut| word.len() - cut <= LONGEST_ENDING);
        for cut in cuts.rev() {
            let mut forms = tried.clone();
            for (stem, _) in self.stems_for(&word[..cut]) {
                forms.extend(forms_of(&stem, word, &self.letters.lower));
            }
            if forms.len() > CHECK_BUDGET {
                break;
            }
            tried = forms;
        }
        tried
            .into_iter()
            .filter(|form| self.checker.check(form))
            .collect()
    }

    /// `word` with one letter of the language inserted at each place a letter can go: not
    /// before a capital (a capitalised word keeps its capital first), in capitals inside a
    /// word set in capitals, and either case at the start of a lower-case word.
    fn insert_one(&self, word: &str) -> Vec<String> {
        let all_caps = word.chars().filter(|c| c.is_alphabetic()).count() > 1
            && !word.chars().any(char::is_lowercase);
        let mut out = Vec::new();
        for (at, next) in word
            .char_indices()
            .map(|(i, c)| (i, Some(c)))
            .chain(std::iter::once((word.len(), None)))
        {
            let letters: Vec<char> = match (at, next) {
                (_, Some(c)) if at == 0 && c.is_uppercase() => continue,
                (0, _) => {
                    let Letters { lower, upper } = &self.letters;
                    lower.iter().chain(upper).copied().collect()
                }
                _ if all_caps => self.letters.upper.clone(),
                _ => self.letters.lower.clone(),
            };
            for letter in letters {
                let mut candidate = String::with_capacity(word.len() + 4);
                candidate.push_str(&word[..at]);
                candidate.push(letter);
                candidate.push_str(&word[at..]);
                out.push(candidate);
            }
        }
        out
    }
}

/// The spellings of `word` made of `stem`'s beginning and the rest of `word` (see
/// [`Dictionaries::stem_forms`]): the stem without none, one or two of its last characters,
/// as long as what is left still has a letter outside ASCII (a plain beginning is what
/// inserting letters searches) and its key begins the word and is [`SHORTEST_ROOT`]
/// characters and half the word at least; then the word's remaining letters, with none or
/// one of `letters` inserted among them.
fn forms_of(stem: &str, word: &str, letters: &[char]) -> Vec<String> {
    let mut forms = Vec::new();
    let mut root = stem;
    for _ in 0..=2 {
        let key = strip(root);
        let short = key.len() < SHORTEST_ROOT || key.len() * 2 < word.len();
        if root.is_ascii() || short || !word.starts_with(key.as_str()) {
            break;
        }
        let rest = &word[key.len()..];
        forms.push(format!("{root}{rest}"));
        for at in 0..=rest.len() {
            for letter in letters {
                forms.push(format!("{root}{}{letter}{}", &rest[..at], &rest[at..]));
            }
        }
        let Some(last) = root.chars().next_back() else {
            break;
        };
        root = &root[..root.len() - last.len_utf8()];
    }
    forms
}

/// `spelling` with a capital first letter, when it is lower case and its first letter is one
/// deleted from `word` (which then starts in lower case after it).
fn with_a_lost_capital(spelling: &str, word: &str) -> Option<String> {
    let first = spelling.chars().next()?;
    let inserted = first.is_lowercase() && !word.starts_with(first);
    inserted.then(|| with_first(spelling, char::to_uppercase))
}

/// How many different words inserting two letters into `word` makes, given how many one
/// letter makes (`once`: `places` × `letters`), counted rather than built so that a search the
/// budget rules out costs nothing: two letters at two different places, or both at one place
/// in either order, `places` × (`places` + 1) / 2 × `letters`². A capitalised word, the only
/// kind searched, has no place before its first letter, so its places are its letters.
fn twice_count(word: &str, once: usize) -> usize {
    let places = word.chars().count();
    let letters = once / places.max(1);
    places * (places + 1) / 2 * letters * letters
}

/// `word` with its first character mapped by `case`.
fn with_first<I: Iterator<Item = char>>(word: &str, case: impl Fn(char) -> I) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| case(c).chain(chars).collect())
        .unwrap_or_default()
}

/// Reads a dictionary's `.aff` file (the `.dic` file waits until it is needed, see
/// [`Opened::dic`]) and the answers cached for them in `cache` (a directory), and names the
/// file of its entries filed in `index`; the error says why the files could not be read.
fn open(
    installed: &Installed,
    cache: Option<&Path>,
    index: Option<&Path>,
) -> Result<Opened, String> {
    let aff = std::fs::read(&installed.aff).map_err(|e| e.to_string())?;
    let encoding = declared_encoding(&aff)?;
    let lower: Vec<char> = match known_letters(&installed.language) {
        Some(letters) => letters.chars().collect(),
        None => try_letters(&decode(encoding, &aff)),
    };
    let upper = lower
        .iter()
        .flat_map(|c| c.to_uppercase())
        .filter(|c| !c.is_ascii() && !lower.contains(c))
        .collect();
    let files = crate::cache::digest(&[&aff, &dic_stamp(&installed.dic)?]);
    let filed = index.map(|directory| FiledFile::new(directory, &installed.locale, &files));
    let cache = cache.map(|directory| CacheFile::new(directory, &installed.locale, &files));
    let earlier = cache.as_ref().and_then(CacheFile::read);
    Ok(Opened {
        letters: Letters { lower, upper },
        memo: Mutex::new(Memo {
            cache_was_read: earlier.is_some(),
            earlier: earlier.unwrap_or_default(),
            asked: Answers::default(),
        }),
        compounds: has_compound_rules(&aff),
        encoding,
        reading: OnceLock::new(),
        aff,
        dic: OnceLock::new(),
        dic_path: installed.dic.clone(),
        cache,
        filed,
    })
}

/// Whether an `.aff` file declares compounding (`COMPOUNDFLAG`, `COMPOUNDRULE`,
/// `COMPOUNDBEGIN` and the rest): keywords are ASCII in every encoding.
fn has_compound_rules(aff: &[u8]) -> bool {
    aff.split(|&b| b == b'\n')
        .any(|line| line.trim_ascii_start().starts_with(b"COMPOUND"))
}

/// What stands for a `.dic` file's bytes in the key of its cache files: its size, its times
/// of change and its inode, as git's index tells a changed file from an unchanged one without
/// reading it. Updating a dictionary (a package, an editor, a copy) changes its change time
/// at least, which no program can set. Reading and hashing the seven dictionaries of
/// `.ci/run` instead cost a tenth of an uncached restore.
#[cfg(unix)]
fn dic_stamp(path: &Path) -> Result<Vec<u8>, String> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    let numbers = [
        meta.len() as i64,
        meta.mtime(),
        meta.mtime_nsec(),
        meta.ctime(),
        meta.ctime_nsec(),
        meta.ino() as i64,
        meta.dev() as i64,
    ];
    Ok(numbers.iter().flat_map(|n| n.to_le_bytes()).collect())
}

/// What stands for a `.dic` file's bytes in the key of its cache files: the bytes themselves,
/// where no change time tells a changed file.
#[cfg(not(unix))]
fn dic_stamp(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| e.to_string())
}

/// Parses a dictionary read by [`open`], pruned for the words questions are `expected` about
/// when it can be; the error says why it could not be parsed.
fn parse(opened: &Opened, expected: Option<Arc<Expected>>) -> Result<Parsed, String> {
    let reading = opened.reading();
    let aff = reading.aff(&opened.aff);
    let pruned = match expected {
        Some(expected) => pruned(opened, &aff, expected)?,
        None => None,
    };
    let (aff, dic, reach, shapes) = match pruned {
        Some(pruned) => (pruned.aff, pruned.dic, Some(pruned.reach), pruned.shapes),
        None => (aff, reading.dic(opened.dic()?), None, None),
    };
    let checker = spellbook::Dictionary::new(&aff, &dic)
        .map_err(|e| format!("not a Hunspell dictionary spellbook can read: {e}"))?;
    Ok(Parsed {
        checker,
        stems: StemIndex::new(&dic),
        letters: opened.letters.clone(),
        reach,
        shapes,
    })
}

/// The dictionary's `.dic` text pruned for the `expected` words: from its entries filed in
/// the cache (filed and kept there first, the first time), or by reading every entry when
/// there is no cache or it cannot be written; none when the affix file does not allow
/// pruning. The error says why the `.dic` file could not be read.
fn pruned(opened: &Opened, aff: &str, expected: Arc<Expected>) -> Result<Option<Pruned>, String> {
    let every_entry = || -> Result<Option<Pruned>, String> {
        let dic = opened.reading().dic(opened.dic()?);
        Ok(prune(aff, Source::Dic(&dic), expected.clone()))
    };
    let Some(file) = &opened.filed else {
        return every_entry();
    };
    let filed = match file.read() {
        Some(filed) => filed,
        None if !file.can_be_kept() => return every_entry(),
        None => {
            let Some(filed) = prune::file(aff, &opened.reading().dic(opened.dic()?)) else {
                return Ok(None);
            };
            // Best effort, as for the answers: a cache that cannot be written only makes the
            // next run file the entries again.
            let _ = file.write(&filed);
            filed
        }
    };
    Ok(prune(aff, Source::Filed(&filed), expected))
}

/// The encoding the `.aff` file declares on its `SET` line (UTF-8 when it has none). The line
/// itself is ASCII, so it is read before anything is decoded.
fn declared_encoding(aff: &[u8]) -> Result<&'static Encoding, String> {
    let Some(label) = aff
        .split(|&b| b == b'\n')
        .filter_map(|line| line.strip_prefix(b"SET"))
        .find(|rest| rest.first().is_some_and(u8::is_ascii_whitespace))
    else {
        return Ok(encoding_rs::UTF_8);
    };
    let label = String::from_utf8_lossy(label);
    let label = label.trim();
    // Hunspell writes ISO8859-2 and microsoft-cp1251; the WHATWG labels want iso-8859-2, cp1251.
    let normalised = label
        .to_ascii_lowercase()
        .replace("iso8859", "iso-8859")
        .replace("microsoft-cp", "cp");
    Encoding::for_label(normalised.as_bytes()).ok_or_else(|| {
        format!("the affix file declares an encoding folio does not know: SET {label}")
    })
}

/// The letter trigrams of a dictionary's stems, from its `.dic` file.
fn orthography_of(opened: &Opened) -> Option<Orthography> {
    let dic = decode(opened.encoding, opened.dic().ok()?);
    Some(Orthography::of_words(dic_stems(&dic)))
}

/// The stem of each entry of a `.dic` file's text: its first line is the count; each other
/// line is `stem[/flags][ morphology]`.
fn dic_stems(dic: &str) -> impl Iterator<Item = &str> {
    dic.lines().skip(1).map(|line| {
        let end = line.find(['\t', ' ', '/']).unwrap_or(line.len());
        &line[..end]
    })
}

/// The non-ASCII lower-case letters of the `TRY` line, for a language with no letter list.
fn try_letters(aff: &str) -> Vec<char> {
    aff.lines()
        .find_map(|line| line.strip_prefix("TRY "))
        .map(|letters| {
            let mut found: Vec<char> = letters
                .chars()
                .filter(|c| !c.is_ascii() && c.is_lowercase())
                .collect();
            found.dedup();
            found
        })
        .unwrap_or_default()
}

/// The dictionary's stems that have characters outside ASCII, found by their key (the stem
/// with those characters deleted). Built in one pass over the `.dic` text into one string and
/// one sorted table, not a map of strings: a Czech or Slovak dictionary has a few hundred
/// thousand such stems, and allocating each one cost as much as spellbook's own parsing.
struct StemIndex {
    /// The stems, one after another.
    stems: String,
    /// (hash of the key, start and end of the stem in `stems`), sorted by hash. Offsets are
    /// 32-bit (a `.dic` file is a few megabytes) so that the table sorts fast.
    entries: Vec<(u64, u32, u32)>,
    /// (hash of the stem with its accents folded, start, end), sorted: the capitalised stems
    /// (names) whose every letter folds to an ASCII one, found by their folded spelling
    /// ("Kádár" by "Kadar"), for text whose software flattened accents instead of deleting
    /// them.
    folded: Vec<(u64, u32, u32)>,
    /// The stems of ASCII letters only, as the hashes of their spelling, sorted: a word
    /// deletion left untouched may be one, a name as written ("Franci", "Lupeni") or a base
    /// form ("reka").
    as_written: Vec<u64>,
}

impl StemIndex {
    /// Reads the stems of the `.dic` text ([`dic_stems`]).
    fn new(dic: &str) -> Self {
        let mut stems = String::new();
        let mut entries = Vec::new();
        let mut folded = Vec::new();
        let mut as_written = Vec::new();
        for stem in dic_stems(dic) {
            if stem.bytes().all(|b| b.is_ascii_alphabetic()) {
                as_written.push(key_hash(stem));
            }
            let has_a_key = stem.bytes().any(|b| b.is_ascii());
            if stem.is_ascii() || !has_a_key || !stem.chars().all(is_letter) {
                continue;
            }
            let (Ok(start), Ok(end)) = (
                u32::try_from(stems.len()),
                u32::try_from(stems.len() + stem.len()),
            ) else {
                break;
            };
            stems.push_str(stem);
            entries.push((key_hash(stem), start, end));
            if stem.starts_with(|c: char| c.is_uppercase()) {
                if let Some(hash) = folded_hash(stem) {
                    folded.push((hash, start, end));
                }
            }
        }
        // Stems of one key are sorted where they are read (`Loaded::stems_for`), so their
        // order here does not matter.
        entries.sort_unstable_by_key(|e| e.0);
        folded.sort_unstable_by_key(|e| e.0);
        as_written.sort_unstable();
        StemIndex {
            stems,
            entries,
            folded,
            as_written,
        }
    }

    /// The names whose accents folded are `word` (ASCII), each once.
    fn folded(&self, word: &str) -> Vec<&str> {
        let Some(hash) = folded_hash(word) else {
            return Vec::new();
        };
        let from = self.folded.partition_point(|e| e.0 < hash);
        let mut found: Vec<&str> = Vec::new();
        for &(_, start, end) in self.folded[from..].iter().take_while(|e| e.0 == hash) {
            let stem = &self.stems[start as usize..end as usize];
            let same = stem.chars().map(fold_letter).eq(word.chars().map(Some));
            if same && !found.contains(&stem) {
                found.push(stem);
            }
        }
        found
    }

    /// Whether `word` is a stem of ASCII letters (by its hash: of the few hundred thousand
    /// stems a dictionary has, two sharing a 64-bit hash is too rare to guard against).
    fn lists_as_written(&self, word: &str) -> bool {
        self.as_written.binary_search(&key_hash(word)).is_ok()
    }

    /// The stems whose key is `key`, each once.
    fn get(&self, key: &str) -> Vec<&str> {
        let hash = key_hash(key);
        let from = self.entries.partition_point(|e| e.0 < hash);
        let mut found: Vec<&str> = Vec::new();
        for &(_, start, end) in self.entries[from..].iter().take_while(|e| e.0 == hash) {
            let stem = &self.stems[start as usize..end as usize];
            if strip(stem) == key && !found.contains(&stem) {
                found.push(stem);
            }
        }
        found
    }
}

/// Whether `c` is a letter, answered without Unicode's tables for ASCII and Latin-1 to Latin
/// Extended-B (every letter a stem of these dictionaries has; the tables cost a tenth of
/// reading a dictionary's stems).
fn is_letter(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphabetic(),
        '\u{D7}' | '\u{F7}' => false,
        '\u{C0}'..='\u{24F}' => true,
        _ => c.is_alphabetic(),
    }
}

/// FNV-1a over `text` with its accents folded; none when a letter does not fold to ASCII.
fn folded_hash(text: &str) -> Option<u64> {
    text.chars()
        .map(fold_letter)
        .try_fold(FNV_OFFSET, |hash, c| {
            Some(fnv(hash, u8::try_from(c?).ok()?))
        })
}

/// FNV-1a over the ASCII bytes of `text`, which are the bytes of its key: in UTF-8 no byte of
/// a character outside ASCII is below 0x80.
fn key_hash(text: &str) -> u64 {
    text.bytes().filter(u8::is_ascii).fold(FNV_OFFSET, fnv)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::restore::answers::MAX_ANSWERS;

    fn fixtures() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hunspell")
    }

    fn fixture_dictionaries(languages: &[&str]) -> Dictionaries {
        let languages: Vec<String> = languages.iter().map(|l| l.to_string()).collect();
        Dictionaries::from_installed(in_directory(&fixtures()), &languages)
    }

    #[test]
    fn the_set_line_names_the_encoding() {
        assert_eq!(
            declared_encoding(b"# comment\nSET ISO8859-2\nTRY a\n").unwrap(),
            encoding_rs::ISO_8859_2
        );
        assert_eq!(declared_encoding(b"TRY a\n").unwrap(), encoding_rs::UTF_8);
        assert!(declared_encoding(b"SET KLINGON-1\n").is_err());
    }

    #[test]
    fn names_are_found_by_their_flattened_spelling() {
        let dictionaries = fixture_dictionaries(&["hu", "pl"]);
        let names = |word: &str| -> Vec<String> {
            dictionaries
                .folded_names(word)
                .into_iter()
                .map(|(name, _)| name)
                .collect()
        };
        assert_eq!(names("Kadar"), ["Kádár"]);
        assert_eq!(names("Poznan"), ["Poznań"]);
        // Lower-case stems are words, not names; and an accent must be flattened, not lost.
        assert!(names("Szabo").is_empty() && names("Kdr").is_empty());
    }

    /// The one dictionary of `locale` whose files are `aff` and `dic`, written to a directory
    /// that lives as long as the directory handle returned with it.
    fn written(locale: &str, aff: &str, dic: &str) -> (tempfile::TempDir, Dictionaries) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(format!("{locale}.aff")), aff).unwrap();
        std::fs::write(dir.path().join(format!("{locale}.dic")), dic).unwrap();
        let dictionaries = Dictionaries::found_in(&[dir.path().to_path_buf()], &[]);
        (dir, dictionaries)
    }

    #[test]
    fn a_name_as_written_is_a_stem_not_an_affix_form() {
        let aff = "SET UTF-8\nSFX A Y 1\nSFX A 0 o .\n";
        let (_dir, dictionaries) = written("cs_XX", aff, "2\nHodov/A\nFranci\n");
        assert_eq!(dictionaries.naming("Franci"), ["cs_XX"]);
        assert_eq!(dictionaries.naming("Hodov"), ["cs_XX"]);
        // "Hodovo" is a word of the dictionary, but only by its affix rule.
        assert!(dictionaries.contains("Hodovo"));
        assert!(dictionaries.naming("Hodovo").is_empty());
    }

    /// A language that compounds joins two stems that lost letters, or one that did and a
    /// word as written of four letters or more; one that does not compound joins none.
    #[test]
    fn compounds_of_two_stems_that_lost_letters_are_found() {
        let words = "6\ntáj/X\nház/X\nbarlang/X\nfürdő/X\nboa/X\nátmenés/X\n";
        let (_dir, dictionaries) = written("hu_XX", "SET UTF-8\nCOMPOUNDFLAG X\n", words);
        let compounds = |word| spellings_of(dictionaries.compounds(word, |_| true));
        assert_eq!(compounds("tjhz"), ["tájház"]);
        assert_eq!(compounds("Barlangfrd"), ["Barlangfürdő"]);
        // "boa" as written is too short to be a part: "boatmens" is boatmen’s.
        assert!(compounds("boatmens").is_empty());
        let (_dir, without) = written("hu_YY", "SET UTF-8\n", words);
        assert!(without.compounds("tjhz", |_| true).is_empty());
    }

    #[test]
    fn two_letters_are_inserted_only_into_a_short_word() {
        // German's small alphabet would let the budget search "Sholze" for two; the affix
        // rule makes both forms, so neither is found among the stems.
        let aff = "SET UTF-8\nSFX A Y 1\nSFX A 0 e .\n";
        let (_dir, dictionaries) = written("de_XX", aff, "2\nGrüß/A\nSüßholz/A\n");
        let spellings = |word: &str| -> Vec<String> {
            let found = dictionaries.candidates(word);
            found.into_iter().map(|c| c.spelling).collect()
        };
        assert_eq!(spellings("Gre"), ["Grüße"]);
        assert!(dictionaries.inserting("Sholze", |_| true).is_empty());
        assert!(dictionaries.contains("Süßholze"));
        // Its stem's key begins the word, and its ending is the rest.
        assert_eq!(spellings("Sholze"), ["Süßholze"]);
    }

    /// The spellings of candidates, in order.
    fn spellings_of(found: Vec<Candidate>) -> Vec<String> {
        found.into_iter().map(|c| c.spelling).collect()
    }

    #[test]
    fn a_form_whose_stem_and_ending_lost_letters_is_found() {
        // "svätého", of the saint: "ä" is the stem's, "é" the ending's, which replaces "ý".
        let aff = "SET UTF-8\nTRY áäéý\nSFX A Y 1\nSFX A ý ého ý\n";
        let (_dir, dictionaries) = written("sk_XX", aff, "1\nsvätý/A\n");
        let all = |_: &str| true;
        assert_eq!(
            spellings_of(dictionaries.stem_forms("svtho", all)),
            ["svätého"]
        );
        assert_eq!(spellings_of(dictionaries.candidates("Svtho")), ["Svätého"]);
        // Not for a lower-case word without a language to search in, nor for a possessive's
        // stem, which is a name's base form.
        assert!(dictionaries.candidates("svtho").is_empty());
        assert!(dictionaries.stems_and_insertions("Svtho").is_empty());
    }

    #[test]
    fn a_stem_must_account_for_half_the_word() {
        // "Kopacsi", a name with its accents flattened, is no Hungarian "kopó" (hound) with
        // four letters after it; with three they are half of the word.
        let aff = "SET UTF-8\nTRY áó\nSFX A Y 2\nSFX A 0 acsái .\nSFX A 0 acsá .\n";
        let (_dir, dictionaries) = written("hu_XX", aff, "1\nkopó/A\n");
        assert!(dictionaries.contains("kopóacsái"));
        assert!(dictionaries.stem_forms("kopacsi", |_| true).is_empty());
        let found = spellings_of(dictionaries.stem_forms("kopacs", |_| true));
        assert_eq!(found, ["kopóacsá"]);
    }

    #[test]
    fn a_form_that_lost_its_first_letter_is_offered_with_a_capital_too() {
        // "ametna": Žametna the name, or žametna the word; the words around it decide.
        let aff = "SET UTF-8\nTRY čšž\nSFX A Y 1\nSFX A 0 na .\n";
        let (_dir, dictionaries) = written("sl_XX", aff, "1\nžamet/A\n");
        let found = spellings_of(dictionaries.stem_forms("ametna", |_| true));
        assert_eq!(found, ["Žametna", "žametna"]);
    }

    #[test]
    fn only_the_forms_with_the_fewest_inserted_letters_are_offered() {
        let aff = "SET UTF-8\nTRY áč\nSFX A Y 2\nSFX A 0 na .\nSFX A 0 čna .\n";
        let (_dir, dictionaries) = written("cs_XX", aff, "1\npráv/A\n");
        assert!(dictionaries.contains("právna") && dictionaries.contains("právčna"));
        let found = spellings_of(dictionaries.stem_forms("prvna", |_| true));
        assert_eq!(found, ["právna"]);
    }

    #[test]
    fn a_latin_2_dictionary_is_decoded() {
        // tests/fixtures/hunspell/pl_TEST.dic is ISO-8859-2: "Poznań" is the byte 0xF1.
        let dictionaries = fixture_dictionaries(&["pl"]);
        assert_eq!(dictionaries.locales(), ["pl_TEST"]);
        assert!(dictionaries.contains("Poznań"));
        let found = dictionaries.candidates("Pozna");
        assert_eq!(found[0].spelling, "Poznań");
        assert!(found[0].stem);
    }

    #[test]
    fn stems_then_inserted_letters() {
        let dictionaries = fixture_dictionaries(&["hu"]);
        let spellings = |word: &str| -> Vec<(String, bool)> {
            dictionaries
                .candidates(word)
                .into_iter()
                .map(|c| (c.spelling, c.stem))
                .collect()
        };
        // A stem with this key, capitalised from a lower-case entry.
        assert_eq!(spellings("Szab"), [("Szabó".to_string(), true)]);
        // No stem: the affix rule makes "Rákosi" from "Rákos"; one letter inserted.
        assert_eq!(spellings("Rkosi"), [("Rákosi".to_string(), false)]);
        // Two letters inserted into a short word.
        assert_eq!(spellings("Kdr"), [("Kádár".to_string(), true)]);
        assert!(spellings("Xyzzy").is_empty());
        // A capital is never lowered: "Erne" cannot come from a lower-case entry "érne".
        assert!(spellings("Erne").is_empty());
    }

    #[test]
    fn languages_select_dictionaries() {
        assert_eq!(
            fixture_dictionaries(&[]).locales(),
            ["cs_TEST", "hu_TEST", "pl_TEST", "sk_TEST"]
        );
        assert_eq!(fixture_dictionaries(&["hu_TEST"]).locales(), ["hu_TEST"]);
        assert!(fixture_dictionaries(&["fi"]).is_empty());
    }

    #[test]
    fn nothing_is_read_until_a_word_needs_it() {
        let dictionaries = fixture_dictionaries(&["hu"]);
        assert!(dictionaries.dictionaries[0].opened.get().is_none());
        assert!(dictionaries.contains("Gerő"));
        assert!(dictionaries.dictionaries[0].parsed.get().is_some());
    }

    /// Two small dictionaries with what pruning must allow for (suffixes that strip, a second
    /// suffix after a first, a prefix, flag aliases, a rule no word of the text has;
    /// compounds and a replacement table checked in them), written to a directory.
    fn dictionaries_to_prune() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
        write(
            "sk_XX.aff",
            "SET UTF-8\nAF 2\nAF AB\nAF DN\n\
             SFX A Y 4\nSFX A ý á ý\nSFX A ý é ý\nSFX A ý ého ý\nSFX A ý ých ý\n\
             SFX B Y 1\nSFX B a ou/C a\nSFX C Y 1\nSFX C ou ami ou\n\
             SFX D Y 1\nSFX D ček čka ček\nPFX N Y 1\nPFX N 0 ne .\n",
        );
        write(
            "sk_XX.dic",
            "8\nslovenský/1\nžena/B\nPatoček/D\nveľký/2\nMáj\nxylofon\nBratislava\nmesto/N\n",
        );
        write(
            "hu_XX.aff",
            "SET UTF-8\nCOMPOUNDFLAG X\nCHECKCOMPOUNDREP\nREP 1\nREP í i\n\
             SFX S Y 1\nSFX S 0 ban .\n",
        );
        write(
            "hu_XX.dic",
            "5\nváros/XS\nliget/XS\nhíd/X\nhidliget\nkert/X\n",
        );
        dir
    }

    #[test]
    fn a_pruned_dictionary_answers_as_the_whole_one() {
        let dir = dictionaries_to_prune();
        let directories = [dir.path().to_path_buf()];
        let text = "Patoka nevelk Slovensk enami Mj Vrosligetban hdliget Bratislava mesta nemesto";
        let pruned = Dictionaries::found_in(&directories, &[]);
        pruned.expect(text.split(' '));
        let whole = Dictionaries::found_in(&directories, &[]);
        let questions = [
            "Patoka",
            "Patočka",
            "Patočku",
            "nevelk",
            "neveľká",
            "Slovensk",
            "slovenského",
            "enami",
            "ženami",
            "ženou",
            "Mj",
            "Máj",
            "Vrosligetban",
            "Városligetban",
            "városligetban",
            "hídliget",
            "hdliget",
            "Bratislava",
            "nemesta",
            "mesta",
            "nemesto",
            "xylofon",
            "kertváros",
        ];
        for word in questions {
            assert_eq!(pruned.accepting(word), whole.accepting(word), "{word}");
            assert_eq!(pruned.candidates(word), whole.candidates(word), "{word}");
            assert_eq!(
                pruned.folded_names(word),
                whole.folded_names(word),
                "{word}"
            );
            assert_eq!(pruned.naming(word), whole.naming(word), "{word}");
        }
        assert_eq!(
            pruned.other_endings("Slovenský"),
            whole.other_endings("Slovenský")
        );
        for dictionary in pruned.dictionaries.iter() {
            let parsed = dictionary.parsed.get().unwrap().as_ref().unwrap();
            assert!(
                parsed.reach.is_some(),
                "{} was not pruned",
                dictionary.installed.locale
            );
            // "xylofon" (and "kertváros", in Hungarian) is no word of the text: the whole
            // dictionary answered for it.
            assert!(dictionary.whole.get().is_some());
        }
    }

    /// The installed dictionaries; none after a loud SKIPPED line when there are none (a
    /// panic instead under FOLIO_REQUIRE_VALIDATORS=1, as in CI).
    fn installed_or_skipped() -> Option<Vec<Installed>> {
        let found = installed();
        if found.is_empty() {
            if std::env::var("FOLIO_REQUIRE_VALIDATORS").as_deref() == Ok("1") {
                panic!("no Hunspell dictionary is installed and FOLIO_REQUIRE_VALIDATORS=1");
            }
            eprintln!("\n*** SKIPPED: no Hunspell dictionary installed ***\n");
            return None;
        }
        Some(found)
    }

    /// Every installed dictionary pruned for the words of this edition's source gives the same
    /// `.dic` text through its filed entries as by reading every entry. Skipped (loudly) when
    /// none is installed, unless FOLIO_REQUIRE_VALIDATORS=1.
    #[test]
    fn installed_dictionaries_prune_the_same_through_their_index() {
        let Some(found) = installed_or_skipped() else {
            return;
        };
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let source = std::fs::read_to_string(root.join("manuscript/source/hungary-1956.txt"));
        let source = source.unwrap();
        let expected = Arc::new(Expected::new(source.split_whitespace()));
        on_every_core(&found, |installed| {
            let opened = open(installed, None, None).unwrap();
            let (aff, dic) = (
                opened.reading().aff(&opened.aff),
                opened.reading().dic(opened.dic().unwrap()),
            );
            let Some(filed) = prune::file(&aff, &dic) else {
                return;
            };
            let every = prune(&aff, Source::Dic(&dic), Arc::clone(&expected)).unwrap();
            let through_index = prune(&aff, Source::Filed(&filed), Arc::clone(&expected));
            assert!(
                through_index.unwrap().dic == every.dic,
                "{} pruned otherwise through its index",
                installed.locale
            );
        });
    }

    /// No word an installed dictionary pruned for a text accepts has a key its shapes rule
    /// out (`prune/shapes.rs`), tried on the names and foreign words of the development
    /// essays as written: a search would otherwise skip their spellings with letters lost.
    #[test]
    fn installed_dictionaries_accept_no_word_their_shapes_rule_out() {
        let Some(found) = installed_or_skipped() else {
            return;
        };
        let essays = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/eval/dev");
        let mut text = String::new();
        for entry in std::fs::read_dir(essays).unwrap() {
            text.push_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap_or_default());
        }
        let mut words: Vec<&str> = text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.starts_with(char::is_uppercase) || !w.is_ascii())
            .collect();
        words.sort_unstable();
        words.dedup();
        let expected = Arc::new(Expected::new(words.iter().copied()));
        let tried: Vec<usize> = on_every_core(&found, |installed| {
            let opened = open(installed, None, None).unwrap();
            let parsed = parse(&opened, Some(Arc::clone(&expected))).unwrap();
            let (Some(shapes), Some(reach)) = (&parsed.shapes, &parsed.reach) else {
                return 0;
            };
            let accepted: Vec<&&str> = words
                .iter()
                .filter(|w| reach.covers(w) && parsed.checker.check(w))
                .collect();
            for word in &accepted {
                assert!(shapes.may_make(word), "{}: {word}", installed.locale);
            }
            accepted.len()
        });
        assert!(
            tried.iter().sum::<usize>() > 0,
            "no dictionary without compounds"
        );
    }

    /// The answers of `dictionaries` to the questions restore asks.
    fn answers_to_questions(dictionaries: &Dictionaries) -> Vec<String> {
        let mut out = Vec::new();
        for word in ["Gerő", "Gero", "Szab", "Rkosi", "Kdr", "Xyzzy", "Erne"] {
            out.push(format!("{word}: {:?}", dictionaries.accepting(word)));
            out.push(format!("{word}: {:?}", dictionaries.candidates(word)));
        }
        out.push(format!("{:?}", dictionaries.other_endings("Szabó")));
        out
    }

    #[test]
    fn a_second_run_answers_from_the_cache_alone() {
        let cache = tempfile::tempdir().unwrap();
        let cached = || fixture_dictionaries(&["hu"]).cached_in(Some(cache.path().into()));
        let without = answers_to_questions(&fixture_dictionaries(&["hu"]));

        let first = cached();
        assert_eq!(answers_to_questions(&first), without);
        first.save_answers();
        let second = cached();
        assert_eq!(answers_to_questions(&second), without);
        assert!(
            second.dictionaries[0].parsed.get().is_none(),
            "every answer came from the cache"
        );

        // A damaged cache file is ignored (the dictionary is parsed) and written again whole.
        let file = std::fs::read_dir(cache.path().join("hunspell"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.extension().is_some_and(|e| e == "answers"))
            .unwrap();
        let whole = std::fs::read(&file).unwrap();
        std::fs::write(&file, &whole[..whole.len() / 2]).unwrap();
        let third = cached();
        assert_eq!(answers_to_questions(&third), without);
        assert!(third.dictionaries[0].parsed.get().is_some());
        third.save_answers();
        assert_eq!(std::fs::read(&file).unwrap(), whole);
    }

    /// A cache holding more answers than a file keeps is written again with the last run's
    /// alone, even when it answered every question of that run: it would cost every later
    /// run more to read than it saves.
    #[test]
    fn a_cache_with_too_many_answers_keeps_the_last_runs_alone() {
        let cache = tempfile::tempdir().unwrap();
        let cached = || fixture_dictionaries(&["hu"]).cached_in(Some(cache.path().into()));
        let size = || {
            let files = std::fs::read_dir(cache.path().join("hunspell")).unwrap();
            let answers = files
                .map(|e| e.unwrap().path())
                .find(|p| p.extension().is_some_and(|e| e == "answers"))
                .unwrap();
            std::fs::metadata(answers).unwrap().len()
        };
        let first = cached();
        for n in 0..=MAX_ANSWERS {
            first.accepting(&format!("w{n}"));
        }
        answers_to_questions(&first);
        first.save_answers();
        let many = size();
        let second = cached();
        answers_to_questions(&second);
        assert!(second.dictionaries[0].parsed.get().is_none());
        second.save_answers();
        assert!(size() * 100 < many, "{} of {many} bytes", size());
    }

    #[test]
    fn a_dictionary_not_asked_is_not_parsed() {
        // Asked of Hungarian only, the search leaves Polish unparsed, and a second run parses
        // neither: a dictionary made ready but never asked would have no answer to keep.
        let cache = tempfile::tempdir().unwrap();
        let cached = || fixture_dictionaries(&["hu", "pl"]).cached_in(Some(cache.path().into()));
        let hungarian = |locale: &str| locale.starts_with("hu");
        let first = cached();
        first.stem_forms("Kdrok", hungarian);
        assert!(first.dictionaries.iter().any(|d| d.parsed.get().is_some()));
        assert!(first.dictionaries.iter().any(|d| d.parsed.get().is_none()));
        first.save_answers();
        let second = cached();
        second.stem_forms("Kdrok", hungarian);
        assert!(second.dictionaries.iter().all(|d| d.parsed.get().is_none()));
    }

    #[test]
    fn a_changed_dictionary_is_not_answered_from_the_old_cache() {
        let cache = tempfile::tempdir().unwrap();
        let copy = tempfile::tempdir().unwrap();
        for name in ["hu_TEST.aff", "hu_TEST.dic"] {
            std::fs::copy(fixtures().join(name), copy.path().join(name)).unwrap();
        }
        let dictionaries = || {
            Dictionaries::from_installed(in_directory(copy.path()), &[])
                .cached_in(Some(cache.path().into()))
        };
        let before = dictionaries();
        assert!(before.contains("Gerő"));
        before.save_answers();
        // The same words without "Gerő": a new dictionary, asked afresh.
        let dic = std::fs::read_to_string(copy.path().join("hu_TEST.dic")).unwrap();
        let without: Vec<&str> = dic.lines().filter(|l| !l.starts_with("Gerő")).collect();
        std::fs::write(copy.path().join("hu_TEST.dic"), without.join("\n") + "\n").unwrap();
        let after = dictionaries();
        assert!(!after.contains("Gerő"));
    }
}
