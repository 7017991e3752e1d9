//! Pandoc's bracketed spans, `[Éljen a forradalom!]{lang=hu}` and `[ávh]{.sc}`, which
//! pulldown-cmark leaves as text (an unresolved link reference): its `[` and `]` arrive as texts
//! of their own, so the span is found among the inlines of one container before its texts are
//! joined, with each text's place in the Markdown at hand to tell a written bracket from an
//! escaped one (`\[`) and to read the attributes as written.

use std::collections::VecDeque;

use super::attributes::{self, Attributes, Holder};
use super::is_escaped;
use crate::diag::{Diagnostics, FileId, Span};
use crate::model::{Inline, InlineKind};

/// Wraps each `[…]{attributes}` among `pieces` (the inlines of one container, each text as
/// the parser gave it, with its exact span into `source`) in the inlines its attributes ask
/// for. Brackets pair as they nest; a `]` with no attribute list after it is text. Spans
/// nested `depth` deep or more are left unwrapped, keeping their text, like every container
/// nested too deep (a stack of 100,000 spans is hostile input); the first such span is
/// returned for the warning.
pub fn wrap(
    pieces: Vec<Inline>,
    source: &str,
    file: FileId,
    depth: usize,
    diags: &mut Diagnostics,
) -> (Vec<Inline>, Option<Span>) {
    let mut too_deep = None;
    // A span nested too deep leaves a hole where its `[` was (`None`) rather than moving its
    // content out and back: 100,000 of them, each with text after its list, made that content
    // as long as the nesting was deep, and the time its square.
    let mut out: Vec<Option<Inline>> = Vec::with_capacity(pieces.len());
    // Indices in `out` of the `[`s not closed yet.
    let mut open: Vec<usize> = Vec::new();
    let mut pieces = VecDeque::from(pieces);
    while let Some(piece) = pieces.pop_front() {
        if is_written(&piece, "[", source) {
            open.push(out.len());
            out.push(Some(piece));
            continue;
        }
        if !is_written(&piece, "]", source) {
            out.push(Some(piece));
            continue;
        }
        let Some(start) = open.pop() else {
            out.push(Some(piece));
            continue;
        };
        let list = attributes::list_at(source, piece.span.end);
        let taken = list
            .as_ref()
            .and_then(|list| covered_by_list(&pieces, list.end, source));
        let (Some(list), Some((consumed, remainder))) = (list, taken) else {
            out.push(Some(piece));
            continue;
        };
        pieces.drain(..consumed);
        let attributes = attributes::read(source, list.clone(), Holder::Span, file, diags);
        let bracket = out[start].take().expect("an open `[` is in `out`");
        let span = Span::new(file, bracket.span.start..list.end);
        if open.len() + 1 >= depth {
            too_deep.get_or_insert(span);
        } else {
            let content = out.split_off(start + 1).into_iter().flatten().collect();
            out.truncate(start);
            out.extend(apply(attributes, content, span).into_iter().map(Some));
        }
        out.push(remainder);
    }
    (out.into_iter().flatten().collect(), too_deep)
}

/// Whether `piece` is the text `text` written as such in `source` (not produced by an escape,
/// an entity or smart punctuation).
fn is_written(piece: &Inline, text: &str, source: &str) -> bool {
    let InlineKind::Text(t) = &piece.kind else {
        return false;
    };
    let range = piece.span.start..piece.span.end;
    // Escapes are looked for last, before brackets only: a run of backslashes may be as long as
    // the manuscript, and each escaped one is a text of its own.
    t == text && source.get(range.clone()) == Some(text) && !is_escaped(source, range.start)
}

/// The pieces an attribute list ending at `end` covers: how many of `following` it covers
/// (wholly or in part), and the text left of the last one. `None` when something other than
/// text is inside the list (`{lang=*hu*}` is not an attribute list).
fn covered_by_list(
    following: &VecDeque<Inline>,
    end: usize,
    source: &str,
) -> Option<(usize, Option<Inline>)> {
    let mut consumed = 0;
    for piece in following {
        if piece.span.start >= end {
            break;
        }
        let InlineKind::Text(text) = &piece.kind else {
            return None;
        };
        consumed += 1;
        if piece.span.end <= end {
            continue;
        }
        // The list ends inside this text, which must be as written for the cut to be exact.
        if source.get(piece.span.start..piece.span.end) != Some(text.as_str()) {
            return None;
        }
        let rest = &text[end - piece.span.start..];
        let span = Span {
            start: end,
            ..piece.span
        };
        return Some((consumed, Some(Inline::text(rest, span))));
    }
    Some((consumed, None))
}

/// The span's content as its attributes set it: in small capitals, in a language, or as it is
/// when the attributes ask for nothing folio does (they were reported).
fn apply(attributes: Attributes, content: Vec<Inline>, span: Span) -> Vec<Inline> {
    let mut content = content;
    if attributes.small_caps {
        content = vec![Inline {
            kind: InlineKind::SmallCaps(content),
            span,
        }];
    }
    if let Some(lang) = attributes.lang {
        content = vec![Inline {
            kind: InlineKind::Language { lang, content },
            span,
        }];
    }
    content
}
