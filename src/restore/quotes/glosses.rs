//! Words of another language and their English glosses, which lost their quotation marks:
//! a phrase before its gloss, a word's meaning after "means", words said in another
//! language, and phrases after a colon or in apposition.

use rustc_hash::FxHashSet;
use std::ops::Range;
use std::sync::OnceLock;

use super::titles::{
    is_a_year, names_an_institution, owned, repaired_possessive, FOREIGN_TITLE_WORDS,
};
use super::{
    placed, sentence_end, sentence_has_quotes, sentence_start, word_before, ARTICLES, CLAUSE_WORDS,
};
use crate::restore::dashes;
use crate::restore::dictionary::Dictionary;
use crate::restore::tokens::{is_function_word, one_space_before, Token, POSSESSIVE_DETERMINERS};
use crate::restore::RawSuspect;

/// Whether `token` is a whole word (not part of a longer one, see [`Token::is_fragment`])
/// that English does not know.
pub(super) fn is_foreign(token: &Token, dictionary: &Dictionary) -> bool {
    !token.is_fragment() && !dictionary.contains(&token.text.to_ascii_lowercase())
}

/// Verbs that the very words said follow, or "with" after them (`say Zaplatm.`, `answer
/// po prostu`, `greet each other with Szcz Boe`), and those a song's title follows
/// ([`PERFORMING`]).
const SAYING: &[&str] = &[
    "answer", "answered", "answers", "chant", "chanted", "chanting", "chants", "greet", "greeted",
    "greets", "played", "plays", "reply", "replied", "replies", "sang", "say", "says", "shout",
    "shouted", "shouting", "shouts", "sing", "sings", "wish", "wished", "wishes",
];

/// Verbs of [`SAYING`] that a song's title follows (`played Dobr noc, m mil`): one word
/// after them is as often a kind of music (`played verbunkos.`) or a composer, so a title
/// needs two.
const PERFORMING: &[&str] = &["played", "plays", "sang", "sing", "sings"];

/// Whether `word` is one of [`SAYING`]. Asked of every word of the text, so through a hash
/// set made once.
fn is_saying(word: &str) -> bool {
    static VERBS: OnceLock<FxHashSet<&str>> = OnceLock::new();
    // Their first letters rule out most words before any hashing.
    if !matches!(
        word.as_bytes().first(),
        Some(b'a' | b'c' | b'g' | b'p' | b'r' | b's' | b'w')
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
/// the punctuation (or the English "and" or "or") that ends them: what was said, in its own
/// language, which an English text quotes. Words of two letters may be that language's too
/// ("Na zdrav"), but one of four letters or more must be foreign.
pub(super) fn words_said_in_another_language(
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
        // "chanting Wir sind das Volk and Keine Gewalt": an English "and" or "or" ends the
        // words as punctuation does.
        let rest = &text[tokens[j].end()..];
        let joined = rest.starts_with(" and ") || rest.starts_with(" or ");
        if rest.starts_with([',', '.', '!', '?', ';']) || joined {
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
    let one_word_performed = first == last && PERFORMING.contains(&tokens[verb].text);
    // `sing in Hungarian.`: an English preposition opens no words of another language.
    let english_first = is_function_word(tokens[first].text);
    (long_and_foreign && !a_name && !one_word_performed && !english_first)
        .then(|| tokens[first].start..tokens[last].end())
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
/// out,`, `an old Polish adjective meaning peppery,`). A lost spaced dash may take the
/// comma's place (`Viteazul  viteazul meaning the brave  reigned`). Not a clause ("meaning
/// that", "meaning they"), nor after English alone ("the fare, meaning the price,").
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
    // `Mihai Viteazul  viteazul meaning the brave  reigned`: the glossed word opens an aside
    // whose spaced dashes were lost, as a comma would open it.
    let opens_an_aside = |j: usize| spaced(j + 1) && text[..tokens[j].start].ends_with("  ");
    let comma = match adverb_before {
        Some(adverb) => Some(adverb.checked_sub(1)?),
        None if after_a_comma(at) => Some(at.checked_sub(1)?),
        None if opens_an_aside(at.checked_sub(1)?) => Some(at - 1),
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

/// Languages whose name, before "for", says what a word of theirs means in English (`is Czech
/// for elbow`).
const LANGUAGES: &[&str] = &[
    "Croatian",
    "Czech",
    "French",
    "German",
    "Greek",
    "Hungarian",
    "Italian",
    "Latin",
    "Polish",
    "Romanian",
    "Russian",
    "Serbian",
    "Slovak",
    "Slovene",
    "Slovenian",
    "Turkish",
    "Ukrainian",
    "Yiddish",
];

/// Words before a language's name that make it say what a word means (`whose name is Czech
/// for elbow`), not what a text is in (`signs in Czech for tourists`).
const BEFORE_A_LANGUAGE: &[&str] = &["is", "just", "literally", "means", "simply", "was"];

/// `whose name is Czech for elbow,`: after a language's name that follows "is" (or a
/// [`BEFORE_A_LANGUAGE`] word) and "for", up to [`OR_GLOSS_WORDS`] lower-case English words
/// up to punctuation are the English meaning, which the text quotes.
fn gloss_after_a_language(
    text: &str,
    tokens: &[Token],
    at: usize,
    dictionary: &Dictionary,
) -> Option<Range<usize>> {
    let spaced = |j: usize| one_space_before(text, tokens, j);
    let after_is = at
        .checked_sub(1)
        .is_some_and(|b| spaced(at) && BEFORE_A_LANGUAGE.contains(&tokens[b].text));
    let for_after = tokens
        .get(at + 1)
        .is_some_and(|t| t.text == "for" && spaced(at + 1));
    if !LANGUAGES.contains(&tokens[at].text) || !after_is || !for_after {
        return None;
    }
    if sentence_has_quotes(text, tokens[at].start) {
        return None;
    }
    let first = at + 2;
    let english = |j: usize| {
        let word = tokens[j].text;
        word.starts_with(|c: char| c.is_ascii_lowercase()) && dictionary.contains(word)
    };
    if first >= tokens.len() || !spaced(first) {
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
pub(super) fn ends_a_gloss(text: &str, token: &Token) -> bool {
    let after = &text[token.end()..];
    after.starts_with([',', '.', ';', ':', '!', '?', ')']) || after.starts_with("  ")
}

/// The glosses and translations the words at and after `tokens[i]` announce: a meaning after
/// "means", a gloss after ", meaning" or ", or", a translation after "translated as", a
/// gloss after a language's "for".
pub(super) fn glosses_at(
    text: &str,
    tokens: &[Token],
    i: usize,
    dictionary: &Dictionary,
) -> Vec<RawSuspect> {
    let token = &tokens[i];
    let mut found = Vec::new();
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
    if let Some(span) = translation_after(text, tokens, i) {
        found.push(placed(text, span, "a translation after `translated as`"));
    }
    if let Some(span) = gloss_after_or(text, tokens, i, dictionary) {
        found.push(placed(text, span, "a gloss after `, or`"));
    }
    if let Some(span) = gloss_after_a_language(text, tokens, i, dictionary) {
        found.push(placed(
            text,
            span,
            &format!("a gloss after `{} for`", token.text),
        ));
    }
    found
}

/// The most words of a translation after "translated as": a title's ("Memoirs of a
/// Good-for-Nothing") or a gloss's.
const TRANSLATION_WORDS: usize = 6;

/// The words that may stand between what is translated, set off by its comma, and
/// "translated" or "rendered": adverbs (`usually translated`), auxiliaries (`might be
/// translated`) and a noun's relative clause (`a title that might be translated`), sorted.
const BEFORE_TRANSLATED: &[&str] = &[
    "a",
    "be",
    "best",
    "commonly",
    "could",
    "literally",
    "loosely",
    "may",
    "might",
    "name",
    "often",
    "phrase",
    "roughly",
    "that",
    "title",
    "usually",
    "which",
    "word",
];

/// `Lieder eines fahrenden Gesellen, usually translated as Songs of a Wayfarer,`, `rybnk,
/// usually translated as fishpond,`, `Futhomok, usually rendered as Drifting Sand,`,
/// `Cifra nyomorsg, a title that might be translated as Gaudy Misery.`: what a foreign title
/// or word set off by a comma (or a lost spaced dash) is "translated as" or "rendered as",
/// with adverbs, auxiliaries or a noun's relative clause ([`BEFORE_TRANSLATED`]) or none
/// before the verb, up to the punctuation or lost spaced dash that ends it, in at most
/// [`TRANSLATION_WORDS`] words: the text quotes the translation (in the trial texts, all
/// five such were quoted). Not where no comma or lost dash sets off what is translated: "the
/// novel was translated as early as 1920" tells when.
fn translation_after(text: &str, tokens: &[Token], at: usize) -> Option<Range<usize>> {
    let spaced = |j: usize| one_space_before(text, tokens, j);
    let translated = at.checked_sub(1)?;
    let verb = matches!(tokens[translated].text, "translated" | "rendered");
    if tokens[at].text != "as" || !verb || !spaced(at) {
        return None;
    }
    let mut before = translated;
    while let Some(word) = before.checked_sub(1) {
        if !BEFORE_TRANSLATED.contains(&tokens[word].text) || !spaced(before) {
            break;
        }
        before = word;
    }
    let set_off = text[..tokens[before].start].ends_with(", ")
        || text[..tokens[before].start].ends_with("  ");
    if !set_off || !spaced(at + 1) || sentence_has_quotes(text, tokens[at].start) {
        return None;
    }
    let first = at + 1;
    let mut last = first;
    while last + 1 < tokens.len()
        && last + 1 - first < TRANSLATION_WORDS
        && (spaced(last + 1) || &text[tokens[last].end()..tokens[last + 1].start] == "-")
        && !CLAUSE_WORDS.contains(&tokens[last + 1].text)
    {
        last += 1;
    }
    ends_a_gloss(text, &tokens[last]).then(|| tokens[first].start..tokens[last].end())
}

/// The most words of a meaning given after "means".
const MEANING_WORDS: usize = 3;

/// `Kirly means king in Hungarian`, `a Hungarian word that simply means dried.`, `a word
/// that once meant simply empty.`, `whose name translates as cloud castle,`: what a word of
/// another language means (or translates as), or "word" or "name" means or meant, given
/// after the verb (and an adverb, or one between commas: `means, roughly, the Queens
/// Castle`, or "something like") in up to [`MEANING_WORDS`] lower-case words, a compound's
/// parts counted as words (or capitalised
/// ones, for a name's meaning) up to punctuation, a lost spaced dash or "in": a gloss, which
/// the text quotes. Not after a pronoun (`it means blotting paper`), whose "means" explains.
fn meaning_given(
    text: &str,
    tokens: &[Token],
    at: usize,
    dictionary: &Dictionary,
) -> Option<Range<usize>> {
    // A gloss's adverbs, and "once" of a word's past ("a word that once meant").
    let adverb = |word: &str| GLOSS_ADVERBS.contains(&word) || word == "once";
    let spaced = |j: usize| one_space_before(text, tokens, j);
    // `means, roughly, the Queens Castle`: an adverb between commas.
    let between_commas = |j: usize| {
        tokens.get(j + 1).is_some_and(|next| {
            GLOSS_ADVERBS.contains(&tokens[j].text)
                && &text[tokens[j - 1].end()..tokens[j].start] == ", "
                && &text[tokens[j].end()..next.start] == ", "
        })
    };
    let set_off = tokens.get(at + 1).is_some() && between_commas(at + 1);
    // "translates as" says what "means" does (`whose name translates as cloud castle`).
    let translates = tokens[at].text == "as"
        && at
            .checked_sub(1)
            .is_some_and(|v| matches!(tokens[v].text, "translates" | "translated") && spaced(at));
    let verb = matches!(tokens[at].text, "means" | "meant" | "mean") || translates;
    if !verb || !spaced(at) || !(spaced(at + 1) || set_off) {
        return None;
    }
    let mut subject = at.checked_sub(1 + usize::from(translates))?;
    while adverb(tokens[subject].text) && spaced(subject) {
        subject = subject.checked_sub(1)?;
    }
    if matches!(tokens[subject].text, "that" | "which") && spaced(subject) {
        subject = subject.checked_sub(1)?;
    }
    // A name's past is history, not a gloss (`Balaton meant something more.`): "meant" only
    // after "word" or "name".
    let word = tokens[subject].text;
    let present = tokens[at].text == "means" || tokens[at - 1].text == "translates";
    let foreign = is_foreign(&tokens[subject], dictionary) && present;
    let named = match tokens[at].text {
        "mean" => matches!(word, "words" | "names"),
        _ => matches!(word, "word" | "name"),
    };
    if !foreign && !named {
        return None;
    }
    let mut first = at + 1 + usize::from(set_off);
    while adverb(tokens[first].text) && spaced(first + 1) {
        first += 1;
    }
    // `means something like little vineyards`: a hedge before the meaning, as an adverb is.
    if tokens[first].text == "something"
        && tokens.get(first + 1).is_some_and(|t| t.text == "like")
        && spaced(first + 1)
        && spaced(first + 2)
    {
        first += 2;
    }
    // An article opens the gloss (`simply means the beautiful one.`), and a word more.
    let article = ARTICLES.contains(&tokens[first].text) && spaced(first + 1);
    let content = first + usize::from(article);
    // A name's meaning may be a name too (`Krlov means the Queens Castle`).
    let of_a_name = tokens[subject].is_capitalised() || word == "name";
    let lower = |j: usize| {
        tokens[j].text.starts_with(|c: char| c.is_ascii_lowercase())
            || of_a_name && tokens[j].is_capitalised()
    };
    let mut last = content;
    let dash_inside = |j: usize| lost_dash_inside(&tokens[j], dictionary);
    while last < first + MEANING_WORDS - 1 + usize::from(article)
        && dash_inside(last).is_none()
        // A compound's parts are one word's (`means, roughly, Turnip-counter`).
        && (spaced(last + 1) || tokens[last].after == Some('-'))
        && tokens.get(last + 1).is_some_and(|t| t.text != "in")
        && !text[tokens[last].end()..].starts_with([',', '.', ';', ':'])
    {
        last += 1;
    }
    let dash = dash_inside(last);
    let ends = dash.is_some()
        || ends_a_gloss(text, &tokens[last])
        || tokens
            .get(last + 1)
            .is_some_and(|t| t.text == "in" && spaced(last + 1));
    // `četrtek means Thursday`: one word English writes only capitalised (a day, a month, a
    // people) glosses a common word as a lower-case one does.
    let capitalised_in_english = |j: usize| {
        let word = tokens[j].text;
        word.starts_with(|c: char| c.is_ascii_uppercase())
            && dictionary.contains_exact(word)
            && !dictionary.contains_exact(&word.to_ascii_lowercase())
    };
    let one_english_capital = first == last && capitalised_in_english(first);
    let words_lower = ((first..=last).all(lower) || one_english_capital)
        && !is_function_word(tokens[content].text);
    (ends && words_lower && !sentence_has_quotes(text, tokens[first].start))
        .then(|| tokens[first].start..dash.unwrap_or(tokens[last].end()))
}

/// Where a closed dash was lost inside `token`, as an offset of the text: the token is no
/// word, and splits into two the one way a dash rule would take ("undergroundis",
/// "Mountainwas": `the name means Green Mountain—was designed`). A gloss set off by dashes
/// ends there.
fn lost_dash_inside(token: &Token, dictionary: &Dictionary) -> Option<usize> {
    if dictionary.contains(token.text) {
        return None;
    }
    let splits = dashes::splits(token.text, dictionary);
    dashes::lost_dash_at(token.text, &splits, dictionary).map(|at| token.start + at)
}

/// `call Pasrea miastr (the Magic Bird)`: words English does not know from `tokens[first]`
/// up to a bracket, which glosses them: a name in another language, given as the text's
/// own words would not be. At most [`FOREIGN_TITLE_WORDS`].
pub(super) fn foreign_words_before_a_gloss(
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
pub(super) fn phrases_before_their_gloss(
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
        let named = first == last && after_a_common_word(text, tokens, first, dictionary);
        if !in_lower_case && !named && !owner_before(text, tokens, settled, first, dictionary) {
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

/// Whether the one capitalised word at `first` follows an English word in lower case, one
/// space or a comma before it (`the novel Baltagul (The Hatchet)`, `the secret society Fria
/// (Brotherhood)`, `the radio station, Byskawica (Lightning)`, `the first issue of Nyugat
/// (West)`): the name of a work or a thing the words before it say the kind of, which an
/// English text quotes with its gloss (in the trial texts 24 of 25 such names were quoted),
/// not a name's last part (`Tom Ba`).
fn after_a_common_word(
    text: &str,
    tokens: &[Token],
    first: usize,
    dictionary: &Dictionary,
) -> bool {
    let Some(before) = first.checked_sub(1) else {
        return false;
    };
    let gap = &text[tokens[before].end()..tokens[first].start];
    let word = tokens[before].text;
    matches!(gap, " " | ", ")
        && word.starts_with(|c: char| c.is_ascii_lowercase())
        && dictionary.contains(word)
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
pub(super) fn phrases_after_a_colon(
    text: &str,
    tokens: &[Token],
    found: &[RawSuspect],
) -> Vec<RawSuspect> {
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
pub(super) fn phrases_in_apposition(
    text: &str,
    tokens: &[Token],
    found: &[RawSuspect],
) -> Vec<RawSuspect> {
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
