//! Word tokens for the dictionary rules: maximal runs of ASCII letters, with the characters
//! around them, so a rule can tell "Stalins Russia" from "Writers' Union" or "T54".

/// A run of ASCII letters in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub start: usize,
    pub text: &'a str,
    /// The character just before and just after, if any.
    pub before: Option<char>,
    pub after: Option<char>,
    /// Worked out once, as [`Token::is_fragment`] says: every rule asks it of every token.
    fragment: bool,
}

impl<'a> Token<'a> {
    /// The token at `span` of `text`, with the characters `before` and `after` it: a
    /// fragment when either joins it to a longer word.
    fn between(
        text: &'a str,
        span: std::ops::Range<usize>,
        before: Option<char>,
        after: Option<char>,
    ) -> Self {
        Token {
            start: span.start,
            text: &text[span],
            before,
            after,
            fragment: joins_a_word(before) || joins_a_word(after),
        }
    }

    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// Part of a longer word: touching digits, an apostrophe, a hyphen or a letter outside
    /// ASCII (a word the damage did not reach, or reached only partly).
    pub fn is_fragment(&self) -> bool {
        self.fragment
    }

    /// A part of a hyphenated word and of nothing else: a hyphen on one side at least, and
    /// nothing else that [`Token::is_fragment`] counts touching it ("Szpasszony-vlgy").
    pub fn is_hyphenated_part(&self) -> bool {
        let hyphen = |c: Option<char>| c == Some('-');
        let joins_otherwise = |c: Option<char>| !hyphen(c) && joins_a_word(c);
        (hyphen(self.before) || hyphen(self.after))
            && !joins_otherwise(self.before)
            && !joins_otherwise(self.after)
    }

    pub fn is_capitalised(&self) -> bool {
        self.text.starts_with(|c: char| c.is_ascii_uppercase())
    }
}

/// Every token of `text`, in order.
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        let before = text[..start].chars().next_back();
        let after = text[i..].chars().next();
        out.push(Token::between(text, start..i, before, after));
    }
    out
}

/// The tokens with each one split where a repair puts a dash inside it (`points`, sorted):
/// "the towns soundsthe bugle" reads, to the rules that read a word with its neighbours, as
/// the repaired text has it, "sounds" before the dash and "the" after it. Each half sees the
/// dash (`before`, `after`) where the whole word saw a letter. With each token, the index of
/// the one it came from.
pub fn split_at<'a>(
    text: &'a str,
    tokens: &[Token<'a>],
    points: &[usize],
    dash: char,
) -> (Vec<Token<'a>>, Vec<usize>) {
    let mut out = Vec::with_capacity(tokens.len() + points.len());
    let mut origin = Vec::with_capacity(tokens.len() + points.len());
    for (i, token) in tokens.iter().enumerate() {
        let first = points.partition_point(|&at| at <= token.start);
        let inside = points[first..]
            .iter()
            .take_while(|&&at| at < token.end())
            .copied();
        let mut start = token.start;
        let mut before = token.before;
        for at in inside.chain(std::iter::once(token.end())) {
            let after = if at == token.end() {
                token.after
            } else {
                Some(dash)
            };
            out.push(Token::between(text, start..at, before, after));
            origin.push(i);
            (start, before) = (at, Some(dash));
        }
    }
    (out, origin)
}

/// Whether a character next to a run of ASCII letters makes it part of a longer word.
fn joins_a_word(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || matches!(c, '\'' | '\u{2019}' | '-' | '_' | '@' | '/'))
}

/// A ruler's regnal numeral of two letters or more ("II", "IV", "XIV"): one letter is as
/// likely the pronoun "I" or an initial.
pub fn is_regnal_numeral(word: &str) -> bool {
    word.len() >= 2 && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// Closed-class English words (articles, pronouns, auxiliaries, conjunctions, prepositions):
/// the words a dash or a possessive is usually next to, and the only short words trusted as
/// halves of a glued pair.
pub fn is_function_word(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "a", "about", "after", "against", "all", "also", "although", "an", "and", "are", "as",
        "at", "be", "because", "been", "before", "both", "but", "by", "can", "could", "did", "do",
        "does", "during", "each", "either", "even", "every", "for", "from", "had", "has", "have",
        "he", "her", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its",
        "just", "may", "me", "might", "must", "my", "neither", "no", "nor", "not", "of", "on",
        "once", "only", "or", "our", "she", "should", "since", "so", "some", "such", "than",
        "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
        "though", "through", "to", "too", "under", "until", "up", "upon", "us", "was", "we",
        "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose",
        "why", "will", "with", "without", "would", "yet", "you", "your",
    ];
    // Asked of most words of a text: lowered on the stack, as no function word is longer.
    const LONGEST: usize = 8;
    let mut lower = [0u8; LONGEST];
    let Some(lower) = lower.get_mut(..word.len()) else {
        return false;
    };
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    WORDS.binary_search_by(|w| w.as_bytes().cmp(lower)).is_ok()
}

/// Whether token `j` exists, follows another, and one space, no more and nothing else,
/// separates the two.
pub fn one_space_before(text: &str, tokens: &[Token], j: usize) -> bool {
    j > 0
        && tokens
            .get(j)
            .is_some_and(|t| &text[tokens[j - 1].end()..t.start] == " ")
}

/// Whether token `j` opens a sentence: it starts its paragraph, or a full stop, question or
/// exclamation mark and a space are all that stand between it and the word before, which is
/// not a single letter (an initial: "J. Smith").
pub fn opens_a_sentence(text: &str, tokens: &[Token], j: usize) -> bool {
    let Some(previous) = j.checked_sub(1).map(|p| &tokens[p]) else {
        return true;
    };
    let gap = &text[previous.end()..tokens[j].start];
    let paragraph = gap.contains("\n\n");
    let stop = gap.starts_with(['.', '!', '?'])
        && gap[1..].trim_start().is_empty()
        && gap.len() > 1
        && previous.text.len() > 1;
    paragraph || stop
}

/// Prefixes English joins to a word by a hyphen ("re-education", "anti-Soviet",
/// "non-Catholic", "pan-Slavic"), longest first, so that a word ending in "pre" is read with
/// "pre", not the "re" it ends in.
pub const HYPHENATED_PREFIXES: &[&str] = &[
    "counter", "pseudo", "super", "ultra", "inter", "multi", "quasi", "trans", "anti", "self",
    "post", "semi", "pre", "non", "pro", "neo", "sub", "pan", "mid", "re", "de", "co", "ex", "un",
];

/// Whether `token` is an English name's generational suffix with its full stop ("Miklós
/// Jr.", "Sr."): the suffix, not a name part that lost letters (it had become Hungarian
/// "Jár").
pub fn is_a_generational_suffix(text: &str, token: &Token) -> bool {
    const SUFFIXES: &[&str] = &["Jnr", "Jr", "Snr", "Sr"];
    SUFFIXES.contains(&token.text) && text[token.end()..].starts_with('.')
}

/// An auxiliary verb with its negation contracted and its apostrophe lost ("werent",
/// "didnt"): a verb, which no possessive is followed by.
pub fn is_negated_auxiliary(word: &str) -> bool {
    word.strip_suffix("nt")
        .is_some_and(|stem| stem.len() >= 2 && is_function_word(stem))
}

/// The months' names, capitalised as English writes them.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Whether `word` is the name of a month.
pub fn is_a_month(word: &str) -> bool {
    MONTHS.contains(&word)
}

/// The possessive determiners, which stand where "the" does before a noun ("his essay",
/// "their workers").
pub const POSSESSIVE_DETERMINERS: &[&str] = &["her", "his", "its", "my", "our", "their", "your"];

/// The words English titles keep in lower case: articles, conjunctions and short
/// prepositions (`A Report on the Party and the Guests`, `Larks on a String`).
pub const TITLE_LOWER_CASE_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
    "or", "over", "the", "to", "upon", "with",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_letters_and_knows_fragments() {
        let found = tokens("people's T54 Stalins");
        let texts: Vec<_> = found.iter().map(|t| t.text).collect();
        assert_eq!(texts, ["people", "s", "T", "Stalins"]);
        assert!(found[0].is_fragment() && found[2].is_fragment());
        assert!(!found[3].is_fragment());
    }

    #[test]
    fn a_glued_word_splits_where_its_dash_goes() {
        let text = "the towns soundsthe bugle";
        let (split, origin) = split_at(text, &tokens(text), &[16], '\u{2014}');
        let texts: Vec<_> = split.iter().map(|t| t.text).collect();
        assert_eq!(texts, ["the", "towns", "sounds", "the", "bugle"]);
        assert_eq!(origin, [0, 1, 2, 2, 3]);
        assert_eq!(split[2].after, Some('\u{2014}'));
        assert_eq!(split[3].before, Some('\u{2014}'));
        assert!(!split[2].is_fragment() && !split[3].is_fragment());
    }

    #[test]
    fn function_words_are_sorted() {
        assert!(is_function_word("whether") && is_function_word("A") && is_function_word("its"));
        assert!(!is_function_word("revolution"));
        // The longest, in any case, and words longer than any.
        assert!(is_function_word("Although") && is_function_word("THROUGH"));
        assert!(!is_function_word("althoughs") && !is_function_word("ő"));
    }

    #[test]
    fn negated_auxiliaries_are_known_without_their_apostrophe() {
        assert!(is_negated_auxiliary("werent") && is_negated_auxiliary("didnt"));
        assert!(!is_negated_auxiliary("statement") && !is_negated_auxiliary("nt"));
    }
}
