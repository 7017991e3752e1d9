//! Web-page furniture copied along with an article: "Read more:", "Related Posts", "Comments
//! are closed.", the page title repeated with the site's name. It is recognised so it can be
//! left out of the manuscript and listed in the report: never kept silently, never dropped
//! silently.

use serde::{Deserialize, Serialize};

use crate::text::normalize_typography;

/// A line of boilerplate (or the site-name suffix of the title line).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Boilerplate {
    /// 1-based line in the restored text.
    pub line: usize,
    /// Byte offset of `text` in the restored text.
    pub output_offset: usize,
    pub text: String,
    pub kind: BoilerplateKind,
    /// What the Markdown manuscript does with it.
    pub action: Action,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BoilerplateKind {
    /// A line web pages put around articles.
    PageFurniture,
    /// The title line again, after the article.
    RepeatedTitle,
    /// The site's name after the title ("… – Red Flag"), known because the title repeats.
    SiteName,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    Omitted,
}

/// Lines (trimmed, case-insensitive) that are furniture on their own, or as a prefix when
/// they end in a colon. Common blog and CMS templates (WordPress, Ghost, Drupal).
const FURNITURE: &[&str] = &[
    "comments are closed.",
    "leave a comment",
    "leave a reply",
    "like this:",
    "read more:",
    "related",
    "related articles",
    "related posts",
    "share this:",
    "share this article",
    "tags:",
];

/// Finds boilerplate lines in `text`.
pub fn detect(text: &str) -> Vec<Boilerplate> {
    let mut found = Vec::new();
    let mut lines = Vec::new();
    let mut offset = 0;
    for (number, line) in text.split_inclusive('\n').enumerate() {
        lines.push((number + 1, offset, line.trim_end_matches(['\n', '\r'])));
        offset += line.len();
    }
    let Some(&(title_line, title_offset, title)) = lines.iter().find(|l| !l.2.trim().is_empty())
    else {
        return found;
    };
    let key = |s: &str| -> String { s.trim().chars().map(normalize_typography).collect() };
    let title_key = key(title);
    let mut title_repeats = false;
    // Lengths outside which a line cannot be the title again (a typographic character of up
    // to three bytes becomes one ASCII byte in the key) or furniture (lower case changes a
    // character's length by at most three times): most lines of a text are neither, and are
    // neither copied nor lowered.
    let could_be_title = |line: &str| (title_key.len()..=3 * title_key.len()).contains(&line.len());
    let could_be_furniture = |line: &str| line.len() < 3 * 80;
    for &(number, offset, line) in &lines {
        let trimmed = line.trim();
        let kind = if number != title_line
            && !trimmed.is_empty()
            && could_be_title(trimmed)
            && key(trimmed) == title_key
        {
            title_repeats = true;
            Some(BoilerplateKind::RepeatedTitle)
        } else if could_be_furniture(trimmed) && is_furniture(&trimmed.to_lowercase()) {
            Some(BoilerplateKind::PageFurniture)
        } else {
            None
        };
        if let Some(kind) = kind {
            found.push(Boilerplate {
                line: number,
                output_offset: offset + (line.len() - line.trim_start().len()),
                text: trimmed.to_string(),
                kind,
                action: Action::Omitted,
            });
        }
    }
    if title_repeats {
        if let Some(at) = site_suffix(title) {
            found.push(Boilerplate {
                line: title_line,
                output_offset: title_offset + at,
                text: title[at..].to_string(),
                kind: BoilerplateKind::SiteName,
                action: Action::Omitted,
            });
        }
    }
    found.sort_by_key(|b| b.output_offset);
    found
}

/// Whether a line, trimmed and in lower case, is page furniture: one of [`FURNITURE`], or
/// one of those ending in a colon and more, under 80 bytes in all.
fn is_furniture(lower: &str) -> bool {
    FURNITURE
        .iter()
        .any(|f| lower == *f || (f.ends_with(':') && lower.starts_with(f) && lower.len() < 80))
}

/// Where a " – Site Name" suffix of at most four words starts in a title line.
pub fn site_suffix(title: &str) -> Option<usize> {
    [" \u{2013} ", " \u{2014} ", " - ", " | "]
        .iter()
        .filter_map(|sep| title.rfind(sep))
        .max()
        .filter(|&at| {
            let words = title[at..].split_whitespace().count() - 1;
            (1..=4).contains(&words) && at > 0
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_furniture_and_the_repeated_title() {
        let text = "Title: A Story \u{2013} The Site\n\nBody.\n\nRead more:\nTitle: A Story - The Site\n\nRelated Posts\n\nComments are closed.";
        let found = detect(text);
        let kinds: Vec<_> = found.iter().map(|b| (b.line, b.kind)).collect();
        assert_eq!(
            kinds,
            [
                (1, BoilerplateKind::SiteName),
                (5, BoilerplateKind::PageFurniture),
                (6, BoilerplateKind::RepeatedTitle),
                (8, BoilerplateKind::PageFurniture),
                (10, BoilerplateKind::PageFurniture),
            ]
        );
        assert_eq!(found[0].text, " \u{2013} The Site");
    }

    #[test]
    fn a_title_that_does_not_repeat_keeps_its_dash() {
        assert!(detect("Hungary 1956 - a revolution\n\nBody.").is_empty());
    }
}
