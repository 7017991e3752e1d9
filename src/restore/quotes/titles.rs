//! Titles that lost their quotation marks: after a work's noun ("paper", "book"), opened
//! by "The" inside a sentence, in another language after its owner, or before its original
//! and its year.

use rustc_hash::FxHashSet;
use std::ops::Range;
use std::sync::OnceLock;

use super::{
    after_a_capital, is_a_common_word_capitalised, placed, sentence_has_quotes, sentence_start,
    word_before, ARTICLES, CLAUSE_WORDS,
};
use crate::restore::dictionary::Dictionary;
use crate::restore::possessives::is_verb_after_subject;
use crate::restore::tokens::{
    is_function_word, one_space_before, opens_a_sentence, Token, POSSESSIVE_DETERMINERS,
    TITLE_LOWER_CASE_WORDS,
};
use crate::restore::RawSuspect;

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
    "exhibition",
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

/// Small words a title keeps in lower case between its capitalised ones, after a work noun:
/// there a preposition more likely ends the title than continues it ("the paper Nepszava in
/// the Story of the Year"), while a title that ends at brackets or a comma may have them all
/// ([`TITLE_LOWER_CASE_WORDS`]).
const TITLE_SMALL_WORDS: &[&str] = &["a", "an", "and", "of", "the"];

/// Title nouns that, capitalised, are a title's first word rather than the noun before it
/// (`the Daily Worker`).
const TITLE_OPENERS: &[&str] = &["daily", "weekly"];

/// Whether `word` is one of [`TITLE_NOUNS`], in any case (as
/// [`is_reporting_verb`](super::speech::is_reporting_verb)), but for a capitalised one of
/// [`TITLE_OPENERS`].
pub(super) fn is_title_noun(word: &str) -> bool {
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

/// Whether `tokens[i]` is the "as" of "published as", after which a book's title follows as
/// after its noun (`later published as Orbis Pictus`), or of "published in English as" (in
/// a language, or in translation: `published in English as KOR: A History`). Not "released
/// as", which names a product's version as often as a work (`released as Debian 1.1`).
pub(super) fn published_as(text: &str, tokens: &[Token], i: usize) -> bool {
    const PUBLISHING: &[&str] = &["published", "republished"];
    let published = |v: usize| PUBLISHING.contains(&tokens[v].text);
    let in_a_language = |v: usize| {
        v >= 2
            && (tokens[v].is_capitalised() || tokens[v].text == "translation")
            && tokens[v - 1].text == "in"
            && one_space_before(text, tokens, v)
            && one_space_before(text, tokens, v - 1)
            && published(v - 2)
    };
    tokens[i].text == "as"
        && i.checked_sub(1).is_some_and(|v| {
            one_space_before(text, tokens, i) && (published(v) || in_a_language(v))
        })
}

/// `had written an Open Letter to the Party`, `sent a Message to the Working People of
/// Eastern Europe`: a capitalised run inside a sentence in which a common English word
/// capitalised comes right before "to" and a capital (after "the", perhaps) right after it:
/// the title of an address, a letter or a journey, which the trial texts quoted 7 times in
/// 13 (the others titles too, set without marks, or a heading: "Visit to Toplița").
/// Places and periods joined by "to" ("from Sopron to Debrecen", "Gothic to Baroque") have
/// names before it, not common words. Returns the run.
pub(super) fn title_of_an_address(
    text: &str,
    tokens: &[Token],
    to: usize,
    dictionary: &Dictionary,
) -> Option<Range<usize>> {
    /// Lower-case words inside such a title ("Message to the Working People of Eastern
    /// Europe").
    const SMALL: &[&str] = &["and", "of", "the"];
    let spaced = |j: usize| one_space_before(text, tokens, j);
    let capital = |j: usize| tokens.get(j).is_some_and(Token::is_capitalised);
    if tokens[to].text != "to" || to == 0 || !spaced(to) || !spaced(to + 1) {
        return None;
    }
    let noun = &tokens[to - 1];
    let after = if tokens.get(to + 1)?.text == "the" && spaced(to + 2) {
        to + 2
    } else {
        to + 1
    };
    // A gerund before "to" ("Warning: Listening to WXRT") begins a clause as often.
    let common_noun =
        is_a_common_word_capitalised(noun.text, dictionary) && !noun.text.ends_with("ing");
    if !capital(to - 1) || !common_noun || !capital(after) {
        return None;
    }
    let mut first = to - 1;
    while first > 0 && spaced(first) && capital(first - 1) {
        first -= 1;
    }
    if opens_a_sentence(text, tokens, first)
        || sentence_has_quotes(text, tokens[first].start)
        || in_a_heading(text, tokens[first].start)
    {
        return None;
    }
    let mut last = after;
    loop {
        let small = tokens
            .get(last + 1)
            .is_some_and(|t| SMALL.contains(&t.text))
            && spaced(last + 1)
            && spaced(last + 2)
            && capital(last + 2);
        if small {
            last += 2;
        } else if spaced(last + 1) && capital(last + 1) {
            last += 1;
        } else {
            break;
        }
    }
    Some(tokens[first].start..tokens[last].end())
}

/// Whether the line holding `offset` is a heading: it ends with no punctuation ("Rafts,
/// Relics and Warm Water: A Visit to Toplița"), where a title's capitals are the heading's.
fn in_a_heading(text: &str, offset: usize) -> bool {
    let end = text[offset..]
        .find('\n')
        .map_or(text.len(), |at| offset + at);
    !text[..end]
        .trim_end()
        .ends_with(['.', '!', '?', ':', ';', ')', '"', '\u{201D}'])
}

/// Whether `tokens[i]` is the article or possessive after "published", before which a
/// capitalised run is the work's title (`published the May Declaration`, `published his
/// Dissertatio`): in the trial texts all three such were quoted. Right after "published" a
/// capital is as often its author or its place ("published Kafka", "published in Prague").
pub(super) fn published_with_its_article(text: &str, tokens: &[Token], i: usize) -> bool {
    const DETERMINERS: &[&str] = &["a", "an", "her", "his", "its", "the", "their"];
    DETERMINERS.contains(&tokens[i].text)
        && one_space_before(text, tokens, i)
        && i.checked_sub(1)
            .is_some_and(|v| matches!(tokens[v].text, "published" | "republished"))
}

/// Nouns of works whose title follows them when someone owns the work (`Cankars story
/// Kurent`, `its ballad Gyngyhaj lny`) or a date or medium makes it one (`the 1970s series
/// Janosik`), and as often a name or a subject otherwise (`the story Havel told`).
pub(super) const OWNED_WORK_NOUNS: &[&str] = &[
    "ballad", "ballet", "hit", "painting", "play", "poster", "series", "sonnet", "story",
    "symphony",
];

/// A title after a word like "paper" or "manifesto" (and a comma): capitalised words, with
/// lower-case small words between them.
pub(super) fn title_after(text: &str, tokens: &[Token], noun: usize) -> Option<Range<usize>> {
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

/// The most words of what qualifies a title noun before the title in apposition (`newspaper
/// for workers, Robotnik,`): a phrase of its own, not a clause.
const QUALIFIER_WORDS: usize = 3;

/// `Its newspaper for workers, Robotnik, carried`: a title between commas after a title noun
/// and what qualifies it ("for" or "of" and a few lower-case words): the run of capitalised
/// words, when a comma or the sentence's end closes it (`the paper of the party, Gottwald
/// said` is a speaker).
pub(super) fn title_after_its_qualifier(
    text: &str,
    tokens: &[Token],
    noun: usize,
) -> Option<Range<usize>> {
    let spaced = |j: usize| one_space_before(text, tokens, j);
    let preposition = tokens.get(noun + 1)?;
    if !matches!(preposition.text, "for" | "of") || !spaced(noun + 1) {
        return None;
    }
    let lower = |j: usize| {
        tokens
            .get(j)
            .is_some_and(|t| spaced(j) && t.text.starts_with(|c: char| c.is_ascii_lowercase()))
    };
    let last = (noun + 2..noun + 2 + QUALIFIER_WORDS)
        .take_while(|&j| lower(j))
        .find(|&j| text[tokens[j].end()..].starts_with(", "))?;
    let span = title_after(text, tokens, last)?;
    text[span.end..].starts_with([',', '.']).then_some(span)
}

/// Nouns after which, with "the", a phrase is said as written, in sentence case, not as a
/// title: `the slogan Bread and freedom spread`, `ended with the words Long live free
/// Hungary.` Narrower than the glosses' phrase nouns, which a colon follows: right after
/// "the name", "the term" or "the sign" a capital starts a name, not a saying.
pub(super) const SAYING_NOUNS: &[&str] = &[
    "catchphrase",
    "catchword",
    "chant",
    "cry",
    "greeting",
    "inscription",
    "motto",
    "refrain",
    "slogan",
    "toast",
    "watchword",
    "words",
];

/// The most words of a phrase a [`SAYING_NOUNS`] noun announces: a slogan's or a motto's
/// few; a longer run without punctuation is the sentence going on.
const SAID_WORDS: usize = 8;

/// The phrase after a [`SAYING_NOUNS`] noun after "the" or a possessive ("whose", "his"),
/// or after the noun and "was" or "is" (`whose watchword was Truth and love must prevail`):
/// a capitalised word and the words one space after it, up to the punctuation that ends
/// their clause within [`SAID_WORDS`] words (`the slogan Bread and freedom,` is “Bread and
/// freedom”), or up to the verb the phrase is the subject of (`The chant Caa Polska czeka
/// was answered`). A title's capitalised run ([`title_after`]) would stop at "freedom".
pub(super) fn saying_after(
    text: &str,
    tokens: &[Token],
    noun: usize,
    dictionary: &Dictionary,
) -> Option<Range<usize>> {
    let determiner = tokens[noun.checked_sub(1)?].text.to_ascii_lowercase();
    let copula = tokens.get(noun + 1).is_some_and(|w| {
        matches!(w.text, "was" | "is") && one_space_before(text, tokens, noun + 1)
    });
    let first_at = noun + 1 + usize::from(copula);
    let first = tokens.get(first_at)?;
    let said = SAYING_NOUNS.contains(&tokens[noun].text)
        && (matches!(determiner.as_str(), "the" | "whose")
            || POSSESSIVE_DETERMINERS.contains(&determiner.as_str()))
        && one_space_before(text, tokens, noun)
        && matches!(&text[tokens[first_at - 1].end()..first.start], " " | ", ")
        && first.is_capitalised()
        && !sentence_has_quotes(text, first.start);
    if !said {
        return None;
    }
    for last in first_at..first_at + SAID_WORDS - 1 {
        let after = &text[tokens[last].end()..];
        if after.starts_with([',', '.', ';', ':', '!', '?']) || after.starts_with("\n") {
            return Some(first.start..tokens[last].end());
        }
        let next = tokens.get(last + 1)?;
        if !matches!(&text[tokens[last].end()..next.start], " " | "-") {
            return None;
        }
        if is_verb_after_subject(next.text, dictionary) {
            return Some(first.start..tokens[last].end());
        }
    }
    None
}

/// Titles a text shows as titles ([`title_ending_at`]), and the same titles wherever else it
/// gives them.
pub(super) fn titles_given(
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
    // A title of one word that the text gives more than three times is the name the text is
    // about ("Karlštejn", the end of "Noc na Karlštejně" where the run broke), not a work's.
    titles.retain(|title| title.contains(' ') || text.matches(title).count() <= 3);
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
    // Before an English translation, the run of another language's words may begin before
    // the run of capitals does: `Noc na Karlštejně (A Night at Karlštejn)`.
    let foreign_start = || {
        english_inside
            .then(|| foreign_title_start(text, tokens, settled, i, dictionary))
            .flatten()
    };
    let start = match (title_start(text, tokens, settled, i), foreign_start()) {
        (Some(capitals), Some(foreign)) => capitals.min(foreign),
        (capitals, foreign) => capitals.or(foreign)?,
    };
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
pub(super) fn names_an_institution(inside: &str) -> bool {
    inside
        .split(' ')
        .any(|w| INSTITUTION_NOUNS.contains(&w.to_ascii_lowercase().as_str()))
}

/// The most words of a title in another language before its translation in brackets.
pub(super) const FOREIGN_TITLE_WORDS: usize = 6;

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
pub(super) fn owned_foreign_title(
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

/// Whether the title whose first token is `first` belongs to someone: a possessive pronoun
/// before it (`His Lev a psnika`), or a name's possessive another rule repaired (`Hitchcocks
/// Vertigo`), as a work's title is given. A run after "the" or a preposition is as often an
/// institution's name with its original in brackets (`the National Salvation Front (Frontul
/// Salvrii Naionale)`), which is not quoted.
pub(super) fn owned(text: &str, tokens: &[Token], settled: &[bool], first: Option<usize>) -> bool {
    word_before(text, tokens, first).is_some_and(|owner| {
        POSSESSIVE_DETERMINERS.contains(&tokens[owner].text.to_ascii_lowercase().as_str())
            || repaired_possessive(tokens, settled, owner)
    })
}

/// Whether a year, a decade or a medium (a broadcaster's or a streaming service's name too)
/// stands right before the work noun `tokens[noun]`, which then names one work as a
/// possessive would (`the 1970s series Janosik`, `a 1936 painting`, `the television series`,
/// `the Netflix series Wednesday`).
pub(super) fn dated(text: &str, tokens: &[Token], noun: usize) -> bool {
    const MEDIA: &[&str] = &["BBC", "HBO", "Netflix", "radio", "television", "TV"];
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
pub(super) fn repaired_possessive(tokens: &[Token], settled: &[bool], j: usize) -> bool {
    settled[j] && tokens[j].is_capitalised() && tokens[j].text.ends_with('s')
}

/// Whether the inside of brackets is one year: `1970)`.
fn is_a_year_alone(inside: &str) -> bool {
    inside
        .split_once(')')
        .is_some_and(|(year, _)| is_a_year(year))
}

/// Four digits that read as a year of the last millennium or this one.
pub(super) fn is_a_year(word: &str) -> bool {
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
pub(super) fn subject_title(
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

/// `described them in The Confession.`: "The" (or "A", "An") capitalised after a lower-case
/// word, or after a name's possessive that lost its apostrophe (`Wyspiaskis The Wedding`),
/// one space apart, and a capitalised word after it: a title's first word (a book, a film, a
/// paper), which the writer set in quotation marks or italics; the capitalised run.
pub(super) fn title_with_its_article(
    text: &str,
    tokens: &[Token],
    at: usize,
) -> Option<Range<usize>> {
    let (previous, the) = (&tokens[at.checked_sub(1)?], &tokens[at]);
    // Asked of every word: the article first, before the searches for sentence starts.
    if !matches!(the.text, "The" | "A" | "An") {
        return None;
    }
    // "In The Man with the Golden Touch, …": a sentence's first word, a preposition, is
    // no sentence of its own either.
    let opening_preposition = is_function_word(&previous.text.to_ascii_lowercase())
        && sentence_start(text, previous.start) == previous.start;
    let a_possessive = previous.is_capitalised()
        && previous.text.len() > 3
        && previous.text.ends_with('s')
        && sentence_start(text, previous.start) != previous.start;
    let after_a_word = (previous.text.starts_with(|c: char| c.is_ascii_lowercase())
        || opening_preposition
        || a_possessive)
        && &text[previous.end()..the.start] == " ";
    if !after_a_word || sentence_has_quotes(text, the.start) {
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
