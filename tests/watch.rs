//! `folio watch`: the first build, a rebuild after the manuscript is saved, a failed build
//! that shows its diagnostic and keeps the last good outputs, and a recovery. The watcher runs
//! as a child process and is killed at the end; every wait is bounded.

mod common;

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

use common::{repo, unzip};

/// The longest wait for one build (a debug build of the fixture takes under a second alone,
/// several on a loaded two-core machine).
const BUILD_WAIT: Duration = Duration::from_secs(60);

/// The watcher, killed when dropped.
struct Watcher {
    child: Child,
    lines: Receiver<String>,
}

impl Drop for Watcher {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Watcher {
    fn start(edition: &Path) -> Watcher {
        let mut child = Command::new(env!("CARGO_BIN_EXE_folio"))
            .args(["watch", "--format", "epub"])
            .current_dir(edition)
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .expect("folio watch starts");
        let stderr = child.stderr.take().expect("piped");
        let (send, lines) = channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if send.send(line).is_err() {
                    break;
                }
            }
        });
        Watcher { child, lines }
    }

    /// The lines printed until one contains `wanted`, that line included.
    fn until(&self, wanted: &str) -> Vec<String> {
        let deadline = Instant::now() + BUILD_WAIT;
        let mut seen = Vec::new();
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    let done = line.contains(wanted);
                    seen.push(line);
                    if done {
                        return seen;
                    }
                }
                Err(_) => break,
            }
        }
        panic!(
            "no line with {wanted:?} within {BUILD_WAIT:?}; printed:\n{}",
            seen.join("\n")
        );
    }
}

fn chapter_text(epub: &Path) -> String {
    unzip(&std::fs::read(epub).unwrap())
        .into_iter()
        .filter(|(name, _)| name.starts_with("OEBPS/text/chapter"))
        .map(|(_, bytes)| String::from_utf8(bytes).unwrap())
        .collect()
}

#[test]
fn a_saved_change_is_rebuilt_and_a_broken_one_keeps_the_last_good_outputs() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = repo().join("tests/fixtures/typeset/edition");
    std::fs::create_dir(dir.path().join("manuscript")).unwrap();
    for file in ["edition.toml", "manuscript/fixture.md"] {
        std::fs::copy(fixture.join(file), dir.path().join(file)).unwrap();
    }
    let manuscript = dir.path().join("manuscript/fixture.md");
    let epub = dir.path().join("out/fixture.epub");
    let original = std::fs::read_to_string(&manuscript).unwrap();
    let watcher = Watcher::start(dir.path());
    watcher.until("watching");
    assert!(epub.is_file(), "the first build wrote the EPUB");

    let revised = format!("{original}\nA sentence added while watching.\n");
    std::fs::write(&manuscript, &revised).unwrap();
    let lines = watcher.until("built");
    assert!(
        lines.last().unwrap().contains("manuscript/fixture.md"),
        "{lines:?}"
    );
    assert!(chapter_text(&epub).contains("A sentence added while watching."));

    std::fs::write(
        &manuscript,
        format!("{revised}\nA broken reference[^missing].\n"),
    )
    .unwrap();
    let lines = watcher.until("failed");
    assert!(
        lines.iter().any(|l| l.contains("error[M003]")),
        "the diagnostic is shown: {lines:?}"
    );
    assert!(lines.last().unwrap().contains("last good outputs are kept"));
    let kept = chapter_text(&epub);
    assert!(kept.contains("A sentence added while watching."));
    assert!(!kept.contains("A broken reference"));

    std::fs::write(&manuscript, &original).unwrap();
    watcher.until("built");
    assert!(!chapter_text(&epub).contains("A sentence added while watching."));
}
