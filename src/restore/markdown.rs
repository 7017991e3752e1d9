//! Restored plain text to the Markdown manuscript (stage 2 -> 3): the first line as a `# `
//! heading (unless it ends as a sentence does), paragraphs as they are, picture captions
//! marked ` {.caption}`, boilerplate left out (it is listed in the report), and characters
//! Markdown would read as markup escaped.

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
    // Markdown ends a line at a lone CR too (old Mac text, a stray one): split there, so that
    // what follows is escaped as a line's start, and spaces before it make no hard break.
    let text = &text.replace("\r\n", "\n").replace('\r', "\n");
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
        if blocks.is_empty() && is_a_title(&joined) {
            let title = match site_name.filter(|b| b.line == line) {
                Some(b) => joined
                    .strip_suffix(b.text.as_str())
                    .unwrap_or(&joined)
                    .to_string(),
                None => joined,
            };
            blocks.push(format!(
                "# {}",
                escape_closing_hashes(&escape(title.trim()))
            ));
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

/// Whether the text's first paragraph starts with its title: a first line that ends as a
/// sentence does ("Leoš Janáček was born in 1854 in Hukvaldy.") is the text's first
/// sentence, and a title page with it would misname the book. An ellipsis may end a title.
fn is_a_title(paragraph: &str) -> bool {
    let first_line = paragraph.lines().next().unwrap_or_default().trim_end();
    let ends_a_sentence = first_line.ends_with('.') && !first_line.ends_with("..");
    !ends_a_sentence
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
    // Asked of every paragraph: the cheap tests first, and words counted only up to the most
    // a caption has, so a long paragraph costs little.
    const MOST_WORDS: usize = 14;
    let ends = trimmed.ends_with('.') && !trimmed.ends_with(':');
    let one_sentence = || !trimmed.trim_end_matches('.').contains(". ");
    let short = || {
        let words = trimmed
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
            .filter(|w| !w.is_empty())
            .take(MOST_WORDS + 1)
            .count();
        (1..=MOST_WORDS).contains(&words)
    };
    let caption = ends && one_sentence() && short() && !has_finite_verb(trimmed);
    caption.then_some("one short sentence without a verb")
}

/// Whether a sentence has a finite verb: an auxiliary or common finite form, a simple past
/// that is never a participle ("came"), an -ed form right after its subject (a pronoun, a
/// plural or a determiner's noun: "the tanks entered", "That changed", "The town changed"),
/// not followed by "by", a present in -s after a singular subject ("Nobody knows", "The
/// town keeps"), or a contracted verb ("isn't", "it's"). Captions are noun phrases whose
/// participles lead or follow a comma ("Destroyed armoured cars", "the new, renamed paper",
/// "edited by Hal Draper"); a sentence wrongly taken for a caption is printed after
/// "[Picture not reproduced]", so any sign of a verb counts.
fn has_finite_verb(sentence: &str) -> bool {
    const FINITE: &[&str] = &[
        "am", "are", "can", "could", "did", "do", "does", "had", "has", "have", "is", "may",
        "might", "must", "said", "shall", "should", "was", "were", "will", "would",
    ];
    const SIMPLE_PASTS: &[&str] = &[
        "arose", "ate", "became", "began", "broke", "came", "chose", "drank", "drew", "drove",
        "fell", "flew", "forgot", "froze", "gave", "grew", "knew", "ran", "rang", "rode", "rose",
        "sang", "sank", "saw", "shook", "spoke", "stole", "swam", "swore", "threw", "took", "went",
        "woke", "wore", "wrote",
    ];
    const SUBJECTS: &[&str] = &["he", "i", "it", "she", "they", "we", "who", "you"];
    // Subjects of a singular verb: "Nobody knows why.", "That changed in 1989.", the
    // one-sentence paragraphs of a newspaper's prose.
    const SINGULAR_SUBJECTS: &[&str] = &[
        "everybody",
        "everyone",
        "everything",
        "he",
        "it",
        "nobody",
        "nothing",
        "one",
        "she",
        "somebody",
        "someone",
        "something",
        "that",
        "this",
        "who",
    ];
    // Determiners before a singular noun that a verb in -s may follow ("The town keeps its
    // secrets.", "The castle stands on a hill."); not numbers ("Two front pages of…").
    const DETERMINERS: &[&str] = &[
        "each", "every", "her", "his", "its", "my", "our", "the", "their",
    ];
    // Words with the character before each: a comma means a list of modifiers, not a subject.
    let mut words: Vec<(String, char)> = Vec::new();
    let mut before = ' ';
    let mut word = String::new();
    for c in sentence.chars().chain(std::iter::once(' ')) {
        if c.is_alphanumeric() || c == '\'' || c == '\u{2019}' {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            words.push((std::mem::take(&mut word).to_lowercase(), before));
            before = ' ';
        }
        if !c.is_whitespace() {
            before = c;
        }
    }
    words.iter().enumerate().any(|(i, (word, joined_by))| {
        let previous = (i > 0 && *joined_by == ' ').then(|| words[i - 1].0.as_str());
        let subject_before = previous.is_some_and(|p| {
            SUBJECTS.contains(&p) || SINGULAR_SUBJECTS.contains(&p) || p.ends_with('s')
        });
        // A noun after a determiner, the word before it no modifier after a comma.
        let noun_before = previous.is_some_and(|p| !p.ends_with('s') && !p.ends_with("ly"))
            && i > 1
            && words[i - 1].1 == ' '
            && DETERMINERS.contains(&words[i - 2].0.as_str());
        let singular_subject = previous.is_some_and(|p| SINGULAR_SUBJECTS.contains(&p));
        let agent_after = words.get(i + 1).is_some_and(|(next, _)| next == "by");
        let present = word.len() > 3
            && word.ends_with('s')
            && !word.ends_with("ss")
            && (singular_subject || noun_before);
        FINITE.contains(&word.as_str())
            || SIMPLE_PASTS.contains(&word.as_str())
            || is_contracted_verb(word)
            || (word.ends_with("ed") && (subject_before || noun_before) && !agent_after)
            || present
    })
}

/// A verb contracted with its negation or its subject ("isn't", "don’t", "it's", "we’re"):
/// a finite verb, which a caption's noun phrase never has.
fn is_contracted_verb(word: &str) -> bool {
    const SUBJECTS: &[&str] = &["he", "i", "it", "she", "that", "there", "they", "we", "you"];
    let word = word.replace('\u{2019}', "'");
    let subject_contracted = word.split_once('\'').is_some_and(|(subject, verb)| {
        SUBJECTS.contains(&subject) && matches!(verb, "s" | "re" | "ve" | "ll" | "d" | "m")
    });
    word.ends_with("n't") || subject_contracted
}

/// Escapes what CommonMark (and folio's `{.caption}`/`{.sc}` marks and `:::` divs) would read
/// as markup. A line's indentation is dropped: four spaces or a tab would make it a code block
/// (a typescript's indented first lines), and less means nothing in Markdown.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for line in text.split('\n') {
        if !out.is_empty() {
            out.push('\n');
        }
        let trimmed = line.trim_start();
        // Block markers only count at the start of a line; `~~~` opens a code block.
        let starts_block = trimmed.starts_with(['#', '>', '-', '+', '=', '|', '~'])
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

/// The title block with a `#` run at the end of its first line (the heading) escaped, which
/// CommonMark would otherwise take for the heading's closing sequence and drop ("The C #"
/// would read "The C").
fn escape_closing_hashes(block: &str) -> String {
    let heading = block.split('\n').next().unwrap_or_default();
    let body = heading.trim_end_matches('#');
    if body.len() < heading.len() && body.ends_with([' ', '\t']) {
        format!("{body}\\{}", &block[body.len()..])
    } else {
        block.to_string()
    }
}

/// The text that [`escape`] gave `escaped`, indentation apart: a backslash before ASCII
/// punctuation is an escape (escape puts one before every backslash of the text).
pub fn unescape(escaped: &str) -> String {
    let mut out = String::with_capacity(escaped.len());
    let mut chars = escaped.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek() {
            Some(&next) if c == '\\' && next.is_ascii_punctuation() => {
                out.push(next);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::InlineKind;

    #[test]
    fn captions_are_recognised() {
        assert!(caption_reason("Destroyed armoured cars in Budapest.").is_some());
        assert!(caption_reason("A strike at a steelworks (Erich Lessing/Magnum)").is_some());
        assert!(caption_reason("For the first time in decades, communism had returned.").is_none());
        assert!(caption_reason("In the preface, Trotsky wrote:").is_none());
        // Past tenses are verbs; participles leading, after a comma or before "by" are not.
        assert!(caption_reason("In August the tanks came to Prague.").is_none());
        assert!(caption_reason("Then they marched on the radio station.").is_none());
        assert!(caption_reason("The workers occupied the factory.").is_none());
        assert!(caption_reason(
            "Trying to catch editions of the new, renamed, pro-revolution Communist Party paper."
        )
        .is_some());
        assert!(caption_reason(
            "Two front pages of Labor Action, edited by Hal Draper, from 1956."
        )
        .is_some());
        assert!(caption_reason("Statues toppled by the crowd.").is_some());
    }

    #[test]
    fn a_newspapers_one_sentence_paragraphs_are_no_captions() {
        // A present in -s or a past in -ed after a singular subject, or a contracted verb.
        for body in [
            "That changed in 1989.",
            "Nobody knows why.",
            "The town keeps its secrets.",
            "The castle stands on a bare hill above the village.",
            "It's also possible to run it twice.",
            "When a politician rubs his nose, he isn't lying.",
        ] {
            assert!(caption_reason(body).is_none(), "{body}");
        }
        // A name's present stays a caption's ("Imre Nagy speaks…"), as do noun phrases.
        assert!(caption_reason("Imre Nagy speaks to the crowd in Parliament Square.").is_some());
        assert!(caption_reason("The newly elected government in session.").is_some());
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

    /// The blocks the manuscript parser reads in `markdown`, by kind; a paragraph counts as
    /// one only when it is plain text.
    fn block_kinds(markdown: &str) -> Vec<&'static str> {
        let mut files = crate::diag::Files::default();
        let file = files.add("m.md", markdown.to_string());
        let mut diags = crate::diag::Diagnostics::default();
        let document = crate::manuscript::parse(markdown, file, &mut diags);
        document
            .blocks
            .iter()
            .map(|block| match block.kind {
                crate::model::BlockKind::Heading { .. } => "heading",
                crate::model::BlockKind::Paragraph { ref content }
                    if content
                        .iter()
                        .all(|i| matches!(i.kind, InlineKind::Text(_) | InlineKind::SoftBreak)) =>
                {
                    "paragraph"
                }
                _ => "other",
            })
            .collect()
    }

    /// Found in writing the fuzz target `new_edition` (restored text must stay text): an
    /// indented line (a typescript's first-line indent, a tab) or a line of tildes made a
    /// code block of it. The lone CR was the fuzzer's: Markdown ends a line there, so what
    /// followed was not escaped, and two spaces before it made a hard break.
    #[test]
    fn indented_lines_and_tildes_stay_text() {
        for text in [
            "Title\n\n    An indented paragraph, as typescripts have them.\n",
            "Title\n\tA paragraph indented with a tab, as typescripts have them.\n",
            "Title\n    A second line, indented after the title, and long enough.\n",
            "Title\n\n~~~\nBetween two lines of tildes there was some text.\n~~~\n",
            "Title\n\nA line before a lone CR:  \r# not a heading\r    nor code, as it was.\n",
        ] {
            let markdown = to_markdown(text, &[]).markdown;
            let kinds = block_kinds(&markdown);
            assert_eq!(kinds[0], "heading", "{markdown}");
            assert!(
                kinds[1..].iter().all(|k| *k == "paragraph"),
                "{kinds:?}\n{markdown}"
            );
        }
    }

    /// Found in writing the fuzz target `new_edition` (the title must be the heading's): a
    /// title ending in ` #` lost it, read as the heading's closing sequence.
    #[test]
    fn a_title_keeps_its_closing_hashes() {
        let markdown = to_markdown("The C ##\n\nA paragraph that has a verb, as it is.\n", &[]);
        assert!(
            markdown.markdown.starts_with("# The C \\##\n"),
            "{}",
            markdown.markdown
        );
        assert_eq!(escape_closing_hashes("C#"), "C#");
        assert_eq!(escape_closing_hashes("\\#"), "\\#");
        assert_eq!(escape_closing_hashes("A #\nB #"), "A \\#\nB #");
    }

    #[test]
    fn unescape_gives_back_the_escaped_text() {
        for text in [
            "control [over] *x* & &amp;",
            "a \\ backslash, \\*, \\x and one at the end \\",
            "# 1. ~ > - + = | `code` <b> {.sc} _x_",
        ] {
            assert_eq!(unescape(&escape(text)), text);
        }
    }

    #[test]
    fn a_first_line_that_ends_as_a_sentence_is_no_title() {
        let text = "Leos Janacek was born in 1854 in Hukvaldy.\n\nHe died in Ostrava in 1928.\n";
        assert_eq!(
            to_markdown(text, &[]).markdown,
            "Leos Janacek was born in 1854 in Hukvaldy.\n\nHe died in Ostrava in 1928.\n"
        );
        for title in [
            "The Gdansk strike\n",
            "Waiting for Godot...\n",
            "Who won?\n",
        ] {
            assert!(
                to_markdown(title, &[]).markdown.starts_with("# "),
                "{title}"
            );
        }
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
