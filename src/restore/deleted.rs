//! Repairs for text whose non-ASCII characters were deleted: runs the lexicon phrases, then
//! for each word the lexicon, apostrophe, dictionary and dash rules in order of confidence,
//! and collects the quotation suspects. Every repair only inserts characters.
//!
//! No silent misses: a word that no rule repairs, that is in no dictionary or lexicon and
//! could have lost characters, is listed as a suspect with the candidates the Hunspell
//! dictionaries give (ranked), or with none.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::apostrophes::{self, APOSTROPHE};
use super::dashes;
use super::dictionary::Dictionary;
use super::hunspell::{Candidate, Dictionaries};
use super::letters::{self, Found};
use super::lexicon::{strip, Lexicon};
use super::possessives;
use super::quotes;
use super::stages::Proposal;
use super::tokens::{tokens, Token};
use super::{Class, Outcome, RawSuspect, RestoreOptions};

/// What the rules make of one word, independent of its context (so it can be cached: a long
/// text repeats its words).
#[derive(Debug, Clone)]
enum Verdict {
    /// An English word, or nothing to say.
    Leave,
    /// A lexicon spelling, maybe of a possessive stem (`possessive`: add `’s`).
    Letters {
        spelling: String,
        evidence: String,
        possessive: bool,
    },
    /// The lexicon's entries or the dictionary disagree: list them.
    Ambiguous {
        candidates: Vec<String>,
        reason: &'static str,
    },
    /// Apostrophe at this byte position; the dictionary word that proves it.
    Apostrophe { at: usize, evidence: String },
    /// Dash at this byte position.
    Dash { at: usize },
    /// Accents folded rather than deleted ("Kadar"): restore only inserts, so a suspect.
    Folded { spelling: String, origin: String },
    /// Spellings the Hunspell dictionaries know for the word (or, `possessive`, for the word
    /// without its final s), decided once the whole text is judged (see [`decide`]).
    Candidates {
        candidates: Vec<Candidate>,
        possessive: bool,
    },
    /// A capitalised word a dictionary knows only as a common word ("Pozna"): perhaps a name
    /// that lost a letter (or, `possessive`, whose possessive lost its apostrophe too);
    /// repaired only where its context decides (see [`in_context`]), listed otherwise.
    MaybeName {
        names: Vec<Name>,
        possessive: bool,
        reason: String,
    },
    /// In no dictionary or lexicon, and could be a word that lost characters; `candidates`
    /// ranked, empty when none is known.
    Unknown {
        candidates: Vec<String>,
        reason: String,
    },
}

/// Repairs `text` (assumed damaged by deletion of its non-ASCII characters).
pub fn repair(text: &str, lexicon: &Lexicon, options: &RestoreOptions) -> Outcome {
    let dictionary = Dictionary::english();
    let tokens = tokens(text);
    let occurs: HashSet<&str> = tokens
        .iter()
        .filter(|t| !t.is_fragment())
        .map(|t| t.text)
        .collect();
    let mut outcome = Outcome::default();
    let covered = phrases(text, &tokens, lexicon, &mut outcome);
    let mut verdicts: HashMap<&str, Verdict> = HashMap::new();
    let judged = |i: usize| !covered[i] && !tokens[i].is_fragment();
    for (_, token) in tokens.iter().enumerate().filter(|&(i, _)| judged(i)) {
        verdicts.entry(token.text).or_insert_with(|| {
            judge(
                token.text,
                lexicon,
                dictionary,
                &options.dictionaries,
                &occurs,
            )
        });
    }
    let context = Context {
        text,
        leading: decide(&mut verdicts, &options.dictionaries),
        dictionary,
        dictionaries: &options.dictionaries,
    };
    let mut capitalised: HashMap<&str, Verdict> = HashMap::new();
    // The verdicts context changed, by token; the others are the word's own.
    let mut changed: HashMap<usize, Verdict> = HashMap::new();
    // What a word's context decided, for its other occurrences: the same damaged word is
    // repaired the same way throughout.
    let mut repaired_in_context: HashMap<&str, Verdict> = HashMap::new();
    for (i, token) in tokens.iter().enumerate().filter(|&(i, _)| judged(i)) {
        let previous = i.checked_sub(1).map(|p| &tokens[p]);
        let Some(verdict) = in_context(token, previous, &verdicts, &mut capitalised, &context)
        else {
            continue;
        };
        let was_listed = !matches!(verdicts[token.text], Verdict::Letters { .. });
        if was_listed && matches!(verdict, Verdict::Letters { .. }) {
            repaired_in_context
                .entry(token.text)
                .or_insert_with(|| verdict.clone());
        }
        changed.insert(i, verdict);
    }
    for (i, token) in tokens.iter().enumerate().filter(|&(i, _)| judged(i)) {
        let verdict = changed
            .remove(&i)
            .unwrap_or_else(|| verdicts[token.text].clone());
        let verdict = match (&verdict, repaired_in_context.get(token.text)) {
            (Verdict::Unknown { .. } | Verdict::MaybeName { .. }, Some(repaired)) => {
                repaired.clone()
            }
            _ => verdict,
        };
        let next = tokens.get(i + 1);
        let gap = next.map_or("", |n| &text[token.end()..n.start]);
        apply(token, verdict, next, gap, options, &mut outcome);
    }
    hyphenated_parts(&tokens, &covered, dictionary, options, &mut outcome);
    let settled = settled(&tokens, &covered, &outcome);
    for found in [
        possessives::repair(text, &tokens, &settled, dictionary),
        apostrophes::contractions(text, &tokens, &settled, dictionary),
    ] {
        outcome.proposals.extend(found.proposals);
        outcome.suspects.extend(found.suspects);
    }
    outcome
        .suspects
        .extend(quotes::suspects(text, &tokens, dictionary));
    outcome
}

/// What the rules look at around a word, beyond the word itself.
struct Context<'a> {
    text: &'a str,
    /// The language most of the text's repairs are in (`hu`), if one leads.
    leading: Option<String>,
    dictionary: &'a Dictionary,
    dictionaries: &'a Dictionaries,
}

/// The verdict on one occurrence when what is around it changes the word's own (`None` when
/// it does not, which is most of the time). A capitalised
/// English word inside a sentence may be a name ("Husks": Husák’s); a word after a restored
/// name is a name part ("Lőrinc Szab": Hungarian "szab" is a verb); a name listed as possible
/// is repaired inside a sentence when the text's language picks one.
fn in_context<'a>(
    token: &Token<'a>,
    previous: Option<&Token>,
    verdicts: &HashMap<&str, Verdict>,
    capitalised: &mut HashMap<&'a str, Verdict>,
    context: &Context,
) -> Option<Verdict> {
    if context.dictionaries.is_empty() || !token.is_capitalised() {
        return None;
    }
    let own = &verdicts[token.text];
    let leading = context.leading.as_deref();
    let inside = previous.is_some_and(|p| inside_a_sentence(context.text, p, token));
    let mut verdict: Option<Verdict> = None;
    let capitalised_word =
        could_be_damaged(token.text) && !context.dictionary.contains_exact(token.text);
    if matches!(own, Verdict::Leave) && inside && capitalised_word {
        let found = capitalised
            .entry(token.text)
            .or_insert_with(|| capitalised_common_word(token.text, context.dictionaries, leading));
        if !matches!(found, Verdict::Leave) {
            verdict = Some(found.clone());
        }
    }
    let maybe_a_name = matches!(
        verdict.as_ref().unwrap_or(own),
        Verdict::Leave | Verdict::MaybeName { .. } | Verdict::Unknown { .. }
    );
    let after_a_name =
        previous.is_some_and(|p| follows_a_repaired_name(context.text, p, token, verdicts));
    if maybe_a_name && after_a_name {
        if let Some(part) = name_part(token.text, context.dictionaries, leading) {
            verdict = Some(part);
        }
    }
    if let (
        true,
        Verdict::MaybeName {
            names, possessive, ..
        },
    ) = (inside, verdict.as_ref().unwrap_or(own))
    {
        if let Some(name) = name_in_language(names, *possessive, leading) {
            verdict = Some(name);
        }
    }
    verdict
}

/// Whether only spaces and commas separate `token` from the word before it: it is not the
/// first word of a sentence, a line or a title, so its capital is its own.
fn inside_a_sentence(text: &str, previous: &Token, token: &Token) -> bool {
    let gap = &text[previous.end()..token.start];
    !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == ',')
}

/// Lost dashes after the last part of a hyphenated word ("self-managementnot"): such a part
/// is a fragment, which the word rules leave alone, but a clean split is still a dash.
fn hyphenated_parts(
    tokens: &[Token],
    covered: &[bool],
    dictionary: &Dictionary,
    options: &RestoreOptions,
    outcome: &mut Outcome,
) {
    let joins =
        |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || "'\u{2019}-_@/".contains(c));
    for (token, _) in tokens.iter().zip(covered).filter(|(_, &covered)| !covered) {
        let last_part = token.before == Some('-') && !joins(token.after);
        if last_part && !dictionary.contains(token.text) {
            if let verdict @ Verdict::Dash { .. } = dash_verdict(token.text, dictionary) {
                apply(token, verdict, None, "", options, outcome);
            }
        }
    }
}

/// The tokens the lexicon phrases covered or the word rules repaired or listed: the rules
/// that read a word with its neighbours leave them alone.
fn settled(tokens: &[Token], covered: &[bool], outcome: &Outcome) -> Vec<bool> {
    let touched: HashSet<usize> = outcome
        .proposals
        .iter()
        .map(|p| p.start)
        .chain(outcome.suspects.iter().map(|s| s.offset))
        .collect();
    tokens
        .iter()
        .zip(covered)
        .map(|(t, &covered)| covered || (t.start..=t.end()).any(|at| touched.contains(&at)))
        .collect()
}

/// The context-free verdict on one word, rules in order of confidence.
fn judge(
    word: &str,
    lexicon: &Lexicon,
    dictionary: &Dictionary,
    dictionaries: &Dictionaries,
    occurs: &HashSet<&str>,
) -> Verdict {
    if lexicon.keeps(word) {
        return Verdict::Leave;
    }
    let is_word = dictionary.contains(word);
    // The edition lexicon outranks the dictionary: "Ern" may be a word, but not in this text.
    if let Some(found) = letters::lookup(word, lexicon, false) {
        return letters_verdict(found, false);
    }
    if is_word {
        return Verdict::Leave;
    }
    if let Some(entry) = lexicon.folded(word) {
        return Verdict::Folded {
            spelling: entry.spelling.clone(),
            origin: entry.origin.clone(),
        };
    }
    match apostrophes::dictionary_positions(word, dictionary).as_slice() {
        [] => {}
        [at] => {
            return Verdict::Apostrophe {
                at: *at,
                evidence: format!("dictionary: {}'{}", &word[..*at], &word[*at..]),
            }
        }
        several => {
            return Verdict::Ambiguous {
                candidates: several
                    .iter()
                    .map(|&at| format!("{}{APOSTROPHE}{}", &word[..at], &word[at..]))
                    .collect(),
                reason: "the dictionary knows more than one place for the apostrophe",
            }
        }
    }
    if let Some(found) = letters::lookup(word, lexicon, true) {
        return letters_verdict(found, false);
    }
    if let Some(stem) = word.strip_suffix('s') {
        if let Some(found) = letters::lookup(stem, lexicon, !dictionary.contains(stem)) {
            return letters_verdict(found, true);
        }
    }
    let possessive_at = apostrophes::evidence_position(word, |w| occurs.contains(w));
    if could_be_damaged(word) && !dictionaries.is_empty() {
        if dictionaries.contains(word) {
            return foreign_word_or_name(word, dictionaries);
        }
        if let Some(verdict) =
            dictionary_candidates(word, possessive_at.is_some(), dictionary, dictionaries)
        {
            return verdict;
        }
    }
    if let Some(at) = possessive_at {
        return Verdict::Apostrophe {
            at,
            evidence: format!("`{}` occurs on its own in the text", &word[..at]),
        };
    }
    dash_verdict(word, dictionary)
}

/// The verdict on a word that may be two words glued by a lost dash.
fn dash_verdict(word: &str, dictionary: &Dictionary) -> Verdict {
    let splits = dashes::splits(word, dictionary);
    let glued = |at: usize| dashes::is_glued(&word[..at], &word[at..]);
    match splits.as_slice() {
        [] => match dashes::glued_to_a_name(word, dictionary) {
            Some(at) => Verdict::Unknown {
                candidates: vec![
                    format!("{}\u{2014}{}", &word[..at], &word[at..]),
                    format!("{} {}", &word[..at], &word[at..]),
                ],
                reason: "a word glued to a capitalised one: a lost dash or space (the name \
                         may have lost letters too)"
                    .into(),
            },
            None if could_be_damaged(word) => Verdict::Unknown {
                candidates: Vec::new(),
                reason: "in no dictionary or lexicon; no candidate known".into(),
            },
            None => Verdict::Leave,
        },
        [at] if dashes::is_derivation(&word[*at..]) => Verdict::Leave,
        [at] if glued(*at) => Verdict::Dash { at: *at },
        several => match dashes::likeliest(word, several).filter(|&at| glued(at)) {
            Some(at) => Verdict::Dash { at },
            None => Verdict::Ambiguous {
                candidates: several
                    .iter()
                    .map(|&at| format!("{}\u{2014}{}", &word[..at], &word[at..]))
                    .chain(std::iter::once(word.to_string()))
                    .collect(),
                reason: "two words glued together, or one closed compound the dictionary lacks",
            },
        },
    }
}

/// A word that could have lost letters: three letters or more, and not an acronym (two
/// capitals or more), which no dictionary lists and no deletion explains.
fn could_be_damaged(word: &str) -> bool {
    word.len() >= 3 && word.chars().filter(char::is_ascii_uppercase).count() < 2
}

/// The Hunspell candidates for `word`, or for its stem when it ends in s and the stem is no
/// English word ("Poznas" -> "Poznań’s"). The stem when it occurs on its own in the text
/// (`stem_occurs`: "Ervins" beside "Ervin" is a possessive, not Hungarian "Ervinás"), or when
/// its best candidate is as good as the word's (stems first, then fewest insertions): an
/// English text has possessives of names more often than their foreign inflections
/// ("Rkosis": Rákosi’s, not Hungarian "Rákosis"). `None` when the dictionaries know neither.
fn dictionary_candidates(
    word: &str,
    stem_occurs: bool,
    dictionary: &Dictionary,
    dictionaries: &Dictionaries,
) -> Option<Verdict> {
    // A stem that occurs, and is a word of some dictionary as it stands ("Ervin"), needs no
    // letters: the apostrophe rule decides.
    let possessive = word
        .strip_suffix('s')
        .filter(|stem| stem.len() >= 2 && could_be_damaged(word))
        .filter(|stem| !dictionary.contains(stem))
        .filter(|stem| !(stem_occurs && dictionaries.contains(stem)))
        .map(|stem| dictionaries.candidates(stem))
        .filter(|found| !found.is_empty());
    let whole = || Some(dictionaries.candidates(word)).filter(|found| !found.is_empty());
    let (candidates, possessive) = match (possessive, stem_occurs) {
        (possessive, true) => (possessive?, true),
        (Some(of_stem), false) => match whole() {
            Some(of_word) if best_key(&of_word) < best_key(&of_stem) => (of_word, false),
            _ => (of_stem, true),
        },
        (None, false) => (whole()?, false),
    };
    Some(Verdict::Candidates {
        candidates,
        possessive,
    })
}

/// The rank of the best of some candidates: a stem first, then the fewest insertions.
fn best_key(candidates: &[Candidate]) -> (bool, usize) {
    candidates
        .iter()
        .map(|c| (!c.stem, c.insertions))
        .min()
        .unwrap_or((true, usize::MAX))
}

/// Whether `token` (capitalised) follows, after one space, a name restored with letters: the
/// second part of a name ("Lőrinc Szab"), which may be a word as it stands ("Szab" is a
/// Hungarian verb, "Ger" an English abbreviation) and still have lost a letter.
fn follows_a_repaired_name(
    text: &str,
    previous: &Token,
    token: &Token,
    verdicts: &HashMap<&str, Verdict>,
) -> bool {
    token.is_capitalised()
        && previous.is_capitalised()
        && &text[previous.end()..token.start] == " "
        && matches!(verdicts.get(previous.text), Some(Verdict::Letters { .. }))
}

/// The repair of a name part: the one stem the dictionaries know for the word, or the one in
/// the text's leading language; else the same for the word without a final s, as a
/// possessive ("Ernő Gers": Gerő’s).
fn name_part(word: &str, dictionaries: &Dictionaries, leading: Option<&str>) -> Option<Verdict> {
    let one_stem = |word: &str| {
        let ranked: Vec<Ranked> = rank(&dictionaries.stems(word));
        match ranked.as_slice() {
            [one] => Some((one.clone(), None)),
            several => {
                let leading = leading?;
                let in_leading: Vec<&Ranked> = several
                    .iter()
                    .filter(|r| r.locales.iter().any(|l| language(l) == leading))
                    .collect();
                match in_leading.as_slice() {
                    [one] => Some(((*one).clone(), Some(leading))),
                    _ => None,
                }
            }
        }
    };
    let (found, possessive) = match one_stem(word) {
        Some(found) => (found, false),
        None => {
            let stem = word.strip_suffix('s').filter(|s| s.len() >= 2)?;
            (one_stem(stem)?, true)
        }
    };
    let (one, by_language) = found;
    let which = match by_language {
        Some(language) => {
            format!("the only stem in the language of the text's repairs ({language})")
        }
        None => "the only stem".to_string(),
    };
    Some(Verdict::Letters {
        evidence: format!(
            "Hunspell {}: {which}, and the word follows a restored name",
            one.locales.join(", ")
        ),
        spelling: one.spelling,
        possessive,
    })
}

/// One spelling the dictionaries offer, merged over the dictionaries that know it.
#[derive(Debug, Clone)]
struct Ranked {
    spelling: String,
    insertions: usize,
    stem: bool,
    proper: bool,
    locales: Vec<String>,
}

/// The candidates merged by spelling and ranked: stems first (an English text names people
/// and places in their base form: "Vaculík" over "Vaculků"), then fewest inserted
/// characters, then alphabetically (only so that the order is stable).
fn rank(candidates: &[Candidate]) -> Vec<Ranked> {
    let mut ranked: Vec<Ranked> = Vec::new();
    for c in candidates {
        match ranked.iter_mut().find(|r| r.spelling == c.spelling) {
            Some(r) => {
                r.stem |= c.stem;
                r.proper |= c.proper;
                r.locales.push(c.locale.clone());
            }
            None => ranked.push(Ranked {
                spelling: c.spelling.clone(),
                insertions: c.insertions,
                stem: c.stem,
                proper: c.proper,
                locales: vec![c.locale.clone()],
            }),
        }
    }
    ranked.sort_by(|a, b| {
        (!a.stem, a.insertions, &a.spelling).cmp(&(!b.stem, b.insertions, &b.spelling))
    });
    ranked
}

/// The language of a locale (`pl_PL` -> `pl`).
fn language(locale: &str) -> &str {
    locale.split(['_', '-']).next().unwrap_or(locale)
}

/// The spellings of the best rank (stem or not, insertions): more than one is a tie.
fn best(ranked: &[Ranked]) -> Vec<&Ranked> {
    ranked
        .iter()
        .take_while(|r| (r.stem, r.insertions) == (ranked[0].stem, ranked[0].insertions))
        .collect()
}

/// A name a capitalised word may have been.
#[derive(Debug, Clone)]
struct Name {
    spelling: String,
    locales: Vec<String>,
    insertions: usize,
    /// A dictionary lists it with its capital: a proper name, not a common word capitalised.
    proper: bool,
}

/// The stems the dictionaries know for `word` other than itself, proper names first, each
/// group ranked.
fn names_for(word: &str, dictionaries: &Dictionaries) -> Vec<Name> {
    let mut names: Vec<Name> = rank(&dictionaries.stems(word))
        .into_iter()
        .filter(|r| r.spelling != word)
        .map(|r| Name {
            proper: r.proper,
            spelling: r.spelling,
            locales: r.locales,
            insertions: r.insertions,
        })
        .collect();
    names.sort_by_key(|name| !name.proper);
    names
}

/// A word some dictionary accepts. A capitalised one that it knows only as a common word may
/// be a name that lost a letter: "Pozna" is Polish for "will get to know", but in an English
/// text it is far more likely "Poznań". Such a word is listed with the names it could have
/// been, and repaired only where its context decides.
fn foreign_word_or_name(word: &str, dictionaries: &Dictionaries) -> Verdict {
    let capitalised =
        word.starts_with(char::is_uppercase) && word.chars().skip(1).all(|c| c.is_lowercase());
    let lower = word.to_lowercase();
    if !capitalised || !dictionaries.contains(&lower) {
        return Verdict::Leave;
    }
    let names = names_for(word, dictionaries);
    if names.is_empty() {
        return Verdict::Leave;
    }
    Verdict::MaybeName {
        names,
        possessive: false,
        reason: format!(
            "a dictionary knows `{lower}` as a word, but capitalised it may be a name that \
             lost a letter"
        ),
    }
}

/// A capitalised English word inside a sentence that English has only in lower case
/// ("Husks", "Drys"): perhaps a name, or a name's possessive, that lost letters. Listed with
/// the proper names the dictionaries of the text's leading language know for it, or for it
/// without its final s; with no leading language, nothing suggests a foreign name, and
/// titles ("the Communist Party", "Related Posts") capitalise English words all the time.
fn capitalised_common_word(
    word: &str,
    dictionaries: &Dictionaries,
    leading: Option<&str>,
) -> Verdict {
    let Some(leading) = leading else {
        return Verdict::Leave;
    };
    let reason = "an English word in lower case, capitalised inside a sentence: a name that \
                  lost letters?";
    let in_leading = |word: &str| -> Vec<Name> {
        names_for(word, dictionaries)
            .into_iter()
            .filter(|n| n.proper && n.locales.iter().any(|l| language(l) == leading))
            .collect()
    };
    let names = in_leading(word);
    if !names.is_empty() {
        return Verdict::MaybeName {
            names,
            possessive: false,
            reason: reason.into(),
        };
    }
    let Some(stem) = word.strip_suffix('s').filter(|s| s.len() >= 2) else {
        return Verdict::Leave;
    };
    let names = in_leading(stem);
    if names.is_empty() {
        return Verdict::Leave;
    }
    Verdict::MaybeName {
        names,
        possessive: true,
        reason: reason.into(),
    }
}

/// The repair of a possible name inside a sentence: of the proper names in the language of
/// the text's other repairs, the one with the fewest insertions ("Pozna" in a text whose
/// repairs are Polish: Poznań, not Czech Poznaň nor the Polish verb "poznać").
fn name_in_language(names: &[Name], possessive: bool, leading: Option<&str>) -> Option<Verdict> {
    let leading = leading?;
    let in_language: Vec<&Name> = names
        .iter()
        .filter(|n| n.proper && n.locales.iter().any(|l| language(l) == leading))
        .collect();
    let fewest = in_language.iter().map(|n| n.insertions).min()?;
    let [one] = in_language
        .iter()
        .filter(|n| n.insertions == fewest)
        .collect::<Vec<_>>()[..]
    else {
        return None;
    };
    Some(Verdict::Letters {
        spelling: one.spelling.clone(),
        evidence: format!(
            "Hunspell {}: the only proper name with {fewest} inserted letter{} in the language \
             of the text's other repairs ({leading}), capitalised inside a sentence",
            one.locales.join(", "),
            if fewest == 1 { "" } else { "s" }
        ),
        possessive,
    })
}

/// Turns every [`Verdict::Candidates`] into a repair or a suspect, and returns the text's
/// leading language. A word with one best spelling is repaired; the languages of those
/// repairs and of the lexicons' repairs (the dictionaries that accept the spelling) are the
/// text's evidence, and break the ties of the others when one language has most of them
/// ("Pozna": Polish "Poznań" over Czech "Poznaň" in a text whose other repairs are Polish).
/// The rest are listed.
fn decide(verdicts: &mut HashMap<&str, Verdict>, dictionaries: &Dictionaries) -> Option<String> {
    let mut votes: BTreeMap<String, usize> = BTreeMap::new();
    let mut vote = |locales: &[&str]| {
        let mut languages: Vec<&str> = locales.iter().map(|l| language(l)).collect();
        languages.dedup();
        for language in languages {
            *votes.entry(language.to_string()).or_default() += 1;
        }
    };
    for (word, verdict) in verdicts.iter() {
        match verdict {
            Verdict::Candidates {
                candidates,
                possessive,
            } => {
                if let Verdict::Letters { spelling, .. } =
                    decide_one(word, candidates, *possessive, None)
                {
                    let ranked = rank(candidates);
                    let found = ranked.iter().find(|r| r.spelling == spelling);
                    let locales: Vec<&str> = found
                        .iter()
                        .flat_map(|r| r.locales.iter().map(String::as_str))
                        .collect();
                    vote(&locales);
                }
            }
            Verdict::Letters { spelling, .. } if !dictionaries.is_empty() => {
                vote(&dictionaries.accepting(spelling));
            }
            _ => {}
        }
    }
    let mut by_votes: Vec<(&String, &usize)> = votes.iter().collect();
    by_votes.sort_by(|a, b| b.1.cmp(a.1));
    let leading = match by_votes.as_slice() {
        [(first, n), (_, m), ..] if n > m => Some(first.to_string()),
        [(first, _)] => Some(first.to_string()),
        _ => None,
    };
    for (word, verdict) in verdicts.iter_mut() {
        if let Verdict::Candidates {
            candidates,
            possessive,
        } = verdict
        {
            *verdict = decide_one(word, candidates, *possessive, leading.as_deref());
        }
    }
    leading
}

/// Whether every letter a candidate inserts is in its last two characters: an inflectional
/// ending ("Stalinismů", "Ervinás"), which an English text does not put on a name, more
/// likely than a lost letter.
fn only_an_ending(word: &str, spelling: &str) -> bool {
    let kept = spelling.chars().count() - 2;
    spelling.chars().take(kept).eq(word.chars().take(kept))
}

/// The verdict on one word's candidates, given the text's leading language.
fn decide_one(
    word: &str,
    candidates: &[Candidate],
    possessive: bool,
    leading: Option<&str>,
) -> Verdict {
    let word = if possessive {
        word.strip_suffix('s').unwrap_or(word)
    } else {
        word
    };
    let ranked = rank(candidates);
    let best: Vec<&Ranked> = best(&ranked)
        .into_iter()
        .filter(|r| r.stem || !only_an_ending(word, &r.spelling))
        .collect();
    let in_leading: Vec<&&Ranked> = best
        .iter()
        .filter(|r| leading.is_some_and(|l| r.locales.iter().any(|c| language(c) == l)))
        .collect();
    let (winner, by_language) = match (best.as_slice(), in_leading.as_slice()) {
        ([one], _) => (*one, false),
        (_, [one]) => (**one, true),
        _ => {
            // An ending alone is no candidate: "Stalinism" is an English word the list lacks.
            let plausible: Vec<&Ranked> = ranked
                .iter()
                .filter(|r| r.stem || !only_an_ending(word, &r.spelling))
                .collect();
            if plausible.is_empty() {
                return Verdict::Unknown {
                    candidates: Vec::new(),
                    reason: "in no dictionary or lexicon; no candidate known".into(),
                };
            }
            let listed: Vec<String> = plausible
                .iter()
                .map(|r| format!("{} ({})", r.spelling, r.locales.join(", ")))
                .collect();
            let suffix = if possessive { "’s" } else { "" };
            return Verdict::Unknown {
                candidates: plausible
                    .iter()
                    .map(|r| format!("{}{suffix}", r.spelling))
                    .collect(),
                reason: format!(
                    "in no dictionary; no spelling the dictionaries know is a clear winner \
                     (stems first, then fewest insertions): {}",
                    listed.join("; ")
                ),
            };
        }
    };
    let what = if winner.stem {
        "a stem"
    } else {
        "a word by its affix rules"
    };
    let mut evidence = format!(
        "Hunspell {}: {what}, the only one with {} inserted letter{}",
        winner.locales.join(", "),
        winner.insertions,
        if winner.insertions == 1 { "" } else { "s" }
    );
    if by_language {
        evidence.push_str(&format!(
            " in the language of the text's other repairs ({})",
            leading.unwrap_or_default()
        ));
    }
    Verdict::Letters {
        spelling: winner.spelling.clone(),
        evidence,
        possessive,
    }
}

fn letters_verdict(found: Found, possessive: bool) -> Verdict {
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

/// Turns a verdict into proposals or suspects at one occurrence.
fn apply(
    token: &Token,
    verdict: Verdict,
    next: Option<&Token>,
    gap: &str,
    options: &RestoreOptions,
    outcome: &mut Outcome,
) {
    let word = token.text;
    let insert = |at: usize, what: &str, rule, class, evidence: String| Proposal {
        start: token.start + at,
        end: token.start + at,
        replacement: what.to_string(),
        rule,
        class,
        evidence,
    };
    let mut suspect_of = |candidates: Vec<String>, reason: String, unknown_word: bool| {
        outcome.suspects.push(RawSuspect {
            offset: token.start,
            text: word.to_string(),
            candidates,
            reason,
            unknown_word,
        })
    };
    let mut suspect = |candidates, reason| suspect_of(candidates, reason, false);
    match verdict {
        Verdict::Leave => {}
        Verdict::Letters {
            spelling,
            evidence,
            possessive,
        } => {
            if possessive && !apostrophes::possessive_context(word, next, gap) {
                suspect(
                    vec![format!("{spelling}{APOSTROPHE}s"), format!("{spelling}s")],
                    "possessive or plural of a lexicon name?".into(),
                );
                return;
            }
            let proposals = letters_proposals(token, spelling, evidence, possessive);
            outcome.proposals.extend(proposals);
        }
        Verdict::Ambiguous { candidates, reason } => suspect(candidates, reason.into()),
        Verdict::Apostrophe { at, evidence } => {
            let restored = format!("{}{APOSTROPHE}{}", &word[..at], &word[at..]);
            let possessive = apostrophes::is_s_form(word, at);
            let context = apostrophes::possessive_context(word, next, gap)
                && apostrophes::common_noun_possessive_context(word, next, Dictionary::english());
            if possessive && !context {
                suspect(
                    vec![restored],
                    "a possessive, but no noun it could possess follows".into(),
                );
                return;
            }
            let rule = if apostrophes::is_s_form(word, at) {
                "apostrophe.possessive"
            } else {
                "apostrophe.contraction"
            };
            outcome
                .proposals
                .push(insert(at, APOSTROPHE, rule, Class::Apostrophe, evidence));
        }
        Verdict::Dash { at } => {
            let evidence = format!(
                "`{word}` is not a word; `{}` and `{}` are",
                &word[..at],
                &word[at..]
            );
            outcome.proposals.push(insert(
                at,
                dashes::dash(options.dash),
                "dash.glued",
                Class::Dash,
                evidence,
            ));
        }
        Verdict::Folded { spelling, origin } => suspect(
            vec![spelling.clone()],
            format!(
                "`{spelling}` ({origin}) with its accents flattened, not deleted: an emendation, \
                 not a restoration"
            ),
        ),
        Verdict::Unknown { candidates, reason } => suspect_of(candidates, reason, true),
        Verdict::MaybeName {
            names,
            possessive,
            reason,
            ..
        } => {
            let suffix = if possessive { "’s" } else { "" };
            let candidates = names
                .iter()
                .map(|n| format!("{}{suffix}", n.spelling))
                .collect();
            suspect_of(candidates, reason, true)
        }
        Verdict::Candidates { .. } => unreachable!("decided before any is applied"),
    }
}

/// The repair of a word's letters, and the apostrophe of its possessive (the word's final
/// `s` follows the restored stem).
fn letters_proposals(
    token: &Token,
    spelling: String,
    evidence: String,
    possessive: bool,
) -> Vec<Proposal> {
    let stem_end = token.start + token.text.len() - usize::from(possessive);
    let mut proposals = vec![Proposal {
        start: token.start,
        end: stem_end,
        replacement: spelling,
        rule: "letters.lexicon",
        class: Class::Letters,
        evidence,
    }];
    if possessive {
        proposals.push(Proposal {
            start: stem_end,
            end: stem_end,
            replacement: APOSTROPHE.to_string(),
            rule: "apostrophe.possessive",
            class: Class::Apostrophe,
            evidence: "possessive of a lexicon name".into(),
        });
    }
    proposals
}

/// Applies the lexicon's phrases; returns which tokens they covered.
fn phrases(text: &str, tokens: &[Token], lexicon: &Lexicon, outcome: &mut Outcome) -> Vec<bool> {
    let mut covered = vec![false; tokens.len()];
    let mut i = 0;
    while i < tokens.len() {
        let token = &tokens[i];
        let rest = &text[token.start..];
        let found = lexicon
            .phrases_starting(token.text)
            .iter()
            .find(|(key, _)| {
                rest.starts_with(key.as_str())
                    && !rest[key.len()..].starts_with(|c: char| c.is_alphanumeric())
            });
        let inside_a_word = token.before.is_some_and(char::is_alphanumeric);
        let Some((key, entry)) = found.filter(|_| !inside_a_word) else {
            i += 1;
            continue;
        };
        let end = token.start + key.len();
        // One proposal per inserted run, so counts by class stay right.
        for (offset, inserted) in insertions(key, &entry.spelling) {
            outcome.proposals.push(Proposal {
                start: token.start + offset,
                end: token.start + offset,
                class: Class::of_inserted(&inserted),
                replacement: inserted,
                rule: "phrase.lexicon",
                evidence: format!("edition lexicon {}: `{}`", entry.origin, entry.spelling),
            });
        }
        while i < tokens.len() && tokens[i].start < end {
            covered[i] = true;
            i += 1;
        }
    }
    covered
}

/// The runs of characters `spelling` adds to `key` (its stripped form), as (offset in key,
/// inserted text).
fn insertions(key: &str, spelling: &str) -> Vec<(usize, String)> {
    debug_assert_eq!(strip(spelling), key);
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut offset = 0;
    let mut last_inserted_at = None;
    for c in spelling.chars() {
        if c.is_ascii() {
            offset += c.len_utf8();
        } else if last_inserted_at == Some(offset) {
            if let Some(last) = out.last_mut() {
                last.1.push(c);
            }
        } else {
            out.push((offset, c.to_string()));
            last_inserted_at = Some(offset);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insertions_group_runs() {
        assert_eq!(
            insertions("workers councils", "workers’ councils"),
            [(7, "’".to_string())]
        );
        assert_eq!(
            insertions("Ern Ger", "Ernő Gerő"),
            [(3, "ő".to_string()), (7, "ő".to_string())]
        );
    }
}
