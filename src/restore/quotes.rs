//! Places where quotation marks (or an ellipsis or a spaced dash) were probably lost. Where a
//! quotation opens and closes cannot be read off the words, so these are suspects only, for
//! the editor's reading pass.

use super::dictionary::Dictionary;
use super::tokens::Token;
use super::RawSuspect;

/// Verbs that introduce or close a quotation.
const REPORTING: &[&str] = &[
    "argued",
    "asked",
    "declared",
    "explained",
    "insisted",
    "proclaimed",
    "recalled",
    "replied",
    "reported",
    "said",
    "says",
    "stated",
    "told",
    "write",
    "wrote",
];

const QUOTES: &[&str] = &["\u{201C}", "\u{201D}"];

/// Suspects in a text whose non-ASCII characters were deleted.
pub fn suspects(text: &str, tokens: &[Token], dictionary: &Dictionary) -> Vec<RawSuspect> {
    let mut out = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        if REPORTING.contains(&token.text) && !sentence_has_quotes(text, token.start) {
            let colon = token.after == Some(':');
            out.push(RawSuspect {
                offset: token.start,
                text: token.text.to_string(),
                candidates: QUOTES.iter().map(|q| q.to_string()).collect(),
                reason: if colon {
                    format!("`{}:` usually introduces a quotation", token.text)
                } else {
                    format!(
                        "reporting verb `{}`: a quotation may have lost its marks",
                        token.text
                    )
                },
                unknown_word: false,
            });
        }
        if let (Some(prev), Some(next)) = (i.checked_sub(1).map(|p| &tokens[p]), tokens.get(i + 1))
        {
            if internal_capital(text, prev, token, next, dictionary) {
                out.push(RawSuspect {
                    offset: prev.end(),
                    text: format!("{} {}", prev.text, token.text),
                    candidates: ["\u{2026}", "\u{2014}", "\u{201C}", "\u{201D}"]
                        .iter()
                        .map(|c| c.to_string())
                        .collect(),
                    reason: "a capital inside a sentence: a lost ellipsis, dash or quotation mark?"
                        .into(),
                    unknown_word: false,
                });
            }
        }
    }
    for (offset, _) in text.match_indices("  ") {
        let before = text[..offset].chars().next_back();
        let after = text[offset + 2..].chars().next();
        if before.is_some_and(|c| c.is_alphanumeric() || c == ',')
            && after.is_some_and(char::is_alphanumeric)
        {
            out.push(RawSuspect {
                offset,
                text: "  ".into(),
                candidates: vec!["\u{2013}".into(), "\u{2026}".into()],
                reason: "two spaces between words: a spaced dash or an ellipsis was deleted?"
                    .into(),
                unknown_word: false,
            });
        }
    }
    out
}

/// "arrived Workers in": a capitalised common word between two lower-case words, with no
/// punctuation around it.
fn internal_capital(
    text: &str,
    prev: &Token,
    token: &Token,
    next: &Token,
    dictionary: &Dictionary,
) -> bool {
    let lower = |t: &Token| t.text.starts_with(|c: char| c.is_ascii_lowercase());
    token.is_capitalised()
        && token.text.len() > 1
        && lower(prev)
        && lower(next)
        && &text[prev.end()..token.start] == " "
        && &text[token.end()..next.start] == " "
        // A name is listed capitalised ("Western"); a common word only in lower case.
        && !dictionary.contains_exact(token.text)
        && dictionary.contains_exact(&token.text.to_ascii_lowercase())
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
