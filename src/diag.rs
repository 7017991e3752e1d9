//! Diagnostics shared by every stage: source files and spans, the `Diagnostic` record, its
//! rendering (rustc-style or JSON lines), and the fatal `Error` that ends a run.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Index of a file registered in [`Files`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(pub u32);

impl FileId {
    /// Text made by folio itself (the note on the text, the colophon): it has no file to point at.
    pub const GENERATED: FileId = FileId(u32::MAX);
}

/// A byte range in one registered file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub file: FileId,
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(file: FileId, range: std::ops::Range<usize>) -> Self {
        Span {
            file,
            start: range.start,
            end: range.end,
        }
    }

    /// A span for generated text.
    pub fn generated() -> Self {
        Span {
            file: FileId::GENERATED,
            start: 0,
            end: 0,
        }
    }

    /// The smallest span covering both (same file assumed).
    pub fn join(self, other: Span) -> Span {
        Span {
            file: self.file,
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// One input file kept in memory so diagnostics can quote it.
#[derive(Debug)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    fn new(path: PathBuf, text: String) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        SourceFile {
            path,
            text,
            line_starts,
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let col = self.text[start..floor_char_boundary(&self.text, offset)]
            .chars()
            .count();
        (line + 1, col + 1)
    }

    /// The text of a 1-based line, without its newline.
    pub fn line_text(&self, line: usize) -> &str {
        let start = self.line_starts[line - 1];
        let end = self
            .line_starts
            .get(line)
            .map_or(self.text.len(), |&e| e.saturating_sub(1));
        self.text[start..end].trim_end_matches('\r')
    }
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Every file the run has read, so spans can be turned into file:line:col.
#[derive(Debug, Default)]
pub struct Files {
    files: Vec<SourceFile>,
}

impl Files {
    pub fn add(&mut self, path: impl Into<PathBuf>, text: String) -> FileId {
        self.files.push(SourceFile::new(path.into(), text));
        FileId(self.files.len() as u32 - 1)
    }

    pub fn get(&self, id: FileId) -> Option<&SourceFile> {
        self.files.get(id.0 as usize)
    }

    /// `path:line:col` of a span's start.
    pub fn location(&self, span: Span) -> Option<(String, usize, usize)> {
        let file = self.get(span.file)?;
        let (line, col) = file.line_col(span.start);
        Some((file.path.display().to_string(), line, col))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Note,
}

impl Severity {
    fn label(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// A problem in the content, with a stable code (R restore, M manuscript, A annotations,
/// C check, T typesetting, E export, F configuration) and hints on how to fix it.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: &'static str,
    pub message: String,
    pub span: Option<Span>,
    pub hints: Vec<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            span: None,
            hints: Vec::new(),
        }
    }

    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, message)
        }
    }

    pub fn with_span(mut self, span: Span) -> Self {
        if span.file != FileId::GENERATED {
            self.span = Some(span);
        }
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }
}

/// The sink every stage pushes its findings into.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn has_errors(&self) -> bool {
        self.error_count() > 0
    }

    pub fn error_count(&self) -> usize {
        self.count(Severity::Error)
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.items.iter().filter(|d| d.severity == severity).count()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }
}

impl Extend<Diagnostic> for Diagnostics {
    fn extend<T: IntoIterator<Item = Diagnostic>>(&mut self, iter: T) {
        self.items.extend(iter);
    }
}

/// Renders a diagnostic the way rustc does: header, location, the source line and a caret.
pub fn render_human(files: &Files, diagnostic: &Diagnostic) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}[{}]: {}",
        diagnostic.severity.label(),
        diagnostic.code,
        diagnostic.message
    );
    if let Some(span) = diagnostic.span {
        if let Some(file) = files.get(span.file) {
            let (line, col) = file.line_col(span.start);
            let (end_line, end_col) = file.line_col(span.end);
            let gutter = line.to_string().len();
            let _ = writeln!(
                out,
                "{:gutter$}--> {}:{}:{}",
                "",
                file.path.display(),
                line,
                col
            );
            let text = file.line_text(line).replace('\t', " ");
            let width = if end_line == line {
                end_col.saturating_sub(col).max(1)
            } else {
                text.chars().count().saturating_sub(col - 1).max(1)
            };
            let excerpt = Excerpt::new(&text, col - 1, width);
            let _ = writeln!(out, "{:gutter$} |", "");
            let _ = writeln!(out, "{line} | {}", excerpt.text);
            let _ = writeln!(
                out,
                "{:gutter$} | {:pad$}{}",
                "",
                "",
                "^".repeat(excerpt.width),
                pad = excerpt.column
            );
        }
    }
    for hint in &diagnostic.hints {
        let _ = writeln!(out, "  = help: {hint}");
    }
    out
}

/// Characters shown either side of the column when a line is too long to show whole.
const EXCERPT_RADIUS: usize = 60;

/// The part of a source line a diagnostic shows, and where its caret goes (in characters).
struct Excerpt {
    text: String,
    column: usize,
    width: usize,
}

impl Excerpt {
    /// A line of up to two radii is shown whole; a longer one (a 700-character paragraph) as a
    /// window around `column`, cut ends marked "…", the caret shortened to what is shown.
    fn new(line: &str, column: usize, width: usize) -> Excerpt {
        let length = line.chars().count();
        if length <= 2 * EXCERPT_RADIUS {
            return Excerpt {
                text: line.to_string(),
                column,
                width,
            };
        }
        let (text, shown_column) = crate::text::window(line, column, EXCERPT_RADIUS);
        // The caret may not run past the last character shown (nor under the "…").
        let visible = (column + EXCERPT_RADIUS).min(length).saturating_sub(column);
        Excerpt {
            text,
            column: shown_column,
            width: width.min(visible).max(1),
        }
    }
}

/// Renders a diagnostic as one JSON object (for `--format json`, one per line).
pub fn render_json(files: &Files, diagnostic: &Diagnostic) -> String {
    let location = diagnostic.span.and_then(|s| files.location(s));
    let value = serde_json::json!({
        "severity": diagnostic.severity,
        "code": diagnostic.code,
        "message": diagnostic.message,
        "file": location.as_ref().map(|l| &l.0),
        "line": location.as_ref().map(|l| l.1),
        "column": location.as_ref().map(|l| l.2),
        "hints": diagnostic.hints,
    });
    value.to_string()
}

/// What stops a run: exit code 1 for content errors, 2 for usage and I/O.
#[derive(Debug)]
pub enum Error {
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    Usage(String),
    /// folio itself failed (a PDF it could not serialise, a face the shaper would not open
    /// after it was checked): a bug to report, not the user's input.
    Internal(String),
    /// The content had errors; they are in the diagnostics sink.
    Content {
        errors: usize,
    },
}

impl Error {
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Content { .. } => 1,
            Error::Io { .. } | Error::Usage(_) => 2,
            Error::Internal(_) => 3,
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Io { path, source } => write!(f, "{}: {source}", path.display()),
            Error::Usage(message) => f.write_str(message),
            Error::Internal(message) => write!(
                f,
                "internal error: {message}; nothing was written. This is a bug in folio: please report it with the edition that shows it"
            ),
            Error::Content { errors } => write!(
                f,
                "{} in the content; nothing was written",
                crate::text::counted(*errors, "error", "errors")
            ),
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let mut files = Files::default();
        let id = files.add("a.md", "first\nRákosi és Gerő\n".to_string());
        let offset = "first\nRákosi és ".len();
        assert_eq!(files.get(id).unwrap().line_col(offset), (2, 11));
    }

    #[test]
    fn human_rendering_points_at_the_span() {
        let mut files = Files::default();
        let id = files.add("a.toml", "title = 3\n".to_string());
        let d = Diagnostic::error("F001", "bad title")
            .with_span(Span::new(id, 8..9))
            .with_hint("use a string");
        let text = render_human(&files, &d);
        assert!(text.contains("--> a.toml:1:9"), "{text}");
        assert!(text.contains("1 | title = 3"), "{text}");
        assert!(text.contains("|         ^"), "{text}");
        assert!(text.contains("= help: use a string"), "{text}");
    }

    #[test]
    fn a_long_line_is_shown_as_a_window_around_the_column() {
        let mut files = Files::default();
        let line = format!("{}Rákosi spoke{}", "a".repeat(300), "b".repeat(400));
        let id = files.add("m.md", format!("# Title\n\n{line}\n"));
        let at = "# Title\n\n".len() + 300;
        let d = Diagnostic::error("C001", "undeclared change")
            .with_span(Span::new(id, at..at + "Rákosi".len()));
        let text = render_human(&files, &d);
        let shown = format!("3 | …{}Rákosi spoke{}…", "a".repeat(60), "b".repeat(48));
        let caret = format!("  | {}^^^^^^\n", " ".repeat(61));
        assert!(text.contains(&format!("{shown}\n{caret}")), "{text}");
        assert!(text.contains("--> m.md:3:301"), "{text}");
    }

    #[test]
    fn a_caret_stops_where_the_window_is_cut() {
        let line = "x".repeat(500);
        let excerpt = Excerpt::new(&line, 100, 300);
        assert_eq!(excerpt.text.chars().count(), 122);
        assert_eq!(excerpt.column, 61);
        assert_eq!(excerpt.width, 60);
        let short = Excerpt::new("title = 3", 8, 1);
        assert_eq!(
            (short.text.as_str(), short.column, short.width),
            ("title = 3", 8, 1)
        );
    }
}
