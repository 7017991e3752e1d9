//! Line breaking (typesetting, stage 5): Knuth and Plass's total-fit algorithm over boxes, glue
//! and penalties ("Breaking paragraphs into lines", 1981), as TeX implements it: badness from
//! the adjustment ratio, demerits with line, hyphen, adjacent-fitness and final-hyphen costs,
//! a hard limit on consecutive hyphenated lines, and an emergency pass that lets a line run
//! overfull only when nothing else fits, so the caller can report it. A first-fit breaker
//! and a scorer under the same cost are here too, as the baseline the tests compare with.

use super::items::{Item, INFINITE_PENALTY};

/// Badness of a line whose glue stretches or shrinks by ratio `r`: TeX's 100·|r|³, capped.
fn badness(r: f64) -> f64 {
    (100.0 * r.abs().powi(3)).min(INFINITE_BADNESS)
}

/// TeX's `inf_bad`: the badness of a line that cannot be set within its glue.
const INFINITE_BADNESS: f64 = 10_000.0;
/// The largest stretch ratio accepted outside the emergency pass: TeX's default
/// `\tolerance` = 200 is badness 200, i.e. r = (200/100)^(1/3) ≈ 1.26.
pub const TOLERANCE: f64 = 1.26;
/// Added to every line's badness before squaring (TeX's `\linepenalty` = 10): favours fewer
/// lines when spacing is otherwise equal.
const LINE_PENALTY: f64 = 10.0;
/// Two hyphenated lines in a row (TeX's `\doublehyphendemerits` = 10000).
const DOUBLE_HYPHEN_DEMERITS: f64 = 10_000.0;
/// A very loose line next to a tight one, or the like (TeX's `\adjdemerits` = 10000).
const ADJACENT_FITNESS_DEMERITS: f64 = 10_000.0;
/// A hyphen in the last full line of a paragraph. TeX's `\finalhyphendemerits` is 5000; the
/// edition forbids it wherever avoidable, so it costs more than any spacing within tolerance
/// (a line at the tolerance costs (10 + 200)² ≈ 44 100).
const FINAL_HYPHEN_DEMERITS: f64 = 1.0e6;
/// At most this many hyphenated lines in a row (the edition's rule; TeX has no hard limit).
pub const MAX_CONSECUTIVE_HYPHENS: u8 = 2;

/// One line: items `start..end` are its content (`end` is the break), set at `ratio`.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub start: usize,
    pub end: usize,
    /// Adjustment ratio: > 0 stretched, < 0 shrunk, < -1 overfull.
    pub ratio: f64,
    /// The line ends at a hyphenation point, so a hyphen is drawn.
    pub hyphenated: bool,
}

impl Line {
    pub fn is_overfull(&self) -> bool {
        self.ratio < -1.0 - 1e-9
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
struct Sums {
    width: Vec<f64>,
    stretch: Vec<f64>,
    shrink: Vec<f64>,
}

impl Sums {
    fn new(items: &[Item]) -> Sums {
        let n = items.len() + 1;
        let mut sums = Sums {
            width: Vec::with_capacity(n),
            stretch: Vec::with_capacity(n),
            shrink: Vec::with_capacity(n),
        };
        let (mut w, mut y, mut z) = (0.0, 0.0, 0.0);
        for item in items {
            sums.width.push(w);
            sums.stretch.push(y);
            sums.shrink.push(z);
            match item {
                Item::Box { width, .. } => w += width,
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
        sums
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
    let (penalty_width, _, _) = penalty_of(&items[b]);
    let natural = sums.width[b] - sums.width[start] + penalty_width;
    if natural < measure {
        let stretch = sums.stretch[b] - sums.stretch[start];
        if stretch > 0.0 {
            (measure - natural) / stretch
        } else {
            f64::INFINITY
        }
    } else if natural > measure {
        let shrink = sums.shrink[b] - sums.shrink[start];
        if shrink > 0.0 {
            (measure - natural) / shrink
        } else {
            f64::NEG_INFINITY
        }
    } else {
        0.0
    }
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

/// A possible new break: total demerits, the node it follows, its ratio and state.
type Candidate = (f64, usize, f64, State);

struct Node {
    /// Item index of the break (usize::MAX for the paragraph start).
    position: usize,
    line_start: usize,
    state: State,
    total: f64,
    ratio: f64,
    prev: Option<usize>,
}

impl Node {
    /// The paragraph's start, where every way of breaking it begins.
    const START: Node = Node {
        position: usize::MAX,
        line_start: 0,
        state: START,
        total: 0.0,
        ratio: 0.0,
        prev: None,
    };
}

/// Breaks `items` into lines of width `measure` by total fit. Always returns lines; any line
/// with `is_overfull()` could not be avoided and needs a diagnostic.
pub fn knuth_plass(items: &[Item], measure: f64) -> Vec<Line> {
    if items.is_empty() {
        return Vec::new();
    }
    let sums = Sums::new(items);
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
            let r = ratio(items, sums, start, b, measure);
            if r < -1.0 || forced {
                active.swap_remove(i);
                deactivated_last = Some((a, r));
            } else {
                i += 1;
            }
            let allowed = if pass == Pass::Tolerant {
                (-1.0..=TOLERANCE).contains(&r)
            } else {
                r >= -1.0
            };
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
                *slot = Some((total, a, r, state));
            }
        }
        let mut created = false;
        for (total, a, r, state) in best.iter().flatten().flatten().copied() {
            nodes.push(Node {
                position: b,
                line_start: line_start_after(items, b),
                state,
                total,
                ratio: r,
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
                    ratio: r,
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
    Some(lines_to(&nodes, end, items))
}

/// The lines of the best way to `end`, first to last, read back through the nodes.
fn lines_to(nodes: &[Node], end: usize, items: &[Item]) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut n = end;
    while let Some(prev) = nodes[n].prev {
        let b = nodes[n].position;
        lines.push(Line {
            start: nodes[prev].line_start,
            end: b,
            ratio: nodes[n].ratio,
            hyphenated: hyphen_drawn(&items[b]),
        });
        n = prev;
    }
    lines.reverse();
    lines
}

/// First fit: each line takes as much as fits (shrinking if need be), as a word processor does.
pub fn first_fit(items: &[Item], measure: f64) -> Vec<Line> {
    let sums = Sums::new(items);
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
                lines.push(Line {
                    start,
                    end: at,
                    ratio: ratio(items, &sums, start, at, measure),
                    hyphenated: hyphen_drawn(&items[at]),
                });
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
pub fn total_demerits(items: &[Item], lines: &[Line], measure: f64) -> Option<f64> {
    let sums = Sums::new(items);
    let mut state = START;
    let mut total = 0.0;
    for (n, line) in lines.iter().enumerate() {
        let r = ratio(items, &sums, line.start, line.end, measure);
        if !(-1.0..=TOLERANCE).contains(&r) {
            return None;
        }
        let (_, cost, flagged) = penalty_of(&items[line.end]);
        let (d, next) = line_demerits(r, cost, flagged, state, n + 1 == lines.len())?;
        total += d;
        state = next;
    }
    Some(total)
}
