//! Words deleted whole: a name in another script (Greek, Cyrillic) loses every letter, and
//! leaves only the brackets and spaces around it ("Ypsilantis ( )", "the Filiki Eteria ( ,
//! the Society of Friends)", "the   (Sacred Band)"). Listed, never repaired: nothing is left
//! to restore, but the editor must know that words are missing there.

use super::{Outcome, RawSuspect, Sign};

/// The places of `text` where a bracket was left with no word in it, or after a run of spaces
/// that followed a word.
pub fn listed(text: &str) -> Outcome {
    let mut outcome = Outcome::default();
    for (at, _) in text.match_indices('(') {
        if let Some(place) = empty_bracket(text, at).or_else(|| spaces_before(text, at)) {
            outcome.suspects.push(RawSuspect {
                offset: place.start,
                text: text[place].to_string(),
                candidates: Vec::new(),
                reason: "a bracket with no word in it, or spaces where words stood: words in \
                         another script (Greek, Cyrillic) deleted whole?"
                    .into(),
                sign: Sign::LostCharacter,
            });
        }
    }
    outcome
}

/// "( )", "( , the Society": an opening bracket, spaces, then its closing bracket or a comma
/// or semicolon, which no clean text writes.
fn empty_bracket(text: &str, at: usize) -> Option<std::ops::Range<usize>> {
    let rest = &text[at + 1..];
    let spaces = rest.len() - rest.trim_start_matches(' ').len();
    let next = rest[spaces..].chars().next()?;
    (spaces > 0 && matches!(next, ')' | ',' | ';')).then(|| at..at + 1 + spaces + 1)
}

/// "the   (Sacred Band)": two spaces or more between a word and an opening bracket, where
/// the words between them were deleted (a typist's two spaces come after a sentence's end).
fn spaces_before(text: &str, at: usize) -> Option<std::ops::Range<usize>> {
    let before = &text[..at];
    let kept = before.trim_end_matches(' ');
    let spaces = before.len() - kept.len();
    let after_a_word = kept.chars().next_back().is_some_and(char::is_alphanumeric);
    (spaces >= 2 && after_a_word).then(|| kept.len()..at + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(text: &str) -> Vec<String> {
        listed(text).suspects.into_iter().map(|s| s.text).collect()
    }

    #[test]
    fn brackets_left_empty_are_listed() {
        assert_eq!(places("Ypsilantis ( ), the son"), ["( )"]);
        assert_eq!(places("the Eteria ( , the Society)"), ["( ,"]);
        assert_eq!(places("of the   (Sacred Band) died"), ["   ("]);
    }

    #[test]
    fn brackets_with_words_are_not() {
        assert!(places("the Eteria (the Society), and ()").is_empty());
        assert!(places("It ended.  (He left.) A (b) c").is_empty());
    }
}
