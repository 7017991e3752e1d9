//! Lost dashes between words: a closed em dash deleted from "revolution—a mass" leaves
//! "revolutiona", a non-word made of two words. Only a single clean split is repaired; a word
//! that splits two ways, or that looks like a closed compound ("steelworks", "overground"),
//! is left for the editor.

use super::dictionary::Dictionary;
use super::stages::Proposal;
use super::tokens::{is_a_month, is_function_word, is_regnal_numeral, HYPHENATED_PREFIXES};
use super::{Class, Outcome, RawSuspect, Sign};
use crate::config::DashStyle;

/// What goes between the two words, per the edition's `style.dash`.
pub fn dash(style: DashStyle) -> &'static str {
    match style {
        DashStyle::Em => "\u{2014}",
        DashStyle::SpacedEn => " \u{2013} ",
    }
}

/// Two spaces between words, all that deletion leaves of a spaced dash or ellipsis ("the Reka
/// a name that simply means river  rises"). Two in one sentence are the dashes around a
/// parenthesis, and get them back in the edition's dash, between the spaces: an ellipsis
/// seldom comes twice in a sentence (in the 206 trial texts, 156 such pairs were all dashes,
/// and 52 of 128 lone ones were ellipses). A lone one is a dash before an article
/// ([`before_an_article`]), and listed elsewhere; every one in a text that writes its dashes
/// as two hyphens (`ascii_dashes`), where deletion took none, is listed.
pub fn spaced(text: &str, style: DashStyle, ascii_dashes: bool) -> Outcome {
    let dash = dash(style).trim();
    let mut outcome = Outcome::default();
    for sentence in sentences(text) {
        let spaces = double_spaces(&text[sentence.clone()]);
        let paired = spaces.len() == 2 && !ascii_dashes;
        let lone = spaces.len() == 1 && !ascii_dashes;
        for at in spaces.into_iter().map(|at| sentence.start + at) {
            let evidence = if paired {
                Some(
                    "two spaces between words, twice in the sentence: a pair of spaced dashes \
                     around a parenthesis",
                )
            } else if lone && before_an_article(&text[at + 2..]) {
                Some("two spaces before an article: a spaced dash before an apposition")
            } else {
                None
            };
            if let Some(evidence) = evidence {
                outcome.proposals.push(Proposal {
                    start: at + 1,
                    end: at + 1,
                    replacement: dash.to_string(),
                    rule: "dash.spaced",
                    class: Class::Dash,
                    evidence: evidence.into(),
                });
            } else {
                outcome.suspects.push(RawSuspect {
                    offset: at,
                    text: "  ".into(),
                    candidates: vec![dash.into(), "\u{2026}".into()],
                    reason: "two spaces between words: a spaced dash or an ellipsis was deleted?"
                        .into(),
                    sign: Sign::LostCharacter,
                });
            }
        }
    }
    if !ascii_dashes {
        outcome.proposals.extend(before_a_gloss(text, dash));
    }
    outcome
}

/// The dashes between a quoted exclamation or question and its gloss ("Trst je naš!” —
/// “Trieste is ours!”): an exclamation or a question mark, two spaces and a capital are
/// what deletion leaves of the closing mark, the spaced dash and the opening mark, in a text
/// that follows its sentences with one space (a full stop before two spaces and a capital
/// at most once). In the 392 trial texts each of the 12 such places was that dash.
fn before_a_gloss(text: &str, dash: &str) -> Vec<Proposal> {
    let capital_after = |at: usize| text[at..].starts_with(|c: char| c.is_ascii_uppercase());
    let typed_with_two_spaces = text
        .match_indices(".  ")
        .filter(|(at, _)| capital_after(at + 3))
        .nth(1)
        .is_some();
    if typed_with_two_spaces {
        return Vec::new();
    }
    ["!  ", "?  "]
        .iter()
        .flat_map(|mark| text.match_indices(mark))
        .filter(|(at, _)| capital_after(at + 3))
        .map(|(at, _)| Proposal {
            start: at + 2,
            end: at + 2,
            replacement: dash.to_string(),
            rule: "dash.spaced",
            class: Class::Dash,
            evidence: "two spaces after an exclamation or a question and before a capital, in a \
                       text that follows its sentences with one: a quotation's closing mark and \
                       a spaced dash before its gloss were deleted"
                .into(),
        })
        .collect()
}

/// Whether `rest` starts with "a" or "an" and a space: after a lone double space, an
/// apposition that a dash opened ("the Reka  a name that means river"). An ellipsis leaves
/// speech that trails off and goes on with a conjunction or an adverb ("and", "well"), seldom
/// with an article: in the trial texts 17 lone double spaces before "a" were all dashes, and
/// none of the 52 ellipses stood there.
fn before_an_article(rest: &str) -> bool {
    ["a ", "an "]
        .iter()
        .any(|article| rest.starts_with(article))
}

/// The sentences of `text` as byte ranges: each ends after a full stop, a question or an
/// exclamation mark before a space, or at a line's end. An abbreviation's full stop ends one
/// too soon, which only leaves a pair unpaired. A question or an exclamation before a word in
/// lower case ends none: it ends a quotation inside the sentence ("Eb ura fakó!” — a
/// proverb"), whose closing mark and dash, deleted, leave two spaces.
fn sentences(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut start = 0;
    let bytes = text.as_bytes();
    let quoted_inside = |i: usize| {
        matches!(bytes[i], b'!' | b'?')
            && text[i + 1..]
                .trim_start_matches(' ')
                .starts_with(|c: char| c.is_ascii_lowercase())
    };
    let mut ends: Vec<usize> = (0..bytes.len())
        .filter(|&i| {
            bytes[i] == b'\n'
                || (matches!(bytes[i], b'.' | b'!' | b'?')
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_whitespace)
                    && !quoted_inside(i))
        })
        .map(|i| i + 1)
        .collect();
    ends.push(text.len());
    ends.into_iter().map(move |end| {
        let sentence = start..end;
        start = end;
        sentence
    })
}

/// Where two spaces stand between words in `sentence`: after a letter, a digit, a comma, a
/// closing bracket, or a question or an exclamation that ends no sentence, and before a letter
/// or a digit. Not after a sentence's end, which a typist may follow with two spaces, and not
/// inside a longer run of spaces, which aligns columns.
fn double_spaces(sentence: &str) -> Vec<usize> {
    sentence
        .match_indices("  ")
        .map(|(at, _)| at)
        .filter(|&at| {
            let before = sentence[..at].chars().next_back();
            let after = sentence[at + 2..].chars().next();
            before.is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | ')' | '!' | '?'))
                && after.is_some_and(char::is_alphanumeric)
        })
        .collect()
}

/// The byte positions where `word` splits into two dictionary words. One-letter halves must
/// be "a" or "I", two-letter halves function words: the dictionary lists every letter and
/// many two-letter abbreviations, which would split almost anything.
pub fn splits(word: &str, dictionary: &Dictionary) -> Vec<usize> {
    // Seven letters at least: "a" and a three-letter word glue into a five-letter non-word
    // more often by a typo than by a lost dash.
    // The longer half of a very long token is no word: trying every split of a megabyte-long
    // token would take quadratic time.
    if word.len() < 7 || dictionary.cannot_contain_len(word.len() / 2) {
        return Vec::new();
    }
    (1..word.len())
        .filter(|&i| word.is_char_boundary(i))
        .filter(|&i| {
            let (left, right) = word.split_at(i);
            half_ok(left) && half_ok(right) && dictionary.contains(left) && dictionary.contains(right)
                // "revolutionThe": a capital inside is a lost space or a name, not a dash.
                && !right.starts_with(char::is_uppercase)
        })
        .collect()
}

fn half_ok(half: &str) -> bool {
    match half.len() {
        1 => matches!(half, "a" | "A" | "I"),
        2 => is_function_word(half),
        _ => true,
    }
}

/// English derivational endings that are words too, long enough or English enough that a
/// word of another language seldom ends in them.
const ENGLISH_ENDINGS: &[&str] = &[
    "ability", "able", "ably", "ally", "ance", "dom", "ence", "ful", "hood", "ible", "ing", "ings",
    "ion", "ions", "ise", "ised", "ism", "isms", "ist", "ists", "ity", "ize", "ized", "less",
    "like", "ly", "ment", "ments", "ness", "ship", "ships", "ward", "wards", "wise",
];

/// Whether `right` is a derivational or inflectional ending that happens to be a word
/// ("Stalin|ism", "recall|able"): the token is a derived word the dictionary lacks. Besides
/// [`ENGLISH_ENDINGS`], short ones ("ed", "er", "ate" of "Italian|ate"; "ids" of a dynasty,
/// "Přemysl|ids") and
/// Slavic ones: "ova", the ending of a
/// Slavic name's possessive adjective ("Plečnik|ova hiša"), "ski", of a Slavic place's
/// adjective ("Piran|ski zaliv", the bay of Piran), "ani", of its people ("Maribor|ani"
/// is Mariborčani, which lost its č), and "grad", a Slavic town's ("Melania|grad", a
/// nickname on the model of Stalingrad).
pub fn is_derivation(right: &str) -> bool {
    const SHORT_ENDINGS: &[&str] = &[
        "ant", "ate", "ent", "ed", "er", "ers", "est", "ian", "ians", "id", "ids",
    ];
    let lower = right.to_ascii_lowercase();
    ENGLISH_ENDINGS.contains(&lower.as_str())
        || SHORT_ENDINGS.contains(&lower.as_str())
        || is_slavic_ending(right)
}

/// Whether `right` is one of the Slavic endings [`is_derivation`] knows ("ova", "ski",
/// "ani", "grad"): the word is no English one, though no dash was lost in it.
pub fn is_slavic_ending(right: &str) -> bool {
    const SLAVIC_ENDINGS: &[&str] = &["ani", "grad", "ova", "ski"];
    SLAVIC_ENDINGS.contains(&right.to_ascii_lowercase().as_str())
}

/// Whether `word` is an English word the dictionary lacks, made of one it has of four letters
/// or more and an English ending ("Border|less", "crushing|ly", "radical|ise"): a word as
/// written, not a foreign one that lost letters. "The Borderless City" had been read as a
/// Hungarian compound's possessive, "Borderüles’s"; a shorter base is as often a foreign
/// name's start ("Kod|ly" is Kodály).
pub fn is_english_derivation(word: &str, dictionary: &Dictionary) -> bool {
    const SHORTEST_BASE: usize = 4;
    word.char_indices().skip(SHORTEST_BASE).any(|(at, _)| {
        let (base, ending) = word.split_at(at);
        ENGLISH_ENDINGS.contains(&ending.to_ascii_lowercase().as_str()) && dictionary.contains(base)
    }) || is_an_adjective_in_y(word, dictionary)
}

/// "peaty", "rocky": a lower-case English noun of four letters or more and the "y" that makes
/// its adjective. Only in lower case: a name in -y is as often a Slavic adjective that lost
/// its accent ("Rusky", Ruský).
fn is_an_adjective_in_y(word: &str, dictionary: &Dictionary) -> bool {
    const SHORTEST_BASE: usize = 4;
    word.strip_suffix('y').is_some_and(|base| {
        base.len() >= SHORTEST_BASE
            && base.starts_with(|c: char| c.is_ascii_lowercase())
            && dictionary.contains_exact(base)
    })
}

/// Heads that end closed compounds after any modifier: agent nouns ("holidaymakers",
/// "theatregoers", "peacekeepers"), "house" ("charterhouse", "coffeehouse"), "man" and
/// "woman" ("railwayman", "frontierswomen"), "bus" ("trolleybuses"), and the crafts' "work",
/// "ware" and "smith" ("leatherwork", "plasterwork", "earthenware", "silversmith").
const COMPOUND_HEADS: &[&str] = &[
    "builder", "bus", "dweller", "goer", "house", "keeper", "lover", "maker", "man", "men",
    "seeker", "smith", "taker", "ware", "watcher", "woman", "women", "work",
];

/// Whether `right` is one of [`COMPOUND_HEADS`], in the singular or the plural.
fn is_compound_head(right: &str) -> bool {
    let lower = right.to_ascii_lowercase();
    let singulars = [
        Some(lower.as_str()),
        lower.strip_suffix('s'),
        lower.strip_suffix("es"),
    ];
    singulars
        .iter()
        .flatten()
        .any(|one| COMPOUND_HEADS.contains(one))
}

/// Whether a single split is two words glued by a lost dash rather than a closed compound the
/// dictionary lacks ("steelworks", "workmates", "counterattack"). Closed compounds are
/// modifier + head, where the head is a content word and the modifier a short noun or a
/// prefix; so the split is taken for a dash when
/// - the right half is a function word ("revolution|a", "purpose|but", "over|whether"), or
/// - either half is a past form ("included|deprives", "West|allowed"): compounds are not
///   built on past tenses, or
/// - the left half is long (seven letters or more, "business|kings"): long modifiers make
///   open or hyphenated compounds, and the closed ones ("businessman") are in the dictionary;
///   but not before a head that closed compounds end in ("holiday|makers",
///   "theatre|goers"), which the dictionary seldom lists with every modifier;
///
/// and, except before a function word, the left half is not a prefix ("back|flipped").
///
/// Anything else is left for the editor.
pub fn is_glued(left: &str, right: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "after", "anti", "back", "counter", "down", "fore", "inter", "mid", "multi", "non", "off",
        "out", "over", "post", "pre", "pro", "re", "self", "semi", "sub", "super", "under", "up",
    ];
    let prefix = PREFIXES.contains(&left.to_ascii_lowercase().as_str());
    // A half of two letters is far more often an ending ("request|or") than a word.
    let short = right.len() <= 2;
    let head = is_compound_head(right);
    let long_modifier = left.len() >= 7 && !head;
    starts_with_function_word(left, right)
        || (!prefix && !short && (glued_by_form(left, right) || long_modifier))
}

/// Whether either half is a past form ("included|deprives", "West|allowed") or the right one
/// an adverb in -ly ("two|peacefully"): no closed compound is built on either.
fn glued_by_form(left: &str, right: &str) -> bool {
    let past = |w: &str| w.len() > 4 && w.ends_with("ed");
    let adverb = right.len() > 5 && right.ends_with("ly");
    past(left) || past(right) || adverb
}

/// Whether [`is_glued`] reads `left` and `right` as glued only because `left` is long: no
/// function word starts `right`, and neither half is a past form or `right` an adverb. After
/// "the", a capitalised such word is as likely a name ("the Piccolo|mini family").
pub fn glued_only_by_length(left: &str, right: &str) -> bool {
    is_glued(left, right) && !starts_with_function_word(left, right) && !glued_by_form(left, right)
}

/// Prepositions and adverbs that start a phrase after a dash ("sense|between", "way|sometimes",
/// "walk|otherwise") and end no closed compound, as "around" does ("workaround") and "still"
/// ("standstill").
const PHRASE_OPENERS: &[&str] = &[
    "above",
    "across",
    "alongside",
    "always",
    "among",
    "below",
    "beneath",
    "between",
    "beyond",
    "never",
    "often",
    "otherwise",
    "perhaps",
    "sometimes",
    "towards",
    "unless",
];

/// Whether `right` is a function word that starts a phrase after a dash. Short function words
/// are also common word endings ("request|or", "reflex|on"): only "a", words of three letters
/// or more, and after a word of five letters or more ("coast|in") the prepositions "in", "to",
/// "of", "at" and "by", the verb "is" (which ends a gloss between dashes: "means
/// underground|is a labyrinth"), and "an", "as", "so", "he" and "no", which seldom end an
/// English word that lacks them ("poplars|an", "harvest|so") count. After a capitalised word
/// they are a name's ending: "Michaela", "Daniela", "Augustin" are names of their own, not
/// "Michael" or "August" and a lost dash.
fn starts_with_function_word(left: &str, right: &str) -> bool {
    if PHRASE_OPENERS.contains(&right) {
        return true;
    }
    let after_a_name = left.starts_with(|c: char| c.is_uppercase());
    is_function_word(right)
        && match right.len() {
            1 => right == "a" && !after_a_name,
            2 => {
                left.len() >= 5
                    && matches!(
                        right,
                        "in" | "to" | "of" | "at" | "by" | "is" | "an" | "as" | "so" | "he" | "no"
                    )
                    && !after_a_name
            }
            _ => true,
        }
}

/// Of several splits, the one a dash most likely took: the only one whose right half is a
/// function word that starts a phrase ("days|and" over "day|sand").
pub fn likeliest(word: &str, splits: &[usize]) -> Option<usize> {
    let mut starting_a_phrase = splits
        .iter()
        .filter(|&&at| starts_with_function_word(&word[..at], &word[at..]));
    match (starting_a_phrase.next(), starting_a_phrase.next()) {
        (Some(&at), None) => Some(at),
        _ => None,
    }
}

/// Of the `splits` of `word`, where a lost dash glued two words, if one place is clear: by
/// the halves' form ([`glued_at`]), after a name ([`glued_to_a_proper_name`]) or after a
/// plural ([`glued_after_a_plural`]). What the word rules and the gloss rules both read.
pub fn lost_dash_at(word: &str, splits: &[usize], dictionary: &Dictionary) -> Option<usize> {
    glued_at(word, splits)
        .or_else(|| glued_to_a_proper_name(word, splits, dictionary))
        .or_else(|| glued_after_a_plural(word, splits, dictionary))
}

/// Of the `splits` of `word`, the one a lost dash glued, if one is clear: the only split,
/// unless its right half is an ending ("Stalin|ism"), or the only one whose right half starts
/// a phrase ([`likeliest`]); either only where the halves read as glued ([`is_glued`]).
fn glued_at(word: &str, splits: &[usize]) -> Option<usize> {
    let glued = |at: usize| is_glued(&word[..at], &word[at..]);
    match splits {
        [at] if is_derivation(&word[*at..]) => None,
        [at] if glued(*at) => Some(*at),
        several => likeliest(word, several).filter(|&at| glued(at)),
    }
}

/// Words a closed compound puts after a plural ("raftsmen", "townsfolk", "craftspeople",
/// "sportswear", "sportswriters", "townscapes").
const AFTER_A_PLURAL: &[&str] = &[
    "cape", "capes", "folk", "man", "men", "people", "person", "wear", "woman", "women", "writer",
    "writers",
];

/// The one split of `word`, when its left half is a plural noun in -s and its right half a
/// word of three letters or more ("cities|green", "years|among", "hills|remains"): English
/// builds closed compounds on a singular ("cityscape"), so a lost dash glued these, except
/// before the nouns of [`AFTER_A_PLURAL`]. Not where the word splits more ways ("fields|till",
/// "field|still"), one of which moves the s.
fn glued_after_a_plural(word: &str, splits: &[usize], dictionary: &Dictionary) -> Option<usize> {
    let [at] = splits else {
        return None;
    };
    let (left, right) = (&word[..*at], &word[*at..]);
    let plural = left.ends_with('s') && super::possessives::singular_of(left, dictionary).is_some();
    (plural
        && right.len() >= 3
        && right.starts_with(|c: char| c.is_ascii_lowercase())
        && !is_derivation(right)
        && !AFTER_A_PLURAL.contains(&right))
    .then_some(*at)
}

/// The last elements of English and German place names, which a name before them does not
/// make two words ("Waldenburg", "Heidelberg", "Stratford").
const PLACE_ENDINGS: &[&str] = &[
    "berg", "borough", "burg", "bury", "dorf", "feld", "field", "ford", "hausen", "heim", "land",
    "stadt", "ton", "town", "ville", "wick",
];

/// Of the `splits` of `word`, the only one whose left half is a name English has only with
/// its capital ("Europe|older", "Prague|hardly") and whose right half is a word in lower
/// case of three letters or more: no closed compound is built on a name (English hyphenates
/// those: "Europe-wide"), so a lost dash glued them. Not a capitalised common word
/// ("Fire|watch", "Wry|mouth"), which starts compounds and sentences alike, nor a short name
/// (three or four letters are as often a name's start: "Geo|park", "Mort|lake"), nor before
/// the last element of a place's name ("Walden|burg").
fn glued_to_a_proper_name(word: &str, splits: &[usize], dictionary: &Dictionary) -> Option<usize> {
    let mut after_a_name = splits.iter().filter(|&&at| {
        let (left, right) = (&word[..at], &word[at..]);
        left.len() >= 5
            && left.starts_with(|c: char| c.is_ascii_uppercase())
            && dictionary.contains_exact(left)
            && !dictionary.contains_exact(&left.to_lowercase())
            && right.len() >= 3
            && right.starts_with(|c: char| c.is_ascii_lowercase())
            && !is_derivation(right)
            && !PLACE_ENDINGS.contains(&right)
    });
    match (after_a_name.next(), after_a_name.next()) {
        (Some(&at), None) => Some(at),
        _ => None,
    }
}

/// A word glued to a capitalised one ("intellectualsBronislaw", "BohinjLovrenc",
/// "ParisLittle"): the position of the capital. The left half is a dictionary word of three
/// letters or more in lower case, or a capitalised word of three letters or more that is no
/// name's prefix ("MacArthur", "VanDyke") and is no English word, or is one before a right
/// half English lacks ("LandSzkelyfld"); the right half is capitalised. A dash or a space
/// was lost, and either half may have lost letters too: listed, never repaired.
pub fn glued_to_a_name(word: &str, dictionary: &Dictionary) -> Option<usize> {
    if let Some(at) = glued_to_a_numeral(word) {
        return Some(at);
    }
    let at = inner_capital(word)?;
    let (left, right) = word.split_at(at);
    let name = right.chars().nth(1).is_some_and(char::is_lowercase);
    let rest_lowercase = |w: &str| w.chars().skip(1).all(char::is_lowercase);
    let english = left.chars().all(char::is_lowercase) && dictionary.contains(left);
    // A capitalised English word closed up with another makes a brand's name
    // ("CommonMark", "PowerPoint", "YouTube"), as a name's prefix makes a surname.
    // But a brand's halves are both English: "Székely LandSzkelyfld" glued a name's last
    // word, capitalised, to another name.
    let capitalised = left.starts_with(char::is_uppercase)
        && rest_lowercase(left)
        && !NAME_PREFIXES.contains(&left)
        && (!dictionary.contains(&left.to_lowercase())
            || !dictionary.contains(&right.to_lowercase()));
    (left.chars().count() >= 3 && name && rest_lowercase(right) && (english || capitalised))
        .then_some(at)
}

/// "Charles IVKing of Bohemia": a regnal numeral glued to the capitalised word after it; the
/// position of that word, the capital before the first lower-case letter ("Louis
/// XIVVinum": the numeral's letters may begin the word too). Not an acronym's plural
/// ("VIPs"): the word has three letters or more, all but its first in lower case.
fn glued_to_a_numeral(word: &str) -> Option<usize> {
    let lower = word.find(|c: char| c.is_lowercase())?;
    let (at, _) = word[..lower].char_indices().next_back()?;
    let (numeral, right) = word.split_at(at);
    let capitalised = right.starts_with(|c: char| c.is_uppercase())
        && right.chars().count() >= 3
        && right.chars().skip(1).all(char::is_lowercase);
    (is_regnal_numeral(numeral) && capitalised).then_some(at)
}

/// "PRLannouncing", "UWZCentral", "FKGPhad": an abbreviation in capitals glued to an English
/// word of four letters or more, in lower case or capitalised, or to a function word of
/// three, where a dash or a space was lost; the position of that word. English writes no
/// such word (an abbreviation's plural or ending is one or two letters: "VIPs", "MPeg" is no
/// English word). A capitalised word's capital is the abbreviation's last only when the rest
/// is no English word ("PRLannouncing" is PRL|announcing, not PR|Lannouncing).
pub fn glued_to_an_abbreviation(word: &str, dictionary: &Dictionary) -> Option<usize> {
    let at = word.find(|c: char| !c.is_ascii_uppercase())?;
    let english = |right: &str| {
        let long = right.len() >= 4
            && right.chars().skip(1).all(|c| c.is_ascii_lowercase())
            && dictionary.contains(right);
        long || (right.len() == 3 && is_function_word(right))
    };
    let lower_case = word[at..].starts_with(|c: char| c.is_ascii_lowercase());
    [at, at.saturating_sub(1)]
        .into_iter()
        .find(|&at| at >= 2 && lower_case && english(&word[at..]))
}

/// "GASgospodrii": capitals glued to a word of four letters or more in lower case, asked
/// after [`glued_to_an_abbreviation`] (which has "PRLannouncing" and "UWZCentral"): an
/// abbreviation before a word of another language, glued where a dash was lost
/// ("GAS—gospodării"), or a name that lost an apostrophe ("DAbernon") or its letters
/// ("IKroly"); the position of the first lower-case letter. English writes no word so
/// shaped.
pub fn capitals_before_lower_case(word: &str) -> Option<usize> {
    let at = word.find(|c: char| !c.is_ascii_uppercase())?;
    let right = &word[at..];
    (at >= 2 && right.len() >= 4 && right.bytes().all(|b| b.is_ascii_lowercase())).then_some(at)
}

/// Where the first capital after a word's first letter stands: where two glued words meet.
pub(super) fn inner_capital(word: &str) -> Option<usize> {
    word.char_indices()
        .skip(1)
        .find(|(_, c)| c.is_uppercase())
        .map(|(at, _)| at)
}

/// "PolishLithuanian", "AustroHungarian", "SlovakCzechLatinGerman": words naming peoples
/// or languages glued where en dashes joined them (the Polish–Lithuanian Commonwealth, a
/// Slovak–Czech–Latin–German dictionary); the positions of the capitals after the first.
/// Each is a combining form ("Austro", "Anglo"), ends as the names of peoples and languages
/// do ("-ish", "-ian", "-an", "-ese", "-ch", "-ak", "-ene") or is one those endings miss
/// ("Latin", "Greek"), and none is a brand's half ("CommonMark", "PascalCase"), which no such
/// ending has.
pub fn peoples_glued(word: &str) -> Option<Vec<usize>> {
    const COMBINING: &[&str] = &[
        "Anglo", "Austro", "Czecho", "Franco", "Greco", "Indo", "Italo", "Russo", "Sino",
    ];
    let capitals: Vec<usize> = word
        .char_indices()
        .skip(1)
        .filter(|(_, c)| c.is_uppercase())
        .map(|(at, _)| at)
        .collect();
    let (&first, &last) = (capitals.first()?, capitals.last()?);
    let joins = |w: &str| COMBINING.contains(&w) || names_a_people(w);
    let inner_parts = capitals
        .windows(2)
        .all(|pair| names_a_people(&word[pair[0]..pair[1]]));
    (joins(&word[..first]) && inner_parts && names_a_people(&word[last..])).then_some(capitals)
}

/// Whether the capitalised `word` of four letters or more names a people or a language by
/// its ending ("-ish", "-an", "-ese", "-ch", "-ak", "-ene": Polish, Hungarian, Czech, Slovak,
/// Slovene) or is one those endings miss ("Latin", "Greek").
pub(super) fn names_a_people(word: &str) -> bool {
    const ENDINGS: &[&str] = &["ak", "an", "ch", "ene", "ese", "ish"];
    const OTHERS: &[&str] = &[
        "Arab", "Basque", "Croat", "Greek", "Latin", "Serb", "Turk", "Welsh",
    ];
    word.len() >= 4
        && word.chars().skip(1).all(|c| c.is_ascii_lowercase())
        && (ENDINGS.iter().any(|e| word.ends_with(e)) || OTHERS.contains(&word))
}

/// "andin a gesture", "itand": two English function words of two letters or more glued,
/// too short for [`splits`] (which a typo in a longer word would fool) but no word of
/// English: the position of the second. The first such split, as "butin" is only but|in.
/// Five letters at least: "init", a program's name, is "in" and "it" too.
pub fn two_function_words_glued(word: &str) -> Option<usize> {
    let function_word = |w: &str| w.len() >= 2 && is_function_word(w);
    if word.len() < 5 {
        return None;
    }
    (2..word.len() - 1).find(|&at| {
        word.is_char_boundary(at) && function_word(&word[..at]) && function_word(&word[at..])
    })
}

/// The days of the week, which name a range's ends as months do ("Monday–Friday").
const DAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// "MaySeptember", "MondayFriday": two months' or two days' names glued where an en dash
/// joined them in a range; the position of the second. Deletion leaves nothing else between
/// two such names: no English word is spelt so.
pub fn a_range_of_names_glued(word: &str) -> Option<usize> {
    let at = inner_capital(word)?;
    let (left, right) = word.split_at(at);
    let months = is_a_month(left) && is_a_month(right);
    let days = DAYS.contains(&left) && DAYS.contains(&right);
    (left != right && (months || days)).then_some(at)
}

/// A word of another language glued to "the" ("horathe", of "Zelená hora—the name means
/// Green Mountain"): the position of "the", when the left half is three letters or more and
/// `known` to a dictionary of another language. An English left half is [`splits`]'s. A
/// gloss after a dash opens with "the" more than with any other word, and no word of the
/// languages restore reads ends so; "and" does ("Rostand", "Durand").
pub fn foreign_word_glued_to_the(word: &str, known: impl Fn(&str) -> bool) -> Option<usize> {
    let left = glued_to_the(word)?;
    known(left).then_some(left.len())
}

/// The word before "the" in a token of three letters or more glued to it ("horathe",
/// "podzemthe"), which is two words if no dictionary knows the token: the left half may
/// have lost letters too.
pub fn glued_to_the(word: &str) -> Option<&str> {
    let left = word.strip_suffix("the")?;
    let letters = left.chars().count() >= 3 && left.chars().all(char::is_alphabetic);
    letters.then_some(left)
}

/// A word glued by a lost dash to a hyphenated English word that a prefix begins
/// ("reeducarere-education": reeducare—re-education; "zsidtlantsde-Jewification"): the
/// position of the prefix in `first`, the hyphenated word's first part, which English does
/// not know whole, when the prefix follows three letters or more and, with the part after
/// the hyphen, makes a word: one English knows written closed ("reeducation"), or a prefix
/// before a capital ("de-Jewification", "anti-Soviet"). Not a capitalised first part before
/// a capital: a double-barrelled name ("Pierre-Auguste", "Claude-Joseph").
pub fn glued_before_a_prefix(first: &str, rest: &str, dictionary: &Dictionary) -> Option<usize> {
    if dictionary.contains(first) || !first.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let lower = first.to_ascii_lowercase();
    let prefix = HYPHENATED_PREFIXES
        .iter()
        .find(|prefix| lower.ends_with(*prefix))?;
    let at = first.len() - prefix.len();
    let before_a_capital = rest.starts_with(|c: char| c.is_uppercase())
        && first.starts_with(|c: char| c.is_ascii_lowercase());
    let a_word = rest.bytes().all(|b| b.is_ascii_lowercase())
        && dictionary.contains(&format!("{prefix}{rest}"));
    (at >= 3 && (before_a_capital || a_word)).then_some(at)
}

/// Capitalised prefixes of surnames written closed up with a capital after them
/// ("MacArthur", "FitzGerald", "VanDyke", "DelVecchio", "DesJardins"): no lost dash.
/// Shorter ones ("McCarthy", "DeLillo", "LaGuardia") are below the three letters a glued
/// word's left half needs.
const NAME_PREFIXES: &[&str] = &[
    "Mac", "Fitz", "Van", "Von", "Del", "Della", "Des", "Dos", "Ter", "Ten",
];

/// A name glued to an English word ("Fideszhad"): the position after the name, when the text
/// has the name on its own elsewhere ("Fidesz"), English does not know it, and the rest is a
/// word of three letters or more that is no ending ("had", not "ism" nor "s"), in exactly one
/// way. The text's own spelling shows where the dash was, as it shows a possessive's
/// apostrophe. A shorter word is as often the name's own ending in its language ("Divadlo
/// Spejbla", of Spejbl; "Cristian" beside "Cristi"), and the dash rule for English words
/// decides those.
pub fn glued_to_a_word_of_the_text(
    word: &str,
    occurs: impl Fn(&str) -> bool,
    dictionary: &Dictionary,
) -> Option<usize> {
    if !word.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let mut splits = word.char_indices().skip(3).map(|(i, _)| i).filter(|&i| {
        let (left, right) = word.split_at(i);
        right.len() >= 3
            && right.bytes().all(|b| b.is_ascii_lowercase())
            && !is_derivation(right)
            && occurs(left)
            // An English word before it makes a closed compound ("Makefile", "Runtime").
            && !dictionary.contains(left)
            && dictionary.contains(right)
    });
    match (splits.next(), splits.next()) {
        (Some(at), None) => Some(at),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where [`spaced`] puts a dash back in `text`, and where it lists two spaces.
    fn spaced_in(text: &str, ascii_dashes: bool) -> (Vec<usize>, Vec<usize>) {
        let outcome = spaced(text, DashStyle::Em, ascii_dashes);
        let repaired = outcome.proposals.iter().map(|p| p.start).collect();
        let listed = outcome.suspects.iter().map(|s| s.offset).collect();
        (repaired, listed)
    }

    #[test]
    fn two_spaces_after_a_quoted_exclamation_before_a_capital_are_the_dash_before_its_gloss() {
        let text = "They chanted Trst je na!  Trieste is ours! Who knows?  Nobody. Stop!   Go.";
        let (repaired, listed) = spaced_in(text, false);
        assert_eq!(repaired, [25, 54]);
        assert!(listed.is_empty());
        // A text that follows its sentences with two spaces says nothing there.
        let typed = "It rained.  They left.  We chanted Nie!  Never again.";
        assert_eq!(spaced_in(typed, false), (vec![], vec![]));
        assert_eq!(spaced_in(text, true).0, Vec::<usize>::new());
    }

    #[test]
    fn two_spaces_twice_in_a_sentence_are_a_pair_of_dashes_and_once_are_listed() {
        let text = "The Reka  a name that means river  rises. It ends  nowhere.\nA  b  c  d.";
        let (repaired, listed) = spaced_in(text, false);
        assert_eq!(repaired, [9, 34]);
        // One pair of spaces alone in its sentence; three in one are no pair either.
        assert_eq!(listed, [49, 61, 64, 67]);
        let outcome = spaced(text, DashStyle::SpacedEn, false);
        assert_eq!(outcome.proposals[0].replacement, "\u{2013}");
        // A text that writes its dashes as two hyphens lost none.
        assert_eq!(spaced_in(text, true).0, Vec::<usize>::new());
    }

    #[test]
    fn two_spaces_alone_before_an_article_are_a_dash() {
        let text = "It is the Reka  a river. It ended  and began. Then  an end.";
        let (repaired, listed) = spaced_in(text, false);
        assert_eq!(repaired, [15, 51]);
        assert_eq!(listed, [33]);
    }

    #[test]
    fn two_spaces_after_a_word_or_a_bracket_are_listed_but_not_after_a_sentence() {
        let (repaired, listed) = spaced_in("Gris)  end up. Then  we. Stop.  Next! Go   on", false);
        assert!(repaired.is_empty());
        assert_eq!(listed, [5, 19]);
    }

    /// A question or an exclamation before two spaces and a word in lower case ended a
    /// quotation inside the sentence, and the spaces are a dash's; before a capital, in a text
    /// that follows its sentences with one space, they are the dash before a gloss.
    #[test]
    fn two_spaces_after_a_quoted_exclamation_inside_a_sentence_are_a_dash() {
        let text = "A cry: Eb ura fak!  a proverb. Seid hart!  Be hard!  and went on. Why?  Next.";
        let (repaired, listed) = spaced_in(text, false);
        assert_eq!(repaired, [19, 42, 71]);
        assert_eq!(listed, [51]);
    }

    #[test]
    fn a_name_of_the_text_glued_to_a_word_is_split() {
        let d = Dictionary::english();
        let occurs = |w: &str| {
            [
                "Fidesz", "Marx", "Kdr", "Make", "Cristi", "Plenik", "Piran", "Pemysl",
            ]
            .contains(&w)
        };
        assert_eq!(glued_to_a_word_of_the_text("Fideszhad", occurs, d), Some(6));
        for word in [
            "Marxism",
            "Kdrs",
            "Fidesz",
            "fideszhad",
            "FideszHad",
            "Makefile",
            "Cristian",
            "Plenikova",
            "Piranski",
            "Pemyslids",
        ] {
            assert_eq!(glued_to_a_word_of_the_text(word, occurs, d), None, "{word}");
        }
    }

    #[test]
    fn a_foreign_word_glued_to_the_is_split() {
        let known = |w: &str| ["hora", "Tatry", "jaskyňa"].contains(&w);
        assert_eq!(foreign_word_glued_to_the("horathe", known), Some(4));
        assert_eq!(foreign_word_glued_to_the("jaskyňathe", known), Some(8));
        for word in ["the", "hothe", "Tatrythey", "lathe", "Tatry"] {
            assert_eq!(foreign_word_glued_to_the(word, known), None, "{word}");
        }
    }

    #[test]
    fn months_and_days_glued_are_ranges() {
        assert_eq!(a_range_of_names_glued("MaySeptember"), Some(3));
        assert_eq!(a_range_of_names_glued("MondayFriday"), Some(6));
        for word in ["MayMay", "MayFriday", "JuneBug", "May", "AugustSeptembers"] {
            assert_eq!(a_range_of_names_glued(word), None, "{word}");
        }
    }

    #[test]
    fn peoples_glued_are_found() {
        assert_eq!(peoples_glued("PolishLithuanian"), Some(vec![6]));
        assert_eq!(peoples_glued("AustroHungarian"), Some(vec![6]));
        assert_eq!(peoples_glued("CzechSlovak"), Some(vec![5]));
        assert_eq!(
            peoples_glued("SlovakCzechLatinGermanHungarian"),
            Some(vec![6, 11, 16, 22])
        );
        assert_eq!(peoples_glued("SlovakCzechMark"), None);
        for word in [
            "CommonMark",
            "PascalCase",
            "RegExp",
            "DebConf",
            "Hungarian",
            "GitHub",
        ] {
            assert_eq!(peoples_glued(word), None, "{word}");
        }
    }

    #[test]
    fn a_name_with_a_short_ending_is_no_glued_pair() {
        for (left, right) in [("Michael", "a"), ("August", "in"), ("Justin", "a")] {
            assert!(!is_glued(left, right), "{left}{right}");
        }
        assert!(is_glued("revolution", "a"));
        assert!(is_glued("coast", "in"));
        // A preposition or adverb that starts a phrase and ends no compound.
        assert!(is_glued("sense", "between"));
        assert!(is_glued("way", "sometimes"));
        assert!(!is_glued("work", "around"));
        assert!(!is_glued("stand", "still"));
    }

    /// A name English has only with its capital, glued to a word in lower case, was two
    /// words; a capitalised common word, a short name or a place's last element starts a
    /// name or a compound as often.
    #[test]
    fn a_name_glued_to_a_lower_case_word_is_split() {
        let d = Dictionary::english();
        let glued = |word: &str| glued_to_a_proper_name(word, &splits(word, d), d);
        assert_eq!(glued("Europeolder"), Some(6));
        assert_eq!(glued("Fuggerknown"), Some(6));
        for word in [
            "Firewatch",
            "Geopark",
            "Mortlake",
            "Waldenburg",
            "Europeans",
        ] {
            assert_eq!(glued(word), None, "{word}");
        }
    }

    /// A plural noun glued to a word was two words; not before the words closed compounds
    /// put after a plural, nor where the word splits more than one way.
    #[test]
    fn a_plural_glued_to_a_word_is_split() {
        let d = Dictionary::english();
        let glued = |word: &str| glued_after_a_plural(word, &splits(word, d), d);
        assert_eq!(glued("citiesgreen"), Some(6));
        assert_eq!(glued("yearsamong"), Some(5));
        for word in [
            "raftsmen",
            "craftspeople",
            "townscapes",
            "glassworks",
            "fieldstill",
        ] {
            assert_eq!(glued(word), None, "{word}");
        }
    }

    #[test]
    fn splits_glued_words_once() {
        let d = Dictionary::english();
        assert_eq!(splits("revolutiona", d), [10]);
        assert_eq!(splits("includeddeprives", d), [8]);
        assert_eq!(splits("purposebut", d), [7]);
        assert_eq!(likeliest("daysand", &splits("daysand", d)), Some(4));
        assert_eq!(glued_to_a_name("intellectualsBronisaw", d), Some(13));
        assert_eq!(glued_to_a_name("McDonald", d), None);
        assert_eq!(glued_to_a_name("BohinjLovrenc", d), Some(6));
        assert_eq!(glued_to_a_name("ViscriDeutsch", d), Some(6));
        assert_eq!(glued_to_a_name("LzrescuThe", d), Some(7));
        // An English word capitalised before a name English lacks; a brand has two words.
        assert_eq!(glued_to_a_name("LandSzkelyfld", d), Some(4));
        assert_eq!(glued_to_a_name("IVKing", d), Some(2));
        assert_eq!(glued_to_a_name("XIVLouis", d), Some(3));
        assert_eq!(glued_to_a_name("XIVVinum", d), Some(3));
        // A capital of two bytes before the first lower-case letter.
        assert_eq!(glued_to_a_name("XIVŠtefan", d), Some(3));
        assert_eq!(glued_to_an_abbreviation("PRLannouncing", d), Some(3));
        assert_eq!(glued_to_an_abbreviation("UWZCentral", d), Some(3));
        assert_eq!(glued_to_an_abbreviation("ROASoviet", d), Some(3));
        // A function word of three letters is a word too; an ending of three is not.
        assert_eq!(glued_to_an_abbreviation("FKGPhad", d), Some(4));
        assert_eq!(glued_to_an_abbreviation("OBhad", d), Some(2));
        assert_eq!(glued_to_an_abbreviation("NATOish", d), None);
        for word in [
            "VIPs",
            "PhD",
            "PRL",
            "MPeg",
            "NATOs",
            "GASgospodrii",
            "DAbernon",
        ] {
            assert_eq!(glued_to_an_abbreviation(word, d), None, "{word}");
        }
        assert_eq!(capitals_before_lower_case("GASgospodrii"), Some(3));
        assert_eq!(capitals_before_lower_case("DAbernon"), Some(2));
        for word in ["VIPs", "PhD", "MPeg", "NATOs", "Lisbon"] {
            assert_eq!(capitals_before_lower_case(word), None, "{word}");
        }
        for word in [
            "MacArthur",
            "FitzGerald",
            "VIPs",
            "IKea",
            "CommonMark",
            "PowerPoint",
            "PhD",
            "NOWaNiezalena",
        ] {
            assert_eq!(glued_to_a_name(word, d), None, "{word}");
        }
        assert!(splits("Hegyeshalom", d).is_empty());
    }

    #[test]
    fn compounds_are_told_from_glued_words() {
        for (left, right) in [
            ("over", "whether"),
            ("business", "kings"),
            ("West", "allowed"),
            ("coast", "in"),
            ("two", "peacefully"),
            ("poplars", "an"),
            ("harvest", "so"),
            ("subjects", "as"),
        ] {
            assert!(is_glued(left, right), "{left}|{right}");
        }
        for (left, right) in [
            ("counter", "attack"),
            ("steel", "works"),
            ("back", "flipped"),
            ("request", "or"),
            ("Horn", "by"),
            ("Moran", "do"),
            ("Lisbon", "as"),
            ("plan", "no"),
            ("holiday", "makers"),
            ("theatre", "goers"),
            ("Charter", "house"),
            ("railway", "man"),
            ("frontiers", "women"),
            ("trolley", "buses"),
            ("leather", "work"),
            ("plaster", "work"),
        ] {
            assert!(!is_glued(left, right), "{left}|{right}");
        }
        assert!(is_derivation("ism") && !is_derivation("kings"));
        // "Italian|ate" is Italianate, the suffix, not the verb after a lost dash.
        assert!(is_derivation("ate"));
        // A Slavic place's people: "Maribor|ani" is Mariborčani.
        assert!(is_derivation("ani"));
        // "reinvent|ion" is reinvention; "Melania|grad" a town's nickname, as Stalingrad.
        assert!(is_derivation("ion") && is_derivation("grad"));
        assert!(is_english_derivation("reinvention", Dictionary::english()));
    }

    #[test]
    fn english_derivations_are_told_from_foreign_words() {
        let english = Dictionary::english();
        for word in ["Borderless", "crushingly", "radicalise", "peaty"] {
            assert!(is_english_derivation(word, english), "{word}");
        }
        // A base of three letters is as often a foreign name's start; Slavic endings are not
        // English ones.
        // Nor a name in -y, which may be a Slavic adjective ("Rusky", Ruský).
        for word in ["Kodly", "Pirani", "Plenikova", "Borderles", "Rusky"] {
            assert!(!is_english_derivation(word, english), "{word}");
        }
    }
}
