//! Pandoc's fenced divs (`::: {lang=de}` … `:::`), which pulldown-cmark does not know. Each
//! fence line is found before parsing and its colons and attributes are overwritten, byte for
//! byte, with a thematic break (`***` and spaces): every offset stays where it was, and the
//! break ends a paragraph, a list or a quotation as a fence should. The parser then meets the
//! fence as a rule at a known offset and opens or closes the div there.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag};

/// What a fence line does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fence {
    /// Opens a div; `attributes` is where its `{…}` (or pandoc's bare class name) is written.
    Open {
        attributes: Range<usize>,
    },
    Close,
}

/// A manuscript with its fence lines made thematic breaks, and the fences by the offset of
/// their first colon (where the parser's rule starts).
pub struct Fenced<'t> {
    pub text: Cow<'t, str>,
    pub fences: BTreeMap<usize, (Fence, Range<usize>)>,
}

/// Finds the fence lines of `text` outside code and HTML blocks (`options` are the parser's).
pub fn find(text: &str, options: Options) -> Fenced<'_> {
    let candidates: Vec<(usize, Fence, Range<usize>)> = lines(text)
        .filter_map(|(start, line)| {
            let (at, fence) = fence_in(line)?;
            Some((
                start + at,
                offset(fence, start),
                start + at..start + line.len(),
            ))
        })
        .collect();
    if candidates.is_empty() {
        return Fenced {
            text: Cow::Borrowed(text),
            fences: BTreeMap::new(),
        };
    }
    let verbatim = verbatim_blocks(text, options);
    let mut masked = text.as_bytes().to_vec();
    let mut fences = BTreeMap::new();
    for (at, fence, line) in candidates {
        if verbatim.iter().any(|block| block.contains(&at)) {
            continue;
        }
        for (i, byte) in masked[line.clone()].iter_mut().enumerate() {
            *byte = if i < 3 { b'*' } else { b' ' };
        }
        fences.insert(at, (fence, line));
    }
    let text = String::from_utf8(masked).expect("only ASCII lines were overwritten");
    Fenced {
        text: Cow::Owned(text),
        fences,
    }
}

/// Each line of `text` with its start, without its line ending.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = 0;
    text.split_inclusive('\n').map(move |line| {
        let at = start;
        start += line.len();
        (at, line.trim_end_matches(['\n', '\r']))
    })
}

/// The fence a line holds, if any, and where its colons start. A fence stands after any
/// indentation and quotation marks (`> :::`); its colons (three or more) are followed by
/// nothing (a closing fence), or by an attribute list or a single class name and perhaps more
/// colons (an opening one, as pandoc writes `::: {lang=de} :::`). Anything else is text.
fn fence_in(line: &str) -> Option<(usize, Fence)> {
    let at = line.len() - line.trim_start_matches([' ', '\t', '>']).len();
    let rest = &line[at..];
    let colons = rest.len() - rest.trim_start_matches(':').len();
    if colons < 3 {
        return None;
    }
    let after = &rest[colons..];
    let attributes = after.trim_end().trim_end_matches(':').trim();
    if attributes.is_empty() {
        return (after.trim().is_empty()).then_some((at, Fence::Close));
    }
    let braced = attributes.starts_with('{') && attributes.ends_with('}');
    let word = !attributes.contains(char::is_whitespace) && !attributes.contains(['{', '}']);
    if !braced && !word {
        return None;
    }
    let from = at + colons + (after.len() - after.trim_start().len());
    Some((
        at,
        Fence::Open {
            attributes: from..from + attributes.len(),
        },
    ))
}

/// A fence found in a line, with its attributes' range moved to the line's place in the text.
fn offset(fence: Fence, by: usize) -> Fence {
    match fence {
        Fence::Open { attributes } => Fence::Open {
            attributes: attributes.start + by..attributes.end + by,
        },
        Fence::Close => Fence::Close,
    }
}

/// The code and HTML blocks of `text`, whose lines are never fences.
fn verbatim_blocks(text: &str, options: Options) -> Vec<Range<usize>> {
    Parser::new_ext(text, options)
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock) => Some(range),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fences(text: &str) -> Vec<(usize, Fence)> {
        find(text, Options::empty())
            .fences
            .into_iter()
            .map(|(at, (fence, _))| (at, fence))
            .collect()
    }

    #[test]
    fn fences_become_rules_of_the_same_length() {
        let text = "Intro.\n\n::: {lang=de}\nEin Satz.\n:::\n";
        let found = find(text, Options::empty());
        assert_eq!(found.text, "Intro.\n\n***          \nEin Satz.\n***\n");
        assert_eq!(found.text.len(), text.len());
        assert_eq!(
            fences(text),
            [(8, Fence::Open { attributes: 12..21 }), (32, Fence::Close)]
        );
    }

    #[test]
    fn only_fence_lines_are_fences() {
        // Quoted, with a class name and closing colons: fences.
        assert_eq!(fences("> ::: note :::\n").len(), 1);
        assert_eq!(
            fences("::: note :::\n"),
            [(0, Fence::Open { attributes: 4..8 })]
        );
        // Two colons, words after the colons, a fence in code: text.
        assert!(fences(":: x\n").is_empty());
        assert!(fences("::: two words\n").is_empty());
        assert!(fences("```\n:::\n```\n\n    :::\n").is_empty());
    }
}
