//! `folio diff REV [REV2]`: what changed in the manuscript and the annotations between two git
//! revisions (REV2 defaults to the working tree), grouped as an editor reviews it: typography,
//! restorations (letters, apostrophes, dashes inserted), wording; and notes added, removed,
//! moved, re-anchored (quotation changed) or orphaned (no longer found, with a suggestion).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use similar::{capture_diff_slices, Algorithm, DiffOp};

use crate::annotate::anchor::{self, Anchoring};
use crate::annotate::index::{normalize, TextIndex};
use crate::annotate::schema::{AnnotationFile, Selector};
use crate::check::faithful::MappedText;
use crate::diag::{Diagnostics, Error, FileId, Files};
use crate::model::Document;
use crate::project::Project;
use crate::text::{fold_diacritic, normalize_typography};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ChangeClass {
    /// Only the forms of quotes, dashes, ellipses or spaces differ.
    Typography,
    /// Only characters that restoration inserts differ (letters with diacritics, apostrophes).
    Restoration,
    Wording,
}

#[derive(Debug)]
pub struct TextChange {
    pub class: ChangeClass,
    pub old: String,
    pub new: String,
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
    pub notes: Vec<NoteChange>,
}

/// One revision's manuscript and annotations, parsed.
struct Revision {
    document: Document,
    manuscript: FileId,
    /// Note id -> (quote, selector).
    notes: BTreeMap<String, (String, Selector)>,
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
    for path in &project.edition.annotations {
        let file = files.add(label(path), read(path)?);
        let parsed: AnnotationFile =
            crate::annotate::parse(files, file, &mut quiet).unwrap_or_default();
        for note in parsed.notes {
            notes.insert(
                note.id.get_ref().clone(),
                (note.quote.get_ref().clone(), note.selector()),
            );
        }
    }
    Ok(Revision {
        document,
        manuscript,
        notes,
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
    Ok(DiffReport {
        old_label: old.to_string(),
        new_label: new.unwrap_or("the working tree").to_string(),
        text: text_changes(&before, &after, files),
        notes: note_changes(&before, &after, files),
    })
}

fn text_changes(before: &Revision, after: &Revision, files: &Files) -> Vec<TextChange> {
    let old = MappedText::manuscript(&before.document, before.manuscript);
    let new = MappedText::manuscript(&after.document, after.manuscript);
    let old_strs: Vec<&str> = old.text.split_whitespace().collect();
    let new_words: Vec<_> = crate::text::word_spans(&new.text).collect();
    let new_strs: Vec<&str> = new_words.iter().map(|w| &new.text[w.clone()]).collect();
    let mut changes = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &old_strs, &new_strs) {
        let (old_range, new_range) = match op {
            DiffOp::Equal { .. } => continue,
            // A deletion, an insertion or a replacement: the words on each side.
            changed => (changed.old_range(), changed.new_range()),
        };
        let old_text = old_strs[old_range].join(" ");
        let new_text = new_strs[new_range.clone()].join(" ");
        let at = new_words
            .get(new_range.start)
            .or(new_words.last())
            .map_or(0, |w| w.start);
        let offset = new.file_offset(at);
        let (line, column) = files
            .get(after.manuscript)
            .map_or((0, 0), |f| f.line_col(offset));
        changes.push(TextChange {
            class: classify(&old_text, &new_text),
            old: old_text,
            new: new_text,
            line,
            column,
        });
    }
    changes
}

fn classify(old: &str, new: &str) -> ChangeClass {
    let typographic = |s: &str| -> String {
        let mapped: String = s
            .replace('…', "...")
            .chars()
            .map(normalize_typography)
            .filter(|c| !c.is_whitespace())
            .collect();
        mapped.replace("---", "-").replace("--", "-")
    };
    // Deleted letters come back by insertion ("Rkosi"); transliterated ones by substitution
    // ("Rakosi"): both are restorations of the same letters.
    let restorable = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_ascii() && !matches!(c, '\'' | '"' | '-') && !c.is_whitespace())
            .collect()
    };
    let folded =
        |s: &str| -> String { restorable(&s.chars().map(fold_diacritic).collect::<String>()) };
    if typographic(old) == typographic(new) {
        ChangeClass::Typography
    } else if restorable(old) == restorable(new) || folded(old) == folded(new) {
        ChangeClass::Restoration
    } else {
        ChangeClass::Wording
    }
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
        "{}: {} change{}",
        manuscript.display(),
        report.text.len(),
        if report.text.len() == 1 { "" } else { "s" }
    );
    for (class, title) in [
        (ChangeClass::Typography, "typography"),
        (ChangeClass::Restoration, "restored letters"),
        (ChangeClass::Wording, "wording"),
    ] {
        let group: Vec<&TextChange> = report.text.iter().filter(|c| c.class == class).collect();
        if group.is_empty() {
            continue;
        }
        let _ = writeln!(out, "  {title} ({})", group.len());
        for change in group {
            let _ = writeln!(
                out,
                "    {}:{}  “{}” → “{}”",
                change.line, change.column, change.old, change.new
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
}
