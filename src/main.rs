//! The `folio` binary: parses the command line, calls the library, prints diagnostics like a
//! compiler (or as JSON lines) and picks the exit code: 0 ok, 1 content errors, 2 usage or I/O.

mod cli;

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;

use cli::{BuildArgs, CheckArgs, Cli, Command, DiffArgs, MessageFormat, OutputFormat, PageSizeArg};
use folio::config::{Format, PageSize};
use folio::diag::{render_human, render_json, Diagnostics, Error, Files, Severity};
use folio::project::Project;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut diags = Diagnostics::default();
    let mut files = Files::default();
    let result = match &cli.command {
        None => build(&cli, &BuildArgs::default(), &mut files, &mut diags),
        Some(Command::Build(args)) => build(&cli, args, &mut files, &mut diags),
        Some(Command::Check(args)) => check(&cli, args, &mut files, &mut diags),
        Some(Command::Diff(args)) => diff(&cli, args, &mut files, &mut diags),
        Some(Command::Restore(args)) => {
            let args = folio::restore::command::Args {
                edition: cli.edition.clone(),
                input: args.file.clone(),
                output: args.output.clone(),
                report: args.report.clone(),
                strict: args.strict,
                lexicons: args.lexicon.clone(),
                force: args.force,
                languages: args.language.clone(),
            };
            folio::restore::command::run(&args, &mut files, &mut diags).map(|()| Outcome {
                messages: Vec::new(),
                failed: false,
            })
        }
    };
    let format = match &cli.command {
        Some(Command::Check(CheckArgs {
            format: Some(format),
        })) => *format,
        _ => cli.message_format,
    };
    print_diagnostics(format, &files, &diags);
    match result {
        Ok(outcome) => {
            for message in outcome.messages {
                eprintln!("{message}");
            }
            if outcome.failed {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(err.exit_code() as u8)
        }
    }
}

/// What a command that ran to the end has to say after its diagnostics.
struct Outcome {
    messages: Vec<String>,
    /// Findings that should fail the run (exit code 1) although it completed.
    failed: bool,
}

/// Builds; returns the lines to print once the diagnostics are out.
fn build(
    cli: &Cli,
    args: &BuildArgs,
    files: &mut Files,
    diags: &mut Diagnostics,
) -> Result<Outcome, Error> {
    let mut project = Project::load(&cli.edition, files, diags)?;
    let options = folio::BuildOptions {
        out_dir: args.out.clone(),
        formats: args.format.map(|f| match f {
            OutputFormat::Epub => vec![Format::Epub],
            OutputFormat::Pdf => vec![Format::Pdf],
            OutputFormat::All => vec![Format::Epub, Format::Pdf],
        }),
        page_size: args.page_size.map(|size| match size {
            PageSizeArg::A4 => PageSize::A4,
            PageSizeArg::Letter => PageSize::Letter,
            PageSizeArg::A5 => PageSize::A5,
            PageSizeArg::Paperback => PageSize::Paperback,
        }),
        handout: args.handout,
    };
    let show_progress = !args.quiet && std::io::stderr().is_terminal();
    let mut progress = |stage: &str| {
        if show_progress {
            eprintln!("{:>12} {stage}", "folio");
        }
    };
    let result = folio::build(&mut project, &options, diags, &mut progress);
    // Hand the files back so diagnostics can quote them.
    *files = std::mem::take(&mut project.files);
    let written = result?;
    let messages = if args.quiet {
        Vec::new()
    } else {
        written
            .iter()
            .map(|p| format!("{:>12} {}", "wrote", p.display()))
            .collect()
    };
    Ok(Outcome {
        messages,
        failed: false,
    })
}

/// Runs every check; findings of any severity make the exit code 1.
fn check(
    cli: &Cli,
    _args: &CheckArgs,
    files: &mut Files,
    diags: &mut Diagnostics,
) -> Result<Outcome, Error> {
    let started = std::time::Instant::now();
    let mut project = Project::load(&cli.edition, files, diags)?;
    let result = folio::check::check(&mut project, diags);
    *files = std::mem::take(&mut project.files);
    let checked = result?;
    let summary = format!(
        "folio check: {} error{}, {} warning{} ({}, {} notes, {} emendations, {} omissions{}) in {} ms",
        diags.error_count(),
        plural(diags.error_count()),
        diags.count(Severity::Warning),
        plural(diags.count(Severity::Warning)),
        project.edition.manuscript.display(),
        checked.notes,
        checked.emendations,
        checked.omissions,
        if checked.source_compared { ", compared with its source" } else { "" },
        started.elapsed().as_millis()
    );
    Ok(Outcome {
        messages: vec![summary],
        failed: !diags.is_empty(),
    })
}

/// Prints the changes between two revisions on stdout.
fn diff(
    cli: &Cli,
    args: &DiffArgs,
    files: &mut Files,
    diags: &mut Diagnostics,
) -> Result<Outcome, Error> {
    let project = Project::load(&cli.edition, files, diags)?;
    let report = folio::diff::diff(&project, &args.rev, args.rev2.as_deref(), files)?;
    print!(
        "{}",
        folio::diff::render(&report, &project.edition.manuscript)
    );
    Ok(Outcome {
        messages: Vec::new(),
        failed: false,
    })
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn print_diagnostics(format: MessageFormat, files: &Files, diags: &Diagnostics) {
    for diagnostic in diags.iter() {
        match format {
            MessageFormat::Human => eprintln!("{}", render_human(files, diagnostic)),
            MessageFormat::Json => eprintln!("{}", render_json(files, diagnostic)),
        }
    }
}
