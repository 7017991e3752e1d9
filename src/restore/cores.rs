//! Work spread over the machine's cores: restore's questions to the Hunspell dictionaries do
//! not depend on one another, and each costs milliseconds; the rules that read a long text
//! token by token read its pieces at once.

use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// `work` done on each of `items` on as many threads as the machine has cores (no more than
/// there are items), each thread taking the next item no other has taken; results in the
/// items' order. Items are taken in order, so a caller that knows what costs most puts it
/// first: started last, it would keep one core busy while the others wait.
///
/// As many threads as cores, not one per item: seven dictionaries pruned on seven threads of
/// two cores shared them evenly, so the costliest (Hungarian, half of all the pruning)
/// finished last, long after the others, with one core idle in the meantime.
pub fn on_every_core<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    if items.len() < 2 {
        return items.iter().map(work).collect();
    }
    let threads = cores().min(items.len());
    if threads < 2 {
        return items.iter().map(work).collect();
    }
    let next = AtomicUsize::new(0);
    let worker = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else {
                return done;
            };
            done.push((i, work(item)));
        }
    };
    let mut results: Vec<Option<R>> = std::iter::repeat_with(|| None).take(items.len()).collect();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads).map(|_| scope.spawn(worker)).collect();
        for handle in workers {
            let done = handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            for (i, result) in done {
                results[i] = Some(result);
            }
        }
    });
    results.into_iter().flatten().collect()
}

/// The fewest tokens a piece of a long text has when restore reads it on every core (see
/// [`in_pieces`]): below it a thread costs more than it saves. This edition's article is about
/// 9,000 tokens and is read on one thread; 10 MB is two million, in about two hundred pieces,
/// enough for two cores to finish together.
pub const PIECE: usize = 10_000;

/// `work` done on the pieces `0..len` is cut into, on every core, results in the pieces'
/// order: for rules that read a long text token by token and whose reading of one token does
/// not depend on what they decided before a piece's start. A piece starts only where
/// `may_start` allows (a rule that carries a decision from one token to the next starts
/// after a token it never decides), at least `least` items (one at least) after the one
/// before.
pub fn in_pieces<R: Send>(
    (len, least): (usize, usize),
    may_start: impl Fn(usize) -> bool,
    work: impl Fn(Range<usize>) -> R + Sync,
) -> Vec<R> {
    let least = least.max(1);
    let mut starts: Vec<usize> = vec![0];
    while let Some(start) =
        (starts[starts.len() - 1].saturating_add(least)..len).find(|&i| may_start(i))
    {
        starts.push(start);
    }
    let ends = starts.iter().skip(1).copied().chain(std::iter::once(len));
    let pieces: Vec<Range<usize>> = starts.iter().zip(ends).map(|(&s, e)| s..e).collect();
    on_every_core(&pieces, |piece| work(piece.clone()))
}

/// How many cores the machine gives this process, asked once: the standard library reads
/// the cgroup files under /proc at every call, and restore asks before every dictionary
/// question (most of which need no thread at all), which made 10 MB take 18 s instead of 1.
fn cores() -> usize {
    static CORES: OnceLock<usize> = OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_the_items_order() {
        let items: Vec<u64> = (0..100).collect();
        let squares = on_every_core(&items, |n| {
            // Uneven work, so that threads finish items out of order.
            std::thread::sleep(std::time::Duration::from_micros(n % 7 * 50));
            n * n
        });
        assert_eq!(squares, items.iter().map(|n| n * n).collect::<Vec<_>>());
        assert!(on_every_core(&[] as &[u64], |n| *n).is_empty());
        assert_eq!(on_every_core(&[3u64], |n| n + 1), [4]);
    }

    #[test]
    fn pieces_cover_every_item_once_and_start_where_allowed() {
        let len = PIECE * 5 + 123;
        let may_start = |i: usize| i.is_multiple_of(7);
        let pieces = in_pieces((len, PIECE), may_start, |piece| piece);
        assert!(pieces.len() > 2, "{pieces:?}");
        assert_eq!(pieces[0].start, 0);
        assert_eq!(pieces[pieces.len() - 1].end, len);
        for (one, next) in pieces.iter().zip(&pieces[1..]) {
            assert_eq!(one.end, next.start);
            assert!(
                may_start(next.start) && one.len() >= PIECE,
                "{one:?} {next:?}"
            );
        }
        let nowhere = in_pieces((len, PIECE), |_| false, |piece| piece);
        assert_eq!(nowhere, vec![0..len]);
        assert_eq!(in_pieces((0, PIECE), |_| true, |piece| piece.len()), [0]);
        // One piece, however long the text, when a piece may be as long as any.
        assert_eq!(
            in_pieces((len, usize::MAX), |_| true, |piece| piece),
            vec![0..len]
        );
    }
}
