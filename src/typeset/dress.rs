//! Page dressing, the typesetter's last step: each made-up page's lines placed at their
//! baselines, with the outline entries, note and mark positions, and page starts recorded on
//! the way, then the page's furniture: the note rule, the running head and the folio.

use super::compose::{self, Align, BlockStyle, LineTag, LinkBox, Metrics, Setter, VLine};
use super::fonts::Style;
use super::geometry::PageGeometry;
use super::items::{Link, ParStyle};
use super::paginate::PageOut;
use super::shape::Variant;
use super::{Layout, OutlineEntry, Page, PageLink, PageRun, SetLine};
use crate::book::TitlePage;
use crate::diag::Span;
use crate::model::Inline;

/// The pages of `outs`, dressed.
pub fn dress(
    outs: Vec<PageOut>,
    geometry: &PageGeometry,
    metrics: &Metrics,
    title_page: &TitlePage,
    setter: &mut Setter,
) -> Layout {
    let mut layout = Layout {
        width: geometry.width,
        height: geometry.height,
        ..Layout::default()
    };
    // The section the running head names: the last one begun on an earlier page.
    let mut section: Option<String> = None;
    for (index, out) in outs.into_iter().enumerate() {
        let number = index + 1;
        let left = geometry.left(number);
        let (mut page, last_section) = place_lines(&mut layout, out, index, geometry);
        // Running head: the title on versos, the current section on rectos; none on page 1.
        let head_section = section.clone().or_else(|| title_page.subtitle.clone());
        if let Some(s) = last_section {
            section = Some(s);
        }
        if number > 1 {
            let text = if number % 2 == 0 {
                title_page.title.clone()
            } else {
                head_section.unwrap_or_else(|| title_page.title.clone())
            };
            let line = furniture(setter, metrics, &text, Variant::SmallCaps);
            place_line(
                &mut page,
                left,
                geometry.block_top() + metrics.head_raise,
                line,
            );
        }
        let folio = furniture(setter, metrics, &number.to_string(), Variant::Lining);
        let foot = geometry.block_top() - geometry.block_height - metrics.folio_drop;
        place_line(&mut page, left, foot, folio);
        layout.pages.push(page);
    }
    layout
}

/// Places the body and note lines of page `index` (from 0), recording what `layout` keeps
/// about them; returns the page and the last section (heading of level 1 or 2) begun on it, which
/// is the current one where the next page begins.
fn place_lines(
    layout: &mut Layout,
    out: PageOut,
    index: usize,
    geometry: &PageGeometry,
) -> (Page, Option<String>) {
    let left = geometry.left(index + 1);
    let block_top = geometry.block_top();
    layout.page_starts.push(
        out.body
            .iter()
            .chain(out.notes.iter())
            .find_map(|(_, line)| line.position),
    );
    let mut page = Page::default();
    let mut last_section = None;
    let body_lines = out.body.len();
    for (i, (y, mut line)) in out.body.into_iter().chain(out.notes).enumerate() {
        let baseline = block_top - y;
        let top = baseline + line.leading;
        if let Some((level, title)) = &line.heading {
            layout.outline.push(OutlineEntry {
                level: *level,
                title: title.clone(),
                page: index,
                y: top,
            });
            // The article's own title, set as the title block, is not a section of it: with
            // no other section, the recto head is the subtitle.
            if *level <= 2 && !matches!(line.tag, LineTag::Title(_)) {
                last_section = Some(title.clone());
            }
        }
        if let Some(n) = line.note_start {
            layout.notes.insert(n, (index, top));
        }
        for link in &line.line.links {
            if let Link::ToNote(n) = link.link {
                layout.marks.entry(n).or_insert((index, top));
            }
        }
        layout.lines.push(SetLine {
            text: std::mem::take(&mut line.line.text),
            page: index,
            in_notes: i >= body_lines,
            setting: line.line.setting,
        });
        place_line(&mut page, left, baseline, line);
    }
    if let Some(rule_y) = out.rule {
        // A short rule, a third of the measure, as in most books.
        page.rules
            .push((left, left + geometry.measure / 3.0, block_top - rule_y, 0.4));
    }
    (page, last_section)
}

/// Draws a set line with its baseline at `baseline` and its block's left edge at `left`.
fn place_line(page: &mut Page, left: f64, baseline: f64, line: VLine) {
    let x0 = left + line.line.x;
    let tag = line.tag;
    for run in line.line.runs {
        page.runs.push(PageRun {
            x: x0 + run.x,
            y: baseline + run.rise,
            run,
            tag,
        });
    }
    for LinkBox {
        x0: a,
        x1: b,
        rise,
        size,
        link,
    } in line.line.links
    {
        page.links.push(PageLink {
            rect: [
                x0 + a,
                baseline + rise - size * 0.25,
                x0 + b,
                baseline + rise + size * 0.8,
            ],
            link,
            tag,
        });
    }
}

/// A one-line running head or folio, centred on the measure.
fn furniture(setter: &mut Setter, metrics: &Metrics, text: &str, variant: Variant) -> VLine {
    let inlines = [Inline::text(text, Span::generated())];
    let style = BlockStyle {
        par: ParStyle {
            style: Style::Regular,
            variant,
            size: metrics.furniture_size,
            indent: 0.0,
            hyphenate: false,
            lang: None,
        },
        measure: metrics.measure,
        left: 0.0,
        leading: metrics.leading,
        align: Align::Centre,
    };
    let mut lines = setter.set(&inlines, &style, None, None);
    lines.truncate(1);
    lines.pop().unwrap_or_else(|| VLine {
        leading: metrics.leading,
        line: compose::LineBox::default(),
        notes: Vec::new(),
        break_after: true,
        heading: None,
        note_start: None,
        position: None,
        tag: LineTag::Artifact,
    })
}
