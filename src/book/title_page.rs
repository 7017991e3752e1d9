//! The title page: the edition's title, subtitle, authors, editors and publisher, as both
//! exporters set them (the print edition as a title block at the top of the first page, the
//! ebook as its own page), with names joined one way.

use crate::config::{Edition, Role};

#[derive(Debug, Clone, PartialEq)]
pub struct TitlePage {
    pub title: String,
    pub subtitle: Option<String>,
    /// "A", "A and B", "A, B and C"; `None` without authors.
    pub authors: Option<String>,
    /// Joined like `authors`.
    pub editors: Option<String>,
    pub publisher: Option<String>,
    /// "Title: Subtitle", for outlines and document metadata.
    pub full_title: String,
}

impl TitlePage {
    pub fn new(edition: &Edition) -> Self {
        TitlePage {
            title: edition.title.clone(),
            subtitle: edition.subtitle.clone(),
            authors: names(edition, Role::Author),
            editors: names(edition, Role::Editor),
            publisher: edition.publisher.clone(),
            full_title: edition.full_title(),
        }
    }
}

/// The names of the creators with `role`, joined for reading.
fn names(edition: &Edition, role: Role) -> Option<String> {
    let names: Vec<&str> = edition
        .creators_with(role)
        .map(|c| c.name.as_str())
        .collect();
    (!names.is_empty()).then(|| join_names(&names))
}

/// "A", "A and B", "A, B and C".
pub fn join_names(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
