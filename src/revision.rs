//! The edition's files under git: reading a file as it was at a revision (for `folio diff`)
//! and describing the revision a build comes from (for the colophon). Runs the `git` command;
//! no network access is involved.

use std::path::Path;
use std::process::Command;

use crate::diag::Error;

/// The commit an edition was built from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevisionInfo {
    /// Abbreviated commit id.
    pub commit: String,
    /// Committer date, `YYYY-MM-DD`.
    pub date: String,
    /// Whether files of the edition differ from that commit.
    pub dirty: bool,
}

fn git(root: &Path, args: &[&str]) -> Result<String, String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).trim().to_string())
    }
}

/// The revision the edition directory is at, or `None` outside a git work tree.
pub fn describe(root: &Path) -> Option<RevisionInfo> {
    let line = git(root, &["log", "-1", "--format=%h %cs"]).ok()?;
    let (commit, date) = line.trim().split_once(' ')?;
    let status = git(
        root,
        &["status", "--porcelain", "--untracked-files=no", "--", "."],
    )
    .ok()?;
    Some(RevisionInfo {
        commit: commit.to_string(),
        date: date.to_string(),
        dirty: !status.trim().is_empty(),
    })
}

/// A file of the edition (path relative to the edition directory) as it was at `revision`.
pub fn read_at(root: &Path, revision: &str, path: &Path) -> Result<String, Error> {
    let prefix = git(root, &["rev-parse", "--show-prefix"]).map_err(Error::Usage)?;
    let spec = format!("{revision}:{}{}", prefix.trim(), path.display());
    git(root, &["show", &spec]).map_err(|message| Error::Usage(format!("{spec}: {message}")))
}
