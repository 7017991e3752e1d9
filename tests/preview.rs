//! `folio watch --serve` in a real browser: headless Chromium opens the preview of a copy of
//! the fixture edition and stays on it; the test saves a change to the manuscript and the open
//! page shows the new text by itself (its long poll, then a reload of its frame), then saves a
//! broken one and the page shows the diagnostic instead of the book, then a fix and the book
//! is back. The server refuses paths that would leave its outputs. The watcher and Chromium
//! are child processes killed when dropped; every wait is bounded.
//!
//! The page is read through Chromium's DevTools protocol (`Runtime.evaluate`) over a minimal
//! WebSocket client written here, rather than a new dependency. Skipped with a message when
//! Chromium is not installed, and failed then under `FOLIO_REQUIRE_VALIDATORS=1`.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use common::{find, repo, Killed, Validator, Watching};

/// The longest wait for one build of the debug binary on a loaded two-core machine.
const BUILD_WAIT: Duration = Duration::from_secs(60);
/// The longest a browser may take to show what a build made.
const PAGE_WAIT: Duration = Duration::from_secs(60);
/// The longest Chromium may take to start: a first start in a new profile took over 30 s on
/// a two-core machine while other tests and a restore evaluation ran (2 December 2026).
const BROWSER_START: Duration = Duration::from_secs(90);

/// `folio watch --serve` on a free port, with the lines it prints.
struct Preview {
    watching: Watching,
    url: String,
}

impl Preview {
    fn start(edition: &Path) -> Preview {
        let watching = Watching::start(edition, &["--serve", "--port", "0", "--format", "all"]);
        let serving = watching.until("serving the preview at ", BUILD_WAIT);
        let line = serving.last().unwrap();
        let url = line[line.find("http://").expect("a URL")..]
            .trim()
            .to_string();
        assert!(
            url.starts_with("http://127.0.0.1:"),
            "loopback only: {line}"
        );
        Preview { watching, url }
    }

    /// The lines printed until one contains `wanted`, that line included.
    fn until(&self, wanted: &str) -> Vec<String> {
        self.watching.until(wanted, BUILD_WAIT)
    }

    /// host:port, for raw requests.
    fn address(&self) -> &str {
        self.url.trim_start_matches("http://").trim_end_matches('/')
    }
}

/// Sends `GET target` exactly as given (no normalisation, unlike a browser) and returns the
/// status code and body (read to its `Content-Length`: Chromium keeps the connection open).
fn get(address: &str, target: &str) -> (u16, String) {
    let stream = TcpStream::connect(address).expect("the server answers");
    stream
        .set_read_timeout(Some(Duration::from_secs(40)))
        .unwrap();
    let mut reader = BufReader::new(stream);
    write!(
        reader.get_mut(),
        "GET {target} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut status_line = String::new();
    reader.read_line(&mut status_line).expect("an answer");
    let status = status_line
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    let mut length = None;
    loop {
        let mut header = String::new();
        reader.read_line(&mut header).expect("a header");
        if header.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse::<usize>().ok();
            }
        }
    }
    let mut body = Vec::new();
    match length {
        Some(length) => {
            body.resize(length, 0);
            reader.read_exact(&mut body).expect("the body");
        }
        None => {
            reader.read_to_end(&mut body).expect("the body");
        }
    }
    (status, String::from_utf8_lossy(&body).into_owned())
}

/// Headless Chromium open on one page, read through the DevTools protocol.
struct Browser {
    socket: TcpStream,
    next_id: u64,
    _child: Killed,
    _profile: tempfile::TempDir,
}

impl Browser {
    fn open(chromium: &Validator, url: &str) -> Browser {
        let profile = tempfile::tempdir().unwrap();
        let child = chromium
            .command()
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--remote-debugging-port=0",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg(url)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromium starts");
        let child = Killed(child);
        let port = devtools_port(profile.path());
        let (_, targets) = get(&format!("127.0.0.1:{port}"), "/json/list");
        let targets: serde_json::Value = serde_json::from_str(&targets).expect("a target list");
        let socket_url = targets
            .as_array()
            .and_then(|list| list.iter().find(|t| t["type"] == "page"))
            .and_then(|page| page["webSocketDebuggerUrl"].as_str())
            .expect("a page to debug")
            .to_string();
        Browser {
            socket: websocket(&socket_url),
            next_id: 0,
            _child: child,
            _profile: profile,
        }
    }

    /// The value of a JavaScript expression in the page.
    fn evaluate(&mut self, expression: &str) -> serde_json::Value {
        self.next_id += 1;
        let call = serde_json::json!({
            "id": self.next_id,
            "method": "Runtime.evaluate",
            "params": { "expression": expression, "returnByValue": true },
        });
        send_text(&mut self.socket, call.to_string().as_bytes());
        loop {
            let message: serde_json::Value =
                serde_json::from_slice(&receive(&mut self.socket)).expect("JSON from Chromium");
            if message["id"] == self.next_id {
                return message["result"]["result"]["value"].clone();
            }
        }
    }

    /// Evaluates `expression` until it is true, within `PAGE_WAIT`; returns how long that took.
    fn wait_until(&mut self, expression: &str, what: &str) -> Duration {
        let started = Instant::now();
        while self.evaluate(expression) != serde_json::Value::Bool(true) {
            assert!(
                started.elapsed() < PAGE_WAIT,
                "the page did not show {what} within {PAGE_WAIT:?}; its panel: {}",
                self.evaluate("document.getElementById('panel').textContent")
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        started.elapsed()
    }
}

/// The port Chromium chose for DevTools, from the file it writes into its profile.
fn devtools_port(profile: &Path) -> u16 {
    let file = profile.join("DevToolsActivePort");
    let deadline = Instant::now() + BROWSER_START;
    loop {
        if let Some(port) = std::fs::read_to_string(&file)
            .ok()
            .and_then(|text| text.lines().next()?.trim().parse().ok())
        {
            return port;
        }
        assert!(
            Instant::now() < deadline,
            "chromium did not open DevTools within {BROWSER_START:?}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A WebSocket connection (RFC 6455) to `url` (`ws://host:port/path`).
fn websocket(url: &str) -> TcpStream {
    let rest = url.strip_prefix("ws://").expect("a ws:// URL");
    let (host, path) = rest.split_at(rest.find('/').expect("a path"));
    let mut socket = TcpStream::connect(host).expect("DevTools answers");
    socket
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    write!(
        socket,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
         Sec-WebSocket-Key: Zm9saW8tcHJldmlldy10ZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
    )
    .unwrap();
    let mut head = Vec::new();
    while !head.ends_with(b"\r\n\r\n") {
        let mut byte = [0];
        socket
            .read_exact(&mut byte)
            .expect("the handshake's answer");
        head.push(byte[0]);
    }
    assert!(
        head.starts_with(b"HTTP/1.1 101"),
        "{}",
        String::from_utf8_lossy(&head)
    );
    socket
}

/// Sends one text frame, masked as a client must.
fn send_text(socket: &mut TcpStream, payload: &[u8]) {
    const MASK: [u8; 4] = [0x5A, 0x17, 0xC3, 0x08];
    let mut frame = vec![0x81];
    match payload.len() {
        n if n < 126 => frame.push(0x80 | n as u8),
        n if n < 65536 => {
            frame.push(0x80 | 126);
            frame.extend((n as u16).to_be_bytes());
        }
        n => {
            frame.push(0x80 | 127);
            frame.extend((n as u64).to_be_bytes());
        }
    }
    frame.extend(MASK);
    frame.extend(payload.iter().enumerate().map(|(i, b)| b ^ MASK[i % 4]));
    socket.write_all(&frame).unwrap();
}

/// The next whole message (continuation frames joined; the server does not mask).
fn receive(socket: &mut TcpStream) -> Vec<u8> {
    let mut message = Vec::new();
    loop {
        let mut head = [0; 2];
        socket.read_exact(&mut head).expect("a frame");
        let length = match head[1] & 0x7F {
            126 => {
                let mut n = [0; 2];
                socket.read_exact(&mut n).unwrap();
                u64::from(u16::from_be_bytes(n))
            }
            127 => {
                let mut n = [0; 8];
                socket.read_exact(&mut n).unwrap();
                u64::from_be_bytes(n)
            }
            n => u64::from(n),
        };
        let mut payload = vec![0; length as usize];
        socket.read_exact(&mut payload).unwrap();
        message.extend(payload);
        if head[0] & 0x80 != 0 {
            return message;
        }
    }
}

fn copy_fixture(dir: &Path) -> PathBuf {
    let fixture = repo().join("tests/fixtures/typeset/edition");
    std::fs::create_dir(dir.join("manuscript")).unwrap();
    for file in ["edition.toml", "manuscript/fixture.md"] {
        std::fs::copy(fixture.join(file), dir.join(file)).unwrap();
    }
    dir.join("manuscript/fixture.md")
}

/// JavaScript for what the page shows: the text of the book's document in its frame, and
/// whether the frame is hidden; the panel's diagnostics.
const FRAME_TEXT: &str = "document.getElementById('page').contentDocument?.body?.textContent ?? ''";
const FRAME_HIDDEN: &str = "document.getElementById('page').hidden";
const DIAGNOSTICS: &str =
    "[...document.querySelectorAll('pre.diagnostic')].map(p => p.textContent).join('\\n')";

fn shows(text: &str) -> String {
    format!("!{FRAME_HIDDEN} && ({FRAME_TEXT}).includes({text:?})")
}

#[test]
fn the_open_page_follows_each_build_and_each_failure() {
    let Some(chromium) = find("chromium") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let manuscript = copy_fixture(dir.path());
    let original = std::fs::read_to_string(&manuscript).unwrap();
    let preview = Preview::start(dir.path());
    preview.until("watching");

    // The reader, open on the first chapter; it lists the PDF too.
    let chapter = format!("{}#/book/OEBPS/text/chapter-1.xhtml", preview.url);
    let mut browser = Browser::open(&chromium, &chapter);
    browser.wait_until(
        &shows("workers’ councils elected in factories"),
        "the chapter",
    );
    assert_eq!(
        browser.evaluate("document.querySelector('a[href=\"/pdf/fixture.pdf\"]') !== null"),
        true
    );

    // A saved change: the open page shows it by itself.
    let saved = Instant::now();
    std::fs::write(
        &manuscript,
        format!("{original}\nA sentence added while previewing.\n"),
    )
    .unwrap();
    browser.wait_until(&shows("A sentence added while previewing."), "the change");
    eprintln!(
        "the open page showed the change {} ms after the save (debug build)",
        saved.elapsed().as_millis()
    );

    // A broken change: the diagnostic, with its place, instead of the book.
    std::fs::write(
        &manuscript,
        format!("{original}\nA broken reference[^missing].\n"),
    )
    .unwrap();
    browser.wait_until(
        &format!("{FRAME_HIDDEN} && ({DIAGNOSTICS}).includes('error[M003]')"),
        "the diagnostic",
    );
    let diagnostics = browser.evaluate(DIAGNOSTICS);
    let diagnostics = diagnostics.as_str().unwrap();
    let line = original.lines().count() + 2;
    assert!(
        diagnostics.contains(&format!("manuscript/fixture.md:{line}:")),
        "file:line:col of the broken reference: {diagnostics}"
    );
    assert_eq!(
        browser.evaluate("document.querySelector('.status').classList.contains('failed')"),
        true
    );

    // Fixed: the book is back, with the fix.
    std::fs::write(&manuscript, format!("{original}\nA reference mended.\n")).unwrap();
    browser.wait_until(&shows("A reference mended."), "the mended book");

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
    drop(browser);
    drop(preview);
    assert!(
        TcpStream::connect(&address).is_err(),
        "the server stops with the test"
    );
}
