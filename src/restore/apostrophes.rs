//! Lost apostrophes: contractions and possessives ("didnt", "Hungarys") are found by putting
//! an apostrophe back where the dictionary knows the word with one; possessives of names it
//! does not know ("Nagys") need the name on its own elsewhere in the text. Plural possessives
//! ("workers councils"), where "workers" is already a word, are read from their neighbours
//! in `possessives.rs`.

use super::dictionary::Dictionary;
use super::possessives;
use super::stages::Proposal;
use super::tokens::{
    is_function_word, is_negated_auxiliary, is_regnal_numeral, one_space_before, opens_a_sentence,
    Token,
};
use super::{Class, Outcome, RawSuspect, Sign};

/// The apostrophe restore inserts (U+2019, the typographic one).
pub const APOSTROPHE: &str = "\u{2019}";

/// Byte positions in `word` where an apostrophe makes a dictionary word ("didnt" -> `[4]`).
pub fn dictionary_positions(word: &str, dictionary: &Dictionary) -> Vec<usize> {
    let mut found = Vec::new();
    if is_acronym(word) {
        // "JSs", "APIs": plurals of acronyms, and the dictionary's letters ("J's") would
        // otherwise match them.
        return found;
    }
    if dictionary.cannot_contain_len(word.len() + 1) {
        // Every candidate is as long as the word: trying them all would be quadratic.
        return found;
    }
    let mut candidate = String::with_capacity(word.len() + 1);
    for i in (1..word.len()).filter(|&i| word.is_char_boundary(i)) {
        candidate.clear();
        candidate.push_str(&word[..i]);
        candidate.push('\'');
        candidate.push_str(&word[i..]);
        if dictionary.contains(&candidate) {
            found.push(i);
        }
    }
    found
}

/// The position of a possessive `’s` when the name without the `s` occurs on its own in the
/// text ("Nagys" and "Nagy"). Names ending in s are left alone: "Janes" may be "Jane’s" or
/// "James’s" without the second s.
pub fn evidence_position(word: &str, occurs: impl Fn(&str) -> bool) -> Option<usize> {
    let stem = word.strip_suffix('s')?;
    let plausible = stem.len() >= 3
        && !stem.ends_with('s')
        && stem.starts_with(char::is_uppercase)
        && !is_acronym(stem);
    (plausible && occurs(stem)).then_some(stem.len())
}

/// Two capitals or more: an acronym ("API", "JSs").
fn is_acronym(word: &str) -> bool {
    word.chars().filter(char::is_ascii_uppercase).count() >= 2
}

/// Whether inserting at `position` makes a possessive (or is-contraction) `’s`.
pub fn is_s_form(word: &str, position: usize) -> bool {
    position + 1 == word.len() && word.ends_with('s')
}

/// A possessive is followed, after one space, by what it possesses: a word that is not a
/// function word ("Stalins Russia", not "the Stalins were"), nor a negated auxiliary ("East
/// Berliners werent"), nor "here", which nothing possesses ("no Fischers here" is a plural,
/// "Fischers here" as often "Fischer is here"). A title's capitalised article is what it
/// possesses ("Wyspiaskis The Wedding"). Pronoun contractions ("whats", "thats") need no
/// such context.
pub fn possessive_context(word: &str, next: Option<&Token>, gap: &str) -> bool {
    let stem = &word[..word.len() - 1];
    if is_function_word(stem) || stem.eq_ignore_ascii_case("let") {
        return true;
    }
    // A capitalised article inside a sentence opens a title the possessive owns
    // ("Wyspiaskis The Wedding").
    let a_titles_article = |next: &Token| matches!(next.text, "The" | "A" | "An");
    next.is_some_and(|next| {
        gap == " "
            && (!is_function_word(next.text) || a_titles_article(next))
            && !is_negated_auxiliary(next.text)
            && next.text != "here"
    })
}

/// A possessive of a common noun whose plural the dictionary lacks ("deprecations" beside
/// "deprecation’s") is as likely that plural: it needs a noun after it ("deprecations
/// receive", "typings available" are plurals before a verb or an adjective). Names
/// ("Hungarys") are rarely plurals and need only [`possessive_context`].
pub fn common_noun_possessive_context(
    word: &str,
    next: Option<&Token>,
    dictionary: &Dictionary,
) -> bool {
    let stem = word[..word.len() - 1].to_lowercase();
    let common = dictionary.contains_exact(&stem) && !is_function_word(&stem);
    !common || next.is_some_and(|next| possessives::is_possessed_noun(next.text, dictionary))
}

/// Whether `word` (an `s` form) can only be its stem with an apostrophe: the stem is an
/// English word ending in a consonant and `y`, whose plural is in `-ies` ("countrys",
/// "centurys", "Solidaritys"), so the `s` form is no plural the dictionary lacks, and
/// whatever follows (an adjective, a comma) the apostrophe is the only repair. A vowel
/// before the `y` makes a plural in `-ys` ("todays" may be one).
pub fn possessive_of_a_noun_in_y(word: &str, dictionary: &Dictionary) -> bool {
    let stem = word[..word.len() - 1].to_lowercase();
    let mut last = stem.chars().rev();
    let (Some('y'), Some(before)) = (last.next(), last.next()) else {
        return false;
    };
    let consonant = before.is_ascii_alphabetic() && !"aeiou".contains(before);
    consonant && dictionary.contains_exact(&stem) && !is_function_word(&stem)
}

/// The `s` forms, in lower case, of the nouns whose plural is not in `-s` (man, woman, child;
/// wife and the others in `-ves`), of those plurals, and of the nouns and pronouns with no
/// plural in use (today, anyone): none is a plural, so each is a possessive that lost its
/// apostrophe ("the poor mans icons", "a childs drawing", "in mens clothing", "todays
/// Slovakia"; "mans" is a verb too, after its subject). Not the verbs among them ("knifes",
/// "leafs", "wolfs"); and capitalised, "Mans" is Le Mans's. Sorted.
const IRREGULAR_POSSESSIVES: &[&str] = &[
    "anyones",
    "calfs",
    "childrens",
    "childs",
    "elfs",
    "everyones",
    "halfs",
    "lifes",
    "mans",
    "mens",
    "selfs",
    "shelfs",
    "someones",
    "thiefs",
    "todays",
    "wifes",
    "womans",
    "womens",
];

/// Whether `word` is the `s` form of a noun with an irregular plural, or of that plural
/// ([`IRREGULAR_POSSESSIVES`]), or a word English lacks made of one ending in a hiss and `s`
/// ([`possessive_of_a_hissing_end`]; "brass", "press" and the surname "Kiss" are words as
/// they stand): a possessive, whatever follows it.
pub fn possessive_of_an_irregular_noun(word: &str, dictionary: &Dictionary) -> bool {
    IRREGULAR_POSSESSIVES.binary_search(&word).is_ok()
        || (possessive_of_a_hissing_end(word) && !dictionary.contains(word))
}

/// Whether `word` is the `s` form of a word ending in `s`, `x`, `z` or `sh` ("princesss",
/// "Jamess", "marshs", "Sandomierzs"): English makes their plurals in `-es`, so this is no
/// plural but a possessive. Not `ch`, which ends plurals in `-chs` where it sounds as `k`
/// ("Czechs", "monarchs").
fn possessive_of_a_hissing_end(word: &str) -> bool {
    let Some(stem) = word.strip_suffix('s') else {
        return false;
    };
    stem.len() >= 3
        && stem.is_ascii()
        && (stem.ends_with(['s', 'x', 'z', 'S', 'X', 'Z'])
            || stem.to_ascii_lowercase().ends_with("sh"))
}

/// Contractions that are words as they stand ("its", "lets", "cant", "wont", "whats"),
/// decided by the word after them, and (for "lets") the start of a clause. `settled[i]` is
/// true for tokens another rule has already repaired or listed.
pub fn contractions(
    text: &str,
    tokens: &[Token],
    settled: &[bool],
    dictionary: &Dictionary,
) -> Outcome {
    let mut outcome = Outcome::default();
    for (i, token) in tokens.iter().enumerate() {
        let Some(next) = tokens.get(i + 1) else {
            continue;
        };
        let spaced = &text[token.end()..next.start] == " ";
        if settled[i] || token.is_fragment() || !spaced || next.is_fragment() {
            continue;
        }
        let starts_clause = i == 0 || {
            let between = &text[tokens[i - 1].end()..token.start];
            between.contains(['.', ',', ';', ':', '!', '?', '\n'])
        };
        let then = what_follows(text, tokens, i + 1);
        let subject = (i > 0 && one_space_before(text, tokens, i)).then(|| tokens[i - 1].text);
        let read = contraction(token.text, (next.text, then), starts_clause, dictionary)
            .filter(|_| !its_adverb_before_a_noun_phrase(text, tokens, i, dictionary))
            .or_else(|| after_a_subject(token.text, subject, next.text))
            .or_else(|| {
                a_pronouns_would_opening_a_clause(
                    token.text,
                    (subject, starts_clause),
                    next.text,
                    dictionary,
                )
            });
        // The word right before, one space away: tokens skip numbers, so "built in 1512. Its"
        // has "in" before "Its".
        let after_a_preposition =
            subject.is_some_and(|before| POSSESSIVE_PREPOSITIONS.contains(&before));
        if read.is_none() && token.text.eq_ignore_ascii_case("its") && !after_a_preposition {
            outcome.suspects.extend(
                doubtful_its(token, (next.text, then), subject, dictionary)
                    .or_else(|| {
                        let beyond = word_after_a_comma(text, tokens, i + 1)?;
                        let list_ends = a_list_of_predicates_ends(text, tokens, i + 2, dictionary);
                        doubtful_its_before_a_comma(
                            token,
                            (next.text, beyond),
                            list_ends,
                            dictionary,
                        )
                    })
                    .or_else(|| its_before_a_list_of_predicates(text, tokens, i, dictionary))
                    .or_else(|| its_only_before_a_measure(text, tokens, i, dictionary))
                    .or_else(|| its_before_a_name_ending_its_clause(text, tokens, i, dictionary))
                    .or_else(|| its_sentence_without_a_verb(text, tokens, i, dictionary)),
            );
            continue;
        }
        if let Some(evidence) = read {
            let at = token.start + apostrophe_at(token.text);
            outcome.proposals.push(contraction_repaired(at, evidence));
        }
        outcome
            .suspects
            .extend(were_opening_a_statement(text, tokens, i));
    }
    outcome
}

/// "its famously fearless squirrels": "its", an adverb in -ly, and an adjective before a noun
/// are a possessive's noun phrase, not "it’s" and its predicate, which a noun does not follow
/// ("it’s famously fearless.").
fn its_adverb_before_a_noun_phrase(
    text: &str,
    tokens: &[Token],
    i: usize,
    dictionary: &Dictionary,
) -> bool {
    let [its, adverb, adjective, noun, ..] = tokens.get(i..).unwrap_or_default() else {
        return false;
    };
    let spaced = |a: &Token, b: &Token| &text[a.end()..b.start] == " ";
    its.text.eq_ignore_ascii_case("its")
        && adverb.text.len() > 4
        && adverb.text.ends_with("ly")
        && spaced(adverb, adjective)
        && spaced(adjective, noun)
        && possessives::is_adjective(adjective.text)
        && !possessives::is_possessed_noun(adjective.text, dictionary)
        && possessives::is_possessed_noun(noun.text, dictionary)
}

/// Why "cant" or "wont" right after a subject pronoun is "can’t" or "won’t", if it is: a
/// pronoun is followed by a verb, not by the noun "cant" (hypocrisy) or "wont" (habit), whatever
/// comes next ("or it wont in the Fatra"). Not before "to", where "wont" is the adjective
/// ("they were wont to").
fn after_a_subject(word: &str, subject: Option<&str>, next: &str) -> Option<String> {
    const SUBJECTS: &[&str] = &["he", "i", "it", "she", "they", "we", "you"];
    // Asked of every word: the cheap test first, and no allocation before it.
    if !(word.eq_ignore_ascii_case("cant") || word.eq_ignore_ascii_case("wont")) {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    let after_a_pronoun =
        subject.is_some_and(|s| SUBJECTS.iter().any(|p| s.eq_ignore_ascii_case(p)));
    (after_a_pronoun && next != "to").then(|| {
        format!(
            "`{lower}` after the subject `{}`: {}",
            subject.unwrap_or_default(),
            contracted(word)
        )
    })
}

/// Words after which a pronoun opens a clause: conjunctions, "what" of a relative clause
/// ("from what shed seen"), and the past tenses of believing and saying that a clause follows
/// without "that" ("believed wed come").
const OPENING_A_CLAUSE: &[&str] = &[
    "although", "and", "because", "before", "believed", "but", "decided", "expected", "feared",
    "felt", "hoped", "if", "knew", "once", "promised", "realised", "realized", "said", "since",
    "that", "thought", "though", "unless", "until", "what", "when", "whether", "while",
];

/// Past participles that are no past tense ("gone", "seen"): after "wed" or "shed" only
/// "had" explains one ("what shed seen", "Wed gone round the globe"), where an -ed form may
/// be the past of a noun's verb ("that shed collapsed"). Sorted.
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "been",
    "begun",
    "broken",
    "chosen",
    "done",
    "driven",
    "eaten",
    "fallen",
    "forgotten",
    "given",
    "gone",
    "grown",
    "hidden",
    "known",
    "ridden",
    "risen",
    "seen",
    "shaken",
    "spoken",
    "stolen",
    "sworn",
    "taken",
    "thrown",
    "worn",
    "written",
];

/// Why lower-case "wed" or "shed" that starts a clause (after a punctuation mark, or after a
/// word `before` it that opens one), before a verb or one of [`IRREGULAR_PARTICIPLES`], is
/// "we’d" or "she’d" ("believed wed come to help", "homework, shed say", "what shed seen"),
/// if it is: the verb "wed" takes a person and "shed" its object (never a verb but
/// [`SHED_OBJECTS`]), and the noun "shed" follows an article, not a conjunction.
/// [`contraction`] reads the capitalised ones ("Shed wag her finger").
fn a_pronouns_would_opening_a_clause(
    word: &str,
    (before, starts_clause): (Option<&str>, bool),
    next: &str,
    dictionary: &Dictionary,
) -> Option<String> {
    let participle = IRREGULAR_PARTICIPLES.contains(&next);
    if !matches!(word, "wed" | "shed") || !(participle || is_verb_base(next, dictionary)) {
        return None;
    }
    if SHED_OBJECTS.contains(&next) {
        return None;
    }
    let opener = before.filter(|b| OPENING_A_CLAUSE.contains(b));
    let place = match (starts_clause, opener) {
        (true, _) => "starting a clause,".to_string(),
        (false, Some(opener)) => format!("after `{opener}`, which opens a clause,"),
        (false, None) => return None,
    };
    let (what, auxiliary) = if participle {
        ("participle", "had")
    } else {
        ("verb", "would")
    };
    Some(format!(
        "`{word}` {place} before the {what} `{next}`, which follows no such word but a \
         pronoun's `{auxiliary}`"
    ))
}

/// Prepositions a possessive "its" follows and "it’s" never does ("at its best", "on its
/// own"): after one, "its" is the possessive whatever follows it.
const POSSESSIVE_PREPOSITIONS: &[&str] = &[
    "about", "across", "at", "by", "for", "from", "in", "into", "of", "on", "onto", "over",
    "through", "to", "under", "with", "within", "without",
];

/// Punctuation that ends a clause.
const CLAUSE_ENDS: &[&str] = &[".", ";", ":", "!", "?"];

/// Adverbs the dictionary also lists with an `’s` (the contraction "now’s"), which no
/// possessive "its" is followed by but in a noun phrase ("its now ruined tower").
const ADVERBS: &[&str] = &["almost", "already", "now", "once", "still", "then"];

/// Whether `next`, before `then`, is an adjective (with its adverb in -ly: "vast", "vastly";
/// or by its ending, and no noun: "literary") that ends its clause, or is followed by "now":
/// the predicate of "it’s", if it is not a noun as well.
fn a_predicate_at_its_clause_end(next: &str, then: Option<&str>, dictionary: &Dictionary) -> bool {
    let adjective = || {
        has_an_adverb(next, dictionary)
            || is_graded(next, dictionary)
            || is_a_nationality(next)
            || (possessives::is_adjective(next)
                && !possessives::is_possessed_noun(next, dictionary))
    };
    // "its quiet now": "now" after the adjective ends the clause as a stop does; a
    // possessive's "now" comes before its noun ("its now ruined tower").
    then.is_some_and(|t| CLAUSE_ENDS.contains(&t) || t == "now") && adjective()
}

/// Whether the dictionary has `word` with a comparative in -er or -r ("small", "smaller";
/// "ancient", "ancienter"): an adjective's mark, though it may be a noun as well ("the small
/// of the back").
fn has_a_comparative(word: &str, dictionary: &Dictionary) -> bool {
    word.len() > 2
        && [format!("{word}er"), format!("{word}r")]
            .iter()
            .any(|form| dictionary.contains_exact(form))
}

/// Whether the dictionary has `word` with a comparative and a superlative ("ancienter",
/// "ancientest"): an adjective, where a comparative alone may be a noun's agent ("size",
/// "sizer"; "village", "villager").
fn is_graded(word: &str, dictionary: &Dictionary) -> bool {
    let superlative = [format!("{word}est"), format!("{word}st")]
        .iter()
        .any(|form| dictionary.contains_exact(form));
    has_a_comparative(word, dictionary) && superlative
}

/// "Turkish", "Chinese", "Hungarian": a people's adjective, which the dictionary also lists
/// as a noun (the language, a person), but which ends a clause after "it’s" ("the next tells
/// you its Turkish.") far more often than as what "its" possesses.
fn is_a_nationality(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && ["ese", "ian", "ish"].iter().any(|end| word.ends_with(end))
}

/// "greener", "quieter", "bigger", "happier": an adjective's comparative, a word in -er of
/// the dictionary whose base it also has, and no noun itself (not "layer", "corner",
/// "matter", which the dictionary has with a possessive).
fn is_comparative(word: &str, dictionary: &Dictionary) -> bool {
    dictionary.contains_exact(word)
        && !possessives::is_possessed_noun(word, dictionary)
        && has_a_comparatives_base(word, dictionary)
}

/// Whether the word in -er has a base the dictionary lists, as a comparative does ("old" of
/// "older", "big" of "bigger", "happy" of "happier"), and "answer" or "water" do not.
fn has_a_comparatives_base(word: &str, dictionary: &Dictionary) -> bool {
    let Some(stem) = word.strip_suffix("er").filter(|stem| stem.len() >= 3) else {
        return false;
    };
    let bases = [
        Some(stem.to_string()),
        Some(format!("{stem}e")),
        possessives::undoubled(stem).map(str::to_string),
        stem.strip_suffix('i').map(|s| format!("{s}y")),
    ];
    bases
        .iter()
        .flatten()
        .any(|base| dictionary.contains_exact(base))
}

/// Whether the dictionary has `word` with an adverb's -ly ("vastly", "enormously"): an
/// adjective's mark.
fn has_an_adverb(word: &str, dictionary: &Dictionary) -> bool {
    let base = word.strip_suffix('e').unwrap_or(word);
    [format!("{word}ly"), format!("{base}ly")]
        .iter()
        .any(|form| dictionary.contains_exact(form))
}

/// Words that open a clause, whose subject "it’s" may be.
const SUBORDINATORS: &[&str] = &[
    "although", "because", "if", "since", "that", "though", "unless", "when", "whether",
];

/// "its" that no rule decided, listed when neither word after it can be what it possesses
/// ("its almost certainly", "its now marketed"): a possessive "its" is followed by its noun,
/// or by an adjective before it ("its famous wines", "its tall, narrow windows").
fn doubtful_its(
    token: &Token,
    (next, then): (&str, Option<&str>),
    before: Option<&str>,
    dictionary: &Dictionary,
) -> Option<RawSuspect> {
    // After an adverb a participle is as likely the predicate's ("it’s now marketed") as the
    // adjective of a noun ("its now ruined tower").
    let adverb = ADVERBS.contains(&next);
    // A word English lacks (a foreign noun, a name, a glued pair) may be the noun too.
    let possessed = |word: &str| {
        possessives::is_possessed_noun(word, dictionary)
            || (!adverb && possessives::is_adjective(word))
            || (word.starts_with(char::is_alphabetic) && !dictionary.contains(word))
    };
    // Unless it is a noun as well ("its vast:" as written).
    let predicate = a_predicate_at_its_clause_end(next, then, dictionary);
    let noun = possessives::is_possessed_noun(next, dictionary) && !adverb;
    // "if its dangerous, said…": after a word that opens a clause, an adjective and a comma
    // are as likely the clause's predicate as the first of two adjectives ("its tall,
    // narrow windows").
    let opens_a_clause = before.is_some_and(|b| SUBORDINATORS.contains(&b));
    let predicate_before_a_comma = opens_a_clause && !noun && has_an_adverb(next, dictionary);
    let before_its_noun = matches!(next, "own" | "only" | "every")
        || (noun && !predicate)
        || then.is_some_and(|t| (t == "," && !predicate_before_a_comma) || possessed(t));
    if before_its_noun || !dictionary.contains(next) {
        return None;
    }
    Some(its_listed(
        token,
        format!(
            "`{} {next}`: `{next}` is no noun `its` could possess, nor is what follows it; \
             perhaps it’s",
            token.text
        ),
    ))
}

/// "To Czechs its Slavkov u Brna;", "in Hungarian its kolozsvri rakott kposzta.": "its"
/// before words English does not know (or capitalised ones) that run to their clause's end,
/// listed: a possessive "its" is followed by its noun, which an English text gives in
/// English after a foreign or capitalised modifier ("its Greek Catholic church", "its
/// Gothic silhouette"), while "it’s" names something in another language. At most four
/// words: a name, not a sentence of another language.
fn its_before_a_name_ending_its_clause(
    text: &str,
    tokens: &[Token],
    i: usize,
    dictionary: &Dictionary,
) -> Option<RawSuspect> {
    const LONGEST: usize = 4;
    let mut before = &tokens[i];
    for word in tokens.iter().skip(i + 1).take(LONGEST) {
        // A letter alone between two names is another language's preposition ("u", "v",
        // "w"), which the word list has as a letter.
        let named = word.is_capitalised()
            || !dictionary.contains(word.text)
            || (word.text.len() == 1 && word.text != "a");
        if &text[before.end()..word.start] != " " || !named || is_function_word(word.text) {
            return None;
        }
        if text[word.end()..].starts_with(['.', ';', ':', '!', '?']) {
            let run = &text[tokens[i + 1].start..word.end()];
            return Some(its_listed(
                &tokens[i],
                format!(
                    "`{} {run}`: no English noun follows for `its` to possess before the \
                     clause ends; perhaps it’s, naming something",
                    tokens[i].text
                ),
            ));
        }
        before = word;
    }
    None
}

/// "Its shorthand for catastrophe:", "But its part of the story.": "its" opening a sentence
/// (or after the conjunction that opens it) whose words up to its end hold no verb, listed
/// with "it’s" first: a possessive "its" opens the subject, which a verb follows ("Its name
/// comes from", "Its walls date from"), while "it’s" brings its own. A word right after
/// "its" is its noun, and one right after a determiner or a preposition is a noun too ("the
/// show"), so neither counts as a verb.
fn its_sentence_without_a_verb(
    text: &str,
    tokens: &[Token],
    i: usize,
    dictionary: &Dictionary,
) -> Option<RawSuspect> {
    const OPENING_CONJUNCTIONS: &[&str] = &["and", "but", "so", "yet"];
    const BEFORE_A_NOUN: &[&str] = &[
        "a", "an", "at", "by", "for", "from", "her", "his", "in", "into", "its", "my", "of", "on",
        "our", "the", "their", "this", "to", "with", "your",
    ];
    let opens = opens_a_sentence(text, tokens, i)
        || (i > 0
            && OPENING_CONJUNCTIONS.contains(&tokens[i - 1].text.to_ascii_lowercase().as_str())
            && opens_a_sentence(text, tokens, i - 1));
    if !opens {
        return None;
    }
    let mut words = 0;
    for j in i + 1..tokens.len() {
        let word = &tokens[j];
        let gap = &text[tokens[j - 1].end()..word.start];
        if gap.contains(['.', '!', '?', ';', ':', '\n'])
            || (gap.contains(',') && a_clause_of_its_own(text, tokens, j, dictionary))
        {
            break;
        }
        let after_a_determiner =
            BEFORE_A_NOUN.contains(&tokens[j - 1].text.to_ascii_lowercase().as_str());
        if j > i + 1 && !after_a_determiner && could_be_a_verb(word.text, dictionary) {
            return None;
        }
        words += 1;
    }
    let sentence_end = tokens.get(i + words).map_or(text.len(), |last| last.end());
    let ends = text[sentence_end..].starts_with(['.', '!', '?', ';', ':', ',']);
    (words >= 1 && ends).then(|| {
        its_listed(
            &tokens[i],
            format!(
                "`{} {}`: a sentence with no verb, as a possessive `its` needs after its \
                 noun; perhaps it’s",
                tokens[i].text,
                tokens[i + 1].text
            ),
        )
    })
}

/// Whether the words from `j`, after a comma, make a clause of their own that the verbless
/// words before it do not need a verb from: a conjunction and its own subject ("It’s
/// medicine, so you mustn’t"), or a short clause that says who said it, ending the sentence
/// ("it’s maintenance, a retired miner told me."). An apposition and the possessive's verb
/// after it ("Its capital, Bratislava, lies") are neither.
fn a_clause_of_its_own(text: &str, tokens: &[Token], j: usize, dictionary: &Dictionary) -> bool {
    const CONJUNCTIONS: &[&str] = &["and", "because", "but", "or", "so", "though", "yet"];
    const SUBJECTS: &[&str] = &[
        "everyone", "he", "i", "it", "nobody", "she", "there", "they", "we", "you",
    ];
    /// A clause that says who said something is short: "a retired miner told me".
    const LONGEST_SAYING: usize = 5;
    let lower = |k: usize| tokens.get(k).map(|t| t.text.to_ascii_lowercase());
    let conjunction_and_subject = lower(j).is_some_and(|w| CONJUNCTIONS.contains(&w.as_str()))
        && lower(j + 1).is_some_and(|w| SUBJECTS.contains(&w.as_str()));
    // The verb comes after the subject's first word at least.
    let saying = (j + 1..j + LONGEST_SAYING).any(|k| {
        let Some(word) = tokens.get(k) else {
            return false;
        };
        let spaced = (j + 1..=k).all(|m| one_space_before(text, tokens, m));
        let object = tokens
            .get(k + 1)
            .filter(|o| matches!(o.text, "me" | "us") && one_space_before(text, tokens, k + 1));
        let last = object.unwrap_or(word);
        spaced
            && possessives::is_past(word.text, dictionary)
            && text[last.end()..].starts_with(['.', '!', '?'])
    });
    conjunction_and_subject || saying
}

/// Whether `word` could be a clause's verb: an auxiliary, a past, a contraction that lost
/// its apostrophe ("dont", "theres"), a verb's base or its -s form.
fn could_be_a_verb(word: &str, dictionary: &Dictionary) -> bool {
    let lower = word.to_lowercase();
    let s_form = lower
        .strip_suffix("es")
        .into_iter()
        .chain(lower.strip_suffix('s'))
        .any(|base| is_verb_base(base, dictionary))
        || lower
            .strip_suffix("ies")
            .is_some_and(|stem| is_verb_base(&format!("{stem}y"), dictionary));
    possessives::is_verb_after_subject(&lower, dictionary)
        || is_negated_auxiliary(&lower)
        || matches!(
            lower.as_str(),
            "theres" | "thats" | "whats" | "heres" | "be"
        )
        || is_verb_base(&lower, dictionary)
        || s_form
}

/// "Were not afraid, the students wrote.": "Were" opening a sentence that asks nothing, and
/// before no subject of its own (as in "Were they afraid?" or "Were it not for"), is "We’re"
/// that lost its apostrophe, or a clause whose subject the sentence before gave. Listed,
/// "We’re" first.
fn were_opening_a_statement(text: &str, tokens: &[Token], i: usize) -> Option<RawSuspect> {
    /// Words that make the next one the subject of a question's or a condition's "were".
    const SUBJECTS: &[&str] = &[
        "all", "any", "both", "he", "her", "his", "i", "it", "its", "many", "most", "my", "our",
        "she", "some", "that", "the", "their", "there", "these", "they", "this", "those", "we",
        "you", "your",
    ];
    let (token, next) = (&tokens[i], tokens.get(i + 1)?);
    // Asked of every word: the word first, before the search for the sentence's end.
    if token.text != "Were" {
        return None;
    }
    let sentence_end = text[token.end()..]
        .find(['.', '!', '?', '\n'])
        .map_or(text.len(), |at| token.end() + at);
    let asks = text[sentence_end..].starts_with('?');
    let statement = opens_a_sentence(text, tokens, i)
        && one_space_before(text, tokens, i + 1)
        && !next.is_capitalised()
        && !SUBJECTS.contains(&next.text.to_ascii_lowercase().as_str())
        && !asks;
    statement.then(|| RawSuspect {
        offset: token.start,
        text: token.text.to_string(),
        candidates: vec![format!("We{APOSTROPHE}re"), token.text.to_string()],
        reason: format!(
            "`Were {}` opens a sentence that asks nothing: we’re, or a clause whose subject \
             the sentence before gave?",
            next.text
        ),
        sign: Sign::Reading,
    })
}

/// "its" listed with "it’s" first, for `reason`.
fn its_listed(token: &Token, reason: String) -> RawSuspect {
    RawSuspect {
        offset: token.start,
        text: token.text.to_string(),
        candidates: vec![contracted(token.text), token.text.to_string()],
        reason,
        sign: Sign::Reading,
    }
}

/// The word one comma and one space after the token at `i` ("small" in "its small, almost"),
/// if that is what follows it.
fn word_after_a_comma<'t>(text: &'t str, tokens: &[Token<'t>], i: usize) -> Option<&'t str> {
    let next = tokens.get(i + 1)?;
    (&text[tokens[i].end()..next.start] == ", ").then_some(next.text)
}

/// Whether the word at `i` is followed by "and" or "or" and the last of a list of
/// predicates, with no noun after it: one word that ends the sentence ("dim and
/// overwhelming.") or its clause ("cheerful and refreshing, a fair of the old kind"), or a
/// participle in -ed and its preposition ("dark and marked on every map", "small and crammed
/// with stalls"), either after an adverb in -ly ("cheap and deeply rooted in", "cheerful and
/// refreshingly unpolished."), or "not" ("narrow and not for the faint-hearted"): a
/// possessive's adjectives lead to its noun ("its narrow, winding streets").
fn a_list_of_predicates_ends(
    text: &str,
    tokens: &[Token],
    i: usize,
    dictionary: &Dictionary,
) -> bool {
    let [_, conjunction, last, ..] = tokens.get(i..).unwrap_or_default() else {
        return false;
    };
    let spaced = |j: usize| {
        tokens
            .get(j)
            .is_some_and(|_| one_space_before(text, tokens, j))
    };
    let graded_by = |adverb: &Token| {
        adverb.text.len() > 4
            && adverb.text.ends_with("ly")
            && dictionary.contains(adverb.text)
            && !possessives::is_adjective_in_ly(adverb.text, dictionary)
    };
    let participle_and_preposition = |at: usize| {
        let (Some(participle), Some(preposition)) = (tokens.get(at), tokens.get(at + 1)) else {
            return false;
        };
        participle.text.ends_with("ed")
            && !possessives::is_possessed_noun(participle.text, dictionary)
            && spaced(at + 1)
            && POSSESSIVE_PREPOSITIONS.contains(&preposition.text)
    };
    // An adverb grades the list's last word: "cheerful and refreshingly unpolished."
    let end = match graded_by(last) && spaced(i + 3) {
        true => i + 3,
        false => i + 2,
    };
    let ends_its_clause = |at: usize| {
        tokens
            .get(at)
            .is_some_and(|word| text[word.end()..].starts_with(['.', '!', '?', ';', ',']))
    };
    matches!(conjunction.text, "and" | "or")
        && &text[tokens[i].end()..conjunction.start] == " "
        && &text[conjunction.end()..last.start] == " "
        && (ends_its_clause(end)
            || participle_and_preposition(end)
            || (last.text == "not" && spaced(i + 3)))
}

/// "Its small and crammed with stalls": "its" before an adjective (one the dictionary grades,
/// so a noun too is read as the adjective) and a list of predicates
/// ([`a_list_of_predicates_ends`]), listed: a possessive's adjectives lead to its noun ("its
/// small and ancient church").
fn its_before_a_list_of_predicates(
    text: &str,
    tokens: &[Token],
    i: usize,
    dictionary: &Dictionary,
) -> Option<RawSuspect> {
    let next = tokens.get(i + 1)?;
    let graded = has_a_comparative(next.text, dictionary) || has_an_adverb(next.text, dictionary);
    (graded && a_list_of_predicates_ends(text, tokens, i + 1, dictionary)).then(|| {
        its_listed(
            &tokens[i],
            format!(
                "`{} {}`: a list of predicates follows, with no noun, so `{}` may be the \
                 predicate of it’s",
                tokens[i].text, next.text, next.text
            ),
        )
    })
}

/// "Its only 4560 minutes by road", "Its only slow.": "its only" before a number, or before
/// a graded adjective that ends its clause, listed with it's first: "only" measures the
/// predicate there, where a possessive's "only" comes before its noun ("its only bridge").
fn its_only_before_a_measure(
    text: &str,
    tokens: &[Token],
    i: usize,
    dictionary: &Dictionary,
) -> Option<RawSuspect> {
    let only = tokens.get(i + 1).filter(|t| t.text == "only")?;
    let rest = &text[only.end()..];
    let number = rest
        .strip_prefix(' ')
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    let predicate = || {
        tokens.get(i + 2).is_some_and(|word| {
            &text[only.end()..word.start] == " "
                && is_graded(word.text, dictionary)
                && text[word.end()..].starts_with(['.', ';', '!', '?'])
        })
    };
    (number || predicate()).then(|| {
        its_listed(
            &tokens[i],
            format!(
                "`{} only`: a number or a predicate follows, which `only` measures; perhaps it’s",
                tokens[i].text
            ),
        )
    })
}

/// "its" before an adjective and a comma, listed when what follows the comma is no second
/// adjective but an adverb or a function word ("Its macabre, certainly, but", "Its small,
/// almost a jewel box"), or is a list of predicates with no noun after it (`list_ends`,
/// [`a_list_of_predicates_ends`]: "Its small, dim and overwhelming."): the comma then ends a
/// predicate, not a list of adjectives before their noun ("its tall, narrow windows").
fn doubtful_its_before_a_comma(
    token: &Token,
    (next, beyond): (&str, &str),
    list_ends: bool,
    dictionary: &Dictionary,
) -> Option<RawSuspect> {
    // "small", "smaller": a comparative marks an adjective that is a noun too ("the small of
    // the back") as the adjective here.
    let comparative = has_a_comparative(next, dictionary);
    // "Its greener, quieter and": comparatives are a predicate's far more often than a list
    // before a noun, whatever follows the comma.
    let compared = is_comparative(next, dictionary);
    let adjective = possessives::is_adjective(next)
        || possessives::is_plain_adjective(next, dictionary)
        || has_an_adverb(next, dictionary)
        || comparative
        || compared
        || PREDICATES.contains(&next);
    let noun = (possessives::is_possessed_noun(next, dictionary) && !comparative)
        || matches!(next, "own" | "only");
    let adverb = beyond.len() > 4
        && beyond.ends_with("ly")
        && dictionary.contains(beyond)
        && !possessives::is_adjective_in_ly(beyond, dictionary);
    let no_second_adjective = ADVERBS.contains(&beyond) || adverb || is_function_word(beyond);
    let what_follows = if no_second_adjective {
        "no second adjective follows the comma"
    } else if list_ends {
        "a list of predicates follows the comma, with no noun"
    } else {
        "a comparative before a comma is a predicate's"
    };
    (adjective && !noun && (no_second_adjective || list_ends || compared)).then(|| {
        its_listed(
            token,
            format!(
                "`{} {next}, {beyond}`: {what_follows}, so `{next}` may be the predicate of \
                 it’s",
                token.text
            ),
        )
    })
}

/// The apostrophe of a contraction that a lost dash glued to the word before it, where the
/// dash goes back at byte `at` of `tokens[i]`: "visitorsshes simply" is visitors—she’s, "a
/// bookits in the rock" book—it’s. The part after the dash is read as a contraction starting
/// its clause, as a word after a dash does.
pub fn glued_contraction(
    text: &str,
    tokens: &[Token],
    i: usize,
    at: usize,
    dictionary: &Dictionary,
) -> Option<Proposal> {
    let token = &tokens[i];
    let part = &token.text[at..];
    let next = tokens.get(i + 1)?;
    if &text[token.end()..next.start] != " " || next.is_fragment() {
        return None;
    }
    let then = what_follows(text, tokens, i + 1);
    let evidence = contraction(part, (next.text, then), true, dictionary)?;
    Some(contraction_repaired(
        token.start + at + apostrophe_at(part),
        format!("{evidence}, after the dash that glued it"),
    ))
}

/// "St Martins Day", "St Catherines church", "after St Martins in November": a capitalised
/// word in -s right after "St" whose stem English has as a name ("Martin") and which is no
/// name itself (as "Nicholas", "James" and "Peters" are) is the saint's possessive that lost
/// its apostrophe: a saint has one name, never a plural. So is a regnal numeral in -s after
/// a capitalised name ("Joseph IIs Patent"): a ruler's number has no plural. `settled[i]` is
/// true for tokens another rule has already repaired or listed.
pub fn saints_and_rulers_possessives(
    text: &str,
    tokens: &[Token],
    settled: &[bool],
    dictionary: &Dictionary,
) -> Outcome {
    let mut outcome = Outcome::default();
    for (i, token) in tokens.iter().enumerate().skip(1) {
        let before = &tokens[i - 1];
        let gap = &text[before.end()..token.start];
        let saint = before.text == "St" && matches!(gap, " " | ". ");
        let ruler = gap == " " && before.is_capitalised();
        if !(saint || ruler) || settled[i] || token.is_fragment() {
            continue;
        }
        let word = token.text;
        let Some(name) = word.strip_suffix('s').filter(|n| !n.ends_with('s')) else {
            continue;
        };
        let a_saints_name = saint
            && name.starts_with(|c: char| c.is_ascii_uppercase())
            && name.chars().skip(1).all(|c| c.is_ascii_lowercase())
            && dictionary.contains_exact(name)
            && !dictionary.contains_exact(word);
        let a_regnal_number = ruler && is_regnal_numeral(name);
        if a_saints_name || a_regnal_number {
            outcome.proposals.push(Proposal {
                start: token.start + name.len(),
                end: token.start + name.len(),
                replacement: APOSTROPHE.into(),
                rule: "apostrophe.possessive",
                class: Class::Apostrophe,
                evidence: match a_saints_name {
                    true => format!(
                        "after `St`, the saint `{name}`'s possessive: a saint has one name, \
                         and `{word}` is none"
                    ),
                    false => format!(
                        "after `{}`, the regnal number `{name}`'s possessive: a ruler's \
                         number has no plural",
                        before.text
                    ),
                },
            });
        }
    }
    outcome
}

/// The proposal that puts a contraction's apostrophe back at byte `at`.
fn contraction_repaired(at: usize, evidence: String) -> Proposal {
    Proposal {
        start: at,
        end: at,
        replacement: APOSTROPHE.into(),
        rule: "apostrophe.contraction",
        class: Class::Apostrophe,
        evidence,
    }
}

/// What follows the token at `i`: the punctuation right after it, or the next word one
/// space after it.
fn what_follows<'t>(text: &'t str, tokens: &[Token<'t>], i: usize) -> Option<&'t str> {
    let rest = &text[tokens[i].end()..];
    if let Some(mark) = rest
        .get(..1)
        .filter(|m| m.starts_with(|c: char| c.is_ascii_punctuation()))
    {
        return Some(mark);
    }
    let next = tokens.get(i + 1)?;
    (&text[tokens[i].end()..next.start] == " ").then_some(next.text)
}

/// Adjectives that follow "it’s" as its predicate ("it’s hard to imagine", "it’s simple,
/// and"), which the possessive "its" has before a noun only ("its hard shell").
const PREDICATES: &[&str] = &[
    "bad",
    "better",
    "clear",
    "common",
    "difficult",
    "easy",
    "fine",
    "funny",
    "good",
    "great",
    "hard",
    "impossible",
    "important",
    "likely",
    "natural",
    "necessary",
    "nice",
    "obvious",
    "odd",
    "possible",
    "sad",
    "simple",
    "strange",
    "tempting",
    "tough",
    "true",
    "unlikely",
    "wise",
    "worse",
    "wrong",
];

/// Adjectives that take a complement with "of" ("full of", "proud of") and are no nouns
/// a possessive "its" could have before "of".
const OF_ADJECTIVES: &[&str] = &[
    "afraid",
    "ashamed",
    "aware",
    "capable",
    "devoid",
    "fond",
    "free",
    "full",
    "proud",
    "reminiscent",
    "short",
    "sick",
    "tired",
    "typical",
    "worthy",
];

/// What may follow a predicate adjective after "it’s" and never the adjective of a noun
/// phrase: punctuation, or a word that opens its complement.
const AFTER_A_PREDICATE: &[&str] = &[
    ",", ".", ";", ":", "!", "?", "enough", "for", "how", "not", "that", "to", "what", "when",
    "whether",
];

/// What the verb "shed" sheds, base forms of verbs too, which after a capitalised "Shed" make
/// it the imperative, not "She’d" ("Shed light on it", "Shed tears").
const SHED_OBJECTS: &[&str] = &["light", "tears", "weight", "skin", "blood", "water"];

/// Why `word` before `next` (and what follows that) is a contraction ("its a" is "it’s a"),
/// if it is one.
fn contraction(
    word: &str,
    (next, then): (&str, Option<&str>),
    starts_clause: bool,
    dictionary: &Dictionary,
) -> Option<String> {
    const WORDS: &[&str] = &[
        "cant", "hell", "hes", "id", "ill", "its", "lets", "shed", "shell", "shes", "wed", "well",
        "whats", "wont",
    ];
    if !WORDS.iter().any(|w| w.eq_ignore_ascii_case(word)) {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    let verb_follows = || is_verb_base(next, dictionary);
    let found = match lower.as_str() {
        "its" => its_contraction(next, then, dictionary),
        "whats" => Some("`whats` is no plural in prose".to_string()),
        // The word list has "hes" and "shes", plurals of the pronouns as nouns ("hes and
        // shes"), which prose seldom uses but in such a pair.
        "hes" | "shes" => (!matches!(next, "and" | "or"))
            .then(|| format!("`{lower}` is no plural in prose but before `and` or `or`")),
        "lets" => (starts_clause && verb_follows())
            .then(|| format!("`lets` starting a clause, before the verb `{next}`")),
        // Words as they stand ("to wed", "a shed", "the id", "ill health") that a pronoun's
        // "would" or "will" became: only before what such a verb takes, and a first person's
        // only with its capital.
        "wed" | "shed" | "id" | "ill" => {
            let pronoun = !matches!(lower.as_str(), "id" | "ill") || word.starts_with('I');
            // "I" has its capital anywhere: "Id" or "Ill" before a verb is no noun, nor "Id"
            // before a participle ("before Id asked": I had).
            let first_person_verb = matches!(word, "Id" | "Ill") && verb_follows()
                || word == "Id" && possessives::is_past(next, dictionary);
            // "Shed wag her finger", "Wed go back": capitalised, starting a clause and before
            // a verb, a pronoun's "would"; the verb "shed" takes an object ("Shed light on
            // it"), the noun a verb in -s, and neither takes a second verb.
            let pronouns_would = matches!(word, "Shed" | "Wed")
                && starts_clause
                && verb_follows()
                && !SHED_OBJECTS.contains(&next);
            // "as if wed built it", "Wed gone round": the verb "wed" takes an object, never a
            // participle, which follows "we had".
            let had_before_a_participle = lower == "wed"
                && (possessives::is_past(next, dictionary)
                    || IRREGULAR_PARTICIPLES.contains(&next));
            // "wed still be", "shed surely have": an adverb between the modal and its verb.
            let adverb_then_modal = is_an_adverb_before_a_verb(next)
                && then.is_some_and(|then| takes_a_modal(then, &lower));
            if pronoun && takes_a_modal(next, &lower) {
                Some(format!(
                    "`{word}` before `{next}`, which follows no such word but a modal"
                ))
            } else if pronoun && adverb_then_modal {
                Some(format!(
                    "`{word}` before `{next} {}`, which follows no such word but a modal",
                    then.unwrap_or_default()
                ))
            } else if pronouns_would {
                Some(format!(
                    "`{word}` starting a clause, before the verb `{next}`, which follows no such \
                     word but a pronoun's `would`"
                ))
            } else if had_before_a_participle {
                Some(format!(
                    "`{word}` before the participle `{next}`, which the verb `wed` never takes"
                ))
            } else {
                first_person_verb.then(|| format!("`{word}` before the verb `{next}`"))
            }
        }
        // "Well worry when it does.", "Hell be back": starting a clause, before a verb (or
        // what follows "will"), with a capital and no comma after it; or in lower case before
        // "be" ("those people, well be all right"), which the adverb "well" starts a clause
        // before only with a comma after it ("Well, be careful").
        "well" | "hell" | "shell" => {
            // "Well never forget", "Hell always come": an adverb between the modal and its
            // verb.
            let graded_verb = is_an_adverb_before_a_verb(next)
                && then.is_some_and(|then| is_verb_base(then, dictionary));
            let takes = match lower.as_str() {
                "well" => verb_follows() || graded_verb,
                // "Hell come back": the noun takes no verb's base form after it; "Shell",
                // a company's name too, only what follows "will".
                "hell" if word == "Hell" => verb_follows() || graded_verb,
                // What follows "will", as after "ill" (I’ll).
                _ => takes_a_modal(next, "ill"),
            };
            let capital = word.starts_with(char::is_uppercase);
            (starts_clause && (capital || next == "be") && takes)
                .then(|| format!("`{word}` starting a clause, before the verb `{next}`"))
        }
        "cant" | "wont" => {
            // "wont easily forget", "cant always tell": an adverb before a verb.
            let grading_a_verb = is_an_adverb_before_a_verb(next)
                && then.is_some_and(|t| is_verb_base(t, dictionary));
            let adverb = BEFORE_A_VERB.contains(&next) || grading_a_verb;
            let what = if adverb { "adverb" } else { "verb" };
            // The auxiliaries, which the verb list leaves to the function words ("that cant
            // have changed", "it wont be").
            let auxiliary = matches!(next, "be" | "do" | "have");
            (next != "to" && (verb_follows() || adverb || auxiliary))
                .then(|| format!("`{lower}` before the {what} `{next}`"))
        }
        _ => None,
    };
    found.map(|why| format!("{why}: {}", contracted(word)))
}

/// Participles that say what something is taken for or called (`it’s often described as`,
/// `it’s widely regarded as`), which after an adverb make "its" a contraction: none is an
/// adjective before a possessive's noun, as "overlooked" or "crowded" may be.
const SAYING_PARTICIPLES: &[&str] = &[
    "believed",
    "called",
    "claimed",
    "compared",
    "considered",
    "described",
    "mistaken",
    "referred",
    "regarded",
    "said",
    "thought",
];

/// Why "its" before `next` (and what follows that) is "it’s", if it is: a possessive "its" is
/// followed by its noun, or an adjective; never by a function word (but "its only", "its
/// every") or an adverb in -ly.
fn its_contraction(next: &str, then: Option<&str>, dictionary: &Dictionary) -> Option<String> {
    // Only a word: "its skinroughly" is its skin—roughly, a dash lost. And no adjective in
    // -ly before a noun: "granted the town its early privileges".
    let adjective_before_its_noun = possessives::is_adjective_in_ly(next, dictionary)
        && then.is_some_and(|t| possessives::is_possessed_noun(t, dictionary));
    // Nor a noun in -ly, which the possessive possesses: "its monopoly of power", "its
    // assembly", "its daily, Szabad Nép".
    let adverb = next.len() > 4
        && next.ends_with("ly")
        && dictionary.contains(next)
        && !possessives::is_noun(next, dictionary)
        && !adjective_before_its_noun;
    let function = is_function_word(next) && !matches!(next, "only" | "every" | "own");
    let predicate =
        PREDICATES.contains(&next) && then.is_some_and(|t| AFTER_A_PREDICATE.contains(&t));
    // "it’s said to be", "it’s often said", "it’s often described as": a possessive has no
    // noun called "said", nor an adverb before a participle that says what something is
    // taken for.
    let said = next == "said"
        || (matches!(
            next,
            "also" | "always" | "commonly" | "often" | "sometimes" | "still" | "usually" | "widely"
        ) && then.is_some_and(|t| SAYING_PARTICIPLES.contains(&t)));
    // "it’s older than", "it’s kinder to": a comparative before its complement; not a noun
    // in -er with no base ("its answer to").
    let comparative = next.len() > 4
        && dictionary.contains(next)
        && has_a_comparatives_base(next, dictionary)
        && matches!(then, Some("than" | "to"));
    // "it’s worth noting", "it’s worth the trip": "worth" before a gerund or its object's
    // determiner, which no noun "worth" takes.
    let worth = next == "worth"
        && then.is_some_and(|t| {
            (t.len() >= 5 && t.ends_with("ing")) || matches!(t, "a" | "an" | "the" | "every" | "it")
        });
    // "it’s only at its best", "it’s only a": a possessive's "only" comes before its noun
    // ("its only bridge"), never before a function word.
    let only = next == "only" && then.is_some_and(|t| is_function_word(t) && t != "one");
    let passive = a_passive_participle(next, then, dictionary);
    // "it’s quite possible", "it’s too late": an adverb that grades an adjective, which no
    // possessive's noun phrase begins with ("so-called" is "so" before a hyphen).
    let graded = matches!(next, "quite" | "rather" | "too")
        || (next == "so" && !matches!(then, Some("-" | "called")));
    // "it’s one of the best": a possessive's "one" is no partitive.
    let one_of = next == "one" && then == Some("of");
    // "it’s full of swimmers", "it’s proud of": an adjective before its complement with
    // "of", which no possessive's noun phrase has; "it’s right here": "right" before a
    // place, which "its right" (its right side) is not followed by.
    let complemented = (OF_ADJECTIVES.contains(&next) && then == Some("of"))
        || (next == "right" && matches!(then, Some("here" | "there")));
    // "it’s enormous:", an adjective that is no noun, at its clause's end.
    let predicate_at_the_end = a_predicate_at_its_clause_end(next, then, dictionary)
        && !possessives::is_possessed_noun(next, dictionary)
        && next != "own";
    if one_of {
        return Some("`its one of`: a possessive has no partitive `one`".to_string());
    }
    if predicate_at_the_end {
        return Some(format!(
            "`its` before `{next}`, an adjective that ends its clause"
        ));
    }
    if said {
        let participle = if next == "said" {
            next
        } else {
            then.unwrap_or_default()
        };
        Some(format!(
            "`its` before `{next}`: a passive, `it is {participle}`"
        ))
    } else if only {
        Some(format!(
            "`its only` before `{}`: a possessive's `only` comes before its noun",
            then.unwrap_or_default()
        ))
    } else if graded {
        Some(format!(
            "`its` before `{next}`, an adverb that grades what follows it, which no possessive \
             comes before"
        ))
    } else if predicate || comparative || worth || passive || complemented {
        Some(format!(
            "`its` before `{next} {}`, {} no noun follows",
            then.unwrap_or_default(),
            if passive {
                "a participle"
            } else {
                "an adjective"
            }
        ))
    } else {
        // The caller adds the contraction: "`its` before `the`, …: It’s".
        (function || adverb).then(|| {
            format!("`its` before `{next}`, a word the possessive `its` never comes before")
        })
    }
}

/// "it’s remembered above all": a participle `next` that no noun follows, but a preposition
/// or its clause's end. Not a comma or a conjunction, which may join it to another before
/// their noun ("its added, removed or changed lines").
fn a_passive_participle(next: &str, then: Option<&str>, dictionary: &Dictionary) -> bool {
    // Prepositions that follow a passive's participle ("it’s remembered above all").
    const PREPOSITIONS: &[&str] = &[
        "above", "across", "after", "along", "around", "before", "behind", "below", "beyond",
        "during", "into", "over", "since", "through", "under", "within",
    ];
    next.len() > 4
        && next.ends_with("ed")
        && possessives::is_past(next, dictionary)
        && then.is_some_and(|t| {
            let joins = matches!(t, "," | "and" | "but" | "nor" | "or");
            !joins
                && (AFTER_A_PREDICATE.contains(&t)
                    || is_function_word(t)
                    || PREPOSITIONS.contains(&t))
        })
}

/// Whether `next` is a word that follows "would" (`we’d be`, `she’d have`, `I’d rather`)
/// or "will" (`I’ll never`), and follows no noun, verb or adjective `word` could be as it
/// stands: "wed" may be followed by "in" or a name, never by "be". Not "had", which follows
/// the noun ("the shed had burnt") as often as the pronoun.
fn takes_a_modal(next: &str, word: &str) -> bool {
    const AFTER_WOULD: &[&str] = &["be", "been", "have", "never", "rather", "better"];
    // "I’d like", "we’d love": not after "shed" ("a shed like ours").
    const AFTER_A_PRONOUNS_WOULD: &[&str] = &["like", "love", "prefer"];
    const AFTER_WILL: &[&str] = &["be", "have", "never"];
    match word {
        "ill" => AFTER_WILL.contains(&next),
        "id" | "wed" => AFTER_WOULD.contains(&next) || AFTER_A_PRONOUNS_WOULD.contains(&next),
        _ => AFTER_WOULD.contains(&next),
    }
}

/// Adverbs that stand between "can’t" or "won’t" and its verb (`can’t quite believe`), and
/// follow neither "cant" (hypocrisy) nor "wont" (habit) as nouns.
const BEFORE_A_VERB: &[&str] = &[
    "even", "ever", "just", "possibly", "quite", "really", "simply",
];

/// Whether `word` is an adverb that stands before a verb, between a modal and it ("wont
/// easily forget", "shed surely have") or after a subject ("Slovenes still call"): one of
/// [`BEFORE_A_VERB`], of the adverbs of time and certainty, or another in -ly.
pub(super) fn is_an_adverb_before_a_verb(word: &str) -> bool {
    const ALSO: &[&str] = &[
        "already",
        "also",
        "always",
        "certainly",
        "never",
        "often",
        "probably",
        "seldom",
        "sometimes",
        "still",
        "surely",
    ];
    BEFORE_A_VERB.contains(&word) || ALSO.contains(&word) || word.len() > 4 && word.ends_with("ly")
}

/// The contraction of a word that lost its apostrophe ("cant" -> "can’t", "its" -> "it’s",
/// "ill" -> "i’ll").
fn contracted(word: &str) -> String {
    let at = apostrophe_at(word);
    format!("{}{APOSTROPHE}{}", &word[..at], &word[at..])
}

/// Where the apostrophe of a contraction that lost it goes: before "ll", the end of "will"
/// ("Ill": I’ll; it had been "Il’l"), else before the last letter.
fn apostrophe_at(word: &str) -> usize {
    if word.to_ascii_lowercase().ends_with("ll") {
        word.len() - 2
    } else {
        word.len() - 1
    }
}

/// A lower-case verb in its base form: the dictionary has its -ing form ("update",
/// "updating"; "lie", "lying").
pub(super) fn is_verb_base(word: &str, dictionary: &Dictionary) -> bool {
    if !word.starts_with(|c: char| c.is_ascii_lowercase()) || is_function_word(word) && word != "be"
    {
        return false;
    }
    let base = word.strip_suffix('e').unwrap_or(word);
    let last = &word[word.len() - 1..];
    let in_ie = word.strip_suffix("ie").map(|stem| format!("{stem}ying"));
    [
        format!("{word}ing"),
        format!("{base}ing"),
        format!("{word}{last}ing"),
    ]
    .iter()
    .chain(&in_ie)
    .any(|form| dictionary.contains_exact(form))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_its_when_nothing_after_it_can_be_its_noun() {
        let text = "Its almost certainly later, and its now marketed. Its famous wines, its \
                    tall, narrow windows and its old administrative seat; at its almost \
                    unbelievable best, on its now ruined walls.";
        let outcome = read(text);
        let listed: Vec<usize> = outcome.suspects.iter().map(|s| s.offset).collect();
        assert_eq!(listed, [0, 32], "{:?}", outcome.suspects);
        assert!(outcome.proposals.is_empty());
        assert_eq!(outcome.suspects[0].candidates, ["It\u{2019}s", "Its"]);
    }

    #[test]
    fn its_before_an_adverb_that_grades_is_a_contraction() {
        let proposed = |text: &str| read(text).proposals.len();
        assert_eq!(proposed("Its quite possible to stop twice."), 1);
        assert_eq!(proposed("By then its too late."), 1);
        assert_eq!(proposed("The party and its so-called leader."), 0);
        assert_eq!(proposed("The party and its leader."), 0);
    }

    #[test]
    fn an_adverb_and_an_adjective_before_a_noun_follow_a_possessive_its() {
        let proposed = |text: &str| read(text).proposals.len();
        assert_eq!(proposed("A park with its famously fearless squirrels."), 0);
        assert_eq!(proposed("The squirrel? Its famously fearless."), 1);
    }

    #[test]
    fn its_before_a_foreign_name_ending_its_clause_is_listed() {
        assert_eq!(
            listed("To Czechs its Slavkov u Brna; to others, Austerlitz."),
            1
        );
        assert_eq!(listed("In Hungarian its kolozsvari rakott kaposzta."), 1);
        assert_eq!(listed("The town kept its Greek Catholic church."), 0);
        assert_eq!(
            listed("Visitors admire its Gothic silhouette; few go in."),
            0
        );
    }

    /// What `contractions` makes of `text`, with nothing settled.
    fn read(text: &str) -> Outcome {
        let tokens = crate::restore::tokens::tokens(text);
        let settled = vec![false; tokens.len()];
        contractions(text, &tokens, &settled, Dictionary::english())
    }

    /// How many contractions `contractions` lists in `text`, with nothing settled.
    fn listed(text: &str) -> usize {
        read(text).suspects.len()
    }

    /// How many contractions `contractions` repairs in `text`, with nothing settled.
    fn repaired(text: &str) -> usize {
        read(text).proposals.len()
    }

    #[test]
    fn well_and_hell_before_an_adverb_and_a_verb_or_hell_before_a_verb_are_contractions() {
        assert_eq!(repaired("Well never forget it."), 1);
        assert_eq!(repaired("Hell come back."), 1);
        assert_eq!(repaired("Hell always come back."), 1);
        // An adverb before no verb, a verb in -s after the noun, "Shell" before a verb.
        assert_eq!(repaired("Well also known here."), 0);
        assert_eq!(repaired("Hell breaks loose."), 0);
        assert_eq!(repaired("Shell pay the bill."), 0);
    }

    #[test]
    fn were_opening_a_statement_is_listed() {
        assert_eq!(listed("Were not afraid, the students wrote."), 1);
        // A question, a condition's or a question's subject after it.
        assert_eq!(listed("Were they afraid?"), 0);
        assert_eq!(listed("Were not the students afraid?"), 0);
        assert_eq!(listed("Were it not for the rain, we would go."), 0);
        assert_eq!(listed("They came. Were Hungarians afraid, nobody said."), 0);
    }

    #[test]
    fn its_before_an_adjectives_complement_is_a_contraction_and_before_a_graded_end_listed() {
        assert_eq!(repaired("On summer afternoons its full of swimmers."), 1);
        assert_eq!(repaired("The ballad is one thing. Its right here."), 1);
        assert_eq!(repaired("The town gave its share of the profits."), 0);
        assert_eq!(repaired("The river has its right bank here."), 0);
        // "ancient" is a noun too, but graded ("ancientest"): listed, not repaired.
        assert_eq!(listed("Visitors assume its ancient; in fact it is not."), 1);
        // A noun with no comparative ends its clause after the possessive.
        assert_eq!(listed("The old lamp had lost its wick; nobody cared."), 0);
    }

    #[test]
    fn its_before_an_adjective_and_a_comma_is_listed_after_if() {
        assert_eq!(listed("People ask me if its dangerous, and I laugh."), 1);
        // Elsewhere the comma may join two adjectives before their noun.
        assert_eq!(listed("The town kept its dangerous, narrow lanes."), 0);
    }

    #[test]
    fn its_before_a_peoples_adjective_at_the_sentence_end_is_listed() {
        assert_eq!(
            listed("One says Greek, and the next tells you its Turkish."),
            1
        );
        assert_eq!(listed("The next tells you its Turkish name."), 0);
    }

    #[test]
    fn its_only_before_a_number_or_a_predicate_is_listed() {
        assert_eq!(listed("Its only 45 minutes by road."), 1);
        assert_eq!(listed("Its only slow."), 1);
        assert_eq!(listed("Its only bridge fell."), 0);
        assert_eq!(listed("Its only slow train left."), 0);
    }

    #[test]
    fn its_before_an_adjective_and_a_list_of_predicates_is_listed() {
        assert_eq!(listed("Its small and crammed with stalls."), 1);
        assert_eq!(listed("Its quiet or deserted in winter."), 1);
        assert_eq!(listed("Its small and ancient church stands."), 0);
        assert_eq!(listed("Its small and crammed rooms were cold."), 0);
    }

    #[test]
    fn its_before_a_comparative_and_than_or_to_is_a_contraction_but_not_before_a_noun() {
        assert_eq!(repaired("Now its older than the town."), 1);
        assert_eq!(repaired("Now its kinder to the poor."), 1);
        // "answer" ends in -er, but no base "answ" makes it a comparative.
        assert_eq!(
            repaired("The enemies were real, and its answer to them was hard."),
            0
        );
    }

    #[test]
    fn its_opening_a_sentence_without_a_verb_is_listed() {
        // No verb to the sentence's end, or to a clause with its own subject or one that says
        // who said it; a possessive's subject has its verb, after an apposition too.
        for text in [
            "Its shorthand for catastrophe: once a year.",
            "But its part of the show.",
            "Its medicine, so you mustnt leave it.",
            "Its maintenance, a retired miner told me.",
        ] {
            assert_eq!(listed(text), 1, "{text}");
        }
        for text in [
            "Its fame rests on a few weeks in 1532.",
            "Its walls date from the war.",
            "Its capital, Bratislava, lies on the river.",
            "Its history begins twice.",
            "Its charm lies in small things: the bells.",
            "And its towers, though old, still stand.",
        ] {
            assert_eq!(listed(text), 0, "{text}");
        }
    }

    #[test]
    fn its_before_a_list_of_adjectives_that_no_noun_ends_is_listed() {
        // The list ends its clause, goes on in "not", or in an adverb, a participle and its
        // preposition; a possessive's list leads to its noun.
        for text in [
            "Its noisy, cheerful and refreshing, a fair of the old kind.",
            "Its narrow, winding and not for the faint-hearted.",
            "But its cheerful, cheap and deeply rooted in the town.",
            "Its noisy, cheerful and refreshingly unpolished.",
        ] {
            assert_eq!(listed(text), 1, "{text}");
        }
        for text in [
            "Its narrow, winding and steep streets climb.",
            "Its noisy, cheerful and crowded market opens.",
        ] {
            assert_eq!(listed(text), 0, "{text}");
        }
    }

    #[test]
    fn its_before_an_adjective_a_comma_and_no_second_adjective_is_listed() {
        assert_eq!(listed("Its macabre, certainly, but moving."), 1);
        assert_eq!(listed("Its small, almost a jewel box."), 1);
        assert_eq!(
            listed("Its small, almost a jewel box, and covered in stone."),
            1
        );
        // A number is no token: the word before "Its" is no preposition of it.
        assert_eq!(
            listed("It was built in 1512. Its small, almost a jewel box."),
            1
        );
        // A comparative before a comma is a predicate.
        assert_eq!(listed("Its greener, quieter and, on a weekday, empty."), 1);
        assert_eq!(listed("The wall and its corner, quiet now, stand."), 0);
        // A list of predicates that ends the sentence has no noun for "its" to possess.
        assert_eq!(listed("Its small, dim and overwhelming."), 1);
        assert_eq!(listed("Its small, dim and cold rooms were empty."), 0);
        // So does one ending in a participle and its preposition.
        assert_eq!(listed("Its small, dark and marked on few maps."), 1);
        assert_eq!(listed("Its small, dark and painted rooms were cold."), 0);
        // A second adjective after the comma: both may stand before their noun.
        assert_eq!(listed("Its small, dark rooms were cold."), 0);
        // A noun may be what "its" possesses.
        assert_eq!(listed("The town and its walls, almost intact, stand."), 0);
    }

    #[test]
    fn wed_and_shed_opening_a_clause_before_a_verb_are_contractions() {
        assert_eq!(repaired("They believed wed come to help."), 1);
        assert_eq!(repaired("Whenever we moaned, shed say no."), 1);
        // The verb and the noun as they stand.
        assert_eq!(repaired("They were newly wed couple by couple."), 0);
        assert_eq!(repaired("The old shed stood empty."), 0);
        assert_eq!(repaired("The trees, shed light and leaves."), 0);
        // A participle that is no past tense follows only "had".
        assert_eq!(repaired("She drew on what shed seen in Poland."), 1);
        assert_eq!(
            repaired("The last ship sailed. Wed gone round the globe."),
            1
        );
        assert_eq!(repaired("Nobody knew that shed collapsed in the storm."), 0);
    }

    #[test]
    fn wed_before_a_participle_and_its_before_worth_the_are_contractions() {
        let d = Dictionary::english();
        assert!(contraction("wed", ("built", Some("it")), false, d).is_some());
        assert!(contraction("wed", ("in", Some("June")), false, d).is_none());
        assert!(contraction("Its", ("worth", Some("the")), true, d).is_some());
        // An adverb before a participle that says what something is taken for.
        assert!(contraction("Its", ("often", Some("described")), true, d).is_some());
        assert!(contraction("its", ("often", Some("crowded")), false, d).is_none());
        // "worth" before a gerund of five letters; "only" before a function word.
        assert!(contraction("its", ("worth", Some("doing")), false, d).is_some());
        assert!(contraction("its", ("only", Some("at")), false, d).is_some());
        assert!(contraction("its", ("only", Some("bridge")), false, d).is_none());
        assert!(contraction("its", ("worth", Some(".")), false, d).is_none());
    }

    #[test]
    fn an_adjective_by_its_ending_at_the_clause_end_follows_its_contraction() {
        let d = Dictionary::english();
        assert!(contraction("its", ("literary", Some(".")), false, d).is_some());
        // A noun may be what "its" possesses.
        assert!(contraction("its", ("arrival", Some(".")), false, d).is_none());
        // "now" after the adjective ends its clause too.
        assert!(contraction("its", ("literary", Some("now")), false, d).is_some());
        assert!(contraction("its", ("literary", Some("river")), false, d).is_none());
    }

    #[test]
    fn a_glued_word_in_ly_is_no_adverb_after_its() {
        let d = Dictionary::english();
        assert!(contraction("its", ("skinroughly", Some("eight")), false, d).is_none());
        assert!(contraction("its", ("roughly", Some("eight")), false, d).is_some());
    }

    #[test]
    fn a_noun_in_ly_follows_a_possessive_its() {
        let d = Dictionary::english();
        assert!(contraction("its", ("monopoly", Some("of")), false, d).is_none());
        assert!(contraction("its", ("assembly", Some("voted")), false, d).is_none());
        assert!(contraction("its", ("daily", Some(",")), false, d).is_none());
        // Adverbs in -ly are no nouns.
        assert!(contraction("its", ("largely", Some("forgotten")), false, d).is_some());
        assert!(contraction("its", ("probably", Some("the")), false, d).is_some());
        assert!(contraction("its", ("certainly", Some("true")), false, d).is_some());
    }

    #[test]
    fn an_adjective_in_ly_before_a_noun_follows_a_possessive_its() {
        let d = Dictionary::english();
        assert!(contraction("its", ("early", Some("privileges")), false, d).is_none());
        assert!(contraction("its", ("lovely", Some("garden")), false, d).is_none());
        // Before no noun it is the adverb's place: "it’s early enough".
        assert!(contraction("its", ("early", Some("enough")), false, d).is_some());
    }

    #[test]
    fn finds_contractions_and_possessives() {
        let d = Dictionary::english();
        assert_eq!(dictionary_positions("didnt", d), [4]);
        assert_eq!(dictionary_positions("theyd", d), [4]);
        assert_eq!(dictionary_positions("Hungarys", d), [7]);
        assert_eq!(dictionary_positions("Marxs", d), [4]);
        assert!(dictionary_positions("revolutiona", d).is_empty());
    }

    #[test]
    fn a_noun_in_y_has_no_plural_in_ys() {
        let d = Dictionary::english();
        assert!(
            IRREGULAR_POSSESSIVES.windows(2).all(|w| w[0] < w[1]),
            "searched: sorted"
        );
        assert!(
            possessive_of_an_irregular_noun("childs", d)
                && !possessive_of_an_irregular_noun("Mans", d)
        );
        for word in ["princesss", "Jamess", "marshs", "Sandomierzs", "todays"] {
            assert!(possessive_of_an_irregular_noun(word, d), "{word}");
        }
        for word in [
            "Czechs", "monarchs", "cats", "bus", "ss", "knifes", "brass", "Kiss",
        ] {
            assert!(!possessive_of_an_irregular_noun(word, d), "{word}");
        }
        assert!(possessive_of_a_noun_in_y("countrys", d));
        assert!(possessive_of_a_noun_in_y("Centurys", d));
        // A vowel before the y makes the plural in -ys; a name is no English word.
        assert!(!possessive_of_a_noun_in_y("todays", d));
        assert!(!possessive_of_a_noun_in_y("Kennedys", d));
        assert!(!possessive_of_a_noun_in_y("cats", d));
    }

    #[test]
    fn evidence_needs_the_bare_name() {
        let occurs = |w: &str| w == "Nagy";
        assert_eq!(evidence_position("Nagys", occurs), Some(4));
        assert_eq!(evidence_position("Imres", occurs), None);
        assert_eq!(evidence_position("Jamess", |_| true), None);
        assert_eq!(evidence_position("APIs", |_| true), None);
        assert!(dictionary_positions("JSs", Dictionary::english()).is_empty());
    }

    #[test]
    fn contractions_that_are_words_are_read_from_the_next_word() {
        let d = Dictionary::english();
        let decided =
            |w: &str, next: &str, start: bool| contraction(w, (next, None), start, d).is_some();
        assert!(decided("its", "a", false) && decided("its", "really", false));
        assert!(decided("its", "said", false) && !decided("its", "often", false));
        let often = |then: &str| contraction("Its", ("often", Some(then)), true, d).is_some();
        assert!(often("said") && !often("violent"));
        assert!(!decided("its", "governance", false) && !decided("its", "only", false));
        let then = |then: &str| contraction("Its", ("hard", Some(then)), true, d).is_some();
        assert!(then("to") && then(",") && !then("work") && !then("shell"));
        assert!(decided("cant", "update", false) && !decided("cant", "of", false));
        // The auxiliaries are function words, not in the verb list.
        assert!(decided("cant", "have", false) && decided("wont", "be", false));
        assert!(decided("wont", "work", false) && !decided("wont", "to", false));
        // After a subject pronoun, whatever follows but "to" (`it wont in the Fatra`).
        let after = |subject: &str, next: &str| after_a_subject("wont", Some(subject), next);
        assert!(after("it", "in").is_some() && after("They", "always").is_some());
        assert!(after("were", "in").is_none() && after("they", "to").is_none());
        let then = |next: &str, then: &str| contraction("its", (next, Some(then)), false, d);
        assert!(then("wise", "not").is_some() && then("wise", "old").is_none());
        assert!(decided("Lets", "explain", true) && !decided("lets", "you", false));
        assert!(decided("hes", "often", false) && decided("Shes", "the", true));
        assert!(!decided("hes", "and", false));
        assert!(decided("wed", "be", false) && decided("Id", "rather", false));
        // "I" has its capital anywhere; "Well" and "Hell" start their clause.
        assert!(decided("Id", "hesitate", false) && decided("Ill", "go", false));
        assert!(!decided("id", "hesitate", false) && !decided("Ill", "health", true));
        assert!(decided("Well", "worry", true) && !decided("Well", "worry", false));
        assert!(!decided("Well", "known", true) && !decided("well", "worry", true));
        assert!(decided("Hell", "be", true) && !decided("Hell", "freezes", true));
        // In lower case, only before "be", and only starting a clause ("may well be").
        assert!(decided("well", "be", true) && !decided("well", "be", false));
        assert_eq!(contracted("Ill"), "I\u{2019}ll");
        // "its" before a comparative's complement, "worth" before a gerund, a participle no
        // noun follows, "hard not to".
        let its = |next: &str, then: &str| contraction("its", (next, Some(then)), false, d);
        for (next, then) in [
            ("older", "than"),
            ("kinder", "to"),
            ("worth", "noting"),
            ("remembered", "above"),
            ("hard", "not"),
        ] {
            assert!(its(next, then).is_some(), "its {next} {then}");
        }
        for (next, then) in [
            ("older", "members"),
            ("renewed", "vigour"),
            ("worth", "as"),
            ("added", ","),
            ("added", "and"),
        ] {
            assert!(its(next, then).is_none(), "its {next} {then}");
        }
        // "one of", and an adjective that ends its clause and is no noun.
        assert!(its("one", "of").is_some() && its("enormous", ":").is_some());
        assert!(its("one", "great").is_none() && its("enormous", "hall").is_none());
        assert!(its("own", ".").is_none() && its("size", ".").is_none());
        assert_eq!(contracted("Well"), "We\u{2019}ll");
        assert!(decided("Ill", "never", false) && decided("shed", "been", false));
        assert!(!decided("wed", "in", false) && !decided("shed", "light", false));
        assert!(!decided("ill", "be", false) && !decided("shed", "had", false));
        assert!(decided("Id", "like", false) && !decided("shed", "like", false));
        assert!(decided("Id", "asked", false) && decided("Id", "planned", false));
        assert!(!decided("id", "asked", false) && !decided("shed", "planned", false));
        assert!(decided("cant", "quite", false) && !decided("cant", "of", false));
        // An adverb between the modal and its verb: "wed still be", not "a shed still stands".
        let across = |word: &str, next: &str, then: &str| {
            contraction(word, (next, Some(then)), false, d).is_some()
        };
        assert!(across("wed", "still", "be") && across("shed", "surely", "have"));
        assert!(!across("shed", "still", "stands") && !across("wed", "quietly", "in"));
        let graded = |then: &str| contraction("wont", ("easily", Some(then)), false, d).is_some();
        assert!(graded("forget") && !graded("and"));
        assert_eq!(contracted("cant"), "can\u{2019}t");
        assert_eq!(contracted("its"), "it\u{2019}s");
    }

    #[test]
    fn a_saints_name_or_a_rulers_number_in_s_is_its_possessive() {
        let text = "After St Martins in November, St Catherines church fills; St Nicholas, \
                    St James and St Peters stand as they are, until Joseph IIs Patent; the \
                    Is and IIIs of a list stand.";
        let tokens = crate::restore::tokens::tokens(text);
        let settled = vec![false; tokens.len()];
        let found = saints_and_rulers_possessives(text, &tokens, &settled, Dictionary::english());
        let repaired: Vec<(&str, &str)> = found
            .proposals
            .iter()
            .map(|p| {
                let (word, _) = p.word_in(text);
                (&text[word], p.replacement.as_str())
            })
            .collect();
        assert_eq!(
            repaired,
            [
                ("Martins", APOSTROPHE),
                ("Catherines", APOSTROPHE),
                ("IIs", APOSTROPHE)
            ]
        );
    }
}
