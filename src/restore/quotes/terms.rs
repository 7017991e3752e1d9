//! Terms and names a text announces, which lost their quotation marks: after "so-called",
//! a naming verb ("called", "known as"), "nickname", "the word", "spoke of", or as an
//! epithet.

use std::ops::Range;

use super::glosses::{ends_a_gloss, foreign_words_before_a_gloss, glosses_at, is_foreign};
use super::titles::{title_after, title_with_its_article};
use super::{
    is_a_common_word_capitalised, placed, sentence_has_quotes, ARTICLES, BEFORE_A_NAME,
    CLAUSE_WORDS,
};
use crate::restore::dictionary::Dictionary;
use crate::restore::possessives::is_verb_after_subject;
use crate::restore::tokens::{is_function_word, one_space_before, Token};
use crate::restore::RawSuspect;

/// Words that name what follows them (`is called simplified`, `known as`): the name is
/// often put between marks.
const NAMING: &[&str] = &[
    "call",
    "called",
    "calls",
    "christened",
    "labelled",
    "labeled",
    "rechristened",
    "renamed",
    "termed",
];

/// Words that begin a subject or an object of a few words (`said the fly`, `told the
/// operator`).
pub(super) const DETERMINERS: &[&str] = &[
    "a", "an", "her", "his", "its", "my", "our", "that", "the", "their", "these", "this", "those",
    "your",
];

/// Pronouns that stand as the object of a reporting or naming verb (`asked me, If…`, `call it
/// peace`).
pub(super) const OBJECTS: &[&str] = &[
    "her", "him", "it", "me", "myself", "them", "this", "us", "you",
];

/// Relatives that make a naming verb's object the word before them (`which she called`,
/// `what they called`): what follows the verb is the name. Not "that", as often a
/// determiner (`that golden cloud called the Bridge of the Gods`).
const RELATIVES: &[&str] = &["what", "which", "whom"];

/// Reflexive objects of a naming verb (`calls itself Little Paris`).
const REFLEXIVES: &[&str] = &["herself", "himself", "itself", "themselves"];

/// Words that are no part of a name or term: after "called" they make it a verb of its own
/// (`called for`, `called out`, `called him back`, `called me again`).
const NOT_A_TERM: &[&str] = &[
    "a", "again", "an", "and", "at", "away", "back", "by", "down", "for", "from", "home", "in",
    "into", "later", "now", "off", "on", "or", "out", "the", "to", "today", "up", "upon", "with",
];

/// The terms, nicknames, epithets and titles the words at and after `tokens[i]` announce: a
/// term after "so-called" or a naming verb, a nickname, a word after "the word", a term
/// around a naming verb's "as", a title opened by "The" inside a sentence, an epithet.
pub(super) fn terms_at(
    text: &str,
    tokens: &[Token],
    i: usize,
    dictionary: &Dictionary,
) -> Vec<RawSuspect> {
    let token = &tokens[i];
    let mut found = Vec::new();
    if let Some(span) = so_called(text, tokens, i) {
        found.push(placed(text, span, "a term after `so-called`"));
    } else if let Some(span) =
        named_term(text, tokens, i, dictionary).or_else(|| reflexive_epithet(text, tokens, i))
    {
        let naming = if token.text == "known" {
            "known as"
        } else {
            token.text
        };
        found.push(placed(text, span, &format!("a term after `{naming}`")));
    }
    if let Some(span) = term_spoken_of(text, tokens, i) {
        found.push(placed(
            text,
            span,
            &format!("a term after `{} of`", token.text),
        ));
    }
    if let Some(span) = term_whose_meaning_is_asked(text, tokens, i) {
        found.push(placed(text, span, "a term between `what` and `meant`"));
    }
    found.extend(glosses_at(text, tokens, i, dictionary));
    if let Some(span) = nickname_after(text, tokens, i) {
        found.push(placed(
            text,
            span,
            &format!("a nickname after `{}`", token.text),
        ));
    }
    if let Some(span) = called_in_the_passive(text, tokens, i) {
        found.push(placed(text, span, "what a passive `called` names"));
    }
    if let Some(span) = word_after_its_noun(text, tokens, i, dictionary) {
        found.push(placed(
            text,
            span,
            &format!("a word after `the {}`", token.text),
        ));
    }
    if let Some(span) = term_after_as(text, tokens, i, dictionary) {
        found.push(placed(
            text,
            span,
            &format!("a term after `{} … as`", token.text),
        ));
    }
    if let Some(span) = label_of_a_charge(text, tokens, i) {
        found.push(placed(
            text,
            span,
            &format!("a label after `{}`", token.text),
        ));
    }
    if let Some(span) = term_as_called(text, tokens, i) {
        found.push(placed(
            text,
            span,
            &format!("a term before `as … {}`", token.text),
        ));
    }
    if let Some(span) = term_an_apposition_declares(text, tokens, i, dictionary) {
        found.push(placed(
            text,
            span,
            "a term an apposition calls a word or a term",
        ));
    }
    if let Some(span) = title_with_its_article(text, tokens, i) {
        found.push(placed(
            text,
            span,
            &format!("a title: `{}` capitalised inside a sentence", token.text),
        ));
    }
    found.extend(epithet_not_placed(text, tokens, i, dictionary, &found));
    found
}

/// The suspect for the epithet a naming verb at `tokens[verb]` gives, unless a term at the
/// same place is `placed` already (`call it the Moravian Bethlehem`, a term after "call").
fn epithet_not_placed(
    text: &str,
    tokens: &[Token],
    verb: usize,
    dictionary: &Dictionary,
    placed_already: &[RawSuspect],
) -> Option<RawSuspect> {
    let span = epithet(text, tokens, verb, dictionary)
        .or_else(|| owned_epithet(text, tokens, verb))
        .filter(|span| !placed_already.iter().any(|s| s.offset == span.start))?;
    let why = format!("an epithet after `{}`", tokens[verb].text);
    Some(placed(text, span, &why))
}

/// The most words of an epithet a naming verb gives its own subject.
const REFLEXIVE_EPITHET_WORDS: usize = 5;

/// The most words of a name a naming verb gives its own subject that begins with a capital
/// (`renamed itself the Committee for Social Self-Defence KOR,`): a body's full name is
/// longer than an epithet.
const REFLEXIVE_NAME_WORDS: usize = 8;

/// `likes to call itself the Polish pole of warmth, on the strength of`: what a naming verb
/// with a reflexive object and an article names, up to the end of its clause, of at most
/// [`REFLEXIVE_EPITHET_WORDS`] words (or [`REFLEXIVE_NAME_WORDS`] from a capital, whose words
/// a hyphen may join) and no verb or word that opens a clause. A place's or a people's or a
/// body's name for itself is quoted as theirs.
fn reflexive_epithet(text: &str, tokens: &[Token], verb: usize) -> Option<Range<usize>> {
    let spaced = |j: usize| one_space_before(text, tokens, j);
    let reflexive = tokens.get(verb + 1).filter(|_| spaced(verb + 1))?;
    let article = tokens.get(verb + 2).filter(|_| spaced(verb + 2))?;
    if !NAMING.contains(&tokens[verb].text)
        || !REFLEXIVES.contains(&reflexive.text)
        || !ARTICLES.contains(&article.text)
        || sentence_has_quotes(text, article.start)
    {
        return None;
    }
    let first = verb + 3;
    let name = tokens.get(first).is_some_and(Token::is_capitalised);
    let joined =
        |j: usize| spaced(j) || (name && &text[tokens[j - 1].end()..tokens[j].start] == "-");
    let in_epithet = |j: usize| {
        tokens.get(j).is_some_and(|t| {
            joined(j) && !CLAUSE_WORDS.contains(&t.text) && !NOT_A_TERM.contains(&t.text)
        })
    };
    let words = if name {
        REFLEXIVE_NAME_WORDS
    } else {
        REFLEXIVE_EPITHET_WORDS
    };
    let last = (first..first + words)
        .take_while(|&j| in_epithet(j))
        .find(|&j| text[tokens[j].end()..].starts_with([',', '.', ';', ':']))?;
    Some(tokens[first].start..tokens[last].end())
}

/// Appositions that say the words before them are a word, not the writer's own
/// (`as naive, a word the painters found insulting`).
const WORD_APPOSITIONS: &[&str] = &[
    "a word",
    "a term",
    "a phrase",
    "a label",
    "an expression",
    "the word",
    "the term",
];

/// `describes itself as post-industrial, a word that would have baffled`: the lower-case
/// English words before a comma and an apposition of [`WORD_APPOSITIONS`], back to the "as"
/// before them (up to [`TERM_WORDS`]), or the one word before the comma; the word at `last`
/// is the term's last. The writer quotes what such an apposition comments on.
fn term_an_apposition_declares(
    text: &str,
    tokens: &[Token],
    last: usize,
    dictionary: &Dictionary,
) -> Option<Range<usize>> {
    let after = text[tokens[last].end()..].strip_prefix(", ")?;
    let declared = WORD_APPOSITIONS.iter().any(|noun| {
        after
            .strip_prefix(noun)
            .is_some_and(|rest| rest.starts_with([' ', ',', '.']))
    });
    let lower = |j: usize| {
        tokens[j].text.starts_with(|c: char| c.is_ascii_lowercase())
            && !is_function_word(tokens[j].text)
    };
    if !declared || !lower(last) || sentence_has_quotes(text, tokens[last].start) {
        return None;
    }
    let joined = |j: usize| one_space_before(text, tokens, j) || tokens[j - 1].after == Some('-');
    let as_at = (last.saturating_sub(TERM_WORDS)..last)
        .rev()
        .take_while(|&j| joined(j + 1))
        .find(|&j| tokens[j].text == "as");
    let first = match as_at {
        Some(as_at) if (as_at + 1..=last).all(lower) => as_at + 1,
        // The word before the comma, with the parts a hyphen joins to it.
        _ => (1..=last)
            .rev()
            .take_while(|&j| tokens[j - 1].after == Some('-'))
            .last()
            .map_or(last, |j| j - 1),
    };
    // An English word the writer holds at a distance; a foreign one glossed so is set in
    // italics ("the puszta, a word that once meant empty").
    let english = (first..=last).all(|j| dictionary.contains(tokens[j].text));
    english.then(|| tokens[first].start..tokens[last].end())
}

/// `the so-called normalisation`: the term after "so-called" (a run of capitalised words, or
/// one word), which the writer distanced themselves from with quotation marks.
fn so_called(text: &str, tokens: &[Token], called: usize) -> Option<Range<usize>> {
    let token = &tokens[called];
    let so = &tokens[called.checked_sub(1)?];
    if token.text != "called" || !so.text.eq_ignore_ascii_case("so") || so.after != Some('-') {
        return None;
    }
    let term = tokens.get(called + 1)?;
    if &text[token.end()..term.start] != " " || sentence_has_quotes(text, term.start) {
        return None;
    }
    let mut end = term.end();
    if term.is_capitalised() {
        for (j, next) in tokens.iter().enumerate().skip(called + 2) {
            if &text[tokens[j - 1].end()..next.start] != " " || !next.is_capitalised() {
                break;
            }
            end = next.end();
        }
    }
    Some(term.start..end)
}

/// `is called simplified, which`, `call it peace.`, `known as the Wall`: the name a text
/// gives after "called", "termed" or "known as" (and an object pronoun), often set between
/// marks. A capitalised run is the name; lower-case words are one only when one to three of
/// them end the clause.
fn named_term(
    text: &str,
    tokens: &[Token],
    at: usize,
    dictionary: &Dictionary,
) -> Option<Range<usize>> {
    let spaced = |j: usize| one_space_before(text, tokens, j);
    let word = tokens[at].text;
    let known_as = word == "known" && spaced(at + 1) && tokens[at + 1].text == "as";
    if !NAMING.contains(&word) && !known_as {
        return None;
    }
    let mut first = at + 1 + usize::from(known_as);
    // "call it peace"; "known as the Wall" (after "called", "the" begins an object, but for
    // a verb whose object came before it: "which she called the Caravan of Dreams").
    // A subject between ("which she called"): right before the verb, the relative is its
    // subject ("a committee which called the meeting").
    // "the church that everyone calls the Moon Church": "that" with one word between, its
    // subject, before an article and a capital. Only so: "that" is as often a conjunction
    // ("said that they called the police").
    let that_subject = at >= 2
        && tokens[at - 2].text == "that"
        && tokens
            .get(first)
            .is_some_and(|t| ARTICLES.contains(&t.text))
        && tokens.get(first + 1).is_some_and(Token::is_capitalised);
    let object_before = that_subject
        || (at.saturating_sub(3)..at.saturating_sub(1))
            .any(|j| RELATIVES.contains(&tokens[j].text));
    let skipped = if known_as || object_before {
        ARTICLES
    } else {
        OBJECTS
    };
    // "calls itself Little Paris": a reflexive object, skipped as an object pronoun is.
    if !known_as && spaced(first) && REFLEXIVES.contains(&tokens[first].text) {
        first += 1;
    }
    // "call him the Slovak Robin Hood": an article after the object, before a capital, opens
    // an epithet, which may begin with a name's adjective.
    let mut epithet = false;
    let object = if spaced(first) && skipped.contains(&tokens[first].text) {
        1
    } else if !known_as && !object_before && a_noun_named(text, tokens, first) {
        2
    } else {
        0
    };
    if object > 0 {
        first += object;
        let capital_after = tokens.get(first + 1).is_some_and(|t| t.is_capitalised());
        if spaced(first) && ARTICLES.contains(&tokens[first].text) && capital_after {
            first += 1;
            epithet = true;
        }
    }
    let term = tokens.get(first)?;
    if !spaced(first) || NOT_A_TERM.contains(&term.text) || sentence_has_quotes(text, term.start) {
        return None;
    }
    if term.is_capitalised() {
        let common = is_a_common_word_capitalised(term.text, dictionary);
        // "better known as Wrymouth, a nickname that…": the apposition says what it is.
        let declared = |span: &Range<usize>| {
            let after = &text[span.end..];
            ["a nickname", "an epithet", "the nickname"]
                .iter()
                .any(|noun| {
                    after
                        .strip_prefix(", ")
                        .is_some_and(|a| a.starts_with(noun))
                })
        };
        return title_after(text, tokens, first - 1)
            .filter(|span| {
                common
                    || epithet
                    || declared(span)
                    || an_english_epithet(&text[span.clone()], dictionary)
            })
            .or_else(|| foreign_words_before_a_gloss(text, tokens, first, dictionary));
    }
    let mut last = first;
    while last < first + 2
        && spaced(last + 1)
        && !text[tokens[last].end()..].starts_with([',', '.'])
    {
        last += 1;
    }
    let ends_clause = text[tokens[last].end()..].starts_with([',', '.', ';', ':', '!', '?']);
    let lower = (first..=last).all(|j| {
        let word = tokens[j].text;
        word.starts_with(|c: char| c.is_ascii_lowercase())
            && !NOT_A_TERM.contains(&word)
            && !CLAUSE_WORDS.contains(&word)
    });
    (ends_clause && lower && !OBJECTS.contains(&term.text)).then(|| term.start..tokens[last].end())
}

/// Whether the words at `first` are a naming verb's object of an article and a noun, before
/// the name it is given (`called the city the Calvinist Rome`, `call the area Kashubian
/// Switzerland`): a capital after it, or an article and a capital. The name is then
/// weighed as one after an object pronoun is.
fn a_noun_named(text: &str, tokens: &[Token], first: usize) -> bool {
    let spaced = |j: usize| one_space_before(text, tokens, j);
    let capital = |j: usize| spaced(j) && tokens.get(j).is_some_and(Token::is_capitalised);
    let article = |j: usize| spaced(j) && tokens.get(j).is_some_and(|t| ARTICLES.contains(&t.text));
    let determiner = tokens
        .get(first)
        .is_some_and(|t| matches!(t.text, "the" | "its" | "their"));
    let noun = tokens
        .get(first + 1)
        .is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_lowercase()));
    spaced(first)
        && determiner
        && spaced(first + 1)
        && noun
        && (capital(first + 2) || (article(first + 2) && capital(first + 3)))
}

/// `Czech Canada`, `Little Rome`, `Moon Church`: two or more capitalised words, each one
/// English knows, which a name given after "call" joins into an epithet that the text sets
/// between marks. A place's own name after "call" has words English lacks ("call it
/// Selmecbánya", "called it Sopianae"), and the text gives it without marks.
fn an_english_epithet(run: &str, dictionary: &Dictionary) -> bool {
    let capitalised: Vec<&str> = run
        .split(' ')
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .collect();
    capitalised.len() >= 2 && capitalised.iter().all(|w| dictionary.contains(w))
}

/// Forms of "speak" that, with "of", introduce a term as people use it (`Poles spoke of the
/// flood of the millennium.`, `speak of the gygyfrd, the healing bath`).
const SPEAKING: &[&str] = &["speak", "speaking", "speaks", "spoke", "spoken"];

/// The most words of a term spoken of.
const SPOKEN_WORDS: usize = 4;

/// `spoke of the flood of the millennium.`: the words after a [`SPEAKING`] verb's "of" (and
/// an article), in lower case, up to the punctuation that ends them within
/// [`SPOKEN_WORDS`]; a term people use, which the text quotes. Not a pronoun (`speak of
/// ourselves at all`), a small word (`spoken of with awe`) nor a name (`speak of Clive,
/// Nelson`), which are no one's term.
fn term_spoken_of(text: &str, tokens: &[Token], at: usize) -> Option<Range<usize>> {
    let spaced = |j: usize| one_space_before(text, tokens, j);
    if !SPEAKING.contains(&tokens[at].text) || tokens.get(at + 1)?.text != "of" || !spaced(at + 1) {
        return None;
    }
    let mut first = at + 2;
    if spaced(first) && ARTICLES.contains(&tokens.get(first)?.text) {
        first += 1;
    }
    let term = tokens.get(first)?;
    // A pronoun, or a small word that opens no term (`spoken of with awe`).
    let pronoun = OBJECTS.contains(&term.text)
        || is_function_word(term.text)
        || term.text.ends_with("self")
        || term.text.ends_with("selves");
    if !spaced(first) || term.is_capitalised() || pronoun || sentence_has_quotes(text, term.start) {
        return None;
    }
    (first..tokens.len().min(first + SPOKEN_WORDS))
        .take_while(|&j| j == first || spaced(j))
        .find(|&j| text[tokens[j].end()..].starts_with([',', '.', ';', ':']))
        .map(|last| term.start..tokens[last].end())
}

/// The forms of "mean" that end a question about a term (`what counter-revolution had
/// meant`).
const MEANING: &[&str] = &["mean", "meant", "means"];

/// The auxiliaries and adverbs that may stand between a term and [`MEANING`] (`had meant`,
/// `really means`).
const BEFORE_MEANING: &[&str] = &["does", "did", "had", "has", "might", "really", "would"];

/// The most words of a term whose meaning is asked. Twice as many tokens are looked through,
/// as a hyphenated word's parts are tokens of their own.
const ASKED_WORDS: usize = 3;

/// `asked what counter-revolution had meant`, `what ten-day war meant`: the words between
/// "what" and a form of "mean" (after an auxiliary, perhaps) are a term the writer mentions
/// rather than uses, which a text quotes. Not a pronoun or another small word (`what it
/// meant`, `what the law meant` asks about a thing, not a word), within [`ASKED_WORDS`].
fn term_whose_meaning_is_asked(text: &str, tokens: &[Token], at: usize) -> Option<Range<usize>> {
    let spaced = |j: usize| one_space_before(text, tokens, j);
    if tokens[at].text != "what" || !spaced(at + 1) {
        return None;
    }
    let first = tokens.get(at + 1)?;
    if is_function_word(first.text) || sentence_has_quotes(text, first.start) {
        return None;
    }
    // A hyphenated word's parts are tokens of their own (`ten-day war`).
    let joined = |j: usize| spaced(j) || &text[tokens[j - 1].end()..tokens[j].start] == "-";
    let verb = (at + 2..tokens.len().min(at + 2 + 2 * ASKED_WORDS))
        .take_while(|&j| joined(j))
        .find(|&j| MEANING.contains(&tokens[j].text))?;
    let last = match tokens[verb - 1].text {
        word if BEFORE_MEANING.contains(&word) => verb - 2,
        _ => verb - 1,
    };
    let words = &tokens[at + 1..=last];
    let plain = words
        .iter()
        .all(|w| !is_function_word(w.text) && !MEANING.contains(&w.text));
    (last > at && plain).then(|| first.start..tokens[last].end())
}

/// Verbs that give their object a name or a label with "as" (`mocked them as weekend
/// peasants`, `know it as the Merry Cemetery`, `known locally as`, `billed him as`,
/// `viewed it as`), which a writer quoting it sets between marks. Not "described" or
/// "regarded", which as often characterise in the writer's own words (`described him as a
/// careful man`).
const NAMING_AS: &[&str] = &[
    "billed",
    "branded",
    "celebrate",
    "celebrated",
    "denounced",
    "derided",
    "dismissed",
    "hailed",
    "know",
    "knew",
    "known",
    "mocked",
    "promoted",
    "registered",
    "remember",
    "remembered",
    "remembers",
    "ridiculed",
    "styled",
    "viewed",
];

/// The most words from a [`NAMING_AS`] verb to its "as" (an object, an adverb, `the day for
/// forty years`): a longer run is a clause of its own.
const WORDS_TO_AS: usize = 6;

/// The most words of a lower-case term after "as": more are a clause, not a name.
const TERM_WORDS: usize = 4;

/// `mocked them as weekend peasants,`, `celebrate the day for forty years as Victorious
/// February.`, `known locally as the Wall`: what a verb of [`NAMING_AS`] names its object
/// after "as", up to [`WORDS_TO_AS`] words on: a capitalised run (after an article) that
/// begins with a common English word (a name is no term), or one to [`TERM_WORDS`]
/// lower-case words that end their clause. "known as" right after the verb is [`named_term`]'s.
fn term_after_as(
    text: &str,
    tokens: &[Token],
    verb: usize,
    dictionary: &Dictionary,
) -> Option<Range<usize>> {
    let joined = |j: usize| one_space_before(text, tokens, j);
    if !NAMING_AS.contains(&tokens[verb].text) || sentence_has_quotes(text, tokens[verb].start) {
        return None;
    }
    let as_at = (verb + 1..=verb + WORDS_TO_AS)
        .take_while(|&j| joined(j) && !CLAUSE_WORDS.contains(&tokens[j].text))
        .find(|&j| tokens[j].text == "as")?;
    if tokens[verb].text == "known" && as_at == verb + 1 {
        return None;
    }
    let mut first = as_at + 1;
    if joined(first) && ARTICLES.contains(&tokens[first].text) {
        first += 1;
    }
    let term = tokens.get(first).filter(|_| joined(first))?;
    // `known to everyone simply as Monciak,`: "simply" before "as" makes the name a nickname,
    // which the text quotes (in the trial texts 7 of 8 such were quoted).
    if term.is_capitalised() && tokens[as_at - 1].text == "simply" {
        return name_ending_its_clause(text, tokens, first);
    }
    // `known to the whole neighbourhood as Nea Fane.`, `known along the bank as Admirál,`: a
    // name the people around someone give them is a nickname, which the text quotes (in the
    // trial texts and the forty-second set 9 of 10 such were), where what the world or
    // another people call them is a name as written ("known to the rest of the world as
    // Nicolaus Copernicus").
    let by_the_people_around = tokens[verb + 1..as_at]
        .iter()
        .any(|t| PEOPLE_AROUND.contains(&t.text));
    if term.is_capitalised() && tokens[verb].text == "known" && by_the_people_around {
        return name_ending_its_clause(text, tokens, first);
    }
    if term.is_capitalised() {
        let common = is_a_common_word_capitalised(term.text, dictionary);
        return title_after(text, tokens, first - 1).filter(|_| common);
    }
    let in_term = |j: usize| {
        let word = tokens[j].text;
        word.starts_with(|c: char| c.is_ascii_lowercase())
            && !NOT_A_TERM.contains(&word)
            && !CLAUSE_WORDS.contains(&word)
    };
    let last = last_word_of_a_term(text, tokens, first, in_term);
    let rest = &text[tokens[last].end()..];
    (in_term(first) && ends_a_term(rest)).then(|| term.start..tokens[last].end())
}

/// The last of up to [`TERM_WORDS`] words from `first` that `in_term` takes, one space
/// apart or joined by a hyphen (a compound's parts are one word's: "right-wing deviation").
fn last_word_of_a_term(
    text: &str,
    tokens: &[Token],
    first: usize,
    in_term: impl Fn(usize) -> bool,
) -> usize {
    let mut last = first;
    while last < first + TERM_WORDS - 1
        && last + 1 < tokens.len()
        && (one_space_before(text, tokens, last + 1) || tokens[last].after == Some('-'))
        && in_term(last + 1)
    {
        last += 1;
    }
    last
}

/// Whether `rest`, the text after a term's last word, ends the term: its clause's
/// punctuation, a bracket, or "and" or "or" before another ("denounced as a nationalist and
/// at last as a spy").
fn ends_a_term(rest: &str) -> bool {
    rest.starts_with([',', '.', ';', ':', '!', '?', '('])
        || [" (", " and ", " or "]
            .iter()
            .any(|joint| rest.starts_with(joint))
}

/// Verbs of a charge or a denunciation, and the word that introduces what they charge
/// someone with ("accused of", "charged with"; none for "denounced", whose object is the
/// label): a political text quotes the regime's words for it ("denounced hooligans",
/// "accused of a right-wing deviation").
const CHARGING: &[(&str, Option<&str>)] = &[
    ("accused", Some("of")),
    ("accusing", Some("of")),
    ("charged", Some("with")),
    ("convicted", Some("of")),
    ("denounced", None),
    ("denounces", None),
    ("denouncing", None),
];

/// The most words from a verb of [`CHARGING`] to its "of" or "with" (`accused the students
/// of`): a longer run is a clause of its own.
const WORDS_TO_THE_CHARGE: usize = 4;

/// `denounced hooligans, revisionists`, `denounced the sinful city.`, `accused of a
/// right-wing deviation.`, `charged with subversion`: the label a verb of [`CHARGING`] gives,
/// after its "of" or "with" (or right after "denounced") and an article: one to
/// [`TERM_WORDS`] lower-case words (two at least after an article) that end their clause or
/// come before "and" or "or". A label with "as" after "denounced" is [`term_after_as`]'s.
fn label_of_a_charge(text: &str, tokens: &[Token], verb: usize) -> Option<Range<usize>> {
    let joined = |j: usize| one_space_before(text, tokens, j);
    let (_, introducer) = CHARGING
        .iter()
        .find(|(charging, _)| *charging == tokens[verb].text)?;
    if sentence_has_quotes(text, tokens[verb].start) {
        return None;
    }
    let mut first = match introducer {
        Some(word) => {
            (verb + 1..=verb + WORDS_TO_THE_CHARGE)
                .take_while(|&j| joined(j) && !CLAUSE_WORDS.contains(&tokens[j].text))
                .find(|&j| tokens[j].text == *word)?
                + 1
        }
        None => verb + 1,
    };
    // After an article, one noun is as often the plain word ("charged with a crime"); a
    // label the writer quotes qualifies it ("a right-wing deviation", "the sinful city").
    let after_an_article = joined(first) && ARTICLES.contains(&tokens.get(first)?.text);
    if after_an_article {
        first += 1;
    }
    let in_term = |j: usize| {
        tokens.get(j).is_some_and(|t| {
            t.text.starts_with(|c: char| c.is_ascii_lowercase())
                && !NOT_A_TERM.contains(&t.text)
                && !CLAUSE_WORDS.contains(&t.text)
                && !OBJECTS.contains(&t.text)
                && t.text != "as"
        })
    };
    if !joined(first) || !in_term(first) {
        return None;
    }
    let last = last_word_of_a_term(text, tokens, first, in_term);
    let long_enough = !after_an_article || last > first;
    (long_enough && ends_a_term(&text[tokens[last].end()..]))
        .then(|| tokens[first].start..tokens[last].end())
}

/// Words that name the people around someone, who give a nickname: `known to everyone as`,
/// `known to half the county as`, `known along the bank as`.
const PEOPLE_AROUND: &[&str] = &[
    "bank",
    "county",
    "everybody",
    "everyone",
    "friends",
    "half",
    "locals",
    "neighbourhood",
    "neighbours",
    "regulars",
    "town",
    "valley",
    "village",
    "whole",
];

/// The most words of a nickname given after "simply as".
const SIMPLE_NAME_WORDS: usize = 4;

/// The capitalised words from `tokens[first]`, one space apart, up to a punctuation mark that
/// ends their clause, at most [`SIMPLE_NAME_WORDS`] of them.
fn name_ending_its_clause(text: &str, tokens: &[Token], first: usize) -> Option<Range<usize>> {
    let mut last = first;
    while last + 1 < tokens.len()
        && last + 1 - first < SIMPLE_NAME_WORDS
        && one_space_before(text, tokens, last + 1)
        && tokens[last + 1].is_capitalised()
    {
        last += 1;
    }
    let rest = &text[tokens[last].end()..];
    let ends_clause = rest.starts_with([',', '.', ';', ':', '!', '?', ')']);
    ends_clause.then(|| tokens[first].start..tokens[last].end())
}

/// The most words of what a passive "called" names, after its article.
const CALLED_WORDS: usize = 5;

/// `is often called the peerless poet,`, `the Šumava, sometimes called the green roof of
/// Europe for its ridges`: what "called" names in the passive (after "is", "was", … or a
/// comma, with an adverb or none between; "its" is it’s), from its article to the punctuation or the
/// preposition that ends it within [`CALLED_WORDS`] words: an epithet the text quotes. Not a
/// time ("was called the next day"), when the verb summons rather than names.
fn called_in_the_passive(text: &str, tokens: &[Token], verb: usize) -> Option<Range<usize>> {
    // "its" is "it’s" that lost its apostrophe: a possessive never comes before "called".
    const BE: &[&str] = &["are", "be", "been", "is", "its", "Its", "was", "were"];
    const ADVERBS: &[&str] = &[
        "affectionately",
        "also",
        "commonly",
        "locally",
        "often",
        "simply",
        "sometimes",
        "still",
        "usually",
        "widely",
    ];
    const ENDING: &[&str] = &[
        "after", "because", "by", "for", "since", "when", "where", "which", "with",
    ];
    const TIMES: &[&str] = &["day", "evening", "morning", "night", "week", "year"];
    let spaced = |j: usize| one_space_before(text, tokens, j);
    if tokens[verb].text != "called" || sentence_has_quotes(text, tokens[verb].start) {
        return None;
    }
    let mut before = verb.checked_sub(1)?;
    let adverb = ADVERBS.contains(&tokens[before].text) && spaced(verb);
    if adverb {
        before = before.checked_sub(1)?;
    }
    let after_be = BE.contains(&tokens[before].text) && spaced(before + 1);
    let after_a_comma = adverb && text[..tokens[before + 1].start].ends_with(", ");
    let article = verb + 1;
    if !(after_be || after_a_comma)
        || !spaced(article)
        || !ARTICLES.contains(&tokens.get(article)?.text)
    {
        return None;
    }
    let mut last = article + 1;
    loop {
        let word = tokens.get(last).filter(|_| spaced(last))?;
        if TIMES.contains(&word.text) || last > article + CALLED_WORDS {
            return None;
        }
        let ends_before = tokens
            .get(last + 1)
            .is_some_and(|next| ENDING.contains(&next.text) && spaced(last + 1));
        if ends_a_gloss(text, word) || ends_before {
            return Some(tokens[article].start..word.end());
        }
        last += 1;
    }
}

/// Words right after which a nickname follows, with its article (`earned the nickname the
/// devils trumpet`, `a gun nicknamed the organ of death`): unlike "called", never a verb
/// whose object could follow instead (`called the police`).
const NICKNAMING: &[&str] = &["dubbed", "nickname", "nicknamed"];

/// The most words of a nickname after its article.
const NICKNAME_WORDS: usize = 6;

/// The nickname after a [`NICKNAMING`] word (and an object pronoun): its article, if it has
/// one (`earned the nickname Golden Kremnica.`), and up to [`NICKNAME_WORDS`] words one space
/// apart, none a clause's, to a punctuation mark or a bracket that ends it.
fn nickname_after(text: &str, tokens: &[Token], at: usize) -> Option<Range<usize>> {
    let spaced = |j: usize| one_space_before(text, tokens, j);
    // The verb's object may come first (`nickname him the Slovene yeti,`).
    let object = tokens
        .get(at + 1)
        .is_some_and(|t| spaced(at + 1) && OBJECTS.contains(&t.text));
    let first = at + 1 + usize::from(object);
    // The noun may have the nickname in apposition (`the city’s nickname, the Floating
    // Garden, starts`), which a comma then ends.
    let apposed = tokens[at].text == "nickname"
        && tokens.get(first).is_some()
        && &text[tokens[at].end()..tokens[first].start] == ", ";
    if !NICKNAMING.contains(&tokens[at].text)
        || !(spaced(first) || apposed)
        || sentence_has_quotes(text, tokens[at].start)
    {
        return None;
    }
    let word = tokens[first].text;
    let with_article = ARTICLES.contains(&word.to_ascii_lowercase().as_str());
    // Without an article the nickname starts at once, unless a preposition or a clause's word
    // does (`a nickname for him:`, `nicknamed by locals`).
    let opens_none = [NOT_A_TERM, BEFORE_A_NAME, CLAUSE_WORDS]
        .iter()
        .any(|words| words.contains(&word));
    if !with_article && opens_none {
        return None;
    }
    // The nickname's words, after its article if it has one.
    let words = first + usize::from(with_article);
    // A bracket opens the nickname's original after it: "the Moravian Manchester (moravský
    // Manchester)".
    let ends = |j: usize| {
        let after = &text[tokens[j].end()..];
        after.starts_with([',', '.', ';', ':', '!', '?', ')']) || after.starts_with(" (")
    };
    // A hyphenated word's parts are tokens of their own (`the nickname dog-heads.`).
    let hyphenated = |j: usize| &text[tokens[j - 1].end()..tokens[j].start] == "-";
    let last = (words..tokens.len().min(words + NICKNAME_WORDS))
        .take_while(|&j| {
            (spaced(j) || hyphenated(j) || j == first) && !CLAUSE_WORDS.contains(&tokens[j].text)
        })
        .find(|&j| ends(j))?;
    // In apposition only a name is a nickname (`its nickname, however, is`).
    let closed =
        text[tokens[last].end()..].starts_with([',', '.', ';']) && tokens[words].is_capitalised();
    (!apposed || closed).then(|| tokens[first].start..tokens[last].end())
}

/// Nouns that, after "the", name the word or words right after them (`reach for the word
/// destiny.`, `the label Romanian New Wave`).
const WORD_NOUNS: &[&str] = &["label", "phrase", "term", "word"];

/// Prepositions that follow a word a [`WORD_NOUNS`] noun names (`the word progress without
/// irony`, `the term kitsch in its`): not "of", which makes "word" the noun (`the word of the
/// law`).
const AFTER_A_NAMED_WORD: &[&str] = &["among", "for", "in", "into", "on", "to", "with", "without"];

/// `the word destiny.`, `the label Romanian New Wave`: what a [`WORD_NOUNS`] noun after "the"
/// names: one lower-case word that ends the clause, that a verb follows (`the word
/// wilderness became`, the word the sentence is about) or that English does not know, or a
/// run of capitalised words; and after "the word for" set off after a word English does not
/// know, one lower-case word that ends the clause (`krzy, the word for cross,`).
fn word_after_its_noun(
    text: &str,
    tokens: &[Token],
    noun: usize,
    dictionary: &Dictionary,
) -> Option<Range<usize>> {
    let spaced = |j: usize| one_space_before(text, tokens, j);
    let the = noun.checked_sub(1).filter(|_| spaced(noun))?;
    if !WORD_NOUNS.contains(&tokens[noun].text)
        || !tokens[the].text.eq_ignore_ascii_case("the")
        || !spaced(noun + 1)
        || sentence_has_quotes(text, tokens[noun].start)
    {
        return None;
    }
    // `krzy, the word for cross, after…`: the English word that a foreign one just before
    // the apposition is the word for, named as the clause's last (not `echoes the word for
    // gold,`, which names no word).
    let word_for = tokens[noun].text == "word" && tokens[noun + 1].text == "for";
    if word_for {
        let glossed = the
            .checked_sub(1)
            .filter(|&w| &text[tokens[w].end()..tokens[the].start] == ", ")
            .is_some_and(|w| is_foreign(&tokens[w], dictionary));
        if !glossed {
            return None;
        }
        let term = tokens.get(noun + 2).filter(|_| spaced(noun + 2))?;
        let ends = text[term.end()..].starts_with([',', '.', ';', ':', '!', '?']);
        let lower = term.text.starts_with(|c: char| c.is_ascii_lowercase());
        let a_word = !is_function_word(term.text) && !NOT_A_TERM.contains(&term.text);
        return (ends && lower && a_word).then(|| term.start..term.end());
    }
    let term = &tokens[noun + 1];
    if term.is_capitalised() {
        return title_after(text, tokens, noun);
    }
    // A word English does not know is the word named, whatever follows (`the word bibua
    // still carries`); so is one a preposition follows (`use the word progress without
    // irony`), which no noun "word" modifies.
    let ends = text[term.end()..].starts_with([',', '.', ';', ':', '!', '?'])
        || tokens.get(noun + 2).is_some_and(|next| {
            spaced(noun + 2)
                && (is_verb_after_subject(next.text, dictionary)
                    || AFTER_A_NAMED_WORD.contains(&next.text))
        })
        || is_foreign(term, dictionary);
    let a_word = !is_function_word(term.text)
        && !OBJECTS.contains(&term.text)
        && !NOT_A_TERM.contains(&term.text)
        && !term.text.ends_with("self");
    (ends && a_word).then(|| term.start..term.end())
}

/// `the catacomb period, as the musicians later called it`, `the normalisation, as it was
/// known,`: the words before a comma that a naming verb after `as` looks back on, from after
/// their article (an English text puts the marks inside it: the “catacomb period”), up to
/// the comma. Found only where an article (or one glued to the word before, a lost dash:
/// `yearsthe`) opens them within a few words.
fn term_as_called(text: &str, tokens: &[Token], verb: usize) -> Option<Range<usize>> {
    const BE: &[&str] = &["are", "be", "been", "is", "was", "were"];
    // The most words between "as" and its verb, and in the term: a longer run is a clause
    // of its own, not a term the verb looks back on.
    const LONGEST: usize = 5;
    let word = tokens[verb].text;
    if !NAMING.contains(&word) && !matches!(word, "dubbed" | "known" | "named") {
        return None;
    }
    let spaced = |j: usize| one_space_before(text, tokens, j);
    let after = |j: usize| &text[tokens[j].end()..];
    let ends = |j: usize| after(j).starts_with([',', '.', ';', ':', '!', '?', ')']);
    // "called it." / "called them," looking back; or the passive, "as it was known,".
    let looks_back = match tokens.get(verb + 1) {
        Some(object) if spaced(verb + 1) && matches!(object.text, "it" | "them") => ends(verb + 1),
        _ => ends(verb) && verb > 0 && BE.contains(&tokens[verb - 1].text),
    };
    if !looks_back {
        return None;
    }
    let as_at = (verb.saturating_sub(LONGEST)..verb)
        .rev()
        .find(|&j| tokens[j].text == "as")?;
    let last = as_at.checked_sub(1)?;
    if after(last).strip_prefix(", ")? != &text[tokens[as_at].start..] {
        return None;
    }
    for first in (last.saturating_sub(LONGEST)..=last).rev() {
        let token = &tokens[first];
        if ARTICLES.contains(&token.text) {
            return (first < last).then(|| tokens[first + 1].start..tokens[last].end());
        }
        let glued = token.text.len() > 3 && token.text.ends_with("the");
        if glued {
            return (first < last).then(|| tokens[first + 1].start..tokens[last].end());
        }
        if first == 0 || !spaced(first) || sentence_has_quotes(text, token.start) {
            return None;
        }
    }
    None
}

/// `called 1956 a counter-revolution, and`, `branded him an enemy of the people.`, `call it
/// the white dove,`: what a naming verb calls its object, an article and lower-case words up
/// to the clause's end or a preposition ([`lower_case_epithet`]), or after "the" capitalised
/// ones ([`capitalised_epithet`]), which a writer quoting someone's words sets between
/// marks. The object is one to eight words (a name, a pronoun, a noun phrase with an
/// apposition), or a relative before the verb (`whom Hungarians have long called the great
/// Palóc`); right after the verb an article makes it another verb (`called a meeting`, `call
/// the police`), and a quantity or a time is no epithet (`called him a few times`, `called
/// her the next day`).
fn epithet(
    text: &str,
    tokens: &[Token],
    verb: usize,
    dictionary: &Dictionary,
) -> Option<Range<usize>> {
    const VERBS: &[&str] = &[
        "branded", "call", "called", "calling", "calls", "labeled", "labelled", "termed",
    ];
    const QUANTITIES_AND_TIMES: &[&str] = &[
        "bit",
        "couple",
        "few",
        "following",
        "little",
        "lot",
        "next",
        "number",
        "other",
        "previous",
        "same",
        "while",
    ];
    const CONJUNCTIONS: &[&str] = &["and", "because", "but", "or", "that", "which", "who"];
    if !VERBS.contains(&tokens[verb].text) || sentence_has_quotes(text, tokens[verb].start) {
        return None;
    }
    // One space, or a comma before an apposition (`the minister, Admiral Mamula, a`); a
    // conjunction starts another clause (`called him Mahasamatman and said he was a god`).
    let joined = |j: usize| {
        let word = tokens[j].text;
        let opens_apposition = tokens[j].is_capitalised() || DETERMINERS.contains(&word);
        let gap = &text[tokens[j - 1].end()..tokens[j].start];
        // A number may be the object: `called 1956 a counter-revolution`.
        let number = gap.len() > 2 && gap.trim().bytes().all(|b| b.is_ascii_digit());
        match gap {
            " " => !CONJUNCTIONS.contains(&word),
            ", " => opens_apposition,
            _ => number,
        }
    };
    // Nothing between the verb and the article: `called a meeting`, or "the" beginning the
    // object (`called the defence minister, Admiral Mamula, a`), unless a relative before
    // the verb is its object (`whom they called the great Palóc`).
    let relative_before = tokens[verb.saturating_sub(5)..verb]
        .iter()
        .any(|t| RELATIVES.contains(&t.text));
    let article = (verb + 1..(verb + 10).min(tokens.len()))
        .take_while(|&j| joined(j))
        .filter(|&j| ARTICLES.contains(&tokens[j].text))
        .find(|&j| {
            let between = text[tokens[verb].end()..tokens[j].start].trim();
            !between.is_empty() || tokens[j].text == "the" && relative_before
        })?;
    let object = text[tokens[verb].end()..tokens[article].start].trim();
    // A particle: `called off a strike`; a preposition makes the article another phrase's
    // (`called his supporters into the streets`, and "calls" a noun in `the warblers calls
    // carry far across the water`).
    const PREPOSITIONS: &[&str] = &[
        "across", "along", "among", "around", "behind", "beyond", "from", "into", "near", "onto",
        "past", "through", "toward", "towards",
    ];
    let first = object.split(' ').next().unwrap_or_default();
    let preposition = object
        .split(' ')
        .any(|w| AFTER_AN_EPITHET.contains(&w) || PREPOSITIONS.contains(&w));
    if NOT_A_TERM.contains(&first) && !DETERMINERS.contains(&first) || preposition {
        return None;
    }
    let term = article + 1;
    let word = tokens.get(term)?;
    if !one_space_before(text, tokens, term) || QUANTITIES_AND_TIMES.contains(&word.text) {
        return None;
    }
    if word.is_capitalised() {
        return capitalised_epithet(text, tokens, article, dictionary);
    }
    lower_case_epithet(text, tokens, article)
}

/// Prepositions and conjunctions that end an epithet or make the words before them an
/// object's phrase (`called his supporters to the square`).
const AFTER_AN_EPITHET: &[&str] = &[
    "after", "at", "before", "by", "during", "for", "in", "on", "over", "to", "when", "with",
];

/// `call it the white dove,`: the lower-case words after the article at `article`, up to
/// the clause's end or a word of [`AFTER_AN_EPITHET`], with "the" inside the marks.
fn lower_case_epithet(text: &str, tokens: &[Token], article: usize) -> Option<Range<usize>> {
    let term = article + 1;
    let word = &tokens[term];
    if !word.text.starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    let mut last = term;
    for j in term + 1..(term + 5).min(tokens.len()) {
        let spaced = one_space_before(text, tokens, j) || tokens[j - 1].after == Some('-');
        if !spaced || AFTER_AN_EPITHET.contains(&tokens[j].text) {
            break;
        }
        last = j;
    }
    let ends = text[tokens[last].end()..].starts_with([',', '.', ';', ':', '!', '?'])
        || tokens
            .get(last + 1)
            .is_some_and(|next| AFTER_AN_EPITHET.contains(&next.text));
    // "the" is quoted with a lower-case epithet (fourteen of fifteen after "call" in the trial
    // texts: `call it “the white dove”`, against `call itself the “cradle”`), "a" seldom
    // (`called it a “stairway to heaven”`).
    let start = match tokens[article].text {
        "the" => tokens[article].start,
        _ => word.start,
    };
    ends.then(|| start..tokens[last].end())
}

/// The most words of a capitalised epithet after "the" (`the Padua of the North`).
const EPITHET_WORDS: usize = 5;

/// `call him the Slovak Robin Hood.`, `call it the Moravian Bethlehem,`: after a naming verb,
/// its object and "the", a run of capitalised words (and "of" or "the" between them) up to
/// the clause's end, whose first word English knows: an epithet, which the trial texts quote
/// (28 times of 36), where a name of another language ("the Dunakanyar") is a place's own.
/// The article stays outside the marks, as the writers mostly put it.
fn capitalised_epithet(
    text: &str,
    tokens: &[Token],
    article: usize,
    dictionary: &Dictionary,
) -> Option<Range<usize>> {
    let first = article + 1;
    let known = |word: &str| dictionary.contains(word) || dictionary.contains(&word.to_lowercase());
    if tokens[article].text != "the" || !known(tokens[first].text) {
        return None;
    }
    let mut last = first;
    for j in first + 1..(first + EPITHET_WORDS).min(tokens.len()) {
        let word = &tokens[j];
        let in_run = word.is_capitalised() || matches!(word.text, "of" | "the");
        if !one_space_before(text, tokens, j) || !in_run {
            break;
        }
        last = j;
    }
    let capitalised_last = tokens[last].is_capitalised();
    let ends = text[tokens[last].end()..].starts_with([',', '.', ';', ':', '!', '?']);
    (ends && capitalised_last).then(|| tokens[first].start..tokens[last].end())
}

/// `called them Kranjs cellar, and`, `called it Marienburg, Marys Castle.`: what a naming
/// verb calls its pronoun object (after the object's own name and a comma, if any), a
/// possessive and one to three words, no function word among them, up to the clause's end:
/// someone's epithet, quoted whole (“Kranj’s cellar”). The possessive is a capitalised word
/// that ends in `s`, its apostrophe lost, or that one still follows.
fn owned_epithet(text: &str, tokens: &[Token], verb: usize) -> Option<Range<usize>> {
    // The most words after the possessive: a longer run is a clause of its own.
    const LONGEST: usize = 3;
    const VERBS: &[&str] = &["call", "called", "calling", "calls", "dubbed", "nicknamed"];
    const PRONOUNS: &[&str] = &["her", "him", "it", "them"];
    let spaced = |j: usize| one_space_before(text, tokens, j);
    if !VERBS.contains(&tokens[verb].text)
        || !spaced(verb + 1)
        || !PRONOUNS.contains(&tokens[verb + 1].text)
        || sentence_has_quotes(text, tokens[verb].start)
    {
        return None;
    }
    let mut owner = verb + 2;
    // The object's own name before an apposition: `called it Marienburg, Marys Castle`.
    let named = tokens.get(owner + 1).is_some_and(|_| {
        spaced(owner)
            && tokens[owner].is_capitalised()
            && text[tokens[owner].end()..tokens[owner + 1].start] == *", "
    });
    if named {
        owner += 1;
    } else if !spaced(owner) {
        return None;
    }
    let apostrophe_kept = |t: &Token| matches!(t.after, Some('’' | '\''));
    let possessive = tokens.get(owner).filter(|t| {
        t.is_capitalised() && (t.text.len() > 2 && t.text.ends_with('s') || apostrophe_kept(t))
    })?;
    // After a kept apostrophe, its `s` is a token of its own.
    let words = owner + 1 + usize::from(apostrophe_kept(possessive));
    // A function word makes the words another clause (`called it Marys and left`).
    for j in words..(words + LONGEST).min(tokens.len()) {
        if !spaced(j) || is_function_word(tokens[j].text) {
            return None;
        }
        if text[tokens[j].end()..].starts_with([',', '.', ';', ':', '!', '?']) {
            return Some(possessive.start..tokens[j].end());
        }
    }
    None
}
