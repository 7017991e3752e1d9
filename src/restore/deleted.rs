//! Repairs for text whose non-ASCII characters were deleted: runs the lexicon phrases, then
//! for each word the lexicon, apostrophe and dash rules in order of confidence, and collects
//! the quotation suspects. Every repair only inserts characters.

use std::collections::{HashMap, HashSet};

use super::apostrophes::{self, APOSTROPHE};
use super::dashes;
use super::dictionary::Dictionary;
use super::letters::{self, Found};
use super::lexicon::{strip, Lexicon};
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
    for (i, token) in tokens.iter().enumerate() {
        if covered[i] || token.is_fragment() {
            continue;
        }
        let verdict = verdicts
            .entry(token.text)
            .or_insert_with(|| judge(token.text, lexicon, dictionary, &occurs))
            .clone();
        let next = tokens.get(i + 1);
        let gap = next.map_or("", |n| &text[token.end()..n.start]);
        apply(token, verdict, next, gap, options, &mut outcome);
    }
    outcome
        .suspects
        .extend(quotes::suspects(text, &tokens, dictionary));
    outcome
}

/// The context-free verdict on one word, rules in order of confidence.
fn judge(
    word: &str,
    lexicon: &Lexicon,
    dictionary: &Dictionary,
    occurs: &HashSet<&str>,
) -> Verdict {
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
    if let Some(at) = apostrophes::evidence_position(word, |w| occurs.contains(w)) {
        return Verdict::Apostrophe {
            at,
            evidence: format!("`{}` occurs on its own in the text", &word[..at]),
        };
    }
    match dashes::splits(word, dictionary).as_slice() {
        [] => Verdict::Leave,
        [at] if dashes::is_derivation(&word[*at..]) => Verdict::Leave,
        [at] if dashes::is_glued(&word[..*at], &word[*at..]) => Verdict::Dash { at: *at },
        several => Verdict::Ambiguous {
            candidates: several
                .iter()
                .map(|&at| format!("{}\u{2014}{}", &word[..at], &word[at..]))
                .chain(std::iter::once(word.to_string()))
                .collect(),
            reason: "two words glued together, or one closed compound the dictionary lacks",
        },
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
    let mut suspect = |candidates: Vec<String>, reason: String| {
        outcome.suspects.push(RawSuspect {
            offset: token.start,
            text: word.to_string(),
            candidates,
            reason,
        })
    };
    match verdict {
        Verdict::Leave => {}
        Verdict::Letters {
            spelling,
            evidence,
            possessive,
        } => {
            let stem_len = if possessive {
                word.len() - 1
            } else {
                word.len()
            };
            if possessive && !apostrophes::possessive_context(word, next, gap) {
                suspect(
                    vec![format!("{spelling}{APOSTROPHE}s"), format!("{spelling}s")],
                    "possessive or plural of a lexicon name?".into(),
                );
                return;
            }
            outcome.proposals.push(Proposal {
                start: token.start,
                end: token.start + stem_len,
                replacement: spelling,
                rule: "letters.lexicon",
                class: Class::Letters,
                evidence,
            });
            if possessive {
                outcome.proposals.push(insert(
                    stem_len,
                    APOSTROPHE,
                    "apostrophe.possessive",
                    Class::Apostrophe,
                    "possessive of a lexicon name".into(),
                ));
            }
        }
        Verdict::Ambiguous { candidates, reason } => suspect(candidates, reason.into()),
        Verdict::Apostrophe { at, evidence } => {
            let restored = format!("{}{APOSTROPHE}{}", &word[..at], &word[at..]);
            if apostrophes::is_s_form(word, at) && !apostrophes::possessive_context(word, next, gap)
            {
                suspect(
                    vec![restored],
                    "a possessive, but nothing possessed follows".into(),
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
    }
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
