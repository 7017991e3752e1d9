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
    #[arg(long, global = true, value_enum, default_value_t = MessageFormat::Human)]
    pub message_format: MessageFormat,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the edition's outputs (EPUB, PDF) into out/. The default command.
    Build(BuildArgs),
}

#[derive(Debug, Clone, Default, clap::Args)]
pub struct BuildArgs {
    /// Output directory (default: `output.dir` in edition.toml, usually out/).
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Which outputs to build (default: `output.formats` in edition.toml).
    #[arg(long, value_enum)]
    pub format: Option<OutputFormat>,
    /// Page size of the PDF (default: `output.pdf.page-size` in edition.toml, else A5).
    #[arg(long, value_enum)]
    pub page_size: Option<PageSizeArg>,
    /// No progress lines.
    #[arg(long, short)]
    pub quiet: bool,
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
