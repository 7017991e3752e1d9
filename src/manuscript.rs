//! Markdown manuscript -> `Document`. The only importer of pulldown-cmark. Markdown never
//! fails: anything folio cannot represent becomes text plus a diagnostic (codes M0xx).
//!
//! Conventions on top of CommonMark (documented in the README):
//! - a paragraph ending in `{.caption}` is a picture caption;
//! - `[words]{.sc}` sets the words in small capitals;
//! - `# Heading {#id}` gives a heading an explicit id;
//! - `[words]{lang=hu}` and `::: {lang=de}` … `:::` (pandoc's bracketed span and fenced div)
//!   mark a passage in another language (`spans`, `fences`, `attributes`).

mod attributes;
mod fences;
mod spans;

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag};

use crate::diag::{Diagnostic, Diagnostics, FileId, Span};
use crate::model::{Block, BlockKind, Document, Inline, InlineKind, Note, NoteKind};

const CAPTION_MARK: &str = "{.caption}";
/// A fenced div that is not closed, or a closing fence with no div open.
const FENCE: &str = "M014";
/// Containers (quotes, lists, emphasis) nested deeper than this are flattened: no book needs
/// more, and the recursion that builds the document must stay within the stack on hostile
/// input (10,000 nested `>`).
const MAX_NESTING: usize = 32;

/// How many places of raw HTML get a warning each (M002); the rest get one between them.
const MAX_RAW_HTML_WARNINGS: usize = 10;

/// Parses a manuscript. Problems are pushed to `diags`; the document is always returned.
pub fn parse(text: &str, file: FileId, diags: &mut Diagnostics) -> Document {
    let options = Options::ENABLE_FOOTNOTES
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let fenced = fences::find(text, options);
    let events: Vec<_> = Parser::new_ext(&fenced.text, options)
        .into_offset_iter()
        .collect();
    let explicit_ids = explicit_heading_ids(&events);
    let mut builder = DocumentBuilder {
        events,
        pos: 0,
        source: text,
        file,
        diags,
        fences: fenced.fences,
        flattened_divs: 0,
        note_index: BTreeMap::new(),
        note_labels: Vec::new(),
        definitions: BTreeMap::new(),
        heading_ids: BTreeMap::new(),
        explicit_ids,
        depth: 0,
        flattened_blocks: 0,
        flattened_inlines: 0,
        warned_depth: false,
        raw_html_places: 0,
        first_unreported_html: None,
    };
    let blocks = builder.blocks();
    builder.report_fences_read_as_text();
    builder.report_more_raw_html();
    let notes = builder.finish_notes();
    if blocks.is_empty() {
        diags.push(
            Diagnostic::error("M009", "the manuscript has no text")
                .with_span(Span::new(file, 0..0))
                .with_hint("write the text in Markdown, or make it with `folio restore SOURCE -o MANUSCRIPT`"),
        );
    }
    report_control_characters(text, file, diags);
    let mut document = Document { blocks, notes };
    document.number_notes();
    document
}

/// What ends a run of blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Until {
    /// The enclosing container's end tag (or the document's end).
    EndTag,
    /// A fenced div's closing fence.
    ClosingFence,
}

/// How a run of blocks ended.
enum Ended {
    EndTag,
    /// At the closing fence on this line.
    Fence(Range<usize>),
    Document,
}

struct DocumentBuilder<'a, 'd> {
    events: Vec<(Event<'a>, Range<usize>)>,
    pos: usize,
    /// The Markdown the events were parsed from (their ranges index it).
    source: &'a str,
    file: FileId,
    diags: &'d mut Diagnostics,
    /// The fenced divs' fence lines not met yet, by the offset of their rule (see `fences`).
    fences: BTreeMap<usize, (fences::Fence, Range<usize>)>,
    /// Footnote label (case-folded, see `label_key`) -> index in the note list, in order of
    /// first reference.
    note_index: BTreeMap<String, usize>,
    /// Each referenced label as first written, and where.
    note_labels: Vec<(String, Span)>,
    /// Footnote definitions by case-folded label: the label as written, the note's blocks and
    /// the definition's span.
    definitions: BTreeMap<String, (String, Vec<Block>, Span)>,
    /// Heading ids given so far, and the heading that has each.
    heading_ids: BTreeMap<String, Span>,
    /// Ids written as `{#id}` anywhere in the manuscript: an id made from a heading's text
    /// never takes one, even from a heading further down.
    explicit_ids: BTreeSet<String>,
    /// Current container nesting, blocks and inlines together.
    depth: usize,
    /// Open containers made transparent because they were nested too deep; their end tags are
    /// skipped instead of ending the enclosing container.
    flattened_blocks: usize,
    flattened_inlines: usize,
    /// Divs nested too deep, made transparent: their closing fences are skipped.
    flattened_divs: usize,
    warned_depth: bool,
    /// Places of raw HTML found, and the first of those not warned about one by one.
    raw_html_places: usize,
    first_unreported_html: Option<Span>,
}

impl<'a> DocumentBuilder<'a, '_> {
    fn span(&self, range: &Range<usize>) -> Span {
        Span::new(self.file, range.clone())
    }

    fn next(&mut self) -> Option<(Event<'a>, Range<usize>)> {
        let item = self.events.get(self.pos).cloned();
        self.pos += 1;
        item
    }

    fn peek(&self) -> Option<&Event<'a>> {
        self.events.get(self.pos).map(|(e, _)| e)
    }

    /// Blocks up to (and consuming) the end tag of the enclosing container.
    fn blocks(&mut self) -> Vec<Block> {
        self.blocks_until(Until::EndTag).0
    }

    /// Blocks up to the enclosing container's end tag (consumed unless `until` is a closing
    /// fence: a div's container ends it, unclosed) or up to a closing fence, and how they ended.
    fn blocks_until(&mut self, until: Until) -> (Vec<Block>, Ended) {
        let mut blocks = Vec::new();
        loop {
            if let Some((fence, line)) = self.fence_here() {
                self.pos += 1;
                match fence {
                    fences::Fence::Open { attributes } => {
                        blocks.extend(self.div(attributes, line));
                    }
                    fences::Fence::Close if self.flattened_divs > 0 => self.flattened_divs -= 1,
                    fences::Fence::Close if until == Until::ClosingFence => {
                        return (blocks, Ended::Fence(line));
                    }
                    fences::Fence::Close => self.report_stray_fence(line),
                }
                continue;
            }
            let Some(event) = self.peek() else {
                break;
            };
            if matches!(event, Event::End(_)) {
                if self.flattened_blocks > 0 {
                    self.pos += 1;
                    self.flattened_blocks -= 1;
                    continue;
                }
                if until == Until::EndTag {
                    self.pos += 1;
                }
                return (blocks, Ended::EndTag);
            }
            if self.depth >= MAX_NESTING
                && matches!(
                    event,
                    Event::Start(Tag::BlockQuote(_) | Tag::List(_) | Tag::Item)
                )
            {
                let range = self.events[self.pos].1.clone();
                self.pos += 1;
                self.flattened_blocks += 1;
                self.warn_depth(range);
                continue;
            }
            if is_inline_event(event) {
                // Tight list items hold inlines without a paragraph around them.
                let start = self.events[self.pos].1.start;
                let content = self.inlines_until_block();
                let end = content.last().map_or(start, |i| i.span.end);
                blocks.push(Block {
                    kind: BlockKind::Paragraph { content },
                    span: Span::new(self.file, start..end),
                });
                continue;
            }
            let (event, range) = self.next().expect("peeked");
            if let Some(block) = self.block(event, range) {
                blocks.push(block);
            }
        }
        (blocks, Ended::Document)
    }

    /// The fence whose rule is the next event, taken from those not met yet.
    fn fence_here(&mut self) -> Option<(fences::Fence, Range<usize>)> {
        match self.events.get(self.pos) {
            Some((Event::Rule, range)) => self.fences.remove(&range.start),
            _ => None,
        }
    }

    /// A fenced div, from after its opening fence `line` to its closing fence: its blocks in
    /// the language its attributes give, or as they are when they give none (an attribute in
    /// error has been reported). Divs nested too deep are flattened, as quotations are.
    fn div(&mut self, attributes: Range<usize>, line: Range<usize>) -> Vec<Block> {
        if self.depth >= MAX_NESTING {
            self.flattened_divs += 1;
            self.warn_depth(line);
            return Vec::new();
        }
        let attributes = attributes::read(
            self.source,
            attributes,
            attributes::Holder::Div,
            self.file,
            self.diags,
        );
        self.depth += 1;
        let (blocks, ended) = self.blocks_until(Until::ClosingFence);
        self.depth -= 1;
        let end = match ended {
            Ended::Fence(closing) => closing.end,
            Ended::EndTag | Ended::Document => {
                self.report_unclosed_div(&line, ended);
                blocks.last().map_or(line.end, |b| b.span.end)
            }
        };
        match attributes.lang {
            Some(lang) => vec![Block {
                kind: BlockKind::Language { lang, blocks },
                span: Span::new(self.file, line.start..end),
            }],
            None => blocks,
        }
    }

    fn block(&mut self, event: Event<'a>, range: Range<usize>) -> Option<Block> {
        let span = self.span(&range);
        let kind = match event {
            Event::Start(Tag::Paragraph) => {
                let mut content = self.inlines();
                if strip_trailing_mark(&mut content, CAPTION_MARK) {
                    BlockKind::Caption { content }
                } else {
                    BlockKind::Paragraph { content }
                }
            }
            Event::Start(Tag::Heading { level, id, .. }) => {
                let content = self.inlines();
                let id = match id {
                    Some(id) => self.explicit_heading_id(&id, span),
                    None => self.automatic_heading_id(&content, span),
                };
                BlockKind::Heading {
                    level: heading_level(level),
                    id,
                    content,
                }
            }
            Event::Start(Tag::BlockQuote(_)) => {
                self.depth += 1;
                let blocks = self.blocks();
                self.depth -= 1;
                BlockKind::BlockQuote { blocks }
            }
            Event::Start(Tag::List(start)) => {
                let mut items = Vec::new();
                self.depth += 1;
                while let Some((event, _)) = self.next() {
                    match event {
                        Event::Start(Tag::Item) => items.push(self.blocks()),
                        _ => break, // the list's end tag
                    }
                }
                self.depth -= 1;
                BlockKind::List { start, items }
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                if let CodeBlockKind::Fenced(info) = kind {
                    if !info.is_empty() {
                        self.diags.push(
                            Diagnostic::warning(
                                "M005",
                                format!("code block language `{info}` is ignored"),
                            )
                            .with_span(span),
                        );
                    }
                }
                BlockKind::CodeBlock {
                    text: self.raw_text_until_end(),
                }
            }
            Event::Start(Tag::HtmlBlock) => {
                let html = self.raw_text_until_end();
                self.warn_raw_html(span);
                BlockKind::Paragraph {
                    content: vec![Inline::text(html.trim_end(), span)],
                }
            }
            Event::Start(Tag::FootnoteDefinition(label)) => {
                let blocks = self.blocks();
                if self
                    .definitions
                    .insert(label_key(&label), (label.to_string(), blocks, span))
                    .is_some()
                {
                    self.diags.push(
                        Diagnostic::error("M006", format!("footnote [^{label}] is defined twice"))
                            .with_span(span)
                            .with_hint("give each footnote definition its own label"),
                    );
                }
                return None;
            }
            Event::Rule => BlockKind::ThematicBreak,
            Event::Start(tag) => {
                // Extensions folio does not enable; keep their text rather than lose it.
                self.diags.push(
                    Diagnostic::warning(
                        "M007",
                        format!("unsupported Markdown block {tag:?}; kept as text"),
                    )
                    .with_span(span),
                );
                let text = self.raw_text_until_end();
                BlockKind::Paragraph {
                    content: vec![Inline::text(text, span)],
                }
            }
            _ => return None,
        };
        Some(Block { kind, span })
    }

    /// Inlines up to (and consuming) the enclosing end tag.
    fn inlines(&mut self) -> Vec<Inline> {
        let mut out = Vec::new();
        self.depth += 1;
        while let Some((event, range)) = self.next() {
            if matches!(event, Event::End(_)) {
                if self.flattened_inlines > 0 {
                    self.flattened_inlines -= 1;
                    continue;
                }
                break;
            }
            if self.depth >= MAX_NESTING && matches!(event, Event::Start(_)) {
                self.flattened_inlines += 1;
                self.warn_depth(range);
                continue;
            }
            self.inline(event, range, &mut out);
        }
        self.depth -= 1;
        self.finish_inlines(out)
    }

    /// Inlines up to the next block-level event (not consumed).
    fn inlines_until_block(&mut self) -> Vec<Inline> {
        let mut out = Vec::new();
        while let Some(event) = self.peek() {
            if !is_inline_event(event) {
                break;
            }
            let (event, range) = self.next().expect("peeked");
            self.inline(event, range, &mut out);
        }
        self.finish_inlines(out)
    }

    /// The inlines of one container from the texts as the parser gave them: bracketed spans
    /// found (`spans`), then the texts that smart punctuation split joined again.
    fn finish_inlines(&mut self, pieces: Vec<Inline>) -> Vec<Inline> {
        let depth = MAX_NESTING.saturating_sub(self.depth);
        let (wrapped, too_deep) = spans::wrap(pieces, self.source, self.file, depth, self.diags);
        if let Some(span) = too_deep {
            self.warn_depth(span.start..span.end);
        }
        join_texts(wrapped)
    }

    fn inline(&mut self, event: Event<'a>, range: Range<usize>, out: &mut Vec<Inline>) {
        let span = self.span(&range);
        let kind = match event {
            Event::Text(text) => {
                if let Some((label, end)) = self.undefined_reference(&text, &range) {
                    let span = Span::new(self.file, range.start..end);
                    let note = self.note_for_label(&label, span);
                    out.push(Inline {
                        kind: InlineKind::NoteRef { note },
                        span,
                    });
                } else {
                    out.push(Inline::text(text.as_ref(), span));
                }
                return;
            }
            Event::Code(code) => InlineKind::Code(code.to_string()),
            Event::InlineMath(math) | Event::DisplayMath(math) => {
                InlineKind::Code(math.to_string())
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                self.warn_raw_html(span);
                out.push(Inline::text(html.as_ref(), span));
                return;
            }
            Event::SoftBreak => InlineKind::SoftBreak,
            Event::HardBreak => InlineKind::HardBreak,
            Event::FootnoteReference(label) => InlineKind::NoteRef {
                note: self.note_for_label(&label, span),
            },
            Event::Start(Tag::Emphasis) => InlineKind::Emphasis(self.inlines()),
            Event::Start(Tag::Strong) => InlineKind::Strong(self.inlines()),
            Event::Start(Tag::Link { dest_url, .. }) => InlineKind::Link {
                url: dest_url.to_string(),
                content: self.inlines(),
            },
            Event::Start(Tag::Image { .. }) => {
                self.diags.push(
                    Diagnostic::warning(
                        "M008",
                        "images are not part of an edition; the description is kept as text",
                    )
                    .with_span(span)
                    .with_hint("describe the picture in a caption paragraph ending in {.caption}"),
                );
                out.extend(self.inlines());
                return;
            }
            Event::Start(_) => {
                // Inline extensions folio does not enable: keep the content.
                out.extend(self.inlines());
                return;
            }
            Event::TaskListMarker(done) => InlineKind::Text(if done { "☒ " } else { "☐ " }.into()),
            Event::End(_) | Event::Rule => return,
        };
        out.push(Inline { kind, span });
    }

    fn raw_text_until_end(&mut self) -> String {
        let mut text = String::new();
        while let Some((event, _)) = self.next() {
            match event {
                Event::End(_) => break,
                Event::Text(t) | Event::Html(t) | Event::Code(t) => text.push_str(&t),
                Event::SoftBreak | Event::HardBreak => text.push('\n'),
                _ => {}
            }
        }
        text
    }

    fn warn_depth(&mut self, range: Range<usize>) {
        if !self.warned_depth {
            self.warned_depth = true;
            self.diags.push(
                Diagnostic::warning("M011", format!("quotes, lists, emphasis, spans or divs nested more than {MAX_NESTING} deep are flattened"))
                    .with_span(self.span(&range))
                    .with_hint("the text is kept; only the deeper nesting is dropped"),
            );
        }
    }

    /// M002 for each of the first `MAX_RAW_HTML_WARNINGS` places of raw HTML; the rest are
    /// counted for `report_more_raw_html`, since 100,000 tags on one line gave as many warnings,
    /// each showing that line.
    fn warn_raw_html(&mut self, span: Span) {
        self.raw_html_places += 1;
        if self.raw_html_places > MAX_RAW_HTML_WARNINGS {
            self.first_unreported_html.get_or_insert(span);
            return;
        }
        self.diags.push(
            Diagnostic::warning(
                "M002",
                "raw HTML is not passed through; it is shown as text",
            )
            .with_span(span)
            .with_hint("use Markdown: *emphasis*, [links](url), `{.caption}` for captions"),
        );
    }

    /// One M002 for the places of raw HTML beyond the first `MAX_RAW_HTML_WARNINGS`.
    fn report_more_raw_html(&mut self) {
        if let Some(span) = self.first_unreported_html {
            let more = self.raw_html_places - MAX_RAW_HTML_WARNINGS;
            self.diags.push(
                Diagnostic::warning(
                    "M002",
                    format!("raw HTML in {more} more places is shown as text"),
                )
                .with_span(span)
                .with_hint("this is the first of them; use Markdown instead"),
            );
        }
    }

    fn note_for_label(&mut self, label: &str, span: Span) -> usize {
        let key = label_key(label);
        if let Some(&index) = self.note_index.get(&key) {
            return index;
        }
        let index = self.note_labels.len();
        self.note_index.insert(key, index);
        self.note_labels.push((label.to_string(), span));
        index
    }

    /// A footnote reference whose label has no definition: pulldown-cmark (following GFM)
    /// leaves it as the texts `[`, `^label` and `]`, which would print literally in both
    /// outputs. Called at a text event `text` at `range`; if it opens such a reference,
    /// consumes the events of the rest of it and returns the label and where the `]` ends.
    fn undefined_reference(&mut self, text: &str, range: &Range<usize>) -> Option<(String, usize)> {
        // The `[` must be written as such, not escaped (`\[^x]` is meant as text); escapes are
        // looked for last, as a run of backslashes may be as long as the manuscript.
        if text != "["
            || self.source.get(range.clone()) != Some("[")
            || is_escaped(self.source, range.start)
        {
            return None;
        }
        let inner = self.source[range.end..].strip_prefix('^')?;
        let len = inner.find(|c: char| matches!(c, ']' | '[' | '^') || c.is_whitespace())?;
        if len == 0 || !inner[len..].starts_with(']') {
            return None;
        }
        let end = range.end + 1 + len + 1;
        // The label and the `]` must be plain text events ending exactly at the `]`.
        let mut pos = self.pos;
        loop {
            match self.events.get(pos) {
                Some((Event::Text(_), r)) if r.end < end => pos += 1,
                Some((Event::Text(_), r)) if r.end == end => break,
                _ => return None,
            }
        }
        self.pos = pos + 1;
        Some((inner[..len].to_string(), end))
    }

    /// An id written as `{#id}` is kept as written, so links to it work; one that generated
    /// matter or an earlier heading already has is an error (M013), not renamed behind the
    /// writer's back.
    fn explicit_heading_id(&mut self, id: &str, span: Span) -> String {
        if let Some(owner) = crate::model::generated::reserved_by(id) {
            self.diags.push(
                Diagnostic::error(
                    "M013",
                    format!("the heading id `{id}` is reserved for {owner}"),
                )
                .with_span(span)
                .with_hint(format!(
                    "folio writes {owner} with that id; choose another, e.g. `{{#{id}-1}}`"
                )),
            );
        } else if let Some(first) = self.heading_ids.get(id) {
            let line = line_of(self.source, first.start);
            self.diags.push(
                Diagnostic::error("M013", format!("the heading id `{id}` is used twice"))
                    .with_span(span)
                    .with_hint(format!(
                        "the heading on line {line} has it already; give each heading its own id"
                    )),
            );
        }
        self.heading_ids.entry(id.to_string()).or_insert(span);
        id.to_string()
    }

    /// An id made from the heading's text, as pandoc and mdBook make them; `-2`, `-3`, … is
    /// added when an earlier heading, an explicit `{#id}` or generated matter has it.
    fn automatic_heading_id(&mut self, content: &[Inline], span: Span) -> String {
        let base = slug(&crate::model::plain_text(content));
        let mut id = base.clone();
        let mut n = 2;
        while self.heading_ids.contains_key(&id)
            || self.explicit_ids.contains(&id)
            || crate::model::generated::reserved_by(&id).is_some()
        {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.heading_ids.insert(id.clone(), span);
        id
    }

    /// Turns the footnote definitions into notes, reporting undefined and unused labels.
    fn finish_notes(&mut self) -> Vec<Note> {
        let defined: Vec<(String, Span)> = self
            .definitions
            .values()
            .map(|(label, _, span)| (label.clone(), *span))
            .collect();
        let mut ids = BTreeSet::new();
        let mut notes = Vec::new();
        for (label, ref_span) in std::mem::take(&mut self.note_labels) {
            let (blocks, span) = match self.definitions.remove(&label_key(&label)) {
                Some((_, blocks, span)) => (blocks, span),
                None => {
                    self.report_undefined(&label, ref_span, &defined);
                    (Vec::new(), ref_span)
                }
            };
            // Labels that differ only in punctuation (`a b`, `a-b`) make the same slug.
            let base = format!("fn-{}", slug(&label));
            let mut id = base.clone();
            let mut n = 2;
            while !ids.insert(id.clone()) {
                id = format!("{base}-{n}");
                n += 1;
            }
            notes.push(Note {
                id,
                number: 0,
                kind: NoteKind::Footnote,
                blocks,
                source: None,
                span,
            });
        }
        for (_, (label, _, span)) in std::mem::take(&mut self.definitions) {
            self.diags.push(
                Diagnostic::warning(
                    "M004",
                    format!("footnote [^{label}] is defined but never referenced"),
                )
                .with_span(span)
                .with_hint(format!(
                    "reference it with [^{label}] or delete the definition"
                )),
            );
        }
        notes
    }
}

impl DocumentBuilder<'_, '_> {
    /// M014 at the opening fence of a div that `ended` before its closing fence.
    fn report_unclosed_div(&mut self, line: &Range<usize>, ended: Ended) {
        let message = match ended {
            Ended::Document => "this div is never closed",
            _ => "this div is not closed inside the quotation, list item or note it opens in",
        };
        self.diags.push(
            Diagnostic::error(FENCE, message)
                .with_span(self.span(line))
                .with_hint("end it with a line of three colons, `:::`, where its passage ends"),
        );
    }

    /// M014 at a closing fence with no div open.
    fn report_stray_fence(&mut self, line: Range<usize>) {
        self.diags.push(
            Diagnostic::error(FENCE, "a closing `:::` with no div open")
                .with_span(self.span(&line))
                .with_hint("open the div with `::: {lang=TAG}`, or delete this line"),
        );
    }

    /// M014 at each fence line the parser read as part of a paragraph (one indented by four
    /// spaces or more under it), which would otherwise print as text.
    fn report_fences_read_as_text(&mut self) {
        for (_, line) in std::mem::take(&mut self.fences).into_values() {
            self.diags.push(
                Diagnostic::error(FENCE, "this `:::` is read as text of the paragraph above")
                    .with_span(self.span(&line))
                    .with_hint("a fence starts at most three spaces in from the blocks around it"),
            );
        }
    }

    /// M003 at the reference, naming the defined label nearest to it (a typo is the usual
    /// cause: `[^heideger]` beside `[^heidegger]`).
    fn report_undefined(&mut self, label: &str, at: Span, defined: &[(String, Span)]) {
        let wanted: Vec<char> = label_key(label).chars().collect();
        let nearest = defined
            .iter()
            .map(|(other, span)| {
                let edits = crate::text::levenshtein(&wanted, &label_key(other));
                (edits, other, span)
            })
            .filter(|(edits, other, _)| *edits <= (other.chars().count() / 3).max(2))
            .min_by_key(|(edits, _, _)| *edits);
        let hint = match nearest {
            Some((_, other, span)) => format!(
                "did you mean [^{other}]? It is defined on line {}",
                line_of(self.source, span.start)
            ),
            None => format!("add a definition: `[^{label}]: The note's text.`"),
        };
        self.diags.push(
            Diagnostic::error(
                "M003",
                format!("footnote [^{label}] is referenced but not defined"),
            )
            .with_span(at)
            .with_hint(hint),
        );
    }
}

/// Footnote labels match without regard to case, as in pulldown-cmark and GFM (`[^Nagy]`
/// refers to `[^nagy]:`).
fn label_key(label: &str) -> String {
    label.to_lowercase()
}

/// Whether the character at `at` in `source` is escaped: an odd number of backslashes stand
/// right before it.
fn is_escaped(source: &str, at: usize) -> bool {
    source[..at]
        .bytes()
        .rev()
        .take_while(|&b| b == b'\\')
        .count()
        % 2
        == 1
}

/// The 1-based line of a byte offset, for hints that point at a second place.
fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// Every id written as `{#id}` on a heading.
fn explicit_heading_ids(events: &[(Event<'_>, Range<usize>)]) -> BTreeSet<String> {
    events
        .iter()
        .filter_map(|(event, _)| match event {
            Event::Start(Tag::Heading { id: Some(id), .. }) => Some(id.to_string()),
            _ => None,
        })
        .collect()
}

/// Control characters cannot appear in XML (hence in an EPUB) and have no glyph to print; they
/// are dropped from the outputs, so say where they are.
fn report_control_characters(text: &str, file: FileId, diags: &mut Diagnostics) {
    let mut found = text
        .char_indices()
        .filter(|&(_, c)| c.is_control() && !matches!(c, '\n' | '\r' | '\t'));
    if let Some((at, c)) = found.next() {
        let more = found.count();
        diags.push(
            Diagnostic::warning(
                "M010",
                format!(
                    "control character U+{:04X} in the text will be dropped{}",
                    c as u32,
                    if more > 0 {
                        format!(" (and {more} more)")
                    } else {
                        String::new()
                    }
                ),
            )
            .with_span(Span::new(file, at..at + c.len_utf8()))
            .with_hint("delete it; it usually comes from a bad copy-and-paste"),
        );
    }
}

fn is_inline_event(event: &Event<'_>) -> bool {
    match event {
        Event::Text(_)
        | Event::Code(_)
        | Event::InlineMath(_)
        | Event::InlineHtml(_)
        | Event::FootnoteReference(_)
        | Event::SoftBreak
        | Event::HardBreak
        | Event::TaskListMarker(_) => true,
        Event::Start(tag) => matches!(
            tag,
            Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::Link { .. }
                | Tag::Image { .. }
        ),
        _ => false,
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    level as u8
}

/// Smart punctuation splits text events around each replaced character (and pulldown-cmark
/// at each bracket): join neighbouring texts back into one.
fn join_texts(pieces: Vec<Inline>) -> Vec<Inline> {
    let mut out: Vec<Inline> = Vec::with_capacity(pieces.len());
    for piece in pieces {
        if let (
            Some(Inline {
                kind: InlineKind::Text(previous),
                span: previous_span,
            }),
            InlineKind::Text(text),
        ) = (out.last_mut(), &piece.kind)
        {
            previous.push_str(text);
            *previous_span = previous_span.join(piece.span);
            continue;
        }
        out.push(piece);
    }
    out
}

/// Removes a trailing attribute mark like `{.caption}`; true if it was there.
fn strip_trailing_mark(content: &mut Vec<Inline>, mark: &str) -> bool {
    let Some(Inline {
        kind: InlineKind::Text(text),
        ..
    }) = content.last_mut()
    else {
        return false;
    };
    let trimmed = text.trim_end();
    let Some(rest) = trimmed.strip_suffix(mark) else {
        return false;
    };
    let rest_len = rest.trim_end().len();
    text.truncate(rest_len);
    if text.is_empty() {
        content.pop();
    }
    while matches!(
        content.last().map(|i| &i.kind),
        Some(InlineKind::SoftBreak | InlineKind::HardBreak)
    ) {
        content.pop();
    }
    true
}

/// An XML-safe id from heading text: lowercase ASCII letters and digits joined by hyphens.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = crate::text::fold_diacritic(c);
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.starts_with(|c: char| c.is_ascii_alphabetic()) {
        trimmed.to_string()
    } else {
        format!("s-{trimmed}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plain_text;

    #[test]
    fn deep_nesting_is_flattened_without_losing_text() {
        let deep = format!("{}deep text\n", "> ".repeat(10_000));
        let (doc, diags) = parse_str(&deep);
        assert_eq!(diags.iter().map(|d| d.code).collect::<Vec<_>>(), ["M011"]);
        let mut block = &doc.blocks[0];
        let mut levels = 0;
        while let BlockKind::BlockQuote { blocks } = &block.kind {
            block = &blocks[0];
            levels += 1;
        }
        assert!(levels <= MAX_NESTING, "{levels}");
        assert_eq!(plain_text(block.inlines().unwrap()), "deep text");
        let stars = format!("{}x{}\n", "*a ".repeat(5000), " b*".repeat(5000));
        let (doc, _) = parse_str(&stars);
        assert!(plain_text(doc.blocks[0].inlines().unwrap()).contains('x'));
    }

    /// Lines that took time in the square of their length (found by hand in issue 19's last
    /// fuzzing round; each of these took minutes): each `[]{` had its list searched for to the
    /// line's end, each escaped backslash had the backslashes before it counted, and spans nested
    /// too deep, each with text after its list, had their content moved out and back.
    #[test]
    fn hostile_brackets_and_backslashes_take_linear_time() {
        let deep = format!("{}d{}", "[".repeat(100_000), "]{lang=hu}x".repeat(100_000));
        let cases = [
            ("open lists", "[]{".repeat(100_000), "[]{".repeat(100_000)),
            ("backslashes", "\\\\".repeat(200_000), "\\".repeat(200_000)),
            ("deep spans", deep, format!("d{}", "x".repeat(100_000))),
        ];
        for (name, line, text) in cases {
            let started = std::time::Instant::now();
            let (doc, _) = parse_str(&format!("{line}\n"));
            let elapsed = started.elapsed();
            assert!(elapsed.as_secs() < 10, "{name}: {elapsed:?}");
            assert_eq!(plain_text(doc.blocks[0].inlines().unwrap()), text, "{name}");
        }
    }

    #[test]
    fn empty_manuscripts_and_control_characters_are_reported() {
        assert_eq!(parse_str("").1.iter().next().unwrap().code, "M009");
        assert_eq!(parse_str("a\u{1}b\n").1.iter().next().unwrap().code, "M010");
    }

    fn parse_str(text: &str) -> (Document, Diagnostics) {
        let mut diags = Diagnostics::default();
        let doc = parse(text, FileId(0), &mut diags);
        (doc, diags)
    }

    #[test]
    fn smart_punctuation_is_joined_into_one_text() {
        let (doc, _) = parse_str("Hungary's \"people\" -- and --- more...\n");
        let content = doc.blocks[0].inlines().unwrap();
        assert_eq!(content.len(), 1);
        assert_eq!(plain_text(content), "Hungary’s “people” – and — more…");
        assert_eq!(content[0].span.start, 0);
    }

    #[test]
    fn captions_are_marked() {
        let (doc, _) = parse_str("Destroyed armoured cars in Budapest. {.caption}\n\nText.\n");
        assert!(
            matches!(&doc.blocks[0].kind, BlockKind::Caption { content } if plain_text(content) == "Destroyed armoured cars in Budapest.")
        );
        assert!(matches!(doc.blocks[1].kind, BlockKind::Paragraph { .. }));
    }

    #[test]
    fn footnotes_are_numbered_in_reference_order() {
        let (doc, diags) =
            parse_str("A[^b] and B[^a].\n\n[^a]: First defined.\n[^b]: Second defined.\n");
        assert!(diags.is_empty());
        assert_eq!(doc.notes.len(), 2);
        assert_eq!(
            plain_text(doc.notes[0].blocks[0].inlines().unwrap()),
            "Second defined."
        );
        assert_eq!(doc.notes[0].number, 1);
    }

    #[test]
    fn raw_html_is_kept_as_text_with_a_warning() {
        let (doc, diags) = parse_str("A <b>bold</b> claim.\n");
        assert_eq!(
            plain_text(doc.blocks[0].inlines().unwrap()),
            "A <b>bold</b> claim."
        );
        assert_eq!(diags.iter().next().unwrap().code, "M002");
    }

    #[test]
    fn small_caps_convention() {
        let (doc, _) = parse_str("The [ávh]{.sc} arrived.\n");
        let content = doc.blocks[0].inlines().unwrap();
        assert!(
            matches!(&content[1].kind, InlineKind::SmallCaps(inner) if plain_text(inner) == "ávh")
        );
        assert_eq!(plain_text(content), "The ávh arrived.");
    }

    #[test]
    fn a_bracketed_span_marks_a_passage_in_another_language() {
        let text = "They shouted [Éljen a *forradalom*!]{lang=hu} and left.\n";
        let (doc, diags) = parse_str(text);
        assert!(diags.is_empty(), "{diags:?}");
        let content = doc.blocks[0].inlines().unwrap();
        assert_eq!(
            plain_text(content),
            "They shouted Éljen a forradalom! and left."
        );
        let InlineKind::Language {
            lang,
            content: passage,
        } = &content[1].kind
        else {
            panic!("{content:?}")
        };
        assert_eq!(lang, "hu");
        assert_eq!(plain_text(passage), "Éljen a forradalom!");
        assert!(matches!(passage[1].kind, InlineKind::Emphasis(_)));
        // The span covers the brackets and the attributes; the text after it is exact.
        let span = content[1].span;
        assert_eq!(
            &text[span.start..span.end],
            "[Éljen a *forradalom*!]{lang=hu}"
        );
        assert_eq!(
            &text[content[2].span.start..content[2].span.end],
            " and left."
        );
    }

    #[test]
    fn spans_nest_combine_and_leave_other_brackets_alone() {
        let (doc, diags) = parse_str(
            "[a [ávh]{.sc lang=hu} b]{lang=de} [plain] \\[x]{lang=hu} \\\\[y]{lang=hu}\n",
        );
        assert!(diags.is_empty(), "{diags:?}");
        let content = doc.blocks[0].inlines().unwrap();
        // An escaped bracket is text; after an escaped backslash it is written.
        assert_eq!(plain_text(content), "a ávh b [plain] [x]{lang=hu} \\y");
        let InlineKind::Language {
            lang,
            content: outer,
        } = &content[0].kind
        else {
            panic!("{content:?}")
        };
        assert_eq!(lang, "de");
        let InlineKind::Language {
            lang,
            content: inner,
        } = &outer[1].kind
        else {
            panic!("{outer:?}")
        };
        assert_eq!(lang, "hu");
        assert!(matches!(inner[0].kind, InlineKind::SmallCaps(_)));
        assert!(matches!(&content[2].kind, InlineKind::Language { lang, .. } if lang == "hu"));
    }

    #[test]
    fn a_fenced_div_marks_blocks_in_another_language() {
        let text = "Before.\n\n::: {lang=de}\nEin Satz.\n\n> Ein Zitat.\n:::\n\nAfter.\n";
        let (doc, diags) = parse_str(text);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(doc.blocks.len(), 3);
        let BlockKind::Language { lang, blocks } = &doc.blocks[1].kind else {
            panic!("{:?}", doc.blocks[1])
        };
        assert_eq!(lang, "de");
        assert_eq!(plain_text(blocks[0].inlines().unwrap()), "Ein Satz.");
        assert!(matches!(blocks[1].kind, BlockKind::BlockQuote { .. }));
        let span = doc.blocks[1].span;
        assert_eq!(
            &text[span.start..span.end],
            &text[9..text.find("\n\nAfter").unwrap()]
        );
        // The fences are no text; the leaves are the three paragraphs and the quotation's.
        let leaves: Vec<_> = crate::model::text_leaves(&doc.blocks)
            .map(|(_, inlines)| plain_text(inlines))
            .collect();
        assert_eq!(leaves, ["Before.", "Ein Satz.", "Ein Zitat.", "After."]);
    }

    #[test]
    fn divs_may_stand_in_list_items_and_footnotes() {
        let (doc, diags) = parse_str(
            "- Item.\n\n  ::: {lang=de}\n  Eins.\n  :::\n\nText.[^n]\n\n[^n]: Note.\n\n    ::: {lang=hu}\n    Egy.\n    :::\n",
        );
        assert!(diags.is_empty(), "{diags:?}");
        let BlockKind::List { items, .. } = &doc.blocks[0].kind else {
            panic!("{:?}", doc.blocks)
        };
        assert!(matches!(&items[0][1].kind, BlockKind::Language { lang, .. } if lang == "de"));
        let note = &doc.notes[0].blocks;
        assert!(matches!(&note[1].kind, BlockKind::Language { lang, .. } if lang == "hu"));
    }

    #[test]
    fn divs_nest_and_may_stand_in_quotations() {
        let (doc, diags) =
            parse_str("::: {lang=de}\n::: {lang=hu}\nMagyar.\n:::\nDeutsch.\n:::\n\n> ::: {lang=fr}\n> Français.\n> :::\n");
        assert!(diags.is_empty(), "{diags:?}");
        let BlockKind::Language { blocks, .. } = &doc.blocks[0].kind else {
            panic!("{:?}", doc.blocks)
        };
        assert!(matches!(&blocks[0].kind, BlockKind::Language { lang, .. } if lang == "hu"));
        assert_eq!(plain_text(blocks[1].inlines().unwrap()), "Deutsch.");
        let BlockKind::BlockQuote { blocks } = &doc.blocks[1].kind else {
            panic!("{:?}", doc.blocks)
        };
        assert!(matches!(&blocks[0].kind, BlockKind::Language { lang, .. } if lang == "fr"));
    }

    /// The code and the line:column of each diagnostic.
    fn found(text: &str) -> Vec<(&'static str, usize, usize)> {
        let mut files = crate::diag::Files::default();
        let file = files.add("m.md", text.to_string());
        let mut diags = Diagnostics::default();
        parse(text, file, &mut diags);
        diags
            .iter()
            .map(|d| {
                let (_, line, col) = files.location(d.span.unwrap()).unwrap();
                (d.code, line, col)
            })
            .collect()
    }

    #[test]
    fn bad_markup_is_reported_at_its_place() {
        // Never closed; closed with none open; closed outside the quotation it opened in.
        assert_eq!(
            found("Text.\n\n::: {lang=de}\nEin Satz.\n"),
            [("M014", 3, 1)]
        );
        assert_eq!(found("Text.\n\n:::\n"), [("M014", 3, 1)]);
        assert_eq!(
            found("> ::: {lang=de}\n> Zitat.\n\n:::\n"),
            [("M014", 1, 3), ("M014", 4, 1)]
        );
        // Indented under a paragraph, the fence would be its text.
        assert_eq!(found("Text.\n    :::\n"), [("M014", 2, 5)]);
        // An unknown attribute, a tag that is no BCP 47 tag, on a span and on a div.
        assert_eq!(
            found("A [word]{lang=Hungarian} and [two]{.smallcaps}.\n\n::: {lang=de #x}\nB.\n:::\n"),
            [("M016", 1, 10), ("M015", 1, 36), ("M015", 3, 14)]
        );
    }

    #[test]
    fn markup_in_code_stays_text() {
        let (doc, diags) = parse_str("```\n::: {lang=de}\n```\n\n`[x]{lang=hu}`\n");
        assert!(diags.is_empty(), "{diags:?}");
        assert!(
            matches!(&doc.blocks[0].kind, BlockKind::CodeBlock { text } if text == "::: {lang=de}\n")
        );
        assert_eq!(plain_text(doc.blocks[1].inlines().unwrap()), "[x]{lang=hu}");
    }

    #[test]
    fn heading_ids_are_unique_slugs() {
        let (doc, _) = parse_str("# Hungary 1956\n\n# Hungary 1956\n\n# Lőrinc {#poet}\n");
        let ids: Vec<_> = doc
            .blocks
            .iter()
            .map(|b| match &b.kind {
                BlockKind::Heading { id, .. } => id.clone(),
                _ => String::new(),
            })
            .collect();
        assert_eq!(ids, ["hungary-1956", "hungary-1956-2", "poet"]);
    }

    fn heading_ids(doc: &Document) -> Vec<String> {
        doc.blocks
            .iter()
            .filter_map(|b| match &b.kind {
                BlockKind::Heading { id, .. } => Some(id.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn generated_sections_keep_their_ids() {
        let (doc, diags) = parse_str(
            "# Colophon\n\n# Note on the text\n\n## Emendations\n\n# Page 3\n\n# Notes\n",
        );
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(
            heading_ids(&doc),
            [
                "colophon-2",
                "note-on-the-text-2",
                "emendations-2",
                "page-3-2",
                "notes"
            ]
        );
    }

    #[test]
    fn a_slug_gives_way_to_an_explicit_id_further_down() {
        let (doc, diags) = parse_str("# Poet\n\n# Lőrinc Szabó {#poet}\n");
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(heading_ids(&doc), ["poet-2", "poet"]);
    }

    #[test]
    fn an_explicit_id_that_is_taken_is_an_error() {
        let (_, diags) = parse_str("# Afterword {#colophon}\n\n# A {#a}\n\n# B {#a}\n");
        let found: Vec<_> = diags
            .iter()
            .map(|d| (d.code, d.span.unwrap().start))
            .collect();
        assert_eq!(found, [("M013", 0), ("M013", 35)]);
        let messages: Vec<_> = diags.iter().map(|d| d.message.as_str()).collect();
        assert!(
            messages[0].contains("reserved for the colophon"),
            "{messages:?}"
        );
        assert!(diags.iter().nth(1).unwrap().hints[0].contains("line 3"));
    }

    #[test]
    fn an_undefined_footnote_label_is_an_error_with_the_nearest_label() {
        let text = "Being and Time.[^heideger]\n\n[^heidegger]: Martin Heidegger, 1927.\n";
        let (doc, diags) = parse_str(text);
        let codes: Vec<_> = diags.iter().map(|d| d.code).collect();
        assert_eq!(codes, ["M003", "M004"]);
        let undefined = diags.iter().next().unwrap();
        assert_eq!(undefined.span.unwrap().start, text.find('[').unwrap());
        assert_eq!(undefined.span.unwrap().end, text.find('\n').unwrap());
        assert!(
            undefined.hints[0].contains("did you mean [^heidegger]? It is defined on line 3"),
            "{:?}",
            undefined.hints
        );
        // Not printed as literal text.
        assert_eq!(
            plain_text(doc.blocks[0].inlines().unwrap()),
            "Being and Time."
        );
    }

    #[test]
    fn escaped_and_coded_footnote_marks_stay_text() {
        let (doc, diags) = parse_str("A \\[^x] and `[^y]` and [^ z].\n");
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(
            plain_text(doc.blocks[0].inlines().unwrap()),
            "A [^x] and [^y] and [^ z]."
        );
    }

    #[test]
    fn footnote_labels_match_without_regard_to_case() {
        let (doc, diags) = parse_str("Nagy.[^Nagy]\n\n[^nagy]: Imre Nagy.\n");
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(doc.notes.len(), 1);
        assert_eq!(
            plain_text(doc.notes[0].blocks[0].inlines().unwrap()),
            "Imre Nagy."
        );
    }

    #[test]
    fn tight_list_items_become_paragraphs() {
        let (doc, _) = parse_str("- one\n- two\n");
        let BlockKind::List { items, start } = &doc.blocks[0].kind else {
            panic!()
        };
        assert_eq!(*start, None);
        assert_eq!(items.len(), 2);
        assert_eq!(plain_text(items[1][0].inlines().unwrap()), "two");
    }
}
