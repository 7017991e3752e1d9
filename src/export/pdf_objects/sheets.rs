//! The handout's sheets as PDF objects: reads the print PDF, draws each of its pages as a Form
//! XObject on the sheet sides `handout.rs` planned, moves links and outline entries to where
//! their page landed, and drops the print PDF's tagging (its structure tree refers to pages
//! imposition removes). Where the pages go is decided in `handout.rs`; this module only writes it.

use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};

use super::{compress_streams, fingerprint};
use crate::diag::Error;

/// Where one page lands on a sheet: scaled by `scale` about its lower left corner, which is put
/// at (`x`, `y`).
#[derive(Debug, Clone, Copy)]
pub struct Placement {
    pub scale: f64,
    pub x: f64,
    pub y: f64,
}

impl Placement {
    fn point(&self, x: f64, y: f64) -> (f64, f64) {
        (self.x + x * self.scale, self.y + y * self.scale)
    }
}

/// One side of a sheet: its size, the pages drawn on it (by index in the print PDF) and a
/// drawing of its own (crop marks) as content-stream operators.
pub struct SheetSide {
    pub width: f64,
    pub height: f64,
    pub pages: Vec<(usize, Placement)>,
    pub marks: String,
}

/// The print PDF, read for imposition.
pub struct PrintFile {
    document: lopdf::Document,
    pages: Vec<ObjectId>,
}

impl PrintFile {
    /// Reads the print PDF folio just wrote; it has at least one page with a media box.
    pub fn read(bytes: &[u8]) -> Result<PrintFile, Error> {
        let document = lopdf::Document::load_mem(bytes).map_err(|e| fail("reading the PDF", e))?;
        let pages: Vec<ObjectId> = document.get_pages().into_values().collect();
        if pages.is_empty() {
            return Err(Error::Internal(
                "the print PDF has no pages to impose".into(),
            ));
        }
        Ok(PrintFile { document, pages })
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// Width and height of the first page's media box (every page of the print PDF has the
    /// same size).
    pub fn page_size(&self) -> Result<(f64, f64), Error> {
        media_size(&self.document, self.pages[0])
            .ok_or_else(|| Error::Internal("the print PDF's first page has no media box".into()))
    }

    /// The handout: `sides` become the pages, in order; the print pages are drawn on them.
    pub fn impose(mut self, sides: &[SheetSide]) -> Result<Vec<u8>, Error> {
        let doc = &mut self.document;
        let pages_root = doc
            .catalog()
            .and_then(|c| c.get(b"Pages"))
            .and_then(Object::as_reference)
            .map_err(|e| fail("finding the page tree", e))?;
        let page_size = media_size(doc, self.pages[0]).unwrap_or_default();
        let forms = page_forms(doc, &self.pages, page_size);
        let (sheet_ids, placements) = add_sheets(doc, &forms, sides, pages_root);
        move_links(doc, &self.pages, &placements);
        replace_page_tree(doc, pages_root, &sheet_ids, &self.pages);
        drop_tagging(doc);
        finish(self.document)
    }
}

fn fail(what: &str, e: lopdf::Error) -> Error {
    Error::Internal(format!("could not impose the handout ({what}): {e}"))
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

/// Each sheet side as a page drawing its pages' forms and its marks; returns the sheets' ids
/// and where each print page was placed.
fn add_sheets(
    doc: &mut lopdf::Document,
    forms: &[ObjectId],
    sides: &[SheetSide],
    pages_root: ObjectId,
) -> (Vec<ObjectId>, Vec<Option<(ObjectId, Placement)>>) {
    let mut placements: Vec<Option<(ObjectId, Placement)>> = vec![None; forms.len()];
    let mut sheet_ids = Vec::with_capacity(sides.len());
    for side in sides {
        let sheet_id = doc.new_object_id();
        let mut ops = String::new();
        let mut xobjects = Dictionary::new();
        for &(page, at) in &side.pages {
            let Some(&form) = forms.get(page) else {
                continue;
            };
            let name = format!("P{}", page + 1);
            ops.push_str(&format!(
                "q {} 0 0 {} {} {} cm /{name} Do Q\n",
                num(at.scale),
                num(at.scale),
                num(at.x),
                num(at.y)
            ));
            xobjects.set(name.as_bytes(), Object::Reference(form));
            placements[page] = Some((sheet_id, at));
        }
        ops.push_str(&side.marks);
        let mut resources = Dictionary::new();
        resources.set("XObject", Object::Dictionary(xobjects));
        let contents = doc.add_object(Stream::new(Dictionary::new(), ops.into_bytes()));
        let mut page = Dictionary::new();
        page.set("Type", Object::Name(b"Page".to_vec()));
        page.set("Parent", Object::Reference(pages_root));
        page.set("MediaBox", rect([0.0, 0.0, side.width, side.height]));
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

/// A number for a content stream: three decimals are a thousandth of a point, far below what
/// any printer resolves, and keep the output independent of float printing.
pub fn num(x: f64) -> String {
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

    #[test]
    fn numbers_are_short_and_stable() {
        assert_eq!(num(1.0), "1");
        assert_eq!(num(0.5), "0.5");
        assert_eq!(num(-0.0001), "0");
        assert_eq!(num(419.52755905), "419.528");
    }
}
