//! Places where quotation marks (or an ellipsis, a spaced dash, a range's en dash or a degree
//! sign) were probably lost. Marks are never inserted: where a quotation opens and closes is the
//! editor's call. But where the text shows it, the suspect says so, so the editor places the
//! pair in one step: its text is the probable quotation and its candidate the same text
//! between “ and ”. The text shows it
//!
//! - after a reporting verb (and its object) and a colon or a comma (`wrote: The…`, `told the
//!   operator, This…`), up to the sentence's end;
//! - before one (`We want Nagy! they shouted`, `…, he said`, `…, said the fly`, `…, she said
//!   warmly.`), or before a pronoun and any past tense that end the sentence (`…, he
//!   bellowed.`), from the sentence's start;
//! - after a comma and a capitalised common word (`she was heard to sing, Some day…`), up to
//!   the sentence's end;
//! - in a title after a word like "paper", "book" or "manifesto" (`his manifesto, Two
//!   Thousand Words, called…`, `the slogan: Bread and Freedom`), or a name given after
//!   "renamed" or "dubbed": the run of capitalised words;
//! - in a title that begins with "The", "A" or "An" inside a sentence (`described them in
//!   The Confession.`, `is A Cup of Coffee, in which`): the run of capitalised words, on to
//!   the punctuation that ends it;
//! - in a title before its original and its year in brackets (`Forman’s Black Peter (Černý
//!   Petr, 1963)`), or before a comma and the work it names (`Litania, an album of`): the run
//!   of capitalised words, and the same title wherever else the text gives it;
//! - in a phrase in another language before its English gloss in brackets (`call them zelen
//!   zlato (green gold)`): the phrase;
//! - in a title after someone's essay or book `on` or `about` something (`his essay on the
//!   power of the powerless was…`): the words up to the verb;
//! - in the term after "spoke of" (`spoke of the flood of the millennium.`), and in the
//!   meaning given after a foreign word's "means" (`Kirly means king in Hungarian`) or a
//!   word's "meant" (`a word that once meant simply empty.`);
//! - in the term after "so-called", or after "called", "termed", "known as" (`is called
//!   simplified, which`, `call it peace.`), in the epithet a naming verb gives its object
//!   (`called 1956 a counter-revolution, and`), and in the words such a verb after "as"
//!   looks back on (`the catacomb period, as the musicians later called it`).
//!
//! A reporting verb that places nothing is still listed (the quotation may be a paragraph of
//! its own), unless it reports indirectly (`said that`, `asked if`) or is an infinitive or a
//! passive (`to write`, `is said`): those have no quotation marks to lose.

use std::ops::Range;
use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use super::apostrophes::is_verb_base;
use super::dictionary::Dictionary;
use super::possessives::{is_past, is_verb_after_subject};
use super::tokens::{
    is_a_month, is_function_word, one_space_before, Token, MONTHS, POSSESSIVE_DETERMINERS,
    TITLE_LOWER_CASE_WORDS,
};
use super::{RawSuspect, Sign};

/// Verbs that introduce or close a quotation.
const REPORTING: &[&str] = &[
    "added",
    "announced",
    "answered",
    "argued",
    "asked",
    "chanted",
    "cried",
    "declared",
    "demanded",
    "exclaimed",
    "explained",
    "insisted",
    "proclaimed",
    "promised",
    "recalled",
    "remembered",
    "replied",
    "reported",
    "said",
    "says",
    "shouted",
    "stated",
    "told",
    "warned",
    "write",
    "writes",
    "wrote",
    "yelled",
];

/// Verbs that report speech less often than [`REPORTING`] ones do, or are as often used
/// otherwise: they count only where the punctuation around them places a quotation.
const REPORTING_WHEN_PLACED: &[&str] = &[
    "adds",
    "admitted",
    "advised",
    "agreed",
    "answers",
    "asks",
    "assured",
    "begged",
    "boasted",
    "chuckled",
    "claimed",
    "commented",
    "complained",
    "conceded",
    "continued",
    "explains",
    "grinned",
    "insists",
    "joked",
    "laughed",
    "murmured",
    "muttered",
    "nodded",
    "noted",
    "notes",
    "objected",
    "observed",
    "pleaded",
    "protested",
    "put",
    "puts",
    "quote",
    "quoted",
    "recalls",
    "remarked",
    "replies",
    "responded",
    "resumed",
    "retorted",
    "say",
    "saying",
    "screamed",
    "shouts",
    "shrugged",
    "sighed",
    "smiled",
    "snapped",
    "suggested",
    "summed",
    "thought",
    "whispered",
    "whispers",
    "wondered",
];

/// Words after which a reporting verb reports indirectly (`asked if`, `said he was`) or
/// reports nothing (`said nothing`): the words said are not quoted. Not "that", which in
/// reporting prose often opens a partial quotation (`declared that “no nation…”`), nor "I"
/// and "we", which may begin the words quoted (`proclaimed “we workers…”`).
const INDIRECT: &[&str] = &[
    "about",
    "for",
    "he",
    "how",
    "if",
    "nothing",
    "she",
    "something",
    "there",
    "they",
    "what",
    "when",
    "where",
    "whether",
    "who",
    "whom",
    "why",
];

/// Words before a reporting verb that make it an infinitive, a passive or a negation (`to
/// write`, `can write`, `is said`, `never said`; `cant write` as deletion leaves it): it
/// reports nothing said at that place. Not a perfect: `had declared that “no nation…”`.
const NOT_REPORTING: &[&str] = &[
    "am", "are", "be", "been", "being", "can", "cannot", "cant", "could", "couldnt", "didnt",
    "doesnt", "dont", "is", "may", "might", "must", "never", "not", "shall", "should", "to", "was",
    "were", "will", "wont", "would",
];

/// Words that name what follows them (`is called simplified`, `known as`): the name is
/// often put between marks.
const NAMING: &[&str] = &["call", "called", "calls", "labelled", "labeled", "termed"];

/// Words that begin a subject or an object of a few words (`said the fly`, `told the
/// operator`).
const DETERMINERS: &[&str] = &[
    "a", "an", "her", "his", "its", "my", "our", "that", "the", "their", "these", "this", "those",
    "your",
];

/// Pronouns that stand as the object of a reporting or naming verb (`asked me, If…`, `call it
/// peace`).
const OBJECTS: &[&str] = &[
    "her", "him", "it", "me", "myself", "them", "this", "us", "you",
];

/// Relatives that make a naming verb's object the word before them (`which she called`,
/// `what they called`): what follows the verb is the name. Not "that", as often a
/// determiner (`that golden cloud called the Bridge of the Gods`).
const RELATIVES: &[&str] = &["what", "which", "whom"];

/// Reflexive objects of a naming verb (`calls itself Little Paris`).
const REFLEXIVES: &[&str] = &["herself", "himself", "itself", "themselves"];

/// What "known as" may put before the name it gives (`known as the Wall`).
const ARTICLES: &[&str] = &["a", "an", "the"];

/// Words that are no part of a name or term: after "called" they make it a verb of its own
/// (`called for`, `called out`, `called him back`, `called me again`).
const NOT_A_TERM: &[&str] = &[
    "a", "again", "an", "and", "at", "away", "back", "by", "down", "for", "from", "home", "in",
    "into", "later", "now", "off", "on", "or", "out", "the", "to", "today", "up", "upon", "with",
];

/// Function words after which a capital is a name or a title's, not the start of a quotation
/// or a sentence (`the Devil`, `between Freedom and Liberty`).
const BEFORE_A_NAME: &[&str] = &[
    "a", "about", "against", "among", "an", "and", "as", "at", "between", "by", "for", "from",
    "her", "his", "in", "into", "its", "my", "of", "on", "or", "our", "than", "the", "their", "to",
    "under", "with", "your",
];

/// Words after which a capitalised run is a title or a name given ("the paper Szabad Nep",
/// "the village was renamed Dubcek", "their samizdat, Vokno": an underground periodical or
/// book, as Central European texts name them).
const TITLE_NOUNS: &[&str] = &[
    "album",
    "almanac",
    "anthem",
    "anthology",
    "article",
    "ballad",
    "book",
    "bulletin",
    "cantata",
    "carol",
    "collection",
    "comedy",
    "cookbook",
    "cycle",
    "daily",
    "debut",
    "diary",
    "documentary",
    "dubbed",
    "entitled",
    "essay",
    "film",
    "headline",
    "headlined",
    "hymn",
    "journal",
    "leaflet",
    "lullaby",
    "magazine",
    "manifesto",
    "memoir",
    "newspaper",
    "nicknamed",
    "novel",
    "novella",
    "opera",
    "operetta",
    "oratorio",
    "pamphlet",
    "paper",
    "periodical",
    "play",
    "poem",
    "renamed",
    "samizdat",
    "short",
    "slogan",
    "song",
    "speech",
    "symphony",
    "titled",
    "tragedy",
    "tune",
    "weekly",
];

/// Words that end a lower-case title after "essay on": a verb or a word that opens a clause.
const CLAUSE_WORDS: &[&str] = &[
    "are", "because", "but", "can", "could", "did", "does", "had", "has", "have", "is", "may",
    "might", "must", "should", "that", "was", "were", "when", "where", "which", "while", "who",
    "will", "would",
];

/// Whether `word` is one of [`REPORTING`]. Asked of every word of the text, so through a hash
/// set made once.
fn is_reporting_verb(word: &str) -> bool {
    static VERBS: OnceLock<FxHashSet<&str>> = OnceLock::new();
    VERBS
        .get_or_init(|| REPORTING.iter().copied().collect())
        .contains(word)
}

/// Whether `word` is one of [`REPORTING_WHEN_PLACED`] (as [`is_reporting_verb`]).
fn is_placed_reporting_verb(word: &str) -> bool {
    static VERBS: OnceLock<FxHashSet<&str>> = OnceLock::new();
    VERBS
        .get_or_init(|| REPORTING_WHEN_PLACED.iter().copied().collect())
        .contains(word)
}

/// Small words a title keeps in lower case between its capitalised ones, after a work noun:
/// there a preposition more likely ends the title than continues it ("the paper Nepszava in
/// the Story of the Year"), while a title that ends at brackets or a comma may have them all
/// ([`TITLE_LOWER_CASE_WORDS`]).
const TITLE_SMALL_WORDS: &[&str] = &["a", "an", "and", "of", "the"];

/// Title nouns that, capitalised, are a title's first word rather than the noun before it
/// (`the Daily Worker`).
const TITLE_OPENERS: &[&str] = &["daily", "weekly"];

/// Whether `word` is one of [`TITLE_NOUNS`], in any case (as [`is_reporting_verb`]), but for
/// a capitalised one of [`TITLE_OPENERS`].
fn is_title_noun(word: &str) -> bool {
    static NOUNS: OnceLock<FxHashSet<&str>> = OnceLock::new();
    let nouns = NOUNS.get_or_init(|| TITLE_NOUNS.iter().copied().collect());
    if nouns.contains(word) {
        return true;
    }
    // Asked of every token: lower-cased only when there is a capital to lower.
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let lower = word.to_ascii_lowercase();
    nouns.contains(lower.as_str()) && !TITLE_OPENERS.contains(&lower.as_str())
}

/// Nouns of works whose title follows them when someone owns the work (`Cankars story
/// Kurent`, `its ballad Gyngyhaj lny`) or a date or medium makes it one (`the 1970s series
/// Janosik`), and as often a name or a subject otherwise (`the story Havel told`).
const OWNED_WORK_NOUNS: &[&str] = &[
    "ballad", "ballet", "hit", "painting", "play", "poster", "series", "sonnet", "story",
    "symphony",
];

const QUOTES: &[&str] = &["\u{201C}", "\u{201D}"];

/// Suspects in a text whose non-ASCII characters were deleted; `settled[i]` is true for
/// tokens another rule repaired or listed (a capital that rule explains, a name's, is no sign
/// of a lost mark).
pub fn suspects(
    text: &str,
    tokens: &[Token],
    settled: &[bool],
    dictionary: &Dictionary,
) -> Vec<RawSuspect> {
    let mut out = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let reporting = is_reporting_verb(token.text);
        if (reporting || is_placed_reporting_verb(token.text))
            && !sentence_has_quotes(text, token.start)
        {
            out.extend(reported(text, tokens, i, reporting, dictionary));
        }
        let one_work = |i: usize| owned(text, tokens, settled, Some(i)) || dated(text, tokens, i);
        if is_title_noun(token.text) || (OWNED_WORK_NOUNS.contains(&token.text) && one_work(i)) {
            out.extend(title_after(text, tokens, i).map(|span| placed(text, span, "a title")));
            out.extend(
                subject_title(text, tokens, i, dictionary)
                    .map(|span| placed(text, span, &format!("a title after `{}`", token.text))),
            );
        }
        out.extend(terms_at(text, tokens, i, dictionary));
        out.extend(
            words_said_in_another_language(text, tokens, i, dictionary)
                .map(|span| placed(text, span, "words of another language said")),
        );
        if let Some(span) = owned_foreign_title(text, tokens, settled, i, dictionary) {
            out.push(placed(
                text,
                span,
                "a title in another language after its owner",
            ));
        }
        if let (Some(prev), Some(next)) = (i.checked_sub(1).map(|p| &tokens[p]), tokens.get(i + 1))
        {
            if !settled[i] && internal_capital(text, prev, token, next, dictionary) {
                out.push(RawSuspect {
                    offset: prev.end(),
                    text: format!("{} {}", prev.text, token.text),
                    candidates: ["\u{2026}", "\u{2014}", "\u{201C}", "\u{201D}"]
                        .iter()
                        .map(|c| c.to_string())
                        .collect(),
                    reason: "a capital inside a sentence: a lost ellipsis, dash or quotation mark?"
                        .into(),
                    sign: Sign::Reading,
                });
            }
        }
    }
    out.extend(phrases_after_a_colon(text, tokens, &out));
    out.extend(phrases_in_apposition(text, tokens, &out));
    out.extend(titles_given(text, tokens, settled, dictionary, &out));
    out.extend(phrases_before_their_gloss(
        text, tokens, settled, dictionary, &out,
    ));
    out.extend(capitals_after_commas(text, tokens, dictionary, &out));
    out.extend(attributed_by_any_verb(text, tokens, &out));
    out.extend(speech_in_the_first_person(text, tokens, &out));
    out.extend(quotations_after_colons(text, tokens, dictionary, &out));
    out.extend(exclamations_inside_sentences(text, &out));
    out.extend(double_spaces(text));
    out.extend(words_glued_to_a_bracket(text));
    out.extend(number_ranges(text));
    out.extend(elided_decades(text));
    out.extend(spaces_before_punctuation(text));
    out.extend(marks_glued_to_a_word(text));
    out.extend(numbers_glued_to_a_word(text, tokens, dictionary));
    out.extend(words_glued_to_a_number(text, tokens, dictionary));
    out.extend(unfinished_paragraphs(text));
    out
}

/// The terms, nicknames, epithets and titles the words at and after `tokens[i]` announce: a
/// term after "so-called" or a naming verb, a nickname, a word after "the word", a term
/// around a naming verb's "as", a title opened by "The" inside a sentence, an epithet.
fn terms_at(text: &str, tokens: &[Token], i: usize, dictionary: &Dictionary) -> Vec<RawSuspect> {
    let token = &tokens[i];
    let mut found = Vec::new();
    if let Some(span) = so_called(text, tokens, i) {
        found.push(placed(text, span, "a term after `so-called`"));
    } else if let Some(span) = named_term(text, tokens, i, dictionary) {
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
    if let Some(span) = meaning_given(text, tokens, i, dictionary) {
        found.push(placed(text, span, "a word's meaning after `means`"));
    }
    if let Some(span) = gloss_after_meaning(text, tokens, i, dictionary) {
        found.push(placed(
            text,
            span,
            &format!("a gloss after `{}`", token.text),
        ));
    }
    if let Some(span) = gloss_after_or(text, tokens, i, dictionary) {
        found.push(placed(text, span, "a gloss after `, or`"));
    }
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
    if let Some(span) = term_as_called(text, tokens, i) {
        found.push(placed(
            text,
            span,
            &format!("a term before `as … {}`", token.text),
        ));
    }
    if let Some(span) = title_with_its_article(text, tokens, i) {
        found.push(placed(
            text,
            span,
            &format!("a title: `{}` capitalised inside a sentence", token.text),
        ));
    }
    if let Some(span) = epithet(text, tokens, i) {
        found.push(placed(
            text,
            span,
            &format!("an epithet after `{}`", token.text),
        ));
    }
    found
}

/// The suspect for a reporting verb: the quotation placed when the punctuation around the
/// verb shows where it is, else (for a verb of [`REPORTING`], `listed_alone`) the verb alone,
/// unless it reports indirectly or is no verb of this sentence's speech.
fn reported(
    text: &str,
    tokens: &[Token],
    i: usize,
    listed_alone: bool,
    dictionary: &Dictionary,
) -> Vec<RawSuspect> {
    let verb = &tokens[i];
    if let Some(span) = quotation_after(text, tokens, i) {
        return vec![placed(text, span, &format!("it follows `{}`", verb.text))];
    }
    if let Some((span, last)) = quotation_before(text, tokens, i) {
        let before = placed(text, span, &format!("`{}` follows it", verb.text));
        // "…, wrote Monachomachia, a mock-epic…": after a verb of writing, a name is as
        // often the work's title and the words after its comma are the title's apposition.
        // "a community of thought, a rivalry of aim": "thought" is as often a noun.
        let resumed = (!matches!(verb.text, "thought" | "write" | "writes" | "wrote"))
            .then(|| quotation_resumed(text, tokens, last, dictionary))
            .flatten()
            .map(|(span, how)| placed(text, span, &format!("{how} `{}`", verb.text)));
        return std::iter::once(before).chain(resumed).collect();
    }
    if !listed_alone || reports_nothing_quoted(text, tokens, i) {
        return Vec::new();
    }
    let colon = verb.after == Some(':');
    vec![RawSuspect {
        offset: verb.start,
        text: verb.text.to_string(),
        candidates: QUOTES.iter().map(|q| q.to_string()).collect(),
        reason: if colon {
            format!(
                "`{}:` at the end of a paragraph: the next one is probably a quotation \
                 (set it as a block quotation or between marks)",
                verb.text
            )
        } else {
            format!(
                "reporting verb `{}`: a quotation may have lost its marks",
                verb.text
            )
        },
        sign: Sign::Reading,
    }]
}

/// `asked if…`, `said he was…`, `told him I…`, `asked the chef`, `to write`, `is said`, `never said`, `what she
/// said.`: indirect speech, an infinitive, a passive or a negation, or a verb that ends its
/// sentence with no punctuation before it to close a quotation; they quote nothing.
fn reports_nothing_quoted(text: &str, tokens: &[Token], verb: usize) -> bool {
    let spaced = |j: usize| one_space_before(text, tokens, j);
    let next = tokens.get(verb + 1).filter(|_| spaced(verb + 1));
    // `told the chef`, `announced their intention`: an object that is no one named (`told
    // the Observer “the young…”` may open a quotation).
    let common_object = |at: usize| {
        tokens[at].text != "that"
            && DETERMINERS.contains(&tokens[at].text)
            && tokens
                .get(at + 1)
                .is_some_and(|t| t.text.starts_with(|c: char| c.is_ascii_lowercase()))
    };
    let indirect = next.is_some_and(|next| {
        INDIRECT.contains(&next.text) || OBJECTS.contains(&next.text) || common_object(verb + 1)
    });
    let not_reporting = verb.checked_sub(1).is_some_and(|p| {
        spaced(verb) && NOT_REPORTING.contains(&tokens[p].text.to_ascii_lowercase().as_str())
    });
    let ends_sentence = text[tokens[verb].end()..].starts_with(['.', '!', '?']);
    indirect || not_reporting || ends_sentence
}

/// A suspect whose text is the probable quotation and whose candidate puts it in marks.
fn placed(text: &str, span: Range<usize>, why: &str) -> RawSuspect {
    let quoted = &text[span.clone()];
    RawSuspect {
        offset: span.start,
        text: quoted.to_string(),
        candidates: vec![format!("\u{201C}{quoted}\u{201D}")],
        reason: format!("probably a quotation that lost its marks ({why})"),
        sign: Sign::Reading,
    }
}

/// `wrote: The…`, `said, The…`, `told the operator, This…` or `told the crowd at the gate:
/// We…`: from the capital after the punctuation to the end of the sentence. A colon at the
/// end of a line introduces a block, not an inline quotation.
fn quotation_after(text: &str, tokens: &[Token], verb: usize) -> Option<Range<usize>> {
    let last = verb + object_words(text, tokens, verb + 1);
    let rest = &text[tokens[last].end()..];
    let after = rest
        .strip_prefix(": ")
        .or_else(|| rest.strip_prefix(", "))
        .or_else(|| after_a_colon(text, tokens, verb))?;
    after
        .starts_with(|c: char| c.is_ascii_uppercase())
        .then_some(())?;
    let start = text.len() - after.len();
    Some(start..sentence_end(text, start))
}

/// The most words between a reporting verb and the colon that opens what it reports (`told
/// the crowd at the gate: We…`): a longer run is a clause of its own.
const WORDS_BEFORE_A_COLON: usize = 6;

/// What follows the colon that ends the lower-case words after a reporting verb, if one does
/// within [`WORDS_BEFORE_A_COLON`] words: a colon after a reporting verb's object opens what
/// was said, however long the object (a comma there is as often the clause going on), and
/// even after a word that elsewhere makes the report indirect (`says something like: When
/// he…`). Not after a clause's word (`a thought that brings me hope:`), whose colon it is.
fn after_a_colon<'t>(text: &'t str, tokens: &[Token], verb: usize) -> Option<&'t str> {
    for j in verb + 1..=verb + WORDS_BEFORE_A_COLON {
        let token = tokens.get(j)?;
        let lower = token.text.starts_with(|c: char| c.is_ascii_lowercase());
        let clause = CLAUSE_WORDS.contains(&token.text);
        if !one_space_before(text, tokens, j) || !lower || clause {
            return None;
        }
        let rest = &text[token.end()..];
        if let Some(after) = rest.strip_prefix(": ") {
            // `chanted the slogan: Bread and Freedom`: the title's rule places it.
            return (!is_title_noun(token.text)).then_some(after);
        }
    }
    None
}

/// How many words from `first` on are a verb's object (`me`, `myself`, `the operator`,
/// `these words`): a pronoun, or a determiner and one or two lower-case words that do not end
/// in a title noun; 0 if none.
fn object_words(text: &str, tokens: &[Token], first: usize) -> usize {
    let spaced = |j: usize| one_space_before(text, tokens, j);
    let lower = |j: usize| tokens[j].text.starts_with(|c: char| c.is_ascii_lowercase());
    if !spaced(first) {
        return 0;
    }
    if OBJECTS.contains(&tokens[first].text) {
        return 1;
    }
    if !DETERMINERS.contains(&tokens[first].text) {
        return 0;
    }
    // A clause's word ends the object: `said the woman who runs it`.
    let mut words = 1;
    while words < 3
        && spaced(first + words)
        && lower(first + words)
        && !CLAUSE_WORDS.contains(&tokens[first + words].text)
    {
        words += 1;
    }
    // `chanted the slogan: Bread and Freedom` is a title after its noun (`title_after`).
    let names_a_title = is_title_noun(tokens[first + words - 1].text);
    if words == 1 || names_a_title {
        0
    } else {
        words
    }
}

/// `We want Nagy! they shouted`, `Nothing, he said`, `Go home, said Nagy`, `Found it, the
/// Mouse replied`, `Bye, she said warmly.`, `It works, a waiter told me.`: the punctuation
/// before the verb (and its subject, a pronoun, a name or a determiner and a noun) closes a
/// quotation that began with the sentence. With the quotation, the index of the reporting
/// clause's last word.
fn quotation_before(text: &str, tokens: &[Token], verb: usize) -> Option<(Range<usize>, usize)> {
    // The quotation ends the sentence's words: the verb (and a subject after it, "said
    // Nagy", and an adverb, or an object, "told me") ends the sentence or a clause. "In the
    // preface, Trotsky wrote: …" does not.
    let mut last = verb + subject_after(text, tokens, verb);
    let spaced = |j: usize| one_space_before(text, tokens, j);
    if let Some(end) = described_subject_end(text, tokens, verb) {
        last = last.max(end);
    }
    let told = |j: usize| matches!(tokens[j].text, "him" | "me" | "them" | "us");
    if last == verb && spaced(verb + 1) && told(verb + 1) {
        last += 1;
    }
    if spaced(last + 1) && is_adverb(tokens[last + 1].text) {
        last += 1;
    }
    // A subject may go on in a relative clause: `said the woman who runs the guesthouse.`
    let described =
        last > verb && spaced(last + 1) && tokens.get(last + 1).is_some_and(|t| t.text == "who");
    if !described && !text[tokens[last].end()..].starts_with(['.', ',', '!', '?']) {
        return None;
    }
    subject_starts(text, tokens, verb)
        .into_iter()
        .find_map(|first| {
            let before = text[..tokens[first].start].trim_end_matches(' ');
            let close = before.ends_with([',', '!', '?']).then_some(before.len())?;
            let start = sentence_start(text, close - 1);
            (close - start > 1).then_some((start..close, last))
        })
}

/// The most words of a participle's phrase after a reporting clause (`explained, coiling a
/// rope at the foot of a tower,`).
const PARTICIPLE_WORDS: usize = 9;

/// The fewest words of a quotation resumed after its reporting clause: fewer are more often
/// the clause's own phrase after its comma (`said, a little ruefully.`, `told me near the
/// Rynek, the market square.`) or narration after its full stop (`Then rain.`).
const RESUMED_WORDS: usize = 4;

/// Where a quotation its reporting clause (ending at `tokens[last]`) interrupted goes on, and
/// how: in lower case after the clause's comma (`…, a young monk explained, smiling, and
/// they all recite…`, see [`resumed_after_a_comma`]), or in the next sentence after the
/// clause's full stop (`…, he said. The right one goes nowhere.`, see
/// [`resumed_in_the_next_sentence`]).
fn quotation_resumed(
    text: &str,
    tokens: &[Token],
    last: usize,
    dictionary: &Dictionary,
) -> Option<(Range<usize>, &'static str)> {
    let rest = &text[tokens[last].end()..];
    if rest.starts_with(", ") {
        let span = resumed_after_a_comma(text, tokens, last, dictionary)?;
        return Some((
            span,
            "it goes on after its reporting clause, interrupted by",
        ));
    }
    let span = resumed_in_the_next_sentence(text, tokens, last, dictionary)?;
    Some((
        span,
        "it may go on in the sentence after its reporting clause with",
    ))
}

/// `…, he said, or it won’t…`: a quotation going on in lower case after the comma of the
/// reporting clause that ends at `tokens[last]`, to the sentence's end. A participle's phrase
/// after the clause (`smiling`, `leaning on her broom`) is still the clause's; narration
/// follows when that phrase ends the sentence, or when "and" opens a past verb (`and
/// shrugged`, `and she was right`).
fn resumed_after_a_comma(
    text: &str,
    tokens: &[Token],
    last: usize,
    dictionary: &Dictionary,
) -> Option<Range<usize>> {
    let after_a_comma = |j: usize| text[tokens[j].end()..].starts_with(", ");
    let participle = tokens.get(last + 1).is_some_and(|t| {
        t.text.len() > 5 && t.text.ends_with("ing") && dictionary.contains_exact(t.text)
    });
    let end = if participle {
        (last + 1..tokens.len())
            .take(PARTICIPLE_WORDS)
            .take_while(|&j| j == last + 1 || one_space_before(text, tokens, j))
            .find(|&j| after_a_comma(j))?
    } else {
        last
    };
    let first = end + 1;
    let opening = tokens.get(first)?;
    if !opening.text.starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    let span = opening.start..sentence_end(text, opening.start);
    let words = tokens[first..]
        .iter()
        .take_while(|t| t.start < span.end)
        .count();
    let past = |j: usize| tokens.get(j).is_some_and(|t| is_past(t.text, dictionary));
    let third_person = |j: usize| {
        tokens
            .get(j)
            .is_some_and(|t| matches!(t.text, "he" | "she" | "it"))
    };
    let narration =
        opening.text == "and" && (past(first + 1) || (third_person(first + 1) && past(first + 2)));
    (words >= RESUMED_WORDS && !narration).then_some(span)
}

/// Words of speech addressed or said in the first person, which narration in the third does
/// not use outside a quotation.
const SPEAKERS: &[&str] = &["I", "me", "my", "our", "us", "we", "you", "your"];

/// `…, he said. The right one goes nowhere.`: the sentence after the full stop that ends a
/// reporting clause (at `tokens[last]`) in the same paragraph, which in the trial texts goes
/// on with the quotation three times in four (39 of 51), in the past tense as often as not
/// (`…, she said. When a girl was getting married, the painters came…`). Not where it reads
/// as the narration going on: a sentence in the past that reports speech of its own (`A
/// retired projectionist remembered the queues:`) or that opens with a third person's
/// pronoun (`He shrugged.`).
fn resumed_in_the_next_sentence(
    text: &str,
    tokens: &[Token],
    last: usize,
    dictionary: &Dictionary,
) -> Option<Range<usize>> {
    let first = last + 1;
    let opening = tokens.get(first)?;
    let between = &text[tokens[last].end()..opening.start];
    if between != ". " || !opening.is_capitalised() {
        return None;
    }
    let span = opening.start..sentence_end(text, opening.start);
    let words: Vec<&Token> = tokens[first..]
        .iter()
        .take_while(|t| t.start < span.end)
        .collect();
    let spoken = words.iter().any(|t| SPEAKERS.contains(&t.text));
    let past = words
        .iter()
        .any(|t| matches!(t.text, "was" | "were" | "had" | "did") || is_past(t.text, dictionary));
    let reports = words
        .iter()
        .any(|t| is_reporting_verb(t.text) || is_placed_reporting_verb(t.text));
    let third_person = matches!(
        opening.text,
        "He" | "She" | "They" | "His" | "Her" | "Their"
    );
    let narration = past && (reports || third_person);
    (words.len() >= RESUMED_WORDS && (spoken || !narration)).then_some(span)
}

/// Where the subject of a reporting verb may start when it stands before the verb (and an
/// auxiliary: `Peter Fryer would write`, `I was told`): at the verb (no subject), at a
/// pronoun or up to five capitalised words and "and" (names: `Mikoyan and Suslov reported`)
/// before it, or at a determiner, or "one", one to [`SUBJECT_WORDS`] words before it (`the
/// Mouse replied`, `a farmer near Litovel said`, `one early enthusiast remembered`).
fn subject_starts(text: &str, tokens: &[Token], verb: usize) -> Vec<usize> {
    const SUBJECTS: &[&str] = &["he", "I", "it", "one", "she", "they", "we", "you"];
    const AUXILIARIES: &[&str] = &[
        "could", "did", "had", "has", "have", "is", "later", "might", "should", "was", "were",
        "will", "would",
    ];
    let spaced = |j: usize| one_space_before(text, tokens, j);
    // Up to two auxiliaries (`would later say`).
    let mut head = verb;
    while head + 2 > verb
        && head > 0
        && spaced(head)
        && AUXILIARIES.contains(&tokens[head - 1].text)
    {
        head -= 1;
    }
    let mut first = head;
    while first > 0 && head - first < 5 {
        let previous = &tokens[first - 1];
        let joins_names = previous.text == "and" && first > 1 && tokens[first - 2].is_capitalised();
        let subject = SUBJECTS.contains(&previous.text) || previous.is_capitalised() || joins_names;
        if !subject || !spaced(first) {
            break;
        }
        first -= 1;
    }
    let mut starts = vec![first];
    // A longer subject only where the verb ends the sentence and a comma closes the words
    // before the subject (`…, a woman selling ice cream on the corner said.`).
    let ends_sentence = text[tokens[verb].end()..].starts_with(['.', '!', '?']);
    let longest = if ends_sentence {
        DESCRIBED_SUBJECT_WORDS
    } else {
        SUBJECT_WORDS
    };
    for words in 2..=longest {
        let Some(start) = head.checked_sub(words) else {
            break;
        };
        if !(start + 1..=head).all(spaced) {
            break;
        }
        let determiner = tokens[start].text.to_ascii_lowercase();
        let clause = (start + 1..head).any(|j| CLAUSE_WORDS.contains(&tokens[j].text));
        if clause {
            break;
        }
        let after_a_comma = text[..tokens[start].start].ends_with(", ");
        let determined = DETERMINERS.contains(&determiner.as_str()) || determiner == "one";
        if determined && (words <= SUBJECT_WORDS || after_a_comma) {
            starts.push(start);
        }
    }
    starts
}

/// The most words of a subject that begins with a determiner before its reporting verb (`a
/// retired teacher from Pécs recalled`); a longer run is more likely a clause.
const SUBJECT_WORDS: usize = 5;

/// Reporting verbs that take no person as their object: after a quotation's comma, an
/// article after them opens their subject (`…, said the guide`), where after "asked" or
/// "told" it opens the person spoken to (`…, asked the chef for the recipe`).
const INVERTED: &[&str] = &[
    "added",
    "adds",
    "admitted",
    "continued",
    "explained",
    "explains",
    "insisted",
    "insists",
    "joked",
    "laughed",
    "noted",
    "notes",
    "recalled",
    "recalls",
    "remarked",
    "replied",
    "replies",
    "said",
    "says",
    "shouted",
    "sighed",
    "smiled",
    "whispered",
];

/// The most words of a subject described after an inverted reporting verb (`said a man
/// renting boats in the village,`); a longer run is more likely the narration going on.
const DESCRIBED_SUBJECT_WORDS: usize = 12;

/// `…, said a receptionist at a hotel in Jupiter, and…`: where the subject of a reporting
/// verb that follows a quotation's comma ends, when a determiner opens it and a phrase
/// describes it up to the next comma or the sentence's end (within
/// [`DESCRIBED_SUBJECT_WORDS`] words, no clause's word among them). The comma before the
/// verb, one of [`INVERTED`], is what makes the order inverted.
fn described_subject_end(text: &str, tokens: &[Token], verb: usize) -> Option<usize> {
    let spaced = |j: usize| one_space_before(text, tokens, j);
    let before = &text[..tokens[verb].start];
    let opened = tokens
        .get(verb + 1)
        .is_some_and(|t| matches!(t.text, "a" | "an" | "the"));
    let inverted = INVERTED.contains(&tokens[verb].text);
    if !before.ends_with(", ") || !inverted || !opened || !spaced(verb + 1) {
        return None;
    }
    // "a fisherman who has cooked at the festival": a relative clause describes the
    // speaker, its auxiliary no clause of the narration's.
    let describing = |j: usize| {
        let word = tokens[j].text;
        !CLAUSE_WORDS.contains(&word) || word == "who" || tokens[j - 1].text == "who"
    };
    (verb + 2..tokens.len().min(verb + 1 + DESCRIBED_SUBJECT_WORDS))
        .take_while(|&j| spaced(j) && describing(j))
        .find(|&j| text[tokens[j].end()..].starts_with([',', '.', '!', '?']))
}

/// How many words after a reporting verb are its subject (`said Nagy`, `said he`, `said the
/// fly`): 0 if none.
fn subject_after(text: &str, tokens: &[Token], verb: usize) -> usize {
    const SUBJECTS: &[&str] = &["he", "I", "she", "they", "we"];
    let spaced = |j: usize| one_space_before(text, tokens, j);
    if spaced(verb + 1) && SUBJECTS.contains(&tokens[verb + 1].text) {
        return 1;
    }
    if tokens
        .get(verb + 1)
        .is_some_and(|t| DETERMINERS.contains(&t.text))
    {
        return object_words(text, tokens, verb + 1);
    }
    let mut words = 0;
    while words < 3 && spaced(verb + words + 1) && tokens[verb + words + 1].is_capitalised() {
        words += 1;
    }
    words
}

/// `warmly`, `hopefully`: an adverb of manner, which may follow a reporting verb.
fn is_adverb(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ly") && word.starts_with(|c: char| c.is_ascii_lowercase())
}

/// `We want Nagy! they shouted.`: an exclamation or a question followed by a lower-case word
/// ended a quotation inside a sentence, unless a suspect already placed it.
fn exclamations_inside_sentences(text: &str, found: &[RawSuspect]) -> Vec<RawSuspect> {
    let listed: FxHashSet<usize> = found.iter().map(|s| s.offset).collect();
    let mut out = Vec::new();
    for (at, _) in text.match_indices(['!', '?']) {
        let lower_follows = text[at + 1..]
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_lowercase()));
        let start = sentence_start(text, at);
        let already = listed.contains(&start);
        if lower_follows && !already && !sentence_has_quotes(text, at) {
            out.push(placed(
                text,
                start..at + 1,
                "an exclamation or question inside a sentence",
            ));
        }
    }
    out
}

/// A title after a word like "paper" or "manifesto" (and a comma): capitalised words, with
/// lower-case small words between them.
fn title_after(text: &str, tokens: &[Token], noun: usize) -> Option<Range<usize>> {
    let first = tokens.get(noun + 1)?;
    let gap = &text[tokens[noun].end()..first.start];
    if !matches!(gap, " " | ", " | ": ")
        || !first.is_capitalised()
        || sentence_has_quotes(text, first.start)
    {
        return None;
    }
    let mut end = first.end();
    for (j, token) in tokens.iter().enumerate().skip(noun + 2) {
        if &text[tokens[j - 1].end()..token.start] != " " {
            break;
        }
        if token.is_capitalised() {
            end = token.end();
        } else if !TITLE_SMALL_WORDS.contains(&token.text) {
            break;
        }
    }
    Some(first.start..end)
}

/// Titles a text shows as titles ([`title_ending_at`]), and the same titles wherever else it
/// gives them.
fn titles_given(
    text: &str,
    tokens: &[Token],
    settled: &[bool],
    dictionary: &Dictionary,
    found: &[RawSuspect],
) -> Vec<RawSuspect> {
    let mut titles: Vec<&str> = Vec::new();
    let mut out: Vec<RawSuspect> = Vec::new();
    for i in 0..tokens.len() {
        let Some((span, why)) = title_ending_at(text, tokens, settled, dictionary, i) else {
            continue;
        };
        let title = &text[span.clone()];
        titles.push(title);
        let listed = found
            .iter()
            .any(|s| s.offset == span.start && s.text == title);
        if !listed && !sentence_has_quotes(text, span.start) {
            out.push(placed(text, span, why));
        }
    }
    // Each title once: a long text gives the same one many times, and each is looked for
    // through the whole text.
    titles.sort_unstable();
    titles.dedup();
    let given: FxHashSet<usize> = found.iter().chain(&out).map(|s| s.offset).collect();
    for title in titles {
        for (at, _) in text.match_indices(title) {
            let whole = !text[..at].ends_with(|c: char| c.is_alphanumeric())
                && !text[at + title.len()..].starts_with(|c: char| c.is_alphanumeric());
            if whole && !given.contains(&at) && !sentence_has_quotes(text, at) {
                out.push(placed(
                    text,
                    at..at + title.len(),
                    "a title the text gives as one elsewhere",
                ));
            }
        }
    }
    out
}

/// The title that ends with `tokens[i]`, and why it is one. A run of capitalised words
/// (with a title's small words between them), or of words in another language before an
/// English translation, is a title
///
/// - just before brackets that end with a year after a comma, the way an English text gives
///   a work's original title and date (`Forman’s Black Peter (Černý Petr, 1963)`, `his Loves
///   of a Blonde (Lásky jedné plavovlásky, 1965)`), when it has an English word (a run with
///   none is a name: `Miloš Forman (Čáslav, 1932)`) or its translation does;
/// - just before a comma and a work noun with its article that heads what follows (`Litania,
///   an album of Komeda’s tunes`; not `Komeda, a film composer`);
/// - before its translation in brackets, when it is someone's work or in another language;
/// - before its year alone in brackets, when it is someone's work or opens with a common
///   English word ([`dated_work`]).
fn title_ending_at(
    text: &str,
    tokens: &[Token],
    settled: &[bool],
    dictionary: &Dictionary,
    i: usize,
) -> Option<(Range<usize>, &'static str)> {
    let token = &tokens[i];
    let after = &text[token.end()..];
    let bracketed = after.strip_prefix(" (");
    let before_an_original = bracketed.is_some_and(ends_with_a_year);
    let before_a_work = work_noun_after(text, tokens, i);
    let translated =
        bracketed.and_then(|inside| translation(inside).or_else(|| translation_and_year(inside)));
    let before_a_year = bracketed.is_some_and(is_a_year_alone);
    if !before_an_original && !before_a_work && translated.is_none() && !before_a_year {
        return None;
    }
    let english_inside = translated.is_some_and(|o| is_english_title(o, dictionary));
    let start = title_start(text, tokens, settled, i).or_else(|| {
        english_inside
            .then(|| foreign_title_start(text, tokens, settled, i, dictionary))
            .flatten()
    })?;
    let first = tokens.iter().position(|t| t.start == start);
    // An institution's English name in brackets is no title's, unless someone owns what
    // it translates (`Havels Zahradn slavnost (The Garden Party)`).
    let translated_into_english = english_inside
        && (!translated.is_some_and(names_an_institution) || owned(text, tokens, settled, first));
    let span = start..token.end();
    let title = &text[span.clone()];
    let english = has_english_words(title, dictionary);
    // An original title before its English one and the year (`Marfa i banii (Stuff and
    // Dough, 2001)`) is as much a title; a name before a place of its own language and
    // a year (`Miloš Forman (Čáslav, 1932)`) is not.
    let translated_before_a_year = || {
        bracketed
            .and_then(|inside| inside.split_once(')'))
            .and_then(|(inside, _)| inside.rsplit_once(", "))
            .is_some_and(|(other, _)| has_english_words(other, dictionary))
    };
    if before_an_original && !english && !translated_before_a_year() {
        return None;
    }
    // A title in another language before its English one needs no owner: an
    // institution's name is given the other way round, English first (`the National
    // Salvation Front (Frontul Salvrii Naionale)`), or names an institution in English.
    let foreign_first =
        !english && translated_into_english && !after_a_capital(text, tokens, first);
    // One word in brackets after one word is as often someone's role (`Nils Lohner
    // (Treasurer)`) as a title's translation.
    let translation_of_a_work = translated.is_some_and(|other| {
        has_english_words(other, dictionary) != english
            && (other.contains(' ') || title.contains(' '))
            && (foreign_first || owned(text, tokens, settled, first))
    });
    let dated_work = before_a_year && dated_work(text, tokens, settled, first, dictionary);
    if !before_an_original && !before_a_work && !translation_of_a_work && !dated_work {
        return None;
    }
    let why = if before_an_original {
        "a title before its original and year in brackets"
    } else if before_a_work {
        "a title before the work it names"
    } else if dated_work {
        "someone's work, or one whose title begins with a common word, before its year"
    } else {
        "someone's work, with its title in another language in brackets"
    };
    Some((span, why))
}

/// The most adjectives between an appositive's article and its work noun.
const WORK_ADJECTIVES: usize = 3;

/// Whether a comma, an article, perhaps a few adjectives, and a work noun follow `tokens[i]`,
/// the noun heading what comes after it (`, an album of`, `, a short novel by`, `, the first
/// legal independent daily in`, `, a film,`): an appositive that says what the words before
/// the comma name.
fn work_noun_after(text: &str, tokens: &[Token], i: usize) -> bool {
    const HEADED: &[&str] = &["about", "by", "in", "of", "on", "that", "which", "whose"];
    let spaced = |j: usize| one_space_before(text, tokens, j);
    let Some(article) = tokens.get(i + 1) else {
        return false;
    };
    if &text[tokens[i].end()..article.start] != ", " || !ARTICLES.contains(&article.text) {
        return false;
    }
    let lower = |j: usize| {
        spaced(j)
            && tokens
                .get(j)
                .is_some_and(|w| w.text.starts_with(|c: char| c.is_ascii_lowercase()))
    };
    let Some(noun) = (i + 2..i + 2 + WORK_ADJECTIVES + 1)
        .take_while(|&j| lower(j))
        .find(|&j| is_title_noun(tokens[j].text))
    else {
        return false;
    };
    let Some(word) = tokens.get(noun).filter(|_| spaced(noun)) else {
        return false;
    };
    let rest = &text[word.end()..];
    let headed = match tokens.get(noun + 1) {
        Some(next) if spaced(noun + 1) => HEADED.contains(&next.text),
        _ => rest.starts_with([',', '.', ';', ':', '(']),
    };
    is_title_noun(word.text) && headed
}

/// Whether a title has a word English knows, not counting a title's small words.
fn has_english_words(title: &str, dictionary: &Dictionary) -> bool {
    title.split(' ').any(|word| {
        let lower = word.to_ascii_lowercase();
        !TITLE_LOWER_CASE_WORDS.contains(&lower.as_str()) && dictionary.contains(&lower)
    })
}

/// The inside of brackets that read as a title's translation or original (`(Zawrt gowy)`,
/// `(The Lion and the Song)`): one to eight words that begin with a capital, and no digit or
/// punctuation but the bracket's end.
fn translation(inside: &str) -> Option<&str> {
    let (inside, _) = inside.split_once(')')?;
    reads_as_a_title(inside).then_some(inside)
}

/// One to eight words that begin with a capital, and no digit or punctuation.
fn reads_as_a_title(words: &str) -> bool {
    let plain = words
        .chars()
        .all(|c| c.is_ascii_alphabetic() || c == ' ' || c == '-');
    words.starts_with(|c: char| c.is_ascii_uppercase()) && plain && words.split(' ').count() <= 8
}

/// The translation in brackets that give a year after it too (`(Colonel Redl, 1985)`), as
/// [`translation`] reads it.
fn translation_and_year(inside: &str) -> Option<&str> {
    if !ends_with_a_year(inside) {
        return None;
    }
    let (inside, _) = inside.split_once(')')?;
    let (title, _) = inside.rsplit_once(", ")?;
    reads_as_a_title(title).then_some(title)
}

/// Nouns that make a name in brackets an institution's, not a title's translation
/// (`Občanské fórum (Civic Forum)`, `Komitet Obrony Robotników (Workers’ Defence
/// Committee)`).
const INSTITUTION_NOUNS: &[&str] = &[
    "agency",
    "army",
    "assembly",
    "association",
    "church",
    "committee",
    "congress",
    "council",
    "federation",
    "forum",
    "front",
    "league",
    "ministry",
    "movement",
    "office",
    "party",
    "society",
    "union",
    "university",
];

/// Whether the inside of brackets reads as an English title: two words or more, one of them
/// English.
fn is_english_title(inside: &str, dictionary: &Dictionary) -> bool {
    inside.contains(' ') && has_english_words(inside, dictionary)
}

/// Whether the inside of brackets has an institution's noun.
fn names_an_institution(inside: &str) -> bool {
    inside
        .split(' ')
        .any(|w| INSTITUTION_NOUNS.contains(&w.to_ascii_lowercase().as_str()))
}

/// The most words of a title in another language before its translation in brackets.
const FOREIGN_TITLE_WORDS: usize = 6;

/// Where a title in another language that ends with `tokens[last]` starts: back over words
/// one space apart that English does not know (and a title's small words between them, `Lev
/// a písnička`), to the first capitalised one, as such a title capitalises only its first
/// word or its names (`Krst pri Savici`, `Mała apokalipsa`). It stops at an English word, a
/// possessive pronoun, or a name's possessive another rule repaired (`Konwickis`); none
/// after a capitalised English word, whose name the run ends.
fn foreign_title_start(
    text: &str,
    tokens: &[Token],
    settled: &[bool],
    last: usize,
    dictionary: &Dictionary,
) -> Option<usize> {
    let mut start = None;
    for j in (last.saturating_sub(FOREIGN_TITLE_WORDS - 1)..=last).rev() {
        let token = &tokens[j];
        if j < last && &text[token.end()..tokens[j + 1].start] != " " {
            break;
        }
        let lower = token.text.to_ascii_lowercase();
        let possessive = POSSESSIVE_DETERMINERS.contains(&lower.as_str())
            || (repaired_possessive(tokens, settled, j) && j < last);
        let small = TITLE_LOWER_CASE_WORDS.contains(&lower.as_str());
        if possessive {
            break;
        }
        if !small && dictionary.contains(&lower) {
            // A capitalised English word before the run makes it a name's part (`Martin
            // Schulze (Vice President)`), not a title; the first word of a sentence is
            // capitalised for that.
            let opens_its_sentence = sentence_start(text, token.start) == token.start;
            return start.filter(|_| !token.is_capitalised() || opens_its_sentence);
        }
        if token.is_capitalised() {
            start = Some(token.start);
        }
    }
    start
}

/// `Munteans Hrtia va fi albastr`, `his Lev a psnika`: the words one space apart after a
/// possessive (a pronoun's, or a name's another rule repaired), when the first is a
/// capitalised word English does not know and lower-case words English does not know
/// follow it (with a title's small words between them): someone's work, its title in
/// another language, which capitalises its first word only. A capitalised word alone is as
/// often a place (`Plečnik’s Ljubljana`), a run of capitals a name (`Ceaușescu’s Casa
/// Poporului`).
fn owned_foreign_title(
    text: &str,
    tokens: &[Token],
    settled: &[bool],
    before: usize,
    dictionary: &Dictionary,
) -> Option<Range<usize>> {
    let first = before + 1;
    let opening = tokens.get(first)?;
    // Asked of every token: the cheap tests first, and no allocation before them.
    if !opening.is_capitalised() || !one_space_before(text, tokens, first) {
        return None;
    }
    // The work's noun may stand between its owner and its title (`Preerens epic Krst pri
    // Savici`, `whose film Zem spieva`).
    let work_noun = is_work_noun(tokens[before].text) && one_space_before(text, tokens, before);
    let owner = if work_noun {
        before.checked_sub(1)?
    } else {
        before
    };
    let owner_text = tokens[owner].text;
    let possessive = POSSESSIVE_DETERMINERS
        .iter()
        .chain(&["whose"])
        .any(|p| p.eq_ignore_ascii_case(owner_text))
        || repaired_possessive(tokens, settled, owner);
    let foreign = |word: &str| !dictionary.contains(&word.to_ascii_lowercase());
    if !possessive || !foreign(opening.text) || sentence_has_quotes(text, opening.start) {
        return None;
    }
    let mut end = None;
    for j in first + 1..(first + FOREIGN_TITLE_WORDS).min(tokens.len()) {
        let word = tokens[j].text;
        // A name may end the title once a lower-case word has shown it (`Krst pri Savici`).
        let lower_case = word.starts_with(|c: char| c.is_ascii_lowercase());
        let a_name_in_it = end.is_some() && tokens[j].is_capitalised() && foreign(word);
        if !one_space_before(text, tokens, j) || !(lower_case || a_name_in_it) {
            break;
        }
        if foreign(word) {
            end = Some(tokens[j].end());
        } else if !TITLE_LOWER_CASE_WORDS.contains(&word) {
            break;
        }
    }
    Some(opening.start..end?)
}

/// A lower-case noun of a work, which may stand between its owner and a title in another
/// language: one of [`TITLE_NOUNS`] or [`OWNED_WORK_NOUNS`], or "epic" (no title noun, as
/// often an adjective: "an epic struggle").
fn is_work_noun(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_lowercase())
        && (is_title_noun(word) || OWNED_WORK_NOUNS.contains(&word) || word == "epic")
        && !word.ends_with("ed")
}

/// The word one space before the title whose first token is `first` (none for a title that
/// starts inside a token, after a lost dash).
fn word_before(text: &str, tokens: &[Token], first: Option<usize>) -> Option<usize> {
    let first = first?;
    first
        .checked_sub(1)
        .filter(|_| one_space_before(text, tokens, first))
}

/// Whether a capitalised word stands one space before the title whose first token is
/// `first`: the run is then the end of a name (`Martin Schulze (Vice President)`).
fn after_a_capital(text: &str, tokens: &[Token], first: Option<usize>) -> bool {
    word_before(text, tokens, first).is_some_and(|p| tokens[p].is_capitalised())
}

/// Whether the title whose first token is `first` belongs to someone: a possessive pronoun
/// before it (`His Lev a psnika`), or a name's possessive another rule repaired (`Hitchcocks
/// Vertigo`), as a work's title is given. A run after "the" or a preposition is as often an
/// institution's name with its original in brackets (`the National Salvation Front (Frontul
/// Salvrii Naionale)`), which is not quoted.
fn owned(text: &str, tokens: &[Token], settled: &[bool], first: Option<usize>) -> bool {
    word_before(text, tokens, first).is_some_and(|owner| {
        POSSESSIVE_DETERMINERS.contains(&tokens[owner].text.to_ascii_lowercase().as_str())
            || repaired_possessive(tokens, settled, owner)
    })
}

/// Whether a year, a decade or a medium stands right before the work noun `tokens[noun]`,
/// which then names one work as a possessive would (`the 1970s series Janosik`, `a 1936
/// painting`, `the television series`).
fn dated(text: &str, tokens: &[Token], noun: usize) -> bool {
    const MEDIA: &[&str] = &["radio", "television", "TV"];
    // Read from the text: the tokens split a decade ("1970s") into its digits and its s.
    let Some(before) = text[..tokens[noun].start].strip_suffix(' ') else {
        return false;
    };
    let word = before.rsplit(' ').next().unwrap_or(before);
    let decade = word
        .strip_suffix('s')
        .is_some_and(|year| is_a_year(year) && year.ends_with('0'));
    is_a_year(word) || decade || MEDIA.contains(&word)
}

/// Whether `tokens[j]` reads as a name's possessive another rule repaired: settled,
/// capitalised, and ending in s (`Konwickis`, `Hitchcocks`).
fn repaired_possessive(tokens: &[Token], settled: &[bool], j: usize) -> bool {
    settled[j] && tokens[j].is_capitalised() && tokens[j].text.ends_with('s')
}

/// Whether the inside of brackets is one year: `1970)`.
fn is_a_year_alone(inside: &str) -> bool {
    inside
        .split_once(')')
        .is_some_and(|(year, _)| is_a_year(year))
}

/// Four digits that read as a year of the last millennium or this one.
fn is_a_year(word: &str) -> bool {
    word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && matches!(word.as_bytes()[0], b'1' | b'2')
}

/// Whether the run of capitalised words from `tokens[first]` before a year in brackets is a
/// work's title: someone's (`Namysowskis Lola (1964)`), or one whose first word is a common
/// English word and of more than one word, with no article before it (`on Music for K
/// (1970)`). A name before a year (`Hanussen (1988)`) may be a person's or a place's; an
/// article makes the run an event's or an institution's name (`the Velvet Revolution (1989)`).
fn dated_work(
    text: &str,
    tokens: &[Token],
    settled: &[bool],
    first: Option<usize>,
    dictionary: &Dictionary,
) -> bool {
    let Some(at) = first else {
        return false;
    };
    let after_an_article = word_before(text, tokens, first)
        .is_some_and(|p| ARTICLES.contains(&tokens[p].text.to_ascii_lowercase().as_str()));
    let opens_with_a_common_word = is_a_common_word_capitalised(tokens[at].text, dictionary)
        && one_space_before(text, tokens, at + 1);
    owned(text, tokens, settled, first) || (opens_with_a_common_word && !after_an_article)
}

/// Whether the inside of brackets (and what follows them) ends, before the closing bracket,
/// with a comma and a year: `Černý Petr, 1963)`.
fn ends_with_a_year(inside: &str) -> bool {
    let Some((inside, _)) = inside.split_once(')') else {
        return false;
    };
    let Some((original, year)) = inside.rsplit_once(", ") else {
        return false;
    };
    is_a_year(year) && !original.trim().is_empty()
}

/// Where the run of capitalised words that ends with `tokens[last]` starts: back over words
/// one space apart, capitalised or a title's small words, up to a name's possessive another
/// rule repaired or listed (`Formans`, unless an article before it opens the title: `The
/// Firemens Ball`), a possessive pronoun, or the capital inside a word glued to the title's
/// first (`moreLarks on a String`, a lost dash). A title starts with a capital. (A word
/// that lost letters, repaired or listed, is as much a title's: `Vyrozumn (The Memorandum,
/// 1965)`.)
fn title_start(text: &str, tokens: &[Token], settled: &[bool], last: usize) -> Option<usize> {
    let joined = |j: usize| j == last || &text[tokens[j].end()..tokens[j + 1].start] == " ";
    let mut start = None;
    for j in (0..=last).rev() {
        let token = &tokens[j];
        let lower = token.text.to_ascii_lowercase();
        if !joined(j) || POSSESSIVE_DETERMINERS.contains(&lower.as_str()) {
            break;
        }
        if settled[j] && token.text.ends_with('s') {
            let article = j
                .checked_sub(1)
                .filter(|&a| joined(a) && matches!(tokens[a].text, "The" | "A" | "An"));
            if let (Some(article), true) = (article, token.is_capitalised()) {
                start = Some(tokens[article].start);
            }
            break;
        }
        if token.is_capitalised() {
            start = Some(token.start);
        } else if let Some(capital) = token.text.find(|c: char| c.is_ascii_uppercase()) {
            start = Some(token.start + capital);
            break;
        } else if !TITLE_LOWER_CASE_WORDS.contains(&token.text) {
            break;
        }
    }
    start
}

/// `his essay on the power of the powerless was copied`: a work noun that belongs to someone
/// (after a possessive pronoun, or a name's possessive whose apostrophe was lost), then `on`
/// or `about`, then two to eight lower-case words up to a verb or a punctuation mark.
fn subject_title(
    text: &str,
    tokens: &[Token],
    noun: usize,
    dictionary: &Dictionary,
) -> Option<Range<usize>> {
    let owner = &tokens[noun.checked_sub(1)?];
    let owned = POSSESSIVE_DETERMINERS.contains(&owner.text.to_ascii_lowercase().as_str())
        || (owner.text == "s" && matches!(owner.before, Some('\'' | '\u{2019}')))
        || (owner.is_capitalised()
            && owner.text.ends_with('s')
            && !dictionary.contains(owner.text));
    let about = tokens.get(noun + 1)?;
    let spaced = |j: usize| one_space_before(text, tokens, j);
    if !owned || !matches!(about.text, "on" | "about") || !spaced(noun + 1) {
        return None;
    }
    let first = noun + 2;
    let mut last = None;
    for (j, token) in tokens.iter().enumerate().skip(first).take(8) {
        if !spaced(j) || CLAUSE_WORDS.contains(&token.text) {
            break;
        }
        if !token.text.starts_with(|c: char| c.is_ascii_lowercase()) {
            return None;
        }
        last = Some(j);
        if !text[token.end()..].starts_with(' ') {
            break;
        }
    }
    let last = last?;
    let words = last + 1 - first;
    let ended = tokens
        .get(last + 1)
        .is_none_or(|next| !spaced(last + 1) || CLAUSE_WORDS.contains(&next.text));
    let span = tokens[first].start..tokens[last].end();
    (words >= 2 && ended && !sentence_has_quotes(text, span.start)).then_some(span)
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
        return title_after(text, tokens, first - 1)
            .filter(|span| common || epithet || an_english_epithet(&text[span.clone()], dictionary))
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

/// Whether `token` is a whole word (not part of a longer one, see [`Token::is_fragment`])
/// that English does not know.
fn is_foreign(token: &Token, dictionary: &Dictionary) -> bool {
    !token.is_fragment() && !dictionary.contains(&token.text.to_ascii_lowercase())
}

/// Verbs that the very words said follow, or "with" after them (`say Zaplatm.`, `answer
/// po prostu`, `greet each other with Szcz Boe`).
const SAYING: &[&str] = &[
    "answer", "answered", "answers", "greet", "greeted", "greets", "reply", "replied", "replies",
    "say", "says", "shout", "shouted", "shouts", "wish", "wished", "wishes",
];

/// Whether `word` is one of [`SAYING`]. Asked of every word of the text, so through a hash
/// set made once.
fn is_saying(word: &str) -> bool {
    static VERBS: OnceLock<FxHashSet<&str>> = OnceLock::new();
    // Their first letters rule out most words before any hashing.
    if !matches!(
        word.as_bytes().first(),
        Some(b'a' | b'g' | b'r' | b's' | b'w')
    ) {
        return false;
    }
    VERBS
        .get_or_init(|| SAYING.iter().copied().collect())
        .contains(word)
}

/// The most words of what [`words_said_in_another_language`] reads.
const SAID_WORDS: usize = 5;

/// `say Zaplatm.`, `answer po prostu,`, `greet each other with Szcz Boe!`: words English
/// lacks right after a verb of [`SAYING`] (or after its "with" within three words), up to
/// the punctuation that ends them: what was said, in its own language, which an English
/// text quotes. Words of two letters may be that language's too ("Na zdrav"), but one of four
/// letters or more must be foreign.
fn words_said_in_another_language(
    text: &str,
    tokens: &[Token],
    verb: usize,
    dictionary: &Dictionary,
) -> Option<Range<usize>> {
    if !is_saying(tokens[verb].text) || sentence_has_quotes(text, tokens[verb].start) {
        return None;
    }
    let spaced = |j: usize| one_space_before(text, tokens, j);
    let greets = tokens[verb].text.starts_with("greet");
    let first = if greets {
        (verb + 1..=verb + 3)
            .take_while(|&j| spaced(j))
            .find(|&j| tokens[j].text == "with")?
            + 1
    } else {
        verb + 1
    };
    let foreign = |j: usize| tokens.get(j).is_some_and(|t| is_foreign(t, dictionary));
    let in_phrase = |j: usize| foreign(j) || tokens.get(j).is_some_and(|t| t.text.len() <= 2);
    let mut last = None;
    for j in (first..tokens.len()).take(SAID_WORDS) {
        if !spaced(j) || !in_phrase(j) {
            break;
        }
        if text[tokens[j].end()..].starts_with([',', '.', '!', '?', ';']) {
            last = Some(j);
            break;
        }
    }
    let last = last?;
    let long_and_foreign = (first..=last).any(|j| tokens[j].text.len() >= 4 && foreign(j));
    // `Legend says Lech, forefather of the Poles, …`, `…, answered Nagy.`: one capitalised word
    // after a verb that inverts its subject, or before a comma, is a name, not the words.
    let base_form = matches!(
        tokens[verb].text,
        "answer" | "reply" | "say" | "shout" | "wish"
    );
    let a_name = first == last
        && tokens[first].is_capitalised()
        && (!(base_form || greets) || text[tokens[last].end()..].starts_with(','));
    (long_and_foreign && !a_name).then(|| tokens[first].start..tokens[last].end())
}

/// The most words of a gloss after ", meaning" or ", literally": more are a clause's.
const GLOSS_WORDS: usize = 6;

/// The most words before the comma among which one of another language is looked for.
const GLOSSED_WORDS_BACK: usize = 3;

/// `the tanhegyek, meaning witness hills,`, `solni cvet, literally salt flower,`: the words
/// after ", meaning" or ", literally" up to the next punctuation, at most [`GLOSS_WORDS`],
/// when a word English does not know stands among the [`GLOSSED_WORDS_BACK`] before the
/// comma: a foreign word's gloss, which the text quotes. An adverb may stand on either side
/// of "meaning" (`a vodk, roughly meaning water person,`, `the Barlolma, meaning roughly
/// the Crutch-Breaker,`), and a noun that names a word may take the comma's place, with no
/// foreign word needed, as it announces one itself (`the vlov, a word meaning fishing
/// out,`, `an old Polish adjective meaning peppery,`). Not a clause ("meaning that",
/// "meaning they"), nor after English alone ("the fare, meaning the price,").
fn gloss_after_meaning(
    text: &str,
    tokens: &[Token],
    at: usize,
    dictionary: &Dictionary,
) -> Option<Range<usize>> {
    const CLAUSE_STARTS: &[&str] = &["he", "it", "she", "that", "they", "we", "you"];
    const NAMING_NOUNS: &[&str] = &[
        "adjective",
        "expression",
        "name",
        "noun",
        "phrase",
        "term",
        "verb",
        "word",
    ];
    let spaced = |j: usize| one_space_before(text, tokens, j);
    let after_a_comma = |j: usize| text[..tokens[j].start].ends_with(", ");
    if !matches!(tokens[at].text, "meaning" | "literally") {
        return None;
    }
    let adverb_before = at
        .checked_sub(1)
        .filter(|&j| GLOSS_ADVERBS.contains(&tokens[j].text) && spaced(at) && after_a_comma(j));
    let announced = tokens[at].text == "meaning"
        && spaced(at)
        && NAMING_NOUNS.contains(&tokens[at.checked_sub(1)?].text);
    let comma = match adverb_before {
        Some(adverb) => Some(adverb.checked_sub(1)?),
        None if after_a_comma(at) => Some(at.checked_sub(1)?),
        None => None,
    };
    let foreign_before = comma.is_some_and(|comma| {
        (comma.saturating_sub(GLOSSED_WORDS_BACK - 1)..=comma)
            .any(|j| is_foreign(&tokens[j], dictionary))
    });
    if !(foreign_before || announced) || sentence_has_quotes(text, tokens[at].start) {
        return None;
    }
    if !spaced(at + 1) {
        return None;
    }
    let mut first = at + 1;
    if GLOSS_ADVERBS.contains(&tokens[first].text) && spaced(first + 1) {
        first += 1;
    }
    if CLAUSE_STARTS.contains(&tokens[first].text) {
        return None;
    }
    // A hyphenated word is one word of the gloss ("the Crutch-Breaker").
    let joined = |j: usize| spaced(j) || &text[tokens[j - 1].end()..tokens[j].start] == "-";
    let last = (first..(first + GLOSS_WORDS).min(tokens.len()))
        .take_while(|&j| j == first || joined(j))
        .find(|&j| ends_a_gloss(text, &tokens[j]))?;
    Some(tokens[first].start..tokens[last].end())
}

/// The most words of a gloss after ", or": more are an alternative, not a word's meaning.
const OR_GLOSS_WORDS: usize = 3;

/// `the kaptrkvek, or beehive stones:`, `these krasnale, or dwarfs,`, `pust, or carnival,`:
/// after a lower-case word English does not know, ", or" and up to [`OR_GLOSS_WORDS`]
/// lower-case English words up to punctuation give its meaning, which the text quotes. Not
/// a clause ("or they", "or to"), nor after a name ("Kraków, or Warsaw").
fn gloss_after_or(
    text: &str,
    tokens: &[Token],
    at: usize,
    dictionary: &Dictionary,
) -> Option<Range<usize>> {
    const CLAUSE_STARTS: &[&str] = &[
        "a", "an", "he", "if", "it", "she", "so", "that", "the", "they", "to", "we", "you",
    ];
    let spaced = |j: usize| one_space_before(text, tokens, j);
    if tokens[at].text != "or" || !text[..tokens[at].start].ends_with(", ") {
        return None;
    }
    let glossed = &tokens[at.checked_sub(1)?];
    let foreign = glossed.text.starts_with(|c: char| c.is_ascii_lowercase())
        && is_foreign(glossed, dictionary);
    if !foreign || sentence_has_quotes(text, tokens[at].start) {
        return None;
    }
    let first = at + 1;
    let english = |j: usize| {
        let word = tokens[j].text;
        word.starts_with(|c: char| c.is_ascii_lowercase()) && dictionary.contains(word)
    };
    if first >= tokens.len() || !spaced(first) || CLAUSE_STARTS.contains(&tokens[first].text) {
        return None;
    }
    let last = (first..(first + OR_GLOSS_WORDS).min(tokens.len()))
        .take_while(|&j| (j == first || spaced(j)) && english(j))
        .find(|&j| ends_a_gloss(text, &tokens[j]))?;
    Some(tokens[first].start..tokens[last].end())
}

/// Adverbs that may stand before or after the "meaning" of a gloss ("roughly meaning",
/// "meaning roughly").
const GLOSS_ADVERBS: &[&str] = &["just", "literally", "roughly", "simply"];

/// Whether a gloss ends after `token`: punctuation follows, or two spaces, where a spaced
/// dash was lost (`from vlk, meaning wolf  is a single`).
fn ends_a_gloss(text: &str, token: &Token) -> bool {
    let after = &text[token.end()..];
    after.starts_with([',', '.', ';', ':', '!', '?', ')']) || after.starts_with("  ")
}

/// The most words of a meaning given after "means".
const MEANING_WORDS: usize = 3;

/// `Kirly means king in Hungarian`, `a Hungarian word that simply means dried.`, `a word
/// that once meant simply empty.`: what a word of another language means, or "word" or
/// "name" means or meant, given after the verb (and an adverb) in up to [`MEANING_WORDS`]
/// lower-case words up to punctuation, a lost spaced dash or "in": a gloss, which the text
/// quotes. Not after a pronoun (`it means blotting paper`), whose "means" explains.
fn meaning_given(
    text: &str,
    tokens: &[Token],
    at: usize,
    dictionary: &Dictionary,
) -> Option<Range<usize>> {
    // A gloss's adverbs, and "once" of a word's past ("a word that once meant").
    let adverb = |word: &str| GLOSS_ADVERBS.contains(&word) || word == "once";
    let spaced = |j: usize| one_space_before(text, tokens, j);
    if !matches!(tokens[at].text, "means" | "meant" | "mean") || !spaced(at) || !spaced(at + 1) {
        return None;
    }
    let mut subject = at.checked_sub(1)?;
    while adverb(tokens[subject].text) && spaced(subject) {
        subject = subject.checked_sub(1)?;
    }
    if matches!(tokens[subject].text, "that" | "which") && spaced(subject) {
        subject = subject.checked_sub(1)?;
    }
    // A name's past is history, not a gloss (`Balaton meant something more.`): "meant" only
    // after "word" or "name".
    let word = tokens[subject].text;
    let foreign = is_foreign(&tokens[subject], dictionary) && tokens[at].text == "means";
    let named = match tokens[at].text {
        "mean" => matches!(word, "words" | "names"),
        _ => matches!(word, "word" | "name"),
    };
    if !foreign && !named {
        return None;
    }
    let mut first = at + 1;
    while adverb(tokens[first].text) && spaced(first + 1) {
        first += 1;
    }
    // An article opens the gloss (`simply means the beautiful one.`), and a word more.
    let article = ARTICLES.contains(&tokens[first].text) && spaced(first + 1);
    let content = first + usize::from(article);
    let lower = |j: usize| tokens[j].text.starts_with(|c: char| c.is_ascii_lowercase());
    let mut last = content;
    while last < first + MEANING_WORDS - 1 + usize::from(article)
        && spaced(last + 1)
        && tokens.get(last + 1).is_some_and(|t| t.text != "in")
        && !text[tokens[last].end()..].starts_with([',', '.', ';', ':'])
    {
        last += 1;
    }
    let ends = ends_a_gloss(text, &tokens[last])
        || tokens
            .get(last + 1)
            .is_some_and(|t| t.text == "in" && spaced(last + 1));
    let words_lower = (first..=last).all(lower) && !is_function_word(tokens[content].text);
    (ends && words_lower && !sentence_has_quotes(text, tokens[first].start))
        .then(|| tokens[first].start..tokens[last].end())
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

/// Whether `word` is a common English word with a capital: a name the dictionary knows with
/// its capital (`known as Africa`) or not at all (`called DebConf`) is a name, not a term a
/// writer set apart.
fn is_a_common_word_capitalised(word: &str, dictionary: &Dictionary) -> bool {
    !dictionary.contains_exact(word) && dictionary.contains_exact(&word.to_ascii_lowercase())
}

/// `call Pasrea miastr (the Magic Bird)`: words English does not know from `tokens[first]`
/// up to a bracket, which glosses them: a name in another language, given as the text's
/// own words would not be. At most [`FOREIGN_TITLE_WORDS`].
fn foreign_words_before_a_gloss(
    text: &str,
    tokens: &[Token],
    first: usize,
    dictionary: &Dictionary,
) -> Option<Range<usize>> {
    for j in first..tokens.len().min(first + FOREIGN_TITLE_WORDS) {
        let token = &tokens[j];
        let lower = token.text.to_ascii_lowercase();
        if dictionary.contains(&lower) || (j > first && !one_space_before(text, tokens, j)) {
            return None;
        }
        if text[token.end()..].starts_with(" (") {
            return Some(tokens[first].start..token.end());
        }
    }
    None
}

/// The most words of a phrase in another language before its gloss in brackets.
const GLOSSED_WORDS: usize = 6;

/// `Locals call them zelen zlato (green gold)`, `the kino moralnego niepokoju (cinema of
/// moral anxiety)`, `his Psaky (scribblings)`: words English does not know before brackets
/// whose inside is English, glossing them. An English text quotes a phrase of another
/// language it translates: in the trial texts 85 of 93 such phrases were quoted (or their
/// gloss was). The phrase must have a word in lower case, or an owner (`his`), as a
/// capitalised run before an English gloss is as often a name and its role (`Tom Ba
/// (whose motto was…)`) or an institution's name (`Obansk frum (Civic Forum)`).
fn phrases_before_their_gloss(
    text: &str,
    tokens: &[Token],
    settled: &[bool],
    dictionary: &Dictionary,
    found: &[RawSuspect],
) -> Vec<RawSuspect> {
    let listed: FxHashSet<usize> = found.iter().map(|s| s.offset).collect();
    let mut out = Vec::new();
    for (last, token) in tokens.iter().enumerate() {
        let Some(inside) = text[token.end()..].strip_prefix(" (") else {
            continue;
        };
        if !glosses(inside, dictionary) {
            continue;
        }
        let Some(first) = foreign_phrase_start(text, tokens, settled, last, dictionary) else {
            continue;
        };
        let run = &tokens[first..=last];
        let in_lower_case = run.iter().any(|t| !t.is_capitalised() && t.text.len() > 2);
        if !in_lower_case && !owner_before(text, tokens, settled, first, dictionary) {
            continue;
        }
        let start = tokens[first].start;
        if !listed.contains(&start) && !sentence_has_quotes(text, start) {
            out.push(placed(
                text,
                start..token.end(),
                "a phrase in another language before its gloss in brackets",
            ));
        }
    }
    out
}

/// Whether someone owns the phrase whose first token is `first`, as [`owned`] reads it, but
/// not by an English word with an `s` that only looks like a name's possessive (`Nils
/// Lohner`).
fn owner_before(
    text: &str,
    tokens: &[Token],
    settled: &[bool],
    first: usize,
    dictionary: &Dictionary,
) -> bool {
    let english_with_s = word_before(text, tokens, Some(first)).is_some_and(|owner| {
        let word = tokens[owner].text;
        let stem = word.strip_suffix('s');
        !POSSESSIVE_DETERMINERS.contains(&word.to_ascii_lowercase().as_str())
            && stem.is_some_and(|stem| dictionary.contains(&stem.to_ascii_lowercase()))
    });
    owned(text, tokens, settled, Some(first)) && !english_with_s
}

/// Verbs a clause in brackets has and a gloss does not (`(Ian Jackson was largely
/// responsible for this)`).
const CLAUSE_VERBS: &[&str] = &["are", "had", "has", "is", "was", "were"];

/// Whether the inside of brackets (up to `)`) glosses what is before them in English: words
/// only, perhaps a year after a comma (`Silence and Cry, 1968`), at least half of them
/// English, and no institution's name (`Civic Forum`), which a name's original is given
/// beside unquoted.
fn glosses(inside: &str, dictionary: &Dictionary) -> bool {
    let Some((inside, _)) = inside.split_once(')') else {
        return false;
    };
    let words = match inside.rsplit_once(", ") {
        Some((words, year)) if is_a_year(year) => words,
        _ => inside,
    };
    let plain = words
        .chars()
        .all(|c| c.is_ascii_alphabetic() || matches!(c, ' ' | '-' | ','));
    let all: Vec<&str> = words
        .split([' ', '-', ','])
        .filter(|w| !w.is_empty())
        .collect();
    let english = all
        .iter()
        .filter(|w| dictionary.contains(&w.to_ascii_lowercase()))
        .count();
    // A gloss is a noun phrase or a title: a clause opens with a small word in lower case
    // (`(for sodomy)`, `(whose motto was…)`) or has a verb.
    let clause = all.first().is_some_and(|w| {
        w.starts_with(|c: char| c.is_ascii_lowercase())
            && is_function_word(w)
            && !ARTICLES.contains(w)
    }) || all.iter().any(|w| CLAUSE_VERBS.contains(w));
    plain && !all.is_empty() && 2 * english >= all.len() && !clause && !names_an_institution(words)
}

/// Where a phrase English does not know ends with `tokens[last]` starts: back over words one
/// space or a comma apart (`Csillagosok, katonk`), at most [`GLOSSED_WORDS`], none of them
/// English but for the short words inside such a phrase (`Karuzela z madonnami`), to its
/// first word that is not short. It stops at an owner's possessive another rule repaired
/// (`Konwickis Maa apokalipsa`). None when `tokens[last]` is English or part of a longer
/// word.
fn foreign_phrase_start(
    text: &str,
    tokens: &[Token],
    settled: &[bool],
    last: usize,
    dictionary: &Dictionary,
) -> Option<usize> {
    let is_short = |t: &Token| t.text.len() <= 2;
    let mut first = None;
    for j in (last.saturating_sub(GLOSSED_WORDS - 1)..=last).rev() {
        let token = &tokens[j];
        let possessive = repaired_possessive(tokens, settled, j);
        if possessive
            || (j < last && !matches!(&text[token.end()..tokens[j + 1].start], " " | ", "))
        {
            break;
        }
        if is_foreign(token, dictionary) && !is_short(token) {
            first = Some(j);
        } else if !is_short(token) || token.is_fragment() {
            break;
        }
    }
    first.filter(|&f| is_foreign(&tokens[f], dictionary))
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
    "remembered",
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
    let mut last = first;
    while last < first + TERM_WORDS - 1
        && (joined(last + 1) || tokens[last].after == Some('-'))
        && in_term(last + 1)
    {
        last += 1;
    }
    let rest = &text[tokens[last].end()..];
    let ends_clause =
        rest.starts_with([',', '.', ';', ':', '!', '?', '(']) || rest.starts_with(" (");
    (in_term(first) && ends_clause).then(|| term.start..tokens[last].end())
}

/// The most words of what a passive "called" names, after its article.
const CALLED_WORDS: usize = 5;

/// `is often called the peerless poet,`, `the Šumava, sometimes called the green roof of
/// Europe for its ridges`: what "called" names in the passive (after "is", "was", … or a
/// comma, with an adverb or none between), from its article to the punctuation or the
/// preposition that ends it within [`CALLED_WORDS`] words: an epithet the text quotes. Not a
/// time ("was called the next day"), when the verb summons rather than names.
fn called_in_the_passive(text: &str, tokens: &[Token], verb: usize) -> Option<Range<usize>> {
    const BE: &[&str] = &["are", "be", "been", "is", "was", "were"];
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
    if !NICKNAMING.contains(&tokens[at].text)
        || !spaced(first)
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
        .take_while(|&j| (spaced(j) || hyphenated(j)) && !CLAUSE_WORDS.contains(&tokens[j].text))
        .find(|&j| ends(j))?;
    Some(tokens[first].start..tokens[last].end())
}

/// Nouns that, after "the", name the word or words right after them (`reach for the word
/// destiny.`, `the label Romanian New Wave`).
const WORD_NOUNS: &[&str] = &["label", "phrase", "term", "word"];

/// `the word destiny.`, `the label Romanian New Wave`: what a [`WORD_NOUNS`] noun after "the"
/// names: one lower-case word that ends the clause, that a verb follows (`the word
/// wilderness became`, the word the sentence is about) or that English does not know, or a
/// run of capitalised words.
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
    let term = &tokens[noun + 1];
    if term.is_capitalised() {
        return title_after(text, tokens, noun);
    }
    // A word English does not know is the word named, whatever follows (`the word bibua
    // still carries`).
    let ends = text[term.end()..].starts_with([',', '.', ';', ':', '!', '?'])
        || tokens
            .get(noun + 2)
            .is_some_and(|verb| spaced(noun + 2) && is_verb_after_subject(verb.text, dictionary))
        || is_foreign(term, dictionary);
    let a_word = !is_function_word(term.text)
        && !OBJECTS.contains(&term.text)
        && !NOT_A_TERM.contains(&term.text)
        && !term.text.ends_with("self");
    (ends && a_word).then(|| term.start..term.end())
}

/// Nouns that name a phrase (`earned a nickname: goulash communism`, `the phrase that
/// stuck: the flood of the century`, `whose refrain ended: Better a bum…`): what a colon
/// after them, in their sentence, introduces is the phrase itself, quoted.
const PHRASE_NOUNS: &[&str] = &[
    "catchphrase",
    "catchword",
    "chant",
    "greeting",
    "inscription",
    "motto",
    "name",
    "nickname",
    "nicknames",
    "notice",
    "phrase",
    "proverb",
    "refrain",
    "rhyme",
    "saying",
    "sentence",
    "sign",
    "slogan",
    "term",
    "toast",
    "warning",
];

/// The most words between a [`PHRASE_NOUNS`] noun and the colon after it (`a new phrase for
/// the gap between a good year and a bad one:`).
const WORDS_TO_A_COLON: usize = 12;

/// The phrase after a colon that a [`PHRASE_NOUNS`] noun before it, in the same sentence and
/// within [`WORDS_TO_A_COLON`] words, announces: from after the colon to the sentence's end.
/// Not where a suspect already starts there (a title after "slogan").
fn phrases_after_a_colon(text: &str, tokens: &[Token], found: &[RawSuspect]) -> Vec<RawSuspect> {
    let listed: FxHashSet<usize> = found.iter().map(|s| s.offset).collect();
    let mut out = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let Some(rest) = text[token.end()..].strip_prefix(": ") else {
            continue;
        };
        let start = text.len() - rest.len();
        let end = sentence_end(text, start);
        let sentence = sentence_start(text, token.start);
        let announced = tokens[i.saturating_sub(WORDS_TO_A_COLON)..=i]
            .iter()
            .filter(|t| t.start >= sentence)
            .any(|t| PHRASE_NOUNS.contains(&t.text));
        let words = rest[..end - start].split_whitespace().count();
        if announced && words > 0 && !listed.contains(&start) && !sentence_has_quotes(text, start) {
            out.push(placed(
                text,
                start..end,
                "the phrase a noun before the colon names",
            ));
        }
    }
    out
}

/// The most words of a phrase between commas after the noun that names it.
const APPOSED_WORDS: usize = 8;

/// `Their chant, Wir sind das Volk, needed no translation`: what a [`PHRASE_NOUNS`] noun
/// (not "name" or "term", whose apposition is a name) has between commas right after it,
/// when that begins with a capital, as a phrase quoted does; a clause between commas
/// begins with a small word (`the slogan, long forgotten, returned`).
fn phrases_in_apposition(text: &str, tokens: &[Token], found: &[RawSuspect]) -> Vec<RawSuspect> {
    let listed: FxHashSet<usize> = found.iter().map(|s| s.offset).collect();
    let mut out = Vec::new();
    for (i, noun) in tokens.iter().enumerate() {
        let names_a_phrase =
            PHRASE_NOUNS.contains(&noun.text) && !matches!(noun.text, "name" | "term");
        let Some(first) = tokens.get(i + 1) else {
            continue;
        };
        if !names_a_phrase || &text[noun.end()..first.start] != ", " || !first.is_capitalised() {
            continue;
        }
        let last = (i + 1..tokens.len().min(i + 1 + APPOSED_WORDS))
            .take_while(|&j| j == i + 1 || one_space_before(text, tokens, j))
            .find(|&j| text[tokens[j].end()..].starts_with(", "));
        let Some(last) = last else {
            continue;
        };
        let start = first.start;
        if !listed.contains(&start) && !sentence_has_quotes(text, start) {
            out.push(placed(
                text,
                start..tokens[last].end(),
                "the phrase between commas after the noun that names it",
            ));
        }
    }
    out
}

/// The words after a capitalised foreign one after a colon among which two lower-case
/// foreign ones make a phrase of another language.
const FOREIGN_AFTER_A_COLON: usize = 3;

/// The fewest words before a colon, in its sentence, for speech after it to be listed:
/// fewer are a speaker's or an addressee's label ("NAPOLEON:", "Dear Lord:", "How about:").
const CLAUSE_BEFORE_A_COLON: usize = 4;

/// Quotations a colon opens, from the capitalised word after it to the sentence's end: words
/// of another language ([`in_another_language`]) or speech ([`spoken_after_a_clause`]). Not
/// where a suspect already starts there, nor in a sentence with marks.
fn quotations_after_colons(
    text: &str,
    tokens: &[Token],
    dictionary: &Dictionary,
    found: &[RawSuspect],
) -> Vec<RawSuspect> {
    let listed: FxHashSet<usize> = found.iter().map(|s| s.offset).collect();
    let mut out = Vec::new();
    for (i, first) in tokens.iter().enumerate().skip(1) {
        let opens = &text[tokens[i - 1].end()..first.start] == ": " && first.is_capitalised();
        if !opens || listed.contains(&first.start) || sentence_has_quotes(text, first.start) {
            continue;
        }
        let end = sentence_end(text, first.start);
        let why = if in_another_language(tokens, i, end, dictionary) {
            "words of another language after a colon"
        } else if spoken_after_a_clause(text, tokens, i, end, dictionary) {
            "speech after a colon"
        } else {
            continue;
        };
        out.push(placed(text, first.start..end, why));
    }
    out
}

/// `the dedication answers him: Vnovno vem, jejich…`, `German history: Das tritt nach…`:
/// whether the words from `tokens[first]` to `end` are another language's, a capitalised one
/// English does not know and two lower-case ones among the next [`FOREIGN_AFTER_A_COLON`].
/// Fewer are as often names (`two men: Ion Iliescu`, `the region: Novo mesto, Dolenjska and
/// Bela krajina`).
fn in_another_language(
    tokens: &[Token],
    first: usize,
    end: usize,
    dictionary: &Dictionary,
) -> bool {
    let lower_and_foreign = (first + 1..=first + FOREIGN_AFTER_A_COLON)
        .take_while(|&j| j < tokens.len() && tokens[j].start < end)
        .filter(|&j| {
            tokens[j].text.starts_with(|c: char| c.is_ascii_lowercase())
                && is_foreign(&tokens[j], dictionary)
        })
        .count();
    is_foreign(&tokens[first], dictionary) && lower_and_foreign >= 2
}

/// `offered a warning: Above you is the square`: whether the words from `tokens[first]` to
/// `end` are speech, a common word capitalised opening them and a word of the first or second
/// person among them, which the narration of a text in the third person does not use, or an
/// imperative opening them ([`an_imperative`]), after at least [`CLAUSE_BEFORE_A_COLON`]
/// words that introduce them, not all in capitals.
fn spoken_after_a_clause(
    text: &str,
    tokens: &[Token],
    first: usize,
    end: usize,
    dictionary: &Dictionary,
) -> bool {
    let word = tokens[first].text;
    let common =
        !dictionary.contains_exact(word) && dictionary.contains_exact(&word.to_ascii_lowercase());
    // "NAPOLEON: What shall we…", "Dear Lord: Please…": a speaker's or an addressee's label
    // before the colon, not a clause that introduces what follows.
    let start = sentence_start(text, tokens[first].start);
    let introducing = &tokens[tokens[..first].partition_point(|t| t.start < start)..first];
    let spoken = || {
        tokens[first..]
            .iter()
            .take_while(|t| t.start < end)
            .any(|t| {
                SPEAKERS.contains(&t.text)
                    || SPEAKERS.contains(&t.text.to_ascii_lowercase().as_str())
            })
    };
    // "MORAL OF THE STORY: Invest in…": a heading's label, set in capitals.
    let shouted = introducing
        .iter()
        .all(|t| !t.text.bytes().any(|b| b.is_ascii_lowercase()));
    let imperative = || !shouted && an_imperative(text, tokens, first, dictionary);
    common && introducing.len() >= CLAUSE_BEFORE_A_COLON && (spoken() || imperative())
}

/// "was blunt: Wear boots, and…": a verb's base form, capitalised, opening what follows a
/// colon, with no auxiliary or past tense after it that would make it a subject ("Water
/// flowed", "Work began", "Time was short"): advice or an order, given in someone's words.
/// (A present tense in -s cannot be told from a plural object: "Wear boots".)
fn an_imperative(text: &str, tokens: &[Token], first: usize, dictionary: &Dictionary) -> bool {
    let lower = tokens[first].text.to_ascii_lowercase();
    let Some(next) = tokens.get(first + 1) else {
        return false;
    };
    one_space_before(text, tokens, first + 1)
        && is_verb_base(&lower, dictionary)
        && !is_verb_after_subject(next.text, dictionary)
        && !CLAUSE_WORDS.contains(&next.text)
}

/// Pronouns of the first person, as a damaged text writes them (a contraction's apostrophe
/// lost: "Im", "Ive").
const FIRST_PERSON: &[&str] = &[
    "I",
    "Im",
    "Ive",
    "me",
    "my",
    "myself",
    "mine",
    "we",
    "We",
    "us",
    "our",
    "Our",
    "ours",
    "ourselves",
    "My",
];

/// The most sentences in the first person, as a share of a text's sentences, for its others
/// to be read as written in the third: past it the author speaks for themself (a memoir, a
/// manifesto, a collection of sayings), and a sentence in the first person is no sign of a
/// quotation. Measured with their quotation marks deleted: the 38 trial texts, written in the
/// third person with speech quoted, have 0–18 %, this edition's source 8 %, Debian's history
/// 3 %; the `fortunes` files of sayings 22–40 % (its news file 13 %).
const FIRST_PERSON_SHARE: f64 = 0.2;

/// "I didnt even know their names." in a text written in the third person: a sentence in
/// the first person there is someone's speech, quoted. Consecutive ones are one quotation.
/// Not in a text with more of them than [`FIRST_PERSON_SHARE`], nor where the sentence
/// already has a suspect or marks.
fn speech_in_the_first_person(
    text: &str,
    tokens: &[Token],
    found: &[RawSuspect],
) -> Vec<RawSuspect> {
    let marked = sentences_in_the_first_person(text, tokens);
    let in_first_person = marked.iter().filter(|(_, first)| *first).count();
    if in_first_person as f64 > FIRST_PERSON_SHARE * marked.len() as f64 {
        return Vec::new();
    }
    let mut listed: Vec<usize> = found.iter().map(|s| s.offset).collect();
    listed.sort_unstable();
    let holds_a_suspect = |span: &Range<usize>| {
        let first = listed.partition_point(|&offset| offset < span.start);
        listed.get(first).is_some_and(|&offset| offset < span.end)
    };
    // A sentence another rule placed is left to it, but the speech goes on after it (`…
    // our furniture out, a farmer said. I didnt even know their names.`): the sentences
    // after it are listed on their own.
    let unplaced: Vec<(Range<usize>, bool)> = marked
        .into_iter()
        .map(|(span, first)| {
            let first = first && !holds_a_suspect(&span);
            (span, first)
        })
        .collect();
    unplaced
        .chunk_by(|a, b| a.1 == b.1)
        .filter(|run| run[0].1)
        .map(|run| run[0].0.start..run[run.len() - 1].0.end)
        .filter(|span| !text[span.clone()].contains(['"', '\u{201C}', '\u{201D}']))
        .map(|span| {
            placed(
                text,
                span,
                "speech in the first person, in a text written in the third",
            )
        })
        .collect()
}

/// Whether `token` is a pronoun of the first person: not "I" after a capitalised word inside
/// a sentence ("World War I", "Rákóczi I"), nor a capitalised "Our" or "My" there ("Our
/// Lord", "My Fair Lady").
fn is_first_person(text: &str, token: &Token, sentence_start: usize) -> bool {
    if !FIRST_PERSON.contains(&token.text) {
        return false;
    }
    let opens = token.start == sentence_start;
    let after_a_capital = text[..token.start]
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|word| word.starts_with(|c: char| c.is_uppercase()));
    match token.text {
        "I" => opens || !after_a_capital,
        "We" | "Our" | "My" => opens,
        _ => true,
    }
}

/// The sentences of `text` that hold a word, as byte ranges after their leading spaces and
/// through their final punctuation, each with whether a pronoun of the first person is in it.
/// One pass over the tokens: a text of megabytes has hundreds of thousands of sentences.
fn sentences_in_the_first_person(text: &str, tokens: &[Token]) -> Vec<(Range<usize>, bool)> {
    let mut marked: Vec<(Range<usize>, bool)> = Vec::new();
    for token in tokens {
        match marked.last_mut() {
            Some((sentence, first)) if sentence.contains(&token.start) => {
                *first = *first || is_first_person(text, token, sentence.start);
            }
            _ => {
                let start = sentence_start(text, token.start);
                let first = is_first_person(text, token, start);
                marked.push((start..sentence_end(text, token.start), first));
            }
        }
    }
    marked
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
/// to the clause's end or a preposition, which a writer quoting someone's words sets between
/// marks. The object is one to eight words (a name, a pronoun, a noun phrase with an
/// apposition), or a relative before the verb (`whom Hungarians have long called the great
/// Palóc`); right after the verb an article makes it another verb (`called a meeting`, `call
/// the police`), and a quantity or a time is no epithet (`called him a few times`, `called
/// her the next day`).
fn epithet(text: &str, tokens: &[Token], verb: usize) -> Option<Range<usize>> {
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
    const ENDING: &[&str] = &[
        "after", "at", "before", "by", "during", "for", "in", "on", "over", "to", "when", "with",
    ];
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
    // (`called his supporters into the streets`).
    let first = object.split(' ').next().unwrap_or_default();
    let preposition = object
        .split(' ')
        .any(|w| ENDING.contains(&w) || matches!(w, "from" | "into" | "onto" | "through"));
    if NOT_A_TERM.contains(&first) && !DETERMINERS.contains(&first) || preposition {
        return None;
    }
    let term = article + 1;
    let word = tokens.get(term)?;
    if !one_space_before(text, tokens, term)
        || !word.text.starts_with(|c: char| c.is_ascii_lowercase())
        || QUANTITIES_AND_TIMES.contains(&word.text)
    {
        return None;
    }
    let mut last = term;
    for j in term + 1..(term + 5).min(tokens.len()) {
        let spaced = one_space_before(text, tokens, j) || tokens[j - 1].after == Some('-');
        if !spaced || ENDING.contains(&tokens[j].text) {
            break;
        }
        last = j;
    }
    let ends = text[tokens[last].end()..].starts_with([',', '.', ';', ':', '!', '?'])
        || tokens
            .get(last + 1)
            .is_some_and(|next| ENDING.contains(&next.text));
    // "the" is quoted with a lower-case epithet (fourteen of fifteen after "call" in the trial
    // texts: `call it “the white dove”`, against `call itself the “cradle”`), "a" seldom
    // (`called it a “stairway to heaven”`).
    let start = match tokens[article].text {
        "the" => tokens[article].start,
        _ => word.start,
    };
    ends.then(|| start..tokens[last].end())
}

/// `and so on .` or `the demands , and`: a space between a word and a full stop or a comma,
/// which no style of punctuation puts there, is where a spaced ellipsis or dash was deleted.
fn spaces_before_punctuation(text: &str) -> Vec<RawSuspect> {
    let mut out = Vec::new();
    for mark in [',', '.'] {
        let pattern = format!(" {mark}");
        for (offset, _) in text.match_indices(pattern.as_str()) {
            let after_word = text[..offset]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            // " .NET", " ,5" and " ..." are something else.
            let then = text[offset + pattern.len()..].chars().next();
            if after_word && then.is_none_or(char::is_whitespace) {
                out.push(RawSuspect {
                    offset,
                    text: pattern.clone(),
                    candidates: vec![format!(" \u{2026}{mark}"), format!(" \u{2014}{mark}")],
                    reason: "a space before punctuation: a spaced ellipsis or dash was deleted?"
                        .into(),
                    sign: Sign::Reading,
                });
            }
        }
    }
    out.sort_by_key(|s| s.offset);
    out
}

/// "help!became", "why?He": an exclamation or question mark between two letters, where a
/// closing quotation mark, a dash or a space was deleted. Not inside a web address or code
/// ("?id=", "/search?q").
fn marks_glued_to_a_word(text: &str) -> Vec<RawSuspect> {
    let mut out = Vec::new();
    for (offset, mark) in text.match_indices(['!', '?']) {
        let before = text[..offset].chars().next_back();
        let after = text[offset + 1..].chars().next();
        if !(before.is_some_and(char::is_alphabetic) && after.is_some_and(char::is_alphabetic)) {
            continue;
        }
        let chunk_start = text[..offset]
            .char_indices()
            .rfind(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let chunk_end = text[offset..]
            .find(char::is_whitespace)
            .map_or(text.len(), |i| offset + i);
        if text[chunk_start..chunk_end].contains(['/', '=', '&', '.', '_']) {
            continue;
        }
        out.push(RawSuspect {
            offset,
            text: mark.to_string(),
            candidates: [" ", "\u{201D} ", "\u{2014}", "\u{201D}\u{2014}"]
                .iter()
                .map(|glue| format!("{mark}{glue}"))
                .collect(),
            reason: format!(
                "`{mark}` between two letters: a quotation mark, dash or space was deleted?"
            ),
            sign: Sign::LostCharacter,
        });
    }
    out
}

/// "since the 80s", "the late 90s": a decade by its last two digits after "the" (and
/// perhaps "early", "mid" or "late"), which a typographer writes with an apostrophe for the
/// century left out (’80s).
fn elided_decades(text: &str) -> Vec<RawSuspect> {
    let mut out = Vec::new();
    for (at, _) in text.match_indices("0s") {
        let Some(start) = at.checked_sub(1) else {
            continue;
        };
        let decade = &text[start..at + 2];
        let before = &text[..start];
        let after = text[at + 2..].chars().next();
        let digit = decade.as_bytes()[0].is_ascii_digit();
        let alone = after.is_none_or(|c| !c.is_alphanumeric());
        // Only the bytes before the decade are compared: a text has thousands of "0s".
        let announced = ["the ", "the early ", "the mid-", "the late "]
            .iter()
            .any(|w| {
                let tail = before.len().checked_sub(w.len());
                tail.is_some_and(|t| before.as_bytes()[t..].eq_ignore_ascii_case(w.as_bytes()))
            });
        if digit && alone && announced {
            out.push(RawSuspect {
                offset: start,
                text: decade.to_string(),
                candidates: vec![format!("\u{2019}{decade}")],
                reason: "a decade by its last two digits: the apostrophe for the century left \
                         out was deleted?"
                    .into(),
                sign: Sign::LostCharacter,
            });
        }
    }
    out
}

/// "in 1968among them": a number glued to an English word of three letters or more, where a
/// dash or an ellipsis was deleted. Not a number's own suffix or unit ("1990s", "10th",
/// "4pm", "100mph", "64bit").
fn numbers_glued_to_a_word(
    text: &str,
    tokens: &[Token],
    dictionary: &Dictionary,
) -> Vec<RawSuspect> {
    const UNITS: &[&str] = &[
        "bit", "bits", "byte", "bytes", "ghz", "khz", "kph", "mhz", "mph", "rpm",
    ];
    tokens
        .iter()
        .filter(|token| {
            token.before.is_some_and(|c| c.is_ascii_digit())
                && token.text.len() >= 3
                && token.text.bytes().all(|b| b.is_ascii_lowercase())
                && !UNITS.contains(&token.text)
                && dictionary.contains(token.text)
                && !text[token.end()..].starts_with(|c: char| c.is_alphanumeric())
        })
        .map(|token| RawSuspect {
            offset: token.start,
            text: token.text.to_string(),
            candidates: ["\u{2014}", "\u{2026} "]
                .iter()
                .map(|mark| format!("{mark}{}", token.text))
                .collect(),
            reason: "a number glued to a word: a dash or an ellipsis was deleted?".into(),
            sign: Sign::LostCharacter,
        })
        .collect()
}

/// "a fortnight1431 August", "27 June7 July": an English word of three letters or more, or a
/// month's name, glued to the number after it, where a dash was deleted (an en dash after a
/// month, which ends a range of dates). A word that starts inside a longer token ("mp3",
/// "COVID19") is no such word.
fn words_glued_to_a_number(
    text: &str,
    tokens: &[Token],
    dictionary: &Dictionary,
) -> Vec<RawSuspect> {
    tokens
        .iter()
        .filter(|token| {
            token.after.is_some_and(|c| c.is_ascii_digit())
                && !token.before.is_some_and(|c| c.is_alphanumeric())
                && token.text.len() >= 3
                && (is_a_month(token.text)
                    || (token.text.bytes().all(|b| b.is_ascii_lowercase())
                        && dictionary.contains(token.text)))
        })
        .map(|token| {
            let digits = text[token.end()..]
                .bytes()
                .take_while(u8::is_ascii_digit)
                .count();
            let number = &text[token.end()..token.end() + digits];
            let dash = if is_a_month(token.text) {
                '\u{2013}'
            } else {
                '\u{2014}'
            };
            RawSuspect {
                offset: token.start,
                text: format!("{}{number}", token.text),
                candidates: vec![format!("{}{dash}{number}", token.text)],
                reason: "a word glued to a number: a dash was deleted?".into(),
                sign: Sign::LostCharacter,
            }
        })
        .collect()
}

/// "194852", "19451989": six or eight digits that read as a range of years (1948–52,
/// 1945–1989) once an en dash is put back; "1011 September": digits before a month that are
/// no day but read as a range of days (10–11); "2530 kilometres": digits before a unit that
/// read as a range of measures (25–30; see [`as_small_range`] for two digits); "won 63": two
/// digits after a result, a score (6–3); "10 C", "6769 C": a temperature that lost its
/// degree sign (10 °C, 67–69 °C). Listed, since a number of six digits may be meant (a code,
/// a count written without commas).
fn number_ranges(text: &str) -> Vec<RawSuspect> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        if !bytes[at].is_ascii_digit() {
            at += 1;
            continue;
        }
        let end = at
            + bytes[at..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
        let alone = |i: Option<&u8>| i.is_none_or(|b| !b.is_ascii_alphanumeric());
        let digits = &text[at..end];
        let starts_alone = alone(at.checked_sub(1).and_then(|i| bytes.get(i)));
        let standalone = starts_alone && alone(bytes.get(end));
        let years = || as_year_range(digits).map(|range| (range, 0, "a range of years"));
        let days = || {
            before_a_month(&text[end..])
                .then(|| as_day_range(digits))
                .flatten()
                .map(|range| (range, 0, "a range of days"))
        };
        // A decade's range runs on past the digits: `1960s1970s`.
        let decades = || {
            starts_alone
                .then(|| as_decade_range(digits, &text[end..]))
                .flatten()
                .map(|(range, more)| (range, more, "a range of decades"))
        };
        let measures = || {
            let unit = unit_after(&text[end..])?;
            as_measure_range(digits)
                .or_else(|| as_small_range(digits, unit))
                .map(|range| (range, 0, "a range of measures"))
        };
        let numbers = || as_number_range(digits).map(|range| (range, 0, "a range of numbers"));
        // An ordinal glued to another runs on past the digits: `8th4th centuries`.
        let ordinals = || {
            starts_alone
                .then(|| as_ordinal_range(digits, &text[end..]))
                .flatten()
                .map(|(range, more)| (range, more, "a range of ordinals"))
        };
        let scores = || {
            after_a_result(&text[..at])
                .is_some_and(|result| ends_a_score(result, &text[end..]))
                .then(|| as_score(digits))
                .flatten()
                .map(|score| (score, 0, "a game's score"))
        };
        let found = decades().or_else(ordinals).or_else(|| {
            standalone
                .then(|| {
                    years()
                        .or_else(days)
                        .or_else(measures)
                        .or_else(numbers)
                        .or_else(scores)
                })
                .flatten()
        });
        let scale = standalone.then(|| degree_scale(&text[end..])).flatten();
        if let Some(scale) = scale {
            out.push(temperature(text, at, end, scale));
            at = end;
            continue;
        }
        if let Some((range, more, of)) = found {
            out.push(RawSuspect {
                offset: at,
                text: text[at..end + more].to_string(),
                candidates: vec![range],
                reason: format!("digits that read as {of}: an en dash was deleted?"),
                sign: Sign::LostCharacter,
            });
            at = end + more;
            continue;
        }
        at = end;
    }
    out
}

/// The scale after a number whose degree sign was deleted (`10 C`, from "10 °C"): a space and
/// a capital C or F standing alone. A lone capital after a number is seldom anything else in
/// English prose; a grade or a class ("Form 3 C") would be listed, not changed.
fn degree_scale(rest: &str) -> Option<char> {
    let mut chars = rest.strip_prefix(' ')?.chars();
    let scale = chars.next().filter(|c| matches!(c, 'C' | 'F'))?;
    let after = chars.as_str();
    let alone = after
        .chars()
        .next()
        .is_none_or(|c| !c.is_alphanumeric() && c != '-');
    // "In 1921 F. W. Murnau": the first of a name's initials, after a year.
    let an_initial =
        matches!(after.as_bytes(), [b'.', b' ', initial, b'.', ..] if initial.is_ascii_uppercase());
    (alone && !an_initial).then_some(scale)
}

/// The suspect of digits from `at` to `end` before a degree `scale` ("10 C": 10 °C), and of
/// the range they read as (`6769 C`: 67–69 °C), as one place to mend.
fn temperature(text: &str, at: usize, end: usize, scale: char) -> RawSuspect {
    let digits = &text[at..end];
    let (number, of) = match as_measure_range(digits) {
        Some(range) => (
            range,
            "a range of temperatures: an en dash and a degree sign were",
        ),
        None => (digits.to_string(), "a temperature: its degree sign was"),
    };
    RawSuspect {
        offset: at,
        text: text[at..end + 2].to_string(),
        candidates: vec![format!("{number} \u{b0}{scale}")],
        reason: format!("digits before `{scale}` that read as {of} deleted?"),
        sign: Sign::LostCharacter,
    }
}

/// `1960s1970s`, `1960s70s`: a decade (`digits`, and the `s` that `rest` starts with) glued to
/// a later one, in full or by its last two digits, as a range with an en dash, and how many
/// bytes of `rest` it takes.
fn as_decade_range(digits: &str, rest: &str) -> Option<(String, usize)> {
    let decade = |d: &str| {
        d.parse::<u32>()
            .ok()
            .filter(|y| (1500..=2090).contains(y) && y % 10 == 0)
    };
    let first = decade(digits)?;
    let rest = rest.strip_prefix('s')?;
    let length = rest.bytes().take_while(u8::is_ascii_digit).count();
    let second = match length {
        4 => decade(&rest[..4])?,
        2 => decade(&format!("{}{}", first / 100, &rest[..2]))?,
        _ => return None,
    };
    let after = rest[length..].strip_prefix('s')?;
    let ends = !after.starts_with(|c: char| c.is_ascii_alphanumeric());
    let written = &rest[..length];
    (ends && second > first).then(|| (format!("{first}s\u{2013}{written}s"), 1 + length + 1))
}

/// `8th4th`, `19th20th`: an ordinal (`digits`, and the suffix `rest` starts with) glued to
/// another, as a range with an en dash, and how many bytes of `rest` it takes. Each suffix
/// must be its number's ("1st", "2nd", "3rd", "11th"), and the two must differ: no other
/// reading has two ordinals in one word. Either order, since centuries BC count down.
fn as_ordinal_range(digits: &str, rest: &str) -> Option<(String, usize)> {
    let suffix = |number: &str| {
        let n: u32 = number.parse().ok()?;
        let suffix = match (n % 100, n % 10) {
            (11..=13, _) => "th",
            (_, 1) => "st",
            (_, 2) => "nd",
            (_, 3) => "rd",
            _ => "th",
        };
        (number.len() <= 4).then_some(suffix)
    };
    let first = rest.strip_prefix(suffix(digits)?)?;
    let length = first.bytes().take_while(u8::is_ascii_digit).count();
    let second = &first[..length];
    let after = first[length..].strip_prefix(suffix(second)?)?;
    let ends = !after.starts_with(|c: char| c.is_ascii_alphanumeric());
    let ordinal = |number: &str| format!("{number}{}", suffix(number).unwrap_or_default());
    (ends && second != digits).then(|| {
        let range = format!("{}\u{2013}{}", ordinal(digits), ordinal(second));
        (range, rest.len() - after.len())
    })
}

/// `digits` as a range of years with an en dash, when they are a year from 1500 to 2099 and a
/// later one in its last two digits, or a year from 1000 and a later one in full ("12831797",
/// Venetian rule). (Earlier years are rare in the texts this is for, and in two digits would
/// make "123456" a range; eight digits that read as two years in order seldom are anything
/// else.)
fn as_year_range(digits: &str) -> Option<String> {
    let year = |d: &str, from: u32| d.parse::<u32>().ok().filter(|y| (from..=2099).contains(y));
    let (first, rest) = (digits.get(..4)?, digits.get(4..)?);
    let later = match rest.len() {
        2 => rest.parse::<u32>().ok()? > year(first, 1500)? % 100,
        4 => year(rest, 1000)? > year(first, 1000)?,
        _ => false,
    };
    later.then(|| format!("{first}\u{2013}{rest}"))
}

/// Whether `rest` starts with a space and the name of a month.
fn before_a_month(rest: &str) -> bool {
    rest.strip_prefix(' ').is_some_and(|rest| {
        MONTHS.iter().any(|month| {
            rest.strip_prefix(month)
                .is_some_and(|after| !after.starts_with(|c: char| c.is_alphanumeric()))
        })
    })
}

/// `digits` as a range of days with an en dash, when they are no day themselves (over 31) and
/// split in exactly one way into two days, the first earlier ("1011": 10–11, "130": 1–30).
fn as_day_range(digits: &str) -> Option<String> {
    let day = |d: &str| {
        d.parse::<u32>()
            .ok()
            .filter(|n| !d.starts_with('0') && (1..=31).contains(n))
    };
    if digits.len() > 4 || digits.parse::<u32>().ok()? <= 31 {
        return None;
    }
    let splits: Vec<(&str, &str)> = (1..digits.len())
        .map(|k| digits.split_at(k))
        .filter(|(first, rest)| day(first).zip(day(rest)).is_some_and(|(a, b)| a < b))
        .collect();
    match splits.as_slice() {
        [(first, rest)] => Some(format!("{first}\u{2013}{rest}")),
        _ => None,
    }
}

/// Units a range of measures is given in (`2530 kilometres`: 25–30), spans of time among
/// them (`1015 years`), and their singulars, which a range before a noun takes (`a 1015
/// minute drive`).
const UNITS: &[&str] = &[
    "centimetres",
    "cm",
    "day",
    "days",
    "degrees",
    "feet",
    "hectares",
    "hour",
    "hours",
    "kg",
    "kilograms",
    "kilometre",
    "kilometres",
    "kilometer",
    "kilometers",
    "km",
    "litres",
    "liters",
    "millimetres",
    "millimeters",
    "metre",
    "metres",
    "meter",
    "meters",
    "mile",
    "miles",
    "minute",
    "minutes",
    "month",
    "months",
    "per",
    "percent",
    "tonnes",
    "tons",
    "week",
    "weeks",
    "year",
    "years",
];

/// The unit of [`UNITS`] that a space puts at the start of `rest`; not one a hyphen joins
/// to a compound ("14 year-old": a count).
fn unit_after(rest: &str) -> Option<&str> {
    let rest = rest.strip_prefix(' ')?;
    let unit = leading_word(rest);
    (UNITS.contains(&unit) && !rest[unit.len()..].starts_with('-')).then_some(unit)
}

/// The ASCII letters `rest` starts with.
fn leading_word(rest: &str) -> &str {
    let end = rest
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    &rest[..end]
}

/// Four or six `digits` as a range of two numbers of as many digits each, the first smaller,
/// neither starting with 0 (`2530`: 25–30, `130140`: 130–140). A number written without a
/// comma (`1500 metres`) is no such range: its second half is not larger.
fn as_measure_range(digits: &str) -> Option<String> {
    if !matches!(digits.len(), 4 | 6) {
        return None;
    }
    let (first, second) = digits.split_at(digits.len() / 2);
    let (a, b) = (first.parse::<u32>().ok()?, second.parse::<u32>().ok()?);
    (!second.starts_with('0') && a < b).then(|| format!("{first}\u{2013}{second}"))
}

/// The fewest and most digits [`as_number_range`] reads as two numbers: four are a year or a
/// count as often ("1500"), and more than eight are an identifier.
const NUMBER_RANGE_DIGITS: std::ops::RangeInclusive<usize> = 5..=8;

/// Five to eight `digits` as a range of two numbers with no unit after them (`600700 East
/// Germans`: 600–700; `101102`: the years 101–102; `9731803`: 973–1803; `90100 minutes`),
/// when one split alone makes two numbers of a range: neither starts with 0, the second has
/// as many digits as the first or one more, and it is larger but at most twice as large. An
/// English number that long has commas, and a code's halves seldom rise so.
fn as_number_range(digits: &str) -> Option<String> {
    if !NUMBER_RANGE_DIGITS.contains(&digits.len()) {
        return None;
    }
    let mut ranges = (1..digits.len()).filter_map(|at| {
        let (first, second) = digits.split_at(at);
        let longer = second.len().checked_sub(first.len())?;
        let (a, b) = (first.parse::<u64>().ok()?, second.parse::<u64>().ok()?);
        let leading_zero = first.starts_with('0') || second.starts_with('0');
        let a_range = longer <= 1 && !leading_zero && a < b && b <= 2 * a;
        a_range.then(|| format!("{first}\u{2013}{second}"))
    });
    match (ranges.next(), ranges.next()) {
        (Some(range), None) => Some(range),
        _ => None,
    }
}

/// The units of [`UNITS`] in the singular, which a number other than one takes only in a
/// compound before a noun ("a 3–4 hour walk"), where a hyphen would join a single number.
const SINGULAR_UNITS: &[&str] = &[
    "day",
    "hour",
    "kilometre",
    "kilometer",
    "metre",
    "meter",
    "mile",
    "minute",
    "month",
    "week",
    "year",
];

/// Two `digits` as a range of two numbers of one digit each, the first smaller, before
/// `unit`: in the singular (`a 34 hour paddle`: 3–4, a compound that a single number would
/// have joined with a hyphen), or in the plural when the second is the next number (`23
/// days`: 2–3, the estimate prose gives). Other two-digit numbers before a plural are counts
/// far more often (`24 hours`, `15 days`, `19 years` in the development set's prose).
fn as_small_range(digits: &str, unit: &str) -> Option<String> {
    let [first, second] = digits.as_bytes() else {
        return None;
    };
    let next = second.checked_sub(*first) == Some(1);
    let singular = SINGULAR_UNITS.contains(&unit);
    (*first != b'0' && first < second && (singular || next))
        .then(|| format!("{}\u{2013}{}", *first as char, *second as char))
}

/// Verbs and words a game's result follows (`won 63`, `both 42`).
const RESULTS: &[&str] = &[
    "beat", "both", "drew", "ended", "finished", "led", "lost", "trailed", "won",
];

/// The word of [`RESULTS`] `before` ends with, and one space.
fn after_a_result(before: &str) -> Option<&str> {
    let before = before.strip_suffix(' ')?;
    let word = before.rsplit([' ', '\n']).next().unwrap_or(before);
    RESULTS.contains(&word).then_some(word)
}

/// Whether what follows a score after `result` ends it: punctuation, or a word that goes on
/// after a result (`led 20 after eight minutes`), not a noun it counts (`won 63 seats`).
/// After "both", only punctuation: `both 64 and 32-bit` counts.
fn ends_a_score(result: &str, rest: &str) -> bool {
    const AFTER: &[&str] = &["after", "against", "and", "at", "in", "on", "to", "with"];
    match rest.strip_prefix(' ') {
        Some(rest) if result != "both" => AFTER.contains(&leading_word(rest)),
        Some(_) => false,
        None => rest.is_empty() || rest.starts_with([',', '.', ';', ':', ')', '\n']),
    }
}

/// Two digits as a score (`63`: 6–3).
fn as_score(digits: &str) -> Option<String> {
    let mut goals = digits.chars();
    match (goals.next(), goals.next(), goals.next()) {
        (Some(a), Some(b), None) => Some(format!("{a}\u{2013}{b}")),
        _ => None,
    }
}

/// Two spaces between words: a spaced dash or an ellipsis was deleted.
fn double_spaces(text: &str) -> Vec<RawSuspect> {
    let mut out = Vec::new();
    for (offset, _) in text.match_indices("  ") {
        let before = text[..offset].chars().next_back();
        let after = text[offset + 2..].chars().next();
        // Not after a sentence's end, which a typist may follow with two spaces.
        if before.is_some_and(|c| c.is_alphanumeric() || c == ',' || c == ')')
            && after.is_some_and(char::is_alphanumeric)
        {
            out.push(RawSuspect {
                offset,
                text: "  ".into(),
                candidates: vec!["\u{2013}".into(), "\u{2026}".into()],
                reason: "two spaces between words: a spaced dash or an ellipsis was deleted?"
                    .into(),
                sign: Sign::LostCharacter,
            });
        }
    }
    out
}

/// A closing bracket with a word glued to it (`(Red Psalm, 1972)the takes`): a dash or a
/// space after the bracket was deleted. Not after a bracket of one or two characters (`(s)he`,
/// `a)b)`), which such words are made with.
fn words_glued_to_a_bracket(text: &str) -> Vec<RawSuspect> {
    let mut out = Vec::new();
    for (offset, _) in text.match_indices(')') {
        let after = &text[offset + 1..];
        let word_len = after
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(after.len());
        if word_len == 0 {
            continue;
        }
        // Only then is the bracket's opening looked for, back to the line's start at most.
        let opened = text[..offset].rfind(['(', '\n', ')']);
        let inside = opened.filter(|&at| text[at..].starts_with('('));
        if inside.is_none_or(|at| offset - at <= 3) {
            continue;
        }
        let word = &after[..word_len];
        out.push(RawSuspect {
            offset,
            text: format!("){word}"),
            candidates: vec![format!(")\u{2014}{word}"), format!(") {word}")],
            reason: "a word glued to a closing bracket: a dash or a space was deleted?".into(),
            sign: Sign::LostCharacter,
        });
    }
    out
}

/// A paragraph of several sentences that ends in a letter: its last punctuation, most often
/// an ellipsis, was deleted. One-sentence lines (titles, captions, list items) often end
/// without punctuation, so they are not listed.
fn unfinished_paragraphs(text: &str) -> Vec<RawSuspect> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end();
        let several_sentences = content.contains(". ") && content.split(' ').count() >= 8;
        if several_sentences && content.ends_with(|c: char| c.is_ascii_alphabetic()) {
            // After the last character that is not a letter, which may take several bytes.
            let word_start = content
                .char_indices()
                .rfind(|&(_, c)| !c.is_ascii_alphabetic())
                .map_or(0, |(i, c)| i + c.len_utf8());
            out.push(RawSuspect {
                offset: offset + word_start,
                text: content[word_start..].to_string(),
                candidates: vec!["\u{2026}".into(), ".".into()],
                reason: "a paragraph that ends without punctuation: a lost ellipsis?".into(),
                sign: Sign::Reading,
            });
        }
        offset += line.len();
    }
    out
}

/// `described them in The Confession.`: "The" (or "A", "An") capitalised after a lower-case
/// word, one space apart, and a capitalised word after it: a title's first word (a book, a
/// film, a paper), which the writer set in quotation marks or italics; the capitalised run.
fn title_with_its_article(text: &str, tokens: &[Token], at: usize) -> Option<Range<usize>> {
    let (previous, the) = (&tokens[at.checked_sub(1)?], &tokens[at]);
    // "In The Man with the Golden Touch, …": a sentence's first word, a preposition, is
    // no sentence of its own either.
    let opening_preposition = is_function_word(&previous.text.to_ascii_lowercase())
        && sentence_start(text, previous.start) == previous.start;
    let after_a_word = (previous.text.starts_with(|c: char| c.is_ascii_lowercase())
        || opening_preposition)
        && &text[previous.end()..the.start] == " ";
    let article = matches!(the.text, "The" | "A" | "An");
    if !article || !after_a_word || sentence_has_quotes(text, the.start) {
        return None;
    }
    let span = title_after(text, tokens, at)?;
    Some(the.start..to_its_punctuation(text, tokens, span.end))
}

/// The end of a title that ends at `end`, or further on at punctuation: its small words
/// ([`TITLE_LOWER_CASE_WORDS`]) and capitalised ones up to a comma, a full stop or a bracket
/// ("The Man with the Golden Touch, perhaps…"), which end a title more surely than a small
/// word does.
fn to_its_punctuation(text: &str, tokens: &[Token], end: usize) -> usize {
    // Tokens are in order: found by halving, as this is asked at every title.
    let next = tokens.partition_point(|t| t.start <= end);
    for (j, token) in tokens.iter().enumerate().skip(next) {
        if &text[tokens[j - 1].end()..token.start] != " " {
            break;
        }
        if token.is_capitalised() {
            let rest = &text[token.end()..];
            if rest.starts_with([',', '.', ';', ':', ')']) || rest.starts_with(" (") {
                return token.end();
            }
        } else if !TITLE_LOWER_CASE_WORDS.contains(&token.text) {
            break;
        }
    }
    end
}

/// "arrived Workers in": a capitalised common word between two lower-case words, with no
/// punctuation around it, and not after a word that names something (`the Devil`, `between
/// Freedom and Liberty`), nor an all-capitals word (`do NOT write`) or a lost "I'd".
fn internal_capital(
    text: &str,
    prev: &Token,
    token: &Token,
    next: &Token,
    dictionary: &Dictionary,
) -> bool {
    let lower = |t: &Token| t.text.starts_with(|c: char| c.is_ascii_lowercase());
    // "I'd", "I'm", "I've", "I'll" that lost their apostrophe are capitalised anywhere.
    let lost_contraction = matches!(token.text, "Id" | "Im" | "Ive" | "Ill");
    let shouted = token.text.bytes().all(|b| b.is_ascii_uppercase());
    token.is_capitalised()
        && token.text.len() > 1
        && !lost_contraction
        && !shouted
        && !BEFORE_A_NAME.contains(&prev.text)
        && lower(prev)
        && lower(next)
        && &text[prev.end()..token.start] == " "
        && &text[token.end()..next.start] == " "
        // A name is listed capitalised ("Western"); a common word only in lower case.
        && (!dictionary.contains_exact(token.text) || is_a_symbol(token.text))
        && dictionary.contains_exact(&token.text.to_ascii_lowercase())
}

/// "In", "He", "As", "At", "Be", "It": a two-letter function word the English list also has
/// capitalised, as a chemical element's symbol or an abbreviation, not as a name; inside a
/// sentence ("the miners booed him In the end") its capital is a lost sentence end's, as
/// any other common word's would be.
fn is_a_symbol(word: &str) -> bool {
    word.len() == 2 && is_function_word(&word.to_ascii_lowercase())
}

/// `she was heard to sing, Some day…`, `In the words of Brandeis, Men feared…`: a capitalised
/// common word right after a comma inside a sentence, the sentence going on in lower case,
/// opens a quotation (or a title) more often than anything else does; from it to the
/// sentence's end. Not a name (the dictionary lists it capitalised, or a capitalised word
/// follows: `…, New York`), nor a word alone (`…, Sir.`), in capitals or a lost "I'm", nor
/// after a reporting verb or a title noun, whose own rules place what follows them.
fn capitals_after_commas(
    text: &str,
    tokens: &[Token],
    dictionary: &Dictionary,
    found: &[RawSuspect],
) -> Vec<RawSuspect> {
    let mut out = Vec::new();
    for three in tokens.windows(3) {
        let (prev, token, next) = (&three[0], &three[1], &three[2]);
        let after_comma = &text[prev.end()..token.start] == ", ";
        // `…, Some day my…` goes on in lower case; `…, New York`, `…, Sir.`, `…, Republic of
        // Srpska` are names.
        let sentence_goes_on = &text[token.end()..next.start] == " "
            && next.text.starts_with(|c: char| c.is_ascii_lowercase())
            && next.text != "of";
        let shouted = token.text.bytes().all(|b| b.is_ascii_uppercase());
        let lost_contraction = matches!(token.text, "Id" | "Im" | "Ive" | "Ill");
        let placed_elsewhere = is_reporting_verb(prev.text)
            || is_placed_reporting_verb(prev.text)
            || is_title_noun(prev.text);
        if after_comma
            && sentence_goes_on
            && token.is_capitalised()
            && !shouted
            && !lost_contraction
            && !placed_elsewhere
            && !sentence_has_quotes(text, token.start)
            && !dictionary.contains_exact(token.text)
            && dictionary.contains_exact(&token.text.to_ascii_lowercase())
            && !found.iter().any(|s| s.offset == token.start)
        {
            let span = token.start..sentence_end(text, token.start);
            out.push(placed(text, span, "a capital after a comma"));
        }
    }
    out
}

/// Words that open a subordinate clause or an adverbial phrase: `When we arrived, he left.`,
/// `In 1956, they revolted.` are no quotation and its speaker.
const CLAUSE_OPENERS: &[&str] = &[
    "after",
    "although",
    "as",
    "at",
    "because",
    "before",
    "by",
    "during",
    "eventually",
    "finally",
    "for",
    "from",
    "if",
    "in",
    "later",
    "on",
    "once",
    "since",
    "soon",
    "then",
    "though",
    "throughout",
    "under",
    "unless",
    "until",
    "when",
    "whenever",
    "where",
    "while",
    "with",
    "within",
    "without",
];

/// `You cant train a beagle, he dogmatized.`, `…, she sniffed coldly.`: a sentence that ends in
/// a comma, a pronoun and a verb in the past tense (and an adverb) is a quotation and its
/// speaker, whatever the verb, unless the sentence opens with a subordinate clause or an
/// adverbial. Verbs of
/// [`REPORTING`] are placed by their own rule.
fn attributed_by_any_verb(text: &str, tokens: &[Token], found: &[RawSuspect]) -> Vec<RawSuspect> {
    const SPEAKERS: &[&str] = &["he", "she", "they", "we"];
    let spaced = |j: usize| one_space_before(text, tokens, j);
    let mut out = Vec::new();
    for (i, pronoun) in tokens.iter().enumerate().skip(1) {
        let verb = i + 1;
        let after_comma = &text[tokens[i - 1].end()..pronoun.start] == ", ";
        let past = tokens.get(verb).is_some_and(|t| {
            t.text.len() > 4
                && t.text.ends_with("ed")
                && t.text.starts_with(|c: char| c.is_ascii_lowercase())
        });
        if !(after_comma && SPEAKERS.contains(&pronoun.text) && spaced(verb) && past) {
            continue;
        }
        let last = if spaced(verb + 1) && is_adverb(tokens[verb + 1].text) {
            verb + 1
        } else {
            verb
        };
        let ends_sentence = text[tokens[last].end()..].starts_with(['.', '!', '?']);
        // The comma goes inside the marks, as in `“Nothing will change,” he said`.
        let close = tokens[i - 1].end() + 1;
        let start = sentence_start(text, close);
        let opener = text[start..close]
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let placed_already = found.iter().any(|s| s.offset == start);
        if ends_sentence
            && !CLAUSE_OPENERS.contains(&opener.as_str())
            && !placed_already
            && !sentence_has_quotes(text, close)
        {
            out.push(placed(
                text,
                start..close,
                &format!("`{} {}` follows it", pronoun.text, tokens[verb].text),
            ));
        }
    }
    out
}

/// The start of the sentence `offset` is in: after the last sentence end or line break before
/// it, and the spaces after that.
fn sentence_start(text: &str, offset: usize) -> usize {
    let start = text[..offset]
        .rfind(['.', '!', '?', '\n'])
        .map_or(0, |i| i + 1);
    start + text[start..offset].len() - text[start..offset].trim_start().len()
}

/// The end of the sentence `offset` is in, after its final punctuation.
fn sentence_end(text: &str, offset: usize) -> usize {
    text[offset..]
        .find(['.', '!', '?', '\n'])
        .map_or(text.len(), |i| {
            let at = offset + i;
            if text[at..].starts_with('\n') {
                at
            } else {
                at + 1
            }
        })
}

/// Whether the sentence around `offset` already has quotation marks.
fn sentence_has_quotes(text: &str, offset: usize) -> bool {
    let start = text[..offset]
        .rfind(['.', '!', '?', '\n'])
        .map_or(0, |i| i + 1);
    let end = text[offset..]
        .find(['.', '!', '?', '\n'])
        .map_or(text.len(), |i| offset + i);
    text[start..end].contains(['"', '\u{201C}', '\u{201D}'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::restore::tokens::tokens;

    /// The suspects of `text`, with no token settled by another rule.
    fn suspects_of(text: &str) -> Vec<RawSuspect> {
        let tokens = tokens(text);
        suspects(
            text,
            &tokens,
            &vec![false; tokens.len()],
            Dictionary::english(),
        )
    }

    /// The first candidate of each range [`number_ranges`] lists in `text`.
    fn ranges_in(text: &str) -> Vec<String> {
        number_ranges(text)
            .into_iter()
            .map(|s| s.candidates[0].clone())
            .collect()
    }

    fn placed_quotations(text: &str) -> Vec<String> {
        suspects_of(text)
            .into_iter()
            .filter(|s| s.reason.starts_with("probably a quotation"))
            .map(|s| s.candidates[0].clone())
            .collect()
    }

    #[test]
    fn a_diary_and_a_cookbook_name_their_titles() {
        assert_eq!(
            placed_quotations("He left a record of those years in his diary Tovariija."),
            ["\u{201C}Tovariija\u{201D}"]
        );
        assert!(
            placed_quotations("Her cookbook Domc kuchaka taught generations.")
                .contains(&"\u{201C}Domc\u{201D}".to_string())
        );
    }

    #[test]
    fn a_sign_or_a_rhyme_names_the_phrase_after_its_colon() {
        assert_eq!(
            placed_quotations("On many doors hangs the same sign: The key is with the neighbour."),
            ["\u{201C}The key is with the neighbour.\u{201D}"]
        );
        assert_eq!(
            placed_quotations("Children learn a rhyme: Red sky at night, shepherds delight."),
            ["\u{201C}Red sky at night, shepherds delight.\u{201D}"]
        );
    }

    #[test]
    fn words_of_another_language_after_a_colon_are_placed() {
        assert_eq!(
            placed_quotations("He produced the famous stammer: Das tritt nach meiner Kenntnis."),
            ["\u{201C}Das tritt nach meiner Kenntnis.\u{201D}"]
        );
        // Names with a lower-case word are not a phrase said.
        assert!(
            placed_quotations("They toured the region: Novo mesto, Dolenjska and Bela.").is_empty()
        );
    }

    #[test]
    fn speech_after_a_colon_is_placed_when_it_addresses_someone() {
        assert_eq!(
            placed_quotations("Down there, a guide offered a warning: Above you is the square."),
            ["\u{201C}Above you is the square.\u{201D}"]
        );
        assert_eq!(
            placed_quotations(
                "A panel near the entrance puts it bluntly: Without paprika there is no goulash."
            ),
            ["\u{201C}Without paprika there is no goulash.\u{201D}"]
        );
        // An order or advice after a colon is someone's words too; a noun that is a
        // verb's subject there is narration, and a label in capitals no clause.
        assert_eq!(
            placed_quotations("The ranger’s advice was blunt: Wear boots, and stay on the path."),
            ["\u{201C}Wear boots, and stay on the path.\u{201D}"]
        );
        assert!(
            placed_quotations("The answer was always the same: Water flowed everywhere.")
                .is_empty()
        );
        assert!(placed_quotations("MORAL OF THE STORY: Invest in gold.").is_empty());
        // Narration after a colon, and a label before one, are left alone.
        assert!(placed_quotations("The plan was simple: Nobody left the town.").is_empty());
        assert!(placed_quotations("Dear Lord: Please make my words sweet.").is_empty());
    }

    #[test]
    fn a_speaker_described_at_length_still_closes_the_quotation() {
        assert_eq!(
            placed_quotations(
                "The water is low this year, said a man renting boats in the village, so \
                 bring a spare paddle."
            ),
            [
                "\u{201C}The water is low this year,\u{201D}",
                "\u{201C}so bring a spare paddle.\u{201D}"
            ]
        );
        assert_eq!(
            placed_quotations(
                "Nothing here ever needs changing, a woman selling ice cream on the corner said."
            ),
            ["\u{201C}Nothing here ever needs changing,\u{201D}"]
        );
        assert_eq!(
            placed_quotations("Everyone asks where the couch is, the guide laughed."),
            ["\u{201C}Everyone asks where the couch is,\u{201D}"]
        );
        // A relative clause describes the speaker too.
        assert_eq!(
            placed_quotations(
                "Nobody can hurry it, says a fisherman who has cooked at the festival for \
                 thirty years. The fire must be fierce, and nobody stirs the pot."
            ),
            [
                "\u{201C}Nobody can hurry it,\u{201D}",
                "\u{201C}The fire must be fierce, and nobody stirs the pot.\u{201D}"
            ]
        );
        // Twelve words of description: a speaker and where they are.
        assert_eq!(
            placed_quotations(
                "Every bead goes through twenty pairs of hands, says a woman threading \
                 necklaces in a workshop near the main square."
            ),
            ["\u{201C}Every bead goes through twenty pairs of hands,\u{201D}"]
        );
        // After "asked", an article opens the person asked, not a described speaker.
        assert!(placed_quotations(
            "A journalist, thrilled over his dinner, asked the chef for the recipe."
        )
        .is_empty());
        // A long subject needs the comma before it: without one, the words are narration.
        assert!(placed_quotations(
            "In the evenings the old woman selling ice cream on the corner said nothing."
        )
        .is_empty());
    }

    /// The fuzz target `restore` found it (fuzz/regressions/restore/crash-f7d274f0…): the
    /// last word of an unfinished paragraph was cut one byte after a curly quote, inside it.
    #[test]
    fn an_unfinished_paragraph_may_end_after_a_character_of_several_bytes() {
        let text = "One two three. Four five six seven eight ”nine";
        let found = unfinished_paragraphs(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].text, "nine");
        assert_eq!(&text[found[0].offset..], "nine");
    }

    #[test]
    fn a_term_whose_meaning_is_asked_is_listed() {
        let text = "Few still asked what counter-revolution had meant. He asked what ten-day war \
                    meant. We knew what it meant, what the law meant and what they mean.";
        assert_eq!(
            placed_quotations(text),
            [
                "\u{201C}counter-revolution\u{201D}",
                "\u{201C}ten-day war\u{201D}"
            ]
        );
    }

    #[test]
    fn quotations_are_placed_where_the_text_shows_them() {
        assert_eq!(
            placed_quotations("The crowd came. We want Nagy! they shouted. Then it rained."),
            ["\u{201C}We want Nagy!\u{201D}"]
        );
        assert_eq!(
            placed_quotations("He wrote: The revolution is over. Nobody agreed."),
            ["\u{201C}The revolution is over.\u{201D}"]
        );
        assert_eq!(
            placed_quotations("Nothing will change, he said, and left."),
            ["\u{201C}Nothing will change,\u{201D}"]
        );
        assert_eq!(
            placed_quotations("His manifesto, Two Thousand Words, called on citizens to act."),
            ["\u{201C}Two Thousand Words\u{201D}"]
        );
        assert_eq!(
            placed_quotations("She read the paper Nepszava in the Story of the Year cafe."),
            ["\u{201C}Nepszava\u{201D}"]
        );
    }

    #[test]
    fn phrases_terms_and_speakers_the_text_announces_are_placed() {
        assert_eq!(
            placed_quotations("It earned a nickname: goulash communism. Few used it."),
            ["\u{201C}goulash communism.\u{201D}"]
        );
        assert_eq!(
            placed_quotations("Critics mocked them as weekend peasants, and they smiled."),
            ["\u{201C}weekend peasants\u{201D}"]
        );
        assert_eq!(
            placed_quotations("Officials viewed his abstraction as bourgeois, and it decayed."),
            ["\u{201C}bourgeois\u{201D}"]
        );
        assert_eq!(
            placed_quotations("They celebrate the day for forty years as Victorious February."),
            ["\u{201C}Victorious February\u{201D}"]
        );
        assert_eq!(
            placed_quotations("One critic put it neatly: You dont watch his films. Fine."),
            ["\u{201C}You dont watch his films.\u{201D}"]
        );
        assert_eq!(
            placed_quotations("We lost everything, a farmer near Litovel said. Then rain."),
            ["\u{201C}We lost everything,\u{201D}"]
        );
        assert_eq!(
            placed_quotations("It follows his Vertigo (Zawrt gowy) closely."),
            ["\u{201C}Vertigo\u{201D}"]
        );
        assert!(placed_quotations("He chose Nils Lohner (Treasurer) at once.").is_empty());
        assert_eq!(
            placed_quotations("He wrote the bleak Sonetje nesree (Sonnets of Misfortune) then."),
            ["\u{201C}Sonetje nesree\u{201D}"]
        );
        // An institution, or a name's end, with an English gloss is no title.
        assert!(placed_quotations("They founded Obcanske forum (Civic Forum) then.").is_empty());
        assert!(placed_quotations("They chose Martin Schulze (Vice President) then.").is_empty());
        // A name after "as" is no term set apart; nor a clause, nor a colon with no noun
        // that names a phrase.
        assert!(placed_quotations("He was known locally as Tincu, a carver.").is_empty());
        assert!(placed_quotations("They dismissed him as soon as they could.").is_empty());
        assert!(placed_quotations("He had two aims: peace and bread. Both failed.").is_empty());
    }

    #[test]
    fn a_word_after_the_word_and_a_name_after_which_called_are_placed() {
        assert_eq!(
            placed_quotations("It made editors reach for the word destiny. Then it rained."),
            ["\u{201C}destiny\u{201D}"]
        );
        assert_eq!(
            placed_quotations("Critics reached for the label Romanian New Wave. Few liked it."),
            ["\u{201C}Romanian New Wave\u{201D}"]
        );
        assert_eq!(
            placed_quotations("Her plan, which she called the Caravan of Dreams, failed."),
            ["\u{201C}Caravan of Dreams\u{201D}"]
        );
        assert!(placed_quotations("The word itself was the only constraint.").is_empty());
        assert!(placed_quotations("She called the police at once.").is_empty());
        // A word English does not know is the word named, whatever follows it; an English
        // one needs its clause's end or verb.
        assert_eq!(
            placed_quotations("For them the word bibua still carries a charge."),
            ["\u{201C}bibua\u{201D}"]
        );
        assert!(placed_quotations("They used the word freedom sparingly.").is_empty());
        assert_eq!(
            placed_quotations("Foreigners would call him the Slovak Robin Hood. He smiled."),
            ["\u{201C}Slovak Robin Hood\u{201D}"]
        );
    }

    #[test]
    fn sayings_a_word_before_its_verb_and_translations_with_a_year_are_placed() {
        assert_eq!(
            placed_quotations("An old proverb hangs in the bar: Where beer is, life is. Fine."),
            ["\u{201C}Where beer is, life is.\u{201D}"]
        );
        assert_eq!(
            placed_quotations("Their sentence is a simple one: The mountain will wait. Go."),
            ["\u{201C}The mountain will wait.\u{201D}"]
        );
        assert_eq!(
            placed_quotations("In the end the word wilderness became a battleground."),
            ["\u{201C}wilderness\u{201D}"]
        );
        assert_eq!(
            placed_quotations("Then Redl ezredes (Colonel Redl, 1985) closed the cycle."),
            ["\u{201C}Redl ezredes\u{201D}"]
        );
        // A name before a place of its own language and a year is no title.
        assert!(placed_quotations("Milos Forman (Caslav, 1932) left.").is_empty());
    }

    #[test]
    fn a_glossed_name_and_a_phrase_between_commas_are_placed() {
        assert_eq!(
            placed_quotations("The singer they call Pasarea maiastra (the Magic Bird) sang."),
            ["\u{201C}Pasarea maiastra\u{201D}"]
        );
        assert_eq!(
            placed_quotations("Their chant, Wir sind das Volk, needed no translation."),
            ["\u{201C}Wir sind das Volk\u{201D}"]
        );
        assert!(placed_quotations("The slogan, long forgotten, returned.").is_empty());
        assert!(placed_quotations("His name, Jan Palach, was known.").is_empty());
        assert!(placed_quotations("They call Kraków home (for now).").is_empty());
    }

    #[test]
    fn a_nickname_after_nickname_or_nicknamed_is_placed() {
        assert_eq!(
            placed_quotations("It earned the nickname the devils trumpet. Few played it."),
            ["\u{201C}the devils trumpet\u{201D}"]
        );
        assert_eq!(
            placed_quotations("It had a gun nicknamed the organ of death, and a well."),
            ["\u{201C}the organ of death\u{201D}"]
        );
        assert_eq!(
            placed_quotations("Visitors nickname him the Slovene yeti, and he laughs."),
            ["\u{201C}the Slovene yeti\u{201D}"]
        );
        // A clause after the article is no nickname.
        assert!(placed_quotations("It had the nickname the others had given it.").is_empty());
        // Without an article, the nickname starts at once; not at a preposition.
        assert_eq!(
            placed_quotations("The town earned the nickname Golden Kremnica. It kept it."),
            ["\u{201C}Golden Kremnica\u{201D}"]
        );
        assert!(placed_quotations("She had a nickname for him, and used it.").is_empty());
        assert!(placed_quotations("He was nicknamed by his friends, who knew.").is_empty());
    }

    #[test]
    fn a_work_before_its_year_is_placed() {
        assert_eq!(
            placed_quotations("He paid tribute on Music for Krzysztof (1970) and left."),
            ["\u{201C}Music for Krzysztof\u{201D}"]
        );
        // A name, or a run after an article, before a year is no title.
        assert!(placed_quotations("He saw Hanussen (1988) and left.").is_empty());
        assert!(placed_quotations("It came after the Velvet Revolution (1989) ended.").is_empty());
    }

    #[test]
    fn a_word_another_rule_listed_may_be_a_titles() {
        let text = "Vyrozumn (The Memorandum, 1965) went further. Formans Hori (The Fire) won. \
                    Havels Zahradn slavnost (The Garden Party) ran.";
        let tokens = tokens(text);
        // Each damaged word listed by the letter rules: only the possessive ends a title.
        let settled: Vec<bool> = tokens
            .iter()
            .map(|t| matches!(t.text, "Vyrozumn" | "Formans" | "Havels" | "Zahradn"))
            .collect();
        let placed: Vec<String> = suspects(text, &tokens, &settled, Dictionary::english())
            .into_iter()
            .filter(|s| s.reason.starts_with("probably a quotation"))
            .map(|s| s.text)
            .collect();
        // An institution's noun ("Party") in the translation of what someone owns; the
        // owned title in another language is found first, by its owner.
        assert_eq!(placed, ["Zahradn slavnost", "Vyrozumn", "Hori"]);
    }

    #[test]
    fn decades_glued_together_are_listed_as_a_range() {
        let found = number_ranges("the scene of the 1960s70s grew");
        assert_eq!(found[0].candidates, ["1960s\u{2013}70s"]);
        assert_eq!(found[0].text, "1960s70s");
        let found = number_ranges("built in the 1960s1970s, then flooded");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].text, "1960s1970s");
        assert_eq!(found[0].candidates, ["1960s\u{2013}1970s"]);
        assert!(number_ranges("in the 1970s1960s and 1960s1970sx").is_empty());
    }

    #[test]
    fn ordinals_glued_together_are_listed_as_a_range() {
        let found = number_ranges("In the 8th4th centuries BC and the 19th20th, 1st2nd.");
        let ranges: Vec<(&str, &str)> = found
            .iter()
            .map(|s| (s.text.as_str(), s.candidates[0].as_str()))
            .collect();
        assert_eq!(
            ranges,
            [
                ("8th4th", "8th\u{2013}4th"),
                ("19th20th", "19th\u{2013}20th"),
                ("1st2nd", "1st\u{2013}2nd")
            ]
        );
        // A wrong suffix, the same ordinal twice, or letters after: no range.
        for text in ["the 8st4th", "the 4th4th", "the 8th4thx", "the 2nd3th"] {
            assert!(number_ranges(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn words_are_found_in_their_lists() {
        assert!(is_reporting_verb("wrote") && !is_reporting_verb("Wrote"));
        assert!(is_title_noun("Manifesto") && is_title_noun("paper") && !is_title_noun("papers"));
        assert!(is_title_noun("samizdat") && is_title_noun("Film"));
    }

    #[test]
    fn titles_and_terms_are_placed() {
        assert_eq!(
            placed_quotations("Later her book about the end of the empire was banned."),
            ["\u{201C}the end of the empire\u{201D}"]
        );
        assert_eq!(
            placed_quotations("In Kovacs book on the uses of silence, nothing is said."),
            ["\u{201C}the uses of silence\u{201D}"]
        );
        assert_eq!(
            placed_quotations("They chanted the slogan: Bread and Freedom, then marched."),
            ["\u{201C}Bread and Freedom\u{201D}"]
        );
        assert_eq!(
            placed_quotations("The so-called reforms changed nothing."),
            ["\u{201C}reforms\u{201D}"]
        );
        assert_eq!(
            placed_quotations("After the so-called Velvet Divorce came elections."),
            ["\u{201C}Velvet Divorce\u{201D}"]
        );
        // Not one work (no possessive), one word only, or a title already in marks.
        assert!(placed_quotations("He wrote an essay on the theory of money.").is_empty());
        assert!(placed_quotations("His essay on money was short.").is_empty());
        assert!(placed_quotations("His essay on \"the theory of money\" was short.").is_empty());
    }

    #[test]
    fn quotations_around_a_verb_with_its_subject_or_object_are_placed() {
        assert_eq!(
            placed_quotations("Dont be silly, said the fly, theyre dancing."),
            ["\u{201C}Dont be silly,\u{201D}"]
        );
        assert_eq!(
            placed_quotations("Bye for now, she said warmly."),
            ["\u{201C}Bye for now,\u{201D}"]
        );
        assert_eq!(
            placed_quotations("Found it, the Mouse replied."),
            ["\u{201C}Found it,\u{201D}"]
        );
        assert_eq!(
            placed_quotations("He told the operator, This is a parson. She hung up."),
            ["\u{201C}This is a parson.\u{201D}"]
        );
        assert_eq!(
            placed_quotations("He asked me, Is it late? Nobody knew."),
            ["\u{201C}Is it late?\u{201D}"]
        );
        // A colon ends a longer object; a clause's colon is the clause's.
        assert_eq!(
            placed_quotations("Wasa told the crowd at the gate: We want a union! They cheered."),
            ["\u{201C}We want a union!\u{201D}"]
        );
        assert!(
            placed_quotations("I thought a thought that brings me hope: Neither had he.")
                .is_empty()
        );
        assert!(
            placed_quotations("He told them about the long days in the cold: Nothing.").is_empty()
        );
        // A verb that reports speech only sometimes counts only where it places a quotation.
        assert_eq!(
            placed_quotations("Go home, he whispered."),
            ["\u{201C}Go home,\u{201D}"]
        );
        assert_eq!(
            placed_quotations("Everything changed, Peter Fryer would write. Then it rained."),
            ["\u{201C}Everything changed,\u{201D}"]
        );
        assert_eq!(
            placed_quotations("It grows day by day, I was told."),
            ["\u{201C}It grows day by day,\u{201D}"]
        );
        assert_eq!(
            placed_quotations("All is calm, Mikoyan and Suslov reported."),
            ["\u{201C}All is calm,\u{201D}"]
        );
        assert_eq!(
            placed_quotations("First the chapels, then the tower, a volunteer advised."),
            ["\u{201C}First the chapels, then the tower,\u{201D}"]
        );
        for text in [
            "He whispered in the dark.",
            "She advised the council on housing.",
        ] {
            assert!(suspects_of(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn indirect_speech_infinitives_and_passives_are_not_listed() {
        for text in [
            "He said he was tired.",
            "A journalist asked the chef for the recipe.",
            "He asked if the shop was open.",
            "I cannot read or write.",
            "It is said that nobody came.",
        ] {
            let found = suspects_of(text);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
        for text in [
            "The minister said in his speech on Monday.",
            "Lenin had declared that no nation can be free.",
            "A refugee told the Observer the workers were the power.",
        ] {
            let found = suspects_of(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
        }
    }

    #[test]
    fn a_term_after_called_or_known_as_is_placed() {
        assert_eq!(
            placed_quotations("They make a desert and call it peace."),
            ["\u{201C}peace\u{201D}"]
        );
        assert_eq!(
            placed_quotations("It is what the office calls simplified, which means long."),
            ["\u{201C}simplified\u{201D}"]
        );
        assert_eq!(
            placed_quotations("The song is called Ways and Means in the book."),
            ["\u{201C}Ways and Means\u{201D}"]
        );
        assert_eq!(
            placed_quotations("The border became known as the wall."),
            ["\u{201C}wall\u{201D}"]
        );
        for text in [
            "He called for a vote.",
            "She called him back later.",
            "They called it off.",
        ] {
            assert!(placed_quotations(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn an_epithet_of_english_words_after_an_active_call_is_placed_but_not_a_places_own_name() {
        for (text, epithet) in [
            (
                "Lakes lie in what Czechs call Czech Canada, near Telč.",
                "Czech Canada",
            ),
            (
                "Slovaks have called it Little Rome for centuries.",
                "Little Rome",
            ),
            (
                "It is the church that everyone calls the Moon Church.",
                "Moon Church",
            ),
            (
                "The spa calls itself Little Paris these days.",
                "Little Paris",
            ),
            (
                "Hungarians have long called the city the Calvinist Rome, and it shows.",
                "Calvinist Rome",
            ),
            (
                "Guidebooks call the valley Little Switzerland, which amuses locals.",
                "Little Switzerland",
            ),
        ] {
            assert_eq!(
                placed_quotations(text),
                [format!("\u{201C}{epithet}\u{201D}")],
                "{text}"
            );
        }
        for text in [
            "Hungarians call it Selmecbánya to this day.",
            "The Romans called it Sopianae in their day.",
            "Germans call the city Kassa Kaschau.",
            "The Romans called the place Alburnus Maior and dug galleries.",
            "He said that they called the police.",
            "They called him Jan Palach later.",
        ] {
            assert!(
                placed_quotations(text).is_empty(),
                "{text}: {:?}",
                suspects_of(text)
            );
        }
    }

    #[test]
    fn a_title_before_the_work_it_names_is_placed_there_and_elsewhere() {
        assert_eq!(
            placed_quotations(
                "In 1997 he recorded Litania, an album of his tunes. Later Litania sold well."
            ),
            ["\u{201C}Litania\u{201D}", "\u{201C}Litania\u{201D}"]
        );
        assert_eq!(
            placed_quotations(
                "She founded Gazeta Wyborcza, the first legal independent daily in it."
            ),
            ["\u{201C}Gazeta Wyborcza\u{201D}"]
        );
        // A work noun that heads nothing after it is a name's, not a title's.
        assert!(placed_quotations("Komeda, a film composer, died young.").is_empty());
        assert!(placed_quotations("Havel, a playwright of note, was jailed.").is_empty());
    }

    #[test]
    fn a_term_a_naming_verb_looks_back_on_is_placed() {
        assert_eq!(
            placed_quotations(
                "Jazz went underground in the Stalinist yearsthe catacomb period, as the \
                 musicians later called it. Then came the normalisation, as it was known, in \
                 1969."
            ),
            [
                "\u{201C}catacomb period\u{201D}",
                "\u{201C}normalisation\u{201D}"
            ]
        );
        // No article opens the words: nothing shows where the term starts.
        assert!(placed_quotations("He left for good, as he called it.").is_empty());
        assert!(placed_quotations("Catacomb period, as they called it.").is_empty());
    }

    #[test]
    fn a_samizdat_title_is_placed() {
        assert_eq!(
            placed_quotations("From 1982 he edited their samizdat, Vokno, in his flat."),
            ["\u{201C}Vokno\u{201D}"]
        );
        assert_eq!(
            placed_quotations("The quintet's album Astigmatic (1966) was admired."),
            ["\u{201C}Astigmatic\u{201D}"]
        );
    }

    #[test]
    fn a_title_that_begins_with_the_inside_a_sentence_is_placed() {
        assert_eq!(
            placed_quotations("He described the interrogations in The Confession of 1968."),
            ["\u{201C}The Confession\u{201D}"]
        );
        // "A" and "An" open titles too, and a title runs on over its small words to the
        // punctuation that ends it; a sentence's first word, a preposition, stands before
        // it as a lower-case word does.
        assert_eq!(
            placed_quotations(
                "The story every schoolchild remembers is A Cup of Coffee, in which he \
                 refuses it."
            ),
            ["\u{201C}A Cup of Coffee\u{201D}"]
        );
        assert_eq!(
            placed_quotations("In The Man with the Golden Touch, the hero is a boatman."),
            ["\u{201C}The Man with the Golden Touch\u{201D}"]
        );
        for text in [
            "The Confession came out in 1968.",
            "He read it. The Confession came later.",
            "He read the Confession.",
            "It was a plan, and Plan A was the better.",
        ] {
            assert!(placed_quotations(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn an_epithet_a_naming_verb_gives_its_object_is_placed() {
        assert_eq!(
            placed_quotations("The history called 1956 a counter-revolution, and so on."),
            ["\u{201C}counter-revolution\u{201D}"]
        );
        assert_eq!(
            placed_quotations(
                "It called the minister, Admiral Mamula, a merchant of death over arms sales."
            ),
            ["\u{201C}merchant of death\u{201D}"]
        );
        // "the" opens an epithet after an object or a relative, and is quoted with it.
        assert_eq!(
            placed_quotations("Locals call it the white dove, and it does seem to settle."),
            ["\u{201C}the white dove\u{201D}"]
        );
        assert_eq!(
            placed_quotations(
                "The novelist, whom Hungarians have long called the great Palc, lived."
            ),
            ["\u{201C}the great Palc\u{201D}"]
        );
        for (text, not) in [
            ("She called a meeting for Monday.", "meeting"),
            ("He called her a few times.", "few"),
            ("They call the police.", "police"),
            ("She called him the next day.", "day"),
            ("He called his supporters into the streets.", "streets"),
            ("They called him Mahasamatman and said he was a god.", "god"),
            ("The tool, called dpkg, created a package.", "package"),
        ] {
            let placed = placed_quotations(text);
            assert!(
                !placed.iter().any(|p| p.contains(not)),
                "{text}: {placed:?}"
            );
        }
    }

    #[test]
    fn a_capital_after_a_comma_opens_a_quotation_unless_it_begins_a_name() {
        assert_eq!(
            placed_quotations("Later she was heard to sing, Some day my prince will come."),
            ["\u{201C}Some day my prince will come.\u{201D}"]
        );
        for text in [
            "It was held in Portland, United States of America, in August.",
            "Banja Luka, Republic of Srpska, hosted it.",
            "Pardon me, Sir. The ladies have asked.",
            "Workers, peasants and students marched.",
        ] {
            assert_eq!(placed_quotations(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn a_subject_after_the_verb_may_go_on_in_a_relative_clause() {
        assert_eq!(
            placed_quotations("The house is old, said the woman who runs it. We left."),
            ["\u{201C}The house is old,\u{201D}"]
        );
    }

    #[test]
    fn a_comma_a_pronoun_and_any_past_tense_end_a_quotation() {
        assert_eq!(
            placed_quotations("The fire is going out, he bellowed. Nobody moved."),
            ["\u{201C}The fire is going out,\u{201D}"]
        );
        for text in [
            "When the tanks arrived, they retreated.",
            "In 1956, they revolted.",
            "The fire went out, he bellowed and ran.",
        ] {
            assert_eq!(placed_quotations(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn a_capital_after_a_function_word_or_in_capitals_is_no_suspect() {
        for text in [
            "God and the Devil will meet there.",
            "It is by NOT taking it seriously that we win.",
            "I never said Id listen to it.",
        ] {
            let found = suspects_of(text);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
        let text = "Everybody arrived Workers in the square.";
        assert_eq!(suspects_of(text).len(), 1);
    }

    #[test]
    fn words_said_in_another_language_are_placed() {
        let said = |text: &str| -> Vec<String> {
            suspects_of(text)
                .into_iter()
                .filter(|s| s.reason.contains("words of another language said"))
                .map(|s| s.text)
                .collect()
        };
        assert_eq!(
            said("When you leave you say Zaplatm. Then go."),
            ["Zaplatm"]
        );
        assert_eq!(
            said("Miners greeted one another with Szcz Boe! and went down."),
            ["Szcz Boe"]
        );
        // English words said, a name that is the subject of what is said.
        for text in [
            "They say hello, and leave.",
            "Legend says Lech, forefather of the Poles, founded it.",
            "We stay, answered Rkosi.",
        ] {
            assert!(said(text).is_empty(), "{text}: {:?}", said(text));
        }
    }

    #[test]
    fn a_quotation_goes_on_after_the_reporting_clause_that_interrupted_it() {
        let resumed = |text: &str| -> Vec<String> {
            suspects_of(text)
                .into_iter()
                .filter(|s| s.reason.contains("after its reporting clause"))
                .map(|s| s.text)
                .collect()
        };
        assert_eq!(
            resumed("Take the left channel, he said, or youll get lost in the reeds."),
            ["or youll get lost in the reeds."]
        );
        assert_eq!(
            resumed("Every child learns it, a monk explained, smiling, and they all recite it."),
            ["and they all recite it."]
        );
        assert_eq!(
            resumed("Take the left channel, a man told me. The right one goes nowhere."),
            ["The right one goes nowhere."]
        );
        // In the past tense too: the speaker's own story.
        assert_eq!(
            resumed(
                "Nobody left a wall empty, she said. When a girl was getting married, the \
                 painters came for a week."
            ),
            ["When a girl was getting married, the painters came for a week."]
        );
        // Narration goes on: a past verb after "and", a participle that ends the sentence, a
        // next sentence in the past that opens with a third person's pronoun or reports
        // speech of its own, a title after "wrote".
        for text in [
            "Nobody comes here now, she said, and shrugged at the empty lane.",
            "Nobody comes here now, she said, laughing.",
            "We open at nine, she said. He shrugged and went back to the vines.",
            "We open at nine, she said. A younger grower down the lane said the opposite.",
            "The bishop, remembered as a poet, wrote Monachomachia, a mock-epic about the monks.",
        ] {
            assert!(resumed(text).is_empty(), "{text}: {:?}", resumed(text));
        }
    }

    #[test]
    fn a_function_word_english_lists_as_a_symbol_is_no_name_inside_a_sentence() {
        let text = "More than once the miners booed him In the end he gave in.";
        let found = suspects_of(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].text, "him In");
        // After a word that comes before names, it may be the symbol ("an alloy of In and
        // Ga"), and a longer capitalised word the list has is a name ("met Will and").
        for text in [
            "They made an alloy of In and gallium.",
            "She met Will and me.",
        ] {
            let found = suspects_of(text);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
    }

    #[test]
    fn digits_that_read_as_a_range_of_years_are_listed() {
        let found = ranges_in(
            "In 194852, 19451989 and 12831797 (not 198580, 2025, 123456, 12831197, 09991200 \
                 or A194852).",
        );
        assert_eq!(
            found,
            ["1948\u{2013}52", "1945\u{2013}1989", "1283\u{2013}1797"]
        );
    }

    #[test]
    fn two_spaces_after_a_word_or_a_bracket_are_listed_but_not_after_a_sentence() {
        let found: Vec<usize> = double_spaces("Gris)  end up. Then  we. Stop.  Next! Go")
            .iter()
            .map(|s| s.offset)
            .collect();
        assert_eq!(found, [5, 19]);
    }

    #[test]
    fn a_mark_between_two_letters_is_listed() {
        let text = "Well help!became the slogan. Why?He asked. See /search?q=x and Yes! \
                    Then\u{a0}no!go on.";
        let found: Vec<usize> = marks_glued_to_a_word(text)
            .iter()
            .map(|s| s.offset)
            .collect();
        let expected = [
            text.find('!').unwrap(),
            text.find("?He").unwrap(),
            text.find("!go").unwrap(),
        ];
        assert_eq!(found, expected);
    }

    #[test]
    fn a_number_glued_to_a_word_is_listed() {
        let text = "Soldiers killed people in 1968among them a girl. The 1990s, the 10th, 4pm, \
                    100mph and 64bit are not.";
        let found: Vec<String> =
            numbers_glued_to_a_word(text, &tokens(text), Dictionary::english())
                .into_iter()
                .map(|s| s.text)
                .collect();
        assert_eq!(found, ["among"]);
    }

    #[test]
    fn speech_in_the_first_person_is_listed_in_a_text_in_the_third() {
        let third = "The yard closed in August. Crowds gathered at the gate. I didnt even know \
                     their names. We just stood there. The strike spread along the coast. World \
                     War I had left the town poor. The Church of Our Lord stood by the quay. \
                     Ships waited in the bay. The director gave in after a week. The union was \
                     registered in September. Its members numbered millions by the winter.";
        let found: Vec<String> = speech_in_the_first_person(third, &tokens(third), &[])
            .into_iter()
            .map(|s| s.text)
            .collect();
        assert_eq!(
            found,
            ["I didnt even know their names. We just stood there."]
        );
        // Speech that goes on after a sentence another rule placed is listed from there.
        let said = third.replace(
            "Crowds gathered at the gate.",
            "They carried our furniture out, a farmer said.",
        )
            + " The port reopened in the spring. Trade returned slowly. The mayor resigned. Ships came back.";
        let sentence = said.find("They").unwrap()..said.find("said.").unwrap() + 5;
        let placed_by_said = [placed(&said, sentence, "`said` follows it")];
        let found: Vec<String> = speech_in_the_first_person(&said, &tokens(&said), &placed_by_said)
            .into_iter()
            .map(|s| s.text)
            .collect();
        assert_eq!(
            found,
            ["I didnt even know their names. We just stood there."]
        );
        // A text that speaks in the first person throughout is its author's.
        let first = "I came in August. We stood at the gate. I knew nobody. The yard closed.";
        assert!(speech_in_the_first_person(first, &tokens(first), &[]).is_empty());
    }

    #[test]
    fn a_title_after_an_owned_work_noun_is_listed() {
        let text = "The figure appears in his story Kurent, and its ballad Pearly Hair became \
                    famous. The story Havel told was long.";
        assert_eq!(
            placed_quotations(text),
            ["\u{201C}Kurent\u{201D}", "\u{201C}Pearly Hair\u{201D}"]
        );
        // A date or a medium makes the noun one work too; a plain one stays unread.
        let text = "He returned in the 1970s series Janosik. The television series Bolek ran \
                    on. A series Kovacs began was short.";
        assert_eq!(
            placed_quotations(text),
            ["\u{201C}Janosik\u{201D}", "\u{201C}Bolek\u{201D}"]
        );
    }

    #[test]
    fn a_decade_by_its_last_two_digits_is_listed() {
        let text = "Since the 80s and the late 90s it grew; in the 1990s, 60s of them, 40s.";
        let found: Vec<String> = elided_decades(text)
            .into_iter()
            .map(|s| s.candidates[0].clone())
            .collect();
        assert_eq!(found, ["\u{2019}80s", "\u{2019}90s"]);
    }

    #[test]
    fn a_word_glued_to_a_closing_bracket_is_listed() {
        let text = "Then Red Psalm (Psalm, 1972)the takes grew longer; (s)he knew, a)b) too.";
        let found: Vec<String> = words_glued_to_a_bracket(text)
            .into_iter()
            .map(|s| s.candidates[0].clone())
            .collect();
        assert_eq!(found, [")\u{2014}the"]);
    }

    #[test]
    fn a_capitalised_daily_opens_a_title() {
        assert_eq!(
            placed_quotations("He read the party daily Szabad Nep at breakfast."),
            ["\u{201C}Szabad Nep\u{201D}"]
        );
        assert!(placed_quotations("He wrote for the Daily Worker for years.").is_empty());
    }

    #[test]
    fn a_title_after_a_hymn_or_an_anthem_is_listed() {
        assert_eq!(
            placed_quotations(
                "Everyone hears the Hussite hymn Kto js bo bojovnci, which pupils learn."
            ),
            ["\u{201C}Kto\u{201D}"]
        );
        assert_eq!(
            placed_quotations("They sang the anthem Nad Tatrou sa blyska at dawn."),
            ["\u{201C}Nad Tatrou\u{201D}"]
        );
        assert_eq!(
            placed_quotations("Their best-known tune, Na Golici, is played at weddings."),
            ["\u{201C}Na Golici\u{201D}"]
        );
    }

    #[test]
    fn a_meaning_given_after_means_is_listed() {
        let text = "Kirly means king in Hungarian. They become asz, a Hungarian word that simply \
                    means dried. Literally it means blotting paper. The law means that we wait.";
        assert_eq!(
            placed_quotations(text),
            ["\u{201C}king\u{201D}", "\u{201C}dried\u{201D}"]
        );
        // "meant" after "word" or "name", with its adverb after it; a gloss may end where a
        // spaced dash was lost. A name's past is no gloss.
        let text = "The puszta, a word that once meant simply empty. Mladina  the name means \
                    youth  won. Balaton meant something more.";
        assert_eq!(
            placed_quotations(text),
            ["\u{201C}empty\u{201D}", "\u{201C}youth\u{201D}"]
        );
        // An article may open the gloss, and "words" or "names" mean.
        let text = "Frumoasa, whose name simply means the beautiful one, was restored. The words \
                    mean roughly the bishops meadow. The name means the end of it all, again.";
        assert_eq!(
            placed_quotations(text),
            [
                "\u{201C}the beautiful one\u{201D}",
                "\u{201C}the bishops meadow\u{201D}"
            ]
        );
    }

    #[test]
    fn what_a_passive_called_names_is_listed() {
        let text = "Eminescu is often called the peerless poet, and loved. The umava, sometimes \
                    called the green roof of Europe for its ridges, is wild. He was called the \
                    next day. Krom is called the Athens of Han. They called the police.";
        assert_eq!(
            placed_quotations(text),
            [
                "\u{201C}the peerless poet\u{201D}",
                "\u{201C}the green roof of Europe\u{201D}",
                "\u{201C}the Athens of Han\u{201D}"
            ]
        );
    }

    #[test]
    fn a_term_spoken_of_is_listed() {
        let text = "Poles spoke of the flood of the millennium. Germans speak of das Wunder von \
                    Bern; they speak of ourselves at all. It was spoken of with awe. We speak of \
                    Clive, Nelson. They spoke of the need for reform in every town and village.";
        assert_eq!(
            placed_quotations(text),
            [
                "\u{201C}flood of the millennium\u{201D}",
                "\u{201C}das Wunder von Bern\u{201D}"
            ]
        );
    }

    #[test]
    fn a_phrase_in_another_language_before_its_gloss_is_listed() {
        let quoted = [
            (
                "Locals call them zelen zlato (green gold), and the town celebrates.",
                "zelen zlato",
            ),
            (
                "Critics grouped it with the kino moralnego niepokoju (cinema of moral anxiety).",
                "kino moralnego niepokoju",
            ),
            (
                "It became Krtki film o zabijaniu (A Short Film About Killing) in cinemas.",
                "zabijaniu",
            ),
            (
                "Her songs, Dni, ktrych nie znamy (Days We Dont Know), outlived her.",
                "Dni, ktrych nie znamy",
            ),
            (
                "He circulated his Psaky (little notes) in samizdat.",
                "Psaky",
            ),
        ];
        for (text, phrase) in quoted {
            let found = placed_quotations(text);
            assert!(
                found.contains(&format!("\u{201C}{phrase}\u{201D}")),
                "{text}: {found:?}"
            );
        }
        // A name and its role, an institution's name, a clause in brackets, a name's years:
        // none is a phrase glossed.
        for text in [
            "The board chose Nils Lohner (Treasurer) and two others.",
            "They founded Obansk frum (Civic Forum) in a theatre.",
            "He spent two years at hard labor (for sodomy) in Reading.",
            "Most work went into dpkg (Ian Jackson was responsible for this) that year.",
            "The poet Jn Botto (18291881) wrote it.",
        ] {
            assert_eq!(placed_quotations(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn a_title_in_another_language_after_its_owner_is_listed() {
        assert_eq!(
            placed_quotations("Then came his Hrtia va fi albastr, in 2006."),
            ["\u{201C}Hrtia va fi albastr\u{201D}"]
        );
        assert_eq!(
            placed_quotations("She loved her Lev a psnika most."),
            ["\u{201C}Lev a psnika\u{201D}"]
        );
        // After "whose", or with the work's noun between, a name inside the title.
        assert_eq!(
            placed_quotations("He was the photographer whose Zem spieva recorded a life."),
            ["\u{201C}Zem spieva\u{201D}"]
        );
        assert_eq!(
            placed_quotations("Its epic Krst pri Savici ends here."),
            ["\u{201C}Krst pri Savici\u{201D}"]
        );
        // A place, a name in capitals, and an English phrase are no such title.
        for text in [
            "They walked through his Ljubljana often.",
            "They built his Casa Poporului in haste.",
            "He told her Story of the year.",
        ] {
            assert_eq!(placed_quotations(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn a_nickname_before_its_original_and_an_owned_ballet_are_listed() {
        assert_eq!(
            placed_quotations("It earned the nickname the Moravian Manchester (moravsky) then."),
            ["\u{201C}the Moravian Manchester\u{201D}"]
        );
        assert_eq!(
            placed_quotations("There he wrote his ballet Harnasie on highland themes."),
            ["\u{201C}Harnasie\u{201D}"]
        );
        // A hyphenated nickname's parts are one nickname.
        assert_eq!(
            placed_quotations("Their banner earned them the nickname dog-heads."),
            ["\u{201C}dog-heads\u{201D}"]
        );
    }

    #[test]
    fn a_gloss_after_meaning_or_literally_is_listed() {
        assert_eq!(
            placed_quotations("They climb the tanhegyek, meaning witness hills, at dawn."),
            ["\u{201C}witness hills\u{201D}"]
        );
        assert_eq!(
            placed_quotations("Chefs prize the solni cvet, literally salt flower."),
            ["\u{201C}salt flower\u{201D}"]
        );
        assert_eq!(
            placed_quotations("The name comes from vlk, meaning wolf  a fitting name."),
            ["\u{201C}wolf\u{201D}"]
        );
        // An adverb on either side, and a noun that names a word instead of the comma (what
        // "call" names him is listed too, as an epithet).
        assert_eq!(
            placed_quotations("They call him a vodk, roughly meaning water person, here."),
            ["\u{201C}vodk\u{201D}", "\u{201C}water person\u{201D}"]
        );
        assert_eq!(
            placed_quotations(
                "Its emblem is the Barlolma, meaning roughly the Crutch-Breaker, a man."
            ),
            ["\u{201C}the Crutch-Breaker\u{201D}"]
        );
        assert_eq!(
            placed_quotations("They drain it for the vlov, a word meaning fishing out, and wait."),
            ["\u{201C}fishing out\u{201D}"]
        );
        assert_eq!(
            placed_quotations("It comes from an old Polish adjective meaning peppery, and more."),
            ["\u{201C}peppery\u{201D}"]
        );
        // A clause, or a gloss of English words, is not quoted.
        for text in [
            "They kept the osmica, meaning that few came.",
            "He raised the fare, meaning the price, again.",
            "He raised the fare, roughly meaning the price, again.",
            "It was a word meaning that nobody came.",
        ] {
            assert_eq!(placed_quotations(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn a_gloss_after_or_is_listed() {
        assert_eq!(
            placed_quotations("Further on stand the kaptrkvek, or beehive stones: cones."),
            ["\u{201C}beehive stones\u{201D}"]
        );
        assert_eq!(
            placed_quotations("There are hundreds of these krasnale, or dwarfs, in town."),
            ["\u{201C}dwarfs\u{201D}"]
        );
        // An alternative after English or a name, a clause, or a long phrase is no gloss.
        for text in [
            "They came by train, or by bus, each day.",
            "They went to Krakw, or Warsaw, each year.",
            "They sang the csrds, or they danced, each night.",
            "They ate the pogcsa, or something very like it, with wine.",
        ] {
            assert_eq!(placed_quotations(text), Vec::<String>::new(), "{text}");
        }
    }

    #[test]
    fn a_word_glued_to_a_number_is_listed() {
        let text = "Closed 1 November15 June, at the end of a fortnight1431 August, not in \
                    mp3 files, COVID19 wards, the Boeing747 or 1968among them.";
        let found: Vec<String> =
            words_glued_to_a_number(text, &tokens(text), Dictionary::english())
                .into_iter()
                .map(|s| s.candidates[0].clone())
                .collect();
        assert_eq!(found, ["November\u{2013}15", "fortnight\u{2014}1431"]);
    }

    #[test]
    fn a_number_before_a_lone_c_or_f_is_a_temperature_that_lost_its_degree_sign() {
        let text = "Water at 6769 C, a constant 10 C. Summer, 2528 C (or 80 F) (not 10 Celsius, \
                    Form 3 Cs, 4 C-rations, 12 CD, B12 C or 6769 kroner). In 1921 F. W. \
                    Murnau came.";
        let found: Vec<String> = number_ranges(text)
            .into_iter()
            .map(|s| format!("{}: {}", s.text, s.candidates[0]))
            .collect();
        assert_eq!(
            found,
            [
                "6769 C: 67\u{2013}69 \u{b0}C",
                "10 C: 10 \u{b0}C",
                "2528 C: 25\u{2013}28 \u{b0}C",
                "80 F: 80 \u{b0}F",
            ]
        );
    }

    #[test]
    fn digits_before_a_month_that_read_as_a_range_of_days_are_listed() {
        let text = "On 1011 September, 130 June and 2829 May (not 12 May, 1956 May, 1011 \
                    Maybe, 2212 June or 1011 people).";
        let found = ranges_in(text);
        assert_eq!(found, ["10\u{2013}11", "1\u{2013}30", "28\u{2013}29"]);
    }

    #[test]
    fn digits_before_a_unit_or_after_a_result_that_read_as_a_range_or_a_score_are_listed() {
        let text = "Some 2530 kilometres on, they drank 130140 litres (not 1500 metres, 3025 \
                    km or 2530 people) after a 1015 minute drive (not 1200 years). Hungary won \
                    63, led 20 after eight minutes, beat them both 42. They won 63 seats on \
                    both 64 and 32-bit machines. A 24 hour walk took 23 days (not 24 hours, \
                    21 days or 14 year-olds).";
        let found = ranges_in(text);
        assert_eq!(
            found,
            [
                "25\u{2013}30",
                "130\u{2013}140",
                "10\u{2013}15",
                "6\u{2013}3",
                "2\u{2013}0",
                "4\u{2013}2",
                "2\u{2013}4",
                "2\u{2013}3"
            ]
        );
    }

    #[test]
    fn five_to_eight_digits_that_rise_as_a_range_are_listed() {
        let text = "In the wars of 101102 and 105106, some 600700 people fled; the era 9731803 \
                    ended after 90100 minutes (not 123456, 555123, 100000, 12345678, 1500 or \
                    250700).";
        let found = ranges_in(text);
        assert_eq!(
            found,
            [
                "101\u{2013}102",
                "105\u{2013}106",
                "600\u{2013}700",
                "973\u{2013}1803",
                "90\u{2013}100"
            ]
        );
    }

    #[test]
    fn a_space_before_a_full_stop_or_comma_is_listed() {
        let text = "It went on and on . Then it stopped , for good. See .NET or 3 ,5.";
        let found: Vec<usize> = spaces_before_punctuation(text)
            .iter()
            .map(|s| s.offset)
            .collect();
        assert_eq!(found, [text.find(" .").unwrap(), text.find(" ,").unwrap()]);
    }

    #[test]
    fn a_colon_at_a_paragraph_end_announces_a_block() {
        let text = "In the preface, Trotsky wrote:\n\nThe most indubitable feature.\n";
        let found = suspects_of(text);
        assert_eq!(found.len(), 1);
        assert!(
            found[0].reason.contains("block quotation"),
            "{}",
            found[0].reason
        );
    }

    #[test]
    fn an_unfinished_paragraph_is_listed() {
        let text = "It began well. Then the mob had made things worse\n\nNext.\n";
        let found = suspects_of(text);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].text, "worse");
    }
}
