//! The edition's files under git: reading a file as it was at a revision (for `folio diff`)
//! and describing the revision a build comes from (for the colophon). Runs the `git` command;
//! no network access is involved.

use std::path::Path;
use std::process::{Child, Command, Stdio};

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

/// `git -C root args…`.
fn git_command(root: &Path, args: &[&str]) -> Command {
    let mut command = Command::new("git");
    command.arg("-C").arg(root).args(args);
    command
}

fn git(root: &Path, args: &[&str]) -> Result<String, String> {
    let output = git_command(root, args)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).trim().to_string())
    }
}

/// The two git commands that describe a revision, started together so that they run while
/// the caller goes on (reading and parsing the edition takes about as long as they do).
pub struct PendingRevision {
    log: Child,
    status: Child,
}

impl PendingRevision {
    /// Starts describing the revision the edition directory is at; `None` if git cannot run.
    pub fn start(root: &Path) -> Option<PendingRevision> {
        let spawn = |args: &[&str]| {
            git_command(root, args)
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .ok()
        };
        let log = spawn(&["log", "-1", "--format=%h %cs"])?;
        let status = spawn(&["status", "--porcelain", "--untracked-files=no", "--", "."]);
        let Some(status) = status else {
            let mut log = log;
            let _ = log.kill();
            let _ = log.wait();
            return None;
        };
        Some(PendingRevision { log, status })
    }

    /// The revision, or `None` outside a git work tree.
    pub fn finish(self) -> Option<RevisionInfo> {
        let output = |child: Child| {
            child
                .wait_with_output()
                .ok()
                .filter(|o| o.status.success())
                .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        };
        let (log, status) = (output(self.log), output(self.status));
        let line = log?;
        let (commit, date) = line.trim().split_once(' ')?;
        Some(RevisionInfo {
            commit: commit.to_string(),
            date: date.to_string(),
            dirty: !status?.trim().is_empty(),
        })
    }
}

/// A file of the edition (path relative to the edition directory) as it was at `revision`.
pub fn read_at(root: &Path, revision: &str, path: &Path) -> Result<String, Error> {
    let prefix = git(root, &["rev-parse", "--show-prefix"]).map_err(|message| {
        if message.contains("not a git repository") {
            Error::Usage(format!(
                "{} is not in a git repository, so there are no revisions to compare; \
                 start one with `git init && git add -A && git commit -m \"First revision\"`",
                root.display()
            ))
        } else {
            Error::Usage(message)
        }
    })?;
    let spec = format!("{revision}:{}{}", prefix.trim(), path.display());
    git(root, &["show", &spec]).map_err(|message| Error::Usage(format!("{spec}: {message}")))
}
