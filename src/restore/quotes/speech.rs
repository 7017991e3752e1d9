//! Speech that lost its quotation marks: the quotation a reporting verb and the punctuation
//! around it place, one resumed after its speaker, speech after a colon, in the first person
//! or after a capital that follows a comma.

use rustc_hash::FxHashSet;
use std::ops::Range;
use std::sync::OnceLock;

use super::glosses::is_foreign;
use super::terms::{DETERMINERS, OBJECTS};
use super::titles::is_title_noun;
use super::{placed, sentence_end, sentence_has_quotes, sentence_start, CLAUSE_WORDS};
use crate::restore::apostrophes::{dictionary_positions, is_s_form, is_verb_base};
use crate::restore::dictionary::Dictionary;
use crate::restore::possessives::is_past;
use crate::restore::possessives::is_verb_after_subject;
use crate::restore::tokens::{is_function_word, one_space_before, Token};
use crate::restore::{RawSuspect, Sign};

/// Verbs that introduce or close a quotation.
const REPORTING: &[&str] = &[
    "added",
    "announced",
    "answered",
    "argued",
    "asked",
    "chanted",
    "chanting",
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
    "shouting",
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
    "concludes",
    "continued",
    "ends",
    "explains",
    "grinned",
    "grumbled",
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
    "read",
    "reads",
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
    "written",
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

/// Whether `word` is one of [`REPORTING`]. Asked of every word of the text, so through a hash
/// set made once.
pub(in crate::restore) fn is_reporting_verb(word: &str) -> bool {
    static VERBS: OnceLock<FxHashSet<&str>> = OnceLock::new();
    VERBS
        .get_or_init(|| REPORTING.iter().copied().collect())
        .contains(word)
}

/// Whether `word` is one of [`REPORTING_WHEN_PLACED`] (as [`is_reporting_verb`]).
pub(super) fn is_placed_reporting_verb(word: &str) -> bool {
    static VERBS: OnceLock<FxHashSet<&str>> = OnceLock::new();
    VERBS
        .get_or_init(|| REPORTING_WHEN_PLACED.iter().copied().collect())
        .contains(word)
}

/// The candidates of a reporting verb listed alone: either mark, placed by the editor.
const QUOTES: &[&str] = &["\u{201C}", "\u{201D}"];

/// Whether `suspect` is a reporting verb listed alone by [`reported`] (its candidates the
/// bare marks), not a quotation placed.
pub(super) fn is_a_verb_listed_alone(suspect: &RawSuspect) -> bool {
    suspect
        .candidates
        .iter()
        .map(String::as_str)
        .eq(QUOTES.iter().copied())
}

/// The suspect for a reporting verb: the quotation placed when the punctuation around the
/// verb shows where it is, else (for a verb of [`REPORTING`], `listed_alone`) the verb alone,
/// unless it reports indirectly or is no verb of this sentence's speech.
pub(super) fn reported(
    text: &str,
    tokens: &[Token],
    i: usize,
    listed_alone: bool,
    dictionary: &Dictionary,
) -> Vec<RawSuspect> {
    let verb = &tokens[i];
    if let Some(span) = quotation_after(text, tokens, i) {
        let span = span.start..going_on(text, tokens, span.end, dictionary);
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
            .map(|(span, how)| {
                let span = span.start..going_on(text, tokens, span.end, dictionary);
                placed(text, span, &format!("{how} `{}`", verb.text))
            });
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
    if let Some(end) = circumstance_end(text, tokens, verb, last) {
        last = end;
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

/// Prepositions that open a phrase saying where, when or over what words were said (`told me
/// near the Rynek`, `explained over a plate of sausage`).
const CIRCUMSTANCE_PREPOSITIONS: &[&str] = &[
    "at", "behind", "beside", "by", "during", "from", "in", "inside", "near", "on", "outside",
    "over", "under", "with",
];

/// The most words of such a phrase after the preposition; a longer run is as likely the
/// narration going on in a clause of its own.
const CIRCUMSTANCE_WORDS: usize = 8;

/// `…, an elderly man explained over a plate of Debrecen sausage.`: the last word of a phrase
/// after the reporting clause's last word (`tokens[last]`) that a preposition opens and the
/// sentence's end closes, with no clause's word in it (`in a letter that…` goes on). Commas
/// may set off an apposition in it (`near the Rynek, the market square.`). Only after the
/// verb itself or a person it told (`me`): after another object the verb reports no speech
/// (`a small museum recalls the herders’ summers on the high pastures.`), nor does a passive
/// (`was added in the sixteenth century.`).
fn circumstance_end(text: &str, tokens: &[Token], verb: usize, last: usize) -> Option<usize> {
    let told = matches!(tokens[last].text, "her" | "him" | "me" | "them" | "us");
    let passive = verb.checked_sub(1).is_some_and(|p| {
        matches!(
            tokens[p].text,
            "are" | "be" | "been" | "is" | "was" | "were"
        )
    });
    if passive || (last != verb && !told) {
        return None;
    }
    let spaced_or_listed = |j: usize| {
        let gap = &text[tokens[j - 1].end()..tokens[j].start];
        gap == " " || gap == ", "
    };
    let opening = tokens.get(last + 1)?;
    if !one_space_before(text, tokens, last + 1)
        || !CIRCUMSTANCE_PREPOSITIONS.contains(&opening.text)
    {
        return None;
    }
    (last + 2..tokens.len().min(last + 2 + CIRCUMSTANCE_WORDS))
        .take_while(|&j| spaced_or_listed(j) && !CLAUSE_WORDS.contains(&tokens[j].text))
        .find(|&j| text[tokens[j].end()..].starts_with(['.', '!', '?']))
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
        if let Some(span) = resumed_after_a_comma(text, tokens, last, dictionary) {
            return Some((
                span,
                "it goes on after its reporting clause, interrupted by",
            ));
        }
        // `…, the keeper said, swinging open a door. They painted…`: a participle's phrase
        // ends the clause's sentence, and the quotation goes on in the next.
        let phrase_end = participle_phrase_end(text, tokens, last, ". ", dictionary)?;
        let span = resumed_in_the_next_sentence(text, tokens, phrase_end, dictionary)?;
        return Some((
            span,
            "it may go on in the sentence after its reporting clause with",
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
    let participle = tokens
        .get(last + 1)
        .is_some_and(|t| is_a_participle(t, dictionary));
    let end = if participle {
        participle_phrase_end(text, tokens, last, ", ", dictionary)?
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

/// Whether `token` is an -ing participle of six letters or more (`smiling`, `swinging`).
fn is_a_participle(token: &Token, dictionary: &Dictionary) -> bool {
    token.text.len() > 5 && token.text.ends_with("ing") && dictionary.contains_exact(token.text)
}

/// The last word of a participle's phrase right after the comma that ends a reporting clause
/// at `tokens[last]` (`said, smiling,`, `said, pouring me a second glass.`), when `closing`
/// follows it within [`PARTICIPLE_WORDS`] words.
fn participle_phrase_end(
    text: &str,
    tokens: &[Token],
    last: usize,
    closing: &str,
    dictionary: &Dictionary,
) -> Option<usize> {
    let participle = tokens.get(last + 1)?;
    if !is_a_participle(participle, dictionary) {
        return None;
    }
    (last + 1..tokens.len())
        .take(PARTICIPLE_WORDS)
        .take_while(|&j| j == last + 1 || one_space_before(text, tokens, j))
        .find(|&j| text[tokens[j].end()..].starts_with(closing))
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

/// The most sentences a quotation placed after its reporting verb goes on for to its
/// paragraph's end (`said, Everyone wants Tokaj. Let them. We’ll keep the good bottles here.`):
/// speech quoted at a paragraph's end closes with it, but more sentences than this are as
/// likely narration that does not say it is.
const GOING_ON_SENTENCES: usize = 3;

/// Where a quotation that closes a sentence at `end` closes: at the end of its paragraph,
/// when every sentence from `end` to there, [`GOING_ON_SENTENCES`] at most, reads as speech
/// ([`reads_as_speech`]); else at `end`, as the punctuation shows nothing more.
fn going_on(text: &str, tokens: &[Token], end: usize, dictionary: &Dictionary) -> usize {
    let mut at = end;
    for _ in 0..=GOING_ON_SENTENCES {
        let start = at + text[at..].len() - text[at..].trim_start_matches(' ').len();
        if start == text.len() || text[start..].starts_with(['\n', '\r']) {
            return at;
        }
        let stop = sentence_end(text, start);
        let first = tokens.partition_point(|t| t.start < start);
        let words = &tokens[first..tokens.partition_point(|t| t.start < stop)];
        if !text[..stop].ends_with(['.', '!', '?']) || !reads_as_speech(words, dictionary) {
            return end;
        }
        at = stop;
    }
    end
}

/// Whether a sentence's words read as speech going on rather than narration: a word said to
/// someone or for several (`you`, `we`, `us`), or a contraction that lost its apostrophe
/// (`arent`, `hes`; not `well` or `were`, words as they stand), and no reporting verb. A
/// travel writer's narration says "I" and "me" too (`I suspect he was joking`), and is in
/// the present as often as speech is.
fn reads_as_speech(words: &[Token], dictionary: &Dictionary) -> bool {
    const ADDRESSED: &[&str] = &["We", "You", "Your", "our", "us", "we", "you", "your"];
    let contracted = |t: &Token| {
        !dictionary.contains(t.text)
            && dictionary_positions(t.text, dictionary)
                .into_iter()
                .any(|at| !is_s_form(t.text, at))
    };
    let spoken = words
        .iter()
        .any(|t| ADDRESSED.contains(&t.text) || contracted(t));
    let reports = words
        .iter()
        .any(|t| is_reporting_verb(t.text) || is_placed_reporting_verb(t.text));
    // `He wasnt exaggerating.`, `She was too polite to…`: the narrator's comment on what was
    // said.
    let past = |t: &Token| {
        matches!(t.text, "was" | "were" | "had" | "did")
            || ["wasn", "weren", "hadn", "didn"]
                .iter()
                .any(|p| t.text.starts_with(p))
            || is_past(t.text, dictionary)
    };
    let commented = words
        .first()
        .is_some_and(|t| matches!(t.text, "He" | "She" | "They"))
        && words.iter().any(past);
    spoken && !reports && !commented
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
/// ended a quotation inside a sentence, unless a suspect already placed it. So one followed
/// by a comma or a semicolon (`chanted Hall az rulkra!, Death to the traitors`, `sharper:
/// Vrem pine!, We want bread!, and`), or by a full stop (`and later Russians go home!.`):
/// English prose puts a comma or a full stop after "!" or "?" only where a closing mark
/// stood between them (all 18 commas in the trial texts, the development essays and a blind
/// set; none of either in the `fortunes` set without one). That quotation starts where
/// [`start_before_its_mark`] finds it.
pub(super) fn exclamations_inside_sentences(text: &str, found: &[RawSuspect]) -> Vec<RawSuspect> {
    let listed: FxHashSet<usize> = found.iter().map(|s| s.offset).collect();
    let mut out = Vec::new();
    for (at, _) in text.match_indices(['!', '?']) {
        let after = &text[at + 1..];
        let lower_follows = after
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_lowercase()));
        let mark_follows = after.starts_with([',', ';']) || is_a_full_stop(after);
        let start = if mark_follows {
            start_before_its_mark(text, at)
        } else {
            sentence_start(text, at)
        };
        let already = listed.contains(&start);
        if (lower_follows || mark_follows)
            && start < at
            && !already
            && !sentence_has_quotes(text, at)
        {
            out.push(placed(
                text,
                start..at + 1,
                "an exclamation or question inside a sentence",
            ));
        }
    }
    out
}

/// Whether `after` an exclamation or a question opens with a full stop (`go home!.`), not an
/// ellipsis: English ends no sentence with both but for a closing mark between them.
fn is_a_full_stop(after: &str) -> bool {
    after.starts_with('.') && !after.starts_with("..")
}

/// Where a quotation that ends at `at`, before a comma or a full stop, starts: after the last
/// colon or comma of its sentence before it (`sharper: Vrem pine!`, `, We want bread!`), or at the
/// sentence's start; and from there at its first capitalised word, if it has one (`and
/// later Russians go home!`: the words before it are the writer's).
fn start_before_its_mark(text: &str, at: usize) -> usize {
    let sentence = sentence_start(text, at);
    let start = text[sentence..at]
        .rfind([':', ','])
        .map_or(sentence, |i| sentence + i + 1);
    let words = &text[start..at];
    let capital = words
        .char_indices()
        .find(|&(i, c)| c.is_uppercase() && (i == 0 || words[..i].ends_with(' ')));
    match capital {
        Some((i, _)) => start + i,
        None => start + words.len() - words.trim_start().len(),
    }
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
pub(super) fn quotations_after_colons(
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
        if lists_names(&text[first.start..end]) {
            continue;
        }
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

/// `seven villages: Bara, erhov, ernochov, Mal Ta and Viniky.`: three items or more between
/// commas (the last after "and" or "or"), of three words at most, two in three of them
/// beginning with a capital (a name that lost its first letter lost its capital): a list of
/// names, whatever their language, not a quotation.
fn lists_names(sentence: &str) -> bool {
    const MOST_WORDS: usize = 3;
    let body = sentence.trim_end_matches(['.', '!', '?', ';']);
    let items: Vec<&str> = body
        .split(", ")
        .flat_map(|item| item.split(" and ").flat_map(|part| part.split(" or ")))
        .collect();
    let short = items
        .iter()
        .all(|item| item.split(' ').count() <= MOST_WORDS);
    let capitalised = items
        .iter()
        .filter(|item| item.starts_with(char::is_uppercase))
        .count();
    items.len() >= 3 && short && 3 * capitalised >= 2 * items.len()
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
/// imperative opening them ([`an_imperative`]), or a contraction opening them
/// ([`a_contraction`]), after at least [`CLAUSE_BEFORE_A_COLON`] words that introduce them,
/// not all in capitals.
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
    let contracted = a_contraction(&tokens[first], dictionary);
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
    let opens_speech = contracted || common && (spoken() || imperative());
    opens_speech && introducing.len() >= CLAUSE_BEFORE_A_COLON
}

/// `with a grin: Theyve lasted…`: whether a capitalised word after a colon is a contraction
/// of a pronoun or an auxiliary (its apostrophe lost or not), not a possessive's `s`: the
/// register of speech, which opens a sentence after a colon only when quoted.
fn a_contraction(token: &Token, dictionary: &Dictionary) -> bool {
    let word = token.text;
    let kept = token.after == Some('\u{2019}') || token.after == Some('\'');
    let lost = dictionary_positions(word, dictionary)
        .into_iter()
        .any(|at| !is_s_form(word, at));
    token.is_capitalised() && (lost || kept && is_function_word(word))
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
pub(super) fn speech_in_the_first_person(
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

/// `she was heard to sing, Some day…`, `In the words of Brandeis, Men feared…`: a capitalised
/// common word right after a comma inside a sentence, the sentence going on in lower case,
/// opens a quotation (or a title) more often than anything else does; from it to the
/// sentence's end. Not a name (the dictionary lists it capitalised, or a capitalised word
/// follows: `…, New York`), nor a word alone (`…, Sir.`), in capitals or a lost "I'm", nor
/// after a reporting verb or a title noun, whose own rules place what follows them.
pub(super) fn capitals_after_commas(
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
pub(super) fn attributed_by_any_verb(
    text: &str,
    tokens: &[Token],
    found: &[RawSuspect],
) -> Vec<RawSuspect> {
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
