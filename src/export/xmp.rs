//! The print PDF's XMP metadata packet (ISO 16684-1), which PDF/UA-1 requires: the title,
//! authors, language and description as Dublin Core, the dates and tools, and the PDF/UA
//! identification (`pdfuaid:part` 1). It says what the document information dictionary says.

use super::xml::escape_text;
use crate::book::Publication;
use crate::config::Role;

/// The packet, as the bytes of the catalog's `/Metadata` stream.
pub fn packet(publication: &Publication) -> Vec<u8> {
    let edition = &publication.project.edition;
    let date = publication.built.iso8601();
    let tool = concat!("folio ", env!("CARGO_PKG_VERSION"));
    let mut out = String::from(concat!(
        "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n",
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n",
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n",
        "<rdf:Description rdf:about=\"\"",
        " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"",
        " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"",
        " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"",
        " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n",
        "<dc:format>application/pdf</dc:format>\n",
    ));
    let title = edition.full_title();
    container(&mut out, "dc:title", "rdf:Alt", [title.as_str()], true);
    let authors: Vec<&str> = edition
        .creators_with(Role::Author)
        .map(|c| c.name.as_str())
        .collect();
    if !authors.is_empty() {
        container(&mut out, "dc:creator", "rdf:Seq", authors, false);
    }
    if let Some(description) = &edition.description {
        container(
            &mut out,
            "dc:description",
            "rdf:Alt",
            [description.as_str()],
            true,
        );
    }
    container(
        &mut out,
        "dc:language",
        "rdf:Bag",
        [edition.language.as_str()],
        false,
    );
    if !edition.subjects.is_empty() {
        let subjects = edition.subjects.iter().map(String::as_str);
        container(&mut out, "dc:subject", "rdf:Bag", subjects, false);
    }
    property(&mut out, "pdf:Producer", tool);
    property(&mut out, "xmp:CreatorTool", tool);
    property(&mut out, "xmp:CreateDate", &date);
    property(&mut out, "xmp:ModifyDate", &date);
    property(&mut out, "xmp:MetadataDate", &date);
    property(&mut out, "pdfuaid:part", "1");
    out.push_str(concat!(
        "</rdf:Description>\n",
        "</rdf:RDF>\n",
        "</x:xmpmeta>\n",
        "<?xpacket end=\"r\"?>"
    ));
    out.into_bytes()
}

fn property(out: &mut String, name: &str, value: &str) {
    out.push_str(&format!("<{name}>"));
    escape_text(value, out);
    out.push_str(&format!("</{name}>\n"));
}

/// An RDF container of `items`; a language alternative (`x-default`) when `alternative`.
fn container<'a>(
    out: &mut String,
    name: &str,
    kind: &str,
    items: impl IntoIterator<Item = &'a str>,
    alternative: bool,
) {
    out.push_str(&format!("<{name}><{kind}>"));
    for item in items {
        out.push_str(if alternative {
            "<rdf:li xml:lang=\"x-default\">"
        } else {
            "<rdf:li>"
        });
        escape_text(item, out);
        out.push_str("</rdf:li>");
    }
    out.push_str(&format!("</{kind}></{name}>\n"));
}
