//! What the evaluation (restore-eval) and the development set (restore-eval-dev) count the
//! same way: the runs of characters deletion took, their classes, and whether the suspects
//! lead an editor to lost quotation marks or only raise false alarms.

// Each example uses part of what is here.
#![allow(dead_code)]

use folio::restore::{Restored, Suspect};

/// The class of an inserted run of characters, as the report names it.
pub fn class_of(run: &str) -> &'static str {
    if run.chars().any(char::is_alphabetic) {
        "letters"
    } else if run.contains(['\u{2014}', '\u{2013}']) {
        "dash"
    } else if run.contains('\u{2026}') {
        "ellipsis"
    } else if run.contains(['\u{201C}', '\u{201D}', '\u{2018}']) {
        "quotation"
    } else if run.contains(['\u{2019}', '\'']) {
        "apostrophe"
    } else {
        "other"
    }
}

/// A run of characters deletion took from a clean text: where it stood in the damaged text
/// and where it begins in the clean one (byte offsets), what it was, and its class.
pub struct Lost {
    pub at: usize,
    pub clean_at: usize,
    pub run: String,
    pub class: &'static str,
}

/// The runs deletion took from `clean` to leave `damaged` (its ASCII characters), with their
/// classes. A lone right single quotation mark that closes a quotation opened by a left one
/// (‘…’) is a quotation mark, as its opening is: U+2019 is both that and the apostrophe, and
/// counting it as an apostrophe had asked restore to put back, as a lost apostrophe, the end
/// of a quotation inside a quotation ("When we sing ‘Le vkup, le vkup,’ the children…").
pub fn lost(damaged: &str, clean: &str) -> Vec<Lost> {
    let closing = closing_single_quotes(clean);
    // Deletion keeps the ASCII bytes in order: the damaged text's byte `at` is clean's
    // `kept[at]`, and a run taken before it ends there.
    let kept: Vec<usize> = (clean.char_indices())
        .filter(|(_, c)| c.is_ascii())
        .map(|(i, _)| i)
        .collect();
    let runs = insertions(damaged, clean, |c| !c.is_ascii());
    runs.into_iter()
        .map(|(at, run)| {
            let clean_at = kept.get(at).copied().unwrap_or(clean.len()) - run.len();
            let closes = run == "\u{2019}" && closing.binary_search(&clean_at).is_ok();
            let class = if closes { "quotation" } else { class_of(&run) };
            Lost {
                at,
                clean_at,
                run,
                class,
            }
        })
        .collect()
}

/// The byte offsets of the right single quotation marks in `clean` that close a quotation: for
/// each left one, the last right one after it that is not inside a word (between two letters
/// or digits, as in "it’s" within the quotation), before the next left single or any double
/// quotation mark, or the paragraph's end. The last, as a plural possessive may come first
/// ("‘the workers’ councils’"). In order, as each closes before the next opens.
fn closing_single_quotes(clean: &str) -> Vec<usize> {
    let chars: Vec<(usize, char)> = clean.char_indices().collect();
    let inside_a_word = |i: usize| {
        let alphanumeric = |j: Option<&(usize, char)>| j.is_some_and(|(_, c)| c.is_alphanumeric());
        i > 0 && alphanumeric(chars.get(i - 1)) && alphanumeric(chars.get(i + 1))
    };
    let mut closing = Vec::new();
    for (open, _) in chars
        .iter()
        .enumerate()
        .filter(|(_, (_, c))| *c == '\u{2018}')
    {
        let quotation = (open + 1..chars.len())
            .take_while(|&i| !matches!(chars[i].1, '\u{2018}' | '\u{201C}' | '\u{201D}' | '\n'));
        let last = quotation
            .filter(|&i| chars[i].1 == '\u{2019}' && !inside_a_word(i))
            .last();
        closing.extend(last.map(|i| chars[i].0));
    }
    closing
}

/// The runs `long` inserts into `short` (a subsequence of it), as (byte offset in `short`,
/// run). `inserted` tells which characters can be insertions: they never occur in `short`.
pub fn insertions(
    short: &str,
    long: &str,
    inserted: impl Fn(char) -> bool,
) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut at = 0;
    let mut short_chars = short.chars().peekable();
    let mut last: Option<usize> = None;
    for c in long.chars() {
        if short_chars.peek() == Some(&c) && !inserted(c) {
            short_chars.next();
            at += c.len_utf8();
            last = None;
        } else if last == Some(at) {
            out.last_mut().unwrap().1.push(c);
        } else {
            out.push((at, c.to_string()));
            last = Some(at);
        }
    }
    out
}

/// The byte offset of a 1-based line and character column.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line - 1)
        .map(str::len)
        .sum();
    start
        + text[start..]
            .chars()
            .take(column - 1)
            .map(char::len_utf8)
            .sum::<usize>()
}

/// The sentence a lost mark at `at` belonged to: a closing mark right after a full stop ends
/// the sentence before it.
pub fn sentence_around(text: &str, at: usize) -> (usize, usize) {
    let before = text[..at].trim_end_matches(['.', '!', '?', ',']);
    let start = before.rfind(['.', '!', '?', '\n']).map_or(0, |i| i + 1);
    let end = text[at..]
        .find(['.', '!', '?', '\n'])
        .map_or(text.len(), |i| at + i);
    (start, end.max(at))
}

/// The suspects' spans in the damaged text. A suspect reads as the output does (with its
/// repairs); the damaged text has only its ASCII characters.
fn suspect_spans(damaged: &str, restored: &Restored) -> Vec<(usize, usize)> {
    restored
        .suspects
        .iter()
        .map(|s| {
            let start = offset_of(damaged, s.line, s.column);
            (start, start + s.text.chars().filter(char::is_ascii).count())
        })
        .collect()
}

/// Lost quotation marks: how many have a suspect in their sentence (the measure), and
/// how many a suspect places exactly (its text starts or ends where the mark was).
#[derive(Default)]
pub struct Quotations {
    pub lost: usize,
    pub listed: usize,
    /// Of those listed, how many by a suspect offering a quotation mark (one about a name in
    /// the same sentence lists it too, by the measure, without saying a mark is lost).
    pub by_a_quotation_suspect: usize,
    pub placed: usize,
    /// The sentences of the lost marks no suspect offering a quotation mark reached, as
    /// damaged.
    pub missed: Vec<String>,
}

impl Quotations {
    pub fn count(&mut self, damaged: &str, truth: &[Lost], restored: &Restored) {
        let spans = suspect_spans(damaged, restored);
        let offers_a_quotation_mark = |suspect: &Suspect| {
            (suspect.candidates.iter()).any(|c| c.contains(['\u{201C}', '\u{201D}']))
        };
        for at in truth
            .iter()
            .filter(|l| l.class == "quotation")
            .map(|l| l.at)
        {
            let sentence = sentence_around(damaged, at);
            self.lost += 1;
            let in_sentence = |&(s, e): &(usize, usize)| s <= sentence.1 && e >= sentence.0;
            let quotation_suspect = (restored.suspects.iter().zip(&spans))
                .any(|(suspect, span)| in_sentence(span) && offers_a_quotation_mark(suspect));
            if quotation_suspect {
                self.by_a_quotation_suspect += 1;
            } else {
                self.missed
                    .push(damaged[sentence.0..sentence.1].trim().to_string());
            }
            if spans.iter().any(in_sentence) {
                self.listed += 1;
            }
            if spans.iter().any(|&(s, e)| s == at || e == at) {
                self.placed += 1;
            }
        }
    }
}

/// Suspects of a lost mark (a quotation mark, an ellipsis or a dash: a candidate has one)
/// and how many of them were raised where no mark was lost: none in the sentences the suspect
/// touches. What an editor reads for nothing, per 1000 words of text.
#[derive(Default)]
pub struct FalseAlarms {
    pub words: usize,
    pub mark_suspects: usize,
    pub false_alarms: usize,
}

impl FalseAlarms {
    pub fn count(&mut self, damaged: &str, truth: &[Lost], restored: &Restored) {
        self.words += damaged.split_whitespace().count();
        let lost_marks: Vec<usize> = truth
            .iter()
            .filter(|l| matches!(l.class, "quotation" | "ellipsis" | "dash"))
            .map(|l| l.at)
            .collect();
        let spans = suspect_spans(damaged, restored);
        for (suspect, &(start, end)) in restored.suspects.iter().zip(&spans) {
            if !suspect.candidates.iter().any(|c| is_mark_candidate(c)) {
                continue;
            }
            self.mark_suspects += 1;
            let first = sentence_around(damaged, start).0;
            let last = sentence_around(damaged, end).1;
            if !lost_marks.iter().any(|&at| first <= at && at <= last) {
                self.false_alarms += 1;
            }
        }
    }

    /// The counts as a sentence.
    pub fn sentence(&self) -> String {
        let per_thousand = |n: usize| 1000.0 * n as f64 / self.words.max(1) as f64;
        format!(
            "suspects of a lost quotation mark, ellipsis or dash: {} ({:.1} per 1000 words), \
             of which {} where no such mark was lost in their sentence ({:.1} per 1000 words)",
            self.mark_suspects,
            per_thousand(self.mark_suspects),
            self.false_alarms,
            per_thousand(self.false_alarms)
        )
    }
}

fn is_mark_candidate(candidate: &str) -> bool {
    candidate.contains(['\u{201C}', '\u{201D}', '\u{2026}', '\u{2014}', '\u{2013}'])
}

/// Both counts of the suspects for lost marks, over several texts.
#[derive(Default)]
pub struct Marks {
    pub quotations: Quotations,
    pub alarms: FalseAlarms,
}

impl Marks {
    /// Counts one text: `truth` are the runs deletion took from it (offsets in `damaged`).
    pub fn count(&mut self, damaged: &str, truth: &[Lost], restored: &Restored) {
        self.quotations.count(damaged, truth, restored);
        self.alarms.count(damaged, truth, restored);
    }

    /// Adds another text's (or set's) counts.
    pub fn add(&mut self, other: &Marks) {
        let (q, o) = (&mut self.quotations, &other.quotations);
        q.lost += o.lost;
        q.listed += o.listed;
        q.by_a_quotation_suspect += o.by_a_quotation_suspect;
        q.placed += o.placed;
        q.missed.extend(o.missed.iter().cloned());
        let (a, o) = (&mut self.alarms, &other.alarms);
        a.words += o.words;
        a.mark_suspects += o.mark_suspects;
        a.false_alarms += o.false_alarms;
    }
}
