//! `folio diff REV [REV2]`: what changed in the manuscript and the annotations between two git
//! revisions (REV2 defaults to the working tree), grouped as an editor reviews it: typography
//! (quote and dash forms, quotation marks added), restorations (letters, apostrophes, dashes
//! inserted), declared emendations, wording, and the paragraphs themselves (split, joined,
//! marked as captions or headings); and notes added, removed, moved, re-anchored (quotation
//! changed) or orphaned (no longer found, with a suggestion).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::ops::Range;
use std::path::Path;

use crate::annotate::anchor::{self, Anchoring};
use crate::annotate::index::{normalize, TextIndex};
use crate::annotate::schema::{AnnotationFile, Selector};
use crate::compare::{align, classify, ChangeClass, MappedText, Op};
use crate::diag::{Diagnostics, Error, FileId, Files};
use crate::model::{text_leaves, BlockKind, Document};
use crate::project::Project;
use crate::text::counted;

#[derive(Debug)]
pub struct TextChange {
    pub class: ChangeClass,
    pub old: String,
    pub new: String,
    /// The id of the emendation that declares the change (class `Emendation`).
    pub emendation: Option<String>,
    /// Line and column in the newer manuscript.
    pub line: usize,
    pub column: usize,
}

/// What a paragraph-like block is, as far as a revision can change it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LeafKind {
    Heading(u8),
    Paragraph,
    /// A paragraph marked `{.caption}`.
    Caption,
}

impl LeafKind {
    fn of(kind: &BlockKind) -> LeafKind {
        match kind {
            BlockKind::Heading { level, .. } => LeafKind::Heading(*level),
            BlockKind::Caption { .. } => LeafKind::Caption,
            _ => LeafKind::Paragraph,
        }
    }

    fn name(self) -> String {
        match self {
            LeafKind::Heading(level) => format!("heading {level}"),
            LeafKind::Paragraph => "paragraph".into(),
            LeafKind::Caption => "caption".into(),
        }
    }
}

/// A change to the blocks themselves, which the words alone do not show.
#[derive(Debug, PartialEq, Eq)]
pub enum BlockChangeKind {
    /// A new block begins where the text ran on (a paragraph split).
    Split(LeafKind),
    /// A block no longer begins here: it runs on from the one before.
    Joined(LeafKind),
    /// The same block, of another kind (a `{.caption}` marker added or removed, a heading
    /// made a paragraph).
    Changed { from: LeafKind, to: LeafKind },
}

#[derive(Debug)]
pub struct BlockChange {
    pub kind: BlockChangeKind,
    /// The first words of the newer text at the place.
    pub words: String,
    /// Line and column in the newer manuscript.
    pub line: usize,
    pub column: usize,
}

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum NoteChangeKind {
    Added,
    Removed,
    Reanchored,
    Moved,
    Orphaned,
}

#[derive(Debug)]
pub struct NoteChange {
    pub kind: NoteChangeKind,
    pub id: String,
    pub detail: String,
}

#[derive(Debug)]
pub struct DiffReport {
    pub old_label: String,
    pub new_label: String,
    pub text: Vec<TextChange>,
    pub blocks: Vec<BlockChange>,
    pub notes: Vec<NoteChange>,
}

/// One revision's manuscript and annotations, parsed.
struct Revision {
    document: Document,
    manuscript: FileId,
    /// Note id -> (quote, selector).
    notes: BTreeMap<String, (String, Selector)>,
    /// Emendation id, the leaf block its reading is in and the reading's range in that
    /// block's reader text.
    emendations: Vec<(String, usize, Range<usize>)>,
}

fn load(project: &Project, revision: Option<&str>, files: &mut Files) -> Result<Revision, Error> {
    let root = &project.root;
    let read = |path: &Path| -> Result<String, Error> {
        match revision {
            Some(rev) => crate::revision::read_at(root, rev, path),
            None => {
                let full = crate::project::inside_edition(root, path)
                    .map_err(|outside| Error::Usage(outside.to_string()))?;
                std::fs::read_to_string(&full).map_err(|e| Error::io(&full, e))
            }
        }
    };
    let label = |path: &Path| match revision {
        Some(rev) => format!("{rev}:{}", path.display()),
        None => path.display().to_string(),
    };
    // Problems inside an old revision are not this revision's business: they are not shown.
    let mut quiet = Diagnostics::default();
    let manuscript_path = &project.edition.manuscript;
    let manuscript = files.add(label(manuscript_path), read(manuscript_path)?);
    let document = crate::manuscript::parse(
        &files.get(manuscript).expect("added").text,
        manuscript,
        &mut quiet,
    );
    let mut notes = BTreeMap::new();
    let mut annotations = Vec::new();
    for path in &project.edition.annotations {
        let file = files.add(label(path), read(path)?);
        let parsed: AnnotationFile =
            crate::annotate::parse(files, file, &mut quiet).unwrap_or_default();
        for note in &parsed.notes {
            notes.insert(
                note.id.get_ref().clone(),
                (note.quote.get_ref().clone(), note.selector()),
            );
        }
        annotations.push((file, parsed));
    }
    // Anchored as a build anchors them, on a copy: the notes merged into it are not wanted.
    let apparatus =
        crate::annotate::annotate(&mut document.clone(), files, &annotations, &mut quiet);
    let emendations = apparatus
        .emendations
        .into_iter()
        .filter_map(|e| e.reader.map(|(block, range)| (e.id, block, range)))
        .collect();
    Ok(Revision {
        document,
        manuscript,
        notes,
        emendations,
    })
}

/// Compares `old` (a revision) with `new` (a revision, or the working tree when `None`).
pub fn diff(
    project: &Project,
    old: &str,
    new: Option<&str>,
    files: &mut Files,
) -> Result<DiffReport, Error> {
    let before = load(project, Some(old), files)?;
    let after = load(project, new, files)?;
    let (text, blocks) = text_changes(&before, &after, files);
    Ok(DiffReport {
        old_label: old.to_string(),
        new_label: new.unwrap_or("the working tree").to_string(),
        text,
        blocks,
        notes: note_changes(&before, &after, files),
    })
}

/// A revision's text as the diff compares it: each leaf block's kind, then its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Token<'a> {
    Block(LeafKind),
    Word(&'a str),
}

/// The tokens of `mapped` (a manuscript's reader text) and where each starts in it.
fn tokens<'a>(mapped: &'a MappedText, document: &Document) -> (Vec<Token<'a>>, Vec<usize>) {
    let kinds: Vec<LeafKind> = text_leaves(&document.blocks)
        .map(|(leaf, _)| LeafKind::of(&leaf.kind))
        .collect();
    let starts = mapped.block_starts();
    let mut words = crate::text::word_spans(&mapped.text).peekable();
    let (mut tokens, mut at) = (Vec::new(), Vec::new());
    for (i, (&start, &kind)) in starts.iter().zip(&kinds).enumerate() {
        let end = starts.get(i + 1).copied().unwrap_or(mapped.text.len());
        tokens.push(Token::Block(kind));
        at.push(start);
        while let Some(word) = words.next_if(|w| w.start < end) {
            tokens.push(Token::Word(&mapped.text[word.clone()]));
            at.push(word.start);
        }
    }
    (tokens, at)
}

/// One side of a changed stretch: its words, and its blocks with their token indices.
struct Side<'a> {
    words: Vec<&'a str>,
    /// Byte range in the reader text covered by the words (empty where there are none).
    span: Option<Range<usize>>,
    blocks: Vec<(usize, LeafKind)>,
}

impl<'a> Side<'a> {
    fn of(tokens: &[Token<'a>], at: &[usize], range: Range<usize>) -> Side<'a> {
        let mut side = Side {
            words: Vec::new(),
            span: None,
            blocks: Vec::new(),
        };
        for i in range {
            match tokens[i] {
                Token::Word(word) => {
                    side.words.push(word);
                    let end = at[i] + word.len();
                    side.span = Some(side.span.take().map_or(at[i]..end, |s| s.start..end));
                }
                Token::Block(kind) => side.blocks.push((i, kind)),
            }
        }
        side
    }
}

/// The text of the two revisions, tokenised, and what the diff needs to report places.
struct Compared<'a> {
    new: &'a MappedText,
    tokens: Vec<Token<'a>>,
    at: Vec<usize>,
    after: &'a Revision,
    files: &'a Files,
}

impl Compared<'_> {
    fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = self.new.file_offset(offset);
        self.files
            .get(self.after.manuscript)
            .map_or((0, 0), |f| f.line_col(offset))
    }

    /// Where token `index` of the newer text starts (the end of the text past the last).
    fn offset(&self, index: usize) -> usize {
        self.at.get(index).copied().unwrap_or(self.new.text.len())
    }

    /// Up to four words of the newer text from token `index` to the end of its block.
    fn words_from(&self, index: usize) -> String {
        let words: Vec<&str> = self.tokens[index.min(self.tokens.len())..]
            .iter()
            .skip_while(|t| matches!(t, Token::Block(_)))
            .map_while(|t| match t {
                Token::Word(word) => Some(*word),
                Token::Block(_) => None,
            })
            .take(5)
            .collect();
        match words.split_at_checked(4) {
            Some((first, rest)) if !rest.is_empty() => format!("{}…", first.join(" ")),
            _ => words.join(" "),
        }
    }

    /// The emendation of the newer revision whose reading the range `changed` touches.
    fn emendation(&self, changed: &Range<usize>) -> Option<&str> {
        let starts = self.new.block_starts();
        self.after
            .emendations
            .iter()
            .find(|(_, block, range)| {
                let Some(&start) = starts.get(*block) else {
                    return false;
                };
                let reading = start + range.start..start + range.end;
                if changed.is_empty() {
                    reading.start <= changed.start && changed.start <= reading.end
                } else {
                    changed.start < reading.end && reading.start < changed.end
                }
            })
            .map(|(id, _, _)| id.as_str())
    }
}

fn text_changes(
    before: &Revision,
    after: &Revision,
    files: &Files,
) -> (Vec<TextChange>, Vec<BlockChange>) {
    let old = MappedText::manuscript(&before.document, before.manuscript);
    let new = MappedText::manuscript(&after.document, after.manuscript);
    let (old_tokens, old_at) = tokens(&old, &before.document);
    let (new_tokens, new_at) = tokens(&new, &after.document);
    let compared = Compared {
        new: &new,
        tokens: new_tokens,
        at: new_at,
        after,
        files,
    };
    let mut changes = Vec::new();
    let mut blocks = Vec::new();
    for op in align(&old_tokens, &compared.tokens) {
        // A deletion, an insertion or a replacement: the tokens on each side.
        let Op::Changed {
            old: old_range,
            new: new_range,
        } = op
        else {
            continue;
        };
        let old_side = Side::of(&old_tokens, &old_at, old_range);
        let new_side = Side::of(&compared.tokens, &compared.at, new_range.clone());
        if old_side.words != new_side.words {
            changes.push(text_change(
                &compared,
                &old_side,
                &new_side,
                new_range.start,
            ));
        }
        blocks.extend(block_changes(
            &compared,
            &old_side,
            &new_side,
            new_range.start,
        ));
    }
    (changes, blocks)
}

/// The change of words in one changed stretch, filed in its group.
fn text_change(compared: &Compared, old: &Side, new: &Side, first_new_token: usize) -> TextChange {
    let old_text = old.words.join(" ");
    let new_text = new.words.join(" ");
    let place = new.span.clone().unwrap_or_else(|| {
        let at = compared.offset(first_new_token);
        at..at
    });
    let emendation = compared.emendation(&place).map(str::to_string);
    let class = match emendation {
        Some(_) => ChangeClass::Emendation,
        None => classify(&old_text, &new_text),
    };
    let (line, column) = compared.line_col(place.start);
    TextChange {
        class,
        old: old_text,
        new: new_text,
        emendation,
        line,
        column,
    }
}

/// The blocks split, joined or changed in kind in one changed stretch.
fn block_changes(
    compared: &Compared,
    old: &Side,
    new: &Side,
    first_new_token: usize,
) -> Vec<BlockChange> {
    let old_kinds: Vec<LeafKind> = old.blocks.iter().map(|b| b.1).collect();
    let new_kinds: Vec<LeafKind> = new.blocks.iter().map(|b| b.1).collect();
    let change = |kind: BlockChangeKind, token: usize| {
        let (line, column) = compared.line_col(compared.offset(token));
        BlockChange {
            kind,
            words: compared.words_from(token),
            line,
            column,
        }
    };
    // Where a joined block's text now stands: at the stretch's first word, or just after it.
    let joined_at = new
        .span
        .as_ref()
        .and_then(|span| compared.at.iter().position(|&a| a == span.start))
        .unwrap_or(first_new_token);
    let mut out = Vec::new();
    for op in align(&old_kinds, &new_kinds) {
        let (old_range, new_range) = match op {
            Op::Equal { old, new, len } => (old..old + len, new..new + len),
            Op::Changed { old, new } => (old, new),
        };
        let paired = old_range.len().min(new_range.len());
        for k in 0..paired {
            let (from, to) = (
                old_kinds[old_range.start + k],
                new_kinds[new_range.start + k],
            );
            if from != to {
                out.push(change(
                    BlockChangeKind::Changed { from, to },
                    new.blocks[new_range.start + k].0,
                ));
            }
        }
        for &(token, kind) in &new.blocks[new_range.start + paired..new_range.end] {
            out.push(change(BlockChangeKind::Split(kind), token));
        }
        for &kind in &old_kinds[old_range.start + paired..old_range.end] {
            out.push(change(BlockChangeKind::Joined(kind), joined_at));
        }
    }
    out
}

fn note_changes(before: &Revision, after: &Revision, files: &Files) -> Vec<NoteChange> {
    let old_index = TextIndex::new(&before.document);
    let new_index = TextIndex::new(&after.document);
    let place = |index: &TextIndex, offset: usize| {
        let source = index.origin(offset).source;
        files.get(source.file).map_or(String::new(), |f| {
            let (line, col) = f.line_col(source.start);
            format!("{line}:{col}")
        })
    };
    let context = |index: &TextIndex, range: &std::ops::Range<usize>| {
        let before: String = index.text[..range.start].chars().rev().take(30).collect();
        let after: String = index.text[range.end..].chars().take(30).collect();
        (before, after)
    };
    let mut changes = Vec::new();
    for (id, (quote, selector)) in &after.notes {
        let found = anchor::find(&new_index, quote, selector);
        if let Anchoring::NotFound(_)
        | Anchoring::Ambiguous(_)
        | Anchoring::NoSuchOccurrence { .. } = found
        {
            let suggestion = match anchor::nearest(&new_index, &normalize(quote)) {
                Some(near) => format!(
                    "; nearest text “{}” at {}: suggest quote = \"{}\"",
                    &new_index.text[near.range.clone()],
                    place(&new_index, near.range.start),
                    new_index.text[near.range.clone()].replace('"', "\\\"")
                ),
                None => "; no similar text remains".to_string(),
            };
            let problem = if matches!(found, Anchoring::NotFound(_)) {
                "is not found"
            } else {
                "no longer anchors exactly once"
            };
            changes.push(NoteChange {
                kind: NoteChangeKind::Orphaned,
                id: id.clone(),
                detail: format!("its quotation “{quote}” {problem}{suggestion}"),
            });
            continue;
        }
        let Anchoring::Found(new_range) = found else {
            unreachable!("handled above")
        };
        match before.notes.get(id) {
            None => changes.push(NoteChange {
                kind: NoteChangeKind::Added,
                id: id.clone(),
                detail: format!("on “{quote}” at {}", place(&new_index, new_range.start)),
            }),
            Some((old_quote, old_selector)) => {
                let same_selector = old_selector.prefix == selector.prefix
                    && old_selector.suffix == selector.suffix
                    && old_selector.occurrence.as_ref().map(|o| *o.get_ref())
                        == selector.occurrence.as_ref().map(|o| *o.get_ref());
                if old_quote != quote || !same_selector {
                    changes.push(NoteChange {
                        kind: NoteChangeKind::Reanchored,
                        id: id.clone(),
                        detail: format!(
                            "quotation “{old_quote}” → “{quote}”, at {}",
                            place(&new_index, new_range.start)
                        ),
                    });
                } else if let Anchoring::Found(old_range) =
                    anchor::find(&old_index, old_quote, old_selector)
                {
                    let (old_before, old_after) = context(&old_index, &old_range);
                    let (new_before, new_after) = context(&new_index, &new_range);
                    if old_before != new_before && old_after != new_after {
                        changes.push(NoteChange {
                            kind: NoteChangeKind::Moved,
                            id: id.clone(),
                            detail: format!(
                                "“{quote}” now at {}, in new surroundings",
                                place(&new_index, new_range.start)
                            ),
                        });
                    }
                }
            }
        }
    }
    for (id, (quote, _)) in &before.notes {
        if !after.notes.contains_key(id) {
            changes.push(NoteChange {
                kind: NoteChangeKind::Removed,
                id: id.clone(),
                detail: format!("was on “{quote}”"),
            });
        }
    }
    changes.sort_by(|a, b| (&a.kind, &a.id).cmp(&(&b.kind, &b.id)));
    changes
}

/// The report as an editor reads it.
pub fn render(report: &DiffReport, manuscript: &Path) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "folio diff {} → {}",
        report.old_label, report.new_label
    );
    let _ = writeln!(
        out,
        "{}: {}",
        manuscript.display(),
        counted(report.text.len() + report.blocks.len(), "change", "changes",)
    );
    for (class, title) in [
        (ChangeClass::Typography, "typography"),
        (ChangeClass::Restoration, "restored letters"),
        (ChangeClass::Emendation, "emendations"),
        (ChangeClass::Wording, "wording"),
    ] {
        let group: Vec<&TextChange> = report.text.iter().filter(|c| c.class == class).collect();
        if group.is_empty() {
            continue;
        }
        let _ = writeln!(out, "  {title} ({})", group.len());
        for change in group {
            let declared = change
                .emendation
                .as_ref()
                .map_or(String::new(), |id| format!("  (emendation {id})"));
            let _ = writeln!(
                out,
                "    {}:{}  “{}” → “{}”{declared}",
                change.line, change.column, change.old, change.new
            );
        }
    }
    if !report.blocks.is_empty() {
        let _ = writeln!(out, "  paragraphs ({})", report.blocks.len());
        for change in &report.blocks {
            let _ = writeln!(
                out,
                "    {}:{}  {}",
                change.line,
                change.column,
                describe(change)
            );
        }
    }
    let count = |kind: NoteChangeKind| report.notes.iter().filter(|n| n.kind == kind).count();
    let _ = writeln!(
        out,
        "notes: {} added, {} removed, {} re-anchored, {} moved, {} orphaned",
        count(NoteChangeKind::Added),
        count(NoteChangeKind::Removed),
        count(NoteChangeKind::Reanchored),
        count(NoteChangeKind::Moved),
        count(NoteChangeKind::Orphaned)
    );
    for note in &report.notes {
        let kind = match note.kind {
            NoteChangeKind::Added => "added",
            NoteChangeKind::Removed => "removed",
            NoteChangeKind::Reanchored => "re-anchored",
            NoteChangeKind::Moved => "moved",
            NoteChangeKind::Orphaned => "orphaned",
        };
        let _ = writeln!(out, "  {kind:<11} {}: {}", note.id, note.detail);
    }
    out
}

/// A block change in words: what happened and the words at the place.
fn describe(change: &BlockChange) -> String {
    let words = &change.words;
    match change.kind {
        BlockChangeKind::Split(kind) => format!("split: a new {} begins “{words}”", kind.name()),
        BlockChangeKind::Joined(kind) => {
            format!("joined: “{words}” no longer begins a {}", kind.name())
        }
        BlockChangeKind::Changed {
            to: LeafKind::Caption,
            ..
        } => format!("caption marker {{.caption}} added: “{words}”"),
        BlockChangeKind::Changed {
            from: LeafKind::Caption,
            ..
        } => format!("caption marker {{.caption}} removed: “{words}”"),
        BlockChangeKind::Changed { from, to } => {
            format!("{} → {}: “{words}”", from.name(), to.name())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_are_classified_as_an_editor_would() {
        assert_eq!(classify("didn't", "didn’t"), ChangeClass::Typography);
        assert_eq!(classify("\"people\"", "“people”"), ChangeClass::Typography);
        assert_eq!(classify("Rkosi", "Rákosi"), ChangeClass::Restoration);
        assert_eq!(classify("Hungarys", "Hungary’s"), ChangeClass::Restoration);
        assert_eq!(
            classify("revolutiona", "revolution—a"),
            ChangeClass::Restoration
        );
        assert_eq!(classify("Erno Gero", "Ernő Gerő"), ChangeClass::Restoration);
        assert_eq!(classify("radio", "television"), ChangeClass::Wording);
    }

    #[test]
    fn added_quotation_marks_are_typography_and_apostrophes_are_not() {
        assert_eq!(
            classify("workers councils,", "“workers councils,”"),
            ChangeClass::Typography
        );
        assert_eq!(
            classify("the people said", "‘the people’ said"),
            ChangeClass::Typography
        );
        assert_eq!(classify("so.", "so.”"), ChangeClass::Typography);
        assert_eq!(classify("workers", "workers’"), ChangeClass::Restoration);
        assert_eq!(classify("didnt", "didn’t"), ChangeClass::Restoration);
        assert_eq!(
            classify("workers councils", "“workers’ councils”"),
            ChangeClass::Restoration
        );
    }
}
