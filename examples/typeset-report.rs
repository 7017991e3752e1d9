//! How an edition's print typography measures, from the typesetter's own record of every
//! line: word spaces, hyphenation, words broken across a page turn, the space above the note
//! rule. `pdf-spacing.py` measures the PDF from outside; this reads what the PDF cannot say
//! (a broken word's hyphen is marked to read as the whole word, so text extraction never
//! shows it).
//!
//! `cargo run --release --example typeset-report -- [EDITION_DIR]` (default: this edition).

use std::path::PathBuf;

use folio::diag::{Diagnostics, Files};
use folio::model::Flow;
use folio::project::Project;
use folio::timestamp::Timestamp;
use folio::typeset::fonts::FontSet;
use folio::typeset::linebreak::TOLERANCE;
use folio::typeset::{self, Layout, LineTag, SetLine, Settings};

/// A word space at least this wide (in ems) makes a loose line: the issue's "37 lines with
/// mean gap >= 0.40 em" counts these.
const LOOSE_EM: f64 = 0.40;
/// No line of the book may have spaces wider than this (issue 15's limit).
const WORST_EM: f64 = 0.55;

fn main() {
    let edition = std::env::args()
        .nth(1)
        .map_or_else(|| PathBuf::from("."), PathBuf::from);
    let layout = match typeset_edition(&edition) {
        Ok(layout) => layout,
        Err(message) => {
            eprintln!("{message}");
            std::process::exit(1);
        }
    };
    report(&layout);
}

fn typeset_edition(edition: &std::path::Path) -> Result<Layout, String> {
    let mut files = Files::default();
    let mut diags = Diagnostics::default();
    let failed = |e: folio::diag::Error| format!("the edition does not build: {e:?}");
    let mut project = Project::load(edition, &mut files, &mut diags).map_err(failed)?;
    let annotated = folio::annotate_manuscript(&mut project, &mut diags).map_err(failed)?;
    let font_files = project.fonts(&mut diags).map_err(failed)?;
    let imprint = folio::Imprint {
        fonts: &font_files,
        built: Timestamp::from_unix(0),
        revision: None,
    };
    let book =
        folio::assemble_book(&mut project, annotated, &imprint, &mut diags).map_err(failed)?;
    let fonts =
        FontSet::new(&font_files).map_err(|e| format!("the fonts cannot be shaped: {e:?}"))?;
    let settings = Settings {
        page: project.edition.output.pdf.page_size,
        font_size: None,
    };
    Ok(typeset::typeset(
        &book,
        &project.edition,
        &fonts,
        &settings,
        &mut diags,
    ))
}

fn report(layout: &Layout) {
    let body: Vec<&SetLine> = layout.lines.iter().filter(|l| !l.in_notes).collect();
    let notes: Vec<&SetLine> = layout.lines.iter().filter(|l| l.in_notes).collect();
    println!("pages\t{}", layout.pages.len());
    spacing("body", &body);
    spacing("notes", &notes);
    spacing("all", &layout.lines.iter().collect::<Vec<_>>());
    hyphenation("body", &body);
    hyphenation("notes", &notes);
    println!(
        "page-turn hyphens\t{}",
        page_turn_hyphens(&body) + page_turn_hyphens(&notes)
    );
    let expanded = layout
        .lines
        .iter()
        .filter(|l| l.setting.expansion != 0.0)
        .count();
    println!("expanded lines\t{expanded} of {}", layout.lines.len());
    let loose = layout
        .lines
        .iter()
        .filter(|l| l.setting.ratio > TOLERANCE + 1e-9);
    // The spaces' own ratio: the tolerance itself counts the letters' give too, so a line
    // counted here may still be within it.
    println!(
        "lines with spaces past the tolerance's ratio\t{}",
        loose.count()
    );
    println!(
        "set short (ragged)\t{}",
        layout.lines.iter().filter(|l| l.setting.short).count()
    );
    hanging(layout);
    note_rule_space(layout);
    lone_note_lines(layout);
}

/// Notes split over pages so that one line of them stands alone on a page.
fn lone_note_lines(layout: &Layout) {
    let pieces = layout.note_pieces();
    let split = pieces.values().filter(|pages| pages.len() > 1).count();
    let mut lone = Vec::new();
    for (note, pages) in &pieces {
        for (page, &lines) in pages {
            if pages.len() > 1 && lines == 1 {
                lone.push(format!("note {} on p{}", note + 1, page + 1));
            }
        }
    }
    println!(
        "notes split over pages\t{split}\tlone lines {}\t{}",
        lone.len(),
        lone.join(", ")
    );
}

/// Justified lines whose punctuation hangs into a margin (margin kerning), and the most any
/// one hangs.
fn hanging(layout: &Layout) {
    let justified: Vec<&SetLine> = layout
        .lines
        .iter()
        .filter(|l| l.setting.word_space.is_some())
        .collect();
    let left = justified.iter().filter(|l| l.setting.hangs.0 > 0.0).count();
    let right = justified.iter().filter(|l| l.setting.hangs.1 > 0.0).count();
    let most = justified
        .iter()
        .map(|l| l.setting.hangs.0.max(l.setting.hangs.1))
        .fold(0.0, f64::max);
    println!(
        "hanging punctuation	{left} lines at the left, {right} at the right, of {}	most {most:.2} pt",
        justified.len()
    );
}

/// Word spaces of the justified lines: median, 95th percentile, widest, loose and overfull.
fn spacing(name: &str, lines: &[&SetLine]) {
    let mut spaces: Vec<f64> = lines.iter().filter_map(|l| l.setting.word_space).collect();
    if spaces.is_empty() {
        println!("{name}: no justified lines");
        return;
    }
    spaces.sort_by(f64::total_cmp);
    let overfull = lines
        .iter()
        .filter(|l| l.setting.ratio < -1.0 - 1e-9)
        .count();
    let widest = lines
        .iter()
        .filter(|l| l.setting.word_space.is_some())
        .max_by(|a, b| {
            a.setting
                .word_space
                .partial_cmp(&b.setting.word_space)
                .unwrap()
        })
        .map_or(String::new(), |l| {
            format!("\t(p{}: {})", l.page + 1, l.text.trim())
        });
    println!(
        "{name}: justified lines {}\tmedian {:.3} em\tp95 {:.3}\tmax {:.3}\t>= {LOOSE_EM} em: {}\t> {WORST_EM} em: {}\toverfull {overfull}{widest}",
        spaces.len(),
        percentile(&spaces, 50.0),
        percentile(&spaces, 95.0),
        spaces.last().copied().unwrap_or(f64::NAN),
        spaces.iter().filter(|&&s| s >= LOOSE_EM).count(),
        spaces.iter().filter(|&&s| s > WORST_EM).count(),
    );
}

/// Hyphenated lines among the justified ones, and pairs of hyphenated lines in a row.
fn hyphenation(name: &str, lines: &[&SetLine]) {
    let justified = lines
        .iter()
        .filter(|l| l.setting.word_space.is_some())
        .count();
    let hyphenated = lines.iter().filter(|l| l.setting.hyphenated).count();
    let pairs = lines
        .windows(2)
        .filter(|w| w[0].setting.hyphenated && w[1].setting.hyphenated)
        .count();
    println!(
        "{name}: hyphenated {hyphenated} of {justified} justified lines ({:.1} %)\tconsecutive pairs {pairs}",
        100.0 * hyphenated as f64 / justified.max(1) as f64
    );
}

/// Lines ending a page (their area of it) with a broken word: at a hyphenation point, or at a
/// compound's own hyphen ("co-").
fn page_turn_hyphens(lines: &[&SetLine]) -> usize {
    let broken = |line: &SetLine| line.setting.hyphenated || line.text.ends_with('-');
    lines
        .windows(2)
        .filter(|w| broken(w[0]) && w[1].page != w[0].page)
        .inspect(|w| {
            println!(
                "  broken over p{}-{}: {}",
                w[0].page + 1,
                w[1].page + 1,
                w[0].text
            )
        })
        .count()
}

/// The distance from the last text line's baseline to the note rule, on each page with one.
fn note_rule_space(layout: &Layout) {
    let mut spaces = Vec::new();
    for (index, page) in layout.pages.iter().enumerate() {
        let Some(&(_, _, rule_y, _)) = page.rules.first() else {
            continue;
        };
        let last_text = page
            .runs
            .iter()
            .filter(|run| is_text_above_notes(run.tag) && run.y > rule_y)
            .map(|run| run.y)
            .fold(f64::INFINITY, f64::min);
        if last_text.is_finite() {
            spaces.push((last_text - rule_y, index + 1));
        }
    }
    spaces.sort_by(|a, b| a.0.total_cmp(&b.0));
    if let (Some(least), Some(most)) = (spaces.first(), spaces.last()) {
        println!(
            "space above the note rule\t{} pages\tleast {:.1} pt (p{})\tmost {:.1} pt (p{})",
            spaces.len(),
            least.0,
            least.1,
            most.0,
            most.1
        );
    }
}

fn is_text_above_notes(tag: LineTag) -> bool {
    match tag {
        LineTag::Artifact => false,
        LineTag::Title(_) => true,
        LineTag::Leaf { flow, .. } => !matches!(flow, Flow::Note(_)),
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let k = (sorted.len() - 1) as f64 * p / 100.0;
    let (lo, hi) = (k.floor() as usize, k.ceil() as usize);
    sorted[lo] + (sorted[hi] - sorted[lo]) * (k - lo as f64)
}
