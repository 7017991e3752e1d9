//! Print PDF -> handout PDF (stage 5, after `pdf`): imposes the already-typeset pages of the
//! print edition two to a side on landscape office paper, in the order `impose` gives. Each
//! page becomes a Form XObject drawn on its sheet, so fonts are shared, not copied; links and
//! outline entries are moved to the sheet and spot where their page landed. Pages too large
//! for their half of the sheet are scaled down, and the build says so (E002). The handout
//! is not tagged: the print PDF's structure tree refers to pages imposition removes, so it
//! is dropped with the claims that go with it. With `pdf_objects`, the only user of lopdf.

use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};

use crate::config::{HandoutMode, HandoutOutput, PageSize};
use crate::diag::{Diagnostic, Diagnostics, Error};
use crate::impose::{self, Mode, Side};

use super::pdf_objects::{compress_streams, fingerprint};

/// Points per millimetre.
const PT_PER_MM: f64 = 72.0 / 25.4;
/// Distance of a crop mark from the trim edge: 3 mm, the usual bleed, so a mark never shows on
/// a trimmed page even when the cut wanders.
const MARK_OFFSET_MM: f64 = 3.0;
/// Length of a crop mark (5 mm, as in most imposition software).
const MARK_LENGTH_MM: f64 = 5.0;
/// Hairline width of the crop marks, in points (0.25 pt, the usual registration hairline).
const MARK_WIDTH_PT: f64 = 0.25;

/// Where one page lands on a sheet: scaled by `scale` about its lower left corner, which is put
/// at (`x`, `y`).
#[derive(Debug, Clone, Copy)]
struct Placement {
    scale: f64,
    x: f64,
    y: f64,
}

impl Placement {
    fn point(&self, x: f64, y: f64) -> (f64, f64) {
        (self.x + x * self.scale, self.y + y * self.scale)
    }
}

/// Every page size folio typesets, largest first: a scaled handout suggests the first that
/// fits, which keeps the most of the edition's type area.
const PAGE_SIZES: [PageSize; 4] = [
    PageSize::A4,
    PageSize::Letter,
    PageSize::A5,
    PageSize::Paperback,
];

/// Imposes the print PDF `edition` as settings ask; a warning goes to `diags` when its pages
/// must be scaled down to fit. The result is as deterministic as its input: no clock, no
/// random ids.
pub fn write(
    edition: &[u8],
    settings: &HandoutOutput,
    diags: &mut Diagnostics,
) -> Result<Vec<u8>, Error> {
    let fail = |what: &str, e: lopdf::Error| {
        Error::Internal(format!("could not impose the handout ({what}): {e}"))
    };
    let mut doc = lopdf::Document::load_mem(edition).map_err(|e| fail("reading the PDF", e))?;
    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    let Some(&first) = pages.first() else {
        return Err(Error::Internal(
            "the print PDF has no pages to impose".into(),
        ));
    };
    let page_size = media_size(&doc, first)
        .ok_or_else(|| Error::Internal("the print PDF's first page has no media box".into()))?;
    let imposition = Imposition::new(page_size, pages.len(), settings);
    if imposition.scale < FULL_SIZE {
        diags.push(scale_warning(page_size, imposition.scale, settings));
    }
    let pages_root = doc
        .catalog()
        .and_then(|c| c.get(b"Pages"))
        .and_then(Object::as_reference)
        .map_err(|e| fail("finding the page tree", e))?;
    let forms = page_forms(&mut doc, &pages, page_size);
    let (sheet_ids, placements) = add_sheets(&mut doc, &forms, &imposition, pages_root, settings);
    move_links(&mut doc, &pages, &placements);
    replace_page_tree(&mut doc, pages_root, &sheet_ids, &pages);
    drop_tagging(&mut doc);
    finish(doc)
}

/// Removes the print PDF's structure tree and what claims it: the marked flag and the XMP
/// packet, which declares PDF/UA. The pages' marked content stays, as untagged PDFs may have.
fn drop_tagging(doc: &mut lopdf::Document) {
    if let Ok(catalog) = doc.catalog_mut() {
        for key in [&b"StructTreeRoot"[..], b"MarkInfo", b"Metadata"] {
            catalog.remove(key);
        }
    }
}

/// How the pages sit on the sheets: the sides in order, the scale, the placed page's size
/// and the sheet's.
struct Imposition {
    mode: Mode,
    sides: Vec<Side>,
    /// Sheets in the stack (a booklet's creep depends on the depth).
    sheets: usize,
    scale: f64,
    /// The placed page's width, height and bottom edge.
    w: f64,
    h: f64,
    y: f64,
    sheet_w: f64,
    sheet_h: f64,
    /// The most a booklet's innermost sheet moves out, in points.
    creep: f64,
}

impl Imposition {
    fn new((page_w, page_h): (f64, f64), pages: usize, settings: &HandoutOutput) -> Self {
        let (sheet_h, sheet_w) = settings.sheet.page_size().dimensions();
        let mode = match settings.mode {
            HandoutMode::Booklet => Mode::Booklet,
            HandoutMode::TwoUp => Mode::TwoUp,
        };
        let sides = impose::impose(mode, pages);
        let sheets = sides.last().map_or(0, |s| s.sheet + 1);
        let scale = page_scale((page_w, page_h), settings);
        let (w, h) = (page_w * scale, page_h * scale);
        Imposition {
            mode,
            sides,
            sheets,
            scale,
            w,
            h,
            y: (sheet_h - h) / 2.0,
            sheet_w,
            sheet_h,
            creep: settings.creep * PT_PER_MM,
        }
    }

    /// The left edges of the two halves of `side`, creep included.
    fn halves(&self, side: &Side) -> (f64, f64) {
        let (left_x, right_x) = self.slots();
        // Creep: the cover sheet stays put, the innermost moves by the full amount, the ones
        // between in proportion to their depth in the stack.
        let shift = match self.mode {
            Mode::Booklet if self.sheets > 1 => {
                self.creep * side.sheet as f64 / (self.sheets - 1) as f64
            }
            _ => 0.0,
        };
        (left_x - shift, right_x + shift)
    }

    /// The left edges of the two halves, before creep.
    fn slots(&self) -> (f64, f64) {
        let (sheet_w, w) = (self.sheet_w, self.w);
        match self.mode {
            Mode::Booklet => (sheet_w / 2.0 - w, sheet_w / 2.0),
            Mode::TwoUp => (sheet_w / 4.0 - w / 2.0, sheet_w * 3.0 / 4.0 - w / 2.0),
        }
    }
}

/// Every page as a Form XObject with its own resources.
fn page_forms(
    doc: &mut lopdf::Document,
    pages: &[ObjectId],
    (page_w, page_h): (f64, f64),
) -> Vec<ObjectId> {
    let mut forms = Vec::with_capacity(pages.len());
    for &page in pages {
        let content = doc.get_page_content(page);
        let resources = doc
            .get_dictionary(page)
            .ok()
            .and_then(|d| d.get(b"Resources").ok().cloned())
            .unwrap_or_else(|| Object::Dictionary(Dictionary::new()));
        let mut dict = Dictionary::new();
        dict.set("Type", Object::Name(b"XObject".to_vec()));
        dict.set("Subtype", Object::Name(b"Form".to_vec()));
        dict.set("BBox", rect([0.0, 0.0, page_w, page_h]));
        dict.set("Resources", resources);
        forms.push(doc.add_object(Stream::new(dict, content)));
    }
    forms
}

/// A sheet side as a page drawing its pages' forms (and crop marks); returns the sheets' ids
/// and where each page was placed.
fn add_sheets(
    doc: &mut lopdf::Document,
    forms: &[ObjectId],
    sheet: &Imposition,
    pages_root: ObjectId,
    settings: &HandoutOutput,
) -> (Vec<ObjectId>, Vec<Option<(ObjectId, Placement)>>) {
    let mut placements: Vec<Option<(ObjectId, Placement)>> = vec![None; forms.len()];
    let mut sheet_ids = Vec::with_capacity(sheet.sides.len());
    for side in &sheet.sides {
        let sheet_id = doc.new_object_id();
        let (left_x, right_x) = sheet.halves(side);
        let mut ops = String::new();
        let mut xobjects = Dictionary::new();
        for (page, x) in [(side.left, left_x), (side.right, right_x)] {
            let Some(page) = page else { continue };
            let name = format!("P{}", page + 1);
            let at = Placement {
                scale: sheet.scale,
                x,
                y: sheet.y,
            };
            ops.push_str(&format!(
                "q {} 0 0 {} {} {} cm /{name} Do Q\n",
                num(at.scale),
                num(at.scale),
                num(x),
                num(at.y)
            ));
            xobjects.set(name.as_bytes(), Object::Reference(forms[page]));
            placements[page] = Some((sheet_id, at));
        }
        if settings.crop_marks {
            let (slot_left, slot_right) = sheet.slots();
            let frame = (slot_left, slot_right, sheet.y, sheet.w, sheet.h);
            ops.push_str(&crop_marks(side, sheet.mode, frame));
        }
        let mut resources = Dictionary::new();
        resources.set("XObject", Object::Dictionary(xobjects));
        let contents = doc.add_object(Stream::new(Dictionary::new(), ops.into_bytes()));
        let mut page = Dictionary::new();
        page.set("Type", Object::Name(b"Page".to_vec()));
        page.set("Parent", Object::Reference(pages_root));
        page.set("MediaBox", rect([0.0, 0.0, sheet.sheet_w, sheet.sheet_h]));
        page.set("Resources", Object::Dictionary(resources));
        page.set("Contents", Object::Reference(contents));
        doc.objects.insert(sheet_id, Object::Dictionary(page));
        sheet_ids.push(sheet_id);
    }
    (sheet_ids, placements)
}

/// Links and outline entries point at pages that are about to go: sends them to the sheet,
/// at the spot where their page was drawn, and moves each page's link annotations there.
fn move_links(
    doc: &mut lopdf::Document,
    pages: &[ObjectId],
    placements: &[Option<(ObjectId, Placement)>],
) {
    let targets: Vec<(ObjectId, (ObjectId, Placement))> = pages
        .iter()
        .zip(placements)
        .filter_map(|(&page, placed)| placed.map(|p| (page, p)))
        .collect();
    for object in doc.objects.values_mut() {
        retarget(object, &targets);
    }
    for (page, (sheet, at)) in &targets {
        let annots = match doc.get_dictionary(*page).and_then(|d| d.get(b"Annots")) {
            Ok(Object::Array(annots)) => annots.clone(),
            _ => continue,
        };
        let mut moved = annots;
        for annot in &mut moved {
            let dict = match annot {
                Object::Dictionary(dict) => Some(dict),
                Object::Reference(id) => doc.get_dictionary_mut(*id).ok(),
                _ => None,
            };
            if let Some(dict) = dict {
                move_rect(dict, at);
                dict.set("P", Object::Reference(*sheet));
                // Its place in the print PDF's structure, which the handout does not keep.
                dict.remove(b"StructParent");
            }
        }
        if let Ok(sheet) = doc.get_dictionary_mut(*sheet) {
            let mut all = match sheet.get(b"Annots") {
                Ok(Object::Array(a)) => a.clone(),
                _ => Vec::new(),
            };
            all.extend(moved);
            sheet.set("Annots", Object::Array(all));
        }
    }
}

/// The sheets become the document's pages; the edition's pages go.
fn replace_page_tree(
    doc: &mut lopdf::Document,
    pages_root: ObjectId,
    sheet_ids: &[ObjectId],
    pages: &[ObjectId],
) {
    if let Ok(root) = doc.get_dictionary_mut(pages_root) {
        root.set(
            "Kids",
            Object::Array(sheet_ids.iter().map(|&id| Object::Reference(id)).collect()),
        );
        root.set("Count", Object::Integer(sheet_ids.len() as i64));
    }
    for page in pages {
        doc.objects.remove(page);
    }
}

/// Drops what no page uses, compresses, gives the file its own identifier and serialises it.
fn finish(mut doc: lopdf::Document) -> Result<Vec<u8>, Error> {
    doc.prune_objects();
    doc.renumber_objects();
    compress_streams(&mut doc);

    // A file of its own: derived from the edition's identifier, so it is stable too.
    let seed = match doc.trailer.get(b"ID") {
        Ok(Object::Array(ids)) => match ids.first() {
            Some(Object::String(bytes, _)) => bytes.clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    let id = fingerprint(&[&seed[..], b"handout"].concat());
    let id = Object::String(id.to_vec(), StringFormat::Hexadecimal);
    doc.trailer.set("ID", Object::Array(vec![id.clone(), id]));

    let mut bytes = Vec::new();
    doc.save_to(&mut bytes)
        .map_err(|e| Error::Internal(format!("could not serialise the handout: {e}")))?;
    Ok(bytes)
}

/// A scale this close to 1 is full size (it absorbs rounding in the media box).
const FULL_SIZE: f64 = 0.9995;

/// The scale at which a page of `page_w` × `page_h` points fits its half of the sheet. Pages
/// are only ever scaled down, never enlarged, so the type keeps its size when the paper allows
/// (A5 on A4).
fn page_scale((page_w, page_h): (f64, f64), settings: &HandoutOutput) -> f64 {
    let (sheet_h, sheet_w) = settings.sheet.page_size().dimensions();
    let margin = if settings.crop_marks {
        (MARK_OFFSET_MM + MARK_LENGTH_MM) * PT_PER_MM
    } else {
        0.0
    };
    let (slot_w, slot_h) = match settings.mode {
        HandoutMode::Booklet => ((sheet_w - 2.0 * margin) / 2.0, sheet_h - 2.0 * margin),
        HandoutMode::TwoUp => (sheet_w / 2.0 - 2.0 * margin, sheet_h - 2.0 * margin),
    };
    (slot_w / page_w).min(slot_h / page_h).min(1.0)
}

/// E002: the pages print smaller than they were set. Names the scale, and what would print at
/// full size on this sheet: a page size that fits, or the same without crop marks.
fn scale_warning(page: (f64, f64), scale: f64, settings: &HandoutOutput) -> Diagnostic {
    let sheet = settings.sheet.page_size().label();
    let named = PAGE_SIZES
        .into_iter()
        .find(|size| {
            let (w, h) = size.dimensions();
            (w - page.0).abs() < 1.0 && (h - page.1).abs() < 1.0
        })
        .map_or_else(
            || format!("{:.0} × {:.0} mm", page.0 / PT_PER_MM, page.1 / PT_PER_MM),
            |size| size.label().to_string(),
        );
    let warning = Diagnostic::warning(
        "E002",
        format!(
            "the handout prints the {named} pages at {:.0} % of their size, to fit two on a side \
             of {sheet} paper",
            scale * 100.0
        ),
    );
    let fitting = |settings: &HandoutOutput| -> Vec<PageSize> {
        PAGE_SIZES
            .into_iter()
            .filter(|size| page_scale(size.dimensions(), settings) >= FULL_SIZE)
            .collect()
    };
    let without_marks = HandoutOutput {
        crop_marks: false,
        ..settings.clone()
    };
    match (fitting(settings).first(), fitting(&without_marks).first()) {
        (Some(&size), _) => warning.with_hint(format!(
            "{} pages fit on {sheet} paper at full size: set `page-size = \"{}\"` in [output.pdf], \
             or build with `--page-size {}`",
            size.label(),
            setting_name(size),
            setting_name(size)
        )),
        (None, Some(&size)) => warning.with_hint(format!(
            "{} pages fit on {sheet} paper at full size without crop marks: set \
             `page-size = \"{}\"` in [output.pdf] and `crop-marks = false` in [output.handout]",
            size.label(),
            setting_name(size)
        )),
        (None, None) => warning.with_hint(format!(
            "no page size folio sets fits on {sheet} paper at full size; print the handout on \
             larger paper to keep the type at its size"
        )),
    }
}

/// A page size as edition.toml and `--page-size` spell it.
fn setting_name(size: PageSize) -> &'static str {
    match size {
        PageSize::A4 => "a4",
        PageSize::Letter => "letter",
        PageSize::A5 => "a5",
        PageSize::Paperback => "paperback",
    }
}

/// Width and height of a page's media box.
fn media_size(doc: &lopdf::Document, page: ObjectId) -> Option<(f64, f64)> {
    let number = |o: &Object| o.as_float().map(f64::from).ok();
    doc.get_dictionary(page)
        .and_then(|d| d.get(b"MediaBox"))
        .and_then(Object::as_array)
        .ok()
        .and_then(|b| {
            let v: Vec<f64> = b.iter().filter_map(number).collect();
            (v.len() == 4).then(|| (v[2] - v[0], v[3] - v[1]))
        })
}

/// Crop marks for one side: at the corners of the spread of a booklet (with a mark at each end
/// of the fold, where the sheet is folded, not cut), at the corners of each page in 2-up.
fn crop_marks(
    side: &Side,
    mode: Mode,
    (left_x, right_x, y, w, h): (f64, f64, f64, f64, f64),
) -> String {
    let off = MARK_OFFSET_MM * PT_PER_MM;
    let len = MARK_LENGTH_MM * PT_PER_MM;
    let mut lines: Vec<[f64; 4]> = Vec::new();
    let mut corners = |x0: f64, x1: f64| {
        for (x, dx) in [(x0, -1.0), (x1, 1.0)] {
            for (yy, dy) in [(y, -1.0), (y + h, 1.0)] {
                lines.push([x + dx * off, yy, x + dx * (off + len), yy]);
                lines.push([x, yy + dy * off, x, yy + dy * (off + len)]);
            }
        }
    };
    match mode {
        Mode::Booklet => corners(left_x, right_x + w),
        Mode::TwoUp => {
            corners(left_x, left_x + w);
            if side.right.is_some() {
                corners(right_x, right_x + w);
            }
        }
    }
    if mode == Mode::Booklet {
        let fold = right_x;
        lines.push([fold, y - off, fold, y - off - len]);
        lines.push([fold, y + h + off, fold, y + h + off + len]);
    }
    let mut ops = format!("q {} w 0 G\n", num(MARK_WIDTH_PT));
    for [x0, y0, x1, y1] in lines {
        ops.push_str(&format!(
            "{} {} m {} {} l S\n",
            num(x0),
            num(y0),
            num(x1),
            num(y1)
        ));
    }
    ops.push_str("Q\n");
    ops
}

/// A number for a content stream: three decimals are a thousandth of a point, far below what
/// any printer resolves, and keep the output independent of float printing.
fn num(x: f64) -> String {
    let s = format!("{x:.3}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".into()
    } else {
        s.into()
    }
}

fn rect(r: [f64; 4]) -> Object {
    Object::Array(r.iter().map(|&v| Object::Real(v as f32)).collect())
}

/// Rewrites `[page /XYZ left top zoom]` destinations anywhere inside `object`.
fn retarget(object: &mut Object, targets: &[(ObjectId, (ObjectId, Placement))]) {
    match object {
        Object::Array(items) => {
            let target = match items.as_slice() {
                [Object::Reference(page), Object::Name(kind), ..] if kind == b"XYZ" => {
                    targets.iter().find(|(p, _)| p == page).map(|(_, t)| *t)
                }
                _ => None,
            };
            if let Some((sheet, at)) = target {
                items[0] = Object::Reference(sheet);
                let value = |o: &Object| o.as_float().map(f64::from).ok();
                let left = items.get(2).and_then(value);
                let top = items.get(3).and_then(value);
                if let Some(top) = top {
                    items[3] = Object::Real(at.point(0.0, top).1 as f32);
                }
                // A destination without a left edge would scroll to the sheet's left edge;
                // give it the page's, so the link lands on the right half too.
                if items.len() > 2 {
                    items[2] = Object::Real(at.point(left.unwrap_or(0.0), 0.0).0 as f32);
                }
                return;
            }
            items.iter_mut().for_each(|o| retarget(o, targets));
        }
        Object::Dictionary(dict) => dict.iter_mut().for_each(|(_, o)| retarget(o, targets)),
        Object::Stream(stream) => stream
            .dict
            .iter_mut()
            .for_each(|(_, o)| retarget(o, targets)),
        _ => {}
    }
}

/// Moves an annotation's rectangle to where its page was drawn.
fn move_rect(annot: &mut Dictionary, at: &Placement) {
    let Ok(Object::Array(r)) = annot.get(b"Rect") else {
        return;
    };
    let v: Vec<f64> = r
        .iter()
        .filter_map(|o| o.as_float().map(f64::from).ok())
        .collect();
    if let [x0, y0, x1, y1] = v[..] {
        let (a, b) = at.point(x0, y0);
        let (c, d) = at.point(x1, y1);
        annot.set("Rect", rect([a, b, c, d]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Sheet;

    fn sheet(sheet: Sheet, mode: HandoutMode, crop_marks: bool) -> HandoutOutput {
        HandoutOutput {
            sheet,
            mode,
            crop_marks,
            ..HandoutOutput::default()
        }
    }

    #[test]
    fn an_a4_page_on_an_a4_sheet_is_scaled_and_said_to_be() {
        let settings = sheet(Sheet::A4, HandoutMode::Booklet, false);
        let a4 = PageSize::A4.dimensions();
        let scale = page_scale(a4, &settings);
        assert!((scale - 1.0 / 2f64.sqrt()).abs() < 1e-3, "{scale}");
        let warning = scale_warning(a4, scale, &settings);
        assert_eq!(warning.code, "E002");
        assert_eq!(
            warning.message,
            "the handout prints the A4 pages at 71 % of their size, to fit two on a side of A4 paper"
        );
        assert!(warning.hints[0].starts_with("A5 pages fit on A4 paper at full size"));
        assert_eq!(page_scale(PageSize::A5.dimensions(), &settings), 1.0);
    }

    #[test]
    fn crop_marks_and_letter_paper_name_their_own_remedies() {
        let marked = sheet(Sheet::A4, HandoutMode::Booklet, true);
        let a5 = PageSize::A5.dimensions();
        let scale = page_scale(a5, &marked);
        assert_eq!((scale * 100.0).round(), 92.0);
        // Crop marks take 8 mm of each edge: nothing fits beside them, A5 fits without them.
        let hint = &scale_warning(a5, scale, &marked).hints[0];
        assert!(
            hint.starts_with("A5 pages fit on A4 paper at full size without crop marks"),
            "{hint}"
        );
        let letter = sheet(Sheet::Letter, HandoutMode::TwoUp, false);
        let scale = page_scale(a5, &letter);
        let warning = scale_warning(a5, scale, &letter);
        assert!(
            warning.message.contains("A5 pages at 94 %"),
            "{}",
            warning.message
        );
        assert!(
            warning.hints[0].contains("`page-size = \"paperback\"`"),
            "{:?}",
            warning.hints
        );
    }

    #[test]
    fn numbers_are_short_and_stable() {
        assert_eq!(num(1.0), "1");
        assert_eq!(num(0.5), "0.5");
        assert_eq!(num(-0.0001), "0");
        assert_eq!(num(419.52755905), "419.528");
    }
}
