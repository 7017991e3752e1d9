//! Publication -> print PDF bytes (stage 5, PDF side): printpdf embeds the fonts as subsets
//! (each glyph's text in the ToUnicode map, so ligatures and broken words extract right) and
//! writes the pages and links; the pages' content is our own (`page_content`). Then lopdf
//! fixes what printpdf gets wrong for a book: a nested outline in reading order, `/Lang`,
//! `/PageMode`, the document information, the header version, and deterministic ids, so two
//! builds give identical bytes. The only importer of printpdf; `handout` is the only other
//! user of lopdf.

use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use printpdf::{
    Actions, BorderArray, Codepoint, CustomPdfConformance, Destination, FontId, LinkAnnotation, Mm,
    Op, ParsedFont, PdfConformance, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Pt, Rect,
    TextItem,
};

use super::deflate::{compress_streams, Deflater};
use super::page_content::{self, GlyphInventory, GlyphMap};

use crate::book::Publication;
use crate::config::Role;
use crate::diag::{Diagnostic, Diagnostics, Error};
use crate::typeset::fonts::{FontSet, Style};
use crate::typeset::items::Link;
use crate::typeset::Layout;

/// Resource names of the four faces. They double as the subset tag printpdf puts before the
/// font name (its first six characters), which must be six capital letters (ISO 32000-1,
/// 9.6.4); fixed names keep the output reproducible, where printpdf would draw random ones.
const FONT_IDS: [&str; 4] = ["FOLIOR", "FOLIOI", "FOLIOB", "FOLIOJ"];

/// The PDF version written in the header: the newest feature used is `/Lang` (PDF 1.4); no
/// object or cross-reference streams (1.5) are written.
const PDF_VERSION: &str = "1.4";

/// Draws the typeset pages (`layout`, set in `fonts`) as the print PDF. Content problems go
/// to `diags`.
pub fn write(
    publication: &Publication,
    fonts: &FontSet,
    layout: &Layout,
    diags: &mut Diagnostics,
) -> Result<Vec<u8>, Error> {
    let mut document = draw(layout, fonts, diags)?;
    finish(&mut document, publication, layout);
    let mut bytes = Vec::new();
    document
        .save_to(&mut bytes)
        .map_err(|e| Error::Internal(format!("could not serialise the PDF: {e}")))?;
    Ok(bytes)
}

/// Draws the layout with printpdf and returns its lopdf document.
fn draw(
    layout: &Layout,
    fonts: &FontSet,
    diags: &mut Diagnostics,
) -> Result<lopdf::Document, Error> {
    let mut pdf = PdfDocument::new("");
    pdf.metadata.info.conformance = PdfConformance::Custom(CustomPdfConformance {
        // No ICC profile, XMP packet or PDF/X identifier: the edition claims no PDF/X level.
        requires_icc_profile: false,
        requires_xmp_metadata: false,
        ..CustomPdfConformance::default()
    });
    let inventory = GlyphInventory::of(&layout.pages);
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
    for (index, page) in layout.pages.iter().enumerate() {
        // printpdf only sees each glyph once, on the first page, to subset the fonts and
        // write their `/ToUnicode` maps from; every page's content is replaced below.
        let mut ops = if index == 0 {
            glyph_inventory_ops(&inventory)
        } else {
            Vec::new()
        };
        for link in &page.links {
            let target = match &link.link {
                Link::ToNote(n) => layout.notes.get(n),
                Link::ToMark(n) => layout.marks.get(n),
                Link::Uri(_) => None,
            };
            let actions = match (&link.link, target) {
                (Link::Uri(uri), _) => Actions::Uri(uri.to_string()),
                (_, Some(&(page, top))) => Actions::Goto(Destination::Xyz {
                    page: page + 1,
                    left: None,
                    top: Some(top as f32),
                    zoom: None,
                }),
                (_, None) => continue,
            };
            let [x0, y0, x1, y1] = link.rect;
            ops.push(Op::LinkAnnotation {
                link: LinkAnnotation::new(
                    Rect::from_xywh(
                        Pt(x0 as f32),
                        Pt(y0 as f32),
                        Pt((x1 - x0) as f32),
                        Pt((y1 - y0) as f32),
                    ),
                    actions,
                    // No border: links in a book are not boxed.
                    Some(BorderArray::Solid([0.0, 0.0, 0.0])),
                    None,
                    None,
                ),
            });
        }
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
    let mut document = pdf.to_lopdf_document(&options, &mut warnings);
    for warning in warnings {
        if warning.severity == printpdf::PdfParseErrorSeverity::Error {
            diags.push(Diagnostic::warning(
                "E101",
                format!("printpdf: {}", warning.msg),
            ));
        }
    }
    replace_page_contents(&mut document, layout, &inventory);
    compress_streams(&mut document);
    Ok(document)
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

/// Puts our own content stream (see `page_content`) in place of printpdf's on every page,
/// compressed, reusing printpdf's object numbers so the file layout stays as it was.
fn replace_page_contents(
    document: &mut lopdf::Document,
    layout: &Layout,
    inventory: &GlyphInventory,
) {
    let glyphs = GlyphMap::new(inventory);
    let contents_ids: Vec<Option<ObjectId>> = document
        .get_pages()
        .into_values()
        .map(|page_id| {
            document
                .get_dictionary(page_id)
                .and_then(|dict| dict.get(b"Contents"))
                .and_then(Object::as_reference)
                .ok()
        })
        .collect();
    // Writing and compressing the pages is most of the PDF's cost in a long book, and each
    // page is independent: the second half is done on another core.
    let write = |pages: &[crate::typeset::Page]| {
        let mut deflater = Deflater::default();
        pages
            .iter()
            .map(|page| deflater.stream(page_content::write(page, &glyphs, &FONT_IDS)))
            .collect::<Vec<_>>()
    };
    let (first, second) = layout.pages.split_at(layout.pages.len() / 2);
    let streams = std::thread::scope(|scope| {
        let later = scope.spawn(|| write(second));
        let mut streams = write(first);
        streams.extend(later.join().expect("the page thread does not panic"));
        streams
    });
    for (stream, contents_id) in streams.into_iter().zip(contents_ids) {
        if let Some(id) = contents_id {
            document.objects.insert(id, Object::Stream(stream));
        }
    }
}

/// Everything printpdf leaves wrong or random, fixed in place.
fn finish(document: &mut lopdf::Document, publication: &Publication, layout: &Layout) {
    let edition = &publication.project.edition;
    document.version = PDF_VERSION.into();
    let pages: Vec<ObjectId> = document.get_pages().into_values().collect();

    let info = info_dictionary(publication);
    let info_id = document.add_object(info);
    document.trailer.set("Info", Object::Reference(info_id));

    let outline = outline(document, layout, &pages);
    if let Ok(catalog) = document.catalog_mut() {
        catalog.set("Lang", Object::string_literal(edition.language.as_str()));
        catalog.remove(b"OutputIntents");
        catalog.remove(b"Metadata");
        match outline {
            Some(id) => {
                catalog.set("Outlines", Object::Reference(id));
                catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
            }
            None => {
                catalog.remove(b"Outlines");
                catalog.set("PageMode", Object::Name(b"UseNone".to_vec()));
            }
        }
    }
    // Drop the info dictionary printpdf wrote (it claims an empty GTS_PDFXVersion).
    document.prune_objects();
    document.renumber_objects();

    // The file identifier: the same edition built the same day gets the same /ID.
    let seed = format!(
        "{}\n{}\n{}\n{}",
        edition.identifier,
        publication.built.pdf_date(),
        layout.pages.len(),
        edition.full_title()
    );
    let id = fingerprint(seed.as_bytes());
    let id = Object::String(id.to_vec(), StringFormat::Hexadecimal);
    document
        .trailer
        .set("ID", Object::Array(vec![id.clone(), id]));
}

fn info_dictionary(publication: &Publication) -> Dictionary {
    let edition = &publication.project.edition;
    let date = publication.built.pdf_date();
    let text = |s: &str| text_string(s);
    let authors: Vec<&str> = edition
        .creators_with(Role::Author)
        .map(|c| c.name.as_str())
        .collect();
    let mut info = Dictionary::new();
    info.set("Title", text(&edition.full_title()));
    if !authors.is_empty() {
        info.set("Author", text(&authors.join("; ")));
    }
    if let Some(description) = &edition.description {
        info.set("Subject", text(description));
    }
    if !edition.subjects.is_empty() {
        info.set("Keywords", text(&edition.subjects.join("; ")));
    }
    info.set(
        "Creator",
        text(concat!("folio ", env!("CARGO_PKG_VERSION"))),
    );
    info.set(
        "Producer",
        text(concat!(
            "folio ",
            env!("CARGO_PKG_VERSION"),
            " (printpdf, lopdf)"
        )),
    );
    info.set("CreationDate", Object::string_literal(date.as_str()));
    info.set("ModDate", Object::string_literal(date.as_str()));
    info.set("Trapped", Object::Name(b"False".to_vec()));
    info
}

/// A PDF text string: ASCII as is, anything else as UTF-16BE with a byte-order mark.
fn text_string(s: &str) -> Object {
    if s.is_ascii() {
        return Object::string_literal(s);
    }
    let mut bytes = vec![0xFE, 0xFF];
    for unit in s.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// Writes the outline as a tree by heading level, in reading order. Returns its root.
fn outline(
    document: &mut lopdf::Document,
    layout: &Layout,
    pages: &[ObjectId],
) -> Option<ObjectId> {
    let entries: Vec<_> = layout
        .outline
        .iter()
        .filter(|e| e.page < pages.len())
        .collect();
    if entries.is_empty() {
        return None;
    }
    let root = document.new_object_id();
    let ids: Vec<ObjectId> = entries.iter().map(|_| document.new_object_id()).collect();
    // The parent of each entry: the nearest earlier entry with a lower level.
    let parents: Vec<Option<usize>> = (0..entries.len())
        .map(|i| (0..i).rev().find(|&j| entries[j].level < entries[i].level))
        .collect();
    let children = |p: Option<usize>| -> Vec<usize> {
        (0..entries.len()).filter(|&i| parents[i] == p).collect()
    };
    let set_children = |parent: Option<usize>, dict: &mut Dictionary| {
        let kids = children(parent);
        if let (Some(&first), Some(&last)) = (kids.first(), kids.last()) {
            dict.set("First", Object::Reference(ids[first]));
            dict.set("Last", Object::Reference(ids[last]));
            dict.set("Count", Object::Integer(kids.len() as i64));
        }
    };
    let mut root_dict = Dictionary::new();
    root_dict.set("Type", Object::Name(b"Outlines".to_vec()));
    set_children(None, &mut root_dict);
    for (i, entry) in entries.iter().enumerate() {
        let mut dict = Dictionary::new();
        dict.set("Title", text_string(&entry.title));
        dict.set(
            "Parent",
            Object::Reference(parents[i].map_or(root, |p| ids[p])),
        );
        let siblings = children(parents[i]);
        let at = siblings.iter().position(|&s| s == i).unwrap_or(0);
        if at > 0 {
            dict.set("Prev", Object::Reference(ids[siblings[at - 1]]));
        }
        if let Some(&next) = siblings.get(at + 1) {
            dict.set("Next", Object::Reference(ids[next]));
        }
        dict.set(
            "Dest",
            Object::Array(vec![
                Object::Reference(pages[entry.page]),
                Object::Name(b"XYZ".to_vec()),
                Object::Null,
                Object::Real(entry.y as f32),
                Object::Null,
            ]),
        );
        set_children(Some(i), &mut dict);
        document.objects.insert(ids[i], Object::Dictionary(dict));
    }
    document.objects.insert(root, Object::Dictionary(root_dict));
    Some(root)
}

/// A 16-byte fingerprint (two FNV-1a 64-bit hashes with different offsets): stable across
/// builds and platforms, which is all a PDF file identifier needs.
pub(super) fn fingerprint(bytes: &[u8]) -> [u8; 16] {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut a: u64 = 0xcbf2_9ce4_8422_2325;
    let mut b: u64 = 0x6c62_272e_07bb_0142;
    for &byte in bytes {
        a = (a ^ u64::from(byte)).wrapping_mul(PRIME);
        b = (b ^ u64::from(byte.rotate_left(3))).wrapping_mul(PRIME);
    }
    let mut out = [0; 16];
    out[..8].copy_from_slice(&a.to_be_bytes());
    out[8..].copy_from_slice(&b.to_be_bytes());
    out
}
