//! Publication -> print PDF bytes (stage 5, PDF side), tagged for accessibility (PDF/UA-1).
//! printpdf embeds the fonts as subsets (each glyph's text in the ToUnicode map, so ligatures
//! extract right) and writes the pages; the pages' content is our own (`page_content`), with
//! its marked content filed in a structure tree made from the book (`pdf_structure`); the
//! link annotations, the structure and the catalog are written with lopdf (`pdf_objects`).
//! The only importer of printpdf.

use printpdf::{
    Codepoint, CustomPdfConformance, FontId, Mm, Op, ParsedFont, PdfConformance, PdfDocument,
    PdfFontHandle, PdfPage, PdfSaveOptions, Pt, TextItem,
};

use super::cover::{self, PrintImage};
use super::deflate::Deflater;
use super::page_content::{self, GlyphInventory, GlyphMap, PageContent};
use super::pdf_objects::{self, Annotation, PageStream, Parts, Target};
use super::pdf_structure;

use crate::book::{Book, Publication};
use crate::diag::{Diagnostic, Diagnostics, Error};
use crate::typeset::fonts::{FontSet, Style};
use crate::typeset::items::Link;
use crate::typeset::{Layout, Page, PageLink};

/// Resource names of the four faces. They double as the subset tag printpdf puts before the
/// font name (its first six characters), which must be six capital letters (ISO 32000-1,
/// 9.6.4); fixed names keep the output reproducible, where printpdf would draw random ones.
const FONT_IDS: [&str; 4] = ["FOLIOR", "FOLIOI", "FOLIOB", "FOLIOJ"];

/// Draws the typeset pages (`layout`, set in `fonts`) as the print PDF. Content problems go
/// to `diags`.
pub fn write(
    publication: &Publication,
    fonts: &FontSet,
    layout: &Layout,
    diags: &mut Diagnostics,
) -> Result<Vec<u8>, Error> {
    let cover = cover_page(publication, diags)?;
    let inventory = GlyphInventory::of(&layout.pages);
    let document = draw(layout, fonts, &inventory, diags)?;
    let contents = page_contents(layout, &inventory);
    let links: Vec<Vec<(&PageLink, Annotation)>> = layout
        .pages
        .iter()
        .map(|page| annotations(page, layout, publication.book))
        .collect();
    let (streams, marked): (Vec<PageStream>, Vec<_>) = contents
        .into_iter()
        .map(|(stream, content)| (stream, content.marked))
        .unzip();
    let linked: Vec<Vec<&PageLink>> = links
        .iter()
        .map(|page| page.iter().map(|(link, _)| *link).collect())
        .collect();
    let structure = pdf_structure::build(publication.book, &marked, &linked);
    let parts = Parts {
        publication,
        layout,
        pages: streams
            .into_iter()
            .zip(&marked)
            .map(|(stream, marked)| (stream, marked.len()))
            .collect(),
        annotations: links
            .into_iter()
            .map(|page| page.into_iter().map(|(_, a)| a).collect())
            .collect(),
        structure: &structure,
        cover: cover.as_ref(),
    };
    pdf_objects::finish(document, &parts)
}

/// The cover as the first page's picture, when `[output.pdf] cover` asks for it; `E003` when
/// the picture cannot be printed.
fn cover_page(
    publication: &Publication,
    diags: &mut Diagnostics,
) -> Result<Option<PrintImage>, Error> {
    if !publication.project.edition.output.pdf.cover {
        return Ok(None);
    }
    match publication.cover.as_ref().and_then(cover::for_print) {
        Some(image) => Ok(Some(image)),
        None => {
            diags.push(
                Diagnostic::error(
                    "E003",
                    "the cover cannot be put in the PDF: its picture could not be read or drawn",
                )
                .with_hint(
                    "save the picture as an 8-bit JPEG or PNG, or set `[output.pdf] cover = false`",
                ),
            );
            Err(Error::Content {
                errors: diags.error_count(),
            })
        }
    }
}

/// Draws the pages with printpdf: their size and the glyphs the fonts are subset to. The
/// content and the links are added afterwards.
fn draw(
    layout: &Layout,
    fonts: &FontSet,
    inventory: &GlyphInventory,
    diags: &mut Diagnostics,
) -> Result<pdf_objects::File, Error> {
    let mut pdf = PdfDocument::new("");
    pdf.metadata.info.conformance = PdfConformance::Custom(CustomPdfConformance {
        // No ICC profile or PDF/X identifier: the edition claims no PDF/X level. The XMP
        // packet is written afterwards (`xmp`).
        requires_icc_profile: false,
        requires_xmp_metadata: false,
        ..CustomPdfConformance::default()
    });
    // Only the faces the pages use: parsing a face is a good part of printpdf's work, and
    // printpdf leaves an unused one out of the file anyway.
    for style in Style::ALL
        .into_iter()
        .filter(|s| !inventory.used[s.index()].is_empty())
    {
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(&fonts.data[style.index()], 0, &mut warnings)
            .ok_or_else(|| {
                Error::Internal(format!("printpdf could not read the {style:?} face"))
            })?;
        pdf.resources.fonts.map.insert(
            FontId(FONT_IDS[style.index()].into()),
            printpdf::PdfFont::new(parsed),
        );
    }
    let to_mm = |pt: f64| Mm((pt * 25.4 / 72.0) as f32);
    for index in 0..layout.pages.len() {
        // printpdf only sees each glyph once, on the first page, to subset the fonts and
        // write their `/ToUnicode` maps from; every page's content is replaced afterwards.
        let ops = if index == 0 {
            glyph_inventory_ops(inventory)
        } else {
            Vec::new()
        };
        pdf.pages
            .push(PdfPage::new(to_mm(layout.width), to_mm(layout.height), ops));
    }
    let options = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let document = pdf.to_lopdf_document(&options, &mut warnings);
    for warning in warnings {
        if warning.severity == printpdf::PdfParseErrorSeverity::Error {
            diags.push(Diagnostic::warning(
                "E101",
                format!("printpdf: {}", warning.msg),
            ));
        }
    }
    Ok(document)
}

/// The page's links that lead somewhere, each with its annotation.
fn annotations<'p>(
    page: &'p Page,
    layout: &Layout,
    book: &Book,
) -> Vec<(&'p PageLink, Annotation)> {
    let number = |n: usize| book.body.notes.get(n).map_or(n + 1, |note| note.number);
    page.links
        .iter()
        .filter_map(|link| {
            let place =
                |at: Option<&(usize, f64)>| at.map(|&(page, top)| Target::Place { page, top });
            let (target, description) = match &link.link {
                Link::ToNote(n) => (place(layout.notes.get(n))?, format!("Note {}", number(*n))),
                Link::ToMark(n) => (
                    place(layout.marks.get(n))?,
                    format!("Back to the reference to note {}", number(*n)),
                ),
                Link::Uri { url, .. } => (Target::Uri(url.clone()), format!("Go to {url}")),
            };
            let annotation = Annotation {
                rect: link.rect,
                target,
                description,
            };
            Some((link, annotation))
        })
        .collect()
}

/// One text object showing every glyph the book uses, each with its text: what printpdf
/// reads to choose the glyphs of each subset and to write its `/ToUnicode` map.
fn glyph_inventory_ops(inventory: &GlyphInventory) -> Vec<Op> {
    let mut ops = vec![Op::StartTextSection];
    for style in Style::ALL {
        let used = &inventory.used[style.index()];
        if used.is_empty() {
            continue;
        }
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(FontId(FONT_IDS[style.index()].into())),
            size: Pt(10.0),
        });
        let glyphs = used
            .iter()
            .map(|(&gid, text)| Codepoint {
                gid,
                offset: 0.0,
                cid: text.as_deref().map(str::to_string),
            })
            .collect();
        ops.push(Op::ShowText {
            items: vec![TextItem::GlyphIds(glyphs)],
        });
    }
    ops.push(Op::EndTextSection);
    ops
}

/// Every page's content stream (see `page_content`), compressed, with its marked content.
fn page_contents(layout: &Layout, inventory: &GlyphInventory) -> Vec<(PageStream, PageContent)> {
    let glyphs = GlyphMap::new(inventory);
    // Writing and compressing the pages is most of the PDF's cost in a long book, and each
    // page is independent: the second half is done on another core.
    let write = |pages: &[Page]| {
        let mut deflater = Deflater::default();
        pages
            .iter()
            .map(|page| {
                let mut content = page_content::write(page, &glyphs, &FONT_IDS);
                let stream = std::mem::take(&mut content.stream);
                (PageStream::new(stream, &mut deflater), content)
            })
            .collect::<Vec<_>>()
    };
    let (first, second) = layout.pages.split_at(layout.pages.len() / 2);
    std::thread::scope(|scope| {
        let later = scope.spawn(|| write(second));
        let mut streams = write(first);
        streams.extend(later.join().expect("the page thread does not panic"));
        streams
    })
}
