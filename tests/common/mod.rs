//! Helpers shared by the integration tests: running the folio binary, reading EPUBs, golden
//! files, and finding external validators, skipping loudly (or failing, under
//! `FOLIO_REQUIRE_VALIDATORS=1`) when one is not installed.

#![allow(dead_code)] // Each test binary uses a different subset of these helpers.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

/// The repository root (the edition in this repository lives there).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the folio binary with `args` in `dir`.
pub fn folio(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_folio"))
        .args(args)
        .current_dir(dir)
        .env_remove("SOURCE_DATE_EPOCH")
        // No Hunspell answers kept (answers.rs): a test writes nothing outside its directory.
        .env("FOLIO_CACHE_DIR", "")
        .output()
        .expect("run folio")
}

/// Builds the edition in `dir` with `flags` into a fresh directory, which is returned; a
/// failed build fails the test with folio's diagnostics.
pub fn build_into_temp(dir: &Path, flags: &[&str]) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let mut args = vec!["build", "--quiet", "--out", out.path().to_str().unwrap()];
    args.extend_from_slice(flags);
    let result = folio(dir, &args);
    assert!(
        result.status.success(),
        "build failed:\n{}",
        stderr(&result)
    );
    out
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Runs epubcheck; its verdict (0 errors and 0 warnings) and report, or None when skipped.
pub fn epubcheck(epub: &Path) -> Option<(bool, String)> {
    let validator = find("epubcheck")?;
    let (_, report) = run(&validator, &[epub.as_os_str()]);
    let clean = report.contains("0 fatals / 0 errors / 0 warnings")
        || report.contains("No errors or warnings detected");
    Some((clean, report))
}

/// The entries of an EPUB: (name, bytes), in zip order.
pub fn unzip(epub: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(epub)).expect("a zip");
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut file, &mut bytes).unwrap();
            (file.name().to_string(), bytes)
        })
        .collect()
}

/// How to run an external validator.
pub enum Validator {
    /// A program on PATH.
    Program(PathBuf),
    /// A jar run with `java -jar` (epubcheck's wrapper script fails in containers).
    Jar(PathBuf),
}

impl Validator {
    pub fn command(&self) -> Command {
        match self {
            Validator::Program(path) => Command::new(path),
            Validator::Jar(jar) => {
                let mut command = Command::new("java");
                command.arg("-jar").arg(jar);
                command
            }
        }
    }
}

fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

/// The validator, or `None` after printing a loud SKIPPED line. Panics instead when
/// `FOLIO_REQUIRE_VALIDATORS=1` is set (CI), so a missing tool cannot pass silently.
pub fn find(name: &str) -> Option<Validator> {
    let found = if name == "epubcheck" {
        epubcheck_jar().map(Validator::Jar)
    } else {
        on_path(name).map(Validator::Program)
    };
    if found.is_none() {
        if std::env::var("FOLIO_REQUIRE_VALIDATORS").as_deref() == Ok("1") {
            panic!("validator `{name}` is not installed and FOLIO_REQUIRE_VALIDATORS=1");
        }
        eprintln!(
            "\n*** SKIPPED: validator `{name}` is not installed; this check did not run ***\n"
        );
    }
    found
}

/// The epubcheck jar, as the Debian package lists it.
fn epubcheck_jar() -> Option<PathBuf> {
    on_path("java")?;
    let listing = Command::new("dpkg")
        .args(["-L", "epubcheck"])
        .output()
        .ok()?;
    String::from_utf8_lossy(&listing.stdout)
        .lines()
        .map(Path::new)
        .find(|p| {
            p.extension().is_some_and(|e| e == "jar")
                && p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("epubcheck"))
        })
        .map(Path::to_path_buf)
}

/// Runs a validator and returns (success, stdout + stderr).
pub fn run(validator: &Validator, args: &[&std::ffi::OsStr]) -> (bool, String) {
    let output = validator
        .command()
        .args(args)
        .output()
        .expect("validator runs");
    let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&output.stderr));
    (output.status.success(), text)
}

/// Whether golden files are being rewritten (`FOLIO_BLESS=1`), after the differences were read.
pub fn blessing() -> bool {
    std::env::var("FOLIO_BLESS").as_deref() == Ok("1")
}

/// Compares `actual` with a golden file, or rewrites it when `FOLIO_BLESS=1`.
pub fn golden(path: &Path, actual: &str) {
    golden_bytes(path, actual.as_bytes());
}

/// `golden` for any bytes; a text shows the first line that differs.
pub fn golden_bytes(path: &Path, actual: &[u8]) {
    if blessing() {
        std::fs::create_dir_all(path.parent().expect("a golden file's folder"))
            .expect("make the golden file's folder");
        std::fs::write(path, actual).expect("write golden file");
        return;
    }
    let expected = std::fs::read(path).unwrap_or_else(|_| {
        panic!(
            "{} is missing: run the tests with FOLIO_BLESS=1 to create it",
            path.display()
        )
    });
    if expected == actual {
        return;
    }
    let (expected, actual) = (
        String::from_utf8_lossy(&expected),
        String::from_utf8_lossy(actual),
    );
    let first = expected
        .lines()
        .zip(actual.lines())
        .position(|(a, b)| a != b)
        .unwrap_or(expected.lines().count().min(actual.lines().count()));
    panic!(
        "{} differs from the output at line {}:\nexpected: {:?}\nactual:   {:?}\n(re-run with FOLIO_BLESS=1 if the change is intended)",
        path.display(),
        first + 1,
        expected.lines().nth(first),
        actual.lines().nth(first)
    );
}

/// The text of page `page` (1-based) of a PDF, optionally only inside `[x, y, width, height]`
/// (points from the top left), or None when pdftotext is not installed.
pub fn pdftotext(pdf: &Path, page: usize, crop: Option<[f64; 4]>) -> Option<String> {
    let tool = find("pdftotext")?;
    let page = page.to_string();
    let mut args: Vec<String> = vec!["-f".into(), page.clone(), "-l".into(), page];
    if let Some([x, y, w, h]) = crop {
        // At the default 72 dpi a pixel is a point.
        for (flag, value) in [("-x", x), ("-y", y), ("-W", w), ("-H", h)] {
            args.push(flag.into());
            args.push(format!("{}", value.round() as i64));
        }
    }
    let mut command = tool.command();
    command.args(&args).arg(pdf).arg("-");
    let output = command.output().expect("pdftotext runs");
    assert!(
        output.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    Some(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// Letters only, lower-cased: text compared across formats that space, hyphenate and
/// punctuate differently. Digits are left out too: note marks are raised figures, which
/// pdftotext may put on a line of their own, out of reading order.
pub fn letters(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The number of pages of a PDF, from pdfinfo, or None when it is not installed.
pub fn pdf_pages(pdf: &Path) -> Option<usize> {
    let tool = find("pdfinfo")?;
    let (ok, report) = run(&tool, &[pdf.as_os_str()]);
    assert!(ok, "pdfinfo failed:\n{report}");
    report
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
}

/// Runs git in `dir` as a throwaway editor identity (no signing), failing the test on error.
pub fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .args([
            "-c",
            "user.email=editor@example.org",
            "-c",
            "user.name=Editor",
        ])
        .args(["-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(dir)
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?}");
}

/// The typeset fixture's manuscript copied into `dir`; its edition.toml, for the caller to
/// adapt and write.
pub fn typeset_fixture(dir: &Path) -> String {
    let fixture = repo().join("tests/fixtures/typeset/edition");
    std::fs::create_dir_all(dir.join("manuscript")).unwrap();
    std::fs::copy(
        fixture.join("manuscript/fixture.md"),
        dir.join("manuscript/fixture.md"),
    )
    .unwrap();
    std::fs::read_to_string(fixture.join("edition.toml")).unwrap()
}

/// Replaces the first `from` in the file with `to`; `from` must be there.
pub fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "`{from}` is not in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// Builds an edition's PDF through the library into `out`; returns its path, the project as
/// the build left it (to assemble the same book again) and the diagnostics.
pub fn build_pdf(
    edition: &Path,
    out: &Path,
) -> (PathBuf, folio::project::Project, folio::diag::Diagnostics) {
    let mut files = folio::diag::Files::default();
    let mut diags = folio::diag::Diagnostics::default();
    let mut project =
        folio::project::Project::load(edition, &mut files, &mut diags).expect("edition loads");
    let options = folio::cmd::build::Options {
        out_dir: Some(out.to_path_buf()),
        formats: Some(vec![folio::config::Format::Pdf]),
        page_size: None,
        handout: false,
    };
    let written =
        folio::cmd::build::run(&mut project, &options, &mut diags, &mut |_| {}).expect("builds");
    (written[0].clone(), project, diags)
}

/// A child process killed when dropped, so nothing outlives the test.
pub struct Killed(pub Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// `folio watch ARGS` running in an edition, with the lines it prints; killed when dropped.
pub struct Watching {
    _child: Killed,
    lines: Receiver<String>,
}

impl Watching {
    pub fn start(edition: &Path, args: &[&str]) -> Watching {
        let mut child = Command::new(env!("CARGO_BIN_EXE_folio"))
            .arg("watch")
            .args(args)
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
        Watching {
            _child: Killed(child),
            lines,
        }
    }

    /// The lines printed until one contains `wanted`, that line included, waiting at most
    /// `wait`.
    pub fn until(&self, wanted: &str, wait: Duration) -> Vec<String> {
        let deadline = Instant::now() + wait;
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
            "no line with {wanted:?} within {wait:?}; printed:\n{}",
            seen.join("\n")
        );
    }
}
