//! The generated "Note on the text": where the text came from, what damage it had and how it
//! was repaired (counts by class from the restore report), every emendation and omission.
//! It is appended to the document, so both exports show the same apparatus.

use std::collections::BTreeMap;

use crate::config::Edition;
use crate::model::generated::{
    block, emphasis, heading, link, paragraph, text, EMENDATIONS_ID, NOTE_ON_THE_TEXT_ID,
    OMISSIONS_ID,
};
use crate::model::{Block, BlockKind};
use crate::restore::Report;

use super::Apparatus;

/// What the restore report says, reduced to what the note on the text tells the reader.
#[derive(Debug, Clone, Default)]
pub struct RestoreSummary {
    /// Damage found, in words ("non-ASCII characters deleted").
    pub damage: Vec<String>,
    /// Repairs by class (apostrophe, dash, letters, ...).
    pub counts: BTreeMap<String, usize>,
    /// Places restore could not decide, left to the editors.
    pub suspects: usize,
}

impl RestoreSummary {
    /// What a restore report tells the reader: the damage in words, repairs by class, and how
    /// many places were left to the editors.
    pub fn from_report(report: &Report) -> RestoreSummary {
        RestoreSummary {
            damage: report
                .damage
                .iter()
                .filter_map(|d| d.kind.for_readers())
                .map(str::to_string)
                .collect(),
            counts: report.counts_by_class(),
            suspects: report.suspects.len(),
        }
    }
}

/// "3 apostrophes" / "1 apostrophe".
fn counted(n: usize, class: &str) -> String {
    let (one, many) = match class {
        "apostrophe" => ("apostrophe", "apostrophes"),
        "dash" => ("dash", "dashes"),
        "letters" | "diacritic" | "diacritics" => {
            ("letter with a diacritic", "letters with diacritics")
        }
        "quotation" => ("quotation mark", "quotation marks"),
        "ellipsis" => ("ellipsis", "ellipses"),
        "encoding" | "mojibake" => ("mis-encoded character", "mis-encoded characters"),
        "entity" => ("HTML entity", "HTML entities"),
        other => (other, other),
    };
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "a", "a and b", "a, b and c".
fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Builds the section; `restore` is absent when the edition has no restore report.
pub fn build(
    edition: &Edition,
    apparatus: &Apparatus,
    restore: Option<&RestoreSummary>,
) -> Vec<Block> {
    let mut blocks = vec![heading(1, NOTE_ON_THE_TEXT_ID, "Note on the text")];

    if let Some(source) = &edition.source {
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
        blocks.push(paragraph(content));
    }

    if let Some(restore) = restore {
        let mut sentence = String::new();
        if !restore.damage.is_empty() {
            sentence.push_str(&format!(
                "The copy received was damaged: {}. ",
                join(&restore.damage)
            ));
        }
        let repairs: Vec<String> = restore
            .counts
            .iter()
            .filter(|(_, &n)| n > 0)
            .map(|(class, &n)| counted(n, class))
            .collect();
        if repairs.is_empty() {
            sentence.push_str("It needed no automatic repair.");
        } else {
            sentence.push_str(&format!(
                "The automatic restoration inserted {}.",
                join(&repairs)
            ));
        }
        if restore.suspects > 0 {
            sentence.push_str(&format!(
                " It listed {} further place{} it could not decide, such as lost quotation marks; the editors settled these by reading.",
                restore.suspects,
                if restore.suspects == 1 { "" } else { "s" }
            ));
        }
        if let Some(report) = edition
            .source
            .as_ref()
            .and_then(|s| s.restore_report.as_ref())
        {
            sentence.push_str(&format!(
                " Every change is logged in {}, kept with the manuscript.",
                report.display()
            ));
        }
        blocks.push(paragraph(vec![text(sentence)]));
    }

    if !apparatus.emendations.is_empty() {
        blocks.push(heading(2, EMENDATIONS_ID, "Emendations"));
        blocks.push(paragraph(vec![text(
            "Where the source is plainly in error, the text is corrected. Each entry gives this edition’s reading, then the source’s, then the reason.",
        )]));
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
        blocks.push(block(BlockKind::List { start: None, items }));
    }

    if !apparatus.omissions.is_empty() {
        blocks.push(heading(2, OMISSIONS_ID, "Omissions"));
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
        blocks.push(block(BlockKind::List { start: None, items }));
    }

    if apparatus.note_count > 0 {
        blocks.push(paragraph(vec![text(format!(
            "The {} notes were written for this edition; each names its source.",
            apparatus.note_count
        ))]));
    }
    blocks
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

    #[test]
    fn counts_read_as_english() {
        assert_eq!(counted(1, "dash"), "1 dash");
        assert_eq!(counted(31, "apostrophe"), "31 apostrophes");
        assert_eq!(join(&["a".into(), "b".into(), "c".into()]), "a, b and c");
    }

    #[test]
    fn summary_sentence_names_damage_and_repairs() {
        let edition: Edition = toml::from_str(
            "title='T'\nlanguage='en'\ndate='2026-01-01'\nidentifier='x'\nslug='t'\nmanuscript='m.md'\n[source]\ntitle='Src'\n",
        )
        .unwrap();
        let summary = RestoreSummary {
            damage: vec!["non-ASCII characters deleted".into()],
            counts: BTreeMap::from([("apostrophe".into(), 31), ("dash".into(), 6)]),
            suspects: 4,
        };
        let blocks = build(&edition, &Apparatus::default(), Some(&summary));
        let text = plain_text(blocks[2].inlines().unwrap());
        assert!(
            text.contains("damaged: non-ASCII characters deleted."),
            "{text}"
        );
        assert!(
            text.contains("inserted 31 apostrophes and 6 dashes."),
            "{text}"
        );
        assert!(text.contains("4 further places"), "{text}");
    }
}
