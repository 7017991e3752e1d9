//! The print PDF's document structure, the only place it is written with lopdf: printpdf's
//! file (fonts and pages) gets our page contents, the structure tree with its parent tree,
//! the link annotations, the catalog (`/MarkInfo`, `/Lang`, `/ViewerPreferences`, the XMP
//! metadata, a nested outline in reading order), the document information, the header
//! version and deterministic ids, so two builds give identical bytes. `sheets` writes the
//! handout's imposed sheets. The only module that uses lopdf.

pub mod sheets;

use std::collections::BTreeMap;
use std::sync::Arc;

use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};

use super::cover::PrintImage;
use super::deflate::Deflater;
use super::pdf_structure::{Kid, StructTree};
use super::xmp;
use crate::book::Publication;
use crate::config::Role;
use crate::diag::Error;
use crate::typeset::Layout;

/// The PDF version written in the header: PDF/UA-1 is defined on ISO 32000-1 (PDF 1.7), and
/// `/Tabs` is a 1.5 key. No object or cross-reference streams are written.
const PDF_VERSION: &str = "1.7";

/// A PDF file as lopdf holds it: what printpdf hands over.
pub type File = lopdf::Document;

/// A page's content stream, compressed or not.
pub struct PageStream {
    pub bytes: Vec<u8>,
    pub deflated: bool,
}

impl PageStream {
    /// `content`, compressed where that makes it smaller.
    pub fn new(content: Vec<u8>, deflater: &mut Deflater) -> PageStream {
        match deflater.deflate(&content) {
            Some(bytes) => PageStream {
                bytes,
                deflated: true,
            },
            None => PageStream {
                bytes: content,
                deflated: false,
            },
        }
    }
}

/// A link annotation: its area, where it goes, and what it says to a screen reader.
pub struct Annotation {
    pub rect: [f64; 4],
    pub target: Target,
    pub description: String,
}

pub enum Target {
    /// A place in the document: page (from 0) and the y of its top.
    Place {
        page: usize,
        top: f64,
    },
    Uri(Arc<str>),
}

/// What the print PDF is made of besides printpdf's file.
pub struct Parts<'a> {
    pub publication: &'a Publication<'a>,
    pub layout: &'a Layout,
    /// Each page's content stream, and its number of marked-content sequences.
    pub pages: Vec<(PageStream, usize)>,
    /// Each page's link annotations, in the order `structure` numbers them.
    pub annotations: Vec<Vec<Annotation>>,
    pub structure: &'a StructTree,
    /// The cover, when `[output.pdf] cover` asks for it as the first page.
    pub cover: Option<&'a PrintImage>,
}

/// Completes the file printpdf drew (`document`) with `parts` and returns its bytes.
pub fn finish(mut document: lopdf::Document, parts: &Parts) -> Result<Vec<u8>, Error> {
    drop_printpdf_leftovers(&mut document);
    let pages: Vec<ObjectId> = document.get_pages().into_values().collect();
    replace_page_contents(&mut document, &pages, &parts.pages);
    compress_streams(&mut document);
    document.version = PDF_VERSION.into();
    let annotations = add_annotations(&mut document, &pages, &parts.annotations);
    let marked: Vec<usize> = parts.pages.iter().map(|(_, count)| *count).collect();
    let tree = StructWriter {
        tree: parts.structure,
        pages: &pages,
        annotations: &annotations,
    }
    .write(&mut document, &marked);
    finish_catalog(&mut document, parts, &pages, tree);
    if let Some(cover) = parts.cover {
        add_cover_page(&mut document, cover, parts.layout);
    }
    set_file_id(&mut document, parts);
    let mut bytes = Vec::new();
    let saved = document.save_to(&mut bytes);
    // Freeing a long book's objects took a twentieth of its build; nothing waits for it.
    std::thread::spawn(move || drop(document));
    saved.map_err(|e| Error::Internal(format!("could not serialise the PDF: {e}")))?;
    Ok(bytes)
}

/// Drops what printpdf wrote that the book replaces (its info dictionary, which claims an
/// empty GTS_PDFXVersion, its output intents and XMP packet), with the objects those entries
/// refer to, before anything is added: the objects added after it follow on from the highest
/// number left. (lopdf's `prune_objects` and `renumber_objects` found the same objects, but
/// walk the whole tree twice, checking each reference against a list of all those seen: a
/// tenth of the instructions of building a 1 MB book.)
fn drop_printpdf_leftovers(document: &mut lopdf::Document) {
    let mut dropped: Vec<Object> = document.trailer.remove(b"Info").into_iter().collect();
    if let Ok(catalog) = document.catalog_mut() {
        for key in [&b"OutputIntents"[..], b"Metadata", b"Outlines"] {
            dropped.extend(catalog.remove(key));
        }
    }
    // An entry is a reference, or an array of them (the output intents).
    let references = dropped.iter().flat_map(|object| match object {
        Object::Array(items) => items.iter().collect(),
        other => vec![other],
    });
    for id in references.filter_map(|object| object.as_reference().ok()) {
        document.objects.remove(&id);
    }
    document.max_id = document
        .objects
        .keys()
        .map(|&(number, _)| number)
        .max()
        .unwrap_or(0);
}

/// Puts our content streams in place of printpdf's, reusing its object numbers so the file
/// layout stays as it was, and declares the pages' tab order and parent-tree keys.
fn replace_page_contents(
    document: &mut lopdf::Document,
    pages: &[ObjectId],
    streams: &[(PageStream, usize)],
) {
    for (index, (&page_id, (stream, marked))) in pages.iter().zip(streams).enumerate() {
        let Ok(page) = document.get_dictionary_mut(page_id) else {
            continue;
        };
        // Tab order follows the structure (PDF/UA-1, 7.18.3).
        page.set("Tabs", Object::Name(b"S".to_vec()));
        if *marked > 0 {
            page.set("StructParents", Object::Integer(index as i64));
        }
        let Ok(contents_id) = page.get(b"Contents").and_then(Object::as_reference) else {
            continue;
        };
        let mut dict = Dictionary::new();
        if stream.deflated {
            dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
        }
        let stream = Stream::new(dict, stream.bytes.clone());
        document.objects.insert(contents_id, Object::Stream(stream));
    }
}

/// Adds each page's link annotations; returns their ids, page by page.
fn add_annotations(
    document: &mut lopdf::Document,
    pages: &[ObjectId],
    annotations: &[Vec<Annotation>],
) -> Vec<Vec<ObjectId>> {
    let mut ids = Vec::new();
    for (&page_id, page_annotations) in pages.iter().zip(annotations) {
        let page_ids: Vec<ObjectId> = page_annotations
            .iter()
            .map(|annotation| {
                let dict = annotation_dictionary(annotation, pages);
                document.add_object(dict)
            })
            .collect();
        if let Ok(page) = document.get_dictionary_mut(page_id) {
            if page_ids.is_empty() {
                page.remove(b"Annots");
            } else {
                let refs = page_ids.iter().map(|&id| Object::Reference(id)).collect();
                page.set("Annots", Object::Array(refs));
            }
        }
        ids.push(page_ids);
    }
    ids
}

fn annotation_dictionary(annotation: &Annotation, pages: &[ObjectId]) -> Dictionary {
    let mut dict = Dictionary::new();
    dict.set("Type", Object::Name(b"Annot".to_vec()));
    dict.set("Subtype", Object::Name(b"Link".to_vec()));
    dict.set(
        "Rect",
        Object::Array(annotation.rect.iter().map(|&v| real(v)).collect()),
    );
    // No border: links in a book are not boxed.
    dict.set(
        "Border",
        Object::Array(vec![
            Object::Integer(0),
            Object::Integer(0),
            Object::Integer(0),
        ]),
    );
    // Printed with the page (a link has nothing to print, but PDF/A and PDF/UA checkers
    // expect the flag).
    dict.set("F", Object::Integer(4));
    dict.set("Contents", text_string(&annotation.description));
    match &annotation.target {
        Target::Place { page, top } => {
            if let Some(&page_id) = pages.get(*page) {
                dict.set("Dest", destination(page_id, *top));
            }
        }
        Target::Uri(uri) => {
            let mut action = Dictionary::new();
            action.set("S", Object::Name(b"URI".to_vec()));
            action.set("URI", Object::string_literal(uri.as_bytes()));
            dict.set("A", Object::Dictionary(action));
        }
    }
    dict
}

/// `[page /XYZ null top null]`: the page scrolled to `top`, at the reader's zoom.
fn destination(page: ObjectId, top: f64) -> Object {
    Object::Array(vec![
        Object::Reference(page),
        Object::Name(b"XYZ".to_vec()),
        Object::Null,
        real(top),
        Object::Null,
    ])
}

fn real(value: f64) -> Object {
    Object::Real(value as f32)
}

/// Writes a `StructTree` as structure elements (only those holding content).
struct StructWriter<'a> {
    tree: &'a StructTree,
    pages: &'a [ObjectId],
    annotations: &'a [Vec<ObjectId>],
}

impl StructWriter<'_> {
    /// Writes the tree, its parent tree and its ID tree; returns the `/StructTreeRoot`.
    /// `marked[page]` is the number of marked-content sequences of each page.
    fn write(&self, document: &mut lopdf::Document, marked: &[usize]) -> ObjectId {
        let root = document.new_object_id();
        let ids: Vec<Option<ObjectId>> = self
            .tree
            .elements
            .iter()
            .map(|e| e.used.then(|| document.new_object_id()))
            .collect();
        // The parent tree: each page's marked content, then each annotation, by key.
        let mut content_parents: Vec<Vec<Object>> =
            marked.iter().map(|&n| vec![Object::Null; n]).collect();
        let mut annotation_parents = BTreeMap::new();
        let mut named = Vec::new();
        for (index, element) in self.tree.elements.iter().enumerate() {
            let Some(id) = ids[index] else {
                continue;
            };
            for kid in &element.kids {
                match *kid {
                    Kid::Content { page, mcid } => {
                        if let Some(slot) =
                            content_parents.get_mut(page).and_then(|p| p.get_mut(mcid))
                        {
                            *slot = Object::Reference(id);
                        }
                    }
                    Kid::Annotation { page, index } => {
                        annotation_parents.insert(self.annotations[page][index], id);
                    }
                    Kid::Element(_) => {}
                }
            }
            if let Some(name) = &element.id {
                named.push((name.clone(), id));
            }
            let parent = element.parent.and_then(|p| ids[p]).unwrap_or(root);
            let dict = self.element_dictionary(index, parent, &ids);
            document.objects.insert(id, Object::Dictionary(dict));
        }
        let mut nums = Vec::new();
        for (page, parents) in content_parents.into_iter().enumerate() {
            if !parents.is_empty() {
                nums.push(Object::Integer(page as i64));
                nums.push(Object::Array(parents));
            }
        }
        let mut key = self.pages.len() as i64;
        for annotations in self.annotations {
            for annotation in annotations {
                let Some(&parent) = annotation_parents.get(annotation) else {
                    continue;
                };
                if let Ok(dict) = document.get_dictionary_mut(*annotation) {
                    dict.set("StructParent", Object::Integer(key));
                }
                nums.push(Object::Integer(key));
                nums.push(Object::Reference(parent));
                key += 1;
            }
        }
        let mut parent_tree = Dictionary::new();
        parent_tree.set("Nums", Object::Array(nums));
        let mut dict = Dictionary::new();
        dict.set("Type", Object::Name(b"StructTreeRoot".to_vec()));
        if let Some(document_element) = ids[0] {
            dict.set(
                "K",
                Object::Array(vec![Object::Reference(document_element)]),
            );
        }
        dict.set("ParentTree", Object::Dictionary(parent_tree));
        dict.set("ParentTreeNextKey", Object::Integer(key));
        if !named.is_empty() {
            dict.set("IDTree", id_tree(named));
        }
        document.objects.insert(root, Object::Dictionary(dict));
        root
    }

    fn element_dictionary(
        &self,
        index: usize,
        parent: ObjectId,
        ids: &[Option<ObjectId>],
    ) -> Dictionary {
        let element = &self.tree.elements[index];
        // The element's page: that of its first marked content, to which kids on the same
        // page may then refer by number alone.
        let page = element.kids.iter().find_map(|kid| match kid {
            Kid::Content { page, .. } => Some(*page),
            _ => None,
        });
        let kids: Vec<Object> = element
            .kids
            .iter()
            .filter_map(|kid| self.kid(*kid, page, ids))
            .collect();
        let mut dict = Dictionary::new();
        dict.set("Type", Object::Name(b"StructElem".to_vec()));
        dict.set("S", Object::Name(element.role.as_bytes().to_vec()));
        dict.set("P", Object::Reference(parent));
        if let Some(page) = page {
            dict.set("Pg", Object::Reference(self.pages[page]));
        }
        // One kid is written as itself: the form `pdfua` 0.1.3 reads in headings (an array
        // of numbers makes its empty-heading rule fail), and as valid as an array.
        let kids = match <[Object; 1]>::try_from(kids) {
            Ok([kid]) => kid,
            Err(kids) => Object::Array(kids),
        };
        dict.set("K", kids);
        if let Some(name) = &element.id {
            dict.set("ID", Object::string_literal(name.as_bytes()));
        }
        if let Some(note) = element.refers_to.and_then(|n| ids[n]) {
            dict.set("Ref", Object::Array(vec![Object::Reference(note)]));
        }
        if let Some(lang) = &element.lang {
            dict.set("Lang", text_string(lang));
        }
        dict
    }

    /// A kid as the `/K` array holds it: an element reference, an MCID (on the element's
    /// page) or a marked-content reference, an object reference for an annotation.
    fn kid(
        &self,
        kid: Kid,
        element_page: Option<usize>,
        ids: &[Option<ObjectId>],
    ) -> Option<Object> {
        Some(match kid {
            Kid::Element(index) => Object::Reference(ids[index]?),
            Kid::Content { page, mcid } if Some(page) == element_page => {
                Object::Integer(mcid as i64)
            }
            Kid::Content { page, mcid } => {
                let mut dict = Dictionary::new();
                dict.set("Type", Object::Name(b"MCR".to_vec()));
                dict.set("Pg", Object::Reference(self.pages[page]));
                dict.set("MCID", Object::Integer(mcid as i64));
                Object::Dictionary(dict)
            }
            Kid::Annotation { page, index } => {
                let mut dict = Dictionary::new();
                dict.set("Type", Object::Name(b"OBJR".to_vec()));
                dict.set("Pg", Object::Reference(self.pages[page]));
                dict.set("Obj", Object::Reference(self.annotations[page][index]));
                Object::Dictionary(dict)
            }
        })
    }
}

/// A name tree of one node mapping element ids to elements, keys in byte order.
fn id_tree(mut named: Vec<(String, ObjectId)>) -> Object {
    named.sort();
    let names = named
        .into_iter()
        .flat_map(|(name, id)| {
            [
                Object::string_literal(name.into_bytes()),
                Object::Reference(id),
            ]
        })
        .collect();
    let mut dict = Dictionary::new();
    dict.set("Names", Object::Array(names));
    Object::Dictionary(dict)
}

/// The catalog's keys for a tagged, titled book, and the document information.
fn finish_catalog(
    document: &mut lopdf::Document,
    parts: &Parts,
    pages: &[ObjectId],
    tree: ObjectId,
) {
    let edition = &parts.publication.project.edition;
    let info = info_dictionary(parts.publication);
    let info_id = document.add_object(info);
    document.trailer.set("Info", Object::Reference(info_id));
    let mut metadata = Dictionary::new();
    metadata.set("Type", Object::Name(b"Metadata".to_vec()));
    metadata.set("Subtype", Object::Name(b"XML".to_vec()));
    // Left uncompressed, so tools that look for the packet in the file find it.
    let metadata = document.add_object(Stream::new(metadata, xmp::packet(parts.publication)));

    let outline = outline(document, parts.layout, pages);
    let Ok(catalog) = document.catalog_mut() else {
        return;
    };
    catalog.set("Lang", text_string(edition.language.as_str()));
    catalog.set("Metadata", Object::Reference(metadata));
    catalog.set("StructTreeRoot", Object::Reference(tree));
    let mut mark_info = Dictionary::new();
    mark_info.set("Marked", Object::Boolean(true));
    catalog.set("MarkInfo", Object::Dictionary(mark_info));
    let mut preferences = Dictionary::new();
    // Viewers show the title, not the file name (PDF/UA-1, 7.1).
    preferences.set("DisplayDocTitle", Object::Boolean(true));
    catalog.set("ViewerPreferences", Object::Dictionary(preferences));
    match outline {
        Some(id) => {
            catalog.set("Outlines", Object::Reference(id));
            catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
        }
        None => catalog.set("PageMode", Object::Name(b"UseNone".to_vec())),
    }
}

/// Puts `cover` before the first page, full-bleed (scaled to cover the page, centred, the
/// overflow cut off), as an artifact: the cover repeats the title page that follows it, so it
/// adds nothing to the structure tree. The page labels keep the text's numbers: the cover is
/// labelled "Cover" and the first page of the text stays page 1. Everything else points at
/// page objects, which do not move.
fn add_cover_page(document: &mut lopdf::Document, cover: &PrintImage, layout: &Layout) {
    let Some(pages_id) = document
        .catalog()
        .ok()
        .and_then(|catalog| catalog.get(b"Pages").ok())
        .and_then(|pages| pages.as_reference().ok())
    else {
        return;
    };
    let image = document.add_object(image_stream(cover));
    let (width, height) = (layout.width, layout.height);
    let scale = (width / f64::from(cover.width)).max(height / f64::from(cover.height));
    let (shown_w, shown_h) = (
        f64::from(cover.width) * scale,
        f64::from(cover.height) * scale,
    );
    let content = format!(
        "/Artifact BMC q 0 0 {width:.2} {height:.2} re W n {shown_w:.2} 0 0 {shown_h:.2} {:.2} {:.2} cm /Cover Do Q EMC",
        (width - shown_w) / 2.0,
        (height - shown_h) / 2.0
    );
    let contents = document.add_object(Stream::new(Dictionary::new(), content.into_bytes()));
    let mut xobjects = Dictionary::new();
    xobjects.set("Cover", Object::Reference(image));
    let mut resources = Dictionary::new();
    resources.set("XObject", Object::Dictionary(xobjects));
    let mut page = Dictionary::new();
    page.set("Type", Object::Name(b"Page".to_vec()));
    page.set("Parent", Object::Reference(pages_id));
    page.set(
        "MediaBox",
        Object::Array(vec![
            Object::Integer(0),
            Object::Integer(0),
            real(width),
            real(height),
        ]),
    );
    page.set("Resources", Object::Dictionary(resources));
    page.set("Contents", Object::Reference(contents));
    page.set("Tabs", Object::Name(b"S".to_vec()));
    let page = document.add_object(page);
    if let Ok(pages) = document.get_dictionary_mut(pages_id) {
        if let Ok(Object::Array(kids)) = pages.get_mut(b"Kids") {
            kids.insert(0, Object::Reference(page));
        }
        let count = pages.get(b"Count").and_then(Object::as_i64).unwrap_or(0);
        pages.set("Count", Object::Integer(count + 1));
    }
    let mut cover_label = Dictionary::new();
    cover_label.set("P", Object::string_literal("Cover"));
    let mut text_labels = Dictionary::new();
    text_labels.set("S", Object::Name(b"D".to_vec()));
    let mut labels = Dictionary::new();
    labels.set(
        "Nums",
        Object::Array(vec![
            Object::Integer(0),
            Object::Dictionary(cover_label),
            Object::Integer(1),
            Object::Dictionary(text_labels),
        ]),
    );
    if let Ok(catalog) = document.catalog_mut() {
        catalog.set("PageLabels", Object::Dictionary(labels));
    }
}

/// The cover's image XObject.
fn image_stream(cover: &PrintImage) -> Stream {
    let mut dict = Dictionary::new();
    dict.set("Type", Object::Name(b"XObject".to_vec()));
    dict.set("Subtype", Object::Name(b"Image".to_vec()));
    dict.set("Width", Object::Integer(i64::from(cover.width)));
    dict.set("Height", Object::Integer(i64::from(cover.height)));
    dict.set(
        "ColorSpace",
        Object::Name(cover.colour_space.as_bytes().to_vec()),
    );
    dict.set("BitsPerComponent", Object::Integer(8));
    if let Some(filter) = cover.filter {
        dict.set("Filter", Object::Name(filter.as_bytes().to_vec()));
    }
    if cover.inverted {
        dict.set(
            "Decode",
            Object::Array([1, 0, 1, 0, 1, 0, 1, 0].map(Object::Integer).to_vec()),
        );
    }
    // The bytes are final: lopdf must not compress them again.
    Stream::new(dict, cover.bytes.clone()).with_compression(false)
}

/// The file identifier: the same edition built the same day gets the same /ID.
fn set_file_id(document: &mut lopdf::Document, parts: &Parts) {
    let edition = &parts.publication.project.edition;
    let seed = format!(
        "{}\n{}\n{}\n{}",
        edition.identifier,
        parts.publication.built.pdf_date(),
        parts.layout.pages.len(),
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
        dict.set("Dest", destination(pages[entry.page], entry.y));
        set_children(Some(i), &mut dict);
        document.objects.insert(ids[i], Object::Dictionary(dict));
    }
    document.objects.insert(root, Object::Dictionary(root_dict));
    Some(root)
}

/// Compresses every stream of `document` that has no filter yet.
fn compress_streams(document: &mut lopdf::Document) {
    let mut deflater = Deflater::default();
    for object in document.objects.values_mut() {
        let Object::Stream(stream) = object else {
            continue;
        };
        if stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        if let Some(compressed) = deflater.deflate(&stream.content) {
            stream
                .dict
                .set("Filter", Object::Name(b"FlateDecode".to_vec()));
            stream.set_content(compressed);
        }
    }
}

/// A 16-byte fingerprint (two FNV-1a 64-bit hashes with different offsets): stable across
/// builds and platforms, which is all a PDF file identifier needs.
fn fingerprint(bytes: &[u8]) -> [u8; 16] {
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
