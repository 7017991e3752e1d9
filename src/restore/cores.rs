//! Work spread over the machine's cores: restore's questions to the Hunspell dictionaries do
//! not depend on one another, and each costs milliseconds.

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
}
