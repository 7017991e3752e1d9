//! Other marks deletion takes: an ellipsis or a spaced dash (a space before a comma or a full
//! stop), a mark glued to a word or a number, an elided decade's apostrophe, a paragraph left
//! unfinished.

use crate::restore::dictionary::Dictionary;
use crate::restore::tokens::{is_a_month, Token};
use crate::restore::{RawSuspect, Sign};

/// `and so on .` or `the demands , and`: a space between a word and a full stop or a comma,
/// which no style of punctuation puts there, is where a spaced ellipsis or dash was deleted.
pub(super) fn spaces_before_punctuation(text: &str) -> Vec<RawSuspect> {
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
pub(super) fn marks_glued_to_a_word(text: &str) -> Vec<RawSuspect> {
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
pub(super) fn elided_decades(text: &str) -> Vec<RawSuspect> {
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
/// "4pm", "100mph", "64bit"). After a year, also "a" ("in May 1946a genuine result"), a
/// two-letter word ("the strikes of 1988at Nowa Huta") and a capitalised word ("in
/// 1815Krlestwo Polskie", "August 1945January"), and after a decade the word its s is glued
/// to ("the 1840sbut", "the 1980sas"): no clean trial text glues a year to letters other
/// than a decade's s, and the damaged ones did so twelve times, each a lost dash.
pub(super) fn numbers_glued_to_a_word(
    text: &str,
    tokens: &[Token],
    dictionary: &Dictionary,
) -> Vec<RawSuspect> {
    tokens
        .iter()
        .filter(|token| {
            token.before.is_some_and(|c| c.is_ascii_digit())
                && !text[token.end()..].starts_with(|c: char| c.is_alphanumeric())
        })
        .filter_map(|token| {
            let after_a_year = year_before(text, token.start);
            let (kept, word) = glued_after_a_number(token.text, after_a_year, dictionary)?;
            Some(RawSuspect {
                offset: token.start,
                text: token.text.to_string(),
                candidates: ["\u{2014}", "\u{2026} "]
                    .iter()
                    .map(|mark| format!("{kept}{mark}{word}"))
                    .collect(),
                reason: "a number glued to a word: a dash or an ellipsis was deleted?".into(),
                sign: Sign::LostCharacter,
            })
        })
        .collect()
}

/// Whether the digits that end `text[..at]` are four, a year's.
fn year_before(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let earlier = before[..before.len() - digits].chars().next_back();
    digits == 4 && !earlier.is_some_and(char::is_alphanumeric)
}

/// What of `token` (the letters after a number) stays with the number, and the word a lost
/// mark stood before (see [`numbers_glued_to_a_word`]).
fn glued_after_a_number<'t>(
    token: &'t str,
    after_a_year: bool,
    dictionary: &Dictionary,
) -> Option<(&'t str, &'t str)> {
    const UNITS: &[&str] = &[
        "bit", "bits", "byte", "bytes", "ghz", "khz", "kph", "mhz", "mph", "rpm",
    ];
    let english = |w: &str| {
        w.len() >= 3 && w.bytes().all(|b| b.is_ascii_lowercase()) && dictionary.contains(w)
    };
    let capitalised = |w: &str| {
        w.len() >= 3
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w[1..].bytes().all(|b| b.is_ascii_lowercase())
    };
    if english(token) && !UNITS.contains(&token) {
        return Some(("", token));
    }
    // Two-letter words a sentence goes on with after a dash ("the strikes of 1988at Nowa
    // Huta"), none of them a number's suffix or unit.
    const SHORT_WORDS: &[&str] = &[
        "an", "as", "at", "by", "he", "if", "in", "is", "it", "of", "on", "or", "so", "to", "up",
        "we",
    ];
    let short = |w: &str| w == "a" || SHORT_WORDS.contains(&w);
    if after_a_year && (short(token) || capitalised(token)) {
        return Some(("", token));
    }
    // "the 1840sbut", "the 1980sas Slovene society grew".
    let decade_word = token
        .strip_prefix('s')
        .filter(|w| after_a_year && (english(w) || short(w)));
    decade_word.map(|word| ("s", word))
}

/// "a fortnight1431 August", "27 June7 July": an English word of three letters or more, or a
/// month's name, glued to the number after it, where a dash was deleted (an en dash after a
/// month, which ends a range of dates). A word that starts inside a longer token ("mp3",
/// "COVID19") is no such word.
pub(super) fn words_glued_to_a_number(
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

/// A closing bracket with a word glued to it (`(Red Psalm, 1972)the takes`): a dash or a
/// space after the bracket was deleted. Not after a bracket of one or two characters (`(s)he`,
/// `a)b)`), which such words are made with.
pub(super) fn words_glued_to_a_bracket(text: &str) -> Vec<RawSuspect> {
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
pub(super) fn unfinished_paragraphs(text: &str) -> Vec<RawSuspect> {
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
