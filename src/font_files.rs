//! The edition's font files: the four faces and their licence, read once per build from the
//! paths `[fonts]` names, or taken from the Vollkorn built into folio for every face it does
//! not name, so a new edition needs no fonts of its own. Both exporters and `check` use these
//! bytes; nothing else reads a font from disk.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::{Fonts, Spanned};
use crate::diag::{Diagnostic, Diagnostics, Error, FileId, Span};
use crate::font_face::FontFace;

/// Vollkorn by Friedrich Althausen (SIL Open Font License 1.1): a text face with old-style
/// figures, small capitals and the Latin Extended letters of Central European names, which is
/// what folio's editions need. The same files are in `fonts/` for the fuzz targets.
const BUILT_IN_FAMILY: &str = "Vollkorn";
static BUILT_IN_FACES: [&[u8]; 4] = [
    include_bytes!("../fonts/Vollkorn-Regular.ttf"),
    include_bytes!("../fonts/Vollkorn-Italic.ttf"),
    include_bytes!("../fonts/Vollkorn-Bold.ttf"),
    include_bytes!("../fonts/Vollkorn-BoldItalic.ttf"),
];
static BUILT_IN_LICENCE: &[u8] = include_bytes!("../fonts/OFL.txt");

/// The keys of `[fonts]` in `Style` order, for diagnostics.
const FACE_KEYS: [&str; 4] = ["regular", "italic", "bold", "bold-italic"];

/// Where a font file came from, for messages and the colophon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    File(PathBuf),
}

/// One font file's bytes, shared between the threads of a build.
#[derive(Debug, Clone)]
pub struct FontFile {
    pub bytes: Arc<Vec<u8>>,
    pub origin: Origin,
}

/// The four faces in `Style` order, their family name and their licence.
#[derive(Debug, Clone)]
pub struct FontFiles {
    pub family: String,
    pub faces: [FontFile; 4],
    pub licence: FontFile,
}

impl FontFiles {
    /// Folio's own Vollkorn, all four faces.
    pub fn built_in() -> FontFiles {
        FontFiles {
            family: BUILT_IN_FAMILY.to_string(),
            faces: BUILT_IN_FACES.map(|bytes| FontFile {
                bytes: Arc::new(bytes.to_vec()),
                origin: Origin::BuiltIn,
            }),
            licence: FontFile {
                bytes: Arc::new(BUILT_IN_LICENCE.to_vec()),
                origin: Origin::BuiltIn,
            },
        }
    }

    /// Reads the files `[fonts]` names (relative to `root`), taking the built-in face for each
    /// key that is absent. A missing or unusable file is a diagnostic at its key in
    /// edition.toml (`config`), and the result is then a content error.
    pub fn load(
        root: &Path,
        fonts: &Fonts,
        config: FileId,
        diags: &mut Diagnostics,
    ) -> Result<FontFiles, Error> {
        let before = diags.error_count();
        let mut files = FontFiles::built_in();
        for ((slot, path), key) in files.faces.iter_mut().zip(fonts.faces()).zip(FACE_KEYS) {
            if let Some(path) = path {
                if let Some(file) = read_face(root, path, key, config, diags) {
                    *slot = file;
                }
            }
        }
        if let Some(path) = &fonts.licence {
            if let Some(bytes) = read_file(root, path, "licence", config, diags) {
                files.licence = FontFile {
                    bytes: Arc::new(bytes),
                    origin: Origin::File(path.get_ref().clone()),
                };
            }
        } else if files.faces.iter().any(|f| f.origin != Origin::BuiltIn) {
            diags.push(
                Diagnostic::warning(
                    "F010",
                    "[fonts] names font files but not their licence; the ebook will carry only Vollkorn's",
                )
                .with_span(Span::new(config, fonts_table_span(fonts)))
                .with_hint("add `licence = \"fonts/LICENSE.txt\"` (the file your fonts came with) to [fonts]"),
            );
        }
        if diags.error_count() > before {
            return Err(Error::Content {
                errors: diags.error_count(),
            });
        }
        files.family = match &fonts.family {
            Some(family) => family.clone(),
            None => family_name(&files.faces[0].bytes).unwrap_or_else(|| BUILT_IN_FAMILY.into()),
        };
        Ok(files)
    }

    /// The faces' bytes in `Style` order.
    pub fn face_bytes(&self) -> [Arc<Vec<u8>>; 4] {
        self.faces.clone().map(|f| f.bytes)
    }
}

/// Reads a face and checks that it is a font folio can shape and embed.
fn read_face(
    root: &Path,
    path: &Spanned<PathBuf>,
    key: &str,
    config: FileId,
    diags: &mut Diagnostics,
) -> Option<FontFile> {
    let bytes = read_file(root, path, key, config, diags)?;
    if FontFace::parse(&bytes).is_none() {
        diags.push(
            Diagnostic::error(
                "F009",
                format!(
                    "{} is not an OpenType or TrueType font",
                    path.get_ref().display()
                ),
            )
            .with_span(Span::new(config, path.span()))
            .with_hint("name a .ttf or .otf file, or remove the key to use the built-in Vollkorn"),
        );
        return None;
    }
    Some(FontFile {
        bytes: Arc::new(bytes),
        origin: Origin::File(path.get_ref().clone()),
    })
}

/// Reads a file `[fonts]` names; a file outside the edition is F011 and one that cannot be
/// read F008, each at its key.
fn read_file(
    root: &Path,
    path: &Spanned<PathBuf>,
    key: &str,
    config: FileId,
    diags: &mut Diagnostics,
) -> Option<Vec<u8>> {
    let full = match crate::project::inside_edition(root, path.get_ref()) {
        Ok(full) => full,
        Err(outside) => {
            diags.push(outside.diagnostic(Some(Span::new(config, path.span()))));
            return None;
        }
    };
    match std::fs::read(&full) {
        Ok(bytes) => Some(bytes),
        Err(err) => {
            diags.push(
                Diagnostic::error(
                    "F008",
                    format!(
                        "the font file `{}` ({key}) cannot be read: {}",
                        path.get_ref().display(),
                        describe(&err)
                    ),
                )
                .with_span(Span::new(config, path.span()))
                .with_hint(format!(
                    "paths are relative to the edition directory; fix the path, or remove `{key}` to use the built-in Vollkorn"
                )),
            );
            None
        }
    }
}

fn describe(err: &std::io::Error) -> String {
    match err.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => err.to_string(),
    }
}

/// The span of the first key of `[fonts]`, where the table's warning points.
fn fonts_table_span(fonts: &Fonts) -> std::ops::Range<usize> {
    fonts
        .faces()
        .into_iter()
        .flatten()
        .map(Spanned::span)
        .next()
        .unwrap_or(0..0)
}

/// The family name a face gives itself.
fn family_name(bytes: &[u8]) -> Option<String> {
    FontFace::parse(bytes)?.family_name()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Files;

    fn fonts_from(toml_text: &str) -> (Fonts, Files, FileId) {
        #[derive(serde::Deserialize)]
        struct Wrapper {
            fonts: Fonts,
        }
        let mut files = Files::default();
        let file = files.add("edition.toml", toml_text.to_string());
        let wrapper: Wrapper = toml::from_str(toml_text).unwrap();
        (wrapper.fonts, files, file)
    }

    #[test]
    fn no_fonts_table_gives_the_built_in_vollkorn() {
        let (fonts, _, file) = fonts_from("[fonts]\n");
        let mut diags = Diagnostics::default();
        let loaded = FontFiles::load(Path::new("/nonexistent"), &fonts, file, &mut diags).unwrap();
        assert!(diags.is_empty());
        assert_eq!(loaded.family, "Vollkorn");
        assert!(loaded.faces.iter().all(|f| f.origin == Origin::BuiltIn));
        assert_eq!(
            family_name(&loaded.faces[0].bytes).as_deref(),
            Some("Vollkorn")
        );
    }

    #[test]
    fn a_named_face_replaces_only_its_own_slot() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let (fonts, _, file) = fonts_from(
            "[fonts]\nitalic = \"fonts/Vollkorn-BoldItalic.ttf\"\nlicence = \"fonts/OFL.txt\"\n",
        );
        let mut diags = Diagnostics::default();
        let loaded = FontFiles::load(root, &fonts, file, &mut diags).unwrap();
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(loaded.faces[0].origin, Origin::BuiltIn);
        assert_eq!(
            loaded.faces[1].origin,
            Origin::File("fonts/Vollkorn-BoldItalic.ttf".into())
        );
        assert_eq!(*loaded.faces[1].bytes, BUILT_IN_FACES[3]);
    }

    #[test]
    fn a_missing_font_points_at_its_key() {
        let text = "[fonts]\nregular = \"fonts/Missing.ttf\"\n";
        let (fonts, files, file) = fonts_from(text);
        let mut diags = Diagnostics::default();
        let result = FontFiles::load(Path::new("/nonexistent"), &fonts, file, &mut diags);
        assert!(matches!(result, Err(Error::Content { errors: 1 })));
        let d = diags.iter().next().unwrap();
        assert_eq!(d.code, "F008");
        let (_, line, col) = files.location(d.span.unwrap()).unwrap();
        assert_eq!((line, col), (2, 11));
        assert!(d.message.contains("no such file"), "{}", d.message);
    }

    #[test]
    fn a_file_that_is_not_a_font_is_f009() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let (fonts, _, file) =
            fonts_from("[fonts]\nbold = \"fonts/OFL.txt\"\nlicence = \"fonts/OFL.txt\"\n");
        let mut diags = Diagnostics::default();
        assert!(FontFiles::load(root, &fonts, file, &mut diags).is_err());
        assert_eq!(diags.iter().next().unwrap().code, "F009");
    }
}
