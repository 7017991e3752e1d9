//! The edit log behind [`super::restore`]: each repair stage proposes replacements on the text
//! the previous stage produced; this module applies them and maps every position back to the
//! decoded source (for line:col) and forward to the output, so an edit made in any stage is
//! reported where the editor will find it.

use super::{Class, Edit, Outcome, RawSuspect, Suspect};

/// A replacement of `start..end` (byte offsets into the stage's input) by `replacement`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub start: usize,
    pub end: usize,
    pub replacement: String,
    pub rule: &'static str,
    pub class: Class,
    pub evidence: String,
}

impl Proposal {
    /// The whole word the proposal changes, as a range of `text` (the stage's input), and the
    /// word as the proposal makes it: most repairs insert at a point ("Hungarys").
    pub fn word_in(&self, text: &str) -> (std::ops::Range<usize>, String) {
        let is_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '\u{2019}';
        let start = text[..self.start]
            .rfind(|c: char| !is_word(c))
            .map_or(0, |i| {
                i + text[i..].chars().next().map_or(1, char::len_utf8)
            });
        let end = text[self.end..]
            .find(|c: char| !is_word(c))
            .map_or(text.len(), |i| self.end + i);
        let after = format!(
            "{}{}{}",
            &text[start..self.start],
            self.replacement,
            &text[self.end..end]
        );
        (start..end, after)
    }
}

/// The texts before and after every stage, with what each stage did.
#[derive(Debug)]
pub struct Stages {
    /// `texts[i]` is the input of stage `i`; the last one is the current text.
    texts: Vec<String>,
    outcomes: Vec<(Vec<Proposal>, Vec<RawSuspect>)>,
    /// Each stage's proposals, indexed for mapping offsets.
    shifts: Vec<Shifts>,
}

impl Stages {
    pub fn new(source: String) -> Self {
        Stages {
            texts: vec![source],
            outcomes: Vec::new(),
            shifts: Vec::new(),
        }
    }

    pub fn current(&self) -> &str {
        self.texts.last().map_or("", String::as_str)
    }

    /// Applies a stage. Overlapping proposals cannot both be right: the first one (in text
    /// order, then in the order proposed) wins and the others are dropped.
    pub fn push(&mut self, outcome: Outcome) {
        if outcome.proposals.is_empty() && outcome.suspects.is_empty() {
            return;
        }
        let mut proposals = outcome.proposals;
        proposals.sort_by_key(|p| (p.start, p.end));
        let mut kept: Vec<Proposal> = Vec::with_capacity(proposals.len());
        for p in proposals {
            if kept
                .last()
                .is_none_or(|last| p.start >= last.end && p.start > last.start)
            {
                kept.push(p);
            }
        }
        let input = self.current();
        let mut output = String::with_capacity(input.len() + kept.len() * 4);
        let mut at = 0;
        for p in &kept {
            output.push_str(&input[at..p.start]);
            output.push_str(&p.replacement);
            at = p.end;
        }
        output.push_str(&input[at..]);
        self.texts.push(output);
        self.shifts.push(Shifts::new(&kept));
        self.outcomes.push((kept, outcome.suspects));
    }

    /// The output text, every edit located in source and output, every suspect located.
    pub fn finish(self) -> (String, Vec<Edit>, Vec<Suspect>) {
        let source = &self.texts[0];
        let lines = LineIndex::new(source);
        let mut edits = Vec::new();
        let mut suspects = Vec::new();
        for (stage, (proposals, raw)) in self.outcomes.iter().enumerate() {
            let mut delta: isize = 0;
            for p in proposals {
                let source_offset = self.map_back(stage, p.start);
                let stage_output = (p.start as isize + delta) as usize;
                let output_offset = self.map_forward(stage + 1, stage_output);
                let (line, column) = lines.line_col(source, source_offset);
                edits.push(Edit {
                    rule: p.rule.to_string(),
                    class: p.class,
                    line,
                    column,
                    offset: source_offset,
                    output_offset,
                    before: self.texts[stage][p.start..p.end].to_string(),
                    after: p.replacement.clone(),
                    evidence: p.evidence.clone(),
                });
                delta += p.replacement.len() as isize - (p.end - p.start) as isize;
            }
            for s in raw {
                let (line, column) = lines.line_col(source, self.map_back(stage, s.offset));
                let (text, candidates) = self.as_output_reads(stage, s);
                suspects.push(Suspect {
                    line,
                    column,
                    output_offset: self.map_forward(stage, s.offset),
                    text,
                    candidates,
                    reason: s.reason.clone(),
                });
            }
        }
        edits.sort_by_key(|e| e.output_offset);
        suspects.sort_by_key(|s| s.output_offset);
        let text = self.texts.into_iter().last().unwrap_or_default();
        (text, edits, suspects)
    }

    /// A suspect's text, and its candidates, as the output reads at its place: a probable
    /// quotation whose words were repaired in the same pass ("renamed Dubek") is offered with
    /// the repaired words (“Dubček”), not the damaged ones.
    fn as_output_reads(&self, stage: usize, suspect: &RawSuspect) -> (String, Vec<String>) {
        let unchanged = (suspect.text.clone(), suspect.candidates.clone());
        let span = suspect.offset..suspect.offset + suspect.text.len();
        let (Some(output), Some(input)) = (self.texts.last(), self.texts.get(stage)) else {
            return unchanged;
        };
        if suspect.text.is_empty() || input.get(span.clone()) != Some(suspect.text.as_str()) {
            return unchanged;
        }
        let start = self.map_forward(stage, span.start);
        let end = self.map_forward(stage, span.end);
        match output.get(start..end) {
            Some(now) if now != suspect.text => (
                now.to_string(),
                suspect
                    .candidates
                    .iter()
                    .map(|c| c.replace(&suspect.text, now))
                    .collect(),
            ),
            _ => unchanged,
        }
    }

    /// An offset in the input of stage `stage`, mapped back to the decoded source.
    fn map_back(&self, stage: usize, mut offset: usize) -> usize {
        for shifts in self.shifts[..stage].iter().rev() {
            offset = shifts.back(offset);
        }
        offset
    }

    /// An offset in the input of stage `stage`, mapped forward to the final output.
    fn map_forward(&self, stage: usize, mut offset: usize) -> usize {
        for shifts in &self.shifts[stage..] {
            offset = shifts.forward(offset);
        }
        offset
    }
}

/// Where a stage's proposals are in its input and in its output, for mapping offsets through
/// the stage by binary search: a walk over every proposal for each offset was quadratic in
/// the text's length (10 MB have tens of thousands of edits and suspects).
#[derive(Debug)]
struct Shifts {
    spans: Vec<Shift>,
}

/// One proposal's span in the stage's input and in its output.
#[derive(Debug)]
struct Shift {
    start: usize,
    end: usize,
    out_start: usize,
    out_end: usize,
}

impl Shifts {
    /// `proposals` sorted by start, none overlapping and no two at one start (as
    /// [`Stages::push`] keeps them).
    fn new(proposals: &[Proposal]) -> Self {
        let mut delta: isize = 0;
        let spans = proposals
            .iter()
            .map(|p| {
                let out_start = p.start.saturating_add_signed(delta);
                delta += p.replacement.len() as isize - (p.end - p.start) as isize;
                Shift {
                    start: p.start,
                    end: p.end,
                    out_start,
                    out_end: out_start + p.replacement.len(),
                }
            })
            .collect();
        Shifts { spans }
    }

    /// Maps an offset in the stage's output to its input; inside a replacement, to its start.
    fn back(&self, offset: usize) -> usize {
        let passed = self.spans.partition_point(|s| s.out_start <= offset);
        match passed.checked_sub(1).map(|i| &self.spans[i]) {
            None => offset,
            Some(last) if offset < last.out_end => last.start,
            Some(last) => offset - last.out_end + last.end,
        }
    }

    /// Maps an offset in the stage's input to its output; inside a replacement, to its start.
    /// An offset where something is inserted stays before the insertion.
    fn forward(&self, offset: usize) -> usize {
        let mut passed = self.spans.partition_point(|s| s.start < offset);
        if self
            .spans
            .get(passed)
            .is_some_and(|s| s.start == offset && s.end > s.start)
        {
            passed += 1;
        }
        match passed.checked_sub(1).map(|i| &self.spans[i]) {
            None => offset,
            Some(last) if offset < last.end => last.out_start,
            Some(last) => offset - last.end + last.out_end,
        }
    }
}

/// Line starts of a text, for 1-based line and character column of byte offsets.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let column = text[self.starts[line]..offset].chars().count() + 1;
        (line + 1, column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn insert(at: usize, text: &str) -> Proposal {
        Proposal {
            start: at,
            end: at,
            replacement: text.into(),
            rule: "test",
            class: Class::Apostrophe,
            evidence: String::new(),
        }
    }

    /// The linear walk `Shifts` replaced: maps an offset in a stage's output to its input; inside a replacement, to its start.
    fn walk_back(proposals: &[Proposal], offset: usize) -> usize {
        let mut delta: isize = 0;
        for p in proposals {
            let out_start = (p.start as isize + delta) as usize;
            let out_end = out_start + p.replacement.len();
            if offset < out_start {
                break;
            }
            if offset < out_end {
                return p.start;
            }
            delta += p.replacement.len() as isize - (p.end - p.start) as isize;
        }
        (offset as isize - delta).max(0) as usize
    }

    /// The linear walk `Shifts` replaced: maps an offset in a stage's input to its output; inside a replacement, to its start.
    fn walk_forward(proposals: &[Proposal], offset: usize) -> usize {
        let mut delta: isize = 0;
        for p in proposals {
            if offset < p.start || (offset == p.start && p.start == p.end) {
                break;
            }
            if offset < p.end {
                return (p.start as isize + delta) as usize;
            }
            delta += p.replacement.len() as isize - (p.end - p.start) as isize;
        }
        (offset as isize + delta).max(0) as usize
    }

    #[test]
    fn shifts_map_as_the_walk_did() {
        // Insertions, replacements and both side by side, at the start and at the end.
        let proposals = vec![
            insert(0, "X"),
            Proposal {
                end: 3,
                ..insert(1, "abc")
            },
            insert(3, "YY"),
            Proposal {
                end: 6,
                ..insert(5, "")
            },
            insert(6, "Z"),
            insert(9, "W"),
        ];
        let shifts = Shifts::new(&proposals);
        for offset in 0..16 {
            assert_eq!(
                shifts.forward(offset),
                walk_forward(&proposals, offset),
                "{offset}"
            );
            assert_eq!(
                shifts.back(offset),
                walk_back(&proposals, offset),
                "{offset}"
            );
        }
    }

    #[test]
    fn offsets_map_through_two_stages() {
        let mut stages = Stages::new("ab\ncd".into());
        stages.push(Outcome {
            proposals: vec![insert(1, "XX")],
            suspects: vec![],
        });
        assert_eq!(stages.current(), "aXXb\ncd");
        stages.push(Outcome {
            proposals: vec![insert(6, "Y")],
            suspects: vec![],
        });
        let (text, edits, _) = stages.finish();
        assert_eq!(text, "aXXb\ncYd");
        assert_eq!((edits[0].offset, edits[0].output_offset), (1, 1));
        assert_eq!((edits[1].offset, edits[1].output_offset), (4, 6));
        assert_eq!((edits[1].line, edits[1].column), (2, 2));
    }
}
