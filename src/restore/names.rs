//! Damaged names read in their context: a capitalised word inside a sentence that English
//! or a dictionary knows only as a common word ("Pozna", "Husks"), the second part of a
//! restored name ("Lőrinc Szab"), and a possible name the text's leading language picks.

use rustc_hash::{FxHashMap, FxHashSet};

use super::apostrophes::APOSTROPHE;
use super::context::{Around, Context};
use super::dashes;
use super::deleted::{acronyms_that_lost_letters, could_be_damaged, is_a_name};
use super::dictionary::Dictionary;
use super::foreign::{
    a_form_no_dictionary_lists, a_letter_from_its_stem, a_name_foreign_to_the_text,
    foreign_to_its_phrase, in_a_foreign_phrase,
};
use super::hunspell::{capitalises_its_nouns, Candidate, Dictionaries};
use super::letters;
use super::lexicon;
use super::possessives;
use super::quotes;
use super::rank::{
    self, accepted_in, are_kin, base_form_of_one_adjective, best, declinable, language,
    one_word_in_two_cases, only_an_ending, possessed, rank, Ranked,
};
use super::tokens::{is_a_generational_suffix, is_function_word, Token, TITLE_LOWER_CASE_WORDS};
use super::verdict::Verdict;
use crate::text::fold_diacritic;

/// The verdict on one occurrence when what is around it changes the word's own (`None` when
/// it does not, which is most of the time). A capitalised English word inside a sentence may
/// be a name ("Husks": Husák’s); a word after a restored name is a name part ("Lőrinc Szab":
/// Hungarian "szab" is a verb), searched for in that name's language when it was repaired in
/// another ("Mihly Tmr": Hungarian, not Czech "Týmr"); a name listed as possible is repaired
/// inside a sentence when the text's language picks one; a declinable word, or a name that
/// is an adjective too, is returned for [`agreeing`] to give it the ending that agrees with
/// the name part or noun after it; a listed capitalised word that is such an
/// adjective without its ending takes that ending here; a lower-case word beside a word of
/// another language is searched for in that language (`foreign.rs`), and one that begins a
/// foreign name after "the" takes its capital.
pub(super) fn in_context<'a>(
    token: &Token<'a>,
    around: Around,
    verdicts: &FxHashMap<&str, Verdict>,
    capitalised: &mut FxHashMap<&'a str, Verdict>,
    context: &Context,
) -> Option<Verdict> {
    let own = &verdicts[token.text];
    if let Verdict::Declinable { .. } = own {
        return Some(own.clone());
    }
    if !token.is_capitalised() {
        return a_lower_case_word_in_context(token, around, own, context);
    }
    if context.dictionaries.is_empty() || is_a_generational_suffix(context.text, token) {
        return None;
    }
    if let Some(listed) = an_acronym_of_the_leading_language(token, own, context) {
        return Some(listed);
    }
    if let Some(name) = a_name_not_a_month(token, around, own, context) {
        return Some(name);
    }
    if let Some(possessive) = a_genitive_before_an_english_noun(token, around, own, context) {
        return Some(possessive);
    }
    if let Some(listed) = a_womans_surname_made_a_mans(token, around, own, context) {
        return Some(listed);
    }
    let previous = around.previous;
    let leading = context.leading.as_deref();
    let after_a_name = around.previous_repaired
        && previous.is_some_and(|p| follows_a_name(context.text, p, token));
    if !after_a_name && written_in_lower_case(token.text, verdicts) {
        // The text writes the word in lower case elsewhere ("the party", "schon der"), so
        // this capital is a title's or a sentence's ("the Communist Party", "Der Fuchs"), not
        // a name's that lost letters.
        return matches!(own, Verdict::MaybeName { .. }).then_some(Verdict::Leave);
    }
    if opens_a_german_title(token, around, context) {
        return matches!(own, Verdict::MaybeName { .. }).then_some(Verdict::Leave);
    }
    if after_a_name {
        if let Some(surname) = in_the_given_names_language(token, around, own, verdicts, context) {
            return Some(surname);
        }
    }
    let inside = previous.is_some_and(|p| inside_a_sentence(context.text, p, token));
    // "the Defence of Human Rights": an English word before another, both capitalised, is
    // a title's, not a name that lost letters (it had become Slovene "Humčan").
    let in_a_title = title_word_after(context.text, token, around.following, context.dictionary)
        || title_word_before(context.text, token, context.dictionary);
    let mut verdict: Option<Verdict> = None;
    if matches!(own, Verdict::Leave) && inside && !in_a_title && could_be_damaged(token.text) {
        // Once per word: a name English knows capitalised ("Hungary") is left as it is.
        let found = capitalised.entry(token.text).or_insert_with(|| {
            if context.dictionary.contains_exact(token.text) {
                Verdict::Leave
            } else {
                capitalised_common_word(token.text, context.dictionaries, leading)
            }
        });
        if !matches!(found, Verdict::Leave) {
            verdict = Some(found.clone());
        }
    }
    let after_a_verb = verdict.as_ref().zip(previous);
    if let Some(listed) = after_a_verb.and_then(|(v, p)| opening_a_quotation(token, p, v, context))
    {
        return Some(listed);
    }
    let maybe_a_name = matches!(
        verdict.as_ref().unwrap_or(own),
        Verdict::Leave | Verdict::MaybeName { .. } | Verdict::Unknown { .. }
    );
    if maybe_a_name && after_a_name && !in_a_title {
        if let Some(part) = name_part(token.text, context.dictionaries, leading) {
            verdict = Some(as_an_adjective(
                as_written_or(token.text, part, context),
                context,
            ));
        }
    }
    if matches!(own, Verdict::Leave) && verdict.is_none() && inside {
        verdict = a_womans_surname(token, around, context.text);
    }
    if let (
        true,
        Verdict::MaybeName {
            names, possessive, ..
        },
    ) = (inside, verdict.as_ref().unwrap_or(own))
    {
        if let Some(name) =
            a_name_the_language_picks(token, around, names, *possessive, verdicts, context)
        {
            verdict = Some(name);
        }
    }
    if verdict.is_none() {
        verdict = a_name_foreign_to_the_text(token, own, context);
    }
    let read = verdict.as_ref().unwrap_or(own);
    if open_to_a_phrases_adjective(token, read, inside) {
        if let Some(adjective) = adjective_of_a_phrase(token, around, verdicts, context) {
            verdict = Some(adjective);
        }
    }
    verdict
}

/// "Karel Jaromír Erbens ballads": a capitalised word in -s that only a language writing its
/// nouns with a capital accepts as written (German, whose genitive "Erbens" is a name's s),
/// after a capitalised word and before an English noun in lower case, is the English
/// possessive of the name before the s (Erben’s), which a dictionary has: a German genitive
/// comes before a capitalised noun ("Bachs Werke"). Not after "the", where the word in -s is
/// as often a family's plural ("the Habsburgs lands"), nor before a verb, an adverb or a
/// preposition ("the Habsburgs built", "Fischers here"), where it is a plural subject.
fn a_genitive_before_an_english_noun(
    token: &Token,
    around: Around,
    own: &Verdict,
    context: &Context,
) -> Option<Verdict> {
    let word = token.text;
    let stem = word.strip_suffix('s').filter(|stem| stem.len() >= 3)?;
    let after_a_name = around.previous.is_some_and(|previous| {
        previous.is_capitalised()
            && !is_function_word(previous.text)
            && &context.text[previous.end()..token.start] == " "
    });
    let next = around.next()?;
    let before_a_noun = next.text.starts_with(|c: char| c.is_ascii_lowercase())
        && &context.text[token.end()..next.start] == " "
        && possessives::is_possessed_noun(next.text, context.dictionary);
    // The dictionaries are asked last, only of a word the text's shape has let through.
    if !matches!(own, Verdict::Leave)
        || !after_a_name
        || !before_a_noun
        || context.dictionary.contains(word)
    {
        return None;
    }
    let accepting = context.dictionaries.accepting(word);
    let only_as_a_genitive = !accepting.is_empty()
        && accepting
            .iter()
            .all(|locale| capitalises_its_nouns(language(locale)));
    if !only_as_a_genitive || context.dictionaries.accepting(stem).is_empty() {
        return None;
    }
    Some(Verdict::Apostrophe {
        at: stem.len(),
        evidence: format!(
            "`{word}` only as {}'s genitive, between a name and the English noun `{}`: a \
             possessive",
            accepting.join(", "),
            next.text
        ),
    })
}

/// Whether a capitalised word read as `read` may still be the adjective of a phrase after it
/// ([`adjective_of_a_phrase`]): a listed word, or, inside a sentence, one a dictionary takes
/// as written ("Podunajsk nížina": Slovak takes "Podunajsk" as a genitive plural, and it is
/// Podunajská nížina).
fn open_to_a_phrases_adjective(token: &Token, read: &Verdict, inside: bool) -> bool {
    match read {
        Verdict::MaybeName { .. } | Verdict::Unknown { .. } => true,
        Verdict::Leave => inside && could_be_damaged(token.text),
        _ => false,
    }
}

/// The words for "saint" that deletion leaves as they are (Slovene and Croatian "Sveti",
/// "Sveta", "Sveto"; Hungarian "Szent"; German "Sankt"), which open the names of churches,
/// places and feasts before a saint's name ("Sveti Duh", "Sveti Jeronim"): the common word
/// capitalised, not a surname that lost a letter ("Svetič").
const SAINTS: &[&str] = &["Sankt", "Sveta", "Sveti", "Sveto", "Szent"];

/// Whether `token`, an English word capitalised, follows one of the English words that open
/// English names of places and bodies ([`OPENING_ENGLISH_NAMES`]), one space before it and
/// as written: the two make an English name ("the North Sea", "the Red Army"), not a foreign
/// name that lost letters ("North Seďa"). Not any capitalised English word before it: a
/// title or a given name English has as a word goes before a foreign name as often
/// ("Archbishop Tams", Tamás; "Tom Baas", Baťa’s).
fn part_of_an_english_name(token: &Token, around: Around, context: &Context) -> bool {
    around.previous.is_some_and(|previous| {
        &context.text[previous.end()..token.start] == " "
            && !around.previous_repaired
            && (OPENING_ENGLISH_NAMES.contains(&previous.text)
                || (previous.is_capitalised() && CLOSING_ENGLISH_NAMES.contains(&token.text)))
            && context.dictionary.contains(&token.text.to_lowercase())
    })
}

/// The nouns that close English names of bodies ("the Slovak Peoples Party", "the Hungarian
/// Soviet Republic", "the National Council"): after another capitalised word, one of them is
/// that English name's last word, not a foreign name that lost letters ("Partyš"), sorted.
const CLOSING_ENGLISH_NAMES: &[&str] = &[
    "Army",
    "Assembly",
    "Committee",
    "Congress",
    "Council",
    "Front",
    "Government",
    "League",
    "Movement",
    "Party",
    "Republic",
    "Society",
    "Union",
];

/// Words of direction, colour, age and size that open English names ("North Sea", "Black
/// Sea", "Old Town", "Great Plain", "Upper Town"), and "National" that opens bodies' names
/// ("National Party", "National Council"), sorted.
const OPENING_ENGLISH_NAMES: &[&str] = &[
    "Black", "Central", "East", "Eastern", "Golden", "Grand", "Great", "Green", "High", "Holy",
    "Little", "Lower", "National", "New", "North", "Northern", "Old", "Red", "Royal", "South",
    "Southern", "Upper", "West", "Western", "White",
];

/// [`in_context`] for a possible name inside a sentence: the one the text's leading
/// language picks among `names` ([`name_in_language`], [`only_word_in_language`]).
fn a_name_the_language_picks(
    token: &Token,
    around: Around,
    names: &[Name],
    possessive: bool,
    verdicts: &FxHashMap<&str, Verdict>,
    context: &Context,
) -> Option<Verdict> {
    let leading = context.leading.as_deref();
    let written = possessed(token.text, possessive);
    if SAINTS.contains(&written) && around.next().is_some_and(Token::is_capitalised) {
        return Some(Verdict::Leave);
    }
    if part_of_an_english_name(token, around, context) {
        return Some(Verdict::Leave);
    }
    // "the German journalist Markus Pape" in a Czech text: the word with its s is a name of
    // the language as written (capitalised, and no word in lower case: "Torus", Toruń’s, is
    // the common "torus"), not the possessive of a name that lost a letter ("Markuš’s").
    let named_as_written = |leading| a_name_as_written(token.text, leading, context.dictionaries);
    if possessive && leading.is_some_and(named_as_written) {
        return None;
    }
    let phrase = opens_a_phrase(token, around, leading, context);
    // "Koevska Reka": the word before, one space away, lost letters too.
    let follows_a_repair = around.previous.is_some_and(|p| {
        &context.text[p.end()..token.start] == " "
            && verdicts.get(p.text).is_some_and(Verdict::repairs_letters)
    });
    let shape = (possessive, phrase, follows_a_repair);
    let found = name_in_language(written, names, shape, leading, context)
        .or_else(|| only_word_in_language(written, names, possessive, leading, context))?;
    // A name that is an adjective too ("Malý", "Veľký") agrees with its noun as any
    // declinable word does: "Mal Fatra" is Malá Fatra.
    Some(as_an_adjective(found, context))
}

/// [`in_context`] for a word in lower case: a word of a foreign phrase, a letter from its
/// stem, a name's first word that lost its capital with its first letter.
fn a_lower_case_word_in_context(
    token: &Token,
    around: Around,
    own: &Verdict,
    context: &Context,
) -> Option<Verdict> {
    let found = a_womans_surname_that_lost_its_capital(token, around, own, context)
        .or_else(|| in_a_foreign_phrase(token, around, own, context))
        .or_else(|| foreign_to_its_phrase(token, around, own, context))
        .or_else(|| a_letter_from_its_stem(token, around, own, context))
        .or_else(|| a_capital_lost_before_a_name(token, around, own, context))
        .or_else(|| a_sentence_begun_in_lower_case(token, around, own, context))
        .or_else(|| an_english_loanword(token, around, own, context))
        .or_else(|| a_surname_that_lost_its_capital(token, around, own, context))
        .or_else(|| a_lost_capital_from_context(token, around, own, context))
        .or_else(|| a_form_no_dictionary_lists(token, own, context));
    let repaired = found.as_ref().unwrap_or(own);
    a_names_first_word_after_the(token, around, repaired, context)
        .or_else(|| a_name_in_a_list_of_names(token, around, repaired, context))
        .or(found)
}

/// "Bara, Čerhov, ernochov, Malá Tŕňa": a lower-case word whose repair inserts its first
/// letter, between commas in a list whose words on either side are capitalised (the next
/// one after "and" or "or"), is one of the names listed, and deletion took its capital with
/// that letter (Černochov). An English list of names does not slip a common word of another
/// language between them.
fn a_name_in_a_list_of_names(
    token: &Token,
    around: Around,
    repaired: &Verdict,
    context: &Context,
) -> Option<Verdict> {
    let text = context.text;
    let a_name = |word: &Token| word.is_capitalised() && !is_function_word(word.text);
    // The word before as repaired: it may have lost its capital the same way ("erhov").
    let name_before = around
        .previous_spelling
        .is_some_and(|p| p.starts_with(char::is_uppercase) && !is_function_word(p));
    let before = name_before
        && around
            .previous
            .is_some_and(|p| &text[p.end()..token.start] == ", ");
    let gap = |next: &Token| &text[token.end()..next.start];
    let after = || match around.following {
        [next, ..] if gap(next) == ", " && a_name(next) => true,
        [conjunction, name, ..] => {
            matches!(conjunction.text, "and" | "or")
                && matches!(gap(conjunction), " " | ", ")
                && &text[conjunction.end()..name.start] == " "
                && a_name(name)
        }
        _ => false,
    };
    if !before || !after() {
        return None;
    }
    let why = "a name in a list of names";
    if keeps_its_small_first_letter(token, repaired) {
        return Some(Verdict::Unknown {
            candidates: with_a_capital_inserted_first(token.text, context),
            reason: format!(
                "{why} in lower case: its first letters were lost, and the capital with them?"
            ),
        });
    }
    with_the_capital_deleted(token, repaired, why)
}

/// "the tafeta mladosti", "the idovski stolp": a lower-case word whose repair inserts its
/// first letter, after "the" and before another word English does not know, is the first
/// word of a name in another language (the Štafeta mladosti, the Židovski stolp), and takes
/// the capital deletion took with that letter: an English text gives a foreign phrase after
/// "the" only as a name. Not before an English word ("the żubr has become"), where the word
/// is a common noun borrowed; a foreign word that English also has ("the Čevljarski most",
/// a bridge) hides the phrase.
fn a_names_first_word_after_the(
    token: &Token,
    around: Around,
    repaired: &Verdict,
    context: &Context,
) -> Option<Verdict> {
    let after_the = around
        .previous
        .is_some_and(|the| the.text == "the" && &context.text[the.end()..token.start] == " ");
    // Asked only after "the": this runs at every lower-case word of a text.
    let foreign_follows = || {
        around.next().is_some_and(|next| {
            &context.text[token.end()..next.start] == " "
                && next.text.starts_with(|c: char| c.is_lowercase())
                && !context.dictionary.contains(next.text)
                // Two English words a lost dash glued ("the migrs associationsof former
                // soldiers") are no foreign word: "émigrés" had become "Émigrés".
                && dashes::splits(next.text, context.dictionary).is_empty()
                && !an_english_loanword_stripped(next.text, context.dictionary)
        })
    };
    let why = "the first word of a name in another language after `the`";
    (after_the && foreign_follows())
        .then(|| with_the_capital_deleted(token, repaired, why))
        .flatten()
}

/// Whether `word` is what the damage left of an English word with accents ("cafs": cafés,
/// which the built-in lexicon has from the English list; "caf"): no foreign word, though the
/// English list lacks it as written ("the migr cafs" had made "émigré" a name's "Émigré").
fn an_english_loanword_stripped(word: &str, dictionary: &Dictionary) -> bool {
    dictionary.loanword_with_accents(word).is_some()
        || lexicon::builtin(word).is_some_and(|spelling| dictionary.contains(spelling))
}

/// "a caf terrace", "sparkling ros and", "the Pilvax caf in": a short word between two English
/// words, or after a name and before an English word, that an English loanword with accents
/// lost them from ([`Dictionary::loanword_with_accents`]), even where another language
/// accepts it as written. One space from each, inside an English phrase, it is repaired: over
/// the trial texts all 17 such were the loanword. Across punctuation it is only listed ("bend:
/// rosół first" had been listed as "rosé").
fn an_english_loanword(
    token: &Token,
    around: Around,
    own: &Verdict,
    context: &Context,
) -> Option<Verdict> {
    // A word, not a letter the dictionary lists as one: "miluiete-m pe mine", a Romanian
    // prayer, has no English "m" before "pe".
    let english = |word: Option<&Token>| {
        word.is_some_and(|w| {
            (w.text.len() > 1 || matches!(w.text, "a" | "A" | "I"))
                && context.dictionary.contains(w.text)
        })
    };
    // A name before the loanword is an English phrase's too: "the Pilvax caf in Pest" is
    // the Pilvax café, as "the Slavia café" or "the Gerbeaud patisserie".
    let named = around.previous.is_some_and(Token::is_capitalised);
    if !own.is_unread() || !(english(around.previous) || named) || !english(around.next()) {
        return None;
    }
    let spelling = context.dictionary.loanword_with_accents(token.text)?;
    let text = context.text;
    let inside_a_phrase = around
        .previous
        .zip(around.next())
        .is_some_and(|(previous, next)| {
            &text[previous.end()..token.start] == " " && &text[token.end()..next.start] == " "
        });
    if inside_a_phrase {
        return Some(Verdict::Letters {
            spelling: spelling.to_string(),
            evidence: format!(
                "the English `{spelling}`, which lost its accents: one space from an English \
                 word after it, and from an English word or a name before it"
            ),
            possessive: false,
        });
    }
    Some(Verdict::Unknown {
        candidates: vec![spelling.to_string()],
        reason: format!(
            "between English words: the English `{spelling}` that lost its accents? (another \
             language may have the word as written)"
        ),
    })
}

/// "Sinking land made three lakes. kalsko jezero is the oldest.": a word of no English
/// list in lower case at the start of a sentence lost its first letter, and the capital with
/// it (Škalsko), whatever a dictionary reads it as without: a sentence that begins after a
/// full stop starts with a capital. It is listed, never repaired: the spellings of the text's
/// leading language (of every language, where none leads) that insert one capital first are
/// its candidates, but more letters than one may have gone ("slav" is Čáslav, not "Úslav").
/// Not after a word of one letter or two ("e.g. tak", "ca. 1350"), which may be an
/// abbreviation's, unless it is an English function word ("he was on. mid lives": Šmid);
/// after a number that ends a sentence, as a year does ("in 1942. urda received": Čurda).
/// (Giving the capital to a repair that inserts the first letter made three wrong repairs on
/// the trial texts: "achtice", Čachtice, had been listed as "šachtice".)
fn a_sentence_begun_in_lower_case(
    token: &Token,
    around: Around,
    own: &Verdict,
    context: &Context,
) -> Option<Verdict> {
    let word = token.text;
    // A paragraph's first word (a heading's: "iga Zois and the Slovene Enlightenment") opens
    // a sentence too, whatever ends the paragraph before it.
    let stop = match around.previous {
        None => "\n\n",
        Some(p) if context.text[p.end()..token.start].contains("\n\n") => "\n\n",
        Some(p) => {
            let stop = the_stop_before(&context.text[p.end()..token.start])?;
            (p.text.len() > 2 || is_function_word(p.text)).then_some(stop)?
        }
    };
    // An English word is read only after a full stop: after a question or an exclamation
    // that a quotation ended, the sentence may go on in lower case ("from the book? one told
    // me"), and a paragraph may go on from a quotation set apart.
    let after_a_stop = stop.starts_with(". ");
    let english = context.dictionary.contains(word);
    // Two letters are enough here, as no English sentence starts with them in lower case
    // ("public. tr changed": Štúr).
    if !(own.is_unread() || keeps_its_small_first_letter(token, own))
        || (english && !after_a_stop)
        || !word.starts_with(|c: char| c.is_ascii_lowercase())
        || word.len() < 2
    {
        return None;
    }
    // An English word is listed only with a name that an inserted capital makes of it ("mid
    // lives in a company flat": Šmid): alone it may follow an abbreviation's full stop.
    let candidates = with_a_capital_inserted_first(word, context);
    if english && candidates.is_empty() {
        return None;
    }
    Some(Verdict::Unknown {
        candidates,
        reason: "a sentence that begins in lower case: its first letters were lost, and the \
                 capital with them?"
            .to_string(),
    })
}

/// The full stop, question or exclamation mark and the space after it that `gap` (between
/// two words) is, after a number that may end the sentence ("in October 1942. urda
/// received": Čurda): numbers are no tokens.
fn the_stop_before(gap: &str) -> Option<&str> {
    let stop = gap
        .strip_prefix(' ')
        .map(|rest| rest.trim_start_matches(|c: char| c.is_ascii_digit()))
        .filter(|rest| rest.len() < gap.len() - 1)
        .unwrap_or(gap);
    matches!(stop, ". " | "! " | "? " | ".\n\n").then_some(stop)
}

/// Whether `repaired` repairs a lower-case word with letters inside it and leaves its first
/// letter as written ("csny": Hungarian "csíny", a prank): where a capital was due, the
/// repair explains the letters but not the capital's loss (Őcsény, a village).
fn keeps_its_small_first_letter(token: &Token, repaired: &Verdict) -> bool {
    match repaired {
        Verdict::Letters { spelling, .. } | Verdict::Declinable { spelling, .. } => {
            token.text.starts_with(|c: char| c.is_ascii_lowercase())
                && spelling.chars().next() == token.text.chars().next()
        }
        _ => false,
    }
}

/// The spellings of the text's leading language (of every language, where none leads) that
/// insert letters into `word` and begin with an inserted capital: a name that lost its first
/// letter, and the capital with it.
fn with_a_capital_inserted_first(word: &str, context: &Context) -> Vec<String> {
    let leading = context.leading.as_deref();
    let in_leading = |locale: &str| leading.is_none_or(|l| language(locale) == l);
    let found: Vec<_> = context
        .dictionaries
        .inserting(word, in_leading)
        .into_iter()
        .filter(|c| {
            c.spelling
                .starts_with(|c: char| !c.is_ascii() && c.is_uppercase())
        })
        .collect();
    rank(&found).into_iter().map(|r| r.spelling).collect()
}

/// "esk Krumlov", "ara Moților", "the ywe Muzeum": a lower-case word directly before a
/// capitalised one, whose first letter deletion may have taken, and with it the capital of
/// a name's first word (Český Krumlov, Țara Moților, Żywe Muzeum). An English sentence
/// writes no lower-case word of another language straight before a name but a preposition
/// or a title ("nad Váhom", "pani Twardowska"), and those have no spelling that only adds a
/// capital letter before them. So the spellings of the text's leading language that begin
/// with an inserted capital are the word's candidates, whatever it was read as alone: a
/// word some dictionary accepts as written ("esk" is Slovak, "ara" Czech), one no spelling
/// was found for, or one repaired with a small letter first ("żywe", living). The one best
/// is repaired, as an adjective that agrees with the name after it ("esk Budjovice":
/// České); several are listed.
fn a_capital_lost_before_a_name(
    token: &Token,
    around: Around,
    own: &Verdict,
    context: &Context,
) -> Option<Verdict> {
    let leading = context.leading.as_deref()?;
    let next = around.next()?;
    let word = token.text;
    let first_inserted = |spelling: &str| spelling.starts_with(|c: char| !c.is_ascii());
    let may_have_lost_its_capital = own.is_unread()
        || matches!(own, Verdict::Letters { spelling, .. } if first_inserted(spelling));
    if !may_have_lost_its_capital
        || !next.is_capitalised()
        || &context.text[token.end()..next.start] != " "
        || !could_be_damaged(word)
        || context.dictionary.contains(word)
        || before_a_noun_as_written(word, context.dictionaries)
    {
        return None;
    }
    let in_leading = |locale: &str| language(locale) == leading;
    let stems = context
        .dictionaries
        .stems(word)
        .into_iter()
        .map(|mut stem| {
            stem.spelling = letters::capitalise(&stem.spelling);
            stem
        });
    let found: Vec<_> = stems
        .chain(context.dictionaries.inserting(word, in_leading))
        .filter(|c| in_leading(&c.locale) && first_inserted(&c.spelling))
        .filter(|c| c.spelling.starts_with(char::is_uppercase))
        .collect();
    let found = the_one_name_of_the_best(found);
    let why = |verb_ending: &str| {
        format!(
            "that begin{verb_ending} with a capital, before the capitalised `{}`: a name's \
             first word that lost its first letter",
            next.text
        )
    };
    let listed = format!(
        "before the capitalised `{}`: a name's first word that lost its capital with its first \
         letter?",
        next.text
    );
    let decided = one_best_or_listed(&found, why, listed, context)?;
    // A word of the leading language as written may be its own small word before a name
    // ("Teiul lui Eminescu", of Eminescu: Romanian has "Ălui" too): both are listed.
    match decided {
        Verdict::Letters { spelling, .. } if accepted_in(word, leading, context.dictionaries) => {
            Some(Verdict::Unknown {
                candidates: vec![word.to_string(), spelling],
                reason: format!(
                    "a word of {leading} as written before `{}`, or a name's first word that \
                     lost its capital with its first letter?",
                    next.text
                ),
            })
        }
        decided => Some(decided),
    }
}

/// "Ji litr", "Ane agar": a lower-case word of three letters or more one space after a
/// person's name, as written or as repaired, may be a surname whose first letter deletion
/// took with its capital (Jiří Šlitr, Ane Žagar; two letters, "Ľudovít tr", are read in
/// [`super::short_words`]), even where English has the word, if it has not the name. An
/// English sentence puts no lower-case word of another language straight after a name but a
/// particle or a place's preposition ("nad"), and those have no spelling a dictionary lists
/// as a name by inserting a capital before them. So the dictionaries' proper names that
/// begin with an inserted capital are the word's candidates, whatever it was read as alone
/// ("litr" is Czech), with at most two letters inserted, in the given name's language or its
/// kin. They are listed, never repaired: the trial texts' one best was wrong as often as
/// right ("Péter ri" is Éri, not Úri; "Slavoj iek" Žižek, not Čižek).
fn a_surname_that_lost_its_capital(
    token: &Token,
    around: Around,
    own: &Verdict,
    context: &Context,
) -> Option<Verdict> {
    let (previous, name) = (around.previous?, around.previous_spelling?);
    let word = token.text;
    // An English word ("Ane agar", Žagar) only after a name English lacks, and not as its
    // verb: after "Europe", or as "Nagy said", it is the sentence going on ("given Europe
    // one of its").
    let english = context.dictionary.contains(word);
    let going_on = || {
        context.dictionary.contains(name)
            || possessives::is_verb_after_subject(word, context.dictionary)
    };
    // A word repaired or listed with candidates alone is left to them: a repair whose
    // first letter is inserted takes a capital after a name at the end
    // ([`capital_after_a_name`](super::deleted)).
    // Two letters are left to the rule for short words ([`super::short_words`]).
    if !own.is_unread()
        || !could_be_damaged(word)
        || is_function_word(word)
        || &context.text[previous.end()..token.start] != " "
        || (english && going_on())
        || before_a_word_it_belongs_to(token, around, context)
        || !is_a_persons_name(previous, name, around, context)
    {
        return None;
    }
    // In the given name's language or its kin: a person's names share a language, and a
    // short word finds chance names in the others ("Széchenyi tr", of tér, had become the
    // Czech "Štír" when this rule read two letters too).
    let given = language_of_a_name(name, context.dictionaries)?;
    let found: Vec<Candidate> = context
        .dictionaries
        .stems(word)
        .into_iter()
        .filter(|c| c.proper && letters::begins_with_a_lost_capital(word, &c.spelling))
        .filter(|c| c.insertions <= 2 && are_kin(language(&c.locale), &given))
        .collect();
    if found.is_empty() {
        return None;
    }
    let as_written = context
        .dictionaries
        .contains(word)
        .then(|| word.to_string());
    let candidates: Vec<String> = as_written
        .into_iter()
        .chain(rank(&found).into_iter().map(|r| r.spelling))
        .collect();
    Some(Verdict::Unknown {
        candidates,
        reason: format!(
            "one space after the name `{name}`: a surname that lost its capital with its first \
             letter?"
        ),
    })
}

/// Of `found`, the one proper name among the spellings of the best rank, if they tie and only
/// one is a name the dictionary lists with its capital ("ubica Vargov": the given name
/// Ľubica, not the common word "šubica" capitalised); otherwise all of them.
fn the_one_name_of_the_best(found: Vec<Candidate>) -> Vec<Candidate> {
    let ranked = rank(&found);
    let best = best(&ranked);
    let names: Vec<&&Ranked> = best.iter().filter(|r| r.proper).collect();
    match names.as_slice() {
        [name] if best.len() > 1 => found
            .into_iter()
            .filter(|c| c.spelling == name.spelling)
            .collect(),
        _ => found,
    }
}

/// Whether a word follows `token` one space after it that makes it something other than a
/// surname: a capitalised one, which a particle or a preposition goes before ("Vranov nad
/// Dyjí"), or a lower-case one English lacks, the rest of a phrase.
fn before_a_word_it_belongs_to(token: &Token, around: Around, context: &Context) -> bool {
    around.next().is_some_and(|next| {
        &context.text[token.end()..next.start] == " "
            && (next.is_capitalised() || !context.dictionary.contains(next.text))
    })
}

/// Whether `previous`, read as `spelling`, is a person's name a surname may follow: a
/// capitalised word English has only as a name, that a dictionary accepts as written or whose
/// letters were repaired.
fn is_a_persons_name(previous: &Token, spelling: &str, around: Around, context: &Context) -> bool {
    spelling.starts_with(char::is_uppercase)
        && !context.dictionary.contains(&spelling.to_lowercase())
        && (around.previous_repaired || context.dictionaries.contains(previous.text))
}

/// Prepositions before a place's name (`in Štajerska`, `through Štajerska`) that a foreign
/// common word seldom follows in an English sentence. Not "of", as often before a dish or a
/// measure's contents (`a plate of žganci`).
const BEFORE_A_PLACE: &[&str] = &["across", "around", "from", "in", "near", "through"];

/// Nouns of the region's languages for a street or a square, which a name follows (`ulica
/// Żeglarska`, `Andrássy út`).
pub(super) const STREET_WORDS: &[&str] = &[
    "aleja",
    "námestie",
    "náměstí",
    "nábřeží",
    "piața",
    "plac",
    "strada",
    "trg",
    "ulica",
    "ulice",
    "utca",
];

/// A word whose deleted first letter took its case with it, listed with the same spelling
/// capitalised and in lower case ("tajerska": Štajerska, štajerska), when the words around
/// it say which: a capital after a preposition of place, after a street's noun or before a
/// capitalised word one space after (`in tajerska`, `ulica eglarska`, `widnicka Street`);
/// lower case after a lower-case word of another language (`klekljana ipka`, `kobariki
/// truklji`). Not by a comma after it that opens a gloss: a name is glossed as often as a
/// word (`tajerska, Slovene Styria`, `their tamgasti, the regulars`).
fn a_lost_capital_from_context(
    token: &Token,
    around: Around,
    own: &Verdict,
    context: &Context,
) -> Option<Verdict> {
    let Verdict::Unknown { candidates, reason } = own else {
        return None;
    };
    let (first, second) = match candidates.as_slice() {
        [first, second] => (first, second),
        [first, second, ..] if one_word_in_two_cases(reason) => (first, second),
        _ => return None,
    };
    if first == second || first.to_lowercase() != second.to_lowercase() {
        return None;
    }
    let (capital, lower) = if first.starts_with(char::is_uppercase) {
        (first, second)
    } else {
        (second, first)
    };
    let text = context.text;
    let previous = around
        .previous
        .filter(|p| &text[p.end()..token.start] == " ")
        .map(|p| p.text);
    let next_capitalised = around
        .next()
        .is_some_and(|n| n.is_capitalised() && &text[token.end()..n.start] == " ");
    let foreign_before = previous
        .is_some_and(|p| p.starts_with(char::is_lowercase) && !context.dictionary.contains(p));
    let street = previous.is_some_and(|p| STREET_WORDS.contains(&p));
    let place = previous.is_some_and(|p| BEFORE_A_PLACE.contains(&p));
    let (spelling, why) = if place || street || next_capitalised {
        (capital, "a name's capital, as the words around it show")
    } else if foreign_before {
        (
            lower,
            "in lower case, a word of another language as the words around it show",
        )
    } else {
        return None;
    };
    Some(Verdict::Letters {
        spelling: spelling.clone(),
        evidence: format!("of the spelling with a capital and in lower case, {why}"),
        possessive: false,
    })
}

/// The one best of `found` repaired, or the base form of an adjective when the best are its
/// forms ([`base_form_of_one_adjective`], which then agrees with what follows it), with
/// `why` after the rank that decided (given the ending of a verb whose subject is the
/// spellings ranked: "s" for one, none for several); several listed with `listed`; none
/// found, none.
fn one_best_or_listed(
    found: &[Candidate],
    why: impl Fn(&str) -> String,
    listed: String,
    context: &Context,
) -> Option<Verdict> {
    let ranked = rank(found);
    let best = best(&ranked);
    let adjective = base_form_of_one_adjective(&best);
    let chosen = adjective.map_or(best, |base| vec![base]);
    match chosen.as_slice() {
        [] => None,
        [one] => {
            let rank = match (one.stem, adjective.is_some()) {
                (true, true) => "an adjective, of the stems",
                (true, false) => "the only stem",
                (false, true) => "an adjective, of the words",
                (false, false) => "the only word",
            };
            let why = why(if adjective.is_some() { "" } else { "s" });
            let evidence = format!(
                "Hunspell {}: {rank} with {} inserted letter{} {why}",
                one.locales.join(", "),
                one.insertions,
                if one.insertions == 1 { "" } else { "s" },
            );
            let repair = Verdict::Letters {
                evidence,
                spelling: one.spelling.clone(),
                possessive: false,
            };
            Some(as_an_adjective(repair, context))
        }
        _ => Some(Verdict::Unknown {
            candidates: ranked.into_iter().map(|r| r.spelling).collect(),
            reason: listed,
        }),
    }
}

/// English's abbreviations of the months that are no name or word of their own ("Jan",
/// "Mar" and "May" are).
const MONTHS: &[&str] = &[
    "Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/// Whether `token` is a month's abbreviation with its full stop or before a number ("Nov.
/// 1989", "Nov 17"): a date, not a name that lost letters.
pub(super) fn dates_a_month(text: &str, token: &Token) -> bool {
    let after = &text[token.end()..];
    MONTHS.contains(&token.text)
        && (after.starts_with('.')
            || after
                .strip_prefix(' ')
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit())))
}

/// "Nov Bor", "Nov most", "Nov Mesto": English's abbreviation of a month stands before a day
/// or a year, or with its full stop; before a word it is a name's first word that lost
/// letters (Nový Bor, Nový most, Nové Mesto), whatever English makes of it. The leading
/// language's stems with letters inserted are its candidates, and as an adjective it agrees
/// with what follows; the other languages' stems are listed when it has none. Not "Jan",
/// "Mar" or "May", which are names and words as written.
fn a_name_not_a_month(
    token: &Token,
    around: Around,
    own: &Verdict,
    context: &Context,
) -> Option<Verdict> {
    let leading = context.leading.as_deref()?;
    let next = around.next()?;
    let before_a_word = &context.text[token.end()..next.start] == " "
        && next.text.starts_with(|c: char| c.is_alphabetic());
    if !matches!(own, Verdict::Leave) || !MONTHS.contains(&token.text) || !before_a_word {
        return None;
    }
    let stems = context.dictionaries.stems(token.text);
    let found: Vec<Candidate> = stems
        .iter()
        .filter(|c| language(&c.locale) == leading)
        .cloned()
        .collect();
    if found.is_empty() && !stems.is_empty() {
        // "Slovensk Nov Mesto" in a Hungarian text: another language's name, listed with
        // what the other dictionaries make of it, since the text's language decides nothing.
        return Some(Verdict::Unknown {
            candidates: rank(&stems).into_iter().map(|r| r.spelling).collect(),
            reason: format!(
                "before `{}`, no month's abbreviation but a name's first word that lost \
                 letters, in another language than the text's ({leading})?",
                next.text
            ),
        });
    }
    let why = |_: &str| {
        format!(
            "in the text's language ({leading}), before `{}`: no month, which a day, a year or \
             a full stop follows",
            next.text
        )
    };
    let listed = format!(
        "before `{}`, no month's abbreviation but a name's first word that lost letters?",
        next.text
    );
    one_best_or_listed(&found, why, listed, context)
}

/// "Stifter set his novella Der Hochwald": a German article before a capitalised word, which
/// a German dictionary takes as written, opens a title or name in German, not a name that
/// lost letters ("Der" had become Czech "Deré").
fn opens_a_german_title(token: &Token, around: Around, context: &Context) -> bool {
    const ARTICLES: &[&str] = &["Das", "Dem", "Den", "Der", "Des", "Die", "Ein", "Eine"];
    let before_a_capital = around
        .next()
        .is_some_and(|next| next.is_capitalised() && &context.text[token.end()..next.start] == " ");
    ARTICLES.contains(&token.text)
        && before_a_capital
        && before_a_noun_as_written(token.text, context.dictionaries)
}

/// Whether a language that writes its nouns with a capital accepts `word` as written: then it
/// may be that language's word before a noun ("vom Schwärmen der Bienen", "van der Rohe").
fn before_a_noun_as_written(word: &str, dictionaries: &Dictionaries) -> bool {
    let accepting = dictionaries.accepting(word);
    accepting
        .into_iter()
        .any(|locale| capitalises_its_nouns(language(locale)))
}

/// A name's repair as a [`Verdict::Declinable`] when it is a Czech or Slovak adjective's base
/// form, in -ý, that the dictionaries know with other endings ("Malý", "Veľký", "Starý" are
/// surnames too); other names stay as they are, as their other endings are no agreement.
fn as_an_adjective(name: Verdict, context: &Context) -> Verdict {
    match &name {
        Verdict::Letters { spelling, .. } if spelling.ends_with(['ý', 'á']) => {
            declinable(name, context.dictionaries)
        }
        _ => name,
    }
}

/// A verdict with the ending its context gives it, if it is a [`Verdict::Declinable`] and the
/// context gives one; otherwise as it is (a declinable word's base form stands), or listed
/// where nothing says the base form is meant ([`base_form_or_listed`]).
pub(super) fn agreeing(
    token: &Token,
    around: Around,
    verdict: Verdict,
    verdicts: &FxHashMap<&str, Verdict>,
    context: &Context,
) -> Verdict {
    let agreed = declinable_in_context(token, around, &verdict, verdicts, context)
        .unwrap_or_else(|| base_form_or_listed(token, around, verdict, verdicts, context));
    // "the itn ostrov": an adjective's repair, whatever its ending, may be a name's first
    // word after "the" (the Žitný ostrov), as a lower-case word's is.
    a_names_first_word_after_the(token, around, &agreed.clone().alone(), context).unwrap_or(agreed)
}

/// Czech and Slovak prepositions that join a place's name to the river or hill it lies by
/// ("Hluboká nad Vltavou", "Brezová pod Bradlom", "Lučenec pri Ipli").
const PLACE_PREPOSITIONS: &[&str] = &["nad", "pod", "pri", "při"];

/// A declinable adjective in -ý whose context gave no ending keeps that masculine base form
/// where something around it reads as masculine or as a name's noun: a name before it (as
/// written or as repaired: "Stanislav Libensk", "tpnek Netolick"; here or elsewhere in the
/// text), a word of another language after it (its noun, whose ending the rules could not
/// read: "Oravsk hrad", "Gerlachovsk tt"; not a known one in a vowel, which is no masculine's
/// ending: "slovensk povesti" is slovenské, of tales), a capitalised English word after it ("the Kinsk
/// Palace", where the adjective keeps the ending of its own language's noun, most often
/// masculine: palác, hrad, most). Alone before a lower-case English word or a sentence's end
/// it is as often a feminine or neuter place ("Jasn", "Hlavn", "Tureck": Jasná, Hlavná,
/// Turecká), and its forms are listed. Over the ninety-two trial texts this lists ten wrong
/// repairs and one right one ("Kolondov most": Kolonádový, before a word English has too).
/// A form in -á that a name gave the word takes the masculine one before a masculine noun of
/// its language ([`is_a_masculine_noun_of`]: "Spolková dom" is Spolkový dom).
fn base_form_or_listed(
    token: &Token,
    around: Around,
    verdict: Verdict,
    verdicts: &FxHashMap<&str, Verdict>,
    context: &Context,
) -> Verdict {
    let Verdict::Declinable {
        spelling,
        forms,
        possessive,
        ..
    } = &verdict
    else {
        return verdict;
    };
    // A possessive's name stands elsewhere without its s ("Rudolf Slnsk", "Slnsks trial").
    let name = match possessive {
        true => token.text.strip_suffix('s').unwrap_or(token.text),
        false => token.text,
    };
    let one_space_between = |start: usize, end: usize| &context.text[start..end] == " ";
    if spelling.ends_with('á') {
        let masculine = around
            .next()
            .filter(|next| one_space_between(token.end(), next.start))
            .filter(|next| !PLACE_PREPOSITIONS.contains(&next.text))
            .filter(|next| is_a_masculine_noun_of(next.text, spelling, context));
        if let Some(noun) = masculine {
            let why = format!(
                "of its forms, the masculine one, before `{}`, a masculine noun of its language",
                noun.text
            );
            return form_ending_in(&verdict, 'y', &why).unwrap_or(verdict);
        }
    }
    // A foreign noun in a vowel other than those `agreeing_with_noun` reads says nothing of
    // its gender ("Prostonárodné slovenské povesti", of tales), and the base form would be a
    // guess.
    // Only a word the dictionaries know (as written or repaired) shows its ending: an unknown
    // one may have lost it, or a dash that glued the next word to it ("pivovarthe"). One
    // they know in a vowel and with a letter more may be either ("oko", eye, or "okoň";
    // "vysiela" or "vysielač"): no masculine's sign. One in -ý is a second adjective that
    // agrees ("Obvodný národný výbor").
    let ends_in_a_vowel = |next: &Token| {
        let noun = repaired(next.text, verdicts);
        let known = noun != next.text || !context.dictionaries.accepting(noun).is_empty();
        known && noun.ends_with(|c: char| "aeiouyáéíóúäôě".contains(c))
    };
    // A word glued to "the" by a lost dash is no noun whose ending the rules could not read
    // ("Jihlavsk podzemthe word podzem means": Jihlavské podzemí), unless the dash rules
    // split it, and its first half is the noun ("Mansk pivovarthe": pivovar).
    let glued_unread = |next: &Token| {
        dashes::glued_to_the(next.text).is_some()
            && !matches!(verdicts.get(next.text), Some(Verdict::Dash { .. }))
    };
    // "Hlubok nad Vltavou": before "nad" (above), "pod" (below) or "pri" (by) and a river or
    // a hill, the adjective is the place's name itself (Hluboká nad Vltavou, Brezová pod
    // Bradlom), and no noun follows it.
    let noun_after = around.next().is_some_and(|next| {
        one_space_between(token.end(), next.start)
            && !PLACE_PREPOSITIONS.contains(&next.text)
            && (next.is_capitalised()
                || (!context.dictionary.contains(next.text)
                    && !ends_in_a_vowel(next)
                    && !glued_unread(next)))
    });
    let name_before = around.previous.is_some_and(|previous| {
        is_a_name(repaired(previous.text, verdicts), context.dictionary)
            && one_space_between(previous.end(), token.start)
    });
    if !spelling.ends_with('ý') || noun_after || name_before || context.after_a_name.contains(name)
    {
        return verdict;
    }
    // Alone, such an adjective is most often a place or a river of its own, feminine (Teplá,
    // Jasná, Hlavná: the trial texts' clean spelling was in -á in 15 of 17 such listings);
    // before a noun of its language in a vowel, a plural's or a neuter's ("slovensk povesti").
    let before_its_noun = around.next().is_some_and(|next| {
        one_space_between(token.end(), next.start)
            && !context.dictionary.contains(next.text)
            && ends_in_a_vowel(next)
    });
    let likeliest = if before_its_noun { 'e' } else { 'a' };
    every_form_listed(spelling, forms, "nothing around it says which", likeliest)
}

/// Whether `noun`, in lower case, is a word of the `adjective`'s languages that ends in a hard
/// consonant, as Czech and Slovak masculine nouns do ("most", a bridge; "dom", a house;
/// "ostrov", an island), and not as feminine ones in a consonant do ("radost", "církev"):
/// the feminine form a single stem gave the adjective ("Kamenná", "Slanická") does not agree
/// with it. Soft consonants end feminine nouns as often ("noc", "věž", "obec"). The
/// feminine -ost is the abstract nouns' suffix, which follows an adjective's stem, so a word
/// of four letters in -ost is no such noun ("most", a bridge; "host", a guest).
fn is_a_masculine_noun_of(noun: &str, adjective: &str, context: &Context) -> bool {
    const HARD: &[char] = &[
        'b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z',
    ];
    const FEMININE: &[&str] = &["ev", "ves", "lav"];
    let abstract_noun = noun.ends_with("ost") && noun.chars().count() > 4;
    let languages = context.dictionaries.accepting(adjective);
    noun.starts_with(|c: char| c.is_lowercase())
        && noun.ends_with(HARD)
        && !abstract_noun
        && !FEMININE.iter().any(|ending| noun.ends_with(ending))
        && context
            .dictionaries
            .accepting(noun)
            .iter()
            .any(|locale| languages.contains(locale))
}

/// A declinable word's base form and its other `forms` listed, as the dictionary knows the
/// word with several endings and `why_none` of them is chosen; the forms ending in `likeliest`
/// (an ASCII vowel: `a` for -á, -a) first.
fn every_form_listed(spelling: &str, forms: &[String], why_none: &str, likeliest: char) -> Verdict {
    let mut every: Vec<String> = std::iter::once(spelling.to_string())
        .chain(forms.iter().cloned())
        .collect();
    // A stable sort: the other forms keep their order.
    every.sort_by_key(|form| form.chars().next_back().map(fold_diacritic) != Some(likeliest));
    Verdict::Unknown {
        reason: format!(
            "the dictionary knows the word with several endings, and {why_none}: {}",
            every.join(", ")
        ),
        candidates: every,
    }
}

/// The ending a [`Verdict::Declinable`] takes from what is around it: the one that agrees
/// with the name part after it, the feminine one after a woman's given name, or the one that
/// agrees with the noun of its phrase; `None` keeps its base form.
fn declinable_in_context(
    token: &Token,
    around: Around,
    own: &Verdict,
    verdicts: &FxHashMap<&str, Verdict>,
    context: &Context,
) -> Option<Verdict> {
    let Verdict::Declinable { spelling, .. } = own else {
        return None;
    };
    let name_part = around
        .next()
        .filter(|next| is_name_part_after(context.text, token, next, context.dictionary));
    if let Some(next) = name_part {
        // Only where the name part says nothing is a second adjective looked through, which
        // reads every dictionary.
        let agreed = match agreeing_ending(own, next.text, verdicts, context.dictionaries) {
            listed @ Verdict::Unknown { .. } => {
                match second_adjective_noun(spelling, next, around, context) {
                    Some(noun) if noun.is_capitalised() => {
                        agreeing_ending(own, noun.text, verdicts, context.dictionaries)
                    }
                    Some(noun) => agreeing_with_noun(
                        own,
                        (repaired(noun.text, verdicts), "after"),
                        verdicts,
                        context,
                    )
                    .unwrap_or(listed),
                    None => listed,
                }
            }
            agreed => agreed,
        };
        return Some(with_a_lost_capital(token, agreed, next.text));
    }
    if let Some(woman) = around
        .previous
        .filter(|given| is_a_womans_given_name(context.text, given, token))
    {
        let why = format!(
            "of its forms, the feminine one, after the given name `{}`",
            woman.text
        );
        return form_ending_in(own, 'a', &why);
    }
    let noun = match phrase_noun(context, token, around.following, verdicts) {
        Some(noun) => Some((noun, "after")),
        None => {
            if let Some(listed) =
                after_an_undecided_adjective(context.text, token, around, own, verdicts)
            {
                return Some(listed);
            }
            noun_it_ends(context, token, around).map(|noun| (noun, "before"))
        }
    };
    // Only the adjective's own languages say whether the noun lost its ending: Polish
    // "dolinę" says nothing of Slovak "dolina".
    let ending_its_own = |noun: &str| {
        let languages = context.dictionaries.accepting(spelling);
        !context.dictionaries.extends_by_a_letter(noun, &languages)
    };
    let (noun, side) = noun.map(|(noun, side)| (repaired(noun, verdicts), side))?;
    if !ending_its_own(noun) {
        return None;
    }
    let agreed = agreeing_with_noun(own, (noun, side), verdicts, context);
    // A noun before the adjective in a vowel is most often a woman's given name ("Marie
    // Soukupov"), whose surname's base form in -ová stands.
    match side {
        "after" => agreed.or_else(|| forms_of_an_undecided_noun(own, noun)),
        _ => agreed,
    }
}

/// Every form of a [`Verdict::Declinable`] listed, when it follows one space after a
/// capitalised word restore lists with an adjective's base form among its candidates ("Velk
/// pardubick", Velká pardubická, a race: "Velk" may be Velký or Velík): the two are one name,
/// the first word's ending is undecided, and the second's agrees with it.
fn after_an_undecided_adjective(
    text: &str,
    token: &Token,
    around: Around,
    own: &Verdict,
    verdicts: &FxHashMap<&str, Verdict>,
) -> Option<Verdict> {
    let previous = around.previous?;
    let undecided_adjective = matches!(
        verdicts.get(previous.text),
        Some(Verdict::Unknown { candidates, .. }) if candidates.iter().any(|c| c.ends_with('ý'))
    );
    if !undecided_adjective || &text[previous.end()..token.start] != " " {
        return None;
    }
    let Verdict::Declinable {
        spelling, forms, ..
    } = own
    else {
        return None;
    };
    let why = format!(
        "`{}` before it, whose ending is undecided, says none",
        previous.text
    );
    Some(every_form_listed(spelling, forms, &why, 'a'))
}

/// Every form of a [`Verdict::Declinable`] listed, when the noun of its phrase ends in a vowel
/// whose gender [`agreeing_with_noun`] cannot tell ("slovensk povesti", "Oneskoren reporte":
/// Slovak plurals in -i and -e, slovenské, Oneskorené): a noun in a vowel is seldom a
/// masculine singular, which the base form is. A noun in a consonant mostly is ("Kyjovsk
/// prales", "Levick hrad"), and the base form stands: in the trial texts, 38 of 45 such
/// repairs were right (the wrong ones before nouns glued to the next word or misread).
fn forms_of_an_undecided_noun(own: &Verdict, noun: &str) -> Option<Verdict> {
    let Verdict::Declinable {
        spelling, forms, ..
    } = own
    else {
        return None;
    };
    // A soft adjective ("Klášterní zahrady") has one form for every gender.
    let soft = spelling.ends_with('í');
    let last = noun.chars().next_back().map(fold_diacritic)?;
    (!soft && "aeiouy".contains(last)).then(|| {
        every_form_listed(
            spelling,
            forms,
            &format!("none agrees with `{noun}` after it alone"),
            'e',
        )
    })
}

/// `Vek Studen dolina`: the word one space after `next`, when `next` is a second adjective
/// that lost its ending (the languages of `adjective`, the first one's base form, know it
/// with one of their letters added): both agree with that word (Veľká Studená dolina), and
/// `next` alone says nothing of the ending.
fn second_adjective_noun<'t, 'a>(
    adjective: &str,
    next: &Token,
    around: Around<'t, 'a>,
    context: &Context,
) -> Option<&'t Token<'a>> {
    let noun = around.following.get(1)?;
    let languages = context.dictionaries.accepting(adjective);
    let bare = context
        .dictionaries
        .extends_by_a_letter(next.text, &languages);
    (bare && &context.text[next.end()..noun.start] == " ").then_some(noun)
}

/// The spelling the verdicts repair `word` with, or `word` as it stands; of a word glued to
/// the next by a lost dash, the part before the dash ("horathe": hora, a noun whose ending an
/// adjective before it agrees with).
fn repaired<'a>(word: &'a str, verdicts: &'a FxHashMap<&str, Verdict>) -> &'a str {
    match verdicts.get(word) {
        Some(Verdict::Dash { at, .. }) => &word[..*at],
        Some(verdict) => verdict.letters_spelling().unwrap_or(word),
        None => word,
    }
}

/// `Slovensk nrodn rada`, `Mierov nmestie`: a capitalised word before a phrase of another
/// language (see [`phrase_noun`]) whose one stem with its last letter inserted (or the base
/// form of several such, "Svetov kongres": Svetový, Svetová) is a word the dictionaries know
/// with other endings is that phrase's adjective, and takes the form that
/// agrees with the noun, whatever the word could be on its own (a name as written, a common
/// word capitalised: Slovak accepts "Slovensk" and "mierov").
fn adjective_of_a_phrase(
    token: &Token,
    around: Around,
    verdicts: &FxHashMap<&str, Verdict>,
    context: &Context,
) -> Option<Verdict> {
    let noun = phrase_noun(context, token, around.following, verdicts)?;
    let with_an_ending = |name: &Name| {
        let mut letters = name.spelling.chars();
        letters.next_back().is_some_and(|last| !last.is_ascii()) && letters.as_str() == token.text
    };
    let adjectives: Vec<Name> = names_for(token.text, context.dictionaries)
        .into_iter()
        .filter(with_an_ending)
        .collect();
    // Several are the one adjective's forms (the word with its last letter inserted each
    // time: "Svetový", "Svetová"), of which the base form is the one to decline.
    let adjective = match adjectives.as_slice() {
        [one] => one,
        several => several
            .iter()
            .find(|a| a.spelling.ends_with('ý'))
            .or_else(|| several.iter().find(|a| a.spelling.ends_with('á')))?,
    };
    let languages: Vec<&str> = adjective.locales.iter().map(String::as_str).collect();
    if context.dictionaries.extends_by_a_letter(noun, &languages) {
        return None;
    }
    let repaired = Verdict::Letters {
        spelling: adjective.spelling.clone(),
        evidence: format!(
            "Hunspell {}: the only stem that is the word with its last letter inserted, before \
             a phrase in that language",
            adjective.locales.join(", ")
        ),
        possessive: false,
    };
    // A word with no other endings stays a `Letters` verdict, which no noun makes agree.
    let declinable = declinable(repaired, context.dictionaries);
    agreeing_with_noun(&declinable, (noun, "after"), verdicts, context)
}

/// The noun of another language right before `token` when `token` ends its phrase (a bracket,
/// a gloss in brackets, a punctuation mark, a lost spaced dash or an English word follows):
/// an adjective set after its noun, as titles and names sometimes do ("Listy dvrn", Listy
/// důvěrné, letters, plural, not "důvěrný"; "Matica slovensk and", Matica slovenská; "Jednota
/// bratrsk  had grown", Jednota bratrská). A capitalised word in -o or -y before
/// a capitalised one is no such noun: a man's given name ("Janko Rimavsk", a pen name,
/// Rimavský) or an adjective itself ("Turiansky Svt").
fn noun_it_ends<'a>(context: &Context, token: &Token, around: Around<'_, 'a>) -> Option<&'a str> {
    let noun = around.previous?;
    let given_name_or_adjective =
        token.is_capitalised() && noun.is_capitalised() && noun.text.ends_with(['o', 'y']);
    if given_name_or_adjective {
        return None;
    }
    let after = &context.text[token.end()..];
    let english_follows = around.next().is_some_and(|next| {
        &context.text[token.end()..next.start] == " " && context.dictionary.contains(next.text)
    });
    // A gloss in brackets ends the phrase too ("Epitoly kutnohorsk (Kutná Hora Epistles)"),
    // and so do two spaces, all a spaced dash leaves ("Jednota bratrsk  had grown").
    let ends = after.is_empty()
        || after.starts_with([')', ',', '.', ';', ':'])
        || after.starts_with(" (")
        || after.starts_with("  ")
        || english_follows;
    let english = context.dictionary.contains(&noun.text.to_lowercase());
    (ends && !english && &context.text[noun.end()..token.start] == " ").then_some(noun.text)
}

/// Whether the text also has `word` in lower case, left as it is (a word as it stands).
fn written_in_lower_case(word: &str, verdicts: &FxHashMap<&str, Verdict>) -> bool {
    let lower = word.to_lowercase();
    lower != word && matches!(verdicts.get(lower.as_str()), Some(Verdict::Leave))
}

/// Whether `next` is a capitalised word one space after `token`, and no English word: the two
/// are one name ("Banská Bystrica"). An English noun after it ("Kinsk Palace") is the
/// English name of a place called by the adjective's base form ("the Kinský Palace"), and
/// its ending says nothing about the adjective's.
fn is_name_part_after(text: &str, token: &Token, next: &Token, english: &Dictionary) -> bool {
    capitalised_after(text, token, next) && !english.contains(&next.text.to_lowercase())
}

/// Whether a capitalised English word follows `token`, one space after it or after a title's
/// small words ("Human Rights", "the Party and the Guests"): the two are words of a title.
/// After "of" alone, a name English has as written counts too where `token` is an English
/// word itself ("the Voice of America", "the Bank of England"): an English name's head, not
/// a foreign name that lost letters (it had become Czech "Vožice"). Not across more small
/// words: "remade Tel in the Italian fashion" is the town Telč.
fn title_word_after(text: &str, token: &Token, following: &[Token], english: &Dictionary) -> bool {
    let mut before = token;
    for next in following {
        if &text[before.end()..next.start] != " " {
            return false;
        }
        if !TITLE_LOWER_CASE_WORDS.contains(&next.text) {
            let english_name = before.text == "of"
                && before.start == following[0].start
                && english.contains_exact(next.text)
                && english.contains(&token.text.to_lowercase());
            return next.is_capitalised()
                && (english.contains(&next.text.to_lowercase()) || english_name);
        }
        before = next;
    }
    false
}

/// Whether a capitalised English word stands before `token` with a title's small words
/// between, one space apart ("Eye of the Sea", the name of a lake), or right after a
/// capitalised article ("The Garden Party", which had become Czech "Partyš"), or after two
/// more capitalised English words ("World Heritage List", which had become Romanian
/// "Listă"): the title's last word, not a name that lost letters (it had become Slovak
/// "Seďa"). Otherwise the word before may be a title of a person's ("President Husk").
fn title_word_before(text: &str, token: &Token, english: &Dictionary) -> bool {
    let capitalised_english = |word: &str| {
        word.starts_with(|c: char| c.is_ascii_uppercase())
            && word.chars().all(|c| c.is_ascii_alphabetic())
            && english.contains(&word.to_lowercase())
    };
    let mut before = text[..token.start].rsplit(' ');
    if before.next() != Some("") {
        return false;
    }
    let mut small_words = 0;
    while let Some(word) = before.next() {
        if TITLE_LOWER_CASE_WORDS.contains(&word) {
            small_words += 1;
            continue;
        }
        if !capitalised_english(word) {
            return false;
        }
        // "The Garden Party": a capitalised article before the run opens a title too; and
        // "World Heritage List": a third capitalised English word.
        let earlier = before.next();
        let article =
            earlier.is_some_and(|w| matches!(w.trim_start_matches(['(', '"']), "The" | "A" | "An"));
        let third = earlier.is_some_and(capitalised_english);
        return small_words > 0 || article || third;
    }
    false
}

/// Whether `next` is capitalised and one space after `token`.
fn capitalised_after(text: &str, token: &Token, next: &Token) -> bool {
    next.is_capitalised() && &text[token.end()..next.start] == " "
}

/// The form of a [`Verdict::Declinable`] whose ending agrees with the name part after it:
/// -a before a feminine noun in -a ("Banská Bystrica", as Slavic adjectives agree with their
/// noun), -e before a neuter noun in -o or a plural in -y ("Štrbské Pleso", "Vysoké Tatry",
/// Polish "Nowe Miasto"), as [`agreeing_with_noun`] reads a noun's ending. Other endings
/// tell too little: a noun in -i may be a neuter that lost its last letters ("Valask Mezi",
/// Valašské Meziříčí, had become "Valaskí"). One in a consonant is masculine, -y, unless its
/// ending is a feminine's or it is undecided itself ([`ends_as_a_masculine`]). None agreeing,
/// or several, and the forms are listed: the base form would be a guess.
fn agreeing_ending(
    declinable: &Verdict,
    next: &str,
    verdicts: &FxHashMap<&str, Verdict>,
    dictionaries: &Dictionaries,
) -> Verdict {
    let why = format!("of its forms, the one whose ending agrees with `{next}` after it");
    // A place in -ice is most often a plural ("České Budějovice", "Horní Počernice"), unless
    // the dictionary declines it as one place ("Česká Kamenice", "Nová Bystřice"); a word in
    // -e otherwise says nothing ("Dlouhá ulice" is one street). A place in -ves is "ves", a
    // village, which is feminine ("Nová Ves", "Spišská Nová Ves").
    let ending = |last: char| match last {
        'a' => Some('a'),
        'o' | 'y' => Some('e'),
        'e' if next.ends_with("ice") => {
            let singular = declined_as_one_place(repaired(next, verdicts), dictionaries);
            Some(if singular { 'a' } else { 'e' })
        }
        's' if next.to_lowercase().ends_with("ves") => Some('a'),
        _ if ends_as_a_masculine(next, verdicts) => Some('y'),
        _ => None,
    };
    let agreeing = next
        .chars()
        .next_back()
        .and_then(ending)
        .and_then(|ending| form_ending_in(declinable, ending, &why));
    if let Some(verdict) = agreeing {
        return verdict;
    }
    let Verdict::Declinable {
        spelling, forms, ..
    } = declinable
    else {
        return declinable.clone();
    };
    // A noun whose ending says nothing most often lost letters there, and the endings that
    // do are a neuter's or a plural's, -ě, -í, -iště ("Uhersk Hradit", Uherské Hradiště;
    // "Marinsk Lzn", Mariánské Lázně): the neuter first (in the trial texts, 13 of these
    // listings' clean spellings were neuter, 7 feminine, 3 masculine).
    every_form_listed(
        spelling,
        forms,
        &format!("none agrees with `{next}` after it alone"),
        'e',
    )
}

/// Whether a Czech place in -ice is a feminine singular ("Kamenice", "Bystřice"), not a
/// plural ("Budějovice", "Teplice"): a dictionary that declines it has its instrumental
/// singular in -icí ("Kamenicí") and no dative plural in -icím ("Budějovicím"). One that has
/// both or neither is read as the plural most such places are.
fn declined_as_one_place(place: &str, dictionaries: &Dictionaries) -> bool {
    let Some(stem) = place.strip_suffix("ice") else {
        return false;
    };
    let accepted = |ending: &str| {
        !dictionaries
            .accepting(&format!("{stem}ic{ending}"))
            .is_empty()
    };
    accepted("í") && !accepted("ím")
}

/// Whether the name part `next` ends as a masculine noun does in Czech, Slovak and Polish: in a
/// consonant, as written when restore leaves it, or as its repair spells it ("Uhersk Ostroh",
/// "Plzesk Prazdroj", "Doln Kubn": Uherský, Plzeňský, Dolný Kubín). Not when `next` itself
/// lost letters restore could not decide ("Uhersk Hradit" is Uherské Hradiště: the vowel
/// deleted at its end was the ending), nor for the endings of feminine nouns that end in a
/// consonant ("Mladá Boleslav", "Nová Ves", "Plzeň", "radost", "církev").
fn ends_as_a_masculine(next: &str, verdicts: &FxHashMap<&str, Verdict>) -> bool {
    // A month's abbreviation left as it stands ("Nov") is read in its own context later, as
    // a name's first word that lost its ending ("Kysuck Nov Mesto": Kysucké Nové Mesto).
    let decided = !MONTHS.contains(&next)
        && verdicts
            .get(next)
            .is_some_and(|v| matches!(v, Verdict::Leave) || v.repairs_letters());
    if !decided {
        return false;
    }
    let lower = repaired(next, verdicts).to_lowercase();
    let feminine = ["lav", "ost", "osť", "ves", "ev", "ň", "ď", "ť", "ś", "ź"]
        .iter()
        .any(|ending| lower.ends_with(ending));
    let consonant = lower
        .chars()
        .next_back()
        .is_some_and(|last| last.is_alphabetic() && !"aeiouy".contains(fold_diacritic(last)));
    consonant && !feminine
}

/// "trbsk Pleso": a lower-case word whose repair inserts its first letter, and agrees with
/// the name part after it, is that name's first part, and takes a capital (Štrbské Pleso): an
/// English text capitalises both words of such a name, and the letter that would show it
/// was lost.
fn with_a_lost_capital(token: &Token, agreed: Verdict, next: &str) -> Verdict {
    let why = format!("the first part of a name with `{next}`");
    with_the_capital_deleted(token, &agreed, &why).unwrap_or(agreed)
}

/// A lower-case `token`'s repair that inserts its first letter, capitalised, `as` what the
/// caller found it to be: deletion took the capital with the letter. `None` for any other
/// verdict.
fn with_the_capital_deleted(token: &Token, repaired: &Verdict, why: &str) -> Option<Verdict> {
    let Verdict::Letters {
        spelling,
        evidence,
        possessive,
    } = repaired
    else {
        return None;
    };
    let first_inserted = token.text.starts_with(|c: char| c.is_ascii_lowercase())
        && spelling.starts_with(|c: char| !c.is_ascii() && c.is_lowercase());
    first_inserted.then(|| Verdict::Letters {
        spelling: letters::capitalise(spelling),
        evidence: format!("{evidence}; capitalised, as {why}"),
        possessive: *possessive,
    })
}

/// `Hana Ponick`: a capitalised word in -a one space before a surname, as a Slavic woman's
/// given name is ("Hana", "Milada", "Danka"); her surname takes its feminine form (Ponická,
/// not the base form Ponický), in an English text as in her own language.
fn is_a_womans_given_name(text: &str, given: &Token, surname: &Token) -> bool {
    given.text.ends_with('a') && follows_a_name(text, given, surname)
}

/// `Slovensk nrodn divadlo`: the noun a declinable word is an adjective of, when the words
/// after it are lower case, one space apart, in no English list, and are more declinable
/// words up to that noun: a phrase in the name's own language, not a name used in English.
fn phrase_noun<'a>(
    context: &Context,
    token: &Token,
    following: &[Token<'a>],
    verdicts: &FxHashMap<&str, Verdict>,
) -> Option<&'a str> {
    let mut before = token;
    for word in following {
        let in_phrase = &context.text[before.end()..word.start] == " "
            && word.text.starts_with(|c: char| c.is_lowercase())
            && !context.dictionary.contains(word.text);
        if !in_phrase {
            return None;
        }
        match verdicts.get(word.text) {
            Some(Verdict::Declinable { .. }) => {}
            // The noun is the part before a lost dash ("Zelen horathe name means").
            Some(Verdict::Dash { at, .. }) => return Some(&word.text[..*at]),
            _ => return Some(word.text),
        }
        before = word;
    }
    None
}

/// The form of a [`Verdict::Declinable`] that agrees with `noun` on its `side`, when the noun's
/// ending tells its gender as Czech and Slovak nouns mostly do: one in -a is feminine
/// ("Slovenská národná rada"), one in -o or a loan's -um neuter ("Slovenské národné
/// divadlo", "Stredoslovenské múzeum"), one in -y a
/// plural that takes the same ending ("Ostře sledované vlaky", of trains; "mladé ženy", of
/// women), a Czech one in -í neuter ("Anenské náměstí"), one in -ice feminine
/// ("Staroměstská radnice", "Zlatá ulice"), a Slovak one in -ie neuter too ("Mierové
/// námestie"), and a Czech one in -ie feminine, a loan word ("Česká akademie", "Alšova
/// jihočeská galerie"). Any other
/// ending says too little (masculine "výbor" and feminine "noc"
/// both end in a consonant), and the base form stands, as it does for names an English text
/// uses. (The caller makes sure the ending is the noun's own: not one a dictionary knows with
/// a letter more, which deletion may have taken, as from "vysielač".)
fn agreeing_with_noun(
    declinable: &Verdict,
    (noun, side): (&str, &str),
    verdicts: &FxHashMap<&str, Verdict>,
    context: &Context,
) -> Option<Verdict> {
    let dictionaries = context.dictionaries;
    let ending = match noun.chars().next_back()? {
        'a' => 'a',
        'o' | 'y' | 'í' => 'e',
        'e' if noun.ends_with("ice") => 'a',
        'e' if noun.ends_with("ie") && only_slovak(noun, verdicts, dictionaries) => 'e',
        'e' if noun.ends_with("ie") && czech_alone(declinable, noun, verdicts, dictionaries) => 'a',
        // A loan in -um ("múzeum", "centrum", "gymnázium") is neuter; a short one may be
        // masculine ("rum").
        'm' if noun.ends_with("um") && noun.chars().count() >= 5 => 'e',
        _ => return None,
    };
    let why = format!("of its forms, the one that agrees with the noun `{noun}` {side} it");
    let agreed = form_ending_in(declinable, ending, &why)?;
    Some(soft_in_the_nouns_language(
        declinable, agreed, noun, verdicts, context,
    ))
}

/// A soft adjective ("Národní", "Klášterní") has one form for every gender in Czech, so the
/// form that agrees with its noun by ending is another language's ("Národná" is Slovak):
/// where no language has both that form and the noun ("třída", a Czech street), the soft
/// form stands (Národní třída). Where one has both ("divadlo", Czech and Slovak), the text
/// may be in it, and the agreeing form stands (Slovenské národné divadlo), unless the text's
/// other repairs lead in the soft adjective's language and the agreeing form is not of it: a
/// Czech text's "Nrodn noviny" is Národní noviny, which Slovak would call "Národné". Over
/// the 350 trial texts this mended 2 wrong repairs.
fn soft_in_the_nouns_language(
    declinable: &Verdict,
    agreed: Verdict,
    noun: &str,
    verdicts: &FxHashMap<&str, Verdict>,
    context: &Context,
) -> Verdict {
    let dictionaries = context.dictionaries;
    let (
        Verdict::Declinable {
            spelling,
            evidence,
            possessive,
            ..
        },
        Verdict::Letters { spelling: form, .. },
    ) = (declinable, &agreed)
    else {
        return agreed;
    };
    let languages = |word: &str| dictionaries.languages_accepting([word]);
    let nouns = languages(repaired(noun, verdicts));
    let form_languages = languages(form);
    let shared = form_languages.iter().any(|l| nouns.contains(l));
    // A capitalised one starts a name; in lower case it follows a word of the phrase, whose
    // language the text's leading one need not be ("Slovensk nrodn povstanie" in a text
    // whose repairs are mostly Czech is the Slovak Slovenské národné povstanie).
    let leading_soft = context.leading.as_deref().is_some_and(|leading| {
        spelling.starts_with(char::is_uppercase)
            && languages(spelling).iter().any(|l| l == leading)
            && !form_languages.iter().any(|l| l == leading)
    });
    if !spelling.ends_with('í') || (shared && !leading_soft) {
        return agreed;
    }
    let whose = match shared {
        true => "not in the language of the text's other repairs",
        false => "in no language of the noun's",
    };
    Verdict::Letters {
        spelling: spelling.clone(),
        evidence: format!(
            "{evidence}; a soft adjective, whose form agreeing with `{noun}` by its ending is \
             {whose}"
        ),
        possessive: *possessive,
    }
}

/// Whether the only dictionaries that accept `noun` (as its verdict repairs it, if it does)
/// are Slovak.
fn only_slovak(
    noun: &str,
    verdicts: &FxHashMap<&str, Verdict>,
    dictionaries: &Dictionaries,
) -> bool {
    dictionaries.languages_accepting([repaired(noun, verdicts)]) == ["sk"]
}

/// Whether the adjective is Czech alone and `noun` (as its verdict repairs it, if it does)
/// Czech and not Slovak: a Slovak noun in -ie, neuter, may be missing from the Slovak
/// dictionary and found in the Czech one ("Slovensk rudohorie", Slovenské rudohorie), but
/// then the adjective is Slovak too. (Polish and Romanian have "galerie" as well.)
fn czech_alone(
    declinable: &Verdict,
    noun: &str,
    verdicts: &FxHashMap<&str, Verdict>,
    dictionaries: &Dictionaries,
) -> bool {
    let Verdict::Declinable { spelling, .. } = declinable else {
        return false;
    };
    let languages = |word: &str| dictionaries.languages_accepting([word]);
    let noun_languages = languages(repaired(noun, verdicts));
    let czech_noun =
        noun_languages.iter().any(|l| l == "cs") && !noun_languages.iter().any(|l| l == "sk");
    czech_noun && languages(spelling) == ["cs"]
}

/// The repair by the one form of a [`Verdict::Declinable`] whose last letter, without its
/// accent, is `ending`; `why` says what chose that ending. None if no form or several end so.
fn form_ending_in(declinable: &Verdict, ending: char, why: &str) -> Option<Verdict> {
    let Verdict::Declinable {
        spelling,
        evidence,
        possessive,
        forms,
    } = declinable
    else {
        return None;
    };
    // A Czech form in -ě is an adverb ("sledovaně", closely watchedly), never an adjective
    // that agrees with a noun.
    let mut agreeing = std::iter::once(spelling)
        .chain(forms)
        .filter(|f| !f.ends_with('ě'))
        .filter(|f| f.chars().next_back().map(fold_diacritic) == Some(ending));
    let (Some(one), None) = (agreeing.next(), agreeing.next()) else {
        return None;
    };
    Some(Verdict::Letters {
        spelling: one.clone(),
        evidence: format!("{evidence}; {why}"),
        possessive: *possessive,
    })
}

/// Whether only spaces and commas separate `token` from the word before it: it is not the
/// first word of a sentence, a line or a title, so its capital is its own.
fn inside_a_sentence(text: &str, previous: &Token, token: &Token) -> bool {
    let gap = &text[previous.end()..token.start];
    !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == ',')
}

/// "the KS": a word in capitals left as written (English has "KS", Kansas) that the text's
/// leading language has as an acronym with letters beyond ASCII (Czech KSČ), listed with
/// those acronyms. Only the leading language's: every language's dictionary makes some
/// acronym of a common English one ("TV": German "TÜV", Czech "ČTV"). Over the 452 trial
/// texts this listed 8 such places that had been silent (KSČ, Polish ŻOB), and 12 where the
/// acronym was meant as written (11 of them "the SS", Czech "SSČ"): which one a text means,
/// only its subject says.
fn an_acronym_of_the_leading_language(
    token: &Token,
    own: &Verdict,
    context: &Context,
) -> Option<Verdict> {
    let leading = context.leading.as_deref()?;
    let word = token.text;
    if a_roman_numeral(word) || !matches!(own, Verdict::Leave) {
        return None;
    }
    let acronyms: Vec<String> = rank(&acronyms_that_lost_letters(word, context.dictionaries))
        .into_iter()
        .filter(|r| r.locales.iter().any(|l| language(l) == leading))
        .map(|r| r.spelling)
        .collect();
    (!acronyms.is_empty()).then(|| Verdict::Unknown {
        candidates: acronyms,
        reason: format!(
            "an acronym English may have, but also {leading}'s, the language of the text's \
             other repairs, without the letters the damage deleted?"
        ),
    })
}

/// Whether `word` is written in the letters of Roman numerals ("IV", not Czech "ÚIV").
fn a_roman_numeral(word: &str) -> bool {
    word.bytes().all(|b| b"IVXLCDM".contains(&b))
}

/// The names an English word capitalised after a reporting verb and a comma may be, listed:
/// it opens a quotation that lost its marks as often as it is a name that lost letters, so
/// it is not repaired ("she said, Now they’ll tell us" had become Polish "Nową").
fn opening_a_quotation(
    token: &Token,
    verb: &Token,
    maybe_a_name: &Verdict,
    context: &Context,
) -> Option<Verdict> {
    let Verdict::MaybeName { names, .. } = maybe_a_name else {
        return None;
    };
    let opens = quotes::is_reporting_verb(verb.text)
        && &context.text[verb.end()..token.start] == ", "
        && context.dictionary.contains(&token.text.to_lowercase());
    opens.then(|| Verdict::Unknown {
        candidates: names.iter().map(|n| n.spelling.clone()).collect(),
        reason: "an English word capitalised after a reporting verb and a comma: the start of a \
                 quotation that lost its marks, or a name that lost letters?"
            .into(),
    })
}

/// Whether `token` is capitalised and one space after a capitalised word: after a name
/// restored with letters, the name's second part ("Lőrinc Szab"), which may be a word as it
/// stands ("Szab" is a Hungarian verb, "Ger" an English abbreviation) and still have lost a
/// letter.
fn follows_a_name(text: &str, previous: &Token, token: &Token) -> bool {
    previous.is_capitalised() && capitalised_after(text, previous, token)
}

/// "Mihly Tmr": a name part repaired in one language after a given name restored in
/// another is that given name's surname, and a person's names share a language more often
/// than the text's other repairs do (Mihály Tímár in a Slovak town's story, not Czech
/// "Týmr"). So where the given name's language ([`language_of_a_name`]) does not accept
/// the repair, the word's stems are searched in that language: the one best is repaired,
/// several are listed with the repair. Nothing changes where it has none.
fn in_the_given_names_language(
    token: &Token,
    around: Around,
    own: &Verdict,
    verdicts: &FxHashMap<&str, Verdict>,
    context: &Context,
) -> Option<Verdict> {
    let Verdict::Letters {
        spelling,
        possessive: false,
        ..
    } = own
    else {
        return None;
    };
    let given = match verdicts.get(around.previous?.text)? {
        Verdict::Letters { spelling, .. } => spelling,
        _ => return None,
    };
    let dictionaries = context.dictionaries;
    let its_language = language_of_a_name(given, dictionaries)?;
    let in_its_language = |locale: &str| language(locale) == its_language;
    if dictionaries
        .accepting(spelling)
        .into_iter()
        .any(in_its_language)
    {
        return None;
    }
    let ranked: Vec<Ranked> = rank(&dictionaries.stems(token.text))
        .into_iter()
        .filter(|r| r.locales.iter().any(|l| in_its_language(l)))
        .collect();
    match best(&ranked).as_slice() {
        [] => None,
        [one] => Some(Verdict::Letters {
            spelling: one.spelling.clone(),
            evidence: format!(
                "Hunspell {}: the only stem with {} inserted letter{} in the language of the \
                 given name before it (`{given}`), where `{spelling}` is another language's",
                one.locales.join(", "),
                one.insertions,
                if one.insertions == 1 { "" } else { "s" }
            ),
            possessive: false,
        }),
        several => Some(Verdict::Unknown {
            candidates: several
                .iter()
                .map(|r| r.spelling.clone())
                .chain([spelling.clone()])
                .collect(),
            reason: format!(
                "after the given name `{given}`, a surname of its language, or `{spelling}`?"
            ),
        }),
    }
}

/// The language of a restored name: the one language whose dictionary accepts it, or of
/// several the one it is spelt most like (Czech's dictionary lists Hungarian names too, but
/// "Mihály" is spelt as Hungarian is).
fn language_of_a_name(name: &str, dictionaries: &Dictionaries) -> Option<String> {
    let languages = dictionaries.languages_accepting([name]);
    if let [one] = languages.as_slice() {
        return Some(one.clone());
    }
    let languages: Vec<&str> = languages.iter().map(String::as_str).collect();
    let likelihoods = dictionaries.likelihoods(&[name], &languages);
    let likeliest = likelihoods
        .iter()
        .max_by(|a, b| a.1[0].total_cmp(&b.1[0]))?;
    Some(likeliest.0.clone())
}

/// The word one space before `token`, as repaired, when it may be a woman's given name:
/// capitalised and in -a, as a Slavic woman's given name is ("Žofia", "Ľubica").
fn after_a_womans_given_name<'t>(
    token: &Token,
    around: Around<'t, '_>,
    text: &str,
) -> Option<&'t str> {
    let given = around.previous_spelling?;
    let spaced = around
        .previous
        .is_some_and(|p| &text[p.end()..token.start] == " ");
    (spaced && given.ends_with('a') && given.starts_with(char::is_uppercase)).then_some(given)
}

/// [`after_a_womans_given_name`] where the word before is a name as written or repaired:
/// the given name, as repaired.
fn after_a_womans_name<'t>(
    token: &Token,
    around: Around<'t, '_>,
    context: &Context,
) -> Option<&'t str> {
    let given = after_a_womans_given_name(token, around, context.text)?;
    (around.previous_repaired || !context.dictionaries.naming(given).is_empty()).then_some(given)
}

/// "Kateina Tukovs novel": one space after a woman's given name (in -a, a name as written
/// or repaired), a surname repaired without the -á that ends a Czech or Slovak woman's
/// surname ("Tuškov", one letter inserted) where the dictionaries have the same letters in
/// -á too (Tučková, Tušková: two) is listed with those first: the fewest letters had made a
/// man's name of a woman's.
fn a_womans_surname_made_a_mans(
    token: &Token,
    around: Around,
    own: &Verdict,
    context: &Context,
) -> Option<Verdict> {
    let Verdict::Letters {
        spelling,
        possessive,
        ..
    } = own
    else {
        return None;
    };
    if spelling.ends_with('á') {
        return None;
    }
    let given = after_a_womans_name(token, around, context)?;
    let word = possessed(token.text, *possessive);
    let womens: Vec<Candidate> = context
        .dictionaries
        .stems(word)
        .into_iter()
        .filter(|c| c.spelling.ends_with('á') && c.spelling.starts_with(char::is_uppercase))
        .collect();
    let feminine: Vec<String> = rank(&womens).into_iter().map(|r| r.spelling).collect();
    if feminine.is_empty() {
        return None;
    }
    let reason = format!(
        "after the woman's given name `{given}`, a woman's surname in -á ({}) as likely as \
         `{spelling}`",
        feminine.join(", ")
    );
    let owned = |name: &String| match possessive {
        true => format!("{name}{APOSTROPHE}s"),
        false => name.clone(),
    };
    Some(Verdict::Unknown {
        candidates: feminine.iter().chain([spelling]).map(owned).collect(),
        reason,
    })
}

/// "Žofia Bosniakov": one space after a woman's given name (capitalised, in -a), a
/// capitalised word in -ov that a dictionary takes as written (a genitive plural) is as
/// likely a Czech or Slovak woman's surname in -ová that lost its á; no dictionary lists
/// every surname, so it is listed with that spelling, never repaired.
fn a_womans_surname(token: &Token, around: Around, text: &str) -> Option<Verdict> {
    let womans = after_a_womans_given_name(token, around, text).is_some();
    let word = token.text;
    let surname = token.is_capitalised() && word.ends_with("ov") && word.chars().count() > 4;
    (womans && surname).then(|| Verdict::Unknown {
        candidates: vec![format!("{word}á")],
        reason: "after a woman's given name, a surname in -ová that lost its á?".into(),
    })
}

/// "Ľubica urov": one space after a woman's given name (capitalised, in -a, a name as
/// written or repaired), a lower-case word in -ov whose repair inserts its first letter is a
/// Czech or Slovak woman's surname that lost its capital with that letter, and as likely its
/// final á (Ďurová), which no dictionary lists for every surname: listed with both spellings,
/// never repaired (alone, "urov" had become the Slovak common word "ďurov").
fn a_womans_surname_that_lost_its_capital(
    token: &Token,
    around: Around,
    own: &Verdict,
    context: &Context,
) -> Option<Verdict> {
    let Verdict::Letters {
        spelling,
        possessive: false,
        ..
    } = own
    else {
        return None;
    };
    let given = after_a_womans_name(token, around, context)?;
    let surname =
        spelling.ends_with("ov") && letters::begins_with_a_lost_small_letter(token.text, spelling);
    if !surname {
        return None;
    }
    let capitalised = letters::capitalise(spelling);
    Some(Verdict::Unknown {
        candidates: vec![format!("{capitalised}á"), capitalised],
        reason: format!(
            "after the woman's given name `{given}`, a surname that lost its capital with its \
             first letter, and perhaps its final á too?"
        ),
    })
}

/// `Leopoldov prison`: a capitalised word in -ov whose repair only adds a final á (a surname
/// or a place in -ová) before an English noun, one space away, is as likely a place in -ov as
/// written (Czech and Slovak make places' names and possessive adjectives with -ov), which an
/// English text puts before its own noun ("Kotnov castle") as it never puts a woman's
/// surname. Listed with the repair, never repaired.
pub(super) fn a_place_before_an_english_noun(
    token: &Token,
    around: Around,
    own: &Verdict,
    context: &Context,
) -> Option<Verdict> {
    let (Verdict::Letters {
        spelling,
        possessive: false,
        ..
    }
    | Verdict::Declinable {
        spelling,
        possessive: false,
        ..
    }) = own
    else {
        return None;
    };
    let word = token.text;
    if spelling.strip_suffix('á') != Some(word) || !word.ends_with("ov") {
        return None;
    }
    let noun = around.next().filter(|next| {
        &context.text[token.end()..next.start] == " "
            && next.text.starts_with(|c: char| c.is_lowercase())
            && possessives::is_possessed_noun(next.text, context.dictionary)
    })?;
    Some(Verdict::Unknown {
        candidates: vec![spelling.clone()],
        reason: format!(
            "a place in -ov as written before the English noun `{}`, or a name in -ová that \
             lost its á?",
            noun.text
        ),
    })
}

/// The repair of a name part: the one stem the dictionaries know for the word, or the one in
/// the text's leading language; else the same for the word without a final s, as a
/// possessive ("Ernő Gers": Gerő’s).
fn name_part(word: &str, dictionaries: &Dictionaries, leading: Option<&str>) -> Option<Verdict> {
    let one_stem = |word: &str| {
        // A common word stands for a name part only one letter away ("Szab": Szabó, tailor,
        // a frequent Hungarian surname); with more insertions, more common words are within
        // reach by chance ("Szrs", Szűrös, had become "Szőrös", hairy).
        let ranked: Vec<Ranked> = rank(&dictionaries.stems(word))
            .into_iter()
            .filter(|r| r.proper || r.insertions == 1)
            .collect();
        match ranked.as_slice() {
            [one] => Some((one.clone(), None)),
            several => {
                let leading = leading?;
                let in_leading: Vec<&Ranked> = several
                    .iter()
                    .filter(|r| r.locales.iter().any(|l| language(l) == leading))
                    .collect();
                match in_leading.as_slice() {
                    [one] => Some(((*one).clone(), Some(leading))),
                    _ => None,
                }
            }
        }
    };
    let (found, possessive) = match one_stem(word) {
        Some(found) => (found, false),
        None => {
            let stem = word.strip_suffix('s').filter(|s| s.len() >= 2)?;
            (one_stem(stem)?, true)
        }
    };
    let (one, by_language) = found;
    let written = possessed(word, possessive);
    if rank::a_serbo_croatian_patronymic(written, &one.spelling) {
        return Some(rank::listed_with_the_serbo_croatian_ending(
            &one.spelling,
            possessive,
        ));
    }
    let which = match by_language {
        Some(language) => {
            format!("the only stem in the language of the text's repairs ({language})")
        }
        None => "the only stem".to_string(),
    };
    Some(Verdict::Letters {
        evidence: format!(
            "Hunspell {}: {which}, and the word follows a restored name",
            one.locales.join(", ")
        ),
        spelling: one.spelling,
        possessive,
    })
}

/// The repair of a name part, or, when a dictionary lists the word as a name as it stands and
/// English knows it too, the word listed with the repair: "György Martin" is a name as
/// written, and Czech "Martinů" is a letter away; "Piața Roman" is Romanian "Romană", though
/// Roman is a name. (A name only another language has, "Ern Ger" for Ernő Gerő, is repaired:
/// the restored name before it is the better evidence.)
fn as_written_or(word: &str, part: Verdict, context: &Context) -> Verdict {
    let naming = context.dictionaries.naming(word);
    // The text's own language naming the word as written is evidence enough ("Bolesław
    // Prus", a Polish surname, had become Hungarian "Pórus").
    let named_in_leading = context
        .leading
        .as_deref()
        .is_some_and(|leading| naming.iter().any(|locale| language(locale) == leading));
    if !context.dictionary.contains(&word.to_lowercase()) && !named_in_leading {
        return part;
    }
    match (&part, naming.is_empty()) {
        (Verdict::Letters { spelling, .. }, false) => Verdict::Unknown {
            candidates: vec![spelling.clone()],
            reason: format!(
                "a name as written in {}, or `{spelling}` that lost letters, after a restored \
                 name?",
                naming.join(", ")
            ),
        },
        _ => part,
    }
}

/// A name a capitalised word may have been.
#[derive(Debug, Clone)]
pub(super) struct Name {
    pub(super) spelling: String,
    pub(super) locales: Vec<String>,
    pub(super) insertions: usize,
    /// A dictionary lists it with its capital: a proper name, not a common word capitalised.
    pub(super) proper: bool,
}

/// The stems the dictionaries know for `word` other than itself, proper names first, each
/// group ranked.
pub(super) fn names_for(word: &str, dictionaries: &Dictionaries) -> Vec<Name> {
    let mut names: Vec<Name> = rank(&dictionaries.stems(word))
        .into_iter()
        .filter(|r| r.spelling != word)
        .map(|r| Name {
            proper: r.proper,
            spelling: r.spelling,
            locales: r.locales,
            insertions: r.insertions,
        })
        .collect();
    names.sort_by_key(|name| !name.proper);
    names
}

/// A word some dictionary accepts. A capitalised one that it knows only as a common word may
/// be a name that lost a letter: "Pozna" is Polish for "will get to know", but in an English
/// text it is far more likely "Poznań". Such a word is listed with the names it could have
/// been, and repaired only where its context decides.
pub(super) fn foreign_word_or_name(word: &str, dictionaries: &Dictionaries) -> Verdict {
    let capitalised =
        word.starts_with(char::is_uppercase) && word.chars().skip(1).all(|c| c.is_lowercase());
    let lower = word.to_lowercase();
    if !capitalised || !dictionaries.contains(&lower) {
        return Verdict::Leave;
    }
    let names = names_for(word, dictionaries);
    if names.is_empty() {
        return Verdict::Leave;
    }
    Verdict::MaybeName {
        names,
        possessive: false,
        reason: format!(
            "a dictionary knows `{lower}` as a word, but capitalised it may be a name that \
             lost a letter"
        ),
    }
}

/// A capitalised English word inside a sentence that English has only in lower case
/// ("Husks", "Drys"): perhaps a name, or a name's possessive, that lost letters. Listed with
/// the proper names the dictionaries of the text's leading language know for it, or for it
/// without its final s; with no leading language, nothing suggests a foreign name, and
/// titles ("the Communist Party", "Related Posts") capitalise English words all the time.
/// A function word is listed, never repaired: capitalised inside a sentence it opens a
/// quotation that lost its marks as often ("said, Our water is good" had become Slovene
/// "Ožur"; "Ji Such", Jiří Suchý, is a name).
fn capitalised_common_word(
    word: &str,
    dictionaries: &Dictionaries,
    leading: Option<&str>,
) -> Verdict {
    let verdict = capitalised_word_as_a_name(word, dictionaries, leading);
    match verdict {
        Verdict::MaybeName { names, .. } if is_function_word(word) => Verdict::Unknown {
            candidates: names.into_iter().map(|n| n.spelling).collect(),
            reason: "an English function word, capitalised inside a sentence: a name that lost \
                     letters, or the start of a quotation?"
                .into(),
        },
        verdict => verdict,
    }
}

/// [`capitalised_common_word`]'s reading of any word: the names it may be, or nothing.
fn capitalised_word_as_a_name(
    word: &str,
    dictionaries: &Dictionaries,
    leading: Option<&str>,
) -> Verdict {
    let Some(leading) = leading else {
        return Verdict::Leave;
    };
    let reason = "an English word in lower case, capitalised inside a sentence: a name that \
                  lost letters?";
    let in_leading = |word: &str| -> Vec<Name> {
        names_for(word, dictionaries)
            .into_iter()
            .filter(|n| n.proper && n.locales.iter().any(|l| language(l) == leading))
            .collect()
    };
    let names = in_leading(word);
    // The language's dictionary accepting the word capitalised but not in lower case has it
    // as a name, as written: listed with the others, never repaired (the Czech place
    // "Albertov" had become the surname "Albertová").
    if !names.is_empty() && a_name_as_written(word, leading, dictionaries) {
        return Verdict::Unknown {
            candidates: names.into_iter().map(|n| n.spelling).collect(),
            reason: format!(
                "a name as written in the text's language ({leading}), or one of these that \
                 lost letters?"
            ),
        };
    }
    if !names.is_empty() {
        return Verdict::MaybeName {
            names,
            possessive: false,
            reason: reason.into(),
        };
    }
    let Some(stem) = word.strip_suffix('s').filter(|s| s.len() >= 2) else {
        return Verdict::Leave;
    };
    let names = in_leading(stem);
    if names.is_empty() {
        return Verdict::Leave;
    }
    Verdict::MaybeName {
        names,
        possessive: true,
        reason: reason.into(),
    }
}

/// Whether a lower-case word of the `leading` language that English does not know follows
/// `token` one space after it: the two begin a phrase of that language.
fn opens_a_phrase(token: &Token, around: Around, leading: Option<&str>, context: &Context) -> bool {
    let (Some(next), Some(leading)) = (around.next(), leading) else {
        return false;
    };
    &context.text[token.end()..next.start] == " "
        && next.text.starts_with(|c: char| c.is_ascii_lowercase())
        && !context.dictionary.contains(next.text)
        && accepted_in(next.text, leading, context.dictionaries)
}

/// The repair of a capitalised word inside a sentence that no proper name of the text's
/// language repairs, where that language has one spelling with the fewest letters inserted and
/// does not take the word as written, and the letters are not only an ending: "Petera" in a
/// Romanian text is Peștera (a cave, and a place's name), "Gralu" in a Polish one Góralu,
/// "Vstavit" in a Czech one Výstaviště. Another language's word as written ("vstavit", Slovene
/// for to insert) says nothing against it, as the text is not in that language (unless the
/// two are kin, as Czech and Slovak are); an ending
/// alone is a form of the word as written ("Dacian", "Daciană").
fn only_word_in_language(
    written: &str,
    names: &[Name],
    possessive: bool,
    leading: Option<&str>,
    context: &Context,
) -> Option<Verdict> {
    let leading = leading?;
    let in_language: Vec<&Name> = names
        .iter()
        .filter(|n| n.locales.iter().any(|l| language(l) == leading))
        .collect();
    let one = one_with_fewest_insertions(&in_language)?;
    let fewest = one.insertions;
    // A kin language's word as written is the text's too: a Czech-led text quotes Slovak
    // ("the Zbor povereníkov", the Slovak Board of Commissioners, had become Czech "Zábor").
    let taken_as_written = context
        .dictionaries
        .accepting(written)
        .iter()
        .any(|locale| are_kin(language(locale), leading));
    if taken_as_written || only_an_ending(written, &one.spelling) {
        return None;
    }
    Some(Verdict::Letters {
        spelling: one.spelling.clone(),
        evidence: format!(
            "Hunspell {}: the only spelling with {fewest} inserted letter{} in the language of \
             the text's other repairs ({leading}), which does not take `{written}` as written; \
             capitalised inside a sentence",
            one.locales.join(", "),
            if fewest == 1 { "" } else { "s" }
        ),
        possessive,
    })
}

/// "Tasi", "Gregori": a name whose one lost letter is a last č after an i, in -ič, is as
/// often a Serbo-Croatian surname in -ić (Tasić, Gregorić), which no dictionary installed
/// here spells, so it is listed with both, the -ić first. Over the trial texts, 14 of the
/// 15 such names that this rule ([`name_in_language`]) had repaired were wrong, 11 of them
/// -ić names; those a dictionary's stem gives were right 27 times in 29 (Kidrič, Bohorič),
/// and are left to it, but for the patronymics in -ović and -ević
/// ([`rank::a_serbo_croatian_patronymic`]).
fn an_ic_name_or_serbo_croatian(
    written: &str,
    spelling: &str,
    possessive: bool,
) -> Option<Verdict> {
    let in_ic = spelling.strip_suffix('č') == Some(written) && written.ends_with('i');
    (in_ic || rank::a_serbo_croatian_patronymic(written, spelling))
        .then(|| rank::listed_with_the_serbo_croatian_ending(spelling, possessive))
}

/// Whether the `leading` language takes `word` capitalised and not in lower case: a name
/// of that language as written, or a form its affix rules make of one.
fn a_name_as_written(word: &str, leading: &str, dictionaries: &Dictionaries) -> bool {
    accepted_in(word, leading, dictionaries)
        && !accepted_in(&word.to_lowercase(), leading, dictionaries)
}

/// The one of `names` with the fewest letters inserted, if no other has as few.
fn one_with_fewest_insertions<'n>(names: &[&'n Name]) -> Option<&'n Name> {
    let fewest = names.iter().map(|n| n.insertions).min()?;
    let mut tied = names.iter().filter(|n| n.insertions == fewest);
    match (tied.next(), tied.next()) {
        (Some(one), None) => Some(one),
        _ => None,
    }
}

/// The repair of a possible name inside a sentence: of the proper names in the language of
/// the text's other repairs, the one with the fewest insertions ("Pozna" in a text whose
/// repairs are Polish: Poznań, not Czech Poznaň nor the Polish verb "poznać"). None, so
/// that the word is listed, when that language takes `written` as it stands and also names
/// someone with one letter more: then the fewest letters are no evidence enough to change a
/// word of the text's own language (Czech "Janek" had become "Janček" where the text meant
/// Janáček). None either when the word opens a phrase of that language (`phrase`) and the
/// language takes it as it stands: "Novi kolektivizem", a Slovene group's name, is the word
/// "novi" (new) capitalised, not the surname "Novič". None, last, when that language lists
/// the word as a name as it stands: "Lupeni" and "Mila" in a Romanian text, "Vary" (of
/// Karlovy Vary) in a Czech one had become "Lupșeni", "Milaș" and "Varyš". Nor when two
/// other languages, no kin of it, list the word as a name: a name many languages share is
/// one as written ("Buda" in a Slovak text had become "Budča", "Luka" in a Slovene one
/// "Lukač"; on the trial texts 8 right repairs fewer for 8 wrong ones). So when it takes
/// the word capitalised and not in lower case, a form its affix rules make of a name: the
/// Slovene river "Krka" and "Selka" had become "Krška" and "Selščka". And none when the word
/// before lost letters too (`follows_a_repair`) and the language has the word as a base form.
fn name_in_language(
    written: &str,
    names: &[Name],
    (possessive, phrase, follows_a_repair): (bool, bool, bool),
    leading: Option<&str>,
    context: &Context,
) -> Option<Verdict> {
    let leading = leading?;
    let in_language: Vec<&Name> = names
        .iter()
        .filter(|n| n.proper && n.locales.iter().any(|l| language(l) == leading))
        .collect();
    let one = one_with_fewest_insertions(&in_language)?;
    let fewest = one.insertions;
    let runner_up = in_language.iter().any(|n| n.insertions == fewest + 1);
    let own_word = || accepted_in(written, leading, context.dictionaries);
    let own_name = || {
        let named = context.dictionaries.naming(written);
        let languages: FxHashSet<&str> = named.iter().map(|l| language(l)).collect();
        let others = languages.iter().filter(|&&l| !are_kin(l, leading)).count();
        languages.contains(leading)
            || others >= 2
            || a_name_as_written(written, leading, context.dictionaries)
    };
    // "Koevska Reka": after a word of the name that lost letters, a word the language has
    // as a base form in lower case is more likely that word in the name (reka, a river)
    // than a name that lost a letter ("Reška"). Not an inflected form ("Pozna", of Polish
    // "poznać", was Poznań), and not elsewhere: "Arie" alone is the river Arieș (Romanian
    // "arie", an aria), and so it cost 42 right repairs in the trial texts.
    let own_base_form = || {
        follows_a_repair
            && own_word()
            && context
                .dictionaries
                .has_stem(&written.to_lowercase(), leading)
    };
    if ((runner_up || phrase) && own_word()) || own_name() || own_base_form() {
        return None;
    }
    if let Some(listed) = an_ic_name_or_serbo_croatian(written, &one.spelling, possessive) {
        return Some(listed);
    }
    Some(Verdict::Letters {
        spelling: one.spelling.clone(),
        evidence: format!(
            "Hunspell {}: the only proper name with {fewest} inserted letter{} in the language \
             of the text's other repairs ({leading}), capitalised inside a sentence",
            one.locales.join(", "),
            if fewest == 1 { "" } else { "s" }
        ),
        possessive,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_last_c_after_an_i_is_listed_with_the_serbo_croatian_ending_first() {
        let candidates = |written, spelling, possessive| match an_ic_name_or_serbo_croatian(
            written, spelling, possessive,
        ) {
            Some(Verdict::Unknown { candidates, .. }) => Some(candidates),
            _ => None,
        };
        assert_eq!(
            candidates("Tasi", "Tasič", false),
            Some(vec!["Tasić".to_string(), "Tasič".to_string()])
        );
        assert_eq!(
            candidates("Tasi", "Tasič", true),
            Some(vec![
                "Tasić\u{2019}s".to_string(),
                "Tasič\u{2019}s".to_string()
            ])
        );
        // Not after another letter ("Kovač"), nor where more than the č was lost.
        assert_eq!(candidates("Kova", "Kovač", false), None);
        assert_eq!(candidates("Tsi", "Tasič", false), None);
    }
}
