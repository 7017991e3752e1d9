//! Shared by the integration tests: running the folio binary, finding the external validators
//! (skipped loudly when missing, failing when FOLIO_REQUIRE_VALIDATORS=1), reading EPUBs.

#![allow(dead_code)] // each test binary uses a different part of this module

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

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
        .output()
        .expect("run folio")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn validators_required() -> bool {
    std::env::var("FOLIO_REQUIRE_VALIDATORS").is_ok_and(|v| v == "1")
}

/// Reports a missing validator: a loud skip, or a failure when validators are required.
pub fn missing(tool: &str) {
    if validators_required() {
        panic!("{tool} is required (FOLIO_REQUIRE_VALIDATORS=1) but not installed");
    }
    eprintln!("\n*** SKIPPED: {tool} is not installed; this check did not run ***\n");
}

/// `epubcheck`'s jar, found through dpkg (the Debian wrapper script fails in containers).
pub fn epubcheck_jar() -> Option<PathBuf> {
    let listed = Command::new("dpkg")
        .args(["-L", "epubcheck"])
        .output()
        .ok()?;
    let jar = String::from_utf8_lossy(&listed.stdout)
        .lines()
        .map(PathBuf::from)
        .find(|p| p.extension().is_some_and(|e| e == "jar") && p.starts_with("/usr/share/java"))?;
    let java = Command::new("java").arg("-version").output().ok()?;
    java.status.success().then_some(jar)
}

/// Runs epubcheck; returns its report, or None (after `missing`) when it is not installed.
pub fn epubcheck(epub: &Path) -> Option<(bool, String)> {
    let Some(jar) = epubcheck_jar() else {
        missing("epubcheck");
        return None;
    };
    let out = Command::new("java")
        .arg("-jar")
        .arg(jar)
        .arg(epub)
        .output()
        .expect("run epubcheck");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let clean = out.status.success() && text.contains("0 errors") && text.contains("0 warnings")
        || text.contains("No errors or warnings detected");
    Some((clean, text))
}

/// Is an external command on PATH?
pub fn have(tool: &str) -> bool {
    Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {tool}"))
        .output()
        .is_ok_and(|o| o.status.success())
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
