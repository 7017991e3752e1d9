//! Faithfulness (C001, C002, C004): the manuscript, reduced to its text, aligned word by word with the source.
//! A difference passes only if it is a restoration (characters of the damage's kind inserted),
//! a typographic normalisation (straight to curly quotes, `--` to a dash), Markdown markup
//! (gone once the text is reduced), or a declared emendation or omission. Anything else is an
//! undeclared change (C001), shown with the source's words and the manuscript's.

use crate::annotate::Apparatus;
use crate::compare::{align, words, MappedText, Op, Word};
use crate::diag::{Diagnostic, Diagnostics, Files, Span};

/// Finds `needle`'s words, in order and ignoring spacing, in `haystack`; their byte range.
fn find_words(haystack: &str, needle: &str) -> Vec<std::ops::Range<usize>> {
    let words: Vec<&str> = needle.split_whitespace().collect();
    let Some(first) = words.first() else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for (start, _) in haystack.match_indices(first) {
        let mut at = start;
        let mut ok = true;
        for word in &words {
            let rest = &haystack[at..];
            let trimmed = rest.trim_start();
            if !trimmed.starts_with(word) {
                ok = false;
                break;
            }
            at += rest.len() - trimmed.len() + word.len();
        }
        if ok {
            found.push(start..at);
        }
    }
    found
}

/// Aligns `manuscript` (already annotated) with `source`; findings go to `diags`.
pub fn undeclared_changes(
    source: &MappedText,
    manuscript: &MappedText,
    apparatus: &Apparatus,
    files: &Files,
    diags: &mut Diagnostics,
) {
    // Declared emendations: put the source's reading back, so the alignment sees the source.
    let mut places: Vec<_> = apparatus
        .emendations
        .iter()
        .filter_map(|e| {
            let (block, range) = e.reader.clone()?;
            let start = *manuscript.block_starts().get(block)?;
            Some((
                start + range.start..start + range.end,
                e.source_reading.as_str(),
            ))
        })
        .collect();
    places.sort_by_key(|(r, _)| r.start);
    let manuscript_text = manuscript.with_replacements(&places);

    // Declared omissions: the source's words the edition leaves out.
    let mut omitted = Vec::new();
    for omission in &apparatus.omissions {
        let found = find_words(&source.text, &omission.source_text);
        match found.as_slice() {
            [range] => omitted.push(range.clone()),
            [] => diags.push(
                Diagnostic::error("C002", "a declared omission is not in the source")
                    .with_span(omission.span)
                    .with_hint("copy `source-text` from the source exactly (line breaks may differ), or delete the omission"),
            ),
            many => diags.push(
                Diagnostic::error("C002", format!("a declared omission occurs {} times in the source", many.len()))
                    .with_span(omission.span)
                    .with_hint("quote more of the omitted text so that it occurs once"),
            ),
        }
    }

    let old = words(&source.text, &omitted);
    let new = words(&manuscript_text.text, &[]);
    let old_keys: Vec<&str> = old.iter().map(|t| t.key.as_str()).collect();
    let new_keys: Vec<&str> = new.iter().map(|t| t.key.as_str()).collect();
    for op in align(&old_keys, &new_keys) {
        let (old_range, new_range) = match op {
            Op::Equal {
                old: old_index,
                new: new_index,
                len,
            } => {
                for k in 0..len {
                    check_quotes(
                        &old[old_index + k],
                        &new[new_index + k],
                        source,
                        &manuscript_text,
                        diags,
                    );
                }
                continue;
            }
            // A deletion, an insertion or a replacement: the words on each side.
            Op::Changed { old, new } => (old, new),
        };
        let old_words = &old[old_range.clone()];
        let new_words = &new[new_range.clone()];
        if spacing_around_restored_dash(old_words, new_words, &manuscript_text.text) {
            continue;
        }
        report_change(
            source,
            &manuscript_text,
            &old,
            &new,
            old_range,
            new_range,
            files,
            diags,
        );
    }
}

/// "revolutiona" restored as "revolution – a" (a spaced dash) splits one source word in two.
fn spacing_around_restored_dash(old: &[Word], new: &[Word], text: &str) -> bool {
    if old.is_empty() || new.is_empty() {
        return false;
    }
    let joined_old: String = old.iter().map(|t| t.key.as_str()).collect();
    let joined_new: String = new.iter().map(|t| t.key.as_str()).collect();
    let between = &text[new[0].start..new[new.len() - 1].end];
    joined_old == joined_new && between.contains(['–', '—'])
}

/// The source's straight quotation marks must survive, straight or curly.
fn check_quotes(
    old: &Word,
    new: &Word,
    source: &MappedText,
    manuscript: &MappedText,
    diags: &mut Diagnostics,
) {
    let is_quote = |c: char| {
        matches!(
            c,
            '\'' | '"' | '‘' | '’' | '“' | '”' | '`' | '«' | '»' | '„'
        )
    };
    let old_quotes = source.text[old.start..old.end]
        .chars()
        .filter(|&c| is_quote(c))
        .count();
    let new_quotes = manuscript.text[new.start..new.end]
        .chars()
        .filter(|&c| is_quote(c))
        .count();
    if new_quotes < old_quotes {
        diags.push(
            Diagnostic::warning(
                "C004",
                format!(
                    "a quotation mark or apostrophe of the source is missing: the source reads “{}”, the manuscript “{}”",
                    &source.text[old.start..old.end],
                    &manuscript.text[new.start..new.end]
                ),
            )
            .with_span(manuscript.span(new.start..new.end))
            .with_hint("keep the source's mark (curly or straight), or declare the change as an emendation"),
        );
    }
}

#[allow(clippy::too_many_arguments)] // one finding needs both texts, both token lists and both ranges
fn report_change(
    source: &MappedText,
    manuscript: &MappedText,
    old: &[Word],
    new: &[Word],
    old_range: std::ops::Range<usize>,
    new_range: std::ops::Range<usize>,
    files: &Files,
    diags: &mut Diagnostics,
) {
    let words = |text: &str, tokens: &[Word], range: &std::ops::Range<usize>| -> String {
        if range.is_empty() {
            return String::new();
        }
        text[tokens[range.start].start..tokens[range.end - 1].end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let context = |text: &str, tokens: &[Word], at: usize| -> String {
        let from = at.saturating_sub(3);
        let to = (at + 3).min(tokens.len());
        (from..to)
            .map(|i| &text[tokens[i].start..tokens[i].end])
            .collect::<Vec<_>>()
            .join(" ")
    };
    let old_text = words(&source.text, old, &old_range);
    // The manuscript's words as written there (an emendation may have been put back into
    // `manuscript` for the alignment).
    let new_text = if new_range.is_empty() {
        String::new()
    } else {
        let span = manuscript.span(new[new_range.start].start..new[new_range.end - 1].end);
        files.get(span.file).map_or_else(
            || words(&manuscript.text, new, &new_range),
            |f| {
                f.text[span.start..span.end]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            },
        )
    };
    let (message, span) = if new_range.is_empty() {
        let at = new
            .get(new_range.start)
            .or(new.last())
            .map_or(0, |t| t.start);
        (
            format!(
                "undeclared deletion: the source's “{}” is not in the manuscript",
                shorten(&old_text)
            ),
            manuscript.span(at..at),
        )
    } else if old_range.is_empty() {
        (
            format!(
                "undeclared insertion: “{}” is not in the source",
                shorten(&new_text)
            ),
            manuscript.span(new[new_range.start].start..new[new_range.end - 1].end),
        )
    } else {
        (
            format!(
                "undeclared change: the source reads “{}”, the manuscript “{}”",
                shorten(&old_text),
                shorten(&new_text)
            ),
            manuscript.span(new[new_range.start].start..new[new_range.end - 1].end),
        )
    };
    let source_at = old
        .get(old_range.start)
        .or(old.last())
        .map_or(0, |t| t.start);
    let source_place = files
        .location(Span {
            file: source.file,
            start: source.file_offset(source_at),
            end: source.file_offset(source_at),
        })
        .map(|(path, line, col)| format!("{path}:{line}:{col}"))
        .unwrap_or_default();
    diags.push(
        Diagnostic::error("C001", message)
            .with_span(span)
            .with_hint(format!("the source at {source_place} reads: …{}…", context(&source.text, old, old_range.start)))
            .with_hint("restore the source's words, or declare the change as an [[emendation]] (or [[omission]]) in the annotations"),
    );
}

fn shorten(text: &str) -> String {
    const MAX: usize = 120;
    if text.chars().count() <= MAX {
        return text.to_string();
    }
    let head: String = text.chars().take(MAX).collect();
    format!("{head}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn omitted_words_are_found_across_line_breaks() {
        let found = find_words(
            "a b\n\nRead more:\nTitle\n\nComments are closed.",
            "Read more: Title Comments are closed.",
        );
        assert_eq!(found, vec![5..43]);
    }
}
