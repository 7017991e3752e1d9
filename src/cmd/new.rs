//! `folio new DIR`: writes a working edition, as `mdbook init` or `cargo new` do: an
//! edition.toml with every key shown and explained, a manuscript, an annotations file and a
//! lexicon with commented examples, and a `.gitignore`. With `--from`, the damaged source is
//! kept in `manuscript/source/` and restored into the manuscript, with its report. `folio
//! build` in the new directory then works at once, with the built-in fonts.

use std::path::{Path, PathBuf};

use unicode_normalization::UnicodeNormalization;

use crate::config::{self, EDITION_FILE};
use crate::diag::Error;
use crate::output::write_all_atomic;
use crate::restore::hunspell::Dictionaries;
use crate::restore::{self, markdown, Lexicon, Report, RestoreOptions};
use crate::timestamp::Timestamp;

/// The command line of `folio new`, as the binary hands it over.
#[derive(Debug, Clone, Default)]
pub struct Args {
    pub dir: PathBuf,
    /// A damaged text to restore into the manuscript.
    pub from: Option<PathBuf>,
    pub title: Option<String>,
    /// BCP 47 tag; `en` when not given.
    pub language: Option<String>,
    /// Write into a directory that is not empty (never over an existing file).
    pub force: bool,
}

/// What `new` made, for the lines the binary prints.
#[derive(Debug)]
pub struct Created {
    pub dir: PathBuf,
    pub slug: String,
    pub files: Vec<PathBuf>,
    /// The restore review of `--from`, to print as `folio restore` does.
    pub review: Option<String>,
}

/// The language of a new edition when `--language` is not given.
const DEFAULT_LANGUAGE: &str = "en";

/// Creates the edition. Nothing is written unless every file can be: the set is written
/// atomically, and an existing file is never replaced.
pub fn run(args: &Args) -> Result<Created, Error> {
    let language = args.language.as_deref().unwrap_or(DEFAULT_LANGUAGE);
    if !config::is_language_tag(language) {
        return Err(Error::Usage(format!(
            "`{language}` is not a BCP 47 language tag; use a tag such as `en-GB`, `hu` or `de-AT`"
        )));
    }
    check_directory(&args.dir, args.force)?;
    let slug = slug_of(&args.dir);
    let source = args
        .from
        .as_deref()
        .map(|path| read_source(path, &slug))
        .transpose()?;
    // Every installed dictionary of a language with letters outside ASCII, as `folio restore`
    // uses by default; their answers kept where `folio restore` outside an edition keeps them
    // (the edition does not exist yet), and saved here rather than in `edition_files`, which
    // writes nothing.
    let dictionaries = Dictionaries::installed(&[]).cached_in(crate::cache::directory(None));
    let edition = edition_files(&Blueprint {
        title: args.title.clone(),
        language: language.to_string(),
        date: today(),
        identifier: new_identifier()?,
        source,
        dictionaries: dictionaries.clone(),
        slug,
    })?;
    dictionaries.save_answers();
    refuse_to_replace(&args.dir, &edition.files)?;
    let outputs: Vec<(PathBuf, Vec<u8>)> = edition
        .files
        .iter()
        .map(|(path, bytes)| (args.dir.join(path), bytes.clone()))
        .collect();
    write_all_atomic(&outputs)?;
    Ok(Created {
        dir: args.dir.clone(),
        slug: edition.slug,
        files: edition.files.into_iter().map(|(path, _)| path).collect(),
        review: edition.review,
    })
}

/// What a new edition is made from once the command line and the source have been read:
/// everything but its directory, so that its files can be made (and fuzzed) without writing.
#[derive(Debug, Clone)]
pub struct Blueprint {
    /// The file name stem of the manuscript, the annotations and the outputs.
    pub slug: String,
    /// `--title`; without it, the restored source's first heading, else one made of the slug.
    pub title: Option<String>,
    pub language: String,
    /// The edition's date, YYYY-MM-DD.
    pub date: String,
    pub identifier: String,
    /// `--from`: the damaged source, to keep and restore into the manuscript.
    pub source: Option<Source>,
    /// The dictionaries restore consults for the source.
    pub dictionaries: Dictionaries,
}

/// A damaged source as read from disk.
#[derive(Debug, Clone)]
pub struct Source {
    /// Its file name, kept in `manuscript/source/`.
    pub name: String,
    pub bytes: Vec<u8>,
}

/// The files of a new edition, not written yet.
#[derive(Debug)]
pub struct EditionFiles {
    pub slug: String,
    /// Paths relative to the edition's directory, with their content.
    pub files: Vec<(PathBuf, Vec<u8>)>,
    /// The restore review of the source, to print as `folio restore` does.
    pub review: Option<String>,
}

/// Makes the new edition's files: the source restored into the manuscript (or a starter
/// manuscript), edition.toml, the templates and the `.gitignore`. A source with no text to
/// restore is refused: its edition would not build (M009).
pub fn edition_files(blueprint: &Blueprint) -> Result<EditionFiles, Error> {
    let slug = &blueprint.slug;
    let restored = blueprint
        .source
        .as_ref()
        .map(|source| restore_source(source, &blueprint.dictionaries))
        .transpose()?;
    let title = blueprint
        .title
        .clone()
        .or_else(|| restored.as_ref().and_then(|r| r.title.clone()))
        .unwrap_or_else(|| title_of(slug));
    let settings = Settings {
        title: &title,
        language: &blueprint.language,
        slug,
        date: blueprint.date.clone(),
        identifier: blueprint.identifier.clone(),
        source: restored.as_ref(),
    };
    let mut files: Vec<(PathBuf, Vec<u8>)> = vec![
        (EDITION_FILE.into(), edition_toml(&settings).into_bytes()),
        (LEXICON.into(), LEXICON_TEMPLATE.as_bytes().to_vec()),
        (annotations_path(slug), annotations_template().into_bytes()),
        (".gitignore".into(), GITIGNORE.as_bytes().to_vec()),
    ];
    match &restored {
        Some(r) => files.extend([
            (r.source_path.clone(), r.source_bytes.clone()),
            (manuscript_path(slug), r.manuscript.clone().into_bytes()),
            (report_path(slug), r.report.to_json().into_bytes()),
        ]),
        None => files.push((
            manuscript_path(slug),
            starter_manuscript(&title).into_bytes(),
        )),
    }
    Ok(EditionFiles {
        slug: slug.clone(),
        files,
        review: restored.map(|r| r.report.render_human()),
    })
}

const LEXICON: &str = "manuscript/lexicon.toml";

fn manuscript_path(slug: &str) -> PathBuf {
    format!("manuscript/{slug}.md").into()
}

fn report_path(slug: &str) -> PathBuf {
    format!("manuscript/{slug}.restore.json").into()
}

fn annotations_path(slug: &str) -> PathBuf {
    format!("annotations/{slug}.toml").into()
}

/// A directory that does not exist or is empty is fine; one with files needs `--force`.
fn check_directory(dir: &Path, force: bool) -> Result<(), Error> {
    if dir.exists() && !dir.is_dir() {
        return Err(Error::Usage(format!(
            "{} exists and is not a directory",
            dir.display()
        )));
    }
    let has_files = std::fs::read_dir(dir)
        .map(|mut entries| entries.next().is_some())
        .unwrap_or(false);
    if has_files && !force {
        return Err(Error::Usage(format!(
            "{} is not empty; pass --force to add an edition to it (no existing file is replaced)",
            dir.display()
        )));
    }
    Ok(())
}

/// With `--force`, the files of the new edition must still all be new.
fn refuse_to_replace(dir: &Path, files: &[(PathBuf, Vec<u8>)]) -> Result<(), Error> {
    let existing: Vec<String> = files
        .iter()
        .filter(|(path, _)| dir.join(path).exists())
        .map(|(path, _)| path.display().to_string())
        .collect();
    if existing.is_empty() {
        Ok(())
    } else {
        Err(Error::Usage(format!(
            "{} already has {}; folio new never replaces a file, so nothing was written",
            dir.display(),
            existing.join(", ")
        )))
    }
}

/// The directory's name as a file name stem: lowercase ASCII letters and digits joined by
/// hyphens ("My Edition (2)" -> "my-edition-2"), or `edition`.
fn slug_of(dir: &Path) -> String {
    let name = std::fs::canonicalize(dir)
        .ok()
        .or_else(|| Some(dir.to_path_buf()))
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_default();
    let mut slug = String::new();
    // Letters with diacritics keep their base letter: "Ősz" -> "osz".
    for c in name.nfd() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !c.is_ascii() {
            // A combining accent, or a letter with no ASCII base: nothing to write.
            continue;
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "edition".into()
    } else {
        slug.into()
    }
}

/// "my-edition" -> "My edition": a title to replace, but one that reads.
fn title_of(slug: &str) -> String {
    let words = slug.replace('-', " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => "Untitled".into(),
    }
}

/// Today's date (UTC), or `SOURCE_DATE_EPOCH`'s, so a scripted `new` can be reproducible.
fn today() -> String {
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    Timestamp::from_unix(seconds).date()
}

/// A random (version 4) UUID as a URN: stable once written, unique to this edition.
fn new_identifier() -> Result<String, Error> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)
        .map_err(|e| Error::Internal(format!("no random numbers for the identifier: {e}")))?;
    bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    Ok(format!(
        "urn:uuid:{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    ))
}

/// The damaged source restored into a manuscript, with what the edition must record.
struct Restored {
    /// Where the source is kept, relative to the edition.
    source_path: PathBuf,
    source_bytes: Vec<u8>,
    manuscript: String,
    report: Report,
    /// The manuscript's first heading, the title unless `--title` says otherwise.
    title: Option<String>,
}

/// Reads the damaged source at `path`; it is kept under its own file name.
fn read_source(path: &Path, slug: &str) -> Result<Source, Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let name = path.file_name().map_or_else(
        || format!("{slug}.txt"),
        |n| n.to_string_lossy().into_owned(),
    );
    Ok(Source { name, bytes })
}

/// Restores `source` as `folio restore` would in an edition with an empty lexicon; a source
/// that leaves the manuscript empty (blank, or only web page furniture) is an error.
fn restore_source(source: &Source, dictionaries: &Dictionaries) -> Result<Restored, Error> {
    let source_path = Path::new("manuscript/source").join(&source.name);
    let options = RestoreOptions {
        dictionaries: dictionaries.clone(),
        ..RestoreOptions::default()
    };
    let restored = restore::restore(&source.bytes, &Lexicon::default(), &options);
    let manuscript = markdown::to_markdown(&restored.text, &restored.boilerplate);
    if manuscript.markdown.trim().is_empty() {
        return Err(Error::Usage(format!(
            "{} has no text to restore: it is empty, or blank lines and web page furniture \
             only; nothing was written",
            source.name
        )));
    }
    let report = Report::new(
        &source_path.display().to_string(),
        &restored,
        manuscript.captions,
        dictionaries,
    );
    let title = manuscript
        .markdown
        .lines()
        .next()
        .and_then(|line| line.strip_prefix("# "))
        .map(|t| markdown::unescape(t).trim().to_string())
        .filter(|t| !t.is_empty());
    Ok(Restored {
        source_path,
        source_bytes: source.bytes.clone(),
        manuscript: manuscript.markdown,
        report,
        title,
    })
}

/// What the edition.toml template is filled with.
struct Settings<'a> {
    title: &'a str,
    language: &'a str,
    slug: &'a str,
    date: String,
    identifier: String,
    source: Option<&'a Restored>,
}

/// The `[restore]` table: the languages restore found the source's words in, so that `folio
/// check` sees the damage restore saw; commented out when there are none.
fn restore_table(languages: &[String]) -> String {
    const HELP: &str = "# Hunspell dictionaries restore and check use (installed ones, e.g. Debian's\n\
                        # hunspell-hu). Without this key, restore uses every installed one and check\n\
                        # those the restore report records.\n";
    if languages.is_empty() {
        return format!("# [restore]\n# languages = [\"hu\", \"cs\", \"pl\"]\n{HELP}");
    }
    let quoted: Vec<String> = languages.iter().map(|l| toml_string(l)).collect();
    format!(
        "[restore]                              # the dictionaries whose words restore found in the source\n\
         languages = [{}]\n{HELP}",
        quoted.join(", ")
    )
}

/// A TOML basic string: quotes and backslashes escaped, so any title is valid TOML.
fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

/// edition.toml with every key: the required ones set, the others commented out with their
/// default and a line of help, in the order of the README's reference.
fn edition_toml(s: &Settings) -> String {
    let source = match s.source {
        Some(r) => format!(
            "[source]                               # where the text came from\n\
             title = {}\n\
             # publisher = \"…\"\n\
             # date = \"…\"\n\
             # url = \"https://…\"\n\
             file = {}                              # as received; `folio check` compares the manuscript with it\n\
             restore-report = {}\n",
            toml_string(s.title),
            toml_string(&r.source_path.display().to_string()),
            toml_string(&report_path(s.slug).display().to_string()),
        ),
        None => "# [source]                             # where the text came from (the Note on the text cites it)\n\
                 # title = \"…\"                          # required in [source]\n\
                 # publisher = \"…\"\n\
                 # date = \"…\"\n\
                 # url = \"https://…\"\n\
                 # file = \"manuscript/source/….txt\"    # as received; `folio check` compares the manuscript with it\n\
                 # restore-report = \"manuscript/….restore.json\"\n"
            .to_string(),
    };
    // The languages of the dictionaries that know a repaired word or a suspect's candidate:
    // the ones `folio check` needs to see the same damage restore saw.
    let restore = restore_table(s.source.map_or(&[], |r| &r.report.languages));
    format!(
        r#"# The edition: its metadata, its files and how it is published. Every key is shown;
# the commented ones have the default written after them. The README's "edition.toml"
# section is the full reference. Paths are relative to this directory.

# Required: the title, the text's language (a BCP 47 tag such as en-GB, hu or de-AT; it
# drives hyphenation and the ebook's lang attributes), the edition's date (YYYY-MM-DD; also
# the build date, so builds are reproducible), a stable identifier (reading systems know the
# book by it: keep it), the output file name stem and the manuscript.
title = {title}
language = {language}
date = {date}
identifier = {identifier}
slug = {slug_value}
manuscript = "manuscript/{slug}.md"

# subtitle = "…"
# publisher = "…"
# isbn = "978-…"
# rights = "…"
# description = "…"                     # the blurb in the ebook's metadata
# subjects = ["…"]
# cover = "cover.jpg"                    # the ebook's cover, JPEG or PNG (1600 × 2560 is best);
#                                        # default: drawn from the title page
lexicon = "manuscript/lexicon.toml"      # names and words restore and check should know
annotations = ["annotations/{slug}.toml"] # notes, emendations, omissions

# Who made the text and the edition, as the title page and the ebook's metadata credit them.
# Until one is given, build and check warn (F006). Repeat the table for each person.
# [[creator]]
# name = "…"
# file-as = "…"                         # sort form, e.g. "Fryer, Peter"
# role = "author"                       # author, editor, translator, annotator, contributor

{source}
{restore}
# [style]
# dash = "em"                           # or "spaced-en": the dash restore inserts between glued words
# note-marks = "after-punctuation"      # or "before-punctuation": a note mark beside a comma or full stop
# captions = "marked"                   # or "plain": "[Picture not reproduced]" before each caption

# [fonts]                                # each face defaults to the Vollkorn built into folio
# family = "…"                          # default: the regular face's family name
# regular = "fonts/….ttf"
# italic = "fonts/….ttf"
# bold = "fonts/….ttf"
# bold-italic = "fonts/….ttf"
# licence = "fonts/OFL.txt"              # shipped in the EPUB with the fonts

# [output]
# formats = ["epub", "pdf"]            # what `folio build` makes
# dir = "out"
# colophon-revision = true               # name the git revision in the colophon

# [output.pdf]
# page-size = "a5"                      # a4, letter, a5, paperback (129 × 198 mm)
# font-size = 10.5                       # points, 4 to 72; each page size has its default
# cover = false                          # true: the cover as the PDF's first page

# [output.handout]                       # with this table, every PDF build also makes a booklet
# sheet = "a4"                          # or "letter"
# mode = "booklet"                      # or "2-up"
# creep = 0.0                            # mm, for thick booklets
# crop-marks = false
"#,
        title = toml_string(s.title),
        language = toml_string(s.language),
        date = toml_string(&s.date),
        identifier = toml_string(&s.identifier),
        slug_value = toml_string(s.slug),
        slug = s.slug,
    )
}

const LEXICON_TEMPLATE: &str = r#"# The restoration lexicon of this edition, read by `folio restore` and `folio check`.
#
# words: names and words with letters outside ASCII, spelt as they should be. folio works out
# the damaged form itself (every non-ASCII character deleted: "Gerő" -> "Ger"), so one entry
# repairs every occurrence, inflected forms and possessives included. A name the dictionaries
# do not know belongs here.
#
# phrases: repairs that no dictionary can decide, because the damaged form is also a word:
# plural possessives ("workers councils" -> "workers’ councils"). They are matched as whole
# words on the text with its non-ASCII characters deleted.
#
# keep: words meant as they are written, such as a rare name that no dictionary knows, so
# that `folio check` stops reporting them as words that may have lost letters (C013, C014).
#
# `folio restore` applies the lexicon when it makes a manuscript. In a manuscript you have
# already edited, `folio check` lists every word the lexicon would still repair (C010), so
# new entries can be applied by hand without restoring again.

words = [
  # "Gerő",        # a comment can say who or what it is
  # "Poznań",
]

phrases = [
  # "workers’ councils",
]

keep = [
  # "Temeswar",
]
"#;

/// The annotations file: one commented example of each kind, so the file is valid (and empty)
/// until an example is uncommented.
fn annotations_template() -> String {
    r#"# Notes, emendations and omissions, kept apart from the text so each can be revised on its
# own. Uncomment an example and change it. Quotes are matched after normalising typography
# (straight or curly quotes, dashes, line breaks and Markdown markup do not matter); a quote
# must match exactly once, or say which match with `occurrence`, `prefix` or `suffix`.

# [[note]]
# id = "first-note"                # lowercase letters, digits and hyphens; unique
# quote = "the words it explains"  # as a reader sees them in the manuscript
# kind = "footnote"                # or "endnote"
# body = "What the reader should know, in *Markdown*."
# source = "Author, *Title* (Publisher, Year), page."   # where the fact comes from

# [[emendation]]                   # a correction of the source, listed in the Note on the text
# id = "misspelt-name"
# reading = "the corrected words"  # what the manuscript reads
# source-reading = "the source's words"
# reason = "Why the source is plainly wrong."

# [[omission]]                     # source text the edition leaves out on purpose
# id = "web-footer"
# source-text = "Share this article"
# reason = "Web page furniture."
"#
    .to_string()
}

const GITIGNORE: &str =
    "# Built outputs, and what folio keeps for itself (restore's backups).\n/out/\n/.folio/\n";

/// A manuscript to replace: a heading, a paragraph and a footnote, so the first build shows
/// what the outputs look like.
fn starter_manuscript(title: &str) -> String {
    format!(
        "# {title}\n\n\
         This is the manuscript of the edition: CommonMark, with footnotes.[^start] Replace it \
         with the text, or restore a damaged text into it with `folio restore`.\n\n\
         [^start]: A footnote written in the manuscript. Notes can also be kept apart from the \
         text, in the annotations file.\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_file_name_stems() {
        assert_eq!(slug_of(Path::new("/tmp/My Edition (2)")), "my-edition-2");
        assert_eq!(slug_of(Path::new("/tmp/Ősz")), "osz");
        assert_eq!(slug_of(Path::new("/tmp/ű")), "u");
        assert_eq!(slug_of(Path::new("/tmp/日本")), "edition");
        assert_eq!(title_of("my-edition"), "My edition");
    }

    #[test]
    fn identifiers_are_version_4_uuids() {
        let a = new_identifier().unwrap();
        let b = new_identifier().unwrap();
        assert_ne!(a, b);
        let uuid = a.strip_prefix("urn:uuid:").unwrap();
        assert_eq!(uuid.len(), 36);
        assert_eq!(&uuid[14..15], "4");
        assert!("89ab".contains(&uuid[19..20]), "{uuid}");
    }

    /// Found in writing the fuzz target `new_edition` (edition.toml's title must be the
    /// heading's): a backslash of the source's title was dropped with the escapes.
    #[test]
    fn the_title_is_the_first_heading_unescaped() {
        let source = Source {
            name: "s.txt".into(),
            bytes: b"A\\B [title] #\n\nThe body of the text is here, as it was.\n".to_vec(),
        };
        let restored = restore_source(&source, &Dictionaries::none()).unwrap();
        assert_eq!(restored.title.as_deref(), Some("A\\B [title] #"));
    }

    #[test]
    fn the_template_parses_and_any_title_is_quoted() {
        let settings = Settings {
            title: "A \"quoted\" title \\ with a backslash",
            language: "hu",
            slug: "t",
            date: "2026-11-29".into(),
            identifier: new_identifier().unwrap(),
            source: None,
        };
        let text = edition_toml(&settings);
        let edition: config::Edition = toml::from_str(&text).unwrap();
        assert_eq!(edition.title, settings.title);
        assert_eq!(edition.language, "hu");
        assert!(edition.source.is_none());
        let _: toml::Value = toml::from_str(LEXICON_TEMPLATE).unwrap();
        let _: toml::Value = toml::from_str(&annotations_template()).unwrap();
    }
}
