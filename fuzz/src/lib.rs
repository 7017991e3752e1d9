//! What more than one fuzz target checks.

/// Panics, naming the file, unless every XML file of an ebook (XHTML, package, navigation,
/// container), given as (path, bytes), is well-formed.
pub fn assert_xml_well_formed<'a>(files: impl IntoIterator<Item = (&'a str, &'a [u8])>) {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    for (path, bytes) in files.into_iter().filter(|(path, _)| is_xml(path)) {
        let xml = std::str::from_utf8(bytes).expect("XML is UTF-8");
        if let Err(error) = roxmltree::Document::parse_with_options(xml, options) {
            panic!("{path} is not well-formed: {error}");
        }
    }
}

fn is_xml(path: &str) -> bool {
    [".xhtml", ".opf", ".ncx", ".xml"]
        .iter()
        .any(|extension| path.ends_with(extension))
}
