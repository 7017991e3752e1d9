//! The `folio` binary: parses the command line, calls the library, prints diagnostics like a
//! compiler (or as JSON lines) and picks the exit code: 0 ok, 1 content errors, 2 usage or I/O.

mod cli;

use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;

use cli::{
    BuildArgs, CheckArgs, Cli, Command, DiffArgs, MessageFormat, NewArgs, OutputFormat,
    PageSizeArg, WatchArgs,
};
use folio::config::{Format, PageSize};
use folio::diag::{render_human, render_json, Diagnostics, Error, Files, Severity};
use folio::preview::{Port, Preview};
use folio::project::Project;
use folio::text::counted;

/// mimalloc rather than the system's allocator: see Cargo.toml (a long book's build spent a
/// third of its time allocating and faulting pages in).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut diags = Diagnostics::default();
    let mut files = Files::default();
    let result = match &cli.command {
        None => build(&cli, &BuildArgs::default(), &mut files, &mut diags),
        Some(Command::Build(args)) => build(&cli, args, &mut files, &mut diags),
        Some(Command::Check(args)) => check(&cli, args, &mut files, &mut diags),
        Some(Command::Diff(args)) => diff(&cli, args, &mut files, &mut diags),
        Some(Command::New(args)) => new(&cli, args),
        Some(Command::Watch(args)) => watch(&cli, args),
        Some(Command::Restore(args)) => {
            let args = folio::cmd::restore::Args {
                edition: cli.edition.clone(),
                input: args.file.clone(),
                output: args.output.clone(),
                report: args.report.clone(),
                strict: args.strict,
                lexicons: args.lexicon.clone(),
                force: args.force,
                languages: args.language.clone(),
            };
            folio::cmd::restore::run(&args, &mut files, &mut diags).map(|()| Outcome {
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
    let options = build_options(args);
    let show_progress = !args.quiet && std::io::stderr().is_terminal();
    let mut progress = |stage: &str| {
        if show_progress {
            eprintln!("{:>12} {stage}", "folio");
        }
    };
    let result = folio::cmd::build::run(&mut project, &options, diags, &mut progress);
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

/// The build settings the command line gives.
fn build_options(args: &BuildArgs) -> folio::cmd::build::Options {
    folio::cmd::build::Options {
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
    }
}

/// Builds now and after every change, printing each build's diagnostics and one line about
/// it (and, with `--serve`, showing it in the preview); runs until interrupted.
fn watch(cli: &Cli, args: &WatchArgs) -> Result<Outcome, Error> {
    let options = build_options(&args.build);
    let preview = args.serve.then(|| Arc::new(Preview::default()));
    let _server = match &preview {
        Some(preview) => {
            let port = args.port.map_or(Port::Default, Port::Given);
            let server = folio::preview::start(preview.clone(), port)?;
            eprintln!("{:>12} the preview at {}", "serving", server.url());
            Some(server)
        }
        None => None,
    };
    let mut first = true;
    folio::cmd::watch::run(&cli.edition, &options, &mut |round| {
        print_diagnostics(cli.message_format, round.files, round.diags);
        let line = round_summary(&cli.edition, &round);
        eprintln!("{line}");
        if let Some(preview) = &preview {
            preview.publish(&round, line.trim_start().to_string());
        }
        if std::mem::take(&mut first) {
            eprintln!("{:>12} for changes (Ctrl-C stops)", "watching");
        }
        true
    })?;
    Ok(Outcome {
        messages: Vec::new(),
        failed: false,
    })
}

/// The line a watch prints after a build: how it went, how long it took, what started it.
fn round_summary(edition: &std::path::Path, round: &folio::cmd::watch::Round) -> String {
    let took = round.took.as_millis();
    let why = match round.changed.as_slice() {
        [] => String::new(),
        [one] => format!(" after a change to {}", relative(edition, one)),
        many => format!(" after changes to {} files", many.len()),
    };
    match &round.outcome {
        Ok(written) => {
            let names: Vec<String> = written.iter().map(|p| relative(edition, p)).collect();
            format!("{:>12} in {took} ms{why}: {}", "built", names.join(", "))
        }
        Err(err) => format!(
            "{:>12} in {took} ms{why}: {err}; the last good outputs are kept",
            "failed"
        ),
    }
}

/// `path` as the user sees it from the edition directory.
fn relative(edition: &std::path::Path, path: &std::path::Path) -> String {
    let canonical = std::fs::canonicalize(edition).unwrap_or_else(|_| edition.to_path_buf());
    path.strip_prefix(edition)
        .or_else(|_| path.strip_prefix(&canonical))
        .unwrap_or(path)
        .display()
        .to_string()
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
    let result = folio::cmd::check::run(&mut project, diags);
    *files = std::mem::take(&mut project.files);
    let checked = result?;
    let summary = format!(
        "folio check: {}, {} ({}, {}, {}, {}{}) in {} ms",
        counted(diags.error_count(), "error", "errors"),
        counted(diags.count(Severity::Warning), "warning", "warnings"),
        project.edition.manuscript.display(),
        counted(checked.notes, "note", "notes"),
        counted(checked.emendations, "emendation", "emendations"),
        counted(checked.omissions, "omission", "omissions"),
        if checked.source_compared {
            ", compared with its source"
        } else {
            ""
        },
        started.elapsed().as_millis()
    );
    Ok(Outcome {
        messages: vec![summary],
        failed: !diags.is_empty(),
    })
}

/// Creates an edition; prints restore's review (with --from), what was written and what to
/// do next.
fn new(cli: &Cli, args: &NewArgs) -> Result<Outcome, Error> {
    // Like every command, `new` works relative to `-C DIR`.
    let dir = if cli.edition == std::path::Path::new(".") {
        args.dir.clone()
    } else {
        cli.edition.join(&args.dir)
    };
    let created = folio::cmd::new::run(&folio::cmd::new::Args {
        dir,
        from: args.from.clone(),
        title: args.title.clone(),
        language: args.language.clone(),
        force: args.force,
    })?;
    if let Some(review) = &created.review {
        eprint!("{review}");
    }
    let dir = created.dir.display();
    let mut messages = vec![format!(
        "{:>12} edition `{}` in {dir}",
        "Created", created.slug
    )];
    messages.extend(
        created
            .files
            .iter()
            .map(|f| format!("{:>12} {}", "", f.display())),
    );
    messages.push(format!(
        "\nNext: `cd {dir}`, edit edition.toml and the manuscript, then `folio build` (EPUB and PDF \
         into out/) and `folio check`. To track revisions: `git init && git add -A && git commit`."
    ));
    Ok(Outcome {
        messages,
        failed: false,
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
    let report = folio::cmd::diff::diff(&project, &args.rev, args.rev2.as_deref(), files)?;
    print!(
        "{}",
        folio::cmd::diff::render(&report, &project.edition.manuscript)
    );
    Ok(Outcome {
        messages: Vec::new(),
        failed: false,
    })
}

fn print_diagnostics(format: MessageFormat, files: &Files, diags: &Diagnostics) {
    for diagnostic in diags.iter() {
        match format {
            MessageFormat::Human => eprintln!("{}", render_human(files, diagnostic)),
            MessageFormat::Json => eprintln!("{}", render_json(files, diagnostic)),
        }
    }
}
