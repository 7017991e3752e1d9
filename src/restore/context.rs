//! What the rules that read a word in its context look at: the words around an occurrence,
//! and the text's facts they share (its leading language, the dictionaries).

use rustc_hash::FxHashSet;

use super::dictionary::Dictionary;
use super::hunspell::Dictionaries;
use super::tokens::Token;

/// The words on either side of an occurrence.
#[derive(Clone, Copy)]
pub(super) struct Around<'t, 'a> {
    pub(super) previous: Option<&'t Token<'a>>,
    /// The words after it, the next one first.
    pub(super) following: &'t [Token<'a>],
    /// Whether the previous word's letters are repaired, by its own verdict or by its
    /// context's ("Ern", a word some dictionary knows, is Ernő inside a Hungarian sentence),
    /// and not as a possessive: a name after a possessive is another one ("Ceaușescu’s
    /// Romania").
    pub(super) previous_repaired: bool,
    /// The previous word's spelling as repaired, when its letters are (not as a possessive),
    /// else as written: what a rule reads it as ("udovt" is Ľudovít).
    pub(super) previous_spelling: Option<&'t str>,
}

impl<'t, 'a> Around<'t, 'a> {
    pub(super) fn next(&self) -> Option<&'t Token<'a>> {
        self.following.first()
    }
}

/// What the rules look at around a word, beyond the word itself.
pub(super) struct Context<'a> {
    pub(super) text: &'a str,
    /// The language most of the text's repairs are in (`hu`), if one leads.
    pub(super) leading: Option<String>,
    pub(super) dictionary: &'a Dictionary,
    pub(super) dictionaries: &'a Dictionaries,
    /// The text's lower-case words in no English list that a dictionary accepts as written:
    /// words of another language, or words that lost letters and read as one ("zelen").
    pub(super) foreign_as_written: FxHashSet<&'a str>,
    /// The words that stand one space after a name somewhere in the text (a capitalised word
    /// English has in lower case is none: "Its", "The"): a surname after its given name.
    pub(super) after_a_name: FxHashSet<&'a str>,
}
