//! What the word rules make of one damaged word: a [`Verdict`], first on the word alone (so
//! it can be cached), then for some words on the text's evidence (`rank.rs`, `names.rs`).

use super::hunspell::{language_of, Candidate, Dictionaries};
use super::letters::Found;
use super::names::Name;

/// What the rules make of one word, independent of its context (so it can be cached: a long
/// text repeats its words).
#[derive(Debug, Clone)]
pub(super) enum Verdict {
    /// An English word, or nothing to say.
    Leave,
    /// A lexicon spelling, maybe of a possessive stem (`possessive`: add `’s`).
    Letters {
        spelling: String,
        evidence: String,
        possessive: bool,
    },
    /// A spelling from the built-in lexicon, which has no language, and the other stems the
    /// dictionaries list for the word: the text's leading language decides between them
    /// (see `rank::decide`; "Zajc" in a Czech text is Zajíc, not the built-in Polish Zając).
    /// `named_as_written`: the locales whose dictionaries list the word as a name as it
    /// stands ("Franci" in Slovene), which the leading language decides too.
    /// `accepted_as_written`: the locales whose dictionaries list the word as it stands as a
    /// stem, a name or not ("Kadarka", a Hungarian grape, which the built-in lexicon has as
    /// Polish "Kadżarka").
    BuiltIn {
        spelling: String,
        evidence: String,
        possessive: bool,
        stems: Vec<Candidate>,
        named_as_written: Vec<String>,
        accepted_as_written: Vec<String>,
    },
    /// A dictionary's base form whose inserted letter is its ending, where the dictionary
    /// also accepts other endings (`forms`: "Banský", and "Banská", "Banské"). Before a name
    /// part or a noun of its own language the ending that agrees with it decides, after a
    /// woman's given name the feminine one (see `names::in_context`); elsewhere the base form
    /// stands after a name or before a word of its language, and the forms are listed
    /// otherwise (see `names::agreeing`).
    Declinable {
        spelling: String,
        evidence: String,
        possessive: bool,
        forms: Vec<String>,
    },
    /// The lexicon's entries or the dictionary disagree: list them.
    Ambiguous {
        candidates: Vec<String>,
        reason: &'static str,
    },
    /// Apostrophe at this byte position; the dictionary word that proves it.
    Apostrophe { at: usize, evidence: String },
    /// Dash at this byte position; what shows the two words. A `range`'s two ends take an en
    /// dash, whatever dash the text uses elsewhere ("May–September").
    Dash {
        at: usize,
        evidence: String,
        range: bool,
    },
    /// Accents folded rather than deleted ("Kadar"): restore only inserts, so a suspect.
    Folded { spelling: String, origin: String },
    /// Spellings the Hunspell dictionaries know for the word (or, `possessive`, for the word
    /// without its final s), decided once the whole text is judged (see `rank::decide`).
    /// `own_s`: the last letter of what the candidates are for is its own, not an ending's,
    /// so a letter inserted before it is no inflection: the text gives the word a possessive
    /// of its own ("Pusks" beside "Puskss": Puskás), or they are for a possessive's stem.
    Candidates {
        candidates: Vec<Candidate>,
        possessive: bool,
        own_s: bool,
    },
    /// A capitalised word a dictionary knows only as a common word ("Pozna"): perhaps a name
    /// that lost a letter (or, `possessive`, whose possessive lost its apostrophe too);
    /// repaired only where its context decides (see `names::in_context`), listed otherwise.
    MaybeName {
        names: Vec<Name>,
        possessive: bool,
        reason: String,
    },
    /// A possessive's stem whose letters are decided, where whether the `s` after it is the
    /// possessive's or a plural's is not ("the Cskys": Csákys, and Csáky’s, Csákys’ or
    /// Csákys): its letters are repaired and the word listed with `candidates`.
    Stem {
        spelling: String,
        evidence: String,
        candidates: Vec<String>,
        reason: String,
    },
    /// In no dictionary or lexicon, and could be a word that lost characters; `candidates`
    /// ranked, empty when none is known.
    Unknown {
        candidates: Vec<String>,
        reason: String,
    },
}
/// The verdict of a lexicon look-up (`possessive`: the word is the stem of a possessive).
pub(super) fn letters_verdict(found: Found, possessive: bool) -> Verdict {
    match found {
        Found::One { spelling, evidence } => Verdict::Letters {
            spelling,
            evidence,
            possessive,
        },
        Found::Ambiguous(candidates) => Verdict::Ambiguous {
            candidates,
            reason: "the edition lexicon has more than one spelling for this key",
        },
    }
}

impl Verdict {
    /// A word in no dictionary or lexicon, listed with no candidate.
    pub(super) fn no_candidate_known() -> Verdict {
        Verdict::Unknown {
            candidates: Vec::new(),
            reason: "in no dictionary or lexicon; no candidate known".into(),
        }
    }

    /// The verdict where no context decided: a declinable word keeps its base form.
    pub(super) fn alone(self) -> Verdict {
        match self {
            Verdict::Declinable {
                spelling,
                evidence,
                possessive,
                ..
            } => Verdict::Letters {
                spelling,
                evidence,
                possessive,
            },
            verdict => verdict,
        }
    }

    /// Whether the verdict repairs the word as a possessive's stem.
    pub(super) fn is_possessive(&self) -> bool {
        match self {
            Verdict::Letters { possessive, .. }
            | Verdict::BuiltIn { possessive, .. }
            | Verdict::Declinable { possessive, .. }
            | Verdict::Candidates { possessive, .. }
            | Verdict::MaybeName { possessive, .. } => *possessive,
            _ => false,
        }
    }

    /// Whether no rule read the word: left as it stands, or listed with no candidate, so
    /// that a rule of its context may still.
    pub(super) fn is_unread(&self) -> bool {
        match self {
            Verdict::Leave => true,
            Verdict::Unknown { candidates, .. } => candidates.is_empty(),
            _ => false,
        }
    }

    /// Whether the verdict repairs the word's letters (whatever its context says about the
    /// ending).
    pub(super) fn repairs_letters(&self) -> bool {
        self.letters_spelling().is_some()
    }

    /// The spelling the verdict repairs the word's letters with (a declinable word's base
    /// form), if it repairs them.
    pub(super) fn letters_spelling(&self) -> Option<&str> {
        match self {
            Verdict::Letters { spelling, .. } | Verdict::Declinable { spelling, .. } => {
                Some(spelling)
            }
            _ => None,
        }
    }
}

/// The verdict of a built-in lexicon look-up for `key` (the word, or the stem of its
/// possessive). Where the dictionaries list other stems for it or accept it as it stands, the
/// text's leading language will decide (a [`Verdict::BuiltIn`]); otherwise the built-in
/// spelling stands.
pub(super) fn builtin_verdict(
    key: &str,
    found: Found,
    possessive: bool,
    dictionaries: &Dictionaries,
) -> Verdict {
    let Found::One { spelling, evidence } = &found else {
        return letters_verdict(found, possessive);
    };
    let stems: Vec<Candidate> = if dictionaries.is_empty() {
        Vec::new()
    } else {
        dictionaries
            .stems(key)
            .into_iter()
            .filter(|c| c.spelling != *spelling)
            .collect()
    };
    // A stem as written, or a form of a dictionary that does not compound its stems ("Kosova",
    // a Slovene possessive adjective of the name Kos, beside the built-in "Kosťova"); not a
    // compound made by chance (Hungarian takes "faades", façades without its ç, as one).
    let lower = key.to_lowercase();
    let accepted_as_written: Vec<String> = dictionaries
        .accepting(key)
        .into_iter()
        .filter(|locale| {
            let language = language_of(locale);
            !dictionaries.compounds_words(locale)
                || dictionaries.has_stem(key, language)
                || dictionaries.has_stem(&lower, language)
        })
        .map(str::to_string)
        .collect();
    if stems.is_empty() && accepted_as_written.is_empty() {
        return letters_verdict(found, possessive);
    }
    Verdict::BuiltIn {
        spelling: spelling.clone(),
        evidence: evidence.clone(),
        possessive,
        stems,
        named_as_written: Vec::new(),
        accepted_as_written,
    }
}
