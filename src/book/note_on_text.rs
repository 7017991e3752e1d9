//! The generated "Note on the text": where the text came from, what damage it had and how it
//! was repaired (counts by class from the restore report), every emendation and omission.
//! The first back-matter section, so both exports show the same apparatus.

use std::collections::BTreeMap;

use crate::config::{Edition, SourceInfo};
use crate::model::generated::{
    block, emphasis, heading, link, paragraph, text, EMENDATIONS_ID, NOTE_ON_THE_TEXT_ID,
    OMISSIONS_ID,
};
use crate::model::{Block, BlockKind};
use crate::restore::{Class, Report, Suspect};
use crate::text::counted;

use super::{Section, SectionKind};
use crate::annotate::Apparatus;

/// What the restore report says, reduced to what the note on the text tells the reader.
#[derive(Debug, Clone, Default)]
pub struct RestoreSummary {
    /// Damage found, in words ("non-ASCII characters deleted").
    pub damage: Vec<String>,
    /// Repairs made, by class.
    pub counts: BTreeMap<Class, usize>,
    /// Places restore could not decide and left to the editors.
    pub suspects: usize,
    /// Those of them where only quotation marks were proposed (a quotation that may have lost
    /// its marks).
    pub quotation_suspects: usize,
}

impl RestoreSummary {
    /// What a restore report tells the reader: the damage in words, repairs by class, and how
    /// many places were left to the editors.
    pub fn from_report(report: &Report) -> RestoreSummary {
        let mut counts = BTreeMap::new();
        for edit in &report.edits {
            *counts.entry(edit.class).or_insert(0) += 1;
        }
        RestoreSummary {
            damage: report
                .damage
                .iter()
                .filter_map(|d| d.kind.for_readers())
                .map(str::to_string)
                .collect(),
            counts,
            suspects: report.suspects.len(),
            quotation_suspects: report
                .suspects
                .iter()
                .filter(|s| only_quotation_marks(s))
                .count(),
        }
    }
}

fn only_quotation_marks(suspect: &Suspect) -> bool {
    let is_mark = |c: char| matches!(c, '“' | '”' | '‘' | '’' | '"' | '\'' | '«' | '»' | '„');
    !suspect.candidates.is_empty()
        && suspect
            .candidates
            .iter()
            .all(|c| !c.is_empty() && c.chars().all(is_mark))
}

/// "a", "a and b", "a, b and c".
fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Clauses that may hold "and" themselves: "a, and b", "a, b, and c".
fn join_clauses(clauses: &[String]) -> String {
    match clauses {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{}, and {last}", init.join(", ")),
    }
}

/// What the automatic restoration did, as clauses of one sentence, one per kind of repair
/// that was made: marks it put back, letters, garbled characters, HTML codes.
fn repair_clauses(counts: &BTreeMap<Class, usize>) -> Vec<String> {
    let mut marks = Vec::new();
    let mut clauses = Vec::new();
    for (&class, &n) in counts.iter().filter(|(_, &n)| n > 0) {
        match class {
            Class::Apostrophe => marks.push(counted(n, "apostrophe", "apostrophes")),
            Class::Dash => marks.push(counted(n, "dash", "dashes")),
            Class::Quotation => marks.push(counted(n, "quotation mark", "quotation marks")),
            Class::Ellipsis => marks.push(counted(n, "ellipsis", "ellipses")),
            // One repair is one place in a word, which may have had more than one letter.
            Class::Letters => clauses.push(format!(
                "restored lost letters in {}",
                counted(n, "place", "places")
            )),
            Class::Encoding => clauses.push(format!(
                "corrected {} garbled by a wrong character encoding",
                counted(n, "character", "characters")
            )),
            Class::Entity => clauses.push(format!(
                "replaced {} with the characters they stand for",
                counted(n, "HTML character code", "HTML character codes")
            )),
        }
    }
    if !marks.is_empty() {
        clauses.insert(0, format!("put back {}", join(&marks)));
    }
    clauses
}

/// The places restore could not decide: how many, and how many were possible lost quotations.
fn suspects_sentence(restore: &RestoreSummary) -> Option<String> {
    let (all, quotations) = (restore.suspects, restore.quotation_suspects);
    if all == 0 {
        return None;
    }
    let kind = "where a quotation may have lost its marks";
    let detail = match quotations {
        0 => String::new(),
        _ if quotations == all && all == 1 => format!(" ({kind})"),
        _ if quotations == all => format!(" (all of them {kind})"),
        _ => format!(" ({quotations} of them {kind})"),
    };
    Some(format!(
        "It listed {} it could not decide{detail}, and left {} to the editors.",
        counted(all, "place", "places"),
        if all == 1 { "it" } else { "them" }
    ))
}

/// What the restore report says, as one paragraph's text.
fn restoration_paragraph(restore: &RestoreSummary) -> String {
    let mut sentences = Vec::new();
    if !restore.damage.is_empty() {
        sentences.push(format!(
            "The copy received was damaged: {}.",
            join(&restore.damage)
        ));
    }
    let repairs = repair_clauses(&restore.counts);
    if repairs.is_empty() {
        sentences.push("The automatic restoration changed nothing.".to_string());
    } else {
        sentences.push(format!(
            "The automatic restoration {}.",
            join_clauses(&repairs)
        ));
    }
    sentences.extend(suspects_sentence(restore));
    if !repairs.is_empty() {
        sentences.push(
            "Every change it made is recorded, with its evidence, in a report kept with the edition’s files."
                .to_string(),
        );
    }
    sentences.join(" ")
}

/// Who wrote the notes, as far as folio knows: the annotation files' notes are this edition's
/// (and may name a source); the manuscript's own footnotes are the text's, of unknown origin.
fn notes_sentence(apparatus: &Apparatus) -> Option<String> {
    let ours = apparatus.note_count;
    if ours == 0 {
        return None;
    }
    let all = ours + apparatus.manuscript_footnotes;
    let was = if ours == 1 { "was" } else { "were" };
    let mut sentence = if all == ours && ours == 1 {
        "The note was written for this edition".to_string()
    } else if all == ours {
        format!("The {ours} notes were written for this edition")
    } else {
        format!("{ours} of the {all} notes {was} written for this edition")
    };
    let sourced = apparatus.notes_with_source;
    if sourced == ours {
        sentence.push_str(if ours == 1 {
            ", and names its source"
        } else {
            "; each names its source"
        });
    } else if sourced > 0 {
        sentence.push_str(&format!(
            "; {sourced} of them {}",
            if sourced == 1 {
                "names its source"
            } else {
                "name their source"
            }
        ));
    }
    sentence.push('.');
    Some(sentence)
}

/// Builds the section; `restore` is absent when the edition has no restore report.
pub fn section(
    edition: &Edition,
    apparatus: &Apparatus,
    restore: Option<&RestoreSummary>,
) -> Section {
    let mut blocks = vec![heading(1, NOTE_ON_THE_TEXT_ID, "Note on the text")];
    blocks.extend(edition.source.as_ref().map(source_paragraph));
    if let Some(restore) = restore {
        blocks.push(paragraph(vec![text(restoration_paragraph(restore))]));
    }
    // Said before the lists, under the section's own heading rather than the last list's.
    if let Some(sentence) = notes_sentence(apparatus) {
        blocks.push(paragraph(vec![text(sentence)]));
    }
    blocks.extend(emendations(apparatus));
    blocks.extend(omissions(apparatus));
    Section {
        kind: SectionKind::NoteOnTheText,
        blocks,
    }
}

/// "This edition reproduces “Title”, published by …, from the copy at …."
fn source_paragraph(source: &SourceInfo) -> Block {
    let mut content = vec![
        text("This edition reproduces “"),
        text(source.title.clone()),
        text("”"),
    ];
    if let Some(publisher) = &source.publisher {
        content.push(text(", published by "));
        content.push(emphasis(vec![text(publisher.clone())]));
    }
    if let Some(date) = &source.date {
        content.push(text(format!(" ({date})")));
    }
    if let Some(url) = &source.url {
        content.push(text(", from the copy at "));
        content.push(link(url));
    }
    content.push(text("."));
    paragraph(content)
}

/// The emendations' subsection: each reading, the source's, the reason. Nothing without any.
fn emendations(apparatus: &Apparatus) -> Vec<Block> {
    if apparatus.emendations.is_empty() {
        return Vec::new();
    }
    let items = apparatus
        .emendations
        .iter()
        .map(|e| {
            let mut content = vec![
                text(format!("{} ] ", e.reading)),
                emphasis(vec![text("source:")]),
                text(format!(" {}. ", e.source_reading)),
            ];
            content.extend(e.reason.iter().cloned());
            vec![paragraph(content)]
        })
        .collect();
    vec![
        heading(2, EMENDATIONS_ID, "Emendations"),
        paragraph(vec![text(
            "Where the source is plainly in error, the text is corrected. Each entry gives this edition’s reading, then the source’s, then the reason.",
        )]),
        block(BlockKind::List { start: None, items }),
    ]
}

/// The omissions' subsection: the words left out (shortened) and why. Nothing without any.
fn omissions(apparatus: &Apparatus) -> Vec<Block> {
    if apparatus.omissions.is_empty() {
        return Vec::new();
    }
    let items = apparatus
        .omissions
        .iter()
        .map(|o| {
            let quoted: String = o
                .source_text
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let mut content = vec![text(format!("“{}” ", shorten(&quoted, 90)))];
            content.extend(o.reason.iter().cloned());
            vec![paragraph(content)]
        })
        .collect();
    vec![
        heading(2, OMISSIONS_ID, "Omissions"),
        block(BlockKind::List { start: None, items }),
    ]
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plain_text;

    fn edition() -> Edition {
        toml::from_str(
            "title='T'\nlanguage='en'\ndate='2026-01-01'\nidentifier='x'\nslug='t'\nmanuscript='m.md'\n\
             [source]\ntitle='Src'\nrestore-report='manuscript/t.restore.json'\n",
        )
        .unwrap()
    }

    /// The whole section as plain text, one block a line.
    fn note_text(apparatus: &Apparatus, restore: Option<&RestoreSummary>) -> String {
        section(&edition(), apparatus, restore)
            .blocks
            .iter()
            .map(|b| match &b.kind {
                BlockKind::List { items, .. } => items
                    .iter()
                    .flatten()
                    .map(|b| plain_text(b.inlines().unwrap()))
                    .collect::<Vec<_>>()
                    .join("\n"),
                _ => plain_text(b.inlines().unwrap()),
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn summary(counts: &[(Class, usize)], suspects: usize, quotations: usize) -> RestoreSummary {
        RestoreSummary {
            damage: vec!["non-ASCII characters deleted".into()],
            counts: counts.iter().copied().collect(),
            suspects,
            quotation_suspects: quotations,
        }
    }

    #[test]
    fn the_restoration_is_told_by_the_classes_of_repair_made() {
        let restore = summary(
            &[
                (Class::Apostrophe, 31),
                (Class::Dash, 6),
                (Class::Letters, 10),
            ],
            4,
            3,
        );
        let text = note_text(&Apparatus::default(), Some(&restore));
        assert!(
            text.contains("damaged: non-ASCII characters deleted."),
            "{text}"
        );
        assert!(
            text.contains(
                "The automatic restoration put back 31 apostrophes and 6 dashes, and restored lost letters in 10 places."
            ),
            "{text}"
        );
        assert!(
            text.contains("It listed 4 places it could not decide (3 of them where a quotation may have lost its marks), and left them to the editors."),
            "{text}"
        );
    }

    #[test]
    fn classes_without_repairs_and_kinds_without_suspects_are_not_named() {
        let restore = summary(&[(Class::Encoding, 2), (Class::Dash, 0)], 2, 0);
        let text = note_text(&Apparatus::default(), Some(&restore));
        assert!(
            text.contains("The automatic restoration corrected 2 characters garbled by a wrong character encoding."),
            "{text}"
        );
        assert!(!text.contains("dash"), "{text}");
        assert!(!text.contains("quotation"), "{text}");
        assert!(!text.contains("settled"), "{text}");
        let nothing = note_text(&Apparatus::default(), Some(&summary(&[], 0, 0)));
        assert!(
            nothing.contains("The automatic restoration changed nothing."),
            "{nothing}"
        );
        assert!(!nothing.contains("Every change"), "{nothing}");
    }

    #[test]
    fn no_path_of_the_project_is_shown_to_readers() {
        let restore = summary(&[(Class::Apostrophe, 1)], 0, 0);
        let text = note_text(&Apparatus::default(), Some(&restore));
        assert!(text.contains("Every change it made is recorded"), "{text}");
        assert!(!text.contains("restore.json"), "{text}");
        assert!(!text.contains("manuscript/"), "{text}");
    }

    #[test]
    fn each_names_its_source_only_when_each_does() {
        let notes = |note_count, notes_with_source, manuscript_footnotes| Apparatus {
            note_count,
            notes_with_source,
            manuscript_footnotes,
            ..Apparatus::default()
        };
        let said = |apparatus: Apparatus| note_text(&apparatus, None);
        assert!(said(notes(3, 3, 0))
            .contains("The 3 notes were written for this edition; each names its source."));
        assert!(said(notes(3, 1, 0))
            .contains("The 3 notes were written for this edition; 1 of them names its source."));
        assert!(said(notes(3, 0, 0)).contains("The 3 notes were written for this edition."));
        // The manuscript's own footnotes are not claimed as the edition's.
        assert!(said(notes(2, 1, 1)).contains(
            "2 of the 3 notes were written for this edition; 1 of them names its source."
        ));
        assert!(said(notes(1, 1, 0))
            .contains("The note was written for this edition, and names its source."));
        assert!(!said(notes(0, 0, 4)).contains("written for this edition"));
    }

    #[test]
    fn a_count_of_one_takes_the_singular() {
        let restore = summary(
            &[
                (Class::Apostrophe, 1),
                (Class::Dash, 1),
                (Class::Quotation, 1),
                (Class::Ellipsis, 1),
                (Class::Letters, 1),
                (Class::Encoding, 1),
                (Class::Entity, 1),
            ],
            1,
            1,
        );
        let apparatus = Apparatus {
            note_count: 1,
            notes_with_source: 1,
            manuscript_footnotes: 1,
            ..Apparatus::default()
        };
        let text = note_text(&apparatus, Some(&restore));
        for (at, _) in text.match_indices("1 ") {
            let word: String = text[at + 2..]
                .chars()
                .take_while(|c| c.is_alphabetic())
                .collect();
            assert!(
                !word.ends_with('s') || word == "ellipsis",
                "“1 {word}” in {text}"
            );
        }
        assert!(text.contains("It listed 1 place it could not decide (where a quotation may have lost its marks), and left it to the editors."), "{text}");
        assert!(text.contains("1 of the 2 notes was written"), "{text}");
    }
}
