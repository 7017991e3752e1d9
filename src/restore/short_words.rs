//! Words of one or two letters that may be all deletion left of a longer one ("Szabad Np"
//! from Nép, "Pl Malter" from Pál, "of d, Wrocaw" from Łódź). English has such words too
//! ("Np" is neptunium, "d" a letter), so they are listed, with the stems the dictionaries and
//! the built-in lexicon know for them, where the text around them makes an English reading
//! unlikely; and repaired only where one name of the text's language alone explains a
//! capitalised pair of letters, or a letter the text repeats. So are the parts of hyphenated
//! words that no dictionary has, which the rules for whole words do not judge: repaired where
//! the dictionaries make one spelling alone of them ("Szpasszony-vlgy": völgy), else listed.

use rustc_hash::FxHashMap;

use super::context::Context;
use super::dictionary::Dictionary;
use super::hunspell::Dictionaries;
use super::letters;
use super::lexicon::{self, Lexicon};
use super::ranges;
use super::rank::{accepted_in, are_kin, language, rank, Ranked};
use super::stages::Proposal;
use super::tokens::{
    is_a_generational_suffix, is_function_word, one_space_before, opens_a_sentence, Token,
    HYPHENATED_PREFIXES,
};
use super::{Class, Outcome, RawSuspect, Sign};

/// How many candidates a suspect lists: a short key matches many stems, and the editor needs
/// the likeliest few, not a page.
const MOST_CANDIDATES: usize = 6;

/// The repairs and suspects among the short tokens and the parts of hyphenated words no other
/// rule settled; `capitalised` says which tokens the output has capitalised (a repair may have
/// put back a capital: "Jn arnogursk" is "Jn Čarnogurský"); `occurs` counts each word's
/// occurrences.
pub(super) fn repair_or_list(
    context: &Context,
    tokens: &[Token],
    occurs: &FxHashMap<&str, usize>,
    settled: &[bool],
    capitalised: &[bool],
    lexicon: &Lexicon,
) -> Outcome {
    let (text, dictionaries) = (context.text, context.dictionaries);
    let leading = context.leading.as_deref();
    let mut out = Vec::new();
    let mut proposals = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let meant = lexicon.keeps(token.text);
        let part = token.is_hyphenated_part();
        let capital_lost = part && a_lost_capital_before_a_hyphen(text, tokens, i, dictionaries);
        let out_of_place = if part {
            lost_letters_in_a_part(text, tokens, i, dictionaries) || capital_lost
        } else {
            !token.is_fragment()
                && out_of_place(text, tokens, capitalised, dictionaries, leading, i)
        };
        // Asked only of a word nothing else puts out of place, so that its reason and its
        // candidates' order are a surname's only where that is all the evidence.
        let surname = !part
            && !out_of_place
            && !token.is_fragment()
            && a_surname_left_lower(text, tokens, capitalised, i);
        if settled[i]
            || meant
            || !(out_of_place || surname)
            || is_a_generational_suffix(text, token)
        {
            continue;
        }
        let candidates = candidates(token.text, dictionaries, leading, surname);
        // With no candidate, only consonants in lower case out of place are listed ("tr",
        // Štúr with its capital and its vowel lost): no word of English or of the region's
        // languages is made of them, so something was lost, if nothing says what. Not an
        // abbreviation, with its full stop ("sv."), nor a unit ("12 km").
        let lost_its_vowels = out_of_place && token.text.len() >= 2 && bare_consonants(text, token);
        if candidates.is_empty() && !lost_its_vowels {
            continue;
        }
        if !part {
            let context = (text, capitalised);
            if let Some(repair) =
                a_name_left_short(context, tokens, i, occurs, dictionaries, leading)
            {
                proposals.push(repair);
                continue;
            }
        }
        if let Some(repair) = part
            .then(|| the_one_spelling_of_a_part(token, &candidates, dictionaries))
            .flatten()
        {
            proposals.push(repair);
            continue;
        }
        let reason = why_listed(text, tokens, i, surname, capital_lost);
        out.push(RawSuspect {
            offset: token.start,
            text: token.text.to_string(),
            candidates,
            reason,
            // A word of English as written, so not one `folio check` reports as in no
            // dictionary; but a sign of lost letters where the text shows some.
            sign: Sign::LostCharacter,
        });
    }
    Outcome {
        proposals,
        suspects: out,
    }
}

/// Why the short word or hyphenated part at `i` is listed: the surname it may be, an
/// abbreviation left short, a name's first part that lost its capital, or a part or a word
/// that lost letters.
fn why_listed(text: &str, tokens: &[Token], i: usize, surname: bool, capital_lost: bool) -> String {
    let token = &tokens[i];
    let part = token.is_hyphenated_part();
    if surname {
        format!(
            "`{}`, two consonants after a capitalised word, is no word: perhaps a surname \
             that lost its capital with its first letter, or a word that lost its vowel",
            token.text
        )
    } else if an_abbreviation_left_short(text, tokens, i) {
        format!(
            "`{}.`, a letter with a full stop inside a phrase of another language and before \
             a name, is no English abbreviation: perhaps one that lost letters",
            token.text
        )
    } else if capital_lost {
        format!(
            "`{}`, in lower case before a hyphen and a capitalised part: a name's first part \
             that lost its capital with its first letter?",
            token.text
        )
    } else if part && token.text.len() == 1 {
        format!(
            "`{}`, a hyphenated word's last part of one consonant, is no word: perhaps it \
             lost letters",
            token.text
        )
    } else if a_last_part_of_consonants(text, tokens, i) {
        format!(
            "`{}`, a part of a hyphenated word of consonants only, after a word, is no \
             word, whatever a dictionary makes of it: perhaps it lost letters",
            token.text
        )
    } else if part {
        format!(
            "`{}`, a part of a hyphenated word, is in no dictionary: perhaps it lost letters",
            token.text
        )
    } else {
        format!(
            "`{}` reads as no English word here: perhaps all that is left of a name that \
             lost its other letters",
            token.text
        )
    }
}

/// The repair of a part of a hyphenated word (three letters or more: a shorter one, "Anna-bl",
/// is within a letter or two of too many stems to trust one) when the dictionaries
/// make one spelling alone of it with letters put back, and that spelling is no form of an
/// adjective with other endings ("French-chteau": château; "Savoyai-kastly": kastély;
/// "Negreti-Oa": Negrești): the word rules leave fragments alone, but the same evidence
/// decides a word alone. A form with other endings ("Gemersko-malohontsk": malohontská,
/// -ské or -ský) depends on a noun the part does not show, and stays listed.
pub(super) fn the_one_spelling_of_a_part(
    token: &Token,
    candidates: &[String],
    dictionaries: &Dictionaries,
) -> Option<Proposal> {
    let [spelling] = candidates else {
        return None;
    };
    let one_form =
        || !ends_as_a_slavic_adjective(spelling) && dictionaries.other_endings(spelling).is_empty();
    (token.text.len() >= 3 && spelling != token.text && one_form()).then(|| {
        let evidence = format!(
            "part of a hyphenated word, in no dictionary as written: `{spelling}` is the one \
             spelling the dictionaries make of it"
        );
        letters::respelled(token.start..token.end(), spelling.clone(), evidence)
    })
}

/// Whether `spelling` ends as a Czech or Slovak adjective in -ský or -cký does, in any of
/// its forms ("malohontskú", "tetovský"): which form is meant depends on its noun, though a
/// dictionary may know one form alone.
fn ends_as_a_slavic_adjective(spelling: &str) -> bool {
    let mut letters = spelling.chars().rev();
    let ending = letters.next().is_some_and(|c| "áéíúý".contains(c));
    let stem: String = letters.take(2).collect();
    ending && matches!(stem.as_str(), "ks" | "kc")
}

/// How many times a single letter must stand alone in the text before it is read as a name
/// the text is about ("the City of d", "d was annexed": Łódź, eight times in one text); once
/// or twice it is as likely a stray letter or a label.
const REPEATED_LETTER: usize = 3;

/// English abbreviations written without a full stop, which stand in a name as the remnants
/// do ("St Barbara", "Mt Triglav", "Dr Husák").
const ABBREVIATIONS: &[&str] = &["Dr", "Ft", "Jr", "Mr", "Ms", "Mt", "Rd", "Sr", "St"];

/// Small words that begin names as they stand: the region's prepositions ("Na Golici",
/// "Pod Tatrami", "Za Rakouskem") and the articles and particles of other names ("De
/// Gasperi", "La Scala", "El Greco"). A remnant the leading language has in lower case as
/// another word, a pronoun ("Ji Menzel": Czech "ji", her), is no such word before a
/// capitalised one, and is read as a given name's remnant (Jiří): over the trial texts, nine
/// repairs, each Jiří, which had been listed; after a name or before a small word it stays a
/// word ("Malá Tŕňa" left "Mal Ta and": Slovak "ta", that).
const NAMES_FIRST_SMALL_WORDS: &[&str] = &[
    "al", "da", "de", "di", "do", "du", "el", "ke", "la", "le", "na", "ob", "od", "po", "se", "ve",
    "za", "ze", "zu",
];

/// The repair of a short remnant that one name of the text's language explains: a
/// capitalised two-letter remnant inside a name ("the Vh": Váh, "Jn Kollr": Ján), or a
/// single letter the text repeats ([`REPEATED_LETTER`]), whose stems with letters put back
/// include exactly one proper name of the leading language, and no other the built-in
/// lexicon has. Not an English abbreviation, nor a word that language has in lower case
/// ("Na Golici": Slovene "na", on), nor a pair whose capital is its sentence's, before a word
/// in lower case ("Mj dedo": Slovak "Môj dedo", my grandfather, not the name "Máj").
fn a_name_left_short(
    (text, capitalised): (&str, &[bool]),
    tokens: &[Token],
    i: usize,
    occurs: &FxHashMap<&str, usize>,
    dictionaries: &Dictionaries,
    leading: Option<&str>,
) -> Option<Proposal> {
    let leading = leading?;
    let word = tokens[i].text;
    let shape = match word.len() {
        // Not a letter that is a word of the text's language before a word in lower case
        // English lacks ("s lidskou tváří": Czech "s", with): inside a phrase of that
        // language it is that word, which stands alone as often as the text quotes the
        // language. Elsewhere it is a name's remnant, whatever a dictionary makes of it ("the
        // City of d", "d Fabryczna": Łódź, though Polish has "d").
        1 if !(accepted_in(word, leading, dictionaries)
            && a_foreign_word_after(text, tokens, i)) =>
        {
            let times = occurs.get(word).copied().unwrap_or(0);
            (times >= REPEATED_LETTER).then(|| format!("a letter that stands alone {times} times"))
        }
        2 => {
            let next_capitalised = tokens
                .get(i + 1)
                .is_some_and(|next| next.is_capitalised() || capitalised[i + 1]);
            let lower = word.to_lowercase();
            // Before a capitalised word, a given name's remnant, unless it is a small word
            // that begins names or an English word ("Where the Rivers Go Underground").
            let a_given_names_place = next_capitalised
                && one_space_before(text, tokens, i + 1)
                && !NAMES_FIRST_SMALL_WORDS.contains(&lower.as_str())
                && !Dictionary::english().contains(&lower);
            let in_its_language =
                accepted_in(&lower, leading, dictionaries) && !a_given_names_place;
            let sentences_capital = opens_a_sentence(text, tokens, i) && !next_capitalised;
            let name_like =
                tokens[i].is_capitalised() && !ABBREVIATIONS.contains(&word) && !sentences_capital;
            (name_like && !in_its_language).then(|| "two capitalised letters".to_string())
        }
        _ => None,
    }?;
    if lexicon::builtin(word).is_some() {
        return None;
    }
    let ranked = rank(&dictionaries.stems(word));
    let (name, whose) = the_one_name(word, &ranked, leading)?;
    Some(Proposal {
        start: tokens[i].start,
        end: tokens[i].end(),
        evidence: format!(
            "Hunspell {}: {shape}, and of the spellings with letters put back the only \
             proper name {whose}",
            name.locales.join(", ")
        ),
        replacement: name.spelling.clone(),
        rule: "letters.short-name",
        class: Class::Letters,
    })
}

/// Whether a word in lower case that English lacks follows the token at `i`, one space
/// after it: the next word of a phrase in another language.
fn a_foreign_word_after(text: &str, tokens: &[Token], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|next| {
        one_space_before(text, tokens, i + 1)
            && next.text.starts_with(|c: char| c.is_lowercase())
            && !Dictionary::english().contains(next.text)
    })
}

/// The one proper name of the `leading` language among `ranked`, the spellings of `word`, and
/// which languages list it; or, where that language lists several for a `word` of consonants
/// alone, the one its kin language lists too: "Jn" in a text whose repairs lead in Czech is
/// Ján, the name Czech and Slovak share, not Czech "Jón" or "Jůn" (Slovak lists Ján alone,
/// and a Czech text's "Jn" is a Slovak's name, as Czech writes Jan). Over the trial texts
/// this made nine repairs, each "Jn" made Ján, and no wrong one. Two consonants lost only
/// the vowel between them; a remnant with its vowel lost letters after it, which more names
/// fill ("Josef Va" is Váňa, not the name both languages list, Vaň).
fn the_one_name<'r>(
    word: &str,
    ranked: &'r [Ranked],
    leading: &str,
) -> Option<(&'r Ranked, String)> {
    let named_in = |r: &Ranked, language_code: &str| {
        r.proper && r.locales.iter().any(|c| language(c) == language_code)
    };
    let one = |names: Vec<&'r Ranked>| match names.as_slice() {
        [name] => Some(*name),
        _ => None,
    };
    let own: Vec<&Ranked> = ranked.iter().filter(|r| named_in(r, leading)).collect();
    if own.len() < 2 {
        let own = one(own)?;
        return Some((
            own,
            format!("in the language of the text's other repairs ({leading})"),
        ));
    }
    if word.contains(|c: char| "aeiouyAEIOUY".contains(c)) {
        return None;
    }
    let kin = ["cs", "sk"]
        .into_iter()
        .find(|&other| other != leading && are_kin(leading, other))?;
    let shared = one(own.into_iter().filter(|r| named_in(r, kin)).collect())?;
    Some((
        shared,
        format!("that the language of the text's other repairs ({leading}) and its kin ({kin}) both list"),
    ))
}

/// Whether a part of a hyphenated word of two letters or more is neither English nor a word
/// any dictionary accepts ("vlgy" of Szépasszony-völgy, "bl" of Anna-bál): a part a hyphen
/// joins loses letters as a word does. A part in capitals is an acronym's ("COVID-19"). So
/// is a last part of one consonant: English ends no hyphenated word so, but a Hungarian
/// lake's or stone's name does once "tó" or "kő" lost its vowel ("Gyilkos-t", Gyilkos-tó;
/// "Boszorkny-k", Boszorkány-kő), whatever a dictionary makes of the letter alone; a first
/// one is English's ("T-shirt", "X-ray"). So is a last part of two or three consonants
/// after a word ("Vereckei-hg", Vereckei-hágó), which a dictionary may take for a unit's
/// abbreviation ("hg", hectogram): a unit follows a number ("10-km"), not a word.
fn lost_letters_in_a_part(
    text: &str,
    tokens: &[Token],
    i: usize,
    dictionaries: &Dictionaries,
) -> bool {
    if a_last_part_of_consonants(text, tokens, i) {
        return !dictionaries.is_empty();
    }
    let token = &tokens[i];
    token.text.len() >= 2
        && !in_capitals(token.text)
        && !Dictionary::english().contains(token.text)
        && !dictionaries.is_empty()
        && !dictionaries.contains(token.text)
}

/// Whether the token at `i` ends a hyphenated word with one consonant ("Gyilkos-t"), or with
/// two or three after a word ("Vereckei-hg"; after a number, "10-km", they are a unit). A
/// "y" is a vowel in a longer part ("stand-by"), a consonant alone.
fn a_last_part_of_consonants(text: &str, tokens: &[Token], i: usize) -> bool {
    let token = &tokens[i];
    let consonants = |vowels: &[u8]| {
        token
            .text
            .bytes()
            .all(|b| b.is_ascii_lowercase() && !vowels.contains(&b))
    };
    let after_a_word = i.checked_sub(1).is_some_and(|p| {
        let before = &tokens[p];
        &text[before.end()..token.start] == "-"
            && before.text.bytes().all(|b| b.is_ascii_alphabetic())
    });
    let last = token.before == Some('-') && token.after != Some('-');
    last && match token.text.len() {
        1 => consonants(b"aeiou"),
        2 | 3 => consonants(b"aeiouy") && after_a_word,
        _ => false,
    }
}

/// Whether the hyphenated word's first part at `i` is in lower case before a capitalised part
/// ("the hyphenated esko-Slovensk republika"): a name's first part that lost its capital with
/// its first letter (Česko-Slovenská), whatever a dictionary reads it as alone ("esko", the
/// letter S in Czech), since English writes a prefix there ("anti-Soviet"), not a foreign
/// word in lower case.
fn a_lost_capital_before_a_hyphen(
    text: &str,
    tokens: &[Token],
    i: usize,
    dictionaries: &Dictionaries,
) -> bool {
    let token = &tokens[i];
    let next_capitalised = tokens
        .get(i + 1)
        .is_some_and(|next| &text[token.end()..next.start] == "-" && next.is_capitalised());
    token.before != Some('-')
        && next_capitalised
        && token.text.len() >= 2
        && token.text.starts_with(|c: char| c.is_ascii_lowercase())
        && !HYPHENATED_PREFIXES.contains(&token.text)
        && !Dictionary::english().contains(token.text)
        && !dictionaries.is_empty()
}

/// Whether `word` is set in capitals: an acronym ("HV"), or an acronym's part ("COVID-19").
fn in_capitals(word: &str) -> bool {
    word.chars().all(|c| c.is_ascii_uppercase())
}

/// Whether the short token `tokens[i]` reads as damage rather than English.
fn out_of_place(
    text: &str,
    tokens: &[Token],
    capitalised: &[bool],
    dictionaries: &Dictionaries,
    leading: Option<&str>,
    i: usize,
) -> bool {
    match tokens[i].text.len() {
        1 => {
            (stray_letter(&tokens[i]) && !ranges::a_temperatures_scale(text, &tokens[i]))
                || an_abbreviation_left_short(text, tokens, i)
        }
        2 => {
            two_letters_in_a_name(text, tokens, capitalised, i)
                || a_small_word_capitalised(text, tokens, i, dictionaries)
                || (in_no_dictionary(text, &tokens[i], dictionaries, leading)
                    && !pages_abbreviated(text, &tokens[i]))
        }
        3 => a_remnants_possessive(text, &tokens[i]),
        _ => false,
    }
}

/// "trs followers": two consonants and an `s`, the possessive of what deletion left of a name
/// (Štúr’s, its capital, vowel and apostrophe lost), which no language here writes. Not
/// English's plural abbreviations ("hrs", "yrs"), nor one with its full stop ("mss.").
fn a_remnants_possessive(text: &str, token: &Token) -> bool {
    bare_consonants(text, token)
        && token.text.ends_with('s')
        && !Dictionary::english().contains(token.text)
}

/// "pp. 45": English's abbreviation of pages, with its full stop and a number after it, which
/// no word of two consonants left by deletion has.
fn pages_abbreviated(text: &str, token: &Token) -> bool {
    token.text == "pp"
        && text[token.end()..]
            .strip_prefix(". ")
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// A single letter other than "a" and "I" that is not an initial, a label or part of an
/// abbreviation ("J.", "(d)", "e.g.").
fn stray_letter(token: &Token) -> bool {
    let labelled = matches!(token.after, Some('.' | ')')) || token.before == Some('(');
    !matches!(token.text, "a" | "A" | "I") && !labelled
}

/// "kaplica w. Wawrzyńca", "bazylika w. Mikołaja": a lower-case letter with a full stop,
/// one space after a lower-case word English lacks and before a capitalised word, is what is
/// left of an abbreviation of that phrase's language (Polish "św.", saint): English puts no
/// abbreviation of one small letter between a foreign word and a name ("Roe v. Wade" follows
/// a name, "c. 1350" comes before a number).
fn an_abbreviation_left_short(text: &str, tokens: &[Token], i: usize) -> bool {
    let token = &tokens[i];
    let before_a_name = tokens
        .get(i + 1)
        .is_some_and(|next| next.is_capitalised() && &text[token.end()..next.start] == ". ");
    let after_a_foreign_word = i.checked_sub(1).is_some_and(|p| {
        let previous = &tokens[p];
        previous.text.starts_with(|c: char| c.is_ascii_lowercase())
            && &text[previous.end()..token.start] == " "
            && !Dictionary::english().contains(previous.text)
    });
    token.text.len() == 1
        && token.text.starts_with(|c: char| c.is_ascii_lowercase())
        && before_a_name
        && after_a_foreign_word
}

/// A capitalised two-letter word, not a function word, that one space joins to another word
/// capitalised in the output: one part of a name of two ("Szabad Np", "Pl Malter").
fn two_letters_in_a_name(text: &str, tokens: &[Token], capitalised: &[bool], i: usize) -> bool {
    let token = &tokens[i];
    let joined = |a: &Token, b: &Token| &text[a.end()..b.start] == " ";
    let after_a_name = i
        .checked_sub(1)
        .is_some_and(|p| capitalised[p] && joined(&tokens[p], token));
    let before_a_name =
        (i + 1 < tokens.len()) && capitalised[i + 1] && joined(token, &tokens[i + 1]);
    token.is_capitalised()
        && token.text.ends_with(|c: char| c.is_ascii_lowercase())
        && !is_function_word(&token.text.to_ascii_lowercase())
        && (after_a_name || before_a_name)
}

/// "his brother Ji, thought": a capitalised pair of letters inside a sentence and before a
/// word in lower case, that English lacks and no dictionary lists as a name, though one may
/// have it as a small word (Czech "ji", her). A sentence does not capitalise a pronoun, so
/// the pair is what deletion left of a name (Jiří). Before a capitalised word it is a name's
/// part, which [`two_letters_in_a_name`] reads, or a title's first word ("Az Est"); before a
/// word of the small word's own language it opens a title or a quotation in that language
/// ("Pe culmile disperării", "Ki nincs velünk").
fn a_small_word_capitalised(
    text: &str,
    tokens: &[Token],
    i: usize,
    dictionaries: &Dictionaries,
) -> bool {
    let token = &tokens[i];
    let next = tokens.get(i + 1);
    let capitalised_like_a_name = token.is_capitalised()
        && token.text.ends_with(|c: char| c.is_ascii_lowercase())
        && next.is_none_or(|next| !next.is_capitalised())
        && !opens_a_sentence(text, tokens, i)
        && !Dictionary::english().contains(token.text);
    if !capitalised_like_a_name || !dictionaries.naming(token.text).is_empty() {
        return false;
    }
    let small_word_of = dictionaries.accepting(&token.text.to_lowercase());
    let opens_a_phrase = next.is_some_and(|next| {
        dictionaries
            .accepting(next.text)
            .iter()
            .any(|locale| small_word_of.contains(locale))
    });
    !opens_a_phrase
}

/// "Ľudovít tr", "Salon vn esk": two lower-case consonants English lacks, one space after a
/// capitalised word, are a surname whose first letter deletion took with its capital and its
/// vowel (Štúr), or a word of a name that lost its vowel (vín), whatever a dictionary of the
/// text's language makes of them ("tr" is Slovak): the region's languages have no such word
/// of two letters. Two letters with a vowel are as often a phrase's small word that the
/// dictionary of its language has ("Jurnalul de la", "Smrť sa volá", "Battista di Quadro"),
/// and stay.
fn a_surname_left_lower(text: &str, tokens: &[Token], capitalised: &[bool], i: usize) -> bool {
    let token = &tokens[i];
    let joined = |a: &Token, b: &Token| &text[a.end()..b.start] == " ";
    let english = Dictionary::english();
    let after_a_name = i
        .checked_sub(1)
        .is_some_and(|p| capitalised[p] && joined(&tokens[p], token));
    token.text.len() == 2
        && small_consonants(token.text)
        && !english.contains(token.text)
        && after_a_name
}

/// Two letters that neither English nor a dictionary of the text's leading language (any
/// dictionary, when it has none) has as a word or an abbreviation ("the Vh", "Lomnický tt",
/// "its bf"), English's abbreviations of two small consonants aside ("liver pt", pâté),
/// and two consonants written as no abbreviation is ([`bare_consonants`]: "tr", whatever
/// Slovak's dictionary has): no reading competes with lost letters. A phrase's short words in the text's
/// language ("de", "se", "az") stay; so does an acronym ("HV", "UV"), and two letters glued
/// after a dot or a slash ("Node.js"), a name's extension or a path's part.
fn in_no_dictionary(
    text: &str,
    token: &Token,
    dictionaries: &Dictionaries,
    leading: Option<&str>,
) -> bool {
    let glued = matches!(token.before, Some('.' | '/' | '_' | '@' | '#'));
    // English has abbreviations of two small consonants ("pt", "mg", "fr") that a foreign
    // word which lost its vowel leaves too ("pâté", "még", "fără"): only the text's
    // language keeps them.
    let english = Dictionary::english().contains(token.text) && !small_consonants(token.text);
    if in_capitals(token.text) || glued || english {
        return false;
    }
    // The consonant pairs a dictionary has are its abbreviations ("tr.", "kr.") and units
    // ("km"), written with their full stop or after a number; without, the pair is what
    // deletion left of a word ("tr": Štúr, which Slovak's "tr" had kept silent).
    if bare_consonants(text, token) {
        return true;
    }
    let accepting = dictionaries.accepting(token.text);
    match leading {
        Some(leading) => !accepting.iter().any(|l| language(l) == leading),
        None => accepting.is_empty(),
    }
}

/// Whether `token` is consonants in lower case written as no abbreviation is: with no full
/// stop after it ("sv.") and no number before it ("12 km").
fn bare_consonants(text: &str, token: &Token) -> bool {
    small_consonants(token.text) && token.after != Some('.') && !a_unit(text, token)
}

/// Whether `token` is a unit English abbreviates, one space after a number ("12 km", "35
/// mm"; not "1843 tr", Štúr after a year).
fn a_unit(text: &str, token: &Token) -> bool {
    let after_a_number = text[..token.start]
        .strip_suffix(' ')
        .is_some_and(|before| before.ends_with(|c: char| c.is_ascii_digit()));
    after_a_number && Dictionary::english().contains(token.text)
}

/// Whether `word` is all consonants in lower case ("tr", "pt"): what a short word of the
/// region's languages leaves once deletion took its vowel.
fn small_consonants(word: &str) -> bool {
    word.bytes()
        .all(|b| b.is_ascii_lowercase() && !b"aeiouy".contains(&b))
}

/// The spellings a short word may have been: the built-in lexicon's, then the dictionaries'
/// stems, names that begin with an inserted capital first when the word may be a `surname`,
/// then those of the text's leading language, proper names, fewest insertions.
fn candidates(
    word: &str,
    dictionaries: &Dictionaries,
    leading: Option<&str>,
    surname: bool,
) -> Vec<String> {
    let mut ranked: Vec<Ranked> = if dictionaries.is_empty() {
        Vec::new()
    } else {
        rank(&dictionaries.stems(word))
    };
    let in_leading =
        |r: &Ranked| leading.is_some_and(|l| r.locales.iter().any(|c| language(c) == l));
    // After a name, the names that begin with the capital deletion took come first.
    let a_surname =
        |r: &Ranked| surname && r.proper && letters::begins_with_a_lost_capital(word, &r.spelling);
    ranked.sort_by_key(|r| (!a_surname(r), !in_leading(r), !r.proper, r.insertions));
    let built_in = lexicon::builtin(word);
    // The lexicon's spelling first, and once: a dictionary may have it too.
    let others = ranked
        .into_iter()
        .map(|r| r.spelling)
        .filter(|spelling| Some(spelling.as_str()) != built_in);
    built_in
        .map(str::to_string)
        .into_iter()
        .chain(others)
        .take(MOST_CANDIDATES)
        .collect()
}
