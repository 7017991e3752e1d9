//! Line breaking (typesetting, stage 5): Knuth and Plass's total-fit algorithm over boxes, glue
//! and penalties ("Breaking paragraphs into lines", 1981), as TeX implements it: badness from
//! the adjustment ratio, demerits with line, hyphen, adjacent-fitness and final-hyphen costs,
//! a hard limit on consecutive hyphenated lines, and an emergency pass that lets a line run
//! overfull only when nothing else fits, so the caller can report it. Glyphs may be widened
//! or narrowed a little (font expansion, pdfTeX's `\pdfadjustspacing`): the letters take what
//! they can of a line's shortfall first and the spaces the rest, so word spaces stay near their
//! natural width. A first-fit breaker and a scorer under the same cost are here too, as the
//! baseline the tests compare with. Punctuation at a justified line's edges may hang into the margin
//! (`protrusion`); the room it frees counts as part of the line.

use super::items::{Item, FILL, INFINITE_PENALTY};
use super::protrusion;

/// Badness of a line whose glue stretches or shrinks by ratio `r`: TeX's 100·|r|³, capped.
fn badness(r: f64) -> f64 {
    (100.0 * r.abs().powi(3)).min(INFINITE_BADNESS)
}

/// TeX's `inf_bad`: the badness of a line that cannot be set within its glue.
const INFINITE_BADNESS: f64 = 10_000.0;
/// The largest stretch ratio accepted outside the emergency pass: TeX's default
/// `\tolerance` = 200 is badness 200, i.e. r = (200/100)^(1/3) ≈ 1.26.
pub const TOLERANCE: f64 = 1.26;
/// The most a line's spaces stretch when nothing within `TOLERANCE` can be found (the loose
/// pass): 2.5 times their stretch of half a space makes a space 2.25 times its natural width,
/// about 0.45 em, the widest a justified line may show (issue 15 allows no line over 0.55 em,
/// and 0.50 in the body). A line that needs more is set short, ragged.
pub const MAX_GLUE_RATIO: f64 = 2.5;
/// Added to every line's badness before squaring (TeX's `\linepenalty` = 10): favours fewer
/// lines when spacing is otherwise equal.
const LINE_PENALTY: f64 = 10.0;
/// Two hyphenated lines in a row: ten times TeX's `\doublehyphendemerits`, more than a
/// line at the tolerance costs ((10 + 200)² ≈ 44 100), so a pair is set only where every
/// other way of breaking the paragraph is worse than a loose line. (At TeX's 10 000 the
/// edition had three pairs; the hard limit below allows two in a row at most.)
const DOUBLE_HYPHEN_DEMERITS: f64 = 100_000.0;
/// A very loose line next to a tight one, or the like (TeX's `\adjdemerits` = 10000).
const ADJACENT_FITNESS_DEMERITS: f64 = 10_000.0;
/// A hyphen in the last full line of a paragraph. TeX's `\finalhyphendemerits` is 5000; the
/// edition forbids it wherever avoidable, so it costs more than any spacing within tolerance
/// (a line at the tolerance costs (10 + 200)² ≈ 44 100).
const FINAL_HYPHEN_DEMERITS: f64 = 1.0e6;
/// At most this many hyphenated lines in a row (the edition's rule; TeX has no hard limit).
pub const MAX_CONSECUTIVE_HYPHENS: u8 = 2;

/// The most a line's glyphs are widened or narrowed: 2 %, pdfTeX's and microtype's usual
/// limit, below which a reader does not see letters change shape but which gives a line of
/// sixty letters about as much give as two more word spaces.
pub const EXPANSION: f64 = 0.02;
/// Expansion is chosen in steps of a quarter per cent, as pdfTeX chooses it in steps: lines
/// whose letters differ by less are never set side by side, and a step is finer than the
/// eye tells apart between neighbouring lines.
const EXPANSION_STEP: f64 = 0.0025;

/// One line: items `start..end` are its content (`end` is the break), set at `ratio`.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub start: usize,
    pub end: usize,
    /// Adjustment ratio of the line's spaces once its letters took their expansion: > 0
    /// stretched, < 0 shrunk, < -1 overfull.
    pub ratio: f64,
    /// How much the line's glyphs are widened (> 0) or narrowed (< 0), as a fraction of their
    /// width: a step of `EXPANSION_STEP`, at most `EXPANSION`.
    pub expansion: f64,
    /// The ratio its word spaces are set at once the glyphs have taken `expansion`.
    pub glue_ratio: f64,
    /// The line ends at a hyphenation point, so a hyphen is drawn.
    pub hyphenated: bool,
    /// Points its first glyph hangs into the left margin: the line is drawn from there.
    pub hang_left: f64,
    /// Points its last glyph (or hyphen) hangs into the right margin.
    pub hang_right: f64,
}

/// Whether punctuation at a line's edges may hang into the margins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edges {
    /// Justified text: the edge the eye sees is made straight (see `protrusion`).
    Hanging,
    /// Centred or otherwise unjustified lines: nothing hangs.
    Flush,
}

impl Line {
    pub fn is_overfull(&self) -> bool {
        self.ratio < -1.0 - 1e-9
    }

    /// A line whose spaces would have to stretch beyond `MAX_GLUE_RATIO` to justify it (a
    /// long word or address that cannot be broken follows it). It is set with its spaces at
    /// that limit and falls short of the measure: a ragged line where TeX would set holes.
    pub fn is_underfull(&self) -> bool {
        self.glue_ratio >= MAX_GLUE_RATIO
    }
}

/// Fitness classes (TeX): tight, decent, loose, very loose.
fn fitness(r: f64) -> u8 {
    if r < -0.5 {
        0
    } else if r <= 0.5 {
        1
    } else if r <= 1.0 {
        2
    } else {
        3
    }
}

/// Prefix sums of widths, stretch and shrink, so any line's totals are two subtractions.
/// `glyphs` is the width of drawn boxes, whose letters may expand. `hang_left[i]` is how far
/// a line starting at item `i` hangs into the left margin, `hang_right[b]` how far a line
/// ending at break `b` hangs into the right one (both 0 with `Edges::Flush`).
struct Sums {
    width: Vec<f64>,
    stretch: Vec<f64>,
    shrink: Vec<f64>,
    glyphs: Vec<f64>,
    hang_left: Vec<f64>,
    hang_right: Vec<f64>,
}

impl Sums {
    fn new(items: &[Item], edges: Edges) -> Sums {
        let n = items.len() + 1;
        let mut sums = Sums {
            width: Vec::with_capacity(n),
            stretch: Vec::with_capacity(n),
            shrink: Vec::with_capacity(n),
            glyphs: Vec::with_capacity(n),
            hang_left: Vec::new(),
            hang_right: Vec::new(),
        };
        if edges == Edges::Hanging {
            sums.hang_left = items.iter().map(hang_left_of).collect();
            sums.hang_right = (0..items.len()).map(|b| hang_right_at(items, b)).collect();
        }
        let (mut w, mut y, mut z, mut g) = (0.0, 0.0, 0.0, 0.0);
        for item in items {
            sums.width.push(w);
            sums.stretch.push(y);
            sums.shrink.push(z);
            sums.glyphs.push(g);
            match item {
                Item::Box { width, run, .. } => {
                    w += width;
                    if run.is_some() {
                        g += width;
                    }
                }
                Item::Glue {
                    width,
                    stretch,
                    shrink,
                } => {
                    w += width;
                    y += stretch;
                    z += shrink;
                }
                Item::Penalty { .. } => {}
            }
        }
        sums.width.push(w);
        sums.stretch.push(y);
        sums.shrink.push(z);
        sums.glyphs.push(g);
        sums
    }

    /// How far a line starting at item `start` hangs into the left margin.
    fn hang_left(&self, start: usize) -> f64 {
        self.hang_left.get(start).copied().unwrap_or(0.0)
    }

    /// The line `start..b`'s natural width (less what hangs into the margins), glue
    /// stretch and shrink, and glyph width.
    fn line(&self, items: &[Item], start: usize, b: usize) -> LineSums {
        let (penalty_width, _, _) = penalty_of(&items[b]);
        LineSums {
            natural: self.width[b] - self.width[start] + penalty_width
                - self.hang_left(start)
                - self.hang_right.get(b).copied().unwrap_or(0.0),
            stretch: self.stretch[b] - self.stretch[start],
            shrink: self.shrink[b] - self.shrink[start],
            glyphs: self.glyphs[b] - self.glyphs[start],
        }
    }
}

/// The left hang of a line whose first item is `item`: an indent or a space hangs nothing.
fn hang_left_of(item: &Item) -> f64 {
    match item {
        Item::Box { run: Some(run), .. } => protrusion::left(run),
        _ => 0.0,
    }
}

/// The right hang of a line ending at break `b`: its drawn hyphen's, or its last box's.
fn hang_right_at(items: &[Item], b: usize) -> f64 {
    if let Item::Penalty {
        hyphen: Some(hyphen),
        ..
    } = &items[b]
    {
        return protrusion::right(hyphen);
    }
    items[..b]
        .iter()
        .rev()
        .find_map(|item| match item {
            Item::Box { run, .. } => Some(run.as_ref().map_or(0.0, protrusion::right)),
            _ => None,
        })
        .unwrap_or(0.0)
}

/// One line's totals.
struct LineSums {
    natural: f64,
    stretch: f64,
    shrink: f64,
    glyphs: f64,
}

impl LineSums {
    /// The letters' expansion at `measure`, in steps: they take what they can of the line's
    /// shortfall or excess first, and the spaces only the rest, as pdfTeX sets its lines. (Shared
    /// in proportion instead, as folio did until 30 November, every justified line's spaces
    /// moved with its letters, and the body's median word space was 0.207 em beside LuaLaTeX and
    /// microtype's 0.199.) A line whose spaces stretch without limit (a paragraph's last) is
    /// not expanded.
    fn expansion(&self, measure: f64) -> f64 {
        if self.stretch >= FILL || self.glyphs <= 0.0 {
            return 0.0;
        }
        let wanted = (measure - self.natural) / self.glyphs;
        // Most lines the breaker weighs are far too short or too long: no rounding for them.
        if wanted.abs() >= EXPANSION {
            return EXPANSION.copysign(wanted);
        }
        let steps = wanted / EXPANSION_STEP;
        // The nearest step, when spaces take what it leaves; a line with none to shrink (one
        // long word) takes the step below, so that it falls short rather than overfull.
        let steps = if self.shrink > 0.0 {
            steps.round()
        } else {
            steps.floor()
        };
        steps * EXPANSION_STEP
    }

    /// Adjustment ratio of the spaces at `measure`, once the letters have taken their
    /// expansion: what badness and fitness are measured on. A line with no space to stretch
    /// that a step's rounding leaves short (by less than a step of its letters' width) costs
    /// nothing; one too wide with no space to shrink is overfull.
    fn ratio(&self, measure: f64) -> f64 {
        let rest = measure - self.natural - self.expansion(measure) * self.glyphs;
        if rest > 0.0 {
            if self.stretch > 0.0 {
                rest / self.stretch
            } else if rest <= EXPANSION_STEP * self.glyphs + 1e-9 {
                0.0
            } else {
                f64::INFINITY
            }
        } else if rest < 0.0 {
            if self.shrink > 0.0 {
                rest / self.shrink
            } else {
                f64::NEG_INFINITY
            }
        } else {
            0.0
        }
    }

    /// Whether the line is within the tolerance at `measure` (see `total_ratio`).
    fn within_tolerance(&self, measure: f64) -> bool {
        (-1.0..=TOLERANCE).contains(&self.total_ratio(measure))
    }

    /// The line's whole adjustment ratio, its letters' expansion counted as stretch and shrink
    /// beside its spaces': what the tolerance is measured on. Measured on the spaces alone,
    /// after the letters' share, the tolerance let fewer loose lines through than when the two
    /// shared in proportion, and the edition's body had three pairs of hyphenated lines
    /// instead of one.
    fn total_ratio(&self, measure: f64) -> f64 {
        let give = if self.stretch >= FILL {
            0.0
        } else {
            EXPANSION * self.glyphs
        };
        let excess = measure - self.natural;
        let room = if excess > 0.0 {
            self.stretch + give
        } else {
            self.shrink + give
        };
        if excess == 0.0 {
            0.0
        } else if room > 0.0 {
            excess / room
        } else {
            excess.signum() * f64::INFINITY
        }
    }

    /// The letters' expansion and the ratio of the spaces for a line whose spaces' ratio is
    /// `r`: the spaces stretch only to the limit, past which the line falls short.
    fn split(&self, r: f64, measure: f64) -> (f64, f64) {
        (self.expansion(measure), r.min(MAX_GLUE_RATIO))
    }
}

/// Whether a line may end at item `i`.
fn is_breakpoint(items: &[Item], i: usize) -> bool {
    match &items[i] {
        Item::Penalty { cost, .. } => *cost < INFINITE_PENALTY,
        Item::Glue { .. } => i > 0 && matches!(items[i - 1], Item::Box { .. }),
        Item::Box { .. } => false,
    }
}

/// The first item of the line after a break at `b`: glue and penalties there are discarded.
fn line_start_after(items: &[Item], b: usize) -> usize {
    let mut i = b + 1;
    while i < items.len() {
        match &items[i] {
            Item::Box { .. } => break,
            Item::Penalty { cost, .. } if *cost <= -INFINITE_PENALTY => break,
            _ => i += 1,
        }
    }
    i
}

fn penalty_of(item: &Item) -> (f64, f64, bool) {
    match item {
        Item::Penalty {
            width,
            cost,
            flagged,
            ..
        } => (*width, *cost, *flagged),
        _ => (0.0, 0.0, false),
    }
}

fn hyphen_drawn(item: &Item) -> bool {
    matches!(
        item,
        Item::Penalty {
            hyphen: Some(_),
            ..
        }
    )
}

/// Adjustment ratio of the line `start..b` set to `measure`.
fn ratio(items: &[Item], sums: &Sums, start: usize, b: usize, measure: f64) -> f64 {
    sums.line(items, start, b).ratio(measure)
}

/// What the cost of a line depends on besides its own spacing.
#[derive(Debug, Clone, Copy)]
struct State {
    fitness: u8,
    /// Hyphenated lines in a row ending here.
    hyphens: u8,
}

/// Demerits of one line (TeX's formula), or `None` where the line breaks a hard rule.
fn line_demerits(
    r: f64,
    cost: f64,
    flagged: bool,
    prev: State,
    is_last: bool,
) -> Option<(f64, State)> {
    let bad = badness(r);
    let mut d = (LINE_PENALTY + bad).powi(2);
    if cost >= 0.0 {
        d += cost * cost;
    } else if cost > -INFINITE_PENALTY {
        d -= cost * cost;
    }
    let hyphens = if flagged { prev.hyphens + 1 } else { 0 };
    if hyphens > MAX_CONSECUTIVE_HYPHENS {
        return None;
    }
    if flagged && prev.hyphens > 0 {
        d += DOUBLE_HYPHEN_DEMERITS;
    }
    if is_last && prev.hyphens > 0 {
        d += FINAL_HYPHEN_DEMERITS;
    }
    let fit = fitness(r);
    if fit.abs_diff(prev.fitness) > 1 {
        d += ADJACENT_FITNESS_DEMERITS;
    }
    Some((
        d,
        State {
            fitness: fit,
            hyphens,
        },
    ))
}

const START: State = State {
    fitness: 1,
    hyphens: 0,
};

/// A possible new break: total demerits, the node it follows and its state.
type Candidate = (f64, usize, State);

struct Node {
    /// Item index of the break (usize::MAX for the paragraph start).
    position: usize,
    line_start: usize,
    state: State,
    total: f64,
    prev: Option<usize>,
}

impl Node {
    /// The paragraph's start, where every way of breaking it begins.
    const START: Node = Node {
        position: usize::MAX,
        line_start: 0,
        state: START,
        total: 0.0,
        prev: None,
    };
}

/// Breaks `items` into lines of width `measure` by total fit. Always returns lines; any line
/// with `is_overfull()` could not be avoided and needs a diagnostic.
pub fn knuth_plass(items: &[Item], measure: f64, edges: Edges) -> Vec<Line> {
    if items.is_empty() {
        return Vec::new();
    }
    let sums = Sums::new(items, edges);
    optimal(items, &sums, measure, Pass::Tolerant)
        .or_else(|| optimal(items, &sums, measure, Pass::Loose))
        .unwrap_or_else(|| {
            optimal(items, &sums, measure, Pass::Emergency)
                .expect("the emergency pass always finds breaks")
        })
}

/// The passes, from strictest to the one that always succeeds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pass {
    /// Lines within `TOLERANCE`, every rule kept.
    Tolerant,
    /// Any stretch (loose lines), every rule kept.
    Loose,
    /// Any stretch, the hyphen limit relaxed where it must be, and an overfull line where
    /// nothing else fits.
    Emergency,
}

fn optimal(items: &[Item], sums: &Sums, measure: f64, pass: Pass) -> Option<Vec<Line>> {
    let emergency = pass == Pass::Emergency;
    let mut nodes = vec![Node::START];
    let mut active: Vec<usize> = vec![0];
    let last = items.len() - 1;
    for b in 0..items.len() {
        if !is_breakpoint(items, b) {
            continue;
        }
        let (_, cost, flagged) = penalty_of(&items[b]);
        let forced = cost <= -INFINITE_PENALTY;
        let is_last = b == last;
        // Best new node per (fitness, consecutive hyphens).
        let mut best: [[Option<Candidate>; 3]; 4] = Default::default();
        let mut deactivated_last = None;
        let mut i = 0;
        while i < active.len() {
            let a = active[i];
            let start = nodes[a].line_start;
            if start > b {
                i += 1;
                continue;
            }
            let line = sums.line(items, start, b);
            let r = line.ratio(measure);
            if r < -1.0 || forced {
                active.swap_remove(i);
                deactivated_last = Some((a, r));
            } else {
                i += 1;
            }
            let allowed = r >= -1.0 && (pass != Pass::Tolerant || line.within_tolerance(measure));
            if !allowed {
                continue;
            }
            // In the emergency pass the hyphen limit is relaxed too, if need be.
            let prev_state = nodes[a].state;
            let Some((d, state)) =
                line_demerits(r, cost, flagged, prev_state, is_last).or_else(|| {
                    emergency
                        .then(|| line_demerits(r, cost, flagged, START, is_last))
                        .flatten()
                })
            else {
                continue;
            };
            let total = nodes[a].total + d;
            let slot = &mut best[state.fitness as usize][state.hyphens.min(2) as usize];
            if slot.is_none_or(|(t, ..)| total < t) {
                *slot = Some((total, a, state));
            }
        }
        let mut created = false;
        for (total, a, state) in best.iter().flatten().flatten().copied() {
            nodes.push(Node {
                position: b,
                line_start: line_start_after(items, b),
                state,
                total,
                prev: Some(a),
            });
            active.push(nodes.len() - 1);
            created = true;
        }
        if emergency && !created && active.is_empty() {
            // Nothing can reach this break without overfilling: keep the last node that
            // fell out and break here anyway, as TeX's final pass does (an overfull line).
            if let Some((a, r)) = deactivated_last {
                let (d, state) = line_demerits(r.max(-1.0), cost, flagged, START, is_last)
                    .expect("a fresh state never exceeds the hyphen limit");
                nodes.push(Node {
                    position: b,
                    line_start: line_start_after(items, b),
                    state,
                    total: nodes[a].total + d,
                    prev: Some(a),
                });
                active.push(nodes.len() - 1);
            }
        }
        if active.is_empty() && !emergency {
            return None;
        }
    }
    let end = active
        .iter()
        .copied()
        .filter(|&a| nodes[a].position == last)
        .min_by(|&x, &y| nodes[x].total.total_cmp(&nodes[y].total))?;
    let mut breaks = Vec::new();
    let mut n = end;
    while let Some(prev) = nodes[n].prev {
        breaks.push((nodes[prev].line_start, nodes[n].position));
        n = prev;
    }
    breaks.reverse();
    Some(
        breaks
            .into_iter()
            .map(|(start, b)| line(items, sums, start, b, measure))
            .collect(),
    )
}

/// The line `start..b` at `measure`: its ratio, and how its letters and spaces share it.
fn line(items: &[Item], sums: &Sums, start: usize, b: usize, measure: f64) -> Line {
    let totals = sums.line(items, start, b);
    let ratio = totals.ratio(measure);
    let (expansion, glue_ratio) = totals.split(ratio, measure);
    Line {
        start,
        end: b,
        ratio,
        expansion,
        glue_ratio,
        hyphenated: hyphen_drawn(&items[b]),
        hang_left: sums.hang_left(start),
        hang_right: sums.hang_right.get(b).copied().unwrap_or(0.0),
    }
}

/// First fit: each line takes as much as fits (shrinking if need be), as a word processor does.
pub fn first_fit(items: &[Item], measure: f64, edges: Edges) -> Vec<Line> {
    let sums = Sums::new(items, edges);
    let mut lines = Vec::new();
    let mut start = 0;
    let mut candidate: Option<usize> = None;
    let mut b = 0;
    while b < items.len() {
        if !is_breakpoint(items, b) || b < start {
            b += 1;
            continue;
        }
        let r = ratio(items, &sums, start, b, measure);
        let forced = penalty_of(&items[b]).1 <= -INFINITE_PENALTY;
        let take = if r < -1.0 {
            candidate.or(Some(b))
        } else if forced {
            Some(b)
        } else {
            None
        };
        match take {
            Some(at) => {
                lines.push(line(items, &sums, start, at, measure));
                start = line_start_after(items, at);
                candidate = None;
                b = at + 1;
            }
            None => {
                candidate = Some(b);
                b += 1;
            }
        }
    }
    lines
}

/// Total demerits of a set of lines under the cost `knuth_plass` minimises, or `None` if a
/// line is outside the tolerance or breaks the hyphen limit.
pub fn total_demerits(items: &[Item], lines: &[Line], measure: f64, edges: Edges) -> Option<f64> {
    let sums = Sums::new(items, edges);
    let mut state = START;
    let mut total = 0.0;
    for (n, line) in lines.iter().enumerate() {
        let totals = sums.line(items, line.start, line.end);
        let r = totals.ratio(measure);
        if r < -1.0 || !totals.within_tolerance(measure) {
            return None;
        }
        let (_, cost, flagged) = penalty_of(&items[line.end]);
        let (d, next) = line_demerits(r, cost, flagged, state, n + 1 == lines.len())?;
        total += d;
        state = next;
    }
    Some(total)
}
