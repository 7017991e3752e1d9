//! Places where quotation marks (or an ellipsis, a spaced dash or another mark) were probably
//! lost. Marks are never inserted: where a quotation opens and closes is the editor's call.
//! But where the text shows it, the suspect says so, so the editor places the pair in one
//! step: its text is the probable quotation and its candidate the same text
//! between “ and ”. The text shows it
//!
//! - after a reporting verb (and its object) and a colon or a comma (`wrote: The…`, `told the
//!   operator, This…`), up to the sentence's end, or the paragraph's when every sentence
//!   to it reads as speech (`said, We open at nine. You can park here.`);
//! - before one (`We want Nagy! they shouted`, `…, he said`, `…, said the fly`, `…, she said
//!   warmly.`), or before a pronoun and any past tense that end the sentence (`…, he
//!   bellowed.`), from the sentence's start, with a phrase on where it was said after the
//!   verb (`…, a man explained over a plate of sausage.`);
//! - before an exclamation or a question mark followed by a comma or a full stop, which
//!   English writes only with a closing mark between (`sharper: Vrem pine!, We want bread!,`),
//!   from its first capitalised word after the colon or comma before it;
//! - after a comma and a capitalised common word (`she was heard to sing, Some day…`), up to
//!   the sentence's end;
//! - in a title after a word like "paper", "book" or "manifesto" (`his manifesto, Two
//!   Thousand Words, called…`, `the slogan: Bread and Freedom`), after "published as" or
//!   "published in English as", or a name given after "renamed" or "dubbed": the run of
//!   capitalised words;
//! - in a phrase said after "the slogan", "the motto", "the words" and the like (`ended with
//!   the words Long live free Hungary.`): from its capital to the end of its clause, when
//!   that comes within a few words;
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
//!   meaning given after a foreign word's "means" (`Kirly means king in Hungarian`), a
//!   word's "meant" (`a word that once meant simply empty.`) or a language's name and "for"
//!   (`whose name is Czech for elbow,`);
//! - in the term after "so-called", or after "called", "christened", "renamed", "termed",
//!   "known as" (`is called simplified, which`, `call it peace.`; a name only when an
//!   apposition calls it a nickname: `known as Wrymouth, a nickname`), in the epithet a
//!   naming verb gives its object (`called 1956 a counter-revolution, and`, `renamed itself
//!   the Committee`), and in the words such a verb after "as" looks back on (`the catacomb
//!   period, as the musicians later called it`).
//!
//! A reporting verb that places nothing is still listed (the quotation may be a paragraph of
//! its own), unless it reports indirectly (`said that`, `asked if`) or is an infinitive or a
//! passive (`to write`, `is said`): those have no quotation marks to lose.
//!
//! The rules live by what they look for: [`speech`] (a reporting verb, a colon, the first
//! person), [`titles`], [`terms`] (names and terms a text announces), [`glosses`] (words of
//! another language and their English meaning), and the other marks, [`marks`]. This module
//! runs them over a text's tokens ([`suspects`]) and holds what they share: where a sentence
//! starts and ends, and a placed quotation's suspect ([`placed`]).

mod glosses;
mod marks;
mod speech;
mod terms;
#[cfg(test)]
mod tests;
mod titles;

use rustc_hash::FxHashSet;
use std::ops::Range;

use super::cores::in_pieces;
use super::dictionary::Dictionary;
use super::tokens::{is_function_word, one_space_before, Token};
use super::{RawSuspect, Sign};
use glosses::{
    phrases_after_a_colon, phrases_before_their_gloss, phrases_in_apposition,
    words_said_in_another_language,
};
use marks::{
    elided_decades, marks_glued_to_a_word, numbers_glued_to_a_word, spaces_before_punctuation,
    unfinished_paragraphs, words_glued_to_a_bracket, words_glued_to_a_number,
};
pub(super) use speech::is_reporting_verb;
use speech::{
    attributed_by_any_verb, capitals_after_commas, exclamations_inside_sentences,
    is_a_verb_listed_alone, is_placed_reporting_verb, quotations_after_colons, reported,
    speech_in_the_first_person,
};
use terms::terms_at;
use titles::{
    dated, is_title_noun, owned, owned_foreign_title, published_as, published_with_its_article,
    saying_after, subject_title, title_after, title_after_its_qualifier, title_of_an_address,
    titles_given, OWNED_WORK_NOUNS,
};

/// What "known as" may put before the name it gives (`known as the Wall`).
const ARTICLES: &[&str] = &["a", "an", "the"];

/// Function words after which a capital is a name or a title's, not the start of a quotation
/// or a sentence (`the Devil`, `between Freedom and Liberty`).
const BEFORE_A_NAME: &[&str] = &[
    "a", "about", "against", "among", "an", "and", "as", "at", "between", "by", "for", "from",
    "her", "his", "in", "into", "its", "my", "of", "on", "or", "our", "than", "the", "their", "to",
    "under", "with", "your",
];

/// Words that end a lower-case title after "essay on": a verb or a word that opens a clause.
const CLAUSE_WORDS: &[&str] = &[
    "are", "because", "but", "can", "could", "did", "does", "had", "has", "have", "is", "may",
    "might", "must", "should", "that", "was", "were", "when", "where", "which", "while", "who",
    "will", "would",
];

/// Suspects in a text whose non-ASCII characters were deleted; `settled[i]` is true for
/// tokens another rule repaired or listed (a capital that rule explains, a name's, is no sign
/// of a lost mark). A long text is read on every core in pieces of at least `least_piece`
/// tokens.
pub fn suspects(
    text: &str,
    tokens: &[Token],
    settled: &[bool],
    dictionary: &Dictionary,
    least_piece: usize,
) -> Vec<RawSuspect> {
    // Each token's suspects are read from the text around it alone, so the pieces of a
    // long text are read at once.
    let at_each = in_pieces(
        (tokens.len(), least_piece),
        |_| true,
        |piece| {
            let mut out = Vec::new();
            for i in piece {
                suspects_at(text, tokens, settled, dictionary, i, &mut out);
            }
            out
        },
    );
    let mut out: Vec<RawSuspect> = at_each.into_iter().flatten().collect();
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
    out.extend(words_glued_to_a_bracket(text));
    out.extend(elided_decades(text));
    out.extend(spaces_before_punctuation(text));
    out.extend(marks_glued_to_a_word(text));
    out.extend(numbers_glued_to_a_word(text, tokens, dictionary));
    out.extend(words_glued_to_a_number(text, tokens, dictionary));
    out.extend(unfinished_paragraphs(text));
    without_verbs_whose_words_are_placed(text, out)
}

/// The suspects [`suspects`] reads at the token `i`, pushed to `out`.
fn suspects_at(
    text: &str,
    tokens: &[Token],
    settled: &[bool],
    dictionary: &Dictionary,
    i: usize,
    out: &mut Vec<RawSuspect>,
) {
    let token = &tokens[i];
    let reporting = is_reporting_verb(token.text);
    if (reporting || is_placed_reporting_verb(token.text))
        && !sentence_has_quotes(text, token.start)
    {
        out.extend(reported(text, tokens, i, reporting, dictionary));
    }
    let one_work = |i: usize| owned(text, tokens, settled, Some(i)) || dated(text, tokens, i);
    if let Some(span) = saying_after(text, tokens, i, dictionary) {
        out.push(placed(
            text,
            span,
            &format!("a phrase said after `{}`", token.text),
        ));
    } else if is_title_noun(token.text)
        || (OWNED_WORK_NOUNS.contains(&token.text) && one_work(i))
        || published_as(text, tokens, i)
        || published_with_its_article(text, tokens, i)
    {
        out.extend(
            title_after(text, tokens, i)
                .or_else(|| title_after_its_qualifier(text, tokens, i))
                .map(|span| placed(text, span, "a title")),
        );
        out.extend(
            subject_title(text, tokens, i, dictionary)
                .map(|span| placed(text, span, &format!("a title after `{}`", token.text))),
        );
    }
    out.extend(
        title_of_an_address(text, tokens, i, dictionary)
            .map(|span| placed(text, span, "a title: a common word capitalised before `to`")),
    );
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
    if let (Some(prev), Some(next)) = (i.checked_sub(1).map(|p| &tokens[p]), tokens.get(i + 1)) {
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

/// `suspects` without the reporting verbs listed alone ("chanting: a quotation may have lost
/// its marks") whose words another suspect places right after them ("chanting Wir sind das
/// Volk" offered as a quotation): the editor sees the quotation once, where it is.
fn without_verbs_whose_words_are_placed(text: &str, suspects: Vec<RawSuspect>) -> Vec<RawSuspect> {
    let placed: FxHashSet<usize> = suspects
        .iter()
        .filter(|s| {
            s.candidates
                .iter()
                .any(|c| c.starts_with('\u{201C}') && c.len() > 3)
        })
        .map(|s| s.offset)
        .collect();
    suspects
        .into_iter()
        .filter(|s| {
            if !is_a_verb_listed_alone(s) {
                return true;
            }
            // Not every suspect's text starts at its offset (a capital inside a sentence is
            // listed at the gap before it, with the word before), so the end is looked up,
            // not sliced.
            let after = s.offset + s.text.len();
            let words_at = text.get(after..).and_then(|rest| rest.strip_prefix(' '));
            !words_at.is_some_and(|_| placed.contains(&(after + 1)))
        })
        .collect()
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

/// Whether `word` is a common English word with a capital: a name the dictionary knows with
/// its capital (`known as Africa`) or not at all (`called DebConf`) is a name, not a term a
/// writer set apart.
fn is_a_common_word_capitalised(word: &str, dictionary: &Dictionary) -> bool {
    !dictionary.contains_exact(word) && dictionary.contains_exact(&word.to_ascii_lowercase())
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
