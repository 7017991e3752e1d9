//! Residual damage: words of the manuscript that still look damaged, found by running restore's
//! deletion rules over the manuscript's text (what restore would repair now is what the editor
//! missed: "Hungarys", "didnt", glued words, a name the lexicon knows with its accents), plus
//! straight quotation marks where the house style is curly and doubled spaces, and words in no
//! dictionary that the Hunspell dictionaries can explain as damage, or that no dictionary
//! explains at all. Codes C010–C014. The same findings over edition.toml's titles and names,
//! which the outputs print as they are.

use crate::diag::{Diagnostic, Diagnostics};
use crate::restore::{deleted, Lexicon, RawSuspect, RestoreOptions};

use crate::compare::MappedText;

/// How a straight quotation mark is mended in the manuscript, whose smart punctuation curls
/// the ones it can place.
const MANUSCRIPT_QUOTES: &str =
    "Markdown's smart punctuation curls quotes next to letters; write “ ” ‘ ’ when it cannot tell";

/// How a straight quotation mark is mended in edition.toml, whose values are printed as
/// written.
const EDITION_QUOTES: &str =
    "edition.toml's titles and names are printed as written: write “ ” ‘ ’ (’ for an apostrophe)";

/// Reports the damage left in `manuscript` that restore, with `lexicon` and `options`, would
/// still repair or list.
pub fn unrepaired_damage(
    manuscript: &MappedText,
    lexicon: &Lexicon,
    options: &RestoreOptions,
    diags: &mut Diagnostics,
) {
    residual_damage(manuscript, lexicon, options, MANUSCRIPT_QUOTES, diags);
}

/// Reports the same damage in edition.toml's values that readers read (`values`, one line
/// each: see `config::text_values`): a damaged title copied there stays on the title page
/// and in the ebook's metadata after the manuscript is mended.
pub fn damaged_metadata(
    values: &MappedText,
    lexicon: &Lexicon,
    options: &RestoreOptions,
    diags: &mut Diagnostics,
) {
    residual_damage(values, lexicon, options, EDITION_QUOTES, diags);
}

/// The findings of both: `checked` is what restore's rules run over, `quotes_hint` how a
/// straight quotation mark in it is made curly.
fn residual_damage(
    checked: &MappedText,
    lexicon: &Lexicon,
    options: &RestoreOptions,
    quotes_hint: &str,
    diags: &mut Diagnostics,
) {
    let outcome = deleted::repair(&checked.text, lexicon, options);
    let text = &checked.text;
    for proposal in &outcome.proposals {
        let (word, after) = proposal.word_in(text);
        let before = &text[word.clone()];
        diags.push(
            Diagnostic::warning(
                "C010",
                format!("“{before}” looks damaged: restore would make it “{after}”"),
            )
            .with_span(checked.span(word))
            .with_hint(format!("{} ({})", proposal.evidence, proposal.rule)),
        );
    }
    for suspect in outcome
        .suspects
        .iter()
        .filter(|s| s.may_have_lost_letters())
    {
        let span = suspect.offset..suspect.offset + suspect.text.len();
        diags.push(
            Diagnostic::warning(
                "C013",
                format!(
                    "“{}” is in no dictionary and may have lost letters: {}?",
                    suspect.text,
                    suspect.candidates.join(", ")
                ),
            )
            .with_span(checked.span(span))
            .with_hint(format!(
                "{}; if the word is meant as it is, add it to the lexicon's `keep` list",
                suspect.reason
            )),
        );
    }
    if !options.dictionaries.is_empty() {
        unknown_words(checked, &outcome.suspects, diags);
    }
    for (at, c) in checked
        .text
        .char_indices()
        .filter(|&(_, c)| c == '"' || c == '\'')
    {
        diags.push(
            Diagnostic::warning(
                "C011",
                format!(
                    "a straight {} where the style is curly",
                    if c == '"' {
                        "quotation mark"
                    } else {
                        "apostrophe"
                    }
                ),
            )
            .with_span(checked.span(at..at + 1))
            .with_hint(quotes_hint),
        );
    }
    for (at, _) in checked.text.match_indices("  ") {
        if checked.text[..at].ends_with(' ') {
            continue; // one finding per run of spaces
        }
        diags.push(
            Diagnostic::warning("C012", "two spaces between words")
                .with_span(checked.span(at..at + 2))
                .with_hint("where a dash or an ellipsis was deleted from the source it often leaves two spaces: put it back (— or …); otherwise one space is enough"),
        );
    }
}

/// Words in no loaded dictionary and no lexicon that could have lost letters, with no
/// candidate any dictionary knows, or none but the word with an apostrophe ("risings":
/// rising’s) (C014): restore listed them ("Nichidorf", "Timioara"), and
/// an editor who trusts check must not pass them unread. Only with dictionaries (edition.toml's
/// `[restore] languages`, or those the restore report records): they are what makes "in no
/// dictionary" mean something beyond English, and an edition with none is one restore found
/// no foreign words in.
fn unknown_words(checked: &MappedText, suspects: &[RawSuspect], diags: &mut Diagnostics) {
    for suspect in suspects
        .iter()
        .filter(|s| s.is_unknown_word() && !s.may_have_lost_letters())
    {
        let span = suspect.offset..suspect.offset + suspect.text.len();
        let lost = match suspect.candidates.first() {
            Some(with_apostrophe) => format!("may have lost an apostrophe: “{with_apostrophe}”?"),
            None => "may have lost letters; no dictionary knows a spelling it could have been"
                .to_string(),
        };
        diags.push(
            Diagnostic::warning(
                "C014",
                format!(
                    "“{}” is in no dictionary or lexicon and {lost}",
                    suspect.text
                ),
            )
            .with_span(checked.span(span))
            .with_hint(
                "write the word as it should be, or, if it is meant as it is (a rare name), add \
                 it to the lexicon's `keep` list",
            ),
        );
    }
}
