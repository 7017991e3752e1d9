//! The live preview of `folio watch --serve`: after each build the outputs it wrote (the
//! EPUB's own documents, stylesheet, fonts and pictures, and the PDF) are held in memory as a
//! `Site`, or, when the build failed, its diagnostics are; a browser open on the preview is
//! woken by a long poll and shows the new state. Only what a build wrote is ever served: the
//! site is a map of the outputs' contents, never a folder on disk.

mod server;
mod site;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

pub use server::{start, Port, Server};
pub use site::{answer, Answer};

use crate::cmd::watch::Round;
use crate::diag::{render_human, Severity};

/// One build as the preview shows it.
#[derive(Debug, Clone, Default)]
pub struct Site {
    /// Counts the builds: the browser asks for the next one after the one it shows.
    pub generation: u64,
    pub status: Status,
    /// The last good build's EPUB, by path in the container (`OEBPS/text/…`).
    pub book: BTreeMap<String, Vec<u8>>,
    /// The book's documents in reading order: (path in the container, title).
    pub spine: Vec<(String, String)>,
    /// The last good build's PDFs (the print edition, the handout), by file name.
    pub pdfs: BTreeMap<String, Vec<u8>>,
}

/// How the latest build went.
#[derive(Debug, Clone, Default)]
pub enum Status {
    /// The first build is still running.
    #[default]
    Building,
    Built {
        summary: String,
        /// Warnings, rendered as `folio build` prints them.
        warnings: Vec<String>,
    },
    Failed {
        summary: String,
        /// Every diagnostic, rendered as `folio build` prints it (code, file:line:col,
        /// message, the line and a caret).
        diagnostics: Vec<String>,
    },
}

/// The preview's shared state: the current site, and a condition the long polls wait on.
#[derive(Default)]
pub struct Preview {
    site: Mutex<Arc<Site>>,
    changed: Condvar,
}

impl Preview {
    /// The site as it is now.
    pub fn current(&self) -> Arc<Site> {
        self.site
            .lock()
            .map(|site| site.clone())
            .unwrap_or_default()
    }

    /// The site once its generation is past `after`, or as it is after `timeout`.
    pub fn next_after(&self, after: u64, timeout: Duration) -> Arc<Site> {
        let Ok(site) = self.site.lock() else {
            return Arc::default();
        };
        match self
            .changed
            .wait_timeout_while(site, timeout, |site| site.generation <= after)
        {
            Ok((site, _)) => site.clone(),
            Err(_) => Arc::default(),
        }
    }

    /// Takes in a finished build: its outputs when it succeeded (the last good ones are kept
    /// when it failed), its diagnostics either way; then wakes every waiting browser.
    pub fn publish(&self, round: &Round, summary: String) {
        let Ok(mut site) = self.site.lock() else {
            return;
        };
        let mut next = Site::clone(&site);
        next.generation += 1;
        let rendered = |severity: Option<Severity>| -> Vec<String> {
            round
                .diags
                .iter()
                .filter(|d| severity.is_none_or(|s| d.severity == s))
                .map(|d| render_human(round.files, d))
                .collect()
        };
        next.status = match &round.outcome {
            Ok(written) => match read_outputs(written) {
                Ok(outputs) => {
                    (next.book, next.spine, next.pdfs) = outputs;
                    Status::Built {
                        summary,
                        warnings: rendered(Some(Severity::Warning)),
                    }
                }
                Err(error) => Status::Failed {
                    summary: format!("the preview cannot read what the build wrote: {error}"),
                    diagnostics: Vec::new(),
                },
            },
            Err(_) => Status::Failed {
                summary,
                diagnostics: rendered(None),
            },
        };
        *site = Arc::new(next);
        self.changed.notify_all();
    }
}

/// The book's entries, its reading order, and the PDFs, read back from the files a build
/// wrote.
type Outputs = (
    BTreeMap<String, Vec<u8>>,
    Vec<(String, String)>,
    BTreeMap<String, Vec<u8>>,
);

fn read_outputs(written: &[PathBuf]) -> std::io::Result<Outputs> {
    let mut book = BTreeMap::new();
    let mut pdfs = BTreeMap::new();
    for path in written {
        let bytes = std::fs::read(path)?;
        match path.extension().and_then(|e| e.to_str()) {
            Some("epub") => book.extend(crate::export::epub::unpack(&bytes)?),
            Some("pdf") => {
                pdfs.insert(file_name(path), bytes);
            }
            _ => {}
        }
    }
    let spine = site::reading_order(&book);
    Ok((book, spine, pdfs))
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}
