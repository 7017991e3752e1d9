//! The colophon, the last back-matter section, so the ebook and the print edition carry the
//! same one: where the text came from, this edition, the type, the
//! generator, and the git revision the edition was built from.

use crate::config::Edition;
use crate::font_files::{FontFiles, Origin};
use crate::model::generated::{emphasis, heading, link, paragraph, text, COLOPHON_ID};

use super::{Section, SectionKind};
use crate::revision::RevisionInfo;
use crate::timestamp::Timestamp;

const GENERATOR: &str = concat!("folio ", env!("CARGO_PKG_VERSION"));

/// "Built from revision 1a2b3c4 of 2026-11-27." with a warning when the tree was not clean.
fn revision_line(revision: &RevisionInfo) -> String {
    let mut line = format!(
        "Built from revision {} of {}",
        revision.commit, revision.date
    );
    if revision.dirty {
        line.push_str(", with uncommitted changes");
    }
    line.push('.');
    line
}

/// "Vollkorn (SIL Open Font License 1.1)" for folio's own faces; only the family name for an
/// edition's own fonts, whose licence folio does not know.
fn type_credit(fonts: &FontFiles) -> String {
    let all_built_in = fonts.faces.iter().all(|f| f.origin == Origin::BuiltIn);
    if all_built_in {
        format!("{} (SIL Open Font License 1.1)", fonts.family)
    } else {
        fonts.family.clone()
    }
}

/// The colophon of an edition set in `fonts`, built at `built` from `revision` (if known).
pub fn section(
    edition: &Edition,
    fonts: &FontFiles,
    built: Timestamp,
    revision: Option<&RevisionInfo>,
) -> Section {
    let mut blocks = vec![heading(1, COLOPHON_ID, "Colophon")];
    if let Some(source) = &edition.source {
        let mut content = vec![text("Source: "), emphasis(vec![text(source.title.clone())])];
        let details: Vec<&str> = [source.publisher.as_deref(), source.date.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        if !details.is_empty() {
            content.push(text(format!(", {}", details.join(", "))));
        }
        if let Some(url) = &source.url {
            content.push(text(", "));
            content.push(link(url));
        }
        content.push(text("."));
        blocks.push(paragraph(content));
    }
    let publisher = edition
        .publisher
        .as_deref()
        .map_or(String::new(), |p| format!("{p}, "));
    blocks.push(paragraph(vec![text(format!(
        "This edition: {publisher}{}. Identifier: {}.",
        edition.date, edition.identifier
    ))]));
    blocks.push(paragraph(vec![text(format!(
        "Set in {}. Made with {GENERATOR} on {}.",
        type_credit(fonts),
        built.date()
    ))]));
    if let Some(revision) = revision {
        blocks.push(paragraph(vec![text(revision_line(revision))]));
    }
    if let Some(rights) = &edition.rights {
        blocks.push(paragraph(vec![text(rights.clone())]));
    }
    Section {
        kind: SectionKind::Colophon,
        blocks,
    }
}
