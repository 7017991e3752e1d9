//! Words of a phrase in another language inside an English text ("Verejnosť proti násiliu",
//! "Deň zápasu za ľudské práva"): a lower-case word there is often an inflected form, which
//! the dictionaries' stems do not find ("násiliu", of "násilie"), so it is searched for by
//! inserting letters, as names are, in the languages of the words beside it (or as a form of
//! a stem whose ending lost letters too, "svtho": svätého).

use super::context::{Around, Context};
use super::deleted::could_be_damaged;
use super::hunspell::capitalises_its_nouns;
use super::rank::{are_kin, best, language, rank, Ranked};
use super::tokens::Token;
use super::verdict::Verdict;

/// The verdict on a lower-case word in no dictionary, with no candidate, that one space joins
/// to a word of another language (in no English list, accepted as written by a dictionary):
/// repaired by the one spelling with the fewest inserted letters that a dictionary of that
/// word's language accepts, listed with them when several tie. None when the word has
/// candidates already, or nothing beside it is a foreign word.
pub(super) fn in_a_foreign_phrase(
    token: &Token,
    around: Around,
    own: &Verdict,
    context: &Context,
) -> Option<Verdict> {
    let no_candidate = matches!(own, Verdict::Unknown { candidates, .. } if candidates.is_empty());
    if !no_candidate || token.is_capitalised() || context.dictionaries.is_empty() {
        return None;
    }
    let foreign = foreign_words_beside(token, around, context);
    if foreign.is_empty() {
        return None;
    }
    let neighbours = named(&foreign);
    let locales: Vec<&str> = foreign
        .iter()
        .flat_map(|(_, l)| l.iter().copied())
        .collect();
    let found = context
        .dictionaries
        .inserting_then_stem_forms(token.text, |locale| locales.contains(&locale));
    let ranked = rank(&found);
    if ranked.is_empty() {
        return None;
    }
    match best(&ranked)[..] {
        [one] => Some(Verdict::Letters {
            spelling: one.spelling.clone(),
            evidence: format!(
                "Hunspell {}: the only word with {} inserted letter{} in the language of \
                 {neighbours} beside it",
                one.locales.join(", "),
                one.insertions,
                if one.insertions == 1 { "" } else { "s" },
            ),
            possessive: false,
        }),
        _ => Some(Verdict::Unknown {
            candidates: ranked.into_iter().map(|r| r.spelling).collect(),
            reason: format!(
                "in no dictionary; beside {neighbours}, of another language, and no spelling the \
                 dictionaries of that language know is a clear winner"
            ),
        }),
    }
}

/// "zelen zlato" in a Czech text: a lower-case word that a dictionary accepts as written
/// (Slovene "zelen", green), which the text's leading language is no kin of and makes with
/// one inserted letter ("zelené", "zeleň"), is listed with both readings: the text either
/// quotes another language or the word lost a letter, and nothing says which. So is one
/// beside no word of the leading language ("the hrom T", Hungarian három, which Czech,
/// Slovak and Slovene accept as "thunder"; "trt and tiltott", tűrt): in the trial texts
/// requiring such a word beside it had left twelve damaged words silent.
pub(super) fn foreign_to_its_phrase(
    token: &Token,
    around: Around,
    own: &Verdict,
    context: &Context,
) -> Option<Verdict> {
    let leading = context.leading.as_deref()?;
    if !matches!(own, Verdict::Leave) || !context.foreign_as_written.contains(token.text) {
        return None;
    }
    let own_languages: Vec<&str> = context
        .dictionaries
        .accepting(token.text)
        .into_iter()
        .map(language)
        .collect();
    if own_languages.is_empty() || own_languages.iter().any(|l| are_kin(l, leading)) {
        return None;
    }
    let found = context
        .dictionaries
        .inserting(token.text, |locale| language(locale) == leading);
    let ranked = rank(&found);
    let fewest = best(&ranked);
    if fewest.first().is_none_or(|one| one.insertions > 1) {
        return None;
    }
    let foreign = foreign_words_beside(token, around, context);
    let beside = match foreign.is_empty() {
        true => format!("in a text whose other repairs are {leading}"),
        false => format!("beside {} of another language", named(&foreign)),
    };
    let candidates: Vec<String> = std::iter::once(token.text.to_string())
        .chain(fewest.iter().map(|r| r.spelling.clone()))
        .collect();
    Some(Verdict::Unknown {
        reason: format!(
            "a word of {} as written, {beside}, whose dictionaries make {} with one inserted \
             letter",
            own_languages.join(", "),
            candidates[1..].join(", ")
        ),
        candidates,
    })
}

/// "the Nov zmok" in a Slovak text: a lower-case word of four letters or more that the
/// text's leading language (or its kin) accepts as written, while one of that language's
/// stems is the word with one inserted letter ("zámok", castle; "morový", of the plague,
/// for "morov"), is listed with both readings: deletion makes words of a language out of
/// its words. On the trial texts two in three such words had lost a letter; the others
/// were words as written ("chata", "zlato"), which the dictionaries' stems do not tell
/// apart, as most damaged ones are stems too ("vlas", of vlasů). A word of three letters is
/// listed only between English words ("the asz grapes": aszú): a language's short words are
/// many, most of them function words a letter from another, and they stand inside phrases
/// of their language ("Ștefan cel Mare", "lui Ceaușescu"). Listing every such word of three
/// letters made the trial texts' silent letters 547 → 512, but 109 of its 176 listings were
/// words as written; between English words, 547 → 535 for 21 listings more.
pub(super) fn a_letter_from_its_stem(
    token: &Token,
    around: Around,
    own: &Verdict,
    context: &Context,
) -> Option<Verdict> {
    const SHORTEST: usize = 3;
    let leading = a_word_of_another_language_as_written(token, own, SHORTEST, context)?;
    let english = |word: Option<&Token>| {
        word.is_some_and(|w| context.dictionary.contains(&w.text.to_lowercase()))
    };
    if token.text.len() == 3 && !(english(around.previous) && english(around.next())) {
        return None;
    }
    let own_locales = context.dictionaries.accepting(token.text);
    if !own_locales.iter().any(|l| are_kin(language(l), leading)) {
        return None;
    }
    let a_letter_away = stems_of_the_leading(token.text, leading, context, |r| {
        r.insertions == 1 && !r.proper
    });
    if a_letter_away.is_empty() {
        return None;
    }
    let reason = format!(
        "a word of {} as written, or the stem {} that lost a letter?",
        own_locales.join(", "),
        a_letter_away.join(", ")
    );
    Some(as_written_or(token.text, a_letter_away, reason))
}

/// The text's leading language, when `token` (of `shortest` letters or more) is left as it
/// stands (`own`) and is a word of another language than English as written.
fn a_word_of_another_language_as_written<'c>(
    token: &Token,
    own: &Verdict,
    shortest: usize,
    context: &'c Context,
) -> Option<&'c str> {
    let leading = context.leading.as_deref()?;
    let as_written = matches!(own, Verdict::Leave)
        && token.text.len() >= shortest
        && context.foreign_as_written.contains(token.text);
    as_written.then_some(leading)
}

/// The dictionaries' stems of `word`, ranked, in the `leading` language or its kin, that
/// `keep` keeps.
fn stems_of_the_leading(
    word: &str,
    leading: &str,
    context: &Context,
    keep: impl Fn(&Ranked) -> bool,
) -> Vec<String> {
    rank(&context.dictionaries.stems(word))
        .into_iter()
        .filter(|r| keep(r) && r.locales.iter().any(|l| are_kin(language(l), leading)))
        .map(|r| r.spelling)
        .collect()
}

/// The listing of `word` as written, then `stems`, with `reason`.
fn as_written_or(word: &str, stems: Vec<String>, reason: String) -> Verdict {
    Verdict::Unknown {
        candidates: std::iter::once(word.to_string()).chain(stems).collect(),
        reason,
    }
}

/// "esk kras" in a Czech text: a lower-case word of three letters or more that a dictionary
/// accepts only as a form its affix rules make, never as a stem ("esk", a Slovak genitive
/// plural of the letter's name "esko"), while the text's leading language (or its kin) has
/// stems with one or two more letters (Český), is listed with both readings: a rare form a
/// rule makes is as likely chance as a word the text meant.
pub(super) fn a_form_no_dictionary_lists(
    token: &Token,
    own: &Verdict,
    context: &Context,
) -> Option<Verdict> {
    const SHORTEST: usize = 3;
    const MOST_INSERTED: usize = 2;
    let leading = a_word_of_another_language_as_written(token, own, SHORTEST, context)?;
    let own_locales = context.dictionaries.accepting(token.text);
    let a_stem = |locale: &&str| context.dictionaries.has_stem(token.text, language(locale));
    if own_locales.is_empty() || own_locales.iter().any(a_stem) {
        return None;
    }
    let stems = stems_of_the_leading(token.text, leading, context, |r| {
        r.insertions <= MOST_INSERTED
    });
    if stems.is_empty() {
        return None;
    }
    let reason = format!(
        "{A_FORM_NO_DICTIONARY_LISTS} {}, which no dictionary lists as a stem, or the stem {} \
         that lost letters?",
        own_locales.join(", "),
        stems.join(", ")
    );
    Some(as_written_or(token.text, stems, reason))
}

/// How [`a_form_no_dictionary_lists`]'s reason begins.
const A_FORM_NO_DICTIONARY_LISTS: &str = "a form the affix rules make of";

/// Whether a listing's `reason` is [`a_form_no_dictionary_lists`]'s: the word's own reading,
/// which another occurrence's repair does not replace, as the stems it lists are often
/// adjectives whose ending agrees with a noun ("esk zbrojovka", Česká, where "esk
/// Budjovice" elsewhere was České).
pub(super) fn lists_a_form_no_dictionary_lists(reason: &str) -> bool {
    reason.starts_with(A_FORM_NO_DICTIONARY_LISTS)
}

/// The words [`foreign_words_beside`] found, named for a reason: "`zlato` and `pivo`".
fn named(foreign: &[(&str, Vec<&str>)]) -> String {
    foreign
        .iter()
        .map(|(word, _)| format!("`{word}`"))
        .collect::<Vec<_>>()
        .join(" and ")
}

/// The words one space joins to `token` that are of another language: in no English list,
/// and accepted as written by a dictionary, with the locales of those that accept them.
fn foreign_words_beside<'a>(
    token: &Token,
    around: Around<'_, 'a>,
    context: &'a Context,
) -> Vec<(&'a str, Vec<&'a str>)> {
    let joined = |a: &Token, b: &Token| &context.text[a.end()..b.start] == " ";
    let beside = [
        around.previous.filter(|previous| joined(previous, token)),
        around.next().filter(|next| joined(token, next)),
    ];
    beside
        .into_iter()
        .flatten()
        .filter(|word| !context.dictionary.contains(word.text))
        .map(|word| (word.text, context.dictionaries.accepting(word.text)))
        .filter(|(_, locales)| !locales.is_empty())
        .collect()
}

/// "Anio" in a Polish text, "Ormos" in a Slovene one, "Tnem" in a Czech one: a capitalised
/// word in no English list that only dictionaries of other languages than the text's leading
/// one accept as written (Romanian, Hungarian, Slovak; not German), while the leading
/// language has the word with one inserted letter (Anioł, Ormož, Týnem), is listed with both
/// readings. Another language's name in an English text is as likely as one that lost a
/// letter, and nothing says which.
pub(super) fn a_name_foreign_to_the_text(
    token: &Token,
    own: &Verdict,
    context: &Context,
) -> Option<Verdict> {
    let leading = context.leading.as_deref()?;
    if !matches!(own, Verdict::Leave)
        || !could_be_damaged(token.text)
        || context.dictionary.contains(token.text)
    {
        return None;
    }
    let own_languages = context.dictionaries.languages_accepting([token.text]);
    // German has many of the names and words an English text borrows as they are
    // ("Habsburgs", "Stasi", "van der Rohe"); its capital says nothing of a name.
    let borrowed = own_languages.iter().any(|l| capitalises_its_nouns(l));
    if own_languages.is_empty() || own_languages.iter().any(|l| l == leading) || borrowed {
        return None;
    }
    let found = context
        .dictionaries
        .inserting(token.text, |locale| language(locale) == leading);
    let ranked = rank(&found);
    let names: Vec<String> = best(&ranked)
        .into_iter()
        .filter(|r| r.insertions == 1)
        .map(|r| r.spelling.clone())
        .collect();
    if names.is_empty() {
        return None;
    }
    Some(Verdict::Unknown {
        reason: format!(
            "a word of {} as written, in a text whose other repairs are {leading}, whose \
             dictionaries make {} with one inserted letter",
            own_languages.join(", "),
            names.join(", ")
        ),
        candidates: std::iter::once(token.text.to_string())
            .chain(names)
            .collect(),
    })
}
