//! The review of a restore run, for people (stderr) and as JSON (`--report FILE.json`,
//! committed beside the manuscript; the note on the text reads its counts back).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use super::boilerplate::Boilerplate;
use super::damage::Damage;
use super::hunspell::Dictionaries;
use super::markdown::Caption;
use super::{Class, Edit, Restored, Suspect};
use crate::text::counted;

/// Everything a restore run did and left undone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Report {
    /// The input as named on the command line (`-` for standard input).
    pub source: String,
    pub encoding: String,
    pub damage: Vec<Damage>,
    pub edits: Vec<Edit>,
    pub suspects: Vec<Suspect>,
    /// The languages (codes such as `hu`) of the Hunspell dictionaries that know a word this
    /// run put in or offered: `folio check` looks for damage with them when edition.toml names
    /// no `[restore] languages`. A report written before folio recorded them has none.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Boilerplate left out of the manuscript.
    pub omitted: Vec<Boilerplate>,
    /// Paragraphs the manuscript marks as captions.
    #[serde(default)]
    pub captions: Vec<Caption>,
    /// Edits by class, as [`Report::counts_by_class`] gives them (kept in the file so a reader
    /// of the JSON need not count).
    pub counts: BTreeMap<String, usize>,
}

impl Report {
    /// The report of `restored`, a run with `dictionaries`.
    pub fn new(
        source: &str,
        restored: &Restored,
        captions: Vec<Caption>,
        dictionaries: &Dictionaries,
    ) -> Report {
        let mut report = Report {
            source: source.to_string(),
            encoding: restored.encoding.clone(),
            damage: restored.damage.clone(),
            edits: restored.edits.clone(),
            suspects: restored.suspects.clone(),
            languages: Vec::new(),
            omitted: restored.boilerplate.clone(),
            captions,
            counts: BTreeMap::new(),
        };
        report.languages = dictionaries.languages_accepting(report.words_cited());
        report.counts = report.counts_by_class();
        report
    }

    /// The words outside ASCII that this run put in (its repaired letters) or offered (its
    /// suspects' candidates), word by word: the dictionaries that know them are the languages
    /// the text's damage is in.
    fn words_cited(&self) -> impl Iterator<Item = &str> {
        let repaired = self
            .edits
            .iter()
            .filter(|e| e.class == Class::Letters)
            .map(|e| e.after.as_str());
        let offered = self
            .suspects
            .iter()
            .flat_map(|s| &s.candidates)
            .map(String::as_str);
        repaired
            .chain(offered)
            .flat_map(|text| text.split(|c: char| !c.is_alphabetic()))
            .filter(|word| !word.is_ascii())
    }

    /// The languages a report records (`languages`), read without the rest of it; none when
    /// `json` is not a report. Check needs only these, before the build reads the whole report
    /// and reports what is wrong with it (R100).
    pub fn languages_in(json: &str) -> Vec<String> {
        #[derive(Deserialize)]
        struct Languages {
            #[serde(default)]
            languages: Vec<String>,
        }
        serde_json::from_str::<Languages>(json)
            .map(|recorded| recorded.languages)
            .unwrap_or_default()
    }

    /// Number of edits per class name (`apostrophe`, `dash`, `letters`, ...).
    pub fn counts_by_class(&self) -> BTreeMap<String, usize> {
        let mut counts = BTreeMap::new();
        for edit in &self.edits {
            *counts.entry(edit.class.name().to_string()).or_insert(0) += 1;
        }
        counts
    }

    pub fn to_json(&self) -> String {
        let mut json = serde_json::to_string_pretty(self).unwrap_or_default();
        json.push('\n');
        json
    }

    pub fn from_json(json: &str) -> Result<Report, serde_json::Error> {
        serde_json::from_str(json)
    }

    /// The review an editor reads: damage, every edit, every suspect, what was omitted,
    /// then counts.
    pub fn render_human(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "restore {} (encoding: {})", self.source, self.encoding);
        for damage in &self.damage {
            let _ = writeln!(out, "  damage: {}", damage.description);
        }
        if !self.edits.is_empty() {
            let _ = writeln!(out, "\nedits:");
        }
        for e in &self.edits {
            let _ = writeln!(
                out,
                "  {}:{}  {} -> {}  [{}] {}",
                e.line,
                e.column,
                visible(&e.before),
                visible(&e.after),
                e.rule,
                e.evidence
            );
        }
        if !self.suspects.is_empty() {
            let _ = writeln!(out, "\nsuspects (not changed):");
        }
        for s in &self.suspects {
            let _ = writeln!(
                out,
                "  {}:{}  {}  candidates: {}  ({})",
                s.line,
                s.column,
                visible(&s.text),
                if s.candidates.is_empty() {
                    "none".to_string()
                } else {
                    s.candidates.join(" | ")
                },
                s.reason
            );
        }
        if !self.omitted.is_empty() {
            let _ = writeln!(out, "\nboilerplate (left out of the manuscript):");
        }
        for b in &self.omitted {
            let _ = writeln!(out, "  {}  {}  ({:?})", b.line, visible(&b.text), b.kind);
        }
        if !self.captions.is_empty() {
            let _ = writeln!(out, "\ncaptions (marked {{.caption}}):");
        }
        for c in &self.captions {
            let _ = writeln!(out, "  {}  {}  ({})", c.line, c.text, c.reason);
        }
        let counts: Vec<String> = self
            .counts_by_class()
            .iter()
            .map(|(class, n)| format!("{class} {n}"))
            .collect();
        let _ = writeln!(
            out,
            "\n{} ({}), {}, {} omitted",
            counted(self.edits.len(), "edit", "edits"),
            if counts.is_empty() {
                "none".to_string()
            } else {
                counts.join(", ")
            },
            counted(self.suspects.len(), "suspect", "suspects"),
            self.omitted.len()
        );
        out
    }
}

/// Shows an empty string and whitespace-only text visibly in the review.
fn visible(text: &str) -> String {
    if text.is_empty() {
        "\u{2205}".into()
    } else if text.trim().is_empty() {
        format!("{text:?}")
    } else {
        format!("`{text}`")
    }
}
