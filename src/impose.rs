//! Imposition (stage 5, handouts): which page of the print edition goes where on which side of
//! which sheet, as a pure function of the page count. `export::handout` draws the sides this
//! module lists; nothing here knows about PDF.

/// How the pages are arranged on the sheets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A saddle-stitched booklet: the sheets, printed on both sides, stacked, folded once in
    /// the middle and stapled through the fold, read as a book.
    Booklet,
    /// Pages in reading order, two to a side; the sheets are read unfolded.
    TwoUp,
}

/// One side of a sheet: the page index (0-based) in each half, `None` for a blank half.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Side {
    pub left: Option<usize>,
    pub right: Option<usize>,
    /// The sheet this side is printed on, counted from the outside of the folded booklet
    /// (0 is the cover sheet); in 2-up mode, simply the sheet number.
    pub sheet: usize,
}

/// The sides to print, in printing order (front of sheet 1, back of sheet 1, front of sheet 2,
/// ...), for `pages` pages.
pub fn impose(mode: Mode, pages: usize) -> Vec<Side> {
    match mode {
        Mode::Booklet => booklet(pages),
        Mode::TwoUp => two_up(pages),
    }
}

/// Saddle-stitch order. With the page count rounded up to a multiple of four (`m`, the added
/// pages blank at the end, where a reader expects empty pages), sheet `s` carries pages
/// `m-1-2s | 2s` on its front and `2s+1 | m-2-2s` on its back: the front of the outer sheet
/// shows the back cover and the cover side by side, and turning the sheet over about its short
/// edge brings page 2 to the left, behind page 1.
fn booklet(pages: usize) -> Vec<Side> {
    let m = pages.div_ceil(4) * 4;
    let page = |i: usize| (i < pages).then_some(i);
    (0..m / 4)
        .flat_map(|s| {
            [
                Side {
                    left: page(m - 1 - 2 * s),
                    right: page(2 * s),
                    sheet: s,
                },
                Side {
                    left: page(2 * s + 1),
                    right: page(m - 2 - 2 * s),
                    sheet: s,
                },
            ]
        })
        .collect()
}

/// Reading order, two pages a side; an odd last page has a blank beside it.
fn two_up(pages: usize) -> Vec<Side> {
    (0..pages.div_ceil(2))
        .map(|n| Side {
            left: Some(2 * n),
            right: (2 * n + 1 < pages).then_some(2 * n + 1),
            sheet: n / 2,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Sides as 1-based page numbers, 0 for a blank half.
    fn numbers(mode: Mode, pages: usize) -> Vec<(usize, usize)> {
        impose(mode, pages)
            .iter()
            .map(|s| (s.left.map_or(0, |p| p + 1), s.right.map_or(0, |p| p + 1)))
            .collect()
    }

    #[test]
    fn booklet_of_one_page_is_one_sheet_with_three_blanks() {
        assert_eq!(numbers(Mode::Booklet, 1), [(0, 1), (0, 0)]);
    }

    #[test]
    fn booklet_of_four_pages() {
        assert_eq!(numbers(Mode::Booklet, 4), [(4, 1), (2, 3)]);
    }

    #[test]
    fn booklet_of_five_pages_fills_two_sheets() {
        assert_eq!(numbers(Mode::Booklet, 5), [(0, 1), (2, 0), (0, 3), (4, 5)]);
    }

    #[test]
    fn booklet_of_eight_pages() {
        assert_eq!(numbers(Mode::Booklet, 8), [(8, 1), (2, 7), (6, 3), (4, 5)]);
    }

    #[test]
    fn booklet_of_thirteen_pages() {
        assert_eq!(
            numbers(Mode::Booklet, 13),
            [
                (0, 1),
                (2, 0),
                (0, 3),
                (4, 13),
                (12, 5),
                (6, 11),
                (10, 7),
                (8, 9)
            ]
        );
    }

    #[test]
    fn two_up_keeps_reading_order() {
        assert_eq!(numbers(Mode::TwoUp, 1), [(1, 0)]);
        assert_eq!(numbers(Mode::TwoUp, 4), [(1, 2), (3, 4)]);
        assert_eq!(numbers(Mode::TwoUp, 5), [(1, 2), (3, 4), (5, 0)]);
        assert_eq!(numbers(Mode::TwoUp, 8), [(1, 2), (3, 4), (5, 6), (7, 8)]);
        assert_eq!(numbers(Mode::TwoUp, 13).len(), 7);
        assert_eq!(numbers(Mode::TwoUp, 13)[6], (13, 0));
    }

    #[test]
    fn every_page_appears_once_and_sheets_fold_in_order() {
        for pages in 1..=40 {
            for mode in [Mode::Booklet, Mode::TwoUp] {
                let sides = impose(mode, pages);
                let mut seen: Vec<usize> = sides
                    .iter()
                    .flat_map(|s| [s.left, s.right])
                    .flatten()
                    .collect();
                seen.sort_unstable();
                assert_eq!(seen, (0..pages).collect::<Vec<_>>(), "{mode:?} {pages}");
            }
            // Folded, the halves of a booklet sheet face each other across the spine: the
            // pages on one side always add up to m - 1.
            let m = pages.div_ceil(4) * 4;
            for (n, side) in booklet(pages).iter().enumerate() {
                assert_eq!(side.sheet, n / 2);
                let s = side.sheet;
                let (l, r) = if n % 2 == 0 {
                    (m - 1 - 2 * s, 2 * s)
                } else {
                    (2 * s + 1, m - 2 - 2 * s)
                };
                assert_eq!(l + r, m - 1);
                assert_eq!(side.left, (l < pages).then_some(l));
                assert_eq!(side.right, (r < pages).then_some(r));
            }
        }
    }
}
