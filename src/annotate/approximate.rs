//! The nearest approximate match of a quote in the text, for the "nearest match" a diagnostic
//! suggests: the substring with the fewest edits (Sellers' semi-global alignment, free start
//! and end in the text), found with Myers' bit-vector algorithm in Hyyrö's blocked form, so a
//! search costs one pass over the text with ⌈quote/64⌉ word operations per character instead of
//! a quote-length column of the dynamic programme. Only the one best end is then aligned
//! backwards, over a window of the quote's length, to find where the match starts.

use rustc_hash::FxHashMap;

/// The longest quote searched for approximately, in characters. Beyond it the search's one
/// backward alignment (quadratic in the quote) would cost more than a suggestion is worth, and
/// a quote of a thousand characters that does not match is better quoted shorter anyway.
pub const MAX_QUOTE_CHARS: usize = 1_000;

/// A match found: a byte range of the text and its cost in edits (before any snapping).
#[derive(Debug, PartialEq)]
pub struct Found {
    pub range: std::ops::Range<usize>,
    pub edits: usize,
}

/// What one search costs, in word operations: the text's characters times the quote's 64-bit
/// blocks. A budget of these bounds the approximate searches of one run.
pub fn cost(text: &str, quote_chars: usize) -> u64 {
    text.len() as u64 * quote_chars.div_ceil(64) as u64
}

/// The substring of `text` nearest to `pattern` with at most `limit` edits; the first such
/// place when several are equally near, extended while the cost stays the same (so a final
/// substituted letter, "Gero" for "Gerő", is not left out). `pattern` must not be empty nor
/// longer than `MAX_QUOTE_CHARS`.
pub fn search(text: &str, pattern: &[char], limit: usize) -> Option<Found> {
    debug_assert!(!pattern.is_empty() && pattern.len() <= MAX_QUOTE_CHARS);
    let (edits, end) = best_end(text, pattern, limit)?;
    let start = best_start(text, pattern, end, limit);
    Some(Found {
        range: start..end,
        edits,
    })
}

/// The pattern as bit vectors: for each character, the rows (pattern positions) where it is.
/// ASCII characters, most of any text, are looked up in a table, others in a map.
struct BitPattern {
    blocks: usize,
    /// `blocks` words for each ASCII character.
    ascii: Vec<u64>,
    other: FxHashMap<char, Vec<u64>>,
    none: Vec<u64>,
    /// The bit of the pattern's last row in the last block.
    last_row: u64,
}

impl BitPattern {
    fn new(pattern: &[char]) -> Self {
        let blocks = pattern.len().div_ceil(64);
        let mut ascii = vec![0; 128 * blocks];
        let mut other: FxHashMap<char, Vec<u64>> = FxHashMap::default();
        for (i, &c) in pattern.iter().enumerate() {
            let bit = 1 << (i % 64);
            if c.is_ascii() {
                ascii[c as usize * blocks + i / 64] |= bit;
            } else {
                other.entry(c).or_insert_with(|| vec![0; blocks])[i / 64] |= bit;
            }
        }
        BitPattern {
            blocks,
            ascii,
            other,
            none: vec![0; blocks],
            last_row: 1 << ((pattern.len() - 1) % 64),
        }
    }

    fn equal(&self, c: char) -> &[u64] {
        if c.is_ascii() {
            let at = c as usize * self.blocks;
            &self.ascii[at..at + self.blocks]
        } else {
            self.other.get(&c).map_or(&self.none, Vec::as_slice)
        }
    }
}

/// One column step of one 64-row block (edlib's `calculateBlock`): `pv`/`mv` hold the block's
/// vertical deltas (+1, -1), `hin` is the horizontal delta entering at its top. Returns the
/// block's horizontal deltas (+1 and -1 bits) before they are shifted down a row, and the
/// delta leaving at its bottom.
fn advance_block(pv: &mut u64, mv: &mut u64, equal: u64, hin: i32) -> (u64, u64, i32) {
    const HIGH: u64 = 1 << 63;
    let hin_negative = u64::from(hin < 0);
    let xv = equal | *mv;
    let equal = equal | hin_negative;
    let xh = ((equal & *pv).wrapping_add(*pv) ^ *pv) | equal;
    let ph = *mv | !(xh | *pv);
    let mh = *pv & xh;
    let hout = i32::from(ph & HIGH != 0) - i32::from(mh & HIGH != 0);
    let ph_down = (ph << 1) | u64::from(hin > 0);
    let mh_down = (mh << 1) | hin_negative;
    *pv = mh_down | !(xv | ph_down);
    *mv = ph_down & xv;
    (ph, mh, hout)
}

/// The cost and end (a byte offset of `text`) of the best alignment of the whole pattern with
/// some substring of the text, if it costs at most `limit`.
fn best_end(text: &str, pattern: &[char], limit: usize) -> Option<(usize, usize)> {
    let bits = BitPattern::new(pattern);
    let mut pv = vec![u64::MAX; bits.blocks];
    let mut mv = vec![0u64; bits.blocks];
    // The cost of the pattern against the empty text: every character inserted.
    let mut score = pattern.len();
    let mut best: Option<(usize, usize)> = None;
    let mut extending = false;
    for (offset, c) in text.char_indices() {
        let equal = bits.equal(c);
        // The text may start anywhere: row 0 costs nothing, so no delta enters the top.
        let mut hin = 0;
        let mut last = (0, 0);
        for block in 0..bits.blocks {
            let (ph, mh, hout) = advance_block(&mut pv[block], &mut mv[block], equal[block], hin);
            last = (ph, mh);
            hin = hout;
        }
        // The pattern's last row may sit inside the last block: read its delta there.
        if last.0 & bits.last_row != 0 {
            score += 1;
        } else if last.1 & bits.last_row != 0 {
            score -= 1;
        }
        let end = offset + c.len_utf8();
        match best {
            Some((edits, _)) if score == edits && extending => best = Some((edits, end)),
            Some((edits, _)) if score >= edits => extending = false,
            _ if score <= limit => {
                best = Some((score, end));
                extending = true;
            }
            _ => extending = false,
        }
    }
    best
}

/// Where the best alignment ending at `end` starts: the pattern aligned backwards from `end`
/// over at most its length plus `limit` characters; of equally good starts, the nearest.
fn best_start(text: &str, pattern: &[char], end: usize, limit: usize) -> usize {
    let m = pattern.len();
    // column[i]: the cost of the pattern's last i characters against the text read so far.
    let mut column: Vec<usize> = (0..=m).collect();
    let mut best = (column[m], end);
    for (taken, (offset, c)) in text[..end].char_indices().rev().enumerate() {
        if taken >= m + limit {
            break;
        }
        let mut diagonal = column[0];
        column[0] = taken + 1;
        for i in 1..=m {
            let substitute = diagonal + usize::from(pattern[m - i] != c);
            let value = substitute.min(column[i] + 1).min(column[i - 1] + 1);
            diagonal = column[i];
            column[i] = value;
        }
        if column[m] < best.0 {
            best = (column[m], offset);
        }
    }
    best.1
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain dynamic programme the bit vectors must agree with: the lowest cost of the
    /// pattern against any substring of the text.
    fn lowest_cost(text: &str, pattern: &[char]) -> usize {
        let mut column: Vec<usize> = (0..=pattern.len()).collect();
        let mut best = column[pattern.len()];
        for c in text.chars() {
            let mut diagonal = column[0];
            column[0] = 0;
            for i in 1..=pattern.len() {
                let value = (diagonal + usize::from(pattern[i - 1] != c))
                    .min(column[i] + 1)
                    .min(column[i - 1] + 1);
                diagonal = column[i];
                column[i] = value;
            }
            best = best.min(column[pattern.len()]);
        }
        best
    }

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn finds_the_nearest_words() {
        let text = "He was replaced with Ernő Gerő in July.";
        let found = search(text, &chars("Erno Gero"), 4).unwrap();
        assert_eq!(&text[found.range], "Ernő Gerő");
        assert_eq!(found.edits, 2);
        assert_eq!(search(text, &chars("completely different"), 8), None);
    }

    #[test]
    fn agrees_with_the_dynamic_programme_across_blocks() {
        // Patterns of 1 to 200 characters (up to four blocks) against a text with near copies.
        let base: String = (0..400)
            .map(|i| char::from(b'a' + ((i * 7 + i / 13) % 26) as u8))
            .collect();
        let text = format!("{}xő{}", &base[..150], &base[100..]);
        for len in [1, 2, 63, 64, 65, 127, 128, 129, 200] {
            for start in [0, 37, 120] {
                let mut pattern = chars(&base[start..start + len]);
                if len > 3 {
                    pattern[len / 2] = 'ő';
                    pattern.remove(1);
                }
                let expected = lowest_cost(&text, &pattern);
                let found = search(&text, &pattern, pattern.len()).unwrap();
                assert_eq!(found.edits, expected, "len {len} start {start}");
                let matched: String = text[found.range.clone()].to_string();
                assert_eq!(
                    crate::text::levenshtein(&pattern, &matched),
                    expected,
                    "len {len} start {start}: {matched}"
                );
            }
        }
    }
}
