//! Attribute lists of the manuscript's pandoc-style markup, `{.sc lang=hu}` after a bracketed
//! span and after a fenced div's opening colons: read from the Markdown as written, checked
//! (codes M015, M016) and given back as what folio does with them.

use std::ops::Range;

use crate::config::is_language_tag;
use crate::diag::{Diagnostic, Diagnostics, FileId, Span};

/// Unknown or malformed attribute.
pub const UNKNOWN_ATTRIBUTE: &str = "M015";
/// A `lang` that is not a BCP 47 tag.
pub const BAD_LANGUAGE: &str = "M016";

/// What an attribute list asks for. Attributes in error are left out (and reported).
#[derive(Debug, Default, PartialEq)]
pub struct Attributes {
    /// `lang=TAG`: the passage's language.
    pub lang: Option<String>,
    /// `.sc`: small capitals (spans only).
    pub small_caps: bool,
}

/// Where an attribute list stands, which decides the attributes it may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    /// `[words]{…}`: `lang=TAG` and `.sc`.
    Span,
    /// `::: {…}`: `lang=TAG`.
    Div,
}

impl Holder {
    fn accepted(self) -> &'static str {
        match self {
            Holder::Span => "a bracketed span takes `lang=TAG` and `.sc`",
            Holder::Div => "a fenced div takes `lang=TAG`",
        }
    }
}

/// The attribute list at `at` in `source`: from a `{` there to the first `}` on its line, with
/// no other `{` before it, or `None` when there is none (the text is then no markup).
pub fn list_at(source: &str, at: usize) -> Option<Range<usize>> {
    let rest = source.get(at..)?.strip_prefix('{')?;
    // The search stops at the next `{` too, so the searches from the lists of a line never
    // cover the same text twice: a line of 300,000 `[]{` took each to the line's end.
    let close = rest.find(['{', '}', '\n'])?;
    rest[close..]
        .starts_with('}')
        .then_some(at..at + 1 + close + 1)
}

/// Reads the attribute list `source[range]` (with its braces, or a bare class name after a
/// div's colons, as pandoc allows), reporting what a `holder` cannot take.
pub fn read(
    source: &str,
    range: Range<usize>,
    holder: Holder,
    file: FileId,
    diags: &mut Diagnostics,
) -> Attributes {
    let written = &source[range.clone()];
    let (inner, inner_start, braced) = match written.strip_prefix('{') {
        Some(rest) => (
            rest.strip_suffix('}').unwrap_or(rest),
            range.start + 1,
            true,
        ),
        // `::: name` is pandoc's short form of `::: {.name}`.
        None => (written, range.start, false),
    };
    let mut attributes = Attributes::default();
    for (token, at) in tokens(inner) {
        let span = Span::new(file, inner_start + at..inner_start + at + token.len());
        if !braced {
            diags.push(unknown(&format!(".{token}"), span, holder, ""));
            continue;
        }
        match token.split_once('=') {
            Some(("lang", value)) if attributes.lang.is_none() => {
                let value = value
                    .strip_prefix('"')
                    .and_then(|v| v.strip_suffix('"'))
                    .unwrap_or(value);
                if is_language_tag(value) {
                    attributes.lang = Some(value.to_string());
                } else {
                    diags.push(bad_language(value, span));
                }
            }
            Some(("lang", _)) => diags.push(unknown(token, span, holder, "`lang` is given twice")),
            _ if token == ".sc" && holder == Holder::Span => attributes.small_caps = true,
            _ => diags.push(unknown(token, span, holder, "")),
        }
    }
    attributes
}

/// The whitespace-separated tokens of an attribute list and their byte offsets; a quoted value
/// (`title="two words"`) is one token.
fn tokens(list: &str) -> Vec<(&str, usize)> {
    let mut found = Vec::new();
    let mut start = None;
    let mut quoted = false;
    for (i, c) in list.char_indices() {
        match (start, c) {
            (_, '"') => {
                quoted = !quoted;
                start.get_or_insert(i);
            }
            (Some(s), c) if c.is_whitespace() && !quoted => {
                found.push((&list[s..i], s));
                start = None;
            }
            (None, c) if !c.is_whitespace() => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        found.push((&list[s..], s));
    }
    found
}

fn bad_language(value: &str, span: Span) -> Diagnostic {
    Diagnostic::error(
        BAD_LANGUAGE,
        format!("`{value}` is not a BCP 47 language tag"),
    )
    .with_span(span)
    .with_hint(
        "use a tag such as `hu`, `de`, `fr-CA` or `sr-Latn`, as in edition.toml's `language`",
    )
}

fn unknown(token: &str, span: Span, holder: Holder, why: &str) -> Diagnostic {
    let message = if why.is_empty() {
        format!("unknown attribute `{token}`")
    } else {
        format!("attribute `{token}`: {why}")
    };
    Diagnostic::error(UNKNOWN_ATTRIBUTE, message)
        .with_span(span)
        .with_hint(holder.accepted())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_str(list: &str, holder: Holder) -> (Attributes, Vec<(&'static str, usize)>) {
        let mut diags = Diagnostics::default();
        let attributes = read(list, 0..list.len(), holder, FileId(0), &mut diags);
        let found = diags
            .iter()
            .map(|d| (d.code, d.span.unwrap().start))
            .collect();
        (attributes, found)
    }

    #[test]
    fn a_span_takes_a_language_and_small_capitals() {
        let (attributes, found) = read_str("{.sc  lang=hu}", Holder::Span);
        assert_eq!(found, []);
        assert_eq!(attributes.lang.as_deref(), Some("hu"));
        assert!(attributes.small_caps);
        let (attributes, _) = read_str("{lang=\"de-AT\"}", Holder::Span);
        assert_eq!(attributes.lang.as_deref(), Some("de-AT"));
    }

    #[test]
    fn unknown_attributes_and_bad_tags_are_reported_where_they_stand() {
        let (attributes, found) = read_str("{#id lang=hungarian .sc}", Holder::Div);
        assert_eq!(attributes, Attributes::default());
        assert_eq!(
            found,
            [
                (UNKNOWN_ATTRIBUTE, 1),
                (BAD_LANGUAGE, 5),
                (UNKNOWN_ATTRIBUTE, 20)
            ]
        );
        let (_, found) = read_str("{lang=hu lang=de}", Holder::Span);
        assert_eq!(found, [(UNKNOWN_ATTRIBUTE, 9)]);
        // A div's bare word is a class.
        let (_, found) = read_str("warning", Holder::Div);
        assert_eq!(found, [(UNKNOWN_ATTRIBUTE, 0)]);
    }

    #[test]
    fn a_list_ends_at_its_brace_on_the_same_line() {
        assert_eq!(list_at("]{lang=hu} more", 1), Some(1..10));
        assert_eq!(list_at("]{lang=\nhu}", 1), None);
        assert_eq!(list_at("] {lang=hu}", 1), None);
        assert_eq!(list_at("]{lang=hu {x}", 1), None);
    }
}
