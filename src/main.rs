//! The `folio` binary: parses the command line, calls the library, prints diagnostics like a
//! compiler (or as JSON lines) and picks the exit code: 0 ok, 1 content errors, 2 usage or I/O.

mod cli;

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;

use cli::{BuildArgs, Cli, Command, MessageFormat, OutputFormat, PageSizeArg};
use folio::config::{Format, PageSize};
use folio::diag::{render_human, render_json, Diagnostics, Error, Files};
use folio::project::Project;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut diags = Diagnostics::default();
    let mut files = Files::default();
    let result = match &cli.command {
        None => build(&cli, &BuildArgs::default(), &mut files, &mut diags),
        Some(Command::Build(args)) => build(&cli, args, &mut files, &mut diags),
    };
    print_diagnostics(&cli, &files, &diags);
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(err.exit_code() as u8)
        }
    }
}

fn build(
    cli: &Cli,
    args: &BuildArgs,
    files: &mut Files,
    diags: &mut Diagnostics,
) -> Result<(), Error> {
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
    for path in result? {
        if !args.quiet {
            eprintln!("{:>12} {}", "wrote", path.display());
        }
    }
    Ok(())
}

fn print_diagnostics(cli: &Cli, files: &Files, diags: &Diagnostics) {
    for diagnostic in diags.iter() {
        match cli.message_format {
            MessageFormat::Human => eprintln!("{}", render_human(files, diagnostic)),
            MessageFormat::Json => eprintln!("{}", render_json(files, diagnostic)),
        }
    }
}
