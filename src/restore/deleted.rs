//! Repairs for text whose non-ASCII characters were deleted: runs the lexicon phrases, then
//! for each word the lexicon, apostrophe, dictionary and dash rules in order of confidence,
//! and collects the quotation suspects. Every repair only inserts characters.
//!
//! No silent misses: a word that no rule repairs, that is in no dictionary or lexicon and
//! could have lost characters, is listed as a suspect with the candidates the Hunspell
//! dictionaries give (ranked), or with none.

use std::ops::Range;

use rustc_hash::{FxHashMap, FxHashSet};

use super::apostrophes::{self, APOSTROPHE};
use super::context::{Around, Context};
use super::cores::{in_pieces, on_every_core, PIECE};
use super::dashes;
use super::dictionary::Dictionary;
use super::foreign::lists_a_form_no_dictionary_lists;
use super::hunspell::{Candidate, Dictionaries};
use super::letters;
use super::lexicon::{self, strip, Lexicon};
use super::name_runs::NameRuns;
use super::names::{
    a_place_before_an_english_noun, agreeing, foreign_word_or_name, in_context, names_for,
    STREET_WORDS,
};
use super::possessives;
use super::quotes;
use super::ranges;
use super::rank::{
    accepted_in, as_a_slavic_adjective, decide, dictionary_candidates, language, FinalS,
};
use super::short_words;
use super::stages::Proposal;
use super::tokens::{self, is_function_word, one_space_before, opens_a_sentence, Token};
use super::vanished;
use super::verdict::{builtin_verdict, letters_verdict, Verdict};
use super::{Class, Outcome, RawSuspect, RestoreOptions, Sign};

/// Repairs `text` (assumed damaged by deletion of its non-ASCII characters).
pub fn repair(text: &str, lexicon: &Lexicon, options: &RestoreOptions) -> Outcome {
    repair_in_pieces(text, lexicon, options, PIECE)
}

/// [`repair`], reading a long text's tokens on every core in pieces of at least
/// `least_piece` tokens where a rule reads them one after another (see `cores::in_pieces`).
fn repair_in_pieces(
    text: &str,
    lexicon: &Lexicon,
    options: &RestoreOptions,
    least_piece: usize,
) -> Outcome {
    let dictionary = Dictionary::english();
    let tokens = tokens::tokens(text);
    let occurs = occurrences(&tokens);
    // The words restore asks the dictionaries about: what English lacks, and names. Each
    // looked up once: a long text repeats its words, and looking up every token was a third
    // of restoring 10 MB.
    let words = distinct(tokens.iter().map(|t| t.text));
    options
        .dictionaries
        .expect(words.into_iter().filter(|word| {
            word.starts_with(|c: char| c.is_ascii_uppercase()) || !dictionary.contains(word)
        }));
    let mut outcome = Outcome::default();
    let covered = phrases(text, &tokens, lexicon, &mut outcome);
    let judged: Vec<bool> = (0..tokens.len())
        .map(|i| !covered[i] && !tokens[i].is_fragment())
        .collect();
    let words: Vec<&str> = distinct(
        (0..tokens.len())
            .filter(|&i| judged[i])
            .map(|i| tokens[i].text),
    );
    let judge_one = |word: &&str| judge(word, lexicon, dictionary, &options.dictionaries, &occurs);
    let judgements = if options.dictionaries.is_empty() {
        words.iter().map(judge_one).collect()
    } else {
        on_every_core(&words, judge_one)
    };
    let mut verdicts: FxHashMap<&str, Verdict> = words.into_iter().zip(judgements).collect();
    let context = Context {
        text,
        leading: decide(&mut verdicts, &options.dictionaries),
        dictionary,
        dictionaries: &options.dictionaries,
        foreign_as_written: foreign_as_written(&verdicts, dictionary, &options.dictionaries),
        after_a_name: after_a_name(text, &tokens, dictionary, &options.dictionaries),
    };
    let in_context = InContext::read(&tokens, &judged, &verdicts, &context, least_piece);
    let verdict_of = |i: usize| {
        let word = tokens[i].text;
        judged[i].then(|| in_context.verdict(i, word, &verdicts[word]))
    };
    let ascii_dashes = writes_dashes_in_ascii(text);
    let context_free = |i: usize| &verdicts[tokens[i].text];
    let name_runs = NameRuns::read(&tokens, &judged, context_free, verdict_of, &context);
    let read = Read {
        text,
        tokens: &tokens,
        name_runs: &name_runs,
        ascii_dashes,
        dictionary,
        options,
        leading: context.leading.as_deref(),
    };
    let before_a_verb = names_before_a_verb(&tokens);
    let named_with_the = things_named_with_the(text, &tokens);
    for (i, verdict) in read.final_verdicts(verdict_of) {
        let token = &tokens[i];
        let next = tokens.get(i + 1);
        let gap = next.map_or("", |n| &text[token.end()..n.start]);
        let verdict = one_name_where_a_verb_follows(token.text, verdict, &before_a_verb, &occurs);
        let verdict = a_repeated_names_doubtful_possessive(i, verdict, gap, (&tokens, &occurs));
        let known = (&named_with_the, &options.dictionaries);
        let verdict = a_plural_after_the(text, &tokens, i, known, verdict);
        let verdict = a_plural_before_its_verb_and_object(text, &tokens, i, verdict);
        let verdict = a_name_after_the(text, &tokens, i, verdict);
        if let Verdict::Dash { at, .. } = verdict {
            glued_name_as_elsewhere(token, at, &verdicts, &mut outcome);
            outcome.proposals.extend(apostrophes::glued_contraction(
                text, &tokens, i, at, dictionary,
            ));
        }
        apply(token, verdict, next, gap, options, &mut outcome);
    }
    hyphenated_parts(
        text,
        &tokens,
        &covered,
        (ascii_dashes, context.leading.as_deref()),
        dictionary,
        options,
        &mut outcome,
    );
    let whole_settled = settled(&tokens, &covered, &outcome);
    // The quotation rules read the words as they stand and decide nothing the word rules
    // after this read, so they read the text on another core meanwhile.
    let quotation_suspects = std::thread::scope(|scope| {
        let quotes = scope
            .spawn(|| quotes::suspects(text, &tokens, &whole_settled, dictionary, least_piece));
        read.word_rules(&context, (&occurs, &covered), lexicon, &mut outcome);
        quotes
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    });
    outcome.suspects.extend(quotation_suspects);
    outcome
}

/// The tokens the rules that read a word with its neighbours read, with whether the lexicon
/// phrases covered each: a word a lost dash glued, split where the dash goes ("the towns
/// soundsthe bugle": "towns" before "sounds"), as the repaired text has it. The quotation
/// rules read the words as they stand: they were tuned on them, and with the halves 12 fewer
/// of the trial texts' lost quotation marks had a suspect that offered one.
fn split_where_dashes_go<'a>(
    text: &'a str,
    tokens: &[Token<'a>],
    covered: &[bool],
    outcome: &Outcome,
    options: &RestoreOptions,
) -> (Vec<Token<'a>>, Vec<bool>) {
    let mut glued: Vec<usize> = outcome
        .proposals
        .iter()
        .filter(|p| p.rule == GLUED_DASH)
        .map(|p| p.start)
        .collect();
    glued.sort_unstable();
    let dash = dashes::dash(options.dash)
        .chars()
        .next()
        .unwrap_or('\u{2014}');
    let (halves, origin) = tokens::split_at(text, tokens, &glued, dash);
    let covered = origin.iter().map(|&i| covered[i]).collect();
    (halves, covered)
}

/// The rule of a dash inserted where a lost one glued two words.
const GLUED_DASH: &str = "dash.glued";

/// How many times each word of the text occurs (fragments of words aside).
fn occurrences<'a>(tokens: &[Token<'a>]) -> FxHashMap<&'a str, usize> {
    let mut occurs: FxHashMap<&str, usize> = FxHashMap::default();
    for token in tokens.iter().filter(|t| !t.is_fragment()) {
        *occurs.entry(token.text).or_default() += 1;
    }
    occurs
}

/// What the deletion rules found on a text that nothing proves damaged, for the editor to
/// review: each repair becomes a suspect offering the repaired word. With `some_evidence`
/// (more repairs than chance gives, if not enough to prove the damage), every word in no
/// dictionary and every sign of a lost character is listed too: a five-line text that lost
/// its accents ("Stsslov", "Kabanov", "nobody elses") had shown one repair and nothing else.
/// Without, only the words some dictionary reads as damage. Readings of words that are fine
/// as they stand (a quotation after "wrote") are left out: a clean text gives as many.
pub fn unproven(text: &str, outcome: Outcome, some_evidence: bool) -> Outcome {
    let repairs = outcome.proposals.iter().map(|p| {
        let (word, repaired) = p.word_in(text);
        RawSuspect {
            offset: word.start,
            text: text[word].to_string(),
            candidates: vec![repaired],
            reason: format!(
                "would be repaired in a damaged text ({}: {}), but nothing else shows this \
                 one lost characters",
                p.rule, p.evidence
            ),
            sign: Sign::Reading,
        }
    });
    let signs = outcome
        .suspects
        .into_iter()
        .filter(|s| s.may_have_lost_letters() || (some_evidence && s.sign != Sign::Reading));
    let mut suspects: Vec<RawSuspect> = repairs.chain(signs).collect();
    suspects.sort_by_key(|s| s.offset);
    // Two insertions in one word (a name's letters and its possessive) are one suspect.
    suspects.dedup_by_key(|s| s.offset);
    Outcome {
        proposals: Vec::new(),
        suspects,
    }
}

/// What the last readings of each token look at.
struct Read<'r, 'a> {
    text: &'a str,
    tokens: &'r [Token<'a>],
    name_runs: &'r NameRuns<'a>,
    ascii_dashes: bool,
    dictionary: &'r Dictionary,
    options: &'r RestoreOptions,
    /// The language of the text's other repairs, if one leads.
    leading: Option<&'r str>,
}

impl<'a> Read<'_, 'a> {
    /// The rules that read a word with its neighbours, on the words as the repairs so far
    /// have them (a word a lost dash glued split in two), `counted` their occurrences and
    /// whether the lexicon phrases covered each token; their findings added to `outcome`.
    fn word_rules(
        &self,
        context: &Context,
        counted: (&FxHashMap<&str, usize>, &[bool]),
        lexicon: &Lexicon,
        outcome: &mut Outcome,
    ) {
        let (text, dictionary, (occurs, covered)) = (self.text, self.dictionary, counted);
        let (halves, covered) =
            split_where_dashes_go(text, self.tokens, covered, outcome, self.options);
        let settled = settled(&halves, &covered, outcome);
        let capitalised = capitalised_by_repairs(&halves, outcome);
        for found in [
            short_words::repair_or_list(context, &halves, occurs, &settled, &capitalised, lexicon),
            possessives::repair(text, &halves, &settled, dictionary),
            apostrophes::contractions(text, &halves, &settled, dictionary),
            apostrophes::saints_and_rulers_possessives(text, &halves, &settled, dictionary),
            ranges::repair_or_list(text),
            dashes::spaced(text, self.options.dash, self.ascii_dashes),
            vanished::listed(text),
        ] {
            outcome.proposals.extend(found.proposals);
            outcome.suspects.extend(found.suspects);
        }
    }

    /// The verdicts that change something, by token, in order, from `verdict_of` (each
    /// judged token's verdict in context), once its name run, its dashes and its capital are
    /// read: first each on its own, then with what the others showed (a surname's capital, a
    /// phrase's small letter). Words left as they stand are not kept: a long text is mostly
    /// such words.
    fn final_verdicts<'v>(
        &self,
        verdict_of: impl Fn(usize) -> Option<&'v Verdict>,
    ) -> Vec<(usize, Verdict)> {
        let (text, tokens, options) = (self.text, self.tokens, self.options);
        // The words repaired somewhere with a capital the damage took (after a name, before
        // one), with that spelling and what showed it.
        let mut names: FxHashMap<&str, (String, String)> = FxHashMap::default();
        // The words listed somewhere as a name whose capital the damage took (after a
        // woman's given name: "Ľubica urov"), with that listing.
        let mut listed_names: FxHashMap<&str, Verdict> = FxHashMap::default();
        // The capitalised words listed somewhere with the spellings they may have (none, when
        // no candidate is known), for their possessives ("Vargov", Vargová, for "Vargovs").
        let mut listed_owners: FxHashMap<&str, Vec<String>> = FxHashMap::default();
        // The words a dictionary has that may be names, with those names ("Bene": Beneš),
        // for their possessives listed as the owner as written ("Benes": Beneš’s first).
        let mut maybe_names: FxHashMap<&str, Vec<String>> = FxHashMap::default();
        let mut decided: Vec<(usize, Verdict)> = Vec::new();
        for (i, token) in tokens.iter().enumerate() {
            let Some(own) = verdict_of(i) else {
                continue;
            };
            let verdict = self
                .name_runs
                .verdict(text, tokens, i, own)
                .unwrap_or_else(|| own.clone().alone());
            let verdict = no_lost_dash_if(self.ascii_dashes, verdict, token.text, options);
            let (verdict, after_a_name) = capital_after_a_name(verdict, text, tokens, i, options);
            if let Some(spelling) = a_lost_capital(token, &verdict) {
                let why = match after_a_name {
                    Some(given) => format!("the name it is after the name `{given}` elsewhere"),
                    None => format!("the name `{spelling}` it is elsewhere"),
                };
                names.entry(token.text).or_insert((spelling, why));
            }
            if listed_with_a_lost_capital(token, &verdict) {
                listed_names.entry(token.text).or_insert(verdict.clone());
            }
            if let Verdict::Unknown { candidates, .. } = &verdict {
                if token.is_capitalised() {
                    listed_owners
                        .entry(token.text)
                        .or_insert(candidates.clone());
                }
            }
            if let Verdict::MaybeName {
                names,
                possessive: false,
                ..
            } = &verdict
            {
                maybe_names
                    .entry(token.text)
                    .or_insert(names.iter().map(|n| n.spelling.clone()).collect());
            }
            if !matches!(verdict, Verdict::Leave) {
                decided.push((i, verdict));
            }
        }
        if !listed_names.is_empty() {
            decided = with_the_unread_of(decided, tokens, &listed_names, self.dictionary);
        }
        // The repaired spelling of the token before, as it was before this pass.
        let mut previous: Option<(usize, String)> = None;
        let mut out = Vec::with_capacity(decided.len());
        for (i, verdict) in decided {
            let token = &tokens[i];
            let spelling_before = previous
                .take()
                .filter(|(p, _)| i.checked_sub(1) == Some(*p))
                .map(|(_, spelling)| spelling);
            if let Verdict::Letters { spelling, .. } = &verdict {
                previous = Some((i, spelling.clone()));
            }
            let before = i
                .checked_sub(1)
                .map(|p| (&tokens[p], spelling_before.as_deref()));
            let verdict = capitalised_as_elsewhere(verdict, token, &names);
            let verdict = listed_as_elsewhere(verdict, token, &listed_names);
            let verdict = listed_possessive_of_a_listed_owner(&verdict, token, &maybe_names)
                .or_else(|| listed_possessive_of_a_listed_owner(&verdict, token, &listed_owners))
                .unwrap_or_else(|| owned_by_a_listed_name(verdict, token, &listed_owners));
            // Asked of the apostrophe that stays: one the owner's listing replaced lists the
            // owner's spellings already.
            let owner_listed = owned_by_a_name_listed_with_none(&verdict, token, &listed_owners)
                .or_else(|| owned_by_a_word_that_may_be_a_name(&verdict, token, &maybe_names));
            let verdict =
                lower_case_in_a_phrase(verdict, text, token, before, self.dictionary, options);
            let verdict = another_languages_common_noun(verdict, token, self.leading, options);
            let verdict = leading_languages_names_first(verdict, self.leading);
            out.push((i, capitalised_at_a_sentence_start(verdict, text, tokens, i)));
            out.extend(owner_listed.map(|listed| (i, listed)));
        }
        out
    }
}

/// A listed name's candidates with the names of the text's `leading` language first, each
/// group in its ranking ("Gra" in a Polish text: Góra before Graś and Grňa). The names are
/// found word by word, before the text's repairs show which language leads.
fn leading_languages_names_first(verdict: Verdict, leading: Option<&str>) -> Verdict {
    match (verdict, leading) {
        (
            Verdict::MaybeName {
                mut names,
                possessive,
                reason,
            },
            Some(leading),
        ) => {
            names.sort_by_key(|name| !name.locales.iter().any(|l| language(l) == leading));
            Verdict::MaybeName {
                names,
                possessive,
                reason,
            }
        }
        (verdict, _) => verdict,
    }
}

/// What reading each judged word in its context decided, beside the words' own verdicts.
struct InContext<'a> {
    /// The verdicts context changed, by token; the others are the word's own.
    changed: FxHashMap<usize, Verdict>,
    /// What a word's context decided, for its other occurrences where it is listed on its
    /// own: the same damaged word is repaired the same way throughout.
    repaired: FxHashMap<&'a str, Verdict>,
    /// The repair of a possessive read from its stem on its own, keyed by the stem: the
    /// stem's letters, whether its own verdict or its context's gave them ("Szabs" beside
    /// "Szab", repaired as a name part: Szabó’s).
    possessives: FxHashMap<&'a str, Verdict>,
}

impl<'a> InContext<'a> {
    fn read(
        tokens: &[Token<'a>],
        judged: &[bool],
        verdicts: &FxHashMap<&'a str, Verdict>,
        context: &Context,
        least_piece: usize,
    ) -> Self {
        // A possessive read from its stem on its own takes the letters that stem was
        // repaired with ("Namysowskis" beside "Namysowski": Namysłowski’s), as the same name
        // is spelled the same way throughout. Its own candidates may lack them: a
        // dictionary's common word, capitalised (Polish "namysłowski", of Namysłów), is no
        // name a possessive could follow.
        let possessives: FxHashMap<&str, Verdict> = verdicts
            .iter()
            .filter_map(|(&word, verdict)| Some((word, as_its_possessive(verdict)?)))
            .collect();
        let mut read = InContext {
            changed: FxHashMap::default(),
            repaired: FxHashMap::default(),
            possessives,
        };
        // A word's reading depends on its own verdict and on the one context gave the word
        // before it, so a piece starts after a word that is not judged, which context never
        // changes: each piece reads as one pass would, and joined in order, the first
        // reading of a word is the one kept, as one pass keeps it.
        let pieces = in_pieces(
            (tokens.len(), least_piece),
            |i| !judged[i - 1],
            |piece| Self::read_piece(tokens, judged, verdicts, context, piece),
        );
        for piece in pieces {
            read.changed.extend(piece.changed);
            for (word, verdict) in piece.repaired {
                read.repaired.entry(word).or_insert(verdict);
            }
            for (word, verdict) in piece.possessives {
                read.possessives.entry(word).or_insert(verdict);
            }
        }
        read
    }

    /// [`InContext::read`] for the tokens of `piece`, with only the possessives the piece
    /// repaired.
    fn read_piece(
        tokens: &[Token<'a>],
        judged: &[bool],
        verdicts: &FxHashMap<&'a str, Verdict>,
        context: &Context,
        piece: Range<usize>,
    ) -> Self {
        let mut capitalised: FxHashMap<&str, Verdict> = FxHashMap::default();
        let mut changed: FxHashMap<usize, Verdict> = FxHashMap::default();
        let mut repaired: FxHashMap<&str, Verdict> = FxHashMap::default();
        let mut possessives: FxHashMap<&str, Verdict> = FxHashMap::default();
        for (i, token) in tokens
            .iter()
            .enumerate()
            .take(piece.end)
            .skip(piece.start)
            .filter(|&(i, _)| judged[i])
        {
            let previous = i.checked_sub(1);
            let previous_verdict =
                previous.and_then(|p| changed.get(&p).or_else(|| verdicts.get(tokens[p].text)));
            let previous_spelling = match previous_verdict {
                Some(Verdict::Letters {
                    spelling,
                    possessive: false,
                    ..
                }) => Some(spelling.as_str()),
                _ => previous.map(|p| tokens[p].text),
            };
            let around = Around {
                previous: previous.map(|p| &tokens[p]),
                following: &tokens[i + 1..],
                previous_repaired: previous_verdict.is_some_and(|v| {
                    v.repairs_letters()
                        && !v.is_possessive()
                        && !a_common_word_capitalised(v, context.dictionaries)
                }),
                previous_spelling,
            };
            let read = in_context(token, around, verdicts, &mut capitalised, context);
            // Listed for this occurrence's noun, not repaired through another occurrence.
            let own = read.as_ref().unwrap_or(&verdicts[token.text]);
            let place = a_place_before_an_english_noun(token, around, own, context);
            let Some(verdict) = place.or(read) else {
                continue;
            };
            let was_listed = !verdicts[token.text].repairs_letters();
            if was_listed && verdict.repairs_letters() {
                // A declinable name's base form: its ending agrees with this occurrence's
                // noun only.
                let base = verdict.clone().alone();
                for (word, repair) in with_its_stem(token.text, &base) {
                    repaired.entry(word).or_insert(repair);
                }
                if let Some(possessive) = as_its_possessive(&base) {
                    possessives.entry(token.text).or_insert(possessive);
                }
            }
            let verdict = agreeing(token, around, verdict, verdicts, context);
            changed.insert(i, verdict);
        }
        InContext {
            changed,
            repaired,
            possessives,
        }
    }

    /// The verdict on the token `i` of word `word`, whose own verdict is `own`, with its
    /// context read (a declinable word still declinable).
    fn verdict<'v>(&'v self, i: usize, word: &str, own: &'v Verdict) -> &'v Verdict {
        let verdict = self.changed.get(&i).unwrap_or(own);
        match (verdict, self.repaired.get(word)) {
            (Verdict::Unknown { reason, .. }, Some(_))
                if lists_a_form_no_dictionary_lists(reason) =>
            {
                verdict
            }
            (Verdict::Unknown { .. } | Verdict::MaybeName { .. }, Some(repaired)) => repaired,
            (Verdict::Apostrophe { at, .. }, None) => word
                .strip_suffix('s')
                .filter(|stem| stem.len() == *at)
                .and_then(|stem| self.possessives.get(stem))
                .unwrap_or(verdict),
            _ => verdict,
        }
    }
}

/// The words one space after a name, for [`Context::after_a_name`]: read once for the text
/// rather than searched for at each word that asks. Only the dictionaries' rules ask.
fn after_a_name<'a>(
    text: &str,
    tokens: &[Token<'a>],
    dictionary: &Dictionary,
    dictionaries: &Dictionaries,
) -> FxHashSet<&'a str> {
    if dictionaries.is_empty() {
        return FxHashSet::default();
    }
    (1..tokens.len())
        .filter(|&i| one_space_before(text, tokens, i) && is_a_name(tokens[i - 1].text, dictionary))
        .map(|i| tokens[i].text)
        .collect()
}

/// Whether `word` reads as a name: capitalised, and no English word in lower case ("Its",
/// "The" open sentences).
pub(super) fn is_a_name(word: &str, dictionary: &Dictionary) -> bool {
    word.starts_with(char::is_uppercase) && !dictionary.contains_exact(&word.to_lowercase())
}

/// The words left as they stand that are lower case, in no English list, and accepted as
/// written by a dictionary (asked once a word, not at each occurrence).
fn foreign_as_written<'a>(
    verdicts: &FxHashMap<&'a str, Verdict>,
    dictionary: &Dictionary,
    dictionaries: &Dictionaries,
) -> FxHashSet<&'a str> {
    if dictionaries.is_empty() {
        return FxHashSet::default();
    }
    verdicts
        .iter()
        .filter(|(word, verdict)| {
            matches!(verdict, Verdict::Leave)
                && word.starts_with(|c: char| c.is_lowercase())
                && !dictionary.contains(word)
                && dictionaries.contains(word)
        })
        .map(|(&word, _)| word)
        .collect()
}

/// Whether `text` writes its dashes in ASCII, as two hyphens between words or spaces ("war--
/// and", "war -- and"), more than once: such dashes were never characters deletion could
/// take.
fn writes_dashes_in_ascii(text: &str) -> bool {
    let bytes = text.as_bytes();
    let beside = |at: Option<&u8>| at.is_some_and(|&b| b.is_ascii_alphanumeric() || b == b' ');
    let ascii_dashes = text.match_indices("--").filter(|&(at, _)| {
        beside(at.checked_sub(1).and_then(|before| bytes.get(before))) && beside(bytes.get(at + 2))
    });
    ascii_dashes.take(2).count() == 2
}

/// A glued pair's dash verdict listed instead, in a text that writes its dashes in ASCII
/// (`ascii_dashes`): the two words are a compound the word list lacks ("Chapterhouse",
/// "scienceblogs") or a typo, not a dash deleted.
fn no_lost_dash_if(
    ascii_dashes: bool,
    verdict: Verdict,
    word: &str,
    options: &RestoreOptions,
) -> Verdict {
    match verdict {
        Verdict::Dash { at, .. } if ascii_dashes => Verdict::Ambiguous {
            candidates: vec![format!(
                "{}{}{}",
                &word[..at],
                dashes::dash(options.dash),
                &word[at..]
            )],
            reason: "two words glued together, but the text writes its dashes as two hyphens, \
                     so none was deleted",
        },
        verdict => verdict,
    }
}

/// The parts of hyphenated words, fragments the word rules leave alone: a part repaired or
/// listed as the same word standing alone is, a lost dash after the last part
/// ("self-managementnot": a clean split is still a dash), a name part the lexicon spells in
/// the text's `leading` language repaired, and a damaged name part listed.
fn hyphenated_parts(
    text: &str,
    tokens: &[Token],
    covered: &[bool],
    (ascii_dashes, leading): (bool, Option<&str>),
    dictionary: &Dictionary,
    options: &RestoreOptions,
    outcome: &mut Outcome,
) {
    let joins =
        |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || "'\u{2019}-_@/".contains(c));
    let elsewhere = repairs_of_whole_words(text, &outcome.proposals);
    let listed_elsewhere = listings_of_whole_words(&outcome.suspects);
    let dash = dashes::dash(options.dash);
    let uncovered = tokens.iter().enumerate().filter(|&(i, _)| !covered[i]);
    for (i, token) in uncovered {
        if let Some(repair) = repaired_as_elsewhere(token, &elsewhere) {
            outcome.proposals.push(repair);
            continue;
        }
        if let Some(listed) = part_listed_as_alone(tokens, i, &listed_elsewhere, dictionary) {
            outcome.suspects.push(listed);
            continue;
        }
        let first_part = token.after == Some('-') && !joins(token.before);
        let rest = tokens.get(i + 1).filter(|_| first_part);
        if let Some(verdict) =
            rest.and_then(|rest| lost_dash_before_a_prefix(token, rest, dash, dictionary))
        {
            let verdict = no_lost_dash_if(ascii_dashes, verdict, token.text, options);
            apply(token, verdict, None, "", options, outcome);
            continue;
        }
        let last_part = token.before == Some('-') && !joins(token.after);
        if last_part && !dictionary.contains(token.text) {
            if let verdict @ Verdict::Dash { at, .. } = dash_verdict(token.text, false, dictionary)
            {
                // A double-barrelled name's last part ("Clary-Aldringen") is a name, not
                // "Aldrin" and "gen" glued; what a sentence goes on with after a name is a
                // small word ("Austria-Hungarythe").
                if !token.is_capitalised() || is_function_word(&token.text[at..]) {
                    let verdict = no_lost_dash_if(ascii_dashes, verdict, token.text, options);
                    apply(token, verdict, None, "", options, outcome);
                    continue;
                }
            }
        }
        let dictionaries = &options.dictionaries;
        if let Some(repair) = name_part_of_the_lexicon(token, dictionary, dictionaries, leading) {
            outcome.proposals.push(repair);
        } else if let Some(suspect) = damaged_name_part(
            token,
            beside_a_foreign_name(tokens, i, dictionary),
            dictionary,
            dictionaries,
            leading,
        ) {
            // A lexicon spelling name_part_of_the_lexicon did not take is another language's.
            let one = lexicon::builtin(token.text).is_none().then(|| {
                short_words::the_one_spelling_of_a_part(token, &suspect.candidates, dictionaries)
            });
            match one.flatten() {
                Some(repair) => outcome.proposals.push(repair),
                None => outcome.suspects.push(suspect),
            }
        }
    }
}

/// The first part of a hyphenated word that a lost dash glued to a word before it
/// ([`dashes::glued_before_a_prefix`]: "reeducarere-education"): the dash repaired where an
/// English word stands before the prefix ("Deathre-education"), and listed where another
/// language's does, or a word that lost letters, which the rules cannot vouch for.
fn lost_dash_before_a_prefix(
    token: &Token,
    rest: &Token,
    dash: &str,
    dictionary: &Dictionary,
) -> Option<Verdict> {
    let at = dashes::glued_before_a_prefix(token.text, rest.text, dictionary)?;
    let (left, prefix) = token.text.split_at(at);
    let hyphenated = format!("{prefix}-{}", rest.text);
    if dictionary.contains(left) {
        return Some(Verdict::Dash {
            at,
            evidence: format!("`{left}` glued to `{hyphenated}`, which a prefix begins"),
            range: false,
        });
    }
    Some(Verdict::Unknown {
        candidates: vec![format!("{left}{dash}{prefix}")],
        reason: format!(
            "a word glued to `{hyphenated}`, which a prefix begins: a lost dash (the word may \
             have lost letters too)"
        ),
    })
}

/// A capitalised part of a hyphenated name that no dictionary knows as written and that the
/// built-in lexicon spells with letters it lacks, in a word the dictionaries of the text's
/// `leading` language accept ("Szent-Gyrgyi": Györgyi; "Krynica-Zdrj": Zdrój), repaired as
/// the lexicon repairs a word alone. The leading language's word is asked for because the
/// lexicon mixes languages: its "Franciscói" is Hungarian, and "Francisci-Rimavský" Slovak,
/// with nothing lost. Not a spelling of one of several endings, which is listed.
fn name_part_of_the_lexicon(
    token: &Token,
    dictionary: &Dictionary,
    dictionaries: &Dictionaries,
    leading: Option<&str>,
) -> Option<Proposal> {
    let name = token.is_capitalised() && could_be_damaged(token.text);
    if !(is_a_plain_hyphenated_part(token) && name) || dictionary.contains(token.text) {
        return None;
    }
    let spelling = lexicon::builtin(token.text).filter(|spelling| *spelling != token.text)?;
    let leading = leading?;
    let of_the_text =
        !dictionaries.contains(token.text) && accepted_in(spelling, leading, dictionaries);
    // "Zelenka-Hajsk": the lexicon's Hajská is one of an adjective's forms (Hajský, Hajské),
    // and only the person says which.
    let one_form = || dictionaries.other_endings(spelling).is_empty();
    (of_the_text && one_form()).then(|| {
        let evidence = format!(
            "part of a hyphenated name, which the built-in lexicon spells `{spelling}`, a word \
             of the text's language ({leading})"
        );
        letters::respelled(token.start..token.end(), spelling.to_string(), evidence)
    })
}

/// The letters repairs made of words standing alone, by the damaged word: its one spelling,
/// or none where the text repairs it two ways.
fn repairs_of_whole_words<'t>(
    text: &'t str,
    proposals: &[Proposal],
) -> FxHashMap<&'t str, Option<String>> {
    let mut repairs: FxHashMap<&str, Option<String>> = FxHashMap::default();
    for proposal in proposals.iter().filter(|p| p.class == Class::Letters) {
        let spelling = &proposal.replacement;
        repairs
            .entry(&text[proposal.start..proposal.end])
            .and_modify(|one| {
                if one.as_ref() != Some(spelling) {
                    *one = None;
                }
            })
            .or_insert_with(|| Some(spelling.clone()));
    }
    repairs
}

/// The words standing alone that the text lists as words that may have lost letters, by the
/// damaged word: the first listing of each.
fn listings_of_whole_words(suspects: &[RawSuspect]) -> FxHashMap<String, RawSuspect> {
    let mut listed: FxHashMap<String, RawSuspect> = FxHashMap::default();
    for suspect in suspects.iter().filter(|s| s.may_have_lost_letters()) {
        listed
            .entry(suspect.text.clone())
            .or_insert_with(|| suspect.clone());
    }
    listed
}

/// A part of a hyphenated word ("Mure-Autonom", "Mure-Hungarian") that the text lists where
/// it stands alone ("Mure": Mureș, though a dictionary knows "mure"), listed with the same
/// candidates: the word rules leave fragments alone, and the same damaged word is the same
/// word throughout, so an editor shown one place is shown all of them, and declares the
/// word once if it is meant. Not an English word, nor a part after an English prefix
/// ("anti-unionist"). In the trial texts this listed three damaged parts ("Zsolnay-kt",
/// "five-puta", "Thurzo-") and six whole ones, five of them one name's ("Gheorghiu-Dej",
/// where "Dej" alone is listed too).
fn part_listed_as_alone(
    tokens: &[Token],
    i: usize,
    elsewhere: &FxHashMap<String, RawSuspect>,
    dictionary: &Dictionary,
) -> Option<RawSuspect> {
    let token = &tokens[i];
    let after_a_prefix = token.before == Some('-')
        && i.checked_sub(1).is_some_and(|p| {
            let before = tokens[p].text.to_lowercase();
            tokens::HYPHENATED_PREFIXES.contains(&before.as_str())
        });
    if !is_a_plain_hyphenated_part(token) || after_a_prefix || dictionary.contains(token.text) {
        return None;
    }
    let alone = elsewhere.get(token.text)?;
    Some(RawSuspect {
        offset: token.start,
        text: token.text.to_string(),
        candidates: alone.candidates.clone(),
        reason: format!(
            "part of a hyphenated word, listed where it stands alone: {}",
            alone.reason
        ),
        sign: alone.sign,
    })
}

/// Whether the part of a hyphenated word at `i` is joined to a capitalised part English does
/// not know ("Babe-Bolyai", "Gheorghiu-Dej"): the two are one name.
fn beside_a_foreign_name(tokens: &[Token], i: usize, dictionary: &Dictionary) -> bool {
    let token = &tokens[i];
    let before = i.checked_sub(1).filter(|_| token.before == Some('-'));
    let after = Some(i + 1).filter(|_| token.after == Some('-'));
    [before, after]
        .into_iter()
        .flatten()
        .filter_map(|j| tokens.get(j))
        .any(|part| part.is_capitalised() && !dictionary.contains(part.text))
}

/// Whether `token` is part of a hyphenated word and stands between hyphens and word ends
/// only: beside a digit, an apostrophe or a letter outside ASCII it is a word of another
/// kind, or one the damage did not reach.
fn is_a_plain_hyphenated_part(token: &Token) -> bool {
    let plain_edge = |c: Option<char>| c.is_none_or(|c| c == '-' || !c.is_alphanumeric());
    let hyphenated = token.before == Some('-') || token.after == Some('-');
    hyphenated && plain_edge(token.before) && plain_edge(token.after)
}

/// A part of a hyphenated word ("Krakw-based", "Lw-Beer") repaired as the text repairs the
/// same word where it stands alone (Kraków, Löw): the word rules leave fragments alone, and
/// the same damaged word is the same word throughout.
fn repaired_as_elsewhere(
    token: &Token,
    elsewhere: &FxHashMap<&str, Option<String>>,
) -> Option<Proposal> {
    if !is_a_plain_hyphenated_part(token) {
        return None;
    }
    let spelling = elsewhere.get(token.text)?.as_ref()?;
    let evidence = format!(
        "part of a hyphenated word, repaired as `{}` where it stands alone",
        token.text
    );
    Some(letters::respelled(
        token.start..token.end(),
        spelling.clone(),
        evidence,
    ))
}

/// A capitalised part of a hyphenated name ("Broov-Polednov": Brožová-Polednová) that no
/// dictionary knows, or that the built-in lexicon has with letters this one lacks ("Mihly",
/// which a Czech affix rule makes, in "Szent Mihly-szkesegyhz": Mihály): the word rules
/// leave fragments alone, so it is listed here, with the names it may be, when it stands
/// between hyphens and word ends only (a part beside a digit, an apostrophe or a letter
/// outside ASCII is a word the damage did not reach). Without dictionaries only a lexicon
/// entry says a rare name is not meant. A part English has only in lower case, joined to a
/// capitalised part English lacks (`beside_a_foreign_name`), is listed too where a
/// dictionary names someone with a letter more: "Babe-Bolyai" is Babeș-Bolyai, whatever
/// "babe" means in English.
fn damaged_name_part(
    token: &Token,
    beside_a_foreign_name: bool,
    dictionary: &Dictionary,
    dictionaries: &Dictionaries,
    leading: Option<&str>,
) -> Option<RawSuspect> {
    let name = token.is_capitalised() && (could_be_damaged(token.text) || lacks_vowels(token.text));
    if !(is_a_plain_hyphenated_part(token) && name) {
        return None;
    }
    let in_lexicon = lexicon::builtin(token.text).filter(|spelling| *spelling != token.text);
    // Dictionaries have vowelless abbreviations ("Br", bromine) that a name's part is not:
    // "Br-Komorowski" is Bór-Komorowski.
    let mut named = names_for(token.text, dictionaries);
    let lower = token.text.to_lowercase();
    // Not a prefix English joins by a hyphen ("Anti-Semitism").
    let a_common_word_in_a_name = beside_a_foreign_name
        && !dictionary.contains_exact(token.text)
        && dictionary.contains(&lower)
        && !tokens::HYPHENATED_PREFIXES.contains(&lower.as_str())
        && named.iter().any(|name| name.proper && name.insertions == 1);
    let known = (dictionary.contains(token.text) || dictionaries.contains(token.text))
        && !lacks_vowels(token.text)
        && !a_common_word_in_a_name;
    if in_lexicon.is_none() && (dictionaries.is_empty() || known) {
        return None;
    }
    // A stable sort: the text's leading language's names first, each group as ranked
    // ("Br-Komorowski" in a Polish text: Bór before Czech "Brň").
    if let Some(leading) = leading {
        named.sort_by_key(|name| !name.locales.iter().any(|l| language(l) == leading));
    }
    let named = named.into_iter();
    let candidates: Vec<String> = in_lexicon
        .map(String::from)
        .into_iter()
        .chain(
            named
                .map(|name| name.spelling)
                .filter(|s| Some(s.as_str()) != in_lexicon),
        )
        .collect();
    let reason = match (in_lexicon, candidates.is_empty()) {
        (Some(spelling), _) => format!(
            "part of a hyphenated name that the built-in lexicon has as `{spelling}`: it may \
             have lost letters"
        ),
        (None, true) => {
            "part of a hyphenated name, in no dictionary or lexicon; no candidate known".into()
        }
        (None, false) => {
            "part of a hyphenated name, in no dictionary or lexicon: it may have lost letters"
                .into()
        }
    };
    Some(RawSuspect {
        offset: token.start,
        text: token.text.to_string(),
        reason,
        candidates,
        sign: Sign::UnknownWord,
    })
}

/// Whether a capitalised word of two letters or more has no vowel and is no acronym ("Br",
/// "Dmtr"): what deletion leaves of a name ("Bór", "Dumitru").
fn lacks_vowels(word: &str) -> bool {
    word.len() >= 2
        && !word.bytes().skip(1).all(|b| b.is_ascii_uppercase())
        && !word.bytes().any(|b| b"aeiouyAEIOUY".contains(&b))
}

/// The tokens the lexicon phrases covered or the word rules repaired or listed: the rules
/// that read a word with its neighbours leave them alone.
fn settled(tokens: &[Token], covered: &[bool], outcome: &Outcome) -> Vec<bool> {
    // Sorted, so each token finds the first place at or after its start by binary search.
    // A dash between two glued words changes neither: its halves are tokens of their own.
    let mut touched: Vec<usize> = outcome
        .proposals
        .iter()
        .filter(|p| p.rule != GLUED_DASH)
        .map(|p| p.start)
        .chain(outcome.suspects.iter().map(|s| s.offset))
        .collect();
    touched.sort_unstable();
    tokens
        .iter()
        .zip(covered)
        .map(|(t, &covered)| {
            let first = touched.partition_point(|&at| at < t.start);
            covered || touched.get(first).is_some_and(|&at| at <= t.end())
        })
        .collect()
}

/// Whether each token is capitalised in the output: as it stands, or because a repair puts a
/// capital before it ("arnogursk" is Čarnogurský).
fn capitalised_by_repairs(tokens: &[Token], outcome: &Outcome) -> Vec<bool> {
    let capitals: FxHashSet<usize> = outcome
        .proposals
        .iter()
        .filter(|p| p.replacement.starts_with(char::is_uppercase))
        .map(|p| p.start)
        .collect();
    tokens
        .iter()
        .map(|t| t.is_capitalised() || capitals.contains(&t.start))
        .collect()
}

/// Each of `words` once, in the order they first come.
fn distinct<'w>(words: impl Iterator<Item = &'w str>) -> Vec<&'w str> {
    let mut seen: FxHashSet<&str> = FxHashSet::default();
    words.filter(|word| seen.insert(word)).collect()
}

/// The context-free verdict on one word, rules in order of confidence.
fn judge(
    word: &str,
    lexicon: &Lexicon,
    dictionary: &Dictionary,
    dictionaries: &Dictionaries,
    occurs: &FxHashMap<&str, usize>,
) -> Verdict {
    if lexicon.keeps(word) {
        return Verdict::Leave;
    }
    let is_word = dictionary.contains(word) || dictionary.is_unlisted_past(word);
    // The edition lexicon outranks the dictionary: "Ern" may be a word, but not in this text.
    if let Some(found) = letters::lookup(word, lexicon, false) {
        return letters_verdict(found, false);
    }
    if is_word {
        return an_english_name_or_a_possessive(word, dictionary, occurs).unwrap_or(Verdict::Leave);
    }
    if let Some(verdict) = an_elided_particle(word) {
        return verdict;
    }
    if let Some(verdict) = an_acronym_that_lost_letters(word, dictionaries) {
        return verdict;
    }
    if let Some(entry) = lexicon.folded(word) {
        return Verdict::Folded {
            spelling: entry.spelling.clone(),
            origin: entry.origin.clone(),
        };
    }
    match apostrophes::dictionary_positions(word, dictionary).as_slice() {
        [] => {}
        [at] => {
            if let Some(rivals) = names_that_lost_letters(word, *at, dictionary, dictionaries) {
                return rivals;
            }
            return Verdict::Apostrophe {
                at: *at,
                evidence: format!("dictionary: {}'{}", &word[..*at], &word[*at..]),
            };
        }
        several => {
            return Verdict::Ambiguous {
                candidates: several
                    .iter()
                    .map(|&at| format!("{}{APOSTROPHE}{}", &word[..at], &word[at..]))
                    .collect(),
                reason: "the dictionary knows more than one place for the apostrophe",
            }
        }
    }
    // The edition lexicon had nothing for the word: only the built-in one can answer.
    let final_s = final_s(word, occurs);
    let stem = word.strip_suffix('s').filter(|_| final_s != FinalS::Own);
    let of_stem = stem.and_then(|stem| letters::lookup(stem, lexicon, !dictionary.contains(stem)));
    if let Some(found) = letters::lookup(word, lexicon, true) {
        // "Petfis": Hungarian "Petőfis" is in the built-in lexicon as well as "Petőfi"; an
        // English text has the name's possessive far more often than its inflection, as
        // `rank::dictionary_candidates` also decides for the dictionaries' candidates. And
        // where the stem occurs on its own, the word is its possessive ("Szabs" beside
        // "Szab": Szabó’s, not the built-in "Szabás").
        let stem_possessed = final_s == FinalS::Possessive
            || of_stem
                .as_ref()
                .is_some_and(|s| letters::is_its_inflection(&found, s, dictionary));
        if !stem_possessed {
            return name_as_written(word, &found, dictionaries)
                .unwrap_or_else(|| builtin_declined(word, found, false, dictionaries));
        }
    }
    if let (Some(stem), Some(found)) = (stem, of_stem) {
        // The edition lexicon's entry is the editor's word; only a built-in one yields to the
        // text's language.
        if letters::lookup(stem, lexicon, false).is_some() {
            return letters_verdict(found, true);
        }
        return owner_in_ic(stem, &found, dictionaries)
            .unwrap_or_else(|| builtin_declined(stem, found, true, dictionaries));
    }
    if let Some(glued) = glued_to_a_known_word(word, occurs, dictionary, dictionaries) {
        return glued;
    }
    let possessive_at = apostrophes::evidence_position(word, |w| occurs.contains_key(w));
    let repeats = occurs.get(word) > Some(&1);
    let dash = dash_verdict(word, repeats, dictionary);
    if is_searched_for(word, dictionary, dictionaries) {
        let read = by_the_dictionaries(word, final_s, repeats, &dash, dictionary, dictionaries);
        if let Some(verdict) = read {
            return verdict;
        }
    }
    if let Some(at) = possessive_at {
        return Verdict::Apostrophe {
            at,
            evidence: format!("`{}` occurs on its own in the text", &word[..at]),
        };
    }
    english_possessive_or_plural(word, dash, dictionary)
}

/// "Lucas ministry" in a text that names Vasile Luca on his own: English lists "Lucas" as a
/// name, so the word is one as written, but beside a stem the text uses that is no English
/// word, it is as likely the stem's possessive that lost its apostrophe. Listed with both
/// readings, not decided: a text may name a Lucas too. A stem English has ("Hungarians"
/// beside "Hungarian", "Williams" beside "William") makes a plural or a surname of its own,
/// and a word English has in lower case ("Parts" opening a sentence) is no name.
fn an_english_name_or_a_possessive(
    word: &str,
    dictionary: &Dictionary,
    occurs: &FxHashMap<&str, usize>,
) -> Option<Verdict> {
    let at = apostrophes::evidence_position(word, |w| occurs.contains_key(w))?;
    let owner = &word[..at];
    let a_name_alone = !dictionary.contains_exact(&word.to_lowercase());
    (a_name_alone && !dictionary.contains(owner))
        .then(|| possessive_or_as_written(word, owner, &format!("the English name `{word}`")))
}

/// The longest acronym searched for letters the damage deleted: longer words in capitals
/// are headings and shouted words more often than acronyms.
const LONGEST_ACRONYM: usize = 5;

/// "VH", "ZW", "KD": a word in capitals that English does not know, whose letters are an
/// acronym a dictionary lists in capitals without the ones the damage deleted (Hungarian
/// ÁVH, Polish ŻZW, Czech ČKD): those acronyms are its candidates, ranked and decided as
/// the dictionaries' other candidates are. Only acronyms the dictionaries list in capitals
/// count: they accept any of their words in capitals, and "KÓD" or "ŻUPA" for "KD" or "UPA"
/// would be chance. None of the 44 clean acronyms of the trial texts is such an acronym's
/// letters (KOR, UPA, NKVD, Roman numerals); an English one the English list lacks may be
/// ("SLA" in the Node.js guides, Czech ČSLA). Not an acronym's plural in -s, which English
/// makes of its own ("PRs", as Czech PČR).
fn an_acronym_that_lost_letters(word: &str, dictionaries: &Dictionaries) -> Option<Verdict> {
    let found = acronyms_that_lost_letters(word, dictionaries);
    (!found.is_empty()).then_some(Verdict::Candidates {
        candidates: found,
        possessive: false,
        own_s: false,
    })
}

/// The acronyms the dictionaries list in capitals that `word`, a word in capitals, is without
/// the letters the damage deleted; none for any other word.
pub(super) fn acronyms_that_lost_letters(
    word: &str,
    dictionaries: &Dictionaries,
) -> Vec<Candidate> {
    let in_capitals =
        (2..=LONGEST_ACRONYM).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase());
    if !in_capitals {
        return Vec::new();
    }
    dictionaries
        .stems(word)
        .into_iter()
        .filter(|c| !c.spelling.chars().any(char::is_lowercase))
        .collect()
}

/// "DAbernon", "OBrien", "LAstre", "dArquien": D, O or L, or d or l, before a capitalised
/// name of three letters or more is an elided particle that lost its apostrophe (D’Abernon,
/// O’Brien, French L’Astrée, d’Arquien); no English word starts so and goes on in lower
/// case. Not a plural of initials ("DJs").
fn an_elided_particle(word: &str) -> Option<Verdict> {
    let rest = word.strip_prefix(['D', 'O', 'L', 'd', 'l'])?;
    let mut letters = rest.chars();
    let capital = letters.next().is_some_and(|c| c.is_ascii_uppercase());
    let lower = letters.as_str();
    (capital && lower.len() >= 3 && lower.bytes().all(|b| b.is_ascii_lowercase())).then(|| {
        Verdict::Apostrophe {
            at: 1,
            evidence: format!(
                "`{}` before a capitalised name: an elided particle (D’, O’, L’) that lost its \
                 apostrophe",
                &word[..1]
            ),
        }
    })
}

/// A lower-case word in -s the English list lacks whose stem it has ("risings", "rising"),
/// listed with no candidate by the other rules: the stem's possessive or its plural, the list
/// having neither ("the risings end": the rising’s end), so both are its candidates. A stem
/// that takes no plural s is a possessive's ([`takes_no_plural_s`]).
fn english_possessive_or_plural(word: &str, verdict: Verdict, dictionary: &Dictionary) -> Verdict {
    let listed_with_none =
        matches!(&verdict, Verdict::Unknown { candidates, .. } if candidates.is_empty());
    let stem = word
        .strip_suffix('s')
        .filter(|stem| stem.bytes().all(|b| b.is_ascii_lowercase()) && dictionary.contains(stem));
    match stem {
        Some(stem) if listed_with_none && takes_no_plural_s(stem, dictionary) => {
            Verdict::Apostrophe {
                at: stem.len(),
                evidence: format!("`{stem}` takes no plural s: a possessive"),
            }
        }
        Some(stem) if listed_with_none => Verdict::Unknown {
            candidates: vec![format!("{stem}{APOSTROPHE}s"), word.to_string()],
            reason: format!(
                "in no dictionary, though English has `{stem}`: its possessive, or a plural \
                 the English list lacks?"
            ),
        },
        _ => verdict,
    }
}

/// A plural in -men whose singular in -man English has ("fishermen", "herdsmen"), or "else"
/// ("someone elses"): an s after it is a possessive's, as after "women" or "children",
/// which the English list has with theirs. In the trial texts all 16 such words were
/// possessives ("the fishermens chapel", "somebody elses").
fn takes_no_plural_s(stem: &str, dictionary: &Dictionary) -> bool {
    stem == "else"
        || stem
            .strip_suffix("men")
            .is_some_and(|head| !head.is_empty() && dictionary.contains(&format!("{head}man")))
}

/// The built-in lexicon's verdict on `key`, a Czech or Slovak adjective's spelling made
/// declinable (see [`as_a_slavic_adjective`]).
fn builtin_declined(
    key: &str,
    found: letters::Found,
    possessive: bool,
    dictionaries: &Dictionaries,
) -> Verdict {
    as_a_slavic_adjective(
        builtin_verdict(key, found, possessive, dictionaries),
        dictionaries,
    )
}

/// A word two words make that a lost dash glued, where the text or a dictionary shows the
/// first: a name the text has on its own ("Fideszhad"), or a word of another language
/// before "the" ("horathe").
fn glued_to_a_known_word(
    word: &str,
    occurs: &FxHashMap<&str, usize>,
    dictionary: &Dictionary,
    dictionaries: &Dictionaries,
) -> Option<Verdict> {
    let dash = |at: usize, evidence: String| Verdict::Dash {
        at,
        evidence,
        range: false,
    };
    // A name another language's dictionary has as written is that name, whose first letters
    // the text may use on their own as a nickname ("Kopitar", a Slovene surname, and "Kopi").
    let a_name_as_written = || {
        word.starts_with(|c: char| c.is_ascii_uppercase())
            && !dictionaries.accepting(word).is_empty()
    };
    // A name a dictionary has declined, letters lost ("Wyspiaskiego": Polish Wyspiańskiego,
    // of Wyspiański), is one word, though "ego" is English.
    let a_declined_name = || {
        word.starts_with(|c: char| c.is_ascii_uppercase())
            && !dictionaries.stems_and_insertions(word).is_empty()
    };
    if let Some(at) =
        dashes::glued_to_a_word_of_the_text(word, |w| occurs.contains_key(w), dictionary)
            .filter(|_| !a_name_as_written() && !a_declined_name())
    {
        let (left, right) = word.split_at(at);
        return Some(dash(
            at,
            format!("`{word}` is not a word; `{left}` occurs on its own in the text, and `{right}` is a word"),
        ));
    }
    let foreign = |left: &str| !dictionaries.accepting(left).is_empty();
    dashes::foreign_word_glued_to_the(word, foreign).map(|at| {
        dash(
            at,
            format!(
                "`{word}` is not a word; `{}` is one of another language, glued to `the`",
                &word[..at]
            ),
        )
    })
}

/// "Andrej Sldkovis poem", "Duan Jurkovis Spolkov dom": the built-in lexicon's owner in -i
/// ("Sládkovi", a Czech dative of Sládek) is a declined form, where an English possessive
/// follows a name's base form; the name in -ič or -ić ("Sládkovič", "Jurkovič"), whose last
/// letter the damage took with the apostrophe, is that base form, when a dictionary accepts
/// it.
fn owner_in_ic(stem: &str, found: &letters::Found, dictionaries: &Dictionaries) -> Option<Verdict> {
    let letters::Found::One { spelling, .. } = found else {
        return None;
    };
    if !spelling.ends_with("ovi") && !spelling.ends_with("evi") {
        return None;
    }
    // The stem as written with the last letter first ("Jurkovič", where the built-in form
    // inserts a letter besides: "Juríkovi"), then the built-in form with it ("Sládkovič").
    let bases = [stem, spelling.as_str()];
    let names = bases
        .iter()
        .flat_map(|base| ["č", "ć"].map(|last| format!("{base}{last}")));
    names.into_iter().find_map(|name| {
        let accepting = dictionaries.accepting(&name);
        (!accepting.is_empty()).then(|| Verdict::Letters {
            evidence: format!(
                "Hunspell {}: `{name}`, a name's base form, before an English possessive, \
                 not the built-in lexicon's declined `{spelling}`",
                accepting.join(", ")
            ),
            spelling: name,
            possessive: true,
        })
    })
}

/// What the text shows of `word`'s final s: its stem on its own, or the word with a
/// possessive's s of its own.
fn final_s(word: &str, occurs: &FxHashMap<&str, usize>) -> FinalS {
    if apostrophes::evidence_position(word, |w| occurs.contains_key(w)).is_some() {
        FinalS::Possessive
    } else if word.ends_with('s') && occurs.contains_key(format!("{word}s").as_str()) {
        FinalS::Own
    } else {
        FinalS::Open
    }
}

/// Whether the dictionaries are asked what `word` was: it could have lost letters, and it is
/// no English word the list lacks made with an English ending ("Borderless").
fn is_searched_for(word: &str, dictionary: &Dictionary, dictionaries: &Dictionaries) -> bool {
    could_be_damaged(word)
        && !dictionaries.is_empty()
        && !dashes::is_english_derivation(word, dictionary)
}

/// The Hunspell dictionaries' verdict on a word no English word list or lexicon settled: a
/// word they accept as written (a name's possessive, a foreign word, or a name that lost a
/// letter), their candidates, or a name with its accents flattened; none when they know
/// nothing of it. `final_s` is what the text shows of the word's s, `repeats` whether the
/// text has the word more than once; `dash` is the verdict of the dash rule.
fn by_the_dictionaries(
    word: &str,
    final_s: FinalS,
    repeats: bool,
    dash: &Verdict,
    dictionary: &Dictionary,
    dictionaries: &Dictionaries,
) -> Option<Verdict> {
    if dictionaries.contains(word) {
        return Some(
            name_with_its_s(word, dictionaries)
                .or_else(|| {
                    english_words_glued_into_a_foreign_word(
                        word,
                        dash,
                        repeats,
                        dictionary,
                        dictionaries,
                    )
                })
                .or_else(|| a_name_or_its_possessive(word, final_s, dictionaries))
                .unwrap_or_else(|| foreign_word_or_name(word, dictionaries)),
        );
    }
    // Two English words glued ("Capitalismits") are far likelier a lost dash than a foreign
    // inflection with letters lost: only the stems, which cost one look-up, may read them
    // otherwise, not a search of thousands of insertions.
    let searched = if matches!(dash, Verdict::Dash { .. }) {
        dictionaries.stems_only()
    } else {
        dictionaries.clone()
    };
    dictionary_candidates(word, final_s, dictionary, &searched)
        // A word no dictionary accepts and no deletion reads may have had its accents
        // flattened instead: a text may have lost some and had others flattened.
        .or_else(|| folded_name(word, dictionaries))
}

/// "Nitras castle" in a text that names Nitra on its own: Polish has the name "Nitras", so
/// the word is one as written, but its stem standing alone in the text makes an English
/// possessive as likely. Listed with both readings, not decided: a plural of a family or of
/// a range has the same evidence ("the Habsburgs ruled" beside "Habsburg rule"), and German
/// accepts the genitive -s of any name.
fn a_name_or_its_possessive(
    word: &str,
    final_s: FinalS,
    dictionaries: &Dictionaries,
) -> Option<Verdict> {
    let owner = word
        .strip_suffix('s')
        .filter(|_| final_s == FinalS::Possessive)?;
    let as_written = format!(
        "a word of {} as written",
        dictionaries.accepting(word).join(", ")
    );
    Some(possessive_or_as_written(word, owner, &as_written))
}

/// A word in -s listed as `owner`'s possessive that lost its apostrophe, since the text uses
/// `owner` on its own, or as the word it is as written (`as_written` says which).
fn possessive_or_as_written(word: &str, owner: &str, as_written: &str) -> Verdict {
    Verdict::Unknown {
        candidates: vec![format!("{owner}{APOSTROPHE}s"), word.to_string()],
        reason: format!(
            "`{owner}` occurs on its own in the text, so a possessive that lost its \
             apostrophe, or {as_written}?"
        ),
    }
}

/// "pianista young", "bara majority", "emblema red rose": a lower-case word another language
/// has that is also an English word and "a" glued, which the dash rule reads as a lost dash
/// (a pianist—a young doctor), or two English function words glued ("andin a gesture",
/// Romanian "andin"). Which it was, only the sentence tells, so both are listed; as a
/// foreign word alone it would have been left silent.
fn english_words_glued_into_a_foreign_word(
    word: &str,
    dash: &Verdict,
    repeats: bool,
    dictionary: &Dictionary,
    dictionaries: &Dictionaries,
) -> Option<Verdict> {
    let at = match dash {
        Verdict::Dash { at, .. } if &word[*at..] == "a" => *at,
        _ => dashes::two_function_words_glued(word)
            .or_else(|| a_short_english_word_and_a(word, dictionary).filter(|_| !repeats))?,
    };
    let (english, after) = word.split_at(at);
    let lower = word.starts_with(|c: char| c.is_ascii_lowercase());
    lower.then(|| Verdict::Unknown {
        candidates: vec![format!("{english}\u{2014}{after}"), word.to_string()],
        reason: format!(
            "a word of {} as written, or `{english}` and `{after}` glued by a lost dash?",
            dictionaries.accepting(word).join(", ")
        ),
    })
}

/// "bara", "hata", "towera": an English word of three letters to five and "a" glued, shorter
/// than the dash rule splits (a typo glues such words as often in English), but here a word
/// another language has, which would be left silent; the position of the "a". Asked only of
/// a word the text has once: a lost dash seldom glues the same two words twice, and a word
/// of another language the text uses recurs ("fronta", "jama").
fn a_short_english_word_and_a(word: &str, dictionary: &Dictionary) -> Option<usize> {
    let english = word.strip_suffix('a')?;
    (english.len() >= 3
        && english.len() < 6
        && !is_function_word(english)
        && dictionary.contains(english))
    .then_some(english.len())
}

/// "Hrabals": a capitalised word ending in s that the dictionaries accept only by their affix
/// rules (Czech makes "Hrabals" of "Hrabal"), each of them one that lists the word without
/// its s as a name. An English text gives a name an English possessive far more often than a
/// foreign inflection, so the apostrophe goes before the s. A name that ends in s as it stands
/// ("Lajos") is a stem itself, and stays; so is a word a dictionary accepts that does not
/// name its stem (German "Neues", the new, though Polish lists a name "Neue").
fn name_with_its_s(word: &str, dictionaries: &Dictionaries) -> Option<Verdict> {
    let owner = word
        .strip_suffix('s')
        .filter(|o| o.len() >= 2 && o.starts_with(|c: char| c.is_ascii_uppercase()))?;
    let naming = dictionaries.naming(owner);
    let from_the_name = dictionaries
        .accepting(word)
        .iter()
        .all(|locale| naming.contains(locale));
    if naming.is_empty() || !from_the_name || !dictionaries.naming(word).is_empty() {
        return None;
    }
    Some(Verdict::Apostrophe {
        at: owner.len(),
        evidence: format!(
            "Hunspell {} lists `{owner}` as a name, and makes `{word}` only by its affix \
             rules: an English text gives a name its possessive",
            naming.join(", ")
        ),
    })
}

/// "Gers": English lists the name "Ger", but a dictionary has "Gerő", and a text that lost
/// its accents more likely names Gerő than Ger. A possessive whose owner English knows only
/// as a name, where the dictionaries have proper names that are that owner with letters
/// inserted, is listed with both readings rather than repaired as the English one.
fn names_that_lost_letters(
    word: &str,
    at: usize,
    dictionary: &Dictionary,
    dictionaries: &Dictionaries,
) -> Option<Verdict> {
    let owner = word.strip_suffix('s').filter(|o| o.len() == at)?;
    let only_a_name = owner.starts_with(|c: char| c.is_ascii_uppercase())
        && !dictionary.contains(&owner.to_lowercase());
    if !only_a_name || dictionaries.is_empty() {
        return None;
    }
    let names = names_for(owner, dictionaries)
        .into_iter()
        .filter(|name| name.proper && name.insertions > 0)
        .map(|name| format!("{}{APOSTROPHE}s", name.spelling));
    let candidates: Vec<String> = std::iter::once(format!("{owner}{APOSTROPHE}s"))
        .chain(names)
        .collect();
    if candidates.len() == 1 {
        return None;
    }
    Some(Verdict::Unknown {
        candidates,
        reason: "a possessive whose owner English knows only as a name, which the dictionaries \
                 have with letters that may have been lost"
            .into(),
    })
}

/// A capitalised word in no English list and no dictionary that is a name in some dictionary
/// with its accents flattened ("Sandor": "Sándor"). Flattening leaves a text that proves no
/// deletion, so the word is listed with these names in any text. A word that some
/// dictionary accepts is not asked: in English texts those are mostly names written the
/// English way (in the evaluation essays, four of the five such words: "Banat", "Jozef",
/// "Bem", "Romania"), and the English list keeps others out ("Gdansk", "Walesa").
fn folded_name(word: &str, dictionaries: &Dictionaries) -> Option<Verdict> {
    let name_like = word.len() >= 3
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word[1..].bytes().all(|b| b.is_ascii_lowercase());
    if !name_like || dictionaries.is_empty() {
        return None;
    }
    let mut found = dictionaries.folded_names(word);
    if found.is_empty() {
        return None;
    }
    // The spelling with the fewest letters flattened first ("Sándor" before "Šándor").
    found.sort_by_key(|(spelling, _)| spelling.chars().filter(|c| !c.is_ascii()).count());
    let mut locales: Vec<String> = found
        .iter()
        .flat_map(|(_, locales)| locales.iter().cloned())
        .collect();
    locales.sort_unstable();
    locales.dedup();
    let candidates: Vec<String> = found.into_iter().map(|(spelling, _)| spelling).collect();
    // A word in no dictionary, listed in any text as one with candidates is.
    Some(Verdict::Unknown {
        reason: format!(
            "`{}` (Hunspell {}) with its accents flattened, not deleted: an emendation, not a \
             restoration",
            candidates.join("` or `"),
            locales.join(", ")
        ),
        candidates,
    })
}

/// The verdict on a word that may be two words glued by a lost dash. A word glued to a
/// capitalised one that the text `repeats` is written so ("DebConf", "SoupCon"): a lost dash
/// seldom glues the same two words twice; unless [`two_names_long`] holds.
fn dash_verdict(word: &str, repeats: bool, dictionary: &Dictionary) -> Verdict {
    let splits = dashes::splits(word, dictionary);
    if let Some(at) = dashes::a_range_of_names_glued(word) {
        return Verdict::Dash {
            at,
            evidence: format!(
                "`{}` and `{}` glued: the ends of a range, which an en dash joins",
                &word[..at],
                &word[at..]
            ),
            range: true,
        };
    }
    // Repeated or not: every "Austro–Hungarian" of a text loses its dash.
    if let Some(capitals) = dashes::peoples_glued(word) {
        return Verdict::Unknown {
            candidates: vec![
                with_dashes_at(word, &capitals, '\u{2013}'),
                with_dashes_at(word, &capitals, '\u{2014}'),
            ],
            reason: "peoples' names glued: en dashes joined them (`Polish–Lithuanian`)?".into(),
        };
    }
    match splits.as_slice() {
        [] => {
            let to_a_name = dashes::glued_to_a_name(word, dictionary)
                .filter(|&at| !repeats || two_names_long(word, at));
            match (
                to_a_name,
                dashes::glued_to_an_abbreviation(word, dictionary),
                dashes::capitals_before_lower_case(word),
            ) {
                (Some(at), _, _) => listed_as_glued_to_a_name(word, at),
                (None, Some(at), _) => listed_as_glued_to_an_abbreviation(word, at),
                (None, None, Some(at)) => listed_as_capitals_before_lower_case(word, at),
                // "Borderless", "peaty": an English word the list lacks, not a damaged one.
                _ if could_be_damaged(word) && !dashes::is_english_derivation(word, dictionary) => {
                    Verdict::no_candidate_known()
                }
                _ => Verdict::Leave,
            }
        }
        // A Slavic ending after an English word ("trig|ova") makes no English word: a word of
        // another language, which may have lost letters ("Štrigova", a village).
        [at] if dashes::is_slavic_ending(&word[*at..]) && could_be_damaged(word) => {
            Verdict::no_candidate_known()
        }
        [at] if dashes::is_derivation(&word[*at..]) => Verdict::Leave,
        several => match dashes::lost_dash_at(word, several, dictionary) {
            Some(at) => glued_words(word, at),
            None => Verdict::Ambiguous {
                candidates: several
                    .iter()
                    .map(|&at| format!("{}\u{2014}{}", &word[..at], &word[at..]))
                    .chain(std::iter::once(word.to_string()))
                    .collect(),
                reason: "two words glued together, or one closed compound the dictionary lacks",
            },
        },
    }
}

/// `word` with `dash` inserted at each of `positions` (ascending).
fn with_dashes_at(word: &str, positions: &[usize], dash: char) -> String {
    let mut out = String::with_capacity(word.len() + 3 * positions.len());
    let mut from = 0;
    for &at in positions {
        out.push_str(&word[from..at]);
        out.push(dash);
        from = at;
    }
    out.push_str(&word[from..]);
    out
}

/// "PRLannouncing": an abbreviation glued to an English word, listed with a dash and a space
/// put back.
fn listed_as_glued_to_an_abbreviation(word: &str, at: usize) -> Verdict {
    let (left, right) = word.split_at(at);
    Verdict::Unknown {
        candidates: vec![format!("{left}\u{2014}{right}"), format!("{left} {right}")],
        reason: "an abbreviation glued to a word: a lost dash or space".into(),
    }
}

/// "GASgospodrii": capitals before a word in lower case that English lacks, listed as glued
/// by a lost dash, with no candidate for the letters the word may have lost.
fn listed_as_capitals_before_lower_case(word: &str, at: usize) -> Verdict {
    let (left, right) = word.split_at(at);
    Verdict::Unknown {
        candidates: vec![format!("{left}\u{2014}{right}"), format!("{left} {right}")],
        reason: "capitals glued to a word English lacks: an abbreviation before a word of \
                 another language, where a dash was lost (the word may have lost letters), or \
                 a name that lost letters or an apostrophe"
            .into(),
    }
}

/// "thereBudapest", "KamnikSavinja": a word glued to a capitalised one, listed with a dash
/// and a space put back. Between two capitalised words the en dash of a pair of names
/// ("the Kamnik–Savinja Alps", "the Danube–Black Sea canal") is listed after the em dash:
/// the trial texts had 17 of those to 25 em dashes there.
fn listed_as_glued_to_a_name(word: &str, at: usize) -> Verdict {
    let (left, right) = word.split_at(at);
    let names = left.starts_with(|c: char| c.is_uppercase());
    let candidates = std::iter::once(format!("{left}\u{2014}{right}"))
        .chain(names.then(|| format!("{left}\u{2013}{right}")))
        .chain([format!("{left} {right}")])
        .collect();
    Verdict::Unknown {
        candidates,
        reason: "a word glued to a capitalised one: a lost dash or space (the name may have \
                 lost letters too)"
            .into(),
    }
}

/// "Franci", a Slovene given name as written, which the built-in lexicon has as Slovak
/// "Francií": a capitalised word that a dictionary lists as a name as it stands is left to
/// the text's leading language to decide, with the built-in spelling as the one it may have
/// been (see `rank::builtin_or_leading`).
fn name_as_written(
    word: &str,
    found: &letters::Found,
    dictionaries: &Dictionaries,
) -> Option<Verdict> {
    let letters::Found::One { spelling, evidence } = found else {
        return None;
    };
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let naming = dictionaries.naming(word);
    (!naming.is_empty()).then(|| Verdict::BuiltIn {
        spelling: spelling.clone(),
        evidence: evidence.clone(),
        possessive: false,
        stems: Vec::new(),
        named_as_written: naming.into_iter().map(str::to_string).collect(),
        accepted_as_written: Vec::new(),
    })
}

/// Whether English has `spelling`, a word with accents ("émigrés", "façade").
fn english_loanword(spelling: &str) -> bool {
    Dictionary::english().contains(spelling)
}

/// "Helena uczywo": a lower-case word whose repair inserts its first letter, one space after
/// a capitalised word a dictionary lists as a name, is a surname that lost its capital
/// (Łuczywo, not "łuczywo", a torch): a name is followed by a name, not by a common word of
/// its language in lower case. Not an English word with accents ("Russian migrs" are
/// émigrés), which follows an English adjective as any noun does. Returns the name too when
/// it capitalised the word.
fn capital_after_a_name<'a>(
    verdict: Verdict,
    text: &str,
    tokens: &[Token<'a>],
    i: usize,
    options: &RestoreOptions,
) -> (Verdict, Option<&'a str>) {
    let token = &tokens[i];
    // A Slavic possessive adjective made of a name ("Janšev čebelnjak", Janša's bee house;
    // "Plečnikova hiša") is followed by the common noun it qualifies, not by a surname.
    const POSSESSIVE_ENDINGS: &[&str] = &["ev", "eva", "evo", "ov", "ova", "ovo"];
    // Asked last: the dictionaries' names are read only for such a repair.
    let after_a_name = || {
        i.checked_sub(1).is_some_and(|p| {
            let previous = &tokens[p];
            previous.is_capitalised()
                && &text[previous.end()..token.start] == " "
                && !POSSESSIVE_ENDINGS
                    .iter()
                    .any(|e| previous.text.ends_with(e))
                && !options.dictionaries.naming(previous.text).is_empty()
        })
    };
    match verdict {
        Verdict::Letters {
            spelling,
            evidence,
            possessive,
        } if token.text.starts_with(|c: char| c.is_ascii_lowercase())
            && spelling.starts_with(|c: char| !c.is_ascii() && c.is_lowercase())
            && !english_loanword(&spelling)
            && after_a_name() =>
        {
            let name = tokens[i - 1].text;
            let capitalised = Verdict::Letters {
                spelling: letters::capitalise(&spelling),
                evidence: format!("{evidence}; capitalised, as a name after the name `{name}`"),
                possessive,
            };
            (capitalised, Some(name))
        }
        verdict => (verdict, None),
    }
}

/// The spelling of a lower-case word's repair that begins with a capital the damage took
/// (a name's: "uczywo" after "Helena" is Łuczywo, "rsg" before "National Park" Őrség).
fn a_lost_capital(token: &Token, verdict: &Verdict) -> Option<String> {
    let Verdict::Letters { spelling, .. } = verdict else {
        return None;
    };
    letters::begins_with_a_lost_capital(token.text, spelling).then(|| spelling.clone())
}

/// "and uczywo herself", "the rsg for sights": a word the text shows as a name elsewhere
/// ("Helena uczywo", "the rsg National Park") is that name here too, with the capital its
/// repair inserts; the same damaged word is repaired the same way throughout.
fn capitalised_as_elsewhere(
    verdict: Verdict,
    token: &Token,
    names: &FxHashMap<&str, (String, String)>,
) -> Verdict {
    match (verdict, names.get(token.text)) {
        (
            Verdict::Letters {
                spelling,
                evidence,
                possessive,
            },
            Some((name, why)),
        ) if spelling.starts_with(char::is_lowercase)
            && letters::capitalise(&spelling) == *name =>
        {
            Verdict::Letters {
                spelling: name.clone(),
                evidence: format!("{evidence}; capitalised, as {why}"),
                possessive,
            }
        }
        (verdict, _) => verdict,
    }
}

/// Whether `verdict` lists lower-case `token` first as a name whose capital the damage took
/// with its first letter.
fn listed_with_a_lost_capital(token: &Token, verdict: &Verdict) -> bool {
    matches!(verdict, Verdict::Unknown { candidates, .. }
        if candidates.iter().any(|c| letters::begins_with_a_lost_capital(token.text, c)))
}

/// `decided` with the tokens left as they stand whose word is listed elsewhere
/// (`listed`), in the text's order, for [`listed_as_elsewhere`] to read. Not English words:
/// a sentence begun in lower case lists "an" or "by" there, not everywhere.
fn with_the_unread_of(
    decided: Vec<(usize, Verdict)>,
    tokens: &[Token],
    listed: &FxHashMap<&str, Verdict>,
    dictionary: &Dictionary,
) -> Vec<(usize, Verdict)> {
    let mut all: Vec<(usize, Verdict)> = tokens
        .iter()
        .enumerate()
        .filter(|(_, token)| listed.contains_key(token.text) && !dictionary.contains(token.text))
        .map(|(i, _)| (i, Verdict::Leave))
        .filter(|(i, _)| decided.binary_search_by_key(i, |(d, _)| *d).is_err())
        .collect();
    all.extend(decided);
    all.sort_by_key(|(i, _)| *i);
    all
}

/// "asks urov": a lower-case repair whose first letter is inserted, of a word listed
/// elsewhere in the text with that spelling capitalised among its candidates ("Ľubica urov":
/// Ďurová, Ďurov), is listed the same way: the same damaged word is the same name throughout.
fn listed_as_elsewhere(
    verdict: Verdict,
    token: &Token,
    listed: &FxHashMap<&str, Verdict>,
) -> Verdict {
    match (verdict, listed.get(token.text)) {
        (Verdict::Letters { spelling, .. }, Some(Verdict::Unknown { candidates, reason }))
            if letters::begins_with_a_lost_small_letter(token.text, &spelling)
                && candidates.contains(&letters::capitalise(&spelling)) =>
        {
            Verdict::Unknown {
                candidates: candidates.clone(),
                reason: format!("the word listed elsewhere in the text: {reason}"),
            }
        }
        // "named by urda": the same word, left as it stands here, listed elsewhere as a
        // surname that lost its capital ("Karel urda": Čurda).
        (Verdict::Leave, Some(Verdict::Unknown { candidates, reason })) => Verdict::Unknown {
            candidates: candidates.clone(),
            reason: format!("the word listed elsewhere in the text: {reason}"),
        },
        (verdict, _) => verdict,
    }
}

/// The owner of a possessive whose apostrophe `verdict` puts back before its final s, with
/// the spellings `listed` gives that owner where it is listed elsewhere in the text (none,
/// when it is listed with no candidate).
fn listed_owner<'v, 'l>(
    verdict: &Verdict,
    token: &Token<'v>,
    listed: &'l FxHashMap<&str, Vec<String>>,
) -> Option<(&'v str, &'l [String])> {
    let Verdict::Apostrophe { at, .. } = verdict else {
        return None;
    };
    let (owner, s) = token.text.split_at(*at);
    let spellings = listed.get(owner).filter(|_| s == "s")?;
    Some((owner, spellings))
}

/// "Vargovs grandfather": a possessive's apostrophe, put back because its owner stands alone
/// in the text, where that owner is listed as a word that may have lost letters ("Ľubica
/// Vargov": Vargová) is listed with the owner's spellings and the apostrophe, not inserted
/// after a letter that may still be missing ("Vargov’s").
fn owned_by_a_listed_name(
    verdict: Verdict,
    token: &Token,
    listed: &FxHashMap<&str, Vec<String>>,
) -> Verdict {
    let Some((owner, spellings)) = listed_owner(&verdict, token, listed) else {
        return verdict;
    };
    if spellings.is_empty() {
        return verdict;
    }
    Verdict::Unknown {
        candidates: std::iter::once(owner)
            .chain(spellings.iter().map(String::as_str))
            .map(|spelling| format!("{spelling}{APOSTROPHE}s"))
            .collect(),
        reason: format!(
            "a possessive of `{owner}`, which is listed elsewhere in the text as a word that \
             may have lost letters"
        ),
    }
}

/// A listing of `token` as its owner's possessive as written ("Benes": "Bene’s" or
/// "Benes"), with the possessives of the spellings that owner is listed with elsewhere put
/// first ("Bene", listed as Beneš: "Beneš’s"), as the same damaged owner is the same name
/// throughout.
fn listed_possessive_of_a_listed_owner(
    verdict: &Verdict,
    token: &Token,
    listed: &FxHashMap<&str, Vec<String>>,
) -> Option<Verdict> {
    let Verdict::Unknown { candidates, .. } = verdict else {
        return None;
    };
    let owner = token.text.strip_suffix('s')?;
    let as_written = format!("{owner}{APOSTROPHE}s");
    let spellings = listed.get(owner).filter(|s| !s.is_empty())?;
    if !candidates.contains(&as_written) {
        return None;
    }
    let mut all: Vec<String> = Vec::new();
    let possessives = spellings
        .iter()
        .map(|spelling| format!("{spelling}{APOSTROPHE}s"));
    for candidate in possessives.chain(candidates.iter().cloned()) {
        if !all.contains(&candidate) {
            all.push(candidate);
        }
    }
    Some(Verdict::Unknown {
        candidates: all,
        reason: format!(
            "a possessive of `{owner}`, which is listed elsewhere in the text as a word that \
             may have lost letters"
        ),
    })
}

/// "Istczys periodical": a possessive's apostrophe, put back because its owner stands alone
/// in the text, where that owner is listed with no candidate (Istóczy, which no dictionary
/// knows), is a suspect too, beside the apostrophe: the letters the owner may have lost are
/// missing here as well, and a suspect on the owner alone left this one silent.
fn owned_by_a_name_listed_with_none(
    verdict: &Verdict,
    token: &Token,
    listed: &FxHashMap<&str, Vec<String>>,
) -> Option<Verdict> {
    let (owner, spellings) = listed_owner(verdict, token, listed)?;
    spellings.is_empty().then(|| Verdict::Unknown {
        candidates: vec![format!("{owner}{APOSTROPHE}s")],
        reason: format!(
            "a possessive of `{owner}`, which is listed elsewhere in the text as in no \
             dictionary or lexicon: it may have lost letters too"
        ),
    })
}

/// "Brzans prizes": a possessive's apostrophe, put back because its owner stands alone in the
/// text, where that owner is a word a dictionary knows that is listed as a name that may have
/// lost a letter ("Jurij Brzan": Polish "brzan", of barbels, or Romanian Bârzan; the writer
/// Brězan), is a suspect too, beside the apostrophe, with those names' possessives: the
/// letters the owner may have lost are missing here as well. The apostrophe stays, as the
/// owner is mostly the word as written ("Tisos": Tiso’s).
fn owned_by_a_word_that_may_be_a_name(
    verdict: &Verdict,
    token: &Token,
    maybe_names: &FxHashMap<&str, Vec<String>>,
) -> Option<Verdict> {
    let (owner, names) = listed_owner(verdict, token, maybe_names)?;
    (!names.is_empty()).then(|| Verdict::Unknown {
        candidates: names
            .iter()
            .map(|name| format!("{name}{APOSTROPHE}s"))
            .collect(),
        reason: format!(
            "a possessive of `{owner}`, which is listed elsewhere in the text as a name that \
             may have lost a letter: its apostrophe is put back, its letters are not decided"
        ),
    })
}

/// "achtice Castle stands" at a paragraph's start: a repair that inserts a lower-case first
/// letter ("šachtice", a Czech common noun) where a sentence starts is spelled with a capital,
/// as every sentence's first word is; the damage took that capital.
fn capitalised_at_a_sentence_start(
    verdict: Verdict,
    text: &str,
    tokens: &[Token],
    i: usize,
) -> Verdict {
    match verdict {
        Verdict::Letters {
            spelling,
            evidence,
            possessive,
        } if letters::begins_with_a_lost_small_letter(tokens[i].text, &spelling)
            && opens_a_sentence(text, tokens, i) =>
        {
            Verdict::Letters {
                spelling: letters::capitalise(&spelling),
                evidence: format!("{evidence}; capitalised, as it opens a sentence"),
                possessive,
            }
        }
        verdict => verdict,
    }
}

/// "the Lady of achtice": a lower-case word whose repair inserts a lower-case first letter
/// (Czech "šachtice") in no dictionary of the text's leading language (Slovak) is listed, not
/// repaired: a name of the text's own people that lost its capital with its first letter
/// (Čachtice) is likelier than another language's common noun, and the names no dictionary
/// has leave the common noun the only candidate. Of the trial texts' repairs inserting a
/// lower-case first letter, every right one was a word of the leading language. An English
/// word with accents ("migrs": émigrés) is a word of the text's own language, English.
fn another_languages_common_noun(
    verdict: Verdict,
    token: &Token,
    leading: Option<&str>,
    options: &RestoreOptions,
) -> Verdict {
    let (Verdict::Letters { spelling, .. }, Some(leading)) = (&verdict, leading) else {
        return verdict;
    };
    let first_inserted = letters::begins_with_a_lost_small_letter(token.text, spelling);
    let own_language = accepted_in(spelling, leading, &options.dictionaries);
    if !first_inserted || own_language || english_loanword(spelling) {
        return verdict;
    }
    Verdict::Unknown {
        candidates: vec![spelling.clone(), letters::capitalise(spelling)],
        reason: format!(
            "`{spelling}` is a word of {}, not of the text's language ({leading}): a name that \
             lost its capital with its first letter?",
            options.dictionaries.accepting(spelling).join(", ")
        ),
    }
}

/// "pionowy wiat": a lower-case word whose repair inserts a capital first letter (the
/// built-in lexicon's names: "Świat", a weekly) is the dictionaries' common word in lower
/// case ("świat", world) one space after a lower-case word of another language, one that
/// English does not know and a dictionary does (as repaired: "pionowy", of "pionowy"):
/// inside such a phrase only names are capitalised, and a name's capital is what the damage
/// took, so its neighbour is the evidence left. After an English word ("crowned by
/// umbier") the name stands, as an English text names places more often than it uses a
/// foreign common noun; after a capitalised word too, which may be the first part of a
/// name ("Kamenick enov", Kamenický Šenov) as well as a title's first word ("Podwjne ycie",
/// Podwójne życie). Nor after a street's noun, which a name follows ("ulica eglarska").
/// Where no dictionary has the word in lower case, it is listed.
fn lower_case_in_a_phrase(
    verdict: Verdict,
    text: &str,
    token: &Token,
    previous: Option<(&Token, Option<&str>)>,
    english: &Dictionary,
    options: &RestoreOptions,
) -> Verdict {
    let Verdict::Letters {
        spelling,
        evidence,
        possessive,
    } = &verdict
    else {
        return verdict;
    };
    let capital_inserted = letters::begins_with_a_lost_capital(token.text, spelling);
    let in_a_phrase = || {
        previous.is_some_and(|(word, repaired)| {
            let spelling = repaired.unwrap_or(word.text).to_lowercase();
            &text[word.end()..token.start] == " "
                && word.text.starts_with(|c: char| c.is_ascii_lowercase())
                && !english.contains(&spelling)
                && !STREET_WORDS.contains(&spelling.as_str())
                && options.dictionaries.contains(&spelling)
        })
    };
    if !capital_inserted || !in_a_phrase() {
        return verdict;
    }
    let lower = letters::decapitalise(spelling);
    if !options.dictionaries.contains(&lower) {
        // A name with no common word of that spelling is listed: such a phrase's noun is
        // seldom a name, and the word may be another that lost letters ("řetízková atna":
        // šatna, a cloakroom, not the built-in place "Šaštína").
        return Verdict::Unknown {
            candidates: vec![spelling.clone()],
            reason: format!(
                "`{spelling}` would put back a capital inside a phrase of another language in \
                 lower case, and no dictionary has the word in lower case: a name, or another \
                 word that lost letters?"
            ),
        };
    }
    Verdict::Letters {
        evidence: format!(
            "{evidence}, in lower case inside a phrase of another language: a dictionary has \
             `{lower}`"
        ),
        spelling: lower,
        possessive: *possessive,
    }
}

/// Two dictionary words glued where a dash was lost.
fn glued_words(word: &str, at: usize) -> Verdict {
    Verdict::Dash {
        at,
        evidence: format!(
            "`{word}` is not a word; `{}` and `{}` are",
            &word[..at],
            &word[at..]
        ),
        range: false,
    }
}

/// "the Piccolomini family", "the Dietrichstein family": a capitalised word right after
/// "the" that splits into two words only because its first is long ("Piccolo|mini") is a
/// name as often as two words a lost dash glued; listed with both readings, not repaired.
fn a_name_after_the(text: &str, tokens: &[Token], i: usize, verdict: Verdict) -> Verdict {
    let Verdict::Dash { at, .. } = verdict else {
        return verdict;
    };
    let word = tokens[i].text;
    let after_the = i > 0 && tokens[i - 1].text == "the" && one_space_before(text, tokens, i);
    if !(after_the
        && tokens[i].is_capitalised()
        && dashes::glued_only_by_length(&word[..at], &word[at..]))
    {
        return verdict;
    }
    Verdict::Ambiguous {
        candidates: vec![
            word.to_string(),
            format!("{}\u{2014}{}", &word[..at], &word[at..]),
        ],
        reason: "a capitalised word after `the`: a name, or two words a lost dash glued?",
    }
}

/// Whether both halves of a word glued at `at` have five letters or more ("AdrpachTeplice",
/// Adršpach–Teplice, in a title and again in the text): two places' names a range's dash
/// joined, not a name closed up from a short word and a clipped one ("DebConf"), which a
/// text repeats as it is.
fn two_names_long(word: &str, at: usize) -> bool {
    const SHORTEST: usize = 5;
    word[..at].chars().count() >= SHORTEST && word[at..].chars().count() >= SHORTEST
}

/// The word before a lost dash repaired or listed as the text repairs or lists it where it
/// stands on its own.
fn glued_name_as_elsewhere(
    token: &Token,
    at: usize,
    verdicts: &FxHashMap<&str, Verdict>,
    outcome: &mut Outcome,
) {
    outcome
        .proposals
        .extend(glued_name_repaired(token, at, verdicts));
    outcome
        .suspects
        .extend(glued_name_listed(token, at, verdicts));
}

/// The repair of the word before a lost dash, when the text repairs it where it stands on
/// its own ("Szchenyiknown": Széchenyi—known; "Kopeekthe": Kopeček—the): the dash alone had
/// left the name's letters lost.
fn glued_name_repaired(
    token: &Token,
    at: usize,
    verdicts: &FxHashMap<&str, Verdict>,
) -> Option<Proposal> {
    let Some(Verdict::Letters {
        spelling,
        evidence,
        possessive: false,
    }) = verdicts.get(&token.text[..at])
    else {
        return None;
    };
    Some(letters::respelled(
        token.start..token.start + at,
        spelling.clone(),
        format!("{evidence}, as where the word stands on its own"),
    ))
}

/// The word before a lost dash listed, when the text lists it where it stands on its own
/// ("Jasna Grathe name means": Gra, listed with Góra, where "Jasna Gra" is): the dash's
/// repair alone had left the place silent.
fn glued_name_listed(
    token: &Token,
    at: usize,
    verdicts: &FxHashMap<&str, Verdict>,
) -> Option<RawSuspect> {
    let word = &token.text[..at];
    let (candidates, reason) = match verdicts.get(word)? {
        Verdict::Unknown { candidates, reason } => (candidates.clone(), reason),
        Verdict::MaybeName { names, reason, .. } => {
            (names.iter().map(|n| n.spelling.clone()).collect(), reason)
        }
        _ => return None,
    };
    Some(RawSuspect {
        offset: token.start,
        text: word.to_string(),
        candidates,
        reason: format!("{reason}, as where the word stands on its own"),
        sign: Sign::UnknownWord,
    })
}

/// The words in s that the text has before a past tense somewhere ("Pcs served"), with that
/// verb: there the word is the sentence's subject, a name of its own.
fn names_before_a_verb<'a>(tokens: &[Token<'a>]) -> FxHashMap<&'a str, &'a str> {
    let before_a_verb = |word: &Token, next: &Token| {
        word.text.ends_with('s') && possessives::is_past(next.text, Dictionary::english())
    };
    tokens
        .windows(2)
        .filter(|pair| before_a_verb(&pair[0], &pair[1]))
        .map(|pair| (pair[0].text, pair[1].text))
        .collect()
}

/// A name read as another's possessive ("Pcs": Péc’s) is listed with its other reading at
/// every occurrence when the text has the word before a verb somewhere ("Pcs served",
/// "László Tks formed a chain": one surname, not the village Tök’s): the same word is one
/// name throughout, and a damaged "Pcs lies along the slope" had become "Péc’s lies" beside
/// a listed "Pcs served". Where the text also has the stem on its own ("Kdr", then "Kdrs
/// restored"), the stem is that name, whose letters are repaired: only the `s` is in
/// doubt, a possessive's or a family's plural ("the Rákóczis built"). Over the 512 trial
/// texts all 21 such words had their stem's letters right; the one whose stem the text
/// lacked did too, but a surname in -s would not ("Tks": Tőkés, not Tök).
fn one_name_where_a_verb_follows(
    word: &str,
    verdict: Verdict,
    before_a_verb: &FxHashMap<&str, &str>,
    occurs: &FxHashMap<&str, usize>,
) -> Verdict {
    let (
        Verdict::Letters {
            spelling,
            possessive: true,
            evidence,
        },
        Some(verb),
    ) = (&verdict, before_a_verb.get(word))
    else {
        return verdict;
    };
    let candidates = vec![format!("{spelling}{APOSTROPHE}s"), format!("{spelling}s")];
    let reason = format!(
        "read as `{spelling}` and a possessive, but the text has `{word}` before a verb \
         (`{verb}`): perhaps one name that lost letters"
    );
    let stem_alone = word
        .strip_suffix('s')
        .is_some_and(|stem| occurs.contains_key(stem));
    if stem_alone {
        let reason = format!(
            "`{spelling}`'s possessive or a family's plural: the text has `{word}` before a \
             verb (`{verb}`)"
        );
        return Verdict::Stem {
            spelling: spelling.clone(),
            evidence: evidence.clone(),
            candidates,
            reason,
        };
    }
    Verdict::Unknown { candidates, reason }
}

/// Whether English has `word` in lower case, or a dictionary as it stands ("the Vices",
/// "the Kras"): what may be a plural's letters need not be a possessive's that lost some.
fn a_word_as_written(word: &str, dictionaries: &Dictionaries) -> bool {
    Dictionary::english().contains(&word.to_lowercase()) || !dictionaries.accepting(word).is_empty()
}

/// Whether `tokens[i]` follows "the" one space after it.
fn after_the(text: &str, tokens: &[Token], i: usize) -> bool {
    i > 0 && matches!(tokens[i - 1].text, "the" | "The") && one_space_before(text, tokens, i)
}

/// The capitalised words the text has after "the" and before a punctuation mark or a function
/// word ("the Bkk,", "the Mtra and"): the names of one thing, a range of hills, a river or a
/// building, which "the" names in the singular.
fn things_named_with_the<'t>(text: &str, tokens: &[Token<'t>]) -> FxHashSet<&'t str> {
    (0..tokens.len())
        .filter(|&i| after_the(text, tokens, i) && tokens[i].is_capitalised())
        .filter(|&i| {
            tokens.get(i + 1).is_none_or(|next| {
                !one_space_before(text, tokens, i + 1) || is_function_word(next.text)
            })
        })
        .map(|i| tokens[i].text)
        .collect()
}

/// A capitalised word's possessive after "the" is listed with its plural's and the plural
/// itself ("the Perntejns influence": the Pernštejns’, a family; "the Swabians old houses":
/// the Swabians’, a people; "the Habsburgs"), the plural first: "the" stands before a
/// family's or a people's name in the plural more often than before one person's. Not where the text names the stem with "the" elsewhere as one thing
/// (`named_with_the`: "the Bkk," and "the Bkks caves", the Bükk’s). The stem's letters are
/// as sure as a possessive's would be, and are repaired: only the `s` is in doubt ("the
/// Cskys ambitions": Csákys, listed). Not for a word English or a dictionary has as it
/// stands, which may be that plural with no letter lost ("the Vices", "the Kras").
fn a_plural_after_the(
    text: &str,
    tokens: &[Token],
    i: usize,
    (named_with_the, dictionaries): (&FxHashSet<&str>, &Dictionaries),
    verdict: Verdict,
) -> Verdict {
    let token = &tokens[i];
    let one_thing = || {
        token
            .text
            .strip_suffix('s')
            .is_some_and(|stem| named_with_the.contains(stem))
    };
    // "the Partys": a noun in -y has its plural in -ies, so this is no plural.
    let no_plural = || apostrophes::possessive_of_a_noun_in_y(token.text, Dictionary::english());
    if !after_the(text, tokens, i) || !token.is_capitalised() || one_thing() || no_plural() {
        return verdict;
    }
    let (stem, evidence, letters) = match &verdict {
        Verdict::Letters {
            spelling,
            possessive: true,
            evidence,
        } => (spelling.clone(), evidence.clone(), true),
        Verdict::Apostrophe { at, evidence } if *at + 1 == token.text.len() => {
            (token.text[..*at].to_string(), evidence.clone(), false)
        }
        _ => return verdict,
    };
    // The plural first: in the trial texts it was 59 of 70 such words, the plural's
    // possessive 8 and one owner's 3.
    let candidates = vec![
        format!("{stem}s"),
        format!("{stem}s{APOSTROPHE}"),
        format!("{stem}{APOSTROPHE}s"),
    ];
    let reason = format!(
        "after `the` a family's or a people's plural, or its possessive, or one `{stem}`'s \
         ({evidence})?"
    );
    if letters && !a_word_as_written(token.text, dictionaries) {
        Verdict::Stem {
            spelling: stem,
            evidence,
            candidates,
            reason,
        }
    } else {
        Verdict::Unknown { candidates, reason }
    }
}

/// "Slovenes take their bees seriously", "Slovenes call hren": a capitalised word in -s whose
/// stem stands alone elsewhere, before a verb in its base form and that verb's object (a
/// pronoun, a determiner, or a word English does not know), is a plural subject as likely as
/// a possessive: nothing a possessive owns is followed by "their" or "it". Listed with both.
fn a_plural_before_its_verb_and_object(
    text: &str,
    tokens: &[Token],
    i: usize,
    verdict: Verdict,
) -> Verdict {
    const OBJECTS: &[&str] = &[
        "a", "an", "her", "him", "it", "its", "my", "our", "the", "their", "them", "these", "this",
        "those", "us",
    ];
    let token = &tokens[i];
    let Verdict::Apostrophe { at, evidence } = &verdict else {
        return verdict;
    };
    let [_, verb, object, ..] = tokens.get(i..).unwrap_or_default() else {
        return verdict;
    };
    let english = Dictionary::english();
    let spaced = |a: &Token, b: &Token| &text[a.end()..b.start] == " ";
    let an_object = OBJECTS.contains(&object.text)
        || (object.text.starts_with(|c: char| c.is_ascii_lowercase())
            && !english.contains(object.text));
    let subject = token.is_capitalised()
        && apostrophes::is_s_form(token.text, *at)
        && *at + 1 == token.text.len()
        && spaced(token, verb)
        && spaced(verb, object)
        && apostrophes::is_verb_base(verb.text, english)
        && an_object;
    if !subject {
        return verdict;
    }
    let stem = &token.text[..*at];
    Verdict::Unknown {
        candidates: vec![format!("{stem}{APOSTROPHE}s"), token.text.to_string()],
        reason: format!(
            "a possessive ({evidence}), or a plural before its verb `{}` and its object?",
            verb.text
        ),
    }
}

/// How many times the stem of a repeated name must stand alone in the text before its
/// possessive's letters are repaired where its `s` is in doubt: in the trial texts, with the
/// stem alone once, 2 of 9 such words would have taken a wrong repair the stem had been
/// given ("udk" made Šudák, beside "udks" for ľudáks; "Bratislavan" made Bratislavčan);
/// twice or more, all five had their letters right.
const NAMED_ALONE: usize = 2;

/// A name's possessive that [`doubtful_possessive`] lists, before a function word
/// ("Radntis in": Radnóti’s or Radnótis), when the text has the stem on its own
/// [`NAMED_ALONE`] times or more ("Radnti"): the stem is that name, whose letters are
/// repaired; only the `s` stays listed.
fn a_repeated_names_doubtful_possessive(
    i: usize,
    verdict: Verdict,
    gap: &str,
    (tokens, occurs): (&[Token], &FxHashMap<&str, usize>),
) -> Verdict {
    let word = tokens[i].text;
    let Verdict::Letters {
        spelling,
        evidence,
        possessive: true,
    } = &verdict
    else {
        return verdict;
    };
    let Some(reason) = doubtful_possessive(word, tokens.get(i + 1), gap) else {
        return verdict;
    };
    let alone = word
        .strip_suffix('s')
        .and_then(|stem| occurs.get(stem))
        .is_some_and(|&n| n >= NAMED_ALONE);
    if !alone {
        return verdict;
    }
    Verdict::Stem {
        spelling: spelling.clone(),
        evidence: evidence.clone(),
        candidates: vec![format!("{spelling}{APOSTROPHE}s"), format!("{spelling}s")],
        reason,
    }
}

/// Why a name read with a possessive `’s` may not be one, if it may not: a possessive is
/// followed by what it possesses, not by a function word. (Nor by its sentence's verb, which
/// [`one_name_where_a_verb_follows`] reads for every occurrence of the word.)
fn doubtful_possessive(word: &str, next: Option<&Token>, gap: &str) -> Option<String> {
    (!apostrophes::possessive_context(word, next, gap))
        .then(|| "possessive or plural of a lexicon name?".to_string())
}

/// A word that could have lost letters: three letters or more, not an acronym (two capitals
/// or more), which no dictionary lists and no deletion explains, and not an abbreviation's
/// plural that English lists lack ("Sts Peter and Paul" had become Slovak "Stôs").
pub(super) fn could_be_damaged(word: &str) -> bool {
    const PLURAL_ABBREVIATIONS: &[&str] = &["Drs", "Mts", "Sts"];
    word.len() >= 3
        && word.chars().filter(char::is_ascii_uppercase).count() < 2
        && !PLURAL_ABBREVIATIONS.contains(&word)
}

/// A word's repair as its possessive's: the same letters, and the apostrophe.
fn as_its_possessive(repair: &Verdict) -> Option<Verdict> {
    let Verdict::Letters {
        spelling,
        evidence,
        possessive: false,
    } = repair
    else {
        return None;
    };
    Some(Verdict::Letters {
        spelling: spelling.clone(),
        evidence: format!("{evidence} (its stem's repair, elsewhere in the text)"),
        possessive: true,
    })
}

/// A repair context decided, keyed by the word, and for a possessive's ("Jnos Kdrs":
/// Kádár’s) also by its stem, repaired without the apostrophe: the name "Kdr" elsewhere in
/// the text is the same name.
fn with_its_stem<'a>(word: &'a str, repair: &Verdict) -> Vec<(&'a str, Verdict)> {
    let mut keyed = vec![(word, repair.clone())];
    if let (
        Verdict::Letters {
            spelling,
            evidence,
            possessive: true,
        },
        Some(stem),
    ) = (repair, word.strip_suffix('s'))
    {
        keyed.push((
            stem,
            Verdict::Letters {
                spelling: spelling.clone(),
                evidence: format!("{evidence} (its possessive, elsewhere in the text)"),
                possessive: false,
            },
        ));
    }
    keyed
}

/// Turns a verdict into proposals or suspects at one occurrence.
fn apply(
    token: &Token,
    verdict: Verdict,
    next: Option<&Token>,
    gap: &str,
    options: &RestoreOptions,
    outcome: &mut Outcome,
) {
    let word = token.text;
    let insert = |at: usize, what: &str, rule, class, evidence: String| Proposal {
        start: token.start + at,
        end: token.start + at,
        replacement: what.to_string(),
        rule,
        class,
        evidence,
    };
    let mut suspect_of = |candidates: Vec<String>, reason: String, sign: Sign| {
        outcome.suspects.push(RawSuspect {
            offset: token.start,
            text: word.to_string(),
            candidates,
            reason,
            sign,
        })
    };
    let mut suspect = |candidates, reason| suspect_of(candidates, reason, Sign::Reading);
    match verdict {
        Verdict::Leave => {}
        Verdict::Letters {
            spelling,
            evidence,
            possessive,
        } => {
            let doubt = possessive.then(|| doubtful_possessive(word, next, gap));
            if let Some(reason) = doubt.flatten() {
                let candidates = vec![format!("{spelling}{APOSTROPHE}s"), format!("{spelling}s")];
                suspect(candidates, reason);
                return;
            }
            let proposals = letters_proposals(token, spelling, evidence, possessive);
            outcome.proposals.extend(proposals);
        }
        // Not evidence of damage on its own: a closed compound the dictionary lacks
        // ("runtime") is read as two glued words as well as one.
        Verdict::Ambiguous { candidates, reason } => suspect(candidates, reason.into()),
        Verdict::Apostrophe { at, evidence } => match doubtful_apostrophe(word, at, next, gap) {
            Some((candidates, reason)) => suspect(candidates, reason),
            None => {
                let rule = if apostrophes::is_s_form(word, at) {
                    "apostrophe.possessive"
                } else {
                    "apostrophe.contraction"
                };
                outcome
                    .proposals
                    .push(insert(at, APOSTROPHE, rule, Class::Apostrophe, evidence));
            }
        },
        Verdict::Dash {
            at,
            evidence,
            range,
        } => {
            let (dash, rule) = dash_and_rule(range, options);
            outcome
                .proposals
                .push(insert(at, dash, rule, Class::Dash, evidence));
        }
        Verdict::Folded { spelling, origin } => suspect(
            vec![spelling.clone()],
            format!(
                "`{spelling}` ({origin}) with its accents flattened, not deleted: an emendation, \
                 not a restoration"
            ),
        ),
        Verdict::Unknown { candidates, reason } => {
            suspect_of(candidates, reason, Sign::UnknownWord)
        }
        Verdict::Stem {
            spelling,
            evidence,
            candidates,
            reason,
        } => {
            outcome
                .proposals
                .push(stem_letters(token, spelling, evidence));
            suspect_of(candidates, reason, Sign::Reading);
        }
        Verdict::MaybeName {
            names,
            possessive,
            reason,
            ..
        } => {
            let suffix = if possessive { "’s" } else { "" };
            let candidates = names
                .iter()
                .map(|n| format!("{}{suffix}", n.spelling))
                .collect();
            suspect_of(candidates, reason, Sign::UnknownWord)
        }
        Verdict::Candidates { .. } | Verdict::BuiltIn { .. } | Verdict::Declinable { .. } => {
            unreachable!("decided before any is applied")
        }
    }
}

/// The dash a glued word takes, and the rule that inserts it: a range's en dash is no dash
/// of the text's style.
fn dash_and_rule(range: bool, options: &RestoreOptions) -> (&'static str, &'static str) {
    if range {
        ("\u{2013}", "dash.range")
    } else {
        (dashes::dash(options.dash), GLUED_DASH)
    }
}

/// The repair of the letters of a possessive's or a plural's stem, the `s` after it left as
/// it stands.
fn stem_letters(token: &Token, spelling: String, evidence: String) -> Proposal {
    letters::respelled(token.start..token.end() - 1, spelling, evidence)
}

/// Whether a repair spells a common word with a capital, one a dictionary accepts in lower
/// case ("Szkoła", school, in a film school's name; "Kovács", smith, a surname before a
/// Hungarian given name): no given name, so the word after it is not a name's second part on
/// that evidence ("Szkoa Filmowa" had become the verb "Filmować", "Kovcs Kati" "Katič").
fn a_common_word_capitalised(verdict: &Verdict, dictionaries: &Dictionaries) -> bool {
    let Verdict::Letters { spelling, .. } = verdict else {
        return false;
    };
    let lower = spelling.to_lowercase();
    lower != *spelling && !dictionaries.accepting(&lower).is_empty()
}

/// Why an apostrophe at `at` in `word` is listed rather than inserted, with the candidates,
/// if it is: a possessive that nothing it could possess follows, or one before a lower-case
/// past tense ("what Slovenes considered their own") or a verb of knowing or saying
/// ("Slovenes know its upper reaches") or an adverb before a verb ("Slovenes still call"),
/// where the word is as likely a plural subject ("Kádárs trusted ally" is the other
/// reading). Not in a title's capitals ("Hungarys Negotiated Revolution"), nor for a
/// pronoun's contraction ("thats listed" is "that is"), nor for a noun whose plural is in
/// -ies ("countrys" has no other reading), in -es ("princesss") or not in -s at all
/// ("childs", "mens").
fn doubtful_apostrophe(
    word: &str,
    at: usize,
    next: Option<&Token>,
    gap: &str,
) -> Option<(Vec<String>, String)> {
    let restored = format!("{}{APOSTROPHE}{}", &word[..at], &word[at..]);
    // Before an English word ("mens clothing"); not before Latin's ("mens rea").
    let irregular = apostrophes::possessive_of_an_irregular_noun(word, Dictionary::english())
        && next.is_none_or(|n| Dictionary::english().contains(n.text));
    if !apostrophes::is_s_form(word, at)
        || apostrophes::possessive_of_a_noun_in_y(word, Dictionary::english())
        || irregular
    {
        return None;
    }
    let context = apostrophes::possessive_context(word, next, gap)
        && apostrophes::common_noun_possessive_context(word, next, Dictionary::english());
    if !context {
        let reason = "a possessive, but no noun it could possess follows".to_string();
        return Some((vec![restored], reason));
    }
    let pronoun = is_function_word(&word[..at].to_ascii_lowercase());
    let english = Dictionary::english();
    // A verb of knowing or saying in its base form ("Slovenes know", "Czechs say") is a
    // plural's verb as surely: none of these is a noun a possessive takes ("a say" is an
    // idiom's). Not any base form: "own", "well" and "lower" are verbs too, and adjectives
    // after a possessive ("Luthers own hand"); nor "claim" or "recall", nouns as often.
    const KNOWING: &[&str] = &[
        "believe", "insist", "know", "like", "prefer", "remember", "say", "tell", "think",
    ];
    let verb = next.filter(|n| {
        gap == " "
            && !pronoun
            && n.text.starts_with(|c: char| c.is_ascii_lowercase())
            && (possessives::is_past(n.text, english)
                || KNOWING.contains(&n.text)
                // "Slovenes still call it": an adverb before a verb follows a plural subject
                // as often, and no possessive.
                || apostrophes::is_an_adverb_before_a_verb(n.text))
    })?;
    let reason = format!("a possessive, or a plural before `{}`?", verb.text);
    Some((vec![restored, word.to_string()], reason))
}

/// The repair of a word's letters, and the apostrophe of its possessive (the word's final
/// `s` follows the restored stem).
fn letters_proposals(
    token: &Token,
    spelling: String,
    evidence: String,
    possessive: bool,
) -> Vec<Proposal> {
    let stem_end = token.start + token.text.len() - usize::from(possessive);
    let mut proposals = vec![letters::respelled(
        token.start..stem_end,
        spelling,
        evidence,
    )];
    if possessive {
        proposals.push(Proposal {
            start: stem_end,
            end: stem_end,
            replacement: APOSTROPHE.to_string(),
            rule: "apostrophe.possessive",
            class: Class::Apostrophe,
            evidence: "possessive of a lexicon name".into(),
        });
    }
    proposals
}

/// Applies the lexicon's phrases; returns which tokens they covered.
fn phrases(text: &str, tokens: &[Token], lexicon: &Lexicon, outcome: &mut Outcome) -> Vec<bool> {
    let mut covered = vec![false; tokens.len()];
    let mut i = 0;
    while i < tokens.len() {
        let token = &tokens[i];
        let rest = &text[token.start..];
        let found = lexicon
            .phrases_starting(token.text)
            .iter()
            .find(|(key, _)| {
                rest.starts_with(key.as_str())
                    && !rest[key.len()..].starts_with(|c: char| c.is_alphanumeric())
            });
        let inside_a_word = token.before.is_some_and(char::is_alphanumeric);
        let Some((key, entry)) = found.filter(|_| !inside_a_word) else {
            i += 1;
            continue;
        };
        let end = token.start + key.len();
        // One proposal per inserted run, so counts by class stay right.
        for (offset, inserted) in insertions(key, &entry.spelling) {
            outcome.proposals.push(Proposal {
                start: token.start + offset,
                end: token.start + offset,
                class: Class::of_inserted(&inserted),
                replacement: inserted,
                rule: "phrase.lexicon",
                evidence: format!("edition lexicon {}: `{}`", entry.origin, entry.spelling),
            });
        }
        while i < tokens.len() && tokens[i].start < end {
            covered[i] = true;
            i += 1;
        }
    }
    covered
}

/// The runs of characters `spelling` adds to `key` (its stripped form), as (offset in key,
/// inserted text).
fn insertions(key: &str, spelling: &str) -> Vec<(usize, String)> {
    debug_assert_eq!(strip(spelling), key);
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut offset = 0;
    let mut last_inserted_at = None;
    for c in spelling.chars() {
        if c.is_ascii() {
            offset += c.len_utf8();
        } else if last_inserted_at == Some(offset) {
            if let Some(last) = out.last_mut() {
                last.1.push(c);
            }
        } else {
            out.push((offset, c.to_string()));
            last_inserted_at = Some(offset);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::restore::names::Name;

    #[test]
    fn a_listed_names_candidates_put_the_leading_languages_first() {
        let name = |spelling: &str, locale: &str| Name {
            spelling: spelling.into(),
            locales: vec![locale.into()],
            insertions: 1,
            proper: true,
        };
        let listed = |leading| {
            let verdict = Verdict::MaybeName {
                names: vec![
                    name("Graś", "pl_PL"),
                    name("Grňa", "sk_SK"),
                    name("Góra", "pl_PL"),
                ],
                possessive: false,
                reason: String::new(),
            };
            match leading_languages_names_first(verdict, leading) {
                Verdict::MaybeName { names, .. } => {
                    names.into_iter().map(|n| n.spelling).collect::<Vec<_>>()
                }
                other => panic!("{other:?}"),
            }
        };
        assert_eq!(listed(Some("sk")), ["Grňa", "Graś", "Góra"]);
        assert_eq!(listed(Some("pl")), ["Graś", "Góra", "Grňa"]);
        assert_eq!(listed(None), ["Graś", "Grňa", "Góra"]);
    }

    /// Reading a text in pieces on every core changes nothing: this edition's damaged source,
    /// read in pieces as short as its rules allow (one token, where a rule carries nothing
    /// over from the token before: thousands of joins to get wrong) and in one, gives the same
    /// repairs and the same suspects in the same order, with the built-in data, with the test
    /// dictionaries and with those installed here.
    #[test]
    fn a_text_read_in_pieces_reads_as_in_one() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let source = std::fs::read_to_string(root.join("manuscript/source/hungary-1956.txt"))
            .expect("the edition's source");
        let fixtures = root.join("tests/fixtures/hunspell");
        let with_dictionaries = RestoreOptions {
            dictionaries: Dictionaries::found_in(&[fixtures], &[]),
            ..RestoreOptions::default()
        };
        // The installed ones, where there are any: only real dictionaries decide the names
        // whose reading the word after them depends on ("Ern Ger": Ernő Gerő).
        let installed = RestoreOptions {
            dictionaries: Dictionaries::installed(&[]),
            ..RestoreOptions::default()
        };
        for options in [RestoreOptions::default(), with_dictionaries, installed] {
            let read = |least_piece| {
                let outcome = repair_in_pieces(&source, &Lexicon::default(), &options, least_piece);
                assert!(!outcome.proposals.is_empty() && !outcome.suspects.is_empty());
                format!("{:?}\n{:?}", outcome.proposals, outcome.suspects)
            };
            assert_eq!(read(1), read(usize::MAX));
        }
    }

    /// The `s` form of a noun whose plural is not in -s (or in -es, after a hiss) is a
    /// possessive before any English word, even one no possessive usually takes
    /// ("clothing", "bathing"); before Latin it is listed.
    #[test]
    fn an_irregular_nouns_possessive_is_repaired_before_any_english_word() {
        let text = "She fought in mens clothing, a childs drawing hung there, and guilt needs \
                    mens rea. The princesss bathing habits shocked todays Hungary.";
        let outcome = repair(text, &Lexicon::default(), &RestoreOptions::default());
        let mut repaired = text.to_string();
        for proposal in outcome.proposals.iter().rev() {
            repaired.replace_range(proposal.start..proposal.end, &proposal.replacement);
        }
        assert!(
            repaired.contains("men’s clothing")
                && repaired.contains("child’s drawing")
                && repaired.contains(" mens rea")
                && repaired.contains("princess’s bathing")
                && repaired.contains("today’s Hungary"),
            "{repaired}"
        );
        assert!(outcome.suspects.iter().any(|s| s.text == "mens"));
    }

    #[test]
    fn insertions_group_runs() {
        assert_eq!(
            insertions("workers councils", "workers’ councils"),
            [(7, "’".to_string())]
        );
        assert_eq!(
            insertions("Ern Ger", "Ernő Gerő"),
            [(3, "ő".to_string()), (7, "ő".to_string())]
        );
    }

    #[test]
    fn acronyms_and_abbreviations_plurals_are_not_damage() {
        assert!(could_be_damaged("Rkosi") && could_be_damaged("Kdr"));
        for word in ["Sts", "Drs", "KOR", "Np"] {
            assert!(!could_be_damaged(word), "{word}");
        }
    }

    #[test]
    fn an_english_derivation_the_list_lacks_is_no_unknown_word() {
        let english = Dictionary::english();
        for word in ["peaty", "Trotskyist", "crushingly"] {
            assert!(
                matches!(dash_verdict(word, false, english), Verdict::Leave),
                "{word}"
            );
        }
        let unread = dash_verdict("Rkosi", false, english);
        assert!(matches!(unread, Verdict::Unknown { .. }), "{unread:?}");
    }
}
