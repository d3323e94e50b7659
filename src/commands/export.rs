//! `export`: write everything the environment stores about the selected users.

use super::destructive::environment;
use super::selector::SelectorArgs;
use super::Context;
use crate::exit::CliError;
use crate::export::csv::CellOptions;
use crate::export::csv_files::CsvOptions;
use crate::export::manifest::RunInfo;
use crate::export::spool::interrupted;
use crate::export::{self, Destination, ExportFormat, Options, Summary};
use crate::output::Format;
use crate::selection::SelectionReport;
use anyhow::Result;
use clap::Args;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub selection: SelectorArgs,
    /// Export every user in the environment
    #[arg(long)]
    pub all: bool,
    /// Output format [default: json, or csv with `-o csv`]
    #[arg(long, value_enum)]
    pub format: Option<ExportFormat>,
    /// Write to PATH instead of stdout. A folder (an existing one, or a path ending in `/`)
    /// gets one JSON file per subject or the three CSV tables, then manifest.json. A file
    /// gets one JSON document for one subject and NDJSON for several. For CSV, a PATH
    /// ending in `.csv` gets the contacts table and any other PATH is a folder
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Replace output files that exist already
    #[arg(long)]
    pub force: bool,
    /// Start CSV files with a UTF-8 byte order mark, which Excel needs
    #[arg(long)]
    pub bom: bool,
    /// Write CSV strings exactly, without the `'` that keeps spreadsheets from running
    /// cells starting with = + - @ tab or CR as formulas
    #[arg(long)]
    pub raw_cells: bool,
}

pub async fn run(args: ExportArgs, ctx: &mut Context) -> Result<()> {
    let selector = args.selection.selector(args.all)?;
    if selector.is_empty() {
        return Err(CliError::usage(
            "no users selected: name identifiers, --ids-file, --segment, --search, --where, --inactive-days or --all",
        )
        .with_hint("for example `refinerctl export ann@example.com --out ann.json`")
        .into());
    }
    let options = options(&args, ctx.printer.format);
    if options.format == ExportFormat::Json && (args.bom || args.raw_cells) {
        return Err(CliError::usage("--bom and --raw-cells apply to CSV only")
            .with_hint("add --format csv, or leave the flags out for JSON")
            .into());
    }
    export::prepare(&options)?;

    let connection = ctx.connect().await?;
    let now = crate::time::now().map_err(CliError::usage)?;
    let environment = environment(&connection).await?;
    let info = RunInfo {
        environment: environment.name,
        selector: selector.describe(),
    };
    ctx.printer.status(&format!(
        "Exporting {} from environment `{}`",
        info.selector, info.environment
    ));

    // Ctrl-C drops the listing in flight, or stops the writers at the next subject. Either
    // way the temporary files are dropped, which removes them.
    let stop = Arc::new(AtomicBool::new(false));
    let watcher = tokio::spawn(set_on_interrupt(stop.clone()));
    let progress = ctx.printer.progress("reading", None);
    ctx.attach_progress(Some(progress.clone()));
    let collected = tokio::select! {
        collected = export::collect(&connection.client, &selector, now, &progress, stop.clone()) => collected,
        _ = tokio::signal::ctrl_c() => Err(interrupted()),
    };
    progress.finish();
    ctx.attach_progress(None);
    let (spool, selection) = match collected {
        Ok(collected) => collected,
        Err(error) => {
            watcher.abort();
            return Err(error);
        }
    };
    warn_about(ctx, &selection);

    let progress = ctx.printer.progress("writing", Some(spool.contacts));
    ctx.attach_progress(Some(progress.clone()));
    let written = tokio::task::block_in_place(|| {
        let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
        export::write(&spool, &options, &info, &mut stdout, &progress)
    });
    progress.finish();
    ctx.attach_progress(None);
    watcher.abort();
    let summary = written?;
    report(ctx, &summary, &options.destination);
    Ok(())
}

async fn set_on_interrupt(stop: Arc<AtomicBool>) {
    if tokio::signal::ctrl_c().await.is_ok() {
        stop.store(true, Ordering::Relaxed);
    }
}

fn warn_about(ctx: &Context, selection: &SelectionReport) {
    for identifier in &selection.not_found {
        ctx.printer.warn(&format!("no user found for {identifier}"));
    }
    for (uuid, text) in &selection.unparseable {
        ctx.printer.warn(&format!(
            "skipped user {uuid}: unreadable timestamp `{text}`"
        ));
    }
}

/// Resolves the format and the destination from the flags.
fn options(args: &ExportArgs, output: Format) -> Options {
    let format = args.format.unwrap_or(if output == Format::Csv {
        ExportFormat::Csv
    } else {
        ExportFormat::Json
    });
    let destination = match &args.out {
        None => Destination::Stdout,
        Some(path) if is_folder(path, format) => Destination::Dir(path.clone()),
        Some(path) => Destination::File(path.clone()),
    };
    Options {
        format,
        destination,
        force: args.force,
        csv: CsvOptions {
            cells: CellOptions {
                raw: args.raw_cells,
            },
            bom: args.bom,
        },
    }
}

fn is_folder(path: &Path, format: ExportFormat) -> bool {
    let text = path.to_string_lossy();
    if text.ends_with('/') || path.is_dir() {
        return true;
    }
    format == ExportFormat::Csv && path.extension().is_none_or(|extension| extension != "csv")
}

fn report(ctx: &Context, summary: &Summary, destination: &Destination) {
    let place = match destination {
        Destination::Stdout => "stdout".to_string(),
        Destination::File(path) | Destination::Dir(path) => path.display().to_string(),
    };
    ctx.printer.status(&format!(
        "Exported {} and {} into {} ({place}).",
        counted(summary.subjects, "subject"),
        counted(summary.responses, "response"),
        counted(summary.files.len() as u64, "file"),
    ));
    ctx.printer.status(&format!(
        "Events are not included: {}.",
        export::document::EVENTS_REASON
    ));
}

fn counted(count: u64, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}
