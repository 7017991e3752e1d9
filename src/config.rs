//! `edition.toml`: the edition's metadata and output settings, read with serde (kebab-case,
//! unknown keys rejected) and checked, with every problem reported at its file:line:col.

use std::path::{Path, PathBuf};

use serde::Deserialize;
pub use toml::Spanned;

use crate::diag::{Diagnostic, Diagnostics, FileId, Files, Span};

/// The file name folio looks for in an edition directory.
pub const EDITION_FILE: &str = "edition.toml";

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Edition {
    pub title: String,
    #[serde(default)]
    pub subtitle: Option<String>,
    #[serde(default, rename = "creator")]
    pub creators: Vec<Creator>,
    /// BCP 47 language tag of the text, e.g. `en-GB`.
    pub language: String,
    #[serde(default)]
    pub publisher: Option<String>,
    /// Publication date of this edition, `YYYY-MM-DD`; also the build date when
    /// `SOURCE_DATE_EPOCH` is not set, so builds are reproducible.
    pub date: String,
    /// A unique identifier, e.g. `urn:uuid:...`.
    pub identifier: String,
    #[serde(default)]
    pub isbn: Option<String>,
    #[serde(default)]
    pub rights: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub subjects: Vec<String>,
    /// File name stem of the outputs (`out/<slug>.epub`).
    pub slug: String,
    /// The restored, edited manuscript (Markdown), relative to the edition directory.
    pub manuscript: PathBuf,
    /// The edition's restoration lexicon.
    #[serde(default)]
    pub lexicon: Option<PathBuf>,
    /// Annotation files (notes, emendations, omissions).
    #[serde(default)]
    pub annotations: Vec<PathBuf>,
    #[serde(default)]
    pub source: Option<SourceInfo>,
    /// The edition's own cover picture (JPEG or PNG); without it a build draws one from the
    /// title page.
    #[serde(default)]
    pub cover: Option<Spanned<PathBuf>>,
    #[serde(default)]
    pub style: HouseStyle,
    #[serde(default)]
    pub restore: Restore,
    #[serde(default)]
    pub fonts: Fonts,
    #[serde(default)]
    pub output: Output,
}

/// How `folio restore` and `folio check` look for lost letters.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Restore {
    /// The installed Hunspell dictionaries to use, by language (`hu`) or locale (`pt_BR`);
    /// empty: every installed dictionary of a language with letters outside ASCII.
    #[serde(default)]
    pub languages: Vec<String>,
}

/// `[fonts]`: the faces the edition is set in, relative to the edition directory. Every key
/// is optional: a face that is not named is the Vollkorn built into folio (see
/// `font_files`), so an edition needs no fonts of its own. Spans point diagnostics at the key.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Fonts {
    /// The family name the ebook's stylesheet and the colophon use; by default the regular
    /// face's own family name.
    #[serde(default)]
    pub family: Option<String>,
    #[serde(default)]
    pub regular: Option<Spanned<PathBuf>>,
    #[serde(default)]
    pub italic: Option<Spanned<PathBuf>>,
    #[serde(default)]
    pub bold: Option<Spanned<PathBuf>>,
    #[serde(default)]
    pub bold_italic: Option<Spanned<PathBuf>>,
    /// The fonts' licence, shipped inside the EPUB beside them.
    #[serde(default)]
    pub licence: Option<Spanned<PathBuf>>,
}

impl Fonts {
    /// The four face paths in `Style` order (regular, italic, bold, bold italic).
    pub fn faces(&self) -> [Option<&Spanned<PathBuf>>; 4] {
        [
            self.regular.as_ref(),
            self.italic.as_ref(),
            self.bold.as_ref(),
            self.bold_italic.as_ref(),
        ]
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Creator {
    pub name: String,
    /// Sort form, e.g. "Fryer, Peter".
    #[serde(default)]
    pub file_as: Option<String>,
    pub role: Role,
}

/// MARC relator roles folio knows how to credit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Author,
    Editor,
    Translator,
    Annotator,
    Contributor,
}

impl Role {
    /// The MARC relator code used in EPUB metadata.
    pub fn marc_code(self) -> &'static str {
        match self {
            Role::Author => "aut",
            Role::Editor => "edt",
            Role::Translator => "trl",
            Role::Annotator => "ann",
            Role::Contributor => "ctb",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::Author => "author",
            Role::Editor => "editor",
            Role::Translator => "translator",
            Role::Annotator => "annotator",
            Role::Contributor => "contributor",
        }
    }
}

/// Where the text came from.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct SourceInfo {
    pub title: String,
    #[serde(default)]
    pub publisher: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    /// The file as received, relative to the edition directory.
    #[serde(default)]
    pub file: Option<PathBuf>,
    /// The restore report committed beside the manuscript.
    #[serde(default)]
    pub restore_report: Option<PathBuf>,
}

/// House style choices that change the text.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct HouseStyle {
    /// The dash restore inserts between glued words.
    #[serde(default)]
    pub dash: DashStyle,
    /// Where a note's reference mark goes beside punctuation.
    #[serde(default)]
    pub note_marks: NoteMarks,
    /// How the captions of pictures are set, since an edition does not reproduce them.
    #[serde(default)]
    pub captions: Captions,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Captions {
    /// "[Picture not reproduced] Khrushchev and Stalin.": the caption says that the picture
    /// it belonged to is not in this edition, as transcriptions mark an illustration
    /// (Project Gutenberg's "[Illustration: …]"), so it does not read as the caption of a
    /// picture gone missing.
    #[default]
    Marked,
    /// The caption alone, for an edition whose readers know the pictures are left out (the
    /// Note on the text or an omission says so).
    Plain,
}

impl Default for HouseStyle {
    fn default() -> Self {
        HouseStyle {
            dash: DashStyle::Em,
            note_marks: NoteMarks::AfterPunctuation,
            captions: Captions::Marked,
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoteMarks {
    /// "Tragedy,⁶": after the comma or full stop, as Chicago and Hart's Rules set them.
    #[default]
    AfterPunctuation,
    /// "Tragedy⁶,": right after the noted words, where the annotation or manuscript put it.
    BeforePunctuation,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DashStyle {
    /// Closed em dash: "revolution—a".
    #[default]
    Em,
    /// Spaced en dash: "revolution – a".
    SpacedEn,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    Epub,
    Pdf,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Output {
    #[serde(default = "default_formats")]
    pub formats: Vec<Format>,
    #[serde(default = "default_out_dir")]
    pub dir: PathBuf,
    /// Name the git revision the edition was built from in the colophon.
    #[serde(default = "default_true")]
    pub colophon_revision: bool,
    /// The print edition's settings (`[output.pdf]`).
    #[serde(default)]
    pub pdf: PdfOutput,
    /// The handout's settings (`[output.handout]`); its presence also asks for the handout
    /// whenever the print edition is built.
    #[serde(default)]
    pub handout: Option<HandoutOutput>,
}

fn default_true() -> bool {
    true
}

/// `[output.pdf]`: page size and type size of the print edition.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct PdfOutput {
    #[serde(default)]
    pub page_size: PageSize,
    /// Body text size in points; the page size's default when absent.
    #[serde(default)]
    pub font_size: Option<f64>,
    /// Put the cover (the edition's own, or the one drawn from the title page) before the
    /// first page, outside the page numbering. A print edition usually has none.
    #[serde(default)]
    pub cover: bool,
}

/// Page sizes of the print edition. Named in any case (`"A4"` or `"a4"`), as on the command
/// line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub enum PageSize {
    A4,
    Letter,
    #[default]
    A5,
    /// 129 × 198 mm, a common trade paperback ("B format").
    Paperback,
}

impl TryFrom<String> for PageSize {
    type Error = String;

    fn try_from(name: String) -> Result<Self, Self::Error> {
        match name.to_ascii_lowercase().as_str() {
            "a4" => Ok(PageSize::A4),
            "letter" => Ok(PageSize::Letter),
            "a5" => Ok(PageSize::A5),
            "paperback" => Ok(PageSize::Paperback),
            _ => Err(format!(
                "unknown page size `{name}`, expected `a4`, `letter`, `a5` or `paperback`"
            )),
        }
    }
}

/// `[output.handout]`: the print edition's pages imposed two to a side on office paper.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct HandoutOutput {
    #[serde(default)]
    pub sheet: Sheet,
    #[serde(default)]
    pub mode: HandoutMode,
    /// Creep compensation in millimetres: how far the pages of the innermost sheet move away
    /// from the fold (negative: towards it); the sheets between move in proportion.
    #[serde(default)]
    pub creep: f64,
    /// Trim marks at the corners of every page (the pages are scaled down to make room).
    #[serde(default)]
    pub crop_marks: bool,
}

/// The paper a handout is printed on (landscape, two pages a side).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sheet {
    #[default]
    A4,
    Letter,
}

impl Sheet {
    /// The page size of the same paper, for its dimensions.
    pub fn page_size(self) -> PageSize {
        match self {
            Sheet::A4 => PageSize::A4,
            Sheet::Letter => PageSize::Letter,
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum HandoutMode {
    /// Saddle-stitched: fold the stack of sheets once and staple through the fold.
    #[default]
    Booklet,
    /// Pages in reading order, two a side.
    #[serde(rename = "2-up")]
    TwoUp,
}

impl Default for Output {
    fn default() -> Self {
        Output {
            formats: default_formats(),
            dir: default_out_dir(),
            colophon_revision: true,
            pdf: PdfOutput::default(),
            handout: None,
        }
    }
}

/// Without an `[output]` table a build makes both the ebook and the print edition, as a
/// first `folio build` of a new edition should.
fn default_formats() -> Vec<Format> {
    vec![Format::Epub, Format::Pdf]
}

fn default_out_dir() -> PathBuf {
    PathBuf::from("out")
}

impl Edition {
    /// The creators with a given role, in the order listed.
    pub fn creators_with(&self, role: Role) -> impl Iterator<Item = &Creator> {
        self.creators.iter().filter(move |c| c.role == role)
    }

    /// The full title: "Title: Subtitle".
    pub fn full_title(&self) -> String {
        match &self.subtitle {
            Some(sub) => format!("{}: {}", self.title, sub),
            None => self.title.clone(),
        }
    }
}

/// The largest creep compensation accepted, in millimetres.
pub const MAX_CREEP_MM: f64 = 10.0;

/// The body sizes `[output.pdf] font-size` accepts, in points. Zero, negative and not-a-number
/// sizes were typeset without a word of warning; beyond 72 pt (an inch) an A5 line holds a
/// word or two, which is a poster, not a book.
pub const FONT_SIZES_PT: std::ops::RangeInclusive<f64> = 4.0..=72.0;

/// Parses edition.toml text; errors go to `diags` with their position, `None` if unusable.
pub fn parse(files: &Files, file: FileId, diags: &mut Diagnostics) -> Option<Edition> {
    let text = &files.get(file)?.text;
    let edition: Edition =
        match toml::from_str(text) {
            Ok(edition) => edition,
            Err(err) => {
                let span = unknown_key_span(text, err.message(), err.span().unwrap_or(0..0));
                let mut diagnostic =
                    Diagnostic::error("F001", format!("edition.toml: {}", err.message().trim()))
                        .with_span(Span::new(file, span));
                if let Some(key) = nearest_known_key(err.message()) {
                    diagnostic = diagnostic.with_hint(format!("did you mean `{key}`?"));
                }
                diags.push(diagnostic.with_hint(
                    "see the README's edition.toml reference for the keys and their types",
                ));
                return None;
            }
        };
    let before = diags.error_count();
    validate(&edition, text, file, diags);
    (diags.error_count() == before).then_some(edition)
}

/// Semantic checks serde cannot express, each pointing at the offending key.
fn validate(edition: &Edition, text: &str, file: FileId, diags: &mut Diagnostics) {
    // Read again for the places of the values, only when one of them is wrong.
    let places = std::cell::OnceCell::new();
    let at = |key: &str| {
        let places: &ValuePlaces = places.get_or_init(|| ValuePlaces::read(text));
        Span::new(file, places.line_of(key, text))
    };
    if !is_language_tag(&edition.language) {
        diags.push(
            Diagnostic::error(
                "F002",
                format!("`{}` is not a BCP 47 language tag", edition.language),
            )
            .with_span(at("language"))
            .with_hint("use a tag such as `en-GB`, `hu` or `de-AT`"),
        );
    }
    if !is_iso_date(&edition.date) {
        diags.push(
            Diagnostic::error("F003", format!("`{}` is not a date", edition.date))
                .with_span(at("date"))
                .with_hint("write the date as YYYY-MM-DD"),
        );
    }
    if edition.identifier.trim().is_empty() {
        diags.push(
            Diagnostic::error("F004", "the identifier is empty")
                .with_span(at("identifier"))
                .with_hint("use a stable URN, e.g. `urn:uuid:` followed by a UUID"),
        );
    }
    if let Some(uuid) = edition.identifier.strip_prefix("urn:uuid:") {
        if !is_uuid(uuid) {
            diags.push(
                Diagnostic::error("F004", format!("`{uuid}` is not a UUID"))
                    .with_span(at("identifier"))
                    .with_hint("a UUID has 32 hexadecimal digits in groups of 8-4-4-4-12; `uuidgen` makes one"),
            );
        }
    }
    let slug_ok = !edition.slug.is_empty()
        && edition
            .slug
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !slug_ok {
        diags.push(
            Diagnostic::error(
                "F005",
                format!("`{}` is not a usable file name stem", edition.slug),
            )
            .with_span(at("slug"))
            .with_hint("use ASCII letters, digits, `-` and `_` only"),
        );
    }
    if let Some(handout) = &edition.output.handout {
        // Beyond a centimetre creep is no longer a correction but a layout error, and the
        // pages would leave the sheet.
        if !handout.creep.is_finite() || handout.creep.abs() > MAX_CREEP_MM {
            diags.push(
                Diagnostic::error(
                    "F007",
                    format!("creep of {} mm is out of range", handout.creep),
                )
                .with_span(at("creep"))
                .with_hint("creep is a few tenths of a millimetre per sheet: try 0.5 to 2"),
            );
        }
    }
    if let Some(size) = edition.output.pdf.font_size {
        if !FONT_SIZES_PT.contains(&size) {
            diags.push(
                Diagnostic::error("F016", format!("a font size of {size} pt is out of range"))
                    .with_span(at("font-size"))
                    .with_hint(format!(
                        "body text is 9 to 12 pt, large print 16 to 18; folio sets {} to {} pt",
                        FONT_SIZES_PT.start(),
                        FONT_SIZES_PT.end()
                    )),
            );
        }
    }
    if edition.creators.is_empty() {
        diags.push(
            Diagnostic::warning("F006", "no [[creator]] is listed")
                .with_span(Span::new(file, 0..0))
                .with_hint("add a [[creator]] table with `name` and `role = \"author\"`"),
        );
    }
}

/// For serde's "unknown field `slgu`, expected one of `title`, …", the expected key nearest to
/// the misspelt one, when it is near enough to be a slip: two edits (a swapped pair of
/// letters is two) in a key of four letters or more, one in a shorter key.
pub fn nearest_known_key(message: &str) -> Option<&str> {
    let rest = message.strip_prefix("unknown field `")?;
    let (unknown, expected) = rest.split_once('`')?;
    let unknown: Vec<char> = unknown.chars().collect();
    expected
        .split('`')
        .skip(1)
        .step_by(2)
        .map(|key| (crate::text::levenshtein(&unknown, key), key))
        .filter(|&(distance, _)| distance > 0 && distance <= if unknown.len() > 3 { 2 } else { 1 })
        .min()
        .map(|(_, key)| key)
}

/// toml reports an unknown key at the span of its whole table; point at the key itself.
fn unknown_key_span(
    text: &str,
    message: &str,
    table: std::ops::Range<usize>,
) -> std::ops::Range<usize> {
    let Some(key) = message
        .strip_prefix("unknown field `")
        .and_then(|rest| rest.split('`').next())
    else {
        return table;
    };
    // The key is the first line naming it at or after the start of its table.
    let within = &text[table.start.min(text.len())..];
    let found = key_range(within, key);
    if found.is_empty() {
        table
    } else {
        table.start + found.start..table.start + found.end
    }
}

/// Where the values `validate` checks are in edition.toml, from `toml::Spanned`.
#[derive(Deserialize, Default)]
#[serde(default)]
struct ValuePlaces {
    language: Option<Spanned<toml::Value>>,
    date: Option<Spanned<toml::Value>>,
    identifier: Option<Spanned<toml::Value>>,
    slug: Option<Spanned<toml::Value>>,
    output: Option<OutputPlaces>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct OutputPlaces {
    handout: Option<HandoutPlaces>,
    pdf: Option<PdfPlaces>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "kebab-case")]
struct PdfPlaces {
    font_size: Option<Spanned<toml::Value>>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct HandoutPlaces {
    creep: Option<Spanned<toml::Value>>,
}

impl ValuePlaces {
    fn read(text: &str) -> Self {
        toml::from_str(text).unwrap_or_default()
    }

    /// The `key = value` line of `key` (its value's span widened to the line, without the
    /// indentation), or the file's start when the key is not there.
    fn line_of(&self, key: &str, text: &str) -> std::ops::Range<usize> {
        let value = match key {
            "language" => &self.language,
            "date" => &self.date,
            "identifier" => &self.identifier,
            "slug" => &self.slug,
            "creep" => self
                .output
                .as_ref()
                .and_then(|o| o.handout.as_ref())
                .map_or(&None, |h| &h.creep),
            "font-size" => self
                .output
                .as_ref()
                .and_then(|o| o.pdf.as_ref())
                .map_or(&None, |p| &p.font_size),
            _ => &None,
        };
        let Some(span) = value.as_ref().map(Spanned::span) else {
            return 0..0;
        };
        let line_start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
        let indent = text[line_start..].len() - text[line_start..].trim_start().len();
        line_start + indent..span.end
    }
}

/// The byte range of `key = ...` at the start of a line, within an unknown key's table (toml
/// gives only the table's span for a key serde did not expect).
fn key_range(text: &str, key: &str) -> std::ops::Range<usize> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if let Some(rest) = trimmed.strip_prefix(key) {
            if rest.trim_start().starts_with('=') {
                let start = offset + (line.len() - trimmed.len());
                return start..start + line.trim_end().len() - (line.len() - trimmed.len());
            }
        }
        offset += line.len();
    }
    0..0
}

/// A pragmatic BCP 47 check: a 2–3 letter primary language, then 1–8 character subtags.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

fn is_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12])
        && groups
            .iter()
            .all(|g| g.chars().all(|c| c.is_ascii_hexdigit()))
}

fn is_iso_date(date: &str) -> bool {
    let bytes = date.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| date[r].parse::<u32>().ok();
    matches!(
        (num(0..4), num(5..7), num(8..10)),
        (Some(_), Some(1..=12), Some(1..=31))
    )
}

/// Where edition.toml names `path` (the first key whose value it is), for diagnostics about
/// that file. edition.toml is parsed again, for the spans only: this runs when something is
/// wrong with a named file, never on a build that succeeds.
pub fn span_of_path(text: &str, path: &Path) -> Option<std::ops::Range<usize>> {
    #[derive(Deserialize, Default)]
    #[serde(default, rename_all = "kebab-case")]
    struct Named {
        manuscript: Option<Spanned<PathBuf>>,
        lexicon: Option<Spanned<PathBuf>>,
        annotations: Vec<Spanned<PathBuf>>,
        source: Option<NamedSource>,
        output: Option<NamedOutput>,
    }
    #[derive(Deserialize, Default)]
    #[serde(default, rename_all = "kebab-case")]
    struct NamedSource {
        file: Option<Spanned<PathBuf>>,
        restore_report: Option<Spanned<PathBuf>>,
    }
    #[derive(Deserialize, Default)]
    #[serde(default)]
    struct NamedOutput {
        dir: Option<Spanned<PathBuf>>,
    }
    let named: Named = toml::from_str(text).ok()?;
    let source = named.source.unwrap_or_default();
    named
        .manuscript
        .into_iter()
        .chain(named.lexicon)
        .chain(named.annotations)
        .chain(source.file)
        .chain(source.restore_report)
        .chain(named.output.and_then(|o| o.dir))
        .find(|named| named.get_ref() == path)
        .map(|named| named.span())
}

/// A value of edition.toml that readers read (a title, a creator's name), with the place in
/// the file of each of its characters, so that a word found in it is reported where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextValue {
    pub text: String,
    /// The byte offset in edition.toml of each character of `text`, in order.
    pub offsets: Vec<usize>,
}

/// The values of edition.toml that the outputs print for readers, in the file's order: the
/// title, subtitle, publisher, rights, description and subjects, each creator's name and sort
/// form, and the source's title, publisher and date. Not the identifiers, paths, language or
/// settings, and not `[fonts] family`, which must be the fonts' own name as it is. None when
/// the text is not valid edition.toml (the build has said so already).
pub fn text_values(text: &str) -> Vec<TextValue> {
    #[derive(Deserialize, Default)]
    #[serde(default, rename_all = "kebab-case")]
    struct Texts {
        title: Option<Spanned<String>>,
        subtitle: Option<Spanned<String>>,
        publisher: Option<Spanned<String>>,
        rights: Option<Spanned<String>>,
        description: Option<Spanned<String>>,
        subjects: Vec<Spanned<String>>,
        #[serde(rename = "creator")]
        creators: Vec<CreatorTexts>,
        source: Option<SourceTexts>,
    }
    #[derive(Deserialize, Default)]
    #[serde(default, rename_all = "kebab-case")]
    struct CreatorTexts {
        name: Option<Spanned<String>>,
        file_as: Option<Spanned<String>>,
    }
    #[derive(Deserialize, Default)]
    #[serde(default, rename_all = "kebab-case")]
    struct SourceTexts {
        title: Option<Spanned<String>>,
        publisher: Option<Spanned<String>>,
        date: Option<Spanned<String>>,
    }
    let Ok(texts) = toml::from_str::<Texts>(text) else {
        return Vec::new();
    };
    let source = texts.source.unwrap_or_default();
    let mut values: Vec<Spanned<String>> = [
        texts.title,
        texts.subtitle,
        texts.publisher,
        texts.rights,
        texts.description,
    ]
    .into_iter()
    .flatten()
    .chain(texts.subjects)
    .chain(
        texts
            .creators
            .into_iter()
            .flat_map(|c| [c.name, c.file_as])
            .flatten(),
    )
    .chain(
        [source.title, source.publisher, source.date]
            .into_iter()
            .flatten(),
    )
    .collect();
    values.sort_by_key(|value| value.span().start);
    values
        .into_iter()
        .map(|value| {
            let span = value.span();
            let offsets = char_offsets(&text[span.clone()], value.get_ref())
                .into_iter()
                .map(|offset| span.start + offset)
                .collect();
            TextValue {
                text: value.into_inner(),
                offsets,
            }
        })
        .collect()
}

/// Where each character of `value` is in `literal`, the TOML string it was read from (its
/// quotes included), as offsets from the literal's start: a character written as an escape
/// (`\"`, `\u00e9`) is at its backslash, and a multi-line string's first newline and
/// line-ending backslashes give no character.
fn char_offsets(literal: &str, value: &str) -> Vec<usize> {
    if !literal.starts_with(['"', '\'']) {
        return vec![0; value.chars().count()]; // not a string: the value's start will do
    }
    let quotes = if literal.starts_with("\"\"\"") || literal.starts_with("'''") {
        3
    } else {
        1
    };
    let escapes = literal.starts_with('"');
    let end = literal.len().saturating_sub(quotes).max(quotes);
    let mut body = &literal[quotes..end];
    let mut start = quotes;
    if quotes == 3 {
        // A newline right after the opening quotes is not part of the value.
        let trimmed = body
            .strip_prefix("\r\n")
            .or_else(|| body.strip_prefix('\n'))
            .unwrap_or(body);
        start += body.len() - trimmed.len();
        body = trimmed;
    }
    let mut raw = body.char_indices().peekable();
    let mut offsets = Vec::with_capacity(value.len());
    let mut last = start;
    for c in value.chars() {
        while let Some((at, r)) = raw.next() {
            if escapes && r == '\\' {
                match raw.peek().map(|&(_, e)| e) {
                    // A line-ending backslash: it and the whitespace after it vanish.
                    Some(e) if e.is_whitespace() => {
                        while raw.next_if(|&(_, w)| w.is_whitespace()).is_some() {}
                        continue;
                    }
                    Some(e) => {
                        let digits = match e {
                            'u' => 4,
                            'U' => 8,
                            'x' => 2,
                            _ => 0,
                        };
                        raw.nth(digits);
                    }
                    None => {}
                }
            } else if r == '\r' && c == '\n' {
                continue; // a CRLF line end, read as one newline
            }
            last = start + at;
            break;
        }
        offsets.push(last);
    }
    offsets
}

/// Resolves a path from edition.toml against the edition directory.
pub fn resolve(root: &Path, path: &Path) -> PathBuf {
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        root.join(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"
title = "T"
language = "en-GB"
date = "2026-11-27"
identifier = "urn:uuid:00000000-0000-4000-8000-000000000001"
slug = "t"
manuscript = "m.md"
[[creator]]
name = "A"
role = "author"
"#;

    fn parse_text(text: &str) -> (Option<Edition>, Diagnostics, Files) {
        let mut files = Files::default();
        let id = files.add("edition.toml", text.to_string());
        let mut diags = Diagnostics::default();
        let edition = parse(&files, id, &mut diags);
        (edition, diags, files)
    }

    #[test]
    fn minimal_edition_parses_with_defaults() {
        let (edition, diags, _) = parse_text(MINIMAL);
        let edition = edition.expect("parses");
        assert!(diags.is_empty());
        assert_eq!(edition.output.formats, vec![Format::Epub, Format::Pdf]);
        assert_eq!(edition.style.dash, DashStyle::Em);
    }

    #[test]
    fn unknown_key_is_reported_at_its_line() {
        let (edition, diags, files) =
            parse_text(&format!("{MINIMAL}\n[output]\nformat = [\"pdf\"]\n"));
        assert!(edition.is_none());
        let d = diags.iter().next().unwrap();
        assert_eq!(d.code, "F001");
        assert!(
            d.message.contains("unknown field `format`"),
            "{}",
            d.message
        );
        let (_, line, col) = files.location(d.span.unwrap()).unwrap();
        assert_eq!((line, col), (13, 1));
    }

    #[test]
    fn a_misspelt_key_gets_a_suggestion() {
        let (_, diags, _) = parse_text(&MINIMAL.replace("slug =", "slgu ="));
        let d = diags.iter().next().unwrap();
        assert!(
            d.hints.iter().any(|h| h == "did you mean `slug`?"),
            "{:?}",
            d.hints
        );
        let message = "unknown field `colour`, expected one of `title`, `language`";
        assert_eq!(nearest_known_key(message), None);
    }

    #[test]
    fn bad_language_and_date_are_errors() {
        let text = MINIMAL
            .replace("en-GB", "english please")
            .replace("2026-11-27", "27/11/2026");
        let (edition, diags, _) = parse_text(&text);
        assert!(edition.is_none());
        let codes: Vec<_> = diags.iter().map(|d| d.code).collect();
        assert_eq!(codes, ["F002", "F003"]);
    }

    #[test]
    fn handout_table_parses_and_creep_is_checked() {
        let (edition, diags, _) = parse_text(&format!(
            "{MINIMAL}\n[output.handout]\nsheet = \"letter\"\nmode = \"2-up\"\ncreep = 0.5\ncrop-marks = true\n"
        ));
        assert!(diags.is_empty(), "{diags:?}");
        let handout = edition.unwrap().output.handout.expect("the table");
        assert_eq!(
            (handout.sheet, handout.mode, handout.crop_marks),
            (Sheet::Letter, HandoutMode::TwoUp, true)
        );
        let (edition, diags, _) =
            parse_text(&format!("{MINIMAL}\n[output.handout]\ncreep = -12\n"));
        assert!(edition.is_none());
        assert_eq!(diags.iter().next().unwrap().code, "F007");
    }

    #[test]
    fn font_sizes_out_of_range_are_errors_at_their_key() {
        for size in ["0", "-5", "nan", "inf", "3.9", "72.5", "1e9"] {
            let text = format!("{MINIMAL}\n[output.pdf]\nfont-size = {size}\n");
            let (edition, diags, _) = parse_text(&text);
            assert!(edition.is_none(), "{size}");
            let diag = diags.iter().next().unwrap();
            assert_eq!(diag.code, "F016", "{size}");
            let span = diag.span.expect("at the key");
            assert_eq!(&text[span.start..span.end], format!("font-size = {size}"));
        }
        for size in ["4", "10.5", "72"] {
            let (edition, diags, _) =
                parse_text(&format!("{MINIMAL}\n[output.pdf]\nfont-size = {size}\n"));
            assert!(edition.is_some() && diags.is_empty(), "{size}: {diags:?}");
        }
    }

    #[test]
    fn page_sizes_are_named_in_any_case() {
        let (edition, diags, _) =
            parse_text(&format!("{MINIMAL}\n[output.pdf]\npage-size = \"A4\"\n"));
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(edition.unwrap().output.pdf.page_size, PageSize::A4);
        let (edition, diags, _) =
            parse_text(&format!("{MINIMAL}\n[output.pdf]\npage-size = \"B5\"\n"));
        assert!(edition.is_none());
        let message = &diags.iter().next().unwrap().message;
        assert!(message.contains("unknown page size `B5`"), "{message}");
    }

    #[test]
    fn language_tags() {
        assert!(is_language_tag("en-GB"));
        assert!(is_language_tag("hu"));
        assert!(is_language_tag("zh-Hant-TW"));
        assert!(!is_language_tag("e"));
        assert!(!is_language_tag("en_GB"));
    }

    /// Each character of each value at its place in `text`: itself, or the backslash of the
    /// escape that wrote it.
    fn assert_located(text: &str) -> Vec<TextValue> {
        let values = text_values(text);
        for value in &values {
            assert_eq!(value.offsets.len(), value.text.chars().count(), "{value:?}");
            for (c, &offset) in value.text.chars().zip(&value.offsets) {
                let there = text[offset..].chars().next();
                assert!(
                    there == Some(c) || there == Some('\\'),
                    "{c:?} of {:?} is at {there:?}",
                    value.text
                );
            }
        }
        values
    }

    #[test]
    fn text_values_are_found_character_by_character() {
        let toml = "title = \"Rkosi\"\nsubtitle = 'Budapest, 1956'\nslug = \"x\"\n\
                    description = \"\"\"\nErn\\u0151 Ger and the \\\"workers\\\" \\\n    spoke.\"\"\"\n\
                    subjects = [\"Hungary\", \"Rkosi, Mtys\"]\n\
                    [[creator]]\nname = \"Jnos Kdr\"\nfile-as = \"Kdr, Jnos\"\nrole = \"author\"\n\
                    [source]\ntitle = \"Red Flag\"\nurl = \"https://example.org\"\n"
            .to_string();
        for text in [toml.clone(), toml.replace('\n', "\r\n")] {
            let values = assert_located(&text);
            let texts: Vec<&str> = values.iter().map(|v| v.text.as_str()).collect();
            assert_eq!(
                texts,
                [
                    "Rkosi",
                    "Budapest, 1956",
                    "Ernő Ger and the \"workers\" spoke.",
                    "Hungary",
                    "Rkosi, Mtys",
                    "Jnos Kdr",
                    "Kdr, Jnos",
                    "Red Flag"
                ]
            );
            let description = &values[2];
            let at = |word: &str| {
                let index = description.text[..description.text.find(word).unwrap()]
                    .chars()
                    .count();
                &text[description.offsets[index]..]
            };
            assert!(at("ő").starts_with("\\u0151 Ger"));
            assert!(at("Ger").starts_with("Ger and"));
            assert!(at("spoke").starts_with("spoke.\"\"\""));
        }
    }

    #[test]
    fn text_values_of_a_file_that_is_not_edition_toml_are_none() {
        assert!(text_values("title = ").is_empty());
        assert!(text_values("title = 3").is_empty());
    }
}
