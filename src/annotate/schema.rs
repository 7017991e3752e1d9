//! The annotations file format (TOML through serde): `[[note]]`, `[[emendation]]` and
//! `[[omission]]` tables. Values that diagnostics point at are kept `Spanned`.

use serde::Deserialize;
use toml::Spanned;

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct AnnotationFile {
    #[serde(default, rename = "note")]
    pub notes: Vec<NoteSpec>,
    #[serde(default, rename = "emendation")]
    pub emendations: Vec<EmendationSpec>,
    #[serde(default, rename = "omission")]
    pub omissions: Vec<OmissionSpec>,
}

/// Where in the text an annotation attaches: the quoted words, and what tells repeats apart.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Selector {
    #[serde(default)]
    pub prefix: Option<String>,
    #[serde(default)]
    pub suffix: Option<String>,
    /// 1-based: which of several matches.
    #[serde(default)]
    pub occurrence: Option<Spanned<usize>>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoteKindSpec {
    #[default]
    Footnote,
    Endnote,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct NoteSpec {
    pub id: Spanned<String>,
    /// The words the note attaches to, as a reader sees them.
    pub quote: Spanned<String>,
    #[serde(default)]
    pub prefix: Option<String>,
    #[serde(default)]
    pub suffix: Option<String>,
    #[serde(default)]
    pub occurrence: Option<Spanned<usize>>,
    #[serde(default)]
    pub kind: NoteKindSpec,
    /// Inline Markdown.
    pub body: Spanned<String>,
    /// A citation, inline Markdown.
    #[serde(default)]
    pub source: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct EmendationSpec {
    pub id: Spanned<String>,
    /// The edition's reading, as it stands in the manuscript (anchored like a quote).
    pub reading: Spanned<String>,
    #[serde(default)]
    pub prefix: Option<String>,
    #[serde(default)]
    pub suffix: Option<String>,
    #[serde(default)]
    pub occurrence: Option<Spanned<usize>>,
    /// What the source reads at that place.
    pub source_reading: String,
    pub reason: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct OmissionSpec {
    pub id: Spanned<String>,
    /// The source's text that the edition leaves out.
    pub source_text: Spanned<String>,
    pub reason: Spanned<String>,
}

// The selector fields are repeated in each table rather than `#[serde(flatten)]`ed, because
// serde's `deny_unknown_fields` does not work together with `flatten`.
impl NoteSpec {
    pub fn selector(&self) -> Selector {
        Selector {
            prefix: self.prefix.clone(),
            suffix: self.suffix.clone(),
            occurrence: self.occurrence.clone(),
        }
    }
}

impl EmendationSpec {
    pub fn selector(&self) -> Selector {
        Selector {
            prefix: self.prefix.clone(),
            suffix: self.suffix.clone(),
            occurrence: self.occurrence.clone(),
        }
    }
}
