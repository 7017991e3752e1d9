//! Restored plain text to the Markdown manuscript (stage 2 -> 3): the first line as a `# `
//! heading, paragraphs as they are, picture captions marked ` {.caption}`, boilerplate left
//! out (it is listed in the report), and characters Markdown would read as markup escaped.

use serde::{Deserialize, Serialize};

use super::boilerplate::{Boilerplate, BoilerplateKind};

/// A paragraph taken for a caption, and why, so the editor can check the guess.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Caption {
    pub line: usize,
    pub text: String,
    pub reason: String,
}

/// The manuscript and the captions it marked.
#[derive(Debug, Clone, Default)]
pub struct Manuscript {
    pub markdown: String,
    pub captions: Vec<Caption>,
}

/// Builds the Markdown manuscript from restored text.
pub fn to_markdown(text: &str, boilerplate: &[Boilerplate]) -> Manuscript {
    let omitted_lines: Vec<usize> = boilerplate
        .iter()
        .filter(|b| b.kind != BoilerplateKind::SiteName)
        .map(|b| b.line)
        .collect();
    let site_name = boilerplate
        .iter()
        .find(|b| b.kind == BoilerplateKind::SiteName);
    let mut blocks = Vec::new();
    let mut captions = Vec::new();
    for (line, paragraph) in paragraphs(text) {
        let kept: Vec<&str> = paragraph
            .lines()
            .enumerate()
            .filter(|(i, _)| !omitted_lines.contains(&(line + i)))
            .map(|(_, l)| l.trim_end())
            .collect();
        if kept.is_empty() {
            continue;
        }
        let joined = kept.join("\n");
        if blocks.is_empty() {
            let title = match site_name.filter(|b| b.line == line) {
                Some(b) => joined
                    .strip_suffix(b.text.as_str())
                    .unwrap_or(&joined)
                    .to_string(),
                None => joined,
            };
            blocks.push(format!("# {}", escape(title.trim())));
            continue;
        }
        let escaped = escape(&joined);
        match caption_reason(&joined) {
            Some(reason) => {
                captions.push(Caption {
                    line,
                    text: joined.clone(),
                    reason: reason.into(),
                });
                blocks.push(format!("{escaped} {{.caption}}"));
            }
            None => blocks.push(escaped),
        }
    }
    let mut markdown = blocks.join("\n\n");
    if !markdown.is_empty() {
        markdown.push('\n');
    }
    Manuscript { markdown, captions }
}

/// Paragraphs with the 1-based line each starts on. A run of non-blank lines is one
/// paragraph when it is hard-wrapped; otherwise each line is a paragraph of its own, as in
/// text copied from a web page (one paragraph to a line, often with no blank line between).
/// A caption keeps its own line either way (see [`split_captions`]).
fn paragraphs(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (start, lines) in runs(text) {
        if is_hard_wrapped(&lines) {
            out.extend(split_captions(start, &lines));
        } else {
            out.extend((start..).zip(lines.iter().map(|l| l.to_string())));
        }
    }
    out
}

/// Runs of non-blank lines, with the 1-based line each starts on.
fn runs(text: &str) -> Vec<(usize, Vec<&str>)> {
    let mut out: Vec<(usize, Vec<&str>)> = Vec::new();
    let mut current: Option<(usize, Vec<&str>)> = None;
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            out.extend(current.take());
        } else {
            current
                .get_or_insert_with(|| (i + 1, Vec::new()))
                .1
                .push(line);
        }
    }
    out.extend(current);
    out
}

/// Lines longer than any wrap width an editor or a plain-text mailer uses (72 to 100
/// characters, pandoc's default is 72) are whole paragraphs, not wrapped lines.
const LONGEST_WRAPPED_LINE: usize = 120;

fn is_hard_wrapped(lines: &[&str]) -> bool {
    lines
        .iter()
        .all(|l| l.trim_end().chars().count() <= LONGEST_WRAPPED_LINE)
}

/// A hard-wrapped run split where a caption has its own line: a first line that is a caption
/// and shorter than the line below it (the first line of a wrapped paragraph fills the
/// width), and a last line that ends with a picture credit after a line that ends a
/// sentence.
fn split_captions(start: usize, lines: &[&str]) -> Vec<(usize, String)> {
    let mut body = lines;
    let mut first_line = start;
    let mut out = Vec::new();
    if let [first, second, ..] = body {
        if caption_reason(first).is_some() && first.trim().len() < second.trim().len() {
            out.push((first_line, first.to_string()));
            body = &body[1..];
            first_line += 1;
        }
    }
    let mut last = None;
    if let [.., before, final_line] = body {
        let credit = caption_reason(final_line) == Some(PICTURE_CREDIT);
        if credit
            && before
                .trim_end()
                .ends_with(['.', '!', '?', '\u{201D}', '"'])
        {
            last = Some((first_line + body.len() - 1, final_line.to_string()));
            body = &body[..body.len() - 1];
        }
    }
    out.push((first_line, body.join("\n")));
    out.extend(last);
    out
}

const PICTURE_CREDIT: &str = "ends with a picture credit";

/// Why a paragraph looks like a picture caption, if it does: it ends with a picture credit
/// in parentheses ("(Erich Lessing/Magnum)"), or it is one short line with no finite verb
/// ("Destroyed armoured cars in Budapest."), which body paragraphs almost always have.
fn caption_reason(paragraph: &str) -> Option<&'static str> {
    let trimmed = paragraph.trim();
    if trimmed.contains('\n') {
        return None;
    }
    if let Some(open) = trimmed.strip_suffix(')').and_then(|t| t.rfind('(')) {
        let credit = &trimmed[open..];
        if credit.contains('/') || credit.to_lowercase().contains("photo") {
            return Some(PICTURE_CREDIT);
        }
    }
    const FINITE: &[&str] = &[
        "am", "are", "became", "can", "could", "did", "do", "does", "had", "has", "have", "is",
        "said", "was", "were", "will", "would", "wrote",
    ];
    let words: Vec<&str> = trimmed
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
        .filter(|w| !w.is_empty())
        .collect();
    let one_sentence = !trimmed.trim_end_matches('.').contains(". ");
    let short = (1..=14).contains(&words.len());
    let ends = trimmed.ends_with('.') && !trimmed.ends_with(':');
    let verbless = !words
        .iter()
        .any(|w| FINITE.contains(&w.to_lowercase().as_str()));
    (one_sentence && short && ends && verbless).then_some("one short sentence without a verb")
}

/// Escapes what CommonMark (and folio's `{.caption}`/`{.sc}` marks and `:::` divs) would read
/// as markup.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for line in text.split('\n') {
        if !out.is_empty() {
            out.push('\n');
        }
        let trimmed = line.trim_start();
        let indent = &line[..line.len() - trimmed.len()];
        out.push_str(indent);
        // Block markers only count at the start of a line.
        let starts_block = trimmed.starts_with(['#', '>', '-', '+', '=', '|'])
            || trimmed.starts_with(":::")
            || trimmed
                .split_once(['.', ')'])
                .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
        for (i, c) in trimmed.char_indices() {
            let at_start = i == 0 && starts_block;
            let after_digits = starts_block
                && matches!(c, '.' | ')')
                && trimmed[..i].chars().all(|d| d.is_ascii_digit());
            let inline = matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '{' | '}');
            let entity =
                c == '&' && trimmed[i + 1..].starts_with(|n: char| n.is_alphanumeric() || n == '#');
            if (at_start && !c.is_ascii_digit()) || after_digits || inline || entity {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captions_are_recognised() {
        assert!(caption_reason("Destroyed armoured cars in Budapest.").is_some());
        assert!(caption_reason("A strike at a steelworks (Erich Lessing/Magnum)").is_some());
        assert!(caption_reason("For the first time in decades, communism had returned.").is_none());
        assert!(caption_reason("In the preface, Trotsky wrote:").is_none());
    }

    #[test]
    fn markup_is_escaped() {
        assert_eq!(
            escape("control [over] *x* & &amp;"),
            "control \\[over\\] \\*x\\* & \\&amp;"
        );
        assert_eq!(escape("# 1\n1956. A year"), "\\# 1\n1956\\. A year");
        assert_eq!(escape("::: note\n"), "\\::: note\n");
    }

    #[test]
    fn title_heading_and_boilerplate() {
        let text = "A Title - Site\n\nBody text here, which is long enough to be a paragraph and has a verb that is.\n\nRead more:\nA Title - Site\n";
        let boilerplate = super::super::boilerplate::detect(text);
        let m = to_markdown(text, &boilerplate);
        assert_eq!(
            m.markdown,
            "# A Title\n\nBody text here, which is long enough to be a paragraph and has a verb that is.\n"
        );
    }
}
