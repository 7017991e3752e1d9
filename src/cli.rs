//! Command-line types (clap derive) and nothing else: `main.rs` turns them into library calls.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "folio",
    version,
    about = "Restore damaged texts and publish annotated editions as EPUB 3 and print PDF"
)]
pub struct Cli {
    /// The edition directory (the one holding edition.toml).
    #[arg(
        long,
        short = 'C',
        global = true,
        default_value = ".",
        value_name = "DIR"
    )]
    pub edition: PathBuf,
    /// How diagnostics are printed.
    #[arg(
        long,
        global = true,
        value_enum,
        ignore_case = true,
        default_value_t = MessageFormat::Human
    )]
    pub message_format: MessageFormat,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the edition's outputs (EPUB, PDF) into out/. The default command.
    Build(BuildArgs),
    /// Check the manuscript and annotations: nothing lost or changed without being declared,
    /// no damage left, every note anchored, the edition builds. For CI and pre-commit hooks.
    Check(CheckArgs),
    /// Compare the manuscript and annotations at two git revisions (REV2: the working tree).
    Diff(DiffArgs),
    /// Repair a damaged source text (lost characters, mojibake, entities) and review the changes.
    Restore(RestoreArgs),
    /// Create a new edition in DIR: edition.toml, manuscript, annotations and lexicon, ready
    /// to build; with --from, restore a damaged text into the manuscript.
    New(NewArgs),
    /// Build, then build again whenever a file of the edition changes (Ctrl-C stops). A
    /// failed build keeps the last good outputs. With --serve, also show the edition in a
    /// browser, reloaded after each build.
    Watch(WatchArgs),
}

#[derive(Debug, Clone, clap::Args)]
pub struct NewArgs {
    /// The directory to create (or an empty one to fill).
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// A damaged text: kept in manuscript/source/ and restored into the manuscript.
    #[arg(long, value_name = "DAMAGED.txt")]
    pub from: Option<PathBuf>,
    /// The edition's title (default: the restored text's first line, or the directory's name).
    #[arg(long)]
    pub title: Option<String>,
    /// The text's language as a BCP 47 tag, e.g. en-GB, hu, de-AT (default: en).
    #[arg(long)]
    pub language: Option<String>,
    /// Write into a directory that is not empty (an existing file is still never replaced).
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Clone, clap::Args)]
pub struct DiffArgs {
    /// The older revision (any git revision: a commit, a tag, HEAD~1).
    pub rev: String,
    /// The newer revision; the working tree when omitted.
    pub rev2: Option<String>,
}

#[derive(Debug, Clone, Default, clap::Args)]
pub struct CheckArgs {
    /// Diagnostics as text (default) or JSON lines (overrides --message-format).
    #[arg(long, value_enum, ignore_case = true)]
    pub format: Option<MessageFormat>,
}

#[derive(Debug, Clone, clap::Args)]
pub struct RestoreArgs {
    /// The damaged text, or `-` for standard input.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Write the Markdown manuscript here (without it: restored text on stdout).
    #[arg(long, short, value_name = "FILE.md")]
    pub output: Option<PathBuf>,
    /// Write the review as JSON here.
    #[arg(long, value_name = "FILE.json")]
    pub report: Option<PathBuf>,
    /// Exit 1 (and write nothing) when suspects remain.
    #[arg(long)]
    pub strict: bool,
    /// Another lexicon file to use (repeatable).
    #[arg(long, value_name = "FILE")]
    pub lexicon: Vec<PathBuf>,
    /// Replace an existing manuscript (the old one is kept in .folio/replaced/, ignored by git).
    #[arg(long)]
    pub force: bool,
    /// Use the installed Hunspell dictionary of this language (`hu`, or a locale such as
    /// `pt_BR`; repeatable). Default: edition.toml's `[restore] languages`, else every
    /// installed dictionary of a language with letters outside ASCII.
    #[arg(long, value_name = "LANG")]
    pub language: Vec<String>,
}

#[derive(Debug, Clone, Default, clap::Args)]
pub struct BuildArgs {
    /// Output directory (default: `output.dir` in edition.toml, usually out/).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Which outputs to build (default: `output.formats` in edition.toml).
    #[arg(long, value_enum, ignore_case = true)]
    pub format: Option<OutputFormat>,
    /// Page size of the PDF (default: `output.pdf.page-size` in edition.toml, else A5).
    #[arg(long, value_enum, ignore_case = true)]
    pub page_size: Option<PageSizeArg>,
    /// Also write <slug>-handout.pdf: the print pages imposed two to a side on A4 or Letter
    /// (settings: `[output.handout]` in edition.toml). The PDF it imposes is written too.
    #[arg(long)]
    pub handout: bool,
    /// No progress lines.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(Debug, Clone, Default, clap::Args)]
pub struct WatchArgs {
    #[command(flatten)]
    pub build: BuildArgs,
    /// Serve a live preview on 127.0.0.1: the ebook's pages, the PDF, and each failed
    /// build's diagnostics, reloaded in the browser after every build.
    #[arg(long)]
    pub serve: bool,
    /// The preview's port (default: 3000, or the next free one; 0: any free port).
    #[arg(long, short, value_name = "N", requires = "serve")]
    pub port: Option<u16>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Epub,
    Pdf,
    All,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MessageFormat {
    Human,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PageSizeArg {
    A4,
    Letter,
    A5,
    /// 129 × 198 mm.
    Paperback,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build_args(args: &[&str]) -> BuildArgs {
        let cli = Cli::try_parse_from(["folio", "build"].iter().chain(args)).expect("parses");
        match cli.command {
            Some(Command::Build(args)) => args,
            other => panic!("not a build: {other:?}"),
        }
    }

    #[test]
    fn value_names_are_accepted_in_any_case() {
        for (given, size) in [
            ("A4", PageSizeArg::A4),
            ("a4", PageSizeArg::A4),
            ("Letter", PageSizeArg::Letter),
            ("PAPERBACK", PageSizeArg::Paperback),
        ] {
            assert_eq!(build_args(&["--page-size", given]).page_size, Some(size));
        }
        assert_eq!(
            build_args(&["--format", "EPUB"]).format,
            Some(OutputFormat::Epub)
        );
        let cli = Cli::try_parse_from(["folio", "--message-format", "JSON", "check"]).unwrap();
        assert_eq!(cli.message_format, MessageFormat::Json);
        assert!(Cli::try_parse_from(["folio", "build", "--page-size", "A3"]).is_err());
    }
}
