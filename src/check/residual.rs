//! Residual damage: words of the manuscript that still look damaged, found by running restore's
//! deletion rules over the manuscript's text (what restore would repair now is what the editor
//! missed: "Hungarys", "didnt", glued words, a name the lexicon knows with its accents), plus
//! straight quotation marks where the house style is curly and doubled spaces, and words in no
//! dictionary that the Hunspell dictionaries can explain as damage, or that no dictionary
//! explains at all. Codes C010–C014.

use crate::diag::{Diagnostic, Diagnostics};
use crate::restore::{deleted, Lexicon, RawSuspect, RestoreOptions};

use crate::compare::MappedText;

/// Reports the damage left in `manuscript` that restore, with `lexicon` and `options`, would
/// still repair or list.
pub fn unrepaired_damage(
    manuscript: &MappedText,
    lexicon: &Lexicon,
    options: &RestoreOptions,
    diags: &mut Diagnostics,
) {
    let outcome = deleted::repair(&manuscript.text, lexicon, options);
    let text = &manuscript.text;
    for proposal in &outcome.proposals {
        let (word, after) = proposal.word_in(text);
        let before = &text[word.clone()];
        diags.push(
            Diagnostic::warning(
                "C010",
                format!("“{before}” looks damaged: restore would make it “{after}”"),
            )
            .with_span(manuscript.span(word))
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
            .with_span(manuscript.span(span))
            .with_hint(format!(
                "{}; if the word is meant as it is, add it to the lexicon's `keep` list",
                suspect.reason
            )),
        );
    }
    if !options.dictionaries.is_empty() {
        unknown_words(manuscript, &outcome.suspects, diags);
    }
    for (at, c) in manuscript
        .text
        .char_indices()
        .filter(|&(_, c)| c == '"' || c == '\'')
    {
        diags.push(
            Diagnostic::warning("C011", format!("a straight {} where the style is curly", if c == '"' { "quotation mark" } else { "apostrophe" }))
                .with_span(manuscript.span(at..at + 1))
                .with_hint("Markdown's smart punctuation curls quotes next to letters; write “ ” ‘ ’ when it cannot tell"),
        );
    }
    for (at, _) in manuscript.text.match_indices("  ") {
        if manuscript.text[..at].ends_with(' ') {
            continue; // one finding per run of spaces
        }
        diags.push(
            Diagnostic::warning("C012", "two spaces between words")
                .with_span(manuscript.span(at..at + 2))
                .with_hint("where a dash or an ellipsis was deleted from the source it often leaves two spaces: put it back (— or …); otherwise one space is enough"),
        );
    }
}

/// Words in no loaded dictionary and no lexicon that could have lost letters, with no
/// candidate any dictionary knows (C014): restore listed them ("Nichidorf", "Timioara"), and
/// an editor who trusts check must not pass them unread. Only where edition.toml names the
/// dictionaries (`[restore] languages`): they are what makes "in no dictionary" mean
/// something beyond English, and an edition that names none is one restore found no foreign
/// words in.
fn unknown_words(manuscript: &MappedText, suspects: &[RawSuspect], diags: &mut Diagnostics) {
    for suspect in suspects
        .iter()
        .filter(|s| s.is_unknown_word() && s.candidates.is_empty())
    {
        let span = suspect.offset..suspect.offset + suspect.text.len();
        diags.push(
            Diagnostic::warning(
                "C014",
                format!(
                    "“{}” is in no dictionary or lexicon and may have lost letters; no \
                     dictionary knows a spelling it could have been",
                    suspect.text
                ),
            )
            .with_span(manuscript.span(span))
            .with_hint(
                "write the word as it should be, or, if it is meant as it is (a rare name), add \
                 it to the lexicon's `keep` list",
            ),
        );
    }
}
