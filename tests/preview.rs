//! `folio watch --serve` in a real browser: headless Chromium loads the preview of a copy of
//! the fixture edition; the test saves a change to the manuscript and the page shows the new
//! text, then saves a broken one and the page shows the diagnostic instead of the book. The
//! server refuses paths that would leave its outputs. The watcher and every Chromium run are
//! child processes killed when dropped; every wait is bounded.
//!
//! Chromium is driven with `--dump-dom`, one fresh load per look, so the test needs no
//! DevTools client; the reload after a build is the page's own long poll (`/wait`), which the
//! test times directly. Skipped with a message when Chromium is not installed, and failed
//! then under `FOLIO_REQUIRE_VALIDATORS=1`.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

use common::{find, repo, Validator};

/// The longest wait for one build of the debug binary on a loaded two-core machine.
const BUILD_WAIT: Duration = Duration::from_secs(60);
/// The longest a browser may take to show what a build made.
const PAGE_WAIT: Duration = Duration::from_secs(60);
/// One Chromium run (start, load, dump) at most.
const BROWSER_RUN: Duration = Duration::from_secs(30);

/// A child process killed when dropped, so nothing outlives the test.
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// `folio watch --serve` on a free port, with the lines it prints.
struct Preview {
    _child: Killed,
    lines: Receiver<String>,
    url: String,
}

impl Preview {
    fn start(edition: &Path) -> Preview {
        let mut child = Command::new(env!("CARGO_BIN_EXE_folio"))
            .args(["watch", "--serve", "--port", "0", "--format", "all"])
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
        let mut preview = Preview {
            _child: Killed(child),
            lines,
            url: String::new(),
        };
        let serving = preview.until("serving the preview at ");
        let line = serving.last().unwrap();
        preview.url = line[line.find("http://").expect("a URL")..]
            .trim()
            .to_string();
        assert!(
            preview.url.starts_with("http://127.0.0.1:"),
            "loopback only: {line}"
        );
        preview
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
        panic!("no line with {wanted:?}; printed:\n{}", seen.join("\n"));
    }

    /// host:port, for raw requests.
    fn address(&self) -> &str {
        self.url.trim_start_matches("http://").trim_end_matches('/')
    }
}

/// Sends `GET target` exactly as given (no normalisation, unlike a browser) and returns the
/// status code and body.
fn get(address: &str, target: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(address).expect("the preview answers");
    stream
        .set_read_timeout(Some(Duration::from_secs(40)))
        .unwrap();
    write!(
        stream,
        "GET {target} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).expect("an answer");
    let answer = String::from_utf8_lossy(&answer).into_owned();
    let status = answer
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    let body = answer
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_string())
        .unwrap_or_default();
    (status, body)
}

/// The DOM of `url` once Chromium has loaded it and run its scripts.
fn dom(chromium: &Validator, url: &str) -> String {
    let profile = tempfile::tempdir().unwrap();
    let mut command = chromium.command();
    command
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(url)
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    let mut child = Killed(command.spawn().expect("chromium starts"));
    let mut stdout = child.0.stdout.take().expect("piped");
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stdout.read_to_string(&mut text);
        text
    });
    let deadline = Instant::now() + BROWSER_RUN;
    while child.0.try_wait().ok().flatten().is_none() {
        assert!(
            Instant::now() < deadline,
            "chromium did not finish within {BROWSER_RUN:?}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    reader.join().unwrap()
}

/// Loads `url` until its DOM contains `wanted`, within `PAGE_WAIT`; returns that DOM.
fn dom_until(chromium: &Validator, url: &str, wanted: &[&str]) -> String {
    let deadline = Instant::now() + PAGE_WAIT;
    loop {
        let page = dom(chromium, url);
        if wanted.iter().all(|w| page.contains(w)) {
            return page;
        }
        assert!(
            Instant::now() < deadline,
            "{url} did not show {wanted:?} within {PAGE_WAIT:?}; it shows:\n{page}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The first link of the reader's contents to a chapter of the text.
fn first_chapter(reader: &str) -> String {
    reader
        .split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .find(|href| href.contains("/text/chapter"))
        .unwrap_or_else(|| panic!("no chapter in the contents:\n{reader}"))
        .to_string()
}

fn copy_fixture(dir: &Path) -> PathBuf {
    let fixture = repo().join("tests/fixtures/typeset/edition");
    std::fs::create_dir(dir.join("manuscript")).unwrap();
    for file in ["edition.toml", "manuscript/fixture.md"] {
        std::fs::copy(fixture.join(file), dir.join(file)).unwrap();
    }
    dir.join("manuscript/fixture.md")
}

#[test]
fn the_browser_shows_each_build_and_each_failure() {
    let Some(chromium) = find("chromium") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let manuscript = copy_fixture(dir.path());
    let original = std::fs::read_to_string(&manuscript).unwrap();
    let preview = Preview::start(dir.path());
    preview.until("watching");

    // The reader: the status, the book's documents and the PDF.
    let reader = dom_until(&chromium, &preview.url, &["status built", "fixture.pdf"]);
    let chapter = format!("{}{}", preview.url, &first_chapter(&reader)[1..]);
    let before = dom(&chromium, &chapter);
    assert!(
        before.contains("workers’ councils elected in factories"),
        "the chapter shows the manuscript's text:\n{before}"
    );
    assert!(!before.contains("A sentence added while previewing."));

    // A saved change: the long poll answers with the next build, then the page shows it.
    let (_, generation) = get(preview.address(), "/wait?after=0");
    let generation: u64 = generation.trim().parse().unwrap();
    let saved = Instant::now();
    std::fs::write(
        &manuscript,
        format!("{original}\nA sentence added while previewing.\n"),
    )
    .unwrap();
    let (_, next) = get(preview.address(), &format!("/wait?after={generation}"));
    let latency = saved.elapsed();
    assert_eq!(next.trim(), (generation + 1).to_string());
    eprintln!(
        "the preview had the new build {} ms after the save (debug build)",
        latency.as_millis()
    );
    dom_until(&chromium, &chapter, &["A sentence added while previewing."]);

    // A broken change: the page shows the diagnostic, with its place, instead of the book.
    std::fs::write(
        &manuscript,
        format!("{original}\nA broken reference[^missing].\n"),
    )
    .unwrap();
    let failed = dom_until(
        &chromium,
        &preview.url,
        &["error[M003]", "manuscript/fixture.md:"],
    );
    assert!(failed.contains("status failed"), "{failed}");
    assert!(
        failed.contains("hidden=\"\"") || failed.contains("hidden=\"hidden\""),
        "the book's frame is hidden while the build fails:\n{failed}"
    );

    // Only the build's outputs are served.
    for target in [
        "/book/../edition.toml",
        "/book/%2e%2e/%2e%2e/edition.toml",
        "/book//etc/passwd",
        "/book/OEBPS/..%2f..%2fedition.toml",
    ] {
        assert_eq!(get(preview.address(), target).0, 400, "{target}");
    }
    for target in [
        "/edition.toml",
        "/manuscript/fixture.md",
        "/book/edition.toml",
    ] {
        assert_eq!(get(preview.address(), target).0, 404, "{target}");
    }
    let address = preview.address().to_string();
    drop(preview);
    assert!(
        TcpStream::connect(&address).is_err(),
        "the server stops with the test"
    );
}
