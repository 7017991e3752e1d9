//! XML escaping, in one place, and a tiny writer for well-formed XHTML, OPF and nav documents.

use std::fmt::Write as _;

/// Escapes text content: `&`, `<`, `>`; drops characters XML 1.0 forbids (C0 controls other
/// than tab and newline), which would make the whole document unreadable.
pub fn escape_text(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c if is_xml_char(c) => out.push(c),
            _ => {}
        }
    }
}

/// Escapes an attribute value (always written in double quotes).
pub fn escape_attr(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '"' => out.push_str("&quot;"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '\n' | '\r' | '\t' => out.push(' '),
            c if is_xml_char(c) => out.push(c),
            _ => {}
        }
    }
}

fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Builds an XML document as a string; elements are opened and closed explicitly and the
/// writer checks, in debug builds, that they nest.
#[derive(Default)]
pub struct XmlWriter {
    pub out: String,
    open: Vec<&'static str>,
}

impl XmlWriter {
    pub fn new() -> Self {
        let mut w = XmlWriter::default();
        w.out
            .push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w
    }

    fn start_tag(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.out.push('<');
        self.out.push_str(name);
        for (key, value) in attrs {
            let _ = write!(self.out, " {key}=\"");
            escape_attr(value, &mut self.out);
            self.out.push('"');
        }
    }

    pub fn open(&mut self, name: &'static str, attrs: &[(&str, &str)]) {
        self.start_tag(name, attrs);
        self.out.push('>');
        self.open.push(name);
    }

    pub fn close(&mut self, name: &'static str) {
        let top = self.open.pop();
        debug_assert_eq!(top, Some(name), "mismatched close tag");
        let _ = write!(self.out, "</{name}>");
    }

    pub fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.start_tag(name, attrs);
        self.out.push_str("/>");
    }

    pub fn text(&mut self, text: &str) {
        escape_text(text, &mut self.out);
    }

    /// `<name attrs>text</name>`
    pub fn element(&mut self, name: &'static str, attrs: &[(&str, &str)], text: &str) {
        self.open(name, attrs);
        self.text(text);
        self.close(name);
    }

    pub fn newline(&mut self) {
        self.out.push('\n');
    }

    pub fn finish(mut self) -> String {
        debug_assert!(self.open.is_empty(), "unclosed elements: {:?}", self.open);
        self.out.push('\n');
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_forbidden_controls() {
        let mut w = XmlWriter::default();
        w.element("p", &[("title", "a \"b\" <c>")], "x < y & z\u{1}");
        assert_eq!(
            w.out,
            "<p title=\"a &quot;b&quot; &lt;c>\">x &lt; y &amp; z</p>"
        );
    }
}
