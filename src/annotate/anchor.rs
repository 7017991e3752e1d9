//! Anchoring by quotation (the W3C Web Annotation TextQuoteSelector): exact matches of the
//! normalised quote, narrowed by prefix, suffix and occurrence; when nothing matches, the
//! nearest approximate match by edit distance, to suggest to the editor.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use super::approximate;
use super::index::{normalize, TextIndex};
use super::schema::Selector;

/// The outcome of looking for a quote.
#[derive(Debug, PartialEq)]
pub enum Anchoring {
    /// Exactly one place: a byte range of the normalised text.
    Found(std::ops::Range<usize>),
    /// Several places fit; their starts.
    Ambiguous(Vec<usize>),
    /// `occurrence` asks for a match that does not exist.
    NoSuchOccurrence { wanted: usize, found: usize },
    /// Nothing fits; what the nearest text is, if it was looked for and is close enough.
    NotFound(Suggestion),
}

#[derive(Debug, PartialEq)]
pub struct Approximate {
    pub range: std::ops::Range<usize>,
    pub edits: usize,
}

/// Where each quote of a batch occurs in the normalised text, found in one pass with an
/// Aho–Corasick automaton: one scan of the text for all notes, where a search per note made
/// anchoring two thirds of `folio check` on a 1 MB manuscript with 1,000 notes.
pub struct Occurrences {
    starts: HashMap<String, Vec<usize>>,
    /// Set when the quotes matched more than `MAX_MATCHES` times in all and the scan stopped:
    /// the quote (normalised) with the most matches by then.
    pub overflow: Option<String>,
}

/// The most matches of all quotes together that anchoring looks at. Quotes that occur
/// within one another ("a", "aa", "aaa", … over a text of a's) match about (quotes × text
/// length) times, which on a large manuscript is billions; real quotes match a few times each,
/// and even a thousand quotes of one common word stay far below this.
const MAX_MATCHES: usize = 10_000_000;

/// The automaton for a text of `len` bytes: on a short text a contiguous NFA, whose search is
/// slower but which is built at once, rather than the DFA the builder picks (measured in
/// instructions: this edition's 57 quotes over 60 KB, 8.5 M with the DFA, 2 M with the NFA;
/// 1,000 quotes over 1 MB, 30 M with the DFA, 46 M with the NFA).
fn automaton_kind(len: usize) -> Option<AhoCorasickKind> {
    const SHORT_TEXT: usize = 256 * 1024;
    (len < SHORT_TEXT).then_some(AhoCorasickKind::ContiguousNFA)
}

impl Occurrences {
    pub fn find<'q>(index: &TextIndex, quotes: impl IntoIterator<Item = &'q str>) -> Occurrences {
        let mut patterns: Vec<String> = quotes
            .into_iter()
            .map(normalize)
            .filter(|q| !q.is_empty())
            .collect();
        patterns.sort();
        patterns.dedup();
        let mut starts = vec![Vec::new(); patterns.len()];
        let mut overflow = None;
        let automaton = AhoCorasick::builder()
            .kind(automaton_kind(index.text.len()))
            .build(&patterns);
        match automaton {
            Ok(automaton) => {
                // Per quote, the leftmost non-overlapping matches, as `str::match_indices` gives.
                let mut last_end = vec![0; patterns.len()];
                let matches = automaton.find_overlapping_iter(&index.text);
                for (seen, m) in matches.enumerate() {
                    if seen == MAX_MATCHES {
                        overflow = (0..patterns.len()).max_by_key(|&p| starts[p].len());
                        break;
                    }
                    let p = m.pattern().as_usize();
                    if m.start() >= last_end[p] {
                        starts[p].push(m.start());
                        last_end[p] = m.end();
                    }
                }
            }
            // Only absurdly large pattern sets fail to build: search one quote at a time.
            Err(_) => {
                for (p, quote) in patterns.iter().enumerate() {
                    starts[p] = index
                        .text
                        .match_indices(quote.as_str())
                        .map(|(i, _)| i)
                        .collect();
                }
            }
        }
        let overflow = overflow.map(|p| patterns[p].clone());
        Occurrences {
            starts: patterns.into_iter().zip(starts).collect(),
            overflow,
        }
    }

    fn of(&self, normalized_quote: &str) -> &[usize] {
        self.starts.get(normalized_quote).map_or(&[], Vec::as_slice)
    }
}

/// Finds the one place `quote` (with `selector`) attaches to.
pub fn find(index: &TextIndex, quote: &str, selector: &Selector) -> Anchoring {
    find_in(
        index,
        &Occurrences::find(index, [quote]),
        quote,
        selector,
        &mut SearchBudget::default(),
    )
}

/// Like `find`, with the quote's occurrences already found (see `Occurrences`) and the
/// approximate search, when nothing matches, within `budget`.
pub fn find_in(
    index: &TextIndex,
    occurrences: &Occurrences,
    quote: &str,
    selector: &Selector,
    budget: &mut SearchBudget,
) -> Anchoring {
    let quote = normalize(quote);
    if quote.is_empty() {
        return Anchoring::NotFound(Suggestion::NoneClose);
    }
    let prefix = selector
        .prefix
        .as_deref()
        .map(normalize)
        .filter(|p| !p.is_empty());
    let suffix = selector
        .suffix
        .as_deref()
        .map(normalize)
        .filter(|s| !s.is_empty());
    let matches: Vec<usize> = occurrences
        .of(&quote)
        .iter()
        .copied()
        .filter(|&i| prefix.as_deref().is_none_or(|p| index.preceded_by(i, p)))
        .filter(|&i| {
            suffix
                .as_deref()
                .is_none_or(|s| index.followed_by(i + quote.len(), s))
        })
        .collect();
    let range = |start: usize| start..start + quote.len();
    match (
        selector.occurrence.as_ref().map(|o| *o.get_ref()),
        matches.as_slice(),
    ) {
        (Some(n), found) if n >= 1 && n <= found.len() => Anchoring::Found(range(found[n - 1])),
        (Some(n), found) if !found.is_empty() => Anchoring::NoSuchOccurrence {
            wanted: n,
            found: found.len(),
        },
        (_, []) => Anchoring::NotFound(suggest(index, &quote, budget)),
        (None, [one]) => Anchoring::Found(range(*one)),
        (_, many) => Anchoring::Ambiguous(many.to_vec()),
    }
}

/// The substring of the text closest to `quote` by edit distance (free start and end in the
/// text), if at most 40 % of the quote differs; `None` also for a quote too long to search
/// (see `approximate::MAX_QUOTE_CHARS`).
pub fn nearest(index: &TextIndex, quote: &str) -> Option<Approximate> {
    let pattern: Vec<char> = quote.chars().collect();
    if pattern.is_empty() || pattern.len() > approximate::MAX_QUOTE_CHARS {
        return None;
    }
    // Beyond 40 % of the quote changed, a "suggestion" is more confusing than helpful.
    let limit = (pattern.len() * 2).div_ceil(5);
    let found = approximate::search(&index.text, &pattern, limit)?;
    let range = snap_to_words(&index.text, found.range);
    let edits = crate::text::levenshtein(&pattern, &index.text[range.clone()]);
    Some(Approximate { range, edits })
}

/// How much approximate searching one run may do (see `approximate::cost`): 100 million
/// characters searched for a quote of up to 64, under a second in a release build (a hundred
/// quotes not found in a 1 MB manuscript). Each quote not found costs a pass over the text, so
/// a thousand of them on a large manuscript took minutes; beyond the budget they are reported
/// without a suggestion.
pub struct SearchBudget {
    remaining: u64,
}

impl Default for SearchBudget {
    fn default() -> Self {
        SearchBudget::new(100_000_000)
    }
}

impl SearchBudget {
    pub fn new(operations: u64) -> Self {
        SearchBudget {
            remaining: operations,
        }
    }

    /// Takes what a search of `quote` costs, if that much is left.
    fn take(&mut self, index: &TextIndex, quote_chars: usize) -> bool {
        let cost = approximate::cost(&index.text, quote_chars);
        let affordable = cost <= self.remaining;
        if affordable {
            self.remaining -= cost;
        }
        affordable
    }
}

/// What can be said about a quote that matches nowhere.
#[derive(Debug, PartialEq)]
pub enum Suggestion {
    /// The nearest text.
    Near(Approximate),
    /// Nothing within 40 % of the quote.
    NoneClose,
    /// Not searched: the quote is longer than `approximate::MAX_QUOTE_CHARS`.
    QuoteTooLong,
    /// Not searched: the run's `SearchBudget` is spent.
    BudgetSpent,
}

/// The suggestion for a quote (normalised) that matches nowhere, within `budget`.
fn suggest(index: &TextIndex, quote: &str, budget: &mut SearchBudget) -> Suggestion {
    let chars = quote.chars().count();
    if chars > approximate::MAX_QUOTE_CHARS {
        Suggestion::QuoteTooLong
    } else if !budget.take(index, chars) {
        Suggestion::BudgetSpent
    } else {
        nearest(index, quote).map_or(Suggestion::NoneClose, Suggestion::Near)
    }
}

/// A suggestion should be whole words: drop a partial word at the start ("er, Gerő" becomes
/// "Gerő") and complete one cut at the end.
fn snap_to_words(text: &str, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let mut start = range.start;
    let mut end = range.end;
    let inside_word = |at: usize| {
        text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            && text[at..].chars().next().is_some_and(char::is_alphanumeric)
    };
    if inside_word(start) {
        if let Some(space) = text[start..end].find(|c: char| !c.is_alphanumeric()) {
            start += space;
            start += text[start..end].len()
                - text[start..end]
                    .trim_start_matches(|c: char| !c.is_alphanumeric())
                    .len();
        }
    }
    while inside_word(end) {
        end += text[end..].chars().next().map_or(0, char::len_utf8);
    }
    if start >= end {
        range
    } else {
        start..end
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Diagnostics, FileId};

    fn index(text: &str) -> TextIndex {
        let mut diags = Diagnostics::default();
        TextIndex::new(&crate::manuscript::parse(text, FileId(0), &mut diags))
    }

    fn selector(prefix: Option<&str>, suffix: Option<&str>) -> Selector {
        Selector {
            prefix: prefix.map(str::to_string),
            suffix: suffix.map(str::to_string),
            occurrence: None,
        }
    }

    #[test]
    fn exact_match_ignores_typography() {
        let idx = index("The “workers’ councils” rose.\n");
        assert!(matches!(
            find(&idx, "\"workers' councils\"", &selector(None, None)),
            Anchoring::Found(_)
        ));
    }

    #[test]
    fn repeats_are_ambiguous_until_context_decides() {
        let idx = index("Nagy spoke. Then Nagy fell.\n");
        assert!(
            matches!(find(&idx, "Nagy", &selector(None, None)), Anchoring::Ambiguous(v) if v.len() == 2)
        );
        let Anchoring::Found(r) = find(&idx, "Nagy", &selector(Some("Then"), None)) else {
            panic!()
        };
        assert_eq!(&idx.text[r.start - 5..r.end], "Then Nagy");
        assert!(
            matches!(find(&idx, "Nagy", &selector(None, Some("spoke"))), Anchoring::Found(r) if r.start == 0)
        );
    }

    #[test]
    fn a_changed_quote_suggests_the_nearest_text() {
        let idx = index("He was replaced with Ernő Gerő in July.\n");
        let Anchoring::NotFound(Suggestion::Near(near)) =
            find(&idx, "Erno Gero", &selector(None, None))
        else {
            panic!()
        };
        assert_eq!(&idx.text[near.range.clone()], "Ernő Gerő");
        assert_eq!(near.edits, 2);
        assert_eq!(
            find(&idx, "completely different words", &selector(None, None)),
            Anchoring::NotFound(Suggestion::NoneClose)
        );
    }

    #[test]
    fn long_quotes_and_a_spent_budget_are_not_searched() {
        let idx = index("He was replaced with Ernő Gerő in July.\n");
        let occurrences = Occurrences::find(&idx, []);
        let long = "Erno Gero ".repeat(200);
        assert_eq!(
            find(&idx, &long, &selector(None, None)),
            Anchoring::NotFound(Suggestion::QuoteTooLong)
        );
        // Room for exactly one search of a short quote in this text.
        let mut budget = SearchBudget::new(approximate::cost(&idx.text, 9));
        let mut search = || {
            find_in(
                &idx,
                &occurrences,
                "Erno Gero",
                &selector(None, None),
                &mut budget,
            )
        };
        assert!(matches!(search(), Anchoring::NotFound(Suggestion::Near(_))));
        assert_eq!(search(), Anchoring::NotFound(Suggestion::BudgetSpent));
    }
}
