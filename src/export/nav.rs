//! The EPUB navigation document: the table of contents (nested one level), the landmarks,
//! and the page list of the print edition when one was built in the same run.

use super::epub::SpineItem;
use super::xhtml;
use super::xml::XmlWriter;

/// The navigation document of a book whose content documents are `spine`; `page_list` holds
/// (label, target) of each print page.
pub fn document(language: &str, spine: &[SpineItem], page_list: &[(String, String)]) -> String {
    let mut w = XmlWriter::new();
    // The nav sits beside `text/`, not in it.
    xhtml::start_document_at(&mut w, language, "Contents", "css/folio.css");
    w.open("body", &[]);
    toc(&mut w, spine);
    w.newline();
    landmarks(&mut w, spine);
    if !page_list.is_empty() {
        w.newline();
        pages(&mut w, page_list);
    }
    w.close("body");
    w.close("html");
    w.finish()
}

/// The table of contents: each spine item with a toc entry, and its second-level headings.
fn toc(w: &mut XmlWriter, spine: &[SpineItem]) {
    w.open(
        "nav",
        &[
            ("epub:type", "toc"),
            ("id", "toc"),
            ("role", "doc-toc"),
            ("aria-labelledby", "toc-heading"),
        ],
    );
    w.element("h1", &[("id", "toc-heading")], "Contents");
    w.open("ol", &[]);
    for item in spine {
        let Some((target, nested)) = &item.toc else {
            continue;
        };
        w.open("li", &[]);
        w.element("a", &[("href", &format!("text/{target}"))], &item.title);
        if !nested.is_empty() {
            w.open("ol", &[]);
            for (href, text) in nested {
                w.open("li", &[]);
                w.element("a", &[("href", &format!("text/{href}"))], text);
                w.close("li");
            }
            w.close("ol");
        }
        w.close("li");
        w.newline();
    }
    w.close("ol");
    w.close("nav");
}

/// The landmarks (hidden): the contents, then each spine item that is one.
fn landmarks(w: &mut XmlWriter, spine: &[SpineItem]) {
    w.open(
        "nav",
        &[
            ("epub:type", "landmarks"),
            ("id", "landmarks"),
            ("hidden", "hidden"),
            ("aria-label", "Landmarks"),
        ],
    );
    w.open("ol", &[]);
    w.open("li", &[]);
    w.element(
        "a",
        &[("epub:type", "toc"), ("href", "nav.xhtml#toc")],
        "Contents",
    );
    w.close("li");
    for item in spine {
        if let Some(landmark) = item.landmark {
            w.open("li", &[]);
            w.element(
                "a",
                &[
                    ("epub:type", landmark),
                    ("href", &format!("text/{}", item.file)),
                ],
                &item.title,
            );
            w.close("li");
        }
    }
    w.close("ol");
    w.close("nav");
}

/// The page list (hidden): where each page of the print edition starts.
fn pages(w: &mut XmlWriter, page_list: &[(String, String)]) {
    w.open(
        "nav",
        &[
            ("epub:type", "page-list"),
            ("id", "page-list"),
            ("hidden", "hidden"),
            ("aria-label", "Pages of the print edition"),
        ],
    );
    w.open("ol", &[]);
    for (label, href) in page_list {
        w.open("li", &[]);
        w.element("a", &[("href", &format!("text/{href}"))], label);
        w.close("li");
    }
    w.close("ol");
    w.close("nav");
}
