//! Pages from the vertical list (typesetting, stage 5): fills each page's text block with
//! lines, breaking only where `compose` allows (so widows, orphans and lone headings are
//! avoided), puts each footnote at the foot of the page of its reference, and continues a
//! note that does not fit on the next page, as TeX splits an insertion.

use std::collections::VecDeque;

use super::compose::{VItem, VLine};

/// The text block and the spacing pagination needs, in points.
#[derive(Debug, Clone)]
pub struct Frame {
    /// Height of the text block.
    pub height: f64,
    /// Distance from the top of the block to the first baseline (TeX's `\topskip`).
    pub top_skip: f64,
    /// The body's baseline-to-baseline distance, what a page's shortfall is counted in.
    pub leading: f64,
    /// Space above the first note line, holding the short rule (TeX's `\skip\footins`).
    pub note_skip: f64,
    /// The most of a page that notes carried over from earlier pages may take, so that the
    /// text that referenced them keeps moving.
    pub max_carried: f64,
}

/// Where the note rule sits in the note skip, from the last text baseline: three quarters
/// down, about midway between the text's descenders (a quarter em under its baseline) and the
/// capitals of the first note.
const RULE_DEPTH: f64 = 0.75;

/// A finished page: lines with the distance of their baselines from the top of the block.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageOut {
    pub body: Vec<(f64, VLine)>,
    pub notes: Vec<(f64, VLine)>,
    /// Baseline offset of the note rule, if the page has notes.
    pub rule: Option<f64>,
}

struct PageState<'g> {
    geo: &'g Frame,
    body: Vec<(f64, VLine)>,
    /// Baseline of the last body line placed.
    used: f64,
    notes: Vec<VLine>,
}

impl<'g> PageState<'g> {
    fn new(geo: &'g Frame) -> Self {
        PageState {
            geo,
            body: Vec::new(),
            used: 0.0,
            notes: Vec::new(),
        }
    }

    fn notes_height(&self, extra: &[&VLine]) -> f64 {
        let lines: f64 = self
            .notes
            .iter()
            .chain(extra.iter().copied())
            .map(|l| l.leading)
            .sum();
        if lines > 0.0 {
            self.geo.note_skip + lines
        } else {
            0.0
        }
    }

    /// Baseline of the last line if `lines` (with the spaces before them) were added.
    fn body_after(&self, pending_space: f64, lines: &[&VLine]) -> f64 {
        let mut used = self.used;
        for (i, line) in lines.iter().enumerate() {
            used = if self.body.is_empty() && i == 0 {
                self.geo.top_skip
            } else if i == 0 {
                used + pending_space + line.leading
            } else {
                used + line.leading
            };
        }
        used
    }

    /// The height left on the page under its text and notes.
    fn space_left(&self) -> f64 {
        self.geo.height - self.used - self.notes_height(&[])
    }

    fn place(&mut self, pending_space: f64, lines: Vec<VLine>) {
        for (i, line) in lines.into_iter().enumerate() {
            self.used = if self.body.is_empty() {
                self.geo.top_skip
            } else if i == 0 {
                self.used + pending_space + line.leading
            } else {
                self.used + line.leading
            };
            self.body.push((self.used, line));
        }
    }

    /// The page with its notes right under the text: the space above the note rule is the
    /// same on every page, and what the page falls short of its block goes to the foot, below
    /// the notes (issue 15: the rule had 7 to 44 pt above it when notes sat on the foot).
    fn finish(self) -> PageOut {
        let height = self.notes_height(&[]);
        let top = self.used;
        let mut notes = Vec::new();
        let mut y = top + self.geo.note_skip;
        for line in self.notes {
            y += line.leading;
            notes.push((y, line));
        }
        PageOut {
            rule: (height > 0.0).then_some(top + self.geo.note_skip * RULE_DEPTH),
            body: self.body,
            notes,
        }
    }
}

/// Lays out the vertical list. `note_lines(n)` gives the set lines of footnote `n`; it is
/// asked once per note.
pub fn paginate(
    list: Vec<VItem>,
    note_lines: &mut dyn FnMut(usize) -> Vec<VLine>,
    geo: &Frame,
) -> Vec<PageOut> {
    let mut pages = Vec::new();
    let mut page = PageState::new(geo);
    let mut carry: VecDeque<VLine> = VecDeque::new();
    let mut placed_notes = std::collections::BTreeSet::new();

    for (space, chunk) in chunks(list) {
        let mut new_notes: Vec<VLine> = Vec::new();
        for line in &chunk {
            for &n in &line.notes {
                if placed_notes.insert(n) {
                    new_notes.extend(note_lines(n));
                }
            }
        }
        loop {
            let refs: Vec<&VLine> = chunk.iter().collect();
            let body = page.body_after(space, &refs);
            let note_refs: Vec<&VLine> = new_notes.iter().collect();
            if body + page.notes_height(&note_refs) <= geo.height + 1e-6 {
                page.place(space, chunk);
                page.notes.append(&mut new_notes);
                break;
            }
            // Split the new notes: as many lines as fit here (at least one), the rest later.
            let fitting = (0..=new_notes.len())
                .rev()
                .find(|&k| body + page.notes_height(&note_refs[..k]) <= geo.height + 1e-6)
                .unwrap_or(0);
            let fitting = note_split(&note_refs[..fitting], page.space_left(), geo);
            if fitting > 0 && carry.is_empty() {
                page.place(space, chunk);
                let rest = new_notes.split_off(fitting);
                page.notes.append(&mut new_notes);
                carry.extend(rest);
                break;
            }
            if page.body.is_empty() {
                // Too tall for any page: set it line by line, breaking where it must.
                place_line_by_line(chunk, new_notes, &mut page, &mut pages, &mut carry, geo);
                break;
            }
            pages.push(std::mem::replace(&mut page, PageState::new(geo)).finish());
            start_page(&mut page, &mut carry, geo);
        }
    }
    while !carry.is_empty() {
        if !page.body.is_empty() || !page.notes.is_empty() {
            pages.push(std::mem::replace(&mut page, PageState::new(geo)).finish());
        }
        start_page(&mut page, &mut carry, geo);
        if page.notes.is_empty() {
            // A single note line taller than a page cannot occur with sane settings; never
            // loop forever on one.
            page.notes.extend(carry.pop_front());
        }
    }
    if !page.body.is_empty() || !page.notes.is_empty() || pages.is_empty() {
        pages.push(page.finish());
    }
    pages
}

/// How many of a note's first `lines` (those that fit) stay on this page. Only where the
/// note's lines allow a break, as the text's do: no single line left on either side, no word
/// broken across the turn. Where no place does, the text that refers to the note goes to the
/// next page with it (0) if that leaves this page at most `MAX_SHORTFALL` lines short; else the
/// note is split where it must be, but never inside a word: if every place is, the text goes.
fn note_split(lines: &[&VLine], space_left: f64, geo: &Frame) -> usize {
    let allowed = (1..=lines.len()).rev().find(|&k| lines[k - 1].break_after);
    if let Some(k) = allowed {
        return k;
    }
    if space_left <= MAX_SHORTFALL * geo.leading {
        return 0;
    }
    (1..=lines.len())
        .rev()
        .find(|&k| !lines[k - 1].line.hyphenated)
        .unwrap_or(0)
}

/// A page may end this many lines short rather than split a note against the rules: two
/// lines at the foot read as the end of a section; more look like a mistake.
const MAX_SHORTFALL: f64 = 2.0;

/// Puts notes carried over from the last page at the foot of a new one, up to the limit.
fn start_page(page: &mut PageState<'_>, carry: &mut VecDeque<VLine>, geo: &Frame) {
    while let Some(line) = carry.front() {
        if page.notes_height(&[line]) > geo.max_carried && !page.notes.is_empty() {
            break;
        }
        page.notes.extend(carry.pop_front());
    }
}

fn place_line_by_line<'g>(
    chunk: Vec<VLine>,
    mut notes: Vec<VLine>,
    page: &mut PageState<'g>,
    pages: &mut Vec<PageOut>,
    carry: &mut VecDeque<VLine>,
    geo: &'g Frame,
) {
    for line in chunk {
        let fits = page.body_after(0.0, &[&line]) + page.notes_height(&[]) <= geo.height + 1e-6;
        if !fits && !page.body.is_empty() {
            pages.push(std::mem::replace(page, PageState::new(geo)).finish());
            start_page(page, carry, geo);
        }
        page.place(0.0, vec![line]);
    }
    carry.extend(notes.drain(..));
    start_page_in_place(page, carry, geo);
}

/// Moves carried note lines onto the current page while they fit under its body.
fn start_page_in_place(page: &mut PageState, carry: &mut VecDeque<VLine>, geo: &Frame) {
    while let Some(line) = carry.front() {
        if page.used + page.notes_height(&[line]) > geo.height + 1e-6 {
            break;
        }
        page.notes.extend(carry.pop_front());
    }
}

/// Splits the list into unbreakable chunks, each with the space that precedes it. Space
/// inside a chunk (after a heading that must stay with its text) joins the next line's leading.
fn chunks(list: Vec<VItem>) -> Vec<(f64, Vec<VLine>)> {
    let mut out = Vec::new();
    let mut space = 0.0;
    let mut chunk_space = 0.0;
    let mut current: Vec<VLine> = Vec::new();
    for item in list {
        match item {
            VItem::Space(s) => space += s,
            VItem::Line(mut line) => {
                if current.is_empty() {
                    chunk_space = space;
                } else {
                    line.leading += space;
                }
                space = 0.0;
                let breakable = line.break_after;
                current.push(line);
                if breakable {
                    out.push((chunk_space, std::mem::take(&mut current)));
                }
            }
        }
    }
    if !current.is_empty() {
        out.push((chunk_space, current));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::typeset::compose::{may_break_after, LineBox, LineTag};

    /// A line of paragraph `p` (`i` of `n`), 12 pt below the one before.
    fn line(p: usize, i: usize, n: usize) -> VLine {
        VLine {
            leading: 12.0,
            line: LineBox {
                text: format!("{p}:{i}/{n}"),
                ..LineBox::default()
            },
            notes: Vec::new(),
            break_after: may_break_after(i, n),
            heading: None,
            note_start: None,
            position: None,
            tag: LineTag::Artifact,
        }
    }

    fn label(line: &VLine) -> (usize, usize, usize) {
        let (p, rest) = line.line.text.split_once(':').unwrap();
        let (i, n) = rest.split_once('/').unwrap();
        (p.parse().unwrap(), i.parse().unwrap(), n.parse().unwrap())
    }

    #[test]
    fn no_page_ends_on_an_orphan_or_a_widow() {
        // Ten lines to a page and paragraphs of every length from 1 to 9 lines, so that many
        // page ends fall where a rule forbids them.
        let geo = ten_lines();
        let mut list = Vec::new();
        for p in 0..40 {
            let n = p % 9 + 1;
            for i in 0..n {
                list.push(VItem::Line(line(p, i, n)));
            }
            list.push(VItem::Space(6.0));
        }
        let pages = paginate(list, &mut |_| Vec::new(), &geo);
        assert!(pages.len() > 10);
        // The rules were at work: some pages had to end short of the tenth line.
        assert!(pages.iter().filter(|p| p.body.len() < 10).count() > 3);
        let mut seen = 0;
        for pair in pages.windows(2) {
            let (last, next) = (&pair[0].body.last().unwrap().1, &pair[1].body[0].1);
            let ((p, i, n), (q, j, _)) = (label(last), label(next));
            seen += pair[0].body.len();
            assert!(
                last.break_after,
                "page ended at {p}:{i}/{n}, where no break is allowed"
            );
            assert!(pair[0].body.last().unwrap().0 <= geo.height + 1e-6);
            if p == q {
                assert_eq!(j, i + 1, "lines stay in order");
                assert!(
                    i >= 1,
                    "an orphan: only line 1 of {n} at the foot of a page"
                );
                assert!(
                    n - j >= 2,
                    "a widow: only the last line of {n} at the head of a page"
                );
            } else {
                assert_eq!((i + 1, j), (n, 0), "a paragraph ends where the next begins");
            }
        }
        let total: usize = (0..40).map(|p| p % 9 + 1).sum();
        assert_eq!(
            seen + pages.last().unwrap().body.len(),
            total,
            "no line lost"
        );
    }

    /// A page of ten 12 pt lines.
    fn ten_lines() -> Frame {
        Frame {
            height: 120.0,
            top_skip: 12.0,
            leading: 12.0,
            note_skip: 12.0,
            max_carried: 60.0,
        }
    }

    fn refs(lines: &[VLine]) -> Vec<&VLine> {
        lines.iter().collect()
    }

    #[test]
    fn a_note_is_split_where_its_lines_allow_and_never_inside_a_word() {
        let geo = ten_lines();
        let note = |breaks: &[bool], hyphenated: &[bool]| -> Vec<VLine> {
            breaks
                .iter()
                .zip(hyphenated)
                .enumerate()
                .map(|(i, (&b, &h))| {
                    let mut l = line(0, i, breaks.len());
                    l.break_after = b;
                    l.line.hyphenated = h;
                    l
                })
                .collect()
        };
        // An allowed place: the latest one that fits.
        let lines = note(&[false, true, true, false], &[false, false, false, false]);
        assert_eq!(note_split(&refs(&lines), 100.0, &geo), 3);
        // No allowed place and little room: the text goes on with its note.
        let lines = note(&[false, false], &[false, false]);
        assert_eq!(note_split(&refs(&lines), 20.0, &geo), 0);
        // No allowed place and much room: split anyway, but not after a broken word.
        let lines = note(&[false, false, false], &[false, false, true]);
        assert_eq!(note_split(&refs(&lines), 100.0, &geo), 2);
        let lines = note(&[false], &[true]);
        assert_eq!(note_split(&refs(&lines), 100.0, &geo), 0);
    }
}
