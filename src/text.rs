//! Small text helpers shared by several stages: diacritic folding and typographic
//! normalisation (curly to straight quotes, dashes), used for ids, anchoring and comparison;
//! counts with their nouns in the right number; excerpts of long lines.

use unicode_normalization::UnicodeNormalization;

/// The base letter of an accented Latin letter (`ő` -> `o`), or the character itself.
pub fn fold_diacritic(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    c.nfd()
        .next()
        .filter(char::is_ascii_alphabetic)
        .unwrap_or(c)
}

/// The ASCII letter an accented letter is written as when software flattens accents (`á`
/// -> `a`, `ő` -> `o`, `ł` -> `l`), if there is one.
pub fn fold_letter(c: char) -> Option<char> {
    match c {
        'ł' => Some('l'),
        'Ł' => Some('L'),
        'đ' => Some('d'),
        'Đ' => Some('D'),
        'ø' => Some('o'),
        'Ø' => Some('O'),
        _ => Some(fold_diacritic(c)).filter(char::is_ascii),
    }
}

/// The single character a base letter and a combining mark compose to (`o` + U+030B -> `ő`).
pub fn compose(base: char, mark: char) -> Option<char> {
    let mut composed = [base, mark].into_iter().nfc();
    let c = composed.next()?;
    composed.next().is_none().then_some(c)
}

/// Maps typographic variants to one form so that `don't` matches `don’t` and `--` matches `–`.
pub fn normalize_typography(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{2032}' | '`' | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}'
        | '\u{2212}' => '-',
        '\u{00A0}' | '\u{2009}' | '\u{202F}' | '\u{2002}' | '\u{2003}' => ' ',
        _ => c,
    }
}

/// Byte ranges of the whitespace-separated words of `text` (what `split_whitespace` yields,
/// with positions, so findings can point back into the text).
pub fn word_spans(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut start = None;
    text.char_indices()
        .chain(std::iter::once((text.len(), ' ')))
        .filter_map(move |(i, c)| match (c.is_whitespace(), start) {
            (false, None) => {
                start = Some(i);
                None
            }
            (true, Some(s)) => {
                start = None;
                Some(s..i)
            }
            _ => None,
        })
}

/// A count with its noun in the right number: `counted(1, "note", "notes")` is "1 note".
pub fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The edit distance (insertions, deletions, substitutions of characters) between `a` and `b`;
/// `a` comes as characters because callers compare one pattern with many texts.
pub fn levenshtein(a: &[char], b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let value = (diagonal + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diagonal = row[j + 1];
            row[j + 1] = value;
        }
    }
    row[b.len()]
}

/// At most `radius` characters of `line` on each side of character `at`, with "…" where the
/// line was cut; and the character column where `at` lands in the excerpt.
pub fn window(line: &str, at: usize, radius: usize) -> (String, usize) {
    // Only the excerpt is collected: a diagnostic on a line of a megabyte must not copy it.
    let at = at.min(line.chars().count());
    let start = at.saturating_sub(radius);
    let mut chars = line.chars().skip(start);
    let mut out: String = chars.by_ref().take(at + radius - start).collect();
    let mut column = at - start;
    if start > 0 {
        out.insert(0, '…');
        column += 1;
    }
    if chars.next().is_some() {
        out.push('…');
    }
    (out, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_hungarian_letters() {
        let folded: String = "Lőrinc Szabó Városliget"
            .chars()
            .map(fold_diacritic)
            .collect();
        assert_eq!(folded, "Lorinc Szabo Varosliget");
    }

    #[test]
    fn word_spans_match_split_whitespace() {
        let text = "  Ernő  Gerő\nspoke. ";
        let words: Vec<&str> = word_spans(text).map(|r| &text[r]).collect();
        assert_eq!(words, text.split_whitespace().collect::<Vec<_>>());
    }

    #[test]
    fn normalizes_quotes_and_dashes() {
        let n: String = "“don’t” — x".chars().map(normalize_typography).collect();
        assert_eq!(n, "\"don't\" - x");
    }

    #[test]
    fn counts_take_the_right_number() {
        assert_eq!(counted(1, "emendation", "emendations"), "1 emendation");
        assert_eq!(counted(0, "emendation", "emendations"), "0 emendations");
        assert_eq!(counted(2, "ellipsis", "ellipses"), "2 ellipses");
    }

    #[test]
    fn a_window_marks_its_cuts_and_keeps_the_column() {
        let line = "abcdefghij";
        assert_eq!(window(line, 5, 2), ("…defg…".to_string(), 3));
        assert_eq!(window(line, 1, 2), ("abc…".to_string(), 1));
        assert_eq!(window(line, 9, 20), (line.to_string(), 9));
        assert_eq!(window("ő", 0, 1), ("ő".to_string(), 0));
    }
}
