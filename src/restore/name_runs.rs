//! Name parts that deletion left as words: "Tom Garrigue Masaryk" (Tomáš), "Marin astn"
//! (Marián Šťastný). English, or a dictionary, takes such a word as it stands, so nothing in
//! the word itself says it lost letters; the foreign name beside it, in the same run of
//! capitalised words, does. Such a word is listed, never repaired: "Tom" beside "Masaryk" may
//! be an English Tom. It is listed only with a name a dictionary has: "Ionel Can" (Cană, a
//! common noun in Romanian's) and "Janez Jana" (Janša, in no dictionary) stay silent. Once
//! such a word is listed, or its context has repaired or listed it as a name (after a
//! restored given name), it is listed wherever else it stands capitalised on its own, and its
//! possessive with the names' ("Gustv Husk", then "Husk ruled", "Husks regime": Husák’s):
//! alone, nothing there says it is a name, and an editor who trusts the review would publish
//! "Husk". Where its context repaired it, the repair is made again where English lacks the
//! word, and, for a word English writes in lower case alone, where it stands capitalised
//! inside a sentence ([`Repaired`]).

use rustc_hash::FxHashMap;

use super::context::Context;
use super::deleted::could_be_damaged;
use super::dictionary::Dictionary;
use super::names::{dates_a_month, names_for, Name};
use super::rank::language;
use super::tokens::{is_function_word, opens_a_sentence, Token};
use super::verdict::Verdict;

/// The rule, with what it has looked up (a long text repeats its runs of names, "Soviet
/// Union", and each look-up asks every dictionary) and what it listed.
#[derive(Default)]
pub(super) struct NameRuns<'a> {
    /// The names each token listed beside a foreign name may be, and that name.
    listed: FxHashMap<usize, Listed<'a>>,
    /// What the word's other occurrences may be, by word: from the first one listed beside a
    /// foreign name, or repaired by its context.
    elsewhere: FxHashMap<&'a str, Elsewhere>,
    /// The languages of the foreign name each word of a run is (see [`name_languages`]), by
    /// word, as its first occurrence's verdict gave them.
    languages: FxHashMap<&'a str, Vec<String>>,
    /// The stems the dictionaries know for each word listed or looked at ([`names_for`]).
    names: FxHashMap<&'a str, Vec<Name>>,
}

/// The names a word beside a foreign name may be, and the foreign name.
struct Listed<'a> {
    names: Vec<Name>,
    beside: &'a str,
}

/// What the other occurrences of a word taken as it stands may be, and why.
struct Elsewhere {
    spellings: Vec<String>,
    reason: String,
    /// Where they are repaired the same way, not listed.
    repaired: Repaired,
}

/// Where the other occurrences of a word its context repaired take the repair.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Repaired {
    /// Nowhere: the word was listed, or English has it as a name ("Slovak").
    Nowhere,
    /// Where it stands capitalised inside a sentence: English has the word in lower case
    /// alone ("Bib", "Husk", "Pock": Bibó, Husák, Płock), so a capital there is a name's,
    /// while a sentence's start capitalises the English word too ("Rare books…").
    InsideASentence,
    /// Everywhere: English lacks the word ("Gyr", Győr), which a sentence's start
    /// capitalises with no more doubt than its middle.
    Everywhere,
}

impl<'a> NameRuns<'a> {
    /// The name parts of `tokens` beside a foreign name, where `judged`, and the words taken
    /// as they stand that their context repaired or listed ("Husk" after "Gustáv": Husák).
    /// `context_free` gives each judged token's verdict on the word alone, `verdict_of` with
    /// its context read.
    pub(super) fn read<'v>(
        tokens: &[Token<'a>],
        judged: &[bool],
        context_free: impl Fn(usize) -> &'v Verdict,
        verdict_of: impl Fn(usize) -> Option<&'v Verdict> + Copy,
        context: &Context,
    ) -> Self {
        let mut runs = NameRuns::default();
        for i in (0..tokens.len()).filter(|&i| judged[i]) {
            let (Some(own), word) = (verdict_of(i), tokens[i].text) else {
                continue;
            };
            let taken_as_it_stands = tokens[i].is_capitalised()
                && matches!(context_free(i), Verdict::Leave)
                && !own.is_possessive();
            if let Some(found) = taken_as_it_stands
                .then(|| decided_in_context(own, word, context.dictionary))
                .flatten()
            {
                runs.elsewhere.entry(word).or_insert(found);
            }
            if let Some(listed) = runs.beside_a_foreign_name(tokens, i, own, verdict_of, context) {
                runs.elsewhere.entry(word).or_insert_with(|| Elsewhere {
                    spellings: listed.names.iter().map(|n| n.spelling.clone()).collect(),
                    reason: format!(
                        "the word listed beside `{}`, a foreign name, as a name part that may \
                         have lost letters",
                        listed.beside
                    ),
                    repaired: Repaired::Nowhere,
                });
                runs.listed.insert(i, listed);
            }
        }
        runs
    }

    /// The verdict on the token `i` of `text`, whose own is `own`, if the rule lists it:
    /// beside a foreign name, or elsewhere the same word capitalised and taken as it stands,
    /// or its possessive, on its own (in a run of capitalised words, the run says whose name
    /// it is: "Tom Sawyer" is English); or repairs it, as its context repaired the word
    /// elsewhere, where [`Repaired`] says.
    pub(super) fn verdict(
        &self,
        text: &str,
        tokens: &[Token],
        i: usize,
        own: &Verdict,
    ) -> Option<Verdict> {
        if let Some(Listed { names, beside }) = self.listed.get(&i) {
            return Some(Verdict::MaybeName {
                names: names.clone(),
                possessive: false,
                reason: format!(
                    "a word as it stands, but beside `{beside}`, a foreign name: a name part \
                     that may have lost letters"
                ),
            });
        }
        let token = &tokens[i];
        let on_its_own = run_around(text, tokens, |_| None, i) == (i..=i);
        let taken_as_it_stands = matches!(own, Verdict::Leave) && !dates_a_month(text, token);
        if !token.is_capitalised() || !taken_as_it_stands || !on_its_own {
            return None;
        }
        let (elsewhere, possessive) = match self.elsewhere.get(token.text) {
            Some(found) => (found, false),
            None => (self.elsewhere.get(token.text.strip_suffix('s')?)?, true),
        };
        let Elsewhere {
            spellings,
            reason,
            repaired,
        } = elsewhere;
        let why = match repaired {
            Repaired::Everywhere => Some("a word English lacks"),
            Repaired::InsideASentence if !opens_a_sentence(text, tokens, i) => {
                Some("capitalised inside a sentence, as English writes the word in lower case")
            }
            _ => None,
        };
        if let (Some(why), [spelling]) = (why, spellings.as_slice()) {
            return Some(Verdict::Letters {
                spelling: spelling.clone(),
                evidence: format!("{reason}, {why}"),
                possessive,
            });
        }
        let (suffix, what) = if possessive {
            ("\u{2019}s", "the possessive of ")
        } else {
            ("", "")
        };
        Some(Verdict::Unknown {
            candidates: spellings.iter().map(|s| format!("{s}{suffix}")).collect(),
            reason: format!("{what}{reason}"),
        })
    }

    /// The word at `i`, whose own verdict is `own` (`verdict_of` gives every judged word's,
    /// with its context read), when it is taken as it stands inside a run of capitalised words
    /// with a foreign name in it: the proper names that name's language knows for it with one
    /// or two letters inserted. `None` for every other word.
    fn beside_a_foreign_name<'v>(
        &mut self,
        tokens: &[Token<'a>],
        i: usize,
        own: &Verdict,
        verdict_of: impl Fn(usize) -> Option<&'v Verdict>,
        context: &Context,
    ) -> Option<Listed<'a>> {
        let word = tokens[i].text;
        let taken_as_it_stands =
            tokens[i].is_capitalised() && could_be_damaged(word) && matches!(own, Verdict::Leave);
        if !taken_as_it_stands || context.dictionaries.is_empty() {
            return None;
        }
        let run = run_around(context.text, tokens, &verdict_of, i);
        // A function word first in a run is a sentence's first word ("In Szczecin"); later in
        // one, it is a name part ("Ionel Can").
        if *run.start() == i && is_function_word(word) {
            return None;
        }
        let parts: Vec<usize> = run.filter(|&j| j != i).collect();
        for &j in &parts {
            let part = tokens[j].text;
            self.languages
                .entry(part)
                .or_insert_with(|| name_languages(part, verdict_of(j), context));
        }
        let foreign: Vec<(&str, &str)> = parts
            .iter()
            .map(|&j| tokens[j].text)
            .flat_map(|part| self.languages[part].iter().map(move |l| (part, l.as_str())))
            .collect();
        let (beside, _) = *foreign.first()?;
        // A common word capitalised is a name part too ("Katalin Brny": Bárány, lamb, a
        // Hungarian surname), unless that language has the word as written ("Imre Nagy":
        // Hungarian "nagy", big, which Polish makes "nagły").
        let as_written = context.dictionaries.languages_accepting([word]);
        let written_in_theirs = foreign
            .iter()
            .any(|&(_, f)| as_written.iter().any(|w| w == f));
        let a_name_there = |name: &Name| name.proper || !written_in_theirs;
        let in_their_language = |name: &Name| {
            name.insertions <= 2
                && a_name_there(name)
                && name
                    .locales
                    .iter()
                    .any(|l| foreign.iter().any(|&(_, f)| f == language(l)))
        };
        let names: Vec<Name> = self
            .names
            .entry(word)
            .or_insert_with(|| names_for(word, context.dictionaries))
            .iter()
            .filter(|name| in_their_language(name))
            .cloned()
            .collect();
        (!names.is_empty()).then_some(Listed { names, beside })
    }
}

/// What the context of `word`, taken as it stands, made of it, for its other occurrences: a
/// repair, which they take where [`Repaired`] says, or the names it listed.
fn decided_in_context(verdict: &Verdict, word: &str, english: &Dictionary) -> Option<Elsewhere> {
    let (spellings, reason) = match verdict {
        Verdict::Letters { spelling, .. } | Verdict::Declinable { spelling, .. } => {
            let repaired = if !english.contains(word) {
                Repaired::Everywhere
            } else if english.contains_exact(word) {
                Repaired::Nowhere
            } else {
                Repaired::InsideASentence
            };
            return Some(Elsewhere {
                spellings: vec![spelling.clone()],
                reason: format!("the word repaired as `{spelling}` where its context decided"),
                repaired,
            });
        }
        Verdict::MaybeName { names, reason, .. } => (
            names.iter().map(|n| n.spelling.clone()).collect(),
            format!("the word listed elsewhere in the text: {reason}"),
        ),
        Verdict::Unknown { candidates, reason } if !candidates.is_empty() => (
            candidates.clone(),
            format!("the word listed elsewhere in the text: {reason}"),
        ),
        _ => return None,
    };
    Some(Elsewhere {
        spellings,
        reason,
        repaired: Repaired::Nowhere,
    })
}

/// The words of the run of name parts `i` stands in: each one space after the one before,
/// capitalised, or a damaged word whose repair or one of its candidates is (a name that lost
/// its capital: "Marin astn", Marián Šťastný).
fn run_around<'v>(
    text: &str,
    tokens: &[Token],
    verdict_of: impl Fn(usize) -> Option<&'v Verdict>,
    i: usize,
) -> std::ops::RangeInclusive<usize> {
    let is_part = |j: usize| tokens[j].is_capitalised() || capitalised_by(verdict_of(j));
    let joined = |j: usize| &text[tokens[j].end()..tokens[j + 1].start] == " ";
    let mut first = i;
    while first > 0 && joined(first - 1) && is_part(first - 1) {
        first -= 1;
    }
    let mut last = i;
    while last + 1 < tokens.len() && joined(last) && is_part(last + 1) {
        last += 1;
    }
    first..=last
}

/// Whether a verdict may give a lower-case word a capital: its repair, or one of its
/// candidates.
fn capitalised_by(verdict: Option<&Verdict>) -> bool {
    let capital = |spelling: &str| spelling.starts_with(char::is_uppercase);
    match verdict {
        Some(Verdict::Letters { spelling, .. } | Verdict::Declinable { spelling, .. }) => {
            capital(spelling)
        }
        Some(Verdict::Unknown { candidates, .. }) => candidates.iter().any(|c| capital(c)),
        Some(Verdict::MaybeName { names, .. }) => names.iter().any(|n| capital(&n.spelling)),
        _ => false,
    }
}

/// The languages of the foreign name a word of the run is: those whose dictionaries accept
/// its repair or its candidates, or, for a word taken as it stands that English does not
/// know, those whose dictionaries list it as a name ("Masaryk", "Janez").
fn name_languages(word: &str, verdict: Option<&Verdict>, context: &Context) -> Vec<String> {
    let dictionaries = context.dictionaries;
    let languages_of = |names: &[Name]| -> Vec<String> {
        names
            .iter()
            .filter(|n| n.proper)
            .flat_map(|n| n.locales.iter().map(|l| language(l).to_string()))
            .collect()
    };
    match verdict {
        Some(Verdict::Letters { spelling, .. } | Verdict::Declinable { spelling, .. })
            if !spelling.is_ascii() =>
        {
            dictionaries.languages_accepting([spelling.as_str()])
        }
        Some(Verdict::Unknown { candidates, .. }) => {
            dictionaries.languages_accepting(candidates.iter().map(String::as_str))
        }
        Some(Verdict::MaybeName { names, .. }) => languages_of(names),
        Some(Verdict::Leave) if !context.dictionary.contains(word) => dictionaries
            .naming(word)
            .into_iter()
            .map(|l| language(l).to_string())
            .collect(),
        _ => Vec::new(),
    }
}
