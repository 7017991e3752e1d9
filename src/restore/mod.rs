//! Stage 2 of the pipeline: `folio restore` turns damaged source bytes into clean text and a
//! log an editor can review. Decoding and exact mojibake/entity repairs run first; then the
//! damage is classified and only the repairs that fit it run (see `damage.rs`). Every change
//! is an [`Edit`] with its rule and evidence; what cannot be repaired with confidence is a
//! [`Suspect`].

pub mod answers;
pub mod apostrophes;
pub mod boilerplate;
mod context;
mod cores;
pub mod damage;
pub mod dashes;
pub mod deleted;
pub mod dictionary;
pub mod encoding;
mod foreign;
pub mod hunspell;
pub mod letters;
pub mod lexicon;
pub mod markdown;
mod name_runs;
mod names;
mod orthography;
pub mod possessives;
mod prune;
pub mod quotes;
mod ranges;
mod rank;
pub mod report;
mod short_words;
pub mod stages;
pub mod tokens;
mod vanished;
mod verdict;

use serde::{Deserialize, Serialize};

use crate::config::DashStyle;
pub use boilerplate::Boilerplate;
pub use damage::{Damage, DamageKind};
pub use lexicon::Lexicon;
pub use report::Report;
use stages::{Proposal, Stages};

/// Settings that change the restored text.
#[derive(Debug, Clone, Default)]
pub struct RestoreOptions {
    /// The dash put between two words found glued together.
    pub dash: DashStyle,
    /// Hunspell dictionaries to find lost letters with, beyond the built-in lexicon (none by
    /// default, so the library's results do not depend on what the machine has installed).
    pub dictionaries: hunspell::Dictionaries,
}

/// What a repair restored, for counting by class in the note on the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Class {
    Apostrophe,
    Dash,
    Letters,
    Quotation,
    Ellipsis,
    Encoding,
    Entity,
}

impl Class {
    pub fn name(self) -> &'static str {
        match self {
            Class::Apostrophe => "apostrophe",
            Class::Dash => "dash",
            Class::Letters => "letters",
            Class::Quotation => "quotation",
            Class::Ellipsis => "ellipsis",
            Class::Encoding => "encoding",
            Class::Entity => "entity",
        }
    }

    /// The class of a repair that inserted `inserted` (used for lexicon phrases, whose
    /// insertions can be of any kind).
    pub fn of_inserted(inserted: &str) -> Class {
        if inserted.chars().any(char::is_alphabetic) {
            Class::Letters
        } else if inserted.contains(['\u{2014}', '\u{2013}']) {
            Class::Dash
        } else if inserted.contains('\u{2026}') {
            Class::Ellipsis
        } else if inserted.contains(['\u{201C}', '\u{201D}', '\u{2018}']) {
            Class::Quotation
        } else {
            Class::Apostrophe
        }
    }
}

/// One change to the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Edit {
    /// The rule that made it, e.g. `apostrophe.dictionary`.
    pub rule: String,
    pub class: Class,
    /// 1-based line and column (in characters) in the decoded source.
    pub line: usize,
    pub column: usize,
    /// Byte offset of the changed text in the decoded source and in the output.
    pub offset: usize,
    pub output_offset: usize,
    pub before: String,
    pub after: String,
    /// Why: the lexicon entry, the dictionary word or the context that decided it.
    pub evidence: String,
}

/// A place that looks damaged but was not repaired, with what it might have been.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Suspect {
    pub line: usize,
    pub column: usize,
    /// Byte offset in the output text.
    pub output_offset: usize,
    pub text: String,
    pub candidates: Vec<String>,
    pub reason: String,
}

/// The result of [`restore`].
#[derive(Debug, Clone, Default)]
pub struct Restored {
    /// The repaired text, in the input's layout (same lines and paragraphs).
    pub text: String,
    pub edits: Vec<Edit>,
    pub suspects: Vec<Suspect>,
    pub damage: Vec<Damage>,
    /// The encoding the input was decoded with, and how it was chosen.
    pub encoding: String,
    pub boilerplate: Vec<Boilerplate>,
}

/// Restores damaged bytes. Never fails: undecodable input is decoded by detection and
/// reported; anything the rules cannot decide becomes a suspect.
pub fn restore(input: &[u8], lexicon: &Lexicon, options: &RestoreOptions) -> Restored {
    let decoded = encoding::decode(input);
    let mut stages = Stages::new(decoded.text.clone());
    let mut damage = decoded.damage;

    // Exact, reversible repairs first: they do not depend on the language of the text.
    let (mojibake, found) = encoding::mojibake_passes(stages.current());
    damage.extend(found);
    for pass in mojibake {
        stages.push(Outcome {
            proposals: pass,
            suspects: Vec::new(),
        });
    }
    let (entities, found) = encoding::entities(stages.current());
    damage.extend(found);
    stages.push(Outcome {
        proposals: entities,
        suspects: Vec::new(),
    });

    // Then the damage that needs the dictionary and the lexicons, if the text shows it.
    if damage::mostly_ascii(stages.current()) {
        let outcome = deletion_repairs(stages.current(), lexicon, options);
        if let Some(found) = damage::detect_deletion(stages.current(), &outcome.proposals) {
            damage.push(found);
            stages.push(outcome);
        } else {
            let evidence = damage::some_evidence_of_deletion(stages.current(), &outcome.proposals);
            let listed = deleted::unproven(stages.current(), outcome, evidence);
            if let Some(found) = damage::detect_possible_deletion(listed.suspects.len()) {
                damage.push(found);
                stages.push(listed);
            }
        }
    }
    let deleted = damage.iter().any(|d| d.kind == DamageKind::NonAsciiDeleted);
    if let Some(found) = damage::detect_replacement(stages.current(), deleted) {
        damage.push(found);
        let outcome = letters::repair_replaced(stages.current(), deleted, lexicon, options);
        stages.push(outcome);
    }
    if damage.is_empty() {
        damage.push(Damage::none());
    }

    let (text, edits, suspects) = stages.finish();
    let boilerplate = boilerplate::detect(&text);
    Restored {
        text,
        edits,
        suspects,
        damage,
        encoding: decoded.encoding,
        boilerplate,
    }
}

/// The deletion rules' repairs and suspects. Searching for a name's lost letters by inserting
/// them costs thousands of dictionary look-ups for each unknown capitalised word (3 s on
/// 300 KB of clean English prose), and only a damaged text needs it: a text with no
/// contraction that only a lost apostrophe explains ("didnt") is read first with the stems
/// alone, and read again with the search only if that shows damage, or evidence of it.
fn deletion_repairs(text: &str, lexicon: &Lexicon, options: &RestoreOptions) -> Outcome {
    if options.dictionaries.is_empty() || damage::shows_a_lost_contraction(text) {
        return deleted::repair(text, lexicon, options);
    }
    let stems_only = RestoreOptions {
        dictionaries: options.dictionaries.stems_only(),
        ..options.clone()
    };
    let outcome = deleted::repair(text, lexicon, &stems_only);
    let damaged = damage::detect_deletion(text, &outcome.proposals).is_some()
        || damage::some_evidence_of_deletion(text, &outcome.proposals);
    if damaged {
        deleted::repair(text, lexicon, options)
    } else {
        outcome
    }
}

/// A suspect as a rule finds it: `offset` is into the text the rule was given.
#[derive(Debug, Clone)]
pub struct RawSuspect {
    pub offset: usize,
    pub text: String,
    pub candidates: Vec<String>,
    pub reason: String,
    pub sign: Sign,
}

/// What a suspect shows. On a text that nothing proves damaged (`deleted::unproven`), it
/// decides whether the suspect is listed at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    /// A word in no dictionary or lexicon as it stands (what `folio check` reports as C013
    /// when it has candidates, C014 when it has none).
    UnknownWord,
    /// Something a clean text seldom has where a character was lost: two spaces between
    /// words, where a spaced dash or an ellipsis stood, or a word of one or two letters out of
    /// place in English, all that is left of a name ("Ka" of "Káťa").
    LostCharacter,
    /// A reading of words that are fine as they stand (a reporting verb before a quotation, a
    /// possessive with nothing after it), which clean texts give as often.
    Reading,
}

impl RawSuspect {
    /// A word in no dictionary or lexicon as it stands.
    pub fn is_unknown_word(&self) -> bool {
        self.sign == Sign::UnknownWord
    }

    /// A word in no dictionary that some dictionary or lexicon reads as a word with letters
    /// lost: it has candidates, not only the word itself with an apostrophe ("rising’s" for
    /// "risings", an English plural the list lacks in a clean text).
    pub fn may_have_lost_letters(&self) -> bool {
        let letters_of = |s: &str| s.replace(apostrophes::APOSTROPHE, "");
        let written = letters_of(&self.text);
        self.is_unknown_word() && self.candidates.iter().any(|c| letters_of(c) != written)
    }
}

/// What a rule module hands back: repairs to apply and places to review.
#[derive(Debug, Default)]
pub struct Outcome {
    pub proposals: Vec<Proposal>,
    pub suspects: Vec<RawSuspect>,
}
