//! Margin kerning (protrusion, pdfTeX's `\pdfprotrudechars`): punctuation at the edge of a
//! justified line hangs partly into the margin. A full stop, comma or hyphen is mostly white
//! space inside its advance, so a column whose lines end in them looks ragged by that white,
//! although every advance ends exactly on the measure. Hanging each mark by about the white
//! it carries makes the edge the eye sees straight. The line breaker counts the hang as room
//! on the line, and the line is drawn from the left hang's offset.
//!
//! The shares below are this module's own, chosen by the ink each mark has in a book face
//! such as Vollkorn (a small mark hangs most of its advance, a long one little of it, since a
//! dash hanging by half its length reads as sticking out); they are of the glyph's advance,
//! so they scale with any font. Letters do not hang: their shapes differ too much from face to
//! face for one table to fit them.

use super::items::Run;

/// How much of a character's advance hangs into the left margin when it starts a line.
fn left_share(c: char) -> f64 {
    match c {
        // Opening quotation marks: a comma-sized mark high on the line, white below it.
        '‘' | '‚' | '\'' => 0.6,
        '“' | '„' | '"' | '«' | '‹' => 0.5,
        // A dash opening a line of dialogue or a parenthesis.
        '–' => 0.3,
        '—' => 0.2,
        '(' | '[' => 0.1,
        _ => 0.0,
    }
}

/// How much of a character's advance hangs into the right margin when it ends a line.
fn right_share(c: char) -> f64 {
    match c {
        // The smallest marks: nearly all of their advance is white.
        '.' | ',' => 0.6,
        // The hyphen of a broken word or a compound.
        '-' | '\u{2010}' | '\u{2011}' | '\u{ad}' => 0.6,
        '’' | '\'' => 0.6,
        '”' | '"' | '»' | '›' => 0.5,
        // Taller marks with more ink.
        ':' | ';' => 0.4,
        '–' => 0.3,
        '…' => 0.3,
        '—' => 0.2,
        '!' | '?' => 0.2,
        ')' | ']' => 0.1,
        _ => 0.0,
    }
}

/// Points by which `run`'s first glyph hangs into the left margin at a line's start.
pub fn left(run: &Run) -> f64 {
    let glyphs = &run.shaped.glyphs[run.glyphs.clone()];
    let Some(first) = glyphs.first() else {
        return 0.0;
    };
    let share = first
        .text
        .as_deref()
        .and_then(|t| t.chars().next())
        .map_or(0.0, left_share);
    share * first.advance * run.size
}

/// Points by which `run`'s last glyph hangs into the right margin at a line's end. The last
/// glyph of a ligature or cluster carries no text; the cluster's own text says what it is.
pub fn right(run: &Run) -> f64 {
    let glyphs = &run.shaped.glyphs[run.glyphs.clone()];
    let Some(last) = glyphs.last() else {
        return 0.0;
    };
    let share = glyphs
        .iter()
        .rev()
        .find_map(|g| g.text.as_deref())
        .and_then(|t| t.chars().next_back())
        .map_or(0.0, right_share);
    share * last.advance * run.size
}

#[cfg(test)]
mod tests {
    use super::{left_share, right_share};

    #[test]
    fn small_marks_hang_more_than_long_ones_and_letters_not_at_all() {
        assert!(right_share('.') > right_share('–'));
        assert!(right_share('–') > right_share('—'));
        assert!(left_share('“') > left_share('—'));
        assert_eq!(right_share('a'), 0.0);
        assert_eq!(left_share('A'), 0.0);
        assert_eq!(left_share('.'), 0.0);
    }
}
