//! Aligning two sequences (of words, of block kinds): Myers' diff (the `similar` crate, used
//! only here) where the stretch to align is small, and patience anchoring around it where it
//! is large, so the time stays bounded when a revision shares little with its source.

use std::collections::HashMap;
use std::hash::Hash;
use std::ops::Range;

use similar::{capture_diff_slices, Algorithm, DiffOp};

/// One step of an alignment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Op {
    /// `len` items equal, from `old` and `new` on.
    Equal { old: usize, new: usize, len: usize },
    /// The items of `old` became those of `new` (either may be empty).
    Changed {
        old: Range<usize>,
        new: Range<usize>,
    },
}

/// The largest stretch (old and new items together) aligned by Myers directly. Myers takes
/// time proportional to the stretch times the number of differences, so at most this squared,
/// about 10⁸ steps (a second) when nothing in the stretch is shared; larger stretches are
/// first cut at words that occur once on each side. This edition's text (7,000 words against
/// its source) is cut into a few stretches, each aligned as Myers alone would.
const MYERS_LIMIT: usize = 10_000;

/// Aligns `old` with `new`, in order. Deterministic: the same sequences give the same steps.
pub fn align<T: Hash + Eq + Ord>(old: &[T], new: &[T]) -> Vec<Op> {
    let mut ops = Vec::new();
    align_into(old, 0..old.len(), new, 0..new.len(), &mut ops);
    merge_adjacent(ops)
}

fn align_into<T: Hash + Eq + Ord>(
    old: &[T],
    old_range: Range<usize>,
    new: &[T],
    new_range: Range<usize>,
    ops: &mut Vec<Op>,
) {
    if old_range.len() + new_range.len() <= MYERS_LIMIT {
        myers(old, old_range, new, new_range, ops);
        return;
    }
    let anchors = unique_common(&old[old_range.clone()], &new[new_range.clone()]);
    if anchors.is_empty() {
        // Nothing to hold on to: the whole stretch is one change, reported at once rather
        // than aligned word by word in quadratic time.
        ops.push(Op::Changed {
            old: old_range,
            new: new_range,
        });
        return;
    }
    let (mut old_at, mut new_at) = (old_range.start, new_range.start);
    for (o, n) in anchors {
        let (o, n) = (old_range.start + o, new_range.start + n);
        align_into(old, old_at..o, new, new_at..n, ops);
        ops.push(Op::Equal {
            old: o,
            new: n,
            len: 1,
        });
        (old_at, new_at) = (o + 1, n + 1);
    }
    align_into(old, old_at..old_range.end, new, new_at..new_range.end, ops);
}

fn myers<T: Hash + Eq + Ord>(
    old: &[T],
    old_range: Range<usize>,
    new: &[T],
    new_range: Range<usize>,
    ops: &mut Vec<Op>,
) {
    let (o, n) = (old_range.start, new_range.start);
    for op in capture_diff_slices(Algorithm::Myers, &old[old_range], &new[new_range]) {
        ops.push(match op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => Op::Equal {
                old: o + old_index,
                new: n + new_index,
                len,
            },
            changed => {
                let (a, b) = (changed.old_range(), changed.new_range());
                Op::Changed {
                    old: o + a.start..o + a.end,
                    new: n + b.start..n + b.end,
                }
            }
        });
    }
}

/// Items that occur exactly once in `old` and once in `new`, as (old index, new index) pairs
/// in the longest order both sides agree on (patience sorting's longest increasing run).
fn unique_common<T: Hash + Eq + Ord>(old: &[T], new: &[T]) -> Vec<(usize, usize)> {
    // Each item's count in `old`, count in `new`, and index in `old`.
    let mut counts: HashMap<&T, (usize, usize, usize)> = HashMap::new();
    for (i, item) in old.iter().enumerate() {
        counts.entry(item).or_insert((0, 0, i)).0 += 1;
    }
    for item in new {
        if let Some(count) = counts.get_mut(item) {
            count.1 += 1;
        }
    }
    // In the order of `new`'s positions, never the map's, so the result is deterministic.
    let pairs: Vec<(usize, usize)> = new
        .iter()
        .enumerate()
        .filter_map(|(j, item)| match counts.get(item) {
            Some(&(1, 1, i)) => Some((i, j)),
            _ => None,
        })
        .collect();
    longest_increasing(&pairs)
}

/// The longest run of `pairs` (sorted by new index) whose old indices increase.
fn longest_increasing(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    // tails[k]: index in `pairs` of the smallest old index ending a run of length k + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut previous = vec![usize::MAX; pairs.len()];
    for (i, &(old, _)) in pairs.iter().enumerate() {
        let k = tails.partition_point(|&t| pairs[t].0 < old);
        if k > 0 {
            previous[i] = tails[k - 1];
        }
        if k == tails.len() {
            tails.push(i);
        } else {
            tails[k] = i;
        }
    }
    let mut run = Vec::with_capacity(tails.len());
    let mut at = tails.last().copied();
    while let Some(i) = at {
        run.push(pairs[i]);
        at = (previous[i] != usize::MAX).then(|| previous[i]);
    }
    run.reverse();
    run
}

/// Joins neighbouring steps of one kind, which cutting at anchors leaves apart.
fn merge_adjacent(ops: Vec<Op>) -> Vec<Op> {
    let mut out: Vec<Op> = Vec::with_capacity(ops.len());
    for op in ops {
        match (out.last_mut(), op) {
            (
                Some(Op::Equal { old, new, len }),
                Op::Equal {
                    old: o,
                    new: n,
                    len: l,
                },
            ) if *old + *len == o && *new + *len == n => *len += l,
            (Some(Op::Changed { old, new }), Op::Changed { old: o, new: n })
                if old.end == o.start && new.end == n.start =>
            {
                old.end = o.end;
                new.end = n.end;
            }
            (_, Op::Changed { old, new }) if old.is_empty() && new.is_empty() => {}
            (_, op) => out.push(op),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        s.split_whitespace().collect()
    }

    #[test]
    fn small_stretches_align_as_myers() {
        let ops = align(&words("a b c d"), &words("a x c d"));
        assert_eq!(
            ops,
            vec![
                Op::Equal {
                    old: 0,
                    new: 0,
                    len: 1
                },
                Op::Changed {
                    old: 1..2,
                    new: 1..2
                },
                Op::Equal {
                    old: 2,
                    new: 2,
                    len: 2
                },
            ]
        );
    }

    #[test]
    fn large_texts_are_cut_at_unique_words_and_align_the_same() {
        // 20,000 words with a change every 1,000: past the limit, so anchored first.
        let old: Vec<String> = (0..20_000).map(|i| format!("w{i}")).collect();
        let mut new = old.clone();
        for i in (500..20_000).step_by(1_000) {
            new[i] = format!("changed{i}");
        }
        let ops = align(&old, &new);
        let changed: Vec<_> = ops
            .iter()
            .filter_map(|op| match op {
                Op::Changed { old, new } => Some((old.clone(), new.clone())),
                Op::Equal { .. } => None,
            })
            .collect();
        assert_eq!(changed.len(), 20);
        assert!(changed.iter().all(|(o, n)| o.len() == 1 && o == n));
    }

    #[test]
    fn texts_with_nothing_in_common_are_one_change_at_once() {
        let old: Vec<String> = (0..200_000).map(|i| format!("a{}", i % 7)).collect();
        let new: Vec<String> = (0..200_000).map(|i| format!("b{}", i % 7)).collect();
        let ops = align(&old, &new);
        assert_eq!(
            ops,
            vec![Op::Changed {
                old: 0..200_000,
                new: 0..200_000
            }]
        );
    }
}
