//! Stage 4: the editorial apparatus. Reads annotation files, anchors every note and emendation
//! to the document by quotation, puts notes into the text (numbered with the manuscript's own
//! footnotes in one sequence), and returns the emendations and omissions for the note on the
//! text. Codes A0xx.

pub mod anchor;
mod approximate;
pub mod index;
mod merge;
pub mod schema;

use crate::diag::{Diagnostic, Diagnostics, FileId, Files, Span};
use crate::model::{for_each_text_leaf_mut, Block, Document, Inline, InlineKind, Note, NoteKind};

use anchor::{Anchoring, Suggestion};
use index::TextIndex;
use schema::{AnnotationFile, NoteKindSpec, Selector};

/// What the apparatus holds besides notes, for the note on the text and for `check`.
#[derive(Debug, Default)]
pub struct Apparatus {
    pub emendations: Vec<Emendation>,
    pub omissions: Vec<Omission>,
    /// Notes read from annotation files and anchored (Markdown footnotes not counted).
    pub note_count: usize,
    /// How many of those name their source (a non-empty `source`).
    pub notes_with_source: usize,
    /// The manuscript's own footnotes (`[^label]`), numbered in one sequence with the notes.
    pub manuscript_footnotes: usize,
    /// Annotation files that could not be parsed: the apparatus is incomplete.
    pub unreadable_files: usize,
}

#[derive(Debug)]
pub struct Emendation {
    pub id: String,
    /// The edition's reading.
    pub reading: String,
    pub source_reading: String,
    pub reason: Vec<Inline>,
    /// Where the reading stands in the manuscript (approximate).
    pub place: Option<Span>,
    /// The annotatable block holding the reading and its byte range in that block's reader
    /// text (see `index::TextIndex`), if it was found.
    pub reader: Option<(usize, std::ops::Range<usize>)>,
    /// The emendation's entry in its annotations file.
    pub span: Span,
}

#[derive(Debug)]
pub struct Omission {
    pub id: String,
    pub source_text: String,
    pub reason: Vec<Inline>,
    /// The omission's `source-text` in its annotations file.
    pub span: Span,
}

/// Parses one annotations file; `None` (with an A001 diagnostic) if it is not valid.
pub fn parse(files: &Files, file: FileId, diags: &mut Diagnostics) -> Option<AnnotationFile> {
    let text = &files.get(file)?.text;
    match toml::from_str(text) {
        Ok(parsed) => Some(parsed),
        Err(err) => {
            let mut diagnostic =
                Diagnostic::error("A001", format!("annotations: {}", err.message().trim()))
                    .with_span(Span::new(file, err.span().unwrap_or(0..0)));
            if let Some(key) = crate::config::nearest_known_key(err.message()) {
                diagnostic = diagnostic.with_hint(format!("did you mean `{key}`?"));
            }
            diags.push(diagnostic.with_hint("see the README's annotations reference: [[note]] needs id, quote and body; [[emendation]] needs id, reading, source-reading and reason"));
            None
        }
    }
}

/// Anchors and merges the annotations into `document`.
/// The note a `[[note]]` table makes, its body and source parsed as Markdown.
fn note_of(spec: &schema::NoteSpec, file: FileId, diags: &mut Diagnostics) -> Note {
    Note {
        id: format!("note-{}", spec.id.get_ref()),
        number: 0,
        kind: match spec.kind {
            NoteKindSpec::Footnote => NoteKind::Footnote,
            NoteKindSpec::Endnote => NoteKind::Endnote,
        },
        blocks: markdown_value(spec.body.get_ref(), file, spec.body.span(), diags),
        // A blank `source` names nothing: the note has none.
        source: spec
            .source
            .as_ref()
            .filter(|s| !s.get_ref().trim().is_empty())
            .map(|s| inline_value(s.get_ref(), file, s.span(), diags)),
        span: Span::new(file, spec.quote.span()),
    }
}

pub fn annotate(
    document: &mut Document,
    files: &Files,
    annotations: &[(FileId, AnnotationFile)],
    diags: &mut Diagnostics,
) -> Apparatus {
    let index = TextIndex::new(document);
    let quotes = annotations.iter().flat_map(|(_, parsed)| {
        let notes = parsed.notes.iter().map(|n| n.quote.get_ref().as_str());
        notes.chain(
            parsed
                .emendations
                .iter()
                .map(|e| e.reading.get_ref().as_str()),
        )
    });
    let occurrences = anchor::Occurrences::find(&index, quotes);
    if let Some(quote) = &occurrences.overflow {
        diags.push(too_many_matches(annotations, quote));
        // Matches past the limit were not looked at, so no quote can be called unique.
        return Apparatus {
            manuscript_footnotes: document.notes.len(),
            unreadable_files: annotations.len(),
            ..Apparatus::default()
        };
    }
    let anchorer = Anchorer {
        index: &index,
        occurrences: &occurrences,
        files,
    };
    let mut apparatus = Apparatus {
        manuscript_footnotes: document.notes.len(),
        ..Apparatus::default()
    };
    let mut ids = std::collections::BTreeMap::new();
    let mut placements = Vec::new();
    let mut budget = anchor::SearchBudget::default();

    for (file, parsed) in annotations {
        let file = *file;
        for spec in &parsed.notes {
            if !check_id(&spec.id, file, &mut ids, diags) {
                continue;
            }
            let Some(range) = locate(
                &anchorer,
                file,
                &spec.quote,
                &spec.selector(),
                "quote",
                &mut budget,
                diags,
            ) else {
                continue;
            };
            let note = document.notes.len();
            document.notes.push(note_of(spec, file, diags));
            placements.push((index.reader_range(range.start, range.end), note));
            apparatus.note_count += 1;
            if document.notes[note].source.is_some() {
                apparatus.notes_with_source += 1;
            }
        }
        for spec in &parsed.emendations {
            if !check_id(&spec.id, file, &mut ids, diags) {
                continue;
            }
            let found = locate(
                &anchorer,
                file,
                &spec.reading,
                &spec.selector(),
                "reading",
                &mut budget,
                diags,
            );
            apparatus.emendations.push(Emendation {
                id: spec.id.get_ref().clone(),
                reading: spec.reading.get_ref().clone(),
                source_reading: spec.source_reading.clone(),
                reason: inline_value(spec.reason.get_ref(), file, spec.reason.span(), diags),
                place: found.as_ref().map(|r| index.origin(r.start).source),
                reader: found.map(|r| index.reader_range(r.start, r.end)),
                span: Span::new(file, spec.reading.span()),
            });
        }
        for spec in &parsed.omissions {
            if !check_id(&spec.id, file, &mut ids, diags) {
                continue;
            }
            apparatus.omissions.push(Omission {
                id: spec.id.get_ref().clone(),
                source_text: spec.source_text.get_ref().clone(),
                reason: inline_value(spec.reason.get_ref(), file, spec.reason.span(), diags),
                span: Span::new(file, spec.source_text.span()),
            });
        }
    }

    place_notes(document, placements, diags);
    document.number_notes();
    apparatus
}

/// Every note mark of `document` (manuscript footnotes and annotations) after the closing
/// punctuation that follows it (see `merge::marks_after_punctuation`).
pub fn marks_after_punctuation(document: &mut Document) {
    for_each_text_leaf_mut(&mut document.blocks, &mut merge::marks_after_punctuation);
    for note in &mut document.notes {
        for_each_text_leaf_mut(&mut note.blocks, &mut merge::marks_after_punctuation);
    }
}

/// The most notes one paragraph (or heading, or caption) may hold. Putting a note into a
/// paragraph takes time in proportion to what the paragraph holds already, notes included, so
/// a paragraph with 20,000 notes took seconds; no edition needs a thousand notes in one.
pub const MAX_NOTES_PER_BLOCK: usize = 1_000;

/// Puts each note into its block: `placements` are (block, range in its reader text) and the
/// note. A block given more than `MAX_NOTES_PER_BLOCK` is A008 at the first note too many.
fn place_notes(
    document: &mut Document,
    mut placements: Vec<((usize, std::ops::Range<usize>), usize)>,
    diags: &mut Diagnostics,
) {
    // Grouped by block (in file order within each), so each block meets only its own notes.
    placements.sort_by_key(|((block, _), _)| *block);
    let mut placements = placements.into_iter().peekable();
    let mut too_many = Vec::new();
    let mut block_no = 0;
    for_each_text_leaf_mut(&mut document.blocks, &mut |inlines| {
        let mut placed = 0;
        while let Some(((_, range), note)) =
            placements.next_if(|((block, _), _)| *block == block_no)
        {
            placed += 1;
            match placed.cmp(&(MAX_NOTES_PER_BLOCK + 1)) {
                std::cmp::Ordering::Less => merge::anchor(inlines, range, note),
                std::cmp::Ordering::Equal => too_many.push((note, 1)),
                std::cmp::Ordering::Greater => {
                    if let Some((_, extra)) = too_many.last_mut() {
                        *extra += 1;
                    }
                }
            }
        }
        block_no += 1;
    });
    for (note, extra) in too_many {
        diags.push(
            Diagnostic::error(
                "A008",
                format!(
                    "one paragraph of the manuscript is given {} notes; folio places at most {MAX_NOTES_PER_BLOCK} in a paragraph",
                    MAX_NOTES_PER_BLOCK + extra
                ),
            )
            .with_span(document.notes[note].span)
            .with_hint(format!("this is the first note too many; {extra} in all are over the limit"))
            .with_hint("split the paragraph, or merge notes on the same words into one"),
        );
    }
}

/// A009 at the first annotation quoting `quote` (normalised), the quote matched most often
/// when anchoring stopped counting.
fn too_many_matches(annotations: &[(FileId, AnnotationFile)], quote: &str) -> Diagnostic {
    let span = annotations.iter().find_map(|(file, parsed)| {
        let notes = parsed.notes.iter().map(|n| &n.quote);
        let readings = parsed.emendations.iter().map(|e| &e.reading);
        notes
            .chain(readings)
            .find(|q| index::normalize(q.get_ref()) == quote)
            .map(|q| Span::new(*file, q.span()))
    });
    let diagnostic = Diagnostic::error(
        "A009",
        "the quotes match the manuscript too often to be anchored (over 10 million matches in all)",
    )
    .with_hint(format!("“{}” alone matches most of them", shorten(quote)))
    .with_hint("quote enough words that each quote is found once");
    match span {
        Some(span) => diagnostic.with_span(span),
        None => diagnostic,
    }
}

/// A quote as messages show it: up to 60 characters, then an ellipsis.
fn shorten(quote: &str) -> String {
    const SHOWN: usize = 60;
    match quote.char_indices().nth(SHOWN) {
        Some((cut, _)) => format!("{}…", &quote[..cut]),
        None => quote.to_string(),
    }
}

/// Ids are lowercase ASCII words joined by hyphens, unique across all annotation files.
fn check_id(
    id: &toml::Spanned<String>,
    file: FileId,
    seen: &mut std::collections::BTreeMap<String, Span>,
    diags: &mut Diagnostics,
) -> bool {
    let span = Span::new(file, id.span());
    let text = id.get_ref();
    let well_formed = text.starts_with(|c: char| c.is_ascii_lowercase())
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !well_formed {
        diags.push(
            Diagnostic::error("A005", format!("`{text}` is not a usable id"))
                .with_span(span)
                .with_hint("use lowercase ASCII letters, digits and hyphens, starting with a letter, e.g. `imre-nagy`"),
        );
        return false;
    }
    if seen.insert(text.clone(), span).is_some() {
        diags.push(
            Diagnostic::error("A004", format!("the id `{text}` is used twice"))
                .with_span(span)
                .with_hint("give every note, emendation and omission its own id"),
        );
        return false;
    }
    true
}

/// Finds the one place a quote attaches to, or explains why not (A002, A003, A006).
/// What anchoring needs to know about the document, shared by every annotation.
#[derive(Clone, Copy)]
struct Anchorer<'a> {
    index: &'a TextIndex,
    occurrences: &'a anchor::Occurrences,
    files: &'a Files,
}

fn locate(
    anchorer: &Anchorer<'_>,
    file: FileId,
    quote: &toml::Spanned<String>,
    selector: &Selector,
    what: &str,
    budget: &mut anchor::SearchBudget,
    diags: &mut Diagnostics,
) -> Option<std::ops::Range<usize>> {
    let Anchorer {
        index,
        occurrences,
        files,
    } = *anchorer;
    let span = Span::new(file, quote.span());
    let full_text = quote.get_ref();
    let text = &shorten(full_text);
    let place = |offset: usize| {
        let origin = index.origin(offset).source;
        match files.get(origin.file) {
            Some(f) => {
                let (line, col) = f.line_col(origin.start);
                format!("{}:{line}:{col}", f.path.display())
            }
            None => "the generated text".to_string(),
        }
    };
    if index::normalize(full_text).is_empty() {
        diags.push(
            Diagnostic::error("A007", format!("the {what} is empty"))
                .with_span(span)
                .with_hint("quote the words of the text the annotation belongs to"),
        );
        return None;
    }
    match anchor::find_in(index, occurrences, full_text, selector, budget) {
        Anchoring::Found(range) => Some(range),
        Anchoring::Ambiguous(starts) => {
            let places: Vec<String> = starts.iter().take(5).map(|&s| place(s)).collect();
            diags.push(
                Diagnostic::error(
                    "A003",
                    format!(
                        "the {what} “{text}” matches {} places in the manuscript",
                        starts.len()
                    ),
                )
                .with_span(span)
                .with_hint(format!(
                    "it occurs at {}{}",
                    places.join(", "),
                    if starts.len() > 5 { ", …" } else { "" }
                ))
                .with_hint("add `prefix` or `suffix` (the words around it) or `occurrence = N`"),
            );
            None
        }
        Anchoring::NoSuchOccurrence { wanted, found } => {
            let at = selector
                .occurrence
                .as_ref()
                .map_or(span, |o| Span::new(file, o.span()));
            diags.push(
                Diagnostic::error("A006", format!("occurrence {wanted} of the {what} “{text}” was asked for, but it occurs {found} time(s)"))
                    .with_span(at)
                    .with_hint(format!("use a number from 1 to {found}")),
            );
            None
        }
        Anchoring::NotFound(near) => {
            let mut diagnostic = Diagnostic::error(
                "A002",
                format!("the {what} “{text}” is not in the manuscript"),
            )
            .with_span(span);
            diagnostic = match near {
                Suggestion::Near(near) => {
                    let found = index.text[near.range.clone()].replace('\u{0}', " ");
                    let origin = index.origin(near.range.start).source;
                    let line = files
                        .get(origin.file)
                        .map(|f| {
                            let (line, col) = f.line_col(origin.start);
                            crate::text::window(f.line_text(line), col - 1, 60).0
                        })
                        .unwrap_or_default();
                    diagnostic
                        .with_hint(format!(
                            "nearest match ({}): “{found}” at {}",
                            crate::text::counted(near.edits, "edit", "edits"),
                            place(near.range.start)
                        ))
                        .with_hint(format!("the manuscript reads: {line}"))
                }
                Suggestion::NoneClose => diagnostic.with_hint(
                    "no similar words were found; was the passage deleted or rewritten?",
                ),
                Suggestion::QuoteTooLong => diagnostic.with_hint(format!(
                    "the {what} is {} characters long, too long to look for similar words; quote a sentence or a few words",
                    full_text.chars().count()
                )),
                Suggestion::BudgetSpent => diagnostic.with_hint(
                    "not looked for similar words: so many quotes are missing that the search was stopped; fix the ones above first",
                ),
            };
            diags.push(diagnostic);
            None
        }
    }
}

/// Parses a TOML string value as Markdown, with spans pointing at the value in its file.
fn markdown_value(
    text: &str,
    file: FileId,
    value: std::ops::Range<usize>,
    diags: &mut Diagnostics,
) -> Vec<Block> {
    let mut local = Diagnostics::default();
    let mut blocks = crate::manuscript::parse(text, FileId::GENERATED, &mut local).blocks;
    // Offsets inside the value are exact for strings without escapes, which is the usual case;
    // +1 skips the opening quote.
    let base = value.start + 1;
    let relocate = |span: &mut Span| {
        *span = Span {
            file,
            start: (base + span.start).min(value.end),
            end: (base + span.end).min(value.end),
        };
    };
    for block in &mut blocks {
        crate::model::visit_spans_mut(block, &mut |s| relocate(s));
    }
    for mut d in local.iter().cloned() {
        d.span = Some(Span {
            file,
            start: value.start,
            end: value.end,
        });
        diags.push(d);
    }
    blocks
}

/// Like `markdown_value` for a single run of inline Markdown.
fn inline_value(
    text: &str,
    file: FileId,
    value: std::ops::Range<usize>,
    diags: &mut Diagnostics,
) -> Vec<Inline> {
    markdown_value(text, file, value, diags)
        .into_iter()
        .filter_map(|b| b.inlines().map(<[Inline]>::to_vec))
        .reduce(|mut a, b| {
            a.push(Inline {
                kind: InlineKind::Text(" ".into()),
                span: Span::generated(),
            });
            a.extend(b);
            a
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plain_text;

    fn run(markdown: &str, annotations: &str) -> (Document, Apparatus, Diagnostics, Files) {
        let mut files = Files::default();
        let mut diags = Diagnostics::default();
        let ms = files.add("m.md", markdown.to_string());
        let mut doc = crate::manuscript::parse(markdown, ms, &mut diags);
        let ann = files.add("a.toml", annotations.to_string());
        let parsed = parse(&files, ann, &mut diags).expect("valid toml");
        let apparatus = annotate(&mut doc, &files, &[(ann, parsed)], &mut diags);
        (doc, apparatus, diags, files)
    }

    #[test]
    fn notes_and_footnotes_share_one_sequence() {
        let (doc, apparatus, diags, _) = run(
            "Rákosi[^r] fell; Gerő followed. Nagy spoke.\n\n[^r]: A footnote.\n",
            "[[note]]\nid = \"gero\"\nquote = \"Gerő\"\nbody = \"Ernő *Gerő*.\"\nsource = \"A book.\"\n\
             [[note]]\nid = \"nagy\"\nquote = \"Nagy\"\nbody = \"Imre Nagy.\"\nsource = \" \"\n",
        );
        assert!(diags.is_empty(), "{diags:?}");
        // What the note on the text says about them: the manuscript's footnote is counted
        // apart, and a blank source names nothing.
        assert_eq!(apparatus.note_count, 2);
        assert_eq!(apparatus.notes_with_source, 1);
        assert_eq!(apparatus.manuscript_footnotes, 1);
        assert_eq!(doc.notes.len(), 3);
        assert_eq!(doc.notes[0].id, "fn-r");
        assert_eq!(doc.notes[1].id, "note-gero");
        assert_eq!(doc.notes[1].number, 2);
        assert_eq!(
            plain_text(doc.notes[1].blocks[0].inlines().unwrap()),
            "Ernő Gerő."
        );
    }

    #[test]
    fn missing_quote_points_at_the_toml_and_suggests() {
        let (_, _, diags, files) = run(
            "He was replaced with Ernő Gerő.\n",
            "[[note]]\nid = \"gero\"\nquote = \"Erno Gero\"\nbody = \"x\"\n",
        );
        let d = diags.iter().next().unwrap();
        assert_eq!(d.code, "A002");
        assert_eq!(files.location(d.span.unwrap()).unwrap().1, 3);
        assert!(
            d.hints[0].contains("“Ernő Gerő” at m.md:1:22"),
            "{:?}",
            d.hints
        );
    }

    #[test]
    fn emendations_are_anchored_and_kept() {
        let (_, apparatus, diags, _) = run(
            "President Gamal Abdel Nasser.\n",
            "[[emendation]]\nid = \"gamel\"\nreading = \"Gamal\"\nsource-reading = \"Gamel\"\nreason = \"Misspelt.\"\n",
        );
        assert!(diags.is_empty());
        assert_eq!(
            apparatus.emendations[0].place.unwrap().start,
            "President ".len()
        );
    }

    #[test]
    fn duplicate_ids_and_bad_keys_are_errors() {
        let (_, _, diags, _) = run(
            "Text.\n",
            "[[note]]\nid = \"a\"\nquote = \"Text\"\nbody = \"x\"\n[[note]]\nid = \"a\"\nquote = \"Text\"\nbody = \"y\"\n",
        );
        assert_eq!(diags.iter().map(|d| d.code).collect::<Vec<_>>(), ["A004"]);
        let mut files = Files::default();
        let mut diags = Diagnostics::default();
        let id = files.add("a.toml", "[[note]]\nid = \"a\"\nqoute = \"x\"\n".into());
        assert!(parse(&files, id, &mut diags).is_none());
        let d = diags.iter().next().unwrap();
        assert_eq!(d.code, "A001");
        assert_eq!(d.hints[0], "did you mean `quote`?");
    }
}
