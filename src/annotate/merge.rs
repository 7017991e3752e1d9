//! Putting a note into the text: the quoted words (a byte range of a block's reader text) are
//! wrapped in `Anchored` and followed by a `NoteRef`. Text and formatting runs are split at
//! the range's ends as needed; an existing anchor is never split (two notes on overlapping
//! words), in which case only the reference mark is placed. Anchors nest (a note on a word
//! inside another note's words) at most `MAX_ANCHOR_DEPTH` deep; a deeper note also gets only
//! its mark, so no number of notes on the same words makes the document deep.

use crate::diag::Span;
use crate::model::{Inline, InlineKind};

/// How deep anchors may nest. Every stage walks inlines recursively, and the manuscript's own
/// nesting is already flattened at 32 levels (M011); without this bound 20,000 notes on one
/// word nested 20,000 deep and overflowed the stack. Eight notes on the very same words is
/// more than any edition needs; a ninth is still numbered and linked, from its mark.
const MAX_ANCHOR_DEPTH: usize = 8;

/// Length of an inline in the block's reader text (see `index::TextIndex`).
fn reader_len(inline: &Inline) -> usize {
    match &inline.kind {
        InlineKind::Text(t) | InlineKind::Code(t) => t.len(),
        InlineKind::SoftBreak | InlineKind::HardBreak => 1,
        InlineKind::NoteRef { .. } => 0,
        _ => inline.children().iter().map(reader_len).sum(),
    }
}

/// Anchors `note` to `range` of the reader text of `inlines`.
pub fn anchor(inlines: &mut Vec<Inline>, range: std::ops::Range<usize>, note: usize) {
    if !wrap(inlines, range.clone(), note, 0) {
        insert_ref(inlines, range.end, note);
    }
}

/// Wraps `range` in an anchor; `enclosing` is the number of anchors around `inlines`.
fn wrap(
    inlines: &mut Vec<Inline>,
    range: std::ops::Range<usize>,
    note: usize,
    enclosing: usize,
) -> bool {
    let bounds = child_bounds(inlines);
    let first = bounds
        .iter()
        .position(|b| b.start <= range.start && range.start < b.end);
    let last = bounds
        .iter()
        .position(|b| b.start < range.end && range.end <= b.end);
    let (Some(first), Some(last)) = (first, last) else {
        return false;
    };
    if first == last && bounds[first] != range {
        // Wholly inside one child: go down into it if it can hold an anchor.
        let offset = bounds[first].start;
        let inner = (range.start - offset)..(range.end - offset);
        return match &mut inlines[first].kind {
            InlineKind::Emphasis(c)
            | InlineKind::Strong(c)
            | InlineKind::SmallCaps(c)
            | InlineKind::Language { content: c, .. }
            | InlineKind::Link { content: c, .. } => wrap(c, inner, note, enclosing),
            InlineKind::Anchored { content: c, .. } => wrap(c, inner, note, enclosing + 1),
            InlineKind::Text(_) | InlineKind::Code(_) => {
                split_at(inlines, range.end)
                    && split_at(inlines, range.start)
                    && wrap_exact(inlines, range, note, enclosing)
            }
            _ => false,
        };
    }
    split_at(inlines, range.end)
        && split_at(inlines, range.start)
        && wrap_exact(inlines, range, note, enclosing)
}

/// Wraps the children covering exactly `range` (boundaries already exist), unless the new
/// anchor would nest deeper than `MAX_ANCHOR_DEPTH`.
fn wrap_exact(
    inlines: &mut Vec<Inline>,
    range: std::ops::Range<usize>,
    note: usize,
    enclosing: usize,
) -> bool {
    let bounds = child_bounds(inlines);
    let Some(first) = bounds
        .iter()
        .position(|b| b.start == range.start && b.end > b.start)
    else {
        return false;
    };
    let Some(last) = bounds
        .iter()
        .rposition(|b| b.end == range.end && b.end > b.start)
    else {
        return false;
    };
    if last < first || enclosing + 1 + anchor_depth(&inlines[first..=last]) > MAX_ANCHOR_DEPTH {
        return false;
    }
    let content: Vec<Inline> = inlines.drain(first..=last).collect();
    let span = content[0].span.join(content[content.len() - 1].span);
    inlines.insert(
        first,
        Inline {
            kind: InlineKind::Anchored { note, content },
            span,
        },
    );
    // After the marks of notes already on these words, so marks stay in the notes' order.
    let after_marks = first
        + 1
        + inlines[first + 1..]
            .iter()
            .take_while(|i| matches!(i.kind, InlineKind::NoteRef { .. }))
            .count();
    inlines.insert(
        after_marks,
        Inline {
            kind: InlineKind::NoteRef { note },
            span: Span {
                start: span.end,
                ..span
            },
        },
    );
    true
}

/// How deep anchors nest in `inlines` (0 when there are none).
fn anchor_depth(inlines: &[Inline]) -> usize {
    inlines
        .iter()
        .map(|inline| {
            let inside = anchor_depth(inline.children());
            match inline.kind {
                InlineKind::Anchored { .. } => inside + 1,
                _ => inside,
            }
        })
        .max()
        .unwrap_or(0)
}

fn child_bounds(inlines: &[Inline]) -> Vec<std::ops::Range<usize>> {
    let mut at = 0;
    inlines
        .iter()
        .map(|inline| {
            let start = at;
            at += reader_len(inline);
            start..at
        })
        .collect()
}

/// Makes `pos` a boundary between children of `inlines`, splitting a text or formatting run
/// that straddles it. False if that would split an anchor.
fn split_at(inlines: &mut Vec<Inline>, pos: usize) -> bool {
    let bounds = child_bounds(inlines);
    let Some(i) = bounds.iter().position(|b| b.start < pos && pos < b.end) else {
        return true;
    };
    let local = pos - bounds[i].start;
    let inline = inlines.remove(i);
    let Some((left, right)) = split_inline(inline.clone(), local) else {
        inlines.insert(i, inline);
        return false;
    };
    inlines.insert(i, right);
    inlines.insert(i, left);
    true
}

fn split_inline(inline: Inline, at: usize) -> Option<(Inline, Inline)> {
    let span = inline.span;
    let cut = (span.start + at).min(span.end);
    let left_span = Span { end: cut, ..span };
    let right_span = Span { start: cut, ..span };
    let make = |kind| Inline { kind, span };
    match inline.kind {
        InlineKind::Text(text) | InlineKind::Code(text) if text.is_char_boundary(at) => {
            let (a, b) = text.split_at(at);
            Some((Inline::text(a, left_span), Inline::text(b, right_span)))
        }
        InlineKind::Emphasis(c) => split_children(c, at)
            .map(|(a, b)| (make(InlineKind::Emphasis(a)), make(InlineKind::Emphasis(b)))),
        InlineKind::Strong(c) => split_children(c, at)
            .map(|(a, b)| (make(InlineKind::Strong(a)), make(InlineKind::Strong(b)))),
        InlineKind::SmallCaps(c) => split_children(c, at).map(|(a, b)| {
            (
                make(InlineKind::SmallCaps(a)),
                make(InlineKind::SmallCaps(b)),
            )
        }),
        InlineKind::Language { lang, content } => split_children(content, at).map(|(a, b)| {
            (
                make(InlineKind::Language {
                    lang: lang.clone(),
                    content: a,
                }),
                make(InlineKind::Language { lang, content: b }),
            )
        }),
        InlineKind::Link { url, content } => split_children(content, at).map(|(a, b)| {
            (
                make(InlineKind::Link {
                    url: url.clone(),
                    content: a,
                }),
                make(InlineKind::Link { url, content: b }),
            )
        }),
        _ => None,
    }
}

fn split_children(mut children: Vec<Inline>, at: usize) -> Option<(Vec<Inline>, Vec<Inline>)> {
    if !split_at(&mut children, at) {
        return None;
    }
    let bounds = child_bounds(&children);
    let cut = bounds
        .iter()
        .position(|b| b.start >= at)
        .unwrap_or(children.len());
    let right = children.split_off(cut);
    Some((children, right))
}

/// Places a reference mark at `pos` without wrapping any words.
fn insert_ref(inlines: &mut Vec<Inline>, pos: usize, note: usize) {
    if !split_at(inlines, pos) {
        // `pos` falls inside an anchor: put the mark inside it, at the same text position.
        let bounds = child_bounds(inlines);
        if let Some(i) = bounds.iter().position(|b| b.start < pos && pos < b.end) {
            let offset = bounds[i].start;
            if let InlineKind::Anchored { content, .. } = &mut inlines[i].kind {
                insert_ref(content, pos - offset, note);
                return;
            }
        }
    }
    let bounds = child_bounds(inlines);
    let index = bounds
        .iter()
        .rposition(|b| b.end == pos)
        .map_or(inlines.len(), |i| i + 1);
    let span = inlines
        .get(index.saturating_sub(1))
        .map(|i| i.span)
        .unwrap_or_else(Span::generated);
    inlines.insert(
        index,
        Inline {
            kind: InlineKind::NoteRef { note },
            span: Span {
                start: span.end,
                ..span
            },
        },
    );
}

/// Puts each note's reference mark after the punctuation that closes its words ("Tragedy,⁶",
/// "revolution.”⁷"), as Chicago (14.21) and Hart's Rules set them, rather than before it. A
/// mark followed directly by text that begins with closing punctuation changes places with
/// that punctuation; a mark inside emphasis with the punctuation outside it stays.
pub fn marks_after_punctuation(inlines: &mut Vec<Inline>) {
    let mut i = 0;
    while i < inlines.len() {
        match &mut inlines[i].kind {
            InlineKind::Emphasis(c)
            | InlineKind::Strong(c)
            | InlineKind::SmallCaps(c)
            | InlineKind::Language { content: c, .. }
            | InlineKind::Link { content: c, .. }
            | InlineKind::Anchored { content: c, .. } => marks_after_punctuation(c),
            _ => {}
        }
        let marks = inlines[i..]
            .iter()
            .take_while(|x| matches!(x.kind, InlineKind::NoteRef { .. }))
            .count();
        if marks == 0 {
            i += 1;
            continue;
        }
        if let Some(next) = inlines.get_mut(i + marks) {
            if let Some(punctuation) = split_closing_punctuation(next) {
                inlines.insert(i, punctuation);
                i += 1;
            }
        }
        i += marks;
    }
}

/// Closing punctuation a note mark goes after: the end of a clause or sentence, and the
/// closing quotation marks and brackets that follow it.
fn is_closing_punctuation(c: char) -> bool {
    matches!(
        c,
        ',' | '.' | ';' | ':' | '!' | '?' | '…' | ')' | ']' | '’' | '”' | '»' | '›' | '\'' | '"'
    )
}

/// Takes the closing punctuation from the start of a text inline, as an inline of its own.
fn split_closing_punctuation(inline: &mut Inline) -> Option<Inline> {
    let InlineKind::Text(text) = &mut inline.kind else {
        return None;
    };
    let end = text
        .char_indices()
        .find(|&(_, c)| !is_closing_punctuation(c))
        .map_or(text.len(), |(i, _)| i);
    if end == 0 {
        return None;
    }
    let rest = text.split_off(end);
    let punctuation = std::mem::replace(text, rest);
    let span = inline.span;
    let split = (span.start + end).min(span.end);
    inline.span = Span {
        start: split,
        ..span
    };
    Some(Inline {
        kind: InlineKind::Text(punctuation),
        span: Span { end: split, ..span },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Diagnostics, FileId};
    use crate::model::{plain_text, BlockKind};

    fn paragraph(markdown: &str) -> Vec<Inline> {
        let mut diags = Diagnostics::default();
        let doc = crate::manuscript::parse(markdown, FileId(0), &mut diags);
        match doc.blocks.into_iter().next().unwrap().kind {
            BlockKind::Paragraph { content } => content,
            other => panic!("{other:?}"),
        }
    }

    /// A compact picture of the inline tree: [quoted words]^note, _emphasis_.
    fn show(inlines: &[Inline]) -> String {
        inlines
            .iter()
            .map(|i| match &i.kind {
                InlineKind::Text(t) => t.clone(),
                InlineKind::Emphasis(c) => format!("_{}_", show(c)),
                InlineKind::Language { lang, content } => format!("{lang}:{{{}}}", show(content)),
                InlineKind::Anchored { note, content } => format!("[{}]{note}", show(content)),
                InlineKind::NoteRef { note } => format!("^{note}"),
                InlineKind::SoftBreak => " ".into(),
                _ => "?".into(),
            })
            .collect()
    }

    #[test]
    fn wraps_words_inside_a_text_run() {
        let mut p = paragraph("wrote poet Lőrinc Szabó.\n");
        let start = "wrote poet ".len();
        anchor(&mut p, start..start + "Lőrinc Szabó".len(), 0);
        assert_eq!(show(&p), "wrote poet [Lőrinc Szabó]0^0.");
    }

    #[test]
    fn wraps_a_whole_emphasis_from_outside() {
        let mut p = paragraph("in *Hungarian Tragedy*, the book\n");
        anchor(&mut p, 3..20, 1);
        assert_eq!(show(&p), "in [_Hungarian Tragedy_]1^1, the book");
    }

    #[test]
    fn splits_emphasis_when_the_quote_crosses_it() {
        let mut p = paragraph("a *very long* title\n");
        anchor(&mut p, 7..17, 2);
        assert_eq!(show(&p), "a _very _[_long_ title]2^2");
        assert_eq!(plain_text(&p), "a very long title");
    }

    #[test]
    fn a_quote_across_a_passage_in_another_language_splits_it() {
        let mut p = paragraph("shouted [Éljen a forradalom!]{lang=hu} twice\n");
        anchor(&mut p, 0.."shouted Éljen".len(), 3);
        assert_eq!(show(&p), "[shouted hu:{Éljen}]3^3hu:{ a forradalom!} twice");
        let mut p = paragraph("shouted [Éljen a forradalom!]{lang=hu} twice\n");
        let start = "shouted Éljen a ".len();
        anchor(&mut p, start..start + "forradalom".len(), 4);
        assert_eq!(show(&p), "shouted hu:{Éljen a [forradalom]4^4!} twice");
    }

    #[test]
    fn overlapping_anchor_gets_only_a_mark() {
        let mut p = paragraph("Peter Fryer arrived.\n");
        anchor(&mut p, 0..11, 0);
        anchor(&mut p, 6..19, 1);
        assert_eq!(show(&p), "[Peter Fryer]0^0 arrived^1.");
        let mut p = paragraph("Peter Fryer arrived.\n");
        anchor(&mut p, 0..11, 0);
        anchor(&mut p, 0..5, 1);
        assert_eq!(show(&p), "[[Peter]1^1 Fryer]0^0 arrived.");
    }

    #[test]
    fn notes_on_the_same_words_nest_only_so_deep() {
        let mut p = paragraph("Gerő spoke.\n");
        for note in 0..1_000 {
            anchor(&mut p, 0.."Gerő".len(), note);
        }
        assert_eq!(anchor_depth(&p), MAX_ANCHOR_DEPTH);
        let marks = show(&p).matches('^').count();
        assert_eq!(marks, 1_000, "every note keeps its mark");
        assert_eq!(plain_text(&p), "Gerő spoke.");
        // The innermost anchor is the first note's; the ninth and later have marks only, and
        // the marks follow the notes' order.
        let shown = show(&p);
        assert!(
            shown.starts_with("[[[[[[[[Gerő]0]1]2]3]4]5]6]7^0^1^2^3^4^5^6^7^8^9^10"),
            "{}",
            &shown[..80]
        );
    }

    #[test]
    fn a_mark_goes_after_the_punctuation_that_closes_its_words() {
        let mut inlines = paragraph("the book Hungarian Tragedy, he wrote “it was 4am.” Then");
        anchor(&mut inlines, 9..26, 0);
        anchor(&mut inlines, 47..51, 1);
        assert_eq!(
            show(&inlines),
            "the book [Hungarian Tragedy]0^0, he wrote “it was [4am.]1^1” Then"
        );
        marks_after_punctuation(&mut inlines);
        assert_eq!(
            show(&inlines),
            "the book [Hungarian Tragedy]0,^0 he wrote “it was [4am.]1”^1 Then"
        );
        // The text reads as before, mark aside.
        let text = |inlines: &[Inline]| -> usize { inlines.iter().map(reader_len).sum() };
        assert_eq!(
            text(&inlines),
            "the book Hungarian Tragedy, he wrote “it was 4am.” Then".len()
        );
    }

    #[test]
    fn a_mark_before_an_opening_quote_or_a_dash_stays() {
        let mut inlines = paragraph("the revolution — it said “no”");
        anchor(&mut inlines, 4..14, 0);
        marks_after_punctuation(&mut inlines);
        assert_eq!(show(&inlines), "the [revolution]0^0 — it said “no”");
    }
}
